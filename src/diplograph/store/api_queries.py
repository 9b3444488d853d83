"""Reads the HTTP API needs beyond Store's own: pages of events, one pair's events, and a
cheap fingerprint of the store's contents that tells cached answers when they are stale.
(Benchmark stores are grown by ``bench/copies.py``, outside the package.)
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import date

from diplograph.models import Event, EventFilter
from diplograph.store.base import Store
from diplograph.store.extractions import events_where, story_dates

# Text comparison is bytewise (UTF-8), so every date beginning with "2023-04" sorts below
# "2023-04" + this: a prefix bound that still uses the index on events(date).
_AFTER_PREFIX = "\uffff"


def _where(query: EventFilter) -> tuple[str, list[object]]:
    clauses, params = ["1 = 1"], list[object]()
    for code in query.countries:
        # countries is a JSON list of codes; a quoted code matches that element exactly.
        clauses.append("instr(countries, ?) > 0")
        params.append(f'"{code}"')
    if query.type:
        clauses.append("type = ?")
        params.append(query.type)
    if query.status:
        clauses.append("status = ?")
        params.append(query.status)
    if query.start:
        clauses.append("date >= ?")
        params.append(query.start)
    if query.end:
        clauses.append("date < ?")
        params.append(query.end + _AFTER_PREFIX)
    return " AND ".join(clauses), params


def list_events(
    store: Store, query: EventFilter, limit: int, offset: int
) -> tuple[list[Event], int]:
    """One page of stored per-article events in date order (undated first), and how many match.

    A date bound keeps dated events only. The page is chosen on the events(date) index, then
    read whole: row ids first, so the ordering never sorts full rows.
    """
    where, params = _where(query)
    total = int(
        store.conn.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
    )
    ids = [
        int(r[0])
        for r in store.conn.execute(
            f"SELECT id FROM events WHERE {where} ORDER BY date, id LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
    ]
    if not ids:
        return [], total
    marks = ",".join("?" for _ in ids)
    return events_where(store.conn, f"id IN ({marks})", ids, order="date, id"), total


Counts = tuple[list[tuple[str, int]], list[tuple[str, str, int]]]


def country_counts(store: Store) -> Counts:
    """How many stored event reports each country takes part in (by code), and each pair of
    countries (codes in order, busiest pair first).

    Events are grouped by their list of countries in SQL (a few hundred distinct lists), then
    counted here: one scan, where expanding every event's list in SQL took ten times as long.
    """
    return count_countries(
        store.conn.execute("SELECT countries, count(*) FROM events GROUP BY 1").fetchall()
    )


def count_countries(grouped: Iterable[tuple[str, int]]) -> Counts:
    """``country_counts`` from (JSON list of countries, event reports) rows."""
    countries: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for listed, count in grouped:
        codes = sorted(set(json.loads(listed)))
        for position, code in enumerate(codes):
            countries[code] += count
            for other in codes[position + 1 :]:
                pairs[(code, other)] += count
    return (
        sorted(countries.items()),
        sorted(((a, b, n) for (a, b), n in pairs.items()), key=lambda p: (-p[2], p[0], p[1])),
    )


def signing_events(store: Store) -> list[tuple[Event, date | None]]:
    """The stored events that sign or plan to sign a named agreement, with their story's
    publication date, in the order ``events_with_dates`` gives them: what
    ``resolve_agreements`` reads, without reading every event."""
    where = "type = 'AGREE' AND mode = 'sign' AND agreement IS NOT NULL"
    events = events_where(store.conn, where, (), order="article_id, start, id")
    dates = _publication_dates(store, events)
    return [(e, dates.get(e.evidence.article_id)) for e in events]


def events_between(store: Store, a: str, b: str) -> list[tuple[Event, date | None]]:
    """Every event in which both countries take part, with its story's publication date.

    The same pairs as ``events_with_dates`` gives for these events, so resolving them gives the
    same resolved events as resolving the whole store and keeping the pair's.
    """
    where = "instr(countries, ?) > 0 AND instr(countries, ?) > 0"
    events = events_where(store.conn, where, (f'"{a}"', f'"{b}"'), order="article_id, start, id")
    dates = _publication_dates(store, events)
    return [(e, dates.get(e.evidence.article_id)) for e in events]


def _publication_dates(store: Store, events: list[Event]) -> dict[str, date | None]:
    """The publication date of each story that reports one of ``events``, by article id."""
    return story_dates(store.conn, {e.evidence.article_id for e in events})
