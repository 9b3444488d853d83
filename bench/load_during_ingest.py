"""Readers during an ingest: latency and errors of concurrent API requests while articles are
ingested and extracted into the store the server reads.

    python bench/load_during_ingest.py [--base 1000] [--ingest 1000] [--readers 50]
        [--ingest-option=--workers=1 ...] [--db PATH] [--json]

Builds a store from the first ``--base`` Reuters stories (``--db PATH`` keeps it and reuses it),
copies it, and starts ``diplograph serve`` on the copy (``bench/api.py``'s ``start_server``).
Then ``diplograph ingest`` adds the next ``--ingest`` stories (with extraction, and any
``--ingest-option``) while ``--readers`` keep-alive clients in a process of their own send the
page's requests (countries, pair timelines, figures, people, agreements, events, articles,
searches, status) back to back until the ingest ends. Every answer must be a 200; anything
else, or no answer within ``--patience`` seconds, counts as an error. ``/api/status`` is polled
twice a second for the server's queue (requests in flight and waiting for a worker thread).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import quote

import diplograph
from api import Connection, percentile, start_server
from diplograph.config import Settings

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared/corpus/reuters/bench.jsonl"
WORDS = ("trade oil bank dollar tariff Japan talks agreement minister surplus deficit export "
         "import investment growth rate market yen currency meeting").split()  # fmt: skip


def write_lines(source: Path, target: Path, start: int, count: int) -> None:
    """Lines ``start`` to ``start + count`` of a JSONL file."""
    with source.open("rb") as src, target.open("wb") as dst:
        for number, line in enumerate(src):
            if number >= start + count:
                break
            if number >= start:
                dst.write(line)


def build_base(path: Path, corpus: Path, count: int) -> int:
    """The first ``count`` stories of the corpus, ingested and extracted (reused if there)."""
    with diplograph.open(settings=Settings(db_path=path)) as graph:
        if graph.status().counts["articles"] < count:
            with tempfile.TemporaryDirectory() as tmp:
                subset = Path(tmp) / "base.jsonl"
                write_lines(corpus, subset, 0, count)
                graph.ingest([str(subset)])
            graph.extract()
        return graph.status().counts["events"]


def reader_urls(port: int) -> list[str]:
    """What the page asks for on this store, plus pages and searches that change each time."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/countries?pairs=3") as answer:
        pairs = [(p["a"], p["b"]) for p in json.load(answer)["pairs"]]
    urls = ["/api/status", "/api/countries", "/api/people?limit=50", "/api/agreements?limit=50",
            "/api/facts?limit=50"]  # fmt: skip
    for a, b in pairs:
        urls += [f"/api/timeline?a={a}&b={b}&limit=50", f"/api/facts?in={b}&limit=50",
                 f"/api/events?country={a}&country={b}&limit=50"]  # fmt: skip
    return urls


def next_url(pick: random.Random, urls: list[str]) -> str:
    roll = pick.random()
    if roll < 0.15:
        words = " ".join(pick.sample(WORDS, pick.choice((1, 2))))
        return f"/api/search?q={quote(words)}&limit={pick.randrange(5, 20)}"
    if roll < 0.25:
        return f"/api/articles?limit=20&offset={20 * pick.randrange(50)}"
    return pick.choice(urls)


async def _read(port: int, urls: list[str], readers: int, patience: float, stop: Any) -> dict:
    latencies: list[tuple[str, float]] = []
    errors: list[str] = []

    async def reader(number: int) -> None:
        pick = random.Random(number)
        connection = Connection(port)
        await connection.open()
        while not stop.is_set():
            url = next_url(pick, urls)
            started = time.perf_counter()
            try:
                await asyncio.wait_for(connection.get(url), patience)
            except Exception as exc:  # every failure is counted, then the reader goes on
                errors.append(f"{url}: {type(exc).__name__}: {str(exc)[:200]}")
                connection.close()
                await connection.open()
                continue
            latencies.append((url.partition("?")[0], time.perf_counter() - started))
        connection.close()

    await asyncio.gather(*(reader(n) for n in range(readers)))
    return {"latencies": latencies, "errors": errors}


def _reader_process(port: int, urls: list[str], readers: int, patience: float, stop: Any,
                    sender: Any) -> None:  # fmt: skip
    sender.send(asyncio.run(_read(port, urls, readers, patience, stop)))


def poll_status(port: int, seconds: float, until: subprocess.Popen[bytes]) -> dict[str, int]:
    """The largest queue figures ``/api/status`` showed while ``until`` ran."""
    most: dict[str, int] = {}
    while until.poll() is None:
        try:
            url = f"http://127.0.0.1:{port}/api/status"
            with urllib.request.urlopen(url, timeout=60) as answer:
                queue = json.load(answer).get("queue", {})
            for key, value in queue.items():
                most[key] = max(most.get(key, 0), int(value))
        except OSError:
            pass
        time.sleep(seconds)
    return most


def run(args: argparse.Namespace, base: Path) -> dict[str, Any]:
    events = build_base(base, args.corpus, args.base)
    with tempfile.TemporaryDirectory() as tmp:
        db, more = Path(tmp) / "served.db", Path(tmp) / "more.jsonl"
        shutil.copyfile(base, db)
        write_lines(args.corpus, more, args.base, args.ingest)
        server, port = start_server(db, 1)
        try:
            urls = reader_urls(port)
            for url in urls:  # first answers built before timing, as after the page's warm-up
                urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=600).read()
            context = multiprocessing.get_context("spawn")
            stop, (receiver, sender) = context.Event(), context.Pipe(duplex=False)
            readers = (port, urls, args.readers, args.patience, stop, sender)
            client = context.Process(target=_reader_process, args=readers)
            client.start()
            time.sleep(2)  # the readers' connections are open
            command = [sys.executable, "-m", "diplograph", "--db", str(db), "ingest", str(more),
                       *args.ingest_option]  # fmt: skip
            started = time.perf_counter()
            ingest = subprocess.Popen(command, stdout=subprocess.DEVNULL)
            queue = poll_status(port, 0.5, ingest)
            ingest_s = time.perf_counter() - started
            stop.set()
            found = receiver.recv()
            client.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
    latencies = [seconds for _, seconds in found["latencies"]]
    by_path: dict[str, list[float]] = {}
    for path, seconds in found["latencies"]:
        by_path.setdefault(path, []).append(seconds)
    return {
        "base_events": events,
        "ingested": args.ingest,
        "ingest_options": args.ingest_option,
        "ingest_s": round(ingest_s, 1),
        "ingest_rc": ingest.returncode,
        "readers": args.readers,
        "requests": len(latencies) + len(found["errors"]),
        "errors": len(found["errors"]),
        "error_samples": found["errors"][:5],
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1),
        "over_1s": sum(1 for x in latencies if x > 1),
        "over_30s": sum(1 for x in latencies if x > 30),
        "most_queued": queue,
        "p95_max_ms_by_path": {
            path: (round(percentile(times, 0.95) * 1000), round(max(times) * 1000))
            for path, times in sorted(by_path.items())
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--base", type=int, default=1000, help="stories in the store at start")
    parser.add_argument("--ingest", type=int, default=1000, help="stories ingested during the run")
    parser.add_argument("--readers", type=int, default=50)
    parser.add_argument("--patience", type=float, default=120, help="seconds before a timeout")
    parser.add_argument(
        "--ingest-option",
        action="append",
        default=[],
        help="passed to diplograph ingest, e.g. --ingest-option=--workers=1",
    )
    parser.add_argument("--db", type=Path, help="keep the base store here (reused)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found (it lives in ../shared/corpus/reuters/)")
    if args.db:
        result = run(args, args.db)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(args, Path(tmp) / "base.db")
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>16}: {value}")


if __name__ == "__main__":
    main()
