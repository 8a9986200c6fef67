"""Whole runs of the flow: incremental growth, reprocessing, changed files, SIGKILL mid-publish, concurrent runs."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventlake.cli import EXIT_LAKE_BUSY, main
from eventlake.ingest import sha256_hex
from eventlake.lake import Lake
from flows.pipeline import RunSummary, eventlake_run
from schemas import CONTRACTS
from tests.conftest import PROJECT_ROOT, SEEDS

pytestmark = pytest.mark.flow

VOLATILE_COLUMNS = frozenset({"run_id", "ingested_at", "rejected_at", "run_month"})
"""Columns that say which run added a row or when; everything else must not depend on how runs were cut."""
CONTENT_TABLES = tuple(sorted(name for name in CONTRACTS if name != "runs"))

Rows = dict[str, list[dict[str, Any]]]
EVENTLAKE_SCRIPT = str(Path(sys.executable).with_name("eventlake"))

KILLING_RUN = textwrap.dedent(
    """
    import json, os, signal, sys

    warehouse, kill_at, steps_file = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    steps = []


    def killing(function):
        def wrapper(*args, **kwargs):
            if str(args[0]).startswith(warehouse):
                steps.append((function.__name__, str(args[0])))
                if len(steps) == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
            return function(*args, **kwargs)

        return wrapper


    for name in ("replace", "rename", "unlink", "rmdir"):
        setattr(os, name, killing(getattr(os, name)))
    from eventlake.cli import main

    try:
        main(["run", *sys.argv[4:], "--warehouse", warehouse])
    finally:
        with open(steps_file, "w") as handle:
            json.dump(steps, handle)
    """
)


def seed_articles() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def add_article(article: Path, folder: Path) -> Path:
    """Copy a seed article and its metadata sidecar into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in (article, article.with_name(article.stem + ".meta.json")):
        if source.exists():
            (folder / source.name).write_bytes(source.read_bytes())
    return folder / article.name


def run_flow(articles: Path, warehouse: Path, *, reprocess: bool = False) -> RunSummary:
    summary = eventlake_run(sources=[articles], warehouse=warehouse, reprocess=reprocess)
    assert summary.status == "completed", summary.notes
    return summary


def sorted_rows(lake: Lake, table: str, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    key = CONTRACTS[table].primary_key
    return sorted(lake.read(table, columns).to_pylist(), key=lambda row: tuple(row[name] for name in key))


def full_rows(warehouse: Path) -> Rows:
    """Every row of every table but `runs`, as stored."""
    lake = Lake(warehouse)
    return {name: sorted_rows(lake, name) for name in CONTENT_TABLES}


def content(warehouse: Path) -> Rows:
    """Every row of every table but `runs`, without the columns that name the run that added it."""
    lake = Lake(warehouse)
    return {
        name: sorted_rows(lake, name, [c for c in CONTRACTS[name].column_names if c not in VOLATILE_COLUMNS])
        for name in CONTENT_TABLES
    }


def without_volatile(state: Rows) -> Rows:
    return {
        name: [{key: value for key, value in row.items() if key not in VOLATILE_COLUMNS} for row in rows]
        for name, rows in state.items()
    }


def primary_keys(state: Rows) -> dict[str, list[tuple[Any, ...]]]:
    return {
        name: [tuple(row[key] for key in CONTRACTS[name].primary_key) for row in rows] for name, rows in state.items()
    }


def assert_same_content(actual: Rows, expected: Rows, label: str) -> None:
    """Keys first, so a failure names the table and the ids before the full rows."""
    assert {name: len(rows) for name, rows in actual.items()} == {name: len(rows) for name, rows in expected.items()}, (
        label
    )
    for name in CONTENT_TABLES:
        assert primary_keys(actual)[name] == primary_keys(expected)[name], f"{label}: {name} keys differ"
        assert actual[name] == expected[name], f"{label}: {name} rows differ"


def doc_ids(warehouse: Path) -> set[str]:
    return set(Lake(warehouse).read("documents", ["doc_id"])["doc_id"].to_pylist())


def doctor_errors(warehouse: Path) -> list[str]:
    return [problem.message for problem in Lake(warehouse).doctor() if problem.severity == "error"]


@pytest.fixture(scope="module")
def subprocess_environment(prefect_harness: None) -> dict[str, str]:
    """Child `eventlake run`s use the session's Prefect server instead of each starting a temporary one."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}


@dataclass(frozen=True)
class History:
    articles: Path
    growing: Path
    summaries: tuple[RunSummary, ...]
    doc_ids_after: tuple[set[str], ...]
    new_doc_ids: tuple[set[str], ...]
    grown: Rows
    single: Rows
    rerun: RunSummary
    after_rerun: Rows
    reprocessed: RunSummary
    after_reprocess: Rows
    changed_path: Path
    changed_old_doc_id: str
    changed_new_doc_id: str
    changed: RunSummary
    after_change: Rows


@pytest.fixture(scope="module")
def history(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> History:
    """Seeds copied in 2 + 2 + 1, a single run over all five, a re-run, --reprocess, then one file edited."""
    root = tmp_path_factory.mktemp("history")
    articles, growing = root / "articles", root / "growing"
    seeds = seed_articles()
    summaries, after, added = [], [], []
    for chunk in (seeds[:2], seeds[2:4], seeds[4:]):
        added.append({sha256_hex(add_article(seed, articles).read_bytes()) for seed in chunk})
        summaries.append(run_flow(articles, growing))
        after.append(doc_ids(growing))
    grown = full_rows(growing)
    run_flow(articles, root / "single")
    single = content(root / "single")

    rerun = run_flow(articles, growing)
    after_rerun = full_rows(growing)
    reprocessed = run_flow(articles, growing, reprocess=True)
    after_reprocess = full_rows(growing)

    changed_path = articles / seeds[1].name
    old_bytes = changed_path.read_bytes()
    new_bytes = old_bytes.rstrip() + b"\n\nThis article was updated to correct a spelling.\n"
    changed_path.write_bytes(new_bytes)
    changed = run_flow(articles, growing)
    return History(
        articles=articles,
        growing=growing,
        summaries=tuple(summaries),
        doc_ids_after=tuple(after),
        new_doc_ids=tuple(added),
        grown=grown,
        single=single,
        rerun=rerun,
        after_rerun=after_rerun,
        reprocessed=reprocessed,
        after_reprocess=after_reprocess,
        changed_path=changed_path,
        changed_old_doc_id=sha256_hex(old_bytes),
        changed_new_doc_id=sha256_hex(new_bytes),
        changed=changed,
        after_change=full_rows(growing),
    )


def test_each_run_over_a_growing_folder_adds_exactly_the_new_documents(history: History) -> None:
    assert [s.counts["new_documents"] for s in history.summaries] == [2, 2, 1]
    assert [s.counts["skipped_known"] for s in history.summaries] == [0, 2, 4]
    previous: set[str] = set()
    for after, new in zip(history.doc_ids_after, history.new_doc_ids, strict=True):
        assert after - previous == new
        assert previous <= after
        previous = after


def test_three_growing_runs_end_with_the_rows_of_one_run_over_everything(history: History) -> None:
    assert all(history.grown[name] for name in ("documents", "segments", "events", "event_clusters"))
    assert_same_content(without_volatile(history.grown), history.single, "2 + 2 + 1 runs vs one run")


def test_a_rerun_over_the_same_input_adds_nothing_and_keeps_every_id(history: History) -> None:
    assert history.rerun.counts["new_documents"] == 0
    assert history.rerun.counts["skipped_known"] == 5
    assert history.after_rerun == history.grown


def test_reprocess_rebuilds_every_document_without_duplicates(history: History) -> None:
    assert history.reprocessed.counts["reprocessed"] == 5
    assert_same_content(without_volatile(history.after_reprocess), history.single, "after --reprocess")
    assert {row["run_id"] for row in history.after_reprocess["documents"]} == {history.reprocessed.run_id}


def test_a_changed_file_becomes_a_new_document_that_supersedes_the_old_one(history: History) -> None:
    old, new = history.changed_old_doc_id, history.changed_new_doc_id
    documents = {row["doc_id"]: row for row in history.after_change["documents"]}
    assert history.changed.counts["new_documents"] == 1
    assert set(documents) == {row["doc_id"] for row in history.after_reprocess["documents"]} | {new}
    assert documents[new]["supersedes_doc_id"] == old
    assert documents[new]["source_uri"] == documents[old]["source_uri"] == str(history.changed_path)
    assert documents[old] == next(row for row in history.after_reprocess["documents"] if row["doc_id"] == old)
    segments_of = {
        doc_id: [row for row in history.after_change["segments"] if row["doc_id"] == doc_id] for doc_id in (old, new)
    }
    assert segments_of[old] == [row for row in history.after_reprocess["segments"] if row["doc_id"] == old]
    assert segments_of[new]
    assert old not in {row["doc_id"] for row in history.after_change["events"]}
    assert Lake(history.growing).latest_documents()[str(history.changed_path)] == new
    assert doctor_errors(history.growing) == []


@dataclass(frozen=True)
class CrashScenario:
    root: Path
    articles: Path
    base: Path
    before: Rows
    after: Rows
    steps: list[tuple[str, str]]


def run_killed(
    warehouse: Path, articles: Path, kill_at: int, environment: Mapping[str, str]
) -> tuple[subprocess.CompletedProcess[str], list[tuple[str, str]]]:
    """`eventlake run` in a child that SIGKILLs itself at its `kill_at`-th file operation in the warehouse."""
    steps_file = warehouse.with_name(warehouse.name + ".steps.json")
    completed = subprocess.run(
        [sys.executable, "-c", KILLING_RUN, str(warehouse), str(kill_at), str(steps_file), "--source", str(articles)],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env=dict(environment),
        check=False,
        timeout=300,
    )
    recorded = json.loads(steps_file.read_text()) if steps_file.exists() else []
    return completed, [(str(operation), str(path)) for operation, path in recorded]


def kill_points(steps: Sequence[tuple[str, str]]) -> list[int]:
    """First and last move out of staging, each other replace (manifest, pointer, DuckDB file), first clean-up steps."""
    moves = [n for n, (operation, path) in enumerate(steps, 1) if operation == "replace" and "/staging/" in path]
    commits = [n for n, (operation, path) in enumerate(steps, 1) if operation == "replace" and "/staging/" not in path]
    firsts = {
        operation: next(n for n, (done, _) in enumerate(steps, 1) if done == operation)
        for operation in {operation for operation, _ in steps} - {"replace"}
    }
    return sorted({moves[0], moves[-1], *commits, *firsts.values()})


@pytest.fixture(scope="module")
def crash(subprocess_environment: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> CrashScenario:
    """A lake holding four seeds, the fifth added to the folder, and the steps of the uninterrupted run."""
    root = tmp_path_factory.mktemp("crash")
    articles, base = root / "articles", root / "base"
    seeds = seed_articles()
    for seed in seeds[:4]:
        add_article(seed, articles)
    run_flow(articles, base)
    add_article(seeds[4], articles)
    uninterrupted = root / "uninterrupted"
    shutil.copytree(base, uninterrupted)
    completed, steps = run_killed(uninterrupted, articles, 0, subprocess_environment)
    assert completed.returncode == 0, completed.stderr
    assert "Traceback" not in completed.stderr
    return CrashScenario(root, articles, base, content(base), content(uninterrupted), steps)


def test_the_uninterrupted_run_adds_the_fifth_article_to_every_kind_of_table(crash: CrashScenario) -> None:
    assert len(crash.after["documents"]) == len(crash.before["documents"]) + 1
    assert crash.after["event_clusters"] != crash.before["event_clusters"]
    operations = [operation for operation, _ in crash.steps]
    assert operations.count("replace") > 5
    assert {"unlink", "rmdir"} <= set(operations)


def test_a_run_killed_while_publishing_leaves_a_usable_lake_and_the_next_run_completes_it(
    crash: CrashScenario, subprocess_environment: dict[str, str]
) -> None:
    warehouses = {}
    for kill_at in kill_points(crash.steps):
        warehouses[kill_at] = crash.root / f"killed-at-{kill_at}"
        shutil.copytree(crash.base, warehouses[kill_at])
    with ThreadPoolExecutor(max_workers=2) as pool:
        killed = dict(
            zip(
                warehouses,
                pool.map(
                    lambda item: run_killed(item[1], crash.articles, item[0], subprocess_environment)[0],
                    warehouses.items(),
                ),
                strict=True,
            )
        )
    runner = CliRunner()
    outcomes = set()
    for kill_at, warehouse in warehouses.items():
        label = f"killed at step {kill_at} {crash.steps[kill_at - 1]}"
        assert killed[kill_at].returncode == -signal.SIGKILL, f"{label}: {killed[kill_at].stderr}"
        state = content(warehouse)
        assert state in (crash.before, crash.after), f"{label}: neither the old nor the new lake"
        outcomes.add("new" if state == crash.after else "old")

        doctor = runner.invoke(main, ["doctor", "--warehouse", str(warehouse)])
        assert doctor.exit_code == 0, f"{label}: {doctor.output}"
        counted = runner.invoke(
            main, ["sql", "select count(*) as n from documents", "--format", "json", "--warehouse", str(warehouse)]
        )
        assert counted.exit_code == 0, f"{label}: {counted.output}"
        assert json.loads(counted.output) == [{"n": len(state["documents"])}], label

        run_flow(crash.articles, warehouse)
        assert content(warehouse) == crash.after, f"{label}: the run after the crash differs from an uninterrupted one"
        assert doctor_errors(warehouse) == [], label
    assert outcomes == {"old", "new"}


def test_two_runs_started_together_leave_one_copy_of_every_row(tmp_path: Path, seeds_copy: Path) -> None:
    """As two cron entries would: the console script, each with its own temporary server, one PREFECT_HOME."""
    warehouse = tmp_path / "warehouse"
    environment = {name: value for name, value in os.environ.items() if name != "PREFECT_API_URL"}
    environment["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    command = [EVENTLAKE_SCRIPT, "run", "--source", str(seeds_copy), "--warehouse", str(warehouse)]
    children = [
        subprocess.Popen(
            command, cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [child.communicate(timeout=300) for child in children]
    finished = [(child.returncode, stdout, stderr) for child, (stdout, stderr) in zip(children, outputs, strict=True)]
    for code, stdout, stderr in finished:
        if code == EXIT_LAKE_BUSY:
            assert stdout == ""
            assert stderr.startswith("eventlake run: not started: another eventlake run (pid ")
            assert "holds the lake lock" in stderr and stderr.count("\n") == 1, stderr
        else:
            assert code == 0, stderr
            assert stderr == ""
    assert 0 in [code for code, _, _ in finished]
    assert len(doc_ids(warehouse)) == 5
    assert doctor_errors(warehouse) == []
    state = content(warehouse)
    for name, keys in primary_keys(state).items():
        assert len(keys) == len(set(keys)), f"{name} has duplicate keys"


def test_a_run_while_another_holds_the_lock_exits_with_one_line(
    prefect_harness: None, tmp_path: Path, seeds_copy: Path
) -> None:
    warehouse = tmp_path / "warehouse"
    with Lake(warehouse).lock():
        result = CliRunner().invoke(main, ["run", "--source", str(seeds_copy), "--warehouse", str(warehouse)])
    assert result.exit_code == EXIT_LAKE_BUSY
    assert result.stdout == ""
    assert result.stderr.startswith("eventlake run: not started: another eventlake run (pid ")
    assert "holds the lake lock" in result.stderr and result.stderr.count("\n") == 1
    assert not Lake(warehouse).paths.pointer.exists()


def test_doctor_names_a_parquet_file_with_overwritten_bytes(crash: CrashScenario, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    shutil.copytree(crash.base, warehouse)
    victim = max(Lake(warehouse).paths.lake.rglob("*.parquet"), key=lambda path: path.stat().st_size)
    data = bytearray(victim.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = bytes(64)
    victim.write_bytes(bytes(data))

    result = CliRunner().invoke(main, ["doctor", "--warehouse", str(warehouse)])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("ERROR")]
    assert errors
    assert all(str(victim) in line for line in errors), result.output
