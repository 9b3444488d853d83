"""Opening a store that exists writes nothing: a server can open one more connection while
another process holds the write lock (an ingest), without waiting for it."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from diplograph.store.migrations import LATEST_VERSION
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


def test_a_store_another_process_migrated_meanwhile_is_not_migrated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two processes opening a new store at once both read schema version 0; the second one to
    # take the write lock finds the migrations done (it used to fail: table articles exists).
    path = tmp_path / "store.db"
    SQLiteStore(path).close()
    real = SQLiteStore.schema_version
    reads = iter([0])  # the first read, from before the other process committed

    def stale_then_real(store: SQLiteStore) -> int:
        stale = next(reads, None)
        return real(store) if stale is None else stale

    monkeypatch.setattr(SQLiteStore, "schema_version", stale_then_real)
    store = SQLiteStore(path)
    assert real(store) == LATEST_VERSION
    store.close()
