"""Cold start of ``serve`` on a large store, with and without the resolution kept in the store.

    python bench/coldstart.py --db PATH [--add 1000]
                              [--corpus ../shared/corpus/reuters/articles.jsonl] [--skip-before]

WRITES TO THE STORE AT --db (give it a copy: ``cp /tmp/bench1m.db /tmp/cold_1m.db``). It times,
each server a new process (``diplograph serve`` on a free loopback port, as a user starts it),
from the process's start to the first answer of the busiest pair's timeline, asked as the page
at / asks (``/api/countries``, then ``/api/timeline`` for the first pair it lists):

- before: the store keeps no resolution (the server resolves, as before this was kept);
- ``diplograph resolve`` on the store (the whole graph resolved and written, once);
- after: the same start on the store that keeps its resolution;
- --add new wire stories (the first lines of --corpus) ingested and extracted, then the stored
  resolution brought up to date with them (what ``extract`` does after it: only the articles
  extracted since the mark are read);
- after the update: the start again.

With ``--view-snapshot`` it times instead the view snapshot (``query.snapshot``, ``DB.view``):
from each start to its first answer of a question that needs the whole resolved view, and to
the busiest pair's timeline: a start without the snapshot (``--no-view-snapshot``); a start
that writes it (the bench waits for the file); a start that reads it, the store unchanged; and,
after --add new wire stories are ingested and extracted, a start that reads it and brings the
view up to date from its mark.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

import diplograph
from corpus import first_lines  # bench/corpus.py (this script's folder is on sys.path)
from diplograph.config import Settings
from diplograph.extract.pipeline import EXTRACTOR_VERSION
from diplograph.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
RESOLUTION_TABLES = ("resolution", "resolved_events", "resolved_mentions", "resolved_names",
                     "resolved_pairs")  # fmt: skip
DEFAULT_CORPUS = ROOT / ".." / "shared/corpus/reuters/articles.jsonl"


def _get(port: int, path: str) -> bytes:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=900) as answer:
        return bytes(answer.read())


QUESTION = "Who met whom in May 2020?"  # answered from the whole resolved view


def cold_start(db: Path, extra: tuple[str, ...] = (), ask: bool = False,
               wait_for: Path | None = None) -> dict[str, Any]:  # fmt: skip
    """Seconds from starting ``diplograph serve`` (with the options ``extra``) to its status,
    its countries and its first answer of the busiest pair's timeline; with ``ask``, to its
    first answer of ``QUESTION`` first; with ``wait_for``, the server is stopped only once that
    file exists."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    started = time.perf_counter()
    command = [sys.executable, "-m", "diplograph", "--db", str(db), "serve", "--port", str(port),
               *extra]  # fmt: skip
    asked: dict[str, Any] = {}
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    try:
        while True:
            try:
                _get(port, "/api/status")
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError(f"serve exited with {server.returncode}") from None
                time.sleep(0.1)
        up = time.perf_counter() - started
        if ask:
            answer = json.loads(_get(port, f"/api/ask?q={quote(QUESTION)}"))
            asked = {"first_ask_s": round(time.perf_counter() - started, 2),
                     "answer": answer.get("answer", "")[:80]}  # fmt: skip
        pairs = json.loads(_get(port, "/api/countries"))["pairs"]
        countries = time.perf_counter() - started
        a, b = pairs[0]["a"], pairs[0]["b"]
        body = _get(port, f"/api/timeline?a={quote(a)}&b={quote(b)}")
        timeline = time.perf_counter() - started
        while wait_for is not None and not wait_for.exists():  # written by its last step
            time.sleep(0.5)
        waited = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait()
    total = json.loads(body)["total"]
    return {"pair": [a, b], "events": total, "bytes": len(body), "status_s": round(up, 2),
            "countries_s": round(countries, 2), "first_timeline_s": round(timeline, 2),
            **asked, **({"snapshot_written_s": round(waited, 2)} if wait_for else {})}  # fmt: skip


def snapshot_starts(db: Path, add: int, corpus: Path) -> dict[str, Any]:
    """The starts of ``--view-snapshot`` (see the module's text)."""
    from diplograph.query.snapshot import snapshot_path

    path = snapshot_path(db)
    assert path is not None
    path.unlink(missing_ok=True)
    results: dict[str, Any] = {}
    for name, extra, wait in (("without", ("--no-view-snapshot",), None),
                              ("writing", (), path), ("reading", (), None)):  # fmt: skip
        results[name] = cold_start(db, extra, ask=True, wait_for=wait)
        _report(name, results[name])
        if name == "writing":
            results["snapshot_mb"] = round(path.stat().st_size / 1e6, 1)
    with (
        tempfile.TemporaryDirectory() as tmp,
        diplograph.open(settings=Settings(db_path=db)) as graph,
    ):
        new = first_lines(corpus, add, Path(tmp) / "new.jsonl")
        graph.ingest([str(new)])
        results["added"] = graph.extract().articles
    results["reading_after_add"] = cold_start(db, ask=True)
    _report("reading_after_add", results["reading_after_add"])
    return results


def _report(name: str, value: Any) -> None:
    print(f"{name}: {json.dumps(value)}", file=sys.stderr, flush=True)  # as it goes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--add", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--skip-before", action="store_true", help="no start without a kept one")
    parser.add_argument("--view-snapshot", action="store_true", help="time the view snapshot")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with SQLiteStore(args.db) as store, store.transaction():
        # Copied stories count as extracted by this extractor (as in bench/grow.py): the added
        # stories are the only ones extracted. Without --view-snapshot, the store keeps no
        # resolution to begin with.
        store.conn.execute("UPDATE extractions SET version = ?", (EXTRACTOR_VERSION,))
        for table in RESOLUTION_TABLES if not args.view_snapshot else ():
            store.conn.execute(f"DELETE FROM {table}")
        results["store"] = {"events": store.counts()["events"]}
    if args.view_snapshot:
        results.update(snapshot_starts(args.db, args.add, args.corpus))
        print(json.dumps(results, indent=2))
        return
    if not args.skip_before:
        results["before"] = cold_start(args.db)
        _report("before", results["before"])
    settings = Settings(db_path=args.db)
    with diplograph.open(settings=settings) as graph:
        started = time.perf_counter()
        report = graph.resolve()
        results["resolve_s"] = round(time.perf_counter() - started, 2)
        results["resolve"] = report.to_json()
        _report("resolve", [results["resolve_s"], results["resolve"]])
    results["after"] = cold_start(args.db)
    _report("after", results["after"])
    with tempfile.TemporaryDirectory() as tmp, diplograph.open(settings=settings) as graph:
        new = first_lines(args.corpus, args.add, Path(tmp) / "new.jsonl")
        started = time.perf_counter()
        graph.ingest([str(new)])
        graph.keeps_resolution = lambda: False  # type: ignore[method-assign]  # timed apart
        extracted = graph.extract()
        results["ingest_and_extract_s"] = round(time.perf_counter() - started, 2)
        started = time.perf_counter()
        report = graph.resolve()
        results["update_s"] = round(time.perf_counter() - started, 2)
        results["update"] = {**report.to_json(), "extracted": extracted.articles}
        _report("update", [results["update_s"], results["update"]])
    results["after_update"] = cold_start(args.db)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
