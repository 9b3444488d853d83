"""Event patterns of English news added with extractor 0.3.91, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_clause_of_after_takes_the_day_of_the_lead(extractor: Extractor) -> None:
    """ "Chile agreed on Thursday to reopen the crossing, after the Argentine foreign minister
    flew to Santiago": a clause of "after" (``words.lead_up_marks``) with no distance of its
    own under a verb told in the past happened on the lead's day, not the day of
    publication."""
    text = (
        "Chile agreed on Thursday to reopen the border crossing, after Argentine Foreign "
        "Minister Ricardo Lopez flew to Santiago to press President Ana Torres for a deal."
    )
    events = _events(extractor, text, date(2021, 3, 13))  # a Saturday
    visit = _one(events, "CONSULT")
    assert visit.date == "2021-03-11"


def test_a_clause_a_day_after_keeps_its_distance(extractor: Extractor) -> None:
    """ "ordered two diplomats to leave on Friday, a day after Britain expelled two": the
    length before "after" still sets the day before the lead's day."""
    text = (
        "The Soviet Union on Friday ordered two British diplomats to leave Moscow, a day after "
        "Britain expelled two Soviet embassy officials for spying."
    )
    events = _events(extractor, text, date(1987, 5, 23))
    days = {e.countries: e.date for e in events if e.type == "SANCTION"}
    assert days == {("SUN", "GBR"): "1987-05-22", ("GBR", "SUN"): "1987-05-21"}


def test_a_clause_of_after_under_a_dated_act_shares_its_day(extractor: Extractor) -> None:
    """ "established relations on September 30 after the two foreign ministers met in New
    York": the meeting that led up to the act was that day."""
    text = (
        "Seoul and Moscow established diplomatic relations on September 30 after Foreign "
        "Minister Choi Ho-joong met his Soviet counterpart Eduard Shevardnadze in New York."
    )
    meeting = _one(_events(extractor, text, date(1990, 10, 3)), "CONSULT")
    assert meeting.date == "1990-09-30"


def test_a_condemned_act_told_before_names_its_agents(extractor: Extractor) -> None:
    """ "Iraqi forces invaded Kuwait ... Moscow condemned the invasion": a definite noun of a
    hostile act told before, with no party of its own, names the states that did it."""
    text = (
        "Iraqi forces invaded Kuwait on Thursday. Officials in Washington said troops were "
        "massing near the Saudi border. The Soviet Union on Friday condemned the invasion."
    )
    events = _events(extractor, text, date(1990, 8, 4))
    accusations = [e for e in events if e.type == "ACCUSE"]
    assert [e.countries for e in accusations] == [("SUN", "IRQ")]


def test_an_act_of_two_states_condemned_makes_two_accusations(extractor: Extractor) -> None:
    """ "The United States and Britain struck rebel positions ... Iran condemned the strikes":
    each state that struck is condemned, one dyad each (PLOVER codes pairs)."""
    text = (
        "The United States and Britain struck rebel positions across Yemen on Friday. The "
        "rebels vowed to fight on. Iran's foreign ministry condemned the strikes."
    )
    events = _events(extractor, text, date(2024, 1, 13))
    accusations = sorted(e.countries for e in events if e.type == "ACCUSE")
    assert accusations == [("IRN", "GBR"), ("IRN", "USA")]


def test_a_condemned_act_with_its_own_party_keeps_it(extractor: Extractor) -> None:
    """ "condemned the Israeli raid": the noun names its own party; the act told before it
    (by another state) is not the one condemned."""
    text = (
        "Syrian troops shelled Lebanese villages on Monday. Egypt on Tuesday condemned the "
        "Israeli raid on Beirut."
    )
    events = _events(extractor, text, date(1982, 6, 9))
    assert all(e.countries != ("EGY", "SYR") for e in events if e.type == "ACCUSE")
