"""The Graph's questions, answered from what is derived once per store generation.

``Graph.timeline``, ``facts``, ``who_met`` and the rest rebuild the resolved view or re-read
every figure on each call; here the view, the observations and each pair's timeline are built
once (``Derived``) and every request filters them. The answers are the same as the Graph's.
Each is built through a Graph of its own (``Builds``), so none needs the request's.
"""

from __future__ import annotations

from diplograph.graph import Graph
from diplograph.knowledge import Knowledge
from diplograph.query.ask import Answer, ask
from diplograph.query.facts import FigureFilter, Observation, observations, series
from diplograph.query.graph import GraphView
from diplograph.resolve.agreements import Agreement, resolve_agreements
from diplograph.resolve.people import PeopleIndex, resolve_people
from diplograph.serve.state import Derived
from diplograph.serve.timelines import PairTimeline
from diplograph.store.api_queries import country_counts, events_between, signing_events

Hit = tuple[str, int, int, str, float]  # article id, start, end, sentence, BM25 score


def view(derived: Derived) -> GraphView:
    """The whole resolved graph (people, events, agreements): ``Graph.view``, built once."""
    return derived.get("view", Graph.view)


def people(derived: Derived) -> PeopleIndex:
    """Identities across spellings, as the view resolves them."""

    def build(graph: Graph) -> PeopleIndex:
        mentions = graph.store.person_roles()
        return resolve_people((n, c, r, a) for n, c, r, a, _ in mentions)

    return derived.get("people", build)


Counts = tuple[list[tuple[str, int]], list[tuple[str, str, int]]]


def countries(derived: Derived) -> Counts:
    """Event reports per country and per pair of countries (``country_counts``)."""
    return derived.get("countries", lambda graph: country_counts(graph.store))


def agreements(derived: Derived) -> list[Agreement]:
    """``GraphView.agreements``, from the signing events alone (not the whole view)."""
    return derived.get("agreements", lambda graph: resolve_agreements(signing_events(graph.store)))


def pair_key(a: str, b: str) -> tuple[str, str, str]:
    """The key of a pair's timeline among the derived answers (either order)."""
    first, second = sorted((a, b))
    return ("timeline", first, second)


def pair_timeline(derived: Derived, knowledge: Knowledge, a: str, b: str) -> PairTimeline:
    """Every event between two countries (codes), read and resolved once per generation."""
    first, second = sorted((a, b))

    def build(graph: Graph) -> PairTimeline:
        events = events_between(graph.store, first, second)
        return PairTimeline.build(first, second, events, people(derived), knowledge.place_within)

    return derived.get(pair_key(a, b), build)


def all_observations(derived: Derived) -> list[Observation]:
    return derived.get("observations", lambda graph: observations(graph.store.facts_with_dates()))


class FigureIndex:
    """Observations grouped by indicator, countries and status, each group in the observations'
    order: a query looks at the groups (hundreds), not at every figure (tens of thousands)."""

    def __init__(self, found: list[Observation]) -> None:
        self.observations = found
        self.groups: dict[tuple[str, str | None, str | None, str], list[int]] = {}
        for position, obs in enumerate(found):
            key = (obs.indicator, obs.of, obs.in_, obs.status)
            self.groups.setdefault(key, []).append(position)

    def select(
        self, indicator: str | None, of: str | None, in_: str | None, include_targets: bool
    ) -> list[Observation]:
        """``Graph.facts`` for country codes: turnover and growth match either side."""
        wanted = FigureFilter(indicator, of, in_, include_targets)
        chosen = [positions for key, positions in self.groups.items() if wanted.keeps(*key)]
        merged = chosen[0] if len(chosen) == 1 else sorted(p for ps in chosen for p in ps)
        return [self.observations[p] for p in merged]


def facts(
    derived: Derived,
    indicator: str | None,
    of: str | None,
    in_: str | None,
    include_targets: bool = False,
) -> list[Observation]:
    """``Graph.facts`` for country codes: turnover and growth match either side."""

    def build(graph: Graph) -> list[Observation]:
        index = derived.get("figure_index", lambda _: FigureIndex(all_observations(derived)))
        return index.select(indicator, of, in_, include_targets)

    return derived.get(facts_key(indicator, of, in_, include_targets), build)


def facts_key(
    indicator: str | None, of: str | None, in_: str | None, include_targets: bool
) -> tuple[str, str | None, str | None, str | None, bool]:
    return ("facts", indicator, of, in_, include_targets)


def figure_series(derived: Derived, indicator: str, a: str, b: str) -> list[Observation]:
    """``Graph.series`` for country codes."""
    return derived.get(
        series_key(indicator, a, b),
        lambda _: series(all_observations(derived), indicator, a, b),
    )


def series_key(indicator: str, a: str, b: str) -> tuple[str, str, str, str]:
    return ("series", indicator, a, b)


def search(derived: Derived, text: str, limit: int) -> list[Hit]:
    """``Graph.search``, kept per generation: a common word can match most sentences, and
    ranking all of them takes FTS5 a tenth of a second on a large store."""
    return derived.get(search_key(text, limit), lambda graph: graph.search(text, limit))


def search_key(text: str, limit: int) -> tuple[str, str, int]:
    return ("search", text, limit)


def answer(graph: Graph, derived: Derived, question: str) -> Answer:
    """``Graph.ask`` over the cached view, figures and search, kept per store generation."""
    from diplograph.query.ask import make_sources

    sources = make_sources(
        lambda: view(derived),
        lambda ind, of, in_: facts(derived, ind, of, in_),
        lambda text, limit: search(derived, text, limit),
        graph.knowledge(),
        related=graph.search_briefly,
    )
    return derived.get(("ask", question), lambda _: ask(question, sources))
