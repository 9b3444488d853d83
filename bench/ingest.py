"""Ingest benchmark: articles per second and peak memory, without extraction.

    python bench/ingest.py [--corpus ../shared/corpus/reuters/bench.jsonl] [--limit N] [--json]
                           [--db postgresql://user@host/empty_db]

Streams the JSONL file into a fresh store in a temporary folder and prints throughput and the
peak resident memory of this process and of its fingerprinting worker processes.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import diplograph
from corpus import first_lines  # bench/corpus.py (this script's folder is on sys.path)
from diplograph.config import Settings

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared/corpus/reuters/bench.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="first N lines only (0 = all)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--db", help="an empty PostgreSQL database instead of a fresh SQLite file")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found (it lives in ../shared/corpus/reuters/)")
    with tempfile.TemporaryDirectory() as tmp:
        source = first_lines(args.corpus, args.limit, Path(tmp) / "subset.jsonl")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        location = args.db or str(Path(tmp) / "bench.db")
        with diplograph.open(settings=Settings.from_env(location)) as graph:
            report = graph.ingest([str(source)])
        elapsed = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stored = report.new + report.duplicates
    result = {
        "articles": stored + report.unchanged,
        "new": report.new,
        "duplicates": report.duplicates,
        "rejected": report.rejected,
        "seconds": round(elapsed, 2),
        "articles_per_s": round(stored / elapsed, 1),
        "peak_rss_mb": round(peak_mb, 1),
        "peak_worker_rss_mb": round(worker_mb, 1),  # the fingerprinting processes, each
        "rss_before_mb": round(rss_before / 1024, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>16}: {value}")


if __name__ == "__main__":
    main()
