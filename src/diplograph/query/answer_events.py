"""Event, office and pair questions: who met whom, who visited where and when, what was signed,
who held an office at a date, what happened between two countries."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from diplograph.query.answering import Answer, Sources, SourceSentence, cited, nothing
from diplograph.query.event_table import EventTable, Positions, Selection
from diplograph.query.graph import GraphView, citations
from diplograph.query.reading import default_question_words
from diplograph.query.wording import cap, country, day
from diplograph.resolve.agreements import Agreement, content_words

if TYPE_CHECKING:
    from diplograph.query.reading import Reading
    from diplograph.resolve.events import ResolvedEvent

LISTED = 8  # events written out in an answer
ITEMS = 100  # events given as items (``value`` counts them all when the question lists)
CITED = 3  # citations per written-out event


def answer_events(reading: Reading, sources: Sources) -> Answer | None:

    graph = sources.view()
    kind = reading.event or reading.intent
    if kind == "agreement":
        named = _named_agreement(reading, graph)
        if named is not None:
            return _agreement_answer(reading, sources, named)
    wanted = [graph.people_named(w) | {c}
              for c, w in zip(reading.people, reading.person_names, strict=False)]  # fmt: skip
    want = _Want(frozenset(reading.countries), wanted, tuple(reading.places),
                 frozenset(reading.place_countries))  # fmt: skip
    chosen = _matching(graph, reading, kind, want)
    if not chosen:
        return nothing(reading, sources, f"no {_noun(kind)} {_about(reading, sources)} is "
                       "recorded")  # fmt: skip
    return _events_answer(reading, sources, kind, chosen)


def _kind_of(event: ResolvedEvent, kind: str) -> bool:
    if event.negated:
        return False
    if kind == "agreement":
        return event.agreement is not None or event.mode == "sign" or event.type == "AGREE"
    if kind == "visit":
        return event.type == "CONSULT" and event.mode == "visit"
    if kind == "person":
        return True
    return event.type == "CONSULT"


def _matching(
    graph: GraphView, reading: Reading, kind: str, want: _Want
) -> Sequence[ResolvedEvent]:
    """The events that answer: of the asked kind, with every asked person and country, in an
    asked place and time (none undated when a time is asked), those of an agreement the
    question names by its words first; occurred ones then planned ones (only planned ones
    when the question asks about plans and some are), each by date, then first report, then
    the order of the shortest list of its people's or countries' events (``_tie_groups``).
    Chosen and ordered as columns (``query.event_table``), not event by event."""
    table = graph.event_table()
    empty = np.empty(0, dtype=np.int64)
    lists = [table.of_people(names) for names in want.people]
    lists += [table.by_country.get(code, empty) for code in want.countries]
    keep = _kind_column(table, kind)
    chosen = table.select(lists, keep, _asked_ranges(reading))
    if want.places:
        chosen = np.array([p for p in chosen if _in_place(table.events[p], graph, want)],
                          dtype=np.int64)  # fmt: skip
    named = _agreement_words(reading)
    if named:  # agreements whose name shares a word of the question's own, when any does
        sharing = [p for p in chosen if (agreement := table.events[p].agreement)
                   and named & content_words(agreement)]  # fmt: skip
        chosen = np.array(sharing, dtype=np.int64) if sharing else chosen
    occurred, planned = chosen[table.occurred[chosen]], chosen[table.planned[chosen]]
    if reading.planned and len(planned):
        occurred = empty
    groups = _tie_groups(table, reading, want)
    return Selection(table, [(occurred, table.keys(occurred, groups)),
                             (planned, table.keys(planned, groups))])  # fmt: skip


def event_columns(graph: GraphView) -> EventTable:
    """The view's events as columns with each kind's, as questions read them: built once per
    view (seconds for a million events), before the first question when the server warms up."""
    table = graph.event_table()
    for kind in (*_KINDS, "meeting"):
        _kind_column(table, kind)
    return table


_KINDS = ("agreement", "visit", "person")  # each with a test of its own; any other: a meeting


def _kind_column(table: EventTable, kind: str) -> npt.NDArray[np.bool_]:
    """Whether each event is of the asked kind (``_kind_of``); one column per test."""
    test = kind if kind in _KINDS else "meeting"
    return table.kind(test, lambda e: _kind_of(e, test))


def _tie_groups(table: EventTable, reading: Reading, want: _Want) -> list[Positions]:
    """Events of one date and first report are listed in the order of the shortest list of
    a person's or a country's events (the events of a person named several ways: name after
    name): the groups of that list when it is such a person's, none when it is in the view's
    order."""
    sizes: list[tuple[int, list[str]]] = [
        (sum(len(table.by_person.get(n, ())) for n in names), sorted(names))
        for names in want.people
    ]
    sizes += [(len(table.by_country.get(code, ())), []) for code in reading.countries]
    if not sizes:
        return []
    _, names = min(sizes, key=lambda s: s[0])
    empty = np.empty(0, dtype=np.int64)
    return [table.by_person.get(n, empty) for n in names] if len(names) > 1 else []


@dataclass(frozen=True)
class _Want:
    """What an event must have, read once from the question (events are many)."""

    countries: frozenset[str]
    people: list[set[str]]  # per person named: every identity the name can be
    places: tuple[str, ...]
    place_countries: frozenset[str]


def _in_place(event: ResolvedEvent, graph: GraphView, want: _Want) -> bool:
    """Whether an event is in an asked place: its place within one (or one within it), or,
    placed nowhere, in one of the countries of the asked places."""
    if want.places and event.place:
        within = graph.knowledge.place_within
        return any(within(event.place, p) or within(p, event.place) for p in want.places)
    return not want.places or bool(want.place_countries & set(event.countries))


def _named_agreement(reading: Reading, graph: GraphView) -> Agreement | None:
    """The agreement a question names by words of its name ("the green hydrogen memorandum",
    "the Treaty on Allied Relations"), among those of the countries it names."""
    named = _agreement_words(reading)
    if not named:
        return None
    parties = set(reading.countries)
    scored = [(len(named & content_words(a.name)), a) for a in graph.agreements
              if parties <= a.parties]  # fmt: skip
    scored = [(n, a) for n, a in scored if n]
    if not scored:
        return None
    best = max(n for n, _ in scored)
    tied = [a for n, a in scored if n == best]
    return max(tied, key=lambda a: a.last_reported or date.min)


def _agreement_answer(reading: Reading, sources: Sources, agreement: Agreement) -> Answer:

    signed = [s for s in agreement.steps if s.status == "signed"]
    step = signed[0] if signed else agreement.steps[-1]
    when = _when(step.date)
    parties = " and ".join(country(sources.knowledge, c) for c in sorted(agreement.parties))
    if signed:
        text = f"The {agreement.name} between {parties} was signed{when}"
    else:
        first = agreement.first_reported.isoformat() if agreement.first_reported else None
        last = agreement.last_reported.isoformat() if agreement.last_reported else None
        text = (f"The {agreement.name} between {parties} is planned, not yet reported signed "
                f"(reported from {day(first)} to {day(last)})")  # fmt: skip
    return Answer(
        reading.question, "agreement", text + ".", value=agreement.status,
        as_of=step.date,
        items=[{"name": agreement.name, "status": agreement.status,
                "parties": sorted(agreement.parties),
                "first_reported": agreement.first_reported,
                "last_reported": agreement.last_reported,
                "steps": [{"status": s.status, "date": s.date, "reported_on": s.reported_on,
                           "doc": s.article_id} for s in agreement.steps]}],
        sources=[SourceSentence(s.article_id, s.sentence, s.start, s.end, s.reported_on)
                 for s in agreement.steps],
    )  # fmt: skip


def _agreement_words(reading: Reading) -> set[str]:
    """Words of an agreement's name in the question: its own words and the kind words
    ("roadmap", "memorandum") less the generic ones."""
    if reading.event != "agreement":
        return set()
    kinds = {s.text.lower() for s in reading.slots if s.kind == "event"}
    found = content_words(" ".join([*reading.words, *kinds]))
    return {w for w in found if len(w) > 3} - _generic_words()


def _generic_words() -> frozenset[str]:
    """Words no agreement is named by: the question words, the plan words and the words
    that ask about agreements ("sign", "deal", "accords")."""
    qw = default_question_words()
    asking = {phrase for phrase, kind in qw.events if kind == "agreement" and " " not in phrase}
    return qw.lists["stop_words"] | qw.lists["planned"] | asking


def _asked_ranges(reading: Reading) -> list[tuple[str, str]] | None:
    """The (low, high) date prefixes a question asks about, None when it asks no time."""
    asked = [reading.span] if reading.span else [(p, p) for p in reading.periods]
    if not asked:
        return None
    return [(low.split("/")[0], high.split("/")[-1]) for low, high in asked]


def _in_time(when: str | None, reading: Reading) -> bool:
    asked = _asked_ranges(reading)
    if asked is None:
        return True
    if not when:
        return False
    first, _, last = when.partition("/")
    last = last or first
    return any(first[: len(high)] <= high and last[: len(low)] >= low for low, high in asked)


def _noun(kind: str) -> str:
    return {"meeting": "meeting", "visit": "visit", "agreement": "agreement"}.get(kind, "event")


def _about(reading: Reading, sources: Sources) -> str:
    parts = [", ".join(reading.people)] if reading.people else []
    names = [country(sources.knowledge, c) for c in reading.countries]
    if names:
        parts.append("involving " + " and ".join(names))
    if reading.places:
        parts.append("in " + ", ".join(reading.places))
    if reading.span:
        parts.append(f"between {reading.span[0]} and {reading.span[1]}")
    elif reading.periods:
        parts.append("in " + " and ".join(reading.periods))
    return (("of " if reading.people else "") + " ".join(parts)).strip()


def _events_answer(
    reading: Reading, sources: Sources, kind: str, chosen: Sequence[ResolvedEvent]
) -> Answer:
    """The answer over the chosen events in order; it reads the first ITEMS, the last and how
    many there are (a ``Selection`` sorts no more)."""

    graph = sources.view()
    asked = reading.asked
    if asked == "date":
        value: Any = chosen[0].date
        lines = [f"{_event_text(e, sources, reading)}" for e in chosen[:LISTED]]
    elif asked == "place":
        placed = chosen.with_place() if isinstance(chosen, Selection) else [
            e for e in chosen if e.place]  # fmt: skip
        if not placed:
            return nothing(reading, sources, f"the graph has the {_noun(kind)} but no place "
                           "for it")  # fmt: skip
        chosen, value = placed, placed[0].place
        lines = [_event_text(e, sources, reading) for e in placed[:LISTED]]
    elif asked == "person":
        asked_people = set(reading.people)
        others = (c for e in chosen for p in e.people
                  if (c := graph.people.canonical(p)) not in asked_people)  # fmt: skip
        value = next(others, None)  # the first person of the first events: no more are read
        lines = [_event_text(e, sources, reading) for e in chosen[:LISTED]]
    else:
        value = len(chosen)
        lines = [_event_text(e, sources, reading) for e in chosen[:LISTED]]
    more = f" ({len(chosen) - LISTED} more)" if len(chosen) > LISTED else ""
    return Answer(
        reading.question,
        kind,
        "; ".join(lines) + "." + more,
        value=value,
        as_of=chosen[-1].date,
        items=[_event_item(e, graph, set(reading.people)) for e in chosen[:ITEMS]],
        sources=[_cite(c) for e in chosen[:LISTED] for c in citations(e)[:CITED]],
    )


def _event_text(event: ResolvedEvent, sources: Sources, reading: Reading) -> str:
    """'Kassym-Jomart Tokayev met Emmanuel Macron in Paris on 29 November 2022', 'Kazakhstan
    and the United Kingdom signed the Strategic Partnership', 'the United States accused Libya'."""
    asked = [c for c in reading.countries if c in event.countries]
    codes = asked + [c for c in event.countries if c not in asked]  # the question's first
    names = [country(sources.knowledge, c) for c in codes]
    people = list(event.people)
    when = _when(event.date)
    where = f" in {event.place}" if event.place and not sources.knowledge.countries.code_named(
        event.place) else ""  # fmt: skip
    planned = event.status == "planned"
    if event.mode == "visit":
        who = " and ".join(people) or (names[0] if names else "someone")
        host = sources.knowledge.countries.code_named(event.place or "")
        target = country(sources.knowledge, host) if host else (
            event.place or (names[-1] if len(names) > 1 else ""))  # fmt: skip
        verb = "is to visit" if planned else "visited"
        return cap(f"{who} {verb} {target}{when}")
    if event.agreement is not None or event.mode == "sign":
        thing = f"the {event.agreement}" if event.agreement else "an agreement"
        verb = "are to sign" if planned else "signed"
        return cap(f"{_together(names)} {verb} {thing}{where}{when}")
    if event.type in ("CONSULT", "AGREE", "COOPERATE"):
        who = " and ".join(people) if len(people) > 1 else _together(people + names)
        forms = {"CONSULT": ("met", "are to meet"), "AGREE": ("agreed", "are to agree"),
                 "COOPERATE": ("cooperated", "are to cooperate")}[event.type]  # fmt: skip
        return cap(f"{who} {forms[planned]}{where}{when}")
    done, plan = default_question_words().verbs.get(event.type, ("acted towards", "is to act"))
    directed = [country(sources.knowledge, c) for c in event.countries]  # source, then targets
    source = people[0] if people else (directed[0] if directed else "someone")
    targets = _together(directed[1:]) if len(directed) > 1 else ""
    return cap(f"{source} {plan if planned else done} {targets}{where}{when}".replace("  ", " "))


def _together(names: list[str]) -> str:
    """'France and Kazakhstan', 'the United States, Japan and 4 other countries'."""
    if len(names) <= 2:
        return " and ".join(names)
    return f"{names[0]}, {names[1]} and {len(names) - 2} other countries"


def _when(anchor: str | None) -> str:
    if not anchor:
        return ""
    if "/" in anchor:
        first, last = anchor.split("/", 1)
        return f" between {day(first)} and {day(last)}"
    return f" on {day(anchor)}" if len(anchor) == 10 else f" in {day(anchor)}"


def _event_item(e: ResolvedEvent, graph: GraphView, asked: set[str]) -> dict[str, Any]:
    """One event; ``person`` is the first participant the question did not name (whom X met)."""
    others = [p for p in e.people if graph.people.canonical(p) not in asked]
    return {"type": e.type, "mode": e.mode, "status": e.status, "date": e.date,
            "place": e.place, "person": others[0] if others else None,
            "people": list(e.people), "countries": list(e.countries),
            "agreement": e.agreement, "docs": e.article_ids}  # fmt: skip


def _cite(c: Any) -> SourceSentence:
    return SourceSentence(c.doc, c.sentence, c.start, c.end, c.published_on)


def answer_between(reading: Reading, sources: Sources) -> Answer | None:
    """What happened between two countries (in a period): a short dated list."""

    codes = reading.countries[:2]
    if len(codes) < 2:
        return None
    low = (reading.span[0] if reading.span else reading.periods[0]) if (
        reading.span or reading.periods) else None  # fmt: skip
    high = (reading.span[1] if reading.span else reading.periods[-1]) if low else None
    chosen = _between(sources.view(), reading, codes, low, high)
    if not chosen:
        return nothing(reading, sources, f"no event between {_about(reading, sources)[10:]} "
                       "is recorded")  # fmt: skip
    return _events_answer(reading, sources, "between", chosen)


def _between(
    graph: GraphView, reading: Reading, codes: list[str], low: str | None, high: str | None
) -> Sequence[ResolvedEvent]:
    """The pair's timeline (``GraphView.timeline``: occurred events by date, then planned ones
    by first report) in the window from ``low`` to ``high``, less the events whose date does
    not meet the asked time (undated ones are not "in" it), as columns (``query.event_table``)."""
    table = event_columns(graph)
    empty = np.empty(0, dtype=np.int64)
    pair = [table.by_country.get(code, empty) for code in codes]
    chosen = table.select(pair, None, _asked_ranges(reading))
    if low is not None:
        chosen = table.within(chosen, low, high)
    occurred, planned = chosen[table.occurred[chosen]], chosen[table.planned[chosen]]
    return Selection(table, [(occurred, table.timeline_keys(occurred, planned=False)),
                             (planned, table.timeline_keys(planned, planned=True))])  # fmt: skip


def answer_office(reading: Reading, sources: Sources) -> Answer | None:
    """Who held an office at a date ("who was France's president in 2019"), or what offices a
    person held ("Who is Vassilenko?")."""

    graph = sources.view()
    if not reading.roles and reading.people:
        if reading.asked == "person" or (
            default_question_words().lists["person_office"] & set(reading.words)
        ):
            return _offices_of(reading, sources, graph)
        return answer_events(reading, sources)  # a name alone: what the person took part in
    role = reading.roles[0] if reading.roles else None
    where = reading.countries[0] if reading.countries else None
    if role is None or where is None:
        return None
    terms, on = _terms(graph, where, role, reading)
    slot = next(s for s in reading.slots if s.kind == "role")
    written = " ".join(slot.text.lower().split())
    named = written.removesuffix("s") if written.endswith("ers") else written
    if not re.fullmatch(r"[a-z -]+", named) or any(
        s.kind == "country" and slot.start <= s.start < slot.end for s in reading.slots
    ):
        named = role.replace("_", " ")  # "head of the Czech government": the role's name
    title = f"{named} of {country(sources.knowledge, where)}"
    if not terms:
        return nothing(reading, sources, f"no {title} on {day(on.isoformat())} is known")
    names = " then ".join(t.person for t in terms)
    surname = terms[-1].person.split()[-1]
    hits = sources.search(f'"{surname}"', 3)
    verb = "is" if on == (graph.latest or date.today()) and not reading.periods else "was"
    when = f"in {day(reading.periods[0])}" if reading.periods else f"as of {day(on.isoformat())}"
    return Answer(
        reading.question, "office", f"{names} {verb} the {title} {when}.",
        value=terms[-1].person, as_of=on.isoformat(),
        items=[{"person": t.person, "role": t.role, "country": t.country, "start": t.start,
                "end": t.end, "source": t.source} for t in terms],
        sources=cited(hits),
    )  # fmt: skip


def _terms(graph: GraphView, where: str, role: str, reading: Reading) -> tuple[list[Any], date]:
    if reading.periods and len(reading.periods[0]) == 4:
        year = int(reading.periods[0])
        terms = [t for t in graph.holders.holders(where, role) if t.start.year <= year
                 and (t.end is None or t.end.year >= year)]  # fmt: skip
        return terms, date(year, 12, 31)
    on = graph.latest or date.today()
    if reading.periods:
        first = reading.periods[0].split("/")[0]
        parts = [int(p) for p in first.split("-")] + [1, 1]
        on = date(parts[0], parts[1], parts[2])
    found = graph.role(where, role, on)
    return ([found] if found else []), on


def _offices_of(reading: Reading, sources: Sources, graph: GraphView) -> Answer:

    name = reading.people[0]
    reported = graph.offices_reported(name)
    if not reported:
        return nothing(reading, sources, f"no office of {name} is recorded")
    parts = [
        f"{r.role.replace('_', ' ')}"
        + (f" of {country(sources.knowledge, r.country)}" if r.country else "")
        + f" (reported {day(r.first_reported.isoformat() if r.first_reported else None)}"
        + (f" to {day(r.last_reported.isoformat())}" if r.last_reported and
           r.last_reported != r.first_reported else "") + ")"
        for r in reported
    ]  # fmt: skip
    hits = sources.search(f'"{name.split()[-1]}"', 3)
    return Answer(
        reading.question, "person", f"{name}: {'; '.join(parts)}.",
        value=reported[-1].role,
        items=[{"role": r.role, "country": r.country, "first_reported": r.first_reported,
                "last_reported": r.last_reported, "docs": list(r.articles)} for r in reported],
        sources=cited(hits),
    )  # fmt: skip
