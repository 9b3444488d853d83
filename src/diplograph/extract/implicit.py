"""Parties a clause names where its parse hides them, or names where none take part.

News puts the actor of an event in places the dependency parse does not make its subject or
object: "visiting U.S. Secretary X said" (the participle describes the visitor), "(A met B.)
The ministers signed a memorandum" (the two just told), "a state dinner in honour of X" (the
guest of a meal), "India rejected the allegations" (the accuser of the sentence before). And
it names countries that take no part: what is discussed ("discussed Chinese activity in the
sea"), firms dealt "with" ("inquiries with Swiss banks").
"""

from __future__ import annotations

from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.frames import Frame
from diplograph.extract.mentions import Actor, ArticleActors
from diplograph.extract.parsing import marked_by_to
from diplograph.extract.participants import _actors_of, clause_subjects


def _in_company_of(token: Any) -> bool:
    """Whether the word is inside a "with" or "between" phrase (a party dealt with, not hit)."""
    node = token
    for _ in range(5):
        if node.dep_ == "prep":
            return node.lower_ in ("with", "between")
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _implied_subjects(
    found: Frame, ctx: ArticleContext, subjects: list[Actor], generic: bool
) -> tuple[list[Actor], bool]:
    """Who acts where the parse hides it: "visiting U.S. Secretary X said" (X visits), "(A
    met B.) The ministers signed a memorandum" (the two of them)."""
    visitor = _visiting_modifier(found, ctx)
    if visitor:
        return visitor, False
    if not subjects and not generic and _the_group_of_a_pair(found.anchor, ctx):
        return subjects, True
    return subjects, generic


def _the_group_of_a_pair(anchor: Any, ctx: ArticleContext) -> bool:
    """'the ministers', 'the leaders' (words.group, with "the" and nothing else) as the
    subject right after an event of exactly two countries: those two, not some of many."""
    if ctx.lone_sentence:
        return False
    group = ctx.lex.triggers.words.group
    for noun in clause_subjects(anchor):
        if noun.lower_ not in group:
            continue
        modifiers = [c for c in noun.children if c.dep_ not in ("punct",)]
        if len(modifiers) == 1 and modifiers[0].lower_ == "the":
            return ctx.recent_pair(noun, window=1, bilateral=True) is not None
    return False


def visiting_participle(found: Frame) -> bool:
    """A participle of visiting before the noun it describes ("visiting U.S. Secretary X"),
    not a verb with a destination of its own ("visiting Japan", "visiting in Tokyo")."""
    token = found.token
    if found.trigger.mode != "visit" or token.tag_ != "VBG" or token is not found.anchor:
        return False
    if any(c.dep_ in ("prep", "aux", "nsubj") for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return not objects or (len(objects) == 1 and _visitor_read_as_object(token, objects[0]))


def _visitor_read_as_object(token: Any, noun: Any) -> bool:
    """ "visiting Peruvian Deputy Minister of Trade X told ...": the parse makes the visitor's
    title the object of "visiting" and leaves the verb after it without a subject. A phrase
    that opens with a nationality or state, holds a name and is followed by such a verb is
    the visitor ("Kohl, visiting French President X, said" keeps X the one visited)."""
    doc = token.doc
    after = noun.right_edge.i + 1
    return (
        noun.left_edge.i == token.i + 1
        and doc[token.i + 1].ent_type_ in ("NORP", "GPE")
        and any(t.ent_type_ == "PERSON" for t in noun.subtree)
        and after < len(doc)
        and doc[after].pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in doc[after].children)
    )


def _visiting_modifier(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """The person a participle of visiting describes: "visiting U.S. Secretary X said", "the
    visiting Japanese minister" (the parser often makes "visiting" a verb whose subject is the
    sentence's): the words after it up to the noun phrase's end name the visitor."""
    if not visiting_participle(found):
        return []
    found_actors: list[Actor] = []
    for index in _described_words(found.token):
        actor = ctx.actors.at(index)
        if actor is not None and actor not in found_actors:
            found_actors.append(actor)
    if not any(a.kind == "person" for a in found_actors):
        return []
    return found_actors


def _described_words(token: Any) -> list[int]:
    """The words of the noun phrase a participle stands before: the run of names, nouns and
    adjectives after it, and on to the noun the parse makes their head, so that a title with
    prepositions ("visiting U.S. Under-Secretary of State for Economic Affairs X") reaches its
    holder's name."""
    doc = token.doc
    run: list[int] = []
    for index in range(token.i + 1, min(len(doc), token.i + 9)):
        word = doc[index]
        if word.pos_ not in ("PROPN", "NOUN", "ADJ") and word.text not in (".", "-"):
            break
        run.append(index)
    if not run:
        return run
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if objects:  # the visitor's phrase read as the object (_visitor_read_as_object)
        return list(range(run[0], objects[0].right_edge.i + 1))
    head = doc[run[0]]
    nouns = ("PROPN", "NOUN")
    while head.head.i > head.i and head.head.i <= token.i + 16 and head.head.pos_ in nouns:
        head = head.head
    return sorted(set(run) | set(range(run[0], head.i + 1)))


def _guests(noun: Any, actors: ArticleActors) -> list[Actor]:
    """The people a meal or reception is given for, and by: "a dinner in honour of X", "a
    reception held for him by the president" (its "for", "in honour of" and "by" phrases)."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl")]
    if noun.dep_ == "dobj":  # "gave a dinner | in honour of X": the phrase hangs on the verb
        heads.append(noun.head)
    found: list[Actor] = []
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ in ("for", "in")):
                found += [a for t in prep.subtree if (a := actors.at(t.i)) and a.kind == "person"]
    return found


def _answers_what_was_told(found: Frame, gainsaying: frozenset[str]) -> bool:
    """A rejection, denial or condemnation of a definite thing with no owner of its own:
    "rejected the allegations", "rejected both protests", "denied the charges", "condemned
    the strikes" (what the sentences before told); and a denial (``gainsaying``: triggers.yaml
    ``words.gainsaying``) of any part in something ("denied any involvement") or of the charge
    it qualifies ("a charge Islamabad denies"; not "denied that the talks were linked to ...":
    a clause may deny anything)."""
    if found.trigger.type not in ("REJECT", "ACCUSE", "PROTEST"):
        return False  # "rejected the allegations", "condemned the strikes"
    anchor = found.anchor
    denial = found.trigger.type == "REJECT" and anchor.lemma_.lower() in gainsaying
    if denial and anchor.dep_ == "relcl" and anchor.head.pos_ == "NOUN":
        return True
    for child in anchor.children:
        if child.dep_ == "dobj" and child.pos_ == "NOUN":
            dets = [c.lower_ for c in child.children if c.dep_ in ("det", "poss", "compound")]
            if dets == ["any"] and denial:
                return True
            return dets in (["the"], ["these"], ["such"], ["those"], ["both"])
    return False


def _summoned(found: Frame, actors: ArticleActors) -> list[Actor]:
    """Whom a protest of purpose is made to: "summoned the Russian ambassador to protest
    against the attacks" (the object of the verb the infinitive serves)."""
    anchor = found.anchor
    if found.trigger.type not in ("PROTEST", "ACCUSE") or anchor.dep_ not in ("advcl", "xcomp"):
        return []
    if not marked_by_to(anchor):
        return []
    return [a for c in anchor.head.children if c.dep_ == "dobj" for a in _actors_of(c, actors)]
