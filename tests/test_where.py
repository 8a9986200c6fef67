from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake import where
from eventlake.where import Gazetteer, PlaceMention, event_location, find_places, load_gazetteer, sentence_setting

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def places(gazetteer: Gazetteer, text: str) -> list[tuple[str, str, str | None, str]]:
    return [(m.text, m.name, m.country, m.feature) for m in find_places(gazetteer, text)]


def test_gazetteer_is_cached(gazetteer: Gazetteer) -> None:
    assert load_gazetteer() is gazetteer


@pytest.mark.parametrize(
    ("name", "geonames_id", "country"),
    [
        ("Sochi", 491422, "RUS"),
        ("Ankara", 323786, "TUR"),
        ("Istanbul", 745044, "TUR"),
        ("Moscow", 524901, "RUS"),
        ("Tehran", 112931, "IRN"),
        ("Aleppo", 170063, "SYR"),
        ("Latakia", 173576, "SYR"),
        ("Damascus", 170654, "SYR"),
        ("Washington", 4140963, "USA"),
        ("Idlib", 169389, "SYR"),
    ],
)
def test_cities(gazetteer: Gazetteer, name: str, geonames_id: int, country: str) -> None:
    (mention,) = find_places(gazetteer, f"The delegation arrived in {name} on Monday.")
    assert (mention.text, mention.geonames_id, mention.country, mention.feature) == (name, geonames_id, country, "city")
    assert mention.latitude is not None and mention.longitude is not None


def test_spelling_variants_and_diacritics(gazetteer: Gazetteer) -> None:
    found = find_places(gazetteer, "Strikes hit targets in Afrin, Raqqa, Hama, Şanlıurfa and Sanliurfa, then Kiev.")
    assert [(m.text, m.geonames_id) for m in found] == [
        ("Afrin", 174186),
        ("Raqqa", 172955),
        ("Hama", 170017),
        ("Şanlıurfa", 298333),
        ("Sanliurfa", 298333),
        ("Kiev", 703448),
    ]


def test_provinces_resolve_to_their_city_with_a_note(gazetteer: Gazetteer) -> None:
    text = "Fighting in Syria’s Idlib province and the Idlib region, and in the northern province of Idlib."
    found = find_places(gazetteer, text)
    assert [m.text for m in found] == ["Syria", "Idlib province", "Idlib region", "Idlib"]
    for mention in found[1:]:
        assert mention.feature == "city" and mention.geonames_id == 169389
        assert mention.note is not None and "no offline admin1 data" in mention.note


def test_countries_have_ids_but_no_coordinates(gazetteer: Gazetteer) -> None:
    (turkey,) = find_places(gazetteer, "Turkey and its neighbours.")
    assert (turkey.name, turkey.country, turkey.feature, turkey.geonames_id) == ("Turkey", "TUR", "country", 298795)
    assert turkey.latitude is None and turkey.longitude is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("U.S.", "United States", "USA"),
        ("US", "United States", "USA"),
        ("Britain", "United Kingdom", "GBR"),
        ("U.K.", "United Kingdom", "GBR"),
        ("Georgia", "Georgia", "GEO"),
        ("Jordan", "Jordan", "JOR"),
        ("Saudi Arabia", "Saudi Arabia", "SAU"),
        ("Netherlands", "The Netherlands", "NLD"),
    ],
)
def test_country_names_and_aliases(gazetteer: Gazetteer, text: str, name: str, country: str) -> None:
    assert places(gazetteer, f"Officials from {text} arrived.") == [(text, name, country, "country")]


def test_regions(gazetteer: Gazetteer) -> None:
    found = find_places(gazetteer, "Ships in the Black Sea and the Mediterranean, far from Europe.")
    assert [(m.text, m.name, m.feature, m.geonames_id, m.country) for m in found] == [
        ("Black Sea", "Black Sea", "region", 630673, None),
        ("Mediterranean", "Mediterranean Sea", "region", 363196, None),
        ("Europe", "Europe", "region", 6255148, None),
    ]


def test_multi_word_names(gazetteer: Gazetteer) -> None:
    assert places(gazetteer, "Flights to New York, Tel Aviv and St. Petersburg resumed.") == [
        ("New York", "New York City", "USA", "city"),
        ("Tel Aviv", "Tel Aviv", "ISR", "city"),
        ("St. Petersburg", "Saint Petersburg", "RUS", "city"),
    ]


def test_possessives_stay_outside_the_span(gazetteer: Gazetteer) -> None:
    assert [m.text for m in find_places(gazetteer, "Syria's Idlib and Washington’s threat")] == [
        "Syria",
        "Idlib",
        "Washington",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nice weather. Reading the report. Split decision. Mobile phones. Of course. Most people agreed.",
        "It happened in March, in May and on Monday.",
        "Vladimir Putin met Hassan Rouhani and King Hassan; President Bush and George W. Bush spoke.",
        "HTS, AFP, the UN and the YPG said so.",
        "Obama said so. Hashimoto agreed.",
        "the New York Times reported",
        "Erdogan Putin Sochi",
        "Turkish, Russian and Syrian forces; Kremlin spokesman Peskov",
    ],
)
def test_words_that_are_not_places_here(gazetteer: Gazetteer, text: str) -> None:
    assert find_places(gazetteer, text) == []


def test_small_towns_need_place_context(gazetteer: Gazetteer) -> None:
    assert [m.text for m in find_places(gazetteer, "Clashes in Saraqib, and near Saraqib, Syria.")] == [
        "Saraqib",
        "Saraqib",
        "Syria",
    ]
    assert find_places(gazetteer, "Saraqib is quiet.") == []


def test_seed_places(gazetteer: Gazetteer) -> None:
    found = {m.name for path in sorted(SEEDS.glob("*.txt")) for m in find_places(gazetteer, path.read_text())}
    assert {"Sochi", "Ankara", "Istanbul", "Moscow", "Tehran", "Aleppo", "Latakia", "Damascus", "Washington"} <= found
    assert {"Idlib", "‘Afrīn", "Black Sea", "Turkey", "Russia", "Syria", "Libya", "Afghanistan"} <= found
    assert not found & {"Vladimir", "Hassan", "Tolga", "Ābu"}


def located(gazetteer: Gazetteer, sentence: str, trigger: str) -> str | None:
    start = sentence.index(trigger)
    place = event_location(find_places(gazetteer, sentence), start, start + len(trigger), sentence)
    return None if place is None else place.text


# fmt: off
LOCATION_CASES = [
    ("Putin was in Ankara on Thursday to meet with Erdogan, with the two leaders showering praise.", "meet", "Ankara"),
    ("Erdoğan and Putin will hold face-to-face talks in Sochi on Sept. 29 to discuss the escalation in Syria’s Idlib "
     "province.", "hold", "Sochi"),
    ("Erdoğan and Putin will hold face-to-face talks in Sochi on Sept. 29 to discuss the escalation in Syria’s Idlib "
     "province.", "discuss", "Sochi"),
    ("Turkish, Russian leaders to meet for critical talks on Syria’s Idlib", "meet", None),
    ("Turkey and Russia agreed to preserve the status-quo in Syria's Idlib region during a meeting on Wednesday.",
     "agreed", None),
    ("Erdogan met Putin in the Russian resort city of Sochi amid an uptick in attacks in Idlib.", "met", "Sochi"),
    ("They discussed the purchase of S-400s, the situation in Libya, and trade.", "discussed", None),
    ("They discussed the situation in Libya.", "discussed", None),
    ("Erdogan is scheduled to meet and discuss issues with his counterpart Putin on the sidelines of an October 27 "
     "summit in Istanbul on the war in Syria, the agency reported.", "meet", "Istanbul"),
    ("Erdoğan will travel to Russia’s Black Sea resort town for a one-day trip.", "travel", "Russia"),
    ("Erdogan did not take his ministers to Sochi.", "take", None),
    ("The meeting will take place in the Russian resort city of Sochi, a senior Turkish official told AFP.",
     "meeting", "Sochi"),
    ("Putin criticized the presence of the foreign armed forces in Syria, referring to the troops, at a meeting "
     "with Syrian President Bashar Assad in Moscow on Sept 14.", "criticized", None),
    ("Putin criticized the presence of the foreign armed forces in Syria, referring to the troops, at a meeting "
     "with Syrian President Bashar Assad in Moscow on Sept 14.", "meeting", "Moscow"),
    ("Last week Erdogan said Turkish troops would deploy inside Idlib, while Russia would stay outside.", "deploy",
     "Idlib"),
    ("Last week Erdogan said Turkish troops would deploy inside Idlib, while Russia would stay outside.", "said",
     None),
    ("HTS is taking advantage of the Ankara-Moscow ceasefire to consolidate power in Idlib.", "consolidate",
     "Idlib"),
    ("In Sochi, Erdogan met Putin on Wednesday.", "met", "Sochi"),
    ("Putin said at a summit in Tehran that the war was over.", "said", "Tehran"),
    ("Forces have massed around the Idlib province in recent weeks.", "massed", "Idlib province"),
    ("Erdogan visited Ankara on Monday.", "visited", "Ankara"),
    ("Turkey and Russia agreed on a truce.", "agreed", None),
    ("The latest in-person meeting between the two presidents took place in March 2020 in Moscow.", "meeting",
     "Moscow"),
    ("Refugees in Turkey fear that Russia will attack.", "attack", None),
    ("Protesters burned American flags outside the US embassy in Karachi.", "burned", "Karachi"),
    ("Protesters gathered outside the US embassy.", "gathered", None),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "trigger", "expected"), LOCATION_CASES)
def test_event_location(gazetteer: Gazetteer, sentence: str, trigger: str, expected: str | None) -> None:
    assert located(gazetteer, sentence, trigger) == expected


def test_possessive_chain_prefers_the_city(gazetteer: Gazetteer) -> None:
    sentence = "Jets struck targets in Syria’s Afrin province overnight."
    start = sentence.index("struck")
    place = event_location(find_places(gazetteer, sentence), start, start + 6, sentence)
    assert place is not None and place.geonames_id == 174186


def test_a_state_that_owns_a_mission_sets_no_scene(gazetteer: Gazetteer) -> None:
    sentence = "Protesters gathered outside the US embassy."
    assert sentence_setting(find_places(gazetteer, sentence), sentence) is None


def test_does_not_read_the_network_or_the_clock() -> None:
    source = Path(where.__file__).read_text()
    assert not re.search(r"\b(?:urllib|requests|httpx|socket|today\(\)|now\(\))", source)


WORDS = st.sampled_from(
    [
        "in",
        "Sochi",
        "Syria's",
        "Idlib",
        "province",
        "Turkey",
        "and",
        "Russia",
        "met",
        "St.",
        "Petersburg",
        "New",
        "York",
        "Nice",
        "the",
        "Black",
        "Sea",
        "Vladimir",
        "Putin",
        ",",
        "U.S.",
        "’s",
        "-",
        "Ankara-Moscow",
        "Ḩamāh",
    ]
)


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(WORDS, max_size=14), st.sampled_from([" ", "  ", "\n"]))
def test_mentions_slice_the_text_in_order(words: list[str], separator: str) -> None:
    text = separator.join(words)
    found = find_places(load_gazetteer(), text)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        assert mention.text[:1].isupper()
    for earlier, later in itertools.pairwise(found):
        assert earlier.end <= later.start


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(WORDS, min_size=1, max_size=14), st.data())
def test_event_location_is_one_of_the_places(words: list[str], data: st.DataObject) -> None:
    sentence = " ".join(words)
    found = find_places(load_gazetteer(), sentence)
    index = data.draw(st.integers(min_value=0, max_value=len(words) - 1))
    start = len(" ".join(words[:index])) + (1 if index else 0)
    place = event_location(found, start, start + len(words[index]), sentence)
    assert place is None or place in found
    assert place is None or isinstance(place, PlaceMention)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police fired tear gas at marchers near parliament in Nairobi, Kenya.", "Nairobi"),
        ("Police fired tear gas at marchers in Kampala and in Nairobi.", None),
        ("Police dispersed a rally against the war in Yemen.", None),
        ("Police fired tear gas at marchers from Nairobi.", None),
    ],
)
def test_a_sentence_is_set_in_one_country_or_none(gazetteer: Gazetteer, sentence: str, expected: str | None) -> None:
    setting = sentence_setting(find_places(gazetteer, sentence), sentence)
    assert (setting.text if setting else None) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The army arrested dozens of militants in Tripoli, Lebanon.", "LBN"),
        ("The army shelled a camp near Tripoli in Lebanon.", "LBN"),
        ("Libyan rebels entered Tripoli on Sunday.", "LBY"),
        ("Protesters marched in Paris, Texas.", "USA"),
        ("Protesters marched in Paris on Saturday.", "FRA"),
        ("Troops were deployed in Valencia, Venezuela.", "VEN"),
    ],
)
def test_a_country_named_after_a_city_picks_that_country_s_city(gazetteer: Gazetteer, text: str, country: str) -> None:
    assert find_places(gazetteer, text)[0].country == country
