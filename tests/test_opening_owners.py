"""A head the agent table does not list that opens the sentence ('The army of North Korea threatened'), whose
'of', 'for' or 'by' phrase names the actor it belongs to; and the host of talks between two parties."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlake.extraction import _owned_opening_head
from tests.sentence_events import dyads

PUBLISHED = dt.date(2000, 1, 10)


@pytest.mark.parametrize(
    "opening",
    [
        "The army of ",
        "A statement by ",
        "Warplanes of ",
        "The lower house of ",
        "The state radio of ",
        "A spokeswoman for the ",
        "On Monday, the army of ",
    ],
)
def test_a_head_opening_the_sentence_is_owned_by_what_follows(opening: str) -> None:
    assert _owned_opening_head(opening)


@pytest.mark.parametrize(
    "opening",
    [
        "Refugees from ",
        "Critics of ",
        "The death of a ",
        "The bombing of ",
        "Two thirds of ",
        "A lawyer for ",
        "The son of ",
        "In the capital of ",
        "Talks with ",
        "The army commanded by ",
    ],
)
def test_heads_naming_someone_else_a_place_an_act_or_a_part_own_nothing(opening: str) -> None:
    assert not _owned_opening_head(opening)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army of North Korea threatened South Korea with war.", [("THREATEN", "PRK", "KOR")]),
        ("A statement by China accused the United States of meddling.", [("ACCUSE", "CHN", "USA")]),
        ("The speaker of Lebanon's parliament demanded that Israel withdraw.", [("REQUEST", "LBN", "ISR")]),
        ("In Beijing, a statement by China accused the United States of meddling.", [("ACCUSE", "CHN", "USA")]),
        ("Opponents of President Yeltsin accused him of betraying Russia.", []),
        ("The president of the Olympic committee urged the athletes to respect the rules.", []),
    ],
)
def test_the_owner_of_an_opening_head_acts_when_the_tables_list_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Egypt is ready to host talks between Israel and the Palestinians, President Mubarak said.",
        "Egypt offered to host talks between Israel and the Palestinians.",
    ],
)
def test_the_host_of_talks_between_two_parties_is_the_source(text: str) -> None:
    assert dyads(text, PUBLISHED) == [("AGREE", "EGY", "ISR")]
