"""The graph as questions see it: resolved people, events and agreements, built from the store.

Built on demand from stored extractions, so it always reflects every article and never depends
on the order they arrived in.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from diplograph.knowledge import Knowledge
from diplograph.models import Event
from diplograph.names import name_words, same_person
from diplograph.offices import OfficeHolders, OfficeTerm, holders_with
from diplograph.query.event_table import EventTable
from diplograph.query.timelines import PairTimeline
from diplograph.resolve.agreements import (
    Agreement,
    best_agreement,
    content_words,
    resolve_agreements,
)
from diplograph.resolve.events import ResolvedEvent, resolve_events
from diplograph.resolve.people import Identity, PeopleIndex, resolve_people
from diplograph.store.base import Store


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
    _table: EventTable | None = field(default=None, init=False, repr=False, compare=False)
    _table_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False,
                                        compare=False)  # fmt: skip

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

    @classmethod
    def from_store(cls, store: Store, knowledge: Knowledge) -> GraphView:
        """The whole store resolved: its events and people, the packaged office holders with
        the terms imported into the store (``import-roles``) over them."""
        holders = holders_with(store.office_terms())
        return cls.build(
            store.events_with_dates(),
            store.person_roles(),
            knowledge,
            holders,
            store.latest_published(),
            store.article_dates(),
        )

    # -- kept in a snapshot (query.snapshot) ---------------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        """What a snapshot keeps: the resolved graph and what was derived from it (the event
        columns, the name index), not the knowledge and office holders, which the process that
        reads it gives back (``attach``), nor the lock."""
        state = dict(self.__dict__)
        for name in ("knowledge", "holders", "_table_lock"):
            state.pop(name, None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._table_lock = threading.Lock()

    def attach(self, knowledge: Knowledge, holders: OfficeHolders) -> None:
        """Give a view read back from a snapshot this process's knowledge and office holders."""
        self.knowledge = knowledge
        self.holders = holders

    # -- questions ---------------------------------------------------------------------------

    def timeline(
        self,
        a: str,
        b: str,
        start: str | None = None,
        end: str | None = None,
        status: str | None = None,
    ) -> tuple[list[ResolvedEvent], list[ResolvedEvent]]:
        """(occurred in date order, planned) events between two countries (``PairTimeline``'s
        order and window: undated events stay in any window)."""
        both = [e for e in self.events if a in e.countries and b in e.countries]
        return PairTimeline.ordered(both).window(start, end, status)

    def who_met(self, name: str) -> list[tuple[str, ResolvedEvent]]:
        """(other person, meeting) for every meeting or visit the person took part in."""
        target = self.person_named(name) or name
        out = []
        for event in self.events:
            if event.type != "CONSULT" or target not in event.people:
                continue
            for other in event.people:
                if other != target:
                    out.append((other, event))
        return sorted(out, key=lambda x: (x[1].date or "", x[0]))

    def person_named(self, name: str) -> str | None:
        """The canonical name of the person a user names: a full name in any spelling the
        identities join, or one word that is a person's surname ("Cleverly"), or the first name
        of exactly one known person ("Tharman"); a first name many share, or a word of an
        agreement's name that passed for a person ("Allied Relations"), is no one."""
        words = name_words(name)
        index, by_word, agreement_words = self._name_index
        if not words or set(words) <= agreement_words:
            return None
        if len(words) == 1:
            best = index.get(words[0])
            if best is None:
                firsts = {id(i): i for i in by_word.get(words[0], [])
                          if (i.country or i.roles)  # a known person, not a stray phrase
                          and any(name_words(n)[:1] == words for n in i.names)}  # fmt: skip
                best = next(iter(firsts.values())) if len(firsts) == 1 else None
            return best.canonical if best else None
        exact = self.people.exact(name)
        if exact is not None:
            return exact.canonical
        near = {id(i): i for w in words for i in by_word.get(w, [])}  # full names join full names
        for ident in sorted(near.values(), key=lambda i: -sum(i.names.values())):
            if any(len(name_words(n)) > 1 and same_person(name, n) for n in ident.names):
                return ident.canonical
        return None

    def people_named(self, name: str) -> set[str]:
        """Every identity a written name can be ("Reagan" and "Ronald Reagan" when the articles
        left them apart): the canonical names to match events against."""
        words = name_words(name)
        found = {c for c in [self.person_named(name)] if c}
        index, by_word, _ = self._name_index
        if len(words) == 1:
            found |= {i.canonical for i in self._surnames.get(words[0], [])}
            if words[0] in index:
                found.add(index[words[0]].canonical)
            return found
        near = {id(i): i for w in words for i in by_word.get(w, [])}
        found |= {
            i.canonical
            for i in near.values()
            if any(len(name_words(n)) > 1 and same_person(name, n) for n in i.names)
        }
        return found

    @cached_property
    def _surnames(self) -> dict[str, list[Identity]]:
        out: dict[str, list[Identity]] = {}
        for ident in self.people.identities:
            for written in ident.names:
                words = name_words(written)
                if words and ident not in out.setdefault(words[-1], []):
                    out[words[-1]].append(ident)
        return out

    @cached_property
    def events_by_person(self) -> dict[str, list[ResolvedEvent]]:
        """Events by the canonical name of each person in them, in the order of ``events``."""
        out: dict[str, list[ResolvedEvent]] = {}
        for event in self.events:
            for name in dict.fromkeys(self.people.canonical(p) for p in event.people):
                out.setdefault(name, []).append(event)
        return out

    @cached_property
    def events_by_country(self) -> dict[str, list[ResolvedEvent]]:
        """Events by each country code in them, in the order of ``events``."""
        out: dict[str, list[ResolvedEvent]] = {}
        for event in self.events:
            for code in dict.fromkeys(event.countries):
                out.setdefault(code, []).append(event)
        return out

    def event_table(self) -> EventTable:
        """Every event as columns (``query.event_table``), built on first use (seconds for a
        million events), once: a question that comes meanwhile waits for it."""
        with self._table_lock:
            if self._table is None:
                self._table = EventTable(self.events, self.people.canonical)
            return self._table

    @cached_property
    def _name_index(self) -> tuple[dict[str, Identity], dict[str, list[Identity]], set[str]]:
        """Surname (or one-word name) -> the identity most articles name; each word of a full
        name -> the identities with it; the words of agreements' names."""
        index: dict[str, Identity] = {}
        by_word: dict[str, list[Identity]] = {}
        for ident in self.people.identities:
            weight = sum(ident.names.values())
            for written in ident.names:
                words = name_words(written)
                if not words:
                    continue
                if words[-1] not in index or sum(index[words[-1]].names.values()) < weight:
                    index[words[-1]] = ident
                for word in words if len(words) > 1 else ():
                    by_word.setdefault(word, []).append(ident)
        agreement_words = {w for a in self.agreements for w in content_words(a.name)}
        return index, by_word, agreement_words

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
