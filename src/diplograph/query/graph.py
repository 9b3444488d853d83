"""The graph as questions see it: resolved people, events and agreements, built from the store.

Built on demand from stored extractions, so it always reflects every article and never depends
on the order they arrived in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from diplograph.knowledge import Knowledge
from diplograph.models import Event
from diplograph.offices import OfficeHolders, OfficeTerm
from diplograph.resolve.agreements import Agreement, best_agreement, resolve_agreements
from diplograph.resolve.events import ResolvedEvent, resolve_events
from diplograph.resolve.people import Identity, PeopleIndex, resolve_people


@dataclass(frozen=True)
class Citation:
    doc: str
    sentence: str
    start: int
    end: int
    published_on: date | None = None


def citations(event: ResolvedEvent) -> list[Citation]:
    seen: dict[tuple[str, int], Citation] = {}
    for mention, published in event.mentions:
        ev = mention.evidence
        seen.setdefault((ev.article_id, ev.start), Citation(ev.article_id, ev.sentence, ev.start,
                                                            ev.end, published))  # fmt: skip
    return sorted(seen.values(), key=lambda c: (c.published_on or date.min, c.doc, c.start))


@dataclass(frozen=True)
class ReportedOffice:
    """An office as articles name it for a person: first and last report, with the articles."""

    role: str
    country: str | None
    first_reported: date | None
    last_reported: date | None
    articles: tuple[str, ...]


@dataclass
class GraphView:
    people: PeopleIndex
    events: list[ResolvedEvent]
    agreements: list[Agreement]
    knowledge: Knowledge
    holders: OfficeHolders
    latest: date | None  # the newest article: "now" for questions in the present tense
    reported: list[tuple[str, str | None, str | None, str, date | None]]  # name, country, role,
    # article, published: every office an article gives a person

    @classmethod
    def build(
        cls,
        events: list[tuple[Event, date | None]],
        mentions: list[tuple[str, str | None, str | None, str, int]],
        knowledge: Knowledge,
        holders: OfficeHolders,
        latest: date | None,
        published: dict[str, date | None] | None = None,
    ) -> GraphView:
        people = resolve_people((n, c, r, a) for n, c, r, a, _ in mentions)
        resolved = resolve_events(events, people, knowledge.place_within)
        dates = published or {}
        reported = [(n, c, r, a, dates.get(a)) for n, c, r, a, _ in mentions]
        return cls(
            people, resolved, resolve_agreements(events), knowledge, holders, latest, reported
        )

    # -- questions ---------------------------------------------------------------------------

    def timeline(
        self,
        a: str,
        b: str,
        start: str | None = None,
        end: str | None = None,
        status: str | None = None,
    ) -> tuple[list[ResolvedEvent], list[ResolvedEvent]]:
        """(occurred in date order, planned) events between two countries."""
        both = [e for e in self.events if a in e.countries and b in e.countries]
        if start:
            both = [e for e in both if e.date is None or e.date[: len(start)] >= start]
        if end:
            both = [e for e in both if e.date is None or e.date[: len(end)] <= end]
        occurred = sorted(
            (e for e in both if e.status == "occurred"), key=lambda e: (e.date or "", e.type)
        )
        planned = sorted(
            (e for e in both if e.status == "planned"),
            key=lambda e: e.first_reported or date.min,
        )
        if status == "occurred":
            planned = []
        elif status == "planned":
            occurred = []
        return occurred, planned

    def who_met(self, name: str) -> list[tuple[str, ResolvedEvent]]:
        """(other person, meeting) for every meeting or visit the person took part in."""
        ident = self.people.identity(name)
        target = ident.canonical if ident else name
        out = []
        for event in self.events:
            if event.type != "CONSULT" or target not in event.people:
                continue
            for other in event.people:
                if other != target:
                    out.append((other, event))
        return sorted(out, key=lambda x: (x[1].date or "", x[0]))

    def person(self, name: str) -> Identity | None:
        return self.people.identity(name)

    def role(self, country: str, role: str, on: date | None) -> OfficeTerm | None:
        day = on or self.latest or date.today()
        return self.holders.holder(country, role, day)

    def role_of(self, name: str, on: date | None = None) -> list[OfficeTerm]:
        ident = self.people.identity(name)
        names = list(ident.names) if ident else [name]
        terms = {t for n in names for t in self.holders.terms_of(n)}
        if on is not None:
            terms = {t for t in terms if t.covers(on)}
        return sorted(terms, key=lambda t: (t.start, t.role))

    def offices_reported(self, name: str) -> list[ReportedOffice]:
        """A person's offices as the articles give them, each with its first and last report."""
        ident = self.people.identity(name)
        names = set(ident.names) if ident else {name}
        grouped: dict[tuple[str, str | None], list[tuple[str, date | None]]] = {}
        for person, country, role, article, published in self.reported:
            if person in names and role:
                grouped.setdefault((role, country), []).append((article, published))
        for role, country in [k for k in grouped if k[1] is None]:
            known = [k for k in grouped if k[0] == role and k[1] is not None]
            if len(known) == 1:  # an office named without its country is the known one
                grouped[known[0]] += grouped.pop((role, country))
        out = []
        for (role, country), seen in grouped.items():
            days = [d for _, d in seen if d]
            out.append(ReportedOffice(role, country, min(days, default=None),
                                      max(days, default=None),
                                      tuple(sorted({a for a, _ in seen}))))  # fmt: skip
        return sorted(out, key=lambda o: (o.first_reported or date.min, o.role))

    def agreement(self, name: str, parties: set[str] | None = None) -> Agreement | None:
        return best_agreement(self.agreements, name, parties)
