"""Run the whole pipeline on a folder of articles and score it against a gold file."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from diplograph.config import Settings
from diplograph.evaluation.gold import EvalReport, aggregate, read_gold, score_article
from diplograph.extract.pipeline import Extractor
from diplograph.graph import Graph
from diplograph.knowledge import Knowledge
from diplograph.models import Event, Extraction, Fact
from diplograph.resolve.people import same_person


def event_record(event: Event) -> dict[str, Any]:
    """An event in the gold files' schema."""
    return {
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "countries": list(event.countries),
        "people": list(event.people),
        "date": event.date,
        "place": event.place,
        "agreement": event.agreement,
        "evidence": event.evidence.sentence,
    }


def fact_record(fact: Fact) -> dict[str, Any]:
    return {
        "indicator": fact.indicator,
        "of": fact.of,
        "in": fact.in_,
        "value": fact.value,
        "unit": fact.unit,
        "period": fact.period,
        "qualifier": fact.qualifier,
        "evidence": fact.evidence.sentence,
    }


Progress = Callable[[int, int], None]  # (articles done, articles in all)


def extract_folder(
    docs: Path, extractor: Extractor, workdir: Path, on_progress: Progress | None = None
) -> tuple[Graph, dict[str, Extraction]]:
    """Ingest ``docs`` into a fresh store under ``workdir`` and extract every story."""
    graph = Graph(Settings(db_path=workdir / "eval.db"))
    graph.ingest([str(docs)])
    total = graph.status().counts["articles"]
    extractions = {}
    for done, (article, extraction) in enumerate(
        extractor.extract_many(graph.store.iter_articles()), 1
    ):
        if isinstance(extraction, Extraction):
            extractions[article.id] = extraction
        if on_progress:
            on_progress(done, total)
    return graph, extractions


def run_gold_eval(
    gold_path: Path,
    docs: Path,
    extractor: Extractor | None = None,
    half: str = "all",
    on_progress: Progress | None = None,
) -> EvalReport:
    """Score events and facts of every gold article (an article with no output scores zero).

    ``half`` "odd" or "even" keeps the articles whose id ends in an odd or even number: a dev
    set is tuned on one half and only checked on the other.
    """
    gold = [g for g in read_gold(gold_path) if in_half(str(g.get("doc")), half)]
    extractor = extractor or Extractor()
    knowledge: Knowledge = extractor.lex.knowledge
    with tempfile.TemporaryDirectory() as tmp:
        graph, extractions = extract_folder(docs, extractor, Path(tmp), on_progress)
        graph.close()
    return aggregate(_score_all(gold, extractions, knowledge))


def in_half(doc: str, half: str) -> bool:
    """Whether a document id belongs to the "odd" or "even" half (by its last number)."""
    if half == "all":
        return True
    digits = re.findall(r"\d+", doc)
    if not digits:
        return False
    return (int(digits[-1]) % 2 == 1) == (half == "odd")


def _score_all(
    gold: Iterable[dict[str, Any]], extractions: dict[str, Extraction], knowledge: Knowledge
) -> Iterable[Any]:
    for record in gold:
        extraction = extractions.get(str(record.get("doc")))
        events = [event_record(e) for e in extraction.events] if extraction else []
        facts = (
            [fact_record(f) for f in extraction.facts if f.status == "reported"]
            if extraction
            else []
        )
        yield score_article(
            record,
            events,
            facts,
            same_person=same_person,
            place_within=knowledge.place_within,
        )
