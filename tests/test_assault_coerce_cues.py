from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake.typing_rules import find_triggers, verb_forms


def types_of(sentence: str) -> set[str]:
    return {trigger.event_type for trigger in find_triggers(sentence) if trigger.polarity == "asserted"}


@pytest.mark.parametrize(
    ("lemma", "past"),
    [("sink", "sank"), ("sweep", "swept"), ("thrust", "thrust")],
)
def test_irregular_pasts_of_force_verbs(lemma: str, past: str) -> None:
    assert past in verb_forms(lemma)["past"]


@settings(max_examples=20, deadline=None)
@given(
    verb=st.sampled_from(["sent", "rushed", "deployed", "dispatched"]),
    purpose=st.sampled_from(
        ["earthquake relief", "flood victims", "tsunami survivors", "rescue work", "the evacuation", "cholera"]
    ),
)
def test_forces_sent_for_relief_show_no_force(verb: str, purpose: str) -> None:
    sentence = f"The Indian government {verb} troops to the coast to help with {purpose}."
    assert "MOBILIZE" not in types_of(sentence)


def test_forces_sent_to_a_border_still_mobilize() -> None:
    assert "MOBILIZE" in types_of("India sent thousands of extra troops to Kashmir on Wednesday.")


def test_forces_moving_into_a_place_for_relief_are_no_attack() -> None:
    assert "ASSAULT" not in types_of("Chinese troops poured into Sichuan province to help earthquake survivors.")
    assert "ASSAULT" in types_of("Israeli troops and tanks rolled into southern Lebanon on Sunday.")
    assert "ASSAULT" in types_of("Russian troops poured into Chechnya despite humanitarian appeals from the U.N.")


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Israeli helicopter gunships rocketed Hezbollah positions on Tuesday.", "assault.weapon_hits"),
        ("Artillery shells slammed into a U.N. compound on Thursday.", "assault.projectile_slams"),
        ("A British submarine sank the Argentine cruiser General Belgrano.", "assault.sink_ship"),
        ("Cuban MiG jets downed two small planes on Saturday.", "assault.down_aircraft"),
        ("Serb forces drove ethnic Albanians out of their villages on Friday.", "assault.drive_from_homes"),
        ("Hungarian police forcibly removed hundreds of migrants from a train.", "coerce.forcibly_removed"),
        ("Chinese authorities jammed the broadcasts of Radio Free Asia.", "coerce.jam_broadcasts"),
        ("India carried out three underground nuclear tests on Monday.", "mobilize.nuclear_test"),
        ("Chinese warships conducted drills near the Paracel Islands.", "mobilize.forces_drill"),
        ("Iran hanged two men in public in Mashhad on Wednesday.", "assault.hanged"),
        ("Gunmen mowed down 15 villagers in a roadside ambush.", "assault.mow_down"),
        ("The CIA mined Nicaraguan harbours in early 1984.", "assault.mine_waters"),
        ("Rebels hacked off the hands of villagers.", "assault.mutilate"),
        ("Thai authorities remanded three clerics in custody.", "coerce.remand"),
        ("Chinese troops took over the British military barracks.", "coerce.take_over_site"),
        ("Peruvian troops surrounded the Congress building in Lima.", "coerce.surround_site"),
        ("The Pentagon ordered 3,500 paratroopers to the Middle East.", "mobilize.order_forces_to"),
    ],
)
def test_new_patterns_fire(sentence: str, cue: str) -> None:
    assert any(trigger.entry_id == cue for trigger in find_triggers(sentence)), find_triggers(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Jet fuel prices hit a record high on Friday.",
        "A SpaceX rocket crashed into the Atlantic shortly after launch.",
        "A storm sank a Greek ferry off the coast of Crete.",
        "Striking workers downed tools at the plant.",
        "Floods drove 10,000 villagers from their homes.",
        "The airline forcibly removed a passenger from an overbooked flight.",
        "Callers jammed the radio station's lines after the interview.",
        "The hospital carried out nuclear medicine tests on 50 patients.",
        "The navy held a fire drill aboard its flagship.",
        "Tourists overran the Greek island of Santorini this summer.",
        "The Chinese artist hung his paintings in a Beijing gallery.",
        "The pensioner was mowed down by a truck outside his home.",
        "The company mined the coast of Western Australia for iron ore.",
        "The chef chopped off the fish heads before grilling them.",
        "The German company took over the running of the city's trams.",
        "Fans surrounded the airport to greet the band.",
        "The general ordered his troops to withdraw from the town.",
    ],
)
def test_other_senses_of_new_patterns_do_not_fire_assault_coerce_or_mobilize(sentence: str) -> None:
    assert not types_of(sentence) & {"ASSAULT", "COERCE", "MOBILIZE"}
