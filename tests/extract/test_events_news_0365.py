"""Event patterns of English news added with extractor 0.3.65, each on text written for the
test (names, places and dates are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "warning",
    [
        "He warned that Peru would take all necessary steps to protect its fishermen.",
        "Peruvian officials have warned of retaliation if the boats are not released.",
    ],
)
def test_a_warning_to_nobody_named_is_addressed_to_the_other_of_the_pair(
    extractor: Extractor, warning: str
) -> None:
    """A warning, like a charge or a claim, whose addressee goes unnamed in a story about two
    countries is addressed to the other one."""
    text = (
        "LIMA, May 4 - Peru protested to Chile on Tuesday over the seizure of two fishing "
        "boats, the foreign ministry said.\n\n"
        f"Foreign Minister Carlos Ramos told reporters on Tuesday the boats were in Peruvian "
        f"waters. {warning}"
    )
    threat = _one(_events(extractor, text, date(1993, 5, 5)), "THREATEN")
    assert threat.countries == ("PER", "CHL")


@pytest.mark.parametrize(
    "judgement",
    [
        "He warned that the fishing agreement was in jeopardy.",
        "Peruvian experts warned it was essential to restock the fishing grounds.",
    ],
)
def test_a_warning_of_how_things_are_is_no_threat(extractor: Extractor, judgement: str) -> None:
    """A warning that judges how things are, with nothing to come, threatens nobody."""
    text = (
        "LIMA, May 4 - Peru protested to Chile on Tuesday over the seizure of two fishing "
        "boats, the foreign ministry said.\n\n"
        f"Foreign Minister Carlos Ramos spoke in Lima. {judgement}"
    )
    assert not [e for e in _events(extractor, text, date(1993, 5, 5)) if e.type == "THREATEN"]


def test_an_act_told_after_its_speaker_spoke_on_a_day_was_said_that_day(
    extractor: Extractor,
) -> None:
    """ "X told journalists on Wednesday ... He accused ...": the speaker's day, not the day
    of publication."""
    text = (
        "QUITO, June 10 - Ecuador recalled its ambassador from Bogota for consultations on "
        "Monday.\n\n"
        "Foreign Minister Ana Paredes told journalists on Wednesday the decision was final. "
        "She accused Colombia of harbouring armed groups on the border."
    )
    accusation = _one(_events(extractor, text, date(1994, 6, 10)), "ACCUSE")
    assert accusation.countries == ("ECU", "COL")
    assert accusation.date == "1994-06-08"


def test_an_act_of_one_who_took_part_in_a_dated_call_was_done_in_the_call(
    extractor: Extractor,
) -> None:
    """What a participant of a call or a meeting does in the sentences after it, with no time
    of its own, was done there, on the call's day."""
    text = (
        "TBILISI, March 9 - On March 8, Georgian President Levan Gelashvili had a telephone "
        "conversation with President of Estonia Kadri Tamm.\n\n"
        "The presidents discussed transit and energy projects.\n\n"
        "Levan Gelashvili accused Moscow of blocking the reopening of the Upper Lars "
        "crossing."
    )
    accusation = _one(_events(extractor, text, date(2021, 3, 9)), "ACCUSE")
    assert accusation.countries == ("GEO", "RUS")
    assert accusation.date == "2021-03-08"


def test_who_repeats_a_demand_takes_part_in_it(extractor: Extractor) -> None:
    """Extractor 0.3.66: "repeated / reiterated Moscow's demand" is a light verb with the
    demand for its object, so the one who repeats it is a party of the request."""
    text = (
        "BONN, March 12 - West German Foreign Minister Karl Brenner and visiting Soviet "
        "Deputy Foreign Minister Pavel Orlov held talks on Wednesday, a spokesman said.\n\n"
        "Orlov repeated Moscow's demand that Bonn's missiles be covered by any accord."
    )
    request = _one(_events(extractor, text, date(1987, 3, 12)), "REQUEST")
    assert "Pavel Orlov" in request.people


def test_a_hyphenated_given_name_in_lower_case_is_part_of_the_name(
    extractor: Extractor,
) -> None:
    """Extractor 0.3.67: the syllable a hyphen joins to a capitalised one ("Kim Jang-hyun",
    "Chiang Pin-kung") is part of the name the model tags, not a reason to drop it."""
    text = (
        "ASTANA, Feb 7 - On Wednesday, Deputy Foreign Minister Arman Sadykov received the "
        "newly appointed Ambassador of the Republic of Korea Lee Jun-seok, who presented "
        "copies of his credentials."
    )
    meeting = _one(_events(extractor, text, date(2024, 2, 7)), "CONSULT")
    assert meeting.countries == ("KAZ", "KOR")
    assert set(meeting.people) == {"Arman Sadykov", "Lee Jun-seok"}


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Kharkiv overnight, the regional governor said.",
        "Russian missiles struck the port of Odesa on Saturday, Ukrainian officials said.",
    ],
)
def test_a_place_hit_stands_for_its_state(extractor: Extractor, text: str) -> None:
    """Extractor 0.3.68: a place an attack hits (the verb's object, or "the port of" it) is
    its state's, as a capital is."""
    attack = _one(_events(extractor, text, date(2022, 7, 23)), "ASSAULT")
    assert attack.countries == ("RUS", "UKR")
