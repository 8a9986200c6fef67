"""`event_clusters`: one row per real-world event, built from the event mentions that report it."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from schemas.contract import TableContract, column, pipeline_version_column
from schemas.events import DATE_PRECISIONS, EVENT_MODES, EVENT_TYPES, STATUSES


def _count(mask: pa.ChunkedArray) -> int:
    total: int | None = pc.sum(pc.cast(mask, pa.int64())).as_py()
    return total or 0


def _consistent_counts(table: pa.Table) -> list[str]:
    problems = []
    mentions, documents, outlets = table["num_mentions"], table["num_documents"], table["num_outlets"]
    if bad := _count(pc.or_(pc.less(documents, 1), pc.greater(documents, mentions))):
        problems.append(f"event_clusters: {bad} row(s) with num_documents < 1 or > num_mentions")
    if bad := _count(pc.greater(outlets, documents)):
        problems.append(f"event_clusters: {bad} row(s) with num_outlets > num_documents")
    if bad := _count(pc.greater(table["first_seen"], table["last_seen"])):
        problems.append(f"event_clusters: {bad} row(s) with first_seen after last_seen")
    return problems


EVENT_CLUSTERS = TableContract(
    name="event_clusters",
    description=(
        "Real-world events: mentions of the same type, actors, compatible date and compatible place, linked "
        "across articles (see links for the evidence of every pair)."
    ),
    fields=(
        column(
            "cluster_id",
            pa.string(),
            "sha256 of the event_id of the cluster's earliest mention by (published_at, event_id); stays put "
            "while that mention stays in the cluster",
            nullable=False,
        ),
        column(
            "event_type", pa.string(), "PLOVER event type shared by every mention", nullable=False, enum=EVENT_TYPES
        ),
        column("event_mode", pa.string(), "PLOVER mode given by the mentions that state one", enum=EVENT_MODES),
        column("actors", pa.list_(pa.string()), "canonical names of the actors, sorted", nullable=False),
        column("actor_ids", pa.list_(pa.string()), "actor table ids of the actors, sorted", nullable=False),
        column("countries", pa.list_(pa.string()), "ISO 3166 alpha-3 of every actor, sorted", nullable=False),
        column(
            "source_countries",
            pa.list_(pa.string()),
            "ISO alpha-3 of the source actors over all mentions, sorted; mentions may give the roles either way",
            nullable=False,
        ),
        column(
            "target_countries",
            pa.list_(pa.string()),
            "ISO alpha-3 of the target actors over all mentions, sorted",
            nullable=False,
        ),
        column("location_name", pa.string(), "where the event happened, from the mentions that name a place"),
        column("location_country", pa.string(), "ISO 3166 alpha-3 of the location"),
        column("latitude", pa.float64(), "WGS84 latitude of the location", unit="degrees"),
        column("longitude", pa.float64(), "WGS84 longitude of the location", unit="degrees"),
        column("geonames_id", pa.int64(), "GeoNames id of the location"),
        column(
            "event_date",
            pa.date32(),
            "first day of the most precise date among the mentions (explicit before relative before publication)",
        ),
        column("date_precision", pa.string(), "granularity of event_date", enum=DATE_PRECISIONS),
        column(
            "status",
            pa.string(),
            "occurred when any mention reports it as having happened, else planned",
            nullable=False,
            enum=STATUSES,
        ),
        column("first_seen_planned", pa.date32(), "earliest publication date of a mention reporting it as planned"),
        column("first_seen_occurred", pa.date32(), "earliest publication date of a mention reporting it as occurred"),
        column("num_mentions", pa.int32(), "event mentions in the cluster", nullable=False),
        column("num_documents", pa.int32(), "distinct documents among the mentions", nullable=False),
        column("num_outlets", pa.int32(), "distinct known outlets among the documents", nullable=False),
        column("first_seen", pa.date32(), "earliest publication date among the mentions"),
        column("last_seen", pa.date32(), "latest publication date among the mentions"),
        column(
            "representative_event_id",
            pa.string(),
            "the mention that best states the event: occurred, placed, most precise date, most confident",
            nullable=False,
        ),
        column(
            "confidence",
            pa.float32(),
            "highest extractor confidence among the mentions",
            nullable=False,
            unit="probability 0-1",
        ),
        pipeline_version_column("linked the mentions"),
        column("event_month", pa.string(), "partition: YYYY-MM of event_date, or 'unknown'", nullable=False),
    ),
    primary_key=("cluster_id",),
    partition_by=("event_month",),
    checks=(_consistent_counts,),
)
