"""Event patterns of English news added with extractor 0.3.111, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


def test_an_arrival_with_no_place_named_is_at_the_dateline(extractor: Extractor) -> None:
    """ "X, who arrived on Wednesday for a three-day visit, is ...": in a story datelined
    Bangkok, one arrives in Bangkok (triggers.yaml ``words.arrivals``)."""
    text = (
        "BANGKOK, June 14 - Malaysian Foreign Minister Abu Hassan Omar held talks with his Thai "
        "counterpart Siddhi Savetsila on Thursday. Abu Hassan, who arrived on Wednesday for a "
        "three-day visit, is the first Malaysian minister to visit Bangkok since the two "
        "countries signed a border accord in March 1988."
    )
    visit = _one(_events(extractor, text, date(1990, 6, 14)), "CONSULT", "visit")
    assert (visit.countries, visit.place) == (("MYS", "THA"), "Bangkok"), visit


def test_a_visiting_official_is_no_official_of_the_dateline(extractor: Extractor) -> None:
    """ "visiting Minister of State for Foreign Affairs Lynda Chalker announced ...": wire copy
    gives the dateline's own officials no country, but one told as visiting came from
    abroad (names.yaml ``visiting_words``)."""
    text = (
        "LAGOS, Jan 12 - Britain will provide Nigeria with a 50 mln stg grant, visiting "
        "Minister of State for Foreign Affairs Lynda Chalker announced on Tuesday. Finance "
        "Minister Chu Okongwu welcomed the grant."
    )
    countries = {
        actor.code: actor.country
        for _, actor in _mentions(extractor, text, date(1988, 1, 12))
        if actor.kind == "person"
    }
    assert countries["Chu Okongwu"] == "NGA" and countries["Lynda Chalker"] != "NGA", countries
