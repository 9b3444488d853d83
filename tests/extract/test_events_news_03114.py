"""Event patterns of English news added with extractor 0.3.114, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_strike_in_a_states_provinces_hits_that_state(extractor: Extractor) -> None:
    """ "warplanes struck militant hideouts in two eastern Afghan provinces": a state's
    adjective on a place noun (names.yaml ``place_nouns``) says whose land is hit, as
    "in Afghanistan's Paktika province" does; not "in Soviet-made trucks"."""
    text = "Pakistani warplanes struck militant hideouts in two eastern Afghan provinces on Monday."
    attack = _one(_events(extractor, text, date(2024, 3, 19)), "ASSAULT")
    assert (attack.countries, attack.date) == (("PAK", "AFG"), "2024-03-18"), attack


def test_an_official_ordered_out_is_expelled(extractor: Extractor) -> None:
    """ "a day after Ottawa ordered out an Indian official": another state's official ordered
    out is expelled, as its diplomats are."""
    text = (
        "India expelled a Canadian diplomat on Tuesday, a day after Ottawa ordered out an "
        "Indian official."
    )
    sanctions = [e for e in _events(extractor, text, date(2023, 9, 19)) if e.type == "SANCTION"]
    assert {(e.countries, e.date) for e in sanctions} == {
        (("IND", "CAN"), "2023-09-19"),
        (("CAN", "IND"), "2023-09-18"),
    }, sanctions
