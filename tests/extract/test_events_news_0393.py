"""Event patterns of English news added with extractor 0.3.93, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events

pytestmark = pytest.mark.slow


def test_a_hostile_act_nobody_intends_is_no_event(extractor: Extractor) -> None:
    """ "said Lisbon was not considering closing the embassy or breaking off relations": an
    act a denied intention governs (triggers.yaml ``words.intending``) is not done, not
    planned and not refused."""
    text = (
        "The minister told reporters that Lisbon was not considering closing the embassy or "
        "breaking off diplomatic relations with Luanda."
    )
    assert not [e for e in _events(extractor, text, date(1990, 5, 3)) if e.type == "SANCTION"]


def test_talks_nobody_wants_are_refused(extractor: Extractor) -> None:
    """ "said Japan did not want to hold talks with China": a cooperative act a denied
    intention governs is refused when told (PLOVER REJECT); wanting talks plans them."""
    refused = "Tokyo said Japan did not want to hold talks with China."
    events = _events(extractor, refused, date(2012, 9, 20))
    assert [(e.type, e.status, e.date) for e in events] == [("REJECT", "occurred", "2012-09-20")]
    wanted = "Tokyo said Japan wanted to hold talks with China."
    events = _events(extractor, wanted, date(2012, 9, 20))
    assert [(e.type, e.status) for e in events] == [("CONSULT", "planned")]


def test_an_incident_is_placed_by_what_it_is_near(extractor: Extractor) -> None:
    """ "seized two trawlers off the island of Palawan", "clashed near the border town of
    Malaba": a place after "near" or "off" is where the incident happened (0.3.94)."""
    text = (
        "The Philippine navy seized two Taiwanese fishing boats off the island of Palawan on "
        "Tuesday."
    )
    seizure = next(e for e in _events(extractor, text, date(1985, 4, 10)) if e.type == "COERCE")
    assert seizure.place == "Palawan"
