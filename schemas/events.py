"""`events`: one row per event mention: who did what to whom, where, when, with its evidence."""

from __future__ import annotations

import pyarrow as pa

from schemas.contract import TableContract, column, offsets_within, pipeline_version_column, sentence_columns

EVENT_TYPES = {
    "AGREE": "agree to, or sign, an agreement or joint course of action",
    "CONSULT": "meet, talk, visit, call, hold a summit",
    "SUPPORT": "express support, praise, endorse",
    "CONCEDE": "make a verbal concession",
    "COOPERATE": "material cooperation: trade, purchases, joint projects, joint patrols",
    "AID": "provide economic, military or humanitarian aid",
    "RETREAT": "withdraw, pull back, de-escalate materially",
    "REQUEST": "demand, urge, call for, appeal",
    "ACCUSE": "criticize, accuse, blame, denounce, investigate",
    "REJECT": "reject, refuse, veto",
    "THREATEN": "threaten",
    "PROTEST": "demonstrate, strike, protest",
    "SANCTION": "impose sanctions, expel, cut ties",
    "MOBILIZE": "deploy or mass forces, raise alert",
    "COERCE": "arrest, detain, raid, seize, repress",
    "ASSAULT": "attack, strike, bomb, kill, fight",
}
EVENT_MODES = {
    "visit": "CONSULT in person at one side's location",
    "third-party": "CONSULT mediated by, or at, a third party",
    "multilateral": "CONSULT among three or more parties (summits, conferences)",
    "phone": "CONSULT by telephone or video call",
}
STATUSES = {
    "occurred": "the text reports the event as having happened",
    "planned": "the text reports the event as scheduled or intended",
}
DATE_PRECISIONS = {
    "day": "event_date is the day",
    "week": "event_date is the Monday of the week",
    "month": "event_date is the first day of the month",
    "year": "event_date is 1 January of the year",
}
DATE_BASES = {
    "explicit": "a date stated in the sentence (e.g. 'Sept. 29', 'March 2020')",
    "relative": "a weekday or relative phrase resolved against the publication date",
    "publication": "no date in the sentence; the publication date stands in (day of reporting)",
    "unknown": "no date could be resolved; event_date is null and date_detail says why",
}
QUAD_CLASSES = {
    "verbal_cooperation": "AGREE, CONSULT, SUPPORT, CONCEDE",
    "material_cooperation": "COOPERATE, AID, RETREAT",
    "verbal_conflict": "REQUEST, ACCUSE, REJECT, THREATEN, SANCTION",
    "material_conflict": "PROTEST, MOBILIZE, COERCE, ASSAULT",
}

EVENTS = TableContract(
    name="events",
    description="Event mentions extracted from English body sentences, each traceable to its text span.",
    fields=(
        column(
            "event_id",
            pa.string(),
            "sha256 of doc_id, trigger span, event type, source and target actor ids and pipeline_version",
            nullable=False,
        ),
        column("doc_id", pa.string(), "document the event was read from", nullable=False),
        column("cluster_id", pa.string(), "real-world event this mention belongs to (event_clusters)"),
        *sentence_columns("the evidence sentence, verbatim"),
        column("trigger_text", pa.string(), "the words that signal the event", nullable=False),
        column(
            "trigger_start",
            pa.int32(),
            "trigger start offset into documents.normalized_text",
            nullable=False,
            unit="characters",
        ),
        column("trigger_end", pa.int32(), "trigger end offset (exclusive)", nullable=False, unit="characters"),
        column("event_type", pa.string(), "PLOVER event type", nullable=False, enum=EVENT_TYPES),
        column("event_mode", pa.string(), "PLOVER mode; for CONSULT how the parties met", enum=EVENT_MODES),
        column("cameo_code", pa.string(), "closest CAMEO code, leading zeros kept", nullable=False),
        column("quad_class", pa.string(), "cooperation/conflict x verbal/material", nullable=False, enum=QUAD_CLASSES),
        column("source_actor", pa.string(), "canonical name of who acted"),
        column(
            "source_actor_id",
            pa.string(),
            "actor table id of source_actor; 'agent:<code>' for a group known by description ('police (Kenya)'), "
            "'unlisted:<name>' for a titled person or an organization the actor table does not list",
        ),
        column("source_country", pa.string(), "ISO 3166 alpha-3 of the source; null for non-state without one"),
        column("source_sector", pa.string(), "sector code of the source (GOV, MIL, REB, IGO, ...)"),
        column("target_actor", pa.string(), "canonical name of who was acted on"),
        column("target_actor_id", pa.string(), "actor table id of target_actor, with the prefixes of source_actor_id"),
        column("target_country", pa.string(), "ISO 3166 alpha-3 of the target"),
        column("target_sector", pa.string(), "sector code of the target"),
        column(
            "participants",
            pa.list_(pa.string()),
            "every actor coordinated in the event (sorted canonical names): all sides of a multilateral event, or the"
            " whole list of sources and targets of a directed event given as one row per source-target pair",
        ),
        column(
            "actor_detail",
            pa.string(),
            "why an actor is missing or a role was not confirmed; for a row of a list of coordinated actors, how"
            " many rows the list gave and which members beyond four per side were not paired",
        ),
        column("location_name", pa.string(), "where the event happened (not places merely mentioned)"),
        column("location_country", pa.string(), "ISO 3166 alpha-3 of the location"),
        column("latitude", pa.float64(), "WGS84 latitude of the location", unit="degrees"),
        column("longitude", pa.float64(), "WGS84 longitude of the location", unit="degrees"),
        column("geonames_id", pa.int64(), "GeoNames id of the location"),
        column("location_detail", pa.string(), "how the location was chosen, or why there is none"),
        column("event_date", pa.date32(), "first day of the period in which the event happened or is planned"),
        column("date_precision", pa.string(), "granularity of event_date", enum=DATE_PRECISIONS),
        column("date_basis", pa.string(), "how event_date was found", nullable=False, enum=DATE_BASES),
        column("date_text", pa.string(), "the date words in the sentence, if any"),
        column("date_detail", pa.string(), "how the date was resolved, or why it is null", nullable=False),
        column("status", pa.string(), "occurred or planned", nullable=False, enum=STATUSES),
        column("confidence", pa.float32(), "extractor confidence", nullable=False, unit="probability 0-1"),
        column(
            "rule",
            pa.string(),
            "the extraction rule and cues that produced the row; a rule id starting 'petrarch.' is a row of the opt-in "
            "PETRARCH fallback lexicon (eventlake/reference/verbs/petrarch_triggers.csv)",
            nullable=False,
        ),
        column("published_at", pa.date32(), "the document's publication date"),
        pipeline_version_column("produced the row"),
        column("run_id", pa.string(), "run that added the row", nullable=False),
        column("event_month", pa.string(), "partition: YYYY-MM of event_date, or 'unknown'", nullable=False),
    ),
    primary_key=("event_id",),
    partition_by=("event_month",),
    checks=(
        offsets_within(None, "char_start", "char_end", "events"),
        offsets_within(None, "trigger_start", "trigger_end", "events"),
    ),
)
