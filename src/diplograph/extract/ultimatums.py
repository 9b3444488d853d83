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
from diplograph.extract.participants import clause_subjects
from diplograph.models import Event

# the speaker's own side as a pronoun: "said it would act if ...", "warned we will retaliate"
OWN_PRONOUNS = frozenset({"it", "we", "they"})


def reported_threats(sent: Any, ctx: ArticleContext) -> list[Event]:
    """The threats a sentence reports as its speaker's conditional act (none in a lone
    sentence, which is coded by its own verb)."""
    if ctx.lone_sentence:
        return []
    found: list[Event] = []
    for verb in sent:
        event = _threat(verb, ctx)
        if event is not None and not any(e.countries == event.countries for e in found):
            found.append(event)
    return found


def _threat(verb: Any, ctx: ArticleContext) -> Event | None:
    words = ctx.lex.triggers.words
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_.lower() not in ctx.lex.triggers.reporting_verbs:
        return None
    if any(c.dep_ == "neg" for c in saying.children) or verb.pos_ != "VERB":
        return None  # "did not say Greece would ...", "it would not be fair if ..."
    if not any(c.dep_ == "aux" and c.lower_ in words.future_modals for c in verb.children):
        return None
    conditions = condition_clauses(verb, words)
    speakers = _states(clause_subjects(saying), ctx)
    if not conditions or not speakers:
        return None
    own = {a.country for a in speakers}
    subjects = clause_subjects(verb)
    acting = {a.country for a in _states(subjects, ctx)}
    if not (acting and acting <= own) and not any(s.lower_ in OWN_PRONOUNS for s in subjects):
        return None
    named = [s for c in conditions for s in clause_subjects(c) if s.pos_ != "PRON"]
    targets = [a for a in _states(named, ctx) if a.country not in own]  # not "if it were ..."
    if not targets:
        return None
    return said_event(
        "THREATEN", saying, [*speakers, *targets], speakers, ctx, trigger=saying.text,
        confidence=0.5,
    )  # fmt: skip
