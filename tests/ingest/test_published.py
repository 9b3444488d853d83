"""Publication dates of feeds and web pages: read as written, an impossible one refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.config import Settings
from diplograph.errors import InputError
from diplograph.ingest.published import MONTHS, read_stated_date
from diplograph.ingest.sources import Source, read_source
from diplograph.models import Article, Problem

BODY = " ".join(["The foreign ministers of two countries met in Astana on Tuesday."] * 6)


def _read(path: Path, **kwargs: object) -> list[Article | Problem]:
    source = Source(origin=str(path), path=path, size=path.stat().st_size)
    return [item for item, _ in read_source(source, Settings(), **kwargs)]  # type: ignore[arg-type]


def _rss(tmp_path: Path, *dates: str) -> Path:
    items = "".join(
        f"<item><title>Item {n}</title><link>https://example.org/{n}</link>"
        f"<pubDate>{value}</pubDate><description>Leaders met, item {n}.</description></item>"
        for n, value in enumerate(dates)
    )
    path = tmp_path / "feed.xml"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}'
                    "</channel></rss>")  # fmt: skip
    return path


def _page(tmp_path: Path, head: str = "", extra: str = "") -> Path:
    path = tmp_path / "page.html"
    path.write_text(
        f"<!doctype html><html><head><title>Ministers meet</title>{head}</head><body><article>"
        f"<h1>Ministers meet</h1><p>{BODY}</p>{extra}</article></body></html>"
    )
    return path


def test_feed_dates_that_do_not_exist_are_refused_not_moved(tmp_path: Path) -> None:
    bad = ("0000-01-01", "2023-02-30", "2023-13-01", "-2020-01-01", "Thu, 30 Feb 2023 10:00 GMT")
    items = _read(_rss(tmp_path, *bad, "2023"))
    assert all(isinstance(item, Problem) for item in items), items
    reasons = [item.reason for item in items if isinstance(item, Problem)]
    assert "'0000-01-01' is impossible (year 0 is out of range)" in reasons[0]
    assert "'2023-02-30' is impossible (day is out of range for month)" in reasons[1]
    assert "'2023-13-01' is impossible (month must be in 1..12)" in reasons[2]
    assert "'-2020-01-01' is not a date diplograph can read" in reasons[3]
    assert "impossible" in reasons[4]
    assert "'2023' gives no day" in reasons[5]


def test_feed_dates_are_read_as_written_in_their_time_zone(tmp_path: Path) -> None:
    written = (
        "Fri, 19 May 2023 02:00:00 +0500",  # 2023-05-18 in UTC: the article says the 19th
        "2023-05-19T23:30:00-08:00",
        "19 May 2023",
        "Fri, 19 May 23 10:00 GMT",
    )
    items = _read(_rss(tmp_path, *written))
    assert [i.published_on for i in items if isinstance(i, Article)] == [date(2023, 5, 19)] * 4


def test_feed_with_a_bad_date_keeps_its_good_items(tmp_path: Path) -> None:
    items = _read(_rss(tmp_path, "2023-02-30", "2023-02-28"))
    assert isinstance(items[0], Problem) and items[0].reason.startswith("item 1: published")
    assert isinstance(items[1], Article) and items[1].published_on == date(2023, 2, 28)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2023-02-30T10:00:00Z">',
        '<meta name="date" content="2023-02-30">',
        '<meta itemprop="datePublished" content="2023-13-01">',
        '<script type="application/ld+json">{"datePublished": "0000-01-01"}</script>',
    ],
)
def test_page_date_that_does_not_exist_is_refused_not_moved(tmp_path: Path, head: str) -> None:
    (item,) = _read(_page(tmp_path, head), published_on=date(2023, 1, 5))
    assert isinstance(item, Problem)
    assert "the page's publication date" in item.reason and "is impossible" in item.reason


def test_page_date_from_its_metadata_or_written_in_full(tmp_path: Path) -> None:
    (meta,) = _read(_page(tmp_path, '<meta name="dc.date" content="19 May 2023">'))
    assert isinstance(meta, Article) and meta.published_on == date(2023, 5, 19)
    (timed,) = _read(_page(tmp_path, extra='<time pubdate datetime="2022-11-03">3 Nov</time>'))
    assert isinstance(timed, Article) and timed.published_on == date(2022, 11, 3)
    (written,) = _read(_page(tmp_path, extra="<p>Posted on 3 March 2021</p>"))
    assert isinstance(written, Article) and written.published_on == date(2021, 3, 3)


def test_page_that_names_only_a_month_has_no_date(tmp_path: Path) -> None:
    # htmldate makes 2023-01-01 of this; no day is written, so there is none.
    (item,) = _read(_page(tmp_path, extra="<p>February 2023</p>"))
    assert isinstance(item, Problem) and "no publication date" in item.reason
    (dated,) = _read(_page(tmp_path, extra="<p>February 2023</p>"), published_on=date(2023, 2, 3))
    assert isinstance(dated, Article) and dated.published_on == date(2023, 2, 3)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_read_stated_date_refuses_with_a_reason_or_gives_a_date(value: str) -> None:
    try:
        found = read_stated_date(value, "pubDate", "feed.xml")
    except InputError as exc:
        assert exc.reason.startswith("pubDate ")
    else:
        assert 1800 <= found.year <= date.today().year + 1


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2025, 12, 31)), st.integers(0, 4))
def test_read_stated_date_reads_every_common_form(day: date, form: int) -> None:
    month = MONTHS[day.month - 1].capitalize()
    written = (
        day.isoformat(),
        f"{day.isoformat()}T23:59:59-11:00",
        day.strftime("%a, %d %b %Y 10:00:00 +0500"),
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
    )[form]
    assert read_stated_date(written, "pubDate", "feed.xml") == day
