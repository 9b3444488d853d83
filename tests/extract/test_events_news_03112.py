"""Event patterns of English news added with extractor 0.3.112, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_an_undated_act_after_a_dated_lead_is_of_the_story_day(extractor: Extractor) -> None:
    """A story published the day after the act its lead dates ("... on Tuesday" in a
    Wednesday paper): an act told after it with no time of its own, by other parties too,
    happened on the story's day, not on the day of publication."""
    text = (
        "QUITO - Ecuador expelled two Peruvian military attaches on Tuesday, accusing them of "
        "spying on army bases near the border. The Peruvian foreign minister rejected the "
        "charge. Chile urged both governments to settle the quarrel through talks."
    )
    events = _events(extractor, text, date(1991, 7, 17))
    assert _one(events, "SANCTION").date == "1991-07-16"
    request = _one(events, "REQUEST")
    assert (request.countries[0], request.date) == ("CHL", "1991-07-16"), request


def test_the_story_day_does_not_date_a_past_perfect_or_a_report(extractor: Extractor) -> None:
    """ "had accused" came before the story's day; "the ministry said that it rejects" is
    dated by its telling, not by the lead."""
    text = (
        "QUITO - Ecuador expelled two Peruvian military attaches on Tuesday. Peru had accused "
        "Ecuador of moving troops to the border. The Peruvian foreign ministry said that it "
        "rejects the expulsions."
    )
    events = _events(extractor, text, date(1991, 7, 17))
    assert _one(events, "ACCUSE").date != "1991-07-16"
    assert _one(events, "REJECT").date == "1991-07-17"


def test_a_visit_that_began_on_a_day_starts_then_after_its_visitor(
    extractor: Extractor,
) -> None:
    """ "at the end of a three-day visit by the Libyan premier that began on Sunday": the
    parse hangs the clause of starting on the visitor, yet the visit began that Sunday (it
    is not the day it ended)."""
    text = (
        "TUNIS, July 12 - The accords were signed by Tunisian Prime Minister Hedi Baccouche "
        "and Libyan Prime Minister Omar al-Muntasser at the end of a three-day visit by the "
        "Libyan premier that began on Sunday."
    )
    visit = _one(_events(extractor, text, date(1988, 7, 12)), "CONSULT", "visit")
    assert visit.date == "1988-07-10/1988-07-12", visit


def test_a_national_security_adviser_is_a_title_not_a_name(extractor: Extractor) -> None:
    """ "National Security Adviser Meir Ben-Shabbat": the title (roles.yaml) is no part of
    the name, as "Foreign Minister" is none of a minister's."""
    text = (
        "RABAT, Dec 22 - Israeli National Security Adviser Meir Ben-Shabbat held talks with "
        "Moroccan Foreign Minister Nasser Bourita on Tuesday."
    )
    meeting = _one(_events(extractor, text, date(2020, 12, 22)), "CONSULT", "meet")
    assert set(meeting.people) == {"Meir Ben-Shabbat", "Nasser Bourita"}, meeting


def test_an_envoy_called_in_is_the_one_complained_to(extractor: Extractor) -> None:
    """ "called in U.S. Ambassador Robert Stuart to convey ...": the parser reads the
    particle as a preposition; the envoy it governs is the act's other side."""
    text = (
        "OSLO, July 2 - Foreign Minister Thorvald Stoltenberg called in U.S. Ambassador "
        "Robert Stuart to convey the government's concern over the Senate vote. The Soviet "
        "Union and Norway extended their fishing accord. Soviet and Norwegian officials met."
    )
    events = _events(extractor, text, date(1987, 7, 2))
    complaint = next(e for e in events if e.trigger == "called")
    assert set(complaint.countries) == {"NOR", "USA"}, complaint
    assert "Robert Stuart" in complaint.people, complaint


def test_a_date_before_after_is_the_acts_not_a_distance(extractor: Extractor) -> None:
    """ "recalled its ambassador last month after a diplomat voiced support for ...": the
    parser hangs "last month" on "after" as it would a distance ("a month after"); a date
    there is the recall's, and the recall is not the story's new break told again."""
    text = (
        "ALGIERS - Algeria on Tuesday broke off diplomatic relations with Morocco. Algiers "
        "recalled its ambassador from Rabat for consultations last month after a Moroccan "
        "diplomat at the United Nations voiced support for self-determination for the "
        "Kabylie region."
    )
    sanctions = [e for e in _events(extractor, text, date(2021, 8, 25)) if e.type == "SANCTION"]
    assert sorted(e.date or "" for e in sanctions) == ["2021-07", "2021-08-24"], sanctions


def test_a_time_before_two_clauses_is_the_seconds_too(extractor: Extractor) -> None:
    """ "In November of that year Cairo expelled the Turkish ambassador, and Turkey responded
    by declaring the Egyptian envoy persona non grata": the fronted time covers both clauses
    joined by "and"."""
    text = (
        "Relations broke down in 2013. In November of that year Cairo expelled the Turkish "
        "ambassador, and Turkey responded by declaring the Egyptian envoy persona non grata."
    )
    events = _events(extractor, text, date(2024, 2, 15))
    dates = {e.countries[0]: e.date for e in events if e.type == "SANCTION"}
    assert dates == {"EGY": "2013-11", "TUR": "2013-11"}, events


def test_sinking_a_states_boats_is_an_attack(extractor: Extractor) -> None:
    """ "Navy aircraft sank two Libyan patrol boats", "air defences downed an Armenian drone":
    a state's vessel sunk or aircraft brought down (triggers.yaml ASSAULT ``sinking``), not
    "sank the proposal"."""
    text = "U.S. Navy aircraft sank two Libyan patrol boats in the Gulf of Sirte on Tuesday."
    attack = _one(_events(extractor, text, date(1986, 3, 26)), "ASSAULT")
    assert (attack.countries, attack.date) == (("USA", "LBY"), "1986-03-25"), attack
    assert not _events(extractor, "The senators sank the proposal on Tuesday.", date(1986, 3, 26))


def test_an_unnamed_envoy_received_is_a_meeting(extractor: Extractor) -> None:
    """ "received the Libyan ambassador": a state's official told without a name (names.yaml
    ``official_nouns``) is somebody received."""
    text = "Soviet Foreign Minister Eduard Shevardnadze received the Libyan ambassador on Tuesday."
    meeting = _one(_events(extractor, text, date(1986, 3, 26)), "CONSULT", "meet")
    assert set(meeting.countries) == {"SUN", "LBY"}, meeting


def test_the_story_day_is_the_leads_latest_day(extractor: Extractor) -> None:
    """A lead that dates its news and what it came after ("sank two boats on Tuesday ...
    since Libya fired missiles on Monday"): the story's day is the news's, the latest."""
    text = (
        "WASHINGTON, March 26 - U.S. Navy aircraft sank two Libyan patrol boats on Tuesday, "
        "two days after Libya fired missiles at American planes on Sunday. Italian Prime "
        "Minister Bettino Craxi appealed to both Washington and Tripoli to show restraint."
    )
    requests = [e for e in _events(extractor, text, date(1986, 3, 26)) if e.type == "REQUEST"]
    assert requests and {e.date for e in requests} == {"1986-03-25"}, requests


def test_a_visit_to_a_country_with_no_city_is_placed_in_it(extractor: Extractor) -> None:
    """ "leaves on Wednesday for Mongolia": a visit that names one state and no city goes
    there; that state is its place."""
    text = "Chinese Premier Li Peng leaves on Wednesday for Mongolia."
    visit = _one(_events(extractor, text, date(1991, 5, 6)), "CONSULT", "visit")
    assert (visit.countries, visit.place) == (("CHN", "MNG"), "Mongolia"), visit


def test_a_dateline_city_lies_in_the_state_of_its_day(extractor: Extractor) -> None:
    """A visit to the Soviet Union told under a Moscow dateline of 1991 was in Moscow: the
    city lay in the Soviet Union then (countries.yaml ``territories``)."""
    text = "MOSCOW, July 31 - President George Bush ended a three-day visit to the Soviet Union."
    visit = _one(_events(extractor, text, date(1991, 7, 31)), "CONSULT", "visit")
    assert (visit.countries, visit.place) == (("USA", "SUN"), "Moscow"), visit


def test_the_documents_signed_by_two_ministers_are_the_signing_told(
    extractor: Extractor,
) -> None:
    """ "Tunisia and Libya signed six agreements on Tuesday. The documents were signed by
    X and Y": the definite "documents" tell the signing just reported, which gains its
    signers (triggers.yaml ``same_documents``)."""
    text = (
        "TUNIS, July 12 - Tunisia and Libya signed six cooperation agreements on Tuesday. The "
        "documents were signed by Tunisian Prime Minister Hedi Baccouche and Libyan Prime "
        "Minister Omar al-Muntasser."
    )
    signing = _one(_events(extractor, text, date(1988, 7, 12)), "AGREE", "sign")
    assert signing.date == "1988-07-12", signing
    assert set(signing.people) == {"Hedi Baccouche", "Omar al-Muntasser"}, signing


def test_flying_into_a_capital_is_a_visit_there(extractor: Extractor) -> None:
    """ "Zelensky, who flew into the German capital on Tuesday morning, held talks with
    Scholz": flying into a place is arriving there (triggers.yaml ``fly_into``; "into" takes
    a place as "in" and "to" do)."""
    text = (
        "Ukrainian President Volodymyr Zelensky, who flew into the German capital on Tuesday "
        "morning, held talks with Chancellor Olaf Scholz."
    )
    visit = _one(_events(extractor, text, date(2024, 6, 12)), "CONSULT", "visit")
    assert (visit.countries, visit.place, visit.date) == (
        ("UKR", "DEU"),
        "Berlin",
        "2024-06-11",
    ), visit


def test_the_trip_told_after_a_plan_dates_it(extractor: Extractor) -> None:
    """ "accepted an invitation to visit the Soviet Union, and officials said the trip could
    take place later this year": the definite trip with no parties of its own is the plan
    just told, and its time is the plan's."""
    text = (
        "Cuban President Fidel Castro accepted an invitation to visit the Soviet Union, and "
        "Cuban officials said the trip could take place later this year."
    )
    visit = _one(_events(extractor, text, date(1989, 4, 5)), "CONSULT", "visit")
    assert (visit.status, visit.date) == ("planned", "1989"), visit
