"""A demand reported as what another state must do.

Trade and crisis news tells a demand as reported speech with a modal of obligation: "U.S.
officials said Japan must open its markets", "Shultz said the Soviet Union should withdraw
its troops". The speaker's state asks the other state (PLOVER REQUEST, CAMEO 10) although no
verb of asking is written. The modal (triggers.yaml ``words.obligation``) must carry the
verb of a clause reported by a verb of saying, whose subject names exactly one state, and the
speaker's side another: "Japanese officials said Japan must cut its surplus" (one state) and
"analysts said Japan must act" (nobody's state) are no demand; "Washington has told Tokyo it
must cut its surplus" demands of the one told.

What a verb of asking asks another party to do (triggers.yaml ``words.asking``: "urged Kenya
to hold talks", "called on the tea council to convene a meeting") is that request's content,
not a plan of the one asked: ``is_demanded`` drops it as it drops the act a modal demands.
One's own side told to act ("told their governments to speed up the signing"), a request to
meet the asker ("asked Soto to meet her") and an invitation ("invited X to visit") stay plans.
"""

from __future__ import annotations

from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.frames import Frame
from diplograph.extract.lexicon import Trigger
from diplograph.extract.mentions import Actor
from diplograph.extract.participants import (
    _actors_of,
    _is_infinitive,
    as_state,
    asked_phrases,
    clause_subjects,
    own_side,
)
from diplograph.extract.timing import _status_and_date
from diplograph.models import Event, Evidence

_PERSONAL_OBJECTS = frozenset({"him", "her", "us", "them", "me"})


def reported_demands(sent: Any, ctx: ArticleContext) -> list[Event]:
    """The demands a sentence reports with a modal of obligation (none in a lone sentence,
    which is coded by its own verb)."""
    if ctx.lone_sentence:
        return []
    found: list[Event] = []
    for modal in sent:
        if modal.dep_ == "aux" and modal.lower_ in ctx.lex.triggers.words.obligation:
            event = _demand(modal, ctx)
            if event is not None:
                found.append(event)
    return found


def is_demanded(verb: Any, ctx: ArticleContext) -> bool:
    """Whether another state demands the verb's act ("Shultz said the Soviet Union should
    withdraw its troops"): then the act is asked for, not planned by its subject."""
    if ctx.lone_sentence:
        return False
    if _asked_for(verb, ctx):
        return True
    obligation = ctx.lex.triggers.words.obligation
    modals = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in obligation]
    return bool(modals) and _parties(modals[0], ctx) is not None


def is_sought(token: Any, ctx: ArticleContext) -> bool:
    """An event noun that a verb of asking asks for: "Japan asked for talks with China",
    "pressed for a meeting" (``words.asking``), or the object of a verb whose object is what
    is asked ("Seoul has sought a meeting with Tokyo", "urged talks"; ``words.requesting``;
    not "called a meeting", convened, nor "told the meeting", addressed): the content of a
    request, not a planned event."""
    if token.pos_ != "NOUN":
        return False
    head = token.head
    words = ctx.lex.triggers.words
    if token.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
        verb = head.head  # "asked for talks", "pressed for a meeting"
        return verb.pos_ == "VERB" and verb.lemma_.lower() in words.asking
    return token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in words.requesting


def _asked_for(node: Any, ctx: ArticleContext) -> bool:
    """The act is the infinitive of a verb of asking with another party asked ("urged Kenya
    to hold talks", "called on the tea council to convene a meeting"; ``words.asking``): a
    REQUEST's content, not a plan of the one asked. One's own side told to act ("told their
    governments to speed up the signing") plans it, and an invitation's infinitive is a plan
    ("invited X to visit")."""
    if node.dep_ == "dobj" and node.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "to convene another meeting": the meeting is convened
    asking = ctx.lex.triggers.words.asking
    if _demanded_by_a_noun(node, asking):
        return True
    node = _asked_infinitive(node, asking)
    head = node.head
    if head.lemma_.lower() not in asking:
        return False
    if node.dep_ == "ccomp" and node.tag_ == "VB" and clause_subjects(node):
        # "demanded that Peru lift its curbs": a subjunctive clause is what is asked
        return not any(c.dep_ == "aux" and c.lower_ != "to" for c in node.children)
    if node.dep_ not in ("xcomp", "advcl") or not _is_infinitive(node):
        return False  # "told Reuters Taiwan and the U.S. have been holding talks": a report
        # ("called on Uganda on Wednesday to open talks": the parser may hang it as advcl)
    own = {a.country for a in _states(clause_subjects(head), ctx)}
    asked = asked_phrases(node)
    inside = {t.i for p in asked for t in p.subtree}
    if any(  # "asked Soto to meet her in Lima", "urged him to visit Peru": an invitation
        # to the asker's side (a pronoun object of the infinitive is not the one asked)
        (t.lower_ in _PERSONAL_OBJECTS and node.i in (t.head.i, t.head.head.i))
        # (a state named as a thing's modifier is no one invited: "told Peru to lift its curbs
        # on Chilean wine")
        or (a is not None and a.country in own and t.dep_ not in ("amod", "compound", "poss"))
        for t in node.subtree
        if t.i not in inside and t.i > node.i
        for a in [ctx.actors.at(t.i)]
    ):
        return False
    for phrase in asked:
        named = [a for a in _actors_of(phrase, ctx.actors) if a.kind != "place"]
        if any(a.country is None or a.country not in own for a in named):
            return True
        if not named and not own_side(phrase):
            return True  # "the tea council", not "their governments"
    return False


def _demanded_by_a_noun(node: Any, asking: frozenset[str]) -> bool:
    """ "rejected a French demand that it lift import restrictions", "a call that Japan open
    its market": a subjunctive clause of a noun of asking is what is asked, not an act."""
    return (
        node.dep_ in ("acl", "relcl")  # "that" a mark, not a relative pronoun
        and node.tag_ in ("VB", "VBP")  # the parser reads "that it lift" as a present too
        and node.head.pos_ == "NOUN"
        and node.head.lemma_.lower() in asking
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
    )


def mandated_parties(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """Whom a verb of demanding asks through a subjunctive clause: "demanded that Iraq
    withdraw", "urged that Israel free the prisoners", "insisted that Tokyo should open its
    market" (the clause's subject; a clause with a tense of its own tells, it asks nothing:
    "insisted that the diplomat was a spy")."""
    modals = ctx.lex.triggers.words.obligation
    found: list[Actor] = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or any(
            c.dep_ == "mark" and c.lower_ != "that" for c in clause.children
        ):
            continue
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        if any(
            v.tag_ in ("VBD", "VBZ") or (v.tag_ == "MD" and v.lower_ not in modals) for v in verbs
        ):
            continue  # "said it would", "insisted that it was": told, not asked
        for subject in clause_subjects(clause):
            found += [a for a in _actors_of(subject, ctx.actors) if a.kind != "place"]
    return found


def _asked_infinitive(node: Any, asking: frozenset[str]) -> Any:
    """The infinitive of a verb of asking that an act lies in: the act itself, or the verb
    above it through an object or a preposition ("urged Norway to join it in imposing
    sanctions": imposing is in what is asked)."""
    found = node
    for _ in range(4):
        if found.head.lemma_.lower() in asking or found.head.i == found.i:
            break
        if found.dep_ not in ("pcomp", "pobj", "prep", "dobj", "xcomp"):
            break
        found = found.head
    return found if found.head.lemma_.lower() in asking and _is_infinitive(found) else node


def _parties(modal: Any, ctx: ArticleContext) -> tuple[list[Actor], list[Actor]] | None:
    """(the speaker's side, the state asked) of a modal of obligation in a reported clause
    whose subject is one state and whose speaker is of another, else None."""
    verb = modal.head
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_.lower() not in ctx.lex.triggers.reporting_verbs:
        return None
    if any(c.dep_ == "neg" for c in saying.children):
        return None  # "did not say Japan must ..."
    subjects = clause_subjects(verb)
    targets = _states(subjects, ctx)
    if not targets and any(h.lower_ in ("it", "they") for h in subjects):
        # "Washington has told Tokyo it must cut its surplus": the one told
        told = [c for c in saying.children if c.dep_ in ("dobj", "dative")]
        targets = _states(told, ctx)
    sources = _states(clause_subjects(saying), ctx)
    target = {a.country for a in targets}
    if len(target) != 1 or len({a.country for a in sources} - target) != 1:
        return None
    return [a for a in sources if a.country not in target], targets


def _demand(modal: Any, ctx: ArticleContext) -> Event | None:
    parties = _parties(modal, ctx)
    if parties is None:
        return None
    sources, targets = parties
    both = [*sources, *targets]
    return said_event(
        "REQUEST", modal.head.head, both, both, ctx, trigger=modal.text, confidence=0.6,
        modality=modal.lower_,
    )  # fmt: skip


def said_event(
    kind: str,
    saying: Any,
    parties: list[Actor],
    speakers: list[Actor],
    ctx: ArticleContext,
    *,
    trigger: str,
    confidence: float,
    modality: str | None = None,
) -> Event | None:
    """An event a verb of saying reports (a demand told by a modal, a threat told by a
    condition), dated as the saying is and cited by its sentence: ``parties`` give its
    countries in order, the people among ``speakers`` its people (a spokesman who tells the
    demand or the threat takes part in it)."""
    table = _saying_trigger(kind, ctx)
    if table is None:
        return None
    when = _status_and_date(Frame(table, saying, saying), ctx)  # the day it was said
    people = [a.code for a in speakers if a.kind == "person"]
    sent = saying.sent
    return Event(
        type=kind,
        mode=None,
        status="occurred",
        countries=tuple(dict.fromkeys(a.country for a in parties if a.country)),
        people=tuple(dict.fromkeys(p for p in people if p)),
        date=when.date,
        date_reason=when.reason,
        place=None,
        evidence=Evidence(ctx.article_id, ctx.sentence_text(sent), sent.start_char, sent.end_char),
        trigger=trigger,
        modality=modality,
        confidence=confidence,
    )


def _saying_trigger(kind: str, ctx: ArticleContext) -> Trigger | None:
    """A trigger of the tables of that type, for dating the saying as its events are dated."""
    for triggers in ctx.lex.triggers.verbs.values():
        for trigger in triggers:
            if trigger.type == kind and not trigger.needs_object:
                return trigger
    return None


def _states(heads: list[Any], ctx: ArticleContext) -> list[Actor]:
    """The states a subject names: countries, and people of a known country (not a place, a
    firm or a law: "Tokyo's brokers", "U.S. banks", "the U.S. Trade Act says")."""
    words = ctx.lex.triggers.words
    if any(h.pos_ == "NOUN" and h.lemma_.lower() in words.private_parties for h in heads):
        return []
    if any(h.lemma_.lower() in words.unilateral_documents for h in heads):
        return []
    # the subject is a state or a person ("Japan", "Yeutter") or a state's agents ("U.S.
    # officials"), not a thing of theirs ("the U.S. decision ... should support the dollar")
    heads = [h for h in heads if ctx.actors.at(h.i) is not None or _an_agent(h, words)]
    found = [
        as_state(a, ctx.lex, ctx.published_on) for h in heads for a in _actors_of(h, ctx.actors)
    ]
    return [a for a in found if a.country and a.kind in ("country", "person")]


def _an_agent(noun: Any, words: Any) -> bool:
    return noun.lemma_.lower() in words.state_agents or noun.lower_ in words.group
