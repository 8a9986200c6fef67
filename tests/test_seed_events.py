"""The events an analyst reads in the five seed articles, and the golden file of every event extracted."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from schemas import EVENTS, UNCODED
from tests.seed_pipeline import SeedOutput, seed_output

GOLDEN = Path(__file__).parent / "golden" / "events" / "seeds.json"
GOLDEN_FIELDS = (
    "event_type",
    "event_mode",
    "status",
    "source_actor",
    "target_actor",
    "location_name",
    "event_date",
    "date_precision",
    "date_basis",
    "trigger_text",
    "sentence_text",
)


@pytest.fixture(scope="module")
def output() -> SeedOutput:
    return seed_output()


def meetings(output: SeedOutput) -> list[dict[str, Any]]:
    rows = [row for row in output.events.to_pylist() if row["event_type"] == "CONSULT"]
    return [{**row, "seed": output.seed_name(row["doc_id"])} for row in rows]


def find(rows: list[dict[str, Any]], **wanted: Any) -> list[dict[str, Any]]:
    return [row for row in rows if all(row[key] == value for key, value in wanted.items())]


ERDOGAN, PUTIN = "Recep Tayyip Erdogan", "Vladimir Putin"


@pytest.mark.parametrize(
    ("seed", "place", "day", "status", "precision"),
    [
        ("002", "Ankara", dt.date(2017, 9, 28), "occurred", "day"),
        ("003", "Sochi", dt.date(2018, 9, 17), "planned", "day"),
        ("003", "Tehran", dt.date(2018, 9, 3), "occurred", "week"),
        ("000", "Istanbul", dt.date(2018, 10, 27), "planned", "day"),
        ("001", "Sochi", dt.date(2021, 9, 29), "planned", "day"),
        ("004", "Sochi", dt.date(2021, 9, 29), "occurred", "day"),
    ],
)
def test_each_reported_erdogan_putin_meeting_is_extracted(
    output: SeedOutput, seed: str, place: str, day: dt.date, status: str, precision: str
) -> None:
    found = find(meetings(output), seed=seed, location_name=place, event_date=day, status=status)
    assert found, f"no {status} meeting in {place} on {day} from {seed}"
    assert all({row["source_actor"], row["target_actor"]} == {ERDOGAN, PUTIN} for row in found)
    assert all(row["date_precision"] == precision for row in found)


def test_tehran_summit_is_multilateral(output: SeedOutput) -> None:
    (summit,) = find(meetings(output), location_name="Tehran")
    assert summit["event_mode"] == "multilateral"


def test_no_meeting_the_articles_do_not_report(output: SeedOutput) -> None:
    places = {(row["seed"], row["location_name"]) for row in meetings(output) if row["location_name"]}
    assert places <= {
        ("002", "Ankara"),
        ("003", "Sochi"),
        ("003", "Tehran"),
        ("000", "Istanbul"),
        ("001", "Sochi"),
        ("004", "Sochi"),
    }
    assert not find(meetings(output), seed="000", location_name="Sochi"), "the stale caption of 000 leaked"
    for row in meetings(output):
        assert {row["source_actor"], row["target_actor"]} <= {ERDOGAN, PUTIN, "Turkey", "Russian Federation"}


def test_failed_agreement_is_not_an_agreement(output: SeedOutput) -> None:
    assert not [
        row
        for row in output.events.to_pylist()
        if "failed to agree" in row["sentence_text"] and row["event_type"] == "AGREE"
    ]
    assert any(row["reason"] == "failed" for row in output.uncoded)


def test_other_reported_events(output: SeedOutput) -> None:
    rows = output.events.to_pylist()
    sanctions = find(rows, event_type="SANCTION", source_country="USA", target_country="TUR")
    assert sanctions and sanctions[0]["event_date"] == dt.date(2020, 1, 1) and sanctions[0]["date_precision"] == "year"
    ceasefire = [r for r in find(rows, event_type="AGREE") if r["event_date"] == dt.date(2020, 3, 1)]
    assert ceasefire and all(r["date_precision"] == "month" for r in ceasefire)
    assert find(rows, event_type="COERCE"), "the HTS arrests"
    assert find(rows, event_type="ASSAULT"), "the air strikes"
    assert [r for r in rows if r["event_type"] == "COOPERATE" and "S-400" in r["sentence_text"]]


def test_nothing_comes_from_captions_boilerplate_or_other_languages(output: SeedOutput) -> None:
    by_doc = {d.doc_id: d for d in output.documents}
    for row in output.events.to_pylist():
        segment = next(s for s in by_doc[row["doc_id"]].cleaned.segments if s.seq == row["segment_seq"])
        assert segment.kind == "body" and segment.language == "en"
        text = by_doc[row["doc_id"]].cleaned.normalized_text
        assert text[row["char_start"] : row["char_end"]] == row["sentence_text"]
        assert text[row["trigger_start"] : row["trigger_end"]] == row["trigger_text"]


def test_tables_satisfy_their_contracts(output: SeedOutput) -> None:
    assert EVENTS.validate(output.events) == []
    assert UNCODED.validate(UNCODED.from_rows(output.uncoded)) == []


def test_the_2021_sochi_meeting_is_one_cluster_with_two_documents(output: SeedOutput) -> None:
    clusters = [
        row
        for row in output.linked.clusters.to_pylist()
        if row["event_type"] == "CONSULT" and row["event_date"] is not None
    ]
    sochi_2021 = [row for row in clusters if row["event_date"] == dt.date(2021, 9, 29)]
    assert len(sochi_2021) == 1
    assert sochi_2021[0]["num_documents"] == 2 and sochi_2021[0]["status"] == "occurred"
    others = {(row["location_name"], row["event_date"]) for row in clusters if row["event_mode"] != "multilateral"}
    assert {
        ("Ankara", dt.date(2017, 9, 28)),
        ("Sochi", dt.date(2018, 9, 17)),
        ("Istanbul", dt.date(2018, 10, 27)),
    } <= others


def golden_view(output: SeedOutput) -> list[dict[str, Any]]:
    rows = [
        {"seed": output.seed_name(row["doc_id"]), "char_start": row["char_start"], **{f: row[f] for f in GOLDEN_FIELDS}}
        for row in output.events.to_pylist()
    ]
    ordered = sorted(rows, key=lambda r: (r["seed"], r["char_start"], r["trigger_text"]))
    normalized: list[dict[str, Any]] = json.loads(json.dumps(ordered, default=str))
    return normalized


def test_golden_events(output: SeedOutput) -> None:
    """Every event from the seeds, reviewed by hand; EVENTLAKE_UPDATE_GOLDEN=1 rewrites the file for review."""
    actual = golden_view(output)
    if os.environ.get("EVENTLAKE_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(json.dumps(actual, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert actual == expected
