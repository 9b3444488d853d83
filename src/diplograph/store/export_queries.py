"""Reading the whole store for exports: every article, event, person mention and figure, with ids.

The rows keep the store's own ids (event and fact row ids) so that exported files can be joined
back to each other; those ids are stable until an article is extracted again.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from diplograph.models import Article, Event, Fact
from diplograph.store.connection import Connection
from diplograph.store.extractions import EVENT_COLUMNS, FACT_COLUMNS, event_from_row, fact_from_row


@dataclass(frozen=True)
class StoredArticle:
    """An article with the story it is a copy of (None for a first copy)."""

    article: Article
    story_id: str | None


@dataclass(frozen=True)
class StoredEvent:
    """An event row: its id in the store and the event."""

    id: int
    event: Event


@dataclass(frozen=True)
class StoredFact:
    """A figure row: its id in the store, the figure and its article's publication date."""

    id: int
    fact: Fact
    published_on: date | None


@dataclass(frozen=True)
class StoredMention:
    """One person mention as extracted: who, in which article, with country and role."""

    article_id: str
    name: str
    country: str | None
    role: str | None


@dataclass(frozen=True)
class ExtractionRun:
    """Which version of the pipeline extracted an article, and when."""

    article_id: str
    version: str
    extracted_at: datetime


@contextmanager
def read_snapshot(conn: Connection) -> Iterator[None]:
    """Every read inside sees one state of the store, even while another process writes."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN DEFERRED")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def stored_articles(conn: Connection) -> list[StoredArticle]:
    """Every article, copies included, by publication date and id."""
    rows = conn.execute(
        "SELECT id, published_on, title, text, content_hash, source, url, origin, format, "
        "ingested_at, story_id FROM articles ORDER BY published_on, id"
    ).fetchall()
    return [
        StoredArticle(
            Article(
                id=r[0],
                published_on=date.fromisoformat(r[1]) if r[1] else None,
                title=r[2],
                text=r[3],
                content_hash=r[4],
                source=r[5],
                url=r[6],
                origin=r[7],
                format=r[8],
                ingested_at=datetime.fromisoformat(r[9]) if r[9] else None,
            ),
            story_id=r[10],
        )
        for r in rows
    ]


def stored_events(conn: Connection) -> list[StoredEvent]:
    """Every event row in id order."""
    rows = conn.execute(f"SELECT id, {EVENT_COLUMNS} FROM events ORDER BY id").fetchall()
    return [StoredEvent(id=int(r[0]), event=event_from_row(r[1:])) for r in rows]


def stored_facts(conn: Connection) -> list[StoredFact]:
    """Every figure row in id order, with its article's publication date."""
    rows = conn.execute(
        f"SELECT f.id, {FACT_COLUMNS}, a.published_on FROM facts f "
        "JOIN articles a ON a.id = f.article_id ORDER BY f.id"
    ).fetchall()
    return [
        StoredFact(
            id=int(r[0]),
            fact=fact_from_row(r[1:14]),
            published_on=date.fromisoformat(r[14]) if r[14] else None,
        )
        for r in rows
    ]


def stored_mentions(conn: Connection) -> list[StoredMention]:
    """Every person mention in article and text order."""
    rows = conn.execute(
        "SELECT article_id, name, country, role FROM person_mentions ORDER BY article_id, start, id"
    ).fetchall()
    return [StoredMention(r[0], r[1], r[2], r[3]) for r in rows]


def extraction_runs(conn: Connection) -> list[ExtractionRun]:
    """The pipeline version and time of every extracted article."""
    rows = conn.execute(
        "SELECT article_id, version, extracted_at FROM extractions ORDER BY article_id"
    ).fetchall()
    return [ExtractionRun(r[0], r[1], datetime.fromisoformat(r[2])) for r in rows]
