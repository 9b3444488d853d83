"""Parsing articles with spaCy so that no article can stop the others.

spaCy refuses texts over ``nlp.max_length`` characters (E088) and its memory grows with a
text's length, so a long article is parsed in parts cut at paragraph or sentence ends and the
parts are joined into one Doc (offsets stay those of the whole text). An article longer than
``MAX_CHARS`` is refused with a reason. A batch whose parse fails is parsed again article by
article, so the failure stays with the article that caused it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from diplograph.names import without_accents

# A part of a long article parsed on its own (spaCy allows 1,000,000), one part at a time:
# parsed as one batch, the 20 parts of a 2,000,000-character article took 5.8 GB; one by one,
# in parts of 20,000 characters, 0.7 GB (bench/long_article.py)
PART_CHARS = 20_000
BATCH_CHARS = 60_000  # characters parsed in one batch of short articles
MAX_CHARS = 2_000_000  # longer articles are refused: a report of that size is not news text

_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"))


# Wire copy of the 1980s capitalises the word after "U.S." as if the abbreviation's period
# ended a sentence ("U.S. And Japanese officials", "the U.S. Has asked"), and the parser then
# reads a name there and splits the clause. Words that seldom start a sentence in news are
# lower-cased for the parse only, in a copy of the same length: offsets, sentences and
# citations stay the article's own text. ("U.S. The", "U.S. In" may start a sentence: kept;
# nouns that begin names, "U.S. Trade Representative", "U.S. Treasury", are kept too: only
# nouns that never do, "the U.S. Request", "U.S. Officials said", are lowered.)
_CAPITALISED_AFTER_ABBREVIATION = re.compile(
    r"(?<=\b[A-Z]\.[A-Z]\. )(And|Or|Nor|Of|To|Has|Have|Had|Is|Are|Was|Were|Will|Would|Could"
    r"|Should|Can|Must|Might|Does|Did|Do|Also|Said|Says|Officials?|Government|Administration"
    r"|Firms?|Companies|Request|Demand|Proposal|Decision|Move|Position|Pressure|Negotiators"
    r"|Delegation|Economy|Market|Sales|Exports|Imports|Producers|Farmers)\b"
)


def _same_length_folds() -> dict[int, str]:
    """Each accented Latin letter that has one plain letter ("ệ" -> "e", "Đ" -> "D", "ğ" ->
    "g"): the small model and the gazetteers read "Viet Nam" and "Pham Minh Chinh", not
    "Việt Nam" and "Phạm Minh Chính" (Vietnamese, Turkish, Polish ... press spellings)."""
    folds = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        plain = without_accents(chr(code))
        if len(plain) == 1 and plain.isascii() and plain.isalpha() and plain != chr(code):
            folds[code] = plain
    return folds


_FOLDS = _same_length_folds()


def for_parse(text: str) -> str:
    """``text`` as the parser reads it, the same length: accented letters plain (_FOLDS), and
    see _CAPITALISED_AFTER_ABBREVIATION."""
    text = text.translate(_FOLDS)
    return _CAPITALISED_AFTER_ABBREVIATION.sub(lambda m: m.group(1).lower(), text)


def repaired(doc: Any) -> Any:
    """The parse with misreadings of news English set right: "met visiting U.S. Trade
    Representative X on Monday" is parsed with "visiting" as a verb whose object is X and
    which takes the day; it is an attributive participle of X, who is the object of "met",
    and the day is the meeting's; and see _finite_clause_roots and _dated_subjects. Only heads
    and labels change, within one sentence."""
    for token in doc:
        if token.lemma_.lower() != "visit" or token.tag_ != "VBG" or token.dep_ == "ROOT":
            continue
        verb = token.head
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if verb.pos_ != "VERB" or verb.i > token.i or len(objects) != 1:
            continue
        person = objects[0]
        if person.ent_type_ != "PERSON" or person.left_edge.i != token.i + 1:
            continue  # "visiting Japan", "visiting the plant": a verb with its destination
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        preps = [c for c in token.children if c.dep_ == "prep" and c.i > person.i]
        person.head, person.dep_ = verb, "dobj"
        token.head, token.dep_ = person, "amod"
        for prep in preps:
            prep.head = verb
    doc = _finite_conjuncts(_finite_clause_roots(_modal_names(doc)))
    doc = _named_after_a_comma(doc)
    return _dateline_subjects(_dated_subjects(doc))


def told_clauses(doc: Any, telling: frozenset[str]) -> Any:
    """The parse with the clause a verb of telling tells its object set on the verb
    (``telling``: triggers.yaml ``words.telling``): in "warned the Libyan leader that France
    would send troops" the parser makes the clause a relative one on "leader"; a relative
    clause has no "that" of subordination (IN, not the pronoun) with a subject of its own, so
    it is the verb's complement (not "rejected a demand that it impose sanctions": what the
    demand asks). Only heads and labels change, within one sentence."""
    for token in doc:
        noun = token.head
        if token.dep_ != "relcl" or noun.dep_ not in ("dobj", "dative"):
            continue
        if noun.head.pos_ != "VERB" or noun.head.lemma_.lower() not in telling:
            continue
        marked = any(
            c.dep_ == "mark" and c.tag_ == "IN" and c.lower_ == "that" for c in token.children
        )
        subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT" for c in token.children)
        if marked and subject:
            token.head, token.dep_ = noun.head, "ccomp"
    return doc


def _named_after_a_comma(doc: Any) -> Any:
    """The parse with the names that follow a plural or a "by" phrase after a comma set in
    apposition to it: in "signed by the heads of the two delegations, Sir X, Britain's
    ambassador, and Y" and "received the two envoys, X and Y" the parser hangs the first name
    on the verb as an adverbial noun; the names say who the phrase's people are."""
    for token in doc:
        verb = token.head
        if token.dep_ != "npadvmod" or token.pos_ != "PROPN" or verb.pos_ != "VERB":
            continue
        first = token.left_edge.i
        if first < 2 or doc[first - 1].text != "," or first < verb.i:
            continue
        named = [
            noun
            for phrase in verb.children
            if phrase.i < first and phrase.right_edge.i == first - 2
            for noun in ([phrase] if phrase.dep_ == "dobj" else _by_objects(phrase))
            if noun.pos_ == "NOUN" and (noun.tag_ == "NNS" or phrase.dep_ == "agent")
        ]
        if len(named) == 1:
            token.head, token.dep_ = named[0], "appos"
    return doc


def _by_objects(phrase: Any) -> list[Any]:
    return [c for c in phrase.children if c.dep_ == "pobj"] if phrase.dep_ == "agent" else []


_MODALS = frozenset({"may", "will", "can", "might", "must", "shall"})


def _modal_names(doc: Any) -> Any:
    """The parse with a capitalised name that is also a modal verb ("May had telephoned
    Merkel", "May said") read as the subject: a modal is followed by a verb's bare form, never
    by a finite verb, so a capitalised "May" before "had" or "said" is somebody's name."""
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if token.tag_ != "MD" and not (token.dep_ == "aux" and token.lower_ in _MODALS):
            continue  # (the model may tag the name a proper noun and still make it "aux")
        if not token.text[:1].isupper() or token.text.isupper():
            continue
        reflexive = following.lower_.endswith("self") and following.pos_ == "PRON"
        if following.head.i == token.i:
            continue
        if following.tag_ not in _FINITE_TAGS and not reflexive:
            continue  # ("May herself will travel": no modal is followed by a reflexive)
        token.tag_, token.pos_ = "NNP", "PROPN"
        verb = following if following.dep_ == "ROOT" or following.pos_ == "VERB" else following.head
        token.head, token.dep_ = verb, "nsubj"
        if reflexive:
            following.head, following.dep_ = token, "appos"
    return doc


def _finite_conjuncts(doc: Any) -> Any:
    """The parse with a verb in the past joined to the verb it goes with: in "ordered the
    Coast Guard to stop private boats and accused Castro of ..." the parser joins "accused"
    to the infinitive "stop"; a past tense (VBD) cannot continue an infinitive, it continues
    the finite verb the infinitive hangs from (and shares its subject)."""
    for token in doc:
        infinitive = token.head
        if token.dep_ != "conj" or token.tag_ != "VBD" or infinitive.tag_ != "VB":
            continue
        if infinitive.dep_ != "xcomp" or infinitive.head.tag_ not in _FINITE_TAGS:
            continue
        token.head = infinitive.head
    return doc


_DATELINE_TOKENS = 12  # "WASHINGTON/OTTAWA, June 1 (Reuters) -": the dash within them


def _dateline_subjects(doc: Any) -> Any:
    """The parse with a wire dateline set apart from the lead's subject: in "WASHINGTON, June
    1 - U.S. tariffs on steel took effect" the parser may make the dateline's capitalised place
    the subject and the real subject, after the dash, its apposition."""
    for first in doc:
        if not first.is_upper or not (first.i == 0 or first.is_sent_start):
            continue  # ("WASHINGTON/OTTAWA, June 1 - ..."; not iterating doc.sents, which
            # would fix the sentences before the other repairs)
        window = doc[first.i : first.i + _DATELINE_TOKENS]
        dashes = [t.i for t in window if t.text in ("-", "--", "\u2013", "\u2014")]
        if not dashes:
            continue
        places = [t for t in doc[first.i : dashes[0]] if t.dep_ in ("nsubj", "nsubjpass")]
        if len(places) != 1 or not places[0].is_upper or len(places[0]) < 3:
            continue
        place = places[0]
        subjects = [  # a name or a plural ("U.S. tariffs"), not a title with no name ("The
            # director of ... said": the dateline's state speaks, see events._between_sides)
            c
            for c in place.children
            if c.dep_ == "appos" and (c.pos_ == "PROPN" or c.tag_ == "NNS") and c.i > dashes[0]
        ]
        if len(subjects) == 1:
            subject = subjects[0]
            for child in [c for c in place.children if c.i > dashes[0] and c.i != subject.i]:
                child.head = subject  # ("U.S. tariffs ..., back from talks in Baghdad, ...")
            subject.head, subject.dep_ = place.head, place.dep_
            place.dep_ = "npadvmod"
    return doc


def _dated_subjects(doc: Any) -> Any:
    """The parse with a day written between a subject and its verb ("Kenya on Sunday accused
    Uganda", "Japan last week raised tariffs") hung on the verb, not on the subject: the day
    is the act's."""
    for token in doc:
        subject = token.head
        if subject.dep_ not in ("nsubj", "nsubjpass") or token.i < subject.i:
            continue
        verb = subject.head
        if verb.pos_ not in ("VERB", "AUX") or token.i > verb.i:
            continue
        if token.dep_ == "prep" and token.lower_ == "on":
            when = [c for c in token.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"]
        elif token.dep_ == "npadvmod" and token.ent_type_ == "DATE":
            when = [token]
        else:
            continue
        phrase = [t for t in token.subtree if t.i != token.i or t.dep_ == "npadvmod"]
        dated = all(t.ent_type_ == "DATE" for t in phrase)  # the day alone, nothing more
        if when and dated and token.right_edge.i == verb.i - 1:  # right before the verb
            token.head = verb
    return doc


def _finite_clause_roots(doc: Any) -> Any:
    """The parse with a sentence's verb set right: in "The visiting minister called on
    President X on Tuesday" the parser makes the noun phrase the sentence and "called" a
    reduced relative clause on it ("the minister [who was] called on"); a verb in the simple
    past (VBD, not a participle) right after a root noun phrase that has no verb is the
    sentence's verb, and the noun phrase its subject."""
    for token in doc:
        noun = token.head
        if token.dep_ != "acl" or token.tag_ != "VBD" or noun.dep_ != "ROOT":
            continue
        if noun.pos_ not in ("NOUN", "PROPN") or token.i != noun.i + 1:
            continue
        if any(c.dep_ in ("acl", "relcl", "ccomp") and c.i != token.i for c in noun.children):
            continue  # a noun with another clause of its own: not a lone noun phrase
        token.head, token.dep_ = token, "ROOT"
        noun.head, noun.dep_ = token, "nsubj"
    return doc


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def marked_by_to(verb: Any) -> bool:
    """Whether a verb is an infinitive with "to" ("to protest", "to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def subordinators(doc: Any, conjunctions: frozenset[str]) -> Any:
    """The parse with a conjunction of time set right: in "The figures were published as a
    U.S. delegation led by X arrived on Monday" the parser reads "as a U.S. delegation" as a
    prepositional phrase and leaves "arrived" without a subject. When a finite verb without a
    subject starts right after the noun phrase of a word that opens a clause of time but can
    be a preposition (``conjunctions``: triggers.yaml ``words.time_conjunctions``), the word
    opens the verb's clause (mark) and the noun phrase is its subject. Only heads and labels
    change, within one sentence."""
    for verb in doc:
        if verb.dep_ != "advcl" or verb.tag_ not in _FINITE_TAGS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children):
            continue
        for prep in verb.head.children:
            if prep.dep_ != "prep" or prep.lower_ not in conjunctions or prep.i > verb.i:
                continue
            nouns = [c for c in prep.children if c.dep_ == "pobj"]
            if len(nouns) == 1 and nouns[0].right_edge.i == verb.i - 1:
                noun = nouns[0]
                noun.head, noun.dep_ = verb, "nsubj"
                prep.head, prep.dep_ = verb, "mark"
                break
    return doc


def appended_relatives(doc: Any) -> Any:
    """The parse with a relative clause on an appended noun set right: in "India accused
    Pakistan of arming the rebels, a charge Islamabad denies" the parser makes "denies" the
    sentence's verb, "a charge" its object and the accusation its complement (so the
    accusation reads as what is denied). A verb whose indefinite object stands before its
    subject, after a comma that closes its complement, is a relative clause on that noun,
    and the noun sums up the clause before it (the parse of "a charge that Islamabad has
    denied"). Only heads and labels change, within one sentence."""
    for verb in doc:
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        if len(objects) != 1 or len(subjects) != 1 or len(clauses) != 1:
            continue
        noun, clause = objects[0], clauses[0]
        comma = noun.left_edge.i - 1
        if not (clause.right_edge.i < comma and doc[comma].text == "," and noun.i < subjects[0].i):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            continue
        clause.head, clause.dep_ = clause, "ROOT"
        noun.head, noun.dep_ = clause, "npadvmod"
        for punct in [c for c in verb.children if c.dep_ == "punct"]:
            punct.head = clause
        verb.head, verb.dep_ = noun, "relcl"
    return doc


def asked_infinitives(doc: Any, asking: frozenset[str], occasions: frozenset[str]) -> Any:
    """The parse with what a verb of asking asks set right: in "called on Bonn during the
    talks to back the proposals" the parser hangs the infinitive on the noun of the phrase
    between (a purpose of "the talks"); it is
    what the one asked is to do, the verb's complement (xcomp). Only when the phrase says
    where the asking was done (``occasions``: triggers.yaml ``words.within_meeting``; not
    "appealed to Britain for help to rebuild the line", a purpose of the help), and the verb
    (``words.asking``) names the one asked before it and has no complement of its own; only
    heads and labels change, within one sentence."""
    for token in doc:
        if token.dep_ != "acl" or token.tag_ != "VB":
            continue
        if not marked_by_to(token):
            continue
        noun, prep = token.head, token.head.head
        verb = prep.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or verb.pos_ != "VERB":
            continue
        if prep.lower_ not in occasions:
            continue
        if verb.lemma_.lower() not in asking or any(
            c.dep_ in ("xcomp", "ccomp") for c in verb.children
        ):
            continue
        if any(c.i < prep.i and _names_the_asked(c) for c in verb.children):
            token.head, token.dep_ = verb, "xcomp"
    return doc


def calls_by_means(doc: Any, means: frozenset[str]) -> Any:
    """The parse with a call's means and party set right: in "spoke by telephone with Putin"
    and "discussed a response by telephone with his counterpart" the parser hangs "with" on
    the means, or the means on the verb's object; a means of speaking (``means``:
    triggers.yaml ``words.phone_means``) and the party it joins belong to the verb. Only
    heads change, to a verb above them in the same sentence; "by telephone" read as the agent
    of a passive ("spoke by telephone on Sunday with X") becomes the phrase it is."""
    for prep in doc:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("by", "over", "via"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.lemma_.lower() in means or pobj.lower_ in means):
            continue
        prep.dep_ = "prep"
        verb = prep.head  # the verb, or the verb of the object it hangs on (not a noun of
        if verb.dep_ == "dobj":  # talk: "described as a conversation by phone")
            verb = verb.head
        if verb.pos_ != "VERB":
            continue
        if prep.head.i != verb.i:
            prep.head = verb
        for party in [c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "with"]:
            party.head = verb
    return doc


def _names_the_asked(child: Any) -> bool:
    """The verb's object, or its "on"/"upon"/"to" phrase ("called on Bonn", "appealed to
    Paris")."""
    if child.dep_ in ("dobj", "dative"):
        return True
    return (
        child.dep_ == "prep"
        and child.lower_ in ("on", "upon", "to")
        and any(g.dep_ == "pobj" for g in child.children)
    )


class TooLong(ValueError):
    """An article over MAX_CHARS characters."""


def parse_many(nlp: Any, texts: Sequence[str], batch_size: int) -> Iterator[Any]:
    """One Doc, or the exception that stopped its parse, per text, in input order. Short texts
    are parsed in batches of at most ``batch_size`` texts and ``BATCH_CHARS`` characters (the
    parser's memory grows with a batch's length: 32 texts of 20,000 characters took 1.9 GB
    in one batch, 0.46 GB in batches of four, and no time more); a batch whose parse fails is
    parsed again text by text, so the failure stays with its text."""
    for group in _batches(texts, batch_size):
        parsed: list[Any] = []
        short = [texts[i] for i in group]
        if all(len(text) <= PART_CHARS for text in short):
            try:
                parsed = list(nlp.pipe([for_parse(t) for t in short], batch_size=len(short)))
            except Exception:  # parse the batch one by one: the error stays with its article
                parsed = []
        if parsed:
            yield from (repaired(doc) for doc in parsed)
            continue
        for text in short:
            try:
                yield parse_one(nlp, text)
            except Exception as exc:
                yield exc


def _batches(texts: Sequence[str], batch_size: int) -> Iterator[list[int]]:
    """Indices of consecutive texts, grouped: a long text alone, short ones together up to
    ``batch_size`` texts and ``BATCH_CHARS`` characters."""
    group: list[int] = []
    chars = 0
    for index, text in enumerate(texts):
        if len(text) > PART_CHARS:
            if group:
                yield group
            yield [index]
            group, chars = [], 0
            continue
        if group and (len(group) >= batch_size or chars + len(text) > BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(index)
        chars += len(text)
    if group:
        yield group


def parse_one(nlp: Any, text: str) -> Any:
    """The Doc of one text, parsed in sentence-aligned parts when it is long."""
    if len(text) > MAX_CHARS:
        raise TooLong(
            f"the article has {len(text):,} characters, over the {MAX_CHARS:,} diplograph "
            "extracts; split it into articles"
        )
    text = for_parse(text)
    if len(text) <= PART_CHARS:
        return repaired(nlp(text))
    from spacy.tokens import Doc

    docs = list(nlp.pipe(split_text(text, PART_CHARS), batch_size=1))
    return repaired(Doc.from_docs(docs, ensure_whitespace=False))


def split_text(text: str, size: int) -> list[str]:
    """Consecutive parts of ``text`` of at most ``size`` characters that together are the
    text, each ending at a paragraph break, else a line break, else a sentence end, else (a
    text with none of these) at ``size``."""
    parts: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = 0
        for pattern in _BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() > size // 2]
            if ends:
                cut = ends[-1]
                break
        cut = cut or size
        parts.append(text[start : start + cut])
        start += cut
    parts.append(text[start:])
    return [part for part in parts if part]


def previous_sentences(doc: Any, sent: Any, count: int) -> list[Any]:
    """Up to ``count`` sentences before ``sent``, the nearest first."""
    out: list[Any] = []
    index = sent.start - 1
    while index >= 0 and len(out) < count:
        previous = doc[index].sent
        out.append(previous)
        index = previous.start - 1
    return out
