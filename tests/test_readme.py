"""The README's commands and the output it shows are run and compared, so the README stays true.

In a README block, a `$ diplograph ...` line is a command and the lines under it are what it
prints: the first lines of its output, in order. A line that ends with "..." is a prefix of the
printed line; a line that is only "..." stands for any lines. The `make demo` block is compared
line for line with `ingest` and `status` on the examples.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, ROOT, shared_path

pytestmark = pytest.mark.slow

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks() -> list[list[str]]:
    """The fenced code blocks, each as its lines (a fence may name a language)."""
    blocks: list[list[str]] = []
    inside: list[str] | None = None
    for line in README.splitlines():
        if line.startswith("```"):
            if inside is None:
                inside = []
            else:
                blocks.append(inside)
                inside = None
        elif inside is not None:
            inside.append(line)
    return blocks


def _runs(block: list[str]) -> list[tuple[str, list[str]]]:
    """(command, the lines shown under it) for each `$ diplograph` line of a block."""
    runs: list[tuple[str, list[str]]] = []
    for line in block:
        if line.startswith("$ "):
            runs.append((line[2:], []))
        elif runs:
            runs[-1][1].append(line)
    return [(c, shown) for c, shown in runs if c.startswith("diplograph ")]


def _differs(shown: list[str], printed: list[str], shape: bool = False) -> str | None:
    """Why the printed lines are not what the README shows, or None when they are."""
    for at, want in enumerate(shown):
        if want.strip() == "...":
            return None  # the rest may be anything
        if at >= len(printed):
            return f"README shows {want!r}; nothing more was printed"
        got = printed[at]
        if shape:
            want, got = (re.sub(r"\d[\d,.]*", "#", t) for t in (want, got))
        ok = got.startswith(want[:-3].rstrip()) if want.endswith("...") else got == want.rstrip()
        if not ok:
            return f"README shows {want!r}; printed {got!r}"
    return None


def _diplograph(command: str, cwd: Path) -> list[str]:
    args = shlex.split(command)[1:]
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("DIPLOGRAPH_DB", None)
    done = subprocess.run([sys.executable, "-m", "diplograph", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, check=False)  # fmt: skip
    return (done.stdout + done.stderr).splitlines()


@pytest.fixture
def examples_dir(tmp_path: Path) -> Path:
    """A fresh folder with examples/articles in it, as the repository root has."""
    (tmp_path / "examples").symlink_to(EXAMPLES.parent, target_is_directory=True)
    return tmp_path


def test_the_demo_output_in_the_readme_is_what_make_demo_prints(examples_dir: Path) -> None:
    block = next(b for b in _blocks() if b and b[0].startswith("Ingested:"))
    printed = _diplograph("diplograph ingest examples/articles", examples_dir)
    printed += _diplograph("diplograph status", examples_dir)
    shown = [line for line in block if not line.startswith(("Serving", "diplograph API"))]
    assert printed == shown


def test_the_check_and_backup_blocks_print_what_the_readme_shows(examples_dir: Path) -> None:
    _diplograph("diplograph ingest examples/articles", examples_dir)
    (examples_dir / "backups").mkdir(exist_ok=True)  # the README backs up into a folder it has
    runs = [r for b in _blocks() for r in _runs(b)
            if r[0].split()[1] in ("check", "backup", "restore")]  # fmt: skip
    failures = []
    for command, shown in runs:
        if any(word in " ".join(shown) for word in ("FAILED", "warning")):
            continue  # these show a store damaged or extracted by hand first (see the text)
        why = _differs(shown, _diplograph(command, examples_dir), shape="backup" in command)
        if why:
            failures.append(f"{command}: {why}")
    assert not failures, "\n".join(failures)


def test_the_ask_examples_print_what_the_readme_shows(tmp_path: Path) -> None:
    seeds = shared_path("corpus/seeds")
    _diplograph(f"diplograph ingest {seeds}", tmp_path)
    runs = [r for b in _blocks() for r in _runs(b) if r[0].split()[1] == "ask"]
    assert len(runs) >= 5
    failures = [f"{c}: {why}" for c, shown in runs
                if (why := _differs(shown, _diplograph(c, tmp_path)))]  # fmt: skip
    assert not failures, "\n".join(failures)


def test_the_dask_block_prints_what_the_readme_shows(examples_dir: Path) -> None:
    pytest.importorskip("distributed", reason="Dask is an extra: pip install 'diplograph[dask]'")
    runs = [r for b in _blocks() for r in _runs(b) if "--dask" in r[0]]
    assert len(runs) == 2
    failures = [f"{c}: {why}" for c, shown in runs
                if (why := _differs(shown, _diplograph(c, examples_dir)))]  # fmt: skip
    assert not failures, "\n".join(failures)
