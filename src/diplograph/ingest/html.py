"""HTML pages: main text, title and publication date extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from diplograph.errors import InputError
from diplograph.ingest.records import check_text, make_article, parse_published
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
    published = parse_published(doc.date or default_date, origin)
    yield make_article(
        article_id=article_id,
        published_on=published,
        title=doc.title or "",
        text=text,
        origin=origin,
        fmt="html",
        source=doc.sitename or None,
        url=doc.url or None,
    )
