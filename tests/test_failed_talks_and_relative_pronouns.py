from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_events import dyads, extracted, trigger_with

DAY = dt.date(2000, 1, 10)


@pytest.mark.parametrize(
    ("sentence", "noun", "cue"),
    [
        ("Talks between Israel and Syria collapsed on Monday.", "Talks", "failed:collapsed"),
        ("The talks between Israel and Syria have broken down.", "talks", "failed:broken down"),
        ("Talks between Cyprus and Turkey remain deadlocked.", "Talks", "failed:deadlocked"),
        ("The deal between Iran and the United States fell through.", "deal", "failed:fell through"),
        (
            "Negotiations between Iran and the IAEA have reached an impasse.",
            "Negotiations",
            "failed:reached an impasse",
        ),
    ],
)
def test_talks_or_a_deal_that_fail_are_no_meeting_and_no_agreement(sentence: str, noun: str, cue: str) -> None:
    trigger = trigger_with(sentence, noun)
    assert trigger.polarity == "failed"
    assert cue in trigger.cue


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Israel and Syria ended in Geneva on Monday.",
        "Talks between Israel and Syria resumed on Monday.",
    ],
)
def test_talks_that_end_or_resume_took_place(sentence: str) -> None:
    assert dyads(sentence, DAY) == [("CONSULT", "ISR", "SYR")]


def test_a_failure_after_a_time_conjunction_belongs_to_the_later_clause() -> None:
    agreement = trigger_with("A deal between Russia and Ukraine after talks collapsed in May brought calm.", "deal")
    assert agreement.polarity == "asserted"


def test_an_agreement_after_without_was_not_reached() -> None:
    assert trigger_with("Israel and Syria ended their talks without an agreement.", "agreement").polarity == "negated"
    assert dyads("Israel and Syria ended their talks without an agreement.", DAY) == []


def test_the_parties_to_mediation_are_not_its_mediator() -> None:
    result = extracted("Efforts to broker a ceasefire between Israel and Hezbollah failed on Sunday.", DAY)
    assert result.events == []
    assert [row["reason"] for row in result.uncoded] == ["no_actor_role"]
    assert dyads("Egypt brokered a ceasefire between Israel and Hamas on Sunday.", DAY) == [("CONSULT", "EGY", "ISR")]


def test_a_pronoun_after_the_plural_noun_a_source_qualifies_opens_a_relative_clause() -> None:
    sentence = "Rebels in Sierra Leone freed 50 U.N. peacekeepers they had held hostage for two weeks."
    assert dyads(sentence, DAY) == [("RETREAT", "SLE", None)]


@pytest.mark.parametrize(
    "sentence", ["Hamas said they had attacked Israeli troops.", "Hamas says they have attacked Israeli troops."]
)
def test_a_pronoun_after_a_saying_verb_is_the_speaker(sentence: str) -> None:
    assert dyads(sentence, DAY) == [("ASSAULT", "PSE", "ISR")]


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        ("The EU stopped short of imposing sanctions on Turkey.", "imposing", "held-back:short of"),
        ("Israel refrained from attacking Hezbollah positions.", "attacking", "held-back:refrained from"),
        ("Washington held off on imposing sanctions on Riyadh.", "imposing", "held-back:off on"),
        ("Hezbollah avoided attacking Israeli civilians.", "attacking", "avoided:avoided"),
        ("Egypt and Ethiopia have held no talks on the dam.", "held", "object:no"),
    ],
)
def test_an_act_held_back_from_or_denied_its_object_was_not_done(sentence: str, words: str, cue: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.polarity == "negated"
    assert cue in trigger.cue


@pytest.mark.parametrize(
    "sentence",
    ["Japan gave no-strings aid to Sri Lanka on Monday.", "Rebels killed no fewer than 20 soldiers near Goma."],
)
def test_no_as_part_of_a_compound_or_an_amount_denies_nothing(sentence: str) -> None:
    assert len(dyads(sentence, DAY)) == 1


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        ("Belarus is unlikely to send troops into Ukraine.", "send troops", "forecast:unlikely to"),
        ("Russia is likely to attack Kyiv again.", "attack", "forecast:likely to"),
        ("France abandoned plans to send troops to Niger.", "send troops", "abandoned:abandoned plans"),
        ("Turkey has backed away from plans to buy Russian jets.", "buy", "abandoned:backed away plans"),
    ],
)
def test_a_forecast_or_a_plan_given_up_is_no_plan(sentence: str, words: str, cue: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.polarity, trigger.status) == ("hypothetical", "occurred")
    assert cue in trigger.cue


def test_plans_announced_stay_plans() -> None:
    assert trigger_with("France announced plans to send troops to Niger.", "send troops").status == "planned"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Syria's war has killed more than 350,000 people since 2011.", []),
        ("Yemen's civil war has killed tens of thousands of people.", []),
        ("Syria's army killed 20 rebels near Idlib on Monday.", [("ASSAULT", "SYR", "SYR")]),
    ],
)
def test_a_state_a_war_is_named_after_does_not_fight_it(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(sentence, DAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks between Israel and the Palestinians on the stalled peace process resumed on Monday.",
        "Negotiations between Iran and the IAEA ended the deadlock.",
        "The deal between Iran and the powers failed to address missile programs.",
    ],
)
def test_a_failure_word_that_is_not_the_predicate_of_the_talks_leaves_them_asserted(sentence: str) -> None:
    noun = next(word for word in ("Talks", "Negotiations", "deal") if word in sentence)
    assert trigger_with(sentence, noun).polarity == "asserted"


def test_a_war_a_state_wages_abroad_keeps_the_state_as_its_source() -> None:
    sentence = "Russia's war has killed tens of thousands of Ukrainian civilians."
    assert dyads(sentence, dt.date(2023, 5, 10)) == [("ASSAULT", "RUS", "UKR")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hamas acknowledges they had attacked Israeli troops.", ("ASSAULT", "PSE", "ISR")),
        ("Ukraine estimates they have killed 500 Russian soldiers.", ("ASSAULT", "UKR", "RUS")),
    ],
)
def test_a_verb_before_a_pronoun_subject_is_no_noun_of_a_relative_clause(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert dyads(sentence, DAY) == [expected]
