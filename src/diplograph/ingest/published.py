"""Publication dates as feeds and web pages write them: read strictly, never repaired.

Feed and HTML libraries normalise what they cannot read: feedparser turns 2023-02-30 into
2023-03-02 and -2020-01-01 into a date in 2026, htmldate turns it into 2023-02-01 and a bare
"February 2023" into 2023-01-01. A wrong date misplaces every event of the article, so the
date an input states is read here and an impossible or unreadable one is refused with a reason.
"""

from __future__ import annotations

import email.utils
import html
import re
from collections.abc import Iterator
from datetime import date

from diplograph.errors import InputError
from diplograph.ingest.records import check_date_range

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH_NUMBER = (
    {name: number for number, name in enumerate(MONTHS, start=1)}
    | {name[:3]: number for number, name in enumerate(MONTHS, start=1)}
    | {"sept": 9}
)
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True)) + r")\.?"
_ISO_DAY = re.compile(r"\s*(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<day>\d{1,2})(?![\d])")
_ISO_PARTIAL = re.compile(r"\s*\d{4}(-\d{1,2})?\s*$")
_DAY_MONTH_YEAR = re.compile(
    r"\s*(?:[a-z]+,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    r"\s*(?:[a-z]+,?\s+)?" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b",
    re.I,
)

# Metadata that states when a page was published (lower-cased meta name, property or itemprop).
PUBLISHED_META = frozenset(
    {
        "article:published_time", "og:article:published_time", "og:published_time",
        "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
        "dcterms.created", "pubdate", "publishdate", "publish-date", "published-date",
        "publish_date", "publication_date", "article.published", "sailthru.date",
        "parsely-pub-date", "citation_publication_date", "citation_date", "originalpublicationdate",
    }
)  # fmt: skip
_META = re.compile(r"<meta\b[^>]*>", re.I)
_TIME = re.compile(r"<time\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)""")
_JSON_LD_DATE = re.compile(r""""datePublished"\s*:\s*"([^"]{0,100})\"""")


def read_stated_date(
    value: str, what: str, origin: str, line: int | None = None, *, parsed: date | None = None
) -> date:
    """The date ``value`` states, as written (a time zone never moves it to another day).

    Reads ISO 8601 (2023-05-19, 2023-05-19T10:00:00+05:00), RFC 822 (Fri, 19 May 2023 10:00:00
    GMT) and English day-month-year forms. ``parsed`` is another library's reading, taken for
    forms these cannot read when the year and the day it gives are written in ``value``.
    ``what`` names the field in the reason of the InputError raised otherwise.
    """
    shown = repr(value.strip()[:60])
    try:
        found = _read_date(value)
    except ValueError as exc:
        raise InputError(origin, f"{what} {shown} is impossible ({exc})", line) from exc
    if found is None and parsed is not None and _written_in(value, parsed.year, parsed.day):
        found = parsed
    if found is None:
        if _ISO_PARTIAL.match(value):
            reason = f"{what} {shown} gives no day"
        else:
            reason = f"{what} {shown} is not a date diplograph can read (write YYYY-MM-DD)"
        raise InputError(origin, reason, line)
    return check_date_range(found, origin, line)


def _read_date(value: str) -> date | None:
    """The date ``value`` writes, None when it writes none; ValueError when it is impossible."""
    match = _ISO_DAY.match(value)
    if match:
        return date(int(match["year"]), int(match["m"]), int(match["day"]))
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.match(value)
        if match:
            month = _MONTH_NUMBER[match["month"].lower()]
            return date(int(match["year"]), month, int(match["day"]))
    try:
        fields = email.utils.parsedate_tz(value)
    except (ValueError, IndexError):  # a few malformed strings trip the parser itself
        fields = None
    if fields is None:
        return None
    return date(fields[0], fields[1], fields[2])


def _written_in(value: str, year: int, day: int) -> bool:
    numbers = {int(n) for n in re.findall(r"\d+", value) if len(n) <= 4}
    return year in numbers and day in numbers


def meta_dates(page: str) -> Iterator[tuple[str, str]]:
    """(where, value) of each publication date a page's metadata states, in page order:
    meta tags, <time> marked as the publication date, and JSON-LD datePublished."""
    found = [
        (match.start(), where, value)
        for pattern in (_META, _TIME)
        for match in pattern.finditer(page)
        for where, value in _tag_date(match.group(0))
    ]
    found += [
        (match.start(), "JSON-LD datePublished", html.unescape(match[1]))
        for match in _JSON_LD_DATE.finditer(page)
    ]
    for _, where, value in sorted(found):
        yield where, value


def _tag_date(tag: str) -> Iterator[tuple[str, str]]:
    attributes = {
        name.lower(): html.unescape(raw.strip("\"'")) for name, raw in _ATTRIBUTE.findall(tag)
    }
    value = attributes.get("content") or attributes.get("datetime")
    if not value:
        return
    element = tag[1:5].lower()
    for key in ("name", "property", "itemprop"):
        named = attributes.get(key, "").lower()
        if named in PUBLISHED_META:
            yield f'<{element} {key}="{named}">', value
            return
    if element == "time" and re.search(r"\spubdate\b", tag, re.I):
        yield "<time pubdate>", value


def written_in_page(page: str, day: date) -> bool:
    """Whether ``page`` writes ``day`` in full in a common form (2023-05-19, 19.05.2023,
    19 May 2023, May 19, 2023, 2023/05/19): a date guessed from text, else, is not trusted."""
    lower = page.lower()
    y, m, d = day.year, day.month, day.day
    numeric = (
        f"{y}-{m:02}-{d:02}", f"{y}/{m:02}/{d:02}", f"{d:02}.{m:02}.{y}", f"{d}.{m}.{y}",
        f"{d:02}/{m:02}/{y}", f"{m:02}/{d:02}/{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y}",
    )  # fmt: skip
    if any(form in lower for form in numeric):
        return True
    month = MONTHS[m - 1]
    words = rf"(?:{month}|{month[:3]})\.?"
    return bool(
        re.search(rf"\b0?{d}(?:st|nd|rd|th)?\s+{words},?\s+{y}\b", lower)
        or re.search(rf"\b{words}\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}\b", lower)
    )
