from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.sentence_events import dyads as dyads_on

PUBLISHED = dt.date(2010, 1, 10)

ATTACKERS = [("U.S.", "USA"), ("Russian", "RUS"), ("Israeli", "ISR"), ("French", "FRA"), ("Turkish", "TUR")]
STRUCK = [("Iraq", "IRQ"), ("Syria", "SYR"), ("Lebanon", "LBN"), ("Libya", "LBY"), ("Turkey", "TUR"), ("Russia", "RUS")]


def dyads(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return dyads_on(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("U.S. warplanes bombed targets in Libya.", ("ASSAULT", "USA", "LBY")),
        ("U.S. cruise missiles struck a pharmaceutical plant in Khartoum.", ("ASSAULT", "USA", "SDN")),
        ("Russian jets bombed rebel positions in Syria.", ("ASSAULT", "RUS", "SYR")),
        ("Beijing raised tariffs on $60 billion of American goods.", ("SANCTION", "CHN", "USA")),
        ("The European Union imposed a ban on exports of British beef.", ("SANCTION", None, "GBR")),
        ("Palestinian prisoners in Israeli jails began a hunger strike.", ("PROTEST", "PSE", "ISR")),
        ("Egypt demanded the immediate withdrawal of Iraqi forces from Kuwait.", ("REQUEST", "EGY", "IRQ")),
        ("Two Russian diplomats were expelled from Britain.", ("SANCTION", "GBR", "RUS")),
        ("Pakistan vowed to respond to India's air strikes.", ("THREATEN", "PAK", "IND")),
        ("Britain closed its embassy in Damascus.", ("SANCTION", "GBR", "SYR")),
    ],
)
def test_a_place_or_a_possessor_names_the_target(sentence: str, expected: tuple[str, str | None, str]) -> None:
    assert dyads(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Syrian warplanes bombed targets in Syria.", [("ASSAULT", "SYR", None)]),
        ("U.S. warplanes bombed militant positions near the Turkish border.", [("ASSAULT", "USA", None)]),
        ("Workers built a pharmaceutical plant in Sudan.", []),
        ("The former diplomat was expelled from the party for corruption.", []),
        ("The union demanded the withdrawal of the pension bill.", []),
        ("The coach vowed to respond to the team's defeat.", []),
    ],
)
def test_no_target_from_home_a_border_or_a_non_attack(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(sentence) == expected


@settings(max_examples=15, deadline=None)
@given(st.sampled_from(ATTACKERS), st.sampled_from(STRUCK))
def test_targets_in_a_country_are_struck_only_abroad(attacker: tuple[str, str], struck: tuple[str, str]) -> None:
    demonym, source = attacker
    name, country = struck
    found = dyads(f"{demonym} warplanes bombed military targets in {name}.")
    assert found == [("ASSAULT", source, None if country == source else country)]
