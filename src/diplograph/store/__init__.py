"""Persistence: the only package that speaks SQL."""

from __future__ import annotations

from pathlib import Path

from diplograph.store.base import Store
from diplograph.store.connection import is_postgres_url
from diplograph.store.sqlite import SQLiteStore

__all__ = ["SQLiteStore", "Store", "is_postgres_url", "open_store"]


def open_store(location: str | Path) -> Store:
    """The store at ``location``: a PostgreSQL database for a ``postgresql://`` URL (psycopg
    needed: ``diplograph[postgres]``), else an SQLite file, created and migrated if new."""
    if is_postgres_url(location):
        from diplograph.store.postgres import PostgresStore

        return PostgresStore(str(location))
    return SQLiteStore(location)
