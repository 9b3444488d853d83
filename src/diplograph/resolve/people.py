"""One identity per person across spellings: Vassilenko / Vasilenko, Tokayev / Tokaev.

Names are clustered by similarity (rapidfuzz) within a country; two names join only when the
first names agree (same first letter) and the surnames are near-identical, so different people
with similar names stay apart. The canonical name is the form most articles use, then the most
complete. Clustering visits names in a fixed order (by name), so the result does not depend on
the order articles arrived in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from diplograph.names import name_key, same_person

__all__ = ["Identity", "PeopleIndex", "name_key", "resolve_people", "same_person"]


@dataclass
class Identity:
    """A person as the graph knows them: canonical name, every spelling, country, offices."""

    canonical: str
    names: dict[str, int] = field(default_factory=dict)  # spelling -> number of articles
    country: str | None = None
    roles: set[str] = field(default_factory=set)


class PeopleIndex:
    """Name -> identity lookups over a resolved set of people."""

    def __init__(self, identities: list[Identity]) -> None:
        self.identities = identities
        self._by_name = {n: ident for ident in identities for n in ident.names}

    def identity(self, name: str) -> Identity | None:
        if name in self._by_name:
            return self._by_name[name]
        for ident in self.identities:
            if any(same_person(name, known) for known in ident.names):
                return ident
        return None

    def exact(self, name: str) -> Identity | None:
        """The identity with exactly this spelling among its names, or None."""
        return self._by_name.get(name)

    def canonical(self, name: str) -> str:
        found = self.identity(name)
        return found.canonical if found else name


def resolve_people(
    mentions: Iterable[tuple[str, str | None, str | None, str]],
) -> PeopleIndex:
    """Cluster (name, country, role, article id) mentions into identities."""
    per_name: dict[str, tuple[set[str], dict[str | None, int], set[str]]] = {}
    for name, country, role, article in mentions:
        articles, countries, roles = per_name.setdefault(name, (set(), {}, set()))
        articles.add(article)
        countries[country] = countries.get(country, 0) + 1
        if role:
            roles.add(role)
    identities: list[Identity] = []
    for name in sorted(per_name, key=lambda n: (-len(per_name[n][0]), -len(n), n)):
        articles, countries, roles = per_name[name]
        country = _main_country(countries)
        home = next(
            (
                ident
                for ident in identities
                if (ident.country is None or country is None or ident.country == country)
                and any(same_person(name, known) for known in ident.names)
            ),
            None,
        )
        if home is None:
            home = Identity(canonical=name, country=country)
            identities.append(home)
        home.names[name] = len(articles)
        home.country = home.country or country
        home.roles |= roles
    for ident in identities:
        ident.canonical = max(ident.names, key=lambda n: (ident.names[n], len(n), n))
    return PeopleIndex(identities)


def _main_country(countries: dict[str | None, int]) -> str | None:
    known = {c: n for c, n in countries.items() if c}
    return max(sorted(known), key=lambda c: known[c]) if known else None
