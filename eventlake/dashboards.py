"""Dashboard-ready DuckDB views over the lake's base views (documents, events, event_clusters, links, ...).

Counts are of real-world events (event_clusters), with mention and document counts beside them. Dates are the
cluster's canonical event_date: daily views keep day-precision events only, weekly views day and week ones,
monthly views day, week and month ones, so that no event is placed more precisely than it is known. Country
breakdowns come from the mentions; an event whose mentions give the roles both ways counts in both directions.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True, slots=True)
class DashboardView:
    """One view: its name, defining SELECT, what a row is, and a query that shows how to use it."""

    name: str
    sql: str
    description: str
    example_query: str


_CLUSTER_DYADS = """
    SELECT DISTINCT c.cluster_id, c.event_type, e.quad_class, c.status, c.event_date, c.date_precision,
           c.first_seen, c.last_seen, e.source_country, e.target_country
    FROM event_clusters AS c
    JOIN events AS e ON e.cluster_id = c.cluster_id
"""

_MENTION_COUNTS = """
    SELECT e.cluster_id, e.source_country, e.target_country,
           count(*) AS mentions, count(DISTINCT e.doc_id) AS documents
    FROM events AS e
    GROUP BY ALL
"""


def _counts_by_period(period_sql: str, precisions: tuple[str, ...], period_name: str) -> str:
    allowed = ", ".join(f"'{precision}'" for precision in precisions)
    return f"""
    WITH cluster_dyads AS ({_CLUSTER_DYADS}), mention_counts AS ({_MENTION_COUNTS})
    SELECT {period_sql} AS {period_name}, d.event_type, d.source_country, d.target_country, d.status,
           count(*) AS events, sum(m.mentions) AS mentions, sum(m.documents) AS documents
    FROM cluster_dyads AS d
    JOIN mention_counts AS m
      ON m.cluster_id = d.cluster_id
     AND m.source_country IS NOT DISTINCT FROM d.source_country
     AND m.target_country IS NOT DISTINCT FROM d.target_country
    WHERE d.date_precision IN ({allowed})
    GROUP BY ALL
    """


EVENTS_DAILY = DashboardView(
    name="events_daily",
    sql=_counts_by_period("d.event_date", ("day",), "day"),
    description=(
        "One row per day, event type, source country, target country and status: real-world events dated to "
        "the day, with their mentions and distinct documents (a document counts once per event)."
    ),
    example_query=(
        "SELECT day, event_type, sum(events) AS events FROM events_daily WHERE status = 'occurred' "
        "GROUP BY ALL ORDER BY day, event_type"
    ),
)

EVENTS_WEEKLY = DashboardView(
    name="events_weekly",
    sql=_counts_by_period("CAST(date_trunc('week', d.event_date) AS DATE)", ("day", "week"), "week"),
    description=(
        "One row per ISO week (its Monday), event type, source country, target country and status: events "
        "dated to the day or the week."
    ),
    example_query=(
        "SELECT week, source_country, target_country, sum(events) AS events FROM events_weekly "
        "GROUP BY ALL ORDER BY week, source_country, target_country"
    ),
)

DYADS = DashboardView(
    name="dyads",
    sql=f"""
    WITH cluster_dyads AS ({_CLUSTER_DYADS}),
    by_type AS (
        SELECT source_country, target_country, event_type, quad_class,
               count(*) AS events,
               count(*) FILTER (WHERE status = 'occurred') AS occurred,
               count(*) FILTER (WHERE status = 'planned') AS planned,
               min(event_date) AS first_event_date, max(event_date) AS last_event_date,
               min(first_seen) AS first_seen, max(last_seen) AS last_seen
        FROM cluster_dyads
        WHERE source_country IS NOT NULL AND target_country IS NOT NULL
        GROUP BY ALL
    ),
    mentions AS (
        SELECT source_country, target_country, count(*) AS mentions, count(DISTINCT doc_id) AS documents
        FROM events
        WHERE cluster_id IS NOT NULL AND source_country IS NOT NULL AND target_country IS NOT NULL
        GROUP BY ALL
    )
    SELECT t.source_country, t.target_country,
           sum(t.events) AS events, sum(t.occurred) AS occurred, sum(t.planned) AS planned,
           any_value(m.mentions) AS mentions, any_value(m.documents) AS documents,
           coalesce(sum(t.events) FILTER (WHERE t.quad_class = 'verbal_cooperation'), 0) AS verbal_cooperation,
           coalesce(sum(t.events) FILTER (WHERE t.quad_class = 'material_cooperation'), 0) AS material_cooperation,
           coalesce(sum(t.events) FILTER (WHERE t.quad_class = 'verbal_conflict'), 0) AS verbal_conflict,
           coalesce(sum(t.events) FILTER (WHERE t.quad_class = 'material_conflict'), 0) AS material_conflict,
           map_from_entries(list(struct_pack(k := t.event_type, v := t.events) ORDER BY t.event_type))
               AS events_by_type,
           min(t.first_event_date) AS first_event_date, max(t.last_event_date) AS last_event_date,
           min(t.first_seen) AS first_seen, max(t.last_seen) AS last_seen
    FROM by_type AS t
    JOIN mentions AS m USING (source_country, target_country)
    GROUP BY t.source_country, t.target_country
    """,
    description=(
        "One row per directed source-target country pair: real-world events in total, by status, by quad class "
        "and by event type (events_by_type), with mentions, documents, first/last event date (undated events "
        "count but give no date) and first/last publication date."
    ),
    example_query=(
        "SELECT source_country, target_country, events, verbal_cooperation, events_by_type['CONSULT'] AS meetings "
        "FROM dyads ORDER BY events DESC, source_country, target_country"
    ),
)

DYADS_MONTHLY = DashboardView(
    name="dyads_monthly",
    sql=f"""
    WITH cluster_dyads AS ({_CLUSTER_DYADS})
    SELECT CAST(date_trunc('month', event_date) AS DATE) AS month, source_country, target_country, event_type,
           count(*) AS events,
           count(*) FILTER (WHERE status = 'occurred') AS occurred,
           count(*) FILTER (WHERE status = 'planned') AS planned
    FROM cluster_dyads
    WHERE source_country IS NOT NULL AND target_country IS NOT NULL
      AND date_precision IN ('day', 'week', 'month')
    GROUP BY ALL
    """,
    description=(
        "One row per month (first day), directed country pair and event type: real-world events dated to the "
        "month or finer; a week-dated event counts in the month of its Monday."
    ),
    example_query=(
        "SELECT month, source_country, target_country, sum(events) AS events FROM dyads_monthly "
        "GROUP BY ALL ORDER BY month, source_country, target_country"
    ),
)

MEETINGS_TIMELINE = DashboardView(
    name="meetings_timeline",
    sql="""
    WITH sources AS (
        SELECT e.cluster_id,
               list_sort(list_distinct(list(d.outlet))) AS outlets,
               list_sort(list_distinct(list(d.url))) AS urls,
               list_sort(list_distinct(list(e.doc_id))) AS doc_ids
        FROM events AS e
        LEFT JOIN documents AS d ON d.doc_id = e.doc_id
        WHERE e.cluster_id IS NOT NULL
        GROUP BY e.cluster_id
    )
    SELECT c.event_date, c.date_precision, c.status, c.event_mode, c.actors, c.countries,
           c.location_name, c.location_country, c.first_seen_planned, c.first_seen_occurred,
           c.num_mentions, c.num_documents, c.num_outlets, s.outlets, s.urls, s.doc_ids,
           c.representative_event_id, c.cluster_id
    FROM event_clusters AS c
    LEFT JOIN sources AS s ON s.cluster_id = c.cluster_id
    WHERE c.event_type = 'CONSULT'
    ORDER BY c.event_date NULLS LAST, c.cluster_id
    """,
    description=(
        "One row per meeting (CONSULT event): who met whom, where, when, whether it is planned or occurred and "
        "when each was first reported, and the outlets and URLs that reported it."
    ),
    example_query=(
        "SELECT event_date, actors, location_name, status, first_seen_planned, first_seen_occurred, outlets "
        "FROM meetings_timeline WHERE list_contains(countries, 'TUR') ORDER BY event_date"
    ),
)

MAP_POINTS = DashboardView(
    name="map_points",
    sql="""
    SELECT latitude, longitude, location_name, location_country, geonames_id, event_type, status,
           count(*) AS events, sum(num_mentions) AS mentions,
           min(event_date) AS first_event_date, max(event_date) AS last_event_date
    FROM event_clusters
    WHERE latitude IS NOT NULL AND longitude IS NOT NULL
    GROUP BY ALL
    """,
    description=("One row per place, event type and status: real-world events located at a GeoNames place, for maps."),
    example_query=(
        "SELECT location_name, latitude, longitude, sum(events) AS events FROM map_points "
        "GROUP BY ALL ORDER BY events DESC, location_name"
    ),
)

EVENT_PROVENANCE = DashboardView(
    name="event_provenance",
    sql="""
    SELECT e.event_id, e.cluster_id, e.event_type, e.status, e.source_actor, e.target_actor,
           e.event_date, e.date_precision, e.location_name,
           e.doc_id, d.outlet, d.url, d.title, coalesce(d.published_at, e.published_at) AS published_at,
           e.sentence_text, e.char_start, e.char_end, e.trigger_text, e.trigger_start, e.trigger_end,
           substring(d.normalized_text, e.char_start + 1, e.char_end - e.char_start) = e.sentence_text
               AS offsets_verified,
           e.rule, e.confidence, e.date_detail, e.location_detail, e.actor_detail,
           c.num_documents AS cluster_documents, c.num_outlets AS cluster_outlets
    FROM events AS e
    LEFT JOIN documents AS d ON d.doc_id = e.doc_id
    LEFT JOIN event_clusters AS c ON c.cluster_id = e.cluster_id
    """,
    description=(
        "One row per event mention with its evidence: document, outlet, URL, the sentence and trigger with "
        "their character offsets into documents.normalized_text, whether those offsets reproduce the sentence, "
        "the extraction rule, and how many documents and outlets report the same real-world event."
    ),
    example_query=(
        "SELECT event_id, outlet, url, sentence_text, char_start, char_end, offsets_verified "
        "FROM event_provenance ORDER BY published_at, event_id"
    ),
)

DASHBOARD_VIEWS: tuple[DashboardView, ...] = (
    EVENTS_DAILY,
    EVENTS_WEEKLY,
    DYADS,
    DYADS_MONTHLY,
    MEETINGS_TIMELINE,
    MAP_POINTS,
    EVENT_PROVENANCE,
)


def create_dashboard_views(
    connection: duckdb.DuckDBPyConnection, views: tuple[DashboardView, ...] = DASHBOARD_VIEWS
) -> None:
    """Create (or replace) each view, with its description as the view comment, over existing base views."""
    for view in views:
        connection.execute(f"CREATE OR REPLACE VIEW {view.name} AS {view.sql}")
        comment = view.description.replace("'", "''")
        connection.execute(f"COMMENT ON VIEW {view.name} IS '{comment}'")
