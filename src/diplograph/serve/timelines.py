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

from diplograph.models import Event
from diplograph.resolve.events import PlaceWithin, ResolvedEvent, resolve_events
from diplograph.resolve.people import PeopleIndex

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
        # Planned events are ordered by first report, not by date: each window is filtered
        # once, then kept (the page at / asks for the same few windows again and again).
        self._planned_windows: OrderedDict[tuple[str | None, str | None], list[ResolvedEvent]]
        self._planned_windows = OrderedDict()
        self._lock = threading.Lock()

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
            occurred, planned[offset : offset + limit], total_occurred, len(planned)
        )

    def _planned_within(self, start: str | None, end: str | None) -> list[ResolvedEvent]:
        """The date filter of ``GraphView.timeline``, applied to the planned list."""
        if not start and not end:
            return self.planned
        with self._lock:
            found = self._planned_windows.get((start, end))
        if found is None:
            found = self.planned
            if start:
                found = [e for e in found if e.date is None or e.date[: len(start)] >= start]
            if end:
                found = [e for e in found if e.date is None or e.date[: len(end)] <= end]
            with self._lock:
                self._planned_windows[(start, end)] = found
                if len(self._planned_windows) > PLANNED_WINDOWS:
                    self._planned_windows.popitem(last=False)
        return found
