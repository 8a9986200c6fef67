from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_events import events_of, trigger_with

DAY = dt.date(2000, 1, 10)


def test_a_namesake_of_one_country_acts_for_that_country_without_a_person() -> None:
    (event,) = events_of("President Bush has threatened further action against Russia.", DAY)
    assert (event["event_type"], event["source_actor"], event["source_country"], event["target_country"]) == (
        "THREATEN",
        "President Bush",
        "USA",
        "RUS",
    )


@pytest.mark.parametrize(
    ("sentence", "target_country"),
    [
        ("Israel's release of 200 Palestinian prisoners was welcomed by Egypt.", "ISR"),
        ("Russia's annexation of Crimea was condemned by the European Union.", "RUS"),
    ],
)
def test_a_passive_reaction_to_a_possessors_act_is_aimed_at_the_possessor(sentence: str, target_country: str) -> None:
    (event,) = events_of(sentence, DAY)
    assert event["target_country"] == target_country


def test_a_guess_at_who_the_gunmen_are_neither_doubts_the_act_nor_acts() -> None:
    sentence = "Gunmen thought to be Tamil Tiger rebels killed 12 soldiers in an ambush."
    killed = trigger_with(sentence, "killed")
    assert (killed.polarity, killed.passive) == ("asserted", False)
    (event,) = events_of(sentence, DAY)
    assert (event["source_actor"], event["source_country"]) == ("armed group", None)


def test_a_guess_about_the_act_itself_stays_speculation() -> None:
    assert events_of("Gunmen are believed to have shot dead two policemen in Assiut.", DAY) == []


def test_the_ministers_of_a_body_are_the_body() -> None:
    (event,) = events_of("The foreign ministers of the European Union criticized Russia.", DAY)
    assert (event["source_actor"], event["target_country"]) == ("European Union", "RUS")


def test_weapons_fired_by_a_force_are_its_attack_and_shells_are_no_passive_verb() -> None:
    (event,) = events_of("Mortar shells fired by Bosnian Serb forces hit a market in Sarajevo.", DAY)
    assert (event["event_type"], event["source_country"]) == ("ASSAULT", "BIH")
    assert events_of("Shells fired by the navy in a practice drill fell into the sea.", DAY) == []
