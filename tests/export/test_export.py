"""Every export format written from the bundled examples and read back with a plain reader."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import diplograph
from diplograph.config import Settings
from diplograph.errors import DiplographError
from diplograph.export import FORMATS, ExportReport, export_store
from diplograph.export.standards import GDELT_COLUMNS
from diplograph.models import EVENT_TYPES, Event
from diplograph.offices import load_office_holders
from diplograph.query.facts import observations
from diplograph.store import SQLiteStore

from ..conftest import EXAMPLES

pytestmark = pytest.mark.slow

TABLES = ("articles", "events", "graph_events", "event_mentions", "people", "offices",
          "agreements", "facts", "observations")  # fmt: skip
USER_OFFICES = "country,role,person,start,end\nUZB,foreign_minister,Test Minister,2040-01-01,\n"


@dataclass(frozen=True)
class Exported:
    """The examples' store, what it holds by the public API, and every format's export."""

    graph: diplograph.Graph
    counts: dict[str, int]
    events: list[Event]
    reports: dict[str, ExportReport]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    folder = tmp_path_factory.mktemp("export")
    offices = folder / "offices.csv"
    offices.write_text(USER_OFFICES, encoding="utf-8")
    with diplograph.open(settings=Settings(db_path=folder / "examples.db")) as graph:
        graph.ingest([str(EXAMPLES)])
        graph.import_roles(offices)
        graph.extract()
        events = [
            event
            for summary in graph.articles(limit=1000)
            if (extraction := graph.store.load_extraction(summary.id)) is not None
            for event in extraction.events
        ]
        reports = {fmt: export_store(graph.store, fmt, folder / fmt) for fmt in FORMATS}
        yield Exported(graph, graph.status().counts, events, reports)


def _path(exported: Exported, fmt: str, table: str | None = None) -> Path:
    files = exported.reports[fmt].files
    return next(p for p in files if table is None or p.stem == table)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _parquet(path: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
    return rows


def _read(exported: Exported, fmt: str, table: str) -> list[dict[str, Any]]:
    path = _path(exported, fmt, table)
    return {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}[fmt](path)


# --- tables ---------------------------------------------------------------------------------


def test_table_formats_write_one_file_per_table(exported: Exported) -> None:
    for fmt in ("jsonl", "csv", "parquet"):
        report = exported.reports[fmt]
        assert [p.name for p in report.files] == [f"{t}.{fmt}" for t in TABLES]
        assert all(p.is_file() for p in report.files)
        assert tuple(report.rows) == TABLES


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_tables_read_back_with_the_stores_counts(exported: Exported, fmt: str) -> None:
    counts = exported.counts
    holders = len(load_office_holders()) + len(exported.graph.store.office_terms())
    expected = {
        "articles": counts["articles"],
        "events": counts["events"],
        "event_mentions": counts["events"],
        "people": counts["people"],
        "offices": holders,
        "facts": counts["facts"],
        "observations": len(observations(exported.graph.store.facts_with_dates())),
    }
    for table, count in expected.items():
        assert len(_read(exported, fmt, table)) == count, table
        assert exported.reports[fmt].rows[table] == count, table
    assert counts["events"] > 0 and counts["facts"] > 0


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_articles_read_back_with_every_id_and_text(exported: Exported, fmt: str) -> None:
    rows = _read(exported, fmt, "articles")
    stored = {a.id for a in exported.graph.articles(limit=1000)}
    assert {r["id"] for r in rows} == stored
    for row in rows:
        assert row["text"] == exported.graph.article(row["id"]).text
    copies = [r for r in rows if r["story_id"]]
    assert len(copies) == exported.counts["duplicates"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_events_keep_their_ids_articles_and_codes(exported: Exported, fmt: str) -> None:
    rows = _read(exported, fmt, "events")
    ids = [int(r["id"]) for r in rows]
    assert len(set(ids)) == len(ids) == exported.counts["events"]
    assert Counter(r["article_id"] for r in rows) == Counter(
        e.evidence.article_id for e in exported.events
    )
    assert {r["plover_type"] for r in rows} <= set(EVENT_TYPES)
    assert all(re.fullmatch(r"\d{2,4}", r["cameo_code"]) for r in rows)
    mentions = _read(exported, fmt, "event_mentions")
    assert [int(m["mention_id"]) for m in mentions] == ids
    assert [int(m["event_id"]) for m in mentions] == [int(r["graph_event_id"]) for r in rows]
    assert [m["article_id"] for m in mentions] == [r["article_id"] for r in rows]
    graph_events = _read(exported, fmt, "graph_events")
    assert {int(g["id"]) for g in graph_events} == {int(m["event_id"]) for m in mentions}
    assert sum(int(g["mentions"]) for g in graph_events) == len(mentions)


def test_lists_are_lists_in_jsonl_and_parquet_and_joined_in_csv(exported: Exported) -> None:
    by_format = {fmt: _read(exported, fmt, "events") for fmt in ("jsonl", "csv", "parquet")}
    for jsonl, row_csv, parquet in zip(*by_format.values(), strict=True):
        assert isinstance(jsonl["countries"], list) and len(jsonl["countries"]) >= 1
        assert parquet["countries"] == jsonl["countries"]
        assert row_csv["countries"] == ";".join(jsonl["countries"])
        assert parquet["people"] == jsonl["people"]
        assert row_csv["negated"] in ("true", "false")


def test_parquet_has_explicit_types(exported: Exported) -> None:
    schema = pq.read_schema(_path(exported, "parquet", "events"))
    assert schema.field("id").type == pa.int64()
    assert schema.field("countries").type == pa.list_(pa.string())
    assert schema.field("negated").type == pa.bool_()
    assert schema.field("confidence").type == pa.float64()
    facts = pq.read_schema(_path(exported, "parquet", "facts"))
    assert facts.field("value").type == pa.float64()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_facts_read_back_with_the_stores_values(exported: Exported, fmt: str) -> None:
    stored = sorted(
        (f.evidence.article_id, f.indicator, f.value, f.period or "")
        for f, _ in exported.graph.store.facts_with_dates()
    )
    rows = _read(exported, fmt, "facts")
    read = sorted(
        (r["article_id"], r["indicator"], float(r["value"]), r["period"] or "") for r in rows
    )
    assert read == stored
    assert all(r["status"] in ("reported", "target") for r in rows)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_observations_cite_their_articles_as_json(exported: Exported, fmt: str) -> None:
    expected = observations(exported.graph.store.facts_with_dates())
    rows = _read(exported, fmt, "observations")
    assert [(r["indicator"], float(r["value"])) for r in rows] == [
        (o.indicator, o.value) for o in expected
    ]
    for row, obs in zip(rows, expected, strict=True):
        cited = json.loads(row["citations"])
        assert [c["article_id"] for c in cited] == [c.article_id for c in obs.citations]
        assert all(c["sentence"] for c in cited)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_offices_include_the_packaged_table_and_imported_terms(
    exported: Exported, fmt: str
) -> None:
    rows = _read(exported, fmt, "offices")
    people = {r["person"] for r in rows}
    assert "Test Minister" in people
    assert "Kassym-Jomart Tokayev" in people
    assert all(r["start"] and r["source"] for r in rows)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_people_and_agreements_read_back(exported: Exported, fmt: str) -> None:
    people = _read(exported, fmt, "people")
    assert len({p["name"] for p in people}) == len(people) == exported.counts["people"]
    assert all(int(p["mentions"]) >= 1 and p["article_ids"] for p in people)
    agreements = _read(exported, fmt, "agreements")
    named = {e.agreement for e in exported.events if e.type == "AGREE" and e.agreement}
    phrasings = {n for a in agreements for n in _as_list(a["names"])}
    assert phrasings == named
    assert {a["status"] for a in agreements} <= {"planned", "signed"}


# --- PLOVER and CAMEO -----------------------------------------------------------------------


def test_plover_records_have_plover_types_and_follow_source_target(exported: Exported) -> None:
    records = _jsonl(_path(exported, "plover"))
    events = {int(r["id"]): r for r in _jsonl(_path(exported, "jsonl", "events"))}
    assert len(records) == exported.counts["events"] == exported.reports["plover"].rows["events"]
    assert {int(r["id"]) for r in records} == set(events)
    for record in records:
        event = events[int(record["id"])]
        assert record["event"] in EVENT_TYPES
        assert record["event"] == event["plover_type"]
        assert record["coder"] == "diplograph" and record["version"]
        assert record["text"] == event["sentence"]
        assert record["article"]["id"] == event["article_id"]
        assert {a["code"] for a in record["source"]} == {event["countries"][0]}
        assert {a["code"] for a in record["target"]} == set(event["countries"][1:])
        if event["status"] == "planned" and event["type"] == "CONSULT":
            assert record["event"] == "AGREE"  # a planned visit is a promise


def test_cameo_has_gdelt_columns_and_event_codes(exported: Exported) -> None:
    path = _path(exported, "cameo")
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert len(header) == 61 and tuple(header) == GDELT_COLUMNS
    assert header[:2] == ["GLOBALEVENTID", "SQLDATE"] and header[-2:] == ["DATEADDED", "SOURCEURL"]
    rows = _csv(path)
    events = {str(r["id"]): r for r in _jsonl(_path(exported, "jsonl", "events"))}
    assert sorted(r["GLOBALEVENTID"] for r in rows) == sorted(events)
    for row in rows:
        event = events[row["GLOBALEVENTID"]]
        assert re.fullmatch(r"\d{2,4}", row["EventCode"])
        assert row["EventRootCode"] == row["EventCode"][:2]
        assert row["QuadClass"] in ("1", "2", "3", "4")
        assert re.fullmatch(r"\d{8}", row["SQLDATE"])
        assert row["Actor1CountryCode"] == event["countries"][0]
        assert row["NumMentions"] == "1" and row["SOURCEURL"]


# --- GraphML --------------------------------------------------------------------------------


def test_graphml_reads_back_with_countries_people_and_weighted_events(exported: Exported) -> None:
    graph = nx.read_graphml(_path(exported, "graphml"))
    rows = _jsonl(_path(exported, "jsonl", "events"))
    countries = {c for r in rows for c in r["countries"]}
    kinds = Counter(data["kind"] for _, data in graph.nodes(data=True))
    assert kinds["country"] == len(countries)
    assert kinds["person"] >= exported.counts["people"]
    assert graph.nodes["country:KAZ"]["label"] == "Kazakhstan"
    assert graph.nodes["person:Kassym-Jomart Tokayev"]["country"] == "KAZ"
    pairs = sum(len(list(combinations(set(r["countries"]), 2))) for r in rows)
    country_edges = [d for _, _, d in graph.edges(data=True) if d["kind"] == "countries"]
    assert sum(int(d["weight"]) for d in country_edges) == pairs
    ids = {str(r["id"]) for r in rows}
    for data in country_edges:
        assert set(data["event_ids"].split(";")) <= ids
        assert set(data["event_types"].split(";")) <= set(EVENT_TYPES)
    report = exported.reports["graphml"]
    assert report.rows == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


# --- paths and errors -----------------------------------------------------------------------


def test_a_one_file_format_writes_to_the_file_named(exported: Exported, tmp_path: Path) -> None:
    target = tmp_path / "nested" / "events.jsonl"
    report = export_store(exported.graph.store, "plover", target)
    assert report.files == (target,)
    assert len(target.read_text(encoding="utf-8").splitlines()) == exported.counts["events"]


def test_an_unknown_format_names_the_formats(tmp_path: Path) -> None:
    with (
        SQLiteStore(tmp_path / "empty.db") as store,
        pytest.raises(
            DiplographError, match=r"'xlsx'.*jsonl, csv, parquet, plover, cameo, graphml"
        ),
    ):
        export_store(store, "xlsx", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_empty_store_exports_empty_tables(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "empty.db") as store:
        report = export_store(store, "parquet", tmp_path / "out")
        cameo = export_store(store, "cameo", tmp_path / "cameo.csv")
    assert report.rows["events"] == 0
    assert pq.read_table(tmp_path / "out" / "events.parquet").num_rows == 0
    assert cameo.rows == {"events": 0}
    assert len((tmp_path / "cameo.csv").read_text(encoding="utf-8").splitlines()) == 1


def _as_list(value: object) -> list[str]:
    """A list cell as read back: a list (JSONL, Parquet) or ';'-joined text (CSV)."""
    if isinstance(value, str):
        return [v for v in value.split(";") if v]
    return [str(v) for v in value] if isinstance(value, list | tuple) else []


FORMULAS = ["=HYPERLINK(\"http://attacker.example\",\"open\")", "@SUM(A1:A9)", "+1+2", "-2+3",
            "=1;@2"]  # fmt: skip


def test_csv_cells_that_start_like_formulas_are_written_as_text(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"f{n}", "date": "2024-01-01", "title": title,
                         "text": f"Story {n} about trade and talks.", "source": title})
             for n, title in enumerate([*FORMULAS, "Plain - title = fine"])]  # fmt: skip
    with diplograph.open(settings=Settings(db_path=tmp_path / "f.db")) as graph:
        graph.ingest_bytes("\n".join(lines).encode(), "formulas.jsonl")
        export_store(graph.store, "csv", tmp_path / "csv")
        export_store(graph.store, "jsonl", tmp_path / "jsonl")
    rows = {r["id"]: r for r in _csv(tmp_path / "csv" / "articles.csv")}
    for n, title in enumerate(FORMULAS):
        assert rows[f"f{n}"]["title"] == "'" + title, title
        assert rows[f"f{n}"]["source"] == "'" + title
    assert rows[f"f{len(FORMULAS)}"]["title"] == "Plain - title = fine"
    raw = {r["id"]: r["title"] for r in _jsonl(tmp_path / "jsonl" / "articles.jsonl")}
    assert raw["f0"] == FORMULAS[0]  # only CSV, which spreadsheets open, is changed


def test_csv_numbers_stay_numbers_and_lists_are_quoted_as_one_cell() -> None:
    from diplograph.export.tables import _csv_cell

    assert _csv_cell(-2.5) == -2.5 and _csv_cell(-3) == -3
    assert _csv_cell(("=A1", "KAZ")) == "'=A1;KAZ"
    assert _csv_cell("\tcmd") == "'\tcmd" and _csv_cell("\rcmd") == "'\rcmd"
    assert _csv_cell("2023-04-06") == "2023-04-06"
