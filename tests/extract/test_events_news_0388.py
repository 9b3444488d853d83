"""Event patterns of English news added with extractor 0.3.88, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


def test_a_protest_to_a_capital_is_a_protest_to_its_state(extractor: Extractor) -> None:
    """ "protested to Rome", as "appealed to Washington": the capital a protest is addressed
    to is the government, not the place where it happens."""
    text = "VIENNA, May 12 - Austria protested to Rome on Tuesday over the closure of the pass."
    protest = _one(_events(extractor, text, date(1993, 5, 12)), "PROTEST")
    assert (protest.countries, protest.date) == (("AUT", "ITA"), "1993-05-11")


def test_a_day_hung_on_here_dates_the_verb_before_it(extractor: Extractor) -> None:
    """ "an accord signed here on Monday": wire copy puts the dateline's "here" between the
    verb and its day; the day is the verb's, in the verb's tense, though the sentence has a
    future cue before it ("has pledged to give")."""
    text = (
        "Norway has pledged to give Iceland 20 mln dlrs in fisheries aid under an agreement "
        "signed here on Monday by Prime Minister Gro Harlem Brundtland and Prime Minister "
        "David Oddsson."
    )
    signed = _one(_events(extractor, text, date(1992, 4, 8)), "AGREE", "sign")
    assert (signed.status, signed.date) == ("occurred", "1992-04-06")


def test_the_kingdom_and_the_island_name_the_state_told_before(extractor: Extractor) -> None:
    """ "the kingdom", "the island", "the Gulf state": a common noun for a state named before
    (countries.yaml ``descriptions``) stands for the last such state named."""
    text = (
        "Bahrain accused Qatar of backing the protests. On Sunday the kingdom cut diplomatic "
        "ties with Doha."
    )
    cut = _one(_events(extractor, text, date(2017, 6, 6)), "SANCTION")
    assert cut.countries == ("BHR", "QAT")
    text = "Greece sent doctors to Cyprus in March. Turkish jets later bombed the island."
    raid = _one(_events(extractor, text, date(1974, 7, 30)), "ASSAULT")
    assert set(raid.countries) == {"TUR", "CYP"}


def test_a_described_state_needs_a_state_of_that_kind_before(extractor: Extractor) -> None:
    """ "the island of Rhodes" names its own island; "the kingdom" with no kingdom named
    before, or "the Saudi kingdom" (a state's word of its own), is no reference."""
    mentions = _mentions(
        extractor,
        "Greek ships sailed to the island of Rhodes. France said the kingdom was calm.",
        date(1990, 5, 2),
    )
    assert not [a for text, a in mentions if text in ("island", "kingdom") and a.reference]
    mentions = _mentions(
        extractor, "Iran met Saudi officials. It criticised the Saudi kingdom.", date(2016, 1, 4)
    )
    assert not [a for text, a in mentions if text == "kingdom"]
