"""Copying a whole store to another, between SQLite and PostgreSQL (`diplograph copy`).

Every row of every table is copied as it is, ids included, inside one read snapshot of the
source and one transaction of the destination: the copy is the source as one commit left it,
and a copy that fails leaves the destination as empty as it was. The destination's full-text
indexes are its own (FTS5 triggers, or PostgreSQL's generated tsvector columns).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from diplograph.errors import StoreError
from diplograph.store.base import Store
from diplograph.store.connection import table_columns
from diplograph.store.export_queries import read_snapshot

# Tables in an order that keeps every reference pointing at a row copied before it.
COPIED_TABLES = (
    "articles",
    "fingerprints",
    "fingerprint_bands",
    "problems",
    "extractions",
    "sentences",
    "time_expressions",
    "person_mentions",
    "events",
    "facts",
    "office_terms",
)
# First copies before the copies that point at them; otherwise the rows' own order.
_ORDER = {"articles": "story_id IS NOT NULL, rowid", "fingerprints": "article_id",
          "fingerprint_bands": "article_id, band", "extractions": "article_id"}  # fmt: skip
_BATCH = 1000


def copy_store(source: Store, target: Store) -> dict[str, int]:
    """Copy every row of ``source`` into ``target``, which must hold none; returns the rows
    copied per table."""
    held = {t: n for t in COPIED_TABLES if (n := _count(target, t))}
    if held:
        listed = ", ".join(f"{n} {t}" for t, n in held.items())
        raise StoreError(f"{target.location} is not empty ({listed}); copy into a new store")
    copied: dict[str, int] = {}
    with read_snapshot(source.conn), target.transaction():
        for table in COPIED_TABLES:
            copied[table] = _copy_table(source, target, table)
        target.copied_in()
    return copied


def _copy_table(source: Store, target: Store, table: str) -> int:
    columns = ", ".join(f'"{c}"' for c in table_columns(source.conn, table))
    marks = ", ".join("?" for _ in table_columns(source.conn, table))
    order = _ORDER.get(table, "id")
    rows = source.stream(f"SELECT {columns} FROM {table} ORDER BY {order}")  # constant names
    insert = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
    total = 0
    for batch in _batches(rows):
        target.conn.executemany(insert, batch)
        total += len(batch)
    return total


def _batches(rows: Iterator[Any]) -> Iterator[list[tuple[Any, ...]]]:
    while batch := [tuple(r) for r in islice(rows, _BATCH)]:
        yield batch


def _count(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
