from __future__ import annotations

import datetime as dt

import pytest

from eventlake.reference.build import _curated_country_alias_kind
from eventlake.typing_rules import find_triggers
from tests.sentence_events import dyads, events_of

PUBLISHED = dt.date(1995, 6, 1)


def test_a_meeting_called_off_in_the_active_keeps_its_subject_as_source() -> None:
    assert dyads("The United States cancelled a planned visit by the Chinese defence minister.", PUBLISHED) == [
        ("SANCTION", "USA", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo_code"),
    [
        ("Chile lifted the state of siege on Sunday.", "CONCEDE", "0814"),
        ("Israel lifted the siege of Beirut.", "RETREAT", "0872"),
        ("Algeria suspended the curfew in the capital.", "CONCEDE", "0813"),
        ("Iran suspended two reformist newspapers.", "COERCE", "1721"),
        ("Serbia withdrew its delegation from the peace conference.", "SANCTION", "164"),
        ("Colombian rebels seized three government officials.", "ASSAULT", "181"),
        ("Four gunmen seized an Air France jet in Algiers.", "ASSAULT", "181"),
        ("Germany provided financial support to Russia.", "AID", "071"),
        ("The United States provided military support to Colombia.", "AID", "072"),
        ("Britain dropped food to Kurdish refugees.", "AID", "073"),
        ("Mexico sent a diplomatic note to Washington protesting the raid.", "ACCUSE", "114"),
        ("North Korea rejected South Korean food aid.", "REJECT", "120"),
    ],
)
def test_the_side_of_a_neighbouring_boundary(sentence: str, event_type: str, cameo_code: str) -> None:
    first = find_triggers(sentence)[0]
    assert (first.event_type, first.cameo_code) == (event_type, cameo_code)


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo_code"),
    [
        ("Iran seized 15 British sailors on Friday.", "COERCE", "173"),
        ("Iraq seized Kuwaiti airliners at Kuwait airport.", "COERCE", "171"),
    ],
)
def test_a_state_that_seizes_people_or_planes_coerces(sentence: str, event_type: str, cameo_code: str) -> None:
    assert [(e["event_type"], e["cameo_code"]) for e in events_of(sentence, PUBLISHED)] == [(event_type, cameo_code)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Customs officers seized a plane carrying cocaine.",
        "The publisher suspended the weekly magazine because of falling sales.",
        "The bank provided financial support to the startup.",
        "The union recalled its negotiators from the wage talks.",
        "The publisher rejected the manuscript.",
        "The supermarket dropped food prices to a record low.",
    ],
)
def test_the_same_words_in_ordinary_news_give_no_event(sentence: str) -> None:
    assert events_of(sentence, PUBLISHED) == []


def test_prisoners_who_refuse_food_still_protest() -> None:
    assert [t.cameo_code for t in find_triggers("Palestinian prisoners refused food for a third day.")] == ["142"]


def test_an_act_named_as_the_topic_of_talks_is_not_done() -> None:
    aid = [t for t in find_triggers("Clinton met Arafat in Gaza to discuss American aid.") if t.event_type == "AID"]
    assert [(t.polarity, t.cue.split("; ")[-1]) for t in aid] == [("hypothetical", "topic:discuss")]


def test_a_pattern_gap_does_not_enter_a_subordinate_clause() -> None:
    triggers = find_triggers("Soviet troops began leaving Afghanistan as talks continued in Geneva.")
    assert triggers[0].event_type == "RETREAT"
    assert not any(" as " in t.text for t in triggers)
    recognition = find_triggers("France recognised Kosovo as an independent state on Monday.")
    assert [(t.event_type, t.cameo_code) for t in recognition] == [("SUPPORT", "054")]


@pytest.mark.parametrize(
    ("alias", "kind"),
    [
        ("the soviet union", "alias"),
        ("ussr", "alias"),
        ("yugoslavia", "alias"),
        ("east germany", "alias"),
        ("soviets", "nationality"),
        ("czechoslovak", "nationality"),
    ],
)
def test_a_curated_name_of_a_state_names_the_state_not_its_people(alias: str, kind: str) -> None:
    assert _curated_country_alias_kind(alias, "") == kind
