"""The embedded SQLite store (WAL, foreign keys, FTS5). The only module that speaks SQL."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from diplograph.errors import QueryError, QueryTimeout, StoreError
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
from diplograph.store.backup import copy_database, copy_file, copy_into, reading
from diplograph.store.export_queries import read_snapshot
from diplograph.store.extractions import (
    events_with_dates,
    facts_with_dates,
    load_extraction,
    person_roles,
    replace_extraction,
    search_sentences,
)
from diplograph.store.integrity import check_store, content_rows
from diplograph.store.migrations import LATEST_VERSION, MIGRATIONS

_PROGRESS_STEPS = 1000  # program steps between two looks at a statement's time limit


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore:
    """A diplograph database file. Open it, use it, close it (or use it as a context manager)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._seen: tuple[int, int] | None = None
        self._generation: tuple[int, ...] = ()
        try:
            self.conn = sqlite3.connect(
                str(self.path), isolation_level=None, check_same_thread=False
            )
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA busy_timeout=10000")
            self.conn.execute("PRAGMA cache_size=-65536")  # 64 MiB of pages: fewer B-tree reads
            self.conn.execute("PRAGMA temp_store=MEMORY")
            self._migrate()
            # Fewer, larger FTS5 segment merges while articles stream in (the index stays exact).
            # The setting is kept in the store: written once, so that opening a store to read it
            # writes nothing (and never waits for another process's write).
            merge = self.conn.execute(
                "SELECT v FROM articles_fts_config WHERE k = 'automerge'"
            ).fetchone()
            if merge is None or merge[0] != 16:
                self.conn.execute(
                    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16)"
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open as a diplograph store ({exc}); "
                "is it another kind of file?"
            ) from exc

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def generation(self) -> tuple[int, ...]:
        """Numbers that change whenever articles, extractions or office terms are added or
        redone, by this connection or any other (``store_generation``).

        They are read again only when SQLite's ``PRAGMA data_version`` says that another
        connection committed, or this one changed rows, since the last look: the pragma costs
        microseconds on any store, where the numbers include two counts that grow with it.
        """
        seen = (int(self.conn.execute("PRAGMA data_version").fetchone()[0]),
                self.conn.total_changes)  # fmt: skip
        if seen != self._seen:
            self._generation = store_generation(self)
            self._seen = seen
        return self._generation

    # -- schema -----------------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > LATEST_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this diplograph "
                f"({LATEST_VERSION}); upgrade diplograph"
            )
        for version, _about, script in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                if self.schema_version() >= version:  # another process migrated it meanwhile
                    continue
                for statement in _split_sql(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={version:d}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- articles ---------------------------------------------------------------------------

    def article_state(self, article_id: str) -> tuple[str, str | None] | None:
        """(content hash, story id) of a stored article, or None."""
        row = self.conn.execute(
            "SELECT content_hash, story_id FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def similar_candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        """First copies sharing at least one MinHash band: (id, signature)."""
        if not bands:
            return []
        # Band hashes are salted with their band number, so the hash alone is the key.
        marks = ",".join("?" for _ in bands)
        rows = self.conn.execute(
            # CROSS JOIN fixes the join order: start from the band index, never from articles.
            "SELECT DISTINCT f.article_id, f.signature FROM fingerprint_bands b "
            "CROSS JOIN articles a ON a.id = b.article_id "
            "CROSS JOIN fingerprints f ON f.article_id = b.article_id "
            f"WHERE b.hash IN ({marks}) AND a.story_id IS NULL",
            list(bands),
        ).fetchall()
        return [(str(r[0]), bytes(r[1])) for r in rows]

    def insert_article(
        self,
        article: Article,
        *,
        story_id: str | None,
        similarity: float | None,
        signature: bytes,
        bands: Sequence[int],
    ) -> None:
        self.conn.execute(
            "INSERT INTO articles (id, story_id, similarity, published_on, title, text, "
            "content_hash, source, url, origin, format, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                story_id,
                similarity,
                article.published_on.isoformat() if article.published_on else None,
                article.title,
                article.text,
                article.content_hash,
                article.source,
                article.url,
                article.origin,
                article.format,
                _now(),
            ),
        )
        self.conn.execute(
            "INSERT INTO fingerprints (article_id, signature) VALUES (?, ?)",
            (article.id, signature),
        )
        if story_id is None:
            self.conn.executemany(
                "INSERT INTO fingerprint_bands (band, hash, article_id) VALUES (?, ?, ?)",
                [(band, value, article.id) for band, value in enumerate(bands)],
            )

    def get_article(self, article_id: str) -> Article | None:
        row = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        return _article(row) if row else None

    def iter_articles(self, stories_only: bool = True) -> Iterator[Article]:
        where = "WHERE story_id IS NULL" if stories_only else ""
        cursor = self.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles {where} ORDER BY published_on, id"
        )
        for row in cursor:
            yield _article(row)

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
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE story_id = ? ORDER BY id",
            (story_id,),
        ).fetchall()
        return [_article(r) for r in rows]

    def search_articles(self, query: str, limit: int = 20) -> list[tuple[str, float]]:
        """Article ids ranked by BM25 over title and text."""
        try:
            rows = self.conn.execute(
                "SELECT a.id, bm25(articles_fts) FROM articles_fts "
                "JOIN articles a ON a.rowid = articles_fts.rowid "
                "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ?",
                (query, limit),
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"bad search query {query!r}: {exc}") from exc
        return [(str(r[0]), float(r[1])) for r in rows]

    # -- extraction results -----------------------------------------------------------------

    def save_extraction(self, extraction: Extraction, version: str) -> None:
        replace_extraction(self.conn, extraction, version)

    def load_extraction(self, article_id: str) -> Extraction | None:
        return load_extraction(self.conn, article_id)

    def facts_with_dates(self) -> list[tuple[Fact, date | None]]:
        return facts_with_dates(self.conn)

    def events_with_dates(
        self, articles: Sequence[str] | None = None
    ) -> list[tuple[Event, date | None]]:
        return events_with_dates(self.conn, articles)

    def person_roles(
        self, articles: Sequence[str] | None = None
    ) -> list[tuple[str, str | None, str | None, str, int]]:
        return person_roles(self.conn, articles)

    def extracted_since(self, mark: int) -> tuple[list[str], int, int, int]:
        """(articles extracted or extracted again after ``mark``, the mark to give next time,
        how many articles have an extraction, how many events are stored): a new extraction
        of an article replaces its row, which then gets the highest row id. Mark 0 gives every
        extracted article; a mark below the one given means extractions were lost (a restored
        store)."""
        rows = self.conn.execute(  # one statement: one state of the tables
            "SELECT NULL, coalesce(max(rowid), 0), count(*), (SELECT count(*) FROM events) "
            "FROM extractions UNION ALL "
            "SELECT article_id, rowid, 0, 0 FROM extractions WHERE rowid > ?",
            (mark,),
        ).fetchall()
        _, top, count, events = next(r for r in rows if r[0] is None)
        changed = sorted((r for r in rows if r[0] is not None), key=lambda r: int(r[1]))
        return [str(r[0]) for r in changed], int(top), int(count), int(events)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees one state of the store, while other processes write."""
        with read_snapshot(self.conn):
            yield

    def article_dates(self) -> dict[str, date | None]:
        return {
            str(r[0]): date.fromisoformat(r[1]) if r[1] else None
            for r in self.conn.execute("SELECT id, published_on FROM articles")
        }

    def latest_published(self) -> date | None:
        row = self.conn.execute("SELECT max(published_on) FROM articles").fetchone()
        return date.fromisoformat(row[0]) if row and row[0] else None

    def search_sentences(
        self, query: str, limit: int = 10, *, seconds: float | None = None
    ) -> list[SearchHit]:
        """Sentences ranked by BM25; the query is FTS5 syntax (words are ANDed). QueryError for
        a query that is not FTS5 syntax; QueryTimeout when it takes over ``seconds`` of CPU."""
        try:
            with self._time_limit(seconds) as expired:
                return search_sentences(self.conn, query, limit)
        except sqlite3.OperationalError as exc:
            if expired():
                raise QueryTimeout(
                    f"the search ran past its limit of {seconds:g} s of CPU time; ask for rarer "
                    "words, fewer of them or fewer prefixes"
                ) from None
            raise QueryError(f"bad search query {query!r}: {exc}") from exc

    @contextmanager
    def _time_limit(self, seconds: float | None) -> Iterator[Callable[[], bool]]:
        """Interrupt a statement of this connection once it has used ``seconds`` of CPU time
        (its own: a busy server slows every query, and must not fail the common ones). SQLite
        calls the handler every ``_PROGRESS_STEPS`` steps of its program (FTS5 runs inside
        steps, so a bound on the query's size must keep each step short). Yields whether it
        fired."""
        if seconds is None:
            yield lambda: False
            return
        deadline = time.thread_time() + seconds
        fired = False

        def past_deadline() -> bool:
            nonlocal fired
            fired = time.thread_time() > deadline
            return fired

        self.conn.set_progress_handler(past_deadline, _PROGRESS_STEPS)
        try:
            yield lambda: fired
        finally:
            self.conn.set_progress_handler(None, 0)

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

    # -- problems ---------------------------------------------------------------------------

    def record_problem(self, problem: Problem) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO problems (origin, line, reason, article_id, recorded_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (problem.origin, problem.line, problem.reason, problem.article_id, _now()),
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

    # -- integrity and copies -------------------------------------------------------------------

    def check(self, extractor_version: str, *, quick: bool = False) -> StoreCheck:
        """Integrity, foreign keys, full-text indexes, orphaned and duplicated rows, and
        stories extracted by another version than ``extractor_version``."""
        return check_store(self.conn, str(self.path), extractor_version, quick=quick)

    def backup(self, target: Path) -> int:
        """A consistent copy of the store at ``target`` (safe while other processes write);
        returns its size in bytes."""
        return copy_database(self.conn, target)

    def replace_with(self, source: Path) -> None:
        """Replace everything stored with the database at ``source``, in one transaction."""
        with reading(source) as conn:
            copy_into(conn, self.conn)

    @staticmethod
    def check_file(path: Path, extractor_version: str) -> StoreCheck:
        """``check(quick=True)`` of a database file opened read-only (a backup): nothing is
        written to it, nor migrated."""
        with reading(path) as conn:
            return check_store(conn, str(path), extractor_version, quick=True)

    @staticmethod
    def copy_file(source: Path, target: Path) -> int:
        """Copy the database at ``source`` (opened read-only) to ``target``."""
        return copy_file(source, target)

    def content_rows(self) -> dict[str, Counter[tuple[object, ...]]]:
        """Every row per table without row ids or clock times (to compare two stores)."""
        return content_rows(self.conn)

    # -- status -----------------------------------------------------------------------------

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


_ARTICLE_COLUMNS = (
    "id, published_on, title, text, content_hash, source, url, origin, format, ingested_at"
)


def _article(row: Sequence[object]) -> Article:
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


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script; CREATE TRIGGER bodies keep their inner semicolons."""
    statements, buffer = [], []
    for line in script.splitlines():
        buffer.append(line)
        joined = "\n".join(buffer).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            buffer = []
    rest = "\n".join(buffer).strip()
    if rest:
        statements.append(rest)
    return statements


def store_generation(store: SQLiteStore) -> tuple[int, ...]:
    """Numbers that change whenever articles, extractions or office terms are added or redone.

    Every lookup is an index or rowid bound, so it costs microseconds on any store: re-extracting
    an article deletes and re-inserts its rows, which moves the highest row ids.
    """
    row = store.conn.execute(
        "SELECT (SELECT coalesce(max(rowid), 0) FROM articles), "
        "(SELECT count(*) FROM articles), "
        "(SELECT coalesce(max(rowid), 0) FROM extractions), "
        "(SELECT count(*) FROM extractions), "
        "(SELECT coalesce(max(id), 0) FROM events), "
        "(SELECT coalesce(max(id), 0) FROM facts), "
        "(SELECT coalesce(max(id), 0) FROM person_mentions), "
        "(SELECT coalesce(max(id), 0) FROM office_terms)"
    ).fetchone()
    return tuple(int(value) for value in row)
