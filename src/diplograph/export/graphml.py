"""The network of countries and people as GraphML, for Gephi, Cytoscape or networkx.

Nodes are countries (``country:KAZ``) and people (``person:Kassym-Jomart Tokayev``, with the
country and role their mentions give). An edge joins two countries, or two people, that take
part in the same events; its weight is the number of those events. GraphML holds scalars only,
so the edge's event types, event ids and article ids are joined with ``;``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import networkx as nx

from diplograph.export.tables import LIST_SEPARATOR, Snapshot
from diplograph.store.export_queries import StoredEvent


def country_node(code: str) -> str:
    return f"country:{code}"


def person_node(name: str) -> str:
    return f"person:{name}"


@dataclass
class _Tie:
    """The events two nodes share, gathered before they become one edge."""

    kind: str  # countries | people
    event_ids: list[str] = field(default_factory=list)
    types: dict[str, None] = field(default_factory=dict)
    article_ids: dict[str, None] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)

    def add(self, stored: StoredEvent) -> None:
        event = stored.event
        self.event_ids.append(str(stored.id))
        self.types[event.type] = None
        self.article_ids[event.evidence.article_id] = None
        if event.date:
            self.dates.append(event.date)

    def attributes(self) -> dict[str, str | int]:
        found: dict[str, str | int] = {
            "kind": self.kind,
            "weight": len(self.event_ids),
            "event_types": LIST_SEPARATOR.join(sorted(self.types)),
            "event_ids": LIST_SEPARATOR.join(self.event_ids),
            "article_ids": LIST_SEPARATOR.join(self.article_ids),
        }
        if self.dates:
            found["first_date"], found["last_date"] = min(self.dates), max(self.dates)
        return found


def build_graph(snapshot: Snapshot) -> nx.Graph:
    """Countries and people as nodes, shared events as weighted edges."""
    graph = nx.Graph()
    for stored in snapshot.events:
        for code in stored.event.countries:
            graph.add_node(country_node(code), kind="country", code=code,
                           label=snapshot.actor_name(code))  # fmt: skip
    names = dict.fromkeys([m.name for m in snapshot.mentions])
    names.update(dict.fromkeys(name for s in snapshot.events for name in s.event.people))
    for name in names:
        graph.add_node(person_node(name), kind="person", label=name, **_person(snapshot, name))
    for (first, second), tie in _ties(snapshot).items():
        graph.add_edge(first, second, **tie.attributes())
    return graph


def _person(snapshot: Snapshot, name: str) -> dict[str, str]:
    person = snapshot.person(name)
    found = {"country": person.country, "role": person.role, "sector": snapshot.sector(person.role)}
    return {key: value for key, value in found.items() if value}


def _ties(snapshot: Snapshot) -> dict[tuple[str, str], _Tie]:
    ties: dict[tuple[str, str], _Tie] = {}
    for stored in snapshot.events:
        event = stored.event
        countries = dict.fromkeys(map(country_node, event.countries))
        people = dict.fromkeys(map(person_node, event.people))
        pairs = [
            *(("countries", pair) for pair in combinations(countries, 2)),
            *(("people", pair) for pair in combinations(people, 2)),
        ]
        for kind, (first, second) in pairs:
            key = (min(first, second), max(first, second))
            ties.setdefault(key, _Tie(kind)).add(stored)
    return ties


def write_graphml(snapshot: Snapshot, path: Path) -> tuple[int, int]:
    """Write the network to ``path``; returns (nodes, edges)."""
    graph = build_graph(snapshot)
    nx.write_graphml(graph, path)
    return graph.number_of_nodes(), graph.number_of_edges()
