"""JSON Lines: one article per line with id, date, title, text and optional source, url."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from diplograph.errors import InputError
from diplograph.ingest.records import (
    check_text,
    decode_utf8,
    make_article,
    parse_published,
    safe_id,
)
from diplograph.models import Article, Problem


def read_jsonl(
    lines: Iterable[bytes],
    origin: str,
    default_date: date | None = None,
    max_line_chars: int = 20_000_000,
) -> Iterator[tuple[Article | Problem, int]]:
    """Yield (article or problem, characters consumed) per line; a bad line never stops the file."""
    for number, line in enumerate(lines, start=1):
        size = len(line)
        if not line.strip():
            continue
        try:
            if size > max_line_chars:
                raise InputError(origin, f"line is {size} bytes, over {max_line_chars}", number)
            text = decode_utf8(line, origin, number)
            yield read_record(text, origin, number, default_date), size
        except InputError as exc:
            yield Problem(origin=origin, reason=exc.reason, line=number), size


def read_record(line: str, origin: str, number: int, default_date: date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            origin, f"malformed JSON ({exc.msg} at column {exc.colno})", number
        ) from exc
    if not isinstance(record, dict):
        raise InputError(origin, "a JSON line must be an object with id, date and text", number)
    raw_id = record.get("id")
    if raw_id is None or not str(raw_id).strip():
        raise InputError(origin, "the record has no 'id'", number)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "the record has no 'text' string", number)
    check_text(text, origin, number)
    raw_date = record.get("date") or default_date
    published = parse_published(raw_date, origin, number)
    return make_article(
        article_id=safe_id(str(raw_id)),
        published_on=published,
        title=str(record.get("title") or ""),
        text=text,
        origin=f"{origin}:{number}",
        fmt="jsonl",
        source=_optional(record.get("source")),
        url=_optional(record.get("url")),
    )


def _optional(value: object) -> str | None:
    return str(value) if value not in (None, "") else None
