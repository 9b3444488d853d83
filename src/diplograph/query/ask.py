"""English questions answered from the graph, offline, each answer with its date and citations.

Understood forms (case does not matter; country names, demonyms and codes all work):
- How many <demonym> companies operate in <country>?            -> companies (current, series)
- What was the <indicator> between <A> and <B> in <period>?     -> that figure for that period
  (indicators: trade turnover / trade / exports / imports / investment)
- How much has <country> invested in <country>?                 -> investment stock (current)
- Whom did <person> meet? / Who met <person>?                   -> meetings with dates
- What is the status of the <agreement> (between A and B)?       -> lifecycle, first/last report
- Who is / was the <office> of <country> (in YEAR | on DATE)?     -> the office holder at a date
Anything else falls back to the best matching sentences (BM25), and says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from diplograph.errors import QueryError
from diplograph.query.facts import Observation, current
from diplograph.query.graph import GraphView, citations
from diplograph.query.search import any_of

MAX_QUESTION_CHARS = 500

INDICATOR_WORDS = {
    "trade turnover": "trade_turnover",
    "turnover": "trade_turnover",
    "bilateral trade": "trade_turnover",
    "trade": "trade_turnover",
    "exports": "exports",
    "imports": "imports",
    "investment": "investment_stock",
    "investments": "investment_stock",
}
ROLE_WORDS = {
    "head of state": "head_of_state",
    "president": "head_of_state",
    "head of government": "head_of_government",
    "prime minister": "head_of_government",
    "foreign minister": "foreign_minister",
    "minister of foreign affairs": "foreign_minister",
    "secretary of state": "foreign_minister",
}


@dataclass
class Answer:
    question: str
    kind: str
    answer: str
    value: Any = None
    unit: str | None = None
    as_of: str | None = None
    items: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "kind": self.kind,
            "answer": self.answer,
            "value": self.value,
            "unit": self.unit,
            "as_of": self.as_of,
            "items": self.items,
            "sources": self.sources,
        }


View = Callable[[], GraphView]
Facts = Callable[[str, str | None, str | None], list[Observation]]
Search = Callable[[str, int], list[tuple[str, int, int, str, float]]]
Country = Callable[[str], str | None]


def ask(question: str, view: View, facts: Facts, search: Search, country: Country) -> Answer:
    """Answer one question; ``view()`` gives the resolved graph (asked for only by questions
    about people, agreements and offices), ``facts(indicator, of, in)`` and
    ``search(text, n)`` read the store. QueryError for a question over MAX_QUESTION_CHARS or
    one naming a day that does not exist."""
    if len(question) > MAX_QUESTION_CHARS:
        raise QueryError(f"the question is {len(question):,} characters long; ask in at most "
                         f"{MAX_QUESTION_CHARS}")  # fmt: skip
    text = " ".join(question.strip().rstrip("?").split())
    lowered = text.lower()
    for pattern, handler in _HANDLERS:
        match = pattern.search(lowered)
        if match:
            answer = handler(question, text, match, view, facts, country)
            if answer is not None:
                return answer
    return _fallback(question, text, search)


def _companies(q: str, text: str, m: re.Match[str], view: View, facts: Facts,
               country: Country) -> Answer | None:  # fmt: skip
    of, in_ = country(m["of"]), country(m["in"])
    if not of or not in_:
        return None
    found = facts("companies", of, in_)
    return _figure_answer(q, "companies", found, f"companies with {of} capital in {in_}")


def _indicator(q: str, text: str, m: re.Match[str], view: View, facts: Facts,
               country: Country) -> Answer | None:  # fmt: skip
    indicator = INDICATOR_WORDS.get(m["what"].strip())
    a, b = country(m["a"]), country(m["b"])
    if not indicator or not a or not b:
        return None
    found = facts(indicator, b, a) if indicator in ("trade_turnover",) else facts(indicator, a, b)
    period = m["period"]
    if period:
        found = [o for o in found if o.period and o.period.startswith(period)]
    return _figure_answer(q, indicator, found, f"{indicator} between {a} and {b}")


def _invested(q: str, text: str, m: re.Match[str], view: View, facts: Facts,
              country: Country) -> Answer | None:  # fmt: skip
    of, in_ = country(m["of"]), country(m["in"])
    if not of or not in_:
        return None
    found = facts("investment_stock", of, in_)
    return _figure_answer(q, "investment_stock", found, f"investment of {of} in {in_}")


def _figure_answer(q: str, kind: str, found: list[Observation], what: str) -> Answer:
    latest = current(found)
    if latest is None:
        return Answer(q, kind, f"No figure for {what} is in the graph.")
    hedge = {"more_than": "over ", "less_than": "under ", "about": "about "}.get(
        latest.qualifier, ""
    )
    earlier = [o for o in found if o is not latest]
    note = ""
    if earlier:
        first = earlier[0]
        first_hedge = {"more_than": "over ", "less_than": "under ", "about": "about "}.get(
            first.qualifier, ""
        )
        note = f" (was {first_hedge}{first.value:,.0f} as of {first.as_of})"
    conflict = " Other values exist for the same period." if latest.conflict else ""
    return Answer(
        q,
        kind,
        f"{hedge}{latest.value:,.0f} {latest.unit} as of {latest.as_of}{note}.{conflict}",
        value=latest.value,
        unit=latest.unit,
        as_of=latest.as_of,
        items=[
            {
                "period": o.period,
                "as_of": o.as_of,
                "value": o.value,
                "qualifier": o.qualifier,
                "conflict": o.conflict,
                "of": o.of,
                "in": o.in_,
            }
            for o in found
        ],
        sources=[
            {"doc": c.article_id, "sentence": c.sentence, "start": c.start, "end": c.end}
            for c in latest.citations
        ],
    )


def _met(q: str, text: str, m: re.Match[str], view: View, facts: Facts,
         country: Country) -> Answer | None:  # fmt: skip
    name = _original_case(text, m["name"])
    graph = view()
    meetings = graph.who_met(name)
    if not meetings:
        return Answer(q, "who_met", f"No meeting of {name} is in the graph.")
    items = [
        {"person": other, "date": ev.date, "place": ev.place, "mode": ev.mode,
         "docs": ev.article_ids}
        for other, ev in meetings
    ]  # fmt: skip
    sources = [
        {"doc": c.doc, "sentence": c.sentence, "start": c.start, "end": c.end}
        for _, ev in meetings
        for c in citations(ev)
    ]
    listed = "; ".join(f"{i['person']} ({i['date'] or 'no date'})" for i in items)
    return Answer(q, "who_met", f"{graph.people.canonical(name)} met {listed}.", items=items,
                  sources=sources)  # fmt: skip


def _status(q: str, text: str, m: re.Match[str], view: View, facts: Facts,
            country: Country) -> Answer | None:  # fmt: skip
    name = _original_case(text, m["name"])
    parties = {c for c in (country(m["a"] or ""), country(m["b"] or "")) if c}
    agreement = view().agreement(name, parties or None)
    if agreement is None:
        return Answer(q, "agreement", f"No agreement like {name!r} is in the graph.")
    first, last = agreement.first_reported, agreement.last_reported
    steps = [
        {"status": s.status, "date": s.date, "reported_on": s.reported_on, "doc": s.article_id}
        for s in agreement.steps
    ]
    return Answer(
        q,
        "agreement",
        f"{agreement.name}: {agreement.status} (reported {first} to {last}).",
        value=agreement.status,
        as_of=last.isoformat() if last else None,
        items=[
            {
                "first_reported": first,
                "last_reported": last,
                "steps": steps,
                "parties": sorted(agreement.parties),
            }
        ],
        sources=[
            {"doc": s.article_id, "sentence": s.sentence, "start": s.start, "end": s.end}
            for s in agreement.steps
        ],
    )


def _office(q: str, text: str, m: re.Match[str], view: View, facts: Facts,
            country: Country) -> Answer | None:  # fmt: skip
    role = ROLE_WORDS.get(m["role"].strip())
    where = country(m["country"])
    if not role or not where:
        return None
    graph = view()
    on = _date_of(m["when"], graph.latest)
    terms = (
        [t for t in graph.holders.holders(where, role) if t.start.year <= on.year
         and (t.end is None or t.end.year >= on.year)]
        if m["when"] and re.fullmatch(r"(in )?\d{4}", m["when"].strip())
        else [t for t in [graph.role(where, role, on)] if t]
    )  # fmt: skip
    if not terms:
        return Answer(q, "role", f"No {role} of {where} on {on} is known.", as_of=on.isoformat())
    names = " then ".join(t.person for t in terms)
    return Answer(
        q,
        "role",
        f"{names} ({role.replace('_', ' ')} of {where}, as of {on}).",
        value=terms[-1].person,
        as_of=on.isoformat(),
        items=[
            {"person": t.person, "start": t.start, "end": t.end, "source": t.source} for t in terms
        ],
    )


def _date_of(when: str | None, latest: date | None) -> date:
    """The day a question asks about: its date, the last day of its year, or the newest
    article's day. QueryError for a day that does not exist (2023-02-30, year 0000)."""
    found = re.search(r"(\d{4})(?:-(\d{2})-(\d{2}))?", when or "")
    if found is None:
        return latest or date.today()
    try:
        if found[2]:
            return date(int(found[1]), int(found[2]), int(found[3]))
        return date(int(found[1]), 12, 31)
    except ValueError:
        raise QueryError(f"{found[0]} is not a date: ask 'in YYYY' or 'on YYYY-MM-DD' with a "
                         "year from 0001 and a day the month has") from None  # fmt: skip


def _fallback(q: str, text: str, search: Search) -> Answer:
    words = [w for w in re.findall(r"[A-Za-z0-9]+", text) if len(w) > 2]
    hits = search(any_of(words), 5) if words else []
    return Answer(
        q,
        "search",
        "This question form is not understood; these are the best matching sentences."
        if hits
        else "This question form is not understood, and no sentence matches it.",
        sources=[{"doc": d, "sentence": s, "start": a, "end": b} for d, a, b, s, _ in hits],
    )


def _original_case(text: str, lowered_part: str) -> str:
    start = text.lower().find(lowered_part)
    return text[start : start + len(lowered_part)] if start >= 0 else lowered_part


_NAME = r"(?P<name>[a-z][\w'’.-]*(?: [a-z][\w'’.-]*){0,4})"
_HANDLERS: list[tuple[re.Pattern[str], Callable[..., Answer | None]]] = [
    (re.compile(r"how many (?P<of>[\w .'-]+?) (?:companies|firms|enterprises|businesses)"
                r"(?: [\w ]+?)? (?:operate|work|are there|are active)? ?in (?P<in>[\w .'-]+)$"),
     _companies),
    (re.compile(r"what (?:was|is|were) the (?P<what>[\w ]+?) between (?P<a>[\w .'-]+?) and "
                r"(?P<b>[\w .'-]+?)(?: in (?P<period>\d{4}(?:-\d{2})?))?$"), _indicator),
    (re.compile(r"how much (?:has|have|did) (?:the )?(?P<of>[\w .'-]+?) invest(?:ed)? in "
                r"(?P<in>[\w .'-]+)$"), _invested),
    (re.compile(rf"(?:whom|who) did {_NAME} meet$"), _met),
    (re.compile(rf"who met {_NAME}$"), _met),
    (re.compile(r"what is the status of (?:the )?(?P<name>.+?)(?: between (?P<a>[\w .'-]+?) and "
                r"(?P<b>[\w .'-]+?))?$"), _status),
    (re.compile(r"who (?:is|was) the (?P<role>" + "|".join(ROLE_WORDS) + r") of "
                r"(?P<country>[\w .'-]+?)"
                r"(?P<when> (?:in|on) \d{4}(?:-\d{2}-\d{2})?)?$"), _office),
]  # fmt: skip
