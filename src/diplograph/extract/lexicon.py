"""Everything extraction knows, built once: spaCy, phrase matchers over the data files, triggers.

``load_lexicon()`` is the only expensive call (about two seconds); the result is passed down to
every extraction step and never changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from diplograph.datafiles import mapping, read_yaml, words
from diplograph.errors import ConfigError
from diplograph.extract.indicators import IndicatorRules, load_indicator_rules
from diplograph.extract.nlp import keep_abbreviations, keep_whole, load_nlp
from diplograph.extract.timex_rules import TimexRules, load_timex_rules
from diplograph.knowledge import Knowledge, load_knowledge
from diplograph.names import NameRules, default_name_rules
from diplograph.offices import OfficeHolders, Roles, load_office_holders, load_roles


@dataclass(frozen=True)
class Trigger:
    """One trigger word: the event type and mode it announces."""

    type: str
    mode: str | None
    pos: str  # verb | noun | adjective
    lemma: str
    companion: str | None  # first word of a two-word noun, or the particle of a verb
    needs_object: tuple[str, ...] = ()
    sentence_only: bool = False  # coded in lone sentences (PLOVER/CAMEO), not in articles


@dataclass(frozen=True)
class TriggerTable:
    verbs: Mapping[str, tuple[Trigger, ...]]
    nouns: Mapping[str, tuple[Trigger, ...]]
    light_verbs: frozenset[str]
    light_nouns: frozenset[str]
    planned_governors: frozenset[str]
    planned_modifiers: frozenset[str]
    infinitive_governors: frozenset[str]
    preparatory: frozenset[str]
    planned_auxiliaries: frozenset[str]
    planned_participles: frozenset[str]
    planned_prepositions: frozenset[str]
    reactive_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    words: EventWords
    meeting_nouns: frozenset[str] = frozenset()  # the CONSULT nouns: "sought talks with X"
    visit_verbs: frozenset[str] = frozenset()  # the verbs of visiting: "will arrive in Tokyo"
    visit_nouns: frozenset[str] = frozenset()  # the nouns of travel: "his visit", "the trip"


@dataclass(frozen=True)
class EventWords:
    """The ``words`` section of triggers.yaml (see the comments there)."""

    generic_pair: frozenset[str] = frozenset()
    group: frozenset[str] = frozenset()
    habitual: frozenset[str] = frozenset()
    background_prepositions: frozenset[str] = frozenset()
    earlier_marks: frozenset[str] = frozenset()
    purpose_prepositions: frozenset[str] = frozenset()
    scheduling: frozenset[str] = frozenset()
    occurring: frozenset[str] = frozenset()
    missions: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    in_force: frozenset[str] = frozenset()
    adjunct_prepositions: frozenset[str] = frozenset()
    frames: frozenset[str] = frozenset()
    proposing_nouns: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    phone_means: frozenset[str] = frozenset()
    call_nouns: frozenset[str] = frozenset()
    denying: frozenset[str] = frozenset()
    postponing: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    questions: frozenset[str] = frozenset()
    judging_infinitives: frozenset[str] = frozenset()
    reaching: frozenset[str] = frozenset()
    aspects: frozenset[str] = frozenset()
    held_aspects: frozenset[str] = frozenset()
    non_answers: frozenset[str] = frozenset()
    unilateral_documents: frozenset[str] = frozenset()
    preventing: frozenset[str] = frozenset()
    document_topics: frozenset[str] = frozenset()
    met_needs: frozenset[str] = frozenset()
    unknown_addressees: frozenset[str] = frozenset()
    departures: frozenset[str] = frozenset()
    summons: frozenset[str] = frozenset()
    together: frozenset[str] = frozenset()
    endings: frozenset[str] = frozenset()
    homecomings: frozenset[str] = frozenset()
    arrivals: frozenset[str] = frozenset()
    group_people: frozenset[str] = frozenset()
    span_ahead: frozenset[str] = frozenset()
    sides_nouns: frozenset[str] = frozenset()
    market_nouns: frozenset[str] = frozenset()
    state_agents: frozenset[str] = frozenset()
    state_institutions: frozenset[str] = frozenset()
    refusing: frozenset[str] = frozenset()
    addressing: frozenset[str] = frozenset()
    sending: frozenset[str] = frozenset()
    failing: frozenset[str] = frozenset()
    private_parties: frozenset[str] = frozenset()
    capabilities: frozenset[str] = frozenset()
    internal_bodies: frozenset[str] = frozenset()
    market_modifiers: frozenset[str] = frozenset()
    speculative: frozenset[str] = frozenset()
    moved_things: frozenset[str] = frozenset()
    presence: frozenset[str] = frozenset()
    within_visit: frozenset[str] = frozenset()
    occasions: frozenset[str] = frozenset()
    told_things: frozenset[str] = frozenset()
    sent_messages: frozenset[str] = frozenset()
    falling: frozenset[str] = frozenset()
    within_meeting: frozenset[str] = frozenset()
    time_conjunctions: frozenset[str] = frozenset()
    after_meeting: frozenset[str] = frozenset()
    meeting_ends: frozenset[str] = frozenset()
    day_adverbs: frozenset[str] = frozenset()
    speaking: frozenset[str] = frozenset()
    messages: frozenset[str] = frozenset()
    additive_adverbs: frozenset[str] = frozenset()
    within_a_day: frozenset[str] = frozenset()
    emulation_verbs: frozenset[str] = frozenset()
    emulation_nouns: frozenset[str] = frozenset()
    borders: frozenset[str] = frozenset()
    gainsaying: frozenset[str] = frozenset()
    confirming: frozenset[str] = frozenset()
    measures: frozenset[str] = frozenset()
    prospects: frozenset[str] = frozenset()
    giving: frozenset[str] = frozenset()
    retaliation: frozenset[str] = frozenset()
    vowing: frozenset[str] = frozenset()
    followed_talks: frozenset[str] = frozenset()
    provocations: frozenset[str] = frozenset()
    beneficiaries: frozenset[str] = frozenset()
    receiving: frozenset[str] = frozenset()
    including: frozenset[str] = frozenset()
    telling: frozenset[str] = frozenset()
    state_body_modifiers: frozenset[str] = frozenset()
    summaries: frozenset[str] = frozenset()
    lead_up_marks: frozenset[str] = frozenset()
    intending: frozenset[str] = frozenset()
    called_off: frozenset[str] = frozenset()
    requesting: frozenset[str] = frozenset()
    attending: frozenset[str] = frozenset()
    gathering_verbs: frozenset[str] = frozenset()
    invitations: frozenset[str] = frozenset()
    obligation: frozenset[str] = frozenset()
    asking: frozenset[str] = frozenset()
    texts: frozenset[str] = frozenset()
    document_sets: frozenset[str] = frozenset()
    signed_documents: frozenset[str] = frozenset()
    list_markers: frozenset[str] = frozenset()
    reason_nouns: frozenset[str] = frozenset()
    reason_verbs: frozenset[str] = frozenset()
    reason_marks: frozenset[str] = frozenset()
    apart: frozenset[str] = frozenset()
    starting: frozenset[str] = frozenset()
    whole_verbs: frozenset[str] = frozenset()
    other_instance: frozenset[str] = frozenset()
    simultaneous: frozenset[str] = frozenset()
    time_parts: frozenset[str] = frozenset()
    agreeing: frozenset[str] = frozenset()
    deciding: frozenset[str] = frozenset()
    agreed_arrangements: frozenset[str] = frozenset()
    agreed_prepositions: frozenset[str] = frozenset()
    leading_verbs: frozenset[str] = frozenset()
    led_groups: frozenset[str] = frozenset()
    same_documents: frozenset[str] = frozenset()
    subject_nouns: frozenset[str] = frozenset()
    consequences: frozenset[str] = frozenset()
    bearing_verbs: frozenset[str] = frozenset()  # "would have to bear the consequences if"
    unhesitating: frozenset[str] = frozenset()  # "would not hesitate to take measures"
    penalty_verbs: frozenset[str] = frozenset()  # "would pay a heavy price"
    penalties: frozenset[str] = frozenset()
    unanswered: frozenset[str] = frozenset()  # "any attack would not go unanswered"
    answering_verbs: frozenset[str] = frozenset()  # "would be met with a firm response"
    amount_verbs: frozenset[str] = frozenset()  # "duties totalling 80.5 pct on ..."
    future_modals: frozenset[str] = frozenset()


PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip
# needs_object keywords (see triggers.yaml); anything else in the list is a word to look for
NEEDS = frozenset(
    {"ACTOR", "DESTINATION", "INFINITIVE", "LISTED", "NOUN", "PARTY", "REACHED", "SOURCE", "CLAUSE",
     "WITH", "CALLED", "LEAVE", "OTHERS", "UNAGREED"}
)  # fmt: skip
MODES = frozenset({"meet", "visit", "phone", "multilateral", "third-party", "sign"})
_TRIGGER_KEYS = ("light_verbs", "light_nouns", "types", "planned", "reporting_verbs", "words")
_SPEC_KEYS = (
    "mode",
    "verbs",
    "nouns",
    "adjectives",
    "verbs_in_sentences",
    "nouns_in_sentences",
    "needs_object",
)
_PLANNED_KEYS = (
    "governors", "modifiers", "infinitive_governors", "preparatory", "auxiliaries", "participles",
    "prepositions", "reactive",
)  # fmt: skip


def load_triggers(path: Path | None = None) -> TriggerTable:
    """Read ``data/triggers.yaml`` (or a user's copy) into lookup tables keyed by lemma.

    Raises ConfigError naming the file, the key and the reason for anything it cannot use.
    """
    raw, where = read_yaml("triggers.yaml", path)
    data = mapping(raw, where, _TRIGGER_KEYS)
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    for event_type, modes in mapping(data.get("types"), f"{where}: types").items():
        if event_type not in PLOVER_TYPES:
            raise ConfigError(
                f"{where}: types: {event_type!r} is not a PLOVER type "
                f"({', '.join(sorted(PLOVER_TYPES))})"
            )
        for key, value in mapping(modes, f"{where}: types: {event_type}").items():
            _read_trigger(event_type, key, value, f"{where}: types: {event_type}: {key}",
                          verbs, nouns)  # fmt: skip
    planned = {
        key: frozenset(words(value, f"{where}: planned: {key}"))
        for key, value in mapping(data.get("planned"), f"{where}: planned", _PLANNED_KEYS).items()
    }
    fields = {f.name for f in dataclasses.fields(EventWords)}
    event_words = {
        key: frozenset(words(value, f"{where}: words: {key}"))
        for key, value in mapping(data.get("words"), f"{where}: words", fields).items()
    }
    return TriggerTable(
        verbs=MappingProxyType({k: tuple(v) for k, v in verbs.items()}),
        nouns=MappingProxyType({k: tuple(v) for k, v in nouns.items()}),
        light_verbs=frozenset(words(data.get("light_verbs"), f"{where}: light_verbs")),
        light_nouns=frozenset(words(data.get("light_nouns"), f"{where}: light_nouns")),
        planned_governors=planned.get("governors", frozenset()),
        planned_modifiers=planned.get("modifiers", frozenset()),
        infinitive_governors=planned.get("infinitive_governors", frozenset()),
        preparatory=planned.get("preparatory", frozenset()),
        planned_auxiliaries=planned.get("auxiliaries", frozenset()),
        planned_participles=planned.get("participles", frozenset()),
        planned_prepositions=planned.get("prepositions", frozenset()),
        reactive_verbs=planned.get("reactive", frozenset()),
        reporting_verbs=frozenset(words(data.get("reporting_verbs"), f"{where}: reporting_verbs")),
        meeting_nouns=frozenset(k for k, v in nouns.items() if any(t.type == "CONSULT" for t in v)),
        visit_verbs=frozenset(k for k, v in verbs.items() if any(t.mode == "visit" for t in v)),
        visit_nouns=frozenset(k for k, v in nouns.items() if any(t.mode == "visit" for t in v)),
        words=EventWords(**event_words),
    )


def _read_trigger(
    event_type: str,
    key: str,
    value: object,
    at: str,
    verbs: dict[str, list[Trigger]],
    nouns: dict[str, list[Trigger]],
) -> None:
    """One mode's entry of a type (its verbs and nouns, the object it needs), checked, into
    the tables by lemma."""
    spec = mapping(value, at, _SPEC_KEYS)
    mode = str(spec.get("mode", key) or "")
    if mode and mode not in MODES:
        raise ConfigError(f"{at}: mode {mode!r} is not one of {', '.join(sorted(MODES))}")
    needs = words(spec.get("needs_object"), f"{at}: needs_object")
    for need in needs:
        if need.isupper() and need not in NEEDS:
            raise ConfigError(
                f"{at}: needs_object: {need!r} is not one of {', '.join(sorted(NEEDS))} "
                "(write listed words in lower case)"
            )
    for only, suffix in ((False, ""), (True, "_in_sentences")):
        for word in words(spec.get("verbs" + suffix), f"{at}: verbs{suffix}"):
            lemma, _, particle = word.partition("_")
            trig = Trigger(event_type, mode or None, "verb", lemma, particle or None, needs, only)
            verbs.setdefault(lemma, []).append(trig)
        if not only:  # predicative adjectives: "is due in Bonn" (kept with the verbs)
            for word in words(spec.get("adjectives"), f"{at}: adjectives"):
                trig = Trigger(event_type, mode or None, "adjective", word, None, needs, only)
                verbs.setdefault(word, []).append(trig)
        for word in words(spec.get("nouns" + suffix), f"{at}: nouns{suffix}"):
            parts = word.split()
            companion = parts[0] if len(parts) > 1 else None
            trig = Trigger(event_type, mode or None, "noun", parts[-1], companion, needs, only)
            nouns.setdefault(parts[-1], []).append(trig)


def load_contexts(path: Path | None = None) -> tuple[tuple[str, frozenset[str]], ...]:
    """data/contexts.yaml: PLOVER contexts and the words that signal each, in priority order."""
    raw, where = read_yaml("contexts.yaml", path)
    contexts = mapping(mapping(raw, where, ("contexts",)).get("contexts"), f"{where}: contexts")
    return tuple(
        (name, frozenset(words(value, f"{where}: contexts: {name}")))
        for name, value in contexts.items()
    )


@dataclass(frozen=True)
class Lexicon:
    """spaCy, the knowledge files and the matchers built from them."""

    nlp: Any
    knowledge: Knowledge
    roles: Roles
    holders: OfficeHolders
    triggers: TriggerTable
    timex: TimexRules
    matcher_exact: Any  # spaCy PhraseMatcher on ORTH: short and upper-case aliases ("US")
    matcher_lower: Any  # spaCy PhraseMatcher on LOWER: everything else
    surnames: Mapping[str, tuple[str, ...]]  # lower-case surname -> the holders' full names
    given_names: Mapping[str, tuple[str, ...]]  # lower-case first word -> the same
    contexts: tuple[tuple[str, frozenset[str]], ...]  # PLOVER context -> its words, in order
    indicators: IndicatorRules
    names: NameRules  # words around names, organisation nouns, pronouns (data/names.yaml)
    title_words: frozenset[str]  # words of titles and honorifics: never part of a name

    def full_names(self, surname: str) -> tuple[str, ...]:
        """Every office holder with this surname ("Karimov": Islam, Rustam, ...)."""
        return self.surnames.get(surname.lower(), ())

    def named_first(self, given: str) -> tuple[str, ...]:
        """Every office holder whose name begins with this word ("Fahd": Fahd bin Abdulaziz)."""
        return self.given_names.get(given.lower(), ())


def load_lexicon(nlp: Any | None = None, holders: OfficeHolders | None = None) -> Lexicon:
    from spacy.matcher import PhraseMatcher

    nlp = nlp or load_nlp()
    triggers = load_triggers()
    keep_whole(nlp, triggers.words.whole_verbs)
    names = default_name_rules()
    keep_abbreviations(nlp, names.abbreviated_titles)
    knowledge = load_knowledge()
    roles = load_roles()
    holders = holders or load_office_holders()
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    entries = _matcher_entries(knowledge, roles, holders)
    by_key: dict[tuple[str, bool], list[str]] = {}
    for alias, key in entries:
        case_sensitive = (
            len(alias) <= 3 or alias.isupper() or alias.lower() in knowledge.common_word_countries
        )
        by_key.setdefault((key, case_sensitive), []).append(alias)
    for (key, case_sensitive), aliases in by_key.items():
        docs = list(nlp.tokenizer.pipe(sorted(set(aliases))))
        (exact if case_sensitive else lower).add(key, docs)
    return Lexicon(
        contexts=load_contexts(),
        surnames=_name_index(holders),
        given_names=_name_index(holders, word=0),
        indicators=load_indicator_rules(),
        names=names,
        title_words=_title_words(roles, names),
        nlp=nlp,
        knowledge=knowledge,
        roles=roles,
        holders=holders,
        triggers=triggers,
        timex=load_timex_rules(),
        matcher_exact=exact,
        matcher_lower=lower,
    )


# Capitals are matched as places (the gazetteer has them); a place's code is its current name.
_ALIAS_KEYS = {
    "country": "COUNTRY",
    "demonym": "COUNTRY",
    "metonym": "COUNTRY",
    "organization": "ORG",
    "place": "PLACE",
}

# Aliases that are also ordinary English words match only with their capital letter.


def _matcher_entries(
    knowledge: Knowledge, roles: Roles, holders: OfficeHolders
) -> Iterable[tuple[str, str]]:
    """(alias as written, matcher key) pairs: COUNTRY|KAZ, ORG|UN, PLACE|Astana, TITLE, PERSON."""
    for alias in knowledge.aliases_by_kind():
        key = _ALIAS_KEYS.get(alias.kind)
        if key:
            yield alias.text, f"{key}|{alias.code}"
            if alias.text.lower().startswith("the ") and alias.text[4:5].isupper():
                yield alias.text[4:], f"{key}|{alias.code}"  # "White House officials"
    for title in roles.titles():
        yield title, "TITLE|"
    for name in sorted({term.person for term in holders.terms}):
        yield name, f"PERSON|{name}"


def _title_words(roles: Roles, names: NameRules) -> frozenset[str]:
    """Words of titles (roles.yaml) and honorifics (names.yaml): never part of a name."""
    words = {w for title in roles.titles() for w in title.lower().split()}
    return frozenset(words | {w for honorific in names.honorifics for w in honorific})


def _name_index(holders: OfficeHolders, word: int = -1) -> Mapping[str, tuple[str, ...]]:
    """One word of every holder's name (the last, or the ``word``-th) -> the full names."""
    seen: dict[str, set[str]] = {}
    for term in holders.terms:
        seen.setdefault(term.person.split()[word].lower(), set()).add(term.person)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in seen.items()})
