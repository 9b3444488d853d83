"""Event patterns of English news added with extractor 0.3.98, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_visit_of_the_days_just_past_is_placed_in_the_dateline_city(
    extractor: Extractor,
) -> None:
    """ "NAIROBI - X left today at the end of a three-day visit to Kenya": the visit, told as a
    span of days ending today, went on in the dateline's city; a place the next sentences name
    for one stop ("The trip began in Mombasa") does not replace it."""
    text = (
        "NAIROBI, May 14 - Ghanaian President Kwame Asante left for home today at the end of "
        "a three-day state visit to Kenya, saying the two countries had never been closer.\n\n"
        "The three-day trip began in Mombasa, where Asante and Kenyan President Daniel Mwangi "
        "met on Monday and toured the port."
    )
    events = _events(extractor, text, date(1986, 5, 14))
    visit = _one(events, "CONSULT", "visit")
    assert visit.place == "Nairobi", visit


def test_the_states_leader_is_the_person_the_article_named_after_that_title(
    extractor: Extractor,
) -> None:
    """ "Soviet leader Mikhail Gorbachev ... The Soviet leader, who held talks with ...": the
    title refers back to the person named after it, not to the state's formal head of state
    in the data files (a party's leader may hold no state office)."""
    text = (
        "HANOI, Nov 20 - Soviet leader Mikhail Gorbachev arrived here today for a two-day "
        "visit.\n\nThe Soviet leader, who held talks with Vietnamese Prime Minister Pham Van "
        "Dong on Thursday, told a news conference that Moscow would increase its aid."
    )
    events = _events(extractor, text, date(1986, 11, 21))
    talks = _one(events, "CONSULT", "meet")
    assert "Mikhail Gorbachev" in talks.people, talks
    assert "Andrei Gromyko" not in talks.people, talks


def test_the_two_heads_of_state_are_the_presidents_not_a_premier(extractor: Extractor) -> None:
    """ "the two heads of state signed a joint statement": the heads of state of the pair, not
    the prime minister who met the guest at the airport since."""
    text = (
        "Kyrgyz President Almaz Beknazarov held talks in Bishkek on Thursday with Chinese "
        "President Xi Jinping. At the airport the Chinese guest was met by Kyrgyz Prime "
        "Minister Nurlan Osmonov.\n\n"
        "Following the talks, the two heads of state signed a joint statement on strategic "
        "partnership."
    )
    events = _events(extractor, text, date(2019, 6, 14))
    signed = _one(events, "AGREE", "sign")
    assert "Almaz Beknazarov" in signed.people, signed
    assert "Nurlan Osmonov" not in signed.people, signed


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause(extractor: Extractor) -> None:
    """ "Rao telephoned her": "her" is not Rao, whatever sentence last named him; it is the
    other person told of."""
    text = (
        "DHAKA, June 27 - Bangladesh opened the border corridor today. Prime Minister Amina "
        "Karim, who settled the final details with Indian Prime Minister Vikram Rao during a "
        "visit to New Delhi last month, called the opening a victory. Rao telephoned her on "
        "Thursday to convey his good wishes, her office said."
    )
    events = _events(extractor, text, date(1992, 6, 27))
    call = _one(events, "CONSULT", "phone")
    assert set(call.people) == {"Vikram Rao", "Amina Karim"}, call
