from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake.cleaning import (
    clean_text,
    context_free_label,
    has_terminal_punctuation,
    normalize_text,
    segment_spans,
)
from eventlake.language import NO_LANGUAGE, LangdetectDetector, LanguageGuess
from eventlake.records import CleanedText

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"
GOLDEN = Path(__file__).resolve().parent / "golden" / "cleaning"

ENGLISH_PARAGRAPHS = (
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Wednesday, "
    "officials in Ankara said, as fighting intensified in the north-west of Syria.",
    "The two leaders discussed the ceasefire in Idlib, where Russian jets have struck rebel positions close "
    "to Turkish observation posts in recent weeks.",
    "Neither side announced a new agreement after the talks, which lasted nearly three hours.",
)
# Sentences from sentences/de.txt, fr.txt and pl.txt of the langid benchmark
# (Apache-2.0, see /work/shared/benchmarks/langid/LICENSE.txt).
GERMAN = (
    "Dann werden vom TSV Buchen, der am Sonntag die Helfer für das Turnier abstellte, zwei Teams mit von der "
    "Partie sein."
)
FRENCH = (
    "Les motifs personnels se rapportent surtout aux changements d'emploi ou de lieu de travail qui rendent "
    "plus au moins nécessaire le déménagement."
)
POLISH = (
    "Uczniowie zdają egzaminy z języka polskiego, obcego i wybranych przedmiotów na poziomie podstawowym lub "
    "rozszerzonym."
)


class EnglishStub:
    """Calls every text with letters English, so structural tests need no real detector."""

    name = "stub"

    def detect(self, text: str) -> LanguageGuess:
        return LanguageGuess("en", 1.0) if any(char.isalpha() for char in text) else NO_LANGUAGE


@pytest.fixture(scope="module")
def detector() -> LangdetectDetector:
    return LangdetectDetector(seed=0)


def kinds(cleaned: CleanedText) -> list[tuple[str, str | None]]:
    return [(segment.kind, segment.reason) for segment in cleaned.segments]


def test_normalize_text_unifies_line_ends_spaces_blank_lines_and_composition() -> None:
    raw = "\ufeffTitle  \r\n\r\n\r\n\r\n  Cafe\u0301 talks\t \rnext line\u2028last\n\n\n"
    assert normalize_text(raw) == "Title\n\nCafé talks\nnext line\nlast"


@settings(database=None)
@given(st.text(alphabet=st.sampled_from("ab É\u0301\n\r\t\u2028.(L)-"), max_size=200))
def test_normalize_text_is_idempotent(text: str) -> None:
    assert normalize_text(normalize_text(text)) == normalize_text(text)


LINE = st.text(alphabet=st.sampled_from("abcXYZ éЖ .,:;!?()\"'’/-0123456789\u0301"), min_size=0, max_size=140)


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.lists(st.tuples(LINE, st.sampled_from(["\n", "\n\n", "\r\n", "\n \n\n", "\u2028"])), max_size=12),
    st.one_of(st.none(), LINE),
)
def test_segments_tile_the_normalized_text(parts: list[tuple[str, str]], declared_title: str | None) -> None:
    cleaned = clean_text("".join(line + sep for line, sep in parts), EnglishStub(), declared_title=declared_title)
    text = cleaned.normalized_text
    position = 0
    for seq, segment in enumerate(cleaned.segments):
        assert segment.seq == seq
        assert text[segment.char_start : segment.char_end] == segment.text
        assert segment.text and segment.text == segment.text.strip()
        assert set(text[position : segment.char_start]) <= {"\n"}
        position = segment.char_end
    assert set(text[position:]) <= {"\n"}
    assert cleaned.body_text == "\n\n".join(s.text for s in cleaned.segments if s.kind == "body")


def test_one_paragraph_per_line_is_split_into_lines() -> None:
    text = "\n".join(ENGLISH_PARAGRAPHS)
    assert [text[a:b] for a, b in segment_spans(text)] == list(ENGLISH_PARAGRAPHS)


def test_hard_wrapped_paragraphs_are_kept_whole() -> None:
    wrapped = (
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir\n"
        "Putin in Sochi on Wednesday, officials in Ankara said. Fighting has\n"
        "intensified in the north-west of Syria.\n"
        "The two leaders discussed the ceasefire in Idlib, where Russian jets\n"
        "have struck rebel positions."
    )
    spans = [wrapped[a:b] for a, b in segment_spans(wrapped)]
    assert len(spans) == 2
    assert spans[0].endswith("north-west of Syria.") and spans[1].startswith("The two leaders")


def test_short_lines_in_one_block_are_separate_segments() -> None:
    text = "DW Editors\nFriday, Sept. 29, 2017\n8Previous articleA story\n8Next articleAnother story"
    assert len(segment_spans(text)) == 4


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Back to top ↑", "rule:navigation"),
        ("Share this article", "rule:navigation"),
        ("Sign up for our daily newsletter", "rule:navigation"),
        ("© 2021 Reuters", "rule:copyright"),
        ("Copyright 2019 The Associated Press. All rights reserved.", "rule:copyright"),
        ("Comments are closed.", "rule:comment-prompt"),
        ("Leave a comment", "rule:comment-prompt"),
        ("Let us know what you think in the comments below.", "rule:comment-prompt"),
        ("« Previous post: Ministers meet in Ankara", "rule:prev-next-link"),
        ("Next storyIran holds talks with Iraq", "rule:prev-next-link"),
        ("Syria, Russia, Turkey, Diplomacy", "rule:tag-list"),
        ("Tags: Syria, Idlib", "rule:tag-list"),
        ("Middle East, Politics,", "rule:tag-list"),
        ("By John Smith", "rule:byline"),
        ("Reuters Staff Monday, March 2, 2020", "rule:byline"),
        ("Published: 12 March 2020 14:05 GMT", "rule:byline"),
        ("(Reporting by Jane Doe; Editing by John Roe)", "rule:byline"),
        ("(Photo: John Doe/AFP)", "rule:photo-credit"),
        ("[File photo]", "rule:photo-credit"),
        ("Photo: Reuters", "rule:photo-credit"),
        ("John Doe/AFP via Getty Images", "rule:photo-credit"),
        ("President Rouhani (R) meets his Iraqi counterpart in Tehran.", "rule:photo-description"),
        ("Erdogan, pictured in 2019, at a rally in Istanbul", "rule:photo-description"),
    ],
)
def test_chrome_lines_get_their_rule(line: str, reason: str) -> None:
    label = context_free_label(line)
    assert label is not None and label[1] == reason


@pytest.mark.parametrize(
    "line",
    [
        "Home Secretary Priti Patel resigned on Monday.",
        "Copyright infringement cases rose sharply last year, the court said.",
        "The ministry declined to comment on the report.",
        "Next week the foreign ministers will meet again in Geneva.",
        "Russia, Turkey and Iran met in Tehran.",
        "Afghanistan, Libya will also be on agenda",
        "By Thursday, the troops had withdrawn from the town.",
        "On Sept. 29, 2017, Russia and Turkey agreed to work more closely to end the war in Syria.",
        "The photo was widely shared on social media.",
        "AFP reported that 12 people were killed in the attack.",
        "Putin said the talks via video link had been useful.",
        "Subscribers to the service were notified on Monday.",
        "More from the talks was expected.",
        "“I will not comment on your question,” Peskov told reporters.",
    ],
)
def test_ordinary_sentences_are_not_chrome(line: str) -> None:
    assert context_free_label(line) is None


def test_terminal_punctuation_looks_through_closing_quotes() -> None:
    assert has_terminal_punctuation('"We cannot bring peace that way."')
    assert has_terminal_punctuation("the Independent reported:")
    assert not has_terminal_punctuation("'Russia should abide by the deal'")


def test_title_repeats_teasers_and_headings() -> None:
    title = "Leaders meet for talks on Idlib"
    text = "\n\n".join(
        [
            "Skip to content",
            title,
            title.upper(),
            "Erdogan and Putin at an earlier summit in Ankara",
            ENGLISH_PARAGRAPHS[0],
            "Ceasefire under strain",
            ENGLISH_PARAGRAPHS[1],
            title,
        ]
    )
    cleaned = clean_text(text, EnglishStub())
    assert cleaned.title == title
    assert kinds(cleaned) == [
        ("boilerplate", "rule:navigation"),
        ("title", None),
        ("title_repeat", "rule:title-repeat"),
        ("caption", "rule:lead-teaser"),
        ("body", None),
        ("body", "rule:heading"),
        ("body", None),
        ("title_repeat", "rule:title-repeat"),
    ]


def test_title_line_with_a_site_prefix_yields_the_clean_title() -> None:
    title = "Turkey says Erdogan will meet Putin on Monday"
    cleaned = clean_text(f"Example News - {title}\n\n{title}\n\n{ENGLISH_PARAGRAPHS[0]}", EnglishStub())
    assert cleaned.title == title
    assert kinds(cleaned) == [
        ("title", "rule:title-with-prefix"),
        ("title_repeat", "rule:title-repeat"),
        ("body", None),
    ]


def test_declared_title_wins_and_marks_its_line() -> None:
    declared = "Erdogan, Putin  meet in Sochi"
    text = f"World | Middle East\n\nErdogan, Putin meet in Sochi\n\n{ENGLISH_PARAGRAPHS[0]}"
    cleaned = clean_text(text, EnglishStub(), declared_title=declared)
    assert cleaned.title == "Erdogan, Putin meet in Sochi"
    assert kinds(cleaned) == [("boilerplate", "rule:before-title"), ("title", None), ("body", None)]


def test_declared_title_is_not_matched_after_the_article_has_started() -> None:
    declared = "Leaders meet for talks on Idlib"
    text = "\n\n".join(["Talks on Idlib", ENGLISH_PARAGRAPHS[0], ENGLISH_PARAGRAPHS[1], declared])
    cleaned = clean_text(text, EnglishStub(), declared_title=declared)
    assert cleaned.title == declared
    assert kinds(cleaned) == [
        ("title", "rule:first-title-shaped-line"),
        ("body", None),
        ("body", None),
        ("title_repeat", "rule:title-repeat"),
    ]


def test_abbreviations_do_not_stop_a_line_being_a_title() -> None:
    cleaned = clean_text(f"U.S. envoy meets Erdogan in Ankara\n\n{ENGLISH_PARAGRAPHS[0]}", EnglishStub())
    assert cleaned.title == "U.S. envoy meets Erdogan in Ankara"


def test_an_article_starting_with_a_paragraph_has_no_title() -> None:
    cleaned = clean_text("\n\n".join(ENGLISH_PARAGRAPHS), EnglishStub())
    assert cleaned.title is None
    assert {segment.kind for segment in cleaned.segments} == {"body"}


def test_non_english_trailer_is_split_off(detector: LangdetectDetector) -> None:
    text = "\n\n".join([*ENGLISH_PARAGRAPHS, f"{FRENCH} {FRENCH}"])
    cleaned = clean_text(text, detector)
    assert cleaned.trailer_text == f"{FRENCH} {FRENCH}"
    assert cleaned.trailer_language == "fr"
    assert cleaned.body_text == "\n\n".join(ENGLISH_PARAGRAPHS)
    assert cleaned.language == "en"
    assert cleaned.segments[-1].kind == "trailer"


def test_trailer_spans_several_paragraphs_and_skips_closing_chrome(detector: LangdetectDetector) -> None:
    text = "\n\n".join([*ENGLISH_PARAGRAPHS, GERMAN, POLISH, GERMAN, "© 2021 Example Media"])
    cleaned = clean_text(text, detector)
    assert cleaned.trailer_text == f"{GERMAN}\n\n{POLISH}\n\n{GERMAN}"
    assert cleaned.trailer_language == "de"
    assert kinds(cleaned)[-1] == ("boilerplate", "rule:copyright")


def test_non_english_paragraph_inside_the_body_stays_body(detector: LangdetectDetector) -> None:
    text = "\n\n".join([ENGLISH_PARAGRAPHS[0], POLISH, ENGLISH_PARAGRAPHS[1]])
    cleaned = clean_text(text, detector)
    assert cleaned.trailer_text is None
    assert [(segment.kind, segment.language) for segment in cleaned.segments] == [
        ("body", "en"),
        ("body", "pl"),
        ("body", "en"),
    ]


@pytest.mark.parametrize("ending", ["Water parks", "Kurdish Referendum", "Al Baghdadi Resurfaces", "Erdoğan said."])
def test_short_english_ending_is_not_split_off(detector: LangdetectDetector, ending: str) -> None:
    cleaned = clean_text("\n\n".join([*ENGLISH_PARAGRAPHS, ending]), detector)
    assert cleaned.trailer_text is None
    assert cleaned.segments[-1].language == "en"


def test_short_non_latin_ending_is_split_off_by_script(detector: LangdetectDetector) -> None:
    cleaned = clean_text("\n\n".join([*ENGLISH_PARAGRAPHS, "Читайте также"]), detector)
    assert cleaned.trailer_text == "Читайте также"


def test_english_quote_inside_a_foreign_article_does_not_make_a_trailer(detector: LangdetectDetector) -> None:
    cleaned = clean_text("\n\n".join([FRENCH, GERMAN, ENGLISH_PARAGRAPHS[0], FRENCH]), detector)
    assert cleaned.trailer_text is None
    assert cleaned.language != "en"


def test_wholly_non_english_document_has_no_trailer(detector: LangdetectDetector) -> None:
    cleaned = clean_text("\n\n".join([FRENCH, FRENCH, FRENCH]), detector)
    assert cleaned.language == "fr"
    assert cleaned.trailer_text is None
    assert cleaned.body_text


def test_same_input_gives_identical_output(detector: LangdetectDetector) -> None:
    text = (SEEDS / "004_d5870cb8e2028653.txt").read_text(encoding="utf-8")
    assert clean_text(text, detector) == clean_text(text, LangdetectDetector(seed=0))


def test_middle_east_eye_seed_keeps_english_body_and_drops_french_trailer(detector: LangdetectDetector) -> None:
    cleaned = clean_text((SEEDS / "004_d5870cb8e2028653.txt").read_text(encoding="utf-8"), detector)
    assert cleaned.trailer_language == "fr"
    assert cleaned.trailer_text is not None and cleaned.trailer_text.startswith("Middle East Eye propose")
    assert cleaned.body_text.startswith("Turkey and Russia agreed to preserve the status-quo")
    assert cleaned.body_text.endswith("to develop advanced fighter jets.")
    assert cleaned.body_text.count("\n\n") == 16


def golden_view(name: str, cleaned: CleanedText) -> dict[str, Any]:
    return {
        "seed": name,
        "title": cleaned.title,
        "language": cleaned.language,
        "trailer_language": cleaned.trailer_language,
        "segments": [
            {
                "seq": segment.seq,
                "kind": segment.kind,
                "language": segment.language,
                "reason": segment.reason,
                "char_start": segment.char_start,
                "char_end": segment.char_end,
                "text": segment.text[:60],
            }
            for segment in cleaned.segments
        ],
    }


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda path: path.stem)
def test_seed_segments_match_reviewed_golden_file(path: Path, detector: LangdetectDetector) -> None:
    view = golden_view(path.stem, clean_text(path.read_text(encoding="utf-8"), detector))
    golden_path = GOLDEN / f"{path.stem}.json"
    if os.environ.get("EVENTLAKE_UPDATE_GOLDEN") == "1":
        golden_path.parent.mkdir(parents=True, exist_ok=True)
        golden_path.write_text(json.dumps(view, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert view == json.loads(golden_path.read_text(encoding="utf-8"))
