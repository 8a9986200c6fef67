"""Precision of the PETRARCH fallback rows on every sentence the project may tune on.

A fallback row (`petrarch.*`, see `eventlake/reference/petrarch_verbs.py`) is read only where the curated
lexicon finds no trigger. This script runs the pipeline over the labelled example files, the dev halves of
both typing benchmarks and the 1,000 English sentences of the language-id benchmark (ordinary web text, where
no fallback event is right), and prints, per fallback row that emitted an event, how many of its events were
right and wrong. `--exclude` adds each row with a wrong event to `petrarch_excluded.csv`; rebuild the fallback
lexicon afterwards and repeat until no row is wrong. The held-out halves are never read here.

    .venv/bin/python benchmarks/petrarch_fallback.py [--exclude]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from news_sentences import DEFAULT_SENTENCES, load_halves
from plover_gsr import DEFAULT_GSR_DIR, load_records, predict_event, split_records

from eventlake.documents import english_text_document
from eventlake.extraction import default_resources, extract_document
from eventlake.records import RunContext
from eventlake.reference.petrarch_verbs import EXCLUDED_COLUMNS, EXCLUDED_PATH
from eventlake.typing_rules import FALLBACK_LEXICON_PATH

PROJECT = Path(__file__).resolve().parents[1]
EXAMPLES_DIR = PROJECT / "tests" / "data" / "event_examples"
ORDINARY_TEXT = PROJECT.parent / "shared" / "benchmarks" / "langid" / "sentences" / "en.txt"
RUN = RunContext("petrarch-fallback", dt.datetime(2000, 1, 1, tzinfo=dt.UTC), "benchmark")
FALLBACK_RULE = re.compile(r"petrarch\.[a-z_]+\.[0-9a-f]+")


def _fallback_rule(rule: str) -> str | None:
    found = FALLBACK_RULE.search(rule)
    return found.group(0) if found else None


def example_verdicts() -> Iterator[tuple[str, bool, str]]:
    """(rule, right, where) for each fallback event on an example row: right when the row expects it."""
    resources = default_resources(trigger_fallback=True)
    for path in sorted(EXAMPLES_DIR.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle, delimiter="\t"), 1):
                if not row or row[0].startswith("#"):
                    continue
                published, expected, text = row
                document = english_text_document(f"{path.stem}-{number}", text, dt.date.fromisoformat(published))
                for event in extract_document(document, RUN, resources, min_confidence=0.5).events:
                    if rule := _fallback_rule(event["rule"]):
                        key = f"{event['event_type']}:{event['source_country'] or ''}>{event['target_country'] or ''}"
                        yield rule, key in expected.split(), f"{path.name}:{number}"


def benchmark_verdicts() -> Iterator[tuple[str, bool, str]]:
    resources = default_resources(trigger_fallback=True)
    halves = {
        "plover_gsr dev": split_records(load_records(DEFAULT_GSR_DIR))["dev"],
        "news_sentences dev": load_halves(DEFAULT_SENTENCES)["dev"],
    }
    for name, records in halves.items():
        for record in records:
            prediction = predict_event(record, resources, 0.5, raw_types=False)
            if rule := _fallback_rule(prediction.evidence):
                yield rule, prediction.event_type == record.event_type, f"{name} {record.record_id}"


def ordinary_text_verdicts() -> Iterator[tuple[str, bool, str]]:
    resources = default_resources(trigger_fallback=True)
    lines = ORDINARY_TEXT.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        document = english_text_document(f"en-{number}", line, dt.date(2000, 1, 1))
        for event in extract_document(document, RUN, resources, min_confidence=0.5).events:
            if rule := _fallback_rule(event["rule"]):
                yield rule, False, f"{ORDINARY_TEXT.name}:{number}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", action="store_true", help="add rows with a wrong event to the exclusion list")
    arguments = parser.parse_args()
    right: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    first_wrong: dict[str, str] = {}
    for source in (example_verdicts(), benchmark_verdicts(), ordinary_text_verdicts()):
        for rule, correct, where in source:
            (right if correct else wrong)[rule] += 1
            if not correct:
                first_wrong.setdefault(rule, where)
    print(f"fallback events: {sum(right.values())} right, {sum(wrong.values())} wrong, from {len(right | wrong)} rows")
    for rule in sorted(right | wrong):
        first = f" (first: {first_wrong[rule]})" if rule in first_wrong else ""
        print(f"  {rule}: {right[rule]} right, {wrong[rule]} wrong{first}")
    if arguments.exclude and wrong:
        with FALLBACK_LEXICON_PATH.open(encoding="utf-8", newline="") as handle:
            notes = {row["id"]: row["note"] for row in csv.DictReader(handle)}
        with EXCLUDED_PATH.open(encoding="utf-8", newline="") as handle:
            kept = list(csv.DictReader(handle))
        listed = {row["note"] for row in kept}
        kept += [
            {
                "note": notes[rule],
                "wrong": str(wrong[rule]),
                "right": str(right[rule]),
                "first_wrong": first_wrong[rule],
            }
            for rule in wrong
            if notes[rule] not in listed
        ]
        with EXCLUDED_PATH.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=EXCLUDED_COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(sorted(kept, key=lambda row: row["note"]))
        print(f"{len(wrong)} rows added to {EXCLUDED_PATH}; rebuild the fallback lexicon and run again")


if __name__ == "__main__":
    main()
