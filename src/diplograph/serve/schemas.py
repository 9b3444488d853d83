"""The answers' schemas, declared on the routes so that /docs shows them.

The routes send the bytes ``diplograph.shapes`` builds (through one encoder); these models
describe those shapes for OpenAPI, and a test validates real answers against them, so the two
cannot drift apart. The package's own dataclasses (``Event``, ``OfficeTerm``, ...) are used
where an answer is one of them as it is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from diplograph.models import ArticleSummary, Event
from diplograph.offices import OfficeTerm
from diplograph.query.graph import ReportedOffice
from diplograph.resolve.agreements import LifecycleStep

T = TypeVar("T")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Page(Strict, Generic[T]):
    """A page of a list; ``next_offset`` is null on the last page."""

    items: list[T]
    limit: int
    offset: int
    next_offset: int | None
    total: int | None = None


class Source(Strict):
    """A sentence that reports an event or a figure: article id, character offsets."""

    doc: str
    sentence: str
    start: int
    end: int
    published_on: dt.date | None


class ResolvedEventOut(Strict):
    """An event merged across articles, with every sentence that reports it."""

    type: str
    mode: str | None
    status: str
    countries: list[str]
    people: list[str]
    date: str | None
    place: str | None
    agreement: str | None
    sources: list[Source]


class MetEvent(ResolvedEventOut):
    person: str = Field(description="The other person of the meeting")


class ObservationOut(Strict):
    """A figure with its period, hedge, conflict flag and citations."""

    indicator: str
    of: str | None
    in_: str | None = Field(alias="in")
    period: str | None
    as_of: str | None
    value: float
    unit: str
    qualifier: str
    status: str
    conflict: bool
    sources: list[Source]


class ProblemOut(Strict):
    origin: str
    line: int | None
    reason: str
    at: dt.datetime | None


class ArticleOut(Strict):
    """One article with its text, its copies' ids and its extraction (null before)."""

    id: str
    published_on: dt.date | None
    title: str
    text: str
    content_hash: str
    source: str | None
    url: str | None
    origin: str
    format: str
    ingested_at: dt.datetime | None
    copies: list[str]
    extraction: dict[str, list[dict[str, Any]]] | None


class CountryOut(Strict):
    code: str
    name: str
    events: int


class PairOut(Strict):
    a: str
    b: str
    events: int


class Countries(Strict):
    items: list[CountryOut]
    pairs: list[PairOut]


class Totals(Strict):
    occurred: int
    planned: int


class Timeline(Strict):
    a: str
    b: str
    occurred: list[ResolvedEventOut]
    planned: list[ResolvedEventOut]
    total: Totals
    limit: int
    offset: int


class PersonOut(Strict):
    name: str
    spellings: dict[str, int]
    country: str | None
    roles: list[str]


class Offices(Strict):
    country: str
    on: dt.date
    items: list[OfficeTerm]


class RoleOf(Strict):
    name: str
    on: dt.date | None
    items: list[OfficeTerm]
    reported: list[ReportedOffice]


class AgreementOut(Strict):
    name: str
    status: str
    parties: list[str]
    first_reported: dt.date | None
    last_reported: dt.date | None
    steps: list[LifecycleStep]


class SearchHitOut(Strict):
    doc: str
    start: int
    end: int
    sentence: str
    score: float


class SearchHits(Strict):
    items: list[SearchHitOut]
    limit: int


class AnswerOut(Strict):
    """An answer in words, its value and items, the sentences it cites, how it was read."""

    question: str
    kind: str
    answer: str
    found: bool
    confidence: str
    value: Any
    unit: str | None
    as_of: str | None
    items: list[dict[str, Any]]
    sources: list[Source]
    related: list[Source]
    reading: dict[str, Any]


class QueueOut(Strict):
    in_flight: int
    waiting: int
    threads_busy: int
    threads: int


class StatusOut(BaseModel):
    """The store's file name, schema version, a count per table, and the server's queue."""

    model_config = ConfigDict(extra="allow")

    store: str
    schema_version: int
    queue: QueueOut


__all__ = [
    "AgreementOut", "AnswerOut", "ArticleOut", "ArticleSummary", "Countries", "Event",
    "MetEvent", "ObservationOut", "Offices", "Page", "PersonOut", "ProblemOut", "RoleOf",
    "SearchHits", "StatusOut", "Timeline",
]  # fmt: skip
