"""Event patterns of English news added with extractor 0.3.58, each on a sentence written for
the test (names, places and dates are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.actors import find_actors
from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_due_in_a_city_for_talks_is_a_planned_visit_not_a_meeting(extractor: Extractor) -> None:
    # the parser hangs "in Ankara" on the copula, not on "due"; the talks name nobody else
    text = (
        "SOFIA, March 4 - Bulgaria complained to Greece on Wednesday about the closed border. "
        "Bulgarian Deputy Foreign Minister Ivan Petkov is due in Ankara next week for a new "
        "round of transit talks, diplomats said."
    )
    events = _events(extractor, text, date(1992, 3, 4))
    visit = _one(events, "CONSULT", "visit")
    assert (visit.status, visit.place, visit.date) == ("planned", "Ankara", "1992-03-09/1992-03-15")
    assert not [e for e in events if e.type == "CONSULT" and e.mode == "meet"]


def test_talks_with_a_party_named_beside_the_trip_stay_a_meeting(extractor: Extractor) -> None:
    text = (
        "LAGOS, March 24 - The Nigerian delegation ended its talks in London on Tuesday. The "
        "Nigerians will go on to Paris for further talks tomorrow with French Finance Minister "
        "Pierre Dubois."
    )
    events = _events(extractor, text, date(1987, 3, 24))
    assert [e for e in events if e.type == "CONSULT" and e.status == "planned" and e.mode == "meet"]


def test_a_departure_at_the_weekend_under_will_is_the_coming_weekend(
    extractor: Extractor,
) -> None:
    text = (
        "BAGHDAD, June 10 - Iraqi Deputy Prime Minister Karim Salman will leave for Rome at "
        "the weekend."
    )
    visit = _one(_events(extractor, text, date(1992, 6, 10)), "CONSULT", "visit")
    assert visit.date == "1992-06-13/1992-06-14"


def test_a_warning_to_take_a_dispute_to_a_body_threatens_the_other_side(
    extractor: Extractor,
) -> None:
    # the body a dispute would go to (the GATT) is where, not whom: the threat is to the pair
    text = (
        "OSLO, May 8 - Norway protested to Canada on Friday over the new fish duties. Trade "
        "Minister Kari Berg called the duties unfair and warned that Oslo would take the "
        "dispute to the General Agreement on Tariffs and Trade if they went into force."
    )
    threat = _one(_events(extractor, text, date(1987, 5, 8)), "THREATEN")
    assert set(threat.countries) == {"NOR", "CAN"}


def test_a_warning_that_the_other_must_bear_the_consequences_is_a_threat(
    extractor: Extractor,
) -> None:
    text = (
        "RIGA, Oct 5 - Belarus expelled two Latvian diplomats on Monday. The Belarusian "
        "Foreign Ministry warned that Riga would have to bear all the consequences if it did "
        "not apologise."
    )
    threat = _one(_events(extractor, text, date(2021, 10, 5)), "THREATEN")
    assert threat.countries == ("BLR", "LVA")


def test_duties_totalling_a_rate_on_a_countrys_produce_target_that_country(
    extractor: Extractor,
) -> None:
    # the parser hangs "on Canadian lentils" on the amount the participle gives
    text = (
        "OTTAWA, April 2 - Canada criticised India. India will impose anti-dumping duties "
        "totalling 40 pct on Canadian lentils from Monday."
    )
    sanctions = [e for e in _events(extractor, text, date(2020, 4, 2)) if e.type == "SANCTION"]
    assert sanctions and set(sanctions[0].countries) == {"IND", "CAN"}


def test_withdrawing_an_envoy_is_a_sanction_not_a_retreat(extractor: Extractor) -> None:
    text = "ALGIERS, March 20 - Algeria withdrew its ambassador from Madrid on Saturday."
    events = _events(extractor, text, date(2022, 3, 20))
    assert _one(events, "SANCTION").countries == ("DZA", "ESP")
    assert not [e for e in events if e.type == "RETREAT"]


def test_a_day_after_reaches_the_verbs_joined_to_its_clause(extractor: Extractor) -> None:
    text = (
        "TALLINN, Sept 9 - Estonia will keep its envoy in Minsk, Foreign Minister Eva Kask "
        "said on Thursday, a day after Belarus announced it was withdrawing its own envoy "
        "from Tallinn and demanded that Estonia do the same."
    )
    events = _events(extractor, text, date(2021, 9, 9))
    assert _one(events, "SANCTION").date == "2021-09-08"
    assert _one(events, "REQUEST").date == "2021-09-08"


def test_talks_after_which_a_told_accord_was_struck_end_on_its_day(
    extractor: Extractor,
) -> None:
    text = (
        "SEOUL, Nov 7 - South Korea and Australia reached agreement on Sunday to open their "
        "beef markets. The accord was struck after three days of talks between Australian "
        "Trade Minister John Ward and South Korean Trade Minister Park Min-ho."
    )
    talks = _one(_events(extractor, text, date(1988, 11, 7)), "CONSULT")
    assert talks.date == "1988-11-04/1988-11-06"


def test_a_row_that_comes_weeks_before_a_planned_meeting_dates_it(extractor: Extractor) -> None:
    # a present-tense head ("comes") is the story's day; the mark "before" hangs on the
    # copula of "is due to meet"
    text = (
        "PARIS, Oct 6 - France expelled four Iranian diplomats on Friday. The row comes two "
        "weeks before French Foreign Minister Jean Moreau is due to meet Iranian Foreign "
        "Minister Ali Rezai in Geneva."
    )
    meeting = _one(_events(extractor, text, date(1986, 10, 6)), "CONSULT")
    assert (meeting.status, meeting.date) == ("planned", "1986-10-20")


def test_talks_during_which_a_told_act_came_are_of_its_day_and_place(
    extractor: Extractor,
) -> None:
    # "who returned to Minsk" is the counterpart's own trip, not where the talks were
    text = (
        "MINSK, Nov 18 - Lithuania threatened on Tuesday to halt power supplies to Belarus "
        "unless Minsk paid its debts. The warning came from Lithuanian Energy Minister Jonas "
        "Kairys during talks in Vilnius with his Belarusian counterpart, Pavel Lysenko, who "
        "returned to Minsk late on Tuesday."
    )
    talks = _one(_events(extractor, text, date(1992, 11, 18)), "CONSULT")
    assert (talks.date, talks.place) == ("1992-11-17", "Vilnius")


def test_a_country_before_the_first_of_two_named_officials_is_not_the_seconds(
    extractor: Extractor,
) -> None:
    text = (
        "OTTAWA, Feb 3 - The accord followed talks between U.S. Trade Representative Carla "
        "Ross and Agriculture Minister Jean Tremblay. Tremblay on Monday rejected renewed "
        "American calls to open Canada's dairy market."
    )
    rejection = _one(_events(extractor, text, date(1992, 2, 3)), "REJECT")
    assert rejection.countries == ("CAN", "USA")


def test_a_session_held_and_co_chaired_by_two_ministers_has_them_as_people(
    extractor: Extractor,
) -> None:
    # the parser hangs the trailing participle on the place ("in Accra, co-chaired by ...")
    text = (
        "Accra - The fifth session of the Ghana-Togo Joint Commission was held on Friday in "
        "Accra, co-chaired by Foreign Minister Kwame Mensah and his Togolese counterpart Kofi "
        "Agbeko."
    )
    session = _one(_events(extractor, text, date(2022, 6, 25)), "CONSULT")
    assert set(session.people) == {"Kwame Mensah", "Kofi Agbeko"}


def test_talks_following_which_a_state_agreed_to_act_were_held(extractor: Extractor) -> None:
    # the parser may read "following" as a participle with the talks for its object
    text = (
        "NAIROBI, Sept. 12 - Qatar has agreed to lift with immediate effect the visa ban it "
        "imposed on Kenyan travellers, following talks between President William Ruto and "
        "Qatari Emir Tamim bin Hamad Al Thani in Doha on Monday, the presidency said."
    )
    talks = _one(_events(extractor, text, date(2023, 9, 12)), "CONSULT")
    assert (talks.status, talks.date) == ("occurred", "2023-09-11")


def test_two_states_agreeing_that_neither_will_act_is_an_agreement(extractor: Extractor) -> None:
    # "agreed that <clause>": an agreement when the subject names two states; the act the
    # clause denies is no event of its own
    text = (
        "Eritrea and Djibouti agreed on Thursday that neither country would use force "
        "against the other."
    )
    agreement = _one(_events(extractor, text, date(2019, 3, 1)), "AGREE")
    assert (agreement.countries, agreement.date) == (("ERI", "DJI"), "2019-02-28")
    opinion = "Eritrean officials agreed that the talks were useful."
    assert not [e for e in _events(extractor, opinion, date(2019, 3, 1)) if e.type == "AGREE"]


def test_a_long_dateline_is_not_the_subject_of_the_lead(extractor: Extractor) -> None:
    # the parser takes the dateline's city for the subject and hangs the real one on it
    text = (
        "KINGSTOWN, St Vincent and the Grenadines, March 2 — Ecuadorean President Rafael "
        "Mendoza and Peru's President Carlos Rivas agreed on Friday that neither country "
        "would threaten or use force against the other."
    )
    agreement = _one(_events(extractor, text, date(2019, 3, 2)), "AGREE")
    assert set(agreement.countries) == {"ECU", "PER"}


def test_a_dash_apposition_or_a_dateline_before_a_title_keeps_its_subject(
    extractor: Extractor,
) -> None:
    # only a dateline's city in capitals at the head of the sentence gives way to the name
    # after the dash; a named group between dashes, or a title with no name, does not
    text = (
        "The United States, West Germany and Japan -- the G-3 -- agreed in Paris on Monday "
        "to stabilise their currencies."
    )
    agreement = _one(_events(extractor, text, date(1987, 2, 25)), "AGREE")
    assert set(agreement.countries) == {"USA", "DEU", "JPN"}
    text = (
        "WASHINGTON, March 6 - The director of the Treasury Department's office of "
        "international banking said Japan should open its bond markets to U.S. firms."
    )
    request = _one(_events(extractor, text, date(1987, 3, 6)), "REQUEST")
    assert request.countries == ("USA", "JPN")


def test_a_holders_name_matched_in_lower_case_across_a_verb_is_no_name(
    extractor: Extractor,
) -> None:
    # the office table holds "Said Musa" (Belize); "the communique said Musa and ..." is not he
    text = "The communique said Musa and Guinean Mines Minister Ousmane Sylla met in Lagos."
    actors = find_actors(extractor.lex.nlp(text), date(1987, 3, 3), extractor.lex)
    people = {(a.code, a.country) for a in actors.mentions if a.kind == "person"}
    assert ("Musa", None) in people and not any(country == "BLZ" for _, country in people)
