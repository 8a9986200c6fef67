"""`uncoded`: sentences that name two actors but gave no event, with the reason: visible recall gaps."""

from __future__ import annotations

import pyarrow as pa

from schemas.contract import TableContract, column, offsets_within, pipeline_version_column, sentence_columns

UNCODED_REASONS = {
    "no_trigger": "two or more actors but no event words recognised",
    "negated": "the event is denied ('did not meet')",
    "failed": "the event was attempted and failed ('failed to agree')",
    "hypothetical": "conditional, speculative or uncertain ('could', 'if', 'not clear whether')",
    "background": "the act is dated a past year or more before publication: history retold",
    "low_confidence": "an event was found but below the confidence threshold",
    "no_actor_role": "an event was found but no source actor could be assigned",
    "reported_speech": "quoted or attributed opinion rather than a reported event",
}

UNCODED = TableContract(
    name="uncoded",
    description="Sentences with two or more actors where an event was not emitted (one row per set-aside trigger, "
    "or one 'no_trigger' row), and why.",
    fields=(
        column(
            "uncoded_id",
            pa.string(),
            "sha256 of doc_id, sentence and trigger offsets, reason and pipeline_version",
            nullable=False,
        ),
        column("doc_id", pa.string(), "document", nullable=False),
        *sentence_columns("the sentence, verbatim"),
        column("actors", pa.list_(pa.string()), "canonical names of the actors found", nullable=False),
        column("trigger_text", pa.string(), "event words found, if any"),
        column("candidate_type", pa.string(), "event type the trigger would have given, if any"),
        column("reason", pa.string(), "why no event was emitted", nullable=False, enum=UNCODED_REASONS),
        column("detail", pa.string(), "the cue behind the reason", nullable=False),
        pipeline_version_column("produced the row"),
        column("run_id", pa.string(), "run that added the row", nullable=False),
        column("published_month", pa.string(), "partition: the document's published_month", nullable=False),
    ),
    primary_key=("uncoded_id",),
    partition_by=("published_month",),
    checks=(offsets_within(None, "char_start", "char_end", "uncoded"),),
)
