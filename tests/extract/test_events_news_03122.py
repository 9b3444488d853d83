"""Event patterns of English news added with extractor 0.3.122, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


def test_a_holder_named_with_an_honorific_is_found_in_the_table(extractor: Extractor) -> None:
    """ "President Sheikh Mohamed bin Zayed Al Nahyan": the table of office holders writes the
    name without the honorific; the title alone names no state, so the holder's does (not the
    dateline's)."""
    text = (
        "DOHA - Prime Minister Narendra Modi held talks with Emir Sheikh Tamim bin Hamad Al "
        "Thani in Doha on Thursday. In the UAE, Modi had held talks with President Sheikh "
        "Mohamed bin Zayed Al Nahyan on Tuesday and inaugurated a temple in Abu Dhabi on "
        "Wednesday."
    )
    found = [a for w, a in _mentions(extractor, text, date(2024, 2, 15)) if "Zayed" in w]
    assert [a.country for a in found] == ["ARE"], found


def test_a_capitalised_may_before_a_finite_verb_is_a_name(extractor: Extractor) -> None:
    """ "May had telephoned Merkel on Tuesday": a modal is followed by a verb's bare form,
    never by "had" or "said"; the capitalised word is the prime minister's name, and the
    call happened the day before."""
    text = (
        "LONDON, March 29 - Britain served notice of its departure on Wednesday, when its "
        "envoy handed Prime Minister Theresa May's letter to Donald Tusk. May had telephoned "
        "Merkel on Tuesday evening to let her know the letter was on its way, a Downing "
        "Street spokesman said."
    )
    call = _one(_events(extractor, text, date(2017, 3, 29)), "CONSULT", "phone")
    assert call.status == "occurred", call
    assert call.date == "2017-03-28", call
    assert "Theresa May" in call.people, call


@pytest.mark.parametrize(
    ("text", "published", "signings"),
    [
        (
            "LONDON, Dec 17 - Britain and Australia signed a free trade agreement on Friday, the "
            "first deal London has negotiated on its own since it left the European Union.",
            date(2021, 12, 17),
            1,
        ),
        (
            "TOKYO, Oct 23 - Japan and Britain on Friday signed an economic partnership "
            "agreement, Britain's first big trade deal as an independent nation.",
            date(2020, 10, 23),
            1,
        ),
        (
            "Japan and India signed a trade agreement on Friday, a cultural accord and a visa "
            "protocol.",
            date(2021, 12, 17),
            3,
        ),
    ],
)
def test_a_document_described_again_beside_it_is_one_signing(
    extractor: Extractor, text: str, published: date, signings: int
) -> None:
    """ "signed a free trade agreement on Friday, the first deal London has negotiated": the
    noun after the comma describes the agreement ("the", an owner, "first"), it is no second
    document; a list of documents stays a list."""
    events = _events(extractor, text, published)
    assert len([e for e in events if e.mode == "sign"]) == signings, events


def test_a_document_name_is_one_run_of_words(extractor: Extractor) -> None:
    """ "signed an agreement on Tuesday to protect investment, the first treaty between
    them": the name stops where the day breaks it, and "the treaty" signed by the ministers in
    the next sentence is the same document."""
    text = (
        "LONDON, Dec 11 - Britain and Argentina signed an agreement on Tuesday to protect "
        "investment, the first treaty between them since the war. Argentine Foreign Minister "
        "Domingo Cavallo signed the treaty at the Foreign Office with Foreign Secretary "
        "Douglas Hurd."
    )
    signing = _one(_events(extractor, text, date(1990, 12, 11)), "AGREE", "sign")
    assert signing.agreement == "agreement", signing
    assert set(signing.people) == {"Domingo Cavallo", "Douglas Hurd"}, signing


def test_a_place_after_an_island_noun_with_on_is_the_place(extractor: Extractor) -> None:
    """ "met on the Greek island of Crete": "on" places an event only before a place noun;
    "talks on Kashmir" are about Kashmir."""
    met = _one(
        _events(
            extractor,
            "ATHENS, Nov 16 - French President Francois Mitterrand and Libyan leader Muammar "
            "Gaddafi met on the Greek island of Crete on Thursday.",
            date(1984, 11, 16),
        ),
        "CONSULT",
    )
    assert met.place == "Crete", met
    talks = _one(
        _events(
            extractor,
            "Indian and Pakistani diplomats held talks on Kashmir on Monday.",
            date(1990, 1, 16),
        ),
        "CONSULT",
    )
    assert talks.place is None, talks


def test_arrived_here_is_where_the_story_is_filed(extractor: Extractor) -> None:
    """ "arrived here today on a tour ... before the conference in Geneva": the visit is in
    the dateline's city, whatever the purpose clause names after it."""
    text = (
        "RIYADH, July 14 - Venezuelan Oil Minister Arturo Hernandez Grisanti arrived here "
        "today on the third leg of a Gulf tour to rally support for output cuts before the "
        "group's conference in Geneva on July 28."
    )
    visit = _one(_events(extractor, text, date(1986, 7, 14)), "CONSULT", "visit")
    assert visit.countries == ("VEN", "SAU"), visit
    assert visit.place == "Riyadh", visit


def test_a_portfolio_that_is_also_a_company_word_is_a_title(extractor: Extractor) -> None:
    """ "Nigerian Petroleum Minister X": "Petroleum" ends company names ("British Petroleum")
    but a state's title after it makes it a portfolio, and "Nigerian" the minister's state;
    "British Petroleum Chairman X" stays the company."""
    found = dict(
        _mentions(
            extractor,
            "He spoke on Friday with Nigerian Petroleum Minister Rilwanu Lukman.",
            date(1986, 7, 14),
        )
    )
    assert found["Rilwanu Lukman"].country == "NGA"
    firm = dict(
        _mentions(
            extractor, "British Petroleum Chairman Peter Walters met officials.", date(1986, 7, 14)
        )
    )
    assert firm["British Petroleum"].kind == "org"


def test_names_after_a_comma_say_who_a_group_is(extractor: Extractor) -> None:
    """ "signed by the heads of the two delegations, Sir X, Britain's ambassador, and Y": the
    parser hangs the first name on the verb; the names are the signers, and their states."""
    text = (
        "MADRID, Feb 15 - Britain and Argentina agreed on Thursday to restore relations. A "
        "joint statement said the two governments would reopen their embassies. It was signed "
        "by the heads of the two delegations, Sir Crispin Tickell, "
        "Britain's ambassador to the United Nations, and Lucio Garcia del Solar, a veteran "
        "Argentine diplomat."
    )
    signing = _one(_events(extractor, text, date(1990, 2, 15)), "AGREE", "sign")
    assert set(signing.countries) == {"GBR", "ARG"}, signing
    assert set(signing.people) == {"Crispin Tickell", "Lucio Garcia del Solar"}, signing


def test_a_where_clause_is_placed_where_it_opens(extractor: Extractor) -> None:
    """ "flew on to Abu Dhabi on Sunday, where he was received by X": the meeting is in the
    place "where" takes up (the model hangs the clause on the day)."""
    text = (
        "KHARTOUM - Sudan's military ruler Abdel Fattah al-Burhan flew on to Abu Dhabi on "
        "Sunday, where he was received by Crown Prince Sheikh Mohammed bin Zayed Al Nahyan."
    )
    met = _one(_events(extractor, text, date(2019, 5, 27)), "CONSULT", "meet")
    assert met.place == "Abu Dhabi", met


def test_a_visit_with_a_participle_of_putting_off_is_still_a_plan(extractor: Extractor) -> None:
    """ "the crown prince's visit to Pakistan, postponed last November": put off, so planned,
    not a visit made in November."""
    text = (
        "Saudi Crown Prince Mohammed bin Salman's visit to Pakistan, postponed last November, "
        "has yet to be rescheduled."
    )
    visit = _one(_events(extractor, text, date(2023, 7, 12)), "CONSULT", "visit")
    assert visit.status == "planned", visit
    assert visit.date is None, visit


def test_aid_received_from_a_state_is_that_states_aid(extractor: Extractor) -> None:
    """ "Pakistan's central bank received a $1 billion loan from the UAE": the one after
    "from" gives; a central bank is the state's own (not a private bank)."""
    text = (
        "ISLAMABAD - Pakistan's central bank received a $1 billion loan from the United "
        "Arab Emirates on Tuesday."
    )
    aid = _one(_events(extractor, text, date(2023, 7, 12)), "AID")
    assert aid.countries == ("ARE", "PAK"), aid
    loan = _one(
        _events(
            extractor,
            "Egypt received $2 billion in aid from Saudi Arabia last year.",
            date(2023, 7, 12),
        ),
        "AID",
    )
    assert loan.countries == ("SAU", "EGY"), loan


def test_a_call_in_a_clause_without_its_own_subject_is_the_subjects_call(
    extractor: Extractor,
) -> None:
    """ "X and his Indian counterpart Y announced the deal on Tuesday after speaking by
    phone": the clause of speaking shares the subject of the verb it hangs from, two parties,
    so it is their call."""
    text = (
        "LONDON, May 6 - Britain and India have concluded talks on a trade deal, Prime "
        "Minister Keir Starmer and his Indian counterpart Narendra Modi announced on Tuesday "
        "after speaking by phone."
    )
    call = _one(_events(extractor, text, date(2025, 5, 6)), "CONSULT", "phone")
    assert set(call.countries) == {"GBR", "IND"}, call
    assert set(call.people) == {"Keir Starmer", "Narendra Modi"}, call


def test_a_text_signed_by_its_signers_has_them_as_its_parties(extractor: Extractor) -> None:
    """ "The accords were signed in Geneva by the foreign ministers of Afghanistan and
    Pakistan": what is signed is the passive subject, the signers are the agent (not the
    dateline's state the pronoun or noun would otherwise fall back on)."""
    text = (
        "ISLAMABAD, April 15 - Pakistan welcomed the Geneva accords on Afghanistan. The "
        "accords were signed in Geneva on April 14 by the foreign ministers of Afghanistan "
        "and Pakistan, with the Soviet Union and the United States signing as guarantors."
    )
    signing = _one(_events(extractor, text, date(1988, 4, 15)), "AGREE", "sign")
    assert {"AFG", "PAK"} <= set(signing.countries), signing
    assert signing.date == "1988-04-14", signing


def test_an_organisations_officer_in_a_lower_case_apposition_has_no_state(
    extractor: Extractor,
) -> None:
    """ "X, the secretary general of the Gulf Cooperation Council": the organisation's
    officer (news of today writes the title in lower case), not the dateline's state."""
    found = dict(
        _mentions(
            extractor,
            "DOHA - Japanese Prime Minister Fumio Kishida met Jasem Albudaiwi, the secretary "
            "general of the Gulf Cooperation Council, on Tuesday.",
            date(2023, 7, 18),
        )
    )
    assert found["Jasem Albudaiwi"].country is None


def test_a_royal_title_and_a_given_name_is_the_person_told_before(extractor: Extractor) -> None:
    """ "Prince Mohammed" after "Crown Prince Mohammed bin Salman": the title and his given
    name, so he and his state (not a new person of the dateline's state)."""
    text = (
        "NEW DELHI - Saudi Crown Prince Mohammed bin Salman told Prime Minister Narendra Modi "
        "on Wednesday that the kingdom would invest in India. Prince Mohammed flies to Beijing "
        "on Thursday."
    )
    found = [a for w, a in _mentions(extractor, text, date(2019, 2, 20)) if w == "Prince Mohammed"]
    assert [(a.code, a.country) for a in found] == [("Mohammed bin Salman", "SAU")], found


def test_an_event_noun_object_of_a_future_verb_is_planned(extractor: Extractor) -> None:
    """ "his Asian tour, which will include talks with President Xi": the talks are the object
    of a verb in the future, so a plan (not held on the day of the story)."""
    text = (
        "Saudi Crown Prince Mohammed bin Salman flies to Beijing on Thursday for the final leg "
        "of his Asian tour, which will include talks with President Xi Jinping."
    )
    talks = _one(_events(extractor, text, date(2019, 2, 20)), "CONSULT", "meet")
    assert talks.status == "planned", talks


def test_a_name_that_is_a_modal_before_a_reflexive_is_the_subject(extractor: Extractor) -> None:
    """ "May herself will travel to Jordan next week": no modal is followed by a reflexive
    pronoun, so "May" is the prime minister, who travels."""
    text = (
        "LONDON, March 29 - Britain served notice of its departure on Wednesday, when its "
        "envoy handed Prime Minister Theresa May's letter to Donald Tusk. May herself will "
        "turn her attention further afield next week, when she travels to Jordan."
    )
    visit = _one(_events(extractor, text, date(2017, 3, 29)), "CONSULT", "visit")
    assert visit.countries == ("GBR", "JOR"), visit
    assert visit.people == ("Theresa May",), visit


def test_a_royal_title_keeps_the_holders_of_its_office(extractor: Extractor) -> None:
    """ "King Abdullah" in 2017: Jordan's king, though a foreign minister of the time also
    has the given name Abdullah; the title "King" keeps heads of state."""
    found = dict(
        _mentions(extractor, "She will hold talks with King Abdullah in Amman.", date(2017, 3, 29))
    )
    assert found["Abdullah"].country == "JOR"


def test_a_when_clause_is_placed_where_its_clause_is(extractor: Extractor) -> None:
    """ "last visited Beijing in February 2019, when he met Xi and ... in Liaoning province":
    the meeting is in the place of the visit the "when" clause hangs on (the model hangs it on
    the month), not in a place a later clause names."""
    text = (
        "RIYADH - Saudi Crown Prince Mohammed bin Salman last visited Beijing in February "
        "2019, when he met Chinese President Xi Jinping and Saudi Aramco agreed to build a "
        "refinery in Liaoning province."
    )
    met = _one(_events(extractor, text, date(2022, 12, 10)), "CONSULT", "meet")
    assert met.place == "Beijing", met


def test_a_thing_given_with_no_is_not_given(extractor: Extractor) -> None:
    """ "Japan has extended no new credit to Nigeria since 1983": the object with "no" denies
    the giving, as "not" would."""
    events = _events(
        extractor,
        "LAGOS, March 20 - Japan has extended no new credit to Nigeria since 1983.",
        date(1989, 3, 20),
    )
    assert not [e for e in events if e.type == "AID"], events


def test_a_measure_widened_is_a_measure_on_the_target_its_clause_names(
    extractor: Extractor,
) -> None:
    """ "widened the sanctions he imposed on the Soviet Union last December": a measure made
    wider is the measure again (a light verb), and its target is named in its own relative
    clause."""
    text = (
        "WASHINGTON, June 19 - President Reagan on Friday widened the sanctions he imposed on "
        "the Soviet Union last December."
    )
    sanction = _one(_events(extractor, text, date(1982, 6, 19)), "SANCTION")
    assert sanction.countries == ("USA", "SUN"), sanction
    assert sanction.date == "1982-06-18", sanction
