"""What a table contract is: a typed pyarrow schema plus the written rules rows must obey.

Each table module in this package declares one `TableContract`. The writer validates batches against it,
the DuckDB views and the documentation derive from it, and field metadata carries description, unit and
enum meanings so that `DESCRIBE` in SQL and the Parquet footer say what a column means.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

RowCheck = Callable[[pa.Table], list[str]]


def column(
    name: str,
    type_: pa.DataType,
    description: str,
    *,
    nullable: bool = True,
    unit: str | None = None,
    enum: Mapping[str, str] | None = None,
) -> pa.Field:
    """A field whose metadata documents it; `enum` maps each allowed value to its meaning."""
    metadata = {"description": description}
    if unit:
        metadata["unit"] = unit
    if enum:
        metadata["enum"] = json.dumps(dict(enum), sort_keys=True)
    return pa.field(name, type_, nullable=nullable, metadata=metadata)


def pipeline_version_column(what: str) -> pa.Field:
    """The `pipeline_version` column of a table whose rows the pipeline `what` ('produced the row', 'linked the
    pair'): `eventlake.PIPELINE_VERSION`, the package version with a digest of the shipped reference tables."""
    return column(
        "pipeline_version",
        pa.string(),
        f"pipeline version that {what}: package version + digest of the reference tables",
        nullable=False,
    )


def sentence_columns(sentence_description: str) -> tuple[pa.Field, ...]:
    """The evidence every sentence-level row carries: its segment, the verbatim sentence and its offsets."""
    return (
        column("segment_seq", pa.int32(), "segments.seq of the sentence", nullable=False),
        column("sentence_text", pa.string(), sentence_description, nullable=False),
        column(
            "char_start",
            pa.int32(),
            "sentence start offset into documents.normalized_text",
            nullable=False,
            unit="characters",
        ),
        column("char_end", pa.int32(), "sentence end offset (exclusive)", nullable=False, unit="characters"),
    )


@dataclass(frozen=True)
class TableContract:
    """One lake table: schema, identity, partitioning and row rules."""

    name: str
    description: str
    fields: tuple[pa.Field, ...]
    primary_key: tuple[str, ...]
    partition_by: tuple[str, ...] = ()
    checks: tuple[RowCheck, ...] = field(default=())

    @property
    def schema(self) -> pa.Schema:
        return pa.schema(list(self.fields), metadata={"table": self.name, "description": self.description})

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def enum_values(self, column_name: str) -> frozenset[str] | None:
        metadata = self.schema.field(column_name).metadata or {}
        raw = metadata.get(b"enum")
        return frozenset(json.loads(raw)) if raw else None

    def describe(self, column_name: str) -> str:
        metadata = self.schema.field(column_name).metadata or {}
        description: bytes = metadata.get(b"description", b"")
        return description.decode()

    def from_rows(self, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
        """Build a table in contract column order; unknown keys are an error, missing keys are null."""
        rows = list(rows)
        allowed = set(self.column_names)
        for row in rows:
            unknown = set(row) - allowed
            if unknown:
                raise ValueError(f"{self.name}: unknown columns {sorted(unknown)}")
        columns = {name: [row.get(name) for row in rows] for name in self.column_names}
        return pa.Table.from_pydict(columns, schema=self.schema)

    def empty(self) -> pa.Table:
        return self.schema.empty_table()

    def validate(self, table: pa.Table) -> list[str]:
        """Every way `table` breaks the contract, as readable sentences; empty when it conforms."""
        problems: list[str] = []
        expected = self.schema
        if table.schema.names != expected.names:
            return [f"{self.name}: columns {table.schema.names} differ from contract {expected.names}"]
        for contract_field in expected:
            actual = table.schema.field(contract_field.name)
            if not actual.type.equals(contract_field.type):
                problems.append(f"{self.name}.{contract_field.name}: type {actual.type} is not {contract_field.type}")
                continue
            values = table.column(contract_field.name)
            if not contract_field.nullable and values.null_count:
                problems.append(f"{self.name}.{contract_field.name}: {values.null_count} null value(s)")
            allowed = self.enum_values(contract_field.name)
            if allowed is not None and len(values):
                present = {v for v in pc.unique(values).to_pylist() if v is not None}
                bad = sorted(present - allowed)
                if bad:
                    problems.append(f"{self.name}.{contract_field.name}: values {bad} not in {sorted(allowed)}")
        if problems:
            return problems
        problems.extend(_duplicate_keys(self.name, table, self.primary_key))
        for check in self.checks:
            problems.extend(check(table))
        return problems


def _duplicate_keys(name: str, table: pa.Table, key: Sequence[str]) -> list[str]:
    if not key or table.num_rows == 0:
        return []
    counts = table.group_by(list(key)).aggregate([([], "count_all")])
    duplicated = counts.filter(pc.greater(counts["count_all"], 1))
    if duplicated.num_rows == 0:
        return []
    sample = duplicated.slice(0, 3).select(list(key)).to_pylist()
    return [f"{name}: {duplicated.num_rows} duplicate key(s) on {list(key)}, e.g. {sample}"]


def offsets_within(text_length_column: str | None, start: str, end: str, table_name: str) -> RowCheck:
    """A check that spans are well formed: 0 <= start <= end (and end <= length when a length column is given)."""

    def check(table: pa.Table) -> list[str]:
        starts, ends = table.column(start), table.column(end)
        bad = pc.sum(pc.cast(pc.or_(pc.less(starts, 0), pc.greater(starts, ends)), pa.int64())).as_py() or 0
        problems = [f"{table_name}: {bad} row(s) with {start} < 0 or {start} > {end}"] if bad else []
        if text_length_column:
            lengths = table.column(text_length_column)
            over = pc.sum(pc.cast(pc.greater(ends, lengths), pa.int64())).as_py() or 0
            if over:
                problems.append(f"{table_name}: {over} row(s) with {end} beyond {text_length_column}")
        return problems

    return check
