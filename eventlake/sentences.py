"""Sentence spans inside a segment, with offsets, by punctuation rules that know news abbreviations."""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt rev st jr sr co corp inc ltd no vs etc approx est dept gov sen rep "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split()
)
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["“‘(\[]?[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)\.$")


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentences of `text`; `text[s.start:s.end] == s.text` and spans never include surrounding spaces."""
    spans: list[SentenceSpan] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_abbreviation(text[start : match.start() + 1]):
            continue
        spans.extend(_trimmed(text, start, match.end()))
        start = match.end()
    spans.extend(_trimmed(text, start, len(text)))
    return spans


def _is_abbreviation(candidate: str) -> bool:
    found = _WORD_BEFORE.search(candidate)
    if not found:
        return False
    word = found.group(1)
    if "." in word or (len(word) == 1 and word.isupper()):
        return True
    return word.lower() in ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> list[SentenceSpan]:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return []
    offset = start + (len(piece) - len(piece.lstrip()))
    return [SentenceSpan(offset, offset + len(stripped), stripped)]
