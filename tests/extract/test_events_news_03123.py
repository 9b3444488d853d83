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


def test_the_two_are_the_two_people_named_before_in_the_sentence(extractor: Extractor) -> None:
    """ "Modi had raised the case with Sheikh Tamim when the two met on the sidelines of the
    summit in Dubai on December 1": with no pair told in the sentences just before, "the two"
    are the two people of two states the sentence names before it."""
    text = (
        "DOHA - Prime Minister Narendra Modi held talks with Emir Sheikh Tamim bin Hamad Al "
        "Thani in Doha on Thursday. The eight men had worked for a private company. They were "
        "sentenced in October on charges that were never made public. A court commuted the "
        "sentences in December. Modi had raised the case with Sheikh Tamim when the two met "
        "on the sidelines of the climate summit in Dubai on December 1."
    )
    met = [e for e in _events(extractor, text, date(2024, 2, 15)) if e.date == "2023-12-01"]
    assert len(met) == 1, met
    assert met[0].countries == ("IND", "QAT"), met
    assert met[0].place == "Dubai", met


def test_a_clause_told_to_an_object_is_the_verbs_not_a_relative_one(
    extractor: Extractor,
) -> None:
    """ "had warned the Libyan leader that France would send its troops back to Chad if Libyan
    forces moved south": the parser makes the clause a relative one on "leader"; with "that"
    and a subject of its own it is what was warned, so the warning is the one threat (not a
    second, planned one of sending troops)."""
    text = (
        "ATHENS, Nov 16 - President Francois Mitterrand and Libyan leader Muammar Gaddafi met "
        "on the Greek island of Crete on Thursday. French officials said Mitterrand had warned "
        "the Libyan leader that France would send its troops back to Chad if Libyan forces "
        "moved south."
    )
    threats = [e for e in _events(extractor, text, date(1984, 11, 16)) if e.type == "THREATEN"]
    assert len(threats) == 1, threats
    assert threats[0].countries == ("FRA", "LBY"), threats


def test_the_two_named_in_the_sentence_come_before_an_earlier_pair(
    extractor: Extractor,
) -> None:
    """ "He said he would raise it with Canadian Foreign Minister X when the two meet in
    December": the pair is the speaker and X, not the pair of the act told just before."""
    text = (
        "COPENHAGEN, Aug 9 - Danish Foreign Minister Uffe Ellemann-Jensen said on Thursday that "
        "Denmark would protest to Greenland's home rule government. He said he would raise the "
        "row with Canadian External Affairs Minister Allan MacEachen when the two meet at a "
        "NATO ministerial meeting in December."
    )
    events = _events(extractor, text, date(1984, 8, 9))
    planned = [e for e in events if e.date == "1984-12" and e.mode == "meet"]
    assert [(e.countries, e.people) for e in planned] == [
        (("DNK", "CAN"), ("Uffe Ellemann-Jensen", "Allan MacEachen"))
    ], planned
