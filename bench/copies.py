"""Benchmark stores: copies of every extracted story with their extractions, dates moved.

Used by bench/api.py (and bench/load_during_ingest.py) to grow a store built from the examples
to 100,000 events and more. Columns are read from the store's own schema (PRAGMA table_info),
so a migration that adds a column needs no change here.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from diplograph.store.sqlite import SQLiteStore

# table -> the column naming its article; rows are copied with the copy's article id
_OWNED = (("extractions", "article_id"), ("sentences", "article_id"),
          ("person_mentions", "article_id"))  # fmt: skip


def copy_stories(store: SQLiteStore, copies: int) -> int:
    """Add ``copies`` copies of every extracted story, each with its extraction; return the
    number of events then stored.

    Copy ``n`` of article A is ``A~n``, published ``n`` days later; its events, figures and
    sentences are A's, with every date and period moved ``n`` steps of its own precision (days,
    months or years). An undated event gets its copy's publication date, so copies stay apart
    instead of piling thousands of citations on one event.
    """
    conn = store.conn
    stories = conn.execute(
        "SELECT a.id, a.published_on FROM articles a JOIN extractions x ON x.article_id = a.id "
        "WHERE a.story_id IS NULL AND a.published_on IS NOT NULL ORDER BY a.id"
    ).fetchall()
    with store.transaction():
        for article_id, published in stories:
            for n in range(1, copies + 1):
                _copy_story(conn, str(article_id), date.fromisoformat(published), n)
    return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


def _copy_story(conn: sqlite3.Connection, article_id: str, published: date, n: int) -> None:
    new_id = f"{article_id}~{n}"
    day = (published + timedelta(days=n)).isoformat()
    hashed = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,))
    _copy(conn, "articles", "id = ?", (article_id,),
          {"id": new_id, "story_id": None, "similarity": None, "published_on": day,
           "content_hash": f"{hashed.fetchone()[0]}~{n}"})  # fmt: skip
    for table, owner in _OWNED:
        _copy(conn, table, f"{owner} = ?", (article_id,), {owner: new_id})
    for event_id, when in conn.execute(
        "SELECT id, date FROM events WHERE article_id = ?", (article_id,)
    ).fetchall():
        _copy(conn, "events", "id = ?", (event_id,),
              {"article_id": new_id, "date": shift_date(when, n) if when else day})  # fmt: skip
    for fact_id, period in conn.execute(
        "SELECT id, period FROM facts WHERE article_id = ?", (article_id,)
    ).fetchall():
        moved = shift_date(period, n) if period else None
        _copy(conn, "facts", "id = ?", (fact_id,), {"article_id": new_id, "period": moved})


def _copy(
    conn: sqlite3.Connection, table: str, where: str, args: tuple[Any, ...],
    changed: dict[str, Any],
) -> None:  # fmt: skip
    """Copy the rows ``where`` selects, with ``changed`` columns set (an integer primary key
    that is not changed is left to SQLite)."""
    columns = [(r[1], r[2], r[5]) for r in conn.execute(f'PRAGMA table_info("{table}")')]
    kept = [c for c, kind, key in columns if c in changed or not (key and kind == "INTEGER")]
    chosen = ", ".join("?" if c in changed else f'"{c}"' for c in kept)
    names = ", ".join(f'"{c}"' for c in kept)
    values = tuple(changed[c] for c in kept if c in changed)
    conn.execute(f'INSERT INTO "{table}" ({names}) SELECT {chosen} FROM "{table}" WHERE {where}',
                 values + args)  # fmt: skip


def shift_date(value: str, steps: int) -> str:
    """A date (YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B) moved ``steps`` of its precision;
    anything else is returned as it is."""
    if "/" in value:
        return "/".join(shift_date(part, steps) for part in value.split("/"))
    try:
        if len(value) == 10:
            return (date.fromisoformat(value) + timedelta(days=steps)).isoformat()
        if len(value) == 7:
            months = int(value[:4]) * 12 + int(value[5:7]) - 1 + steps
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        if len(value) == 4:
            return f"{int(value) + steps:04d}"
    except ValueError:
        return value
    return value
