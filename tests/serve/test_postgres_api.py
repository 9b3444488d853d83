"""The HTTP API over a PostgreSQL store answers as over the SQLite store it was copied from,
and two servers on one PostgreSQL store both see what a third process writes."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

import diplograph
from diplograph.graph import copy_store
from diplograph.serve.app import create_app
from diplograph.store.pg_migrations import PG_LATEST_VERSION

from ..conftest import EXAMPLES
from .conftest import LOCAL

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

SAME = [
    "/api/status",
    "/api/articles?limit=20",
    "/api/events?country=KAZ&country=FRA&limit=50",
    "/api/events?from=2023&to=2023-12&limit=50",
    "/api/timeline?a=KAZ&b=FRA",
    "/api/facts?of=FRA&in=KAZ",
    "/api/series?indicator=trade_turnover&a=GBR&b=KAZ",
    "/api/people?limit=50",
    "/api/who-met?name=Tokayev",
    "/api/agreements",
    "/api/countries",
    "/api/problems",
    "/api/ask?q=Whom%20did%20Tokayev%20meet%3F",
]


@pytest.fixture
def postgres_copy(examples_db: Path, pg_url: str) -> str:
    copy_store(examples_db, pg_url)
    return pg_url


def _client(location: str | Path) -> TestClient:
    return TestClient(create_app(location, warm=False), base_url=LOCAL)


@pytest.fixture
def clients(examples_db: Path, postgres_copy: str) -> Iterator[tuple[TestClient, TestClient]]:
    with _client(examples_db) as sqlite, _client(postgres_copy) as postgres:
        yield sqlite, postgres


@pytest.mark.parametrize("url", SAME)
def test_the_api_answers_the_same_on_postgresql(
    clients: tuple[TestClient, TestClient], url: str
) -> None:
    sqlite, postgres = (c.get(url) for c in clients)
    assert postgres.status_code == sqlite.status_code == 200, postgres.text
    expected = sqlite.json()
    if url == "/api/status":
        # The store's name is the database's (never its host or user), its schema PostgreSQL's.
        store = postgres.json()["store"]
        expected = {**expected, "store": store, "schema_version": PG_LATEST_VERSION}
        assert postgres.json()["store"].startswith("diplograph_test_")
    assert postgres.json() == expected


def test_search_on_postgresql_finds_the_same_sentences(
    clients: tuple[TestClient, TestClient],
) -> None:
    found = [
        sorted(
            (h["doc"], h["start"]) for h in c.get("/api/search?q=Macron&limit=50").json()["items"]
        )
        for c in clients
    ]
    assert found[0] and found[0] == found[1]


def test_two_servers_on_one_store_see_another_process_ingest(postgres_copy: str) -> None:
    with _client(postgres_copy) as first, _client(postgres_copy) as second:
        before = [c.get("/api/status").json()["articles"] for c in (first, second)]
        with diplograph.open(postgres_copy) as writer:  # an ingest on another machine
            writer.ingest([str(EXAMPLES / "kz-fr-2019.txt")])  # already there: unchanged
            writer.ingest_bytes(b" date 2024-05-14 Tokayev met Macron in Astana.\n", "new.txt")
        after = [c.get("/api/status").json()["articles"] for c in (first, second)]
    assert before == [9, 9]
    assert after == [10, 10]
