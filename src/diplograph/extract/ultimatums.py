"""A threat reported as what the speaker's state will do if another state does not comply.

Crisis news often tells a threat without a verb of threatening: "Papandreou said Greece would
stop the ship by force if it entered Greek waters", "Museveni said Uganda would strike back if
Kenyan troops crossed the border again". The speaker's state says it will act if another
state does (or does not do) something: PLOVER THREATEN (CAMEO 13). The reported clause must
hang on a verb of saying (triggers.yaml ``reporting_verbs``) that is not denied, carry a modal
of the future (``words.future_modals``), have the speaker's own state (or "it", "we") as its
subject, and a condition (``words.conditions``: "if", "unless") whose subject names another
state. "Analysts said exports would fall if the yen rose" (no state acts), "U.S. officials
said Japan would retaliate if ..." (another state's act foretold) and "Moscow would buy U.S.
wheat if it were competitively priced" (no state in the condition: an offer) are no threat.
"""

from __future__ import annotations

from typing import Any

from diplograph.extract.context import ArticleContext
from diplograph.extract.demands import _states, said_event
from diplograph.extract.frames import condition_clauses
from diplograph.extract.mentions import Actor
from diplograph.extract.participants import clause_subjects, coordinated_states, told_to_come
from diplograph.models import Event

# the speaker's own side as a pronoun: "said it would act if ...", "warned we will retaliate"
OWN_PRONOUNS = frozenset({"it", "we", "they"})
# the kinds of event whose nouns name a hostile act another side may commit ("if the raids go on")
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def reported_threats(sent: Any, ctx: ArticleContext) -> list[Event]:
    """The threats a sentence reports as its speaker's conditional act (none in a lone
    sentence, which is coded by its own verb)."""
    if ctx.lone_sentence:
        return []
    found: list[Event] = []
    for verb in sent:
        for event in _threat(verb, ctx):
            if not any(e.countries == event.countries for e in found):
                found.append(event)
    return found


def reported_threats_in(verb: Any, ctx: ArticleContext) -> bool:
    """Whether the clause of ``verb`` is told as a threat (``reported_threats``)."""
    return not ctx.lone_sentence and _threat_told(verb, ctx) is not None


def _threat(verb: Any, ctx: ArticleContext) -> list[Event]:
    told = _threat_told(verb, ctx)
    return _said_threat(*told, ctx) if told is not None else []


def _threat_told(verb: Any, ctx: ArticleContext) -> tuple[Any, list[Actor], list[Actor]] | None:
    """(the verb of saying, the speakers' states, the states threatened) of a threat the
    clause of ``verb`` reports, None where it reports none."""
    words = ctx.lex.triggers.words
    clause = verb.head if verb.dep_ == "conj" else verb  # "will not tolerate ... and will respond"
    saying = clause.head
    if clause.dep_ != "ccomp" or saying.lemma_.lower() not in ctx.lex.triggers.reporting_verbs:
        return None
    if any(c.dep_ == "neg" for c in saying.children) or verb.pos_ != "VERB":
        return None  # "did not say Greece would ...", "it would not be fair if ..."
    if not told_to_come(verb, words):
        return None
    acts = [verb, *_unhesitating(verb, words)]  # "would not hesitate to take measures"
    conditions = [c for act in acts for c in _conditions(act, words)]
    paying = (
        not conditions
        and (  # "said Russia would respond in kind"
            any(_pays_back(act, ctx) for act in acts) or _held_back_no_more(acts[1:], ctx)
        )
    )
    speakers = _states(clause_subjects(saying), ctx)
    if not speakers:
        return None
    own = {a.country for a in speakers}
    subjects = clause_subjects(verb)
    acting = {a.country for a in _states(subjects, ctx)}
    if not (acting and acting <= own) and not any(s.lower_ in OWN_PRONOUNS for s in subjects):
        penalised = [] if conditions else _penalised(verb, saying, subjects, own, ctx)
        return (saying, speakers, penalised) if penalised else None
    if not (conditions or paying):
        return None
    named = [s for c in conditions for s in clause_subjects(c) if s.pos_ != "PRON"]
    if paying:  # "... to any Italian measures": whose acts it answers
        named = [t for c in verb.children if c.lower_ in ("to", "against") for t in c.subtree]
    targets = [a for a in _states(named, ctx) if a.country not in own]  # not "if it were ..."
    if not targets and (paying or any(_retaliates(act, conditions, ctx) for act in acts)):
        targets = _provoker(saying, conditions, own, ctx)
    if not targets:
        return None
    return saying, speakers, targets


def _said_threat(
    saying: Any, speakers: list[Actor], targets: list[Actor], ctx: ArticleContext
) -> list[Event]:
    """The threat, one for each state of speakers joined by "and" ("Spain, France, Germany and
    Britain said they would recognize Guaido unless ...": four threats)."""
    states = list(dict.fromkeys(a.country for a in speakers if a.country))
    groups = [speakers]
    if len(states) > 1 and coordinated_states(speakers, saying.doc):
        groups = [[a for a in speakers if a.country == state] for state in states]
    found = []
    for group in groups:
        event = said_event(
            "THREATEN", saying, [*group, *targets], group, ctx, trigger=saying.text,
            confidence=0.5,
        )  # fmt: skip
        if event is not None:
            found.append(event)
    return found


def _unhesitating(verb: Any, words: Any) -> list[Any]:
    """The act a denied verb of holding back leads to ("would not hesitate to take further
    measures": take; ``words.unhesitating``), which the speaker's side says it will do."""
    if verb.lemma_.lower() not in words.unhesitating:
        return []
    if not any(c.dep_ == "neg" for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]


def _held_back_no_more(acts: list[Any], ctx: ArticleContext) -> bool:
    """ "would not hesitate to take further measures", "... to use force": an answer
    (``words.consequences``) or a hostile act (``hostile_act``) the speaker will not hold
    back, a threat though no condition is told."""
    words = ctx.lex.triggers.words
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in words.consequences or hostile_act(c, ctx))
        for act in acts
        for c in act.children
    )


def _penalised(
    verb: Any, saying: Any, subjects: list[Any], own: set[str | None], ctx: ArticleContext
) -> list[Actor]:
    """Whom a clause of the future without a condition threatens: another state told it will
    pay a price ("said the United States and Britain would pay a heavy price"; ``words.
    penalty_verbs``, ``words.penalties``), or the state whose hostile act is told it will be
    answered ("any American attack would not go unanswered", "any further violation would be
    met with a firm response"; ``words.unanswered``, ``words.answering_verbs``), else the one
    the warning goes to or the story's other party."""
    words = ctx.lex.triggers.words
    if verb.lemma_.lower() in words.penalty_verbs:
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "said France would not pay a price"
        if any(c.dep_ in ("dobj", "advmod") and c.lower_ in words.penalties for c in verb.children):
            return [a for a in _states(subjects, ctx) if a.country not in own]
    if bears_what_follows(verb, words):  # "said Vietnam would bear all the consequences"
        return [a for a in _states(subjects, ctx) if a.country not in own]
    if not answered_act(verb, subjects, ctx):
        return []
    named = [t for s in subjects for t in s.subtree]
    found = [a for a in _states(named, ctx) if a.country not in own]
    return found[:1] or _provoker(saying, [], own, ctx)


def bears_what_follows(clause: Any, words: Any) -> bool:
    """A clause whose subject is to take what follows: "(warned that) Vilnius would have to
    bear all the consequences", "Japan would face sanctions" (``words.bearing_verbs`` with an
    object of ``words.consequences``; not when denied: "would not face sanctions")."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    return any(
        verb.lemma_.lower() in words.bearing_verbs
        and not any(c.dep_ == "neg" for c in verb.children)
        and any(c.dep_ == "dobj" and c.lower_ in words.consequences for c in verb.children)
        for verb in verbs
    )


def answered_act(verb: Any, subjects: list[Any], ctx: ArticleContext) -> bool:
    """A hostile act told it will not go unanswered or will be met with an answer (``words.
    unanswered``, ``words.answering_verbs``)."""
    words = ctx.lex.triggers.words
    if not any(s.pos_ == "NOUN" and hostile_act(s, ctx) for s in subjects):
        return False
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return any(c.lower_ in words.unanswered for c in children)
    if verb.lemma_.lower() not in words.answering_verbs:
        return False
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    withs = [g for c in children if c.lower_ == "with" for g in c.children]
    return all(g.lemma_.lower() in words.consequences or hostile_act(g, ctx) for g in withs)


def _conditions(verb: Any, words: Any) -> list[Any]:
    """The conditions of a clause, and of the aim its measures are taken for ("will take all
    necessary measures to defend its waters if such incursions continue")."""
    aims = [
        g
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_.lower() in words.consequences
        for g in c.children
        if g.dep_ in ("relcl", "acl") and g.tag_ == "VB"
    ]
    return [c for node in (verb, *aims) for c in condition_clauses(node, words)]


def _pays_back(verb: Any, ctx: ArticleContext) -> bool:
    """A verb of paying back in kind (``words.retaliation``: "would retaliate", "would respond
    in an appropriate manner"), not denied and not a reply to words ("would respond to the
    proposal next week": ``words.told_things``)."""
    words = ctx.lex.triggers.words
    if verb.lemma_.lower() not in words.retaliation or any(c.dep_ == "neg" for c in verb.children):
        return False
    return not any(
        c.lower_ == "to" and any(g.lemma_.lower() in words.told_things for g in c.children)
        for c in verb.children
    )


def _retaliates(verb: Any, conditions: list[Any], ctx: ArticleContext) -> bool:
    """A promise to pay back in kind ("will respond", "will take all necessary measures";
    ``words.retaliation``, ``words.consequences``) if a hostile act goes on ("if such violations
    continue", "if the attacks are repeated"; ``words.provocations`` and the nouns of attacks,
    force and sanctions): a threat to whoever commits it, though the condition names no state.
    "will take measures to support the yen if the dollar falls" is no threat."""
    words = ctx.lex.triggers.words
    paying = verb.lemma_.lower() in words.retaliation or any(
        c.dep_ == "dobj" and c.lemma_.lower() in words.consequences for c in verb.children
    )
    return paying and any(
        hostile_act(s, ctx) for c in conditions for s in clause_subjects(c) if s.pos_ == "NOUN"
    )


def hostile_act(noun: Any, ctx: ArticleContext) -> bool:
    """A noun of a hostile act: an attack, force or a sanction (``HOSTILE_ACTS``), or one of
    ``words.provocations``."""
    lemma = noun.lemma_.lower()
    if lemma in ctx.lex.triggers.words.provocations:
        return True
    return any(t.type in HOSTILE_ACTS for t in ctx.lex.triggers.nouns.get(lemma, ()))


def _provoker(
    saying: Any, conditions: list[Any], own: set[str | None], ctx: ArticleContext
) -> list[Actor]:
    """Who a conditional promise of retaliation warns: a state the condition names ("if
    Ugandan troops attack again"), else the one the warning is told to ("quoted as telling the
    Soviet envoy"), else the other side of the pair the story has just named."""
    named = [t for c in conditions for t in c.subtree]
    told = [g for c in saying.children if c.dep_ in ("dobj", "dative") for g in c.subtree]
    for tokens in (named, told):
        found = [a for a in _states(tokens, ctx) if a.country not in own]
        if found:
            return found[:1]
    for pair in (ctx.recent_pair(saying, bilateral=True), ctx.actors.pair):
        others = [c for c in pair or () if c not in own]
        if pair and len(others) == 1 and own & set(pair):
            return [Actor(saying.i, saying.i + 1, "country", others[0], others[0])]
    return []
