from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventlake.lake import Lake, LakeBusy, Manifest, QuarantinedBatch, ViewSpec
from eventlake.lake.manifest import make_current
from schemas import CONTRACTS, DOCUMENTS, EVENTS, REJECTS, RUNS, SEGMENTS

PROJECT_ROOT = Path(__file__).resolve().parents[1]
STARTED = dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)


def document_row(
    doc_id: str,
    *,
    month: str = "2024-05",
    title: str = "A title",
    source_uri: str | None = None,
    supersedes: str | None = None,
    ingested_at: dt.datetime = STARTED,
    version: str = "1",
) -> dict[str, Any]:
    text = f"Text of {doc_id}."
    return {
        "doc_id": doc_id,
        "source_uri": source_uri or f"articles/{doc_id}.txt",
        "title": title,
        "published_at": dt.date.fromisoformat(f"{month}-01") if month != "unknown" else None,
        "published_basis": "metadata" if month != "unknown" else "unknown",
        "published_detail": "meta.json",
        "language": "en",
        "is_english": True,
        "normalized_text": text,
        "normalized_length": len(text),
        "body_text": text,
        "supersedes_doc_id": supersedes,
        "ingested_at": ingested_at,
        "run_id": "run-a",
        "pipeline_version": version,
        "published_month": month,
    }


def segment_rows(doc_id: str, count: int, *, month: str = "2024-05", kind: str = "body") -> list[dict[str, Any]]:
    return [
        {
            "doc_id": doc_id,
            "seq": seq,
            "kind": kind,
            "language": "en",
            "language_score": 0.99,
            "text": f"segment {seq}",
            "char_start": 10 * seq,
            "char_end": 10 * seq + 9,
            "published_month": month,
        }
        for seq in range(count)
    ]


def run_row(run_id: str) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "started_at": STARTED,
        "finished_at": STARTED + dt.timedelta(seconds=3),
        "duration_s": 3.0,
        "status": "completed",
        "pipeline_version": "1",
        "sources": ["articles"],
        "counts": [("read", 2), ("new_documents", 2)],
        "run_month": "2024-05",
    }


def reject_row(reject_id: str) -> dict[str, Any]:
    return {
        "reject_id": reject_id,
        "source_uri": f"articles/{reject_id}.bin",
        "reason": "binary",
        "detail": "NUL bytes",
        "run_id": "run-a",
        "rejected_at": STARTED,
        "run_month": "2024-05",
    }


def event_row(event_id: str, doc_id: str, *, month: str = "2024-05", cluster_id: str | None = None) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "doc_id": doc_id,
        "cluster_id": cluster_id,
        "segment_seq": 0,
        "sentence_text": "Erdogan met Putin in Sochi.",
        "char_start": 0,
        "char_end": 27,
        "trigger_text": "met",
        "trigger_start": 8,
        "trigger_end": 11,
        "event_type": "CONSULT",
        "cameo_code": "040",
        "quad_class": "verbal_cooperation",
        "date_basis": "publication",
        "date_detail": "publication date",
        "status": "occurred",
        "confidence": 0.9,
        "rule": "test",
        "pipeline_version": "1",
        "run_id": "run-a",
        "event_month": month,
    }


def batch(
    doc_ids: Iterable[str], *, segments: int = 3, month: str = "2024-05", title: str = "A title"
) -> dict[str, pa.Table]:
    ids = list(doc_ids)
    return {
        "documents": DOCUMENTS.from_rows(document_row(d, month=month, title=title) for d in ids),
        "segments": SEGMENTS.from_rows(row for d in ids for row in segment_rows(d, segments, month=month)),
    }


def rows(lake: Lake, table: str) -> list[dict[str, Any]]:
    key = CONTRACTS[table].primary_key
    return sorted(lake.read(table).to_pylist(), key=lambda row: tuple(row[k] for k in key))


def table_rows(table: pa.Table, name: str) -> list[dict[str, Any]]:
    key = CONTRACTS[name].primary_key
    return sorted(table.to_pylist(), key=lambda row: tuple(row[k] for k in key))


def snapshot(lake: Lake) -> dict[str, list[dict[str, Any]]]:
    return {name: rows(lake, name) for name in sorted(CONTRACTS)}


def lake_files(lake: Lake) -> list[str]:
    return sorted(path.relative_to(lake.paths.lake).as_posix() for path in lake.paths.lake.rglob("*.parquet"))


def view_count(connection: duckdb.DuckDBPyConnection, view: str) -> int:
    counted = connection.execute(f"SELECT count(*) FROM {view}").fetchone()
    assert counted is not None
    return int(counted[0])


def test_round_trip_keeps_rows_types_and_descriptions(tmp_path: Path) -> None:
    lake = Lake(tmp_path / "warehouse")
    changes = {
        **batch(["d1", "d2"]),
        "runs": RUNS.from_rows([run_row("run-a")]),
        "rejects": REJECTS.from_rows([reject_row("r1")]),
        "events": EVENTS.from_rows([event_row("e1", "d1"), event_row("e2", "d2", month="unknown")]),
    }
    report = lake.publish("run-a", changes)

    assert report.changed and report.manifest_seq == 1
    for name, table in changes.items():
        read = lake.read(name)
        assert read.schema.equals(CONTRACTS[name].schema, check_metadata=True)
        assert table_rows(read, name) == table_rows(table, name)
    assert sorted(Path(p).parent.name for p in lake_files(lake) if p.startswith("events/")) == [
        "event_month=2024-05",
        "event_month=unknown",
    ]
    with lake.connect() as connection:
        assert view_count(connection, "segments") == 6
        described = dict(connection.execute("SELECT column_name, column_type FROM (DESCRIBE runs)").fetchall())
        assert described["counts"] == "MAP(VARCHAR, BIGINT)" and described["run_month"] == "VARCHAR"
        comments = dict(
            connection.execute(
                "SELECT column_name, comment FROM duckdb_columns() WHERE table_name = 'documents'"
            ).fetchall()
        )
        assert comments["doc_id"] == "sha256 hex of the raw input bytes"
        assert "unknown = no publication date" in comments["published_basis"]
        months = connection.execute("SELECT DISTINCT event_month FROM events ORDER BY 1").fetchall()
        assert months == [("2024-05",), ("unknown",)]
        with pytest.raises(duckdb.Error, match="read-only"):
            connection.execute("CREATE TABLE scratch (x INTEGER)")
    assert lake.doctor() == []


def test_empty_lake_reads_typed_tables_and_has_every_view(tmp_path: Path) -> None:
    lake = Lake(tmp_path / "never-published")
    assert lake.read("events").schema.equals(EVENTS.schema) and lake.read("events").num_rows == 0
    assert lake.known_documents() == {}
    with lake.connect() as connection:
        listed = connection.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        views = {name for (name,) in listed}
        assert set(CONTRACTS) <= views
        assert view_count(connection, "documents") == 0
        typed = dict(connection.execute("SELECT column_name, column_type FROM (DESCRIBE events)").fetchall())
        assert typed["event_date"] == "DATE" and typed["confidence"] == "FLOAT"


def test_publishing_the_same_rows_twice_changes_nothing(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    changes = {**batch(["d1", "d2", "d3"]), "runs": RUNS.from_rows([run_row("run-a")])}
    first = lake.publish("run-a", changes)
    files, snapshot_before = lake_files(lake), snapshot(lake)

    second = lake.publish("run-b", changes)

    assert not second.changed and second.manifest_seq == first.manifest_seq
    assert second.tables["segments"].rows_ignored == 9 and second.tables["segments"].rows_added == 0
    assert lake_files(lake) == files and snapshot(lake) == snapshot_before


def test_an_existing_row_wins_over_an_incoming_row_with_the_same_key(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1"], title="first"))
    report = lake.publish("run-b", batch(["d1", "d2"], title="second"))
    assert {row["doc_id"]: row["title"] for row in rows(lake, "documents")} == {"d1": "first", "d2": "second"}
    assert report.tables["documents"].rows_ignored == 1 and report.tables["documents"].rows_added == 1


def test_replace_doc_ids_rebuilds_those_documents_and_leaves_other_partitions_alone(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1", "d2"], segments=4))
    lake.publish("run-b", batch(["m1"], segments=2, month="2024-06"))
    june_files = [entry.path for entry in lake.manifest().files("segments") if "2024-06" in entry.path]

    replacement = batch(["d1"], segments=1, title="rebuilt")
    report = lake.publish("run-c", replacement, replace_doc_ids=["d1"])

    segments = rows(lake, "segments")
    assert [(row["doc_id"], row["seq"]) for row in segments if row["doc_id"] == "d1"] == [("d1", 0)]
    assert len([row for row in segments if row["doc_id"] == "d2"]) == 4
    assert {row["doc_id"]: row["title"] for row in rows(lake, "documents")}["d1"] == "rebuilt"
    assert report.tables["segments"].partitions_rewritten == ("published_month=2024-05",)
    assert report.tables["segments"].rows_removed == 4 and report.tables["segments"].rows_added == 1
    assert [entry.path for entry in lake.manifest().files("segments") if "2024-06" in entry.path] == june_files


def test_replace_doc_ids_without_new_rows_removes_them_and_empty_partitions_disappear(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1"], month="2024-01"))
    lake.publish("run-b", batch(["d2"], month="2024-02"))
    lake.publish("run-c", {}, replace_doc_ids=["d1"])
    assert [row["doc_id"] for row in rows(lake, "documents")] == ["d2"]
    assert not any("2024-01" in entry.path for entries in lake.manifest().tables.values() for entry in entries)
    assert lake.doctor() == []


def test_replace_doc_ids_in_limits_the_replacement_to_the_named_tables(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", {**batch(["old"]), "events": EVENTS.from_rows([event_row("e-old", "old")])})
    lake.publish(
        "run-b",
        {**batch(["new"]), "events": EVENTS.from_rows([event_row("e-new", "new")])},
        replace_doc_ids_in={"events": ["old"]},
    )
    assert [row["doc_id"] for row in rows(lake, "documents")] == ["new", "old"]
    assert [row["event_id"] for row in rows(lake, "events")] == ["e-new"]


def test_replace_tables_makes_the_table_exactly_the_incoming_rows(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", {"events": EVENTS.from_rows([event_row("e1", "d1"), event_row("e2", "d1")])})
    relinked = EVENTS.from_rows([event_row("e2", "d1", cluster_id="c2"), event_row("e3", "d2", month="2024-07")])

    report = lake.publish("run-b", {"events": relinked}, replace_tables=["events"])

    assert [(row["event_id"], row["cluster_id"]) for row in rows(lake, "events")] == [("e2", "c2"), ("e3", None)]
    assert report.tables["events"].rows_removed == 2 and report.tables["events"].rows_after == 2
    lake.publish("run-c", {"events": EVENTS.empty()}, replace_tables=["events"])
    assert lake.read("events").num_rows == 0 and lake.manifest().files("events") == ()


def test_insert_only_tables_keep_the_first_row_of_each_key(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", {"runs": RUNS.from_rows([run_row("run-a")]), "rejects": REJECTS.from_rows([reject_row("r")])})
    again = {**reject_row("r"), "detail": "changed"}
    lake.publish(
        "run-b", {"runs": RUNS.from_rows([run_row("run-a"), run_row("run-b")]), "rejects": REJECTS.from_rows([again])}
    )
    assert [row["run_id"] for row in rows(lake, "runs")] == ["run-a", "run-b"]
    assert [row["detail"] for row in rows(lake, "rejects")] == ["NUL bytes"]


def test_an_invalid_batch_is_quarantined_and_nothing_of_it_is_published(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1"]))
    before, manifest = snapshot(lake), lake.manifest()
    bad_documents = DOCUMENTS.from_rows([{**document_row("d2"), "published_basis": "guessed"}])
    changes = {
        "documents": bad_documents,
        "segments": SEGMENTS.from_rows(segment_rows("d2", 2)),
        "nonsense": pa.table({"x": [1]}),
    }

    with pytest.raises(QuarantinedBatch) as raised:
        lake.publish("run-b", changes, replace_doc_ids=["d1"])

    assert snapshot(lake) == before and lake.manifest() == manifest
    folder = tmp_path / "quarantine" / "run-b"
    assert raised.value.path == folder and set(raised.value.problems) == {"documents", "nonsense"}
    reason = json.loads((folder / "reason.json").read_text())
    assert "guessed" in " ".join(reason["problems"]["documents"])
    assert "unknown table 'nonsense'" in (folder / "reason.txt").read_text()
    assert {path.name for path in folder.glob("*.parquet")} == {
        "documents.parquet",
        "segments.parquet",
        "nonsense.parquet",
    }


def test_a_call_that_makes_no_sense_is_refused_before_anything_happens(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    with pytest.raises(ValueError, match="replace_tables"):
        lake.publish("run-a", {}, replace_tables=["events"])
    with pytest.raises(ValueError, match="run_id"):
        lake.publish("../escape", {})
    with pytest.raises(TypeError):
        lake.publish("run-a", {}, replace_doc_ids="d1")
    with pytest.raises(ValueError, match="doc_id"):
        lake.publish("run-a", {}, replace_doc_ids_in={"runs": ["d1"]})
    assert not (tmp_path / "lake").exists()


LOCK_HOLDER = textwrap.dedent(
    """
    import sys
    from eventlake.lake import Lake

    with Lake(sys.argv[1]).lock():
        print("held", flush=True)
        sys.stdin.readline()
    """
)


def hold_lock_in_child(warehouse: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(warehouse)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    return child


def test_a_second_writer_gets_lake_busy_naming_the_holder_or_waits_for_it(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    child = hold_lock_in_child(tmp_path)
    try:
        with pytest.raises(LakeBusy, match=rf"another eventlake run \(pid {child.pid}, started at "):
            lake.publish("run-a", batch(["d1"]))
        assert child.stdin is not None
        child.stdin.write("release\n")
        child.stdin.flush()
        started = time.monotonic()
        with lake.lock(timeout_s=10):
            assert time.monotonic() - started < 10
    finally:
        child.kill()
        child.wait()


def test_the_lock_of_a_killed_holder_is_released_by_the_os(tmp_path: Path) -> None:
    child = hold_lock_in_child(tmp_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    Lake(tmp_path).publish("run-a", batch(["d1"]))


def test_the_lock_is_reentrant_for_its_holder(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    with lake.lock():
        lake.publish("run-a", batch(["d1"]))
        with pytest.raises(LakeBusy, match="this very process"):
            Lake(tmp_path).publish("run-b", batch(["d2"]))
    Lake(tmp_path).publish("run-b", batch(["d2"]))


def test_known_and_latest_documents_follow_changed_files(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    first = document_row("v1", source_uri="a.txt")
    lake.publish("run-a", {"documents": DOCUMENTS.from_rows([first, document_row("other", version="0")])})
    later = STARTED + dt.timedelta(days=1)
    second = document_row("v2", source_uri="a.txt", supersedes="v1", ingested_at=later, version="2")
    lake.publish("run-b", {"documents": DOCUMENTS.from_rows([second])})

    known = lake.known_documents()
    assert known == {"other": ("0", "articles/other.txt"), "v1": ("1", "a.txt"), "v2": ("2", "a.txt")}
    assert list(known)[-1] == "v2"
    assert lake.latest_documents() == {"a.txt": "v2", "articles/other.txt": "other"}


def test_extra_views_are_created_commented_and_kept_by_later_readers(tmp_path: Path) -> None:
    views = [
        ViewSpec(
            "documents_per_month", "SELECT published_month, count(*) AS n FROM documents GROUP BY ALL", "per month"
        ),
        ViewSpec("broken", "SELECT * FROM no_such_table", "fails"),
    ]
    report = Lake(tmp_path, views=views).publish("run-a", batch(["d1", "d2"]))
    assert len(report.view_errors) == 1 and report.view_errors[0].startswith("view broken:")

    (tmp_path / "eventlake.duckdb").unlink()
    reader = Lake(tmp_path)
    with reader.connect() as connection:
        assert connection.execute("SELECT * FROM documents_per_month").fetchall() == [("2024-05", 2)]
        comment = connection.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'documents_per_month'")
        assert comment.fetchone() == ("per month",)
    assert [problem.message for problem in reader.doctor()] == ["extra view broken is missing (its SQL failed?)"]
    with pytest.raises(ValueError, match="clashes"):
        Lake(tmp_path, views=[ViewSpec("documents", "SELECT 1", "clash")])


def test_readers_holding_the_duckdb_file_do_not_block_a_publish(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1"]))
    held = duckdb.connect(str(tmp_path / "eventlake.duckdb"), read_only=True)
    reader = lake.connect()
    try:
        lake.publish("run-b", batch(["d2", "d3"]))
        assert view_count(held, "documents") == 1
        assert view_count(reader, "documents") == 1
        with lake.connect() as fresh:
            assert view_count(fresh, "documents") == 3
    finally:
        held.close()
        reader.close()


def test_a_reader_process_keeps_reading_while_a_publish_replaces_the_file(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1"]))
    script = textwrap.dedent(
        """
        import sys, duckdb
        connection = duckdb.connect(sys.argv[1], read_only=True)
        print(connection.execute("SELECT count(*) FROM segments").fetchone()[0], flush=True)
        sys.stdin.readline()
        print(connection.execute("SELECT count(*) FROM segments").fetchone()[0], flush=True)
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path / "eventlake.duckdb")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "3"
        lake.publish("run-b", batch(["d2"]), replace_doc_ids=["d1"])
        child.stdin.write("go\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "3"
    finally:
        child.kill()
        child.wait()
    with lake.connect() as connection:
        assert connection.execute("SELECT DISTINCT doc_id FROM segments").fetchall() == [("d2",)]


def corrupt(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(16)
    path.write_bytes(bytes(data))


def test_doctor_reports_corrupted_truncated_and_missing_files(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", {**batch(["d1"], month="2024-01"), **{"runs": RUNS.from_rows([run_row("run-a")])}})
    lake.publish("run-b", batch(["d2"], month="2024-02", segments=200))
    entries = {entry.path: entry for entries in lake.manifest().tables.values() for entry in entries}
    overwritten = next(path for path in entries if path.startswith("segments/published_month=2024-02"))
    truncated = next(path for path in entries if path.startswith("documents/published_month=2024-01"))
    missing = next(path for path in entries if path.startswith("runs/"))
    corrupt(lake.paths.lake / overwritten)
    full = lake.paths.lake / truncated
    full.write_bytes(full.read_bytes()[:-100])
    (lake.paths.lake / missing).unlink()

    errors = {(problem.path, problem.message) for problem in lake.doctor() if problem.severity == "error"}

    def messages(relative: str) -> str:
        return " | ".join(message for path, message in errors if path == str(lake.paths.lake / relative))

    assert "sha256" in messages(overwritten)
    assert "truncated" in messages(truncated) and "unreadable Parquet" in messages(truncated)
    assert "missing" in messages(missing)


def test_doctor_reports_duplicate_keys_orphans_and_a_stale_catalog(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1"]))
    manifest = lake.manifest()
    documents = manifest.files("documents")[0]
    copy = lake.paths.lake / documents.path.replace(".parquet", "-copy.parquet")
    copy.write_bytes((lake.paths.lake / documents.path).read_bytes())
    orphan = lake.paths.lake / "segments" / "published_month=2024-09" / "stray.parquet"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"not parquet")
    duplicated = Manifest(
        seq=manifest.seq,
        previous_seq=manifest.previous_seq,
        tables={
            **manifest.tables,
            "documents": (documents, replace(documents, path=copy.relative_to(lake.paths.lake).as_posix())),
        },
    )
    make_current(lake.paths, duplicated)
    problems = lake.doctor()
    assert any(p.severity == "error" and "duplicate key" in p.message for p in problems)
    assert any(p.severity == "warning" and p.path == str(orphan) for p in problems)
    assert any(p.severity == "warning" and "DuckDB views show manifest" in p.message for p in problems)


def test_doctor_reports_a_pointer_to_a_missing_manifest(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1"]))
    lake.paths.manifest_file(1).unlink()
    [problem] = lake.doctor()
    assert problem.severity == "error" and "does not exist" in problem.message


def test_garbage_collection_keeps_the_previous_manifest_for_readers_in_flight(tmp_path: Path) -> None:
    lake = Lake(tmp_path)
    lake.publish("run-a", batch(["d1"]))
    first = {entry.path for entries in lake.manifest().tables.values() for entry in entries}
    lake.publish("run-b", batch(["d1"], title="new"), replace_doc_ids=["d1"])
    assert all((lake.paths.lake / path).exists() for path in first)
    lake.publish("run-c", batch(["d1"], title="newer"), replace_doc_ids=["d1"])
    current_and_previous = (
        lake.manifest().paths() | Manifest.from_bytes(lake.paths.manifest_file(2).read_bytes()).paths()
    )
    assert set(lake_files(lake)) == current_and_previous
    assert sorted(path.name for path in lake.paths.manifests.iterdir()) == [
        "0000000002.json",
        "0000000003.json",
        "CURRENT",
    ]
    assert not lake.paths.staging.exists()


doc_ids = st.sampled_from([f"d{i}" for i in range(8)])
months = st.sampled_from(["2024-01", "2024-02", "unknown"])
steps = st.lists(
    st.tuples(
        st.dictionaries(doc_ids, st.tuples(months, st.integers(1, 3), st.sampled_from(["a", "b"])), max_size=4),
        st.frozensets(doc_ids, max_size=3),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_the_lake_keeps_the_first_row_of_each_key_until_its_document_is_replaced(
    tmp_path_factory: pytest.TempPathFactory, steps: Any
) -> None:
    lake = Lake(tmp_path_factory.mktemp("model"))
    documents: dict[str, tuple[str, str]] = {}
    segments: set[tuple[str, int]] = set()
    for number, (incoming, replaced) in enumerate(steps):
        changes = {
            "documents": DOCUMENTS.from_rows(document_row(d, month=m, title=t) for d, (m, _, t) in incoming.items()),
            "segments": SEGMENTS.from_rows(
                row for d, (m, n, _) in incoming.items() for row in segment_rows(d, n, month=m)
            ),
        }
        lake.publish(f"run-{number}", changes, replace_doc_ids=replaced)
        documents = {d: value for d, value in documents.items() if d not in replaced}
        documents.update({d: (m, t) for d, (m, _, t) in incoming.items() if d not in documents})
        segments = {(d, seq) for d, seq in segments if d not in replaced}
        segments |= {(d, seq) for d, (_, n, _) in incoming.items() for seq in range(n)}
    assert {r["doc_id"]: (r["published_month"], r["title"]) for r in rows(lake, "documents")} == documents
    assert {(r["doc_id"], r["seq"]) for r in rows(lake, "segments")} == segments
    assert [p for p in lake.doctor() if p.severity == "error"] == []


def test_manifest_serialisation_is_stable(tmp_path: Path) -> None:
    lake = Lake(tmp_path, views=[ViewSpec("v", "SELECT 1 AS one", "one")])
    lake.publish("run-a", {**batch(["d1"]), "runs": RUNS.from_rows([run_row("run-a")])})
    raw = lake.paths.manifest_file(1).read_bytes()
    assert Manifest.from_bytes(raw).to_bytes() == raw
