"""What one publish made current: every live file per table, and the extra views, as one JSON document."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from eventlake.lake.errors import LakeCorrupt
from eventlake.lake.layout import LakePaths, write_atomic

FORMAT_VERSION = 1

Partition = tuple[tuple[str, str], ...]
"""(column, value) pairs of a hive partition, in the table's partition order."""


class ViewDefinition(Protocol):
    """Anything naming a view, its SELECT and its description (e.g. `ViewSpec`, or a dashboard's own record)."""

    @property
    def name(self) -> str: ...

    @property
    def sql(self) -> str: ...

    @property
    def description(self) -> str: ...


@dataclass(frozen=True)
class ViewSpec:
    """An extra DuckDB view: `sql` is the SELECT that defines it, `description` becomes its comment."""

    name: str
    sql: str
    description: str

    @classmethod
    def of(cls, view: ViewDefinition) -> ViewSpec:
        return cls(view.name, view.sql, view.description)


@dataclass(frozen=True)
class FileEntry:
    """One published Parquet file; `path` is relative to `<warehouse>/lake` and never changes content."""

    path: str
    partition: Partition
    rows: int
    size: int
    sha256: str
    columns: tuple[str, ...]
    """Columns stored in the file (partition columns live in the path), so views survive contract growth."""

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "partition": [list(pair) for pair in self.partition],
            "rows": self.rows,
            "size": self.size,
            "sha256": self.sha256,
            "columns": list(self.columns),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> FileEntry:
        return cls(
            path=str(raw["path"]),
            partition=tuple((str(key), str(value)) for key, value in raw["partition"]),
            rows=int(raw["rows"]),
            size=int(raw["size"]),
            sha256=str(raw["sha256"]),
            columns=tuple(str(name) for name in raw["columns"]),
        )


@dataclass(frozen=True)
class Manifest:
    """The published state. Sequence 0 is the empty lake that exists before the first publish."""

    seq: int
    previous_seq: int | None = None
    run_id: str | None = None
    created_at: str | None = None
    tables: Mapping[str, tuple[FileEntry, ...]] = field(default_factory=dict)
    views: tuple[ViewSpec, ...] = ()

    def files(self, table: str) -> tuple[FileEntry, ...]:
        return self.tables.get(table, ())

    def rows(self, table: str) -> int:
        return sum(entry.rows for entry in self.files(table))

    def paths(self) -> set[str]:
        return {entry.path for entries in self.tables.values() for entry in entries}

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_VERSION,
            "seq": self.seq,
            "previous_seq": self.previous_seq,
            "run_id": self.run_id,
            "created_at": self.created_at,
            "tables": {
                name: {
                    "rows": sum(entry.rows for entry in entries),
                    "files": [entry.to_json() for entry in entries],
                }
                for name, entries in sorted(self.tables.items())
            },
            "views": [{"name": v.name, "sql": v.sql, "description": v.description} for v in self.views],
        }
        return (json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.to_bytes()).hexdigest()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Manifest:
        document = json.loads(raw)
        if document.get("format") != FORMAT_VERSION:
            raise LakeCorrupt(f"manifest format {document.get('format')!r} is not {FORMAT_VERSION}")
        return cls(
            seq=int(document["seq"]),
            previous_seq=document["previous_seq"],
            run_id=document["run_id"],
            created_at=document["created_at"],
            tables={
                name: tuple(FileEntry.from_json(entry) for entry in table["files"])
                for name, table in document["tables"].items()
            },
            views=tuple(ViewSpec(v["name"], v["sql"], v["description"]) for v in document["views"]),
        )


def read_pointer(paths: LakePaths) -> dict[str, Any] | None:
    """The pointer's content, or None for a lake that was never published."""
    try:
        raw = paths.pointer.read_bytes()
    except FileNotFoundError:
        return None
    try:
        pointer = json.loads(raw)
        return {"seq": int(pointer["seq"]), "manifest": str(pointer["manifest"]), "sha256": str(pointer["sha256"])}
    except (ValueError, KeyError, TypeError) as error:
        raise LakeCorrupt(f"{paths.pointer}: unreadable pointer ({error})") from error


def load_current(paths: LakePaths) -> Manifest:
    """The manifest the pointer names, checked against the digest the pointer recorded."""
    pointer = read_pointer(paths)
    if pointer is None:
        return Manifest(seq=0)
    manifest_path = paths.manifests / pointer["manifest"]
    try:
        raw = manifest_path.read_bytes()
    except FileNotFoundError as error:
        raise LakeCorrupt(f"{paths.pointer} names {manifest_path}, which does not exist") from error
    if hashlib.sha256(raw).hexdigest() != pointer["sha256"]:
        raise LakeCorrupt(f"{manifest_path} does not match the digest recorded in {paths.pointer}")
    try:
        manifest = Manifest.from_bytes(raw)
    except (ValueError, KeyError, TypeError) as error:
        raise LakeCorrupt(f"{manifest_path}: unreadable manifest ({error})") from error
    if manifest.seq != pointer["seq"]:
        raise LakeCorrupt(f"{manifest_path} has seq {manifest.seq}, the pointer says {pointer['seq']}")
    return manifest


def load_manifest(paths: LakePaths, seq: int) -> Manifest | None:
    """A past manifest by sequence number, or None if it was collected or never written."""
    try:
        return Manifest.from_bytes(paths.manifest_file(seq).read_bytes())
    except (FileNotFoundError, ValueError, KeyError, TypeError, LakeCorrupt):
        return None


def make_current(paths: LakePaths, manifest: Manifest) -> None:
    """Write the manifest, then swing the pointer to it: the single atomic step of a publish."""
    raw = manifest.to_bytes()
    target = paths.manifest_file(manifest.seq)
    write_atomic(target, raw)
    pointer = {"seq": manifest.seq, "manifest": target.name, "sha256": hashlib.sha256(raw).hexdigest()}
    write_atomic(paths.pointer, (json.dumps(pointer, sort_keys=True) + "\n").encode())
