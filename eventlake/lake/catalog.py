"""The DuckDB file: one view per table over the manifest's files, the extra views, and the state it was built from."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from eventlake.lake.layout import LakePaths, fsync_dir, fsync_file
from eventlake.lake.manifest import FileEntry, Manifest, ViewSpec
from schemas.contract import TableContract

SQL_STRING = re.compile(r"'((?:[^']|'')*)'")
STATE_TABLE = "lake_state"
ATTACHED_AS = "lake"


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_names(manifest: Manifest, contracts: Mapping[str, TableContract]) -> list[str]:
    return sorted(set(contracts) | set(manifest.tables))


def duckdb_types(connection: duckdb.DuckDBPyConnection, contract: TableContract) -> dict[str, str]:
    """DuckDB's spelling of each contract column type, as DuckDB itself maps the Arrow schema."""
    empty = contract.empty()
    relation = connection.from_arrow(empty)
    return dict(zip(relation.columns, (str(kind) for kind in relation.types), strict=True))


def table_view_sql(
    lake_dir: Path, name: str, contract: TableContract | None, entries: Sequence[FileEntry], types: Mapping[str, str]
) -> str:
    """A view over exactly `entries`, in contract column order; typed and empty when there are no files."""
    view = quote_identifier(name)
    if contract is None:
        return f"CREATE VIEW {view} AS SELECT * FROM {_read_parquet(lake_dir, entries, {})}"
    if not entries:
        nulls = ", ".join(f"CAST(NULL AS {types[c]}) AS {quote_identifier(c)}" for c in contract.column_names)
        return f"CREATE VIEW {view} AS SELECT {nulls} WHERE false"
    present = {column for entry in entries for column in entry.columns} | set(contract.partition_by)
    selected = ", ".join(
        quote_identifier(c) if c in present else f"CAST(NULL AS {types[c]}) AS {quote_identifier(c)}"
        for c in contract.column_names
    )
    hive_types = {column: types[column] for column in contract.partition_by}
    return f"CREATE VIEW {view} AS SELECT {selected} FROM {_read_parquet(lake_dir, entries, hive_types)}"


def _read_parquet(lake_dir: Path, entries: Sequence[FileEntry], hive_types: Mapping[str, str]) -> str:
    files = ", ".join(quote_literal(str(lake_dir / entry.path)) for entry in entries)
    options = "hive_partitioning = true, union_by_name = true"
    if hive_types:
        pairs = ", ".join(f"{quote_literal(column)}: {quote_literal(kind)}" for column, kind in hive_types.items())
        options += f", hive_types = {{{pairs}}}"
    return f"read_parquet([{files}], {options})"


def column_comment(field: pa.Field) -> str:
    """The field's description, with its unit and the meaning of each allowed value."""
    metadata: dict[str, str] = {key.decode(): value.decode() for key, value in (field.metadata or {}).items()}
    comment = metadata.get("description", "")
    if "unit" in metadata:
        comment += f" [unit: {metadata['unit']}]"
    if "enum" in metadata:
        meanings = json.loads(metadata["enum"])
        comment += ". Values: " + "; ".join(f"{value} = {meaning}" for value, meaning in meanings.items())
    return comment


def build_catalog(paths: LakePaths, manifest: Manifest, contracts: Mapping[str, TableContract]) -> tuple[str, ...]:
    """Build the DuckDB file under a temporary name, then swap it in; returns the extra views that failed."""
    paths.warehouse.mkdir(parents=True, exist_ok=True)
    temporary = paths.catalog_temp()
    connection = duckdb.connect(str(temporary))
    try:
        connection.execute("BEGIN TRANSACTION")
        for name in table_names(manifest, contracts):
            contract = contracts.get(name)
            types = duckdb_types(connection, contract) if contract is not None else {}
            connection.execute(table_view_sql(paths.lake, name, contract, manifest.files(name), types))
            if contract is not None:
                _comment(connection, name, contract)
        connection.execute("COMMIT")
        failures = _create_extra_views(connection, manifest.views)
        connection.execute(
            f"CREATE TABLE {STATE_TABLE} (manifest_seq BIGINT, manifest_sha256 VARCHAR, warehouse VARCHAR, "
            "run_id VARCHAR, published_at VARCHAR)"
        )
        connection.execute(
            f"INSERT INTO {STATE_TABLE} VALUES (?, ?, ?, ?, ?)",
            [manifest.seq, manifest.digest, str(paths.warehouse), manifest.run_id, manifest.created_at],
        )
        connection.execute(f"COMMENT ON TABLE {STATE_TABLE} IS 'the lake manifest these views were built from'")
        connection.execute("CHECKPOINT")
    except BaseException:
        connection.close()
        _remove_catalog_files(temporary)
        raise
    connection.close()
    fsync_file(temporary)
    temporary.replace(paths.catalog)
    fsync_dir(paths.warehouse)
    return tuple(failures)


def _create_extra_views(connection: duckdb.DuckDBPyConnection, views: Sequence[ViewSpec]) -> tuple[str, ...]:
    """All views in one transaction; if any fails, again one by one so the others still exist."""
    statements = [
        (
            view.name,
            f"CREATE VIEW {quote_identifier(view.name)} AS {view.sql};\n"
            f"COMMENT ON VIEW {quote_identifier(view.name)} IS {quote_literal(view.description)}",
        )
        for view in views
    ]
    try:
        connection.execute("BEGIN TRANSACTION")
        for _, statement in statements:
            connection.execute(statement)
        connection.execute("COMMIT")
        return ()
    except duckdb.Error:
        connection.execute("ROLLBACK")
    failures: list[str] = []
    for name, statement in statements:
        try:
            connection.execute(statement)
        except duckdb.Error as error:
            failures.append(f"view {name}: {error}")
    return tuple(failures)


def _comment(connection: duckdb.DuckDBPyConnection, name: str, contract: TableContract) -> None:
    view = quote_identifier(name)
    statements = [f"COMMENT ON VIEW {view} IS {quote_literal(contract.description)}"]
    statements += [
        f"COMMENT ON COLUMN {view}.{quote_identifier(field.name)} IS {quote_literal(column_comment(field))}"
        for field in contract.schema
    ]
    connection.execute(";\n".join(statements))


def _remove_catalog_files(database: Path) -> None:
    for path in (database, database.with_name(database.name + ".wal")):
        path.unlink(missing_ok=True)


def open_catalog(path: Path) -> duckdb.DuckDBPyConnection:
    """A connection whose default catalog is the DuckDB file attached read-only.

    Attaching into a fresh in-memory database, rather than `duckdb.connect(path)`, avoids DuckDB's per-process
    cache of open files, which would keep serving a file that a publish has since replaced.
    """
    connection = duckdb.connect(":memory:")
    try:
        connection.execute(f"ATTACH {quote_literal(str(path))} AS {ATTACHED_AS} (READ_ONLY)")
        connection.execute(f"USE {ATTACHED_AS}")
    except BaseException:
        connection.close()
        raise
    return connection


def catalog_state(path: Path) -> dict[str, Any] | None:
    """What the DuckDB file says it was built from, or None if it is missing or unreadable."""
    if not path.exists():
        return None
    try:
        connection = open_catalog(path)
    except duckdb.Error:
        return None
    try:
        row = connection.execute(f"SELECT manifest_seq, manifest_sha256, warehouse FROM {STATE_TABLE}").fetchone()
    except duckdb.Error:
        return None
    finally:
        connection.close()
    if row is None:
        return None
    return {"seq": row[0], "sha256": row[1], "warehouse": row[2]}


def view_sql(connection: duckdb.DuckDBPyConnection) -> dict[str, str]:
    rows = connection.execute(
        "SELECT view_name, sql FROM duckdb_views() WHERE NOT internal AND database_name = current_database()"
    ).fetchall()
    return {str(name): str(sql) for name, sql in rows}


def files_named_in(sql: str) -> set[str]:
    """The Parquet paths a view's SQL reads."""
    literals = (literal.replace("''", "'") for literal in SQL_STRING.findall(sql))
    return {literal for literal in literals if literal.endswith(".parquet")}
