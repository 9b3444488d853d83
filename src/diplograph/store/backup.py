"""Copying a store with SQLite's online backup API (`diplograph backup` and `restore`).

The API copies every page in one step, inside one read transaction of the source: the copy is
the store as one commit left it, while other processes go on writing (WAL lets them). A copy is
written next to its destination under a temporary name and renamed into place, so a killed
backup never leaves a half-written file where the backup should be.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from diplograph.errors import StoreError


def copy_database(source: sqlite3.Connection, target: Path) -> int:
    """Write a consistent copy of ``source`` to ``target``, one self-contained file (replaced
    atomically, an old -wal and -shm of that name removed); returns its size in bytes."""
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    remove_database(partial)
    try:
        destination = sqlite3.connect(str(partial), isolation_level=None)
        try:
            source.backup(destination)  # every page in one step: one snapshot of the source
            # A rollback journal, not WAL: the copy is one file, and reading it read-only
            # leaves no -wal or -shm beside it. A store opened from it goes back to WAL.
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        # A WAL left by an earlier file of that name would be replayed onto the copy.
        remove_database(target, keep_main=True)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        remove_database(partial)
        raise StoreError(f"{target}: cannot write the copy ({exc})") from exc
    return target.stat().st_size


def copy_file(source: Path, target: Path) -> int:
    """``copy_database`` from a database file opened read-only (a backup is never written to)."""
    with reading(source) as conn:
        return copy_database(conn, target)


def copy_into(source: sqlite3.Connection, destination: sqlite3.Connection) -> None:
    """Replace the whole of ``destination``'s database with ``source``'s, in one transaction:
    other connections to it see the old store or the new one, never a mix."""
    try:
        source.backup(destination)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot copy into the store ({exc}); nothing was replaced") from exc


@contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a file that must exist and be a diplograph store."""
    if not path.is_file():
        raise StoreError(f"{path}: no such file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot open ({exc})") from exc
    try:
        tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'articles'"
        ).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a diplograph store ({exc})") from exc
    if not tables:
        conn.close()
        raise StoreError(f"{path}: an SQLite file but not a diplograph store (no articles table)")
    try:
        yield conn
    finally:
        conn.close()


def remove_database(path: Path, *, keep_main: bool = False) -> None:
    """Delete a database file and its -wal and -shm files (those only, with ``keep_main``)."""
    suffixes = ("-wal", "-shm") if keep_main else ("", "-wal", "-shm")
    for suffix in suffixes:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
