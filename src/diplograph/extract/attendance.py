"""People a later sentence places at a meeting already told.

News names a meeting's parties in one sentence and its delegates in the next: "Trade
ministers of four countries met in Kyoto. Yeutter told reporters after the meeting ...",
"Carney, speaking on the sidelines of the talks, said ...". A definite meeting noun with no
parties of its own ("the meeting", "the talks") in a phrase of presence (triggers.yaml
``words.presence``: "at", "after", "during"; or a frame, ``words.frames``: "on the sidelines
of") hung on a verb places the verb's subject there: that person joins the meeting last told
when their country takes part in it. Saying something about a meeting ("X said the talks
were useful") does not place the speaker there, nor does "before the meeting". Nor is who
leads a delegation, a side or a commission (``words.leading_verbs``, ``words.led_groups``)
named only with the talks: "The Egyptian delegation will be led by X and the Israeli side by
Y", "X, who headed the Pakistani delegation, said".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.frames import _has_own_parties
from diplograph.extract.mentions import Actor
from diplograph.extract.participants import _actors_of, clause_subjects
from diplograph.models import Event

_DEFINITE = ("the", "this", "that")


def join_present(events: list[Event], sent: Any, ctx: ArticleContext) -> None:
    """Add to the meeting last told the people ``sent`` places at it (in place)."""
    if ctx.lone_sentence:
        return
    told = [k for k in reversed(range(len(events))) if _is_meeting(events[k])]
    # "Opening the meeting, X said" after a summit planned for later: the meeting held
    status = "planned" if _tells_the_future(sent) else "occurred"
    meeting = next((k for k in told if events[k].status == status), told[0] if told else None)
    if meeting is None:
        return
    for person in [*_present_people(sent, ctx), *_leading_people(sent, ctx)]:
        event = events[meeting]
        if person.code and person.country in event.countries and person.code not in event.people:
            events[meeting] = replace(event, people=(*event.people, person.code))


def _leading_people(sent: Any, ctx: ArticleContext) -> list[Actor]:
    """Named people of a state whom the sentence names as leading a delegation, a side or a
    commission: the agents of "led by" (with a gapped "and the other side by Y"), or the one a
    relative clause "who led the delegation" tells of."""
    words = ctx.lex.triggers.words
    found: list[Actor] = []
    for token in sent:
        if token.pos_ != "VERB" or token.lemma_.lower() not in words.leading_verbs:
            continue
        near = [*token.children]  # "is co-chaired": the parser hangs the subject on "is"
        near += [g for c in token.children if c.dep_ in ("aux", "auxpass") for g in c.children]
        groups = [
            g
            for g in near
            if g.dep_ in ("nsubjpass", "dobj", "nsubj") and g.lemma_.lower() in words.led_groups
        ]
        if not groups:
            continue
        # "the Egyptian delegation" gives its leader its state where the text gives none
        state = next((a.country for g in groups for a in _actors_of(g, ctx.actors)), None)
        within = {t.i for t in token.subtree}
        if token.dep_ == "relcl":  # "Zain Noorani, who led the Pakistani delegation"
            within.add(token.head.i)
        for actor in ctx.actors.mentions:
            if actor.kind == "person" and actor.end - 1 in within:
                if not actor.country and state:
                    actor = replace(actor, country=state)
                if actor.country and actor not in found:
                    found.append(actor)
    return found


def _tells_the_future(sent: Any) -> bool:
    """The sentence's main verb is future ("X will speak at the meeting")."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in sent.root.children)


def _is_meeting(event: Event) -> bool:
    return event.type == "CONSULT" and event.mode != "phone" and not event.negated


def _present_people(sent: Any, ctx: ArticleContext) -> list[Actor]:
    """Named people of a state whom the sentence places at a meeting noun told before."""
    found: list[Actor] = []
    for token in sent:
        if not _told_meeting(token, ctx):
            continue
        holder = _holding_verb(token, ctx.lex.triggers.words)
        if holder is None:
            continue
        for subject in _subjects(holder):
            for actor in _actors_of(subject, ctx.actors):
                if actor.kind == "person" and actor.country and actor.role != "spokesperson":
                    found.append(actor)
    return found


def _told_meeting(token: Any, ctx: ArticleContext) -> bool:
    """'the meeting', 'the talks': a definite meeting noun without parties or owner."""
    if token.pos_ != "NOUN":
        return False
    triggers = ctx.lex.triggers.nouns.get(token.lemma_.lower(), ())
    if not any(t.type == "CONSULT" and t.mode != "phone" for t in triggers):
        return False
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in token.children):
        return False
    if any(c.dep_ == "poss" for c in token.children):
        return False  # "their talks": said of others
    return not _has_own_parties(token, ctx.actors)


def _holding_verb(token: Any, words: Any) -> Any | None:
    """The verb a phrase of presence around the meeting noun hangs from: "told reporters
    after the meeting", "speaking on the sidelines of the talks", "said at a news conference
    after the meeting"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "of" and prep.head.lower_ in words.frames:  # on the sidelines of
        prep = prep.head.head
        if prep.dep_ != "prep":
            return None
    elif prep.lower_ not in words.presence and not _attending(prep, words.attending):
        return None
    holder = prep.head
    if holder.pos_ == "NOUN" and holder.dep_ == "pobj" and holder.head.dep_ == "prep":
        holder = holder.head.head  # "at a news conference after the talks"
    return holder if holder.pos_ in ("VERB", "AUX") else None


def _attending(prep: Any, verbs: frozenset[str]) -> bool:
    """'in' after a verb of taking part: "took part in", "participated in"."""
    verb = prep.head
    if prep.lower_ != "in" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    return lemma in verbs or any(f"{lemma}_{o}" in verbs for o in objects)


def _subjects(verb: Any) -> list[Any]:
    """Who does the verb: its subjects, or the noun a participle describes ("Carney,
    speaking on the sidelines, said"), or the main clause's subject of a participle clause."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return [verb.head]
    if verb.tag_ == "VBG" and not clause_subjects(verb):  # "Taking part in the talks were
        copulas = [verb.head] if verb.dep_ == "csubj" else []  # A and B" (the parser hangs
        copulas += [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]  # "were"
        attrs = [c for b in copulas for c in b.children if c.dep_ == "attr"]  # either way)
        if attrs:
            return attrs
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i != verb.i:
        return clause_subjects(verb.head)
    return clause_subjects(verb)
