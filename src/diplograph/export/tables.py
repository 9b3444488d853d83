"""The store as flat tables (articles, events, people, figures, ...) in JSONL, CSV or Parquet.

A ``Snapshot`` reads everything once, in one read transaction; each table is built from it as
typed columns and rows, and one writer per format turns a table into a file. Lists stay lists in
JSONL and Parquet (``list<string>``) and are joined with ``;`` in CSV.

``events`` are the events as each article reports them; ``graph_events`` are the events of the
graph, where reports of one happening by several articles are merged (``resolve/events.py``);
``event_mentions`` links each report to its graph event. ``agreements`` is one row per agreement
across phrasings, with its lifecycle (``resolve/agreements.py``).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pyarrow as pa
import pyarrow.parquet as pq

from diplograph.extract.coding import cameo_code, plover_type
from diplograph.knowledge import Knowledge, load_knowledge
from diplograph.offices import OfficeTerm, Roles, load_office_holders, load_roles
from diplograph.query.facts import Observation, observations
from diplograph.resolve.agreements import resolve_agreements, same_agreement
from diplograph.resolve.events import ResolvedEvent, resolve_events
from diplograph.resolve.people import resolve_people
from diplograph.store.base import Store
from diplograph.store.export_queries import (
    ExtractionRun,
    StoredArticle,
    StoredEvent,
    StoredFact,
    StoredMention,
    extraction_runs,
    read_snapshot,
    stored_articles,
    stored_events,
    stored_facts,
    stored_mentions,
)

Cell = str | int | float | bool | tuple[str, ...] | None
TABLE_FORMATS = ("jsonl", "csv", "parquet")
LIST_SEPARATOR = ";"

_ARROW_TYPES = {
    "string": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "list": pa.list_(pa.string()),
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # string | int | float | bool | list (of strings)


@dataclass(frozen=True)
class Table:
    """One exported table: typed columns and rows of cells in column order."""

    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]

    def records(self) -> Iterable[dict[str, Cell]]:
        names = [column.name for column in self.columns]
        return (dict(zip(names, row, strict=True)) for row in self.rows)


def _columns(spec: str) -> tuple[Column, ...]:
    """Columns from "name:kind name ..." (kind string when omitted)."""
    return tuple(
        Column(*(item.split(":") if ":" in item else (item, "string"))) for item in spec.split()
    )


# --- what the store holds -------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """What the mentions say about a person: the country and role given most often."""

    country: str | None
    role: str | None


@dataclass(frozen=True)
class Snapshot:
    """Everything an export needs, read from the store at one moment."""

    articles: tuple[StoredArticle, ...]
    events: tuple[StoredEvent, ...]
    facts: tuple[StoredFact, ...]
    mentions: tuple[StoredMention, ...]
    office_terms: tuple[OfficeTerm, ...]  # packaged first, then the user's imported terms
    runs: Mapping[str, ExtractionRun]  # by article id
    knowledge: Knowledge
    roles: Roles
    article_index: Mapping[str, StoredArticle] = field(repr=False)
    person_index: Mapping[tuple[str | None, str], Person] = field(repr=False)

    def article(self, article_id: str) -> StoredArticle | None:
        return self.article_index.get(article_id)

    def person(self, name: str, article_id: str | None = None) -> Person:
        """The person as one article describes them (as all articles do, without one)."""
        return self.person_index.get((article_id, name)) or Person(None, None)

    def sector(self, role: str | None) -> str | None:
        """The PLOVER/CAMEO sector (GOV, MIL, ...) of a role of roles.yaml."""
        info = self.roles.get(role) if role else None
        return info.sector if info else None

    def actor_name(self, code: str) -> str:
        """A country's or organisation's display name; the code itself when neither is known."""
        if code in self.knowledge.countries.entries:
            return self.knowledge.country_name(code)
        found = self.knowledge.organizations.entries.get(code)
        return found.name if found else code


def load_snapshot(store: Store) -> Snapshot:
    """Read the store once for an export (a few queries; articles keep their text)."""
    conn = store.conn
    with read_snapshot(conn):
        articles, events = stored_articles(conn), stored_events(conn)
        facts, mentions, runs = stored_facts(conn), stored_mentions(conn), extraction_runs(conn)
        imported = store.office_terms()
    roles = load_roles()
    return Snapshot(
        articles=tuple(articles),
        events=tuple(events),
        facts=tuple(facts),
        mentions=tuple(mentions),
        office_terms=(*load_office_holders(roles=roles).terms, *imported),
        runs=MappingProxyType({run.article_id: run for run in runs}),
        knowledge=load_knowledge(),
        roles=roles,
        article_index=MappingProxyType({a.article.id: a for a in articles}),
        person_index=MappingProxyType(_people_index(mentions)),
    )


def _people_index(mentions: Sequence[StoredMention]) -> dict[tuple[str | None, str], Person]:
    """(article id or None, name) -> the country and role most mentions give (first on ties)."""
    seen: dict[tuple[str | None, str], tuple[Counter[str], Counter[str]]] = {}
    for m in mentions:
        for key in ((m.article_id, m.name), (None, m.name)):
            countries, roles = seen.setdefault(key, (Counter(), Counter()))
            countries.update([m.country] if m.country else [])
            roles.update([m.role] if m.role else [])
    return {key: Person(_most_common(c), _most_common(r)) for key, (c, r) in seen.items()}


def _most_common(counts: Counter[str]) -> str | None:
    return counts.most_common(1)[0][0] if counts else None


# --- the tables -----------------------------------------------------------------------------


def build_tables(snapshot: Snapshot) -> tuple[Table, ...]:
    """Every exported table, in the order of the files."""
    builders: tuple[Callable[[Snapshot], Table], ...] = (
        articles_table,
        events_table,
        graph_events_table,
        event_mentions_table,
        people_table,
        offices_table,
        agreements_table,
        facts_table,
        observations_table,
    )
    return tuple(build(snapshot) for build in builders)


def articles_table(snapshot: Snapshot) -> Table:
    columns = _columns(
        "id story_id published_on title source url origin format content_hash ingested_at text"
    )
    return Table("articles", columns, tuple(_article_row(s) for s in snapshot.articles))


def _article_row(stored: StoredArticle) -> tuple[Cell, ...]:
    a = stored.article
    return (a.id, stored.story_id, _iso(a.published_on), a.title, a.source, a.url, a.origin,
            a.format, a.content_hash, _iso(a.ingested_at), a.text)  # fmt: skip


def events_table(snapshot: Snapshot) -> Table:
    """Events as each article reports them, with the graph event they were merged into."""
    columns = _columns(
        "id:int graph_event_id:int article_id type mode status countries:list people:list date "
        "date_reason place place_reason context negated:bool agreement confidence:float modality "
        "trigger sentence start:int end:int plover_type cameo_code"
    )
    graph_ids = _graph_event_ids(snapshot)
    rows = tuple(_event_row(s, graph_ids[s.id]) for s in snapshot.events)
    return Table("events", columns, rows)


def _event_row(stored: StoredEvent, graph_id: int) -> tuple[Cell, ...]:
    e = stored.event
    return (stored.id, graph_id, e.evidence.article_id, e.type, e.mode, e.status, e.countries,
            e.people, e.date, e.date_reason, e.place, e.place_reason, e.context, e.negated,
            e.agreement, e.confidence, e.modality, e.trigger, e.evidence.sentence,
            e.evidence.start, e.evidence.end, plover_type(e), cameo_code(e))  # fmt: skip


def _resolved(snapshot: Snapshot) -> tuple[list[ResolvedEvent], dict[int, int]]:
    """The graph's events (merged across articles) and stored event id -> graph event id."""
    people = resolve_people((m.name, m.country, m.role, m.article_id) for m in snapshot.mentions)
    dated = [(s.event, _published(snapshot, s)) for s in snapshot.events]
    resolved = resolve_events(dated, people, snapshot.knowledge.place_within)
    by_event = {id(s.event): s.id for s in snapshot.events}
    ids: dict[int, int] = {}
    for number, event in enumerate(resolved, start=1):
        for mention, _ in event.mentions:
            ids[by_event[id(mention)]] = number
    return resolved, ids


def _published(snapshot: Snapshot, stored: StoredEvent) -> dt.date | None:
    article = snapshot.article(stored.event.evidence.article_id)
    return article.article.published_on if article else None


def _graph_event_ids(snapshot: Snapshot) -> dict[int, int]:
    return _resolved(snapshot)[1]


def graph_events_table(snapshot: Snapshot) -> Table:
    """One row per event of the graph: the same happening reported by several articles is one."""
    resolved, _ = _resolved(snapshot)
    columns = _columns(
        "id:int type mode status countries:list people:list date place agreement "
        "negated:bool mentions:int article_ids:list first_reported plover_type"
    )
    rows = tuple(
        (number, e.type, e.mode, e.status, e.countries, e.people, e.date, e.place, e.agreement,
         e.negated, len(e.mentions), tuple(e.article_ids), _iso(e.first_reported),
         plover_type(e.mentions[0][0]))
        for number, e in enumerate(resolved, start=1)
    )  # fmt: skip
    return Table("graph_events", columns, rows)


def event_mentions_table(snapshot: Snapshot) -> Table:
    """Each article's report of a graph event: graph event id, stored event, sentence."""
    columns = _columns(
        "event_id:int mention_id:int article_id trigger sentence start:int end:int confidence:float"
    )
    graph_ids = _graph_event_ids(snapshot)
    rows = tuple(_mention_row(s, graph_ids[s.id]) for s in snapshot.events)
    return Table("event_mentions", columns, rows)


def _mention_row(stored: StoredEvent, graph_id: int) -> tuple[Cell, ...]:
    e = stored.event
    return (graph_id, stored.id, e.evidence.article_id, e.trigger, e.evidence.sentence,
            e.evidence.start, e.evidence.end, e.confidence)  # fmt: skip


def people_table(snapshot: Snapshot) -> Table:
    """One row per distinct name, with the country and role its mentions give most often."""
    counts: Counter[str] = Counter(m.name for m in snapshot.mentions)
    articles: dict[str, dict[str, None]] = {}
    for m in snapshot.mentions:
        articles.setdefault(m.name, {})[m.article_id] = None
    rows = []
    for name in sorted(counts):
        person = snapshot.person(name)
        sector = snapshot.sector(person.role)
        rows.append(
            (name, person.country, person.role, sector, counts[name], tuple(articles[name]))
        )
    columns = _columns("name country role sector mentions:int article_ids:list")
    return Table("people", columns, tuple(rows))


def offices_table(snapshot: Snapshot) -> Table:
    """The packaged office_holders.csv, then the terms users imported (``roles import``)."""
    rows = tuple(
        (t.country, t.role, t.person, t.start.isoformat(), _iso(t.end), t.source)
        for t in snapshot.office_terms
    )
    return Table("offices", _columns("country role person start end source"), rows)


def agreements_table(snapshot: Snapshot) -> Table:
    """One row per agreement across phrasings, with its lifecycle (planned, signed)."""
    dated = [(s.event, _published(snapshot, s)) for s in snapshot.events]
    rows = []
    for agreement in resolve_agreements(dated):
        signed = [s.date for s in agreement.steps if s.status == "signed" and s.date]
        names = tuple(dict.fromkeys(
            e.agreement for e, _ in dated
            if e.agreement and e.type == "AGREE" and e.mode == "sign"
            and same_agreement(e.agreement, agreement.name)
            and set(e.countries) == agreement.parties
        ))  # fmt: skip
        rows.append(
            (agreement.name, agreement.status, min(signed, default=None),
             tuple(sorted(agreement.parties)), _iso(agreement.first_reported),
             _iso(agreement.last_reported), len(agreement.steps), names,
             tuple(dict.fromkeys(s.article_id for s in agreement.steps)))
        )  # fmt: skip
    columns = _columns(
        "agreement status signed_on parties:list first_reported last_reported steps:int "
        "names:list article_ids:list"
    )
    return Table("agreements", columns, tuple(rows))


def facts_table(snapshot: Snapshot) -> Table:
    columns = _columns(
        "id:int article_id published_on indicator of_country in_country value:float unit period "
        "qualifier status period_reason sentence start:int end:int"
    )
    return Table("facts", columns, tuple(_fact_row(s) for s in snapshot.facts))


def _fact_row(stored: StoredFact) -> tuple[Cell, ...]:
    f = stored.fact
    return (stored.id, f.evidence.article_id, _iso(stored.published_on), f.indicator, f.of,
            f.in_, f.value, f.unit, f.period, f.qualifier, f.status, f.period_reason,
            f.evidence.sentence, f.evidence.start, f.evidence.end)  # fmt: skip


def observations_table(snapshot: Snapshot) -> Table:
    """Figures grouped as diplograph.query.facts groups them, every citation kept (as JSON)."""
    found = observations((s.fact, s.published_on) for s in snapshot.facts)
    columns = _columns(
        "indicator of_country in_country period as_of value:float unit qualifier status "
        "conflict:bool article_ids:list citations"
    )
    return Table("observations", columns, tuple(_observation_row(o) for o in found))


def _observation_row(o: Observation) -> tuple[Cell, ...]:
    article_ids = tuple(dict.fromkeys(c.article_id for c in o.citations))
    return (o.indicator, o.of, o.in_, o.period, o.as_of, o.value, o.unit, o.qualifier, o.status,
            o.conflict, article_ids, _citations(o))  # fmt: skip


def _citations(obs: Observation) -> str:
    return json.dumps(
        [
            {
                "article_id": c.article_id,
                "published_on": _iso(c.published_on),
                "sentence": c.sentence,
                "start": c.start,
                "end": c.end,
            }
            for c in obs.citations
        ],
        ensure_ascii=False,
    )


def _iso(value: object) -> str | None:
    """ISO 8601 of a date or datetime, None for None."""
    isoformat = getattr(value, "isoformat", None)
    return str(isoformat()) if isoformat is not None else None


# --- writing --------------------------------------------------------------------------------


def write_table(table: Table, fmt: str, folder: Path) -> Path:
    """Write one table as ``folder/<name>.<fmt>``; returns the path."""
    path = folder / f"{table.name}.{fmt}"
    {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}[fmt](table, path)
    return path


def _write_jsonl(table: Table, path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in table.records():
            plain = {k: list(v) if isinstance(v, tuple) else v for k, v in record.items()}
            handle.write(json.dumps(plain, ensure_ascii=False) + "\n")


def _write_csv(table: Table, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(column.name for column in table.columns)
        writer.writerows([_csv_cell(cell) for cell in row] for row in table.rows)


def _csv_cell(cell: Cell) -> str | int | float:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, tuple):
        return inert_text(LIST_SEPARATOR.join(cell))
    if isinstance(cell, str):
        return inert_text(cell)
    return cell


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert_text(text: str) -> str:
    """Text a spreadsheet shows as text: one starting like a formula (= + - @ tab CR) gets a
    single quote in front, as OWASP advises against CSV injection (a title such as
    '=HYPERLINK(...)' would otherwise run when the file is opened). Numbers stay numbers."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def arrow_schema(table: Table) -> pa.Schema:
    """The Parquet schema of a table: strings, int64, float64, bool and list<string>."""
    return pa.schema([pa.field(c.name, _ARROW_TYPES[c.kind]) for c in table.columns])


def _write_parquet(table: Table, path: Path) -> None:
    schema = arrow_schema(table)
    arrays = [
        pa.array([_arrow_cell(row[i]) for row in table.rows], type=schema.field(i).type)
        for i in range(len(table.columns))
    ]
    pq.write_table(pa.Table.from_arrays(arrays, schema=schema), path)


def _arrow_cell(cell: Cell) -> object:
    return list(cell) if isinstance(cell, tuple) else cell
