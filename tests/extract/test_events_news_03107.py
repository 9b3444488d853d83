"""Event patterns of English news added with extractors 0.3.107 and 0.3.108, each on text
written for the test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_verb_in_a_clause_on_the_aim_arranges_no_event(extractor: Extractor) -> None:
    """ "agreed to set up a committee to tackle what both sides called a lopsided trade":
    "called" without "on" is no visit and, as a verb, no telephone call; the agreement is
    coded by the verb of agreeing."""
    text = (
        "JAKARTA, Nov 13 - Australia and Indonesia agreed on Thursday to set up a joint trade "
        "committee to tackle what both sides called a lopsided trading relationship, "
        "Australian Trade Minister John Dawkins said."
    )
    agreed = _one(_events(extractor, text, date(1986, 11, 13)), "AGREE")
    assert set(agreed.countries) == {"AUS", "IDN"} and agreed.date == "1986-11-13", agreed


def test_a_subject_the_parser_joins_to_the_dateline_date(extractor: Extractor) -> None:
    """ "JAKARTA, Nov 13 - Australia and Indonesia agreed ...": the parser may hang the
    subject on the dateline's date as its conjunct; the subject is still both states (here
    told in a story filed from one of them)."""
    text = (
        "JAKARTA, Nov 13 - Malaysia and Indonesia agreed on Thursday to pull their troops back "
        "from the border, officials said. The troops will leave by March."
    )
    events = _events(extractor, text, date(1986, 11, 13))
    agreed = _one(events, "AGREE")  # (both agree; the pull-back they agreed on is planned)
    assert set(agreed.countries) == {"MYS", "IDN"}, agreed
    assert _one(events, "RETREAT").status == "planned"


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Canberra would provide 40 mln Australian dlrs in concessional export finance to "
         "Jakarta.", ("AUS", "IDN")),
        ("Japan will provide funding for a new container port in Sri Lanka.", ("JPN", "LKA")),
        ("Kenya will also send food and medicines to drought-stricken areas of southern "
         "Somalia.", ("KEN", "SOM")),
    ],
)  # fmt: skip
def test_money_named_as_finance_and_relief_in_kind_are_aid(
    extractor: Extractor, sentence: str, pair: tuple[str, str]
) -> None:
    """A verb of giving whose object is finance, funding, food or medicines gives aid, as
    one whose object is a loan or a grant does (triggers.yaml AID giving)."""
    text = f"NAIROBI, May 8 - {sentence} Officials gave no further details."
    aid = _one(_events(extractor, text, date(1990, 5, 8)), "AID")
    assert aid.countries == pair and aid.status == "planned", aid


def test_a_charge_in_a_participle_of_an_expulsion_is_against_the_expelled(
    extractor: Extractor,
) -> None:
    """ "expelled three Togolese diplomats, accusing them of spying": "them" are the
    diplomats just expelled, so the charge is against their state, as it is when the two
    verbs are joined by "and"."""
    text = (
        "ACCRA, July 12 - Ghana expelled three Togolese diplomats on Monday, accusing them of "
        "spying on exiles in the capital. Lome made no comment."
    )
    events = _events(extractor, text, date(1988, 7, 12))
    accused = [e for e in events if e.type == "ACCUSE"]
    assert [(e.countries, e.date) for e in accused] == [(("GHA", "TGO"), "1988-07-11")], events


def test_a_measure_decided_in_the_past_is_taken(extractor: Extractor) -> None:
    """ "decided on Monday to freeze new export credits to Libya": the decision, told in the
    past, is the measure taken, on the day of the decision; "will decide next week whether
    to impose sanctions" is no measure."""
    taken = (
        "ROME, May 8 - Italy decided on Monday to freeze new export credits to Libya. Trade "
        "between the two is small."
    )
    measure = _one(_events(extractor, taken, date(1990, 5, 8)), "SANCTION")
    assert (measure.status, measure.date) == ("occurred", "1990-05-07"), measure
    open_ = (
        "ROME, May 8 - Italy will decide next week whether to impose sanctions on Libya. "
        "Trade between the two is small."
    )
    assert not [e for e in _events(extractor, open_, date(1990, 5, 8)) if e.type == "SANCTION"]
