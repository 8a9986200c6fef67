from __future__ import annotations

import datetime as dt

import pytest

from tests.sentence_events import event_keys, trigger_with

PUBLISHED = dt.date(2000, 1, 1)


def test_a_two_party_row_carries_its_role() -> None:
    assert "two-party" in trigger_with("China championed Russia's bid.", "championed").roles


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("China championed Russia's bid to join the World Trade Organisation.", ["SUPPORT:CHN>RUS"]),
        ("Prince Charles championed organic farming in a speech in London.", []),
        ("Iraqi troops fled Kuwait City on Tuesday.", ["RETREAT:IRQ>KWT"]),
        ("British soldiers fled the nightclub when the fire broke out.", []),
        ("Venezuelan President Hugo Chavez railed against the United States.", ["ACCUSE:VEN>USA"]),
        ("Residents railed against plans for a new motorway.", []),
    ],
)
def test_two_party_rows_need_a_named_party(sentence: str, keys: list[str]) -> None:
    assert event_keys(sentence, PUBLISHED) == keys


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("The opposition accused the government of rigging the election.", ["ACCUSE:>"]),
        ("The opposition threatened to walk off the pitch after racist chants.", []),
        ("The opposition rejected the penalty appeal as the crowd jeered.", []),
        ("Protesters demanded the resignation of the prime minister.", ["REQUEST:>"]),
        ("Protesters demanded their money back after the festival was cancelled.", []),
        ("The government asked France to extradite the former minister.", ["REQUEST:>FRA"]),
        ("The president urged Americans to get vaccinated.", []),
        ("The government signed a deal with Germany's Siemens to build trains.", []),
        ("The government accused America's biggest tobacco firm of lying.", []),
        ("The government rejected Iraq's offer of talks.", ["REJECT:>IRQ"]),
    ],
)
def test_bare_political_sources_outside_politics(sentence: str, keys: list[str]) -> None:
    assert event_keys(sentence, PUBLISHED) == keys


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("The U.N. sent a team to investigate reports of massacres in Rwanda.", ["ACCUSE:>RWA"]),
        ("A UN agency sent a team to investigate animal welfare violations in Australia.", []),
        (
            "The U.N. sent a team to investigate reports of widespread human rights violations in Burma.",
            ["ACCUSE:>MMR"],
        ),
        ("The U.N. sent a team to investigate gang killings in Honduras.", ["ACCUSE:>"]),
    ],
)
def test_only_wrongs_of_a_state_make_it_the_target(sentence: str, keys: list[str]) -> None:
    assert event_keys(sentence, PUBLISHED) == keys


@pytest.mark.parametrize(
    "sentence",
    [
        "The Russian coach acquiesced to the players' demands for more rest.",
        "A Danish charity solicited support from local businesses.",
        "The Dutch city earmarked aid for flood-hit homeowners.",
        "The French chef offered his good offices to the feuding restaurateurs.",
    ],
)
def test_a_nationality_before_a_private_noun_is_no_state(sentence: str) -> None:
    assert event_keys(sentence, PUBLISHED) == []


def test_what_a_tip_off_is_about_is_no_event_of_those_told() -> None:
    assert event_keys("Egyptian intelligence tipped off Israel about a planned attack in Sinai.", PUBLISHED) == [
        "COOPERATE:EGY>ISR"
    ]


@pytest.mark.parametrize(
    ("sentence", "keys"),
    [
        ("Egypt and Israel signed a peace treaty with U.S. President Jimmy Carter as witness.", ["SUPPORT:EGY>ISR"]),
        ("Israel and Jordan signed a peace treaty with the United States looking on.", ["SUPPORT:ISR>JOR"]),
        ("China and Russia held talks with Chinese and Russian business leaders present.", ["CONSULT:CHN>RUS"]),
        ("Iran and Iraq exchanged prisoners with the Red Cross on Tuesday.", ["RETREAT:IRN>", "RETREAT:IRQ>"]),
    ],
)
def test_a_party_that_watches_or_helps_is_no_partner_of_joint_subjects(sentence: str, keys: list[str]) -> None:
    assert sorted(event_keys(sentence, PUBLISHED)) == keys
