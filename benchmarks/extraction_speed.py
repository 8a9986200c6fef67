"""Extraction speed: sentences per second on one core, for whole documents and for each stage.

The seed articles are read once and repeated `--copies` times, in one process pinned to one CPU where the OS
allows it. Printed:

- cleaning + language: `build_document` over every copy (normalization, segments, labels, language, date);
- whole extraction: `extract_documents` over the built documents, and where its time goes: each stage function
  it calls (sentence splitting, actors, triggers, dates, places, roles, ...) is wrapped in a timer for one
  pass, so the shares add up to the whole; 'other' is what no timer covers (office holders, confidence, rows);
- standalone: each part run alone over every English body sentence (sentences per second for that part);
- a cProfile run of one whole extraction pass: the functions with the largest cumulative time.

Reference tables are loaded before timing (their load time is printed on its own). Language detection is
seeded (`--seed`), so every run processes the same segments.

    .venv/bin/python benchmarks/extraction_speed.py
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import datetime as dt
import io
import os
import platform
import pstats
import shlex
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import eventlake.extraction as extraction
from eventlake import PIPELINE_VERSION
from eventlake.actors import find_actors
from eventlake.documents import build_document
from eventlake.extraction import ExtractionResources, default_resources, extract_documents, sentence_places
from eventlake.ingest import IngestLimits, read_sources
from eventlake.language import make_detector
from eventlake.records import Document, RunContext
from eventlake.sentences import split_sentences
from eventlake.settings import Settings
from eventlake.typing_rules import TriggerFinder, default_finder, find_triggers
from eventlake.when import find_dates

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds" / "articles"
RUN = RunContext("speed-benchmark", dt.datetime(2026, 1, 1, tzinfo=dt.UTC), PIPELINE_VERSION)
STAGES = (
    ("sentence splitting", "split_sentences"),
    ("actors", "find_actors"),
    ("dates (find)", "find_dates"),
    ("dates (choose)", "choose_event_date"),
    ("places (find)", "sentence_places"),
    ("places (choose)", "event_location"),
    ("roles", "assign_roles"),
)
"""Stage label and the name `eventlake.extraction` calls it by; none of these calls another of them. The
trigger finder is reached through the resources, and timed as the stage `triggers`."""
TRIGGER_STAGE = "triggers"


@dataclass(frozen=True, slots=True)
class BodySentence:
    text: str
    published_at: dt.date | None


def pin_to_one_cpu() -> str:
    """Keep the process on one CPU so that the figure is a one-core figure; say what was done."""
    if not hasattr(os, "sched_setaffinity") or not hasattr(os, "sched_getaffinity"):
        return "not pinned (no CPU affinity on this OS); the timed code is single-threaded"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def body_sentences(documents: Sequence[Document]) -> list[BodySentence]:
    """The sentences extraction reads: English body segments only."""
    return [
        BodySentence(sentence.text, document.published_at)
        for document in documents
        for segment in document.cleaned.segments
        if segment.kind == "body" and segment.language == "en"
        for sentence in split_sentences(segment.text)
    ]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


@contextlib.contextmanager
def stage_timers(seconds: defaultdict[str, float], calls: Counter[str], finder: TriggerFinder) -> Iterator[None]:
    """Wrap the stage functions `eventlake.extraction` calls, and the finder's `find`, adding their time to
    `seconds` while inside."""
    originals = {name: getattr(extraction, name) for _, name in STAGES}

    def wrap(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                seconds[label] += time.perf_counter() - started
                calls[label] += 1

        return timed_call

    try:
        for label, name in STAGES:
            setattr(extraction, name, wrap(label, originals[name]))
        finder.find = wrap(TRIGGER_STAGE, TriggerFinder.find.__get__(finder))  # type: ignore[method-assign]
        yield
    finally:
        for name, function in originals.items():
            setattr(extraction, name, function)
        del finder.find


def standalone_rates(sentences: Sequence[BodySentence], resources: ExtractionResources) -> dict[str, float]:
    """Sentences per second of each part run alone over every sentence."""

    def actors() -> None:
        for sentence in sentences:
            for mention in find_actors(resources.actors, sentence.text, sentence.published_at):
                resources.offices.resolve(mention, sentence.published_at)

    parts: dict[str, Callable[[], object]] = {
        "sentence splitting": lambda: [split_sentences(sentence.text) for sentence in sentences],
        "actors": actors,
        "triggers": lambda: [find_triggers(sentence.text) for sentence in sentences],
        "dates (find)": lambda: [find_dates(sentence.text, sentence.published_at, "unknown") for sentence in sentences],
        "places (find)": lambda: [sentence_places(resources, s.text) for s in sentences],
    }
    return {label: len(sentences) / timed(action) for label, action in parts.items()}


def print_profile(
    documents: Sequence[Document], min_confidence: float, resources: ExtractionResources, top: int
) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    extract_documents(documents, RUN, min_confidence=min_confidence, resources=resources)
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(top)
    lines = buffer.getvalue().splitlines()
    header = next(index for index, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    print(f"\ncProfile of one whole extraction pass, top {top} functions by cumulative time:")
    root = str(Path(__file__).resolve().parents[1]) + os.sep
    for line in lines[header:]:
        if line.strip():
            print(line.replace(root, "").replace(sys.prefix + os.sep, ""))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=SEEDS_DIR, help="folder of seed articles")
    parser.add_argument("--copies", type=int, default=20, help="times each seed article is repeated")
    parser.add_argument("--seed", type=int, default=0, help="langdetect seed")
    parser.add_argument("--profile-top", type=int, default=20, help="functions listed from cProfile")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    args = parser.parse_args(argv)

    print("command:", shlex.join([sys.executable, *sys.argv]))
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs ({usable} usable), Python {platform.python_version()}")
    print("process:", "not pinned" if args.no_pin else pin_to_one_cpu())

    min_confidence = Settings().min_event_confidence
    load_started = time.perf_counter()
    resources = default_resources()
    default_finder()
    detector = make_detector("langdetect", args.seed)
    detector.detect("Warm-up sentence for the language detector.")
    print(f"reference tables and models loaded in {time.perf_counter() - load_started:.2f} s (not timed below)")

    articles = read_sources([args.seeds], IngestLimits(2_000_000, 80)).articles
    repeated = [article for _ in range(args.copies) for article in articles]
    documents: list[Document] = []
    build_seconds = timed(lambda: documents.extend(build_document(article, detector) for article in repeated))
    sentences = body_sentences(documents)
    count = len(sentences)

    events: list[int] = []
    whole_seconds = timed(
        lambda: events.append(
            len(extract_documents(documents, RUN, min_confidence=min_confidence, resources=resources).events)
        )
    )
    seconds: defaultdict[str, float] = defaultdict(float)
    calls: Counter[str] = Counter()
    with stage_timers(seconds, calls, resources.triggers):
        timed_whole = timed(
            lambda: extract_documents(documents, RUN, min_confidence=min_confidence, resources=resources)
        )
    rates = standalone_rates(sentences, resources)

    print(
        f"\n{len(articles)} seed articles x {args.copies} copies = {len(documents)} documents, {count} English body "
        f"sentences, {events[0]} events (min_event_confidence {min_confidence})"
    )
    print(f"\n{'stage':24} {'seconds':>8} {'ms/sentence':>11} {'sentences/s':>11}")
    for label, stage_seconds in (("cleaning + language", build_seconds), ("whole extraction", whole_seconds)):
        print(f"{label:24} {stage_seconds:8.3f} {1000 * stage_seconds / count:11.3f} {count / stage_seconds:11,.0f}")
    print(
        f"\nwhere the extraction time goes (one timed pass, {timed_whole:.3f} s):\n"
        f"{'stage':24} {'calls':>6} {'seconds':>8} {'share':>6} {'alone: sentences/s':>19}"
    )
    other = timed_whole - sum(seconds.values())
    for label in [TRIGGER_STAGE, *(label for label, _ in STAGES)]:
        alone = f"{rates[label]:19,.0f}" if label in rates else ""
        print(f"{label:24} {calls[label]:6} {seconds[label]:8.3f} {seconds[label] / timed_whole:6.1%} {alone}")
    print(f"{'other':24} {'':6} {other:8.3f} {other / timed_whole:6.1%}")
    print(
        f"\nwhole extraction: {count / whole_seconds:,.0f} sentences/second on one core; "
        f"with cleaning + language: {count / (whole_seconds + build_seconds):,.0f} sentences/second"
    )
    print_profile(documents, min_confidence, resources, args.profile_top)


if __name__ == "__main__":
    main()
