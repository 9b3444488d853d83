"""`eval graph`: questions over the whole graph (shared/gold/seeds.graph.json), pass or fail.

Each query runs through `ask` or `timeline`; `same_entity` names must resolve to one person,
place or agreement. The per-article gold file beside the spec gives the events a timeline
query names by id.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from diplograph.config import Settings
from diplograph.evaluation.gold import read_gold
from diplograph.extract.pipeline import Extractor
from diplograph.graph import Graph
from diplograph.query.answering import Answer
from diplograph.query.graph import GraphView
from diplograph.resolve.events import ResolvedEvent
from diplograph.resolve.people import same_person


@dataclass
class Check:
    id: str
    passed: bool
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "passed": self.passed, "detail": self.detail}


@dataclass
class GraphReport:
    queries: list[Check] = field(default_factory=list)
    same_entity: list[Check] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "passed": sum(c.passed for c in self.queries),
            "total": len(self.queries),
            "queries": [c.to_json() for c in self.queries],
            "same_entity": [c.to_json() for c in self.same_entity],
        }


def run_graph_eval(spec_path: Path, docs: Path, extractor: Extractor | None = None) -> GraphReport:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    gold_file = spec_path.with_name(spec_path.name.replace(".graph.json", ".gold.jsonl"))
    gold_events = {
        e["id"]: e for record in read_gold(gold_file) for e in record.get("events", [])
    } if gold_file.exists() else {}  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        graph = Graph(Settings(db_path=Path(tmp) / "graph.db"))
        if extractor is not None:
            graph._extractor = extractor
        graph.ingest([str(docs)])
        graph.extract()
        view = graph.view()
        report = GraphReport()
        for query in spec.get("queries", []):
            report.queries.append(_run_query(graph, view, query, gold_events))
        for entry in spec.get("same_entity", []):
            report.same_entity.append(_same_entity(view, entry))
        graph.close()
    return report


def _run_query(
    graph: Graph, view: GraphView, query: dict[str, Any], gold: dict[str, dict[str, Any]]
) -> Check:
    expect = query.get("expect", {})
    if "timeline" in query:
        a, b = query["timeline"]
        occurred, planned = view.timeline(a, b)
        problems = _check_timeline(occurred, planned, expect, gold)
    else:
        answer = graph.ask(query["ask"])
        problems = _check_answer(answer, expect)
    return Check(query["id"], not problems, "; ".join(problems) or "as expected")


def _check_answer(answer: Answer, expect: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    docs = {s.doc for s in answer.sources}
    for doc in expect.get("sources", []):
        if doc not in docs:
            problems.append(f"source {doc} not cited (cited: {sorted(docs)})")
    for key, got in (("current_value", answer.value), ("value", answer.value),
                     ("unit", answer.unit), ("as_of", answer.as_of)):  # fmt: skip
        if key in expect and not _equal(expect[key], got):
            problems.append(f"{key} {got!r} != {expect[key]!r}")
    if "period" in expect:
        periods = {i.get("period") for i in answer.items}
        if expect["period"] not in periods:
            problems.append(f"period {expect['period']} not among {sorted(map(str, periods))}")
    for when, value, qualifier in expect.get("series", []):
        if not any(i.get("as_of") == when and _equal(value, i.get("value"))
                   and i.get("qualifier") == qualifier for i in answer.items):  # fmt: skip
            problems.append(f"series point {when} {value} {qualifier} missing")
    for person in expect.get("people", []):
        if not any(same_person(person, str(i.get("person", ""))) for i in answer.items):
            problems.append(f"{person} not among the answer's people")
    for day in expect.get("dates", []):
        if not any(i.get("date") == day for i in answer.items):
            problems.append(f"date {day} not among the answer's dates")
    if "status" in expect and answer.value != expect["status"]:
        problems.append(f"status {answer.value!r} != {expect['status']!r}")
    for key in ("first_reported", "last_reported"):
        if key in expect:
            got = str(answer.items[0].get(key)) if answer.items else None
            if got != expect[key]:
                problems.append(f"{key} {got} != {expect[key]}")
    if "person" in expect and answer.value != expect["person"]:
        problems.append(f"person {answer.value!r} != {expect['person']!r}")
    return problems


def _equal(expected: object, got: object) -> bool:
    if isinstance(expected, int | float) and isinstance(got, int | float):
        return abs(float(expected) - float(got)) <= abs(float(expected)) * 0.005
    return expected == got


def _check_timeline(
    occurred: list[ResolvedEvent],
    planned: list[ResolvedEvent],
    expect: dict[str, Any],
    gold: dict[str, dict[str, Any]],
) -> list[str]:
    problems: list[str] = []
    last = -1
    for gold_id in expect.get("occurred_in_order", []):
        index = next(
            (i for i, e in enumerate(occurred) if i > last and _matches(e, gold[gold_id])), None
        )
        if index is None:
            problems.append(f"{gold_id} not found after position {last}")
        else:
            last = index
    for gold_id in expect.get("planned", []):
        if not any(_matches(e, gold[gold_id]) for e in planned):
            problems.append(f"planned {gold_id} not found")
    return problems


def _matches(event: ResolvedEvent, gold: dict[str, Any]) -> bool:
    if (event.type, event.status) != (gold["type"], gold["status"]):
        return False
    if gold.get("mode") and event.mode != gold["mode"]:
        return False
    if set(event.countries) != set(gold["countries"]):
        return False
    if not all(any(same_person(p, q) for q in event.people) for p in gold.get("people", [])):
        return False
    day = gold.get("date")
    return day is None or (event.date is not None and event.date.startswith(day))


def _same_entity(view: GraphView, entry: dict[str, Any]) -> Check:
    kind, names = entry["kind"], entry["names"]
    if kind == "person":
        found = [view.people.identity(n) for n in names]
        ok = all(found) and all(f is found[0] for f in found)
    elif kind == "place":
        canon = [view.knowledge.canonical_place(n) for n in names]
        ok = all(canon) and len(set(canon)) == 1
    else:
        agreements = [view.agreement(n) for n in names]
        ok = all(agreements) and all(a is agreements[0] for a in agreements)
    return Check(f"same_entity:{kind}", bool(ok), ", ".join(names))
