"""The embedded SQLite store (WAL, foreign keys, FTS5). The only module that speaks SQL."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from diplograph.errors import QueryError, QueryTimeout, StoreError
from diplograph.models import Article, SearchHit, StoreCheck
from diplograph.store.backup import copy_database, copy_file, copy_into, reading
from diplograph.store.base import Store
from diplograph.store.base import now as _now
from diplograph.store.export_queries import read_snapshot
from diplograph.store.extractions import search_sentences
from diplograph.store.integrity import check_store
from diplograph.store.migrations import LATEST_VERSION, MIGRATIONS

# Program steps between two looks at a statement's time limit: about _LOOKS looks within the
# limit (SQLite ran 8.5 million steps a CPU second of a full-text search here), at least one
# every _PROGRESS_STEPS. Each look is a Python call that must take the GIL back: a 1 s search
# looked 8,500 times at one per 1,000 steps, each look waiting its turn behind the server's
# other threads (up to 5 ms each), which made searches at 16 clients many times slower.
_PROGRESS_STEPS = 1000
_LOOKS = 50
_STEPS_A_SECOND = 8_000_000


class SQLiteStore(Store):
    """A diplograph database file. Open it, use it, close it (or use it as a context manager)."""

    conn: sqlite3.Connection

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

    @property
    def location(self) -> str:
        return str(self.path)

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

    def snapshot(self) -> AbstractContextManager[None]:
        return read_snapshot(self.conn)

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
        calls the handler about ``_LOOKS`` times within the limit (FTS5 runs inside steps, so a
        bound on the query's size must keep each step short). Yields whether it fired."""
        if seconds is None:
            yield lambda: False
            return
        deadline = time.thread_time() + seconds
        fired = False

        def past_deadline() -> bool:
            nonlocal fired
            fired = time.thread_time() > deadline
            return fired

        steps = max(_PROGRESS_STEPS, int(seconds * _STEPS_A_SECOND / _LOOKS))
        self.conn.set_progress_handler(past_deadline, steps)
        try:
            yield lambda: fired
        finally:
            self.conn.set_progress_handler(None, 0)

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
    an article deletes and re-inserts its rows, which moves the highest row ids, and a deleted
    article or extraction moves the tally its triggers keep (migration 9; it replaced counts of
    both tables, 143 ms on a 1M-event store, paid by every new connection and after every write).
    """
    row = store.conn.execute(
        "SELECT (SELECT coalesce(max(rowid), 0) FROM articles), "
        "(SELECT n FROM store_deletions WHERE id = 1), "
        "(SELECT coalesce(max(rowid), 0) FROM extractions), "
        "(SELECT coalesce(max(id), 0) FROM events), "
        "(SELECT coalesce(max(id), 0) FROM facts), "
        "(SELECT coalesce(max(id), 0) FROM person_mentions), "
        "(SELECT coalesce(max(id), 0) FROM office_terms)"
    ).fetchone()
    return tuple(int(value) for value in row)
