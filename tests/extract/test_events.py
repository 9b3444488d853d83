"""Events from sentences written for these tests (restating public facts in our own words)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.coding import plover_type
from diplograph.extract.pipeline import Extractor
from diplograph.models import Article, Event

pytestmark = pytest.mark.slow


def _events(extractor: Extractor, text: str, published: date) -> list[Event]:
    article = Article(id="t", published_on=published, title="", text=text, content_hash="")
    return list(extractor.extract(article).events)


def test_visit_on_weekday_is_dated_and_placed(extractor: Extractor) -> None:
    text = (
        "On Tuesday, Kazakhstan's Deputy Foreign Minister Roman Vassilenko visited Paris, "
        "where he held talks with French Foreign Minister Jean-Yves Le Drian."
    )
    events = _events(extractor, text, date(2019, 10, 2))  # a Wednesday
    visit = next(e for e in events if e.mode == "visit")
    assert visit.date == "2019-10-01"
    assert visit.place == "Paris"
    assert visit.countries == ("KAZ", "FRA")  # the visitor first, then the host
    assert visit.status == "occurred"


def test_expected_visit_in_the_near_future_is_planned_without_date(extractor: Extractor) -> None:
    text = "French President Emmanuel Macron is expected to visit Astana in the near future."
    (event,) = [e for e in _events(extractor, text, date(2019, 10, 2)) if e.mode == "visit"]
    assert event.status == "planned"
    assert event.date is None
    assert event.people == ("Emmanuel Macron",)
    assert event.countries == ("FRA", "KAZ")
    assert plover_type(event) == "AGREE"


def test_one_sentence_with_three_hosts_gives_three_meetings(extractor: Extractor) -> None:
    text = (
        "ASTANA. The British foreign secretary James Cleverly was received by President "
        "Kassym-Jomart Tokayev and Prime Minister Alikhan Smailov, and also held talks with "
        "Deputy Foreign Minister Roman Vassilenko."
    )
    meets = [e for e in _events(extractor, text, date(2023, 3, 18)) if e.mode == "meet"]
    partners = {p for e in meets for p in e.people if p != "James Cleverly"}
    assert partners == {"Kassym-Jomart Tokayev", "Alikhan Smailov", "Roman Vassilenko"}
    assert all(set(e.countries) == {"GBR", "KAZ"} for e in meets)


def test_head_of_state_reference_resolves_to_the_office_holder(extractor: Extractor) -> None:
    text = (
        "President Kassym-Jomart Tokayev received the German ambassador. Later the Head of "
        "State met Uzbek President Shavkat Mirziyoyev in Tashkent."
    )
    events = _events(extractor, text, date(2023, 5, 5))
    meeting = next(e for e in events if "Shavkat Mirziyoyev" in e.people)
    assert "Kassym-Jomart Tokayev" in meeting.people
    assert meeting.place == "Tashkent"


def test_readiness_to_sign_is_a_planned_signing(extractor: Extractor) -> None:
    text = (
        "Kazakhstan and the United Kingdom expressed readiness to sign a Strategic Partnership "
        "and Cooperation Agreement soon."
    )
    (event,) = [e for e in _events(extractor, text, date(2023, 3, 18)) if e.type == "AGREE"]
    assert event.mode == "sign" and event.status == "planned"
    assert set(event.countries) == {"KAZ", "GBR"}


def test_background_mentions_are_not_events(extractor: Extractor) -> None:
    text = "The ministers welcomed the increasingly frequent visits between Kazakhstan and Japan."
    assert [e for e in _events(extractor, text, date(2023, 1, 1)) if e.mode == "visit"] == []


def test_context_follows_the_sentence(extractor: Extractor) -> None:
    text = "Kazakhstan and Uzbekistan signed an agreement on energy trade and investment."
    (event,) = _events(extractor, text, date(2023, 1, 1))
    assert event.context == "economic"


def test_plover_codes_a_signed_agreement_as_support(extractor: Extractor) -> None:
    text = "Kazakhstan and Uzbekistan signed an agreement on energy trade and investment."
    (event,) = _events(extractor, text, date(2023, 1, 1))
    assert (event.type, event.mode, plover_type(event)) == ("AGREE", "sign", "SUPPORT")


def test_a_title_qualifying_another_title_is_not_a_participant(extractor: Extractor) -> None:
    text = (
        "On Tuesday Kazakh Deputy Foreign Minister Roman Vassilenko held talks in Paris with "
        "Jean-Baptiste Lemoyne, Secretary "
        "of State to the French Minister for Europe and Foreign Affairs."
    )
    meets = [e for e in _events(extractor, text, date(2019, 10, 2)) if e.mode == "meet"]
    assert [set(e.people) for e in meets] == [{"Roman Vassilenko", "Jean-Baptiste Lemoyne"}]
