"""Crash benchmark: SIGKILL `ingest` and `extract --force` at random moments, check, re-run.

    python bench/crash.py [--corpus ../shared/corpus/reuters/bench.jsonl] [--stories 300]
                          [--kills 20] [--seed 11] [--json]

First a clean run on the first --stories stories of the corpus: `diplograph ingest` (which
extracts the new stories) into a fresh store, then `diplograph extract --force` on it, each
timed. Then --kills rounds, taking turns:

- ingest: `diplograph ingest CORPUS` into a fresh store;
- extract: `diplograph extract --force` on a copy of the clean store;

each started as its own process group and killed with SIGKILL (every process of it, the
extraction workers too) after a random delay within the clean run's time for that command.
After the kill `diplograph check` must exit 0; the same command is run again to its end,
`check` must exit 0 again, and every row of the store (without row ids and clock times) is
compared with the clean store's: rows lost are in the clean store and not in this one, rows
duplicated are there more often than in the clean store.

Without the corpus (it lives in ../shared/corpus/reuters/) the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import diplograph
from corpus import first_lines  # bench/corpus.py (this script's folder is on sys.path)
from diplograph.config import Settings
from diplograph.store.export_queries import extraction_runs

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / ".." / "shared/corpus/reuters/bench.jsonl"
COMMANDS = {"ingest": ("ingest", "{corpus}"), "extract": ("extract", "--force")}


@dataclass
class Round:
    """One kill: where it landed, both checks, the re-run, and the rows compared."""

    number: int
    command: str
    delay_s: float
    landed: bool = False  # the command was still running when killed
    attempts: int = 0  # starts until a kill landed on a store before the command finished
    # articles stored and stories extracted by this round's killed command when it was killed
    at_kill: dict[str, int] = field(default_factory=dict)
    check_after_kill: bool = False
    rerun_ok: bool = False
    rerun_s: float = 0.0
    check_after_rerun: bool = False
    lost: int = 0
    duplicated: int = 0
    tables: dict[str, list[int]] = field(default_factory=dict)  # table: [lost, duplicated]


@dataclass(frozen=True)
class Window:
    """When a command of the clean run first wrote to the store, and when it ended (seconds
    from its start): kills are drawn between the two, where it is at work on the store."""

    first_write_s: float
    end_s: float


@dataclass(frozen=True)
class Setup:
    """What every round shares: its folder, the corpus, the environment and the clean rows."""

    folder: Path
    corpus: Path
    env: dict[str, str]
    windows: dict[str, Window]  # of the clean run, per command
    clean: dict[str, Counter[tuple[object, ...]]]


def diplograph_command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "diplograph", "--db", str(db), *args]


def run_to_end(db: Path, args: tuple[str, ...], env: dict[str, str]) -> tuple[bool, float]:
    started = time.perf_counter()
    done = subprocess.run(diplograph_command(db, *args), env=env, capture_output=True,
                          check=False)  # fmt: skip
    return done.returncode == 0, time.perf_counter() - started


def kill_after(db: Path, args: tuple[str, ...], delay: float, env: dict[str, str]) -> bool:
    """Start the command in a process group of its own and SIGKILL the group after ``delay``;
    True when it was still running then."""
    process = subprocess.Popen(diplograph_command(db, *args), env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return True


def check_passes(db: Path, env: dict[str, str]) -> bool:
    done = subprocess.run(diplograph_command(db, "check", "--json"), env=env,
                          capture_output=True, check=False)  # fmt: skip
    return done.returncode == 0 and bool(json.loads(done.stdout)["ok"])


def store_rows(db: Path) -> dict[str, Counter[tuple[object, ...]]]:
    with diplograph.open(settings=Settings(db_path=db)) as graph:
        return graph.store.content_rows()


def store_progress(db: Path, since: datetime) -> dict[str, int]:
    """Articles stored, and stories extracted since the round began (second precision)."""
    with diplograph.open(settings=Settings(db_path=db)) as graph:
        articles = graph.status().counts["articles"]
        runs = extraction_runs(graph.store.conn)
    since = since.replace(microsecond=0)
    return {"articles": articles, "extracted": sum(r.extracted_at >= since for r in runs)}


def compare(clean: dict[str, Counter[tuple[object, ...]]], db: Path, result: Round) -> None:
    rows = store_rows(db)
    for table, expected in clean.items():
        lost = sum((expected - rows[table]).values())
        extra = sum((rows[table] - expected).values())
        if lost or extra:
            result.tables[table] = [lost, extra]
        result.lost += lost
        result.duplicated += extra


def clean_run(folder: Path, corpus: Path, env: dict[str, str]) -> dict[str, Window]:
    """Run both commands to their end on a fresh store; when each one wrote first and ended."""
    db = folder / "clean.db"
    windows = {}
    for command in ("ingest", "extract"):
        args = tuple(a.format(corpus=corpus) for a in COMMANDS[command])
        started = datetime.now(UTC).replace(microsecond=0)
        ok, seconds = run_to_end(db, args, env)
        if not ok:
            sys.exit(f"the clean run failed: run `diplograph {' '.join(args)}` by hand to see why")
        windows[command] = Window(first_write_s=first_write(db, command, started), end_s=seconds)
    if not check_passes(db, env):
        sys.exit("the clean store fails `diplograph check`: run it by hand to see why")
    return windows


def first_write(db: Path, command: str, started: datetime) -> float:
    """Seconds from the command's start to its first stored article or extraction (to the
    second: the stores keep times in seconds)."""
    with diplograph.open(settings=Settings(db_path=db)) as graph:
        if command == "ingest":
            times = [a.ingested_at for a in graph.store.iter_articles(stories_only=False)]
        else:
            times = [r.extracted_at for r in extraction_runs(graph.store.conn)]
    written = [t for t in times if t is not None and t >= started]
    return max(0.0, (min(written) - started).total_seconds()) if written else 0.0


def one_round(number: int, command: str, chance: random.Random, setup: Setup) -> Round:
    """Kill the command at a random moment of its clean run's time. When it had already
    finished (the clean run was slower) or no store existed yet, start over with a shorter or
    a longer delay: every round kills a command at work on a store."""
    db = setup.folder / f"round{number}.db"
    args = tuple(a.format(corpus=setup.corpus) for a in COMMANDS[command])
    window = setup.windows[command]
    delay = chance.uniform(window.first_write_s, window.end_s)
    result = Round(number, command, 0.0)
    while not result.landed and result.attempts < 5:
        start_store(db, command, setup.folder)
        result.attempts += 1
        result.delay_s = round(delay, 2)
        started = datetime.now(UTC)
        killed = kill_after(db, args, delay, setup.env)
        # A kill before the store file exists (during imports) hit no store: start again.
        result.landed = killed and db.exists()
        # No store yet: wait longer. Had finished (the machine is faster now): less long, but
        # not before the clean run's first write.
        low, high = (delay, 2 * delay) if killed else (window.first_write_s, delay)
        delay = chance.uniform(low, high)
    result.check_after_kill = check_passes(db, setup.env)
    result.at_kill = store_progress(db, started)
    result.rerun_ok, rerun_s = run_to_end(db, args, setup.env)
    result.rerun_s = round(rerun_s, 1)
    result.check_after_rerun = check_passes(db, setup.env)
    compare(setup.clean, db, result)
    remove_store(db)
    return result


def start_store(db: Path, command: str, folder: Path) -> None:
    """A fresh store for `ingest`; a copy of the clean store for `extract --force`."""
    remove_store(db)
    if command == "extract":
        shutil.copyfile(folder / "clean.db", db)  # closed cleanly: no -wal beside it


def remove_store(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


def summary(rounds: list[Round], windows: dict[str, Window], clean_counts: dict[str, int],
            corpus: Path, stories: int) -> dict[str, object]:  # fmt: skip
    return {
        "corpus": f"{corpus} (first {stories} lines)",
        "clean_ingest_s": f"{windows['ingest'].end_s:.1f} (first write at "
        f"{windows['ingest'].first_write_s:.0f})",
        "clean_extract_force_s": f"{windows['extract'].end_s:.1f} (first write at "
        f"{windows['extract'].first_write_s:.0f})",
        "clean_store": clean_counts,
        "kills": len(rounds),
        "kills_by_command": dict(Counter(r.command for r in rounds)),
        "kills_landed": sum(r.landed for r in rounds),
        "starts_not_counted": sum(r.attempts - r.landed for r in rounds),  # see one_round
        # the store held some of the killed command's work: articles, or stories extracted
        "kills_after_a_write": sum(
            bool(r.at_kill.get("extracted" if r.command == "extract" else "articles"))
            for r in rounds
        ),
        "checks_after_kill_passed": sum(r.check_after_kill for r in rounds),
        "reruns_completed": sum(r.rerun_ok for r in rounds),
        "checks_after_rerun_passed": sum(r.check_after_rerun for r in rounds),
        "rows_lost": sum(r.lost for r in rounds),
        "rows_duplicated": sum(r.duplicated for r in rounds),
    }


def describe(r: Round) -> str:
    where = f"{r.at_kill['articles']} articles, {r.at_kill['extracted']} extracted"
    tables = f" {r.tables}" if r.tables else ""
    start = f" (start {r.attempts})" if r.attempts > 1 else ""
    return (
        f"  {r.number:>2} {r.command:<8} {r.delay_s:>5.1f} s{start}: "
        f"{where if r.landed else 'had finished'} | {_mark(r.check_after_kill)} | "
        f"{_mark(r.rerun_ok)} {r.rerun_s:.1f} s | {_mark(r.check_after_rerun)} | "
        f"{r.lost}, {r.duplicated}{tables}"
    )


def _mark(passed: bool) -> str:
    return "ok" if passed else "FAILED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--stories", type=int, default=300, help="first N lines of the corpus")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found (the corpus lives in ../shared/corpus/reuters/)")
        return
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)}  # fmt: skip
    chance = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = first_lines(args.corpus, args.stories, folder / "corpus.jsonl")
        windows = clean_run(folder, corpus, env)
        setup = Setup(folder, corpus, env, windows, store_rows(folder / "clean.db"))
        clean_counts = {table: sum(rows.values()) for table, rows in setup.clean.items()}
        rounds = []
        if not args.json:
            print("kill  command  delay: what the store held | check | re-run | check | rows "
                  "lost, duplicated")  # fmt: skip
        for number in range(1, args.kills + 1):
            command = ("ingest", "extract")[(number - 1) % 2]
            rounds.append(one_round(number, command, chance, setup))
            if not args.json:
                print(describe(rounds[-1]), flush=True)
    result = summary(rounds, windows, clean_counts, args.corpus, args.stories)
    if args.json:
        print(json.dumps({**result, "rounds": [asdict(r) for r in rounds]}))
        return
    for key, value in result.items():
        print(f"{key:>26}: {value}")


if __name__ == "__main__":
    main()
