"""The view kept across store generations and brought up to date by the articles extracted since
is the view resolved from the whole store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import diplograph
from diplograph.config import Settings
from diplograph.knowledge import load_knowledge
from diplograph.query.graph import GraphView, citations
from diplograph.query.growing import GrowingView
from diplograph.resolve.events import ResolvedEvent
from diplograph.store import open_store

from ..conftest import settings_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def _shape(view: GraphView) -> dict[str, object]:
    return {
        "events": [
            (e.type, e.mode, e.status, e.countries, e.people, e.date, e.place, e.agreement,
             [(c.doc, c.start) for c in citations(e)])
            for e in view.events
        ],
        "people": sorted((i.canonical, sorted(i.names)) for i in view.people.identities),
        "agreements": sorted((a.name, a.status) for a in view.agreements),
        "reported": sorted(view.reported, key=repr),
        "latest": view.latest,
    }  # fmt: skip


@pytest.fixture
def grown(store_location: str) -> list[tuple[Any, ...]]:
    """After each step of a growing store (SQLite, then PostgreSQL): the kept view, the view
    built from scratch, and the articles the kept view read."""
    knowledge = load_knowledge()
    growing = GrowingView()
    steps = []
    paths = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".jsonl", ".html"))
    with diplograph.open(settings=settings_for(store_location)) as graph:
        for path in paths:
            graph.ingest([str(path)])
            graph.extract()
            with open_store(store_location) as store:  # another connection, as serve's
                kept = _shape(growing.view(store, knowledge))
                steps.append((kept, _shape(GraphView.from_store(store, knowledge)),
                              growing.articles_read))  # fmt: skip
        graph.extract(force=True)  # every article extracted again
        with open_store(store_location) as store:
            steps.append((_shape(growing.view(store, knowledge)),
                          _shape(GraphView.from_store(store, knowledge)),
                          growing.articles_read))  # fmt: skip
    return steps


def test_each_update_gives_the_view_of_the_whole_store(
    grown: list[tuple[Any, ...]],
) -> None:
    for kept, whole, _ in grown:
        assert kept == whole
    assert grown[-1][0]["events"]  # the store is not empty


def test_an_update_reads_only_the_articles_extracted_since(
    grown: list[tuple[Any, ...]],
) -> None:
    read = [step[2] for step in grown]
    first = read[0]
    assert all(n <= 3 for n in read[1:-1])  # one file (a few stories) at a time
    assert read[-1] == sum(read[:-1]) and read[-1] > first  # re-extraction reads them all


def test_a_kept_view_answers_timelines_as_a_fresh_graph_does(tmp_path: Path) -> None:
    paths = sorted(str(p) for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".jsonl"))
    settings = Settings(db_path=tmp_path / "grow.db")
    with diplograph.open(settings=settings) as graph:
        graph.ingest(paths[:2])
        graph.extract()
        graph.view()  # kept from now on: later timelines come from it, brought up to date
        graph.ingest(paths[2:])
        graph.extract()
        assert graph.answers().derived.growing.started
        kept = {pair: graph.timeline(*pair) for pair in (("KAZ", "FRA"), ("KAZ", "GBR"))}
    with diplograph.open(settings=settings) as fresh:  # resolves each pair from the store
        assert not fresh.answers().derived.growing.started
        for pair, (occurred, planned) in kept.items():
            again = fresh.timeline(*pair)
            assert [_event(e) for e in occurred] == [_event(e) for e in again[0]]
            assert [_event(e) for e in planned] == [_event(e) for e in again[1]]
    assert kept[("KAZ", "FRA")][0]


def _event(e: ResolvedEvent) -> tuple[object, ...]:
    return (e.type, e.mode, e.status, e.date, e.people, [(c.doc, c.start) for c in citations(e)])
