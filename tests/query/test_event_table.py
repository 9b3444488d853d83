"""Questions about events choose and order their events as columns (``query.event_table``):
the answers equal those of a scan of the shortest list of the question's people's or countries'
events, sorted whole, and for what happened between two countries those of the view's sorted
timeline of the pair (the code before the table, kept here as the reference)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import diplograph
from diplograph.graph import Graph
from diplograph.query import answer_events
from diplograph.query.answer_events import (
    _agreement_words,
    _asked_ranges,
    _in_place,
    _in_time,
    _kind_of,
    _matching,
    _Want,
)
from diplograph.query.event_table import EventTable
from diplograph.query.graph import GraphView
from diplograph.query.reading import Reading
from diplograph.query.wording import country
from diplograph.resolve.agreements import content_words
from diplograph.resolve.events import ResolvedEvent

from ..conftest import EXAMPLES, settings_for, shared_path

_DAY = st.builds(
    lambda y, m, d, size: f"{y}-{m:02d}-{d:02d}"[:size],
    st.integers(2019, 2024), st.integers(1, 12), st.integers(1, 28), st.sampled_from([4, 7, 10]),
)  # fmt: skip
_WHEN = st.one_of(st.none(), _DAY, st.builds(lambda a, b: f"{min(a, b)}/{max(a, b)}", _DAY, _DAY))
_NAMES = ("Ann", "Bob", "Cy", "Di")
_CODES = ("FRA", "KAZ", "GBR")
_EVENT = st.tuples(
    _WHEN,
    st.sampled_from(["CONSULT", "AGREE"]),
    st.sampled_from(["occurred", "planned"]),
    st.lists(st.sampled_from(_NAMES), max_size=3),
    st.lists(st.sampled_from(_CODES), min_size=1, max_size=2),
    st.one_of(st.none(), st.dates(dt.date(2019, 1, 1), dt.date(2019, 1, 3))),
)


def _scanned_matching(
    graph: GraphView, reading: Reading, kind: str, want: _Want
) -> list[ResolvedEvent]:
    """``answer_events._matching`` before the table: the shortest list of the question's
    people's or countries' events (a person's named several ways: name after name), each of its
    events tested, the kept ones sorted whole."""
    lists: list[list[ResolvedEvent]] = [
        [e for name in sorted(names) for e in graph.events_by_person.get(name, [])]
        for names in want.people
    ]
    lists += [graph.events_by_country.get(code, []) for code in reading.countries]
    shortest = min(lists, key=len) if lists else graph.events
    candidates = list({id(e): e for e in shortest}.values())
    matching = [e for e in candidates if _kind_of(e, kind) and _fits(e, reading, graph, want)]
    named = _agreement_words(reading)
    if named:
        sharing = [e for e in matching if e.agreement and named & content_words(e.agreement)]
        matching = sharing or matching
    occurred = [e for e in matching if e.status == "occurred"]
    planned = [e for e in matching if e.status == "planned"]
    if reading.planned and planned:
        occurred = []
    order = lambda e: (e.date or "9999", e.first_reported or dt.date.max)  # noqa: E731
    return sorted(occurred, key=order) + sorted(planned, key=order)


def _fits(event: ResolvedEvent, reading: Reading, graph: GraphView, want: _Want) -> bool:
    if not _in_time(event.date, reading):
        return False
    if want.countries and not want.countries <= set(event.countries):
        return False
    if want.people:
        names = {graph.people.canonical(p) for p in event.people}
        if not all(names & any_of for any_of in want.people):
            return False
    return _in_place(event, graph, want)


class _Asked:
    """What ``_matching`` reads of a question."""

    def __init__(self, countries: list[str], span: tuple[str, str] | None, periods: list[str],
                 planned: bool) -> None:  # fmt: skip
        self.countries, self.span, self.periods, self.planned = countries, span, periods, planned
        self.event, self.places, self.place_countries = None, [], []


class _Names:
    """People whose names are their canonical names."""

    def canonical(self, name: str) -> str:
        return name


def _view(events: list[ResolvedEvent]) -> Any:
    return GraphView(_Names(), events, [], None, None, None, [])  # type: ignore[arg-type]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_EVENT, max_size=40),
    st.lists(st.sets(st.sampled_from(_NAMES), min_size=1, max_size=3), max_size=2),
    st.lists(st.sampled_from(_CODES), max_size=2, unique=True),
    st.one_of(st.none(), st.tuples(_DAY, _DAY)),
    st.lists(_DAY, max_size=3),
    st.booleans(),
)
def test_events_chosen_as_columns_are_those_a_scan_keeps_in_the_same_order(
    events: list[Any], people: list[set[str]], countries: list[str],
    span: tuple[str, str] | None, periods: list[str], planned: bool,
) -> None:  # fmt: skip
    listed = [
        ResolvedEvent(kind, None, status, tuple(codes), tuple(names), when, None, None, False,
                      [(None, reported)])  # type: ignore[list-item]
        for when, kind, status, names, codes, reported in events
    ]  # fmt: skip
    graph = _view(listed)
    asked: Any = _Asked(countries, span, periods, planned)
    want = _Want(frozenset(countries), people, (), frozenset())
    for _ in range(2):  # the table and the kind's column built on the first call, then kept
        found = _matching(graph, asked, "meeting", want)
        scanned = _scanned_matching(graph, asked, "meeting", want)
        assert [id(e) for e in found] == [id(e) for e in scanned]
        assert len(found) == len(scanned)
        if scanned:
            assert found[-1] is scanned[-1]
            assert [id(e) for e in found[:3]] == [id(e) for e in scanned[:3]]
    assert _asked_ranges(asked) is None or all(_in_time(e.date, asked) for e in found)


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
        patched.setattr(answer_events, "_matching", _scanned_matching)
        patched.setattr(answer_events, "_between", _timeline_between)
        scanned = [graph.ask(q).to_json() for q in questions]
    assert sum(a["found"] for a in scanned) >= len(questions) // 4  # the questions find events
    for question, new, old in zip(questions, indexed, scanned, strict=True):
        assert new == old, question


def _timeline_between(
    graph: GraphView, reading: Reading, codes: list[str], low: str | None, high: str | None
) -> list[ResolvedEvent]:
    """``answer_events._between`` before the columns: the view's scan of the pair's events,
    sorted whole and cut by the window, then each tested against the asked time."""
    occurred, planned = graph.timeline(codes[0], codes[1], low, high)
    return [e for e in occurred + planned if _in_time(e.date, reading)]


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


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_EVENT, max_size=40),
    st.lists(st.sampled_from(_CODES), min_size=2, max_size=2),
    st.one_of(st.none(), st.tuples(_DAY, _DAY)),
    st.lists(_DAY, max_size=3),
)
def test_a_pair_chosen_as_columns_is_its_timeline_window_in_the_same_order(
    events: list[Any], codes: list[str], span: tuple[str, str] | None, periods: list[str]
) -> None:
    listed = [
        ResolvedEvent(kind, None, status, tuple(named), tuple(names), when, None, None, False,
                      [(None, reported)])  # type: ignore[list-item]
        for when, kind, status, names, named, reported in events
    ]  # fmt: skip
    graph = _view(listed)
    asked: Any = _Asked(codes, span, periods, False)
    low = (span[0] if span else periods[0]) if (span or periods) else None
    high = (span[1] if span else periods[-1]) if low else None
    found = answer_events._between(graph, asked, codes, low, high)
    scanned = _timeline_between(graph, asked, codes, low, high)
    assert [id(e) for e in found] == [id(e) for e in scanned]
    if scanned:
        assert found[-1] is scanned[-1]
        assert [id(e) for e in found[:5]] == [id(e) for e in scanned[:5]]


def test_events_of_one_day_follow_the_list_of_a_person_named_several_ways() -> None:
    """Ties (one date, one first report) keep the order of the list the scan took: a person
    named two ways lists one name's events, then the other's, not the view's order."""
    day = dt.date(2020, 1, 1)
    listed = [
        ResolvedEvent("CONSULT", None, "occurred", ("FRA",), names, "2020", None, None, False,
                      [(None, day)])  # type: ignore[list-item]
        for names in [("Bob",), ("Ann",), ("Bob", "Ann"), ("Cy",)]
    ]  # fmt: skip
    graph = _view(listed)
    asked: Any = _Asked([], None, [], False)
    want = _Want(frozenset(), [{"Bob", "Ann"}], (), frozenset())
    found = _matching(graph, asked, "meeting", want)
    assert [e.people for e in found] == [("Ann",), ("Bob", "Ann"), ("Bob",)]
    assert [id(e) for e in found] == [id(e) for e in _scanned_matching(graph, asked, "meeting",
                                                                        want)]  # fmt: skip


_RANGE = st.tuples(_DAY, _DAY).map(lambda pair: (min(pair), max(pair)))


@settings(max_examples=300, deadline=None)
@given(st.lists(_WHEN, min_size=1, max_size=40), st.lists(_RANGE, min_size=1, max_size=3))
def test_dates_compared_as_numbers_meet_the_ranges_their_texts_meet(
    dates: list[str | None], ranges: list[tuple[str, str]]
) -> None:
    # EventTable keeps first and last days as YYYYMMDD numbers; the text test is the reference
    events = [
        ResolvedEvent("CONSULT", None, "occurred", ("FRA",), (), when, None, None, False, [])
        for when in dates
    ]
    table = EventTable(events, str)
    texts = EventTable(events, str)
    texts._days = None  # the text comparison, as before the numbers
    everyone = [table.by_country["FRA"]]
    assert (
        table.select(everyone, None, ranges).tolist()
        == texts.select(everyone, None, ranges).tolist()
    )
    expected = [
        n for n, when in enumerate(dates)
        if when and any(_in_time(when, _Asked([], span, [], False)) for span in ranges)
    ]  # fmt: skip
    assert table.select(everyone, None, ranges).tolist() == expected


def test_a_date_of_another_form_is_compared_as_text() -> None:
    events = [
        ResolvedEvent("CONSULT", None, "occurred", ("FRA",), (), when, None, None, False, [])
        for when in ("2020-05-03", "2021-W03", "2019")
    ]
    table = EventTable(events, str)
    assert table._days is None
    assert table.select([table.by_country["FRA"]], None, [("2020", "2021")]).tolist() == [0, 1]
