"""Events from trigger words over the dependency parse: type, mode, status, who, when, where.

One frame at a time, in steps a reader can follow:
1. ``frames.py`` finds the frames of a sentence: a trigger word (``data/triggers.yaml``), verbal
   ("met", "signed") or nominal ("talks", "the visit of X", "a Philippine request"), with the
   anchor whose subject takes part, and drops what reports no event (background, denied,
   topical, commercial);
2. ``_participants`` here reads who takes part from the subject and complements (helpers in
   ``participants.py``), one event per participant group (``_sides_of``);
3. ``timing.py`` gives the status, modality and date;
4. ``places.py`` the place, and one visit per country of a tour;
5. ``_event`` here assembles the event, its agreement names (one per document signed);
6. ``storyline.py`` lets talks and signings share the date and place of the article's current
   visit, and ``merging.py`` joins repeats within the article.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from diplograph.extract.attendance import join_present
from diplograph.extract.context import ArticleContext
from diplograph.extract.demands import (
    is_demanded,
    is_sought,
    mandated_parties,
    reported_demands,
)
from diplograph.extract.emulation import followed_acts
from diplograph.extract.frames import (
    Frame,
    Sides,
    _as_threat,
    _by_means,
    _has_own_date,
    _has_own_parties,
    _is_denied,
    _is_eventive,
    _measure_of,
    _trailing_preps,
    agentless_passive,
    condition_clauses,
    is_summons,
    nominal_path,
    sentence_frames,
)
from diplograph.extract.implicit import (
    _answers_what_was_told,
    _guests,
    _implied_subjects,
    _in_company_of,
    _summoned,
    _the_group_of_a_pair,
)
from diplograph.extract.lexicon import EventWords, Lexicon, Trigger
from diplograph.extract.mentions import Actor, ArticleActors
from diplograph.extract.merging import VISIT_PROGRAMME, merge_events
from diplograph.extract.nonparties import (
    _object_relative,
    _of_unnamed_states,
    _owned_by_a_thing,
    _unnamed_stops,
    _unnamed_subject,
    _visits_a_pronoun,
    _with_coordinated_states,
    before_its_number,
    carried_thing,
    clause_subject_nouns,
    names_private_parties,
    private_party,
    wire_marked,
)
from diplograph.extract.parsing import marked_by_to
from diplograph.extract.participants import (
    _ADDRESSED,
    _DYADIC,
    _LEADER_ROLES,
    _MEASURED_PREPS,
    _PAIRED,
    RELATIVE_PRONOUNS,
    _actors_of,
    _agent_actors,
    _as_states,
    _countries,
    _dative_recipients,
    _direct_objects,
    _governing_subject,
    _is_generic,
    _is_infinitive,
    _is_origin,
    _located_subjects,
    _nonstate_counterpart,
    _object_actors,
    _object_complements,
    _object_matches,
    _own_countries,
    _own_tokens,
    _pair_leaders,
    _participant_groups,
    _places_in,
    _prep_objects,
    _reporting_state,
    _speaker,
    _speakers_of_they,
    _subject_actors,
    _targets_located,
    _targets_of_an_amount,
    _with_named_people,
    actors_after,
    acts_for_a_state,
    as_state,
    clause_subjects,
    for_clause_subjects,
    is_counted,
    message_addressees,
    own_side,
    small_clause_object,
    sought_with,
    told_to_come,
)
from diplograph.extract.places import (
    _host_last,
    _legs,
    _place,
    _place_args,
    _returns_home,
    arrives_here,
    place_named,
    where_relative,
)
from diplograph.extract.possibility import is_hypothetical, is_threatened
from diplograph.extract.storyline import (
    _during_main_visit,
    _hosts_of_visits,
    _is_bare,
    _without_legs_of_visits,
)
from diplograph.extract.timing import (
    _WEEKDAY,
    OF_THE_REPORT,
    When,
    _attached_time,
    _is_headline,
    _is_planned,
    _modality,
    _status_and_date,
    _time_below,
    _time_of_the_speaking,
)
from diplograph.extract.ultimatums import (
    HOSTILE_ACTS,
    OWN_PRONOUNS,
    answered_act,
    bears_what_follows,
    hostile_act,
    reported_threats,
)
from diplograph.models import Event, Evidence, TimeExpression

_TARGETED_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
# types whose acts a country's people make as well as its state: "French farmers demonstrated
# outside the U.S. embassy" is France's protest
_CIVIL_TYPES = frozenset({"PROTEST"})
_AGAINST = frozenset({"SANCTION", "THREATEN", "ASSAULT", "COERCE", "ACCUSE", "REJECT"})
_SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT"})
# acts addressed to a government, whose capital after "to" / "on" is the state, not a place:
# "appealed to Washington", "warned Moscow", "protested to London"
_ADDRESSED_ACTS = _SPEECH_ACTS | {"THREATEN", "PROTEST"}
_COMPLEMENT_DEPS = frozenset(
    {"dobj", "ccomp", "xcomp", "prep", "agent", "dative", "nsubjpass", "advcl", "attr"}
)
_AID = frozenset({"AID"})
_GIVEN_TYPES = frozenset({"AID", "CONCEDE"})  # a thing given to a recipient
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
_SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})  # done together: no side acted on


def find_events(ctx: ArticleContext) -> list[Event]:
    """All events of a parsed article, merged where one sentence or paragraph repeats another."""
    events: list[Event] = []
    bare: list[bool] = []
    lead = _lead_start(ctx)
    story_days: dict[tuple[int, str], str | None] = {}
    lead_sent, lead_day = None, ""  # the lead's sentence, once reached, and its verb's day
    for sent in ctx.doc.sents:
        if sent.start == lead:
            lead_sent, lead_day = sent, _day_of_the_lead_verb(sent, ctx)
        for readings in sentence_frames(sent, ctx.lex, ctx.actors, ctx.lone_sentence, ctx.dated_at):
            found, built = _first_built(readings, ctx)  # the first reading that fits
            if not built:  # "The agreement, signed March 11, provides ...": told before
                _date_what_was_told(found, ctx, events)
                _who_did_what_was_told(found, ctx, events)
            if built and _refers_back(found, ctx, events):
                # "the weekend meeting", "the talks": told before; kept only where it agrees
                # with an event already told (and merges into it), never as a new pair
                built = [_as_told(e, events) for e in built]
                built = [e for e in built if _told_before(e, events)]
            built = [_also_that_day(found, e, ctx, events) for e in built]
            # the day its speaker spoke before the day of the story's act told before it
            built = [_said_that_day(found, e, ctx) for e in built]
            built = [_on_the_day_told(found, e, ctx, events) for e in built]
            story_days.update(
                _story_day_of(found, e, ctx, events, (lead_sent, lead_day)) for e in built
            )
            built = [_said_at_the_meeting(found, e, ctx, events) for e in built]
            events.extend(built)
            bare += [_is_bare(found, event) for event in built]
        _dated_by_a_summary(sent, ctx, events, lead)  # "... The decision was taken on Monday"
        join_present(events, sent, ctx)  # "Yeutter told reporters after the meeting"
        demands = reported_demands(sent, ctx)  # "U.S. officials said Japan must open ..."
        demands += reported_threats(sent, ctx)  # "said Greece would stop the ship if ..."
        demands += followed_acts(sent, ctx, events)  # "Canada and Brazil followed suit"
        events.extend(demands)
        bare += [False] * len(demands)
    kept = _without_headline_repeats(events, ctx)
    events, bare = [events[i] for i in kept], [bare[i] for i in kept]
    merged = merge_events(events, bare, ctx.lex.triggers.words.same_documents)
    merged = _without_legs_of_visits(merged, ctx.published_on)
    merged = _hosts_of_visits(
        _during_main_visit(merged, ctx.published_on, ctx.lex.knowledge.place_within)
    )
    return [_on_the_story_day(event, story_days, ctx.published_on) for event in merged]


def _also_that_day(found: Frame, event: Event, ctx: ArticleContext, told: list[Event]) -> Event:
    """ "X met the Iranian ambassador on Tuesday. He also called on Azerbaijan to ...": an act
    told with "also" (triggers.yaml ``words.additive_adverbs``) and no time of its own, right
    after a dated act of the same party, was done on that occasion, not on the day of
    publication."""
    if ctx.lone_sentence or event.date_reason != "publication date" or not told:
        return event
    additive = ctx.lex.triggers.words.additive_adverbs
    if not any(c.dep_ == "advmod" and c.lower_ in additive for c in found.anchor.children):
        return event
    sent = found.token.sent
    before = ctx.doc[sent.start - 1].sent if sent.start > 0 else None
    last = told[-1]
    if before is None or not (before.start_char <= last.evidence.start < sent.start_char):
        return event
    if not last.date_reason.startswith("time expression") or len(last.date or "") != 10:
        return event
    shared = set(event.people) & set(last.people) or event.countries[:1] == last.countries[:1]
    if not shared or (last.status != "occurred" and event.status == "occurred"):
        return event
    return replace(event, date=last.date, date_reason="the dated act it is told with ('also')")


# days before publication within which the day of an act told before is the day of the acts
# of the same pair told after it with no time of their own, within so many sentences
_STORY_DAYS = 7
_STORY_SENTENCES = 3
_TOLD = "the day of the act told before it"
_STORY_DAY = "the day of the act its lead tells"
_AT_THE_MEETING = "the day of the meeting it was done at"


def _reported_by(verb: Any, reporting: frozenset[str]) -> bool:
    """Whether the clause is what a verb of saying reports ("radio said Iran rejected ...")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in reporting


def _past_perfect(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)


def _sentences_between(ctx: ArticleContext, first: int, last: int) -> int:
    """How many sentence starts lie between two character offsets."""
    starts = ctx.sentence_char_starts
    return bisect_right(starts, last) - bisect_right(starts, first)


def _on_the_day_told(found: Frame, event: Event, ctx: ArticleContext, told: list[Event]) -> Event:
    """ "Kyrgyzstan on Friday handed a note of protest to Tajikistan ... Bishkek accused
    Dushanbe of violating the ceasefire": an act of the same two states told in the few
    sentences after one the story dates, with no time of its own, happened on that day, not
    on the day of publication; not a meeting or a visit (often the background of the story),
    nor an act told in the past perfect ("Abe had asked Reagan"), which came before."""
    if event.type == "CONSULT" or not _undated_act(found, event, ctx):
        return event
    if _reported_by(found.anchor, ctx.lex.triggers.reporting_verbs):
        return event  # "Tehran radio said Iran rejected the charges": the day it is told
    pair = set(event.countries)
    here = event.evidence.start
    days: list[str] = []  # the latest day of the pair's acts just told: what the story is at
    for earlier in reversed(told):
        if earlier.status != "occurred" or set(earlier.countries) != pair:
            continue
        if _sentences_between(ctx, earlier.evidence.start, here) > _STORY_SENTENCES:
            break
        # (a day of its own, or one it took from the act told before it: "the heads of state
        # discussed trade" after "met on Wednesday" was that Wednesday too)
        if earlier.date_reason == "publication date" or len(earlier.date or "") != 10:
            break  # the nearest act of the pair has no day of its own: no day to take
        days.append(earlier.date or "")
    if not days or not 0 < _days_before_publication(ctx, max(days)) <= _STORY_DAYS:
        return event
    return replace(event, date=max(days), date_reason=_TOLD)


def _story_day_of(
    found: Frame, event: Event, ctx: ArticleContext, told: list[Event], lead_told: tuple[Any, str]
) -> tuple[tuple[int, str], str | None]:
    """A story whose lead dates its act before the day of publication ("Honduran jets bombed
    ... on Thursday" in a Friday paper, "Erdogan arrived in Cairo on Wednesday" in a Thursday
    one): an act it tells with no time of its own (nor in the past perfect) happened that
    day, the story's day (the lead's latest). The act's key and that day (None where the
    lead dates nothing before publication or the act has a time of its own; ``lead_told``:
    the lead's sentence, None before it, and the day of its verb, ``_day_of_the_lead_verb``)."""
    key = (event.evidence.start, event.type)
    lead, lead_day = lead_told
    if lead is None or not _undated_act(found, event, ctx):
        return key, None
    anchor = found.anchor
    if _reported_by(anchor, ctx.lex.triggers.reporting_verbs) and anchor.head.i < anchor.i:
        return key, None  # "Colombian radio said Bogota rejected the note": the day told (not
        # an attribution after the act: "X received Y, the royal cabinet said")
    days = [  # the days of the lead's acts told with a day of their own
        earlier.date or ""
        for earlier in told
        if lead.start_char <= earlier.evidence.start < lead.end_char
        and earlier.status == "occurred"
        and earlier.mode != "visit"  # (the day one arrived is no day of what he did there)
        and earlier.date_reason.startswith("time expression")
        and len(earlier.date or "") == 10
    ]
    # the latest: the news, not what it came after ("sank two boats on Tuesday ... since
    # Libya fired missiles on Monday")
    day = max(days, default="") or lead_day
    return key, day if day and 0 < _days_before_publication(ctx, day) <= _STORY_DAYS else None


def _day_of_the_lead_verb(lead: Any, ctx: ArticleContext) -> str:
    """The day of a lead that tells its news in a verb in the past that is no act of ours
    ("China and the Solomon Islands established diplomatic relations on Saturday"), not one
    of saying; "" where it has none."""
    root = lead.root
    if root.tag_ != "VBD" or root.lemma_.lower() in ctx.lex.triggers.reporting_verbs:
        return ""
    words = ctx.lex.triggers.words
    when = _time_below(root, ctx.dated_at, set(), words, ctx.lex.triggers.reporting_verbs)
    return when.anchor if when is not None and when.anchor and len(when.anchor) == 10 else ""


def _on_the_story_day(
    event: Event, story_days: dict[tuple[int, str], str | None], published_on: date | None
) -> Event:
    """The act dated by the story's day (``_story_day_of``) where, after merging, it still
    has only the day of publication (not the span its length takes back from it: "after
    three days of talks")."""
    day = story_days.get((event.evidence.start, event.type))
    if day is None or event.date_reason != "publication date" or published_on is None:
        return event
    if event.date != published_on.isoformat():
        return event
    return replace(event, date=day, date_reason=_STORY_DAY)


def _undated_act(found: Frame, event: Event, ctx: ArticleContext) -> bool:
    """An act that happened, told in an article with no time of its own (it fell back on the
    day of publication) and not in the past perfect ("had asked"), which came before: one
    whose day the sentences around it may tell."""
    return (
        not ctx.lone_sentence
        and event.date_reason == "publication date"
        and ctx.published_on is not None
        and event.status == "occurred"
        and not _past_perfect(found.anchor)
    )


def _days_before_publication(ctx: ArticleContext, day: str) -> int:
    """How many days a day (YYYY-MM-DD) lies before the article's publication (-1 when the
    article has no date)."""
    if ctx.published_on is None:
        return -1
    return (ctx.published_on - date.fromisoformat(day)).days


def _said_that_day(found: Frame, event: Event, ctx: ArticleContext) -> Event:
    """ "X told reporters on Wednesday ... He warned that Baku would ...": an act of one who
    spoke, in the sentence before, on a day of his own (a verb of ``reporting_verbs`` with its
    time), told with no time of its own, was said that day, not on the day of publication; so
    is one whose subject is a pronoun in the speaker's paragraph ("Singapore's Ministry of
    Home Affairs said on Saturday that ... It asked Washington to recall him")."""
    pronoun = _pronoun_subject(found.anchor)
    if not (event.people or pronoun) or not _undated_act(found, event, ctx):
        return event
    sent = found.token.sent
    if sent.start == 0:
        return event
    before = ctx.doc[sent.start - 1].sent
    between = ctx.text[before.start_char : sent.start_char]
    pronoun = pronoun and "\n" not in between[len(between.rstrip()) :]  # (in its paragraph)
    reporting = ctx.lex.triggers.reporting_verbs
    for verb in before:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in reporting:
            continue
        actors = [a for s in verb.children if s.dep_ == "nsubj" for a in _actors_of(s, ctx.actors)]
        speakers = {a.code for a in actors if a.kind == "person" and a.code}
        if not (speakers & set(event.people) or (pronoun and actors)):
            continue
        when = _attached_time(verb, verb, ctx.dated_at, ctx.lex)  # (only for the speaker's verb)
        if when is None or len(when.anchor or "") != 10:
            continue
        if 0 <= _days_before_publication(ctx, when.anchor or "") <= _STORY_DAYS:
            return replace(
                event, date=when.anchor, date_reason=f"the day '{when.text}' it was said"
            )
    return event


def _pronoun_subject(verb: Any) -> bool:
    """Whether the verb's subject is a pronoun of a person or a body ("he", "it", "they")."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "it", "they") for c in verb.children)


def _said_at_the_meeting(
    found: Frame, event: Event, ctx: ArticleContext, told: list[Event]
) -> Event:
    """ "On February 8, Aliyev had a phone conversation with Lukashenko ... Aliyev accused
    Yerevan of ...": an act of one who took part in a meeting or call (not a visit, which
    lasts days) dated by its own time in the few sentences before, told with no time of its
    own, was done there, on its day."""
    if event.type == "CONSULT" or not event.people or not _undated_act(found, event, ctx):
        return event
    for earlier in reversed(told):
        if _sentences_between(ctx, earlier.evidence.start, event.evidence.start) > _STORY_SENTENCES:
            break
        if earlier.type != "CONSULT" or earlier.mode == "visit" or earlier.status != "occurred":
            continue
        dated = earlier.date_reason.startswith("time expression") and len(earlier.date or "") == 10
        if not dated or not set(earlier.people) & set(event.people):
            continue
        if 0 <= _days_before_publication(ctx, earlier.date or "") <= _STORY_DAYS:
            return replace(event, date=earlier.date, date_reason=_AT_THE_MEETING)
    return event


def _dated_by_a_summary(
    sent: Any, ctx: ArticleContext, told: list[Event], lead: int | None
) -> None:
    """A lead that tells an act without its day ("Eritrea has broken off relations with
    Sudan") and a sentence after it that names the act by a noun of summary with a day ("The
    decision was taken on Monday", "The move, which took effect on Monday", "Announcing the
    move on Tuesday"; triggers.yaml ``words.summaries``): the acts of the sentence before,
    dated only by publication or by the report, took place that day (``lead``: the token
    where the story's lead begins, ``_lead_start``)."""
    if ctx.lone_sentence or sent.start == 0 or ctx.published_on is None:
        return
    before = ctx.doc[sent.start - 1].sent
    nouns = [
        t
        for t in sent
        if t.lemma_.lower() in ctx.lex.triggers.words.summaries
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
    ]
    told_of = [(n, a) for n in nouns for a in (*(c for c in n.children if c.dep_ == "acl"), n)]
    when = next(  # ("The measures, announced on Tuesday, ...": the day of its participle)
        (w for n, a in told_of if (w := _attached_time(n, a, ctx.dated_at, ctx.lex)) is not None),
        None,
    )
    speakers: set[str] | None = None  # (any party)
    if when is None and before.start == lead:
        when, speakers = _day_of_the_report_after_the_lead(sent, ctx)
    if when is None or not when.anchor or len(when.anchor) != 10:
        return
    if when.anchor > ctx.published_on.isoformat():
        return  # "the decision will take effect on Monday": the act's, to come
    for k, event in enumerate(told):
        if not before.start_char <= event.evidence.start < before.end_char:
            continue
        if speakers is not None and not speakers & set(event.countries):
            continue
        if _dated_by_its_telling(event):  # ("..., the ministry said on Wednesday")
            told[k] = replace(event, date=when.anchor, date_reason=f"the day of '{when.text}'")


def _lead_start(ctx: ArticleContext) -> int | None:
    """The token where the story's lead begins: its first sentence after its headline (or
    its first, without one); None for a story of a headline alone."""
    sents = iter(ctx.doc.sents)
    first = next(sents, None)
    if first is not None and _is_headline(first):
        first = next(sents, None)
    return first.start if first is not None else None


def _day_of_the_report_after_the_lead(
    sent: Any, ctx: ArticleContext
) -> tuple[TimeExpression | None, set[str]]:
    """A lead without a day ("China has downgraded its relations with Lithuania") and the
    report of it that follows, told in the past with its day ("The ministry said on Monday
    that ...", "In a statement issued on Sunday, the ministry accused ..."): a wire story's
    second paragraph gives the day of its lead's act. The day, within a week before
    publication, and the states of those who report it (the act must be theirs too)."""
    root = sent.root
    if root.pos_ != "VERB" or root.tag_ != "VBD" or ctx.published_on is None:
        return None, set()
    words = ctx.lex.triggers.words
    when = _time_of_the_speaking(root, ctx.dated_at, words)
    if when is None and root.lemma_.lower() in ctx.lex.triggers.reporting_verbs:
        when = next(
            (
                ctx.dated_at[t.i]
                for c in root.children
                if c.dep_ in ("prep", "npadvmod") and c.i > root.i
                for t in c.subtree
                if t.i in ctx.dated_at
            ),
            None,
        )
    if when is None or not when.anchor or len(when.anchor) != 10:
        return None, set()
    week_before = (ctx.published_on - timedelta(days=7)).isoformat()
    if when.anchor < week_before:
        return None, set()
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    speakers = {a.country for s in subjects for a in _actors_of(s, ctx.actors) if a.country}
    return (when, speakers) if speakers else (None, set())


def _dated_by_its_telling(event: Event) -> bool:
    """An act that happened, dated only by the day it was told: the publication, or the day
    of the report ("..., officials said Friday"), a day that a later sentence naming its own
    day of the act replaces."""
    return event.status == "occurred" and (
        event.date_reason == "publication date" or event.date_reason.endswith(OF_THE_REPORT)
    )


# a headline's complaint that the body tells as a protest ("POLAND SUMMONS UKRAINIAN ENVOY"
# over "... summoned Ukraine's ambassador to protest"): one act
_COMPLAINTS = frozenset({"ACCUSE", "PROTEST"})


def _without_headline_repeats(events: list[Event], ctx: ArticleContext) -> list[int]:
    """The events to keep: not a headline's that the body tells again ("SWEDEN RAISES AID TO
    ZAMBIA" over "Sweden will give Zambia 150 mln crowns in aid next year"): the body's, with
    its own tense, date and people, is the one kept."""
    first = next(iter(ctx.doc.sents), None)
    if first is None or ctx.lone_sentence or not _is_headline(first):
        return list(range(len(events)))
    end = first.end_char
    body = [e for e in events if e.evidence.start >= end]
    return [
        i
        for i, e in enumerate(events)
        if e.evidence.start >= end
        or not any(
            (b.type == e.type or {b.type, e.type} == _COMPLAINTS)
            and set(b.countries) == set(e.countries)
            and (b.mode == e.mode or None in (b.mode, e.mode))
            for b in body
        )
    ]


def _refers_back(found: Frame, ctx: ArticleContext, told: list[Event]) -> bool:
    """A definite meeting noun with no parties or date of its own ("he hoped for talks at the
    weekend meeting") after talks were already told: it points back to them."""
    token = found.token
    if ctx.lone_sentence or found.trigger.type != "CONSULT" or token.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return False
    if _has_own_parties(token, ctx.actors):
        return False
    if found.group is not None and not any(e.mode == "multilateral" for e in told):
        return False  # "the Group of Seven summit" first named: not the bilateral talks told
    if _has_own_date(token, ctx.dated_at) and not _bare_time_compound(token, ctx):
        return False  # "the meeting on May 5" (not "the weekend meeting")
    if any(c.dep_ == "poss" for c in token.children):
        return False  # "their talks", "Nakasone's visit": owned, see _is_bare
    if any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in token.children):
        return True  # "commenting on that meeting": told before, even if not as an event
    return any(e.type == "CONSULT" for e in told)


def _date_what_was_told(found: Frame, ctx: ArticleContext, told: list[Event]) -> None:
    """A definite event noun with no parties of its own but a date ("The agreement, signed
    March 11, provides ...", "The talks, which were held on Monday, ...", "The talks were held
    on Monday") points back to the
    latest event of its kind told before; where that one had only the publication date, it
    takes this date."""
    token = found.token
    noun = token.head if token.dep_ in ("acl", "relcl") and token.pos_ == "VERB" else token
    if ctx.lone_sentence or noun.pos_ != "NOUN":
        return
    dets = [c.lower_ for c in noun.children if c.dep_ in ("det", "poss")]
    if dets not in (["the"], ["this"], ["that"]) or _has_own_parties(noun, ctx.actors):
        return
    words = ctx.lex.triggers.words
    signed = found.trigger.mode == "sign" and noun.lemma_.lower() in words.signed_documents
    if noun.lemma_.lower() not in ctx.lex.triggers.nouns and not signed:
        return  # "the commodities, signed for on Monday": no event noun ("The treaty, signed
        # late on Tuesday, ...": the signing told before)
    if any(c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" for c in noun.children):
        return  # "the Paris Club agreement": another one, named
    others = words.other_instance
    if any(c.dep_ == "amod" and c.lower_ in others for c in noun.children):
        return  # "The last confirmed attack took place on March 8": an earlier one
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if (
        noun.dep_ in ("nsubj", "nsubjpass")
        and noun.head.lemma_.lower() in ctx.lex.triggers.light_verbs
    ):
        clauses.append(noun.head)  # "On the same day the negotiations were held": that day
    when = _status_and_date(found, ctx)
    if not when.date or when.time is None:
        return
    if not any(ctx.dated_at.get(g.i) is when.time for c in clauses for g in c.subtree):
        return  # the date is the noun's own clause's ("signed March 11"), not the sentence's
    planned = when.status == "planned"  # "(invited him to visit Cuba.) The trip could take
    # place later this year": the date of the plan told
    if not planned and ctx.published_on and when.date[:10] > ctx.published_on.isoformat():
        return
    for k in range(len(told) - 1, -1, -1):
        event = told[k]
        if event.type != found.trigger.type or event.evidence.start > token.sent.start_char:
            continue
        if event.evidence.start == token.sent.start_char and not planned:
            continue  # (a plan may be told and dated in one sentence: "..., and officials
            # said the trip could take place later this year")
        if found.trigger.mode and event.mode != found.trigger.mode:
            continue
        if planned:
            if event.status == "planned" and event.date is None:
                told[k] = replace(event, date=when.date, date_reason=when.reason)
        # ("have agreed ..., officials said Friday. The accord was reached Thursday")
        elif _dated_by_its_telling(event):
            told[k] = replace(event, date=when.date, date_reason=when.reason)
            here = ctx.sentence_index(token)  # now dated: "Following the talks, they signed"
            ctx.dated_events.append(
                (here, event.type, event.status, when.date, frozenset(event.people))
            )
        return  # only the latest of its kind


def _who_did_what_was_told(found: Frame, ctx: ArticleContext, told: list[Event]) -> None:
    """ "Greece has halted all trade with Macedonia ... Prime Minister X announced the embargo
    late on Wednesday": a definite event noun with no parties of its own, the object of a
    verb whose subject is one person, points back to the latest event of its type in the
    sentences just before; that person, of its first state, took part in it."""
    token = found.token
    if ctx.lone_sentence or token.pos_ != "NOUN" or token.dep_ != "dobj":
        return
    dets = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
    if dets != ["the"] or _has_own_parties(token, ctx.actors):
        return
    subjects = [
        a for c in token.head.children if c.dep_ == "nsubj" for a in _actors_of(c, ctx.actors)
    ]
    if len(subjects) != 1 or subjects[0].kind != "person" or not subjects[0].country:
        return
    person = subjects[0]
    if not person.code:
        return
    for k in range(len(told) - 1, -1, -1):
        event = told[k]
        if _sentences_between(ctx, event.evidence.start, token.idx) > 2:
            return
        if event.type != found.trigger.type or event.evidence.start >= token.sent.start_char:
            continue
        if not event.people and event.countries[:1] == (person.country,):
            told[k] = replace(event, people=(person.code,))
        return  # only the latest of its kind


def _bare_time_compound(token: Any, ctx: ArticleContext) -> bool:
    """The noun's only date is a bare word before it: "the weekend meeting"."""
    return all(  # the time grammar may take the noun's own article: "the weekend | meeting"
        c.dep_ in ("compound", "det") and not list(c.children)
        for c in token.children
        if c.i in ctx.dated_at or any(g.i in ctx.dated_at for g in c.children)
    )


def _as_told(event: Event, told: list[Event]) -> Event:
    """A meeting pointed back to that is one of a summit already told, by members it names
    ("the G-7 meets on Wednesday" ... "Stoltenberg and Lawson will also attend the meeting",
    "the G-7 meeting comes ahead of ..."): that summit, with its status and date."""
    if event.type != "CONSULT":
        return event
    summits = [
        s
        for s in reversed(told)
        if s.mode == "multilateral" and set(event.countries) <= set(s.countries)
    ]  # "Opening the meeting, X said" after a summit planned for later: the one held
    if not summits:
        return event
    summit = min(summits, key=lambda s: s.status != event.status)  # stable: the latest first
    return replace(
        event,
        mode="multilateral",
        countries=summit.countries,
        status=summit.status,
        date=summit.date,
        date_reason=summit.date_reason,
    )


def _told_before(event: Event, told: list[Event]) -> bool:
    return any(e.type == event.type and set(e.countries) == set(event.countries) for e in told) or (
        event.mode == "multilateral" and any(e.mode == "multilateral" for e in told)
    )


def _first_built(readings: list[Frame], ctx: ArticleContext) -> tuple[Frame, list[Event]]:
    """The events of the first reading that makes any: "recalled its ambassador" is a
    sanction, "recalled the talks" none; "welcomed the minister" a meeting, "welcomed the
    decision" support. An envoy told to leave is expelled before he is met or asked
    ("told the Indian High Commissioner to leave": triggers.yaml LEAVE)."""
    for found in sorted(readings, key=lambda f: "LEAVE" not in f.trigger.needs_object):
        built = _build(found, ctx)
        if built:
            return found, built
    return readings[0], []


def _build(found: Frame, ctx: ArticleContext) -> list[Event]:
    """One frame -> its events: participants, then status and date, then place, then the
    agreements a signing names."""
    if not _is_eventive(found, ctx) or _is_denied(found, ctx.lex.triggers.words):
        return []
    if found.trigger.type not in _COOPERATIVE and _intention_denied(
        found.anchor, ctx.lex.triggers.words
    ):
        return []  # "does not intend to impose sanctions": nothing done, nothing refused
    if is_hypothetical(found, ctx) or is_demanded(found.anchor, ctx):
        return []  # a case put, a guess, or what another state demands ("should withdraw")
    if not ctx.lone_sentence and is_sought(found.token, ctx):
        return []  # "asked for talks with China": what is requested
    if is_threatened(found, ctx):
        return []  # "threatened to break off relations": what the threat says may be done
    found = _by_means(found, ctx.lex.triggers.words)
    found = _as_threat(found, ctx.lex.triggers.words)
    sides = _participants(found, ctx)
    if sides is None:
        _remember_unnamed(found, ctx)
        return []
    found = _as_group_meeting(found, sides, ctx)
    when = _status_and_date(found, ctx)
    out = []
    for leg in _legs(found, sides):
        where = _place(found, ctx, leg, when)
        for side in _sides_of(found, ctx, leg):
            event = _event(
                found, ctx, side, leg, when, _where_this_one_is_hit(found, ctx, side, where)
            )
            if event is not None:
                _remember_act(found, ctx, leg, event)
                out.append(event)
    return (
        _split_agreements(out, found, ctx.lex.triggers.words, ctx.dateline_days)
        if found.trigger.mode == "sign"
        else out
    )


def _where_this_one_is_hit(
    found: Frame, ctx: ArticleContext, side: list[Actor], where: tuple[str | None, str]
) -> tuple[str | None, str]:
    """ "attacked targets in Harare, Lusaka and Gaborone": one attack on each state, each at
    the place of it that was hit, not all at the first place named."""
    if found.trigger.type not in _TARGETED_TYPES or where[0] is None:
        return where
    here = ctx.lex.knowledge.place(where[0])
    if here is None:
        return where
    if any(a.country == here.country for a in side):
        return where
    hit = {a.start for a in _places_hit(found, ctx)}
    named = [m for a in side if a.start in hit and (m := ctx.actors.at(a.start)) is not None]
    own = [  # a city, else the state by its name ("bombed targets near Lusaka and in Botswana")
        place_named(m, ctx.lex) for m in named if m.code and m.kind in ("place", "country")
    ]
    return (own[0], "the place of this state that the act hit") if own else where


def _remember_unnamed(found: Frame, ctx: ArticleContext) -> None:
    """A meeting or an agreement told with its day but no party of its own ("NATO ministers
    meeting here on Monday blamed ...", "The accord was reached Thursday") dates the same
    kind of act told next to it ("... were among the ministers at the meeting")."""
    if ctx.lone_sentence or found.trigger.type not in _GOES_ON or found.trigger.mode == "visit":
        return  # (not a trip: "the ambassador returned to her post on March 20")
    if not any(t.i in ctx.dated_at for t in found.token.sent):
        return
    when = _status_and_date(found, ctx)
    if when.time is not None and when.date and when.reason.startswith("time expression"):
        index = ctx.sentence_index(found.token)
        ctx.dated_events.append((index, found.trigger.type, when.status, when.date, frozenset()))


def _as_group_meeting(found: Frame, sides: Sides, ctx: ArticleContext) -> Frame:
    """'Officials from the G-7 countries will meet next week', 'OPEC ministers met', 'GCC
    ministers ended talks': a verb of meeting (or the noun a light verb carries) whose only
    party is an organisation with member states is that organisation's multilateral meeting
    (its members on the day take part)."""
    trig = found.trigger
    if found.group is not None or trig.type != "CONSULT" or trig.mode != "meet":
        return found
    held = found.anchor is not found.token and found.token.dep_ == "dobj"  # "held talks"
    if found.token.pos_ != "VERB" and not held:
        return found
    knowledge = ctx.lex.knowledge
    objects = [a for a in sides.objects if a.kind != "org" or _group_people(a, ctx)]
    if len(objects) != len(sides.objects):
        return found  # ("to meet stringent EC rules": a thing, not the group's people)
    side = [*sides.subjects, *objects]  # ("would meet his Group of Seven counterparts")
    groups = {a.code for a in side if a.kind == "org" and a.code and knowledge.members_of(a.code)}
    if len(groups) != 1:
        return found
    members = set(knowledge.members_of(next(iter(groups)), None))
    if _group_meets_outsiders(sides, groups, members, ctx):
        return replace(found, group=groups.pop(), trigger=replace(trig, mode="multilateral"))
    if objects and not any(a.kind == "org" for a in objects):
        return found
    states = [  # (not a member's minister who tells it: "Stoltenberg said the Group of Five
        a for a in side if a.kind != "org" and a.country not in members | {None}
    ]  # would meet in Washington")
    if states or (objects and not any(a.country in members for a in sides.subjects)):
        return found  # (the group's people met by one of a member state: "Delors met with
        # objections from EC heads" is no member's meeting)
    return replace(found, group=groups.pop(), trigger=replace(trig, mode="multilateral"))


def _group_meets_outsiders(
    sides: Sides, groups: set[str], members: set[str], ctx: ArticleContext
) -> bool:
    """'ASEAN foreign ministers will meet their counterparts from Canada and New Zealand': the
    group, named as its members' people, meets states outside it; all of them take part."""
    group_subject = any(
        a.kind == "org" and a.code in groups and _group_people(a, ctx, itself=False)
        for a in sides.subjects
    )  # (not "the EC is keen to negotiate with Tokyo": the body itself)
    if not group_subject or any(
        a.kind != "org" and a.country not in members | {None} for a in sides.subjects
    ):
        return False
    return any(a.kind != "org" and a.country and a.country not in members for a in sides.objects)


def _group_people(actor: Actor, ctx: ArticleContext, itself: bool = True) -> bool:
    """An organisation named as the people of its members: "his Group of Seven counterparts",
    "EC ministers" (the noun it modifies is people, not "EC rules"), or (with ``itself``)
    named alone."""
    doc = ctx.doc
    node = doc[actor.end - 1]
    while actor.start <= node.i < actor.end and node.head.i != node.i:
        node = node.head
    if actor.start <= node.i < actor.end or node.pos_ not in ("NOUN", "PROPN"):
        return itself  # the organisation itself ("met the EC"), not a thing of it
    lemma, words = node.lemma_.lower(), ctx.lex.triggers.words
    return lemma in words.group_people or node.lower_ in words.group or lemma in words.state_agents


def _givers_first(
    found: Frame, ctx: ArticleContext, subjects: list[Actor], objects: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """(subjects, objects) with the states that give aid the subject receives first."""
    givers = _received_from(found, ctx) if found.trigger.type == "AID" else []
    if not givers:
        return subjects, objects
    return givers, [a for a in subjects + objects if a not in givers]


def _received_from(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """The states that give what the event's subject receives ("Pakistan received a $1
    billion loan from the UAE"; triggers.yaml ``words.receiving``): the giver is the one
    after "from" on the verb of receiving or on the noun of what is given."""
    anchor = found.anchor
    if found.token.i == anchor.i or anchor.lemma_.lower() not in ctx.lex.triggers.words.receiving:
        return []
    return [
        a
        for node in (anchor, found.token)
        for prep in node.children
        if prep.dep_ == "prep" and prep.lower_ == "from"
        for a in actors_after(prep, ctx.actors)
        if a.country
    ]


def _participants(found: Frame, ctx: ArticleContext) -> Sides | None:
    """The frame's subjects (climbing to the clause that has one), objects and places; None
    when it names nobody or lacks the object its trigger needs."""
    subjects, generic, extra = _subjects_of(found, ctx)
    objects = _objects_of(found, ctx, extra)
    subjects = subjects or _reporting_officials(found, ctx, objects, generic)
    if found.trigger.type == "AID" and not any(a.country for a in objects):
        donors = {a.country for a in subjects if a.start not in ctx.datelines}  # "a credit
        # for a power station near Alexandria" (a place): its state is aided
        aided = _aided_in(found, ctx) + _aided_by_the_first_verb(found, ctx)
        objects += [a for a in aided if a.country not in donors]
    subjects = _speaker_of_a_misjoined_act(found, ctx, subjects, objects)
    subjects, objects, generic = _between_sides(found, ctx, subjects, objects, generic)
    own = {  # the subject's own people, not a possessor in it ("Thatcher's party urged her")
        a.code
        for a in subjects
        if a.kind == "person" and ctx.doc[a.start : a.end].root.dep_ != "poss"
    }
    # "Soto asked Vela to meet her": a pronoun object is never the clause's own subject
    objects = [a for a in objects if not (a.reference and a.kind == "person" and a.code in own)]
    if not ctx.lone_sentence:  # "Uruguayan firms would ask Taiwan": firms, not Uruguay
        kept = [a for a in subjects if not private_party(a, ctx)]
        if subjects and not kept and found.trigger.type not in _CIVIL_TYPES:
            return None  # "U.S. exporters accused China": firms act, no state
        subjects = kept or subjects
        objects = [  # a state's act against a country's firms ("sanctions on two U.S.
            a  # companies") is against that country; "inquiries with Swiss banks" is not
            for a in objects
            if not private_party(a, ctx)
            or (found.trigger.type in _AGAINST and not _in_company_of(ctx.doc[a.start]))
        ]
    objects = [a for a in objects if a not in subjects]
    words = ctx.lex.triggers.words
    anchor = found.anchor
    subjects, objects = _givers_first(found, ctx, subjects, objects)
    generic = generic or any(
        _is_generic(t, words)
        and not _where_others_are(t, words)
        and not _speakers_of_they(t, ctx.actors)  # "U.S. officials said they would"
        for t in [*_own_tokens(anchor), *_governing_subject_tokens(anchor)]
        if t.i != found.token.i
    )
    if _refused(found, ctx, subjects, objects, generic):
        return None
    if found.trigger.type == "REQUEST" and not subjects and _a_text_asks(anchor, ctx):
        return None  # "the pact called for Tokyo to end dumping": a text asks nothing
    chaired = _under(found)  # "the assembly met under the chairmanship of X": X presides
    if all(a.start in chaired for a in objects) and not generic and _body_meets_alone(found, ctx):
        return None  # "the Economic Policy Council is scheduled to meet Friday": its own session
    if _a_bodys_session(found, ctx.lex):
        return None  # "at today's cabinet meeting, X told Y": a government's own session
    if ctx.lone_sentence:
        subjects, objects = _lone_parties(found, ctx, subjects, objects)
    elif (
        not any(a.country or a.kind == "country" for a in subjects)
        and not generic
        and _with_coordinated_states(found, ctx)
    ):
        return None  # "agreements were reached with Chile and Venezuela": each with someone else
    return _sides(found, ctx, subjects, objects, generic)


def _signed_after_talks(found: Frame, ctx: ArticleContext) -> bool:
    """A document signed, by nobody named, in a main clause that opens "following the talks",
    "after the meeting" (``words.presence``), right after two sides met: the two signed it."""
    anchor = found.anchor
    if ctx.lone_sentence or anchor.dep_ != "ROOT" or not ctx.recent_meeting_pair(found.token):
        return False
    return any(
        c.dep_ == "prep"
        and c.i < anchor.i
        and c.lower_ in ctx.lex.triggers.words.presence
        and any(g.lemma_.lower() in ctx.lex.triggers.meeting_nouns for g in c.children)
        for c in anchor.children
    )


def _speaker_of_a_misjoined_act(
    found: Frame, ctx: ArticleContext, subjects: list[Actor], objects: list[Actor]
) -> list[Actor]:
    """ "X said that Armenia was still refusing ..., and accused Yerevan of ...": the parser
    may join the second verb to the reported clause, whose subject would then act on itself;
    the act is the speaker's."""
    anchor = found.anchor
    if anchor.dep_ != "conj" or anchor.head.dep_ != "ccomp" or not subjects:
        return subjects
    doers = {a.country for a in subjects}
    if None in doers or not doers <= {a.country for a in objects}:
        return subjects
    saying = anchor.head.head
    if saying.lemma_.lower() not in ctx.lex.triggers.reporting_verbs:
        return subjects
    speakers = [a for s in clause_subjects(saying) for a in _actors_of(s, ctx.actors)]
    return speakers or subjects


def _between_sides(
    found: Frame, ctx: ArticleContext, subjects: list[Actor], objects: list[Actor], generic: bool
) -> tuple[list[Actor], list[Actor], bool]:
    """The sides a "between" phrase names ("comes after talks between Howe and Wu", "an
    agreement between Georgia and Japan is to be signed"), else the parsed ones without the
    dateline's ("ROME - Israeli Foreign Minister Peres discussed ...": where from)."""
    between = _between_parties(found.token, ctx.actors)
    if between and (found.anchor is found.token or found.token.dep_ == "pobj"):
        subjects, objects, generic = between[:1], between[1:], False
    lines = frozenset() if ctx.lone_sentence else ctx.datelines
    if lines:
        placed = any(a.start in lines for a in subjects)
        subjects = [a for a in subjects if a.start not in lines]
        objects = [a for a in objects if a.start not in lines]
        if placed and not subjects:  # "MOSCOW, Sept 16 - The Soviet Union today ordered ...":
            subjects = _after_the_dateline(found.anchor, ctx)  # the parser took the place
    if not subjects and found.trigger.type == "AGREE" and agentless_passive(found.anchor):
        between = _signed_between(found.anchor, ctx.actors)
        if between:
            subjects, objects, generic = between[:1], between[1:], False
        elif not objects and _signed_after_talks(found, ctx):
            generic = True  # "Following the talks, an agreement on ... was signed": by the
            # two who just met
    return subjects, objects, generic


def _after_the_dateline(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """The states and people named between a dateline's dash and the verb whose subject the
    parser made the dateline's place ("MOSCOW, September 16 - The Soviet Union today
    ordered"): the lead's own subject, which the model hung on the date."""
    days = [i for i in ctx.dateline_days if ctx.doc[i].sent == verb.sent]
    if not days:
        return []
    found = [ctx.actors.at(i) for i in range(max(days) + 2, verb.i)]
    return [a for a in dict.fromkeys(found) if a is not None and a.kind in ("country", "person")]


def _governing_subject_tokens(anchor: Any) -> list[Any]:
    """The subject a verb takes from the one governing it ("officials from the two countries
    are expected | to meet"): outside the verb's own phrase, still its subject."""
    return [t for s in clause_subjects(anchor) if s.head.i != anchor.i for t in s.subtree]


def _reporting_officials(
    found: Frame, ctx: ArticleContext, objects: list[Actor], generic: bool
) -> list[Actor]:
    """Who reports an event noun with only the other side named: the state whose officials
    report it ("U.S. officials said talks with Japan would resume"; words.state_agents with one
    country word and no name), or the official of another state named as the reporter ("Yeutter
    said the case was resolved at a meeting with Argentina's Figuerras"): the noun's subject."""
    token = found.token
    if token.pos_ != "NOUN" or found.trigger.type != "CONSULT" or generic or not objects:
        return []
    clause = _reported_clause(found.anchor, ctx, token.i)
    if clause is None:
        return []
    verb = clause.head
    words = ctx.lex.triggers.words
    others = {a.country for a in objects if a.country}
    for subject in clause_subjects(verb):
        named = ctx.actors.at(subject.i)
        if named is not None and named.kind == "person" and named.role and _told_as_past(clause):
            if _is_planned(token, found.anchor, ctx.lex):
                continue  # talks to come, the state's plan: who will hold them is not said
            if named.country and named.country not in others and not named.reference:
                return [named]
        if subject.lemma_.lower() not in words.state_agents or subject.pos_ != "NOUN":
            continue
        found_actors = _actors_of(subject, ctx.actors)
        states = {a.country for a in found_actors if a.country}
        nameless = all(a.kind == "country" for a in found_actors)
        if len(states) == 1 and not states & others and nameless:
            return found_actors
    return []


def _told_as_past(clause: Any) -> bool:
    """A reported clause told in a past tense, with no modal: an account of what was done
    ("said the case was resolved"), not of what is to come."""
    tenses = [clause.tag_] + [c.tag_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return "MD" not in tenses and "VBD" in tenses


def _reported_clause(node: Any, ctx: ArticleContext, noun: int) -> Any | None:
    """The clause reported by a verb of saying that holds the noun, through the phrases and
    subjectless clauses of that clause ("said the case was resolved at a meeting with X",
    "said talks with X would resume")."""
    noun_heads = {noun, node.i}
    while node.dep_ != "ccomp":
        if node.head.i == node.i or node.dep_ in ("relcl", "advcl", "conj", "appos"):
            return None
        node = node.head
        noun_heads.add(node.i)
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "ccomp" and clause_subjects(node):
            return None  # the noun's own clause has a subject
    for subject in clause_subjects(node):
        if subject.i in noun_heads:
            continue  # "talks with X would resume": the noun itself
        if subject.dep_ == "nsubj" or _actors_of(subject, ctx.actors):
            return None  # "said Japan agreed at a meeting with Korea", "said the company held
            # talks with the union": the clause's own agent holds them
    return node if node.head.lemma_.lower() in ctx.lex.triggers.reporting_verbs else None


def _signed_between(verb: Any, actors: ArticleActors) -> list[Actor]:
    """The parties the "between" phrase of a passive's document names: "an agreement on
    visa-free travel between Georgia and Japan is expected to be signed" (the subject may be
    the governing verb's: "is expected | to be signed")."""
    holders = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    documents = [c for h in holders for c in h.children if c.dep_ == "nsubjpass"]
    for document in documents:
        for noun in [document, *(t for t in document.subtree if t.pos_ == "NOUN")]:
            if nominal_path(noun, document) and (found := _between_parties(noun, actors)):
                return found
    return []


def _between_parties(token: Any, actors: ArticleActors) -> list[Actor]:
    """The parties an event noun's own "between" phrase names, when it names two sides or
    more ("talks between Foreign Secretary Howe and his Chinese counterpart Wu")."""
    if token.pos_ != "NOUN":
        return []
    found = [
        a
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "between"
        for t in (*prep.subtree, *_cut_name(prep.right_edge))
        if (a := actors.at(t.i)) is not None
        and a.kind in ("person", "country")
        and a.start == t.i
        and not (t.dep_ == "poss" and t.pos_ == "PRON")  # "his counterpart": not a party
    ]
    people = {a.start for a in found if a.kind == "person"}
    found = [  # "his Chinese counterpart Wu": the nationality of a person named, not a party
        a
        for a in found
        if a.kind == "person" or not any(t.i in people for t in token.doc[a.start].head.subtree)
    ]
    sides = {a.country or a.code for a in found}
    return found if len(sides) >= 2 else []


def _cut_name(last: Any) -> list[Any]:
    """The capitalised words right after a phrase's last word, which the parser may have cut
    from it: "a meeting between A, B and U.S. Treasury Secretary James Baker Monday" (the
    name hung on the day after it)."""
    doc, out = last.doc, []
    for t in doc[last.i + 1 : last.sent.end]:
        if t.pos_ != "PROPN" or t.ent_type_ == "DATE":
            break
        out.append(t)
    return out


def _a_text_asks(verb: Any, ctx: ArticleContext) -> bool:
    """The clause's subject is a text ("the agreement calls for ...", "terms of the accord
    call for ...", "the plan calls for ..."; words.texts, unilateral_documents, AGREE nouns),
    in an article (a lone sentence is coded by its own verb)."""
    if ctx.lone_sentence:
        return False
    table = ctx.lex.triggers
    texts, documents = table.words.texts, table.words.unilateral_documents
    for noun in clause_subject_nouns(verb):
        lemma = noun.lemma_.lower()
        if any(w in texts or w in documents for w in (lemma, noun.lower_)):
            return True
        if any(t.type == "AGREE" for t in table.nouns.get(lemma, ())):
            return True
    return False


def _body_meets_alone(found: Frame, ctx: ArticleContext) -> bool:
    """A verb of meeting with no one met whose subject is one body ("the cabinet met",
    "the Economic Policy Council will meet Friday", "the committee meets next week"): a session
    of that body, not talks between states (an organisation with member states holds a
    multilateral meeting instead, see _as_group_meeting)."""
    trig, verb = found.trigger, found.token
    if trig.type != "CONSULT" or verb.pos_ != "VERB" or verb.i != found.anchor.i:
        return False
    if any(_takes_party(c) for c in verb.children):
        return False
    node = verb
    heads = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not heads and node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
        node = node.head  # "the council is scheduled to meet": the subject of "scheduled"
        heads = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(heads) != 1 or heads[0].conjuncts or heads[0].tag_ in ("NNS", "NNPS"):
        return False
    actor = ctx.actors.at(heads[0].i)
    if actor is None:  # "the general assembly of the corporation met under the chairmanship
        # of a minister": a body (words.internal_bodies) in its own session
        return heads[0].lemma_.lower() in ctx.lex.triggers.words.internal_bodies
    if actor.kind != "org":
        return False
    return not ctx.lex.knowledge.members_of(actor.code or "")


def _a_bodys_session(found: Frame, lex: Lexicon) -> bool:
    """A meeting noun named by the body that holds it ("a cabinet meeting", "the party's
    meeting", "a board meeting"; words.internal_bodies) with no other side of its own ("with",
    "between", "joint": names.yaml joint_body_words): that body's session, not talks between
    states."""
    token = found.token
    if found.trigger.type != "CONSULT" or token.pos_ != "NOUN":
        return False
    children = list(token.children)
    joint = lex.names.joint_body_words
    if any(c.lower_ in ("with", "between", "among") or c.lower_ in joint for c in children):
        return False
    bodies = lex.triggers.words.internal_bodies
    return any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and c.lemma_.lower() in bodies
        for c in children
    )


def _takes_party(child: Any) -> bool:
    """An object or a with/between/among/by phrase: somebody the verb meets."""
    return child.dep_ == "dobj" or (
        child.dep_ in ("prep", "agent") and child.lower_ in ("with", "between", "among", "by")
    )


def _where_others_are(token: Any, words: Any) -> bool:
    """A generic pair that only says where somebody else is: "opposed by fishermen in both
    countries", "farmers from the two nations" (not "officials from the two countries", who
    act for them: words.state_agents)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("in", "from", "across", "throughout"):
        return False
    owner = prep.head
    return owner.pos_ in ("NOUN", "PROPN") and not acts_for_a_state(owner, words)


def _subjects_of(found: Frame, ctx: ArticleContext) -> tuple[list[Actor], bool, list[Actor]]:
    """(subjects, whether a generic party is named, objects the subject side shows): the
    clause's subjects, the governing clause's for a lone noun, and a speaker's own side."""
    trig, token, anchor = found.trigger, found.token, found.anchor
    actors, words = ctx.actors, ctx.lex.triggers.words
    subjects, generic = _subject_actors(anchor, actors, token, words)
    subjects, generic, objects_extra = _by_agents(found, ctx, subjects, generic)
    subjects, generic = _implied_subjects(found, ctx, subjects, generic)
    if token.lower_ == "meeting" and anchor is token.sent.root and token.pos_ != "VERB":
        nxt = actors.at(token.i + 1) or actors.at(token.i + 2)
        objects_extra = [nxt] if nxt is not None else []
    if not subjects and not generic and anchor is token:
        if trig.type == "CONSULT" or ctx.lone_sentence:  # "went on strike", "put on alert"
            subjects, generic = _governing_subject(token, actors, words)
        elif trig.mode == "sign" and token.dep_ == "acl" and not _own_agent(token):
            # "under the deal signed last year, Saudi Arabia has agreed to buy": the parties of
            # the clause the signed document is part of
            subjects, generic = _governing_subject(token.head, actors, words)
        if (
            not subjects
            and trig.type == "CONSULT"
            and any(c.dep_ == "poss" and c.lower_ in ("their", "our") for c in token.children)
        ):  # "after their negotiations": the people the sentence is about
            subjects, generic = _subject_actors(token.sent.root, actors, token, words)
    if anchor is not token and anchor.lemma_.lower() in words.sending:
        sent = [a for c in anchor.children if c.dep_ == "dobj" for a in _actors_of(c, actors)]
        if sent:  # "Reagan is sending Shultz to Moscow for talks": the envoy talks
            subjects, generic = sent, False
    owners = _noun_owners(found, ctx) if subjects else _owners_of_a_measure(found, ctx)
    if owners:  # "Japan rejected U.S. demands": the demand is the owner's, made to Japan
        objects_extra += [a for a in subjects if a not in owners]
        subjects = owners
    speaker = _speaker(anchor, actors, ctx.lex)
    if (
        not subjects
        and anchor.pos_ in ("VERB", "AUX")
        and (anchor is not token or trig.mode == "visit")
    ):
        if any(_names_nobody(c) for c in anchor.children if c.dep_ in ("nsubj", "expl")):
            # "attention would go to Brazil, Lawson said": no one travels; "it would give
            # focus to the visit, X said": the speaker talks about the visit, not on it
            speaker = []
    if agentless_passive(anchor) and not ctx.lone_sentence:
        speaker = []  # "the system could be criticised, X said": X does not criticise
    if any(names_private_parties(n, ctx) for n in clause_subject_nouns(anchor)):
        speaker = []  # "X said Senegalese businessmen would make trips": they travel, not X
    if trig.type == "REQUEST" and _a_text_asks(anchor, ctx):
        speaker = []  # "X said the agreement calls for South Africa to pay": not X's request
    subjects, met = _with_the_speaker(trig, subjects, speaker, generic)
    return subjects, generic, objects_extra + met


def _with_the_speaker(
    trig: Trigger, subjects: list[Actor], speaker: list[Actor], generic: bool
) -> tuple[list[Actor], list[Actor]]:
    """(subjects, people met) once the speaker who tells the act is placed in it."""
    if not any(a.kind == "person" for a in subjects):
        # "Dumont said France supported the reforms": the speaker acts for her own country,
        # not for others she reports on ("Baker said Chile had reached agreement"); of "the
        # two" she tells only her state's part ("the two presidents signed ..., Meri's
        # spokesman said": Estonia, not Meri alone)
        own = {a.country for a in subjects if a.country}
        told = [a for a in speaker if not own or a.country in own]
        if generic:
            told = [replace(a, kind="country", code=a.country) for a in told if a.country]
        return subjects + told, []
    if trig.mode == "meet" and len({a.code for a in subjects if a.kind == "person"}) == 1:
        # "Ongpin said Miyazawa expressed satisfaction during a meeting here": the speaker of
        # another country is the one met
        theirs = {a.country for a in subjects}
        return subjects, [a for a in speaker if a.country and a.country not in theirs]
    return subjects, []


def _did_not_happen(found: Frame, ctx: ArticleContext, verb: Any) -> bool:
    """A negated event that is no event: "have not met for a year", "has never visited"; in an
    article also "did not attend the session", "could not be lent out" (only "will/would not"
    refuses) and any negated act of another kind ("has not called on Japan to cut rates")."""
    cooperative = found.trigger.type in _COOPERATIVE
    if cooperative and _in_perfect(verb):
        return True
    if ctx.lone_sentence:
        return False
    return not cooperative or not _volitional(verb)


def _volitional(verb: Any) -> bool:
    """A verb with "will" or "would": negated, it is a refusal ("would not drop the curbs")."""
    return any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "shall")
        for c in verb.children
    )


def _in_perfect(verb: Any) -> bool:
    """A verb in the perfect: "have not met", "has never visited"."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _refusing_verb(anchor: Any, words: Any) -> bool:
    """An infinitive a verb of refusing governs: "refused to sign the pact", "declined to
    meet the envoy" (a refusal, PLOVER REJECT)."""
    return (
        anchor.dep_ == "xcomp"
        and anchor.pos_ == "VERB"
        and anchor.head.lemma_.lower() in words.refusing
        and not any(c.dep_ == "neg" for c in anchor.head.children)
    ) or _intention_denied(anchor, words)


def _intention_denied(anchor: Any, words: Any) -> bool:
    """An act a denied intention governs (triggers.yaml ``words.intending``): "does not
    intend to lift the duties", "was not considering breaking off relations", "had no plans
    to lift the duties". A cooperative act so denied is refused (PLOVER REJECT); any other
    is no event."""
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:  # "closing ... or breaking off"
        anchor = anchor.head
    head = anchor.head
    if anchor.dep_ not in ("xcomp", "acl") or head.lemma_.lower() not in words.intending:
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in head.children)


_THING_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "there", "which"})


def _names_nobody(subject: Any) -> bool:
    """A subject that is a thing, not a party: a noun, or "it", "this", "there"."""
    return subject.pos_ in ("NOUN", "PROPN") or subject.lower_ in _THING_PRONOUNS


def _noun_owners(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """The states or people an event noun names as its own agent before it ("U.S. demands",
    "Japan's request"), when the noun is the object of another clause's verb: they act, not
    that clause's subject. Talks and agreements are between their parties, not owned."""
    token = found.token
    if token is not found.anchor or token.pos_ != "NOUN" or found.trigger.type in _DYADIC:
        return []
    if token.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return []
    return _named_before(token, ctx, ("country", "person"))


def _owners_of_a_measure(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """The state a hostile act's noun names before it when the noun is its clause's subject
    ("A 25% U.S. levy on goods from Mexico and Canada came into force"): it acts, on each
    state named after."""
    token = found.token
    if found.trigger.type not in _AGAINST or token.pos_ != "NOUN":
        return []
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return _named_before(token, ctx, ("country",))


def _named_before(noun: Any, ctx: ArticleContext, kinds: tuple[str, ...]) -> list[Actor]:
    """The actors of these kinds a noun's modifiers name before it ("U.S.", "Japan's"), and a
    place in the possessive ("Moscow's"), which stands for its state."""
    return [
        actor
        for child in noun.children
        if child.i < noun.i and child.dep_ in ("poss", "amod", "compound")
        for actor in _actors_of(child, ctx.actors)
        if actor.kind in kinds or (actor.kind == "place" and child.dep_ == "poss")
    ]


def _by_agents(
    found: Frame, ctx: ArticleContext, subjects: list[Actor], generic: bool
) -> tuple[list[Actor], bool, list[Actor]]:
    """(subjects, generic, objects) when a "by" phrase names who acts: "relations with Syria,
    broken off by London"; "Japan was asked by the United States to ..." (the United States
    asks, Japan is asked; not for acts done together, but for a text signed by its signers)."""
    anchor = found.anchor
    if _own_agent(anchor):
        return _agent_actors(anchor, ctx.actors), False, []
    if found.trigger.mode == "sign" and _passive(anchor) and found.token.i == anchor.i:
        if agents := _agent_actors(anchor, ctx.actors):  # "It was signed by X and Y": what
            return agents, False, []  # is signed is the subject, the signers the agents
    if found.trigger.type in _SYMMETRIC or not _passive(anchor):
        return subjects, generic, []
    agents = _agent_actors(anchor, ctx.actors)
    if not agents:
        return subjects, generic, []
    return agents, False, [a for a in subjects if a not in agents]


def _passive(verb: Any) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _own_agent(anchor: Any) -> bool:
    """A participle clause with its own agent ("broken off by London"): the subject of the
    clause it hangs from is not the one who acts."""
    return (
        anchor.tag_ == "VBN"
        and anchor.dep_ in ("acl", "advcl")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children)
        and any(c.dep_ == "agent" for c in anchor.children)
    )


def _party_of_the_terms(anchor: Any, actors: ArticleActors) -> list[Actor]:
    """Whom a signed document's own act touches, when the signing names no other party:
    "France signed an agreement on Tuesday to lend Tunisia 500 mln francs"."""
    found: list[Actor] = []
    for document in anchor.children:
        if document.dep_ != "dobj":
            continue
        for act in document.children:
            if act.dep_ != "acl" or not marked_by_to(act):
                continue
            for head in act.children:  # the party itself, not "Soviet oil"
                if head.dep_ in ("dobj", "dative") and actors.at(head.i) is not None:
                    found += [a for a in _actors_of(head, actors) if not _is_origin(a, head)]
    return found


def _partner_in_the_aim(verb: Any, actors: ArticleActors) -> list[Actor]:
    """The other party of an agreement told by its aim, named in the aim's "with" phrase:
    "Morocco agreed on Thursday to normalise relations with Israel", "agreed to establish
    ties with Oman" (the parser hangs it on the infinitive or on its object)."""
    aims = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    heads = [n for aim in aims for n in (aim, *(c for c in aim.children if c.dep_ == "dobj"))]
    return [
        a
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for a in actors_after(prep, actors)
    ]


def _targets_of_the_total(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """ "duties totalling 80.5 pct on Australian barley": the parser hangs the target of a
    measure on the amount a participle of ``words.amount_verbs`` gives."""
    if found.trigger.type not in _AGAINST:
        return []
    amount_verbs = ctx.lex.triggers.words.amount_verbs
    return [
        a
        for c in found.token.children
        if c.dep_ == "acl" and c.lemma_.lower() in amount_verbs
        for a in _targets_of_an_amount(c, ctx.actors)
    ]


def _targets_set_apart(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """Targets of a measure the parser hangs away from it: on its amount ("duties totalling
    80.5 pct on Australian barley") or in its relative clause ("the sanctions he imposed on
    the Soviet Union"); also of the measure a retreat ends."""
    if found.trigger.type not in _AGAINST and found.trigger.type != "RETREAT":
        return []
    return _targets_of_the_total(found, ctx) + _targets_of_its_relative(found, ctx)


def _targets_of_its_relative(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """The target a relative clause of a measure noun names with a light verb ("widened the
    sanctions he imposed on Moscow last December", "the tariffs Washington put on Chinese
    steel"): the measure's own target."""
    light = ctx.lex.triggers.light_verbs
    return [
        a
        for clause in found.token.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in light
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ in _MEASURED_PREPS
        for a in actors_after(prep, ctx.actors)
    ]


def _objects_of(found: Frame, ctx: ArticleContext, extra: list[Actor]) -> list[Actor]:
    """The frame's objects: its own, those after with / between / by, and for a targeted type
    the places its target lies in."""
    trig, token, anchor = found.trigger, found.token, found.anchor
    actors, words = ctx.actors, ctx.lex.triggers.words
    topics = _topics(trig, words)
    # (and what a retreat ends: "lifted the tariffs it had put on goods from Mexico")
    against = trig.type in _AGAINST or trig.type == "RETREAT"
    asking = "INFINITIVE" in trig.needs_object
    aimed = trig.type == "ASSAULT"  # "fired shells at the Lebanese port of Tyre"
    objects = _object_actors(token, anchor, actors, topics, against, asking, aimed) + extra
    more = _mandated(found, ctx) + _targets_set_apart(found, ctx)
    objects += [a for a in more if a not in objects]
    for prep in _trailing_preps(token):
        if prep.lower_ in ("with", "between", "by") and anchor is token:
            objects += actors_after(prep, actors)
    if trig.type == "CONSULT":
        objects = _talks_parties(found, ctx, objects)
    if trig.type == "AGREE" and not objects:
        objects = _party_of_the_terms(anchor, actors) or _partner_in_the_aim(anchor, actors)
    if "DESTINATION" in trig.needs_object:  # "leaves for talks in Stockholm": where to
        objects += [a for a in _purpose_places(anchor, actors) if a not in objects]
    objects += [a for a in _gapped_objects(found, actors) if a not in objects]
    objects += [a for a in _measure_targets(found, actors) if a not in objects]
    objects += [a for a in _summoned(found, actors) if a not in objects]
    objects += [a for a in _object_of_the_particle(found, actors) if a not in objects]
    fillers = ctx.lex.indicators.figure_fillers
    objects += [a for a in _given_to(found, actors, words, fillers) if a not in objects]
    if trig.companion == "for" and anchor is token:  # "called for Japan to open its markets"
        asked = (a for s in for_clause_subjects(anchor) for a in _actors_of(s, actors))
        objects += [a for a in asked if a not in objects]
    if "SOURCE" in trig.needs_object and anchor is token:  # "asked for talks with China"
        sought = sought_with(anchor, ctx.lex.triggers.meeting_nouns)
        objects += [a for a in actors.mentions if a.start in sought and a not in objects]
    if "ACTOR" in trig.needs_object and token.pos_ == "NOUN":  # "a dinner in honour of X"
        objects += [a for a in _guests(token, actors) if a not in objects]
    objects = _addressed(found, ctx, objects)
    if trig.type in ("MOBILIZE", "RETREAT") and not any(
        a.country and not a.reference
        for a in objects  # ("its armed forces": its own)
    ):
        objects += [a for a in _border_states(anchor, ctx) if a not in objects]
        objects += [a for a in _faced(anchor, actors) if a not in objects]
    if trig.type in _TARGETED_TYPES:  # "the bombing of targets in Libya": Libya is hit
        objects += [a for a in _places_hit(found, ctx) if a not in objects]
    if (against or trig.type in _TARGETED_TYPES) and token.pos_ == "NOUN":
        # "mounted an invasion of Lebanon", "a suspension of air links with Serbia"
        objects += [a for a in _patients_of(token, actors) if a not in objects]
    if trig.type in ("ACCUSE", "PROTEST") and anchor is token:
        objects += [a for a in _complained_of(anchor, ctx, objects) if a not in objects]
    if trig.type in _SPEECH_ACTS and anchor is token:  # "sent a letter to Seoul demanding"
        objects += [a for a in message_addressees(anchor, actors, words) if a not in objects]
    if trig.type == "AID" or (trig.type == "REJECT" and anchor is token):  # "refused to
        # extradite them to Ghana", "will send $600 million in aid to Kyiv": the capital's state
        objects += [a for a in _touched(trig.type, anchor, ctx) if a not in objects]
    if trig.type == "SANCTION" and not any(a.country for a in objects):
        objects += _sanctioned(found, ctx)
    if against and anchor is token:  # "the EU imposed duties, a move Beijing condemned"
        objects += [a for a in _agents_of_summarised_act(anchor, ctx) if a not in objects]
    return _without_bystanders(found, ctx, objects)


def _object_of_the_particle(found: Frame, actors: ArticleActors) -> list[Actor]:
    """ "called in U.S. Ambassador Robert Stuart": the parser reads the particle of a phrasal
    trigger as a preposition; its object is the verb's (a visit's is the place it goes to)."""
    trig, anchor = found.trigger, found.anchor
    if not trig.companion or trig.mode == "visit" or anchor is not found.token:
        return []
    told = (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == trig.companion)
    return [a for c in told for a in actors_after(c, actors)]


def _without_bystanders(found: Frame, ctx: ArticleContext, objects: list[Actor]) -> list[Actor]:
    """Objects that take no part: where a traveller left from ("left Paris for London": not
    in Paris now), the one a blamed act was done to ("condemned Iraq's invasion of Kuwait")."""
    anchor = found.anchor
    gone: set[int] = set()
    if anchor.lemma_.lower() in ctx.lex.triggers.words.departures:
        gone = {t.i for c in anchor.children if c.dep_ == "dobj" for t in c.subtree}
    if found.trigger.type in _COMPLAINTS and anchor is found.token:
        gone |= _done_to_by_a_named_doer(anchor, ctx)
    return [a for a in objects if a.start not in gone]


def _done_to_by_a_named_doer(verb: Any, ctx: ArticleContext) -> set[int]:
    """ "condemned Iraq's invasion of Kuwait", "protested against the Israeli shelling of
    Beirut": the blame of a hostile act whose doer is named falls on the doer; the tokens of
    the one it was done to (its "of", "on" or "against" phrase) are no party of it."""
    acts = [c for c in verb.children if c.dep_ == "dobj"]
    acts += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    victims: set[int] = set()
    for act in acts:
        if not hostile_act(act, ctx) or not any(
            ctx.actors.at(t.i) is not None
            for c in act.children
            if c.dep_ in ("poss", "amod", "compound")
            for t in c.subtree
        ):
            continue
        victims |= {
            t.i
            for p in act.children
            if p.dep_ == "prep" and p.lower_ in ("of", "on", "against")
            for t in p.subtree
        }
    return victims


def _sanctioned(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """Whom a measure that names no state as its object punishes: the one it retaliates
    against ("in retaliation for Japan's failure to ..."), or the state across the border it
    closes ("will close three crossings on its border with Russia")."""
    anchor = found.anchor
    border = _border_states(anchor, ctx) if anchor is found.token else []
    return _punished(anchor, ctx) + border


def _faced(verb: Any, actors: ArticleActors) -> list[Actor]:
    """Whom forces are readied against, named inside the verb's phrase: "put its armed forces
    on alert against Turkey", "massed troops on the border against Iraq"."""
    return [
        a
        for prep in verb.children
        if prep.dep_ == "prep"
        for node in prep.subtree
        if node.dep_ == "prep" and node.lower_ == "against" and node is not prep
        for a in actors_after(node, actors)
    ]


def _places_hit(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """The states where a targeted act lands ("the bombing of targets in Libya"), and where a
    light verb's act lands ("carried out airstrikes in Afghanistan")."""
    token, anchor, actors = found.token, found.anchor, ctx.actors
    places = ctx.lex.names.place_nouns
    hit = _places_in(token, actors, places)
    if anchor is not token:
        for prep in anchor.children:
            if prep.dep_ == "prep":
                hit += [a for a in _places_in(prep, actors, places) if a not in hit]
    return hit


def _mandated(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """ "demanded that Iraq withdraw": the one a verb of demanding asks in a subjunctive
    clause."""
    if found.trigger.type != "REQUEST" or found.anchor is not found.token:
        return []
    return mandated_parties(found.anchor, ctx)


def _measure_targets(found: Frame, actors: ArticleActors) -> list[Actor]:
    """The state a measure lifted was aimed at, named in the measure's own phrase: "lifted its
    ban on imports of Peruvian bananas", "lifted the last U.S. sanctions against Poland" (not
    the measure's owner, "its"); those a measure's small clause names ("declared the U.S.
    ambassador and seven other diplomats persona non grata")."""
    trig, verb = found.trigger, found.anchor
    if verb is not found.token or "LISTED" not in trig.needs_object:
        return []
    wanted = set(trig.needs_object)
    declared = [
        a
        for clause in verb.children
        if clause.dep_ == "ccomp" and small_clause_object(clause, wanted)
        for s in clause_subjects(clause)
        for a in _actors_of(s, actors)
    ]
    if trig.type not in ("CONCEDE", "RETREAT"):
        return declared
    return declared + [
        a
        for obj in verb.children
        if obj.dep_ in ("dobj", "nsubjpass")
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "of")
        for t in prep.subtree
        if (a := actors.at(t.i)) is not None and a.kind == "country" and a.country
    ]


def _gapped_objects(found: Frame, actors: ArticleActors) -> list[Actor]:
    """'met Kishida and then Albanese': a name the model joins to the verb, not to its object,
    is a second object of the verb left out before it."""
    verb = found.anchor
    if verb is not found.token or verb.pos_ != "VERB":
        return []
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [
        a
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "PROPN"
        for a in _actors_of(c, actors)
    ]


def _talks_parties(found: Frame, ctx: ArticleContext, objects: list[Actor]) -> list[Actor]:
    """Talks' objects: those a passive light verb's "by" phrase names ("the meeting ... was
    attended by the ministers of A, B and C"), less what was discussed ("discussed Chinese
    activity in the sea", "the situation between A and B")."""
    token, anchor = found.token, found.anchor
    if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in ctx.lex.triggers.light_verbs:
        objects += [a for a in _agent_actors(token.head, ctx.actors) if a not in objects]
    objects += [a for a in _with_party_of_the_occasion(token, ctx) if a not in objects]
    if "PARTY" in found.trigger.needs_object and token is anchor:
        topic = {t.i for c in anchor.children if c.dep_ == "dobj" for t in c.subtree} - {
            t.i  # "discussed the dispute with Kishida": the parser may hang the party there
            for p in anchor.subtree
            if p.dep_ == "prep" and p.lower_ == "with"
            for t in p.subtree
        }
        objects = [a for a in objects if a.start not in topic]
    return objects


def _with_party_of_the_occasion(token: Any, ctx: ArticleContext) -> list[Actor]:
    """ "raised the issue with Bush in a telephone call", "discussed trade with Li during the
    talks": the party the governing verb's "with" phrase names (triggers.yaml
    ``words.occasions``); "told his Malian counterpart in a telephone call": the one a verb
    of saying is told to."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ctx.lex.triggers.words.occasions:
        return []
    verb = prep.head
    if verb.pos_ != "VERB":
        return []
    told = verb.lemma_.lower() in ctx.lex.triggers.reporting_verbs
    heads = [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.children
    ]
    heads += [c for c in verb.children if told and c.dep_ in ("dobj", "dative")]
    return [
        a for g in heads if g.dep_ in ("pobj", "dobj", "dative") for a in _actors_of(g, ctx.actors)
    ]


def _punished(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """The state a measure with no target of its own punishes, named in its reason: "imposed
    the sanctions in retaliation for Japan's failure to ...", "... for Japan's violation of",
    "..., saying Tokyo had failed to abide by the pact", "because Japan had dumped chips"
    (triggers.yaml words.reason_nouns, reason_verbs, reason_marks)."""
    words = ctx.lex.triggers.words
    phrases = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "as"):
            phrases += [g for g in child.children if g.lemma_.lower() in words.reason_nouns]
        elif child.dep_ == "prep" and child.lower_ in ("for", "over"):
            phrases += [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "advcl" and (
            child.lemma_.lower() in words.reason_verbs
            or any(m.dep_ == "mark" and m.lower_ in words.reason_marks for m in child.children)
        ):
            phrases.append(child)
    found = [  # a capital in that place stands for its state ("Tokyo's failure")
        replace(a, kind="country", code=a.country) if a.kind == "place" else a
        for phrase in phrases
        for t in phrase.subtree
        if (a := ctx.actors.at(t.i)) is not None
        and a.country
        and a.kind in ("country", "person", "place")
        and t.dep_ in ("poss", "nsubj", "nsubjpass")
    ]
    return found[:1]


def _given_to(
    found: Frame, actors: ArticleActors, words: EventWords, fillers: tuple[str, ...]
) -> list[Actor]:
    """The recipient the parser makes a dative "to" of the verb that carries a thing given
    ("Japan provided aid | to Peru", "made concessions | to Japan"), or a "to" of the amount
    given "in" it ("authorized 10 mln dlrs in credit guarantees | to Mexico"), or an indirect
    object the parse hangs on the amount ("will lend Pakistan 52.3 billion yen")."""
    verb = found.anchor
    if found.trigger.type not in _GIVEN_TYPES:
        return []
    before = [  # "will lend Pakistan 52.3 billion yen": the parse's modifier of the amount
        a for c in verb.children if c.dep_ == "dobj" for a in _named_before_amount(c, actors)
    ]
    return before + _given_with_to(found, actors, words, fillers)


def _named_before_amount(amount: Any, actors: ArticleActors) -> list[Actor]:
    """The state the small model hangs on an amount as its modifier when it is the indirect
    object of a verb of giving ("lend Pakistan 52.3 billion yen", "granted Chad 150 mln
    francs"): a state named before the amount's number."""
    return [
        a
        for c in amount.children
        if c.dep_ in ("nmod", "compound") and before_its_number(c, amount)
        for a in _actors_of(c, actors)
        if a.kind in ("country", "place")
    ]


def _given_with_to(
    found: Frame, actors: ArticleActors, words: EventWords, fillers: tuple[str, ...]
) -> list[Actor]:
    """The recipient of a "to" of the verb of giving, of its amount or of the noun given."""
    verb, token = found.anchor, found.token
    if verb is token:  # "sent aid to Kyrgyzstan": a verb of giving's own "to" (or its
        things = [c for c in verb.children if c.dep_ == "dobj"]  # object's worth's: "sent
        return [  # supplies worth $2 million to Nepal"; or its kind's: "gave 15 million
            a  # pounds in grants | to Kenya")
            for holder in [verb, *_worth_of(verb, fillers)]
            + [w for c in things for w in [*_worth_of(c, fillers), *_kind_given(c)]]
            for to in holder.children
            if to.lower_ == "to" and to.dep_ in ("dative", "prep") and verb.pos_ == "VERB"
            for g in to.children
            if g.dep_ == "pobj"
            for a in _actors_of(g, actors)
        ]
    holders = [verb]
    if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.head.i == verb.i:
        holders.append(token.head.head)  # the amount, the verb's object
    if token.pos_ == "NOUN" and token.i != verb.i:  # "announced a loan for Sri Lanka", "a
        holders += [token, _measure_of(token, words) or token]  # line of credit for Bangladesh"
        holders += _worth_of(token, fillers)  # "pledged aid worth 200 million yuan | to
        # Afghanistan"
    return [
        a
        for holder in dict.fromkeys(holders)
        for to in holder.children
        if (to.lower_ == "to" and to.dep_ == "dative")
        or (holder.i != verb.i and to.dep_ == "prep" and to.lower_ in _RECIPIENT_PREPOSITIONS)
        for g in to.children
        if g.dep_ == "pobj"
        for a in (_actors_of(g, actors) or _people_of_a_state(g, actors, words))
    ]


def _kind_given(amount: Any) -> list[Any]:
    """What an amount given is given in, on which the parser hangs its recipient ("gave 15
    million pounds in grants | to Kenya", "guaranteed 150 mln dlrs in bank loans | to
    Moscow")."""
    return [
        g
        for prep in amount.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for g in _prep_objects(prep)
    ]


def _worth_of(noun: Any, fillers: tuple[str, ...]) -> list[Any]:
    """The "worth" a thing given is valued by, on which the parser hangs its recipient ("aid
    worth 200 million yuan | to Afghanistan"; "sent supplies worth $2 million | to Nepal", the
    worth hung on the verb; indicators.yaml ``figure_fillers``)."""
    return [c for c in noun.children if c.dep_ in ("amod", "advcl") and c.lower_ in fillers]


def _people_of_a_state(noun: Any, actors: ArticleActors, words: EventWords) -> list[Actor]:
    """The state whose people get aid ("aid for people displaced by the fighting in eastern
    Congo", "relief for flood victims in Bangladesh"; triggers.yaml ``words.beneficiaries``):
    the first country or place of a country named in their phrase."""
    if noun.lemma_.lower() not in words.beneficiaries:
        return []
    for token in noun.subtree:
        actor = actors.at(token.i)
        if actor is not None and actor.kind in ("country", "place") and actor.country:
            return [actor]
    return []


# prepositions after a noun of what is given that name who gets it ("a loan to Peru", "a
# credit line for Bangladesh"); "for" after a verb says why, not for whom
_RECIPIENT_PREPOSITIONS = frozenset({"to", "for"})


def _addressed(found: Frame, ctx: ArticleContext, objects: list[Actor]) -> list[Actor]:
    """Whom a threat or a request is addressed to when its own phrase is silent."""
    anchor = found.anchor
    if found.trigger.type == "THREATEN":
        objects = objects + [a for a in _threatened(anchor, ctx) if a not in objects]
        objects = _not_the_warner(anchor, ctx, objects)
        objects += [] if objects else _hostile_conjunct_objects(anchor, ctx)
    if found.trigger.type == "REQUEST" and not objects and not ctx.lone_sentence:
        objects = _met_and_asked(anchor, ctx)
    if found.trigger.type == "ACCUSE" and not objects and not ctx.lone_sentence:
        objects = _them_just_acted_on(anchor, ctx)
    if found.trigger.type in ("THREATEN", "REQUEST", "ACCUSE", "PROTEST", "REJECT"):
        objects = objects or _sent_to(anchor, ctx)  # none of its own: whom the message went to
    return objects


def _not_the_warner(verb: Any, ctx: ArticleContext, objects: list[Actor]) -> list[Actor]:
    """ "accused Kuwait of ... and warned that Iraq would act if it went on pumping": a
    pronoun in the condition read as the warner's own state is the other side, whom the
    threat is made to (found by what the warner did before)."""
    warners = {a.country for a in _warner_actors(verb, ctx) if a.country}
    return [a for a in objects if not (a.reference and a.country in warners)]


def _warner_actors(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """The actors a warning's subjects name (the subject of a coordinated verb is the
    first's: "said ... and warned")."""
    return [a for s in clause_subjects(verb) for a in _actors_of(s, ctx.actors)]


def _sent_to(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """ "In a message delivered to Ozal, he warned", "in a letter to Reagan, Gorbachev urged":
    the person or state a message that carries the act is sent to (triggers.yaml
    ``words.sent_messages``)."""
    sent = ctx.lex.triggers.words.sent_messages
    return [
        a
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in sent
        for to in noun.subtree
        if to.dep_ in ("prep", "dative") and to.lower_ == "to"
        for g in to.children
        if g.dep_ == "pobj"
        for a in _actors_of(g, ctx.actors)
        if a.kind in ("person", "country")
    ]


def _them_just_acted_on(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """ "expelled two French diplomats and accused them of spying": a charge whose object is
    a pronoun, coordinated with an act of the same subject on a party, is against that party
    (its object names the one the pronoun stands for)."""
    pronouns = ctx.lex.names.person_pronouns | ctx.lex.triggers.words.unknown_addressees
    if not any(c.dep_ == "dobj" and c.lower_ in pronouns for c in verb.children):
        return []
    return _hostile_conjunct_objects(verb, ctx)


def _met_and_asked(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """ "summoned the Mauritanian envoy and demanded an apology", "met the French ambassador
    to ask for more aid": a request with nobody named of its own, coordinated with (or the
    purpose of) a meeting or a summons of the same subject, is made to the one met."""
    head = verb.head
    purpose = verb.dep_ in ("advcl", "xcomp") and marked_by_to(verb)
    if head.pos_ != "VERB" or not (verb.dep_ == "conj" or purpose):
        return []
    met = _objects_of_an_act(head, ctx, frozenset({"CONSULT", "ACCUSE"}))
    return [a for a in met if a.kind in ("person", "country")]


def _hostile_conjunct_objects(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """ "Washington has accused Japan of reneging on the deal and has threatened to take
    retaliatory action": a threat with no one named, coordinated with a hostile act of the
    same subject, is against that act's object; so is a charge in a participle of the act
    ("expelled eight U.S. diplomats, accusing them of organising a rally")."""
    head = verb.head
    participle = (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
    )
    if not (verb.dep_ == "conj" or participle) or head.pos_ != "VERB":
        return []
    return _objects_of_an_act(head, ctx, _AGAINST)


def _objects_of_an_act(verb: Any, ctx: ArticleContext, types: frozenset[str]) -> list[Actor]:
    """The actors a verb's direct object names, where the verb is (in an article) a trigger of
    one of ``types``: the party of the act another verb of the same subject follows up."""
    entries = ctx.lex.triggers.verbs.get(verb.lemma_.lower(), ())
    if not any(t.type in types and not t.sentence_only for t in entries):
        return []
    return [a for c in verb.children if c.dep_ == "dobj" for a in _actors_of(c, ctx.actors)]


def _patients_of(noun: Any, actors: ArticleActors) -> list[Actor]:
    """What a hostile act noun's "of" phrase names, as a verb's object would: a state, a
    capital standing for it, a person ("the invasion of Lebanon", "the bombing of Tripoli"),
    or the party of the ties it touches ("a suspension of air links with Serbia", "the
    suspension of aid to Bosnia")."""
    out: list[Actor] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in (g for g in prep.children if g.dep_ == "pobj"):
            nodes = [pobj]  # its conjuncts are among its actors
            nodes += [
                g
                for inner in pobj.children
                if inner.dep_ == "prep" and inner.lower_ in ("with", "to", "between")
                for g in inner.children
                if g.dep_ == "pobj"
            ]
            for actor in (a for node in nodes for a in _actors_of(node, actors)):
                if actor.kind == "place" and actor.country:  # a capital for its state
                    actor = replace(actor, kind="country", code=actor.country)
                if actor.country and actor not in out:
                    out.append(actor)
    return out


def _under(found: Frame) -> set[int]:
    """The tokens of the frame's "under" phrases ("under the chairmanship of X")."""
    return {
        t.i
        for node in dict.fromkeys((found.token, found.anchor))
        for c in node.children
        if c.dep_ == "prep" and c.lower_ == "under"
        for t in c.subtree
    }


def _complained_of(verb: Any, ctx: ArticleContext, objects: list[Actor]) -> list[Actor]:
    """Who a complaint is about when it names their act: "complained to the UN over two Israeli
    air raids", "protested against Soviet troop movements" (an event noun the data files list,
    whose owner is a state); a protest at a state's mission is against it ("demonstrated
    outside the U.S. embassy", ``words.missions``)."""
    nouns, missions = ctx.lex.triggers.nouns, ctx.lex.triggers.words.missions
    found: list[Actor] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("over", "about", "against", "at", "outside"):
            continue
        for act in prep.children:
            named = act.lemma_.lower() in nouns or act.lower_ in nouns or act.lower_ in missions
            if act.dep_ != "pobj" or not named:
                continue
            found += [
                actor
                for child in act.children
                if child.dep_ in ("amod", "poss", "compound") and child.i < act.i
                for actor in _actors_of(child, ctx.actors)
                if actor.kind == "country"
            ]
    if found or any(a.country for a in objects):
        return found
    return _agents_of_the_act_told(verb, ctx)


# the hostile acts a later definite noun ("condemned the invasion") may name
_CONDEMNED_TYPES = HOSTILE_ACTS | {"THREATEN"}


def _remember_act(found: Frame, ctx: ArticleContext, sides: Sides, event: Event) -> None:
    """A hostile act told as done, with the states that did it: "Damascus denounced the
    incursion" a sentence later condemns them; an accusation made, which a denial answers."""
    if ctx.lone_sentence or event.status != "occurred":
        return
    if event.type == "ACCUSE" and len(event.countries) == 2 and not event.negated:
        ctx.accusations.append((ctx.sentence_index(found.token), *event.countries))
    if event.type not in _CONDEMNED_TYPES:
        return
    own = {a.country for a in sides.subjects if a.country}
    agents = tuple(c for c in event.countries if c in own)
    if agents and not event.negated:
        ctx.hostile_acts.append((found.token.i, event.type, agents))


def _agents_of_the_act_told(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """Whom a complaint about a hostile act told before names, by a definite noun of that
    act with no party of its own: "Iraqi troops invaded Kuwait ... Baker condemned the
    invasion" condemns Iraq; a noun that sums up an act ("the move", ``words.summaries``)
    names the last hostile act of any kind, within the two sentences before."""
    here, summaries = ctx.sentence_index(verb), ctx.lex.triggers.words.summaries
    judges = {
        a.country for c in verb.children if c.dep_ == "nsubj" for a in _actors_of(c, ctx.actors)
    }
    if not judges - {None}:
        return []  # who complains must be named: the act's agents are the other side
    for act in _judged_acts(verb, ctx.actors):
        lemma = act.lemma_.lower()
        types = {t.type for t in ctx.lex.triggers.nouns.get(lemma, ())} & _CONDEMNED_TYPES
        if lemma in summaries:
            types = set(_CONDEMNED_TYPES)
        acts = [(at, type_) for at, type_, _ in reversed(ctx.hostile_acts) if at < act.i]
        # the last act told with the noun's own word first ("the invasion": who invaded)
        acts.sort(key=lambda a: not _same_word(ctx.doc[a[0]], act))
        for at, type_ in acts:
            if lemma in summaries and ctx.sentence_index(ctx.doc[at]) < here - 2:
                break
            if type_ in types:  # all the agents of that act
                same = (a for i, _, named in ctx.hostile_acts if i == at for a in named)
                return [Actor(act.i, act.i + 1, "country", c, country=c, reference=True)
                        for c in dict.fromkeys(same) if c not in judges]  # fmt: skip
    return []


def _same_word(told: Any, noun: Any) -> bool:
    """Whether an act's trigger and a later noun are one word ("invaded" and "the invasion",
    "bombed" and "the bombing"): the same first four letters of their lemmas."""
    a, b = told.lemma_.lower(), noun.lemma_.lower()
    return len(a) >= 4 and len(b) >= 4 and a[:4] == b[:4]


def _judged_acts(verb: Any, actors: ArticleActors) -> list[Any]:
    """The definite nouns a verb of complaint takes with no party of their own: "denounced the
    incursion", "protested against the latest decision" (not "the Iranian strike", "its
    attack", "the attack on Israel": their parties are their own)."""
    out = []
    for child in verb.children:
        acts = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ in ("over", "against"):
            acts = [c for c in child.children if c.dep_ == "pobj"]
        for act in acts:
            dets = [c.lower_ for c in act.children if c.dep_ in ("det", "poss")]
            definite = bool(dets) and dets[0] in ("the", "this", "that", "these", "those")
            if definite and not _actors_of(act, actors):
                out.append(act)
    return out


def _touched(type_: str, verb: Any, ctx: ArticleContext) -> list[Actor]:
    """Whom a refusal or aid touches beyond the verb's own objects."""
    if type_ == "REJECT":
        return _refused_act_parties(verb, ctx)
    return _recipient_capitals(verb, ctx)


def _refused_act_parties(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """The states and people a refused act would have touched: "refused to extradite the men
    to Ghana", "declined to lift its ban on Chilean fruit" (the infinitive of a verb of
    refusing, words.refusing; what it would have done to them is what they are refused)."""
    if verb.lemma_.lower() not in ctx.lex.triggers.words.refusing:
        return []
    found: list[Actor] = []
    for aim in verb.children:
        if aim.dep_ != "xcomp" or aim.pos_ != "VERB":
            continue
        for token in sorted(_own_phrase(aim), key=lambda t: t.i):
            actor = ctx.actors.at(token.i)
            if (
                actor is not None
                and actor.kind in ("country", "person")
                and actor.country
                and not _is_origin(actor, aim.doc[actor.end - 1].head)
                and actor not in found
            ):
                found.append(actor)
    return found


_OTHER_CLAUSES = frozenset({"advcl", "relcl", "ccomp", "acl", "parataxis"})


def _own_phrase(verb: Any, beside: frozenset[str] = frozenset()) -> list[Any]:
    """The words of a verb's own clause, not of the clauses below it ("refusing to do enough
    to boost demand while the United States ...": the United States is in another clause),
    nor of the phrases of the prepositions ``beside`` ("a deal between A and B")."""
    found, todo = [], [verb]
    while todo:
        node = todo.pop()
        found.append(node)
        todo += [
            c
            for c in node.children
            if c.dep_ not in _OTHER_CLAUSES and not (c.dep_ == "prep" and c.lower_ in beside)
        ]
    return found


def _aided_in(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """The state aid goes to when its "for" or "to" phrase names a thing of that state rather
    than the state: "a credit for a power station near Alexandria", "a line of credit for
    railway projects in Bangladesh", "radar systems to the Philippine navy" (the state a place
    lies in, or whose name or adjective the phrase holds; not in a clause below it)."""
    verb, token = found.anchor, found.token
    holders = [verb, token, *(c for c in verb.children if c.dep_ == "dobj")]
    out: list[Actor] = []
    for holder in {h.i: h for h in holders}.values():
        for prep in holder.children:
            if prep.dep_ not in ("prep", "dative") or prep.lower_ not in _RECIPIENT_PREPOSITIONS:
                continue
            for node in _own_phrase(prep, _PARTY_PREPOSITIONS):
                actor = ctx.actors.at(node.i)
                if actor is None or actor.kind not in ("country", "place") or not actor.country:
                    continue
                state = replace(actor, kind="country", code=actor.country)
                if all(a.country != state.country for a in out):
                    out.append(state)
    return out


# prepositions that name another party of a thing, not where it is or whose it is: "a deal
# between the United States and the EC" is no thing of the United States
_PARTY_PREPOSITIONS = frozenset({"between", "with", "against", "from", "by"})


def _aided_by_the_first_verb(found: Frame, ctx: ArticleContext) -> list[Actor]:
    """ "would supply Moldova with electricity and provide emergency assistance": the second
    verb of giving gives to the state the first one names as its object."""
    verb = found.anchor
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb is not found.token:
        return []
    given = _objects_of_an_act(verb.head, ctx, _AID)  # its first verb's object, when that
    named = (as_state(a, ctx.lex, ctx.published_on) for a in given)  # verb gives in articles
    return [a for a in named if a.kind == "country"]


def _recipient_capitals(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """A capital that aid goes "to" stands for its state, as does one that is the verb's
    indirect object ("Tokyo will lend Cairo 20 billion yen")."""
    recipients = [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "PROPN"]
    recipients += [
        pobj
        for prep in verb.children
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    found = (
        as_state(a, ctx.lex, ctx.published_on)
        for noun in recipients
        if (a := ctx.actors.at(noun.i)) is not None and a.kind == "place"
    )
    return [a for a in found if a.kind == "country"]


def _agents_of_summarised_act(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """The agent of the act a noun sums up, for the clause that judges it: "the EU imposed
    duties on steel, a move Beijing condemned" condemns the EU."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ not in ("npadvmod", "appos") or noun.i > verb.i:
        return []
    if any(c.dep_ == "dobj" and c.tag_ not in RELATIVE_PRONOUNS for c in verb.children):
        return []  # the clause names what it judges itself (not "a step that X criticised")
    act = noun.head  # "imposed duties on steel, a move": the move is the imposing
    for _ in range(2):
        if act.pos_ in ("VERB", "AUX") or act.dep_ not in ("dobj", "pobj", "prep"):
            break
        act = act.head
    subjects = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
    on = ctx.published_on  # "Washington imposed duties": a capital acts for its state
    return [as_state(a, ctx.lex, on) for c in subjects for a in _actors_of(c, ctx.actors)]


def _refused(
    found: Frame, ctx: ArticleContext, subjects: list[Actor], objects: list[Actor], generic: bool
) -> bool:
    """Whether the frame is no event: nobody named, the object its trigger needs missing, a
    speech act without what is said, or a demand addressed to nobody known."""
    trig, token, anchor = found.trigger, found.token, found.anchor
    if not subjects and not objects and not generic and not ctx.lone_sentence and not found.group:
        return True
    if trig.type == "CONSULT" and _called_home(token, ctx):
        return True
    reciprocal = (  # "they discussed the debt": both sides (not "A and B arrested": an act
        "PARTY" in trig.needs_object and trig.type in _DYADIC  # on someone else)
    ) and (
        len({a.country for a in subjects if a.country}) > 1
        # "they" of a pair whose event was just told (in a lone sentence they are unknown);
        # not "declined to discuss the strain between the two countries" (a topic)
        or (
            not ctx.lone_sentence
            and any(_is_generic(s, ctx.lex.triggers.words) for s in clause_subjects(anchor))
            and ctx.recent_pair(token) is not None
        )
    )
    if (  # "A and B talked": a party needed as object may be the subject's other half
        trig.needs_object
        and not reciprocal
        and not _an_official_received(trig, anchor, objects, ctx)
        and not _object_matches(
            token,
            anchor,
            trig.needs_object,
            objects,
            ctx.lex.triggers.meeting_nouns,
            ctx.lex.triggers.words.departures,
        )
    ):
        return True
    if "UNAGREED" in trig.needs_object and _term_of_an_agreement(anchor, ctx):
        return True  # "agreed to reschedule Polish debt": the agreement is the event
    if "ACTOR" in trig.needs_object and _receives_a_thing(anchor, ctx):
        return True  # "welcomed Reagan's announcement": a thing is welcomed, nobody received
    if trig.type in _SPEECH_ACTS and token is anchor and token.pos_ == "VERB":
        # (a relative clause's noun is what it judges: "a move Beijing condemned")
        judged = token.dep_ == "relcl" and trig.type in _AGAINST
        complements = judged or any(c.dep_ in _COMPLEMENT_DEPS for c in token.children)
        if not complements and not ctx.lone_sentence:
            return True  # "goods ill-adapted to demand": the verb used without what is asked
    if trig.type == "ACCUSE" and not ctx.lone_sentence and _them_just_acted_on(anchor, ctx):
        return False  # "expelled two diplomats and accused them of spying": them is known
    # "to urge them", "made no demands": nobody known is addressed (but "sent a note to India
    # accusing it of ...": it is the one the note went to)
    return (
        trig.type in ("REQUEST", "ACCUSE", "REJECT", "THREATEN")
        and not message_addressees(anchor, ctx.actors, ctx.lex.triggers.words)
        and _addressed_to_unknown(token, anchor, ctx.lex.triggers.words.unknown_addressees)
    )


def _an_official_received(
    trig: Trigger, verb: Any, objects: list[Actor], ctx: ArticleContext
) -> bool:
    """ "received the Libyan ambassador", "welcomed a Chinese delegation": a state's official
    told without a name (names.yaml ``official_nouns``) is somebody received."""
    if "ACTOR" not in trig.needs_object or verb.pos_ != "VERB":
        return False
    nouns = ctx.lex.names.official_nouns
    states = {a.start for a in objects if a.kind == "country"}
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in nouns
        and any(m.i in states for m in c.children if m.dep_ in ("amod", "compound", "poss"))
        for c in verb.children
    )


def _term_of_an_agreement(verb: Any, ctx: ArticleContext) -> bool:
    """ "agreed to reschedule Polish debt": the act is what a verb of agreeing governs; or
    what a noun says ("an agreement to reschedule ...", "negotiations to reschedule ...",
    "rescheduling negotiations"), an act of nobody yet."""
    head = verb.head
    if head is verb:
        return False
    if verb.dep_ in ("amod", "compound") or (verb.dep_ == "acl" and head.pos_ == "NOUN"):
        return True
    if verb.dep_ not in ("xcomp", "advcl"):
        return False
    readings = ctx.lex.triggers.verbs.get(head.lemma_.lower(), ())
    return any(t.type == "AGREE" for t in readings)


def _border_states(verb: Any, ctx: ArticleContext) -> list[Actor]:
    """The state across the border troops move to or from: "massed troops on the Indian
    border", "pulled back its forces along its frontier with China" (``words.borders``)."""
    out: list[Actor] = []
    for node in verb.subtree:
        if node.dep_ != "pobj" or node.lemma_.lower() not in ctx.lex.triggers.words.borders:
            continue
        near = [c for c in node.children if c.dep_ in ("amod", "compound", "poss")]
        near += [
            g
            for p in node.children
            if p.dep_ == "prep" and p.lower_ in ("with", "between")
            for g in p.children
            if g.dep_ == "pobj"
        ]
        for phrase in near:
            out += [
                replace(a, kind="country", code=a.country)
                for a in _actors_of(phrase, ctx.actors)
                if a.country and a.kind in ("country", "place")
            ]
    return out


def _topics(trig: Trigger, words: EventWords) -> frozenset[str]:
    """The prepositions that say what a two-sided event is about ("talks on Iran"), but not
    the one of a trigger's own ("called on the president", "a courtesy call on the
    president": the person called on)."""
    topics = words.topic_prepositions if trig.type in _DYADIC else frozenset()
    if trig.pos == "verb" and trig.companion:
        topics -= {trig.companion}
    if trig.pos == "noun" and "ACTOR" in trig.needs_object:
        topics -= {"on"}
    return topics


def _purpose_places(verb: Any, actors: ArticleActors) -> list[Actor]:
    """The place of what a traveller goes for: "left for talks in Stockholm"."""
    return [
        a
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for noun in prep.children
        if noun.dep_ == "pobj"
        for where in noun.children
        if where.dep_ == "prep" and where.lower_ in ("in", "at")
        for g in where.children
        if g.dep_ == "pobj"
        for a in _actors_of(g, actors)
        if a.kind in ("place", "country")
    ]


def _called_home(token: Any, ctx: ArticleContext) -> bool:
    """ "recalled its ambassador in Damascus for consultations": one's own envoy (names.yaml
    ``envoy_nouns``) is called home to consult his government, which is no meeting of the two
    states."""
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return False
    verb = token.head.head
    envoys = ctx.lex.names.envoy_nouns
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in envoys and own_side(c) for c in verb.children
    )


def _receives_a_thing(verb: Any, ctx: ArticleContext) -> bool:
    """The object of a verb of receiving is a thing, its owner aside: "welcomed Reagan's
    announcement", "hosted the minister's proposal" (not "received the minister")."""
    words = ctx.lex.triggers.words
    for obj in verb.children:  # the object, or the subject of a passive ("the aircraft was
        # greeted by guests")
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.pos_ != "NOUN":
            continue
        owner = {t.i for c in obj.children if c.dep_ == "poss" for t in c.subtree}
        if any(ctx.actors.at(t.i) is not None for t in obj.subtree if t.i not in owner):
            continue  # "the British foreign secretary James Cleverly was received": somebody
        if acts_for_a_state(obj, words) or obj.lemma_.lower() in words.generic_pair:
            continue
        return True
    return False


def _sides(
    found: Frame, ctx: ArticleContext, subjects: list[Actor], objects: list[Actor], generic: bool
) -> Sides:
    """Places apart from parties, places' states as parties, and a visit's visitor first."""
    trig, token, anchor = found.trigger, found.token, found.anchor
    actors, words = ctx.actors, ctx.lex.triggers.words
    places = _place_args(token, anchor, actors, ctx.lex, visit=trig.mode == "visit")
    places = places or _arrived_at_the_dateline(found, ctx, subjects)
    doc = token.doc
    if trig.mode == "visit":  # "arrived in Cairo from Tripoli", "flew in from Kinshasa": where
        objects = [a for a in objects if not _origin(doc[a.end - 1])]  # he came from
    places += [
        a for a in objects if a.kind == "place" and not _as_counterpart(doc[a.end - 1], trig)
    ]
    places = [a for a in places if doc[a.end - 1].dep_ != "poss"]  # "Washington's request"
    speech = trig.type in _ADDRESSED_ACTS
    if speech:
        places = [a for a in places if not _addressee(doc[a.end - 1])]
    relative = anchor.head if anchor.dep_ == "xcomp" and where_relative(anchor.head) else anchor
    if relative.dep_ == "relcl" and (head_actor := actors.at(relative.head.i)) is not None:
        # ("Tokyo, where he is to arrive on Sunday": the clause's verb carries the arrival)
        if head_actor.kind == "place":
            places.append(head_actor)
        elif (
            head_actor.kind == "country"
            and trig.mode == "visit"
            and (_object_relative(anchor) or where_relative(relative))
        ):
            name = ctx.lex.knowledge.country_name(head_actor.country or "") or head_actor.code
            places.append(replace(head_actor, kind="place", code=name))  # "Norway, which he
            # visited two weeks ago", "Japan, where he is to arrive on Sunday": the host
    on = ctx.published_on
    subjects = [as_state(a, ctx.lex, on) for a in subjects]  # "London broke off relations"
    objects = [  # "broken off by London", "rejected Washington's request", "talks with
        # Washington", "urged Tokyo to": the government (not "visited Tokyo", "met in Bonn")
        as_state(a, ctx.lex, on)
        if a.start in _agents(anchor)
        or doc[a.end - 1].dep_ == "poss"
        or _as_counterpart(doc[a.end - 1], trig)
        or (speech and _addressee(doc[a.end - 1]))  # "called on Bonn to", "appealed to Paris"
        else a
        for a in objects
    ]
    subjects = [a for a in subjects if a.kind != "place"]
    objects = [a for a in objects if a.kind != "place"]
    if trig.mode == "visit":
        owner = [  # "he looked forward to his visit": the visit is the possessor's
            a
            for c in token.children
            if c.dep_ == "poss" and (a := actors.at(c.i)) is not None and a.kind == "person"
        ]
        if owner and token.pos_ == "NOUN":
            subjects = owner
            objects = [a for a in objects if a not in owner]
        subjects = _visitor_not_host(subjects, places, token, actors)
    if generic and not any(a.kind == "person" for a in subjects + objects):
        subjects = subjects + _pair_leaders(anchor, token, actors, words.group)
    return Sides(subjects, objects, places, generic)


def _lone_parties(
    found: Frame, ctx: ArticleContext, subjects: list[Actor], objects: list[Actor]
) -> tuple[list[Actor], list[Actor]]:
    """Who a lone sentence names, where an article would have told it before: a capital for
    its state, a subject placed by its 'in' phrase ("police in Kenya") or the capital that
    speaks ("Seoul said it would"), a party beside the object ("its ambassador to Germany"),
    and, for an act that lands somewhere and names no one it hits, the country where ("massed
    tanks near the Ukrainian border"); a demand or a charge is addressed to someone, not to a
    place."""
    token, anchor, actors = found.token, found.anchor, ctx.actors
    subjects = _as_states(subjects, ctx.lex)
    objects = _as_states(objects, ctx.lex)
    objects += [a for a in _dative_recipients(anchor, actors) if a not in objects]
    if not any(a.country for a in subjects):
        subjects = subjects + _located_subjects(anchor, token, actors)
        subjects = subjects + _reporting_state(anchor, token, actors, ctx.lex)
    if not any(a.country for a in objects):
        objects += [
            a for a in _object_complements(token, anchor, actors, ctx.lex) if a not in objects
        ]
    placed = found.trigger.type not in _DYADIC and found.trigger.type not in _ADDRESSED
    if placed and not any(a.country for a in objects):
        verb = _governing_verb(token) if anchor is token else None  # "put on alert near X"
        for node in dict.fromkeys(n for n in (token, anchor, verb) if n is not None):
            objects += [a for a in _targets_located(node, actors) if a not in objects]
    return subjects, objects


def _governing_verb(token: Any) -> Any | None:
    """The verb a noun hangs from through a preposition ("went on strike")."""
    node = token
    for _ in range(3):
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _addressed_to_unknown(token: Any, anchor: Any, pronouns: frozenset[str]) -> bool:
    """A pressure act addressed to a bare pronoun ("urge them") or denied ("no demands")."""
    for node in dict.fromkeys((token, anchor)):
        for child in node.children:
            if child.dep_ in ("dobj", "dative") and child.lower_ in pronouns:
                if child.tag_ not in RELATIVE_PRONOUNS:  # not "a step that Beijing criticised"
                    return True
            if child.dep_ == "det" and child.lower_ == "no":
                return True
    return False


def _arrived_at_the_dateline(
    found: Frame, ctx: ArticleContext, subjects: list[Actor]
) -> list[Actor]:
    """ "X, who flew in on Monday", "arrived here": a visit to the dateline's city, when the
    clause names no other place of another state (not "arrived here for a visit to
    Yugoslavia": that one's; a place one came from does not count)."""
    line = ctx.dateline_place
    if found.trigger.mode != "visit" or line is None or not arrives_here(found, ctx):
        return []
    own = {a.country for a in subjects if a.country}
    named = (ctx.actors.at(t.i) for t in found.anchor.subtree if not _origin(t))
    if any(a and a.kind in ("place", "country") and a.country not in own for a in named):
        return []
    return [line]


def _origin(head: Any) -> bool:
    """A name after "from": where a traveller comes from, neither party nor place of a visit."""
    while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
        head = head.head
    return bool(head.dep_ == "pobj" and head.head.lower_ == "from")


def _as_counterpart(head: Any, trig: Trigger) -> bool:
    """A name that is the other party, not the place: after with / between / against, or
    the object of a verb that is no movement ("accused Tokyo", "urged Bonn to act")."""
    if head.dep_ == "conj" and head.head.ent_type_ == "GPE":  # "the ministers of Indonesia,
        return True  # Malaysia and Singapore": a state among states
    if head.dep_ == "pobj":
        return head.head.lower_ in ("with", "between", "against", "among")
    return head.dep_ == "dobj" and trig.mode != "visit" and head.head.pos_ == "VERB"


def _mode(
    trig: Trigger, countries: tuple[str, ...], sides: Sides, token: Any, actors: ArticleActors
) -> str | None:
    """The trigger's mode, but talks among three or more states are multilateral and a visit
    to a person is a meeting."""
    if trig.mode == "meet" and len(set(countries)) > 2:
        return "multilateral"
    if trig.mode == "visit" and not sides.places and _visits_a_person(token, actors):
        return "meet"  # "Funaro visited Treasury Secretary Baker": he met him
    return trig.mode


def _visits_a_person(token: Any, actors: ArticleActors) -> bool:
    """A verb of visiting whose object is a person, not a place: "visited Treasury Secretary
    Baker" is a meeting; "visits Prime Minister Mulroney" stays a visit to his country (a
    head of state or government receives at home)."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "dobj"
        and (a := actors.at(c.i)) is not None
        and a.kind == "person"
        and a.role not in _LEADER_ROLES
        for c in token.children
    )


def _addressee(head: Any) -> bool:
    """The name an act of speech is addressed to, not where it happens: "urged Tokyo to",
    "appealed to Washington", "called on Bonn to" (a verb's object or its "to"/"on"), each
    one joined to it ("urged both Washington and Tripoli to"), and the one something is asked
    of ("demanded an explanation from Washington")."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("dobj", "dative"):
        return bool(head.head.pos_ == "VERB")
    if head.dep_ == "pobj" and head.head.lower_ == "from":  # "demanded an explanation from
        return bool(head.head.head.pos_ == "VERB" or head.head.head.dep_ == "dobj")  # Washington"
    return (
        head.dep_ == "pobj"
        and head.head.lower_ in ("to", "on", "upon")
        and head.head.head.pos_ == "VERB"
    )


def _agents(verb: Any) -> set[int]:
    """Token indices of the passive agent of a verb ("broken off by London")."""
    return {g.i for c in verb.children if c.dep_ == "agent" for g in c.children}


def _visitor_not_host(
    subjects: list[Actor], places: list[Actor], token: Any, actors: ArticleActors
) -> list[Actor]:
    """Nobody visits their own country: "X said he looked forward to his visit to X's country"
    is the other side's visit, so a possessive pronoun or a title ("the minister last visited
    Japan") pointing at the host's own person is re-read as the latest person named from
    another country."""
    hosts = {p.country for p in places if p.country}
    out = []
    doc = token.doc
    for actor in subjects:
        head = doc[actor.start : actor.end].root
        # "his visit", "the minister visited" (not "he would return": a pronoun subject)
        rereads = head.dep_ == "poss" or head.pos_ == "NOUN"
        if actor.kind == "person" and actor.reference and actor.country in hosts and rereads:
            other = _latest_foreign_person(actors, token.i, hosts)
            if other is not None:
                actor = replace(actor, code=other.code, country=other.country, role=other.role)
        out.append(actor)
    return out


def _latest_foreign_person(actors: ArticleActors, before: int, hosts: set[str]) -> Actor | None:
    found = [
        m
        for m in actors.mentions
        if m.kind == "person" and m.start < before and m.country and m.country not in hosts
    ]
    return max(found, key=lambda m: m.start) if found else None


def _sides_of(found: Frame, ctx: ArticleContext, sides: Sides) -> list[list[Actor]]:
    """The participant groups: one meeting per person met."""
    trig = found.trigger
    direct = _direct_objects(found.token, found.anchor, ctx.actors)
    if trig.type in _TARGETED_TYPES:  # "raided camps in Zimbabwe, Botswana and Zambia": each
        direct += [a for a in _places_hit(found, ctx) if a not in direct]  # is hit
    groups = _participant_groups(trig, sides.subjects, sides.objects, direct, found.token.doc)
    if trig.type == "CONSULT" and (
        _between_parties(found.token, ctx.actors)
        or _told_with(found, ctx.lex.triggers.words.together)
    ):  # "a meeting between A, B and C", "held joint talks with A and B": one
        groups = [[*sides.subjects, *sides.objects]]
    own = {a.country for a in sides.subjects if a.country}
    targets = {a.country: a for a in direct if a.country and a.country not in own}
    plural = found.token.tag_ == "NNS" or _told_apart(found, ctx)
    if trig.type == "AGREE" and plural and own and len(targets) > 1:
        # "reached agreements with Chile and Venezuela", "signed separate memorandums with
        # Baku and Yerevan": one agreement with each
        spans = {(a.start, a.end) for a in direct}  # (a capital stands for its state)
        others = [a for a in sides.objects if (a.start, a.end) not in spans]
        groups = [[*sides.subjects, *others, target] for target in targets.values()]
    if trig.type in ("ACCUSE", "PROTEST") and len(groups) == 1:
        groups = _each_agent_told(groups[0], sides.objects)
    if trig.type == "CONSULT" and trig.mode in ("meet", "phone") and len(groups) == 1:
        groups = [_with_named_people(groups[0], found.anchor, ctx.actors)]
    met = [a for a in sides.objects if a.kind == "person"]
    states = {a.country for a in sides.objects if a.country and a.country not in own}
    if trig.type == "CONSULT" and len(met) > 1 and _told_apart(found, ctx):
        # "held separate talks with Baker and Volcker": one meeting with each
        rest = [a for a in sides.objects if a.kind != "person"]
        theirs = {p.country for p in met if p.country}  # ("his Armenian counterpart, X, and
        groups = [  # his Azerbaijani counterpart, Y": each meeting with its own state)
            [*sides.subjects, *(a for a in rest if a.country in (None, p.country)
                                or a.country not in theirs), p]
            for p in met
        ]  # fmt: skip
    elif trig.type == "CONSULT" and own and len(states) > 1 and _told_apart(found, ctx):
        # "held separate telephone conversations with his Armenian counterpart, X, and his
        # Azerbaijani counterpart, Y": one with each state
        groups = [
            [*sides.subjects, *(a for a in sides.objects if a.country == state)]
            for state in sorted(states, key=lambda c: min(a.start for a in sides.objects
                                                          if a.country == c))
        ]  # fmt: skip
    if len(groups) == 1 and (each := _each_of_the_pair(found, ctx, groups[0])):
        groups = each  # "telephoned both leaders": one call with each
    return groups


def _each_of_the_pair(found: Frame, ctx: ArticleContext, group: list[Actor]) -> list[list[Actor]]:
    """ "telephoned both leaders", "met the two ministers separately": a call or a meeting of
    one state's person with the pair the story is about, named as such in its object
    (``words.generic_pair``, ``words.group``), is one with each; their people are the last
    named of each state. Empty when the object names no pair. (Not a request: "urged both
    governments to show restraint" is one appeal to the two, as news gold mostly codes it.)"""
    trig, words = found.trigger, ctx.lex.triggers.words
    if trig.type != "CONSULT" or trig.mode not in ("phone", "meet"):
        return []
    anchor = found.anchor
    objects: list[Any] = []  # "telephoned both leaders", "spoke to the two ministers"
    for c in anchor.children:
        if c.dep_ in ("dobj", "dative"):
            objects.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("to", "on"):
            objects += c.children
    nouns = [
        n
        for n in objects
        if (n.lower_ in words.group or n.lower_ in words.generic_pair) and is_counted(n)
    ]
    own = {a.country for a in group if a.country}
    if not nouns or not own:
        return []
    if any(t.lower_ in words.together for t in _own_tokens(anchor)):
        return []  # "met the two ministers together afterwards": one meeting of the three
    pair: tuple[str, ...] | None = ctx.actors.pair  # the story's pair, else the pair just told
    if pair is None or len(pair) != 2 or own & set(pair):
        pair = ctx.recent_other_pair(found.token, own)
    if pair is None:
        return []
    noun = nouns[0]
    out = []
    for state in pair:
        named = [
            m
            for m in ctx.actors.mentions
            if m.kind == "person" and m.country == state and m.start < noun.i
        ]
        state_actor = Actor(noun.i, noun.i + 1, "country", state, country=state, reference=True)
        them = [state_actor]
        leaders = [m for m in named if m.role in _LEADER_ROLES]
        if named and noun.lower_ in words.group:  # "both leaders": the last named of each
            last = max(leaders or named, key=lambda m: m.start)  # (its leader, if named)
            them.append(replace(last, start=noun.i, end=noun.i + 1, reference=True))
        out.append([*(a for a in group if a.country in own or a.country is None), *them])
    return out


def _each_agent_told(group: list[Actor], objects: list[Actor]) -> list[list[Actor]]:
    """ "condemned the strikes" the United States and Britain carried out (the agents of one
    act told before, ``_agents_of_the_act_told``): each is condemned, one group each."""
    told = [a for a in objects if a.reference and a.kind == "country"]
    if len(told) < 2 or len({(a.start, a.end) for a in told}) != 1:
        return [group]
    return [[*(a for a in group if a not in told), agent] for agent in told]


def _told_apart(found: Frame, ctx: ArticleContext) -> bool:
    """The event noun, its verb or the verb's object says the parties were met one by one
    (words.apart: "held separate talks", "signed separate memorandums")."""
    return _told_with(found, ctx.lex.triggers.words.apart)


def _told_with(found: Frame, marks: frozenset[str]) -> bool:
    """A word of ``marks`` on the event noun, its verb, the verb's objects or the ones joined
    to them ("met the two separately", "received A and B together")."""
    objects = [  # (the parser may join the second one met to the verb: "received A and B")
        o for c in found.anchor.children if c.dep_ in ("dobj", "conj") for o in (c, *c.conjuncts)
    ]
    return any(
        c.dep_ in ("amod", "advmod") and c.lower_ in marks
        for node in dict.fromkeys((found.token, found.anchor, *objects))
        for c in node.children
    )


def _back_to_post(found: Frame, side: list[Actor], ctx: ArticleContext) -> bool:
    """ "The Sri Lankan High Commissioner, who returned to New Delhi after consultations in
    Colombo": an envoy going back to the capital he is posted in makes no visit (names.yaml
    ``envoy_nouns``)."""
    if found.token.lemma_.lower() != "return":
        return False
    envoys = ctx.lex.names.envoy_nouns
    people = [a for a in side if a.kind == "person"]
    if people:
        return all(
            any(w in envoys for w in (a.title or "").lower().replace("-", " ").split())
            for a in people
        )
    verb = found.anchor  # "The Sri Lankan High Commissioner, who returned": named by title
    heads = [verb.head] if verb.dep_ == "relcl" else clause_subjects(verb)
    return bool(heads) and all(h.lemma_.lower() in envoys for h in heads)


def _event(
    found: Frame,
    ctx: ArticleContext,
    side: list[Actor],
    sides: Sides,
    when: When,
    where: tuple[str | None, str],
) -> Event | None:
    """The event of one participant group, or None when it has too few countries."""
    trig, token, anchor, lone = found.trigger, found.token, found.anchor, ctx.lone_sentence
    place, place_reason = where
    countries = _event_countries(found, ctx, side, sides, when)
    if countries is None or _unfit(found, ctx, side, sides, countries):
        return None
    if trig.mode == "visit" and place:
        countries = _host_last(countries, place, ctx.lex)
        if _returns_home(side, countries) or _back_to_post(found, side, ctx):
            return None
    carried = token.i == anchor.i or token.head.i == anchor.i  # "held no talks", not "discussed at"
    negated = any(c.dep_ == "neg" for c in token.children) or (
        carried and any(c.dep_ == "neg" for c in anchor.children)
    )
    sent = token.sent
    if negated and _did_not_happen(found, ctx, anchor if carried else token):
        return None
    refusal = carried and _refusing_verb(anchor, ctx.lex.triggers.words)  # not "declined to
    refused = (negated or refusal) and trig.type in _COOPERATIVE and not lone  # comment on"
    own = {a.country for a in sides.subjects if a.country}
    if refused and not any(a.country and a.country not in own for a in sides.objects):
        return None  # "the leaders will not conduct specific negotiations": nobody refused
    two, when = _people_of_the_two(found, ctx, sides, countries, when)
    when = _remember(found, ctx, side, when)
    if refused and when.status == "planned" and ctx.published_on is not None:
        # "Japan would not hold talks next week": the refusal is made as the story is told
        when = replace(
            when, status="occurred", date=ctx.published_on.isoformat(), reason="refused when told"
        )
    if trig.type == "CONSULT" and not lone:
        side = _with_delegation_heads(side, countries, ctx)
    mode = _mode(trig, countries, sides, token, ctx.actors)
    people = _people_of(side, two) or _holders_told(found, ctx, countries)
    return Event(  # "would not drop the curbs", "did not sign": a refusal (PLOVER REJECT)
        type="REJECT" if refused else trig.type,
        mode=None if refused else mode,
        status=when.status,
        countries=countries,
        people=people,
        date=when.date,
        date_reason=when.reason,
        place=place,
        evidence=Evidence(ctx.article_id, ctx.sentence_text(sent), sent.start_char, sent.end_char),
        negated=negated,
        agreement=_agreement_name(found, ctx.dateline_days),
        trigger=token.text,
        place_reason=place_reason,
        modality=_modality(token, anchor),
        context=_context(sent, trig, ctx.lex),
        confidence=_confidence(trig, side, when.time),
    )


def _with_delegation_heads(
    side: list[Actor], countries: tuple[str, ...], ctx: ArticleContext
) -> list[Actor]:
    """Talks whose side for a country names no person are held by that country's delegation,
    when the article says who leads it ("representatives from Nigeria are meeting ..." and
    elsewhere "the Nigerian team, headed by Finance Minister X")."""
    named = {a.country for a in side if a.kind == "person"}
    present = {a.country for a in side if a.kind != "person"}
    out = list(side)
    for country in countries:
        if country in named or country not in present:
            continue
        out += [a for a in ctx.delegations.get(country, ()) if a not in out]
    return out


def _event_countries(
    found: Frame, ctx: ArticleContext, side: list[Actor], sides: Sides, when: When
) -> tuple[str, ...] | None:
    """The event's countries: its parties' (an organisation's members on the day, for a
    group), completed by the pair in focus; None for a summit with fewer than two named."""
    trig, token, anchor, lone = found.trigger, found.token, found.anchor, ctx.lone_sentence
    if trig.mode == "visit" and _to_a_bodys_gathering(anchor, ctx):
        return None  # "arrived in Vienna for the OPEC meeting": no visit to Austria
    if trig.mode == "visit" and token is anchor and carried_thing(anchor, ctx):
        return None  # "a market for lamb, chilled and flown in": cargo, no traveller
    places = sides.places if trig.mode == "visit" else []
    nonstate = trig.mode != "visit" and (
        _one_state_both_ends(sides)  # "the Senate called on Reagan to ...": at home
        or _nonstate_counterpart(
            token, anchor, ctx.actors, trig.companion, ctx.lex.triggers.words.private_parties
        )
        # in an article (a lone sentence is completed by its own two countries only):
        or (not lone and _unnamed_subject(found, ctx, side))
        or (not lone and _named_by_venue(token, ctx))
        # "told the GATT talks", "the OPEC meeting": a body's gathering, not the pair's
        or (not lone and found.group is None and _a_bodys_gathering(token, ctx))
        # "a two-day meeting of trade ministers": many states', none named
        or (not lone and found.group is None and _of_unnamed_ministers(token, ctx))
        # a company the wire marks as one ("<Samsung Semiconductors Inc> has signed for a
        # loan"): a firm's deal, not its state's
        or (not lone and any(a.kind == "org" and wire_marked(a, ctx) for a in side))
        # "World Bank President Barber Conable met Suharto": an organisation's officer acts
        # for no state, and the article's other country is not his
        or (not lone and any(_officer(a, ctx) for a in side))
        # "the IDB signed an agreement with Pakistan": an international body (one that
        # organizations.yaml lists) takes part, so the other side is not the article's other
        # country; an organisation the data files do not know may be a state's agency
        or (
            not lone
            and any(
                a.kind == "org"
                and not a.country
                and a.code in ctx.lex.knowledge.organizations.entries
                for a in side
            )
        )
    )
    pair = None if lone else ctx.recent_pair(token)
    if sides.generic and not lone:  # "the sides": the two named before it in its sentence,
        named = _countries_of_people(_two_named_before(token, ctx))  # else the two who were
        pair = named or ctx.recent_meeting_pair(token) or pair  # just together
    generic = sides.generic or (not lone and _joint_body(side, ctx))
    # "Moscow warned it would respond to any new sanctions": a warning of what is to come,
    # with no one named, is addressed to the other side, as a claim or a charge is
    warns = trig.type == "THREATEN" and _warns_of_what_is_to_come(anchor, ctx)
    addressed = warns or is_summons(trig, ctx.lex.triggers.words)  # a summons' protest too
    countries = _countries(side, places, ctx.actors, trig, generic, nonstate, pair, addressed)
    if found.group is not None:
        on = when.date or (ctx.published_on.isoformat() if ctx.published_on else None)
        members = ctx.lex.knowledge.members_of(found.group, on[:10] if on else None)
        return tuple(dict.fromkeys((*_own_countries(side), *members)))
    if trig.mode == "multilateral" and len(set(_own_countries(side))) < 2 and not lone:
        return None  # a summit is coded with the countries named in it, not the pair
    return _doer_first(found, ctx, sides, _with_the_one_answered(found, ctx, countries, pair))


def _with_the_one_answered(
    found: Frame, ctx: ArticleContext, countries: tuple[str, ...], pair: tuple[str, ...] | None
) -> tuple[str, ...]:
    """A lone state's answer to what another told or did completed by that other: "rejected
    the allegations" (``_answering``), "denied targeting civilians" (``_accuser_denied``)."""
    if len(countries) != 1:
        return countries
    if _answers_what_was_told(found, ctx.lex.triggers.words.gainsaying):
        return _answering(found, ctx, countries[0], pair)
    accuser = _accuser_denied(found, ctx, countries[0])
    return (countries[0], accuser) if accuser else countries


def _accuser_denied(found: Frame, ctx: ArticleContext, country: str) -> str | None:
    """ "(Azerbaijan accused Armenia of shelling Ganja.) Armenia denied targeting civilians":
    a denial (``words.gainsaying``) told by a clause or a gerund, of a state accused in the
    sentence or the two before, answers its accuser."""
    anchor = found.anchor
    if found.trigger.type != "REJECT" or ctx.lone_sentence:
        return None
    if anchor.lemma_.lower() not in ctx.lex.triggers.words.gainsaying:
        return None
    if not any(c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") for c in anchor.children):
        return None
    here = ctx.sentence_index(anchor)
    for index, accuser, accused in reversed(ctx.accusations):
        if here - 2 <= index <= here and accused == country and accuser != country:
            return accuser
    return None


def _answering(
    found: Frame, ctx: ArticleContext, country: str, pair: tuple[str, ...] | None
) -> tuple[str, ...]:
    """ "(Ottawa accused New Delhi ...) India rejected the allegations": the accuser's; a
    rejection of what was told further back answers the other of the article's pair (a
    criticism may be of one's own side's act: "the opposition criticized the request"), when
    what is rejected was told or asked (triggers.yaml ``words.told_things``)."""
    answers = (
        found.trigger.type == "REJECT"
        and not ctx.lone_sentence
        and any(c.dep_ == "dobj" and _told_or_done(c, ctx) for c in found.anchor.children)
    )
    pairs = [p for p in (pair, ctx.actors.pair if answers else None) if p and country in p]
    return (country, *(c for c in pairs[0] if c != country)) if pairs else (country,)


def _told_or_done(noun: Any, ctx: ArticleContext) -> bool:
    """What the other side told or asked (``words.told_things``), or a hostile act of its
    ("rejected the sanctions as illegal", "rejected the tariffs"; the nouns of force and
    sanctions)."""
    return noun.lemma_.lower() in ctx.lex.triggers.words.told_things or hostile_act(noun, ctx)


def _doer_first(
    found: Frame, ctx: ArticleContext, sides: Sides, countries: tuple[str, ...]
) -> tuple[str, ...]:
    """The doer of an act done to somebody first, where the one named is the one acted on:
    "the French ambassador was summoned", "Sung urged Japan to ..." (Seoul asks)."""
    if len(countries) != 2 or ctx.lone_sentence:
        return countries
    if _acted_on(found, ctx) == countries[0] or _only_the_addressed(found, ctx, sides, countries):
        return (countries[1], countries[0])
    return countries


def _only_the_addressed(
    found: Frame, ctx: ArticleContext, sides: Sides, countries: tuple[str, ...]
) -> bool:
    """An act done to somebody by a doer named only by a name no data file knows ("SEOUL -
    Sung urged Japan to ..."): the one named is the one acted on, and the story's other
    country, which completes the pair, is the doer (not "farm groups urged the U.S.", "the
    Brazilian request": a common noun or an owner says who acts)."""
    named = {a.country for a in sides.objects if a.country}
    doers = clause_subjects(found.anchor) if found.token.pos_ == "VERB" else []
    lines = ctx.datelines
    unknown = bool(doers) and all(
        d.pos_ == "PROPN" and not any(ctx.actors.at(t.i) and t.i not in lines for t in d.subtree)
        for d in doers
    )
    return (
        unknown
        and found.trigger.type not in _SYMMETRIC
        and not sides.subjects
        and countries[0] in named
        and countries[1] not in named
    )


def _acted_on(found: Frame, ctx: ArticleContext) -> str | None:
    """The one country of the subject of a passive without its "by" phrase, for an act done
    to somebody ("the French ambassador was summoned": France is summoned, the story's other
    country summons); None for acts done together or when another is told."""
    anchor = found.anchor
    if found.trigger.type in _SYMMETRIC or not agentless_passive(anchor):
        return None
    subjects = [c for c in anchor.children if c.dep_ == "nsubjpass"]
    named = {  # ("Iran's charge d'affaires in London": Iran's, not the place he is posted in)
        a.country
        for s in subjects
        for t in s.subtree
        if (a := ctx.actors.at(t.i)) is not None and a.country and a.kind != "place"
    }
    return named.pop() if len(named) == 1 else None


def _people_of(side: list[Actor], two: tuple[str, ...]) -> tuple[str, ...]:
    """The side's people; both of "the two" where it names fewer ("The two leaders held
    talks": both, not the one the word "leader" alone would name)."""
    people = tuple(dict.fromkeys(a.code for a in side if a.kind == "person" and a.code))
    return two if two and set(people) < set(two) else people


def _people_of_the_two(
    found: Frame, ctx: ArticleContext, sides: Sides, countries: tuple[str, ...], when: When
) -> tuple[tuple[str, ...], When]:
    """The people of "the two" who agree ("met X on Tuesday and the two agreed"), and the
    day they were together when the agreement has no time of its own; the people of "the
    two" who meet or call again ("The two met again in Vientiane on July 26")."""
    if not sides.generic or found.trigger.type not in _PAIRED or ctx.lone_sentence:
        return (), when
    two, day = _the_two(found.token, ctx, countries)
    agreed = found.trigger.type == "AGREE"
    if agreed and two and day and not when.reason.startswith("time expression"):
        when = replace(when, date=day, reason="the event of the two it follows")
    return two, when


def _holders_told(found: Frame, ctx: ArticleContext, countries: tuple[str, ...]) -> tuple[str, ...]:
    """ "The leaders of Ethiopia and Eritrea signed ...", "the presidents of Bosnia and Croatia
    signed", "the leaders of the United States, Canada and Mexico signed": a title in the
    plural for the subject, the states named; its people are the one holder of that office of
    each state the story names, before or after (a lead tells them so, and names them in the
    next paragraph)."""
    if ctx.lone_sentence or len(countries) < 2:
        return ()
    subjects = [c for c in found.anchor.children if c.dep_ == "nsubj"]
    subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]  # (a dateline
    subject = next((s for s in subjects if s.tag_ == "NNS"), None)  # the parser takes for it)
    if subject is None:
        return ()
    word = subject.lemma_.lower()
    if word == "leader":
        roles: tuple[str, ...] = tuple(sorted(_LEADER_ROLES))
    elif (info := ctx.lex.roles.match_title(word)) is not None:
        roles = (info.role,)
    else:
        return ()
    found_people = []
    for country in countries:
        holders = [
            r.name for r in ctx.actors.people.values() if r.country == country and r.role in roles
        ]
        if len(holders) != 1:
            return ()
        found_people.append(holders[0])
    return tuple(found_people)


def _the_two(
    token: Any, ctx: ArticleContext, countries: tuple[str, ...]
) -> tuple[tuple[str, ...], str | None]:
    """Who "the two" or "the sides" are when the pair was just told with its people ("X met
    his counterpart Y on Tuesday and the two agreed to ..."): those people, one of each of the
    event's countries, and the day they were together."""
    people, day = ctx.recent_people(token, countries[:2])
    held = [ctx.actors.people[p].country if p in ctx.actors.people else None for p in people]
    if len(people) == 2 and set(held) == set(countries[:2]) and len(set(held)) == 2:
        return people, day
    named = _two_named_before(token, ctx)  # "X raised the case with Y when the two met"
    if set(_countries_of_people(named) or ()) == set(countries[:2]):
        return tuple(a.code for a in named if a.code), None
    return (), None


def _two_named_before(token: Any, ctx: ArticleContext) -> list[Actor]:
    """The two people of two states named before a generic pair in its own sentence ("Modi
    had raised the case with Sheikh Tamim when the two met in Dubai"), or none."""
    start, doc = ctx.sentence_start(token), token.doc
    named = {  # by name or pronoun ("He said he would raise it with X when the two meet"), not
        a.code: a  # by a title ("her spokesman said the two discussed ...")
        for a in ctx.actors.mentions
        if a.kind == "person" and a.code and a.country and start <= a.start < token.i
        and (not a.reference or doc[a.start].pos_ == "PRON")
    }  # fmt: skip
    return list(named.values()) if len(named) == 2 else []


def _countries_of_people(people: list[Actor]) -> tuple[str, ...] | None:
    """The two states of two people, in the order named, or None."""
    countries = tuple(dict.fromkeys(a.country for a in people if a.country))
    return countries if len(countries) == 2 else None


def _threatened(anchor: Any, ctx: ArticleContext) -> list[Actor]:
    """Whom a threat is made to: the subject of its condition, on the verb or on the act
    threatened ("if Japan does not open its markets, the United States will impose quotas",
    "threatened to strike unless Israel rescinded it"), and whom the act touches
    ("threatened to break off relations with Congo", "warned that Congress could pass curbs
    on Korean goods if the imbalance grew")."""
    actors, words = ctx.actors, ctx.lex.triggers.words
    acts = [anchor, *(c for c in anchor.children if c.dep_ == "xcomp")]
    acts += _conditional_warnings(anchor, ctx)
    acts += [  # "warned that Vietnam would bear all the consequences": no condition told
        c
        for c in anchor.children
        if c.dep_ == "ccomp" and c not in acts and told_to_come(c, words)
        and bears_what_follows(c, words)
    ]  # fmt: skip
    found: list[Actor] = []
    for clause in (c for act in acts for c in condition_clauses(act, words)):
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass"):  # "unless Pretoria ended its raids":
                agents = (
                    as_state(a, ctx.lex, ctx.published_on) for a in _actors_of(subject, actors)
                )
                found += [a for a in agents if a not in found]  # a capital acts for its state
    for act in acts[1:]:
        if bears_what_follows(act, words):  # "Vilnius would have to bear the consequences"
            found += [
                as_state(a, ctx.lex, ctx.published_on)
                for s in act.children
                if s.dep_ == "nsubj"
                for a in _actors_of(s, actors)
            ]
        touched = _object_actors(act, act, actors, against=True)
        # not a body of no state: "would take the dispute to the GATT" is where, not whom
        found += [a for a in touched if a.kind != "place" and (a.kind != "org" or a.country)]
    return list(dict.fromkeys(found))


def _conditional_warnings(verb: Any, ctx: ArticleContext) -> list[Any]:
    """The clauses a warning reports in which the warner's side will act if a condition is
    not met ("warned that Canada would take the case to the GATT if the duties were made
    final", "warned it would act unless ..."): a threat, whatever the act; not a forecast of
    what others may do ("warned that China's exports could fall if the yen rose")."""
    warners = {a.country or a.code for a in _warner_actors(verb, ctx)}
    found = []
    words = ctx.lex.triggers.words
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        # the condition may hang on the clause's infinitive: "would have to bear ... if"
        if not any(
            condition_clauses(v, words)
            for v in (clause, *(c for c in clause.children if c.dep_ == "xcomp"))
        ):
            continue
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            acting = _actors_of(subject, ctx.actors)
            own = {a.country or a.code for a in acting if not _domestic_body(a, ctx)}
            unnamed = not acting and subject.lemma_.lower() in words.consequences
            if subject.lower_ in OWN_PRONOUNS or (acting and own <= warners) or unnamed:
                found.append(clause)  # ("further measures would follow unless ...")
                break
        else:
            if bears_what_follows(clause, words):
                found.append(clause)
    return found


def _domestic_body(actor: Actor, ctx: ArticleContext) -> bool:
    """A body of no named state that is no international one ("Congress", "parliament")."""
    return (
        actor.kind == "org"
        and not actor.country
        and actor.code not in ctx.lex.knowledge.organizations.entries
    )


def _warns_of_what_is_to_come(verb: Any, ctx: ArticleContext) -> bool:
    """A warning of what is to come, which in a story about two countries is addressed to
    the other: the clause it reports says what the warner's side will or would do ("warned
    that Minsk would take all necessary steps"; ``words.future_modals``), what will come if a
    condition is met or what answer will follow ("warned another trade row will develop if
    ...", "further measures would follow"), what the warner will pay back in kind ("Moscow
    warned it would respond"; ``words.retaliation``) or do if a condition is not met
    (``_conditional_warnings``); or the warner threatens an act of its own ("threatened to
    block the renewal"), or warns of consequences ("warned of retaliation"). Not a judgement
    of how things are ("warned that the agreement was in jeopardy", "warned it was
    essential to recover the drums"), nor what may happen ("could hit developing
    countries") or what a thing would do ("warned that the bill would undercut her ability to
    negotiate")."""
    if _conditional_warnings(verb, ctx):
        return True
    # ... or its own state by name ("Papandreou warned that Athens would respond")
    warners = {a.country for a in _warner_actors(verb, ctx)}
    words = ctx.lex.triggers.words
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        coming = told_to_come(clause, words)
        if not coming and clause.lemma_.lower() not in words.retaliation:
            continue
        if coming and (
            condition_clauses(clause, words)
            or _answered(clause, words)
            or bears_what_follows(clause, words)
        ):  # "another trade row will develop if ...", "measures would follow", "Vietnam
            return True  # would bear all the consequences"
        if coming and answered_act(clause, clause_subjects(clause), ctx):
            return True  # "any attack would not go unanswered"
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if any(s.lower_ in OWN_PRONOUNS for s in subjects) or any(
            a.country in warners - {None} for s in subjects for a in _actors_of(s, ctx.actors)
        ):
            return True
    return _threatens_own_act(verb, ctx) or _warns_of_consequences(verb, words)


def _answered(clause: Any, words: EventWords) -> bool:
    """A clause whose subject or object is what a warner will answer with
    (``words.consequences``): "further measures would follow", "any further action would bring
    a firm response"."""
    return any(
        c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in words.consequences
        for c in clause.children
    )


def _threatens_own_act(verb: Any, ctx: ArticleContext) -> bool:
    """ "Paris threatened to block the renewal": an act of the threatener's own, an infinitive
    with no one told to do it (not "warned Tokyo to stop": a demand), by a party named (not
    "these measures threaten to create a slump")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    if not any(c.dep_ == "xcomp" and _is_infinitive(c) for c in verb.children):
        return False
    return bool(_warner_actors(verb, ctx))


def _warns_of_consequences(verb: Any, words: EventWords) -> bool:
    """ "warned of retaliation", "warned of countermeasures" (``words.consequences``)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and g.dep_ == "pobj"
        and g.lemma_.lower() in words.consequences
        for c in verb.children
        for g in c.children
    )


def _officer(actor: Actor, ctx: ArticleContext) -> bool:
    record = ctx.actors.people.get(actor.code or "") if actor.kind == "person" else None
    return record is not None and record.officer and not actor.country


def _joint_body(side: list[Actor], ctx: ArticleContext) -> bool:
    """The side is only a body of two states together: "the meeting of the Intergovernmental
    Commission", "the joint committee met" (names.yaml ``joint_body_words``)."""
    words = ctx.lex.names.joint_body_words
    return bool(side) and all(
        a.kind == "org"
        and not a.country
        and any(w.lower() in words for w in (a.code or "").replace("-", " ").split())
        for a in side
    )


def _only_targets(found: Frame, sides: Sides) -> bool:
    """No acting side names a state (in the subject or a noun's "by" phrase: "the imposition
    by the United States of tariffs"), and two or more states are acted on."""
    if any(a.country or a.kind == "country" for a in sides.subjects):
        return False
    for node in dict.fromkeys((found.token, found.anchor)):
        if any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in node.children):
            return False
    if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in found.token.children):
        return False  # "the French bombing of bases in Chad", "Israel's raid": the owner acts
    return len({a.country for a in sides.objects if a.country}) >= 2


def _trip_at_home(sides: Sides) -> bool:
    """Every visitor named belongs to the state of every place visited."""
    hosts = {p.country for p in sides.places if p.country}
    visitors = {a.country for a in sides.subjects if a.kind in ("person", "country") and a.country}
    return len(hosts) == 1 and visitors == hosts


def _a_thing_travels(found: Frame, ctx: ArticleContext) -> bool:
    """The one who goes is a ship, cargo, money or a share (words.moved_things), or "it", as
    the subject of the verb or the owner of the trip ("the vessel's voyage")."""
    moved = ctx.lex.triggers.words.moved_things
    nodes = [found.anchor, found.token]
    for node in dict.fromkeys(nodes):
        for child in node.children:
            if child.dep_ not in ("nsubj", "nsubjpass", "poss"):
                continue
            if child.lower_ == "it" and child.dep_ != "poss":
                return True  # "the sugar ... it arrived today": a state does not travel
            if child.lemma_.lower() in moved:
                return ctx.actors.at(child.i) is None
    return False


def _named_by_venue(token: Any, ctx: ArticleContext) -> bool:
    """A gathering named by where it meets ("the Venice summit", "the failed London talks"):
    who takes part is not the article's pair; only those the sentence names. A month is no
    venue ("the February accord")."""
    if token.lower_ not in ctx.lex.names.venue_heads:
        return False
    return any(  # a place, or a name the data files do not know ("the Louvre accord")
        (actor := ctx.actors.at(t.i)) is None or actor.kind == "place"
        for t in token.lefts
        if t.dep_ in ("compound", "nmod", "npadvmod")
        and t.pos_ == "PROPN"
        and t.i not in ctx.dated_at
    )


def _a_bodys_gathering(token: Any, ctx: ArticleContext) -> bool:
    """A gathering named by the international body that holds it ("the GATT talks", "the OPEC
    meeting", "the OECD ministerial meeting"; organizations.yaml): the body's, so where it
    meets and the article's other country are not its parties."""
    if token.lower_ not in ctx.lex.names.venue_heads:
        return False
    known = ctx.lex.knowledge.organizations.entries
    return any(
        (actor := ctx.actors.at(t.i)) is not None and actor.kind == "org" and actor.code in known
        for t in token.lefts
        if t.dep_ in ("compound", "nmod", "poss")
    )


def _of_unnamed_ministers(token: Any, ctx: ArticleContext) -> bool:
    """A gathering "of" a plural of office holders that names no state ("a meeting of trade
    ministers", "a joint meeting of ministers"; triggers.yaml ``words.group``): held by many
    states, which the article's pair does not stand for."""
    if token.lower_ not in ctx.lex.names.venue_heads:
        return False
    return any(
        g.lower_ in ctx.lex.triggers.words.group
        and not any(ctx.actors.at(t.i) is not None for t in g.subtree)
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj"
    )


def _to_a_bodys_gathering(verb: Any, ctx: ArticleContext) -> bool:
    """A journey whose only purpose is a body's gathering: "arrived in Vienna for the OPEC
    meeting", "flew to Geneva to attend the GATT talks" (``words.gathering_verbs``); not
    with talks of its own besides ("... and for talks with U.S. officials")."""
    attending = ctx.lex.triggers.words.gathering_verbs
    purposes = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            purposes += [child, *child.conjuncts]
        elif child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in attending:
            purposes += [child, *child.conjuncts]  # "to attend X and for talks with Y"
    nouns = []
    for purpose in purposes:
        if purpose.lower_ == "for":
            nouns += [g for g in purpose.children if g.dep_ == "pobj"]
        elif purpose.lemma_.lower() in attending:
            nouns += [g for g in purpose.children if g.dep_ == "dobj"]
            nouns += [
                g
                for p in purpose.children
                if p.dep_ == "prep" and p.lower_ == "in"
                for g in p.children
                if g.dep_ == "pobj"
            ]
    nouns += [c for noun in nouns for c in noun.conjuncts]
    gatherings = [noun for noun in nouns if noun.lower_ in ctx.lex.names.venue_heads]
    return bool(gatherings) and all(_a_bodys_gathering(noun, ctx) for noun in gatherings)


def _sides_named(found: Frame, ctx: ArticleContext) -> bool:
    """A subject that names the two sides as such, not by a pronoun: "the two", "the sides",
    "both countries" (words.sides_nouns; not "they")."""
    subjects = clause_subjects(found.anchor)
    return (
        bool(subjects)
        and all(s.pos_ != "PRON" for s in subjects)
        and any(
            s.lower_ == "two"
            or s.lemma_.lower() in ctx.lex.triggers.words.sides_nouns
            or any(c.lower_ in ("two", "both") for c in s.children)
            for s in subjects
        )
    )


def _bare_two(found: Frame) -> bool:
    """ "the two" alone as the subject: who they are is in the sentences before."""
    return any(
        s.lower_ == "two" and any(c.lower_ == "the" for c in s.children)
        for s in clause_subjects(found.anchor)
    )


def _one_state_both_ends(sides: Sides) -> bool:
    """Both ends named and of one state: "the U.S. Senate called on President Reagan", "Baker
    urged Fed chairman X": a domestic act, which the article's other country does not complete."""
    ours = {a.country for a in sides.subjects if a.country}
    theirs = {a.country for a in sides.objects if a.country}
    if bool(ours) and ours == theirs and len(ours) == 1:
        return True
    # "after meeting with President Suharto", Subroto said: two people of one state and no other
    side = [*sides.subjects, *sides.objects]
    people = {a.code for a in side if a.kind == "person"}
    states = {a.country for a in side if a.country}
    return len(people) >= 2 and len(states) == 1 and all(a.country for a in side)


def _unfit(
    found: Frame, ctx: ArticleContext, side: list[Actor], sides: Sides, countries: tuple[str, ...]
) -> bool:
    """Whether the group makes no event: fewer than two countries, a visit without a visitor,
    an agreement or talks without two parties named."""
    trig, lone = found.trigger, ctx.lone_sentence
    if lone:
        return False
    if len(countries) < 2:
        return True
    if trig.mode == "visit" and not any(a.kind in ("person", "country", "org") for a in side):
        return True  # "the airliner will fly to Sydney": a visit needs somebody who visits
    if trig.mode == "visit" and found.token.pos_ == "VERB" and not sides.subjects:
        return True  # "attention would go to Brazil", "control should go to Siemens"
    if trig.mode == "visit" and any(_officer(a, ctx) for a in sides.subjects):
        return True  # "World Bank President Conable ended a visit to Jakarta": no state visits
    if trig.mode == "visit" and _a_thing_travels(found, ctx):
        return True  # "the Liberian vessel was ending a trip to Hamburg"
    if trig.mode == "visit" and _trip_at_home(sides):
        return True  # "Lyng's day-long visit to Capitol Hill": a U.S. official in the U.S.
    if trig.mode == "visit" and not sides.places and _visits_a_pronoun(found.token, ctx):
        return True  # "after he visited them": the hosts are not the article's pair
    if trig.mode == "visit" and any(
        a.kind == "org" and a.code in ctx.lex.knowledge.organizations.entries
        for a in sides.subjects
    ):
        return True  # "an IMF mission is visiting Brasilia": a body visits, no state
    if trig.mode == "visit" and not sides.places and _unnamed_stops(found.token, ctx.actors):
        return True  # "a tour of creditor nations": no one country is visited
    if (
        trig.type not in ("CONSULT", "AGREE", "COOPERATE")
        and sides.subjects
        and all(a.kind == "org" and not a.country for a in sides.subjects)
    ):
        return True  # "the EC warned Japan and the United States": a body acts on each state,
        # the states it names are not each other's source and target
    if trig.type not in _DYADIC and _only_targets(found, sides):
        return True  # "retaliating against Japan and South Korea" with no one who retaliates:
        # the targets are not each other's source
    if trig.type == "CONSULT" and _no_meeting_of_states(found, ctx, side):
        return True
    parties = len(set(_own_countries(side)))
    if trig.type == "AGREE" and trig.mode is None and parties < 2 and not _sides_named(found, ctx):
        return True  # an agreement is between the parties its phrase names, not the story's
        # (or "the two sides", the pair just told: frames._agreed_aim; not "they")
    if _bare_two(found) and not ctx.recent_people(found.token, countries[:2])[0]:
        if not _two_named_before(found.token, ctx):  # ("X raised it with Y when the two met")
            return True  # "The two ... have refused to testify": two people, not a pair met
    anonymous = not any(a.kind == "person" for a in side)
    # "trade talks", "the negotiations": nobody named, no two parties named
    return (
        trig.type == "CONSULT"
        and anonymous
        and not sides.generic
        and not _joint_body(side, ctx)  # "the Intergovernmental Commission meets"
        and found.group is None
        and trig.mode != "visit"
        and parties < 2
    )


def _no_meeting_of_states(found: Frame, ctx: ArticleContext, side: list[Actor]) -> bool:
    """Talks that are no meeting of the states named: "the summit of industrialized nations"
    (the pair is not who meets), "at the company's annual meeting" (a body of no state), "is
    due in Beijing next week for border talks" (the trip is the event)."""
    return (
        (found.group is None and _of_unnamed_states(found, ctx))
        or _owned_by_a_thing(found.token, ctx)
        or (found.trigger.mode != "visit" and _talks_of_the_trip(found, ctx, side))
    )


def _talks_of_the_trip(found: Frame, ctx: ArticleContext, side: list[Actor]) -> bool:
    """Talks that are only what a trip of the same clause is for, with nobody named beside the
    traveller: "is due in Beijing next week for a new round of border talks", "arrived in
    Warsaw for two days of talks". The trip is the event (a visit); talks "with" somebody are
    an event of their own. (Whom one "sends ... for talks" makes no visit here: the talks stay.)"""
    token = node = found.token
    if token.pos_ not in ("NOUN", "PROPN") or sum(a.kind == "person" for a in side) > 1:
        return False
    while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        node = node.head.head  # "a new round of talks", "two days of talks" (any noun, not
        # only a measure: the parser splits "the heads of government meeting" too)
    if not (node.dep_ == "pobj" and node.head.lower_ == "for"):
        return False
    trip = node.head.head
    if any(  # "for talks tomorrow with Chirac": the parser may hang the party on the trip
        c.dep_ == "prep" and c.lower_ in ("with", "between")
        for c in (*token.children, *trip.children)
    ):
        return False
    if trip.lemma_ == "be":  # "is due | in Beijing | for talks": the copula's adjective
        trip = next((c for c in trip.children if c.dep_ == "acomp"), trip)
    return any(t.mode == "visit" for t in ctx.lex.triggers.verbs.get(trip.lemma_.lower(), ()))


def _remember(found: Frame, ctx: ArticleContext, side: list[Actor], when: When) -> When:
    """Keep the pair in focus and the dated event for the sentences after; a definite event
    noun without a date of its own takes the date of the same kind of event just reported."""
    trig, token = found.trigger, found.token
    if ctx.lone_sentence:
        return when
    own = tuple(dict.fromkeys(_own_countries(side)))
    if len(own) >= 2:
        ctx.focus.append((ctx.sentence_index(token), own))
        named = (a.code for a in side if a.kind == "person" and a.code)
        dated = when.date if when.time is not None else None  # its own words date it
        ctx.focus_people.append((tuple(dict.fromkeys(named)), dated))
    people = frozenset(a.code or "" for a in side if a.kind == "person")
    if when.time is not None and when.date:
        when = _within_planned_span(ctx, token, when, when.date)
        day = when.date or ""
        ctx.dated_events.append((ctx.sentence_index(token), trig.type, when.status, day, people))
        arrival = (
            token.pos_ == "VERB" and token.lemma_.lower() in ctx.lex.triggers.words.homecomings
        )
        if trig.mode == "visit" and not (arrival and len(day) == 10):  # (the day one arrived
            # is no day of the visit's talks: "X, who flew in on Wednesday, met Y")
            ctx.dated_visits.append((ctx.sentence_index(token), people, when.status, day))
    elif when.reason == "publication date" and (during := _during_told_visit(found, ctx, people)):
        # "Sato visited Santiago last month. During his visit he met Roldos": then
        when = replace(when, date=during, reason="the visit it happened during")
    elif when.reason == "publication date" and (during := _during_told_meeting(found, ctx, people)):
        # "Mwinyi and Tian met on Monday. During the meeting Mwinyi appealed to China": then
        when = replace(when, date=during, reason="the meeting it happened during")
    elif when.reason == "publication date" and (during := _on_the_visit(found, ctx, when, people)):
        # "Erdogan paid a visit to Egypt on Wednesday. ... The two leaders held talks ... and
        # signed a declaration": the talks and signings of a visitor are the visit's
        when = replace(when, date=during, reason=VISIT_PROGRAMME)
    elif when.reason == "publication date" and _is_definite(token):
        earlier = ctx.recent_date(token, trig.type, when.status)
        if earlier:  # "The agreement was signed by ...": the signing just reported, on its day
            when = replace(when, date=earlier, reason="the event the sentence before reported")
    elif when.reason == "publication date" and _goes_on(found, ctx):
        # "Moon and Tokayev had agreed at their summit a day earlier. The two countries signed
        # a new agreement": a past act told right after a dated one, without a time of its own
        found_days = (ctx.recent_date(token, kind, "occurred", window=1) for kind in _GOES_ON)
        earlier = next((day for day in found_days if day), None)
        if earlier and (ctx.published_on is None or earlier < ctx.published_on.isoformat()):
            when = replace(when, date=earlier, reason="the event the sentence before reported")
    return when


_GOES_ON = ("AGREE", "CONSULT")


def _on_the_visit(
    found: Frame, ctx: ArticleContext, when: When, people: frozenset[str]
) -> str | None:
    """The day of the last occurred visit told before with a day of its own whose visitor
    takes part in this meeting or signing, which has no time of its own: the visit's
    programme (a visit of several days leaves its talks at the story's day)."""
    if found.trigger.type not in _GOES_ON or when.status != "occurred" or not people:
        return None
    here = ctx.sentence_index(found.token)
    published = ctx.published_on.isoformat() if ctx.published_on else None
    for index, visitors, status, day in reversed(ctx.dated_visits):
        if index <= here and status == "occurred" and people & visitors:
            one_day = len(day) == 10 and (published is None or day <= published)
            return day if one_day else None
    return None


def _during_told_visit(found: Frame, ctx: ArticleContext, people: frozenset[str]) -> str | None:
    """The date of a visit told before with its own date, when the event happens "during
    his visit", "on the visit", "during the trip" (a definite travel noun: the one told), by
    a person of that visit (any visit, when the event names no one)."""
    here = ctx.sentence_index(found.token)
    for node in dict.fromkeys((found.anchor, found.token)):
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in ctx.lex.triggers.words.within_visit:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or not _definite_trip(noun, ctx):
                    continue
                for index, visitors, status, day in reversed(ctx.dated_visits):
                    if index > here or status != "occurred":
                        continue
                    if not people or people & visitors:
                        return day
    return None


def _during_told_meeting(found: Frame, ctx: ArticleContext, people: frozenset[str]) -> str | None:
    """The day of the meeting or call told before, when the event happens "during the
    meeting", "at the talks", "during the call", "after the talks", "at the end of the
    meeting" (a definite meeting noun: the one told; ``words.within_meeting``,
    ``after_meeting``, ``meeting_ends``): the
    last one the act's own people took part in, else the last one ("Gorbachev and Weizsaecker
    met on Tuesday ... Genscher held separate talks on Wednesday ... Gorbachev said during the
    talks" is Tuesday's)."""
    here = ctx.sentence_index(found.token)
    words = ctx.lex.triggers.words
    for node in dict.fromkeys((found.anchor, found.token)):
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in words.within_meeting | words.after_meeting:
                continue
            nouns = [n for n in prep.children if n.dep_ == "pobj"]
            nouns += [  # "at the end of the talks": the talks
                g
                for n in nouns
                if n.lemma_.lower() in words.meeting_ends
                for of in n.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for g in of.children
                if g.dep_ == "pobj"
            ]
            if not any(_definite_meeting(n, ctx) for n in nouns):
                continue
            trips = {(i, d) for i, _, _, d in ctx.dated_visits}  # a meeting, not a visit
            told = [
                (day, present)
                for index, kind, status, day, present in reversed(ctx.dated_events)
                if index <= here
                and kind == "CONSULT"
                and status == "occurred"
                and (index, day) not in trips
            ]
            own = next((day for day, present in told if people & present), None)
            return own or (told[0][0] if told else None)
    return None


def _definite_meeting(noun: Any, ctx: ArticleContext) -> bool:
    """'the meeting', 'their talks', 'the call': a meeting or call noun that points back."""
    readings = ctx.lex.triggers.nouns.get(noun.lemma_.lower(), ()) or ctx.lex.triggers.nouns.get(
        noun.lower_, ()
    )
    if not any(t.type == "CONSULT" and t.mode != "visit" for t in readings):
        return False
    return own_side(noun) or any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    )


def _definite_trip(noun: Any, ctx: ArticleContext) -> bool:
    """'his visit', 'the trip', 'that tour': a travel noun that points back."""
    if noun.lemma_.lower() not in ctx.lex.triggers.visit_nouns:
        return False
    return own_side(noun) or any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    )


def _goes_on(found: Frame, ctx: ArticleContext) -> bool:
    """A cooperative act in the simple past whose subject refers back to the pair just told
    ("the two countries signed", "the sides agreed"), without a time of its own: the same
    occasion ("Peru and Bolivia signed an accord" after another pair's dated signing keeps its
    own day)."""
    anchor, words = found.anchor, ctx.lex.triggers.words
    return (
        found.trigger.type in _GOES_ON
        and anchor.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
        and (
            any(
                c.dep_ == "nsubj" and _is_generic(c, words) and c.lower_ not in ("they", "both")
                for c in anchor.children
            )
            or _the_group_of_a_pair(anchor, ctx)  # "the ministers signed"
        )
    )


def _within_planned_span(ctx: ArticleContext, token: Any, when: When, on: str) -> When:
    """A weekday of a plan inside a planned span just reported: "will visit Washington next
    week ... He will meet Reagan on Thursday" is that week's Thursday, not this one's."""
    time = when.time
    if when.status != "planned" or time is None or len(on) != 10:
        return when
    if not _WEEKDAY.fullmatch(time.text.strip().lower().removeprefix("on ")):
        return when
    here = ctx.sentence_index(token)
    for index, _, status, day, _ in reversed(ctx.dated_events):
        if index < here - 2:
            break
        if status != "planned" or "/" not in day or len(day) != 21:
            continue
        first, last = (date.fromisoformat(d) for d in day.split("/"))
        current = date.fromisoformat(on)
        if current >= first or (ctx.published_on and current < ctx.published_on):
            return when  # "On Friday, Washington announced plans to ...": a day gone by
        moved = first + timedelta(days=(current.weekday() - first.weekday()) % 7)
        if moved <= last:
            return replace(when, date=moved.isoformat(), reason=f"{when.reason}, in {day}")
        return when
    return when


def _is_definite(token: Any) -> bool:
    """An event noun a determiner points back with ("the agreement", "this visit", "the
    talks"), or a passive verb whose subject is one ("the accord was signed") or a pronoun
    ("It was signed by Tietmeyer and el-Ganzouri")."""
    if token.pos_ != "NOUN" and any(
        c.dep_ == "nsubjpass" and c.lower_ in ("it", "they") for c in token.children
    ):
        return True
    nouns = (
        [token]
        if token.pos_ == "NOUN"
        else [c for c in token.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")]
    )  # "The Economic Complementation Agreement was signed": a name the article just told
    return any(
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in n.children)
        for n in nouns
    )


def _context(sent: Any, trig: Trigger, lex: Lexicon) -> str | None:
    """The PLOVER context: the first listed context whose words the sentence uses."""
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    text = sent.text.lower()
    for name, words in lex.contexts:
        if any((w in lemmas) if " " not in w else (w in text) for w in words):
            return name
    return "diplomatic" if trig.type in ("CONSULT", "AGREE") else None


def _confidence(trig: Trigger, side: list[Actor], when: TimeExpression | None) -> float:
    score = 0.5
    if any(a.kind == "person" and not a.reference for a in side):
        score += 0.2
    if when is not None:
        score += 0.1
    if trig.type in _DYADIC:
        score += 0.1
    return round(min(score, 0.95), 2)


def _agreement_name(found: Frame, dateline: frozenset[int]) -> str | None:
    """The name of the document a signing signs: the object, or the subject of a passive, of
    the verb (not the dateline's place the model may also make a subject: "ROME, June 10 - The
    accord was signed ..."); None for other events."""
    if found.trigger.mode != "sign":
        return None
    token, anchor = found.token, found.anchor
    for signed in _signed_of(token):  # "witnessed the signing of a memorandum on energy"
        return _phrase(signed)
    for node in (token, anchor):
        for child in node.children:
            if (
                child.dep_ in ("dobj", "nsubjpass")
                and child.pos_ in ("NOUN", "PROPN")
                and child.i not in dateline
                and child.i != token.i  # "put their signatures to the pact": the act
            ):
                return _phrase(child)
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        return _phrase(token.head)  # "the deal signed last year"
    return None


def _phrase(head: Any, skip: set[int] | None = None) -> str:
    """A noun phrase without its determiner, relative clauses and coordinated siblings (and
    the words of ``skip``: other documents listed inside it)."""
    skip = set(skip or ())
    for child in head.children:
        if child.dep_ in ("conj", "cc", "relcl", "acl", "punct") or (
            child.dep_ == "prep"
            and (
                child.lower_ in ("in", "during", "with")
                or (
                    child.lower_ != "of"
                    and any(g.ent_type_ in ("DATE", "TIME") for g in child.children)
                )
            )  # "an accord on Monday": the day is not the document's name
        ):
            skip.update(t.i for t in child.subtree)
    for prep in head.subtree:  # "an agreement on the protection of investments on Tuesday"
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("on", "in", "at", "during")  # not "the Treaty of 1998"
            and any(g.ent_type_ in ("DATE", "TIME") for g in prep.children)
        ):
            skip.update(t.i for t in prep.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    doc = head.doc
    gaps = [  # "an agreement on Tuesday to protect ...", "the agreement, worth 10 mln dlrs a
        k  # year, ...": a name is one run of words, up to what was left out (not a bracket:
        for k in range(1, len(tokens))  # "the Fisheries Cooperation Agreement (FCA)")
        if any(t.text != "(" for t in doc[tokens[k - 1].i + 1 : tokens[k].i])
    ]
    if gaps and tokens[gaps[0] - 1].i >= head.i:
        tokens = tokens[: gaps[0]]
    while tokens and tokens[-1].dep_ in ("cc", "punct"):
        tokens.pop()  # "a memorandum of understanding on energy and | a programme"
    while tokens and tokens[0].dep_ in ("det", "poss", "case", "nummod"):
        if len(tokens) > 1 and tokens[1].text == "-":
            break  # "a 20-year accord": the number is part of the name
        tokens = tokens[1:]
    if not tokens:
        return str(head.text)
    end = tokens[-1].i + 1
    if end < len(doc) and doc[end].text == ")" and "(" in doc[tokens[0].i : end].text:
        end += 1  # "the Reciprocal Access Agreement (RAA)": the bracket it opened
    return str(doc[tokens[0].i : end].text).strip(" ,")


def _split_agreements(
    events: list[Event], found: Frame, words: EventWords, dateline: frozenset[int]
) -> list[Event]:
    """'signed a memorandum on X, a memorandum on Y and an agreement on Z' is three signings,
    and so is a set of documents that names them ("a number of documents, including ...");
    the dateline's place is none of them."""
    token, anchor = found.token, found.anchor
    heads = _signed_of(token)
    if heads:  # "the signing of a memorandum on X, an agreement on Y": the model may set the
        heads += _run_on_documents(token, words, of_signing=True)  # others beside "signing"
    for node in () if heads else (token, anchor):
        for child in node.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.i not in dateline:
                if heads and _described_again(child):
                    continue  # "signed an agreement on Friday, the first deal ...": one
                heads.append(child)
                heads += [c for c in child.conjuncts if c.pos_ in ("NOUN", "PROPN")]
        if heads:  # "signed a roadmap on energy and an agreement on visas": the model may
            heads += [  # join the second document to the verb
                c for c in node.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c not in heads
            ]
            break
    heads += [d for h in list(heads) for d in _run_on_documents(h, words) if d not in heads]
    if heads:  # "signed an air transport agreement, a taxation treaty and a cultural accord":
        verb = heads[0].head  # the model may hang the second document on the verb
        heads += [
            d
            for c in verb.children
            if c.dep_ in ("npadvmod", "appos") and _a_document(c, words) and c not in heads
            if not _described_again(c)
            for d in (c, *c.conjuncts)
            if d not in heads and _a_document(d, words)
        ]
    heads = list({m.i: m for h in heads for m in (_listed_documents(h, words) or [h])}.values())
    if len(heads) < 2:
        return events
    taken = {h.i for h in heads}
    names = [
        _phrase(h, {t.i for m in h.subtree if m.i in taken - {h.i} for t in m.subtree})
        for h in heads
    ]
    return [replace(ev, agreement=name) for ev in events for name in dict.fromkeys(names)]


def _signed_of(token: Any) -> list[Any]:
    """What the noun of a signing names after "of" ("the signing of a memorandum, an
    agreement and a protocol"), with its conjuncts."""
    if token.pos_ != "NOUN":
        return []
    return [
        d
        for of in token.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in of.children
        if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")
        for d in (g, *(c for c in g.conjuncts if c.pos_ in ("NOUN", "PROPN")))
    ]


def _a_document(noun: Any, words: EventWords, named: bool = False) -> bool:
    """A noun of a signed document; with ``named`` also its title ("a Memorandum of ...")."""
    kinds = ("NOUN", "PROPN") if named else ("NOUN",)
    return bool(noun.pos_ in kinds and noun.lemma_.lower() in words.signed_documents)


def _run_on_documents(head: Any, words: EventWords, of_signing: bool = False) -> list[Any]:
    """'a wheat protocol, a nuclear agreement and an accord on shipping': documents the model
    sets in apposition to the first one named (or to the noun of their signing), with their
    conjuncts."""
    if not of_signing and not _a_document(head, words, named=True):
        return []
    hosts = [head]
    if not of_signing:  # "an agreement on water management, a memorandum on agriculture and
        hosts += [  # ...": the model may hang the next document on the first one's object
            t for t in head.subtree if t.dep_ == "pobj" and _in_phrases_of(t, head)
        ]
    return [
        d
        for host in hosts
        for c in host.children
        if c.dep_ == "appos" and _a_document(c, words, named=True) and not _described_again(c)
        for d in (c, *c.conjuncts)
        if _a_document(d, words, named=True)
    ]


def _described_again(noun: Any) -> bool:
    """Whether a document set beside another is that one described ("signed a free trade
    agreement, the first deal London has negotiated", "an economic partnership agreement,
    Britain's first major trade deal"): one noun, no list, with "the", an owner or a rank
    ("first", "largest"); a list's next document is "a nuclear agreement", "an accord on X"."""
    if noun.conjuncts:
        return False
    return any(
        (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" or c.tag_ == "JJS"
        for c in noun.children
    ) or any(c.dep_ == "amod" and c.lower_ in _RANKS for c in noun.children)


_RANKS = frozenset({"first", "second", "third", "last", "latest", "new"})


def _in_phrases_of(token: Any, head: Any) -> bool:
    """Whether a token hangs on ``head`` through prepositional phrases only ("an Agreement on
    Cooperation in the Field of Water Management": Management)."""
    node = token
    while node.i != head.i:
        if node.dep_ not in ("pobj", "prep", "compound") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _listed_documents(head: Any, words: EventWords) -> list[Any]:
    """The documents a set of them names after "including", "such as" or a colon ("a number
    of documents, including an agreement on X and a memorandum on Y"; words.document_sets,
    list_markers, signed_documents): the texts listed, each its own; none for one document."""
    if head.lemma_.lower() not in words.document_sets and head.lower_ not in words.document_sets:
        return []
    markers = [t.i for t in head.subtree if t.lower_ in words.list_markers and t.i > head.i]
    if not markers:
        markers = [t.i for t in head.doc[head.i + 1 : head.sent.end] if t.text == ":"][:1]
    if not markers:
        return []
    found = [
        t
        for t in head.doc[markers[0] + 1 : head.sent.end]
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in words.signed_documents
        and (t.dep_ in ("appos", "conj", "dobj") or t.head.i == markers[0] or t.head.lower_ == "as")
    ]
    return found if len(found) >= 2 else []
