from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import diplograph
import diplograph.errors
from diplograph.extract.pipeline import Extractor
from diplograph.models import Article, Extraction

from .conftest import EXAMPLES, ROOT, settings_for


def _open(location: str | Path) -> diplograph.Graph:
    return diplograph.open(settings=settings_for(location))


# Tests taking ``store_location`` run on SQLite, then on PostgreSQL (tests/conftest.py).


def test_examples_ingest_with_one_duplicate_and_one_rejected(store_location: str) -> None:
    with _open(store_location) as graph:
        report = graph.ingest([str(EXAMPLES)])
        assert report.duplicates == 1
        assert report.rejected == 1
        assert "no publication date" in report.problems[0].reason
        assert report.new >= 8
        counts = graph.status().counts
    assert counts["duplicates"] == 1
    assert counts["stories"] == report.new


def test_ingest_twice_changes_nothing(store_location: str) -> None:
    with _open(store_location) as graph:
        first = graph.ingest([str(EXAMPLES)])
        before = graph.status().counts
        second = graph.ingest([str(EXAMPLES)])
        assert second.new == 0 and second.duplicates == 0
        assert second.unchanged == first.new + first.duplicates
        after = graph.status().counts
    assert before == after


def test_near_duplicate_is_linked_to_first_copy(store_location: str) -> None:
    with _open(store_location) as graph:
        graph.ingest([str(EXAMPLES / "kz-fr-2023.txt")])
        report = graph.ingest([str(EXAMPLES / "kz-fr-2023_syndicated.txt")])
        assert report.duplicates == 1
        copies = graph.copies("kz-fr-2023")
    assert [c.id for c in copies] == ["kz-fr-2023_syndicated"]


def test_same_file_with_other_text_is_rejected_and_original_kept(
    store_location: str, tmp_path: Path
) -> None:
    story = tmp_path / "one" / "story.txt"
    story.parent.mkdir()
    story.write_text(" date 2020-01-01 Leaders met in Astana to discuss trade and energy.")
    with _open(store_location) as graph:
        graph.ingest([str(story)])
        story.write_text(" date 2020-01-01 A different story about sanctions on steel exports.")
        report = graph.ingest([str(story)])
        assert report.rejected == 1
        assert "already stored" in report.problems[0].reason
        assert "Astana" in graph.article("story").text


def test_problems_are_kept_in_the_store(store_location: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "date": "2023-13-01", "text": "x"}\n')
    with _open(store_location) as graph:
        graph.ingest([str(bad)])
    with _open(store_location) as graph:
        (problem,) = graph.problems()
    assert problem.line == 1 and "impossible" in problem.reason


def test_store_uses_wal_and_numbered_schema(db_path: Path) -> None:
    with _open(db_path) as graph:
        assert graph.status().schema_version >= 1
        mode = graph.store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        fks = graph.store.conn.execute("PRAGMA foreign_keys").fetchone()[0]
    assert mode == "wal" and fks == 1


def test_full_text_search_finds_articles(store_location: str) -> None:
    with _open(store_location) as graph:
        graph.ingest([str(EXAMPLES)])
        hits = graph.store.search_articles("hydrogen")
    assert hits and hits[0][0] == "kz-uk-2023-03-18"


def _write_batch(path: Path, count: int) -> None:
    with path.open("w") as handle:
        for n in range(count):
            text = f"Story {n}: " + " ".join(f"word{n}x{k}" for k in range(60))
            handle.write(json.dumps({"id": f"s{n}", "date": "2001-01-01", "text": text}) + "\n")


def test_killed_ingest_rerun_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    _write_batch(batch, 6000)
    db_path = tmp_path / "crash.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [
        sys.executable,
        "-m",
        "diplograph",
        "--db",
        str(db_path),
        "ingest",
        "--no-extract",
        str(batch),
    ]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:  # wait until at least one batch is committed
        time.sleep(0.2)
        if db_path.exists() and _count(db_path) > 0:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _count(db_path)
    assert 0 < partial < 6000, "the kill should land part-way through the batch"
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    with _open(db_path) as graph:
        counts = graph.status().counts
        assert counts["articles"] == 6000
        assert graph.article("s5999").text.startswith("Story 5999:")
        ids = graph.store.conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0]
    assert ids == 6000


def _count(db_path: Path) -> int:
    import sqlite3

    try:
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_roles_import_validates_and_stores_terms(store_location: str, tmp_path: Path) -> None:
    good = tmp_path / "roles.csv"
    good.write_text(
        "country,role,person,start,end\nKAZ,deputy_foreign_minister,Roman Vassilenko,2019-01-01,\n"
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("country,role,person,start,end\nKAZ,head_of_state,Someone,2020-13-01,\n")
    with _open(store_location) as graph:
        assert graph.import_roles(good) == 1
        assert graph.import_roles(good) == 1  # re-importing replaces, never duplicates
        (term,) = graph.store.office_terms()
        assert term.person == "Roman Vassilenko" and term.end is None
        try:
            graph.import_roles(bad)
        except diplograph.errors.ConfigError as exc:
            assert "bad.csv:2" in str(exc)
        else:
            raise AssertionError("a bad row must be refused")
        assert len(graph.store.office_terms()) == 1


@pytest.mark.slow
def test_a_story_whose_extraction_fails_is_a_problem_and_the_rest_are_extracted(
    db_path: Path, extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = extractor._from_doc

    def failing(article: Article, doc: object) -> Extraction:
        if article.id == "kz-us-2023":
            raise ValueError("a parse no rule expected")
        return real(article, doc)

    monkeypatch.setattr(extractor, "_from_doc", failing)
    with _open(db_path) as graph:
        graph.ingest([str(EXAMPLES)])
        graph._extractor = extractor
        report = graph.extract()
        assert report.articles == 7
        (problem,) = report.problems
        assert problem.article_id == "kz-us-2023"
        assert "ValueError: a parse no rule expected" in problem.reason
        assert graph.store.load_extraction("kz-us-2023") is None  # nothing half-stored
        assert "extraction failed" in graph.problems()[-1].reason
        verdict = graph.check()
    assert verdict.ok and verdict.warnings == 0
