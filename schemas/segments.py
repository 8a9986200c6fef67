"""`segments`: every stretch of each document's normalized text, with kind and language."""

from __future__ import annotations

import pyarrow as pa

from schemas.contract import TableContract, column, offsets_within

SEGMENT_KINDS = {
    "title": "the article title",
    "title_repeat": "a repeated copy of the title (kept, not used)",
    "body": "article body text; English body segments feed event extraction",
    "caption": "photo caption or credit; never a source of events",
    "boilerplate": "site chrome: navigation, copyright, comment prompts, tag lists, bylines",
    "trailer": "trailing run of non-English text split off the body",
}

SEGMENTS = TableContract(
    name="segments",
    description="Paragraph-like segments of each document, with offsets into documents.normalized_text.",
    fields=(
        column("doc_id", pa.string(), "document the segment belongs to", nullable=False),
        column("seq", pa.int32(), "0-based order of the segment in the document", nullable=False),
        column("kind", pa.string(), "what the segment is", nullable=False, enum=SEGMENT_KINDS),
        column("language", pa.string(), "detected ISO 639-1 language; null if undetectable"),
        column("language_score", pa.float32(), "detector probability for language", unit="probability 0-1"),
        column("reason", pa.string(), "rule that gave a non-body kind (e.g. rule:copyright)"),
        column("text", pa.string(), "the segment text, equal to normalized_text[char_start:char_end]", nullable=False),
        column(
            "char_start", pa.int32(), "start offset into documents.normalized_text", nullable=False, unit="characters"
        ),
        column("char_end", pa.int32(), "end offset (exclusive)", nullable=False, unit="characters"),
        column("published_month", pa.string(), "partition: the document's published_month", nullable=False),
    ),
    primary_key=("doc_id", "seq"),
    partition_by=("published_month",),
    checks=(offsets_within(None, "char_start", "char_end", "segments"),),
)
