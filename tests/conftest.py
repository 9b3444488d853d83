"""Shared fixtures: paths to the bundled examples and to ../shared (skipped when absent)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import diplograph
from diplograph.config import Settings
from diplograph.extract.pipeline import EXTRACTOR_VERSION, Extractor
from diplograph.models import (
    Event,
    Evidence,
    Extraction,
    Fact,
    PersonMention,
    Sentence,
    TimeExpression,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"


def shared_path(relative: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is not there."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus is only beside a developer checkout")
    return path


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The extraction pipeline, loaded once for every test that needs spaCy."""
    return Extractor()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


def stand_in_extraction(article_id: str, text: str) -> Extraction:
    """An extraction with a row in every extraction table, made without spaCy."""
    first = text.split(". ")[0]
    evidence = Evidence(article_id, first, 0, len(first))
    return Extraction(
        article_id=article_id,
        sentences=(Sentence(0, 0, len(first), first), Sentence(1, len(first), len(text), "x")),
        times=(TimeExpression(0, 4, first[:4], "DATE", "2019", "2019", "year"),),
        people=(PersonMention("Roman Vassilenko", 0, 4, "KAZ", "deputy_foreign_minister"),),
        events=(
            Event(
                type="CONSULT",
                mode="meet",
                status="occurred",
                countries=("FRA", "KAZ"),
                people=("Roman Vassilenko",),
                date="2019-10-01",
                date_reason="explicit",
                place="Paris",
                evidence=evidence,
            ),
        ),
        facts=(Fact("companies", "FRA", "KAZ", 130.0, "count", "2019", "more_than", evidence),),
    )


def settings_for(location: str | Path) -> Settings:
    """Default settings on the store at ``location``: a file, or a PostgreSQL URL."""
    if str(location).startswith("postgresql://"):
        return Settings(db_url=str(location))
    return Settings(db_path=Path(location))


def build_store(path: str | Path) -> None:
    """The example articles, every story given a stand-in extraction (``path``: a file or a
    PostgreSQL URL)."""
    with diplograph.open(settings=settings_for(path)) as graph:
        graph.ingest([str(EXAMPLES)])
        for story in graph.store.iter_articles():
            with graph.store.transaction():
                graph.store.save_extraction(
                    stand_in_extraction(story.id, story.text), EXTRACTOR_VERSION
                )


# -- PostgreSQL -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server's database to make test databases from:
    ``$DIPLOGRAPH_TEST_PG``, else a private cluster started for the session. Skips with the
    reason when neither can be had, and fails instead under CI (``CI=true``)."""
    from tests.pg_cluster import Unavailable, private_cluster

    def unavailable(reason: str) -> None:
        message = f"PostgreSQL not available: {reason}"
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI must run the store tests on PostgreSQL)")
        pytest.skip(message)

    try:
        import psycopg
    except ImportError:
        unavailable("psycopg is not installed (pip install -e '.[dev,postgres]')")
    given = os.environ.get("DIPLOGRAPH_TEST_PG")
    if given:
        try:
            psycopg.connect(given, connect_timeout=10).close()
        except psycopg.Error as exc:
            unavailable(f"DIPLOGRAPH_TEST_PG={given}: {exc}")
        yield given
        return
    try:
        with private_cluster() as url:
            yield url
    except Unavailable as exc:
        unavailable(str(exc))


@pytest.fixture
def pg_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the test server, dropped after the test."""
    import psycopg

    name = f"diplograph_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield urlsplit(postgres_server)._replace(path=f"/{name}").geturl()
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a store is: an SQLite file, then a PostgreSQL database (each test runs on both)."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("pg_url"))
