"""JSON Lines: one article per line with id, date, title, text; optional source, url, dateline."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date

from diplograph.errors import InputError
from diplograph.ingest.ids import record_id
from diplograph.ingest.records import (
    bug_reason,
    check_text,
    decode_utf8,
    make_article,
    optional_text,
    parse_published,
)
from diplograph.models import Article, Problem


def read_jsonl(
    lines: Iterable[bytes],
    origin: str,
    default_date: date | None = None,
    max_line_chars: int = 20_000_000,
) -> Iterator[tuple[Article | Problem, int]]:
    """Yield (article or problem, characters consumed) per line; a bad line never stops the file.

    A file of blank lines only is one problem: it holds no article, and saying so beats silence.
    """
    blank = 0
    read_any = False
    for number, line in enumerate(lines, start=1):
        size = len(line)
        if not line.strip():
            blank += size
            continue
        read_any = True
        yield _read_line(line, origin, number, default_date, max_line_chars), size
    if not read_any:
        yield Problem(origin=origin, reason="no JSON lines: the file holds only whitespace"), blank


def _read_line(
    line: bytes, origin: str, number: int, default_date: date | None, max_line_chars: int
) -> Article | Problem:
    try:
        if len(line) > max_line_chars:
            raise InputError(origin, f"line is {len(line)} bytes, over {max_line_chars}", number)
        return read_record(decode_utf8(line, origin, number), origin, number, default_date)
    except InputError as exc:
        return Problem(origin=origin, reason=exc.reason, line=number)
    except Exception as exc:  # a bug of ours on one line must not cost the rest of the file
        return Problem(origin=origin, reason=bug_reason(exc), line=number)


def read_record(line: str, origin: str, number: int, default_date: date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            origin, f"malformed JSON ({exc.msg} at column {exc.colno})", number
        ) from exc
    except RecursionError as exc:
        raise InputError(
            origin, "JSON nested too deeply to read (thousands of levels)", number
        ) from exc
    except ValueError as exc:  # an integer of more than 4,300 digits
        raise InputError(origin, f"JSON that cannot be read ({exc})", number) from exc
    if not isinstance(record, dict):
        raise InputError(origin, "a JSON line must be an object with id, date and text", number)
    article_id = record_id(record.get("id"), origin, number)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "the record has no 'text' string", number)
    check_text(text, origin, number)
    published = parse_published(record.get("date") or default_date, origin, number)
    text = _with_dateline(text, _dateline_of(record, origin, number))
    return make_article(
        article_id=article_id,
        published_on=published,
        title=optional_text(record.get("title"), "title", origin, number) or "",
        text=text,
        origin=origin,
        line=number,
        fmt="jsonl",
        source=optional_text(record.get("source"), "source", origin, number),
        url=optional_text(record.get("url"), "url", origin, number),
    )


def _dateline_of(record: dict[str, object], origin: str, number: int) -> str | None:
    """The record's dateline ("PARIS, March 27 -"), at the top level or under ``meta`` as the
    Reuters-21578 exports keep it, apart from the story's text."""
    meta = record.get("meta")
    value = record.get("dateline")
    name = "dateline"
    if value is None and isinstance(meta, dict):
        value, name = meta.get("dateline"), "meta.dateline"
    line = optional_text(value, name, origin, number)
    if line is None or not line.strip():
        return None
    if "\n" in line or len(line) > 200:
        raise InputError(origin, f"the '{name}' is not one short line", number)
    return " ".join(line.split())


def _with_dateline(text: str, line: str | None) -> str:
    """The story as the wire printed it: its dateline opens the first paragraph ("PARIS, March
    27 - Nigeria and France have signed..."), which tells where "here" is and where a visit or
    talks took place. A text that already opens with its dateline's place is left as it is."""
    if line is None:
        return text
    place = line.split(",")[0].rstrip(" -").strip()
    if text.lstrip()[: len(place)].lower() == place.lower():
        return text
    if not line.endswith("-"):
        line += " -"
    return f"{line} {text.lstrip()}"
