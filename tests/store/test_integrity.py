"""`check`: each kind of damage a store can carry is found, named and counted, and a sound
store passes every check."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import diplograph
from diplograph.config import Settings
from diplograph.extract.pipeline import EXTRACTOR_VERSION
from diplograph.graph import Graph
from diplograph.models import Finding, StoreCheck

from ..conftest import build_store, settings_for, stand_in_extraction


@pytest.fixture
def graph(db_path: Path) -> Iterator[Graph]:
    build_store(db_path)
    with diplograph.open(settings=Settings(db_path=db_path)) as opened:
        yield opened


@pytest.fixture
def any_graph(store_location: str) -> Iterator[Graph]:
    """The checks that are plain SQL run on SQLite, then on PostgreSQL."""
    build_store(store_location)
    with diplograph.open(settings=settings_for(store_location)) as opened:
        yield opened


def _finding(verdict: StoreCheck, name: str) -> Finding:
    (found,) = [f for f in verdict.findings if f.name == name]
    return found


def _failed(verdict: StoreCheck) -> set[str]:
    return {f.name for f in verdict.failed}


def test_a_sound_store_passes_every_check(graph: Graph) -> None:
    for quick in (False, True):
        verdict = graph.check(quick=quick)
        assert verdict.ok and verdict.warnings == 0, verdict
        assert [f.name for f in verdict.findings] == [
            "integrity", "foreign_keys", "fts:articles_fts", "fts:sentence_texts_fts",
            "orphans", "duplicates", "extractor_version",
        ]  # fmt: skip
    assert "integrity_check" in _finding(graph.check(), "integrity").detail
    assert "quick_check" in _finding(graph.check(quick=True), "integrity").detail


def test_an_article_missing_from_the_full_text_index_fails(graph: Graph) -> None:
    conn = graph.store.conn
    rowid, title, text = conn.execute(
        "SELECT rowid, title, text FROM articles WHERE id = 'kz-fr-2019'"
    ).fetchone()
    conn.execute(
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
        (rowid, title, text),
    )
    for quick in (False, True):
        verdict = graph.check(quick=quick)
        assert _failed(verdict) == {"fts:articles_fts"}
        found = _finding(verdict, "fts:articles_fts")
        assert found.count == 1
        assert "1 articles rows are not indexed" in found.detail
        assert "'rebuild'" in found.detail


def test_a_sentence_text_indexed_as_other_text_fails_the_full_check_only(graph: Graph) -> None:
    # sentence_texts has no UPDATE trigger: changed text leaves the index describing the old one
    graph.store.conn.execute("UPDATE sentence_texts SET text = 'nothing alike' WHERE id = 1")
    verdict = graph.check(quick=True)
    assert _failed(verdict) == {"fts:sentence_texts_fts"}  # its sentence no longer says it
    assert "sentences are not listed under their text" in verdict.failed[0].detail
    graph.store.conn.execute(
        "UPDATE sentences SET text = 'nothing alike' WHERE id IN "
        "(SELECT sentence_id FROM sentence_uses WHERE text_id = 1)"
    )
    assert graph.check(quick=True).ok  # every sentence listed under its text, each text indexed
    verdict = graph.check()
    assert _failed(verdict) == {"fts:sentence_texts_fts"}
    assert "integrity-check failed" in _finding(verdict, "fts:sentence_texts_fts").detail


def test_a_sentence_whose_text_changed_is_found_by_the_quick_check(graph: Graph) -> None:
    # sentences have no UPDATE trigger: the changed text is not listed among the distinct texts
    graph.store.conn.execute("UPDATE sentences SET text = 'nothing alike' WHERE idx = 0")
    for quick in (False, True):
        found = _finding(graph.check(quick=quick), "fts:sentence_texts_fts")
        assert found.status == "failed"
        assert "sentences are not listed under their text" in found.detail
        assert "restore a backup" in found.detail and "'rebuild'" not in found.detail


def test_rows_of_a_deleted_article_are_orphans_and_break_foreign_keys(graph: Graph) -> None:
    conn = graph.store.conn
    conn.execute("PRAGMA foreign_keys=OFF")  # what a tool without diplograph's settings does
    conn.execute("DELETE FROM articles WHERE id = 'kz-fr-2019'")
    verdict = graph.check()
    assert _failed(verdict) == {"foreign_keys", "orphans"}
    orphans = _finding(verdict, "orphans")
    assert "1 events without their article" in orphans.detail
    assert "2 sentences without their article" in orphans.detail
    assert "1 extractions without their article" in orphans.detail
    assert "events -> articles" in _finding(verdict, "foreign_keys").detail


def test_extraction_rows_without_their_extraction_record_are_orphans(any_graph: Graph) -> None:
    graph = any_graph
    graph.store.conn.execute("DELETE FROM extractions WHERE article_id = 'kz-fr-2019'")
    verdict = graph.check()
    assert _failed(verdict) == {"orphans"}
    detail = _finding(verdict, "orphans").detail
    assert "1 facts of articles not recorded as extracted" in detail
    assert "2 sentences of articles not recorded as extracted" in detail
    assert "1 stories not extracted yet" in _finding(verdict, "extractor_version").detail


def test_an_extraction_stored_twice_is_a_duplicate(any_graph: Graph) -> None:
    graph = any_graph
    conn = graph.store.conn
    conn.execute(
        "INSERT INTO events (article_id, type, mode, status, countries, people, date, "
        "date_reason, place, context, negated, agreement, trigger, confidence, sentence, start, "
        '"end", place_reason, modality) SELECT article_id, type, mode, status, countries, '
        "people, date, date_reason, place, context, negated, agreement, trigger, confidence, "
        'sentence, start, "end", place_reason, modality FROM events WHERE article_id = ?',
        ("kz-fr-2019",),
    )
    verdict = graph.check()
    assert _failed(verdict) == {"duplicates"}
    found = _finding(verdict, "duplicates")
    assert found.detail.startswith("1 events rows stored twice; `diplograph extract --force`")
    assert found.count == 1


def test_a_story_extracted_through_its_copy_too_is_a_duplicate(any_graph: Graph) -> None:
    graph = any_graph
    copy = graph.article("kz-fr-2023_syndicated")
    with graph.store.transaction():
        graph.store.save_extraction(stand_in_extraction(copy.id, copy.text), EXTRACTOR_VERSION)
    found = _finding(graph.check(), "duplicates")
    assert found.status == "failed"
    assert "1 copies of a story extracted as well" in found.detail


def test_the_same_text_stored_as_two_stories_is_a_duplicate(any_graph: Graph) -> None:
    graph = any_graph
    story = graph.article("kz-us-2023")
    again = type(story)(**{**story.__dict__, "id": "kz-us-2023-again"})
    with graph.store.transaction():
        graph.store.insert_article(again, story_id=None, similarity=None, signature=b"", bands=[])
    found = _finding(graph.check(), "duplicates")
    assert found.status == "failed"
    assert "1 stories stored twice (same text, both first copies)" in found.detail


def test_stories_from_an_older_extractor_are_a_warning_naming_extract(any_graph: Graph) -> None:
    graph = any_graph
    graph.store.conn.execute(
        "UPDATE extractions SET version = '0.0.9' WHERE article_id IN ('kz-fr-2019', 'kz-us-2023')"
    )
    verdict = graph.check()
    assert verdict.ok and verdict.warnings == 1
    found = _finding(verdict, "extractor_version")
    assert found.status == "warning" and found.count == 2
    assert "2 stories were extracted by an older extractor (2 by 0.0.9;" in found.detail
    assert "`diplograph extract` re-extracts them" in found.detail


def test_a_damaged_index_page_fails_sqlites_integrity_check(db_path: Path) -> None:
    build_store(db_path)
    conn = sqlite3.connect(db_path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'articles_published'"
    ).fetchone()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db_path.open("r+b") as handle:  # the index's root page: its cells now point nowhere
        handle.seek((root - 1) * page_size + 8)
        handle.write(b"\xff" * 64)
    with diplograph.open(settings=Settings(db_path=db_path)) as graph:
        for quick in (False, True):
            found = _finding(graph.check(quick=quick), "integrity")
            assert found.status == "failed" and found.count >= 1, found
            assert "restore a backup" in found.detail
