"""Read sources into raw articles, setting aside every input that cannot become a document.

A source is a `.txt` file (optional sidecar `NAME.meta.json`), a `.jsonl` file with one article per line,
or a directory searched recursively for both. Nothing here decides what an article says; it only decides
whether the bytes are an article at all, and records why when they are not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventlake.records import RawArticle, Reject

ARTICLE_SUFFIXES = (".txt", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
METADATA_FIELDS = ("url", "outlet", "published_at", "title")
_BINARY_SNIFF_BYTES = 8192
_CONTROL_SHARE_LIMIT = 0.1


@dataclass(frozen=True, slots=True)
class IngestLimits:
    max_article_bytes: int
    min_article_chars: int


@dataclass(frozen=True, slots=True)
class IngestResult:
    articles: tuple[RawArticle, ...]
    rejects: tuple[Reject, ...]


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def discover(sources: Iterable[Path]) -> tuple[list[Path], list[Reject]]:
    """Article files under the sources, sorted so every run reads them in the same order."""
    found: set[Path] = set()
    missing: list[Reject] = []
    for source in sources:
        if source.is_dir():
            found.update(
                path
                for path in source.rglob("*")
                if path.is_file() and path.suffix in ARTICLE_SUFFIXES and not path.name.endswith(SIDECAR_SUFFIX)
            )
        elif source.is_file():
            found.add(source)
        else:
            missing.append(Reject(str(source), "unreadable", f"source {source} does not exist"))
    return sorted(found), missing


def read_sources(sources: Iterable[Path], limits: IngestLimits) -> IngestResult:
    """Every article under `sources`, and a reject for every input that is not one."""
    paths, rejects = discover(sources)
    articles: list[RawArticle] = []
    for path in paths:
        for item in _read_path(path, limits):
            if isinstance(item, RawArticle):
                articles.append(item)
            else:
                rejects.append(item)
    unique, duplicates = drop_duplicates(articles)
    return IngestResult(tuple(unique), tuple(rejects + duplicates))


def drop_duplicates(articles: Sequence[RawArticle]) -> tuple[list[RawArticle], list[Reject]]:
    """Keep the first source (in sorted order) of each distinct content; the others become rejects."""
    first_by_hash: dict[str, RawArticle] = {}
    rejects: list[Reject] = []
    for article in sorted(articles, key=lambda a: a.source_uri):
        digest = sha256_hex(article.raw_bytes)
        kept = first_by_hash.setdefault(digest, article)
        if kept is not article:
            rejects.append(
                Reject(
                    article.source_uri,
                    "duplicate",
                    f"same content as {kept.source_uri} (sha256 {digest[:12]}…); kept that one",
                    content_sha256=digest,
                )
            )
    return list(first_by_hash.values()), rejects


def _read_path(path: Path, limits: IngestLimits) -> Iterator[RawArticle | Reject]:
    uri = str(path)
    try:
        size = path.stat().st_size
        if size > limits.max_article_bytes and path.suffix == ".txt":
            yield Reject(uri, "oversized", f"{size} bytes, above the limit of {limits.max_article_bytes}")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Reject(uri, "unreadable", f"{type(error).__name__}: {error.strerror or error}")
        return
    if path.suffix == ".jsonl":
        yield from _read_jsonl(uri, data, limits)
        return
    metadata, metadata_reject = read_sidecar(path)
    if metadata_reject:
        yield metadata_reject
    yield check_article(uri, data, metadata, limits)


def read_sidecar(path: Path) -> tuple[dict[str, Any], Reject | None]:
    """Metadata from `NAME.meta.json` beside `NAME.txt`; a malformed sidecar is reported and ignored."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}, None
    try:
        loaded = json.loads(sidecar.read_text(encoding="utf-8"))
        if not isinstance(loaded, dict):
            raise ValueError("top level is not an object")
        return parse_metadata(loaded), None
    except (OSError, ValueError) as error:
        detail = f"metadata sidecar ignored, article kept without it: {error}"
        return {}, Reject(str(sidecar), "malformed", detail)


def parse_metadata(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Known metadata fields, typed; an unparseable published_at is an error, never guessed."""
    metadata: dict[str, Any] = {}
    for name in METADATA_FIELDS:
        value = raw.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise ValueError(f"field {name!r} must be a string, got {type(value).__name__}")
        metadata[name] = value.strip()
    if "published_at" in metadata:
        metadata["published_at"] = parse_iso_date(metadata["published_at"])
    return metadata


def parse_iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as error:
        raise ValueError(f"published_at {value!r} is not an ISO date (YYYY-MM-DD)") from error


def check_article(uri: str, data: bytes, metadata: Mapping[str, Any], limits: IngestLimits) -> RawArticle | Reject:
    """The bytes as an article, or the reason they are not one."""
    digest = sha256_hex(data)
    if len(data) > limits.max_article_bytes:
        return Reject(uri, "oversized", f"{len(data)} bytes, above the limit of {limits.max_article_bytes}", digest)
    if looks_binary(data):
        return Reject(uri, "binary", "NUL bytes or control characters: not a text file", digest)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return Reject(uri, "invalid_utf8", f"not UTF-8: byte {error.start} ({error.reason})", digest)
    text = text.removeprefix("\ufeff")
    visible = len(text.strip())
    if visible < limits.min_article_chars:
        detail = "no text" if visible == 0 else f"{visible} characters, below the minimum of {limits.min_article_chars}"
        return Reject(uri, "empty", detail, digest)
    return RawArticle(
        source_uri=uri,
        raw_bytes=data,
        text=text,
        url=metadata.get("url"),
        outlet=metadata.get("outlet"),
        title=metadata.get("title"),
        published_at=metadata.get("published_at"),
    )


def looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    control = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return control / len(sample) > _CONTROL_SHARE_LIMIT


def _read_jsonl(uri: str, data: bytes, limits: IngestLimits) -> Iterator[RawArticle | Reject]:
    for number, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        line_uri = f"{uri}#L{number}"
        try:
            record = json.loads(line.decode("utf-8"))
            if not isinstance(record, dict):
                raise ValueError("line is not a JSON object")
            text = record.get("text")
            if not isinstance(text, str):
                raise ValueError("missing string field 'text'")
            metadata = parse_metadata(record)
        except UnicodeDecodeError as error:
            yield Reject(line_uri, "invalid_utf8", f"not UTF-8: byte {error.start} ({error.reason})", sha256_hex(line))
            continue
        except ValueError as error:
            yield Reject(line_uri, "malformed", f"JSONL line skipped: {error}", sha256_hex(line))
            continue
        yield check_article(line_uri, text.encode("utf-8"), metadata, limits)
