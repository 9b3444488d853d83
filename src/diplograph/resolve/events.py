"""The same event reported by several articles becomes one event with several citations.

Two reports are one event when type, mode, status and countries agree, the dates are compatible
(one within the other's granularity; a planned event may have none), the people agree after
identity resolution (one side's people are among the other's) and the places agree (one within
the other). Every mention is kept. Reports are visited in a fixed order (date, article, offset),
so the result does not depend on the order the articles arrived in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from diplograph.models import Event
from diplograph.resolve.people import PeopleIndex

PlaceWithin = Callable[[str, str], bool]
Report = tuple[Event, dt.date | None]


@dataclass
class ResolvedEvent:
    type: str
    mode: str | None
    status: str
    countries: tuple[str, ...]
    people: tuple[str, ...]
    date: str | None
    place: str | None
    agreement: str | None
    negated: bool
    mentions: list[tuple[Event, dt.date | None]] = field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return sorted({e.evidence.article_id for e, _ in self.mentions})

    @property
    def first_reported(self) -> dt.date | None:
        return min((d for _, d in self.mentions if d), default=None)


def _resolve_greedy(
    events: Iterable[tuple[Event, dt.date | None]], people: PeopleIndex, place_within: PlaceWithin
) -> list[ResolvedEvent]:
    ordered = sorted(
        events, key=lambda x: (x[0].date or "", x[0].evidence.article_id, x[0].evidence.start)
    )
    found: list[ResolvedEvent] = []
    for event, published in ordered:
        names = tuple(dict.fromkeys(people.canonical(p) for p in event.people))
        target = next(
            (r for r in found if _same(r, event, names, place_within)),
            None,
        )
        if target is None:
            target = ResolvedEvent(
                type=event.type,
                mode=event.mode,
                status=event.status,
                countries=event.countries,
                people=names,
                date=event.date,
                place=event.place,
                agreement=event.agreement,
                negated=event.negated,
            )
            found.append(target)
        else:
            _absorb(target, event, names, place_within)
        target.mentions.append((event, published))
    return found


def _same(r: ResolvedEvent, e: Event, names: tuple[str, ...], within: PlaceWithin) -> bool:
    if (r.type, r.mode, r.status, r.negated) != (e.type, e.mode, e.status, e.negated):
        return False
    if set(r.countries) != set(e.countries):
        return False
    if r.mode == "sign" and r.agreement and e.agreement and r.agreement != e.agreement:
        from diplograph.resolve.agreements import same_agreement

        if not same_agreement(r.agreement, e.agreement):
            return False
    if not _dates_agree(r.date, e.date, r.status):
        return False
    a, b = set(r.people), set(names)
    if a and b and not (a <= b or b <= a):
        return False
    if r.mode in ("meet", "visit", "phone") and not (a or b):
        return False  # two anonymous meetings are not known to be one
    return not (r.place and e.place) or within(r.place, e.place) or within(e.place, r.place)


def _dates_agree(a: str | None, b: str | None, status: str) -> bool:
    if a is None or b is None:
        return status == "planned" or a == b
    return a.startswith(b) or b.startswith(a)


def _absorb(r: ResolvedEvent, e: Event, names: tuple[str, ...], within: PlaceWithin) -> None:
    r.people = tuple(dict.fromkeys((*r.people, *names)))
    if e.date and (r.date is None or len(e.date) > len(r.date)):
        r.date = e.date  # the most precise date
    if e.place and (r.place is None or (e.place != r.place and within(e.place, r.place))):
        r.place = e.place  # the most specific place
    r.agreement = r.agreement or e.agreement


# type, mode, status, negated, countries: reports in different blocks never merge
Block = tuple[str, str | None, str, bool, frozenset[str]]


def block_of(event: Event) -> Block:
    """The block of reports an event can merge with: reports in different blocks never merge
    (type, mode, status, negation and the set of countries must agree)."""
    return (event.type, event.mode, event.status, event.negated, frozenset(event.countries))


def creation_key(event: ResolvedEvent, position: dict[int, int]) -> tuple[str, str, int, int]:
    """Where ``resolve_events`` puts a resolved event: by its first report's date, article and
    offset (``position`` orders reports of one sentence as their article gave them)."""
    first = event.mentions[0][0]
    ev = first.evidence
    return first.date or "", ev.article_id, ev.start, position[id(first)]


def resolve_events(
    events: Iterable[tuple[Event, dt.date | None]], people: PeopleIndex, place_within: PlaceWithin
) -> list[ResolvedEvent]:
    """Merge reports of one happening into one event, every mention kept.

    The greedy comparison below is run apart on blocks of reports that can never merge
    (``block_of``); the result is the same as one run over everything, but near-linear instead
    of quadratic.

    Two reports merge only when type, mode, status, negation and the set of countries agree
    (merging never changes them), and when one date is a prefix of the other: so within a block,
    dates that differ in their first ``w`` characters (``w`` the shortest date there) never meet
    either. One call is quadratic in the events; this is near-linear when dates spread.
    """
    events = list(events)
    position = {id(event): index for index, (event, _) in enumerate(events)}
    groups: dict[Block, list[Report]] = {}
    for report in events:
        groups.setdefault(block_of(report[0]), []).append(report)
    resolved: list[ResolvedEvent] = []
    for group in groups.values():
        resolved.extend(resolve_block(group, people, place_within, position))
    return sorted(resolved, key=lambda event: creation_key(event, position))


def resolve_block(
    group: list[Report], people: PeopleIndex, within: PlaceWithin, position: dict[int, int]
) -> list[ResolvedEvent]:
    """Resolve the reports of one block (``block_of``), given in their articles' order;
    ``position`` orders the reports of one article."""
    undated = [r for r in group if r[0].date is None]
    buckets: dict[str, list[Report]] = {}
    dated = [r for r in group if r[0].date is not None]
    width = min((len(r[0].date or "") for r in dated), default=0)
    for report in dated:
        buckets.setdefault((report[0].date or "")[:width], []).append(report)
    if not undated or group[0][0].status != "planned":
        # An undated report joins only undated ones unless the event is planned.
        parts = [undated, *buckets.values()] if undated else list(buckets.values())
        return [event for part in parts for event in _resolve_greedy(part, people, within)]
    # Planned: undated reports come first, and a dated report may join an event made of them
    # (which then takes its date). Buckets come in date order, so each one meets exactly the
    # undated events that no earlier bucket joined: those are rebuilt from their reports.
    loose = _resolve_greedy(undated, people, within)
    found: list[ResolvedEvent] = []
    for prefix in sorted(buckets):
        free = sorted((m for e in loose for m in e.mentions), key=lambda r: position[id(r[0])])
        loose = []
        for event in _resolve_greedy([*free, *buckets[prefix]], people, within):
            (found if event.date is not None else loose).append(event)
    return found + loose
