"""`Lake`: the only object that writes the warehouse, and the way everything else reads it."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import time
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from eventlake.lake.catalog import build_catalog, catalog_state, open_catalog
from eventlake.lake.doctor import Problem, diagnose
from eventlake.lake.errors import QuarantinedBatch
from eventlake.lake.gc import collect_garbage
from eventlake.lake.layout import LakePaths
from eventlake.lake.lock import LakeLock
from eventlake.lake.manifest import (
    FileEntry,
    Manifest,
    Partition,
    ViewDefinition,
    ViewSpec,
    load_current,
    make_current,
)
from eventlake.lake.merge import TablePlan, plan_merge, plan_replace
from eventlake.lake.staging import publish_staged, quarantine, stage_table
from eventlake.lake.tables import read_entries
from schemas.contract import TableContract

logger = logging.getLogger(__name__)

RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
READ_ATTEMPTS = 3


@dataclass(frozen=True)
class TableChange:
    """What one publish did to one table."""

    rows_before: int
    rows_after: int
    rows_added: int
    rows_removed: int
    rows_ignored: int
    """Incoming rows whose primary key the lake already held: the existing row was kept."""
    partitions_rewritten: tuple[str, ...]
    files_written: int


@dataclass(frozen=True)
class PublishReport:
    """The outcome of `Lake.publish`; `changed` is False when the batch added and removed nothing."""

    run_id: str
    manifest_seq: int
    changed: bool
    tables: Mapping[str, TableChange]
    view_errors: tuple[str, ...]
    files_collected: int
    duration_s: float


class Lake:
    """Hive-partitioned Parquet per table under `<warehouse>/lake`, made current by manifests, with DuckDB views.

    `views` are extra DuckDB views recorded in the next manifest; None keeps the views already published.
    Methods are not safe to call from several threads on one object at once.
    """

    def __init__(
        self,
        warehouse: Path | str,
        *,
        contracts: Mapping[str, TableContract] | None = None,
        views: Sequence[ViewDefinition] | None = None,
        lock_timeout_s: float = 0.0,
    ) -> None:
        if contracts is None:
            from schemas import CONTRACTS

            contracts = CONTRACTS
        self.paths = LakePaths.under(warehouse)
        self.contracts: Mapping[str, TableContract] = dict(contracts)
        self.views: tuple[ViewSpec, ...] | None = tuple(map(ViewSpec.of, views)) if views is not None else None
        self.lock_timeout_s = lock_timeout_s
        self._lock = LakeLock(self.paths.lock)
        if self.views is not None:
            _check_views(self.views, self.contracts)

    def __repr__(self) -> str:
        return f"Lake({str(self.paths.warehouse)!r})"

    @contextmanager
    def lock(self, timeout_s: float | None = None) -> Iterator[None]:
        """Hold the writer lock; waits up to `timeout_s` (default `lock_timeout_s`), then raises `LakeBusy`."""
        self._lock.acquire(self.lock_timeout_s if timeout_s is None else timeout_s)
        try:
            yield
        finally:
            self._lock.release()

    def manifest(self) -> Manifest:
        """The current manifest (sequence 0 and no files before the first publish)."""
        return load_current(self.paths)

    def read(self, table: str, columns: Sequence[str] | None = None) -> pa.Table:
        """All current rows of `table` in contract types and column order; empty and typed when it has no files."""
        contract = self._contract(table)
        for attempt in range(READ_ATTEMPTS):
            manifest = self.manifest()
            try:
                return read_entries(self.paths.lake, table, contract, manifest.files(table), columns)
            except FileNotFoundError:
                if attempt + 1 == READ_ATTEMPTS or self.manifest().digest == manifest.digest:
                    raise
        raise AssertionError("unreachable")

    def known_documents(self) -> dict[str, tuple[str, str]]:
        """doc_id -> (pipeline_version, source_uri), oldest ingestion first, so later entries are newer versions."""
        documents = self.read("documents", ["doc_id", "pipeline_version", "source_uri", "ingested_at"])
        documents = documents.sort_by([("ingested_at", "ascending"), ("doc_id", "ascending")])
        return {
            doc_id: (version, source_uri)
            for doc_id, version, source_uri in zip(
                documents["doc_id"].to_pylist(),
                documents["pipeline_version"].to_pylist(),
                documents["source_uri"].to_pylist(),
                strict=True,
            )
        }

    def latest_documents(self) -> dict[str, str]:
        """source_uri -> doc_id of its newest version: not superseded by another, else most recently ingested."""
        documents = self.read("documents", ["doc_id", "source_uri", "supersedes_doc_id", "ingested_at"])
        superseded = {doc_id for doc_id in documents["supersedes_doc_id"].to_pylist() if doc_id is not None}
        ranked = documents.sort_by([("ingested_at", "ascending"), ("doc_id", "ascending")]).to_pylist()
        latest: dict[str, str] = {}
        for row in ranked:
            current = latest.get(row["source_uri"])
            if current is None or current in superseded or row["doc_id"] not in superseded:
                latest[row["source_uri"]] = row["doc_id"]
        return latest

    def connect(self) -> duckdb.DuckDBPyConnection:
        """A read-only connection to the DuckDB views, rebuilt first if the file is missing or stale."""
        self.refresh_catalog()
        return open_catalog(self.paths.catalog)

    def refresh_catalog(self, *, force: bool = False) -> tuple[str, ...]:
        """Rebuild the DuckDB file from the current manifest unless it already matches; returns failed views."""
        failures: tuple[str, ...] = ()
        for _ in range(READ_ATTEMPTS):
            manifest = self.manifest()
            if not force and self._catalog_matches(manifest):
                return failures
            failures = build_catalog(self.paths, manifest, self.contracts)
            for failure in failures:
                logger.warning("eventlake catalog: %s", failure)
            if self.manifest().digest == manifest.digest:
                return failures
            force = False
        return failures

    def _catalog_matches(self, manifest: Manifest) -> bool:
        state = catalog_state(self.paths.catalog)
        return (
            state is not None and state["sha256"] == manifest.digest and state["warehouse"] == str(self.paths.warehouse)
        )

    def publish(
        self,
        run_id: str,
        changes: Mapping[str, pa.Table],
        *,
        replace_doc_ids: Collection[str] = (),
        replace_tables: Collection[str] = (),
        replace_doc_ids_in: Mapping[str, Collection[str]] | None = None,
    ) -> PublishReport:
        """Publish one run's rows to every table at once, or nothing.

        Tables with a doc_id column lose their rows of `replace_doc_ids` (and, per table, of
        `replace_doc_ids_in[table]`) before the incoming rows are added. Incoming rows whose primary key is
        already present are ignored (the existing row wins). Tables in `replace_tables` become exactly their
        incoming rows. A batch that breaks a contract is written to `<warehouse>/quarantine/<run_id>/` and
        `QuarantinedBatch` is raised; the lake is then unchanged.
        """
        started = time.perf_counter()
        drops = self._check_request(run_id, changes, replace_doc_ids, replace_tables, replace_doc_ids_in or {})
        with self.lock():
            problems = self._problems(changes)
            if problems:
                raise QuarantinedBatch(run_id, problems, quarantine(self.paths, run_id, changes, problems))
            current = self.manifest()
            staging = self.paths.staging / run_id
            if staging.exists():
                shutil.rmtree(staging)
            tables = dict(current.tables)
            summary: dict[str, TableChange] = {}
            touched = set(changes) | {name for name, doc_ids in drops.items() if doc_ids and current.files(name)}
            for name in sorted(touched):
                contract = self.contracts[name]
                incoming = changes.get(name)
                existing = current.files(name)
                plan: TablePlan | None
                if name in replace_tables and incoming is not None:
                    plan = plan_replace(contract, existing, incoming)
                else:
                    plan = plan_merge(self.paths.lake, name, contract, existing, incoming, drops.get(name, ()))
                if plan is None:
                    ignored = incoming.num_rows if incoming is not None else 0
                    rows = current.rows(name)
                    summary[name] = TableChange(rows, rows, 0, 0, ignored, (), 0)
                    continue
                staged = stage_table(staging / name, contract, plan.rewrite)
                written = publish_staged(self.paths, name, contract, staging / name, staged)
                files = tuple(sorted((*plan.keep, *written), key=lambda entry: entry.path))
                if files:
                    tables[name] = files
                else:
                    tables.pop(name, None)
                summary[name] = _table_change(current.rows(name), files, plan, len(written))
            views = current.views if self.views is None else self.views
            changed = tables != dict(current.tables) or views != current.views
            manifest = current
            if changed:
                manifest = Manifest(
                    seq=current.seq + 1,
                    previous_seq=current.seq,
                    run_id=run_id,
                    created_at=dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
                    tables=tables,
                    views=views,
                )
                make_current(self.paths, manifest)
            view_errors = self.refresh_catalog(force=changed)
            collected = collect_garbage(self.paths, manifest)
        return PublishReport(
            run_id=run_id,
            manifest_seq=manifest.seq,
            changed=changed,
            tables=summary,
            view_errors=view_errors,
            files_collected=collected,
            duration_s=round(time.perf_counter() - started, 4),
        )

    def doctor(self) -> list[Problem]:
        """Every way the warehouse differs from what its manifest promises; errors first."""
        return diagnose(self.paths, self.contracts)

    def _contract(self, table: str) -> TableContract:
        try:
            return self.contracts[table]
        except KeyError:
            raise KeyError(f"no lake table {table!r}; known: {', '.join(sorted(self.contracts))}") from None

    def _check_request(
        self,
        run_id: str,
        changes: Mapping[str, pa.Table],
        replace_doc_ids: Collection[str],
        replace_tables: Collection[str],
        replace_doc_ids_in: Mapping[str, Collection[str]],
    ) -> dict[str, frozenset[str]]:
        """Mistakes in the call itself (not in the rows) are programming errors: raise before touching anything."""
        if not RUN_ID.fullmatch(run_id):
            raise ValueError(f"run_id {run_id!r} must match {RUN_ID.pattern} (it names a folder)")
        for argument in (replace_doc_ids, replace_tables, *replace_doc_ids_in.values()):
            if isinstance(argument, str):
                raise TypeError(f"expected a collection of strings, got the string {argument!r}")
        missing = sorted(set(replace_tables) - set(changes))
        if missing:
            raise ValueError(f"replace_tables {missing} have no incoming table; pass an empty table to empty one")
        doc_keyed = {name for name, contract in self.contracts.items() if "doc_id" in contract.column_names}
        unknown = sorted(set(replace_doc_ids_in) - doc_keyed)
        if unknown:
            raise ValueError(f"replace_doc_ids_in names {unknown}, which are not tables with a doc_id column")
        everywhere = frozenset(replace_doc_ids)
        return {name: everywhere | frozenset(replace_doc_ids_in.get(name, ())) for name in sorted(doc_keyed)}

    def _problems(self, changes: Mapping[str, pa.Table]) -> dict[str, tuple[str, ...]]:
        problems: dict[str, tuple[str, ...]] = {}
        for name, table in changes.items():
            contract = self.contracts.get(name)
            if contract is None:
                problems[name] = (f"unknown table {name!r}; known: {', '.join(sorted(self.contracts))}",)
            elif not isinstance(table, pa.Table):
                problems[name] = (f"{name}: expected a pyarrow Table, got {type(table).__name__}",)
            elif found := contract.validate(table):
                problems[name] = tuple(found)
        return problems


def _table_change(rows_before: int, files: Sequence[FileEntry], plan: TablePlan, written: int) -> TableChange:
    return TableChange(
        rows_before=rows_before,
        rows_after=sum(entry.rows for entry in files),
        rows_added=plan.rows_added,
        rows_removed=plan.rows_removed,
        rows_ignored=plan.rows_ignored,
        partitions_rewritten=tuple(_partition_name(partition) for partition in plan.rewritten_partitions),
        files_written=written,
    )


def _partition_name(partition: Partition) -> str:
    return "/".join(f"{name}={value}" for name, value in partition)


def _check_views(views: Sequence[ViewSpec], contracts: Mapping[str, TableContract]) -> None:
    names = [view.name for view in views]
    clashes = sorted(set(names) & set(contracts))
    repeated = sorted({name for name in names if names.count(name) > 1})
    if clashes or repeated:
        raise ValueError(f"extra views must have new, distinct names: clashes {clashes}, repeated {repeated}")
