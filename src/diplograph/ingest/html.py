"""HTML pages: main text and title extracted with trafilatura; the date the page states."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from diplograph.errors import InputError
from diplograph.ingest.published import meta_dates, read_stated_date, written_in_page
from diplograph.ingest.records import check_date_range, check_text, make_article
from diplograph.models import Article


def read_html(
    html: str, origin: str, article_id: str, default_date: date | None
) -> Iterator[Article]:
    # Imported here: trafilatura costs ~0.3 s and most batches have no HTML.
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    # Without as_dict=True the result is a Document, or None when nothing was found.
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        raise InputError(origin, "no article text found in this HTML page")
    text = check_text(doc.text or "", origin)
    published = page_published_on(html, doc.date, origin) or default_date
    if published is None:
        raise InputError(
            origin, "no publication date: the page states none; give one with --date YYYY-MM-DD"
        )
    yield make_article(
        article_id=article_id,
        published_on=check_date_range(published, origin),
        title=doc.title or "",
        text=text,
        origin=origin,
        fmt="html",
        source=doc.sitename or None,
        url=doc.url or None,
    )


def page_published_on(page: str, guessed: str | None, origin: str) -> date | None:
    """The publication date the page's metadata states (the first one; an impossible one is an
    InputError), else the date trafilatura found when the page writes that day in full: its
    guesses from a year or month alone, or from an impossible date, name a day nobody wrote."""
    for where, value in meta_dates(page):
        return read_stated_date(value, f"the page's publication date {where}", origin)
    if not guessed:
        return None
    try:
        found = date.fromisoformat(guessed)
    except ValueError:
        return None
    return found if written_in_page(page, found) else None
