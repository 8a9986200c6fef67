"""Task: link event mentions across articles into canonical events."""

from __future__ import annotations

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from eventlake.linking import LinkResult, link_events


@task(name="link-events", cache_policy=NO_CACHE)
def link_events_task(events: pa.Table, documents: pa.Table) -> LinkResult:
    return link_events(events, documents)
