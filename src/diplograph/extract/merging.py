"""Within one article, repeated reports of one happening become one event."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from diplograph.models import Event

# event types that both sides do together: their countries have no direction
_MUTUAL = frozenset({"CONSULT", "AGREE", "COOPERATE"})

# the reason of a date a meeting or signing takes from the visit told before it: as weak as
# the publication date when the same act is told again with a day of its own
VISIT_PROGRAMME = "the visit of its people told before"
_WEAK_DATES = frozenset({"publication date", VISIT_PROGRAMME})
# the reason of a place an arrival takes from the dateline ("arrived here"): as strong as a
# place told with the event
ARRIVED_HERE = "where the story is filed ('arrived here')"
# days apart within which an undated act and a dated report of the same act are one
_REPEAT_DAYS = 7


def merge_events(
    events: list[Event], bare: Sequence[bool] = (), same_documents: frozenset[str] = frozenset()
) -> list[Event]:
    """One event per happening within an article: repeats merge, keeping every participant.

    ``bare[i]`` marks a mention that says neither when nor whether it happened ("Nakasone's
    visit could coincide with the vote"): it joins the event of the same people told with a
    tense or a date elsewhere in the article, and takes that event's status and date.
    ``same_documents`` are the nouns that name one signed text alike (triggers.yaml
    ``words.same_documents``: "an agreement" told again as "the accord").
    """
    flags = list(bare) + [False] * (len(events) - len(bare))
    merged: list[Event] = []
    for event, is_bare in zip(events, flags, strict=True):
        if is_bare:
            continue
        for index, kept in enumerate(merged):
            if _same_event(kept, event, same_documents):
                merged[index] = _combine(kept, event)
                break
        else:
            merged.append(event)
    for event, is_bare in zip(events, flags, strict=True):
        if not is_bare:
            continue
        home = next((i for i, kept in enumerate(merged) if _told_again(kept, event)), None)
        if home is None:
            home = next(
                (i for i, kept in enumerate(merged) if _same_event(kept, event, same_documents)),
                None,
            )
        if home is None:
            merged.append(event)
        else:
            if event.place_reason != "stated with the event":  # "the meetings ... lay the
                event = replace(event, place=None, place_reason="")  # groundwork for Ottawa"
            merged[home] = _combine(merged[home], replace(event, date=None, date_reason=""))
    return merged


def _told_again(told: Event, bare: Event) -> bool:
    """A bare mention of an event told elsewhere: same kind, countries and (named) people."""
    if (told.type, told.mode, told.negated) != (bare.type, bare.mode, bare.negated):
        return False
    if set(told.countries) != set(bare.countries) or not bare.people:
        return False
    return set(bare.people) <= set(told.people)


def _same_event(a: Event, b: Event, same_documents: frozenset[str] = frozenset()) -> bool:
    if _talks_of_a_call(a, b):
        return True
    if (a.type, a.mode, a.status, a.negated) != (b.type, b.mode, b.status, b.negated):
        return False
    if set(a.countries) != set(b.countries) and not _one_summit(a, b):
        return False
    if a.type not in _MUTUAL and a.countries[:1] != b.countries[:1]:
        return False  # "Iran claims repayment ... France has made a counter claim": two acts
    if a.mode == "sign" and _named_apart(a.agreement, b.agreement, same_documents):
        return False
    if a.mode == "sign" and a.agreement != b.agreement and a.evidence.start == b.evidence.start:
        return False  # "signed a nuclear cooperation agreement and an accord on a fund": a list
    if a.mode == "visit" and _days_apart(a.date, b.date) <= 7 and set(a.people) == set(b.people):
        # one visit told day by day ("arrived on Sunday", "left Tuesday"); without people,
        # two readings of one sentence ("a trade mission to Canada arrived")
        return bool(a.people) or a.evidence.start == b.evidence.start
    if a.date and b.date and not _overlap(a.date, b.date):
        # a repeat that fell back on the publication date is the dated event told again
        weak_a, weak_b = (e.date_reason in _WEAK_DATES for e in (a, b))
        same_people = bool(a.people) and set(a.people) == set(b.people)
        # or a repeat without a date or people of its own ("In particular, they discussed")
        bare_repeat = (weak_b and not b.people and a.people) or (
            weak_a and not a.people and b.people
        )
        # or two words of one sentence for one act, one of them undated ("the U.S. bombing
        # of Tripoli on Monday killed 30 people")
        one_sentence = (weak_a or weak_b) and a.evidence.start == b.evidence.start
        # or the act told first without a date, told again without people on a day of the
        # week before ("signed an accord" ... "Under the agreement, signed on Wednesday")
        unpeopled = (weak_a and not b.people) or (weak_b and not a.people)
        dated_repeat = unpeopled and _days_apart(a.date, b.date) <= _REPEAT_DAYS
        weak_repeat = same_people and (weak_a or weak_b)
        if not (weak_repeat or bare_repeat or one_sentence or dated_repeat):
            return False
    pa, pb = set(a.people), set(b.people)
    # one summit is told by different delegates in different sentences
    return not pa or not pb or pa <= pb or pb <= pa or _one_summit(a, b)


def _named_apart(first: str | None, second: str | None, same: frozenset[str]) -> bool:
    """Two signings name different documents: "a wheat protocol" and "a nuclear accord", "an
    agreement" and "a memorandum"; not "an agreement" told again as "the accord", nor "the
    debt agreement" told again as "the accord"."""
    if not first or not second or first == second:
        return False
    one, other = (n.strip().lower() for n in (first, second))
    if " " in one and " " in other:
        return True
    if _head_noun(one) == _head_noun(other):
        return False  # "a memorandum of understanding on ..." told again as "the memorandum"
    return not (one.split()[-1] in same and other.split()[-1] in same)


_NAME_PREPOSITIONS = frozenset({"of", "on", "for", "to", "with", "between", "in", "against"})


def _head_noun(name: str) -> str:
    """The noun a document's name is built on: the word before its first preposition
    ("memorandum of understanding on water": memorandum), else its last word."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in _NAME_PREPOSITIONS and i > 0), len(words))
    return words[cut - 1]


def _talks_of_a_call(a: Event, b: Event) -> bool:
    """Talks told on the day of a telephone call between the same two sides ("X had a phone
    conversation with Y. The leaders exchanged views on ..."): what was said in the call; a
    pair does not also meet in person that day."""
    if {a.mode, b.mode} != {"meet", "phone"} or a.type != "CONSULT" or b.type != "CONSULT":
        return False
    if a.status != "occurred" or b.status != "occurred" or a.negated or b.negated:
        return False
    meeting = a if a.mode == "meet" else b
    own_words = meeting.date_reason.startswith("time expression")
    if meeting.place_reason == "stated with the event" and own_words:
        return False  # "held talks in St. Petersburg on Tuesday": met in person
    same_day = bool(a.date) and a.date == b.date and len(a.date or "") == 10
    pa, pb = set(a.people), set(b.people)
    return same_day and set(a.countries) == set(b.countries) and (pa <= pb or pb <= pa)


def _one_summit(a: Event, b: Event) -> bool:
    """A multilateral meeting told again with some of its members ("the G-7 meets tomorrow"
    ... "Baker, Miyazawa and Stoltenberg will attend the meeting"): the same meeting."""
    if a.mode != "multilateral" or b.mode != "multilateral":
        return False
    first, second = set(a.countries), set(b.countries)
    return first <= second or second <= first


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two dates given to the day (an interval by its first day); a large number
    when either is coarser."""
    if not a or not b or len(a[:10]) != 10 or len(b[:10]) != 10 or "/" in (a[:10] + b[:10]):
        return 10_000
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def _overlap(a: str, b: str) -> bool:
    """Whether two dates (day, month, year or interval A/B) can name the same time."""
    a_start, _, a_end = a.partition("/")
    b_start, _, b_end = b.partition("/")
    a_end, b_end = a_end or a_start, b_end or b_start
    return _not_after(a_start, b_end) and _not_after(b_start, a_end)


def _not_after(first: str, last: str) -> bool:
    """first <= last, each compared at the coarser of the two granularities."""
    size = min(len(first), len(last))
    return first[:size] <= last[:size]


def _combine(a: Event, b: Event) -> Event:
    if b.mode == "phone" and a.mode == "meet":  # the call, with its own place
        a, b = b, replace(a, place=None, place_reason="")
    elif a.mode == "phone" and b.mode == "meet":
        b = replace(b, place=None, place_reason="")
    people = tuple(dict.fromkeys((*a.people, *b.people)))
    if a.date_reason == "publication date" and b.date and b.date_reason != a.date_reason:
        a = replace(a, date=b.date, date_reason=b.date_reason)
    elif b.date_reason == "publication date" and a.date:
        b = replace(b, date=a.date, date_reason=a.date_reason)
    date_ = a.date if a.date and (not b.date or _span(a.date) <= _span(b.date)) else b.date
    reason = a.date_reason if date_ == a.date else b.date_reason
    place, place_reason = a.place, a.place_reason
    if _bare(a) != _bare(b):  # the told event's place, not a repeat's
        if _bare(a):
            place, place_reason = b.place, b.place_reason
    elif b.place and (not a.place or _place_rank(b) > _place_rank(a)):
        place, place_reason = b.place, b.place_reason
    countries = a.countries
    if a.mode == "multilateral" and b.mode == "multilateral":  # every member told
        countries = tuple(dict.fromkeys((*a.countries, *b.countries)))
    return replace(
        a,
        countries=countries,
        place_reason=place_reason,
        people=people,
        date=date_,
        date_reason=reason,
        place=place,
        agreement=_fuller_name(a.agreement, b.agreement),
        confidence=max(a.confidence, b.confidence),
    )


def _fuller_name(first: str | None, second: str | None) -> str | None:
    """The document's name rather than a bare noun for it ("the debt agreement", "accord")."""
    if first and second and " " not in first.strip() and " " in second.strip():
        return second
    return first or second


def _span(value: str) -> int:
    """How many days a date covers: the finer of two reports of one event is kept."""
    try:
        first, last = date_bounds(value)
    except ValueError:
        return 100_000
    return (last - first).days + 1


def date_bounds(value: str) -> tuple[date, date]:
    """The first and last day a date names: '1987-04' -> 1 and 30 April; 'A/B' -> A's first
    and B's last day. Raises ValueError for a value that is no date."""
    start, _, end = value.partition("/")
    return date.fromisoformat(_first_day(start)), date.fromisoformat(_last_day(end or start))


def _first_day(value: str) -> str:
    return value + "-01-01"[len(value) - 4 :] if len(value) < 10 else value[:10]


def _last_day(value: str) -> str:
    if len(value) >= 10:
        return value[:10]
    if len(value) == 4:
        return value + "-12-31"
    year, month = int(value[:4]), int(value[5:7])
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).isoformat()


def _bare(event: Event) -> bool:
    """A repeat that names no one and no date of its own ("The meetings with American
    officials are part of a routine consultation")."""
    return not event.people and event.date_reason == "publication date"


def _place_rank(event: Event) -> int:
    """A place told with the event, then one the sentence names, then any other; a place
    made finer afterwards ("; the dateline's city in it") ranks as where it came from."""
    told = event.place_reason.partition(";")[0]
    ranks = {"stated with the event": 3, ARRIVED_HERE: 3, "named in the sentence": 2}
    return ranks.get(told, 1)
