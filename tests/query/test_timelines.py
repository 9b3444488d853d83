"""The pair timelines the API serves: partitioned resolution and date windows."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from diplograph.models import Event, Evidence
from diplograph.query.timelines import PairTimeline
from diplograph.resolve.events import ResolvedEvent, _resolve_greedy, resolve_events
from diplograph.resolve.people import resolve_people

PLACES = {("Paris", "France"), ("Astana", "Kazakhstan")}
PEOPLE = resolve_people([])


def _within(inner: str, outer: str) -> bool:
    return inner == outer or (inner, outer) in PLACES


def _random_reports(seed: int, count: int) -> list[tuple[Event, dt.date | None]]:
    pick = random.Random(seed)
    days = ["2023-04-06", "2023-04-07", "2023-05-01", "2022-11-29"]
    dates = [None, "2023", "2023-04", "2022", "2022-11", *days, *days]
    reports = []
    for index in range(count):
        status = pick.choice(["occurred", "planned", "planned"])
        event = Event(
            type=pick.choice(["CONSULT", "AGREE"]),
            mode=pick.choice(["meet", "visit"]),
            status=status,
            countries=tuple(pick.sample(["KAZ", "FRA", "GBR"], 2)),
            people=tuple(pick.sample(["Tokayev", "Macron", "Cleverly"], pick.randint(0, 2))),
            date=pick.choice(dates),
            date_reason="",
            place=pick.choice([None, "Paris", "France", "Astana", "Kazakhstan"]),
            evidence=Evidence(f"a{pick.randint(0, 9)}", "s", index, index + 1),
        )
        reports.append((event, dt.date(2023, 1, 1) + dt.timedelta(days=pick.randint(0, 300))))
    return reports


def _described(events: list[ResolvedEvent]) -> list[tuple[object, ...]]:
    return [
        (e.type, e.mode, e.status, e.countries, e.people, e.date, e.place,
         tuple(id(m) for m, _ in e.mentions))
        for e in events
    ]  # fmt: skip


@pytest.mark.parametrize("seed", range(30))
def test_partitioned_resolution_gives_what_one_greedy_pass_gives(seed: int) -> None:
    reports = _random_reports(seed, 120)
    expected = _resolve_greedy(reports, PEOPLE, _within)
    assert _described(resolve_events(reports, PEOPLE, _within)) == _described(expected)


def test_undated_planned_report_takes_the_date_of_the_first_bucket_that_joins_it() -> None:
    def planned(date: str | None, start: int) -> tuple[Event, dt.date | None]:
        event = Event("CONSULT", "visit", "planned", ("KAZ", "FRA"), ("Macron",), date, "",
                      "Astana", Evidence("a", "s", start, start + 1))  # fmt: skip
        return event, dt.date(2023, 1, 1)

    reports = [planned("2023-05-02", 1), planned(None, 2), planned("2023-05-01", 3)]
    resolved = resolve_events(reports, PEOPLE, _within)
    assert [(e.date, len(e.mentions)) for e in resolved] == [("2023-05-01", 2), ("2023-05-02", 1)]
    assert _described(resolved) == _described(resolve_events(reports, PEOPLE, _within))


def _occurred(date: str | None, type_: str = "CONSULT") -> ResolvedEvent:
    return ResolvedEvent(type_, "meet", "occurred", ("KAZ", "FRA"), (), date, None, None, False)


def test_pair_timeline_window_keeps_undated_and_cuts_by_date_prefix() -> None:
    dates = [None, "2019-10-01", "2022-11", "2022-11-29", "2023", "2023-04-06", "2024-01-02"]
    pair = PairTimeline([_occurred(d) for d in dates], [])
    window = pair.page("2022-11", "2023", None, limit=10, offset=0)
    assert [e.date for e in window.occurred] == [
        None,
        "2022-11",
        "2022-11-29",
        "2023",
        "2023-04-06",
    ]
    assert window.total_occurred == 5
    second = pair.page("2022-11", "2023", None, limit=2, offset=2)
    assert [e.date for e in second.occurred] == ["2022-11-29", "2023"]
    assert pair.page(None, None, "planned", 10, 0).occurred == []


def _naive_window(events: list[ResolvedEvent], start: str | None, end: str | None) -> list:
    return [
        e
        for e in events
        if e.date is None
        or ((not start or e.date[: len(start)] >= start) and (not end or e.date[: len(end)] <= end))
    ]


@pytest.mark.parametrize("seed", range(10))
def test_planned_windows_are_the_events_a_date_filter_keeps_in_report_order(seed: int) -> None:
    pick = random.Random(seed)
    dates = [None, "", "2022", "2022-11", "2022-11-29", "2023", "2023-04", "2023-04-06", "2024"]
    planned = [
        ResolvedEvent("CONSULT", "visit", "planned", ("KAZ", "FRA"), (), pick.choice(dates),
                      None, None, False)
        for _ in range(60)
    ]  # fmt: skip
    pair = PairTimeline([], planned)
    bounds = [None, "2022", "2022-11", "2022-11-30", "2023", "2023-04-06", "2025"]
    for start in bounds:
        for end in bounds:
            expected = _naive_window(planned, start, end)
            for offset, limit in ((0, 100), (3, 7)):
                window = pair.page(start, end, "planned", limit, offset)
                assert window.planned == expected[offset : offset + limit], (start, end)
                assert window.total_planned == len(expected)
                assert window.occurred == []
