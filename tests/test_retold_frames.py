from __future__ import annotations

import pytest

from tests.sentence_events import trigger_with


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        (
            "Vietnam marked the 50th anniversary of the My Lai massacre by American troops.",
            "massacre",
            "retold:anniversary",
        ),
        ("A Belgian court heard testimony from survivors of the Brussels attacks.", "attack", "retold:survivors"),
        ("Japan marked 75 years since the United States dropped an atomic bomb on Hiroshima.", "drop", "retold:since"),
        ("A Spanish court convicted the men who carried out the Madrid train bombings.", "carried", "retold:who"),
        ("Putin said Russia had no plans to annex Crimea.", "annex", "retold:plans"),
        ("Russia said any missiles fired at Syria would be shot down.", "fired", "retold:any"),
        ("A British inquiry found that soldiers had killed unarmed civilians.", "killed", "retold:found"),
        (
            "There was no independent confirmation of reports that American jets had bombed a mosque.",
            "bombed",
            "retold:confirmation",
        ),
        ("Egypt mourned the 58 tourists shot dead by militants in Luxor.", "shot", "retold:mourned"),
        ("Families of those killed when troops stormed the school held a vigil.", "storm", "retold:families"),
        ("South Korea warned that North Korea could launch a missile at any time.", "warn", "predicted:north"),
        ("The enclave, which Turkey has threatened to attack for months, voted.", "threaten", "habitual:for months"),
    ],
)
def test_frames_make_the_act_hypothetical(sentence: str, words: str, cue: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.polarity == "hypothetical"
    assert cue in trigger.cue


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Russian aircraft bombed a maternity hospital in Mariupol.", "bombed"),
        ("The United States warned that it could strike Iraq without U.N. approval.", "warn"),
        ("Hamas has fired more than 200 rockets at Israel since Tuesday.", "fired"),
        ("Hundreds mourned in Deraa as Syrian troops fired on a funeral procession.", "fired"),
        ("Israeli jets struck Iranian targets in Syria on Saturday.", "struck"),
        ("Survivors of the attack accused the army of failing to protect them.", "accused"),
        ("Families of the hostages staged a protest outside parliament on Monday.", "protest"),
    ],
)
def test_plain_reports_stay_asserted(sentence: str, words: str) -> None:
    assert trigger_with(sentence, words).polarity == "asserted"
