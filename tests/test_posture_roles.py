from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.sentence_events import dyads as dyads_on

PUBLISHED = dt.date(2010, 1, 10)

FORCES = [("Russian", "RUS"), ("Turkish", "TUR"), ("Israeli", "ISR"), ("Syrian", "SYR"), ("Ethiopian", "ETH")]
HOSTS = [("Lebanon", "LBN"), ("Iraq", "IRQ"), ("Afghanistan", "AFG"), ("Somalia", "SOM"), ("Georgia", "GEO")]


def dyads(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return dyads_on(sentence, PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iraqi forces retreated from Kuwait City on Monday.", ("RETREAT", "IRQ", "KWT")),
        ("Turkey halted its offensive in northern Syria on Thursday.", ("RETREAT", "TUR", "SYR")),
        ("Soviet troops were withdrawn from Hungary on Monday.", ("RETREAT", "RUS", "HUN")),
        ("Morocco reopened its border with Algeria on Wednesday.", ("RETREAT", "MAR", "DZA")),
        ("China staged military manoeuvres near Taiwan on Friday.", ("MOBILIZE", "CHN", "TWN")),
        ("Israel reinforced its troops along the Lebanese border on Sunday.", ("MOBILIZE", "ISR", "LBN")),
        ("Russian bombers flew near Japanese airspace on Thursday.", ("MOBILIZE", "RUS", "JPN")),
        ("Indian troops were sent to the border with China on Tuesday.", ("MOBILIZE", "IND", "CHN")),
        ("Ghana has deployed 800 peacekeepers in southern Lebanon.", ("AID", "GHA", "LBN")),
    ],
)
def test_the_state_where_forces_act_is_the_target(sentence: str, expected: tuple[str, str, str]) -> None:
    assert dyads(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The United States sent 3,000 troops to Saudi Arabia on Friday.", ("MOBILIZE", "USA", None)),
        ("Kuwait deployed troops in Kuwait City on Friday.", ("MOBILIZE", "KWT", None)),
        ("Indian troops pulled out of Srinagar on Monday.", ("RETREAT", "IND", None)),
        ("Russian warships held drills near Syrian ports on Monday.", ("MOBILIZE", "RUS", None)),
    ],
)
def test_a_host_a_home_place_or_a_qualified_noun_is_no_target(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert dyads(sentence) == [expected]


@settings(max_examples=10, deadline=None)
@given(forces=st.sampled_from(FORCES), host=st.sampled_from(HOSTS))
def test_forces_pulled_out_of_another_state_retreat_from_it(forces: tuple[str, str], host: tuple[str, str]) -> None:
    expected_target = None if forces[1] == host[1] else host[1]
    assert dyads(f"{forces[0]} troops pulled out of {host[0]} on Monday.") == [("RETREAT", forces[1], expected_target)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Muslim cleric was extradited from Britain to the United States.", ("COOPERATE", "GBR", "USA")),
        ("A North Korean diplomat was granted asylum in South Korea on Thursday.", ("AID", "KOR", "PRK")),
        ("The withdrawal of Syrian troops from Lebanon was completed on Tuesday.", ("RETREAT", "SYR", "LBN")),
        ("The deployment of 2,000 Indonesian troops in Aceh began on Monday.", ("MOBILIZE", "IDN", None)),
    ],
)
def test_a_passive_host_or_the_forces_a_noun_names_act(sentence: str, expected: tuple[str, str, str | None]) -> None:
    assert dyads(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The former minister was extradited on Friday.",
        "The asylum seeker was granted a hearing in Britain.",
        "The deployment of new software in the ministry began on Monday.",
    ],
)
def test_no_host_or_forces_without_a_named_state(sentence: str) -> None:
    assert dyads(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A planeload of medicine from Cuba arrived in Haiti on Monday.", [("AID", "CUB", "HTI")]),
        ("Chinese rescue teams arrived in Kathmandu on Monday.", [("AID", "CHN", "NPL")]),
        ("Indian relief teams arrived in Kashmir on Monday.", []),
        ("The aid convoy arrived in Sarajevo on Monday.", []),
        ("Chinese medical students arrived in Britain for the new term.", []),
        ("Vaccines from the British drugmaker arrived in Kenya on Monday.", []),
        ("Medicines bought from India arrived in Nigeria on Tuesday.", []),
    ],
)
def test_arriving_aid_is_given_by_the_state_in_the_subject(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(sentence) == expected
