from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from diplograph.cli import app
from diplograph.errors import DiplographError
from diplograph.store.migrations import LATEST_VERSION

from .conftest import EXAMPLES

runner = CliRunner()


def _run(db: Path, *args: str) -> Any:
    """Invoke the CLI on ``db``; the command must succeed. Returns its --json output."""
    result = runner.invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "--json" in args else result.stdout


@pytest.fixture(autouse=True)
def _no_db_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIPLOGRAPH_DB", raising=False)


@pytest.fixture
def ingested(db_path: Path) -> Path:
    """The example articles stored without extraction (no spaCy)."""
    _run(db_path, "ingest", str(EXAMPLES), "--no-extract", "--json")
    return db_path


def test_ingest_examples_counts_one_duplicate_and_one_rejected(db_path: Path) -> None:
    report = _run(db_path, "ingest", str(EXAMPLES), "--no-extract", "--json")
    assert report["new"] == 8
    assert report["duplicates"] == 1
    assert report["rejected"] == 1
    assert report["extracted"] is None
    (problem,) = report["problems"]
    assert "undated-note.txt" in problem
    assert "--date" in problem


def test_ingest_with_fewer_workers_at_a_lower_priority_stores_the_same(db_path: Path) -> None:
    # A process of its own: --nice lowers the priority of the process that runs it for good.
    done = subprocess.run(
        [sys.executable, "-m", "diplograph", "--db", str(db_path), "ingest", str(EXAMPLES),
         "--no-extract", "--json", "--workers", "1", "--nice", "5"],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    report = json.loads(done.stdout)
    assert (report["new"], report["duplicates"], report["rejected"]) == (8, 1, 1)
    refused = runner.invoke(app, ["--db", str(db_path), "ingest", "x", "--workers", "0"])
    assert refused.exit_code == 2 and "--workers" in refused.output


def test_ingest_twice_leaves_everything_unchanged(ingested: Path) -> None:
    report = _run(ingested, "ingest", str(EXAMPLES), "--no-extract", "--json")
    assert report["new"] == 0
    assert report["unchanged"] == 9


def test_status_json_reports_schema_version_and_counts(ingested: Path) -> None:
    info = _run(ingested, "status", "--json")
    assert info["schema_version"] == LATEST_VERSION
    assert info["path"] == str(ingested)
    assert (info["articles"], info["stories"], info["duplicates"]) == (9, 8, 1)
    assert info["problems"] == 1
    assert info["extracted"] == 0


def test_problems_lists_the_undated_note_with_its_reason(ingested: Path) -> None:
    output = _run(ingested, "problems")
    assert "undated-note.txt" in output
    assert "no publication date" in output


def test_problems_on_an_empty_store_says_so(db_path: Path) -> None:
    assert "No problems recorded." in _run(db_path, "problems")


def test_articles_json_lists_stories_and_points_duplicates_at_their_story(ingested: Path) -> None:
    rows = _run(ingested, "articles", "--json")
    assert len(rows) == 9
    by_id = {row["id"]: row for row in rows}
    assert by_id["kz-us-2023"]["format"] == "html"
    assert by_id["kz-us-2023"]["published_on"] == "2023-02-28"
    (duplicate,) = [row for row in rows if row["story_id"] is not None]
    assert {duplicate["id"], duplicate["story_id"]} == {"kz-fr-2023", "kz-fr-2023_syndicated"}


def test_show_json_gives_the_article_its_copies_and_no_extraction(ingested: Path) -> None:
    rows = _run(ingested, "articles", "--json")
    (duplicate,) = [row for row in rows if row["story_id"] is not None]
    story = _run(ingested, "show", duplicate["story_id"], "--json")
    assert story["id"] == duplicate["story_id"]
    assert story["published_on"] == "2023-04-06"
    assert "Isabelle Dumont" in story["text"]
    assert story["copies"] == [duplicate["id"]]
    assert story["extraction"] is None


def test_show_text_names_the_article_and_says_it_is_not_extracted(ingested: Path) -> None:
    output = _run(ingested, "show", "kz-us-2023")
    assert "Antony Blinken" in output
    assert "not extracted yet" in output


def test_show_unknown_id_is_a_not_found_error(ingested: Path) -> None:
    result = runner.invoke(app, ["--db", str(ingested), "show", "nope"])
    assert result.exit_code == 1
    assert isinstance(result.exception, DiplographError)
    assert "'nope'" in str(result.exception)


def test_ingest_bogus_format_is_an_error_naming_the_formats(db_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(db_path), "ingest", "--format", "bogus", "x.txt"])
    assert result.exit_code == 1
    assert isinstance(result.exception, DiplographError)
    message = str(result.exception)
    assert "--format 'bogus'" in message
    assert "jsonl" in message and "html" in message
    assert not db_path.exists()


@pytest.mark.parametrize("article_id", ["nope", "nope-" + "x" * 120])
def test_module_entry_point_prints_one_error_line_and_exits_1(
    tmp_path: Path, article_id: str
) -> None:
    db = tmp_path / "empty.db"
    done = subprocess.run(
        [sys.executable, "-m", "diplograph", "--db", str(db), "show", article_id],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert lines == [f"error: no article with id {article_id!r}; see `diplograph articles`"]
