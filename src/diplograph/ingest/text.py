"""Plain text files: the publication date comes from --date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from diplograph.errors import InputError
from diplograph.ingest.records import check_date_range, check_text, make_article
from diplograph.models import Article


def read_text(
    text: str, origin: str, article_id: str, published_on: date | None
) -> Iterator[Article]:
    if published_on is None:
        raise InputError(
            origin,
            "no publication date: plain text needs --date YYYY-MM-DD "
            "(or a first line ' date YYYY-MM-DD')",
        )
    check_text(text, origin)
    first_line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    title = first_line if len(first_line.split()) <= 20 and not first_line.endswith(".") else ""
    yield make_article(
        article_id=article_id,
        published_on=check_date_range(published_on, origin),
        title=title,
        text=text,
        origin=origin,
        fmt="text",
    )
