"""When: publication dates stated in the text, date mentions in a sentence, and the date of an event.

Everything is resolved against the article's publication date, never against the clock: without a
publication date, any mention whose year is not written out gets no value, and the detail says why.
Hand-written patterns are used instead of a general date parser so that each resolution is predictable
and explained by its `detail`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Literal

Tense = Literal["past", "future", "present", "unknown"]
"""Tense of the event clause, as judged by the caller."""

Precision = Literal["day", "week", "month", "year"]
DateBasis = Literal["explicit", "relative", "publication", "unknown"]
DateRole = Literal["point", "since", "until", "duration", "attributive"]
"""`point`: when something happens; `since`/`until`: lower/upper bound of an ongoing state or a deadline;
`duration`: a stretch of time ("for months", "in recent weeks"); `attributive`: a year written before an act of
violence ("the 1983 bombing"). Only `point` mentions, and `attributive` ones inside the event's trigger, date an
event."""


@dataclass(frozen=True, slots=True)
class DateMention:
    """A time expression in a sentence and the period it denotes (`value` is the first day, or None)."""

    start: int
    end: int
    text: str
    value: date | None
    precision: Precision
    basis: DateBasis
    detail: str
    role: DateRole = "point"

    @property
    def last_day(self) -> date | None:
        """Last day of the period the mention denotes."""
        if self.value is None:
            return None
        if self.precision == "day":
            return self.value
        if self.precision == "week":
            return self.value + timedelta(days=6)
        if self.precision == "month":
            return self.value.replace(day=calendar.monthrange(self.value.year, self.value.month)[1])
        return self.value.replace(month=12, day=31)


@dataclass(frozen=True, slots=True)
class EventDate:
    """The date chosen for one event, with how it was chosen."""

    value: date | None
    precision: Precision | None
    basis: DateBasis
    detail: str
    mention: DateMention | None = None


_MONTH_NUMBERS: Mapping[str, int] = MappingProxyType(
    {
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "may": 5,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_NUMBERS: Mapping[str, int] = MappingProxyType({name.lower(): n for n, name in enumerate(WEEKDAY_NAMES)})
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept\.)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ANY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)\.?"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d])"
_DAY_MODIFIER = r"(?:(?i:early|late)\s+)?"
_PERIOD_MODIFIER = r"(?P<mod>(?i:early|late|mid)[\s-]+|(?i:the\s+)?(?i:beginning|start|end|middle)\s+of\s+)?"

_MONTH_DAY = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?{_DAY_MODIFIER}(?P<mon>{_MONTH})\s+{_DAY}(?![\w])(?:,?\s+{_YEAR})?"
)
_DAY_MONTH = re.compile(
    rf"(?<![\d.,])(?:(?P<wd>{_WEEKDAY}),?\s+)?{_DAY_MODIFIER}(?:the\s+)?{_DAY}\s+(?:of\s+)?(?P<mon>{_MONTH})"
    rf"(?![\w])(?:,?\s+{_YEAR})?"
)
_MONTH_YEAR = re.compile(rf"{_PERIOD_MODIFIER}(?P<mon>{_MONTH})\s+{_YEAR}")
_BARE_MONTH = re.compile(rf"(?:(?P<rel>(?i:last|this|next))\s+)?{_PERIOD_MODIFIER}(?P<mon>{_FULL_MONTH})(?![\w])")
_YEAR_ONLY = re.compile(rf"(?<![\w$£€.,-]){_PERIOD_MODIFIER}{_YEAR}(?![\w,.]\d|\w)")
_ATTRIBUTIVE_YEAR = re.compile(
    rf"\b(?i:the|its|their|his|her)\s+{_YEAR}\s+(?:(?i:suicide|car|truck|bus|embassy|barracks|hotel|school|market|"
    r"airport|church|mosque|border)\s+)?"
    r"(?i:bombings?|attacks?|massacres?|raids?|invasion|coup|assassination|killings?|ambush|hijacking|"
    r"kidnapping|abduction|shooting|blast|explosion)\b"
)
"""'claimed responsibility for the 1983 bombing': a year written before an act of violence dates that act. It
dates the event only when it lies inside the event's trigger (`choose_event_date`), unlike 'its 1967 borders' or
'condemned the 1983 bombing', where the year is of something else."""
_WEEKDAY_MENTION = re.compile(rf"(?:(?P<rel>(?i:last|next|this|coming))\s+)?(?P<wd>{_WEEKDAY})(?![\w])")
_RELATIVE_DAY = re.compile(
    r"\b(?i:(?P<two>the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))|(?P<word>today|tonight|yesterday|tomorrow)"
    r"|(?P<lastnight>last\s+night)"
    r"|this\s+(?:morning|afternoon|evening))\b"
)
_RELATIVE_PERIOD = re.compile(
    r"\b(?P<mod>(?i:earlier|later|early|late)\s+)?(?P<rel>(?i:last|this|next))\s+(?P<unit>week|month|year)\b"
)
_NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
    }
)
_COUNT = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_AGO = re.compile(rf"\b(?P<n>{_COUNT})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)
_VAGUE_AGO = re.compile(r"\b(?:a\s+few|several|many)\s+(?P<unit>day|week|month|year)s\s+ago\b", re.IGNORECASE)
_DURATION = re.compile(
    rf"\b(?:(?:in|over|during|for|within)\s+the\s+(?:past|last|previous)\s+(?:(?:few|several|{_COUNT})\s+)?"
    rf"|(?:in|over)\s+(?:the\s+)?recent\s+|for\s+(?:(?:the\s+)?(?:few|several|many|{_COUNT})\s+)?)"
    r"(?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)
_COMING = re.compile(
    rf"\b(?:in|over|within|during)\s+the\s+(?:coming|next)\s+(?:(?:few|several|{_COUNT})\s+)?(?P<unit>day|week|month|year)s?\b",
    re.IGNORECASE,
)
_RECENTLY = re.compile(r"\b(?i:recently|lately)\b")
_ANCHORED_ELSEWHERE = re.compile(
    rf"\b(?:the\s+(?:previous|following|next|same)\s+(?P<unit>day|week|month|year|morning|night|evening)"
    rf"|the\s+(?P<unit2>day|week|month|year|night)\s+(?:before|after)(?!\s+(?:yesterday|tomorrow|last|next)\b)"
    rf"|(?:{_COUNT}|several|a\s+few)\s+(?P<unit3>day|week|month|year)s?\s+(?:later|earlier|before|after))\b",
    re.IGNORECASE,
)
"""'the previous week', 'the day before', 'two days later': counted from another date of the story, which the
sentence may not give, so the act is not dated from publication."""
_ORDINAL_DAY = re.compile(
    r"\bon\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|at|and|when|after|before|during|with|as|but|while|to)\b)",
    re.IGNORECASE,
)
"""'on the 16th': a day of the publication month, or of the month before when that day is still to come. Only
where the ordinal ends its phrase: 'on the 16th day of the war' and 'on the 25th anniversary' count, not date."""

_TEMPORAL_PREPOSITION = re.compile(
    r"(?i:\b(?:in|since|until|till|by|from|during|before|after|through|throughout|around|as\s+of)\s+)$"
)
_SINCE_CUE = re.compile(r"(?i:\b(?:since|from|starting|after|as\s+of)\s+)$")
_UNTIL_CUE = re.compile(r"(?i:\b(?:until|till|by|before|through)\s+)$")

_FIRST_YEAR = 1800
_LAST_YEAR = 2200
_UNIT_PRECISION: Mapping[str, Precision] = MappingProxyType(
    {"day": "day", "week": "week", "month": "month", "year": "year"}
)


def _month_number(name: str) -> int:
    return _MONTH_NUMBERS[name[:3].lower()]


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    if 1 <= day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


def _infer_year(month: int, day: int | None, published: date, tense: Tense) -> tuple[int, str]:
    """Year of a month (or month and day) written without one, read from the publication date and tense."""
    probe_day = day if day is not None else 1
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        probe = _safe_date(year, month, min(probe_day, calendar.monthrange(year, month)[1]))
        if probe is not None:
            candidates.append((year, probe))
    published_probe = published if day is not None else _month_start(published)
    if tense == "past":
        year = max(y for y, probe in candidates if probe <= published_probe)
        return year, f"latest on or before publication {published.isoformat()} (past tense)"
    if tense == "future":
        year = min(y for y, probe in candidates if probe >= published_probe)
        return year, f"first on or after publication {published.isoformat()} (future tense)"
    year = min(candidates, key=lambda item: (abs((item[1] - published_probe).days), item[0]))[0]
    return year, f"nearest to publication {published.isoformat()} ({tense} tense)"


def _role_before(sentence: str, start: int) -> DateRole:
    before = sentence[max(0, start - 24) : start]
    if _SINCE_CUE.search(before):
        return "since"
    if _UNTIL_CUE.search(before):
        return "until"
    return "point"


def _no_publication(what: str) -> str:
    return f"{what} needs a publication date; none usable (missing, or outside {_FIRST_YEAR}-{_LAST_YEAR})"


def _resolve_day(match: re.Match[str], published: date | None, tense: Tense) -> tuple[date | None, DateBasis, str]:
    month = _month_number(match["mon"])
    day = int(match["day"])
    if match["year"]:
        year, how = int(match["year"]), "year written"
    elif published is None:
        return None, "unknown", _no_publication("month and day without a year")
    else:
        year, how = _infer_year(month, day, published, tense)
        how = f"year {year} inferred: {how}"
    value = _safe_date(year, month, day)
    if value is None:
        return None, "unknown", f"no such day: {year}-{month:02d}-{day:02d}"
    weekday = match["wd"]
    if weekday and _WEEKDAY_NUMBERS[weekday.lower()] != value.weekday():
        return None, "unknown", f"weekday {weekday} contradicts {value.isoformat()} ({how})"
    return value, "explicit", f"calendar date; {how}"


def _ordinal_day(day: int, published: date | None, tense: Tense) -> tuple[date | None, DateBasis, str]:
    """Day `day` of the publication month, of the month before when a past act's day is still to come, or of the
    month after when a planned act's day has passed."""
    if published is None:
        return None, "unknown", _no_publication(f"day {day} of an unnamed month")
    month = _month_start(published)
    if tense == "future":
        if day <= published.day:
            month = _add_months(month, 1)
    elif day > published.day:
        month = _add_months(month, -1)
    value = _safe_date(month.year, month.month, day)
    if value is None:
        return None, "unknown", f"no such day: day {day} of {month.isoformat()[:7]}"
    direction = "after" if tense == "future" else "on or before"
    return value, "relative", f"day {day} of the month, {direction} publication {published.isoformat()} ({tense} tense)"


def _resolve_month(
    month: int, year_text: str | None, relation: str | None, published: date | None, tense: Tense
) -> tuple[date | None, DateBasis, str]:
    if year_text:
        return date(int(year_text), month, 1), "explicit", "month and year written"
    if published is None:
        return None, "unknown", _no_publication("month without a year")
    name = _MONTH_NAMES[month - 1]
    rel = relation.lower() if relation else None
    if rel == "this":
        return date(published.year, month, 1), "relative", f"'this {name}': in publication year {published.year}"
    if rel == "last":
        year = published.year if month < published.month else published.year - 1
        return date(year, month, 1), "relative", f"'last {name}': latest before publication {published.isoformat()}"
    if rel == "next":
        year = published.year if month > published.month else published.year + 1
        return date(year, month, 1), "relative", f"'next {name}': first after publication {published.isoformat()}"
    year, how = _infer_year(month, None, published, tense)
    return date(year, month, 1), "explicit", f"month written; year {year} inferred: {how}"


def _weekday_value(
    weekday: str, relation: str | None, published: date | None, tense: Tense
) -> tuple[date | None, DateBasis, str]:
    if published is None:
        return None, "unknown", _no_publication(f"weekday {weekday}")
    target = _WEEKDAY_NUMBERS[weekday.lower()]
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    pub = published.isoformat()
    rel = relation.lower() if relation else None
    if rel == "last":
        value = published - timedelta(days=back or 7)
        return value, "relative", f"'last {weekday}': latest {weekday} before publication {pub}"
    if rel in {"next", "coming"}:
        value = published + timedelta(days=ahead or 7)
        return value, "relative", f"'{rel} {weekday}': first {weekday} after publication {pub}"
    if rel == "this":
        value = _week_start(published) + timedelta(days=target)
        return value, "relative", f"'this {weekday}': {weekday} of the publication week ({pub})"
    if tense == "past":
        value = published - timedelta(days=back)
        return value, "relative", f"weekday {weekday} on or before publication {pub} (past tense)"
    if tense == "future":
        value = published + timedelta(days=ahead or 7)
        return value, "relative", f"weekday {weekday} after publication {pub} (future tense)"
    if tense == "present" and back == 0:
        return published, "relative", f"weekday {weekday} is the publication day {pub} (present tense)"
    return None, "unknown", f"weekday {weekday} with {tense} tense: direction from publication {pub} unknown"


def _relative_period(unit: str, relation: str, modifier: str | None, published: date) -> tuple[date, str]:
    rel = relation.lower()
    offset = {"last": -1, "this": 0, "next": 1}[rel]
    pub = published.isoformat()
    if unit == "week":
        value = _week_start(published) + timedelta(weeks=offset)
    elif unit == "month":
        value = _add_months(_month_start(published), offset)
    else:
        value = date(published.year + offset, 1, 1)
    modifier_text = f"{modifier.strip().lower()} " if modifier else ""
    return value, f"'{modifier_text}{rel} {unit}': {unit} starting {value.isoformat()} (publication {pub})"


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    value: date | None
    precision: Precision
    basis: DateBasis
    detail: str
    role: DateRole | None = None


def _candidates(sentence: str, published: date | None, tense: Tense) -> list[_Candidate]:
    found: list[_Candidate] = []

    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for match in pattern.finditer(sentence):
            value, basis, detail = _resolve_day(match, published, tense)
            found.append(_Candidate(match.start(), match.end(), value, "day", basis, detail))

    for match in _MONTH_YEAR.finditer(sentence):
        month = _month_number(match["mon"])
        value, basis, detail = _resolve_month(month, match["year"], None, published, tense)
        found.append(_Candidate(match.start(), match.end(), value, "month", basis, detail))

    for match in _BARE_MONTH.finditer(sentence):
        if not (match["rel"] or match["mod"] or _TEMPORAL_PREPOSITION.search(sentence[: match.start()])):
            continue
        month = _month_number(match["mon"])
        value, basis, detail = _resolve_month(month, None, match["rel"], published, tense)
        found.append(_Candidate(match.start(), match.end(), value, "month", basis, detail))

    for match in _YEAR_ONLY.finditer(sentence):
        if not (match["mod"] or _TEMPORAL_PREPOSITION.search(sentence[: match.start()])):
            continue
        value = date(int(match["year"]), 1, 1)
        found.append(_Candidate(match.start(), match.end(), value, "year", "explicit", "year written"))

    for match in _ATTRIBUTIVE_YEAR.finditer(sentence):
        value = date(int(match["year"]), 1, 1)
        detail = f"year written before the act it dates: {match.group(0)!r}"
        found.append(
            _Candidate(match.start("year"), match.end("year"), value, "year", "explicit", detail, "attributive")
        )

    for match in _WEEKDAY_MENTION.finditer(sentence):
        value, basis, detail = _weekday_value(match["wd"], match["rel"], published, tense)
        found.append(_Candidate(match.start(), match.end(), value, "day", basis, detail))

    for match in _RELATIVE_DAY.finditer(sentence):
        word = (match["word"] or "").lower()
        if match["two"]:
            offset = -2 if "yesterday" in match["two"].lower() else 2
        else:
            offset = {"yesterday": -1, "tomorrow": 1}.get(word, -1 if match["lastnight"] else 0)
        phrase = " ".join(match.group(0).lower().split())
        if published is None:
            found.append(_Candidate(match.start(), match.end(), None, "day", "unknown", _no_publication(f"'{phrase}'")))
            continue
        value = published + timedelta(days=offset)
        detail = f"'{phrase}': publication {published.isoformat()} {offset:+d} day"
        found.append(_Candidate(match.start(), match.end(), value, "day", "relative", detail))

    for match in _RELATIVE_PERIOD.finditer(sentence):
        unit = match["unit"]
        precision = _UNIT_PRECISION[unit]
        if published is None:
            detail = _no_publication(f"'{' '.join(match.group(0).lower().split())}'")
            found.append(_Candidate(match.start(), match.end(), None, precision, "unknown", detail))
            continue
        value, detail = _relative_period(unit, match["rel"], match["mod"], published)
        found.append(_Candidate(match.start(), match.end(), value, precision, "relative", detail))

    for match in _AGO.finditer(sentence):
        unit = match["unit"].lower()
        precision = _UNIT_PRECISION[unit]
        count_text = match["n"].lower()
        count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
        if published is None:
            detail = _no_publication(f"'{match.group(0)}'")
            found.append(_Candidate(match.start(), match.end(), None, precision, "unknown", detail))
            continue
        if unit == "day":
            value = published - timedelta(days=count)
        elif unit == "week":
            value = _week_start(published - timedelta(weeks=count))
        elif unit == "month":
            value = _add_months(_month_start(published), -count)
        else:
            value = date(published.year - count, 1, 1)
        detail = f"'{match.group(0)}' counted back from publication {published.isoformat()}"
        found.append(_Candidate(match.start(), match.end(), value, precision, "relative", detail))

    vague_patterns: tuple[tuple[re.Pattern[str], DateRole], ...] = (
        (_VAGUE_AGO, "point"),
        (_DURATION, "duration"),
        (_COMING, "point"),
    )
    for pattern, role in vague_patterns:
        for match in pattern.finditer(sentence):
            precision = _UNIT_PRECISION[match["unit"].lower()]
            detail = f"vague: '{match.group(0)}' names no date"
            found.append(_Candidate(match.start(), match.end(), None, precision, "unknown", detail, role))

    for match in _ANCHORED_ELSEWHERE.finditer(sentence):
        unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
        precision = _UNIT_PRECISION.get(unit, "day")
        detail = f"'{' '.join(match.group(0).lower().split())}' counts from another date, not from publication"
        found.append(_Candidate(match.start(), match.end(), None, precision, "unknown", detail, "point"))

    for match in _ORDINAL_DAY.finditer(sentence):
        value, basis, detail = _ordinal_day(int(match["day"]), published, tense)
        found.append(_Candidate(match.start(), match.end(), value, "day", basis, detail))

    for match in _RECENTLY.finditer(sentence):
        detail = f"vague: '{match.group(0)}' names no date"
        found.append(_Candidate(match.start(), match.end(), None, "day", "unknown", detail, "point"))

    return found


def find_dates(sentence: str, published: date | None, tense: Tense) -> list[DateMention]:
    """Time expressions in `sentence`, resolved against `published` and the event clause's `tense`.

    Overlapping matches keep the longest (then the earliest). Month-and-day dates without a year take
    it from the publication date and tense; weekdays count from the publication day (past: on or before
    it, so a past "on Wednesday" published on a Wednesday is that day; future: strictly after it).
    Vague expressions ("in recent weeks", "recently") are returned with no value so callers know the
    clause is dated, just not precisely. A publication date outside 1800-2200 is treated as missing.
    """
    if published is not None and not _FIRST_YEAR <= published.year <= _LAST_YEAR:
        published = None
    kept: list[_Candidate] = []
    for candidate in sorted(_candidates(sentence, published, tense), key=lambda c: (-(c.end - c.start), c.start)):
        if all(candidate.end <= other.start or candidate.start >= other.end for other in kept):
            kept.append(candidate)
    mentions = []
    for candidate in sorted(kept, key=lambda c: c.start):
        role = candidate.role or _role_before(sentence, candidate.start)
        mentions.append(
            DateMention(
                start=candidate.start,
                end=candidate.end,
                text=sentence[candidate.start : candidate.end],
                value=candidate.value,
                precision=candidate.precision,
                basis=candidate.basis,
                detail=candidate.detail,
                role=role,
            )
        )
    return mentions


_PUBLICATION_DATE = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY_ANY}),?\s+)?(?:(?P<mon>{_MONTH})\s+{_DAY},?\s+{_YEAR}"
    rf"|(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+(?P<mon2>{_MONTH}),?\s+(?P<year2>(?:19|20)\d\d)(?!\d)"
    r"|(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-]))"
)
_DATE_CUE_BEFORE = re.compile(r"(?i:\b(?:on|since|until|till|by|in|from|before|after|through)\s+)$")
_UPDATED_LINE = re.compile(r"(?i:\b(?:updated|modified|edited|last\s+update)\b)")
_OPENING_LINES = 12
_MAX_DATELINE_CHARS = 120


def publication_date_from_text(text: str) -> tuple[date | None, str]:
    """The publication date stated in the article's opening lines, and where it came from.

    Only full dates with a year on short lines (bylines, datelines) count, and not ones introduced by a
    preposition ("on", "since", ...), which belong to the story. Lines saying "updated" are used only
    when no other line has a date. A weekday that contradicts its date, or two different dates, give None.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_OPENING_LINES]
    found: list[tuple[date, str, bool]] = []
    for number, line in enumerate(lines, start=1):
        if len(line) > _MAX_DATELINE_CHARS:
            continue
        for match in _PUBLICATION_DATE.finditer(line):
            if _DATE_CUE_BEFORE.search(line[: match.start()]):
                continue
            if match["iy"]:
                month = int(match["im"])
                value = _safe_date(int(match["iy"]), month, int(match["id"])) if 1 <= month <= 12 else None
            elif match["mon"]:
                value = _safe_date(int(match["year"]), _month_number(match["mon"]), int(match["day"]))
            else:
                value = _safe_date(int(match["year2"]), _month_number(match["mon2"]), int(match["day2"]))
            if value is None:
                return None, f"opening line {number} has an impossible date: {match.group(0)!r}"
            weekday = match["wd"]
            if weekday and _weekday_prefix_number(weekday) != value.weekday():
                return None, f"opening line {number}: weekday {weekday} contradicts {value.isoformat()}"
            where = f"opening line {number}: {line!r}"
            found.append((value, where, bool(_UPDATED_LINE.search(line))))
    primary = [item for item in found if not item[2]] or found
    if not primary:
        return None, f"no full date with a year in the first {_OPENING_LINES} lines"
    dates = sorted({item[0] for item in primary})
    if len(dates) > 1:
        listed = ", ".join(value.isoformat() for value in dates)
        return None, f"opening lines state different dates: {listed}"
    return primary[0][0], primary[0][1]


def _weekday_prefix_number(weekday: str) -> int:
    prefix = weekday.rstrip(".").lower()[:3]
    return next(number for name, number in _WEEKDAY_NUMBERS.items() if name.startswith(prefix))


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")
_SENTENCE_OPENING = re.compile(r"^[\W_]*(?i:(?:on|in|at|by|during|since|until|from)\s+)?$")


def _attached(mention: DateMention, trigger_start: int, trigger_end: int, sentence: str) -> bool:
    """Whether a mention belongs to the trigger's clause: nothing that ends a clause lies between them,
    or the mention opens the sentence ("On Wednesday, Reuters reported ...")."""
    if mention.end <= trigger_start:
        gap = sentence[mention.end : trigger_start]
    elif mention.start >= trigger_end:
        gap = sentence[trigger_end : mention.start]
    else:
        return True
    if not _CLAUSE_BREAK.search(gap):
        return True
    return mention.end <= trigger_start and bool(_SENTENCE_OPENING.match(sentence[: mention.start]))


def choose_event_date(
    mentions: Sequence[DateMention],
    trigger_start: int,
    trigger_end: int,
    sentence: str,
    published: date | None,
    tense: Tense,
    *,
    current_report: bool = False,
) -> EventDate:
    """The date of the event whose trigger spans `trigger_start:trigger_end` in `sentence`.

    Rule: among the mentions attached to the trigger's clause (see `_attached`), the nearest `point`
    mention dates the event, even if it has no value (a vague or unresolvable date is not replaced by
    a guess); `since`/`until`/`duration` mentions never do. When the clause has no attached mention of
    any role, the publication date is used (basis "publication", precision "day") only if the tense is
    past or present and the caller says the clause reports the article's news of the day
    (`current_report`, e.g. the lead event or a statement "said"/"told" made for the article) — not
    background such as "had agreed" or "has been raging". Otherwise the date is unknown.
    """
    attached = [
        m
        for m in mentions
        if (m.role != "attributive" or trigger_start <= m.start < trigger_end)
        and _attached(m, trigger_start, trigger_end, sentence)
    ]
    points = [m for m in attached if m.role in {"point", "attributive"}]
    if points:

        def distance(mention: DateMention) -> tuple[int, int]:
            if mention.end <= trigger_start:
                return trigger_start - mention.end, 1
            if mention.start >= trigger_end:
                return mention.start - trigger_end, 0
            return 0, 0

        best = min(points, key=lambda m: (*distance(m), m.start))
        if best.value is None:
            return EventDate(None, None, "unknown", f"nearest date mention {best.text!r}: {best.detail}", best)
        return EventDate(best.value, best.precision, best.basis, f"{best.text!r}: {best.detail}", best)
    if attached:
        roles = ", ".join(sorted({m.role for m in attached}))
        return EventDate(None, None, "unknown", f"clause has only {roles} time expressions")
    if published is None:
        return EventDate(None, None, "unknown", "no date in the clause and no publication date")
    if tense in {"past", "present"} and current_report:
        detail = f"no date in the clause; {tense}-tense report of the day dated by publication"
        return EventDate(published, "day", "publication", detail)
    return EventDate(None, None, "unknown", f"no date in the clause; {tense}-tense clause not dated by publication")
