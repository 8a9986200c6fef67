"""Actor readings: the opposition camp, acronyms of curated groups."""

from __future__ import annotations

import datetime as dt

import pytest

from eventlake.actors import ActorTable, find_actors, load_actor_table

PUBLISHED = dt.date(2008, 1, 5)


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return load_actor_table()


@pytest.mark.parametrize(
    "sentence",
    [
        "Zimbabwe's opposition accused President Robert Mugabe of rigging the election.",
        "Kenya's opposition on Monday accused President Mwai Kibaki of fraud.",
    ],
)
def test_the_opposition_before_a_verb_and_a_titled_name_is_the_camp(table: ActorTable, sentence: str) -> None:
    assert next(m.sector for m in find_actors(table, sentence, PUBLISHED)) == "OPP"


def test_the_opposition_before_a_person_noun_and_a_name_qualifies_the_person(table: ActorTable) -> None:
    mentions = find_actors(table, "Police arrested opposition figure Maria Kolesnikova.", PUBLISHED)
    assert all(m.sector != "OPP" for m in mentions)


@pytest.mark.parametrize(
    ("sentence", "named"), [("Simi Garewal met Sonia Gandhi.", False), ("SIMI activists met.", True)]
)
def test_an_acronym_of_a_curated_group_names_it_only_in_capitals(table: ActorTable, sentence: str, named: bool) -> None:
    mentions = find_actors(table, sentence, PUBLISHED)
    assert any(m.actor_id == "students-islamic-movement-of-india" for m in mentions) is named


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Forces loyal to Muammar Gaddafi shelled Misrata.", "LBY"),
        ("Gunmen loyal to Moscow seized buildings in Donetsk.", None),
        ("Militiamen loyal to the Kremlin attacked a checkpoint.", None),
    ],
)
def test_loyalty_to_a_leader_ties_his_country_and_loyalty_to_a_state_none(
    table: ActorTable, sentence: str, country: str | None
) -> None:
    assert find_actors(table, sentence, dt.date(2011, 4, 1))[0].country == country


@pytest.mark.parametrize(("day", "sector"), [(dt.date(1992, 1, 1), "PTY"), (dt.date(2000, 1, 1), "GOV")])
def test_the_anc_is_the_ruling_party_from_mandelas_inauguration(table: ActorTable, day: dt.date, sector: str) -> None:
    assert find_actors(table, "The ANC accused the opposition of fraud.", day)[0].sector == sector
