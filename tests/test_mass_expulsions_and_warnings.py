"""The expulsion of a people by the thousand (ASSAULT 201) against that of persons or migrant workers (COERCE
174), and a speaker's act announced in a warning read as a threat."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlake.typing_rules import MASS_EXPULSION_CAMEO_CODE, MASS_EXPULSION_CUE, mass_expulsion
from tests.sentence_events import dyads, trigger_with

PUBLISHED = dt.date(2000, 1, 10)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("expelled thousands of ethnic Turks", True),
        ("forcibly returned 50,000 Rwandan refugees", True),
        ("expelled ethnic Albanians en masse", True),
        ("expelled thousands of Ghanaian workers", False),
        ("deported 415 Palestinians", False),
        ("expelled Rwandan refugees", False),
    ],
)
def test_mass_expulsion_needs_a_people_and_a_mass(words: str, expected: bool) -> None:
    lowers = words.lower().split()
    assert mass_expulsion(lowers, 0, 1) is expected


def test_a_people_expelled_by_the_thousand_is_an_assault() -> None:
    trigger = trigger_with("Iraq deported thousands of Kurds from Kirkuk.", "deported")
    assert (trigger.event_type, trigger.cameo_code) == ("ASSAULT", MASS_EXPULSION_CAMEO_CODE)
    assert MASS_EXPULSION_CUE in trigger.cue


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bulgaria expelled thousands of ethnic Turks across the border into Turkey.", [("ASSAULT", "BGR", None)]),
        ("Nigeria expelled thousands of Ghanaian workers.", [("COERCE", "NGA", "GHA")]),
        ("The floods forced thousands of families out of their homes.", []),
    ],
)
def test_expulsions_by_whom_and_of_whom(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert dyads(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia warned that it would restrict the movements of U.N. troops.", [("THREATEN", "SRB", None)]),
        ("The Palestinians warned they would suspend the peace talks.", [("THREATEN", "PSE", None)]),
        ("Analysts warned that Russia would invade Ukraine.", []),
    ],
)
def test_an_act_the_speaker_announces_in_a_warning_is_a_threat(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert dyads(text, PUBLISHED) == expected
