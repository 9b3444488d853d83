"""Checking a store: SQLite's own integrity check, foreign keys, the full-text indexes, orphaned
and duplicated rows, and extractions made by an older extractor (SQL for `diplograph check`)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial

from diplograph.errors import StoreError
from diplograph.models import Finding, StoreCheck
from diplograph.store.connection import Connection, table_columns

# Tables whose rows belong to one article; an article's extraction is the first five.
EXTRACTION_TABLES = ("sentences", "time_expressions", "person_mentions", "events", "facts")
ARTICLE_TABLES = (*EXTRACTION_TABLES, "extractions", "fingerprints", "fingerprint_bands")
# Full-text indexes and the table whose rows each one indexes (sentences: each distinct text once).
FTS_TABLES = (
    ("articles_fts", "articles", "rowid"),
    ("sentence_texts_fts", "sentence_texts", "id"),
)
_SHOWN = 5  # problems quoted per finding; the count says how many there are
_RESTORE = "restore a backup (`diplograph restore`) or ingest the sources into a new store"


def check_store(
    conn: Connection, path: str, extractor_version: str, *, quick: bool = False
) -> StoreCheck:
    """Run every check. ``quick`` uses PRAGMA quick_check and skips FTS5's own integrity-check
    (which needs the write lock): nothing then waits for, or holds up, another process."""
    checks: list[tuple[str, Callable[[], Finding]]] = [
        ("integrity", lambda: _sqlite_integrity(conn, quick)),
        ("foreign_keys", lambda: _foreign_keys(conn)),
        *[(f"fts:{names[0]}", partial(_fts_index, conn, *names, deep=not quick))
          for names in FTS_TABLES],
        ("orphans", lambda: _orphans(conn)),
        ("duplicates", lambda: _duplicates(conn)),
        ("extractor_version", lambda: _extractor_versions(conn, extractor_version)),
    ]  # fmt: skip
    findings = tuple(_guarded(name, run, sqlite3.DatabaseError) for name, run in checks)
    return StoreCheck(path=path, quick=quick, findings=findings)


def check_rows(
    conn: Connection, path: str, extractor_version: str, errors: type[Exception]
) -> StoreCheck:
    """The checks that are plain SQL (orphaned and duplicated rows, extractor versions): all
    there is to check on PostgreSQL, which keeps its own pages, keys and indexes sound.
    ``errors``: what the driver raises when a query cannot run."""
    checks: list[tuple[str, Callable[[], Finding]]] = [
        ("orphans", lambda: _orphans(conn)),
        ("duplicates", lambda: _duplicates(conn)),
        ("extractor_version", lambda: _extractor_versions(conn, extractor_version)),
    ]
    findings = tuple(_guarded(name, run, errors) for name, run in checks)
    return StoreCheck(path=path, quick=False, findings=findings)


def _guarded(name: str, run: Callable[[], Finding], errors: type[Exception]) -> Finding:
    """A check that the database cannot finish (a damaged page on its way) fails; the rest
    still run."""
    try:
        return run()
    except errors as exc:
        return Finding(
            name,
            "failed",
            f"could not run: {exc}; {_RESTORE}",
            1,
        )


def _sqlite_integrity(conn: Connection, quick: bool) -> Finding:
    pragma = "quick_check" if quick else "integrity_check"
    # A message may span lines ("*** in database main ***" then one line per problem).
    messages = [
        line.strip()
        for row in conn.execute(f"PRAGMA {pragma}(100)")
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    if messages == ["ok"]:
        return Finding("integrity", "ok", f"PRAGMA {pragma}: ok")
    shown = "; ".join(messages[:_SHOWN]) + ("; ..." if len(messages) > _SHOWN else "")
    return Finding(
        "integrity",
        "failed",
        f"PRAGMA {pragma} found {len(messages)} problems: {shown}; {_RESTORE}",
        len(messages),
    )


def _foreign_keys(conn: Connection) -> Finding:
    rows = conn.execute("PRAGMA foreign_key_check").fetchall()
    if not rows:
        return Finding("foreign_keys", "ok", "every reference points at a stored row")
    by_table = Counter(f"{r[0]} -> {r[2]}" for r in rows)
    shown = ", ".join(f"{n} in {pair}" for pair, n in by_table.most_common(_SHOWN))
    return Finding(
        "foreign_keys",
        "failed",
        f"{len(rows)} rows point at missing rows ({shown}); {_RESTORE}",
        len(rows),
    )


def _fts_index(conn: Connection, index: str, table: str, key: str, *, deep: bool) -> Finding:
    """Every row of ``table`` indexed once and nothing else indexed (from FTS5's per-document
    sizes), and of the distinct sentence texts, every sentence listed under its own; with
    ``deep``, FTS5's integrity-check against the table's text too."""
    missing, stale = conn.execute(
        f"SELECT (SELECT count(*) FROM {table} t WHERE NOT EXISTS "
        f"(SELECT 1 FROM {index}_docsize d WHERE d.id = t.{key})), "
        f"(SELECT count(*) FROM {index}_docsize d WHERE NOT EXISTS "
        f"(SELECT 1 FROM {table} t WHERE t.{key} = d.id))"
    ).fetchone()  # constant names
    uses = _text_uses(conn) if table == "sentence_texts" else []
    problems = []
    if missing:
        problems.append(f"{missing} {table} rows are not indexed")
    if stale:
        problems.append(f"{stale} indexed rows are no longer in {table}")
    if deep and not problems and not uses:
        problems.extend(_fts_integrity_check(conn, index))
    name = f"fts:{index}"
    if problems or uses:
        fix = f"INSERT INTO {index}({index}) VALUES ('rebuild') rebuilds it from {table}"
        found = "; ".join(uses + problems)
        return Finding(
            name, "failed", f"{found}; {fix if problems else _RESTORE}", missing + stale or 1
        )
    how = "FTS5 integrity-check ok, " if deep else ""
    return Finding(name, "ok", f"{how}every {table} row indexed once")


def _text_uses(conn: Connection) -> list[str]:
    """Every sentence listed once as a use of its own text, and no distinct text without a use
    (what the triggers on ``sentences`` keep; search cites a text by its uses)."""
    unlisted, unused = conn.execute(
        "SELECT (SELECT count(*) FROM sentences s WHERE NOT EXISTS (SELECT 1 FROM sentence_uses u"
        " JOIN sentence_texts t ON t.id = u.text_id WHERE u.sentence_id = s.id"
        " AND t.text = s.text)), (SELECT count(*) FROM sentence_texts t WHERE NOT EXISTS"
        " (SELECT 1 FROM sentence_uses u WHERE u.text_id = t.id))"
    ).fetchone()
    problems = [f"{unlisted} sentences are not listed under their text"] if unlisted else []
    return problems + ([f"{unused} sentence texts are said by no sentence"] if unused else [])


def _fts_integrity_check(conn: Connection, index: str) -> list[str]:
    # rank 1: also compare the index with the external content table. The command is an INSERT,
    # so it takes the write lock; held in a transaction that writes nothing and only as long
    # as the command runs.
    with _write_locked(conn):
        try:
            conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            return [f"FTS5 integrity-check failed ({exc}): the index differs from its table"]
    return []


@contextmanager
def _write_locked(conn: Connection) -> Iterator[None]:
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        raise StoreError(
            f"the FTS5 check needs the store's write lock and another process kept it ({exc}); "
            "run `diplograph check` again, or `diplograph check --quick`, which does not wait"
        ) from exc
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


def _orphans(conn: Connection) -> Finding:
    """Rows whose article is gone, and extraction rows of articles never recorded as extracted
    (a half-written extraction: every extraction is one transaction with its record)."""
    counts: dict[str, int] = {}
    for table in ARTICLE_TABLES:
        counts[f"{table} without their article"] = _one(
            conn,
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
            "(SELECT 1 FROM articles a WHERE a.id = t.article_id)",
        )
    for table in EXTRACTION_TABLES:
        counts[f"{table} of articles not recorded as extracted"] = _one(
            conn,
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
            "(SELECT 1 FROM extractions x WHERE x.article_id = t.article_id)",
        )
    counts["copies pointing at a missing story"] = _one(
        conn,
        "SELECT count(*) FROM articles c WHERE c.story_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM articles s WHERE s.id = c.story_id)",
    )
    return _tally(
        "orphans", counts, "no row without its article or its extraction record", _RESTORE
    )


def _duplicates(conn: Connection) -> Finding:
    """A story stored twice, a story extracted through one of its copies as well, or an
    article's extraction rows stored twice."""
    counts = {
        "stories stored twice (same text, both first copies)": _one(
            conn,
            "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM articles "
            "WHERE story_id IS NULL GROUP BY content_hash HAVING count(*) > 1) AS twice",
        ),
        "copies of a story extracted as well": _one(
            conn,
            "SELECT count(*) FROM extractions x JOIN articles a ON a.id = x.article_id "
            "WHERE a.story_id IS NOT NULL",
        ),
    }
    for table in EXTRACTION_TABLES:
        columns = ", ".join(f'"{c}"' for c in _columns(conn, table) if c != "id")
        counts[f"{table} rows stored twice"] = _one(
            conn,
            f"SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM {table} "
            f"GROUP BY {columns} HAVING count(*) > 1) AS twice",
        )
    fix = "`diplograph extract --force` rewrites every story's extracted rows; " + _RESTORE
    return _tally("duplicates", counts, "no story, extraction or extracted row stored twice", fix)


def _extractor_versions(conn: Connection, current: str) -> Finding:
    older = conn.execute(
        "SELECT x.version, count(*) FROM extractions x JOIN articles a ON a.id = x.article_id "
        "WHERE a.story_id IS NULL AND x.version != ? GROUP BY x.version ORDER BY x.version",
        (current,),
    ).fetchall()
    never = _one(
        conn,
        "SELECT count(*) FROM articles a WHERE a.story_id IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM extractions x WHERE x.article_id = a.id)",
    )
    pending = f"; {never} stories not extracted yet" if never else ""
    if not older:
        return Finding(
            "extractor_version", "ok", f"every extracted story is at {current}{pending}", 0
        )
    behind = sum(int(r[1]) for r in older)
    versions = ", ".join(f"{r[1]} by {r[0]}" for r in older)
    return Finding(
        "extractor_version",
        "warning",
        f"{behind} stories were extracted by an older extractor ({versions}; current "
        f"{current}){pending}; `diplograph extract` re-extracts them "
        "(`diplograph extract --force` re-extracts every story)",
        behind,
    )


def _tally(name: str, counts: dict[str, int], clean: str, fix: str) -> Finding:
    found = {what: n for what, n in counts.items() if n}
    if not found:
        return Finding(name, "ok", clean)
    detail = "; ".join(f"{n} {what}" for what, n in found.items())
    return Finding(name, "failed", f"{detail}; {fix}", sum(found.values()))


def _one(conn: Connection, sql: str) -> int:
    return int(conn.execute(sql).fetchone()[0])


def _columns(conn: Connection, table: str) -> list[str]:
    return table_columns(conn, table)


# -- comparing two stores ---------------------------------------------------------------------

# Columns that differ between two runs over the same input: row ids and clock times.
_RUN_COLUMNS = {"id", "rowid", "ingested_at", "extracted_at", "recorded_at"}
CONTENT_TABLES = ("articles", "problems", "office_terms", *ARTICLE_TABLES)


def content_rows(conn: Connection) -> dict[str, Counter[tuple[object, ...]]]:
    """Every stored row, per table, without row ids and clock times: two stores built from the
    same input compare equal, and the difference counts rows lost or stored twice."""
    rows: dict[str, Counter[tuple[object, ...]]] = {}
    for table in CONTENT_TABLES:
        columns = ", ".join(f'"{c}"' for c in _columns(conn, table) if c not in _RUN_COLUMNS)
        rows[table] = Counter(tuple(r) for r in conn.execute(f"SELECT {columns} FROM {table}"))
    return rows
