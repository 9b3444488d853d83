"""Event patterns of English news added with extractor 0.3.86, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


def test_a_border_closed_to_another_state_is_a_sanction(extractor: Extractor) -> None:
    """ "closed the border to Malian trucks", "will shut two crossings on its border with
    Togo from Friday": a border, crossing or airspace shut against a state named."""
    text = "Senegal closed the border to Malian trucks on Tuesday."
    sanction = _one(_events(extractor, text, date(1992, 3, 6)), "SANCTION")
    assert (sanction.countries, sanction.date) == (("SEN", "MLI"), "1992-03-03")
    ahead = "Ghana will shut two crossing points on its border with Togo from Friday."
    sanction = _one(_events(extractor, ahead, date(1992, 3, 4)), "SANCTION")
    assert (sanction.countries, sanction.status) == (("GHA", "TGO"), "planned")
    alone = "Nigeria closed its borders on Monday to stop smuggling."
    assert not [e for e in _events(extractor, alone, date(1992, 3, 4)) if e.type == "SANCTION"]


def test_the_treaty_signed_on_a_day_dates_the_signing_told_before(extractor: Extractor) -> None:
    """ "... under an accord signed by A and B. The treaty, signed late on Monday, ...": the
    document named again with its day dates the signing the lead told without one."""
    text = (
        "Cuba has agreed to withdraw its troops from Angola by July 1 under an accord signed "
        "by President Fidel Castro and President Jose Eduardo dos Santos. The treaty, signed "
        "late on Monday, also covers the return of prisoners."
    )
    signed = _one(_events(extractor, text, date(1988, 12, 14)), "AGREE", "sign")
    assert (signed.status, signed.date) == ("occurred", "1988-12-12")


def test_a_states_measure_told_as_a_subject_hits_each_state_named(extractor: Extractor) -> None:
    """ "A 10% U.S. levy on goods from Brazil and Argentina came into force": the state
    before the measure's noun imposes it, once on each state after."""
    text = "A 10% U.S. levy on steel from Brazil and Argentina came into force on Tuesday."
    sanctions = [e for e in _events(extractor, text, date(2018, 6, 6)) if e.type == "SANCTION"]
    assert sorted(e.countries for e in sanctions) == [("USA", "ARG"), ("USA", "BRA")]


def test_a_leader_briefed_is_met(extractor: Extractor) -> None:
    """ "stopped in Apia to brief Prime Minister X on the pact": a named person briefed is
    a meeting; briefing reporters is not."""
    text = (
        "New Zealand Prime Minister Jacinda Ardern stopped in Fiji on Friday to brief Prime "
        "Minister Frank Bainimarama on the pact."
    )
    meeting = _one(_events(extractor, text, date(2019, 5, 4)), "CONSULT", "meet")
    assert meeting.countries == ("NZL", "FJI")
    assert set(meeting.people) == {"Jacinda Ardern", "Frank Bainimarama"}
    reporters = "Ardern briefed reporters on the pact in Wellington on Friday."
    assert not [e for e in _events(extractor, reporters, date(2019, 5, 4)) if e.type == "CONSULT"]


def test_a_name_joined_by_and_to_a_name_is_a_person(extractor: Extractor) -> None:
    """ "signed by the two ministers, Pál Kovács and Pål Lindqvist": the model may miss the
    second name; joined by "and" to a person's name, it is one (a lone word is not: it may be
    a place or a body)."""
    text = (
        "The accord was signed in Warsaw on Friday by the two defence ministers, "
        "Pál Kovács and Pål Lindqvist."
    )
    people = [written for written, a in _mentions(extractor, text, date(2024, 3, 2))
              if a.kind == "person"]  # fmt: skip
    assert people == ["Pal Kovacs", "Pal Lindqvist"]  # (the text as parsed, accents folded)


def test_a_briefing_by_telephone_is_a_call(extractor: Extractor) -> None:
    """ "had briefed X on the visit by telephone": the parser hangs the means on the topic; a
    call is no part of a thing talked about, so the briefing is a call."""
    text = (
        "New Zealand Prime Minister David Lange said he had briefed U.S. Secretary of State "
        "George Shultz on the talks by telephone on Monday."
    )
    call = _one(_events(extractor, text, date(1985, 3, 6)), "CONSULT", "phone")
    assert call.countries == ("NZL", "USA")
