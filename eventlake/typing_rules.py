"""Event typing: which words in a sentence signal a PLOVER event, and whether it happened.

A curated lexicon (`reference/verbs/triggers.csv`) of token patterns maps trigger words to CAMEO codes; the
CAMEO code gives the PLOVER type through `reference/verbs/cameo_plover.csv` (derived from CAMEO2PLOVER-2021).
Around each match, light rules on the neighbouring words read status (occurred or planned), tense, polarity
(asserted, negated, hypothetical, failed) and voice. Only spaCy's blank English tokenizer is used, with a small
token-pattern matcher indexed by first word (spaCy's Matcher with set predicates ran at ~230 sentences/s on
this lexicon): no trained model, so the rules read word forms, not parses.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Literal, cast, get_args

import spacy
from spacy.tokens import Doc

from eventlake.when import WEEKDAY_NAMES

VERBS_DIR = Path(__file__).resolve().parent / "reference" / "verbs"
LEXICON_PATH = VERBS_DIR / "triggers.csv"
FALLBACK_LEXICON_PATH = VERBS_DIR / "petrarch_triggers.csv"
CAMEO_PLOVER_PATH = VERBS_DIR / "cameo_plover.csv"

Status = Literal["occurred", "planned"]
Tense = Literal["past", "future", "present", "unknown"]
Polarity = Literal["asserted", "negated", "hypothetical", "failed"]
HeadKind = Literal["verb", "noun"]
OnlyWhen = Literal["negated", "reporting"]
Role = Literal[
    "mutual",
    "topic-object",
    "deliberate",
    "passive",
    "recipient-subject",
    "arrival",
    "person-object",
    "two-party",
    "meeting-partner",
]
PERSON_OBJECT_ROLE: Role = "person-object"
"""A lexicon role: the act is one only when its object is a named person and the receiver another state or a body
of no state (`_object_fits_role` here, `handed_person_refusal` in extraction)."""

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
CONSULT_MODES = frozenset({"visit", "third-party", "multilateral", "phone"})
COOPERATIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
FORCEFUL_TYPES = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
PROPERTY_DESTRUCTION_CAMEO_CODE = "1712"


def reads_as_attack(event_type: str, cameo_code: str) -> bool:
    """Whether an act's words and actors are read as an attack's: an assault, or property destroyed (1712), which
    the PLOVER gold standard types COERCE (`cameo_plover.csv`) but whose doer, target and threat are found as an
    attack's ('set fire to the Danish embassy', 'said it would set fire to the oil fields if attacked')."""
    return event_type == "ASSAULT" or cameo_code == PROPERTY_DESTRUCTION_CAMEO_CODE


CONDITIONAL_THREAT_CUE = "threat:conditional"
"""The cue of a forceful act announced under a condition and coded as the threat of it (`conditional_threat_code`)."""
ORDERED_CUE_PREFIX = "ordered:"
"""The cue of an act an authority ordered or voted and so carried out, followed by the verb of the order."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """Words that signal one event, with type, CAMEO code, status, tense, polarity and the cues behind them.

    Offsets are character offsets into the sentence given to `find_triggers` (end exclusive). `passive` is
    true when the trigger verb is passive ('was struck by'): the actor before it is acted on, not acting.
    `quoted` is true inside quotation marks. `entry_id` is the lexicon row; `embedded_in` the row of the trigger
    whose complement this one is ('threatened to break relations': `threaten.threaten` for the SANCTION).
    `roles` and `by_state` come from the row: how its actors are read ('mutual', 'topic-object') and the type
    and CAMEO code the act takes when a state does it ('boycotted Israeli goods': SANCTION, 163).
    """

    start: int
    end: int
    text: str
    event_type: str
    event_mode: str | None
    cameo_code: str
    status: Status
    tense: Tense
    polarity: Polarity
    cue: str
    confidence: float
    passive: bool = False
    quoted: bool = False
    entry_id: str = ""
    embedded_in: str | None = None
    roles: frozenset[Role] = frozenset()
    by_state: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class CameoPlover:
    """One row of the CAMEO to PLOVER table."""

    cameo_code: str
    plover_type: str
    plover_mode: str
    plover_context: str
    description: str
    basis: str


CAMEO_PLOVER_FIELDS = ("cameo_code", "plover_type", "plover_mode", "plover_context", "description", "basis")

CAMEO_PLOVER_OVERRIDES: Mapping[str, CameoPlover] = MappingProxyType(
    {
        row.cameo_code: row
        for row in (
            CameoPlover(
                "163",
                "SANCTION",
                "restrict",
                "diplomatic",
                "Impose embargo, boycott, or sanctions",
                "override: the 2021 table says COERCE; PLOVER's SANCTION definition and POLECAT code sanctions "
                "and embargoes as SANCTION",
            ),
            *(
                CameoPlover(
                    code,
                    "CONCEDE",
                    "",
                    "legal",
                    text,
                    "override: the PLOVER 0.8 manual codes removing curfews and easing legal restrictions as "
                    "CONCEDE (verbal), against the 2021 table's RETREAT",
                )
                for code, text in (
                    ("0813", "Ease curfew"),
                    ("0814", "Ease state of emergency or martial law"),
                )
            ),
            CameoPlover(
                "055",
                "CONCEDE",
                "",
                "diplomatic",
                "Apologize",
                "override: the PLOVER 0.8 manual codes expressions of regret or remorse as CONCEDE",
            ),
            CameoPlover(
                "1712",
                "COERCE",
                "seize",
                "human_security",
                "Destroy property",
                "override: the 2021 table says ASSAULT; the PLOVER gold standard codes property destroyed with no one "
                "attacked (demolished homes) as COERCE beside seized property (171), and ACLED counts property "
                "destruction apart from political violence; extraction still reads its actors as an attack's "
                "(reads_as_attack)",
            ),
            CameoPlover(
                "116",
                "SANCTION",
                "convict",
                "legal",
                "Find guilty or liable (legally)",
                "override: the PLOVER 0.8 manual codes convictions as SANCTION 'convict'",
            ),
            *(
                CameoPlover(code, "REQUEST", mode, context, text, "override: CAMEO 02 appeals fold into REQUEST")
                for code, mode, context, text in (
                    ("02", "", "", "Appeal"),
                    ("020", "", "", "Make an appeal or request"),
                    ("021", "assist", "", "Appeal for material cooperation"),
                    ("022", "assist", "diplomatic", "Appeal for diplomatic cooperation"),
                    ("023", "assist", "", "Appeal for aid"),
                    ("024", "change", "political_institutions", "Appeal for political reform"),
                    ("025", "yield", "", "Appeal to yield"),
                    ("026", "meet", "diplomatic", "Appeal to others to meet or negotiate"),
                    ("027", "meet", "diplomatic", "Appeal to others to settle dispute"),
                    ("028", "meet", "diplomatic", "Appeal to others to engage in or accept mediation"),
                )
            ),
        )
    }
)


def parse_cameo2plover(text: str) -> list[CameoPlover]:
    """Rows of CAMEO2PLOVER-2021.txt (`code: TYPE, mode, context # description`); first row wins per code."""
    rows: dict[str, CameoPlover] = {}
    for line in text.splitlines():
        match = re.match(r"^(\d{2,4}):\s*([^#]*?)\s*(?:#\s*(.*))?$", line.strip())
        if not match:
            continue
        code, body, description = match.group(1), match.group(2), (match.group(3) or "").strip()
        parts = [part.strip() for part in body.split(",")]
        plover_type = parts[0]
        if plover_type not in PLOVER_TYPES or code in rows:
            continue
        mode = parts[1] if len(parts) > 1 else ""
        context = ", ".join(part for part in parts[2:] if part)
        rows[code] = CameoPlover(code, plover_type, mode, context, description, "CAMEO2PLOVER-2021")
    return list(rows.values())


def build_cameo_plover_rows(text: str) -> list[CameoPlover]:
    """The shipped table: the parsed 2021 file with the documented overrides, sorted by code."""
    rows = {row.cameo_code: row for row in parse_cameo2plover(text)}
    rows.update(CAMEO_PLOVER_OVERRIDES)
    return sorted(rows.values(), key=lambda row: (row.cameo_code.ljust(4, " "), row.cameo_code))


def write_cameo_plover_csv(source: Path, destination: Path) -> None:
    """Regenerate `cameo_plover.csv` from CAMEO2PLOVER-2021.txt."""
    rows = build_cameo_plover_rows(source.read_text(encoding="utf-8"))
    with destination.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CAMEO_PLOVER_FIELDS)
        for row in rows:
            writer.writerow([getattr(row, name) for name in CAMEO_PLOVER_FIELDS])


def load_cameo_plover(path: Path = CAMEO_PLOVER_PATH) -> dict[str, CameoPlover]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["cameo_code"]: CameoPlover(**row) for row in csv.DictReader(handle)}


def intent_event_type(event_type: str, status: str) -> str:
    """The PLOVER type of an announced action, as the PLOVER gold standard codes it.

    A stated future action is coded as the statement: intended cooperation ('will meet', 'will provide
    aid') is AGREE (CAMEO 03), and so are announced concessions and retreats ('will release the hostages',
    'will withdraw its troops': CAMEO 035, intent to yield, which the gold standard's table puts under
    AGREE); an announced forceful act ('would blockade', 'will expel') is THREATEN (13). Other triggers keep
    their type.
    """
    if status != "planned":
        return event_type
    if event_type in COOPERATIVE_TYPES:
        return "AGREE"
    if event_type in FORCEFUL_TYPES:
        return "THREATEN"
    return event_type


_SANCTION_THREAT_CODES = (
    ("161", "1313"),
    ("162", "1311"),
    ("163", "1312"),
    ("164", "134"),
    ("165", "135"),
    ("166", "136"),
)
"""CAMEO sanction codes (16x) and the threat of each (13x): 'would halt all trade unless ...' (163) threatens an
embargo (1312)."""


def conditional_threat_code(cameo_code: str, event_type: str) -> str | None:
    """The CAMEO threat code (13x) of a sanction, coercion or attack announced under a condition, else None.

    'Washington said it would freeze Iraq's assets unless Baghdad withdrew' threatens a sanction (1312) and
    'said it would set fire to the oil fields if attacked' threatens force (138): the statement is the event,
    not the act it names. Only weapons of mass destruction (204) make a threat of them (1385), not a massacre
    ('said they would slaughter the refugees unless ...', 138). A strike announced under a condition stays a
    planned protest.
    """
    if reads_as_attack(event_type, cameo_code):
        return {"175": "137"}.get(cameo_code, "1385" if cameo_code.startswith("204") else "138")
    if event_type == "SANCTION":
        return next(
            (threat for prefix, threat in _SANCTION_THREAT_CODES if cameo_code.startswith(prefix)),
            "131",
        )
    if event_type == "COERCE":
        if cameo_code.startswith("172"):
            return "132" + cameo_code[3:]
        return {"191": "1381", "192": "1382"}.get(cameo_code, "130")
    return None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DEPORTATION_CAMEO_CODE = "174"
MASS_EXPULSION_CAMEO_CODE = "201"
MASS_EXPULSION_CUE = "mass expulsion"
_MASS_COUNT_WORDS = _words("thousands millions masse")
_EXPELLED_POPULATION_WORDS = _words(
    "ethnic minority minorities refugee refugees muslims christians jews roma gypsies kurds rohingya tutsis hutus"
)
EXPELLED_GROUP_WINDOW = 8
"""Tokens after an expulsion that may hold the count and the group of those expelled ('deported tens of
thousands of ethnic Albanians')."""
MASS_COUNT = 1000
"""A written count from which an expulsion is of a population ('forcibly returned 50,000 Rwandan refugees')."""


def mass_expulsion(lowers: Sequence[str], start: int, end: int) -> bool:
    """'Bulgaria expelled thousands of ethnic Turks', 'forcibly returned 50,000 Rwandan refugees': the expulsion of
    an ethnic or religious group, or of refugees, by the thousand or en masse is CAMEO 201 (ASSAULT). That of
    persons (174, COERCE) stays so, as does that of migrant workers, however many ('Nigeria expelled thousands of
    Ghanaian workers'): it rids a state of foreign labour, not of a people."""
    after = lowers[end : end + EXPELLED_GROUP_WINDOW]
    if not _EXPELLED_POPULATION_WORDS.intersection(after):
        return False
    return (
        "mass" in lowers[max(0, start - 1) : end]
        or bool(_MASS_COUNT_WORDS.intersection(after))
        or any(word.replace(",", "").isdigit() and int(word.replace(",", "")) >= MASS_COUNT for word in after)
    )


_IRREGULAR_VERBS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]] = MappingProxyType(
    {
        "be": (("was", "were"), ("been",)),
        "beat": (("beat",), ("beaten", "beat")),
        "begin": (("began",), ("begun",)),
        "bend": (("bent",), ("bent",)),
        "blow": (("blew",), ("blown",)),
        "break": (("broke",), ("broken",)),
        "bring": (("brought",), ("brought",)),
        "build": (("built",), ("built",)),
        "buy": (("bought",), ("bought",)),
        "cast": (("cast",), ("cast",)),
        "come": (("came",), ("come",)),
        "cut": (("cut",), ("cut",)),
        "deal": (("dealt",), ("dealt",)),
        "do": (("did",), ("done",)),
        "draw": (("drew",), ("drawn",)),
        "drive": (("drove",), ("driven",)),
        "fall": (("fell",), ("fallen",)),
        "feed": (("fed",), ("fed",)),
        "fight": (("fought",), ("fought",)),
        "find": (("found",), ("found",)),
        "flee": (("fled",), ("fled",)),
        "fly": (("flew",), ("flown",)),
        "forbid": (("forbade",), ("forbidden",)),
        "forgive": (("forgave",), ("forgiven",)),
        "freeze": (("froze",), ("frozen",)),
        "get": (("got",), ("got", "gotten")),
        "give": (("gave",), ("given",)),
        "go": (("went",), ("gone",)),
        "have": (("had",), ("had",)),
        "hit": (("hit",), ("hit",)),
        "hold": (("held",), ("held",)),
        "keep": (("kept",), ("kept",)),
        "lay": (("laid",), ("laid",)),
        "lead": (("led",), ("led",)),
        "leap": (("leaped", "leapt"), ("leaped", "leapt")),
        "leave": (("left",), ("left",)),
        "lend": (("lent",), ("lent",)),
        "let": (("let",), ("let",)),
        "make": (("made",), ("made",)),
        "meet": (("met",), ("met",)),
        "overrun": (("overran",), ("overrun",)),
        "oversee": (("oversaw",), ("overseen",)),
        "overthrow": (("overthrew",), ("overthrown",)),
        "pay": (("paid",), ("paid",)),
        "put": (("put",), ("put",)),
        "quit": (("quit",), ("quit",)),
        "retake": (("retook",), ("retaken",)),
        "run": (("ran",), ("run",)),
        "say": (("said",), ("said",)),
        "see": (("saw",), ("seen",)),
        "seek": (("sought",), ("sought",)),
        "sell": (("sold",), ("sold",)),
        "send": (("sent",), ("sent",)),
        "set": (("set",), ("set",)),
        "shoot": (("shot",), ("shot",)),
        "shut": (("shut",), ("shut",)),
        "sink": (("sank",), ("sunk",)),
        "sit": (("sat",), ("sat",)),
        "slay": (("slew",), ("slain",)),
        "slit": (("slit",), ("slit",)),
        "speak": (("spoke",), ("spoken",)),
        "speed": (("sped", "speeded"), ("sped", "speeded")),
        "spring": (("sprang", "sprung"), ("sprung",)),
        "stand": (("stood",), ("stood",)),
        "strike": (("struck",), ("struck", "stricken")),
        "swear": (("swore",), ("sworn",)),
        "sweep": (("swept",), ("swept",)),
        "take": (("took",), ("taken",)),
        "tear": (("tore",), ("torn",)),
        "tell": (("told",), ("told",)),
        "throw": (("threw",), ("thrown",)),
        "thrust": (("thrust",), ("thrust",)),
        "undertake": (("undertook",), ("undertaken",)),
        "unfreeze": (("unfroze",), ("unfrozen",)),
        "uphold": (("upheld",), ("upheld",)),
        "win": (("won",), ("won",)),
        "withdraw": (("withdrew",), ("withdrawn",)),
        "withhold": (("withheld",), ("withheld",)),
        "write": (("wrote",), ("written",)),
    }
)
_DOUBLING_VERBS = _words(
    "abet admit airdrop annul ban bar begin commit compel confer control cut defer deter drop equip expel "
    "forbid grab gun hit jab kidnap lob mob nab occur overrun patrol permit pin plan plot prefer propel "
    "put quit rebut recur refer regret repel rob run scrap set ship shun shut sit slap snub spur stab "
    "step stir stop strip submit swap swim transfer trap unban win"
)
_ONE_SYLLABLE_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")
"""'slam', 'rip', 'spit': a one-syllable verb ending in a single vowel and consonant doubles the consonant."""
_EITHER_DOUBLING_VERBS = _words("cancel channel fuel label level marshal model pummel signal total travel")
_IRREGULAR_PLURALS: Mapping[str, str] = MappingProxyType(
    {
        "cargo": "cargoes",
        "ceasefire": "ceasefires",
        "crisis": "crises",
        "embargo": "embargoes",
        "man": "men",
        "torpedo": "torpedoes",
        "veto": "vetoes",
        "woman": "women",
    }
)


@cache
def verb_forms(lemma: str) -> Mapping[str, frozenset[str]]:
    """Inflected forms of an English verb by category: base, s (3rd person), past, pp (participle), ing."""
    if lemma in _IRREGULAR_VERBS:
        past, participle = _IRREGULAR_VERBS[lemma]
    else:
        past = participle = _regular_past(lemma)
    return MappingProxyType(
        {
            "base": frozenset({lemma}),
            "s": frozenset({_third_person(lemma)}),
            "past": frozenset(past),
            "pp": frozenset(participle),
            "ing": frozenset(_present_participle(lemma)),
        }
    )


@cache
def noun_forms(lemma: str) -> frozenset[str]:
    if lemma in _IRREGULAR_PLURALS:
        return frozenset({lemma, _IRREGULAR_PLURALS[lemma]})
    if re.search(r"(s|x|z|ch|sh)$", lemma):
        return frozenset({lemma, lemma + "es"})
    if re.search(r"[^aeiou]y$", lemma):
        return frozenset({lemma, lemma[:-1] + "ies"})
    return frozenset({lemma, lemma + "s"})


def _third_person(lemma: str) -> str:
    if lemma == "have":
        return "has"
    if re.search(r"(s|x|z|ch|sh)$", lemma) or re.search(r"[^aeiou]o$", lemma):
        return lemma + "es"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ies"
    return lemma + "s"


def _doubles(lemma: str) -> bool:
    return lemma in _DOUBLING_VERBS or bool(_ONE_SYLLABLE_CVC.fullmatch(lemma))


def _regular_past(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("e"):
        return (lemma + "d",)
    if re.search(r"[^aeiou]y$", lemma):
        return (lemma[:-1] + "ied",)
    if _doubles(lemma):
        return (lemma + lemma[-1] + "ed",)
    if lemma in _EITHER_DOUBLING_VERBS:
        return (lemma + lemma[-1] + "ed", lemma + "ed")
    return (lemma + "ed",)


def _present_participle(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("ie"):
        return (lemma[:-2] + "ying",)
    if lemma.endswith("ee") or lemma in {"be", "dye"}:
        return (lemma + "ing",)
    if lemma.endswith("e"):
        return (lemma[:-1] + "ing",)
    if _doubles(lemma):
        return (lemma + lemma[-1] + "ing",)
    if lemma in _EITHER_DOUBLING_VERBS:
        return (lemma + lemma[-1] + "ing", lemma + "ing")
    return (lemma + "ing",)


def _verb_words(lemmas: str, *categories: str) -> frozenset[str]:
    """The forms of the verbs in `lemmas`: all of them, or those of the given categories ('pp')."""
    return frozenset(
        form
        for lemma in lemmas.split()
        for category, forms in verb_forms(lemma).items()
        if not categories or category in categories
        for form in forms
    )


BREAK_TEXTS = frozenset({",", ";", ":", "(", ")", "[", "]", '"', "“", "”", "—", "–", "--", "?", "!", "."})
_OWN_CUE_BONUS = 0.25
_TOLL_BREAKS = frozenset({";", ":", "(", ")", "?", "!", "."})
_CLAUSE_WORDS = _words("that which who whom whose while but although though whereas because when where since unless if")
_DETERMINERS = _words(
    "a an the this that these those its their his her our my your any some no every each another such 's ’s -"
)
_PREPOSITIONS = _words(
    "of in on at by for from with against amid among after before during despite over under about into "
    "between toward towards near across without"
)
_NOUN_FOLLOWERS = _PREPOSITIONS | _words(
    "could would will may might can should must has have had was were is are did continued"
)
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_ADVERBS = _words(
    "also already still just yet now then again once soon further jointly finally formally together even "
    "ever only both all first last later earlier today thus however reportedly allegedly repeatedly "
    "officially recently previously apparently unilaterally personally long more most"
)
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
_WOULD = frozenset({"would", "'d"})
_HYPOTHETICAL_MODALS = frozenset({"could", "can", "ca", "may", "might", "should", "must", "ought"})
_WARNED_MODALS = frozenset({"could", "may", "might"})
"""Modals that, in a warning or a reported condition, announce what the speaker may do as 'would' does: 'warned
it might impose a curfew', 'said it may cut aid if the crackdown continued' (`_speaker_warned`)."""
_ANNOUNCING_MODALS = _WOULD | _WARNED_MODALS
_BE_FORMS = frozenset({"be", "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "’s", "’re"})
_GET_FORMS = frozenset({"get", "gets", "got", "gotten", "getting"})
_HAVE_FORMS = frozenset({"has", "have", "had", "'ve", "having"})
_DO_FORMS = frozenset({"do", "does", "did"})
_PAST_AUX = frozenset({"was", "were", "had", "did"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "does", "do"})
_BE_OR_HAVE_FORMS = _BE_FORMS | _HAVE_FORMS
_AUXILIARIES = _FUTURE_AUX | _WOULD | _HYPOTHETICAL_MODALS | _BE_FORMS | _GET_FORMS | _HAVE_FORMS | _DO_FORMS
_FAILED_GOVERNORS = frozenset({"failed", "fail", "fails", "failing", "unable", "failure"})
_LIKELIHOOD_WORDS = frozenset({"likely", "unlikely"})
"""'Belarus is unlikely to send troops', 'is likely to attack': a forecast, not a plan; `_skip_adverbs` would pass
over the word as an adverb in '-ly' and read 'is to' as a plan."""
_HOLDING_BACK = frozenset({("short", "of"), ("back", "from"), ("off", "on")}) | {
    (verb, "from") for verb in _verb_words("refrain abstain desist")
}
"""'stopped short of imposing sanctions', 'refrained from attacking', 'held off on imposing': the act after them
was not done."""
_AVOIDING_VERBS = _verb_words("avoid shun forgo forego")
"""'Hezbollah avoided attacking civilians': a gerund these verbs govern was not done."""
_PLANNED_GOVERNORS = _words(
    "scheduled expected expects expect set due slated poised planning plans plan planned intends intend intended "
    "intending going preparing prepare prepares decided decides decide arranged agreed agree agrees promised promise "
    "promises pledged pledge pledges vowed vow vows threatened threaten threatens offered offer offers ready "
    "willing prepared determined about"
)
_PLAN_WORDS = _words(
    "scheduled expected set due slated poised planning plans plan planned intends intend intended intending "
    "going preparing prepare prepares prepared about"
)
_PURPOSE_WORDS = _words(
    "aim goal purpose hope intention prospect possibility idea plan plans way ways bid effort efforts aimed "
    "designed intended decision"
)
_ASPECT_GOVERNORS = _words(
    "continued continue continues continuing began begin begins beginning started start starts starting "
    "resumed resume resumes resuming kept keep keeps keeping"
)
_EXPRESSIVE_PURPOSE = frozenset({"protest", "demonstrate", "denounce", "condemn"})
_SUBORDINATORS = _words("after before since because when while although though whereas until once which who whom")
_BACKGROUND_SUBORDINATORS = _words("after before since until once")
"""A trigger in a temporal clause ('one day after a jet shot down a helicopter') or in a past perfect subordinate
clause ('whom they had taken hostage') is background to the sentence's main event: it scores below the same
trigger in a main clause."""
_TRY_GOVERNORS = _words(
    "tried try tries trying attempted attempt attempts attempting sought seek seeks seeking managed"
)
_MOTION_VERBS = _words("arrived travelled traveled flew went came visited headed returned was were")
_PROTEST_PURPOSE_WINDOW = 10
"""Words from the end of a protest to a demand that states its purpose ('rallied in the capital on Sunday to
demand')."""
_TRAVEL_VERBS = (_MOTION_VERBS - {"was", "were"}) | _words(
    "arrive arrives travel travels fly flies go goes come comes head heads return returns"
)
_ATTRIBUTION_NOUNS = _words(
    "allegation allegations accusation accusations claim claims charge charges rumour rumours rumor rumors "
    "suggestion suggestions speculation suspicion suspicions assertion assertions fear fears"
)
_ATTRIBUTION_VERBS = _words("allege alleges alleged alleging charge charged charging contend contends contended")
"""'Moscow charged Tuesday that Georgian troops had fired': the content of an allegation, whatever its tense."""
_SPECULATION_VERBS = _words(
    "fear fears feared fearing expect expects expected expecting predict predicts predicted predicting doubt "
    "doubts doubted worry worries worried hope hopes hoped hoping"
)
"""'Few expect that North Korea will retaliate', 'some fear China will retaliate': what is feared, expected or
hoped is not announced by the actor; 'expected to meet' (a plan) takes the infinitive instead."""
_CONSIDERED_WORDS = _words(
    "consider considers considered considering weigh weighs weighed weighing mull mulls mulled mulling "
    "contemplate contemplates contemplated contemplating debate debates debated debating"
)
"""'will consider lifting sanctions', 'is weighing imposing sanctions': an option under study, not an act."""
_STRICT_CONDITIONS = (("only", "if"), ("only", "when"), ("only", "after"), ("only", "once"), ("provided", "that"))
"""'will release the soldier only if Israel frees ...': a planned act bound to a condition is not announced."""
_PROPOSAL_NOUNS = _words(
    "proposal proposals offer offers call calls demand demands request requests idea suggestion suggestions motion bid"
)
"""'a Soviet proposal to ban space weapons': the infinitive after a proposal is its content, not a plan."""
_DOCUMENT_NOUNS = _words("resolution resolutions draft drafts motion motions bill bills amendment text")
"""'pushed for a resolution condemning Israeli settlements': what a text says is not done until it is adopted."""
_ADOPTION_WORDS = _words("adopted adopts passed passes approved approves issued issues unanimously endorsed")
_VICTIM_WORDS = _words(
    "escaped escape escapes escaping survived survive survives surviving target victim victims under"
)
"""'Mubarak escaped an assassination attempt', 'the convoy came under attack': the actor before is its victim."""
_ACCIDENT_NOUNS = _words(
    "crash crashes accident accidents collision collisions earthquake earthquakes quake flood floods flooding "
    "avalanche landslide landslides mudslide storm storms hurricane typhoon cyclone tornado stampede derailment "
    "shipwreck"
)
"""'Princess Diana was killed in a car crash': a death in an accident or disaster is no attack."""
_HAZARD_SUBJECTS = _words(
    "storm storms hurricane typhoon cyclone tornado earthquake earthquakes quake tsunami flood floods flooding "
    "avalanche landslide landslides mudslide blizzard snowstorm heatwave blaze wildfire wildfires bushfire "
    "bushfires drought eruption volcano lightning virus flu epidemic cholera ebola famine superstorm"
)
"""'The storm sank a ferry, killing 200', 'Bird flu hit Turkey, threatening Europe': a force of nature as the
subject of the clause does the harm, not any party."""
_ACCIDENT_VERBS = _words("sank sunk capsized crashed derailed collapsed plunged overturned caught")
"""'A ferry capsized off Bangladesh, killing 60': a verb of mishap before a closing participle tells an accident
unless a weapon is named."""
_WEAPON_WORDS = _words(
    "bomb bombs bomber bombers rocket rockets missile missiles shell shells mortar mortars grenade grenades "
    "torpedo mine mines explosive explosives warplane warplanes jet jets gunship gunships drone drones "
    "attacker attackers gunman gunmen militant militants suicide"
)
"""'A plane crashed into a hotel, killing 113' tells an accident; 'A car bomb exploded, killing 20' an attack."""
_RECORD_NOUNS = _words(
    "names list lists figures details toll tolls identities photos photographs pictures images statistics data "
    "tally count footage video videos report"
)
"""'released the names of the soldiers', 'released a list of foreigners missing': a record of people is what is
released, not the people."""
_BLAST_WORDS = _words("explosion explosions blast blasts")
"""Subjects that harm by exploding: an accident at a works (`_INDUSTRIAL_SITES`), else possibly an attack."""
_INDUSTRIAL_SITES = _words(
    "plant plants mine mines colliery factory factories refinery refineries depot warehouse rig pipeline mill "
    "mills shipyard chemical fireworks"
)
"""'An explosion at a Russian hydroelectric plant killed 75 workers': a blast at a works, with no weapon named,
is an industrial accident."""
_FIRE_WORDS = _words("fire fires blaze blazes")
"""Subjects that harm by burning: an accident in a building or forest (`_FIRE_SITES`), else possibly arson."""
_FIRE_SITES = _INDUSTRIAL_SITES | _words(
    "nightclub nightclubs club hospital apartment apartments tower tenement hostel dormitory forest forests"
)
"""'The Russian nightclub fire killed 100 people', 'A fire at a garment factory killed 300 workers': a fire in a
building or forest, with no weapon named, is an accident."""
_MANDATIVE_VERBS = _words(
    "insist insists insisted demand demands demanded propose proposes proposed recommend recommends recommended "
    "request requests requested suggest suggests suggested ask asks asked urge urges urged"
)
"""'Israel insisted that the Palestinian Authority arrest militants': a bare verb after such a 'that' is a
subjunctive, what is asked for, not what was done."""
RELIEF_WORDS = _words(
    "relief rescue rescuers survivors victims evacuate evacuation evacuations humanitarian earthquake earthquakes "
    "quake tsunami flood floods flooding hurricane typhoon cyclone wildfire wildfires bushfires disaster "
    "disasters cholera ebola epidemic pandemic vaccination vaccines vaccinations quarantine rebuild reconstruction "
    "flu influenza heatwave blizzard snowstorm fires bushfire blaze blazes firefighters snowdrifts "
    "drought famine landslide landslides avalanche coffins flooded stranded"
)
"""'sent troops to Haiti to help with earthquake relief': forces sent for relief or rescue show no force."""
_STORM_NOUNS = _words("storm storms")
_CONCESSIVE_WORDS = _words("despite defying ignoring notwithstanding")
"""'poured into Chechnya despite humanitarian appeals': relief words after a concession name what the move defied,
not its purpose."""
_SPORTS_RESULTS = _words("victory victories win wins title titles triumph draw")
_POSSESSIVE_MARKERS = frozenset({"'s", "’s", "'", "’"})
_SPORTS_WORDS = _words(
    "football soccer cricket rugby tennis basketball volleyball handball hockey baseball softball golf "
    "tournament tournaments semifinal semifinals quarterfinal quarterfinals qualifier qualifiers playoff "
    "playoffs championship championships shootout striker strikers goalkeeper goalkeepers midfielder "
    "midfielders footballer footballers cricketer cricketers bowler bowlers batsman batsmen paceman swimmer "
    "swimmers sprinter sprinters jockey jockeys"
)
_GAME_WORDS = _SPORTS_WORDS | _words("final finals match matches friendly cup goal goals league")
SPORT_SETTING_WORDS = _SPORTS_WORDS | _words(
    "match matches stadium fans derby cup kickoff pitch referee umpire innings wicket scoreline touchline coach "
    "coaches relegation relegated"
)
"""Words that set a sentence in sport, where 'the opposition' is the other side and a crowd's fire or demands
are hooliganism or fans' anger ('Fans set fire to seats after the match', 'demanded the coach resign'). Not
'goal', 'final', 'game', 'league' or 'supporters' alone: 'the government's goal', 'the Awami League',
'opposition supporters'."""
_SCORING_WORDS = _words("scored scoring late winning own opening equalising equalizing golden away decisive headed")
_GAME_FRAME_OPENERS = frozenset({"in", "for"})
_OFFICE_WORDS = _words(
    "president presidents minister ministers premier chancellor king queen prince emir sheikh sultan shah pope "
    "leader leaders secretary ambassador envoy envoys diplomats delegation officials"
)
_GAME_LANDMARKS = _words("after before following since until amid over ahead despite during because")
_SETTING_PREPOSITIONS = _words("in at near during since until before after from")
_GRIEVANCE_WORDS = _words(
    "suffering harm damage pain injustice injustices wrong wrongs abuse abuses victims civilians people citizens "
    "neighbours neighbors nation country deaths death killings atrocities crimes losses loss injuries casualties "
    "occupation colonial war wartime genocide massacre slavery persecution discrimination internment"
)
_WEEKDAYS = frozenset(WEEKDAY_NAMES)
_PHRASE_BREAKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", '"', "--"})
_APOLOGY_CODE = "055"
_CAUSE_OPENERS = _words("because due owing amid after following for as over ahead")
_NON_POLITICAL_CAUSES = _words(
    "ash volcanic volcano eruption storm storms sandstorm weather fog snow snowfall blizzard hurricane typhoon "
    "cyclone tornado flood floods flooding drought earthquake quake tsunami wildfire wildfires landslide "
    "landslides heatwave epidemic pandemic virus coronavirus covid ebola cholera flu maintenance repairs holiday "
    "holidays funeral funerals wedding weddings ceremony ceremonies celebrations parade festival pilgrimage "
    "radiation smog security threat threats burglary burglaries theft thefts robbery robberies shoplifting "
    "mugging muggings vandalism"
)
"""'closed its airspace because of the volcanic ash', 'due to heavy snow', 'amid fears of the coronavirus', 'for
the Pope's funeral', 'closed its embassy over security fears', 'stepped up patrols after a series of burglaries',
'put on alert ahead of the storm': what the act answers to, read with the row's
cancelling words."""
_RELATIVE_PREPOSITIONS = _words("in at by on during since for from near after without over under inside")
_INTRANSITIVE_PAST_WORDS = _words("rioted marched rallied demonstrated protested clashed mutinied rebelled")
"""Verbs that take no object, so their past participle never heads a passive reduced relative: 'Greek students
rioted in Athens after police shot ...' is an act of the students."""
_PARTICIPLE_FOLLOWERS = _RELATIVE_PREPOSITIONS | _words("across throughout around along outside")
"""'the soldiers killed in Lebanon': the words after a participle with no object that qualifies a noun."""
_EVIDENCE_NOUNS = _words("evidence proof sign signs indication indications")
"""'no evidence that soldiers had fired': the content of an evidence noun is not asserted when the evidence is
denied ('no', 'not any', 'little')."""
_SUSPICION_WORDS = _words(
    "suspected accused allegations allegation accusations charges suspicion convicted guilty innocent acquitted"
)
_REPORTING_WORDS = _words(
    "said says say told tells indicated indicates announced announces added stated noted reported reports "
    "declared confirmed according insisted stressed claimed believes expects explained quoted cited warned warns"
)
_SAYING_LEMMAS = (
    "say tell claim believe think know insist deny confirm report announce warn fear hope expect allege charge "
    "admit suggest argue show prove assume conclude hear see"
)
_BASE_SAYING_VERBS = _verb_words(_SAYING_LEMMAS, "base")
SAYING_PRESENT_FORMS = _verb_words(_SAYING_LEMMAS, "s")
"""'says', 'claims', 'believes': a word before a pronoun subject that makes it the speaker's clause."""
_CONDITIONAL_WORDS = frozenset({"if", "unless", "whether", "lest"})
_CONDITIONAL_WOULD_CUE = "aux:would(reported, conditional)"
"""The cue of 'would' in a reported clause under a condition ('said it would ... unless'), read again by
`_conditional_announcement`."""
REPORTED_CONDITIONAL_MODAL_CUE = "modal(reported after, conditional)"
"""The cue of 'could', 'may' or 'might' under a condition in content a closing statement reports ('Russia may
impose sanctions if the talks fail, the Kremlin warned'): an announcement when the speaker is the doer, a
forecast when it is not, which extraction decides from the actors (`reported_modal_refusal`)."""
_STATEMENT_TENSES: Mapping[str, Tense] = MappingProxyType(
    {
        **dict.fromkeys(("said", "told", "announced", "added", "stated", "declared", "insisted", "warned"), "past"),
        **dict.fromkeys(("says", "tells", "announces", "warns", "insists"), "present"),
    }
)
"""Verbs that state an announcement as the speaker's own ('said it would ... unless'), with their tense; not
'believes', 'expects' or 'according to', which report a view of what someone else may do."""
_WARNING_WORDS = frozenset({"warned", "warns"})
_SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
"""The subject of 'would' that names the speaker again ('Washington said it would ...')."""
_DENIAL_WORDS = frozenset({"denied", "denies", "deny", "denying"})
_HEDGE_WORDS = _words("reportedly allegedly purportedly claims claimed alleged")
_SPECULATION_WORDS = _words("believed rumoured rumored speculated speculation unconfirmed presumably supposedly")
_SPECULATION_AFTER_BE = _words("thought understood assumed presumed")
_NOUN_HYPOTHETICAL = _words(
    "possible potential any looming imminent feared such prospective eventual likely threatened"
)
_HELD_EVENT_WORDS = _words(
    "held hosted convened attended opened staged organised organized chaired resumed launched carried conducted "
    "on in at the a an followed"
)
"""What may follow 'would be' when it says an event takes place: a participle of holding it ('would be held'),
or its place or time ('would be in Helsinki', 'on Monday'); anything else states a consequence."""
_NOUN_CONSIDERED = _words(
    "prospect prospects threat threats fear fears risk risks danger dangers spectre specter possibility likelihood "
    "chance chances scenario scenarios contingency prepare prepares prepared preparing brace braces braced bracing"
)
"""Words that make the noun trigger they govern through 'of', 'for' or 'against' an act considered, not one done:
'the prospect of a U.S. attack on Iraq', 'NATO prepared for a Russian assault on Kyiv'; not across another
preposition ('the risk rose after Israel's air strike')."""
_SPECULATIVE_PREDICATES = _words(
    "likely unlikely possible impossible probable improbable inevitable imminent conceivable unthinkable "
    "increasingly remote"
)
_LINKING_VERBS = _words("remain remains remained seem seems seemed look looks looked appear appears appeared")
_SEEN_AS = _words("seen considered viewed regarded deemed as increasingly more less")
_NOUN_PLANNED = _words(
    "planned upcoming scheduled forthcoming next proposed expected coming anticipated ahead hope hopes"
)
_NOUN_PAST = _words("last latest previous recent earlier past")
_NOUN_PROSPECT_OR_TIME = _NOUN_HYPOTHETICAL | _NOUN_PLANNED | _NOUN_PAST
_ORDER_VERBS = _words("ordered instructed commanded directed authorised authorized decreed")
"""Verbs of an authority's order whose complement, given to its own forces or officials, is the act carried out."""
_ORDERED_AGENTS = _words(
    "troops forces soldiers army armies military police policemen officers officials authorities units "
    "commanders guards navy warships security ministry ministries governors prosecutors diplomats providers operators "
    "companies fighters militiamen guerrillas gunmen"
)
_ORDERED_TYPES = frozenset({"COERCE", "SANCTION", "RETREAT", "MOBILIZE", "CONCEDE"})
"""Acts an order carries out ('ordered the arrest of', 'ordered its troops to withdraw'); an ordered attack is not
reported by the order ('authorised air strikes'), nor are protests, appeals or aid."""
_INVESTIGATION_CODE_PREFIX = "09"
_ORDER_NOUNS = _words("order orders decree directive instructions command approval ahead light")
"""Nouns of an order ('issued an order to', 'gave the go-ahead for'); 'ahead' and 'light' only in 'go-ahead' and
'green light' (`_order_noun_verb`)."""
_ISSUING_VERBS = _words("issued gave signed")
_UNDONE_PARTICIPLES = _words(
    "lifted eased relaxed ended halted stopped suspended cancelled canceled removed dropped scrapped revoked rescinded "
    "reversed"
)
_VOTED_CODE_PREFIXES = ("163", "085")
_COURT_WORDS = _words(
    "court courts judge judges magistrate magistrates tribunal tribunals jury juries justice justices"
)
_DEFIANCE_WORDS = _words("refused defied disobeyed ignored defected mutinied")
_REFUSAL_GOVERNORS = _verb_words("refuse")
"""'refused to lift sanctions until Baghdad complied': the 'until' clause of a refusal is a condition not yet met."""
_PLANNING_VERBS = _words("plan plans planning prepare prepares preparing schedule schedules scheduling")
"""A present verb of planning governs a noun act still to come ('are planning a general strike')."""
_DEFINITE_DETERMINERS = _words("the this that these those its their his her our 's ’s")
_PARTICLES = _words("out up down off back away over")
_REFERENCE_FACTOR = 0.45
"""A definite bare noun without a status cue of its own ('insist that the deal is holding', 'over its purchase')
names an event the reader already knows of; it is kept as a trigger but below the emission threshold, even
after the corroboration bonuses of extraction."""
_OBJECT_PARTICIPLE_GAP = 6
"""How many words of an object ('the remains of 55 American servicemen') may stand between a verb trigger's match
and a participle that names what was done to that object."""
_NOUN_AVERTED = _words(
    "prevent prevents preventing prevented avert averts averting averted avoid avoiding avoided forestall "
    "fear fears feared risk danger warned warning"
)
_HABITUAL_ADVERBS = _words("routinely regularly habitually frequently often usually typically")
"""'Iran routinely detains dual nationals': a habit in the present tense is no discrete act."""
_PERFECT_AUXILIARIES = _HAVE_FORMS - {"having"}
_HABITUAL_PERFECT_ADVERBS = _HABITUAL_ADVERBS | _words("long consistently persistently always")
"""'The United States has long accused Iran of arming the Houthis': a perfect over a long span or by habit is a
stance held, not an act of the day reported. 'Has repeatedly urged' stays an act: the urging is recent and
was done."""
_POLL_WORDS = _words("poll polled survey surveys surveyed pollster pollsters")
"""'Most Germans oppose sanctions, a poll showed': a present-tense act in a sentence that reports a poll is an
opinion held, not an act done. 'Polls' is left out: it is mostly the vote ('as polls open')."""
_WORK_NOUNS = _words(
    "book books novel novels film films movie movies documentary documentaries series play plays opera musical "
    "exhibition exhibitions museum gallery memoir memoirs biography painting episode drama sitcom thriller "
    "exhibit exhibits"
)
_REMEMBERING_VERBS = _verb_words("remember commemorate recall mourn honour honor relive")
_REMEMBERED_TIMES = _words("day days night nights year years morning how when that who whom which")
"""'gathered to remember the day Japan attacked Pearl Harbor', 'mourned the officers that Soviet forces massacred':
the act is history retold, not news."""
_DEPICTING_VERBS = _verb_words(
    "imagine depict tell portray explain describe recount chronicle stage dramatise dramatize argue trace "
    "retell narrate show recreate"
)
"""'The novel imagines a world in which Germany occupied Britain': what a work of fiction, history or display
tells is its content, not an act reported."""
_CANCELLING_VERBS = "postpone cancel scrap shelve delay suspend"
_CANCELLING_WORDS = _verb_words(_CANCELLING_VERBS)
_ABANDONING_WORDS = _verb_words("abandon cancel drop ditch scrap shelve") | _words("away")
"""'abandoned plans to send troops', 'backed away from plans to buy': plans given up are no plans."""
_CANCELLING_BEFORE_OFF = _verb_words("call put")
"""'postponed a planned visit', 'called off the talks': the meeting the verb governs did not take place."""
_CANCELLED_PREDICATES = _verb_words(_CANCELLING_VERBS, "pp")
_CANCELLED_BEFORE_OFF = _verb_words("call put", "pp")
"""The same verbs after the meeting ('the summit was postponed', 'the talks were put off'), as participles only:
in 'the strikes are delaying flights' the noun is the agent."""
_NAMING_DETERMINERS = frozenset({"a", "an", "the", "one"})
"""'the summit was called a success': 'called' before a noun phrase names, it does not convene."""
_LOCATIVE_PREPOSITIONS = frozenset({"at", "during", "after", "amid", "following", "since", "before", "in"})
_AMOUNT_WORDS = _words("million millions billion billions thousand thousands dollars euros pounds yen tonnes tons")
"""'$100 million in aid': after an amount, 'in' names what the amount is of, not a place or time."""
_NOMINAL_ING = _words(
    "meeting bombing killing shelling fighting shooting funding warning building gathering hearing briefing "
    "ruling offering crossing sitting landing"
)
_OBJECT_STARTS = _words(
    "at least more than about nearly some dozens hundreds thousands scores one two three four five six seven "
    "eight nine ten him her them us it several many all both"
)
_SUBJECT_PRONOUNS = frozenset({"i", "we", "they", "you", "he", "she", "it", "who", "which", "that"})
_HAPPENING_VERBS = _words(
    "take be begin start happen occur convene resume go open focus discuss address last continue conclude end "
    "gather bring"
)
_HAPPENED_PREDICATES = _words(
    "held signed reached concluded launched carried conducted staged mediated hosted organized organised convened "
    "attended completed agreed announced imposed lifted finalized finalised opened started begun resumed ended made "
    "given sent delivered issued declared done taken struck fired mounted taking continuing underway"
)
_PAST_EVENT_VERBS = _words(
    "took ended concluded began started continued collapsed happened occurred resumed broke killed left came "
    "intensified escalated raged wounded injured destroyed damaged entered"
)
_HARM_VERBS = _words("killed wounded injured destroyed damaged")
_FAILED_WORDS = _verb_words("collapse stall founder fail falter unravel crumble deadlock") | _words("unravelled")
_FAILED_BEFORE_PARTICLE = dict.fromkeys(_verb_words("break"), "down off up") | dict.fromkeys(
    _verb_words("fall"), "apart through"
)
"""'the talks collapsed', 'were deadlocked', 'broke down', 'the deal fell through': talks and deals that fail
are news of the failure, not of a meeting or an agreement on that day."""
_FAILING_TYPES = frozenset({"CONSULT", "AGREE"})
_IMPASSE_VERBS = _verb_words("reach end hit")
_IMPASSE_WORDS = _words("impasse deadlock stalemate dead-end failure")
"""'reached an impasse', 'ended in deadlock', 'hit a dead end': failure said with a noun."""
_TIME_CONJUNCTIONS = _words("after before until till as following amid despite once")
"""'signed an agreement after talks collapsed': a failure in a later clause is another noun's."""
_STRIKE_NOUNS = _words("strike strikes walkout walkouts")
_MARKET_WORDS = _words("market markets sector industry")
_PAST_ANCHOR_UNITS = _words("week weekend month year night summer winter spring autumn fall")
_COMMERCE_WORDS = _words(
    "stock bond currency share equity futures oil gas property housing credit labour labor job consumer retail "
    "export import domestic car auto smartphone phone mobile pc computer software chip tv beer wine tobacco drinks "
    "luxury airline aviation insurance banking advertising music film book toy pharmaceutical steel coal grain "
    "wheat rice sugar coffee tea cotton debt money mortgage art transfer grocery broadband internet tablet laptop "
    "electricity energy fashion clothing cosmetics cinema media streaming newspaper cement"
)
_LABOUR_SUBJECTS = _words(
    "workers worker miners employees staff teachers nurses doctors dockers dockworkers union unions truckers "
    "farmers students servants railwaymen steelworkers lecturers shopkeepers traders merchants controllers "
    "cabbies busmen drivers porters labourers laborers stevedores"
)
_ING_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "from", "about", "on", "against", "in", "over", "to"})
_IRREGULAR_PARTICIPLES = frozenset(
    participle for _, participles in _IRREGULAR_VERBS.values() for participle in participles
)
_IRREGULAR_PAST_WORDS = frozenset(
    past for past_forms, _ in _IRREGULAR_VERBS.values() for past in past_forms if past not in {"put", "set", "cut"}
) | frozenset({"said", "told"})
_MULTILATERAL = re.compile(
    r"\b(?:three|four|five|six|seven|eight|nine|ten|\d+)\s*-\s*(?:way|nation|party|country|state|power)\b"
    r"|\b(?:trilateral|quadrilateral|multilateral|tripartite|quadripartite|multiparty|regional|international)\b"
    r"|\bmulti\s*-\s*(?:lateral|party|national)\b"
)
_PHONE = re.compile(r"\b(?:phone|telephone|phoned|telephoned|video|videoconference|teleconference|phones)\b")


@dataclass(frozen=True, slots=True)
class _Slot:
    forms: frozenset[str]
    optional: bool
    head: bool
    kind: HeadKind | None
    gap: int = 0


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One curated trigger pattern (a row of triggers.csv), compiled."""

    entry_id: str
    pattern: str
    cameo_code: str
    confidence: float
    mode: str | None
    embeds: bool
    only_when: OnlyWhen | None
    roles: frozenset[Role]
    by_state: str | None
    unless_next: frozenset[str]
    unless_prev: frozenset[str]
    head_forms: frozenset[str]
    head_kind: HeadKind
    fixed_slots: int
    head_only: bool
    slots: tuple[_Slot, ...] = field(repr=False)
    first_words: frozenset[str] = field(repr=False)


def _parse_pattern(
    entry_id: str, pattern: str, form_categories: dict[str, set[str]], noun_words: set[str]
) -> tuple[list[_Slot], int]:
    slots: list[_Slot] = []
    for raw in pattern.split():
        gap = re.fullmatch(r"~(\d+)", raw)
        if gap:
            slots.append(_Slot(frozenset(), True, False, None, int(gap.group(1))))
            continue
        flags = re.match(r"^[!?]*", raw)
        prefix = flags.group(0) if flags else ""
        body = raw[len(prefix) :]
        forms: set[str] = set()
        kind: HeadKind | None = None
        for alternative in body.split("|"):
            if alternative.endswith("/v"):
                by_category = verb_forms(alternative[:-2])
                for category, category_forms in by_category.items():
                    for form in category_forms:
                        form_categories.setdefault(form, set()).add(category)
                    forms |= category_forms
                kind = "verb"
            elif alternative.endswith("/n"):
                nouns = noun_forms(alternative[:-2])
                noun_words |= nouns
                forms |= nouns
                kind = kind or "noun"
            elif alternative:
                forms.add(alternative)
                if "!" in prefix and alternative not in form_categories:
                    form_categories[alternative] = {_guess_category(alternative)}
            else:
                raise ValueError(f"lexicon {entry_id}: empty alternative in {raw!r}")
        slots.append(_Slot(frozenset(forms), "?" in prefix, "!" in prefix, kind))
    fixed = sum(1 for slot in slots if not slot.gap and not slot.optional)
    return slots, fixed


def _guess_category(word: str) -> str:
    if word.endswith("ed"):
        return "past"
    if word.endswith("ing"):
        return "ing"
    return "s" if word.endswith("s") and not word.endswith("ss") else "base"


def _compile_entry(
    row: Mapping[str, str],
    cameo: Mapping[str, CameoPlover],
    form_categories: dict[str, set[str]],
    noun_words: set[str],
) -> LexiconEntry:
    entry_id, pattern = row["id"], row["pattern"]
    code = row["cameo"]
    if code not in cameo:
        raise ValueError(f"lexicon {entry_id}: CAMEO code {code!r} is not in the CAMEO to PLOVER table")
    mode = row["mode"] or None
    if mode is not None and mode not in CONSULT_MODES:
        raise ValueError(f"lexicon {entry_id}: unknown mode {mode!r}")
    by_state = row.get("by_state") or None
    if by_state is not None and by_state not in cameo:
        raise ValueError(f"lexicon {entry_id}: by-state CAMEO code {by_state!r} is not in the CAMEO to PLOVER table")
    slots, fixed = _parse_pattern(entry_id, pattern, form_categories, noun_words)
    heads = [slot for slot in slots if slot.head]
    if len(heads) > 1:
        raise ValueError(f"lexicon {entry_id}: more than one head in {pattern!r}")
    head = heads[0] if heads else next((slot for slot in slots if slot.kind == "verb"), None)
    head = head or next(slot for slot in slots if not slot.gap)
    if slots[0].gap or slots[-1].gap:
        raise ValueError(f"lexicon {entry_id}: a pattern may not begin or end with a gap")
    first_words: set[str] = set()
    for slot in slots:
        first_words |= slot.forms
        if not slot.optional:
            break
    return LexiconEntry(
        entry_id=entry_id,
        pattern=pattern,
        cameo_code=code,
        confidence=float(row["confidence"]),
        mode=mode,
        embeds=row["embeds"] == "1",
        only_when=_only_when(entry_id, row.get("only_when") or ""),
        roles=_roles(entry_id, row.get("roles") or ""),
        by_state=by_state,
        unless_next=frozenset(filter(None, row["unless_next"].split("|"))),
        unless_prev=frozenset(filter(None, row["unless_prev"].split("|"))),
        head_forms=head.forms,
        head_kind="noun" if head.kind == "noun" else "verb",
        fixed_slots=fixed,
        head_only=row.get("span") == "head",
        slots=tuple(slots),
        first_words=frozenset(first_words),
    )


def _only_when(entry_id: str, value: str) -> OnlyWhen | None:
    if value == "":
        return None
    if value == "negated":
        return "negated"
    if value == "reporting":
        return "reporting"
    raise ValueError(f"lexicon {entry_id}: unknown only_when {value!r}")


def _roles(entry_id: str, value: str) -> frozenset[Role]:
    roles = frozenset(filter(None, value.split("|")))
    for role in sorted(roles - set(get_args(Role))):
        raise ValueError(f"lexicon {entry_id}: unknown role {role!r}")
    return cast(frozenset[Role], roles)


@dataclass(frozen=True, slots=True)
class _Candidate:
    entry: LexiconEntry
    start: int
    end: int
    head: int


_NAME_PARTICLES = frozenset({"-", ".", "'", "bin", "ibn", "al", "el", "de", "da", "van", "von"})
_NAME_JOINERS = frozenset({"-", ".", "'"})
_MIN_NAME_WORDS, _MAX_NAME_WORDS = 2, 4


def _object_fits_role(texts: Sequence[str], candidate: _Candidate) -> bool:
    """Whether a `person-object` row's object, the words between its verb (and 'over') and the closing 'to', are
    capitalized as a full name of two to four words ('handed over Khalid Sheikh Mohammed to'), so that 'handed
    over the keys to' or 'surrendered to' leave the words to other rows; extraction checks the name is a person's,
    not a place, a body or a plural ('handed over Chinook Helicopters to')."""
    if PERSON_OBJECT_ROLE not in candidate.entry.roles:
        return True
    first = candidate.head + 1
    if first < candidate.end and texts[first].lower() == "over":
        first += 1
    words = [word for word in texts[first : candidate.end - 1] if word not in _NAME_JOINERS]
    return (
        _MIN_NAME_WORDS <= len(words) <= _MAX_NAME_WORDS
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word.lower() in _NAME_PARTICLES for word in words)
    )


@dataclass(slots=True)
class _Reading:
    status: Status = "occurred"
    tense: Tense = "unknown"
    polarity: Polarity = "asserted"
    passive: bool = False
    infinitival: bool = False
    coordinated: bool = False
    travelled: bool = False
    order_verb: str | None = None
    confidence_factor: float = 1.0
    confidence_bonus: float = 0.0
    embedded_in: str | None = None
    cues: list[str] = field(default_factory=list)

    def plan(self, cue: str) -> None:
        self.status, self.tense = "planned", "future"
        self.cues.append(cue)

    def mark_reduced_relative(self, cue: str) -> None:
        """A past participle that qualifies a noun ('engineers jailed for spying') is a passive reference to an
        earlier act, not news of it."""
        self.tense = "past"
        self.passive = True
        self.confidence_factor *= _REFERENCE_FACTOR
        self.cues.append(cue)

    def mark_ordered(self, verb: str) -> None:
        """The act was ordered by `verb` ('ordered the arrest of'); `_read_ordered_act` decides whether it is
        reported as done."""
        self.order_verb = verb
        self.tense = "past"
        self.cues.append(f"{ORDERED_CUE_PREFIX}{verb}")

    def set_polarity(self, polarity: Polarity, cue: str) -> None:
        rank = {"asserted": 0, "hypothetical": 1, "negated": 2, "failed": 3}
        if rank[polarity] > rank[self.polarity]:
            self.polarity = polarity
        self.cues.append(cue)


class TriggerFinder:
    """The compiled lexicon with the tokenizer; build once and reuse (see `default_finder`)."""

    def __init__(
        self,
        lexicon_path: Path = LEXICON_PATH,
        cameo_path: Path = CAMEO_PLOVER_PATH,
        fallback_path: Path | None = None,
    ) -> None:
        self.cameo = load_cameo_plover(cameo_path)
        self._nlp = spacy.blank("en")
        self._form_categories: dict[str, set[str]] = {}
        self._noun_forms: set[str] = set()
        self.entries: dict[str, LexiconEntry] = {}
        self._single_tokens: set[str] = set()
        self._by_first_word: dict[str, list[LexiconEntry]] = {}
        with lexicon_path.open(encoding="utf-8", newline="") as handle:
            rows = [row for row in csv.DictReader(handle) if row["id"] and not row["id"].startswith("#")]
        for row in rows:
            entry = _compile_entry(row, self.cameo, self._form_categories, self._noun_forms)
            if entry.entry_id in self.entries:
                raise ValueError(f"lexicon {entry.entry_id}: duplicate id")
            self._check_single_tokens(entry)
            self.entries[entry.entry_id] = entry
            for word in entry.first_words:
                self._by_first_word.setdefault(word, []).append(entry)
        # a finder of its own, so that its word forms never reach the readings of this lexicon's rows; it is read
        # only for a sentence in which this lexicon finds no candidate
        self._fallback = TriggerFinder(fallback_path, cameo_path) if fallback_path is not None else None

    def _check_single_tokens(self, entry: LexiconEntry) -> None:
        for slot in entry.slots:
            for form in slot.forms - self._single_tokens:
                if len(self._nlp.tokenizer(form)) != 1:
                    raise ValueError(f"lexicon {entry.entry_id}: {form!r} is not one token; split it into slots")
                self._single_tokens.add(form)

    def find(self, sentence: str) -> list[Trigger]:
        doc = self._nlp.make_doc(sentence)
        texts = [token.text for token in doc]
        lowers = [text.lower() for text in texts]
        found = self._candidates(doc, texts, lowers)
        if not found and self._fallback is not None:
            return self._fallback.find(sentence)
        selected = self._select(_drop_skipped_objects(found, lowers, self.event_type))
        candidates = [c for c in selected if not _courtesy_apology(texts, lowers, c, selected)]
        readings = {id(candidate): self._read(doc, lowers, candidate) for candidate in candidates}
        self._read_object_participles(lowers, candidates, readings)
        self._read_object_gerund_participles(lowers, candidates, readings)
        self._read_governed_noun_participles(lowers, candidates, readings)
        if _GAME_WORDS.intersection(lowers):
            candidates = [c for c in candidates if not _framed_by_game(texts, lowers, c, readings[id(c)])]
        _inherit_coordination(candidates, readings)
        agentive = frozenset(id(c) for c in candidates if _modifier_names_agent(texts, lowers, c))
        kept, folded = _absorb(lowers, candidates, readings, self.event_type, self._categories, agentive)
        _embed(lowers, kept, readings)
        _embed_in_protest_purpose(lowers, kept, readings, self.event_type)
        _embed_in_closing_report(lowers, kept, readings)
        _embed_stated_reasons(lowers, kept, readings, self.event_type)
        _embed_means_of_possible_act(lowers, kept, readings)
        _embed_discussed_topics(lowers, kept, readings)
        _embed_opening_participle(texts, lowers, kept, readings)
        return [
            self._trigger(sentence, doc, lowers, candidate, readings[id(candidate)], folded.get(id(candidate), []))
            for candidate in kept
        ]

    def _candidates(self, doc: Doc, texts: Sequence[str], lowers: Sequence[str]) -> list[_Candidate]:
        title_case = _is_title_case(texts)
        found: list[_Candidate] = []
        for start, word in enumerate(lowers):
            for entry in self._by_first_word.get(word, ()):
                for end in sorted(_match_ends(entry.slots, 0, lowers, start)):
                    head = next((index for index in range(start, end) if lowers[index] in entry.head_forms), start)
                    if entry.only_when == "negated" and not _negators_before(lowers, head):
                        continue
                    if entry.only_when == "reporting" and _closing_report_comma(lowers, head) is None:
                        continue
                    if self._plausible(doc, texts, lowers, entry, start, end, head, title_case):
                        found.append(_Candidate(entry, start, end, head))
        return [candidate for candidate in found if _object_fits_role(texts, candidate)]

    def _plausible(
        self,
        doc: Doc,
        texts: Sequence[str],
        lowers: Sequence[str],
        entry: LexiconEntry,
        start: int,
        end: int,
        head: int,
        title_case: bool,
    ) -> bool:
        if entry.unless_next & _words_after_head(lowers, head, end):
            return False
        if entry.unless_next and _cancelled_past_window(texts, lowers, end, entry.unless_next):
            return False
        if entry.head_only and not _reported_modal(lowers, end):
            return False
        if entry.unless_prev & set(lowers[max(0, head - 3) : head]):
            return False
        if head > 0 and doc[head].text.istitle() and not title_case:
            return False
        if entry.head_kind != "verb":
            return not (reads_as_attack(self.event_type(entry), entry.cameo_code) and _commercial_object(lowers, end))
        if _adverbial_protest_in_span(lowers, head, end):
            return False
        if lowers[head] in _HAVE_FORMS and self._auxiliary_use(lowers, head):
            return False
        previous = _previous_word(lowers, head)
        before = lowers[previous] if previous is not None else ""
        # a hyphen the pattern itself spans joins a compound verb ('machine-gunned'), not a modifier
        if before in _DETERMINERS and not (before == "-" and previous is not None and previous >= start):
            return False
        word = lowers[head]
        categories = self._form_categories.get(word, set())
        attributive = end == head + 1 and before in _PREPOSITIONS
        if attributive and categories & {"past", "pp"} and not categories & {"ing", "base", "s"}:
            return False
        if self.event_type(entry) in {"ASSAULT", "COERCE"} and _accident_or_sport(lowers, head, end):
            return False
        if reads_as_attack(self.event_type(entry), entry.cameo_code) and (
            _labour_strike(lowers, start, end) or _commercial_object(lowers, end)
        ):
            return False
        if self.event_type(entry) in {"ASSAULT", "COERCE", "THREATEN"} and _natural_or_accidental_harm(lowers, head):
            return False
        if _moves_forces(self.event_type(entry), lowers, end) and _relief_purpose(lowers, end):
            return False
        if word in _NOMINAL_ING and before not in _BE_FORMS and not _participle_clause(lowers, head):
            return False
        if categories == {"s"}:
            after = lowers[head + 1] if head + 1 < len(lowers) else "."
            # 'China calls on Japan to': a named subject before a particle the pattern itself holds
            phrasal = after in _PREPOSITIONS and end > head + 1 and _subject_like(doc, previous)
            if (
                before in _PREPOSITIONS
                or before in {"", ",", "and", "or"}
                or (after in _NOUN_FOLLOWERS and not phrasal)
            ):
                return False
            if after in _IRREGULAR_PAST_WORDS:
                return False
            if word in self._noun_forms and not _subject_like(doc, previous):
                return False
        if self.event_type(entry) in {"RETREAT", "ASSAULT", "COERCE"} and _names_a_record(lowers, head, end):
            return False
        if categories == {"base"} and (
            _name_in_noun_phrase(texts, lowers, previous) or _modified_name_in_noun_phrase(texts, lowers, previous)
        ):
            return False
        if categories == {"base"} and not title_case and previous is not None:
            return self._base_form_governed(doc, lowers, previous)
        return True

    def _auxiliary_use(self, lowers: Sequence[str], head: int) -> bool:
        """'have agreed to resume talks': 'have' before a participle is an auxiliary, not 'have talks'."""
        position = head + 1
        while position < len(lowers) and (lowers[position] in _ADVERBS or lowers[position] in _NEGATORS):
            position += 1
        word = lowers[position] if position < len(lowers) else ""
        return word in _IRREGULAR_PARTICIPLES or "pp" in self._categories(word) or self._looks_past(word)

    def _base_form_governed(self, doc: Doc, lowers: Sequence[str], previous: int) -> bool:
        """A bare base form is a verb after 'to', an auxiliary, a coordinator or a subject, else a noun."""
        before = lowers[previous]
        if before == "to" or before in _AUXILIARIES or before in {"and", "or"} or before in _SUBJECT_PRONOUNS:
            return True
        if before == ",":
            return self._governing_cue(lowers, previous) is not None
        return _subject_like(doc, previous)

    @staticmethod
    def _select(candidates: Iterable[_Candidate]) -> list[_Candidate]:
        ranked = sorted(
            candidates,
            key=lambda c: (
                c.entry.only_when is None,
                -(c.end - c.start),
                -c.entry.fixed_slots,
                -c.entry.confidence,
                c.start,
                c.entry.entry_id,
            ),
        )
        taken: set[int] = set()
        chosen: list[_Candidate] = []
        for candidate in ranked:
            span = set(range(candidate.start, candidate.end))
            if span & taken:
                continue
            taken |= span
            chosen.append(candidate)
        return sorted(chosen, key=lambda c: (c.start, c.end))

    def _read(self, doc: Doc, lowers: Sequence[str], candidate: _Candidate) -> _Reading:
        reading = _Reading()
        if candidate.entry.head_kind == "verb":
            self._read_verb(lowers, candidate, reading)
        else:
            self._read_noun(lowers, candidate, reading)
        _read_sentence_cues(doc, lowers, candidate, reading)
        if reading.order_verb is not None:
            self._read_ordered_act(lowers, candidate, reading, reading.order_verb)
        return reading

    def _read_ordered_act(self, lowers: Sequence[str], candidate: _Candidate, reading: _Reading, verb: str) -> None:
        """An act an authority ordered ('ordered the arrest of', 'ordered its troops to withdraw') is reported as
        done when it is one an order carries out and no refusal follows ('... but the soldiers refused'); an
        ordered attack ('authorised air strikes', 'ordered troops to attack') is not reported by the order. A
        vote carries out only sanctions, their lifting and deployments ('the Security Council voted to impose
        sanctions on Libya'); 'lawmakers voted to expel American troops' may bind no one."""
        kind = self.event_type(candidate.entry)
        code = candidate.entry.cameo_code
        if verb == "voted":
            carried_out = kind == "MOBILIZE" or code.startswith(_VOTED_CODE_PREFIXES)
        else:
            carried_out = kind in _ORDERED_TYPES or code.startswith(_INVESTIGATION_CODE_PREFIX)
        if not carried_out:
            reading.set_polarity("hypothetical", f"unreported-order:{kind.lower()}")
        elif defiance := next((word for word in lowers[candidate.end :] if word in _DEFIANCE_WORDS), None):
            reading.set_polarity("hypothetical", f"defied-order:{defiance}")

    def event_type(self, entry: LexiconEntry) -> str:
        return self.cameo[entry.cameo_code].plover_type

    def _categories(self, word: str) -> set[str]:
        return self._form_categories.get(word, set())

    def _read_verb(self, lowers: Sequence[str], candidate: _Candidate, reading: _Reading) -> None:
        head = candidate.head
        categories = self._categories(lowers[_compound_verb_end(lowers, head)])
        index, negators = _skip_adverbs(lowers, head - 1)
        chain: list[str] = []
        while index >= 0 and lowers[index] in _AUXILIARIES:
            chain.append(lowers[index])
            index, more = _skip_adverbs(lowers, index - 1)
            negators += more
        refusal = candidate.entry.only_when == "negated"
        if negators and refusal:
            reading.cues.append(f"refusal:{negators[0]}")
            negators = []
        if negators and not _is_not_only(lowers, head):
            reading.set_polarity("negated", f"negation:{negators[0]}")
        elif "no" not in candidate.entry.pattern.split() and _denied_object(lowers, head + 1, candidate.end):
            reading.set_polarity("negated", "object:no")
        if chain:
            self._read_auxiliaries(lowers, candidate, chain, categories, reading, bool(negators))
        elif index >= 0 and lowers[index] == "to" and not lowers[head].endswith("ing"):
            reading.infinitival = True
            self._read_infinitive(lowers, index, reading, refusal)
        elif index >= 0 and lowers[index] in {"and", "or", ","}:
            reading.coordinated = True
            self._read_bare_form(lowers, candidate, categories, reading)
        else:
            self._read_bare_form(lowers, candidate, categories, reading)
        agent_follows = head + 1 < len(lowers) and lowers[head + 1] == "by"
        if "pp" in categories and agent_follows and (not chain or chain[0] not in _HAVE_FORMS):
            reading.passive = True

    def _read_auxiliaries(
        self,
        lowers: Sequence[str],
        candidate: _Candidate,
        chain: Sequence[str],
        categories: set[str],
        reading: _Reading,
        negated: bool,
    ) -> None:
        nearest = chain[0]
        nearest_index, _ = _skip_adverbs(lowers, candidate.head - 1)
        # A be-form that the pattern itself matches ('is committed to') makes a predicate adjective, not a passive,
        # unless the row says it spans a passive ('hostages ... were freed').
        predicative = nearest_index >= candidate.start and "passive" not in candidate.entry.roles
        if nearest in _BE_FORMS | _GET_FORMS and "pp" in categories and not predicative:
            reading.passive = True
        if any(word in _FUTURE_AUX for word in chain):
            reading.plan(f"aux:{next(word for word in chain if word in _FUTURE_AUX)}")
        elif any(word in _WOULD for word in chain):
            self._read_would(lowers, candidate.head, reading)
        elif any(word in _HYPOTHETICAL_MODALS for word in chain):
            modal = next(word for word in chain if word in _HYPOTHETICAL_MODALS)
            if negated and modal in {"could", "can", "ca"} and "have" not in chain:
                reading.set_polarity("failed", f"modal:{modal} not")
            elif not negated and modal in _WARNED_MODALS and _speaker_warned(lowers, candidate.head, modal):
                reading.plan(_CONDITIONAL_WOULD_CUE)
            elif not negated and modal in _WARNED_MODALS and _closing_statement(lowers, candidate.head) is not None:
                reading.plan(REPORTED_CONDITIONAL_MODAL_CUE)
            else:
                reading.set_polarity("hypothetical", f"modal:{modal}")
        elif any(word in _PAST_AUX or word in _HAVE_FORMS for word in chain):
            reading.tense = "past"
            reading.cues.append(f"aux:{nearest}")
        elif any(word in _PRESENT_AUX for word in chain):
            reading.tense = "present"
            reading.cues.append(f"aux:{nearest}")

    def _read_would(self, lowers: Sequence[str], head: int, reading: _Reading) -> None:
        """Reported 'would' is an announcement; with a condition it is a conditional offer or threat, which
        PLOVER codes as AGREE or THREATEN ('said they would strike unless ...'), so it is planned too. A warning
        is a condition of its own: 'Serbia warned that it would restrict the movements of U.N. troops'."""
        if set(lowers) & _REPORTING_WORDS:
            reading.plan(_CONDITIONAL_WOULD_CUE if _announced_under_condition(lowers) else "aux:would(reported)")
        else:
            reading.set_polarity("hypothetical", "modal:would")

    def _read_infinitive(self, lowers: Sequence[str], to_index: int, reading: _Reading, refusal: bool = False) -> None:
        if to_index > 0 and lowers[to_index - 1] in _LIKELIHOOD_WORDS:
            reading.set_polarity("hypothetical", f"forecast:{lowers[to_index - 1]} to")
            return
        governor, negators = _skip_adverbs(lowers, to_index - 1)
        if negators and refusal:
            reading.cues.append(f"refusal:{negators[0]} to")
        elif negators:
            reading.set_polarity("negated", f"negation:{negators[0]} to")
        word = lowers[governor] if governor >= 0 else ""
        if word in _FAILED_GOVERNORS:
            reading.set_polarity("failed", f"failed:{word} to")
            reading.tense = "past" if word.endswith("ed") else "unknown"
        elif word == "supposed":
            reading.set_polarity("hypothetical", "supposed to")
        elif word in _PROPOSAL_NOUNS and (
            word in {"proposal", "proposals", "idea", "suggestion", "suggestions", "motion"}
            or (governor > 0 and lowers[governor - 1] in _DETERMINERS)
        ):
            reading.set_polarity("hypothetical", f"proposal:{word} to")
        elif word in {"plan", "plans"} and (abandoned := _abandoning_word(lowers, governor)) is not None:
            reading.set_polarity("hypothetical", f"abandoned:{abandoned} {word}")
        elif word in _PLANNED_GOVERNORS or word in {"is", "are", "am"}:
            reading.plan(f"governor:{word} to")
        elif word in {"was", "were"}:
            reading.set_polarity("hypothetical", f"{word} to")
        elif word in _TRY_GOVERNORS or word in _ASPECT_GOVERNORS:
            reading.tense = "past" if word.endswith("ed") or word in {"sought", "began", "kept"} else "present"
            reading.cues.append(f"aspect:{word} to")
        elif (order := _ordering_verb(lowers, to_index, governor)) is not None:
            reading.mark_ordered(lowers[order])
        elif word in _ORDER_VERBS:
            reading.set_polarity("hypothetical", f"order:{word} to")
        elif lowers[to_index + 1] in _EXPRESSIVE_PURPOSE and self._finite_verb_before(lowers, governor):
            reading.confidence_factor *= 0.85
            reading.cues.append("purpose-of-action")
        elif (desire := _desire_verb_before(lowers, governor)) is not None:
            reading.set_polarity("hypothetical", f"desire:{desire} to")
        elif not self._finite_verb_before(lowers, governor):
            reading.plan("headline-infinitive")
        elif self._motion_before(lowers, governor):
            reading.tense = "past"
            reading.confidence_factor *= 0.85
            reading.cues.append("purpose-after-travel")
            reading.travelled = True
        else:
            reading.set_polarity("hypothetical", "infinitive")

    def _finite_verb_before(self, lowers: Sequence[str], index: int) -> bool:
        for position in range(index, -1, -1):
            word = lowers[position]
            if word in BREAK_TEXTS and word != ",":
                return False
            if word in _AUXILIARIES or word in _REPORTING_WORDS or self._looks_past(word):
                return True
            if self._categories(word) & {"s", "past"}:
                return True
        return False

    def _motion_before(self, lowers: Sequence[str], index: int) -> bool:
        start = _clause_start(lowers, index)
        return any(word in _MOTION_VERBS for word in lowers[start : index + 1])

    def _looks_past(self, word: str) -> bool:
        return word in _IRREGULAR_PAST_WORDS or (
            len(word) > 4 and word.endswith("ed") and word.isalpha() and word not in {"need", "speed", "breed"}
        )

    def _read_bare_form(
        self, lowers: Sequence[str], candidate: _Candidate, categories: set[str], reading: _Reading
    ) -> None:
        if "pp" in categories and self._reduced_relative(lowers, candidate, categories):
            reading.mark_reduced_relative("reduced-relative")
        elif "pp" in categories and self._after_base_verb_object(lowers, candidate.head):
            reading.mark_reduced_relative("reduced-relative:object")
        elif "past" in categories:
            reading.tense = "past"
            reading.cues.append("form:past")
        elif categories == {"pp"} or categories == {"ing"}:
            reading.cues.append("form:participle")
            reading.confidence_factor *= 0.9
            previous, _ = _skip_adverbs(lowers, candidate.head - 1)
            if previous >= 0 and lowers[previous] in _DOCUMENT_NOUNS and categories == {"ing"}:
                if not any(word in _ADOPTION_WORDS for word in lowers[max(0, previous - 8) : previous]):
                    reading.set_polarity("hypothetical", f"content:{lowers[previous]}")
            elif previous >= 0 and lowers[previous] in _AVOIDING_VERBS:
                reading.set_polarity("negated", f"avoided:{lowers[previous]}")
            elif previous >= 1 and lowers[previous] in _PREPOSITIONS:
                if lowers[previous] == "without":
                    reading.set_polarity("negated", "without")
                elif (lowers[previous - 1], lowers[previous]) in _HOLDING_BACK:
                    reading.set_polarity("negated", f"held-back:{lowers[previous - 1]} {lowers[previous]}")
                elif lowers[previous - 1] in _PURPOSE_WORDS:
                    reading.set_polarity("hypothetical", f"purpose:{lowers[previous - 1]} {lowers[previous]}")
        elif "s" in categories:
            reading.tense = "present"
            reading.cues.append("form:present")
        elif "base" in categories:
            governor = self._governing_cue(lowers, candidate.start - 1)
            if governor is None:
                reading.tense = "present"
                reading.cues.append("form:base")
            elif lowers[governor] == "to":
                reading.infinitival = reading.infinitival or not reading.coordinated
                self._read_infinitive(lowers, governor, reading, candidate.entry.only_when == "negated")
            elif lowers[governor] in _FUTURE_AUX:
                reading.plan(f"aux:{lowers[governor]}(shared)")
            elif lowers[governor] in _WOULD:
                self._read_would(lowers, candidate.head, reading)
            else:
                reading.set_polarity("hypothetical", f"modal:{lowers[governor]}(shared)")

    def _read_object_participles(
        self, lowers: Sequence[str], candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]
    ) -> None:
        """'Iraq freed three British engineers jailed for spying': a participle right after the object of an
        earlier verb trigger, with no verb, clause word or punctuation between, names what was done to that
        object, not a new act of it: read as a passive reference (x0.45), like other reduced relatives. Not when
        the earlier trigger opens a subordinate or relative clause ('Rebels who attacked the base killed 20'), nor
        when it is itself a participle modifying the subject ('Jailed dissidents refused to eat', 'Rioting youths
        set fire to cars': an -ing word opening its clause with no comma after its noun qualifies the subject)."""
        for earlier, candidate in itertools.combinations(candidates, 2):
            reading = readings[id(candidate)]
            if (
                earlier.entry.head_kind != "verb"
                or earlier.entry.embeds
                or candidate.entry.head_kind != "verb"
                or candidate.head != candidate.start
                or reading.passive
                or readings[id(earlier)].passive
                or not earlier.end <= candidate.head <= earlier.end + _OBJECT_PARTICIPLE_GAP
                or "pp" not in self._categories(lowers[candidate.head])
            ):
                continue
            between = lowers[earlier.head + 1 : candidate.head]
            if not between or not between[-1].isalpha() or between[-1] in _DETERMINERS | _PREPOSITIONS:
                continue
            if any(self._breaks_object(word) or word in _SUBORDINATORS for word in between):
                continue
            clause_start = _after_last_punctuation(lowers, earlier.start)
            opening = lowers[clause_start : earlier.start]
            if _SUBORDINATORS.intersection(opening) or _CLAUSE_WORDS.intersection(opening):
                continue
            if earlier.head == clause_start and lowers[earlier.head].endswith("ing"):
                continue
            reading.mark_reduced_relative("reduced-relative:object")

    def _read_object_gerund_participles(
        self, lowers: Sequence[str], candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]
    ) -> None:
        """'Turkish police detained dozens of Kurds marching to the border': an -ing participle right after the
        object of an act of force tells what the object was doing; the subject of the clause does not do it, so
        it is read as a reference (x0.45)."""
        for earlier, candidate in itertools.combinations(candidates, 2):
            if (
                earlier.entry.head_kind != "verb"
                or self.event_type(earlier.entry) not in {"ASSAULT", "COERCE", "SANCTION", "CONSULT"}
                or candidate.entry.head_kind != "verb"
                or candidate.head != candidate.start
                or not lowers[candidate.head].endswith("ing")
                or not earlier.end < candidate.head <= earlier.end + _OBJECT_PARTICIPLE_GAP
            ):
                continue
            between = lowers[earlier.end : candidate.head]
            if between[0] in _PREPOSITIONS or not between[-1].isalpha() or between[-1] in _DETERMINERS | _PREPOSITIONS:
                continue
            if any(self._breaks_object(word) for word in between):
                continue
            reading = readings[id(candidate)]
            reading.confidence_factor *= _REFERENCE_FACTOR
            reading.cues.append("participle:object")

    def _breaks_object(self, word: str) -> bool:
        """A word that ends the object noun phrase: punctuation, a clause word, a coordinator or a verb form ('freed
        three engineers and jailed ...': 'and')."""
        return (
            word in BREAK_TEXTS
            or word in _CLAUSE_WORDS
            or word in {"and", "or", "but", "to"}
            or word in _AUXILIARIES
            or bool(self._categories(word) & {"past", "pp"})
            or self._looks_past(word)
        )

    def _read_governed_noun_participles(
        self, lowers: Sequence[str], candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]
    ) -> None:
        """Participles that `_governed_noun_participle` finds after an object noun are passive references (x0.45)."""
        for candidate in candidates:
            reading = readings[id(candidate)]
            if (
                candidate.entry.head_kind == "verb"
                and not reading.passive
                and "pp" in self._categories(lowers[candidate.head])
                and self._governed_noun_participle(lowers, candidate)
            ):
                reading.mark_reduced_relative("reduced-relative:governed")

    def _governed_noun_participle(self, lowers: Sequence[str], candidate: _Candidate) -> bool:
        """'Israel released the names of the soldiers killed in Lebanon', 'the ministry named the soldier killed
        in Helmand': a participle with no object, after a noun in the object of another verb, says what was
        done to that noun ('Supporters of Odinga rioted in Kisumu' has no verb before its subject). Not after a
        reporting verb ('said troops killed ...'), nor before 'by', whose agent makes a passive act, nor before
        'at least', nor after an auxiliary or an adverb, which make it a finite verb ('has reportedly conceded at
        last to demands')."""
        head = candidate.head
        following = lowers[head + 1 : head + 3]
        if candidate.end != head + 1 or not following or following[0] not in _PARTICIPLE_FOLLOWERS:
            return False
        if following[0] == "by" or following in (["at", "least"], ["at", "most"]):
            return False
        noun = head - 1
        function_words = _DETERMINERS | _PREPOSITIONS | _AUXILIARIES | _SUBJECT_PRONOUNS | _CLAUSE_WORDS
        if noun < 1 or not lowers[noun].isalpha() or lowers[noun] in function_words:
            return False
        if self._categories(lowers[noun]) or self._looks_past(lowers[noun]) or lowers[noun].endswith("ly"):
            return False
        for position in range(noun - 1, max(-1, noun - 9), -1):
            word = lowers[position]
            if word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in _AUXILIARIES or word in {"and", "or", "but"}:
                return False
            if self._looks_past(word) or self._categories(word) & {"past", "s"}:
                return word not in _REPORTING_WORDS
        return False

    def _reduced_relative(self, lowers: Sequence[str], candidate: _Candidate, categories: set[str]) -> bool:
        """'civilians taken hostage in Iraq', 'Palestinians detained in Israeli jails went on hunger strike':
        a participle after a noun, or opening the sentence, names what was done to that noun, not an act of it.
        A form that is also a simple past ('detained') is read so only before a preposition and a later verb. After
        a quote that a comma closes, the verb is a speaker's, put before its subject: '"Withdraw now," demanded the
        minister'."""
        if candidate.head >= 2 and lowers[candidate.head - 1] == '"' and lowers[candidate.head - 2] in {",", "?", "!"}:
            return False
        if candidate.head == 0 or lowers[candidate.head - 1] in {'"', "“"}:
            return candidate.head == candidate.start and lowers[candidate.end : candidate.end + 1] != ["by"]
        previous, _ = _skip_adverbs(lowers, candidate.head - 1)
        if previous < 0:
            return False
        before = lowers[previous]
        function_words = _DETERMINERS | _PREPOSITIONS | _AUXILIARIES | _SUBJECT_PRONOUNS | _CLAUSE_WORDS
        if not before.isalpha() or before in function_words or before in {"and", "or", "to", "not"}:
            return False
        if self._categories(before) & {"past", "pp", "s", "base", "ing"} or self._looks_past(before):
            return False
        if "past" not in categories:
            return True
        if lowers[candidate.head] in _INTRANSITIVE_PAST_WORDS:
            return False
        after = candidate.head + 1
        if candidate.end != after or after >= len(lowers) or lowers[after] not in _RELATIVE_PREPOSITIONS:
            return False
        for position in range(after + 1, len(lowers)):
            word = lowers[position]
            if word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in {"and", "or", "but", "to"}:
                return False
            if lowers[position - 1] in _DETERMINERS or lowers[position - 1] in _PREPOSITIONS:
                continue
            if lowers[position - 1] in _SUBJECT_PRONOUNS:
                return False
            if lowers[position + 1 : position + 2] == ["by"]:
                continue
            if word in _AUXILIARIES or word in _IRREGULAR_PAST_WORDS or self._looks_past(word):
                return True
        return False

    def _after_base_verb_object(self, lowers: Sequence[str], head: int) -> bool:
        """'demanded that Ankara free two Greek fishermen detained off Lesbos', 'urged Israel to release 20
        Palestinians jailed without trial': a participle right after the object of a bare base-form verb names
        what was done to that object; the object does not act. Not after a verb of saying ('to say police
        killed'), and only when the base form is surely a verb (`_governed_base_form`; not 'Chinese riot police
        fired') that takes an object ('gunmen thought to be Tamil rebels killed' has a complement, not an
        object)."""
        position = head - 1
        object_words = 0
        while position >= 0 and object_words < 6:
            word = lowers[position]
            categories = self._categories(word)
            if object_words and categories & {"base"} and not categories & {"past", "s", "ing"}:
                return word not in _BASE_SAYING_VERBS and word != "be" and self._governed_base_form(lowers, position)
            if (
                not (word.isalpha() or word.replace(",", "").isdigit())
                or word in _PREPOSITIONS
                or word in _CLAUSE_WORDS
                or word in _SUBORDINATORS
                or word in _AUXILIARIES
                or word in {"and", "or", "but", "to", "not"}
                or categories
                or self._looks_past(word)
            ):
                return False
            object_words += 1
            position -= 1
        return False

    def _governed_base_form(self, lowers: Sequence[str], position: int) -> bool:
        """A base form that cannot be a noun: after 'to' or a modal ('to release', 'must free'), or after the one
        word that opens a 'that' clause ('demanded that Ankara free')."""
        before = lowers[position - 1] if position > 0 else ""
        if before == "to" or before in _FUTURE_AUX or before in _WOULD or before in _HYPOTHETICAL_MODALS:
            return True
        return (
            position > 1
            and lowers[position - 2] == "that"
            and before.isalpha()
            and before not in _DETERMINERS
            and not self._categories(before)
        )

    @staticmethod
    def _governing_cue(lowers: Sequence[str], index: int) -> int | None:
        for position in range(index, max(-1, index - 25), -1):
            word = lowers[position]
            if word in _FUTURE_AUX or word in _WOULD or word in _HYPOTHETICAL_MODALS or word == "to":
                return position
            if word in {".", ";", ":"}:
                return None
        return None

    def _read_noun(self, lowers: Sequence[str], candidate: _Candidate, reading: _Reading) -> None:
        clause_start = _clause_start(lowers, candidate.start - 1)
        cancelled = next(
            (
                i
                for i in range(max(clause_start, candidate.start - 10), candidate.start)
                if _cancels(lowers, i) and _cancels_object(lowers, i, candidate.start)
            ),
            None,
        )
        if cancelled is not None:
            reading.set_polarity("hypothetical", f"called-off:{lowers[cancelled]}")
            return
        own_cue = False
        left_start = max(clause_start, candidate.start - 4)
        for index in range(left_start, candidate.head):
            word = lowers[index]
            if word in {"no", "never", "without"}:
                reading.set_polarity("negated", f"negation:{word}")
            elif word in _NOUN_HYPOTHETICAL or (word in _NOUN_CONSIDERED and _governs(lowers, index, candidate.start)):
                reading.set_polarity("hypothetical", f"modifier:{word}")
            elif word == "ahead" and self._noun_phrase_determiner(lowers, candidate.start) in _DEFINITE_DETERMINERS:
                reading.plan("landmark:ahead of")
            elif word in _NOUN_PLANNED:
                reading.plan(f"modifier:{word}")
                own_cue = True
            elif word in _NOUN_PAST:
                reading.tense = "past"
                reading.cues.append(f"modifier:{word}")
                own_cue = True
        victim = self._victim_cue(lowers, candidate)
        if victim is not None:
            reading.passive = True
            reading.cues.append(f"victim:{victim}")
            if victim.endswith("ed"):
                reading.tense = "past"
                own_cue = True
        order = _order_governing_noun(lowers, candidate.start)
        if order is not None and (undone := _undone_after(lowers, candidate.end)) is not None:
            reading.set_polarity("hypothetical", f"undone-order:{undone}")
        elif order is not None:
            reading.mark_ordered(lowers[order])
            own_cue = True
        own_cue = self._read_noun_right(lowers, candidate, reading) or own_cue
        if not own_cue and reading.status == "occurred" and reading.polarity == "asserted":
            own_cue = _read_past_anchor(lowers, candidate, reading, self._looks_past)
        if not own_cue and reading.status == "occurred":
            own_cue = self._read_travel_purpose(lowers, candidate, reading)
        if not own_cue and reading.status == "occurred" and reading.tense == "unknown":
            self._read_noun_clause(lowers, candidate, reading)
        if own_cue and reading.polarity == "asserted":
            reading.confidence_bonus = _OWN_CUE_BONUS
        elif not own_cue:
            # a pattern that opens with its preposition ('in protest against') starts past any noun phrase before
            opens_with_preposition = candidate.start < candidate.head and lowers[candidate.start] in _PREPOSITIONS
            determiner = None if opens_with_preposition else self._noun_phrase_determiner(lowers, candidate.start)
            if determiner in _DEFINITE_DETERMINERS:
                reading.confidence_factor *= _REFERENCE_FACTOR
                reading.cues.append(f"reference:{determiner}")

    def _victim_cue(self, lowers: Sequence[str], candidate: _Candidate) -> str | None:
        """'escaped an assassination attempt', 'came under attack', 'the target of an attack': the actor before
        the noun suffered the attack; the trigger is read as passive so the actor is not taken as its source. A
        pattern may open with the victim word itself ('under ... mortar fire')."""
        if not reads_as_attack(self.event_type(candidate.entry), candidate.entry.cameo_code):
            return None
        if candidate.start < candidate.head and lowers[candidate.start] in _VICTIM_WORDS:
            return lowers[candidate.start]
        for position in range(candidate.start - 1, max(-1, candidate.start - 5), -1):
            word = lowers[position]
            if word in _VICTIM_WORDS:
                return word
            if not (word in _DETERMINERS or word in {"of", "-"} or (word.isalpha() and word not in _AUXILIARIES)):
                return None
            if word not in _DETERMINERS and word != "of" and self._categories(word) & {"past", "s", "base"}:
                return None
        return None

    def _read_travel_purpose(self, lowers: Sequence[str], candidate: _Candidate, reading: _Reading) -> bool:
        """'negotiators return to Geneva this week for talks', 'arrived in Moscow for a summit': the travel
        reports the meeting as under way."""
        window = lowers[max(0, candidate.start - 4) : candidate.start]
        if "for" not in window or any(word in BREAK_TEXTS for word in window[window.index("for") :]):
            return False
        for_index = candidate.start - len(window) + window.index("for")
        clause = lowers[_clause_start(lowers, for_index - 1) : for_index]
        verb = next((word for word in reversed(clause) if word in _TRAVEL_VERBS), None)
        if verb is None:
            return False
        reading.tense = "past" if verb in _MOTION_VERBS else "present"
        reading.cues.append(f"travel-for:{verb}")
        return True

    def _noun_phrase_determiner(self, lowers: Sequence[str], start: int) -> str | None:
        """The determiner opening the noun phrase that ends in a trigger noun ('the Ankara - Moscow ceasefire');
        None when a verb, particle, preposition or punctuation comes first ('ruled out talks')."""
        for position in range(start - 1, max(-1, start - 7), -1):
            word = lowers[position]
            if word == "-":
                continue
            if word in _DETERMINERS:
                return word
            if (
                word in BREAK_TEXTS
                or word in _PREPOSITIONS
                or word in _AUXILIARIES
                or word in _CLAUSE_WORDS
                or word in _PARTICLES
                or self._categories(word) & {"base", "s"}
            ):
                return None
        return None

    def _read_noun_right(self, lowers: Sequence[str], candidate: _Candidate, reading: _Reading) -> bool:
        stop = min(len(lowers), candidate.end + 12)
        for position in range(candidate.end, stop):
            word = lowers[position]
            if word in BREAK_TEXTS or word in _CLAUSE_WORDS:
                return False
            if word in {"'s", "’s"}:
                continue
            following, negators = self._following_words(lowers, position)
            if negators and (word in _AUXILIARIES):
                reading.set_polarity("negated", f"right:{word} {negators[0]}")
                return True
            if word in _FUTURE_AUX:
                if following[:1] and following[0] in _HAPPENING_VERBS:
                    reading.plan(f"right:{word} {following[0]}")
                    return True
                return False
            if word in _WOULD:
                if following[:1] and following[0] in _HAPPENING_VERBS and not _consequence_passive(following):
                    self._read_would(lowers, candidate.head, reading)
                else:
                    reading.set_polarity("hypothetical", f"right:{word} {following[0] if following else ''}".strip())
                return True
            if word in _HYPOTHETICAL_MODALS:
                reading.set_polarity("hypothetical", f"right:{word}")
                return True
            if word in _BE_FORMS | _LINKING_VERBS and self._speculated(lowers, position + 1):
                reading.set_polarity("hypothetical", f"right:{word} {lowers[position + 1]}")
                return True
            if (
                self.event_type(candidate.entry) in _FAILING_TYPES
                and (failure := _failure_verb(lowers, position)) is not None
                and not any(between in _TIME_CONJUNCTIONS for between in lowers[candidate.end : position])
            ):
                reading.set_polarity("failed", f"failed:{failure}")
                return True
            if word in _BE_OR_HAVE_FORMS:
                return self._read_noun_predicate(word, following, reading)
            if word in _PAST_EVENT_VERBS:
                reading.tense = "past"
                reading.cues.append(f"right:{word}")
                return True
        return False

    def _speculated(self, lowers: Sequence[str], position: int) -> bool:
        """'a Chinese invasion of Taiwan remained unlikely', 'an attack is now seen as inevitable': the predicate
        weighs the act's chances, so it has not happened. 'The attack was likely carried out by X' uses 'likely'
        as an adverb of a verb that reports the act, and in 'the talks were unlikely to produce a deal' the doubt
        is about what the talks achieve."""
        while position < len(lowers) and lowers[position] not in _SPECULATIVE_PREDICATES:
            word = lowers[position]
            if not (word in _ADVERBS or word in _SEEN_AS or (word.endswith("ly") and len(word) > 4)):
                return False
            position += 1
        if position >= len(lowers):
            return False
        after = lowers[position + 1] if position + 1 < len(lowers) else "."
        if after == "to":
            return position + 2 < len(lowers) and lowers[position + 2] in _HAPPENING_VERBS
        return not (after in _IRREGULAR_PARTICIPLES or self._looks_past(after))

    @staticmethod
    def _following_words(lowers: Sequence[str], position: int) -> tuple[list[str], list[str]]:
        words: list[str] = []
        negators: list[str] = []
        for word in lowers[position + 1 : position + 5]:
            if word in _NEGATORS:
                negators.append(word)
            elif not (word in _ADVERBS or (word.endswith("ly") and len(word) > 4)):
                words.append(word)
        return words, negators

    def _read_noun_predicate(self, auxiliary: str, following: Sequence[str], reading: _Reading) -> bool:
        """'the meeting is planned', 'talks were held', 'the summit was postponed'; not 'is important'. A meeting
        that 'was called' without 'off' was convened ('an emergency meeting was called for Monday'): planned;
        one that 'was called a success' was only named."""
        if auxiliary in _HAVE_FORMS and following[:1] == ["been"]:
            auxiliary, following = "been", following[1:]
        nxt = following[0] if following else ""
        if following and _cancels(following, 0, after_noun=True):
            if auxiliary in _HAVE_FORMS:
                return False
            reading.set_polarity("negated", f"right:{auxiliary} {nxt}")
            return True
        if nxt == "called" and following[1:2] and following[1] in _NAMING_DETERMINERS:
            return False
        if nxt in {"planned", "scheduled", "expected", "set", "due", "slated", "being", "called"}:
            reading.plan(f"right:{auxiliary} {nxt}")
            return True
        if nxt not in _HAPPENED_PREDICATES:
            return False
        reading.tense = "past" if auxiliary in _PAST_AUX or auxiliary in _HAVE_FORMS else "present"
        reading.cues.append(f"right:{auxiliary} {nxt}")
        return True

    def _read_noun_clause(self, lowers: Sequence[str], candidate: _Candidate, reading: _Reading) -> None:
        start = _clause_start(lowers, candidate.start - 1)
        window = range(max(start, candidate.start - 10), candidate.start)
        averted = next(
            (
                i
                for i in window
                if (lowers[i] in _NOUN_AVERTED or lowers[i] in _CONSIDERED_WORDS) and not _in_compound(lowers, i)
            ),
            None,
        )
        if averted is not None:
            reading.set_polarity("hypothetical", f"clause:{lowers[averted]}")
            return
        for position in range(candidate.start - 1, start - 1, -1):
            word = lowers[position]
            if word in _FUTURE_AUX:
                reading.plan(f"clause:{word}")
                return
            if word == "to":
                governor, _ = _skip_adverbs(lowers, position - 1)
                if governor >= 0 and lowers[governor] in _PLAN_WORDS:
                    reading.plan(f"clause:{lowers[governor]} to")
                    return
            if word in _HYPOTHETICAL_MODALS:
                reading.set_polarity("hypothetical", f"clause:{word}")
                return
            if word in _PLANNING_VERBS and (position == 0 or lowers[position - 1] not in _DETERMINERS):
                reading.plan(f"clause:{word}")
                return
            if self._looks_past(word) and position > 0 and not _in_compound(lowers, position):
                reading.tense = "past"
                reading.cues.append(f"clause:{word}")
                return

    def _trigger(
        self,
        sentence: str,
        doc: Doc,
        lowers: Sequence[str],
        candidate: _Candidate,
        reading: _Reading,
        folded: Sequence[_Candidate],
    ) -> Trigger:
        entry = candidate.entry
        mapping = self.cameo[entry.cameo_code]
        cameo_code, status, tense, cues = entry.cameo_code, reading.status, reading.tense, list(reading.cues)
        statement_tense = _conditional_announcement(lowers, candidate.head, reading)
        threat_code = conditional_threat_code(cameo_code, mapping.plover_type) if statement_tense else None
        if statement_tense and threat_code:
            cameo_code, status, tense = threat_code, "occurred", statement_tense
            mapping = self.cameo[threat_code]
            cues.append(CONDITIONAL_THREAT_CUE)
        elif cameo_code == DEPORTATION_CAMEO_CODE and mass_expulsion(lowers, candidate.start, candidate.end):
            cameo_code = MASS_EXPULSION_CAMEO_CODE
            mapping = self.cameo[cameo_code]
            cues.append(MASS_EXPULSION_CUE)
        first_token, last_token = (
            (candidate.head, candidate.head + 1) if entry.head_only else (candidate.start, candidate.end)
        )
        start_char = doc[first_token].idx
        last = doc[last_token - 1]
        end_char = last.idx + len(last.text)
        mode = None
        if mapping.plover_type == "CONSULT":
            mode = self._mode(lowers, [candidate, *folded], mapping) or ("visit" if reading.travelled else None)
        cues = [f"{entry.entry_id}[{cameo_code}]", *cues]
        if mode:
            cues.append(f"mode:{mode}")
        if reading.passive:
            cues.append("voice:passive")
        quoted = _is_quoted(sentence[:start_char])
        base = max(entry.confidence, min(0.75, entry.confidence + reading.confidence_bonus))
        confidence = min(0.99, max(0.05, base * reading.confidence_factor * (0.9 if quoted else 1.0)))
        return Trigger(
            start=start_char,
            end=end_char,
            text=sentence[start_char:end_char],
            event_type=mapping.plover_type,
            event_mode=mode,
            cameo_code=cameo_code,
            status=status,
            tense=tense,
            polarity=reading.polarity,
            cue="; ".join(cues),
            confidence=round(confidence, 3),
            passive=reading.passive,
            quoted=quoted,
            entry_id=entry.entry_id,
            embedded_in=reading.embedded_in,
            roles=entry.roles,
            by_state=(self.cameo[entry.by_state].plover_type, entry.by_state)
            if entry.by_state and cameo_code == entry.cameo_code
            else None,
        )

    @staticmethod
    def _mode(lowers: Sequence[str], mentions: Sequence[_Candidate], mapping: CameoPlover) -> str | None:
        for mention in mentions:
            if _MULTILATERAL.search(" ".join(lowers[max(0, mention.start - 4) : mention.end])):
                return "multilateral"
        for mention in mentions:
            if _PHONE.search(" ".join(lowers[mention.start : min(len(lowers), mention.end + 3)])):
                return "phone"
        entry_mode = next((mention.entry.mode for mention in mentions if mention.entry.mode), None)
        if entry_mode:
            return entry_mode
        return mapping.plover_mode if mapping.plover_mode in CONSULT_MODES else None


def _conditional_announcement(lowers: Sequence[str], head: int, reading: _Reading) -> Tense | None:
    """The tense of the statement when the trigger is an act its speaker announced under a condition ('Iraq
    said it would set fire to the oil fields if attacked'), else None. The doer must be the speaker, named
    again by a pronoun before 'would': 'Analysts said the United States would impose sanctions if ...' and
    'Iran said the United States would attack it if ...' report a view of another party's act, no threat."""
    if reading.polarity == "asserted" and REPORTED_CONDITIONAL_MODAL_CUE in reading.cues:
        statement = _closing_statement(lowers, head)
        return _STATEMENT_TENSES[lowers[statement]] if statement is not None else None
    if reading.polarity != "asserted" or _CONDITIONAL_WOULD_CUE not in reading.cues:
        return None
    would = next((index for index in range(head - 1, 0, -1) if lowers[index] in _ANNOUNCING_MODALS), None)
    if would is None or lowers[would - 1] not in _SPEAKER_PRONOUNS:
        return None
    return next((_STATEMENT_TENSES[word] for word in lowers[:would] if word in _STATEMENT_TENSES), None)


_GAP_CLAUSE_OPENERS = frozenset({"as", "while", "whereas", "although", "though", "because", "unless", "until"})
"""Subordinators that open a clause of its own, which a lexicon pattern's gap does not enter."""


def _opens_clause(lowers: Sequence[str], position: int) -> bool:
    """A subordinator at `position` opens a clause, except 'as a/an', which names a role ('recognised Kosovo as an
    independent state')."""
    if lowers[position] not in _GAP_CLAUSE_OPENERS:
        return False
    return lowers[position] != "as" or position + 1 >= len(lowers) or lowers[position + 1] not in {"a", "an"}


def _gap_stops(lowers: Sequence[str], position: int, gap: int) -> list[int]:
    """Token positions where a gap of up to `gap` words opening at `position` can stop, nearest first. A
    hyphenated compound ('long-threatened') counts as one word; a gap never crosses a break, nor enters a word that
    opens another clause (in 'began leaving Afghanistan as talks continued' the talks are not begun)."""
    stops = [position]
    cursor, budget = position, gap
    while cursor < len(lowers) and lowers[cursor] not in BREAK_TEXTS and not _opens_clause(lowers, cursor):
        hyphenated = lowers[cursor] == "-" or (cursor > 0 and lowers[cursor - 1] == "-")
        if not hyphenated:
            if budget == 0:
                break
            budget -= 1
        cursor += 1
        stops.append(cursor)
    return stops


def _match_ends(slots: Sequence[_Slot], index: int, lowers: Sequence[str], position: int) -> set[int]:
    """Token positions where a match of `slots[index:]` starting at `position` can end (gaps: `_gap_stops`)."""
    if index == len(slots):
        return {position}
    slot = slots[index]
    ends: set[int] = set()
    if slot.gap:
        for cursor in _gap_stops(lowers, position, slot.gap):
            ends |= _match_ends(slots, index + 1, lowers, cursor)
        return ends
    if slot.optional:
        ends |= _match_ends(slots, index + 1, lowers, position)
    if position < len(lowers) and lowers[position] in slot.forms:
        ends |= _match_ends(slots, index + 1, lowers, position + 1)
    return ends


_OBJECT_FOLLOWERS = frozenset(
    {
        "of",
        "against",
        "on",
        "in",
        "at",
        "to",
        "for",
        "with",
        "over",
        "by",
        "from",
        "and",
        "or",
        "outside",
        "near",
        "into",
        "that",
        "which",
        "who",
        "after",
        "before",
        "as",
        "amid",
        "across",
        "around",
        "throughout",
        "the",
        "a",
    }
)
"""Words that follow an object noun without joining a compound ('a demonstration against war')."""


def _drop_skipped_objects(
    candidates: Sequence[_Candidate], lowers: Sequence[str], event_type: Callable[[LexiconEntry], str]
) -> list[_Candidate]:
    """A light verb takes the nearest noun a pattern names as its object: in 'staged a demonstration against war'
    and 'issued a rejection of calls' the act is the demonstration and the rejection, so a longer match of the
    same verb, of another event type, whose gap skips that noun ('staged ... war', 'issued ... calls') is
    dropped. A longer match of the same type ('fired rubber bullets at X') only adds its target."""
    return [
        longer
        for longer in candidates
        if not any(
            event_type(shorter.entry) != event_type(longer.entry) and _skips_object_of(longer, shorter, lowers)
            for shorter in candidates
            if shorter is not longer
        )
    ]


def _skips_object_of(longer: _Candidate, shorter: _Candidate, lowers: Sequence[str]) -> bool:
    """`longer` opens with the same light verb as `shorter` and passes over its last noun in a gap."""
    if (
        longer.head != shorter.head
        or longer.start != shorter.start
        or shorter.end >= longer.end
        or longer.entry.head_kind != "verb"
        or shorter.entry.head_kind != "verb"
        or shorter.entry.slots[-1].kind != "noun"
        or _compound_modifier(lowers, shorter.end)
    ):
        return False
    return _gap_skips(longer.entry.slots, 0, lowers, longer.start, longer.end, shorter.end - 1)


def _compound_modifier(lowers: Sequence[str], after: int) -> bool:
    """The noun before `after` modifies the word that follows it ('withdraw weapons inspectors'): a noun before
    another content word is no object of its own."""
    return after < len(lowers) and lowers[after].isalpha() and lowers[after] not in _OBJECT_FOLLOWERS


def _gap_skips(slots: Sequence[_Slot], index: int, lowers: Sequence[str], position: int, end: int, noun: int) -> bool:
    """Whether every match of `slots[index:]` from `position` to `end` passes over the token at `noun` in a gap."""
    if index == len(slots):
        return False
    slot = slots[index]
    if position > noun:
        return False
    outcomes: list[bool] = []
    if slot.gap:
        for cursor in _gap_stops(lowers, position, slot.gap):
            if end in _match_ends(slots, index + 1, lowers, cursor):
                outcomes.append(cursor > noun or _gap_skips(slots, index + 1, lowers, cursor, end, noun))
        return bool(outcomes) and all(outcomes)
    if slot.optional and end in _match_ends(slots, index + 1, lowers, position):
        outcomes.append(_gap_skips(slots, index + 1, lowers, position, end, noun))
    if (
        position < len(lowers)
        and lowers[position] in slot.forms
        and end in _match_ends(slots, index + 1, lowers, position + 1)
    ):
        outcomes.append(position != noun and _gap_skips(slots, index + 1, lowers, position + 1, end, noun))
    return bool(outcomes) and all(outcomes)


def _words_after_head(lowers: Sequence[str], head: int, end: int) -> set[str]:
    """The words a row's `unless_next` is checked against: the match past its head and up to three words after
    it. Punctuation ends the window, as what follows it is no part of the phrase ('funded Lebanon, officials
    said'), and a weekday past the first word dates the act ('fired at Iran on Tuesday') where one right after
    the match fills its slot ('was fired on Monday')."""
    words = set(lowers[head + 1 : end])
    for offset, word in enumerate(lowers[end : end + 3]):
        if word in _PHRASE_BREAKS:
            break
        if offset == 0 or word.capitalize() not in _WEEKDAYS:
            words.add(word)
    return words


def _cancelled_past_window(texts: Sequence[str], lowers: Sequence[str], end: int, unless_next: frozenset[str]) -> bool:
    """A row's `unless_next` words also cancel it beyond its three-word window as the head noun of the object
    phrase, past a possessive and modifiers ('shot down the government's health care plan': 'plan'), and, in a
    cause phrase later in the clause, as words that name a hazard, an epidemic or a ceremony ('closed its
    airspace for a fourth day because of the volcanic ash cloud': 'ash'). Only those: 'blew up a bridge after
    the collapse of the talks' is still an attack. An object after 'on', 'against', 'of', 'into' or 'to' counts
    ('launched an attack on Amazon's pricing policy': 'policy'; 'seized control of the Dutch brewer': 'brewer';
    'ordered an inquiry into the train fire': 'fire'; 'issued a warning to its American dealers': 'dealers')."""
    start = end + 1 if lowers[end : end + 1] in (["on"], ["against"], ["of"], ["into"], ["to"]) else end
    head = _object_head(texts, lowers, start)
    if head is not None and lowers[head] in unless_next:
        return True
    causes = unless_next & _NON_POLITICAL_CAUSES
    return bool(causes) and bool(causes & _cause_phrase_words(lowers, end))


def _object_head(texts: Sequence[str], lowers: Sequence[str], start: int) -> int | None:
    """The head noun of the noun phrase opening at `start`: its last word before a preposition, punctuation, a
    clause word or a verb form, read past a possessive ('the euro zone's plans') and modifiers; None when no noun
    phrase opens there or it runs on past eight words."""
    head: int | None = None
    for position in range(start, min(len(lowers), start + 9)):
        word = lowers[position]
        if word in _POSSESSIVE_MARKERS:
            head = None
        elif word == "-" or word.isdigit() or (word in _DETERMINERS and head is None):
            continue
        elif (
            not word.isalpha()
            or word in _PREPOSITIONS
            or word in _CLAUSE_WORDS
            or word in _SUBJECT_PRONOUNS
            or word in {"and", "or"}
            or _verb_like(texts, lowers, position)
        ):
            return head
        else:
            head = position
    return None


def _cause_phrase_words(lowers: Sequence[str], end: int) -> set[str]:
    """Content words of the cause phrases ('because of', 'due to', 'owing to', 'amid', 'after', 'for', 'as',
    'over') after `end` in the same clause, which ends at punctuation or a clause word that opens no cause."""
    words: set[str] = set()
    in_cause = False
    for word in lowers[end:]:
        if word in BREAK_TEXTS or (word in _CLAUSE_WORDS and word not in _CAUSE_OPENERS):
            break
        if word in _CAUSE_OPENERS:
            in_cause = True
        elif in_cause and word.isalpha() and word not in _PREPOSITIONS and word not in _DETERMINERS:
            words.add(word)
    return words


def _courtesy_apology(
    texts: Sequence[str], lowers: Sequence[str], candidate: _Candidate, candidates: Sequence[_Candidate]
) -> bool:
    """An apology is a concession to a wronged party. One with no party ('to X') whose 'for' complement is a
    gerund clause that names no one, no harm and no other event ('apologized for arriving late at the press
    conference'; a meeting named past a preposition is only its setting) is a personal courtesy, no event;
    'apologized for bombing the embassy', 'for forcing Korean women into brothels' and 'apologized to Turkey
    for ...' stay."""
    if candidate.entry.cameo_code != _APOLOGY_CODE:
        return False
    position = candidate.end
    while position < len(lowers):
        if lowers[position] == "on" and texts[position + 1 : position + 2] and texts[position + 1] in _WEEKDAYS:
            position += 2
        elif lowers[position] in _ADVERBS:
            position += 1
        else:
            break
    gerund = position + 1
    if lowers[position : position + 1] != ["for"] or gerund >= len(lowers):
        return False
    if not (lowers[gerund].endswith("ing") and lowers[gerund].isalpha()):
        return False
    clause_end = next(
        (i for i in range(gerund, len(lowers)) if lowers[i] in BREAK_TEXTS or lowers[i] in _CLAUSE_WORDS),
        len(lowers),
    )
    for other in candidates:
        if other is candidate or not gerund <= other.start < clause_end:
            continue
        object_of_gerund = not any(word in _PREPOSITIONS for word in lowers[gerund + 1 : other.start])
        if other.entry.head_kind == "verb" or object_of_gerund:
            return False
    return not _names_party_or_grievance(texts, lowers, gerund, clause_end)


def _names_party_or_grievance(texts: Sequence[str], lowers: Sequence[str], start: int, end: int) -> bool:
    """A harm or a wronged party between `start` and `end` ('causing suffering to its neighbours', 'forcing Korean
    women into brothels'): a grievance word, or a capitalised word that is no place or date (one after 'in',
    'at' and the like, or a weekday, only says where or when: 'at the Elysee', 'in Hiroshima', 'on Tuesday')."""
    preposition = ""
    for position in range(start, end):
        word = lowers[position]
        if word in _GRIEVANCE_WORDS:
            return True
        if word in _PREPOSITIONS:
            preposition = word
        elif (
            texts[position][:1].isupper()
            and texts[position] not in _WEEKDAYS
            and preposition not in _SETTING_PREPOSITIONS
        ):
            return True
    return False


def _framed_by_game(texts: Sequence[str], lowers: Sequence[str], candidate: _Candidate, reading: _Reading) -> bool:
    """A sports word makes the act a game, not an event: team names resolve to states, so 'Brazil met
    Germany in the World Cup semi-final' or 'Qatar hosted Argentina in a friendly match' is no meeting, whatever
    the trigger's family. The word frames the act when it is in the acting subject ('The Indian cricket captain
    vowed to fight on'), or in an 'in' or 'for' phrase after the trigger in its clause unless the clause names
    an office holder (leaders who meet at a game still meet: 'Gul hosted Armenian President Sarksyan for a
    World Cup qualifier'). A game named after 'after', 'before', 'during' or 'amid' only dates the act
    ('clashed with fans after the match'); one in the object of an active verb, or in a passive subject, is its
    victim ('attacked the Sri Lankan cricket team's bus'). 'Victory' and 'defeat' are no cue: they follow
    battles and elections as often."""
    clause_start = candidate.start
    while clause_start > 0 and not _ends_game_scope(lowers, clause_start - 1):
        clause_start -= 1
    acting = not reading.passive and not any(cue.startswith("victim:") for cue in reading.cues)
    if acting and any(_sports_word(texts, lowers, i) for i in range(clause_start, candidate.start)):
        return True
    if any(word in _OFFICE_WORDS for word in lowers[clause_start : candidate.start]):
        return False
    opener = ""
    for position in range(candidate.end, len(lowers)):
        word = lowers[position]
        if _ends_game_scope(lowers, position) or word in _OFFICE_WORDS:
            return False
        if word in _PREPOSITIONS or word in _PARTICLES:
            opener = opener if word == "of" else word
        elif _verb_like(texts, lowers, position):
            opener = ""
        elif opener in _GAME_FRAME_OPENERS and _sports_word(texts, lowers, position):
            return True
    return False


def _verb_like(texts: Sequence[str], lowers: Sequence[str], position: int) -> bool:
    """'to', an auxiliary or a lower-case -ed / -ing word not after a determiner: a verb that ends a
    prepositional phrase ('arrested women for trying to attend a football match'); 'Beijing' is a name."""
    if texts[position][:1].isupper() and position > 0:
        return False
    word = lowers[position]
    previous = lowers[position - 1] if position > 0 else ""
    modifier = previous in _DETERMINERS or previous in _POSSESSIVE_MARKERS or previous == "-"
    return word == "to" or word in _AUXILIARIES or (word.endswith(("ed", "ing")) and not modifier)


def _ends_game_scope(lowers: Sequence[str], position: int) -> bool:
    """Punctuation, a clause word or a preposition that dates the act ends the words a game can frame; a 'but' or
    'and' before a verb of the same subject does not ('attacked relentlessly but failed to break down Spain')."""
    word = lowers[position]
    if word in {"but", "and"}:
        following = lowers[position + 1] if position + 1 < len(lowers) else ""
        return not (following.endswith("ed") or following in _AUXILIARIES or following in _IRREGULAR_PAST_WORDS)
    return word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in _GAME_LANDMARKS


def _sports_word(texts: Sequence[str], lowers: Sequence[str], position: int) -> bool:
    """A word that names a game or a sport: 'cricket', 'semi-final', 'World Cup', 'qualifier'; 'final', 'match'
    and 'friendly' only as nouns ('in the final on Sunday', not 'final status talks' or 'a friendly visit'),
    'cup' after a name or before 'final', 'league' only in lower case (not 'the Arab League'), 'goal' after a
    scoring word."""
    word = lowers[position]
    if word in _SPORTS_WORDS:
        return True
    previous = lowers[position - 1] if position > 0 else ""
    following = lowers[position + 1] if position + 1 < len(lowers) else "."
    ends_phrase = following in BREAK_TEXTS or following in _PREPOSITIONS or following in _AUXILIARIES
    ends_phrase = ends_phrase or following in _CLAUSE_WORDS or following in {"and", "or"}
    named_before = position > 1 and texts[position - 1][:1].isupper()
    if word in {"final", "finals"}:
        if previous == "-" and position > 1 and lowers[position - 2] in {"semi", "quarter"}:
            return True
        opened = previous in _DETERMINERS or previous == "cup" or previous.isdigit() or named_before
        return opened and ends_phrase
    if word in {"match", "matches"}:
        governed = previous in _AUXILIARIES or previous in _SUBJECT_PRONOUNS or previous in {"to", "no", "not"}
        return previous != "" and not governed and following not in _DETERMINERS
    if word == "friendly":
        return previous in _DETERMINERS and ends_phrase
    if word == "cup":
        return named_before or following in {"final", "finals", "tie", "holders", "winners"}
    if word in {"goal", "goals"}:
        return previous in _SCORING_WORDS or previous.isdigit()
    return word == "league" and texts[position] == "league"


def _reported_modal(lowers: Sequence[str], end: int) -> bool:
    """The modal closing a reported-speech rule ('said Sudan must return') is a verb, not 'a must'."""
    following = lowers[end] if end < len(lowers) else ""
    return lowers[end - 2] not in _DETERMINERS and following.isalpha() and following.islower()


def _participle_clause(lowers: Sequence[str], head: int) -> bool:
    """', killing 12 people', ', shelling the town': after a comma and before its object, an -ing word is a verb."""
    following = lowers[head + 1] if head + 1 < len(lowers) else ""
    return (
        head > 0
        and lowers[head - 1] == ","
        and (following.isdigit() or following in _DETERMINERS or following in _OBJECT_STARTS)
    )


def _compound_verb_end(lowers: Sequence[str], head: int) -> int:
    """'test-fired': the inflected part of a hyphenated verb is its last word."""
    if head + 2 < len(lowers) and lowers[head + 1] == "-" and lowers[head + 2].isalpha():
        return head + 2
    return head


def _in_compound(lowers: Sequence[str], index: int) -> bool:
    return index > 0 and lowers[index - 1] == "-"


_DESIRE_VERBS = _words(
    "want wants wanted wanting expect expects expected expecting wish wishes wished prefer prefers preferred"
)
"""'Washington wants Beijing to release the dissidents': what one party wants another to do is not done."""


def _desire_verb_before(lowers: Sequence[str], governor: int) -> str | None:
    """The desire verb whose object ends at `governor`, a few words before the infinitive's 'to', or None."""
    for position in range(governor, max(-1, governor - 5), -1):
        word = lowers[position]
        if word in _DESIRE_VERBS:
            return word
        if not word.isalpha() or word in _CLAUSE_WORDS or word in _AUXILIARIES:
            return None
    return None


def _ordering_verb(lowers: Sequence[str], to_index: int, governor: int) -> int | None:
    """Where the verb of an asserted order, decree or vote is when the infinitive at `to_index` is what it carries
    out (`_order_frame`, `_order_noun_verb`, `_vote_frame`)."""
    order = _order_frame(lowers, to_index)
    if order is None and governor >= 0 and lowers[governor] in _ORDER_NOUNS:
        order = _order_noun_verb(lowers, governor)
    return order if order is not None else _vote_frame(lowers, governor)


def _order_noun_verb(lowers: Sequence[str], noun: int) -> int | None:
    """Where the verb is that issues the order noun at `noun`: 'issued an order to free 200 prisoners', 'gave the
    order to withdraw', 'signed a decree to close the border', 'gave the go-ahead for the release of'."""
    if lowers[noun] == "ahead" and lowers[max(0, noun - 2) : noun] == ["go", "-"]:
        noun -= 2
    elif lowers[noun] == "light" and noun > 0 and lowers[noun - 1] == "green":
        noun -= 1
    for position in range(noun - 1, max(-1, noun - 4), -1):
        word = lowers[position]
        if word in _ISSUING_VERBS:
            return position if _asserted_order(lowers, position) else None
        if not word.isalpha() or word in _CLAUSE_WORDS or word in _AUXILIARIES or word in _PREPOSITIONS:
            return None
    return None


def _order_frame(lowers: Sequence[str], to_index: int) -> int | None:
    """Where the order verb is when the infinitive at `to_index` is what an authority ordered its own forces or
    officials to do: 'Israel ordered its troops to withdraw from Lebanon', 'ordered police to arrest the leaders'.
    An order to another state ('ordered Iraq to withdraw') is a demand, and the object right before 'to' must name
    forces or officials; the order itself must be asserted (`_asserted_order`)."""
    agent = to_index - 1
    if agent < 1 or lowers[agent] not in _ORDERED_AGENTS:
        return None
    for position in range(agent - 1, max(-1, agent - 8), -1):
        word = lowers[position]
        if word in _ORDER_VERBS:
            return position if _asserted_order(lowers, position) else None
        if word in {"'s", "’s", "of"}:
            continue
        if word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in _AUXILIARIES or word in _PREPOSITIONS:
            return None
        if word == "to":
            return None
    return None


def _vote_frame(lowers: Sequence[str], governor: int) -> int | None:
    """Where 'voted' is when the infinitive after `governor` is what a body voted to do: 'voted to impose
    sanctions', 'voted 13-0 to impose an embargo'. The vote must be asserted (`_asserted_order`)."""
    position = governor
    while position >= 0 and (lowers[position].isdigit() or lowers[position] in {"-", "–"}):
        position -= 1
    if position < 0 or lowers[position] != "voted":
        return None
    return position if _asserted_order(lowers, position) else None


def _order_governing_noun(lowers: Sequence[str], noun_start: int) -> int | None:
    """Where the order verb is when it governs the noun at `noun_start` as its object: 'ordered the arrest of',
    'decreed the release of', 'authorised air strikes', or issues an order for it ('issued orders for the release
    of', `_order_noun_verb`)."""
    for position in range(noun_start - 1, max(-1, noun_start - 5), -1):
        word = lowers[position]
        if word in _ORDER_VERBS:
            return position if _asserted_order(lowers, position) else None
        if word == "for" and position > 0 and lowers[position - 1] in _ORDER_NOUNS:
            return _order_noun_verb(lowers, position - 1)
        if word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in _AUXILIARIES or word in _PREPOSITIONS:
            return None
        if word in {"and", "or", "to"}:
            return None
    return None


def _undone_after(lowers: Sequence[str], noun_end: int) -> str | None:
    """'ordered sanctions against Yugoslavia lifted', 'ordered the curfew eased': a participle of undoing in the
    noun's small clause, so what was ordered is the end of the act, not the act."""
    for word in lowers[noun_end : noun_end + 6]:
        if word in _UNDONE_PARTICIPLES:
            return word
        if word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in {"and", "to"}:
            return None
    return None


def _asserted_order(lowers: Sequence[str], verb: int) -> bool:
    """The order at `verb` was given: a finite past form, not passive ('were ordered to'), not under a modal,
    'to' or a negation ('did not order', 'is expected to order'), and not a court's ('a judge ordered')."""
    previous, negators = _skip_adverbs(lowers, verb - 1)
    if negators:
        return False
    if previous >= 0 and (
        lowers[previous] in _AUXILIARIES - _HAVE_FORMS or lowers[previous] in {"to", "who", "which", "that"}
    ):
        return False
    if previous >= 0 and lowers[previous] in _HAVE_FORMS and _skip_adverbs(lowers, previous - 1)[1]:
        return False
    subject = lowers[_clause_start(lowers, verb - 1) : verb]
    return not any(word in _COURT_WORDS for word in subject)


def _habitual_perfect(lowers: Sequence[str], start: int) -> str | None:
    """'has long accused', 'have often threatened', 'has long been accused': the perfect and the adverb of habit
    before the trigger."""
    position = start - 2 if start > 0 and lowers[start - 1] == "been" else start - 1
    adverbs: list[str] = []
    while position >= 0 and len(adverbs) < 3 and lowers[position] in _HABITUAL_PERFECT_ADVERBS:
        adverbs.append(lowers[position])
        position -= 1
    if adverbs and position >= 0 and lowers[position] in _PERFECT_AUXILIARIES:
        return f"{lowers[position]} {' '.join(reversed(adverbs))}"
    return None


_CEASING_VERBS = _words("stop stops stopped stopping cease ceases ceased ceasing quit quits quitting halt halts halted")


def _ceasing_verb_before(lowers: Sequence[str], start: int) -> str | None:
    """'Syria stopped backing Hezbollah', 'urged Syria to stop backing': a gerund after a verb of ceasing names an
    act that ends, not one done."""
    if not lowers[start].endswith("ing"):
        return None
    position, _ = _skip_adverbs(lowers, start - 1)
    return lowers[position] if position >= 0 and lowers[position] in _CEASING_VERBS else None


_GENERIC_HEADS = frozenset({"anyone", "anybody", "everyone", "everybody", "those"})
_GENERIC_DETERMINERS = frozenset({"any", "every"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _generic_agent(lowers: Sequence[str], start: int, noun: bool) -> str | None:
    """'retaliate against anyone who attacked', 'whoever fires on', 'any country that imposes sanctions': the
    act of a relative clause whose head is anyone at all, not an actor who acted. A noun trigger may stand one or
    two words after the relative pronoun ('that imposes sanctions', 'who carry out attacks')."""
    position, _ = _skip_adverbs(lowers, start - 1)
    if noun:
        verb_words = 0
        while (
            verb_words < 2
            and position > 0
            and lowers[position] not in _RELATIVE_PRONOUNS
            and lowers[position].isalpha()
        ):
            position, verb_words = position - 1, verb_words + 1
    while position >= 0 and (lowers[position] in _HAVE_FORMS or lowers[position] in _HYPOTHETICAL_MODALS):
        position, _ = _skip_adverbs(lowers, position - 1)
    if position < 0:
        return None
    if lowers[position] in {"whoever", "whomever"}:
        return lowers[position]
    if lowers[position] not in _RELATIVE_PRONOUNS or position == 0:
        return None
    head = lowers[position - 1]
    if head in _GENERIC_HEADS:
        return f"{head} {lowers[position]}"
    if position >= 2 and lowers[position - 2] in _GENERIC_DETERMINERS:
        return f"{lowers[position - 2]} {head} {lowers[position]}"
    return None


def _skip_adverbs(lowers: Sequence[str], index: int) -> tuple[int, list[str]]:
    negators: list[str] = []
    skipped = 0
    while index >= 0 and skipped < 5:
        word = lowers[index]
        if word in _NEGATORS:
            negators.append(word)
        elif not (word in _ADVERBS or (word.endswith("ly") and len(word) > 4 and word.isalpha())):
            break
        index -= 1
        skipped += 1
    return index, negators


def _previous_word(lowers: Sequence[str], index: int) -> int | None:
    position, _ = _skip_adverbs(lowers, index - 1)
    while position >= 0 and lowers[position] in _NEGATORS:
        position -= 1
    return position if position >= 0 else None


def _negators_before(lowers: Sequence[str], head: int) -> list[str]:
    """Negators before a verb, through its auxiliaries ('will not', "did n't", 'decided not to')."""
    index, negators = _skip_adverbs(lowers, head - 1)
    while index >= 0 and lowers[index] in _AUXILIARIES:
        index, more = _skip_adverbs(lowers, index - 1)
        negators += more
    if index >= 0 and lowers[index] == "to":
        negators += _skip_adverbs(lowers, index - 1)[1]
    return [] if _is_not_only(lowers, head) else negators


def _is_not_only(lowers: Sequence[str], head: int) -> bool:
    return any(lowers[i] == "not" and lowers[i + 1] == "only" for i in range(max(0, head - 4), head - 1))


def _after_last_punctuation(lowers: Sequence[str], index: int) -> int:
    """Where the stretch before `index` starts: after the last punctuation, or at the sentence start ('On Monday,
    rebels who attacked': at 'rebels')."""
    for position in range(index - 1, -1, -1):
        if lowers[position] in BREAK_TEXTS:
            return position + 1
    return 0


def _clause_start(lowers: Sequence[str], index: int) -> int:
    for position in range(index, -1, -1):
        if lowers[position] in BREAK_TEXTS or lowers[position] in _CLAUSE_WORDS:
            return position + 1
    return 0


def _same_clause(lowers: Sequence[str], start: int, end: int) -> bool:
    return not any(word in BREAK_TEXTS for word in lowers[start:end])


def _subject_like(doc: Doc, index: int | None) -> bool:
    """A capitalised name or a pronoun not itself inside a noun phrase ('a Russian attack')."""
    if index is None:
        return False
    word = doc[index]
    if word.lower_ in _SUBJECT_PRONOUNS:
        return True
    if not word.text[:1].isupper() or (index == 0 and word.lower_ in _DETERMINERS):
        return False
    return index == 0 or doc[index - 1].lower_ not in _DETERMINERS or word.lower_.endswith("s")


def _is_title_case(texts: Sequence[str]) -> bool:
    """A headline ('Iran Rejects Talks With US'), where a capital is no sign of a name."""
    words = [text for text in texts if len(text) > 3 and text.isalpha()]
    return len(words) >= 3 and sum(word[0].isupper() for word in words) / len(words) > 0.6


def _is_quoted(prefix: str) -> bool:
    return prefix.count('"') % 2 == 1 or prefix.count("“") > prefix.count("”")


def _read_sentence_cues(doc: Doc, lowers: Sequence[str], candidate: _Candidate, reading: _Reading) -> None:
    before = lowers[: candidate.start]
    if _asked(lowers, candidate.end):
        reading.set_polarity("hypothetical", "question")
    governor, _ = _skip_adverbs(lowers, candidate.start - 1)
    if reading.tense == "present" and any(
        word in _HABITUAL_ADVERBS for word in lowers[max(governor, 0) : candidate.start]
    ):
        reading.set_polarity("hypothetical", "habitual")
    if (habit := _habitual_perfect(lowers, candidate.start)) is not None:
        reading.set_polarity("hypothetical", f"habitual:{habit}")
    if reading.tense == "present" and any(word in _POLL_WORDS for word in lowers):
        reading.set_polarity("hypothetical", "opinion:poll")
    if work := _depicting_work(before):
        reading.set_polarity("hypothetical", f"depicted:{work}")
    if remembered := _remembered_time(before):
        reading.set_polarity("hypothetical", f"remembered:{remembered}")
    if ceased := _ceasing_verb_before(lowers, candidate.start):
        reading.set_polarity("hypothetical", f"ceased:{ceased}")
    if generic := _generic_agent(lowers, candidate.start, candidate.entry.head_kind != "verb"):
        reading.set_polarity("hypothetical", f"generic:{generic}")
    # a plural subject takes no '-s' verb: 'survivors of the Brussels attacks' reads 'attacks' as a noun
    noun_reading = candidate.entry.head_kind != "verb" or lowers[candidate.head].endswith("s")
    if retold := _retold_frame(before, noun_reading):
        reading.set_polarity("hypothetical", f"retold:{retold}")
    if predicted := _predicted_third_party(doc, lowers, candidate):
        reading.set_polarity("hypothetical", f"predicted:{predicted}")
    if {"aux:has", "aux:have"} & set(reading.cues) and (span := _lasting_span(lowers, candidate.end)):
        reading.set_polarity("hypothetical", f"habitual:for {span}")
    conditional = next((word for word in before if word in _CONDITIONAL_WORDS), None)
    if conditional:
        reading.set_polarity("hypothetical", f"conditional:{conditional}")
    elif any(before[i] == "so" and before[i + 1] == "that" for i in range(len(before) - 1)):
        reading.set_polarity("hypothetical", "conditional:so that")
    right_after_break = candidate.start > 0 and lowers[candidate.start - 1] in BREAK_TEXTS
    for position in range(-1 if right_after_break else candidate.start - 2, -1, -1):
        word = lowers[position]
        if word in BREAK_TEXTS:
            break
        if word in _SUBORDINATORS and not (word == "once" and lowers[position + 1] in {"again", "more"}):
            unmet = word == "until" or (position > 0 and lowers[position - 1] == "only")
            if unmet and any(
                w in _PLANNED_GOVERNORS or w in _FUTURE_AUX or w in _WOULD or w in _REFUSAL_GOVERNORS for w in before
            ):
                reading.set_polarity("hypothetical", f"conditional:{'only ' if word != 'until' else ''}{word}")
            background = word in _BACKGROUND_SUBORDINATORS or "aux:had" in reading.cues
            reading.confidence_factor *= 0.8 if background else 0.9
            reading.cues.append(f"{'background' if background else 'subordinate'}:{word}")
            break
    clause = lowers[max(0, candidate.start - 8) : candidate.start]
    denial = next((word for word in clause if word in _DENIAL_WORDS), None)
    if denial and _same_clause(lowers, candidate.start - 8 + clause.index(denial), candidate.start):
        reading.set_polarity("negated", f"denial:{denial}")
    speculation = next(
        (
            word
            for index, word in enumerate(before)
            if (word in _SPECULATION_WORDS and not _identity_guess(before, index))
            or (word in _SPECULATION_AFTER_BE and index > 0 and before[index - 1] in _BE_FORMS)
        ),
        None,
    )
    if speculation:
        reading.set_polarity("hypothetical", f"speculation:{speculation}")
    attribution = _attributed_content(lowers, candidate.start)
    if attribution:
        reading.set_polarity("hypothetical", f"attributed:{attribution}")
    feared = _speculated_content(lowers, candidate.start, reading)
    if feared:
        reading.set_polarity("hypothetical", f"speculation:{feared}")
    if "form:base" in reading.cues and (
        mandative := _mandative_that(lowers, candidate.start) or _mandative_bare(lowers, candidate.start)
    ):
        reading.set_polarity("hypothetical", f"subjunctive:{mandative}")
    if governor >= 0 and lowers[governor] in _CONSIDERED_WORDS:
        reading.set_polarity("hypothetical", f"considered:{lowers[governor]}")
    # 'warned Xi against providing aid', 'voted against sending troops': the act is what is opposed, not done
    if (
        governor >= 0
        and lowers[governor] == "against"
        and candidate.entry.head_kind == "verb"
        and lowers[candidate.head].endswith("ing")
    ):
        reading.set_polarity("hypothetical", "opposed:against")
    if reading.status == "planned" and (condition := _strict_condition(lowers, candidate.end)):
        reading.set_polarity("hypothetical", f"conditional:{condition}")
    hedge = next((word for word in before if word in _HEDGE_WORDS), None)
    if hedge:
        reading.confidence_factor *= 0.85
        reading.cues.append(f"hedge:{hedge}")


_RETOLD_FRAMES = {
    "anniversary": _words("of"),
    "anniversaries": _words("of"),
    "survivors": _words("of"),
    "families": _words("of"),
    "relatives": _words("of"),
    "since": _words("years year months month decades decade days weeks week"),
    "after": _words("years year decades decade"),
    "who": _words("convicted sentenced jailed acquitted tried executed hanged"),
    "confirmation": _words("no"),
    "plans": _words("no"),
    "plan": _words("no"),
    "intention": _words("no"),
    "that": _words("found concluded ruled"),
}
"""Frames whose content is no fresh act: 'the anniversary of the massacre by Y', 'survivors of the attacks',
'families of those killed', '75 years since X bombed', 'two years after Israel withdrew', 'convicted the men who
carried out the bombings', 'no confirmation of reports that X bombed', 'had no plans to annex', 'an inquiry found
that soldiers had killed'. The key word is matched with a neighbour: the next word for 'of' frames; for 'who' a verb
of trying up to five words before it; for 'that' a verb of finding right before it, after an inquiry; otherwise one
of the two words before."""
_MOURNING_VERBS = _verb_words("remember commemorate mourn")
"""'Egypt mourned the tourists shot dead by militants': what is mourned is history. Without 'recall', which also
names a diplomatic act ('recalled its ambassador after troops shelled')."""
_CONCURRENT_WORDS = _words("as while amid when during after following because since and but")
"""'mourned as jets bombed the city again', 'mourned the dead and jets bombed': an act at the time of the mourning
or in a clause of its own is news, not retold."""
_RELATIVE_WORDS = _words("who whom which that when where those")
_INQUIRY_WORDS = _words("inquiry inquest investigation probe commission tribunal investigators")


def _retold_frame(before: Sequence[str], noun_trigger: bool) -> str | None:
    """The frame word in the trigger's clause that makes its content retold, denied or unconfirmed (see
    `_RETOLD_FRAMES`); 'any missiles fired at Syria' counts too: a participle after 'any' is no act done. An 'of'
    frame holds a noun trigger or a verb in a relative clause ('families of those killed when troops stormed'), not
    the main verb of its subject ('survivors of the attack accused the army'). An inquiry's finding retells only
    an act in the past perfect ('found that soldiers had killed'); 'concluded that government forces used sarin'
    reports the attack."""
    if any(word == "any" for word in before[-3:]) and not any(word in BREAK_TEXTS for word in before[-3:]):
        return "any"
    for position in range(len(before) - 1, -1, -1):
        word = before[position]
        if word in BREAK_TEXTS:
            return None
        if word in _MOURNING_VERBS and not any(w in _CONCURRENT_WORDS for w in before[position + 1 :]):
            return word
        neighbours = _RETOLD_FRAMES.get(word)
        if neighbours is None:
            continue
        if word in {"anniversary", "anniversaries", "survivors", "families", "relatives"}:
            held = noun_trigger or any(w in _RELATIVE_WORDS for w in before[-4:])
            if before[position + 1 : position + 2] == ["of"] and held:
                return word
        elif word == "who":
            if any(w in neighbours for w in before[max(0, position - 5) : position]):
                return word
        elif word == "that":
            found = before[position - 1 : position] and before[position - 1] in neighbours
            retrospective = "had" in before[position + 1 :]
            if (
                found
                and retrospective
                and any(w in _INQUIRY_WORDS for w in before[max(0, position - 4) : position - 1])
            ):
                return before[position - 1]
        elif any(w in neighbours for w in before[max(0, position - 2) : position]):
            return word
    return None


def _predicted_third_party(doc: Doc, lowers: Sequence[str], candidate: _Candidate) -> str | None:
    """The named actor of a 'warned that Y could ...' clause: 'South Korea warned that North Korea could launch a
    missile' predicts what someone else may do; it is no threat by the warner ('warned that it could retaliate'
    is)."""
    head = candidate.head
    if lowers[head][:4] != "warn" or lowers[head + 1 : head + 2] != ["that"] or head + 2 >= len(lowers):
        return None
    subject = doc[head + 2].text
    if not subject[:1].isupper() or lowers[head + 2] in _SUBJECT_PRONOUNS or subject == "I":
        return None
    modal = next((w for w in lowers[head + 3 : candidate.end] if w in {"could", "might", "may"}), None)
    return lowers[head + 2] if modal else None


_LASTING_SPANS = _words("weeks months years decades")


def _lasting_span(lowers: Sequence[str], end: int) -> str | None:
    """The span of a present perfect that lasts: 'which Turkey has threatened to attack for months' tells of
    acts repeated over time, no discrete act; within the trigger's clause."""
    for position in range(end, min(len(lowers) - 1, end + 5)):
        if lowers[position] in BREAK_TEXTS:
            return None
        if lowers[position] == "for" and lowers[position + 1] in _LASTING_SPANS:
            return lowers[position + 1]
    return None


def _depicting_work(before: Sequence[str]) -> str | None:
    """The work whose telling holds the trigger: a verb of depicting before it in the sentence, with a work
    noun among the four words before that verb ('the series depicts agents who kidnap', 'the museum's gallery
    explains how India and Pakistan fought'); not 'a series of clashes' nor across a comma."""
    for position in range(len(before) - 1, -1, -1):
        if before[position] in BREAK_TEXTS:
            return None
        if before[position] in _DEPICTING_VERBS:
            return next(
                (
                    before[index]
                    for index in range(max(0, position - 4), position)
                    if before[index] in _WORK_NOUNS and before[index + 1] != "of"
                ),
                None,
            )
    return None


def _remembered_time(before: Sequence[str]) -> str | None:
    """The time a verb of remembering points to, when the trigger tells what happened then: 'remember the day
    Japan attacked Pearl Harbor', 'recalled how troops opened fire', 'mourned the officers that Soviet forces
    massacred'; not across punctuation."""
    for position in range(len(before) - 1, -1, -1):
        if before[position] in BREAK_TEXTS:
            return None
        if before[position] in _REMEMBERING_VERBS:
            return next((word for word in before[position + 1 :] if word in _REMEMBERED_TIMES), None)
    return None


def _identity_guess(before: Sequence[str], index: int) -> bool:
    """'Gunmen believed to be Islamic militants shot dead two policemen': a reduced relative guesses who the
    subject is, not whether the act happened ('are believed to be behind the attack' and 'believed to have shot'
    still speculate about the act)."""
    return tuple(before[index + 1 : index + 3]) == ("to", "be") and (index == 0 or before[index - 1] not in _BE_FORMS)


def _attributed_content(lowers: Sequence[str], start: int) -> str | None:
    """The noun or participle whose content holds the trigger: 'an allegation by the LPC that the NPFL had taken
    over', 'nationals suspected by the West of blowing up'. What is alleged is not reported as having happened."""
    for position in range(start - 1, max(-1, start - 13), -1):
        word = lowers[position]
        if word in {".", ";", ":", "?", "!"}:
            return None
        if word not in {"that", "of"}:
            continue
        if word == "that" and (denied_evidence := _denied_evidence(lowers, position)):
            return denied_evidence
        governors = _ATTRIBUTION_NOUNS | _ATTRIBUTION_VERBS if word == "that" else _SUSPICION_WORDS
        return next((lowers[i] for i in range(position - 1, max(-1, position - 9), -1) if lowers[i] in governors), None)
    return None


def _speculated_content(lowers: Sequence[str], start: int, reading: _Reading) -> str | None:
    """The verb of fearing, expecting or hoping whose clause holds the trigger: 'few expect that X will',
    'they feared Serb forces would attack'. Without 'that', only a future or modal trigger is its content."""
    for position in range(start - 1, max(-1, start - 13), -1):
        word = lowers[position]
        if word in {".", ";", ":", "?", "!"}:
            return None
        attributive = word.endswith("ed") and position > 0 and lowers[position - 1] in _DETERMINERS
        if word not in _SPECULATION_VERBS or attributive:
            continue
        following = lowers[position + 1]
        finite_content = reading.status == "planned" or any(cue.startswith("modal:") for cue in reading.cues)
        if following == "that" or (following != "to" and following not in BREAK_TEXTS and finite_content):
            return word
    return None


def _mandative_that(lowers: Sequence[str], start: int) -> str | None:
    """The verb of demanding before the 'that' that opens the clause of a bare-form trigger."""
    for position in range(start - 1, max(0, start - 10), -1):
        word = lowers[position]
        if word in BREAK_TEXTS:
            return None
        if word == "that":
            return next((w for w in lowers[max(0, position - 3) : position] if w in _MANDATIVE_VERBS), None)
    return None


def _mandative_bare(lowers: Sequence[str], start: int) -> str | None:
    """The verb of demanding right before the subject of a bare-form trigger with no 'that': 'demanded Iraq
    withdraw from Kuwait'."""
    for position in range(start - 2, max(-1, start - 7), -1):
        word = lowers[position]
        if word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in {"and", "or", "to"}:
            return None
        if word in _MANDATIVE_VERBS:
            return word
    return None


def _strict_condition(lowers: Sequence[str], end: int) -> str | None:
    for position in range(end, len(lowers) - 1):
        if lowers[position] in {".", ";", "?", "!"}:
            return None
        if (lowers[position], lowers[position + 1]) in _STRICT_CONDITIONS or lowers[position : position + 3] == [
            "on",
            "condition",
            "that",
        ]:
            return " ".join(lowers[position : position + 2])
    return None


def _accident_or_sport(lowers: Sequence[str], head: int, end: int) -> bool:
    """'was killed in a car crash' (an accident, not an attack); 'stormed to a 3-0 victory', 'beat Brazil
    2-1', 'mounted a raid down the right wing' (a game): what follows the verb in its clause makes it no act of
    force. Armies move 'down the coast' or 'down the valley', never 'down the left'."""
    window: list[str] = []
    for word in lowers[head + 1 : end + 7]:
        if word in BREAK_TEXTS:
            break
        window.append(word)
    for index, word in enumerate(window):
        if word in _ACCIDENT_NOUNS and {"in", "during", "by"} & set(window[:index]):
            return True
        if word == "-" and 0 < index < len(window) - 1:
            left, right = window[index - 1], window[index + 1]
            if left.isdigit() and right.isdigit() and len(left) <= 2 and len(right) <= 2:
                return True
        if word == "to" and any(following in _SPORTS_RESULTS for following in window[index + 1 : index + 4]):
            return True
        if window[index : index + 3] in (["down", "the", "left"], ["down", "the", "right"]):
            return True
    return False


def _names_a_record(lowers: Sequence[str], head: int, end: int) -> bool:
    """'released the names of the soldiers', 'released the number of civilians killed': the object the pattern
    spans opens with a record of the people it names ('the number of', not 'a number of'). Read for acts done
    to people only: 'presented a list of demands' is a request. A record in a later phrase is where the act
    leaves its object, not the object: 'removed Libya from its list of state sponsors'."""
    gap = lowers[head + 1 : end]
    for index, word in enumerate(gap[:-1]):
        if word != "of" and word in _PREPOSITIONS:
            return False
        if gap[index + 1] != "of":
            continue
        if word in _RECORD_NOUNS or (word in {"number", "numbers"} and index > 0 and gap[index - 1] == "the"):
            return True
    return False


def _capitalised_run_start(texts: Sequence[str], last: int) -> int:
    """The first of the capitalised words that end at `last`."""
    position = last
    while position > 0 and texts[position - 1][:1].isupper():
        position -= 1
    return position


def _name_in_noun_phrase(texts: Sequence[str], lowers: Sequence[str], previous: int | None) -> bool:
    """'over the Charlie Hebdo attack': a run of capitalised words after a preposition and a determiner modifies
    the noun that follows it; the base form after it is that noun, not a verb whose subject the name is (unlike
    'insisted that the Palestinian Authority arrest the gunmen')."""
    if previous is None or not texts[previous][:1].isupper() or lowers[previous].endswith("s"):
        return False
    position = _capitalised_run_start(texts, previous)
    return (
        position > 1
        and lowers[position - 1] in _DETERMINERS
        and lowers[position - 2] in _PREPOSITIONS
        and lowers[position - 2] not in {"that", "for"}
    )


def _modified_name_in_noun_phrase(texts: Sequence[str], lowers: Sequence[str], previous: int | None) -> bool:
    """'ahead of a possible U.S. attack on Iraq', 'the planned American offensive': a determiner and a word of
    prospect, plan or time before a run of capitalised words make the base form after them a noun."""
    if previous is None or not texts[previous][:1].isupper():
        return False
    position = _capitalised_run_start(texts, previous)
    return position > 1 and lowers[position - 1] in _NOUN_PROSPECT_OR_TIME and lowers[position - 2] in _DETERMINERS


def _natural_or_accidental_harm(lowers: Sequence[str], head: int) -> bool:
    """'The storm sank a ferry off the Philippines, killing 200', 'Hurricane Mitch devastated Honduras,
    killing 9,000': a hazard heads the subject of the clause (or of the clause a closing participle belongs
    to), or a blast or fire at a works or building ('An explosion at a Russian hydroelectric plant killed 75
    workers', 'The nightclub fire killed 100'); 'An Air France Concorde crashed into a hotel, killing 113': a
    closing participle after an accident verb with no weapon or attacker named. Not 'Rebels attacked the town
    after the storm'."""
    comma, _ = _skip_adverbs(lowers, head - 1)
    participle = lowers[head].endswith("ing") and comma >= 0 and lowers[comma] == ","
    end = comma if participle else head
    start = end
    while start > 0 and lowers[start - 1] not in {".", ";", ":", "!", "?"}:
        start -= 1
    clause = list(lowers[start:end])
    for index, word in enumerate(clause[:8]):
        if word in _PREPOSITIONS or word in BREAK_TEXTS or word in _WEAPON_WORDS:
            break
        if word in _HAZARD_SUBJECTS:
            return True
        sites = _FIRE_SITES if word in _FIRE_WORDS else _INDUSTRIAL_SITES if word in _BLAST_WORDS else None
        if sites is None:
            continue
        after = clause[index + 2 : index + 8] if clause[index + 1 : index + 2] in (["at"], ["in"], ["on"]) else []
        if sites.intersection(clause[:index] + after) and not _WEAPON_WORDS.intersection(clause[: index + 8]):
            return True
    return (
        participle
        and any(word in _ACCIDENT_VERBS for word in clause)
        and not any(word in _WEAPON_WORDS for word in clause)
    )


def _moves_forces(event_type: str, lowers: Sequence[str], end: int) -> bool:
    """A deployment, or forces moving 'into' a place ('troops poured into the province'): acts whose purpose
    may be relief rather than force."""
    return event_type == "MOBILIZE" or (event_type == "ASSAULT" and lowers[end - 1] == "into")


def _relief_purpose(lowers: Sequence[str], end: int) -> bool:
    """'rushed troops to help tsunami survivors', 'deployed soldiers for flood relief', 'to help after the storm':
    a relief or rescue word in the clause after a deployment makes it help, not a show of force ('storm' only as a
    noun, not 'deployed to storm the town'). Not past a concession ('poured into
    Chechnya despite humanitarian appeals'), which names what the move defied."""
    for position in range(end, min(len(lowers), end + 10)):
        word = lowers[position]
        if word in BREAK_TEXTS or word in _CONCESSIVE_WORDS:
            return False
        if word in RELIEF_WORDS or _storm_noun(lowers, position):
            return True
    return False


def _storm_noun(lowers: Sequence[str], position: int) -> bool:
    """'after the storm': the weather, not 'to storm the town' (a verb) or 'a storm of protest'."""
    following = lowers[position + 1] if position + 1 < len(lowers) else ""
    return lowers[position] in _STORM_NOUNS and lowers[position - 1] in _DETERMINERS and following != "of"


def _denied_evidence(lowers: Sequence[str], that_position: int) -> str | None:
    """'no evidence that', 'not any proof that', 'little sign that': the evidence noun before 'that', denied."""
    noun = that_position - 1
    if noun < 1 or lowers[noun] not in _EVIDENCE_NOUNS:
        return None
    quantifiers = lowers[max(0, noun - 3) : noun]
    return f"no {lowers[noun]}" if any(w in _NEGATORS or w == "little" for w in quantifiers) else None


def _inherit_coordination(candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]) -> None:
    """'raided villages and arrested dozens': a coordinated verb without its own cues shares the first's."""
    for previous, current in itertools.pairwise(candidates):
        reading = readings[id(current)]
        first = readings[id(previous)]
        if not reading.coordinated or current.head - previous.end > 12 or previous.entry.head_kind != "verb":
            continue
        if first.polarity != "asserted" or reading.infinitival:
            continue
        if reading.status == "occurred" and reading.tense in {"unknown", "present"}:
            reading.status, reading.tense = first.status, first.tense
            reading.cues.append("coordinated")


def _absorb(
    lowers: Sequence[str],
    candidates: Sequence[_Candidate],
    readings: Mapping[int, _Reading],
    event_type: Callable[[LexiconEntry], str],
    categories: Callable[[str], set[str]],
    agentive: frozenset[int],
) -> tuple[list[_Candidate], dict[int, list[_Candidate]]]:
    """Fold a second mention of the same event type into the first ('hold talks to discuss', 'the talks were
    mediated by'); returns the kept triggers and, per kept trigger, the mentions folded into it. `agentive` holds
    the ids of noun triggers whose own modifiers name their doer (`_modifier_names_agent`)."""
    kept: list[_Candidate] = []
    folded: dict[int, list[_Candidate]] = {}

    def fold(survivor: _Candidate, dropped: _Candidate) -> None:
        folded.setdefault(id(survivor), []).extend([dropped, *folded.pop(id(dropped), [])])

    def replace(previous: _Candidate, candidate: _Candidate) -> None:
        kept[kept.index(previous)] = candidate
        fold(candidate, previous)

    for candidate in candidates:
        reading = readings[id(candidate)]
        previous = next(
            (earlier for earlier in reversed(kept) if event_type(earlier.entry) == event_type(candidate.entry)),
            None,
        )
        if previous is not None and _toll_clause(lowers, previous, candidate):
            fold(previous, candidate)
            survivor = readings[id(previous)]
            if reading.polarity == "asserted" and survivor.polarity == "asserted":
                survivor.confidence_bonus = max(survivor.confidence_bonus, _OWN_CUE_BONUS)
                survivor.cues.append("toll")
            continue
        if (attack := _attack_it_is_part_of(lowers, kept, candidate, reading, event_type)) is not None:
            fold(attack, candidate)
            continue
        if (
            previous is None
            or candidate.head - previous.end > 12
            or not _same_clause(lowers, previous.end, candidate.start)
        ):
            kept.append(candidate)
            continue
        noun_then_verb = previous.entry.head_kind == "noun" and candidate.entry.head_kind == "verb"
        restates = (
            candidate.entry.head_kind == "noun"
            or reading.infinitival
            or reading.coordinated
            or _after_preposition(lowers, candidate.head)
            or (previous.end == candidate.start and bool({"pp", "past"} & categories(lowers[candidate.head])))
            or (previous.entry.head_kind == "verb" and _accompanying_participle(lowers, candidate))
        )
        if restates:
            if noun_then_verb and candidate.entry.confidence > previous.entry.confidence:
                replace(previous, candidate)
            else:
                fold(previous, candidate)
        elif noun_then_verb and (
            _agent_noun_predicate(lowers, previous, candidate, readings[id(previous)])
            or (id(previous) in agentive and _harm_done_by_noun(lowers, candidate, readings[id(previous)]))
        ):
            fold(previous, candidate)
        elif noun_then_verb and _is_predicate_of(lowers, previous, candidate):
            replace(previous, candidate)
        else:
            kept.append(candidate)
    return kept, folded


_SEIZURE_CODES = ("171", "192")


def _attack_it_is_part_of(
    lowers: Sequence[str],
    kept: Sequence[_Candidate],
    candidate: _Candidate,
    reading: _Reading,
    event_type: Callable[[LexiconEntry], str],
) -> _Candidate | None:
    """What an attack did is no act of another type: hostages freed by those who attacked their captors are
    rescued, not released ('raided Entebbe airport and freed 100 hostages', 'stormed the jetliner, freeing all
    86 hostages'), and forces sent or ground seized in a closing clause are the attack's own ('invaded Kuwait,
    sending tanks', 'invaded Kuwait, seizing the emirate's oil fields')."""
    attack = next(
        (earlier for earlier in reversed(kept) if reads_as_attack(event_type(earlier.entry), earlier.entry.cameo_code)),
        None,
    )
    if attack is None or candidate.head - attack.end > 15:
        return None
    if any(word in _TOLL_BREAKS or word in _CLAUSE_WORDS for word in lowers[attack.end : candidate.start]):
        return None
    kind = event_type(candidate.entry)
    if kind == "RETREAT" and lowers[candidate.head].startswith(("free", "releas")):
        part = reading.coordinated or _toll_clause(lowers, attack, candidate)
    else:
        seizure = kind == "COERCE" and candidate.entry.cameo_code.startswith(_SEIZURE_CODES)
        part = (kind in {"MOBILIZE", "AID"} or seizure) and _toll_clause(lowers, attack, candidate)
    return attack if part else None


def _toll_clause(lowers: Sequence[str], previous: _Candidate, candidate: _Candidate) -> bool:
    """'bombed the town, killing 20 people', 'the bombing, which killed 29 people': a closing participle clause
    or a relative clause on the act, of the same type, tells what the act did, not a second act."""
    opener, _ = _skip_adverbs(lowers, candidate.head - 1)
    if opener < 0:
        return False
    right_after_act = opener == previous.end + int(lowers[previous.end] == ",")
    relative = lowers[opener] in {"which", "that"} and right_after_act
    participle = lowers[opener] == "," and lowers[candidate.head].endswith("ing")
    return (
        candidate.head == candidate.start
        and (relative or participle)
        and candidate.head - previous.end <= 25
        and not any(word in _TOLL_BREAKS for word in lowers[previous.end : opener])
    )


def _accompanying_participle(lowers: Sequence[str], candidate: _Candidate) -> bool:
    """'marched through Tehran chanting slogans', 'rallied in the square, demanding his resignation': a
    participle that opens its trigger and follows no auxiliary tells how or why the act before it was done."""
    previous = _previous_word(lowers, candidate.head)
    return (
        candidate.head == candidate.start
        and lowers[candidate.head].endswith("ing")
        and previous is not None
        and lowers[previous] not in _AUXILIARIES
        and lowers[previous] not in _DETERMINERS
        and lowers[previous] not in _PREPOSITIONS
        and lowers[previous] not in _CLAUSE_WORDS
    )


def _agent_noun_predicate(lowers: Sequence[str], noun: _Candidate, verb: _Candidate, noun_reading: _Reading) -> bool:
    """In 'Wednesday's rocket attack by Hezbollah guerrillas on the town wounded five people' the verb is what the
    attack did; the noun, which names its agent, stays the trigger."""
    return f"right:{lowers[verb.head]}" in noun_reading.cues and "by" in lowers[noun.end : verb.start]


def _modifier_names_agent(texts: Sequence[str], lowers: Sequence[str], noun: _Candidate) -> bool:
    """A possessive or a capitalized modifier before a noun trigger names its doer: 'Israel's shelling', 'Israeli
    air raids', 'a U.S. drone strike'; 'the bombing of', 'clashes between' name none."""
    if noun.entry.head_kind != "noun":
        return False
    for position in range(noun.start - 1, max(-1, noun.start - 5), -1):
        word = lowers[position]
        if word in {"'s", "’s"}:
            return True
        if word in _DETERMINERS or word in BREAK_TEXTS or word in _PREPOSITIONS or word in _CLAUSE_WORDS:
            return False
        if texts[position][:1].isupper():
            return True
    return False


def _labour_strike(lowers: Sequence[str], start: int, end: int) -> bool:
    """'French rail workers staged strikes', 'Polish shipyard workers launched a strike': a strike whose doers
    are working people is a walkout, not an air strike."""
    return bool(_STRIKE_NOUNS.intersection(lowers[start:end])) and bool(
        _LABOUR_SUBJECTS.intersection(lowers[max(0, start - 4) : start])
    )


def _commercial_object(lowers: Sequence[str], end: int) -> bool:
    """'launched an invasion of the American car market', 'an assault on the European smartphone market': an
    attack on a market named by its goods or its trade is competition; a market named by its place or crowd ('a
    bomb attack on a crowded market in Baghdad') stays a target."""
    for position in range(end, min(len(lowers), end + 8)):
        word = lowers[position]
        if word in BREAK_TEXTS:
            return False
        if word in _MARKET_WORDS:
            return position > end and lowers[position - 1] in _COMMERCE_WORDS
    return False


def _read_past_anchor(
    lowers: Sequence[str], noun: _Candidate, reading: _Reading, looks_past: Callable[[str], bool]
) -> bool:
    """'Zardari's visit to India last week was the first', 'Israel's release of 200 prisoners on Tuesday was
    welcomed': a past time right after the phrase of a noun whose possessor names its doer dates the act, which
    took place; it is no reference to an act the reader already knows. A weekday does so only before a past verb
    of the same clause ('... on Tuesday will ...' is a plan). Without a possessor ('made a killing last year')
    no cue."""
    possessor = next(
        (
            position
            for position in range(noun.start - 1, max(-1, noun.start - 5), -1)
            if lowers[position] in {"'s", "’s"} or lowers[position] in BREAK_TEXTS
        ),
        None,
    )
    if possessor is None or lowers[possessor] in BREAK_TEXTS:
        return False
    for position in range(noun.end, min(len(lowers), noun.end + 8)):
        word = lowers[position]
        if word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in _AUXILIARIES:
            return False
        following = lowers[position + 1] if position + 1 < len(lowers) else ""
        if word == "yesterday" or (word == "last" and following in _PAST_ANCHOR_UNITS):
            reading.tense = "past"
            reading.cues.append(f"anchor:{word}")
            return True
        if (
            word == "on"
            and following.capitalize() in _WEEKDAYS
            and _past_verb_follows(lowers, position + 2, looks_past)
        ):
            reading.tense = "past"
            reading.cues.append(f"anchor:on {following}")
            return True
    return False


def _past_verb_follows(lowers: Sequence[str], start: int, looks_past: Callable[[str], bool]) -> bool:
    """A past verb comes within eight words of `start` in the same clause, before any future or modal word."""
    for word in lowers[start : start + 8]:
        if word in BREAK_TEXTS or word in _CLAUSE_WORDS or word in _FUTURE_AUX or word in _HYPOTHETICAL_MODALS:
            return False
        if looks_past(word):
            return True
    return False


def _harm_done_by_noun(lowers: Sequence[str], verb: _Candidate, noun_reading: _Reading) -> bool:
    """In 'Israel's shelling of a U.N. base killed 100 refugees' and 'Israeli air raids on Beirut killed 45 people'
    the harm verb is what the act named by its subject did: the noun, which holds the agent and the object
    attacked, stays the trigger and the verb is no second act with the object's owner as its doer. Only for a
    noun whose modifiers name its doer: with none ('the bombing of the barracks killed 241 Americans') the verb
    keeps the victims and the unnamed attacker."""
    word = lowers[verb.head]
    return word in _HARM_VERBS and f"right:{word}" in noun_reading.cues


def _asked(lowers: Sequence[str], end: int) -> bool:
    """'Will Turkey arrest the suspects?': a question reports no act."""
    for word in lowers[end:]:
        if word == "?":
            return True
        if word in {".", ";", "!"}:
            return False
    return False


def _abandoning_word(lowers: Sequence[str], noun: int) -> str | None:
    """The verb that gives up the plans at `noun`, across a determiner and 'from': 'abandoned its plans',
    'backed away from plans'."""
    for index in range(noun - 1, max(-1, noun - 4), -1):
        if lowers[index] in _ABANDONING_WORDS:
            return " ".join(lowers[index - 1 : index + 1]) if lowers[index] == "away" and index > 0 else lowers[index]
        if lowers[index] not in _DETERMINERS and lowers[index] != "from":
            return None
    return None


def _denied_object(lowers: Sequence[str], start: int, end: int) -> bool:
    """'held no talks', 'imposed no new sanctions': 'no' inside the verb's object denies the act; 'no-strings aid'
    and 'no fewer than 20' do not."""
    return any(
        lowers[index] == "no" and lowers[index + 1 : index + 2] not in (["-"], ["fewer"], ["less"], ["more"])
        for index in range(start, end)
    )


def _failure_verb(lowers: Sequence[str], index: int) -> str | None:
    """The failure verb at `index`, or after the auxiliaries and adverbs before it: 'collapsed', 'have stalled',
    'were effectively deadlocked', 'had broken down', 'fell through', 'reached an impasse'. Not a participle
    after a determiner ('the stalled peace process'), not 'failed to' (what the talks failed to do was not done,
    not the talks), and not an impasse that is ended ('ended the deadlock')."""
    if index > 0 and lowers[index - 1] in _DETERMINERS:
        return None
    position = index
    while position < len(lowers) and (lowers[position] in _BE_OR_HAVE_FORMS or lowers[position] in _ADVERBS):
        position += 1
    if position >= len(lowers):
        return None
    word = lowers[position]
    following: list[str] = []
    for after in lowers[position + 1 : position + 4]:
        if after in BREAK_TEXTS:
            break
        following.append(after)
    if word in _IMPASSE_VERBS:
        opener = following[0] if following else ""
        if opener not in {"in", "at", "a", "an"} and opener not in _IMPASSE_WORDS:
            return None
        if any(noun in _IMPASSE_WORDS for noun in following) or "dead end" in " ".join(following):
            return f"{word} {' '.join(following)}"
        return None
    particles = _FAILED_BEFORE_PARTICLE.get(word)
    if particles is None:
        return word if word in _FAILED_WORDS and following[:1] != ["to"] else None
    if following[:1] and following[0] in particles.split():
        return f"{word} {following[0]}"
    return None


def _cancels(words: Sequence[str], index: int, after_noun: bool = False) -> bool:
    """'postponed a planned visit', 'called off the talks' before the act, 'was postponed', 'were called off'
    after it: the act did not take place."""
    cancelling, before_off = (
        (_CANCELLED_PREDICATES, _CANCELLED_BEFORE_OFF) if after_noun else (_CANCELLING_WORDS, _CANCELLING_BEFORE_OFF)
    )
    word = words[index]
    return word in cancelling or (word in before_off and words[index + 1 : index + 2] == ["off"])


def _consequence_passive(following: Sequence[str]) -> bool:
    """'an invasion would be met with sanctions': after 'would be' a participle that is not one of holding an
    event ('would be held', 'would be hosted') says what the act would bring about, so the act is a supposition."""
    return following[:1] == ["be"] and len(following) > 1 and following[1] not in _HELD_EVENT_WORDS


def _governs(lowers: Sequence[str], cue: int, noun_start: int) -> bool:
    """The noun phrase at `noun_start` hangs on the word at `cue` through 'of', 'for' or 'against' and no other
    preposition: 'the prospect of a U.S. attack', 'prepared for a Russian assault'."""
    prepositions = [word for word in lowers[cue + 1 : noun_start] if word in _PREPOSITIONS]
    return prepositions[:1] in (["of"], ["for"], ["against"]) and len(prepositions) == 1


def _cancels_object(lowers: Sequence[str], verb: int, noun_start: int) -> bool:
    """The cancelling verb at `verb` governs the meeting at `noun_start`: 'postponed a planned visit', 'called off
    the second round of talks'. Not a participle used as an adjective ('the postponed meeting took place',
    'Delayed talks began'), nor a noun beyond the verb's object ('postponed the talks after air strikes')."""
    previous = _previous_word(lowers, verb)
    if previous is None or lowers[previous] in _DETERMINERS:
        return False
    between = lowers[verb + 1 : noun_start]
    return not any(word in _PREPOSITIONS and word != "of" for word in between)


def _is_predicate_of(lowers: Sequence[str], noun: _Candidate, verb: _Candidate) -> bool:
    """'the talks were mediated by', 'air strikes on the city were killing': the verb says what the noun did."""
    if verb.start - noun.end <= 3:
        return True
    auxiliary, _ = _skip_adverbs(lowers, verb.head - 1)
    return verb.start - noun.end <= 8 and auxiliary >= 0 and lowers[auxiliary] in _BE_OR_HAVE_FORMS


def _after_preposition(lowers: Sequence[str], head: int) -> bool:
    previous, _ = _skip_adverbs(lowers, head - 1)
    return lowers[head].endswith("ing") and previous >= 0 and lowers[previous] in _PREPOSITIONS


def _embed(lowers: Sequence[str], candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]) -> None:
    """A trigger in the complement of another ('agreed to cooperate', 'urged X to withdraw') is not asserted."""
    for index, candidate in enumerate(candidates):
        reading = readings[id(candidate)]
        for outer in reversed(candidates[:index]):
            if not outer.entry.embeds:
                continue
            if candidate.head - outer.end > 12 or not _same_clause(lowers, outer.end, candidate.start):
                continue
            if not _is_complement(lowers, outer, candidate, reading):
                continue
            reading.set_polarity("hypothetical", f"embedded:{outer.entry.entry_id}")
            reading.embedded_in = outer.entry.entry_id
            if reading.status == "occurred":
                reading.tense = "unknown"
            break


def _embed_in_closing_report(
    lowers: Sequence[str], candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]
) -> None:
    """'Serb forces shelled the town, the Bosnian government charged.': what the closing clause reports is the
    content of an accusation, not an event asserted by the text."""
    for reporter in candidates:
        comma = _closing_report_comma(lowers, reporter.head) if reporter.entry.only_when == "reporting" else None
        if comma is None:
            continue
        for candidate in candidates:
            if candidate.end <= comma:
                readings[id(candidate)].set_polarity("hypothetical", f"reported:{reporter.entry.entry_id}")


def _embed_in_protest_purpose(
    lowers: Sequence[str],
    candidates: Sequence[_Candidate],
    readings: Mapping[int, _Reading],
    event_type: Callable[[LexiconEntry], str],
) -> None:
    """'Thousands marched to demand his resignation', 'went on strike, demanding higher pay': the demand is
    what the protest is for, told as its content, not a request of its own."""
    for index, candidate in enumerate(candidates):
        if event_type(candidate.entry) != "REQUEST":
            continue
        previous = _previous_word(lowers, candidate.head)
        if previous is None:
            continue
        purpose = lowers[previous] == "to" or _accompanying_participle(lowers, candidate)
        if not purpose:
            continue
        for outer in reversed(candidates[:index]):
            if event_type(outer.entry) != "PROTEST" or candidate.head - outer.end > _PROTEST_PURPOSE_WINDOW:
                continue
            between = lowers[outer.end : previous]
            if any(word in BREAK_TEXTS or word in _CLAUSE_WORDS for word in between):
                continue
            reading = readings[id(candidate)]
            reading.set_polarity("hypothetical", f"protest-purpose:{outer.entry.entry_id}")
            reading.embedded_in = outer.entry.entry_id
            break


_REASON_PARTICIPLES = _words("accusing blaming citing alleging")
_REASON_WINDOW = 25
_MEANS_WINDOW = 6


def _embed_stated_reasons(
    lowers: Sequence[str],
    candidates: Sequence[_Candidate],
    readings: Mapping[int, _Reading],
    event_type: Callable[[LexiconEntry], str],
) -> None:
    """'Saudi Arabia cut ties with Qatar, accusing it of supporting terrorism', 'Georgia, accusing Russia of
    annexing its territory, cut ties', 'recalled its ambassador in protest at ...': an accusation told in a
    participle clause beside an act of another type, or an 'in protest' phrase after it, is the reason given
    for that act, not an act of its own."""
    for candidate in candidates:
        reading = readings[id(candidate)]
        comma = _previous_word(lowers, candidate.head)
        in_protest = _in_protest(lowers, candidate)
        reason_participle = (
            lowers[candidate.head] in _REASON_PARTICIPLES
            and candidate.head == candidate.start
            and comma is not None
            and lowers[comma] == ","
        )
        if reading.polarity != "asserted" or comma is None or not (in_protest or reason_participle):
            continue
        main = next(
            (
                other
                for other in candidates
                if other is not candidate
                and other.entry.head_kind == "verb"
                and event_type(other.entry) != event_type(candidate.entry)
                and readings[id(other)].polarity == "asserted"
                and (
                    _trails_act(lowers, other, candidate.start if in_protest else comma)
                    or (reason_participle and _opens_before_act(lowers, candidate, other))
                )
            ),
            None,
        )
        if main is not None:
            reading.set_polarity("hypothetical", f"reason-of:{main.entry.entry_id}")
            reading.embedded_in = main.entry.entry_id


def _in_protest(lowers: Sequence[str], candidate: _Candidate) -> bool:
    previous = _previous_word(lowers, candidate.head)
    return lowers[candidate.head] == "protest" and previous is not None and lowers[previous] == "in"


def _adverbial_protest_in_span(lowers: Sequence[str], head: int, end: int) -> bool:
    """'suspended Aeroflot flights in protest at ...': 'in protest' says why the act was done; it is never the
    object a verb pattern reaches for ('suspended the protest')."""
    return any(lowers[index] == "protest" and lowers[index - 1] == "in" for index in range(head + 2, end))


def _trails_act(lowers: Sequence[str], act: _Candidate, comma: int) -> bool:
    """The participle's comma closes the clause of `act`, with no stronger break or reported clause between."""
    between = lowers[act.end : comma]
    return (
        act.end <= comma
        and comma - act.end <= _REASON_WINDOW
        and not any(word in BREAK_TEXTS and word != "," for word in between)
        and not any(word in _REPORTING_WORDS or word in _CLAUSE_WORDS for word in between)
    )


def _opens_before_act(lowers: Sequence[str], participle: _Candidate, act: _Candidate) -> bool:
    """'Georgia, accusing Russia of ..., cut ties': the participle clause closes on a comma that only adverbs or
    auxiliaries separate from the verb of `act`."""
    if act.start <= participle.end or act.head - participle.end > _REASON_WINDOW:
        return False
    between = lowers[participle.end : act.start]
    if any(word in BREAK_TEXTS and word != "," for word in between) or "," not in between:
        return False
    closing = participle.end + len(between) - 1 - between[::-1].index(",")
    return all(word in _ADVERBS or word in _AUXILIARIES for word in lowers[closing + 1 : act.head])


_PREPOSITIONAL_PARTICIPLES = _words(
    "following according including concerning regarding during notwithstanding excluding pending considering"
)
_OPENING_PARTICIPLE_WINDOW = 15
_PARTICIPLE_OPENERS = _PREPOSITIONS | _DETERMINERS | _PARTICLES | _words("to")


def _embed_opening_participle(
    texts: Sequence[str], lowers: Sequence[str], candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]
) -> None:
    """'Backed by Russian air power, Syrian troops recaptured Palmyra', 'Protesting against the visit, youths
    hurled stones': a participle phrase that opens the sentence, up to its comma, tells the setting or the reason
    of the main clause, and an act named in it is no event of its own. An '-ing' phrase may tell the act itself
    ('Firing tear gas, police dispersed the crowd'), so it yields only to an act the main clause names. A
    preposition in -ing ('Following the attacks, ...') opens a cause phrase, which keeps its acts; a name
    ('United Nations', 'Mohammed') or an adjective before its noun ('Armed militants set fire') is no
    participle phrase."""
    if len(lowers) < 3 or not texts[1][:1].islower() or lowers[1] not in _PARTICIPLE_OPENERS:
        return
    first = lowers[0]
    if len(first) < 5 or not first.endswith(("ing", "ed")) or first in _PREPOSITIONAL_PARTICIPLES:
        return
    comma = next((index for index, word in enumerate(lowers[:_OPENING_PARTICIPLE_WINDOW]) if word == ","), None)
    if comma is None or any(word in BREAK_TEXTS or word in _CLAUSE_WORDS for word in lowers[1:comma]):
        return
    main_act = any(
        other.start > comma and other.entry.head_kind == "verb" and readings[id(other)].polarity == "asserted"
        for other in candidates
    )
    if first.endswith("ing") and not main_act:
        return
    for candidate in candidates:
        if candidate.end <= comma:
            readings[id(candidate)].set_polarity("hypothetical", f"opening-participle:{first}")


def _embed_means_of_possible_act(
    lowers: Sequence[str], candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]
) -> None:
    """'Iran could retaliate by cutting oil exports': a gerund after 'by' is the means of the verb before it,
    and is as possible as that verb is."""
    for candidate in candidates:
        by = _previous_word(lowers, candidate.head)
        if by is None or lowers[by] != "by" or not lowers[candidate.head].endswith("ing"):
            continue
        start = by
        while start > max(0, by - _MEANS_WINDOW) and lowers[start - 1] not in BREAK_TEXTS:
            start -= 1
        modal = next((word for word in lowers[start:by] if word in _HYPOTHETICAL_MODALS), None)
        if modal is not None:
            readings[id(candidate)].set_polarity("hypothetical", f"means-of:{modal}")


_DISCUSSING_VERBS = _verb_words("discuss")
_TOPIC_WINDOW = 3


def _embed_discussed_topics(
    lowers: Sequence[str], candidates: Sequence[_Candidate], readings: Mapping[int, _Reading]
) -> None:
    """'met Arafat to discuss American aid': an act named by a noun a few words after a verb of discussing is
    what the talks are about, not an act done: hypothetical."""
    for candidate in candidates:
        if candidate.entry.head_kind != "noun":
            continue
        start = candidate.start
        while start > max(0, candidate.start - _TOPIC_WINDOW) and lowers[start - 1] not in BREAK_TEXTS:
            start -= 1
            if lowers[start] in _DISCUSSING_VERBS:
                readings[id(candidate)].set_polarity("hypothetical", f"topic:{lowers[start]}")
                break


def _closing_report_comma(lowers: Sequence[str], head: int) -> int | None:
    """Where the content ends when `head` is the verb of a closing reporting clause ('..., a human rights group
    protested here Wednesday.'): a comma (or closing quote) a few words before, and only adverbials after."""
    after = [word for word in lowers[head + 1 :] if word not in {".", "!"}]
    if len(after) > 6 or any(word in BREAK_TEXTS or word in {"that", "to", "of", "and"} for word in after):
        return None
    for position in range(head - 1, max(-1, head - 9), -1):
        if lowers[position] not in BREAK_TEXTS:
            continue
        if lowers[position] in {'"', "”"} and position > 0 and lowers[position - 1] == ",":
            position -= 1
        return position if lowers[position] == "," and position >= 3 else None
    return None


def _is_complement(lowers: Sequence[str], outer: _Candidate, candidate: _Candidate, reading: _Reading) -> bool:
    between = lowers[outer.end : candidate.start]
    if candidate.entry.head_kind == "noun":
        return not any(
            word in _LOCATIVE_PREPOSITIONS and not (word == "in" and index > 0 and between[index - 1] in _AMOUNT_WORDS)
            for index, word in enumerate(between)
        )
    if reading.infinitival:
        return True
    previous, _ = _skip_adverbs(lowers, candidate.head - 1)
    if previous >= 0 and lowers[previous] == "to":
        return True
    head_word = lowers[candidate.head]
    if head_word.endswith("ing") and previous >= 0 and lowers[previous] in _ING_COMPLEMENT_PREPOSITIONS:
        return True
    return "that" in between and not head_word.endswith(("ed", "s"))


@lru_cache(maxsize=2)
def default_finder(fallback: bool = False) -> TriggerFinder:
    """The finder over the shipped lexicon, built once per process; `fallback` adds the PETRARCH fallback tier."""
    return TriggerFinder(fallback_path=FALLBACK_LEXICON_PATH if fallback else None)


def find_triggers(sentence: str, finder: TriggerFinder | None = None) -> list[Trigger]:
    """Event triggers in one sentence, in order of appearance, with status, tense, polarity and cues."""
    return (finder or default_finder()).find(sentence)


def _speaker_warned(lowers: Sequence[str], head: int, modal: str) -> bool:
    """The modal's act is one its speaker announces under a condition: the speaker is named again by a pronoun
    before the modal ('warned it might', not 'Armed men could attack ..., officials warned'), and the sentence
    has a warning word, or a reporting word with 'if' or 'unless'."""
    position = next((index for index in range(head - 1, 0, -1) if lowers[index] == modal), None)
    if position is None or lowers[position - 1] not in _SPEAKER_PRONOUNS:
        return False
    return _announced_under_condition(lowers)


def _announced_under_condition(lowers: Sequence[str]) -> bool:
    """A warning word (itself a reporting word), or a reporting word with 'if' or 'unless', in the sentence: what
    the reported clause says the speaker would do is announced under a condition."""
    words = set(lowers)
    return bool(words & _WARNING_WORDS) or bool(words & _REPORTING_WORDS and words & {"if", "unless"})


def _closing_statement(lowers: Sequence[str], head: int) -> int | None:
    """The verb of a closing statement ('..., the Kremlin warned.') after `head`, when the content before
    it holds 'if' or 'unless' after `head`: the act is announced under a condition."""
    for statement in range(len(lowers) - 1, head, -1):
        if lowers[statement] not in _STATEMENT_TENSES:
            continue
        comma = _closing_report_comma(lowers, statement)
        if comma is not None:
            return statement if {"if", "unless"} & set(lowers[head:comma]) else None
    return None
