"""Event patterns of English news added with extractor 0.3.61, each on a sentence written for
the test (names, places and dates are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_it_after_a_capital_that_speaks_is_the_capitals_state(extractor: Extractor) -> None:
    text = "OTTAWA, May 4 - Ottawa said on Tuesday it would expel two Cuban diplomats."
    sanction = _one(_events(extractor, text, date(1993, 5, 4)), "SANCTION")
    assert sanction.countries == ("CAN", "CUB")
    assert sanction.status == "planned"


def test_a_former_capital_that_speaks_is_the_state_of_the_articles_day(
    extractor: Extractor,
) -> None:
    text = "Bonn said it would extend a 200 mln mark credit to Hungary, officials said."
    aid = _one(_events(extractor, text, date(1988, 6, 7)), "AID")
    assert aid.countries == ("DEU", "HUN")


@pytest.mark.parametrize(
    "text",
    [
        "Chile has told Peru it must reopen the border crossings. Peru refused.",
        "Santiago has told Lima it must reopen the border crossings. Peru refused.",
    ],
)
def test_it_told_it_must_act_is_the_one_told(extractor: Extractor, text: str) -> None:
    """Extractor 0.3.63: "it" with a modal of obligation in what a state is told."""
    request = _one(_events(extractor, text, date(1990, 5, 3)), "REQUEST")
    assert request.countries == ("CHL", "PER")


def test_a_capital_in_a_condition_is_not_what_it_stands_for_next(extractor: Extractor) -> None:
    text = (
        "Chile said it would answer in kind if Lima did not lift the duties. It also "
        "demanded that Peru free the detained fishermen."
    )
    request = _one(_events(extractor, text, date(1993, 5, 4)), "REQUEST")
    assert request.countries == ("CHL", "PER")


@pytest.mark.parametrize(
    "text",
    [
        "Norway will extend a 40 mln crown credit to Tanzania, the aid minister said.",
        "Sweden would provide Mozambique with 30 mln crowns in emergency aid, officials said.",
        "Finland will provide a 12 mln dlr loan to Namibia next year, officials said.",
    ],
)
def test_money_extended_or_provided_as_aid_is_aid(extractor: Extractor, text: str) -> None:
    aid = _one(_events(extractor, text, date(1990, 3, 2)), "AID")
    assert aid.status == "planned"
    assert len(aid.countries) == 2


def test_extending_what_is_not_aid_is_no_aid(extractor: Extractor) -> None:
    text = "Norway extended the deadline for Tanzanian bids and provided a venue for the talks."
    assert not [e for e in _events(extractor, text, date(1990, 3, 2)) if e.type == "AID"]


def test_recognising_a_state_supports_it(extractor: Extractor) -> None:
    text = "Austria formally recognised Slovakia as an independent state on Tuesday."
    support = _one(_events(extractor, text, date(1993, 1, 7)), "SUPPORT")
    assert support.countries == ("AUT", "SVK")
    assert support.date == "1993-01-05"


def test_recognising_an_idea_is_no_support(extractor: Extractor) -> None:
    text = "The Austrian minister recognised that talks with Slovakia had been hard."
    assert not [e for e in _events(extractor, text, date(1993, 1, 7)) if e.type == "SUPPORT"]


def test_an_act_after_acts_dated_from_the_lead_takes_the_leads_day(
    extractor: Extractor,
) -> None:
    """Extractor 0.3.62: a chain of undated acts of the same pair after a dated lead."""
    text = (
        "ZAGREB, March 6 - President Ivan Kovac of Croatia, who is on an official visit to "
        "Sweden, met King Carl Gustaf at the palace in Stockholm on Wednesday, the "
        "presidential press service reports.\n\n"
        "The heads of state discussed cooperation in energy and transport.\n\n"
        "In the presence of the two leaders, the sides signed an agreement on air services."
    )
    events = _events(extractor, text, date(2025, 3, 6))
    signing = _one(events, "AGREE", "sign")
    assert signing.date == "2025-03-05"


def test_it_of_the_narrator_is_not_a_subject_inside_a_quotation(extractor: Extractor) -> None:
    """Extractor 0.3.64: "it" after a quoted statement is not the quotation's subject."""
    text = (
        "TEHRAN, Feb 26 - Iran said its offensive near Basra was over.\n\n"
        '"The attack came at a time when the Baghdad government was boasting of its '
        'defences," said the statement read on state radio.\n\n'
        "It called on Iraq to withdraw its troops from the border."
    )
    request = _one(_events(extractor, text, date(1987, 2, 26)), "REQUEST")
    assert request.countries == ("IRN", "IRQ")
