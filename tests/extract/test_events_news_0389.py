"""Event patterns of English news added with extractor 0.3.89, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


def test_would_not_hesitate_to_act_is_a_threat(extractor: Extractor) -> None:
    """ "said Washington would not hesitate to take further measures if the fighting went
    on": a denied verb of holding back before an answer (triggers.yaml ``unhesitating``) is
    the act the speaker's state threatens."""
    text = (
        "The United States imposed sanctions on Libya on Monday. Secretary of State George "
        "Shultz said Washington would not hesitate to take further measures if the attacks "
        "continued."
    )
    threat = _one(_events(extractor, text, date(1986, 1, 8)), "THREATEN")
    assert threat.countries == ("USA", "LBY")


def test_another_state_told_it_will_pay_a_price_is_threatened(extractor: Extractor) -> None:
    """ "said the United States and Britain would pay a heavy price" (``penalty_verbs``,
    ``penalties``): a threat to the states told so; not when the price is denied."""
    text = "Iranian Foreign Minister Ali Akbar Velayati said France would pay a heavy price."
    threat = _one(_events(extractor, text, date(1987, 7, 17)), "THREATEN")
    assert threat.countries == ("IRN", "FRA")
    denied = "Iranian Foreign Minister Ali Akbar Velayati said France would not pay a price."
    assert not [e for e in _events(extractor, denied, date(1987, 7, 17)) if e.type == "THREATEN"]


def test_an_attack_that_will_not_go_unanswered_is_a_threat(extractor: Extractor) -> None:
    """ "warned that any attack would not go unanswered", "said any violation would be met
    with a firm response": a hostile act told it will be answered (``unanswered``,
    ``answering_verbs``); not "its exports would be met with strong demand"."""
    text = (
        "Pakistan and India exchanged fire on the border on Monday. Pakistan's army said any "
        "further violation of the border would be met with a firm response."
    )
    threat = _one(_events(extractor, text, date(1990, 5, 22)), "THREATEN")
    assert threat.countries == ("PAK", "IND")
    text = (
        "Syria and Israel traded accusations on Monday. Syrian Foreign Minister Farouk "
        "al-Sharaa warned that any Israeli attack would not go unanswered."
    )
    threat = _one(_events(extractor, text, date(1991, 5, 22)), "THREATEN")
    assert threat.countries == ("SYR", "ISR")
    calm = "Chile and Peru met on Monday. Chile said its exports would be met with strong demand."
    assert not [e for e in _events(extractor, calm, date(1991, 5, 22)) if e.type == "THREATEN"]


def test_a_name_ending_in_an_office_holders_name_is_its_own(extractor: Extractor) -> None:
    """ "Mariam al-Sadiq al-Mahdi" ends in the name of a former prime minister, "Sadiq
    al-Mahdi": the capitalised word and the hyphened particle before it make her name."""
    text = "Sudanese Foreign Minister Mariam al-Sadiq al-Mahdi flew to Cairo on Monday."
    people = [a.code for _, a in _mentions(extractor, text, date(2021, 4, 7)) if a.kind == "person"]
    assert "Mariam al-Sadiq al-Mahdi" in people and "Sadiq al-Mahdi" not in people
