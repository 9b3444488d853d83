"""Turn raw fields into an Article: ids, dates, hashes, and the checks every reader shares."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime

from diplograph.errors import InputError
from diplograph.models import Article

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._:-]+")
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


def safe_id(raw: str) -> str:
    """An article id usable in URLs and file names; keeps the readable part of the input."""
    cleaned = _ID_UNSAFE.sub("-", raw.strip()).strip("-")
    return cleaned or hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def check_text(text: str, origin: str, line: int | None = None) -> str:
    if not text.strip():
        raise InputError(origin, "the article has no text", line)
    return text


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
) -> Article:
    return Article(
        id=article_id,
        published_on=published_on,
        title=title.strip(),
        text=text,
        content_hash=content_hash(text),
        source=source,
        url=url,
        origin=origin,
        format=fmt,
    )


def decode_utf8(data: bytes, origin: str, line: int | None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin,
            f"not UTF-8 text: undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}",
            line,
        ) from exc
