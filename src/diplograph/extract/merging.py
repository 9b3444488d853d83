"""Within one article, repeated reports of one happening become one event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from diplograph.models import Event


def merge_events(events: list[Event]) -> list[Event]:
    """One event per happening within an article: repeats merge, keeping every participant."""
    merged: list[Event] = []
    for event in events:
        for index, kept in enumerate(merged):
            if _same_event(kept, event):
                merged[index] = _combine(kept, event)
                break
        else:
            merged.append(event)
    return merged


def _same_event(a: Event, b: Event) -> bool:
    if (a.type, a.mode, a.status, a.negated) != (b.type, b.mode, b.status, b.negated):
        return False
    if set(a.countries) != set(b.countries):
        return False
    if a.agreement and b.agreement and a.mode == "sign" and a.agreement != b.agreement:
        return False
    if a.mode == "visit" and _days_apart(a.date, b.date) <= 7 and set(a.people) == set(b.people):
        return bool(a.people)  # one visit told day by day ("arrived on Sunday", "left Tuesday")
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        # a repeat that fell back on the publication date is the dated event told again
        weak = "publication date" in (a.date_reason, b.date_reason)
        if not (weak and a.people and set(a.people) == set(b.people)):
            return False
    pa, pb = set(a.people), set(b.people)
    return not pa or not pb or pa <= pb or pb <= pa


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two day-precision dates; a large number when either is not a day."""
    if not a or not b or len(a) != 10 or len(b) != 10:
        return 10_000
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _combine(a: Event, b: Event) -> Event:
    people = tuple(dict.fromkeys((*a.people, *b.people)))
    if a.date_reason == "publication date" and b.date and b.date_reason != a.date_reason:
        a = replace(a, date=b.date, date_reason=b.date_reason)
    elif b.date_reason == "publication date" and a.date:
        b = replace(b, date=a.date, date_reason=a.date_reason)
    date_ = a.date if a.date and (not b.date or len(a.date) >= len(b.date)) else b.date
    reason = a.date_reason if date_ == a.date else b.date_reason
    place, place_reason = a.place, a.place_reason
    if b.place and (not a.place or _place_rank(b) > _place_rank(a)):
        place, place_reason = b.place, b.place_reason
    return replace(
        a,
        place_reason=place_reason,
        people=people,
        date=date_,
        date_reason=reason,
        place=place,
        agreement=a.agreement or b.agreement,
        confidence=max(a.confidence, b.confidence),
    )


def _place_rank(event: Event) -> int:
    return {"stated with the event": 3, "named in the sentence": 2}.get(event.place_reason, 1)
