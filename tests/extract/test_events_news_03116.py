"""Event patterns of English news added with extractor 0.3.116, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_the_leaders_of_two_states_are_their_holders_named_later(extractor: Extractor) -> None:
    """ "The leaders of Sudan and South Sudan signed ...": a title in the plural with the two
    states named; the lead names the holders in the next paragraph."""
    text = (
        "ADDIS ABABA, Sept 28 - The leaders of Sudan and South Sudan signed a border accord in "
        "the Ethiopian capital on Thursday.\n\nSudanese President Omar al-Bashir and South "
        "Sudanese President Salva Kiir put their names to the text at a ceremony."
    )
    signing = _one(_events(extractor, text, date(2012, 9, 28)), "AGREE", "sign")
    assert set(signing.people) == {"Omar al-Bashir", "Salva Kiir"}, signing


def test_states_joined_by_and_who_threaten_each_threaten(extractor: Extractor) -> None:
    """ "Spain, France and Italy said they would recognise the opposition leader unless ...":
    one threat by each state, and the recognition is the threat's content, no plan."""
    text = (
        "CARACAS, Jan 27 - The opposition leader Juan Guaido thanked his supporters on "
        "Sunday.\n\nOn Saturday, Spain, France and Italy said they would recognise Guaido as "
        "president unless Venezuela called a new presidential election within eight days."
    )
    events = _events(extractor, text, date(2019, 1, 27))
    threats = {e.countries for e in events if e.type == "THREATEN"}
    assert threats == {("ESP", "VEN"), ("FRA", "VEN"), ("ITA", "VEN")}, events
    assert not [e for e in events if e.type == "SUPPORT"], events


def test_credits_guaranteed_and_loans_disbursed_are_aid(extractor: Extractor) -> None:
    """ "will guarantee three billion marks in new export credits for Poland", "has disbursed
    500 mln dlrs of loans to the Soviet Union": an amount in credits given or paid out."""
    guaranteed = "Bonn will guarantee three billion marks in new export credits for Poland."
    aid = _one(_events(extractor, guaranteed, date(1990, 3, 4)), "AID")
    assert (aid.countries, aid.status) == (("DEU", "POL"), "planned"), aid
    paid = "South Korea has disbursed 500 mln dlrs of loans to the Soviet Union."
    aid = _one(_events(extractor, paid, date(1991, 3, 4)), "AID")
    assert (aid.countries, aid.status) == (("KOR", "SUN"), "occurred"), aid


def test_a_denial_told_by_a_gerund_answers_the_accuser(extractor: Extractor) -> None:
    """ "(Azerbaijan accused Armenia of shelling Ganja.) Armenia denied targeting civilians":
    the denial of the state just accused answers its accuser."""
    text = (
        "YEREVAN, Oct 4 - Azerbaijan accused Armenia on Sunday of shelling the city of Ganja. "
        "Armenia denied targeting civilians."
    )
    denial = _one(_events(extractor, text, date(2020, 10, 5)), "REJECT")
    assert denial.countries == ("ARM", "AZE"), denial
