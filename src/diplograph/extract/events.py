"""Events from trigger words over the dependency parse: type, mode, status, who, when, where.

A trigger (``data/triggers.yaml``) is a verb ("met", "signed") or a noun ("talks", "visit")
carried by a light verb ("held talks", "paid a visit") or by a possessor ("his meeting with").
Its participants are the actors in its subject and complements, its date the time expression
attached to it (else the publication date, said so in ``date_reason``), its place a place in its
complements (else the dateline), and its status "planned" when a word of intention governs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from diplograph.extract.actors import Actor, ArticleActors
from diplograph.extract.context import ArticleContext
from diplograph.extract.lexicon import EventWords, Lexicon, Trigger, TriggerTable
from diplograph.extract.merging import date_bounds, merge_events
from diplograph.extract.participants import (
    _ADDRESSED,
    _CLAUSE_DEPS,
    _DYADIC,
    _OBJECT_DEPS,
    _SUBJECT_DEPS,
    _actors_of,
    _as_states,
    _countries,
    _dative_recipients,
    _direct_objects,
    _governing_subject,
    _is_generic,
    _located_subjects,
    _nonstate_counterpart,
    _object_actors,
    _object_complements,
    _object_matches,
    _own_countries,
    _own_tokens,
    _pair_leaders,
    _participant_groups,
    _places_in,
    _reporting_state,
    _speaker,
    _subject_actors,
    _targets_located,
    _with_named_people,
)
from diplograph.models import Event, Evidence, TimeExpression

_DYADIC_NOUNS = frozenset({"CONSULT", "AGREE"})
_TARGETED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
_AGAINST = frozenset({"SANCTION", "THREATEN", "ASSAULT", "COERCE", "ACCUSE", "REJECT"})
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT"})
_UNKNOWN_ADDRESSEES = frozenset({"them", "us", "you", "it", "this", "that", "these", "those"})
_COMPLEMENT_DEPS = frozenset(
    {"dobj", "ccomp", "xcomp", "prep", "agent", "dative", "nsubjpass", "advcl", "attr"}
)
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
_PLACE_PREPS = frozenset({"in", "at", "to"})
_DAYS = re.compile(r"P(\d{1,2})([DW])")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)
_CARRYING_VERBS = frozenset({"take", "bring", "lead", "carry"})
_TOURS = frozenset({"tour", "swing", "round"})


@dataclass(frozen=True)
class _Found:
    trigger: Trigger
    token: Any  # the trigger token
    anchor: Any  # the verb whose subject is the actor (the light verb for "held talks")
    group: str | None = None  # the organisation or format whose meeting this is ("G7")


def find_events(ctx: ArticleContext) -> list[Event]:
    """All events of a parsed article, merged where one sentence or paragraph repeats another."""
    events: list[Event] = []
    bare: list[bool] = []
    for sent in ctx.doc.sents:
        for readings in _triggers(sent, ctx.lex, ctx.actors, ctx.lone_sentence, ctx.dated_at):
            found, built = _first_built(readings, ctx)  # the first reading that fits
            events.extend(built)
            bare += [_is_bare(found, event) for event in built]
    return _during_main_visit(merge_events(events, bare), ctx.published_on)


def _first_built(readings: list[_Found], ctx: ArticleContext) -> tuple[_Found, list[Event]]:
    """The events of the first reading that makes any: "recalled its ambassador" is a
    sanction, "recalled the talks" none; "welcomed the minister" a meeting, "welcomed the
    decision" support."""
    for found in readings:
        built = _build(found, ctx)
        if built:
            return found, built
    return readings[0], []


_DURING_VISIT_TYPES = frozenset({"CONSULT", "AGREE", "REQUEST", "SUPPORT", "COOPERATE"})


def _during_main_visit(events: list[Event], published_on: date | None) -> list[Event]:
    """Talks and signings an article reports without a date or place of their own happen
    during the visit it is about: they take the visit's date (when the visit is not dated by
    the day of publication anyway) and its place."""
    current = [e for e in events if e.people and _is_current(e, published_on)]
    main = next((e for e in current if e.mode == "visit"), None) or next(
        (e for e in current if e.type == "CONSULT" and e.mode == "meet" and e.date), None
    )
    if main is None:
        return events
    out = []
    for event in events:
        if event is not main and _is_part_of(event, main):
            event = _in_visit(event, main)
        out.append(event)
    return out


def _is_part_of(event: Event, main: Event) -> bool:
    """An event between the same countries, or with a person of the main event's."""
    return (
        event.type in _DURING_VISIT_TYPES
        and event.mode not in ("visit", "phone")
        and (
            set(event.countries) == set(main.countries)
            or bool(set(event.people) & set(main.people))
            or (event.mode == "multilateral" and set(main.countries) <= set(event.countries))
        )
        and event.status == main.status
    )


def _is_current(visit: Event, published_on: date | None) -> bool:
    """A visit the article reports as news: planned, undated, or dated within two weeks of
    publication (not a state visit of years before told as background)."""
    if visit.status == "planned" or not visit.date or published_on is None:
        return True
    try:
        first, last = date_bounds(visit.date)
    except ValueError:
        return False
    return last >= published_on - timedelta(days=14) and first <= published_on


def _in_visit(event: Event, visit: Event) -> Event:
    """The visit's date, and its place when the event is between the visit's countries."""
    reason = "the date of the visit it is part of"
    if visit.date and event.status == "planned" and event.date is None:
        event = replace(event, date=visit.date, date_reason=reason)
    elif visit.date and "/" in visit.date and event.date_reason == "publication date":
        if event.date is None or not _within(event.date, visit.date):
            event = replace(event, date=visit.date, date_reason=reason)
    same_pair = set(event.countries) == set(visit.countries)
    if (
        visit.place
        and same_pair
        and event.place_reason in ("", "dateline or the article's main city")
    ):
        event = replace(event, place=visit.place, place_reason="the place of the visit")
    return event


def _within(day: str, span: str) -> bool:
    start, _, end = span.partition("/")
    end = end or start
    return start <= day[: len(start)] and day[: len(end)] <= end


def _is_bare(found: _Found, event: Event) -> bool:
    """A noun mention without a verb, a tense word or a date of its own ("Nakasone's visit
    might help"): whether and when it happens is told elsewhere in the article."""
    token = found.token
    return (
        found.anchor is token
        and token.pos_ in ("NOUN", "PROPN")
        and event.status == "occurred"
        and event.date_reason == "publication date"
        and not any(c.dep_ == "amod" and c.tag_ == "VBN" for c in token.children)
    )


def _of_organisation(token: Any, actors: ArticleActors) -> bool:
    """'the SCO summit', 'the organization's summit', 'the summit of the CIS'."""
    for node in token.subtree:
        actor = actors.at(node.i)
        if actor is not None and actor.kind == "org":
            return True
        if node.lower_ in ("organization", "organisation", "bloc", "union", "alliance"):
            return True
    return False


def _triggers(
    sent: Any,
    lex: Lexicon,
    actors: ArticleActors,
    lone_sentence: bool = False,
    dated_at: dict[int, Any] | None = None,
) -> Iterator[list[_Found]]:
    """The readings of each trigger word in a sentence: in an article its entries in file
    order, in a lone sentence every entry, the most specific first (``_specificity``); the
    caller keeps the first reading that makes an event (``_first_built``)."""
    table = lex.triggers
    dated_at = dated_at or {}
    for token in sent:
        gerund = _gerund_meeting(token, actors, lex)
        if gerund is not None:
            yield [gerund]
            continue
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_ == "VB"):
            verbs = [
                trig
                for trig in table.verbs.get(token.lemma_.lower(), ())
                if (lone_sentence or not trig.sentence_only)
                and (
                    not trig.companion
                    or any(  # "head to Rome", not "to head off protectionism"
                        c.lower_ == trig.companion and c.dep_ in ("prt", "prep", "agent")
                        for c in token.children
                    )
                )
            ]
            readings = [_Found(trig, token, token) for trig in _in_order(verbs, lone_sentence)]
        elif token.pos_ in ("NOUN", "PROPN"):
            nouns = _noun_triggers(token, table, lone_sentence)
            readings = [
                found
                for trig in _in_order(nouns, lone_sentence)
                if (found := _noun_reading(token, trig, lex, actors, lone_sentence, dated_at))
                is not None
            ]
        else:
            continue
        if readings:
            yield readings


def _noun_triggers(token: Any, table: TriggerTable, lone_sentence: bool) -> tuple[Trigger, ...]:
    """The entries of a noun by its lemma, else its written form; a lone sentence takes both
    ("exercises": "joint exercise" under its lemma, military exercises under the plural)."""
    by_lemma = table.nouns.get(token.lemma_.lower(), ())
    by_form = table.nouns.get(token.lower_, ())
    if lone_sentence:
        return tuple(dict.fromkeys((*by_lemma, *by_form)))
    return by_lemma or by_form


# needs_object entries that name a kind of object rather than accept any actor
_RESTRICTIVE_NEEDS = frozenset(
    {"LISTED", "ACTOR", "INFINITIVE", "DESTINATION", "NOUN", "PARTY", "REACHED"}
)


def _specificity(trig: Trigger) -> tuple[bool, bool, int, bool]:
    """Sort key, most specific reading first (data/triggers.yaml says why): one that lists
    its objects ("expelled two diplomats"), then one with its particle ("called off"), then
    one that needs a kind of object, then one that needs an actor or a listed word, then the
    rest; at each step a sentence-level reading first. ``sorted`` keeps file order after."""
    needs = set(trig.needs_object)
    rank = 0 if needs & _RESTRICTIVE_NEEDS else 1 if needs else 2
    return ("LISTED" not in needs, trig.companion is None, rank, not trig.sentence_only)


def _in_order(triggers: Sequence[Trigger], lone_sentence: bool) -> list[Trigger]:
    """Article triggers in file order; in a lone sentence every trigger, most specific first."""
    if not lone_sentence:
        return [t for t in triggers if not t.sentence_only]
    return sorted(triggers, key=_specificity)


def _noun_reading(
    token: Any,
    trig: Trigger,
    lex: Lexicon,
    actors: ArticleActors,
    lone_sentence: bool,
    dated_at: dict[int, Any],
) -> _Found | None:
    """A noun trigger's reading, or None when the noun names no event here."""
    table = lex.triggers
    if trig.companion and not any(
        c.lower_ == trig.companion and c.dep_ in ("compound", "amod") for c in token.children
    ):
        return None
    group = _group_of(token, actors, lex) if trig.type == "CONSULT" else None
    if trig.mode == "multilateral" and not _of_organisation(token, actors):
        trig = replace(trig, mode="meet")
    if trig.mode == "meet" and group is not None:
        trig = replace(trig, mode="multilateral")  # "a G-7 meeting"
    if _is_background(token, table.words, dated_at):
        return None  # "following talks", "frequent visits": told as background
    if _is_event_name(token) and not lone_sentence:
        return None  # "the International Meeting on Syria": a forum's name
    carried = _carried_by_light_verb(token, lex)
    purpose = _purpose_verb(token, table.words) if trig.type == "CONSULT" else None
    anchor = token.head if carried else purpose or _light_noun(token, table) or token
    if (
        trig.type not in _DYADIC_NOUNS
        and anchor is token
        and not lone_sentence
        and not _has_own_agent(token, actors, table.words)
    ):
        return None  # "under US sanctions": a background mention, not an event
    return _Found(trig, token, anchor, group)


def _group_of(token: Any, actors: ArticleActors, lex: Lexicon) -> str | None:
    """The organisation with known members whose meeting a noun names: "a G-7 meeting", "talks
    of the Group of Five", "a meeting of its EC partners", "talks involving G-5 members"."""
    nodes = [token]
    if token.dep_ == "appos":  # "the Group of Seven meeting" parsed as "Group, meeting"
        nodes.append(token.head)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "among", "between"):
            nodes += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.lemma_.lower() in ("involve", "include", "bring"):
            nodes += [g for g in child.children if g.dep_ == "dobj"]
    for node in nodes:
        for part in (node, *node.children):
            if part is not node and part.dep_ not in ("compound", "amod", "poss", "nmod"):
                continue
            if part is token:
                continue
            actor = actors.at(part.i)
            if (
                actor
                and actor.kind == "org"
                and actor.code
                and lex.knowledge.members_of(actor.code)
            ):
                return actor.code
    return None


def _light_noun(token: Any, table: Any) -> Any | None:
    """'the imposition of tariffs', 'the signing of the treaty': the noun that carries the
    event noun, as a light verb would ("imposed tariffs")."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "of":
        return None
    node = head.head
    for _ in range(3):  # "the imposition by the United States of tariffs": "of" misattached
        if node.lemma_.lower() in table.light_nouns:
            return node
        if node.dep_ not in ("pobj", "prep"):
            break
        node = node.head
    return None


def _has_own_agent(token: Any, actors: ArticleActors, words: EventWords) -> bool:
    """An event noun that names who did it reports one act ("a Philippine request", "Japan's
    demand", "the U.S. bombing of ..."), unlike a background mention ("under sanctions")."""
    if token.lower_ in words.state_nouns or token.lemma_.lower() in words.state_nouns:
        return False
    if token.dep_ == "pobj" and token.head.lower_ in words.background_prepositions:
        return False
    if token.dep_ == "pobj" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return False  # "concerns over US sanctions", "the issue of Japan's demands": a topic
    for child in token.children:
        actor = actors.at(child.i)
        if actor is None or actor.kind not in ("country", "person", "org"):
            continue
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.i < token.i):
            return True
    return False


def _gerund_meeting(token: Any, actors: ArticleActors, lex: Lexicon) -> _Found | None:
    """'Meeting President Putin in Sochi, President Tokayev said ...': the small model reads the
    capitalised gerund as part of a name; the meeting is the main clause subject's."""
    if token.lower_ != "meeting" or token.pos_ == "VERB" or token.i == token.sent.end - 1:
        return None
    start = token.sent.start
    if token.i != start and token.doc[token.i - 1].text not in ("-", "–", "—", ",", ":"):
        return None
    following = actors.at(token.i + 1) or actors.at(token.i + 2)
    if following is None or following.kind != "person":
        return None
    trig = next((t for t in lex.triggers.verbs.get("meet", ()) if t.mode == "meet"), None)
    root = token.sent.root
    return _Found(trig, token, root) if trig is not None and root is not token else None


def _is_event_name(token: Any) -> bool:
    """A capitalised trigger inside a proper name ('Astana International Forum')."""
    if not token.text[:1].isupper() or token.is_sent_start or token.pos_ != "PROPN":
        return False
    neighbours = [
        t
        for t in (
            token.nbor(-1) if token.i > 0 else None,
            token.nbor(1) if token.i + 1 < len(token.doc) else None,
        )
        if t
    ]
    # "U.S. Bombing": wire copy capitalises the word after "U.S."; an abbreviation is no name
    return any(
        t.text[:1].isupper() and t.pos_ == "PROPN" and "." not in t.text for t in neighbours
    ) or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and "." not in c.text for c in token.children
    )


def _has_own_date(token: Any, dated_at: dict[int, Any]) -> bool:
    """Whether a date hangs from the noun itself ("the meeting on April 5-6")."""
    for child in token.children:
        if child.i in dated_at or any(g.i in dated_at for g in child.children):
            return True
    return False


def _is_background(token: Any, words: EventWords, dated_at: dict[int, Any]) -> bool:
    """A noun trigger that names no particular event: 'following talks', 'regular visits'."""
    habitual = words.habitual
    if any(c.lower_ in habitual for c in token.children if c.dep_ in ("amod", "advmod")):
        own = any(c.dep_ == "poss" for c in token.children) or _has_own_date(token, dated_at)
        return not own  # "frequent visits", but "his annual meeting, on April 5-6, with ..."
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in words.frames
    ):
        return True  # "on the sidelines of the summit": the frame of another event
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in ("of", "in", "on")
        and token.head.head.lemma_.lower() in words.aspects
    ):
        return True  # "the pace of the talks", "progress in the negotiations": a topic
    has_poss = any(c.dep_ == "poss" for c in token.children)
    background = words.background_prepositions
    return token.dep_ == "pobj" and token.head.lower_ in background and not has_poss


def _purpose_verb(token: Any, words: EventWords) -> Any | None:
    """'arrived in Dushanbe for a two-day visit': the verb the visit hangs from."""
    prep = token.head
    purpose = words.purpose_prepositions
    if token.dep_ == "pobj" and prep.lower_ in purpose and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _carried_by_light_verb(token: Any, lex: Lexicon) -> bool:
    head = token.head
    return (
        head is not token
        and head.pos_ in ("VERB", "AUX")
        and token.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")
        and head.lemma_.lower() in lex.triggers.light_verbs  # "talks were held", not
    )  # "demand has been met"


@dataclass(frozen=True)
class _Sides:
    """Who an event frame names: its subjects, objects and places, and whether a generic pair
    ("the two sides", "the two presidents") stands for the article's two countries."""

    subjects: list[Actor]
    objects: list[Actor]
    places: list[Actor]
    generic: bool


@dataclass(frozen=True)
class _When:
    status: str
    date: str | None
    reason: str
    time: TimeExpression | None


def _build(found: _Found, ctx: ArticleContext) -> list[Event]:
    """One frame -> its events: participants, then status and date, then place, then the
    agreements a signing names."""
    if not _is_eventive(found, ctx) or _is_denied(found, ctx.lex.triggers.words):
        return []
    found = _by_means(found, ctx.lex.triggers.words)
    found = _as_threat(found, ctx.lex.triggers.words)
    sides = _participants(found, ctx)
    if sides is None:
        return []
    when = _status_and_date(found, ctx)
    out = []
    for leg in _legs(found, sides):
        where = _place(found, ctx, leg, when)
        for side in _sides_of(found, ctx, leg):
            event = _event(found, ctx, side, leg, when, where)
            if event is not None:
                out.append(event)
    return (
        _split_agreements(out, found.token, found.anchor) if found.trigger.mode == "sign" else out
    )


def _legs(found: _Found, sides: _Sides) -> list[_Sides]:
    """A tour of several countries is one visit to each: "a trip that took him to London,
    Paris and Bonn" is three visits."""
    if found.trigger.mode != "visit":
        return [sides]
    hosts: dict[str, Actor] = {}
    for place in sides.places:
        if place.country:
            hosts.setdefault(place.country, place)
    if len(hosts) < 2:
        return [sides]
    legs = []
    for country, place in hosts.items():
        others = set(hosts) - {country}  # the other stops are not parties to this one
        objects = [a for a in sides.objects if a.country not in others]
        legs.append(replace(sides, places=[place], objects=objects))
    return legs


def _trailing_preps(token: Any) -> list[Any]:
    """Prepositional phrases after an event noun and a comma that the parser hung on a verb
    further left: "his annual meeting, on April 5-6 in Ottawa, with Prime Minister X"."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return []
    doc, out = token.doc, []
    index = token.right_edge.i + 1
    ancestors = {a.i for a in token.ancestors}
    while index < token.sent.end:
        current = doc[index]
        if current.text == ",":
            index += 1
            continue
        if current.dep_ != "prep" or current.head.i not in ancestors:
            break
        out.append(current)
        index = current.right_edge.i + 1
    return out


def _is_denied(found: _Found, words: EventWords) -> bool:
    """'ruled out a meeting', 'cancelled the visit', 'denied the talks took place'."""
    token = found.token
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in words.denying:
        return not (head.lemma_.lower() == "drop" and found.trigger.type != "CONSULT")
    if token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.children
    ):
        return found.trigger.type in ("CONSULT", "AGREE")  # "no OPEC meeting was foreseen"
    node = found.anchor
    for _ in range(3):  # "there are no plans for the minister to meet", "in no mood to offer"
        if node.head is node:
            break
        node = node.head
        if node.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return True
    trig, anchor = found.trigger, found.anchor
    if trig.mode == "sign":  # "signed an order", "the bill was signed": no agreement
        signed = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(c.lemma_.lower() in words.unilateral_documents for c in signed):
            return True
    if trig.type == "CONSULT" and trig.pos == "verb":  # "met the demand", "meet complaints"
        met = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(c.lemma_.lower() in words.met_needs or c.lower_ in words.met_needs for c in met):
            return True
    return False


def _by_means(found: _Found, words: EventWords) -> _Found:
    """'spoke by telephone', 'held talks by video link': a meeting at a distance is a call."""
    if found.trigger.type != "CONSULT" or found.trigger.mode != "meet":
        return found
    for node in dict.fromkeys((found.token, found.anchor)):
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "over", "via", "on"):
                for pobj in prep.children:
                    if pobj.lemma_.lower() in words.phone_means or pobj.lower_ in words.phone_means:
                        return replace(found, trigger=replace(found.trigger, mode="phone"))
    return found


def _as_threat(found: _Found, words: EventWords) -> _Found:
    """A hostile act under a condition is a threat: "unless Japan opens its markets, the United
    States will impose quotas"."""
    if found.trigger.type not in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE"):
        return found
    for node in dict.fromkeys((found.token, found.anchor)):
        for clause in node.children:
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in words.conditions for c in clause.children
            ):
                return replace(found, trigger=replace(found.trigger, type="THREATEN"))
    return found


def _is_eventive(found: _Found, ctx: ArticleContext) -> bool:
    """Whether the frame reports a happening rather than a state of affairs."""
    trig, token = found.trigger, found.token
    if "REACHED" in trig.needs_object:
        return _is_reached(found, ctx)
    if ctx.lone_sentence:
        return True
    if trig.type in ("COOPERATE", "SUPPORT") and token.tag_ in ("VBP", "VBZ"):
        return False  # "the two countries cooperate closely": a state of affairs
    if trig.type == "REJECT" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ctx.lex.triggers.words.non_answers
        for c in token.children
    ):
        return False  # "declined to comment": no refusal of anybody
    return not (trig.type == "AGREE" and trig.mode is None)  # coded by what was agreed


def _with_nobody(token: Any, anchor: Any, ctx: ArticleContext) -> bool:
    """'reached agreement with commercial banks': the other party is no state or person."""
    for node in (token, anchor):
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                found = [ctx.actors.at(t.i) for t in prep.subtree]
                return not any(a is not None and a.kind in ("country", "person") for a in found)
    return False


def _is_reached(found: _Found, ctx: ArticleContext) -> bool:
    """An agreement noun that reports an agreement reached: carried by a verb of reaching
    ("reached an accord") or dated or reached in its own phrase ("an agreement reached in
    December"), not the object of a signing or a mere mention ("the agreement provides")."""
    token, anchor = found.token, found.anchor
    reaching = ctx.lex.triggers.words.reaching
    if anchor is not token:
        if anchor.lemma_.lower() not in reaching or anchor.tag_ == "VBG":
            return False  # "the answer was reaching a pact": an aim, not an agreement
        if anchor.tag_ == "VB" and any(c.lower_ == "to" for c in anchor.children):
            return False  # "to reach an accord"
        return not _with_nobody(token, anchor, ctx)
    if token.head.lemma_.lower() in ctx.lex.triggers.verbs and token.dep_ in ("dobj", "nsubjpass"):
        return False  # "signed an agreement": the signing is the event
    for child in token.children:
        if child.dep_ == "acl" and child.lemma_.lower() in reaching:
            return True
        if child.i in ctx.dated_at or any(g.i in ctx.dated_at for g in child.children):
            return child.dep_ in ("prep", "npadvmod", "amod", "compound", "nummod")
    return False


def _participants(found: _Found, ctx: ArticleContext) -> _Sides | None:
    """The frame's subjects (climbing to the clause that has one), objects and places; None
    when it names nobody or lacks the object its trigger needs."""
    trig, token, anchor = found.trigger, found.token, found.anchor
    actors, words = ctx.actors, ctx.lex.triggers.words
    subjects, generic = _subject_actors(anchor, actors, token, words)
    objects_extra: list[Actor] = []
    if token.lower_ == "meeting" and anchor is token.sent.root and token.pos_ != "VERB":
        nxt = actors.at(token.i + 1) or actors.at(token.i + 2)
        objects_extra = [nxt] if nxt is not None else []
    if not subjects and not generic and anchor is token:
        if trig.type == "CONSULT" or ctx.lone_sentence:  # "went on strike", "put on alert"
            subjects, generic = _governing_subject(token, actors, words)
        if (
            not subjects
            and trig.type == "CONSULT"
            and any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in token.children)
        ):  # "after their negotiations": the people the sentence is about
            subjects, generic = _subject_actors(token.sent.root, actors, token, words)
    speaker = _speaker(anchor, actors, ctx.lex)
    if not any(a.kind == "person" for a in subjects):
        # "Dumont said France supported the reforms": the speaker acts for her own country,
        # not for others she reports on ("Baker said Chile had reached agreement")
        own = {a.country for a in subjects if a.country}
        subjects = subjects + [a for a in speaker if not own or a.country in own]
    elif trig.mode == "meet" and len({a.code for a in subjects if a.kind == "person"}) == 1:
        # "Ongpin said Miyazawa expressed satisfaction during a meeting here": the speaker of
        # another country is the one met
        theirs = {a.country for a in subjects}
        objects_extra += [a for a in speaker if a.country and a.country not in theirs]
    topics = words.topic_prepositions if trig.type in _DYADIC else frozenset()
    against = trig.type in _AGAINST
    objects = _object_actors(token, anchor, actors, topics, against) + objects_extra
    for prep in _trailing_preps(token):
        if prep.lower_ in ("with", "between", "by") and anchor is token:
            objects += [a for g in prep.children if g.dep_ == "pobj" for a in _actors_of(g, actors)]
    if trig.type in _TARGETED_TYPES:  # "the bombing of targets in Libya": Libya is hit
        objects += [a for a in _places_in(token, actors) if a not in objects]
    generic = generic or any(_is_generic(t, words) for t in _own_tokens(anchor) if t.i != token.i)
    if not subjects and not objects and not generic and not ctx.lone_sentence and not found.group:
        return None
    if trig.needs_object and not _object_matches(token, anchor, trig.needs_object, objects):
        return None
    if trig.type in _SPEECH_ACTS and token is anchor and token.pos_ == "VERB":
        if not any(c.dep_ in _COMPLEMENT_DEPS for c in token.children) and not ctx.lone_sentence:
            return None  # "goods ill-adapted to demand": the verb used without what is asked
    if trig.type in ("REQUEST", "ACCUSE", "REJECT", "THREATEN") and _addressed_to_unknown(
        token, anchor
    ):
        return None  # "to urge them", "made no demands": nobody known is addressed
    if ctx.lone_sentence:
        subjects, objects = _lone_parties(found, ctx, subjects, objects)
    places = _place_args(token, anchor, actors, ctx.lex)
    places += [a for a in objects if a.kind == "place"]
    if anchor.dep_ == "relcl" and (head_actor := actors.at(anchor.head.i)) is not None:
        if head_actor.kind == "place":
            places.append(head_actor)
    subjects = [_as_state(a, ctx.lex) for a in subjects]  # "London broke off relations"
    objects = [_as_state(a, ctx.lex) if a.start in _agents(anchor) else a for a in objects]
    subjects = [a for a in subjects if a.kind != "place"]
    objects = [a for a in objects if a.kind != "place"]
    if trig.mode == "visit":
        owner = [  # "he looked forward to his visit": the visit is the possessor's
            a
            for c in token.children
            if c.dep_ == "poss" and (a := actors.at(c.i)) is not None and a.kind == "person"
        ]
        if owner and token.pos_ == "NOUN":
            subjects = owner
            objects = [a for a in objects if a not in owner]
        subjects = _visitor_not_host(subjects, places, token, actors)
    if generic and not any(a.kind == "person" for a in subjects + objects):
        subjects = subjects + _pair_leaders(anchor, token, actors, words.group)
    return _Sides(subjects, objects, places, generic)


def _lone_parties(
    found: _Found, ctx: ArticleContext, subjects: list[Actor], objects: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """Who a lone sentence names, where an article would have told it before: a capital for
    its state, a subject placed by its 'in' phrase ("police in Kenya") or the capital that
    speaks ("Seoul said it would"), a party beside the object ("its ambassador to Germany"),
    and, for an act that lands somewhere and names no one it hits, the country where ("massed
    tanks near the Ukrainian border"); a demand or a charge is addressed to someone, not to a
    place."""
    token, anchor, actors = found.token, found.anchor, ctx.actors
    subjects = _as_states(subjects, ctx.lex)
    objects = _as_states(objects, ctx.lex)
    objects += [a for a in _dative_recipients(anchor, actors) if a not in objects]
    if not any(a.country for a in subjects):
        subjects = subjects + _located_subjects(anchor, token, actors)
        subjects = subjects + _reporting_state(anchor, token, actors, ctx.lex)
    if not any(a.country for a in objects):
        objects += [
            a for a in _object_complements(token, anchor, actors, ctx.lex) if a not in objects
        ]
    placed = found.trigger.type not in _DYADIC and found.trigger.type not in _ADDRESSED
    if placed and not any(a.country for a in objects):
        verb = _governing_verb(token) if anchor is token else None  # "put on alert near X"
        for node in dict.fromkeys(n for n in (token, anchor, verb) if n is not None):
            objects += [a for a in _targets_located(node, actors) if a not in objects]
    return subjects, objects


def _governing_verb(token: Any) -> Any | None:
    """The verb a noun hangs from through a preposition ("went on strike")."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep") or node.head is node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _is_scheduled_present(verb: Any) -> bool:
    """News tells a timetable in the simple present: "the king begins a state visit on
    Tuesday", "the minister travels to Rome this evening" are plans, not reports."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False  # "is meeting today", "has visited", "does not visit"
    if _is_headline(verb.sent):
        return False  # headlines tell the past in the present: "Tokayev visits Tehran"
    return verb.dep_ in ("ROOT", "relcl", "conj", "ccomp", "advcl")


def _is_headline(sent: Any) -> bool:
    """A line of its own without a full stop: an article's headline or a subheading."""
    text = sent.text.rstrip()
    ends_line = "\n" in sent.text_with_ws[len(text) :] or sent.end == len(sent.doc)
    return ends_line and not text.endswith((".", "!", "?", '"', "”", "»", ":"))


def _addressed_to_unknown(token: Any, anchor: Any) -> bool:
    """A pressure act addressed to a bare pronoun ("urge them") or denied ("no demands")."""
    for node in dict.fromkeys((token, anchor)):
        for child in node.children:
            if child.dep_ in ("dobj", "dative") and child.lower_ in _UNKNOWN_ADDRESSEES:
                return True
            if child.dep_ == "det" and child.lower_ == "no":
                return True
    return False


def _as_state(actor: Actor, lex: Lexicon) -> Actor:
    """A capital that acts stands for its government: "London broke off relations"."""
    if actor.kind == "place" and actor.code and actor.country:
        if lex.knowledge.country_code(actor.code) == actor.country:
            return replace(actor, kind="country", code=actor.country)
    return actor


def _agents(verb: Any) -> set[int]:
    """Token indices of the passive agent of a verb ("broken off by London")."""
    return {g.i for c in verb.children if c.dep_ == "agent" for g in c.children}


def _visitor_not_host(
    subjects: list[Actor], places: list[Actor], token: Any, actors: ArticleActors
) -> list[Actor]:
    """Nobody visits their own country: "X said he looked forward to his visit to X's country"
    is the other side's visit, so a pronoun pointing at the host's own person is re-read as the
    latest person named from another country."""
    hosts = {p.country for p in places if p.country}
    out = []
    doc = token.doc
    for actor in subjects:
        possessive = doc[actor.start].dep_ == "poss"  # "his visit", not "he would return"
        if actor.kind == "person" and actor.reference and actor.country in hosts and possessive:
            other = _latest_foreign_person(actors, token.i, hosts)
            if other is not None:
                actor = replace(actor, code=other.code, country=other.country, role=other.role)
        out.append(actor)
    return out


def _latest_foreign_person(actors: ArticleActors, before: int, hosts: set[str]) -> Actor | None:
    found = [
        m
        for m in actors.mentions
        if m.kind == "person" and m.start < before and m.country and m.country not in hosts
    ]
    return max(found, key=lambda m: m.start) if found else None


def _status_and_date(found: _Found, ctx: ArticleContext) -> _When:
    """Planned or occurred (grammar first, then a date after publication), and the date."""
    token, anchor, published_on = found.token, found.anchor, ctx.published_on
    planned = _is_planned(token, anchor, ctx.lex) or _is_scheduled_present(anchor)
    status = "planned" if planned else "occurred"
    when = _attached_time(token, anchor, ctx.dated_at, ctx.lex)
    scheduled = _scheduling_participle(token, ctx.lex.triggers.planned_participles)
    if (when is None or not when.anchor) and scheduled is not None:
        inner = [ctx.dated_at[g.i] for g in scheduled.subtree if g.i in ctx.dated_at]
        when = inner[0] if inner else when
    if when is None or not when.anchor:
        trailing = [
            ctx.dated_at[g.i]
            for prep in _trailing_preps(token)
            for g in prep.subtree
            if g.i in ctx.dated_at
        ]
        when = trailing[0] if trailing else when
    if when is not None and when.value == "FUTURE_REF":
        status = "planned"  # "in the near future", "soon"
    elif when is not None and when.anchor and published_on and status == "occurred":
        if when.anchor[:10] > published_on.isoformat():
            status = "planned"  # dated after publication: not yet happened
    if when is not None and when.anchor and published_on:
        when = _toward_tense(when, planned, anchor, published_on)
        when = _with_coordinated(when, ctx.dated_at, ctx.doc)
    event_date, reason = _event_date(when, status, published_on)
    days = _length_in_days(token, ctx.time_at)
    if days and event_date and len(event_date) == 10 and when is not None:
        last = date.fromisoformat(event_date) + timedelta(days=days - 1)
        event_date = f"{event_date}/{last.isoformat()}"  # "a four-day visit from Tuesday"
    return _When(status, event_date, reason, when)


def _toward_tense(
    when: TimeExpression, planned: bool, verb: Any, published_on: date
) -> TimeExpression:
    """A bare weekday is the nearest one in the direction the grammar points: "begins a visit
    on Tuesday" in a Sunday story is the coming Tuesday, "met on Friday" the past one."""
    if not when.anchor or len(when.anchor) != 10 or not _WEEKDAY.search(when.text):
        return when
    if any(ch.isdigit() for ch in when.text):
        return when  # "Tuesday, March 24" names its day
    day = date.fromisoformat(when.anchor)
    if planned and day < published_on:
        day += timedelta(days=7)
    elif not planned and verb.tag_ == "VBD" and day > published_on:
        day -= timedelta(days=7)
    else:
        return when
    return replace(when, anchor=day.isoformat(), value=day.isoformat())


def _with_coordinated(
    when: TimeExpression, dated_at: dict[int, TimeExpression], doc: Any
) -> TimeExpression:
    """ "today and tomorrow", "on Thursday and Friday": two days joined are one interval."""
    if not when.anchor or "/" in when.anchor:
        return when
    root = next((i for i, t in dated_at.items() if t is when), None)
    if root is None:
        return when
    for other in doc[root].conjuncts:
        expr = dated_at.get(other.i)
        if expr is not None and expr.anchor and len(expr.anchor) == len(when.anchor):
            first, last = sorted((when.anchor, expr.anchor))
            if first != last:
                return replace(when, anchor=f"{first}/{last}", text=f"{when.text} and {expr.text}")
    return when


def _length_in_days(token: Any, time_at: dict[int, TimeExpression]) -> int | None:
    """The length an event noun states: "a four-day visit", "a two-week tour", also for the
    verb it is the purpose of: "arrives on Monday for a two-day visit"."""
    nouns = [token]
    for prep in token.children:
        if token.pos_ == "VERB" and prep.dep_ == "prep" and prep.lower_ in ("for", "on"):
            nouns += [p for p in prep.children if p.dep_ == "pobj"]
    for child in (c for noun in nouns for c in noun.children):
        expr = time_at.get(child.i)
        if expr is None or expr.type != "DURATION" or not expr.value:
            continue
        match = _DAYS.fullmatch(expr.value)
        if match:
            count = int(match.group(1))
            return count * 7 if match.group(2) == "W" else count
    return None


def _place(
    found: _Found, ctx: ArticleContext, sides: _Sides, when: _When
) -> tuple[str | None, str]:
    """Where: a place argument of the frame, "here", a place the sentence names, else (for an
    event of the publication day) the dateline or the article's main city."""
    token, anchor, actors, lex = found.token, found.anchor, ctx.actors, ctx.lex
    line_place = ctx.dateline_place
    place = sides.places[0].code if sides.places else None
    place_reason = "stated with the event" if place else ""
    published = ctx.published_on.isoformat() if ctx.published_on else None
    if place is None and any(c.lower_ == "here" for c in (*token.children, *anchor.children)):
        visitors = {a.country for a in sides.subjects if a.kind == "person"}
        home = actors.home if actors.home not in visitors else None
        here = line_place.code if line_place else None
        place = here or (lex.knowledge.country_name(home) if home else None)
    if place is None:
        place = _sentence_place(token.sent, actors, lex)
        place_reason = "named in the sentence" if place else ""
    if place is None and when.status == "occurred" and when.date == published:
        place = line_place.code if line_place else _article_city(actors)
        place_reason = "dateline or the article's main city" if place else ""
    return place, place_reason


def _sides_of(found: _Found, ctx: ArticleContext, sides: _Sides) -> list[list[Actor]]:
    """The participant groups: one meeting per person met."""
    trig = found.trigger
    direct = _direct_objects(found.token, found.anchor, ctx.actors)
    groups = _participant_groups(trig, sides.subjects, sides.objects, direct)
    if trig.type == "CONSULT" and trig.mode in ("meet", "phone") and len(groups) == 1:
        groups = [_with_named_people(groups[0], found.anchor, ctx.actors)]
    return groups


def _event(
    found: _Found,
    ctx: ArticleContext,
    side: list[Actor],
    sides: _Sides,
    when: _When,
    where: tuple[str | None, str],
) -> Event | None:
    """The event of one participant group, or None when it has too few countries."""
    trig, token, anchor, lone = found.trigger, found.token, found.anchor, ctx.lone_sentence
    place, place_reason = where
    places = sides.places if trig.mode == "visit" else []
    nonstate = trig.mode != "visit" and _nonstate_counterpart(token, anchor, ctx.actors)
    countries = _countries(side, places, ctx.actors, trig, sides.generic, nonstate)
    if found.group is not None:
        on = when.date or (ctx.published_on.isoformat() if ctx.published_on else None)
        members = ctx.lex.knowledge.members_of(found.group, on[:10] if on else None)
        countries = tuple(dict.fromkeys((*_own_countries(side), *members)))
    elif trig.mode == "multilateral" and len(set(_own_countries(side))) < 2 and not lone:
        return None  # a summit is coded with the countries named in it, not the pair
    if len(countries) < 2 and not lone:
        return None
    if trig.type == "AGREE" and trig.mode is None and len(set(_own_countries(side))) < 2:
        if not lone:
            return None  # an agreement is between the parties its phrase names, not the story's
    anonymous = not any(a.kind == "person" for a in side)
    if (
        trig.type == "CONSULT"
        and anonymous
        and not sides.generic
        and found.group is None
        and trig.mode != "visit"
        and len(set(_own_countries(side))) < 2
        and not lone
    ):
        return None  # "trade talks", "the negotiations": nobody named, no two parties named
    if trig.mode == "visit" and place:
        countries = _host_last(countries, place, ctx.lex)
        if _returns_home(side, countries):
            return None
    carried = anchor is token or token.head is anchor  # "held no talks", not "discussed at"
    negated = any(c.dep_ == "neg" for c in token.children) or (
        carried and any(c.dep_ == "neg" for c in anchor.children)
    )
    sent = token.sent
    refused = negated and trig.type in _COOPERATIVE and not lone
    return Event(  # "would not drop the curbs", "did not sign": a refusal (PLOVER REJECT)
        type="REJECT" if refused else trig.type,
        mode=None if refused else trig.mode,
        status=when.status,
        countries=countries,
        people=tuple(dict.fromkeys(a.code for a in side if a.kind == "person" and a.code)),
        date=when.date,
        date_reason=when.reason,
        place=place,
        evidence=Evidence(ctx.article_id, sent.text, sent.start_char, sent.end_char),
        negated=negated,
        agreement=_agreement_name(token, anchor) if trig.mode == "sign" else None,
        trigger=token.text,
        place_reason=place_reason,
        modality=_modality(token, anchor),
        context=_context(sent, trig, ctx.lex),
        confidence=_confidence(trig, side, when.time),
    )


def _returns_home(side: list[Actor], countries: tuple[str, ...]) -> bool:
    """'return to Brazil' by a Brazilian: going home is not a visit."""
    visitors = {a.country for a in side if a.kind == "person" and a.country}
    return bool(visitors) and countries[-1] in visitors and len(visitors) == 1


def _place_args(token: Any, anchor: Any, actors: ArticleActors, lex: Lexicon) -> list[Actor]:
    """Places the event happens in: 'visited Paris', 'held in Astana', 'arrived in Astana'."""
    out: list[Actor] = []
    nodes = [token, anchor]
    if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB":
        nodes.append(anchor.head)  # "arrived in Dushanbe ... and held a meeting"
    nodes += [  # "his tour, which took him to Paris and Bonn"
        c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in _CARRYING_VERBS
    ]
    for node in dict.fromkeys(nodes):
        for child in node.children:
            candidates = []
            if child.dep_ in _OBJECT_DEPS:
                candidates += [child, *child.conjuncts]  # "will visit France, Italy and Spain"
            elif child.dep_ == "prep" and (
                child.lower_ in _PLACE_PREPS
                or (child.lower_ == "of" and node is token and token.lemma_.lower() in _TOURS)
            ):  # "a tour of France and Italy": the stops
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        candidates += [pobj, *pobj.conjuncts]  # "to London, Paris and Bonn"
            for cand in candidates:
                actor = actors.at(cand.i)
                if actor and actor.kind == "place" and actor not in out:
                    out.append(actor)
                elif actor and actor.kind == "country" and actor.code:
                    name = lex.knowledge.country_name(actor.code)
                    out.append(replace(actor, kind="place", code=name))
    return out


def _article_city(actors: ArticleActors) -> str | None:
    """The city an article names most (three times or more), for events told without a place."""
    counts: dict[str, int] = {}
    for mention in actors.mentions:
        if mention.kind == "place" and mention.code:
            counts[mention.code] = counts.get(mention.code, 0) + 1
    best = max(counts, key=lambda c: counts[c], default=None)
    return best if best is not None and counts[best] >= 3 else None


def _host_last(countries: tuple[str, ...], place: str, lex: Lexicon) -> tuple[str, ...]:
    """A visit lists the visitor's country first and the host's (where the place is) last."""
    found = lex.knowledge.place(place)
    host = found.country if found else lex.knowledge.country_code(place)
    if host not in countries:
        return countries
    return (*[c for c in countries if c != host], host)


def _sentence_place(sent: Any, actors: ArticleActors, lex: Lexicon) -> str | None:
    """A place the sentence puts things in ("in Budapest", "at the summit in China")."""
    for token in sent:
        if token.lower_ in ("in", "at") and token.dep_ == "prep":
            for pobj in token.children:
                actor = actors.at(pobj.i)
                if actor and actor.kind == "place":
                    return actor.code
                if actor and actor.kind == "country" and actor.code:
                    return lex.knowledge.country_name(actor.code)
    return None


def _context(sent: Any, trig: Trigger, lex: Lexicon) -> str | None:
    """The PLOVER context: the first listed context whose words the sentence uses."""
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    text = sent.text.lower()
    for name, words in lex.contexts:
        if any((w in lemmas) if " " not in w else (w in text) for w in words):
            return name
    return "diplomatic" if trig.type in ("CONSULT", "AGREE") else None


def _modality(token: Any, anchor: Any) -> str | None:
    """The modal verb over a trigger ('will release', 'must withdraw'), climbing xcomp chains."""
    node = anchor
    for _ in range(3):
        for child in (*node.children, *token.children):
            if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
                return str(child.lower_).replace("'ll", "will")
        if node.dep_ not in ("xcomp", "ccomp") or node.head is node:
            break
        node = node.head
    return None


def _is_planned(token: Any, anchor: Any, lex: Lexicon) -> bool:
    table = lex.triggers
    nodes = dict.fromkeys((token, anchor))
    if anchor.dep_ == "conj" and anchor.head.pos_ in ("VERB", "AUX"):
        nodes[anchor.head] = None  # "will hold talks ... and meet the Queen": one "will"
    for node in nodes:
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in table.planned_auxiliaries:
                return True
            if child.dep_ in ("amod", "compound") and child.lower_ in table.planned_modifiers:
                return True
    if anchor is not token and anchor.lemma_.lower() in ("invite", "schedule", "plan"):
        return True  # "invited Putin to the summit"
    if _scheduling_participle(token, table.planned_participles) is not None:
        return True  # "talks scheduled for Thursday", "the visit planned for May"
    if _is_be_to(anchor):
        return True  # "the minister is to visit Rome", "was to leave later today"
    node = token if token.dep_ == "pobj" else anchor
    for _ in range(4):
        head = node.head
        if head is node:
            break
        lemma = head.lemma_.lower()
        if node.dep_ == "pobj" and lemma in table.words.adjunct_prepositions:
            verb = head.head  # "agreed to buy goods during his trip": the trip is not agreed,
            return any(  # but "will meet him during his visit" puts the visit ahead
                c.dep_ == "aux" and c.lower_ in table.planned_auxiliaries for c in verb.children
            )
        if node.dep_ == "pobj" and lemma in ("at", "in") and head.head is not head:
            node = head.head  # "had agreed at their summit": the verb's own status, not its
            continue  # governing: "expected to take part in the summit" is still planned
        if node.dep_ in ("xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "ccomp", "advcl") and (
            lemma in table.infinitive_governors or lemma in table.preparatory
        ):
            return True
        if node.dep_ == "pobj" and (
            lemma in table.planned_prepositions
            or (lemma in ("of", "to") and head.head.lemma_.lower() in table.planned_prepositions)
        ):
            return True  # "until Nakasone's visit", "ahead of the summit"
        if lemma in table.reporting_verbs or node.dep_ == "conj":
            break
        node = head
    return False


def _scheduling_participle(token: Any, participles: frozenset[str]) -> Any | None:
    """'talks scheduled for Thursday', 'two rounds of talks between A and B, scheduled for
    ...' (the participle may hang from the last noun of the phrase): the participle, or None.
    'talks expected to focus on X' says what they are about, not when they are."""
    head = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.pos_ == "NOUN":
        head = token.head.head  # "two rounds of talks"
    for node in head.subtree:
        if (
            node.dep_ == "acl"
            and node.lower_ in participles
            and not any(g.dep_ == "xcomp" for g in node.children)
            and not any(
                a.dep_ in ("relcl", "advcl", "ccomp") for a in node.ancestors if a.i > head.i
            )
        ):
            return node
    return None


def _is_be_to(verb: Any) -> bool:
    """'is to visit', 'was to leave': be + to-infinitive tells what is arranged to happen."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in ("attr", "acomp", "dobj") for c in head.children)
    )


def _attached_time(
    token: Any, anchor: Any, time_at: dict[int, TimeExpression], lex: Lexicon
) -> TimeExpression | None:
    """The time expression hanging from the trigger, or from the verbs above it."""
    node = token
    visited: set[int] = set()
    for _ in range(6):
        if node.i in visited:
            break
        visited.add(node.i)
        found = _time_below(node, time_at, visited, lex.triggers.words.scheduling)
        if found is not None:
            return found
        if node.head is node or node.lemma_.lower() in lex.triggers.reporting_verbs:
            break
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in lex.triggers.reporting_verbs:
            break
        if node.dep_ in ("advcl", "relcl") and any(c.dep_ == "mark" for c in node.children):
            break  # "leaves on Wednesday, weeks after Reagan imposed tariffs": its own time
        node = node.head
    return None


def _time_below(
    node: Any, time_at: dict[int, TimeExpression], visited: set[int], scheduling: frozenset[str]
) -> TimeExpression | None:
    """A time expression among a node's own modifiers (not inside another clause)."""
    if node.i in time_at:
        return time_at[node.i]
    for child in node.children:  # "the summit, which is scheduled for October"
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in scheduling:
            for inner in child.subtree:
                if inner.i in time_at:
                    return time_at[inner.i]
    for child in node.children:
        if child.i in visited or child.dep_ in _CLAUSE_DEPS or child.dep_ in _SUBJECT_DEPS:
            continue
        if child.i in time_at:
            return time_at[child.i]
        if child.dep_ == "prep":
            for grand in child.children:
                if grand.i in time_at:
                    return time_at[grand.i]
                for great in grand.children:  # "arrived in Dushanbe May 19" (May as appos)
                    if great.dep_ in ("appos", "npadvmod", "nummod") and great.i in time_at:
                        return time_at[great.i]
    return None


def _event_date(
    when: TimeExpression | None, status: str, published_on: date | None
) -> tuple[str | None, str]:
    if when is not None and when.anchor:
        return when.anchor, f"time expression '{when.text}'"
    if when is not None and status == "planned":
        return None, f"'{when.text}' names no date"
    if status == "planned":
        return None, "planned, no date given"
    if published_on is None:
        return None, "no date in the text and no publication date"
    return published_on.isoformat(), "publication date"


def _confidence(trig: Trigger, side: list[Actor], when: TimeExpression | None) -> float:
    score = 0.5
    if any(a.kind == "person" and not a.reference for a in side):
        score += 0.2
    if when is not None:
        score += 0.1
    if trig.type in _DYADIC:
        score += 0.1
    return round(min(score, 0.95), 2)


def _agreement_name(token: Any, anchor: Any) -> str | None:
    for node in (token, anchor):
        for child in node.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
                return _phrase(child)
    return None


def _phrase(head: Any) -> str:
    """A noun phrase without its determiner, relative clauses and coordinated siblings."""
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in ("conj", "cc", "relcl", "acl", "punct") or (
            child.dep_ == "prep" and child.lower_ in ("in", "during", "with")
        ):
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    while tokens and tokens[0].dep_ in ("det", "poss", "case", "nummod"):
        tokens = tokens[1:]
    if not tokens:
        return str(head.text)
    doc = head.doc
    return str(doc[tokens[0].i : tokens[-1].i + 1].text).strip(" ,")


def _split_agreements(events: list[Event], token: Any, anchor: Any) -> list[Event]:
    """'signed a memorandum on X, a memorandum on Y and an agreement on Z' is three signings."""
    heads = []
    for node in (token, anchor):
        for child in node.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                heads.append(child)
                heads += [c for c in child.conjuncts if c.pos_ in ("NOUN", "PROPN")]
        if heads:
            break
    if len(heads) < 2:
        return events
    return [replace(ev, agreement=_phrase(h)) for ev in events for h in heads]
