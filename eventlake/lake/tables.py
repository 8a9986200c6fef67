"""Reading published files back into contract-shaped Arrow tables, and the Parquet settings used to write them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds

from eventlake.lake.manifest import FileEntry, Partition
from schemas.contract import TableContract

MIN_ROWS_PER_GROUP = 50_000
MAX_ROWS_PER_GROUP = 250_000
MAX_ROWS_PER_FILE = 1_000_000


def parquet_format() -> Any:
    """Parquet with page checksums verified on read, so silent corruption fails loudly."""
    return ds.ParquetFileFormat(
        default_fragment_scan_options=ds.ParquetFragmentScanOptions(page_checksum_verification=True)
    )


def parquet_write_options() -> Any:
    return parquet_format().make_write_options(compression="zstd", write_page_checksum=True)


def hive_partitioning(contract: TableContract) -> Any:
    if not contract.partition_by:
        return None
    return ds.partitioning(pa.schema([contract.schema.field(name) for name in contract.partition_by]), flavor="hive")


def stored_columns(contract: TableContract) -> tuple[str, ...]:
    """Columns kept inside each file; the partition columns are in the directory names."""
    return tuple(name for name in contract.column_names if name not in contract.partition_by)


def read_entries(
    lake_dir: Path,
    table: str,
    contract: TableContract,
    entries: Sequence[FileEntry],
    columns: Sequence[str] | None = None,
) -> pa.Table:
    """Rows of `entries` in contract types and order; columns a file predates come back null."""
    schema = contract.schema
    wanted = list(columns) if columns is not None else list(contract.column_names)
    if not entries:
        return pa.schema([schema.field(name) for name in wanted]).empty_table()
    dataset = ds.dataset(
        [str(lake_dir / entry.path) for entry in entries],
        schema=schema,
        format=parquet_format(),
        partitioning=hive_partitioning(contract),
        partition_base_dir=str(lake_dir / table),
    )
    return dataset.to_table(columns=wanted)


def partitions_of(table: pa.Table, partition_by: Sequence[str]) -> set[Partition]:
    """The distinct hive partitions the rows of `table` fall in."""
    if not partition_by:
        return {()} if table.num_rows else set()
    distinct = table.select(list(partition_by)).group_by(list(partition_by)).aggregate([])
    return {tuple((name, str(row[name])) for name in partition_by) for row in distinct.to_pylist()}


def conform(table: pa.Table, contract: TableContract) -> pa.Table:
    """The same columns under the contract's schema, so field descriptions travel into every file."""
    return pa.Table.from_arrays(table.select(list(contract.column_names)).columns, schema=contract.schema)
