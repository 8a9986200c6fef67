from __future__ import annotations

import pytest

from eventlake.typing_rules import default_finder
from eventlake.where import Gazetteer, find_places, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indonesian troops attacked rebels in Aceh.", [("Aceh", "IDN", "admin1")]),
        ("Villagers in Sindh province blocked the highway.", [("Sindh", "PAK", "admin1")]),
        ("Troops fought rebels in North Kivu.", [("North Kivu", "COD", "admin1")]),
        ("Syrian troops fired on protesters in Deraa.", [("Deraa", "SYR", "city")]),
        ("Kurdish leaders met in Arbil.", [("Arbil", "IRQ", "city")]),
    ],
)
def test_regions_and_wire_spellings_resolve(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(m.text, m.country, m.feature) for m in find_places(gazetteer, text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Indian troops attacked rebels in Kashmir.",
        "Fighting spread across Kurdistan.",
        "The Free Aceh Movement signed a truce.",
    ],
)
def test_divided_regions_and_names_give_no_place(gazetteer: Gazetteer, text: str) -> None:
    assert [m.country for m in find_places(gazetteer, text)] == []


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Pakistan handed over Khalid Sheikh Mohammed to the United States.", True),
        ("Serbia transferred Slobodan Milosevic to the tribunal.", True),
        ("The mayor handed over the keys of the city to Nelson Mandela.", False),
        ("Thousands of Iraqi soldiers surrendered to American forces.", False),
    ],
)
def test_person_object_rows_need_a_capitalized_name(text: str, fires: bool) -> None:
    rows = {t.entry_id for t in default_finder().find(text)}
    assert bool(rows & {"coop.hand_over_person_to", "coop.transfer_person_to"}) is fires
