"""Event mentions from English body sentences: who did what to whom, where and when, with evidence.

Per sentence: find actors, event triggers, dates and places; give each asserted trigger a source and a
target from the actors around it, a date resolved against the publication date and the place where it
happened. Triggers that are negated, failed or hypothetical, and sentences that name two actors but yield
no event, go to `uncoded` with the reason, so that recall gaps stay visible.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from eventlake.actors import ActorMention, ActorTable, find_actors, load_actor_table
from eventlake.documents import month_partition
from eventlake.records import Document, RunContext, Segment
from eventlake.sentences import SentenceSpan, split_sentences
from eventlake.typing_rules import Trigger, find_triggers
from eventlake.when import choose_event_date, find_dates
from eventlake.where import Gazetteer, PlaceMention, event_location, find_places, load_gazetteer

QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}
LEAD_PARAGRAPHS = 3
"""Undated events reported as having happened in the first paragraphs are taken as the day's news: they get
the publication date with basis 'publication'. Later paragraphs are background, and stay undated."""
SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|but|whereas|although|though|which|who)\b|\s[—–]\s")
_AGENT_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|to|from|into)\s+(?:the\s+)?$", re.IGNORECASE)
_EVENT_ANAPHOR = re.compile(
    r"^(?:The|This|That)\s+(?:meeting|talks|summit|visit|conference)\s+(?:will|would|is\s+to|was\s+to|took|had)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ExtractionResources:
    actors: ActorTable
    gazetteer: Gazetteer


@lru_cache(maxsize=1)
def default_resources() -> ExtractionResources:
    return ExtractionResources(load_actor_table(), load_gazetteer())


@dataclass
class ExtractionResult:
    events: list[dict[str, Any]] = field(default_factory=list)
    uncoded: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def merge(cls, results: Iterable[ExtractionResult]) -> ExtractionResult:
        merged = cls()
        for result in results:
            merged.events.extend(result.events)
            merged.uncoded.extend(result.uncoded)
        return merged


def extract_documents(
    documents: Sequence[Document],
    run: RunContext,
    *,
    min_confidence: float,
    resources: ExtractionResources | None = None,
) -> ExtractionResult:
    resources = resources or default_resources()
    return ExtractionResult.merge(
        extract_document(document, run, resources, min_confidence=min_confidence) for document in documents
    )


def extract_document(
    document: Document, run: RunContext, resources: ExtractionResources, *, min_confidence: float
) -> ExtractionResult:
    """Events and uncoded sentences of one document; only English body segments are read."""
    result = ExtractionResult()
    body = [segment for segment in document.cleaned.segments if segment.kind == "body" and segment.language == "en"]
    for position, segment in enumerate(body):
        for sentence in split_sentences(segment.text):
            lead_paragraph = position < LEAD_PARAGRAPHS
            _extract_sentence(document, segment, sentence, run, resources, min_confidence, lead_paragraph, result)
    _attach_anaphoric_locations(document, resources, result.events)
    return result


def _extract_sentence(
    document: Document,
    segment: Segment,
    sentence: SentenceSpan,
    run: RunContext,
    resources: ExtractionResources,
    min_confidence: float,
    lead_paragraph: bool,
    result: ExtractionResult,
) -> None:
    text = sentence.text
    places = find_places(resources.gazetteer, text)
    actors = _participants(find_actors(resources.actors, text, document.published_at), places, text)
    triggers = find_triggers(text)
    offset = segment.char_start + sentence.start
    emitted = 0
    rejected: list[tuple[Trigger, str, str]] = []
    for trigger in triggers:
        if trigger.polarity != "asserted":
            rejected.append((trigger, trigger.polarity, f"{trigger.polarity}: {trigger.cue}"))
            continue
        source, target = assign_roles(trigger, actors, text)
        if source is None:
            rejected.append((trigger, "no_actor_role", f"no actor acts in the clause of '{trigger.text}'"))
            continue
        confidence = round(trigger.confidence * (1.0 if target is not None else 0.8), 3)
        if confidence < min_confidence:
            rejected.append((trigger, "low_confidence", f"confidence {confidence} < {min_confidence}"))
            continue
        row = _event_row(
            document, segment, sentence, offset, trigger, source, target, places, confidence, run, lead_paragraph
        )
        result.events.append(row)
        emitted += 1
    distinct_actors = {mention.actor_id for mention in actors}
    if emitted == 0 and len(distinct_actors) >= 2:
        first: tuple[Trigger | None, str, str] = rejected[0] if rejected else (None, "no_trigger", "no event words")
        result.uncoded.append(_uncoded_row(document, segment, sentence, offset, actors, *first, run))


def _participants(actors: Sequence[ActorMention], places: Sequence[PlaceMention], text: str) -> list[ActorMention]:
    """Actors that act or are acted on: a capital after 'in'/'at' is a place, and an adjective that only
    qualifies the next actor of the same country ('his Turkish counterpart Erdogan') is folded into it."""
    place_spans = [(place.start, place.end) for place in places if _LOCATIVE.search(text[: place.start])]
    kept = [
        mention
        for mention in actors
        if not any(start <= mention.start and mention.end <= end for start, end in place_spans)
    ]
    folded: list[ActorMention] = []
    for index, mention in enumerate(kept):
        following = kept[index + 1] if index + 1 < len(kept) else None
        if (
            following is not None
            and mention.kind == "country"
            and following.country == mention.country
            and following.kind != "country"
            and following.start - mention.end <= 40
            and not re.search(r"\band\b|,", text[mention.end : following.start])
        ):
            continue
        folded.append(mention)
    return folded


def assign_roles(
    trigger: Trigger, actors: Sequence[ActorMention], text: str
) -> tuple[ActorMention | None, ActorMention | None]:
    """Source = nearest actor before the trigger in its clause (or 'by X' after it); target = first actor after.

    Symmetric events with two coordinated actors before the trigger ('Turkey and Russia agreed') take the first
    as source and the second as target. Passive triggers swap the two.
    """
    clause_start, clause_end = _clause_bounds(text, trigger.start, trigger.end)
    before = [m for m in actors if clause_start <= m.start and m.end <= trigger.start]
    after = [m for m in actors if trigger.end <= m.start and m.end <= clause_end]
    agent = next((m for m in after if _AGENT_BY.search(text[trigger.end : m.start])), None)
    source: ActorMention | None
    target: ActorMention | None
    if agent is not None:
        source = agent
        target = next((m for m in before[::-1] if m.actor_id != agent.actor_id), None) or next(
            (m for m in after if m.actor_id != agent.actor_id), None
        )
        return source, target
    source = before[-1] if before else None
    target = next((m for m in after if source is None or m.actor_id != source.actor_id), None)
    if trigger.event_type in SYMMETRIC_TYPES and target is None and len(before) >= 2:
        first = before[-2]
        if (
            re.fullmatch(r"\s*(?:,|and|&)\s*", text[first.end : before[-1].start])
            and first.actor_id != before[-1].actor_id
        ):
            source, target = first, before[-1]
    if trigger.passive and target is not None and source is not None:
        source, target = target, source
    return source, target


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            clause_start = match.end()
        elif match.start() >= end:
            return clause_start, match.start()
    return clause_start, len(text)


def _event_row(
    document: Document,
    segment: Segment,
    sentence: SentenceSpan,
    offset: int,
    trigger: Trigger,
    source: ActorMention,
    target: ActorMention | None,
    places: Sequence[PlaceMention],
    confidence: float,
    run: RunContext,
    lead_paragraph: bool,
) -> dict[str, Any]:
    text = sentence.text
    dates = find_dates(text, document.published_at, trigger.tense)
    when = choose_event_date(
        dates,
        trigger.start,
        trigger.end,
        text,
        document.published_at,
        trigger.tense,
        current_report=trigger.status == "occurred" and lead_paragraph,
    )
    place = event_location(places, trigger.start, trigger.end, text)
    trigger_start, trigger_end = offset + trigger.start, offset + trigger.end
    key = f"{document.doc_id}\x1f{trigger_start}\x1f{trigger_end}\x1f{trigger.event_type}\x1f{run.pipeline_version}"
    actor_notes = [m.unresolved_reason for m in (source, target) if m is not None and m.unresolved_reason]
    if target is None:
        actor_notes.append("no target actor in the clause")
    return {
        "event_id": hashlib.sha256(key.encode()).hexdigest(),
        "doc_id": document.doc_id,
        "cluster_id": None,
        "segment_seq": segment.seq,
        "sentence_text": text,
        "char_start": offset,
        "char_end": offset + len(text),
        "trigger_text": trigger.text,
        "trigger_start": trigger_start,
        "trigger_end": trigger_end,
        "event_type": trigger.event_type,
        "event_mode": trigger.event_mode,
        "cameo_code": trigger.cameo_code,
        "quad_class": QUAD_CLASS[trigger.event_type],
        "source_actor": source.actor_name,
        "source_actor_id": source.actor_id,
        "source_country": source.country,
        "source_sector": source.sector,
        "target_actor": target.actor_name if target else None,
        "target_actor_id": target.actor_id if target else None,
        "target_country": target.country if target else None,
        "target_sector": target.sector if target else None,
        "actor_detail": "; ".join(actor_notes) or None,
        "location_name": place.name if place else None,
        "location_country": place.country if place else None,
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "geonames_id": place.geonames_id if place else None,
        "location_detail": (
            f"'{place.text}' introduced as the event's place" if place else "no place of the event in the sentence"
        ),
        "event_date": when.value,
        "date_precision": when.precision if when.value else None,
        "date_basis": when.basis,
        "date_text": when.mention.text if when.mention else None,
        "date_detail": when.detail,
        "status": trigger.status,
        "confidence": confidence,
        "rule": f"{trigger.cue}; source={source.surface!r}; target={target.surface if target else None!r}",
        "published_at": document.published_at,
        "pipeline_version": run.pipeline_version,
        "run_id": run.run_id,
        "event_month": month_partition(when.value),
    }


def _attach_anaphoric_locations(
    document: Document, resources: ExtractionResources, events: list[dict[str, Any]]
) -> None:
    """'The meeting will take place in Sochi' right after a located-less meeting gives that meeting its place."""
    sentences = [
        (segment, sentence)
        for segment in document.cleaned.segments
        if segment.kind == "body" and segment.language == "en"
        for sentence in split_sentences(segment.text)
    ]
    for segment, sentence in sentences:
        if not _EVENT_ANAPHOR.match(sentence.text):
            continue
        place = event_location(find_places(resources.gazetteer, sentence.text), 0, 0, sentence.text)
        sentence_start = segment.char_start + sentence.start
        if place is None:
            continue
        antecedent = next(
            (
                event
                for event in reversed(events)
                if event["char_end"] <= sentence_start
                and event["event_type"] == "CONSULT"
                and event["location_name"] is None
            ),
            None,
        )
        if antecedent is None:
            continue
        antecedent.update(
            location_name=place.name,
            location_country=place.country,
            latitude=place.latitude,
            longitude=place.longitude,
            geonames_id=place.geonames_id,
            location_detail=f"from the later sentence at {sentence_start}: {sentence.text[:120]!r}",
        )


def _uncoded_row(
    document: Document,
    segment: Segment,
    sentence: SentenceSpan,
    offset: int,
    actors: Sequence[ActorMention],
    trigger: Trigger | None,
    reason: str,
    detail: str,
    run: RunContext,
) -> dict[str, Any]:
    key = f"{document.doc_id}\x1f{offset}\x1f{reason}\x1f{run.pipeline_version}"
    return {
        "uncoded_id": hashlib.sha256(key.encode()).hexdigest(),
        "doc_id": document.doc_id,
        "segment_seq": segment.seq,
        "sentence_text": sentence.text,
        "char_start": offset,
        "char_end": offset + len(sentence.text),
        "actors": sorted({mention.actor_name for mention in actors}),
        "trigger_text": trigger.text if trigger else None,
        "candidate_type": trigger.event_type if trigger else None,
        "reason": reason,
        "detail": detail,
        "pipeline_version": run.pipeline_version,
        "run_id": run.run_id,
        "published_month": month_partition(document.published_at),
    }
