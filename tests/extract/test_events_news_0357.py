"""Event patterns of English news added with extractor 0.3.57, each on a sentence written for
the test (names, places and dates are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


def test_a_note_of_protest_keeps_the_day_of_its_verb(extractor: Extractor) -> None:
    # "note" is also a verb of saying ("noted"): the noun must not stop the climb to the day
    text = "Lithuania on Friday handed a note of protest to Belarus over the border incident."
    protest = _one(_events(extractor, text, date(2021, 6, 12)), "PROTEST")
    assert protest.date == "2021-06-11"


def test_a_visit_ended_that_began_on_a_day_runs_forward_from_it(extractor: Extractor) -> None:
    text = (
        "Chilean President Ricardo Lagos flew home on Friday, ending a three-day state visit "
        "to Argentina that started on June 2."
    )
    visit = _one(_events(extractor, text, date(2003, 6, 5)), "CONSULT", "visit")
    assert visit.date == "2003-06-02/2003-06-04"


def test_a_signing_during_talks_held_in_a_city_is_in_that_city(extractor: Extractor) -> None:
    text = (
        "During the talks held in Lisbon on May 4, the prime ministers of Portugal and Angola "
        "signed a convention on double taxation."
    )
    signing = _one(_events(extractor, text, date(2022, 5, 6)), "AGREE", "sign")
    assert signing.place == "Lisbon"


def test_a_named_agreement_signed_by_passive_is_the_signing_just_told(
    extractor: Extractor,
) -> None:
    text = (
        "Peru and Ecuador signed a border treaty on Saturday. The Brasilia Peace Accord was "
        "signed at the presidential palace by President Alberto Fujimori and President Jamil "
        "Mahuad, in the presence of four guarantor states."
    )
    signings = [e for e in _events(extractor, text, date(1998, 10, 27)) if e.mode == "sign"]
    assert {e.date for e in signings} == {"1998-10-24"}


def test_a_day_after_in_a_reported_sentence_counts_from_the_saying(extractor: Extractor) -> None:
    # the parser makes the clause of "a day after" the root or the saying's object
    text = (
        "Norway will fund a new water plant in Malawi, officials said, a day after Malawian "
        "Foreign Minister Peter Mutharika ended a two-day visit to Oslo."
    )
    visit = _one(_events(extractor, text, date(2008, 3, 14)), "CONSULT", "visit")
    assert visit.date == "2008-03-12/2008-03-13"


def test_a_foreign_minister_written_without_accents_is_found_in_the_table(
    extractor: Extractor,
) -> None:
    # office_holders.csv writes "Péter Szijjártó"; news copy often drops the accents
    text = (
        "Peter Szijjarto, the minister of foreign affairs and trade, told reporters in Baku on "
        "Monday that he had met Azerbaijani Foreign Minister Jeyhun Bayramov."
    )
    meeting = _one(_events(extractor, text, date(2024, 2, 6)), "CONSULT")
    assert set(meeting.countries) == {"HUN", "AZE"}


def test_the_minister_with_his_counterpart_of_a_state_is_not_of_that_state(
    extractor: Extractor,
) -> None:
    text = (
        "Austrian Foreign Minister Karin Lindner arrived in Prague on Monday and met Czech "
        "Trade Minister Pavel Hruby. On Tuesday, the minister held talks with her Czech "
        "counterpart Jan Novotny."
    )
    talks = [e for e in _events(extractor, text, date(2019, 3, 20)) if e.date == "2019-03-19"]
    assert talks and all(set(e.countries) == {"AUT", "CZE"} for e in talks)


def test_later_in_the_day_on_a_weekday_is_that_weekday(extractor: Extractor) -> None:
    text = (
        "Slovak Foreign Minister Miroslav Lajcak arrived in Zagreb on Monday and held talks "
        "with his Croatian counterpart Vesna Pusic, and later in the day on Tuesday he was "
        "received by Croatian President Ivo Josipovic."
    )
    events = _events(extractor, text, date(2012, 5, 16))
    received = [e for e in events if "Ivo Josipovic" in e.people]
    assert [e.date for e in received] == ["2012-05-15"]


def test_a_hyphenated_verb_of_leading_is_one_word(extractor: Extractor) -> None:
    # "co-chaired" split as "co", "-", "chaired" left the commission without its leaders
    text = (
        "On Thursday the joint commission, co-chaired by Romanian Economy Minister Ana Popa "
        "and Moldovan Deputy Prime Minister Ion Rusu, signed a protocol on gas supplies."
    )
    signing = _one(_events(extractor, text, date(2021, 4, 16)), "AGREE", "sign")
    assert set(signing.countries) == {"ROU", "MDA"}
    assert signing.date == "2021-04-15"


def test_scheduled_to_and_its_second_infinitive_are_plans(extractor: Extractor) -> None:
    text = (
        "The Nepali Prime Minister is scheduled to hold talks with the Indian Prime Minister "
        "and to be received by the Indian President."
    )
    meetings = [e for e in _events(extractor, text, date(2016, 9, 14)) if e.type == "CONSULT"]
    assert meetings and all(e.status == "planned" for e in meetings)


def test_a_note_of_protest_delivered_is_a_protest(extractor: Extractor) -> None:
    text = "The Peruvian embassy delivered a note of protest to Bolivia on Wednesday."
    protest = _one(_events(extractor, text, date(1995, 8, 4)), "PROTEST")
    assert protest.countries == ("PER", "BOL")


def test_turning_down_a_request_is_a_rejection(extractor: Extractor) -> None:
    text = "Egypt turned down a Sudanese request to reopen the border crossing."
    rejection = _one(_events(extractor, text, date(1996, 2, 2)), "REJECT")
    assert rejection.countries == ("EGY", "SDN")


def test_a_ban_on_flights_to_a_state_is_a_sanction(extractor: Extractor) -> None:
    text = "Russia banned flights to Georgia on Friday."
    sanction = _one(_events(extractor, text, date(2019, 6, 22)), "SANCTION")
    assert sanction.countries == ("RUS", "GEO")


def test_the_talks_held_on_a_day_date_the_talks_just_told(extractor: Extractor) -> None:
    text = (
        "President of Latvia Egils Levits held talks with President of Georgia Salome "
        "Zourabichvili, the press service said. The Georgian President arrived in Riga on "
        "Monday. On the same day the negotiations were held in a narrow format.\n\n"
        "Following the talks, the parties signed a memorandum on cooperation in education."
    )
    events = _events(extractor, text, date(2021, 5, 12))
    assert _one(events, "CONSULT", "meet").date == "2021-05-10"
    assert _one(events, "AGREE", "sign").date == "2021-05-10"


def test_hyphenated_verbs_keep_one_token_and_their_lemma(extractor: Extractor) -> None:
    doc = extractor.lex.nlp("The talks were co-chaired by the two ministers, who co-host it.")
    words = {t.text: t.lemma_ for t in doc}
    assert words["co-chaired"] == "co-chair"
    assert words["co-host"] == "co-host"


def test_acts_of_the_pair_told_after_a_dated_one_took_place_that_day(
    extractor: Extractor,
) -> None:
    text = (
        "QUITO, May 9 - Ecuador on Wednesday handed a note of protest to Colombia over an air "
        "raid near the border.\n\n"
        "Quito accused Bogota of violating its airspace and demanded that Colombia pay "
        "compensation to the families of the victims."
    )
    events = _events(extractor, text, date(2008, 5, 9))
    assert _one(events, "ACCUSE").date == "2008-05-07"
    assert _one(events, "REQUEST").date == "2008-05-07"


def test_an_act_told_in_the_past_perfect_keeps_no_day_of_the_lead(extractor: Extractor) -> None:
    text = (
        "Ecuador on Wednesday handed a note of protest to Colombia over an air raid. Quito had "
        "accused Bogota of violating its airspace."
    )
    accusation = _one(_events(extractor, text, date(2008, 5, 9)), "ACCUSE")
    assert accusation.date != "2008-05-07"


def test_a_reaction_a_broadcaster_reports_is_of_the_day_of_the_report(
    extractor: Extractor,
) -> None:
    text = (
        "Ecuador on Wednesday handed a note of protest to Colombia over an air raid. Colombian "
        "radio said Bogota rejected the note."
    )
    rejection = _one(_events(extractor, text, date(2008, 5, 9)), "REJECT")
    assert rejection.date == "2008-05-09"


def test_the_time_after_the_second_of_two_past_verbs_is_both(extractor: Extractor) -> None:
    text = "Kenya expelled Sudan's ambassador and recalled its own in March 2011."
    sanctions = [e for e in _events(extractor, text, date(2014, 6, 3)) if e.type == "SANCTION"]
    assert sanctions and {e.date for e in sanctions} == {"2011-03"}


def test_an_act_done_in_a_statement_takes_the_statements_day(extractor: Extractor) -> None:
    text = (
        "Bahrain accused Qatar of meddling on Monday. Qatar rejected the accusations in a "
        "statement carried by the Qatar News Agency on Tuesday and said it was ready to talk."
    )
    rejection = _one(_events(extractor, text, date(2017, 6, 8)), "REJECT")
    assert rejection.date == "2017-06-06"


def test_the_last_attack_dated_is_not_the_attack_the_lead_reports(extractor: Extractor) -> None:
    text = (
        "Azerbaijan said its artillery had shelled Armenian positions near the border.\n\n"
        "The last confirmed Azerbaijani attack on Armenia took place on March 2."
    )
    assaults = [e for e in _events(extractor, text, date(2021, 3, 29)) if e.type == "ASSAULT"]
    lead = [e for e in assaults if e.evidence.start == 0]
    assert lead and lead[0].date == "2021-03-29"


def test_bringing_home_an_ambassador_is_a_recall(extractor: Extractor) -> None:
    text = "Chad brought home its ambassador to Sudan on Monday."
    sanction = _one(_events(extractor, text, date(2023, 4, 11)), "SANCTION")
    assert sanction.countries == ("TCD", "SDN")
    assert sanction.date == "2023-04-10"


def test_a_session_of_a_joint_commission_of_two_states_is_their_meeting(
    extractor: Extractor,
) -> None:
    text = (
        "Ghana and Togo on Tuesday opened the fourth session of the Ghana-Togo Joint "
        "Commission in Lome. The Kenyan parliament held a special session on Tuesday."
    )
    meeting = _one(_events(extractor, text, date(2022, 3, 10)), "CONSULT")
    assert set(meeting.countries) == {"GHA", "TGO"}
    assert meeting.date == "2022-03-08"


def test_documents_hung_on_the_first_ones_object_are_each_signed(extractor: Extractor) -> None:
    # the model hangs "a Memorandum ..." on "Energy", the object inside the first title
    text = (
        "The presidents of Ghana and Togo signed an Agreement on Cooperation in the Field of "
        "Energy, a Memorandum of Understanding on Fisheries and a Protocol on Border "
        "Demarcation."
    )
    signings = [e for e in _events(extractor, text, date(2022, 3, 10)) if e.mode == "sign"]
    assert len(signings) == 3, [e.agreement for e in signings]


def test_a_headline_in_capitals_lends_no_verb_to_a_name(extractor: Extractor) -> None:
    text = (
        "PRESIDENT SUHARTO RECEIVES THAI PRIME MINISTER AT MERDEKA PALACE\n\n"
        "CHANCELLOR KOHL LIFTS CURBS ON POLISH GOODS\n\nThe talks went well."
    )
    written = [w for w, a in _mentions(extractor, text, date(1985, 6, 8)) if a.kind == "person"]
    assert "SUHARTO" in written
    assert not any(" AT " in f" {w} " or "RECEIVES" in w or "LIFTS" in w for w in written)


def test_talks_in_videoconference_format_are_a_call(extractor: Extractor) -> None:
    text = (
        "Mongolian Foreign Minister Batmunkh Battsetseg held talks in videoconference format "
        "with Kuwaiti Foreign Minister Ahmad Nasser Al-Mohammad Al-Sabah on Tuesday."
    )
    call = _one(_events(extractor, text, date(2021, 6, 9)), "CONSULT")
    assert call.mode == "phone"


def test_talks_put_in_a_country_are_in_the_datelines_city_there(extractor: Extractor) -> None:
    text = (
        "NAIROBI, May 6 - Kenyan President Mwai Kibaki held talks with President of Uganda "
        "Yoweri Museveni, who is in Kenya on a state visit."
    )
    meeting = _one(_events(extractor, text, date(2005, 5, 6)), "CONSULT", "meet")
    assert meeting.place == "Nairobi"
