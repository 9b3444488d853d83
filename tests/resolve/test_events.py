from __future__ import annotations

from datetime import date

from diplograph.models import Event, Evidence
from diplograph.resolve.agreements import resolve_agreements, same_agreement
from diplograph.resolve.events import resolve_events
from diplograph.resolve.people import resolve_people


def _event(doc: str, people: tuple[str, ...], day: str | None, **kw: object) -> Event:
    fields: dict[str, object] = {
        "type": "CONSULT",
        "mode": "meet",
        "status": "occurred",
        "countries": ("KAZ", "GBR"),
        "people": people,
        "date": day,
        "date_reason": "",
        "place": None,
        "evidence": Evidence(doc, f"sentence in {doc}", 0, 10),
    }
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


def _within(a: str, b: str) -> bool:
    return a == b or (a, b) == ("Astana", "Kazakhstan")


def test_one_meeting_reported_by_two_articles_is_one_event_with_two_citations() -> None:
    people = resolve_people(
        [("Roman Vassilenko", "KAZ", None, "a"), ("Roman Vasilenko", "KAZ", None, "b"),
         ("Leo Docherty", "GBR", None, "a")]
    )  # fmt: skip
    events = [
        (_event("a", ("Roman Vassilenko", "Leo Docherty"), "2023-10-02", place="Astana"), None),
        (_event("b", ("Roman Vasilenko",), "2023-10", place="Kazakhstan"), date(2023, 10, 3)),
    ]
    (merged,) = resolve_events(events, people, _within)
    assert merged.article_ids == ["a", "b"]
    assert merged.date == "2023-10-02" and merged.place == "Astana"


def test_different_meetings_stay_apart_and_order_does_not_matter() -> None:
    people = resolve_people([])
    events = [
        (_event("a", ("James Cleverly", "Kassym-Jomart Tokayev"), "2023-03-18"), None),
        (_event("a", ("James Cleverly", "Alikhan Smailov"), "2023-03-18"), None),
        (_event("b", ("James Cleverly", "Kassym-Jomart Tokayev"), "2023-03-18"), None),
    ]
    forward = resolve_events(events, people, _within)
    backward = resolve_events(list(reversed(events)), people, _within)
    assert len(forward) == len(backward) == 2
    assert sorted(map(str, (e.people for e in forward))) == sorted(
        map(str, (e.people for e in backward))
    )


def test_agreement_phrasings_are_one_agreement_with_a_lifecycle() -> None:
    assert same_agreement(
        "Strategic Partnership and Cooperation Agreement",
        "Agreement on Strategic Partnership and Cooperation",
    )
    assert not same_agreement("Strategic Partnership Agreement", "Memorandum on green hydrogen")
    events = [
        (_event("a", (), None, type="AGREE", mode="sign", status="planned",
                agreement="new bilateral Strategic Partnership and Cooperation Agreement"),
         date(2023, 3, 18)),
        (_event("b", (), None, type="AGREE", mode="sign", status="planned",
                agreement="Agreement on Strategic Partnership and Cooperation"),
         date(2023, 10, 2)),
    ]  # fmt: skip
    (agreement,) = resolve_agreements(events)
    assert agreement.status == "planned"
    assert (agreement.first_reported, agreement.last_reported) == (
        date(2023, 3, 18),
        date(2023, 10, 2),
    )
