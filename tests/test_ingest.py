from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventlake.ingest import IngestLimits, check_article, looks_binary, read_sources, sha256_hex
from eventlake.records import RawArticle

LIMITS = IngestLimits(max_article_bytes=10_000, min_article_chars=20)
ARTICLE = "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def reasons(result) -> dict[str, str]:
    return {Path(r.source_uri).name: r.reason for r in result.rejects}


def test_each_bad_input_is_rejected_with_a_reason_and_the_rest_goes_on(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", ARTICLE)
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "short.txt", "Too short.")
    write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    write(tmp_path / "latin1.txt", "Erdogan met Putin in Sochi, à l'été, and they talked.".encode("latin-1"))
    write(tmp_path / "huge.txt", "word " * 5000)
    write(tmp_path / "copy" / "same.txt", ARTICLE)

    result = read_sources([tmp_path], LIMITS)

    assert [Path(a.source_uri).name for a in result.articles] == ["same.txt"]  # copy/same.txt sorts first
    assert reasons(result) == {
        "empty.txt": "empty",
        "short.txt": "empty",
        "binary.txt": "binary",
        "latin1.txt": "invalid_utf8",
        "huge.txt": "oversized",
        "good.txt": "duplicate",
    }
    assert all(r.detail for r in result.rejects)


def test_duplicates_keep_the_first_source_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a.txt", ARTICLE)
    result = read_sources([tmp_path], LIMITS)
    assert [Path(a.source_uri).name for a in result.articles] == ["a.txt"]
    (duplicate,) = result.rejects
    assert duplicate.reason == "duplicate" and "a.txt" in duplicate.detail


def test_sidecar_metadata_is_read_and_a_malformed_one_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", ARTICLE)
    write(tmp_path / "one.meta.json", json.dumps({"outlet": "DW", "published_at": "2017-09-29", "url": "https://x"}))
    write(tmp_path / "two.txt", ARTICLE.replace("Sochi", "Ankara"))
    write(tmp_path / "two.meta.json", "{not json")
    result = read_sources([tmp_path], LIMITS)
    by_name = {Path(a.source_uri).name: a for a in result.articles}
    assert by_name["one.txt"].outlet == "DW"
    assert by_name["one.txt"].published_at == dt.date(2017, 9, 29)
    assert by_name["two.txt"].published_at is None
    assert reasons(result) == {"two.meta.json": "malformed"}


def test_jsonl_lines_are_articles_and_bad_lines_are_rejects(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": ARTICLE, "outlet": "AFP", "published_at": "2018-09-14"}),
        "{broken",
        json.dumps({"title": "no text"}),
        json.dumps({"text": ARTICLE, "published_at": "14/09/2018"}),
    ]
    write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = read_sources([tmp_path / "feed.jsonl"], LIMITS)
    assert len(result.articles) == 1 and result.articles[0].outlet == "AFP"
    assert sorted((r.source_uri.rsplit("#", 1)[1], r.reason) for r in result.rejects) == [
        ("L2", "malformed"),
        ("L3", "malformed"),
        ("L4", "malformed"),
    ]


def test_missing_source_is_a_reject_not_a_crash(tmp_path: Path) -> None:
    result = read_sources([tmp_path / "nowhere"], LIMITS)
    assert result.articles == () and result.rejects[0].reason == "unreadable"


def test_utf8_bom_is_dropped_but_hash_is_of_raw_bytes() -> None:
    data = "\ufeff".encode() + ARTICLE.encode()
    article = check_article("x.txt", data, {}, LIMITS)
    assert isinstance(article, RawArticle)
    assert article.text == ARTICLE
    assert sha256_hex(article.raw_bytes) == sha256_hex(data)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=300))
def test_ordinary_text_is_never_taken_for_binary(text: str) -> None:
    assert not looks_binary(text.encode("utf-8"))


@pytest.mark.parametrize("payload", [b"\x00abc", bytes(range(1, 32)) * 10])
def test_control_bytes_are_binary(payload: bytes) -> None:
    assert looks_binary(payload)
