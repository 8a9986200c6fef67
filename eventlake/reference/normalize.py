"""Case- and diacritic-folding that keeps character offsets, and the token rule shared by aliases and text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

TOKEN_RE = re.compile(r"[^\W_]+|\S")
"""A token is a run of letters/digits or one other visible character.

Unlike spaCy's English tokenizer, this does not depend on case ("U.N." and "u.n." split alike), so an
alias and a mention fold and split the same way.
"""

_NON_DECOMPOSING = {
    "ı": "i",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "ø": "o",
    "ħ": "h",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "ʻ": "'",
    "`": "'",
    "´": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "“": '"',
    "”": '"',
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One lowercase, accent-free character for `char`; `char` itself (lowercased if possible) otherwise."""
    mapped = _NON_DECOMPOSING.get(char.lower())
    if mapped is not None:
        return mapped
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(part for part in decomposed if not unicodedata.combining(part)).lower()
    if len(base) == 1:
        return base
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


class _FoldTable:
    """`str.translate` mapping that folds every character to exactly one character."""

    def __getitem__(self, codepoint: int) -> str:
        return _fold_char(chr(codepoint))


_FOLD_TABLE = _FoldTable()


def fold_text(text: str) -> str:
    """Lowercase `text` and strip diacritics without changing its length, so offsets carry over."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


def tokenize(folded: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for each token of already folded text."""
    return [(match.start(), match.end(), match.group()) for match in TOKEN_RE.finditer(folded)]


def normalize_alias(raw: str) -> str:
    """The stored form of a name: folded, `_` as space, parenthesized notes and stray brackets dropped."""
    without_notes = re.sub(r"[\[\](){}]", " ", re.sub(r"\([^)]*\)", " ", raw))
    return " ".join(fold_text(without_notes.replace("_", " ")).split())


def alias_key(alias: str) -> tuple[str, ...]:
    """The token sequence an alias matches."""
    return tuple(TOKEN_RE.findall(fold_text(alias)))


def usable_alias(alias: str) -> bool:
    """Whether an alias can be matched safely: it has a letter and is not a lone stop word or character."""
    tokens = alias_key(alias)
    if not tokens or not any(token.isalpha() for token in tokens):
        return False
    return not (len(tokens) == 1 and (len(tokens[0]) < 2 or tokens[0] in STOP_WORDS))
