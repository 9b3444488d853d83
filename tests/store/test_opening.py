"""Opening a store that exists writes nothing: a server can open one more connection while
another process holds the write lock (an ingest), without waiting for it."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from diplograph.store.sqlite import SQLiteStore


def test_opening_an_existing_store_does_not_wait_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    SQLiteStore(path).close()  # created and migrated
    writer = sqlite3.connect(str(path), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process's write transaction
    try:
        started = time.perf_counter()
        store = SQLiteStore(path)
        waited = time.perf_counter() - started
        assert store.conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        store.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert waited < 2, f"opening waited {waited:.1f} s for the writer (busy_timeout is 10 s)"
