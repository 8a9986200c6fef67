from __future__ import annotations

import pytest

from eventlake.typing_rules import Trigger, find_triggers
from tests.sentence_events import trigger_with


def triggers_of(sentence: str, event_type: str) -> list[Trigger]:
    return [trigger for trigger in find_triggers(sentence) if trigger.event_type == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm sank a ferry off the Philippines, killing 200.",
        "Hurricane Mitch devastated Honduras and Nicaragua, killing more than 9,000 people.",
        "An Air France Concorde crashed into a hotel near Paris, killing 113 people.",
        "An explosion at a Russian hydroelectric plant killed 75 workers.",
        "Bird flu hit Turkey and Romania, threatening Europe.",
    ],
)
def test_harm_done_by_nature_or_accident_is_no_act(sentence: str) -> None:
    harm = [t for t in find_triggers(sentence) if t.event_type in {"ASSAULT", "COERCE", "THREATEN"}]
    assert all(t.confidence < 0.5 for t in harm), harm


@pytest.mark.parametrize(
    "sentence",
    [
        "Israeli jets bombed the Lebanese village of Qana, killing 28 people.",
        "Russian troops attacked the village after the storm, killing ten rebels.",
        "A NATO missile struck the Serbian village of Korisa, killing 87 refugees.",
    ],
)
def test_attacks_with_a_closing_toll_stay(sentence: str) -> None:
    assert triggers_of(sentence, "ASSAULT")


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel released the names of the soldiers killed in Lebanon.",
        "Britain's Ministry of Defence named the soldier killed in Helmand.",
    ],
)
def test_participle_after_an_object_noun_is_passive(sentence: str) -> None:
    [killed] = triggers_of(sentence, "ASSAULT")
    assert killed.passive
    assert "reduced-relative" in killed.cue


def test_participle_after_a_subject_or_a_report_is_not_passive() -> None:
    [rioted] = triggers_of("Supporters of opposition leader Raila Odinga rioted in Kisumu on Wednesday.", "PROTEST")
    assert not rioted.passive


def test_gerund_after_the_object_of_force_is_what_the_object_did() -> None:
    sentence = "Turkish police detained dozens of Kurds marching to the border."
    [detained] = triggers_of(sentence, "COERCE")
    [marching] = triggers_of(sentence, "PROTEST")
    assert "participle:object" not in detained.cue
    assert "participle:object" in marching.cue
    assert marching.confidence < 0.5


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Veterans gathered in Hawaii to remember the day Japan attacked Pearl Harbor.", "remembered:day"),
        ("Poland mourned the officers that Soviet forces massacred at Katyn.", "remembered:that"),
        ("The film shows Japanese bombers attacking Pearl Harbor.", "depicted:film"),
    ],
)
def test_history_remembered_or_shown_is_not_news(sentence: str, cue: str) -> None:
    [attack] = triggers_of(sentence, "ASSAULT")
    assert attack.polarity == "hypothetical"
    assert cue in attack.cue


@pytest.mark.parametrize(
    "sentence",
    [
        "The Iraqi health ministry released the number of civilians killed in February.",
        "The Thai government released a list of foreigners missing after the tsunami.",
    ],
)
def test_a_record_of_people_released_is_no_release_of_people(sentence: str) -> None:
    assert not triggers_of(sentence, "RETREAT")


def test_a_number_of_prisoners_released_is_a_release() -> None:
    assert triggers_of("Israel released a number of Palestinian prisoners on Sunday.", "RETREAT")


def test_a_name_after_a_determiner_modifies_the_noun_after_it() -> None:
    sentence = "French police published photos of two brothers wanted over the Charlie Hebdo attack."
    assert not [t for t in triggers_of(sentence, "ASSAULT") if "form:base" in t.cue]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Biden warned Xi against providing military aid to Russia.", "providing military aid"),
        ("Parliament voted against sending troops to Iraq.", "sending troops"),
        ("The United States warned Iran against attacking its ships.", "attacking"),
    ],
)
def test_an_act_after_against_is_what_is_opposed(sentence: str, words: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.polarity, trigger.cue.split("; ")[-1]) == ("hypothetical", "opposed:against")
