from __future__ import annotations

import datetime as dt

import pytest

from eventlake.actors import find_actors
from eventlake.extraction import _participants, bare_political_source, default_resources
from eventlake.where import find_places
from tests.sentence_events import event_keys, events_of

PUBLISHED = dt.date(2001, 5, 10)


def bare_source_of(sentence: str, verb: str) -> tuple[str | None, str | None] | None:
    resources = default_resources()
    places = find_places(resources.gazetteer, sentence)
    triggers = resources.triggers.find(sentence)
    actors = _participants(find_actors(resources.actors, sentence, PUBLISHED), places, sentence, triggers)
    trigger = next(t for t in triggers if verb in t.text)
    source = bare_political_source(trigger, triggers, actors, places, sentence, 0, resources.actors.country_names)
    return None if source is None else (source.surface, source.country)


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("The government rejected the rebels' demands.", "rejected", ("government", None)),
        ("The authorities expelled two foreign journalists.", "expelled", ("authorities", None)),
        ("The junta threatened to dissolve the opposition party.", "threatened", ("junta", None)),
        ("The government held talks with the United States.", "held talks", ("government", None)),
        ("Opposition leaders demanded the president's resignation.", "demanded", ("Opposition leaders", None)),
        ("Thousands of protesters marched on the US embassy.", "marched on", ("protesters", None)),
        ("Protesters occupied the main square for a second week.", "occupied", ("Protesters", None)),
        ("In Sri Lanka, the government rejected the rebels' demands.", "rejected", ("government", "LKA")),
    ],
)
def test_a_bare_political_word_opening_the_sentence_is_the_source(
    sentence: str, verb: str, expected: tuple[str, str | None]
) -> None:
    assert bare_source_of(sentence, verb) == expected


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The club president accused the referee of bias.", "accused"),
        ("The president of the company accused Brazil of dumping steel.", "accused"),
        ("The health authorities banned the sale of Belgian chickens.", "banned"),
        ("The government threatened to cut pensions if the reform failed.", "threatened"),
        ("The government urged residents to boil drinking water.", "urged"),
        ("The authorities arrested two inmates who had escaped from the prison.", "arrested"),
        ("The authorities arrested the mayor on corruption charges.", "arrested"),
        ("The president hit out at the media over its coverage of the scandal.", "hit out"),
        ("The opposition attacked the government's economic record.", "attacked"),
        ("The opposition boycotted the presidential inauguration.", "boycotted"),
        ("Thousands of fans rallied in the square to cheer the team.", "rallied"),
        ("Protesters clashed with riot police.", "clashed"),
        ("Police said the authorities had arrested two suspects.", "arrested"),
    ],
)
def test_a_bare_word_that_may_not_mean_a_political_actor_gives_none(sentence: str, verb: str) -> None:
    assert bare_source_of(sentence, verb) is None


def test_the_event_keeps_a_null_source_country_and_the_named_target() -> None:
    assert event_keys("The government accused Pakistan of arming Sikh militants.", PUBLISHED) == ["ACCUSE:>PAK"]
    (event,) = events_of("The authorities expelled two foreign journalists.", PUBLISHED)
    assert (event["event_type"], event["source_actor"], event["source_country"]) == ("COERCE", "government", None)


def test_only_a_setting_that_opens_the_sentence_gives_the_country() -> None:
    assert event_keys("In India, the government accused Pakistan of arming Sikh militants.", PUBLISHED) == [
        "ACCUSE:IND>PAK"
    ]
    assert event_keys("The government accused Pakistan of arming militants in Kashmir.", PUBLISHED) == ["ACCUSE:>PAK"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government expelled the Israeli ambassador.", ["SANCTION:>ISR"]),
        ("The government condemned the American air raids on Tripoli.", ["ACCUSE:>USA"]),
        ("The government demanded that Afghanistan hand over the suspects.", ["REQUEST:>AFG"]),
        ("The government signed a contract with a Russian firm to build a dam.", []),
        ("The government urged British tourists to avoid the area.", []),
        ("The prime minister accused the Australian cricket team of cheating.", []),
    ],
)
def test_a_named_country_makes_the_act_political_only_through_a_state_party(sentence: str, expected: list[str]) -> None:
    assert event_keys(sentence, PUBLISHED) == expected


def test_a_threat_with_no_target_is_judged_by_the_act_threatened() -> None:
    assert event_keys("The junta threatened to dissolve the opposition party.", PUBLISHED) == ["THREATEN:>"]
    assert event_keys("The government threatened to declare a state of emergency.", PUBLISHED) == ["THREATEN:>"]
    assert event_keys("The government threatened to cut pensions if the reform failed.", PUBLISHED) == []
