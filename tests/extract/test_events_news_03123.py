"""Event patterns of English news added with extractor 0.3.123, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_past_when_clause_times_the_verb_not_its_infinitive(extractor: Extractor) -> None:
    """ "asked Japan to help persuade Tehran to accept a ceasefire when he visited Tokyo in
    June": the parser hangs the clause on an infinitive, but a clause in the past cannot time
    what is still to be done; it times the asking."""
    text = (
        "TEHRAN, Aug 8 - Iraqi Foreign Minister Tareq Aziz asked Japan to help persuade Tehran "
        "to accept a ceasefire when he visited Tokyo in June, officials said."
    )
    asked = _one(_events(extractor, text, date(1983, 8, 8)), "REQUEST")
    assert asked.date == "1983-06", asked


def test_a_capital_told_to_act_is_its_state(extractor: Extractor) -> None:
    """ "a step that prompted Islamabad to expel India's high commissioner": the capital made
    to act stands for its state, as a capital that acts does."""
    text = (
        "ISLAMABAD - India revoked the special status of Kashmir in August last year, a step "
        "that prompted Islamabad to expel India's high commissioner and suspend bilateral "
        "trade."
    )
    sanction = _one(_events(extractor, text, date(2020, 8, 18)), "SANCTION")
    assert sanction.countries == ("PAK", "IND"), sanction
