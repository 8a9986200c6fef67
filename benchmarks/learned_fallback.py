"""Would a trained sentence classifier recover the events the rules miss? Measured on labelled text only.

A bag-of-words logistic regression (word unigrams and bigrams with a crude suffix stem, TF-IDF) is trained on
every labelled sentence the project may tune on: the example files (`tests/data/event_examples/*.tsv`, label =
the type of the first expected event or NONE), the dev half of the PLOVER GSR and the dev half of the news
sentences. It is scored as a fallback, the only way it could be used: in 5-fold cross-validation, on the
sentences of each held fold where the rules emit no event, it predicts a type when its top class is not NONE
and its probability reaches a threshold. The held-out halves of both benchmarks are never read.

Needs scikit-learn, which the pipeline does not depend on:

    .venv/bin/python -m pip install -c constraints.txt -e ".[learned]"
    .venv/bin/python benchmarks/learned_fallback.py
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import itertools
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from news_sentences import DEFAULT_SENTENCES, load_halves
from plover_gsr import BENCHMARK_RUN, DEFAULT_GSR_DIR, GSR_DATE, load_records, split_records

from eventlake.documents import english_text_document
from eventlake.extraction import ExtractionResources, default_resources, extract_document

EXAMPLES_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "event_examples"
NO_EVENT = "NONE"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
STEM_SUFFIXES = ("ing", "ed", "es", "s")


def labelled_examples(examples_dir: Path) -> list[tuple[str, str]]:
    """(sentence, label) of every example row: the type of its first expected event, or NONE for '-'."""
    rows: list[tuple[str, str]] = []
    for path in sorted(examples_dir.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if row and not row[0].startswith("#"):
                    rows.append((row[2], NO_EVENT if row[1] == "-" else row[1].split(":")[0]))
    return rows


def stem(word: str) -> str:
    """'attacked', 'attacks', 'attacking' -> 'attack': enough to pool the inflections of one verb."""
    for suffix in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def features(text: str) -> list[str]:
    words = [stem(word) for word in re.findall(r"[a-z]+", text.lower())]
    return words + [f"{first}_{second}" for first, second in itertools.pairwise(words)]


def rules_emit(text: str, resources: ExtractionResources) -> bool:
    document = english_text_document("fallback", text, GSR_DATE)
    return bool(extract_document(document, BENCHMARK_RUN, resources, min_confidence=0.5).events)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regularisation", type=float, nargs="+", default=[3.0, 10.0, 30.0], help="values of C")
    args = parser.parse_args(argv)
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import KFold
    except ImportError:
        sys.exit('scikit-learn is not installed: .venv/bin/python -m pip install -c constraints.txt -e ".[learned]"')

    pool = labelled_examples(EXAMPLES_DIR)
    for halves in (split_records(load_records(DEFAULT_GSR_DIR)), load_halves(DEFAULT_SENTENCES)):
        pool.extend((record.text, record.event_type or NO_EVENT) for record in halves["dev"])
    texts = [text for text, _ in pool]
    labels = [label for _, label in pool]
    resources = default_resources()
    started = dt.datetime.now(dt.UTC)
    missed_by_rules = [not rules_emit(text, resources) for text in texts]
    print(
        f"{len(pool)} labelled sentences ({sum(label != NO_EVENT for label in labels)} with an event); "
        f"the rules emit nothing for {sum(missed_by_rules)} of them "
        f"({(dt.datetime.now(dt.UTC) - started).total_seconds():.0f} s)"
    )
    for regularisation in args.regularisation:
        scored: list[tuple[str, float, str]] = []
        for train, held in KFold(5, shuffle=True, random_state=0).split(texts):
            vectorizer = TfidfVectorizer(analyzer=features, sublinear_tf=True)
            model = LogisticRegression(C=regularisation, max_iter=2000)
            model.fit(vectorizer.fit_transform([texts[i] for i in train]), [labels[i] for i in train])
            residual = [i for i in held if missed_by_rules[i]]
            probabilities = model.predict_proba(vectorizer.transform([texts[i] for i in residual]))
            for i, row in zip(residual, probabilities, strict=True):
                best = int(row.argmax())
                scored.append((str(model.classes_[best]), float(row[best]), labels[i]))
        gold_events = sum(gold != NO_EVENT for _, _, gold in scored)
        print(f"\nC={regularisation}: {len(scored)} sentences the rules miss, {gold_events} of them with an event")
        print("threshold  fired  right  on no-event sentences  wrong type")
        for threshold in THRESHOLDS:
            fired = [
                (label, gold) for label, probability, gold in scored if label != NO_EVENT and probability >= threshold
            ]
            right = sum(label == gold for label, gold in fired)
            on_none = sum(gold == NO_EVENT for _, gold in fired)
            print(f"{threshold:9.1f}  {len(fired):5d}  {right:5d}  {on_none:21d}  {len(fired) - right - on_none:10d}")


if __name__ == "__main__":
    main()
