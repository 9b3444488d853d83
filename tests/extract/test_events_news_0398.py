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


def test_an_undated_signing_and_its_dated_repeat_are_one_signing(extractor: Extractor) -> None:
    """ "the two leaders signed an accord" (no day: the publication date) ... "Under the
    agreement, signed on Wednesday, ...": one signing, on Wednesday, by the two leaders; a
    report without people dated in the week before is the undated act told again."""
    text = (
        "COLOMBO, July 30 - Indian Prime Minister Arun Mehta has flown home, ending a visit "
        "during which he and Sri Lankan President Lalith Perera signed an accord on the "
        "island's north.\n\nUnder the agreement, signed on Wednesday at the President's "
        "House, Colombo will devolve powers to the provinces."
    )
    events = _events(extractor, text, date(1987, 7, 30))
    signed = _one(events, "AGREE", "sign")
    assert signed.date == "1987-07-29", signed
    assert {"Arun Mehta", "Lalith Perera"} <= set(signed.people), signed


def test_a_speaker_saying_his_state_is_ready_to_act_takes_part(extractor: Extractor) -> None:
    """ "X told the conference Tokyo was ready to provide aid": the act hangs on an adjective
    ("ready", "willing") of the reported clause; the speaker acts for his own state, as in
    "X said Tokyo would provide aid"."""
    text = (
        "PARIS, Oct 23 - Japanese Foreign Minister Kenji Morita told the conference Tokyo was "
        "ready to provide substantial aid for Cambodia's reconstruction."
    )
    events = _events(extractor, text, date(1991, 10, 23))
    aid = _one(events, "AID")
    assert "Kenji Morita" in aid.people, aid


def test_the_speaker_of_a_second_verb_is_the_first_verbs_subject(extractor: Extractor) -> None:
    """ "Bush praised the programme and said Washington would support the request": "said"
    has no subject of its own; the first verb's speaks."""
    text = (
        "WASHINGTON, Nov 15 - Argentine President Carlos Menem met President George Bush at "
        "the White House on Wednesday. Bush praised the Argentine leader's reforms and said "
        "Washington would support Argentina's request for a new loan."
    )
    events = _events(extractor, text, date(1991, 11, 15))
    backing = _one(events, "SUPPORT")
    assert any("Bush" in p for p in backing.people), backing


def test_an_act_during_a_visit_is_not_dated_by_the_clause_the_visit_stands_in(
    extractor: Extractor,
) -> None:
    """ "flew home today at the end of a four-day visit during which the two countries signed
    a declaration": the signing fell within the visit, not today; "a clash on Sunday in
    which ... exchanged fire" keeps the day its noun is told with."""
    text = (
        "NEW DELHI, Nov 28 - Polish Prime Minister Jan Nowicki flew home today at the end of a "
        "four-day visit to India during which the two countries signed a declaration on "
        "shipping."
    )
    signed = _one(_events(extractor, text, date(1986, 11, 28)), "AGREE", "sign")
    assert signed.date != "1986-11-28", signed
    assert (signed.date or "").startswith("1986-11-25"), signed
    clash = (
        "NAIROBI, May 13 - Kenya expelled a Ugandan diplomat today. The expulsion followed a "
        "clash on Sunday in which Kenyan police and Ugandan soldiers exchanged fire."
    )
    fight = _one(_events(extractor, clash, date(1987, 5, 13)), "ASSAULT")
    assert fight.date == "1987-05-10", fight


def test_east_berlin_speaks_for_east_germany(extractor: Extractor) -> None:
    """ "East Berlin demanded that Budapest ...": the capital of the German Democratic Republic
    stands for it (places.yaml), not for Germany."""
    text = (
        "BUDAPEST, Sept 12 - Hungary opened its western border to East German refugees on "
        "Monday. East Berlin demanded that Budapest reverse its decision at once."
    )
    demand = _one(_events(extractor, text, date(1989, 9, 12)), "REQUEST")
    assert set(demand.countries) == {"DDR", "HUN"}, demand


def test_the_kremlin_of_the_soviet_union_is_in_moscow(extractor: Extractor) -> None:
    """ "signed in the Kremlin" in 1990: the Soviet Union's seat, in Moscow (the metonym is
    listed for Russia, whose land the Soviet Union held; its capital is Moscow)."""
    text = (
        "MOSCOW, Feb 26 - The Soviet Union and Czechoslovakia agreed today on a troop "
        "withdrawal. The agreement was signed in the Kremlin by Soviet Foreign Minister "
        "Eduard Shevardnadze and Czechoslovak Foreign Minister Jiri Dienstbier."
    )
    signed = _one(_events(extractor, text, date(1990, 2, 26)), "AGREE", "sign")
    assert signed.place == "Moscow", signed


def test_an_act_during_a_visit_is_where_the_visit_went(extractor: Extractor) -> None:
    """ "returned home after a visit to Thailand, during which he ... was granted an audience
    by the king": the audience was in Thailand, not in the home capital of the dateline."""
    text = (
        "PHNOM PENH, Feb 8 - Cambodian Prime Minister Sok Dara returned home last night after "
        "a two-day visit to Thailand on 6-7 February, during which he held talks with Thai "
        "Prime Minister Anan Wongsa and was granted an audience by King Maha Vajiralongkorn."
    )
    events = _events(extractor, text, date(2024, 2, 8))
    audience = [e for e in events if "Maha Vajiralongkorn" in e.people and e.mode == "meet"]
    assert audience and all(e.place == "Thailand" for e in audience), events


def test_a_state_before_the_amount_lent_is_its_recipient(extractor: Extractor) -> None:
    """ "Japan will lend Pakistan 52.3 billion yen": the small model makes the indirect object
    a modifier of the amount; a state named before the number is the recipient, not the
    currency's country ("47 mln U.S. dlrs")."""
    text = (
        "TOKYO, March 3 - Japan will lend Pakistan 52.3 billion yen for power and fertiliser "
        "projects, the Foreign Ministry said. The loans carry an interest of 2.5 pct."
    )
    aid = _one(_events(extractor, text, date(1987, 3, 3)), "AID")
    assert aid.countries == ("JPN", "PAK"), aid


def test_talks_in_the_oval_office_are_in_washington(extractor: Extractor) -> None:
    """A venue of a capital (places.yaml ``venues``) places the talks held in it, not the
    dateline of the story told from home."""
    text = (
        "WARSAW, March 22 - Polish President Lech Walesa returned home today from the United "
        "States. On Wednesday he and President George Bush held talks in the Oval Office."
    )
    talks = _one(_events(extractor, text, date(1991, 3, 22)), "CONSULT", "meet")
    assert talks.place == "Washington", talks


def test_a_state_before_a_number_that_is_no_amount_stays_a_private_partys(
    extractor: Extractor,
) -> None:
    """ "Austria's four largest banks will lend Chile 80 mln schillings": the banks act, not
    Austria (the number counts the banks; the state before it names whose banks they are)."""
    text = (
        "VIENNA, June 9 - Austria's four largest banks will lend Chile 80 mln schillings to "
        "build a copper smelter, a banking source said. The loan runs for ten years."
    )
    assert not _events(extractor, text, date(1988, 6, 9))
