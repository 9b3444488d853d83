"""The seed format: a first line ' date YYYY-MM-DD <rest>' followed by the article text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from diplograph.errors import InputError
from diplograph.ingest.records import check_text, make_article, parse_published
from diplograph.models import Article

SEED_LINE = re.compile(r"^\ufeff?\s?date (\S+) ?")
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(com|org|net|kz|ru|uk|fr|info|news|az|uz)$", re.I)
_HEADLINE_MAX_WORDS = 22


def is_seed(text: str) -> bool:
    return bool(SEED_LINE.match(text))


def reads_as_headline(line: str) -> bool:
    """Short, no final full stop, not a dateline: how a headline looks in these files."""
    words = line.split()
    if not words or len(words) > _HEADLINE_MAX_WORDS:
        return False
    if line.rstrip().endswith((".", "!", "»", '"', ":", ",")):
        return False
    return not re.match(r"^[A-Z][A-Z ,.-]+[.,]\s", line)  # "ASTANA. KAZINFORM ..."


def read_seed(text: str, origin: str, article_id: str) -> Iterator[Article]:
    """One article; the text kept is everything after the date, exactly as read."""
    match = SEED_LINE.match(text)
    if not match:
        raise InputError(origin, "not in the seed format (first line ' date YYYY-MM-DD ...')", 1)
    published = parse_published(match[1], origin, 1)
    body = text[match.end() :]
    check_text(body, origin)
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    title, source = "", None
    if lines and _DOMAIN.match(lines[0]):
        source = lines[0]
        lines = lines[1:]
    if lines and reads_as_headline(lines[0]):
        title = lines[0]
    yield make_article(
        article_id=article_id,
        published_on=published,
        title=title,
        text=body,
        origin=origin,
        fmt="seed",
        source=source,
    )
