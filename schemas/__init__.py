"""One module per lake table; each declares the `TableContract` that is its single source of truth."""

from __future__ import annotations

from schemas.contract import TableContract
from schemas.documents import DOCUMENTS
from schemas.events import EVENTS
from schemas.rejects import REJECTS
from schemas.runs import RUNS
from schemas.segments import SEGMENTS
from schemas.uncoded import UNCODED

CONTRACTS: dict[str, TableContract] = {
    contract.name: contract for contract in (DOCUMENTS, SEGMENTS, REJECTS, RUNS, EVENTS, UNCODED)
}

__all__ = ["CONTRACTS", "DOCUMENTS", "EVENTS", "REJECTS", "RUNS", "SEGMENTS", "UNCODED", "TableContract"]
