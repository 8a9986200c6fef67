"""`runs`: one row per pipeline run, with its counts."""

from __future__ import annotations

import pyarrow as pa

from schemas.contract import TableContract, column, pipeline_version_column

RUN_STATUSES = {
    "completed": "every batch was published",
    "quarantined": "the run's rows broke a table contract: only this row was published; see warehouse/quarantine",
}

RUNS = TableContract(
    name="runs",
    description="Pipeline runs and what each did.",
    fields=(
        column("run_id", pa.string(), "run identifier (UUID)", nullable=False),
        column("started_at", pa.timestamp("us", tz="UTC"), "start time", nullable=False),
        column("finished_at", pa.timestamp("us", tz="UTC"), "end time", nullable=False),
        column("duration_s", pa.float64(), "wall time", nullable=False, unit="seconds"),
        column("status", pa.string(), "outcome", nullable=False, enum=RUN_STATUSES),
        pipeline_version_column("ran"),
        column("sources", pa.list_(pa.string()), "source paths given to the run", nullable=False),
        column("counts", pa.map_(pa.string(), pa.int64()), "read, new, skipped, rejected, events, ...", nullable=False),
        column("run_month", pa.string(), "partition: YYYY-MM of started_at", nullable=False),
    ),
    primary_key=("run_id",),
    partition_by=("run_month",),
)
