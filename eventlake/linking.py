"""Event mentions across articles linked into real-world events, with the evidence for every link.

Two mentions are *compatible* when they share the event type, a compatible mode, the same actor set (in either
role), compatible dates and compatible places. Rules, precision first:

- Actors: the set {source, target}. An actor with an id and a sector is matched by id; a country-level actor
  (a country but no sector or no id, as CAMEO codes a state acting as a whole) is matched by country, so "Turkey"
  matches "Erdogan" (TUR). Two-actor sets link on the rules below; a single actor links only with the same
  actor id, the same known place and the same day, both stated at day precision.
- Dates: periods from the precision (day, week from its Monday, month) must overlap; two days may be one apart
  when either came from a weekday/relative phrase or the publication date. Undated and year-precision mentions
  never link: the same pair meets at the same place again and again (Sochi 2018 and 2021), so only a date can
  tell their meetings apart. A planned event dated by its publication day is undated: the report is not the day.
- Places: the same GeoNames id, or one side without a place; two known different places, or different location
  countries, never link.

Clustering is complete-link without order effects: a mention compatible with two mentions that are not
compatible with each other (a "bridge", e.g. "met in September" beside a Sochi and an Istanbul meeting) is too
vague to place and stays alone; once bridges are set aside every connected group is a clique, so every member
is compatible with every other and no chaining can occur. The result depends only on the set of mentions.

cluster_id is the sha256 of the event_id of the cluster's earliest mention by (published_at, event_id), so a
cluster keeps its id when later articles join it and unrelated articles change nothing. It changes when an
earlier-published mention joins (a backfill), when that mention leaves (its document is rebuilt, or a new
mention turns it into a bridge), and with every pipeline_version (event ids include it).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from eventlake import PIPELINE_VERSION
from schemas.event_clusters import EVENT_CLUSTERS
from schemas.links import LINKS

LINKABLE_PRECISIONS = ("day", "week", "month")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_BASIS_RANK = {"explicit": 0, "relative": 1, "publication": 2}
_LOOSE_DAY_BASES = frozenset({"relative", "publication"})
_MAX_DAY_TOLERANCE = 1
_DATE_SCORE = {
    "same-document": 0.7,
    "same": 1.0,
    "day±1": 0.85,
    "day-in-week": 0.75,
    "day-in-month": 0.5,
    "week-overlaps-month": 0.4,
}
_PLACE_SCORE = {"exact": 1.0, "compatible": 0.8, "unknown": 0.6}
_EVENT_COLUMNS = (
    "event_id",
    "doc_id",
    "event_type",
    "event_mode",
    "source_actor",
    "source_actor_id",
    "source_country",
    "source_sector",
    "target_actor",
    "target_actor_id",
    "target_country",
    "target_sector",
    "location_name",
    "location_country",
    "latitude",
    "longitude",
    "geonames_id",
    "event_date",
    "date_precision",
    "date_basis",
    "status",
    "confidence",
    "published_at",
)


@dataclass(frozen=True)
class LinkResult:
    """Canonical events, the accepted links between mentions, and each mention's cluster."""

    clusters: pa.Table
    links: pa.Table
    cluster_of: dict[str, str]


@dataclass(frozen=True, slots=True, order=True)
class Actor:
    """One side of an event as linking sees it: by id, or by country when it stands for a whole state."""

    country_level: bool
    key: str
    country: str | None
    actor_id: str | None
    name: str | None


@dataclass(frozen=True, slots=True)
class DatePeriod:
    """The days an event date stands for (inclusive), with how it was stated."""

    start: dt.date
    end: dt.date
    precision: str
    basis: str

    @property
    def linkable(self) -> bool:
        return self.precision in LINKABLE_PRECISIONS


@dataclass(frozen=True, slots=True)
class Mention:
    """The fields of one event mention that linking and the canonical event need."""

    event_id: str
    doc_id: str
    event_type: str
    event_mode: str | None
    actors: tuple[Actor, ...]
    source_country: str | None
    target_country: str | None
    location_name: str | None
    location_country: str | None
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    period: DatePeriod | None
    status: str
    confidence: float
    published_at: dt.date | None
    outlet: str | None

    @property
    def order_key(self) -> tuple[bool, dt.date, str]:
        """Earliest publication first, undated publications last, event_id breaking ties."""
        return (self.published_at is None, self.published_at or dt.date.min, self.event_id)


@dataclass(frozen=True, slots=True)
class PairEvidence:
    """Why two mentions are taken to report the same event."""

    matched_fields: tuple[str, ...]
    date_distance_days: int | None
    location_match: str
    score: float
    rule: str


def link_events(events: pa.Table, documents: pa.Table, *, pipeline_version: str = PIPELINE_VERSION) -> LinkResult:
    """Link event mentions (schemas.events rows; cluster_id is ignored) into clusters, with link evidence."""
    mentions = _mentions(events, documents)
    evidence = _compatible_pairs(mentions)
    neighbours: dict[str, set[str]] = {mention.event_id: set() for mention in mentions}
    for first, second in evidence:
        neighbours[first].add(second)
        neighbours[second].add(first)
    bridges = {event_id for event_id, near in neighbours.items() if _is_bridge(near, neighbours)}
    groups = _components(
        [mention.event_id for mention in mentions if mention.event_id not in bridges],
        {event_id: near - bridges for event_id, near in neighbours.items() if event_id not in bridges},
    )
    groups.extend([event_id] for event_id in sorted(bridges))
    _attach_undated(mentions, groups, evidence)

    by_id = {mention.event_id: mention for mention in mentions}
    cluster_rows: list[dict[str, Any]] = []
    link_rows: list[dict[str, Any]] = []
    cluster_of: dict[str, str] = {}
    for group in groups:
        members = sorted((by_id[event_id] for event_id in group), key=lambda mention: mention.order_key)
        row = _cluster_row(members, pipeline_version)
        cluster_rows.append(row)
        for member in members:
            cluster_of[member.event_id] = row["cluster_id"]
        for first, second in itertools.combinations(sorted(group), 2):
            if (first, second) in evidence:
                link_rows.append(_link_row(first, second, evidence[first, second], row, pipeline_version))
    cluster_rows.sort(key=lambda row: row["cluster_id"])
    link_rows.sort(key=lambda row: row["link_id"])
    return LinkResult(EVENT_CLUSTERS.from_rows(cluster_rows), LINKS.from_rows(link_rows), cluster_of)


def compare(first: Mention, second: Mention) -> PairEvidence | None:
    """The evidence that two mentions report one event, or None when they are not compatible."""
    if first.event_type != second.event_type or not first.actors:
        return None
    if first.event_mode != second.event_mode and (
        (first.event_mode and second.event_mode) or "multilateral" in (first.event_mode, second.event_mode)
    ):
        return None
    actor_match = _actors_match(first.actors, second.actors)
    place_match = _place_match(first, second)
    date_match = _date_match(first.period, second.period) or _same_report(first, second, actor_match)
    if actor_match is None or place_match is None or date_match is None:
        return None
    relation, distance = date_match
    if len(first.actors) == 1 and (
        actor_match != "actors" or place_match != "exact" or relation != "same" or _precision(first) != "day"
    ):
        return None
    matched = ["event_type"]
    if first.event_mode and first.event_mode == second.event_mode:
        matched.append("event_mode")
    matched.append(actor_match)
    if place_match == "exact":
        matched.append("location")
    matched.append("date")
    score = (
        _DATE_SCORE[relation]
        * _PLACE_SCORE[place_match]
        * (1.0 if actor_match == "actors" else 0.8)
        * (1.0 if "event_mode" in matched else 0.9)
    )
    actors_rule = "two-actor" if len(first.actors) == 2 else "single-actor"
    return PairEvidence(
        matched_fields=tuple(matched),
        date_distance_days=distance,
        location_match=place_match,
        score=round(score, 4),
        rule=f"{actors_rule};actors:{actor_match};date:{relation};place:{place_match}",
    )


def mention_from_row(row: Mapping[str, Any], document: Mapping[str, Any] | None = None) -> Mention:
    """A `Mention` from an events row, with outlet and publication date from its documents row if given."""
    document = document or {}
    actors = {
        actor
        for actor in (
            _actor(row["source_actor_id"], row["source_country"], row["source_sector"], row["source_actor"]),
            _actor(row["target_actor_id"], row["target_country"], row["target_sector"], row["target_actor"]),
        )
        if actor is not None
    }
    return Mention(
        event_id=row["event_id"],
        doc_id=row["doc_id"],
        event_type=row["event_type"],
        event_mode=row["event_mode"],
        actors=tuple(sorted({(actor.country_level, actor.key): actor for actor in sorted(actors)}.values())),
        source_country=row["source_country"],
        target_country=row["target_country"],
        location_name=row["location_name"],
        location_country=row["location_country"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        geonames_id=row["geonames_id"],
        period=_period(row["event_date"], row["date_precision"], row["date_basis"], row["status"]),
        status=row["status"],
        confidence=float(row["confidence"]),
        published_at=document.get("published_at") or row["published_at"],
        outlet=document.get("outlet"),
    )


def _cluster_row(members: Sequence[Mention], pipeline_version: str) -> dict[str, Any]:
    """The event_clusters row of mutually compatible mentions, given earliest first by `Mention.order_key`."""
    anchor = members[0]
    best_period = min(
        ((_date_preference(mention.period, mention), mention.period) for mention in members if mention.period),
        default=None,
    )
    placed = [mention for mention in members if mention.geonames_id is not None] or [
        mention for mention in members if mention.location_name or mention.location_country
    ]
    place = placed[0] if placed else None
    modes = sorted({mention.event_mode for mention in members if mention.event_mode})
    published = [mention.published_at for mention in members if mention.published_at is not None]
    actors = _canonical_actors(members)
    event_date = best_period[1].start if best_period else None
    return {
        "cluster_id": _sha256("event_clusters", anchor.event_id),
        "event_type": anchor.event_type,
        "event_mode": modes[0] if modes else None,
        "actors": sorted({actor.name or actor.key for actor in actors}),
        "actor_ids": sorted({actor.actor_id for actor in actors if actor.actor_id}),
        "countries": sorted({actor.country for mention in members for actor in mention.actors if actor.country}),
        "source_countries": sorted({m.source_country for m in members if m.source_country}),
        "target_countries": sorted({m.target_country for m in members if m.target_country}),
        "location_name": place.location_name if place else None,
        "location_country": place.location_country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geonames_id": place.geonames_id if place else None,
        "event_date": event_date,
        "date_precision": best_period[1].precision if best_period else None,
        "status": "occurred" if any(mention.status == "occurred" for mention in members) else "planned",
        "first_seen_planned": _first_published(members, "planned"),
        "first_seen_occurred": _first_published(members, "occurred"),
        "num_mentions": len(members),
        "num_documents": len({mention.doc_id for mention in members}),
        "num_outlets": len({mention.outlet for mention in members if mention.outlet}),
        "first_seen": min(published, default=None),
        "last_seen": max(published, default=None),
        "representative_event_id": min(members, key=_representative_preference).event_id,
        "confidence": max(mention.confidence for mention in members),
        "pipeline_version": pipeline_version,
        "event_month": event_date.strftime("%Y-%m") if event_date else "unknown",
    }


def _mentions(events: pa.Table, documents: pa.Table) -> list[Mention]:
    document_columns = [name for name in ("doc_id", "outlet", "published_at") if name in documents.column_names]
    document_by_id = {row["doc_id"]: row for row in documents.select(document_columns).to_pylist()}
    rows = sorted(events.select(list(_EVENT_COLUMNS)).to_pylist(), key=lambda row: str(row["event_id"]))
    duplicated = sorted({a["event_id"] for a, b in itertools.pairwise(rows) if a["event_id"] == b["event_id"]})
    if duplicated:
        raise ValueError(f"duplicate event_id in events: {duplicated[:3]}")
    return [mention_from_row(row, document_by_id.get(row["doc_id"])) for row in rows]


def _compatible_pairs(mentions: Iterable[Mention]) -> dict[tuple[str, str], PairEvidence]:
    """Evidence for every compatible pair, smaller event_id first.

    Only mentions in one block (type and actor countries) with linkable dates at most a day apart can match,
    so each block is swept in date order instead of compared pair by pair.
    """
    blocks: dict[tuple[str, tuple[str, ...]], list[tuple[DatePeriod, Mention]]] = {}
    for mention in mentions:
        if mention.period is not None and mention.period.linkable and mention.actors:
            blocks.setdefault(_block_key(mention), []).append((mention.period, mention))
    evidence: dict[tuple[str, str], PairEvidence] = {}
    for key in sorted(blocks):
        dated = sorted(blocks[key], key=lambda item: (item[0].start, item[1].event_id))
        for index, (period, mention) in enumerate(dated):
            reach = period.end + dt.timedelta(days=_MAX_DAY_TOLERANCE)
            for later in range(index + 1, len(dated)):
                other_period, other = dated[later]
                if other_period.start > reach:
                    break
                first, second = sorted((mention, other), key=lambda m: m.event_id)
                found = compare(first, second)
                if found is not None:
                    evidence[first.event_id, second.event_id] = found
    return evidence


def _attach_undated(
    mentions: Sequence[Mention], groups: list[list[str]], evidence: dict[tuple[str, str], PairEvidence]
) -> None:
    """An undated mention joins the one group holding every dated mention of the same report in its article.

    Undated mentions take no part in finding groups, so they can neither bridge nor chain two meetings; they
    only follow a dated mention of their own article, and stay alone when that is ambiguous.
    """
    group_of = {event_id: index for index, group in enumerate(groups) for event_id in group}
    dated_by_doc: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.period is not None and mention.period.linkable:
            dated_by_doc.setdefault(mention.doc_id, []).append(mention)
    for mention in sorted(mentions, key=lambda m: m.event_id):
        if (mention.period is not None and mention.period.linkable) or not mention.actors:
            continue
        found: dict[str, PairEvidence] = {}
        for dated in dated_by_doc.get(mention.doc_id, []):
            first, second = sorted((mention, dated), key=lambda m: m.event_id)
            pair = compare(first, second)
            if pair is not None:
                found[dated.event_id] = pair
        targets = {group_of[event_id] for event_id in found}
        if len(targets) != 1:
            continue
        (target,) = targets
        groups[group_of[mention.event_id]].remove(mention.event_id)
        groups[target].append(mention.event_id)
        group_of[mention.event_id] = target
        for event_id, pair in found.items():
            evidence[min(event_id, mention.event_id), max(event_id, mention.event_id)] = pair
    groups[:] = [group for group in groups if group]


def _block_key(mention: Mention) -> tuple[str, tuple[str, ...]]:
    return mention.event_type, tuple(sorted(actor.country or actor.key for actor in mention.actors))


def _is_bridge(near: set[str], neighbours: Mapping[str, set[str]]) -> bool:
    return any(second not in neighbours[first] for first, second in itertools.combinations(sorted(near), 2))


def _components(nodes: Sequence[str], neighbours: Mapping[str, set[str]]) -> list[list[str]]:
    seen: set[str] = set()
    groups: list[list[str]] = []
    for node in sorted(nodes):
        if node in seen:
            continue
        group, frontier = [], [node]
        seen.add(node)
        while frontier:
            current = frontier.pop()
            group.append(current)
            for near in sorted(neighbours[current] - seen):
                seen.add(near)
                frontier.append(near)
        groups.append(sorted(group))
    return groups


def _actor(actor_id: str | None, country: str | None, sector: str | None, name: str | None) -> Actor | None:
    if country and (not actor_id or not sector):
        return Actor(country_level=True, key=country, country=country, actor_id=actor_id, name=name)
    if actor_id:
        return Actor(country_level=False, key=actor_id, country=country, actor_id=actor_id, name=name)
    return None


def _actors_match(first: Sequence[Actor], second: Sequence[Actor]) -> str | None:
    """'actors' when every actor matches exactly, 'actor_countries' when only by country, else None."""
    if len(first) != len(second) or not first:
        return None
    best: str | None = None
    for ordering in itertools.permutations(second):
        kinds = [_actor_match(a, b) for a, b in zip(first, ordering, strict=True)]
        if None in kinds:
            continue
        if all(kind == "actors" for kind in kinds):
            return "actors"
        best = "actor_countries"
    return best


def _actor_match(first: Actor, second: Actor) -> str | None:
    if first.country_level == second.country_level:
        return "actors" if first.key == second.key else None
    return "actor_countries" if first.country is not None and first.country == second.country else None


def _place_match(first: Mention, second: Mention) -> str | None:
    if first.location_country and second.location_country and first.location_country != second.location_country:
        return None
    if first.geonames_id is not None and second.geonames_id is not None:
        return "exact" if first.geonames_id == second.geonames_id else None
    if first.geonames_id is not None or second.geonames_id is not None:
        return "compatible"
    return "unknown"


def _same_report(first: Mention, second: Mention, actor_match: str | None) -> tuple[str, int] | None:
    """An article retelling its own event without the date ('Erdogan and Putin will also discuss ...')
    refers to the dated mention of the same actors, type and status in that article."""
    dated = [mention.period is not None and mention.period.linkable for mention in (first, second)]
    if first.doc_id != second.doc_id or first.status != second.status or actor_match != "actors" or all(dated):
        return None
    return "same-document", 0


def _date_match(first: DatePeriod | None, second: DatePeriod | None) -> tuple[str, int] | None:
    """(relation, distance in days) when the periods may be the same date, else None."""
    if first is None or second is None or not first.linkable or not second.linkable:
        return None
    gap = max(0, (second.start - first.end).days, (first.start - second.end).days)
    both_days = first.precision == second.precision == "day"
    tolerance = _MAX_DAY_TOLERANCE if both_days and {first.basis, second.basis} & _LOOSE_DAY_BASES else 0
    if gap > tolerance:
        return None
    if first.precision == second.precision:
        return ("same" if gap == 0 else "day±1"), gap
    finer, coarser = sorted((first.precision, second.precision), key=_PRECISION_RANK.__getitem__)
    return (f"{finer}-in-{coarser}" if finer == "day" else f"{finer}-overlaps-{coarser}"), gap


def _period(event_date: dt.date | None, precision: str | None, basis: str, status: str) -> DatePeriod | None:
    if event_date is None or precision not in _PRECISION_RANK or basis not in _BASIS_RANK:
        return None
    if status == "planned" and basis == "publication":
        return None
    if precision == "day":
        end = event_date
    elif precision == "week":
        end = event_date + dt.timedelta(days=6)
    elif precision == "month":
        following = dt.date(event_date.year + event_date.month // 12, event_date.month % 12 + 1, 1)
        end = following - dt.timedelta(days=1)
    else:
        end = dt.date(event_date.year, 12, 31)
    return DatePeriod(event_date, end, precision, basis)


def _precision(mention: Mention) -> str | None:
    return mention.period.precision if mention.period else None


def _date_preference(period: DatePeriod, mention: Mention) -> tuple[int, int, tuple[bool, dt.date, str]]:
    return _PRECISION_RANK[period.precision], _BASIS_RANK[period.basis], mention.order_key


def _representative_preference(mention: Mention) -> tuple[bool, bool, int, float, tuple[bool, dt.date, str]]:
    precision = _PRECISION_RANK[mention.period.precision] if mention.period else len(_PRECISION_RANK)
    return (
        mention.status != "occurred",
        mention.geonames_id is None,
        precision,
        -mention.confidence,
        mention.order_key,
    )


def _canonical_actors(members: Sequence[Mention]) -> list[Actor]:
    """Named actors, plus country-level ones for countries no named actor covers."""
    actors = {actor for mention in members for actor in mention.actors}
    named = {actor for actor in actors if not actor.country_level}
    covered = {actor.country for actor in named}
    return sorted(named | {actor for actor in actors if actor.country_level and actor.country not in covered})


def _first_published(members: Iterable[Mention], status: str) -> dt.date | None:
    return min((m.published_at for m in members if m.status == status and m.published_at is not None), default=None)


def _link_row(
    first: str, second: str, evidence: PairEvidence, cluster: Mapping[str, Any], pipeline_version: str
) -> dict[str, Any]:
    return {
        "link_id": _sha256("links", first, second),
        "cluster_id": cluster["cluster_id"],
        "event_id_a": first,
        "event_id_b": second,
        "matched_fields": list(evidence.matched_fields),
        "date_distance_days": evidence.date_distance_days,
        "location_match": evidence.location_match,
        "score": evidence.score,
        "rule": evidence.rule,
        "pipeline_version": pipeline_version,
        "event_month": cluster["event_month"],
    }


def _sha256(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
