from __future__ import annotations

import pytest

from eventlake.typing_rules import find_triggers
from tests.sentence_events import trigger_with


def asserted_types(sentence: str) -> set[str]:
    return {trigger.event_type for trigger in find_triggers(sentence) if trigger.polarity == "asserted"}


@pytest.mark.parametrize(
    ("sentence", "participle"),
    [
        ("Athens demanded that Ankara free two Greek fishermen detained off the Aegean coast.", "detained"),
        ("Washington urged Israel to release Palestinians detained without trial.", "detained"),
        ("Egypt will release Islamist prisoners jailed since 1995.", "jailed"),
    ],
)
def test_participle_after_object_of_base_verb_is_a_reference(sentence: str, participle: str) -> None:
    trigger = trigger_with(sentence, participle)
    assert "reduced-relative:object" in trigger.cue
    assert trigger.confidence < 0.5


@pytest.mark.parametrize(
    "sentence",
    [
        "Chinese riot police fired tear gas at student protesters in Chengdu.",
        "Cuban state security agents arrested 75 dissidents in a sweeping crackdown.",
        "French rail workers walked off the job in a strike over pensions.",
    ],
)
def test_noun_modifier_is_not_a_base_verb_before_the_subject(sentence: str) -> None:
    assert all("reduced-relative" not in trigger.cue for trigger in find_triggers(sentence))
    assert asserted_types(sentence)


def test_possible_named_attack_is_a_noun() -> None:
    sentence = "Israel placed its air defences on alert ahead of a possible U.S. attack on Iraq."
    assert "ASSAULT" not in asserted_types(sentence)
    assert "MOBILIZE" in asserted_types(sentence)


def test_hyphen_inside_the_pattern_joins_a_compound_verb() -> None:
    assert asserted_types("Sri Lankan soldiers machine-gunned Tamil civilians.") == {"ASSAULT"}
    assert not asserted_types("Police found a machine-gun and ammunition in the car.")


def test_participle_after_sanction_object_is_what_the_object_did() -> None:
    sentence = "The United States blacklisted foreign firms investing in the oil industries of Iran and Libya."
    investing = trigger_with(sentence, "investing")
    assert "participle:object" in investing.cue
    assert investing.confidence < 0.5
