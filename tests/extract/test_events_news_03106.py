"""Event patterns of English news added with extractor 0.3.106, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Spain summoned Morocco's ambassador on Tuesday to protest against the seizure of two "
        "fishing boats.",
        "Spain summoned Morocco's ambassador on Tuesday and handed him a note of protest over "
        "the seizure of two fishing boats.",
        "Morocco's ambassador was summoned on Tuesday and handed a strong protest over the "
        "seizure of two fishing boats.",
        "Spain summoned Morocco's ambassador, Karim Alaoui, on Tuesday to protest.",
        "Spain summoned Morocco's ambassador in protest on Tuesday after the seizure of two "
        "fishing boats.",
    ],
)
def test_a_summons_made_to_protest_is_that_protest(extractor: Extractor, sentence: str) -> None:
    """ "summoned the envoy to protest", "... and handed him a note of protest", "summoned
    the ambassador in protest": one act, a protest, by the state that summons."""
    text = f"MADRID, March 2 - {sentence} The boats were released later."
    events = [e for e in _events(extractor, text, date(1988, 3, 2)) if e.type != "ASSAULT"]
    protest = _one(events, "PROTEST")
    assert protest.countries == ("ESP", "MAR") and protest.date == "1988-03-01", protest
    assert not [e for e in events if e.type == "ACCUSE"], events


def test_a_summons_that_says_nothing_of_protest_stays_a_complaint(extractor: Extractor) -> None:
    """A summons alone, or one with a note that rejects a charge, is not a protest (a note
    is one of protest only by its own words)."""
    text = (
        "BUDAPEST, June 29 - The Hungarian Foreign Ministry summoned Romania's ambassador on "
        "Wednesday and handed him a note rejecting Bucharest's charge that Budapest had "
        "organised the demonstration. The envoy left after an hour."
    )
    events = _events(extractor, text, date(1988, 6, 29))
    assert not [e for e in events if e.type == "PROTEST"], events
    assert any(e.type == "ACCUSE" and set(e.countries) == {"HUN", "ROU"} for e in events), events


def test_a_headline_summons_is_the_protest_the_body_tells(extractor: Extractor) -> None:
    """ "WARSAW SUMMONS KYIV ENVOY" over "summoned Ukraine's ambassador to protest": the body's
    protest is the headline's act, not a second complaint."""
    text = (
        "WARSAW SUMMONS KYIV ENVOY OVER GRAIN REMARKS\n\nWARSAW, Sept 20 - Poland summoned "
        "Ukraine's ambassador on Tuesday to protest remarks by Ukraine's president at the "
        "United Nations. The ministry gave no details."
    )
    events = _events(extractor, text, date(2023, 9, 20))
    assert [e.type for e in events if set(e.countries) == {"POL", "UKR"}] == ["PROTEST"], events


def test_an_attack_on_several_capitals_is_placed_in_each(extractor: Extractor) -> None:
    """ "attacked targets in Harare, Lusaka and Gaborone": one attack on each state, each at
    its own city; a state named without a city is the place of its own attack."""
    text = (
        "JOHANNESBURG, May 19 - South African commandos attacked targets in Harare, Lusaka and "
        "Gaborone early on Monday, killing three people. Pretoria said the targets were rebel "
        "offices."
    )
    attacks = [e for e in _events(extractor, text, date(1986, 5, 19)) if e.type == "ASSAULT"]
    assert {(e.countries[1], e.place) for e in attacks} == {
        ("ZWE", "Harare"),
        ("ZMB", "Lusaka"),
        ("BWA", "Gaborone"),
    }, attacks
    second = (
        "JOHANNESBURG, May 19 - South African aircraft bombed targets near Lusaka and in "
        "Botswana on Monday. Pretoria said the targets were rebel camps."
    )
    attacks = [e for e in _events(extractor, second, date(1986, 5, 19)) if e.type == "ASSAULT"]
    assert {(e.countries[1], e.place) for e in attacks} == {
        ("ZMB", "Lusaka"),
        ("BWA", "Botswana"),
    }, attacks


@pytest.mark.parametrize(
    "text",
    [
        "NEW YORK, Sept 21 - Ukrainian President Volodymyr Zelenskiy and Polish President "
        "Andrzej Duda both spoke at the assembly. A meeting between Zelenskiy and President "
        "Duda planned on the sidelines of the assembly in New York was called off, with Polish "
        "officials citing a tight schedule.",
        "NEW YORK, Sept 21 - Zelenskiy spoke at the assembly. A meeting between Ukrainian "
        "President Volodymyr Zelenskiy and Polish President Andrzej Duda planned for Wednesday "
        "in New York was called off, with Polish officials citing a tight schedule.",
    ],
)
def test_a_meeting_planned_then_called_off_is_no_meeting(extractor: Extractor, text: str) -> None:
    """ "A meeting between X and Y planned on the sidelines ... was called off": the parser
    reads "planned" as the meeting's own verb; the meeting is still the one called off."""
    events = _events(extractor, text, date(2023, 9, 21))
    assert not [e for e in events if e.type == "CONSULT" and e.mode == "meet"], events


def test_a_lone_given_name_the_model_mistags_is_the_person(extractor: Extractor) -> None:
    """ "Putin also met Abiy": an Ethiopian goes by his given name; the model may tag it as
    a law or a work of art, but the article named "Abiy Ahmed" in full."""
    text = (
        "SOCHI, Oct 24 - Leaders attending include Ethiopian Prime Minister Abiy Ahmed. "
        "Putin also met Abiy on Wednesday, and their governments signed an intergovernmental "
        "agreement on cooperation in the peaceful use of atomic energy."
    )
    events = _events(extractor, text, date(2019, 10, 24))
    meeting = next(e for e in events if e.type == "CONSULT")
    assert "Abiy Ahmed" in meeting.people, meeting


def test_blame_of_an_act_with_its_doer_falls_on_the_doer(extractor: Extractor) -> None:
    """ "condemned Iraq's invasion of Kuwait": Iraq is blamed; Kuwait, the one invaded, is no
    party of the condemnation (the invasion itself is Iraq's act on Kuwait)."""
    text = (
        "WASHINGTON, Aug 3 - The United States on Friday condemned Iraq's invasion of Kuwait. "
        "Officials said the army was on alert."
    )
    events = _events(extractor, text, date(1990, 8, 3))
    blame = _one(events, "ACCUSE")
    assert blame.countries == ("USA", "IRQ"), blame
    assert _one(events, "ASSAULT").countries == ("IRQ", "KWT")


def test_the_following_month_on_a_past_verb_dates_it(extractor: Extractor) -> None:
    """ "wrote in January, and X visited Tehran the following month to deliver the reply": a
    day before the story, told with "following", is the act's date (not a span ahead, as in
    "asked for credits over the next two years")."""
    text = (
        "MOSCOW, June 22 - Relations improved after Khomeini wrote to Gorbachev in January, "
        "and Foreign Minister Eduard Shevardnadze visited Tehran the following month to "
        "deliver the Soviet reply. Trade has grown since."
    )
    visit = _one(_events(extractor, text, date(1989, 6, 22)), "CONSULT")
    assert visit.date == "1989-02", visit


def test_bans_introduced_on_a_states_goods_are_sanctions(extractor: Extractor) -> None:
    """ "introduced national bans on imports of Ukrainian wheat": "introduce" carries the
    measure as "impose" does; each state that bans it acts on the goods' state."""
    text = (
        "WARSAW, Sept 16 - Poland, Hungary and Slovakia introduced national bans on imports of "
        "Ukrainian wheat and maize on Friday. Kyiv said it would go to court."
    )
    bans = [e for e in _events(extractor, text, date(2023, 9, 16)) if e.type == "SANCTION"]
    assert {e.countries for e in bans} == {("POL", "UKR"), ("HUN", "UKR"), ("SVK", "UKR")}, bans


def test_the_secretary_is_the_one_person_so_titled(extractor: Extractor) -> None:
    """ "The secretary held talks with X" after "Secretary of State George Shultz": a title
    word alone, in lower case, is the one person named before whose title it heads."""
    text = (
        "NEW YORK, Dec 22 - Secretary of State George Shultz attended the signing. The "
        "secretary held talks on Wednesday with Soviet Deputy Foreign Minister Anatoly "
        "Adamishin. Both men praised the accord."
    )
    events = _events(extractor, text, date(1988, 12, 22))
    talks = [e for e in events if e.type == "CONSULT" and "Anatoly Adamishin" in e.people]
    assert talks and all("George Shultz" in e.people for e in talks), events


def test_a_subject_after_the_dateline_dash_agrees_with_its_conjunct(
    extractor: Extractor,
) -> None:
    """ "NAIROBI, Dec 29 - Kenya and Uganda agreed on Monday to withdraw ...": the parser hangs
    the subject on the dateline's city and the dash on the subject; both states agree (an
    AGREE of the two, and the withdrawal they agreed on is planned)."""
    text = (
        "NAIROBI, Dec 29 - Kenya and Uganda agreed on Monday to withdraw their troops from the "
        "border. The two armies had clashed for a week."
    )
    events = _events(extractor, text, date(1987, 12, 29))
    agreed = _one(events, "AGREE")
    assert set(agreed.countries) == {"KEN", "UGA"} and agreed.date == "1987-12-28", agreed


def test_a_return_visit_made_in_the_past_happened(extractor: Extractor) -> None:
    """ "made a return visit to Addis Ababa a week later": "return" says the visit answers
    another, not that it is to come; "will make a return visit" is still a plan."""
    lead = (
        "JEDDAH, Sept 17 - Ethiopian Prime Minister Abiy Ahmed signed a declaration in Asmara "
        "on July 9. Eritrean President Isaias Afwerki "
    )
    made = _events(
        extractor, lead + "made a return visit to Addis Ababa in July.", date(2018, 9, 17)
    )
    visit = next(e for e in made if e.mode == "visit")
    assert visit.status == "occurred" and visit.date == "2018-07", visit
    will = _events(extractor, lead + "will make a return visit to Addis Ababa.", date(2018, 9, 17))
    assert next(e for e in will if e.mode == "visit").status == "planned"


def test_a_visit_in_a_phrase_of_circumstance_is_no_timetable(extractor: Extractor) -> None:
    """ "The agreement builds on a declaration ... signed in Asmara on July 9, during the
    leader's first visit to the Eritrean capital": the parser hangs "during" on the present
    "builds", which tells no timetable of the visit; it happened."""
    text = (
        "JEDDAH, Sept 17 - The leaders of Ethiopia and Eritrea signed a peace agreement on "
        "Sunday. The agreement builds on a joint declaration that Ethiopian Prime Minister Abiy "
        "Ahmed and Eritrean President Isaias Afwerki signed in Asmara on July 9, during the "
        "Ethiopian leader's first visit to the Eritrean capital."
    )
    visit = next(e for e in _events(extractor, text, date(2018, 9, 17)) if e.mode == "visit")
    assert visit.status == "occurred" and visit.countries == ("ETH", "ERI"), visit


def test_the_one_told_in_a_telephone_call_is_its_other_party(extractor: Extractor) -> None:
    """ "X told his Malian counterpart Y in a telephone call that ...": the call's other
    party is the one the verb of saying is told to."""
    text = (
        "MOSCOW, Jan 31 - Russian Foreign Minister Sergei Lavrov told his Malian counterpart "
        "Abdoulaye Diop in a telephone call last week that Moscow would keep helping Mali. "
        "Diop thanked him."
    )
    call = next(e for e in _events(extractor, text, date(2022, 1, 31)) if e.mode == "phone")
    assert set(call.people) == {"Sergei Lavrov", "Abdoulaye Diop"}, call


def test_a_rank_written_with_a_hyphen_is_no_person(extractor: Extractor) -> None:
    """ "the Nigerian High Commissioner, Major-General Haldun Hananiya": the rank is a title
    before the name, neither a person nor an organisation of its own."""
    text = (
        "LONDON, July 12 - Foreign Secretary Sir Geoffrey Howe said the Nigerian High "
        "Commissioner, Major-General Haldun Hananiya, had been summoned to the Foreign Office. "
        "He was told two diplomats must leave."
    )
    events = _events(extractor, text, date(1984, 7, 12))
    people = {p for e in events for p in e.people}
    assert "Haldun Hananiya" in people and "Major-General" not in people, events


def test_his_visitor_is_the_foreign_guest(extractor: Extractor) -> None:
    """ "Chun and his visitor held talks": "visitor" refers back as "the guest" does, to the
    foreign visitor the article last named."""
    text = (
        "SEOUL, Jan 12 - Japanese Prime Minister Yasuhiro Nakasone arrived in Seoul on Tuesday. "
        "South Korean President Chun Doo Hwan and his visitor held two hours of talks at the "
        "Blue House."
    )
    talks = next(e for e in _events(extractor, text, date(1983, 1, 12)) if e.mode == "meet")
    assert set(talks.people) == {"Chun Doo Hwan", "Yasuhiro Nakasone"}, talks


def test_a_charge_the_other_side_denies_is_a_relative_clause(extractor: Extractor) -> None:
    """ "India accused Pakistan of arming the rebels, a charge Islamabad denies": the parser
    makes "denies" the sentence's verb and the accusation what is denied; the accusation
    stands, and the denial answers it."""
    text = (
        "NEW DELHI, May 16 - The talks ended. India accused Pakistan on Tuesday of arming the "
        "rebels, a charge Islamabad denies. Officials met later."
    )
    events = _events(extractor, text, date(1990, 5, 16))
    assert _one(events, "ACCUSE").countries == ("IND", "PAK")
    assert _one(events, "REJECT").countries == ("PAK", "IND")


def test_two_received_together_make_one_meeting(extractor: Extractor) -> None:
    """ "received A and B together", "held joint talks with A and B": one meeting of all
    three states, not one with each."""
    text = (
        "ABU DHABI, July 25 - The UAE's Crown Prince Sheikh Mohammed bin Zayed received "
        "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki together in "
        "the UAE capital on Tuesday. He praised their peace."
    )
    meetings = [e for e in _events(extractor, text, date(2018, 7, 25)) if e.type == "CONSULT"]
    assert len(meetings) == 1 and set(meetings[0].countries) == {"ARE", "ETH", "ERI"}, meetings


def test_a_name_the_model_ends_before_its_particle_goes_on(extractor: Extractor) -> None:
    """ "Angolan President Jose Eduardo dos Santos": the model may end the name before the
    lower-case particle; the name goes on to the surname after it."""
    text = (
        "LUANDA, March 21 - Soviet Foreign Minister Eduard Shevardnadze met Angolan President "
        "Jose Eduardo dos Santos on Wednesday. They discussed the troop withdrawal."
    )
    names = {(written, a.code) for written, a in _mentions(extractor, text, date(1990, 3, 21))}
    assert ("Jose Eduardo dos Santos", "Jose Eduardo dos Santos") in names, names


def test_what_negotiations_are_to_do_is_no_act(extractor: Extractor) -> None:
    """ "opened negotiations to impose quotas on Japanese machine tools": the infinitive on a
    noun of talks is what the talks are for; the talks happened, the quotas did not."""
    text = (
        "WASHINGTON, March 4 - Japan and the United States opened negotiations to impose "
        "quotas on Japanese machine tools on Monday. Officials expect a deal in May."
    )
    events = _events(extractor, text, date(1987, 3, 4))
    assert [e.type for e in events] == ["CONSULT"], events


def test_him_in_a_relative_clause_is_not_the_one_it_describes(extractor: Extractor) -> None:
    """ "Moshe Arens, who held talks with him": "who" is Arens, the subject of the clause, so
    "him" is somebody else, the Egyptian minister the sentence before names."""
    text = (
        "CAIRO, Feb 27 - Egypt and Israel signed an agreement on Sunday. Foreign Minister Esmat "
        "Abdel-Meguid said the agreement showed that peace can solve problems. His Israeli "
        "counterpart, Moshe Arens, who held talks with him in Cairo earlier this month, called "
        "it a good day for both peoples."
    )
    talks = next(e for e in _events(extractor, text, date(1989, 2, 27)) if e.mode == "meet")
    assert set(talks.people) == {"Moshe Arens", "Esmat Abdel-Meguid"}, talks


def test_a_place_in_a_clause_of_since_is_the_earlier_acts(extractor: Extractor) -> None:
    """ "his first talks with Putin since they met in Astana in October last year": Astana is
    where they met before, not where the talks are held."""
    text = (
        "ANKARA, Sept 5 - Turkish President Tayyip Erdogan flew to the Black Sea resort on "
        "Monday for his first face-to-face talks with Russian President Vladimir Putin since "
        "they met in Astana in October last year. The talks covered grain."
    )
    events = _events(extractor, text, date(2023, 9, 5))
    talks = next(e for e in events if e.mode == "meet" and e.date == "2023-09-04")
    assert talks.place != "Astana", talks
    earlier = next(e for e in events if e.date == "2022-10")
    assert earlier.place == "Astana", earlier
