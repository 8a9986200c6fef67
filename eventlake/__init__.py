"""eventlake: raw news text in, a queryable lake of political events out."""

from __future__ import annotations

__version__ = "0.1.0"

PIPELINE_VERSION = __version__
