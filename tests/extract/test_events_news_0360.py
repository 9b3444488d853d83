"""Event, name and figure patterns of English news added with extractor 0.3.60, each on a
sentence written for the test (names, places and dates are made up; each test names the
construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one
from tests.extract.test_facts import _facts

pytestmark = pytest.mark.slow


def _person(extractor: Extractor, text: str, written: str, published: date) -> object:
    people = [a for w, a in _mentions(extractor, text, published) if w == written]
    assert people, _mentions(extractor, text, published)
    return people[0]


def test_an_object_a_comma_ends_gives_no_country_to_the_title_after_it(
    extractor: Extractor,
) -> None:
    text = (
        "OSLO, May 4 - The board approved a guarantee for sales of Norwegian turbines to "
        "Poland, Trade Minister Kjell Borgen said."
    )
    assert _person(extractor, text, "Kjell Borgen", date(1993, 5, 4)).country == "NOR"


def test_a_fronted_place_still_gives_the_speaker_its_country(extractor: Extractor) -> None:
    text = "In Lima, Foreign Ministry spokesman Jorge Salas rejected the Chilean charges on Friday."
    assert _person(extractor, text, "Jorge Salas", date(1991, 5, 4)).country == "PER"


def test_a_demonstration_at_a_states_embassy_is_a_protest_against_it(
    extractor: Extractor,
) -> None:
    text = "SEOUL, May 4 - Thousands of Korean farmers rallied outside the U.S. embassy on Friday."
    protest = _one(_events(extractor, text, date(1988, 5, 4)), "PROTEST")
    assert protest.countries == ("KOR", "USA")


def test_the_months_with_the_article_are_the_period_told_before(extractor: Extractor) -> None:
    text = (
        "ATHENS, Oct 2 - Greek exports to Egypt rose to 210 mln dlrs in the first eight months "
        "of 1990. Egyptian exports to Greece fell to 60 mln dlrs in the eight months."
    )
    facts = {(f.of, f.period) for f in _facts(extractor, text, date(1990, 10, 2))}
    assert facts == {("GRC", "1990-01/1990-08"), ("EGY", "1990-01/1990-08")}


def test_a_bare_pound_in_a_sentence_about_a_state_of_pounds_is_its_pound(
    extractor: Extractor,
) -> None:
    text = (
        "CAIRO, March 3 - Egyptian exports to Italy rose to 310 mln pounds in 1988. British "
        "exports to Egypt were 200 mln pounds."
    )
    units = {(f.of, f.unit) for f in _facts(extractor, text, date(1989, 3, 3))}
    assert units == {("EGY", "EGP"), ("GBR", "GBP")}


def test_a_greek_cypriot_proposal_is_cypruss(extractor: Extractor) -> None:
    text = "Turkey on Tuesday rejected a Greek Cypriot proposal for talks on the island's future."
    reject = _one(_events(extractor, text, date(1988, 5, 3)), "REJECT")
    assert reject.countries == ("TUR", "CYP")


def test_an_agreement_named_with_its_abbreviation_keeps_the_bracket(extractor: Extractor) -> None:
    text = "Chile and Peru on Monday signed the Fisheries Cooperation Agreement (FCA) in Lima."
    signing = _one(_events(extractor, text, date(2024, 7, 8)), "AGREE", None)
    assert signing.agreement == "Fisheries Cooperation Agreement (FCA)"


def test_a_name_written_with_its_initial_after_a_title_of_a_state(extractor: Extractor) -> None:
    text = "Minister of Foreign Affairs of Mongolia B.Tsogtbaatar is paying a visit to Korea."
    person = _person(extractor, text, "B.Tsogtbaatar", date(2022, 6, 17))
    assert (person.country, person.role) == ("MNG", "foreign_minister")
