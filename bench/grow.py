"""A large store that grows: the resolved view kept and updated versus resolved from scratch.

    python bench/grow.py --db PATH [--events 100000] [--add 1000]
                         [--corpus ../shared/corpus/reuters/articles.jsonl] [--json]

Works on a copy of the store at --db (built there first, as bench/api.py does, from the examples
copied until it holds --events events). It times:

- the first view of the store (every extraction read and resolved, as a cold ``serve`` does);
- ingest and extraction of --add new wire stories (the first lines of --corpus);
- the update of the kept view by those stories (``query.growing``: only their extractions read,
  only the blocks they touch resolved again), the busiest pair's timeline from the kept view;
- for comparison, the view built again from the whole store, and the busiest pair's timeline
  resolved from the store (``PairTimeline.build``), which is what every new store generation
  cost before the view was kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import diplograph
from copies import copy_stories  # bench/copies.py (this script's folder is on sys.path)
from corpus import first_lines  # bench/corpus.py
from diplograph.config import Settings
from diplograph.extract.pipeline import EXTRACTOR_VERSION
from diplograph.knowledge import load_knowledge
from diplograph.query.graph import GraphView
from diplograph.query.growing import GrowingView
from diplograph.query.timelines import PairTimeline
from diplograph.store.api_queries import country_counts, events_between
from diplograph.store.sqlite import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT / ".." / "shared/corpus/reuters/articles.jsonl"


def _build(db: Path, events: int) -> None:
    with diplograph.open(settings=Settings(db_path=db)) as graph:
        graph.ingest([str(ROOT / "examples" / "articles")])
        graph.extract()
        have = len(graph.events())
    with SQLiteStore(db) as store:
        copy_stories(store, max(0, events // max(have, 1)))


def _timed(what: dict[str, float], name: str, started: float) -> None:
    what[name] = round(time.perf_counter() - started, 2)
    print(f"{name}: {what[name]} s", file=sys.stderr, flush=True)  # as it goes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--add", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found (it lives in ../shared/corpus/reuters/)")
    if not args.db.exists():
        _build(args.db, args.events)
    knowledge = load_knowledge()
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "grow.db"
        shutil.copyfile(args.db, db)
        with SQLiteStore(db) as store, store.transaction():
            # The copied stories count as extracted by this extractor: only the new ones are
            # extracted below (a store built by another version would be extracted again whole).
            store.conn.execute("UPDATE extractions SET version = ?", (EXTRACTOR_VERSION,))
        new = first_lines(args.corpus, args.add, Path(tmp) / "new.jsonl")
        growing = GrowingView()
        with SQLiteStore(db) as store:
            stored = store.counts()
            started = time.perf_counter()
            growing.view(store, knowledge)
            _timed(seconds, "first_view", started)
            a, b = country_counts(store)[1][0][:2]  # the busiest pair
        started = time.perf_counter()
        with diplograph.open(settings=Settings(db_path=db)) as graph:
            report = graph.ingest([str(new)])
            _timed(seconds, "ingest", started)
            started = time.perf_counter()
            extracted = graph.extract()
            _timed(seconds, "extract", started)
        with SQLiteStore(db) as store:
            started = time.perf_counter()
            growing.view(store, knowledge)
            _timed(seconds, "view_update", started)
            started = time.perf_counter()
            kept = PairTimeline.ordered(growing.between(a, b))
            _timed(seconds, "pair_timeline_from_kept_view", started)
            started = time.perf_counter()
            GraphView.from_store(store, knowledge)
            _timed(seconds, "view_from_scratch", started)
            started = time.perf_counter()
            view = growing.view(store, knowledge)
            found = events_between(store, a, b)
            rebuilt = PairTimeline.build(a, b, found, view.people, knowledge.place_within)
            _timed(seconds, "pair_timeline_from_store", started)
    result = {
        "store": {"events": stored["events"], "articles": stored["articles"]},
        "added": {"new": report.new, "extracted": extracted.articles},
        "articles_read_by_update": growing.articles_read,
        "busiest_pair": [a, b, len(kept.occurred) + len(kept.planned)],
        "same_pair_timeline": len(kept.occurred) == len(rebuilt.occurred),
        "seconds": seconds,
        "add_and_resolve_seconds": round(
            seconds["ingest"] + seconds["extract"] + seconds["view_update"], 2
        ),
    }
    print(json.dumps(result) if args.json else json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
