"""The store interface both stores implement, and the SQL they share.

``Store`` holds every read and write whose SQL is the same on SQLite and PostgreSQL (written in
SQLite's dialect: ``?`` parameters; the PostgreSQL connection translates them, see
``store.postgres``). Each store adds what differs: opening and migrating, transactions, the
generation number, full-text search, checks and copies of a file.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import Any

from diplograph.models import (
    Article,
    ArticleSummary,
    Event,
    Extraction,
    Fact,
    Problem,
    SearchHit,
    StoreCheck,
)
from diplograph.offices import OfficeTerm
from diplograph.store.connection import Connection
from diplograph.store.extractions import (
    events_with_dates,
    facts_with_dates,
    load_extraction,
    person_roles,
    replace_extraction,
)
from diplograph.store.integrity import content_rows


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store(ABC):
    """A diplograph store: articles, extractions, office terms and problems. Open it, use it,
    close it (or use it as a context manager)."""

    conn: Connection

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- what each store does its own way -------------------------------------------------------

    @property
    @abstractmethod
    def location(self) -> str:
        """The file or database, as a user would name it (no password)."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def generation(self) -> tuple[int, ...]:
        """Numbers that change whenever articles, extractions or office terms are added or
        redone, by this connection or any other."""

    @abstractmethod
    def schema_version(self) -> int: ...

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All writes inside commit together or not at all."""

    def resolution_transaction(self) -> AbstractContextManager[None]:
        """A transaction that writes the stored resolution alone (``store.resolution``): it
        waits for other writers like ``transaction`` but is not a new generation of the
        store's contents (answers stay as they are)."""
        return self.transaction()

    @abstractmethod
    def similar_candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        """First copies sharing at least one MinHash band: (id, signature)."""

    @abstractmethod
    def insert_article(
        self,
        article: Article,
        *,
        story_id: str | None,
        similarity: float | None,
        signature: bytes,
        bands: Sequence[int],
    ) -> None: ...

    @abstractmethod
    def search_articles(self, query: str, limit: int = 20) -> list[tuple[str, float]]:
        """Article ids ranked by relevance over title and text, best first."""

    @abstractmethod
    def search_sentences(
        self, query: str, limit: int = 10, *, seconds: float | None = None
    ) -> list[SearchHit]:
        """Sentences best first (lower score is better); QueryError for a bad query,
        QueryTimeout past ``seconds``."""

    @abstractmethod
    def check(self, extractor_version: str, *, quick: bool = False) -> StoreCheck: ...

    @abstractmethod
    def snapshot(self) -> AbstractContextManager[None]:
        """Every read inside sees one state of the store, while other processes write."""

    def stream(self, sql: str) -> Iterator[Any]:
        """The rows of a query without holding them all in memory (``copy_store``)."""
        return iter(self.conn.execute(sql))

    # -- articles -----------------------------------------------------------------------------

    def article_state(self, article_id: str) -> tuple[str, str | None] | None:
        """(content hash, story id) of a stored article, or None."""
        row = self.conn.execute(
            "SELECT content_hash, story_id FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return article_from_row(row) if row else None

    def iter_articles(self, stories_only: bool = True) -> Iterator[Article]:
        where = "WHERE story_id IS NULL" if stories_only else ""
        cursor = self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles {where} ORDER BY published_on, id"
        )
        for row in cursor:
            yield article_from_row(row)

    def list_articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        rows = self.conn.execute(
            "SELECT a.id, a.published_on, a.title, a.source, a.story_id, a.format, "
            "(SELECT count(*) FROM articles c WHERE c.story_id = a.id) + 1 "
            "FROM articles a ORDER BY a.published_on, a.id LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [
            ArticleSummary(
                id=r[0],
                published_on=date.fromisoformat(r[1]) if r[1] else None,
                title=r[2],
                source=r[3],
                story_id=r[4],
                format=r[5],
                copies=int(r[6]) if r[4] is None else 0,
            )
            for r in rows
        ]

    def copies_of(self, story_id: str) -> list[Article]:
        rows = self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE story_id = ? ORDER BY id",
            (story_id,),
        ).fetchall()
        return [article_from_row(r) for r in rows]

    # -- extraction results -------------------------------------------------------------------

    def save_extraction(self, extraction: Extraction, version: str) -> None:
        replace_extraction(self.conn, extraction, version)

    def load_extraction(self, article_id: str) -> Extraction | None:
        return load_extraction(self.conn, article_id)

    def facts_with_dates(self) -> list[tuple[Fact, date | None]]:
        return facts_with_dates(self.conn)

    def events_with_dates(
        self, articles: Sequence[str] | None = None
    ) -> list[tuple[Event, date | None]]:
        """Every stored event of a story (of ``articles`` alone when given) with its story's
        publication date, by article id and offset."""
        return events_with_dates(self.conn, articles)

    def person_roles(
        self, articles: Sequence[str] | None = None
    ) -> list[tuple[str, str | None, str | None, str, int]]:
        """(name, country, role, article id, mentions) for every person an article (of
        ``articles`` alone when given) names."""
        return person_roles(self.conn, articles)

    def extracted_since(self, mark: int) -> tuple[list[str], int, int, int]:
        """(articles extracted or extracted again after ``mark``, the mark to give next time,
        how many articles have an extraction, how many events are stored), in one state of
        the store. Each extraction takes the next number of the extraction log, never given
        twice. Mark 0 gives every extracted article; a mark below the one given means the
        store was replaced (a restore)."""
        since = "SELECT article_id, seq, 0, 0 FROM extraction_log WHERE seq > ?"
        if not mark:
            since = "SELECT article_id, 0, 0, 0 FROM extractions"
        rows = self.conn.execute(  # one statement: one state of the tables
            "SELECT NULL, (SELECT coalesce(max(seq), 0) FROM extraction_log), "
            "(SELECT count(*) FROM extractions), (SELECT count(*) FROM events) UNION ALL " + since,
            (mark,) if mark else (),
        ).fetchall()
        _, top, count, events = next(r for r in rows if r[0] is None)
        changed = sorted((r for r in rows if r[0] is not None), key=lambda r: (r[1], r[0]))
        return [str(r[0]) for r in changed], int(top), int(count), int(events)

    def copied_in(self) -> None:
        """Called by ``copy_store`` once every row was copied in with its id: the copied
        extractions enter the extraction log."""
        self.conn.execute(
            "INSERT INTO extraction_log (article_id) SELECT article_id FROM extractions "
            "ORDER BY article_id"
        )

    def article_dates(self) -> dict[str, date | None]:
        return {
            str(r[0]): date.fromisoformat(r[1]) if r[1] else None
            for r in self.conn.execute("SELECT id, published_on FROM articles")
        }

    def latest_published(self) -> date | None:
        row = self.conn.execute("SELECT max(published_on) FROM articles").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def unextracted_stories(self, version: str) -> list[str]:
        """Stories never extracted, or extracted by another version of the pipeline."""
        rows = self.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN extractions x ON x.article_id = a.id "
            "WHERE a.story_id IS NULL AND (x.version IS NULL OR x.version != ?) "
            "ORDER BY a.published_on, a.id",
            (version,),
        ).fetchall()
        return [str(r[0]) for r in rows]

    # -- office terms -------------------------------------------------------------------------

    def save_office_terms(self, terms: Sequence[OfficeTerm]) -> int:
        """Store imported terms (a term already stored for the same office, person and start is
        replaced); returns how many rows were written."""
        self.conn.executemany(
            'INSERT OR REPLACE INTO office_terms (country, role, person, start, "end", source) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    t.country,
                    t.role,
                    t.person,
                    t.start.isoformat(),
                    t.end.isoformat() if t.end else None,
                    t.source,
                )
                for t in terms
            ],
        )
        return len(terms)

    def office_terms(self) -> list[OfficeTerm]:
        rows = self.conn.execute(
            'SELECT country, role, person, start, "end", source FROM office_terms ORDER BY id'
        ).fetchall()
        return [
            OfficeTerm(
                country=r[0],
                role=r[1],
                person=r[2],
                start=date.fromisoformat(r[3]),
                end=date.fromisoformat(r[4]) if r[4] else None,
                source=r[5],
            )
            for r in rows
        ]

    # -- problems -----------------------------------------------------------------------------

    def record_problem(self, problem: Problem) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO problems (origin, line, reason, article_id, recorded_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (problem.origin, problem.line, problem.reason, problem.article_id, now()),
        )

    def list_problems(self) -> list[Problem]:
        rows = self.conn.execute(
            "SELECT origin, line, reason, article_id, recorded_at FROM problems ORDER BY id"
        ).fetchall()
        return [
            Problem(
                origin=r[0],
                line=r[1],
                reason=r[2],
                article_id=r[3],
                recorded_at=datetime.fromisoformat(r[4]),
            )
            for r in rows
        ]

    # -- comparing and counting ---------------------------------------------------------------

    def content_rows(self) -> dict[str, Counter[tuple[object, ...]]]:
        """Every row per table without row ids or clock times (to compare two stores)."""
        return content_rows(self.conn)

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "articles": int(one("SELECT count(*) FROM articles").fetchone()[0]),
            "stories": int(
                one("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0]
            ),
            "duplicates": int(
                one("SELECT count(*) FROM articles WHERE story_id IS NOT NULL").fetchone()[0]
            ),
            "problems": int(one("SELECT count(*) FROM problems").fetchone()[0]),
            "extracted": int(one("SELECT count(*) FROM extractions").fetchone()[0]),
            "events": int(one("SELECT count(*) FROM events").fetchone()[0]),
            "facts": int(one("SELECT count(*) FROM facts").fetchone()[0]),
            "people": int(one("SELECT count(DISTINCT name) FROM person_mentions").fetchone()[0]),
        }


ARTICLE_COLUMNS = (
    "id, published_on, title, text, content_hash, source, url, origin, format, ingested_at"
)


def article_from_row(row: Sequence[object]) -> Article:
    published, ingested = row[1], row[9]
    return Article(
        id=str(row[0]),
        published_on=date.fromisoformat(str(published)) if published else None,
        title=str(row[2]),
        text=str(row[3]),
        content_hash=str(row[4]),
        source=str(row[5]) if row[5] is not None else None,
        url=str(row[6]) if row[6] is not None else None,
        origin=str(row[7]),
        format=str(row[8]),
        ingested_at=datetime.fromisoformat(str(ingested)) if ingested else None,
    )
