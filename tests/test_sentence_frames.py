from __future__ import annotations

import datetime as dt

import pytest

from eventlake.actors import ActorMention, find_actors
from eventlake.extraction import (
    Roles,
    assign_roles,
    cause_phrase_roles,
    contact_relative_verb,
    default_resources,
    plan_told_by_other,
    subordinate_clause_roles,
    told_reporter,
)
from eventlake.typing_rules import find_triggers
from tests.sentence_events import event_keys, extracted, trigger_with

PUBLISHED = dt.date(2000, 1, 1)


def mentions_in(sentence: str) -> list[ActorMention]:
    resources = default_resources()
    return [resources.offices.resolve(m, PUBLISHED) for m in find_actors(resources.actors, sentence, PUBLISHED)]


def keys(sentence: str, published: dt.date = PUBLISHED) -> list[str]:
    return event_keys(sentence, published)


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        ("Saudi Arabia cut diplomatic ties with Qatar, accusing it of supporting terrorism.", "accus", "reason-of"),
        ("Georgia, accusing Russia of annexing its territory, cut diplomatic ties with Moscow.", "accus", "reason-of"),
        (
            "Britain recalled its ambassador from Iraq in protest at the hanging of a journalist.",
            "protest",
            "reason-of",
        ),
        ("Analysts said Iran could retaliate by cutting oil exports.", "cutting", "means-of:could"),
        (
            "Two years after Israel withdrew from southern Lebanon, Hezbollah still holds the border.",
            "withdr",
            "retold",
        ),
        ("Backed by Russian air power, Syrian troops recaptured Palmyra.", "Backed", "opening-participle:backed"),
        (
            "Protesting against Sharon's visit, Palestinian youths hurled stones at police.",
            "Protesting",
            "opening-participle:protesting",
        ),
    ],
)
def test_frames_around_the_main_act_are_not_acts_of_their_own(sentence: str, words: str, cue: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.polarity == "hypothetical"
    assert cue in trigger.cue


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Britain's foreign secretary spoke to reporters on Monday, accusing Iran of arming the rebels.", "accus"),
        ("Iran retaliated by cutting oil exports to Britain.", "cutting"),
        ("Two days after Israel withdrew from Jenin, the army returned.", "withdr"),
        ("Following Hamas rocket attacks on Israeli towns, Israel suspended aid to the Palestinians.", "attacks"),
        ("Armed militants attacked the U.S. consulate in Benghazi, Libyan officials said.", "attacked"),
    ],
)
def test_close_positives_stay_asserted(sentence: str, words: str) -> None:
    assert trigger_with(sentence, words).polarity == "asserted"


def test_in_protest_is_never_the_object_of_a_verb_pattern() -> None:
    sentence = "Canada suspended Aeroflot flights in protest at the Soviet downing of a Korean airliner."
    assert next(t.event_type for t in find_triggers(sentence)) == "SANCTION"
    assert "CONCEDE" not in [t.event_type for t in find_triggers(sentence)]
    assert [t.event_type for t in find_triggers("Solidarity suspended the protest in Gdansk.")] == ["CONCEDE"]


def test_ground_seized_in_a_closing_participle_is_part_of_the_invasion() -> None:
    triggers = find_triggers("Iraq invaded Kuwait on Thursday, seizing the emirate's oil fields.")
    assert [t.event_type for t in triggers] == ["ASSAULT"]


def test_parenthetical_participle_leaves_the_opening_actor_the_subject() -> None:
    assert keys("Georgia, accusing Russia of annexing its territory, cut diplomatic ties with Moscow.") == [
        "SANCTION:GEO>RUS"
    ]


def test_cause_phrase_noun_takes_no_actor_of_the_main_clause() -> None:
    sentence = "Spain expelled three Libyan diplomats in retaliation for the attacks on Western targets."
    trigger = next(t for t in find_triggers(sentence) if t.event_type == "ASSAULT")
    roles = assign_roles(trigger, mentions_in(sentence), sentence)
    assert roles.source is not None
    assert cause_phrase_roles(trigger, roles, sentence).source is None
    assert keys(sentence) == ["SANCTION:ESP>LBY"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel suspended aid to the Palestinians after Hamas rocket attacks on Israeli towns.", "ASSAULT:PSE>ISR"),
        ("China sent troops into Beijing on Saturday after declaring martial law.", "COERCE:CHN>"),
    ],
)
def test_an_actor_inside_the_cause_phrase_or_a_shared_subject_still_acts(sentence: str, expected: str) -> None:
    assert expected in keys(sentence)


def test_contact_relative_clause_has_no_source_before_its_pronoun() -> None:
    sentence = "On Thursday, Vietnam released 20 Chinese fishermen it had detained near the Paracel Islands."
    mentions = mentions_in(sentence)
    detained = trigger_with(sentence, "detained")
    assert contact_relative_verb(detained, assign_roles(detained, mentions, sentence), sentence)
    assert keys(sentence, dt.date(2016, 7, 8)) == ["RETREAT:VNM>CHN"]


@pytest.mark.parametrize(
    ("sentence", "told_by_other"),
    [
        ("Iraqi officials said the United States was planning to attack Iraq.", True),
        ("Israeli officials said Hamas was planning new attacks on Israeli cities.", True),
        ("Japan said it would ban all imports from North Korea.", False),
        ("Iraq said it would attack Israel.", False),
    ],
)
def test_plan_told_by_a_speaker_of_another_country(sentence: str, told_by_other: bool) -> None:
    mentions = mentions_in(sentence)
    planned = [t for t in find_triggers(sentence) if t.status == "planned"]
    assert planned
    trigger = planned[0]
    roles = assign_roles(trigger, mentions, sentence)
    assert roles.source is not None
    assert (plan_told_by_other(trigger, roles.source, mentions, sentence) is not None) is told_by_other


def test_count_back_from_publication_dates_an_act_as_history() -> None:
    sentence = "Ten years ago, al Qaeda hijackers attacked New York and Washington, killing nearly 3,000 people."
    result = extracted(sentence, dt.date(2011, 9, 11))
    assert result.events == []
    assert any(row["reason"] == "background" for row in result.uncoded)
    assert keys("Two days ago, Israeli jets bombed Gaza.", dt.date(2011, 9, 11)) == ["ASSAULT:ISR>PSE"]


def test_subordinate_clause_takes_no_subject_from_the_main_clause() -> None:
    sentence = "Chinese police detained dozens of people in Lhasa while monks protested in the streets."
    protested = trigger_with(sentence, "protest")
    people = next(m for m in mentions_in(sentence) if m.surface == "people")
    roles = subordinate_clause_roles(protested, Roles(people, None), sentence)
    assert roles.source is None
    assert keys(sentence) == ["COERCE:CHN>CHN"]
    assert keys("As many as 5,000 Burmese students protested in Rangoon on Friday.") == ["PROTEST:MMR>"]


def test_forces_captured_by_an_armed_group_are_abducted() -> None:
    captured = trigger_with("Two Israeli soldiers were captured by Hezbollah guerrillas.", "captured")
    assert (captured.event_type, captured.cameo_code, captured.passive) == ("ASSAULT", "181", True)
    assert find_triggers("Soldiers were captured by television cameras beating prisoners.") == []


def test_pronoun_after_the_one_told_is_the_speaker() -> None:
    sentence = "Israel told the United Nations it had withdrawn its troops from Lebanon."
    withdrawn = trigger_with(sentence, "withdr")
    speaker = told_reporter(withdrawn, mentions_in(sentence), sentence)
    assert speaker is not None
    assert speaker.country == "ISR"
    assert keys(sentence) == ["RETREAT:ISR>LBN"]
