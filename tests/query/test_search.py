"""Full-text search within bounds: what one query may ask, and how long it may run."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.cli import app
from diplograph.config import Settings
from diplograph.errors import QueryError, QueryTimeout
from diplograph.graph import Graph
from diplograph.models import Extraction, Sentence
from diplograph.query.search import (
    MAX_QUERY_CHARS,
    MAX_QUERY_TERMS,
    any_of,
    check_query,
)
from diplograph.store import extractions

# The queries that held a core for minutes on 300 wire stories (issue 11, item 7).
NEAR_3000 = "NEAR(" + " ".join(["a"] * 3000) + ")"
OR_2000 = " OR ".join(["a"] * 2000)
WORDS = ("a the of to in and said trade bank oil minister talks rate dollar yen market "
         "prices exports imports would year pct billion government agreement").split()  # fmt: skip


def wire_store(path: Path, stories: int = 300, settings: Settings | None = None) -> Path:
    """``stories`` articles of wire-like words, each with a dozen indexed sentences (stored as
    an extraction would store them, without running one)."""
    pick = random.Random(11)
    lines = []
    for number in range(stories):
        sentences = [" ".join(pick.choices(WORDS, k=18)).capitalize() + "." for _ in range(12)]
        lines.append({"id": f"wire-{number}", "date": "1987-03-02", "title": f"Story {number}",
                      "text": " ".join(sentences)})  # fmt: skip
    body = "\n".join(json.dumps(line) for line in lines).encode()
    with diplograph.open(settings=settings or Settings(db_path=path)) as graph:
        graph.ingest_bytes(body, "wire.jsonl")
        with graph.store.transaction():
            for article in graph.store.iter_articles():
                graph.store.save_extraction(_sentences(article.id, article.text), "test")
    return path


def _sentences(article_id: str, text: str) -> Extraction:
    found, start = [], 0
    for index, piece in enumerate(text.split(". ")):
        found.append(Sentence(index, start, start + len(piece), piece))
        start += len(piece) + 2
    return Extraction(article_id=article_id, sentences=tuple(found))


@pytest.fixture(scope="module")
def wire_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return wire_store(tmp_path_factory.mktemp("search") / "wire.db")


@pytest.fixture
def graph(wire_db: Path) -> Iterator[Graph]:
    with diplograph.open(settings=Settings(db_path=wire_db)) as opened:
        yield opened


@pytest.mark.parametrize(
    "query",
    ['"green hydrogen"', "trade AND (oil OR yen)", "NEAR(trade bank, 5)", "expor*",
     " ".join(["trade"] * MAX_QUERY_TERMS), "x" * MAX_QUERY_CHARS],
)  # fmt: skip
def test_check_query_passes_queries_within_the_bounds(query: str) -> None:
    assert check_query(query) == query


@pytest.mark.parametrize(
    ("query", "bound"),
    [(NEAR_3000, "characters"), (OR_2000, "characters"),
     (" ".join(["a"] * (MAX_QUERY_TERMS + 1)), "terms"),
     ('"' + " ".join(["of"] * (MAX_QUERY_TERMS + 1)) + '"', "terms"),
     ("a " + "NOT " * 40 + "b", "operators"), ("   ", "empty")],
)  # fmt: skip
def test_check_query_names_the_bound_a_query_passes(query: str, bound: str) -> None:
    with pytest.raises(QueryError, match=bound):
        check_query(query)


def test_search_refuses_the_hostile_queries_at_once(graph: Graph) -> None:
    for query in (NEAR_3000, OR_2000, "NEAR(" + " ".join(["a"] * 40) + ")"):
        started = time.perf_counter()
        with pytest.raises(QueryError):
            graph.search(query)
        assert time.perf_counter() - started < 0.1


def test_search_within_bounds_still_ranks_sentences(graph: Graph) -> None:
    hits = graph.search("trade AND yen", 5)
    assert len(hits) == 5
    assert all("trade" in h.sentence.lower() and "yen" in h.sentence.lower() for h in hits)
    assert [h.score for h in hits] == sorted(h.score for h in hits)


def test_search_past_its_time_is_stopped_with_query_timeout(wire_db: Path) -> None:
    settings = replace(Settings(db_path=wire_db), search_seconds=0.0)
    with diplograph.open(settings=settings) as graph:
        started = time.perf_counter()
        with pytest.raises(QueryTimeout, match="limit of 0 s"):
            graph.search("a OR the OR of", 10)
        assert time.perf_counter() - started < 0.5
        graph.store.conn.execute("SELECT count(*) FROM sentences").fetchone()  # still usable
    with diplograph.open(settings=Settings(db_path=wire_db)) as graph:
        assert graph.search("a OR the OR of", 10)  # the same query, given its time


def test_bad_syntax_is_a_query_error(graph: Graph) -> None:
    with pytest.raises(QueryError, match="bad search query"):
        graph.search('"unclosed')


def test_any_of_quotes_each_word_and_stays_within_the_bounds() -> None:
    assert any_of(["trade", "NOT", "trade", "OR"]) == '"trade" OR "NOT" OR "OR"'
    many = any_of([f"word{n}" for n in range(100)])
    check_query(many)
    assert many.count(" OR ") == MAX_QUERY_TERMS - 1
    long_words = any_of(["x" * 60 + str(n) for n in range(20)])
    assert len(long_words) <= MAX_QUERY_CHARS
    check_query(long_words)


def test_cli_search_has_the_same_bounds(wire_db: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(wire_db), "search", NEAR_3000])
    assert result.exit_code == 1
    assert isinstance(result.exception, QueryError)
    assert "at most 500" in str(result.exception)


def _every_sentence(graph: Graph) -> None:
    """``temp.every_sentence``: an FTS5 index of every sentence, as search used before."""
    conn = graph.store.conn
    assert conn.execute("SELECT count(DISTINCT text) = count(*) FROM sentences").fetchone()[0]
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.every_sentence "
                 "USING fts5(text, tokenize='porter unicode61')")  # fmt: skip
    if not conn.execute("SELECT count(*) FROM temp.every_sentence").fetchone()[0]:
        conn.execute("INSERT INTO temp.every_sentence(rowid, text) SELECT id, text FROM sentences")


@pytest.mark.parametrize("query", ["trade", "trade AND yen", "expor*", '"oil minister"',
                                   "bank OR dollar NOT rate", "NEAR(talks market, 3)"])  # fmt: skip
def test_search_ranks_as_bm25_over_every_sentence_when_no_text_repeats(
    graph: Graph, query: str
) -> None:
    # The index holds distinct texts; with none repeated its BM25 is the one FTS5 gives over
    # every sentence, which is what search ranked by before.
    _every_sentence(graph)
    expected = graph.store.conn.execute(
        "SELECT s.article_id, s.start, bm25(every_sentence) AS score FROM every_sentence "
        "JOIN sentences s ON s.id = every_sentence.rowid WHERE every_sentence MATCH ? "
        "ORDER BY score, s.id LIMIT 25",
        (query,),
    ).fetchall()
    hits = graph.search(query, 25)
    assert expected and [(h.doc, h.start) for h in hits] == [(r[0], r[1]) for r in expected]
    assert [h.score for h in hits] == pytest.approx([r[2] for r in expected], rel=1e-9)


def test_a_word_in_more_texts_than_are_ranked_is_ranked_among_the_newest(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extractions, "RANKED_TEXTS", 50)
    _every_sentence(graph)
    newest = graph.store.conn.execute(
        "SELECT s.article_id, s.start, hit.score FROM (SELECT rowid, bm25(every_sentence) AS "
        "score FROM every_sentence WHERE every_sentence MATCH 'trade' ORDER BY rowid DESC "
        "LIMIT 50) hit JOIN sentences s ON s.id = hit.rowid ORDER BY hit.score, s.id LIMIT 10"
    ).fetchall()
    hits = graph.search("trade", 10)
    assert [(h.doc, h.start) for h in hits] == [(r[0], r[1]) for r in newest]
    assert [h.score for h in hits] == pytest.approx([r[2] for r in newest], rel=1e-9)
    best = graph.store.conn.execute(
        "SELECT s.article_id, s.start FROM every_sentence JOIN sentences s ON s.id = "
        "every_sentence.rowid WHERE every_sentence MATCH 'trade' ORDER BY bm25(every_sentence), "
        "s.id LIMIT 10"
    ).fetchall()
    assert [(r[0], r[1]) for r in newest] != best  # the cut changes what a common word finds
