from __future__ import annotations

import pytest

from eventlake.extraction import target_prepositions
from eventlake.typing_rules import (
    CONDITIONAL_THREAT_CUE,
    Trigger,
    conditional_threat_code,
    find_triggers,
    load_cameo_plover,
)


def triggers_of(sentence: str, event_type: str) -> list[Trigger]:
    return [trigger for trigger in find_triggers(sentence) if trigger.event_type == event_type]


@pytest.mark.parametrize(
    ("cameo_code", "event_type", "threat_code"),
    [
        ("161", "SANCTION", "1313"),
        ("1622", "SANCTION", "1311"),
        ("163", "SANCTION", "1312"),
        ("164", "SANCTION", "134"),
        ("165", "SANCTION", "135"),
        ("1661", "SANCTION", "136"),
        ("160", "SANCTION", "131"),
        ("191", "COERCE", "1381"),
        ("192", "COERCE", "1382"),
        ("1723", "COERCE", "1323"),
        ("173", "COERCE", "130"),
        ("190", "ASSAULT", "138"),
        ("204", "ASSAULT", "1385"),
        ("2041", "ASSAULT", "1385"),
        ("202", "ASSAULT", "138"),
        ("175", "ASSAULT", "137"),
        ("143", "PROTEST", None),
        ("085", "RETREAT", None),
        ("036", "AGREE", None),
    ],
)
def test_conditional_threat_code(cameo_code: str, event_type: str, threat_code: str | None) -> None:
    assert conditional_threat_code(cameo_code, event_type) == threat_code


def test_every_threat_code_is_a_threat_in_the_cameo_table() -> None:
    table = load_cameo_plover()
    for code, row in table.items():
        threat = conditional_threat_code(code, row.plover_type)
        if threat is not None:
            assert table[threat].plover_type == "THREATEN", (code, threat)


def test_sanction_announced_under_a_condition_is_a_threat() -> None:
    sentence = "Washington said it would freeze Iraq's assets unless Baghdad withdrew from Kuwait."
    [threat] = triggers_of(sentence, "THREATEN")
    assert threat.cameo_code == "1312"
    assert (threat.status, threat.tense, threat.polarity) == ("occurred", "past", "asserted")
    assert CONDITIONAL_THREAT_CUE in threat.cue
    assert threat.by_state is None
    assert not triggers_of(sentence, "SANCTION")


def test_force_announced_under_a_condition_is_a_threat_of_force() -> None:
    [threat] = triggers_of("The United States said it would bomb Iraq if Baghdad blocked the inspectors.", "THREATEN")
    assert threat.cameo_code.startswith("138")


def test_unconditional_announcement_stays_a_planned_sanction() -> None:
    [sanction] = triggers_of("Officials said Britain would impose new sanctions on Syria.", "SANCTION")
    assert sanction.status == "planned"
    assert CONDITIONAL_THREAT_CUE not in sanction.cue


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts believe Washington would impose new sanctions if the talks failed.",
        "Officials said the United Nations would lift sanctions on Libya if it handed over the suspects.",
        "Iran will resume enrichment if Europe fails to protect it from U.S. sanctions.",
        "Analysts said the United States would impose sanctions on Iran if the talks failed.",
        "Iran said the United States would attack it if the talks collapsed.",
    ],
)
def test_no_threat_from_views_concessions_or_unreported_plans(sentence: str) -> None:
    assert not any(CONDITIONAL_THREAT_CUE in trigger.cue for trigger in find_triggers(sentence))


def test_conditional_threat_takes_the_target_prepositions_of_the_act() -> None:
    sentence = "Washington said it would tighten the embargo on Serbia unless the Bosnian Serbs signed the plan."
    [threat] = triggers_of(sentence, "THREATEN")
    assert "on" in target_prepositions(threat)


@pytest.mark.parametrize(
    ("sentence", "event_type", "cameo_code"),
    [
        ("Israel said it reserved the right to retaliate against Lebanon.", "THREATEN", "130"),
        ("North Korea said it was ready to go to war with the United States.", "THREATEN", "138"),
        ("NATO warned Serbia of a swift and harsh response to any provocation.", "THREATEN", "130"),
        ("NATO sent a final warning to Yugoslav President Slobodan Milosevic.", "THREATEN", "130"),
        ("Britain ordered 23 Russian diplomats out of the country.", "SANCTION", "161"),
        ("China ordered the closure of the U.S. consulate in Chengdu.", "SANCTION", "161"),
        ("Israel put the peace process on hold.", "SANCTION", "164"),
        ("Russia halted the delivery of S-300 missiles to Iran.", "SANCTION", "163"),
        ("The United States hit Russia with new sanctions on Wednesday.", "SANCTION", "163"),
    ],
)
def test_new_threat_and_sanction_patterns(sentence: str, event_type: str, cameo_code: str) -> None:
    assert [trigger.cameo_code for trigger in triggers_of(sentence, event_type)] == [cameo_code]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States ordered its diplomats out of Sudan as fighting spread.",
        "Officials warned that the storm would hit the coast on Friday.",
        "The union vowed to strike until its demands were met.",
        "The bank strengthened its sanctions compliance team.",
        "The mayor vowed total war on drugs in the city.",
    ],
)
def test_other_senses_give_no_threat_or_sanction(sentence: str) -> None:
    assert not [t for t in find_triggers(sentence) if t.event_type in {"THREATEN", "SANCTION"} and t.confidence >= 0.5]
