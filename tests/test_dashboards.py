from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from eventlake.dashboards import DASHBOARD_VIEWS, DashboardView, create_dashboard_views
from eventlake.linking import link_events
from schemas.documents import DOCUMENTS
from schemas.event_clusters import EVENT_CLUSTERS
from schemas.events import EVENTS
from schemas.links import LINKS
from schemas.rejects import REJECTS
from schemas.runs import RUNS
from schemas.segments import SEGMENTS
from schemas.uncoded import UNCODED
from tests.test_linking import SEED_DOCUMENTS, seed_meeting_rows

SENTENCES = {
    "sochi-2021-planned": "President Erdoğan and Putin will hold face-to-face talks in Sochi on Sept. 29.",
    "sochi-2021-held": "Erdogan met Putin in the Russian resort city of Sochi.",
}


def with_text(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Events whose sentences sit at their offsets in their document's text, and those documents."""
    texts: dict[str, str] = dict.fromkeys(SEED_DOCUMENTS, "Başlık\n\n")
    placed = []
    for row in rows:
        sentence = SENTENCES.get(row["event_id"], f"Sentence about {row['event_id']}.")
        start = len(texts[row["doc_id"]])
        texts[row["doc_id"]] += sentence + "\n\n"
        placed.append({**row, "sentence_text": sentence, "char_start": start, "char_end": start + len(sentence)})
    documents = [
        {
            "doc_id": doc_id,
            "source_uri": f"seeds/{doc_id}.txt",
            "outlet": outlet,
            "url": f"https://example.org/{doc_id}",
            "title": f"Title of {doc_id}",
            "published_at": published,
            "published_basis": "metadata",
            "published_detail": "meta.json",
            "is_english": True,
            "normalized_text": texts[doc_id],
            "normalized_length": len(texts[doc_id]),
            "body_text": texts[doc_id],
            "ingested_at": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
            "run_id": "run",
            "pipeline_version": "test",
            "published_month": published.strftime("%Y-%m"),
        }
        for doc_id, (outlet, published) in sorted(SEED_DOCUMENTS.items())
    ]
    return placed, documents


@pytest.fixture(scope="module")
def lake(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    event_rows, document_rows = with_text(seed_meeting_rows())
    documents = DOCUMENTS.from_rows(document_rows)
    linked = link_events(EVENTS.from_rows(event_rows), documents)
    events = EVENTS.from_rows({**row, "cluster_id": linked.cluster_of[row["event_id"]]} for row in event_rows)
    run = {
        "run_id": "run",
        "started_at": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        "finished_at": dt.datetime(2024, 1, 1, 0, 1, tzinfo=dt.UTC),
        "duration_s": 60.0,
        "status": "completed",
        "pipeline_version": "test",
        "sources": ["seeds"],
        "counts": [("events", len(event_rows))],
        "run_month": "2024-01",
    }
    tables: dict[str, pa.Table] = {
        "documents": documents,
        "segments": SEGMENTS.from_rows([]),
        "events": events,
        "event_clusters": linked.clusters,
        "links": linked.links,
        "rejects": REJECTS.from_rows([]),
        "runs": RUNS.from_rows([run]),
        "uncoded": UNCODED.from_rows([]),
    }
    connection = duckdb.connect(str(Path(tmp_path_factory.mktemp("lake")) / "lake.duckdb"))
    for name, table in tables.items():
        connection.from_arrow(table).create(name)
    create_dashboard_views(connection)
    return connection


def query(connection: duckdb.DuckDBPyConnection, view: DashboardView) -> list[dict[str, Any]]:
    result = connection.execute(view.example_query)
    names = [column[0] for column in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


VIEWS = {view.name: view for view in DASHBOARD_VIEWS}


def test_views_are_named_once_described_and_exemplified() -> None:
    assert len(VIEWS) == len(DASHBOARD_VIEWS)
    assert {"events_daily", "events_weekly", "dyads", "meetings_timeline", "map_points", "event_provenance"} <= set(
        VIEWS
    )
    for view in DASHBOARD_VIEWS:
        assert view.description and view.name in view.example_query


@pytest.mark.parametrize("view", DASHBOARD_VIEWS, ids=[view.name for view in DASHBOARD_VIEWS])
def test_every_example_query_runs_and_returns_rows(lake: duckdb.DuckDBPyConnection, view: DashboardView) -> None:
    assert query(lake, view)
    comment = lake.execute("SELECT comment FROM duckdb_views() WHERE view_name = ?", [view.name]).fetchone()
    assert comment == (view.description,)


def test_events_daily_counts_events_not_mentions(lake: duckdb.DuckDBPyConnection) -> None:
    assert query(lake, VIEWS["events_daily"]) == [
        {"day": dt.date(2017, 9, 28), "event_type": "CONSULT", "events": 1},
        {"day": dt.date(2021, 9, 29), "event_type": "CONSULT", "events": 1},
    ]
    (row,) = lake.execute(
        "SELECT events, mentions, documents FROM events_daily WHERE day = DATE '2021-09-29'"
    ).fetchall()
    assert row == (1, 2, 2)


def test_events_weekly_keeps_week_dated_events(lake: duckdb.DuckDBPyConnection) -> None:
    rows = query(lake, VIEWS["events_weekly"])
    tehran_week = [row for row in rows if row["week"] == dt.date(2018, 9, 3)]
    assert [(row["target_country"], row["events"]) for row in tehran_week] == [("IRN", 1), ("RUS", 1)]
    assert {row["week"] for row in rows} == {
        dt.date(2017, 9, 25),
        dt.date(2018, 9, 3),
        dt.date(2018, 9, 17),
        dt.date(2018, 10, 22),
        dt.date(2021, 9, 27),
    }


def test_dyads_count_events_by_type_with_first_and_last_dates(lake: duckdb.DuckDBPyConnection) -> None:
    rows = {(row["source_country"], row["target_country"]): row for row in query(lake, VIEWS["dyads"])}
    assert {pair: (row["events"], row["meetings"]) for pair, row in rows.items()} == {
        ("TUR", "RUS"): (4, 4),
        ("RUS", "TUR"): (1, 1),
        ("TUR", "IRN"): (1, 1),
    }
    (row,) = lake.execute(
        "SELECT occurred, planned, mentions, documents, first_event_date, last_event_date, first_seen, last_seen "
        "FROM dyads WHERE source_country = 'TUR' AND target_country = 'RUS'"
    ).fetchall()
    assert row == (2, 2, 7, 4, dt.date(2018, 9, 3), dt.date(2021, 9, 29), dt.date(2018, 9, 14), dt.date(2021, 9, 29))


def test_dyads_monthly_places_events_in_their_month(lake: duckdb.DuckDBPyConnection) -> None:
    rows = query(lake, VIEWS["dyads_monthly"])
    assert {"month": dt.date(2021, 9, 1), "source_country": "TUR", "target_country": "RUS", "events": 1} in rows
    assert sum(row["events"] for row in rows) == 6


def test_meetings_timeline_shows_one_reconciled_meeting_with_its_sources(lake: duckdb.DuckDBPyConnection) -> None:
    rows = query(lake, VIEWS["meetings_timeline"])
    assert [row["event_date"] for row in rows] == sorted(row["event_date"] for row in rows)
    (sochi,) = [row for row in rows if row["event_date"] == dt.date(2021, 9, 29)]
    assert sochi["actors"] == ["Recep Tayyip Erdogan", "Vladimir Putin"]
    assert (sochi["location_name"], sochi["status"]) == ("Sochi", "occurred")
    assert (sochi["first_seen_planned"], sochi["first_seen_occurred"]) == (dt.date(2021, 9, 28), dt.date(2021, 9, 29))
    assert sochi["outlets"] == ["Hurriyet Daily News", "Middle East Eye"]
    (urls,) = lake.execute("SELECT urls FROM meetings_timeline WHERE event_date = DATE '2021-09-29'").fetchone() or ()
    assert urls == ["https://example.org/doc001", "https://example.org/doc004"]


def test_map_points_count_events_per_place(lake: duckdb.DuckDBPyConnection) -> None:
    assert [(row["location_name"], row["events"]) for row in query(lake, VIEWS["map_points"])] == [
        ("Sochi", 2),
        ("Tehran", 2),
        ("Ankara", 1),
        ("Istanbul", 1),
    ]


def test_event_provenance_offsets_reproduce_the_sentences(lake: duckdb.DuckDBPyConnection) -> None:
    rows = query(lake, VIEWS["event_provenance"])
    assert len(rows) == len(seed_meeting_rows())
    assert all(row["offsets_verified"] for row in rows)
    (planned,) = [row for row in rows if row["event_id"] == "sochi-2021-planned"]
    assert planned["sentence_text"] == SENTENCES["sochi-2021-planned"]
    assert (planned["outlet"], planned["url"]) == ("Hurriyet Daily News", "https://example.org/doc001")
    (cluster_documents,) = lake.execute(
        "SELECT DISTINCT cluster_documents FROM event_provenance WHERE event_id LIKE 'sochi-2021-%'"
    ).fetchall()
    assert cluster_documents == (2,)


def test_views_work_over_an_empty_lake(tmp_path: Path) -> None:
    connection = duckdb.connect(str(tmp_path / "empty.duckdb"))
    for contract in (DOCUMENTS, SEGMENTS, EVENTS, EVENT_CLUSTERS, LINKS, REJECTS, RUNS, UNCODED):
        connection.from_arrow(contract.from_rows([])).create(contract.name)
    create_dashboard_views(connection)
    for view in DASHBOARD_VIEWS:
        assert query(connection, view) == []
