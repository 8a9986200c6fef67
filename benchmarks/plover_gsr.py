"""Event typing against the PLOVER gold standard records (example sentences of the CAMEO manual).

Each record's text goes through `find_triggers`; the asserted trigger with the highest confidence (at or
above --min-confidence) is the prediction, typed with the CAMEO convention for announced actions
(`intent_event_type`: 'will provide aid' is AGREE, 'would blockade' is THREATEN; --raw-types turns it off).
Gold names of an older PLOVER draft are mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT,
INVESTIGATE->ACCUSE (POLECAT codes investigations under ACCUSE); DOCUMENT records are skipped.

Records are split per gold type in file order: even positions are the dev half (used to tune the
lexicon; `--halves dev` scores only it), odd positions the held-out test half (never inspected while
tuning; quote this one). Prints precision (share of emitted predictions that are right), recall (share of
gold records predicted right) and coverage (share of records with any prediction), overall and per type,
a confusion summary, source and target country accuracy when `eventlake.actors` is importable, and
sentences per second on one core.

    .venv/bin/python benchmarks/plover_gsr.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventlake.typing_rules import PLOVER_TYPES, Trigger, default_finder, find_triggers, intent_event_type

DEFAULT_GSR_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "plover_gsr"
GSR_FILE = "PLOVER_GSR_CAMEO.txt"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
GSR_DATE = dt.date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class GoldRecord:
    record_id: str
    event_type: str
    text: str
    source_codes: tuple[str, ...]
    target_codes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prediction:
    record: GoldRecord
    trigger: Trigger | None
    event_type: str | None


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
    position: Counter[str] = Counter()
    halves: dict[str, list[GoldRecord]] = {"dev": [], "test": []}
    for record in records:
        halves["dev" if position[record.event_type] % 2 == 0 else "test"].append(record)
        position[record.event_type] += 1
    return halves


def predict(record: GoldRecord, min_confidence: float, raw_types: bool) -> Prediction:
    asserted = [t for t in find_triggers(record.text) if t.polarity == "asserted" and t.confidence >= min_confidence]
    if not asserted:
        return Prediction(record, None, None)
    best = max(asserted, key=lambda t: (t.confidence, -t.start))
    return Prediction(record, best, best.event_type if raw_types else intent_event_type(best))


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "  n/a"


def report_typing(name: str, predictions: Sequence[Prediction]) -> None:
    gold = Counter(p.record.event_type for p in predictions)
    emitted = Counter(p.event_type for p in predictions if p.event_type)
    correct = Counter(p.record.event_type for p in predictions if p.event_type == p.record.event_type)
    covered = Counter(p.record.event_type for p in predictions if p.event_type)
    total, total_emitted, total_correct = len(predictions), sum(emitted.values()), sum(correct.values())
    print(f"\n== {name}: {total} records")
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
    confusion = Counter(
        (p.record.event_type, p.event_type or "-") for p in predictions if p.event_type != p.record.event_type
    )
    wrong = [(pair, count) for pair, count in confusion.most_common() if pair[1] != "-"]
    print(
        "confusion (gold -> predicted, wrong predictions only): "
        + (", ".join(f"{gold_type}->{predicted}:{count}" for (gold_type, predicted), count in wrong[:12]) or "none")
    )
    missed = Counter(p.record.event_type for p in predictions if p.event_type is None)
    print("no prediction by gold type: " + ", ".join(f"{t}:{n}" for t, n in missed.most_common()))


def _actor_functions() -> tuple[Callable[..., Any], Any] | None:
    try:
        actors = importlib.import_module("eventlake.actors")
        return actors.find_actors, actors.load_actor_table()
    except (ImportError, AttributeError, OSError):
        return None


def _mention_country(mention: Any) -> str | None:
    code = getattr(mention, "code", None)
    if code:
        return str(code)[:3].upper()
    country = getattr(mention, "country", None)
    return str(country).upper() if country else None


def roles(trigger: Trigger, mentions: Sequence[Any], text: str) -> tuple[Any | None, Any | None]:
    """Source = nearest actor before the trigger (or after 'by'), target = nearest after; passive swaps."""
    before = [m for m in mentions if m.end <= trigger.start]
    after = [m for m in mentions if m.start >= trigger.end]
    agent = next((m for m in after if re.search(r"\bby\s+(?:the\s+)?$", text[trigger.end : m.start])), None)
    if agent is not None:
        return agent, (before[-1] if before else next((m for m in after if m is not agent), None))
    source = before[-1] if before else None
    target = after[0] if after else None
    if trigger.passive:
        source, target = target, source
    return source, target


def report_actors(
    name: str, predictions: Sequence[Prediction], actor_functions: tuple[Callable[..., Any], Any] | None
) -> None:
    if actor_functions is None:
        print(f"{name} source/target country accuracy: n/a (eventlake.actors not importable)")
        return
    find_actors, table = actor_functions
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for prediction in predictions:
        if prediction.trigger is None:
            continue
        mentions = find_actors(table, prediction.record.text, GSR_DATE)
        source, target = roles(prediction.trigger, mentions, prediction.record.text)
        for role, mention, gold in (
            ("source", source, prediction.record.source_codes),
            ("target", target, prediction.record.target_codes),
        ):
            if not gold:
                continue
            scores[role][0] += 1
            country = _mention_country(mention) if mention is not None else None
            if country is not None:
                scores[role][1] += 1
                scores[role][2] += int(country in gold)
    for role in ("source", "target"):
        gold_count, found, right = scores[role]
        print(
            f"{name} {role} country: accuracy {_ratio(right, found)} ({right}/{found} records with an actor found), "
            f"found for {_ratio(found, gold_count)} of {gold_count} predicted records with a gold {role}"
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
    print(f"\nspeed: {count / elapsed:,.0f} sentences/second on one core ({count} sentences, {elapsed:.1f} s)")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gsr-dir", type=Path, default=DEFAULT_GSR_DIR, help="folder with PLOVER_GSR_CAMEO.txt")
    parser.add_argument("--min-confidence", type=float, default=0.5, help="ignore triggers below (pipeline default)")
    parser.add_argument("--raw-types", action="store_true", help="do not apply the CAMEO intent convention")
    parser.add_argument("--show-dev-errors", action="store_true", help="list wrong or missing dev predictions")
    parser.add_argument("--speed-seconds", type=float, default=3.0, help="time spent on the speed figure")
    parser.add_argument(
        "--halves", choices=("dev", "test", "both"), default="both", help="halves to score (tune with 'dev' only)"
    )
    args = parser.parse_args(argv)

    records = load_records(args.gsr_dir)
    halves = split_records(records)
    print(f"PLOVER GSR: {len(records)} records ({len(halves['dev'])} dev, {len(halves['test'])} held-out test)")
    print(
        f"min confidence {args.min_confidence}; types {'raw' if args.raw_types else 'with the CAMEO intent convention'}"
    )
    actor_functions = _actor_functions()
    for name in ("dev", "test") if args.halves == "both" else (args.halves,):
        predictions = [predict(record, args.min_confidence, args.raw_types) for record in halves[name]]
        report_typing(name, predictions)
        report_actors(name, predictions, actor_functions)
        if name == "dev" and args.show_dev_errors:
            for p in predictions:
                if p.event_type != p.record.event_type:
                    cue = f"{p.trigger.text!r} {p.trigger.cue}" if p.trigger else "-"
                    print(f"  {p.record.event_type:9} -> {p.event_type or '-':9} {cue} | {p.record.text[:150]}")
    report_speed(records, args.speed_seconds)


if __name__ == "__main__":
    main()
