"""The store reads the API adds (store/api_queries.py), on a store written without the model."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from diplograph.models import Article, Event, EventFilter, Evidence, Extraction, Fact, Sentence
from diplograph.store.api_queries import (
    events_between,
    list_events,
)
from diplograph.store.extractions import story_dates
from diplograph.store.sqlite import SQLiteStore, store_generation

TEXT = "Tokayev met Macron in Paris. Trade reached $4.2 billion in 2018. Sunak will visit."


def _event(countries: tuple[str, ...], day: str | None, start: int, status: str) -> Event:
    return Event(type="CONSULT", mode="meet", status=status, countries=countries, people=(),
                 date=day, date_reason="", place=None,
                 evidence=Evidence("a1", TEXT[start : start + 10], start, start + 10))  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    article = Article(id="a1", published_on=date(2019, 10, 2), title="", text=TEXT,
                      content_hash="0" * 64, origin="test", format="seed")  # fmt: skip
    events = (
        _event(("KAZ", "FRA"), "2019-10-01", 0, "occurred"),
        _event(("GBR", "KAZ"), "2019-09", 10, "occurred"),
        _event(("FRA", "KAZ"), None, 66, "planned"),
    )
    fact = Fact("trade_turnover", "KAZ", "FRA", 4.2e9, "USD", "2018", "exact",
                Evidence("a1", TEXT[29:64], 29, 64))  # fmt: skip
    extraction = Extraction("a1", sentences=(Sentence(0, 0, 28, TEXT[:28]),), events=events,
                            facts=(fact,))  # fmt: skip
    with SQLiteStore(tmp_path / "api.db") as opened:
        with opened.transaction():
            opened.insert_article(article, story_id=None, similarity=None, signature=b"", bands=[])
            opened.save_extraction(extraction, "test")
        yield opened


def test_list_events_filters_and_pages_in_date_order(store: SQLiteStore) -> None:
    found, total = list_events(store, EventFilter(countries=("KAZ",)), limit=2, offset=0)
    assert total == 3
    assert [e.date for e in found] == [None, "2019-09"]
    rest, _ = list_events(store, EventFilter(countries=("KAZ",)), limit=2, offset=2)
    assert [e.date for e in rest] == ["2019-10-01"]
    dated, total = list_events(store, EventFilter(("FRA",), start="2019-10", end="2019-10"), 9, 0)
    assert total == 1 and dated[0].countries == ("KAZ", "FRA")
    none, total = list_events(store, EventFilter(("FRA", "GBR")), 9, 0)
    assert none == [] and total == 0


def test_events_between_gives_the_pair_with_publication_dates(store: SQLiteStore) -> None:
    found = events_between(store, "FRA", "KAZ")
    assert [(e.date, published) for e, published in found] == [
        ("2019-10-01", date(2019, 10, 2)),
        (None, date(2019, 10, 2)),
    ]


def test_store_generation_moves_when_an_article_is_extracted_again(store: SQLiteStore) -> None:
    before = store_generation(store)
    assert store_generation(store) == before
    with store.transaction():
        store.save_extraction(Extraction("a1"), "test-2")
    assert store_generation(store) != before


def test_store_generation_moves_when_an_earlier_row_is_deleted(store: SQLiteStore) -> None:
    # migration 9: a deletion that leaves every highest row id as it was still moves it (the
    # tally kept by triggers replaced counts of whole tables)
    later = Article(id="a2", published_on=date(2019, 10, 3), title="", text=TEXT,
                    content_hash="1" * 64, origin="test", format="seed")  # fmt: skip
    with store.transaction():
        store.insert_article(later, story_id=None, similarity=None, signature=b"", bands=[])
        store.save_extraction(Extraction("a2"), "test")
    before = store_generation(store)
    with store.transaction():
        store.conn.execute("DELETE FROM extractions WHERE article_id = 'a1'")
    assert store_generation(store) != before
    moved = store_generation(store)
    with store.transaction():
        for table in ("sentences", "events", "facts", "time_expressions", "person_mentions"):
            store.conn.execute(f"DELETE FROM {table} WHERE article_id = 'a1'")
        store.conn.execute("DELETE FROM articles WHERE id = 'a1'")
    assert store_generation(store) != moved


def test_story_dates_of_listed_articles_leave_out_copies(store: SQLiteStore) -> None:
    # extractions.story_dates tests story_id on each row (not in the WHERE clause, where
    # SQLite chose the wrong index): a near-duplicate, whose story is another article, has none
    copy = Article(id="a2", published_on=date(2019, 10, 3), title="", text=TEXT,
                   content_hash="1" * 64, origin="test", format="seed")  # fmt: skip
    with store.transaction():
        store.insert_article(copy, story_id="a1", similarity=0.9, signature=b"", bands=[])
    assert story_dates(store.conn, ["a1", "a2", "nowhere"]) == {"a1": date(2019, 10, 2)}
    assert story_dates(store.conn) == {"a1": date(2019, 10, 2)}
