"""Who takes part in an event: subjects, objects, generic pairs, speakers, and their countries.

Helpers of ``events.py`` over the dependency parse: the actors a phrase names, climbing from a
trigger to the subject it shares (xcomp, conj, relative clauses), "the two sides" as the
article's pair, and the countries an event's participants stand for.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from diplograph.extract.lexicon import EventWords, Lexicon, Trigger
from diplograph.extract.mentions import Actor, ArticleActors, spaced_dash
from diplograph.extract.parsing import marked_by_to
from diplograph.names import NameRules, default_name_rules

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "obj"})
_ARG_PREPS = frozenset(
    {"with", "to", "by", "between", "among", "from", "against", "on", "for", "under", "out"}
)
# the tags of a relative pronoun ("which", "that", "who"): "relations, which Ethiopia severed"
RELATIVE_PRONOUNS = frozenset({"WDT", "WP"})
_AIMED_PREPS = frozenset({"at", "into"})  # "fired shells at Tyre", "into Iran": force's target
_MATCHED_DEPS = frozenset({"prep", "nsubjpass"})  # where needs_object looks besides objects
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
_NAME_DEPS = frozenset({"poss", "compound", "amod", "nmod", "appos", "npadvmod", "conj"})
_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
_QUALIFIER_DEPS = frozenset({"amod", "nmod", "compound"})  # "the Greek and British protests"
_MEASURED_PREPS = frozenset({"on", "against"})  # "a levy on goods from X": what a measure hits
# what a measure named as an object is on or for: "put off the tariffs he had ordered on goods
# from Mexico", "ended duty-free treatment for exports from Chile"
_OBJECT_TARGET_PREPS = _MEASURED_PREPS | {"for"}
_TIME_UNITS = frozenset({"hour", "day", "week", "month"})  # "gave him 72 hours to leave"
# where an attack's objects lie: "targets in Libya", "positions inside Syria", "fired into a
# Thai village", "struck dozens of sites across Yemen"
_WHERE_HIT = frozenset({"in", "inside", "near", "into", "across", "throughout"})
_JOINT = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # done together, not by one to another
_DYADIC = _JOINT | {"SUPPORT"}
# dyadic types the story's pair may complete: support and cooperation need both parties named
_PAIRED = frozenset({"CONSULT", "AGREE"})
# acts addressed to another party: in a story about two countries, a claim or a charge by one
# of them whose addressee goes unnamed is addressed to the other (a refusal "to comment" is not)
_ADDRESSED = frozenset({"REQUEST", "ACCUSE"})
# a verb's prepositional object that does what its infinitive says ("called on X to",
# "appealed to X to", "pleaded with X to", "waited for X to"); the parser tells this
# infinitive (xcomp) from one of purpose ("went to Japan to meet": advcl)
_CONTROL_PREPOSITIONS = frozenset({"on", "upon", "to", "with", "for"})
_CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "acl", "attr", "oprd", "dobj", "acomp"})


def _subject_actors(
    anchor: Any, actors: ArticleActors, token: Any, words: EventWords
) -> tuple[list[Actor], bool]:
    """Actors in the subject of the anchor verb, or of the verbs it hangs from (xcomp, conj);
    and whether that subject is a generic pair ("the two sides", "the parties")."""
    node = anchor
    for _ in range(5):
        node = _carrier_of_the_message(node, words) or node  # "sent a note demanding ..."
        found: list[Actor] = []
        generic = False
        for child in with_auxiliaries_children(node):
            if child.dep_ in _SUBJECT_DEPS and child.i == token.i and token.pos_ == "NOUN":
                agents, named_generic = _agents_of_a_carried_noun(token, child, actors, words)
                found += agents
                generic = generic or named_generic
            elif child.dep_ in _SUBJECT_DEPS:
                if child.lower_ in ("who", "which", "that") and node.dep_ == "relcl":
                    found += _actors_of(node.head, actors)
                elif speakers := _speakers_of_they(child, actors) or _they_named(child, actors):
                    found += speakers  # "U.S. officials said they would ask Japan": the U.S.
                    continue  # (one side, not a generic pair); "A and B visited Paris. They
                    # will fly to Tokyo": the two of them
                else:
                    found += _subject_named(child, actors)
                generic = generic or _is_generic(child, words)
        found += _subjects_set_apart(node, token, actors, bool(found))
        inviter = node is not token and node.lemma_.lower() in words.invitations
        if (node.pos_ in ("NOUN", "PROPN") or node is token) and not inviter:
            # ("accepted Widodo's invitation to visit": the invitation's owner invites)
            owners, owned_generic = _noun_owners_of(node, anchor, token, actors, words)
            found += owners
            generic = generic or owned_generic
        if found or generic:
            return found, generic
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i and c.pos_ in ("NOUN", "PROPN")
            for c in node.children
        ):
            break  # "if the banks reject the proposal, they ...": the clause's own subject acts
        controlled = _controller(node, actors, words)
        if controlled is not None:
            return controlled, False
        if node.dep_ == "acl" and _purpose_phrase(node):  # "flew to Cairo in a bid to meet"
            node = node.head.head.head
            continue
        if node.dep_ in _CLIMB_DEPS and node.head.i != node.i:
            saying = _joins_the_saying(node) or _trails_the_saying(node, actors)
            node = node.head.head if saying else node.head
            continue
        if node.pos_ == "VERB" and node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head
            continue
        break
    return [], False


def _subjects_set_apart(node: Any, token: Any, actors: ArticleActors, found: bool) -> list[Actor]:
    """Doers the parse sets apart from the verb: a name on a trip ("Jose Sarney, on a state
    visit to Argentina, signed"), the noun a present participle modifies ("business leaders
    attending a meeting with Sarney"), and, with no subject ``found``, the name the parser
    took for the root (``_subject_left_as_root``)."""
    out: list[Actor] = []
    traveller = on_a_trip_of(token) if node is token else None
    if traveller is not None and traveller.pos_ == "PROPN":
        out += _actors_of(traveller, actors)
    if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN"):
        out += _actors_of(node.head, actors)
    if not found and not out and (name := _subject_left_as_root(node)) is not None:
        out += _actors_of(name, actors)
    return out


def message_addressees(node: Any, actors: ArticleActors, words: EventWords) -> list[Actor]:
    """Those a message is sent to whose words a present participle tells ("sent a letter to
    Seoul demanding an apology": Seoul is asked)."""
    verb = _carrier_of_the_message(node, words)
    if verb is None:
        return []
    return [
        a
        for to in verb.children
        if to.lower_ == "to" and to.dep_ in ("dative", "prep")
        for a in actors_after(to, actors)
    ]


def _carrier_of_the_message(node: Any, words: EventWords) -> Any | None:
    """The verb that sends a message whose words a present participle tells ("delivered a
    note demanding an apology", and the parser's "handed a note to the ministry | urging
    Tehran to ...", hung on the one it was sent to; triggers.yaml ``words.sent_messages``):
    its subject demands, not the note nor its addressee. None for any other participle."""
    if node.tag_ != "VBG" or node.dep_ not in ("acl", "advcl"):
        return None
    head = node.head
    if node.dep_ == "advcl":  # "sent a letter to Seoul, demanding ...": the verb's own
        return head if _sends_a_message(head, words) else None
    if head.lemma_.lower() in words.sent_messages and head.dep_ == "dobj":
        return head.head
    if head.dep_ != "pobj" or head.head.lower_ != "to" or head.head.dep_ not in ("dative", "prep"):
        return None
    verb = head.head.head
    return verb if _sends_a_message(verb, words) else None


def _sends_a_message(verb: Any, words: EventWords) -> bool:
    """A verb whose object is a message sent (``words.sent_messages``: "sent a letter")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.sent_messages for c in verb.children
    )


def _agents_of_a_carried_noun(
    token: Any, subject: Any, actors: ArticleActors, words: EventWords
) -> tuple[list[Actor], bool]:
    """The agents an event noun that is its carrying verb's subject names: its "of" phrase
    ("the meeting of the two ministers took place"), and its possessor when the verb is
    active ("China's tariffs came into force"; not "Iraq's protest was handed to ...": a
    passive's own order); and whether they are a generic pair."""
    found: list[Actor] = []
    generic = False
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    found += _actors_of(pobj, actors)
                    generic = generic or _is_generic(pobj, words)
        elif prep.dep_ == "poss" and subject.dep_ == "nsubj":
            owner = _whose_head(prep) if prep.tag_ == "WP$" else prep  # "X, whose visit
            found += _actors_of(owner, actors)  # began on Tuesday"
    return found, generic


def _noun_owners_of(
    node: Any, anchor: Any, token: Any, actors: ArticleActors, words: EventWords
) -> tuple[list[Actor], bool]:
    """The owners a noun names as its agents: its possessor ("Japan's visit"), its "of" phrase
    for the event noun ("the visit of Prime Minister X"), and the state word before a noun
    that carries the event noun ("the U.S. imposition of tariffs")."""
    found: list[Actor] = []
    generic = False
    for child in node.children:
        heads = []
        if child.dep_ == "poss" and child.tag_ == "WP$":
            heads = [_whose_head(child)]  # "X, whose visit to Bonn began on Tuesday": X's
        elif child.dep_ == "poss" or (
            node is anchor is not token and child.dep_ in ("compound", "amod")
        ):
            heads = [child]
        elif (
            node is token
            and token.pos_ in ("NOUN", "PROPN")
            and child.dep_ == "prep"
            and child.lower_ == "of"
        ):
            heads = [pobj for pobj in child.children if pobj.dep_ == "pobj"]
        for head in heads:
            found += _actors_of(head, actors)
            generic = generic or _is_generic(head, words)
    return found, generic


def _whose_head(whose: Any) -> Any:
    """The noun a relative clause opened by "whose" tells about ("Kamentsev, whose visit
    began on Tuesday": Kamentsev), or "whose" itself when no relative clause holds it."""
    node = whose
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return node.head if node.dep_ == "relcl" else whose


def _controller(node: Any, actors: ArticleActors, words: EventWords) -> list[Actor] | None:
    """Who does what an infinitive says when another verb or noun governs it: the object of
    "invited Macron to visit", "asked Japan to open" (object control), the one invited by "an
    invitation to the Kazakh leader to pay a visit". None when no one else is named; an empty
    list when a verb of asking names one who is no actor ("called on the tea council to
    convene a meeting": the council convenes, not the caller)."""
    if node.dep_ == "xcomp" and node.pos_ in ("VERB", "AUX"):
        controller = asked_phrases(node)
        if any(own_side(p) for p in controller):
            return None  # "told their governments to sign": their own side, the subject's
        asking = node.head.lemma_.lower() in words.asking  # what is asked is no act yet
        found = [  # a place only as the phrase itself, made to act: "prompted Islamabad to
            a  # expel" (a capital for its state), not "asked the embassy in Paris to"
            for c in controller
            for a in _actors_of(c, actors)
            if a.kind != "place" or (a.start <= c.i < a.end and not asking)
        ]
        if not found and controller and asking:
            return [] if _is_infinitive(node) else None
        return found or None
    if node.dep_ == "acl" and node.head.lemma_.lower() in words.invitations:
        return _invited(node.head, actors) or None
    return None


def own_side(phrase: Any) -> bool:
    """A phrase owned by a pronoun: "their governments", "his ministers" (the subject's own)."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in phrase.children)


def asked_phrases(infinitive: Any) -> list[Any]:
    """The phrases naming who is to do what an infinitive (xcomp) says: its governing verb's
    object, or else a prepositional object before it ("called on X to", "appealed to X to")."""
    head = infinitive.head
    found = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    return found or [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in _CONTROL_PREPOSITIONS and c.i < infinitive.i
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _invited(invitation: Any, actors: ArticleActors) -> list[Actor]:
    """Who an invitation is to: its own "to"/"for" phrase ("an invitation to X to visit"), or
    the recipient of the verb that gives it ("handed X an invitation", "extended an invitation
    to X"); nobody when it is accepted or received (its subject goes)."""
    places = [invitation]
    if invitation.dep_ == "dobj":
        places.append(invitation.head)
    for node in places:
        for child in node.children:
            if child.dep_ == "dative" and node is not invitation:
                return _actors_of(child, actors)
            if child.dep_ == "prep" and child.lower_ in ("to", "for"):
                found = actors_after(child, actors)
                if found:
                    return found
    return []


def _governing_subject(
    token: Any, actors: ArticleActors, words: EventWords
) -> tuple[list[Actor], bool]:
    """'Moon left for home at the end of a state visit': the visit is the leaving subject's;
    'Zhao, on a visit to Britain, said': the person the phrase describes."""
    node, via = token, ""
    if node.dep_ == "dobj" and node.head.dep_ == "prep":  # "Following talks on May 6, ...":
        node = node.head  # the model reads "following" as a verb with an object
    for _ in range(4):
        # "arrived on Sunday prior to talks with X": the adverb of a two-word preposition
        # ("prior to", "ahead of") leads up to the verb as the preposition does
        sequence = node.dep_ == "advmod" and node.lower_ in words.background_prepositions
        # "expressed condolences in a telephone conversation with X", "restored relations at a
        # summit in Lima": the model hangs the meeting on the verb's object; the verb's
        # subject is at the meeting (triggers.yaml ``within_meeting``)
        carried = node.dep_ == "dobj" and via in words.within_meeting
        if (node.dep_ not in ("pobj", "prep") and not sequence and not carried) or (
            node.head.i == node.i
        ):
            break
        via = node.lower_
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            found, generic = _subject_actors(node, actors, token, words)
            if not found and not generic:  # "was signed by X after talks with Y": the agent
                found = _agent_actors(node, actors)
            return found, generic
        actor = actors.at(node.i)
        if via in ("on", "during") and actor is not None and actor.kind == "person":
            return [actor], False  # "Zhao, on a visit to Britain, met ...": the visit is his
    return [], False


def is_counted(token: Any) -> bool:
    """'the two countries', 'both sides': a plural counted as the pair."""
    return any(c.lower_ in ("two", "both") for c in token.children)


def _agent_actors(verb: Any, actors: ArticleActors) -> list[Actor]:
    """The actors of a passive verb's "by" phrase ("was signed by X and Y"), or of a leading
    participle's beside it ("was held on Friday in Dakar, co-chaired by X and Y"; names.yaml
    ``leader_verbs``)."""
    leading = default_name_rules().leader_verbs
    verbs = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.lemma_ in leading)]
    verbs += [  # the parser may hang the trailing participle on the place: "in Dakar, co-..."
        g
        for p in verb.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj"
        for g in o.children
        if g.dep_ == "acl" and g.lemma_ in leading
    ]
    return [
        actor
        for node in verbs
        for agent in node.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for actor in _actors_of(pobj, actors)
    ]


def acts_for_a_state(token: Any, words: EventWords) -> bool:
    """People who act for a state whoever they are: "officials", "the delegation", "his
    guest", "ministers" (words.state_agents and words.group), and one whose noun before names
    such a body ("a Foreign Ministry spokesman", "a government spokesman")."""
    if token.lower_ in words.group or token.lemma_.lower() in words.state_agents:
        return True
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in words.state_agents for c in token.children
    )


def _is_generic(token: Any, words: EventWords) -> bool:
    """'the two sides', 'the parties', 'the two presidents'; 'your country' in a quote."""
    if token.lemma_.lower() in words.generic_pair or token.lower_ in words.generic_pair:
        # "the two countries", "both sides", "the parties": the article's pair; not "coffee
        # producing countries", "many nations", "other governments", "developing countries"
        described = any(
            c.dep_ in ("amod", "compound", "nummod", "acl", "relcl", "det", "predet")
            and c.lower_ not in ("two", "both", "the")
            for c in token.children
        )
        # a bare plural is some of a kind, not the pair: "a group of countries opposed it";
        # "parties to the conflict" are the ones in it
        determined = token.lemma_.lower() in ("party", "side") or any(  # "parties" alone are
            c.dep_ in ("det", "predet", "poss") or (c.dep_ == "prep" and c.lower_ in ("to", "in"))
            for c in token.children  # the ones to the dispute told
        )
        return is_counted(token) or (not described and determined)
    if token.lower_ in words.group and (is_counted(token) or _the_heads_of_state(token)):
        return True
    if (
        token.lower_ == "two"
        and token.dep_ in _SUBJECT_DEPS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    ):
        return True  # "met his counterpart on Tuesday and the two agreed to ...": the pair
    if token.lower_ in ("they", "both") and token.dep_ in _SUBJECT_DEPS:
        # in a report on two countries, "they" are the two sides; not in a clause hung on one
        # whose subject is some other noun ("bankers will propose a plan when they meet")
        return not _others_in_the_main_clause(token, words)
    return token.lower_ == "country" and any(
        c.dep_ == "poss" and c.lower_ in ("your", "our") for c in token.children
    )


def _speakers_of_they(pronoun: Any, actors: ArticleActors) -> list[Actor]:
    """ "they" or "we" as the subject of a clause a verb of saying reports, whose own subject
    names one state's people ("U.S. officials said they would ask Japan ..."): those people,
    not the article's two sides."""
    if pronoun.lower_ not in ("they", "we"):
        return []
    clause = pronoun.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return []
    found = [a for s in clause_subjects(clause.head) for a in _actors_of(s, actors)]
    return found if len({a.country for a in found if a.country}) == 1 else []


def _they_named(pronoun: Any, actors: ArticleActors) -> list[Actor]:
    """ "they" as a main clause's subject after a sentence whose subject is two or more people
    named ("Funaro and Gros visited Washington. They will fly to Tokyo"): those people (through
    sentences whose subject is "they" too, up to three back)."""
    if pronoun.lower_ == "they" and pronoun.head.dep_ == "advcl":
        # "Erdogan and Trump set a goal of $100 billion when they met in 2019": the named
        # people the clause it hangs on has as its subject
        return _people_named_as_subject(pronoun.head.head, actors)
    if pronoun.lower_ != "they" or pronoun.head.dep_ != "ROOT":
        return []
    sent = pronoun.sent
    for _ in range(3):
        if sent.start == 0:
            return []
        sent = pronoun.doc[sent.start - 1].sent
        subjects = clause_subjects(sent.root)
        if any(s.lower_ == "they" for s in subjects):
            continue
        return _people_named_as_subject(sent.root, actors)
    return []


def _people_named_as_subject(verb: Any, actors: ArticleActors) -> list[Actor]:
    """Two or more people a verb's coordinated subject names ("Funaro and Gros visited")."""
    named = [
        a
        for s in clause_subjects(verb)
        if s.conjuncts
        for a in _actors_of(s, actors)
        if a.kind == "person" and not a.reference
    ]
    return named if len({a.code for a in named}) >= 2 else []


def _others_in_the_main_clause(pronoun: Any, words: EventWords) -> bool:
    """Whether "they" stands in a clause hung on another whose subject is a common noun that
    is not the pair ("bankers ... are likely to propose a plan when they meet regulators")."""
    clause = pronoun.head
    if clause.dep_ not in ("advcl", "conj") or clause.head.i == clause.i:
        return False
    subjects = clause_subjects(clause.head)
    if any(_is_generic(s, words) for s in subjects):
        return False  # "both sides said they wanted to ..."
    return any(s.pos_ == "NOUN" and s.lemma_.lower() not in words.state_agents for s in subjects)


def with_auxiliaries_children(verb: Any) -> list[Any]:
    """A verb's children, and those the parser hung on its auxiliary ("Beijing had on the same
    day imposed duties": "Beijing" is the subject of "had")."""
    children = list(verb.children)
    return children + [  # (an auxiliary before the verb, as in a clause in plain order: not
        g  # "Also seen arriving were X and Y")
        for c in children
        if c.dep_ in ("aux", "auxpass") and c.i < verb.i
        for g in c.children
        if g.i < c.i or g.dep_ == "prep"
    ]


def clause_subjects(verb: Any) -> list[Any]:
    """The subjects of a clause, climbing through "are likely to propose"."""
    node = verb
    for _ in range(4):
        found = [c for c in with_auxiliaries_children(node) if c.dep_ in ("nsubj", "nsubjpass")]
        if not found and (name := _subject_left_as_root(node)) is not None:
            return [name]
        if found or node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
            return [_past_the_dateline(c) for c in found]
        node = node.head.head if _joins_the_saying(node) else node.head
    return []


def _subject_left_as_root(verb: Any) -> Any | None:
    """A verb in the past with no subject of its own, inside the relative clause the parser
    hangs on a name it took for the sentence's root, or for an apposition to a dateline it
    took for the root ("The United States, which said in August that ..., on Thursday imposed
    sanctions": a long clause set off by commas left no verb for the root): that name is its
    subject (None when there is none)."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    root = verb  # (climbing to the root costs less than building the sentence's span)
    while root.head.i != root.i:
        root = root.head
    if root.pos_ != "PROPN":
        return None
    for name in (root, *(c for c in root.children if c.dep_ == "appos")):
        if name.pos_ == "PROPN" and any(
            c.dep_ == "relcl" and name.i < c.i < verb.i <= c.right_edge.i for c in name.children
        ):
            return name
    return None


def _joins_the_saying(verb: Any) -> bool:
    """ "the ministry said the filling disregards Egypt's rights and called on Ethiopia to
    ...": a verb in the past the parser joins to a reported clause in another tense is the
    saying verb's second act, and has its subject."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBD"
        and head.dep_ == "ccomp"
        and head.tag_ in ("VBZ", "VBP")
        and head.head.tag_ == "VBD"
    )


def _trails_the_saying(verb: Any, actors: ArticleActors) -> bool:
    """ "X said trust had been damaged, accusing Seoul of ...": a participle after a comma
    that the parser hangs on the clause said after the verb of saying, whose subject names
    nobody, is the sayer's act and has the sayer's subject (not "X said Pakistani troops
    fired ..., killing two soldiers": the troops' act)."""
    head = verb.head
    trailing = (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and head.dep_ == "ccomp"
        and head.head.i < head.i  # the sayer first ("Bush raised ..., urging Gorbachev to
    )  # ..., an official said": Bush urges)
    return trailing and not any(
        _actors_of(c, actors) for c in head.children if c.dep_ in _SUBJECT_DEPS
    )


def _subject_named(subject: Any, actors: ArticleActors) -> list[Actor]:
    """The actors a subject names, past a dateline the parser may take for it, unless what
    follows the dateline names nobody ("WASHINGTON - The director of ... said")."""
    return _actors_of(_past_the_dateline(subject), actors) or _actors_of(subject, actors)


def _past_the_dateline(subject: Any) -> Any:
    """The subject after a dateline the parser took for it ("KINGSTOWN, St Vincent and the
    Grenadines, Dec. 15 — Venezuelan President X and Guyana's President Y agreed": X, which
    it hangs on the city as an apposition after the dash)."""
    if subject.i != subject.sent.start or not subject.text.isupper():
        return subject  # a dateline's city leads in capitals (not "A, B and C -- G-6 -- agreed")
    doc = subject.doc  # (the parser may hang the dash on the apposition: "- Kenya and ...",
    after = (  # or the subject on the date as its conjunct: "JAKARTA, Nov 13 - Australia and")
        c
        for a in subject.children
        if a.dep_ == "appos"
        for c in (a, *a.conjuncts)
        if any(spaced_dash(t) for t in doc[subject.i + 1 : c.i])
    )
    return next((c for c in after if c.pos_ == "PROPN"), subject)  # a name, not "the director"


def on_a_trip_of(token: Any) -> Any | None:
    """The word a noun of travel in an "on" phrase hangs on ("Jose Sarney, on a state visit
    to Argentina": Sarney; "the departure on a tour": departure), or None."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "on":
        return token.head.head
    return None


def _purpose_phrase(verb: Any) -> bool:
    """An infinitive on a noun in a verb's prepositional phrase ("flew to Cairo in a bid to
    meet Mubarak", "visited Rabat in an effort to arrange a meeting"): the verb's subject
    acts."""
    noun = verb.head
    return (
        marked_by_to(verb)
        and not any(c.dep_ == "auxpass" for c in verb.children)  # ("under an accord to be
        and noun.dep_ == "pobj"  # signed during the visit": what is done to the noun)
        and noun.head.dep_ == "prep"
        and noun.head.lower_ in ("in", "on")
        and noun.head.head.pos_ == "VERB"
    )


def _the_heads_of_state(token: Any) -> bool:
    """'the heads of state', 'the heads of government': in a report on two countries, their
    two leaders (only these fixed phrases; 'the leaders' or 'the ministers' may be many)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lower_ in ("state", "government") for g in c.children)
        for c in token.children
    )


def _speaker(anchor: Any, actors: ArticleActors, lex: Lexicon) -> list[Actor]:
    """In reported speech ("Dumont said France ... supported the reforms") the speaker acts; a
    spokesman ("government spokesman X said") does not."""
    node = anchor
    for _ in range(4):
        if node.dep_ in ("ccomp", "conj", "xcomp") and node.head.i != node.i:
            head = node.head
            if head.lemma_.lower() in lex.triggers.reporting_verbs:
                # "praised the plan and said Washington would support it": the first verb's
                if head.dep_ == "conj" and not any(c.dep_ in _SUBJECT_DEPS for c in head.children):
                    head = head.head  # subject says it too
                for child in head.children:
                    if child.dep_ in _SUBJECT_DEPS:  # a spokesman only tells what others did
                        found = _actors_of(child, actors)
                        return [a for a in found if a.kind == "person" and a.role != "spokesperson"]
                return []
            if (  # "said Tokyo was ready to give" (not "would be hard to negotiate")
                head.pos_ == "ADJ"
                and head.dep_ == "acomp"
                and head.lemma_.lower() in lex.triggers.planned_governors
            ):
                node = head.head
                continue
            if head.pos_ not in ("VERB", "AUX"):
                break
            node = head
            continue
        break
    return []


def _own_countries(side: list[Actor]) -> list[str]:
    return [a.country for a in side if a.country]


def _heads_of(words: list[Any]) -> str | None:
    """ "state" for "heads of state", "government" for "heads of government"."""
    for word in words:
        if word.lower_ == "heads":
            for prep in word.children:
                if prep.lower_ == "of":
                    for noun in prep.children:
                        if noun.lower_ in ("state", "government"):
                            return str(noun.lower_)
    return None


def _pair_leaders(
    anchor: Any, token: Any, actors: ArticleActors, group: frozenset[str]
) -> list[Actor]:
    """'the two presidents met': the leaders of the article's two countries, as it names them;
    'the ministers signed': the ministers of the two named last."""
    # the subject may be the governing verb's: "the two leaders are expected to sign"
    words = [
        *anchor.subtree,
        *token.subtree,
        *(t for s in clause_subjects(anchor) for t in s.subtree),
    ]
    said = {t.lower_ for t in words}
    if not said & group:
        return []
    if any(  # "the two central bank heads", "the bank presidents": an office, not leaders
        c.dep_ in ("compound", "amod") and c.lower_ not in ("two", "both")
        for t in words
        if t.lower_ in group and t.lower_ != "ministers"
        for c in t.children
    ):
        return []
    ministers = "ministers" in said and not said & {"prime", "presidents", "leaders", "premiers"}
    # "the two prime ministers": the heads of government first, not a monarch met before;
    # "the presidents of the two countries": the heads of state, not a premier named since
    heads = _heads_of(words)  # "the two heads of state", "heads of government"
    office = "head_of_government" if said & {"prime", "premiers"} else None
    office = "head_of_state" if "presidents" in said and office is None else office
    office = f"head_of_{heads}" if heads and office is None else office
    sent = token.sent
    recent = sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    out: list[Actor] = []
    for country in actors.pair:
        for record in sorted(
            actors.people.values(),
            key=lambda r: (office is not None and r.role != office, -r.seen_before(token.i)),
        ):
            role = record.role or ""
            if ministers:  # a minister, or a person without a title told just before ("his
                # counterpart Ana Roldos")
                fits = "minister" in role or (not role and record.seen_before(token.i) >= recent)
            else:
                fits = role in _LEADER_ROLES
            if record.country == country and fits:
                out.append(
                    Actor(
                        token.i,
                        token.i + 1,
                        "person",
                        record.name,
                        country=country,
                        role=record.role,
                        reference=True,
                    )
                )
                break
    return out


def _own_tokens(anchor: Any) -> list[Any]:
    """The anchor's phrase without its subordinate clauses (which have their own events)."""
    skip: set[int] = set()
    for token in anchor.subtree:
        if token is not anchor and token.dep_ in _CLAUSE_DEPS:
            skip.update(t.i for t in token.subtree)
    return [t for t in anchor.subtree if t.i not in skip]


def _with_named_people(side: list[Actor], anchor: Any, actors: ArticleActors) -> list[Actor]:
    """A meeting with one named side also takes the other people its phrase names:
    'the meeting was held under the chairmanship of A and (the minister of X,) B'."""
    people = {a.code for a in side if a.kind == "person"}
    if len(people) >= 2:
        return side
    extra = []
    for token in _own_tokens(anchor):
        actor = actors.at(token.i)
        if actor and actor.kind == "person" and not actor.reference and actor.code not in people:
            extra.append(actor)
            people.add(actor.code)
    return side + extra


def _participant_groups(
    trig: Trigger,
    subjects: list[Actor],
    objects: list[Actor],
    direct: Sequence[Actor] = (),
    doc: Any = None,
) -> list[list[Actor]]:
    """One meeting per person met: "received by A and B, and held talks with C" is three;
    one act towards each state named as its object, and one act by each of the subject's
    states joined by "and" in ``doc`` (``coordinated_states``)."""
    object_people = [a for a in objects if a.kind == "person"]
    subject_people = [a for a in subjects if a.kind == "person"]
    if (
        trig.type == "CONSULT"
        and trig.mode in ("meet", "phone")
        and len(object_people) > 1
        and subject_people
    ):  # one meeting (or call) per country met: "met A (Swiss), B (Swiss) and C (Swiss)" is
        # one meeting with all three; "saw A (Japanese), B (German) and C (British)" is three
        # ("spoke by phone with A (Kyrgyz) and B (Tajik)": two calls); and
        theirs = {a.country for a in object_people if a.country}
        others = [a for a in objects if a.kind != "person" and a.country not in theirs]
        # heads of state and government each give their own audience ("received by the
        # President and the Prime Minister" is two meetings)
        groups: dict[tuple[str | None, str | None], list[Actor]] = {}
        for person in object_people:
            leader = person.code if person.role in _LEADER_ROLES else None
            groups.setdefault((person.country, leader), []).append(person)
        return [[*subjects, *people, *others] for people in groups.values()]
    own = {a.country for a in subjects if a.country}
    spans = {(a.start, a.end) for a in direct}  # (a capital stands for its state)
    targets = {
        a.country: a
        for a in objects
        if a.country and (a.start, a.end) in spans and a.country not in own
    }
    if trig.type in _JOINT or (trig.type in _DYADIC and len(targets) < 2):
        return [subjects + objects]  # ("recognised A and B": support given to each)
    aimed = [[t] for t in targets.values()] if own and len(targets) > 1 else [objects]
    # "pressed Japan and West Germany to ...": one act towards each country; "Britain and
    # France condemned ...": one act by each, when every one of them is a country's
    sources: dict[str | None, list[Actor]] = {}
    for actor in subjects:
        sources.setdefault(actor.country, []).append(actor)
    by_each = (
        len(sources) > 1
        and None not in sources
        and any(a.country and a.country not in own for group in aimed for a in group)
        and doc is not None
        and coordinated_states(subjects, doc)
    )
    if not by_each:
        if len(aimed) == 1:
            return [subjects + objects]
        sources = {None: subjects}
    return [
        [*source, *(a for a in target if not by_each or a.country not in sources)]
        for source in sources.values()
        for target in aimed
    ]


def coordinated_states(actors: Sequence[Actor], doc: Any) -> bool:
    """Whether the actors' states are joined by "and" ("Britain and France", "Venezuela,
    Nigeria and Kuwait", "French President X and German Chancellor Y"), not one named inside
    another's phrase ("Pakistan, a key U.S. ally", "Palestinians of the Israeli-occupied West
    Bank"). A state's name the parser hangs on the first as an apposition is one of the list
    ("Saudi Arabia, the UAE, Bahrain and Egypt": the UAE is no other name of Saudi Arabia)."""
    heads: dict[str, set[int]] = {}
    names = set()
    for actor in actors:
        if actor.country:
            node = doc[actor.start : actor.end].root
            names.add(node.i)
            if node.dep_ == "conj" and node.head.dep_ in _QUALIFIER_DEPS:
                node = node.head  # "British" in "the Greek and British protests"
            while node.dep_ in ("compound", "amod", "poss", "nmod") and node.head.i != node.i:
                node = node.head  # "French" in "French President X": X
            heads.setdefault(actor.country, set()).add(node.i)
    if len(heads) < 2:
        return False
    first, *rest = heads.values()
    for i in first:
        listed = [doc[i], *(c for c in doc[i].children if c.dep_ == "appos" and c.i in names)]
        listed += _fellow_subjects(doc[i], names)
        joined = {t.i for node in listed for t in (node, *node.conjuncts)}
        if all(joined & others for others in rest):
            return True
    return _listed_in_a_row(actors, doc)


def _listed_in_a_row(actors: Sequence[Actor], doc: Any) -> bool:
    """States' names with only commas and one "and" between them, however the parser hangs
    them ("Mexico, Peru, Brazil and Argentina criticised ...": the model may take "Peru" for
    an adverbial noun)."""
    named = sorted((a for a in actors if a.country and a.kind == "country"), key=lambda a: a.start)
    if len(named) < 2 or len(named) != len(actors):
        return False
    gaps = [doc[a.end : b.start] for a, b in pairwise(named)]
    if any(len(gap) == 0 or any(t.lower_ not in (",", "and") for t in gap) for gap in gaps):
        return False
    return sum(t.lower_ == "and" for gap in gaps for t in gap) == 1 and "and" in gaps[-1].text


def _fellow_subjects(node: Any, names: set[int]) -> list[Any]:
    """The states' names the parser makes further subjects of the same verb ("Chile, the UAE,
    Bolivia and Ecuador cut ties": "Chile" and "UAE" each a subject): one list."""
    if node.dep_ not in ("nsubj", "nsubjpass") or node.head.i == node.i:
        return []
    return [
        c
        for c in node.head.children
        if c.dep_ == node.dep_ and c.i != node.i and c.i in names and c.pos_ == "PROPN"
    ]


def _direct_objects(token: Any, anchor: Any, actors: ArticleActors) -> list[Actor]:
    """Actors that are themselves the object ("pressed Japan and Germany", "tariffs on Japan
    and Taiwan"), not named inside it ("boycotted a meeting of its partners, A and B")."""
    heads = []
    for node in dict.fromkeys((token, anchor)):
        for child in node.children:
            if child.dep_ in _OBJECT_DEPS and child.i != token.i:
                heads.append(child)
            elif child.dep_ == "prep" and child.lower_ in _ARG_PREPS:
                heads += [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "ccomp" and _is_infinitive(child):
                # "wanted West Germany and Japan to cut rates": the parser makes them the
                # infinitive's subjects; they are the ones asked
                heads += [g for g in child.children if g.dep_ == "nsubj"]
    heads += [  # "put off the tariffs he had ordered on goods from Mexico and Canada",
        # "ended duty-free treatment for exports from A, B and C": what the object is on
        g
        for head in heads
        if head.dep_ in _OBJECT_DEPS
        for node in (head, *(c for c in head.children if c.dep_ == "relcl"))
        for prep in node.children
        if prep.dep_ == "prep" and prep.lower_ in _OBJECT_TARGET_PREPS
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    rules = default_name_rules()
    heads += _targets_within(heads, actors, rules)
    out = []
    for head in heads:  # "recalled its ambassadors in A, B and C": each state one is posted to
        if head.tag_ == "NNS" and head.dep_ in _OBJECT_DEPS:
            out += [a for a in _posted_to(head, actors, rules) if a not in out]
    for head in heads:
        if actors.at(head.i) is None:
            continue  # a thing, not a party: "a meeting of its partners, A and B"
        first = head.left_edge
        if first.i > 0 and head.doc[first.i - 1].text in ("-", "–", "—", "--"):
            continue  # "a meeting of its partners - A, B and C -": an apposition
        for node in (head, *head.conjuncts):
            actor = actors.at(node.i)
            if actor is not None and actor not in out:
                out.append(actor)
    return out


def _targets_within(heads: list[Any], actors: ArticleActors, rules: NameRules) -> list[Any]:
    """The names inside the objects that are each a target of their own: the countries goods
    come from ("tariffs on imports from Mexico and Canada"); the states a common noun object
    belongs to, when several are named ("expelled diplomats from A, B and C", "recognised the
    independence of A and B"); the states of a thing told by adjectives joined by "and"
    ("rejected the Greek and British protests"); and the members a group of states names
    ("asked four countries, including A and B"; "from seven countries, among them A, B and
    C": names.yaml ``member_words``, ``member_groups``)."""
    inner = [  # ("ended duty-free treatment for exports from A, B and C": each)
        g
        for head in heads
        if head.head.dep_ == "prep" and head.head.lower_ in _OBJECT_TARGET_PREPS
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    things = [head for head in heads if head.pos_ == "NOUN" and actors.at(head.i) is None]
    inner += [
        g
        for head in things
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "of")
        for g in prep.children
        if g.dep_ == "pobj" and g.conjuncts
    ]
    inner += [
        g for head in things for g in head.children if g.dep_ in _QUALIFIER_DEPS and g.conjuncts
    ]
    heads = heads + inner
    inner += [
        g
        for head in heads
        if head.lemma_.lower() in rules.member_groups
        for g in head.children
        if g.dep_ == "appos"
    ]
    inner += [
        g
        for head in heads
        for prep in head.children
        if _names_members(head, prep, rules)
        for g in prep.children
        if g.dep_ == "pobj"
    ]
    return inner


def _inside_object(obj: Any, actors: ArticleActors, against: bool, aimed: bool) -> list[Actor]:
    """The parties prepositions inside an object name: "signed the agreement with
    Kazakhstan"; against someone also "raised duties on Japanese goods", "rejected calls by
    Belarus for aid" (the author of what the act answers), "rejected demands made by the
    United States"; for force also "fired shells at Lebanon"."""
    inner: tuple[str, ...] = (
        ("with", "between", "by", "on", "against") if against else ("with", "between")
    )
    inner += tuple(_AIMED_PREPS) if aimed else ()
    # "banned flights to Haiti", "suspended its aid programme for Cuba"
    own = inner + (("to", "from", "for") if against else ())
    preps = [c for node in (obj, *_amount_contents(obj)) for c in node.children if c.lower_ in own]
    preps += [  # "a memorandum of understanding with Lithuania", "a treaty of friendship with
        # India", "discussed the agenda of the visit with his counterpart": the parser hangs
        # the partner on the singular noun after "of" (not on "a variety of deals with French
        # companies", a plural's)
        p
        for c in obj.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and g.tag_ == "NN"
        for p in g.children
        if p.lower_ in ("with", "between")
    ]
    if against:  # and in a participle's or relative clause's phrases ("demands made by the
        # United States", "the tariffs he had ordered on goods from Mexico")
        preps += [
            g
            for c in obj.children
            if c.dep_ in ("acl", "relcl")
            for g in c.children
            if g.lower_ in inner
        ]
    return [
        a
        for prep in preps
        if prep.dep_ in ("prep", "agent")
        for grand in prep.children
        for a in _actors_of(grand, actors)
    ]


def _amount_contents(obj: Any) -> list[Any]:
    """What an amount is given in: "withheld 6.5 mln dlrs in canal payments from Panama",
    where the phrases of the payments are the object's."""
    if not any(c.dep_ == "nummod" for c in obj.children):
        return []
    preps = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"]
    if obj.dep_ == "dobj":  # the parser may hang the "in" on the verb, right after the amount
        preps += [c for c in obj.head.children if c.lower_ == "in" and c.i == obj.right_edge.i + 1]
    return [g for c in preps if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _object_actors(
    token: Any,
    anchor: Any,
    actors: ArticleActors,
    topics: frozenset[str] = frozenset(),
    against: bool = False,
    asking: bool = False,
    aimed: bool = False,
) -> list[Actor]:
    """Actors a trigger's objects and argument phrases name. A preposition in ``topics``
    introduces what an event is about, not who takes part: "talks on Iran"; with ``aimed``
    (force), also what it is aimed at or into."""
    found: list[Actor] = []
    patient = _patient_of(anchor)
    if patient is not None:  # "relations with Syria, broken off by London"
        for prep in patient.children:
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between", "to"):
                found += [a for g in prep.children for a in _actors_of(g, actors)]
    asked = any(c.dep_ in ("dobj", "dative") for c in anchor.children)
    for clause in anchor.children:  # "refused to allow U.S. planes": whom the refusal touches
        # (not "urged China to press Kabul": China is asked, Kabul is what the asking is about)
        if clause.dep_ == "xcomp" and clause.pos_ in ("VERB", "AUX") and not asked:
            for child in clause.children:
                heads = [child] if child.dep_ in _OBJECT_DEPS else []
                if child.dep_ in ("ccomp", "xcomp"):  # "allow U.S. planes to overfly"
                    heads = [g for g in child.children if g.dep_ in _SUBJECT_DEPS]
                for head in heads:
                    found += [a for a in _actors_of(head, actors) if not _is_origin(a, head)]
    for node in dict.fromkeys((token, anchor)):
        for child in node.children:
            if (child.dep_ in _OBJECT_DEPS or _misread_object(node, child)) and child.i != token.i:
                found += _actors_of(child, actors) + _inside_object(child, actors, against, aimed)
            elif against and (child.lower_ == "worth" or (node is token and _of_amount(child))):
                found += _targets_of_an_amount(child, actors)
            elif child.dep_ == "agent" or (
                child.dep_ == "prep"
                and (child.lower_ in _ARG_PREPS or (aimed and child.lower_ in _AIMED_PREPS))
                and child.lower_ not in topics
            ):
                for prep in (child, *child.conjuncts):  # "by the President and by the PM"
                    found += actors_after(prep, actors)
            elif node is token and token.pos_ == "NOUN" and child.dep_ in ("compound", "amod"):
                found += _actors_of(child, actors)
            elif asking and child.dep_ == "ccomp" and node is anchor and _is_infinitive(child):
                # "wants Japan to open its market": the parser makes Japan the infinitive's
                # subject; it is the one asked
                subjects = [g for g in child.children if g.dep_ in _SUBJECT_DEPS]
                found += [a for g in subjects for a in _actors_of(g, actors)]
    return found


def _misread_object(verb: Any, child: Any) -> bool:
    """A proper name the parser hangs on a verb as an adverbial noun (``npadvmod``) where it
    is the verb's object: right after a verb that has no other ("a day after American
    soldiers invaded Panama"), or after its object and a comma, the rest of a list
    ("telephoned her, Prime Minister X and President Y")."""
    if child.dep_ != "npadvmod" or child.pos_ != "PROPN" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if not objects:
        return bool(child.i == verb.i + 1)
    first = child.left_edge.i  # (a name or pronoun object: not "a meeting at the residence,
    # Genadendal", an apposition)
    return child.doc[first - 1].text == "," and any(
        o.right_edge.i == first - 2 and o.pos_ in ("PRON", "PROPN") for o in objects
    )


def actors_after(prep: Any, actors: ArticleActors) -> list[Actor]:
    """The actors a preposition's objects name ("with Israel", "against Turkey", "out of
    Estonia")."""
    return [a for g in _prep_objects(prep) for a in _actors_of(g, actors)]


def _prep_objects(prep: Any) -> list[Any]:
    """The objects of a preposition; of "out of" those of its "of" ("pulled its troops out of
    Estonia")."""
    objects = [g for g in prep.children if g.dep_ == "pobj"]
    if prep.lower_ == "out":
        objects += [g for of in prep.children if of.lower_ == "of" for g in _prep_objects(of)]
    return objects


def _of_amount(prep: Any) -> bool:
    """ "tariffs of 300 mln dlrs (on Japanese goods)": an "of" phrase that gives an amount."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(g.dep_ == "pobj" and any(n.like_num for n in g.children) for g in prep.children)
    )


def _targets_of_an_amount(worth: Any, actors: ArticleActors) -> list[Actor]:
    """ "impose tariffs worth 300 mln dlrs on Japanese goods": the parser hangs the target of
    a measure on its amount."""
    return [
        a
        for prep in worth.subtree
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
        for grand in prep.children
        for a in _actors_of(grand, actors)
    ]


def _is_origin(actor: Actor, head: Any) -> bool:
    """'British-based planes', 'U.S.-made goods': a country in a hyphenated modifier says where
    a thing comes from, not who acts."""
    doc = head.doc
    return actor.end < len(doc) and doc[actor.end].text in ("-", "–") and actor.end < head.i


def _places_in(
    head: Any, actors: ArticleActors, place_nouns: frozenset[str] = frozenset()
) -> list[Actor]:
    """Countries where the object of an attack lies (``_WHERE_HIT``): 'bombing of targets in
    Libya', 'targets in Afghanistan's Paktika province', 'hideouts in two Afghan provinces'
    (a state's adjective on a noun of names.yaml ``place_nouns``), a place hit itself
    ('shelled Kharkiv', 'struck the port of Odesa'); not where the attackers are: 'units based
    in western Cambodia fired shells into a Thai village'."""
    out: list[Actor] = []
    doers = {t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    for node in head.subtree:
        if node.i in doers:
            continue
        hit = node.dep_ == "dobj" and node.head.i == head.i  # "shelled Kharkiv"
        hit = hit or (  # "struck the port of Odesa"
            node.dep_ == "pobj"
            and node.head.lower_ == "of"
            and node.head.head.dep_ == "dobj"
            and node.head.head.head.i == head.i
        )
        if hit or (node.dep_ == "pobj" and node.head.lower_ in _WHERE_HIT):
            for place in (node, *node.conjuncts):  # "camps in Zimbabwe, Botswana and Zambia"
                owners = [c for c in place.children if c.dep_ == "poss"]
                if place.lemma_.lower() in place_nouns:
                    owners += [c for c in place.children if c.dep_ in ("amod", "compound")]
                for where in (place, *owners):
                    actor = actors.at(where.i)
                    if actor is not None and actor.country:
                        out.append(replace(actor, kind="country", code=actor.country))
                        break
    return list(dict.fromkeys(out))


# prepositions that say where the target of an act is, in a lone sentence: "fired at a North
# Korean island", "troops along its border with China", "sent troops to its border with
# Cameroon", "victims in Pakistan"
_LOCATIVE_PREPS = frozenset(
    {"in", "inside", "near", "along", "at", "outside", "across", "into", "to", "toward", "towards"}
)


def _targets_located(head: Any, actors: ArticleActors) -> list[Actor]:
    """Countries named where an act lands, for a lone sentence, which has no article around it
    to say who was hit: 'near the Ukrainian border', 'in Pakistan's tribal areas', 'along its
    border with China'. The phrase's name parts count, not only its head."""
    out: list[Actor] = []
    for node in head.subtree:
        if node.dep_ != "pobj" or not _is_locative(node.head):
            continue
        phrases = [node] + [
            g
            for prep in node.children
            if prep.dep_ == "prep" and prep.lower_ in ("with", "between")
            for g in prep.children
            if g.dep_ == "pobj"
        ]
        for phrase in phrases:
            for actor in _actors_of(phrase, actors):
                country = _state_of(actor)
                if country is not None and country not in out:
                    out.append(country)
    return out


def _is_locative(prep: Any) -> bool:
    """'in', 'near', 'to' ...; 'of' after 'out' ("pulled out of the country"); not the second
    word of a compound preposition ("according to the US government")."""
    if prep.lower_ == "of":
        return prep.head.lower_ in ("out", "outside")
    return prep.lower_ in _LOCATIVE_PREPS and prep.head.dep_ != "prep"


def _state_of(actor: Actor) -> Actor | None:
    """A mention as the state it places or stands for (a place, a country, a person of one)."""
    if not actor.country or actor.kind not in ("country", "place", "person"):
        return None
    return replace(actor, kind="country", code=actor.country)


def _as_states(side: list[Actor], lex: Lexicon) -> list[Actor]:
    """Capitals stand for their state in a lone sentence ("Washington asked Islamabad",
    "recalled its ambassador from Vienna"), as wire copy uses them."""
    out = []
    for actor in side:
        place = lex.knowledge.place(actor.code) if actor.kind == "place" and actor.code else None
        if place is not None and place.capital_of:
            actor = replace(actor, kind="country", code=place.capital_of, country=place.capital_of)
        out.append(actor)
    return out


def _dative_recipients(anchor: Any, actors: ArticleActors) -> list[Actor]:
    """'granted asylum to a Colombian journalist': the parser hangs the recipient under a
    'to' it calls dative, where ``_actors_of`` does not look."""
    return [
        actor
        for to in anchor.children
        if to.dep_ == "dative" and to.pos_ == "ADP"
        for pobj in to.children
        if pobj.dep_ == "pobj"
        for actor in _actors_of(pobj, actors)
    ]


def _located_subjects(anchor: Any, token: Any, actors: ArticleActors) -> list[Actor]:
    """'Students in Caracas marched', 'nurses in Kenya went on strike': in a lone sentence a
    subject that names no country is placed by its 'in' phrase."""
    out: list[Actor] = []
    for subject in _subject_tokens(anchor, token):
        for prep in subject.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "inside"):
                for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                    found = (_state_of(a) for a in _actors_of(pobj, actors))
                    out += [a for a in found if a is not None]
    return out


def _subject_tokens(anchor: Any, token: Any) -> list[Any]:
    """The subject of the anchor, or of the verb it hangs from ("went on strike")."""
    node = anchor
    for _ in range(5):
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and c.i != token.i]
        if subjects or node.head.i == node.i:
            return subjects
        if node.dep_ not in _CLIMB_DEPS and node.dep_ not in ("pobj", "prep"):
            break
        node = node.head
    return []


def _reporting_state(anchor: Any, token: Any, actors: ArticleActors, lex: Lexicon) -> list[Actor]:
    """'Seoul said it would provide rice': in a lone sentence "it" is the capital that speaks
    (a country or organisation antecedent is already resolved with the actors)."""
    if not any(t.lower_ == "it" for t in _subject_tokens(anchor, token)):
        return []
    node = anchor
    for _ in range(4):
        if node.dep_ not in ("ccomp", "conj", "xcomp") or node.head.i == node.i:
            break
        node = node.head
        if node.lemma_.lower() in lex.triggers.reporting_verbs:
            speakers = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
            found = [a for s in speakers for a in _as_states(_actors_of(s, actors), lex)]
            return [a for a in found if a.kind == "country"]
    return []


# prepositions after an object that name the party it concerns: "its ambassador to Germany",
# "the embargo on Libya", "aid to Honduras", "its embassy in Damascus"
_CONCERNING_PREPS = frozenset({"to", "on", "against", "in", "from"})


def _object_complements(
    token: Any, anchor: Any, actors: ArticleActors, lex: Lexicon
) -> list[Actor]:
    """Parties a lone sentence names beside an object or in the clause a verb governs
    ("recalled its ambassador to Germany", "threatened to cut aid to Honduras", "refused to
    extradite the suspects to Sweden", "announced the release of two Canadian journalists"),
    where no article says who they concern."""
    verbs = [anchor] + [c for c in anchor.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    out: list[Actor] = []
    for verb in verbs:
        for child in verb.children:
            heads = []
            if child.i == token.i and token.i != anchor.i:  # the event noun: its "of" is whom
                heads = [
                    g
                    for prep in child.children
                    if prep.dep_ == "prep" and prep.lower_ == "of"
                    for g in prep.children
                    if g.dep_ == "pobj"
                ]
            elif child.dep_ in ("dobj", "nsubjpass"):
                heads = [
                    g
                    for prep in child.children
                    if prep.dep_ == "prep" and prep.lower_ in _CONCERNING_PREPS
                    for g in prep.children
                    if g.dep_ == "pobj"
                ]
            elif verb is not anchor and child.dep_ == "prep" and child.lower_ in _ARG_PREPS:
                heads = [g for g in child.children if g.dep_ == "pobj"]
            for head in heads:
                found = (_state_of(a) for a in _as_states(_actors_of(head, actors), lex))
                out += [a for a in found if a is not None and a not in out]
    return out


def _actors_of(head: Any, actors: ArticleActors) -> list[Actor]:
    """The actors a phrase names: at its head, in its name parts, and in its conjuncts.

    A named person beats a title reference of the same state inside the same phrase: in "the
    Special Representative of the President of France Isabelle Dumont" the actor is Dumont; in
    "the Kazakh President and Emmanuel Macron" both are.
    """
    out: list[Actor] = []
    stack = [head]
    seen: set[int] = set()
    rules = default_name_rules()
    leading = rules.leader_verbs  # "the team, headed by the finance minister"
    while stack:
        node = stack.pop()
        if node.i in seen:
            continue
        seen.add(node.i)
        actor = actors.at(node.i)
        if actor is not None and actor not in out:
            out.append(actor)
        out += [a for a in _posted_to(node, actors, rules) if a not in out]
        for child in node.children:
            if child.dep_ == "appos" and (_detached(node, child) or _verb_follows(child)):
                continue
            if _describes_a_named_person(actor, child, actors):
                continue  # "X, Djibouti's closest ally and Eritrea's foe": no party named
            if (
                child.dep_ in _NAME_DEPS
                or (child.dep_ == "prep" and child.lower_ in ("of", "from"))
                # a title word the parser took for a preposition: "Commerce | Under
                # Secretary Bruce Harland"
                or (child.dep_ == "prep" and child.i > node.i and child.text[:1].isupper())
                or _names_members(node, child, rules)
                or (child.dep_ == "pobj" and node.dep_ in ("prep", "agent"))
                or (child.dep_ == "agent" and node.dep_ == "acl" and node.lemma_ in leading)
                or (child.dep_ == "acl" and child.lemma_ in leading)
            ):
                stack.append(child)
    named = {a.country for a in out if a.kind == "person" and not a.reference}
    if named:
        out = [a for a in out if a.kind != "person" or not a.reference or a.country not in named]
    return sorted(out, key=lambda a: a.start)


def _posted_to(envoy: Any, actors: ArticleActors, rules: NameRules) -> list[Actor]:
    """The state one's own envoy is posted to: "its ambassador to South Africa", "their envoy
    in Pretoria" (names.yaml ``envoy_nouns``; a capital stands for its state)."""
    if envoy.lemma_.lower() not in rules.envoy_nouns or not own_side(envoy):
        return []
    out = []
    own_preps = ("to", "in", "from")  # "recalled its ambassador from Tehran": posted there
    preps = [p for p in envoy.children if p.dep_ == "prep" and p.lower_ in own_preps]
    if envoy.dep_ == "dobj":  # the model may hang "from Tehran" on the verb
        preps += [p for p in envoy.head.children if p.dep_ == "prep" and p.lower_ == "from"]
    for prep in preps:
        if prep.dep_ == "prep":  # "its ambassadors in Mexico, Argentina and Bolivia": each
            pobjs = [n for g in prep.children if g.dep_ == "pobj" for n in (g, *g.conjuncts)]
            for actor in (actors.at(g.i) for g in pobjs):
                if actor is not None and actor.country and actor.kind in ("country", "place"):
                    out.append(replace(actor, kind="country", code=actor.country))
    return out


def _names_members(group: Any, prep: Any, rules: NameRules) -> bool:
    """ "officials, including Finance Minister X": a phrase naming some members of a group
    of people or states (names.yaml ``member_words`` and ``member_groups``)."""
    return bool(
        prep.dep_ == "prep"
        and prep.lower_ in rules.member_words
        and group.lemma_.lower() in rules.member_groups
    )


def _describes_a_named_person(actor: Actor | None, appos: Any, actors: ArticleActors) -> bool:
    """A common noun in apposition to a person named with a nationality, whose possessive
    names other states ("Ethiopian Prime Minister X, Djibouti's closest ally and Eritrea's
    long-time foe"; the model may read it as a conjunct after the comma): it says who he is
    to others; the states it names take no part."""
    if actor is None or actor.kind != "person" or actor.reference or not actor.country:
        return False
    after_comma = appos.left_edge.i > 0 and appos.doc[appos.left_edge.i - 1].text == ","
    if appos.dep_ not in ("appos", "conj") or (appos.dep_ == "conj" and not after_comma):
        return False
    if any((a := actors.at(t.i)) and a.kind == "person" for t in appos.subtree):
        return False  # not "X, Niger's president and ...": a title is a person of its own
    owners = [actors.at(c.i) for c in appos.subtree if c.dep_ == "poss"]
    return appos.pos_ == "NOUN" and any(
        o is not None and o.kind == "country" and o.country != actor.country for o in owners
    )


def _detached(head: Any, appos: Any) -> bool:
    """An appositive the parser hung on a word far before it: "the loan was signed by X after
    talks with Hermes, the German agency" (the agency is Hermes, not the loan). An appositive
    follows its head's own words, after a comma or a bracket."""
    own: list[int] = [
        t.i for t in head.subtree if not (appos.left_edge.i <= t.i <= appos.right_edge.i)
    ]
    start: int = appos.left_edge.i
    return start - max(own) > 2


def _verb_follows(appos: Any) -> bool:
    """An "appositive" right before a finite verb that has no subject of its own is that
    verb's subject: "talks with President Reagan, Chief Cabinet Secretary Gotoda told
    reporters" (Gotoda speaks; he is not Reagan)."""
    after = appos.right_edge.i + 1
    if after >= len(appos.doc):
        return False
    verb = appos.doc[after]
    return (
        verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.pos_ == "VERB"
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
    )


def _toward(name: Any) -> bool:
    """A name that is where somebody goes: after to / for / into, or a verb's object."""
    node = name
    while node.dep_ in ("compound", "conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj":
        # "a mediation mission between Syria and Jordan" goes to both
        if node.head.lower_ in ("to", "for", "into", "toward", "towards", "between"):
            return True
        purpose = node.head.head  # "leaves on Friday for talks in Stockholm": where the
        return bool(  # talks he leaves for are held
            node.head.lower_ in ("in", "at")
            and purpose.dep_ == "pobj"
            and purpose.head.lower_ == "for"
            and purpose.head.dep_ == "prep"
        )
    return bool(node.dep_ == "dobj")


def _with_a_party(token: Any, anchor: Any, objects: list[Actor]) -> bool:
    """An actor named after "with" or "between" on the trigger or the verb that carries it."""
    inside = {
        t.i
        for node in dict.fromkeys((token, anchor))
        for prep in node.children
        if prep.dep_ == "prep" and prep.lower_ in ("with", "between")
        for t in prep.subtree
    }
    return any(a.kind in ("country", "person", "org") and a.start in inside for a in objects)


def _clause_names_a_state(verb: Any) -> bool:
    """A complement clause whose subject names a state ("charged that Japan is dumping chips",
    not "charged that the election was rigged")."""
    return any(
        c.dep_ == "ccomp"
        and any(
            t.ent_type_ in ("GPE", "NORP")
            for g in c.children
            if g.dep_ in _SUBJECT_DEPS
            for t in g.subtree
        )
        for c in verb.children
    )


def _called_on(verb: Any, objects: list[Actor]) -> bool:
    """A person called on and nothing asked of him (not "called on Reagan to end the
    tariffs", a request), nor a person called whose "on" tells the day ("called Maduro on
    Thursday": a direct object is the one called)."""
    particle = any(  # "call on | X": X the object, the "on" a particle or a bare preposition
        c.lower_ in ("on", "upon") and not any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )
    return any(a.kind == "person" for a in objects) and not any(
        _is_infinitive(c) or (c.dep_ == "dobj" and not particle) for c in verb.children
    )


def _object_matches(
    token: Any,
    anchor: Any,
    words: tuple[str, ...],
    objects: list[Actor],
    meetings: frozenset[str] = frozenset(),
    departures: frozenset[str] = frozenset(),
) -> bool:
    if words == ("REACHED",):
        return True  # checked where the frame is found (events._is_reached)
    if "INFINITIVE" in words:  # "asked France to curb ...", "pressed Japan to open ..."
        asked = _asked_tokens(anchor)  # the one asked, not a word inside what is asked
        return any(a.start in asked for a in objects) and any(
            _is_infinitive(c) for c in anchor.children
        )
    if "CALLED" in words:  # "is due to call on Prime Minister Prem"
        return _called_on(anchor, objects)
    if "NOUN" in words:  # "claimed repayment", "a claim for compensation"
        noun = token.pos_ == "NOUN" or any(
            c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN") for c in anchor.children
        )
        if "SOURCE" in words:  # "sought assurances from Iran" (not "sought to convince the
            return _sought_from_party(anchor, noun, objects, meetings)  # U.S.", an aim)
        return noun
    if "DESTINATION" in words:  # "travels to Italy", "left for London", "a mission here"
        here = any(c.lower_ == "here" for node in (token, anchor) for c in node.children)
        doc = token.doc
        return here or any(  # not "the Soviet mission in Washington": a posting
            a.kind in ("place", "country") and _toward(doc[a.end - 1]) for a in objects
        )
    parties = any(a.kind in ("country", "person", "org") for a in objects)
    if "CLAUSE" in words:  # "charged that Japan is dumping chips" (not "charges 5 pct")
        return _clause_names_a_state(anchor)
    if "WITH" in words:  # "held a call with Trump" (not "its call for restraint by China")
        return _with_a_party(token, anchor, objects)
    if "PARTY" in words:  # "discussed the crisis with his Saudi counterpart", "investigated
        return parties  # Japan's practices" (not "investigating the takeover")
    if "LEAVE" in words and not _told_to_leave(anchor, departures):
        return False
    if "OTHERS" in words and not _others_listed(anchor, words):
        return False
    return _listed_matches(token, anchor, words, objects, parties)


def _listed_matches(
    token: Any, anchor: Any, words: tuple[str, ...], objects: list[Actor], parties: bool
) -> bool:
    """ACTOR (somebody received or hosted), an actor or a listed word, or LISTED (only the
    listed words) among the objects, clauses and prepositional phrases."""
    wanted = set(words) - {"ACTOR", "LISTED", "LEAVE", "OTHERS", "UNAGREED"}
    if not wanted:  # ACTOR: somebody is received or hosted
        return any(a.kind == "person" and not _modifies_a_noun(token.doc, a) for a in objects)
    if "LISTED" not in words and parties:
        return True
    nodes = dict.fromkeys((token, anchor))
    patient = _patient_of(anchor)
    if patient is not None:  # "relations with Syria, broken off by London"
        return patient.lemma_.lower() in wanted or patient.lower_ in wanted
    for node in nodes:
        for child in node.children:
            heads = [child] if child.dep_ in _OBJECT_DEPS or child.dep_ in _MATCHED_DEPS else []
            if child.dep_ in ("ccomp", "xcomp"):  # "allowed inspectors to visit the site"
                heads = [g for g in child.children if g.dep_ in _SUBJECT_DEPS]
                if child.pos_ == "ADJ" and _is_wanted(child, wanted):
                    return True  # "found two leaders guilty"
                if small_clause_object(child, wanted):
                    return True  # "declared X and seven other diplomats persona non grata"
            for head in heads:
                if any(_is_wanted(t, wanted) for t in head.subtree):
                    return True
    if anchor.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in anchor.children):
        # used without an object, the verb's subject undergoes it: "troops withdrew from Chad"
        subject = [c for c in anchor.children if c.dep_ == "nsubj"]
        return any(_is_wanted(c, wanted) for c in subject)
    return False


def small_clause_object(clause: Any, wanted: set[str]) -> bool:
    """A listed word the parser hangs as the object of a complement clause with no mark of
    its own: "declared X and seven other diplomats persona non grata" is read as "X persona
    grata" (not "recalled that X met the ambassador", a clause told)."""
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    return any(
        c.dep_ in ("dobj", "attr", "oprd") and _is_wanted(c, wanted) for c in clause.children
    )


def _told_to_leave(verb: Any, departures: frozenset[str]) -> bool:
    """ "ordered two British diplomats to leave": the verb's object is told to leave (an
    infinitive of ``departures``), or given a time to leave ("gave the ambassador 24 hours to
    leave": the infinitive on the time), and is not the subject's own ("its diplomats")."""
    leaving = any(_is_infinitive(c) and c.lemma_.lower() in departures for c in verb.children)
    leaving = leaving or any(
        t.lemma_.lower() in _TIME_UNITS
        and any(marked_by_to(c) and c.lemma_.lower() in departures for c in t.children)
        for t in verb.subtree
    )
    told = [c for c in verb.children if c.dep_ == "dobj"]
    return leaving and bool(told) and not any(own_side(t) for t in told)


def _others_listed(verb: Any, words: tuple[str, ...]) -> bool:
    """A listed word in the verb's object phrase (not in a clause inside it: "negotiations
    with Brazil, which holds Bolivia's debt") that no pronoun owns ("rescheduled its debt":
    the subject's own)."""
    wanted = set(words)
    listed = [
        t
        for c in verb.children
        if c.dep_ == "dobj"
        for t in c.subtree
        if _is_wanted(t, wanted) and not _in_a_clause_of(t, c)
    ]
    return bool(listed) and not any(own_side(t) for t in listed)


def _in_a_clause_of(node: Any, top: Any) -> bool:
    """Whether a clause of ``top``'s phrase holds the node."""
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in _CLAUSE_DEPS:
            return True
        node = node.head
    return False


def _modifies_a_noun(doc: Any, actor: Actor) -> bool:
    """A name that modifies a common noun names the thing, not its bearer: "spoke to an
    Agribusiness Education forum", "received a Reagan letter" (nobody is received)."""
    last = doc[actor.end - 1]
    return bool(last.dep_ == "compound" and last.head.pos_ == "NOUN")


def _sought_from_party(
    anchor: Any, noun: bool, objects: list[Actor], meetings: frozenset[str]
) -> bool:
    """A thing sought, and the party it is sought from (a capital stands for its state:
    "an explanation from Washington")."""
    asked = _sought_from(anchor, meetings)
    return (noun or bool(sought_with(anchor, meetings))) and any(
        (a.kind in ("country", "person") or (a.kind == "place" and a.country)) and a.start in asked
        for a in objects
    )


def _sought_from(verb: Any, meetings: frozenset[str]) -> set[int]:
    """Where a verb of seeking names whom it asks: a "from" phrase of the verb or of what is
    sought ("sought assurances from Iran"), the owner or nationality of what is sought
    ("seek Japanese support", "sought Iran's backing"; not "closer Iran-Kazakhstan ties"),
    the object asked for something ("asked Japan for credits"), the "with" or "from" phrase
    of what is asked for ("asked for talks with China", "sought a meeting with Reagan")."""
    found = sought_with(verb, meetings)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            found.update(t.i for t in child.subtree)
        if child.dep_ != "dobj":
            continue
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            found.update(t.i for t in child.subtree)  # "asked Japan for credits"
        for part in child.children if child.pos_ == "NOUN" else ():
            if part.dep_ in ("amod", "poss") or (part.dep_ == "prep" and part.lower_ == "from"):
                found.update(t.i for t in part.subtree)
        found.update(_sought_party([child], meetings))  # "sought a meeting with Reagan"
    return found


def sought_with(verb: Any, meetings: frozenset[str]) -> set[int]:
    """The party of the noun a verb asks for: "asked for talks with China", "asked for an
    explanation from Washington"."""
    heads = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    return _sought_party(heads, meetings)


def _sought_party(heads: list[Any], meetings: frozenset[str]) -> set[int]:
    """The "from" phrase of a noun sought (the noun itself, or a "for" phrase's), and the
    "with" phrase of a meeting sought ("talks with China"; not "an agreement with Brussels",
    a deal aimed at)."""
    nouns = [h for h in heads if h.pos_ == "NOUN"]
    nouns += [c for h in heads if h.pos_ == "ADP" for c in h.children if c.dep_ == "pobj"]
    return {
        t.i
        for noun in nouns
        if noun.pos_ == "NOUN"
        for part in noun.children
        if part.dep_ == "prep"
        and (part.lower_ == "from" or (part.lower_ == "with" and noun.lemma_.lower() in meetings))
        for t in part.subtree
    }


def _asked_tokens(verb: Any) -> set[int]:
    """Where a directive names whom it asks: its object ("asked France to"), the parsed
    subject of its infinitive ("wants Japan to"), its passive subject ("was asked by X to")."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative", "nsubjpass")]
    heads += [
        g
        for c in verb.children
        if c.dep_ == "ccomp" and _is_infinitive(c)
        for g in c.children
        if g.dep_ in _SUBJECT_DEPS
    ]
    heads += for_clause_subjects(verb)  # "called for Japan to open"
    heads += [  # "called on Bonn to cut rates"
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("on", "upon")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return {t.i for h in heads for t in h.subtree}


def _patient_of(verb: Any) -> Any | None:
    """The noun a participle clause is about: "relations with Syria, broken off by London"
    (the participle modifies the noun, or hangs from the verb whose object the noun is); the
    noun a relative clause's pronoun object stands for ("relations, which Ethiopia severed")."""
    if verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.tag_ in RELATIVE_PRONOUNS for c in verb.children
    ):
        return verb.head
    if verb.tag_ != "VBN" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return None
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ == "advcl":
        before = _noun_before_comma(verb)  # "restore relations with Syria, broken off by"
        return before or next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return None


def _noun_before_comma(verb: Any) -> Any | None:
    """The widest noun phrase that ends right before the comma a participle follows."""
    doc = verb.doc
    comma = verb.left_edge.i - 1
    if comma <= verb.sent.start or doc[comma].text != ",":
        return None
    nouns = [
        t
        for t in doc[verb.sent.start : comma]
        if t.pos_ in ("NOUN", "PROPN") and t.right_edge.i == comma - 1
    ]
    return min(nouns, key=lambda t: t.left_edge.i) if nouns else None


def _is_wanted(token: Any, wanted: set[str]) -> bool:
    return token.lemma_.lower() in wanted or token.lower_ in wanted


def _is_infinitive(node: Any) -> bool:
    return node.dep_ in ("xcomp", "ccomp", "advcl") and marked_by_to(node)


def _nonstate_counterpart(
    token: Any,
    anchor: Any,
    actors: ArticleActors,
    particle: str | None = None,
    private: frozenset[str] = frozenset(),
) -> bool:
    """'met the Paris Club', 'talks with creditor banks', 'a meeting between the governor and
    the banks' advisory committee': the other party is named, and it is no state or person."""
    for node in dict.fromkeys((token, anchor)):
        for child in node.children:
            heads = []
            if child.dep_ == "prep" and (
                child.lower_ in ("with", "between", "to") or child.lower_ == particle
            ):  # "called on the international community to ...": its particle's object
                heads = [g for g in child.children if g.dep_ == "pobj"]
            elif child.dep_ == "dobj" and node.pos_ == "VERB" and child.i != token.i:
                heads = [child]
            for head in heads:  # "denounced press reports that his wife ...": the clause
                own = _own_tokens(head)  # inside the object names somebody else
                found = [a for t in own if (a := actors.at(t.i)) is not None]
                if head.pos_ not in ("NOUN", "PROPN"):
                    continue
                if head.pos_ == "NOUN" and any(  # "the country's 12-bank advisory committee",
                    t.lemma_.lower() in private  # "creditor banks": private parties
                    for t in (
                        head,
                        *(c for c in head.children if c.dep_ in ("compound", "amod", "nmod")),
                    )
                ):
                    return True
                if any(a.kind == "country" or a.country for a in found):
                    continue
                # a person named by an organisation's title acts for it ("NATO Secretary
                # General Jens Stoltenberg"); a person of no known country may be a state's
                if not any(a.kind == "person" for a in found) or any(
                    a.kind == "org" for a in found
                ):
                    return True
    return False


def _countries(
    side: list[Actor],
    places: list[Actor],
    actors: ArticleActors,
    trig: Trigger,
    generic: bool,
    nonstate: bool = False,
    recent: tuple[str, ...] | None = None,
    addressed: bool = False,
) -> tuple[str, ...]:
    """The event's countries: its own, completed (for paired types and generic subjects such
    as "the two sides") with the pair the last sentences' events named, else the article's."""
    found = [a.country or (a.code if a.kind == "country" else None) for a in side]
    countries = [c for c in found if c]
    if trig.mode == "visit":
        countries += [p.country for p in places if p.country]
    ordered = tuple(dict.fromkeys(countries))
    paired = trig.type in _PAIRED or trig.type in _ADDRESSED or addressed
    completes = generic or (paired and not nonstate)
    if completes and len(ordered) < 2:
        pair = recent if recent and (not ordered or set(ordered) <= set(recent)) else actors.pair
        if generic or (ordered and set(ordered) <= set(pair)):
            ordered = tuple(dict.fromkeys((*ordered, *pair)))
        elif ordered and actors.home and actors.home not in ordered and trig.mode != "visit":
            # "an agreement signed on Tuesday with Britain" in a story about Nigeria's debts:
            # the other side is the article's own country, not the pair it is mostly about
            # (a trip with no destination goes nowhere known: not to where the story is filed)
            ordered = (*ordered, actors.home)
    hosts = [p.country for p in places if p.country]
    if trig.mode == "visit" and hosts and len(ordered) > 1:  # the visitor first, then the host
        ordered = (*[c for c in ordered if c != hosts[0]], hosts[0])
    return ordered


def told_to_come(clause: Any, words: EventWords) -> bool:
    """A clause told with a modal of the future (``words.future_modals``): "warned that Minsk
    would take steps", "said Greece would stop the ship if ..."."""
    return any(c.dep_ == "aux" and c.lower_ in words.future_modals for c in clause.children)


def is_condition(clause: Any, words: EventWords) -> bool:
    """Whether a clause is one of condition: opened by a conjunction of ``words.conditions``
    ("if Japan does not open its markets", "unless Tokyo stops dumping chips")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in words.conditions for c in clause.children
    )


def as_state(actor: Actor, lex: Lexicon, on: date | None = None) -> Actor:
    """A capital that acts stands for its government: "London broke off relations"; so does
    a capital of the article's day that is one no more ("Bonn has called on the U.S." in 1987:
    places.yaml ``former_capital_of``)."""
    if actor.kind == "place" and actor.code and actor.country:
        place = lex.knowledge.place(actor.code)
        # a capital stands for the state of the article's day ("Moscow warned" in 1987: the
        # Soviet Union, though the data file names Moscow Russia's capital)
        if lex.knowledge.country_code(actor.code) == actor.country or (
            place is not None and (place.capital_of or _capital_then(place, on))
        ):
            return replace(actor, kind="country", code=actor.country)
    return actor


def _capital_then(place: Any, on: date | None) -> bool:
    """Whether the place was a capital on the day (a period's ends at their own precision)."""
    return on is not None and any(p.covers(on.isoformat()) for p in place.former_capital_of)


def for_clause_subjects(verb: Any, word: str = "for") -> list[Any]:
    """The subject of a "for ... to" clause right after the verb ("called for Japan to open
    its markets": the parser hangs "for" on the clause as its marker)."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ in ("advcl", "xcomp", "ccomp")
        and any(
            m.dep_ == "mark" and m.lower_ == word and m.i == verb.i + 1 for m in clause.children
        )
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]
