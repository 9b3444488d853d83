"""The resolved graph kept in the store (SQL for the resolution tables, migrations 6 and 7 of
SQLite, 3 and 4 of PostgreSQL).

``resolved_events`` holds each resolved event with its block (``resolve.events.block_of`` as
text), the key that orders it among all (its first report's date, article, offset and place
in its article) and its first publication date; ``resolved_mentions`` the event rows it
merges, in its order; ``resolved_pairs`` one row per resolved event and pair of its countries,
indexed in the pair's timeline order (``PairTimeline``'s), so that one page of a pair is read
without the rest; ``resolved_names`` the canonical name each block was resolved with for each
person it names; ``resolution`` the extraction-log mark, counts and resolver version the rest
reflects, and the batch of rows it reads: a full rewrite writes a new batch in several short
transactions, then switches to it and deletes the old one, so readers never see half of one.
Rows are derived, never copied (``diplograph copy`` leaves them: the target resolves again),
and written only by ``query.stored``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from diplograph.models import Event
from diplograph.resolve.events import ResolvedEvent
from diplograph.store.base import Store
from diplograph.store.extractions import EVENT_COLUMNS, _Shared, event_from_row

CHUNK = 500  # ids asked for at once in an IN (...) list

_JOINED = ", ".join(f"e.{column.strip()}" for column in EVENT_COLUMNS.split(","))
_REPORTS = (
    f"SELECT e.id, {_JOINED}, a.published_on FROM events e "
    "LEFT JOIN articles a ON a.id = e.article_id AND a.story_id IS NULL"
)


@dataclass(frozen=True)
class ResolutionState:
    """What the stored resolution reflects: the extraction-log mark, how many extractions and
    event rows the store held then, and the resolver's version."""

    mark: int
    extracted: int
    events: int
    resolver: str
    batch: str  # the tag of the rows it reflects (a full rewrite writes a new batch)


@dataclass(frozen=True)
class StoredReport:
    """An event row as resolution reads it: its row id, its place among its article's events
    (by offset, then id), the event and its story's publication date."""

    event_id: int
    position: int
    event: Event
    published: date | None


def read_state(store: Store) -> ResolutionState | None:
    row = store.conn.execute(
        "SELECT mark, extracted, events, resolver, batch FROM resolution WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    return ResolutionState(int(row[0]), int(row[1]), int(row[2]), str(row[3]), str(row[4]))


def store_totals(store: Store) -> tuple[int, int, int]:
    """(the extraction log's last mark, extractions, event rows) now, in one statement."""
    row = store.conn.execute(
        "SELECT (SELECT coalesce(max(seq), 0) FROM extraction_log), "
        "(SELECT count(*) FROM extractions), (SELECT count(*) FROM events)"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def _reports(
    rows: Iterable[Sequence[Any]], one: _Shared
) -> Iterator[tuple[int, Event, date | None]]:
    days: dict[str, date] = {}  # one date object per day, parsed once
    for row in rows:
        day = row[-1]
        published = (
            (days.get(day) or days.setdefault(day, date.fromisoformat(day))) if day else None
        )
        yield int(row[0]), event_from_row(row[1:-1], one), published


def reports_of_articles(store: Store, articles: Sequence[str] | None) -> list[StoredReport]:
    """Every event row of ``articles`` (of every article when None), by article and offset."""
    one, rows = _Shared(), []
    order = " ORDER BY e.article_id, e.start, e.id"
    if articles is None:
        rows = store.conn.execute(_REPORTS + order).fetchall()
    else:
        for part in _chunks(sorted(set(articles))):
            marks = ",".join("?" for _ in part)
            rows += store.conn.execute(
                f"{_REPORTS} WHERE e.article_id IN ({marks}){order}", part
            ).fetchall()
    found, article, position = [], None, 0
    for event_id, event, published in _reports(rows, one):
        position = position + 1 if event.evidence.article_id == article else 0
        article = event.evidence.article_id
        found.append(StoredReport(event_id, position, event, published))
    return found


def reports_of_blocks(
    store: Store, batch: str, blocks: Sequence[str]
) -> dict[str, list[StoredReport]]:
    """The stored reports of each block (text keys), by article and place in its article."""
    one, found = _Shared(), dict[str, list[StoredReport]]()
    for part in _chunks(sorted(set(blocks))):
        marks = ",".join("?" for _ in part)
        rows = store.conn.execute(
            f"SELECT r.block, m.position, m.event_id, {_JOINED}, a.published_on "
            "FROM resolved_events r JOIN resolved_mentions m ON m.resolved_id = r.id "
            "JOIN events e ON e.id = m.event_id "
            "LEFT JOIN articles a ON a.id = e.article_id AND a.story_id IS NULL "
            f"WHERE r.batch = ? AND r.block IN ({marks}) "
            "ORDER BY r.block, m.article_id, m.position",
            [batch, *part],
        ).fetchall()
        for row in rows:
            published = date.fromisoformat(row[-1]) if row[-1] else None
            report = StoredReport(int(row[2]), int(row[1]), event_from_row(row[3:-1], one),
                                  published)  # fmt: skip
            found.setdefault(row[0], []).append(report)
    return found


def blocks_of_articles(store: Store, batch: str, articles: Sequence[str]) -> tuple[set[str], int]:
    """The blocks holding stored reports of ``articles``, and how many such reports."""
    blocks: set[str] = set()
    reports = 0
    for part in _chunks(sorted(set(articles))):
        marks = ",".join("?" for _ in part)
        for block, count in store.conn.execute(
            "SELECT r.block, count(*) FROM resolved_mentions m "
            "JOIN resolved_events r ON r.id = m.resolved_id "
            f"WHERE r.batch = ? AND m.article_id IN ({marks}) GROUP BY r.block",
            [batch, *part],
        ):
            blocks.add(str(block))
            reports += int(count)
    return blocks, reports


def names_used(store: Store, batch: str) -> dict[str, str]:
    """Each person's name as reported -> the canonical name the stored blocks used."""
    rows = store.conn.execute(
        "SELECT DISTINCT name, canonical FROM resolved_names WHERE batch = ?", (batch,)
    )
    return {str(name): str(canonical) for name, canonical in rows}


def blocks_naming(store: Store, batch: str, names: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(sorted(set(names))):
        marks = ",".join("?" for _ in part)
        rows = store.conn.execute(
            f"SELECT DISTINCT block FROM resolved_names WHERE batch = ? AND name IN ({marks})",
            [batch, *part],
        )
        found |= {str(row[0]) for row in rows}
    return found


@dataclass
class ResolutionRows:
    """Rows to write: resolved events (without their id), each with its mentions
    (event id, article id, position), and the (name, block, canonical) rows."""

    events: list[tuple[tuple[object, ...], list[tuple[int, str, int]]]]
    names: list[tuple[str, str, str]]


def replace_blocks(
    store: Store, state: ResolutionState, blocks: Sequence[str], rows: ResolutionRows
) -> None:
    """Replace the resolved events of ``blocks`` in ``state``'s batch with ``rows`` and record
    ``state``; inside the caller's transaction."""
    for part in _chunks(sorted(set(blocks))):
        marks = ",".join("?" for _ in part)
        where = f"batch = ? AND block IN ({marks})"
        store.conn.execute(
            "DELETE FROM resolved_mentions WHERE resolved_id IN "
            f"(SELECT id FROM resolved_events WHERE {where})",
            [state.batch, *part],
        )
        store.conn.execute(
            "DELETE FROM resolved_pairs WHERE resolved_id IN "
            f"(SELECT id FROM resolved_events WHERE {where})",
            [state.batch, *part],
        )
        store.conn.execute(f"DELETE FROM resolved_events WHERE {where}", [state.batch, *part])
        store.conn.execute(f"DELETE FROM resolved_names WHERE {where}", [state.batch, *part])
    insert_events(store, state.batch, rows.events)
    insert_names(store, state.batch, rows.names)
    write_state(store, state)


def insert_events(
    store: Store,
    batch: str,
    events: Sequence[tuple[tuple[object, ...], list[tuple[int, str, int]]]],
) -> None:
    """Add resolved events (with their mentions) to ``batch``; inside the caller's transaction."""
    conn = store.conn
    first = int(conn.execute("SELECT coalesce(max(id), 0) FROM resolved_events").fetchone()[0])
    conn.executemany(
        "INSERT INTO resolved_events (id, batch, block, countries, type, mode, status, negated, "
        "listed, people, date, place, agreement, first_date, first_article, first_start, "
        "first_position, reports, first_reported) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(first + n, batch, *event) for n, (event, _) in enumerate(events, 1)],
    )
    conn.executemany(
        "INSERT INTO resolved_pairs (batch, a, b, status, sort_day, sort_type, date, first_date, "
        "first_article, first_start, first_position, resolved_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (batch, *pair, *_pair_order(event), first + n)
            for n, (event, _) in enumerate(events, 1)
            for pair in combinations(json.loads(str(event[1])), 2)
        ),
    )
    conn.executemany(
        "INSERT INTO resolved_mentions (resolved_id, seq, event_id, article_id, position) "
        "VALUES (?, ?, ?, ?, ?)",
        (
            (first + n, seq, *mention)
            for n, (_, mentions) in enumerate(events, 1)
            for seq, mention in enumerate(mentions)
        ),
    )


def _pair_order(event: tuple[object, ...]) -> tuple[object, ...]:
    """A resolved event's row (``query.stored._event_row``) as its pairs' rows order it:
    (status, sort day, sort type, date, the order of all). ``PairTimeline.ordered``'s order:
    occurred events by date ('' when undated) and type, planned ones by first report ('' for
    none); then the order of all."""
    status, day, first_reported = event[4], event[8], event[16]
    if status == "occurred":
        return (status, day or "", event[2], day, *event[11:15])
    return (status, first_reported or "", "", day, *event[11:15])


def insert_names(store: Store, batch: str, names: Sequence[tuple[str, str, str]]) -> None:
    store.conn.executemany(
        "INSERT INTO resolved_names (batch, name, block, canonical) VALUES (?, ?, ?, ?)",
        [(batch, *row) for row in names],
    )


def write_state(store: Store, state: ResolutionState) -> None:
    store.conn.execute("DELETE FROM resolution")
    store.conn.execute(
        "INSERT INTO resolution (id, mark, extracted, events, resolver, batch) "
        "VALUES (1, ?, ?, ?, ?, ?)",
        (state.mark, state.extracted, state.events, state.resolver, state.batch),
    )


def delete_batch(store: Store, batch: str, limit: int) -> int:
    """Delete up to ``limit`` resolved events of ``batch`` (with their mentions; its names
    with the last of them); how many were deleted. Inside the caller's transaction."""
    ids = [
        int(r[0])
        for r in store.conn.execute(
            "SELECT id FROM resolved_events WHERE batch = ? LIMIT ?", (batch, limit)
        )
    ]
    for part in _chunks(ids):
        marks = ",".join("?" for _ in part)
        store.conn.execute(f"DELETE FROM resolved_mentions WHERE resolved_id IN ({marks})", part)
        store.conn.execute(f"DELETE FROM resolved_pairs WHERE resolved_id IN ({marks})", part)
        store.conn.execute(f"DELETE FROM resolved_events WHERE id IN ({marks})", part)
    if not ids:
        store.conn.execute("DELETE FROM resolved_names WHERE batch = ?", (batch,))
    return len(ids)


_ORDER_OF_ALL = "first_date, first_article, first_start, first_position"
_RESOLVED = (
    "SELECT r.id, r.listed, r.type, r.mode, r.status, r.negated, r.people, r.date, r.place, "
    "r.agreement FROM resolved_events"
)


def resolved_between(store: Store, batch: str, a: str, b: str) -> list[ResolvedEvent]:
    """The stored resolved events in which both countries take part, in the order of all, each
    with its reports (read for these events alone, found through ``resolved_pairs``)."""
    first, second = sorted((a, b))
    pair = "r.id IN (SELECT resolved_id FROM resolved_pairs WHERE batch = ? AND a = ? AND b = ?)"
    return list(_read_resolved(store, pair, (batch, first, second), order=_ORDER_OF_ALL).values())


def pair_order(
    store: Store, batch: str, a: str, b: str
) -> tuple[list[int], list[str], list[int], list[str | None]]:
    """A pair's resolved events in its timeline's order (``PairTimeline``'s), ids and dates
    alone, read from its rows of ``resolved_pairs`` (its primary key is that order): the
    occurred events' ids and sort days ('' when undated), the planned events' ids and dates."""
    pair = (batch, *sorted((a, b)))
    found: dict[str, tuple[list[int], list[Any]]] = {"occurred": ([], []), "planned": ([], [])}
    for status, (ids, days) in found.items():
        day = "sort_day" if status == "occurred" else "date"
        for resolved_id, when in store.conn.execute(
            f"SELECT resolved_id, {day} FROM resolved_pairs "
            "WHERE batch = ? AND a = ? AND b = ? AND status = ? "
            f"ORDER BY sort_day, sort_type, {_ORDER_OF_ALL}",
            (*pair, status),
        ):
            ids.append(int(resolved_id))
            days.append(when)
    (occurred, days), (planned, dates) = found["occurred"], found["planned"]
    return occurred, days, planned, dates


def read_events(store: Store, batch: str, ids: Sequence[int]) -> dict[int, ResolvedEvent]:
    """The resolved events of ``ids`` in ``batch`` with their reports, by id (any id not in
    the batch is left out: it was rewritten meanwhile)."""
    found: dict[int, ResolvedEvent] = {}
    for part in _chunks(sorted(set(ids))):
        marks = ",".join("?" for _ in part)
        where = f"r.batch = ? AND r.id IN ({marks})"
        found.update(_read_resolved(store, where, [batch, *part], order="r.id"))
    return found


def _read_resolved(
    store: Store, where: str, params: Sequence[object], order: str
) -> dict[int, ResolvedEvent]:
    """The resolved events ``where`` selects (on ``resolved_events r``), in ``order``, each
    with its reports in their order: two statements (many IN lists took twice as long)."""
    rows = store.conn.execute(f"{_RESOLVED} r WHERE {where} ORDER BY {order}", params).fetchall()
    one = _Shared()
    keep = one.keep
    found = {
        int(r[0]): ResolvedEvent(
            type=keep(r[2], r[2]), mode=keep(r[3], r[3]), status=keep(r[4], r[4]),
            countries=one.listed(r[1]), people=one.listed(r[6]), date=keep(r[7], r[7]),
            place=keep(r[8], r[8]), agreement=keep(r[9], r[9]), negated=bool(r[5]),
        )
        for r in rows
    }  # fmt: skip
    mentions = store.conn.execute(
        f"SELECT m.resolved_id, {_JOINED}, a.published_on FROM resolved_events r "
        "JOIN resolved_mentions m ON m.resolved_id = r.id JOIN events e ON e.id = m.event_id "
        "LEFT JOIN articles a ON a.id = e.article_id AND a.story_id IS NULL "
        f"WHERE {where} ORDER BY m.resolved_id, m.seq",
        params,
    )
    for resolved_id, event, published in _reports(mentions, one):
        found[resolved_id].mentions.append((event, published))
    return found


def resolved_countries(store: Store, batch: str) -> list[tuple[str, int]]:
    """(sorted countries as a JSON list, event reports) for each set of countries stored."""
    rows = store.conn.execute(
        "SELECT countries, sum(reports) FROM resolved_events WHERE batch = ? GROUP BY countries",
        (batch,),
    )
    return [(str(r[0]), int(r[1])) for r in rows]


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def block_text(block: tuple[str, str | None, str, bool, frozenset[str]]) -> str:
    """A block (``resolve.events.block_of``) as the text key stored with its events."""
    kind, mode, status, negated, countries = block
    return json.dumps([kind, mode, status, negated, sorted(countries)], ensure_ascii=False)
