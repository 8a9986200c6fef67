"""The `eventlake` command: a real run in a child process, then sql, export, doctor and bad input through CliRunner."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import yaml  # type: ignore[import-untyped]
from click.testing import CliRunner
from prefect.settings import PREFECT_API_URL, temporary_settings

from eventlake.cli import main
from eventlake.lake import Lake
from tests.conftest import PROJECT_ROOT, SEEDS

NOISE = ("ERROR", "Traceback")
MAX_ARTICLE_BYTES = 10_000
EVENTLAKE_SCRIPT = Path(sys.executable).with_name("eventlake")


@dataclass(frozen=True)
class SeededRun:
    warehouse: Path
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> SeededRun:
    """`eventlake run` on the seeds as a user runs it: its own temporary Prefect server in a fresh PREFECT_HOME."""
    root = tmp_path_factory.mktemp("cli")
    environment = {name: value for name, value in os.environ.items() if name != "PREFECT_API_URL"}
    environment["PREFECT_HOME"] = str(root / "prefect-home")
    warehouse = root / "warehouse"
    completed = subprocess.run(
        [str(EVENTLAKE_SCRIPT), "run", "--source", str(SEEDS), "--warehouse", str(warehouse)],
        capture_output=True,
        text=True,
        cwd=root,
        env=environment,
        check=False,
        timeout=300,
    )
    return SeededRun(warehouse, completed.returncode, completed.stdout, completed.stderr)


def invoke(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(arguments))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


@pytest.mark.flow
def test_a_normal_run_completes_and_prints_no_error_or_traceback(seeded: SeededRun) -> None:
    assert seeded.returncode == 0, seeded.stderr
    assert "completed" in seeded.stdout.splitlines()[0]
    for stream in (seeded.stdout, seeded.stderr):
        noisy = [line for line in stream.splitlines() if any(word in line for word in NOISE)]
        assert noisy == []
    assert seeded.stderr.strip() == ""


@pytest.mark.flow
def test_sql_shows_the_french_trailer_of_the_middle_east_eye_article_only(seeded: SeededRun) -> None:
    query = "select trailer_language, trailer_text from documents"
    code, table = invoke("sql", query, "--warehouse", str(seeded.warehouse))
    assert code == 0
    assert table.splitlines()[0].split("|")[0].strip() == "trailer_language"
    assert table.rstrip().endswith("(5 rows)")
    code, output = invoke("sql", query, "--format", "json", "--warehouse", str(seeded.warehouse))
    trailers = [row for row in json.loads(output) if row["trailer_text"] is not None]
    assert [row["trailer_language"] for row in trailers] == ["fr"]
    assert "Middle East Eye" in trailers[0]["trailer_text"]
    code, output = invoke(
        "sql",
        "select outlet, source_uri from documents where trailer_text is not null",
        "--format",
        "json",
        "--warehouse",
        str(seeded.warehouse),
    )
    [row] = json.loads(output)
    assert row["outlet"] == "Middle East Eye"
    assert Path(row["source_uri"]).name.startswith("004_")


@pytest.mark.flow
def test_sql_writes_csv_and_json(seeded: SeededRun) -> None:
    query = "select doc_id, outlet, published_at from documents order by doc_id"
    code, output = invoke("sql", query, "--format", "csv", "--warehouse", str(seeded.warehouse))
    assert code == 0
    header, *rows = list(csv.reader(io.StringIO(output)))
    assert header == ["doc_id", "outlet", "published_at"]
    code, output = invoke("sql", query, "--format", "json", "--warehouse", str(seeded.warehouse))
    assert code == 0
    records = json.loads(output)
    assert [[record[name] or "" for name in header] for record in records] == rows
    assert len(records) == 5


@pytest.mark.flow
@pytest.mark.parametrize("output_format", ["csv", "parquet"])
def test_export_writes_a_view_to_a_file(seeded: SeededRun, tmp_path: Path, output_format: str) -> None:
    target = tmp_path / f"meetings.{output_format}"
    code, output = invoke(
        "export",
        "--view",
        "meetings_timeline",
        "--format",
        output_format,
        "--output",
        str(target),
        "--warehouse",
        str(seeded.warehouse),
    )
    assert code == 0, output
    written = int(output.split()[1])
    assert output.strip() == f"wrote {written} rows of meetings_timeline to {target}"
    if output_format == "csv":
        rows = list(csv.DictReader(target.open(newline="")))
        assert len(rows) == written
        assert {"event_date", "actors", "cluster_id"} <= set(rows[0] if rows else {})
    else:
        assert pq.read_table(target).num_rows == written
    assert written > 0


@pytest.mark.flow
def test_export_defaults_to_the_view_name_and_refuses_unknown_views(seeded: SeededRun, tmp_path: Path) -> None:
    runner = CliRunner()
    with runner.isolated_filesystem(temp_dir=tmp_path):
        result = runner.invoke(main, ["export", "--view", "dyads", "--warehouse", str(seeded.warehouse)])
        assert result.exit_code == 0, result.output
        assert Path("dyads.csv").is_file()
    result = runner.invoke(main, ["export", "--view", "no_such_view", "--warehouse", str(seeded.warehouse)])
    assert result.exit_code == 2
    assert "no view 'no_such_view'" in result.output


@pytest.mark.flow
def test_doctor_passes_on_a_fresh_lake(seeded: SeededRun) -> None:
    code, output = invoke("doctor", "--warehouse", str(seeded.warehouse))
    assert code == 0, output
    assert output.splitlines()[-1] == "doctor: 0 error(s), 0 warning(s)"


def bad_inputs(folder: Path) -> dict[str, str]:
    """One seed plus a file of every kind that must not become a document: file name -> expected reason."""
    folder.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    seed_bytes = seed.read_bytes()
    (folder / seed.name).write_bytes(seed_bytes)
    sentence = "The foreign ministers met in Geneva on Monday to discuss the ceasefire. "
    files = {
        "empty.txt": (b"", "empty"),
        "binary.txt": (bytes(range(256)) * 8, "binary"),
        "latin1.txt": ((sentence * 3).encode("latin-1") + "Café à Genève.".encode("latin-1"), "invalid_utf8"),
        "huge.txt": ((sentence * 200).encode(), "oversized"),
        "zz_copy_of_seed.txt": (seed_bytes, "duplicate"),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: reason for name, (_, reason) in files.items()}


@pytest.mark.flow
def test_bad_input_is_rejected_with_a_line_and_a_row_and_the_run_completes(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVENTLAKE_MAX_ARTICLE_BYTES", str(MAX_ARTICLE_BYTES))
    folder, warehouse = tmp_path / "articles", tmp_path / "warehouse"
    expected = bad_inputs(folder)
    result = CliRunner().invoke(main, ["run", "--source", str(folder), "--warehouse", str(warehouse)])
    assert result.exit_code == 0, result.output
    assert "completed" in result.stdout.splitlines()[0]
    assert not [line for line in result.output.splitlines() if any(word in line for word in NOISE)]
    reject_lines = {
        Path(line.split()[1].rstrip(":")).name: line.split()[0]
        for line in result.stdout.split("  rejects:\n", 1)[1].splitlines()
        if line.startswith("    ")
    }
    assert reject_lines == expected

    lake = Lake(warehouse)
    rejects = lake.read("rejects").to_pylist()
    assert {Path(row["source_uri"]).name: row["reason"] for row in rejects} == expected
    assert all(row["detail"] for row in rejects)
    assert len(lake.read("documents")) == 1

    later = tmp_path / "later"
    later.mkdir()
    (later / "another_copy.txt").write_bytes(sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    again = CliRunner().invoke(main, ["run", "--source", str(later), "--warehouse", str(warehouse)])
    assert again.exit_code == 0, again.output
    [line] = [line for line in again.stdout.splitlines() if "another_copy.txt" in line]
    assert line.split()[0] == "duplicate" and "already in the lake" in line
    assert len(lake.read("documents")) == 1
    assert {Path(row["source_uri"]).name for row in lake.read("rejects").to_pylist()} == {*expected, "another_copy.txt"}


def test_serve_registers_a_cron_deployment_that_loads_the_flow_by_module_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import prefect

    def pickles_the_flow(*_: Any, **__: Any) -> None:
        raise AssertionError("Flow.serve pickles the flow function by value; runs then fail parameter validation")

    served: list[Any] = []
    monkeypatch.setattr(prefect, "serve", lambda *deployments: served.extend(deployments))
    monkeypatch.setattr(prefect.Flow, "serve", pickles_the_flow)
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", os.environ.get("PREFECT_LOGGING_LEVEL", "WARNING"))
    arguments = ["serve", "--cron", "*/15 * * * *", "--source", str(SEEDS), "--warehouse", str(tmp_path / "lake")]
    with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:4200/api"}):
        code, output = invoke(*arguments)
    assert code == 0, output
    [deployment] = served
    assert deployment.name == "eventlake-scheduled"
    assert [schedule.schedule.cron for schedule in deployment.schedules] == ["*/15 * * * *"]
    assert deployment.parameters == {"sources": [str(SEEDS)], "warehouse": str(tmp_path / "lake")}
    assert_loads_and_validates(deployment.entrypoint, deployment.parameters, cwd=tmp_path)


def test_serve_refuses_to_start_without_a_prefect_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", os.environ.get("PREFECT_LOGGING_LEVEL", "WARNING"))
    with temporary_settings(restore_defaults={PREFECT_API_URL}):
        code, output = invoke("serve", "--cron", "*/15 * * * *")
    assert code == 2
    assert "PREFECT_API_URL" in output and "prefect server start" in output


def assert_loads_and_validates(entrypoint: str, parameters: dict[str, Any], cwd: Path) -> None:
    """Load the flow as a worker or runner does, in a fresh process, and validate the parameters against it."""
    script = (
        "import json, sys\n"
        "from prefect.flows import load_flow_from_entrypoint\n"
        "flow = load_flow_from_entrypoint(sys.argv[1])\n"
        "print(flow.name, sorted(flow.validate_parameters(json.loads(sys.argv[2]))))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, entrypoint, json.dumps(parameters)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.split()[0] == "eventlake-run"


def test_prefect_yaml_deploys_the_flow_on_a_cron_schedule() -> None:
    from prefect.cli.deploy._models import PrefectYamlModel, RawScheduleConfig

    raw = yaml.safe_load((PROJECT_ROOT / "prefect.yaml").read_text())
    config = PrefectYamlModel.model_validate(raw)
    [deployment] = config.deployments
    assert deployment.entrypoint == "flows/pipeline.py:eventlake_run"
    assert deployment.work_pool is not None and deployment.work_pool.name
    [schedule] = deployment.schedules or []
    assert isinstance(schedule, RawScheduleConfig) and schedule.cron == "*/15 * * * *"
    assert {"sources", "warehouse"} <= set(deployment.parameters)
    assert_loads_and_validates(deployment.entrypoint, deployment.parameters, cwd=PROJECT_ROOT)


def test_serve_and_run_explain_themselves() -> None:
    for command, option in (("serve", "--cron"), ("run", "--reprocess"), ("doctor", "--warehouse")):
        code, output = invoke(command, "--help")
        assert code == 0
        assert option in output


def test_the_module_runs_as_a_script() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "eventlake.cli", "--help"], capture_output=True, text=True, cwd=PROJECT_ROOT, check=False
    )
    assert completed.returncode == 0
    assert "serve" in completed.stdout and completed.stderr == ""
