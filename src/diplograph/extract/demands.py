"""A demand reported as what another state must do.

Trade and crisis news tells a demand as reported speech with a modal of obligation: "U.S.
officials said Japan must open its markets", "Shultz said the Soviet Union should withdraw
its troops". The speaker's state asks the other state (PLOVER REQUEST, CAMEO 10) although no
verb of asking is written. The modal (triggers.yaml ``words.obligation``) must carry the
verb of a clause reported by a verb of saying, whose subject names exactly one state, and the
speaker's side another: "Japanese officials said Japan must cut its surplus" (one state) and
"analysts said Japan must act" (nobody's state) are no demand.
"""

from __future__ import annotations

from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.frames import Frame
from diplograph.extract.mentions import Actor
from diplograph.extract.participants import _actors_of, clause_subjects
from diplograph.extract.timing import _status_and_date
from diplograph.models import Event, Evidence


def reported_demands(sent: Any, ctx: ArticleContext) -> list[Event]:
    """The demands a sentence reports with a modal of obligation (none in a lone sentence,
    which is coded by its own verb)."""
    if ctx.lone_sentence:
        return []
    words, table = ctx.lex.triggers.words, ctx.lex.triggers
    requests = [t for t in table.verbs.get("urge", ()) if t.type == "REQUEST"]
    if not requests:
        return []
    found: list[Event] = []
    for modal in sent:
        if modal.dep_ != "aux" or modal.lower_ not in words.obligation:
            continue
        verb = modal.head
        saying = verb.head
        if verb.dep_ != "ccomp" or saying.lemma_.lower() not in table.reporting_verbs:
            continue
        if any(c.dep_ == "neg" for c in saying.children):
            continue  # "did not say Japan must ..."
        event = _demand(modal, verb, saying, ctx, Frame(requests[0], saying, saying))
        if event is not None:
            found.append(event)
    return found


def is_demanded(verb: Any, ctx: ArticleContext) -> bool:
    """Whether another state demands the verb's act ("Shultz said the Soviet Union should
    withdraw its troops"): then the act is asked for, not planned by its subject."""
    if ctx.lone_sentence:
        return False
    words, table = ctx.lex.triggers.words, ctx.lex.triggers
    modal = next(
        (c for c in verb.children if c.dep_ == "aux" and c.lower_ in words.obligation), None
    )
    if modal is None or verb.dep_ != "ccomp":
        return False
    if verb.head.lemma_.lower() not in table.reporting_verbs:
        return False
    requests = [t for t in table.verbs.get("urge", ()) if t.type == "REQUEST"]
    frame = Frame(requests[0], verb.head, verb.head) if requests else None
    return frame is not None and _demand(modal, verb, verb.head, ctx, frame) is not None


def _demand(modal: Any, verb: Any, saying: Any, ctx: ArticleContext, frame: Frame) -> Event | None:
    targets = _states(clause_subjects(verb), ctx)
    sources = _states(clause_subjects(saying), ctx)
    target = {a.country for a in targets}
    source = {a.country for a in sources} - target
    if len(target) != 1 or len(source) != 1:
        return None
    when = _status_and_date(frame, ctx)
    sent = modal.sent
    people = [
        a.code for a in (*sources, *targets) if a.kind == "person" and a.role != "spokesperson"
    ]
    return Event(
        type="REQUEST",
        mode=None,
        status="occurred",
        countries=(*source, *target),  # type: ignore[arg-type]
        people=tuple(dict.fromkeys(p for p in people if p)),
        date=when.date,
        date_reason=when.reason,
        place=None,
        evidence=Evidence(ctx.article_id, sent.text, sent.start_char, sent.end_char),
        trigger=modal.text,
        modality=modal.lower_,
        confidence=0.6,
    )


def _states(heads: list[Any], ctx: ArticleContext) -> list[Actor]:
    """The states a subject names: countries, and people of a known country (not a place or a
    firm: "Tokyo's brokers", "U.S. banks")."""
    words = ctx.lex.triggers.words
    # the subject is a state or a person ("Japan", "Yeutter") or a state's agents ("U.S.
    # officials"), not a thing of theirs ("the U.S. decision ... should support the dollar")
    heads = [h for h in heads if ctx.actors.at(h.i) is not None or _an_agent(h, words)]
    found = [a for h in heads for a in _actors_of(h, ctx.actors)]
    if any(h.pos_ == "NOUN" and h.lemma_.lower() in words.private_parties for h in heads):
        return []
    if any(h.lemma_.lower() in words.unilateral_documents for h in heads):
        return []  # "the U.S. Trade Act says China must be a member": a law, not a demand
    return [a for a in found if a.country and a.kind in ("country", "person")]


def _an_agent(noun: Any, words: Any) -> bool:
    return noun.lemma_.lower() in words.state_agents or noun.lower_ in words.group
