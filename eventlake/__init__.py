"""eventlake: raw news text in, a queryable lake of political events out."""

from __future__ import annotations

import hashlib
from pathlib import Path

__version__ = "0.5.0"


def reference_digest(reference_dir: Path = Path(__file__).parent / "reference") -> str:
    """A short digest of the shipped reference tables (lexicon, actors, countries). It is part of the pipeline
    version, so a lake built with other rule data is rebuilt instead of mixed with the new: event ids include
    the version, and documents seen at another version are reprocessed."""
    digest = hashlib.sha256()
    for path in sorted(reference_dir.rglob("*.csv")):
        digest.update(path.relative_to(reference_dir).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


PIPELINE_VERSION = f"{__version__}+ref.{reference_digest()}"
