"""Where an event happens and where a visit goes: place arguments, the dateline, "here", the
article's main city; a tour of several countries is one visit to each.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.frames import Frame, Sides
from diplograph.extract.lexicon import Lexicon
from diplograph.extract.mentions import Actor, ArticleActors
from diplograph.extract.merging import ARRIVED_HERE
from diplograph.extract.parsing import previous_sentences
from diplograph.extract.participants import _OBJECT_DEPS
from diplograph.extract.timing import When, gathering_told, opened_by, within_which

_PLACE_PREPS = frozenset({"in", "at", "to", "into"})


_CARRYING_VERBS = frozenset({"take", "bring", "lead", "carry"})


_TOURS = frozenset({"tour", "swing", "round"})


def _legs(found: Frame, sides: Sides) -> list[Sides]:
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


def _place(found: Frame, ctx: ArticleContext, sides: Sides, when: When) -> tuple[str | None, str]:
    """Where: a place argument of the frame, "here", a place the sentence names, else (for an
    event of the publication day) the dateline or the article's main city."""
    token, anchor, actors, lex = found.token, found.anchor, ctx.actors, ctx.lex
    line_place = ctx.dateline_place
    place = sides.places[0].code if sides.places else None
    place_reason = "stated with the event" if place else ""
    published = ctx.published_on.isoformat() if ctx.published_on else None
    if place is None and arrives_here(found, ctx):  # "arrived here", "flew in from Bangkok": the
        # dateline's city
        visitors = {a.country for a in sides.subjects if a.kind == "person"}
        home = actors.home if actors.home not in visitors else None
        here = line_place.code if line_place else None
        place = here or (lex.knowledge.country_name(home) if home else None)
        place_reason = ARRIVED_HERE if place else ""
    if place is None and (place := _place_where(token, anchor, ctx)) is not None:
        place_reason = "named in the sentence"  # "flew to Abu Dhabi, where he was received"
    if place is None and (place := _place_of_when(anchor, ctx)) is not None:
        place_reason = "named in the sentence"  # "visited Beijing in 2019, when he met Xi"
    if place is None and (visit := _visit_it_happened_in(anchor, lex)) is not None:
        stops = _place_args(visit, visit, actors, lex)  # "a visit to Thailand during which
        place = stops[0].code if len(stops) == 1 else None  # he was received by the king"
        place_reason = "where the visit it happened during went" if place else ""
    if place is None and (place := _place_there(token, anchor, ctx)) is not None:
        place_reason = "the place 'there' stands for"  # "met Kantor there on December 7"
    if place is None and (place := _setting_place(token, anchor, actors, lex)) is not None:
        place_reason = "stated with the event"  # at the occasion its own phrase names
    if place is None:
        place = _sentence_place(token.sent, actors, lex, token)
        place_reason = "named in the sentence" if place else ""
    if place is None and (told := gathering_told(token, anchor, lex.triggers.words)):
        place = _own_place(told, actors, lex)  # "on the sidelines of the summit" told before
        place_reason = "the place of the gathering it happened at" if place else ""
    if place is None and when.status == "occurred" and when.date == published:
        place = line_place.code if line_place else _article_city(actors)
        place_reason = "dateline or the article's main city" if place else ""
    if place is None and line_place and _held_at_dateline(found, sides, when, line_place, ctx):
        place, place_reason = line_place.code, "dateline of a visit or talks just held there"
    if place is None and found.trigger.mode == "visit" and when.status == "planned":
        place = _country_visited(sides, lex)  # "leaves on Wednesday for Mongolia": where
        place_reason = "the country visited" if place else ""  # nothing else places it
    if place and _dateline_city_in(place, when, ctx):
        place = line_place.code if line_place else place  # "met ... on Thursday" in a story
        place_reason += "; the dateline's city in it"  # datelined Tokyo on a visit to Japan
    return place, place_reason


def _country_visited(sides: Sides, lex: Lexicon) -> str | None:
    """The one state a visit goes to where it names no city: the visit's place is that
    country."""
    visitors = {a.country for a in sides.subjects if a.country}
    hosts = {a.code for a in sides.objects if a.kind == "country" and a.code}
    hosts -= visitors
    return lex.knowledge.country_name(hosts.pop()) if len(hosts) == 1 else None


def _place_of_when(anchor: Any, ctx: ArticleContext) -> str | None:
    """The one place of the clause a clause of "when" hangs on (``words.simultaneous``: "last
    visited Beijing in February 2019, when he met Xi": the meeting was in Beijing, not where a
    later clause puts something else)."""
    if anchor.dep_ not in ("advcl", "relcl"):
        return None
    if not opened_by(anchor, ctx.lex.triggers.words.simultaneous):
        return None
    verb = anchor.head  # (the model may hang the clause on the time: "in February 2019, when")
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("pobj", "prep", "npadvmod"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    stops = _place_args(verb, verb, ctx.actors, ctx.lex)
    return stops[0].code if len(stops) == 1 and stops[0].kind == "place" else None


def where_relative(verb: Any) -> bool:
    """A relative clause opened by "where": "Tokyo, where he is to arrive"."""
    return verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children)


def _place_where(token: Any, anchor: Any, ctx: ArticleContext) -> str | None:
    """The place a relative clause opened by "where" is about: the last place or state named
    before "where" in its sentence ("flew on to Abu Dhabi on Sunday, where he was received by
    the crown prince"; the model may hang the clause on the day)."""
    clause = next((n for n in dict.fromkeys((token, anchor)) if where_relative(n)), None)
    if clause is None:
        return None
    where = next(c for c in clause.children if c.lower_ == "where")
    start = ctx.sentence_start(where)
    named = [
        m
        for m in ctx.actors.mentions
        if m.kind in ("place", "country") and m.code and start <= m.start and m.end <= where.i
    ]
    if not named:
        return None
    named.sort(key=lambda m: m.start)
    last = named[-1]
    if last.kind == "country" and len(named) > 1 and named[-2].kind == "place":
        if named[-2].end == last.start - 1 and token.doc[last.start - 1].text == ",":
            last = named[-2]  # "in Busan, South Korea, where they will meet": the city
    return place_named(last, ctx.lex)


def place_named(actor: Actor, lex: Lexicon) -> str | None:
    """The place a mention names: a place by its code, a state by its name."""
    if actor.kind == "place" or actor.code is None:
        return actor.code
    return lex.knowledge.country_name(actor.code)


def _place_there(token: Any, anchor: Any, ctx: ArticleContext) -> str | None:
    """The place "there" on the event's verb stands for: the last place named before it, in
    its sentence or the two before, other than the dateline's ("spent a week bargaining in
    Geneva ... Hata met Kantor there on December 7")."""
    there = [
        c
        for node in dict.fromkeys((token, anchor))
        for c in node.children
        if c.lower_ == "there" and c.dep_ == "advmod"
    ]
    if not there:
        return None
    line = ctx.dateline_place
    first = min(s.start for s in [token.sent, *previous_sentences(token.doc, token.sent, 2)])
    named = [
        m
        for m in ctx.actors.mentions
        if m.kind == "place"
        and first <= m.start < there[0].i
        and (line is None or m.start != line.start)
    ]
    return max(named, key=lambda m: m.start).code if named else None


def arrives_here(found: Frame, ctx: ArticleContext) -> bool:
    """An event told as happening where the story is filed: "arrived here", "talks here",
    a visit that "flew in", and, under a dateline, an arrival with no place named ("who
    arrived on Wednesday"; triggers.yaml ``words.arrivals``)."""
    token, anchor = found.token, found.anchor
    visit = found.trigger.mode == "visit"
    arrival = token is anchor and token.lemma_.lower() in ctx.lex.triggers.words.arrivals
    if visit and arrival and ctx.dateline_place is not None:
        return True  # (asked only where the event names no place of its own)
    return any(
        c.lower_ == "here" or (c.lower_ == "in" and c.dep_ in ("prt", "advmod") and visit)
        for c in (*token.children, *anchor.children)
    )


def _setting_place(token: Any, anchor: Any, actors: ArticleActors, lex: Lexicon) -> str | None:
    """The place of the occasion the event's own phrase puts it at, before any other place
    the sentence names ("told reporters at the White House he would meet Xi at the G20 summit
    in Osaka", "met over dinner in Buenos Aires", "met on the sidelines of the summit in
    Bali"): ``words.occasions``, or any preposition with a frame noun (``words.frames``) and
    its "of"."""
    words = lex.triggers.words
    for node in dict.fromkeys((token, anchor)):
        for prep in node.children:
            if prep.dep_ != "prep":
                continue
            for noun in (n for n in prep.children if n.dep_ == "pobj"):
                if prep.lower_ not in words.occasions and noun.lower_ not in words.frames:
                    continue  # "talks on the situation in Syria": what they are about
                framed = [  # "the sidelines of the summit", "the Group of 20 summit"
                    g
                    for of in noun.children
                    if of.dep_ == "prep" and of.lower_ == "of"
                    for g in of.children
                    if g.dep_ == "pobj"
                ]
                for held in (noun, *framed):
                    if held.lemma_.lower() in words.subject_nouns:
                        continue
                    if (where := _own_place(held, actors, lex)) is not None:
                        return where
                    if held.lemma_.lower() in lex.triggers.visit_nouns:  # "during her visit
                        stops = [actors.at(d.i) for d in _destinations_of_noun(held)]  # to X"
                        places = [a.code for a in stops if a is not None and a.kind == "place"]
                        if len(places) == 1:
                            return places[0]
    return None


def _visit_it_happened_in(anchor: Any, lex: Lexicon) -> Any:
    """The travel noun a clause of "during which" describes ("ending a visit to India during
    which the two countries signed"): the act is where the visit went."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "during which he held talks
        clause = clause.head  # ... and was granted an audience"
    if not within_which(clause, lex.triggers.words.within_meeting, lex.names.place_nouns):
        return None
    noun = clause.head
    return noun if noun.lemma_.lower() in lex.triggers.visit_nouns else None


def _dateline_city_in(country: str, when: When, ctx: ArticleContext) -> bool:
    """Whether an act of the last week put in a country took place in the dateline's city in
    that country: the story's own city is the finer place (a visit too: the visitor was
    there, whatever else the trip took in)."""
    line, knowledge = ctx.dateline_place, ctx.lex.knowledge
    if line is None or not line.code or line.code == country or ctx.published_on is None:
        return False
    if when.status != "occurred" or not _in_the_last_days(when, ctx):
        return False
    code = knowledge.countries.code_named(country)
    if code is None:
        return False
    if knowledge.place_within(line.code, country):
        return True
    # (Moscow in a 1991 story lies in the Soviet Union: the state its land was on that day)
    city = knowledge.places.find(line.code)
    if city is None or not city.country:
        return False
    return knowledge.state_at(city.country, ctx.published_on.isoformat()) == code


# days before publication within which a visit or talks with no place told were held in the
# dateline's city, when the city is in one of their countries and not the visitor's
_DATELINE_DAYS = 7


def _held_at_dateline(
    found: Frame, sides: Sides, when: When, line_place: Actor, ctx: ArticleContext
) -> bool:
    """ "ATHENS - X, on a three-day visit that began on Tuesday, met ...", "X, who arrived on
    Monday": the visit (or talks) of the days just past went on in the dateline's city."""
    if when.status != "occurred" or not when.date or ctx.published_on is None:
        return False
    sent = found.token.sent
    if any(  # "X, who is on a visit to Ashgabat, was received by ...": a place is told
        a.kind == "place" and sent.start <= a.start < sent.end and a.start != line_place.start
        for a in ctx.actors.mentions
    ):
        return False
    if found.trigger.type != "CONSULT" or found.trigger.mode not in ("visit", "meet", None):
        return False
    if found.trigger.mode == "visit":  # the host is where the story is filed; not home
        visitors = {a.country for a in sides.subjects if a.kind == "person" and a.country}
        if not visitors or line_place.country in visitors:  # ("CAIRO - the Egyptian minister
            return False  # returned from a visit")
    elif line_place.country not in {a.country for a in (*sides.subjects, *sides.objects)}:
        return False  # talks of others, told from elsewhere
    return _in_the_last_days(when, ctx)


def _in_the_last_days(when: When, ctx: ArticleContext) -> bool:
    """Whether a date told to the day (or a span of days: "a four-day visit" ending today)
    begins within _DATELINE_DAYS before publication; a month or a year is not the days just
    past."""
    if not when.date or ctx.published_on is None:
        return False
    try:
        start = date.fromisoformat(when.date[:10])
    except ValueError:
        return False
    return 0 <= (ctx.published_on - start).days <= _DATELINE_DAYS


def _returns_home(side: list[Actor], countries: tuple[str, ...]) -> bool:
    """'return to Brazil' by a Brazilian: going home is not a visit."""
    visitors = {a.country for a in side if a.kind == "person" and a.country}
    return bool(visitors) and countries[-1] in visitors and len(visitors) == 1


def _place_args(
    token: Any, anchor: Any, actors: ArticleActors, lex: Lexicon, visit: bool = True
) -> list[Actor]:
    """Places the event happens in: 'visited Paris', 'held in Astana', 'arrived in Astana'.
    A country the verb takes as its object is a place only for a visit ("visited France"),
    not for a meeting ("after meeting U.S., Japanese and Canadian ministers": parties)."""
    out: list[Actor] = []
    nodes = [token, anchor]
    if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB":
        nodes.append(anchor.head)  # "arrived in Dushanbe ... and held a meeting"
    nodes += [  # "his tour, which took him to Paris and Bonn"
        c for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() in _CARRYING_VERBS
    ]
    departed = lex.triggers.words.departures  # "left Paris for London": not a place of the visit
    if token.pos_ == "NOUN":  # "the visit of the President of X to Tokyo": wherever the model
        for cand in _destinations_of_noun(token):  # hangs the "to", it says where the visit goes
            actor = actors.at(cand.i)
            if actor and actor.kind == "place" and actor not in out:
                out.append(actor)
            elif actor and actor.kind == "country" and actor.code and visit:
                # "the state visit of President X to the UAE": the country it goes to
                _add_country_place(out, actor, cand, lex)
    for node in dict.fromkeys(nodes):
        for child in node.children:
            candidates = []
            if child.dep_ in _OBJECT_DEPS and node.lemma_.lower() not in departed:
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
                    if not visit and child.dep_ in _OBJECT_DEPS:
                        continue
                    _add_country_place(out, actor, cand, lex)
    return out


def _add_country_place(out: list[Actor], actor: Actor, token: Any, lex: Lexicon) -> None:
    """A state named as a place: the seat its name stands for ("at the Kremlin"), else the
    country by its name; once."""
    if actor.code is None:
        return
    written = token.doc[actor.start : actor.end].text
    name = lex.knowledge.seat_named(actor.code, written) or lex.knowledge.country_name(actor.code)
    if all(o.code != name for o in out):
        out.append(replace(actor, kind="place", code=name))


def _destinations_of_noun(token: Any) -> list[Any]:
    """Names after "to" inside a travel noun's phrase ("the visit of X to Tokyo") or right
    after it ("preparations for the visit of the President of X to Tokyo")."""
    doc = token.doc
    found = []
    for prep in doc[token.i + 1 : min(token.right_edge.i + 2, token.sent.end)]:
        if prep.lower_ != "to" or prep.dep_ != "prep":
            continue
        inside = token.left_edge.i <= prep.i <= token.right_edge.i
        if not inside and prep.i != token.right_edge.i + 1:
            continue
        if inside and _in_a_clause_below(prep, token):
            continue  # "talks with Symonenko, who returned to Kiev": the clause's own trip
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                found += [pobj, *pobj.conjuncts]
    return found


def _in_a_clause_below(node: Any, top: Any) -> bool:
    """Whether a verb stands between a node and a noun above it (a relative or participle
    clause of the noun's phrase). Not `frames.nominal_path`, which also stops at an adverb or
    an adjective: "talks with Kohl ahead of her visit to Moscow" would lose its place."""
    head = node.head
    while head.i != top.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            return True
        head = head.head
    return False


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


def _sentence_place(
    sent: Any, actors: ArticleActors, lex: Lexicon, trigger: Any = None
) -> str | None:
    """A place the sentence puts things in ("in Budapest", "at the summit in China"); not one
    inside a relative clause about something else ("discussed the summit, which will be held
    in Dushanbe": the summit's place, not the talks'), nor the place of what is talked about
    ("the situation in Shan state"; triggers.yaml ``words.subject_nouns``)."""
    subjects = lex.triggers.words.subject_nouns
    settings = lex.triggers.words.within_meeting
    earlier = lex.triggers.words.earlier_marks
    for token in sent:
        if trigger is not None and _in_other_relative_clause(token, trigger, settings):
            continue
        if trigger is not None and _in_an_earlier_clause(token, trigger, earlier):
            continue  # "talks with Putin since they met in Astana": Astana is the last meeting's
        if token.head.lemma_.lower() in subjects and token.head.pos_ == "NOUN":
            continue  # "discussed the situation in Shan state": where the subject is
        if (where := _place_after(token, actors, lex)) is None:
            continue
        if trigger is None or not _in_other_phrase(token, trigger, lex):
            return where
    return None


def _own_place(noun: Any, actors: ArticleActors, lex: Lexicon) -> str | None:
    """The place in a noun's own "in"/"at" phrase ("the summit in Melbourne"), or in that of
    the light verb it is the subject of ("the session was held in New Delhi")."""
    holders = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in lex.triggers.light_verbs:
        holders.append(noun.head)
    for holder in holders:
        for prep in holder.children:
            if (where := _place_after(prep, actors, lex)) is not None:
                return where
    return None


def _place_after(prep: Any, actors: ArticleActors, lex: Lexicon) -> str | None:
    """The place (or country, by its name) an "in", "at", "near" or "off" phrase names: "held
    in Geneva", "a clash near the border town of Busia", "seized off the island of Palawan"
    (an incident at sea or on a border is placed by what it is near); "on" only before a
    place noun ("met on the Greek island of Crete"; "talks on Kashmir" are about it)."""
    if prep.lower_ not in ("in", "at", "near", "off", "on") or prep.dep_ != "prep":
        return None
    for pobj in prep.children:
        if prep.lower_ == "on" and pobj.lower_ not in lex.names.place_nouns:
            continue
        actor = actors.at(pobj.i)
        if actor and actor.kind == "place":
            return actor.code
        if pobj.pos_ == "NOUN" and actor is None:  # "at a Geneva hotel": the place it names
            modifiers = [actors.at(c.i) for c in pobj.children if c.dep_ == "compound"]
            if (place := next((a for a in modifiers if a and a.kind == "place"), None)) is not None:
                return place.code
        if actor and actor.kind == "country" and actor.code:
            written = prep.doc[actor.start : actor.end].text  # "at the Akorda": the capital
            seat = lex.knowledge.seat_named(actor.code, written)
            return seat or lex.knowledge.country_name(actor.code)
        if pobj.lower_ in lex.names.place_nouns:  # "at the border town of Mutare", "in Surin
            named = (actors.at(t.i) for t in pobj.subtree)  # province"
            return next((a.code for a in named if a and a.kind == "place"), None)
    return None


def _in_an_earlier_clause(token: Any, trigger: Any, marks: frozenset[str]) -> bool:
    """Whether ``token`` lies in a clause of a time before (``marks``: triggers.yaml
    ``words.earlier_marks``, "since they met in Astana") that does not hold ``trigger``."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in marks for c in node.children
        ):
            return not node.left_edge.i <= trigger.i <= node.right_edge.i
    return False


def _in_other_phrase(token: Any, trigger: Any, lex: Lexicon) -> bool:
    """Whether ``token`` lies in the clause of another verb joined to the trigger's ("was
    received by Pertini on Monday and is due to see the Pope at the Vatican") or inside the
    topic phrase of a document ("signed ... an accord on water supply in western Kenya": what
    the document is about)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if any(c.left_edge.i <= token.i <= c.right_edge.i for c in joined):
        return True
    words = lex.triggers.words
    node = token
    while node.head.i != node.i and node.i != trigger.i:
        node = node.head  # (not "signed an agreement in Lagos": the parser may hang the
        # signing's place on the document)
        if node.dep_ == "prep" and node.lower_ in words.document_topics:
            if node.head.pos_ == "NOUN" and node.head.lemma_.lower() in words.signed_documents:
                return True
    return False


def _in_other_relative_clause(
    token: Any, trigger: Any, settings: frozenset[str] = frozenset()
) -> bool:
    """Whether ``token`` lies in a relative clause that neither holds ``trigger`` nor
    describes it ("a meeting held in Astana" is the meeting's own), nor the meeting the
    trigger's act happens in ("During talks held in Tokyo, they signed": ``settings``,
    triggers.yaml ``words.within_meeting``)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.dep_ in ("relcl", "acl") and node.pos_ in ("VERB", "AUX"):
            inside = node.left_edge.i <= trigger.i <= node.right_edge.i
            noun = node.head  # "the meeting of X and Y, which was held in": the meeting's
            own = noun.i == trigger.i or (
                trigger.pos_ == "NOUN" and trigger.left_edge.i <= noun.i <= trigger.right_edge.i
            )
            setting = (
                noun.dep_ == "pobj"
                and noun.head.lower_ in settings
                and noun.head.head.i == trigger.i
            )
            return not inside and not own and not setting
    return False
