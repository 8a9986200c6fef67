"""`documents`: one row per accepted article."""

from __future__ import annotations

import pyarrow as pa

from schemas.contract import TableContract, column, pipeline_version_column

PUBLISHED_BASIS = {
    "metadata": "taken from the source's metadata (sidecar .meta.json or JSONL field)",
    "text": "stated in the article text (e.g. a dateline); published_detail quotes it",
    "unknown": "no publication date could be established; published_at is null, never today's date",
}

DOCUMENTS = TableContract(
    name="documents",
    description="Accepted articles: identity, provenance, publication date, cleaned text and trailer.",
    fields=(
        column("doc_id", pa.string(), "sha256 hex of the raw input bytes", nullable=False),
        column(
            "source_uri", pa.string(), "where the article was read (file path, or path#line for JSONL)", nullable=False
        ),
        column("outlet", pa.string(), "publishing outlet, from metadata"),
        column("url", pa.string(), "canonical URL, from metadata"),
        column("title", pa.string(), "declared title, else the first title line of the text"),
        column("published_at", pa.date32(), "publication date; null when unknown"),
        column("published_basis", pa.string(), "where published_at came from", nullable=False, enum=PUBLISHED_BASIS),
        column("published_detail", pa.string(), "the evidence or the reason for published_basis", nullable=False),
        column("language", pa.string(), "dominant ISO 639-1 language of the body; null if undetectable"),
        column("is_english", pa.bool_(), "whether the body is English and so went to event extraction", nullable=False),
        column(
            "normalized_text",
            pa.string(),
            "NFC-normalized text; every char offset in the lake points here",
            nullable=False,
        ),
        column("normalized_length", pa.int32(), "length of normalized_text", nullable=False, unit="characters"),
        column(
            "body_text",
            pa.string(),
            "body segments joined by blank lines (no title, chrome, captions, trailer)",
            nullable=False,
        ),
        column("trailer_text", pa.string(), "trailing non-English run split off the body; null if none"),
        column("trailer_language", pa.string(), "ISO 639-1 language of trailer_text; null if none"),
        column(
            "supersedes_doc_id",
            pa.string(),
            "doc_id this source held before its content changed; that version's document and segments stay, "
            "its events and uncoded rows are replaced by this one's",
        ),
        column("ingested_at", pa.timestamp("us", tz="UTC"), "when the run that added the row started", nullable=False),
        column("run_id", pa.string(), "run that added the row", nullable=False),
        pipeline_version_column("produced the row"),
        column("published_month", pa.string(), "partition: YYYY-MM of published_at, or 'unknown'", nullable=False),
    ),
    primary_key=("doc_id",),
    partition_by=("published_month",),
)
