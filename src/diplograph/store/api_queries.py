"""Reads the HTTP API needs beyond SQLiteStore's own: pages of events, one pair's events, and a
cheap fingerprint of the store's contents that tells cached answers when they are stale.

``copy_stories`` writes: it fills a store with copies of its extracted stories for benchmarks.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from diplograph.models import Event
from diplograph.store.extractions import events_where
from diplograph.store.sqlite import SQLiteStore

# Text comparison is bytewise (UTF-8), so every date beginning with "2023-04" sorts below
# "2023-04" + this: a prefix bound that still uses the index on events(date).
_AFTER_PREFIX = "\uffff"


def store_generation(store: SQLiteStore) -> tuple[int, ...]:
    """Numbers that change whenever articles, extractions or office terms are added or redone.

    Every lookup is an index or rowid bound, so it costs microseconds on any store: re-extracting
    an article deletes and re-inserts its rows, which moves the highest row ids.
    """
    row = store.conn.execute(
        "SELECT (SELECT coalesce(max(rowid), 0) FROM articles), "
        "(SELECT count(*) FROM articles), "
        "(SELECT coalesce(max(rowid), 0) FROM extractions), "
        "(SELECT count(*) FROM extractions), "
        "(SELECT coalesce(max(id), 0) FROM events), "
        "(SELECT coalesce(max(id), 0) FROM facts), "
        "(SELECT coalesce(max(id), 0) FROM person_mentions), "
        "(SELECT coalesce(max(id), 0) FROM office_terms)"
    ).fetchone()
    return tuple(int(value) for value in row)


@dataclass(frozen=True)
class EventFilter:
    """Which stored events to list: all of ``countries`` take part; dates are prefix bounds."""

    countries: tuple[str, ...] = ()
    type: str | None = None
    status: str | None = None
    start: str | None = None  # YYYY[-MM[-DD]]: events dated in or after it
    end: str | None = None  # YYYY[-MM[-DD]]: events dated in or before it


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
    store: SQLiteStore, query: EventFilter, limit: int, offset: int
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


def country_counts(store: SQLiteStore) -> tuple[list[tuple[str, int]], list[tuple[str, str, int]]]:
    """How many stored event reports each country takes part in (by code), and each pair of
    countries (codes in order, busiest pair first).

    Events are grouped by their list of countries in SQL (a few hundred distinct lists), then
    counted here: one scan, where expanding every event's list in SQL took ten times as long.
    """
    countries: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for listed, count in store.conn.execute("SELECT countries, count(*) FROM events GROUP BY 1"):
        codes = sorted(set(json.loads(listed)))
        for position, code in enumerate(codes):
            countries[code] += count
            for other in codes[position + 1 :]:
                pairs[(code, other)] += count
    return (
        sorted(countries.items()),
        sorted(((a, b, n) for (a, b), n in pairs.items()), key=lambda p: (-p[2], p[0], p[1])),
    )


def signing_events(store: SQLiteStore) -> list[tuple[Event, date | None]]:
    """The stored events that sign or plan to sign a named agreement, with their story's
    publication date, in the order ``events_with_dates`` gives them: what
    ``resolve_agreements`` reads, without reading every event."""
    where = "type = 'AGREE' AND mode = 'sign' AND agreement IS NOT NULL"
    events = events_where(store.conn, where, (), order="article_id, start")
    dates = _publication_dates(store, events)
    return [(e, dates.get(e.evidence.article_id)) for e in events]


def events_between(store: SQLiteStore, a: str, b: str) -> list[tuple[Event, date | None]]:
    """Every event in which both countries take part, with its story's publication date.

    The same pairs as ``events_with_dates`` gives for these events, so resolving them gives the
    same resolved events as resolving the whole store and keeping the pair's.
    """
    where = "instr(countries, ?) > 0 AND instr(countries, ?) > 0"
    events = events_where(store.conn, where, (f'"{a}"', f'"{b}"'), order="article_id, start")
    dates = _publication_dates(store, events)
    return [(e, dates.get(e.evidence.article_id)) for e in events]


def _publication_dates(store: SQLiteStore, events: list[Event]) -> dict[str, date | None]:
    """The publication date of each story that reports one of ``events``, by article id."""
    ids = sorted({e.evidence.article_id for e in events})
    dates: dict[str, date | None] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" for _ in part)
        for row in store.conn.execute(
            f"SELECT id, published_on FROM articles WHERE story_id IS NULL AND id IN ({marks})",
            part,
        ):
            dates[str(row[0])] = date.fromisoformat(row[1]) if row[1] else None
    return dates


# -- benchmark stores ------------------------------------------------------------------------


def copy_stories(store: SQLiteStore, copies: int) -> int:
    """Add ``copies`` copies of every extracted story, each with its extraction; return the
    number of events then stored.

    Copy ``n`` of article A is ``A~n``, published ``n`` days later; its events, figures and
    sentences are A's, with every date and period moved ``n`` steps of its own precision (days,
    months or years). An undated event gets its copy's publication date, so copies stay apart
    instead of piling thousands of citations on one event. For benchmarks only.
    """
    conn = store.conn
    stories = conn.execute(
        "SELECT a.id, a.published_on FROM articles a JOIN extractions x ON x.article_id = a.id "
        "WHERE a.story_id IS NULL AND a.published_on IS NOT NULL ORDER BY a.id"
    ).fetchall()
    with store.transaction():
        for article_id, published in stories:
            for n in range(1, copies + 1):
                _copy_story(store, str(article_id), date.fromisoformat(published), n)
    return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])


def _copy_story(store: SQLiteStore, article_id: str, published: date, n: int) -> None:
    conn, new_id = store.conn, f"{article_id}~{n}"
    day = (published + timedelta(days=n)).isoformat()
    conn.execute(
        "INSERT INTO articles (id, story_id, similarity, published_on, title, text, content_hash, "
        "source, url, origin, format, ingested_at) SELECT ?, NULL, NULL, ?, title, text, "
        "content_hash || ?, source, url, origin, format, ingested_at FROM articles WHERE id = ?",
        (new_id, day, f"~{n}", article_id),
    )
    conn.execute(
        "INSERT INTO extractions (article_id, version, extracted_at) "
        "SELECT ?, version, extracted_at FROM extractions WHERE article_id = ?",
        (new_id, article_id),
    )
    conn.execute(
        'INSERT INTO sentences (article_id, idx, start, "end", text) '
        'SELECT ?, idx, start, "end", text FROM sentences WHERE article_id = ?',
        (new_id, article_id),
    )
    conn.execute(
        'INSERT INTO person_mentions (article_id, name, start, "end", country, role, title) '
        'SELECT ?, name, start, "end", country, role, title FROM person_mentions '
        "WHERE article_id = ?",
        (new_id, article_id),
    )
    events = conn.execute("SELECT id, date FROM events WHERE article_id = ?", (article_id,))
    for event_id, when in events.fetchall():
        conn.execute(
            "INSERT INTO events (article_id, type, mode, status, countries, people, date, "
            "date_reason, place, context, negated, agreement, trigger, confidence, sentence, "
            'start, "end", place_reason, modality) SELECT ?, type, mode, status, countries, '
            "people, ?, date_reason, place, context, negated, agreement, trigger, confidence, "
            'sentence, start, "end", place_reason, modality FROM events WHERE id = ?',
            (new_id, shift_date(when, n) if when else day, event_id),
        )
    facts = conn.execute("SELECT id, period FROM facts WHERE article_id = ?", (article_id,))
    for fact_id, period in facts.fetchall():
        conn.execute(
            "INSERT INTO facts (article_id, indicator, of_country, in_country, value, unit, "
            'period, qualifier, status, period_reason, sentence, start, "end") '
            "SELECT ?, indicator, of_country, in_country, value, unit, ?, qualifier, status, "
            'period_reason, sentence, start, "end" FROM facts WHERE id = ?',
            (new_id, shift_date(period, n) if period else None, fact_id),
        )


def shift_date(value: str, steps: int) -> str:
    """A date (YYYY, YYYY-MM, YYYY-MM-DD or an interval A/B) moved ``steps`` of its precision;
    anything else is returned as it is."""
    if "/" in value:
        return "/".join(shift_date(part, steps) for part in value.split("/"))
    try:
        if len(value) == 10:
            return (date.fromisoformat(value) + timedelta(days=steps)).isoformat()
        if len(value) == 7:
            months = int(value[:4]) * 12 + int(value[5:7]) - 1 + steps
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        if len(value) == 4:
            return f"{int(value) + steps:04d}"
    except ValueError:
        return value
    return value
