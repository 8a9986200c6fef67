"""Normalize article text, cut it into paragraph segments and say what each segment is.

Every rule here is general (regular expressions and simple features such as length, terminal
punctuation, position relative to the title and the first real paragraph); nothing is tied to one
outlet. Nothing is deleted: segments are ordered, disjoint, and the gaps between them hold only
newlines, so `normalized_text[s.char_start:s.char_end] == s.text` for every segment.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from eventlake.language import LanguageDetector, LanguageGuess
from eventlake.records import CleanedText, Segment, SegmentKind

CONFIDENT_SCORE = 0.8
"""Detector score from which a segment's language is trusted; below it the segment takes its neighbours'."""

MAX_WRAP_WIDTH = 110
"""Blocks whose lines are all at most this long may be hard-wrapped paragraphs rather than one line each."""

LEAD_ZONE_MAX_SEGMENTS = 4
"""Most segments between the title and the first real paragraph that are treated as photo captions/teasers."""

TITLE_MAX_WORDS = 30
HEADING_MAX_WORDS = 12
CAPTION_MAX_WORDS = 60
CHROME_MAX_WORDS = 30

_LINE_BREAK_RE = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_INVISIBLE_RE = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f\u200b\ufeff]")
_BLANK_RUN_RE = re.compile(r"\n{3,}")
_BLOCK_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINE_RE = re.compile(r"[^\n]+")
_WORD_RE = re.compile(r"\w+(?:[-'’.]\w+)*")
_TERMINAL_RE = re.compile(r"[.!?…:;。！？؟۔][\"'”’»)\]]*$")
_BULLET_RE = re.compile(r"^(?:[-*•·▪–—]\s|\d{1,2}[.)]\s)")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})
_ABBREVIATION_END_RE = re.compile(r"\b(?:[A-Z]\.){2,}$")
_INNER_SENTENCE_BREAK_RE = re.compile(r"[a-z]{3}[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z]")

_NAVIGATION_RE = re.compile(
    r"(?:(?:go|back|return|scroll) to (?:the )?top|top of (?:the )?page|skip to (?:the )?(?:main )?"
    r"(?:content|navigation)|(?:main )?menu|home ?(?:page)?|share(?: this)?(?: article| story| page| post)?"
    r"|share on \w+|print(?: this)?(?: article| page| story)?|e-?mail(?: this)?(?: article| story)?|tweet"
    r"|read (?:more|next|also|the full (?:article|story))|see also"
    r"|related(?: articles?| stories| news| content| posts| topics| coverage)?|more (?:stories|news|from \w+)"
    r"|most (?:read|popular|viewed|shared)|trending(?: now)?|advertisement|sponsored(?: content)?"
    r"|(?:click here|follow us|subscribe|sign (?:up|in)|log ?in|newsletter)\b.*"
    r"|(?:show|load|view|hide) (?:more|all|comments)\b.*|loading)"
)
_COPYRIGHT_START_RE = re.compile(r"^(?:©|\([Cc]\)|[Cc]opyright|COPYRIGHT)\s*(?:©|\([Cc]\))?\s*(?:\d{4}|by\b|[A-Z0-9©])")
_RIGHTS_RESERVED_RE = re.compile(r"\ball rights reserved\b", re.IGNORECASE)
_COMMENT_PHRASE_RE = re.compile(
    r"\b(?:(?:leave|post|add|write|submit) a comment|comments? (?:are|is) (?:closed|disabled|moderated|welcome)"
    r"|(?:view|show|hide|load|read|see) (?:all |the )?(?:\d+ )?comments|\d+ comments?\b"
    r"|comment(?:ing)? (?:policy|guidelines|section|rules)|join the (?:conversation|discussion|debate)"
    r"|be the first to comment)",
    re.IGNORECASE,
)
_COMMENT_WORD_RE = re.compile(r"\bcomment(?:s|ing|ers?)?\b", re.IGNORECASE)
_READER_ADDRESS_RE = re.compile(r"\b(?:you|your|yours|let us know)\b", re.IGNORECASE)
_REPORTED_SPEECH_RE = re.compile(r"[\"“”]|\b(?:said|says|told|added|asked)\b")
_PREV_NEXT_RE = re.compile(
    r"^\W*\d{0,2}\s*(?i:previous|prev|next|older|newer)\s*(?i:article|post|story|entry|page)(?![a-z])"
)
_TAG_PREFIX_RE = re.compile(r"^(?:tags?|topics?|keywords?|filed under|categories|category)\s*:", re.IGNORECASE)
_TAG_SEPARATOR_RE = re.compile(r"\s*[,;|•·]\s*")
_CAPITALIZED_WORD_RE = re.compile(r"^[#\d\w][\w'’.&-]*$")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?"
_DATE_RE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})"
    r"(?:\s*(?:,|at|-|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4})?)?"
)
_BYLINE_PREFIX_RE = re.compile(
    r"^\(?\s*(?i:(?:additional\s+)?reporting|writing|editing|compiled|written|posted|published|story|words|text)?"
    r"\s*(?i:by)\s+[A-Z]"
)
_TIMESTAMP_LINE_RE = re.compile(r"^(?:updated|published|posted|last updated)\b.{0,40}\bago$", re.IGNORECASE)

_POSITION_MARKER_RE = re.compile(
    r"\((?:[LRC]|\d(?:st|nd|rd|th)\s+[LR]|(?i:(?:far |second |third |fourth )?"
    r"(?:left|right|centre|center|front|back|top|bottom|foreground|background))"
    r"|(?i:pictured|photo|file photo|file|above|below|inset))\)"
)
_PHOTO_WORDS_RE = re.compile(
    r"\b(?i:pictured|seen here|in (?:this|a|the) (?:file )?(?:photo|picture|image|photograph)"
    r"|file (?:photo|picture|image)|(?:photo|photograph|picture|image) (?:taken|shows))\b"
)
_AGENCY = (
    r"(?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA(?:-EFE)?|EFE|Anadolu(?:\s+Agency)?|AA|Sputnik|TASS|Xinhua"
    r"|Shutterstock|Pool|DPA|dpa|SANA|IRNA|UPI|Bloomberg|NurPhoto|SOPA|ANSA|Handout|Wikimedia(?:\s+Commons)?)"
)
_AGENCY_CREDIT_RE = re.compile(rf"(?:\S/\s*|\bvia\s+){_AGENCY}\b|^{_AGENCY}(?:\s*/\s*[\w ]+)*$")
_PARENTHETICAL_RE = re.compile(r"^[(\[][^()\[\]]{1,160}[)\]]$")
_CREDIT_CUE_RE = re.compile(
    rf"/|\bvia\b|(?i:\bphoto|\bpicture|\bimage|\bfile\b|\bcredit|\bcourtesy\b|\bhandout\b)|\b{_AGENCY}\b"
)
_CREDIT_LABEL_RE = re.compile(
    r"^(?i:photo(?:graph)?s?|pictures?|images?|credits?|photo credit|source|courtesy)(?:\s+(?i:by|credit))?\s*[:：|]"
)
_CREDIT_TRAILING_JUNK = " \t\\.,;"

Label = tuple[SegmentKind, str | None]
"""A kind and the rule that gave it (None for a plain title)."""


@dataclass(frozen=True, slots=True)
class _Title:
    index: int | None
    text: str | None


def normalize_text(text: str) -> str:
    """NFC, `\\n` line ends, no invisible controls, lines stripped, at most one blank line in a row."""
    text = _LINE_BREAK_RE.sub("\n", text)
    text = unicodedata.normalize("NFC", _INVISIBLE_RE.sub("", text))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUN_RE.sub("\n\n", text).strip("\n")


def word_count(text: str) -> int:
    """Number of words (letters/digits with inner hyphens or apostrophes)."""
    return len(_WORD_RE.findall(text))


def has_terminal_punctuation(text: str) -> bool:
    """Whether `text` ends like a sentence (closing quotes and brackets ignored)."""
    return bool(_TERMINAL_RE.search(text))


def is_non_latin_script(text: str) -> bool:
    """Whether most letters are outside the Latin script, which alone rules English out."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return False
    latin = sum(1 for char in letters if ord(char) < 0x250 or 0x1E00 <= ord(char) <= 0x1EFF)
    return latin * 2 < len(letters)


def segment_spans(normalized: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of normalized text: blocks between blank lines, split into lines
    unless the block is a hard-wrapped paragraph."""
    spans: list[tuple[int, int]] = []
    for block in _BLOCK_RE.finditer(normalized):
        lines = [(block.start() + line.start(), block.start() + line.end()) for line in _LINE_RE.finditer(block[0])]
        texts = [normalized[start:end] for start, end in lines]
        width = max(len(line) for line in texts)
        start = lines[0][0]
        for index in range(len(lines) - 1):
            if not (width <= MAX_WRAP_WIDTH and _wraps_into(texts[index], texts[index + 1], width)):
                spans.append((start, lines[index][1]))
                start = lines[index + 1][0]
        spans.append((start, lines[-1][1]))
    return spans


def _wraps_into(line: str, next_line: str, width: int) -> bool:
    """Whether `next_line` continues `line` in a block hard-wrapped at `width` characters."""
    if _BULLET_RE.match(next_line) or context_free_label(line) or context_free_label(next_line):
        return False
    first_word = next_line.split(" ", 1)[0]
    if len(line) + 1 + len(first_word) <= width:
        return False
    return not (has_terminal_punctuation(line) and next_line[:1].isupper())


def context_free_label(text: str) -> Label | None:
    """Boilerplate or caption kind of a segment judged on its own text, or None."""
    words = word_count(text)
    if words == 0:
        return None
    boilerplate = _boilerplate_reason(text, words)
    if boilerplate:
        return ("boilerplate", boilerplate)
    caption = _caption_reason(text, words)
    if caption:
        return ("caption", caption)
    return None


def _boilerplate_reason(text: str, words: int) -> str | None:
    # A line ending in a period is a sentence, never a navigation link.
    if words <= 8 and not text.endswith(".") and _NAVIGATION_RE.fullmatch(re.sub(r"^\W+|\W+$", "", text.casefold())):
        return "rule:navigation"
    if words <= CHROME_MAX_WORDS:
        if _COPYRIGHT_START_RE.match(text) or _RIGHTS_RESERVED_RE.search(text):
            return "rule:copyright"
        if _is_comment_prompt(text):
            return "rule:comment-prompt"
        if _PREV_NEXT_RE.match(text):
            return "rule:prev-next-link"
        if _is_tag_list(text, words):
            return "rule:tag-list"
        if _is_byline(text, words):
            return "rule:byline"
    return None


def _is_comment_prompt(text: str) -> bool:
    if _COMMENT_PHRASE_RE.search(text):
        return True
    # "You" in a quotation is a speaker addressing someone, not the site addressing its reader.
    return bool(
        _COMMENT_WORD_RE.search(text) and _READER_ADDRESS_RE.search(text) and not _REPORTED_SPEECH_RE.search(text)
    )


def _is_tag_list(text: str, words: int) -> bool:
    if _TAG_PREFIX_RE.match(text):
        return True
    if re.search(r"[.!?]$", text):
        return False
    items = _TAG_SEPARATOR_RE.split(text)
    trailing_separator = items[-1] == ""
    items = [item for item in items if item]
    if len(items) < (2 if trailing_separator else 4) or words > 3 * len(items):
        return False
    return all(
        1 <= len(item.split()) <= 3
        and all(_CAPITALIZED_WORD_RE.match(word) and not word[0].islower() for word in item.split())
        for item in items
    )


def _is_byline(text: str, words: int) -> bool:
    if _BYLINE_PREFIX_RE.match(text) and words <= 25:
        return not has_terminal_punctuation(text) or text.startswith("(")
    if _TIMESTAMP_LINE_RE.match(text):
        return True
    date = _DATE_RE.search(text)
    if date is None or words > 16:
        return False
    rest = (text[: date.start()] + " " + text[date.end() :]).strip(" ,|-–—:")
    return word_count(rest) <= 6 and not has_terminal_punctuation(rest)


def _caption_reason(text: str, words: int) -> str | None:
    stripped = text.rstrip(_CREDIT_TRAILING_JUNK)
    if _PARENTHETICAL_RE.match(stripped) and _CREDIT_CUE_RE.search(stripped):
        return "rule:photo-credit"
    if words <= 25 and _CREDIT_LABEL_RE.match(text):
        return "rule:photo-credit"
    if words <= 12 and _AGENCY_CREDIT_RE.search(text) and not has_terminal_punctuation(stripped):
        return "rule:photo-credit"
    if words <= CAPTION_MAX_WORDS and _POSITION_MARKER_RE.search(text):
        return "rule:photo-description"
    if words <= CAPTION_MAX_WORDS and _PHOTO_WORDS_RE.search(text) and not has_terminal_punctuation(text):
        return "rule:photo-description"
    return None


def title_key(text: str) -> str:
    """Case-, quote- and punctuation-insensitive form of a title line, for comparing titles."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def _contains_phrase(outer: str, inner: str) -> bool:
    return bool(inner) and f" {inner} " in f" {outer} "


def _is_title_shaped(text: str) -> bool:
    if not 1 <= word_count(text) <= TITLE_MAX_WORDS or len(text) > 250:
        return False
    if _INNER_SENTENCE_BREAK_RE.search(text):
        return False
    return not text.endswith(".") or bool(_ABBREVIATION_END_RE.search(text))


def _is_real_paragraph(text: str) -> bool:
    return has_terminal_punctuation(text) and word_count(text) >= 8


def _find_title(texts: Sequence[str], labels: Sequence[Label | None], declared_title: str | None) -> _Title:
    keys = [title_key(text) for text in texts]
    candidates = [index for index, label in enumerate(labels) if label is None]
    if declared_title is not None:
        declared_text = " ".join(unicodedata.normalize("NFC", declared_title).split())
        declared_key = title_key(declared_text)
        first_real = next((index for index in candidates if _is_real_paragraph(texts[index])), len(texts))
        # A later line equal to the title is a repeat (or a related-story link), never where the article starts.
        for index in (index for index in candidates if index <= first_real):
            if keys[index] == declared_key or (
                _contains_phrase(keys[index], declared_key) and word_count(keys[index]) - word_count(declared_key) <= 8
            ):
                return _Title(index, declared_text)
        fallback = _find_title(texts, labels, None)
        return _Title(fallback.index, declared_text or fallback.text)
    if not candidates or not _is_title_shaped(texts[candidates[0]]):
        return _Title(None, None)
    index = candidates[0]
    if len(candidates) > 1:
        following = candidates[1]
        inner = keys[following]
        if (
            len(inner) < len(keys[index])
            and word_count(inner) >= 3
            and _contains_phrase(keys[index], inner)
            and word_count(keys[index]) - word_count(inner) <= 8
        ):
            return _Title(index, texts[following])
    return _Title(index, texts[index])


def _title_reason(line: str, title: str) -> str | None:
    line_key, key = title_key(line), title_key(title)
    if line_key == key:
        return None
    return "rule:title-with-prefix" if _contains_phrase(line_key, key) else "rule:first-title-shaped-line"


def _structural_labels(texts: Sequence[str], labels: list[Label | None], title: _Title) -> list[Label | None]:
    """Title, repeats, teasers under the title and headings, on top of the context-free labels."""
    result = list(labels)
    if title.index is not None:
        result[title.index] = ("title", _title_reason(texts[title.index], title.text or ""))
        repeat_keys = {title_key(texts[title.index]), title_key(title.text or "")}
        for index, text in enumerate(texts):
            if index != title.index and result[index] is None and title_key(text) in repeat_keys:
                result[index] = ("title_repeat", "rule:title-repeat")
        for index in range(title.index):
            if result[index] is None and not has_terminal_punctuation(texts[index]) and word_count(texts[index]) <= 12:
                result[index] = ("boilerplate", "rule:before-title")
    start = 0 if title.index is None else title.index + 1
    open_indexes = [index for index in range(start, len(texts)) if result[index] is None]
    first_real = next((index for index in open_indexes if _is_real_paragraph(texts[index])), None)
    if first_real is None:
        return result
    lead = [index for index in open_indexes if index < first_real]
    if len(lead) <= LEAD_ZONE_MAX_SEGMENTS:
        for index in lead:
            text = texts[index]
            if _PHOTO_WORDS_RE.search(text):
                result[index] = ("caption", "rule:photo-description")
            elif not has_terminal_punctuation(text) and word_count(text) <= CAPTION_MAX_WORDS:
                result[index] = ("caption", "rule:lead-teaser")
    for index in open_indexes:
        text = texts[index]
        if index > first_real and not has_terminal_punctuation(text) and word_count(text) <= HEADING_MAX_WORDS:
            result[index] = ("body", "rule:heading")
    return result


def _resolve_languages(
    texts: Sequence[str], guesses: Sequence[LanguageGuess], kinds: Sequence[SegmentKind]
) -> tuple[list[str | None], list[bool]]:
    """Each segment's language and whether it was detected with confidence.

    A segment whose guess is not confident takes the language of the nearest confident body segment
    before it, else after it; script alone makes a non-Latin segment confident (it cannot be English).
    """
    confident = [
        guess.language is not None and (guess.score >= CONFIDENT_SCORE or is_non_latin_script(text))
        for text, guess in zip(texts, guesses, strict=True)
    ]
    anchors = [index for index, kind in enumerate(kinds) if kind == "body" and confident[index]]
    languages: list[str | None] = []
    for index, guess in enumerate(guesses):
        if confident[index] or not anchors or not any(char.isalpha() for char in texts[index]):
            languages.append(guess.language)
            continue
        before = [anchor for anchor in anchors if anchor < index]
        anchor = before[-1] if before else next(anchor for anchor in anchors if anchor > index)
        languages.append(guesses[anchor].language)
    return languages, confident


def _trailer_indexes(
    texts: Sequence[str], kinds: Sequence[SegmentKind], languages: Sequence[str | None], confident: Sequence[bool]
) -> list[int]:
    """Body segments after the last English body segment, from the first confidently non-English one,
    provided the body before them is mostly English."""
    body = [index for index, kind in enumerate(kinds) if kind == "body"]
    english = [index for index in body if languages[index] == "en"]
    if not english:
        return []
    tail = [index for index in body if index > english[-1]]
    first = next((index for index in tail if confident[index] and languages[index] is not None), None)
    if first is None:
        return []
    sizes: Counter[str] = Counter()
    for index in body:
        language = languages[index]
        if index < first and language is not None:
            sizes[language] += len(texts[index])
    if sizes["en"] * 2 < sum(sizes.values()):
        return []
    return [index for index in tail if index >= first]


def _dominant_language(segments: Sequence[Segment]) -> str | None:
    sizes: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for segment in segments:
        if segment.language is not None:
            sizes[segment.language] += len(segment.text)
            counts[segment.language] += 1
    if not sizes:
        return None
    return min(sizes, key=lambda language: (-sizes[language], -counts[language], language))


def _most_common_language(segments: Sequence[Segment]) -> str | None:
    counts = Counter(segment.language for segment in segments if segment.language is not None)
    if not counts:
        return None
    sizes: Counter[str] = Counter()
    for segment in segments:
        if segment.language is not None:
            sizes[segment.language] += len(segment.text)
    return min(counts, key=lambda language: (-counts[language], -sizes[language], language))


def clean_text(text: str, detector: LanguageDetector, *, declared_title: str | None = None) -> CleanedText:
    """Normalize `text`, segment it, label every segment and split off a non-English trailer."""
    normalized = normalize_text(text)
    spans = segment_spans(normalized)
    texts = [normalized[start:end] for start, end in spans]
    chrome = [context_free_label(segment) for segment in texts]
    title = _find_title(texts, chrome, declared_title)
    labels = _structural_labels(texts, chrome, title)
    kinds: list[SegmentKind] = [label[0] if label else "body" for label in labels]
    reasons: list[str | None] = [label[1] if label else None for label in labels]
    guesses = [detector.detect(segment) for segment in texts]
    languages, confident = _resolve_languages(texts, guesses, kinds)
    for index in _trailer_indexes(texts, kinds, languages, confident):
        kinds[index] = "trailer"
        reasons[index] = "rule:non-english-trailer"
    segments = tuple(
        Segment(
            seq=seq,
            kind=kinds[seq],
            text=texts[seq],
            char_start=start,
            char_end=end,
            language=languages[seq],
            language_score=guesses[seq].score if guesses[seq].language is not None else None,
            reason=reasons[seq],
        )
        for seq, (start, end) in enumerate(spans)
    )
    body = [segment for segment in segments if segment.kind == "body"]
    trailer = [segment for segment in segments if segment.kind == "trailer"]
    return CleanedText(
        normalized_text=normalized,
        segments=segments,
        title=title.text,
        language=_dominant_language(body),
        body_text="\n\n".join(segment.text for segment in body),
        trailer_text="\n\n".join(segment.text for segment in trailer) if trailer else None,
        trailer_language=_most_common_language(trailer),
    )
