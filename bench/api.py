"""HTTP API latency: p50/p95/p99 of /api/timeline, /api/facts, /api/search and /api/ask, 1 and 16
clients.

    python bench/api.py [--events 100000] [--requests 1000] [--workers 1] [--only ask] [--json]
                        [--db PATH|URL] [--settle SECONDS]

Builds a store from examples/articles (ingest and extract), then copies its stories until it
holds at least --events events (``copy_stories``: distinct ids, every date moved, so copies stay
distinct events). Starts ``diplograph serve`` on a free loopback port in a process of its own
(``--workers`` server processes), as a user would, and times GET requests from a client in
another process: one keep-alive HTTP/1.1 connection per client, each sending its next request
when the last answer has arrived, every answer read whole and checked to be a 200.

Two kinds of request per endpoint:

- ``repeated``: a handful of requests (pairs, date windows, queries) sent again and again, as
  the page at / does; after the first, they are answered from the server's kept answers.
- ``distinct``: every timed request is one never sent before (other offsets, windows,
  indicators, search words and limits, questions), so the server works out each answer: it
  pages the pair's resolved timeline, filters the observations, runs the FTS5 query, or reads
  and answers a question of its own wording.

Before timing, each repeated request is sent once per server process (the slowest of those cold
answers, which resolve a pair's timeline or every figure, is reported apart) and every
connection is opened. The client is a small asyncio HTTP/1.1 client written for this bench:
httpx costs about a millisecond of CPU per request, and on a 2-core machine the client's CPU is
taken from the server it measures. ``--db PATH`` keeps the store there and reuses it; ``--db
postgresql://...`` times a PostgreSQL store (filled beforehand by ``diplograph copy``, or built
by the bench).
``--settle SECONDS`` waits that long after the cold answers before timing, so that the server's
warm-up (the whole view: a minute or two on a 1M-event store) is not timed with the requests.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import multiprocessing
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import diplograph
from copies import copy_stories  # bench/copies.py (this script's folder is on sys.path)
from diplograph.config import POSTGRES_SCHEMES, Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
CLIENTS = (1, 16)
REPEATED: dict[str, tuple[str, ...]] = {
    "timeline": (
        "/api/timeline?a=KAZ&b=FRA&limit=50",
        "/api/timeline?a=Kazakhstan&b=France&from=2024&to=2026&limit=50",
        "/api/timeline?a=KAZ&b=GBR&from=2030&limit=50",
        "/api/timeline?a=KAZ&b=USA&to=2025-06&limit=50",
        "/api/timeline?a=KAZ&b=FRA&status=planned&offset=100&limit=50",
    ),
    "facts": (
        "/api/facts?of=FRA&in=KAZ&limit=50",
        "/api/facts?of=GBR&in=KAZ&indicator=trade_turnover&limit=50",
        "/api/facts?in=Kazakhstan&limit=50&offset=200",
        "/api/facts?of=USA&indicator=investment_stock&limit=50",
    ),
    "search": (
        "/api/search?q=Tokayev&limit=10",
        "/api/search?q=Macron%20visit&limit=10",
        "/api/search?q=trade%20turnover&limit=10",
        "/api/search?q=%22strategic%20partnership%22&limit=10",
    ),
    "ask": tuple(
        f"/api/ask?q={quote(q)}"
        for q in (
            "How many French companies operate in Kazakhstan?",
            "Whom did Tokayev meet?",
            "trade volume Kazakhstan-UK 2022",
            "Which agreements did Kazakhstan and France sign in 2024?",
            "who was France's president in 2019",
        )
    ),
}
PAIRS = (("KAZ", "FRA"), ("KAZ", "GBR"), ("KAZ", "USA"))  # resolved in the warm-up
SIDES = (("FRA", "KAZ"), ("GBR", "KAZ"), ("USA", "KAZ"), (None, "KAZ"), ("KAZ", None))
INDICATORS = (None, "trade_turnover", "investment_stock", "investment_flow", "companies",
              "exports", "imports")  # fmt: skip
WORDS = (
    "Tokayev Macron Kazakhstan France Britain visit trade investment agreement minister president "
    "energy uranium companies talks strategic partnership signed billion Astana Paris London "
    "Washington foreign economic cooperation meeting bilateral oil climate transport summit "
    "embassy turnover growth memorandum"
).split()


def distinct_urls(endpoint: str, count: int, seed: int, sent: set[str]) -> list[str]:
    """``count`` requests for ``endpoint`` that are not in ``sent`` (and are then added to it)."""
    pick = random.Random(seed)
    makers: dict[str, Callable[[], str]] = {
        "timeline": lambda: _timeline_url(pick),
        "facts": lambda: _facts_url(pick),
        "search": lambda: _search_url(pick),
        "ask": lambda: _ask_url(pick),
    }
    found: list[str] = []
    while len(found) < count:
        url = makers[endpoint]()
        if url not in sent:
            sent.add(url)
            found.append(url)
    return found


def _timeline_url(pick: random.Random) -> str:
    a, b = pick.choice(PAIRS)
    url = f"/api/timeline?a={a}&b={b}&limit=50&offset={10 * pick.randrange(300)}"
    if pick.random() < 0.5:
        url += f"&from={pick.randrange(2015, 2040)}"
    if pick.random() < 0.5:
        url += f"&to={pick.randrange(2030, 2060)}-{pick.randrange(1, 13):02d}"
    return url


def _facts_url(pick: random.Random) -> str:
    of, in_ = pick.choice(SIDES)
    indicator = pick.choice(INDICATORS)
    url = f"/api/facts?limit=50&offset={10 * pick.randrange(300)}"
    url += f"&of={of}" if of else ""
    url += f"&in={in_}" if in_ else ""
    return url + (f"&indicator={indicator}" if indicator else "")


def _search_url(pick: random.Random) -> str:
    words = pick.sample(WORDS, pick.choice((1, 1, 2)))
    return f"/api/search?q={quote(' '.join(words))}&limit={pick.randrange(5, 31)}"


ASKED = (
    "How many {d} companies operate in {b} as of {y}?",
    "{a} {b} trade {y}",
    "What was the trade turnover between {a} and {b} in {y}?",
    "Whom did {p} meet in {y}?",
    "When did {p} visit {a}?",
    "Which agreements did {a} and {b} sign in {y}?",
    "who was the president of {a} in {y}",
    "What happened between {a} and {b} in {y}?",
    "Where did {p} and {q} meet?",
    "investment of {a} in {b} {y}",
)
COUNTRIES = ("France", "Kazakhstan", "the UK", "the United States", "Germany", "China")
DEMONYMS = ("French", "British", "American", "German", "Chinese", "Kazakh")
PEOPLE = ("Tokayev", "Macron", "Vassilenko", "Cleverly", "Blinken", "Lemoyne", "Docherty")


def _ask_url(pick: random.Random) -> str:
    a, b = pick.sample(COUNTRIES, 2)
    p, q = pick.sample(PEOPLE, 2)
    question = pick.choice(ASKED).format(a=a, b=b, d=pick.choice(DEMONYMS), p=p, q=q,
                                         y=pick.randrange(2000, 2045))  # fmt: skip
    return f"/api/ask?q={quote(question)}"


def build_store(path: Path | str, events: int) -> dict[str, Any]:
    """Examples ingested and extracted, then copied up to ``events`` events (``path`` may be a
    PostgreSQL URL of a store filled beforehand: the copies are made with SQLite's SQL)."""
    started = time.perf_counter()
    with diplograph.open(settings=Settings.from_env(path)) as graph:
        if graph.status().counts["events"] >= events:
            return {"reused": True, "events": graph.status().counts["events"]}
        if isinstance(path, str):
            raise SystemExit(
                f"{path} holds fewer than {events:,} events: build a SQLite store with this "
                "bench (--db FILE), then `diplograph copy FILE URL`"
            )
        graph.ingest([str(EXAMPLES)])
        graph.extract()
        seeded = graph.status().counts["events"]
        extracted = time.perf_counter()
        total = copy_stories(graph.store, math.ceil((events - seeded) / seeded))
    return {
        "reused": False,
        "events": total,
        "seed_events": seeded,
        "extract_s": round(extracted - started, 1),
        "copy_s": round(time.perf_counter() - extracted, 1),
    }


def start_server(db: Path | str, workers: int) -> tuple[subprocess.Popen[bytes], int]:
    """``diplograph serve`` in a process of its own; returns once it answers."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    command = [sys.executable, "-m", "diplograph", "--db", str(db), "serve",
               "--port", str(port), "--workers", str(workers)]  # fmt: skip
    server = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=5):
                return server, port
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"diplograph serve exited with {server.returncode}") from None
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("diplograph serve did not answer within 120 s")


class Connection:
    """One keep-alive HTTP/1.1 connection; reopened when the server has closed it while idle
    (as any HTTP client does), which ``reopened`` counts. A search the server stops at its CPU
    limit (503 ``query_timeout``, a common word on a large store) is an answer too, counted in
    ``refused``; any other status but 200 stops the bench."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.reopened = 0
        self.refused = 0
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def open(self) -> None:
        self._reader, self._writer = await asyncio.open_connection("127.0.0.1", self.port)
        sock = self._writer.get_extra_info("socket")
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    async def get(self, path: str) -> int:
        """The answer's length in bytes; raises unless it is a 200."""
        for attempt in (1, 2):
            assert self._reader is not None and self._writer is not None
            request = f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n\r\n"
            self._writer.write(request.encode())
            try:
                head = await self._reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionResetError):
                if attempt == 2:
                    raise
                self.reopened += 1
                self._writer.close()
                await self.open()
                continue
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            body = await self._reader.readexactly(length)
            if head[9:12] == b"503" and b"query_timeout" in body:
                self.refused += 1
            elif head[9:12] != b"200":
                raise RuntimeError(f"{path}: {head[:12]!r} {body[:200]!r}")
            return length
        raise AssertionError("unreachable")

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


async def _measure(port: int, urls: Sequence[str], clients: int) -> dict[str, Any]:
    connections = [Connection(port) for _ in range(clients)]
    await asyncio.gather(*(c.open() for c in connections))
    queue = list(reversed(urls))
    latencies: list[float] = []
    received = 0

    async def client(connection: Connection) -> None:
        nonlocal received
        while queue:
            url = queue.pop()
            started = time.perf_counter()
            length = await connection.get(url)
            received += length
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(client(c) for c in connections))
    wall = time.perf_counter() - started
    for connection in connections:
        connection.close()
    return {
        "latencies": latencies,
        "wall": wall,
        "bytes": received,
        "reopened": sum(c.reopened for c in connections),
        "refused": sum(c.refused for c in connections),
    }


def _child(port: int, urls: Sequence[str], clients: int, sender: Any) -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    sender.send(asyncio.run(_measure(port, urls, clients)))


def measure_apart(port: int, urls: Sequence[str], clients: int) -> dict[str, Any]:
    """``_measure`` in a client process of its own."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(port, urls, clients, sender))
    child.start()
    found: dict[str, Any] = receiver.recv()
    child.join()
    return found


def warm_up(port: int, workers: int) -> dict[str, float]:
    """Each repeated request sent until every server process has answered it (connections are
    spread over the processes by the kernel: several rounds of 16 connections reach them all);
    the slowest answer per endpoint, in seconds."""
    cold: dict[str, float] = {}
    rounds = 1 if workers == 1 else 4 * workers
    for name, urls in REPEATED.items():
        for _ in range(rounds):
            clients = 1 if workers == 1 else 16
            found = measure_apart(port, [u for u in urls for _ in range(clients)], clients)
            cold[name] = max(cold.get(name, 0.0), *found["latencies"])
    return cold


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def run(args: argparse.Namespace, db: Path | str) -> dict[str, Any]:
    if args.only:
        for name in [n for n in REPEATED if n != args.only]:
            del REPEATED[name]
    store = build_store(db, args.events)
    server, port = start_server(db, args.workers)
    sent: set[str] = set(u for urls in REPEATED.values() for u in urls)
    try:
        cold = warm_up(port, args.workers)
        time.sleep(args.settle)  # let the server's warm-up finish: the steady state is timed
        rows = []
        for name, urls in REPEATED.items():
            for kind in ("repeated", "distinct"):
                for clients in CLIENTS:
                    if kind == "repeated":
                        chosen = [urls[i % len(urls)] for i in range(args.requests)]
                    else:
                        seed = zlib.crc32(f"{name}/{clients}".encode())
                        chosen = distinct_urls(name, args.requests, seed, sent)
                    found = measure_apart(port, chosen, clients)
                    latencies = found["latencies"]
                    rows.append(
                        {
                            "endpoint": name,
                            "requests": kind,
                            "clients": clients,
                            "count": len(latencies),
                            "p50_ms": round(statistics.median(latencies) * 1000, 1),
                            "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
                            "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
                            "req_per_s": round(len(latencies) / found["wall"], 1),
                            "kb_per_answer": round(found["bytes"] / len(latencies) / 1024, 1),
                            "reopened": found["reopened"],
                            "refused": found["refused"],
                        }
                    )
    finally:
        server.terminate()
        server.wait(timeout=30)
    return {
        "store": store,
        "workers": args.workers,
        "cold_ms": {k: round(v * 1000) for k, v in cold.items()},
        "settle_s": args.settle,
        "rows": rows,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=1000, help="per row of the table")
    parser.add_argument("--workers", type=int, default=1, help="diplograph serve --workers")
    parser.add_argument("--db", help="keep the store here (reused when big enough): a file, or "
                        "a PostgreSQL URL postgresql://user@host/db")  # fmt: skip
    parser.add_argument("--only", help="one endpoint: timeline, facts, search or ask")
    parser.add_argument("--settle", type=float, default=0.0,
                        help="seconds to wait after the cold answers, before timing")  # fmt: skip
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.db:
        result = run(args, args.db if args.db.startswith(POSTGRES_SCHEMES) else Path(args.db))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(args, Path(tmp) / "bench.db")
    if args.json:
        print(json.dumps(result))
        return
    print(f"store: {result['store']}; server processes: {result['workers']}")
    print(f"first answer (resolves the pair / every figure), slowest, ms: {result['cold_ms']}")
    print(f"{'endpoint':<10}{'requests':>10}{'clients':>8}{'count':>7}{'p50 ms':>8}{'p95 ms':>8}"
          f"{'p99 ms':>8}{'req/s':>8}{'KB':>7}{'503':>5}")  # fmt: skip
    for row in result["rows"]:
        print(f"{row['endpoint']:<10}{row['requests']:>10}{row['clients']:>8}{row['count']:>7}"
              f"{row['p50_ms']:>8}{row['p95_ms']:>8}{row['p99_ms']:>8}{row['req_per_s']:>8}"
              f"{row['kb_per_answer']:>7}{row['refused']:>5}")  # fmt: skip


if __name__ == "__main__":
    main()
