"""Which partitions a batch touches, and what they hold afterwards. Pure over Arrow tables and file entries."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from eventlake.lake.errors import LakeCorrupt
from eventlake.lake.manifest import FileEntry, Partition
from eventlake.lake.tables import conform, partitions_of, read_entries
from schemas.contract import TableContract

ROW_NUMBER = "__eventlake_row"


@dataclass(frozen=True)
class TablePlan:
    """Files kept as they are, plus the full new content of every partition that changes."""

    keep: tuple[FileEntry, ...]
    rewrite: pa.Table
    rewritten_partitions: tuple[Partition, ...]
    rows_added: int
    rows_removed: int
    rows_ignored: int
    """Incoming rows whose primary key the lake already held (the existing row wins)."""


def plan_replace(contract: TableContract, existing: Sequence[FileEntry], incoming: pa.Table) -> TablePlan:
    """The table becomes exactly `incoming`."""
    rewrite = _sorted(conform(incoming, contract), contract)
    partitions = {entry.partition for entry in existing} | partitions_of(rewrite, contract.partition_by)
    return TablePlan(
        keep=(),
        rewrite=rewrite,
        rewritten_partitions=tuple(sorted(partitions)),
        rows_added=incoming.num_rows,
        rows_removed=sum(entry.rows for entry in existing),
        rows_ignored=0,
    )


def plan_merge(
    lake_dir: Path,
    table: str,
    contract: TableContract,
    existing: Sequence[FileEntry],
    incoming: pa.Table | None,
    drop_doc_ids: Collection[str],
) -> TablePlan | None:
    """Drop rows of `drop_doc_ids`, add incoming rows with new keys; None when nothing would change."""
    key = list(contract.primary_key)
    drop = pa.array(sorted(drop_doc_ids), type=pa.string())
    keyed_by_doc = "doc_id" in contract.column_names
    index_columns = list(dict.fromkeys([*key, *(["doc_id"] if keyed_by_doc else [])]))

    surviving_keys: list[pa.Table] = []
    files_with_drops: set[str] = set()
    rows_removed = 0
    if existing and (len(drop) or (incoming is not None and incoming.num_rows)):
        for entry in existing:
            index = read_entries(lake_dir, table, contract, [entry], index_columns)
            if keyed_by_doc and len(drop):
                dropped = pc.is_in(index["doc_id"], value_set=drop)
                removed = pc.sum(pc.cast(dropped, pa.int64())).as_py() or 0
                if removed:
                    files_with_drops.add(entry.path)
                    rows_removed += removed
                    index = index.filter(pc.invert(dropped))
            surviving_keys.append(index.select(key))

    added = _new_rows(conform(incoming, contract), surviving_keys, key) if incoming is not None else None
    rows_added = added.num_rows if added is not None else 0
    rows_ignored = (incoming.num_rows if incoming is not None else 0) - rows_added
    touched = {entry.partition for entry in existing if entry.path in files_with_drops}
    if added is not None:
        touched |= partitions_of(added, contract.partition_by)
    if not touched:
        return None

    rewritten_files = [entry for entry in existing if entry.partition in touched]
    kept_rows = read_entries(lake_dir, table, contract, rewritten_files)
    if keyed_by_doc and len(drop):
        kept_rows = kept_rows.filter(pc.invert(pc.is_in(kept_rows["doc_id"], value_set=drop)))
    parts = [conform(kept_rows, contract)] + ([added] if added is not None else [])
    rewrite = _sorted(pa.concat_tables(parts), contract)
    problems = contract.validate(rewrite)
    if problems:
        raise LakeCorrupt(f"{table}: rewritten partitions would break the contract: {'; '.join(problems)}")
    return TablePlan(
        keep=tuple(entry for entry in existing if entry.partition not in touched),
        rewrite=rewrite,
        rewritten_partitions=tuple(sorted(touched)),
        rows_added=rows_added,
        rows_removed=rows_removed,
        rows_ignored=rows_ignored,
    )


def _new_rows(incoming: pa.Table, surviving_keys: Sequence[pa.Table], key: list[str]) -> pa.Table:
    """Rows of `incoming` whose key is not among `surviving_keys`."""
    known = [keys for keys in surviving_keys if keys.num_rows]
    if not known or not incoming.num_rows:
        return incoming
    numbered = incoming.select(key).append_column(ROW_NUMBER, pa.array(range(incoming.num_rows), pa.int64()))
    unmatched = numbered.join(pa.concat_tables(known), keys=key, join_type="left anti")
    return incoming.take(unmatched[ROW_NUMBER])


def _sorted(table: pa.Table, contract: TableContract) -> pa.Table:
    """Rows in partition then key order, so the same rows always make byte-identical files."""
    order = list(dict.fromkeys([*contract.partition_by, *contract.primary_key]))
    return table.sort_by([(name, "ascending") for name in order]) if order and table.num_rows else table
