"""Actor recognition: people, countries, organizations, armed groups and agent phrases in news text.

`find_actors` matches folded token sequences against the shipped reference tables (see
`eventlake.reference`), keeps the longest non-overlapping matches, composes country + agent phrases
("Turkish troops" -> TUR MIL), and checks a person's office against the article date.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal, TypedDict, TypeVar, get_args

from spacy.lang.en.stop_words import STOP_WORDS

from eventlake.reference import REFERENCE_DIR
from eventlake.reference.normalize import alias_key, fold_text, tokenize, usable_alias
from eventlake.where import load_gazetteer

MentionKind = Literal["person", "country", "organization", "group", "agent-phrase"]
AliasKind = Literal["name", "alias", "nationality", "capital", "metonym", "surname", "agent"]
_Kind = TypeVar("_Kind", bound=str)
MENTION_KINDS: frozenset[MentionKind] = frozenset(get_args(MentionKind))
ALIAS_KINDS: frozenset[AliasKind] = frozenset(get_args(AliasKind))

SECTOR_TITLES: Mapping[str, str] = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "PTY": "political party",
    "COP": "police",
    "JUD": "judiciary",
    "SPY": "intelligence",
    "MED": "media",
    "EDU": "education",
    "BUS": "business",
    "CRM": "criminals",
    "CVL": "civilians",
    "ELI": "political elite",
    "LAB": "labor",
    "LEG": "legislature",
    "REF": "refugees",
    "ETH": "ethnic group",
    "HLH": "health",
    "HRI": "human rights",
    "UAF": "armed group",
    "AGR": "agriculture",
    "DEV": "development",
    "ENV": "environment",
    "REL": "religious",
    "MUS": "muslim",
    "CHR": "christian",
    "JEW": "jewish",
    "INS": "insurgents",
    "SEP": "separatists",
    "RAD": "radicals",
    "IGO": "intergovernmental organization",
    "NGO": "non-governmental organization",
    "IMG": "international militarized group",
    "MNC": "multinational corporation",
    "PPL": "people",
}
"""Readable names of CAMEO sector codes, used when a role has no office title."""

RELATION_SUFFIXES = frozenset(
    {
        "backed",
        "led",
        "linked",
        "affiliated",
        "allied",
        "sponsored",
        "supported",
        "based",
        "controlled",
        "held",
        "run",
        "owned",
        "funded",
        "armed",
        "trained",
        "aligned",
        "made",
        "built",
        "brokered",
        "dominated",
        "friendly",
        "leaning",
        "inspired",
        "style",
        "born",
    }
)
"""`X-backed Y`: X qualifies Y and is not itself the actor."""

STANCE_PREFIXES = frozenset({"pro", "anti"})
ARMED_MEMBER_SECTORS = frozenset({"UAF", "REB", "MIL"})
"""'Boko Haram militants', 'Hamas fighters': armed members named after their group are the group."""
MAX_UNLISTED_NAME_WORDS = 3
TITLE_HEADS = frozenset({"leader", "chief", "commander", "head", "chairman", "spokesman", "spokeswoman"})
"""'civilian leader Aung San Suu Kyi': the lower-case head of a description right before a name."""
POLITICAL_QUALIFIERS = frozenset(
    "ruling opposition governing main rival banned outlawed islamist fundamentalist nationalist communist socialist "
    "conservative liberal separatist radical moderate marxist centrist secular religious junior".split()
)
"""Words before 'the ruling Umma party' that make a lower-case 'party' a political organization."""
PARTY_HEADS = frozenset({"party", "parties"})
PARTY_QUALIFIERS = POLITICAL_QUALIFIERS | frozenset(
    "largest biggest leading major minor small smaller other two three four five several both new pro anti far hard "
    "left right wing hardline ultra -".split()
)
"""Lower-case words between a country and 'parties' that keep the phrase a party ('Iraq's two main Sunni parties',
'Turkey's pro-Kurdish party', 'Israel's far-right parties')."""
PARTY_STATE_QUALIFIERS = frozenset({"ruling", "governing"})
"""'the ruling party' is coded GOV, as Phoenix codes RULING_PARTY; an opposition party is OPP."""
ORGANIZATION_HEADS: Mapping[str, str | None] = MappingProxyType(
    {
        **dict.fromkeys(
            (
                "union",
                "forum",
                "association",
                "council",
                "movement",
                "committee",
                "league",
                "federation",
                "congress",
                "alliance",
                "coalition",
                "organization",
                "organisation",
                "commission",
                "foundation",
                "society",
            ),
            None,
        ),
        "party": "PTY",
    }
)
"""Head words of organization names; a party is a political party (CAMEO PTY)."""
ORGANIZATION_CONNECTORS = frozenset({"of", "for", "the", "and"})
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "dr", "sheikh", "sheik", "ayatollah", "gen", "general", "col", "president", "premier"}
)
SENTENCE_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "“", "(", "-"})
DETERMINERS = frozenset(
    "the a an this that these those my your our their his its her every each all some no with".split()
)
"""'Begin the talks': a one-word surname that opens a sentence and is followed by one of these is a verb."""
ABSTRACT_RULE_HEADS = frozenset({"rule", "control", "oversight"})
"""'a return to civilian rule', 'under military control': the agent word only qualifies a form of rule."""
STANCE_NOUNS = frozenset({"opposition"})
"""Agent words that are also the noun of a stance ('its opposition to the war') or qualify a name ('the opposition
Labour party')."""
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
NAMED_PERSON_HEADS = TITLE_HEADS | {"figure", "politician", "candidate", "lawmaker", "activist", "member", "deputy"}
"""'opposition figure Maria Kolesnikova': a person noun between a stance noun and a name makes the stance noun a
qualifier of that person; any other word ('The opposition accused President Mugabe', 'the opposition in Kenya')
leaves it the opposition camp."""
NAME_PARTICLES = frozenset("al el ul ud ur ad bin ibn bint abu van von de da del der".split())
"""Lower-case links inside names ('Zia ul-Haq', 'Osama bin Laden'): part of the name, not its end."""
UNLISTED_TITLES = frozenset(
    "taoiseach tanaiste emir comrade cardinal sen sgt prof strongman brother sister sheikha aga hojatoleslam mufti "
    "patriarch metropolitan elder tsar czar madame monsieur senor senora herr frau mawlana".split()
)
"""Titles the agent and honorific tables lack, which may stand right before a surname."""
OPENING_ADVERBS = frozenset(
    "later earlier instead today tonight yesterday now then still again first next meanwhile also however thus "
    "clearly apparently evidently obviously reportedly allegedly finally eventually initially originally "
    "previously recently subsequently separately similarly accordingly consequently additionally ultimately "
    "currently publicly privately personally officially formally openly unusually notably significantly "
    "surprisingly unexpectedly interestingly importantly curiously ironically typically usually generally "
    "frequently occasionally repeatedly immediately shortly briefly quickly swiftly angrily sharply firmly "
    "strongly directly jointly simultaneously likewise nevertheless nonetheless".split()
)
"""Capitalized words that open a sentence before a surname without naming anyone ('Later Hawke said', 'Clearly,
Mubarak'); a listed word, since given names end in '-ly' too ('Holly', 'Emily')."""
FOREIGN_NAME_PARTICLES = frozenset({"d", "de", "del", "della", "di", "du", "la", "le", "dos", "das", "y"})
"""'Palme d'Or', 'Calderon de la Barca': a one-word name followed by one of these and a capitalized word is the
start of another name."""
PRIVATE_OCCUPATIONS = frozenset(
    "striker midfielder goalkeeper winger footballer cyclist boxer golfer skier swimmer sprinter gymnast jockey "
    "pitcher quarterback batsman skater tennis golf soccer basketball baseball hockey coach pianist violinist "
    "cellist guitarist singer actress comedian dancer musician rapper painter sculptor architect chef baker butcher "
    "shopkeeper merchant waiter plumber carpenter driver nurse dentist teacher pastor rancher farmer fisherman "
    "engineer lawyer exporter executive manager migrant brewery restaurant bakery hotel retailer alderman councillor "
    "councilman councilwoman sheriff".split()
)
"""'Soro, the striker', 'David Levy, a Montreal dentist': a listed name in apposition with one of these private
occupations, businesses or local offices is a namesake, not the national office holder."""
PUBLIC_OFFICE_WORDS = frozenset(
    "president prime minister premier chancellor king prince emir sultan leader chairman secretary ambassador "
    "envoy senator governor mayor general commander rebel party government opposition parliament army politician "
    "statesman former retired ex turned".split()
)
"""Words that keep an apposition about the listed person: an office, or a past career ('Estrada, a former movie
actor', 'Esko Aho, a former prime minister and executive')."""
KIN_NOUNS = frozenset(
    "son sons daughter daughters widow wife husband brother brothers sister sisters nephew niece grandson "
    "granddaughter cousin family".split()
)
""""Craxi's daughter criticized": the relative acts, not the person named."""
APPOSITION_WINDOW = 6
"""How many words after a comma are searched for the occupation of a private namesake ('Colom, a Barcelona
architect')."""
APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "now"})
"""Words that open a noun phrase in apposition after a name and a comma ('Colom, a Barcelona architect', 'Aho,
now a Nokia executive')."""
RELIGION_SECTORS = frozenset({"REL", "MUS", "CHR", "JEW"})
"""Sectors that qualify a following agent ('Christian militiamen', 'Islamic militants') rather than name one."""
PARTY_QUALIFIER_SECTORS = RELIGION_SECTORS | frozenset({"OPP"})
"""Agent words that may qualify a party ('Sunni parties', 'Christian parties', 'the opposition Labour party')."""
FOLLOWER_WORDS = frozenset({"supporter", "supporters", "follower", "followers"})
"""'Supporters of the Muslim Brotherhood': people of the country of whoever they follow."""
CALENDAR_WORDS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
    }
)
TITLE_SECTORS = frozenset({"GOV", "MIL", "SPY", "JUD", "LEG", "COP", "ELI", "OPP", "REB", "MED", "IGO"})
"""Agent words with these sectors can be a title in front of a name ("Defense Minister Hulusi Akar")."""
FOREIGN_BY_DEFAULT_SECTORS = frozenset({"REF", "IGO", "NGO", "MIL"})
"""Agents that are often foreigners where they are ('refugees in Hungary', 'troops in Syria'): a following
'in <country>' gives their place, not their country."""
NATIONAL_FORCE_PHRASES = frozenset({("army",), ("military",), ("navy",), ("air", "force"), ("armed", "forces")})
"""'the army in Sri Lanka', 'the military in Myanmar': a definite, singular national force in a country named as
such is that country's own (a foreign one is named by its state: 'the U.S. military in Iraq'); plural 'troops in
Syria' may be anyone's, and so may 'the military in Baghdad', where foreign forces are often based."""
SPEAKER_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen"})
"""'a spokesman for the Israeli army' speaks for the army: the mention is the army's."""
CAPTIVE_WORDS = frozenset(
    {
        "prisoner",
        "prisoners",
        "inmate",
        "inmates",
        "detainee",
        "detainees",
        "hostage",
        "hostages",
        "captive",
        "captives",
    }
)
"""People held somewhere are often foreigners there ('prisoners in Israeli jails', 'detainees in Cuba'): the place
gives no nationality."""
FOREIGN_MARKERS = frozenset({"foreign", "international", "multinational", "overseas", "exiled", "expatriate"})
ETHNIC_MARKERS = frozenset({"ethnic", "named", "called"})
"""'ethnic Albanian protesters', 'a man named Jordan': the word after names a descent or a person, not a state."""
COMBINING_FORMS = frozenset("sino indo franco anglo russo afro euro greco turco italo austro hispano".split())
"""'the Sino-British declaration', 'the Indo-Pakistani war': a demonym joined to a combining form qualifies a relation
between states, and names neither as an actor."""
ETHNIC_GROUP_NOUNS = frozenset(
    "leaders representatives politicians deputies parties community communities minority majority population".split()
)
"""'ethnic Albanian leaders demanded', 'the ethnic Albanian majority': nouns that name the people of a descent, or
those who speak for them, and so belong to the ethnic group's name."""
REGION_QUALIFIERS = frozenset({"central", "latin", "north", "south", "east", "west", "pan"})
"""'the Central American peace plan', 'Latin American leaders': a capitalized direction before a demonym the
tables do not list with it names a region, not the state of the demonym alone."""
_AGENT_COUNTRY_LINKS = frozenset(
    {("in",), ("in", "the"), ("across",), ("from",), ("from", "the"), ("of",), ("of", "the")}
)
"""'security forces in Guinea', 'police across Kenya', 'officials from India', 'the president of the Central
African Republic': the agent belongs to the country unless its sector is often foreign where it is ('forces
from Panama' may be leaving it)."""


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One row of actors.csv."""

    actor_id: str
    name: str
    kind: MentionKind
    country: str | None
    source: str


@dataclass(frozen=True, slots=True)
class RoleRecord:
    """One office or affiliation of an actor, with the dates it held (if known)."""

    code: str
    country: str | None
    sector: str | None
    title: str
    start: dt.date | None
    end: dt.date | None
    known_until: dt.date | None
    source: str

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    @property
    def label(self) -> str | None:
        return self.title or (SECTOR_TITLES.get(self.sector) if self.sector else None)

    def holds(self, day: dt.date) -> bool:
        """True only when the source confirms the role on `day`: open ends count up to `known_until`."""
        if self.start is None or day < self.start:
            return False
        if self.end is not None:
            return day <= self.end
        return self.known_until is not None and day <= self.known_until


@dataclass(frozen=True, slots=True)
class AliasTarget:
    """What a token sequence can refer to: an actor (with how it was named) or an agent code."""

    actor_id: str | None
    alias_kind: AliasKind
    sector: str | None = None
    agent_code: str | None = None
    curated: bool = False
    needs_capitals: bool = False
    """One-word names of organizations from the large dictionaries ("Youth", "Falcon") match only as
    acronyms in capitals: in title case they are too often ordinary words."""


@dataclass(frozen=True, eq=False)
class ActorTable:
    """The reference tables, indexed for matching. Build once with `load_actor_table`."""

    actors: Mapping[str, ActorRecord]
    roles: Mapping[str, tuple[RoleRecord, ...]]
    patterns: Mapping[tuple[str, ...], tuple[AliasTarget, ...]]
    lengths_by_first: Mapping[str, tuple[int, ...]]
    given_names: Mapping[str, frozenset[str]]
    known_given_names: frozenset[str]
    not_given_names: frozenset[str]
    country_names: Mapping[str, str]
    state_adjectives: Mapping[str, str]
    """A state's own adjective, lower-case ('serbian', 'south korean') -> its ISO3 (`_state_adjectives`)."""


@dataclass(frozen=True, slots=True)
class ActorMention:
    """One actor mention: `text[start:end] == surface`."""

    start: int
    end: int
    surface: str
    actor_id: str
    actor_name: str
    kind: MentionKind
    country: str | None
    role: str | None
    sector: str | None
    code: str | None
    """CAMEO-style actor code, e.g. TURGOV, IGOUNO, SYRREB, RUSMIL."""
    role_checked: bool
    unresolved_reason: str | None
    basis: str
    """How the mention was recognized, e.g. `alias`, `surname+date`, `country+agent`, `fuzzy-given-name`."""


def _checked(value: str, allowed: frozenset[_Kind]) -> _Kind:
    """`value` as one of the `allowed` literals; a table with an unknown kind is a build error."""
    for candidate in allowed:
        if candidate == value:
            return candidate
    raise ValueError(f"unknown kind {value!r}; expected one of {sorted(allowed)}")


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _sector(code: str, cameo_to_iso: Mapping[str, str]) -> tuple[str | None, str | None]:
    """(country ISO3, sector) of a CAMEO code."""
    if code[:3] in cameo_to_iso:
        sector = code[3:6]
        return cameo_to_iso[code[:3]], sector if sector in SECTOR_TITLES else None
    return None, code[:3] if code[:3] in SECTOR_TITLES else None


def _is_initialism(word: str, name: str) -> bool:
    """'simi' for the Students Islamic Movement of India, 'mend' for the Movement for the Emancipation of the Niger
    Delta: an alias made of the initials of the name's capitalized words is an acronym, which names the body only
    in capitals ('SIMI activists'), never as a word or given name ('Simi Garewal', 'Mend ties')."""
    return word == "".join(part[0].lower() for part in name.replace("-", " ").split() if part[:1].isupper())


def _alnum(tokens: Iterable[str]) -> list[str]:
    return [token for token in tokens if token.isalnum()]


@lru_cache(maxsize=4)
def load_actor_table(directory: Path = REFERENCE_DIR) -> ActorTable:
    """Load and index the shipped reference CSV files (cached: one table per process and folder)."""
    countries = _read_rows(directory / "countries.csv")
    cameo_to_iso = {row["cameo"]: row["iso3"] for row in countries} | {row["iso3"]: row["iso3"] for row in countries}
    actors = {
        row["actor_id"]: ActorRecord(
            row["actor_id"], row["name"], _checked(row["kind"], MENTION_KINDS), row["country"] or None, row["source"]
        )
        for row in _read_rows(directory / "actors.csv")
    }
    roles: dict[str, list[RoleRecord]] = {}
    for row in _read_rows(directory / "actor_roles.csv"):
        country, sector = _sector(row["code"], cameo_to_iso)
        roles.setdefault(row["actor_id"], []).append(
            RoleRecord(
                code=row["code"],
                country=country,
                sector=sector,
                title=row["title"],
                start=_date(row["start_date"]),
                end=_date(row["end_date"]),
                known_until=_date(row["known_until"]),
                source=row["source"],
            )
        )
    patterns: dict[tuple[str, ...], list[AliasTarget]] = {}

    def add(key: tuple[str, ...], target: AliasTarget) -> None:
        if not key:
            return
        actor = actors[target.actor_id] if target.actor_id else None
        if (
            len(key) == 1
            and actor is not None
            and actor.kind in ("organization", "group")
            and (not target.curated or _is_initialism(key[0], actor.name))
        ):
            target = replace(target, needs_capitals=True)
        patterns.setdefault(key, []).append(target)

    for actor in actors.values():
        if usable_alias(actor.name):
            add(alias_key(actor.name), AliasTarget(actor.actor_id, "name", curated=actor.source == "curated"))
    for row in _read_rows(directory / "actor_aliases.csv"):
        curated = actors[row["actor_id"]].source == "curated" or row["alias_kind"] == "metonym"
        kind = _checked(row["alias_kind"], ALIAS_KINDS)
        add(alias_key(row["alias"]), AliasTarget(row["actor_id"], kind, row["sector"] or None, curated=curated))
    agent_words: set[str] = set()
    for row in _read_rows(directory / "agents.csv"):
        key = alias_key(row["phrase"])
        add(key, AliasTarget(None, "agent", agent_code=row["code"]))
        agent_words.update(key)

    place_keys = {
        key
        for key, targets in patterns.items()
        if any(target.actor_id and target.actor_id.startswith("country:") for target in targets)
    }
    place_words = {token for key in place_keys for token in key}
    single_words = {key[0] for key, targets in patterns.items() if len(key) == 1 and key in place_keys}
    single_words |= {key[0] for key, targets in patterns.items() if len(key) == 1 and targets[0].actor_id is None}
    blocked_surnames = single_words | STOP_WORDS
    given_names: dict[str, set[str]] = {}
    for key, targets in list(patterns.items()):
        words = _alnum(key)
        for target in targets:
            if target.actor_id and actors[target.actor_id].kind == "person" and len(words) >= 2:
                given_names.setdefault(target.actor_id, set()).update(words[:-1])
    for actor in actors.values():
        words = _alnum(alias_key(actor.name))
        if actor.kind != "person" or actor.source == "curated" or len(words) < 2:
            continue
        surname = words[-1]
        if len(surname) >= 4 and surname.isalpha() and surname not in blocked_surnames:
            add((surname,), AliasTarget(actor.actor_id, "surname", curated=actor.source == "curated"))
    for key, targets in list(patterns.items()):
        people = tuple(t for t in targets if t.actor_id and actors[t.actor_id].kind == "person")
        if people and len(key) >= 3 and all(token.isalpha() for token in key):
            hyphenated = (*key[:-1], "-", key[-1])
            for target in people:
                if target not in patterns.get(hyphenated, []):
                    add(hyphenated, target)
    not_given = frozenset(STOP_WORDS | agent_words | place_words | HONORIFICS | CALENDAR_WORDS)
    known_given = frozenset(name for names in given_names.values() for name in names) - not_given
    lengths: dict[str, set[int]] = {}
    for key in patterns:
        lengths.setdefault(key[0], set()).add(len(key))
    return ActorTable(
        actors=actors,
        roles={actor_id: tuple(items) for actor_id, items in roles.items()},
        patterns={key: tuple(targets) for key, targets in patterns.items()},
        lengths_by_first={first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()},
        given_names={actor_id: frozenset(names - not_given) for actor_id, names in given_names.items()},
        known_given_names=known_given,
        not_given_names=not_given,
        country_names={row["iso3"]: row["name"] for row in countries},
        state_adjectives=_state_adjectives(patterns, actors),
    )


_IRREGULAR_STATE_ADJECTIVES: Mapping[str, str] = MappingProxyType(
    {
        "french": "FRA",
        "swiss": "CHE",
        "irish": "IRL",
        "danish": "DNK",
        "polish": "POL",
        "spanish": "ESP",
        "finnish": "FIN",
        "dutch": "NLD",
        "filipino": "PHL",
    }
)
"""State adjectives not built on the state's name."""
_STATE_NAME_FILLERS = frozenset({"republic", "of", "the", "and", "federation", "kingdom", "united", "states"})


def _derived_from(adjective: str, name: str) -> bool:
    """'iraqi' from 'iraq', 'turkish' from 'turkey', 'chinese' from 'china': a shared stem and a short suffix."""
    stem = min(4, len(name) - 1)
    return len(name) >= 3 and adjective[:stem] == name[:stem] and len(adjective) <= len(name) + 4


def _state_adjectives(
    patterns: Mapping[tuple[str, ...], Sequence[AliasTarget]], actors: Mapping[str, ActorRecord]
) -> dict[str, str]:
    """A state's own adjective -> its ISO3: a nationality form built on a word of the state's name or of a
    one-word alias ('serbian', 'south korean', 'british' from 'britain'), or a common irregular one ('french').
    Adjectives of a region or people inside a state ('chechen', 'welsh', 'okinawan', 'bosnian serb') and of a
    former state ('south vietnamese') are not among them."""
    names: dict[str, set[str]] = {}
    forms: dict[str, set[str]] = {}
    for key, targets in patterns.items():
        if not all(token.isalpha() for token in key):
            continue
        for target in targets:
            if target.actor_id is None or not target.actor_id.startswith("country:"):
                continue
            country = actors[target.actor_id].country
            if country is None:
                continue
            if target.alias_kind == "nationality":
                forms.setdefault(" ".join(key), set()).add(country)
            elif target.alias_kind == "alias" and len(key) == 1:
                names.setdefault(country, set()).add(key[0])
    for actor in actors.values():
        if actor.kind == "country" and actor.country is not None:
            names.setdefault(actor.country, set()).add(" ".join(alias_key(actor.name)))
    adjectives = dict(_IRREGULAR_STATE_ADJECTIVES)
    for form, countries in forms.items():
        if len(countries) != 1 or form in adjectives:
            continue
        (country,) = countries
        *qualifiers, last = form.split()
        for name in names.get(country, ()):
            words = name.split()
            candidates = (
                [w for w in words if w not in _STATE_NAME_FILLERS]
                if not qualifiers
                else [
                    words[i + len(qualifiers)]
                    for i in range(len(words) - len(qualifiers))
                    if words[i : i + len(qualifiers)] == qualifiers
                ]
            )
            if any(_derived_from(last, word) for word in candidates):
                adjectives[form] = country
                break
    return adjectives


@dataclass(slots=True)
class _Span:
    """A working mention over token positions [first, last)."""

    first: int
    last: int
    target: AliasTarget
    basis: str
    country: str | None = None
    agent_code: str | None = None
    notes: list[str] = field(default_factory=list)
    unlisted_name: str | None = None
    unlisted_title: str | None = None
    namesakes: bool = False


@dataclass(frozen=True, slots=True)
class _Text:
    """The input with its folded tokens."""

    original: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[str, ...]

    def surface(self, index: int) -> str:
        return self.original[self.starts[index] : self.ends[index]]

    def capitalized(self, index: int) -> bool:
        return self.surface(index)[:1].isupper()

    def glued(self, index: int) -> bool:
        """A hyphen joining two words without spaces, the second of letters ('Doo-hwan', not 'Doo - hwan')."""
        return (
            0 < index < len(self.words) - 1
            and self.starts[index] == self.ends[index - 1]
            and self.starts[index + 1] == self.ends[index]
            and self.words[index + 1].isalpha()
        )

    def name_word(self, index: int) -> bool:
        """A capitalized word of letters only, as in a name ('Rivera', not 'U.N.' or '2018')."""
        return index < len(self.words) and self.capitalized(index) and self.words[index].isalpha()


def _case_ok(text: _Text, first: int, last: int) -> bool:
    """Names must look like names: short single tokens in capitals, others with a capital somewhere past a
    leading 'the', which a sentence opening capitalizes ('The quartet denied it' names no Quartet)."""
    if last - first == 1:
        surface = text.surface(first)
        return surface.isupper() if len(surface) <= 3 else surface[:1].isupper()
    start = first + 1 if text.words[first] == "the" else first
    return any(text.capitalized(index) for index in range(start, last) if text.words[index].isalpha())


def _place_before_common_noun(table: ActorTable, text: _Text, first: int, last: int) -> bool:
    """'the Paris club', 'a London club': a place name followed only by lower-case words is the place qualifying a
    noun, not the body of that name ('the Paris Club')."""
    start = first + 1 if text.words[first] == "the" else first
    for end in range(start + 1, last):
        places = table.patterns.get(text.words[start:end], ())
        if any(target.actor_id and target.actor_id.startswith("country:") for target in places):
            return not any(text.capitalized(index) for index in range(end, last) if text.words[index].isalpha())
    return False


def _holds(table: ActorTable, actor_id: str, day: dt.date | None) -> bool:
    return day is not None and any(role.holds(day) for role in table.roles.get(actor_id, ()))


def _tier(target: AliasTarget) -> int:
    if target.alias_kind == "surname":
        return 2
    return 0 if target.curated else 1


def _actor_countries(table: ActorTable, actor_id: str) -> set[str]:
    """Every country an actor belongs to or held a role in."""
    countries = {role.country for role in table.roles.get(actor_id, ()) if role.country}
    own = table.actors[actor_id].country
    return countries | {own} if own else countries


def _choose(
    table: ActorTable,
    targets: Sequence[AliasTarget],
    introduced: set[str],
    day: dt.date | None,
    words: Sequence[str] = (),
    country_before: str | None = None,
) -> tuple[AliasTarget, str] | None:
    """Pick one actor for a match, or None when the reference cannot tell which is meant.

    A surname derived from a dictionary name resolves only when the full name appears elsewhere in the
    text: dictionary office-holders are many, and many of their surnames are common words ("English",
    "Church"). Explicit aliases (curated surnames such as "Putin") resolve alone; when several actors
    share one, the text or the office held on the date decides. A country named right before the name
    ('Saudi King Abdullah', 'Jordan's King Abdullah') wins over the date: of people of known country, only
    those of that country can be meant.
    """
    by_actor: dict[str, AliasTarget] = {}
    for target in sorted(targets, key=_tier):
        if target.actor_id is not None:
            by_actor.setdefault(target.actor_id, target)
    if country_before is not None:
        people = {
            actor_id: _actor_countries(table, actor_id)
            for actor_id in by_actor
            if table.actors[actor_id].kind == "person"
        }
        foreign = {actor_id for actor_id, countries in people.items() if countries and country_before not in countries}
        if foreign and foreign == set(people):
            return None
        if foreign:
            by_actor = {actor_id: target for actor_id, target in by_actor.items() if actor_id not in foreign}
    seen_in_text = [actor_id for actor_id in by_actor if actor_id in introduced]
    if len(seen_in_text) == 1 and len(by_actor) > 1:
        return by_actor[seen_in_text[0]], "named-in-text"
    explicit = {actor_id: target for actor_id, target in by_actor.items() if _tier(target) < 2}
    if not explicit:
        return (by_actor[seen_in_text[0]], "surname+named-in-text") if len(seen_in_text) == 1 else None
    best_tier = min(_tier(target) for target in explicit.values())
    top = [actor_id for actor_id, target in explicit.items() if _tier(target) == best_tier]
    holders = [actor_id for actor_id in explicit if _holds(table, actor_id, day)]
    if len(top) == 1:
        if len(holders) == 1 and holders[0] != top[0] and not _holds(table, top[0], day):
            return explicit[holders[0]], "office-on-date"
        return explicit[top[0]], explicit[top[0]].alias_kind
    top_holders = [actor_id for actor_id in top if actor_id in holders]
    if len(top_holders) > 1:
        top_holders = [actor_id for actor_id in top_holders if _holds_named_office(table, actor_id, day, words)]
    return (explicit[top_holders[0]], "office-on-date") if len(top_holders) == 1 else None


def _holds_named_office(table: ActorTable, actor_id: str, day: dt.date | None, words: Sequence[str]) -> bool:
    """'King Abdullah' in 2000: of two Abdullahs in office, only the one whose office is a king's."""
    return day is not None and any(
        role.holds(day) and not set(role.title.split()).isdisjoint(words) for role in table.roles.get(actor_id, ())
    )


def _matches(table: ActorTable, text: _Text) -> list[tuple[int, int, list[AliasTarget]]]:
    """Every (first, last, targets) whose folded tokens equal a known alias or agent phrase."""
    found: list[tuple[int, int, list[AliasTarget]]] = []
    count = len(text.words)
    for first, word in enumerate(text.words):
        for size in table.lengths_by_first.get(word, ()):
            last = first + size
            if last > count:
                continue
            targets = table.patterns.get(text.words[first:last])
            if not targets:
                continue
            case_ok = _case_ok(text, first, last)
            capitals = case_ok and text.surface(first).isupper()
            common_noun = last - first > 1 and _place_before_common_noun(table, text, first, last)
            usable = [
                target
                for target in targets
                if target.actor_id is None
                or (
                    case_ok
                    and (capitals or not target.needs_capitals)
                    and not (common_noun and table.actors[target.actor_id].kind in ("organization", "group"))
                )
            ]
            if usable:
                found.append((first, last, usable))
    return found


def _resolve(table: ActorTable, text: _Text, day: dt.date | None) -> list[_Span]:
    """Resolve every match to one actor or agent, then keep the longest non-overlapping ones."""
    matches = _matches(table, text)
    introduced: set[str] = set()
    for first, last, targets in matches:
        if len(_alnum(text.words[first:last])) >= 2:
            actor_ids = {t.actor_id for t in targets if t.actor_id is not None and t.alias_kind != "surname"}
            if len(actor_ids) == 1:
                introduced.update(actor_ids)
    countries_before = _countries_before(text, matches)
    spans: list[_Span] = []
    undecided: list[tuple[int, int]] = []
    for first, last, targets in matches:
        agents = [target for target in targets if target.actor_id is None]
        curated = [target for target in targets if target.curated]
        if agents and not curated:
            spans.append(_Span(first, last, agents[0], "agent", agent_code=agents[0].agent_code))
            continue
        candidates = curated or [t for t in targets if t.actor_id]
        chosen = _choose(table, candidates, introduced, day, text.words[first:last], countries_before.get(first))
        if chosen is not None:
            spans.append(_Span(first, last, chosen[0], chosen[1]))
        elif (namesakes := _namesakes_of_one_country(table, candidates)) is not None:
            country, sector = namesakes
            spans.append(_Span(first, last, candidates[0], "namesakes", country, sector, namesakes=True))
        elif any(table.actors[t.actor_id].kind == "person" for t in candidates if t.actor_id):
            undecided.append((first, last))
    spans = [span for span in spans if not _inside_undecided(table, span, undecided)]
    spans.sort(key=lambda span: (span.first - span.last, span.first))
    taken: set[int] = set()
    kept: list[_Span] = []
    for span in spans:
        if taken.isdisjoint(range(span.first, span.last)):
            taken.update(range(span.first, span.last))
            kept.append(span)
    return sorted(kept, key=lambda span: span.first)


def _namesakes_of_one_country(table: ActorTable, targets: Sequence[AliasTarget]) -> tuple[str, str | None] | None:
    """(country, shared sector) of a name that several listed people of one country bear, none of them in office
    on the date: 'President Bush' in 2000 is one of two Americans, so the country is known though the person is
    not. Surnames the dictionary derives, rather than aliases, are too many and too common for this."""
    people = {t.actor_id for t in targets if t.actor_id is not None and _tier(t) < 2}
    if len(people) < 2 or any(table.actors[actor_id].kind != "person" for actor_id in people):
        return None
    countries = set().union(*(_actor_countries(table, actor_id) for actor_id in people))
    if len(countries) != 1:
        return None
    sectors = {role.sector for actor_id in people for role in table.roles.get(actor_id, ())}
    return countries.pop(), sectors.pop() if len(sectors) == 1 else None


def _countries_before(text: _Text, matches: Sequence[tuple[int, int, list[AliasTarget]]]) -> dict[int, str]:
    """Token position -> the one country named right before it, past an optional "'s" and a title
    ('Saudi King Abdullah', "Jordan's King Abdullah", 'Syrian President Bashar al-Assad')."""
    place_ends: dict[int, set[str]] = {}
    title_starts_by_end: dict[int, set[int]] = {}
    for first, last, targets in matches:
        places = {
            t.actor_id.removeprefix("country:") for t in targets if t.actor_id and t.actor_id.startswith("country:")
        }
        if places and len(places) == len({t.actor_id for t in targets}):
            end = last + 2 if text.words[last : last + 2] == ("'", "s") else last
            place_ends.setdefault(end, set()).update(places)
        if any(t.actor_id is None and (t.agent_code or "")[:3] in TITLE_SECTORS for t in targets):
            title_starts_by_end.setdefault(last, set()).add(first)
    hints: dict[int, str] = {}
    for first, _last, _targets in matches:
        found = set(place_ends.get(first, set()))
        for title_first in title_starts_by_end.get(first, set()):
            found |= place_ends.get(title_first, set())
        if len(found) == 1:
            hints[first] = found.pop()
    return hints


def _names_person(table: ActorTable, span: _Span) -> bool:
    """The span resolves to a listed person (not a state, body or agent word)."""
    return span.target.actor_id is not None and table.actors[span.target.actor_id].kind == "person"


def _inside_undecided(table: ActorTable, span: _Span, undecided: Sequence[tuple[int, int]]) -> bool:
    """A person named by part of a longer name the reference cannot decide ('Abdullah' in 'King Abdullah'
    when two kings of that name reigned) is just as undecided."""
    return _names_person(table, span) and any(
        first <= span.first and span.last <= last and (first, last) != (span.first, span.last)
        for first, last in undecided
    )


def _imperative_verbs(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """'Begin the talks now': a one-word person name that opens a sentence before a determiner is a verb."""
    kept: list[_Span] = []
    for span in spans:
        if (
            _names_person(table, span)
            and span.last - span.first == 1
            and (span.first == 0 or text.words[span.first - 1] in SENTENCE_OPENERS)
            and span.last < len(text.words)
            and text.words[span.last] in DETERMINERS
            and not text.capitalized(span.last)
        ):
            continue
        kept.append(span)
    return kept


def _abstract_rule(text: _Text, spans: list[_Span]) -> list[_Span]:
    """'return to civilian rule': an agent word qualifying a form of rule names no actor."""
    return [
        span
        for span in spans
        if span.target.actor_id is not None
        or span.last >= len(text.words)
        or text.words[span.last] not in ABSTRACT_RULE_HEADS
    ]


def _stance_nouns(text: _Text, spans: list[_Span]) -> list[_Span]:
    """'dropped its opposition to the plan', 'opposition to the war grew': the stance, not the opposition camp; and
    'the opposition Labour party', 'opposition figure Maria Kolesnikova': a qualifier of the name that follows.
    A weekday after it is a date ('The opposition Sunday accused the president'), not a name."""

    def qualifier(span: _Span) -> bool:
        after = span.last
        return (
            text.words[after : after + 1] == ("to",)
            or (span.first > 0 and text.words[span.first - 1] in POSSESSIVE_PRONOUNS)
            or (text.name_word(after) and text.words[after] not in CALENDAR_WORDS)
            or (after < len(text.words) and text.words[after] in NAMED_PERSON_HEADS and text.name_word(after + 1))
        )

    return [
        span
        for span in spans
        if span.target.actor_id is not None
        or span.last - span.first != 1
        or text.words[span.first] not in STANCE_NOUNS
        or not qualifier(span)
    ]


def _main_sector(code: str) -> str | None:
    """The sector of an agent code, past a leading religion: 'Islamic militants' (MUSUAF) are an armed group."""
    chunks = [code[index : index + 3] for index in range(0, len(code), 3)]
    if chunks and chunks[0] in RELIGION_SECTORS:
        later = next((chunk for chunk in chunks[1:] if chunk in SECTOR_TITLES), None)
        return later or chunks[0]
    return chunks[0] if chunks and chunks[0] else None


def _edit_distance(left: str, right: str) -> int:
    previous = list(range(len(right) + 1))
    for row, left_char in enumerate(left, 1):
        current = [row]
        for column, right_char in enumerate(right, 1):
            current.append(
                min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (left_char != right_char))
            )
        previous = current
    return previous[-1]


def _similar_name(word: str, names: Iterable[str]) -> bool:
    """A misspelt given name: same initial, within 1 edit (2 for names of 6+ letters)."""
    limit = 2 if len(word) >= 6 else 1
    return any(name[:1] == word[:1] and _edit_distance(word, name) <= limit for name in names)


def _names_nobody(text: _Text, index: int) -> bool:
    """A title ('Taoiseach Ahern', 'Herr Kohl') or a sentence adverb opening the sentence ('Later Hawke said')
    right before a surname: not a given name."""
    word = text.words[index]
    opens = index == 0 or text.words[index - 1] in SENTENCE_OPENERS
    return word in UNLISTED_TITLES or (opens and word in OPENING_ADVERBS)


def _given_names(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """Surname-only person mentions: take in a (misspelt) given name before them, or drop on a clash.

    A capitalized word just before the surname that is a known given name of someone else ("Ali Akar"), or a
    word no table knows ("Ethan Hawke"), means another person; one close to this person's given name ("Vladmir
    Putin") is a misspelling.
    """
    covered = _covered_words(spans)
    kept: list[_Span] = []
    for span in spans:
        actor_id = span.target.actor_id
        before = span.first - 1
        if (
            actor_id is None
            or table.actors[actor_id].kind != "person"
            or len(_alnum(text.words[span.first : span.last])) != 1
            or before < 0
            or before in covered
            or not text.words[before].isalpha()
            or not text.capitalized(before)
            or text.words[before] in table.not_given_names
        ):
            kept.append(span)
            continue
        word = text.words[before]
        names = table.given_names.get(actor_id, frozenset())
        if word in names or _similar_name(word, names):
            span.first = before
            span.basis = "given-name" if word in names else "fuzzy-given-name"
            kept.append(span)
        elif word not in table.known_given_names and _names_nobody(text, before):
            kept.append(span)
    return kept


def _qualified_countries(text: _Text, spans: list[_Span]) -> list[_Span]:
    """Drop a country named only as descent ('ethnic Albanians'), as a person's name ('a man named Jordan'),
    inside a region ('Central American', 'Latin American') or after a combining form ('Sino-British'), which no
    longer name the state."""
    covered = _covered_words(spans)

    def qualified(span: _Span) -> bool:
        before = span.first - 1
        if not _is_place(span) or before < 0 or before in covered:
            return False
        word = text.words[before]
        if word in ETHNIC_MARKERS:
            return True
        if word == "-" and text.glued(before) and text.words[before - 1] in COMBINING_FORMS:
            return True
        return span.target.alias_kind == "nationality" and word in REGION_QUALIFIERS and text.capitalized(before)

    def ethnic_group(span: _Span) -> _Span | None:
        """'ethnic Albanians have vowed': the people named by descent still act, as an ethnic group with no
        state; 'ethnic Albanian guerrillas' leaves the act to the guerrillas."""
        if span.target.alias_kind != "nationality" or text.words[span.first - 1] != "ethnic" or span.last in covered:
            return None
        group = AliasTarget(None, "agent", agent_code="ETH")
        named_people = span.last < len(text.words) and text.words[span.last] in ETHNIC_GROUP_NOUNS
        last = span.last + 1 if named_people else span.last
        return _Span(span.first - 1, last, group, "ethnic-group", agent_code="ETH")

    kept: list[_Span] = []
    for span in spans:
        if not qualified(span):
            kept.append(span)
        elif (group := ethnic_group(span)) is not None:
            kept.append(group)
    return kept


def _name_continues(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """A one-word person name followed by a capitalized word no actor, place or common word accounts for is
    the first part of another person's name ('Abdullah Ocalan' is not King Abdullah): dropped, not guessed."""
    covered = _covered_words(spans)
    kept: list[_Span] = []
    for span in spans:
        after = span.last
        if (
            _names_person(table, span)
            and len(_alnum(text.words[span.first : span.last])) == 1
            and after not in covered
            and text.name_word(after)
            and text.words[after] not in table.not_given_names
        ):
            continue
        kept.append(span)
    return kept


def _private_namesakes(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """Drop a listed person named as someone else: in apposition with a private occupation ('Colom, a Barcelona
    architect'), as the relative who acts ("Craxi's daughter criticized"), or as the start of a longer or
    foreign name ("the Palme d'Or", 'Abdul Sattar Edhi')."""
    words = text.words
    covered = _covered_words(spans)

    def longer_name_follows(span: _Span) -> bool:
        """'Alan Garcia Sanchez', 'Abdul Sattar Edhi': a full name followed by a capitalized word no table
        accounts for is part of a longer name."""
        after = span.last
        return (
            len(_alnum(words[span.first : span.last])) > 1
            and after not in covered
            and text.name_word(after)
            and words[after] not in table.not_given_names
        )

    def apposition_is_private(last: int) -> bool:
        """'Colom, a Barcelona architect', 'Smith, Barcelona's architect', 'Levy, chief executive of': a noun
        phrase after the comma, not a participle clause ('Yeltsin, speaking at a hotel in Moscow, accused')."""
        if last + 1 >= len(words) or words[last] != ",":
            return False
        if (
            words[last + 1] not in APPOSITION_OPENERS
            and words[last + 2 : last + 4] != ("'", "s")
            and PRIVATE_OCCUPATIONS.isdisjoint(words[last + 1 : last + 3])
        ):
            return False
        window: list[str] = []
        for word in words[last + 1 : last + 1 + APPOSITION_WINDOW]:
            if word in (",", ".", ";"):
                break
            window.append(word)
        return PUBLIC_OFFICE_WORDS.isdisjoint(window) and not PRIVATE_OCCUPATIONS.isdisjoint(window)

    def relative_acts(last: int) -> bool:
        return words[last : last + 2] == ("'", "s") and last + 2 < len(words) and words[last + 2] in KIN_NOUNS

    def foreign_name_follows(span: _Span) -> bool:
        after = span.last
        if (
            len(_alnum(words[span.first : span.last])) != 1
            or after >= len(words)
            or words[after] not in FOREIGN_NAME_PARTICLES
        ):
            return False
        following = after + 2 if words[after] == "d" and words[after + 1 : after + 2] == ("'",) else after + 1
        while following < len(words) and words[following] in FOREIGN_NAME_PARTICLES:
            following += 1
        return text.name_word(following)

    kept: list[_Span] = []
    for span in spans:
        if _names_person(table, span) and (
            apposition_is_private(span.last)
            or relative_acts(span.last)
            or foreign_name_follows(span)
            or longer_name_follows(span)
        ):
            continue
        kept.append(span)
    return kept


def _span_country(table: ActorTable, span: _Span) -> str | None:
    if span.country is not None:
        return span.country
    actor_id = span.target.actor_id
    return table.actors[actor_id].country if actor_id is not None else None


def _is_place(span: _Span) -> bool:
    return span.target.actor_id is not None and span.target.actor_id.startswith("country:")


def _covered_words(spans: Sequence[_Span]) -> set[int]:
    """The indexes of the words some span already covers."""
    return {index for span in spans for index in range(span.first, span.last)}


def _place_country(span: _Span) -> str | None:
    """ISO3 of a country span (`country:TUR` -> TUR)."""
    return span.target.actor_id.removeprefix("country:") if _is_place(span) and span.target.actor_id else None


def _compose(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """Modifiers ("Russian-backed"), titles before names, country + agent phrases and agents in a country
    ('security forces in Guinea')."""
    words = text.words

    def word(index: int) -> str:
        return words[index] if 0 <= index < len(words) else ""

    def adjacent(left: _Span, right: _Span) -> bool:
        gap = words[left.last : right.first]
        return not gap or gap in (("'", "s"), ("'",))

    spans = list(spans)
    index = 0
    while index < len(spans):
        span = spans[index]
        following = spans[index + 1] if index + 1 < len(spans) else None
        is_modifier = word(span.last) == "-" and word(span.last + 1) in RELATION_SUFFIXES
        is_stance = _stance_before(words, span.first)
        if span.target.actor_id is not None and (is_modifier or is_stance):
            first = span.first - 2 if is_stance else span.first
            if index > 0 and is_modifier and word(span.first - 1) in ("and", ","):
                previous = spans[index - 1]
                if previous.last == span.first - 1 and previous.target.actor_id is not None:
                    first = previous.first
                    spans.pop(index - 1)
                    index -= 1
            reach = span.last + 2 if is_modifier else span.last
            if following is not None and following.first == reach:
                following.first = min(following.first, first)
                following.notes.append("modifier")
            spans.pop(index)
            continue
        index += 1

    composed: list[_Span] = []
    index = 0
    while index < len(spans):
        span = spans[index]
        following = spans[index + 1] if index + 1 < len(spans) else None
        after = spans[index + 2] if index + 2 < len(spans) else None
        if (
            _is_place(span)
            and following is not None
            and following.target.actor_id is None
            and adjacent(span, following)
            and (following.agent_code or "")[:3] in TITLE_SECTORS
            and after is not None
            and after.first == following.last
            and _person_of_place(table, span, after)
        ):
            after.first = span.first
            after.notes.append("title")
            if after.target.actor_id is not None and table.actors[after.target.actor_id].country is None:
                after.country = _place_country(span)
            index += 2
            continue
        if (
            _is_place(span)
            and following is not None
            and following.first == span.last + 1
            and word(span.last) in TITLE_HEADS
            and not text.capitalized(span.last)
            and _person_of_place(table, span, following)
        ):
            following.first = span.first
            following.notes.append("title")
            index += 1
            continue
        if (
            _is_place(span)
            and following is not None
            and adjacent(span, following)
            and (following_id := following.target.actor_id) is not None
        ):
            kind = table.actors[following_id].kind
            branch = kind == "group" and word(following.last) != "-"
            if branch or (kind == "person" and _place_country(span) in _actor_countries(table, following_id)):
                following.first = span.first
                if branch:
                    following.country = _place_country(span)
                following.notes.append("branch" if branch else "country")
                index += 1
                continue
        if (
            span.target.actor_id is None
            and (span.agent_code or "")[:3] in TITLE_SECTORS
            and following is not None
            and following.first == span.last
            and _names_person(table, following)
        ):
            following.first = span.first
            following.notes.append("title")
            index += 1
            continue
        if (
            span.target.actor_id is not None
            and table.actors[span.target.actor_id].kind in ("group", "organization")
            and following is not None
            and following.target.actor_id is None
            and following.first == span.last
            and (following.agent_code or "")[:3] in ARMED_MEMBER_SECTORS
        ):
            span.last = following.last
            span.notes.append("members")
            composed.append(span)
            index += 2
            continue
        if (
            _names_person(table, span)
            and following is not None
            and following.target.actor_id is None
            and following.country is None
            and words[span.last : following.first] == ("'", "s")
            and (country := _span_country(table, span)) is not None
        ):
            merged = _Span(span.first, following.last, following.target, "person's+agent")
            merged.country, merged.agent_code = country, following.agent_code
            composed.append(merged)
            index += 2
            continue
        if (
            _is_place(span)
            and following is not None
            and following.target.actor_id is None
            and adjacent(span, following)
        ):
            merged = _Span(span.first, following.last, following.target, "country+agent")
            merged.country, merged.agent_code = _place_country(span), following.agent_code
            _distribute(composed, text, merged)
            composed.append(merged)
            index += 2
            if (
                (following.agent_code or "")[:3] in RELIGION_SECTORS
                and after is not None
                and after.first == following.last
                and after.target.actor_id is None
                and after.country is None
            ):
                merged.last, merged.target = after.last, after.target
                merged.agent_code = f"{following.agent_code}{after.agent_code or ''}"
                merged.notes.append("religion")
                index += 1
            continue
        if (
            span.target.actor_id is None
            and span.country is None
            and word(span.first - 1) not in FOREIGN_MARKERS
            and following is not None
            and _is_place(following)
            and tuple(words[span.last : following.first]) in _AGENT_COUNTRY_LINKS
            and (
                (span.agent_code or "")[:3] not in FOREIGN_BY_DEFAULT_SECTORS
                or _national_force_in(words, span, following)
            )
            and words[span.last - 1] not in CAPTIVE_WORDS
            and not _modifies_next_agent(following, spans[index + 2] if index + 2 < len(spans) else None)
            and not (words[span.last] == "of" and _is_adjective(following, text))
        ):
            merged = _Span(span.first, following.last, span.target, f"agent+{words[span.last]}-country")
            merged.country, merged.agent_code = _place_country(following), span.agent_code
            skipped = 2
            if (qualifier := _city_qualifier(words, following, spans[index + 2 : index + 3])) is not None:
                merged.last, merged.country, skipped = qualifier.last, _place_country(qualifier), 3
            composed.append(merged)
            index += skipped
            continue
        composed.append(span)
        index += 1
    taken = {index for span in composed for index in range(span.first, span.last)}
    for span in composed:
        title = span.first - 2 if word(span.first - 1) == "." else span.first - 1
        if word(title) in HONORIFICS and title not in taken and text.capitalized(title) and _names_person(table, span):
            span.first = title
            span.notes.append("title")
    return composed


def _city_qualifier(words: Sequence[str], city: _Span, next_spans: Sequence[_Span]) -> _Span | None:
    """'militants in Tripoli, Lebanon': a capital followed by a comma and a country name is that country's city
    of the name, so the agent is of the country that follows; the name is part of the place, never an actor.
    Only where the gazetteer knows a city of the name in that country: 'in Cairo, Jordan said' and 'in Paris,
    Germany and Italy' name no city of Jordan or Germany, and a possessive opens a phrase of its own: 'Speaking in
    Tehran, Iran's foreign minister accused'."""
    if city.target.alias_kind != "capital" or not next_spans:
        return None
    qualifier = next_spans[0]
    country = _place_country(qualifier)
    if (
        _is_place(qualifier)
        and country is not None
        and qualifier.target.alias_kind == "name"
        and tuple(words[city.last : qualifier.first]) == (",",)
        and tuple(words[qualifier.last : qualifier.last + 2]) != ("'", "s")
        and (" ".join(words[city.first : city.last]), country) in load_gazetteer().cities_in_country
    ):
        return qualifier
    return None


def _national_force_in(words: Sequence[str], agent: _Span, place: _Span) -> bool:
    """'the army in Sri Lanka': see NATIONAL_FORCE_PHRASES."""
    return (
        agent.first > 0
        and words[agent.first - 1] == "the"
        and tuple(words[agent.first : agent.last]) in NATIONAL_FORCE_PHRASES
        and tuple(words[agent.last : place.first]) == ("in",)
        and place.target.alias_kind == "name"
    )


def _speakers_for(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """'a spokesman for the Eritrean government', 'a spokeswoman for Hamas': a spokesman with no country of his own
    followed by 'for' and an actor of known country is that actor speaking; the mention takes both."""

    def speaks_for(span: _Span, following: _Span) -> bool:
        return (
            span.target.actor_id is None
            and span.country is None
            and text.words[span.last - 1] in SPEAKER_WORDS
            and text.words[span.last : following.first] in (("for",), ("for", "the"))
            and _span_country(table, following) is not None
        )

    return _fold_into_following(spans, speaks_for, "speaker-for")


def _fold_into_following(spans: list[_Span], joins: Callable[[_Span, _Span], bool], note: str) -> list[_Span]:
    """The spans, where each one that `joins` the next is dropped and the next takes its words and the note:
    'a spokesman for Hamas' is Hamas speaking."""

    def fold(span: _Span, following: _Span) -> _Span | None:
        if not joins(span, following):
            return None
        following.first = span.first
        following.notes.append(note)
        return following

    return _merge_adjacent(spans, fold)


def _merge_adjacent(spans: list[_Span], merge: Callable[[_Span, _Span], _Span | None]) -> list[_Span]:
    """The spans, where each pair of neighbours that `merge` joins is replaced by the one span it returns (it
    changes nothing when it returns None)."""
    kept: list[_Span] = []
    index = 0
    while index < len(spans):
        span = spans[index]
        joined = merge(span, spans[index + 1]) if index + 1 < len(spans) else None
        if joined is not None:
            kept.append(joined)
            index += 2
            continue
        kept.append(span)
        index += 1
    return kept


def _loyal_to(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """'forces loyal to Muammar Gaddafi', 'militiamen loyal to President Assad': an agent with no country that is
    loyal to a person or group of one known country belongs to that country; the actor it is loyal to stays a
    mention of its own. Loyalty to a state ('gunmen loyal to Moscow' in Donetsk, 'militiamen loyal to Syria' in
    Beirut), backing ('rebels backed by Rwanda') or leadership by a foreigner ties no country."""
    for span, following in itertools.pairwise(spans):
        loyal_to = following.target.actor_id
        if (
            span.target.actor_id is not None
            or span.country is not None
            or text.words[span.last : following.first] not in (("loyal", "to"), ("loyal", "to", "the"))
            or loyal_to is None
            or table.actors[loyal_to].kind == "country"
        ):
            continue
        countries = {following.country} if following.country is not None else _actor_countries(table, loyal_to)
        if len(countries) == 1:
            span.country = countries.pop()
            span.notes.append("loyal-to")
    return spans


def _name_modifiers(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """'civilian leader Aung San Suu Kyi', 'rebel leader Laurent Kabila': an agent word with no country right
    before a person's name, or before a title head word and the name, describes that person and is no actor."""
    kept: list[_Span] = []
    for index, span in enumerate(spans):
        following = spans[index + 1] if index + 1 < len(spans) else None
        gap = text.words[span.last : following.first] if following is not None else ()
        if (
            following is not None
            and span.target.actor_id is None
            and span.country is None
            and _names_person(table, following)
            and (not gap or (len(gap) == 1 and gap[0] in TITLE_HEADS and not text.capitalized(span.last)))
        ):
            continue
        kept.append(span)
    return kept


def _party_phrases(text: _Text, spans: list[_Span]) -> list[_Span]:
    """'Iraq's main Sunni Arab parties', 'Turkey's main opposition party', 'Iraqi Kurdish parties': a lower-case
    party word after a country and words that qualify a party (political, religious or ethnic words, a party's
    name) names parties of that country, not the state: PTY, OPP for the opposition and GOV for the ruling party,
    as Phoenix codes them. After a nationality adjective a qualifier is needed: 'the Syrian parties' may be the
    sides of a conflict, and 'the Kenyan party' a delegation. A party with a name of its own ('the ruling Ennahda
    party') is left to `_unlisted_organizations`, which keeps the name."""
    by_last = {span.last: span for span in spans}
    covered = _covered_words(spans)
    words = text.words
    merged: list[_Span] = []
    for head, word in enumerate(words):
        if word not in PARTY_HEADS or text.capitalized(head) or any(span.first <= head < span.last for span in merged):
            continue
        head_span = by_last.get(head + 1)
        if head_span is not None and head_span.target.actor_id is None:
            cursor, codes = head_span.first, [(head_span.agent_code or "PTY")[:3]]
        elif head in covered or (
            word == "party" and head > 0 and text.name_word(head - 1) and not text.glued(head - 2)
        ):
            continue
        else:
            cursor, codes = head, ["PTY"]
        qualifiers: list[str] = []
        while cursor > 0:
            before = by_last.get(cursor)
            if before is not None and before.target.actor_id is None and before.country is None:
                sector = (before.agent_code or "")[:3]
                if sector not in PARTY_QUALIFIER_SECTORS:
                    break
                codes.append(sector)
                cursor = before.first
            elif before is not None and _is_place(before) and _stance_before(words, before.first):
                cursor = before.first - 2
            elif cursor - 1 not in covered and (
                (words[cursor - 1] in PARTY_QUALIFIERS and not text.capitalized(cursor - 1))
                or (text.name_word(cursor - 1) and words[cursor - 1] not in STOP_WORDS)
            ):
                qualifiers.append(words[cursor - 1])
                cursor -= 1
            else:
                break
        possessive = words[cursor - 2 : cursor] == ("'", "s")
        place = by_last.get(cursor - 2 if possessive else cursor)
        if (
            place is None
            or not _is_place(place)
            or place.target.alias_kind in ("capital", "metonym")
            or _stance_before(words, place.first)
            or (place.target.alias_kind == "nationality" and not possessive and len(codes) + len(qualifiers) < 2)
        ):
            continue
        if not PARTY_STATE_QUALIFIERS.isdisjoint(qualifiers):
            sector = "GOV"
        elif "OPP" in codes or "opposition" in qualifiers:
            sector = "OPP"
        else:
            sector = codes[0]
        religion = next((code for code in codes if code in RELIGION_SECTORS), "")
        party = _Span(place.first, head + 1, AliasTarget(None, "agent", agent_code=sector), "country+party")
        party.country, party.agent_code = _place_country(place), f"{religion}{sector}"
        merged.append(party)
    if not merged:
        return spans
    kept = [span for span in spans if not any(party.first <= span.first < party.last for party in merged)]
    return sorted([*kept, *merged], key=lambda span: span.first)


def _stance_before(words: Sequence[str], index: int) -> bool:
    """'pro-Iranian', 'anti-American': the word at `index` follows a stance prefix and names no owner."""
    return index >= 2 and words[index - 1] == "-" and words[index - 2] in STANCE_PREFIXES


def _supporters(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """'Supporters of the Muslim Brotherhood', 'followers of Mohamed Morsi': people who follow a body or a leader
    of known country are people of that country, with their own sector; the body itself does not act."""

    def followers(span: _Span, followed: _Span) -> _Span | None:
        if (
            span.target.actor_id is None
            and span.country is None
            and text.words[span.last - 1] in FOLLOWER_WORDS
            and _follows_link(text.words[span.last : followed.first])
            and not _is_place(followed)
            and (country := _span_country(table, followed)) is not None
        ):
            span.country = country
            span.basis = "followers-of"
            return span
        return None

    return _merge_adjacent(spans, followers)


def _follows_link(gap: Sequence[str]) -> bool:
    """'of', then at most two determiners or lower-case adjectives: 'supporters of the ousted president'."""
    return (
        bool(gap)
        and gap[0] == "of"
        and len(gap) <= 3
        and all(word.isalpha() and (word in DETERMINERS or word not in STOP_WORDS) for word in gap[1:])
    )


def _modifies_next_agent(place: _Span, next_span: _Span | None) -> bool:
    """'thousands of Hong Kong residents': the place qualifies the agent right after it, which it joins."""
    return next_span is not None and next_span.first == place.last and next_span.target.actor_id is None


REGION_WORDS = frozenset({"northern", "southern", "eastern", "western", "central"})
"""'Rebels in northern Mali': a region word after 'in' names part of the country that follows."""
HOME_REGION_SECTORS = frozenset({"REB", "INS", "SEP", "COP"})
"""Agents (rebels, insurgents, separatists, police) that belong to the country whose region they are in; troops
abroad do not."""


def _agents_in_region(text: _Text, spans: list[_Span]) -> list[_Span]:
    """'Rebels in northern Mali', 'police in southern Iraq': rebels and police named by a region of a country
    belong to it. Not when a word the tables do not know qualifies them ('Kurdish rebel bases in northern Iraq':
    that word, not the place, tells whose they are)."""
    covered = _covered_words(spans)

    def in_region(span: _Span, place: _Span) -> _Span | None:
        before = span.first - 1
        if (
            span.target.actor_id is None
            and span.country is None
            and _main_sector(span.agent_code or "") in HOME_REGION_SECTORS
            and _is_place(place)
            and place.target.alias_kind == "name"
            and len(text.words[span.last : place.first]) == 2
            and text.words[span.last] == "in"
            and text.words[span.last + 1] in REGION_WORDS
            and not (before >= 0 and before not in covered and text.capitalized(before))
            and not (before >= 0 and text.words[before] in FOREIGN_MARKERS)
        ):
            merged = _Span(span.first, place.last, span.target, "agent+in-region-of-country")
            merged.country, merged.agent_code = _place_country(place), span.agent_code
            return merged
        return None

    return _merge_adjacent(spans, in_region)


def _armed_members_of(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """'Fighters of the Luhansk People's Republic', 'gunmen of the Abu Sayyaf group': armed men of a named
    group are that group acting, as 'Hamas gunmen' are."""

    def members_of(span: _Span, followed: _Span) -> bool:
        return (
            span.target.actor_id is None
            and span.country is None
            and (span.agent_code or "")[:3] in ARMED_MEMBER_SECTORS
            and text.words[span.last : followed.first] in (("of",), ("of", "the"))
            and followed.target.actor_id is not None
            and table.actors[followed.target.actor_id].kind in ("group", "organization")
        )

    return _fold_into_following(spans, members_of, "members")


BLOC_ADJECTIVES = frozenset({"western", "european", "african", "asian", "nordic", "scandinavian"})
"""'Western diplomats', 'European governments': adjectives of a group of states, not of one."""
BLOC_AGENT_SECTORS = frozenset({"GOV", "MIL"})
"""State agents a bloc's adjective makes a known side ('Western diplomats', 'African troops')."""
BLOC_NOTE = "bloc"
"""The basis note of an agent marked as a bloc, which may act though it has no country."""


def _bloc_agents(text: _Text, spans: list[_Span]) -> list[_Span]:
    """'Western diplomats', 'European governments': a bloc's adjective before a state agent with no country
    names several states acting together. The agent keeps no country but is marked as a bloc, so that it may
    act: bare 'diplomats' name nobody an analyst could count, 'Western diplomats' a known side."""
    for span in spans:
        before = span.first - 1
        if (
            before >= 0
            and span.target.actor_id is None
            and span.country is None
            and _main_sector(span.agent_code or "") in BLOC_AGENT_SECTORS
            and text.words[before] in BLOC_ADJECTIVES
            and text.capitalized(before)
            and not any(other.last == span.first for other in spans)
        ):
            span.first = before
            span.notes.append(BLOC_NOTE)
    return spans


def _is_adjective(span: _Span, text: _Text) -> bool:
    """'of Eritrean origin' gives descent, not citizenship; a plural demonym ('thousands of Syrians') names
    the people themselves."""
    return span.target.alias_kind == "nationality" and not text.words[span.last - 1].endswith("s")


def _distribute(composed: list[_Span], text: _Text, merged: _Span) -> None:
    """`Russian and Syrian forces`: the agent applies to each coordinated country before it."""
    cursor = merged.first
    for earlier in reversed(composed):
        if not (_is_place(earlier) and earlier.last == cursor - 1 and text.words[cursor - 1] in ("and", ",")):
            break
        earlier.country = _place_country(earlier)
        earlier.agent_code = merged.agent_code
        earlier.target = merged.target
        earlier.basis = "country+agent (coordinated)"
        cursor = earlier.first


def _explain(roles: Sequence[RoleRecord], day: dt.date) -> str:
    """Why no dated role could be confirmed on `day`."""
    open_ended = [r for r in roles if r.end is None and r.start is not None and r.start <= day]
    past = [r for r in roles if r.end is not None and r.end < day]
    future = [r for r in roles if r.start is not None and r.start > day]
    if open_ended:
        role = max(open_ended, key=lambda r: r.start or dt.date.min)
        return (
            f"{role.label} since {role.start} is confirmed only until {role.known_until} "
            f"({role.source}); not confirmed for {day}"
        )
    if past:
        role = max(past, key=lambda r: r.end or dt.date.min)
        return f"no office held on {day}: {role.label} ended {role.end}"
    if future:
        role = min(future, key=lambda r: r.start or dt.date.max)
        return f"no office held on {day}: {role.label} began {role.start}"
    return f"no office with a known start covers {day}"


def _role_fields(
    table: ActorTable, actor: ActorRecord, day: dt.date | None
) -> tuple[RoleRecord | None, bool, str | None]:
    """(role, role_checked, unresolved_reason) of an actor on `day`."""
    roles = table.roles.get(actor.actor_id, ())
    dated = [role for role in roles if role.dated]
    undated = sorted((role for role in roles if not role.dated), key=lambda role: (not role.title, role.code))
    default = undated[0] if undated else None
    if not dated:
        return default, False, "no dated office in the reference" if actor.kind == "person" else None
    if day is None:
        return default, False, "no date given: office not checked"
    holding = [role for role in dated if role.holds(day)]
    if holding:
        best = max(holding, key=lambda role: (bool(role.title), role.start or dt.date.min, role.code))
        return best, True, None
    return default, False, _explain(dated, day)


class _RoleOn(TypedDict):
    country: str | None
    role: str | None
    sector: str | None
    code: str | None
    role_checked: bool
    unresolved_reason: str | None


def _role_on(table: ActorTable, actor: ActorRecord, day: dt.date | None) -> _RoleOn:
    """The ActorMention fields that depend on which role the actor held on `day`."""
    role, checked, reason = _role_fields(table, actor, day)
    return {
        "country": role.country if checked and role and role.country else actor.country,
        "role": role.label if role else None,
        "sector": role.sector if role else None,
        "code": role.code if role else None,
        "role_checked": checked,
        "unresolved_reason": reason,
    }


def _mention(table: ActorTable, text: _Text, span: _Span, day: dt.date | None) -> ActorMention:
    start = text.starts[span.first]
    end = text.ends[span.last - 1]
    surface = text.original[start:end]
    basis = "+".join([span.basis, *dict.fromkeys(span.notes)])
    target = span.target
    if span.namesakes:
        return ActorMention(
            start,
            end,
            surface,
            f"namesakes:{span.country}:{'-'.join(_alnum(alias_key(surface)))}",
            surface,
            "person",
            span.country,
            None,
            span.agent_code,
            f"{span.country}{span.agent_code or ''}",
            False,
            "several listed people of this country bear the name and none held office on the date",
            basis,
        )
    if span.unlisted_name is not None:
        sector = (span.agent_code or "")[:3] or None
        return ActorMention(
            start,
            end,
            surface,
            f"unlisted:{'-'.join(_alnum(alias_key(span.unlisted_name)))}",
            span.unlisted_name,
            "person" if span.unlisted_title is not None else "organization",
            span.country,
            span.unlisted_title,
            sector,
            f"{span.country or ''}{sector or ''}",
            False,
            "not in the actor table: kind, sector and country as the text gives them",
            basis,
        )
    if target.actor_id is None:
        code = span.agent_code or ""
        sector = _main_sector(code)
        label = SECTOR_TITLES.get(sector or "", code.lower())
        country = span.country
        name = f"{label} ({table.country_names.get(country, country)})" if country else label
        return ActorMention(
            start,
            end,
            surface,
            f"agent:{country or ''}{code}",
            name,
            "agent-phrase",
            country,
            label,
            sector,
            f"{country or ''}{code}",
            False,
            None,
            basis,
        )
    actor = table.actors[target.actor_id]
    if actor.kind == "country":
        metonym_role = SECTOR_TITLES.get(target.sector) if target.sector else None
        return ActorMention(
            start,
            end,
            surface,
            actor.actor_id,
            actor.name,
            "country",
            actor.country,
            metonym_role,
            target.sector,
            f"{actor.country}{target.sector or ''}",
            False,
            None,
            basis,
        )
    role_fields = _role_on(table, actor, day)
    if span.country is not None:
        role_fields["country"] = span.country
        role_fields["code"] = f"{span.country}{role_fields['sector'] or ''}"
    return ActorMention(
        start=start,
        end=end,
        surface=surface,
        actor_id=actor.actor_id,
        actor_name=actor.name,
        kind=actor.kind,
        basis=basis,
        **role_fields,
    )


def _person_of_place(table: ActorTable, place: _Span, person: _Span) -> bool:
    """`person` is a listed person of the country `place` names, or of none: 'Chilean President X', 'North Korean
    leader Kim Jong Il'."""
    return _names_person(table, person) and _span_country(table, person) in (_place_country(place), None)


def _titled_unlisted_names(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """'Judge Alejandro Rivera', 'Chilean President Foo Bar', 'ousted president Jean-Bertrand Aristide': a title
    followed by capitalized words (two at least after a lower-case title) that name no known actor is a person
    the table does not list. The person is kept, with the title's
    sector and the country the text gives (often none), rather than lost or guessed."""
    covered = _covered_words(spans)
    for span in spans:
        if span.target.actor_id is not None or (span.agent_code or "")[:3] not in TITLE_SECTORS:
            continue
        last, name_words = span.last, 0
        while name_words < MAX_UNLISTED_NAME_WORDS and last < len(text.words) and last not in covered:
            if text.name_word(last) and text.words[last] not in table.not_given_names:
                last += 1
            elif (
                name_words
                and text.words[last] == "-"
                and last + 1 not in covered
                and (text.name_word(last + 1) or text.glued(last))
            ):
                last += 2
            elif (
                name_words
                and text.words[last] in NAME_PARTICLES
                and (
                    text.name_word(last + 1) or (text.words[last + 1 : last + 2] == ("-",) and text.name_word(last + 2))
                )
            ):
                last += 1
                continue
            else:
                break
            name_words += 1
        if name_words >= (1 if text.capitalized(span.last - 1) else 2):
            title_first = next(
                first
                for first in range(span.first, span.last)
                if any(target.actor_id is None for target in table.patterns.get(text.words[first : span.last], ()))
                or first == span.last - 1
            )
            span.unlisted_title = " ".join(text.words[title_first : span.last])
            span.unlisted_name = text.original[text.starts[span.last] : text.ends[last - 1]]
            span.last = last
            span.notes.append("unlisted-name")
    return spans


def _unlisted_organizations(text: _Text, spans: list[_Span]) -> list[_Span]:
    """'the Nigerian Union of Teachers', 'the Association of African Jurists', 'the Umma (Nation) party': a run
    of capitalized words around an organization head word that no known actor or agent phrase covers names an
    organization the table does not list. Its country and sector come from the words inside it, when they agree."""
    if ORGANIZATION_HEADS.keys().isdisjoint(text.words):
        return spans
    covered = _covered_words(spans)
    kept = list(spans)
    for first, run_last in _capitalized_runs(text):
        last = _lower_case_head_end(text, first, run_last, covered)
        heads = [i for i in range(first, last) if text.words[i] in ORGANIZATION_HEADS and i not in covered]
        inside = [span for span in spans if first <= span.first and span.last <= last]
        if (
            not heads
            or last - first < 2
            or any(span.target.actor_id is not None and not _is_place(span) for span in inside)
            or any(span.first < last and first < span.last and span not in inside for span in spans)
        ):
            continue
        countries = {_place_country(span) for span in inside if _is_place(span)}
        sectors = {(span.agent_code or "")[:3] for span in inside if span.target.actor_id is None}
        head_sector = ORGANIZATION_HEADS[text.words[heads[0]]]
        merged = _Span(first, last, AliasTarget(None, "name"), "unlisted-organization")
        merged.country = countries.pop() if len(countries) == 1 else None
        merged.agent_code = sectors.pop() if len(sectors) == 1 else head_sector
        merged.unlisted_name = text.original[text.starts[first] : text.ends[last - 1]]
        kept = [span for span in kept if span not in inside] + [merged]
    return sorted(kept, key=lambda span: span.first)


def _lower_case_head_end(text: _Text, first: int, last: int, covered: set[int]) -> int:
    """The end of 'the fundamentalist Umma (Nation) party', 'the Asia Pacific (APEC) forum': a lower-case
    organization head after a run with a name of its own (a word no actor, agent or place accounts for), past a
    bracketed gloss; otherwise the run's own end. A 'party' needs a political qualifier before the run: 'a
    Christmas party' names no organization."""
    end = last
    if end + 2 < len(text.words) and text.words[end] == "(" and text.name_word(end + 1):
        close = next((i for i in range(end + 2, min(end + 5, len(text.words))) if text.words[i] == ")"), None)
        end = close + 1 if close is not None else end
    if (
        end < len(text.words)
        and text.words[end] in ORGANIZATION_HEADS
        and not text.capitalized(end)
        and any(index not in covered for index in range(first, last))
        and (text.words[end] != "party" or not POLITICAL_QUALIFIERS.isdisjoint(text.words[max(0, first - 2) : first]))
    ):
        return end + 1
    return last


def _capitalized_runs(text: _Text) -> list[tuple[int, int]]:
    """Token ranges of capitalized words, joined by 'of', 'for', 'the' or 'and' before another capital."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(text.words):
        if not text.name_word(index) or text.words[index] in STOP_WORDS:
            index += 1
            continue
        last = index + 1
        while text.name_word(last) or (
            last < len(text.words) and text.words[last] in ORGANIZATION_CONNECTORS and text.name_word(last + 1)
        ):
            last += 1
        runs.append((index, last))
        index = last
    return runs


def _acronyms(table: ActorTable, text: _Text, spans: list[_Span]) -> list[_Span]:
    """`Anadolu Agency (AA)`: the bracketed capitals name the same actor for the rest of the text."""
    defined: dict[str, AliasTarget] = {}
    inner: set[int] = set()
    for span in spans:
        close = span.last + 2
        if span.target.actor_id is None or close >= len(text.words) or text.words[span.last] != "(":
            continue
        if text.words[close] != ")":
            continue
        surface = text.surface(span.last + 1)
        if surface.isalpha() and surface.isupper() and 2 <= len(surface) <= 6:
            defined[text.words[span.last + 1]] = span.target
            inner.add(span.last + 1)
    if not defined:
        return spans
    spans = [span for span in spans if not (span.first in inner and span.last == span.first + 1)]
    covered = _covered_words(spans)
    for index, word in enumerate(text.words):
        target = defined.get(word)
        if target is not None and index not in covered and index not in inner and text.surface(index).isupper():
            spans.append(_Span(index, index + 1, target, "acronym-defined-in-text"))
    return sorted(spans, key=lambda span: span.first)


def find_actors(table: ActorTable, text: str, on_date: dt.date | None = None) -> list[ActorMention]:
    """Actor mentions in `text`, in order, without overlaps; offsets index into `text`.

    Pass a whole article body rather than single sentences where possible: a surname is resolved more
    often when the full name appears elsewhere in the same text.
    """
    tokens = tokenize(fold_text(text))
    if not tokens:
        return []
    starts, ends, words = zip(*tokens, strict=True)
    prepared = _Text(text, starts, ends, words)
    spans = _resolve(table, prepared, on_date)
    spans = _imperative_verbs(table, prepared, spans)
    spans = _abstract_rule(prepared, spans)
    spans = _stance_nouns(prepared, spans)
    spans = _qualified_countries(prepared, spans)
    spans = _given_names(table, prepared, spans)
    spans = _name_continues(table, prepared, spans)
    spans = _private_namesakes(table, prepared, spans)
    spans = _acronyms(table, prepared, spans)
    spans = _party_phrases(prepared, spans)
    spans = _compose(table, prepared, spans)
    spans = _name_modifiers(table, prepared, spans)
    spans = _speakers_for(table, prepared, spans)
    spans = _loyal_to(table, prepared, spans)
    spans = _titled_unlisted_names(table, prepared, spans)
    spans = _unlisted_organizations(prepared, spans)
    spans = _supporters(table, prepared, spans)
    spans = _armed_members_of(table, prepared, spans)
    spans = _agents_in_region(prepared, spans)
    spans = _bloc_agents(prepared, spans)
    return [_mention(table, prepared, span, on_date) for span in spans]


def mention_with_date(table: ActorTable, mention: ActorMention, on_date: dt.date | None) -> ActorMention:
    """The same mention with its role re-checked for another date (e.g. an event date, not the article's)."""
    actor = table.actors.get(mention.actor_id)
    if actor is None or actor.kind == "country":
        return mention
    role_fields = _role_on(table, actor, on_date)
    if "branch" in mention.basis.split("+"):
        role_fields["country"] = mention.country
        role_fields["code"] = f"{mention.country}{role_fields['sector'] or ''}"
    return replace(mention, **role_fields)
