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


def resolve_partitioned(
    events: Sequence[Report], people: PeopleIndex, place_within: PlaceWithin
) -> list[ResolvedEvent]:
    """``resolve_events``, run apart on groups of reports that can never merge; same result.

    Two reports merge only when type, mode, status, negation and the set of countries agree
    (merging never changes them), and when one date is a prefix of the other: so within a group,
    dates that differ in their first ``w`` characters (``w`` the shortest date there) never meet
    either. One call is quadratic in the events; this is near-linear when dates spread.
    """
    position = {id(event): index for index, (event, _) in enumerate(events)}
    groups: dict[tuple[object, ...], list[Report]] = {}
    for report in events:
        e = report[0]
        key = (e.type, e.mode, e.status, e.negated, frozenset(e.countries))
        groups.setdefault(key, []).append(report)
    resolved: list[ResolvedEvent] = []
    for group in groups.values():
        resolved.extend(_resolve_group(group, people, place_within, position))

    def created(event: ResolvedEvent) -> tuple[str, str, int, int]:
        first = event.mentions[0][0]  # resolve_events creates events in this order
        ev = first.evidence
        return first.date or "", ev.article_id, ev.start, position[id(first)]

    return sorted(resolved, key=created)


def _resolve_group(
    group: list[Report], people: PeopleIndex, within: PlaceWithin, position: dict[int, int]
) -> list[ResolvedEvent]:
    undated = [r for r in group if r[0].date is None]
    buckets: dict[str, list[Report]] = {}
    dated = [r for r in group if r[0].date is not None]
    width = min((len(r[0].date or "") for r in dated), default=0)
    for report in dated:
        buckets.setdefault((report[0].date or "")[:width], []).append(report)
    if not undated or group[0][0].status != "planned":
        # An undated report joins only undated ones unless the event is planned.
        parts = [undated, *buckets.values()] if undated else list(buckets.values())
        return [event for part in parts for event in resolve_events(part, people, within)]
    # Planned: undated reports come first, and a dated report may join an event made of them
    # (which then takes its date). Buckets come in date order, so each one meets exactly the
    # undated events that no earlier bucket joined: those are rebuilt from their reports.
    loose = resolve_events(undated, people, within)
    found: list[ResolvedEvent] = []
    for prefix in sorted(buckets):
        free = sorted((m for e in loose for m in e.mentions), key=lambda r: position[id(r[0])])
        loose = []
        for event in resolve_events([*free, *buckets[prefix]], people, within):
            (found if event.date is not None else loose).append(event)
    return found + loose


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
            for e in resolve_partitioned(events, people, place_within)
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
