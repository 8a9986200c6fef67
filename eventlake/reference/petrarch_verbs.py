"""Fallback trigger rows read from the Phoenix/PETRARCH verb dictionary (`CAMEO.2.0.txt`).

The dictionary's patterns were written for a parser: a verb block lists synonyms, and each pattern names the
words and phrases around the verb that give it a CAMEO code. Read flat, a pattern applies to every verb of its
block, as PETRARCH reads it, and its words must come within a few words of the verb, on the same side, without
crossing punctuation. Only patterns whose roles survive a flat reading make rows (see `_readable`); a pattern
the dictionary gives two codes, codes it leaves open (`[---]`) or gives only to a target (`[:020]`), and a
pattern whose comment names no verb of its block make none; the objects of a block's `[---]` patterns cancel
its rows. Every row has a confidence that only a named target lifts over the emission threshold (see
`FALLBACK_CONFIDENCE`). Rows that the project's tuning sentences showed wrong are listed in
`petrarch_excluded.csv` (`benchmarks/petrarch_fallback.py` finds them) and are not written.

    .venv/bin/python -m eventlake.reference.petrarch_verbs --dictionary ../shared/reference/phoenix/CAMEO.2.0.txt
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy

from eventlake.typing_rules import CAMEO_PLOVER_PATH, FALLBACK_LEXICON_PATH, load_cameo_plover, noun_forms, verb_forms

EXCLUDED_PATH = FALLBACK_LEXICON_PATH.parent / "petrarch_excluded.csv"
EXCLUDED_COLUMNS = ("note", "wrong", "right", "first_wrong")
# 0.45 + extraction's target bonus (0.1) clears the 0.5 threshold; without a target it falls to 0.35
FALLBACK_CONFIDENCE = "0.45"
LEXICON_COLUMNS = (
    "id",
    "pattern",
    "cameo",
    "confidence",
    "mode",
    "embeds",
    "unless_next",
    "unless_prev",
    "note",
    "span",
    "only_when",
    "roles",
    "by_state",
)
_FUNCTION_WORDS = frozenset(
    "a about across after against along among an and around as at before behind below between by down for from "
    "in into near of off on onto out over the through to toward towards under until up upon with within without "
    "back away no not".split()
)
_HEAD_GAP = 4
_PHRASE_GAP = 2
_BLOCK_HEADER = re.compile(r"^---\s+\S+\s+\[[^\]]*\]\s*---")
_PATTERN_LINE = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(\S+))?")
_VERB_LINE = re.compile(r"^\+?([A-Z][A-Z_\-']*)\s*(?:\{([^}]*)\})?")


@dataclass(frozen=True, slots=True)
class PetrarchVerb:
    """One verb of a synonym block with the forms the dictionary lists for it."""

    lemma: str
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PetrarchPattern:
    """One `- ... * ... [code] # VERB` line, with the verbs of the block it sits in."""

    verbs: tuple[PetrarchVerb, ...]
    text: str
    code: str
    origin: str


def read_dictionary(text: str) -> tuple[dict[str, tuple[str, ...]], list[PetrarchPattern]]:
    """The synonym sets (`&NAME`: member words) and every pattern line of the verb blocks."""
    synsets: dict[str, list[str]] = {}
    patterns: list[PetrarchPattern] = []
    current_set: str | None = None
    in_block = False
    verbs: list[PetrarchVerb] = []
    in_verbs = False
    for raw in text.splitlines():
        line = raw.strip()
        if "VERB PATTERNS" in line:
            in_verbs = True
            current_set = None
            continue
        if not line or line.startswith("#"):
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_set = line.split()[0]
                synsets[current_set] = []
            elif line.startswith("+") and current_set is not None:
                synsets[current_set].append(line[1:].split()[0])
            continue
        if _BLOCK_HEADER.match(line):
            in_block = True
            verbs = []
            continue
        if not in_block:
            continue
        if pattern := _PATTERN_LINE.match(line):
            patterns.append(PetrarchPattern(tuple(verbs), pattern.group(1), pattern.group(2), pattern.group(3) or ""))
        elif verb := _VERB_LINE.match(line):
            listed = tuple(form.lstrip("+") for form in verb.group(2).split()) if verb.group(2) else ()
            verbs.append(PetrarchVerb(verb.group(1), listed))
    return {name: tuple(members) for name, members in synsets.items()}, patterns


def _origin_verb(pattern: PetrarchPattern) -> PetrarchVerb | None:
    """The verb the pattern was first written for, named in any inflection ('CALLED_OFF' for CALL_OFF); a pattern
    whose comment names no verb of its block is a stray."""
    first, *rest = pattern.origin.lower().split("_")
    for verb in pattern.verbs:
        lemma_first, *lemma_rest = verb.lemma.lower().split("_")
        listed = {form.lower().split("_")[0] for form in verb.forms}
        if rest == lemma_rest and first in listed.union(*verb_forms(lemma_first).values()):
            return verb
    return None


def _word_slot(word: str, synsets: Mapping[str, tuple[str, ...]]) -> str | None:
    if word.startswith("&"):
        members = [member for member in synsets.get(word, ()) if re.fullmatch(r"[A-Z]+_?", member)]
        alternatives = sorted({_word_slot(member, synsets) or "" for member in members} - {""})
        return "|".join(alternatives) or None
    exact = word.endswith("_")
    word = word.rstrip("_").lower()
    if not re.fullmatch(r"[a-z]+", word):
        return None
    if exact or word in _FUNCTION_WORDS:
        return word
    return f"{word}/n"


def pattern_slots(text: str, synsets: Mapping[str, tuple[str, ...]]) -> tuple[list[str], list[str]] | None:
    """The slots before and after the verb (`*`), flat, or None where a word cannot be read as a token."""
    if text.count("*") != 1:
        return None
    sides: list[list[str]] = []
    for side in text.split("*"):
        slots: list[str] = []
        in_compound = joined = False
        for token in re.findall(r"[{}()]|[^\s{}()]+", side):
            if token in {"{", "}"}:
                in_compound, joined = token == "{", False
            elif token in {"(", ")", "$", "+", "%"}:
                continue
            elif token == "^":
                if slots and not slots[-1].startswith("~"):
                    slots.append(f"~{_HEAD_GAP}")
            else:
                words = token.split("_") if "_" in token.rstrip("_") else [token]
                for position, word in enumerate(words):
                    slot = _word_slot(word, synsets)
                    if slot is None:
                        return None
                    if slots and not joined and position == 0 and not slots[-1].startswith("~"):
                        slots.append(f"~{_PHRASE_GAP}")
                    slots.append(slot)
                joined = in_compound
        while slots and slots[-1].startswith("~"):
            slots.pop()
        sides.append(slots)
    return sides[0], sides[1]


def verb_slot(verb: PetrarchVerb) -> list[str] | None:
    """The head slot and particles of a dictionary verb: 'ASK_FOR {ASKED_FOR ...}' is `!ask/v|asked|... for`."""
    parts = [part.lower() for part in verb.lemma.split("_") if part]
    if not parts or not all(re.fullmatch(r"[a-z]+", part) for part in parts):
        return None
    listed = {form.lower().split("_")[0] for form in verb.forms}
    extra = sorted(form for form in listed if re.fullmatch(r"[a-z]+", form))
    return ["!" + "|".join([f"{parts[0]}/v", *extra]), *parts[1:]]


def _alternative_forms(alternative: str) -> frozenset[str]:
    """The words one alternative of a slot matches: every form of a `/v` verb or `/n` noun, else itself."""
    if alternative.endswith("/v"):
        return frozenset().union(*verb_forms(alternative[:-2]).values())
    if alternative.endswith("/n"):
        return noun_forms(alternative[:-2])
    return frozenset({alternative})


def _single_tokens(pattern: str, tokenizer: spacy.tokenizer.Tokenizer) -> bool:
    for slot in pattern.split():
        for alternative in slot.lstrip("!?").split("|"):
            forms = _alternative_forms(alternative)
            if any(len(tokenizer(form)) != 1 for form in forms if not form.startswith("~")):
                return False
    return True


def _readable(pattern: PetrarchPattern, synsets: Mapping[str, tuple[str, ...]]) -> tuple[list[str], list[str]] | None:
    """The pattern's slots where a flat reading can keep its roles: the words after the verb name more than
    prepositions ('RUSH * (TO)' could be any trip), no source is marked ('BY $' inverts the roles) and no
    target stands before the verb."""
    before_text = pattern.text.split("*")[0]
    if "$" in pattern.text or "+" in before_text:
        return None
    slots = pattern_slots(pattern.text, synsets)
    if slots is None or not any(slot not in _FUNCTION_WORDS and not slot.startswith("~") for slot in slots[1]):
        return None
    return slots


def _first_objects(slots: Sequence[str]) -> set[str]:
    return set().union(*map(_alternative_forms, slots[0].split("|"))) - _FUNCTION_WORDS


def _cancelling_objects(
    patterns: Iterable[PetrarchPattern], synsets: Mapping[str, tuple[str, ...]]
) -> dict[tuple[PetrarchVerb, ...], set[str]]:
    """Per verb block, the object words of its `[---]` patterns ('SEIZE * HEROIN'): the dictionary's way of
    saying that the verb with that object is no event, so they cancel the rows of the block, except where a
    coded pattern of the block names the same object ('CLOSE * BASE [---]' beside 'CLOSE * BASE [160]')."""
    cancelling: dict[tuple[PetrarchVerb, ...], set[str]] = {}
    coded: dict[tuple[PetrarchVerb, ...], set[str]] = {}
    for pattern in patterns:
        slots = pattern_slots(pattern.text, synsets)
        if slots is None or slots[0] or not slots[1]:
            continue
        target = cancelling if pattern.code == "---" else coded
        target.setdefault(pattern.verbs, set()).update(_first_objects(slots[1]))
    return {block: words - coded.get(block, set()) for block, words in cancelling.items()}


def _row_id(verb: PetrarchVerb, body: str, code: str) -> str:
    # from the row's own pattern and code, so that a change elsewhere in the dictionary or its reading keeps the id
    return f"petrarch.{verb.lemma.lower()}.{hashlib.sha256(f'{body} {code}'.encode()).hexdigest()[:10]}"


def fallback_rows(text: str, known_codes: Iterable[str], excluded: Iterable[str] = ()) -> list[dict[str, str]]:
    """Trigger rows in the format of `triggers.csv`, one per readable pattern with a code the CAMEO table knows;
    a pattern the dictionary gives two codes is left out."""
    synsets, patterns = read_dictionary(text)
    codes, skip = set(known_codes), set(excluded)
    tokenizer = spacy.blank("en").tokenizer
    cancelling = _cancelling_objects(patterns, synsets)
    rows: dict[str, dict[str, str]] = {}
    codes_of: dict[str, set[str]] = {}
    for pattern in patterns:
        code = pattern.code.split(":")[0]
        slots = _readable(pattern, synsets)
        if code not in codes or slots is None or _origin_verb(pattern) is None:
            continue
        before, after = slots
        for verb in pattern.verbs:
            head = verb_slot(verb)
            if head is None:
                continue
            gap_before = [f"~{_HEAD_GAP}"] if before else []
            body = " ".join([*before, *gap_before, *head, f"~{_HEAD_GAP}", *after])
            codes_of.setdefault(body, set()).add(code)
            if body in rows or not _single_tokens(body, tokenizer):
                continue
            note = f"{verb.lemma}<{pattern.origin}: {' '.join(pattern.text.split())} [{pattern.code}]"
            rows[body] = {
                "id": _row_id(verb, body, code),
                "pattern": body,
                "cameo": code,
                "confidence": FALLBACK_CONFIDENCE,
                "mode": "",
                "embeds": "0",
                "unless_next": "|".join(sorted(cancelling.get(pattern.verbs, set()) - _first_objects(after))),
                "unless_prev": "",
                "note": note,
                "span": "",
                "only_when": "",
                "roles": "",
                "by_state": "",
            }
    kept = [row for body, row in rows.items() if len(codes_of[body]) == 1 and row["note"] not in skip]
    if len({row["id"] for row in kept}) != len(kept):
        raise ValueError("two fallback rows share an id; lengthen the hash")
    return kept


def read_excluded(path: Path = EXCLUDED_PATH) -> list[str]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["note"] for row in csv.DictReader(handle)]


def fallback_lexicon_text(dictionary: Path, excluded_path: Path = EXCLUDED_PATH) -> tuple[str, int]:
    """The fallback lexicon as CSV text, and its row count."""
    text = dictionary.read_text(encoding="utf-8", errors="replace")
    rows = fallback_rows(text, load_cameo_plover(CAMEO_PLOVER_PATH), read_excluded(excluded_path))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=LEXICON_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue(), len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, required=True, help="The PETRARCH CAMEO.2.0.txt verb dictionary.")
    parser.add_argument("--output", type=Path, default=FALLBACK_LEXICON_PATH)
    arguments = parser.parse_args()
    text, count = fallback_lexicon_text(arguments.dictionary)
    arguments.output.write_text(text, encoding="utf-8")
    print(f"{count} rows written to {arguments.output}")


if __name__ == "__main__":
    main()
