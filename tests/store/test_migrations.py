"""Numbered migrations upgrade a store that holds data (store/migrations.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from diplograph.models import Article, Extraction, Sentence
from diplograph.store import sqlite as sqlite_store
from diplograph.store.migrations import LATEST_VERSION, MIGRATIONS
from diplograph.store.sqlite import SQLiteStore

SAID = ("Tokayev met Macron in Paris.", "Trade reached $4.2 billion.", "Macron left for Astana.")
ARTICLE = Article(id="a", published_on=date(2019, 10, 2), title="", text=" ".join(SAID),
                  content_hash="0" * 64, origin="test", format="seed")  # fmt: skip


def _store_at(path: Path, version: int, monkeypatch: pytest.MonkeyPatch) -> SQLiteStore:
    """A store made by the diplograph whose latest migration was ``version``."""
    with monkeypatch.context() as patched:
        patched.setattr(sqlite_store, "MIGRATIONS", MIGRATIONS[:version])
        patched.setattr(sqlite_store, "LATEST_VERSION", version)
        return SQLiteStore(path)


def _extraction(article_id: str, said: tuple[str, ...]) -> Extraction:
    sentences, start = [], 0
    for index, text in enumerate(said):
        sentences.append(Sentence(index, start, start + len(text), text))
        start += len(text) + 1
    return Extraction(article_id=article_id, sentences=tuple(sentences))


def test_a_store_of_migration_7_is_searched_by_distinct_text_once_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    old = _store_at(path, 7, monkeypatch)
    with old.transaction():
        for article_id, day, said in (("a", date(2019, 10, 2), SAID),
                                      ("b", date(2021, 3, 1), SAID[:2]),
                                      ("c", None, SAID[1:])):  # fmt: skip
            article = replace(ARTICLE, id=article_id, published_on=day, content_hash=article_id)
            old.insert_article(article, story_id=None, similarity=None, signature=b"", bands=[])
            old.save_extraction(_extraction(article_id, said), "test")
    before = set(old.conn.execute(  # what the search of migration 7 found
        "SELECT s.article_id, s.start, s.text FROM sentences_fts f JOIN sentences s "
        "ON s.id = f.rowid WHERE sentences_fts MATCH 'Macron OR billion'"))  # fmt: skip
    old.close()

    with SQLiteStore(path) as upgraded:
        assert upgraded.schema_version() == LATEST_VERSION
        hits = upgraded.search_sentences("Macron OR billion", 20)
        assert {(h.doc, h.start, h.sentence) for h in hits} == before  # every sentence cited
        assert len(hits) == 7
        billion = [h.doc for h in hits if "billion" in h.sentence]
        assert billion == ["b", "a", "c"]  # newest article first, the undated one last
        tables = {r[0] for r in upgraded.conn.execute("SELECT name FROM sqlite_master")}
        assert "sentences_fts" not in tables  # the index of every sentence is gone
        assert [f.name for f in upgraded.check("test").findings if f.status == "failed"] == []
        with upgraded.transaction():  # the triggers keep it as articles come and go
            upgraded.save_extraction(_extraction("c", SAID[2:]), "test")
        assert [h.doc for h in upgraded.search_sentences("billion", 20)] == ["b", "a"]
