"""Event patterns of English news added with extractor 0.3.109, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.actors import _before_headline_verbs
from diplograph.extract.pipeline import Extractor, parse_one
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_headline_name_ends_before_its_verb(extractor: Extractor) -> None:
    """ "REAGAN ORDERS TARIFFS ON ...": in a headline in capitals the model may take the verb
    and what follows into a name; a verb of the triggers ends it wherever it stands, not only
    at the name's end."""
    doc = parse_one(extractor.lex.nlp, "REAGAN ORDERS TARIFFS ON JAPANESE GOODS\n\nHe spoke.")
    assert _before_headline_verbs(doc, 0, 3, extractor.lex) == 1
    assert _before_headline_verbs(doc, 0, 2, extractor.lex) == 1


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [  # capitals for their states, joined by "and" after "both"
        ("Dutch Foreign Minister Hans van den Broek urged both Baghdad and Tehran to respect "
         "the truce.", {("NLD", "IRQ"), ("NLD", "IRN")}),
        # nationality adjectives joined on the thing rejected
        ("Malaysian Prime Minister Mahathir Mohamad rejected the Thai and Indonesian proposals "
         "on Tuesday.", {("MYS", "THA"), ("MYS", "IDN")}),
    ],
)  # fmt: skip
def test_an_act_told_to_two_states_is_one_act_towards_each(
    extractor: Extractor, sentence: str, pairs: set[tuple[str, str]]
) -> None:
    """ "urged both Baghdad and Tehran to ...", "rejected the Thai and Indonesian proposals":
    one act towards each state, as with "urged Iraq and Iran"; the capitals are the states,
    not the place of the act."""
    text = f"KUALA LUMPUR, Sept 9 - {sentence} Officials gave no details."
    events = [e for e in _events(extractor, text, date(1988, 9, 9)) if e.type != "PROTEST"]
    assert {e.countries for e in events} == pairs, events
    assert all(e.place in (None, "Kuala Lumpur") for e in events), events


def test_the_states_an_apposition_names_after_a_group_are_each_hit(
    extractor: Extractor,
) -> None:
    """ "expelled envoys from four West African countries, among them A, B and C": each state
    the apposition names is a target of its own."""
    text = (
        "LAGOS, June 2 - Nigeria said on Monday it had expelled diplomats from four West "
        "African countries, among them Ghana, Togo and Benin."
    )
    events = _events(extractor, text, date(1984, 6, 2))
    assert {e.countries for e in events if e.type == "SANCTION"} == {
        ("NGA", "GHA"),
        ("NGA", "TGO"),
        ("NGA", "BEN"),
    }, events


def test_envoys_recalled_from_several_posts_are_one_recall_from_each(
    extractor: Extractor,
) -> None:
    """ "recalled its ambassadors in A, B and C": one's own envoys, posted in each state."""
    text = (
        "QUITO, Feb 4 - Ecuador recalled its ambassadors in Peru, Chile and Bolivia for "
        "consultations on Monday, the foreign ministry said."
    )
    recalls = [e for e in _events(extractor, text, date(1995, 2, 4)) if e.type == "SANCTION"]
    assert {e.countries for e in recalls} == {("ECU", "PER"), ("ECU", "CHL"), ("ECU", "BOL")}


def test_a_person_called_on_a_day_is_no_courtesy_call(extractor: Extractor) -> None:
    """ "called Netanyahu on Monday": the "on" tells the day, the one called is the object;
    "is due to call on Prime Minister X" stays a courtesy call."""
    text = (
        "ANKARA, May 5 - Turkish President Abdullah Gul also called Syrian President Bashar "
        "al-Assad on Thursday, telling him to stand firm. Greek Foreign Minister Dora "
        "Bakoyannis is due to call on Turkish Prime Minister Recep Tayyip Erdogan on Friday."
    )
    events = _events(extractor, text, date(2008, 5, 5))
    calls = [e for e in events if e.type == "CONSULT" and e.mode == "meet"]
    assert [e.countries for e in calls] == [("GRC", "TUR")], events


def test_the_place_of_the_occasion_the_event_phrase_names(extractor: Extractor) -> None:
    """ "told reporters at the Kremlin he would meet X at the summit in Y": the place of the
    occasion the event's own phrase names, not the first place of the sentence."""
    text = (
        "MOSCOW, Oct 2 - Russian President Dmitry Medvedev told reporters at the Kremlin he "
        "would meet Japanese Prime Minister Naoto Kan at the APEC summit in Yokohama next "
        "month."
    )
    meeting = _one(_events(extractor, text, date(2010, 10, 2)), "CONSULT", "meet")
    assert meeting.place == "Yokohama" and meeting.status == "planned", meeting


def test_a_meeting_told_in_a_when_clause_in_the_past_happened(extractor: Extractor) -> None:
    """ "pressed X to free the crew when the two met in Y on June 4": a finite clause in the
    past is done, even below the infinitive of what was asked."""
    text = (
        "SEOUL, July 8 - South Korean Foreign Minister Ban Ki-moon pressed his Japanese "
        "counterpart Taro Aso to drop the survey plan when the two met in Manila on June 4."
    )
    events = _events(extractor, text, date(2006, 7, 8))
    met = _one(events, "CONSULT")
    assert met.status == "occurred" and met.date == "2006-06-04", met


def test_a_government_named_after_the_capital_that_opens_the_sentence(
    extractor: Extractor,
) -> None:
    """ "In Rome, the government said it would ...": wire copy's way of telling whose
    government speaks, though the story is filed from elsewhere."""
    text = (
        "LONDON, April 18 - Britain backed the raid. In Rome, the government said it had "
        "ordered three Libyan diplomats to leave Italy within a week."
    )
    expulsion = _one(_events(extractor, text, date(1986, 4, 18)), "SANCTION")
    assert expulsion.countries == ("ITA", "LBY"), expulsion


def test_a_subject_the_parser_leaves_as_the_sentence_root(extractor: Extractor) -> None:
    """ "France, which said in May that ..., on Friday imposed sanctions on ...": the long
    clause set off by commas makes the parser take the subject for the root and the verb
    for a relative clause; the root is still the one who acts."""
    text = (
        "PARIS, Oct 6 - France, which said in May there was evidence that the vote had been "
        "rigged, on Friday imposed sanctions on 12 Malian officials."
    )
    sanction = _one(_events(extractor, text, date(2023, 10, 6)), "SANCTION")
    assert sanction.countries == ("FRA", "MLI"), sanction


def test_the_one_something_is_demanded_from(extractor: Extractor) -> None:
    """ "demanded an explanation from Washington": the capital after "from" on what is asked
    is the state asked, not the place."""
    text = (
        "MEXICO CITY, Jan 9 - Mexico's government demanded an explanation from Washington for "
        "the treatment of 40 Mexican migrants."
    )
    request = _one(_events(extractor, text, date(2020, 1, 9)), "REQUEST")
    assert request.countries == ("MEX", "USA") and request.place != "Washington", request


def test_the_two_alone_are_the_last_people_named_of_the_pair(extractor: Extractor) -> None:
    """ "The two met again in ...", "Both spoke by telephone": a bare numeral for the pair
    stands for the last person named of each state, whatever their office."""
    text = (
        "ROME, March 4 - Italian Trade Minister Renato Ruggiero held talks with Egyptian "
        "Economy Minister Youssef Boutros-Ghali on Monday. The two met again in Cairo on "
        "February 2."
    )
    events = _events(extractor, text, date(1996, 3, 4))
    again = next(e for e in events if e.date == "1996-02-02")
    assert set(again.people) == {"Renato Ruggiero", "Youssef Boutros-Ghali"}, again


def test_there_on_the_verb_is_the_place_named_before(extractor: Extractor) -> None:
    """ "bargained in Geneva ... X met Y there on May 5": "there" stands for the last place
    named before it, not the dateline's city."""
    text = (
        "OTTAWA, May 9 - Canadian negotiators spent a week bargaining in Geneva with "
        "European officials. Canadian Trade Minister Roy MacLaren met U.S. Trade "
        "Representative Mickey Kantor there on May 5."
    )
    met = _one(_events(extractor, text, date(1995, 5, 9)), "CONSULT")
    assert met.place == "Geneva" and met.date == "1995-05-05", met


def test_the_day_in_a_participle_that_tells_the_act_again(extractor: Extractor) -> None:
    """ "have signed the treaty, putting their names to it on Sunday": the participle after a
    comma tells the same act again, and its day is the act's; a phrase of sequence read as a
    participle ("following talks on ...") is not one."""
    text = (
        "MADRID, June 14 - The prime ministers of Spain and Portugal have signed a fisheries "
        "treaty, putting their names to the text on Sunday at a border town."
    )
    signed = _one(_events(extractor, text, date(1993, 6, 14)), "AGREE")
    assert signed.date == "1993-06-13", signed


def test_a_resort_named_after_its_noun_is_a_place(extractor: Extractor) -> None:
    """ "talks ... in the Austrian resort of Kitzbuehel": a resort is a place noun
    (names.yaml ``place_nouns``), so the name after it places the talks."""
    text = (
        "VIENNA, Feb 1 - Austrian Chancellor Franz Vranitzky held talks with Hungarian Prime "
        "Minister Jozsef Antall in the Alpine resort of Kitzbuehel on Sunday."
    )
    talks = _one(_events(extractor, text, date(1993, 2, 1)), "CONSULT")
    assert talks.place == "Kitzbuehel", talks


@pytest.mark.parametrize(
    "denial",
    [
        "Kampala says Kenyan troops shelled a village, a charge Nairobi denies.",
        "Nairobi denied any involvement in the raid.",
    ],
)
def test_a_denial_answers_the_charge_told_before(extractor: Extractor, denial: str) -> None:
    """ "denied any involvement", "a charge Nairobi denies": a denial of any part in
    something, or of the charge it qualifies, rejects the charge the other side of the story
    made (words.gainsaying); a clause denied ("denied that the talks were linked to ...")
    may be anything, and is not read so."""
    text = (
        "KAMPALA, Dec 15 - Uganda accused Kenya on Monday of sending troops across their "
        f"common border. {denial}"
    )
    events = _events(extractor, text, date(1987, 12, 15))
    assert _one(events, "REJECT").countries == ("KEN", "UGA"), events


def test_landing_in_a_capital_is_arriving_there(extractor: Extractor) -> None:
    """ "landed in Manila on Tuesday": a verb of arrival with "in" and a place is a visit
    (triggers.yaml CONSULT visit ``land_in``)."""
    text = (
        "MANILA, Aug 4 - U.S. Secretary of State Antony Blinken landed in Manila on Tuesday "
        "for talks on the South China Sea."
    )
    visit = _one(_events(extractor, text, date(2022, 8, 4)), "CONSULT", "visit")
    assert visit.countries == ("USA", "PHL") and visit.date == "2022-08-02", visit


def test_an_act_told_to_both_of_the_pair_is_one_act_towards_each(extractor: Extractor) -> None:
    """ "telephoned both leaders": a third state's call to the pair the story is about, named
    as such, is one call with each, "both leaders" the last named of each state; "urged both
    governments to ..." is one appeal to the two."""
    text = (
        "CAIRO, Sept 10 - Egyptian President Hosni Mubarak and Israeli Prime Minister Shimon "
        "Peres held talks in Alexandria on Thursday. In Washington, President Ronald Reagan "
        "telephoned both leaders on Friday. The Soviet Union urged both governments to "
        "press on with the peace process."
    )
    events = _events(extractor, text, date(1986, 9, 13))
    calls = {(e.countries, e.people) for e in events if e.mode == "phone"}
    assert calls == {
        (("USA", "EGY"), ("Ronald Reagan", "Hosni Mubarak")),
        (("USA", "ISR"), ("Ronald Reagan", "Shimon Peres")),
    }, events
    asked = [set(e.countries) for e in events if e.type == "REQUEST"]
    assert asked == [{"SUN", "EGY", "ISR"}], events
    together = text.replace("telephoned both leaders", "met both leaders together")
    met = [e for e in _events(extractor, together, date(1986, 9, 13)) if "USA" in e.countries]
    assert len(met) == 1, met  # one meeting of the three, not one with each


def test_an_unlisted_dateline_city_is_the_place(extractor: Extractor) -> None:
    """ "CHEQUERS, England, March 2 - ...": a dateline city the data files do not list is
    still the story's place (its country from the name after the comma)."""
    text = (
        "CHEQUERS, England, March 2 - British Prime Minister John Major and German Chancellor "
        "Helmut Kohl held talks on Saturday on the European Community budget."
    )
    talks = _one(_events(extractor, text, date(1991, 3, 2)), "CONSULT")
    assert talks.place == "Chequers", talks


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("held a last round of talks at a Geneva hotel in April.", "Geneva"),
        ("discussed the order during her visit to Riyadh in April.", "Riyadh"),
    ],
)
def test_the_place_inside_the_occasion(extractor: Extractor, sentence: str, place: str) -> None:
    """ "at a Geneva hotel", "during her visit to Riyadh": the place the occasion's own phrase
    names, as a modifier of its noun or as a trip's destination (a meeting months before the
    story, where no dateline helps)."""
    text = (
        f"LONDON, Sept 4 - British Prime Minister Margaret Thatcher and Saudi King Fahd {sentence}"
    )
    talks = _one(_events(extractor, text, date(1985, 9, 4)), "CONSULT", "meet")
    assert talks.place == place, talks
