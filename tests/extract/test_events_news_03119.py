"""Event patterns of English news added with extractor 0.3.119, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_visit_noun_goes_to_the_country_after_to(extractor: Extractor) -> None:
    """ "preparations for the state visit of President X to Mongolia": the parser hangs "to
    Mongolia" on the visitor; the visit still goes there."""
    text = (
        "TASHKENT, Nov 10 - The ministers discussed preparations for the state visit of the "
        "President of Kyrgyzstan to Qatar, planned for the second half of June."
    )
    visit = _one(_events(extractor, text, date(2023, 11, 10)), "CONSULT", "visit")
    assert (visit.countries, visit.place) == (("KGZ", "QAT"), "Qatar"), visit


def test_an_audience_during_a_visit_is_in_the_country_visited(extractor: Extractor) -> None:
    """ "after a two-day official visit to Laos, during which he ... was received by the
    President": the country the visit went to, named once, is the audience's place."""
    text = (
        "PHNOM PENH - Prime Minister Hun Manet returned home last night after a two-day "
        "official visit to Laos on 6-7 February, during which he held talks with his Lao "
        "counterpart Sonexay Siphandone and was received by President Thongloun Sisoulith."
    )
    events = _events(extractor, text, date(2024, 2, 8))
    received = next(e for e in events if "Thongloun Sisoulith" in e.people)
    assert received.place == "Laos", received


def test_a_visit_noun_to_a_seat_goes_to_its_city(extractor: Extractor) -> None:
    """ "during a day-long visit to Capitol Hill": a seat named for its state is its city, as
    for a verb's destination ("at the Kremlin"), not the state's name."""
    text = (
        "WASHINGTON, Feb 26 - Soviet officials held grain talks earlier this week. The "
        "minister's aide said that during a day-long visit to Capitol Hill yesterday, House "
        "members did not press the Soviet side."
    )
    events = _events(extractor, text, date(1987, 2, 26))
    assert all(e.place != "United States" for e in events), events
