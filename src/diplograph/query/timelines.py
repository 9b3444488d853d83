"""One pair of countries' timeline: its order, and date windows cut by bisection.

``PairTimeline`` is the one place that orders a timeline (occurred events by date, planned ones
by first report) and cuts it by a date window: ``GraphView.timeline`` and the cached answers
(``query.answers``) both go through it. Built once per store generation, a pair's timeline
answers any date window without filtering and sorting again.
"""

from __future__ import annotations

import datetime as dt
import threading
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from diplograph.models import Event
from diplograph.query.locking import SnapshotLock
from diplograph.resolve.events import PlaceWithin, ResolvedEvent, resolve_events
from diplograph.resolve.people import PeopleIndex

Report = tuple[Event, dt.date | None]

# Dates are ASCII, so every date that begins with a prefix sorts below prefix + this.
_AFTER_PREFIX = "\uffff"
Positions = Sequence[int] | npt.NDArray[np.intp]  # of events in a list, in its order
PLANNED_WINDOWS = 64  # date windows of planned events kept per pair


@dataclass(frozen=True)
class TimelinePage:
    """A page of each list, and how many events the window holds in all."""

    occurred: list[ResolvedEvent]
    planned: list[ResolvedEvent]
    total_occurred: int
    total_planned: int


@dataclass(frozen=True)
class WindowPage:
    """Positions of a page of each list (occurred, planned), and how many events the window
    holds in each."""

    occurred: Positions
    planned: Positions
    total_occurred: int
    total_planned: int


class PairWindows(SnapshotLock):
    """A pair's timeline order as dates alone: the occurred events' dates in timeline order
    ('' when undated, first; dates never decrease), and the planned events' dates in theirs (by
    first report; None when undated). Cuts date windows and pages into positions, for
    ``PairTimeline`` (events held) and for pages read from the stored resolution (ids held)."""

    def __init__(self, occurred: list[str], planned: Sequence[str | None]) -> None:
        self._dates = occurred
        self._undated = bisect_left(self._dates, "\x00")
        self._planned = len(planned)
        # Planned events are ordered by first report, not by date: a window is the undated
        # ones and a run of the planned events sorted by date, put back in report order: a mask
        # over the planned list (each event's rank by date, -1 undated), so a new window costs
        # one pass in numpy, not a sort of its events. Each window is kept (the page at / asks
        # for the same few windows again and again).
        by_date = sorted((d, i) for i, d in enumerate(planned) if d is not None)
        self._planned_dates = [d for d, _ in by_date]
        self._planned_rank = np.full(len(planned), -1, dtype=np.int64)
        self._planned_rank[[i for _, i in by_date]] = np.arange(len(by_date), dtype=np.int64)
        self._planned_windows: OrderedDict[tuple[str | None, str | None], Positions]
        self._planned_windows = OrderedDict()
        self._lock = threading.Lock()

    def page(
        self, start: str | None, end: str | None, status: str | None, limit: int, offset: int
    ) -> WindowPage:
        """Positions of one page of each list within a date window (and of one status, when
        given). Dates are prefix bounds (YYYY, YYYY-MM or YYYY-MM-DD); undated events are
        always kept."""
        low = bisect_left(self._dates, start, lo=self._undated) if start else self._undated
        high = (
            bisect_left(self._dates, end + _AFTER_PREFIX, lo=self._undated)
            if end
            else len(self._dates)
        )
        high = max(low, high)
        occurred: Positions = []
        total_occurred = 0
        if status != "planned":
            total_occurred = self._undated + high - low
            wanted = range(offset, min(offset + limit, total_occurred))
            occurred = [i if i < self._undated else i - self._undated + low for i in wanted]
        planned = [] if status == "occurred" else self._planned_within(start, end)
        return WindowPage(occurred, planned[offset : offset + limit], total_occurred, len(planned))

    def _planned_within(self, start: str | None, end: str | None) -> Positions:
        """Positions of the planned events in the window (undated ones are always in), in the
        order of the planned list."""
        if not start and not end:
            return range(self._planned)
        with self._lock:
            found = self._planned_windows.get((start, end))
        if found is None:
            dates, rank = self._planned_dates, self._planned_rank
            low = bisect_left(dates, start) if start else 0
            high = bisect_left(dates, end + _AFTER_PREFIX) if end else len(dates)
            found = np.flatnonzero((rank < 0) | ((rank >= low) & (rank < high)))
            with self._lock:
                self._planned_windows[(start, end)] = found
                if len(self._planned_windows) > PLANNED_WINDOWS:
                    self._planned_windows.popitem(last=False)
        return found


class PairTimeline:
    """Every event between two countries: occurred in date order, planned by first report."""

    def __init__(self, occurred: list[ResolvedEvent], planned: list[ResolvedEvent]) -> None:
        self.occurred = occurred
        self.planned = planned
        self.windows = PairWindows([e.date or "" for e in occurred], [e.date for e in planned])

    @classmethod
    def ordered(cls, events: Sequence[ResolvedEvent]) -> PairTimeline:
        """A pair's resolved events in timeline order: occurred ones by (date, type), undated
        first; planned ones by first report."""
        occurred = sorted(
            (e for e in events if e.status == "occurred"), key=lambda e: (e.date or "", e.type)
        )
        planned = sorted(
            (e for e in events if e.status == "planned"),
            key=lambda e: e.first_reported or dt.date.min,
        )
        return cls(occurred, planned)

    @classmethod
    def build(
        cls,
        a: str,
        b: str,
        events: Sequence[Report],
        people: PeopleIndex,
        place_within: PlaceWithin,
    ) -> PairTimeline:
        """Resolve the pair's reports (``events_between``) alone: what the whole graph's
        resolution gives for the pair (tests/query check that the two agree)."""
        resolved = resolve_events(events, people, place_within)
        return cls.ordered([e for e in resolved if a in e.countries and b in e.countries])

    def window(
        self, start: str | None, end: str | None, status: str | None
    ) -> tuple[list[ResolvedEvent], list[ResolvedEvent]]:
        """(occurred, planned) within a date window, each whole (``page`` without paging)."""
        found = self.page(start, end, status, len(self.occurred) + len(self.planned), 0)
        return found.occurred, found.planned

    def page(
        self,
        start: str | None,
        end: str | None,
        status: str | None,
        limit: int,
        offset: int,
    ) -> TimelinePage:
        """One page of each list within a date window (and of one status, when given).

        Dates are prefix bounds (YYYY, YYYY-MM or YYYY-MM-DD); undated events are always kept.
        """
        found = self.windows.page(start, end, status, limit, offset)
        return TimelinePage(
            [self.occurred[i] for i in found.occurred],
            [self.planned[i] for i in found.planned],
            found.total_occurred,
            found.total_planned,
        )
