"""Event patterns of English news added with extractor 0.3.117, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_second_verb_of_the_speaker_shares_his_occasion(extractor: Extractor) -> None:
    """ "X, speaking in Bangkok on Thursday, said Thailand would not give up an inch and
    warned that ...": the parser joins "warned" to the reported clause; it is the speaker's,
    told on the occasion of his speaking."""
    text = (
        "BANGKOK, Feb 19 - A ceasefire took effect on Friday. Thai army commander General "
        "Chaovalit Yongchaiyudh, speaking on his return to Bangkok on Thursday, said Thailand "
        "would not give up an inch of its territory and warned that the army would hit back "
        "hard if Lao troops broke the truce."
    )
    threat = _one(_events(extractor, text, date(1988, 2, 19)), "THREATEN")
    assert (threat.countries, threat.date) == (("THA", "LAO"), "1988-02-18"), threat


def test_states_that_followed_suit_did_the_act_just_told(extractor: Extractor) -> None:
    """ "Canada, Brazil and Colombia quickly followed suit": each did what the act just told
    did, to the same party, in its month."""
    text = (
        "WASHINGTON, Jan 24 - The United States on Wednesday recognised Venezuelan opposition "
        "leader Juan Guaido as the country's interim president. Canada, Brazil and Colombia "
        "quickly followed suit."
    )
    support = [e for e in _events(extractor, text, date(2019, 1, 24)) if e.type == "SUPPORT"]
    assert {(e.countries, e.date) for e in support} == {
        (("USA", "VEN"), "2019-01-23"),
        (("CAN", "VEN"), "2019-01"),
        (("BRA", "VEN"), "2019-01"),
        (("COL", "VEN"), "2019-01"),
    }, support


def test_a_lead_followed_is_its_states_news(extractor: Extractor) -> None:
    """ "Peru and Chile followed Washington's lead within hours": the act the story tells first
    of the state whose lead it was, on its day; "had no plans to follow suit" is nothing
    done."""
    text = (
        "WASHINGTON, Jan 24 - The United States on Wednesday recognised Venezuelan opposition "
        "leader Juan Guaido as the country's interim president. Secretary of State Mike "
        "Pompeo urged the armed forces to protect him. Peru and Chile followed Washington's "
        "lead within hours, while Mexico said it had no plans to follow suit."
    )
    support = [e for e in _events(extractor, text, date(2019, 1, 24)) if e.type == "SUPPORT"]
    assert {(e.countries, e.date) for e in support} == {
        (("USA", "VEN"), "2019-01-23"),
        (("PER", "VEN"), "2019-01-23"),  # "within hours": that day
        (("CHL", "VEN"), "2019-01-23"),
    }, support
