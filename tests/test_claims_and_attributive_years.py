from __future__ import annotations

import datetime as dt

import pytest

from eventlake.typing_rules import find_triggers
from eventlake.when import choose_event_date, find_dates
from tests.sentence_events import event_keys, events_of

SENTENCE = "Hezbollah claimed responsibility for the 1983 bombing of the U.S. Marine barracks in Beirut."


def test_a_year_before_an_act_of_violence_is_an_attributive_mention() -> None:
    (mention,) = find_dates(SENTENCE, dt.date(2006, 7, 12), "past")
    assert (mention.text, mention.value, mention.precision, mention.role) == (
        "1983",
        dt.date(1983, 1, 1),
        "year",
        "attributive",
    )
    assert find_dates("Israel refused to withdraw to its 1967 borders.", dt.date(2010, 5, 1), "past") == []


def test_an_attributive_year_dates_only_the_trigger_it_lies_in() -> None:
    mentions = find_dates(SENTENCE, dt.date(2006, 7, 12), "past")
    claimed = (SENTENCE.index("claimed"), SENTENCE.index(" of the U.S."))
    inside = choose_event_date(mentions, *claimed, SENTENCE, dt.date(2006, 7, 12), "past", current_report=True)
    assert (inside.value, inside.precision, inside.basis) == (dt.date(1983, 1, 1), "year", "explicit")
    head_only = (SENTENCE.index("claimed"), SENTENCE.index(" responsibility"))
    outside = choose_event_date(mentions, *head_only, SENTENCE, dt.date(2006, 7, 12), "past", current_report=True)
    assert (outside.value, outside.basis) == (dt.date(2006, 7, 12), "publication")


@pytest.mark.parametrize(
    ("published", "expected"), [(dt.date(1983, 10, 25), ["ASSAULT:LBN>USA"]), (dt.date(2006, 7, 12), [])]
)
def test_a_claimed_attack_of_a_year_long_past_is_history(published: dt.date, expected: list[str]) -> None:
    assert event_keys(SENTENCE, published) == expected


def test_the_claimant_carries_out_the_attack_it_claims() -> None:
    (event,) = events_of("Hamas claimed responsibility for the suicide bombing in Jerusalem.", dt.date(2002, 6, 18))
    assert (event["event_type"], event["cameo_code"], event["source_actor"], event["status"]) == (
        "ASSAULT",
        "1831",
        "Hamas",
        "occurred",
    )


def test_a_relative_clause_on_the_attack_tells_what_it_did() -> None:
    sentence = "The Real IRA claimed responsibility for the Omagh bombing, which killed 29 people."
    (trigger,) = find_triggers(sentence)
    assert trigger.cameo_code == "183"
    assert "toll" in trigger.cue


def test_a_mediator_is_the_source_of_its_offer() -> None:
    assert event_keys("Egypt offered to mediate between Israel and the Palestinians.", dt.date(2009, 3, 1)) == [
        "AGREE:EGY>ISR"
    ]


def test_an_act_in_a_temporal_clause_is_not_dated_by_publication() -> None:
    sentence = "Washington imposed sanctions on Pyongyang on Friday, a day after North Korea tested a nuclear device."
    events = {event["event_type"]: event for event in events_of(sentence, dt.date(2006, 10, 13))}
    assert (events["SANCTION"]["event_date"], events["SANCTION"]["date_basis"]) == (dt.date(2006, 10, 13), "relative")
    assert (events["MOBILIZE"]["event_date"], events["MOBILIZE"]["date_basis"]) == (None, "unknown")
    assert "not dated by publication" in events["MOBILIZE"]["date_detail"]
