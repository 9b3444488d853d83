"""Event patterns of English news added with extractor 0.3.92, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events

pytestmark = pytest.mark.slow


def test_put_their_signatures_to_a_pact_is_a_signing(extractor: Extractor) -> None:
    """ "The two ministers put their signatures to the pact": the noun of a signing carried by a
    light verb (triggers.yaml AGREE ``signature``) is the signing told in the lead, with its
    people; the noun itself is no document's name."""
    text = (
        "Chile and Peru signed a fisheries agreement on Tuesday. Chilean Foreign Minister Ana "
        "Rojas and Peruvian Foreign Minister Luis Prado put their signatures to the pact at a "
        "ceremony in Lima."
    )
    signings = [e for e in _events(extractor, text, date(2019, 3, 7)) if e.mode == "sign"]
    assert len(signings) == 1
    assert set(signings[0].people) == {"Ana Rojas", "Luis Prado"}
    assert signings[0].date == "2019-03-05"


def test_talks_held_in_a_city_on_their_day_are_no_phone_call(extractor: Extractor) -> None:
    """ "held talks in Sochi on Tuesday" and, later, "thanked him for the telephone call" of
    the same day: talks with their own place and day are met in person, not the call told
    again."""
    text = (
        "Russian President Ivan Petrov and Turkish President Kemal Arslan held talks in Sochi on "
        "Tuesday. Arslan thanked his Russian counterpart for the telephone call he made after "
        "the earthquake."
    )
    events = _events(extractor, text, date(2016, 8, 10))
    meetings = [e for e in events if e.type == "CONSULT" and e.mode == "meet"]
    assert [(m.date, m.place) for m in meetings] == [("2016-08-09", "Sochi")]


def test_they_in_a_clause_of_the_named_pair_are_those_people(extractor: Extractor) -> None:
    """ "A and B set a trade goal when they met in Washington": "they" in a clause hung on a
    verb whose subject names two people is those people."""
    text = (
        "Chilean President Ana Torres and Peruvian President Luis Prado set a goal of 5 billion "
        "dollars in annual trade when they met in Santiago in November 2019."
    )
    meeting = next(e for e in _events(extractor, text, date(2020, 1, 10)) if e.type == "CONSULT")
    assert set(meeting.people) == {"Ana Torres", "Luis Prado"}


def test_a_gerund_after_a_dated_act_is_that_day(extractor: Extractor) -> None:
    """ "announced the loan on Friday after meeting the emir": the meeting that led up to the
    act was that Friday, not some day of that month; "a day after meeting" stays apart."""
    text = (
        "U.S. Secretary of State Ron Blake announced the loan on Friday after meeting the "
        "Emir of Kuwait, Sheikh Jaber al-Ahmad al-Sabah, in Taif."
    )
    meeting = next(e for e in _events(extractor, text, date(1990, 9, 8)) if e.type == "CONSULT")
    assert meeting.date == "1990-09-07"
