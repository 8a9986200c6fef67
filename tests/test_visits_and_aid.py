from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake.documents import english_text_document
from eventlake.extraction import default_resources, extract_document
from eventlake.records import RunContext
from eventlake.typing_rules import default_finder

RUN = RunContext("test", dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "test")
PUBLISHED = dt.date(2024, 1, 10)
OFFICIALS = {"Japanese": "JPN", "French": "FRA", "Egyptian": "EGY", "Brazilian": "BRA"}
CAPITALS = {"Tokyo": "JPN", "Paris": "FRA", "Cairo": "EGY", "Brasilia": "BRA", "Moscow": "RUS"}


def events_of(sentence: str) -> list[dict[str, Any]]:
    document = english_text_document("doc", sentence, PUBLISHED)
    return extract_document(document, RUN, default_resources(), min_confidence=0.5).events


def keys_of(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((e["event_type"], e["source_country"], e["target_country"]) for e in events_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "target_country"),
    [
        ("The Japanese foreign minister flew to Cairo on Monday for talks on trade.", "EGY"),
        ("Indian Prime Minister Narendra Modi arrived in Kabul on Friday on a surprise visit.", "AFG"),
        ("A Chinese delegation arrived in Pyongyang on Monday for talks on the nuclear issue.", "PRK"),
    ],
)
def test_a_visit_to_a_capital_targets_its_state(sentence: str, target_country: str) -> None:
    events = events_of(sentence)
    assert [(e["event_type"], e["target_country"]) for e in events] == [("CONSULT", target_country)]
    assert events[0]["event_mode"] == "visit"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Japanese foreign minister flew to Cairo on Monday.",
        "The first American paratroopers arrived in Saudi Arabia on Wednesday for exercises.",
        "The British foreign secretary flew to Scotland on Monday.",
        "The Iraqi foreign minister flew to Baghdad on Sunday for talks.",
        "Arafat flew to Cairo on his way to a summit in Rabat.",
        "Arafat flew to Cairo on Sunday and will go on to Rabat for the Arab summit.",
    ],
)
def test_no_visit_without_a_purpose_a_visiting_official_or_a_foreign_host(sentence: str) -> None:
    assert all(event["event_type"] != "CONSULT" for event in events_of(sentence))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(sorted(OFFICIALS)), st.sampled_from(sorted(CAPITALS)))
def test_a_trip_for_talks_is_a_visit_only_abroad(nationality: str, capital: str) -> None:
    keys = keys_of(f"The {nationality} prime minister flew to {capital} on Tuesday for talks.")
    source, host = OFFICIALS[nationality], CAPITALS[capital]
    assert keys == ([] if source == host else [("CONSULT", source, host)])


def test_aid_carried_to_a_country_targets_it_but_a_trip_does_not() -> None:
    assert keys_of("Britain flew humanitarian aid to Pakistan on Tuesday.") == [("AID", "GBR", "PAK")]
    assert keys_of("Erdogan will travel to Russia next week.") == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("China threw its support behind Yugoslavia.", "support.throw_support_behind"),
        ("Hu sent a congratulatory message to Obama.", "support.send_congratulations"),
        ("Italy formally recognised Slovenia.", "support.formally_recognize"),
        ("Israel and Jordan exchanged ambassadors.", "support.exchange_ambassadors"),
        ("Russia defended Syria's right to protect its borders.", "support.defend_right"),
        ("The European Union bailed out Greece.", "aid.bail_out"),
        ("Germany took in thousands of Syrian refugees.", "aid.take_in_refugees"),
        ("U.S. advisers are training Ukrainian soldiers.", "coop.train_forces"),
        ("Henry Kissinger shuttled between Egypt and Israel.", "consult.shuttle_between"),
        ("Pope Francis toured the Philippines for five days.", "consult.tour"),
        ("Abe shook hands with Xi in Beijing.", "consult.shake_hands"),
        ("Egypt and Syria rallied behind Saudi Arabia.", "support.rally_behind"),
        ("South Korea sent 50,000 tonnes of rice to North Korea.", "aid.send_staples"),
        ("Iran transferred weapons to Syria.", "aid.transfer_arms"),
    ],
)
def test_new_cues_fire(sentence: str, cue: str) -> None:
    assert any(trigger.cue.startswith(cue) for trigger in default_finder().find(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The pilot bailed out of his jet over the sea.",
        "Israeli soldiers trained their guns on the crowd.",
        "The Egyptian army trained its new recruits.",
        "The Indian court formally recognised the marriage.",
        "The Brazilian coach sent his congratulations to the players.",
        "Cyprus took in refugees fleeing Lebanon.",
        "The two German carmakers joined forces to develop electric cars.",
        "Brazil played host to the Confederations Cup.",
        "The Russian orchestra toured Japan in March.",
        "Stocks rallied behind gains in the banking sector.",
        "Egyptian farmers sent their wheat to market on Sunday.",
        "France transferred weapons to its troops in Mali.",
        "The U.S. Senate concluded hearings on the treaty.",
    ],
)
def test_other_senses_do_not_fire_the_new_cues(sentence: str) -> None:
    new_cues = (
        "aid.bail_out",
        "coop.train_forces",
        "support.formally_recognize",
        "support.send_congratulations",
        "aid.take_in_refugees",
        "coop.join_forces",
        "consult.play_host",
        "consult.tour",
        "support.rally_behind",
        "aid.send_staples",
        "aid.transfer_arms",
        "support.conclude_treaty",
    )
    assert not [t.cue for t in default_finder().find(sentence) if t.cue.startswith(new_cues)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Egypt received $1.3 billion in military aid from the United States.", [("AID", "USA", "EGY")]),
        ("Hamas obtained weapons from Iran, Israeli officials said.", [("AID", "IRN", "PSE")]),
        ("The Japanese bank received a $5 billion aid package from its parent company.", []),
        ("The French carmaker secured a loan from German banks.", []),
        ("Egypt hopes to receive more aid from the United States.", []),
    ],
)
def test_the_giver_after_from_is_the_source_of_a_receiving_verb(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert keys_of(sentence) == expected


def test_cooperation_needs_a_partner() -> None:
    assert keys_of("The Iraqi army trained 2,000 new recruits last month.") == []
    assert keys_of("U.S. special forces trained Afghan soldiers in Kandahar.") == [("COOPERATE", "USA", "AFG")]
