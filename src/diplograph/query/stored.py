"""The resolved graph kept in the store, so that a server that starts answers a pair's timeline
by reading that pair's resolved events, not by resolving the whole store again.

``update_resolution`` brings the stored resolution (``store.resolution``) up to date with the
articles extracted since its mark (``Store.extracted_since``), as ``GrowingEvents`` does in
memory: it resolves again only the blocks (``resolve.events.block_of``) that the changed
articles' old or new reports fall in and the blocks naming a person whose canonical name
changed (people are resolved again over every name, as the kept view does). With no stored
resolution, another resolver version, or rows changed outside extraction, it resolves
everything. It resolves from one snapshot and then writes in a short transaction, and only when
no other process wrote the resolution meanwhile: several servers on one PostgreSQL store may
call it at once, and article writers never wait for the resolving.

``stored_between``, ``stored_pair`` (then ``stored_events``) and ``stored_countries`` answer
from the stored resolution when it reflects the store as it is now, and say None otherwise
(callers then take the path that resolves). The answers equal ``GraphView.from_store``'s
(tests/query/test_stored.py).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata

from diplograph.knowledge import Knowledge
from diplograph.query.timelines import PairWindows, TimelinePage
from diplograph.resolve.events import ResolvedEvent, block_of, resolve_block
from diplograph.resolve.people import PeopleIndex, resolve_people
from diplograph.store.api_queries import Counts, count_countries
from diplograph.store.base import Store
from diplograph.store.resolution import (
    ResolutionRows,
    ResolutionState,
    StoredReport,
    block_text,
    blocks_naming,
    blocks_of_articles,
    delete_batch,
    insert_events,
    insert_names,
    names_used,
    pair_order,
    read_events,
    read_state,
    replace_blocks,
    reports_of_articles,
    reports_of_blocks,
    resolved_between,
    resolved_countries,
    store_totals,
    write_state,
)

RESOLUTION_FORMAT = 3  # bump when resolution's rules or tables change: stored ones are redone
ROWS_AT_ONCE = 20_000  # resolved events written (or deleted) per transaction by a full rewrite


@cache  # read once: importlib's metadata parses the package's METADATA file on each call
def resolver_version() -> str:
    try:
        version = metadata.version("diplograph")
    except metadata.PackageNotFoundError:
        version = "0+unknown"
    return f"{version}/{RESOLUTION_FORMAT}"


@dataclass(frozen=True)
class ResolutionReport:
    """What ``update_resolution`` did: whether it resolved everything, how many articles it
    read as changed, how many blocks it resolved, how many resolved events it wrote, and
    whether it wrote them (False when the stored one was current, or another process wrote
    first)."""

    full: bool
    articles: int
    blocks: int
    resolved_events: int
    written: bool

    def to_json(self) -> dict[str, object]:
        return {"full": self.full, "articles": self.articles, "blocks": self.blocks,
                "resolved_events": self.resolved_events, "written": self.written}  # fmt: skip


def _current(store: Store) -> ResolutionState | None:
    """The stored resolution's state when it reflects every extraction the store holds now."""
    state = read_state(store)
    if state is None or state.resolver != resolver_version():
        return None
    return state if (state.mark, state.extracted, state.events) == store_totals(store) else None


def is_current(store: Store) -> bool:
    """Whether the stored resolution reflects every extraction the store holds now."""
    return _current(store) is not None


def has_resolution(store: Store) -> bool:
    """Whether the store keeps a resolution (current or not)."""
    return read_state(store) is not None


def stored_between(store: Store, a: str, b: str) -> list[ResolvedEvent] | None:
    """The resolved events of a pair of countries (``GraphView.timeline``'s before ordering),
    read from the stored resolution; None when it is missing or behind the store."""
    with store.snapshot():
        state = _current(store)
        return resolved_between(store, state.batch, a, b) if state else None


@dataclass(frozen=True)
class StoredPair:
    """A pair's timeline order read from the stored resolution as ``state`` says it was: the
    resolved events' ids and dates alone (``PairWindows`` cuts windows and pages into positions); a
    page's events are then read by id (``stored_events``)."""

    state: ResolutionState  # the stored resolution the order was read from
    windows: PairWindows
    occurred: list[int]
    planned: list[int]


def stored_pair(store: Store, a: str, b: str) -> StoredPair | None:
    """A pair's timeline order (ids and dates) from the stored resolution; None when it is
    missing or behind the store. Its busiest pair of a 1M-event store: 305,690 resolved events,
    read in under a second, where the events themselves took 14-20 s."""
    with store.snapshot():
        state = _current(store)
        if state is None:
            return None
        occurred, days, planned, dates = pair_order(store, state.batch, a, b)
    return StoredPair(state, PairWindows(days, dates), occurred, planned)


def stored_events(store: Store, pair: StoredPair, ids: Sequence[int]) -> list[ResolvedEvent] | None:
    """The resolved events of ``ids`` (of ``pair``) with their reports, in that order; None
    when the stored resolution is no longer the one ``pair`` was read from (an update replaces
    blocks, and their ids may be taken again) or is behind the store."""
    with store.snapshot():
        state = _current(store)
        if state is None or state != pair.state:
            return None
        found = read_events(store, state.batch, ids)
    return [found[i] for i in ids] if len(found) == len(set(ids)) else None


def stored_page(
    store: Store,
    a: str,
    b: str,
    window: tuple[str | None, str | None, str | None],
    limit: int,
    offset: int,
) -> TimelinePage | None:
    """One page of a pair's timeline (``PairTimeline.page``'s, for ``window`` = (start, end,
    status)) from the stored resolution: its order, then the page's events alone; None when
    it is missing or behind the store."""
    pair = stored_pair(store, a, b)
    if pair is None:
        return None
    return page_of(store, pair, window, limit, offset)


def page_of(
    store: Store,
    pair: StoredPair,
    window: tuple[str | None, str | None, str | None],
    limit: int,
    offset: int,
) -> TimelinePage | None:
    """One page of ``pair`` read from the store (None as ``stored_events`` says)."""
    found = pair.windows.page(*window, limit, offset)
    occurred = [pair.occurred[i] for i in found.occurred]
    planned = [pair.planned[i] for i in found.planned]
    events = stored_events(store, pair, occurred + planned)
    if events is None:
        return None
    return TimelinePage(events[: len(occurred)], events[len(occurred) :],
                        found.total_occurred, found.total_planned)  # fmt: skip


def stored_countries(store: Store) -> Counts | None:
    """``country_counts`` from the stored resolution (a few rows per set of countries, not
    every event); None when it is missing or behind the store."""
    with store.snapshot():
        state = _current(store)
        return count_countries(resolved_countries(store, state.batch)) if state else None


def update_resolution(
    store: Store, knowledge: Knowledge, *, again: bool = False
) -> ResolutionReport:
    """Bring the stored resolution up to date (see the module's text); ``again`` resolves
    everything, as after a change of the data files that resolution reads (places)."""
    resolver = resolver_version()
    with store.snapshot():
        state = read_state(store)
        top, extracted, events = store_totals(store)
        if not again and state is not None and state.resolver == resolver:
            if (state.mark, state.extracted, state.events) == (top, extracted, events):
                return ResolutionReport(False, 0, 0, 0, written=False)
        plan = _plan(store, state if not again and state and state.resolver == resolver else None)
        people = resolve_people((n, c, r, a) for n, c, r, a, _ in store.person_roles())
        plan.rename(store, people)
        rows = plan.resolve(people, knowledge)
        batch = uuid.uuid4().hex if plan.full or state is None else state.batch
        new_state = ResolutionState(plan.mark, plan.extracted, plan.events, resolver, batch)
    if plan.full:
        written = _rewrite(store, state, new_state, rows)
    else:
        with store.resolution_transaction():
            written = read_state(store) == state
            if written:
                replace_blocks(store, new_state, sorted(plan.blocks), rows)
    count = len(rows.events) if written else 0
    return ResolutionReport(plan.full, plan.articles, len(plan.blocks), count, written)


def _rewrite(
    store: Store, state: ResolutionState | None, new: ResolutionState, rows: ResolutionRows
) -> bool:
    """Write a whole resolution as a new batch, ``ROWS_AT_ONCE`` events a transaction (SQLite
    writers wait 10 s for the lock at most; 1M events took 10 s to write at once), then make it
    the stored one in a last short transaction, and delete the batch that lost: the old one, or
    this one when another process wrote first. Readers see the old batch until the switch."""
    written = True
    for start in range(0, len(rows.events), ROWS_AT_ONCE):
        with store.resolution_transaction():
            written = read_state(store) == state
            if not written:
                break
            insert_events(store, new.batch, rows.events[start : start + ROWS_AT_ONCE])
    if written:
        with store.resolution_transaction():
            written = read_state(store) == state
            if written:
                insert_names(store, new.batch, rows.names)
                write_state(store, new)
    lost = (state.batch if state else None) if written else new.batch
    while lost is not None:
        with store.resolution_transaction():
            if not delete_batch(store, lost, ROWS_AT_ONCE):
                break
    return written


class _Plan:
    """The reports to resolve again, by block, read in one snapshot of the store."""

    def __init__(self, full: bool, mark: int, extracted: int, events: int, batch: str) -> None:
        self.full, self.batch = full, batch
        self.mark, self.extracted, self.events = mark, extracted, events
        self.articles = 0
        self.blocks: dict[str, list[StoredReport]] = {}

    def add(self, reports: Sequence[StoredReport]) -> None:
        for report in reports:
            self.blocks.setdefault(block_text(block_of(report.event)), []).append(report)

    def rename(self, store: Store, people: PeopleIndex) -> None:
        """Add the blocks that name a person whose canonical name is not the one they used."""
        if self.full:
            return
        renamed = [
            n for n, used in names_used(store, self.batch).items() if people.canonical(n) != used
        ]
        fresh = blocks_naming(store, self.batch, renamed) - set(self.blocks)
        for block, reports in reports_of_blocks(store, self.batch, sorted(fresh)).items():
            self.blocks[block] = reports
        for block in fresh:
            self.blocks.setdefault(block, [])

    def resolve(self, people: PeopleIndex, knowledge: Knowledge) -> ResolutionRows:
        """Each planned block resolved (``resolve_block``, as ``GrowingEvents`` does), as rows."""
        rows = ResolutionRows([], [])
        for block, reports in self.blocks.items():
            group = sorted(reports, key=lambda r: (r.event.evidence.article_id, r.position))
            of = {id(r.event): r for r in group}
            position = {key: r.position for key, r in of.items()}
            found = resolve_block([(r.event, r.published) for r in group], people,
                                  knowledge.place_within, position)  # fmt: skip
            countries = json.dumps(json.loads(block)[4])
            for event in found:
                rows.events.append(_event_row(event, block, countries, of))
            names = {name for r in group for name in r.event.people}
            rows.names += [(name, block, people.canonical(name)) for name in sorted(names)]
        return rows


def _event_row(
    event: ResolvedEvent, block: str, countries: str, of: dict[int, StoredReport]
) -> tuple[tuple[object, ...], list[tuple[int, str, int]]]:
    first = of[id(event.mentions[0][0])]
    evidence = first.event.evidence
    row = (block, countries, event.type, event.mode, event.status, int(event.negated),
           json.dumps(list(event.countries)), json.dumps(list(event.people), ensure_ascii=False),
           event.date, event.place, event.agreement, first.event.date or "",
           evidence.article_id, evidence.start, first.position, len(event.mentions),
           event.first_reported.isoformat() if event.first_reported else None)  # fmt: skip
    mentions = [
        (of[id(e)].event_id, e.evidence.article_id, of[id(e)].position) for e, _ in event.mentions
    ]
    return row, mentions


def _plan(store: Store, state: ResolutionState | None) -> _Plan:
    """What to resolve: everything when ``state`` is None, else the blocks of the articles
    extracted since its mark; everything too when the counts show rows changed otherwise."""
    articles, mark, extracted, events = store.extracted_since(state.mark if state else 0)
    if state is not None and mark >= state.mark:
        plan = _Plan(False, mark, extracted, events, state.batch)
        old, gone = blocks_of_articles(store, state.batch, articles)
        new = reports_of_articles(store, articles)
        if state.events - gone + len(new) == events:
            changed = set(articles)
            touched = old | {block_text(block_of(r.event)) for r in new}
            for block, reports in reports_of_blocks(store, state.batch, sorted(touched)).items():
                plan.blocks[block] = [r for r in reports
                                      if r.event.evidence.article_id not in changed]  # fmt: skip
            for block in touched:
                plan.blocks.setdefault(block, [])
            plan.add(new)
            plan.articles = len(articles)
            return plan
    if state is not None:
        articles, mark, extracted, events = store.extracted_since(0)
    plan = _Plan(True, mark, extracted, events, "")
    plan.add(reports_of_articles(store, None))
    plan.articles = len(articles)
    return plan
