"""HTTP API latency: p50/p95/p99 of /api/timeline, /api/facts and /api/search, 1 and 16 clients.

    python bench/api.py [--events 100000] [--requests 200] [--json] [--db PATH]

Builds a store from examples/articles (ingest and extract), then copies its stories until it
holds at least --events events (``copy_stories``: distinct ids, every date moved, so copies stay
distinct events). Starts the app with uvicorn on a free loopback port in a thread of this process
and sends --requests requests per endpoint and concurrency with httpx from a child process (so
the clients do not take the server's GIL), rotating over a few country pairs, date windows and
queries. Each distinct request is sent once before timing, so the numbers are for a warm
server; those first (cold) requests are reported apart. The row "floor" times the cached
/openapi.json: what the HTTP stack alone costs on this machine.
``--db PATH`` keeps the store there and reuses it on the next run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import multiprocessing
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import uvicorn

import diplograph
from diplograph.config import Settings
from diplograph.serve.app import create_app
from diplograph.store.api_queries import copy_stories

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
CLIENTS = (1, 16)
ENDPOINTS: dict[str, tuple[str, ...]] = {
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
    "floor": ("/openapi.json",),
    "search": (
        "/api/search?q=Tokayev&limit=10",
        "/api/search?q=Macron%20visit&limit=10",
        "/api/search?q=trade%20turnover&limit=10",
        "/api/search?q=%22strategic%20partnership%22&limit=10",
    ),
}


def build_store(path: Path, events: int) -> dict[str, Any]:
    """Examples ingested and extracted, then copied up to ``events`` events."""
    started = time.perf_counter()
    with diplograph.open(settings=Settings(db_path=path)) as graph:
        if graph.status().counts["events"] >= events:
            return {"reused": True, "events": graph.status().counts["events"]}
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


def start_server(db: Path) -> tuple[uvicorn.Server, str]:
    sock = socket.socket()
    # Sockets handed to uvicorn miss the TCP_NODELAY it sets on its own: without it, delayed
    # ACKs add ~40 ms to every keep-alive request on loopback.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db), log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


async def timed_get(client: httpx.AsyncClient, url: str) -> float:
    started = time.perf_counter()
    response = await client.get(url)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{url}: {response.status_code} {response.text[:200]}")
    return elapsed


async def measure(base: str, urls: Sequence[str], clients: int, requests: int) -> list[float]:
    """Latencies of ``requests`` GETs, ``clients`` at a time, rotating over ``urls``."""
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    queue = [urls[i % len(urls)] for i in range(requests)]
    latencies: list[float] = []
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def worker() -> None:
            while queue:
                latencies.append(await timed_get(client, queue.pop()))

        await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies


async def warm_up(base: str) -> dict[str, float]:
    """Send each distinct request once (they build the caches); the slowest per endpoint."""
    cold: dict[str, float] = {}
    async with httpx.AsyncClient(base_url=base, timeout=600) as client:
        for name, urls in ENDPOINTS.items():
            cold[name] = max([await timed_get(client, url) for url in urls])
    return cold


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def measure_apart(
    base: str, urls: Sequence[str], clients: int, requests: int
) -> tuple[list[float], float]:
    """``measure`` in a child process of its own: latencies and the seconds they took."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(base, urls, clients, requests, sender))
    child.start()
    latencies, wall = receiver.recv()
    child.join()
    return latencies, wall


def _child(base: str, urls: Sequence[str], clients: int, requests: int, sender: Any) -> None:
    started = time.perf_counter()
    latencies = asyncio.run(measure(base, urls, clients, requests))
    sender.send((latencies, time.perf_counter() - started))


def run(args: argparse.Namespace, db: Path) -> dict[str, Any]:
    store = build_store(db, args.events)
    server, base = start_server(db)
    try:
        cold = asyncio.run(warm_up(base))
        rows = []
        for name, urls in ENDPOINTS.items():
            for clients in CLIENTS:
                found, wall = measure_apart(base, urls, clients, args.requests)
                rows.append(
                    {
                        "endpoint": name,
                        "clients": clients,
                        "requests": len(found),
                        "p50_ms": round(statistics.median(found) * 1000, 1),
                        "p95_ms": round(percentile(found, 0.95) * 1000, 1),
                        "p99_ms": round(percentile(found, 0.99) * 1000, 1),
                        "req_per_s": round(len(found) / wall, 1),
                    }
                )
    finally:
        server.should_exit = True
    return {"store": store, "cold_ms": {k: round(v * 1000) for k, v in cold.items()}, "rows": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200, help="per endpoint and concurrency")
    parser.add_argument("--db", type=Path, help="keep the store here (reused when big enough)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.db:
        result = run(args, args.db)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            result = run(args, Path(tmp) / "bench.db")
    if args.json:
        print(json.dumps(result))
        return
    print(f"store: {result['store']}")
    print(f"first request (builds the cache), slowest per endpoint, ms: {result['cold_ms']}")
    print(f"{'endpoint':<10}{'clients':>8}{'requests':>10}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'p99 ms':>9}{'req/s':>9}")  # fmt: skip
    for row in result["rows"]:
        print(f"{row['endpoint']:<10}{row['clients']:>8}{row['requests']:>10}{row['p50_ms']:>9}"
              f"{row['p95_ms']:>9}{row['p99_ms']:>9}{row['req_per_s']:>9}")  # fmt: skip


if __name__ == "__main__":
    main()
