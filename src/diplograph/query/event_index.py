"""A list of resolved events indexed by kind and date, so that a question about one year picks
that year's events of a country or person instead of testing every event of the list.

On a 1M-event store one country or person takes part in hundreds of thousands of events; a
question ("Whom did Tokayev meet in 2013?") wants a few of them. ``EventIndex.select`` gives
exactly the events of the list that pass a kind test and whose date can fall in the asked
ranges, in the list's own order: callers then test the rest as before, so the answer is the
one a scan of the whole list gives.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from diplograph.resolve.events import ResolvedEvent

# Dates are ASCII, so every date that begins with a prefix sorts below prefix + this.
_AFTER_PREFIX = "\uffff"

Ranges = Sequence[tuple[str, str]]  # (low, high) date prefixes, each bound included


@dataclass(frozen=True)
class _Dated:
    """Positions (in the list) of the events of one kind: all of them, the ones dated by one
    day, month or year sorted by date, and those dated by an interval ("first/last")."""

    kept: list[int]  # every position, in list order
    dates: list[str]
    positions: list[int]
    intervals: list[tuple[str, str, int]]

    @classmethod
    def of(cls, events: Sequence[ResolvedEvent], keep: Callable[[ResolvedEvent], bool]) -> _Dated:
        kept: list[int] = []
        points: list[tuple[str, int]] = []
        intervals: list[tuple[str, str, int]] = []
        for position, event in enumerate(events):
            if not keep(event):
                continue
            kept.append(position)
            if not event.date:
                continue
            if "/" in event.date:
                first, _, last = event.date.partition("/")
                intervals.append((first, last or first, position))
            else:
                points.append((event.date, position))
        points.sort()
        return cls(kept, [d for d, _ in points], [p for _, p in points], intervals)

    def within(self, ranges: Ranges | None) -> list[int]:
        """Positions, in list order, of the events whose date may meet a range: a date
        ``first[/last]`` meets (low, high) when ``first[:len(high)] <= high`` and
        ``last[:len(low)] >= low``, that is ``low <= last`` and ``first < high + \\uffff``.
        All of them (the undated too) when no range is asked; none undated otherwise."""
        if ranges is None:
            return self.kept
        found: set[int] = set()
        for low, high in ranges:
            top = high + _AFTER_PREFIX
            found.update(
                self.positions[bisect_left(self.dates, low) : bisect_left(self.dates, top)]
            )
            found.update(p for first, last, p in self.intervals if low <= last and first < top)
        return sorted(found)


class EventIndex:
    """One list of events (a country's, a person's, or all of them), with a ``_Dated`` index
    per kind test, each built on first use and kept (the view is read-only)."""

    def __init__(self, events: Sequence[ResolvedEvent]) -> None:
        self.events = events
        self._by_kind: dict[str, _Dated] = {}
        self._lock = threading.Lock()

    def select(
        self, kind: str, keep: Callable[[ResolvedEvent], bool], ranges: Ranges | None
    ) -> list[ResolvedEvent]:
        """The events of the list for which ``keep`` (the test named ``kind``) holds and whose
        date may meet ``ranges`` (all dates when None), in the list's order."""
        with self._lock:
            dated = self._by_kind.get(kind)
        if dated is None:
            dated = _Dated.of(self.events, keep)
            with self._lock:
                dated = self._by_kind.setdefault(kind, dated)
        return [self.events[p] for p in dated.within(ranges)]
