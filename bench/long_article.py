"""Long-article benchmark: time and peak memory of `diplograph ingest` on one long article.

    python bench/long_article.py [--sizes 20000,200000,1000000,1990000,19000000] [--json]

Each size is one plain-text article of made-up wire paragraphs (our own sentences: meetings,
visits, agreements and figures between invented pairs of real countries, dated relative to the
publication date) written to a temporary folder and ingested with extraction into a fresh
store by `diplograph ingest`, each in its own process; its wall time and peak resident memory
(from wait4) are printed, with whether the article was stored, extracted or refused. An
article over the extraction limit (2,000,000 characters, DIPLOGRAPH_MAX_ARTICLE_CHARS) is
refused with a reason; below it a long article is parsed in sentence-aligned parts one at a
time (extract/parsing.py), so memory stays bounded whatever the length.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PAIRS = [
    ("Chile", "Peru"), ("Ghana", "Togo"), ("Norway", "Sweden"), ("Japan", "Vietnam"),
    ("Kenya", "Uganda"), ("Poland", "Lithuania"), ("Brazil", "Argentina"), ("Egypt", "Jordan"),
]  # fmt: skip
DAYS = ["on Monday", "on Tuesday", "last week", "in March", "on Thursday", "next month"]
SENTENCES = [
    "Foreign ministers of {a} and {b} met in the capital {day} to discuss trade and transit.",
    "The president of {a} will pay a state visit to {b} {day}, officials said.",
    "{a} and {b} signed an agreement on energy cooperation {day}.",
    "Trade between {a} and {b} reached $1.{n} billion last year, up {n} percent.",
    "About {n}0 companies from {a} now work in {b}, the trade ministry said.",
    "{a} criticised {b} over its fishing policy in a statement issued {day}.",
]


def make_text(chars: int, seed: int = 7) -> str:
    """Paragraphs of made-up wire sentences until ``chars`` characters."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < chars:
        a, b = rng.choice(PAIRS)
        sentences = [
            rng.choice(SENTENCES).format(a=a, b=b, day=rng.choice(DAYS), n=rng.randint(1, 9))
            for _ in range(rng.randint(2, 5))
        ]
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        total += len(paragraph)
    return "".join(parts)[:chars]


def run_one(chars: int, folder: Path) -> dict[str, object]:
    path = folder / f"long-{chars}.txt"
    path.write_text(" date 2023-05-19 A long report\n" + make_text(chars), encoding="utf-8")
    db = folder / f"long-{chars}.db"
    command = [sys.executable, "-m", "diplograph", "--db", str(db), "ingest", str(path)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    assert process.stdout is not None
    output = process.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    with sqlite3.connect(db) as store:
        stored = store.execute("SELECT count(*) FROM articles").fetchone()[0]
        events = store.execute("SELECT count(*) FROM events").fetchone()[0]
        facts = store.execute("SELECT count(*) FROM facts").fetchone()[0]
    refused = [line.strip() for line in output.splitlines() if "rejected " in line]
    return {
        "chars": chars,
        "exit": os.waitstatus_to_exitcode(status),
        "seconds": round(seconds, 1),
        "peak_mb": round(usage.ru_maxrss / 1024),
        "stored": stored,
        "events": events,
        "facts": facts,
        "refused": refused[0] if refused else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="20000,200000,1000000,1990000,19000000")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    with tempfile.TemporaryDirectory(prefix="diplograph-long-") as tmp:
        rows = [run_one(chars, Path(tmp)) for chars in sizes]
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"{'chars':>11} {'exit':>4} {'seconds':>8} {'peak MB':>8} {'stored':>6} "
          f"{'events':>6} {'facts':>6}  refused")  # fmt: skip
    for row in rows:
        print(
            f"{row['chars']:>11,} {row['exit']:>4} {row['seconds']:>8} {row['peak_mb']:>8} "
            f"{row['stored']:>6} {row['events']:>6} {row['facts']:>6}  {row['refused']}"
        )


if __name__ == "__main__":
    main()
