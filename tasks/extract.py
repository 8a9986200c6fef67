"""Task: extract event mentions and uncoded sentences from a batch of English documents."""

from __future__ import annotations

from collections.abc import Sequence

from prefect import task

from eventlake.extraction import ExtractionResult, extract_documents
from eventlake.records import Document, RunContext


@task(name="extract-batch")
def extract_batch_task(documents: Sequence[Document], run: RunContext, min_confidence: float) -> ExtractionResult:
    return extract_documents(documents, run, min_confidence=min_confidence)
