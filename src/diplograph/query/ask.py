"""Questions in the user's own words, answered from the graph with their dates and citations.

``query/reading.py`` reads what is asked (intent) and about what (countries, places, people,
offices, indicators, times) from anywhere in the question. Intents answered from the graph:

- a figure: its value for a period, the latest, its change over time, two periods compared
  ("How many French firms are in Kazakhstan?", "trade volume Kazakhstan-UK 2022");
- who met whom, who visited where and when, what was signed between whom and when (with its
  status: signed or planned);
- who held an office at a date ("who was France's president in 2019"), a person's offices;
- what happened between two countries in a period (a short dated list).

Any other question is answered from the sentences that match its slots and words, with the span
of the asked kind (a person for who, a place for where, a date for when, a number for how many,
a name for what or which) said to be read from that sentence. When the graph holds nothing, the
answer says so and shows the closest sentences as "related", never as the answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from diplograph.errors import QueryError
from diplograph.knowledge import Knowledge
from diplograph.query.answering import (
    Answer,
    Hit,
    Sources,
    cited,
    nothing,
    related_sentences,
)
from diplograph.query.facts import Observation
from diplograph.query.graph import GraphView
from diplograph.query.reading import Known, Reading, default_question_words, read_question

MAX_QUESTION_CHARS = 500
RELATED_SECONDS = 0.05  # CPU time the search for related sentences may take: they are a help


def ask(question: str, sources: Sources) -> Answer:
    """Answer one question (with how it was read, in ``reading``). QueryError for a question
    over MAX_QUESTION_CHARS or one naming a day that does not exist."""
    if len(question) > MAX_QUESTION_CHARS:
        raise QueryError(f"the question is {len(question):,} characters long; ask in at most "
                         f"{MAX_QUESTION_CHARS}")  # fmt: skip
    _check_days(question)
    reading = read(question, sources)
    answer = answer_reading(reading, sources)
    answer.question = question
    answer.reading = reading.to_json()
    return answer


def read(question: str, sources: Sources) -> Reading:
    """How diplograph reads a question (intent and slots), without answering it."""
    today = sources.today or date.today()
    people: dict[str, str | None] = {}

    def person(name: str) -> str | None:
        if name not in people:
            people[name] = sources.view().person_named(name)
        return people[name]

    known = Known(
        sources.knowledge,
        sources.roles,
        lambda text, day=None: sources.find_times(text, day or today),
        person,
        sources.partner_words,
        sources.indicator_cues,
    )
    return read_question(question, known)


def answer_reading(reading: Reading, sources: Sources) -> Answer:
    from diplograph.query.answer_events import answer_between, answer_events, answer_office
    from diplograph.query.answer_figures import answer_figure

    handlers: dict[str, Callable[[Reading, Sources], Answer | None]] = {
        "figure": answer_figure,
        "meeting": answer_events,
        "visit": answer_events,
        "agreement": answer_events,
        "office": answer_office,
        "person": answer_office,
        "between": answer_between,
    }
    if reading.unknown_parties and reading.intent in (
        "meeting",
        "visit",
        "agreement",
        "between",
        "person",
        "figure",
        "office",
    ):
        return nothing(reading, sources, f"{', '.join(reading.unknown_parties)} is named in no "
                       "event of the graph")  # fmt: skip
    handler = handlers.get(reading.intent)
    found = handler(reading, sources) if handler else None
    if found is None:
        found = answer_from_sentences(reading, sources)
    endings = tuple(default_question_words().lists["descriptive_endings"])
    names = [w for w in reading.unresolved if not w.lower().endswith(endings)]
    if (
        found.found
        and names
        and found.confidence == "exact"
        and not any(n.lower() in source.sentence.lower() for n in names for source in found.sources)
    ):  # "Which capitals did Funaro visit?" with no Funaro in the graph: not anyone's visits
        return nothing(reading, sources, f"{', '.join(names)} is named in no fact of the graph")
    if found.found and found.confidence == "exact" and reading.unresolved:
        found.confidence = "loose"
        found.answer += (f" (Loosely matched: {', '.join(reading.unresolved)} matched nothing "
                         "in the graph.)")  # fmt: skip
    return found


_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(?:in|of|year) (0000)\b")


def _check_days(question: str) -> None:
    """A written ISO day that does not exist is refused, never moved to a nearby day."""
    for found in _DAY.finditer(question):
        if found[4]:
            raise QueryError(f"{found[4]} is not a date: ask 'in YYYY' or 'on YYYY-MM-DD' with a "
                             "year from 0001 and a day the month has")  # fmt: skip
        try:
            date(int(found[1]), int(found[2]), int(found[3]))
        except ValueError:
            raise QueryError(f"{found[0]} is not a date: ask 'in YYYY' or 'on YYYY-MM-DD' with a "
                             "year from 0001 and a day the month has") from None  # fmt: skip


_LABELS = {
    "person": ("PERSON",),
    "organisation": ("ORG",),
    "place": ("GPE", "LOC", "FAC"),
    "date": ("DATE",),
    "number": ("CARDINAL", "MONEY", "QUANTITY", "PERCENT"),
    "thing": ("ORG", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "NORP"),
}


def answer_from_sentences(reading: Reading, sources: Sources) -> Answer:
    """Questions outside the graph's intents: the span of the asked kind in the best matching
    sentence that has one, said to be read from that sentence."""
    hits = related_sentences(reading, sources)
    asked = reading.asked
    if not hits or asked is None or sources.spans is None:
        return nothing(reading, sources, "the question asks for no fact the graph keeps")
    mentioned = {s.text.lower() for s in reading.slots} | set(reading.words)
    for hit in hits:
        for label, text in sources.spans(hit.sentence):
            if label in _LABELS[asked] and text.lower() not in mentioned:
                return Answer(
                    reading.question, "sentence",
                    f"{text} (read from the sentence cited, not from the graph's facts).",
                    value=text, sources=cited([hit]), confidence="read",
                    related=cited([h for h in hits if h is not hit]),
                )  # fmt: skip
    article = "an" if asked[0] in "aeiou" else "a"
    return nothing(reading, sources, f"no matching sentence names {article} {asked}")


def make_sources(
    view: Callable[[], GraphView],
    facts: Callable[[str | None, str | None, str | None], list[Observation]],
    search: Callable[[str, int], list[Hit]],
    knowledge: Knowledge,
    today: date | None = None,
    related: Callable[[str, int], list[Hit]] | None = None,
) -> Sources:
    """``Sources`` over a store's view, figures and search, with the packaged data files."""
    from diplograph.extract.dates import find_time_expressions
    from diplograph.extract.indicators import load_indicator_rules
    from diplograph.extract.timex_rules import load_timex_rules
    from diplograph.offices import load_roles

    rules, timex = _cached("indicators", load_indicator_rules), _cached("timex", load_timex_rules)
    partner = {k: tuple(v) for k, v in rules.partner_words.items()}
    named = {"investment": "investment_stock"}  # indicators.yaml's name -> the stored one
    for yaml_name, stored in named.items():
        if yaml_name in partner:
            partner[stored] = partner[yaml_name]
    partner.setdefault("companies", ("in",))
    cues = tuple((cue, named.get(ind, ind)) for cue, ind in rules.cues)
    return Sources(
        view=view,
        facts=facts,
        search=search,
        knowledge=knowledge,
        roles=_cached("roles", load_roles),
        find_times=lambda text, day: find_time_expressions(text, day, timex),
        partner_words=partner,
        indicator_cues=cues,
        spans=sentence_spans,
        today=today,
        related=related,
    )


_LOADED: dict[str, Any] = {}


def _cached(name: str, load: Callable[[], Any]) -> Any:
    if name not in _LOADED:
        _LOADED[name] = load()
    return _LOADED[name]


def sentence_spans(sentence: str) -> list[tuple[str, str]]:
    """Named spans of one sentence (spaCy's entity labels), for answers read from sentences;
    the pipeline is loaded on the first such question only."""
    from diplograph.extract.nlp import load_nlp

    nlp = _cached("nlp", load_nlp)
    return [(ent.label_, ent.text) for ent in nlp(sentence[:2000]).ents]
