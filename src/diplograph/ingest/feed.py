"""RSS and Atom feed files: one article per item, text from its content or summary."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

from diplograph.errors import InputError
from diplograph.ingest.published import read_stated_date
from diplograph.ingest.records import (
    bug_reason,
    check_date_range,
    check_unicode,
    library_failure,
    make_article,
)
from diplograph.models import Article, Problem

# Characters XML cannot hold; lxml refuses a string with any of them.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def read_feed(
    data: bytes, origin: str, stem: str, default_date: date | None
) -> Iterator[Article | Problem]:
    """One article or problem per item; a bad item never stops the feed."""
    import feedparser

    try:
        # Its sanitiser and link rewriting are most of its time (4x on large feeds) and change
        # nothing of the text we keep: html_to_text drops scripts and styles itself.
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except UnicodeEncodeError as exc:  # "&#55296;": feedparser encodes what it decoded
        raise InputError(origin, f"the feed holds a lone surrogate ({exc.reason})") from exc
    except Exception as exc:  # feedparser promises never to raise; where it does, say so
        raise InputError(origin, library_failure("feedparser", exc)) from exc
    if not parsed.entries:
        raise InputError(origin, "no items in this feed (is it RSS or Atom?)")
    source = _text(parsed.feed.get("title")) or None
    for index, entry in enumerate(parsed.entries, start=1):
        try:
            yield _read_entry(entry, origin, stem, index, source, default_date)
        except InputError as exc:
            yield Problem(origin=origin, reason=f"item {index}: {exc.reason}")
        except Exception as exc:  # a bug of ours on one item must not cost the others
            yield Problem(origin=origin, reason=f"item {index}: {bug_reason(exc)}")


def _read_entry(
    entry: Any, origin: str, stem: str, index: int, source: str | None, default: date | None
) -> Article:
    guid = _text(entry.get("id")) or _text(entry.get("link")) or f"{index}"
    digest = hashlib.sha1(guid.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    published = published_on(entry, origin, index) or default
    if published is None:
        raise InputError(origin, "no publication date: give one (pubDate, --date)")
    body = ""
    if entry.get("content"):
        body = _text(entry["content"][0].get("value"))
    body = body or _text(entry.get("summary"))
    check_unicode(body, "text", origin)
    text = html_to_text(body)
    if not text.strip():
        raise InputError(origin, "the item has no text")
    return make_article(
        article_id=f"{stem}-{digest}",
        published_on=check_date_range(published, origin),
        title=_text(entry.get("title")),
        text=text,
        origin=f"{origin}#item{index}",
        fmt="feed",
        source=source,
        url=_text(entry.get("link")) or None,
    )


def published_on(entry: Any, origin: str, index: int) -> date | None:
    """The date an item states (pubDate or published, else updated), as written; None when it
    states none. feedparser's own reading is used only for forms ours cannot read, and only when
    the year and day it gives are written in the item (it invents dates from impossible ones)."""
    for field in ("published", "updated"):
        # dict.get: FeedParserDict answers 'updated' with 'published', and warns that it does.
        raw = _text(dict.get(entry, field))
        if raw.strip():
            struct = dict.get(entry, f"{field}_parsed")
            return read_stated_date(raw, field, origin, parsed=_struct_date(struct))
    return None


def _struct_date(struct: time.struct_time | None) -> date | None:
    try:
        return date(*struct[:3]) if struct else None
    except (ValueError, TypeError):
        return None


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment; paragraphs become blank-line separated."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{_NOT_XML.sub('', fragment)}</div>")
    except lxml.etree.ParserError:  # markup lxml makes nothing of: keep the words as written
        return re.sub(r"<[^>]*>", " ", fragment).strip()
    for hidden in list(root.iter("script", "style", "template")):
        hidden.drop_tree()
    for block in root.iter("p", "br", "div", "li"):
        block.tail = "\n\n" + (block.tail or "")
    lines = [ln.strip() for ln in root.text_content().split("\n\n")]
    return "\n\n".join(ln for ln in lines if ln)
