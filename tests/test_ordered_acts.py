from __future__ import annotations

import datetime as dt

import pytest

from eventlake.typing_rules import find_triggers
from tests.sentence_events import event_keys, trigger_with

PUBLISHED = dt.date(2024, 1, 10)


def keys_of(sentence: str) -> list[str]:
    return sorted(event_keys(sentence, PUBLISHED))


@pytest.mark.parametrize(
    ("sentence", "words", "verb"),
    [
        ("Israel ordered its troops to withdraw from southern Lebanon.", "withdraw", "ordered"),
        ("China ordered police to arrest the leaders of the student movement.", "arrest", "ordered"),
        ("Britain instructed its diplomats to close the embassy in Tripoli.", "close", "instructed"),
        ("The Security Council voted 13-0 to impose a trade embargo on Iraq.", "impose", "voted"),
        ("The U.N. Security Council voted unanimously to impose sanctions on Libya.", "impose", "voted"),
        ("The Polish authorities ordered the detention of Solidarity leaders.", "detention", "ordered"),
        ("The president issued an order to free 200 political prisoners.", "free", "issued"),
        ("Saddam Hussein gave the order to withdraw his troops from Kuwait.", "withdraw", "gave"),
        ("Israel issued orders for the release of 50 Palestinian prisoners.", "release", "issued"),
    ],
)
def test_an_act_an_authority_ordered_is_asserted_and_occurred(sentence: str, words: str, verb: str) -> None:
    trigger = trigger_with(sentence, words)
    assert (trigger.polarity, trigger.status, trigger.tense) == ("asserted", "occurred", "past")
    assert f"ordered:{verb}" in trigger.cue


@pytest.mark.parametrize(
    ("sentence", "words", "cue"),
    [
        ("The general ordered his troops to attack at dawn.", "attack", "unreported-order:assault"),
        (
            "President Obama authorised air strikes against Libyan air defences.",
            "air strikes",
            "unreported-order:assault",
        ),
        ("Teachers voted to go on strike next week.", "strike", "unreported-order:protest"),
        ("Iraqi lawmakers voted to expel American troops.", "expel", "unreported-order:coerce"),
        (
            "Gaddafi ordered his troops to arrest the rebels, but the soldiers refused.",
            "arrest",
            "defied-order:refused",
        ),
        ("Libyan pilots who were ordered to bomb protesters flew to Malta instead.", "bomb", "order:ordered to"),
    ],
)
def test_an_order_does_not_report_an_attack_a_strike_or_a_refused_act(sentence: str, words: str, cue: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.polarity == "hypothetical"
    assert cue in trigger.cue


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington ordered Iraq to withdraw from Kuwait.",
        "A judge ordered police to arrest the defendant after he failed to appear.",
        "The president may order troops to withdraw from the border region.",
        "The army did not order its troops to withdraw from the city.",
        "Police were ordered to arrest the suspects within a week.",
        "The court issued an order to release the prisoner on bail.",
    ],
)
def test_an_order_to_another_state_by_a_court_or_not_given_reports_no_act(sentence: str) -> None:
    assert all(trigger.polarity != "asserted" for trigger in find_triggers(sentence) if trigger.text != "order")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iraqi President Saddam Hussein ordered his troops to withdraw from Kuwait.", ["RETREAT:IRQ>KWT"]),
        ("Myanmar's government ordered prison officials to free 14,600 prisoners.", ["RETREAT:MMR>"]),
        ("South African President F.W. de Klerk ordered the release of Nelson Mandela.", ["RETREAT:ZAF>ZAF"]),
        ("Saudi Arabia ordered the closure of the Al Jazeera bureau in Riyadh.", ["COERCE:SAU>QAT"]),
        ("The U.N. Security Council voted to impose sanctions on Libya.", ["SANCTION:>LBY"]),
        ("Zimbabwe ordered foreign journalists to leave the country.", ["COERCE:ZWE>"]),
        ("The Colombian rebel commander ordered his fighters to free the hostages.", ["RETREAT:COL>"]),
    ],
)
def test_the_orderer_is_the_source_and_the_one_acted_on_the_target(sentence: str, expected: list[str]) -> None:
    assert keys_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vladimir Putin ordered the deployment of Russian troops to Ukraine.", ["MOBILIZE:RUS>"]),
        ("President Kennedy ordered U.S. forces onto a higher alert status.", ["MOBILIZE:USA>"]),
        ("The Pentagon ordered 3,500 paratroopers to Saudi Arabia.", ["MOBILIZE:USA>SAU"]),
    ],
)
def test_forces_a_state_mobilizes_are_its_means_not_its_target(sentence: str, expected: list[str]) -> None:
    assert keys_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The judge ordered the release of the three activists on bail.",
        "The board ordered the release of the quarterly figures on Monday.",
        "Turkey ordered its citizens to leave Libya on Monday.",
        "Spain ordered the closure of all shops and restaurants because of the coronavirus.",
        "The Indian airline ordered 180 Airbus jets on Tuesday.",
        "Israel ordered Palestinian police to arrest Hamas militants.",
        "Washington ordered Iraqi officials to release the detained journalists.",
    ],
)
def test_court_business_and_safety_orders_give_no_event(sentence: str) -> None:
    assert keys_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Israel ordered the blockade of Gaza eased on Sunday.", "blockade"),
        ("The king ordered the arrests of opposition members halted.", "arrests"),
    ],
)
def test_an_order_to_undo_an_act_does_not_report_the_act(sentence: str, words: str) -> None:
    trigger = trigger_with(sentence, words)
    assert trigger.polarity == "hypothetical"
    assert "undone-order:" in trigger.cue
