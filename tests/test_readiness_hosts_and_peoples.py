"""A stated readiness to use force read as a threat, hosts of talks between parties named as a group, peacekeepers
of an international body, and peoples spread over several states read as ethnic groups."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlake.actors import ActorTable, find_actors, load_actor_table
from eventlake.extraction import hosts_multiparty_talks, readiness_threat
from eventlake.typing_rules import find_triggers
from tests.sentence_events import dyads, trigger_with

PUBLISHED = dt.date(2000, 1, 10)


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return load_actor_table()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta said it was ready to impose martial law.", ("THREATEN", "1324")),
        ("Moscow said it was prepared to cut off gas supplies to Kiev.", ("THREATEN", "1312")),
        ("Baghdad said it was ready to expel the inspectors.", ("THREATEN", "136")),
        ("Damascus said it was ready to resume talks.", ("AGREE", "030")),
        ("Tehran said it was ready to withstand sanctions.", ("AGREE", "030")),
        ("Belgrade said it was ready to arrest war crimes suspects.", ("AGREE", "030")),
    ],
)
def test_readiness_to_force_is_a_threat_of_it(text: str, expected: tuple[str, str]) -> None:
    triggers = find_triggers(text)
    readiness = trigger_with(text, "ready" if "ready" in text else "prepared")
    threat = readiness_threat(readiness, triggers)
    assert (threat.event_type, threat.cameo_code) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt hosted a meeting of Arab foreign ministers.", True),
        ("Norway hosted peace talks between the government and the rebels.", True),
        ("China hosted six-party talks in Beijing.", True),
        ("France hosted talks.", False),
        ("Germany hosted a conference on climate change.", False),
    ],
)
def test_a_host_of_talks_between_a_group_is_the_one_party(text: str, expected: bool) -> None:
    assert hosts_multiparty_talks(trigger_with(text, "hosted"), text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.N. peacekeepers arrived in Sierra Leone.", [("AID", None, "SLE")]),
        ("Nigerian peacekeepers arrived in Liberia.", [("AID", "NGA", "LBR")]),
        ("U.N. peacekeepers arrived at the scene.", []),
    ],
)
def test_peacekeepers_of_an_international_body_protect_the_state_they_arrive_in(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ethnic Albanian leaders rejected the plan.", "Ethnic Albanian leaders"),
        ("The ethnic Albanian majority demanded independence.", "ethnic Albanian majority"),
        ("Kurds demanded autonomy.", "Kurds"),
        ("Kurdish leaders demanded autonomy.", "Kurdish leaders"),
    ],
)
def test_a_people_and_its_leaders_are_one_ethnic_group(table: ActorTable, text: str, surface: str) -> None:
    groups = [mention for mention in find_actors(table, text, PUBLISHED) if mention.sector == "ETH"]
    assert [(mention.surface, mention.country) for mention in groups] == [(surface, None)]


def test_the_adjective_of_a_people_leaves_the_act_to_the_armed_men_it_names(table: ActorTable) -> None:
    text = "Tuareg rebels in northern Mali attacked an army base near Kidal."
    assert next(mention.sector for mention in find_actors(table, text, PUBLISHED)) == "REB"
    assert dyads(text, PUBLISHED) == [("ASSAULT", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurds occupied the Greek embassy in Vienna.", [("PROTEST", None, None)]),
        ("Iraq occupied the Kuwaiti embassy.", [("COERCE", "IRQ", "KWT")]),
        ("American troops occupied the ministry buildings.", [("COERCE", "USA", None)]),
    ],
)
def test_a_crowd_occupying_premises_protests(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Withdraw your troops now," demanded the Serbian leader.', [("REQUEST", "SRB", None)]),
        ('"We will not wait," he demanded.', []),
    ],
)
def test_a_verb_after_a_closed_quote_has_its_speaker_after_it(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Turkish soldier was killed in clashes with PKK rebels.", [("ASSAULT", "TUR", "TUR")]),
        ("A journalist was killed by two unknown gunmen.", [("ASSAULT", None, None)]),
        ("Three policemen were injured in clashes with protesters.", []),
    ],
)
def test_the_killer_in_a_clash_or_an_unknown_gunman(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected
