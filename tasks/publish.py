"""Task: publish a run's rows to the lake in one atomic step. The only task that writes."""

from __future__ import annotations

from collections.abc import Collection, Mapping

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from eventlake.lake import Lake, PublishReport


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(
    lake: Lake,
    run_id: str,
    changes: Mapping[str, pa.Table],
    replace_doc_ids: Collection[str],
    replace_tables: Collection[str],
    replace_doc_ids_in: Mapping[str, Collection[str]],
) -> PublishReport:
    return lake.publish(
        run_id,
        changes,
        replace_doc_ids=replace_doc_ids,
        replace_tables=replace_tables,
        replace_doc_ids_in=replace_doc_ids_in,
    )
