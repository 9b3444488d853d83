"""The JSON shapes of diplograph's answers, shared by the CLI's ``--json`` and the HTTP API.

Values may still hold ``date`` and ``datetime`` objects; both writers turn them into ISO 8601
strings, written by ``diplograph.encoding.encode`` for the CLI and the API alike.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from diplograph.graph import ExtractReport
from diplograph.models import (
    Article,
    ArticleSummary,
    Event,
    Extraction,
    IngestReport,
    Problem,
    SearchHit,
)
from diplograph.offices import OfficeTerm
from diplograph.query.facts import Observation
from diplograph.query.graph import ReportedOffice, citations
from diplograph.resolve.agreements import Agreement
from diplograph.resolve.events import ResolvedEvent
from diplograph.resolve.people import Identity


def event_json(event: ResolvedEvent) -> dict[str, Any]:
    """A resolved event with every sentence that reports it."""
    return {
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "countries": list(event.countries),
        "people": list(event.people),
        "date": event.date,
        "place": event.place,
        "agreement": event.agreement,
        "sources": [
            # asdict(c), written out: asdict deep-copies and was half of a timeline's time
            {"doc": c.doc, "sentence": c.sentence, "start": c.start, "end": c.end,
             "published_on": c.published_on}
            for c in citations(event)
        ],
    }  # fmt: skip


def observation_json(obs: Observation) -> dict[str, Any]:
    """A figure with its period, hedge, conflict flag and citations."""
    return {
        "indicator": obs.indicator,
        "of": obs.of,
        "in": obs.in_,
        "period": obs.period,
        "as_of": obs.as_of,
        "value": obs.value,
        "unit": obs.unit,
        "qualifier": obs.qualifier,
        "status": obs.status,
        "conflict": obs.conflict,
        "sources": [
            {
                "doc": c.article_id,
                "published_on": c.published_on,
                "sentence": c.sentence,
                "start": c.start,
                "end": c.end,
            }
            for c in obs.citations
        ],
    }


def stored_event_json(event: Event) -> dict[str, Any]:
    """An event as one article reports it, with its evidence (not merged with other reports)."""
    return asdict(event)


def extraction_json(extraction: Extraction | None) -> dict[str, Any] | None:
    """What one article yielded: its events, figures, people and time expressions."""
    if extraction is None:
        return None
    return {
        "events": [asdict(e) for e in extraction.events],
        "facts": [asdict(f) for f in extraction.facts],
        "people": [asdict(p) for p in extraction.people],
        "times": [asdict(t) for t in extraction.times],
    }


def article_json(
    article: Article, copies: list[Article], extraction: Extraction | None
) -> dict[str, Any]:
    """One article with its text, the ids of its near-duplicate copies and its extraction."""
    payload = dict(article.__dict__)
    payload["copies"] = [c.id for c in copies]
    payload["extraction"] = extraction_json(extraction)
    return payload


def summary_json(row: ArticleSummary) -> dict[str, Any]:
    return dict(row.__dict__)


def problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "origin": problem.origin,
        "line": problem.line,
        "reason": problem.reason,
        "at": problem.recorded_at,
    }


def term_json(term: OfficeTerm) -> dict[str, Any]:
    return asdict(term)


def reported_office_json(office: ReportedOffice) -> dict[str, Any]:
    """An office as articles name it for a person, with its first and last report."""
    return asdict(office)


def person_json(identity: Identity) -> dict[str, Any]:
    """A person as resolved across articles: canonical name, spellings (with article counts)."""
    return {
        "name": identity.canonical,
        "spellings": dict(sorted(identity.names.items())),
        "country": identity.country,
        "roles": sorted(identity.roles),
    }


def agreement_json(agreement: Agreement) -> dict[str, Any]:
    """An agreement's lifecycle: each planned or signed mention, dated and cited."""
    return {
        "name": agreement.name,
        "status": agreement.status,
        "parties": sorted(agreement.parties),
        "first_reported": agreement.first_reported,
        "last_reported": agreement.last_reported,
        "steps": [asdict(s) for s in agreement.steps],
    }


def search_hit_json(hit: SearchHit) -> dict[str, Any]:
    return {"doc": hit.doc, "start": hit.start, "end": hit.end, "sentence": hit.sentence,
            "score": hit.score}  # fmt: skip


def ingest_json(report: IngestReport, extracted: ExtractReport | None) -> dict[str, Any]:
    """The report of ``ingest --json``, plus the ids of the articles stored or found unchanged
    and those of its stories that could not be extracted, with the reason."""
    ids = set(report.article_ids)
    failed = extracted.problems if extracted is not None else ()
    return {
        "new": report.new,
        "unchanged": report.unchanged,
        "duplicates": report.duplicates,
        "rejected": report.rejected,
        "problems": [p.describe() for p in report.problems],
        "extracted": extracted.articles if extracted is not None else None,
        "extraction_problems": [p.describe() for p in failed if p.article_id in ids],
        "article_ids": list(report.article_ids),
    }
