"""Event patterns of English news added with extractor 0.3.110, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Greek Foreign Minister Karolos Papoulias, who flew in from Cairo late on Monday, will "
        "see the king.",
        "Greek Foreign Minister Karolos Papoulias made a brief stopover in Amman on Monday.",
        "Greek Foreign Minister Karolos Papoulias stopped over in Amman on Monday.",
    ],
)
def test_flying_in_and_stopping_over_are_visits(extractor: Extractor, sentence: str) -> None:
    """ "who flew in from Cairo", "made a brief stopover in Amman", "stopped over in Amman":
    arrivals with no destination named are at the dateline's city (triggers.yaml CONSULT
    visit ``fly_in``, ``stop_in``, ``stop_over``, ``stopover``)."""
    text = f"AMMAN, March 4 - {sentence}"
    visit = _one(_events(extractor, text, date(1987, 3, 4)), "CONSULT", "visit")
    assert visit.countries == ("GRC", "JOR") and visit.date == "1987-03-02", visit


def test_whose_visit_is_the_visit_of_the_name_it_follows(extractor: Extractor) -> None:
    """ "X, whose visit to Rome began on Monday": the relative possessor is the noun the
    clause tells about."""
    text = (
        "ROME, May 7 - Polish Foreign Minister Krzysztof Skubiszewski, whose visit to Rome "
        "began on Monday, held talks with Italian Foreign Minister Gianni De Michelis."
    )
    visit = _one(_events(extractor, text, date(1991, 5, 7)), "CONSULT", "visit")
    assert visit.countries == ("POL", "ITA") and visit.date == "1991-05-06", visit
    assert "Krzysztof Skubiszewski" in visit.people


def test_a_preposition_of_time_is_no_particle_of_a_phrasal_trigger(
    extractor: Extractor,
) -> None:
    """ "in October stopped pumping gas", "stopped deliveries in May": "in" with a time is no
    "stop_in" (a guard for the new phrasal visit verbs: frames._has_companion)."""
    text = (
        "ALGIERS, Nov 2 - Algeria broke off relations with Morocco in August and stopped "
        "pumping gas through the pipeline in October."
    )
    events = _events(extractor, text, date(2021, 11, 2))
    assert not [e for e in events if e.mode == "visit"], events


def test_the_day_one_flew_in_is_no_day_of_the_talks(extractor: Extractor) -> None:
    """ "X, who flew in on Wednesday night, met Y before the ceremony": the day of arrival
    dates the visit, not the talks told with it (they stay on the story's day)."""
    text = (
        "MEXICO CITY, Jan 16 - U.S. Secretary of State James Baker, who flew in on Wednesday "
        "night, met Salvadoran President Alfredo Cristiani before the ceremony."
    )
    events = _events(extractor, text, date(1992, 1, 16))
    visit = _one(events, "CONSULT", "visit")
    met = _one(events, "CONSULT", "meet")
    assert (visit.countries, visit.date) == (("USA", "MEX"), "1992-01-15"), visit
    assert met.date == "1992-01-16", met


def test_a_thing_flown_in_makes_no_visit(extractor: Extractor) -> None:
    """ "a market for lamb, chilled and flown in": a participle in the past on a noun that is
    no party tells what is done to a thing (a guard for ``fly_in``)."""
    text = (
        "SYDNEY, March 12 - Australia wants to sell more lamb to Iran. The Gulf is now "
        "Australia's largest market for lamb, chilled and flown in, an official said."
    )
    events = _events(extractor, text, date(1987, 3, 12))
    assert not [e for e in events if e.mode == "visit"], events
