"""`links`: one row per pair of event mentions judged to report the same real-world event, with the evidence."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.compute as pc

from schemas.contract import TableContract, column, pipeline_version_column

MATCHED_FIELDS = {
    "event_type": "same PLOVER event type",
    "event_mode": "both state a mode and it is the same",
    "actors": "the same actors (actor ids; country-level actors by country), in either role",
    "actor_countries": "a country-level actor on one side matched an actor of that country on the other",
    "location": "the same GeoNames place on both sides",
    "date": "dates compatible at their precisions",
}
LOCATION_MATCHES = {
    "exact": "both mentions name the same GeoNames place",
    "compatible": "only one mention names a place",
    "unknown": "neither mention names a place",
}


def _count(mask: pa.ChunkedArray) -> int:
    total: int | None = pc.sum(pc.cast(mask, pa.int64())).as_py()
    return total or 0


def _well_formed(table: pa.Table) -> list[str]:
    problems = []
    if bad := _count(pc.greater_equal(table["event_id_a"], table["event_id_b"])):
        problems.append(f"links: {bad} row(s) with event_id_a not before event_id_b")
    if bad := _count(pc.or_(pc.less(table["score"], 0), pc.greater(table["score"], 1))):
        problems.append(f"links: {bad} row(s) with score outside 0-1")
    fields = pc.list_flatten(table["matched_fields"])
    unknown = sorted({value for value in pc.unique(fields).to_pylist() if value not in MATCHED_FIELDS})
    if unknown:
        problems.append(f"links.matched_fields: values {unknown} not in {sorted(MATCHED_FIELDS)}")
    return problems


LINKS = TableContract(
    name="links",
    description="Accepted pairs of event mentions of one real-world event: which fields matched and how well.",
    fields=(
        column("link_id", pa.string(), "sha256 of event_id_a and event_id_b", nullable=False),
        column("cluster_id", pa.string(), "the event_clusters row both mentions belong to", nullable=False),
        column("event_id_a", pa.string(), "the smaller event_id of the pair", nullable=False),
        column("event_id_b", pa.string(), "the larger event_id of the pair", nullable=False),
        column(
            "matched_fields",
            pa.list_(pa.string()),
            "what agreed, from: " + json.dumps(MATCHED_FIELDS, sort_keys=True),
            nullable=False,
        ),
        column(
            "date_distance_days",
            pa.int32(),
            "days between the two date periods (0 when they overlap); null when a date is unknown",
            unit="days",
        ),
        column("location_match", pa.string(), "how the places compare", nullable=False, enum=LOCATION_MATCHES),
        column(
            "score",
            pa.float32(),
            "strength of the evidence: 1 for same actor ids, same day and same place; lower for a looser date "
            "window, a one-sided place, a country-level actor match or an unstated mode",
            nullable=False,
            unit="0-1",
        ),
        column("rule", pa.string(), "the linking rule and the date relation that accepted the pair", nullable=False),
        pipeline_version_column("linked the pair"),
        column("event_month", pa.string(), "partition: the cluster's event_month", nullable=False),
    ),
    primary_key=("link_id",),
    partition_by=("event_month",),
    checks=(_well_formed,),
)
