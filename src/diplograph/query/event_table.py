"""Every resolved event of a view as columns (numpy arrays), so that a question about events
selects its people's, countries', kind's and time's events and orders them without testing or
sorting each event in Python.

On a 1M-event store one person, or one pair of people, takes part in hundreds of thousands of
events; a question ("Where did Tokayev and Cleverly meet?") needs how many there are, the first
hundred in the answer's order and the last. ``EventTable.select`` gives the positions (in the
view's list) of the events that have every asked person and country, pass a kind test and
whose date meets the asked ranges (the tests ``answer_events`` makes of each event, as array
operations over the shortest list); ``Selection`` orders them as the answer does (date, then
first report) and sorts only the events an answer shows (``numpy.argpartition``), the whole
selection only when a caller walks past them.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import cached_property
from typing import Any, overload

import numpy as np
import numpy.typing as npt

from diplograph.query.locking import SnapshotLock
from diplograph.resolve.events import ResolvedEvent

Positions = npt.NDArray[np.int64]  # of events in the view's list, ascending unless said
Ranges = Sequence[tuple[str, str]]  # (low, high) date prefixes, each bound included
_AFTER_PREFIX = "\uffff"  # dates are ASCII: every date that begins with a prefix sorts below
SHOWN = 128  # events a Selection sorts first when walked (an answer shows 100 at most)


def _positions(found: dict[str, list[int]]) -> dict[str, Positions]:
    return {key: np.array(listed, dtype=np.int64) for key, listed in found.items()}


class EventTable(SnapshotLock):
    """The view's events as columns: positions by person (canonical name) and by country, the
    first and last day of each date, and each event's rank in the answers' order."""

    def __init__(self, events: Sequence[ResolvedEvent], canonical: Callable[[str], str]) -> None:
        self.events = events
        people: dict[str, list[int]] = {}
        countries: dict[str, list[int]] = {}
        for position, event in enumerate(events):
            for name in dict.fromkeys(canonical(p) for p in event.people):
                people.setdefault(name, []).append(position)
            for code in dict.fromkeys(event.countries):
                countries.setdefault(code, []).append(position)
        self.by_person, self.by_country = _positions(people), _positions(countries)
        self.date = np.array([e.date or "" for e in events], dtype=str)
        dates = [(e.date or "").partition("/") for e in events]
        self.dated = np.array([bool(e.date) for e in events], dtype=bool)
        self._days = _DayColumns.of(dates)
        self.occurred = np.array([e.status == "occurred" for e in events], dtype=bool)
        self.planned = np.array([e.status == "planned" for e in events], dtype=bool)
        self.placed = np.array([bool(e.place) for e in events], dtype=bool)
        reported = [e.first_reported for e in events]
        self.rank, self.key_rank = _ranks(
            [(e.date or "9999", r or dt.date.max) for e, r in zip(events, reported, strict=True)]
        )
        # a pair's timeline (``PairTimeline.ordered``): occurred events by (date, type), planned
        # ones by first report (undated ones first in both)
        self.date_type = _ranks([(e.date or "", e.type) for e in events])[1]
        self.reported = np.array([(r or dt.date.min).toordinal() for r in reported],
                                 dtype=np.int64)  # fmt: skip
        self._kinds: dict[str, npt.NDArray[np.bool_]] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.events)

    def kind(self, name: str, keep: Callable[[ResolvedEvent], bool]) -> npt.NDArray[np.bool_]:
        """Whether each event passes the kind test ``keep`` (named ``name``), kept."""
        with self._lock:
            found = self._kinds.get(name)
        if found is None:
            found = np.fromiter((keep(e) for e in self.events), dtype=bool, count=len(self))
            with self._lock:
                found = self._kinds.setdefault(name, found)
        return found

    def of_people(self, names: set[str]) -> Positions:
        """The events of any of ``names`` (canonical), ascending."""
        found = [self.by_person[n] for n in names if n in self.by_person]
        if len(found) == 1:
            return found[0]
        return np.unique(np.concatenate(found)) if found else np.empty(0, dtype=np.int64)

    def select(self, lists: Sequence[Positions], keep: npt.NDArray[np.bool_] | None,
               ranges: Ranges | None) -> Positions:  # fmt: skip
        """Positions (ascending) of the events in every one of ``lists`` (every event when
        none is given) that ``keep`` marks (all when None) and whose date meets one of
        ``ranges`` (any date, or none, when None): ``answer_events``' test of the date,
        ``first[:len(high)] <= high and last[:len(low)] >= low``, is ``first < high +
        \\uffff and last >= low`` for ASCII dates."""
        if not lists:
            chosen = np.arange(len(self), dtype=np.int64)
        else:
            ordered = sorted(lists, key=len)
            chosen = ordered[0]
            for other in ordered[1:]:
                member = np.zeros(len(self), dtype=bool)
                member[other] = True
                chosen = chosen[member[chosen]]
        if keep is not None:
            chosen = chosen[keep[chosen]]
        if ranges is None:
            return chosen
        chosen = chosen[self.dated[chosen]]
        meets = self._days.meet(chosen, ranges) if self._days is not None else None
        if meets is None:  # a date the integer columns cannot hold: compared as text
            first, last = (column[chosen] for column in self._texts)
            meets = np.zeros(len(chosen), dtype=bool)
            for low, high in ranges:
                meets |= (first < high + _AFTER_PREFIX) & (last >= low)
        found: Positions = chosen[meets]
        return found

    @cached_property
    def _texts(self) -> tuple[npt.NDArray[np.str_], npt.NDArray[np.str_]]:
        """Each event's first and last day as text, for the rare date or bound the numbers of
        ``_DayColumns`` cannot hold: built on first need (tens of MB at 1M events)."""
        dates = [(e.date or "").partition("/") for e in self.events]
        return (np.array([first for first, _, _ in dates], dtype=str),
                np.array([last or first for first, _, last in dates], dtype=str))  # fmt: skip

    def within(self, chosen: Positions, start: str | None, end: str | None) -> Positions:
        """The chosen events in a pair's timeline window (``PairWindows``): a whole date from
        ``start`` up to every date that begins with ``end`` (either bound left open when not
        given); undated events are always in."""
        dates = self.date[chosen]
        keep = np.ones(len(chosen), dtype=bool)
        if start:
            keep &= dates >= start
        if end:
            keep &= dates < end + _AFTER_PREFIX
        found: Positions = chosen[keep | (dates == "")]
        return found

    def timeline_keys(self, chosen: Positions, planned: bool) -> Positions:
        """The order key of each chosen event in a pair's timeline (``PairTimeline.ordered``):
        occurred events by (date, type), planned ones by first report, undated ones first,
        ties in the view's order."""
        column = self.reported if planned else self.date_type
        found: Positions = column[chosen] * len(self) + chosen
        return found

    def keys(self, chosen: Positions, groups: Sequence[Positions] = ()) -> Positions:
        """The order key of each chosen event: (date or "9999", first report or never), ties in
        the view's order; or, when ``groups`` are given (the events of each of several names,
        as a list made name after name lists them), ties in that list's order: the first
        group an event is in, then the view's order."""
        if not groups:
            return self.rank[chosen]
        group = np.full(len(self), len(groups), dtype=np.int64)
        for number, members in reversed(list(enumerate(groups))):
            group[members] = number
        size = len(self)
        return (self.key_rank[chosen] * (len(groups) + 1) + group[chosen]) * size + chosen


_CUT = {4: 10_000, 7: 100, 10: 1}  # text length of a date -> divisor of its YYYYMMDD number
_DAY = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


def _day_number(text: str) -> int | None:
    """An ISO date or its year or month as YYYYMMDD, the missing parts 0 (so numbers order as
    the texts do: "2020" < "2020-01" < "2020-01-01"); None for any other text."""
    found = _DAY.fullmatch(text)
    if found is None:
        return None
    year, month, day = found.groups()
    return int(year) * 10_000 + int(month or 0) * 100 + int(day or 0)


class _DayColumns:
    """Each event's first and last day as numbers (``_day_number``): the date test of
    ``EventTable.select`` compares integers, six times faster than numpy's text comparison on
    a busy person's hundreds of thousands of events. The first day is kept cut to each
    granularity, as the test cuts it to the asked bound's."""

    def __init__(self, first: list[int], last: list[int]) -> None:
        whole = np.array(first, dtype=np.int32)
        self.first = {size: whole // cut for size, cut in _CUT.items()}
        self.last = np.array(last, dtype=np.int32)

    @classmethod
    def of(cls, dates: Sequence[tuple[str, str, str]]) -> _DayColumns | None:
        """The columns of (first, "/", last) partitions; None when a date is of another form."""
        first: list[int] = []
        last: list[int] = []
        for start, _, end in dates:
            if not start:
                first.append(0)
                last.append(0)
                continue
            low, high = _day_number(start), _day_number(end or start)
            if low is None or high is None:
                return None
            first.append(low)
            last.append(high)
        return cls(first, last)

    def meet(self, chosen: Positions, ranges: Ranges) -> npt.NDArray[np.bool_] | None:
        """Whether each chosen (dated) event's date meets one of ``ranges``: ``first[:len(high)]
        <= high and last >= low``; None when a bound is not a date of a known length."""
        last = self.last[chosen]
        meets = np.zeros(len(chosen), dtype=bool)
        for low, high in ranges:
            low_day, high_day = _day_number(low), _day_number(high)
            if low_day is None or high_day is None or len(high) not in _CUT:
                return None
            cut = _CUT[len(high)]
            meets |= (self.first[len(high)][chosen] <= high_day // cut) & (last >= low_day)
        return meets


def _ranks(keys: Sequence[tuple[str, Any]]) -> tuple[Positions, Positions]:
    """Each event's rank by its key, ties in the list's order; and the rank of its key alone
    (ties share it)."""
    order = sorted(range(len(keys)), key=keys.__getitem__)
    rank = np.empty(len(keys), dtype=np.int64)
    rank[order] = np.arange(len(keys), dtype=np.int64)
    key_rank = np.empty(len(keys), dtype=np.int64)
    current, previous = -1, None
    for position in order:
        if keys[position] != previous:
            current, previous = current + 1, keys[position]
        key_rank[position] = current
    return rank, key_rank


class Selection(Sequence[ResolvedEvent]):
    """Chosen events in the answer's order (occurred ones, then planned ones, each by its
    key), sorting only as far as a caller reads: the first ``k`` cost a partition of the keys,
    the last one their maximum, ``len`` nothing."""

    def __init__(self, table: EventTable, parts: Sequence[tuple[Positions, Positions]]) -> None:
        self.table = table
        self.parts = [(chosen, keys) for chosen, keys in parts if len(chosen)]  # (events, keys)
        self._head: list[ResolvedEvent] = []  # the longest head sorted yet

    def __len__(self) -> int:
        return sum(len(chosen) for chosen, _ in self.parts)

    def head(self, count: int) -> list[ResolvedEvent]:
        """The first ``count`` events (kept: an answer reads its first events several times)."""
        if count <= len(self._head) or len(self._head) == len(self):
            return self._head[:count]
        found: list[ResolvedEvent] = []
        for chosen, keys in self.parts:
            wanted = count - len(found)
            if wanted <= 0:
                break
            if wanted < len(keys):
                nearest = np.argpartition(keys, wanted - 1)[:wanted]
                picked = nearest[np.argsort(keys[nearest])]
            else:
                picked = np.argsort(keys)
            found += [self.table.events[p] for p in chosen[picked]]
        self._head = found
        return found

    def with_place(self) -> Selection:
        """The events that have a place, in the same order."""
        placed = self.table.placed
        return Selection(self.table, [(c[placed[c]], k[placed[c]]) for c, k in self.parts])

    def _whole(self) -> list[ResolvedEvent]:
        return self.head(len(self))

    def __iter__(self) -> Iterator[ResolvedEvent]:
        shown = self.head(min(len(self), SHOWN))
        yield from shown
        if len(shown) < len(self):
            yield from self._whole()[len(shown) :]

    @overload
    def __getitem__(self, index: int) -> ResolvedEvent: ...

    @overload
    def __getitem__(self, index: slice) -> list[ResolvedEvent]: ...

    def __getitem__(self, index: int | slice) -> ResolvedEvent | list[ResolvedEvent]:
        if isinstance(index, slice):
            if index.start in (None, 0) and index.step in (None, 1) and index.stop is not None \
                    and index.stop >= 0:  # fmt: skip
                return self.head(index.stop)
            return self._whole()[index]
        if index == -1 and self.parts:
            chosen, keys = self.parts[-1]
            return self.table.events[int(chosen[int(np.argmax(keys))])]
        if 0 <= index < SHOWN:
            return self.head(index + 1)[index]
        return self._whole()[index]
