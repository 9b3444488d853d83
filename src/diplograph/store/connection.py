"""What the SQL shared by both stores needs of a connection, and how to tell the stores apart.

``sqlite3.Connection`` is a ``Connection`` as it is; ``store.postgres.PgConnection`` is one
that takes the shared SQL in SQLite's dialect and sends it as PostgreSQL's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from diplograph.config import POSTGRES_SCHEMES


def is_postgres_url(location: object) -> bool:
    """Whether a ``--db`` value names a PostgreSQL database rather than a file."""
    return isinstance(location, str) and location.startswith(POSTGRES_SCHEMES)


class Cursor(Protocol):
    """What the shared SQL reads from a statement's result."""

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """A database connection as the shared SQL uses it (``sqlite3.Connection`` is one)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...


def table_columns(conn: Connection, table: str) -> list[str]:
    """The stored columns of a table in order (a PostgreSQL store's generated search vectors
    left out: they are derived from the text)."""
    if isinstance(conn, sqlite3.Connection):
        return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]
    rows = conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position",
        (table,),
    )
    return [str(r[0]) for r in rows]
