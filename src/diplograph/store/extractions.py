"""Writing and reading extraction results (SQL for the extraction tables)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from diplograph.models import (
    Event,
    Evidence,
    Extraction,
    Fact,
    PersonMention,
    SearchHit,
    TimeExpression,
)
from diplograph.store.connection import Connection


def replace_extraction(conn: Connection, extraction: Extraction, version: str) -> None:
    """Store an article's extraction, replacing whatever an earlier run stored for it."""
    article_id = extraction.article_id
    for table in ("sentences", "time_expressions", "person_mentions", "events", "facts",
                  "extraction_log"):  # fmt: skip
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))  # constant names
    conn.execute("INSERT INTO extraction_log (article_id) VALUES (?)", (article_id,))
    conn.execute(
        "INSERT OR REPLACE INTO extractions (article_id, version, extracted_at) VALUES (?, ?, ?)",
        (article_id, version, datetime.now(UTC).isoformat(timespec="seconds")),
    )
    conn.executemany(
        'INSERT INTO sentences (article_id, idx, start, "end", text) VALUES (?, ?, ?, ?, ?)',
        [(article_id, s.index, s.start, s.end, s.text) for s in extraction.sentences],
    )
    conn.executemany(
        'INSERT INTO time_expressions (article_id, start, "end", text, type, value, anchor, '
        "granularity, mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, t.start, t.end, t.text, t.type, t.value, t.anchor, t.granularity, t.mod)
            for t in extraction.times
        ],
    )
    conn.executemany(
        'INSERT INTO person_mentions (article_id, name, start, "end", country, role, title) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, p.name, p.start, p.end, p.country, p.role, p.title)
            for p in extraction.people
        ],
    )
    conn.executemany(
        "INSERT INTO events (article_id, type, mode, status, countries, people, date, "
        "date_reason, place, context, negated, agreement, trigger, confidence, sentence, start, "
        '"end", place_reason, modality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '
        "?, ?, ?)",
        [_event_row(article_id, e) for e in extraction.events],
    )
    conn.executemany(
        "INSERT INTO facts (article_id, indicator, of_country, in_country, value, unit, period, "
        'qualifier, status, period_reason, sentence, start, "end") '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_fact_row(article_id, f) for f in extraction.facts],
    )


def _event_row(article_id: str, e: Event) -> tuple[object, ...]:
    return (
        article_id,
        e.type,
        e.mode,
        e.status,
        json.dumps(list(e.countries)),
        json.dumps(list(e.people), ensure_ascii=False),
        e.date,
        e.date_reason,
        e.place,
        e.context,
        int(e.negated),
        e.agreement,
        e.trigger,
        e.confidence,
        e.evidence.sentence,
        e.evidence.start,
        e.evidence.end,
        e.place_reason,
        e.modality,
    )


def _fact_row(article_id: str, f: Fact) -> tuple[object, ...]:
    return (
        article_id,
        f.indicator,
        f.of,
        f.in_,
        f.value,
        f.unit,
        f.period,
        f.qualifier,
        f.status,
        f.period_reason,
        f.evidence.sentence,
        f.evidence.start,
        f.evidence.end,
    )


def load_extraction(conn: Connection, article_id: str) -> Extraction | None:
    """What is stored for one article, or None when it was never extracted."""
    if not conn.execute("SELECT 1 FROM extractions WHERE article_id = ?", (article_id,)).fetchone():
        return None
    one = (article_id,)
    times = conn.execute(
        'SELECT start, "end", text, type, value, anchor, granularity, mod '
        "FROM time_expressions WHERE article_id = ? ORDER BY start, id",
        one,
    ).fetchall()
    people = conn.execute(
        'SELECT name, start, "end", country, role, title FROM person_mentions '
        "WHERE article_id = ? ORDER BY start, id",
        one,
    ).fetchall()
    return Extraction(
        article_id=article_id,
        times=tuple(TimeExpression(*row) for row in times),
        people=tuple(PersonMention(*row) for row in people),
        events=tuple(events_where(conn, "article_id = ?", one)),
        facts=tuple(facts_where(conn, "article_id = ?", one)),
    )


T = TypeVar("T")

# Every ORDER BY ends on a unique key (the row id, or the whole group): SQLite gave rows of equal
# sort keys in id order, and PostgreSQL, whose sorts are not stable, must give them the same.

EVENT_COLUMNS = (
    "article_id, type, mode, status, countries, people, date, date_reason, place, context, "
    'negated, agreement, trigger, confidence, sentence, start, "end", place_reason, modality'
)


def events_where(
    conn: Connection, where: str, params: Sequence[object], order: str = "start, id"
) -> list[Event]:
    rows = conn.execute(
        f"SELECT {EVENT_COLUMNS} FROM events WHERE {where} ORDER BY {order}", params
    ).fetchall()
    one = _Shared()
    return [event_from_row(r, one) for r in rows]


def event_from_row(r: Sequence[Any], one: _Shared | None = None) -> Event:
    """An event from a row of ``EVENT_COLUMNS``."""
    one = one or _Shared()
    keep = one.keep  # the dict's own method: a Python-level call per field cost a third more
    return Event(
        type=keep(r[1], r[1]),
        mode=keep(r[2], r[2]),
        status=keep(r[3], r[3]),
        countries=one.listed(r[4]),
        people=one.listed(r[5]),
        date=keep(r[6], r[6]),
        date_reason=keep(r[7], r[7]),
        place=keep(r[8], r[8]),
        context=keep(r[9], r[9]),
        negated=bool(r[10]),
        agreement=keep(r[11], r[11]),
        trigger=keep(r[12], r[12]),
        confidence=float(r[13]),
        evidence=Evidence(keep(r[0], r[0]), keep(r[14], r[14]), int(r[15]), int(r[16])),
        place_reason=keep(r[17], r[17]),
        modality=keep(r[18], r[18]),
    )


class _Shared:
    """One object for each repeated value read in one query: SQLite gives every row its own
    strings, and the same type, country list, article id or sentence came back thousands of
    times (a large store's events took a third less memory with them shared)."""

    def __init__(self) -> None:
        self._seen: dict[object, Any] = {}
        self.keep = self._seen.setdefault  # keep(text, text): the text first seen (strings only)

    def __call__(self, value: T) -> T:
        return self._seen.setdefault(value, value)  # type: ignore[no-any-return]

    def listed(self, text: str) -> tuple[str, ...]:
        """A JSON list of strings as a shared tuple of shared strings."""
        found = self._seen.get(("listed", text))
        if found is None:
            found = tuple(self(item) for item in json.loads(text))
            self._seen[("listed", text)] = found
        return found


def events_with_dates(
    conn: Connection, articles: Sequence[str] | None = None
) -> list[tuple[Event, date | None]]:
    """Every stored event of a story (of ``articles`` alone when given) with its article's
    publication date, by article id and offset."""
    dates = story_dates(conn, articles)
    one = _Shared()
    select = f"SELECT {EVENT_COLUMNS} FROM events WHERE 1 = 1"
    rows = _rows_of(conn, select, "article_id", articles, order="article_id, start, id")
    events = [event_from_row(r, one) for r in rows]
    return [(e, dates.get(e.evidence.article_id)) for e in events]


def story_dates(conn: Connection, articles: Iterable[str] | None = None) -> dict[str, date | None]:
    """The publication date of each story (of ``articles`` alone when given), by article id.

    Whether an article is a story is tested on its row, not in the WHERE clause: with a list
    of ids SQLite chose the index of ``story_id`` (every story's row, then the list) over the
    ids' own (0.17 s instead of 1 ms for 500 ids on a 1M-event store; 54 s for the agreements'
    130,000 articles)."""
    chosen = None if articles is None else list(articles)
    if chosen is None:
        rows = _rows_of(conn, "SELECT id, published_on FROM articles WHERE story_id IS NULL",
                        "id", None)  # fmt: skip
    else:
        select = "SELECT id, published_on, story_id FROM articles WHERE 1 = 1"
        rows = [r for r in _rows_of(conn, select, "id", chosen) if r[2] is None]
    return {str(r[0]): date.fromisoformat(r[1]) if r[1] else None for r in rows}


def person_roles(
    conn: Connection, articles: Sequence[str] | None = None
) -> list[tuple[str, str | None, str | None, str, int]]:
    """(name, country, role, article id, mentions) for every person an article (of
    ``articles`` alone when given) names."""
    select = "SELECT name, country, role, article_id, count(*) FROM person_mentions WHERE 1 = 1"
    group = "name, country, role, article_id"
    rows = _rows_of(
        conn, select, "article_id", articles, group=group, order="name, article_id, country, role"
    )
    return [(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]


def _rows_of(
    conn: Connection,
    select: str,
    column: str,
    articles: Sequence[str] | None,
    *,
    group: str = "",
    order: str = "",
) -> list[Any]:
    """``select`` (ending in a WHERE clause) for every article, or for ``articles`` alone
    (asked 500 at a time, the rows then put in ``order`` as one query would)."""
    tail = (f" GROUP BY {group}" if group else "") + (f" ORDER BY {order}" if order else "")
    if articles is None:
        return conn.execute(select + tail).fetchall()
    rows: list[Any] = []
    ids = sorted(set(articles))
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" for _ in part)
        rows += conn.execute(f"{select} AND {column} IN ({marks}){tail}", part).fetchall()
    return rows


# Distinct texts a search ranks at most: the newest (last stored) of those that match. FTS5
# computes BM25 for every row it is given before the best are cut, about 1.5 us a row; a word in
# a million rows took 1.5 s, the newest 20,000 of them 74 ms (40 ms of it FTS5 counting the
# rows each term is in, which BM25 needs whatever the cut).
RANKED_TEXTS = 20_000


def search_sentences(conn: Connection, query: str, limit: int) -> list[SearchHit]:
    """Sentences matching an FTS5 query, best (lowest bm25) first.

    The index holds each distinct sentence text once (wire copies and updates of a story repeat
    its sentences verbatim), so BM25 is computed once per text, counting a text's copies once,
    and FTS5's cost follows the distinct texts a word is in, not its copies. A query matching
    more than ``RANKED_TEXTS`` texts is ranked among the newest of them. Each text is then cited
    by every sentence that says it, newest article first (undated ones last).
    """
    texts = conn.execute(
        "SELECT rowid, score FROM (SELECT rowid, bm25(sentence_texts_fts) AS score"
        " FROM sentence_texts_fts WHERE sentence_texts_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
        " ORDER BY score, rowid LIMIT ?",
        (query, RANKED_TEXTS, limit),
    ).fetchall()
    hits: list[SearchHit] = []
    for text_id, score in texts:
        if len(hits) >= limit:
            break
        rows = conn.execute(
            'SELECT s.article_id, s.start, s."end", s.text FROM sentence_uses u'
            " JOIN sentences s ON s.id = u.sentence_id WHERE u.text_id = ?"
            " ORDER BY u.published_on DESC, u.sentence_id DESC LIMIT ?",
            (text_id, limit - len(hits)),
        ).fetchall()
        hits += [SearchHit(r[0], int(r[1]), int(r[2]), r[3], float(score)) for r in rows]
    return hits


FACT_COLUMNS = (
    "f.article_id, f.indicator, f.of_country, f.in_country, f.value, f.unit, f.period, "
    'f.qualifier, f.status, f.period_reason, f.sentence, f.start, f."end"'
)


def fact_from_row(r: Sequence[Any], one: _Shared | None = None) -> Fact:
    """A figure from a row of ``FACT_COLUMNS``."""
    one = one or _Shared()
    return Fact(
        indicator=one(r[1]),
        of=one(r[2]),
        in_=one(r[3]),
        value=r[4],
        unit=one(r[5]),
        period=one(r[6]),
        qualifier=one(r[7]),
        status=one(r[8]),
        period_reason=one(r[9]),
        evidence=Evidence(one(r[0]), one(r[10]), r[11], r[12]),
    )


def facts_with_dates(conn: Connection) -> list[tuple[Fact, date | None]]:
    """Every stored figure with its article's publication date."""
    rows = conn.execute(
        f"SELECT {FACT_COLUMNS}, a.published_on FROM facts f "
        "JOIN articles a ON a.id = f.article_id ORDER BY a.published_on, f.id"
    ).fetchall()
    one = _Shared()
    return [(fact_from_row(r, one), date.fromisoformat(r[13]) if r[13] else None) for r in rows]


def facts_where(conn: Connection, where: str, params: Sequence[object]) -> list[Fact]:
    rows = conn.execute(
        f"SELECT {FACT_COLUMNS} FROM facts f WHERE {where} ORDER BY f.start, f.id", params
    ).fetchall()
    return [fact_from_row(r) for r in rows]
