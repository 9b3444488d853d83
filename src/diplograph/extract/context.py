"""One article as every extraction step sees it: the parse, its times, its actors, the lexicon.

Built once per article by the pipeline and passed to each step (events, facts, ranks), instead of
the same six or eight values travelling as positional parameters. What a step derives from the
article once (the token each time expression hangs from, the country mentions by offset) is
computed lazily here and shared.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from diplograph.extract.actors import inner_dateline
from diplograph.extract.lexicon import Lexicon
from diplograph.extract.mentions import DATELINE_DASHES, Actor, ArticleActors, dateline
from diplograph.models import Article, TimeExpression


@dataclass(frozen=True)
class ArticleContext:
    """The parsed article and what extraction knows about it.

    ``lone_sentence``: the text is one coded sentence without its article (PLOVER and CAMEO
    gold), where no main pair can complete a one-sided event.
    """

    article: Article
    doc: Any  # spacy.tokens.Doc
    lex: Lexicon
    times: tuple[TimeExpression, ...]
    actors: ArticleActors
    lone_sentence: bool = False
    # (sentence index, countries) of each event whose own words named two countries or more,
    # in text order:
    # the pair later sentences' "the agreement", "the two sides" refer back to
    focus: list[tuple[int, tuple[str, ...]]] = field(default_factory=list, compare=False)
    # the people and date of each of those events, in the same order ("met X on Tuesday and
    # the two agreed": the two are the people of the meeting, and it was then)
    focus_people: list[tuple[tuple[str, ...], str | None]] = field(
        default_factory=list, compare=False
    )
    # (sentence index, type, status, date) of each event dated by a time expression of its own:
    # "The agreement was signed by ..." a sentence later happened on that day
    # (sentence, type, status, day, people) of each event dated by its own words
    dated_events: list[tuple[int, str, str, str, frozenset[str]]] = field(
        default_factory=list, compare=False
    )
    # (sentence index, visitors, status, date) of each visit dated by its own words: what
    # happens "during his visit" later happens then
    dated_visits: list[tuple[int, frozenset[str], str, str]] = field(
        default_factory=list, compare=False
    )
    # (token index, type, agents) of each hostile act told as done: what a later "condemned
    # the invasion" condemns
    hostile_acts: list[tuple[int, str, tuple[str, ...]]] = field(
        default_factory=list, compare=False
    )
    # (sentence index, accuser, accused) of each accusation told as made: what a later
    # "denied targeting civilians" answers
    accusations: list[tuple[int, str, str]] = field(default_factory=list, compare=False)

    @property
    def article_id(self) -> str:
        return self.article.id

    def sentence_text(self, sent: Any) -> str:
        """A sentence as the article writes it (the parse reads a copy: ``parsing.for_parse``)."""
        return self.article.text[sent.start_char : sent.end_char]

    @property
    def published_on(self) -> date | None:
        return self.article.published_on

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def sentence_starts(self) -> list[int]:
        """The token index where each sentence starts."""
        return [s.start for s in self.doc.sents]

    @cached_property
    def sentence_char_starts(self) -> list[int]:
        """The character offset where each sentence starts."""
        return [s.start_char for s in self.doc.sents]

    def sentence_index(self, token: Any) -> int:
        return bisect_right(self.sentence_starts, token.i) - 1

    def sentence_start(self, token: Any) -> int:
        """The token index where the token's sentence starts (``Token.sent`` rebuilds the
        sentence on every call)."""
        return self.sentence_starts[self.sentence_index(token)]

    def recent_pair(
        self, token: Any, window: int = 2, bilateral: bool = False
    ) -> tuple[str, ...] | None:
        """The pair of the last event that named two countries (``bilateral``: exactly two) in
        this sentence or the ``window`` sentences before it: what a one-sided or generic
        mention continues."""
        here = self.sentence_index(token)
        for index, named in reversed(self.focus):
            if index > here:
                continue
            if index < here - window or (bilateral and len(named) != 2):
                return None
            return named[:2]
        return None

    def recent_other_pair(
        self, token: Any, own: set[str], window: int = 3
    ) -> tuple[str, ...] | None:
        """The pair of the last event of two countries, neither of them in ``own``, in this
        sentence or the ``window`` before it: the pair a third state speaks to."""
        here = self.sentence_index(token)
        for index, named in reversed(self.focus):
            if index > here:
                continue
            if index < here - window:
                return None
            if len(named) == 2 and not own & set(named):
                return named
        return None

    def _focus_back(
        self, token: Any, window: int
    ) -> Iterator[tuple[tuple[str, ...], tuple[tuple[str, ...], str | None]]]:
        """(countries, (people, date)) of the events in focus, last first, in this sentence
        or the ``window`` before it."""
        here = self.sentence_index(token)
        for (index, named), told in zip(
            reversed(self.focus), reversed(self.focus_people), strict=True
        ):
            if index > here:
                continue
            if index < here - window:
                return
            yield named, told

    def recent_meeting_pair(self, token: Any, window: int = 2) -> tuple[str, ...] | None:
        """The pair of the last event in which two people or more of two countries were
        together, in this sentence or the ``window`` before it: whom "the sides" and "the two"
        are ("X met Y on Monday. X returned from Zambia on Sunday. The sides agreed")."""
        return next(
            (
                named[:2]
                for named, (people, _) in self._focus_back(token, window)
                if len(people) >= 2
            ),
            None,
        )

    def recent_people(
        self, token: Any, pair: tuple[str, ...], window: int = 2
    ) -> tuple[tuple[str, ...], str | None]:
        """The people and date of the last event of this pair with two people or more (not a
        statement of one), in this sentence or the ``window`` before it: who "the two" are, and
        when they were together."""
        return next(
            (
                told
                for named, told in self._focus_back(token, window)
                if set(named) == set(pair) and len(told[0]) >= 2
            ),
            ((), None),
        )

    def recent_date(self, token: Any, type_: str, status: str, window: int = 2) -> str | None:
        """The date of the last event of this type and status dated by its own words in this
        sentence or the ``window`` before it."""
        here = self.sentence_index(token)
        for index, kind, state, day, _ in reversed(self.dated_events):
            if index > here:
                continue
            if index < here - window:
                return None
            if kind == type_ and state == status:
                return day
        return None

    @cached_property
    def delegations(self) -> dict[str, tuple[Actor, ...]]:
        """The people who lead each country's delegation, from "the Nigerian team, headed by
        Finance Minister X and Governor Y" anywhere in the article (names.yaml
        ``leader_verbs``): what the country's unnamed side ("representatives from Nigeria",
        "the Nigerians") does in its talks, they do."""
        leading = self.lex.names.leader_verbs
        out: dict[str, list[Actor]] = {}
        for token in self.doc:
            if token.dep_ != "acl" or token.lemma_.lower() not in leading:
                continue
            if self.actors.at(token.head.i) is not None:
                continue  # "Kim, who leads ...": a person, not a delegation
            own = [  # "the Nigerian team": the delegation's own country
                actor.country
                for child in token.head.children
                if child.dep_ in ("amod", "compound", "poss")
                and (actor := self.actors.at(child.i)) is not None
                and actor.country
            ]
            heads = [
                actor
                for agent in token.children
                if agent.dep_ == "agent"
                for node in agent.subtree
                if (actor := self.actors.at(node.i)) is not None and actor.kind == "person"
            ]
            for actor in heads:
                country = actor.country or (own[0] if own else None)
                if country is None:
                    continue
                people = out.setdefault(country, [])
                if all(p.code != actor.code for p in people):
                    people.append(actor)
        return {country: tuple(people) for country, people in out.items()}

    @cached_property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """(start, end) character offsets of every sentence."""
        return tuple((s.start_char, s.end_char) for s in self.doc.sents)

    @cached_property
    def time_at(self) -> dict[int, TimeExpression]:
        """The root token of each time expression, by token index."""
        out: dict[int, TimeExpression] = {}
        for expr in self.times:
            span = self.doc.char_span(expr.start, expr.end, alignment_mode="expand")
            if span is not None and len(span):
                out[span.root.i] = expr
        return out

    @cached_property
    def dated_at(self) -> dict[int, TimeExpression]:
        """``time_at`` without lengths ("a four-day visit") and without the day of a dateline
        ("JERUSALEM, March 4 - Israel withdrew its troops on Sunday": the day the story was
        filed, not the withdrawal's, which the parser may hang it on): the expressions that
        date things."""
        filed = self.dateline_days
        return {
            i: t
            for i, t in self.time_at.items()
            if not (t.type == "DURATION" and not t.anchor) and i not in filed
        }

    @cached_property
    def dateline_days(self) -> frozenset[int]:
        """The tokens between a dateline's place and the dash that ends it ("JERUSALEM, March
        4 -")."""
        doc, out = self.doc, set[int]()
        for start in self.datelines:
            for token in doc[start : min(len(doc), start + 10)]:
                if token.text in DATELINE_DASHES:
                    out.update(range(start, token.i))
                    break
        return frozenset(out)

    @cached_property
    def dated_root(self) -> dict[int, int]:
        """The root token of each expression in ``dated_at``, by the expression's identity."""
        out: dict[int, int] = {}
        for i, expr in self.dated_at.items():
            out.setdefault(id(expr), i)
        return out

    @cached_property
    def dateline_place(self) -> Actor | None:
        return dateline(self.doc, self.actors.mentions, self.lex.knowledge.place)

    @cached_property
    def datelines(self) -> frozenset[int]:
        """Where each dateline place starts: the story's, and those of a digest's later items
        ("BAHRAIN - Iranian forces renewed ..." at the start of a line)."""
        starts = {m.start for m in self.actors.mentions if inner_dateline(self.doc, m)}
        line = self.dateline_place
        if line is not None:  # "MADRID/ROME, April 5 -": each place of a shared dateline
            starts.add(line.start)
            end = line.end
            while end + 1 < len(self.doc) and self.doc[end].text == "/":
                joined = self.actors.at(end + 1)
                if joined is None or joined.kind != "place":
                    break
                starts.add(joined.start)
                end = joined.end
        return frozenset(starts)

    @cached_property
    def countries_at(self) -> tuple[tuple[int, int, str], ...]:
        """(start, end, country) of every mention that names or implies a country."""
        doc = self.doc
        out = []
        for mention in self.actors.mentions:
            if mention.country and mention.kind in ("country", "person", "place"):
                after = doc[mention.end].lower_ if mention.end < len(doc) else ""
                if after.startswith("dollar") or after.startswith("dlr"):
                    continue  # "US dollars" is a currency, not a party
                span = doc[mention.start : mention.end]
                out.append((span.start_char, span.end_char, mention.country))
        return tuple(out)
