from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_events import events_of


def emitted_types(sentence: str) -> set[str]:
    """The event types extraction emits for one sentence."""
    return {str(event["event_type"]) for event in events_of(sentence, dt.date(2000, 1, 1))}


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("South Korea's Samsung launched an assault on the American smartphone market.", "ASSAULT"),
        ("Britain's Tesco launched an invasion of the American grocery market.", "ASSAULT"),
        ("Japanese carmakers invaded the American market in the 1980s.", "ASSAULT"),
        ("The French side mounted a raid down the right wing.", "ASSAULT"),
        ("The Dutch launched a counter-attack and scored through Robben.", "ASSAULT"),
        ("The Pakistani bowler launched a blistering attack on the Indian batsmen.", "ASSAULT"),
        ("Kenyan runners staged a show of force in the 10,000 metres.", "MOBILIZE"),
        ("American troops were deployed to New York to help after the storm.", "MOBILIZE"),
        ("Police were put on alert ahead of the storm.", "MOBILIZE"),
        ("Police stepped up patrols after a series of burglaries.", "MOBILIZE"),
        ("The army was deployed to transport coffins from overwhelmed hospitals.", "MOBILIZE"),
        ("Navy ships arrived in Kerala with food and water for flood victims.", "AID"),
        ("The Indian railway minister ordered an inquiry into the train fire.", "ACCUSE"),
        ("Turkish bomb experts disarmed a device outside the Israeli consulate.", "ASSAULT"),
        ("British bands invaded America in the 1960s.", "ASSAULT"),
        ("Spanish police handed over the suspect to a judge in Madrid.", "COOPERATE"),
    ],
)
def test_other_senses_of_force_words_give_no_such_event(sentence: str, absent: str) -> None:
    assert absent not in emitted_types(sentence)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Serb forces launched a mortar attack on a crowded market in Sarajevo.", "ASSAULT"),
        ("Iraqi forces launched a counter-attack against Iranian positions near Basra.", "ASSAULT"),
        ("Indonesian troops were deployed to Aceh to storm rebel strongholds.", "MOBILIZE"),
        ("Indian troops were rushed to the border after the storm of protest in Pakistan.", "MOBILIZE"),
        ("Pakistani troops were put on alert ahead of the Indian army exercises.", "MOBILIZE"),
        ("Japan shipped food and medicine to North Korea on Tuesday.", "AID"),
        ("Israel's prime minister ordered an inquiry into the killing of Arab protesters.", "ACCUSE"),
        ("France handed over the ETA suspect to Spanish police on Sunday.", "COOPERATE"),
    ],
)
def test_the_same_rows_still_read_acts_of_force(sentence: str, present: str) -> None:
    assert present in emitted_types(sentence)
