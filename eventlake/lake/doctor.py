"""Checking that the warehouse holds what its manifest promises, and that the DuckDB views agree."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eventlake.lake.catalog import (
    catalog_state,
    files_named_in,
    open_catalog,
    quote_identifier,
    table_names,
    view_sql,
)
from eventlake.lake.errors import LakeCorrupt
from eventlake.lake.gc import retained_manifests, stale_catalog_temps, stale_manifests, unreferenced_files
from eventlake.lake.layout import LakePaths
from eventlake.lake.manifest import FileEntry, Manifest, load_current, read_pointer
from eventlake.lake.staging import partition_from_dir, sha256_file
from eventlake.lake.tables import read_entries, stored_columns
from schemas.contract import TableContract

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding: errors mean readers may get wrong or no data; warnings mean clutter or a stale copy."""

    severity: Severity
    table: str | None
    path: str | None
    message: str


def diagnose(paths: LakePaths, contracts: Mapping[str, TableContract]) -> list[Problem]:
    """Every problem found, errors first."""
    try:
        pointer = read_pointer(paths)
        manifest = load_current(paths)
    except LakeCorrupt as error:
        return [Problem("error", None, str(paths.pointer), str(error))]
    problems: list[Problem] = []
    if pointer is None:
        problems.extend(_unpublished(paths))
    damaged: set[str] = set()
    for table, entries in sorted(manifest.tables.items()):
        contract = contracts.get(table)
        if contract is None:
            problems.append(Problem("warning", table, None, "table has files but no contract in schemas"))
        for entry in entries:
            found = list(_check_file(paths, table, contract, entry))
            problems.extend(found)
            if any(problem.severity == "error" for problem in found):
                damaged.add(table)
    for table in sorted(set(manifest.tables) & set(contracts) - damaged):
        rows = read_entries(paths.lake, table, contracts[table], manifest.files(table))
        problems.extend(Problem("error", table, None, message) for message in contracts[table].validate(rows))
    problems.extend(_check_catalog(paths, manifest, contracts, damaged))
    problems.extend(_leftovers(paths, manifest))
    return sorted(problems, key=lambda problem: problem.severity != "error")


def _unpublished(paths: LakePaths) -> Iterator[Problem]:
    leftovers = list(paths.manifests.glob("*.json")) if paths.manifests.exists() else []
    if leftovers:
        yield Problem("error", None, str(paths.pointer), f"no pointer file, yet {len(leftovers)} manifest(s) exist")
    else:
        yield Problem("warning", None, str(paths.lake), "nothing has been published yet")


def _check_file(paths: LakePaths, table: str, contract: TableContract | None, entry: FileEntry) -> Iterator[Problem]:
    full = paths.lake / entry.path
    where = str(full)
    table_dir = paths.table_dir(table)
    if not full.is_relative_to(table_dir):
        yield Problem("error", table, where, f"listed for {table} but outside {table_dir}")
        return
    if not full.is_file():
        yield Problem("error", table, where, "file listed in the manifest is missing")
        return
    size = full.stat().st_size
    if size != entry.size:
        yield Problem("error", table, where, f"size {size} bytes, manifest records {entry.size} (truncated?)")
    elif sha256_file(full) != entry.sha256:
        yield Problem("error", table, where, "content differs from the manifest's sha256 (bytes overwritten?)")
    try:
        rows = pq.read_table(full, page_checksum_verification=True)
    except (pa.ArrowException, OSError) as error:
        yield Problem("error", table, where, f"unreadable Parquet: {error}")
        return
    if rows.num_rows != entry.rows:
        yield Problem("error", table, where, f"{rows.num_rows} rows, manifest records {entry.rows}")
    if tuple(rows.column_names) != entry.columns:
        yield Problem("error", table, where, f"columns {rows.column_names} differ from the manifest's")
    if partition_from_dir(full.parent.relative_to(table_dir)) != entry.partition:
        yield Problem("error", table, where, f"directory does not match partition {dict(entry.partition)}")
    if contract is not None:
        yield from _check_schema(table, where, contract, rows.schema)


def _check_schema(table: str, where: str, contract: TableContract, schema: pa.Schema) -> Iterator[Problem]:
    expected = {name: contract.schema.field(name).type for name in stored_columns(contract)}
    for field in schema:
        if field.name not in expected:
            yield Problem("error", table, where, f"column {field.name} is not in the contract's stored columns")
        elif not field.type.equals(expected[field.name]):
            yield Problem(
                "error", table, where, f"column {field.name} is {field.type}, contract says {expected[field.name]}"
            )
    for name in sorted(set(expected) - set(schema.names)):
        yield Problem("warning", table, where, f"file predates column {name} (read as null)")


def _check_catalog(
    paths: LakePaths, manifest: Manifest, contracts: Mapping[str, TableContract], damaged: set[str]
) -> Iterator[Problem]:
    where = str(paths.catalog)
    state = catalog_state(paths.catalog)
    if state is None:
        if paths.catalog.exists():
            yield Problem("error", None, where, "DuckDB file is unreadable; `Lake.connect()` rebuilds it")
        else:
            yield Problem("warning", None, where, "DuckDB file is missing; `Lake.connect()` builds it")
        return
    if state["sha256"] != manifest.digest or state["warehouse"] != str(paths.warehouse):
        yield Problem(
            "warning",
            None,
            where,
            f"DuckDB views show manifest {state['seq']} of {state['warehouse']}, current is {manifest.seq}; "
            "`Lake.connect()` or the next publish refreshes them",
        )
        return
    connection = open_catalog(paths.catalog)
    try:
        views = view_sql(connection)
        for table in table_names(manifest, contracts):
            yield from _check_table_view(paths, manifest, table, views, connection, table in damaged)
        for view in manifest.views:
            if view.name not in views:
                yield Problem("error", None, where, f"extra view {view.name} is missing (its SQL failed?)")
                continue
            try:
                connection.execute(f"SELECT * FROM {quote_identifier(view.name)} LIMIT 0")
            except duckdb.Error as error:
                yield Problem("error", None, where, f"extra view {view.name} fails: {error}")
    finally:
        connection.close()


def _check_table_view(
    paths: LakePaths,
    manifest: Manifest,
    table: str,
    views: Mapping[str, str],
    connection: duckdb.DuckDBPyConnection,
    damaged: bool,
) -> Iterator[Problem]:
    where = str(paths.catalog)
    if table not in views:
        yield Problem("error", table, where, f"no view {table}")
        return
    listed = files_named_in(views[table])
    expected = {str(paths.lake / entry.path) for entry in manifest.files(table)}
    if listed != expected:
        yield Problem(
            "error",
            table,
            where,
            f"view reads {len(listed - expected)} file(s) not in the manifest and misses {len(expected - listed)}",
        )
        return
    if damaged:
        return
    try:
        counted = connection.execute(f"SELECT count(*) FROM {quote_identifier(table)}").fetchone()
    except duckdb.Error as error:
        yield Problem("error", table, where, f"view fails: {error}")
        return
    if counted is None or counted[0] != manifest.rows(table):
        yield Problem("error", table, where, f"view counts {counted}, manifest records {manifest.rows(table)} rows")


def _leftovers(paths: LakePaths, manifest: Manifest) -> Iterator[Problem]:
    kept = retained_manifests(paths, manifest)
    for file in unreferenced_files(paths, kept):
        yield Problem(
            "warning",
            file.relative_to(paths.lake).parts[0],
            str(file),
            "file in no current or previous manifest (an interrupted publish?); the next publish removes it",
        )
    for file in stale_manifests(paths, kept):
        yield Problem("warning", None, str(file), "old or unused manifest; the next publish removes it")
    if paths.staging.exists() and any(paths.staging.iterdir()):
        yield Problem("warning", None, str(paths.staging), "staging holds leftovers; the next publish removes them")
    for file in stale_catalog_temps(paths):
        yield Problem("warning", None, str(file), "temporary DuckDB file left by a dead process")
