"""The PostgreSQL store (``--db postgresql://user@host/db``): the same interface as the SQLite
store, for several servers and ingests on different machines sharing one database.

The SQL both stores share (``store.base``) is written in SQLite's dialect; ``PgConnection``
sends it as PostgreSQL's (``to_postgres``): ``?`` parameters, NULLs sorted first as SQLite
sorts them, ``INSERT OR REPLACE`` as an upsert on the table's key. What differs otherwise is
here: migrations under an advisory lock, idempotent inserts, full-text search with tsvector and
``ts_rank``, and a generation counter moved by every write transaction.

psycopg 3 is an optional dependency (``pip install 'diplograph[postgres]'``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from diplograph.errors import QueryError, QueryTimeout, StoreError
from diplograph.models import Article, Extraction, Problem, SearchHit, StoreCheck
from diplograph.offices import OfficeTerm
from diplograph.store.base import Store, now
from diplograph.store.connection import Cursor
from diplograph.store.extractions import RANKED_TEXTS
from diplograph.store.integrity import check_rows
from diplograph.store.pg_migrations import PG_LATEST_VERSION, PG_MIGRATIONS

if TYPE_CHECKING:
    import psycopg

T = TypeVar("T")

# Keys of our own advisory locks: the one migrations hold, and the one every write holds.
_MIGRATION_LOCK = 0x6469706C6F  # "diplo"
_WRITE_LOCK = 0x6469706C6F + 1
# The key an upsert replaces a row on, per table written with INSERT OR REPLACE.
_KEYS = {
    "extractions": "(article_id)",
    "office_terms": "(country, role, person, start)",
    "problems": "(origin, coalesce(line, -1), reason)",
}
_IDENTITIES = (("articles", "rowid"), ("problems", "id"), ("sentences", "id"),
               ("time_expressions", "id"), ("person_mentions", "id"), ("events", "id"),
               ("facts", "id"), ("office_terms", "id"))  # fmt: skip
_ORDER = re.compile(r"ORDER BY (.+?)(?= LIMIT| OFFSET|\)|$)", re.DOTALL)
_REPLACE = re.compile(r"^INSERT OR REPLACE INTO (\w+) \(([^)]*)\)(.*)$", re.DOTALL)


def _nulls_first(match: re.Match[str]) -> str:
    terms = [t.strip() for t in match.group(1).split(",")]
    kept = [t if re.search(r"\b(ASC|DESC|NULLS)\b", t) else f"{t} NULLS FIRST" for t in terms]
    return "ORDER BY " + ", ".join(kept)


def _upsert(match: re.Match[str]) -> str:
    table, columns, rest = match.group(1), match.group(2), match.group(3)
    names = [c.strip() for c in columns.split(",")]
    update = ", ".join(f"{c} = EXCLUDED.{c}" for c in names)
    return (
        f"INSERT INTO {table} ({columns}){rest} ON CONFLICT {_KEYS[table]} DO UPDATE SET {update}"
    )


@lru_cache(maxsize=1024)
def to_postgres(sql: str, with_parameters: bool = True) -> str:
    """A statement of the shared SQL (SQLite's dialect) as PostgreSQL reads it the same way."""
    if with_parameters:
        sql = sql.replace("%", "%%").replace("?", "%s")
    sql = _ORDER.sub(_nulls_first, sql)
    sql = _REPLACE.sub(_upsert, sql.strip())
    sql = sql.replace("instr(", "strpos(")
    return sql.replace("BEGIN DEFERRED", "BEGIN ISOLATION LEVEL REPEATABLE READ")


class PgConnection:
    """A psycopg connection (autocommit: transactions are explicit) that takes the shared SQL.

    A connection lost between transactions (the server restarted, a proxy dropped it) is made
    again for the next statement, so that a long-running server keeps working; one lost inside
    a transaction is a StoreError (the transaction is gone: nothing of it was stored)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.raw = connect(url)  # says what to install when psycopg is missing
        import psycopg

        self._lost = psycopg.OperationalError

    @property
    def in_transaction(self) -> bool:
        from psycopg.pq import TransactionStatus

        # A broken connection's status is UNKNOWN: it holds no transaction any more.
        return self.raw.info.transaction_status in (
            TransactionStatus.ACTIVE,
            TransactionStatus.INTRANS,
            TransactionStatus.INERROR,
        )

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        if parameters:
            query = to_postgres(sql)
            return self._again_if_lost(lambda: self.raw.execute(query, parameters))  # type: ignore[arg-type]
        query = to_postgres(sql, with_parameters=False)
        return self._again_if_lost(lambda: self.raw.execute(query))  # type: ignore[arg-type]

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> None:
        rows, query = list(parameters), to_postgres(sql)

        def run() -> None:
            with self.raw.cursor() as cursor:
                cursor.executemany(query, rows)  # type: ignore[arg-type]

        if rows:
            self._again_if_lost(run)

    def script(self, sql: str) -> None:
        """Several statements at once (a migration), sent as they are."""
        self.raw.execute(sql)  # type: ignore[arg-type]

    def close(self) -> None:
        self.raw.close()

    def _again_if_lost(self, run: Callable[[], T]) -> T:
        inside = self.in_transaction
        try:
            return run()
        except self._lost as exc:
            if not self.raw.broken:
                raise  # the statement failed, not the connection (a timeout, a conflict)
            if inside:
                raise StoreError(
                    f"{redact(self.url)}: the connection to PostgreSQL was lost in the middle "
                    f"of a transaction ({exc}); nothing of it was stored: run it again"
                ) from exc
        self.raw = connect(self.url)
        return run()


def connect(url: str) -> psycopg.Connection[Any]:
    """A connection to ``url``; StoreError saying what to install or fix when there is none."""
    try:
        import psycopg
    except ImportError:
        raise StoreError(
            f"{redact(url)}: PostgreSQL needs psycopg; install diplograph[postgres] "
            "(pip install 'diplograph[postgres]')"
        ) from None
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        raise StoreError(f"{redact(url)}: cannot connect to PostgreSQL ({exc})".strip()) from exc


def redact(url: str) -> str:
    """``url`` without its password."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1@", url)


class PostgresStore(Store):
    """A diplograph store in a PostgreSQL database, created and migrated on first open."""

    conn: PgConnection

    def __init__(self, url: str) -> None:
        self.url = url
        self.conn = PgConnection(url)  # says what to install when psycopg is missing
        import psycopg

        self._errors = psycopg.Error
        try:
            self._migrate()
        except psycopg.Error as exc:
            self.conn.close()
            raise StoreError(f"{self.location}: cannot open as a diplograph store ({exc})") from exc
        except BaseException:
            self.conn.close()
            raise

    @property
    def location(self) -> str:
        return redact(self.url)

    def close(self) -> None:
        self.conn.close()

    def generation(self) -> tuple[int, ...]:
        """The counter every write transaction moves as it commits (one indexed row: cheap),
        so a change by any process on any machine is seen once it is committed."""
        row = self.conn.execute("SELECT value FROM store_generation WHERE id = 1").fetchone()
        return (int(row[0]),)

    # -- schema -------------------------------------------------------------------------------

    def schema_version(self) -> int:
        row = self.conn.execute("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
        if not row[0]:
            return 0
        found = self.conn.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(found[0] or 0)

    def _migrate(self) -> None:
        """Apply what is missing, in one transaction under an advisory lock: processes that
        open a new database at once wait for the first, then find it migrated."""
        if self.schema_version() == PG_LATEST_VERSION:
            return  # opening a migrated store writes nothing and waits for no one
        with self._transaction(counted=False):
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT)")
            current = self.schema_version()
            if current > PG_LATEST_VERSION:
                raise StoreError(
                    f"{self.location}: schema version {current} is newer than this diplograph "
                    f"({PG_LATEST_VERSION}); upgrade diplograph"
                )
            for version, _about, script in PG_MIGRATIONS:
                if version > current:
                    self.conn.script(script)
                    self.conn.execute("INSERT INTO schema_version VALUES (?)", (version,))

    def transaction(self) -> AbstractContextManager[None]:
        return self._transaction(counted=True)

    def resolution_transaction(self) -> AbstractContextManager[None]:
        return self._transaction(counted=False, locked=True)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the database (a repeatable-read transaction)."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    @contextmanager
    def _transaction(self, *, counted: bool, locked: bool = False) -> Iterator[None]:
        """All writes inside commit together or not at all, one writing transaction at a time
        across every process and machine (as SQLite's BEGIN IMMEDIATE): an ingest batch reads
        which articles and near-copies are stored after the previous batch committed, two
        extractions of one article never interleave, and no two writers can deadlock. Readers
        never wait. A counted transaction moves the generation as it ends."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            if counted or locked:
                self.conn.execute("SELECT pg_advisory_xact_lock(?)", (_WRITE_LOCK,))
            yield
            if counted:
                self.conn.execute("UPDATE store_generation SET value = value + 1 WHERE id = 1")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def stream(self, sql: str) -> Iterator[Any]:
        """The rows of a query from a server-side cursor, a thousand at a time (inside the
        transaction of ``copy_store``'s snapshot)."""
        with self.conn.raw.cursor(name="diplograph_stream") as cursor:
            cursor.itersize = 1000
            cursor.execute(to_postgres(sql, with_parameters=False))  # type: ignore[arg-type]
            yield from cursor

    def copied_in(self) -> None:
        """Move every id sequence past the ids copied in, so that new rows get new ids (and
        log the copied extractions)."""
        super().copied_in()
        for table, column in _IDENTITIES:
            self.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                f"coalesce(max({column}), 0) + 1, false) FROM {table}"
            )  # constant names

    # -- writes: each one a transaction of its own unless inside one ----------------------------

    def insert_article(
        self,
        article: Article,
        *,
        story_id: str | None,
        similarity: float | None,
        signature: bytes,
        bands: Sequence[int],
    ) -> None:
        """As SQLite's, in one statement (one round trip): the article, its signature and, for
        a first copy, its bands. An article another process stored meanwhile is left as it is."""
        with self.transaction():
            self.conn.execute(
                "WITH stored AS (INSERT INTO articles (id, story_id, similarity, published_on, "
                "title, text, content_hash, source, url, origin, format, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING "
                "RETURNING id), "
                "signed AS (INSERT INTO fingerprints (article_id, signature) "
                "SELECT id, ? FROM stored) "
                "INSERT INTO fingerprint_bands (band, hash, article_id) "
                "SELECT band.ordinality - 1, band.hash, stored.id FROM stored, "
                "unnest(?::bigint[]) WITH ORDINALITY AS band(hash, ordinality)",
                (
                    article.id, story_id, similarity,
                    article.published_on.isoformat() if article.published_on else None,
                    article.title, article.text, article.content_hash, article.source,
                    article.url, article.origin, article.format, now(), signature,
                    list(bands) if story_id is None else [],
                ),
            )  # fmt: skip

    def save_extraction(self, extraction: Extraction, version: str) -> None:
        with self.transaction():
            super().save_extraction(extraction, version)

    def save_office_terms(self, terms: Sequence[OfficeTerm]) -> int:
        with self.transaction():
            return super().save_office_terms(terms)

    def record_problem(self, problem: Problem) -> None:
        with self.transaction():
            super().record_problem(problem)

    # -- reads that differ ----------------------------------------------------------------------

    def similar_candidates(self, bands: Sequence[int]) -> list[tuple[str, bytes]]:
        if not bands:
            return []
        rows = self.conn.execute(
            "SELECT DISTINCT f.article_id, f.signature FROM fingerprint_bands b "
            "JOIN articles a ON a.id = b.article_id "
            "JOIN fingerprints f ON f.article_id = b.article_id "
            "WHERE b.hash = ANY(?) AND a.story_id IS NULL",
            (list(bands),),
        ).fetchall()
        return [(str(r[0]), bytes(r[1])) for r in rows]

    def search_articles(self, query: str, limit: int = 20) -> list[tuple[str, float]]:
        """Article ids ranked by ``ts_rank`` over title and text (negated: lower is better, as
        SQLite's BM25)."""
        rows = self.conn.execute(
            "SELECT a.id, -ts_rank(a.search, q) AS score FROM articles a, "
            "websearch_to_tsquery('english', ?) q WHERE a.search @@ q "
            "ORDER BY score, a.rowid LIMIT ?",
            (websearch(query), limit),
        ).fetchall()
        return [(str(r[0]), float(r[1])) for r in rows]

    def search_sentences(
        self, query: str, limit: int = 10, *, seconds: float | None = None
    ) -> list[SearchHit]:
        """Sentences ranked by ``ts_rank`` (negated: lower is better, as SQLite's BM25) for an
        FTS5-style query read as a web search (``websearch``); QueryTimeout past ``seconds``
        (PostgreSQL's statement_timeout). As on SQLite (``extractions.search_sentences``),
        each distinct text is ranked once (migration 5), among the newest ``RANKED_TEXTS`` that
        match, and cited by the sentences that say it, newest article first (at most ``limit``
        of each text read: a text of a story copied 40,000 times is not read whole)."""
        import psycopg

        try:
            with self._time_limit(seconds):
                rows = self.conn.execute(
                    "WITH matched AS (SELECT t.id, -ts_rank(t.search, q) AS score"
                    " FROM sentence_texts t, websearch_to_tsquery('english', ?) q"
                    " WHERE t.search @@ q ORDER BY t.id DESC LIMIT ?),"
                    " best AS (SELECT id, score FROM matched ORDER BY score, id LIMIT ?)"
                    ' SELECT s.article_id, s.start, s."end", s.text, b.score FROM best b'
                    " CROSS JOIN LATERAL (SELECT sentence_id, published_on FROM sentence_uses"
                    " WHERE text_id = b.id ORDER BY published_on DESC, sentence_id DESC"
                    " LIMIT ?) u JOIN sentences s ON s.id = u.sentence_id"
                    " ORDER BY b.score, b.id, u.published_on DESC, u.sentence_id DESC LIMIT ?",
                    (websearch(query), RANKED_TEXTS, limit, limit, limit),
                ).fetchall()
        except psycopg.errors.QueryCanceled:
            raise QueryTimeout(
                f"the search ran past its limit of {seconds:g} s; ask for rarer words or "
                "fewer of them"
            ) from None
        except psycopg.Error as exc:
            raise QueryError(f"bad search query {query!r}: {exc}") from exc
        return [SearchHit(r[0], int(r[1]), int(r[2]), r[3], float(r[4])) for r in rows]

    @contextmanager
    def _time_limit(self, seconds: float | None) -> Iterator[None]:
        if seconds is None or self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN READ ONLY")
        try:
            self.conn.execute(f"SET LOCAL statement_timeout = {max(1, int(seconds * 1000)):d}")
            yield
        finally:
            self.conn.execute("ROLLBACK")

    def check(self, extractor_version: str, *, quick: bool = False) -> StoreCheck:
        """Orphaned and duplicated rows and extractor versions (PostgreSQL keeps its own pages,
        foreign keys and indexes sound: there is no file to check)."""
        return check_rows(self.conn, self.location, extractor_version, self._errors)


_FTS5_ONLY = re.compile(r"\bNEAR\b|\bAND\b|[*()^:,+{}]")


def websearch(query: str) -> str:
    """An FTS5 query as ``websearch_to_tsquery`` reads it: words are ANDed, "phrases" and OR
    work as in FTS5, NOT becomes ``-``; a prefix (``trad*``) is read as the whole word, and
    NEAR groups as their words."""
    text = re.sub(r"\bNOT\s+", "-", query)
    return " ".join(_FTS5_ONLY.sub(" ", text).split())
