"""Acts told as another state's act done again: "followed suit", "followed Washington's lead".

News tells a wave of like acts by naming the first and then the states that "followed suit":
"The United States recognized Guaido as interim president on Wednesday ... Canada, Brazil and
Colombia quickly followed suit". Each state that followed did what the act just told did, to
the same party: three recognitions (PLOVER SUPPORT). The verb of following must be told as
done (not "had no plans to follow suit", "urged others to follow suit"), its object a noun of
emulation (triggers.yaml ``words.emulation_verbs``, ``words.emulation_nouns``), and the act
followed one told as done in the sentence or the two before, by another state to a party of
its own; a state's lead or example ("followed Washington's lead") is the first act the story
tells of that state, its news.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.parsing import previous_sentences
from diplograph.extract.participants import _actors_of, clause_subjects
from diplograph.extract.timing import _attached_time
from diplograph.models import Event, Evidence

_TOLD_AS_DONE = frozenset({"VBD", "VBN", "VBZ"})  # "followed", "have followed", "follows"


def followed_acts(sent: Any, ctx: ArticleContext, told: list[Event]) -> list[Event]:
    """The acts of the states a sentence says followed suit, one for each state."""
    if ctx.lone_sentence or not told:
        return []
    words = ctx.lex.triggers.words
    nouns = words.emulation_nouns
    found: list[Event] = []
    for verb in sent:
        if verb.lemma_.lower() not in words.emulation_verbs or verb.tag_ not in _TOLD_AS_DONE:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        states = [
            a.country
            for s in clause_subjects(verb)
            for a in _actors_of(s, ctx.actors)
            if a.kind == "country" and a.country
        ]
        leader = _whose_lead(verb, ctx)
        act = (
            _first_act_of(leader, told, set(states))
            if leader
            else _act_followed(verb, ctx, told, set(states))
        )
        if act is not None:
            found += [_done_again(act, state, verb, ctx) for state in dict.fromkeys(states)]
    return found


def _act_followed(
    verb: Any, ctx: ArticleContext, told: list[Event], followers: set[str]
) -> Event | None:
    """The last act told as done in the sentence or the two before, by a state that does not
    follow, to a party of its own (none that a follower did or underwent)."""
    start = verb.sent.start_char
    first = min(s.start_char for s in [verb.sent, *previous_sentences(ctx.doc, verb.sent, 2)])
    for event in reversed(told):
        if event.evidence.start >= start:
            continue
        if event.evidence.start < first:
            return None
        if _followable(event, followers):
            return event
    return None


def _followable(event: Event, followers: set[str]) -> bool:
    """An act told as done by one state to another, neither of them a follower (no meeting:
    meetings are not done again by others)."""
    return (
        event.status == "occurred"
        and event.type != "CONSULT"
        and len(event.countries) == 2
        and not followers & set(event.countries)
    )


def _whose_lead(verb: Any, ctx: ArticleContext) -> str | None:
    """The state whose lead or example is followed ("followed Trump's lead", "followed
    Washington's example"), None where the noun names no one ("followed suit")."""
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        for owner in (c for c in noun.children if c.dep_ == "poss"):
            states = [a.country for a in _actors_of(owner, ctx.actors) if a.country]
            if states:
                return states[0]
    return None


def _first_act_of(leader: str, told: list[Event], followers: set[str]) -> Event | None:
    """The first act the story tells the leader did to a party of its own: its news."""
    return next(
        (e for e in told if e.countries[:1] == (leader,) and _followable(e, followers)), None
    )


def _done_again(act: Event, state: str, verb: Any, ctx: ArticleContext) -> Event:
    """The act followed, done by ``state`` to the same party, cited by the sentence that tells
    it, on its own day or, with none, in the month of the act followed (after it, not said
    when), on its day when it followed within hours (``words.within_a_day``)."""
    sent = verb.sent
    when = _attached_time(verb, verb, ctx.dated_at, ctx.lex)
    date: str | None = (act.date or "")[:7] or None
    reason = "the month of the act it follows"
    hours = ctx.lex.triggers.words.within_a_day
    if any(t.lemma_.lower() in hours for t in verb.subtree):  # "within hours": that day
        date, reason = act.date, "the day of the act it follows, within hours"
    if when is not None and when.anchor:
        date, reason = when.anchor, f"time expression '{when.text}'"
    return replace(
        act,
        countries=(state, act.countries[1]),
        people=(),
        date=date,
        date_reason=reason,
        place=None,
        place_reason="",
        evidence=Evidence(ctx.article_id, ctx.sentence_text(sent), sent.start_char, sent.end_char),
        trigger=verb.text,
        agreement=None,
    )
