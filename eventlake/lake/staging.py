"""Writing planned partitions under staging, moving them into the lake under content-derived names, and quarantine."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from eventlake.lake.layout import LakePaths, fsync_dir, fsync_file
from eventlake.lake.manifest import FileEntry, Partition
from eventlake.lake.tables import (
    MAX_ROWS_PER_FILE,
    MAX_ROWS_PER_GROUP,
    MIN_ROWS_PER_GROUP,
    hive_partitioning,
    parquet_format,
    parquet_write_options,
    stored_columns,
)
from schemas.contract import TableContract

HASH_CHUNK = 1 << 20
NAME_DIGITS = 32


def stage_table(staging_dir: Path, contract: TableContract, rows: pa.Table) -> list[tuple[Path, int]]:
    """Write `rows` hive-partitioned under `staging_dir`; returns each written file with its row count."""
    written: list[tuple[Path, int]] = []
    if not rows.num_rows:
        return written
    ds.write_dataset(
        rows,
        str(staging_dir),
        format=parquet_format(),
        file_options=parquet_write_options(),
        partitioning=hive_partitioning(contract),
        basename_template="part-{i}.parquet",
        existing_data_behavior="delete_matching",
        min_rows_per_group=MIN_ROWS_PER_GROUP,
        max_rows_per_group=MAX_ROWS_PER_GROUP,
        max_rows_per_file=MAX_ROWS_PER_FILE,
        preserve_order=True,
        use_threads=True,
        file_visitor=lambda written_file: written.append((Path(written_file.path), written_file.metadata.num_rows)),
    )
    return written


def publish_staged(
    paths: LakePaths, table: str, contract: TableContract, staging_dir: Path, staged: list[tuple[Path, int]]
) -> tuple[FileEntry, ...]:
    """Move staged files into the lake as `<sha256>.parquet`; a file already there with that name is reused."""
    entries: list[FileEntry] = []
    touched_dirs: set[Path] = set()
    for staged_path, rows in staged:
        digest = sha256_file(staged_path)
        partition_dir = staged_path.parent.relative_to(staging_dir)
        target = paths.table_dir(table) / partition_dir / f"{digest[:NAME_DIGITS]}.parquet"
        size = staged_path.stat().st_size
        if target.exists() and target.stat().st_size == size:
            staged_path.unlink()
        else:
            fsync_file(staged_path)
            target.parent.mkdir(parents=True, exist_ok=True)
            staged_path.replace(target)
            touched_dirs.add(target.parent)
        entries.append(
            FileEntry(
                path=target.relative_to(paths.lake).as_posix(),
                partition=partition_from_dir(partition_dir),
                rows=rows,
                size=size,
                sha256=digest,
                columns=stored_columns(contract),
            )
        )
    for directory in touched_dirs:
        fsync_dir(directory)
    return tuple(entries)


def partition_from_dir(partition_dir: Path) -> Partition:
    """(column, value) pairs from a hive directory such as `published_month=2024-05`."""
    pairs = [part.split("=", 1) for part in partition_dir.parts if "=" in part]
    return tuple((unquote(name), unquote(value)) for name, value in pairs)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def quarantine(
    paths: LakePaths, run_id: str, changes: Mapping[str, Any], problems: Mapping[str, tuple[str, ...]]
) -> Path:
    """Keep a refused batch with the reasons beside it: one Parquet file per table, reason.json and reason.txt."""
    target = paths.quarantine / run_id
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    saved: dict[str, int] = {}
    unsaved: dict[str, str] = {}
    for name, table in sorted(changes.items()):
        if not isinstance(table, pa.Table):
            unsaved[name] = f"not a pyarrow Table but {type(table).__name__}"
            continue
        try:
            pq.write_table(table, target / f"{name}.parquet", compression="zstd")
            saved[name] = table.num_rows
        except (pa.ArrowException, OSError, ValueError) as error:
            unsaved[name] = f"could not be written: {error}"
    reason = {
        "run_id": run_id,
        "quarantined_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "problems": {name: list(found) for name, found in sorted(problems.items())},
        "saved_rows": saved,
        "unsaved": unsaved,
    }
    (target / "reason.json").write_text(json.dumps(reason, indent=1, sort_keys=True) + "\n")
    lines = [f"run {run_id}: nothing of this batch was published.", ""]
    lines += [f"{name}: {problem}" for name, found in sorted(problems.items()) for problem in found]
    lines += [f"{name}: {detail}" for name, detail in sorted(unsaved.items())]
    (target / "reason.txt").write_text("\n".join(lines) + "\n")
    return target
