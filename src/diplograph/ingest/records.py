"""Turn raw fields into an Article: ids, dates, hashes, and the checks every reader shares."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime

from diplograph.errors import InputError
from diplograph.models import Article

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")
MIN_YEAR = 1800


def content_hash(text: str) -> str:
    """SHA-256 of the text exactly as read: the identity of an article's content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_published(value: object, origin: str, line: int | None = None) -> date:
    """An ISO date (or datetime) as a date; a missing or impossible date is an InputError."""
    if isinstance(value, datetime):
        return check_date_range(value.date(), origin, line)
    if isinstance(value, date):
        return check_date_range(value, origin, line)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise InputError(
            origin, "no publication date: give one (JSON 'date', --date, or a date line)", line
        )
    if not isinstance(value, str):
        raise InputError(origin, f"publication date {value!r} is not a string", line)
    match = _ISO_DATE.match(value)
    if not match:
        raise InputError(origin, f"publication date {value!r} is not an ISO date YYYY-MM-DD", line)
    try:
        parsed = date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise InputError(origin, f"publication date {value!r} is impossible ({exc})", line) from exc
    return check_date_range(parsed, origin, line)


def check_date_range(value: date, origin: str, line: int | None = None) -> date:
    """Reject dates before 1800 or more than a year ahead of today: typos, not news."""
    latest = date.today().year + 1
    if not MIN_YEAR <= value.year <= latest:
        raise InputError(
            origin, f"publication date {value.isoformat()} is outside {MIN_YEAR}-{latest}", line
        )
    return value


def optional_text(value: object, name: str, origin: str, line: int | None = None) -> str | None:
    """An optional string field (title, source, url): absent, null or "" is None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(origin, f"the '{name}' is {json_kind(value)}, not a string", line)
    return value


def json_kind(value: object) -> str:
    """'a number (5)', 'a JSON array (["a"])': what a JSON value is, and a glimpse of it."""
    kinds = {bool: "a JSON boolean", int: "a number", float: "a number", list: "a JSON array"}
    kind = kinds.get(type(value), "a JSON object" if isinstance(value, dict) else "a value")
    try:
        shown = printable(json.dumps(value, ensure_ascii=False, default=repr))
    except (RecursionError, ValueError):  # nested too deeply to show
        shown = "..."
    return f"{kind} ({shown if len(shown) <= 40 else shown[:37] + '...'})"


def check_text(text: str, origin: str, line: int | None = None) -> str:
    if not text.strip():
        raise InputError(origin, "the article has no text", line)
    return text


def check_unicode(value: str, name: str, origin: str, line: int | None = None) -> None:
    """Refuse a string that cannot be written as UTF-8: a lone surrogate (a JSON "\\ud800"
    escape without its pair) is no character, and the store and the hashes need UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(origin, surrogate_reason(name, value, exc), line) from exc


def surrogate_reason(name: str, value: str, exc: UnicodeEncodeError) -> str:
    code = ord(value[exc.start])
    return (
        f"the {name} holds a lone surrogate \\u{code:04x} at character {exc.start}: "
        "not valid Unicode (half of a pair, often from text cut in the middle of an emoji)"
    )


def make_article(
    *,
    article_id: str,
    published_on: date,
    title: str,
    text: str,
    origin: str,
    fmt: str,
    source: str | None = None,
    url: str | None = None,
    line: int | None = None,
) -> Article:
    """The Article; an InputError when a field is not valid Unicode (``line`` for the problem)."""
    try:
        digest = content_hash(text)
    except UnicodeEncodeError as exc:
        raise InputError(origin, surrogate_reason("text", text, exc), line) from exc
    title = title.strip()
    for name, value in (("id", article_id), ("title", title), ("source", source), ("url", url)):
        if value:
            check_unicode(value, name, origin, line)
    return Article(
        id=article_id,
        published_on=published_on,
        title=title,
        text=text,
        content_hash=digest,
        source=source,
        url=url,
        origin=origin if line is None else f"{origin}:{line}",
        format=fmt,
    )


def bug_reason(exc: BaseException) -> str:
    """The reason given when our own code failed on an input: the exception, and what to do."""
    return (
        f"could not be read: {type(exc).__name__}: {printable(str(exc))[:200]} "
        "(a bug in diplograph: please report it with this input)"
    )


def library_failure(library: str, exc: BaseException) -> str:
    """The reason given when a parsing library failed on an input it should have read."""
    return f"{library} failed on this file: {type(exc).__name__}: {printable(str(exc))[:200]}"


def printable(text: str) -> str:
    """``text`` with anything UTF-8 cannot hold (lone surrogates) written as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def decode_utf8(data: bytes, origin: str, line: int | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin,
            f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}",
            line,
        ) from exc
