"""One module per lake table; each declares the `TableContract` that is its single source of truth."""

from __future__ import annotations

from schemas.contract import TableContract
from schemas.documents import DOCUMENTS
from schemas.event_clusters import EVENT_CLUSTERS
from schemas.events import EVENTS
from schemas.links import LINKS
from schemas.rejects import REJECTS
from schemas.runs import RUNS
from schemas.segments import SEGMENTS
from schemas.uncoded import UNCODED

CONTRACTS: dict[str, TableContract] = {
    contract.name: contract for contract in (DOCUMENTS, SEGMENTS, REJECTS, RUNS, EVENTS, UNCODED, EVENT_CLUSTERS, LINKS)
}

__all__ = [
    "CONTRACTS",
    "DOCUMENTS",
    "EVENTS",
    "EVENT_CLUSTERS",
    "LINKS",
    "REJECTS",
    "RUNS",
    "SEGMENTS",
    "UNCODED",
    "TableContract",
]
