"""Task: read the sources and plan the run against what the lake holds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from eventlake.incremental import KnownDocument, RunPlan, plan_run
from eventlake.ingest import IngestLimits, IngestResult, read_sources


@task(name="read-sources", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def read_sources_task(sources: Sequence[Path], limits: IngestLimits) -> IngestResult:
    """Retried because network and object-store mounts fail transiently; a bad file is a reject, not an error."""
    return read_sources(sources, limits)


@task(name="plan-run", cache_policy=NO_CACHE)
def plan_run_task(
    ingested: IngestResult, known: Mapping[str, KnownDocument], pipeline_version: str, reprocess: bool
) -> RunPlan:
    return plan_run(ingested.articles, known, pipeline_version=pipeline_version, reprocess=reprocess)
