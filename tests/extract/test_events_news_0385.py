"""Event patterns of English news added with extractor 0.3.85, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_the_recipient_of_an_amount_given_in_grants(extractor: Extractor) -> None:
    """ "would give 15 million pounds in grants to Kenya": the parser hangs the recipient on
    the kind of aid inside the amount given."""
    text = "Britain would give 15 million pounds in grants to Kenya, the minister said."
    aid = _one(_events(extractor, text, date(1989, 3, 2)), "AID")
    assert (aid.countries, aid.status) == (("GBR", "KEN"), "planned")


def test_loans_guaranteed_to_a_state_are_aid(extractor: Extractor) -> None:
    """ "guaranteed 200 mln dlrs in bank loans to Poland": a credit guarantee is aid."""
    text = "Canada guaranteed 200 mln dlrs in bank loans to Poland on Monday."
    aid = _one(_events(extractor, text, date(1990, 2, 14)), "AID")
    assert (aid.countries, aid.date) == (("CAN", "POL"), "1990-02-12")


def test_a_guarantee_is_aid_only_for_credit(extractor: Extractor) -> None:
    """A state guaranteeing loans gives aid; guaranteeing passage for aid convoys does not."""
    text = "Japan will guarantee credits for Polish purchases of Japanese machinery."
    aid = _one(_events(extractor, text, date(1990, 5, 10)), "AID")
    assert (aid.countries, aid.status) == (("JPN", "POL"), "planned")
    convoys = "Jordan guaranteed safe passage for Iraqi aid convoys on Monday."
    assert not [e for e in _events(extractor, convoys, date(1990, 5, 10)) if e.type == "AID"]


def test_aid_agreed_in_the_past_is_aid_granted(extractor: Extractor) -> None:
    """ "has agreed to lend Peru 500 mln dlrs": the loan is granted when agreed; "will agree
    to lend" is still a plan."""
    done = "Japan has agreed to lend Peru 500 mln dlrs, the ministry said."
    aid = _one(_events(extractor, done, date(1990, 5, 10)), "AID")
    assert (aid.countries, aid.status) == (("JPN", "PER"), "occurred")
    dated = "Greece last month agreed to lend Malta 30 mln dlrs on soft terms."
    aid = _one(_events(extractor, dated, date(1990, 5, 10)), "AID")
    assert (aid.status, aid.date) == ("occurred", "1990-04")
    ahead = "Japan is expected to agree to lend Peru 500 mln dlrs."
    assert _one(_events(extractor, ahead, date(1990, 5, 10)), "AID").status == "planned"


def test_an_accord_signed_keeps_out_of_the_deadline_it_sets(extractor: Extractor) -> None:
    """ "will pull its troops out by June 30 under an accord signed by X and Y": the accord is
    done; June 30 is the withdrawal's date, not the signing's."""
    text = (
        "Libya will pull its troops out of Chad by June 30 under an accord signed by "
        "President Muammar Gaddafi and President Hissene Habre."
    )
    events = _events(extractor, text, date(1988, 5, 10))
    signed = _one(events, "AGREE", "sign")
    assert (signed.status, signed.date) == ("occurred", "1988-05-10")
    retreat = _one(events, "RETREAT")
    assert (retreat.status, retreat.date) == ("planned", "1988-06-30")


def test_the_report_after_the_lead_dates_the_lead(extractor: Extractor) -> None:
    """A lead without a day ("Ruritania has expelled two Freedonian diplomats") and the
    report that follows with its day ("The Ruritanian foreign ministry said on Monday"): the
    act took place that day."""
    text = (
        "Sweden expels Soviet diplomats\n\n"
        "Sweden has expelled two Soviet diplomats for spying. "
        "The Swedish Foreign Ministry said on Monday that the two men had photographed "
        "military installations near Stockholm."
    )
    sanction = _one(_events(extractor, text, date(1986, 3, 12)), "SANCTION")
    assert (sanction.countries, sanction.date) == (("SWE", "SUN"), "1986-03-10")


def test_a_report_by_a_third_state_leaves_the_lead_undated(extractor: Extractor) -> None:
    """The report after the lead dates it only when its speaker is a party: a third state
    speaking on Monday tells nothing of the day of the act."""
    text = (
        "Sweden expels Soviet diplomats\n\n"
        "Sweden has expelled two Soviet diplomats for spying. "
        "The Finnish Foreign Ministry said on Monday that it was watching the case closely."
    )
    sanction = _one(_events(extractor, text, date(1986, 3, 12)), "SANCTION")
    assert sanction.date == "1986-03-12"


def test_a_note_sent_tells_what_its_sender_demands(extractor: Extractor) -> None:
    """ "sent a note to X demanding ...", "handed a note to the ministry urging Y to ...": the
    sender asks, the one the note goes to is asked (the parser may hang the participle on the
    note or on its addressee)."""
    sent = "Ecuador sent a letter to Peru demanding an apology for the border incident."
    request = _one(_events(extractor, sent, date(1991, 8, 2)), "REQUEST")
    assert request.countries == ("ECU", "PER")
    handed = (
        "The Dutch ambassador handed a note to the Indonesian Foreign Ministry urging Jakarta "
        "to free the two journalists."
    )
    request = _one(_events(extractor, handed, date(1991, 8, 2)), "REQUEST")
    assert request.countries == ("NLD", "IDN")
    accused = "Honduras sent a protest note to Nicaragua accusing it of violating the border."
    accusation = _one(_events(extractor, accused, date(1991, 8, 2)), "ACCUSE")
    assert accusation.countries == ("HND", "NIC")


def test_a_vessel_boarded_is_coerced(extractor: Extractor) -> None:
    """ "a coast guard cutter boarded a Japanese trawler": coercion at sea; boarding a plane
    is travel."""
    text = "A Russian coast guard cutter boarded a Japanese trawler off Hokkaido on Tuesday."
    coerce = _one(_events(extractor, text, date(1996, 7, 5)), "COERCE")
    assert (coerce.countries, coerce.date) == (("RUS", "JPN"), "1996-07-02")
    plane = "The Japanese minister boarded a plane for Moscow on Tuesday."
    assert not [e for e in _events(extractor, plane, date(1996, 7, 5)) if e.type == "COERCE"]


def test_the_ministry_is_the_ministry_named_before(extractor: Extractor) -> None:
    """ "Chile's foreign ministry summoned ... The ministry rejected the charges": the bare
    organ is that of the state named with it last; with none named before, nobody."""
    text = (
        "Peru expelled a Chilean diplomat on Monday, accusing Chile of spying. "
        "Chile's foreign ministry summoned the Peruvian ambassador on Tuesday. "
        "The ministry rejected the charges as baseless."
    )
    reject = _one(_events(extractor, text, date(2009, 11, 18)), "REJECT")
    assert set(reject.countries) == {"CHL", "PER"} and reject.countries[0] == "CHL"
    alone = "The ministry rejected the charges as baseless."
    assert not [e for e in _events(extractor, alone, date(2009, 11, 18)) if e.type == "REJECT"]
