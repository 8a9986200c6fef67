"""Victims of an attack with no attacker named placed in the country of the attack, the owner of the attack
victims fell in ('killed in an Israeli air strike') as its source, hunger strikers named only as a group, bare
armed agents joined by 'and', forces reported on alert, blockades kept up, aid and arms sales banned to a state,
meetings or visits called off read as sanctions, threats announced with 'could' or 'may', the European
Community, governments named by their region, and property destroyed typed COERCE."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlake.actors import find_actors
from eventlake.extraction import default_resources, hunger_striker, victim_at_place
from eventlake.typing_rules import find_triggers
from eventlake.where import find_places
from tests.sentence_events import dyads, trigger_with

PUBLISHED = dt.date(2001, 4, 2)


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("A journalist was shot dead in Manila on Sunday.", "shot", "PHL"),
        ("Two policemen were killed in a bomb attack in Srinagar.", "killed", "IND"),
        ("A foreign journalist was shot dead in Manila on Sunday.", "shot", None),
        ("A tourist was shot dead in Manila on Sunday.", "shot", None),
        ("A journalist was shot dead in Manila and another in Jakarta.", "shot", None),
    ],
)
def test_a_political_victim_with_no_nationality_takes_the_country_of_the_attack(
    text: str, verb: str, expected: str | None
) -> None:
    resources = default_resources()
    actors = find_actors(resources.actors, text, PUBLISHED)
    places = find_places(resources.gazetteer, text)
    victim = victim_at_place(trigger_with(text, verb), None, actors, places, text, resources.actors.country_names)
    assert (victim.country if victim is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A judge was assassinated in Bogota.", [("ASSAULT", None, "COL")]),
        ("A journalist was killed in a car crash in Manila.", []),
        ("A journalist was arrested in Manila.", []),
    ],
)
def test_an_unnamed_attacker_of_a_placed_victim(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("Refugees at the camp began a hunger strike on Monday.", "began", "Refugees"),
        ("Tamil refugees staged a hunger strike demanding asylum.", "staged", "refugees"),
    ],
)
def test_whoever_goes_on_hunger_strike_protests(text: str, verb: str, expected: str) -> None:
    resources = default_resources()
    striker = hunger_striker(trigger_with(text, verb), find_actors(resources.actors, text, PUBLISHED), text)
    assert striker is not None and striker.surface == expected


def test_a_complaint_by_a_group_with_no_nationality_stays_uncoded() -> None:
    assert dyads("Refugees at the camp complained about the food.", PUBLISHED) == []


def test_a_march_by_a_group_with_no_nationality_or_place_stays_uncoded() -> None:
    assert dyads("Students marched through the streets.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi troops remained on full alert.", [("MOBILIZE", "IRQ", None)]),
        ("Iraq said its troops were on maximum alert on Sunday.", [("MOBILIZE", "IRQ", None)]),
        ("Hospitals were on full alert.", []),
        ("The Russian military build-up near Ukraine continued.", [("MOBILIZE", "RUS", None)]),
        ("A build-up of gas caused the explosion.", []),
        ("Japan scrambled fighter jets after Chinese aircraft approached.", [("MOBILIZE", "JPN", None)]),
    ],
)
def test_forces_on_alert_and_a_build_up_show_force(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States prohibited aid to Nicaragua.", [("SANCTION", "USA", "NIC")]),
        ("The European Union banned arms sales to China.", [("SANCTION", None, "CHN")]),
        ("The city banned weapons sales to teenagers.", []),
    ],
)
def test_aid_or_arms_banned_to_a_state_is_a_sanction_not_aid(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Iran scrapped talks with Britain.", "164"),
        ("Russia called off a summit with the United States.", "164"),
        ("India called off a visit to Pakistan by its foreign secretary.", "161"),
        ("China cancelled a planned visit by the German chancellor.", "161"),
    ],
)
def test_a_meeting_or_visit_called_off_is_a_sanction(text: str, cameo: str) -> None:
    assert [(t.event_type, t.cameo_code) for t in find_triggers(text)] == [("SANCTION", cameo)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels and soldiers demanded the resignation of the president.", [("REQUEST", None, None)]),
        ("Fighting between rebels and soldiers killed 20 people.", []),
    ],
)
def test_bare_armed_agents_joined_by_and_are_one_subject(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States maintained its naval blockade of Cuba.", [("COERCE", "USA", "CUB")]),
        ("Israel's blockade of Gaza entered its third year.", [("COERCE", "ISR", "PSE")]),
        ("The blockade of the port was lifted on Monday.", []),
    ],
)
def test_a_blockade_kept_up_or_named_with_what_it_closes(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Palestinian militants were killed in an Israeli air strike.", [("ASSAULT", "ISR", "PSE")]),
        ("Iraqi villagers were wounded in Turkish shelling.", [("ASSAULT", "TUR", "IRQ")]),
        ("Three Syrian rebels were killed in a U.S.-backed offensive.", []),
    ],
)
def test_the_owner_of_the_attack_victims_fell_in_is_its_source(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Thai army warned it might impose a curfew in Bangkok.", [("THREATEN", "THA", None)]),
        ("Russia may impose sanctions if the talks fail, the Kremlin warned.", [("THREATEN", "RUS", None)]),
        ("Russia may impose sanctions if the talks fail, Ukrainian officials said.", []),
        ("Chinese soldiers could be deployed to the border if talks fail, a Chinese newspaper said.", []),
        ("Armed men could attack the convoy at any time, U.N. officials warned.", []),
    ],
)
def test_a_modal_announces_a_threat_only_in_the_speakers_own_words(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


def test_the_european_community_is_the_european_union_forerunner() -> None:
    assert dyads("The European Community imposed sanctions on Serbia.", dt.date(1991, 9, 1)) == [
        ("SANCTION", None, "SRB")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government of Sindh province has ordered patrols by police.", [("MOBILIZE", "PAK", None)]),
        ("The provincial government of Balochistan banned rallies.", [("COERCE", "PAK", None)]),
        ("The government of the day banned rallies.", []),
    ],
)
def test_a_government_named_by_its_region_is_of_the_regions_country(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli bulldozers demolished dozens of Palestinian homes in Rafah.", [("COERCE", "ISR", "PSE")]),
        ("Syrian demonstrators set fire to the Danish embassy in Damascus.", [("COERCE", "SYR", "DNK")]),
        ("A car bomb exploded outside the U.S. embassy in Nairobi.", [("ASSAULT", None, "USA")]),
    ],
)
def test_property_destroyed_is_coercion_with_its_actors_read_as_an_attacks(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected
