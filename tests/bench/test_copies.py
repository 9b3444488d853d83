"""bench/copies.py: benchmark stores grown from extracted stories, every date moved."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from diplograph.store.api_queries import EventFilter, events_between, list_events
from diplograph.store.sqlite import SQLiteStore

from ..serve.test_api_queries import store  # noqa: F401  (the fixture: one extracted story)

_PATH = Path(__file__).resolve().parents[2] / "bench" / "copies.py"
_SPEC = importlib.util.spec_from_file_location("bench_copies", _PATH)
assert _SPEC is not None and _SPEC.loader is not None
copies = importlib.util.module_from_spec(_SPEC)
sys.modules["bench_copies"] = copies
_SPEC.loader.exec_module(copies)


def test_copy_stories_adds_distinct_copies_with_moved_dates(store: SQLiteStore) -> None:  # noqa: F811
    assert copies.copy_stories(store, 2) == 9
    found, _ = list_events(store, EventFilter(countries=("GBR",)), 9, 0)
    assert [(e.evidence.article_id, e.date) for e in found] == [
        ("a1", "2019-09"), ("a1~1", "2019-10"), ("a1~2", "2019-11")
    ]  # fmt: skip
    planned = [e for e, _ in events_between(store, "FRA", "KAZ") if e.status == "planned"]
    assert sorted(str(e.date) for e in planned) == ["2019-10-03", "2019-10-04", "None"]
    assert len(store.facts_with_dates()) == 3
    texts = store.conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()
    assert texts[0] == 3  # each copy is a story of its own, not a duplicate of the first


@pytest.mark.parametrize(
    ("value", "steps", "moved"),
    [("2023-12-31", 1, "2024-01-01"), ("2023-11", 3, "2024-02"), ("2022", 2, "2024"),
     ("2009/2019", 1, "2010/2020"), ("P10Y", 5, "P10Y")],
)  # fmt: skip
def test_shift_date_moves_by_its_own_precision(value: str, steps: int, moved: str) -> None:
    assert copies.shift_date(value, steps) == moved
