"""Shipped reference tables (actors, aliases, roles, countries, agents) and the builder that makes them."""

from __future__ import annotations

from pathlib import Path

REFERENCE_DIR = Path(__file__).resolve().parent
"""Folder holding the generated CSV files and the hand-curated inputs."""
