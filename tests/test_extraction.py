from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventlake.documents import english_text_document
from eventlake.extraction import default_resources, extract_document
from eventlake.records import RunContext

RUN = RunContext("test", dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "test")
PUBLISHED = dt.date(2024, 1, 10)


def events_of(sentence: str) -> list[dict[str, Any]]:
    document = english_text_document("doc", sentence, PUBLISHED)
    return extract_document(document, RUN, default_resources(), min_confidence=0.5).events


@pytest.mark.parametrize(
    ("sentence", "event_type", "source_country", "target_country"),
    [
        ("China demanded that the US cancel the arms sale to Taiwan.", "REQUEST", "CHN", "USA"),
        ("Greece demanded on Tuesday that Turkey withdraw its ships.", "REQUEST", "GRC", "TUR"),
        ("Israeli soldiers arrested more than 100 Palestinians.", "COERCE", "ISR", "PSE"),
        ("Russian troops detained dozens of Ukrainians.", "COERCE", "RUS", "UKR"),
    ],
)
def test_targets_behind_a_that_clause_or_a_count(
    sentence: str, event_type: str, source_country: str, target_country: str
) -> None:
    (event,) = events_of(sentence)
    assert (event["event_type"], event["source_country"], event["target_country"]) == (
        event_type,
        source_country,
        target_country,
    )


def test_an_agreement_stands_without_a_recipient() -> None:
    (event,) = events_of("The UN Security Council agreed to extend the mandate of the mission.")
    assert (event["event_type"], event["target_actor"]) == ("AGREE", None)


def test_a_meeting_needs_both_sides() -> None:
    assert events_of("Erdogan held talks in Sochi.") == []


def test_a_that_clause_gives_no_target_to_an_accusation() -> None:
    (event,) = events_of("Turkey accused Greece of provocation.")
    assert event["target_country"] == "GRC"
    (event,) = events_of("Turkey said that Greece was wrong and criticized the decision.")
    assert event["target_country"] is None
