"""Decide which articles a run must process, given what the lake already holds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from eventlake.ingest import sha256_hex
from eventlake.records import RawArticle, Reject


@dataclass(frozen=True, slots=True)
class KnownDocument:
    doc_id: str
    source_uri: str
    pipeline_version: str


@dataclass(frozen=True)
class RunPlan:
    """What to do with each article read this run."""

    to_process: tuple[RawArticle, ...]
    skipped: tuple[tuple[str, str], ...]
    """(source_uri, why) of articles already in the lake at this pipeline version."""
    replace_doc_ids: frozenset[str]
    """Documents whose rows are rebuilt (reprocessing, or a new pipeline version)."""
    supersedes: Mapping[str, str] = field(default_factory=dict)
    """New doc_id -> the doc_id the same source held before its content changed."""
    rejects: tuple[Reject, ...] = ()


def plan_run(
    articles: Sequence[RawArticle],
    known: Mapping[str, KnownDocument],
    *,
    pipeline_version: str,
    reprocess: bool,
) -> RunPlan:
    """Skip what is known at this version, rebuild what is stale or asked for, link changed files to their past."""
    latest_by_source = {doc.source_uri: doc.doc_id for doc in known.values()}
    to_process: list[RawArticle] = []
    skipped: list[tuple[str, str]] = []
    replace: set[str] = set()
    supersedes: dict[str, str] = {}
    rejects: list[Reject] = []
    for article in articles:
        doc_id = sha256_hex(article.raw_bytes)
        existing = known.get(doc_id)
        if existing is None:
            previous = latest_by_source.get(article.source_uri)
            if previous is not None:
                supersedes[doc_id] = previous
            to_process.append(article)
            continue
        if existing.source_uri != article.source_uri:
            detail = f"same content as {existing.source_uri}, already in the lake as {doc_id[:12]}…"
            rejects.append(Reject(article.source_uri, "duplicate", detail, doc_id))
            continue
        if reprocess or existing.pipeline_version != pipeline_version:
            replace.add(doc_id)
            to_process.append(article)
        else:
            skipped.append((article.source_uri, f"already in the lake at pipeline version {pipeline_version}"))
    return RunPlan(tuple(to_process), tuple(skipped), frozenset(replace), supersedes, tuple(rejects))
