"""The seeds run through every pure stage without Prefect or a lake, shared by the golden and seed tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from eventlake import PIPELINE_VERSION
from eventlake.documents import build_document, document_row
from eventlake.extraction import extract_documents
from eventlake.ingest import IngestLimits, read_sources
from eventlake.language import make_detector
from eventlake.linking import LinkResult, link_events
from eventlake.records import Document, RunContext
from schemas import DOCUMENTS, EVENTS

SEEDS = Path(__file__).resolve().parents[1] / "seeds" / "articles"
RUN = RunContext("seed-run", dt.datetime(2026, 1, 1, tzinfo=dt.UTC), PIPELINE_VERSION)


@dataclass(frozen=True)
class SeedOutput:
    documents: tuple[Document, ...]
    events: pa.Table
    uncoded: tuple[dict[str, object], ...]
    linked: LinkResult

    def seed_name(self, doc_id: str) -> str:
        uri = next(d.source_uri for d in self.documents if d.doc_id == doc_id)
        return Path(uri).name[:3]


@lru_cache(maxsize=1)
def seed_output() -> SeedOutput:
    ingested = read_sources([SEEDS], IngestLimits(2_000_000, 80))
    detector = make_detector("langdetect", 0)
    documents = tuple(build_document(article, detector) for article in ingested.articles)
    extraction = extract_documents(documents, RUN, min_confidence=0.5)
    events = EVENTS.from_rows(extraction.events)
    linked = link_events(events, DOCUMENTS.from_rows(document_row(d, RUN) for d in documents))
    return SeedOutput(documents, events, tuple(extraction.uncoded), linked)
