"""Who is not a party to an event, though the sentence names someone: states the text does not
name ("a summit of industrialized nations"), coordinated states that are each the other side
of an unnamed subject ("agreements were reached with Chile and Venezuela"), a subject that names
no party, a company's meeting, a visit to a region or to "them".

Each predicate names a construction of English news; ``events`` asks them when it decides
whether a frame makes an event and whose pair completes it.
"""

from __future__ import annotations

from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.frames import ORGANISATION_WORDS, Frame
from diplograph.extract.mentions import Actor, ArticleActors
from diplograph.extract.participants import (
    _DYADIC,
    _is_generic,
    acts_for_a_state,
    clause_subjects,
    is_counted,
)


def private_party(actor: Actor, ctx: ArticleContext) -> bool:
    """A country named only as the home of private parties: "Uruguayan grain exporting firms",
    "U.S. banks", "Japanese buyers", "Japan's exporters" (words.private_parties), "Italy's
    <Gruppo Ferruzzi>" (a company the wire marks): they act, not their state."""
    if actor.kind != "country":
        return False
    token = ctx.doc[actor.end - 1]
    node = token
    while node.dep_ in ("amod", "compound", "nmod", "conj", "poss") and node.head.i != node.i:
        node = node.head
        owner = ctx.actors.at(node.i)
        if owner is not None and owner.kind == "org" and wire_marked(owner, ctx):
            return True  # "South Korea's <Samsung Semiconductors Ltd>": the firm's home
        if owner is not None and owner.kind in ("country", "place") and node.pos_ == "PROPN":
            continue  # "Britain and the Soviet Union": a state's name, not a union's
        if node.pos_ == "NOUN" or node.lower_ in ctx.lex.triggers.words.private_parties:
            if ctx.lex.indicators.currency_word.fullmatch(node.lower_) and before_its_number(
                token, node
            ):  # "lend Pakistan 52.3 billion yen": the recipient, misparsed, not a currency's
                return False
            return names_private_parties(node, ctx) or any(  # "47 mln U.S. Dlrs": a proper
                c.dep_ == "compound"  # noun; "Brazilian business leaders", "U.S. industry
                and not any(c.children)  # officials" (not "Chilean central bank head": a
                and names_private_parties(c, ctx)  # body its modifier names)
                for c in node.children
            )
    return False


def before_its_number(word: Any, amount: Any) -> bool:
    """Whether a word the parse hangs on an amount stands before the amount's number: the
    indirect object of a verb of giving ("granted Chad 150 mln francs"), not the currency's
    country ("47 mln U.S. dlrs")."""
    numbers = [t.i for t in amount.subtree if t.like_num]
    return bool(numbers) and word.i < min(numbers)


def wire_marked(actor: Actor, ctx: ArticleContext) -> bool:
    """A name the wire brackets as a company's: "<Gruppo Ferruzzi>"."""
    doc, end = ctx.doc, actor.end
    return actor.start > 0 and doc[actor.start - 1].text == "<" and doc[end : end + 1].text == ">"


def _with_coordinated_states(found: Frame, ctx: ArticleContext) -> bool:
    """Whether the frame's "with" names two or more states joined by "and": they are each the
    other side of the unnamed subject, not one another's."""
    if found.trigger.type not in _DYADIC:
        return False
    nodes = [found.token, found.anchor]
    nodes += [c for c in found.anchor.children if c.dep_ == "dobj"]  # "inked deals with A and B"
    for node in dict.fromkeys(nodes):
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                states = {  # "with Chile and Venezuela", "with the Royal Australian Air Force
                    actor.country  # and the Royal Saudi Air Force"
                    for member in (pobj, *pobj.conjuncts)
                    for t in member.doc[member.left_edge.i : member.i + 1]
                    if (actor := ctx.actors.at(t.i)) is not None and actor.kind == "country"
                }
                if len(states) > 1:
                    return True
    return False


def carried_thing(verb: Any, ctx: ArticleContext) -> bool:
    """A participle in the past on a noun that is no party nor a state's people ("a market for
    lamb, chilled and flown in"): what it says is done to a thing."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    noun = verb.head
    return bool(
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "amod")
        and noun.pos_ == "NOUN"
        and ctx.actors.at(noun.i) is None
        and not acts_for_a_state(noun, ctx.lex.triggers.words)
    )


def _unnamed_subject(found: Frame, ctx: ArticleContext, side: list[Actor]) -> bool:
    """The clause's subject is a noun phrase that names no party ("several industrial nations
    are pressing the United States", "striking seamen said they would"): whoever acts is not
    the article's other country, so the pair does not complete the event."""
    if any(a.kind in ("person", "country") for a in side if a.start < found.anchor.i):
        return False
    node = found.anchor
    for _ in range(3):  # "the miners were willing to negotiate with the government"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break
        if node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    words = ctx.lex.triggers.words
    for child in _acting_nouns(node, ctx):
        if child.dep_ == "nsubj" and child.lower_ == "it" and ctx.actors.at(child.i) is None:
            return True  # "a fall threatened to hamper growth ... it threatened": a thing
        if child.i == found.token.i or child.pos_ != "NOUN":
            continue
        named = [a for t in _own_phrase(child) if (a := ctx.actors.at(t.i)) is not None]
        if any(not private_party(a, ctx) for a in named):
            return False
        if _is_generic(child, words):
            return False
        return not acts_for_a_state(child, words)  # "officials will meet": the state's people
    return False


_CLAUSE_MODIFIERS = frozenset({"acl", "relcl", "advcl", "amod", "prep"})


def _acting_nouns(verb: Any, ctx: ArticleContext) -> list[Any]:
    """Who acts in a clause: its subject, the noun of a passive's "by" phrase ("opposed by a
    group of countries"), and for "they" in a clause hung on another ("bankers are likely to
    propose a plan when they meet regulators") the other clause's noun subject."""
    out = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            pronoun = child.lower_ in ("they", "he", "she") and ctx.actors.at(child.i) is None
            if pronoun and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
                out += clause_subject_nouns(verb.head)
            else:
                out.append(child)
        elif child.dep_ == "agent":
            out += [g for g in child.children if g.dep_ == "pobj"]
    return out


def _own_phrase(noun: Any) -> list[Any]:
    """A noun phrase's own words, without the clauses and phrases that say what it is about:
    "bankers, concerned about curbs on Switzerland's secrecy" names bankers, not Switzerland;
    "a group of countries which fear retaliation by X" names no one ("officials of Japan" and
    "the governments of Chile and Peru" keep their states)."""
    out, stack = [], [noun]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            keep = child.dep_ == "prep" and child.lower_ in ("of", "from")
            bare = child.dep_ == "amod" and not (child.n_lefts + child.n_rights)
            if child.dep_ not in _CLAUSE_MODIFIERS or keep or bare:
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def clause_subject_nouns(verb: Any) -> list[Any]:
    """The noun subjects of a clause, climbing through "are likely to propose"."""
    return [c for c in clause_subjects(verb) if c.pos_ == "NOUN"]


def names_private_parties(token: Any, ctx: ArticleContext) -> bool:
    """A word of words.private_parties, by lemma or as written without a plural "s" ("Dlrs",
    which the model takes for a proper noun), not one a word of words.state_body_modifiers
    makes the state's ("central bank")."""
    words = ctx.lex.triggers.words
    if any(c.dep_ == "amod" and c.lower_ in words.state_body_modifiers for c in token.children):
        return False  # "Pakistan's central bank": the state's own
    private = words.private_parties
    return token.lemma_.lower() in private or token.lower_.rstrip("s") in private


def _owned_by_a_thing(token: Any, ctx: ArticleContext) -> bool:
    """An event noun whose possessor is a common noun that names no party: "the company's
    annual meeting", "the board's talks" (not "the two countries' talks")."""
    if token.pos_ != "NOUN":
        return False
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "NOUN" and ctx.actors.at(child.i) is None:
            if child.i in ctx.time_at or child.i in ctx.dated_at:
                continue  # "today's meeting", "next week's talks": when, not whose
            words = ctx.lex.triggers.words
            if child.lower_ in words.generic_pair or child.lemma_.lower() in words.generic_pair:
                continue  # "the two sides' talks", "both countries' leaders"
            if child.lower_ in ORGANISATION_WORDS:
                continue  # "the organization's summit": an organisation of states
            if child.lower_ in words.group or child.lemma_.lower() in words.state_agents:
                continue  # "a trade ministers' meeting": office holders of the states told
            if not any(ctx.actors.at(t.i) for t in child.subtree):
                return True
    bodies = ctx.lex.triggers.words.internal_bodies
    return any(  # "their regular board meeting", "a cabinet meeting": the body's own session
        c.dep_ in ("compound", "nmod") and c.lemma_.lower() in bodies and ctx.actors.at(c.i) is None
        for c in token.children
    )


def _visits_a_pronoun(token: Any, ctx: ArticleContext) -> bool:
    """A visit verb whose object is a pronoun no actor resolves ("visited them")."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.pos_ == "PRON" and ctx.actors.at(c.i) is None for c in token.children
    )


def _object_relative(verb: Any) -> bool:
    """A relative clause whose pronoun is the verb's object ("which he visited")."""
    return any(c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom") for c in verb.children)


def _of_unnamed_states(found: Frame, ctx: ArticleContext) -> bool:
    """A meeting whose members are states the text does not name: "a summit of industrialized
    nations", "talks among creditor countries" (not "of the two countries", "of OPEC
    nations")."""
    token, anchor = found.token, found.anchor
    if found.trigger.mode == "visit":
        return False
    heads = [token] if token.pos_ == "NOUN" else []
    # "finance ministers from major industrial nations should hold a meeting", "the reception
    # by representatives of creditor countries": who meets is named by unnamed states
    heads += [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [g for c in token.children if c.dep_ == "agent" for g in c.children]
    members = [  # "Colombia, Brazil and the Central American countries were invited"
        member for head in heads for member in head.subtree if member.dep_ in ("conj", "appos")
    ]
    members += [
        member
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "among", "from")
        for member in prep.children
        if member.dep_ == "pobj"
    ]
    return any(_unnamed_states(member, ctx) for member in members)


def _unnamed_states(word: Any, ctx: ArticleContext) -> bool:
    """A plural of states that names none of them and does not count two ("industrialized
    nations", "creditor countries"; not "the two countries", "OPEC nations")."""
    return (
        word.lower_ in ctx.lex.triggers.words.generic_pair
        and not any(ctx.actors.at(t.i) for t in word.subtree)
        and not is_counted(word)
    )


def _unnamed_stops(token: Any, actors: ArticleActors) -> bool:
    """A visit noun whose stops are a plural or a region that names no country: "a tour of
    creditor nations", "visits to European capitals", "a visit to Europe"."""
    if token.pos_ != "NOUN":
        return False
    preps = list(token.children)
    for agent in token.children:  # "the tour by Finance Minister Funaro of industrial
        if agent.dep_ == "prep" and agent.lower_ == "by":  # nations": the parser may hang
            preps += [p for g in agent.children for p in g.children]  # the stops on the agent
    for prep in preps:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):
            for stop in prep.children:
                if stop.dep_ == "pobj" and stop.tag_ == "NNS" and actors.at(stop.i) is None:
                    return True
                if stop.dep_ == "pobj" and stop.ent_type_ == "LOC" and actors.at(stop.i) is None:
                    return True  # "a visit to Europe", "a tour of Asia": a region, no state
    return False
