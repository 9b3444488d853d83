"""Event frames: the words of a sentence that announce an event, each reading of them, and
whether the reading reports an event at all.

A frame is a trigger word (a verb, or a noun carried by a light verb, a light noun, a purpose
verb or its own agent) with the anchor whose subject takes part. A word may have several
readings ("recalled its ambassador" is a sanction, "recalled the talks" none); the first that
makes an event wins. Background, denied, topical and commercial mentions are filtered here.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.lexicon import EventWords, Lexicon, Trigger, TriggerTable
from diplograph.extract.mentions import Actor, ArticleActors, spaced_dash
from diplograph.extract.parsing import marked_by_to
from diplograph.extract.participants import (
    RELATIVE_PRONOUNS,
    _actors_of,
    _is_generic,
    clause_subjects,
    for_clause_subjects,
    is_condition,
    told_to_come,
)

_DYADIC_NOUNS = frozenset({"CONSULT", "AGREE"})
# words that stand for an organisation of states: "the organization's summit", "the bloc"
ORGANISATION_WORDS = frozenset({"organization", "organisation", "bloc", "union", "alliance"})


@dataclass(frozen=True)
class Frame:
    trigger: Trigger
    token: Any  # the trigger token
    anchor: Any  # the verb whose subject is the actor (the light verb for "held talks")
    group: str | None = None  # the organisation or format whose meeting this is ("G7")


def _of_organisation(token: Any, actors: ArticleActors) -> bool:
    """'the SCO summit', 'the organization's summit', 'the summit of the CIS'."""
    for node in token.subtree:
        actor = actors.at(node.i)
        if actor is not None and actor.kind == "org":
            return True
        if node.lower_ in ORGANISATION_WORDS:
            return True
    return False


def sentence_frames(
    sent: Any,
    lex: Lexicon,
    actors: ArticleActors,
    lone_sentence: bool = False,
    dated_at: dict[int, Any] | None = None,
) -> Iterator[list[Frame]]:
    """The readings of each trigger word in a sentence: in an article its entries in file
    order, in a lone sentence every entry, the most specific first (``_specificity``); the
    caller keeps the first reading that makes an event (``_first_built``)."""
    table = lex.triggers
    dated_at = dated_at or {}
    for token in sent:
        # frames the parse hides: a capitalised gerund, a stay abroad told with "be"
        hidden = _gerund_meeting(token, actors, lex) or _presence_abroad(token, actors, lex)
        if hidden is not None:
            yield [hidden]
            continue
        adjective = _placed_predicate(token) and any(  # "is due in Bonn", "is expected in
            t.pos == "adjective" for t in table.verbs.get(token.lemma_.lower(), ())
        )  # Tripoli" (not "was arrested in Lebanon": a verb)
        if (
            token.pos_ in ("VERB", "AUX")
            or (token.pos_ == "NOUN" and token.tag_ == "VB")
            or adjective
        ):
            verbs = [
                trig
                for trig in _readings_here(token, table)
                if (trig.pos == "adjective") == adjective
                and (lone_sentence or not trig.sentence_only)
            ]
            readings = [
                Frame(_summons_to_protest(trig, token, table), token, token)
                for trig in _in_order(verbs, lone_sentence)
            ]
        elif token.pos_ in ("NOUN", "PROPN"):
            nouns = _noun_triggers(token, table, lone_sentence)
            readings = [  # a compound entry first: "air strikes" before workers' "strikes"
                found
                for trig in sorted(_in_order(nouns, lone_sentence), key=_lacks_companion)
                if (found := _noun_reading(token, trig, lex, actors, lone_sentence, dated_at))
                is not None
            ]
        else:
            continue
        if readings:
            yield readings


def _summons_to_protest(trig: Trigger, verb: Any, table: TriggerTable) -> Trigger:
    """A summons of an envoy made for a protest is that protest: "summoned the envoy to
    protest against the raid" (a purpose), "was summoned and handed a note of protest" (a
    second act of the same subject), "summoned the ambassador in protest"; the summons keeps
    the object it needs (``words.summons``)."""
    if not is_summons(trig, table.words) or not any(
        _protest_word(c, table) for c in _acts_of_the_summons(verb)
    ):
        return trig
    return replace(trig, type="PROTEST")


def is_summons(trig: Trigger, words: EventWords) -> bool:
    """Whether the trigger calls in an envoy (``words.summons``): an act addressed to him."""
    return (f"{trig.lemma}_{trig.companion}" if trig.companion else trig.lemma) in words.summons


def _acts_of_the_summons(verb: Any) -> list[Any]:
    """The words that may say what a summons is for: its infinitive of purpose, the object
    of "in" on it or on the envoy ("summoned the envoy in protest"), the object (or the
    objects, "handed him a note") of a verb joined to it."""
    out: list[Any] = []
    envoys = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    for child in [*verb.children, *(c for e in envoys for c in e.children)]:
        if child.dep_ in ("advcl", "xcomp", "relcl", "acl") and marked_by_to(
            child
        ):  # ("summoned the envoy, X, to protest": the parser may hang it on the envoy)
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ == "in":
            out += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "conj" and child.pos_ == "VERB":
            out += [t for c in child.children if c.dep_ == "dobj" for t in _named_thing(c)]
    return out


def _named_thing(noun: Any) -> list[Any]:
    """A noun with the words that say what it is: its compounds and its "of" object ("a
    protest note", "a note of protest"; not what a clause on it tells)."""
    out = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _protest_word(token: Any, table: TriggerTable) -> bool:
    """A verb or noun of protest in an article ("to protest", "a formal protest")."""
    entries = (table.verbs if token.pos_ == "VERB" else table.nouns).get(token.lemma_.lower(), ())
    return any(t.type == "PROTEST" and not t.sentence_only and not t.companion for t in entries)


def _placed_predicate(token: Any) -> bool:
    """A predicative adjective that says where somebody is to be: "is due in Bonn", "is due
    here", or a passive participle used so ("is expected in Tripoli next month"); not "is due
    to meet", "payments are due in May")."""
    predicate = token.pos_ == "ADJ" and token.dep_ == "acomp"
    participle = token.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in token.children
    )
    if not (predicate or participle) or any(c.dep_ == "xcomp" for c in token.children):
        return False
    children = list(token.children)
    if predicate:  # "is due | in Beijing": the parser may hang the place on the copula
        children += [c for c in token.head.children if c.i > token.i]
    for child in children:
        if child.lower_ == "here":
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            if any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC") for g in child.children):
                return True
    return False


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
    {"LISTED", "ACTOR", "INFINITIVE", "DESTINATION", "NOUN", "PARTY", "REACHED", "SOURCE", "CLAUSE",
     "WITH", "CALLED", "LEAVE", "OTHERS", "UNAGREED"}
)  # fmt: skip


def _specificity(trig: Trigger) -> tuple[bool, bool, int, bool]:
    """Sort key, most specific reading first (data/triggers.yaml says why): one that lists
    its objects ("expelled two diplomats"), then one with its particle ("called off"), then
    one that needs a kind of object, then one that needs an actor or a listed word, then the
    rest; at each step a sentence-level reading first. ``sorted`` keeps file order after."""
    needs = set(trig.needs_object)
    rank = 0 if needs & _RESTRICTIVE_NEEDS else 1 if needs else 2
    return ("LISTED" not in needs, trig.companion is None, rank, not trig.sentence_only)


def _lacks_companion(trig: Trigger) -> bool:
    return trig.companion is None


def _in_order(triggers: Sequence[Trigger], lone_sentence: bool) -> list[Trigger]:
    """Article triggers in file order; in a lone sentence every trigger, most specific first."""
    if not lone_sentence:
        return [t for t in triggers if not t.sentence_only]
    return sorted(triggers, key=_specificity)


def _modifiers(noun: Any) -> set[str]:
    """The words that qualify a noun before it, with their conjuncts: "air strikes", "air and
    missile strikes" (the parser hangs a coordinated first word as ``nmod``)."""
    first = [
        c
        for c in noun.children
        if c.dep_ in ("compound", "amod") or (c.dep_ == "nmod" and c.i < noun.i)
    ]
    return {w.lower_ for c in first for w in (c, *(g for g in c.children if g.dep_ == "conj"))}


def _has_companion(verb: Any, word: str) -> bool:
    """The verb's particle or preposition of a phrasal trigger ("call_on", "head_to"): "head
    to Rome", not "to head off protectionism"; in a naming ("called Kazakhstan a partner ...
    on energy") a preposition after what it is called belongs to that (not "left Paris for
    London", whose "for" follows the object), nor an "in" whose object is a time ("stopped
    pumping gas in October" is no "stop_in")."""
    objects = [o.i for o in verb.children if o.dep_ == "oprd"]
    return any(
        c.lower_ == word
        and (
            c.dep_ in ("prt", "advmod")  # "brought home its ambassador": "home" an adverb
            or (
                c.dep_ in ("prep", "agent")
                and all(c.i < i for i in objects)
                and not (word == "in" and any(_a_time(g) for g in c.children))
            )
        )
        for c in verb.children
    ) or bool(for_clause_subjects(verb, word))


def _a_time(node: Any) -> bool:
    return bool(node.dep_ == "pobj" and node.ent_type_ in ("DATE", "TIME"))


def _noun_reading(
    token: Any,
    trig: Trigger,
    lex: Lexicon,
    actors: ArticleActors,
    lone_sentence: bool,
    dated_at: dict[int, Any],
) -> Frame | None:
    """A noun trigger's reading, or None when the noun names no event here."""
    table = lex.triggers
    if trig.companion and trig.companion not in _modifiers(token):
        return None
    group = _group_of(token, actors, lex) if trig.type == "CONSULT" else None
    if trig.mode == "multilateral" and not _of_organisation(token, actors):
        trig = replace(trig, mode="meet")
    if trig.mode == "meet" and group is not None:
        trig = replace(trig, mode="multilateral")  # "a G-7 meeting"
    if _market_quantity(token, table.words):
        return None  # "domestic demand", "Japanese demand for coal": a market, not a request
    if _is_background(token, table.words, dated_at, actors, () if lone_sentence else table.nouns):
        return None  # "following talks", "frequent visits": told as background
    if _is_event_name(token) and not lone_sentence:
        return None  # "the International Meeting on Syria": a forum's name
    if _predicate_of_an_event(token, table) and not lone_sentence:
        return None  # "Tomorrow's G-7 meeting is seen as the key meeting": the same one
    if group is None and trig.mode == "meet" and _audience(token, table) and not lone_sentence:
        return None  # "told a cabinet meeting", "addressed a meeting of oil executives"
    if token.dep_ == "conj" and _carried_by_light_verb(token.head, lex):
        # "launched a missile and drone attack on its cities": the parser makes the first
        # word the object and hangs the target on it; the frame is the whole phrase's
        token = token.head
    measure = _measure_of(token, table.words)  # "held two days of talks"
    amount = _amount_of(token, table)  # "will send $600 million in aid"
    into_force = _into_force_verb(token, table.words)  # "the tariffs take effect on May 1"
    given = _given_with(token, table.words)  # "will provide Turkey with credits"
    carried = (
        into_force is not None
        or given is not None
        or amount is not None
        or _carried_by_light_verb(measure or token, lex)
    )
    carrier = into_force or given or (amount or measure or token).head  # the verb that carries it
    purpose = _purpose_verb(token, table.words) if trig.type == "CONSULT" else None
    if purpose is not None and _a_thing_is_sent(purpose, actors):
        purpose = None  # "the plan could be submitted to a summit": the summit is its own
    copula = None if carried else _copula_of(token)
    made = None if carried else _made_by(token, table)  # "a request made by X"
    anchor = carrier if carried else copula or purpose or _light_noun(token, table) or made or token
    if (
        trig.type not in _DYADIC_NOUNS
        and anchor is token
        and not lone_sentence
        and not _has_own_agent(token, actors, table.words)
    ):
        return None  # "under US sanctions": a background mention, not an event
    return Frame(trig, token, anchor, group)


def _group_of(token: Any, actors: ArticleActors, lex: Lexicon) -> str | None:
    """The organisation with known members whose meeting a noun names: "a G-7 meeting", "talks
    of the Group of Five", "a meeting of its EC partners", "talks involving G-5 members"."""
    nodes = [token]
    if token.dep_ == "appos":  # "the Group of Seven meeting" parsed as "Group, meeting"
        nodes.append(token.head)
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":  # "a GCC summit conference":
        nodes.append(token.head)  # the name may hang on the phrase's head
    children = list(token.children)
    for child in token.children:  # "a meeting here of EC ministers": "of" hangs on "here"
        if child.dep_ == "advmod":
            children += [c for c in child.children if c.dep_ == "prep"]
    for child in children:
        if child.dep_ == "prep" and child.lower_ in ("of", "among", "between"):
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                nodes.append(pobj)  # "the meeting of leaders of the G-7 nations"
                nodes += [
                    g
                    for p in pobj.children
                    if p.dep_ == "prep" and p.lower_ in ("of", "from")
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
        elif child.dep_ == "acl" and child.lemma_.lower() in ("involve", "include", "bring"):
            nodes += [g for g in child.children if g.dep_ == "dobj"]
    for node in nodes:  # its name parts, or the name set beside it: "seven nations (G-7)"
        for part in (node, *node.children):
            if part is not node and part.dep_ not in ("compound", "amod", "poss", "nmod", "appos"):
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


def _made_by(token: Any, table: Any) -> Any | None:
    """The participle of a light verb that carries an event noun with its agent: "a request
    made by Mexico's finance minister", "talks held by the two sides"; or the relative clause
    whose subject does it to the noun: "the ban on arms sales he ordered on June 5", "the
    tariffs that Washington imposed in April 1987" (not "the talks that began", whose
    relative pronoun is the subject)."""
    return next(
        (
            c
            for c in token.children
            if c.lemma_.lower() in table.light_verbs
            and (
                (c.dep_ == "acl" and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children))
                or (c.dep_ == "relcl" and _done_to_its_noun(c))
            )
        ),
        None,
    )


def _done_to_its_noun(clause: Any) -> bool:
    """A relative clause with a subject of its own and no object but the noun it qualifies."""
    relative = RELATIVE_PRONOUNS
    return any(g.dep_ == "nsubj" and g.tag_ not in relative for g in clause.children) and not any(
        g.dep_ == "dobj" and g.tag_ not in relative for g in clause.children
    )


def _amount_of(token: Any, table: TriggerTable) -> Any | None:
    """The amount an event noun is given or laid in: "will send $600 million in military aid
    to Kyiv", "to slap 300 mln dlrs in tariffs on Japanese goods" (the amount is the object
    of a verb of giving, ``words.giving``, or of a light verb)."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "in" or head.dep_ != "prep":
        return None
    amount = head.head
    if amount.pos_ == "VERB":  # "will send $600 million | in aid": "in" hung on the verb
        amount = next((c for c in amount.children if c.dep_ == "dobj"), amount)
    verb = amount.head
    counted = amount.like_num or any(c.dep_ == "nummod" for c in amount.children)
    lemma = verb.lemma_.lower()
    if amount.dep_ != "dobj" or not counted:
        return None
    return amount if lemma in table.words.giving or lemma in table.light_verbs else None


def _measure_of(token: Any, words: EventWords) -> Any | None:
    """The noun that measures out an event noun: "a round of talks", "two days of talks"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in words.measures:
        return head.head
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
        if actor is not None and actor.kind == "place" and child.dep_ == "poss":
            return True  # "Washington's request": a possessive capital is its government
        if actor is None or actor.kind not in ("country", "person", "org"):
            continue
        if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and child.i < token.i):
            return True
    return any(  # "a request made by X", "the loan granted by Japan"
        (actor := actors.at(pobj.i)) is not None and actor.kind in ("country", "person", "org")
        for participle in token.children
        if participle.dep_ == "acl" and participle.tag_ == "VBN"
        for agent in participle.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
    )


def _gerund_meeting(token: Any, actors: ArticleActors, lex: Lexicon) -> Frame | None:
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
    return Frame(trig, token, root) if trig is not None and root is not token else None


def _presence_abroad(token: Any, actors: ArticleActors, lex: Lexicon) -> Frame | None:
    """'Kuranari is in Washington for talks', 'X, who was in Tokyo last week, said': a
    state's person present in another state's place is visiting it."""
    if token.lemma_.lower() != "be" or token.pos_ not in ("AUX", "VERB"):
        return None
    if any(c.dep_ in ("attr", "acomp", "neg", "expl") for c in token.children):
        return None  # "is in charge of", "is not in Tokyo", "there is ..."
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "relcl" and any(c.lower_ == "who" for c in subjects):
        subjects = [token.head]  # "X, who is in Tokyo"
    people = [a for s in subjects if (a := actors.at(s.i)) is not None and a.kind == "person"]
    places = [
        a
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
        if g.dep_ == "pobj" and (a := actors.at(g.i)) is not None and a.kind in ("place", "country")
    ]
    if len(people) != 1 or len(places) != 1 or not people[0].country:
        return None
    if not places[0].country or places[0].country == people[0].country:
        return None
    trig = next((t for t in lex.triggers.verbs.get("visit", ()) if t.mode == "visit"), None)
    return Frame(trig, token, token) if trig is not None else None


def _is_event_name(token: Any) -> bool:
    """A capitalised trigger inside a proper name ('Astana International Forum'); not one
    capitalised as the first word after a dateline ("ALGIERS, Feb 10 - Talks between ...")."""
    if not token.text[:1].isupper() or token.is_sent_start or token.pos_ != "PROPN":
        return False
    if token.i > 0 and spaced_dash(token.nbor(-1)):
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


_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their"})


def _market_quantity(token: Any, words: EventWords) -> bool:
    """A noun that names a market's quantity here: singular with no article or owner
    ("domestic demand", "Japanese demand for coal", "a high level of demand"), or with a
    market word before it ("the strong demand"); "a demand that", "Japan's demands" are acts."""
    if token.lemma_.lower() not in words.market_nouns:
        return False
    modifiers = [c for c in token.children if c.dep_ == "amod"]
    modifiers += [g for c in modifiers for g in c.conjuncts]  # "European and domestic demand"
    if any(c.lower_ in words.market_modifiers for c in modifiers):
        return True
    owned = any(  # "both" and "much" are quantities, not an article: "much demand"
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _ARTICLES) for c in token.children
    )
    return token.tag_ == "NN" and not owned


def _has_own_date(token: Any, dated_at: dict[int, Any]) -> bool:
    """Whether a date hangs from the noun itself ("the meeting on April 5-6")."""
    for child in token.children:
        if child.i in dated_at or any(g.i in dated_at for g in child.children):
            return True
    return False


def _bare_plural(token: Any, nouns: Any, dated_at: dict[int, Any]) -> bool:
    """The plural of an event noun with no article, owner, number or date of its own: many
    events, none in particular ("recent meetings of the G-7"). Plurals that name one event
    ("talks", "negotiations") are listed as nouns of their own and are not this."""
    if token.tag_ != "NNS" or token.lower_ == token.lemma_.lower() or token.lower_ in nouns:
        return False
    if token.lemma_.lower() not in nouns:
        return False
    if any(c.dep_ in ("det", "poss", "nummod") for c in token.children):
        return False
    if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ == "VERB":
        return False  # "held meetings on Monday": the verb says which
    return not _has_own_date(token, dated_at)


def _is_background(
    token: Any,
    words: EventWords,
    dated_at: dict[int, Any],
    actors: ArticleActors,
    nouns: Any = (),
) -> bool:
    """A noun trigger that names no particular event: 'following talks', 'regular visits'."""
    habitual = words.habitual
    if _bare_plural(token, nouns, dated_at) and not _has_own_parties(token, actors):
        return True  # "recent meetings of the Group of Seven", "visits by Chinese leaders"
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
        # "the pace of the talks", "progress in the negotiations": a topic; but "the outcome of
        # talks between A and B" tells those talks (a held event's aspect, and a noun with
        # parties or a date of its own)
        held = token.head.head.lemma_.lower() in words.held_aspects
        return not (held and (_has_own_parties(token, actors) or _has_own_date(token, dated_at)))
    has_poss = any(c.dep_ == "poss" for c in token.children)
    background = words.background_prepositions
    if token.dep_ != "pobj" or token.head.lower_ not in background or has_poss:
        return False
    # "after talks between A and B", "ahead of talks with X on May 6", "left for home after a
    # three-day visit to Peru": the noun names its own parties, date or destination, so it is
    # one event, told as the circumstance of another
    return not (
        _has_own_parties(token, actors)
        or _has_own_date(token, dated_at)
        or _trip_with_destination(token, actors, nouns)
    )


def _trip_with_destination(token: Any, actors: ArticleActors, nouns: Any) -> bool:
    """A travel noun with where it went: "a three-day official visit to Peru"."""
    readings = nouns.get(token.lemma_.lower(), ()) if nouns else ()  # none in lone sentences
    if not any(t.mode == "visit" for t in readings):
        return False
    return any(
        (actor := actors.at(g.i)) is not None and actor.kind in ("country", "place")
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "to"
        for g in prep.children
        if g.dep_ == "pobj"
    )


def _has_own_parties(token: Any, actors: ArticleActors) -> bool:
    """Whether the noun names who takes part in it: "talks between A and B", "talks with X"."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("between", "with"):
            for node in child.subtree:
                actor = actors.at(node.i)
                if actor is not None and actor.kind in ("country", "person", "org"):
                    return True
    return False


def _predicate_of_an_event(token: Any, table: Any) -> bool:
    """An event noun said of another: "the meeting is seen as the key meeting", "the visit
    was the first such trip" (what the subject is, not a second event)."""
    if token.dep_ == "attr":
        verb = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
        verb = token.head.head
    else:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects += [g for c in subjects for g in c.children if g.dep_ in ("appos", "compound")]
    return any(c.lemma_.lower() in table.nouns or c.lower_ in table.nouns for c in subjects)


def _audience(token: Any, table: Any) -> bool:
    """A meeting spoken to: "told an emergency cabinet meeting", "addressed a meeting of oil
    executives", "told a GATT meeting that ...": the audience of a speech, not talks."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ == "pobj" and token.head.lower_ not in ("to", "before"):
        return False  # "spoke to a meeting", "testified before a committee meeting"
    lemma = verb.lemma_.lower()
    return lemma in table.reporting_verbs or lemma in table.words.addressing


def _purpose_verb(token: Any, words: EventWords) -> Any | None:
    """'arrived in Dushanbe for a two-day visit': the verb the visit hangs from (not the verb
    after an aside of somebody on a visit: "X, on a visit to India, invited Y to ...")."""
    prep = token.head
    purpose = words.purpose_prepositions
    if token.dep_ == "pobj" and prep.lower_ in purpose and prep.head.pos_ == "VERB":
        return None if prep.lower_ == "on" and set_off(prep) else prep.head
    return None


def set_off(phrase: Any) -> bool:
    """A phrase between commas before its verb ("X, on a visit to Spain, asked ..."), or hung
    by the parser on the subject before it ("Kishida, on a two-day visit to India, invited
    Modi to attend ...")."""
    doc, end = phrase.doc, phrase.right_edge.i + 1
    head = phrase.head
    return bool(
        phrase.i > 0
        and (phrase.i < head.i or (head.dep_ in ("nsubj", "nsubjpass") and head.i < phrase.i))
        and doc[phrase.i - 1].text == ","
        and end < len(doc)
        and doc[end].text == ","
    )


def _a_thing_is_sent(verb: Any, actors: ArticleActors) -> bool:
    """The verb is passive and what it sends is no actor ("the issue was referred to the
    talks", "a proposal submitted to the summit"): no one goes to the event by it."""
    return any(
        c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PRON") and actors.at(c.i) is None
        for c in verb.children
    )


def _copula_of(token: Any) -> Any | None:
    """The copula that says where, when or between whom an event noun's event is: "the talks
    will be in Washington next week", "the last of the talks is between the two ministers"
    (not "the visit was a success", a predicate)."""
    node = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "nsubj":
        node = token.head.head  # "the last of the talks", "one of the meetings"
    head = node.head
    if node.dep_ != "nsubj" or head.lemma_.lower() != "be" or head.pos_ != "AUX":
        return None
    if any(c.dep_ in ("attr", "acomp", "ccomp", "xcomp") for c in head.children):
        return None
    preps = {c.lower_ for c in head.children if c.dep_ == "prep"}
    return head if preps & {"between", "with", "in", "at"} else None


def _carried_by_light_verb(token: Any, lex: Lexicon) -> bool:
    """'held talks', 'talks were held', 'talks opened' (not "the demand has been met"); an
    event noun is carried as a subject only by a verb without an object of its own ("the
    visit would open a new chapter" says what the visit does, it does not hold it)."""
    head = token.head
    if _into_force_verb(token, lex.triggers.words) is not None:
        return True
    if token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in head.children):
        return False
    return (
        head is not token
        and head.pos_ in ("VERB", "AUX")
        and token.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")
        and head.lemma_.lower() in lex.triggers.light_verbs
    )


def _given_with(token: Any, words: EventWords) -> Any | None:
    """The verb of giving whose "with" phrase names the thing given to its object: "will
    provide Turkey with credits of 300 mln marks", "supplied Chad with aid" (``words.giving``)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "with":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.giving:
        return None
    return verb if any(c.dep_ == "dobj" for c in verb.children) else None


def _into_force_verb(token: Any, words: EventWords) -> Any | None:
    """The verb of a subject's coming about: "talks took place", "the tariffs take effect",
    "the ban went into effect", "the sanctions are to come into force" (``words.in_force``)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = token.head
    if verb.lemma_ != "take":  # "are to take effect", "are expected to come into force"
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in words.in_force and verb.lemma_ == "take":
            return verb
        if child.dep_ == "prep" and child.lower_ == "into":
            if any(g.dep_ == "pobj" and g.lower_ in words.in_force for g in child.children):
                return verb
    return None


@dataclass(frozen=True)
class Sides:
    """Who an event frame names: its subjects, objects and places, and whether a generic pair
    ("the two sides", "the two presidents") stands for the article's two countries."""

    subjects: list[Actor]
    objects: list[Actor]
    places: list[Actor]
    generic: bool


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


def _denies(verb: Any, denying: frozenset[str]) -> bool:
    """The verb is one of ``words.denying``: a lemma ("cancel"), or a lemma with its particle
    written lemma_particle ("call_off": "called off the talks", "called the talks off")."""
    lemma = verb.lemma_.lower()
    return lemma in denying or any(
        c.dep_ == "prt" and f"{lemma}_{c.lower_}" in denying for c in verb.children
    )


def _called_off_by_its_doer(anchor: Any, words: EventWords) -> bool:
    """A plan told in a relative clause of the one whose own verb then denies it: "X, who had
    been due to fly to Moscow on Monday for talks, called off the trip" (the trip, the visit
    or "it" takes up the plan of the clause: ``words.called_off``)."""
    node = anchor
    while node.dep_ in _INSIDE_A_CLAUSE and node.head.i != node.i:
        node = node.head
    if node.dep_ != "relcl" or node.head.dep_ != "nsubj":
        return False
    verb = node.head.head
    if not _denies(verb, words.denying):
        return False
    return any(  # ("called off the trip": the parser may hang the trip on the particle)
        c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in words.called_off
        for part in (verb, *(p for p in verb.children if p.dep_ == "prt"))
        for c in part.children
    )


# how a verb hangs inside its clause: "had been due to fly ... for talks"
_INSIDE_A_CLAUSE = frozenset({"xcomp", "acomp", "conj", "prep", "pobj", "pcomp", "advcl"})


# the kinds of event that stay a plan when put off (talks, visits, signings, aid)
_PUT_OFF_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID"})


def postponed_by(found: Frame, words: EventWords) -> Any | None:
    """The verb or noun that puts a cooperative event off ("postponed the talks", "the visit
    ... has been postponed", "the postponement of the visit"; ``words.postponing``), or None
    (a demonstration or a sanction put off is none: no threat, no act)."""
    if found.trigger.type not in _PUT_OFF_TYPES:
        return None
    for node in _phrases_above(found.token)[:3]:  # ("the departure of the airliner on a tour
        if node.dep_ in ("dobj", "nsubjpass") and _denies(node.head, words.postponing):
            return node.head  # has been delayed")
    put_off = _put_off_participle(found.token, words) if found.anchor.i == found.token.i else None
    if put_off is not None:
        return put_off
    owner = _owner_noun(found.token)
    lemma = owner.lemma_.lower() if owner is not None else ""
    if owner is not None and lemma in words.postponing and lemma not in words.denying:
        return owner  # "the postponement of the visit"
    return None


def _told_with_no(found: Frame) -> bool | None:
    """Whether "no" denies the event: on its noun ("no OPEC meeting was foreseen", "has
    extended no new credit": none held or given, for the types that are held or given), or on
    its verb's object ("has extended no new credit to Nigeria since 1983"); None when no "no"
    is there."""
    token = found.token

    def with_no(node: Any) -> bool:
        return any(c.dep_ == "det" and c.lower_ == "no" for c in node.children)

    if token.pos_ in ("NOUN", "PROPN") and with_no(token):
        return found.trigger.type in ("CONSULT", "AGREE", "AID")
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" and with_no(c) for c in token.children):
        return True
    return None


def _put_off_participle(token: Any, words: EventWords) -> Any | None:
    """The participle after an event noun that puts it off ("the crown prince's visit,
    postponed last November, has yet to be rescheduled"), which the model may hang on the
    noun or read as the noun's own verb with no object (an event noun puts nothing off); not
    where a verb carries the noun with its new time ("a meeting, postponed in March, would
    now be held on May 25")."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and _denies(child, words.postponing):
            return child
    head = token.head
    if token.dep_ == "nsubj" and head.tag_ in ("VBD", "VBN") and _denies(head, words.postponing):
        if not any(c.dep_ == "dobj" for c in head.children):
            return head
    return None


def _denied_above(token: Any, denying: frozenset[str]) -> bool:
    """A noun phrase above the event noun that is denied ("the departure of the airliner on a
    tour of Asia has been delayed"), or a noun of denial it depends on ("the delay in signing
    the loan", "the cancellation of the visit")."""
    if any(
        node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in denying
        for node in _phrases_above(token)[1:]
    ):
        return True
    owner = _owner_noun(token)
    return owner is not None and owner.lemma_.lower() in denying


def _phrases_above(token: Any) -> list[Any]:
    """The token and the nouns whose "of"/"on" phrases hold it, three levels up ("the
    departure | of the airliner | on a tour | of Asia")."""
    found = [token]
    for _ in range(3):
        node = found[-1]
        if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.head.pos_ != "NOUN":
            break
        found.append(node.head.head)
    return found


def _owner_noun(token: Any) -> Any | None:
    """The noun an event depends on by "in", "of" or "to" ("the delay in signing the loan",
    "the postponement of the visit")."""
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in ("in", "of", "to"):
        return None
    owner = token.head.head
    return owner if owner.pos_ == "NOUN" else None


# how a verb hangs as the subject of another ("... planned for Monday was called off")
_SUBJECT_CLAUSE = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def _is_denied(found: Frame, words: EventWords) -> bool:
    """'ruled out a meeting', 'cancelled the visit', 'denied the talks took place' (not
    'delayed the visit': put off, still a plan)."""
    token, head = found.token, found.token.head
    if postponed_by(found, words) is not None:
        return False
    denying = words.denying | words.postponing  # (a demonstration put off: none either)
    if token.dep_ in ("dobj", "nsubjpass") and _denies(head, denying):
        return not (head.lemma_.lower() == "drop" and found.trigger.type != "CONSULT")
    if token.dep_ == "nsubj" and head.dep_ in _SUBJECT_CLAUSE and _denies(head.head, denying):
        return True  # "a meeting planned for Friday was called off", the participle parsed as
        # the noun's own verb and the subject of the one that denies it
    if _in_a_denied_report(found.anchor, words) or _said_not_to_be(found.anchor, words):
        return True  # "denied reports that the premier would travel to Moscow"
    if _denied_above(token, denying) or _called_off_by_its_doer(found.anchor, words):
        return True
    anchor = found.anchor
    if anchor.dep_ in ("acl", "advcl", "xcomp") and _a_capacity(anchor.head, words):
        return True  # "his ability to negotiate with Nakasone": what may be, not an event
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "without":
        return True  # "should permit subsidies without imposing duties": not done
    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "from":
        if anchor.head.head.lemma_.lower() in words.preventing:
            return True  # "bars Russian airlines from flying to Georgia": kept from it
    own = token.i == anchor.i or (token.head.i == anchor.i and token.dep_ == "dobj")
    if own and anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in words.failing:
        return True  # "failed to conclude an agreement", "did not manage to meet"
    if anchor.dep_ == "ccomp" and any(
        c.dep_ == "acomp" and c.lower_ in words.failing for c in anchor.head.children
    ):
        return True  # "it is unlikely (that) Japan will retaliate": said not to happen
    if token.dep_ == "nsubj" and any(
        c.dep_ == "acomp"
        and c.lower_ in words.failing
        and not any(g.dep_ == "xcomp" for g in c.children)
        for c in token.head.children
    ):
        return True  # "an early meeting of G-7 ministers was unlikely" (not "the talks are
        # unlikely to produce results": what they yield is unlikely, not the talks)
    if (with_no := _told_with_no(found)) is not None:
        return with_no
    node = found.anchor
    for _ in range(3):  # "there are no plans for the minister to meet", "in no mood to offer"
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in node.children):
            return True
    trig, anchor = found.trigger, found.anchor
    if trig.mode == "sign":  # "signed an order", "the bill was signed": no agreement
        signed = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
        if anchor.dep_ == "acl":  # "Putin's decree, signed on Friday, bars ..."
            signed.append(anchor.head)
        if any(c.lemma_.lower() in words.unilateral_documents for c in signed):
            return True
    if trig.type == "CONSULT" and trig.pos == "verb" and token.lemma_.lower() == "meet":
        return _met_a_thing(token, words)  # (not "discussed the debt with X")
    return False


def _met_a_thing(verb: Any, words: EventWords) -> bool:
    """ "met the demand", "meet complaints", "met with strong objections from EC heads": what
    was met is a thing (words.met_needs), not a party."""
    met = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    met += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return any(c.lemma_.lower() in words.met_needs or c.lower_ in words.met_needs for c in met)


def _said_not_to_be(clause: Any, words: EventWords) -> bool:
    """The clause a verb that gainsays a claim takes (``words.gainsaying``): "denied that
    Mubarak had met Shamir" (not "did not deny that ...")."""
    saying = clause.head
    return (
        clause.dep_ == "ccomp"
        and saying.lemma_.lower() in words.gainsaying
        and not any(c.dep_ == "neg" for c in saying.children)
    )


def _in_a_denied_report(clause: Any, words: EventWords) -> bool:
    """The clause says what a noun the verb denies or does not confirm tells: "denied reports
    that X would go", "denied reports that Bogota was preparing to sign", "did not confirm
    reports that A and B would sign" (``words.gainsaying``, ``words.confirming``)."""
    for _ in range(2):  # "was preparing | to sign": the clause of the report
        if clause.dep_ in ("xcomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
    if clause.dep_ not in ("acl", "ccomp") or clause.head.pos_ != "NOUN":
        return False
    told = clause.head
    verb = told.head
    if told.dep_ not in ("dobj", "nsubjpass"):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    denied = _denies(verb, words.denying) or verb.lemma_.lower() in words.gainsaying
    return (denied and not negated) or (negated and verb.lemma_.lower() in words.confirming)


def _by_means(found: Frame, words: EventWords) -> Frame:
    """'spoke by telephone', 'held talks by video link': a meeting at a distance is a call."""
    if found.trigger.type != "CONSULT" or found.trigger.mode != "meet":
        return found
    for node in dict.fromkeys((found.token, found.anchor)):
        for prep in [*node.children, *_calls_in_object(node, words)]:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "over", "via", "on", "in"):
                for pobj in prep.children:
                    if _a_means(pobj, words, prep.lower_ == "in"):
                        # a call of a joint subject needs no object ("A and B spoke by
                        # telephone"); one speaker's needs the other party ("speaking by
                        # telephone from Sao Paulo, X said" is an interview, not a call)
                        needs = () if _joint_subject(found.anchor) else found.trigger.needs_object
                        phone = replace(found.trigger, mode="phone", needs_object=needs)
                        return replace(found, trigger=phone)
    return found


def _calls_in_object(verb: Any, words: EventWords) -> list[Any]:
    """ "in a phone call", "by telephone" that the parser hung inside the verb's object or
    its topic ("discussed preparations for the trip | in a phone call", "briefed Shultz on
    the visit | by telephone"): a call is no part of a thing discussed, so it is the verb's
    means."""
    found = []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "prep"):
            continue
        for prep in obj.subtree:
            if prep.dep_ != "prep" or prep.i <= obj.i or prep.lower_ not in ("in", "by"):
                continue
            if nominal_path(prep, obj) and any(
                _a_means(pobj, words, prep.lower_ == "in") for pobj in prep.children
            ):
                found.append(prep)
    return found


def nominal_path(token: Any, top: Any) -> bool:
    """Whether only nouns and prepositions lie between a token and the noun above it."""
    node = token.head
    while node.i != top.i:
        if node.pos_ not in ("NOUN", "PROPN", "ADP", "NUM") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _a_means(pobj: Any, words: EventWords, inside: bool) -> bool:
    """'by telephone', 'over a video link', 'in a phone call' (after "in" only a call the
    means qualifies, ``words.call_nouns``: "in a telephone conversation", not "in video
    footage")."""
    means = words.phone_means
    named = pobj.lemma_.lower() in means or pobj.lower_ in means
    qualified = any(c.dep_ in ("compound", "amod") and c.lower_ in means for c in pobj.children)
    if inside:
        return qualified and pobj.lemma_.lower() in words.call_nouns
    return named or qualified


def _joint_subject(verb: Any) -> bool:
    """A subject of more than one party: "A and B", "they", "the two sides", "both"; for a
    clause without its own, that of the verb it hangs from ("A and B announced the deal after
    speaking by phone")."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if any(c.dep_ == "conj" for c in child.children):
                    return True
                return child.lower_ in ("they", "both", "we") or child.tag_ in ("NNS", "NNPS")
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "after speaking by phone"
        elif verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
        else:
            return False
    return False


def _a_capacity(head: Any, words: EventWords) -> bool:
    """A noun or adjective of what may be ("ability", "possible"), or a verb "be" that has one
    ("it would not be possible for Greece to discuss")."""
    if head.lemma_.lower() in words.capabilities:
        return True
    return head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lemma_.lower() in words.capabilities for c in head.children
    )


def _as_threat(found: Frame, words: EventWords) -> Frame:
    """A hostile act under a condition is a threat: "unless Japan opens its markets, the United
    States will impose quotas"."""
    if found.trigger.type not in ("SANCTION", "ASSAULT", "COERCE", "MOBILIZE"):
        return found
    for node in dict.fromkeys((found.token, found.anchor)):
        if condition_clauses(node, words) or vowed_payback(node, words):
            return replace(found, trigger=replace(found.trigger, type="THREATEN"))
    return found


def vowed_payback(verb: Any, words: EventWords) -> bool:
    """A vow to pay back in kind is a threat: "vowed to retaliate for the air strikes"
    (``words.vowing``, ``words.retaliation``)."""
    return (
        verb.dep_ == "xcomp"
        and verb.lemma_.lower() in words.retaliation
        and verb.head.lemma_.lower() in words.vowing
    )


def condition_clauses(node: Any, words: EventWords) -> list[Any]:
    """The clauses of condition hanging from a verb ("if Japan does not open its markets",
    "unless Tokyo stops dumping chips"; triggers.yaml ``conditions``)."""
    return [clause for clause in node.children if is_condition(clause, words)]


def _is_eventive(found: Frame, ctx: ArticleContext) -> bool:
    """Whether the frame reports a happening rather than a state of affairs."""
    trig, token = found.trigger, found.token
    if "REACHED" in trig.needs_object:
        return _is_reached(found, ctx)
    if ctx.lone_sentence:
        return True
    if trig.mode == "visit" and token.tag_ == "VBG" and token.dep_ == "amod":
        if token.head.pos_ == "NOUN":  # "the visiting president": who he is, told by the
            return False  # visit told before (not "met visiting Foreign Minister X")
    if trig.mode == "visit" and _prepared_visit(token, ctx.lex.triggers):
        return False  # "was in Lusaka last week to prepare the visit": the visit told before
    if trig.type == "CONSULT" and _proposed(token, ctx.lex.triggers.words):
        return False  # "rejected a proposal for a meeting": asked for, not held nor agreed
    if (
        trig.type == "AID"
        and "LISTED" in trig.needs_object
        and token.pos_ == "VERB"
        and (agentless_passive(token))
    ):
        return False  # "Sudan and Gabon were given technical assistance": by nobody named
    if trig.type in ("COOPERATE", "SUPPORT") and token.tag_ in ("VBP", "VBZ"):
        return False  # "the two countries cooperate closely": a state of affairs
    if trig.type not in _DYADIC_NOUNS and _what_talks_are_for(found.anchor, ctx.lex.triggers):
        return False  # "the negotiations to re-introduce export quotas": what is discussed
    if trig.type == "REJECT" and _falls(token, ctx.lex.triggers.words.falling):
        return False  # "trade has declined since relations soured": a fall, no refusal
    if trig.type == "ACCUSE" and "LISTED" in trig.needs_object and _hedged(token):
        return False  # "protested over what it called the illegal licensing": a hedge
    if trig.type == "COOPERATE" and _agreed_to(found, ctx):
        return False  # "the six agreed to cooperate to stabilise currencies": the agreement
    if trig.type == "REJECT" and any(
        c.dep_ in ("xcomp", "dobj") and c.lemma_.lower() in ctx.lex.triggers.words.non_answers
        for c in token.children
    ):
        return False  # "declined to comment", "declined disclosure of details": no refusal
    # "agreed to ..." is coded by what was agreed; "adopted a joint statement" names its text
    if trig.type == "AGREE" and trig.mode is None and "LISTED" not in trig.needs_object:
        return _agreed_aim(found, ctx)
    return True


def _what_talks_are_for(verb: Any, table: TriggerTable) -> bool:
    """An infinitive on a noun of talks ("negotiations to re-introduce quotas", "talks to lift
    the embargo"): the aim of the talks, no act of its own."""
    return (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in table.meeting_nouns
        and marked_by_to(verb)
    )


def _falls(verb: Any, falling: frozenset[str]) -> bool:
    """A verb of ``words.falling`` with neither an object nor an infinitive."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in falling
        and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    )


def _hedged(verb: Any) -> bool:
    """ "what it called a hostile campaign", "the raid, which it called ...": a verb of
    naming in a relative clause names the words of another act, it is no charge of its own;
    nor is a text's ("a joint declaration calling the debt problem an expression of an unjust
    order": what a document says, not who blames whom)."""
    return verb.dep_ in ("relcl", "acl") or any(
        c.tag_ in RELATIVE_PRONOUNS and c.dep_ in ("dobj", "nsubj", "nsubjpass", "oprd")
        for c in verb.children
    )


def _proposed(token: Any, words: EventWords) -> bool:
    """A meeting noun a noun of proposing asks for ("a Yugoslav proposal for a meeting", "his
    call for talks", "an offer of talks"; triggers.yaml ``words.proposing_nouns``)."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in ("for", "of"):
        return False
    return token.head.head.lemma_.lower() in words.proposing_nouns


def _prepared_visit(token: Any, table: TriggerTable) -> bool:
    """ "the visit" that a verb of preparing takes, with nobody of its own ("to prepare the
    visit", "paving the way for the trip"): a visit told before, not another."""
    if token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
        return False
    if any(c.dep_ in ("poss", "prep", "compound", "amod") for c in token.children):
        return False  # "to prepare the president's visit to Lusaka": its own
    head = token.head.head if token.dep_ == "pobj" else token.head
    return head.lemma_.lower() in table.preparatory


def agentless_passive(verb: Any) -> bool:
    """A passive verb without its "by" phrase: "could be criticised", "were not lent", "were
    given technical assistance" (by whom not told)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


def _agreed_aim(found: Frame, ctx: ArticleContext) -> bool:
    """An agreement told by its aim: "Chile and Peru agreed on Monday to stabilise prices",
    "the team agreed to buy U.S. goods" (a verb of agreeing in a past tense with an infinitive
    that names no event of its own; "agreed to hold talks" is coded by the talks). The parties
    are its subject and its "with" phrase; fewer than two makes no event (events._unfit). The
    subject names a state or a person ("Greece has agreed to buy Spanish corn"), not a company
    ("Westcoast Transmission said it agreed to acquire ...")."""
    token, table = found.token, ctx.lex.triggers
    if token is not found.anchor or token.pos_ != "VERB" or token.tag_ not in ("VBD", "VBN"):
        return False
    if token.lemma_.lower() not in table.words.agreeing:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "under" for c in token.children):
        return False  # "Under the accord covering 1983-88, the Soviets agreed to buy": the
        # terms of an accord told by its noun
    subjects = [a for c in clause_subjects(token) for a in _actors_of(c, ctx.actors)]
    paired = not ctx.lone_sentence and ctx.recent_pair(token, bilateral=True) is not None
    if not any(a.kind in ("country", "person") and a.country for a in subjects) and not (
        paired and any(_is_generic(c, table.words) for c in clause_subjects(token))
    ):  # "the two agreed to ...", "the sides agreed on ...": the pair just told
        return False
    aims = [  # "agreed in Paris on Monday to cooperate": the parser may make it an advcl
        c
        for c in token.children
        if c.pos_ == "VERB"
        and (
            c.dep_ == "xcomp"
            or (c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
        )
    ]
    if aims and all(_cooperating(aim, table) for aim in aims):
        return True  # "agreed to cooperate to stabilise currencies": cooperating is agreed
    clauses = [] if aims else _agreed_clauses(token, ctx)  # "agreed that ... would ..."
    if clauses and all(_denied_clause(c) for c in clauses):
        return True  # "agreed that neither country would use force": no act of its own
    aims = aims or clauses
    if not aims:  # "agreed on a rescheduling of the debt", "agreed to a truce"
        return any(
            not _names_another_event(g, table)
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in table.words.agreed_prepositions
            for g in prep.children
            if g.dep_ == "pobj"
            and g.pos_ == "NOUN"
            and (prep.lower_ != "to" or _an_accord(g, table))
        )
    # "India and Pakistan agreed to withdraw troops": an agreement of the two, and the act
    # agreed on is planned; "agreed to meet", "agreed to lend Ecuador oil", "agreed to impose
    # tariffs" are coded by the meeting, the aid or the measure they arrange; what one side
    # agrees to do ("Belgium agreed to release 17 mln dlrs") by the act
    named, generic = _agreeing_sides(token, ctx)
    both = len(named) > 1 or generic
    lone = ctx.lone_sentence
    return not any(_arranged(t, ctx.lex, lone, not both) for aim in aims for t in aim.subtree)


def _agreeing_sides(verb: Any, ctx: ArticleContext) -> tuple[set[str], bool]:
    """The states a verb of agreeing's subjects name themselves (not "Belgium, Zaire's ...":
    the heads of the subject and their conjuncts), and whether one is the pair ("the sides")."""
    heads = [t for c in clause_subjects(verb) for t in (c, *c.conjuncts)]
    named = {a.country for t in heads if (a := ctx.actors.at(t.i)) and a.country}
    return named, any(_is_generic(t, ctx.lex.triggers.words) for t in heads)


def _agreed_clauses(verb: Any, ctx: ArticleContext) -> list[Any]:
    """The clauses of "that" two sides agreed on, of what will be done: "Venezuela and Guyana
    agreed on Thursday that neither country would use force" (not one side's view: "officials
    agreed that the talks were useful" names no two states; nor a shared view: "both sides
    agreed that trade remained far below its potential")."""
    named, generic = _agreeing_sides(verb, ctx)
    if len(named) < 2 and not (generic and not ctx.lone_sentence):
        return []
    words = ctx.lex.triggers.words
    return [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and c.pos_ in ("VERB", "AUX")
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        and told_to_come(c, words)
    ]


def _denied_clause(clause: Any) -> bool:
    """A clause whose act is denied: "neither country would use force", "they would not"."""
    return any(c.dep_ == "neg" for c in clause.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("neither", "no") for d in c.children)
        for c in clause.children
    )


_ARRANGED_BY_VERB = frozenset({"CONSULT", "AID"})
_ARRANGED_BY_NOUN = frozenset({"CONSULT", "AID", "SANCTION"})


def _arranged(token: Any, lex: Lexicon, lone_sentence: bool, any_event: bool) -> bool:
    """A word inside what was agreed that names a meeting, aid or a measure of its own (with
    ``any_event``, an event of any type): the agreement is coded by it."""
    table = lex.triggers
    verbs = _readings_here(token, table)  # ("called" is no "called on")
    if _verb_of_an_event(token, table, lone_sentence) and (
        any_event or any(t.type in _ARRANGED_BY_VERB for t in verbs)
    ):
        return True
    nouns = table.nouns.get(token.lemma_.lower()) or table.nouns.get(token.lower_) or ()
    return _names_event_in_aim(token, lex) and (
        any_event or any(t.type in _ARRANGED_BY_NOUN for t in nouns)
    )


def _readings_here(verb: Any, table: TriggerTable) -> tuple[Trigger, ...]:
    """A verb's entries whose particle, if they need one, it has ("called on" the minister,
    not "what both sides called a lopsided relationship")."""
    return tuple(
        t
        for t in table.verbs.get(verb.lemma_.lower(), ())
        if not t.companion or _has_companion(verb, t.companion)
    )


def _verb_of_an_event(token: Any, table: TriggerTable, lone_sentence: bool) -> bool:
    """A trigger verb that can make an event of its own here: not one whose every reading
    lists the objects it needs when its object is none of them ("agreed to adopt common
    rules": adopting makes an event only of a statement or declaration), nor, in an article,
    one read only in lone sentences ("agreed to strengthen cooperation": strengthening is
    a troop movement only in a lone sentence)."""
    readings = tuple(
        t for t in _readings_here(token, table) if lone_sentence or not t.sentence_only
    )
    if not readings or not all("LISTED" in t.needs_object for t in readings):
        return bool(readings)
    objects = {
        word
        for c in token.children
        if c.dep_ in ("dobj", "nsubjpass")
        for word in (c.lemma_.lower(), c.lower_)
    }
    return any(objects & set(t.needs_object) for t in readings)


def _names_event_in_aim(token: Any, lex: Lexicon) -> bool:
    """An event noun inside what was agreed that is an event of its own: a meeting or accord
    ("agreed to a meeting next week"), or one a light verb carries ("agreed to impose
    tariffs"); not a measure the aim only changes ("agreed to lower tariffs on wine")."""
    table = lex.triggers
    if token.pos_ not in ("NOUN", "PROPN"):
        return False  # ("what both sides called a lopsided relationship": no call)
    triggers = table.nouns.get(token.lemma_.lower()) or table.nouns.get(token.lower_)
    if not triggers:
        return False
    if any(t.type in _DYADIC_NOUNS for t in triggers):
        return True
    return _carried_by_light_verb(token, lex)


def _cooperating(aim: Any, table: Any) -> bool:
    """An infinitive whose own verb is a verb of cooperating ("to cooperate", "to work
    together"): what is agreed is to cooperate."""
    return any(t.type == "COOPERATE" for t in table.verbs.get(aim.lemma_.lower(), ()))


def _agreed_to(found: Frame, ctx: ArticleContext) -> bool:
    """A verb of cooperating that is the infinitive of a past verb of agreeing ("the six
    agreed to cooperate"): coded as the agreement (``_agreed_aim``)."""
    anchor = found.anchor
    head = anchor.head
    return (
        found.token is anchor
        and anchor.dep_ in ("xcomp", "advcl")
        and head.lemma_.lower() in ctx.lex.triggers.words.agreeing
        and head.tag_ in ("VBD", "VBN")
        and _agreed_aim(replace(found, token=head, anchor=head), ctx)
    )


def _an_accord(noun: Any, table: TriggerTable) -> bool:
    """What "agreed to" takes as the agreement itself: an arrangement ("agreed to a truce",
    words.agreed_arrangements), not any noun ("agreed to the request", "agreed to the plan")."""
    return bool(noun.lemma_.lower() in table.words.agreed_arrangements)


def _names_another_event(phrase: Any, table: Any) -> bool:
    """A phrase with a trigger of another type than an agreement: "agreed on talks" is coded
    by the talks, "agreed on a new accord" by the verb, and so is "agreed to a ceasefire"
    (words.agreed_arrangements: what is agreed is the agreement, whatever its phrase says:
    "a ceasefire following talks in Doha")."""
    if phrase.lemma_.lower() in table.words.agreed_arrangements:
        return False
    for t in phrase.subtree:
        found = table.verbs.get(t.lemma_.lower(), ()) + table.nouns.get(t.lemma_.lower(), ())
        found += table.nouns.get(t.lower_, ())
        if any(trig.type != "AGREE" for trig in found):
            return True
    return False


def _with_nobody(token: Any, anchor: Any, ctx: ArticleContext) -> bool:
    """'reached agreement with commercial banks': the other party is no state or person."""
    for node in (token, anchor):
        for prep in node.children:
            if prep.dep_ == "prep" and prep.lower_ == "with":
                found = [ctx.actors.at(t.i) for t in prep.subtree]
                return not any(a is not None and a.kind in ("country", "person") for a in found)
    return False


def _is_reached(found: Frame, ctx: ArticleContext) -> bool:
    """An agreement noun that reports an agreement reached: carried by a verb of reaching
    ("reached an accord") or dated or reached in its own phrase ("an agreement reached in
    December"), not the object of a signing or a mere mention ("the agreement provides")."""
    token, anchor = found.token, found.anchor
    reaching = ctx.lex.triggers.words.reaching
    if anchor is not token:
        signing = ctx.lex.triggers.verbs.get(anchor.lemma_.lower(), ())
        if any(t.mode == "sign" for t in signing):
            return False  # "concluded an accord": the signing is the event
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
