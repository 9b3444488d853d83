"""Questions about events read a country's or a person's events by kind and date from an index
(``query.event_index``) and a pair's events from its kept timeline: the answers equal those of
a scan of every event (the code before the index, kept here as the reference)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplograph
from diplograph.graph import Graph
from diplograph.query import answer_events, answers
from diplograph.query.answer_events import _asked_ranges, _in_time
from diplograph.query.answering import Sources
from diplograph.query.ask import make_sources
from diplograph.query.event_index import EventIndex
from diplograph.query.graph import GraphView
from diplograph.query.reading import Reading
from diplograph.query.wording import country
from diplograph.resolve.events import ResolvedEvent

from ..conftest import EXAMPLES, settings_for, shared_path

_DAY = st.builds(
    lambda y, m, d, size: f"{y}-{m:02d}-{d:02d}"[:size],
    st.integers(2019, 2024), st.integers(1, 12), st.integers(1, 28), st.sampled_from([4, 7, 10]),
)  # fmt: skip
_WHEN = st.one_of(st.none(), _DAY, st.builds(lambda a, b: f"{min(a, b)}/{max(a, b)}", _DAY, _DAY))


def _event(when: str | None, kind: str) -> ResolvedEvent:
    return ResolvedEvent(kind, None, "occurred", ("FRA", "KAZ"), (), when, None, None, False)


class _Asked:
    """What ``_in_time`` and ``_asked_ranges`` read of a question."""

    def __init__(self, span: tuple[str, str] | None, periods: list[str]) -> None:
        self.span, self.periods = span, periods


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_WHEN, st.sampled_from(["CONSULT", "AGREE"])), max_size=40),
    st.one_of(st.none(), st.tuples(_DAY, _DAY)),
    st.lists(_DAY, max_size=3),
)
def test_an_index_selects_the_events_a_scan_keeps_in_list_order(
    events: list[tuple[str | None, str]], span: tuple[str, str] | None, periods: list[str]
) -> None:
    listed = [_event(when, kind) for when, kind in events]
    asked: Any = _Asked(span, periods)
    index = EventIndex(listed)
    for _ in range(2):  # built on the first call, kept for the second
        found = index.select("meeting", lambda e: e.type == "CONSULT", _asked_ranges(asked))
        scanned = [e for e in listed if e.type == "CONSULT" and _in_time(e.date, asked)]
        assert [id(e) for e in found if _in_time(e.date, asked)] == [id(e) for e in scanned]
        assert all(e.type == "CONSULT" for e in found)


def _scanned_candidates(
    graph: GraphView, reading: Reading, wanted: list[set[str]], kind: str
) -> list[ResolvedEvent]:
    """``answer_events._candidates`` before the index: the shortest list, whole."""
    lists: list[list[ResolvedEvent]] = [
        [e for name in sorted(names) for e in graph.events_by_person.get(name, [])]
        for names in wanted
    ]
    lists += [graph.events_by_country.get(code, []) for code in reading.countries]
    if not lists:
        return graph.events
    shortest = min(lists, key=len)
    return list({id(e): e for e in shortest}.values())


def _questions(graph: Graph) -> list[str]:
    """Questions of every kind the index serves, about the store's own countries, people and
    years (and some it does not hold)."""
    view = graph.view()
    knowledge = graph.knowledge()
    codes = [c for c, _ in sorted(view.events_by_country.items(), key=lambda kv: -len(kv[1]))]
    names = [country(knowledge, c) for c in codes[:4]] + ["Chile"]
    people = [p.split()[-1] for p, _ in sorted(view.events_by_person.items(),
                                               key=lambda kv: -len(kv[1]))][:4]  # fmt: skip
    years = [*sorted({e.date[:4] for e in view.events if e.date})[-4:], "1990"]
    asked = []
    for n, year in enumerate(years):
        a, b = names[n % len(names)], names[(n + 1) % len(names)]
        p, q = people[n % len(people)], people[(n + 1) % len(people)]
        asked += [
            f"Whom did {p} meet in {year}?", f"Whom did {p} meet?", f"When did {p} visit {a}?",
            f"Which agreements did {a} and {b} sign in {year}?", f"Where did {p} and {q} meet?",
            f"What happened between {a} and {b} in {year}?", f"What did {a} sign?",
            f"What happened between {a} and {b} from {year} to {int(year) + 2}?",
            f"Who met {p} in {year}-0{1 + n % 9}?", f"Which countries did {p} visit in {year}?",
        ]  # fmt: skip
    return asked


def _answers_both_ways(path: Path | str, monkeypatch: pytest.MonkeyPatch) -> None:
    with diplograph.open(settings=settings_for(path)) as graph:
        questions = _questions(graph)
        indexed = [graph.ask(q).to_json() for q in questions]
    with monkeypatch.context() as patched, diplograph.open(settings=settings_for(path)) as graph:
        patched.setattr(answer_events, "_candidates", _scanned_candidates)
        patched.setattr(answers, "make_sources", _without_timeline)
        scanned = [graph.ask(q).to_json() for q in questions]
    assert sum(a["found"] for a in scanned) >= len(questions) // 4  # the questions find events
    for question, new, old in zip(questions, indexed, scanned, strict=True):
        assert new == old, question


def _without_timeline(*args: Any, **kwargs: Any) -> Sources:
    """Sources whose pairs come from the view's scan of every event, as before."""
    kwargs.pop("timeline")
    return make_sources(*args, **kwargs)


@pytest.mark.slow
def test_questions_answered_through_the_index_equal_a_scan_of_every_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with diplograph.open(settings=settings_for(tmp_path / "store.db")) as graph:
        graph.ingest([str(EXAMPLES)])
        graph.extract()
    _answers_both_ways(tmp_path / "store.db", monkeypatch)


@pytest.mark.slow
def test_on_the_kazakh_dev_corpus_resolved_in_the_store_too(
    store_location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = shared_path("corpus/kz-dev")
    with diplograph.open(settings=settings_for(store_location)) as graph:
        graph.ingest([str(p) for p in sorted(corpus.glob("*.txt"))])
        graph.extract()
        graph.resolve()  # pairs read from the stored resolution (SQLite, PostgreSQL)
    _answers_both_ways(store_location, monkeypatch)
