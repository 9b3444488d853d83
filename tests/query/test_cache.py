"""Derived answers while the store changes (``query.cache``): with ``SharedBuilds``, one build
per key at a time across generations, the last answer given while a slow one is rebuilt, never
a stale answer inside a build; a lone Graph's answers always follow its store."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import diplograph
from diplograph.config import Settings
from diplograph.query.cache import Derived, SharedBuilds
from diplograph.serve.state import GraphPool
from diplograph.store.sqlite import SQLiteStore

Builds = SharedBuilds


@pytest.fixture
def builds(tmp_path: Path) -> Builds:
    pool = GraphPool(Settings(db_path=tmp_path / "store.db"))
    return SharedBuilds(pool.borrow_store, patience=0.2)


def _slow(value: Any, seconds: float, calls: list[Any]) -> Any:
    def build(graph: Any) -> Any:
        calls.append(value)
        time.sleep(seconds)
        return value

    return build


def test_without_an_earlier_answer_a_request_waits_for_the_build(builds: Builds) -> None:
    first = Derived((1,), builds)
    calls: list[Any] = []
    assert first.get("people", _slow("g1", 0.4, calls)) == "g1"
    assert first.has("people") and first.get("people", _slow("again", 0, calls)) == "g1"
    assert calls == ["g1"]


def test_a_slow_rebuild_gives_the_last_answer_and_finishes_for_later_requests(
    builds: Builds,
) -> None:
    calls: list[Any] = []
    began = time.perf_counter()
    Derived((1,), builds).get("people", _slow("g1", 0, calls))
    # past the rest of the first build, which lasts as long as the build took (longer than
    # nothing on a loaded machine)
    time.sleep(0.01 + 2 * (time.perf_counter() - began))
    second = Derived((2,), builds)
    started = time.perf_counter()
    assert second.get("people", _slow("g2", 0.6, calls)) == "g1"  # after the patience
    assert 0.15 < time.perf_counter() - started < 0.5
    time.sleep(0.6)
    assert second.has("people") and second.get("people", _slow("no", 0, calls)) == "g2"
    assert calls == ["g1", "g2"]


def test_one_build_per_key_at_a_time_whatever_the_generation(builds: Builds) -> None:
    calls: list[Any] = []
    Derived((1,), builds).get("view", _slow("g1", 0, calls))
    time.sleep(0.01)
    answers: list[Any] = []
    requests = [
        threading.Thread(target=lambda g=g: answers.append(
            Derived((g,), builds).get("view", _slow(f"g{g}", 0.5, calls))))
        for g in (2, 3, 4, 5)
    ]  # fmt: skip
    for request in requests:
        request.start()
        time.sleep(0.01)
    for request in requests:
        request.join()
    assert calls == ["g1", "g2"]  # the later generations joined the build under way
    assert answers == ["g1"] * 4


def test_a_key_rests_as_long_as_its_build_took(builds: Builds) -> None:
    calls: list[Any] = []
    Derived((1,), builds).get("people", _slow("g1", 0.3, calls))
    assert Derived((2,), builds).get("people", _slow("g2", 0, calls)) == "g1"  # resting
    time.sleep(0.35)
    assert Derived((3,), builds).get("people", _slow("g3", 0, calls)) == "g3"
    assert calls == ["g1", "g3"]


def test_a_build_inside_a_build_waits_for_its_own_generation(builds: Builds) -> None:
    calls: list[Any] = []
    Derived((1,), builds).get("people", _slow("people1", 0, calls))
    second = Derived((2,), builds)
    time.sleep(0.01)

    def timeline(graph: Any) -> str:
        return "timeline with " + second.get("people", _slow("people2", 0.4, calls))

    assert second.get("timeline", timeline) == "timeline with people2"


def test_a_failed_build_reaches_its_requests_and_leaves_nothing_behind(builds: Builds) -> None:
    derived = Derived((1,), builds)

    def failing(graph: Any) -> Any:
        raise ValueError("no such thing")

    for _ in range(2):
        with pytest.raises(ValueError, match="no such thing"):
            derived.get(("search", "x"), failing)
    assert not derived.has(("search", "x"))
    assert derived.get(("search", "x"), lambda graph: "found") == "found"


ARTICLE = "Kazakh President Tokayev met French President Macron in Paris on Tuesday."


def test_a_lone_graph_answers_from_its_store_as_it_is_now(tmp_path: Path) -> None:
    """Its own writes and another connection's commits both make the next answer new."""
    with diplograph.open(tmp_path / "store.db") as graph:
        assert graph.view().events == []
        before = graph.store.generation()
        graph.ingest_bytes(ARTICLE.encode(), "one.txt", published_on=date(2023, 3, 1))
        graph.extract()
        assert graph.store.generation() != before
        assert graph.timeline("KAZ", "FRA")[0], "its own ingest is seen at once"
        view = graph.view()
        assert graph.view() is view, "built once per store version"
        with SQLiteStore(tmp_path / "store.db") as other, other.transaction():
            other.conn.execute("DELETE FROM events")
        assert graph.view() is not view and graph.timeline("KAZ", "FRA") == ([], [])


def test_serve_connections_share_one_build_per_store_version(tmp_path: Path) -> None:
    pool = GraphPool(Settings(db_path=tmp_path / "store.db"))
    with pool.borrow() as first, pool.borrow() as second:
        assert first is not second
        assert first.view() is second.view()
    pool.close()
