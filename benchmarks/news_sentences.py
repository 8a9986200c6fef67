"""Event typing and actor roles on the project's own labelled news sentences (`benchmarks/data/news_sentences.jsonl`).

A second gold set beside the PLOVER GSR, written from the PLOVER 0.8 definitions and the CAMEO code table
(`eventlake/reference/verbs/cameo_plover.csv`), one or more wire-style sentences per CAMEO code, plus near
misses (negated or failed acts, conditional threats, trigger words in another sense) whose gold is no event.
Labels follow `cameo_plover.csv`, so they use the pipeline's own CAMEO-to-PLOVER conventions.

Scored as `plover_gsr.py` scores the GSR (first event of the sentence; announced actions typed as the gold
standard does), with the near misses counted as false alarms when an event is emitted. Each record's `half`
says whether it is dev (for tuning) or held-out test (quote this one); it was set once by the GSR's rule (per
gold type in file order, even positions dev) and is stored so that relabelling a record never moves others.

    .venv/bin/python benchmarks/news_sentences.py
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from plover_gsr import (
    DEFAULT_GSR_DIR,
    GSR_FILE,
    GoldRecord,
    load_records,
    score_halves,
)

from eventlake.extraction import default_resources
from eventlake.typing_rules import PLOVER_TYPES

DEFAULT_SENTENCES = Path(__file__).resolve().parent / "data" / "news_sentences.jsonl"


def load_halves(path: Path) -> dict[str, list[GoldRecord]]:
    """The records of each half, as their `half` field assigns them."""
    halves: dict[str, list[GoldRecord]] = {"dev": [], "test": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        if item.get("half") not in halves:
            raise ValueError(f"{item['id']}: half must be 'dev' or 'test', not {item.get('half')!r}")
        halves[item["half"]].append(_record(item))
    return halves


def _record(item: dict[str, Any]) -> GoldRecord:
    event_type = item.get("event_type")
    if event_type is not None and event_type not in PLOVER_TYPES:
        raise ValueError(f"{item['id']}: unknown PLOVER type {event_type!r}")
    return GoldRecord(
        str(item["id"]),
        event_type,
        str(item["text"]),
        tuple(code for code in [item.get("source_country")] if code),
        tuple(code for code in [item.get("target_country")] if code),
    )


def _tokens(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text.lower()))


def closest_gsr_overlap(records: Sequence[GoldRecord], gsr_dir: Path) -> float | None:
    """Highest token Jaccard overlap of any sentence with any GSR record: shows the two sets are independent."""
    if not (gsr_dir / GSR_FILE).exists():
        return None
    gsr = [_tokens(record.text) for record in load_records(gsr_dir)]
    return max(
        len(ours & theirs) / len(ours | theirs) for ours in map(_tokens, (r.text for r in records)) for theirs in gsr
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=Path, default=DEFAULT_SENTENCES, help="JSON Lines gold file")
    parser.add_argument("--gsr-dir", type=Path, default=DEFAULT_GSR_DIR, help="PLOVER GSR, for the overlap check")
    parser.add_argument("--min-confidence", type=float, default=0.5, help="pipeline threshold (the default)")
    parser.add_argument("--show-dev-errors", action="store_true", help="list wrong or missing dev predictions")
    parser.add_argument(
        "--halves", choices=("dev", "test", "both"), default="both", help="halves to score (tune with 'dev' only)"
    )
    parser.add_argument("--trigger-fallback", action="store_true", help="add the PETRARCH fallback lexicon")
    args = parser.parse_args(argv)

    halves = load_halves(args.sentences)
    records = [*halves["dev"], *halves["test"]]
    resources = default_resources(args.trigger_fallback)
    print(f"news sentences: {len(records)} records ({len(halves['dev'])} dev, {len(halves['test'])} held-out test)")
    print(f"PETRARCH fallback lexicon {'on' if args.trigger_fallback else 'off'}")
    overlap = closest_gsr_overlap(records, args.gsr_dir)
    if overlap is not None:
        print(f"closest sentence to any PLOVER GSR record: token overlap (Jaccard) {overlap:.2f}")
    score_halves(halves, args.halves, resources, args.min_confidence, False, args.show_dev_errors)


if __name__ == "__main__":
    main()
