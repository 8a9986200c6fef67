"""Where everything lives under a warehouse, and the few filesystem moves that must be atomic."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

POINTER_NAME = "CURRENT"
CATALOG_NAME = "eventlake.duckdb"
CATALOG_TEMP_PREFIX = ".eventlake.duckdb."
CATALOG_TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class LakePaths:
    """The fixed layout of one warehouse folder."""

    warehouse: Path

    @classmethod
    def under(cls, warehouse: Path | str) -> LakePaths:
        return cls(Path(warehouse).expanduser().absolute())

    @property
    def lake(self) -> Path:
        return self.warehouse / "lake"

    @property
    def manifests(self) -> Path:
        return self.lake / "_manifests"

    @property
    def pointer(self) -> Path:
        return self.manifests / POINTER_NAME

    @property
    def staging(self) -> Path:
        return self.warehouse / "staging"

    @property
    def quarantine(self) -> Path:
        return self.warehouse / "quarantine"

    @property
    def catalog(self) -> Path:
        return self.warehouse / CATALOG_NAME

    @property
    def lock(self) -> Path:
        return self.warehouse / ".lock"

    def table_dir(self, table: str) -> Path:
        return self.lake / table

    def manifest_file(self, seq: int) -> Path:
        return self.manifests / f"{seq:010d}.json"

    def catalog_temp(self) -> Path:
        return self.warehouse / f"{CATALOG_TEMP_PREFIX}{os.getpid()}.{os.urandom(4).hex()}{CATALOG_TEMP_SUFFIX}"


def fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_dir(path: Path) -> None:
    """Make a rename inside `path` durable, not only visible."""
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomic(path: Path, data: bytes) -> None:
    """Readers see either the old content of `path` or all of `data`, never a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
    fsync_dir(path.parent)
