"""When and whether an event happens: its status (planned or occurred), modality and date.

Status comes from grammar first (auxiliaries, governors of intention, a timetable in the
present, "is to", "until", "scheduled for"), then from a date after publication; the date is the
time expression attached to the event (not one of another clause), a weekday read in the
direction of the tense, two days joined as an interval, and a length ("a four-day visit").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from diplograph.extract import timex_values as tv
from diplograph.extract.context import ArticleContext
from diplograph.extract.frames import (
    Frame,
    _measure_of,
    _placed_predicate,
    _trailing_preps,
    condition_clauses,
    nominal_path,
    postponed_by,
    set_off,
    vowed_payback,
)
from diplograph.extract.implicit import visiting_participle
from diplograph.extract.lexicon import EventWords, Lexicon
from diplograph.extract.merging import date_bounds
from diplograph.extract.parsing import marked_by_to
from diplograph.extract.participants import (
    _CLAUSE_DEPS,
    _SUBJECT_DEPS,
    on_a_trip_of,
    with_auxiliaries_children,
)
from diplograph.models import TimeExpression

_DAYS = re.compile(r"P(\d{1,2})([DW])")


# a year written, or a month placed relative to one: not a bare month to move
_YEAR = re.compile(
    r"\d{4}|'\d\d|\b(?:year|last|next|this|past|coming|ago|previous|following|earlier|later)\b",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])", re.IGNORECASE
)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.IGNORECASE)


# what a date reason ends with when the day is the report's ("..., the ministry said on
# Wednesday"), not one the act's own words name
OF_THE_REPORT = " of the report"


@dataclass(frozen=True)
class When:
    status: str
    date: str | None
    reason: str
    time: TimeExpression | None


# types whose simple present states a stance held now, not a timetable: "France protests
# against the ban", "Japan rejects the charge", "the minister urges restraint"
_STANCE_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT", "REQUEST", "THREATEN", "SUPPORT"})


def _is_scheduled_present(verb: Any, event_type: str = "") -> bool:
    """News tells a timetable in the simple present: "the king begins a state visit on
    Tuesday", "the minister travels to Rome this evening" are plans, not reports; a stance in
    the present ("France strongly protests against ...") is held as the story is told."""
    if event_type in _STANCE_TYPES:
        return False
    if verb.tag_ not in ("VBZ", "VBP") or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False  # "is meeting today", "has visited", "does not visit"
    if _is_headline(verb.sent):
        return False  # headlines tell the past in the present: "Tokayev visits Tehran"
    return verb.dep_ in ("ROOT", "relcl", "conj", "ccomp", "advcl")


def _in_an_adjunct(token: Any, verb: Any, words: EventWords) -> bool:
    """An event noun in a phrase of circumstance on the verb ("builds on a declaration ...,
    during the leader's first visit"): the verb's present tells no timetable of it."""
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in words.adjunct_prepositions
        and token.head.head.i == verb.i
    )


def _headline_infinitive(verb: Any, lex: Lexicon) -> bool:
    """A headline tells what is to come with a bare infinitive after its subject: "China to
    sanction U.S. defence firms", "Japan to lift curbs on Korean chemicals" (the will of the
    story's first sentence); not where the parser took the headline's verb into the subject
    ("Romania orders Hungary to shut consulate": ordered, as "orders" is a verb of events)."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    said = (  # "France to pull troops out of Niger, Macron says": the headline's own words
        verb.dep_ == "ccomp"
        and verb.head.dep_ == "ROOT"
        and verb.head.i > verb.i
        and verb.head.lemma_.lower() in lex.triggers.reporting_verbs
    )
    return (
        (verb.dep_ == "ROOT" or said)
        and verb.tag_ == "VB"
        and marked_by_to(verb)
        and bool(subjects)
        and _is_headline(verb.sent)
        and not any(t.lemma_.lower() in lex.triggers.verbs for s in subjects for t in s.subtree)
    )


def _is_headline(sent: Any) -> bool:
    """A line of its own without a full stop: an article's headline or a subheading."""
    text = sent.text.rstrip()
    ends_line = "\n" in sent.text_with_ws[len(text) :] or sent.end == len(sent.doc)
    return ends_line and not text.endswith((".", "!", "?", '"', "”", "»", ":"))


def _status_and_date(found: Frame, ctx: ArticleContext) -> When:
    """Planned or occurred (grammar first, then a date after publication), and the date."""
    token, anchor, published_on = found.token, found.anchor, ctx.published_on
    if _threatened_act(found, ctx.lex):
        return _threat_made(found, ctx)
    if (delay := postponed_by(found, ctx.lex.triggers.words)) is not None:
        return _put_off(delay, ctx)  # "the talks, due to open next week, were postponed"
    planned = (
        not visiting_participle(found)
        and not _taken_when_told(found, ctx.lex)
        and (
            found.trigger.pos == "adjective"  # "is due in Bonn": where somebody is to be
            or _headline_infinitive(anchor, ctx.lex)
            or _is_planned(token, anchor, ctx.lex)
            or (
                _is_scheduled_present(anchor, found.trigger.type)
                and not _in_an_adjunct(token, anchor, ctx.lex.triggers.words)
            )
        )
    )  # "visiting U.S. Secretary X": on a visit now, whatever clause the parse hangs it on
    status = "planned" if planned else "occurred"
    when = _attached_time(token, anchor, ctx.dated_at, ctx.lex)
    # ("two days after A and B reached an agreement": the length is no date of its own)
    apart = _apart_from_its_head(anchor, ctx, planned) if when is None or not when.anchor else None
    if apart is not None and published_on:  # "a day after France expelled ...": that day
        planned = apart.anchor is not None and apart.anchor > published_on.isoformat()
        status, when = ("planned" if planned else "occurred"), apart
    if when is not None and _what_was_asked_for(when, anchor, ctx):
        when = None  # "had asked for credits ... over the next two years"
    scheduled = _scheduling_participle(token, ctx.lex.triggers)
    if (when is None or not when.anchor) and scheduled is not None:
        when = _first_time_in(scheduled, ctx.dated_at) or when
    if when is None or not when.anchor:
        when = _time_after_the_verb(token, anchor, ctx) or when
    if when is None:
        when = _time_of_its_when(anchor, ctx) or _time_of_another(token, anchor, planned, ctx)
    ahead = None if when is not None and when.anchor else _ahead_by(token, anchor, ctx)
    if ahead is not None:  # "a meeting in two weeks' time", "talks resume in three days"
        when, planned, status = ahead, True, "planned"
    said = _saying_time(token, ctx) if when is None and not planned else None
    when = said or when  # "X met Y, the press service reported on Wednesday"
    if when is not None and when.anchor and published_on:
        # a bare weekday the grammar points back to ("agreed to a truce on Friday" in a
        # Sunday story) is the past one before it can make the event a plan
        when = _toward_tense(when, planned, anchor, published_on)
    if when is not None and when.value == "FUTURE_REF":
        status = "planned"  # "in the near future", "soon"
    elif when is not None and when.anchor and published_on and status == "occurred":
        if when.anchor[:10] > published_on.isoformat():
            status = "planned"  # dated after publication: not yet happened
    if when is not None and when.anchor and published_on:
        when = _with_coordinated(when, ctx)
        if status == "planned" and _held_before(token, when, published_on):
            status = "occurred"
    event_date, reason = _event_date(when, status, published_on)
    if said is not None and reason.startswith("time expression"):
        reason += OF_THE_REPORT  # the day it was told, not one the act names
    event_date, reason, when = _first_day_untold(found, ctx, when, status, (event_date, reason))
    status = _begun(status, planned, event_date, published_on)
    return When(status, event_date, reason, when)


def _taken_when_told(found: Frame, lex: Lexicon) -> bool:
    """An act the verb governing it, told in the past, already takes: aid a state has agreed
    to give ("Japan has agreed to lend Mexico 500 mln dlrs", "agreed last month to extend a
    credit": the money may flow later; triggers.yaml ``words.agreeing``), and a measure a
    government decided on ("the cabinet decided on Monday to freeze new export credits to
    Libya"; ``words.deciding``; "decided to send aid" stays a plan)."""
    words = lex.triggers.words
    governors = {"AID": words.agreeing, "SANCTION": words.deciding}.get(found.trigger.type)
    verb = found.anchor
    return (
        governors is not None
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in governors
        and _told_in_the_past(verb.head)
    )


def _put_off(delay: Any, ctx: ArticleContext) -> When:
    """A postponed event is still a plan: on the day it is put off to ("postponed until
    next month", "pushed back to later this month"), else on none (not its old day)."""
    for prep in delay.children:
        if prep.dep_ == "prep" and prep.lower_ in ("until", "till", "to", "into", "for"):
            for g in prep.subtree:
                when = ctx.dated_at.get(g.i)
                if when is not None and when.anchor:
                    return When("planned", when.anchor, f"put off to '{when.text}'", when)
    return When("planned", None, "put off, no new date given", None)


def _first_day_untold(
    found: Frame,
    ctx: ArticleContext,
    when: TimeExpression | None,
    status: str,
    dated: tuple[str | None, str],
) -> tuple[str | None, str, TimeExpression | None]:
    """(date, reason, time) of an event whose first day the text does not tell: one under
    way or done before what the sentence reports gets the month, not a guessed day; then the
    interval its stated length spans."""
    token, anchor, published_on = found.token, found.anchor, ctx.published_on
    event_date, reason = dated
    if status == "planned" and when is not None and (until := _until_its_end(when, ctx)):
        return until, f"from publication until '{when.text}'", when
    present = _present_stay(token, anchor)
    if present and published_on and event_date == published_on.isoformat():
        when = None  # "X, who is in Rome today": today lies inside the stay, not at its start
    if when is None and status == "occurred" and published_on and _in_progress(token, anchor):
        # "Kohl, who is visiting Paris", "X, on a state visit to Japan, said": under way, its
        # first day untold: the month, not a guessed day
        event_date, reason = published_on.isoformat()[:7], "under way in the publication month"
    if status == "occurred" and when is not None and _under_way_on_that_day(token, when):
        # "X, on a three-day visit to Y, signed protocols on Wednesday": a day inside it
        event_date, reason = str(when.anchor)[:7], "under way on a day its clause names"
    undated = when is None or not when.anchor  # ("now" in the main clause dates nothing)
    if undated and status == "occurred" and published_on and _done_before(anchor):
        # "After visiting the U.S., England and France, Funaro is now on his way to Tokyo":
        # over before what the sentence reports, its day untold: the month, not a guessed day
        event_date, reason = published_on.isoformat()[:7], "done before, in the publication month"
    return _over_its_length(token, ctx, when, status, event_date), reason, when


def _until_its_end(when: TimeExpression, ctx: ArticleContext) -> str | None:
    """ "will visit Kinshasa before the end of the year": a plan for any day from publication
    to the end of the year (or month) named, not the year."""
    published_on = ctx.published_on
    anchor = when.anchor or ""
    if when.mod != "END" or published_on is None or len(anchor) not in (4, 7):
        return None
    if ctx.doc.text[max(0, when.start - 8) : when.start].split()[-1:] != ["before"]:
        return None
    year, month = int(anchor[:4]), int(anchor[5:7]) if len(anchor) == 7 else 12
    last = tv.month_end(year, month)
    return f"{published_on.isoformat()}/{last.isoformat()}" if last > published_on else None


_LENGTH = re.compile(r"P(\d+)([DW])")
_APART_MARKS = ("after", "before")  # "a day after ...", "two days before ...": a distance


def _apart_from_its_head(
    anchor: Any, ctx: ArticleContext, planned: bool = False
) -> TimeExpression | None:
    """The day of a clause of "after" or "before" that says how far it lies from the day of
    the clause it hangs on: "Iran expelled three diplomats on Friday, a day after France
    expelled four" (Thursday); "two days before the talks opened". A verb joined to that
    clause, or an act it reports, is of the same day: "a day after China announced it was
    withdrawing its envoy and demanded that Lithuania do the same"."""
    anchor = _marked_clause(anchor, planned)
    mark = next((c for c in anchor.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in _APART_MARKS:
        return None
    # (the model may join the clause of "after" to its head as a conjunct: "ordered them to
    # leave on Wednesday, a day after Sofia expelled ...")
    head = anchor.head if anchor.dep_ in ("advcl", "conj") else _reported_beside(anchor, ctx.lex)
    if head is None:
        return None
    length = next(
        (ctx.time_at[c.i] for c in _lengths_at_mark(anchor, mark) if c.i in ctx.time_at), None
    )
    if length is None or (found := _LENGTH.fullmatch(length.value or "")) is None:
        return None  # "a day", "two weeks": P1D, P2W
    while head.dep_ == "xcomp" and head.head.i != head.i:  # "ordered them to leave, a day
        head = head.head  # after ...": the day of the order
    day = _attached_time(head, head, ctx.dated_at, ctx.lex)
    told_past = _in_past_tense(head)  # "The visit was announced a day after ...": passive
    told_now = head.tag_ == "VBZ" and head.lemma_.lower() != "be"  # "The row comes two weeks
    # before Howe is due to meet ...": the story's day
    if day is None and (told_past or told_now) and ctx.published_on is not None:
        # "The clash came a day after ...": the head told in the past, on the story's day
        day = replace(length, anchor=ctx.published_on.isoformat(), type="DATE")
    if day is None or not day.anchor or len(day.anchor) != 10:
        return None
    days = int(found[1]) * (7 if found[2] == "W" else 1)
    shifted = date.fromisoformat(day.anchor) + timedelta(
        days=-days if mark.lower_ == "after" else days
    )
    return replace(day, anchor=shifted.isoformat(), value=shifted.isoformat(), granularity="day")


def _lengths_at_mark(clause: Any, mark: Any) -> list[Any]:
    """The measures of time that put a clause of "after" or "before" apart from its head
    ("two days after"): the model may hang the length on the clause, on "after", or on the
    head when it stands right before "after" ("was announced a day after ...")."""
    before = [c for c in clause.head.children if c.i < mark.i and mark.i - c.right_edge.i == 1]
    return [c for c in (*clause.children, *mark.children, *before) if c.dep_ == "npadvmod"]


def _in_past_tense(verb: Any) -> bool:
    """A verb told in the simple past, active or passive ("agreed", "was signed")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    )


def _lead_up_to_its_head(clause: Any, lex: Lexicon) -> bool:
    """A clause of "after", "as" or "when" (triggers.yaml ``words.lead_up_marks``) under a
    verb told in the past that is no verb of saying, with no distance of its own: "Turkey
    agreed on Thursday to pause its offensive, after Pence flew to Ankara", "The declaration
    was signed on Dec. 7 after the two leaders chaired the council": the wire lead's day is
    the day of both (not "a day after", "weeks after", "shortly after")."""
    if clause.dep_ != "advcl" or _is_reporting(clause.head, lex.triggers.reporting_verbs):
        return False
    if _of_a_gerund_before(clause):
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if len(marks) != 1 or list(marks[0].children):
        return False
    return _right_before(clause, marks[0], lex)


def _of_a_gerund_before(clause: Any) -> bool:
    """A clause of "after"/"before" the parser hangs on a verb whose gerund of "of" comes
    first: "accused Iraq of using chemical weapons after the ceasefire was announced on
    August 8" tells when the act charged was done, not when the charge was made."""
    return any(
        c.dep_ == "prep" and c.i < clause.i and any(g.dep_ == "pcomp" for g in c.children)
        for c in clause.head.children
    )


def _right_before(clause: Any, mark: Any, lex: Lexicon) -> bool:
    """A clause or gerund of "after", "as" or "when" (``words.lead_up_marks``) under a verb
    told in the past, with no distance of its own: of that verb's day."""
    head = mark.head if clause.dep_ == "pcomp" else clause.head
    return (
        mark.lower_ in lex.triggers.words.lead_up_marks
        and _in_past_tense(head)
        and not _lengths_at_mark(clause, mark)
    )


def _marked_clause(anchor: Any, planned: bool) -> Any:
    """The clause of "after"/"before" a verb belongs to: itself, the verb it is joined to or
    completes ("before Howe is due to meet ..."), or (for an act not planned) the verb whose
    object it is."""
    clause = anchor
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in _APART_MARKS for c in clause.children):
            return clause
        if clause.dep_ in ("conj", "xcomp", "acomp") or (clause.dep_ == "ccomp" and not planned):
            clause = clause.head
        else:
            break
    return anchor


def _reported_beside(clause: Any, lex: Lexicon) -> Any | None:
    """The verb of saying a clause of "a day after" is apart from when the model makes the
    clause the saying's object or the sentence's root ("Canada will give credits, officials
    said, a day after the minister ended his visit"): the saying's day is the measure."""
    reporting = lex.triggers.reporting_verbs
    if clause.dep_ == "ccomp" and _is_reporting(clause.head, reporting):
        return clause.head
    if clause.dep_ != "ROOT":
        return None
    return next(
        (c for c in clause.children if c.dep_ == "parataxis" and _is_reporting(c, reporting)),
        None,
    )


def _trailing_time(token: Any, ctx: ArticleContext) -> TimeExpression | None:
    """A time in the phrases after the trigger (not a bound after "since": "talks for the
    first time since February"), nor one that names a thing."""
    bounds = {
        t.i for p in token.sent if p.lower_ == "since" and p.dep_ == "prep" for t in p.subtree
    }
    trailing = [
        ctx.dated_at[g.i]
        for prep in _trailing_preps(token)
        for g in prep.subtree
        if g.i in ctx.dated_at and g.i not in bounds and not _names_a_thing(g, ctx.lex)
    ]
    return trailing[0] if trailing else None


def _time_after_the_verb(token: Any, anchor: Any, ctx: ArticleContext) -> TimeExpression | None:
    """A time told after the trigger: in its trailing phrases, closing its clause, or in the
    participle set off after it that tells the same act again."""
    return (
        _trailing_time(token, ctx)
        or _time_closing_the_clause(anchor, ctx)
        or _time_of_the_gloss(anchor, ctx)
        or _date_before_the_mark(anchor, ctx.time_at)
    )


def _time_of_its_when(anchor: Any, ctx: ArticleContext) -> TimeExpression | None:
    """The time of a clause in the past opened by "when" (``words.simultaneous``) on the verb,
    or on an infinitive the verb governs, where the parser may hang it ("asked Japan to help
    persuade Tehran to accept a ceasefire when he visited Tokyo in June": a past clause times
    the asking, not the infinitive)."""
    nodes = [anchor]
    while len(nodes) < 4:
        more = [c for c in nodes[-1].children if c.dep_ == "xcomp" and c.tag_ == "VB"]
        if not more:
            break
        nodes.append(more[0])
    simultaneous = ctx.lex.triggers.words.simultaneous
    for node in nodes:
        for clause in node.children:
            if clause.dep_ == "advcl" and clause.tag_ == "VBD" and opened_by(clause, simultaneous):
                found = _first_time_in(clause, ctx.dated_at)
                if found is not None and found.anchor:
                    return found
    return None


def opened_by(clause: Any, words: frozenset[str]) -> bool:
    """Whether a clause is opened by an adverb of these words ("when he visited Tokyo")."""
    return any(c.dep_ == "advmod" and c.lower_ in words for c in clause.children)


def _date_before_the_mark(verb: Any, time_at: dict[int, TimeExpression]) -> TimeExpression | None:
    """A date told right before the "after" or "before" of a clause the verb governs: "recalled
    its ambassador last month after a Moroccan diplomat voiced support for ...": the parser
    hangs "last month" on "after", as it would a distance ("a month after"); a date (not a
    length) there is the verb's."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if mark is None or mark.lower_ not in _APART_MARKS:
            continue
        for length in _lengths_at_mark(clause, mark):
            found = _first_time_in(length, time_at)
            if found is not None and found.type == "DATE" and found.anchor:
                return found
    return None


def _time_of_the_gloss(verb: Any, ctx: ArticleContext) -> TimeExpression | None:
    """The day in the participle after a comma that tells the verb's act again ("have signed
    the agreement, putting their names to it on Saturday", "agreed to meet every year,
    wrapping up on Friday their summit"): only a time in its own phrases, not in a clause
    below it, and not after a preposition the parser reads as a participle ("following
    talks on May 6": ``words.adjunct_prepositions``)."""
    sequence = ctx.lex.triggers.words.adjunct_prepositions
    for gloss in verb.children:
        if (
            gloss.dep_ != "advcl"
            or gloss.tag_ != "VBG"
            or gloss.i < verb.i
            or gloss.lower_ in sequence
            or gloss.doc[gloss.i - 1].text != ","
        ):
            continue
        for g in gloss.subtree:
            when = ctx.dated_at.get(g.i)
            if when is not None and when.anchor and _in_its_own_phrases(g, gloss):
                return when
    return None


def _in_its_own_phrases(node: Any, verb: Any) -> bool:
    """Whether ``node`` hangs from ``verb`` through phrases, not through a clause of its own
    ("putting their names to the text on Sunday", not "ending a row that began in 1979")."""
    while node.i != verb.i:
        if node.dep_ in _OWN_TIME_DEPS or node.dep_ in ("acl", "pcomp"):
            return False
        node = node.head
    return True


_OWN_TIME_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "csubj", "conj", "parataxis"})


def _time_closing_the_clause(verb: Any, ctx: ArticleContext) -> TimeExpression | None:
    """A time that closes the verb's clause, which the model hung on a noun or a participle
    inside it: it dates the clause ("recalled its ambassador for consultations in November",
    "slapped duties totalling 80 per cent on barley in May 2020"). Not one inside another
    clause or a participle other than a present one ("lifted the duties imposed in May"), in
    a phrase of sequence ("after the coup in July"), nor a span ahead of a past act ("asked
    for credits to buy equipment over the next two years")."""
    if verb.pos_ != "VERB":
        return None
    subtree = list(verb.subtree)
    closing = [t for t in subtree if t.i > verb.i and t.i in ctx.dated_at]
    if not closing:
        return None
    node, when = closing[-1], ctx.dated_at[closing[-1].i]
    rest = [t for t in subtree if t.idx >= when.end and not (t.is_punct or t.is_space)]
    if (rest and not (_set_off_on_the_verb(rest, verb) or _joined_after(rest, verb))) or not (
        node.dep_ == "npadvmod" or node.head.lower_ in _OBJECT_DAY_PREPOSITIONS
    ):
        return None  # ("signed a plan of consultations for 2019-2020": the plan's years)
    if _names_a_thing(node, ctx.lex) or (
        when.type == "DURATION" and _ahead_of_a_past_act(when, verb, ctx.lex.triggers.words)
    ):
        return None
    set_off = verb.doc[node.head.i - 1].text == "," if node.head.i > 0 else False
    while node.i != verb.i:
        if (node.dep_ in _OWN_TIME_DEPS and not _a_joined_noun(node)) or (
            node.dep_ == "acl" and node.tag_ != "VBG" and not (set_off and _in_apposition(node))
        ):
            return None
        if node.dep_ == "prep" and (node.lower_ == "since" or _is_sequence(node, ctx.lex)):
            return None
        node = node.head
    return when


def _in_apposition(participle: Any) -> bool:
    """A participle of a noun set off by commas after the object ("invaded the Ogaden, an
    Ethiopian province inhabited mainly by Somalis, in July 1977"): a time after the comma
    that closes the apposition closes the verb's clause, not the participle's."""
    noun = participle.head
    doc = participle.doc
    return noun.dep_ in ("appos", "npadvmod") and doc[noun.left_edge.i - 1].text == ","


def _a_joined_noun(node: Any) -> bool:
    """A noun joined to another by "and" ("signed a treaty ... and a separate accord on ...
    late on Tuesday"): the second object is no clause of its own."""
    return node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN")


def _joined_after(rest: list[Any], verb: Any) -> bool:
    """Whether the words after a time are a clause joined to the verb ("recalled its
    ambassador for consultations in June and has raised the issue at the CSCE"): the time
    still closes the verb's own phrase."""
    tails = [c for c in verb.children if c.i >= rest[0].i and c.dep_ in ("cc", "conj", "punct")]
    if not any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in tails):
        return False
    allowed = {t.i for c in tails for t in c.subtree}
    return all(t.i in allowed for t in rest)


def _set_off_on_the_verb(rest: list[Any], verb: Any) -> bool:
    """Whether the words after a time are set off by a comma and hang on the verb itself
    ("recalled its ambassador in November, weeks after Israel ...", "halted imports in March,
    citing the pandemic"): the time still closes the verb's own phrase."""
    doc = verb.doc
    comma = rest[0].i - 1
    while comma > verb.i and doc[comma].is_space:
        comma -= 1
    if doc[comma].text != ",":
        return False
    tails = [c for c in verb.children if c.left_edge.i > comma]
    allowed = {t.i for c in tails for t in c.subtree}
    return all(t.i in allowed for t in rest)


def _threatened_act(found: Frame, lex: Lexicon) -> bool:
    """A hostile act under a condition, which frames.py makes the threat, told as said ("Brazil
    would retaliate if the duties stayed", "X said Brazil would retaliate if ..."): the act is
    to come, the threat is made (not one somebody will seek: "will seek to have the government
    retaliate if ...")."""
    if found.trigger.type != "THREATEN":
        return False
    if vowed_payback(found.anchor, lex.triggers.words):
        return True  # "vowed on Wednesday to retaliate": the vow is the threat
    return any(
        condition_clauses(node, lex.triggers.words)
        for node in dict.fromkeys((found.token, found.anchor))
    ) and _told(found.anchor, lex)


def _told(verb: Any, lex: Lexicon) -> bool:
    """A clause that is its sentence's own, or what a verb of saying or warning says."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ROOT":
        return True
    head = node.head.lemma_.lower()
    return node.dep_ == "ccomp" and (
        head in lex.triggers.reporting_verbs
        or any(t.type == "THREATEN" for t in lex.triggers.verbs.get(head, ()))
    )


def _threat_made(found: Frame, ctx: ArticleContext) -> When:
    """A threat happens when it is said: the day of the verb of saying (or vowing) over it,
    else the publication day (not the day of the act it threatens)."""
    token = found.token
    if vowed_payback(found.anchor, ctx.lex.triggers.words):
        token = found.anchor.head
    saying = _reporting_verb(token, ctx.lex.triggers.reporting_verbs) or token
    when = (
        _saying_time(token, ctx)
        or _attached_time(saying, saying, ctx.dated_at, ctx.lex)
        or _right_after(saying, ctx.dated_at)
    )
    if when is not None and when.anchor and ctx.published_on:
        if when.anchor[:10] > ctx.published_on.isoformat():
            when = None  # the threatened act's day, not the threat's
    event_date, reason = _event_date(when, "occurred", ctx.published_on)
    return When("occurred", event_date, reason, when)


def _right_after(verb: Any, time_at: dict[int, TimeExpression]) -> TimeExpression | None:
    """The time right after a verb of saying, wherever the parse hangs it: "Zambia said on
    Monday it would cut links": the model may hang "on Monday" on the clause said."""
    if verb.i + 1 >= len(verb.doc):
        return None
    after = verb.doc[verb.i + 1]
    if after.i in time_at:
        return time_at[after.i]
    if after.dep_ == "prep":
        return next((time_at[g.i] for g in after.children if g.i in time_at), None)
    return None


def _reporting_verb(token: Any, reporting: frozenset[str]) -> Any | None:
    """The verb of saying the token's clause hangs from ("said | Brazil would retaliate")."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ == "VERB" and node.lemma_.lower() in reporting:
            return node
    return None


# a day this close before publication dates another act of the sentence, never a plan
_RECENT_DAYS = 90


def _recent(day: str, published_on: date) -> bool:
    return (published_on - date.fromisoformat(day)).days <= _RECENT_DAYS


_AHEAD = re.compile(r"P(\d{1,2})([DWM])")


def _ahead_by(token: Any, anchor: Any, ctx: ArticleContext) -> TimeExpression | None:
    """A length after "in" on an event not told in a past tense is how far ahead of the
    publication day it is: "a meeting in two weeks' time" (the week then), "talks resume in
    three days" (the day), "in two months" (the month); not "in two weeks of talks"."""
    on = ctx.published_on
    if on is None:
        return None
    for node in dict.fromkeys((token, anchor)):
        expr = None if node.tag_ in ("VBD", "VBN") else _length_after_in(node, ctx.time_at)
        found = _AHEAD.fullmatch(expr.value or "") if expr is not None else None
        if expr is None or found is None:
            continue
        count, unit = int(found.group(1)), found.group(2)
        if unit == "D":
            period = tv.day(on + timedelta(days=count))
        elif unit == "W":
            period = tv.week(on + timedelta(weeks=count))
        else:
            period = tv.month(*tv.add_months(on.year, on.month, count))
        return replace(expr, anchor=period.anchor, granularity=period.granularity)
    return None


def _length_after_in(node: Any, time_at: dict[int, TimeExpression]) -> TimeExpression | None:
    """The length in days, weeks or months in a node's own "in" phrase ("in two weeks' time"),
    not "in two weeks of talks"."""
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        if any(t.lower_ == "of" for t in prep.subtree):
            continue
        for inner in prep.subtree:
            expr = time_at.get(inner.i)
            if expr is not None and expr.type == "DURATION" and _AHEAD.fullmatch(expr.value or ""):
                return expr
    return None


def _done_before(anchor: Any) -> bool:
    """A verb in the clause of "after" hung on a clause in the present ("After visiting the
    U.S., X is now on his way to Tokyo"): over before the story's day. Not on a past clause
    ("After greeting X, the president expressed ..."): one occasion, told in order."""
    head = anchor.head
    if anchor.pos_ != "VERB" or anchor.dep_ != "pcomp" or head.lower_ != "after":
        return False
    main = head.head
    return bool(head.dep_ == "prep" and main.tag_ in ("VBZ", "VBP"))


def _over_its_length(
    token: Any, ctx: ArticleContext, when: TimeExpression | None, status: str, event_date: Any
) -> Any:
    """The interval an event's stated length spans from its day: "a four-day visit from
    Tuesday"; back from the day it ended ("ended a three-day visit on Monday"); and, undated,
    back from the publication day when it is over ("told a news conference after three days
    of talks")."""
    words = ctx.lex.triggers.words
    days = _length_in_days(token, ctx.time_at, words)
    if days and days >= 2 and status == "occurred" and _after_it(token, words):
        # "left for home today after a three-day visit": it ended on the day he left
        verb = (_measure_of(token, words) or token).head.head
        end = _attached_time(verb, verb, ctx.dated_at, ctx.lex)
        last = end.anchor if end is not None else _day_of_the_told_subject(verb, ctx)
        if last and len(last) == 10:
            first = date.fromisoformat(last) - timedelta(days=days - 1)
            return f"{first.isoformat()}/{last}"
    if not days or days < 2 or not event_date or len(event_date) != 10:
        return event_date  # "a day of meetings" is its day
    day = date.fromisoformat(event_date)
    back = f"{(day - timedelta(days=days - 1)).isoformat()}/{event_date}"
    if when is None:
        return back if status == "occurred" and _after_it(token, words) else event_date
    if _ended_by(token, words) and not _started_on(token, ctx):
        return back  # "ended a three-day visit on Monday": Monday is the last day
    return f"{event_date}/{(day + timedelta(days=days - 1)).isoformat()}"


def _day_of_the_told_subject(verb: Any, ctx: ArticleContext) -> str | None:
    """The day of the event a definite event noun subject points back to: "(Japan and the U.S.
    reached agreement on Sunday ...) The accord was struck after three days of talks": the
    talks ended on Sunday."""
    for subject in verb.children:
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.pos_ != "NOUN":
            continue
        if [c.lower_ for c in subject.children if c.dep_ == "det"] not in (["the"], ["this"]):
            continue
        for trigger in ctx.lex.triggers.nouns.get(subject.lemma_.lower(), ()):
            day = ctx.recent_date(subject, trigger.type, "occurred")
            if day:
                return str(day)
    return None


def _started_on(token: Any, ctx: ArticleContext) -> bool:
    """A day its own clause of starting gives: "concluding a four-day visit that began on
    November 26" starts then, whatever verb ends it; also where the parse hangs the clause on
    the visitor after "by" ("a three-day visit by the Libyan premier that began on Sunday": a
    person does not begin on a day, with "that" or "which")."""
    starting = ctx.lex.triggers.words.starting
    heads = [token] + [
        g
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "by"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(
        c.dep_ in ("relcl", "acl")
        and c.lemma_.lower() in starting
        and (head.i == token.i or any(s.lower_ in ("that", "which") for s in c.children))
        and any(t.i in ctx.time_at for t in c.subtree)
        for head in heads
        for c in head.children
    )


def _after_it(token: Any, words: EventWords) -> bool:
    """An event noun (or its measure) in an "after" phrase: "after three days of talks"."""
    node = _measure_of(token, words) or token
    return node.dep_ == "pobj" and node.head.lower_ in ("after", "following")


def _present_stay(token: Any, anchor: Any) -> bool:
    """A stay abroad told in the present ("Kuranari is in Washington": the verb "be" is the
    frame itself, not the copula of an event noun, "the talks are useful")."""
    return token.i == anchor.i and anchor.lemma_.lower() == "be" and anchor.tag_ in ("VBZ", "VBP")


def _names_a_thing(token: Any, lex: Lexicon) -> bool:
    """A date before a noun that is no event names the thing ("reviews the 1955 U.S.
    waiver", "the 1987/88 budget"), not when an event nearby took place ("at the March 3
    meeting" dates the meeting)."""
    head = token.head
    return (
        token.dep_ in ("nummod", "compound")
        and token.i < head.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in lex.triggers.nouns
        and head.lower_ not in lex.triggers.nouns
    )


def _held_before(token: Any, when: TimeExpression, published_on: date) -> bool:
    """ "to keep the rates agreed at last month's meeting": an event noun (or a past clause of
    its own) dated before publication in its own phrase was held, whatever the clause around it
    (not "announced plans yesterday to slap tariffs": that is the day of the announcing)."""
    last = token.right_edge
    inside = token.left_edge.idx <= when.start and when.end <= last.idx + len(last.text)
    # ... nor a clause in the past tense with a subject of its own ("pledged to ease access
    # when Koirala visited New Delhi last December": the visit was made)
    told_past = token.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in token.children)
    return (token.pos_ == "NOUN" or told_past) and inside and _before(when, published_on)


def _begun(status: str, planned: bool, event_date: str | None, published_on: date | None) -> str:
    """An act dated ahead only by the end of its span, which its clause does not tell as a plan,
    is under way when the span began by the publication day: "who is on a four-day visit
    ending on Thursday", told on a Wednesday."""
    if status != "planned" or planned or published_on is None or not event_date:
        return status
    if "/" not in event_date or len(event_date.partition("/")[0]) != 10:
        return status  # (a span begun on a day told)
    first, last = date_bounds(event_date)
    return "occurred" if first <= published_on < last else status


def _before(when: TimeExpression, published_on: date) -> bool:
    """Whether a time ends before the publication day (at its own granularity)."""
    return when.value != "FUTURE_REF" and tv.end_against(when.anchor, published_on) == -1


def _toward_tense(
    when: TimeExpression, planned: bool, verb: Any, published_on: date
) -> TimeExpression:
    """A bare weekday is the nearest one in the direction the grammar points: "begins a visit
    on Tuesday" in a Sunday story is the coming Tuesday, "met on Friday" the past one."""
    if planned and when.granularity == "week" and when.anchor and "/" in when.anchor:
        first, last = when.anchor.split("/", 1)
        if last <= published_on.isoformat() and re.fullmatch(r"this week", when.text.lower()):
            # "will visit this week" in a Sunday story: the week that starts tomorrow
            moved = "/".join((date.fromisoformat(d) + timedelta(days=7)).isoformat()
                             for d in (first, last))  # fmt: skip
            return replace(when, anchor=moved)
        return when
    if not when.anchor or len(when.anchor) not in (7, 10):
        return when
    if (
        planned
        and not _YEAR.search(when.text)
        and when.anchor < published_on.isoformat()[: len(when.anchor)]
    ):
        if not _WEEKDAY.search(when.text) and _MONTH.search(when.text):
            # "talks will be held in May" in a June story: next May; a plan is never past
            # but a day weeks before is another act's: "proposed that they meet in a letter
            # on March 17" (a March 30 story) dates the letter; the plan keeps no date
            if len(when.anchor) == 10 and _recent(when.anchor, published_on):
                return replace(when, anchor=None)
            return _year_moved(when, 1)
    if (
        not planned
        and _in_past_or_past_perfect(verb)
        and not _YEAR.search(when.text)
        and _MONTH.search(when.text)
        and when.anchor[:7] > published_on.isoformat()[:7]
    ):  # "signed an accord with Somalia in February" in a December story: the last February
        return _year_moved(when, -1)
    if len(when.anchor) != 10 or not _WEEKDAY.search(when.text):
        return when
    if any(ch.isdigit() for ch in when.text):
        return when  # "Tuesday, March 24" names its day
    day = date.fromisoformat(when.anchor)
    if planned and day < published_on and not _told_in_past(when, verb):
        day += timedelta(days=7)
    elif not planned and _in_past_or_past_perfect(verb) and day > published_on:
        day -= timedelta(days=7)
    else:
        return when
    return replace(when, anchor=day.isoformat(), value=day.isoformat())


def _year_moved(when: TimeExpression, years: int) -> TimeExpression:
    """A month or day moved by whole years (not onto a February 29 that does not exist)."""
    anchor = when.anchor or ""
    moved = f"{int(anchor[:4]) + years}{anchor[4:]}"
    return when if moved[5:] == "02-29" else replace(when, anchor=moved, value=moved)


def _in_past_or_past_perfect(verb: Any) -> bool:
    """A verb in the simple past or the past perfect ("met", "had urged"): a day or month it
    names that falls after publication is the last one. Not the present perfect, which
    ``_told_in_the_past`` also takes ("has visited")."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    )


def _with_coordinated(when: TimeExpression, ctx: ArticleContext) -> TimeExpression:
    """ "today and tomorrow", "on Thursday and Friday": two days joined are one interval."""
    if not when.anchor or "/" in when.anchor:
        return when
    spanned = _from_to(when, ctx)
    if spanned is not None:
        return spanned
    root = ctx.dated_root.get(id(when))
    if root is None:
        return when
    for other in ctx.doc[root].conjuncts:
        expr = ctx.dated_at.get(other.i)
        if expr is not None and expr.anchor and len(expr.anchor) == len(when.anchor):
            first, last = sorted((when.anchor, expr.anchor))
            if first != last:
                return replace(when, anchor=f"{first}/{last}", text=f"{when.text} and {expr.text}")
    return when


_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_TO = re.compile(r"^\s*(?:to|until|till|through|and)\s+$", re.IGNORECASE)
_TO_DAY = re.compile(
    r"\s*(?:to|until|till|through|and)\s+(\d{1,2})\b(?![.,]?\d)(?!\s*(?:pct|per|%|mln|bln|billion))",
    re.IGNORECASE,
)


def _from_to(when: TimeExpression, ctx: ArticleContext) -> TimeExpression | None:
    """ "from June 2 to 5", "between May 3 and May 6": the two days are one interval."""
    text, anchor = ctx.text, when.anchor or ""
    if not _FROM.search(text[max(0, when.start - 12) : when.start]):
        return None
    for other in ctx.times:
        if other.start <= when.end or other.start - when.end > 12:
            continue
        if not _TO.match(text[when.end : other.start]) or not other.anchor:
            continue
        if len(other.anchor) == len(anchor) and anchor < other.anchor:
            return replace(when, anchor=f"{anchor}/{other.anchor}",
                           text=text[when.start : other.end])  # fmt: skip
    day = _TO_DAY.match(text, when.end)  # "from June 2 to 5": the last day alone
    if day is not None and len(anchor) == 10 and int(anchor[8:]) < int(day.group(1)) <= 31:
        last = f"{anchor[:8]}{int(day.group(1)):02d}"
        return replace(when, anchor=f"{anchor}/{last}", text=text[when.start : day.end()])
    return None


def _told_in_past(when: TimeExpression, verb: Any) -> bool:
    """The weekday hangs on a verb in the past tense ("agreed on Monday to lend"): a past day,
    though the event the verb governs is still to come."""
    span = verb.doc.char_span(when.start, when.end, alignment_mode="expand")
    node = span.root if span is not None else None
    for _ in range(3):
        if node is None or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return bool(node.tag_ == "VBD")
    return False


def _ended_by(token: Any, words: EventWords) -> bool:
    """An event noun that a verb of ending governs: "ended a visit", "wound up his talks",
    "two days of talks ended", "talks ending on Wednesday", "returned from a visit"; or a noun
    of its end ("at the end of a visit", triggers.yaml ``meeting_ends``)."""
    endings = words.endings
    if any(c.dep_ == "acl" and c.lemma_.lower() in endings for c in token.children):
        return True
    measure = _measure_of(token, words)
    if measure is not None:
        token = measure
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ == "VERB":
        return head.head.lemma_.lower() in words.homecomings  # "returned from a visit"
    if (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in words.meeting_ends
    ):
        return True  # "said on Friday at the end of a four-day visit": Friday is its last day
    deps = ("dobj", "nsubjpass", "nsubj") if measure is not None else ("dobj", "nsubjpass")
    return token.dep_ in deps and head.lemma_.lower() in endings


def _length_in_days(
    token: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> int | None:
    """The length an event noun states: "a four-day visit", "a two-week tour", also for the
    verb it is the purpose of: "arrives on Monday for a two-day visit"."""
    nouns = [token]
    measure = _measure_of(token, words)  # "two days of talks": the measure is the length
    own = [measure] if measure is not None else []
    for prep in token.children:
        if token.pos_ == "VERB" and prep.dep_ == "prep" and prep.lower_ in ("for", "on"):
            nouns += [p for p in prep.children if p.dep_ == "pobj"]
    nouns += own  # "a three-day round of talks": the length on the measure
    for child in (*own, *(c for noun in nouns for c in noun.children)):
        expr = time_at.get(child.i)
        if expr is None or expr.type != "DURATION" or not expr.value or _how_far(child):
            continue
        match = _DAYS.fullmatch(expr.value)
        if match:
            count = int(match.group(1))
            return count * 7 if match.group(2) == "W" else count
    return None


def _how_far(length: Any) -> bool:
    """ "two days after A and B signed": the length says how far the clause lies from
    another, not how long its event lasts."""
    return length.dep_ == "npadvmod" and any(
        c.dep_ == "mark" and c.lower_ in _APART_MARKS for c in length.head.children
    )


def _modality(token: Any, anchor: Any) -> str | None:
    """The modal verb over a trigger ('will release', 'must withdraw'), climbing xcomp chains."""
    node = anchor
    for _ in range(3):
        for child in (*node.children, *token.children):
            if child.dep_ in ("aux", "auxpass") and child.tag_ == "MD":
                return str(child.lower_).replace("'ll", "will")
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            break
        node = node.head
    return None


def _is_planned(token: Any, anchor: Any, lex: Lexicon) -> bool:
    table = lex.triggers
    if (own := _planned_in_own_words(token, anchor, table)) is not None:
        return own
    node = token if token.dep_ == "pobj" else anchor
    node = _main_clause_of_participle(node)
    for _ in range(4):
        head = node.head
        if head is node:
            break
        if (own := _own_tense(token, node, head, lex)) is not None:
            return own
        lemma = head.lemma_.lower()
        if node.dep_ in ("dobj", "prep") and lemma in table.reactive_verbs:
            return False  # "is expected to respond to a request": the request was made
        if node is token and node.dep_ == "dobj" and lemma in table.words.including:
            if _planned_auxiliary(head, table):  # "his tour, which will include talks with
                return True  # Xi": a part of an occasion ahead (words.including)
        if (node.dep_ == "pobj" and lemma in table.words.adjunct_prepositions) or (
            node.dep_ == "dobj"  # "following talks": the parser may read a participle
            and head.tag_ == "VBG"
            and head.lower_ in table.words.adjunct_prepositions
        ):
            verb = head.head  # "agreed to buy goods during his trip": the trip is not agreed,
            # but "will meet him during his visit", "is expected to call on X during his stay"
            # put the visit ahead
            expected = verb.dep_ == "xcomp" and verb.head.lower_ in table.planned_participles
            return expected or any(
                c.dep_ == "aux" and c.lower_ in table.planned_auxiliaries for c in verb.children
            )
        if _for_a_planned_trip(node, head, lex):
            return True  # "before going on to Washington for talks with Reagan"
        if node.dep_ == "pobj" and lemma in ("at", "in") and head.head.i != head.i:
            node = head.head  # "had agreed at their summit": the verb's own status, not its
            continue  # governing: "expected to take part in the summit" is still planned
        if node.dep_ == "prep" and set_off(node) and not _in_sequence(token, node, table):
            return False  # "X, on a visit to Spain, asked Y to ...": an aside, not what he asks
        if node.dep_ in ("xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "ccomp", "advcl") and (
            lemma in table.infinitive_governors or lemma in table.preparatory
        ):
            return True
        if (node is token or node.dep_ == "nsubjpass") and _subject_of_a_future(node, head, table):
            return True  # "negotiations opening on July 9 will focus on lumber", "the visit is
            # planned for August"
        if node.dep_ in ("nsubj", "nsubjpass") and _governs_own_infinitive(head, table):
            return True  # "a meeting is expected to take place", "the talks are due to open"
        if node.dep_ == "pobj" and (
            lemma in table.planned_prepositions
            or (lemma in ("of", "to") and head.head.lemma_.lower() in table.planned_prepositions)
        ):
            return True  # "until Nakasone's visit", "ahead of the summit"
        if _planned_by_its_head(node, head, table):
            return True
        if lemma in table.reporting_verbs:
            break
        if node.dep_ == "conj" and not (_infinitive_form(node) and head.tag_ == "VB"):
            break  # ("are expected to hold talks and sign an accord", "... and to be received
            # by the president": one governor for both)
        node = head
    return False


def _for_a_planned_trip(node: Any, head: Any, lex: Lexicon) -> bool:
    """What a verb told as a plan is for ("before going on to Washington for talks with
    Reagan"): the talks a trip is for are planned when the trip is."""
    return bool(
        node.dep_ == "pobj"
        and head.lemma_.lower() == "for"
        and head.head.pos_ == "VERB"
        and _is_planned(head.head, head.head, lex)
    )


def _infinitive_form(verb: Any) -> bool:
    """A bare or passive infinitive: "sign", "be received"."""
    return verb.tag_ == "VB" or any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children)


def _planned_in_own_words(token: Any, anchor: Any, table: Any) -> bool | None:
    """Whether the trigger's own words settle the plan (None when they do not)."""
    if _on_a_visit_aside(token):  # under way, unless its own words make it a plan
        return _planned_modifier(token, table)  # ("on his upcoming visit")
    for node in _sharing_tense(token, anchor):
        if _planned_modifier(node, table) or _planned_auxiliary(node, table):
            return True
    if anchor is not token and anchor.lemma_.lower() in ("invite", "schedule", "plan"):
        return True  # "invited Putin to the summit"
    if _scheduling_participle(token, table) is not None:
        return True  # "talks scheduled for Thursday", "the visit planned for May"
    if _is_be_to(anchor) and anchor.lemma_.lower() not in table.words.judging_infinitives:
        return True  # "the minister is to visit Rome", "was to leave later today" (not "Moldova
        # was to blame": a judgement said now)
    if anchor.dep_ in ("acl", "advcl") and _bare_past_participle(anchor):
        return False  # "relations, broken off by London last October": a state already done
    return None


def _own_tense(token: Any, node: Any, head: Any, lex: Lexicon) -> bool | None:
    """Whether a clause met on the climb settles the plan itself: a relative clause in the
    past keeps it ("Siddhi, who met Wu on Friday, is due to see Shevardnadze"), and so does a
    clause set side by side before another's verb; the gerund of a phrase of sequence shares
    its clause's ("was due to fly to Amman, before heading to Ankara": the next leg of a plan
    is planned with it). None when neither."""
    if node.dep_ == "relcl" and _told_in_the_past(node):
        return False
    if (
        node.dep_ == "advcl"
        and node.tag_ == "VBD"
        and any(
            c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in ("when", "while"))
            for c in node.children
        )
    ):
        return False  # "the talks were called off after troops attacked a post", "pressed
        # Wang to lift the ban when the two met in July": a finite clause in the past is
        # done, whatever governs it
    if (
        node.dep_ == "ccomp"
        and node.i < head.i
        and head.lemma_.lower() not in lex.triggers.reporting_verbs
        and any(t.text == "," for t in node.doc[node.right_edge.i + 1 : head.i])
    ):
        return False  # "Petro and Maduro meet in Caracas, pledge to rebuild ties": two
        # clauses side by side (a headline's), not what the pledge is about
    if node.dep_ == "pcomp" and _in_sequence(token, head, lex.triggers):
        return _sequence_planned(head.head, lex)
    return None


def _what_was_asked_for(when: TimeExpression, verb: Any, ctx: ArticleContext) -> bool:
    """A span ahead on a verb told in the past ("had asked for credits ... over the next two
    years") is what the act was about; not a day before the story the span word dates ("wrote
    in January, and X visited Tehran the following month")."""
    if not _ahead_of_a_past_act(when, verb, ctx.lex.triggers.words):
        return False
    told = ctx.published_on.isoformat() if ctx.published_on else ""
    return not (when.type == "DATE" and when.anchor and str(when.anchor)[:10] <= told)


def _ahead_of_a_past_act(when: TimeExpression, verb: Any, words: EventWords) -> bool:
    """A span ahead ("over the next two years", "in the coming months": words.span_ahead) on a
    verb told in the past: the span of what the act was about, not the act's date."""
    if verb.pos_ != "VERB" or not _told_in_the_past(verb):
        return False
    return any(w in words.span_ahead for w in re.findall(r"[a-z]+", when.text.lower()))


def _told_in_the_past(verb: Any) -> bool:
    """A finite verb in the past ("met", "had met", "has visited"), not "is to meet"."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" and not auxiliaries:
        return True
    return verb.tag_ == "VBN" and any(a.lemma_.lower() == "have" for a in auxiliaries)


def _in_sequence(token: Any, prep: Any, table: Any) -> bool:
    """Whether the trigger is the gerund of a phrase of sequence ("before heading to Ankara",
    "after visiting Oman"; triggers.yaml ``background_prepositions``, not "since")."""
    words = table.words.background_prepositions
    return bool(
        prep.lower_ in words
        and prep.lower_ != "since"
        and token.tag_ == "VBG"
        and token.dep_ == "pcomp"
        and token.head.i == prep.i
    )


def _sequence_planned(verb: Any, lex: Lexicon) -> bool:
    """Whether the clause a phrase of sequence hangs on tells a plan: its verb, or the
    infinitive its governor of the future governs ("was due | to fly")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    verbs = [verb, *_governed_infinitives(verb)]
    if verbs[1:] and _governs_own_infinitive(verb, lex.triggers):
        return True
    purpose = verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB"  # ("to reassure ...,")
    if _is_scheduled_present(verb.head if purpose else verb):
        return True  # "flies to Hong Kong on Thursday (to reassure ...,) before going on to"
    return any(_is_planned(v, v, lex) for v in verbs)


def _planned_auxiliary(node: Any, table: Any) -> bool:
    """ "will visit", "would meet": an auxiliary that makes the event a plan."""
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in table.planned_auxiliaries
        for c in node.children
    )


def _planned_modifier(node: Any, table: Any) -> bool:
    """ "the upcoming visit", "a planned meeting": a modifier that makes the event a plan."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in table.planned_modifiers
        for c in node.children
    )


def _on_a_visit_aside(token: Any) -> bool:
    """ "Kishida, on a two-day visit to India, invited Modi to attend ...": somebody on a visit
    (as _in_progress reads it), told in an aside, is there whatever the verb after it does (not
    "X, during a visit to Japan later this month, will demand ...": the demand's visit, to
    come)."""
    return bool(token.dep_ == "pobj" and token.head.lower_ == "on" and set_off(token.head))


def _under_way_on_that_day(token: Any, when: TimeExpression) -> bool:
    """A visit told in an aside ("X, on a visit to Y, signed ... on Wednesday") whose day is
    the main clause's, not its own words' ("on a visit that began on Monday")."""
    if not when.anchor or len(when.anchor) != 10 or not _on_a_visit_aside(token):
        return False
    own = token.head  # the "on" phrase
    return not own.left_edge.idx <= when.start < own.right_edge.idx + len(own.right_edge)


def _planned_by_its_head(node: Any, head: Any, table: Any) -> bool:
    """ "announced plans last week to slap tariffs" (the parser hangs the infinitive of the
    planning noun on the verb); "is due in Lima for talks" (the talks of a stay to come)."""
    # "accepted an invitation from his counterpart, X, to visit": the model may hang the
    # infinitive on the verb as a clause of its own
    infinitive = node.dep_ == "advcl" and marked_by_to(node)
    if node.dep_ == "xcomp" or infinitive:
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in table.infinitive_governors
            for c in head.children
        )
    return node.dep_ == "prep" and _due_somewhere(head, table)


def _due_somewhere(verb: Any, table: Any) -> bool:
    """A copula whose predicative adjective of travel says where its subject is to be ("is
    due in Lima", triggers.yaml adjectives)."""
    return any(
        c.dep_ == "acomp"
        and any(t.pos == "adjective" for t in table.verbs.get(c.lower_, ()))
        and _placed_predicate(c)
        for c in verb.children
    )


def _sharing_tense(token: Any, anchor: Any) -> list[Any]:
    """The trigger, its anchor and the verbs whose auxiliary they share: "will hold talks ...
    and meet the Queen", "will extend his tour, flying to Japan", "would go to Lima to sign"."""
    nodes = dict.fromkeys((token, anchor))
    head = anchor.head
    if head.pos_ not in ("VERB", "AUX"):
        return list(nodes)
    infinitive = marked_by_to(anchor)
    if anchor.dep_ == "conj" and anchor.tag_ in ("VBD", "VBZ") and head.tag_ == "VB":
        return list(nodes)  # "said Zambia would not tolerate raids and urged Zimbabwe to":
        # a finite verb shares no modal with a bare infinitive
    if (
        anchor.dep_ == "conj"
        or (anchor.dep_ in ("advcl", "xcomp") and anchor.tag_ == "VBG")
        or (infinitive and anchor.dep_ in ("advcl", "xcomp"))
    ):
        nodes[head] = None  # ("will start pulling its troops back": a gerund complement)
    return list(nodes)


def _main_clause_of_participle(node: Any) -> Any:
    """A participle set off by a comma after an infinitive ("agreed on Saturday to deepen
    ties, meeting on the sidelines of the summit") tells of the main clause, not of what was
    agreed: the parser hangs it on the infinitive; its tense is the finite verb's."""
    head = node.head
    if node.dep_ != "advcl" or node.tag_ != "VBG" or node.i == 0:
        return node
    if node.doc[node.i - 1].text != ",":
        return node
    if head.dep_ == "xcomp" and marked_by_to(head):
        return head.head
    return head  # "agreed to expand trade, meeting ...": hung on "agreed" itself


def _subject_of_a_future(token: Any, head: Any, table: Any) -> bool:
    """An event noun that is the subject of a future verb ("talks opening on July 9 will
    focus on lumber"; not "the accord reached last week will boost trade") or of a planning
    participle ("the visit is planned for August", "talks are scheduled for May")."""
    if token.dep_ == "nsubjpass" and head.lower_ in table.planned_participles:
        return True
    return (  # (the climb passes only the frame's own noun here)
        token.dep_ == "nsubj"
        and token.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in head.children)
        and not any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD") for c in token.children)
    )


def _governed_infinitives(verb: Any) -> list[Any]:
    """The to-infinitives a verb or its complement governs: "expected | to take place",
    "are due | to open"."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    return [
        c
        for h in heads
        for c in h.children
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]


def _governs_own_infinitive(verb: Any, table: Any) -> bool:
    """'is expected to', 'is due to', 'are set to', 'are to' (be + to-infinitive,
    ``_is_be_to``): a governor of the future with a to-infinitive, said of its own subject."""
    words = table.infinitive_governors
    heads = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    infinitives = _governed_infinitives(verb)
    if any(_is_be_to(c) for c in infinitives):  # "the tariffs are to take effect on April 17"
        return True
    return any(h.lemma_.lower() in words for h in heads) and bool(infinitives)


def _scheduling_participle(token: Any, table: Any) -> Any | None:
    """'talks scheduled for Thursday', 'two rounds of talks between A and B, scheduled for
    ...' (the participle may hang from the last noun of the phrase, or from the noun a
    trigger is a modifier of: "a summit conference scheduled to be held"): the participle, or
    None. 'talks expected to focus on X' says what they are about, not when they are; "to be
    held", "to take place" (a light verb without an object of its own) say when."""
    head = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.pos_ == "NOUN":
        head = token.head.head  # "two rounds of talks"
    elif token.dep_ == "compound" and token.head.pos_ == "NOUN":
        head = token.head  # "a summit conference scheduled for May"
    for node in head.subtree:
        if head.pos_ == "VERB" and node.head.i != head.i:
            continue  # "protested against exercises planned off Gibraltar": the exercises'
        if (
            node.dep_ == "acl"
            and _says_when(node, table)
            and not any(
                a.dep_ in ("relcl", "advcl", "ccomp") for a in node.ancestors if a.i > head.i
            )
            and not _under_background(node, head, table.words.background_prepositions)
        ):
            return node
    return _participle_after_the_phrase(token, table)


def _participle_after_the_phrase(token: Any, table: Any) -> Any | None:
    """A participle of planning set off by a comma right after the event noun's phrase,
    which the model hung on the clause's verb: "discussed the state visit of X to Seoul,
    scheduled for next month"."""
    comma = token.right_edge.i + 1
    if token.pos_ != "NOUN" or comma + 1 >= token.sent.end or token.doc[comma].text != ",":
        return None
    node = token.doc[comma + 1]
    if (
        node.tag_ == "VBN"
        and node.dep_ in ("advcl", "acl")
        and _says_when(node, table)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    ):
        return node
    return None


def _says_when(participle: Any, table: Any) -> bool:
    """A participle of planning (triggers.yaml ``planned_participles``) that says when its
    noun is to be: not "expected to focus on X", what it is about; "to be held", "to take
    place" (a light verb without an object of its own) say when."""
    return participle.lower_ in table.planned_participles and not any(
        g.dep_ == "xcomp" and not _held(g, table.light_verbs) for g in participle.children
    )


def _under_background(node: Any, top: Any, background: frozenset[str]) -> bool:
    """Whether a node lies in a phrase of "before", "after" or "ahead of" below ``top``: "met
    before the meeting scheduled for today" (that meeting is scheduled, not this one)."""
    for above in node.ancestors:
        if above.i == top.i:
            return False
        if above.dep_ == "prep" and above.lower_ in background:
            return True
    return False


def _held(verb: Any, light_verbs: frozenset[str]) -> bool:
    """'to be held', 'to take place', 'to open': a light verb that only holds the event."""
    return verb.lemma_.lower() in light_verbs and all(
        c.dep_ != "dobj" or c.lower_ == "place" for c in verb.children
    )


def _is_be_to(verb: Any) -> bool:
    """'is to visit', 'was to leave': be + to-infinitive tells what is arranged to happen."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "be"
        and marked_by_to(verb)
        and not any(c.dep_ in ("attr", "acomp", "dobj") for c in head.children)
        # "was among the first countries to sign": be has its own complement, and the
        # infinitive says what those it names did, not what is arranged
        and not any(c.dep_ == "prep" and c.i < verb.i for c in head.children)
    )


def _time_of_another(
    token: Any, anchor: Any, planned: bool, ctx: ArticleContext
) -> TimeExpression | None:
    """An undated act's time told by another act: a planned one's month near a day it comes
    before or after ("will sign ... before the president leaves on Saturday"), a done one's
    day ("Before flying to Bonn on Saturday, X telephoned Y"), or the time of the gathering
    it happened at ("on the sidelines of the summit" told before "in Melbourne earlier this
    week")."""
    words = ctx.lex.triggers.words
    when = None
    if planned:
        when = _before_another(anchor, ctx.dated_at, words) or _time_of_the_purpose(anchor, ctx)
    elif anchor.pos_ == "VERB":
        when = _before_another(anchor, ctx.dated_at, words, month=False)
    if when is None and not planned and anchor.pos_ == "VERB":
        when = _time_of_the_last_conjunct(anchor, ctx.dated_at, words)
    if when is None and not planned and anchor.pos_ == "VERB":
        when = _fronted_time_of_the_first_conjunct(anchor, ctx.dated_at)
    if when is None and (told := gathering_told(token, anchor, words)):
        when = _attached_time(told, told, ctx.dated_at, ctx.lex)
    if when is None and not planned:
        when = _during_the_told(token, ctx)
    return when


def _time_of_the_purpose(verb: Any, ctx: ArticleContext) -> TimeExpression | None:
    """ "will visit Washington for talks with Baker in the second half of June": the time of
    the talks a planned trip is made for is the trip's."""
    meetings = ctx.lex.triggers.meeting_nouns
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lemma_.lower() in meetings:
                found = _first_time_in(noun, ctx.dated_at)
                if found is not None:
                    return found
    return None


def _during_the_told(token: Any, ctx: ArticleContext) -> TimeExpression | None:
    """Talks an event noun told before happened during: "(Russia threatened on Tuesday to ...)
    The warning came from Shokhin during talks in Moscow": the talks were on Tuesday."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in ("during", "at"):
        return None
    day = _day_of_the_told_subject(token.head.head, ctx)
    if day is None:
        return None
    text = "the day of the act its clause's subject points back to"
    return TimeExpression(token.idx, token.idx, text, "DATE", day, day, "day")


def _time_of_the_last_conjunct(
    verb: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """ "Ankara expelled Israel's ambassador and recalled its own in May 2018": a time after
    the second of two verbs in the same past tense, the first with none, is both acts'."""
    if verb.tag_ != "VBD":
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.tag_ != "VBD":
            continue
        found = _time_below(conj, time_at, set(), words)
        if found is not None and found.start > conj.idx:
            return found
    return None


def _fronted_time_of_the_first_conjunct(
    verb: Any, time_at: dict[int, TimeExpression]
) -> TimeExpression | None:
    """ "In November Cairo expelled the Turkish ambassador, and Turkey responded by declaring
    the Egyptian envoy persona non grata": a time put before the first of two clauses in the
    past joined by "and" is the second's too (from a verb under the second: "declaring")."""
    node = verb
    while node.dep_ in ("pcomp", "prep", "xcomp", "advcl") and node.head.i != node.i:
        node = node.head
    first = node.head
    if node.dep_ != "conj" or node.tag_ != "VBD" or first.tag_ != "VBD":
        return None
    for child in first.children:
        if child.i > first.i or child.dep_ not in ("prep", "npadvmod", "advmod"):
            continue
        found = _first_time_in(child, time_at)
        if found is not None:
            return found
    return None


def _first_time_in(node: Any, time_at: dict[int, TimeExpression]) -> TimeExpression | None:
    """The first time expression a node's phrase holds, if any."""
    return next((time_at[t.i] for t in node.subtree if t.i in time_at), None)


def _attached_time(
    token: Any, anchor: Any, time_at: dict[int, TimeExpression], lex: Lexicon
) -> TimeExpression | None:
    """The time expression hanging from the trigger, or from the verbs above it."""
    node = token
    visited: set[int] = set()
    sequenced = False  # climbed out of "after talks", "before the visit", "ahead of talks"
    if anchor.dep_ in ("acl", "relcl") and anchor.head.i == token.i:  # "a request made ...
        # last month", "the tariffs it imposed in 2021": the clause's time
        found = _time_below(anchor, time_at, visited, lex.triggers.words,
                            lex.triggers.reporting_verbs)  # fmt: skip
        if found is not None:
            return found
    if _reduced_passive(token) and anchor is token:  # "under an accord signed by Yeltsin and
        # Meri, Russia will withdraw by August 31": the accord is done; the deadline is not
        return _time_below(token, time_at, visited, lex.triggers.words,
                           lex.triggers.reporting_verbs)  # fmt: skip
    for _ in range(6):
        if node.i in visited:
            break
        visited.add(node.i)
        found = _time_below(node, time_at, visited, lex.triggers.words,
                            lex.triggers.reporting_verbs)  # fmt: skip
        found = found or _time_of_a_led_group(node, time_at, lex.names.leader_verbs)
        found = found or _time_of_the_speaking(node, time_at, lex.triggers.words)
        found = found or _day_after_talks(node, time_at, lex.triggers.words, _FOLLOWING)
        if found is not None:
            return _month_of(found) if sequenced else found
        if node.dep_ in ("pobj", "pcomp") and _is_sequence(node.head, lex):
            # the verb's time is the other event's: this one is near it; not a gerund right
            # after it ("announced the pledge on Friday after meeting the emir": that day),
            # nor talks of some hours ("after five hours of talks": that day)
            within = node.lemma_.lower() in lex.triggers.words.within_a_day
            sequenced = sequenced or not (_gerund_leading_up(node, lex) or within)
        if node.dep_ in ("nsubj", "nsubjpass") and _governs_own_infinitive(node.head, lex.triggers):
            for verb in _governed_infinitives(node.head):  # "talks are due to open on Monday"
                found = _time_below(verb, time_at, visited, lex.triggers.words)
                if found is not None:
                    return found
        if node.head.i == node.i or (
            _is_reporting(node, lex.triggers.reporting_verbs) and not _not_saying(node, token)
        ):
            break
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in lex.triggers.reporting_verbs:
            if not _joined_to_the_report(node, visited, lex.triggers.words):
                break
        if node.dep_ == "relcl" and node.head.i in time_at:  # "began in August, when Beijing
            return time_at[node.head.i]  # recalled its envoy": the time the clause tells of
        marked = node.dep_ in ("advcl", "relcl") and any(c.dep_ == "mark" for c in node.children)
        if marked and not _lead_up_to_its_head(node, lex):
            break  # "leaves on Wednesday, weeks after Reagan imposed tariffs": its own time
        if within_which(node, lex.triggers.words.within_meeting, lex.names.place_nouns):
            # "flew home today, ending a visit during which they signed": the visit's own time
            # ("a clash on Sunday in which ..."), not that of the clause it stands in
            return _time_of_the_phrase(node.head, time_at, visited | {node.i}, lex)
        node = node.head
    return None


def _joined_to_the_report(clause: Any, visited: set[int], words: EventWords) -> bool:
    """ "said Thailand would not give up an inch and warned that ...": a verb in the past
    the parser joins to a reported clause of the future (from which the climb came) is the
    speaker's second verb, joined to the verb of saying; it shares its occasion."""
    return any(
        c.dep_ == "conj" and c.i in visited and c.tag_ == "VBD" for c in clause.children
    ) and any(c.dep_ == "aux" and c.lower_ in words.future_modals for c in clause.children)


def _time_of_the_phrase(
    noun: Any, time_at: dict[int, TimeExpression], visited: set[int], lex: Lexicon
) -> TimeExpression | None:
    """The time told in the noun phrase a clause of "during which" describes, up to the verb
    the phrase stands in ("a clash on Sunday near the town of Busia in which ..." is dated by
    Sunday; "flew home today, ending a visit during which ...": not today)."""
    node = noun
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            break
        if node.i in time_at:
            return time_at[node.i]
        for child in node.children:  # its own words, not a clause ("a visit that began on
            if child.i in visited or child.dep_ in _CLAUSE_DEPS:  # Sunday": the start only)
                continue
            if child.i in time_at:
                return _named_inside(child, time_at)
            if child.dep_ == "prep" and (
                found := _time_in_prep(child, time_at, lex.triggers.words)
            ):
                return found
        visited.add(node.i)
        if node.head.i == node.i:
            break
        node = node.head
    return None


def within_which(node: Any, settings: frozenset[str], place_nouns: frozenset[str]) -> bool:
    """A relative clause told as within its noun ("a visit during which ...", "talks at which
    ..."): its time is the noun's span, not the time of the clause the noun stands in; not a
    place's ("the town of Busia in which ...")."""
    if node.dep_ != "relcl" or node.head.pos_ == "PROPN" or node.head.lower_ in place_nouns:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in settings
        and any(g.lower_ == "which" and g.dep_ == "pobj" for g in c.children)
        for c in node.children
    )


def _reduced_passive(verb: Any) -> bool:
    """A past participle that describes its noun ("an accord signed by the two presidents"),
    with no auxiliary of its own: a thing already done, whose time is its own, not that of
    the clause the noun stands in."""
    return (
        verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and _bare_past_participle(verb)
    )


def _bare_past_participle(verb: Any) -> bool:
    """A past participle with no auxiliary of its own ("signed by the two presidents",
    "broken off by London"), not "has signed", "was broken off"."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _not_saying(verb: Any, token: Any) -> bool:
    """A verb that can be one of saying used for an act, through which the climb from the
    trigger goes on: the trigger itself joined to an act or a time ("recalled its envoy and
    demanded that ...") or with an object and no clause ("August, when Beijing recalled its
    envoy"), or the act such a trigger is joined to (not "told a press conference after
    three days of talks": the talks are not the telling's)."""
    children = [c.dep_ for c in verb.children]
    acting = "dobj" in children and "ccomp" not in children
    if verb.i == token.i:
        return acting or verb.dep_ in ("conj", "relcl")
    return acting and token.dep_ == "conj" and token.head.i == verb.i


def _is_reporting(node: Any, reporting: frozenset[str]) -> bool:
    """A verb of saying, not a noun of the same lemma ("handed a note of protest")."""
    return node.pos_ not in ("NOUN", "PROPN") and node.lemma_.lower() in reporting


def _time_of_the_speaking(
    verb: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """ "X, speaking to reporters on Thursday, warned ...", "Speaking in Paris on Monday, X
    accused ...", "In a note handed over on Monday, X accused ...": the occasion a participle
    of speaking or a message sets (``words.speaking``, ``words.messages``) is the time of
    what its subject says there."""
    if verb.pos_ != "VERB":
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    hung = [*verb.children, *(c for s in subjects for c in s.children)]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for message in (g for g in prep.children if g.lemma_.lower() in words.messages):
            found = _first_time_in(message, time_at)
            if found is not None:  # "In a note handed to the envoy on Monday, X accused"
                return found
    for clause in hung:
        if clause.dep_ in ("advcl", "acl") and clause.tag_ == "VBG":
            if clause.lemma_.lower() in words.speaking and not any(
                c.dep_ == "mark" for c in clause.children
            ):
                found = _day_in_phrase(clause, time_at, nominal=False)
                if found is not None:
                    return found
    return None


def _time_of_a_led_group(
    verb: Any, time_at: dict[int, TimeExpression], leaders: frozenset[str]
) -> TimeExpression | None:
    """ "received a trade mission headed by X on Monday": the parser hangs the verb's day on
    the participle that names the group's leader (names.yaml ``leader_verbs``), which tells
    who leads it, not when."""
    if verb.pos_ != "VERB":
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "pobj", "prep")):
        groups = [obj, *(g for g in obj.children if g.dep_ == "pobj")]
        for led in (c for g in groups for c in g.children if c.dep_ == "acl"):
            if led.lemma_.lower() in leaders and led.tag_ == "VBN":
                found = _day_in_phrase(led, time_at, nominal=False)
                if found is not None:
                    return found
    return None


def _saying_time(token: Any, ctx: ArticleContext) -> TimeExpression | None:
    """The day of the report, for an event of the same sentence that has no time of its own:
    "President X held talks with Y, the press service reported on Wednesday" (not later than
    the report; the publication day may be the next)."""
    reporting = ctx.lex.triggers.reporting_verbs
    for verb in token.sent:
        if verb.lemma_.lower() not in reporting or verb.pos_ != "VERB" or verb is token:
            continue
        if not any(t.i == token.i for t in verb.subtree) and not _final_attribution(verb, token):
            continue  # the event is reported by this verb
        for child in verb.children:
            found = ctx.dated_at.get(child.i)
            if child.dep_ == "prep":
                found = next(
                    (ctx.dated_at[g.i] for g in child.children if g.i in ctx.dated_at), None
                )
            if found is not None and found.granularity == "day":
                return found
        after = verb.nbor() if verb.i + 1 < len(verb.doc) else None
        if after is not None and after.dep_ == "prep" and after.head.i != verb.i:
            # "X said on Monday he was suspending relations": the parser may hang the day
            # right after the verb of saying on the clause it reports
            found = next((ctx.dated_at[g.i] for g in after.children if g.i in ctx.dated_at), None)
            if found is not None and found.granularity == "day":
                return found
    return None


def _final_attribution(verb: Any, token: Any) -> bool:
    """ "..., the press service reported on Wednesday.": a verb of saying in a clause after the
    last comma of the sentence attributes all of it, whatever the parse."""
    if verb.i < token.i:
        return False
    commas = [t.i for t in token.doc[token.i : verb.i] if t.text == ","]
    return (
        bool(commas)
        and verb.i - commas[-1] <= 6
        and not any(t.text in (",", ";") for t in token.doc[verb.i : verb.sent.end])
    )


def _gerund_leading_up(node: Any, lex: Lexicon) -> bool:
    """A gerund after "after" hung on a verb told in the past, with no distance of its own
    ("announced on Friday after meeting the emir"; not "a day after meeting")."""
    return node.dep_ == "pcomp" and node.tag_ == "VBG" and _right_before(node, node.head, lex)


def _is_sequence(prep: Any, lex: Lexicon) -> bool:
    """A preposition that places one event before or after another: "after", "following",
    "before", "ahead of", "prior to" (triggers.yaml ``background_prepositions``)."""
    background = lex.triggers.words.background_prepositions
    if prep.lower_ in ("of", "to") and prep.head.lower_ in background:
        return True  # "ahead of talks", "prior to talks"
    return prep.lower_ in background and prep.lower_ != "since"


def _month_of(when: TimeExpression) -> TimeExpression:
    """The month of a day: the date of an event told only as before or after another one is
    implied, not given ("signed on May 6 after talks with X": the talks were in May)."""
    anchor = when.anchor
    if anchor and len(anchor) == 10:
        return replace(when, anchor=anchor[:7], granularity="month")
    if anchor and "/" in anchor and len(anchor) == 21 and anchor[:7] == anchor[11:18]:
        return replace(when, anchor=anchor[:7], granularity="month")
    return when


# prepositions of the occasion an act happens at: its day is the act's ("signed at a
# ceremony on Tuesday", "agreed during talks in Lagos on Monday")
_OCCASION_PREPOSITIONS = frozenset({"at", "during"})
# prepositions whose time, hung on a verb's object, dates the verb ('signed a pact on Monday');
# not "of" ('the accord of May 1985' names a document)
_OBJECT_DAY_PREPOSITIONS = frozenset({"on", "in", "at", "during"})


def _time_below(
    node: Any,
    time_at: dict[int, TimeExpression],
    visited: set[int],
    words: EventWords,
    reporting: frozenset[str] = frozenset(),
) -> TimeExpression | None:
    """A time expression among a node's own modifiers (not inside another clause); not one
    right after a verb of saying before the node, which dates the saying whatever the parse
    ("Kenya said on Tuesday it had signed an accord last week": last week)."""
    if node.i in time_at:
        return time_at[node.i]
    if (before := _time_after_subject(node, time_at)) is not None:
        return before
    for child in node.children:  # "the summit, which is scheduled for October"
        if _dating_clause(child, words):
            for inner in child.subtree:
                if inner.i in time_at:
                    return time_at[inner.i]
    for child in with_auxiliaries_children(node):  # ("had on the same day imposed duties")
        if (found := _day_of_the_object(node, child, time_at, words)) is not None:
            return found
        if (found := _time_before_infinitive(child, time_at, words)) is not None:
            return found
        if child.i in visited or child.dep_ in _CLAUSE_DEPS or child.dep_ in _SUBJECT_DEPS:
            continue
        if _dates_the_saying(child, node, reporting):
            continue
        if child.i in time_at:
            return _named_inside(child, time_at)
        if child.dep_ == "prep" and child.lower_ == "since":
            continue  # "will gather for the first time since February": a bound, not its date
        if child.dep_ == "prep":
            found = _time_in_prep(child, time_at, words)
            if found is not None:
                return found
        if child.dep_ == "advmod" and child.lower_ in words.day_adverbs:  # "later on Tuesday",
            for prep in child.children:  # "early on Monday": the day hangs on the adverb
                found = _time_in_prep(prep, time_at, words) if prep.dep_ == "prep" else None
                if found is not None:
                    return found
    if node.pos_ == "NOUN":  # "negotiations between Chile and Peru opening on July 9", parsed
        found = _day_in_phrase(node, time_at, nominal=True)  # with the date deep in the phrase
        return found if found is not None else _day_told_after_the_phrase(node, time_at, words)
    for child in node.children:  # "will sign the accord when the ministers meet on Monday":
        if child.dep_ == "advcl" and opened_by(child, words.simultaneous):  # the time of a
            # clause of "when" is the act's
            found = _time_below(child, time_at, visited, words)
            if found is not None:
                return found
    return None


def _day_told_after_the_phrase(
    noun: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """The time of a clause about the event that the parser hangs on the last noun of its
    phrase: "a state visit to Qatar, which is expected to take place in the autumn", "Kohl's
    visit to Poland, which officials said would begin on November 9", "the next session of the
    commission, to be held in Cairo in the spring" (a relative clause whose pronoun is the
    subject, or a clause with no subject, of a verb of scheduling or happening)."""
    for token in _phrase_tokens(noun):
        if token.dep_ != "pobj" or token.i < noun.i or not nominal_path(token, noun):
            continue
        for clause in (c for c in token.children if c.dep_ in ("relcl", "acl")):
            told = _predicates_of_the_relative(clause)
            if any(c.dep_ == "neg" for p in told for c in p.children):
                continue  # "the council, which had not convened since 2016"
            if any(p.lemma_.lower() in words.endings for p in told):
                continue  # "the visit, which ends on Wednesday": its last day
            if told and any(_schedules_or_happens(p, words) for p in told):
                found = next(
                    (t for p in told if (t := _time_of_a_predicate(p, time_at, words))), None
                )
                if found is not None:
                    return found
    return None


def _predicates_of_the_relative(clause: Any) -> list[Any]:
    """A relative clause's verbs from the one whose subject is the relative pronoun down its
    complements ("which is due to be held": is, due, held; "which officials said would
    begin": begin, not the saying); all of a participle's or infinitive's without a subject
    ("the commission, to be held in Cairo in the spring")."""
    chain, index = [clause], 0
    while index < len(chain):
        chain += [c for c in chain[index].children if c.dep_ in ("xcomp", "ccomp", "acomp")]
        index += 1
    if clause.dep_ == "acl":
        return [] if any(c.dep_ in _SUBJECT_DEPS for c in clause.children) else chain
    relative = ("which", "that")
    first = next(
        (
            i
            for i, p in enumerate(chain)
            if any(c.dep_ in _SUBJECT_DEPS and c.lower_ in relative for c in p.children)
        ),
        None,
    )
    return [] if first is None else chain[first:]


def _schedules_or_happens(verb: Any, words: EventWords) -> bool:
    lemma = verb.lemma_.lower()
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    return (
        lemma in words.scheduling
        or lemma in words.occurring
        or any(f"{lemma}_{o}" in words.occurring for o in objects)
    )


def _time_of_a_predicate(
    verb: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """A time in a prepositional phrase or adverb of the verb itself."""
    for child in verb.children:
        if child.i in time_at:
            return time_at[child.i]
        if child.dep_ == "prep" and child.lower_ != "since":  # a bound, not its date
            found = _time_in_prep(child, time_at, words)
            if found is not None:
                return found
    return None


def _named_inside(node: Any, time_at: dict[int, TimeExpression]) -> TimeExpression:
    """The time at a node, or another its phrase names within it: "later in the day on
    Thursday" is Thursday."""
    outer = time_at[node.i]
    inside = (
        time_at[t.i]
        for t in node.subtree
        if t.i in time_at
        and t.head.dep_ == "prep"  # its own phrase on a word of the outer expression
        and outer.start <= t.head.head.idx < outer.end
    )
    return next((t for t in inside if t.start >= outer.end and t.anchor), outer)


def _time_before_infinitive(
    child: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """A time the model hangs on an infinitive complement though it stands before the
    infinitive's "to": the time of the verb that governs it ("urged his counterpart on Monday
    to press Hanoi", "asked Bonn last week to delay the vote")."""
    if child.dep_ != "xcomp":
        return None
    to = next((c for c in child.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None:
        return None
    for before in child.children:
        if before.i >= to.i:
            break
        if before.i in time_at and before.dep_ == "npadvmod":
            return time_at[before.i]
        if before.dep_ == "prep" and (found := _time_in_prep(before, time_at, words)):
            return found
    return None


def _day_of_the_object(
    verb: Any, child: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """ "concluded an accord on Monday", "reached an accord on fishing on Monday", "agreed to
    a truce on Friday", "rejected the charges in a statement issued on Monday": the model may
    hang the verb's day on its object ("signed an accord, a treaty and a pact on Monday": also
    on a second document it hangs on the verb)."""
    objects = ("dobj", "npadvmod")
    if verb.pos_ != "VERB" or not (child.dep_ in objects or _agreed_object(verb, child, words)):
        return None
    for phrase in [child] if child.dep_ in objects else list(child.children):
        found = _day_in_phrase(phrase, time_at, nominal=False) or _day_after_talks(
            phrase, time_at, words, _FOLLOWING_PARTICIPLE
        )
        found = found or next(
            (
                t
                for p in phrase.children
                if p.dep_ == "prep"
                for g in p.children
                if (t := _time_of_the_means(p, g, time_at, words)) is not None
            ),
            None,
        )
        if found is not None:
            return found
    return None


def _day_of_talks(
    noun: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """The day talks an act follows are dated by in their own phrase ("following talks on May
    6", ``words.followed_talks``), else None."""
    if noun.lemma_.lower() not in words.followed_talks:
        return None
    return _day_in_phrase(noun, time_at, nominal=True)


# how the words of "following talks" hang on a node: a preposition and its object ("Following
# talks on May 6, the ministers signed"), or the participle the model may read on the verb's
# object and its object ("signed an accord | following talks on May 6")
_FOLLOWING = ("prep", "pobj")
_FOLLOWING_PARTICIPLE = ("acl", "dobj")


def _day_after_talks(
    node: Any, time_at: dict[int, TimeExpression], words: EventWords, link: tuple[str, str]
) -> TimeExpression | None:
    """An act with no time of its own that follows dated talks takes their day (``words.
    after_meeting``); ``link``: the dependencies of the word of following and of the talks."""
    following, talks = link
    for word in node.children:
        if word.dep_ == following and word.lower_ in words.after_meeting:
            for noun in word.children:
                if noun.dep_ == talks and (found := _day_of_talks(noun, time_at, words)):
                    return found
    return None


def _time_after_subject(verb: Any, time_at: dict[int, TimeExpression]) -> TimeExpression | None:
    """A day between a verb and its subject, which the model may hang on the subject ("ROME -
    Libya on Friday expelled ...": "on Friday" under "Libya"): the verb's day; not one of a
    clause inside the subject ("the accord signed last year expired")."""
    if verb.pos_ != "VERB" or verb.i == 0:
        return None
    last = verb.doc[verb.i - 1]
    when = time_at.get(last.i)
    if when is None or when.type not in ("DATE", "TIME") or last.head.i == verb.i:
        return None
    node = last
    while node.head.i != node.i and node.head.i != verb.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return None
    return when if node.head.i == verb.i and node.dep_ in _SUBJECT_DEPS else None


def _before_another(
    verb: Any, time_at: dict[int, TimeExpression], words: EventWords, month: bool = True
) -> TimeExpression | None:
    """The month of the day of a clause of "before"/"after" on a planned act ("will sign the
    accord before the president leaves on Saturday"; triggers.yaml
    ``background_prepositions``): near that day, the act's month is implied, not its day.
    Without ``month`` the day itself, for an act told as done ("Before leaving on Sunday, he
    telephoned X")."""
    sequence = words.background_prepositions - {"since"}
    for child in verb.children:
        clauses = []
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in sequence for c in child.children
        ):
            clauses.append(child)
        elif not month and child.dep_ == "prep" and child.lower_ in sequence:
            # "Before flying to Bonn on Saturday, ...": a gerund after the preposition
            clauses += [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
        for clause in clauses:
            if _of_a_gerund_before(clause):
                continue
            found = _time_below(clause, time_at, set(), words)
            if found is not None:
                return _month_of(found) if month else found
    return None


def _agreed_object(verb: Any, prep: Any, words: EventWords) -> bool:
    """What a verb of agreeing takes through its prepositions (words.agreed_prepositions:
    "agreed to a ceasefire")."""
    return bool(
        prep.dep_ == "prep"
        and prep.lower_ in words.agreed_prepositions
        and verb.lemma_.lower() in words.agreeing
    )


# a span of whole years ("2024/2026"): after "for", the term of what is agreed, not a day
_YEARS = re.compile(r"\d{4}/\d{4}")


def _day_after_the_preposition(
    prep: Any, time_at: dict[int, TimeExpression]
) -> TimeExpression | None:
    """The day right after a preposition the model hung elsewhere: on the name after a bare
    "on" ("on Thursday Vargas would meet", "on" left without its object), or taken into the
    noun phrase after it ("rejected on Tuesday Poland's demand")."""
    nxt = prep.i + 1
    if not list(prep.children) and nxt in time_at:
        return time_at[nxt]
    if (
        prep.lower_ == "on"
        and nxt in time_at
        and prep.doc[nxt].dep_ in ("compound", "nmod")
        and time_at[nxt].granularity == "day"
    ):
        return time_at[nxt]
    return None


def _day_on_what_it_is_for(
    prep: Any, grand: Any, time_at: dict[int, TimeExpression]
) -> TimeExpression | None:
    """The day the parser hangs on the noun after "for": the length ("talked for two hours
    on Monday", any preposition) or the purpose ("recalled its ambassador for consultations
    on Wednesday", a day after "on")."""
    if prep.lower_ != "for" or grand.pos_ != "NOUN":
        return None
    if any(c.dep_ == "nummod" for c in grand.children):
        days = [g for p in grand.children if p.dep_ == "prep" for g in p.children]
        found = next((time_at[g.i] for g in days if g.i in time_at), None)
        if found is not None:
            return found
    days = [
        g for p in grand.children if p.dep_ == "prep" and p.lower_ == "on"
        for g in p.children if g.i in time_at
    ]  # fmt: skip
    if days and time_at[days[0].i].granularity == "day":
        return time_at[days[0].i]
    return None


def _day_of_what_is_prevented(
    prep: Any, gerund: Any, time_at: dict[int, TimeExpression]
) -> TimeExpression | None:
    """ "barred the envoy from entering its territory on Wednesday": the parser hangs the day
    on the gerund of what is prevented; it is the day of the barring."""
    if prep.lower_ != "from" or gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
        return None
    for child in gerund.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            days = [g for g in child.children if g.i in time_at]
            if days and time_at[days[0].i].granularity == "day":
                return time_at[days[0].i]
    return None


def _time_in_prep(
    prep: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """The time of a prepositional phrase on the node: its object, the day the model hung on
    the name after a bare "on", the day of the occasion the act happens at (also through a
    frame noun, ``words.frames``: "met on the sidelines of the summit in Budapest on
    Wednesday"), or the time a part of it names ("in the first half of next month": next
    month; ``words.time_parts``)."""
    if (found := _day_after_the_preposition(prep, time_at)) is not None:
        return found
    for grand in prep.children:
        if grand.i in time_at:
            if prep.lower_ == "for" and _YEARS.fullmatch(time_at[grand.i].anchor or ""):
                continue  # "signed a programme of cooperation for 2024-2026": its term
            return _named_inside(grand, time_at)
        if grand.lemma_.lower() in words.time_parts:
            found = _time_of_whole(grand, time_at)
            if found is not None:
                return found
        if grand.lower_ in words.frames:
            found = _time_of_framed(grand, time_at)
            if found is not None:
                return found
        if (found := _day_on_what_it_is_for(prep, grand, time_at)) is not None:
            return found
        if (found := _day_of_what_is_prevented(prep, grand, time_at)) is not None:
            return found
        if (found := _time_of_the_means(prep, grand, time_at, words)) is not None:
            return found
        if prep.lower_ in _OCCASION_PREPOSITIONS and grand.pos_ == "NOUN":
            owner = [g.i for g in grand.children if g.dep_ == "poss" and g.i in time_at]
            found = _day_in_phrase(grand, time_at, nominal=True) or (
                time_at[owner[0]] if owner else None  # "at Wednesday's meeting"
            )
            if found is not None:  # "agreed at talks in London on Monday": the
                return found  # occasion's day is the act's
        for great in grand.children:  # "arrived in Dushanbe May 19" (May as appos);
            # not a year that names a thing ("talks on 1987/88 farm prices")
            if (
                great.dep_ in ("appos", "npadvmod", "nummod")
                and great.i in time_at
                and (grand.pos_ == "PROPN" or great.dep_ != "nummod")
            ):
                return time_at[great.i]
    return None


def _time_of_the_means(
    prep: Any, noun: Any, time_at: dict[int, TimeExpression], words: EventWords
) -> TimeExpression | None:
    """ "rejected the charges in a statement carried by the agency on Wednesday": the day of
    the participle that dates the noun an act is done "in"."""
    if prep.lower_ != "in" or noun.pos_ != "NOUN":
        return None
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            found = _time_below(clause, time_at, set(), words)
            if found is not None:
                return found
    return None


def _time_of_framed(frame: Any, time_at: dict[int, TimeExpression]) -> TimeExpression | None:
    """The day of the gathering after "of" on a frame noun ("the sidelines of | the summit
    in Budapest on Wednesday"): an act on its sidelines happens during it."""
    for prep in frame.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for gathering in prep.children:
                found = _day_in_phrase(gathering, time_at, nominal=True)
                if found is not None:
                    return found
    return None


def gathering_told(token: Any, anchor: Any, words: EventWords) -> Any | None:
    """The earlier mention of the gathering an act happens on the sidelines of ("On the
    sidelines of the summit, X met Y" after "attended the summit in Melbourne earlier this
    week") or at the end of ("At the end of the session, the parties signed" after "the
    session was held in New Delhi on Monday"): a frame noun (``words.frames``,
    ``words.meeting_ends``), "of" and a definite noun, whose last mention in the sentences
    before is the gathering told; None when there is none."""
    parts = words.frames | words.meeting_ends
    for node in dict.fromkeys((anchor, token)):
        for prep in node.children:
            frames = [f for f in prep.children if f.dep_ == "pobj" and f.lower_ in parts]
            for frame in frames if prep.dep_ == "prep" else []:
                for gathering in (
                    g
                    for of in frame.children
                    if of.dep_ == "prep" and of.lower_ == "of"
                    for g in of.children
                    if g.dep_ == "pobj"
                    and any(
                        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in g.children
                    )
                ):
                    return _earlier_mention(gathering)
    return None


def _earlier_mention(noun: Any) -> Any | None:
    """The last noun of the same lemma in the sentences before ``noun``'s own."""
    lemma = noun.lemma_.lower()
    for t in reversed(noun.doc[: noun.sent.start]):
        if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN"):
            return t
    return None


def _time_of_whole(part: Any, time_at: dict[int, TimeExpression]) -> TimeExpression | None:
    """The time after "of" on a noun that names a part of one: "the end of | this week"."""
    for prep in part.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for whole in prep.children:
                if whole.i in time_at:
                    return time_at[whole.i]
    return None


def _dating_clause(child: Any, words: EventWords) -> bool:
    """A clause that dates the node it hangs on: a scheduling clause ("the summit, which is
    scheduled for October", "negotiations opening on July 9") or a participle of starting
    with no subject of its own on the event's verb ("will make a visit starting on Monday"),
    unless another event is named before it as background ("to meet before the meeting
    starting on April 9": that meeting starts then)."""
    lemma = child.lemma_.lower()
    if child.dep_ in ("relcl", "acl"):
        return lemma in words.scheduling or child.lower_ in words.scheduling
    between = child.doc[min(child.i, child.head.i) : max(child.i, child.head.i)]
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and lemma in words.starting
        and not any(c.dep_ in _SUBJECT_DEPS for c in child.children)
        and not any(t.lower_ in words.background_prepositions for t in between)
    )


def _day_in_phrase(
    head: Any, time_at: dict[int, TimeExpression], nominal: bool
) -> TimeExpression | None:
    """The time after on/in/at/during anywhere in a noun's own phrase; with ``nominal``, only
    after the noun and through nouns and prepositions alone (not "first journey since taking
    office in May 2017", another act's)."""
    for prep in _phrase_tokens(head):
        if prep.dep_ != "prep" or prep.lower_ not in _OBJECT_DAY_PREPOSITIONS:
            continue
        if nominal and (prep.i < head.i or not nominal_path(prep, head)):
            continue
        found = next((time_at[g.i] for g in prep.children if g.i in time_at), None)
        if found is not None:
            return found
    return None


def _phrase_tokens(head: Any) -> list[Any]:
    """A noun phrase's tokens without the clauses inside it (which have their own times)."""
    skip: set[int] = set()
    for token in head.subtree:
        if token.i != head.i and token.dep_ in _CLAUSE_DEPS:
            skip.update(t.i for t in token.subtree)
    return [t for t in head.subtree if t.i not in skip]


def _dates_the_saying(child: Any, node: Any, reporting: frozenset[str]) -> bool:
    """A modifier that directly follows a verb of saying which comes before ``node``."""
    if child.i == 0 or child.i > node.i:
        return False
    before = child.doc[child.i - 1]
    return bool(before.lemma_.lower() in reporting and before.i < child.i < node.i)


def _in_progress(token: Any, anchor: Any) -> bool:
    """An event told as under way: a present progressive ("is visiting", "are holding
    talks") or a travel noun describing somebody ("X, on a state visit to Japan, said")."""
    if anchor.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" and c.tag_ in ("VBZ", "VBP")
        for c in anchor.children
    ):
        return True
    if _present_stay(token, anchor):
        return True  # "Kuranari is in Washington for talks"
    holder = on_a_trip_of(token)  # a name, not "the departure on a tour of Asia"
    if holder is not None:
        return holder.pos_ == "PROPN" or (
            holder.tag_ in ("VBZ", "VBP") and holder.pos_ in ("VERB", "AUX")
        )
    return False


def _event_date(
    when: TimeExpression | None, status: str, published_on: date | None
) -> tuple[str | None, str]:
    if when is not None and when.anchor:
        return when.anchor, f"time expression '{when.text}'"
    if when is not None and status == "planned":
        return None, f"'{when.text}' names no date"
    if status == "planned":
        return None, "planned, no date given"
    if published_on is None:
        return None, "no date in the text and no publication date"
    return published_on.isoformat(), "publication date"
