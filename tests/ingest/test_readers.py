"""The reader contract, as properties: any input gives articles or problems, never an exception.

Each reader gets inputs shaped like its format (so that they get past the first check) with
generated values where the fields go, and plain random bytes; every item must be an Article a
store can hold or a Problem with a reason, and none may be a bug of ours.
"""

from __future__ import annotations

import json
import re
from datetime import date
from html import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplograph.config import Settings
from diplograph.ingest.sources import FORMATS, Source, read_source
from diplograph.models import Article, Problem

VALID_ID = re.compile(r"[A-Za-z0-9._:~-]+")
SETTINGS = Settings(max_file_bytes=200_000, max_article_chars=50_000)
fuzz = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
# Dates as inputs write them, possible or not: the readers must read or refuse each one.
date_texts = st.one_of(
    st.dates().map(date.isoformat),
    st.tuples(st.integers(-99, 99999), st.integers(-1, 99), st.integers(-1, 99)).map(
        lambda t: f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"
    ),
    st.dates().map(lambda d: d.strftime("%a, %d %b %Y 10:00:00 GMT")),
    st.sampled_from(["0000-01-01", "2023-02-30", "2023-13-01", "-2020-01-01", "2023", "May 2023"]),
    st.text(max_size=30),
)
texts = st.text(max_size=300)
any_text = st.one_of(texts, st.sampled_from(["", " ", "\ud800", "a\udfffb", "\x00", "<p>x</p>"]))


def _items(data: bytes, name: str, fmt: str = "auto") -> list[Article | Problem]:
    source = Source(origin=name, path=None, size=len(data), data=data, name=name)
    items = [item for item, _ in read_source(source, SETTINGS, fmt, None)]
    assert items, "every source gives at least one item"
    for item in items:
        _check(item)
    return items


def _check(item: Article | Problem) -> None:
    if isinstance(item, Problem):
        assert item.reason and "a bug in diplograph" not in item.reason, item.reason
        (item.origin + item.reason).encode("utf-8")  # the store can hold it
        return
    assert isinstance(item, Article)
    assert all(VALID_ID.fullmatch(ch) or ch.isalnum() for ch in item.id), item.id
    assert item.text.strip() and len(item.text) <= SETTINGS.max_article_chars
    for value in (item.id, item.title, item.text, item.source or "", item.url or ""):
        value.encode("utf-8")
    assert item.published_on is not None
    assert 1800 <= item.published_on.year <= date.today().year + 1


@fuzz
@given(st.binary(max_size=3000), st.sampled_from(FORMATS), st.sampled_from(
    ["a.txt", "a.jsonl", "a.xml", "a.html", "a"]
))  # fmt: skip
def test_any_bytes_in_any_format(data: bytes, fmt: str, name: str) -> None:
    _items(data, name, fmt)


@fuzz
@given(st.lists(st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.text(max_size=20), json_values),
    "date": st.one_of(date_texts, json_values),
    "title": st.one_of(any_text, json_values),
    "text": st.one_of(any_text, json_values),
    "source": st.one_of(any_text, json_values),
    "url": st.one_of(any_text, json_values),
}), max_size=5), st.booleans())  # fmt: skip
def test_jsonl_reader(records: list[dict[str, object]], ascii_only: bool) -> None:
    lines = [json.dumps(record, ensure_ascii=ascii_only) for record in records]
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    items = _items(data, "batch.jsonl")
    assert len(items) == max(1, len(records))


@fuzz
@given(st.lists(st.tuples(any_text, date_texts, any_text, any_text), max_size=4), st.booleans())
def test_feed_reader(entries: list[tuple[str, str, str, str]], atom: bool) -> None:
    def field(value: str) -> str:
        return escape(value).encode("utf-8", "xmlcharrefreplace").decode("utf-8", "replace")

    if atom:
        body = "".join(
            f"<entry><title>{field(t)}</title><id>{field(g)}</id><published>{field(d)}</published>"
            f"<content type='html'>{field(x)}</content></entry>"
            for t, d, x, g in entries
        )
        page = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">{body}</feed>'
    else:
        body = "".join(
            f"<item><title>{field(t)}</title><guid>{field(g)}</guid><pubDate>{field(d)}</pubDate>"
            f"<description>{field(x)}</description></item>"
            for t, d, x, g in entries
        )
        page = f'<?xml version="1.0"?><rss version="2.0"><channel>{body}</channel></rss>'
    _items(page.encode("utf-8", "surrogatepass"), "feed.xml")


@fuzz
@given(date_texts, any_text, any_text, st.sampled_from(
    ['<meta name="date" content="{}">', '<meta property="article:published_time" content="{}">',
     '<time pubdate datetime="{}"></time>', '<script type="application/ld+json">'
     '{{"datePublished": "{}"}}</script>', "<p>{}</p>"]
))  # fmt: skip
def test_html_reader(stated: str, title: str, text: str, where: str) -> None:
    mark = where.format(escape(stated))
    page = (
        f"<!doctype html><html><head><title>{escape(title)}</title>{mark}</head><body><article>"
        f"<p>{escape(text)} {'The ministers met again. ' * 8}</p></article></body></html>"
    )
    _items(page.encode("utf-8", "surrogatepass"), "page.html")


@fuzz
@given(date_texts, any_text)
def test_seed_and_text_readers(stated: str, text: str) -> None:
    data = f" date {stated} {text}".encode("utf-8", "surrogatepass")
    _items(data, "seed.txt")
    _items(text.encode("utf-8", "surrogatepass"), "note.txt", "text")
