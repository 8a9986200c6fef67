from __future__ import annotations

import csv
import datetime as dt

import pytest

from eventlake.actors import BLOC_NOTE, ActorTable, find_actors, load_actor_table
from eventlake.extraction import state_word_in_other_name
from eventlake.reference import REFERENCE_DIR
from eventlake.reference.build import Actor, AliasRow, add_derived_demonym_plurals

Y2000 = dt.date(2000, 1, 1)


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return load_actor_table()


def _country(iso3: str, name: str) -> Actor:
    return Actor(name, "country", iso3, "test", [name], actor_id=f"country:{iso3}")


def test_derived_demonym_plurals_keep_suffixed_forms_not_ethnonyms() -> None:
    actors = [_country("KEN", "Kenya"), _country("POL", "Poland"), _country("KOR", "Korea, Republic of")]
    aliases: list[AliasRow] = [
        ("kenyan", "country:KEN", "nationality", ""),
        ("kenia", "country:KEN", "nationality", ""),
        ("pole", "country:POL", "nationality", ""),
        ("polen", "country:POL", "nationality", ""),
        ("south korea", "country:KOR", "alias", ""),
        ("south korean", "country:KOR", "nationality", ""),
    ]
    added = {row[0]: row[1] for row in add_derived_demonym_plurals(aliases, actors)[len(aliases) :]}
    assert added == {"kenyans": "country:KEN", "south koreans": "country:KOR"}


def test_derived_demonym_plural_of_two_countries_is_left_out() -> None:
    actors = [_country("AAA", "Nia"), _country("BBB", "Nia")]
    aliases: list[AliasRow] = [("nian", "country:AAA", "nationality", ""), ("nian", "country:BBB", "nationality", "")]
    assert add_derived_demonym_plurals(aliases, actors) == aliases


def test_shipped_aliases_have_the_plurals_and_czechoslovakia() -> None:
    with (REFERENCE_DIR / "actor_aliases.csv").open(encoding="utf-8") as handle:
        owners = {row["alias"]: row["actor_id"] for row in csv.DictReader(handle)}
    expected = {
        "kenyans": "country:KEN",
        "moldovans": "country:MDA",
        "south koreans": "country:KOR",
        "czechoslovak": "country:CZE",
        "czechoslovaks": "country:CZE",
    }
    assert {alias: owners.get(alias) for alias in expected} == expected
    assert "polens" not in owners and "kenias" not in owners
    assert not {"poles", "croats", "tajiks", "uzbeks", "turkmens", "mongols"} & owners.keys()


@pytest.mark.parametrize(
    ("text", "bloc"),
    [
        ("Western diplomats urged Albania to hold elections.", "Western diplomats"),
        ("European governments accused Iraq of stalling.", "European governments"),
        ("Diplomats urged Albania to hold elections.", None),
        ("Western tourists urged the hotel to refund them.", None),
    ],
)
def test_bloc_adjective_before_state_agent(table: ActorTable, text: str, bloc: str | None) -> None:
    blocs = [m.surface for m in find_actors(table, text, Y2000) if BLOC_NOTE in m.basis.split("+")]
    assert blocs == ([bloc] if bloc else [])
    assert all(m.country is None for m in find_actors(table, text, Y2000) if m.surface == bloc)


@pytest.mark.parametrize(
    ("text", "other_name"),
    [
        ("Saudi Aramco agreed to buy a stake.", True),
        ("America Online agreed to buy the firm.", True),
        ("A blast ripped through a Chinese chemical plant, killing 13 workers.", True),
        ("The French bank agreed to pay a fine.", True),
        ("Saudi Arabia agreed to buy the jets.", False),
        ("Iran Sunday rejected the offer.", False),
        ("Chinese troops fired on the crowd.", False),
        ("Algerian Berbers marched through Algiers.", False),
        ("Soviet tanks fired on the crowd.", False),
    ],
)
def test_state_word_in_other_name(table: ActorTable, text: str, other_name: bool) -> None:
    mentions = find_actors(table, text, Y2000)
    source = next(m for m in mentions if m.country is not None)
    assert (state_word_in_other_name(source, mentions, text, table) is not None) is other_name


def test_nationality_and_title_give_a_listed_person_without_country_that_country(table: ActorTable) -> None:
    text = "The Red Brigades kidnapped former Italian Prime Minister Aldo Moro in Rome."
    moro = next(m for m in find_actors(table, text, dt.date(1978, 3, 16)) if m.actor_id == "aldo-moro")
    assert (moro.surface, moro.country) == ("Italian Prime Minister Aldo Moro", "ITA")


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        ("Fighters of the Luhansk People's Republic attacked the post.", "luhansk-people-s-republic"),
        ("Fighters attacked the post.", "agent:UAF"),
    ],
)
def test_armed_members_of_a_named_group(table: ActorTable, text: str, actor_id: str) -> None:
    first = find_actors(table, text, dt.date(2014, 6, 2))[0]
    assert (first.start, first.actor_id) == (0, actor_id)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels in northern Mali seized the town.", "MLI"),
        ("Police in southern Iraq arrested smugglers.", "IRQ"),
        ("Tuareg rebels in northern Mali seized the town.", None),
        ("Troops in eastern Ukraine fired on a checkpoint.", None),
    ],
)
def test_agents_in_a_region_of_a_country(table: ActorTable, text: str, country: str | None) -> None:
    agent = next(m for m in find_actors(table, text, Y2000) if m.kind == "agent-phrase")
    assert agent.country == country
