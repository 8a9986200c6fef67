from __future__ import annotations

import csv
import datetime as dt

import pytest

from eventlake.actors import ActorMention, ActorTable, find_actors, load_actor_table
from eventlake.reference import REFERENCE_DIR
from eventlake.reference.build import CURATED_ACTORS_FILE, Actor, CodeBook, apply_curated, read_csv

Y2000 = dt.date(2000, 1, 1)


@pytest.fixture(scope="module")
def table() -> ActorTable:
    return load_actor_table()


def subject(table: ActorTable, name: str, day: dt.date = Y2000) -> ActorMention | None:
    """The mention that opens '<name> attacked the town.', or None when the name gives no actor."""
    mentions = [mention for mention in find_actors(table, f"{name} attacked the town.", day) if mention.start == 0]
    return mentions[0] if mentions else None


@pytest.mark.parametrize(
    ("name", "actor_id", "country", "code"),
    [
        ("Liberation Tigers", "liberation-tigers-of-tamil-eelam", "LKA", "LKAREB"),
        ("IRA", "irish-republican-army", "GBR", "GBRREB"),
        ("Zapatistas", "ezln", "MEX", "MEXREB"),
        ("MILF", "moro-islamic-liberation-front", "PHL", "PHLREB"),
        ("Moro Islamic Liberation Front", "moro-islamic-liberation-front", "PHL", "PHLREB"),
        ("Interahamwe", "interahamwe", "RWA", "RWAUAF"),
        ("Solidarity", "solidarity", "POL", "POLLAB"),
        ("Lashkar-e-Taiba", "lashkar-e-taiba", "PAK", "PAKUAF"),
        ("Lashkar-e-Toiba", "lashkar-e-taiba", "PAK", "PAKUAF"),
        ("Jaish-e-Mohammed", "jaish-e-mohammed", "PAK", "PAKUAF"),
        ("Naxalites", "naxalites", "IND", "INDREB"),
        ("Tupac Amaru", "tupac-amaru-revolutionary-movement", "PER", "PERREB"),
        ("Sendero Luminoso", "shining-path", "PER", "PERREB"),
        ("KLA", "kosovo-liberation-army", "SRB", "SRBREB"),
        ("Kosovo Liberation Army", "kosovo-liberation-army", "SRB", "SRBREB"),
        ("Abu Sayyaf", "abu-sayyaf", "PHL", "PHLREB"),
        ("RUF", "revolutionary-united-front", "SLE", "SLEREB"),
        ("Lord's Resistance Army", "lord-s-resistance-army", "UGA", "UGAREB"),
        ("Hizbul Mujahideen", "hizbul-mujahideen", "IND", "INDREB"),
        ("Janjaweed", "janjaweed", "SDN", "SDNUAF"),
        ("Pakistani Taliban", "tehrik-i-taliban-pakistan", "PAK", "PAKREB"),
        ("Tamil Tiger rebels", "liberation-tigers-of-tamil-eelam", "LKA", "LKAREB"),
    ],
)
def test_named_groups_resolve_to_their_home_country(
    table: ActorTable, name: str, actor_id: str, country: str, code: str
) -> None:
    mention = subject(table, name)
    assert mention is not None
    assert (mention.actor_id, mention.country, mention.code) == (actor_id, country, code)


def test_m19_keeps_its_country_after_its_party_years(table: ActorTable) -> None:
    mention = subject(table, "M-19", dt.date(1985, 11, 6))
    assert mention is not None and (mention.country, mention.code) == ("COL", "COLREB")
    later = subject(table, "M-19", dt.date(2005, 1, 1))
    assert later is not None and (later.country, later.code) == ("COL", None)


@pytest.mark.parametrize(
    ("name", "day", "actor_id", "code"),
    [
        ("ANC", dt.date(1985, 6, 14), "african-national-congress", "ZAFREB"),
        ("ANC", dt.date(1992, 6, 1), "african-national-congress", "ZAFPTY"),
        ("ANC", dt.date(1995, 6, 1), "african-national-congress", "ZAFGOV"),
        ("Islamic Jihad", dt.date(1991, 8, 8), "islamic-jihad-organization", "LBNUAF"),
        ("Islamic Jihad", dt.date(2003, 8, 19), "palestinian-islamic-jihad", "PSEREB"),
        ("Sandinistas", dt.date(1985, 1, 1), "sandinista-national-liberation-front", "NICGOV"),
        ("Sandinistas", dt.date(1995, 1, 1), "sandinista-national-liberation-front", "NICOPP"),
        ("Khmer Rouge", dt.date(1977, 4, 30), "khmer-rouge", "KHMGOV"),
        ("Khmer Rouge", dt.date(1990, 1, 1), "khmer-rouge", "KHMREB"),
        ("Solidarity", dt.date(1983, 1, 1), "solidarity", "POLOPP"),
        ("Pathet Lao", dt.date(1970, 1, 1), "pathet-lao", "LAOREB"),
        ("Rwandan Patriotic Front", dt.date(1994, 4, 10), "rwandan-patriotic-front", "RWAREB"),
        ("Rwandan Patriotic Front", dt.date(2003, 8, 25), "rwandan-patriotic-front", "RWAGOV"),
    ],
)
def test_groups_that_changed_sides_take_the_role_held_on_the_date(
    table: ActorTable, name: str, day: dt.date, actor_id: str, code: str
) -> None:
    mention = subject(table, name, day)
    assert mention is not None
    assert (mention.actor_id, mention.code, mention.role_checked) == (actor_id, code, True)


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Tamil rebels", "LKA"),
        ("Basque separatists", "ESP"),
        ("Chechen rebels", "RUS"),
        ("Corsican separatists", "FRA"),
        ("Karen rebels", "MMR"),
        ("Kachin guerrillas", "MMR"),
        ("Sikh militants", "IND"),
        ("Darfur rebels", "SDN"),
        ("Abkhaz separatists", "GEO"),
        ("Uighur separatists", "CHN"),
    ],
)
def test_a_people_of_one_state_with_an_armed_noun_gives_that_state(
    table: ActorTable, phrase: str, country: str
) -> None:
    mention = subject(table, phrase)
    assert mention is not None
    assert (mention.surface, mention.country, mention.sector) == (phrase, country, "REB")


@pytest.mark.parametrize(
    "phrase",
    [
        "Kurdish rebels",
        "Albanian rebels",
        "Albanian gunmen",
        "Hutu rebels",
        "Tutsi rebels",
        "Kashmiri militants",
        "Pashtun militants",
        "Tuareg rebels",
        "Mujahideen",
    ],
)
def test_a_people_spread_over_several_states_gives_no_country(table: ActorTable, phrase: str) -> None:
    mentions = find_actors(table, f"{phrase} attacked the town.", Y2000)
    assert mentions
    assert all(mention.country is None for mention in mentions)


def test_a_demonym_gives_mujahideen_their_country(table: ActorTable) -> None:
    mention = subject(table, "Afghan mujahideen", dt.date(1989, 3, 7))
    assert mention is not None and (mention.country, mention.sector) == ("AFG", "REB")


@pytest.mark.parametrize(
    "text",
    [
        "Workers expressed solidarity with the strikers.",
        "The union called for solidarity among dock workers.",
        "The shining path of the comet was visible on Friday.",
        "The eta of the flight was two hours.",
        "Palestinians prayed at the al-Aqsa mosque on Friday.",
        "Thousands gathered at Al-Aqsa on Friday.",
        "The anniversary falls on 17 November every year.",
        "Tamil Nadu's chief minister opened a bridge.",
        "Karen Smith was elected mayor on Tuesday.",
        "Basque cuisine is popular with tourists.",
        "The Islamic Party won five seats.",
        "Amal Clooney spoke at the conference.",
    ],
)
def test_ordinary_words_name_no_armed_group(table: ActorTable, text: str) -> None:
    kinds = {
        table.actors[mention.actor_id].kind
        for mention in find_actors(table, text, Y2000)
        if mention.actor_id in table.actors
    }
    assert "group" not in kinds


def test_a_disowned_alias_is_not_taken_over_from_an_absorbed_entry() -> None:
    phoenix = Actor("Example Front", "group", None, "phx-mnsa", ["EXAMPLE_FRONT_", "EXAMPLE_", "THE_FRONT_"])
    row = {
        "actor_id": "example-front",
        "name": "Example Front",
        "kind": "group",
        "country": "TUR",
        "code": "TURREB",
        "title": "armed group",
        "start_date": "",
        "end_date": "",
        "as_of": "",
        "aliases": "EF|-Example",
        "source": "test",
    }
    actors, _, curated_keys = apply_curated([phoenix], [row], CodeBook({"TUR": "TUR"}, frozenset()))
    (curated,) = actors
    assert curated.names == ["Example Front", "EF", "THE_FRONT_"]
    assert curated.country == "TUR"
    assert ("example",) not in curated_keys


def test_curated_groups_have_a_known_country_matching_their_code() -> None:
    with (REFERENCE_DIR / "countries.csv").open(encoding="utf-8", newline="") as handle:
        countries = {row["iso3"] for row in csv.DictReader(handle)}
    groups = [row for row in read_csv(REFERENCE_DIR / CURATED_ACTORS_FILE) if row["kind"] == "group"]
    assert len({row["actor_id"] for row in groups}) > 150
    for row in groups:
        if row["country"]:
            assert row["country"] in countries, row
            assert row["code"].startswith(row["country"]), row
