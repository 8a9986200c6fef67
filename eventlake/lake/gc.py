"""Removing what no reader can need: files of neither the current nor the previous manifest, staging, temp files."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

from eventlake.lake.layout import CATALOG_TEMP_PREFIX, LakePaths
from eventlake.lake.manifest import Manifest, load_manifest


def retained_manifests(paths: LakePaths, current: Manifest) -> list[Manifest]:
    kept = [current]
    if current.previous_seq:
        previous = load_manifest(paths, current.previous_seq)
        if previous is not None:
            kept.append(previous)
    return kept


def unreferenced_files(paths: LakePaths, kept: Sequence[Manifest]) -> Iterator[Path]:
    """Parquet files in the lake that no kept manifest lists."""
    live = {path for manifest in kept for path in manifest.paths()}
    if not paths.lake.exists():
        return
    for table_dir in sorted(paths.lake.iterdir()):
        if table_dir == paths.manifests or not table_dir.is_dir():
            continue
        for file in sorted(table_dir.rglob("*.parquet")):
            if file.relative_to(paths.lake).as_posix() not in live:
                yield file


def stale_manifests(paths: LakePaths, kept: Sequence[Manifest]) -> Iterator[Path]:
    """Manifests that are neither kept nor the pointer, and temp files an interrupted write left."""
    if not paths.manifests.exists():
        return
    names = {paths.manifest_file(manifest.seq).name for manifest in kept}
    for file in sorted(paths.manifests.iterdir()):
        if file.name == paths.pointer.name or file.name in names:
            continue
        yield file


def stale_catalog_temps(paths: LakePaths) -> Iterator[Path]:
    """DuckDB files a process died building (or finished with): their pid is gone or is this process."""
    if not paths.warehouse.exists():
        return
    for file in sorted(paths.warehouse.glob(f"{CATALOG_TEMP_PREFIX}*")):
        pid_text = file.name.removeprefix(CATALOG_TEMP_PREFIX).split(".", 1)[0]
        if not pid_text.isdigit() or int(pid_text) == os.getpid() or not _alive(int(pid_text)):
            yield file


def collect_garbage(paths: LakePaths, current: Manifest) -> int:
    """Delete everything no reader of the current or previous manifest can need; returns files removed."""
    kept = retained_manifests(paths, current)
    doomed = [*unreferenced_files(paths, kept), *stale_manifests(paths, kept), *stale_catalog_temps(paths)]
    for file in doomed:
        file.unlink(missing_ok=True)
    _remove_empty_dirs(paths)
    if paths.staging.exists():
        shutil.rmtree(paths.staging)
    return len(doomed)


def _remove_empty_dirs(paths: LakePaths) -> None:
    if not paths.lake.exists():
        return
    for directory in sorted((d for d in paths.lake.rglob("*") if d.is_dir()), key=lambda d: -len(d.parts)):
        if directory != paths.manifests and not any(directory.iterdir()):
            directory.rmdir()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
