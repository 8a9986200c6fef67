"""The lake: the only code that writes the warehouse (Parquet files, manifests, the DuckDB file)."""

from __future__ import annotations

from eventlake.lake.api import Lake, PublishReport, TableChange
from eventlake.lake.doctor import Problem
from eventlake.lake.errors import LakeBusy, LakeCorrupt, LakeError, QuarantinedBatch
from eventlake.lake.manifest import FileEntry, Manifest, ViewDefinition, ViewSpec

__all__ = [
    "FileEntry",
    "Lake",
    "LakeBusy",
    "LakeCorrupt",
    "LakeError",
    "Manifest",
    "Problem",
    "PublishReport",
    "QuarantinedBatch",
    "TableChange",
    "ViewDefinition",
    "ViewSpec",
]
