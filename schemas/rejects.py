"""`rejects`: inputs that did not become documents, each with a reason."""

from __future__ import annotations

import pyarrow as pa

from schemas.contract import TableContract, column

REJECT_REASONS = {
    "empty": "no text, or less text than the minimum",
    "binary": "the bytes look like a binary file (NUL bytes or mostly control characters)",
    "invalid_utf8": "the bytes are not valid UTF-8",
    "oversized": "larger than the configured maximum size",
    "duplicate": "the same bytes as another input; the first source is kept",
    "unreadable": "the source could not be read (permission, vanished, I/O error)",
    "malformed": "a JSONL line or metadata sidecar that could not be parsed",
    "non_english": "a wholly non-English document: kept in documents, not sent to English extraction",
}

REJECTS = TableContract(
    name="rejects",
    description="Inputs set aside, with the reason; the run goes on with the rest.",
    fields=(
        column(
            "reject_id",
            pa.string(),
            "sha256 of source_uri, reason and content hash: stable across runs",
            nullable=False,
        ),
        column("source_uri", pa.string(), "the input that was set aside", nullable=False),
        column("reason", pa.string(), "why", nullable=False, enum=REJECT_REASONS),
        column("detail", pa.string(), "a human-readable explanation", nullable=False),
        column("content_sha256", pa.string(), "sha256 of the bytes read, if any were read"),
        column("run_id", pa.string(), "run that first recorded the reject", nullable=False),
        column("rejected_at", pa.timestamp("us", tz="UTC"), "when that run started", nullable=False),
        column("run_month", pa.string(), "partition: YYYY-MM of rejected_at", nullable=False),
    ),
    primary_key=("reject_id",),
    partition_by=("run_month",),
)
