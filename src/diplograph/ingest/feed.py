"""RSS and Atom feed files: one article per item, text from its content or summary."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date
from typing import Any

from diplograph.errors import InputError
from diplograph.ingest.records import make_article, parse_published
from diplograph.models import Article, Problem


def read_feed(
    data: bytes, origin: str, stem: str, default_date: date | None
) -> Iterator[Article | Problem]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        raise InputError(origin, "no items in this feed (is it RSS or Atom?)")
    source = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, start=1):
        try:
            yield _read_entry(entry, origin, stem, index, source, default_date)
        except InputError as exc:
            yield Problem(origin=origin, reason=f"item {index}: {exc.reason}")


def _read_entry(
    entry: Any, origin: str, stem: str, index: int, source: str | None, default: date | None
) -> Article:
    guid = entry.get("id") or entry.get("link") or f"{index}"
    article_id = f"{stem}-{hashlib.sha1(guid.encode('utf-8')).hexdigest()[:10]}"
    struct = entry.get("published_parsed") or entry.get("updated_parsed")
    published = parse_published(date(*struct[:3]) if struct else default, origin)
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "")
    body = body or entry.get("summary", "")
    text = html_to_text(body)
    if not text.strip():
        raise InputError(origin, f"item {index} has no text")
    return make_article(
        article_id=article_id,
        published_on=published,
        title=entry.get("title", ""),
        text=text,
        origin=f"{origin}#item{index}",
        fmt="feed",
        source=source,
        url=entry.get("link"),
    )


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment; paragraphs become blank-line separated."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    root = lxml.html.fromstring(f"<div>{fragment}</div>")
    for block in root.iter("p", "br", "div", "li"):
        block.tail = "\n\n" + (block.tail or "")
    lines = [ln.strip() for ln in root.text_content().split("\n\n")]
    return "\n\n".join(ln for ln in lines if ln)
