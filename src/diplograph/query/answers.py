"""The questions of the Python API, answered from one store generation's derived answers.

Every caller (``Graph`` for Python users and the CLI, the HTTP API and the page through
``Graph.answers``) asks through ``Answers``: the resolved view, the observations of figures,
each pair's timeline, each search and each question are built once per store generation
(``query.cache``) and every later call filters or pages them. Countries are ISO codes here;
``Graph`` turns names into codes first.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Hashable, Iterable
from typing import Any, TypeVar

import orjson

from diplograph.errors import QueryTimeout
from diplograph.knowledge import Knowledge
from diplograph.models import SearchHit
from diplograph.query import snapshot
from diplograph.query.answer_events import event_columns
from diplograph.query.answering import Answer
from diplograph.query.ask import RELATED_SECONDS, ask, make_sources, read
from diplograph.query.cache import Derived
from diplograph.query.event_table import EventTable
from diplograph.query.facts import (
    UNORDERED,
    FigureFilter,
    Figures,
    Observation,
    observations,
    series,
)
from diplograph.query.graph import GraphView
from diplograph.query.search import search_sentences
from diplograph.query.stored import (
    ResolutionReport,
    StoredPair,
    has_resolution,
    page_of,
    stored_between,
    stored_countries,
    stored_pair,
)
from diplograph.query.stored import update_resolution as update_stored
from diplograph.query.timelines import PairTimeline, TimelinePage
from diplograph.resolve.agreements import Agreement, resolve_agreements
from diplograph.resolve.events import ResolvedEvent
from diplograph.resolve.people import PeopleIndex, resolve_people
from diplograph.store.api_queries import Counts, country_counts, events_between, signing_events
from diplograph.store.base import Store

_log = logging.getLogger(__name__)
_BACKGROUND: set[threading.Thread] = set()  # pair timelines being built for later pages
_BACKGROUND_LOCK = threading.Lock()


def _in_background(build: Callable[[], Any]) -> None:
    """Run ``build`` on a daemon thread that ``wait_for_background`` can wait for; a store
    closed under it (the app shutting down) is logged, not raised from the thread."""

    def run() -> None:
        try:
            build()
        except Exception as error:  # the later pages build it again in the foreground
            _log.debug("a background pair timeline stopped: %s", error)
        finally:
            with _BACKGROUND_LOCK:
                _BACKGROUND.discard(threading.current_thread())

    thread = threading.Thread(target=run, name="diplograph-pair", daemon=True)
    with _BACKGROUND_LOCK:
        _BACKGROUND.add(thread)
    thread.start()


def wait_for_background(timeout: float = 60.0) -> None:
    """Wait (up to ``timeout`` seconds in all) for the pair timelines started in the
    background, so that none reads a store being closed (``serve``'s shutdown)."""
    with _BACKGROUND_LOCK:
        running = list(_BACKGROUND)
    deadline = time.monotonic() + timeout
    for thread in running:
        thread.join(max(0.0, deadline - time.monotonic()))


T = TypeVar("T")
Window = tuple[str | None, str | None, str | None]  # start, end (date prefixes), status


class FigureIndex:
    """Observations grouped by indicator, countries and status, each group in the observations'
    order: a query looks at the groups (hundreds), not at every figure (tens of thousands)."""

    def __init__(self, found: list[Observation]) -> None:
        self.observations = found
        self.groups: dict[tuple[str, str | None, str | None, str], list[int]] = {}
        for position, obs in enumerate(found):
            key = (obs.indicator, obs.of, obs.in_, obs.status)
            self.groups.setdefault(key, []).append(position)

    def select(self, wanted: FigureFilter) -> list[Observation]:
        """The observations ``wanted`` keeps (turnover and growth match either side)."""
        chosen = [positions for key, positions in self.groups.items() if wanted.keeps(*key)]
        if not chosen:
            return []
        merged = chosen[0] if len(chosen) == 1 else sorted(p for ps in chosen for p in ps)
        return [self.observations[p] for p in merged]


def pair_key(a: str, b: str) -> tuple[str, str, str]:
    """The key of a pair's timeline among the derived answers (either order)."""
    first, second = sorted((a, b))
    return ("timeline", first, second)


def facts_key(wanted: FigureFilter) -> tuple[str, str | None, str | None, str | None, bool]:
    return ("facts", wanted.indicator, wanted.of, wanted.in_, wanted.include_targets)


def series_key(indicator: str, a: str, b: str) -> tuple[str, str, str, str]:
    return ("series", indicator, a, b)


def search_key(text: str, limit: int) -> tuple[str, str, int]:
    return ("search", text, limit)


class Answers:
    """The answers of one store generation (see the module's text)."""

    def __init__(
        self, derived: Derived, knowledge: Callable[[], Knowledge], search_seconds: float
    ) -> None:
        """``knowledge`` gives the packaged data files when an answer first needs them (a
        search does not)."""
        self.derived = derived
        self._knowledge = knowledge
        self.search_seconds = search_seconds

    @property
    def knowledge(self) -> Knowledge:
        return self._knowledge()

    def has(self, key: Hashable) -> bool:
        """Whether the answer under ``key`` is built (asking for it then takes no time)."""
        return self.derived.has(key)

    def encoded(self, items: Iterable[Any], shape: Callable[[Any], Any]) -> list[orjson.Fragment]:
        """Each item's JSON, encoded once per generation (``Derived.encoded``)."""
        return self.derived.encoded(items, shape)

    # -- the resolved graph ---------------------------------------------------------------------

    def view(self) -> GraphView:
        """People, events and agreements resolved across every stored article."""
        growing = self.derived.growing

        def build(store: Store) -> GraphView:
            if growing.snapshot is not None and not growing.started:
                self.read_snapshot()  # the view of this generation, or a state to update
                kept = self.derived.kept(("view",)).get("view")
                if isinstance(kept, GraphView):
                    return kept
            return growing.view(store, self.knowledge)

        return self.derived.get("view", build)

    def event_columns(self) -> EventTable:
        """The view's events as columns, as questions about events read them
        (``answer_events.event_columns``)."""
        return event_columns(self.view())

    def stored_resolution(self) -> ResolutionReport:
        """Bring the resolution kept in the store up to date (``query.stored``), once per
        generation."""
        return self.derived.get(
            "stored resolution", lambda store: update_stored(store, self.knowledge)
        )

    def _from_stored(self, store: Store, read: Callable[[Store], T | None]) -> T | None:
        """``read(store)`` from the stored resolution; one that is behind the store is first
        brought up to date (from its mark: seconds, where resolving the store takes minutes
        on a large one). None when the store keeps none."""
        found = read(store)
        if found is None and self.keeps_resolution():
            self.stored_resolution()
            found = read(store)
        return found

    def read_snapshot(self) -> str:
        """Start from the view snapshot (``query.snapshot``; the cache's ``snapshot`` file),
        once per generation, when no view was built yet: every kept answer when the store is
        still at its generation, else the growing view's state (the next view then reads only
        the articles extracted since). Says what it did."""

        kept = self.derived.growing.snapshot

        def build(store: Store) -> str:
            growing = self.derived.growing
            if kept is None:
                return "none kept"
            if growing.started:
                return "not needed: a view is built"
            expected = snapshot.stamp_for(store.location, store.generation(), 0)
            found = snapshot.read(kept.path, expected, freeze=kept.freeze)
            if found is None or not growing.restore(found.growing, self.knowledge):
                return "none read"
            if found.stamp.generation != self.derived.generation:
                return f"the view of an earlier generation (mark {found.stamp.mark})"
            for key, value in found.answers.items():
                if isinstance(value, GraphView):
                    value.attach(self.knowledge, growing.holders(store))
                self.derived.keep(key, value)
            return f"{len(found.answers)} answers of this generation"

        return self.derived.get("snapshot read", build)

    def write_snapshot(self) -> str:
        """Write the view and the answers built of this generation to the cache's ``snapshot``
        file (``query.snapshot``) unless the snapshot there is of this generation already.
        Says what it did."""
        kept = self.derived.growing.snapshot

        def build(store: Store) -> str:
            if kept is None:
                return "none kept"
            path = kept.path
            stamp = snapshot.stamp_for(store.location, self.derived.generation, 0)
            there = snapshot.read_stamp(path)
            if there is not None and there.fits(stamp) and there.generation == stamp.generation:
                return "up to date"
            written = snapshot.write(path, self.derived.growing, self.derived, store.location)
            return "not written: no view of this generation" if written is None else "written"

        return self.derived.get("snapshot written", build)

    def keeps_resolution(self) -> bool:
        """Whether the store keeps a resolution (up to date or not)."""
        return self.derived.get("keeps resolution", has_resolution)

    def people(self) -> PeopleIndex:
        """Identities across spellings, as the view resolves them (without resolving events)."""

        def build(store: Store) -> PeopleIndex:
            return resolve_people((n, c, r, a) for n, c, r, a, _ in store.person_roles())

        return self.derived.get("people", build)

    def countries(self) -> Counts:
        """Event reports per country and per pair of countries, busiest first."""

        def build(store: Store) -> Counts:
            found = self._from_stored(store, stored_countries)
            return found if found is not None else country_counts(store)

        return self.derived.get("countries", build)

    def agreements(self) -> list[Agreement]:
        """``GraphView.agreements``, from the signing events alone (not the whole view)."""
        return self.derived.get("agreements", lambda s: resolve_agreements(signing_events(s)))

    def pair_timeline(self, a: str, b: str) -> PairTimeline:
        """Every event between two countries, read and resolved once per generation."""
        first, second = sorted((a, b))

        def build(store: Store) -> PairTimeline:
            if self.derived.growing.started:
                # The view is kept from an earlier generation: bringing it up to date reads
                # only the articles extracted since, and holds the pair's events resolved.
                self.view()
                return PairTimeline.ordered(self.derived.growing.between(first, second))
            kept = self._from_stored(store, lambda s: stored_between(s, first, second))
            if kept is not None:  # read from the stored resolution: the pair's events alone
                return PairTimeline.ordered(kept)
            found = events_between(store, first, second)
            return PairTimeline.build(first, second, found, self.people(),
                                      self.knowledge.place_within)  # fmt: skip

        return self.derived.get(pair_key(a, b), build)

    def stored_page(
        self, a: str, b: str, window: Window, limit: int, offset: int
    ) -> TimelinePage | None:
        """One page of a pair's timeline from the resolution kept in the store, for a pair
        whose whole timeline is not built yet: the pair's order (ids and dates, kept per
        generation), then the page's events alone (``query.stored``). The whole pair's building
        is started in the background, for the pages after. None when the store keeps no
        resolution (or it changed under the order read)."""
        if not self.keeps_resolution():
            return None
        first, second = sorted((a, b))

        def order(store: Store) -> StoredPair | None:
            return self._from_stored(store, lambda s: stored_pair(s, first, second))

        pair = self.derived.get(("stored pair", first, second), order)
        if pair is None:
            return None
        key = ("page", first, second, window, limit, offset)
        found = self.derived.get(key, lambda store: page_of(store, pair, window, limit, offset))
        if found is not None:
            self.derived.own(("building", first, second), lambda: self._build_later(a, b))
        return found

    def _build_later(self, a: str, b: str) -> bool:
        _in_background(lambda: self.pair_timeline(a, b))
        return True

    def timeline(
        self, a: str, b: str, start: str | None, end: str | None, status: str | None
    ) -> tuple[list[ResolvedEvent], list[ResolvedEvent]]:
        """(occurred in date order, planned by first report) between two countries."""
        return self.pair_timeline(a, b).window(start, end, status)

    # -- figures --------------------------------------------------------------------------------

    def observations(self) -> list[Observation]:
        """Every figure grouped into observations, in period order."""
        return self.derived.get("observations", lambda s: observations(s.facts_with_dates()))

    def facts(self, wanted: FigureFilter) -> list[Observation]:
        """The observations ``wanted`` keeps."""

        def build(_: Store) -> list[Observation]:
            index = self.derived.get("figure_index", lambda _: FigureIndex(self.observations()))
            return index.select(wanted)

        return self.derived.get(facts_key(wanted), build)

    def figure_columns(self) -> int:
        """Every long list of figures a figure question can ask for (an indicator with both
        sides, or one), with what questions keep beside it (``answer_figures.prepare``),
        built ahead of the questions; the number of lists prepared."""
        from diplograph.query.answer_figures import COLUMNS_FROM, prepare

        counts: dict[tuple[str, str | None, str | None], int] = {}
        for obs in self.observations():
            sides = [(obs.of, obs.in_)]
            if obs.indicator in UNORDERED:
                sides.append((obs.in_, obs.of))
            keys = {k for of, in_ in sides for k in ((of, in_), (of, None), (None, in_))}
            for of, in_ in keys - {(None, None)}:  # a question names one side at least
                key = (obs.indicator, of, in_)
                counts[key] = counts.get(key, 0) + 1
        prepared = 0
        for (indicator, of, in_), count in counts.items():
            if count >= COLUMNS_FROM:
                prepare(self.figures(FigureFilter(indicator, of, in_, False)))
                prepared += 1
        return prepared

    def prepare_questions(self) -> None:
        """Load what reading a question needs (the time grammar, indicator and role words, and
        spaCy for answers read from sentences), so that the first question does not wait
        seconds for it. The server's warm-up calls it."""
        sources = make_sources(self.view, lambda *_: [], self.search, self.knowledge)
        read("Who met whom in May 2020?", sources)
        if sources.spans is not None:
            sources.spans("Warm-up.")

    def figures(self, wanted: FigureFilter) -> Figures:
        """``facts``, with what questions derive from them kept beside them."""
        return self.derived.get(("figures", *facts_key(wanted)[1:]),
                                lambda _: Figures(self.facts(wanted)))  # fmt: skip

    def series(self, indicator: str, a: str, b: str) -> list[Observation]:
        """One indicator between two countries over time (a = of, b = in where it matters)."""
        return self.derived.get(series_key(indicator, a, b),
                                lambda _: series(self.observations(), indicator, a, b))  # fmt: skip

    # -- sentences and questions ----------------------------------------------------------------

    def search(self, text: str, limit: int) -> list[SearchHit]:
        """Sentences ranked by BM25 (``query.search`` bounds the query and its CPU time); kept
        per generation, as a common word can match most sentences of a large store."""
        seconds = self.search_seconds
        return self.derived.get(
            search_key(text, limit), lambda s: search_sentences(s, text, limit, seconds)
        )

    def related(self, text: str, limit: int) -> list[SearchHit]:
        """``search`` within ``RELATED_SECONDS`` of CPU, for the sentences an answer shows as
        related: kept per generation as searches are (distinct questions share their names
        and words, and each search of a common word on a large store runs to its limit), a
        search stopped at the limit kept as such (QueryTimeout again)."""
        brief = min(RELATED_SECONDS, self.search_seconds)

        def build(store: Store) -> list[SearchHit] | None:
            try:
                return search_sentences(store, text, limit, brief)
            except QueryTimeout:
                return None

        found = self.derived.get(("related", text, limit), build)
        if found is None:
            raise QueryTimeout(f"the search for related sentences ran past {brief:g} s of CPU")
        return found

    def ask(self, question: str) -> Answer:
        """A question in the user's own words (``query.ask``), answered once per generation."""

        def build(store: Store) -> Answer:
            sources = make_sources(
                self.view,
                lambda ind, of, in_: self.figures(FigureFilter(ind, of, in_, False)),
                self.search,
                self.knowledge,
                related=self.related,
            )
            return ask(question, sources)

        return self.derived.get(("ask", question), build)
