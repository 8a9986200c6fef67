"""What can go wrong when using the lake, as exceptions a caller can catch and log."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


class LakeError(Exception):
    """Base of every error the lake raises on purpose."""


class LakeBusy(LakeError):
    """Another process holds the lake lock."""


class LakeCorrupt(LakeError):
    """The pointer or the manifest it names cannot be trusted; run `eventlake doctor`."""


class QuarantinedBatch(LakeError):
    """A batch broke its table contracts; nothing of it was published, all of it was kept aside."""

    def __init__(self, run_id: str, problems: Mapping[str, tuple[str, ...]], path: Path) -> None:
        self.run_id = run_id
        self.problems = dict(problems)
        self.path = path
        count = sum(len(found) for found in self.problems.values())
        first = next(problem for found in self.problems.values() for problem in found)
        super().__init__(f"run {run_id}: batch quarantined in {path} with {count} problem(s), first: {first}")
