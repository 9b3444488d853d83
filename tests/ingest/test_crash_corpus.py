"""The crash-test corpus of issue 11, generated here: one `diplograph ingest` over bad inputs
and good ones beside them. Nothing may crash; every good article is stored; every bad input is a
problem with its file, line and reason; distinct inputs keep distinct ids that work everywhere.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.cli import app
from diplograph.config import Settings
from diplograph.ingest.records import make_article
from diplograph.serve.app import create_app

from .test_paths import _deny

with warnings.catch_warnings():
    from starlette.exceptions import StarletteDeprecationWarning

    # Starlette 1.x asks for httpx2 in its test client and warns, once, when it finds httpx.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

runner = CliRunner()
TEXT = "The foreign ministers met in Astana on {} to discuss trade, energy and transport links."
PAGE = (
    "<!doctype html><html><head><title>Talks</title>{head}</head><body><article><h1>Talks</h1>"
    "<p>{body}</p></article></body></html>"
)


def _sha(guid: str) -> str:
    return hashlib.sha1(guid.encode()).hexdigest()[:10]


def _line(**record: Any) -> str:
    return json.dumps(record, ensure_ascii=True)  # lone surrogates as \ud800 escapes


def _rss(*items: tuple[str, str]) -> str:
    body = "".join(
        f"<item><guid>{guid}</guid><pubDate>{day}</pubDate><description>"
        f"{TEXT.format(guid)}</description></item>"
        for guid, day in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{body}</channel></rss>'
    )


def _corpus(root: Path) -> None:
    """Good and bad inputs, each kind the crash test found (file names say which)."""
    good = {"date": "2023-05-19", "title": "Talks"}
    (root / "good-seed.txt").write_text(f" date 2023-05-19 Talks\n\n{TEXT.format('Friday')}\n")
    (root / "surrogates.jsonl").write_text("\n".join([
        _line(id="s1", text=TEXT.format("Monday") + " \ud800", **good),
        _line(id="s2", text=TEXT.format("Tuesday"), date="2023-05-19", title="T \udfff"),
        _line(id="s3\ud83d", text=TEXT.format("Wednesday"), **good),
        _line(id="s4", text=TEXT.format("Thursday"), **good),
    ]) + "\n")  # fmt: skip
    (root / "deep.jsonl").write_text(
        "{" + '"a":{' * 4000 + "}" * 4001 + "\n" + _line(id="d1", text=TEXT.format("May 1"), **good)
    )
    (root / "ids.jsonl").write_text("\n".join(
        _line(id=raw, text=TEXT.format(f"day {n}"), **good)
        for n, raw in enumerate(["a/b", "a b", "a?b", "a-b", "../up", "-rf", "#1", "Астана"])
    ) + "\n" + _line(id=42, text=TEXT.format("Sunday"), **good) + "\n")  # fmt: skip
    (root / "year0.xml").write_text(_rss(("y0", "0000-01-01"), ("y1", "2023-05-19")))
    (root / "invented.xml").write_text(
        _rss(("i0", "2023-02-30"), ("i1", "2023-13-01"), ("i2", "-2020-01-01"))
    )
    (root / "bad-date.html").write_text(PAGE.format(
        head='<meta name="date" content="2023-02-30">', body=TEXT.format("Monday") * 5
    ))  # fmt: skip
    for folder in ("x", "y"):
        (root / folder).mkdir()
        (root / folder / "index.html").write_text(PAGE.format(
            head='<meta name="date" content="2023-05-19">', body=TEXT.format(folder) * 5
        ))  # fmt: skip
    (root / "long.txt").write_text(" date 2023-05-19 " + TEXT.format("Friday") * 24_000)
    (root / "blank.jsonl").write_text("  \n\n \t \n")
    (root / "utf16.txt").write_bytes(f" date 2023-05-19 {TEXT.format('Sunday')}".encode("utf-16"))
    (root / "utf16-no-mark.txt").write_bytes(f" date 2023-05-19 {TEXT}".encode("utf-16-le"))
    (root / "loop").symlink_to(root, target_is_directory=True)
    os.mkfifo(root / "pipe")
    (root / "locked").mkdir()
    (root / "locked" / "hidden-away.txt").write_text(f" date 2023-05-19 {TEXT}")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.delenv("DIPLOGRAPH_DB", raising=False)
    root = tmp_path / "corpus"
    root.mkdir()
    _corpus(root)
    _deny(monkeypatch, root / "locked")
    yield root


def _ingest(db: Path, *paths: str) -> dict[str, Any]:
    result = runner.invoke(app, ["--db", str(db), "ingest", *paths, "--no-extract", "--json"])
    assert result.exit_code == 0, result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def test_bad_inputs_are_problems_and_the_good_ones_beside_them_are_stored(
    corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.db"
    report = _ingest(db, str(corpus), str(corpus / "locked" / "hidden-away.txt"))
    problems = {line.removeprefix(str(corpus) + "/") for line in report["problems"]}
    at = len(TEXT.format("Monday")) + 1
    long = len(TEXT.format("Friday")) * 24_000
    half = ": not valid Unicode (half of a pair, often from text cut in the middle of an emoji)"
    expected = {
        f"surrogates.jsonl:1: the text holds a lone surrogate \\ud800 at character {at}{half}",
        f"surrogates.jsonl:2: the title holds a lone surrogate \\udfff at character 2{half}",
        f"surrogates.jsonl:3: the id holds a lone surrogate \\ud83d at character 2{half}",
        "deep.jsonl:1: JSON nested too deeply to read (thousands of levels)",
        "ids.jsonl:9: the 'id' is a number (42), not a string: write it in quotes",
        "year0.xml: item 1: published '0000-01-01' is impossible (year 0 is out of range)",
        "invented.xml: item 1: published '2023-02-30' is impossible (day is out of range "
        "for month)",
        "invented.xml: item 2: published '2023-13-01' is impossible (month must be in 1..12)",
        "invented.xml: item 3: published '-2020-01-01' is not a date diplograph can read "
        "(write YYYY-MM-DD)",
        "bad-date.html: the page's publication date <meta name=\"date\"> '2023-02-30' is "
        "impossible (day is out of range for month)",
        f"long.txt: the article is {long:,} characters long, over the limit of 2,000,000 that "
        "extraction reads (split it, or raise DIPLOGRAPH_MAX_ARTICLE_CHARS)",
        "blank.jsonl: no JSON lines: the file holds only whitespace",
        "utf16-no-mark.txt: UTF-16 (little-endian) text without a byte-order mark: save it as "
        "UTF-8 (or as UTF-16 with its byte-order mark)",
        "loop: symlink loop: this link leads back to a folder above it (skipped)",
        "pipe: a named pipe (FIFO), not a file: skipped (send a stream to standard input: "
        "ingest - < PATH)",
        "locked: cannot read this folder: permission denied (check the folder's and the file's "
        "read permissions)",
        "locked/hidden-away.txt: cannot read: permission denied (check the folder's and the "
        "file's read permissions)",
    }
    assert problems == expected
    assert report["rejected"] == len(expected)
    with diplograph.open(settings=Settings(db_path=db)) as graph:
        stored = {a.id for a in graph.articles(limit=100)}
        kept = graph.problems()
    assert stored == {
        "good-seed", "s4", "d1", "a~2Fb", "a~20b", "a~3Fb", "a-b", "..~2Fup", "~2Drf", "~231",
        "Астана", "year0-" + _sha("y1"), "index", "y~2Findex", "utf16",
    }  # fmt: skip
    assert report["new"] == len(stored)
    assert {(p.origin.removeprefix(str(corpus) + "/"), p.line) for p in kept} >= {
        ("surrogates.jsonl", 1), ("deep.jsonl", 1), ("year0.xml", None), ("locked", None)
    }  # fmt: skip


def test_second_run_over_the_corpus_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    first = _ingest(db, str(corpus))
    again = _ingest(db, str(corpus))
    assert again["new"] == 0 and again["duplicates"] == 0
    assert again["unchanged"] == first["new"] + first["duplicates"]


def test_escaped_ids_work_in_the_cli_the_api_and_exports(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    _ingest(db, str(corpus / "ids.jsonl"), str(corpus / "x"), str(corpus / "y"))
    ids = ["a~2Fb", "a~20b", "a~3Fb", "a-b", "..~2Fup", "~2Drf", "~231", "Астана", "y~2Findex"]
    for article_id in ids:
        shown = runner.invoke(app, ["--db", str(db), "show", article_id, "--json"])
        assert shown.exit_code == 0, shown.output
        assert json.loads(shown.stdout)["id"] == article_id
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        for article_id in ids:
            response = client.get(f"/api/articles/{quote(article_id, safe='')}")
            assert response.status_code == 200, (article_id, response.text)
            assert response.json()["id"] == article_id
    exported = runner.invoke(
        app, ["--db", str(db), "export", "--format", "csv", "--out", str(tmp_path / "out")]
    )
    assert exported.exit_code == 0, exported.output
    with (tmp_path / "out" / "articles.csv").open(newline="", encoding="utf-8") as table:
        assert set(ids) <= {row["id"] for row in csv.DictReader(table)}


def test_store_of_an_earlier_version_finds_its_collapsed_ids(tmp_path: Path) -> None:
    """Earlier versions stored 'a/b' as 'a-b': re-reading that input finds it unchanged."""
    db = tmp_path / "old.db"
    batch = tmp_path / "batch.jsonl"
    text = TEXT.format("Monday")
    batch.write_text(_line(id="a/b", date="2023-05-19", text=text) + "\n")
    with diplograph.open(settings=Settings(db_path=db)) as graph:
        earlier = make_article(article_id="a-b", published_on=date(2023, 5, 19), title="",
                               text=text, origin=str(batch), fmt="jsonl", line=1)  # fmt: skip
        print_ = graph.fingerprint(text)
        with graph.store.transaction():
            graph.store.insert_article(earlier, story_id=None, similarity=None,
                                       signature=print_.signature, bands=print_.bands)  # fmt: skip
        report = graph.ingest([str(batch)])
        assert (report.unchanged, report.new, report.article_ids) == (1, 0, ("a-b",))
