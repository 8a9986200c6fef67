"""Plain records passed between pipeline stages.

Stages take and return these (or Arrow tables built from them by `schemas`), so every stage can be
tested without Prefect and without a warehouse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

SegmentKind = Literal["title", "title_repeat", "body", "caption", "boilerplate", "trailer"]
"""What a stretch of the normalized text is. Only English `body` segments reach event extraction."""

PublishedBasis = Literal["metadata", "text", "unknown"]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from a source, before any cleaning."""

    source_uri: str
    raw_bytes: bytes
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published_at: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that did not become a document, and why."""

    source_uri: str
    reason: str
    detail: str
    content_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """A paragraph-like stretch of the normalized text, with its kind and language."""

    seq: int
    kind: SegmentKind
    text: str
    char_start: int
    char_end: int
    language: str | None = None
    language_score: float | None = None
    reason: str | None = None
    """Why the segment got its kind, when it is not plain body text (e.g. `rule:copyright-line`)."""


@dataclass(frozen=True, slots=True)
class CleanedText:
    """The normalized text of one article cut into segments, with its title, language and trailer."""

    normalized_text: str
    segments: tuple[Segment, ...]
    title: str | None
    language: str | None
    body_text: str
    trailer_text: str | None = None
    trailer_language: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """An accepted article: identity, provenance, dates and cleaned text."""

    doc_id: str
    source_uri: str
    outlet: str | None
    url: str | None
    title: str | None
    published_at: dt.date | None
    published_basis: PublishedBasis
    published_detail: str
    cleaned: CleanedText


@dataclass(frozen=True, slots=True)
class RunContext:
    """Identity of one pipeline run, stamped on every row it adds."""

    run_id: str
    started_at: dt.datetime
    pipeline_version: str
