"""From a raw article to a cleaned, dated document, and from a document to lake rows."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventlake.cleaning import clean_text
from eventlake.ingest import sha256_hex
from eventlake.language import LanguageDetector
from eventlake.records import CleanedText, Document, PublishedBasis, RawArticle, Reject, RunContext, Segment
from eventlake.when import publication_date_from_text

UNKNOWN_PARTITION = "unknown"


def build_document(raw: RawArticle, detector: LanguageDetector) -> Document:
    """Clean the text, find the title and trailer, and settle the publication date."""
    cleaned = clean_text(raw.text, detector, declared_title=raw.title)
    published_at, basis, detail = resolve_publication_date(raw, cleaned.normalized_text)
    return Document(
        doc_id=sha256_hex(raw.raw_bytes),
        source_uri=raw.source_uri,
        outlet=raw.outlet,
        url=raw.url,
        title=raw.title or cleaned.title,
        published_at=published_at,
        published_basis=basis,
        published_detail=detail,
        cleaned=cleaned,
    )


def english_text_document(doc_id: str, text: str, published_at: dt.date | None) -> Document:
    """`text` as one English body segment, for running extraction on text that needs no cleaning (gold
    sentences in benchmarks and tests)."""
    segment = Segment(0, "body", text, 0, len(text), "en")
    cleaned = CleanedText(text, (segment,), None, "en", text)
    basis: PublishedBasis = "metadata" if published_at is not None else "unknown"
    return Document(doc_id, f"text:{doc_id}", None, None, None, published_at, basis, "given with the text", cleaned)


def resolve_publication_date(raw: RawArticle, normalized_text: str) -> tuple[dt.date | None, PublishedBasis, str]:
    """Metadata first, then a date the text states; otherwise null with the reason, never today."""
    if raw.published_at is not None:
        return raw.published_at, "metadata", "published_at given in the source metadata"
    stated, detail = publication_date_from_text(normalized_text)
    if stated is not None:
        return stated, "text", detail
    return None, "unknown", f"no metadata and no date stated in the text: {detail}"


def month_partition(day: dt.date | None) -> str:
    return day.strftime("%Y-%m") if day else UNKNOWN_PARTITION


def is_english(document: Document) -> bool:
    return document.cleaned.language == "en"


def document_row(document: Document, run: RunContext, supersedes: str | None = None) -> dict[str, Any]:
    cleaned = document.cleaned
    return {
        "doc_id": document.doc_id,
        "source_uri": document.source_uri,
        "outlet": document.outlet,
        "url": document.url,
        "title": document.title,
        "published_at": document.published_at,
        "published_basis": document.published_basis,
        "published_detail": document.published_detail,
        "language": cleaned.language,
        "is_english": is_english(document),
        "normalized_text": cleaned.normalized_text,
        "normalized_length": len(cleaned.normalized_text),
        "body_text": cleaned.body_text,
        "trailer_text": cleaned.trailer_text,
        "trailer_language": cleaned.trailer_language,
        "supersedes_doc_id": supersedes,
        "ingested_at": run.started_at,
        "run_id": run.run_id,
        "pipeline_version": run.pipeline_version,
        "published_month": month_partition(document.published_at),
    }


def segment_rows(document: Document) -> list[dict[str, Any]]:
    partition = month_partition(document.published_at)
    return [
        {
            "doc_id": document.doc_id,
            "seq": segment.seq,
            "kind": segment.kind,
            "language": segment.language,
            "language_score": segment.language_score,
            "reason": segment.reason,
            "text": segment.text,
            "char_start": segment.char_start,
            "char_end": segment.char_end,
            "published_month": partition,
        }
        for segment in document.cleaned.segments
    ]


def reject_row(reject: Reject, run: RunContext) -> dict[str, Any]:
    key = "\x1f".join((reject.source_uri, reject.reason, reject.content_sha256 or ""))
    return {
        "reject_id": sha256_hex(key.encode()),
        "source_uri": reject.source_uri,
        "reason": reject.reason,
        "detail": reject.detail,
        "content_sha256": reject.content_sha256,
        "run_id": run.run_id,
        "rejected_at": run.started_at,
        "run_month": run.started_at.strftime("%Y-%m"),
    }


def non_english_reject(document: Document) -> Reject:
    language = document.cleaned.language or "undetermined"
    return Reject(
        document.source_uri,
        "non_english",
        f"body language is {language}: document kept, not sent to English event extraction",
        document.doc_id,
    )
