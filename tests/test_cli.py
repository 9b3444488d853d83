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
    assert result.exit_code == 2  # a usage error, before anything is opened
    message = result.output
    assert "'bogus' is not one of" in message
    assert "jsonl" in message and "html" in message
    assert not db_path.exists()


def test_the_cli_choices_are_the_package_s() -> None:
    from diplograph.cli.common import ExportFormat, IngestFormat
    from diplograph.export import FORMATS as EXPORT_FORMATS
    from diplograph.ingest.sources import FORMATS

    assert tuple(f.value for f in IngestFormat) == FORMATS
    assert tuple(f.value for f in ExportFormat) == EXPORT_FORMATS


def test_the_store_comes_from_diplograph_db_when_no_option_names_it(
    ingested: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DB", str(ingested))
    result = runner.invoke(app, ["status", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["path"] == str(ingested)


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


def test_check_passes_a_sound_store_and_prints_every_check(ingested: Path) -> None:
    output = _run(ingested, "check")
    assert f"Store {ingested}: all 7 checks pass" in output
    for name in ("integrity", "foreign_keys", "fts:articles_fts", "fts:sentence_texts_fts",
                 "orphans", "duplicates", "extractor_version"):  # fmt: skip
        assert name in output
    assert "8 stories not extracted yet" in output
    report = _run(ingested, "check", "--quick", "--json")
    assert report["ok"] is True and report["quick"] is True and report["failed"] == 0
    assert len(report["checks"]) == 7


def _damage(db: Path, sql: str) -> None:
    import sqlite3

    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(sql)
    conn.close()


def test_check_exits_1_and_names_what_failed(ingested: Path) -> None:
    _damage(
        ingested, "UPDATE articles SET text = 'changed behind the index' WHERE id = 'kz-us-2023'"
    )
    result = runner.invoke(app, ["--db", str(ingested), "check"])
    assert result.exit_code == 1
    assert "1 of 7 checks failed" in result.stdout
    assert "FAILED  fts:articles_fts" in result.stdout
    result = runner.invoke(app, ["--db", str(ingested), "check", "--json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert [c["name"] for c in report["checks"] if c["status"] == "failed"] == ["fts:articles_fts"]


def test_check_warns_of_an_older_extractor_and_strict_makes_it_fail(db_path: Path) -> None:
    from .conftest import build_store

    build_store(db_path)
    _damage(db_path, "UPDATE extractions SET version = '0.0.1' WHERE article_id = 'kz-us-2023'")
    output = _run(db_path, "check")
    assert "all 7 checks pass, 1 warning" in output
    assert "1 stories were extracted by an older extractor" in output
    result = runner.invoke(app, ["--db", str(db_path), "check", "--strict"])
    assert result.exit_code == 1


def test_backup_and_restore_commands_round_trip(ingested: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    output = _run(ingested, "backup", str(target))
    assert f"Backed up {ingested} to {target}" in output
    assert "the copy passes `check --quick`" in output
    result = runner.invoke(app, ["--db", str(ingested), "backup", str(target)])
    assert result.exit_code == 1 and "pass --force" in str(result.exception)
    assert _run(ingested, "backup", str(target), "--force", "--json")["check"]["ok"] is True
    _damage(ingested, "DELETE FROM articles")
    assert _run(ingested, "status", "--json")["articles"] == 0
    output = _run(ingested, "restore", str(target))
    assert f"Restored {ingested} from {target}; previous store removed" in output
    assert "all 7 checks pass" in output
    assert _run(ingested, "status", "--json")["articles"] == 9
    report = _run(ingested, "restore", str(target), "--keep-previous", "--json")
    assert report["check"]["ok"] is True
    assert Path(report["previous"]).exists()


def test_serve_listens_on_loopback_by_default_and_never_prints_the_token(
    ingested: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append(options))
    secret = "s3cret-token-never-shown"
    monkeypatch.setenv("DIPLOGRAPH_API_TOKEN", secret)
    result = runner.invoke(app, ["--db", str(ingested), "serve"])
    assert result.exit_code == 0, result.output
    (options,) = calls
    assert options["host"] == "127.0.0.1"
    assert options["access_log"] is False
    assert "needs the token" in result.output
    assert secret not in result.output


def test_check_and_backup_refuse_a_path_with_no_store(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"
    for args in (["check"], ["backup", str(tmp_path / "copy.db")]):
        result = runner.invoke(app, ["--db", str(missing), *args])
        assert result.exit_code == 1
        assert "no store there" in str(result.exception)
    assert list(tmp_path.iterdir()) == []


def test_version_is_the_installed_package_version() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"diplograph {version('diplograph')}"


def test_ask_explain_prints_how_the_question_was_read(db_path: Path) -> None:
    result = runner.invoke(app, ["--db", str(db_path), "ask", "--explain",
                                 "French firms in Kazakhstan in 2019?"])  # fmt: skip
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("intent: figure") and "2019" in lines[0]
    assert "  country: 'French' -> FRA (of)" in lines
    assert "  indicator: 'firms' -> companies" in lines


def test_every_option_of_every_command_has_help_text() -> None:
    import typer

    def missing(command: Any, path: str) -> list[str]:
        found = [
            f"{path} {param.opts[0]}"
            for param in command.params
            if param.param_type_name == "option" and not getattr(param, "help", None)
        ]
        for name, sub in getattr(command, "commands", {}).items():
            found += missing(sub, f"{path} {name}")
        return found

    assert missing(typer.main.get_command(app), "diplograph") == []


def test_serve_logs_diplograph_s_own_messages_with_uvicorn_s(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import logging
    import logging.config

    from diplograph.cli import serve_log_config

    config = serve_log_config()
    assert config["loggers"]["diplograph"]["level"] == "INFO"
    names = ("diplograph", "uvicorn", "uvicorn.error", "uvicorn.access")
    kept = {n: (logging.getLogger(n).handlers[:], logging.getLogger(n).propagate,
                logging.getLogger(n).level) for n in names}  # fmt: skip
    try:
        logging.config.dictConfig(config)
        logging.getLogger("diplograph.serve.warm").info("warm: timeline in 0.1 s")
        assert "warm: timeline in 0.1 s" in capsys.readouterr().err
    finally:  # leave logging as the other tests expect it
        for name, (handlers, propagate, level) in kept.items():
            logger = logging.getLogger(name)
            logger.handlers[:], logger.propagate = handlers, propagate
            logger.setLevel(level)


def test_resolve_keeps_the_graph_in_the_store_and_then_has_nothing_to_do(db_path: Path) -> None:
    _run(db_path, "ingest", str(EXAMPLES), "--json")
    first = _run(db_path, "resolve", "--json")
    assert first["full"] and first["written"] and first["resolved_events"] > 0
    assert "The stored resolution is up to date" in _run(db_path, "resolve")
    again = _run(db_path, "resolve", "--again", "--json")
    assert again["full"] and again["resolved_events"] == first["resolved_events"]
