from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake.typing_rules import find_triggers
from tests.sentence_events import dyads

PUBLISHED = dt.date(2000, 1, 1)
DONORS = {"Britain": "GBR", "Japan": "JPN", "Germany": "DEU", "Canada": "CAN"}
STRICKEN = {"Pakistan": "PAK", "Bangladesh": "BGD", "Mozambique": "MOZ", "Honduras": "HND"}


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(sorted(DONORS)),
    st.sampled_from(sorted(STRICKEN)),
    st.sampled_from(["earthquake survivors", "flood victims", "refugees", "homeless families"]),
)
def test_aid_to_people_in_another_state_goes_to_that_state(donor: str, country: str, people: str) -> None:
    sentence = f"{donor} rushed tents and blankets to {people} in {country}."
    assert dyads(sentence, PUBLISHED) == [("AID", DONORS[donor], STRICKEN[country])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jordan set up a field hospital in the Gaza Strip.", [("AID", "JOR", "PSE")]),
        ("U.S. marines escorted food convoys in Somalia.", [("AID", "USA", "SOM")]),
        ("China set up a field hospital in Sichuan province.", [("AID", "CHN", None)]),
    ],
)
def test_aid_given_where_a_hospital_or_convoy_is_set_up(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(sentence, PUBLISHED) == expected


def test_an_officials_stop_in_a_foreign_capital_is_a_visit() -> None:
    sentence = "Secretary of State Condoleezza Rice made a surprise stop in Baghdad."
    assert dyads(sentence, dt.date(2005, 11, 11)) == [("CONSULT", "USA", "IRQ")]
    assert dyads("The bus made a stop in Tulsa before heading west.", PUBLISHED) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel opened a humanitarian corridor into Gaza for three hours a day.", [("RETREAT", "ISR", "PSE")]),
        ("Sudan allowed aid convoys into Darfur on Monday.", [("RETREAT", "SDN", None)]),
    ],
)
def test_letting_aid_into_another_state_targets_it(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(sentence, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("The United States removed Libya from its list of state sponsors of terrorism.", "085"),
        ("Washington dropped Cuba from its terrorism list.", "085"),
    ],
)
def test_a_list_the_act_takes_its_object_off_is_no_record_released(sentence: str, cameo: str) -> None:
    assert [t.cameo_code for t in find_triggers(sentence)] == [cameo]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police released the names of the soldiers killed in the ambush.",
        "The league removed the club from its list of sponsors.",
    ],
)
def test_a_record_of_people_is_still_no_release(sentence: str) -> None:
    assert [t for t in find_triggers(sentence) if t.event_type == "RETREAT"] == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The U.N. launched an inquiry into killings in East Timor.", [("ACCUSE", None, "TLS")]),
        (
            "The U.N. Human Rights Commission appointed a special rapporteur to look into abuses in Myanmar.",
            [("ACCUSE", None, "MMR")],
        ),
        ("Britain launched an inquiry into abuses in Iraq.", [("ACCUSE", "GBR", None)]),
        ("The U.N. launched an inquiry into the train crash in Egypt.", []),
    ],
)
def test_a_body_of_no_state_investigating_wrongs_in_a_state_targets_it(
    sentence: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert dyads(sentence, PUBLISHED) == expected
