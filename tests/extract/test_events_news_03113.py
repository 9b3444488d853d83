"""Event patterns of English news added with extractor 0.3.113, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_plan_before_the_end_of_the_year_spans_the_rest_of_it(extractor: Extractor) -> None:
    """ "said he would visit Kinshasa before the end of the year": any day from publication
    to the year's end, not the year; "by the end of the year" stays the year."""
    text = (
        "BRUSSELS, July 27 - Belgian Prime Minister Wilfried Martens said he would visit "
        "Kinshasa before the end of the year."
    )
    visit = _one(_events(extractor, text, date(1989, 7, 27)), "CONSULT", "visit")
    assert visit.date == "1989-07-27/1989-12-31", visit
    by = "France will withdraw its troops from Niger by the end of the year."
    assert _one(_events(extractor, by, date(2023, 9, 25)), "RETREAT").date == "2023"


def test_a_trip_for_talks_takes_the_talks_time(extractor: Extractor) -> None:
    """ "will visit Washington for talks with Baker in the second half of June": the time of
    the talks a planned trip is made for is the trip's."""
    text = (
        "SEOUL, May 19 - Foreign Minister Choi Ho-joong will visit Washington for talks with "
        "Secretary of State James Baker in the second half of June."
    )
    visit = _one(_events(extractor, text, date(1989, 5, 19)), "CONSULT", "visit")
    assert (visit.status, visit.date) == ("planned", "1989-06"), visit
