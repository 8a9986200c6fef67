from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Tests write nothing into the project: Prefect's home (created on import) and hypothesis' example database
# go to temporary places.
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="eventlake-tests-prefect-")
os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = tempfile.mkdtemp(prefix="eventlake-tests-hypothesis-")
# The same examples on every run, so that a test run is repeatable; `--hypothesis-seed=random` explores by hand.
# No deadline: a first example that loads the reference tables, or a busy CI machine, must not fail a test.
settings.register_profile("eventlake", database=None, derandomize=True, deadline=None)
settings.load_profile("eventlake")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS = PROJECT_ROOT / "seeds" / "articles"


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One temporary Prefect server for the whole session: a flow run costs ~1 s, the server ~10 s."""
    os.environ["PREFECT_HOME"] = str(tmp_path_factory.mktemp("prefect-home"))
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """The seed articles copied under tmp_path, so tests can add, change and break files freely."""
    target = tmp_path / "articles"
    target.mkdir()
    for path in sorted(SEEDS.iterdir()):
        (target / path.name).write_bytes(path.read_bytes())
    return target
