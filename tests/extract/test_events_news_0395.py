"""Event patterns of English news added with extractor 0.3.95, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events

pytestmark = pytest.mark.slow


def test_a_time_closing_the_clause_dates_it(extractor: Extractor) -> None:
    """ "recalled its ambassador for consultations in November", "imposed duties totalling 60
    per cent on Peruvian sugar in May 2020": the model hangs the time on the last noun or
    a present participle; it still dates the verb's clause."""
    recalled = "Chile recalled its ambassador from Lima for consultations in November."
    events = _events(extractor, recalled, date(2021, 3, 4))
    assert [(e.type, e.date) for e in events] == [("SANCTION", "2020-11")]
    duties = "Ecuador imposed duties totalling 60 per cent on Peruvian sugar in May 2020."
    events = _events(extractor, duties, date(2021, 3, 4))
    assert [(e.type, e.date) for e in events] == [("SANCTION", "2020-05")]


def test_a_span_ahead_or_a_reduced_passive_does_not_date_the_clause(
    extractor: Extractor,
) -> None:
    """ "had asked Paris for credits to buy equipment over the next two years": a span ahead
    of a past act is what was asked for; "lifted the duties imposed in May" is the date of
    another act. Neither dates the event."""
    asked = (
        "Tunisia had asked France for new credits to finance equipment purchases over the "
        "next two years."
    )
    events = _events(extractor, asked, date(1987, 6, 2))
    assert [(e.type, e.status, e.date) for e in events] == [("REQUEST", "occurred", "1987-06-02")]


def test_a_time_before_the_infinitive_dates_the_asking(extractor: Extractor) -> None:
    """ "said he had urged his counterpart, X, on Monday to press Hanoi": the time stands
    before the infinitive's "to", so it dates the urging; told in the past perfect, the
    weekday is the one before publication, whatever the infinitive says."""
    text = (
        "Malaysian Foreign Minister Aziz Rahman told reporters he had urged his Indonesian "
        "counterpart, Budi Santoso, on Monday to press Hanoi harder on Cambodia."
    )
    request = next(e for e in _events(extractor, text, date(1986, 6, 25)) if e.type == "REQUEST")
    assert (request.status, request.date) == ("occurred", "1986-06-23")


def test_a_planning_participle_after_a_comma_dates_the_event_noun(extractor: Extractor) -> None:
    """ "discussed preparations for the state visit of X to Seoul, scheduled for next month":
    the participle set off by a comma after the event's phrase says when it is to be, though
    the model hangs it on the clause's verb."""
    text = (
        "The ministers discussed preparations for the state visit of Mongolian President Bat "
        "Erdene to Seoul, scheduled for next month."
    )
    visit = next(e for e in _events(extractor, text, date(2019, 3, 20)) if e.mode == "visit")
    assert (visit.status, visit.date) == ("planned", "2019-04")


def test_a_call_by_telephone_with_leaders_of_two_states_is_two_calls(
    extractor: Extractor,
) -> None:
    """ "spoke by telephone on Sunday with A and with B": the model reads "by telephone" as a
    passive's agent; it is the means of the call. Leaders of two states called are two calls,
    one with each."""
    text = (
        "The Omani sultan, Haitham bin Tarik, spoke by telephone on Sunday with Yemeni President "
        "Ali Nasser and with Iraqi Prime Minister Karim Hassan."
    )
    events = _events(extractor, text, date(2021, 1, 6))
    assert sorted((e.mode, e.countries, e.date) for e in events) == [
        ("phone", ("OMN", "IRQ"), "2021-01-03"),
        ("phone", ("OMN", "YEM"), "2021-01-03"),
    ]


def test_an_honorific_and_a_surname_are_the_person_named_in_full(extractor: Extractor) -> None:
    """ "Mrs Thatcher", "Mr Nakamura": an honorific before the surname of a person the article
    names in full is that person."""
    text = (
        "British Prime Minister Margaret Thatcher arrived in Tokyo on Tuesday. Japanese Prime "
        "Minister Kenji Nakamura received Mrs Thatcher on Wednesday."
    )
    meeting = next(e for e in _events(extractor, text, date(1984, 12, 20)) if e.mode == "meet")
    assert set(meeting.people) == {"Kenji Nakamura", "Margaret Thatcher"}


def test_a_spanish_name_is_used_by_its_first_surname(extractor: Extractor) -> None:
    """ "President Julio Cesar Zurbay Ayala ... Zurbay telephoned": Spanish names carry two
    surnames and are used by the first; the model cuts this full name short ("Julio Cesar")
    and takes the lone surname for an organisation."""
    text = (
        "Colombian President Julio Cesar Zurbay Ayala broke relations with Cuba. Zurbay "
        "telephoned Venezuelan President Luis Herrera Campins on Monday to explain the move."
    )
    call = next(e for e in _events(extractor, text, date(1981, 3, 24)) if e.mode == "phone")
    assert call.countries == ("COL", "VEN")
    assert call.people == ("Julio Cesar Zurbay Ayala", "Luis Herrera Campins")


def test_the_subject_of_a_verb_is_on_the_call_it_is_told_in(extractor: Extractor) -> None:
    """ "expressed condolences in a telephone conversation with X": the model hangs the call
    on the verb's object; the one who expressed them is on the call."""
    text = (
        "Kyrgyz President Almaz Bekov expressed condolences in a telephone conversation with "
        "Kazakh President Nurlan Serikov on Sunday."
    )
    call = next(e for e in _events(extractor, text, date(2024, 3, 26)) if e.mode == "phone")
    assert set(call.people) == {"Almaz Bekov", "Nurlan Serikov"}
    assert call.date == "2024-03-24"


def test_a_month_told_in_the_past_is_the_last_one(extractor: Extractor) -> None:
    """ "signed an accord with Bolivia in February" in a December story: a bare month after a
    past verb is the last such month, not the coming one; a plan keeps the coming one."""
    done = "Peru signed a ten-year border agreement with Bolivia in February."
    event = _events(extractor, done, date(2024, 12, 12))[0]
    assert (event.status, event.date) == ("occurred", "2024-02")
    plan = "Peru will sign a ten-year border agreement with Bolivia in February."
    event = _events(extractor, plan, date(2024, 12, 12))[0]
    assert (event.status, event.date) == ("planned", "2025-02")


def test_states_in_an_apposition_describing_a_person_take_no_part(extractor: Extractor) -> None:
    """ "with Malian President X, Niger's closest ally and Algeria's old rival": the states
    an apposition names to say who he is to others take no part in the call."""
    text = (
        "Chadian President Idriss Kaya spoke by telephone on Thursday with Malian President "
        "Amadou Traore, Niger's closest ally and Algeria's old rival, an adviser said."
    )
    call = next(e for e in _events(extractor, text, date(2017, 6, 17)) if e.mode == "phone")
    assert call.countries == ("TCD", "MLI")


def test_the_presidents_of_the_two_countries_are_their_heads_of_state(
    extractor: Extractor,
) -> None:
    """ "The presidents of the two countries discussed the visit by telephone": the heads of
    state the article names, not a prime minister named since."""
    text = (
        "Nepali President Ram Adhikari met Peruvian President Dina Vargas in Lima in March. On "
        "Tuesday the Nepali foreign minister was received by Peruvian Prime Minister Jorge "
        "Salas. The presidents of the two countries discussed trade by telephone last week."
    )
    events = _events(extractor, text, date(2024, 5, 22))
    call = next(e for e in events if e.mode == "phone")
    assert set(call.people) == {"Ram Adhikari", "Dina Vargas"}


def test_an_attack_across_a_country_is_against_it(extractor: Extractor) -> None:
    """ "struck dozens of targets across Yemen": where the objects of an attack lie ("in",
    "inside", "across", "throughout") is the state attacked."""
    text = "Britain and France struck dozens of rebel targets across Yemen early on Friday."
    attacks = [e for e in _events(extractor, text, date(2024, 1, 12)) if e.type == "ASSAULT"]
    assert sorted(e.countries for e in attacks) == [("FRA", "YEM"), ("GBR", "YEM")]
