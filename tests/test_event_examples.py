"""Hand-written wire-style sentences, one file per PLOVER family, with the exact events each must give.

Each row of `tests/data/event_examples/*.tsv` is: publication date, the expected events as sorted
`TYPE:SOURCE>TARGET` keys (ISO alpha-3, empty when the country is null; `-` for no event), the sentence.
Rows that expect no event are the near misses that keep the lexicon precise. `tests/data/known_gaps.tsv`
holds, in the same form, sentences still coded wrong, each group under a comment naming the cause: they run as
strict expected failures, so a fix that makes one pass shows up and the row moves to its family's file.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from _pytest.mark import ParameterSet

from eventlake.documents import english_text_document
from eventlake.extraction import default_resources, extract_document
from eventlake.records import RunContext

EXAMPLES_DIR = Path(__file__).parent / "data" / "event_examples"
KNOWN_GAPS = Path(__file__).parent / "data" / "known_gaps.tsv"
RUN = RunContext("test", dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "test")


def _examples(paths: list[Path], *marks: pytest.MarkDecorator) -> list[ParameterSet]:
    examples: list[ParameterSet] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for line_number, row in enumerate(csv.reader(handle, delimiter="\t"), 1):
                if not row or row[0].startswith("#"):
                    continue
                published, expected, text = row
                examples.append(
                    pytest.param(
                        dt.date.fromisoformat(published),
                        expected,
                        text,
                        id=f"{path.stem}:{line_number}",
                        marks=marks,
                    )
                )
    return examples


def event_keys(text: str, published: dt.date) -> str:
    document = english_text_document("example", text, published)
    events = extract_document(document, RUN, default_resources(), min_confidence=0.5).events
    keys = sorted(f"{e['event_type']}:{e['source_country'] or ''}>{e['target_country'] or ''}" for e in events)
    return " ".join(keys) or "-"


@pytest.mark.parametrize(("published", "expected", "text"), _examples(sorted(EXAMPLES_DIR.glob("*.tsv"))))
def test_example_gives_exactly_its_events(published: dt.date, expected: str, text: str) -> None:
    assert event_keys(text, published) == expected


@pytest.mark.parametrize(
    ("published", "expected", "text"),
    _examples([KNOWN_GAPS], pytest.mark.xfail(reason="known gap, cause in the file", strict=True)),
)
def test_known_gap_is_still_a_gap(published: dt.date, expected: str, text: str) -> None:
    assert event_keys(text, published) == expected
