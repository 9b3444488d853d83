"""The resolution kept in the store answers as the whole store resolved from scratch does, after
each arrival and re-extraction, and is read only when it reflects the store as it is."""

from __future__ import annotations

import warnings
from itertools import product
from pathlib import Path
from typing import Any

import pytest

import diplograph
from diplograph.graph import ExtractReport, Graph, copy_store
from diplograph.knowledge import Knowledge, load_knowledge
from diplograph.query.graph import GraphView
from diplograph.query.stored import (
    ResolutionReport,
    is_current,
    page_of,
    stored_between,
    stored_countries,
    stored_page,
    stored_pair,
    update_resolution,
)
from diplograph.query.timelines import PairTimeline
from diplograph.serve.app import create_app
from diplograph.serve.state import ApiState
from diplograph.store import Store, open_store
from diplograph.store.api_queries import country_counts

from ..conftest import settings_for

with warnings.catch_warnings():
    from starlette.exceptions import StarletteDeprecationWarning

    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
LOCAL = "http://127.0.0.1"
STATUSES = (None, "occurred", "planned")


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge()


def _paths() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".jsonl", ".html"))


def _differences(store: Store, knowledge: Knowledge) -> list[str]:
    """Where the stored resolution's answers differ from the store resolved from scratch."""
    view = GraphView.from_store(store, knowledge)
    counts = country_counts(store)
    wrong = [] if stored_countries(store) == counts else ["country counts"]
    for a, b, _ in counts[1]:
        kept = stored_between(store, a, b)
        assert kept is not None
        timeline = PairTimeline.ordered(kept)
        occurred, planned = view.timeline(a, b)
        if (timeline.occurred, timeline.planned) != (occurred, planned):
            wrong.append(f"{a}-{b}")
        wrong += _page_differences(store, a, b, timeline)
    return wrong


def _page_differences(store: Store, a: str, b: str, timeline: PairTimeline) -> list[str]:
    """Where pages read alone from the stored resolution differ from the whole pair's pages:
    date windows from the pair's own dates, each status, pages across the undated events."""
    days = sorted({e.date for e in [*timeline.occurred, *timeline.planned] if e.date})
    low, middle, high = (days[0], days[len(days) // 2], days[-1]) if days else ("2020",) * 3
    windows = [(None, None), (low[:4], None), (None, middle[:7]), (middle, high), ("2090", None),
               (middle[:4], middle[:4])]  # fmt: skip
    total = len(timeline.occurred) + len(timeline.planned)
    undated = sum(1 for e in timeline.occurred if not e.date)
    cuts = [(500, 0), (2, 1), (3, max(0, undated - 1)), (1, max(0, total - 1)), (5, total + 1)]
    wrong = []
    for (start, end), status, (limit, offset) in product(windows, STATUSES, cuts):
        expected = timeline.page(start, end, status, limit, offset)
        found = stored_page(store, b, a, (start, end, status), limit, offset)
        assert found is not None
        if (found.occurred, found.planned, found.total_occurred, found.total_planned) != (
            expected.occurred, expected.planned, expected.total_occurred, expected.total_planned
        ):  # fmt: skip
            wrong.append(f"{a}-{b} page {start}..{end} {status} {limit}@{offset}")
    return wrong


def test_the_stored_resolution_follows_each_arrival_and_re_extraction(
    store_location: str, knowledge: Knowledge
) -> None:
    paths = _paths()
    with diplograph.open(settings=settings_for(store_location)) as graph:
        graph.ingest([str(paths[0])])
        graph.extract()
        assert not graph.keeps_resolution()
        first = graph.resolve()
        assert first.full and first.written and first.resolved_events > 0
        reads = []
        for path in paths[1:]:
            graph.ingest([str(path)])
            graph.extract()  # brings the stored resolution up to date
            with open_store(store_location) as store:  # another connection, as serve's
                assert is_current(store)
                assert _differences(store, knowledge) == []
        again = graph.resolve()
        assert not again.written and again.blocks == 0  # nothing extracted since
        graph.extract(force=True)
        with open_store(store_location) as store:
            assert is_current(store)
            assert _differences(store, knowledge) == []
            reads.append(len(store.extracted_since(0)[0]))
        assert len(country_counts(graph.store)[1]) >= 3


def _resolved_then_two_more(graph: Graph) -> tuple[ResolutionReport, ExtractReport]:
    """The examples but two, resolved and kept; then the last two ingested and extracted with
    the stored resolution left behind (as a process that does not update it would)."""
    paths = [str(p) for p in _paths()]
    graph.ingest(paths[:-2])
    graph.extract()
    whole = graph.resolve()
    graph.keeps_resolution = lambda: False  # type: ignore[method-assign]
    graph.ingest(paths[-2:])
    return whole, graph.extract()


def test_an_update_reads_only_what_was_extracted_since_its_mark(
    store_location: str, knowledge: Knowledge
) -> None:
    with diplograph.open(settings=settings_for(store_location)) as graph:
        whole, report = _resolved_then_two_more(graph)
        assert not is_current(graph.store)
        assert stored_between(graph.store, "FRA", "KAZ") is None  # behind: never read
        update = graph.resolve()
    assert not update.full and update.written
    assert update.articles == report.articles < whole.articles


def test_a_timeline_asked_of_a_stored_resolution_behind_the_store_brings_it_up_to_date(
    store_location: str, knowledge: Knowledge
) -> None:
    with diplograph.open(settings=settings_for(store_location)) as graph:
        _resolved_then_two_more(graph)
        assert not is_current(graph.store)
    with diplograph.open(settings=settings_for(store_location)) as fresh:
        occurred, planned = fresh.timeline("FRA", "KAZ")
        assert not fresh.answers().derived.growing.started
        assert is_current(fresh.store)
        assert (occurred, planned) == GraphView.from_store(fresh.store, knowledge).timeline(
            "FRA", "KAZ"
        )


def test_rows_changed_outside_extraction_make_it_resolve_everything(
    store_location: str, knowledge: Knowledge
) -> None:
    with diplograph.open(settings=settings_for(store_location)) as graph:
        graph.ingest([str(p) for p in _paths()])
        graph.extract()
        graph.resolve()
        with graph.store.transaction():
            graph.store.conn.execute("DELETE FROM events WHERE id = (SELECT max(id) FROM events)")
        assert not is_current(graph.store)
        report = update_resolution(graph.store, knowledge)
        assert report.full and report.written
        assert _differences(graph.store, knowledge) == []


def test_a_second_process_that_resolved_first_is_not_written_over(
    store_location: str, knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph.query import stored

    real = stored.resolve_people
    others: list[bool] = []

    def other_process_first(*args: Any, **kwargs: Any) -> Any:
        if not others:  # while this one resolves, another process resolves and writes
            others.append(True)
            with open_store(store_location) as other:
                others.append(update_resolution(other, knowledge).written)
        return real(*args, **kwargs)

    with diplograph.open(settings=settings_for(store_location)) as graph:
        graph.ingest([str(p) for p in _paths()])
        graph.extract()
        monkeypatch.setattr(stored, "resolve_people", other_process_first)
        report = update_resolution(graph.store, knowledge)
        monkeypatch.undo()
        assert others == [True, True]
        assert not report.written  # the other process's resolution stands, once
        assert is_current(graph.store)
        assert _differences(graph.store, knowledge) == []


def test_a_copy_keeps_no_resolution_and_answers_as_before(tmp_path: Path) -> None:
    source = tmp_path / "source.db"
    with diplograph.open(settings=settings_for(str(source))) as graph:
        graph.ingest([str(p) for p in _paths()])
        graph.extract()
        graph.resolve()
        timeline = graph.timeline("KAZ", "FRA")
    copy_store(source, tmp_path / "copy.db")
    with diplograph.open(settings=settings_for(str(tmp_path / "copy.db"))) as copy:
        assert not copy.keeps_resolution()
        assert copy.timeline("KAZ", "FRA") == timeline


def test_a_new_server_answers_the_busiest_pair_from_the_stored_resolution(
    store_location: str,
) -> None:
    with diplograph.open(settings=settings_for(store_location)) as graph:
        graph.ingest([str(p) for p in _paths()])
        graph.extract()
        expected = graph.timeline("FRA", "KAZ")
        graph.resolve()
    app = create_app(settings=settings_for(store_location), warm=False)
    with TestClient(app, base_url=LOCAL) as client:
        state: ApiState = client.app.state.diplograph  # type: ignore[attr-defined]
        answer = client.get("/api/timeline?a=FRA&b=KAZ").json()
        derived = state.answers().derived
        assert not derived.growing.started  # no view was built: the pair was read
    occurred, planned = expected
    assert answer["total"] == {"occurred": len(occurred), "planned": len(planned)}
    assert [e["date"] for e in answer["occurred"]] == [e.date for e in occurred]


def test_a_new_servers_first_pages_are_read_alone_and_equal_the_whole_pairs(
    store_location: str,
) -> None:
    with diplograph.open(settings=settings_for(store_location)) as graph:
        graph.ingest([str(p) for p in _paths()])
        graph.extract()
        graph.resolve()
    asked = ["/api/timeline?a=FRA&b=KAZ&limit=2&offset=1",
             "/api/timeline?a=Kazakhstan&b=France&from=2022&to=2024-06&limit=3",
             "/api/timeline?a=KAZ&b=FRA&status=planned&limit=1"]  # fmt: skip
    app = create_app(settings=settings_for(store_location), warm=False)
    with TestClient(app, base_url=LOCAL) as client:
        state: ApiState = client.app.state.diplograph  # type: ignore[attr-defined]
        answers = state.answers()
        first = [client.get(url).json() for url in asked]  # before the pair is built
        assert any(key[0] == "page" for kind in answers.derived._values.values() for key in kind)
        answers.pair_timeline("FRA", "KAZ")  # the pair built (it was started in the background)
        assert answers.has(("timeline", "FRA", "KAZ"))
        later = [client.get(url).json() for url in asked]
    assert first == later
    assert all(found["occurred"] or found["planned"] for found in first)


def test_a_page_is_not_read_through_an_order_read_before_an_update_or_a_rewrite(
    store_location: str,
) -> None:
    paths = [str(p) for p in _paths()]
    with diplograph.open(settings=settings_for(store_location)) as graph:
        graph.ingest(paths[:-1])
        graph.extract()
        graph.resolve()
        for change in (lambda: graph.ingest(paths[-1:]) and graph.extract(),
                       lambda: graph.resolve(again=True)):  # fmt: skip
            pair = stored_pair(graph.store, "KAZ", "FRA")
            assert pair is not None and page_of(graph.store, pair, (None, None, None), 3, 0)
            change()  # blocks replaced (their ids may be taken again), or a new batch
            assert page_of(graph.store, pair, (None, None, None), 3, 0) is None
            again = stored_page(graph.store, "KAZ", "FRA", (None, None, None), 3, 0)
            whole = PairTimeline.ordered(stored_between(graph.store, "KAZ", "FRA") or [])
            assert again is not None and again.occurred == whole.occurred[:3]


def test_a_full_rewrite_in_several_transactions_leaves_one_batch(
    store_location: str, knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplograph.query import stored

    monkeypatch.setattr(stored, "ROWS_AT_ONCE", 3)  # the examples' events in several writes
    with diplograph.open(settings=settings_for(store_location)) as graph:
        graph.ingest([str(p) for p in _paths()])
        graph.extract()
        first = graph.resolve()
        again = graph.resolve(again=True)
        assert first.resolved_events == again.resolved_events > 3
        batches = graph.store.conn.execute(
            "SELECT count(DISTINCT batch), count(*) FROM resolved_events"
        ).fetchone()
        assert (batches[0], batches[1]) == (1, again.resolved_events)  # the old batch deleted
        assert _differences(graph.store, knowledge) == []
