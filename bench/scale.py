"""Scale benchmark: ingest with extraction in one process, or on Dask with N local workers.

    python bench/scale.py [--corpus ../shared/corpus/reuters/bench.jsonl] [--limit N]
                          [--mode single|dask|all] [--workers N] [--partition-size 100] [--json]

Ingests the first N stories of the corpus (all 16,287 by default) into a fresh store in a
temporary folder, then extracts them: ``single`` in this process (``--workers N`` > 1: N forked
processes, as ``diplograph ingest --workers N``), ``dask`` on a LocalCluster of ``--workers``
processes (``ingest --dask --workers N``). Prints wall time (ingest, extraction, total), stories
per second, the peak resident memory of this process and of each worker process (sampled every
0.2 s), the CPU seconds of this process and of its children (a figure other work on the
machine changes less than wall time), the store's size and the load average before and after.
``--mode all`` runs single with one process, then dask with 1 and 2 workers, each in a process
of its own, and prints the speed-ups. Targets on 2 cores: dask at 2 workers >= 1.8 x one
process, < 1.5 GB per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import diplograph
from corpus import first_lines  # bench/corpus.py (this script's folder is on sys.path)
from diplograph.config import Settings
from diplograph.distributed import DaskOptions

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared/corpus/reuters/bench.jsonl"


class ChildMemory:
    """The peak resident memory and the CPU time of each process under this one, sampled in a
    thread (CPU time as last seen: a process's last 0.2 s may be missed)."""

    def __init__(self, every_s: float = 0.2) -> None:
        self.every_s = every_s
        self.peaks: dict[int, int] = {}
        self.cpu_s: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(self.every_s):
            for child in me.children(recursive=True):
                try:
                    rss = child.memory_info().rss
                    times = child.cpu_times()
                except psutil.Error:
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), rss)
                self.cpu_s[child.pid] = times.user + times.system

    def workers_mb(self, at_least_mb: float = 100.0) -> list[float]:
        """Peaks of the processes that did work (helpers such as a resource tracker stay
        under ``at_least_mb``), largest first."""
        peaks = sorted((rss / 2**20 for rss in self.peaks.values()), reverse=True)
        return [round(mb, 1) for mb in peaks if mb >= at_least_mb]


def _store_mb(path: Path) -> float:
    files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    return round(sum(f.stat().st_size for f in files if f.exists()) / 2**20, 1)


def run_one(args: argparse.Namespace) -> dict[str, Any]:
    """One mode: ingest, then extract, in a fresh store; the figures as a dict."""
    dask = None
    if args.mode == "dask":
        dask = DaskOptions(workers=args.workers, partition_size=args.partition_size)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        source = first_lines(args.corpus, args.limit, Path(tmp) / "subset.jsonl")
        db = Path(tmp) / "bench.db"
        settings = replace(Settings(db_path=db), ingest_processes=args.workers,
                           extract_processes=args.workers)  # fmt: skip
        with ChildMemory() as children, diplograph.open(settings=settings) as graph:
            started = time.perf_counter()
            ingested = graph.ingest([str(source)])
            ingest_s = time.perf_counter() - started
            extracted = graph.extract(dask=dask)
            total_s = time.perf_counter() - started
            counts = graph.status().counts
        store_mb = _store_mb(db)
    own = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "mode": args.mode,
        "workers": args.workers,
        "stories": extracted.articles,
        "problems": len(extracted.problems),
        "new": ingested.new,
        "duplicates": ingested.duplicates,
        "events": counts["events"],
        "facts": counts["facts"],
        "ingest_s": round(ingest_s, 1),
        "extract_s": round(total_s - ingest_s, 1),
        "total_s": round(total_s, 1),
        "stories_per_s": round(extracted.articles / total_s, 1),
        "extract_stories_per_s": round(extracted.articles / (total_s - ingest_s), 1),
        "cpu_s_main": round(own.ru_utime + own.ru_stime, 1),
        "cpu_s_children": round(sum(children.cpu_s.values()), 1),
        "peak_rss_main_mb": round(own.ru_maxrss / 1024, 1),
        "peak_rss_workers_mb": children.workers_mb(),
        "store_mb": store_mb,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }


def run_all(args: argparse.Namespace) -> list[dict[str, Any]]:
    """single (1 process), dask 1 worker, dask 2 workers: each in a fresh process."""
    results = []
    for mode, workers in (("single", 1), ("dask", 1), ("dask", 2)):
        command = [sys.executable, __file__, "--corpus", str(args.corpus), "--limit",
                   str(args.limit), "--mode", mode, "--workers", str(workers),
                   "--partition-size", str(args.partition_size), "--json"]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        if not args.json:
            _print(results[-1])
            print()
    return results


def _print(result: dict[str, Any]) -> None:
    for key, value in result.items():
        print(f"{key:>22}: {value}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="first N lines only (0 = all)")
    parser.add_argument("--mode", choices=["single", "dask", "all"], default="all")
    parser.add_argument("--workers", type=int, default=1, help="processes (single) or workers")
    parser.add_argument("--partition-size", type=int, default=100, help="stories per Dask task")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found (it lives in ../shared/corpus/reuters/)")
    if args.mode != "all":
        result = run_one(args)
        if args.json:
            print(json.dumps(result))
        else:
            _print(result)
        return
    single, dask1, dask2 = run_all(args)
    speedups = {
        "dask_2_over_single": round(single["total_s"] / dask2["total_s"], 2),
        "dask_2_over_dask_1": round(dask1["total_s"] / dask2["total_s"], 2),
        "dask_1_over_single": round(single["total_s"] / dask1["total_s"], 2),
    }
    if args.json:
        print(json.dumps({"runs": [single, dask1, dask2], "speedups": speedups}))
    else:
        _print(speedups)


if __name__ == "__main__":
    main()
