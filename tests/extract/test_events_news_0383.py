"""Event patterns of English news added with extractor 0.3.83, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_gerund_after_will_start_is_planned(extractor: Extractor) -> None:
    """ "will start pulling its troops back": the gerund complement shares the future of the
    verb it completes."""
    text = "Chad and Libya will start pulling their troops back from the border within days."
    retreat = _one(_events(extractor, text, date(1988, 4, 5)), "RETREAT")
    assert retreat.status == "planned"


def test_troops_pulled_out_of_a_country_leave_it(extractor: Extractor) -> None:
    """ "pulled its troops out of Angola": the state after "out of" is the other side."""
    text = "Cuba pulled its last troops out of Angola in May 1991."
    retreat = _one(_events(extractor, text, date(1991, 6, 1)), "RETREAT")
    assert (retreat.countries, retreat.date) == (("CUB", "AGO"), "1991-05")


def test_a_headline_infinitive_told_by_its_speaker_is_planned(extractor: Extractor) -> None:
    """ "France to pull troops out of Niger, Macron says": the headline's will, though the
    parser hangs it on the verb of saying."""
    text = "Vietnam to withdraw troops from Cambodia, minister says\n\nHANOI - He spoke on Monday."
    retreat = _one(_events(extractor, text, date(1988, 9, 14)), "RETREAT")
    assert retreat.status == "planned"
