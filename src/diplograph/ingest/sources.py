"""Find the articles in paths (files, folders, globs, '-'); read each with its format's reader."""

from __future__ import annotations

import glob
import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from diplograph.config import Settings
from diplograph.errors import InputError
from diplograph.ingest.feed import read_feed
from diplograph.ingest.html import read_html
from diplograph.ingest.jsonl import read_jsonl
from diplograph.ingest.records import decode_utf8, safe_id
from diplograph.ingest.seed import is_seed, read_seed
from diplograph.ingest.text import read_text
from diplograph.models import Article, Problem

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
_SKIP_NAMES = {"readme.md", "license", "provenance.md"}


@dataclass(frozen=True)
class Source:
    """One input: a file path, or bytes in memory (standard input's, or a file sent over HTTP)
    with the file ``name`` they came under, if any."""

    origin: str
    path: Path | None
    size: int
    data: bytes | None = None
    name: str | None = None

    @property
    def stem(self) -> str:
        if self.path:
            return self.path.stem
        return Path(self.name).stem if self.name else "stdin"

    @property
    def suffix(self) -> str:
        named = self.path or (Path(self.name) if self.name else None)
        return named.suffix.lower() if named else ""


def expand_paths(paths: Iterable[str], stdin: bytes | None = None) -> Iterator[Source | Problem]:
    """Files under folders (recursively, sorted), glob matches, and '-' for standard input."""
    for raw in paths:
        if raw == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            yield Source(origin="<stdin>", path=None, size=len(data), data=data)
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield Problem(origin=raw, reason="no file matches this pattern")
        for match in matches:
            yield from _expand_one(Path(match))


def _expand_one(path: Path) -> Iterator[Source | Problem]:
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            if child.name.lower() in _SKIP_NAMES or child.name.startswith("."):
                continue
            yield Source(origin=str(child), path=child, size=child.stat().st_size)
    elif path.is_file():
        yield Source(origin=str(path), path=path, size=path.stat().st_size)
    else:
        yield Problem(origin=str(path), reason="no such file or folder")


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
    """Articles and problems of one source, each with the bytes it accounts for (for progress)."""
    try:
        yield from _read_source(source, settings, fmt, published_on)
    except InputError as exc:
        yield Problem(origin=exc.origin, reason=exc.reason, line=exc.line), source.size
    except OSError as exc:
        yield Problem(origin=source.origin, reason=f"cannot read: {exc.strerror or exc}"), 0


def _read_source(
    source: Source, settings: Settings, fmt: str, published_on: date | None
) -> Iterator[tuple[Article | Problem, int]]:
    origin = source.origin
    if source.size == 0:
        raise InputError(origin, "empty file")
    with _open_binary(source) as handle:
        head = handle.read(8192)
        if b"\x00" in head:
            raise InputError(origin, "binary file (contains NUL bytes), not an article")
        chosen = detect_format(source, head) if fmt == "auto" else fmt
        if chosen == "jsonl":
            handle.seek(0)
            yield from read_jsonl(handle, origin, published_on, settings.max_file_bytes)
            return
        if source.size > settings.max_file_bytes:
            raise InputError(
                origin,
                f"file is {source.size} bytes, over the limit of {settings.max_file_bytes} "
                "(raise it with DIPLOGRAPH_MAX_FILE_BYTES)",
            )
        data = head + handle.read()
    yield from ((item, source.size) for item in _read_whole(data, source, chosen, published_on))


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
