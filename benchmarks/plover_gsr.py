"""Event typing and actor roles against the PLOVER gold standard records (example sentences of the CAMEO manual).

Two predictions per record, each scored for precision (share of predictions that are right), recall (share
of gold records predicted right) and coverage, overall and per type:

- events: what the pipeline writes to `events`. Each record becomes a one-sentence document published
  2000-01-01 (the GSR's date) and goes through `extract_document` (actors, roles, confidence threshold);
  the sentence's first event is the prediction, since news sentences lead with their main clause. Source
  and target country accuracy are read from that event's own roles.
- triggers: the trigger typer alone, before any actor is required: the asserted trigger with the highest
  confidence at or above --min-confidence.

Announced actions are typed as the gold standard codes them (`intent_event_type`: 'will provide aid' and
'will withdraw troops' are AGREE, 'would blockade' is THREATEN; --raw-types turns it off). Gold
names of the older PLOVER draft are mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT,
INVESTIGATE->ACCUSE (the 0.8 manual codes investigations under ACCUSE); DOCUMENT records are skipped.

Records are split per gold type in file order: even positions are the dev half (used to tune the
lexicon and rules; `--halves dev` scores only it), odd positions the held-out test half (quote this one).

    .venv/bin/python benchmarks/plover_gsr.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventlake.documents import english_text_document
from eventlake.extraction import ExtractionResources, default_resources, extract_document
from eventlake.records import RunContext
from eventlake.typing_rules import PLOVER_TYPES, TriggerFinder, default_finder, find_triggers, intent_event_type

DEFAULT_GSR_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "plover_gsr"
GSR_FILE = "PLOVER_GSR_CAMEO.txt"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
GSR_DATE = dt.date(2000, 1, 1)
BENCHMARK_RUN = RunContext("plover-gsr", dt.datetime(2000, 1, 1, tzinfo=dt.UTC), "benchmark")


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """`event_type` None marks a near miss: a sentence that reports no event of its own."""

    record_id: str
    event_type: str | None
    text: str
    source_codes: tuple[str, ...]
    target_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prediction:
    record: GoldRecord
    event_type: str | None
    evidence: str = "-"
    source_country: str | None = None
    target_country: str | None = None


def parse_gsr(text: str) -> list[dict[str, Any]]:
    """The GSR file is a JSON array; fall back to object-by-object parsing if the whole does not load."""
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError:
        loaded = None
    if isinstance(loaded, list):
        return [item for item in loaded if isinstance(item, dict)]
    objects: list[dict[str, Any]] = []
    for chunk in re.split(r"\n\},?\s*\n(?=\{)", text.strip().lstrip("[").rstrip("]").strip()):
        body = chunk.strip().rstrip(",")
        body = body if body.endswith("}") else body + "\n}"
        body = re.sub(r",\s*([}\]])", r"\1", body)
        try:
            item = json.loads(body)
        except json.JSONDecodeError:
            continue
        if isinstance(item, dict):
            objects.append(item)
    return objects


def _codes(field: Any) -> tuple[str, ...]:
    actors = field if isinstance(field, list) else [field] if isinstance(field, dict) else []
    return tuple(str(actor["code"])[:3].upper() for actor in actors if isinstance(actor, dict) and actor.get("code"))


def load_records(gsr_dir: Path) -> list[GoldRecord]:
    records: list[GoldRecord] = []
    for item in parse_gsr((gsr_dir / GSR_FILE).read_text(encoding="utf-8")):
        event = OLD_NAMES.get(str(item.get("event", "")), str(item.get("event", "")))
        text = str(item.get("text", "")).strip().strip("{}").strip()
        if event not in PLOVER_TYPES or not text:
            continue
        records.append(
            GoldRecord(str(item.get("id", "")), event, text, _codes(item.get("source")), _codes(item.get("target")))
        )
    return records


def split_records(records: Sequence[GoldRecord]) -> dict[str, list[GoldRecord]]:
    """Per gold type, in file order: even positions are dev, odd positions are test."""
    position: Counter[str | None] = Counter()
    halves: dict[str, list[GoldRecord]] = {"dev": [], "test": []}
    for record in records:
        halves["dev" if position[record.event_type] % 2 == 0 else "test"].append(record)
        position[record.event_type] += 1
    return halves


def predict_trigger(
    record: GoldRecord, min_confidence: float, raw_types: bool, finder: TriggerFinder | None = None
) -> Prediction:
    found = find_triggers(record.text, finder)
    asserted = [t for t in found if t.polarity == "asserted" and t.confidence >= min_confidence]
    if not asserted:
        return Prediction(record, None)
    best = max(asserted, key=lambda t: (t.confidence, -t.start))
    event_type = best.event_type if raw_types else intent_event_type(best.event_type, best.status)
    return Prediction(record, event_type, f"{best.text!r} {best.cue}")


def predict_event(
    record: GoldRecord, resources: ExtractionResources, min_confidence: float, raw_types: bool
) -> Prediction:
    document = english_text_document(record.record_id, record.text, GSR_DATE)
    events = extract_document(document, BENCHMARK_RUN, resources, min_confidence=min_confidence).events
    if not events:
        return Prediction(record, None)
    first = min(events, key=lambda event: event["trigger_start"])
    event_type = first["event_type"] if raw_types else intent_event_type(first["event_type"], first["status"])
    return Prediction(record, event_type, first["rule"], first["source_country"], first["target_country"])


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "  n/a"


def report_typing(name: str, predictions: Sequence[Prediction]) -> None:
    typed = [p for p in predictions if p.record.event_type]
    gold = Counter(p.record.event_type for p in typed)
    emitted = Counter(p.event_type for p in predictions if p.event_type)
    correct = Counter(p.record.event_type for p in typed if p.event_type == p.record.event_type)
    covered = Counter(p.record.event_type for p in typed if p.event_type)
    total, total_emitted, total_correct = len(typed), sum(emitted.values()), sum(correct.values())
    print(f"\n== {name}: {len(predictions)} records")
    print(
        f"overall  precision {_ratio(total_correct, total_emitted)} ({total_correct}/{total_emitted})  "
        f"recall {_ratio(total_correct, total)} ({total_correct}/{total})  "
        f"coverage {_ratio(total_emitted, total)}"
    )
    print(f"{'type':10} {'gold':>4} {'pred':>4} {'ok':>4} {'precision':>9} {'recall':>7} {'coverage':>8}")
    for event_type in PLOVER_TYPES:
        if not gold[event_type] and not emitted[event_type]:
            continue
        print(
            f"{event_type:10} {gold[event_type]:4} {emitted[event_type]:4} {correct[event_type]:4} "
            f"{_ratio(correct[event_type], emitted[event_type]):>9} {_ratio(correct[event_type], gold[event_type]):>7} "
            f"{_ratio(covered[event_type], gold[event_type]):>8}"
        )
    near_misses = [p for p in predictions if not p.record.event_type]
    if near_misses:
        false_alarms = sum(1 for p in near_misses if p.event_type)
        print(f"near misses (no event in gold): {len(near_misses)}, an event emitted for {false_alarms}")
    confusion = Counter(
        (p.record.event_type or "none", p.event_type or "-") for p in typed if p.event_type != p.record.event_type
    )
    wrong = [(pair, count) for pair, count in confusion.most_common() if pair[1] != "-"]
    print(
        "confusion (gold -> predicted, wrong predictions only): "
        + (", ".join(f"{gold_type}->{predicted}:{count}" for (gold_type, predicted), count in wrong[:12]) or "none")
    )
    missed = Counter(p.record.event_type for p in typed if p.event_type is None)
    print("no prediction by gold type: " + ", ".join(f"{t}:{n}" for t, n in missed.most_common()))


def _role(prediction: Prediction, role: str) -> tuple[tuple[str, ...], str | None]:
    """(gold country codes, predicted country) of the source or the target."""
    if role == "source":
        return prediction.record.source_codes, prediction.source_country
    return prediction.record.target_codes, prediction.target_country


def report_countries(name: str, predictions: Sequence[Prediction]) -> None:
    """Country accuracy of the source and target of emitted events, where the gold record names that role."""
    for role in ("source", "target"):
        with_gold = [(gold, country) for gold, country in (_role(p, role) for p in predictions if p.event_type) if gold]
        found = [(gold, country) for gold, country in with_gold if country]
        right = sum(country in gold for gold, country in found)
        print(
            f"{name} {role} country: accuracy {_ratio(right, len(found))} ({right}/{len(found)} events with a "
            f"{role} country), given for {_ratio(len(found), len(with_gold))} of {len(with_gold)} events whose "
            f"record has a gold {role}"
        )


def show_errors(predictions: Sequence[Prediction]) -> None:
    for p in predictions:
        if p.event_type != p.record.event_type:
            print(
                f"  {p.record.event_type or 'none':9} -> {p.event_type or '-':9} {p.evidence} | {p.record.text[:150]}"
            )


def report_speed(records: Sequence[GoldRecord], min_seconds: float) -> None:
    default_finder()
    texts = [record.text for record in records]
    count, started = 0, time.perf_counter()
    while time.perf_counter() - started < min_seconds:
        for text in texts:
            find_triggers(text)
        count += len(texts)
    elapsed = time.perf_counter() - started
    print(f"\ntrigger typing speed: {count / elapsed:,.0f} sentences/second on one core ({count}, {elapsed:.1f} s)")


def score_halves(
    halves: dict[str, list[GoldRecord]],
    chosen: str,
    resources: ExtractionResources,
    min_confidence: float,
    raw_types: bool,
    show_dev_errors: bool,
) -> None:
    """Print both predictions' figures for the chosen halves ('dev', 'test' or 'both')."""
    for name in ("dev", "test") if chosen == "both" else (chosen,):
        events = [predict_event(r, resources, min_confidence, raw_types) for r in halves[name]]
        triggers = [predict_trigger(r, min_confidence, raw_types, resources.triggers) for r in halves[name]]
        report_typing(f"{name}, events (what the pipeline emits)", events)
        report_countries(name, events)
        report_typing(f"{name}, triggers (typing alone, no actor required)", triggers)
        if name == "dev" and show_dev_errors:
            print("dev errors, events:")
            show_errors(events)
            print("dev errors, triggers:")
            show_errors(triggers)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gsr-dir", type=Path, default=DEFAULT_GSR_DIR, help="folder with PLOVER_GSR_CAMEO.txt")
    parser.add_argument("--min-confidence", type=float, default=0.5, help="pipeline threshold (the default)")
    parser.add_argument("--raw-types", action="store_true", help="do not type announced actions as PLOVER does")
    parser.add_argument("--show-dev-errors", action="store_true", help="list wrong or missing dev predictions")
    parser.add_argument("--speed-seconds", type=float, default=3.0, help="time spent on the speed figure")
    parser.add_argument(
        "--halves", choices=("dev", "test", "both"), default="both", help="halves to score (tune with 'dev' only)"
    )
    parser.add_argument("--trigger-fallback", action="store_true", help="add the PETRARCH fallback lexicon")
    args = parser.parse_args(argv)

    records = load_records(args.gsr_dir)
    halves = split_records(records)
    resources = default_resources(args.trigger_fallback)
    print(f"PLOVER GSR: {len(records)} records ({len(halves['dev'])} dev, {len(halves['test'])} held-out test)")
    print(f"min confidence {args.min_confidence}; announced actions typed {'raw' if args.raw_types else 'as PLOVER'}")
    print(f"PETRARCH fallback lexicon {'on' if args.trigger_fallback else 'off'}")
    score_halves(halves, args.halves, resources, args.min_confidence, args.raw_types, args.show_dev_errors)
    report_speed(records, args.speed_seconds)


if __name__ == "__main__":
    main()
