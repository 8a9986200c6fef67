from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake.actors import ActorTable, find_actors, load_actor_table
from eventlake.documents import english_text_document
from eventlake.extraction import default_resources, extract_document
from eventlake.records import RunContext
from eventlake.typing_rules import LEXICON_PATH, TriggerFinder

RUN = RunContext("test", dt.datetime(2024, 1, 1, tzinfo=dt.UTC), "test")
PUBLISHED = dt.date(2000, 1, 10)


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return load_actor_table()


def events_of(sentence: str) -> list[dict[str, Any]]:
    document = english_text_document("doc", sentence, PUBLISHED)
    return extract_document(document, RUN, default_resources(), min_confidence=0.5).events


def sources_of(sentence: str) -> list[tuple[str, str | None]]:
    return sorted((event["source_actor"] or "", event["source_country"]) for event in events_of(sentence))


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The army in Sri Lanka shelled rebel positions.", "LKA"),
        ("The military in Myanmar arrested the monks.", "MMR"),
        ("The navy in Sri Lanka sank a rebel boat.", "LKA"),
    ],
)
def test_a_definite_national_force_in_a_named_country_is_that_countrys(
    table: ActorTable, sentence: str, country: str
) -> None:
    force = find_actors(table, sentence, PUBLISHED)[0]
    assert (force.country, force.sector) == (country, "MIL")


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops in Syria fired on the crowd.",
        "An army in Syria fired on the crowd.",
        "The military in Baghdad said the road was open.",
        "The army from Sri Lanka left.",
    ],
)
def test_plural_indefinite_or_city_forces_get_no_country_from_the_place(table: ActorTable, sentence: str) -> None:
    force = find_actors(table, sentence, PUBLISHED)[0]
    assert force.country is None


@pytest.mark.parametrize(
    ("sentence", "source", "country"),
    [
        (
            "Israeli troops, who crossed the border at dawn, attacked Lebanese villages on Tuesday.",
            "Israeli troops",
            "ISR",
        ),
        (
            "Palestinian gunmen, who had infiltrated from Egypt, killed three Israeli soldiers.",
            "Palestinian gunmen",
            "PSE",
        ),
        (
            "Iraqi fighters, whom Iraqi officials called volunteers, ambushed an American convoy.",
            "Iraqi fighters",
            "IRQ",
        ),
    ],
)
def test_the_subject_before_a_relative_clause_is_the_source(sentence: str, source: str, country: str) -> None:
    (event,) = events_of(sentence)
    assert (event["source_country"], event["source_actor"] is not None) == (country, True)
    assert sentence[: len(source)] == source


def test_a_bare_agent_before_a_relative_clause_is_an_unattributed_source() -> None:
    (event,) = events_of("Rebels, who had retreated into Venezuela, attacked a border post on Wednesday.")
    assert (event["event_type"], event["source_country"]) == ("ASSAULT", None)


def test_the_subject_of_a_subordinate_clause_is_not_the_main_clause_subject() -> None:
    events = events_of("Greek students rioted in Athens on Monday after police shot dead a teenager.")
    by_type = {event["event_type"]: event for event in events}
    assert set(by_type) == {"PROTEST", "ASSAULT"}
    assert "police" in by_type["ASSAULT"]["source_actor"].lower()


def test_a_coordinated_bare_agent_keeps_the_subject_before_it() -> None:
    assert [country for _, country in sources_of("Israeli troops and police attacked the village on Monday.")] == [
        "ISR"
    ]


def test_a_bare_agent_at_a_place_acts_with_no_country() -> None:
    (event,) = events_of("Troops in Myanmar fired on protesting monks in Yangon on Thursday.")
    assert (event["source_country"], event["target_country"]) == (None, "MMR")


def test_international_monitors_are_an_intergovernmental_source() -> None:
    (event,) = events_of("International monitors accused Serb forces of massacring ethnic Albanians.")
    assert (event["event_type"], event["source_country"], event["target_country"]) == ("ACCUSE", None, "SRB")


@pytest.mark.parametrize(
    "act", ["rioted in", "marched through", "rallied in", "demonstrated in", "protested in", "clashed in"]
)
def test_an_intransitive_past_is_never_a_reduced_relative(act: str) -> None:
    verb = act.split()[0]
    sentence = f"Students {act} Athens on Monday after police shot a teenager."
    trigger = next(t for t in TriggerFinder(LEXICON_PATH).find(sentence) if t.text.split()[0] == verb)
    assert not trigger.passive


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["Israeli troops", "Turkish police", "Iraqi officials"]), st.sampled_from(["Syria", "Iran"]))
def test_an_actor_inside_a_relative_clause_is_never_the_source(subject: str, inner: str) -> None:
    sentence = f"{subject}, who had returned from {inner} on Monday, accused Egypt of lying."
    events = events_of(sentence)
    assert events
    assert all(event["source_country"] not in ("SYR", "IRN") for event in events)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("A spokesman for the Eritrean government accused Ethiopia.", "ERIGOV"),
        ("A spokesman for the Israeli army accused Hezbollah.", "ISRMIL"),
    ],
)
def test_a_spokesman_for_a_body_is_that_body(table: ActorTable, sentence: str, code: str) -> None:
    speaker = find_actors(table, sentence, PUBLISHED)[0]
    assert (speaker.code, speaker.surface.split()[0]) == (code, "spokesman")


def test_a_spokesman_for_a_body_of_no_country_is_left_alone(table: ActorTable) -> None:
    mentions = find_actors(table, "A spokeswoman for the airline said the flight landed.", PUBLISHED)
    assert all(mention.country is None for mention in mentions)


def test_the_crowd_before_a_passive_at_home_takes_the_police_country() -> None:
    (event,) = events_of("Dozens of activists were detained by police in Cairo on Thursday.")
    assert (event["event_type"], event["source_country"], event["target_country"]) == ("COERCE", "EGY", "EGY")


def test_foreigners_before_a_passive_get_no_country_from_the_place() -> None:
    (event,) = events_of("Foreign journalists were detained by police in Cairo on Thursday.")
    assert (event["source_country"], event["target_country"]) == ("EGY", None)


def test_tens_of_thousands_of_a_nationality_act() -> None:
    (event,) = events_of("Tens of thousands of Iraqi Shiites marched in Baghdad on Saturday.")
    assert (event["event_type"], event["source_country"]) == ("PROTEST", "IRQ")


@pytest.mark.parametrize(
    "sentence", ["Germany dropped its opposition to the plan.", "Opposition to the war grew in Britain."]
)
def test_opposition_as_a_stance_names_no_actor(table: ActorTable, sentence: str) -> None:
    assert all(mention.sector != "OPP" for mention in find_actors(table, sentence, PUBLISHED))


def test_the_opposition_of_a_country_is_an_actor(table: ActorTable) -> None:
    (opposition,) = find_actors(table, "Kenya's opposition called for protests.", PUBLISHED)
    assert (opposition.country, opposition.sector) == ("KEN", "OPP")


def test_a_participial_phrase_after_the_subject_leaves_it_the_source() -> None:
    (event,) = events_of(
        "Masked Palestinian gunmen belonging to the Al Aqsa Martyrs Brigades kidnapped three foreigners."
    )
    assert (event["event_type"], event["source_country"]) == ("ASSAULT", "PSE")


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Forces loyal to Muammar Gaddafi shelled Misrata.", "LBY"),
        ("Militiamen loyal to President Bashar al-Assad killed villagers.", "SYR"),
    ],
)
def test_forces_loyal_to_a_leader_are_of_his_country(table: ActorTable, sentence: str, country: str) -> None:
    forces = find_actors(table, sentence, dt.date(2011, 6, 1))[0]
    assert (forces.country, forces.kind) == (country, "agent-phrase")


def test_rebels_backed_by_a_state_get_no_country_from_it(table: ActorTable) -> None:
    rebels = find_actors(table, "Rebels backed by Rwanda seized Goma.", dt.date(2012, 11, 20))[0]
    assert rebels.country is None
    (event,) = events_of("Rebels backed by Rwanda seized the eastern Congolese city of Goma on Tuesday.")
    assert (event["source_country"], event["target_country"]) == (None, "COD")


def test_government_troops_take_the_country_they_act_in() -> None:
    (event,) = events_of("In Sri Lanka, government troops shelled Tamil Tiger positions on Wednesday.")
    assert event["source_country"] == "LKA"


def test_regime_forces_with_no_place_get_no_country() -> None:
    (event,) = events_of("Regime forces shelled the rebel-held districts on Friday.")
    assert event["source_country"] is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israeli troops that entered Gaza killed two Palestinian militants.", {("ASSAULT", "ISR", "PSE")}),
        (
            "Israeli officials who met Egyptian envoys in Cairo accused Hamas of breaking the truce.",
            {("CONSULT", "ISR", "EGY"), ("ACCUSE", "ISR", "PSE")},
        ),
        ("Egypt told Israel that militants fired rockets at Sderot.", {("ASSAULT", None, None)}),
    ],
)
def test_an_actor_inside_a_restrictive_relative_clause_is_not_the_subject(
    sentence: str, expected: set[tuple[str, str | None, str | None]]
) -> None:
    got = {(e["event_type"], e["source_country"], e["target_country"]) for e in events_of(sentence)}
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Egyptian soldiers guarding the border with Gaza shot dead a Palestinian man on Saturday.", "EGY"),
        ("Riot police protecting the Israeli embassy in Cairo fired tear gas at the crowd on Friday.", "EGY"),
    ],
)
def test_the_object_of_a_participle_after_the_subject_is_not_the_source(sentence: str, country: str) -> None:
    (event,) = events_of(sentence)
    assert event["source_country"] == country


def test_a_reporter_is_not_the_patient_of_a_reported_passive() -> None:
    (event,) = events_of("Palestinian officials said two boys were killed by Israeli fire in Gaza on Saturday.")
    assert (event["source_country"], event["target_country"]) == ("ISR", None)


def test_a_by_agent_past_an_ethnic_qualifier_acts() -> None:
    (event,) = events_of("Twelve Turkish soldiers were killed by Kurdish rebels near the Iraqi border on Sunday.")
    assert (event["event_type"], event["source_country"], event["target_country"]) == ("ASSAULT", None, "TUR")
