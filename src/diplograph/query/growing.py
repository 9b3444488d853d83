"""The resolved view kept from one store generation to the next and brought up to date from
the articles extracted since, instead of resolved again from every stored extraction.

A ``GrowingView`` belongs to an ``AnswerCache`` (one per ``Graph``, one for all of ``serve``'s
connections). The first view reads every extraction; each later one reads only the extractions
written since (``Store.extracted_since``: new articles and articles extracted again),
resolves people again over every name (names, not events: fast) and resolves again only the
blocks of events that the changed articles or renamed people touch (``GrowingEvents``). When
the store holds fewer extractions than it knows of (a restored store), it starts over.
The view it gives equals the one ``GraphView.from_store`` builds (tests/query/test_growing.py).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from diplograph.knowledge import Knowledge
from diplograph.models import Event
from diplograph.offices import OfficeHolders, OfficeTerm, holders_with
from diplograph.query.graph import GraphView
from diplograph.resolve.agreements import names_a_signing, resolve_agreements
from diplograph.resolve.events import ResolvedEvent
from diplograph.resolve.incremental import GrowingEvents
from diplograph.resolve.people import resolve_people
from diplograph.store.base import Store

Mention = tuple[str, str | None, str | None, str, int]


@dataclass(frozen=True)
class SnapshotFile:
    """Where the view snapshot is kept (``query.snapshot``), and whether what is read from it is
    moved out of the cyclic garbage collector's sight at once (``gc.freeze``: a server
    process's choice, as ``serve.warm.settle_heap``; the millions of objects of a large view
    are otherwise walked by the next collections)."""

    path: Path
    freeze: bool = False


Report = tuple[Event, date | None]


class GrowingView:
    """The resolved view, updated by the articles extracted since it was last asked for."""

    def __init__(self, snapshot: SnapshotFile | None = None) -> None:
        self.snapshot = snapshot  # read before the first build (query.snapshot)
        self._lock = threading.Lock()
        self._events: GrowingEvents | None = None
        self._mark = 0  # ``extracted_since`` mark of what was read
        self._stored_events = 0  # events the store held then
        self._known: set[str] = set()  # every extracted article read
        self._mentions: dict[str, list[Mention]] = {}
        self._signings: dict[str, list[Report]] = {}
        self.articles_read = 0  # articles read by the last update (for tests and benches)
        self._terms: tuple[list[OfficeTerm], OfficeHolders] | None = None
        self.generation: tuple[int, ...] = ()  # the store generation of the last view

    @property
    def started(self) -> bool:
        """Whether a view was built: the next one is an update, not a build."""
        return self._events is not None

    def view(self, store: Store, knowledge: Knowledge) -> GraphView:
        """The view of every extraction ``store`` holds now."""
        with self._lock, store.snapshot():
            for _ in range(2):
                events, changed = self._read(store, knowledge)
                mentions = [m for a in sorted(self._mentions) for m in self._mentions[a]]
                people = resolve_people((n, c, r, a) for n, c, r, a, _ in mentions)
                events.update(changed, people)
                if events.reports_kept == self._stored_events:
                    break
                self._events = None  # rows changed outside extraction: start over
            signings = [r for article in sorted(self._signings) for r in self._signings[article]]
            published = store.article_dates()
            self.generation = store.generation()
            reported = [(n, c, r, a, published.get(a)) for n, c, r, a, _ in mentions]
            return GraphView(
                people,
                events.resolved(),
                resolve_agreements(signings),
                knowledge,
                self.holders(store),
                store.latest_published(),
                reported,
            )

    def holders(self, store: Store) -> OfficeHolders:
        """The office holders with the store's imported terms, read again only when those
        change (the packaged table takes most of a second to read)."""
        terms = store.office_terms()
        if self._terms is None or self._terms[0] != terms:
            self._terms = (terms, holders_with(terms))
        return self._terms[1]

    @contextmanager
    def held(self) -> Iterator[dict[str, Any] | None]:
        """The kept state (what ``restore`` takes), with no view built meanwhile; None before
        the first view (``query.snapshot`` writes it)."""
        with self._lock:
            if self._events is None:
                yield None
                return
            yield {
                "events": self._events,
                "mark": self._mark,
                "stored_events": self._stored_events,
                "known": self._known,
                "mentions": self._mentions,
                "signings": self._signings,
                "generation": self.generation,
            }

    def restore(self, state: dict[str, Any], knowledge: Knowledge) -> bool:
        """Start from a state ``held`` gave (read back from a snapshot): the next view reads only
        the articles extracted since its mark. False, and nothing done, when a view was built
        meanwhile."""
        with self._lock:
            if self._events is not None:
                return False
            events: GrowingEvents = state["events"]
            events.place_within = knowledge.place_within
            self._events = events
            self._mark = state["mark"]
            self._stored_events = state["stored_events"]
            self._known = state["known"]
            self._mentions = state["mentions"]
            self._signings = state["signings"]
            self.generation = tuple(state["generation"])
        return True

    def between(self, a: str, b: str) -> list[ResolvedEvent]:
        """The last view's resolved events in which both countries take part, in its order."""
        with self._lock:
            return self._events.with_countries(a, b) if self._events is not None else []

    def _read(
        self, store: Store, knowledge: Knowledge
    ) -> tuple[GrowingEvents, dict[str, list[Report]]]:
        """The kept events and the reports of each article extracted since the last read."""
        articles, mark, count, self._stored_events = store.extracted_since(self._mark)
        if self._events is None or mark < self._mark or len(self._known.union(articles)) != count:
            self._events = GrowingEvents(knowledge.place_within)
            self._known, self._mentions, self._signings = set(), {}, {}
            articles, mark, count, self._stored_events = store.extracted_since(0)
        everything = not self._known  # read the whole store at once, not by article
        reports = store.events_with_dates(None if everything else articles)
        mentions = store.person_roles(None if everything else articles)
        changed: dict[str, list[Report]] = {article: [] for article in articles}
        for article in articles:
            self._mentions.pop(article, None)
            self._signings.pop(article, None)
        for report in reports:
            changed.setdefault(report[0].evidence.article_id, []).append(report)
            if names_a_signing(report[0]):  # what resolve_agreements reads
                self._signings.setdefault(report[0].evidence.article_id, []).append(report)
        for mention in mentions:
            self._mentions.setdefault(mention[3], []).append(mention)
        self._known.update(articles)
        self._mark = mark
        self.articles_read = len(articles)
        return self._events, changed
