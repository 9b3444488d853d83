"""Event patterns of English news added with extractor 0.3.118, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_state_in_the_dateline_is_its_namesake_capital(extractor: Extractor) -> None:
    """ "LUXEMBOURG, June 5 - ... signed here": a dateline names the city a story is filed
    from; a state that shares its name with its capital stands for the capital there."""
    text = (
        "LUXEMBOURG, June 5 - Belgium and the Netherlands signed a treaty on river navigation "
        "here on Monday, officials said."
    )
    sign = _one(_events(extractor, text, date(1984, 6, 5)), "AGREE")
    assert (sign.countries, sign.place) == (("BEL", "NLD"), "Luxembourg City"), sign


def test_the_acts_of_a_visit_take_the_city_its_talks_name(extractor: Extractor) -> None:
    """ "paying a state visit to Kazakhstan, held talks ... in Astana": the documents signed
    after the talks are signed in that city, not only in the country the visit names."""
    text = (
        "President Sadyr Japarov of Kyrgyzstan, who is paying a state visit to Kazakhstan on "
        "May 3-4, held talks with President Kassym-Jomart Tokayev in Astana on Wednesday. "
        "After the talks the two presidents signed a declaration on allied relations."
    )
    events = _events(extractor, text, date(2023, 5, 4))
    sign = _one(events, "AGREE")
    assert (sign.countries, sign.place) == (("KAZ", "KGZ"), "Astana"), sign


def test_a_partner_named_inside_the_documents_name(extractor: Extractor) -> None:
    """ "signed a memorandum of understanding with Estonia": the parser hangs "with Estonia"
    on "understanding"; it is the other party all the same."""
    text = (
        "BEIJING, Nov 21 - On Friday, the U.S. Export-Import Bank signed a memorandum of "
        "understanding with Estonia on export credits."
    )
    sign = _one(_events(extractor, text, date(2021, 11, 21)), "AGREE")
    assert set(sign.countries) == {"USA", "EST"}, sign


def test_the_king_is_the_one_named_king(extractor: Extractor) -> None:
    """ "King Hussein of Jordan held talks here with President Saddam Hussein. The king will
    travel to Cairo": the title written with a given name is his, not the home president's."""
    text = (
        "BAGHDAD, March 2 - King Hussein of Jordan held talks here on Sunday with President "
        "Saddam Hussein on the Gulf war. The king will travel to Cairo on Tuesday to see "
        "President Hosni Mubarak."
    )
    events = _events(extractor, text, date(1987, 3, 2))
    visit = next(e for e in events if e.mode == "visit" and e.status == "planned")
    assert visit.countries == ("JOR", "EGY"), visit


def test_a_time_after_an_apposition_closes_the_clause(extractor: Extractor) -> None:
    """ "Somalia invaded the Ogaden, an Ethiopian province inhabited mainly by Somalis, in July
    1977": the time after the comma that closes the apposition dates the invasion, not the
    participle inside the apposition."""
    text = (
        "ADDIS ABABA, April 4 - Ethiopia and Somalia agreed on Sunday to restore relations. "
        "Somalia invaded the Ogaden, an Ethiopian province inhabited mainly by ethnic Somalis, "
        "in July 1977."
    )
    events = _events(extractor, text, date(1988, 4, 4))
    invasion = _one(events, "ASSAULT")
    assert invasion.date == "1977-07", invasion


def test_a_possessive_in_a_who_clause_is_the_one_it_tells_of(extractor: Extractor) -> None:
    """ "X was accompanied by Y, who held talks with his counterpart": Y's counterpart; X
    takes no part in those talks."""
    text = (
        "AMMAN, May 14 - Egypt's President Hosni Mubarak arrived in Amman on Wednesday for "
        "talks with King Hussein. Mubarak was accompanied by Foreign Minister Esmat Abdel "
        "Meguid, who held separate talks with his Jordanian counterpart Taher al-Masri."
    )
    events = _events(extractor, text, date(1986, 5, 14))
    talks = {frozenset(e.people) for e in events if e.type == "CONSULT" and e.mode == "meet"}
    assert talks == {
        frozenset({"Hosni Mubarak", "Hussein"}),
        frozenset({"Esmat Abdel Meguid", "Taher al-Masri"}),
    }, talks


def test_a_decree_signed_is_no_agreement(extractor: Extractor) -> None:
    """ "Putin's decree, signed on Friday, bars ...": a participle of a unilateral document
    signs no agreement between states."""
    text = (
        "TBILISI, June 24 - Georgia protested on Monday. The Russian president's decree, signed "
        "on Friday, suspends passenger flights between the two countries."
    )
    events = _events(extractor, text, date(2019, 6, 24))
    assert not [e for e in events if e.type == "AGREE"], events


def test_a_journey_someone_is_kept_from_is_no_visit(extractor: Extractor) -> None:
    """ "barred Russian airlines from flying to Georgia", "prevented the minister from
    travelling to Minsk": what the preventing verb keeps them from does not take place."""
    text = (
        "TBILISI, June 24 - Moscow prevented the Georgian foreign minister from flying to Minsk "
        "on Friday, and a new decree bars Russian airlines from flying to Georgia from July 8."
    )
    events = _events(extractor, text, date(2019, 6, 24))
    assert not [e for e in events if e.mode == "visit"], events


def test_the_two_leaders_are_both(extractor: Extractor) -> None:
    """ "Presidents A of X and B of Y signed ... The two leaders held talks on Monday": both of
    them, not the one the word "leader" alone would name."""
    text = (
        "KHARTOUM, Oct 13 - Presidents Hosni Mubarak of Egypt and Jaafar Nimeiri of Sudan "
        "signed an integration charter on Tuesday. The two leaders held talks on Monday about "
        "the Libyan threat."
    )
    events = _events(extractor, text, date(1982, 10, 13))
    talks = _one(events, "CONSULT", "meet")
    assert set(talks.people) == {"Hosni Mubarak", "Jaafar Nimeiri"}, talks


def test_a_place_of_the_next_verb_is_not_this_ones(extractor: Extractor) -> None:
    """ "was received by President X on Monday and is due to see the Pope at the Vatican on
    Thursday": the Vatican is where the second meeting will be, not the first."""
    text = (
        "ROME, June 18 - The visiting Kenyan leader was received by President Sandro Pertini "
        "on Monday and is due to see Pope John Paul II at the Vatican on Thursday."
    )
    events = _events(extractor, text, date(1985, 6, 18))
    received = next(e for e in events if "Sandro Pertini" in e.people)
    assert received.place == "Rome", received


def test_a_place_inside_a_documents_phrase_is_what_it_is_about(extractor: Extractor) -> None:
    """ "signed the loan agreement, together with an accord on water supply in western
    Kenya": the place names the accord's subject, not where it was signed."""
    text = (
        "BONN, July 12 - Economic Cooperation Minister Juergen Warnke and Kenyan "
        "Finance Minister George Saitoti signed a loan agreement at the ministry on Wednesday, "
        "together with an accord on rural water supply in western Kenya."
    )
    sign = _one(_events(extractor, text, date(1989, 7, 12)), "AGREE")
    assert sign.place == "Bonn", sign


def test_a_visit_ending_on_a_weekday_ahead_is_under_way(extractor: Extractor) -> None:
    """ "who is on a four-day visit to Bonn ending on Thursday", told on a Wednesday: this
    week's Thursday ends it, so it began on Monday and is under way."""
    text = (
        "BONN, July 12 - Kenyan Finance Minister George Saitoti, who is on a four-day visit to "
        "Bonn ending on Thursday, met Finance Minister Theo Waigel on Tuesday."
    )
    visit = _one(_events(extractor, text, date(1989, 7, 12)), "CONSULT", "visit")
    assert (visit.status, visit.date) == ("occurred", "1989-07-10/1989-07-13"), visit


def test_an_after_clause_of_the_act_charged_does_not_date_the_charge(
    extractor: Extractor,
) -> None:
    """ "accused Iraq of using poison gas against Iranian troops after the ceasefire was
    announced on August 8": the clause tells when the act charged was done; the charge is the
    story's news."""
    text = (
        "GENEVA, Aug 26 - The Iranian minister accused Iraq of using poison gas against "
        "Iranian troops after the ceasefire was announced on August 8."
    )
    accusation = _one(_events(extractor, text, date(1988, 8, 26)), "ACCUSE")
    assert accusation.date == "1988-08-26", accusation
