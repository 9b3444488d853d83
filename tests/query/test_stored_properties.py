"""The stored resolution, brought up to date after each batch of random articles (added or
extracted again, in any order), is what resolving everything at once gives."""

from __future__ import annotations

import tempfile
from itertools import product
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.models import Article, Event, Evidence, Extraction, PersonMention
from diplograph.query.stored import is_current, stored_between, stored_page, update_resolution
from diplograph.query.timelines import PairTimeline
from diplograph.resolve.events import Report, resolve_events
from diplograph.resolve.people import resolve_people
from diplograph.store import SQLiteStore

from ..resolve.test_incremental import PAIRS, _reports, _shape, _within

KNOWLEDGE: Any = SimpleNamespace(place_within=_within)
STATUSES = (None, "occurred", "planned")


def _store_article(store: SQLiteStore, article: str, reports: list[Report]) -> None:
    published = next((day for _, day in reports if day), None)
    store.insert_article(
        Article(article, published, "", f"text of {article}", article),
        story_id=None, similarity=None, signature=b"", bands=(),
    )  # fmt: skip


def _extract(store: SQLiteStore, article: str, reports: list[Report]) -> None:
    events: list[Event] = [event for event, _ in reports]
    people = tuple(
        PersonMention(name, 0, 1, "KAZ" if "ssilenko" in name else "GBR")
        for event in events
        for name in event.people
    )
    with store.transaction():
        store.save_extraction(Extraction(article, people=people, events=tuple(events)), "test")


def _expected(store: SQLiteStore, a: str, b: str) -> PairTimeline:
    people = resolve_people((n, c, r, x) for n, c, r, x, _ in store.person_roles())
    every = resolve_events(store.events_with_dates(), people, _within)
    return PairTimeline.ordered([e for e in every if a in e.countries and b in e.countries])


@st.composite
def _batches(draw: st.DrawFn) -> list[list[tuple[str, list[Report]]]]:
    """Batches of (article, its reports): new articles, and some extracted again later."""
    count = draw(st.integers(1, 6))
    order = draw(st.permutations([f"a{i}" for i in range(count)]))
    again = draw(st.lists(st.sampled_from(order), max_size=3))
    arrivals = [(article, draw(_reports(article))) for article in [*order, *again]]
    cuts = sorted(draw(st.sets(st.integers(1, len(arrivals)), max_size=3)))
    edges = zip([0, *cuts], [*cuts, len(arrivals)], strict=True)
    return [arrivals[a:b] for a, b in edges if arrivals[a:b]]


@settings(max_examples=150, deadline=None)
@given(_batches())
def test_each_update_of_the_stored_resolution_equals_resolving_everything(
    batches: list[list[tuple[str, list[Report]]]],
) -> None:
    with tempfile.TemporaryDirectory(prefix="cold_") as folder:
        store = SQLiteStore(Path(folder) / "store.db")
        seen: set[str] = set()
        try:
            for batch in batches:
                for article, reports in batch:
                    if article not in seen:
                        seen.add(article)
                        _store_article(store, article, reports)
                    _extract(store, article, reports)
                update_resolution(store, KNOWLEDGE)
                assert is_current(store)
                for pair in PAIRS:
                    a, b = pair[0], pair[1]
                    kept = PairTimeline.ordered(stored_between(store, a, b) or [])
                    expected = _expected(store, a, b)
                    assert _shape(kept.occurred) == _shape(expected.occurred)
                    assert _shape(kept.planned) == _shape(expected.planned)
                    assert (kept.occurred, kept.planned) == (expected.occurred, expected.planned)
                    _assert_pages_equal(store, a, b, expected)
        finally:
            store.close()


WINDOWS = ((None, None), ("2023-10", None), (None, "2023-10"), ("2023-10-02", "2023-10-03"),
           ("2023-11", "2024"), ("2024", None))  # fmt: skip
CUTS = ((100, 0), (1, 0), (1, 1), (2, 1), (3, 2), (2, 5))


def _assert_pages_equal(store: SQLiteStore, a: str, b: str, expected: PairTimeline) -> None:
    """Pages read alone from the stored resolution equal the whole pair's pages: undated and
    interval dates, events never or not yet published, every window, status and cut."""
    for (start, end), status, (limit, offset) in product(WINDOWS, STATUSES, CUTS):
        want = expected.page(start, end, status, limit, offset)
        found = stored_page(store, a, b, (start, end, status), limit, offset)
        assert found is not None
        assert _shape(found.occurred) == _shape(want.occurred)
        assert _shape(found.planned) == _shape(want.planned)
        assert (found.occurred, found.planned) == (want.occurred, want.planned)
        assert (found.total_occurred, found.total_planned) == (
            want.total_occurred, want.total_planned
        )  # fmt: skip


def _meeting(article: str, countries: tuple[str, ...], name: str) -> Report:
    event = Event(type="CONSULT", mode="meet", status="occurred", countries=countries,
                  people=(name,), date="2023-10-02", date_reason="", place=None,
                  evidence=Evidence(article, "a sentence", 0, 10))  # fmt: skip
    return event, None


def test_a_block_is_resolved_again_when_a_name_it_uses_stops_being_canonical(
    tmp_path: Path,
) -> None:
    with SQLiteStore(tmp_path / "store.db") as store:
        first = [_meeting("a1", ("KAZ", "GBR"), "R. Vassilenko")]
        _store_article(store, "a1", first)
        _extract(store, "a1", first)
        update_resolution(store, KNOWLEDGE)
        (before,) = stored_between(store, "KAZ", "GBR") or []
        assert before.people == ("R. Vassilenko",)
        for article in ("a2", "a3"):  # another spelling, in another block, now the most used
            reports = [_meeting(article, ("KAZ", "FRA"), "Roman Vassilenko")]
            _store_article(store, article, reports)
            _extract(store, article, reports)
        report = update_resolution(store, KNOWLEDGE)
        (after,) = stored_between(store, "KAZ", "GBR") or []
        assert (
            after.people
            == ("Roman Vassilenko",)
            == _expected(store, "KAZ", "GBR").occurred[0].people
        )
        assert report.articles == 2 and report.blocks == 2  # KAZ-FRA, and KAZ-GBR renamed
