"""What an article is about: the visit or lead meeting it reports, whose date and place the
talks and signings told around it share, and the bare mentions that join the event they repeat.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from diplograph.extract.frames import Frame
from diplograph.extract.merging import date_bounds
from diplograph.models import Event

_DURING_VISIT_TYPES = frozenset({"CONSULT", "AGREE", "REQUEST", "SUPPORT", "COOPERATE"})


# place reasons a visit's own place overrides: none, or only the dateline or the main city
_WEAK_PLACE_REASONS = ("", "dateline or the article's main city")
# place reasons of a place the event's own sentence names
_OWN_PLACE_REASONS = ("stated with the event", "named in the sentence")


def _during_main_visit(
    events: list[Event], published_on: date | None, within: Callable[[str, str], bool]
) -> list[Event]:
    """Talks and signings an article reports without a date or place of their own happen
    during the visit it is about: they take the visit's date (when the visit is not dated by
    the day of publication anyway) and its place: the one city of the visited country its
    talks name, where the visit names only the country ("paying a state visit to Uzbekistan
    ... held talks with Mirziyoyev in Tashkent"; ``within``: whether a place lies in another)."""
    current = [e for e in events if e.people and _is_current(e, published_on)]
    main = next((e for e in current if e.mode == "visit"), None) or next(
        (e for e in current if e.type == "CONSULT" and e.mode == "meet" and e.date), None
    )
    if main is None:
        return events
    cities = {
        e.place
        for e in events
        if e is not main
        and e.place
        and main.place
        and e.place != main.place
        and e.place_reason in _OWN_PLACE_REASONS
        and _is_part_of(e, main)
        and within(e.place, main.place)
    }
    during = replace(main, place=cities.pop()) if len(cities) == 1 else main
    out = []
    for event in events:
        if event is not main and _is_part_of(event, main):
            event = _in_visit(event, during)
        elif event is not main and _ahead_in_visit(event, main, published_on):
            # "arrived in Washington on Sunday ... will meet Shultz on Monday": where the
            # visitor is, the coming talks are (its own date kept)
            event = replace(event, place=during.place, place_reason="the place of the visit")
        out.append(event)
    return out


def _without_legs_of_visits(events: list[Event], published_on: date | None) -> list[Event]:
    """ "X, who arrived on Tuesday, will also visit Sydney and Melbourne before returning
    home": the stops ahead in the host country of a visit under way (begun at most three days
    before publication) are legs of that visit, not visits of their own."""
    under_way = [
        e
        for e in events
        if e.mode == "visit" and e.status == "occurred" and _begun_lately(e, published_on)
    ]
    return [
        e
        for e in events
        if not (
            e.mode == "visit"
            and e.status == "planned"
            and any(v.countries == e.countries and set(v.people) & set(e.people) for v in under_way)
        )
    ]


def _begun_lately(visit: Event, published_on: date | None) -> bool:
    if published_on is None or not visit.date:
        return False
    try:
        first, _ = date_bounds(visit.date)
    except ValueError:
        return False
    return published_on - timedelta(days=3) <= first <= published_on


def _hosts_of_visits(events: list[Event]) -> list[Event]:
    """A visit and the talks its own sentence names ("will begin a visit to Egypt on Sunday
    for talks with President Hosni Mubarak", "visited Brunei, where he met the Sultan") have
    the same people: the host the talks name takes part in the visit too."""
    out = []
    for event in events:
        if event.type == "CONSULT" and event.mode == "visit":
            talks = [
                e.people
                for e in events
                if e.type == "CONSULT"
                and e.mode == "meet"
                and e.evidence.start == event.evidence.start
                and set(e.countries) == set(event.countries)
                and set(event.people) < set(e.people)
            ]
            if talks:
                event = replace(event, people=tuple(dict.fromkeys((*event.people, *talks[0]))))
        out.append(event)
    return out


def _ahead_in_visit(event: Event, visit: Event, published_on: date | None) -> bool:
    """A planned meeting of a visit's two countries, with no place of its own, while the
    visit is under way (it began at most three days before publication)."""
    return bool(
        _begun_lately(visit, published_on)
        and visit.mode == "visit"
        and visit.status == "occurred"
        and visit.place
        and event.type == "CONSULT"
        and event.mode == "meet"
        and event.status == "planned"
        and set(event.countries) == set(visit.countries)
        and event.place_reason in _WEAK_PLACE_REASONS
    )


def _is_part_of(event: Event, main: Event) -> bool:
    """An event between the same countries, or with a person of the main event's."""
    return (
        event.type in _DURING_VISIT_TYPES
        and event.mode not in ("visit", "phone")
        and (
            set(event.countries) == set(main.countries)
            or bool(set(event.people) & set(main.people))
            or (event.mode == "multilateral" and set(main.countries) <= set(event.countries))
        )
        and event.status == main.status
    )


def _is_current(visit: Event, published_on: date | None) -> bool:
    """A visit the article reports as news: planned, undated, or dated within two weeks of
    publication (not a state visit of years before told as background)."""
    if visit.status == "planned" or not visit.date or published_on is None:
        return True
    try:
        first, last = date_bounds(visit.date)
    except ValueError:
        return False
    return last >= published_on - timedelta(days=14) and first <= published_on


def _in_visit(event: Event, visit: Event) -> Event:
    """The visit's date, and its place when the event is between the visit's countries."""
    reason = "the date of the visit it is part of"
    if visit.date and event.status == "planned" and event.date is None:
        event = replace(event, date=visit.date, date_reason=reason)
    elif visit.date and "/" in visit.date and event.date_reason == "publication date":
        if event.date is None or not _within(event.date, visit.date):
            event = replace(event, date=visit.date, date_reason=reason)
    same_pair = set(event.countries) == set(visit.countries)
    if visit.place and same_pair and event.place_reason in _WEAK_PLACE_REASONS:
        event = replace(event, place=visit.place, place_reason="the place of the visit")
    return event


def _within(day: str, span: str) -> bool:
    start, _, end = span.partition("/")
    end = end or start
    return start <= day[: len(start)] and day[: len(end)] <= end


def _is_bare(found: Frame, event: Event) -> bool:
    """A noun mention without a verb, a tense word or a date of its own ("Nakasone's visit
    might help"): whether and when it happens is told elsewhere in the article."""
    token = found.token
    return (
        found.anchor is token
        and token.pos_ in ("NOUN", "PROPN")
        and event.status == "occurred"
        and event.date_reason == "publication date"
        and not any(c.dep_ == "amod" and c.tag_ == "VBN" for c in token.children)
    )
