"""A publisher killed (SIGKILL) between filesystem steps leaves the old or the new lake; the next publish heals it."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from eventlake.lake import Lake
from schemas import CONTRACTS, DOCUMENTS, EVENTS, RUNS, SEGMENTS
from tests.test_lake import document_row, event_row, run_row, segment_rows, snapshot

PROJECT_ROOT = Path(__file__).resolve().parents[1]
MONTHS = ("2024-01", "2024-02", "2024-03", "unknown")

KILLING_PUBLISHER = textwrap.dedent(
    """
    import json, os, signal, sys
    from pathlib import Path

    import pyarrow.parquet as pq

    warehouse, batch_dir, kill_at = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    steps = []


    def killing(function):
        def wrapper(*args, **kwargs):
            steps.append((function.__name__, str(args[0])))
            if len(steps) == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return function(*args, **kwargs)

        return wrapper


    from eventlake.lake import Lake

    arguments = json.loads((batch_dir / "arguments.json").read_text())
    changes = {path.stem: pq.read_table(path) for path in sorted(batch_dir.glob("*.parquet"))}
    for name in ("replace", "rename", "unlink", "rmdir"):
        setattr(os, name, killing(getattr(os, name)))
    Lake(warehouse).publish(
        arguments["run_id"],
        changes,
        replace_doc_ids=arguments["replace_doc_ids"],
        replace_tables=arguments["replace_tables"],
    )
    print(json.dumps(steps))
    """
)


def documents_batch(doc_ids: list[str], *, segments: int, title: str) -> dict[str, pa.Table]:
    months = {doc_id: MONTHS[i % len(MONTHS)] for i, doc_id in enumerate(doc_ids)}
    return {
        "documents": DOCUMENTS.from_rows(document_row(d, month=months[d], title=title) for d in doc_ids),
        "segments": SEGMENTS.from_rows(row for d in doc_ids for row in segment_rows(d, segments, month=months[d])),
        "events": EVENTS.from_rows(
            event_row(f"e-{d}", d, month=months[d], cluster_id=f"c-{title}") for d in doc_ids[::3]
        ),
    }


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A lake with two publishes behind it, and a large-ish batch that replaces documents and a whole table."""
    root = tmp_path_factory.mktemp("crash")
    base = root / "base"
    lake = Lake(base)
    lake.publish("run-0", {**documents_batch([f"a{i:03d}" for i in range(60)], segments=4, title="zero")})
    lake.publish(
        "run-1",
        {**documents_batch([f"a{i:03d}" for i in range(40)], segments=5, title="one")},
        replace_doc_ids=[f"a{i:03d}" for i in range(40)],
        replace_tables=["events"],
    )
    new_ids = [f"a{i:03d}" for i in range(20)] + [f"b{i:04d}" for i in range(400)]
    changes = {**documents_batch(new_ids, segments=6, title="two"), "runs": RUNS.from_rows([run_row("run-2")])}
    arguments = {"run_id": "run-2", "replace_doc_ids": new_ids[:20], "replace_tables": ["events"]}
    batch_dir = root / "batch"
    batch_dir.mkdir()
    for name, table in changes.items():
        pq.write_table(table, batch_dir / f"{name}.parquet")
    (batch_dir / "arguments.json").write_text(json.dumps(arguments))

    uninterrupted = root / "uninterrupted"
    shutil.copytree(base, uninterrupted)
    completed = run_publisher(uninterrupted, batch_dir, kill_at=0)
    assert completed.returncode == 0, completed.stderr
    return {
        "root": root,
        "base": base,
        "batch_dir": batch_dir,
        "arguments": arguments,
        "changes": changes,
        "steps": json.loads(completed.stdout),
        "before": snapshot(Lake(base)),
        "after": snapshot(Lake(uninterrupted)),
    }


def run_publisher(warehouse: Path, batch_dir: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", KILLING_PUBLISHER, str(warehouse), str(batch_dir), str(kill_at)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        check=False,
    )


def kill_points(steps: list[tuple[str, str]]) -> list[int]:
    """Each commit step (manifest, pointer, DuckDB file), the first and last file move, the first clean-up steps."""
    phases: dict[str, list[int]] = {}
    for number, (operation, path) in enumerate(steps, start=1):
        phase = "move" if operation == "replace" and "/staging/" in path else operation
        phases.setdefault(f"commit-{number}" if phase == "replace" else phase, []).append(number)
    chosen = {numbers[0] for numbers in phases.values()} | {phases["move"][-1]}
    return sorted(chosen)


def view_counts(connection: duckdb.DuckDBPyConnection) -> dict[str, int]:
    counts = {}
    for name in sorted(CONTRACTS):
        counted = connection.execute(f"SELECT count(*) FROM {name}").fetchone()
        assert counted is not None
        counts[name] = int(counted[0])
    return counts


def row_counts(state: Mapping[str, list[dict[str, Any]]]) -> dict[str, int]:
    return {name: len(rows) for name, rows in state.items()}


def test_the_uninterrupted_publish_changes_every_kind_of_table(scenario: dict[str, Any]) -> None:
    before, after = scenario["before"], scenario["after"]
    assert row_counts(after)["segments"] == row_counts(before)["segments"] - 20 * 5 + 420 * 6
    assert {row["title"] for row in after["documents"] if row["doc_id"] < "a020"} == {"two"}
    assert {row["cluster_id"] for row in after["events"]} == {"c-two"}
    assert [operation for operation, _ in scenario["steps"]].count("replace") > 10
    assert len(kill_points(scenario["steps"])) < len(scenario["steps"]) / 2


def test_a_publisher_killed_at_any_step_leaves_one_whole_state_and_the_next_publish_completes(
    scenario: dict[str, Any],
) -> None:
    before, after = scenario["before"], scenario["after"]
    warehouses = {}
    for kill_at in kill_points(scenario["steps"]):
        warehouse = scenario["root"] / f"killed-at-{kill_at}"
        shutil.copytree(scenario["base"], warehouse)
        warehouses[kill_at] = warehouse
    with ThreadPoolExecutor(max_workers=2 * (os.cpu_count() or 1)) as pool:
        killed = dict(
            zip(
                warehouses,
                pool.map(lambda item: run_publisher(item[1], scenario["batch_dir"], item[0]), warehouses.items()),
                strict=True,
            )
        )
    for kill_at, publisher in killed.items():
        assert publisher.returncode == -signal.SIGKILL, f"step {kill_at}: {publisher.stderr}"

    outcomes = []
    for kill_at, warehouse in warehouses.items():
        lake = Lake(warehouse)
        state = snapshot(lake)
        assert state in (before, after), f"killed at step {kill_at}: a mix of states"
        outcomes.append("new" if state == after else "old")
        if lake.paths.catalog.exists():
            stale = duckdb.connect(str(lake.paths.catalog), read_only=True)
            assert view_counts(stale) in (row_counts(before), row_counts(after)), f"step {kill_at}"
            stale.close()
        with lake.connect() as connection:
            assert view_counts(connection) == row_counts(state), f"step {kill_at}"
        assert [p for p in lake.doctor() if p.severity == "error"] == [], f"step {kill_at}"

        arguments = scenario["arguments"]
        lake.publish(
            arguments["run_id"],
            scenario["changes"],
            replace_doc_ids=arguments["replace_doc_ids"],
            replace_tables=arguments["replace_tables"],
        )
        assert snapshot(lake) == after, f"step {kill_at}: the publish after the crash differs"
        assert lake.doctor() == [], f"step {kill_at}"
    assert "old" in outcomes and "new" in outcomes
