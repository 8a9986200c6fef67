from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventlake.linking import LinkResult, compare, link_events, mention_from_row
from schemas.documents import DOCUMENTS
from schemas.event_clusters import EVENT_CLUSTERS
from schemas.events import EVENTS
from schemas.links import LINKS

Actor = tuple[str, str | None, str | None, str | None]
Place = tuple[str, str, float | None, float | None, int | None]

ERDOGAN: Actor = ("Recep Tayyip Erdogan", "ERDOGAN", "TUR", "GOV")
PUTIN: Actor = ("Vladimir Putin", "PUTIN", "RUS", "GOV")
ROUHANI: Actor = ("Hassan Rouhani", "ROUHANI", "IRN", "GOV")
CAVUSOGLU: Actor = ("Mevlut Cavusoglu", "CAVUSOGLU", "TUR", "GOV")
LAVROV: Actor = ("Sergei Lavrov", "LAVROV", "RUS", "GOV")
MERKEL: Actor = ("Angela Merkel", "MERKEL", "DEU", "GOV")
TURKEY: Actor = ("Turkey", "TUR", "TUR", None)
RUSSIA: Actor = ("Russia", "RUS", "RUS", None)
SOCHI: Place = ("Sochi", "RUS", 43.6, 39.73, 491422)
ANKARA: Place = ("Ankara", "TUR", 39.92, 32.85, 323786)
ISTANBUL: Place = ("Istanbul", "TUR", 41.01, 28.95, 745044)
TEHRAN: Place = ("Tehran", "IRN", 35.69, 51.42, 112931)
MOSCOW: Place = ("Moscow", "RUS", 55.75, 37.62, 524901)

SEED_DOCUMENTS = {
    "doc000": ("Breitbart", dt.date(2018, 10, 16)),
    "doc001": ("Hurriyet Daily News", dt.date(2021, 9, 28)),
    "doc002": ("DW", dt.date(2017, 9, 29)),
    "doc003": ("i24NEWS", dt.date(2018, 9, 14)),
    "doc004": ("Middle East Eye", dt.date(2021, 9, 29)),
}


def event_row(
    event_id: str,
    doc_id: str = "doc001",
    *,
    source: Actor | None = ERDOGAN,
    target: Actor | None = PUTIN,
    event_type: str = "CONSULT",
    mode: str | None = None,
    place: Place | None = None,
    date: dt.date | None = dt.date(2021, 9, 29),
    precision: str | None = "day",
    basis: str = "explicit",
    status: str = "occurred",
    confidence: float = 0.8,
    published_at: dt.date | None = None,
) -> dict[str, Any]:
    """A valid `events` row; only the fields linking reads vary."""
    source_name, source_id, source_country, source_sector = source or (None, None, None, None)
    target_name, target_id, target_country, target_sector = target or (None, None, None, None)
    place_name, place_country, latitude, longitude, geonames_id = place or (None, None, None, None, None)
    if date is None:
        precision, basis = None, "unknown"
    return {
        "event_id": event_id,
        "doc_id": doc_id,
        "segment_seq": 1,
        "sentence_text": f"sentence of {event_id}",
        "char_start": 0,
        "char_end": 20,
        "trigger_text": "met",
        "trigger_start": 5,
        "trigger_end": 8,
        "event_type": event_type,
        "event_mode": mode,
        "cameo_code": "040",
        "quad_class": "verbal_cooperation",
        "source_actor": source_name,
        "source_actor_id": source_id,
        "source_country": source_country,
        "source_sector": source_sector,
        "target_actor": target_name,
        "target_actor_id": target_id,
        "target_country": target_country,
        "target_sector": target_sector,
        "location_name": place_name,
        "location_country": place_country,
        "latitude": latitude,
        "longitude": longitude,
        "geonames_id": geonames_id,
        "event_date": date,
        "date_precision": precision,
        "date_basis": basis,
        "date_detail": "test",
        "status": status,
        "confidence": confidence,
        "rule": "test",
        "published_at": published_at or SEED_DOCUMENTS.get(doc_id, (None, dt.date(2021, 9, 29)))[1],
        "pipeline_version": "test",
        "run_id": "run",
        "event_month": date.strftime("%Y-%m") if date else "unknown",
    }


def documents_table(extra: dict[str, tuple[str, dt.date]] | None = None) -> pa.Table:
    rows = [
        {
            "doc_id": doc_id,
            "source_uri": f"{doc_id}.txt",
            "outlet": outlet,
            "url": f"https://example.org/{doc_id}",
            "published_at": published,
            "published_basis": "metadata",
            "published_detail": "meta.json",
            "is_english": True,
            "normalized_text": "text",
            "normalized_length": 4,
            "body_text": "text",
            "ingested_at": dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
            "run_id": "run",
            "pipeline_version": "test",
            "published_month": published.strftime("%Y-%m"),
        }
        for doc_id, (outlet, published) in sorted({**SEED_DOCUMENTS, **(extra or {})}.items())
    ]
    return DOCUMENTS.from_rows(rows)


def seed_meeting_rows() -> list[dict[str, Any]]:
    """The five Erdogan-Putin meetings of the seed articles, as the extractor would report them."""
    return [
        event_row(
            "ankara-2017",
            "doc002",
            source=PUTIN,
            target=ERDOGAN,
            mode="visit",
            place=ANKARA,
            date=dt.date(2017, 9, 28),
            basis="relative",
        ),
        event_row(
            "sochi-2018-place",
            "doc003",
            mode="visit",
            place=SOCHI,
            date=dt.date(2018, 9, 17),
            basis="relative",
            status="planned",
        ),
        event_row("sochi-2018-monday", "doc003", date=dt.date(2018, 9, 17), basis="relative", status="planned"),
        event_row(
            "tehran-2018",
            "doc003",
            mode="multilateral",
            place=TEHRAN,
            date=dt.date(2018, 9, 3),
            precision="week",
            basis="relative",
        ),
        event_row(
            "tehran-2018-rouhani",
            "doc003",
            target=ROUHANI,
            mode="multilateral",
            place=TEHRAN,
            date=dt.date(2018, 9, 3),
            precision="week",
            basis="relative",
        ),
        event_row("istanbul-2018-place", "doc000", place=ISTANBUL, date=dt.date(2018, 10, 27), status="planned"),
        event_row("istanbul-2018-date", "doc000", date=dt.date(2018, 10, 27), status="planned"),
        event_row("sochi-2021-planned", "doc001", mode="visit", place=SOCHI, status="planned"),
        event_row("sochi-2021-held", "doc004", place=SOCHI, basis="publication"),
    ]


def link(rows: list[dict[str, Any]], extra_documents: dict[str, tuple[str, dt.date]] | None = None) -> LinkResult:
    return link_events(EVENTS.from_rows(rows), documents_table(extra_documents))


def members(result: LinkResult) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for event_id, cluster_id in result.cluster_of.items():
        groups.setdefault(cluster_id, set()).add(event_id)
    return {frozenset(group) for group in groups.values()}


def cluster(result: LinkResult, event_id: str) -> dict[str, Any]:
    rows = result.clusters.to_pylist()
    return next(row for row in rows if row["cluster_id"] == result.cluster_of[event_id])


def linked(first: dict[str, Any], second: dict[str, Any]) -> bool:
    return len(members(link([first, second]))) == 1


def test_seed_meetings_are_five_events_and_only_sochi_2021_is_reported_twice() -> None:
    result = link(seed_meeting_rows())
    assert members(result) == {
        frozenset({"ankara-2017"}),
        frozenset({"sochi-2018-place", "sochi-2018-monday"}),
        frozenset({"tehran-2018"}),
        frozenset({"tehran-2018-rouhani"}),
        frozenset({"istanbul-2018-place", "istanbul-2018-date"}),
        frozenset({"sochi-2021-planned", "sochi-2021-held"}),
    }
    erdogan_putin = [row for row in result.clusters.to_pylist() if row["actor_ids"] == ["ERDOGAN", "PUTIN"]]
    assert len(erdogan_putin) == 5
    assert [row["num_documents"] for row in erdogan_putin if row["num_documents"] > 1] == [2]


def test_planned_then_held_meeting_is_reconciled_to_occurred_with_first_seen_dates() -> None:
    row = cluster(link(seed_meeting_rows()), "sochi-2021-held")
    assert row["status"] == "occurred"
    assert (row["first_seen_planned"], row["first_seen_occurred"]) == (dt.date(2021, 9, 28), dt.date(2021, 9, 29))
    assert (row["first_seen"], row["last_seen"]) == (dt.date(2021, 9, 28), dt.date(2021, 9, 29))
    assert (row["num_mentions"], row["num_documents"], row["num_outlets"]) == (2, 2, 2)
    assert (row["event_date"], row["date_precision"], row["event_month"]) == (dt.date(2021, 9, 29), "day", "2021-09")
    assert (row["location_name"], row["geonames_id"], row["event_mode"]) == ("Sochi", 491422, "visit")
    assert row["actors"] == ["Recep Tayyip Erdogan", "Vladimir Putin"]
    assert row["countries"] == ["RUS", "TUR"]
    assert row["representative_event_id"] == "sochi-2021-held"


def test_planned_only_meetings_stay_planned() -> None:
    row = cluster(link(seed_meeting_rows()), "istanbul-2018-date")
    assert row["status"] == "planned"
    assert (row["first_seen_planned"], row["first_seen_occurred"]) == (dt.date(2018, 10, 16), None)
    assert (row["num_mentions"], row["num_documents"], row["location_name"]) == (2, 1, "Istanbul")


def test_each_link_carries_its_evidence() -> None:
    result = link(seed_meeting_rows())
    sochi = result.cluster_of["sochi-2021-held"]
    rows = [row for row in result.links.to_pylist() if row["cluster_id"] == sochi]
    assert len(rows) == 1
    assert rows[0]["event_id_a"] == "sochi-2021-held" < rows[0]["event_id_b"] == "sochi-2021-planned"
    assert rows[0]["matched_fields"] == ["event_type", "actors", "location", "date"]
    assert (rows[0]["location_match"], rows[0]["date_distance_days"]) == ("exact", 0)
    assert rows[0]["rule"] == "two-actor;actors:actors;date:same;place:exact"
    assert 0 < rows[0]["score"] <= 1
    assert rows[0]["event_month"] == "2021-09"


def test_tables_satisfy_their_contracts() -> None:
    result = link(seed_meeting_rows())
    assert EVENT_CLUSTERS.validate(result.clusters) == []
    assert LINKS.validate(result.links) == []
    assert set(result.cluster_of) == {row["event_id"] for row in seed_meeting_rows()}
    assert set(result.cluster_of.values()) == set(result.clusters["cluster_id"].to_pylist())


def test_empty_input_gives_empty_valid_tables() -> None:
    result = link_events(EVENTS.empty(), DOCUMENTS.empty())
    assert (result.clusters.num_rows, result.links.num_rows, result.cluster_of) == (0, 0, {})
    assert EVENT_CLUSTERS.validate(result.clusters) == []
    assert LINKS.validate(result.links) == []


def test_cluster_ids_on_input_are_ignored_and_duplicate_event_ids_refused() -> None:
    rows = seed_meeting_rows()
    stale = [{**row, "cluster_id": "stale"} for row in rows]
    assert link(stale).cluster_of == link(rows).cluster_of
    with pytest.raises(ValueError, match="duplicate event_id"):
        link([*rows, rows[0]])


@settings(max_examples=25, deadline=None)
@given(st.permutations(seed_meeting_rows()))
def test_input_order_changes_nothing(rows: list[dict[str, Any]]) -> None:
    expected = link(seed_meeting_rows())
    result = link(rows)
    assert result.cluster_of == expected.cluster_of
    assert result.clusters.equals(expected.clusters)
    assert result.links.equals(expected.links)


@settings(max_examples=25, deadline=None)
@given(
    actor=st.sampled_from([ROUHANI, CAVUSOGLU, LAVROV, MERKEL]),
    date=st.dates(dt.date(2017, 1, 1), dt.date(2022, 12, 31)),
    place=st.sampled_from([None, SOCHI, ANKARA, MOSCOW]),
    published=st.dates(dt.date(2016, 1, 1), dt.date(2022, 12, 31)),
)
def test_an_unrelated_article_changes_no_existing_cluster_id(
    actor: Actor, date: dt.date, place: Place | None, published: dt.date
) -> None:
    before = link(seed_meeting_rows())
    unrelated = event_row("new-article-event", "doc-new", source=actor, target=ROUHANI, place=place, date=date)
    after = link([*seed_meeting_rows(), unrelated], {"doc-new": ("New Outlet", published)})
    assert {k: v for k, v in after.cluster_of.items() if k in before.cluster_of} == before.cluster_of
    assert len(after.clusters) == len(before.clusters) + 1


def test_a_later_report_joins_without_changing_the_cluster_id() -> None:
    before = link(seed_meeting_rows())
    later = event_row("sochi-2021-next-day", "doc-later", mode="visit", place=SOCHI, date=dt.date(2021, 9, 29))
    after = link([*seed_meeting_rows(), later], {"doc-later": ("Reuters", dt.date(2021, 9, 30))})
    assert after.cluster_of["sochi-2021-next-day"] == before.cluster_of["sochi-2021-held"]
    assert {k: v for k, v in after.cluster_of.items() if k in before.cluster_of} == before.cluster_of
    assert cluster(after, "sochi-2021-held")["last_seen"] == dt.date(2021, 9, 30)


def test_an_earlier_report_joining_renames_the_cluster() -> None:
    before = link(seed_meeting_rows())
    earlier = event_row("sochi-2021-announced", "doc-early", place=SOCHI, status="planned")
    after = link([*seed_meeting_rows(), earlier], {"doc-early": ("Anadolu", dt.date(2021, 9, 20))})
    assert after.cluster_of["sochi-2021-held"] == after.cluster_of["sochi-2021-announced"]
    assert after.cluster_of["sochi-2021-held"] != before.cluster_of["sochi-2021-held"]


SEP_29 = dt.date(2021, 9, 29)
NEAR_MISSES = {
    "same pair, same day, different city": (
        event_row("a", place=SOCHI),
        event_row("b", "doc004", place=MOSCOW),
    ),
    "same pair, same city, a year apart": (
        event_row("a", place=SOCHI),
        event_row("b", "doc004", place=SOCHI, date=dt.date(2020, 9, 29)),
    ),
    "day outside the week": (
        event_row("a", place=SOCHI),
        event_row("b", "doc004", date=dt.date(2021, 9, 20), precision="week"),
    ),
    "day outside the month": (
        event_row("a"),
        event_row("b", "doc004", date=dt.date(2021, 10, 1), precision="month"),
    ),
    "explicit days one apart": (
        event_row("a", date=SEP_29),
        event_row("b", "doc004", date=dt.date(2021, 9, 30)),
    ),
    "relative days two apart": (
        event_row("a", date=SEP_29, basis="relative"),
        event_row("b", "doc004", date=dt.date(2021, 10, 1), basis="relative"),
    ),
    "both dates unknown": (
        event_row("a", place=SOCHI, date=None),
        event_row("b", "doc001", place=SOCHI, date=None),
    ),
    "one date unknown": (
        event_row("a", place=SOCHI),
        event_row("b", "doc004", place=SOCHI, date=None),
    ),
    "year precision": (
        event_row("a", date=dt.date(2021, 1, 1), precision="year"),
        event_row("b", "doc004", date=dt.date(2021, 1, 1), precision="year"),
    ),
    "planned, dated only by its publication day": (
        event_row("a", status="planned", basis="publication", date=dt.date(2021, 9, 28)),
        event_row("b", "doc004", date=dt.date(2021, 9, 28)),
    ),
    "different event types": (
        event_row("a", place=SOCHI),
        event_row("b", "doc004", place=SOCHI, event_type="AGREE"),
    ),
    "visit versus multilateral": (
        event_row("a", mode="visit"),
        event_row("b", "doc004", mode="multilateral"),
    ),
    "a third actor instead of one of the pair": (
        event_row("a", place=SOCHI),
        event_row("b", "doc004", target=ROUHANI, place=SOCHI),
    ),
    "same pair but other persons": (
        event_row("a", source=CAVUSOGLU, target=LAVROV),
        event_row("b", "doc004"),
    ),
    "different location countries, no GeoNames id": (
        event_row("a", place=("somewhere", "RUS", None, None, None)),
        event_row("b", "doc004", place=("elsewhere", "TUR", None, None, None)),
    ),
    "single actor, no place": (
        event_row("a", target=None),
        event_row("b", "doc004", target=None),
    ),
    "single actor, relative day": (
        event_row("a", target=None, place=SOCHI, basis="relative"),
        event_row("b", "doc004", target=None, place=SOCHI, basis="relative", date=dt.date(2021, 9, 30)),
    ),
    "no actors": (
        event_row("a", source=None, target=None, place=SOCHI),
        event_row("b", "doc004", source=None, target=None, place=SOCHI),
    ),
}
MATCHES = {
    "roles swapped": (event_row("a", place=SOCHI), event_row("b", "doc004", source=PUTIN, target=ERDOGAN)),
    "day inside the week": (
        event_row("a"),
        event_row("b", "doc004", date=dt.date(2021, 9, 27), precision="week", place=SOCHI),
    ),
    "day inside the month": (event_row("a"), event_row("b", "doc004", date=dt.date(2021, 9, 1), precision="month")),
    "week overlapping the month": (
        event_row("a", date=dt.date(2021, 9, 27), precision="week"),
        event_row("b", "doc004", date=dt.date(2021, 10, 1), precision="month"),
    ),
    "relative day one apart": (event_row("a"), event_row("b", "doc004", date=dt.date(2021, 9, 30), basis="relative")),
    "single actor, same place, same day": (
        event_row("a", target=None, place=SOCHI),
        event_row("b", "doc004", target=None, place=SOCHI),
    ),
    "countries for their leaders": (
        event_row("a", source=TURKEY, target=RUSSIA, event_type="AGREE"),
        event_row("b", "doc004", event_type="AGREE", place=SOCHI),
    ),
    "same mention twice in a document": (event_row("a", "doc004"), event_row("b", "doc004")),
}


@pytest.mark.parametrize("pair", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_near_misses_stay_apart(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    assert not linked(*pair)


@pytest.mark.parametrize("pair", MATCHES.values(), ids=MATCHES.keys())
def test_compatible_mentions_link(pair: tuple[dict[str, Any], dict[str, Any]]) -> None:
    assert linked(*pair)


def test_country_level_match_is_recorded_and_the_named_actors_kept() -> None:
    result = link(list(MATCHES["countries for their leaders"]))
    (row,) = result.links.to_pylist()
    assert row["matched_fields"] == ["event_type", "actor_countries", "date"]
    assert row["location_match"] == "compatible"
    (event,) = result.clusters.to_pylist()
    assert (event["actors"], event["actor_ids"]) == (["Recep Tayyip Erdogan", "Vladimir Putin"], ["ERDOGAN", "PUTIN"])


def test_vague_mention_between_two_meetings_links_to_neither() -> None:
    sochi = event_row("sochi", "doc001", place=SOCHI, date=dt.date(2021, 9, 29))
    istanbul = event_row("istanbul", "doc004", place=ISTANBUL, date=dt.date(2021, 9, 16))
    vague = event_row("vague", "doc004", date=dt.date(2021, 9, 1), precision="month")
    result = link([sochi, istanbul, vague])
    assert members(result) == {frozenset({"sochi"}), frozenset({"istanbul"}), frozenset({"vague"})}
    assert result.links.num_rows == 0


def test_canonical_date_is_the_most_precise_and_place_comes_from_the_placed_mention() -> None:
    week = event_row("week", "doc001", date=dt.date(2021, 9, 27), precision="week", place=SOCHI, mode="visit")
    relative = event_row("relative", "doc004", basis="relative", date=dt.date(2021, 9, 29))
    explicit = event_row("explicit", "doc004", date=dt.date(2021, 9, 29), status="planned", confidence=0.9)
    row = cluster(link([week, relative, explicit]), "week")
    assert (row["event_date"], row["date_precision"]) == (dt.date(2021, 9, 29), "day")
    assert (row["location_name"], row["latitude"], row["event_mode"]) == ("Sochi", 43.6, "visit")
    assert row["confidence"] == pytest.approx(0.9)
    assert row["representative_event_id"] == "week"
    assert (row["num_mentions"], row["num_documents"]) == (3, 2)


def test_undated_mention_is_its_own_event_with_unknown_month() -> None:
    row = cluster(link([event_row("undated", date=None)]), "undated")
    assert (row["event_date"], row["date_precision"], row["event_month"]) == (None, None, "unknown")


PLACES = [None, SOCHI, MOSCOW, ANKARA]
PAIRS = [(ERDOGAN, PUTIN), (PUTIN, ERDOGAN), (TURKEY, RUSSIA), (ERDOGAN, None), (CAVUSOGLU, LAVROV)]
random_event: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
    {
        "pair": st.sampled_from(PAIRS),
        "place": st.sampled_from(PLACES),
        "day": st.integers(0, 20),
        "precision": st.sampled_from(["day", "day", "week", "month", None]),
        "basis": st.sampled_from(["explicit", "relative", "publication"]),
        "status": st.sampled_from(["planned", "occurred"]),
        "doc": st.sampled_from(sorted(SEED_DOCUMENTS)),
        "mode": st.sampled_from([None, "visit", "phone"]),
    }
)


def random_rows(draws: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for index, draw in enumerate(draws):
        date = dt.date(2021, 9, 1) + dt.timedelta(days=draw["day"])
        if draw["precision"] == "week":
            date -= dt.timedelta(days=date.weekday())
        elif draw["precision"] == "month":
            date = date.replace(day=1)
        rows.append(
            event_row(
                f"e{index:03d}",
                draw["doc"],
                source=draw["pair"][0],
                target=draw["pair"][1],
                place=draw["place"],
                date=date if draw["precision"] else None,
                precision=draw["precision"],
                basis=draw["basis"],
                status=draw["status"],
                mode=draw["mode"],
            )
        )
    return rows


@settings(max_examples=60, deadline=None)
@given(st.lists(random_event, max_size=14), st.randoms(use_true_random=False))
def test_clusters_are_cliques_of_compatible_mentions_whatever_the_order(draws: list[dict[str, Any]], rng: Any) -> None:
    rows = random_rows(draws)
    result = link(rows)
    shuffled = list(rows)
    rng.shuffle(shuffled)
    again = link(shuffled)
    assert again.cluster_of == result.cluster_of
    assert again.clusters.equals(result.clusters)
    assert EVENT_CLUSTERS.validate(result.clusters) == []
    assert LINKS.validate(result.links) == []
    mentions = {row["event_id"]: mention_from_row(row) for row in rows}
    link_pairs = {(row["event_id_a"], row["event_id_b"]) for row in result.links.to_pylist()}
    for group in members(result):
        dated = [event_id for event_id in group if _linkable(mentions[event_id])]
        for first, second in itertools.combinations(sorted(dated), 2):
            assert compare(mentions[first], mentions[second]) is not None
            assert (first, second) in link_pairs
        for undated in (set(group) - set(dated)) if len(group) > 1 else ():
            assert any(undated in pair for pair in link_pairs), "an undated member joins only through a link"
    for first, second in link_pairs:
        assert compare(mentions[first], mentions[second]) is not None
    assert sorted(result.clusters["num_mentions"].to_pylist()) == sorted(len(group) for group in members(result))


def _linkable(mention: Any) -> bool:
    return mention.period is not None and bool(mention.period.linkable)
