"""'The Serbian capital' as a place, the unlisted name of a post's holder between the post and its verb, the pronoun
subject of a relative clause after a two-word noun, and acts that are not done: anyone's at all, wanted of another,
or ceasing."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlake.actors import load_actor_table
from eventlake.typing_rules import find_triggers
from eventlake.where import Gazetteer, event_location, find_places, load_gazetteer, national_capitals
from tests.sentence_events import event_keys, events_of, trigger_with

PUBLISHED = dt.date(2000, 1, 10)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="module")
def state_adjectives() -> dict[str, str]:
    return dict(load_actor_table().state_adjectives)


def test_nationalities_map_adjectives_to_their_state(state_adjectives: dict[str, str]) -> None:
    assert state_adjectives["serbian"] == "SRB"
    assert state_adjectives["south korean"] == "KOR"
    assert state_adjectives["bangladeshi"] == "BGD"
    assert state_adjectives["french"] == "FRA"
    assert not {"chechen", "welsh", "okinawan", "south vietnamese", "bosnian serb"} & set(state_adjectives)


@pytest.mark.parametrize(
    ("text", "span", "name", "feature"),
    [
        ("Students rallied in the Serbian capital on Monday.", "Serbian capital", "Belgrade", "city"),
        ("Riot police fired tear gas in the South Korean capital.", "South Korean capital", "Seoul", "city"),
        ("Protesters marched in the Nigerian capital.", "Nigerian capital", "Nigeria", "country"),
        ("Police arrested 20 protesters in the German capital.", "German capital", "Germany", "country"),
    ],
)
def test_national_capital_is_the_capital_or_the_state_whose_capital_moved(
    gazetteer: Gazetteer, state_adjectives: dict[str, str], text: str, span: str, name: str, feature: str
) -> None:
    (mention,) = national_capitals(gazetteer, text, state_adjectives)
    assert (mention.text, mention.name, mention.feature) == (span, name, feature)
    assert mention.note is not None and "capital" in mention.note


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 20 protesters in the Iraqi capital Baghdad.",
        "Police arrested 20 protesters in the Iraqi capital, Baghdad.",
        "The Syrian capital of culture hosted a rally.",
        "Police arrested 20 protesters in the capital.",
        "Police arrested 20 protesters in the Martian capital.",
        "Police arrested 20 protesters in the Chechen capital.",
        "Police arrested 20 protesters in the Welsh capital.",
        "Police arrested 20 protesters in the South Vietnamese capital.",
        "Police arrested 20 protesters in the Bosnian Serb capital.",
    ],
)
def test_no_national_capital_when_named_qualified_or_unknown(
    gazetteer: Gazetteer, state_adjectives: dict[str, str], text: str
) -> None:
    assert national_capitals(gazetteer, text, state_adjectives) == []


def test_capital_named_after_its_type_is_the_event_place(gazetteer: Gazetteer) -> None:
    sentence = "Police arrested 20 protesters in the Iraqi capital Baghdad on Monday."
    start = sentence.index("arrested")
    place = event_location(find_places(gazetteer, sentence), start, start + len("arrested"), sentence)
    assert place is not None and place.name == "Baghdad"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 20 protesters in the capital, Moscow officials said.",
        "Gunmen killed five people in the town, Damascus said.",
        "Protesters marched in the town Turkey shelled last year.",
    ],
)
def test_name_after_a_place_type_and_a_comma_or_a_country_is_not_the_place(gazetteer: Gazetteer, sentence: str) -> None:
    verb = next(word for word in ("arrested", "killed", "marched") if word in sentence)
    start = sentence.index(verb)
    assert event_location(find_places(gazetteer, sentence), start, start + len(verb), sentence) is None


def test_crowd_in_a_national_capital_is_of_that_state() -> None:
    (event,) = events_of("Opposition activists staged a general strike in the Bangladeshi capital.", PUBLISHED)
    assert (event["source_country"], event["location_name"]) == ("BGD", "Dhaka")


@pytest.mark.parametrize(
    "sentence",
    [
        "Iraq's ambassador to the United Nations, Nizar Hamdoon, accused the United States of genocide.",
        "The Iraqi envoy to France, Abdul Amir al-Anbari, has accused the United States of genocide.",
        "The Iraqi envoy to France accused the United States of genocide.",
    ],
)
def test_post_before_its_holders_unlisted_name_acts(sentence: str) -> None:
    assert event_keys(sentence, PUBLISHED) == ["ACCUSE:IRQ>USA"]


def test_two_word_noun_before_relative_pronoun_is_acted_on() -> None:
    sentence = "Somali gunmen freed two Italian aid workers they had kidnapped last week."
    assert event_keys(sentence, PUBLISHED) == ["RETREAT:SOM>ITA"]


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        (
            "Iran vowed to retaliate against anyone who attacked its oil installations.",
            "attacked",
            "generic:anyone who",
        ),
        ("Whoever attacked the embassy will be punished.", "attacked", "generic:whoever"),
        ("Any country that imposes sanctions will pay.", "sanctions", "generic:any country that"),
        ("Those who have attacked civilians must be tried.", "attacked", "generic:those who"),
        ("Washington wants Beijing to release the dissidents.", "release", "desire:wants to"),
        ("Israel expects Hamas to free the soldiers.", "free", "desire:expects to"),
        ("Syria stopped backing Hezbollah.", "backing", "ceased:stopped"),
        ("Israel urged Syria to stop backing Hezbollah.", "backing", "ceased:stop"),
        ("The United States has long accused Iran of arming the Houthis.", "accused", "habitual:has long"),
        ("Russia has long been accused of meddling.", "accused", "habitual:has long"),
        ("Putin has often threatened the West.", "threatened", "habitual:has often"),
    ],
)
def test_act_of_anyone_wanted_or_ceasing_is_hypothetical(sentence: str, words: str, cue: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.polarity == "hypothetical"
    assert cue in trigger.cue


def test_act_of_a_named_relative_head_stays_asserted() -> None:
    trigger = trigger_with("Israel attacked Lebanon, which had fired rockets at Israel.", "fired")
    assert trigger.polarity == "asserted"


def test_headline_infinitive_stays_a_plan() -> None:
    (trigger,) = find_triggers("Erdogan to meet Putin in Sochi.")
    assert (trigger.polarity, trigger.status) == ("asserted", "planned")


@pytest.mark.parametrize(
    ("day", "name", "actor", "country"),
    [
        ("2026-01-12", "Zelenskiy", "Volodymyr Zelensky", "UKR"),
        ("2026-01-12", "Chancellor Merz", "Friedrich Merz", "DEU"),
        ("2026-01-12", "Naim Qassem", "Naim Qassem", "LBN"),
        ("2025-06-01", "Antonio Costa", "Antonio Costa", None),
        ("2022-01-12", "Antonio Costa", "Antonio Costa", "PRT"),
    ],
)
def test_office_holders_of_2024_and_2025_resolve_on_the_day(
    day: str, name: str, actor: str, country: str | None
) -> None:
    (event,) = events_of(f"{name} criticized Belgium.", dt.date.fromisoformat(day))
    assert (event["source_actor"], event["source_country"]) == (actor, country)


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Agents of China's security ministry arrested two dissidents.", "COERCE:CHN>"),
        ("Elders of the Taliban movement urged a ceasefire.", "REQUEST:AFG>"),
        ("Deputies of the Serbian parliament rejected the plan.", "REJECT:SRB>"),
    ],
)
def test_members_named_before_their_actor_act_for_it(sentence: str, key: str) -> None:
    assert event_keys(sentence, PUBLISHED) == [key]


def test_leaving_an_international_body_is_a_sanction() -> None:
    (event,) = events_of("The United States withdrew from UNESCO.", PUBLISHED)
    assert (event["event_type"], event["cameo_code"], event["target_actor"]) == ("SANCTION", "160", "Unesco")


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Government-backed militias raided villages in Darfur.", "ASSAULT"),
        ("Pakistani police raided a militant hideout in Karachi.", "COERCE"),
    ],
)
def test_raid_by_an_armed_group_is_an_attack(sentence: str, event_type: str) -> None:
    (event,) = events_of(sentence, PUBLISHED)
    assert event["event_type"] == event_type
