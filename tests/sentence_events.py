"""One sentence run through the whole extraction, for tests that check the events it gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventlake.documents import english_text_document
from eventlake.extraction import ExtractionResult, default_resources, extract_document
from eventlake.records import RunContext
from eventlake.typing_rules import Trigger, find_triggers

RUN = RunContext("test", dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "test")


def extracted(sentence: str, published: dt.date) -> ExtractionResult:
    """The events and uncoded triggers of `sentence` as a document published on `published`."""
    document = english_text_document("doc", sentence, published)
    return extract_document(document, RUN, default_resources(), min_confidence=0.5)


def events_of(sentence: str, published: dt.date) -> list[dict[str, Any]]:
    return extracted(sentence, published).events


def dyads(sentence: str, published: dt.date) -> list[tuple[str, str | None, str | None]]:
    """(event type, source country, target country) of each event, in the order extracted."""
    return [(e["event_type"], e["source_country"], e["target_country"]) for e in events_of(sentence, published)]


def event_keys(sentence: str, published: dt.date) -> list[str]:
    """'TYPE:SRC>TGT' of each event, as the example files write it, in the order extracted."""
    return [
        f"{e['event_type']}:{e['source_country'] or ''}>{e['target_country'] or ''}"
        for e in events_of(sentence, published)
    ]


def trigger_with(sentence: str, words: str) -> Trigger:
    """The one trigger whose text contains `words`."""
    found = [trigger for trigger in find_triggers(sentence) if words in trigger.text]
    assert len(found) == 1, (sentence, find_triggers(sentence))
    return found[0]
