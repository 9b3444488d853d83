"""Fuzz the readers: generated inputs per reader, each under a time limit; crashes, hangs, memory.

    python bench/fuzz.py [--count 10000] [--limit-s 5] [--seed 1] [--targets jsonl,feed,...]
                         [--save DIR] [--json]

Targets: the readers (jsonl, feed, html, seed, text, and auto: any bytes under any name, format
detected), store (inputs of every reader through Graph.ingest_bytes into a store: fingerprints
and SQLite writes too), dates (find_time_expressions on any text and any date) and figures
(read_figures on any text). Inputs are made from templates of each format with fields drawn from
values that broke readers before (lone surrogates, deep nesting, impossible dates, huge numbers,
NUL bytes, byte-order marks, entities) and random text, then mutated at the byte level; input i
of a target is the same on every run with the same seed.

A crash is an exception out of a reader, a problem whose reason names a bug of ours, or an article
that breaks the contract (an invalid id, no text, a date out of range). Each target runs in a
worker process; an input still running after --limit-s is a hang: the worker is killed and a new
one goes on with the next input. Peak memory is the worker's peak resident size (workers fork
from a process that has run a few inputs of each reader, so first-use costs are no hangs).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import re
import resource
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

import diplograph
from diplograph.config import Settings
from diplograph.extract.dates import find_time_expressions
from diplograph.extract.figures import read_figures
from diplograph.extract.indicators import load_indicator_rules
from diplograph.ingest.sources import Source, read_source
from diplograph.models import Article, Problem

TARGETS = ("jsonl", "feed", "html", "seed", "text", "auto", "store", "dates", "figures")
# Values that broke readers before, or might: each a str as the input writes it.
NASTY = (
    "", " ", "\t\n", "\x00", "\x1b[31m", "\u200f", "\ufeff", "\ufffd", "e\u0301", "😀", "𝔘𝔫𝔦",
    "0000-01-01", "2023-02-30", "2023-13-01", "-2020-01-01", "9999-12-31", "10000-01-01",
    "2023-00-10", "1799-12-31", "2999-01-01", "2023", "2023-05", "May 2023", "Thu, 30 Feb 2023",
    "Fri, 19 May 2023 10:00:00 +0500", "2023-05-19T25:61:00Z", "19/05/2023", "NaN", "-1",
    "9" * 5000, "1e999", "a/b", "a b", "a?b", "..", "-rf", "#1", "~", "%2F", "Астана", "<b>x</b>",
    "]]>", "<![CDATA[x]]>", "&amp;", "&#0;", "&#xD800;", "&#55296;", "&nbsp;", "&bogus;",
)  # fmt: skip
JSON_ONLY = (
    '"\\ud800"',
    '"\\udfff x"',
    '"a\\ud83d"',
    "[" * 3000 + "]" * 3000,
    "{}",
    "[]",
    "null",
    "true",
    "1.5",
    "-0",
    "9" * 5000,
    '"' + "x" * 100_000 + '"',
)
WORDS = (
    "The", "president", "met", "the", "minister", "in", "Astana", "on", "Tuesday", "last", "year",
    "next", "week", "trade", "rose", "2.7", "billion", "dlrs", "to", "$", "pct", "from", "1985",
    "May", "5", "-", "and", "companies", "170", "French", "tomorrow", "yesterday", "since",
    "between", "fiscal", "1985/86", "the", "year", "quarter", "ago", "three", "days", "mln",
)  # fmt: skip
DATES = (date.min, date.max, date(1, 12, 31), date(9999, 1, 1), date(2023, 5, 19), None)
SETTINGS = Settings(max_file_bytes=2_000_000)


@dataclass
class Tally:
    target: str
    inputs: int = 0
    articles: int = 0
    problems: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    peak_mb: float = 0.0
    slowest_s: float = 0.0
    seconds: float = 0.0


class Inputs:
    """Input ``i`` of each target, made from ``seed`` and ``i`` only."""

    def __init__(self, seed: int) -> None:
        self.seed = seed

    def rng(self, target: str, i: int) -> random.Random:
        return random.Random(f"{self.seed}:{target}:{i}")

    def value(self, r: random.Random) -> str:
        roll = r.random()
        if roll < 0.4:
            return r.choice(NASTY)
        if roll < 0.7:
            return " ".join(r.choice(WORDS) for _ in range(r.randint(1, 30)))
        if roll < 0.8:
            return (r.choice(NASTY) * r.choice((2, 50, 20_000)))[:200_000]
        return "".join(
            chr(r.choice((r.randint(0, 0x7F), r.randint(0, 0x10FFFF))))
            for _ in range(r.randint(0, 40))
        )

    def date(self, r: random.Random) -> str:
        if r.random() < 0.5:
            return r.choice(NASTY[11:27])
        return f"{r.randint(-50, 12000):04d}-{r.randint(0, 14):02d}-{r.randint(0, 33):02d}"

    def jsonl(self, r: random.Random) -> bytes:
        lines = []
        for _ in range(r.randint(0, 4)):
            fields = {
                "id": self.value(r),
                "date": self.date(r),
                "title": self.value(r),
                "text": self.value(r) or "Leaders met.",
                "source": self.value(r),
            }
            parts = []
            for key, value in fields.items():
                if r.random() < 0.15:
                    continue
                written = r.choice(JSON_ONLY) if r.random() < 0.2 else json.dumps(value)
                parts.append(f'"{key}": {written}')
            lines.append("{" + ", ".join(parts) + "}")
        return "\n".join(lines).encode("utf-8", "surrogatepass")

    def feed(self, r: random.Random) -> bytes:
        items = "".join(
            f"<item><title>{self.xml(r)}</title><guid>{self.xml(r)}</guid>"
            f"<pubDate>{self.xml(r, self.date(r))}</pubDate>"
            f"<description>{self.xml(r)} Leaders met.</description></item>"
            for _ in range(r.randint(0, 4))
        )
        doctype = ""
        if r.random() < 0.05:  # entity expansion ("billion laughs"), kept small
            doctype = '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        if r.random() < 0.5:
            body = (
                f'<rss version="2.0"><channel><title>{self.xml(r)}</title>{items}</channel></rss>'
            )
        else:
            body = (
                f'<feed xmlns="http://www.w3.org/2005/Atom">{items.replace("item", "entry")}</feed>'
            )
        return f'<?xml version="1.0"?>{doctype}{body}'.encode("utf-8", "surrogatepass")

    def html(self, r: random.Random) -> bytes:
        meta = r.choice(
            (
                '<meta name="date" content="{}">',
                '<time pubdate datetime="{}"></time>',
                '<meta property="article:published_time" content="{}">',
                "<p>{}</p>",
                '<script type="application/ld+json">{{"datePublished": "{}"}}</script>',
            )
        )
        nest = "<div>" * r.choice((0, 0, 10, 5000))
        page = (
            f"<!doctype html><html><head><title>{self.xml(r)}</title>"
            f"{meta.format(self.xml(r, self.date(r)))}</head><body>{nest}<article>"
            f"<p>{self.xml(r)} {'The ministers met in Astana. ' * r.randint(0, 10)}</p>"
            "</article></body></html>"
        )
        return page.encode("utf-8", "surrogatepass")

    def seed_text(self, r: random.Random) -> bytes:
        return f" date {self.date(r)} {self.value(r)}\n\n{self.value(r)}".encode(
            "utf-8", "surrogatepass"
        )

    def xml(self, r: random.Random, value: str | None = None) -> str:
        text = self.value(r) if value is None else value
        return text if r.random() < 0.3 else text.replace("&", "&amp;").replace("<", "&lt;")

    def mutate(self, r: random.Random, data: bytes) -> bytes:
        """Byte-level damage, on a third of the inputs: flips, cuts, repeats, marks."""
        if r.random() > 0.33 or not data:
            return data
        raw = bytearray(data)
        for _ in range(r.randint(1, 4)):
            at = r.randrange(len(raw) or 1)
            kind = r.randrange(5)
            if kind == 0 and raw:
                raw[at % len(raw)] = r.randrange(256)
            elif kind == 1:
                del raw[at:]
            elif kind == 2:
                raw[at:at] = raw[at : at + r.randint(1, 64)] * r.randint(2, 50)
            elif kind == 3:
                raw[0:0] = r.choice(
                    (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
                )
            else:
                raw[at:at] = bytes(r.randrange(256) for _ in range(r.randint(1, 16)))
        return bytes(raw)

    def source(self, target: str, i: int) -> tuple[bytes, str, str]:
        """(bytes, file name, format) of input ``i`` of a reader target."""
        r = self.rng(target, i)
        kind = (
            r.choice(("jsonl", "feed", "html", "seed", "text"))
            if target in ("auto", "store")
            else target
        )
        make = {
            "jsonl": self.jsonl,
            "feed": self.feed,
            "html": self.html,
            "seed": self.seed_text,
            "text": lambda r: self.value(r).encode("utf-8", "replace"),
        }
        data = self.mutate(r, make[kind](r))
        if target == "auto" and r.random() < 0.3:
            data = r.choice(
                (
                    data.decode("utf-8", "replace").encode("utf-16"),
                    data.decode("utf-8", "replace").encode("utf-16-le"),
                    bytes(r.randrange(256) for _ in range(r.randint(0, 500))),
                )
            )
        name = r.choice(("a.jsonl", "a.xml", "a.html", "a.txt", "a", "index.htm", "a b?.rss"))
        fmt = "auto" if target in ("auto", "store") else {"seed": "auto"}.get(kind, kind)
        return data, name if target in ("auto", "store") else f"input.{kind}", fmt

    def text(self, target: str, i: int) -> tuple[str, date | None]:
        r = self.rng(target, i)
        words = [self.value(r) if r.random() < 0.2 else r.choice(WORDS) for _ in range(40)]
        day = r.choice(DATES) if r.random() < 0.3 else date.fromordinal(r.randint(1, 3_652_059))
        return " ".join(words), day


VALID_ID = re.compile(r"[A-Za-z0-9._:~-]+")


def check_items(items: list[Article | Problem]) -> str | None:
    """What breaks the reader contract in ``items``, if anything."""
    if not items:
        return "no item: a source must give an article or a problem"
    for item in items:
        if isinstance(item, Problem):
            if "a bug in diplograph" in item.reason or "failed on this file" in item.reason:
                return item.reason
            (item.origin + item.reason).encode("utf-8")
            continue
        if (
            not all(VALID_ID.fullmatch(ch) or ch.isalnum() for ch in item.id)
            or not item.text.strip()
        ):
            return f"invalid article: id {item.id!r}"
        if item.published_on is None or not 1800 <= item.published_on.year <= date.today().year + 1:
            return f"invalid article: date {item.published_on}"
    return None


def run_one(target: str, inputs: Inputs, i: int, store: diplograph.Graph | None) -> tuple[int, int]:
    """(articles, problems) of input ``i``; raises what the code under test raised."""
    if target == "dates":
        text, day = inputs.text(target, i)
        find_time_expressions(text, day)
        return 0, 0
    if target == "figures":
        text, _ = inputs.text(target, i)
        read_figures(text, 0, len(text), FIGURE_RULES[0], ["USA", "FRA"])
        return 0, 0
    data, name, fmt = inputs.source(target, i)
    if store is not None:
        report = store.ingest_bytes(data, name, fmt=fmt, published_on=date(2023, 5, 19))
        if (report.new + report.duplicates + report.unchanged + report.rejected) == 0:
            raise AssertionError("the store was given nothing for this input")
        broken = report.problems and check_items(list(report.problems))
        if broken:
            raise AssertionError(broken)
        return report.new + report.duplicates + report.unchanged, report.rejected
    source = Source(origin=name, path=None, size=len(data), data=data, name=name)
    items = [item for item, _ in read_source(source, SETTINGS, fmt, date(2023, 5, 19))]
    broken = check_items(items)
    if broken:
        raise AssertionError(broken)
    articles = sum(isinstance(item, Article) for item in items)
    return articles, len(items) - articles


FIGURE_RULES: list[object] = []


def worker(target: str, seed: int, start: int, count: int, conn: Connection) -> None:
    """Runs inputs start..count-1, sending (i, articles, problems, error, seconds) for each."""
    inputs = Inputs(seed)
    with tempfile.TemporaryDirectory() as tmp:
        store = None
        if target == "store":
            store = diplograph.open(
                settings=Settings(db_path=Path(tmp) / "fuzz.db", ingest_processes=1)
            )
        for i in range(start, count):
            started = time.perf_counter()
            try:
                articles, problems = run_one(target, inputs, i, store)
                error = None
            except Exception as exc:
                articles, problems = 0, 0
                last = traceback.extract_tb(exc.__traceback__)[-1]
                error = f"{type(exc).__name__}: {str(exc)[:160]} ({last.filename}:{last.lineno})"
            conn.send((i, articles, problems, error, time.perf_counter() - started))
        if store is not None:
            store.close()
    conn.send(("done", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def fuzz_target(target: str, count: int, seed: int, limit_s: float, save: Path | None) -> Tally:
    tally = Tally(target)
    context = multiprocessing.get_context("fork")
    started, i = time.perf_counter(), 0
    while i < count:
        parent, child = context.Pipe(duplex=False)
        process = context.Process(target=worker, args=(target, seed, i, count, child))
        process.start()
        child.close()
        while True:
            if not parent.poll(limit_s):
                tally.hangs.append(f"input {i}: still running after {limit_s} s")
                _save(save, target, seed, i)
                process.kill()
                i += 1
                break
            message = parent.recv()
            if message[0] == "done":
                tally.peak_mb = max(tally.peak_mb, message[1])
                i = count
                break
            i, articles, problems, error, seconds = message
            tally.inputs += 1
            tally.articles += articles
            tally.problems += problems
            tally.slowest_s = max(tally.slowest_s, seconds)
            if error:
                tally.crashes.append(f"input {i}: {error}")
                _save(save, target, seed, i)
            i += 1
        process.join()
        parent.close()
    tally.seconds = time.perf_counter() - started
    return tally


def _save(folder: Path | None, target: str, seed: int, i: int) -> None:
    if folder is None or target in ("dates", "figures"):
        return
    data, name, _ = Inputs(seed).source(target, i)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{target}-{i}-{re.sub(r'[^A-Za-z0-9.]', '_', name)}").write_bytes(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="inputs per target")
    parser.add_argument("--limit-s", type=float, default=5.0, help="time limit per input")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--targets", default=",".join(TARGETS))
    parser.add_argument("--save", type=Path, help="write crashing and hanging inputs here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    chosen = [t.strip() for t in args.targets.split(",") if t.strip()]
    unknown = set(chosen) - set(TARGETS)
    if unknown:
        sys.exit(f"unknown targets {sorted(unknown)}; choose from {', '.join(TARGETS)}")
    FIGURE_RULES.append(load_indicator_rules())  # loaded once, before the workers fork
    _warm_up(args.seed)
    tallies = [fuzz_target(t, args.count, args.seed, args.limit_s, args.save) for t in chosen]
    if args.json:
        print(json.dumps([t.__dict__ for t in tallies], indent=1))
        return
    print(
        f"{'target':<8} {'inputs':>7} {'articles':>8} {'problems':>8} {'crashes':>7} "
        f"{'hangs':>5} {'peak MB':>7} {'slowest s':>9} {'seconds':>7}"
    )
    for t in tallies:
        print(
            f"{t.target:<8} {t.inputs:>7} {t.articles:>8} {t.problems:>8} {len(t.crashes):>7} "
            f"{len(t.hangs):>5} {t.peak_mb:>7.0f} {t.slowest_s:>9.2f} {t.seconds:>7.0f}"
        )
    for t in tallies:
        for line in (t.crashes + t.hangs)[:10]:
            print(f"  {t.target}: {line}")


def _warm_up(seed: int) -> None:
    """Run a few inputs of each reader here, before the workers fork: the libraries import and
    compile their patterns on first use (htmldate's take seconds), which is no hang."""
    inputs = Inputs(seed + 1)
    for target in ("jsonl", "feed", "html", "seed", "text", "dates", "figures"):
        for i in range(10):
            try:
                run_one(target, inputs, i, None)
            except Exception:  # a crash here is found again, and counted, by its worker
                continue


if __name__ == "__main__":
    main()
