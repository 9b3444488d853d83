"""`backup` and `restore`: a backup is a consistent copy even while another process writes,
and a restore round-trips; a backup that fails the check never replaces the store."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import diplograph
from diplograph.config import Settings
from diplograph.errors import StoreError
from diplograph.graph import Graph

from .conftest import EXAMPLES, ROOT, build_store


def _open(path: Path) -> Graph:
    return diplograph.open(settings=Settings(db_path=path))


def _rows(path: Path) -> dict[str, object]:
    with _open(path) as graph:
        return dict(graph.store.content_rows())


def _articles(path: Path) -> int:
    with _open(path) as graph:
        return graph.status().counts["articles"]


def _leftovers(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if ".partial-" in p.name or "restoring" in p.name
    )


def test_backup_is_a_checked_copy_with_every_row(db_path: Path, tmp_path: Path) -> None:
    build_store(db_path)
    target = tmp_path / "backup.db"
    with _open(db_path) as graph:
        report = graph.backup(target)
    assert report.check.ok and report.check.quick
    assert report.bytes == target.stat().st_size > 0
    assert not Path(f"{target}-wal").exists()  # one self-contained file
    assert _rows(target) == _rows(db_path)
    assert _leftovers(tmp_path) == []


def test_backup_refuses_an_existing_file_unless_forced(db_path: Path, tmp_path: Path) -> None:
    build_store(db_path)
    target = tmp_path / "backup.db"
    target.write_text("keep me")
    with _open(db_path) as graph:
        with pytest.raises(StoreError, match="exists; pass --force"):
            graph.backup(target)
        assert target.read_text() == "keep me"
        with pytest.raises(StoreError, match="this store's own file"):
            graph.backup(db_path)
        with pytest.raises(StoreError, match="is a folder"):
            graph.backup(tmp_path)
        assert graph.backup(target, force=True).check.ok
    assert _rows(target) == _rows(db_path)


def _write_batch(path: Path, count: int) -> None:
    with path.open("w") as handle:
        for n in range(count):
            text = f"Story {n}: " + " ".join(f"word{n}x{k}" for k in range(60))
            handle.write(json.dumps({"id": f"s{n}", "date": "2001-01-01", "text": text}) + "\n")


TOTAL = 4000  # stories another process ingests while a test backs up or checks the store


@contextmanager
def ingesting(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    """`diplograph ingest --no-extract` of 4,000 stories running in another process; yields
    once it has committed its first batch. Leaving the block waits for it to end."""
    batch, db_path = tmp_path / "batch.jsonl", tmp_path / "live.db"
    _write_batch(batch, TOTAL)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "diplograph", "--db", str(db_path), "ingest",
               "--no-extract", str(batch)]  # fmt: skip
    writer = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.time() + 120
        while writer.poll() is None and time.time() < deadline:
            if db_path.exists() and _articles(db_path) > 0:
                break
            time.sleep(0.1)
        yield db_path, writer
        _, errors = writer.communicate(timeout=120)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.communicate()
    assert writer.returncode == 0, errors  # the writer never failed for the other process
    assert _articles(db_path) == TOTAL


def test_backup_during_an_ingest_in_another_process_passes_check(tmp_path: Path) -> None:
    copies: list[Path] = []
    with ingesting(tmp_path) as (db_path, writer):
        while writer.poll() is None:
            target = tmp_path / f"copy{len(copies)}.db"
            with _open(db_path) as graph:
                graph.backup(target)
            copies.append(target)
            time.sleep(0.2)  # a copy every few batches is enough
    counts = [_articles(copy) for copy in copies]
    assert any(0 < n < TOTAL for n in counts), f"no backup landed mid-ingest: {counts}"
    for copy, count in zip(copies, counts, strict=True):
        with _open(copy) as graph:
            verdict = graph.check()
        assert verdict.ok and verdict.warnings == 0, (copy, verdict)
        # each copy is the store as one commit left it: whole batches of 500 articles
        assert count % 500 == 0 or count == TOTAL, counts


def test_check_during_an_ingest_in_another_process_passes(tmp_path: Path) -> None:
    seen: list[int] = []
    with ingesting(tmp_path) as (db_path, writer), _open(db_path) as graph:
        while writer.poll() is None:
            verdict = graph.check()  # the full check: FTS5's integrity-check takes the lock
            assert verdict.ok and verdict.warnings == 0, verdict
            seen.append(graph.status().counts["articles"])
    assert any(0 < n < TOTAL for n in seen), f"no check ran mid-ingest: {seen}"


def test_restore_round_trips_and_removes_the_previous_store(db_path: Path, tmp_path: Path) -> None:
    build_store(db_path)
    saved = _rows(db_path)
    backup = tmp_path / "backup.db"
    with _open(db_path) as graph:
        graph.backup(backup)
        graph.store.conn.execute("DELETE FROM articles WHERE id = 'kz-fr-2019'")
        graph.ingest([str(EXAMPLES / "kz-fr-2019.txt")])  # back, but never extracted
        assert _rows(db_path) != saved
        report = graph.restore(backup)
        assert report.check.ok and not report.check.quick
        assert report.previous is None
        assert graph.extraction("kz-fr-2019").events  # this Graph reads the restored store
    assert _rows(db_path) == saved
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]
    assert _leftovers(tmp_path) == []
    assert _rows(backup) == saved  # the backup itself is only read


def test_restore_can_keep_the_previous_store(db_path: Path, tmp_path: Path) -> None:
    build_store(db_path)
    backup = tmp_path / "backup.db"
    with _open(db_path) as graph:
        graph.backup(backup)
        graph.store.conn.execute("DELETE FROM articles WHERE id = 'kz-fr-2019'")
        before = _rows(db_path)
        report = graph.restore(backup, keep_previous=True)
    assert report.previous is not None
    previous = Path(report.previous)
    assert previous.parent == db_path.parent and "before-restore" in previous.name
    assert _rows(previous) == before
    assert _rows(db_path) == _rows(backup)


def test_another_connection_sees_the_restored_store(db_path: Path, tmp_path: Path) -> None:
    build_store(db_path)
    backup = tmp_path / "backup.db"
    with _open(db_path) as graph, _open(db_path) as reader:
        graph.backup(backup)
        graph.store.conn.execute("DELETE FROM articles WHERE id = 'kz-fr-2019'")
        assert reader.status().counts["articles"] == 8
        graph.restore(backup)
        assert reader.status().counts["articles"] == 9
        assert reader.check().ok


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    build_store(db_path)
    backup = tmp_path / "backup.db"
    with _open(db_path) as graph:
        graph.backup(backup)
    damaged = sqlite3.connect(backup, isolation_level=None)
    damaged.execute("PRAGMA foreign_keys=OFF")
    damaged.execute("DELETE FROM articles WHERE id = 'kz-fr-2019'")  # its events stay behind
    damaged.close()
    saved = _rows(db_path)
    with _open(db_path) as graph:
        with pytest.raises(StoreError, match="fails the check; nothing was changed") as caught:
            graph.restore(backup)
        assert "orphans" in str(caught.value)
    assert _rows(db_path) == saved
    assert _leftovers(tmp_path) == []
    assert not [p for p in tmp_path.iterdir() if "before-restore" in p.name]


def test_restore_refuses_files_that_are_no_store(db_path: Path, tmp_path: Path) -> None:
    build_store(db_path)
    text = tmp_path / "notes.txt"
    text.write_text("not a database at all " * 100)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    saved = _rows(db_path)
    with _open(db_path) as graph:
        with pytest.raises(StoreError, match="not a diplograph store"):
            graph.restore(text)
        with pytest.raises(StoreError, match="no articles table"):
            graph.restore(other)
        with pytest.raises(StoreError, match="no such file"):
            graph.restore(tmp_path / "missing.db")
        with pytest.raises(StoreError, match="this store's own file"):
            graph.restore(db_path)
    assert _rows(db_path) == saved
