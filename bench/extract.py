"""Extraction benchmark: our full pipeline against the bare spaCy pipeline on the same articles.

    python bench/extract.py [--corpus ../shared/corpus/reuters/bench.jsonl] [--limit 2000]
                            [--n-process 2] [--json]

Prints articles per second for both and ratio = pipeline time / spaCy time. The pipeline run
includes spaCy (same components), dates, actors, events and facts; not storage.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from itertools import islice
from pathlib import Path

from diplograph.extract.pipeline import Extractor
from diplograph.models import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared/corpus/reuters/bench.jsonl"


def _articles(path: Path, limit: int) -> list[Article]:
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in islice(handle, limit):
            row = json.loads(line)
            out.append(
                Article(
                    id=row["id"],
                    published_on=date.fromisoformat(row["date"]) if row.get("date") else None,
                    title=row.get("title") or "",
                    text=row["text"],
                    content_hash="",
                )
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--n-process", type=int, default=2, help="worker processes (cores)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found (it lives in ../shared/corpus/reuters/)")
    articles = _articles(args.corpus, args.limit)
    extractor = Extractor()
    nlp = extractor.lex.nlp

    started = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=64, n_process=args.n_process):
        pass
    spacy_s = time.perf_counter() - started

    started = time.perf_counter()
    events = facts = 0
    for _, result in extractor.extract_many(articles, batch_size=64, n_process=args.n_process):
        events += len(getattr(result, "events", ()))
        facts += len(getattr(result, "facts", ()))
    pipeline_s = time.perf_counter() - started

    result = {
        "articles": len(articles),
        "pipeline_articles_per_s": round(len(articles) / pipeline_s, 1),
        "spacy_articles_per_s": round(len(articles) / spacy_s, 1),
        "ratio": round(pipeline_s / spacy_s, 3),
        "events": events,
        "facts": facts,
        "n_process": args.n_process,
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
