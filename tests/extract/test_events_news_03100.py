"""Event patterns of English news added with extractor 0.3.100, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_capital_as_the_indirect_object_of_lending_is_its_state(extractor: Extractor) -> None:
    """ "Tokyo will lend Cairo 20.2 billion yen": the capital the money goes to stands for its
    state, as it does after "to"."""
    text = (
        "CAIRO, May 5 - Tokyo will lend Cairo 20.2 billion yen, about 179 mln dlrs, to upgrade "
        "the power grid in Upper Egypt. The loan carries an interest of one pct."
    )
    aid = _one(_events(extractor, text, date(1992, 5, 5)), "AID")
    assert aid.countries == ("JPN", "EGY"), aid


def test_aid_for_a_thing_in_a_country_goes_to_that_country(extractor: Extractor) -> None:
    """ "a line of credit for railway projects in Bangladesh", "a credit for a power station
    near Alexandria": the "for" phrase names no state, but a thing in one; that state is
    aided (not the donor's own: "a credit line for Japanese exporters")."""
    first = (
        "DHAKA, May 5 - On Saturday, New Delhi announced a fresh 1 billion dlr line of credit "
        "for railway projects in Bangladesh. The credit carries a low rate."
    )
    aid = _one(_events(extractor, first, date(2023, 5, 5)), "AID")
    assert set(aid.countries) == {"IND", "BGD"}, aid
    second = (
        "ALEXANDRIA, May 5 - Bonn would provide a new 150 mln mark credit for a power station "
        "near Alexandria, the West German embassy said. The credit is soft."
    )
    aid = _one(_events(extractor, second, date(1987, 5, 5)), "AID")
    assert aid.countries == ("DEU", "EGY"), aid
    own = (
        "TOKYO, May 5 - Japan will extend a 500 mln dlr credit line for Japanese exporters of "
        "machinery. The credit is new."
    )
    assert not [e for e in _events(extractor, own, date(1987, 5, 5)) if e.type == "AID"]


def test_a_second_verb_of_giving_gives_to_the_first_ones_object(extractor: Extractor) -> None:
    """ "would supply Moldova with electricity and provide emergency assistance": the
    assistance goes to the state the first verb of giving names."""
    text = (
        "BUCHAREST, May 5 - Romania would supply Moldova with additional electricity and "
        "provide emergency assistance, the energy minister said. The offer is new."
    )
    aid = [e for e in _events(extractor, text, date(2022, 5, 5)) if e.type == "AID"]
    assert any(e.countries == ("ROU", "MDA") for e in aid), aid


def test_an_act_a_day_after_another_is_dated_from_it(extractor: Extractor) -> None:
    """ "X expelled two diplomats on Wednesday, a day after Y expelled a counsellor": the act
    of the clause of "after", measured in days, is that many days before the act it follows;
    "two days before" counts forward."""
    text = (  # (the model joins the clause of "after" as a conjunct here)
        "ANKARA, June 7 - Turkey ordered two Bulgarian diplomats to leave the country within "
        "48 hours on Wednesday, a day after Sofia expelled a Turkish embassy counsellor. "
        "Relations have been tense for months."
    )
    events = _events(extractor, text, date(1989, 6, 7))
    first = [e for e in events if e.type == "SANCTION" and e.countries[0] == "BGR"]
    assert first and first[0].date == "1989-06-06", events


def test_a_time_closing_the_phrase_before_a_comma_dates_the_verb(extractor: Extractor) -> None:
    """ "Ankara recalled its ambassador for consultations in November, weeks after ...":
    the time closes the verb's phrase although a clause of the verb follows after a comma
    ("citing the pandemic", "at the height of a row")."""
    text = (
        "ANKARA, May 3 - Turkey halted all trade with Israel on Thursday. Ankara recalled its "
        "ambassador from Tel Aviv for consultations in November, weeks after Israel pulled "
        "its own diplomats out of Turkey."
    )
    events = _events(extractor, text, date(2024, 5, 3))
    recall = [e for e in events if "recalled" in e.evidence.sentence and e.type == "SANCTION"]
    assert recall and recall[0].date == "2023-11", events
