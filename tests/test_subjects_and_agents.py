from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from eventlake.actors import find_actors
from eventlake.extraction import (
    _participants,
    coordinated_verb_subject,
    default_resources,
    interrupted_subject,
    national_force,
    route_place,
    titled_person_countries,
)
from eventlake.typing_rules import Trigger
from eventlake.where import find_places
from tests.sentence_events import dyads, events_of

PUBLISHED = dt.date(1999, 6, 10)


def keys_of(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(dyads(sentence, PUBLISHED))


def trigger_and_actors(sentence: str, word: str) -> tuple[Trigger, list[Any]]:
    resources = default_resources()
    places = find_places(resources.gazetteer, sentence)
    triggers = resources.triggers.find(sentence)
    actors = _participants(find_actors(resources.actors, sentence, PUBLISHED), places, sentence, triggers)
    return next(t for t in triggers if t.text.startswith(word)), actors


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        ("Syria, which has 35,000 troops in Lebanon, rejected calls for a pullout.", "rejected", "Syria"),
        ("Russia, which has close ties with Iraq, on Thursday condemned the strikes.", "condemned", "Russia"),
        ("Egypt, along with Saudi Arabia, condemned the invasion.", "condemned", "Egypt"),
        ("U.S. President Ronald Reagan, speaking in Geneva, accused the Soviet Union.", "accused", "Ronald Reagan"),
    ],
)
def test_the_subject_before_an_aside_set_off_by_commas_acts(sentence: str, verb: str, subject: str) -> None:
    trigger, actors = trigger_and_actors(sentence, verb)
    found = interrupted_subject(trigger, actors, sentence)
    assert found is not None and subject in found.surface


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Egypt, officials said, rejected the proposal.", "rejected"),
        ("Egypt, and later Jordan, rejected the proposal.", "rejected"),
        ("The plan, which Iran drafted, Syria rejected on Monday.", "rejected"),
    ],
)
def test_an_aside_that_reports_coordinates_or_is_followed_by_a_subject_gives_none(sentence: str, verb: str) -> None:
    trigger, actors = trigger_and_actors(sentence, verb)
    assert interrupted_subject(trigger, actors, sentence) is None


def test_an_actor_inside_the_aside_is_never_the_source() -> None:
    sentence = "Serbian President Slobodan Milosevic, under heavy NATO bombing, accepted the peace plan."
    assert [(e["source_actor"], e["source_country"]) for e in events_of(sentence, PUBLISHED)] == [
        ("Slobodan Milosevic", "SRB")
    ]


def test_a_second_verb_after_and_shares_the_opening_subject_and_its_pronoun_the_first_object() -> None:
    sentence = "King Hussein of Jordan met President Clinton at the White House and urged him to press Israel."
    trigger, actors = trigger_and_actors(sentence, "urged")
    subject = coordinated_verb_subject(trigger, actors, sentence)
    assert subject is not None and subject.country == "JOR"
    assert keys_of(sentence) == [("CONSULT", "JOR", "USA"), ("REQUEST", "JOR", "USA")]
    assert ("REQUEST", "RUS", "UKR") in keys_of(
        "Russian Prime Minister Viktor Chernomyrdin met Ukraine's new president and urged him to pay."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "President Clinton met King Hussein of Jordan, who urged Israel to show flexibility.",
        "King Hussein of Jordan met President Clinton, and Israel urged both to act.",
    ],
)
def test_a_verb_with_a_subject_of_its_own_shares_none(sentence: str) -> None:
    trigger, actors = trigger_and_actors(sentence, "urged")
    assert coordinated_verb_subject(trigger, actors, sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israeli troops came under mortar fire from Hezbollah guerrillas.", [("ASSAULT", "LBN", "ISR")]),
        ("Iraqi radar sites came under attack from U.S. warplanes on Monday.", [("ASSAULT", "USA", "IRQ")]),
        ("Bosnian government forces came under heavy shelling from Serb gunners.", [("ASSAULT", "SRB", "BIH")]),
        ("The finance minister came under attack from the opposition over the budget.", []),
        ("The prime minister came under fire from critics in Britain.", []),
    ],
)
def test_an_assault_suffered_under_fire_takes_its_agent_from_the_from_phrase(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert keys_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army shelled rebel positions near Kumanovo in Macedonia.", ("ASSAULT", "MKD", "MKD")),
        ("The military shelled militant hideouts near Karachi.", ("ASSAULT", "PAK", None)),
        ("The army shelled militant hideouts across the border in Afghanistan.", ("ASSAULT", None, None)),
        ("The army said rebels attacked a convoy near Kumanovo.", ("ASSAULT", None, None)),
    ],
)
def test_the_army_named_with_the_alone_is_the_state_where_it_acts(
    sentence: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert keys_of(sentence) == [expected]


def test_national_force_needs_the_definite_article_alone() -> None:
    resources = default_resources()
    for sentence, expected in [("The army shelled the town.", True), ("Soldiers shelled the town.", False)]:
        force = find_actors(resources.actors, sentence, PUBLISHED)[0]
        assert national_force(force, sentence) is expected


def test_an_unlisted_name_takes_the_country_of_the_titles_right_before_it() -> None:
    sentence = "Burundi army spokesman Colonel Longin Minani accused Tanzania of sheltering rebels."
    resources = default_resources()
    actors = titled_person_countries(find_actors(resources.actors, sentence, PUBLISHED), sentence)
    person = next(m for m in actors if m.kind == "person")
    assert person.country == "BDI"
    assert keys_of("Tanzania accused rebel leader Jean Bosco Ndayikengurukiye of blocking talks.") == [
        ("ACCUSE", "TZA", None)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tens of thousands of opposition supporters marched through Belgrade.", [("PROTEST", "SRB", None)]),
        ("War veterans marched through Harare on Tuesday.", [("PROTEST", "ZWE", None)]),
        ("Buddhist monks marched through Rangoon on Wednesday.", [("PROTEST", "MMR", None)]),
        ("Villagers near Karachi blocked the main highway.", [("PROTEST", "PAK", None)]),
        ("Thousands of fans marched through Madrid to celebrate the title.", []),
        ("Supporters of the ruling party rallied in Cairo to celebrate the ruling.", []),
    ],
)
def test_a_crowd_protests_in_the_country_it_marches_through(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert keys_of(sentence) == expected


def test_route_place_is_only_the_town_right_after_through() -> None:
    resources = default_resources()
    sentence = "Students marched through the streets of Rangoon."
    trigger = next(t for t in resources.triggers.find(sentence) if t.event_type == "PROTEST")
    place = route_place(trigger, find_places(resources.gazetteer, sentence), sentence)
    assert place is not None and place.country == "MMR"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A Ugandan army convoy was attacked on Sunday by suspected rebels.", [("ASSAULT", None, "UGA")]),
        ("The Iraqi ambassador to the United Nations accused the United States.", [("ACCUSE", "IRQ", "USA")]),
        ("Camps in eastern Afghanistan were struck by U.S. cruise missiles.", [("ASSAULT", "USA", "AFG")]),
        ("Shi'ite villages in southern Iraq were attacked by Iraqi helicopter gunships.", [("ASSAULT", "IRQ", None)]),
        ("Two Swiss aid workers were released by their captors in Lebanon.", []),
    ],
)
def test_late_agents_and_heads_of_postmodifiers(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert keys_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Haitian military leader Raoul Cedras, under U.S. pressure, rejected the plan.", [("REJECT", "HTI", None)]),
        ("Tens of thousands of students, joined by workers, marched through Bucharest.", [("PROTEST", "ROU", None)]),
        ("Ethnic Albanian guerrillas operating in Macedonia attacked a police station.", [("ASSAULT", None, None)]),
    ],
)
def test_opening_titles_asides_and_participle_places_keep_the_subject(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert keys_of(sentence) == expected


def test_an_actor_inside_an_aside_is_no_local_protester() -> None:
    sentence = "Tens of thousands of students, joined by workers, marched through Bucharest."
    assert [e["source_actor"] for e in events_of(sentence, PUBLISHED)] == ["education (Romania)"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tents for refugees were flown to Albania by the German air force.", []),
        ("The wounded were flown to Amman by Jordanian army helicopters.", []),
        ("Jordan was visited by U.S. Secretary of State Warren Christopher.", [("CONSULT", "USA", "JOR")]),
    ],
)
def test_a_passive_trip_that_carries_something_is_no_visit(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert keys_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A senior aide to Yasser Arafat accused Israel of sabotage.", [("ACCUSE", "PSE", "ISR")]),
        ("A lawyer for Slobodan Milosevic accused the tribunal of bias.", []),
        ("An adviser to the company accused the regulators of bias.", []),
    ],
)
def test_an_aide_acts_for_the_actor_named_after_him(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert keys_of(sentence) == expected


def test_a_crowd_before_an_aside_protests_where_it_marches() -> None:
    sentence = "Thousands of protesters, defying a state of emergency, marched through Bangkok."
    assert keys_of(sentence) == [("PROTEST", "THA", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israeli troops came under fire from Palestinian gunmen near Nablus.", [("ASSAULT", "PSE", "ISR")]),
        ("Israeli Prime Minister Ariel Sharon came under fire from the Palestinians over the settlements.", []),
        ("NATO came under fire from Russia over the bombing of the embassy.", []),
    ],
)
def test_bare_fire_is_an_attack_only_from_an_armed_agent(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert keys_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Human rights groups accused Tunisia of torturing political prisoners.", [("ACCUSE", None, "TUN")]),
        (
            "NICOSIA (Reuters) - The army shelled rebel positions in the north, state media said.",
            [("ASSAULT", None, None)],
        ),
    ],
)
def test_rights_groups_act_with_no_country_and_a_dateline_gives_none(
    sentence: str, expected: list[tuple[str | None, str | None, str | None]]
) -> None:
    assert keys_of(sentence) == expected
