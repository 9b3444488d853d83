"""Settings from DIPLOGRAPH_* variables: a bad value is one clear error naming the variable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.config import Settings
from diplograph.errors import ConfigError


def test_variables_set_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_SEARCH_SECONDS", "0.5")
    monkeypatch.setenv("DIPLOGRAPH_MAX_ARTICLE_CHARS", " 3000000 ")
    settings = Settings.from_env("x.db")
    assert settings.search_seconds == 0.5 and settings.max_article_chars == 3_000_000


@pytest.mark.parametrize(
    ("variable", "value", "reason"),
    [("DIPLOGRAPH_MAX_ARTICLE_CHARS", "abc", "is not a whole number"),
     ("DIPLOGRAPH_MAX_FILE_BYTES", "1.5", "is not a whole number"),
     ("DIPLOGRAPH_NEAR_DUPLICATE_THRESHOLD", "7", "is out of range"),
     ("DIPLOGRAPH_SEARCH_SECONDS", "-1", "is out of range"),
     ("DIPLOGRAPH_SEARCH_SECONDS", "soon", "is not a number")],
)  # fmt: skip
def test_a_bad_value_names_the_variable_and_the_reason(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, reason: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=f"{variable}='{value}' {reason}"):
        Settings.from_env("x.db")


def test_the_cli_prints_one_line_for_a_bad_variable(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "diplograph", "--db", str(tmp_path / "s.db"), "status"],
        capture_output=True, text=True, timeout=120, check=False,
        env={"DIPLOGRAPH_MAX_ARTICLE_CHARS": "abc", "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        "error: DIPLOGRAPH_MAX_ARTICLE_CHARS='abc' is not a whole number; unset it or give one "
        "from 1 to 1,000,000,000"
    ]
