"""What every answer handler shares: the Answer, the Sources it is read from, citations, and
"nothing in the graph answers this" with the closest sentences as related ones.

Kept apart from ``query.ask`` (which dispatches to the handlers in ``answer_events`` and
``answer_figures``) so that the handlers and the dispatcher import in one direction only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from diplograph.errors import QueryTimeout
from diplograph.knowledge import Knowledge
from diplograph.models import SearchHit
from diplograph.offices import Roles
from diplograph.query.facts import Observation
from diplograph.query.graph import GraphView
from diplograph.query.reading import Reading
from diplograph.query.search import any_of

Hit = SearchHit


# The order of an answer's fields in JSON: what it says first, then what backs it.
ANSWER_FIELDS = ("question", "kind", "answer", "found", "confidence", "value", "unit", "as_of",
                 "items", "sources", "related", "reading")  # fmt: skip


@dataclass(frozen=True)
class SourceSentence:
    """A sentence an answer cites (or shows as related): its article, offsets and text, and
    the article's publication date where the answer read it from a dated report."""

    doc: str
    sentence: str
    start: int
    end: int
    published_on: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {"doc": self.doc, "sentence": self.sentence, "start": self.start,
                "end": self.end, "published_on": self.published_on}  # fmt: skip


@dataclass
class Answer:
    """One answer: a sentence a person would write, the structured value, the items, the cited
    sentences; ``found`` is False when the graph holds no answer (``related`` then shows the
    closest sentences); ``confidence`` is exact, loose (part of the question matched nothing)
    or read (a span read from a matching sentence, not from the graph's facts)."""

    question: str
    kind: str
    answer: str
    value: Any = None
    unit: str | None = None
    as_of: str | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    sources: list[SourceSentence] = field(default_factory=list)
    found: bool = True
    confidence: str = "exact"
    related: list[SourceSentence] = field(default_factory=list)
    reading: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        found = {name: getattr(self, name) for name in ANSWER_FIELDS}
        for cited_as in ("sources", "related"):
            found[cited_as] = [s.to_json() for s in found[cited_as]]
        return found


@dataclass
class Sources:
    """What questions are answered from: the resolved graph (built only when a question needs
    people, events or offices), the figures, sentence search, the data files, and "today"."""

    view: Callable[[], GraphView]
    facts: Callable[[str | None, str | None, str | None], list[Observation]]
    search: Callable[[str, int], list[Hit]]
    knowledge: Knowledge
    roles: Roles
    find_times: Callable[[str, date], list[Any]]
    partner_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    indicator_cues: tuple[tuple[str, str], ...] = ()
    spans: Callable[[str], list[tuple[str, str]]] | None = None  # (label, text) of a sentence
    today: date | None = None
    related: Callable[[str, int], list[Hit]] | None = None  # search within RELATED_SECONDS


def cited(hits: list[Hit]) -> list[SourceSentence]:
    return [SourceSentence(h.doc, h.sentence, h.start, h.end) for h in hits]


def related_sentences(reading: Reading, sources: Sources, limit: int = 5) -> list[Hit]:
    """The sentences that share the most of the question's slots and words (BM25)."""
    terms = [s.text for s in reading.slots if s.kind in ("country", "place", "person", "role",
                                                         "indicator")]  # fmt: skip
    terms += [w for w in reading.words if len(w) > 2]
    terms = list(dict.fromkeys(w for t in terms for w in re.findall(r"[A-Za-z0-9]+", t)
                               if len(w) > 1))  # fmt: skip
    if not terms:
        return []
    search = sources.related or sources.search
    named = [w for w in terms if w[0].isupper()][:4]  # names first: they narrow the search
    try:
        if len(named) > 1:
            hits = search(" AND ".join(f'"{w}"' for w in named), limit)
            if hits:
                return hits
        return search(any_of(terms), limit)
    except QueryTimeout:
        return []  # a common word in a large store: no related sentences rather than a wait


def nothing(reading: Reading, sources: Sources, what: str) -> Answer:
    """No answer in the graph: said plainly, with the closest sentences as related only."""
    hits = related_sentences(reading, sources)
    tail = " The closest sentences are listed as related, not as an answer." if hits else ""
    return Answer(reading.question, reading.intent, f"Nothing in the graph answers this: {what}."
                  + tail, found=False, related=cited(hits))  # fmt: skip
