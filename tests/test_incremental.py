from __future__ import annotations

from pathlib import Path

from eventlake import PIPELINE_VERSION, __version__, reference_digest
from eventlake.incremental import KnownDocument, plan_run
from eventlake.ingest import sha256_hex
from eventlake.records import RawArticle


def article(uri: str, text: str) -> RawArticle:
    return RawArticle(source_uri=uri, raw_bytes=text.encode(), text=text)


def known(*articles: RawArticle, version: str = "1") -> dict[str, KnownDocument]:
    return {sha256_hex(a.raw_bytes): KnownDocument(sha256_hex(a.raw_bytes), a.source_uri, version) for a in articles}


def test_known_documents_are_skipped_and_new_ones_processed() -> None:
    old, new = article("a.txt", "old text"), article("b.txt", "new text")
    plan = plan_run([old, new], known(old), pipeline_version="1", reprocess=False)
    assert plan.to_process == (new,)
    assert [uri for uri, _ in plan.skipped] == ["a.txt"]
    assert plan.replace_doc_ids == frozenset()


def test_new_pipeline_version_or_reprocess_rebuilds_known_documents() -> None:
    old = article("a.txt", "old text")
    for plan in (
        plan_run([old], known(old, version="0"), pipeline_version="1", reprocess=False),
        plan_run([old], known(old), pipeline_version="1", reprocess=True),
    ):
        assert plan.to_process == (old,)
        assert plan.replace_doc_ids == {sha256_hex(old.raw_bytes)}


def test_changed_file_is_a_new_document_that_points_to_its_previous_version() -> None:
    before, after = article("a.txt", "first version"), article("a.txt", "second version")
    plan = plan_run([after], known(before), pipeline_version="1", reprocess=False)
    assert plan.to_process == (after,)
    assert plan.supersedes == {sha256_hex(after.raw_bytes): sha256_hex(before.raw_bytes)}


def test_known_content_under_a_new_name_is_a_duplicate_reject() -> None:
    original, copy = article("a.txt", "same text"), article("b.txt", "same text")
    plan = plan_run([copy], known(original), pipeline_version="1", reprocess=False)
    assert plan.to_process == ()
    assert [(r.source_uri, r.reason) for r in plan.rejects] == [("b.txt", "duplicate")]


def test_the_pipeline_version_follows_the_reference_tables(tmp_path: Path) -> None:
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "triggers.csv").write_text("id,pattern\na,!meet/v\n", encoding="utf-8")
    (tmp_path / "actors.csv").write_text("actor_id\nx\n", encoding="utf-8")
    first = reference_digest(tmp_path)
    assert reference_digest(tmp_path) == first
    (tmp_path / "verbs" / "triggers.csv").write_text("id,pattern\na,!meet/v ?with\n", encoding="utf-8")
    assert reference_digest(tmp_path) != first
    assert f"{__version__}+ref.{reference_digest()}" == PIPELINE_VERSION
