"""What an article says might be, not what happened or was arranged.

Two constructions of English news make an event mention a guess or a case, not a report:
a clause of condition ("if Congress closed its market to Korean goods, Seoul would ...": the
closing is a case put, not an act), and a speculative auxiliary with no time of its own
("Washington and Tokyo could reach a compromise"; triggers.yaml ``words.speculative``). A
hostile act under a condition stays a threat (``frames._as_threat``): the threat is the main
clause, the condition is what this module drops. The act a verb of threatening names
("threatened to break off relations") is the threat's content, not an act (``is_threatened``).
Lone sentences (coded one at a time, as PLOVER and CAMEO records are) keep both readings, as
their coders do.
"""

from __future__ import annotations

from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.frames import (
    Frame,
    _as_threat,
    _has_own_date,
    condition_clauses,
    vowed_payback,
)
from diplograph.extract.ultimatums import reported_threats_in

_CLAUSE_LINKS = ("xcomp", "conj", "dobj", "nsubj", "nsubjpass", "pobj", "prep", "pcomp", "acl")
_ARGUMENTS = ("dobj", "nsubj", "nsubjpass", "conj")


def is_hypothetical(found: Frame, ctx: ArticleContext) -> bool:
    """Whether the frame is a case put under "if"/"unless", or an undated guess."""
    if ctx.lone_sentence:
        return False
    words = ctx.lex.triggers.words
    if _a_prospect(found.token, words.prospects) and not _told_as_arranged(found.token, ctx):
        return True  # "would open the way for summit talks": what may follow, not a plan
    verb = _clause_verb(found.anchor)
    node = _clause_verb(found.anchor, _ARGUMENTS)  # "if he fails in talks tomorrow": the talks
    # are told as held; the failing is the case put
    for _ in range(3):  # "if Japan agreed to open its market": the condition holds "agreed"
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in words.conditions for c in node.children
        ):
            return True
        if any(c.dep_ == "mark" and c.lower_ in words.questions for c in node.children):
            return True  # "asked whether he would meet X": a question, not a plan
        if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head.i == node.i:
            break  # "if those comments signal that the State Department is opposed"
        node = node.head
    if verb.pos_ not in ("VERB", "AUX") or not words.speculative:
        return False
    if _as_threat(found, words) is not found:
        return False  # "could impose tariffs if no solution is found": a threat, not a guess
    carriers = [verb]  # "might have to hold a meeting", "could try to meet": the guess is
    while carriers[-1].dep_ == "xcomp" and len(carriers) < 3:  # on the verbs above
        carriers.append(carriers[-1].head)
    guessed = any(
        c.dep_ == "aux" and c.lower_ in words.speculative for v in carriers for c in v.children
    )
    return guessed and not _dated(found, verb, ctx)


def _a_prospect(token: Any, prospects: frozenset[str]) -> bool:
    """An event noun a path leads to: "pave the way for talks", "open the door to a visit"
    (triggers.yaml ``words.prospects``)."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ in ("for", "to")
        and head.head.lemma_.lower() in prospects
        and head.head.pos_ == "NOUN"
    )


def _told_as_arranged(token: Any, ctx: ArticleContext) -> bool:
    """An event noun with an owner, a definite article or a date of its own is one already
    arranged ("to pave the way for the Prime Minister's visit next week"), not a prospect."""
    if _has_own_date(token, ctx.dated_at):
        return True
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in token.children)


def _clause_verb(anchor: Any, links: tuple[str, ...] = _CLAUSE_LINKS) -> Any:
    """The verb of the clause a frame's anchor stands in: itself, or the verb a noun hangs
    on ("if talks fail": "fail"), through the dependencies ``links``."""
    node = anchor
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        if node.dep_ not in links:
            return node
        node = node.head
    return node


def _dated(found: Frame, verb: Any, ctx: ArticleContext) -> bool:
    """Whether a date hangs on the clause's verb or on the event's own words ("may visit
    Japan next month"), or an event noun has a date of its own; "soon" names none."""
    own = {found.token.i, found.anchor.i, verb.i}
    if found.token.pos_ in ("NOUN", "PROPN") and any(
        ctx.dated_at.get(t.i) is not None and ctx.dated_at[t.i].anchor for t in found.token.subtree
    ):
        return True  # "could be put to a summit planned for later this year": its own date
    for t in verb.subtree:
        expr = ctx.dated_at.get(t.i)
        if expr is not None and expr.anchor and (t.head.i in own or t.head.head.i in own):
            return True
    return False


def is_threatened(found: Frame, ctx: ArticleContext) -> bool:
    """The act a verb of threatening says the threatener may do ("Pakistan threatened to break
    off relations with Congo", "threatened to impose tariffs": the infinitive of a verb that
    triggers.yaml lists under THREATEN), or a reported clause tells as a threat ("said they
    would recognize Guaido unless Maduro called an election", ``ultimatums``): the content of
    the threat (PLOVER THREATEN), not an act done or planned. Lone sentences keep both
    readings, as their coders do."""
    if ctx.lone_sentence or found.trigger.type == "THREATEN":
        return False
    anchor = found.anchor
    if reported_threats_in(anchor, ctx):
        return True  # "said they would recognize Guaido unless Maduro called an election"
    if anchor.dep_ == "ccomp" and _a_verb_of_threatening(anchor.head, ctx):
        # "warned the Libyan leader that France would send its troops back to Chad if ...":
        # the warning carries the threat, its clause of condition says what it threatens
        return bool(condition_clauses(anchor, ctx.lex.triggers.words))
    if anchor.dep_ != "xcomp" or anchor.head.i == anchor.i:
        return False
    if vowed_payback(anchor, ctx.lex.triggers.words):
        return False  # "swore to retaliate": the vow is the threat (frames._as_threat)
    return _a_verb_of_threatening(anchor.head, ctx)


def _a_verb_of_threatening(head: Any, ctx: ArticleContext) -> bool:
    """A verb that triggers.yaml lists under THREATEN ("threaten", "warn")."""
    return head.pos_ == "VERB" and any(
        t.type == "THREATEN" for t in ctx.lex.triggers.verbs.get(head.lemma_.lower(), ())
    )
