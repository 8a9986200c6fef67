from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake import when
from eventlake.when import DateMention, Tense, choose_event_date, find_dates, publication_date_from_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"


def only(sentence: str, published: date | None, tense: Tense) -> DateMention:
    mentions = find_dates(sentence, published, tense)
    assert len(mentions) == 1, mentions
    return mentions[0]


def test_publication_date_from_a_byline() -> None:
    text = (SEEDS / "002_b0538abbf02b2b0c.txt").read_text()
    value, detail = publication_date_from_text(text)
    assert value == date(2017, 9, 29)
    assert "DW Editors Friday, Sept. 29, 2017" in detail


@pytest.mark.parametrize("name", ["000_6dd31631be1a3fe6", "001_3bf0b783fa0966cb", "003_2af608655d3e3a80"])
def test_publication_date_absent_from_seed_text(name: str) -> None:
    value, detail = publication_date_from_text((SEEDS / f"{name}.txt").read_text())
    assert value is None
    assert "no full date" in detail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\nBy Jane Doe | 29 September 2017\n\nBody text.", date(2017, 9, 29)),
        ("Title\nPublished 2021-09-28 10:32 GMT\nBody.", date(2021, 9, 28)),
        ("Title\nPosted: October 16, 2018\nUpdated: October 17, 2018\nBody.", date(2018, 10, 16)),
        ("Title\nUpdated: October 17, 2018\nBody.", date(2018, 10, 17)),
        ("Title\nThe summit opened on October 27, 2018 in Istanbul.\nBody.", None),
        ("Title\nby staff, Saturday, Sept. 29, 2017\nBody.", None),
        ("Title\nSept. 29, 2017\nOct. 2, 2017\nBody.", None),
        ("Title\nWednesday, Feb. 30, 2021\nBody.", None),
        ("Title\nMonday, Sept. 29\nBody.", None),
        ("Title\n" + "x" * 130 + " Sept. 29, 2017\nBody.", None),
    ],
)
def test_publication_date_rules(text: str, expected: date | None) -> None:
    value, detail = publication_date_from_text(text)
    assert value == expected, detail
    assert detail


def test_weekday_contradiction_is_explained() -> None:
    value, detail = publication_date_from_text("Title\nSaturday, Sept. 29, 2017\n")
    assert value is None
    assert "contradicts" in detail


def seed(
    sentence: str,
    published: date,
    tense: Tense,
    text: str,
    value: date,
    precision: str = "day",
    basis: str = "explicit",
    role: str = "point",
) -> object:
    return pytest.param(sentence, published, tense, text, value, precision, basis, role, id=text)


# fmt: off
SEED_CASES = [
    seed("Russia and Turkey on Thursday pledged to work.", date(2017, 9, 29), "past", "Thursday", date(2017, 9, 28),
         basis="relative"),
    seed("Putin was in Ankara on Thursday to meet with Erdogan.", date(2017, 9, 29), "past", "Thursday",
         date(2017, 9, 28), basis="relative"),
    seed('"President Erdogan will meet with Mr Putin on Monday," he said.', date(2018, 9, 14), "future", "Monday",
         date(2018, 9, 17), basis="relative"),
    seed("Cavusoglu on Friday said Turkey was ready.", date(2018, 9, 14), "past", "Friday", date(2018, 9, 14),
         basis="relative"),
    seed("They agreed during a meeting on Wednesday.", date(2021, 9, 29), "past", "Wednesday", date(2021, 9, 29),
         basis="relative"),
    seed("The agency reported Tuesday.", date(2018, 10, 16), "past", "Tuesday", date(2018, 10, 16), basis="relative"),
    seed("They will hold face-to-face talks in Sochi on Sept. 29 to discuss it.", date(2021, 9, 28), "future",
         "Sept. 29", date(2021, 9, 29)),
    seed("They would hold the bilateral meeting on October 27, AA noted.", date(2018, 10, 16), "future",
         "October 27", date(2018, 10, 27)),
    seed("They met on October 27, 2018 in Istanbul.", date(2021, 1, 1), "past", "October 27, 2018",
         date(2018, 10, 27)),
    seed("Putin met Assad in Moscow on Sept 14.", date(2021, 9, 28), "past", "Sept 14", date(2021, 9, 14)),
    seed("Akar said at a meeting on late Sept. 27, adding more.", date(2021, 9, 28), "past", "late Sept. 27",
         date(2021, 9, 27)),
    seed("Erdogan was pictured on September 7.", date(2018, 10, 16), "past", "September 7", date(2018, 9, 7)),
    seed("The talks are set for 29 September.", date(2021, 9, 28), "future", "29 September", date(2021, 9, 29)),
    seed("The latest meeting took place in March 2020 in Moscow.", date(2021, 9, 28), "past", "March 2020",
         date(2020, 3, 1), "month"),
    seed("Soldiers were killed in a recent incident in mid-September.", date(2021, 9, 28), "past",
         "mid-September", date(2021, 9, 1), "month"),
    seed("Libya is going to hold elections in late December 2021.", date(2021, 9, 28), "future",
         "late December 2021", date(2021, 12, 1), "month"),
    seed("Russia claimed in June it had killed him.", date(2017, 9, 29), "past", "June", date(2017, 6, 1), "month"),
    seed("The plane was downed in 2015.", date(2017, 9, 29), "past", "2015", date(2015, 1, 1), "year"),
    seed("The war has been raging since March 2011.", date(2018, 10, 16), "present", "March 2011", date(2011, 3, 1),
         "month", role="since"),
    seed("HTS has arrested 184 people since the beginning of September.", date(2018, 10, 16), "present",
         "the beginning of September", date(2018, 9, 1), "month", role="since"),
    seed("Last week Erdogan said troops would deploy.", date(2017, 9, 29), "past", "Last week", date(2017, 9, 18),
         "week", "relative"),
    seed("De Mistura last week suggested a deadline.", date(2018, 9, 14), "past", "last week", date(2018, 9, 3),
         "week", "relative"),
    seed("Earlier this month, Turkey announced a contract.", date(2017, 9, 29), "past", "Earlier this month",
         date(2017, 9, 1), "month", "relative"),
    seed("Akar warned Moscow earlier this week.", date(2021, 9, 29), "past", "earlier this week", date(2021, 9, 27),
         "week", "relative"),
    seed("Late last year, the US imposed sanctions.", date(2021, 9, 29), "past", "Late last year", date(2020, 1, 1),
         "year", "relative"),
    seed("Ankara designated the group last month.", date(2018, 9, 14), "past", "last month", date(2018, 8, 1),
         "month", "relative"),
    seed("Buravov spoke in Moscow today.", date(2018, 10, 16), "past", "today", date(2018, 10, 16),
         basis="relative"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "published", "tense", "text", "value", "precision", "basis", "role"), SEED_CASES)
def test_seed_sentences(
    sentence: str,
    published: date,
    tense: Tense,
    text: str,
    value: date | None,
    precision: str,
    basis: str,
    role: str,
) -> None:
    mention = only(sentence, published, tense)
    assert mention.text == text
    assert sentence[mention.start : mention.end] == text
    assert (mention.value, mention.precision, mention.basis, mention.role) == (value, precision, basis, role)
    assert mention.detail


@pytest.mark.parametrize(
    ("sentence", "published", "tense", "value"),
    [
        ("They met in March.", date(2021, 9, 28), "past", date(2021, 3, 1)),
        ("They met in December.", date(2022, 2, 10), "past", date(2021, 12, 1)),
        ("They will meet in January.", date(2021, 12, 10), "future", date(2022, 1, 1)),
        ("They will meet in December.", date(2021, 12, 10), "future", date(2021, 12, 1)),
        ("They met on Dec. 30.", date(2022, 1, 3), "past", date(2021, 12, 30)),
        ("They will meet on Jan. 3.", date(2021, 12, 30), "future", date(2022, 1, 3)),
        ("They meet on Jan. 3.", date(2021, 12, 30), "present", date(2022, 1, 3)),
        ("They meet on Dec. 28.", date(2022, 1, 2), "unknown", date(2021, 12, 28)),
        ("They met last March.", date(2021, 3, 15), "past", date(2020, 3, 1)),
        ("They meet next March.", date(2021, 3, 15), "future", date(2022, 3, 1)),
    ],
)
def test_year_inference(sentence: str, published: date, tense: Tense, value: date) -> None:
    assert only(sentence, published, tense).value == value


@pytest.mark.parametrize(
    ("phrase", "tense", "value"),
    [
        ("on Wednesday", "past", date(2021, 9, 29)),
        ("on Wednesday", "present", date(2021, 9, 29)),
        ("on Wednesday", "future", date(2021, 10, 6)),
        ("on Wednesday", "unknown", None),
        ("on Monday", "past", date(2021, 9, 27)),
        ("on Monday", "future", date(2021, 10, 4)),
        ("on Monday", "present", None),
        ("last Wednesday", "past", date(2021, 9, 22)),
        ("next Wednesday", "past", date(2021, 10, 6)),
        ("this Friday", "unknown", date(2021, 10, 1)),
        ("coming Friday", "future", date(2021, 10, 1)),
    ],
)
def test_weekdays(phrase: str, tense: Tense, value: date | None) -> None:
    mention = only(f"The ministers met {phrase}.", date(2021, 9, 29), tense)
    assert mention.value == value
    assert mention.precision == "day"
    assert mention.basis == ("relative" if value else "unknown")


@pytest.mark.parametrize(
    ("phrase", "value", "precision"),
    [
        ("yesterday", date(2018, 9, 13), "day"),
        ("tomorrow", date(2018, 9, 15), "day"),
        ("last night", date(2018, 9, 13), "day"),
        ("this morning", date(2018, 9, 14), "day"),
        ("last week", date(2018, 9, 3), "week"),
        ("this week", date(2018, 9, 10), "week"),
        ("later this week", date(2018, 9, 10), "week"),
        ("next week", date(2018, 9, 17), "week"),
        ("last month", date(2018, 8, 1), "month"),
        ("earlier this month", date(2018, 9, 1), "month"),
        ("next month", date(2018, 10, 1), "month"),
        ("last year", date(2017, 1, 1), "year"),
        ("earlier this year", date(2018, 1, 1), "year"),
        ("early next year", date(2019, 1, 1), "year"),
        ("three days ago", date(2018, 9, 11), "day"),
        ("two weeks ago", date(2018, 8, 27), "week"),
        ("a month ago", date(2018, 8, 1), "month"),
    ],
)
def test_relative_expressions(phrase: str, value: date, precision: str) -> None:
    mention = only(f"Officials met {phrase}.", date(2018, 9, 14), "past")
    assert (mention.value, mention.precision, mention.basis) == (value, precision, "relative")
    assert mention.text == phrase


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("in recent weeks", "duration"),
        ("for months", "duration"),
        ("over the past few days", "duration"),
        ("in the coming days", "point"),
        ("recently", "point"),
        ("several weeks ago", "point"),
    ],
)
def test_vague_expressions_have_no_value(phrase: str, role: str) -> None:
    mention = only(f"The area has been struck {phrase}.", date(2017, 9, 29), "past")
    assert mention.value is None
    assert mention.basis == "unknown"
    assert mention.role == role
    assert mention.detail.startswith("vague")


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Troops stay until March 2022.", "until"),
        ("Troops must leave by 2030.", "until"),
        ("Prices rose from January 2020.", "since"),
        ("They have fought since 2011.", "since"),
        ("Russia should abide by the March 2020 deal.", "point"),
    ],
)
def test_bounds_are_flagged(sentence: str, role: str) -> None:
    assert only(sentence, date(2021, 9, 28), "past").role == role


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey urged the full implementation of the March deal.",
        "It would disprove the claims after the 2015 downing of a plane.",
        "The conflict may spread; they march on.",
        "Some 2015 people attended.",
        "Around 3.5 million people live there.",
    ],
)
def test_no_date_is_invented(sentence: str) -> None:
    assert find_dates(sentence, date(2021, 9, 28), "past") == []


def test_without_publication_date_only_written_years_resolve() -> None:
    sentence = "On Thursday, after talks on Sept. 29 and in March 2020, they met yesterday; in 2015 too."
    mentions = find_dates(sentence, None, "past")
    assert [m.text for m in mentions] == ["Thursday", "Sept. 29", "March 2020", "yesterday", "2015"]
    resolved = {m.text: m.value for m in mentions if m.value is not None}
    assert resolved == {"March 2020": date(2020, 3, 1), "2015": date(2015, 1, 1)}
    for mention in mentions:
        if mention.value is None:
            assert mention.basis == "unknown"
            assert "publication date" in mention.detail


def test_weekday_contradicting_a_date_gives_no_value() -> None:
    mention = only("They met on Saturday, Sept. 29, 2017.", date(2017, 10, 2), "past")
    assert mention.value is None
    assert "contradicts" in mention.detail


def test_impossible_day_gives_no_value() -> None:
    mention = only("They met on Feb. 30.", date(2021, 3, 2), "past")
    assert mention.value is None


def test_last_day_covers_the_period() -> None:
    assert only("in March 2020", None, "past").last_day == date(2020, 3, 31)
    assert only("in 2015", None, "past").last_day == date(2015, 12, 31)
    assert only("last week", date(2018, 9, 14), "past").last_day == date(2018, 9, 9)
    assert only("on Sept. 29, 2021", None, "past").last_day == date(2021, 9, 29)


class ClocklessDate(date):
    @classmethod
    def today(cls) -> ClocklessDate:
        raise AssertionError("the clock was read")


def test_never_reads_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    source = Path(when.__file__).read_text()
    assert not re.search(r"\b(?:today|now|utcnow)\(\)|\btime\.time\(|datetime\.datetime", source)
    monkeypatch.setattr(when, "date", ClocklessDate)
    for tense in ("past", "future", "present", "unknown"):
        for published in (None, date(2021, 9, 29)):
            find_dates("Today, yesterday, on Monday, last week, Sept. 29 and in March they met.", published, tense)
    publication_date_from_text("Title\nFriday, Sept. 29, 2017\n")


def event(sentence: str, trigger: str, published: date | None, tense: Tense, *, current: bool = False):
    start = sentence.index(trigger)
    mentions = find_dates(sentence, published, tense)
    return choose_event_date(mentions, start, start + len(trigger), sentence, published, tense, current_report=current)


def test_event_date_takes_the_nearest_point_in_the_clause() -> None:
    sentence = "Erdogan, pictured on September 7, will meet Putin in Sochi on Monday."
    chosen = event(sentence, "meet", date(2018, 10, 16), "future")
    assert chosen.value == date(2018, 10, 22)
    assert chosen.mention is not None and chosen.mention.text == "Monday"


def test_event_date_before_the_trigger() -> None:
    chosen = event("Putin was in Ankara on Thursday to meet with Erdogan.", "meet", date(2017, 9, 29), "past")
    assert (chosen.value, chosen.precision, chosen.basis) == (date(2017, 9, 28), "day", "relative")
    assert "Thursday" in chosen.detail


def test_event_date_from_a_sentence_opening_date() -> None:
    chosen = event("On Wednesday, Reuters reported the attacks.", "reported", date(2018, 9, 14), "past")
    assert (chosen.value, chosen.basis) == (date(2018, 9, 12), "relative")


def test_event_date_ignores_since_and_vague_blocks_fallback() -> None:
    sentence = "The civil war has been raging since March 2011."
    chosen = event(sentence, "raging", date(2018, 10, 16), "present", current=True)
    assert chosen.value is None and "since" in chosen.detail
    vague = event("The deal has come under strain in recent weeks.", "strain", date(2021, 9, 29), "past", current=True)
    assert vague.value is None and vague.basis == "unknown"
    recently = event("Russian jets struck targets recently.", "struck", date(2021, 9, 29), "past", current=True)
    assert recently.value is None and recently.mention is not None


def test_publication_fallback_only_for_reports_of_the_day() -> None:
    sentence = "Erdogan met Putin in the Russian resort city of Sochi."
    published = date(2021, 9, 29)
    chosen = event(sentence, "met", published, "past", current=True)
    assert (chosen.value, chosen.precision, chosen.basis) == (published, "day", "publication")
    assert event(sentence, "met", published, "past").value is None
    assert event("Erdogan will meet Putin.", "meet", published, "future", current=True).value is None
    assert event(sentence, "met", None, "past", current=True).value is None


TENSE_DEPENDENT = st.sampled_from(
    [
        "on Monday",
        "on Tuesday",
        "on Wednesday",
        "on Thursday",
        "on Friday",
        "on Saturday",
        "on Sunday",
        "on Sept. 29",
        "on 1 January",
        "on Dec. 31",
        "on Feb. 28",
        "in March",
        "in mid-September",
        "in late December",
        "yesterday",
        "last week",
        "last month",
        "earlier this week",
        "today",
    ]
)
FUTURE_ONLY = st.sampled_from(["on Monday", "on Friday", "on Oct. 27", "on 31 December", "in June", "tomorrow"])
FILLER = st.sampled_from(["The talks", "Putin, Erdogan", "in Sochi", "(AFP)", "“quoted”", "said", ",", "2.5 million"])
PUBLISHED = st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=200, deadline=None, database=None)
@given(st.lists(st.one_of(TENSE_DEPENDENT, FILLER), max_size=8), PUBLISHED)
def test_offsets_slice_the_sentence(parts: list[str], published: date) -> None:
    sentence = " ".join(parts)
    mentions = find_dates(sentence, published, "past")
    for mention in mentions:
        assert sentence[mention.start : mention.end] == mention.text
    for earlier, later in itertools.pairwise(mentions):
        assert earlier.end <= later.start


@settings(max_examples=200, deadline=None, database=None)
@given(TENSE_DEPENDENT, PUBLISHED)
def test_past_tense_dates_are_not_after_publication(phrase: str, published: date) -> None:
    for mention in find_dates(f"They met {phrase}.", published, "past"):
        if mention.value is not None:
            assert mention.value <= published


@settings(max_examples=200, deadline=None, database=None)
@given(FUTURE_ONLY, PUBLISHED)
def test_future_tense_dates_are_not_before_publication(phrase: str, published: date) -> None:
    for mention in find_dates(f"They will meet {phrase}.", published, "future"):
        assert mention.last_day is not None
        assert mention.last_day >= published
        if phrase.startswith("on ") and phrase.endswith("day"):
            assert mention.value is not None
            assert published < mention.value <= published + timedelta(days=7)


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.lists(st.one_of(TENSE_DEPENDENT, FUTURE_ONLY, FILLER, st.sampled_from(["in 2015", "March 2020"])), max_size=8),
    st.sampled_from(["past", "future", "present", "unknown"]),
)
def test_without_publication_only_written_years_resolve(parts: list[str], tense: Tense) -> None:
    for mention in find_dates(" ".join(parts), None, tense):
        if mention.value is not None:
            assert re.search(r"\b(?:19|20)\d\d\b", mention.text)
            assert mention.basis == "explicit"


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_implausible_publication_dates_are_not_used(published: date) -> None:
    mentions = find_dates("Yesterday, last week, in March and on Monday; in 2015.", published, "past")
    assert [m.value for m in mentions] == [None, None, None, None, date(2015, 1, 1)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin met Erdogan the previous week.",
        "Israeli jets struck Gaza the day before.",
        "Two days later, Israeli jets struck Gaza.",
        "The rebels attacked again the following morning.",
    ],
)
def test_a_phrase_counted_from_another_date_leaves_the_act_undated(sentence: str) -> None:
    mention = only(sentence, date(2021, 3, 17), "past")
    assert (mention.value, mention.basis) == (None, "unknown")
    assert "counts from another date" in mention.detail


@pytest.mark.parametrize(
    ("tense", "day", "expected"),
    [
        ("past", 16, date(2021, 3, 16)),
        ("past", 17, date(2021, 3, 17)),
        ("past", 20, date(2021, 2, 20)),
        ("future", 20, date(2021, 3, 20)),
        ("future", 3, date(2021, 4, 3)),
        ("past", 31, None),
    ],
)
def test_an_ordinal_day_is_a_day_of_the_publication_month_or_its_neighbour(
    tense: Tense, day: int, expected: date | None
) -> None:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
    mention = only(f"Putin met Erdogan on the {day}{suffix}.", date(2021, 3, 17), tense)
    assert mention.value == expected


def test_an_ordinal_day_before_of_and_a_month_is_left_to_the_calendar_date() -> None:
    assert only("Putin met Erdogan on the 16th of March.", date(2021, 3, 17), "past").basis == "explicit"


@pytest.mark.parametrize(
    "sentence",
    ["Russian forces shelled Kharkiv on the 16th day of the war.", "Crowds marched on the 25th anniversary of it."],
)
def test_an_ordinal_that_counts_days_or_years_is_no_date(sentence: str) -> None:
    assert find_dates(sentence, date(2021, 3, 17), "past") == []


@pytest.mark.parametrize(
    ("sentence", "tense", "expected"),
    [
        ("Putin met Erdogan the day before yesterday.", "past", date(2021, 3, 15)),
        ("Putin will meet Erdogan the day after tomorrow.", "future", date(2021, 3, 19)),
    ],
)
def test_the_day_before_yesterday_and_after_tomorrow(sentence: str, tense: Tense, expected: date) -> None:
    assert only(sentence, date(2021, 3, 17), tense).value == expected
