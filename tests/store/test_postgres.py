"""The store interface on both SQLite and PostgreSQL (``store_location`` runs each test on
both), PostgreSQL's own behaviour (migrations, concurrent writers, checks), and `diplograph copy`
between the two."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.cli import app
from diplograph.config import Settings
from diplograph.encoding import encode
from diplograph.errors import StoreError
from diplograph.extract.pipeline import EXTRACTOR_VERSION
from diplograph.graph import copy_store
from diplograph.models import Article, Problem
from diplograph.offices import OfficeTerm
from diplograph.store import Store, open_store
from diplograph.store.pg_migrations import PG_LATEST_VERSION
from diplograph.store.postgres import PostgresStore, redact, to_postgres, websearch
from tests.conftest import EXAMPLES, stand_in_extraction

runner = CliRunner()


def _article(article_id: str, published_on: date | None, text: str) -> Article:
    return Article(id=article_id, published_on=published_on, title="A title", text=text,
                   content_hash=article_id * 2, origin="test", format="text")  # fmt: skip


@pytest.fixture
def store(store_location: str) -> Iterator[Store]:
    with open_store(store_location) as opened:
        yield opened


def _insert(store: Store, *articles: Article) -> None:
    with store.transaction():
        for article in articles:
            store.insert_article(article, story_id=None, similarity=None, signature=b"\x00\x01",
                                 bands=[7, -(2**63)])  # fmt: skip


def _build(location: str) -> None:
    """The example articles, every story given a stand-in extraction (no spaCy)."""
    with diplograph.open(settings=Settings.from_env(location)) as graph:
        graph.ingest([str(EXAMPLES)])
        for story in graph.store.iter_articles():
            with graph.store.transaction():
                graph.store.save_extraction(
                    stand_in_extraction(story.id, story.text), EXTRACTOR_VERSION
                )


# -- the SQL both stores share, on both ------------------------------------------------------------


def test_articles_are_stored_and_read_back_undated_first(store: Store) -> None:
    later = _article("b-later", date(2023, 4, 6), "Tokayev met Macron in Paris.")
    undated = _article("a-undated", None, "Undated note about trade.")
    _insert(store, later, undated)
    stored = store.get_article("b-later")
    assert stored is not None and replace(stored, ingested_at=None) == later
    assert store.article_state("a-undated") == ("a-undated" * 2, None)
    assert [a.id for a in store.iter_articles()] == ["a-undated", "b-later"]
    assert [s.id for s in store.list_articles()] == ["a-undated", "b-later"]
    assert store.latest_published() == date(2023, 4, 6)
    both = [("a-undated", b"\x00\x01"), ("b-later", b"\x00\x01")]
    assert sorted(store.similar_candidates([-(2**63)])) == both
    assert store.similar_candidates([8]) == []


def test_events_and_facts_come_with_their_publication_dates(store: Store) -> None:
    article = _article("kz-fr", date(2019, 10, 2), "President Tokayev met Macron. Trade grew.")
    _insert(store, article)
    with store.transaction():
        store.save_extraction(stand_in_extraction(article.id, article.text), "v1")
    (event, published), = store.events_with_dates()  # fmt: skip
    assert (event.date, event.countries, published) == ("2019-10-01", ("FRA", "KAZ"),
                                                        date(2019, 10, 2))  # fmt: skip
    (fact, fact_published), = store.facts_with_dates()  # fmt: skip
    assert (fact.value, fact.qualifier, fact_published) == (130.0, "more_than", date(2019, 10, 2))
    assert store.person_roles() == [("Roman Vassilenko", "KAZ", "deputy_foreign_minister",
                                     "kz-fr", 1)]  # fmt: skip
    assert store.unextracted_stories("v1") == []
    assert store.counts()["events"] == 1


def test_search_finds_sentences_and_articles_by_their_words(store: Store) -> None:
    article = _article("kz-fr", date(2019, 10, 2), "President Tokayev met Macron. Trade grew.")
    _insert(store, article)
    with store.transaction():
        store.save_extraction(stand_in_extraction(article.id, article.text), "v1")
    hits = store.search_sentences("Tokayev Macron", seconds=2.0)
    assert [(h.doc, h.start, h.end) for h in hits] == [("kz-fr", 0, 28)]
    assert store.search_sentences("nowhere") == []
    assert [i for i, _ in store.search_articles("trade")] == ["kz-fr"]


def test_office_terms_and_problems_are_replaced_not_repeated(store: Store) -> None:
    term = OfficeTerm("KAZ", "head_of_state", "Kassym-Jomart Tokayev", date(2019, 3, 20), None,
                      "test.csv")  # fmt: skip
    with store.transaction():
        store.save_office_terms([term])
    with store.transaction():
        store.save_office_terms([replace(term, source="again.csv")])
        store.record_problem(Problem(origin="x.txt", reason="no date"))
        store.record_problem(Problem(origin="x.txt", reason="no date"))
    assert [t.source for t in store.office_terms()] == ["again.csv"]
    assert [(p.origin, p.reason) for p in store.list_problems()] == [("x.txt", "no date")]


def test_a_write_by_another_connection_changes_the_generation(store_location: str) -> None:
    with open_store(store_location) as reader, open_store(store_location) as writer:
        before = reader.generation()
        assert reader.generation() == before
        _insert(writer, _article("new", date(2020, 1, 1), "Text."))
        assert reader.generation() != before
        moved = reader.generation()
        with writer.transaction():
            writer.save_extraction(stand_in_extraction("new", "Text."), "v1")
        assert reader.generation() != moved


# -- PostgreSQL's own ------------------------------------------------------------------------------


def test_shared_sql_is_translated_for_postgresql() -> None:
    assert to_postgres("SELECT id FROM events WHERE date >= ? ORDER BY date, id LIMIT ?") == (
        "SELECT id FROM events WHERE date >= %s ORDER BY date NULLS FIRST, id NULLS FIRST "
        "LIMIT %s")  # fmt: skip
    upsert = "INSERT OR REPLACE INTO extractions (article_id, version) VALUES (?, ?)"
    assert to_postgres(upsert) == (
        "INSERT INTO extractions (article_id, version) VALUES (%s, %s) ON CONFLICT (article_id) "
        "DO UPDATE SET article_id = EXCLUDED.article_id, version = EXCLUDED.version")  # fmt: skip
    assert to_postgres("SELECT 1 WHERE instr(countries, ?) > 0") == (
        "SELECT 1 WHERE strpos(countries, %s) > 0"
    )
    assert websearch('"green hydrogen" OR trad* NOT coal') == '"green hydrogen" OR trad -coal'
    assert redact("postgresql://me:secret@db.example/graph") == "postgresql://me@db.example/graph"


def test_a_postgresql_url_without_psycopg_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(StoreError, match=r"install diplograph\[postgres\]"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_processes_opening_a_new_database_at_once_migrate_it_once(pg_url: str) -> None:
    assert _at_once(lambda: PostgresStore(pg_url).close(), 4) == []
    with PostgresStore(pg_url) as store:
        assert store.schema_version() == PG_LATEST_VERSION
        versions = store.conn.execute("SELECT count(*) FROM schema_version").fetchone()[0]
        assert versions == PG_LATEST_VERSION  # each migration applied once


def _at_once(work: Callable[[], object], times: int) -> list[BaseException]:
    """``work`` in ``times`` threads started together; what each raised."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # reported to the caller
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def test_a_database_of_something_else_is_refused_with_a_clear_error(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("CREATE TABLE articles (title TEXT)")  # another application's table
    with pytest.raises(StoreError, match="cannot open as a diplograph store"):
        open_store(pg_url)


def test_an_article_another_process_stored_meanwhile_is_left_as_it_is(pg_url: str) -> None:
    with PostgresStore(pg_url) as first, PostgresStore(pg_url) as second:
        _insert(first, _article("same", date(2020, 1, 1), "First text."))
        _insert(second, _article("same", date(2020, 1, 1), "Second text."))
        assert first.counts()["articles"] == 1
        stored = second.get_article("same")
        assert stored is not None and stored.text == "First text."


def test_ingests_and_extractions_at_once_store_what_one_alone_stores(
    pg_url: str, tmp_path: Path
) -> None:
    alone = tmp_path / "alone.db"
    _build(str(alone))
    # three processes on three machines, the same folder
    assert _at_once(lambda: _build(pg_url), 3) == []
    with open_store(alone) as one, open_store(pg_url) as shared:
        assert shared.content_rows() == one.content_rows()
        assert shared.check(EXTRACTOR_VERSION).ok


def test_a_connection_lost_between_transactions_is_made_again(pg_url: str) -> None:
    import psycopg

    def cut(store: PostgresStore) -> None:  # the server restarted, or a proxy dropped it
        pid = store.conn.raw.info.backend_pid
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    with PostgresStore(pg_url) as store:
        cut(store)
        assert store.counts()["articles"] == 0
        lost = pytest.raises(StoreError, match="lost in the middle of a transaction")
        with lost, store.transaction():
            store.record_problem(Problem(origin="x.txt", reason="no date"))
            cut(store)
            store.record_problem(Problem(origin="y.txt", reason="no date"))
        assert store.list_problems() == []


def test_check_on_postgresql_runs_the_sql_checks_and_backup_says_sqlite_only(
    pg_url: str, tmp_path: Path
) -> None:
    _build(pg_url)
    with diplograph.open(pg_url) as graph:
        verdict = graph.check()
        assert verdict.ok
        assert [f.name for f in verdict.findings] == ["orphans", "duplicates",
                                                      "extractor_version"]  # fmt: skip
        with pytest.raises(StoreError, match="diplograph copy"):
            graph.backup(tmp_path / "copy.db")
        with graph.store.transaction():
            graph.store.conn.execute("DELETE FROM extractions WHERE article_id = ?",
                                     ("kz-fr-2019",))  # fmt: skip
        assert [f.name for f in graph.check().failed] == ["orphans"]


def test_the_cli_takes_a_postgresql_url_for_db(pg_url: str) -> None:
    ingested = runner.invoke(app, ["--db", pg_url, "ingest", str(EXAMPLES), "--no-extract"])
    assert ingested.exit_code == 0, ingested.output
    status = runner.invoke(app, ["--db", pg_url, "status", "--json"])
    assert status.exit_code == 0, status.output
    assert (
        '"articles":9' in status.output and f'"schema_version":{PG_LATEST_VERSION}' in status.output
    )


# -- diplograph copy -------------------------------------------------------------------------------


def _ids(store: Store) -> dict[str, list[object]]:
    keys = {"articles": "rowid, id", "events": "id", "facts": "id", "sentences": "id",
            "person_mentions": "id", "time_expressions": "id", "problems": "id"}  # fmt: skip
    return {t: [tuple(r) for r in store.conn.execute(f"SELECT {k} FROM {t} ORDER BY {k}")]
            for t, k in keys.items()}  # fmt: skip


def test_copy_from_sqlite_to_postgresql_and_back_loses_nothing(tmp_path: Path, pg_url: str) -> None:
    source, back = tmp_path / "source.db", tmp_path / "back.db"
    _build(str(source))
    there = copy_store(source, pg_url)
    again = copy_store(pg_url, back)
    assert there.rows == again.rows and there.rows["articles"] == 9
    with open_store(source) as a, open_store(pg_url) as b, open_store(back) as c:
        assert a.content_rows() == b.content_rows() == c.content_rows()
        assert a.counts() == b.counts() == c.counts()
        assert _ids(a) == _ids(b) == _ids(c)
        for one in (b, c):
            assert one.get_article("kz-fr-2019") == a.get_article("kz-fr-2019")
            assert one.load_extraction("kz-fr-2023") == a.load_extraction("kz-fr-2023")
            assert one.events_with_dates() == a.events_with_dates()
        _insert(b, _article("after-copy", None, "New text."))  # ids go on past the copied ones
        assert b.conn.execute("SELECT rowid FROM articles WHERE id = ?",
                              ("after-copy",)).fetchone()[0] == 10  # fmt: skip


def test_copy_refuses_a_store_that_is_not_empty(tmp_path: Path, pg_url: str) -> None:
    source = tmp_path / "source.db"
    _build(str(source))
    copy_store(source, pg_url)
    result = runner.invoke(app, ["copy", str(source), pg_url])
    assert result.exit_code == 1
    assert isinstance(result.exception, StoreError)
    assert "is not empty (9 articles" in str(result.exception)


# -- end to end ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_examples_ingested_into_postgresql_answer_as_on_sqlite(tmp_path: Path, pg_url: str) -> None:
    answers = []
    for location in (str(tmp_path / "e2e.db"), pg_url):
        with diplograph.open(location) as graph:
            graph.ingest([str(EXAMPLES)])
            graph.extract()
            answers.append((
                graph.status().counts,
                encode(graph.timeline("KAZ", "FRA")),
                encode(graph.facts()),
                encode(graph.who_met("Roman Vassilenko")),
                sorted((h.doc, h.start) for h in graph.search("trade", limit=50)),
                encode(graph.ask("French firms in Kazakhstan?")),
            ))  # fmt: skip
    sqlite, postgres = answers
    assert postgres == sqlite
