"""Event patterns of English news added with extractor 0.3.115, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_time_closing_a_second_object_dates_the_signing(extractor: Extractor) -> None:
    """ "signed a treaty on X and a separate accord on Y living abroad late on Tuesday": the
    second object joined by "and" is no clause of its own; the time closes the verb's clause."""
    text = (
        "VILNIUS, June 13 - Poland will help Lithuania guard its eastern border under agreements "
        "signed by Polish President Aleksander Kwasniewski and Lithuanian President Valdas "
        "Adamkus, officials said on Wednesday.\n\nThe two presidents signed a treaty on fishing "
        "rights and a separate accord on pensions for veterans living abroad late on Tuesday, "
        "after nearly three hours of talks, an aide said."
    )
    events = _events(extractor, text, date(2001, 6, 13))
    signed = [e for e in events if (e.agreement or "").startswith(("treaty", "separate"))]
    assert {e.date for e in signed} == {"2001-06-12"}, signed
    assert len(signed) == 2, signed


def test_the_lead_verb_dates_the_story_when_it_is_no_act(extractor: Extractor) -> None:
    """ "Nauru and China restored diplomatic relations on Saturday": a lead that tells its news
    in a verb of the past that makes no event still gives the story its day."""
    text = (
        "BEIJING, Dec 22 - Nauru and China restored diplomatic relations on Saturday.\n\n"
        "Nauru's Foreign Minister Lionel Aingimea and Chinese Foreign Minister Wang Yi signed a "
        "joint communique at a guesthouse in the Chinese capital."
    )
    signing = _one(_events(extractor, text, date(2019, 12, 22)), "AGREE", "sign")
    assert signing.date == "2019-12-21", signing


def test_state_councillor_is_a_title(extractor: Extractor) -> None:
    """ "Chinese State Councillor and Foreign Minister Qin Gang": a title, not a person."""
    text = (
        "Chinese State Councillor and Foreign Minister Qin Gang met Brazilian Foreign Minister "
        "Mauro Vieira in Beijing on Tuesday."
    )
    meeting = _one(_events(extractor, text, date(2023, 4, 12)), "CONSULT")
    assert meeting.people == ("Qin Gang", "Mauro Vieira"), meeting


def test_an_organ_in_the_city_a_sentence_opens_on_and_a_threat_of_consequences(
    extractor: Extractor,
) -> None:
    """ "In Hanoi, a Foreign Ministry spokesman ...": the city a sentence opens on gives an
    unqualified state organ its country, not the dateline; "warned that Thailand would bear
    all the consequences" threatens Thailand though no condition is told."""
    text = (
        "BANGKOK, March 2 - Thailand accused Laos on Friday of shelling a border village.\n\n"
        "In Hanoi, a Foreign Ministry spokesman condemned the shelling and warned that Thailand "
        "would bear all the consequences of its provocations."
    )
    threat = _one(_events(extractor, text, date(1979, 3, 2)), "THREATEN")
    assert threat.countries == ("VNM", "THA"), threat


def test_he_after_an_unnamed_spokesman_is_the_spokesman(extractor: Extractor) -> None:
    """ "a Foreign Ministry spokesman said ..., and he demanded": "he" is the spokesman, not the
    minister the story named before."""
    text = (
        "JAKARTA, July 30 - Indonesian Foreign Minister Mochtar Kusumaatmadja said on Wednesday "
        "that his talks in Hanoi had opened the way to a settlement in Cambodia.\n\nIn Beijing, a "
        "Foreign Ministry spokesman said the talks had changed nothing, and he demanded again "
        "that Vietnam withdraw its troops from Cambodia."
    )
    demand = _one(_events(extractor, text, date(1987, 7, 30)), "REQUEST")
    assert (demand.countries, demand.people) == (("CHN", "VNM"), ()), demand


def test_a_pronoun_subject_continues_the_day_its_speaker_spoke(extractor: Extractor) -> None:
    """ "Kenya's Interior Ministry said on Saturday that ... It asked Washington to recall him":
    the act told by the pronoun in the speaker's paragraph was done that day."""
    text = (
        "WASHINGTON, May 10 - The United States on Monday ordered a Kenyan diplomat to leave the "
        "country, the State Department said.\n\nKenya's Interior Ministry said on Saturday that "
        "an American diplomat had met opposition leaders. It asked Washington to recall him."
    )
    request = _one(_events(extractor, text, date(1988, 5, 10)), "REQUEST")
    assert (request.countries, request.date) == (("KEN", "USA"), "1988-05-07"), request


def test_serbia_and_montenegro_before_2003_is_yugoslavia(extractor: Extractor) -> None:
    """The rump federation of 1992-2003 was called "Serbia and Montenegro" too: YUG, not the
    state union (SCG) of 2003-2006."""
    text = (
        "The government of Serbia and Montenegro on Wednesday accused Croatia of violating the "
        "ceasefire in western Slavonia."
    )
    accusation = _one(_events(extractor, text, date(1995, 5, 4)), "ACCUSE")
    assert accusation.countries == ("YUG", "HRV"), accusation


def test_a_time_before_a_clause_joined_by_and_closes_the_first(extractor: Extractor) -> None:
    """ "recalled its ambassador for consultations in June and has raised the issue ...": a
    clause joined by "and" after the time leaves it closing the first clause."""
    text = (
        "SOFIA, Aug 22 - Bulgaria accused Turkey on Monday of inciting the exodus. Turkey "
        "recalled its ambassador from Sofia for consultations in June and has raised the issue "
        "at the CSCE."
    )
    recall = _one(_events(extractor, text, date(1989, 8, 22)), "SANCTION")
    assert recall.date == "1989-06", recall
