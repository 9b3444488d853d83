"""One pair of countries' timeline, resolved once per store generation, then cut by date.

A request for a pair reads only the events both countries take part in, resolves them into
events with citations, and orders them the way ``GraphView.timeline`` does. Later requests for
the pair, with any date window, bisect those lists instead of filtering and sorting again.
"""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import orjson

from diplograph.models import Event
from diplograph.resolve.events import PlaceWithin, ResolvedEvent, resolve_events
from diplograph.resolve.people import PeopleIndex
from diplograph.serve.wire import fragment
from diplograph.shapes import event_json

Report = tuple[Event, dt.date | None]

# Dates are ASCII, so every date that begins with a prefix sorts below prefix + this.
_AFTER_PREFIX = "\uffff"
PLANNED_WINDOWS = 64  # date windows of planned events kept per pair


@dataclass(frozen=True)
class TimelinePage:
    """A page of each list, and how many events the window holds in all."""

    occurred: list[ResolvedEvent]
    planned: list[ResolvedEvent]
    total_occurred: int
    total_planned: int


class PairTimeline:
    """Every event between two countries: occurred in date order, planned by first report."""

    def __init__(self, occurred: list[ResolvedEvent], planned: list[ResolvedEvent]) -> None:
        self.occurred = occurred
        self.planned = planned
        # GraphView.timeline orders occurred events by (date or "", type): dates never decrease.
        self._dates = [e.date or "" for e in occurred]
        self._undated = bisect_left(self._dates, "\x00")
        # Planned events are ordered by first report, not by date: a window is the undated
        # ones and a run of the planned events sorted by date, put back in report order. Each
        # window is kept (the page at / asks for the same few windows again and again).
        by_date = sorted((e.date, i) for i, e in enumerate(planned) if e.date is not None)
        self._planned_dates = [d for d, _ in by_date]
        self._planned_positions = [i for _, i in by_date]
        self._planned_undated = [i for i, e in enumerate(planned) if e.date is None]
        self._planned_windows: OrderedDict[tuple[str | None, str | None], list[int]]
        self._planned_windows = OrderedDict()
        self._lock = threading.Lock()
        # Each event as JSON, encoded once with the timeline (a tenth of its build time): a page
        # of any window is then a join of ready bytes.
        self._json = {id(e): fragment(event_json(e)) for e in (*occurred, *planned)}

    def encoded(self, events: Sequence[ResolvedEvent]) -> list[orjson.Fragment]:
        """The JSON of events of this timeline (``shapes.event_json``), ready to send."""
        return [self._json[id(e)] for e in events]

    @classmethod
    def build(
        cls,
        a: str,
        b: str,
        events: Sequence[Report],
        people: PeopleIndex,
        place_within: PlaceWithin,
    ) -> PairTimeline:
        """Resolve the pair's reports (``events_between``) and order them as
        ``GraphView.timeline`` does (tests/serve check that the two agree)."""
        resolved = [
            e
            for e in resolve_events(events, people, place_within)
            if a in e.countries and b in e.countries
        ]
        occurred = sorted(
            (e for e in resolved if e.status == "occurred"), key=lambda e: (e.date or "", e.type)
        )
        planned = sorted(
            (e for e in resolved if e.status == "planned"),
            key=lambda e: e.first_reported or dt.date.min,
        )
        return cls(occurred, planned)

    def page(
        self,
        start: str | None,
        end: str | None,
        status: str | None,
        limit: int,
        offset: int,
    ) -> TimelinePage:
        """What ``GraphView.timeline(a, b, start, end, status)`` gives, one page of each list.

        Dates are prefix bounds (YYYY, YYYY-MM or YYYY-MM-DD); undated events are always kept.
        """
        low = bisect_left(self._dates, start, lo=self._undated) if start else self._undated
        high = (
            bisect_left(self._dates, end + _AFTER_PREFIX, lo=self._undated)
            if end
            else len(self._dates)
        )
        high = max(low, high)
        occurred: list[ResolvedEvent] = []
        total_occurred = 0
        if status != "planned":
            total_occurred = self._undated + high - low
            wanted = range(offset, min(offset + limit, total_occurred))
            occurred = [
                self.occurred[i if i < self._undated else i - self._undated + low] for i in wanted
            ]
        planned = [] if status == "occurred" else self._planned_within(start, end)
        return TimelinePage(
            occurred,
            [self.planned[i] for i in planned[offset : offset + limit]],
            total_occurred,
            len(planned),
        )

    def _planned_within(self, start: str | None, end: str | None) -> Sequence[int]:
        """Positions of the planned events in the window (as ``GraphView.timeline`` filters
        them: undated ones are always in), in the order of the planned list."""
        if not start and not end:
            return range(len(self.planned))
        with self._lock:
            found = self._planned_windows.get((start, end))
        if found is None:
            dates = self._planned_dates
            low = bisect_left(dates, start) if start else 0
            high = bisect_left(dates, end + _AFTER_PREFIX) if end else len(dates)
            found = sorted(self._planned_undated + self._planned_positions[low : max(low, high)])
            with self._lock:
                self._planned_windows[(start, end)] = found
                if len(self._planned_windows) > PLANNED_WINDOWS:
                    self._planned_windows.popitem(last=False)
        return found
