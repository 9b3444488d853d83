"""References to people and states already named: titles without a name ("the Head of
State", "the Saudi leader"), reference nouns ("the guest", "his Turkish counterpart"), pronouns
("he", "his", a fronted "For her part") and "it" for a state; resolved to a person of the
article, else to the office holder at the publication date."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from diplograph.extract.lexicon import EventWords, Lexicon
from diplograph.extract.mentions import Actor, PersonRecord
from diplograph.extract.parsing import previous_sentences
from diplograph.extract.participants import as_state, is_condition

_LEADERS = frozenset({"head_of_state", "head_of_government"})


@dataclass(frozen=True)
class _Scope:
    """What a reference is resolved against: the sentence's parse, the actors that are not
    people (in order), every mention, the article's people, its home country and date."""

    doc: Any
    fixed: list[Actor]
    mentions: list[Actor]
    people: dict[str, PersonRecord]
    home: str | None
    lex: Lexicon
    published_on: date | None

    def title(self, start: int, end: int) -> Actor | None:
        return _resolve_title(self.doc, start, end, self.fixed, self.people, self.home,
                              self.lex, self.published_on)  # fmt: skip


def _references(
    doc: Any,
    titles: list[tuple[int, int]],
    mentions: list[Actor],
    people: dict[str, PersonRecord],
    home: str | None,
    lex: Lexicon,
    published_on: date | None,
) -> list[Actor]:
    """Titles without a name and pronouns, resolved to a person."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    fixed = sorted((m for m in mentions if m.kind != "person"), key=lambda m: m.start)
    scope = _Scope(doc, fixed, mentions, people, home, lex, published_on)
    out = _titled(scope, titles, taken)
    for token in doc:
        if token.i not in taken and (actor := _word_reference(scope, token, out)) is not None:
            out.append(actor)
    return out


def _titled(scope: _Scope, titles: list[tuple[int, int]], taken: set[int]) -> list[Actor]:
    """The people that titles without a name stand for ("the Latvian prime minister")."""
    doc, mentions = scope.doc, scope.mentions
    out: list[Actor] = []
    title_ends = {e for _, e in titles}
    for t_start, t_end in titles:
        if any(i in taken for i in range(t_start, t_end)):
            continue
        if t_end < len(doc) and doc[t_end].i in taken and _is_person_at(mentions, t_end):
            continue  # the title of a following name
        if _titles_name_after_its_state(doc, t_end, mentions):
            continue  # "Prime Minister of Malaysia Anwar Ibrahim"
        if _inside_title_chain(doc, t_start, title_ends):
            continue  # "Secretary of State to the French Minister ...": part of another title
        actor = scope.title(t_start, t_end)
        if actor:
            out.append(actor)
            taken.update(range(actor.start, actor.end))
    return out


def _titles_name_after_its_state(doc: Any, t_end: int, mentions: list[Actor]) -> bool:
    """A title, "of" and a state, then a name: the title is that person's ("Prime Minister of
    Malaysia Anwar Ibrahim")."""
    if t_end >= len(doc) or doc[t_end].lower_ != "of":
        return False
    state = next(
        (m for m in mentions if m.start == t_end + 1 and m.kind in ("country", "place")), None
    )
    return state is not None and _is_person_at(mentions, state.end)


def _word_reference(scope: _Scope, token: Any, found: list[Actor]) -> Actor | None:
    """The actor one word refers to: "his counterpart", a reference noun ("the guest"), "it"
    for a state, a personal pronoun for a person (``found``: references resolved so far)."""
    doc, mentions, lex = scope.doc, scope.mentions, scope.lex
    if (
        token.lower_ in lex.names.counterpart_nouns
        and token.pos_ == "NOUN"
        and not _is_person_at(mentions, token.i + 1)  # "his counterpart Ebrahim Raisi"
    ):
        return _counterpart(doc, token, scope.fixed, mentions + found, scope.people, lex,
                            scope.published_on)  # fmt: skip
    if token.lower_ == "host" and token.pos_ == "NOUN":
        return _host_of(scope, token, found)
    if token.lower_ in lex.names.reference_nouns and token.pos_ == "NOUN":
        if any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.children):
            return None  # "a Japanese industry leader", "opposition leaders": not the state's
        if _is_person_at(mentions, token.i + 1):
            return None  # "Soviet leader Mikhail Gorbachev": the title of the name after it
        return scope.title(token.i, token.i + 1)
    if token.pos_ == "NOUN" and token.lower_ in lex.names.one_word_honorifics:
        titled = _only_one_so_titled(doc, token, scope.people)
        if titled is not None:
            return titled
    if (
        token.lower_ == "its"
        and token.dep_ == "poss"
        and token.head.lemma_.lower() in lex.names.armed_force_nouns
    ):  # "Iraq said its warplanes had attacked ...": the state before
        state = _state_antecedent(scope, token)
        return replace(state, start=token.i, end=token.i + 1, reference=True) if state else None
    if token.lemma_.lower() in lex.names.organ_anaphors and token.dep_ in ("nsubj", "nsubjpass"):
        # "In Bonn, the government said", "The ministry rejected the allegations"
        state = _seat_set_before(scope, token) or _organ_antecedent(scope, token)
        return replace(state, start=token.i, end=token.i + 1, reference=True) if state else None
    if token.pos_ == "NOUN" and (state := _described_state(scope, token)) is not None:
        return state  # "Turkish troops invaded the island in 1974", "the kingdom severed ..."
    if token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass"):
        state = _addressee(scope, token) or _state_antecedent(scope, token, found)
        if state is not None:  # "Iran claims repayment. It has also asked France to ..."
            return replace(state, start=token.i, end=token.i + 1, reference=True)
        return None
    if token.lower_ in lex.names.person_pronouns and token.pos_ == "PRON":
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lex.names.styles:
            return None  # "His Majesty King X", "Her Excellency": a style, not "his"
        speakers = lex.names.official_nouns | lex.names.speaker_nouns
        person = _antecedent(doc, mentions + found, token, speakers)
        if person:
            return Actor(token.i, token.i + 1, "person", person.code, country=person.country,
                         role=person.role, reference=True)  # fmt: skip
    return None


def _host_of(scope: _Scope, token: Any, found: list[Actor]) -> Actor | None:
    """The person "his host" or "her host" stands for: one of the article's home country (the
    visited one) named before, a holder of the possessor's office or a leader first."""
    owner_word = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner_word is None or scope.home is None:
        return None
    owner = _antecedent(scope.doc, scope.mentions + found, owner_word)
    if owner is None or owner.country in (None, scope.home):
        return None
    named = [
        r
        for r in scope.people.values()
        if r.country == scope.home and not r.officer and r.seen_before(token.i) >= 0
    ]
    if not named:
        return None
    best = max(
        named, key=lambda r: (r.role == owner.role, r.role in _LEADERS, r.seen_before(token.i))
    )
    return _reference_to(scope.doc, token.i, token.i + 1, best, best.country, best.role)


def _counterpart(
    doc: Any,
    token: Any,
    fixed: list[Actor],
    mentions: list[Actor],
    people: dict[str, PersonRecord],
    lex: Lexicon,
    published_on: date | None,
) -> Actor | None:
    """'his Kazakh counterpart', 'her counterpart from Chile': the person of the other country
    who holds the office of the possessor (named in the article, else the office holder)."""
    owner = next(
        (m for m in mentions if m.kind == "person" and m.start < token.i and _owns(doc, m, token)),
        None,
    )
    if owner is None or not owner.role:
        return None
    lo = max(token.sent.start, token.i - 3)
    near = [a for a in _starting_within(fixed, lo, token.i) if a.kind == "country" and a.country]
    after = [
        a
        for a in _starting_within(fixed, token.i + 1, token.i + 4)
        if a.kind == "country" and a.country
    ]
    named = near[-1] if near else (after[0] if after else None)
    target = named.country if named else None
    if target is None or target == owner.country:
        return None
    for record in sorted(people.values(), key=lambda r: -r.last_seen):
        if record.country == target and record.role == owner.role:
            return _reference_to(doc, token.i, token.i + 1, record, target, owner.role)
    if published_on is None:
        return None
    term = lex.holders.holder(target, owner.role, published_on)
    if term is None:
        return None
    record = people.setdefault(
        term.person, PersonRecord(term.person, target, owner.role, token.text)
    )
    return _reference_to(doc, token.i, token.i + 1, record, target, owner.role)


def _owns(doc: Any, owner: Actor, token: Any) -> bool:
    """Whether the possessor of ``token`` ("his", "the minister's") is this mention."""
    for child in token.children:
        if child.dep_ == "poss" and owner.start <= child.i < owner.end:
            return True
    return False


def _inside_title_chain(doc: Any, t_start: int, title_ends: set[int]) -> bool:
    """A title right after "<title> of the" / "<title> to the [French]" qualifies that title."""
    for gap in (0, 1):  # an adjective may stand between: "to the French Minister"
        the = t_start - 1 - gap
        if the >= 2 and doc[the].lower_ == "the" and doc[the - 1].lower_ in ("of", "to"):
            return (the - 1) in title_ends
    return False


def _starting_within(fixed: list[Actor], a: int, b: int) -> list[Actor]:
    """The mentions (sorted by start) that start at token ``a`` or after and before ``b``."""
    key = _start_of
    return fixed[bisect_left(fixed, a, key=key) : bisect_left(fixed, b, key=key)]


def _start_of(actor: Actor) -> int:
    return actor.start


def _is_person_at(mentions: list[Actor], index: int) -> bool:
    return any(m.kind == "person" and m.start == index for m in mentions)


def _state_antecedent(scope: _Scope, pronoun: Any, found: Sequence[Actor] = ()) -> Actor | None:
    """What "it" stands for when it acts: the country or organisation that was the subject of
    the same or one of the two sentences before, a capital standing for its state of the
    article's day as wire copy uses it ("Bonn said it would extend a credit"); not a subject
    of a condition ("warned it would respond if Paris did not reverse them. It also ..."),
    nor, for an "it" of the narrator, a subject inside quotation marks ("'... when the Baghdad
    government was spreading propaganda,' said the statement. It claimed ..."). ``found``:
    the states resolved so far ("In Bonn, the government said it ...")."""
    doc = scope.doc
    quoted = _in_quotes(pronoun)
    sentences = [pronoun.sent, *previous_sentences(doc, pronoun.sent, 2)]
    for sent in sentences:
        found = [
            state
            for m in [*scope.mentions, *found]
            if sent.start <= m.start < min(sent.end, pronoun.i)
            and _is_subject(doc, m)
            and not _in_a_condition(doc[m.start], scope.lex.triggers.words)
            and (quoted or not _in_quotes(doc[m.start]))
            and (state := as_state(m, scope.lex, scope.published_on)).kind in ("country", "org")
        ]
        if found:
            return max(found, key=lambda m: m.start)
    return None


def _seat_set_before(scope: _Scope, noun: Any) -> Actor | None:
    """The state of the place a sentence opens with, for a bare organ noun that is its
    clause's subject ("In Bonn, the government said ...", "In Paris, the Foreign Ministry
    summoned ..."): wire copy's way of telling whose government speaks."""
    verb, sent = noun.head, noun.sent
    if not _bare_definite(scope, noun) or verb.i == noun.i:
        return None
    for prep in verb.children:
        opens = prep.left_edge.i == sent.start
        if prep.dep_ != "prep" or prep.lower_ != "in" or not opens or prep.i > noun.i:
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            place = next((m for m in scope.fixed if m.start <= pobj.i < m.end), None)
            state = as_state(place, scope.lex, scope.published_on) if place else None
            if state is not None and state.kind == "country" and state.country:
                return replace(state, start=noun.i, end=noun.i + 1, reference=True)
    return None


def _described_state(scope: _Scope, noun: Any) -> Actor | None:
    """The state a definite common noun names once the story has named it (countries.yaml
    ``descriptions``: "the kingdom", "the island", "the Gulf state", "the island nation"): the
    last state named before it that the noun can describe. None for a noun with its own "of"
    ("the island of Lesbos") or a state's word ("the Saudi kingdom": a mention of its own)."""
    described, doc = scope.lex.knowledge.described_states, scope.doc
    first = doc[noun.i - 1] if noun.i else noun
    codes = described.get(f"{first.lower_} {noun.lower_}") if first is not noun else None
    if codes is None:
        codes, first = described.get(noun.lower_), noun
    if codes is None or not _bare_definite(scope, noun):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    before = [
        state
        for m in scope.mentions
        if m.start < noun.left_edge.i
        and (state := as_state(m, scope.lex, scope.published_on)).kind == "country"
        and state.country in codes
    ]
    if not before:
        return None
    state = max(before, key=lambda m: m.start)
    return replace(state, start=first.i, end=noun.i + 1, reference=True)


def _organ_antecedent(scope: _Scope, noun: Any) -> Actor | None:
    """The state whose organ a bare definite noun names again ("India's foreign ministry
    summoned ... The ministry rejected"; names.yaml ``organ_anaphors``): the one a state's
    word qualifies in the last mention of that noun, in its sentence or the three before;
    None when the noun has a qualifier of its own or no such mention comes before."""
    if not _bare_definite(scope, noun):
        return None
    first = min(s.start for s in [noun.sent, *previous_sentences(scope.doc, noun.sent, 3)])
    lemma = noun.lemma_.lower()
    for token in reversed(scope.doc[first : noun.i]):
        if token.lemma_.lower() == lemma and (state := _qualifier(scope, token)) is not None:
            return state
    return None


def _bare_definite(scope: _Scope, noun: Any) -> bool:
    """A noun after "the" with no state's word of its own ("the ministry", "the kingdom";
    not "the Indian government", "the Saudi kingdom", found as mentions of their own)."""
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and _qualifier(scope, noun) is None
    )


def _qualifier(scope: _Scope, noun: Any) -> Actor | None:
    """The state named in the words before a noun of its phrase ("India's", "the Indian")."""
    return next(
        (
            m
            for m in scope.fixed
            if noun.left_edge.i <= m.start < noun.i and m.kind == "country" and m.country
        ),
        None,
    )


# quotation marks, straight and curly, as the tokenizer splits them
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _in_quotes(token: Any) -> bool:
    """Whether the word stands between quotation marks of its sentence ("... when the Baghdad
    government was spreading propaganda," said the statement)."""
    marks = sum(1 for t in token.sent if t.i < token.i and t.text in _QUOTE_MARKS)
    return marks % 2 == 1


def _addressee(scope: _Scope, pronoun: Any) -> Actor | None:
    """The state told it must act: "Santiago has told Lima it must reopen the border" (a modal
    of obligation, ``words.obligation``, in what a verb of saying tells somebody)."""
    verb, lex = pronoun.head, scope.lex
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.lemma_.lower() not in lex.triggers.reporting_verbs:
        return None
    obligation = lex.triggers.words.obligation
    if not any(c.dep_ == "aux" and c.lower_ in obligation for c in verb.children):
        return None
    told = [c.i for c in saying.children if c.dep_ in ("dobj", "dative")]
    for m in scope.mentions:
        if any(m.start <= i < m.end for i in told):
            state = as_state(m, lex, scope.published_on)
            if state.kind in ("country", "org"):
                return state
    return None


def _in_a_condition(token: Any, words: EventWords) -> bool:
    """Whether the word stands in a clause of condition ("if Lima did not lift them")."""
    return any(is_condition(node, words) for node in (token, *token.ancestors))


def _antecedent(
    doc: Any, mentions: list[Actor], pronoun: Any, speakers: frozenset[str] = frozenset()
) -> Actor | None:
    """The person a pronoun stands for. "he", "his" and "she" prefer the subject: the nearest
    person in subject position earlier in the same sentence (none where it is one told
    without a name, by a noun of ``speakers``), else the subject of one of the two sentences
    before; otherwise (and for "him", "her") the latest person named."""
    if pronoun.lower_ != "him" and (pronoun.lower_ != "her" or pronoun.dep_ == "poss"):
        if (who := _relative_subject(doc, mentions, pronoun)) is not None:
            return who
        sent = pronoun.sent
        earlier = [m for m in mentions if m.kind == "person" and sent.start <= m.start < pronoun.i]
        if pronoun.dep_ in ("nsubj", "nsubjpass"):
            # "In a message to Ozal, he warned", "After meeting Bush, he said": a person in a
            # phrase set before the pronoun's own clause is somebody else
            own = {
                t.i
                for c in pronoun.head.children
                if c.dep_ in ("prep", "advcl", "npadvmod") and c.i < pronoun.i
                for t in c.subtree
            }
            earlier = [m for m in earlier if m.start not in own]
        subjects = [m for m in earlier if _is_subject(doc, m)]
        if subjects:
            return max(subjects, key=lambda m: m.start)
        if pronoun.dep_ == "nsubj" and _after_an_unnamed_subject(pronoun, speakers):
            return None  # "a Foreign Ministry spokesman said ..., and he demanded": no name
        if not earlier and pronoun.i < sent.root.i:  # "For her part, X said": cataphora
            later = [
                m
                for m in mentions
                if m.kind == "person"
                and pronoun.i < m.start < sent.end
                and not m.reference
                and _is_subject(doc, m)
            ]
            if later:
                return min(later, key=lambda m: m.start)
        if not earlier:
            for previous in previous_sentences(doc, sent, 2):
                found = [
                    m
                    for m in mentions
                    if m.kind == "person"
                    and previous.start <= m.start < previous.end
                    and _is_subject(doc, m)
                ]
                if found:
                    return min(found, key=lambda m: m.start)
    if pronoun.dep_ != "poss":  # "Alfonsin hosted a dinner for him": not Alfonsin
        mates = _clause_subjects_of(pronoun)  # nor Rao told of before: "Rao telephoned her"
        selves = {m.code for m in mentions if doc[m.start : m.end].root.i in mates}
        mentions = [m for m in mentions if m.code not in selves]
    return _latest_person(mentions, pronoun.i)


def _relative_subject(doc: Any, mentions: list[Actor], pronoun: Any) -> Actor | None:
    """The person a "who" clause is told of, for a pronoun inside it: "X was accompanied by
    Y, who held talks with his counterpart" (Y's counterpart, not X's)."""
    node = pronoun.head
    for _ in range(6):
        if node.dep_ == "relcl" or node.head.i == node.i:
            break
        node = node.head
    if node.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ == "who" and c.i < pronoun.i for c in node.children
    ):
        return None
    return next(
        (m for m in mentions if m.kind == "person" and doc[m.start : m.end].root.i == node.head.i),
        None,
    )


def _after_an_unnamed_subject(pronoun: Any, speakers: frozenset[str]) -> bool:
    """Whether the pronoun's clause is joined to, or reported by, a clause before it whose
    subject is a person told by a common noun in the singular ("a spokesman said ..., and he
    demanded", "a spokesman said he would"), whom it stands for; not "Officials said he
    telephoned Shultz", nor "a spokesman said it was made clear to Akiman when he met ..."."""
    clause = pronoun.head
    if clause.dep_ not in ("conj", "ccomp") or clause.head.i == clause.i:
        return False
    return any(
        t.dep_ == "nsubj" and t.tag_ == "NN" and t.lemma_.lower() in speakers
        for t in clause.head.children
        if t.i < pronoun.i
    )


def _clause_subjects_of(pronoun: Any) -> set[int]:
    """The heads of the subject of the clause an object pronoun belongs to: English does not
    refer back to a clause's own subject with "him" or "her" (that takes "himself")."""
    node = pronoun
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return set()
    heads = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    if node.dep_ == "relcl" and any(h.tag_ in ("WP", "WDT") for h in heads):
        heads.append(node.head)  # "X, who held talks with him": "who" is X
    heads += [g for h in heads for g in h.children if g.dep_ in ("conj", "appos")]
    return {h.i for h in heads}  # not a possessor inside it: "Thatcher's party urged her"


def _is_subject(doc: Any, mention: Actor) -> bool:
    """A mention that is (the head of) a clause's subject: "Dumas said", "the minister met"."""
    span = doc[mention.start : mention.end]
    node = span.root
    for _ in range(3):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.dep_ not in ("compound", "appos", "poss") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _latest_person(mentions: list[Actor], before: int) -> Actor | None:
    best = None
    for mention in mentions:
        if mention.kind == "person" and mention.start < before:
            if best is None or mention.start > best.start:
                best = mention
    return best


def _resolve_title(
    doc: Any,
    t_start: int,
    t_end: int,
    fixed: list[Actor],
    people: dict[str, PersonRecord],
    home: str | None,
    lex: Lexicon,
    published_on: date | None,
) -> Actor | None:
    """'the Head of State', 'the French leader', 'The President of Kazakhstan' -> a person;
    not "the president of the Peruvian central bank", an officer of a body."""
    if _of_a_body(doc, t_end, fixed, lex.names.state_nouns):
        return None
    country, text = _title_country(doc, t_start, t_end, fixed)
    word = doc[t_end - 1].lower_
    roles: tuple[str, ...]
    if word == "leader":
        roles = ("head_of_state", "head_of_government")
    elif word in lex.names.guest_nouns or word in ("diplomat", "envoy"):
        if country is not None and _is_indefinite(doc[t_end - 1]):
            named = _named_next(doc, t_start, t_end, people, country)
            if named is not None and word not in lex.names.guest_nouns and named.role in _LEADERS:
                return None  # "expelled a Canadian diplomat ... Trudeau said": no leader is
            return named  # "a diplomat" or "an envoy"
        titled = _latest_titled(doc, t_start, t_end, people, lex)
        return titled or _latest_foreigner(doc, t_start, t_end, people, home)
    elif word in ("counterpart", "host"):
        return None
    else:
        info = lex.roles.match_title(text, country=country)
        if info is None:
            return None
        roles = (info.role,)
    determined = t_start > 0 and doc[t_start - 1].lower_ in ("the", "his", "her", "their", "its")
    # "the visiting minister": the one of that office who came from abroad
    visiting = (
        t_start > 1 and doc[t_start - 1].lower_ == "visiting" and doc[t_start - 2].lower_ == "the"
    )
    if not (determined or visiting or country or doc[t_start].is_sent_start):
        return None
    if word == "leader" and (called := _called_leader(doc, t_start, fixed, people, country)):
        return _reference_to(doc, t_start, t_end, called, called.country, called.role)
    other = None if country else _counterparts_state(doc, t_start, fixed, lex)
    if visiting and other is None:  # "the visiting minister was received by Syrian Prime
        other = _hosts_state(doc, t_end, fixed, people)  # Minister X": not a Syrian
    royal = word if word in lex.names.given_name_titles else None
    record = _told_holder(people, t_start, roles, country, home, visiting, other, royal)
    if record is not None:
        return _reference_to(doc, t_start, t_end, record, record.country, record.role)
    if visiting:
        return None  # a visitor never named: no office holder at home
    target = country or home
    if target is None or published_on is None:
        return None
    return _holder_reference(doc, t_start, t_end, target, roles, people, lex, published_on)


def _called_leader(
    doc: Any, at: int, fixed: list[Actor], people: dict[str, PersonRecord], country: str | None
) -> PersonRecord | None:
    """ "The Soviet leader" after "Soviet leader Mikhail Gorbachev": the person the article
    last named right after a state's name and the word "leader" (of the title's country, when
    it has one), who may hold no state office (a party's head) or one the data files do not
    list; not "Hezbollah leader X", a body's."""
    states = {a.end for a in fixed if a.kind == "country"}
    best: tuple[int, PersonRecord] | None = None
    for record in people.values():
        if country is not None and record.country != country:
            continue
        for position in record.positions:
            if (
                0 < position < at
                and doc[position - 1].lower_ == "leader"
                and position - 1 in states
            ):
                if best is None or position > best[0]:
                    best = (position, record)
    return best[1] if best else None


def _told_holder(
    people: dict[str, PersonRecord],
    at: int,
    roles: tuple[str, ...],
    country: str | None,
    home: str | None,
    visiting: bool,
    other: str | None = None,
    royal: str | None = None,
) -> PersonRecord | None:
    """The person told of who holds one of ``roles``. Without a country, "the Head of State"
    is the home country's first; "the finance minister" is the one last named (two finance
    ministers meet: the one just told of); "the visiting minister" one from abroad told
    before; never one of ``other``, the state of the person's own counterpart. A title
    written with a given name (``royal``: "the king") is first the one named with it ("King
    Hussein of Jordan ... held talks with President Saddam Hussein. The king flies to
    Damascus"), whichever state is home."""
    leading = bool(set(roles) & _LEADERS)
    ranked = sorted(
        people.values(),
        key=lambda r: (
            r.seen_before(at) < 0,
            royal is not None and (r.title or "").lower() != royal,
            country is None and leading and r.country != home,
            -r.seen_before(at),
        ),
    )
    for record in ranked:
        if _holds(record.role, roles) and (country is None or record.country == country):
            # the visitor is from abroad: not of the host the clause names, else not of the
            # story's home (a visit abroad told from home has the visitor's own dateline)
            abroad = record.country != (other if visiting and other else home)
            if visiting and (not abroad or record.seen_before(at) < 0):
                continue
            if other is not None and record.country == other:
                continue  # "the minister held talks with his Uzbek counterpart": no Uzbek
            return record
    return None


def _in_other_clause(token: Any, verb: Any) -> bool:
    """Whether a clause other than the verb's own (or its infinitives') holds the token."""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis"):
            return True
        node = node.head
    return False


def _counterparts_state(doc: Any, t_start: int, fixed: list[Actor], lex: Lexicon) -> str | None:
    """The state of "his Uzbek counterpart" in the clause whose subject a title is ("the
    minister held talks with his Uzbek counterpart"): the title's holder is not of it."""
    title = doc[t_start]
    while title.dep_ == "compound" and title.head.i != title.i:
        title = title.head
    if title.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = title.head
    for token in verb.subtree:
        if token.lower_ not in lex.names.counterpart_nouns or token.i < title.i:
            continue
        if _in_other_clause(token, verb):
            continue  # "The King was accompanied by X, who met his Syrian counterpart"
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children):
            continue
        owned = [a for a in _starting_within(fixed, token.left_edge.i, token.i) if a.country]
        if owned:
            return str(owned[-1].country)
    return None


def _hosts_state(
    doc: Any, t_end: int, fixed: list[Actor], people: dict[str, PersonRecord]
) -> str | None:
    """The state of the first person or state a visitor's clause names after him ("The
    visiting minister was received by Syrian Prime Minister X", "... is due to meet Prime
    Minister Y"): his host's. (Not a place: "before returning to Baghdad".)"""
    title = doc[t_end - 1]
    if title.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = title.head
    span = {t.i for t in verb.subtree if not _in_other_clause(t, verb) and t.i >= t_end}
    named = [(a.start, a.country) for a in fixed if a.kind == "country" and a.start in span]
    named += [(i, r.country) for r in people.values() for i in r.positions if i in span]
    first = min(named, default=(0, None))[1]  # the first named after him
    return str(first) if first else None


def _holds(role: str | None, roles: tuple[str, ...]) -> bool:
    """Whether a person's role is one of ``roles``; the bare "minister" is any minister ("The
    minister will meet ..." after "Trade Minister Joseph Kamau")."""
    if role is None:
        return False
    return role in roles or ("minister" in roles and role.endswith("minister"))


def _of_a_body(doc: Any, t_end: int, fixed: list[Actor], state_nouns: frozenset[str]) -> bool:
    """The title is followed by "of" and a common noun that names no state ("president of the
    central bank", "chairman of the board"; names.yaml ``state_nouns`` name states)."""
    if t_end >= len(doc) or doc[t_end].lower_ != "of":
        return False
    objects = [c for c in doc[t_end].children if c.dep_ == "pobj"]
    # the parser may make a following name the object ("of the central bank Leonel Figueroa")
    nouns = [t for o in objects for t in o.subtree if t.pos_ == "NOUN"]
    return bool(nouns) and not any(
        t.lemma_.lower() in state_nouns or any(a.start <= t.i < a.end for a in fixed) for t in nouns
    )


def _title_country(
    doc: Any, t_start: int, t_end: int, fixed: list[Actor]
) -> tuple[str | None, str]:
    """The country a title names ("the Kazakh President", "Kazakhstan's leader", "the
    President of Kazakhstan"), and the title's text with it when it comes first."""
    lo = max(doc[t_start].sent.start, t_start - 3)
    of_at = t_end if t_end < len(doc) and doc[t_end].lower_ == "of" else -1
    near = [
        a
        for a in _starting_within(fixed, lo, t_start)
        + (_starting_within(fixed, of_at + 1, of_at + 3) if of_at >= 0 else [])
        if a.kind == "country"
    ]
    country = near[0].country if near else None
    text = doc[lo:t_end].text if near and near[0].start < t_start else doc[t_start:t_end].text
    return country, text


def _holder_reference(
    doc: Any,
    t_start: int,
    t_end: int,
    target: str,
    roles: tuple[str, ...],
    people: dict[str, PersonRecord],
    lex: Lexicon,
    published_on: date,
) -> Actor | None:
    """A title the article names nobody for: the holder of the office on the article's date
    (``office_holders.csv``), recorded among the article's people."""
    for role in roles:
        term = lex.holders.holder(target, role, published_on)
        if term is not None:
            record = _named_part_of(term.person, people) or people.setdefault(
                term.person, PersonRecord(term.person, target, role, doc[t_start:t_end].text)
            )
            record.country = record.country or target
            record.role = record.role or role
            record.last_seen = t_start
            return _reference_to(doc, t_start, t_end, record, target, role)
    return None


def _named_part_of(full_name: str, people: dict[str, PersonRecord]) -> PersonRecord | None:
    """The article's one-word name for an office holder: "King Fahd" is Fahd bin Abdulaziz,
    "Emir Hamad" is Hamad bin Khalifa (a given name used alone, as with monarchs)."""
    parts = full_name.lower().replace("-", " ").split()
    for record in people.values():
        if " " not in record.name and record.name.lower() in parts:
            return record
    return None


def _reference_to(
    doc: Any, t_start: int, t_end: int, record: PersonRecord, country: str | None, role: str | None
) -> Actor:
    """A title or description ("the Head of State", "the guest") standing for a person."""
    title = doc[t_start:t_end].text
    return Actor(t_start, t_end, "person", record.name, country, role, title, reference=True)


def _is_indefinite(noun: Any) -> bool:
    """'a special Japanese envoy': a noun phrase with an indefinite article."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _named_next(
    doc: Any, t_start: int, t_end: int, people: dict[str, PersonRecord], country: str
) -> Actor | None:
    """'The visit by a special Japanese envoy ... talks with former Foreign Minister Shintaro
    Abe': a news lead describes a person and names him in the next sentences; the first person
    of that country named within the next two sentences."""
    sent = doc[t_start].sent
    limit = sent.end
    for _ in range(2):
        if limit >= len(doc):
            break
        limit = doc[limit].sent.end
    first = [
        (min(p for p in record.positions if p >= t_end), record)
        for record in people.values()
        if record.country == country
        and any(t_end <= p < limit for p in record.positions)
        and not any(p < t_start for p in record.positions)
    ]
    if not first:
        return None
    record = min(first, key=lambda found: found[0])[1]
    return _reference_to(doc, t_start, t_end, record, country, record.role)


def _latest_titled(
    doc: Any, t_start: int, t_end: int, people: dict[str, PersonRecord], lex: Lexicon
) -> Actor | None:
    """'the envoy' after "special envoy Hiro Sato": the person last named with the office the
    word names (roles.yaml), before any other foreigner."""
    if t_start == 0 or doc[t_start - 1].lower_ not in ("the", "his", "her"):
        return None
    info = lex.roles.match_title(doc[t_end - 1].lower_)
    if info is None:
        return None
    for record in sorted(people.values(), key=lambda r: -r.seen_before(t_start)):
        if record.role == info.role and record.seen_before(t_start) >= 0:
            return _reference_to(doc, t_start, t_end, record, record.country, record.role)
    return None


def _only_one_so_titled(doc: Any, word: Any, people: dict[str, PersonRecord]) -> Actor | None:
    """ "the secretary", "the senator": a title word written alone, in lower case, is the one
    person named before whose title it heads ("Secretary of State George Shultz"), when only
    one is."""
    if word.i == 0 or doc[word.i - 1].lower_ != "the":
        return None
    titled = [
        r
        for r in people.values()
        if r.title and r.title.lower().split()[0] == word.lower_ and r.seen_before(word.i) >= 0
    ]
    if len(titled) != 1:
        return None
    record = titled[0]
    return _reference_to(doc, word.i, word.i + 1, record, record.country, record.role)


def _latest_foreigner(
    doc: Any, t_start: int, t_end: int, people: dict[str, PersonRecord], home: str | None
) -> Actor | None:
    """'the guest', 'the American diplomat': the foreign visitor the article last named."""
    if t_start == 0 or doc[t_start - 1].lower_ not in ("the", "our", "his", "her"):
        if not (t_start > 1 and doc[t_start - 2].lower_ == "the"):
            return None
    for record in sorted(people.values(), key=lambda r: -r.last_seen):
        if record.country and record.country != home and record.last_seen < t_start:
            return _reference_to(doc, t_start, t_end, record, record.country, record.role)
    return None
