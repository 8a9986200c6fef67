"""Task: extract event mentions and uncoded sentences from a batch of English documents."""

from __future__ import annotations

from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from eventlake.extraction import ExtractionResult, extract_documents
from eventlake.records import Document, RunContext


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch_task(
    documents: Sequence[Document], run: RunContext, min_confidence: float, trigger_fallback: bool = False
) -> ExtractionResult:
    return extract_documents(documents, run, min_confidence=min_confidence, trigger_fallback=trigger_fallback)
