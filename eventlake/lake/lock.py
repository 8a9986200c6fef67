"""One writer at a time: an flock on `<warehouse>/.lock`, which the OS drops if the holder dies."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import sys
import time
from pathlib import Path

from eventlake.lake.errors import LakeBusy

POLL_INTERVAL_S = 0.05


class LakeLock:
    """Re-entrant for the object that holds it; other holders make `acquire` wait, then raise `LakeBusy`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._descriptor: int | None = None
        self._depth = 0

    @property
    def held(self) -> bool:
        return self._depth > 0

    def acquire(self, timeout_s: float) -> None:
        if self._depth:
            self._depth += 1
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(timeout_s, 0.0)
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    description = _holder_description(descriptor)
                    os.close(descriptor)
                    raise LakeBusy(
                        f"{description} holds the lake lock {self.path}; waited {max(timeout_s, 0.0):g} s. "
                        "Wait for it to finish or stop it; a dead holder releases the lock by itself."
                    ) from None
                time.sleep(POLL_INTERVAL_S)
        holder = {
            "pid": os.getpid(),
            "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "command": " ".join(sys.argv[:3]),
        }
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, json.dumps(holder).encode(), 0)
        self._descriptor = descriptor
        self._depth = 1

    def release(self) -> None:
        if not self._depth:
            raise RuntimeError("release of a lake lock that is not held")
        self._depth -= 1
        if self._depth or self._descriptor is None:
            return
        descriptor, self._descriptor = self._descriptor, None
        os.ftruncate(descriptor, 0)
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)


def _holder_description(descriptor: int) -> str:
    try:
        holder = json.loads(os.pread(descriptor, 4096, 0) or b"{}")
    except ValueError:
        holder = {}
    if not holder.get("pid"):
        return "another eventlake run (holder details not yet written)"
    own = " (this very process, through another Lake object)" if holder["pid"] == os.getpid() else ""
    command = f", command {holder['command']!r}" if holder.get("command") else ""
    return f"another eventlake run (pid {holder['pid']}{own}, started at {holder.get('started_at')}{command})"
