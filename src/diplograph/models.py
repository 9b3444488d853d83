"""Frozen dataclasses passed between the stages: ingest -> extract -> resolve -> store -> query.

Dates cross every boundary as ISO 8601 strings or ``datetime.date``; an uncertain date carries
its granularity (``day``, ``month``, ``year``, ``interval``, ``decade``, ``none``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True)
class Article:
    """One article exactly as read, with the metadata needed to cite it."""

    id: str
    published_on: date | None
    title: str
    text: str
    content_hash: str
    source: str | None = None
    url: str | None = None
    origin: str = ""  # file path (and line) it was read from
    format: str = ""
    ingested_at: datetime | None = None


@dataclass(frozen=True)
class Problem:
    """A piece of input that could not be stored, with a reason a person can act on."""

    origin: str
    reason: str
    line: int | None = None
    article_id: str | None = None
    recorded_at: datetime | None = None

    def describe(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Evidence:
    """Where a claim comes from: article id, sentence text and character offsets in the article."""

    article_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TimeExpression:
    """A time expression in a text, resolved against the publication date.

    ``value`` is the TimeML value (``2019-10-01``, ``2022``, ``P10Y``, ``FUTURE_REF``,
    ``199``); ``anchor`` is diplograph's date for events and facts: ``YYYY-MM-DD``,
    ``YYYY-MM``, ``YYYY``, an interval ``A/B``, or None when it names no date.
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    anchor: str | None
    granularity: str  # day, month, year, interval, decade, quarter, week, none
    mod: str | None = None  # TimeML mod: START, END, MID, APPROX, ...


@dataclass(frozen=True)
class PersonMention:
    """A person named or referred to in an article, with the office held at its date."""

    name: str
    start: int
    end: int
    country: str | None = None
    role: str | None = None
    title: str | None = None  # the title as written
    sector: str | None = None  # PLOVER sector code (GOV, MIL, ...)


@dataclass(frozen=True)
class Event:
    """One event (or planned event) with its participants, date, place and evidence."""

    type: str
    mode: str | None
    status: str  # occurred | planned
    countries: tuple[str, ...]
    people: tuple[str, ...]
    date: str | None
    date_reason: str
    place: str | None
    evidence: Evidence
    context: str | None = None
    negated: bool = False
    agreement: str | None = None
    trigger: str = ""
    confidence: float = 0.5
    place_reason: str = ""
    modality: str | None = None  # modal verb governing the trigger: will, would, must, ...


@dataclass(frozen=True)
class Fact:
    """An economic figure: indicator, the two countries, period, value, unit, qualifier."""

    indicator: str
    of: str | None
    in_: str | None
    value: float
    unit: str
    period: str | None
    qualifier: str
    evidence: Evidence
    status: str = "reported"  # reported | target | forecast
    period_reason: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article_id: str
    sentences: tuple[Sentence, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    people: tuple[PersonMention, ...] = ()
    countries: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    events: tuple[Event, ...] = ()
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class IngestReport:
    """What one ingest batch did: counts and the problems met."""

    new: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    problems: tuple[Problem, ...] = field(default_factory=tuple)
    article_ids: tuple[str, ...] = field(default_factory=tuple)

    def summary(self) -> str:
        return (
            f"{self.new} new, {self.unchanged} unchanged, "
            f"{self.duplicates} merged duplicates, {self.rejected} rejected"
        )


@dataclass(frozen=True)
class SearchHit:
    """A sentence that matched a full-text search: its article, offsets, text and BM25 score
    (lower is better, as SQLite's ``bm25`` gives it)."""

    doc: str
    start: int
    end: int
    sentence: str
    score: float


@dataclass(frozen=True)
class ArticleSummary:
    """An article as listed: no text, with its story (first copy) and number of copies."""

    id: str
    published_on: date | None
    title: str
    source: str | None
    story_id: str | None
    copies: int
    format: str


CheckStatus = Literal["ok", "warning", "failed"]


@dataclass(frozen=True)
class Finding:
    """One check's outcome: what was checked, ok / warning / failed, and what to do about it."""

    name: str
    status: CheckStatus
    detail: str
    count: int = 0  # rows (or messages) concerned

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "status": self.status, "detail": self.detail,
                "count": self.count}  # fmt: skip


@dataclass(frozen=True)
class StoreCheck:
    """Every finding of one check of a store. ``ok`` when nothing failed (warnings allowed)."""

    path: str
    quick: bool
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return all(f.status != "failed" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.status == "warning" for f in self.findings)

    @property
    def failed(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status == "failed")

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "ok": self.ok,
            "quick": self.quick,
            "failed": len(self.failed),
            "warnings": self.warnings,
            "checks": [f.to_json() for f in self.findings],
        }


@dataclass(frozen=True)
class EventFilter:
    """Which stored events to list: all of ``countries`` take part; dates are prefix bounds."""

    countries: tuple[str, ...] = ()
    type: str | None = None
    status: str | None = None
    start: str | None = None  # YYYY[-MM[-DD]]: events dated in or after it
    end: str | None = None  # YYYY[-MM[-DD]]: events dated in or before it
