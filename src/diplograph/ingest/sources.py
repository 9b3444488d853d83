"""Read each source with its format's reader: articles and problems, never an exception.

The reader contract: whatever the bytes, a source gives at least one item, and each item is an
Article or a Problem with the file, the line where there is one, and the reason. Readers raise
InputError for input they refuse; ``read_source`` turns that, an unreadable file, and even a bug
in a reader (named by its exception type) into problems, so one input never stops a batch.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from diplograph.config import Settings
from diplograph.errors import InputError
from diplograph.ingest.feed import read_feed
from diplograph.ingest.html import read_html
from diplograph.ingest.ids import safe_id
from diplograph.ingest.jsonl import read_jsonl
from diplograph.ingest.paths import Source, expand_paths
from diplograph.ingest.records import bug_reason, decode_utf8
from diplograph.ingest.seed import is_seed, read_seed
from diplograph.ingest.text import read_text
from diplograph.models import Article, Problem

__all__ = ["FORMATS", "Source", "detect_format", "expand_paths", "read_source"]

FORMATS = ("auto", "seed", "jsonl", "text", "html", "feed")
_SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_NO_MARK = (
    "UTF-16 ({order}-endian) text without a byte-order mark: save it as UTF-8 "
    "(or as UTF-16 with its byte-order mark)"
)


def detect_format(source: Source, head: bytes) -> str:
    """Format from the content first (a date line, JSON, markup), then from the file suffix."""
    start = head.lstrip(b"\xef\xbb\xbf")
    if start.startswith((b" date ", b"date ")):
        return "seed"
    stripped = start.lstrip()
    lowered = stripped[:200].lower()
    if lowered.startswith((b"<?xml", b"<rss", b"<feed")) and (
        b"<rss" in head[:2000].lower() or b"<feed" in head[:2000].lower()
    ):
        return "feed"
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if source.suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[source.suffix]
    if stripped.startswith(b"{"):
        return "jsonl"
    return "text"


def read_source(
    source: Source, settings: Settings, fmt: str = "auto", published_on: date | None = None
) -> Iterator[tuple[Article | Problem, int]]:
    """Articles and problems of one source, each with the bytes it accounts for (for progress).

    Never raises: see the module's docstring. A source that yields nothing is a problem too.
    """
    given = False
    try:
        for item, consumed in _read_source(source, settings, fmt, published_on):
            given = True
            yield _within_limits(item, settings), consumed
    except InputError as exc:
        given = True
        yield Problem(origin=exc.origin, reason=exc.reason, line=exc.line), source.size
    except OSError as exc:
        given = True
        yield Problem(origin=source.origin, reason=f"cannot read: {exc.strerror or exc}"), 0
    except Exception as exc:  # a bug in a reader: a problem naming it, and the batch goes on
        given = True
        yield Problem(origin=source.origin, reason=bug_reason(exc)), source.size
    if not given:
        yield Problem(origin=source.origin, reason="no article found in this file"), source.size


def _within_limits(item: Article | Problem, settings: Settings) -> Article | Problem:
    if isinstance(item, Article) and len(item.text) > settings.max_article_chars:
        return Problem(
            origin=item.origin,
            article_id=item.id,
            reason=f"the article is {len(item.text):,} characters long, over the limit of "
            f"{settings.max_article_chars:,} that extraction reads (split it, or raise "
            "DIPLOGRAPH_MAX_ARTICLE_CHARS)",
        )
    return item


def _read_source(
    source: Source, settings: Settings, fmt: str, published_on: date | None
) -> Iterator[tuple[Article | Problem, int]]:
    origin = source.origin
    if source.size == 0:
        raise InputError(origin, "empty file")
    with _open_binary(source) as handle:
        head = handle.read(8192)
        encoding = next((name for mark, name in _BYTE_ORDER_MARKS if head.startswith(mark)), None)
        if encoding is not None:  # read whole: UTF-8 from here on
            _check_size(source, settings)
            handle = io.BytesIO(_transcode(head + handle.read(), encoding, origin))
            head = handle.read(8192)
        elif b"\x00" in head:
            raise InputError(origin, _nul_reason(head))
        chosen = detect_format(source, head) if fmt == "auto" else fmt
        if chosen == "jsonl":
            handle.seek(0)
            yield from read_jsonl(handle, origin, published_on, settings.max_file_bytes)
            return
        _check_size(source, settings)
        data = head + handle.read()
    yield from ((item, source.size) for item in _read_whole(data, source, chosen, published_on))


def _check_size(source: Source, settings: Settings) -> None:
    if source.size > settings.max_file_bytes:
        raise InputError(
            source.origin,
            f"file is {source.size} bytes, over the limit of {settings.max_file_bytes} "
            "(raise it with DIPLOGRAPH_MAX_FILE_BYTES)",
        )


def _nul_reason(head: bytes) -> str:
    """UTF-16 without its byte-order mark has a NUL beside every ASCII character: say so."""
    even, odd = head[0::2], head[1::2]
    if len(odd) >= 2:
        if odd.count(0) >= 0.8 * len(odd) and even.count(0) <= 0.1 * len(even):
            return _NO_MARK.format(order="little")
        if even.count(0) >= 0.8 * len(even) and odd.count(0) <= 0.1 * len(odd):
            return _NO_MARK.format(order="big")
    return "binary file (contains NUL bytes), not an article"


def _transcode(data: bytes, encoding: str, origin: str) -> bytes:
    """UTF-16 or UTF-32 text with its byte-order mark, as UTF-8 for the readers."""
    try:
        return data.decode(encoding).encode("utf-8")
    except UnicodeDecodeError as exc:
        reason = f"not {encoding.upper()} text: {exc.reason} at byte {exc.start}"
        raise InputError(origin, reason) from exc


def _read_whole(
    data: bytes, source: Source, fmt: str, published_on: date | None
) -> Iterator[Article | Problem]:
    origin, article_id = source.origin, safe_id(source.stem)
    if fmt == "feed":
        yield from read_feed(data, origin, article_id, published_on)
        return
    text = decode_utf8(data, origin, None)
    if fmt == "seed" or (fmt == "text" and is_seed(text)):
        yield from read_seed(text, origin, article_id)
    elif fmt == "html":
        yield from read_html(text, origin, article_id, published_on)
    elif fmt == "text":
        yield from read_text(text, origin, article_id, published_on)
    else:
        raise InputError(origin, f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _open_binary(source: Source) -> BinaryIO:
    if source.data is not None:
        return io.BytesIO(source.data)
    assert source.path is not None
    return source.path.open("rb")
