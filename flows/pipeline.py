"""The main flow: read -> clean -> extract -> link -> publish, in batches, under the lake lock."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.compute as pc
from prefect import flow, unmapped
from prefect.artifacts import create_table_artifact
from prefect.runtime import flow_run
from prefect.states import Failed

from eventlake import PIPELINE_VERSION
from eventlake.dashboards import DASHBOARD_VIEWS
from eventlake.documents import document_row, is_english, non_english_reject, reject_row, segment_rows
from eventlake.extraction import ExtractionResult
from eventlake.incremental import KnownDocument, RunPlan
from eventlake.ingest import IngestLimits, IngestResult
from eventlake.lake import Lake, LakeBusy, QuarantinedBatch
from eventlake.records import Document, Reject, RunContext
from eventlake.settings import DetectorName, Settings
from schemas import DOCUMENTS, EVENTS, REJECTS, RUNS, SEGMENTS, UNCODED
from tasks.clean import clean_batch_task
from tasks.extract import extract_batch_task
from tasks.ingest import plan_run_task, read_sources_task
from tasks.link import link_events_task
from tasks.publish import publish_task

T = TypeVar("T")


@dataclass(frozen=True)
class RunSummary:
    """What a run did, for the console, the Prefect artifact and the `runs` table."""

    run_id: str
    warehouse: Path
    counts: dict[str, int]
    rejects: tuple[Reject, ...]
    skipped: tuple[tuple[str, str], ...]
    duration_s: float
    status: str = "completed"
    notes: tuple[str, ...] = field(default=())


def batched(items: Sequence[T], size: int) -> list[list[T]]:
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def settings_for(
    sources: Sequence[Path] | None,
    warehouse: Path | None,
    language_detector: DetectorName | None,
    trigger_fallback: bool | None = None,
) -> Settings:
    overrides: dict[str, Any] = {}
    if sources:
        overrides["sources"] = tuple(sources)
    if warehouse is not None:
        overrides["warehouse"] = warehouse
    if language_detector is not None:
        overrides["language_detector"] = language_detector
    if trigger_fallback is not None:
        overrides["trigger_fallback"] = trigger_fallback
    return Settings(**overrides)


@flow(name="eventlake-run", log_prints=False, validate_parameters=True)
def eventlake_run(
    sources: list[Path] | None = None,
    warehouse: Path | None = None,
    reprocess: bool = False,
    language_detector: DetectorName | None = None,
    trigger_fallback: bool | None = None,
) -> RunSummary:
    """Process new articles under `sources` into the lake at `warehouse` (defaults from settings)."""
    settings = settings_for(sources, warehouse, language_detector, trigger_fallback)
    started = time.monotonic()
    run = RunContext(
        run_id=str(flow_run.get_id() or uuid.uuid4()),
        started_at=dt.datetime.now(dt.UTC).replace(microsecond=0),
        pipeline_version=PIPELINE_VERSION,
    )
    lake = Lake(settings.warehouse, views=DASHBOARD_VIEWS)
    with ExitStack() as held:
        try:
            held.enter_context(lake.lock())
        except LakeBusy as busy:
            # A returned Failed state fails the run with this one-line message and raises `busy` to a direct
            # caller, without the traceback Prefect logs for an exception raised out of the flow.
            return Failed(message=str(busy), data=busy)  # type: ignore[return-value]
        known = {
            doc_id: KnownDocument(doc_id, source_uri, version)
            for doc_id, (version, source_uri) in lake.known_documents().items()
        }
        limits = IngestLimits(settings.max_article_bytes, settings.min_article_chars)
        ingested = read_sources_task(list(settings.sources), limits)
        plan = plan_run_task(ingested, known, PIPELINE_VERSION, reprocess)

        clean_futures = clean_batch_task.map(
            batched(plan.to_process, settings.batch_size),
            unmapped(settings.language_detector),
            unmapped(settings.language_seed),
        )
        documents = [document for future in clean_futures for document in future.result()]
        english = [document for document in documents if is_english(document)]
        extract_futures = extract_batch_task.map(
            batched(english, settings.batch_size),
            unmapped(run),
            unmapped(settings.min_event_confidence),
            unmapped(settings.trigger_fallback),
        )
        extraction = ExtractionResult.merge(future.result() for future in extract_futures)

        rejects = [*ingested.rejects, *plan.rejects, *(non_english_reject(d) for d in documents if not is_english(d))]
        new_documents = DOCUMENTS.from_rows(document_row(d, run, plan.supersedes.get(d.doc_id)) for d in documents)
        retired = set(plan.replace_doc_ids) | set(plan.supersedes.values())
        all_events = _current_events(lake.read("events"), EVENTS.from_rows(extraction.events), retired)
        all_documents = pa.concat_tables([lake.read("documents"), new_documents])
        linked = link_events_task(all_events, all_documents)
        events = _with_cluster_ids(all_events, linked.cluster_of)

        counts = _counts(ingested, plan, documents, rejects, extraction, linked.clusters.num_rows)
        duration = round(time.monotonic() - started, 3)
        run_row = {
            "run_id": run.run_id,
            "started_at": run.started_at,
            "finished_at": run.started_at + dt.timedelta(seconds=duration),
            "duration_s": duration,
            "status": "completed",
            "pipeline_version": PIPELINE_VERSION,
            "sources": [str(source) for source in settings.sources],
            "counts": sorted(counts.items()),
            "run_month": run.started_at.strftime("%Y-%m"),
        }
        changes = {
            "documents": new_documents,
            "segments": SEGMENTS.from_rows(row for d in documents for row in segment_rows(d)),
            "rejects": REJECTS.from_rows(reject_row(reject, run) for reject in rejects),
            "uncoded": UNCODED.from_rows(extraction.uncoded),
            "events": events,
            "event_clusters": linked.clusters,
            "links": linked.links,
            "runs": RUNS.from_rows([run_row]),
        }
        status, notes = "completed", tuple[str, ...]()
        try:
            publish_task(
                lake,
                run.run_id,
                changes,
                replace_doc_ids=sorted(plan.replace_doc_ids),
                replace_doc_ids_in={"uncoded": sorted(plan.supersedes.values())},
                replace_tables=("events", "event_clusters", "links"),
            )
        except QuarantinedBatch as quarantined:
            status = "quarantined"
            notes = (f"run quarantined at {quarantined.path}: " + "; ".join(quarantined.problems),)
            publish_task(lake, run.run_id, {"runs": RUNS.from_rows([{**run_row, "status": status}])}, (), (), {})

    summary = RunSummary(run.run_id, settings.warehouse, counts, tuple(rejects), plan.skipped, duration, status, notes)
    _report_artifact(summary)
    return summary


def _current_events(existing: pa.Table, new: pa.Table, retired_doc_ids: Iterable[str]) -> pa.Table:
    """Events already in the lake, less those of rebuilt or superseded documents, plus this run's."""
    retired = pa.array(sorted(retired_doc_ids), type=pa.string())
    if len(retired):
        existing = existing.filter(pc.invert(pc.is_in(existing["doc_id"], value_set=retired)))
    return pa.concat_tables([existing, new]).sort_by("event_id")


def _with_cluster_ids(events: pa.Table, cluster_of: dict[str, str]) -> pa.Table:
    cluster_ids = pa.array([cluster_of.get(event_id) for event_id in events["event_id"].to_pylist()], pa.string())
    position = events.schema.get_field_index("cluster_id")
    return events.set_column(position, events.schema.field(position), cluster_ids)


def _counts(
    ingested: IngestResult,
    plan: RunPlan,
    documents: Sequence[Document],
    rejects: Sequence[Reject],
    extraction: ExtractionResult,
    clusters: int,
) -> dict[str, int]:
    """Inputs read are files and JSONL lines, accepted or not; rejects also count documents kept but not coded."""
    counts = {
        "read": len(ingested.articles) + len(ingested.rejects),
        "new_documents": len(documents),
        "skipped_known": len(plan.skipped),
        "reprocessed": len(plan.replace_doc_ids),
        "rejected": len(rejects),
        "events": len(extraction.events),
        "uncoded": len(extraction.uncoded),
        "clusters_total": clusters,
    }
    counts.update({f"rejected_{reason}": n for reason, n in Counter(r.reason for r in rejects).items()})
    return counts


def _report_artifact(summary: RunSummary) -> None:
    rows = [{"measure": key, "value": value} for key, value in sorted(summary.counts.items())]
    rows.append({"measure": "duration_s", "value": summary.duration_s})
    create_table_artifact(
        key="eventlake-run-report", table=rows, description=f"eventlake run {summary.run_id}: counts and duration"
    )


def format_summary(summary: RunSummary) -> str:
    """The run summary printed by `eventlake run`: counts, then one line per reject."""
    counts = summary.counts
    lines = [
        f"eventlake run {summary.run_id}: {summary.status} in {summary.duration_s:.1f} s",
        f"  warehouse       {summary.warehouse.resolve()}",
        *(f"  {name:<15} {counts[name]}" for name in SUMMARY_ORDER if name in counts),
    ]
    lines.extend(f"  note: {note}" for note in summary.notes)
    if summary.rejects:
        lines.append("  rejects:")
        lines.extend(f"    {reject.reason:<12} {reject.source_uri}: {reject.detail}" for reject in summary.rejects)
    lines.append('  query it:  eventlake sql "select event_type, count(*) from events group by 1"')
    return "\n".join(lines)


SUMMARY_ORDER = (
    "read",
    "new_documents",
    "skipped_known",
    "reprocessed",
    "rejected",
    "events",
    "uncoded",
    "clusters_total",
)
