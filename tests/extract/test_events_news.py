"""Event patterns of English news in general, each on a sentence written for the test.

The examples are made up (names, places and dates are ours); each test names the construction
the rule stands for, not an article it came from.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import ConfigError
from diplograph.extract.lexicon import load_triggers
from diplograph.extract.mentions import Actor
from diplograph.extract.parsing import parse_one
from diplograph.extract.pipeline import Extractor
from diplograph.ingest.jsonl import read_record
from diplograph.models import Article, Event
from diplograph.names import same_person

pytestmark = pytest.mark.slow


def _events(extractor: Extractor, text: str, published: date) -> list[Event]:
    article = Article(id="t", published_on=published, title="", text=text, content_hash="")
    return list(extractor.extract(article).events)


def _mentions(extractor: Extractor, text: str, published: date) -> list[tuple[str, Actor]]:
    """(written text, actor) of every actor mention the extractor finds in ``text``."""
    article = Article(id="t", published_on=published, title="", text=text, content_hash="")
    doc = parse_one(extractor.lex.nlp, text)
    return [(doc[a.start : a.end].text, a) for a in extractor.context(article, doc).actors.mentions]


def _one(events: list[Event], type_: str, mode: str | None = None) -> Event:
    found = [e for e in events if e.type == type_ and (mode is None or e.mode == mode)]
    assert len(found) == 1, found
    return found[0]


def test_verb_of_movement_with_a_destination_is_a_visit(extractor: Extractor) -> None:
    text = "Kenyan Foreign Minister Joseph Kamau, who travels to Norway this evening, spoke here."
    visit = _one(_events(extractor, text, date(1991, 6, 4)), "CONSULT", "visit")
    assert visit.countries == ("KEN", "NOR")
    assert visit.status == "planned"  # a timetable in the simple present


def test_movement_without_destination_is_no_visit(extractor: Extractor) -> None:
    text = "The Kenyan minister travelled widely, officials in Nairobi said on Monday."
    assert not [e for e in _events(extractor, text, date(1991, 6, 4)) if e.mode == "visit"]


def test_a_tour_of_three_capitals_is_three_visits(extractor: Extractor) -> None:
    text = (
        "Peruvian Finance Minister Luis Vargas said his tour, which has already taken him to "
        "London, Paris and Bonn, was meant to explain his country's position."
    )
    visits = [e for e in _events(extractor, text, date(1991, 6, 4)) if e.mode == "visit"]
    assert {e.countries for e in visits} == {("PER", "GBR"), ("PER", "FRA"), ("PER", "DEU")}


def test_state_visit_of_n_days_from_a_weekday_is_an_interval(extractor: Extractor) -> None:
    text = "King Harald of Norway begins a three-day state visit to Sweden on Tuesday."
    visit = _one(_events(extractor, text, date(1994, 5, 8)), "CONSULT", "visit")  # a Sunday
    assert visit.status == "planned"
    assert visit.date == "1994-05-10/1994-05-12"
    assert visit.countries == ("NOR", "SWE")


def test_talks_during_the_reported_visit_take_its_date_and_place(extractor: Extractor) -> None:
    text = (
        "Chilean President Ana Rojas arrives in Madrid on Monday for a two-day visit. "
        "She will hold talks with Prime Minister Pablo Ortega."
    )
    events = _events(extractor, text, date(1995, 3, 11))  # a Saturday
    talks = _one(events, "CONSULT", "meet")
    assert talks.status == "planned"
    assert talks.date == "1995-03-13/1995-03-14"
    assert talks.place == "Madrid"


def test_a_noun_mention_without_tense_joins_the_planned_visit(extractor: Extractor) -> None:
    text = (
        "Japanese Prime Minister Kenji Arai will visit Canada next week. Officials said "
        "Arai's visit might ease the dispute over lumber."
    )
    visits = [e for e in _events(extractor, text, date(1988, 4, 20)) if e.mode == "visit"]
    assert len(visits) == 1
    assert visits[0].status == "planned"


def test_until_an_event_puts_it_ahead(extractor: Extractor) -> None:
    text = (
        "Canadian officials are withholding judgment until Japanese Prime Minister Kenji "
        "Arai's visit."
    )
    visit = _one(_events(extractor, text, date(1988, 4, 20)), "CONSULT", "visit")
    assert visit.status == "planned"


def test_asking_two_countries_is_one_request_each(extractor: Extractor) -> None:
    text = "French Trade Minister Paul Martin will press Spain and Portugal to lower duties."
    requests = [e for e in _events(extractor, text, date(1990, 2, 1)) if e.type == "REQUEST"]
    assert sorted(e.countries for e in requests) == [("FRA", "ESP"), ("FRA", "PRT")]
    assert all(e.status == "planned" for e in requests)


def test_a_request_noun_with_its_owner_is_an_event(extractor: Extractor) -> None:
    text = "Japan rejected a Korean request to raise the quota on rice."
    events = _events(extractor, text, date(1990, 2, 1))
    request = _one(events, "REQUEST")
    assert set(request.countries) == {"KOR", "JPN"}


def test_refusal_touches_the_party_of_the_infinitive(extractor: Extractor) -> None:
    text = "Spain refused to allow Swiss-based British planes to land at its airports."
    refusal = _one(_events(extractor, text, date(1990, 2, 1)), "REJECT")
    assert set(refusal.countries) == {"ESP", "GBR"}  # "Swiss-based" says where, not who


def test_an_attack_hits_the_country_its_targets_lie_in(extractor: Extractor) -> None:
    text = "The French bombing of rebel bases in Chad last May drew protests."
    attack = _one(_events(extractor, text, date(1990, 2, 1)), "ASSAULT")
    assert set(attack.countries) == {"FRA", "TCD"}
    assert attack.date == "1989-05"


def test_a_meeting_of_a_group_involves_its_members(extractor: Extractor) -> None:
    text = "Next week's Group of Seven meeting in Rome will review exchange rates."
    meeting = _one(_events(extractor, text, date(1990, 2, 1)), "CONSULT", "multilateral")
    assert set(meeting.countries) == {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"}
    assert meeting.status == "planned"
    assert meeting.date == "1990-02-05/1990-02-11"


def test_a_summit_named_as_the_frame_of_a_meeting_is_not_coded(extractor: Extractor) -> None:
    text = (
        "On the sidelines of the ASEAN summit in Manila, Thai Prime Minister Somchai Rak met "
        "Vietnamese President Tran Van Minh on Monday."
    )
    events = _events(extractor, text, date(1999, 11, 30))
    assert not [e for e in events if e.mode == "multilateral"]
    assert set(_one(events, "CONSULT", "meet").countries) == {"THA", "VNM"}


def test_an_agency_introduced_with_its_country_stands_for_it(extractor: Extractor) -> None:
    text = (
        "Ghanaian officials met representatives of Germany's Export Credit Insurance Office "
        "on Monday to discuss the debt."
    )
    meeting = _one(_events(extractor, text, date(1990, 2, 7)), "CONSULT", "meet")
    assert set(meeting.countries) == {"GHA", "DEU"}


def test_it_as_subject_stands_for_the_country_before(extractor: Extractor) -> None:
    text = (
        "Iraq is claiming payment for the oil it delivered. It has also asked Turkey to "
        "reopen the pipeline."
    )
    requests = [e for e in _events(extractor, text, date(1990, 2, 7)) if e.type == "REQUEST"]
    assert ("IRQ", "TUR") in [e.countries for e in requests]


def test_headline_present_tense_is_not_a_plan(extractor: Extractor) -> None:
    text = "Kamau visits Oslo seeking fishing deal\n\nThe Kenyan minister Joseph Kamau arrived."
    visit = _one(_events(extractor, text, date(1991, 6, 4)), "CONSULT", "visit")
    assert visit.status == "occurred"


def test_weekday_after_a_past_verb_is_the_past_one(extractor: Extractor) -> None:
    text = "Swedish and Danish ministers met on Friday in Malmo to discuss the bridge."
    meeting = _one(_events(extractor, text, date(1994, 5, 12)), "CONSULT", "meet")  # Thursday
    assert meeting.date == "1994-05-06"


def test_a_typo_in_the_trigger_file_names_the_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text("types:\n  CONSULT:\n    meet:\n      verb: [meet]\n", encoding="utf-8")
    with pytest.raises(
        ConfigError, match=r"triggers.yaml: types: CONSULT: meet: unknown key 'verb'"
    ):
        load_triggers(path)
    path.write_text("types:\n  CONSULTS:\n    meet:\n      verbs: [meet]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="'CONSULTS' is not a PLOVER type"):
        load_triggers(path)
    path.write_text("types:\n  CONSULT:\n    meet:\n      verbs: meet\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="verbs: expected a list of words"):
        load_triggers(path)
    path.write_text("words:\n  habitually: [often]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="words: unknown key 'habitually'"):
        load_triggers(path)


def test_the_packaged_trigger_file_loads() -> None:
    table = load_triggers()
    assert any(t.mode == "visit" for t in table.verbs["travel"])
    assert "imposition" in table.light_nouns


def test_a_news_agency_in_the_dateline_is_nobody_met(extractor: Extractor) -> None:
    text = (
        "ASTANA. KAZINFORM - Kazakh Foreign Minister Murat Nurtleu met Turkish Foreign "
        "Minister Hakan Fidan on Monday."
    )
    events = _events(extractor, text, date(2023, 9, 13))
    meeting = _one(events, "CONSULT", "meet")
    assert "Kazinform" not in meeting.people and "KAZINFORM" not in meeting.people
    assert set(meeting.countries) == {"KAZ", "TUR"}


def test_talks_about_a_third_country_do_not_make_it_a_party(extractor: Extractor) -> None:
    text = "Ministers from Chile and Peru held talks on Bolivia in Lima on Tuesday."
    meeting = _one(_events(extractor, text, date(1987, 5, 10)), "CONSULT", "meet")
    assert set(meeting.countries) == {"CHL", "PER"}


def test_spoke_by_telephone_is_a_call(extractor: Extractor) -> None:
    text = "Kazakh President Tokayev spoke by telephone with French President Macron on Monday."
    call = _one(_events(extractor, text, date(2023, 5, 10)), "CONSULT", "phone")
    assert call.date == "2023-05-08"


def test_a_ruled_out_meeting_is_no_event(extractor: Extractor) -> None:
    text = "The ministry ruled out a meeting between the Greek and Turkish foreign ministers."
    assert not [e for e in _events(extractor, text, date(2023, 5, 10)) if e.type == "CONSULT"]


def test_a_conditional_measure_is_a_threat(extractor: Extractor) -> None:
    text = "If Japan does not open its markets, the United States will impose quotas on its cars."
    threat = _one(_events(extractor, text, date(1987, 5, 10)), "THREATEN")
    assert set(threat.countries) == {"USA", "JPN"}


def test_his_counterpart_is_the_other_country_office_holder(extractor: Extractor) -> None:
    text = "Kazakh Foreign Minister Murat Nurtleu met his Turkish counterpart in Ankara on Monday."
    meeting = _one(_events(extractor, text, date(2023, 5, 10)), "CONSULT", "meet")
    assert set(meeting.countries) == {"KAZ", "TUR"}
    assert len(meeting.people) == 2  # the Turkish foreign minister at the date, from the table


def test_a_tour_of_several_countries_is_one_visit_each(extractor: Extractor) -> None:
    text = "Chilean Foreign Minister Rosa Vidal begins a tour of Peru, Ecuador and Colombia today."
    visits = [e for e in _events(extractor, text, date(1995, 3, 13)) if e.mode == "visit"]
    assert sorted(e.countries for e in visits) == [("CHL", "COL"), ("CHL", "ECU"), ("CHL", "PER")]


def test_a_dated_annual_meeting_is_one_event_with_its_trailing_phrases(
    extractor: Extractor,
) -> None:
    text = (
        "The gesture came in advance of his annual meeting, on May 5-6 in Canberra, with "
        "Australian Prime Minister Paul Keating, said U.S. President Bill Clinton."
    )
    meeting = _one(_events(extractor, text, date(1994, 4, 20)), "CONSULT", "meet")
    assert meeting.status == "planned"
    assert meeting.date == "1994-05-05/1994-05-06"
    assert "Paul Keating" in meeting.people


def test_severing_relations_is_a_sanction_by_the_capital_that_did_it(
    extractor: Extractor,
) -> None:
    text = "Spain will not restore diplomatic relations with Cuba, broken off by Madrid last May."
    sanction = _one(_events(extractor, text, date(1990, 2, 1)), "SANCTION")
    assert set(sanction.countries) == {"ESP", "CUB"}
    assert sanction.date == "1989-05"


def test_rounds_of_talks_scheduled_for_two_days_are_planned_then(extractor: Extractor) -> None:
    text = (
        "Two rounds of talks between Indian Prime Minister Narasimha Rao and Pakistani Prime "
        "Minister Nawaz Sharif, scheduled for Thursday and Friday, will follow the visit."
    )
    talks = _one(_events(extractor, text, date(1993, 6, 7)), "CONSULT", "meet")  # Monday
    assert talks.status == "planned"
    assert talks.date == "1993-06-10/1993-06-11"


def test_the_speaker_of_the_other_side_is_the_one_met(extractor: Extractor) -> None:
    text = (
        "Thai Finance Minister Somsak Chai said Japanese Finance Minister Kiichi Miyazawa "
        "praised the reforms during a meeting here yesterday."
    )
    meeting = _one(_events(extractor, text, date(1991, 4, 27)), "CONSULT", "meet")
    assert set(meeting.people) == {"Somsak Chai", "Kiichi Miyazawa"}
    assert set(meeting.countries) == {"THA", "JPN"}


def test_no_plans_to_meet_is_no_meeting(extractor: Extractor) -> None:
    text = (
        "Bankers said there are no plans for Peruvian Finance Minister Luis Vargas to meet "
        "U.S. Treasury Secretary John Brady."
    )
    assert not [e for e in _events(extractor, text, date(1988, 3, 1)) if e.type == "CONSULT"]


def test_agreements_each_reached_with_banks_are_no_agreement_between_states(
    extractor: Extractor,
) -> None:
    text = (
        "U.S. Treasury Secretary John Brady said Peru, Chile and Bolivia have all reached "
        "agreement with commercial banks on debt rescheduling."
    )
    assert not [e for e in _events(extractor, text, date(1988, 3, 1)) if e.type == "AGREE"]


def test_a_country_inside_a_proper_name_is_no_party(extractor: Extractor) -> None:
    text = "Canadian Trade Minister Pat Carney urged faster progress in the Uruguay Round talks."
    events = _events(extractor, text, date(1988, 3, 1))
    assert all("URY" not in e.countries for e in events)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        ("Bond prices rose as the markets concluded that the central bank would not act.", "AGREE"),
        ("French and German finance ministers declined to comment on the meeting.", "REJECT"),
        ("Ottawa is worried about the pace of the trade talks with the United States.", "CONSULT"),
        (
            "The group said it signed a letter of intent to sell shares to <Nordic Holding AB> "
            "of Sweden and <Fjord Invest A/S> of Norway.",
            "AGREE",
        ),
        ("Both the U.S. and Japan need to ease monetary policy now, an economist said.", "CONCEDE"),
    ],
)
def test_no_event_between_states_in_business_and_market_language(
    extractor: Extractor, text: str, forbidden: str
) -> None:
    events = _events(extractor, text, date(1987, 10, 20))
    assert not [e for e in events if e.type == forbidden]


def test_a_plane_flying_to_a_city_is_no_visit(extractor: Extractor) -> None:
    text = "The new airliner will fly directly from Frankfurt to Sydney on its delivery tour."
    assert not [e for e in _events(extractor, text, date(2007, 3, 19)) if e.mode == "visit"]


def test_be_to_is_an_arrangement_but_among_the_first_to_is_a_record(extractor: Extractor) -> None:
    published = date(2011, 9, 14)
    arranged = _one(
        _events(extractor, "The Chilean minister is to visit Peru next week.", published),
        "CONSULT",
        "visit",
    )
    assert arranged.status == "planned"
    text = "Chile was among the first countries to sign a trade pact with Peru in 1998."
    signed = _one(_events(extractor, text, published), "AGREE")
    assert signed.status == "occurred"
    assert signed.date == "1998"


def test_event_noun_subject_of_expected_to_takes_its_time(extractor: Extractor) -> None:
    text = (
        "A meeting between Chile and Peru is expected to take place in Lima in August. "
        "Talks between Ghana and Togo are due to open in Accra on Monday."
    )
    events = _events(extractor, text, date(2023, 6, 1))  # a Thursday
    meeting = next(e for e in events if e.place == "Lima")
    talks = next(e for e in events if e.place == "Accra")
    assert (meeting.status, meeting.date) == ("planned", "2023-08")
    assert (talks.status, talks.date) == ("planned", "2023-06-05")


def test_a_plan_for_a_month_already_past_is_next_years(extractor: Extractor) -> None:
    published = date(2023, 6, 1)
    text = "Talks between Chile and Peru will be held in Lima in May."
    assert _one(_events(extractor, text, published), "CONSULT").date == "2024-05"
    text = "Chilean and Peruvian ministers met in Lima in November."
    assert _one(_events(extractor, text, published), "CONSULT").date == "2022-11"
    text = "Chile and Peru will hold talks in Lima in May this year, officials said."
    assert _one(_events(extractor, text, published), "CONSULT").date == "2023-05"


def test_the_agreement_of_a_later_sentence_is_the_pair_just_named(extractor: Extractor) -> None:
    """'The agreement was signed by <one side>': the other side is the country the sentences
    before paired it with, not the country the rest of the article names most."""
    text = (
        "Chile and Peru signed a fisheries agreement in Lima, officials said on Wednesday.\n\n"
        "The agreement was signed by Chilean Foreign Minister Alberto van Klaveren.\n\n"
        "The Chilean delegation will travel to Buenos Aires next week for talks with Argentina. "
        "Argentina has asked for a similar deal, and Argentine officials said Argentina's fleet "
        "would benefit from Argentina's own accord."
    )
    signings = [e for e in _events(extractor, text, date(2023, 5, 10)) if e.mode == "sign"]
    assert signings and all(set(e.countries) == {"CHL", "PER"} for e in signings)
    assert any("Alberto van Klaveren" in e.people for e in signings)


def test_the_agreement_of_a_later_sentence_happened_on_the_day_just_reported(
    extractor: Extractor,
) -> None:
    text = (
        "Chile and Peru signed a fisheries agreement on Monday, officials said.\n\n"
        "The agreement was signed by Chilean Foreign Minister Alberto van Klaveren."
    )
    signings = [e for e in _events(extractor, text, date(2023, 5, 10)) if e.mode == "sign"]
    assert {e.date for e in signings} == {"2023-05-08"}
    other = (
        "Chile and Peru signed a fisheries agreement on Monday. Peru and Bolivia signed an accord."
    )
    reasons = {e.countries: e.date_reason for e in _events(extractor, other, date(2023, 5, 10))}
    # an indefinite new signing is not the one just reported (it may still fall on the
    # story's day, test_events_news_03112)
    assert reasons[("PER", "BOL")] != "the event the sentence before reported"


def test_the_people_who_lead_a_group_take_part_in_what_it_does(extractor: Extractor) -> None:
    text = (
        "The Kenyan team, headed by Finance Minister Njeri Wambui and Central Bank Governor "
        "Otieno Kamau, will hold talks with Ugandan officials in Kampala next week."
    )
    meeting = _one(_events(extractor, text, date(2023, 5, 10)), "CONSULT", "meet")
    assert set(meeting.countries) == {"KEN", "UGA"}
    assert {"Njeri Wambui", "Otieno Kamau"} <= set(meeting.people)


def test_a_plan_for_this_week_in_a_sunday_story_is_the_week_that_starts_tomorrow(
    extractor: Extractor,
) -> None:
    text = "The Chilean president will pay a state visit to Peru this week, officials said."
    visit = _one(_events(extractor, text, date(2023, 5, 14)), "CONSULT", "visit")  # a Sunday
    assert visit.date == "2023-05-15/2023-05-21"
    midweek = _one(_events(extractor, text, date(2023, 5, 10)), "CONSULT", "visit")
    assert midweek.date == "2023-05-08/2023-05-14"


@pytest.mark.parametrize("verb", ["respond to", "reject", "welcome"])
def test_what_a_planned_reaction_answers_has_already_happened(
    extractor: Extractor, verb: str
) -> None:
    """A verb whose object exists before it (respond, reject, welcome: triggers.yaml
    ``planned: reactive``) keeps the plan to itself: the request it answers was made."""
    text = f"Officials said Norway is expected to {verb} a Kenyan request for new credits."
    request = _one(_events(extractor, text, date(1991, 6, 4)), "REQUEST")
    assert set(request.countries) == {"KEN", "NOR"}
    assert request.status == "occurred"


def test_talks_under_a_plan_stay_planned(extractor: Extractor) -> None:
    text = "Officials said Norway is expected to hold talks with Kenya next week."
    talks = _one(_events(extractor, text, date(1991, 6, 4)), "CONSULT")
    assert talks.status == "planned"


def test_a_verb_of_leaving_names_where_the_traveller_was_not_where_he_goes(
    extractor: Extractor,
) -> None:
    """'left X for Y' (triggers.yaml ``words: departures``): the visit is to Y; X is neither a
    host nor the place of the visit."""
    text = "Chilean Foreign Minister Ana Rojas met reporters. Rojas left Lima on Monday for Quito."
    visit = _one(_events(extractor, text, date(1994, 5, 11)), "CONSULT", "visit")
    assert visit.countries == ("CHL", "ECU")
    assert visit.place == "Quito"


def test_a_party_named_alone_is_completed_by_the_articles_own_country(
    extractor: Extractor,
) -> None:
    """A signing that names one party outside the pair the article is mostly about ("an
    accord signed with Spain" in a story on Chile and Peru) is with the article's home
    country, not with the pair."""
    text = (
        "Chile and Peru have signed an agreement on fisheries, Chilean officials said. "
        "Chile's fishing fleet is the largest in the region, the Chilean minister said. "
        "An accord signed on Tuesday with Spain was the first of its kind for Chile."
    )
    signed = [e for e in _events(extractor, text, date(1994, 5, 12)) if e.mode == "sign"]
    assert {frozenset(e.countries) for e in signed} == {
        frozenset({"CHL", "PER"}), frozenset({"CHL", "ESP"})
    }  # fmt: skip


def test_a_tour_of_unnamed_countries_is_no_visit_to_the_pair(extractor: Extractor) -> None:
    text = (
        "Chile and Peru signed a fisheries accord on Monday. The Chilean minister then began "
        "a tour of European capitals."
    )
    events = _events(extractor, text, date(1994, 5, 12))
    assert not [e for e in events if e.mode == "visit"]


def test_an_event_noun_placed_and_dated_by_a_copula_is_an_event(extractor: Extractor) -> None:
    """ "The talks will be in X on DAY between A and B": the copula carries the event noun's
    place, date and parties, as a light verb would ("the last of the talks" as well)."""
    text = (
        "The last of the talks will be in Nairobi next Wednesday between Kenyan Foreign "
        "Minister Joseph Kamau and Ugandan Foreign Minister Sarah Nakato."
    )
    talks = _one(_events(extractor, text, date(1994, 5, 12)), "CONSULT")
    assert set(talks.countries) == {"KEN", "UGA"}
    assert talks.status == "planned" and talks.date == "1994-05-18"
    assert talks.place == "Nairobi"
    assert not _events(extractor, "The meeting was a success, Kenyan officials said.",
                       date(1994, 5, 12))  # fmt: skip


def test_a_meeting_of_three_or_more_states_is_multilateral(extractor: Extractor) -> None:
    text = "Trade ministers of Kenya, Uganda and Tanzania met in Arusha on Monday."
    meeting = _one(_events(extractor, text, date(1994, 5, 12)), "CONSULT")
    assert meeting.mode == "multilateral"
    assert set(meeting.countries) == {"KEN", "UGA", "TZA"}


def test_a_city_is_in_the_state_it_belonged_to_on_the_day(extractor: Extractor) -> None:
    """countries.yaml ``territories``: Kiev in a 1987 story is in the Soviet Union, in a 2023
    story in Ukraine."""
    text = "Polish ministers met Ukrainian officials in Kiev on Monday."
    then = _one(_events(extractor, text, date(1987, 4, 14)), "CONSULT")
    now = _one(_events(extractor, text, date(2023, 4, 14)), "CONSULT")
    assert set(then.countries) == {"POL", "SUN"}
    assert set(now.countries) == {"POL", "UKR"}


def test_a_visit_ended_on_a_day_ends_that_day(extractor: Extractor) -> None:
    """A verb of ending (triggers.yaml ``words: endings``) gives the last day of a visit whose
    length is stated; a verb of beginning its first."""
    ended = "Kenyan President Daniel Mwangi ended a three-day visit to Uganda on Monday."
    began = "Kenyan President Daniel Mwangi began a three-day visit to Uganda on Monday."
    published = date(1994, 5, 10)  # a Tuesday
    assert _one(_events(extractor, ended, published), "CONSULT").date == "1994-05-07/1994-05-09"
    assert _one(_events(extractor, began, published), "CONSULT").date == "1994-05-09/1994-05-11"


def test_a_visit_described_beside_a_name_is_that_persons(extractor: Extractor) -> None:
    """ "Zhao, on an official visit to Britain, met ...": the phrase hangs on the name."""
    text = (
        "Chinese Premier Zhao Ziyang, on an official visit to Britain, met Prime Minister "
        "Margaret Thatcher on Monday."
    )
    visit = _one(_events(extractor, text, date(1987, 4, 14)), "CONSULT", "visit")
    # the visitor first; the host he met on it takes part too (storyline._hosts_of_visits)
    assert visit.people == ("Zhao Ziyang", "Margaret Thatcher")


def test_lending_is_aid_and_a_day_told_in_the_past_stays_past(extractor: Extractor) -> None:
    """ "agreed on Monday to lend": the loan is to come, the Monday is the past one."""
    text = "Norway agreed on Monday to lend Kenya 200 million dollars, officials said."
    aid = _one(_events(extractor, text, date(1994, 5, 11)), "AID")
    assert set(aid.countries) == {"NOR", "KEN"}
    assert aid.date == "1994-05-09"


def test_a_day_right_after_a_verb_of_saying_dates_the_saying(extractor: Extractor) -> None:
    """ "Kenya said on Tuesday it had signed an accord last week": the parser may hang "on
    Tuesday" on the signing; it dates the saying, and the signing is last week's."""
    text = "Kenya said on Tuesday it had signed a trade agreement with Uganda last week."
    signed = _one(_events(extractor, text, date(1987, 4, 14)), "AGREE")
    assert signed.date == "1987-04-06/1987-04-12"


def test_the_bare_minister_is_the_minister_named_before(extractor: Extractor) -> None:
    text = (
        "Kenyan Trade Minister Joseph Kamau will visit Uganda next week. The minister will "
        "meet President Yoweri Museveni in Kampala."
    )
    meeting = _one(_events(extractor, text, date(1987, 4, 14)), "CONSULT", "meet")
    assert set(meeting.people) == {"Joseph Kamau", "Yoweri Museveni"}


def test_talks_named_with_their_parties_after_another_event_are_an_event(
    extractor: Extractor,
) -> None:
    # "after talks" alone is background; "after talks between A and B" is one meeting
    text = (
        "Officials in Rome issued a cautious statement last month after talks between "
        "Deputy Brazilian Trade Minister Carlos Mendes and the Italian Treasury."
    )
    talks = _one(_events(extractor, text, date(1994, 5, 10)), "CONSULT")
    assert set(talks.countries) == {"BRA", "ITA"}
    assert talks.people == ("Carlos Mendes",)
    assert not _events(
        extractor, "After talks, the officials issued a statement.", date(1994, 5, 10)
    )


def test_talks_before_a_dated_act_are_dated_by_its_month_and_joined_by_its_agent(
    extractor: Extractor,
) -> None:
    # the passive's agent holds the talks; the day belongs to the signing, the talks only
    # happened before it (an implied date is coarser, never a guessed day)
    text = (
        "The loan was signed here on Tuesday by Chilean Finance Minister Ana Rojas after "
        "talks with Hermes, the German export credit agency."
    )
    events = _events(extractor, text, date(1994, 5, 13))
    talks = _one(events, "CONSULT")
    assert set(talks.countries) == {"CHL", "DEU"}
    assert talks.people == ("Ana Rojas",)
    assert talks.date == "1994-05"


def test_a_word_with_three_capitals_in_a_row_is_no_person(extractor: Extractor) -> None:
    text = "SwedFUND suspended its credits to Zambia, and SwedFUND said talks would resume."
    people = {p for e in _events(extractor, text, date(1994, 5, 13)) for p in e.people}
    assert "SwedFUND" not in people


def test_a_summit_of_unnamed_states_is_not_the_pairs_meeting(extractor: Extractor) -> None:
    text = (
        "Japanese Prime Minister Ito met President Carter in Washington on Monday. Analysts "
        "said Ito might resign after the Venice summit of industrialized nations in June."
    )
    events = _events(extractor, text, date(1979, 4, 3))
    assert [e.date for e in events if e.type == "CONSULT"] == ["1979-04-02"]


def test_a_person_described_in_the_lead_is_the_one_named_next(extractor: Extractor) -> None:
    # a news lead describes ("a special Korean envoy") and the next sentence names
    text = (
        "The visit this week by a special Korean envoy did little to ease trade friction with "
        "Canada, officials said. Ottawa leaders held meetings with former Korean Foreign "
        "Minister Kim Dae-sung, who was preparing a visit by the prime minister."
    )
    events = _events(extractor, text, date(1992, 4, 24))
    visit = next(e for e in events if e.mode == "visit" and e.status == "occurred")
    assert visit.people == ("Kim Dae-sung",)


def test_a_countrys_unnamed_side_in_talks_is_its_delegations_leaders(
    extractor: Extractor,
) -> None:
    # "representatives from Peru" and, in another sentence, "the Peruvian team, headed by ..."
    text = (
        "Representatives from Peru are meeting today with officials of Spain's export credit "
        "agency, bankers said. The Peruvian team, headed by Finance Minister Luis Ortega, "
        "will go on to Rome next week."
    )
    events = _events(extractor, text, date(1993, 6, 7))
    talks = next(e for e in events if e.mode == "meet" and "ESP" in e.countries)
    assert talks.people == ("Luis Ortega",)


def test_a_participle_with_its_own_agent_is_the_agents_act(extractor: Extractor) -> None:
    # the agent of "broken off by Ottawa" acts, not the subject of the clause it hangs from
    text = (
        "Officials said the emir may ask Canada to restore diplomatic relations with Libya, "
        "broken off by Ottawa last October after a bombing."
    )
    events = _events(extractor, text, date(1988, 3, 20))
    broken = _one(events, "SANCTION")
    assert broken.countries == ("CAN", "LBY")
    assert broken.date == "1987-10"


def test_due_in_a_place_is_a_planned_visit(extractor: Extractor) -> None:
    text = "Austrian Foreign Minister Karl Huber is due in Ankara on Thursday for talks."
    visit = _one(_events(extractor, text, date(1990, 3, 12)), "CONSULT", "visit")
    assert visit.countries == ("AUT", "TUR")
    assert (visit.status, visit.date) == ("planned", "1990-03-15")
    # "due to meet" is the meeting's, and a payment due somewhere is no visit
    again = _events(
        extractor,
        "Austrian Foreign Minister Karl Huber is due to meet Turkish leaders on Thursday.",
        date(1990, 3, 12),
    )
    assert [e.mode for e in again] == ["meet"]


def test_a_weekday_of_a_plan_falls_inside_the_planned_week(extractor: Extractor) -> None:
    text = (
        "Thai Prime Minister Chan Somchai will visit Canberra next week. He will meet the "
        "Australian prime minister on Thursday."
    )
    events = _events(extractor, text, date(1990, 3, 12))  # a Monday
    meeting = _one(events, "CONSULT", "meet")
    assert meeting.date == "1990-03-22"  # next week's Thursday, not this week's


def test_lower_case_particles_stay_inside_a_name(extractor: Extractor) -> None:
    text = (
        "Emirati envoy Sheikh Khalid bin Rashid Al Mansoori met Peruvian Foreign Minister Ana "
        "Vela in Lima. "
        "Sheikh Khalid praised the growth of trade."
    )
    meeting = _one(_events(extractor, text, date(2021, 5, 4)), "CONSULT", "meet")
    assert "Khalid bin Rashid Al Mansoori" in meeting.people


def test_a_person_named_by_an_organisations_title_is_no_states_party(
    extractor: Extractor,
) -> None:
    # a former head of government now in an organisation's office acts for the organisation:
    # the meeting is no bilateral event with his country of origin, nor with the host city's
    for text in (
        "Kazakh President Kassym-Jomart Tokayev met NATO Secretary General Jens Stoltenberg "
        "in Brussels.",
        "Kazakh President Kassym-Jomart Tokayev met Secretary General Jens Stoltenberg of "
        "NATO in Brussels.",
    ):
        assert not _events(extractor, text, date(2023, 5, 16))
    text = "Former Norwegian Prime Minister Jens Stoltenberg met Tokayev in Astana."
    meeting = _one(_events(extractor, text, date(2023, 5, 16)), "CONSULT", "meet")
    assert set(meeting.countries) == {"NOR", "KAZ"}


def test_from_one_day_to_another_is_the_events_interval(extractor: Extractor) -> None:
    for text, span in (
        ("Peruvian President Ana Vela will hold talks in Rome from June 2 to 5 with Italian "
         "Prime Minister Marco Ricci.", "1991-06-02/1991-06-05"),
        ("Peruvian President Ana Vela will visit Italy between June 6 and June 10.",
         "1991-06-06/1991-06-10"),
    ):  # fmt: skip
        event = _events(extractor, text, date(1991, 3, 16))[0]
        assert event.date == span, text


def test_talks_the_model_reads_as_following_s_object_are_the_subjects(
    extractor: Extractor,
) -> None:
    text = "Following talks on March 6, the finance ministers of Chile and Peru signed an accord."
    talks = _one(_events(extractor, text, date(1991, 3, 16)), "CONSULT")
    assert (set(talks.countries), talks.date) == ({"CHL", "PER"}, "1991-03-06")


def test_the_invited_one_is_the_visitor(extractor: Extractor) -> None:
    # object control: "invited X to visit", "asked X to meet": X does what the infinitive says,
    # and it has not happened yet
    text = "Peruvian President Ana Vela invited Chilean President Pablo Soto to visit Peru."
    visit = _one(_events(extractor, text, date(1991, 3, 16)), "CONSULT", "visit")
    assert (visit.countries, visit.people, visit.status) == (
        ("CHL", "PER"),
        ("Pablo Soto",),
        "planned",
    )
    text = "Peruvian President Ana Vela asked Chilean President Pablo Soto to meet her in Lima."
    meeting = _one(_events(extractor, text, date(1991, 3, 16)), "CONSULT", "meet")
    assert meeting.status == "planned"


def test_two_sides_who_spoke_by_telephone_held_a_call(extractor: Extractor) -> None:
    text = (
        "Peruvian President Ana Vela and Chilean President Pablo Soto spoke by telephone on Monday."
    )
    call = _one(_events(extractor, text, date(1991, 3, 16)), "CONSULT", "phone")
    assert set(call.countries) == {"PER", "CHL"}
    assert call.date == "1991-03-11"


def test_each_document_signed_is_its_own_signing(extractor: Extractor) -> None:
    text = (
        "Peruvian President Ana Vela and Chilean President Pablo Soto signed a roadmap on "
        "energy and an agreement on visas."
    )
    signed = [e.agreement for e in _events(extractor, text, date(1991, 3, 16))]
    assert len(signed) == 2 and "agreement on visas" in signed


def test_a_past_participle_clause_under_a_plan_is_done(extractor: Extractor) -> None:
    text = (
        "Officials said the emir may ask Canada to restore diplomatic relations with Libya, "
        "broken off by Ottawa last October."
    )
    broken = _one(_events(extractor, text, date(1988, 3, 20)), "SANCTION")
    assert broken.status == "occurred"


def test_an_event_noun_owned_by_a_state_is_that_states_act(extractor: Extractor) -> None:
    # "rejected U.S. demands": the demand is the United States', made to the one who rejects;
    # a possessive capital is its government
    events = _events(
        extractor, "Japan rejected U.S. demands to open its rice market.", date(1987, 4, 10)
    )
    assert _one(events, "REQUEST").countries == ("USA", "JPN")
    assert _one(events, "REJECT").countries == ("JPN", "USA")
    events = _events(extractor, "Seoul rejected Washington's request for talks.", date(1987, 4, 10))
    assert _one(events, "REJECT").countries == ("KOR", "USA")
    assert _one(events, "REJECT").place is None


def test_a_listed_subject_of_an_intransitive_verb_undergoes_it(extractor: Extractor) -> None:
    retreat = _one(
        _events(extractor, "Libyan troops withdrew from northern Chad.", date(1987, 4, 10)),
        "RETREAT",
    )
    assert retreat.countries == ("LBY", "TCD")


def test_a_quoted_speaker_is_not_the_visitor_he_speaks_of(extractor: Extractor) -> None:
    # "the visit ... would open a new chapter": a verb with an object of its own says what the
    # visit does; it carries no event, so the visit is its own and the speaker no visitor
    text = (
        "Peruvian Foreign Minister Ana Vela said the visit of Chilean President Pablo Soto to "
        "Lima would open a new chapter."
    )
    visit = _one(_events(extractor, text, date(1991, 3, 16)), "CONSULT", "visit")
    assert (visit.people, visit.countries) == (("Pablo Soto",), ("CHL", "PER"))
    took = _events(
        extractor,
        "The last meeting of the Peruvian and Chilean ministers took place in Lima in May 1990.",
        date(1991, 3, 16),
    )
    assert _one(took, "CONSULT").date == "1990-05"


def test_a_meeting_of_a_groups_officials_is_the_groups_meeting(extractor: Extractor) -> None:
    text = "Senior officials from the Group of Seven countries will meet next week in Rome."
    meeting = _one(_events(extractor, text, date(1991, 3, 16)), "CONSULT", "multilateral")
    assert set(meeting.countries) == {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"}
    assert meeting.status == "planned"


def test_an_international_bodys_agreement_is_not_completed_by_the_place(
    extractor: Extractor,
) -> None:
    # a story about Chile names Jeddah: the bank's accord with Chile is no Saudi-Chilean one
    text = (
        "Chile will import more wheat this year, dealers said. The purchase will be financed "
        "by the Islamic Development Bank, which signed an agreement with Chile earlier this "
        "week in Jeddah."
    )
    assert not [e for e in _events(extractor, text, date(1991, 3, 16)) if e.type == "AGREE"]


def test_talking_is_a_meeting_only_with_a_party(extractor: Extractor) -> None:
    published = date(1990, 4, 2)
    assert not _events(
        extractor, "He (Ricci) talked himself into a corner, a Chilean banker said.", published
    )
    text = (
        "Chilean Foreign Minister Pablo Soto and Peruvian Foreign Minister Ana Vela talked for "
        "three hours on Monday."
    )
    assert set(_one(_events(extractor, text, published), "CONSULT").countries) == {"CHL", "PER"}


def test_a_country_word_inside_a_company_name_is_no_party(extractor: Extractor) -> None:
    text = (
        "Activists urged Royal Dutch Petroleum Co to leave South Africa, and Anglo American "
        "Corp held talks with the South African union."
    )
    assert not _events(extractor, text, date(1990, 4, 2))


def test_agreements_with_two_states_are_one_with_each(extractor: Extractor) -> None:
    published = date(1990, 3, 30)
    both = _events(extractor, "Peru reached agreements with Chile and Bolivia.", published)
    assert sorted(e.countries for e in both) == [("PER", "BOL"), ("PER", "CHL")]
    # without the one who agreed, the two states named are not each other's party
    assert not _events(
        extractor,
        "Financing agreements were reached with Chile and Bolivia, bankers said.",
        published,
    )


def test_a_meeting_here_of_a_groups_ministers_is_the_groups(extractor: Extractor) -> None:
    text = (
        "Irish Farm Minister Sean Walsh told reporters during a meeting here of EC farm "
        "ministers that Ireland would oppose the tax."
    )
    meeting = _one(_events(extractor, text, date(1987, 3, 30)), "CONSULT", "multilateral")
    assert len(meeting.countries) == 12  # the Community's members in 1987


def test_a_visit_needs_a_traveller_that_is_a_state_or_its_people(extractor: Extractor) -> None:
    published = date(1987, 6, 19)
    for text in (
        "Special attention would go to Brazil next week, British Chancellor Nigel Lawson said.",
        "A routine IMF mission is visiting Brasilia, Brazilian officials said.",
    ):
        assert not [e for e in _events(extractor, text, published) if e.mode == "visit"], text
    text = (
        "Nigerian oil minister Rilwanu Lukman said Norway, which he visited two weeks ago, had "
        "pledged cooperation."
    )
    visit = _one(_events(extractor, text, published), "CONSULT", "visit")
    assert (visit.countries, visit.place) == (("NGA", "NOR"), "Norway")


def test_meetings_of_unnamed_states_and_calls_on_no_state_are_no_pairs(
    extractor: Extractor,
) -> None:
    published = date(1987, 10, 19)
    for text in (
        "Finance ministers from major industrial nations should hold a special meeting, West "
        "German banker Helmut Geiger said.",
        "Kenyan President Daniel arap Moi said the debt to the United States was a burden. He "
        "called on the international community to ensure a transfer of resources.",
    ):
        assert not _events(extractor, text, published), text


def test_an_undated_event_takes_the_day_of_its_report(extractor: Extractor) -> None:
    # published on Thursday; the talks were reported on Wednesday, so they were not Thursday's
    text = (
        "Peruvian President Ana Vela held talks with President of Chile Pablo Soto, who arrived "
        "in Peru "
        "on an official visit, the presidential press service reported on Wednesday."
    )
    meeting = _one(_events(extractor, text, date(2023, 11, 2)), "CONSULT", "meet")
    assert meeting.date == "2023-11-01"


def test_a_companys_meeting_and_meeting_a_commitment_are_no_talks(extractor: Extractor) -> None:
    published = date(1987, 3, 13)
    for text in (
        "At the company's annual meeting, Italian chairman Marco Ricci said an acquisition in "
        "the United States could take place.",
        "Venezuela will lend Ecuador oil to help it meet its export commitments, Ecuadorean "
        "officials said.",
    ):
        assert not [e for e in _events(extractor, text, published) if e.type == "CONSULT"], text


def test_a_meeting_of_a_groups_leaders_is_the_groups(extractor: Extractor) -> None:
    text = (
        "The June meeting of leaders of the G-7 nations in Venice would be important, Canadian "
        "Trade Minister Pat Carney said."
    )
    meeting = _one(_events(extractor, text, date(1987, 4, 27)), "CONSULT", "multilateral")
    assert len(meeting.countries) == 7


def test_countries_with_a_description_are_not_the_pair(extractor: Extractor) -> None:
    # "the two countries", "the sides" are the article's pair; "coffee producing countries"
    # are some states the text does not name
    published = date(1987, 3, 20)
    text = (
        "Colombia will not attend a meeting of coffee producing countries scheduled for this "
        "weekend in Nicaragua, a Colombian official said."
    )
    assert not _events(extractor, text, published)
    # "Western Cambodia" is still Cambodia: only a region's name ("Central American") is none
    text = "Vietnamese troops attacked a village in Western Cambodia on Monday."
    assert set(_one(_events(extractor, text, published), "ASSAULT").countries) == {"VNM", "KHM"}
    text = (
        "Chile and Peru signed a trade accord on Monday. The two countries also agreed to meet "
        "again in May."
    )
    meeting = _one(_events(extractor, text, published), "CONSULT")
    assert (set(meeting.countries), meeting.status) == ({"CHL", "PER"}, "planned")


def test_a_name_after_an_organisation_noun_is_the_organisations(extractor: Extractor) -> None:
    text = (
        "Algeria's national petroleum agency Sonatrach and the U.S. Panhandle group signed a "
        "20-year accord for the delivery of gas."
    )
    signing = _one(_events(extractor, text, date(1987, 4, 27)), "AGREE")
    assert signing.people == ()
    assert signing.agreement == "20-year accord for the delivery of gas"


def test_an_unnamed_subject_is_not_the_articles_other_country(extractor: Extractor) -> None:
    text = (
        "Brazil said its debt talks were difficult. Several industrial nations are pressing "
        "the United States to review its debt strategy."
    )
    assert not [e for e in _events(extractor, text, date(1987, 4, 2)) if e.type == "REQUEST"]


def test_an_organisations_name_is_never_a_person_but_its_officer_is(extractor: Extractor) -> None:
    text = (
        "Algeria's national petroleum agency Sonatrach and the U.S. Panhandle group signed a "
        "gas accord. Sonatrach said the deal was worth one billion dlrs."
    )
    assert all(not e.people for e in _events(extractor, text, date(1987, 4, 27)))
    # an appositive naming a person's office in an organisation keeps the person
    text = (
        "Wladyslaw Baka, head of Poland's National Bank, met West German Finance Minister "
        "Gerhard Stoltenberg in Bonn on Monday."
    )
    meeting = _one(_events(extractor, text, date(1987, 4, 27)), "CONSULT", "meet")
    assert "Wladyslaw Baka" in meeting.people


def test_postponed_visits_and_visits_to_regions_are_no_pairs(extractor: Extractor) -> None:
    """A postponed visit is still a plan, on no day; a visit to a region is no pair's."""
    published = date(2007, 12, 20)
    text = (
        "The EU ban hit Indonesian airlines, Belgian officials said. Indonesian President "
        "Susilo Bambang Yudhoyono has postponed a diplomatic visit to Belgium."
    )
    visit = _one(_events(extractor, text, published), "CONSULT", "visit")
    assert (visit.countries, visit.status, visit.date) == (("IDN", "BEL"), "planned", None)
    for text in (
        "Indonesian President Susilo Bambang Yudhoyono will make a visit to Europe next month, "
        "Belgian officials said.",
        "A company has inked deals with the Royal Australian Air Force, the Royal Saudi Air "
        "Force and the UAE Air Force.",
    ):
        assert not _events(extractor, text, published), text


def test_a_document_signed_in_a_phrase_is_the_clauses_parties(extractor: Extractor) -> None:
    text = (
        "Britain hopes to sell more arms to the kingdom, British officials said. Under the "
        "five billion stg deal signed last year, Saudi Arabia has agreed to buy 132 warplanes."
    )
    signing = _one(_events(extractor, text, date(1987, 3, 20)), "AGREE")
    assert (set(signing.countries), signing.date) == ({"SAU", "GBR"}, "1986")
    assert signing.agreement == "five billion stg deal"


def test_a_claim_and_a_counter_claim_are_two_acts(extractor: Extractor) -> None:
    text = (
        "Peru is claiming full repayment of the loan from Chile. Chile for its part has made a "
        "counter claim for 500 mln dlrs in compensation from Peru."
    )
    requests = [e for e in _events(extractor, text, date(1987, 3, 13)) if e.type == "REQUEST"]
    assert sorted(e.countries for e in requests) == [("CHL", "PER"), ("PER", "CHL")]


def test_a_clause_after_a_name_and_comma_is_no_appositive(extractor: Extractor) -> None:
    # ", and held talks at the Foreign Ministry": the next clause, not "X, the ministry"
    text = (
        "During the trip he was received by Peruvian Prime Minister Luis Ortega, and held "
        "talks at the Foreign Ministry with Deputy Foreign Minister Ana Vela, Chilean Foreign "
        "Minister Pablo Soto said."
    )
    people = {p for e in _events(extractor, text, date(2023, 3, 18)) for p in e.people}
    assert "Luis Ortega" in people


def test_a_past_act_right_after_a_dated_one_takes_its_day(extractor: Extractor) -> None:
    text = (
        "Chilean President Pablo Soto left for home on Tuesday at the end of a state visit to "
        "Peru. Only a day earlier, Soto and Peruvian President Ana Vela had held their first "
        "summit. As part of that push, the two countries signed a new agreement on trade."
        # the subject refers back to the pair just told: the same occasion
    )
    signing = _one(_events(extractor, text, date(2019, 4, 23)), "AGREE")
    assert signing.date == "2019-04-22"


def test_demand_as_a_markets_quantity_is_no_request(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    for text in (
        "Chilean demand for Argentine beef fell sharply, while Peruvian demand for U.S. wheat "
        "rose, traders said.",
        "Dealers reported a high level of interest, both European and domestic Brazilian "
        "demand, for the Brazil bonds.",
    ):
        assert not [e for e in _events(extractor, text, published) if e.type == "REQUEST"], text
    # an owned or determined demand is an act: "the U.S. demand that ..."
    text = "Chile rejected the Peruvian demand that it reopen the border crossing."
    request = _one(_events(extractor, text, published), "REQUEST")
    assert request.countries == ("PER", "CHL")


def test_a_stance_in_the_simple_present_is_held_now(extractor: Extractor) -> None:
    text = (
        "The Chilean government strongly protests against Peru's ban on Chilean trawlers, the "
        "ministry said in a statement."
    )
    protest = _one(_events(extractor, text, date(1988, 5, 10)), "PROTEST")
    assert (protest.status, protest.date) == ("occurred", "1988-05-10")
    # a timetable in the present is still a plan
    visit = _one(
        _events(extractor, "Chilean President Ana Vela visits Lima on Tuesday.", date(1988, 5, 10)),
        "CONSULT",
        "visit",
    )
    assert visit.status == "planned"


def test_a_pair_that_only_says_where_others_are_is_no_party(extractor: Extractor) -> None:
    text = (
        "In January Chile and Peru concluded an interim fishing accord, opposed by fishermen in "
        "both countries."
    )
    events = _events(extractor, text, date(1988, 5, 10))
    assert [(e.type, e.mode) for e in events] == [("AGREE", "sign")]  # one signing, no REJECT
    assert events[0].agreement == "interim fishing accord"
    # people who act for the states do take part
    text = (
        "Chile and Peru held talks last week. Officials from the two countries met again on Monday."
    )
    meetings = [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "CONSULT"]
    assert [m.date for m in meetings] == ["1988-05-02/1988-05-08", "1988-05-09"]


def test_a_day_hung_on_the_object_dates_the_verb(extractor: Extractor) -> None:
    published = date(1988, 5, 11)  # a Wednesday
    for text in (
        "Chile and Peru reached an accord on fishing on Monday.",
        "Chile and Peru concluded a fishing accord on Monday.",
    ):
        (agreement,) = _events(extractor, text, published)
        assert agreement.date == "1988-05-09", text
        assert agreement.agreement in (None, "fishing accord"), text


def test_a_speaker_who_talks_about_a_visit_is_not_its_visitor(extractor: Extractor) -> None:
    text = (
        "An announcement could come during a visit to Lima by Chilean President Pablo Soto next "
        'week. "It would give some real focus to the visit," said Ana Vela, an analyst at a '
        "Lima research firm."
    )
    visits = [e for e in _events(extractor, text, date(1988, 5, 10)) if e.mode == "visit"]
    assert [v.people for v in visits] == [("Pablo Soto",)]


def test_a_negated_perfect_is_no_event_and_a_refusal_is_a_rejection(
    extractor: Extractor,
) -> None:
    published = date(1988, 5, 10)
    assert not _events(
        extractor, "Chile and Peru have not met at ministerial level for a year.", published
    )
    (refusal,) = _events(extractor, "Peru has refused to sign the pact with Chile.", published)
    assert (refusal.type, refusal.countries) == ("REJECT", ("PER", "CHL"))
    (refusal,) = _events(extractor, "Chile declined to meet the Peruvian envoy.", published)
    assert refusal.type == "REJECT"


def test_a_body_that_meets_alone_holds_no_talks_between_states(extractor: Extractor) -> None:
    text = (
        "Peru wants to buy more Chilean copper. The Chilean government's Economic Policy "
        "Council is scheduled to meet Friday to discuss, among other issues, mining exports."
    )
    assert not [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "CONSULT"]
    # an organisation with member states holds a multilateral meeting
    (meeting,) = _events(extractor, "OPEC will meet in Vienna on June 25.", date(1988, 5, 10))
    assert meeting.mode == "multilateral"


def test_a_capital_met_with_or_accused_is_its_government(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    (talks,) = _events(extractor, "Lima will hold talks with Santiago on Monday.", published)
    assert (talks.countries, talks.place) == (("PER", "CHL"), None)  # no place: a party
    (accusal,) = _events(extractor, "Peru accused Santiago of dumping copper.", published)
    assert accusal.countries == ("PER", "CHL")
    # a capital one goes to, or meets in, is a place
    (visit,) = _events(
        extractor, "Chilean President Ana Vela will visit Lima next week.", published
    )
    assert (visit.countries, visit.place) == (("CHL", "PER"), "Lima")


def test_an_unnamed_subject_above_an_infinitive_is_no_party(extractor: Extractor) -> None:
    text = (
        "Chile will lend Bolivia 50 mln dlrs. The miners were willing to negotiate with the "
        "government of Bolivian President Jorge Rada, but only if it met their demands."
    )
    assert not [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "CONSULT"]


def test_a_mission_posted_somewhere_is_no_visit(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    assert not _events(extractor, "The Chilean mission in Lima protested.", published)
    # one travelling there is, told once
    (visit,) = _events(extractor, "A Chilean trade mission to Peru arrived on Monday.", published)
    assert (visit.mode, visit.countries, visit.place) == ("visit", ("CHL", "PER"), "Peru")


def test_a_bare_plural_event_noun_is_no_particular_event(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    text = (
        "The slide raised questions about the usefulness of recent meetings of the Group of Seven."
    )
    assert not _events(extractor, text, published)
    text = (
        "Chilean Foreign Minister Pablo Soto held meetings with Peruvian Foreign Minister Ana "
        "Vela in Lima on Monday."
    )
    (meeting,) = _events(extractor, text, published)
    assert meeting.date == "1988-05-09"


def test_where_a_visit_goes_follows_its_noun(extractor: Extractor) -> None:
    text = (
        "They discussed preparations for the upcoming visit of the President of Peru to Santiago."
    )
    (visit,) = _events(extractor, text, date(2023, 9, 14))
    assert (visit.countries, visit.place, visit.status) == (("PER", "CHL"), "Santiago", "planned")


def test_an_event_noun_that_is_planned_for_a_month_is_planned(extractor: Extractor) -> None:
    text = "The visit of Chilean President Ana Vela to Lima is planned for August."
    (visit,) = _events(extractor, text, date(2023, 9, 14))
    assert (visit.status, visit.date) == ("planned", "2024-08")  # a plan is never past


def test_a_clause_with_its_own_unnamed_subject_does_not_borrow_another(
    extractor: Extractor,
) -> None:
    text = (
        "Peru asked Chilean banks for new money. If the banks reject the proposal out of hand, "
        "however, they run the risk of scuttling the talks."
    )
    assert not [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "REJECT"]


def test_people_inside_a_clause_of_the_object_are_not_its_target(extractor: Extractor) -> None:
    text = (
        "Peru freed two prisoners. Chilean President Pablo Soto angrily denounced press reports "
        "that his wife, Ana, is running the government."
    )
    assert not [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "ACCUSE"]


def test_a_negated_hostile_act_is_no_event(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    for text in (
        "The minister told the committee that Chile has not called on Peru to cut its tariffs.",
        "Peru did not accuse Chile of breaking the pact.",
    ):
        assert not _events(extractor, text, published), text


def test_an_organisations_officer_is_no_states(extractor: Extractor) -> None:
    text = (
        "Peru's debts are a cause for concern, World Bank President Ana Vela said after talks "
        "with Chilean Finance Minister Pablo Soto."
    )
    people = {p for e in _events(extractor, text, date(1988, 5, 10)) for p in e.people}
    assert "Ana Vela" not in people  # not Peru's head of state by the title "President"


def test_a_meeting_spoken_to_is_an_audience_not_talks(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    for text in (
        "Chilean Finance Minister Pablo Soto told an emergency cabinet meeting in Santiago that "
        "Peru's tariffs were unfair.",
        "Peruvian Energy Minister Ana Vela told a meeting of oil executives in Santiago that "
        "prices had stabilised.",
    ):
        assert not [e for e in _events(extractor, text, published) if e.type == "CONSULT"], text


def test_the_one_sent_for_talks_holds_them(extractor: Extractor) -> None:
    text = (
        "Chilean President Pablo Soto announced he is sending Chilean Foreign Minister Ana Vela to "
        "Lima for talks with Peruvian Foreign Minister Luis Ortega next month."
    )
    (talks,) = [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "CONSULT"]
    assert set(talks.people) == {"Ana Vela", "Luis Ortega"}


def test_an_agentless_passive_has_no_speaker_as_its_agent(extractor: Extractor) -> None:
    text = (
        "Peruvian banker Luis Ortega said the trading system in Santiago could be criticised "
        "for being too distant from investors."
    )
    assert not _events(extractor, text, date(1988, 5, 10))
    text = "Chile sold bonds in Lima. The bonds could thus not be lent out to Peruvian dealers."
    assert not [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "REJECT"]


def test_a_body_acting_on_several_states_pairs_none_of_them(extractor: Extractor) -> None:
    text = (
        "The European Community yesterday warned Chile and Peru, its main trading partners, that "
        "friction over trade was hurting the world economy."
    )
    assert not _events(extractor, text, date(1988, 5, 10))


def test_an_event_under_way_without_its_first_day_is_dated_by_the_month(
    extractor: Extractor,
) -> None:
    published = date(1988, 5, 10)
    text = "Chilean President Ana Vela, who is visiting Lima, said trade must grow."
    (visit,) = _events(extractor, text, published)
    assert visit.date == "1988-05"  # a visit in progress: never a guessed day
    text = "Chilean officials are holding talks with Peruvian negotiators in Lima today."
    (talks,) = _events(extractor, text, published)
    assert talks.date == "1988-05-10"  # "today" is its own day


def test_an_event_noun_said_of_another_is_the_same_event(extractor: Extractor) -> None:
    text = (
        "The peso was steady ahead of meetings of finance ministers in Lima. Tomorrow's Group "
        "of Seven meeting - of the U.S., Japan, West Germany, France, the U.K., Italy and "
        "Canada - is seen as the key meeting."
    )
    (meeting,) = _events(extractor, text, date(1987, 4, 7))
    assert (meeting.mode, meeting.status, meeting.date) == ("multilateral", "planned", "1987-04-08")


def test_a_failed_or_delayed_act_did_not_happen(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    text = (
        "Chilean and Peruvian negotiators failed to conclude an agreement on copper during "
        "talks last week."
    )
    events = _events(extractor, text, published)
    assert [(e.type, e.date) for e in events] == [("CONSULT", "1988-05-02/1988-05-08")]
    text = "Peru's planning minister said the delay in signing his country's loan with Chile hurt."
    assert not [e for e in _events(extractor, text, published) if e.type == "AGREE"]


def test_a_companys_shorter_name_is_still_the_company(extractor: Extractor) -> None:
    text = (
        "Andean Express Co said it and its Pacheco Morgan Brothers Inc subsidiary have been "
        "holding talks. Pacheco Morgan said the talks were at an early stage."
    )
    kinds = {written: a.kind for written, a in _mentions(extractor, text, date(1988, 5, 10))}
    assert kinds.get("Pacheco Morgan") in (None, "org")  # never a person


def test_a_country_word_before_private_parties_is_their_home_not_a_state(
    extractor: Extractor,
) -> None:
    published = date(1988, 5, 10)
    text = (
        "Peru bought copper from Chile. Officials in Santiago confirmed that Chilean mining "
        "firms would ask Peru to reconsider prices."
    )
    assert not [e for e in _events(extractor, text, published) if e.type == "REQUEST"]
    # the state's own people still act for it
    (talks,) = _events(extractor, "Chilean officials held talks with Peru on Monday.", published)
    assert talks.countries == ("CHL", "PER")


def test_welcoming_a_things_owner_receives_nobody(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    text = "The Peruvian government welcomed Chilean President Ana Vela's announcement on trade."
    assert not [e for e in _events(extractor, text, published) if e.type == "CONSULT"]
    text = "Peruvian President Luis Ortega welcomed Chilean President Ana Vela in Lima on Monday."
    (meeting,) = _events(extractor, text, published)
    assert meeting.people == ("Luis Ortega", "Ana Vela")


def test_a_capacity_to_act_is_no_event(extractor: Extractor) -> None:
    text = (
        "Chilean President Ana Vela warned that the bill would undercut her ability to negotiate "
        "on trade with Peruvian President Luis Ortega."
    )
    assert not _events(extractor, text, date(1988, 5, 10))


def test_a_summit_told_again_with_some_members_is_one_summit(extractor: Extractor) -> None:
    text = (
        "Finance ministers of the Group of Seven meet in Washington tomorrow. U.S. Treasury "
        "Secretary James Baker, Japanese Finance Minister Kiichi Miyazawa and West German "
        "Finance Minister Gerhard Stoltenberg will attend the meeting."
    )
    (summit,) = _events(extractor, text, date(1987, 4, 7))
    assert len(summit.countries) == 7 and summit.date == "1987-04-08"
    assert set(summit.people) == {"James Baker", "Kiichi Miyazawa", "Gerhard Stoltenberg"}


def test_talks_opening_on_a_day_are_planned_for_it(extractor: Extractor) -> None:
    text = "Negotiations between Chile and Peru opening on July 9 will focus on copper."
    (talks,) = _events(extractor, text, date(1988, 5, 10))
    assert (talks.status, talks.date) == ("planned", "1988-07-09")


def test_a_plain_negation_did_not_happen_and_a_would_not_is_a_refusal_now(
    extractor: Extractor,
) -> None:
    published = date(1988, 5, 10)
    for text in (
        "Chilean and Peruvian delegates did not attend the council session in Lima.",
        "Peru did not sign the accord with Chile.",
    ):
        assert not _events(extractor, text, published), text
    (refusal,) = _events(
        extractor, "Peru would not hold talks with Chile, officials said.", published
    )
    assert (refusal.type, refusal.status, refusal.date) == ("REJECT", "occurred", "1988-05-10")


def test_talks_with_a_committee_of_banks_are_no_states(extractor: Extractor) -> None:
    text = (
        "Chile signed a loan. Peruvian Finance Minister Luis Ortega starts negotiations with the "
        "country's 12-bank advisory committee in New York tomorrow."
    )
    assert not [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "CONSULT"]


def test_a_name_the_model_cut_before_its_surname_is_whole(extractor: Extractor) -> None:
    text = "Philippine Finance Secretary Jaime Ongpin met Mexican officials in New York on Monday."
    people = {a.code for _, a in _mentions(extractor, text, date(1987, 3, 2)) if a.kind == "person"}
    assert "Jaime Ongpin" in people and "Jaime" not in people


def test_one_state_on_both_ends_is_a_domestic_act(extractor: Extractor) -> None:
    text = (
        "Peru denied breaking the pact. The Chilean Senate this week called on Chilean President "
        "Ana Vela to retaliate against Peru for violating the pact."
    )
    events = _events(extractor, text, date(1988, 5, 10))
    assert not [e for e in events if e.type == "REQUEST"]  # the Senate asks its own president


def test_a_bodys_own_meeting_is_no_talks_between_states(extractor: Extractor) -> None:
    text = (
        "Peru opened its bond market. Directors of the Santiago exchange decided at their regular "
        "board meeting late yesterday to list a Peruvian bond contract."
    )
    assert not _events(extractor, text, date(1988, 5, 10))


def test_an_organisation_found_once_is_one_where_the_model_misses_it(
    extractor: Extractor,
) -> None:
    text = (
        "The loan will be guaranteed by SACE, the official Italian export credit agency. The "
        "financing follows a bilateral agreement between Peru and SACE earlier this year."
    )
    (agreement,) = _events(extractor, text, date(1988, 5, 10))
    assert (agreement.type, set(agreement.countries)) == ("AGREE", {"PER", "ITA"})


def test_discussing_with_a_party_is_a_meeting(extractor: Extractor) -> None:
    published = date(2023, 10, 12)  # a Thursday
    text = (
        "Chilean President Ana Vela and Peruvian President Luis Ortega discussed regional "
        "security by phone on Monday."
    )
    (call,) = _events(extractor, text, published)
    assert (call.mode, call.countries, call.date) == ("phone", ("CHL", "PER"), "2023-10-09")
    # no party, no meeting
    assert not _events(
        extractor, "The Chilean minister discussed the issue with reporters.", published
    )


def test_verbs_of_criticism_are_accusations_in_articles(extractor: Extractor) -> None:
    published = date(1988, 5, 10)
    (accusal,) = _events(
        extractor, "Lima slammed the Chilean decision to raise tariffs.", published
    )
    assert (accusal.type, accusal.countries) == ("ACCUSE", ("PER", "CHL"))
    assert not _events(extractor, "Critics hit out at the plan, analysts said.", published)


def test_the_heads_of_state_are_the_two_leaders(extractor: Extractor) -> None:
    text = (
        "Chilean President Ana Vela arrived in Lima on a state visit at the invitation of "
        "Peruvian President Luis Ortega on October 10. During the talks, the heads of state "
        "discussed trade and transit."
    )
    meeting = _one(_events(extractor, text, date(2023, 10, 12)), "CONSULT", "meet")
    assert set(meeting.people) == {"Ana Vela", "Luis Ortega"}
    assert meeting.date == "2023-10-10"


def test_a_definite_meeting_without_parties_points_back(extractor: Extractor) -> None:
    text = (
        "Chile's copper exports to Peru rose. European Community finance ministers meet in "
        "Belgium this weekend. Belgian Finance Minister Mark Eyskens said he hoped for an "
        "agreement on the currency system at the weekend meeting."
    )
    events = _events(extractor, text, date(1987, 3, 26))
    assert [e.mode for e in events if e.type == "CONSULT"] == ["multilateral"]  # no CHL-PER talks


def test_a_day_deep_in_a_documents_phrase_is_not_its_name(extractor: Extractor) -> None:
    text = "Chile and Peru signed an agreement on the mutual protection of investments on Tuesday."
    (signing,) = _events(extractor, text, date(2023, 6, 15))
    assert signing.agreement == "agreement on the mutual protection of investments"
    assert signing.date == "2023-06-13"


def test_the_dateline_is_where_from_not_who(extractor: Extractor) -> None:
    text = (
        "LIMA - Chilean Foreign Minister Ana Vela discussed the border with Bolivian and "
        "Argentine officials at a regional conference."
    )
    (meeting,) = _events(extractor, text, date(1988, 5, 10))
    assert set(meeting.countries) == {"CHL", "BOL", "ARG"}  # not Peru


def test_two_people_of_one_state_meet_at_home(extractor: Extractor) -> None:
    text = (
        "Copper prices fell in Peru. Chilean Mining Minister Ana Vela told reporters after "
        "meeting with Chilean President Pablo Soto that the market was weak."
    )
    assert not [e for e in _events(extractor, text, date(1988, 5, 10)) if e.type == "CONSULT"]


def test_money_named_by_a_country_is_no_party(extractor: Extractor) -> None:
    text = (
        "Peru's trade deficit widened. Andina Foods Ltd said it had signed for a 100 mln U.S. "
        "dollar revolving euronote facility."
    )
    assert not _events(extractor, text, date(1988, 5, 10))
    # goods keep their country: the tariffs target Peru
    (sanction,) = _events(
        extractor, "Chile imposed tariffs on Peruvian goods on Friday.", date(1988, 5, 10)
    )
    assert sanction.countries == ("CHL", "PER")


def test_declining_to_give_details_refuses_nobody(extractor: Extractor) -> None:
    text = "Chile and Peru held talks on fishing. But they declined disclosure of any details."
    assert [e.type for e in _events(extractor, text, date(1988, 5, 10))] == ["CONSULT"]


def test_a_thing_greeted_or_a_delayed_departure_is_no_event(extractor: Extractor) -> None:
    published = date(2007, 10, 17)
    text = (
        "The new airliner was greeted at the airport by some 400 guests, including the Prime "
        "Minister of Singapore, Lee Hsien Loong."
    )
    assert not _events(extractor, text, published)
    text = "The departure of the airliner on a tour of Asia and Australia has been delayed."
    assert not _events(extractor, text, published)
    # a person greeted is a meeting
    text = "Chilean President Ana Vela was received by Peruvian President Luis Ortega in Lima."
    (meeting,) = _events(extractor, text, date(1988, 5, 10))
    assert meeting.countries == ("CHL", "PER")


def test_an_act_in_a_clause_of_condition_is_a_case_not_an_event(extractor: Extractor) -> None:
    # "if ..." puts a case: the act in it did not happen; the hostile main clause is a threat
    text = (
        "Chile and Peru held talks on fishing rights in Lima on Monday. If the United States "
        "imposed sanctions on Peru, Lima would expel American diplomats, the minister said. "
        "Peru will retaliate if Chile attacks Peruvian fishing boats again, he added."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert not [e for e in events if e.type in ("SANCTION", "ASSAULT")], events
    assert {e.countries for e in events if e.type == "THREATEN"} == {("PER", "USA"), ("PER", "CHL")}


def test_an_undated_guess_with_could_is_no_event(extractor: Extractor) -> None:
    text = (
        "Chile and Peru held talks on fishing rights in Lima on Monday. The Peruvian trade "
        "minister expressed hope that Lima and Santiago could reach a compromise soon."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert [e.type for e in events] == ["CONSULT"], events


def test_a_dated_may_stays_a_plan(extractor: Extractor) -> None:
    text = (
        "Chile and Peru held talks on fishing rights in Lima on Monday. The Chilean president "
        "may visit Peru next month, officials said."
    )
    visit = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "visit")
    assert (visit.status, visit.date) == ("planned", "1992-06")


def test_a_gathering_named_by_where_it_meets_is_no_party(extractor: Extractor) -> None:
    # "the Uruguay round", "the failed London talks": where, not who
    text = (
        "Kenya and Britain held talks on coffee quotas in London on Monday. The Kenyan minister "
        "strongly backed the Uruguay round of trade talks."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert not [e for e in events if "URY" in e.countries], events
    text = (
        "NAIROBI, May 6 - Kenyan Agriculture Minister Peter Otieno predicted that tea prices "
        "would recover by July. He told reporters here at his return from the failed London "
        "talks that producers would stay united."
    )
    assert not _events(extractor, text, date(1992, 5, 6))


def test_a_city_named_gathering_does_not_make_the_article_about_its_state(
    extractor: Extractor,
) -> None:
    text = "Kenya said it would honour the Paris accord. The Paris accord covers coffee prices."
    mentions = _mentions(extractor, text, date(1992, 5, 6))
    paris = [a for written, a in mentions if written == "Paris"]
    assert paris and all(a.kind == "place" and a.country is None for a in paris)
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if "FRA" in e.countries]


def test_members_attending_the_meeting_join_the_summit_told(extractor: Extractor) -> None:
    text = (
        "Finance ministers of the Group of Seven will meet in Rome on Thursday, officials said. "
        "The Canadian Finance Minister Paul Girard and the Italian Treasury Minister Marco "
        "Bellini will also attend the meeting. The G-7 meeting comes a week before the IMF "
        "talks."
    )
    events = [e for e in _events(extractor, text, date(1992, 5, 4)) if e.type == "CONSULT"]
    summit = _one(events, "CONSULT", "multilateral")
    assert (summit.status, summit.date) == ("planned", "1992-05-07")
    assert set(summit.people) == {"Paul Girard", "Marco Bellini"}
    assert not [e for e in events if e.mode == "meet"], events


def test_they_of_a_clause_hung_on_other_people_is_not_the_pair(extractor: Extractor) -> None:
    # "they" is the report's two sides only where nobody else is the main clause's subject
    text = (
        "Chile and Peru discussed the return of funds on Friday. Bankers, worried about calls "
        "for curbs on Chile's banking secrecy, are likely to propose a compromise when they "
        "meet regulators next week. The two sides will meet again in June, and they will sign "
        "an accord then."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert sorted((e.type, e.status, e.date) for e in events) == [
        ("AGREE", "planned", "1992-06"),
        ("CONSULT", "occurred", "1992-05-01"),
        ("CONSULT", "planned", "1992-06"),
    ], events


def test_some_countries_are_not_the_two_countries(extractor: Extractor) -> None:
    # a bare plural ("a group of countries which fear retaliation") is not "the countries"
    text = (
        "Chile and Peru discussed the return of funds on Friday. The tax is opposed by a group "
        "of countries which fear retaliation by Peru."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.type == "REJECT"]


def test_speaking_by_telephone_to_a_reporter_is_no_call(extractor: Extractor) -> None:
    # one speaker "by telephone" is an interview; a call needs a joint subject or the other party
    text = (
        "LIMA, May 6 - Peruvian fishmeal group president Mario Quispe welcomed a Chilean "
        "decision on fish imports. Speaking by telephone from Lima, Quispe said the Chilean "
        "government had recognised the honesty of Peruvian exporters."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.mode == "phone"]
    text = "Chilean President Jorge Alvarez and Peruvian President Luis Vargas spoke by telephone."
    assert _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "phone")


def test_companies_the_wire_marks_do_not_act_for_their_states(extractor: Extractor) -> None:
    text = (
        "Chile's <Andes Copper Ltd> is in advanced negotiations with Peru's <Inca Mining Corp>, a "
        "spokesman said. <Pacific Salmon Inc>, the Peruvian subsidiary of Chile's <Sur Holdings>, "
        "has signed for a 20 mln dlr loan. Chile and Peru are at odds over fishing."
    )
    assert not _events(extractor, text, date(1992, 5, 6))


def test_ships_cargo_and_money_make_no_visit(extractor: Extractor) -> None:
    text = (
        "VALPARAISO, May 6 - The Peruvian tanker Inti and the Chilean freighter Maule collided "
        "last night. The Peruvian vessel was ending a voyage to Valparaiso. About 10 pct of "
        "Chilean investment abroad goes to Peru, officials said."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.mode == "visit"]
    text = (
        "LIMA - Peru has imported 12,000 tonnes of sugar from Cuba, an official said. It arrived "
        "in the port of Callao today and will be sold in markets."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.mode == "visit"]
    text = "A Peruvian trade delegation will travel to Chile next week."
    assert _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "visit")


def test_a_possessive_month_dates_its_meeting(extractor: Extractor) -> None:
    text = "LONDON, March 4 - Prices recovered after last December's OPEC meeting, dealers said."
    summit = _one(_events(extractor, text, date(1987, 3, 4)), "CONSULT", "multilateral")
    assert summit.date == "1986-12"


def test_a_trip_inside_ones_own_state_is_no_visit(extractor: Extractor) -> None:
    text = (
        "WASHINGTON, May 6 - U.S. Agriculture Secretary Carl Ellis said Japan had not asked for "
        "rice. During a day-long visit to Chicago yesterday, Ellis met local farmers."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.mode == "visit"]


def test_money_named_by_a_country_is_no_person_and_no_party(extractor: Extractor) -> None:
    text = (
        "LIMA, May 6 - Peru will receive a grant of 40 mln U.S. Dlrs from Norway under an "
        "agreement signed here on Monday, officials said."
    )
    mentions = _mentions(extractor, text, date(1992, 5, 6))
    assert not [a for _, a in mentions if a.kind == "person"], mentions
    signing = _one(_events(extractor, text, date(1992, 5, 6)), "AGREE", "sign")
    assert set(signing.countries) == {"PER", "NOR"}


def test_a_trip_completed_before_a_planned_one_happened(extractor: Extractor) -> None:
    # "will fly to X on Sunday after having completed a trip to Y": Sunday is X's, Y's is done;
    # a participle of a future verb is as planned as the verb ("will extend his tour, flying")
    text = (
        "Peruvian Finance Minister Luis Vargas will extend his tour, flying to Japan for talks "
        "with officials. Vargas, who is in Rome today, will fly to Tokyo on Sunday, after having "
        "completed a week-long trip to France and Italy."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    done = [e for e in events if e.mode == "visit" and e.countries[1] in ("FRA", "ITA")]
    assert len(done) == 2, events
    assert all((e.status, e.date, e.countries[0]) == ("occurred", "1992-05", "PER") for e in done)
    assert all(e.people == ("Luis Vargas",) for e in done)  # the subject of "after having ..."
    japan = [e for e in events if "JPN" in e.countries]
    assert japan and all(e.status == "planned" for e in japan), japan


def test_talks_on_the_future_of_a_place_that_have_ended_happened(extractor: Extractor) -> None:
    # "the future of X" is a thing's fate, not a time: the talks are not planned
    text = (
        "Talks between Chile and Peru on the future of the border zone have ended and the two "
        "countries will issue a joint statement, officials said."
    )
    talks = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT")
    assert talks.status == "occurred"


def test_a_spokesman_who_reports_an_agreement_is_not_its_party(extractor: Extractor) -> None:
    text = (
        "LIMA - Peru and Chile have reached agreement on a joint venture for a 450 mln dlr "
        "copper smelter in Peru, government spokesman Mario Quispe said."
    )
    agreement = _one(_events(extractor, text, date(1992, 5, 6)), "AGREE")
    assert set(agreement.countries) == {"PER", "CHL"} and agreement.people == ()


def test_an_affair_named_by_a_country_is_no_party(extractor: Extractor) -> None:
    text = (
        "LIMA - A judge dismissed a lawsuit seeking to halt an inquiry into the Chile arms "
        "scandal. Peru and Bolivia are at odds over gas."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if "CHL" in e.countries]


def test_since_bounds_an_event_but_does_not_date_it(extractor: Extractor) -> None:
    text = "Chilean and Peruvian trade ministers will hold talks for the first time since February."
    talks = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT")
    assert (talks.status, talks.date) == ("planned", None)


def test_talks_named_inside_a_condition_are_still_held(extractor: Extractor) -> None:
    # "if he fails in talks tomorrow": the failing is the case put, the talks are told as held
    text = (
        "LIMA - Peruvian Trade Minister Luis Vargas leaves for Santiago today. He said if he "
        "fails in talks with Chilean officials tomorrow to avert duties, he will seek more talks."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert [e.date for e in events if e.mode == "meet"] == ["1992-05-07"], events


def test_what_would_not_be_possible_is_no_event(extractor: Extractor) -> None:
    text = (
        "LIMA - Peruvian President Luis Vargas said that in case of war with Ecuador it would "
        "not be possible for Peru to discuss the future of Chilean bases here."
    )
    assert not _events(extractor, text, date(1992, 5, 6))


def test_a_passive_request_is_made_by_its_agent(extractor: Extractor) -> None:
    text = "Peru has been asked by Chile to open its ports to Chilean fishing boats."
    request = _one(_events(extractor, text, date(1992, 5, 6)), "REQUEST")
    assert request.countries == ("CHL", "PER")


def test_pressing_a_party_is_asking_it(extractor: Extractor) -> None:
    text = (
        "LIMA - Peru and Chile are at odds over fishing. Chile is pressing Peru for faster "
        "action on port fees. Chilean officials pressed the case for open ports."
    )
    requests = [e for e in _events(extractor, text, date(1992, 5, 6)) if e.type == "REQUEST"]
    assert [e.countries for e in requests] == [("CHL", "PER")], requests


def test_an_infinitive_of_purpose_shares_its_verbs_plan(extractor: Extractor) -> None:
    # "would go to Lima in the first half of next month to sign": the signing is ahead too
    text = (
        "SANTIAGO - Chilean President Jorge Alvarez said he would go to Lima in the first half "
        "of next month to formally sign the border agreement with Peru."
    )
    signing = _one(_events(extractor, text, date(1992, 5, 6)), "AGREE", "sign")
    assert signing.status == "planned"


def test_acts_on_two_states_with_no_one_acting_are_no_pair(extractor: Extractor) -> None:
    # the targets of "retaliating against Peru and Bolivia" are not each other's source
    text = (
        "SANTIAGO - The Senate committee approved the farm bill. Urging the government consider "
        "retaliating against Peru and Bolivia if those countries do not lift their duties."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert not [e for e in events if {"PER", "BOL"} <= set(e.countries)], events
    text = "The imposition by Chile of duties on Peruvian and Bolivian fish angered Lima."
    assert [e for e in _events(extractor, text, date(1992, 5, 6)) if e.type == "SANCTION"]


def test_a_digest_items_dateline_is_no_party(extractor: Extractor) -> None:
    text = (
        "LIMA - Peru and Chile are at odds over fishing.\n"
        "BOLIVIA - Peruvian forces have renewed their assault on Chilean lines near Arica."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert events and not [e for e in events if "BOL" in e.countries], events


def test_a_region_of_a_state_is_that_state(extractor: Extractor) -> None:
    text = "BELFAST - A British soldier was shot and seriously hurt in Northern Ireland."
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if "IRL" in e.countries]


def test_private_travellers_are_not_the_speaker(extractor: Extractor) -> None:
    text = (
        "LIMA - Peruvian Planning Minister Luis Vargas said Peruvian businessmen would make "
        "three trips to Chile, Bolivia and Quito."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert all(e.people == () for e in events), events


def test_a_law_is_no_person(extractor: Extractor) -> None:
    text = "LIMA - Peru has criticised the Chilean Fisheries Act, which subsidises Chilean fleets."
    criticism = _one(_events(extractor, text, date(1992, 5, 6)), "ACCUSE")
    assert criticism.people == ()


def test_an_abbreviated_pair_names_two_states(extractor: Extractor) -> None:
    # the tokenizer keeps "U.S.-Peruvian" as one word unless told: two states, not a company
    text = "The U.S.-Peruvian talks on coca resumed in Lima on Monday."
    talks = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT")
    assert set(talks.countries) == {"USA", "PER"}


def test_an_affair_named_by_a_country_and_a_hyphen_is_no_party(extractor: Extractor) -> None:
    text = "Investigators of the Chile-contra scandal met. Peru and Bolivia are at odds."
    mentions = _mentions(extractor, text, date(1992, 5, 6))
    chile = [a for written, a in mentions if written == "Chile"]
    assert chile and all(a.kind == "place" and a.country is None for a in chile), mentions


def test_an_act_done_without_is_not_done(extractor: Extractor) -> None:
    text = (
        "LIMA - Peru and Chile are at odds over fish. An adviser said the two sides should allow "
        "subsidies of up to 2 pct without imposing countervailing duties."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.type == "SANCTION"]


def test_new_england_and_new_south_wales_are_not_britain(extractor: Extractor) -> None:
    text = "Utilities in New England and New South Wales opposed the deal, Canada said."
    mentions = _mentions(extractor, text, date(1992, 5, 6))
    assert {a.country for written, a in mentions if written.startswith("New")} == {"USA", "AUS"}


def test_that_meeting_points_back_and_makes_no_new_pair(extractor: Extractor) -> None:
    text = (
        "LIMA - Peruvian Trade Minister Luis Vargas said a Chilean duty on fishmeal would fail. "
        "Peru and Chile are at odds over fishing. Commenting on that meeting, Vargas said, so "
        "far, so good."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.type == "CONSULT"]


def test_a_surname_with_a_title_in_apposition_is_a_person(extractor: Extractor) -> None:
    text = (
        "LIMA - Finance Minister Luis Vargas said he discussed the debt with Oyarzun yesterday. "
        "Oyarzun, Chile's finance minister, said the talks went well."
    )
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert set(meet.countries) == {"PER", "CHL"}
    assert any("Oyarzun" in p for p in meet.people), meet.people


def test_people_placed_at_a_meeting_told_before_join_it(extractor: Extractor) -> None:
    text = (
        "OSLO - Fisheries ministers from Norway, Iceland, Denmark and Canada met here today. "
        "Norwegian Fisheries Minister Per Lunde told reporters after the meeting that quotas "
        "would fall. Canada's fisheries minister Anne Doucet, speaking on the sidelines of the "
        "meeting, said Canada was pleased. Icelandic minister Jon Haraldsson said before the "
        "meeting that he was hopeful."
    )
    summit = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "multilateral")
    assert {"Per Lunde", "Anne Doucet"} <= set(summit.people)
    assert "Jon Haraldsson" not in summit.people  # "before the meeting" does not place him there


def test_taking_part_in_the_talks_names_their_people(extractor: Extractor) -> None:
    text = (
        "Peru and Chile discussed fishing rights at a meeting in Quito, a Peruvian spokesman "
        "said. Taking part in the talks were Peru's ambassador, Luis Vargas, and the Chilean "
        "deputy minister, Ana Oyarzun."
    )
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert {"Luis Vargas", "Ana Oyarzun"} <= set(meet.people)


def test_a_dinner_given_for_a_guest_is_a_meeting(extractor: Extractor) -> None:
    text = (
        "QUITO - Peruvian President Luis Vargas arrived in Quito on Monday. Ecuadorean President "
        "Jaime Roldos gave a state dinner in honour of Vargas on Tuesday. Speaking at a dinner "
        "in Guayaquil, Vargas said trade would grow."
    )
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert set(meet.countries) == {"PER", "ECU"}
    assert set(meet.people) == {"Luis Vargas", "Jaime Roldos"}
    assert meet.date == "1992-05-05"


def test_an_object_pronoun_is_not_its_own_clause_subject(extractor: Extractor) -> None:
    text = (
        "QUITO - Peruvian President Luis Vargas arrived in Quito on Monday. Ecuadorean President "
        "Jaime Roldos received him at the palace on Tuesday."
    )
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert set(meet.people) == {"Luis Vargas", "Jaime Roldos"}


def test_visiting_before_a_title_names_the_visitor(extractor: Extractor) -> None:
    text = (
        "LIMA - Chile's fishing policy is unfair, visiting Peruvian Trade Minister Luis Vargas "
        "told a news conference in Santiago."
    )
    visit = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "visit")
    assert visit.countries == ("PER", "CHL")
    assert visit.people == ("Luis Vargas",)


def test_the_ministers_after_a_bilateral_meeting_are_its_two(extractor: Extractor) -> None:
    text = (
        "QUITO - Peruvian Foreign Minister Luis Vargas held talks with his Ecuadorean "
        "counterpart Ana Roldos on Tuesday. Following the talks, the ministers signed a "
        "memorandum on border trade."
    )
    sign = _one(_events(extractor, text, date(1992, 5, 6)), "AGREE", "sign")
    assert set(sign.countries) == {"PER", "ECU"}
    assert set(sign.people) == {"Luis Vargas", "Ana Roldos"}
    assert sign.date == "1992-05-05"  # the occasion just told, not the publication day


def test_a_weekday_put_before_a_future_verb_is_ahead(extractor: Extractor) -> None:
    text = (
        "LIMA - A spokesman said that on Thursday and Friday Peruvian Trade Minister Luis "
        "Vargas would meet Chilean Economy Minister Ana Oyarzun."
    )  # published on a Wednesday
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert meet.date == "1992-05-07/1992-05-08"


def test_earlier_in_the_day_is_the_day_just_told(extractor: Extractor) -> None:
    text = (
        "QUITO - Ecuadorean President Jaime Roldos received Peruvian Foreign Minister Luis "
        "Vargas on Monday. Earlier in the day, Vargas held talks with his Ecuadorean "
        "counterpart Ana Oyarzun."
    )
    meets = [e for e in _events(extractor, text, date(1992, 5, 6)) if e.mode == "meet"]
    assert {e.date for e in meets} == {"1992-05-04"}, meets


def test_a_season_agreed_on_is_the_next_one(extractor: Extractor) -> None:
    text = (
        "QUITO - Peru and Ecuador signed a trade accord on Monday. The sides also agreed to "
        "hold the next meeting of their joint economic commission in Lima in the autumn."
    )
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert meet.status == "planned" and meet.date == "1992-09/1992-11"


def test_a_fraction_of_exports_makes_no_visit(extractor: Extractor) -> None:
    text = "Chile exported 2 mln tonnes of copper last year, with nearly a third going to Peru."
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.mode == "visit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vargas confirmed an invitation to the Ecuadorean leader to pay an official visit to "
        "Lima next year.",
        "Vargas handed Roldos an invitation from the Peruvian president to visit Lima.",
        "Vargas extended an invitation to Roldos to visit Lima.",
    ],
)
def test_the_one_invited_is_the_visitor(extractor: Extractor, sentence: str) -> None:
    text = (
        "QUITO - Peruvian Foreign Minister Luis Vargas met Ecuadorean President Jaime Roldos on "
        "Tuesday. " + sentence
    )
    visit = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "visit")
    assert visit.countries == ("ECU", "PER")
    assert visit.people == ("Jaime Roldos",)
    assert visit.status == "planned"


def test_sanctions_on_a_countrys_firms_are_against_that_country(extractor: Extractor) -> None:
    text = (
        "LIMA - Peru imposed sanctions on two Chilean fishing companies over catches in its "
        "waters, the trade ministry said on Monday."
    )
    sanction = _one(_events(extractor, text, date(1992, 5, 6)), "SANCTION")
    assert sanction.countries == ("PER", "CHL")


def test_firms_that_accuse_a_state_make_no_state_event(extractor: Extractor) -> None:
    text = "LIMA - Chilean exporters accused Peru of dumping fishmeal and asked Santiago to act."
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.type == "ACCUSE"]


def test_rejecting_the_allegations_answers_the_accuser(extractor: Extractor) -> None:
    text = (
        "LIMA - Chile accused Peru on Monday of sheltering smugglers. Peru rejected the "
        "allegations as absurd."
    )
    reject = _one(_events(extractor, text, date(1992, 5, 6)), "REJECT")
    assert reject.countries == ("PER", "CHL")


def test_an_expelled_diplomat_is_not_the_leader_named_next(extractor: Extractor) -> None:
    text = (
        "LIMA - Peru expelled a Chilean diplomat on Tuesday. Chilean President Jaime Roldos said "
        "on Monday that Peru had sheltered smugglers."
    )
    sanction = _one(_events(extractor, text, date(1992, 5, 6)), "SANCTION")
    assert sanction.people == ()


def test_what_is_discussed_is_no_party(extractor: Extractor) -> None:
    text = (
        "QUITO - Peruvian President Luis Vargas met Ecuadorean President Jaime Roldos on Monday. "
        "The two leaders also discussed a railway and Chilean fishing in the Pacific."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert not [e for e in events if "CHL" in e.countries], events


def test_a_participle_after_an_infinitive_tells_of_the_main_clause(
    extractor: Extractor,
) -> None:
    text = (
        "QUITO - Peruvian President Luis Vargas and Ecuadorean President Jaime Roldos agreed on "
        "Monday to expand border trade, meeting on the sidelines of a regional summit in Quito."
    )
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert meet.status == "occurred" and meet.date == "1992-05-04"


def test_a_possessor_in_the_subject_may_be_the_object_pronoun(extractor: Extractor) -> None:
    text = (
        "LIMA - Chilean President Jaime Roldos met Peruvian President Luis Vargas on Monday. "
        "Members of Vargas's party urged him to call an early election."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert not [e for e in events if e.type == "REQUEST"], events  # his own party, at home


def test_the_country_after_a_name_beats_a_dateline_before_its_title(
    extractor: Extractor,
) -> None:
    text = "LIMA - King Carlos of Spain arrived on Monday for a three-day state visit."
    visit = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "visit")
    assert visit.countries == ("ESP", "PER")


def test_dealings_with_a_countrys_firms_are_no_hostile_act(extractor: Extractor) -> None:
    text = "LIMA - The central bank of Peru had made inquiries with Chilean banks, dealers said."
    assert not _events(extractor, text, date(1992, 5, 6))


def test_they_who_met_discuss_a_third_country_as_a_topic(extractor: Extractor) -> None:
    text = (
        "LIMA - Peruvian Trade Minister Luis Vargas met Chilean Economy Minister Ana Oyarzun on "
        "Monday. In particular, they discussed Bolivia's debt moratorium."
    )
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert set(meet.countries) == {"PER", "CHL"}


def test_a_joint_statement_adopted_is_an_agreement(extractor: Extractor) -> None:
    text = (
        "QUITO - Peruvian President Luis Vargas held talks with Ecuadorean President Jaime "
        "Roldos on Monday. The presidents adopted a joint statement on border trade."
    )
    agree = _one(_events(extractor, text, date(1992, 5, 6)), "AGREE")
    assert set(agree.countries) == {"PER", "ECU"} and agree.date == "1992-05-04"
    one_side = "LIMA - Peru's Congress adopted a statement on the budget."
    assert not _events(extractor, one_side, date(1992, 5, 6))


def test_declining_to_discuss_the_two_countries_is_no_refusal(extractor: Extractor) -> None:
    text = (
        "LIMA - Peruvian Trade Minister Luis Vargas met Chilean officials on Monday. He said he "
        "would meet the Chilean delegation again but declined to discuss ways of easing the "
        "strain between the two countries."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.type == "REJECT"]


def test_the_heads_of_an_office_are_not_the_leaders(extractor: Extractor) -> None:
    text = (
        "LIMA - Peruvian President Luis Vargas spoke on Monday. The heads of the central banks "
        "of Peru and Chile met in Lima yesterday. Reports said the two central bank heads "
        "discussed ways of steadying their currencies."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert not [e for e in events if "Luis Vargas" in e.people], events


def test_a_name_before_a_title_in_apposition_is_a_person(extractor: Extractor) -> None:
    text = (
        "LIMA - Chilean Foreign Minister Ana Oyarzun held talks with Peruvian officials on "
        "Tuesday. Vargas, Peru's foreign minister, told reporters after the talks that ties "
        "were good. Trade with Chile, the finance minister said, grew."
    )
    meet = _one(_events(extractor, text, date(1992, 5, 6)), "CONSULT", "meet")
    assert "Vargas" in " ".join(meet.people)
    kinds = {
        a.kind for written, a in _mentions(extractor, text, date(1992, 5, 6)) if written == "Chile"
    }
    assert kinds == {"country"}  # a country before a title stays a country


def test_wanting_a_party_to_act_asks_it(extractor: Extractor) -> None:
    text = "LIMA - Chile wants Peru to open its ports to Chilean fishing boats, officials said."
    request = _one(_events(extractor, text, date(1992, 5, 6)), "REQUEST")
    assert request.countries == ("CHL", "PER")
    assert not [
        e for e in _events(extractor, "LIMA - Chile wants to open its ports.", date(1992, 5, 6))
    ]


def test_what_is_asked_is_not_the_one_asked(extractor: Extractor) -> None:
    text = (
        "LIMA - Peru, seeking to reschedule its debt, wants to pay the London interbank rate in "
        "cash, bankers in London said. Peru Sugar SA has signed up Chilean growers to grow "
        "beet."
    )
    assert not _events(extractor, text, date(1992, 5, 6))


def test_what_another_state_must_do_is_a_demand(extractor: Extractor) -> None:
    text = "LIMA - Chilean officials said Peru must open its ports to Chilean fishing boats."
    events = _events(extractor, text, date(1992, 5, 6))
    assert _one(events, "REQUEST").countries == ("CHL", "PER")
    assert len(events) == 1  # the opening is asked for, not planned by Peru
    for other in (
        "LIMA - Peruvian officials said Peru must open its ports.",  # one state
        "LIMA - Analysts said Peru should open its ports.",  # nobody's state
        "LIMA - Chilean banks said Peru must open its ports.",  # firms
        "LIMA - The Chilean Fishing Act says Peru must open its ports.",  # a law
    ):
        assert not [e for e in _events(extractor, other, date(1992, 5, 6)) if e.type == "REQUEST"]


def test_a_joint_body_of_two_states_meets_for_them(extractor: Extractor) -> None:
    text = (
        "LIMA - Peruvian President Luis Vargas spoke by telephone with Ecuadorean President "
        "Jaime Roldos on Monday. The leaders discussed preparations for the upcoming meeting of "
        "the Intergovernmental Commission, scheduled for next month in Quito."
    )
    planned = [e for e in _events(extractor, text, date(1992, 5, 6)) if e.status == "planned"]
    assert [(e.type, e.mode, set(e.countries), e.date) for e in planned] == [
        ("CONSULT", "meet", {"PER", "ECU"}, "1992-06")
    ]


def test_an_organisations_officer_acts_for_no_state(extractor: Extractor) -> None:
    text = (
        "World Bank President Ana Oyarzun ended a three-day visit to Lima on Tuesday. Oyarzun "
        "said that in meetings with President Luis Vargas she had urged reform. Chile's "
        "export bank lent Peru 300 mln dlrs last month."
    )
    events = _events(extractor, text, date(1992, 5, 6))
    assert not [e for e in events if e.type == "CONSULT"], events
    article = Article(id="t", published_on=date(1992, 5, 6), title="", text=text, content_hash="")
    doc = parse_one(extractor.lex.nlp, text)
    people = extractor.context(article, doc).actors.people
    assert people["Ana Oyarzun"].officer and not people["Luis Vargas"].officer


def test_a_thing_of_a_state_is_no_one_to_demand_of(extractor: Extractor) -> None:
    text = (
        "LIMA - Peruvian President Luis Vargas said the Chilean decision to raise tariffs on "
        "Peruvian goods should help Peru's exporters look elsewhere."
    )
    assert not [e for e in _events(extractor, text, date(1992, 5, 6)) if e.type == "REQUEST"]


def test_an_attack_coordinated_with_another_noun_is_carried(extractor: Extractor) -> None:
    text = "QUITO - Peru launched a massive missile and drone attack on Ecuadorean towns on Monday."
    assault = _one(_events(extractor, text, date(1992, 5, 6)), "ASSAULT")
    assert assault.countries == ("PER", "ECU") and assault.date == "1992-05-04"


def test_condemning_the_strikes_answers_the_attacker(extractor: Extractor) -> None:
    text = (
        "QUITO - Peru launched a rocket attack on Ecuadorean towns on Monday. Ecuadorean "
        "President Jaime Roldos condemned the strikes."
    )
    accuse = _one(_events(extractor, text, date(1992, 5, 6)), "ACCUSE")
    assert accuse.countries == ("ECU", "PER")


def test_summoning_an_ambassador_to_protest_protests_to_his_state(extractor: Extractor) -> None:
    text = (
        "QUITO - Ecuador summoned the Peruvian ambassador in Quito to protest against the "
        "border raids, the foreign ministry said."
    )
    protest = _one(_events(extractor, text, date(1992, 5, 6)), "PROTEST")
    assert protest.countries == ("ECU", "PER")


def test_a_repeat_of_a_meeting_keeps_the_meetings_place(extractor: Extractor) -> None:
    text = (
        "QUITO - Peruvian Foreign Minister Luis Vargas, winding up a two-day visit to Quito, "
        "said he had held talks with Ecuadorean President Jaime Roldos. The meetings with "
        "Ecuadorean officials are part of a routine Peru-Ecuador consultation but are also "
        "expected to lay the groundwork for a summit in Lima next month."
    )
    occurred = [e for e in _events(extractor, text, date(1992, 5, 6)) if e.status == "occurred"]
    assert {e.place for e in occurred if e.mode == "meet"} <= {"Quito", None}, occurred


def test_a_capital_acts_for_the_state_of_the_articles_day(extractor: Extractor) -> None:
    text = "LONDON - Moscow warned Washington against deploying missiles in Europe."
    threat = _one(_events(extractor, text, date(1987, 4, 8)), "THREATEN")
    assert threat.countries == ("SUN", "USA")  # Moscow was the Soviet Union's capital then
    later = _one(_events(extractor, text, date(2023, 4, 8)), "THREATEN")
    assert later.countries == ("RUS", "USA")


def test_a_head_of_state_known_by_one_name_is_of_his_state(extractor: Extractor) -> None:
    # a mononymous holder in office_holders.csv: the minister's meeting with him is at home,
    # not talks with the country the sentence goes on to name
    text = (
        "Indonesian Mines Minister Ginandjar said after meeting President Suharto on Friday "
        "that tin shipments to the U.S. and Japan would recover this year."
    )
    assert not [e for e in _events(extractor, text, date(1989, 5, 8)) if e.type == "CONSULT"]


def test_talks_held_by_an_organisations_ministers_are_its_meeting(extractor: Extractor) -> None:
    text = (
        "Oil ministers of the Gulf Cooperation Council concluded talks in Muscat on Sunday. "
        "The meeting discussed output quotas."
    )
    meeting = _one(_events(extractor, text, date(1988, 11, 14)), "CONSULT", "multilateral")
    assert {"SAU", "KWT", "OMN"} <= set(meeting.countries)
    assert meeting.date == "1988-11-13" and meeting.status == "occurred"


def test_a_summit_scheduled_to_be_held_is_planned(extractor: Extractor) -> None:
    # the participle hangs on the noun the trigger modifies, and "to be held" only holds it
    text = (
        "Officials said the plan may go to a Gulf Cooperation Council summit conference "
        "scheduled to be held in Kuwait in December. Oman agreed."
    )
    summit = _one(_events(extractor, text, date(1988, 9, 5)), "CONSULT", "multilateral")
    assert summit.status == "planned" and summit.date == "1988-12"


def test_a_summit_with_its_own_date_is_no_guess_of_the_clause(extractor: Extractor) -> None:
    # "could be put to" is the guess; the summit planned for a date is arranged
    text = (
        "Bankers said the currency plan could be put to a Gulf Cooperation Council summit "
        "planned for November. Qatar agreed."
    )
    summit = _one(_events(extractor, text, date(1988, 9, 5)), "CONSULT", "multilateral")
    assert summit.status == "planned" and summit.date == "1988-11"


def test_the_one_called_on_to_meet_holds_the_meeting(extractor: Extractor) -> None:
    # object control through a preposition: the body called on convenes, not the speaker;
    # and what is asked for is no plan
    text = (
        "Kenya was unhappy with the failed tea talks in Geneva. Tanzanian Trade Minister Juma "
        "Mwinyi called on the tea council to convene another meeting within a month."
    )
    assert not [e for e in _events(extractor, text, date(1990, 2, 12)) if e.type == "CONSULT"]


def test_talks_a_state_is_urged_to_hold_are_asked_for_not_planned(extractor: Extractor) -> None:
    text = "Norway's foreign minister Kari Lund urged Chile to open talks with Peru on the border."
    events = _events(extractor, text, date(1990, 2, 12))
    assert _one(events, "REQUEST").countries == ("NOR", "CHL")
    assert not [e for e in events if e.type == "CONSULT"]


def test_own_governments_told_to_sign_keep_the_signing_planned(extractor: Extractor) -> None:
    text = (
        "Presidents Ana Roldos of Ecuador and Luis Vargas of Peru met in Quito on Monday. "
        "They told their governments to speed up the signing of a fisheries accord."
    )
    signing = _one(_events(extractor, text, date(1990, 2, 14)), "AGREE")
    assert signing.status == "planned"


def test_a_year_naming_a_thing_does_not_date_the_talks(extractor: Extractor) -> None:
    text = (
        "European Community fisheries ministers left the fleets in limbo today by ending talks on "
        "1991/92 cod quotas without agreement, Norway's Kari Lund said."
    )
    talks = _one(_events(extractor, text, date(1990, 11, 20)), "CONSULT", "multilateral")
    assert talks.date == "1990-11-20" and talks.status == "occurred"


def test_a_guess_on_the_verb_above_an_infinitive_is_a_guess(extractor: Extractor) -> None:
    text = (
        "Traders said oil ministers of the Gulf Cooperation Council might have to meet again "
        "to discuss prices. Kuwait denied it."
    )
    assert not [e for e in _events(extractor, text, date(1988, 9, 5)) if e.type == "CONSULT"]


def test_countries_a_meeting_verb_takes_are_parties_not_its_place(extractor: Extractor) -> None:
    text = (
        "Exports are slowing, the Chilean trade chief Rosa Vidal said. Vidal told reporters "
        "after meeting U.S., Japanese and Canadian trade ministers that quotas must go."
    )
    meeting = _one(_events(extractor, text, date(1989, 6, 6)), "CONSULT")
    assert {"USA", "JPN", "CAN"} <= set(meeting.countries)
    assert meeting.place is None


def test_a_titled_reference_is_the_one_last_named_with_that_title(
    extractor: Extractor,
) -> None:
    # "the finance minister" after two finance ministers is the one just told of; "the envoy"
    # is the person titled envoy, not the last foreigner
    text = (
        "Chilean Finance Minister Pablo Soto arrived in Tokyo on Monday, Japanese officials "
        "said. He will see Japanese Finance Minister Kenji Ota on Tuesday. Japan is Chile's "
        "largest copper buyer. Soto said the visit was useful. The finance minister later "
        "flew to Seoul for talks with South Korean officials. Japan's special "
        "envoy Hiro Sato visited Santiago last month. During his visit the envoy met "
        "Chilean President Ana Roldos."
    )
    events = _events(extractor, text, date(1989, 6, 6))
    seoul = [e for e in events if e.mode == "visit" and e.place == "Seoul"]
    assert seoul and seoul[0].people == ("Pablo Soto",) and seoul[0].countries == ("CHL", "KOR")
    meeting = [e for e in events if e.mode == "meet" and "Ana Roldos" in e.people]
    assert meeting and "Hiro Sato" in meeting[0].people


def test_a_meeting_during_a_visit_told_before_takes_its_date(extractor: Extractor) -> None:
    text = (
        "Japanese envoy Hiro Sato visited Santiago last month. During his visit he met Chilean "
        "President Ana Roldos."
    )
    meeting = _one(_events(extractor, text, date(1989, 6, 6)), "CONSULT", "meet")
    assert meeting.date == "1989-05" and set(meeting.people) == {"Hiro Sato", "Ana Roldos"}


def test_a_day_as_possessor_dates_the_meeting_and_owns_nothing(extractor: Extractor) -> None:
    text = (
        "Bond prices were steady, dealers said. Few traders would take positions ahead of "
        "today's meeting of Group of Seven finance ministers in Rome."
    )
    meeting = _one(_events(extractor, text, date(1991, 9, 20)), "CONSULT", "multilateral")
    assert meeting.date == "1991-09-20" and {"ITA", "JPN", "CAN"} <= set(meeting.countries)


def test_a_hyphenated_given_name_is_part_of_the_name(extractor: Extractor) -> None:
    # the model stops at "In", which it also reads as a preposition
    text = "South Korean Trade Minister Han In-su will resist pressure for a revaluation."
    names = [a.code for _, a in _mentions(extractor, text, date(1991, 9, 20)) if a.kind == "person"]
    assert "Han In-su" in names


def test_the_president_of_a_bank_is_no_head_of_state(extractor: Extractor) -> None:
    text = (
        "Chilean central bank head Luis Vargas held talks in Santiago yesterday with the "
        "president of the Peruvian central bank Rosa Ortiz, a spokesman said."
    )
    talks = _one(_events(extractor, text, date(1990, 5, 3)), "CONSULT")
    assert talks.countries == ("CHL", "PER")
    assert not {"Alberto Fujimori", "Alan García"} & set(talks.people)


def test_a_body_meeting_under_a_ministers_chairmanship_is_its_own_session(
    extractor: Extractor,
) -> None:
    text = (
        "The general assembly of the Arab Mining Company met in Amman under the chairmanship "
        "of Kuwait's Oil Minister, Ali Khalifa. Profits rose last year."
    )
    assert not [e for e in _events(extractor, text, date(1990, 5, 3)) if e.type == "CONSULT"]


def test_talks_of_two_states_held_under_a_chair_keep_the_chair(extractor: Extractor) -> None:
    # the guard of the rule above: a meeting (no body as subject) presided by a party's
    # official is that party's
    text = (
        "Chilean Deputy Foreign Minister Pablo Soto met Peru's Deputy Foreign Minister Rosa "
        "Ortiz in Lima on Monday. The meeting was held under the chairmanship of Soto."
    )
    talks = _one(_events(extractor, text, date(1990, 5, 3)), "CONSULT", "meet")
    assert {"Pablo Soto", "Rosa Ortiz"} <= set(talks.people)


def test_opening_the_meeting_refers_to_the_meeting_held_not_one_planned(
    extractor: Extractor,
) -> None:
    text = (
        "Oil ministers of the Gulf Cooperation Council opened a two-day meeting in Doha. Any "
        "decision will go to a Gulf Cooperation Council summit due in Oman late this year. "
        "Opening the meeting, Khalid al-Mana, Qatar's Minister of State for Energy, said "
        "output was steady."
    )
    events = _events(extractor, text, date(1990, 5, 3))
    held = [e for e in events if e.mode == "multilateral" and e.status == "occurred"]
    planned = [e for e in events if e.mode == "multilateral" and e.status == "planned"]
    assert held and "Khalid al-Mana" in held[0].people
    assert planned and not planned[0].people


def test_a_meeting_dated_before_publication_was_held_whatever_the_clause(
    extractor: Extractor,
) -> None:
    # a clause of purpose ("to keep the rates agreed at ...") is no plan for a past meeting
    text = (
        "Dealers said central banks were buying dollars to keep the rates agreed at last "
        "month's meeting of the Group of Seven in Rome."
    )
    meeting = _one(_events(extractor, text, date(1991, 3, 12)), "CONSULT", "multilateral")
    assert meeting.status == "occurred" and meeting.date == "1991-02"


def test_what_is_sought_from_a_state_is_asked_of_it(extractor: Extractor) -> None:
    events = _events(
        extractor, "Chile sought guarantees from Peru about the border.", date(1990, 5, 3)
    )
    assert _one(events, "REQUEST").countries == ("CHL", "PER")
    events = _events(extractor, "Bolivia asked Brazil for new credits.", date(1990, 5, 3))
    assert _one(events, "REQUEST").countries == ("BOL", "BRA")
    text = "Chilean officials sought to convince Peru that the accord was working. It was not."
    assert not [e for e in _events(extractor, text, date(1990, 5, 3)) if e.type == "REQUEST"]


def test_calling_a_state_a_partner_asks_nothing_of_it(extractor: Extractor) -> None:
    # "call_on" needs its "on" as the verb's own: here it belongs to what Chile is called
    text = (
        "Peru's minister Rosa Ortiz called Chile a very important partner for Peru, not least "
        "on regional matters."
    )
    assert not [e for e in _events(extractor, text, date(1990, 5, 3)) if e.type == "REQUEST"]


def test_they_in_a_reported_clause_are_the_reporting_officials(extractor: Extractor) -> None:
    text = "Chilean officials said they would ask Peru to reopen the border. Lima refused."
    request = _one(_events(extractor, text, date(1990, 5, 3)), "REQUEST")
    assert request.countries == ("CHL", "PER")


def test_telling_a_capital_it_must_act_is_a_demand_of_its_state(extractor: Extractor) -> None:
    text = "Santiago has told Lima it must reopen the border crossings. Peru refused."
    assert _one(_events(extractor, text, date(1990, 5, 3)), "REQUEST").countries == ("CHL", "PER")
    text = "Chilean officials said Lima must reopen the border crossings. Peru refused."
    assert _one(_events(extractor, text, date(1990, 5, 3)), "REQUEST").countries == ("CHL", "PER")


def test_calling_for_a_state_to_act_asks_it_and_a_text_asks_nothing(
    extractor: Extractor,
) -> None:
    text = "Chile called for Peru to reopen the border. Santiago said so on Friday."
    assert _one(_events(extractor, text, date(1990, 5, 3)), "REQUEST").countries == ("CHL", "PER")
    text = (
        "Chilean officials said the new fisheries pact calls for Peru to cut its catch. Lima "
        "agreed."
    )
    assert not [e for e in _events(extractor, text, date(1990, 5, 3)) if e.type == "REQUEST"]


def test_a_word_capitalised_after_us_is_parsed_as_written_lower_and_cited_as_written(
    extractor: Extractor,
) -> None:
    # old wire copy capitalises the word after "U.S." as if a sentence ended there
    text = (
        "U.S. And Chilean officials met in Santiago last week to discuss copper quotas. Chile "
        "has often called on the U.S. To cut its tariffs."
    )
    article = Article(id="t", published_on=date(1988, 6, 8), title="", text=text, content_hash="")
    found = extractor.extract(article)
    meeting = _one(list(found.events), "CONSULT")
    assert set(meeting.countries) == {"USA", "CHL"} and meeting.date == "1988-05-30/1988-06-05"
    assert meeting.evidence.sentence.startswith("U.S. And Chilean officials")
    request = _one(list(found.events), "REQUEST")
    assert request.countries == ("CHL", "USA") and "U.S. To cut" in request.evidence.sentence
    assert [s.text for s in found.sentences] == [
        text[s.start : s.end] for s in found.sentences
    ] and len(found.sentences) == 2


def test_a_capital_of_the_articles_day_acts_for_its_state(extractor: Extractor) -> None:
    text = "Bonn has called on Paris to cut interest rates. It said so on Monday."
    assert _one(_events(extractor, text, date(1987, 10, 20)), "REQUEST").countries == (
        "DEU",
        "FRA",
    )


def test_talks_called_off_are_no_event(extractor: Extractor) -> None:
    # a phrasal verb of cancelling, written verb_particle in words.denying
    for text in (
        "Chile called off the talks with Peru. It gave no reason.",
        "Chile called the talks with Peru off. It gave no reason.",
    ):
        assert not [e for e in _events(extractor, text, date(1990, 5, 3)) if e.type == "CONSULT"]


def test_talks_asked_for_are_a_request_to_the_other_party_not_planned_talks(
    extractor: Extractor,
) -> None:
    # the event noun a verb of asking takes is what is requested; its "with" party is asked
    for text in (
        "Chile asked for talks with Peru on the fishing dispute. Lima has not replied.",
        "Chile has sought a meeting with Peru on the fishing dispute. Lima has not replied.",
        "Chile urged talks with Peru on the fishing dispute. Lima has not replied.",
    ):
        found = _events(extractor, text, date(1990, 5, 3))
        assert _one(found, "REQUEST").countries == ("CHL", "PER"), text
        assert not [e for e in found if e.type == "CONSULT"], text
    # guard: "called a meeting" convenes it (the object of "call" is not what is asked)
    text = "Chile called a meeting with Peru for next week. Lima agreed to attend."
    found = _events(extractor, text, date(1990, 5, 3))
    assert _one(found, "CONSULT").status == "planned"


def test_an_explanation_asked_for_from_a_capital_is_asked_of_its_state(
    extractor: Extractor,
) -> None:
    text = "Chilean President Patricio Aylwin asked for an explanation from Lima. Peru was silent."
    request = _one(_events(extractor, text, date(1990, 5, 3)), "REQUEST")
    assert request.countries == ("CHL", "PER")


def test_a_year_before_a_noun_names_the_thing_and_does_not_date_the_event(
    extractor: Extractor,
) -> None:
    text = (
        "Chile's delegate Carlos Soto made the appeal to Peru at a meeting that reviews the "
        "1952 fishing treaty. Lima said it would study it."
    )
    request = _one(_events(extractor, text, date(1990, 5, 3)), "REQUEST")
    assert request.date == "1990-05-03"


def test_an_organisations_officer_titled_in_lower_case_acts_for_no_state(
    extractor: Extractor,
) -> None:
    # a former prime minister (office_holders.csv) now titled "EU trade commissioner"
    text = (
        "China and France held talks on Monday. China's commerce minister Wang Wentao will "
        "travel next week for talks with EU trade commissioner Valdis Dombrovskis. The two "
        "countries signed a deal on aircraft last month."
    )
    found = _events(extractor, text, date(2022, 3, 8))
    assert not [e for e in found if "LVA" in e.countries]
    assert set(_one(found, "AGREE").countries) == {"CHN", "FRA"}


def test_a_noun_that_sums_up_an_act_is_what_a_relative_clause_judges(
    extractor: Extractor,
) -> None:
    # "..., a move Beijing condemned": the move's agent is the one condemned
    for text in (
        "Japan and France held talks. On Monday Washington imposed duties on Chinese steel, "
        "a move Beijing condemned.",
        "Japan and France held talks. On Monday Washington imposed duties on Chinese steel, "
        "a step that Beijing criticised.",
    ):
        assert _one(_events(extractor, text, date(2022, 3, 8)), "ACCUSE").countries == (
            "CHN",
            "USA",
        ), text
    text = (
        "China and France held talks. The European Union imposed duties on Chinese steel on "
        "Monday, a move Beijing condemned."
    )
    assert not [e for e in _events(extractor, text, date(2022, 3, 8)) if e.type == "ACCUSE"]


def test_talks_measured_out_by_a_noun_are_carried_as_the_measure_is(
    extractor: Extractor,
) -> None:
    # "a round of talks", "two days of talks" (triggers.yaml words.measures)
    text = "Chile and Peru held a round of talks on Wednesday. Both sides said so."
    meeting = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert (set(meeting.countries), meeting.date) == ({"CHL", "PER"}, "1990-05-02")
    for text in (
        "Chile and Peru held two days of talks ending on Wednesday. Both sides said so.",
        "Two days of talks between Chile and Peru ended on Wednesday. Both sides said so.",
    ):
        meeting = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
        assert meeting.date == "1990-05-01/1990-05-02", text


def test_a_title_pointing_at_the_hosts_minister_who_visits_the_host_is_the_visitor(
    extractor: Extractor,
) -> None:
    # nobody visits their own country: "the minister" is re-read as the latest foreigner
    text = (
        "Chilean Economy Minister Carlos Soto will arrive in Lima on Sunday. He will meet "
        "Peruvian Foreign Minister Ana Vela on Monday. The minister last visited Peru in "
        "October 1988."
    )
    found = _events(extractor, text, date(1990, 5, 4))
    past = next(e for e in found if e.mode == "visit" and e.status == "occurred")
    assert (past.countries, past.people, past.date) == (("CHL", "PER"), ("Carlos Soto",), "1988-10")


def test_visiting_before_a_name_describes_the_one_met_and_the_day_is_the_meetings(
    extractor: Extractor,
) -> None:
    # the parser reads "visiting" as a verb taking the name and the day (parsing.repaired)
    text = (
        "Chilean President Patricio Aylwin met visiting Peruvian Foreign Minister Ana Vela "
        "on Wednesday. They discussed fishing."
    )
    found = _events(extractor, text, date(1990, 5, 4))
    meeting = _one(found, "CONSULT", "meet")
    assert set(meeting.people) == {"Patricio Aylwin", "Ana Vela"}
    assert meeting.date == "1990-05-02"
    visit = _one(found, "CONSULT", "visit")
    # the visitor first, then the host she met on the visit
    assert (visit.countries, visit.people) == (("PER", "CHL"), ("Ana Vela", "Patricio Aylwin"))


def test_ordering_out_diplomats_is_an_expulsion_in_an_article(extractor: Extractor) -> None:
    text = (
        "Britain expelled two Soviet diplomats on Friday for spying. Moscow retaliated on "
        "Saturday by ordering out two British diplomats."
    )
    found = [e for e in _events(extractor, text, date(1987, 3, 29)) if e.type == "SANCTION"]
    assert {e.countries for e in found} == {("GBR", "SUN"), ("SUN", "GBR")}


def test_the_west_germans_are_west_germany_and_their_they_is_theirs(
    extractor: Extractor,
) -> None:
    found = _mentions(extractor, "The West Germans and the Germans objected.", date(1987, 6, 18))
    assert [a.country for _, a in found if a.kind == "country"] == ["DEU", "DEU"]
    text = (
        "Britain and Belgium held talks on Monday. The West Germans said they would impose "
        "curbs on Belgian steel."
    )
    sanction = _one(_events(extractor, text, date(1987, 6, 18)), "SANCTION")
    assert sanction.countries == ("DEU", "BEL")


def test_a_states_person_present_in_another_states_place_is_visiting_it(
    extractor: Extractor,
) -> None:
    text = (
        "Chilean Foreign Minister Carlos Soto is in Lima for talks on fishing. Peruvian "
        "Economy Minister Ana Vela was in Santiago last week."
    )
    visits = [e for e in _events(extractor, text, date(1990, 5, 4)) if e.mode == "visit"]
    assert {(e.countries, e.date, e.status) for e in visits} == {
        (("CHL", "PER"), "1990-05", "occurred"),
        (("PER", "CHL"), "1990-04-23/1990-04-29", "occurred"),
    }
    text = "Chilean Foreign Minister Carlos Soto is in charge of talks in Lima. He said so."
    assert not [e for e in _events(extractor, text, date(1990, 5, 4)) if e.mode == "visit"]


def test_talks_told_on_the_day_of_a_call_are_the_call_and_a_relative_clause_keeps_its_place(
    extractor: Extractor,
) -> None:
    text = (
        "SANTIAGO, May 4 - Chilean President Patricio Aylwin had a telephone conversation with "
        "Peruvian President Alberto Fujimori on Friday. The two presidents discussed "
        "preparations for the regional summit, which will be held in Quito in June."
    )
    found = [e for e in _events(extractor, text, date(1990, 5, 4)) if e.type == "CONSULT"]
    call = next(e for e in found if set(e.countries) == {"CHL", "PER"})
    assert [e.mode for e in found if set(e.countries) == {"CHL", "PER"}] == ["phone"]
    assert call.place != "Quito"


def test_an_event_noun_carried_by_a_participle_with_its_agent_is_that_agents_act(
    extractor: Extractor,
) -> None:
    # "a request made by X ... last month": X's request, dated where the participle says
    text = (
        "Japan will lend Mexico 500 mln dlrs. The loan follows a request made by Mexican "
        "Finance Minister Gustavo Petricioli during talks with Japanese officials last month."
    )
    request = _one(_events(extractor, text, date(1987, 4, 9)), "REQUEST")
    assert (request.countries, request.date) == (("MEX", "JPN"), "1987-03")


def test_talks_between_two_named_sides_are_theirs_alone(extractor: Extractor) -> None:
    # not the main clause's subject, nor the "his" of "his Peruvian counterpart"
    text = (
        "Aylwin's visit, the first by a Chilean president since 1975, comes after talks in "
        "Lima last month between Chilean Foreign Minister Enrique Silva and his Peruvian "
        "counterpart Ana Vela."
    )
    found = [e for e in _events(extractor, text, date(1990, 5, 4)) if e.mode == "meet"]
    assert [set(e.people) for e in found] == [{"Enrique Silva", "Ana Vela"}]


def test_the_two_leaders_as_the_subject_of_a_governing_verb_are_the_pairs_leaders(
    extractor: Extractor,
) -> None:
    text = (
        "Peruvian President Alan Garcia will visit Chile on June 5. Chilean President Augusto "
        "Pinochet will receive Garcia on June 6, and the two leaders are expected to sign a "
        "fishing agreement."
    )
    signing = _one(_events(extractor, text, date(1987, 5, 6)), "AGREE")
    assert set(signing.people) == {"Alan Garcia", "Augusto Pinochet"}


def test_talks_a_path_leads_to_are_a_prospect_but_an_arranged_visit_is_not(
    extractor: Extractor,
) -> None:
    # triggers.yaml words.prospects: "open the way for talks" tells what may follow
    text = (
        "Chile and Peru held fishing talks on Monday. Officials said the accord would open the "
        "way for summit talks between Chilean President Patricio Aylwin and Peruvian "
        "President Alberto Fujimori."
    )
    found = _events(extractor, text, date(1990, 5, 4))
    assert not [e for e in found if "Patricio Aylwin" in e.people]
    text = (
        "Chilean officials held talks in Lima on Monday to pave the way for the president's "
        "visit to Peru next week. Chilean President Patricio Aylwin said so."
    )
    visit = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT", "visit")
    assert (visit.status, visit.date) == ("planned", "1990-05-07/1990-05-13")


def test_an_amount_given_in_aid_to_a_capital_is_aid_to_its_state(extractor: Extractor) -> None:
    # triggers.yaml words.giving: the verb of giving carries the aid noun
    text = (
        "Chile and Peru held talks on Monday. Santiago will send an additional $60 million in "
        "flood aid to Lima, officials said."
    )
    aid = _one(_events(extractor, text, date(1990, 5, 4)), "AID")
    assert (aid.countries, aid.status) == (("CHL", "PER"), "planned")


def test_a_warning_that_the_warner_will_retaliate_is_a_threat_to_the_other_side(
    extractor: Extractor,
) -> None:
    # triggers.yaml words.retaliation; not a warning of what may happen to others
    text = "Peru imposed sanctions on Chile. Santiago warned it would respond to any new sanctions."
    threat = _one(_events(extractor, text, date(1990, 5, 4)), "THREATEN")
    assert threat.countries == ("CHL", "PER")
    text = "Peru imposed sanctions on Chile. Santiago warned that the tax could hit its exporters."
    assert not [e for e in _events(extractor, text, date(1990, 5, 4)) if e.type == "THREATEN"]


@pytest.mark.parametrize("word", ["likely", "poised", "certain", "slated"])
def test_an_adjective_of_what_is_to_come_makes_its_infinitive_planned(
    extractor: Extractor, word: str
) -> None:
    # triggers.yaml planned.infinitive_governors: "is likely to visit" has not happened yet
    text = f"Chilean Foreign Minister Ana Soto is {word} to visit Lima, officials said."
    visit = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT", "visit")
    assert (visit.countries, visit.status, visit.date) == (("CHL", "PER"), "planned", None)


def test_an_adjective_that_rules_out_its_infinitive_gives_no_event(extractor: Extractor) -> None:
    # triggers.yaml words.failing: "is unlikely to visit" is not a planned visit
    text = "Chilean Foreign Minister Ana Soto is unlikely to visit Lima this year, officials said."
    assert not _events(extractor, text, date(1990, 5, 4))


def test_a_week_long_visit_from_a_day_lasts_the_week(extractor: Extractor) -> None:
    # timex grammar: "week-long" and "weeklong" are lengths, so the visit is an interval
    for text in (
        "Chilean President Ana Soto will make a week-long visit to Peru from May 14.",
        "Chilean President Ana Soto will make a weeklong visit to Peru from May 14.",
    ):
        visit = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT", "visit")
        assert (visit.status, visit.date) == ("planned", "1990-05-14/1990-05-20")


def test_a_meeting_of_nations_named_by_an_abbreviation_beside_them_is_the_groups(
    extractor: Extractor,
) -> None:
    # frames._group_of: an appositive names the same group ("seven major nations (G-7)")
    text = (
        "Chilean Finance Minister Ana Soto said she would attend a meeting of seven major "
        "industrial nations (G-7) in Paris next month."
    )
    meeting = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert meeting.mode == "multilateral"
    assert {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"} <= set(meeting.countries)


def test_a_threat_whose_act_has_a_condition_threatens_the_conditions_subject(
    extractor: Extractor,
) -> None:
    # events._objects_of: the "unless" clause hangs on the infinitive threatened
    text = "Chile threatened on Monday to recall its ambassador unless Peru withdrew its troops."
    threat = _one(_events(extractor, text, date(1990, 5, 4)), "THREATEN")
    assert (threat.countries, threat.date) == (("CHL", "PER"), "1990-04-30")


@pytest.mark.parametrize(
    ("text", "kind", "countries"),
    [
        ("Chile on Monday mounted an invasion of Peru.", "ASSAULT", ("CHL", "PER")),
        ("Chile on Monday ordered air strikes on Peru.", "ASSAULT", ("CHL", "PER")),
        (
            "Chile on Monday ordered the expulsion of two Peruvian diplomats.",
            "SANCTION",
            ("CHL", "PER"),
        ),
        (
            "Chile on Monday announced a suspension of air links with Peru.",
            "SANCTION",
            ("CHL", "PER"),
        ),
        ("Chile on Monday rejected calls by Peru for new talks.", "REJECT", ("CHL", "PER")),
    ],
)
def test_a_hostile_act_noun_carried_by_a_verb_takes_its_patient(
    extractor: Extractor, text: str, kind: str, countries: tuple[str, ...]
) -> None:
    # light_verbs mount, order; "of" patients of act nouns (events._patients_of); "by" after
    # the object of a hostile act; "air strikes" before the workers' "strikes"
    event = _one(_events(extractor, text, date(1990, 5, 4)), kind)
    assert (event.countries, event.date) == (countries, "1990-04-30")


def test_an_act_noun_and_its_verb_in_one_sentence_are_one_event(extractor: Extractor) -> None:
    # merging: one of them undated is the other's repeat ("the bombing ... killed")
    text = "The Chilean bombing of targets in Peru on Monday killed 30 people."
    attack = _one(_events(extractor, text, date(1990, 5, 4)), "ASSAULT")
    assert (attack.countries, attack.date) == (("CHL", "PER"), "1990-04-30")


def test_the_act_a_threat_names_is_not_done_and_names_whom_it_threatens(
    extractor: Extractor,
) -> None:
    # demands.is_threatened: the infinitive of a THREATEN verb is the threat's content
    text = "Chile on Monday threatened to break off diplomatic relations with Peru."
    events = _events(extractor, text, date(1990, 5, 4))
    assert [(e.type, e.countries) for e in events] == [("THREATEN", ("CHL", "PER"))]
    text = "Chile on Monday threatened to bar Peruvian banks from Santiago."
    threat = _one(_events(extractor, text, date(1990, 5, 4)), "THREATEN")
    assert (threat.countries, threat.place) == (("CHL", "PER"), None)


def test_a_consensus_reached_is_an_agreement(extractor: Extractor) -> None:
    # triggers.yaml AGREE reached/deal: "consensus" beside "agreement", "understanding"
    text = "Chile and Peru on Monday reached a consensus on sharing water from the border rivers."
    agreement = _one(_events(extractor, text, date(1990, 5, 4)), "AGREE")
    assert (agreement.countries, agreement.date) == (("CHL", "PER"), "1990-04-30")


def test_a_visiting_participle_before_a_long_title_names_its_holder_on_a_visit_now(
    extractor: Extractor,
) -> None:
    # implicit.visiting_participle: the noun phrase runs to the parse's head noun, through a
    # title's prepositions; the visit is under way, whatever clause "visiting" hangs on
    text = (
        "Peru wants Chile to open its ports within two years, visiting Peruvian Deputy "
        "Minister of Trade for Pacific Affairs Carlos Mendoza told Chilean business leaders."
    )
    visit = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT", "visit")
    assert (visit.countries, visit.people, visit.status) == (
        ("PER", "CHL"),
        ("Carlos Mendoza",),
        "occurred",
    )


def test_talks_whose_between_phrase_names_the_sides_in_a_prepositional_phrase_are_theirs(
    extractor: Extractor,
) -> None:
    # events._participants: the subject of the verb the phrase hangs on speaks of the talks
    text = (
        "Bolivian banker Jorge Salas spoke in La Paz on Monday. In his speech, focusing on the "
        "current border talks between Chile and Peru, Salas said a deal was near."
    )
    talks = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert (talks.countries, talks.people) == (("CHL", "PER"), ())


def test_a_country_word_that_names_the_money_is_no_party(extractor: Extractor) -> None:
    # actors: "U.S. dlr", "Japanese yen" (names.yaml currency_words) say which money
    text = "Peru last month suspended interest payments on its 14 billion U.S. dlr bank debt."
    assert all("USA" not in e.countries for e in _events(extractor, text, date(1990, 5, 4)))


def test_a_meeting_named_by_the_body_that_holds_it_is_its_own_session(
    extractor: Extractor,
) -> None:
    # events._a_bodys_session: "cabinet meeting" (words.internal_bodies) with no other side
    text = (
        "At Monday's Cabinet meeting, President Jorge Salas told Mining Minister Carlos "
        "Mendoza to calm Peruvian anger over Chile's border mines."
    )
    events = _events(extractor, text, date(1990, 5, 4))
    assert not [e for e in events if e.type == "CONSULT"]


def test_a_stay_somebody_is_due_for_is_planned_with_its_talks(extractor: Extractor) -> None:
    # timing: a predicative adjective of travel ("is due in Lima") tells where somebody is to
    # be; the talks of the phrase after it are of that stay
    text = "The Chilean trade minister is due in Lima for talks with Peruvian officials."
    events = _events(extractor, text, date(1990, 5, 4))
    assert sorted((e.mode, e.status) for e in events) == [("meet", "planned"), ("visit", "planned")]


def test_talks_with_one_side_reported_by_the_other_states_officials_are_theirs(
    extractor: Extractor,
) -> None:
    # events._reporting_officials: "Chilean officials said talks with Peru ..." (state agents
    # of one country with no name): their state is the other side of the talks
    text = "Chilean officials said talks with Peru would resume next week."
    talks = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert (talks.countries, talks.status) == (("CHL", "PER"), "planned")
    text = "Chilean bankers said talks with Peru would resume next week."
    assert not _events(extractor, text, date(1990, 5, 4))


def test_they_after_a_sentence_whose_subject_is_two_people_is_those_people(
    extractor: Extractor,
) -> None:
    # participants._they_named: through a sentence whose subject is "they" too
    text = (
        "Chilean Foreign Minister Jorge Salas and Finance Minister Carlos Mendoza visited "
        "Washington last week. This week they have sought support in Britain and France. "
        "They will fly to Tokyo on Sunday for talks with Japanese officials."
    )
    visits = [e for e in _events(extractor, text, date(1990, 5, 4)) if e.mode == "visit"]
    tokyo = [e for e in visits if e.place == "Tokyo"]
    assert [(e.countries, e.people) for e in tokyo] == [
        (("CHL", "JPN"), ("Jorge Salas", "Carlos Mendoza"))
    ]


@pytest.mark.parametrize(
    "listing",
    [
        "a number of documents, including an agreement on fishing and a memorandum on ports",
        "several documents: an agreement on fishing and a memorandum on ports",
        "a series of accords, such as an agreement on fishing and a memorandum on ports",
    ],
)
def test_a_set_of_documents_signed_names_each_member_as_its_own_signing(
    extractor: Extractor, listing: str
) -> None:
    # events._listed_documents: words.document_sets naming words.signed_documents after
    # "including", "such as" or a colon
    text = f"Chile and Peru on Monday signed {listing}."
    signed = [e.agreement for e in _events(extractor, text, date(1990, 5, 4)) if e.type == "AGREE"]
    assert signed == ["agreement on fishing", "memorandum on ports"]


def test_an_amount_in_a_measure_laid_by_a_light_verb_carries_the_measure(
    extractor: Extractor,
) -> None:
    # frames._amount_of: "slap 90 mln dlrs in tariffs on X" as "send $600 million in aid"
    text = "Chile will slap as much as 90 mln dlrs in tariffs on Peruvian fish."
    sanction = _one(_events(extractor, text, date(1990, 5, 4)), "SANCTION")
    assert (sanction.countries, sanction.status) == (("CHL", "PER"), "planned")


def test_the_target_of_a_measure_hung_on_its_amount_is_its_other_side(
    extractor: Extractor,
) -> None:
    # participants._targets_of_an_amount: "tariffs worth 90 mln dlrs on Peruvian fish"
    text = "Chile on Friday imposed tariffs worth 90 mln dlrs on Peruvian fish."
    sanction = _one(_events(extractor, text, date(1990, 5, 4)), "SANCTION")
    assert sanction.countries == ("CHL", "PER")


def test_an_infinitive_of_announced_plans_is_planned_whatever_the_verb_it_hangs_on(
    extractor: Extractor,
) -> None:
    # timing._planned_by_its_head: the parser makes the infinitive of "plans" the verb's
    text = "Chile announced plans last week to impose tariffs on Peruvian fish."
    sanction = _one(_events(extractor, text, date(1990, 5, 4)), "SANCTION")
    assert (sanction.countries, sanction.status) == (("CHL", "PER"), "planned")


@pytest.mark.parametrize(
    "reason",
    [
        "in retaliation for Peru's failure to honour the fishing pact",
        "saying Lima had failed to honour the fishing pact",
        "because Peru had failed to honour the fishing pact",
    ],
)
def test_a_measure_with_no_target_punishes_the_state_its_reason_names(
    extractor: Extractor, reason: str
) -> None:
    # events._punished: a capital there stands for its state
    text = f"Chile imposed the sanctions on Monday, {reason}."
    sanction = _one(_events(extractor, text, date(1990, 5, 4)), "SANCTION")
    assert sanction.countries == ("CHL", "PER")


def test_a_state_word_before_a_noun_that_carries_the_event_noun_is_its_agent(
    extractor: Extractor,
) -> None:
    # participants._noun_owners_of: "the Chilean imposition of tariffs" as "Chile imposed"
    text = "Peru said the Chilean imposition of tariffs on Peruvian fish broke the pact."
    sanction = _one(_events(extractor, text, date(1990, 5, 4)), "SANCTION")
    assert sanction.countries == ("CHL", "PER")


def test_a_credit_granted_to_a_party_named_is_aid(extractor: Extractor) -> None:
    # triggers.yaml AID lending: "credit" with a party named (needs_object PARTY)
    text = "Chile has granted Peru a 25 mln dlr credit line for the purchase of Chilean goods."
    aid = _one(_events(extractor, text, date(1990, 5, 4)), "AID")
    assert aid.countries == ("CHL", "PER")
    text = "Western nations have agreed reforms of the rules by which they provide credit."
    assert not [e for e in _events(extractor, text, date(1990, 5, 4)) if e.type == "AID"]


def test_to_charge_that_a_state_did_something_is_to_accuse_it(extractor: Extractor) -> None:
    # triggers.yaml ACCUSE charging (needs_object CLAUSE): a complement clause naming a state
    text = "Chilean officials have repeatedly charged that Peru is dumping fish on world markets."
    accusation = _one(_events(extractor, text, date(1990, 5, 4)), "ACCUSE")
    assert accusation.countries == ("CHL", "PER")
    text = "Chile's opposition charged that Sunday's election was rigged."
    assert not _events(extractor, text, date(1990, 5, 4))


def test_the_author_of_what_a_rejection_answers_named_by_a_participle_is_its_other_side(
    extractor: Extractor,
) -> None:
    # participants._object_actors: "demands made by Peru" as "demands by Peru"
    text = "Chile on Monday rejected demands made by Peru for a new border treaty."
    rejection = _one(_events(extractor, text, date(1990, 5, 4)), "REJECT")
    assert rejection.countries == ("CHL", "PER")


def test_a_threat_naming_no_one_after_a_hostile_act_of_its_subject_is_against_its_object(
    extractor: Extractor,
) -> None:
    # events._hostile_conjunct_objects: "accused Peru of ... and has threatened to retaliate"
    text = "Chile has accused Peru of breaking the fishing pact and has threatened to retaliate."
    threat = _one(_events(extractor, text, date(1990, 5, 4)), "THREATEN")
    assert threat.countries == ("CHL", "PER")


def test_a_portfolio_after_a_title_is_not_the_holders_name(extractor: Extractor) -> None:
    # actors._named_people: "Secretary of State for | East Asian Affairs X": a name right
    # after the title's preposition is the portfolio's, the holder is the name after it
    text = "U.S. Assistant Secretary of State for East Asian Affairs Gaston Sigur said so."
    people = [(t, a.code, a.country) for t, a in _mentions(extractor, text, date(1987, 3, 5))
              if a.kind == "person" and not a.reference]  # fmt: skip
    assert ("Gaston Sigur", "Gaston Sigur", "USA") in people
    assert not [p for p in people if p[1] == "East Asian"]


def test_undersecretary_written_as_one_word_is_the_title(extractor: Extractor) -> None:
    # roles.yaml junior_foreign_minister: "undersecretary of state" (USA)
    text = (
        "U.S. Undersecretary of State Allen Wallis said he had urged Peru to open its markets "
        "to American goods."
    )
    request = _one(_events(extractor, text, date(1987, 3, 5)), "REQUEST")
    assert (request.countries, request.people) == (("USA", "PER"), ("Allen Wallis",))


def test_talks_of_a_stated_length_that_are_over_end_on_the_day_of_the_report(
    extractor: Extractor,
) -> None:
    # timing._over_its_length: "after three days of talks", undated: back from publication
    text = (
        "Chilean Foreign Minister Jorge Salas told a news conference after three days of talks "
        "with Peruvian officials that progress had been made."
    )
    talks = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert talks.date == "1990-05-02/1990-05-04"


def test_a_length_on_the_measure_of_talks_is_the_talks_length(extractor: Extractor) -> None:
    # timing._length_in_days: "a three-day round of talks" as "a three-day visit"
    text = "Chile and Peru ended a three-day round of talks on Friday."
    talks = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert talks.date == "1990-05-02/1990-05-04"


def test_a_name_that_modifies_a_gathering_is_nobody_received(extractor: Extractor) -> None:
    # participants._names_a_thing: "spoke to an Agribusiness Education forum" is an audience
    text = (
        "Chilean Foreign Minister Jorge Salas said Chile and Peru had settled their fishing "
        "dispute. Speaking to an Agribusiness Education forum here late yesterday, Salas said "
        "Peru would lift its ban on Chilean boats."
    )
    assert not [e for e in _events(extractor, text, date(1990, 5, 4)) if e.type == "CONSULT"]


def test_the_official_who_reports_a_meeting_with_only_the_other_side_named_took_part(
    extractor: Extractor,
) -> None:
    # events._reporting_officials: "X said the case was resolved at a meeting with Y"
    text = (
        "Chilean Foreign Minister Jorge Salas said the dispute was settled at a meeting with "
        "Peruvian Foreign Minister Luis Tello in Quito last week."
    )
    talks = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert (talks.countries, talks.people) == (("CHL", "PER"), ("Jorge Salas", "Luis Tello"))
    text = (
        "Chilean Foreign Minister Jorge Salas said Bolivia agreed at a meeting with Peruvian "
        "Foreign Minister Luis Tello last week to open the border."
    )
    talks = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert "Jorge Salas" not in talks.people
    # talks still to come are the state's plan: who will hold them is not said
    text = "Chilean Foreign Minister Jorge Salas said talks with Peru were scheduled for next week."
    assert not [e for e in _events(extractor, text, date(1990, 5, 4)) if "Jorge Salas" in e.people]


def test_the_officer_of_a_body_named_in_an_apposed_title_acts_for_no_state(
    extractor: Extractor,
) -> None:
    # actors._apposed_title_of: "X, External Relations Commissioner of the European
    # Community," is the body's officer; the article's other country is not his side. The
    # portfolio before the title is no person, and "Van Dijk" is "Hans van Dijk" (a particle
    # before the surname)
    text = (
        "Chile and Peru signed a fishing accord on Friday. Hans van Dijk, External Relations "
        "Commissioner of the European Community, visited Lima on Monday. During his visit, "
        "Van Dijk met Peruvian leaders."
    )
    events = _events(extractor, text, date(1990, 5, 4))
    assert [e.type for e in events] == ["AGREE"]
    people = {a.code for _, a in _mentions(extractor, text, date(1990, 5, 4)) if a.kind == "person"}
    assert people == {"Hans van Dijk"}


def test_the_noun_a_present_participle_modifies_is_its_subject(extractor: Extractor) -> None:
    # participants._subject_actors: "officials attending a meeting with X" meet X;
    # nonparties.private_party: "Peruvian business leaders" are firms, not their state
    text = (
        "Chilean officials attending a meeting with Peruvian Foreign Minister Luis Tello in Lima "
        "on Monday said progress was made."
    )
    talks = _one(_events(extractor, text, date(1990, 5, 4)), "CONSULT")
    assert talks.countries == ("CHL", "PER")
    text = (
        "Peru and Chile signed a fishing accord on Friday. Peruvian business leaders attending "
        "a weekend meeting with President Alan Garcia urged him to seek help from the IMF."
    )
    assert [e.type for e in _events(extractor, text, date(1990, 5, 4))] == ["AGREE"]


def test_separate_talks_with_several_people_are_one_meeting_with_each(
    extractor: Extractor,
) -> None:
    # events._told_apart (triggers.yaml words.apart): "held separate talks with A and B"
    text = (
        "Chilean Foreign Minister Jorge Salas held separate talks in Lima on Friday with "
        "Peruvian Foreign Minister Luis Tello and Peruvian Finance Minister Ana Rios."
    )
    talks = [e for e in _events(extractor, text, date(1990, 5, 7)) if e.type == "CONSULT"]
    assert sorted(e.people for e in talks) == [
        ("Jorge Salas", "Ana Rios"),
        ("Jorge Salas", "Luis Tello"),
    ]
    text = text.replace("separate talks", "talks")
    talks = [e for e in _events(extractor, text, date(1990, 5, 7)) if e.type == "CONSULT"]
    assert [e.people for e in talks] == [("Jorge Salas", "Luis Tello", "Ana Rios")]


def test_a_title_written_with_a_space_or_a_hyphen_is_one_title(extractor: Extractor) -> None:
    # offices.Roles.titles: "vice president" and "vice-president" share a key; the phrase
    # matchers need both written forms (the space form was lost, "President" matched alone)
    for title in ("Vice President", "Vice-President"):
        text = f"Peruvian {title} Ana Rios met Chilean officials in Lima on Friday."
        people = {a.code: a.role for _, a in _mentions(extractor, text, date(1990, 5, 7))
                  if a.kind == "person"}  # fmt: skip
        assert people == {"Ana Rios": "vice_president"}, title


def test_a_tour_of_unnamed_nations_with_its_agent_first_visits_no_one_country(
    extractor: Extractor,
) -> None:
    # nonparties._unnamed_stops: "the tour by X of major industrial nations" (the parser
    # hangs the stops on the agent) is no visit to the article's other country
    text = (
        "Chile and the United States resumed trade talks on Monday. Officials said the recent "
        "tour by Chilean Foreign Minister Jorge Salas of major industrial nations was a sign of "
        "goodwill."
    )
    assert not [e for e in _events(extractor, text, date(1990, 5, 4)) if e.mode == "visit"]


def test_arresting_a_trend_is_no_arrest(extractor: Extractor) -> None:
    # triggers.yaml COERCE arresting (needs_object PARTY); events._refused: two states in
    # the subject are no one arrested ("A and B ... to arrest the dollar's fall")
    text = "Finance ministers of Chile and Peru renewed an accord to arrest the peso's fall."
    assert not _events(extractor, text, date(1990, 5, 4))
    text = "Peruvian police arrested two Chilean journalists in Lima on Monday."
    arrest = _one(_events(extractor, text, date(1990, 5, 8)), "COERCE")
    assert arrest.countries == ("PER", "CHL")


def test_a_family_name_the_model_leaves_out_of_a_name_is_part_of_it(
    extractor: Extractor,
) -> None:
    # actors._name_start: "in Santiago | Haddadi Gholam-reza" (the family name first); a
    # title or an honorific before a name is not part of it ("Congressman | Pat Roberts")
    text = (
        "French Foreign Minister Jean Dupont earlier this week met Iranian Charge d'Affaires in "
        "Paris Haddadi Gholam-reza, the ministry said."
    )
    talks = _one(_events(extractor, text, date(1990, 5, 8)), "CONSULT")
    assert talks.people == ("Jean Dupont", "Haddadi Gholam-reza")
    text = "Kansas Republican Congressman Pat Roberts urged Peru to buy American wheat."
    people = {a.code for _, a in _mentions(extractor, text, date(1990, 5, 8)) if a.kind == "person"}
    assert people == {"Pat Roberts"}


def test_an_agreement_told_by_its_aim_is_an_agreement_of_its_parties(
    extractor: Extractor,
) -> None:
    # frames._agreed_aim (triggers.yaml words.agreeing): "A and B agreed to stabilise prices"
    text = "Chile and Peru agreed in Lima on Monday to stabilise copper prices."
    agreed = _one(_events(extractor, text, date(1990, 5, 9)), "AGREE")
    assert (agreed.mode, agreed.status, agreed.countries, agreed.date) == (
        None, "occurred", ("CHL", "PER"), "1990-05-07"
    )  # fmt: skip
    text = "Peru has agreed to buy 30,000 tonnes of Chilean wheat, traders said."
    assert _one(_events(extractor, text, date(1990, 5, 9)), "AGREE").countries == ("PER", "CHL")
    for text in (
        # a company's deal; the terms of an accord told by its noun; an aim that is an event
        "Andes Mining Co said it agreed to acquire the Chilean assets of a Peruvian group.",
        "Under the accord, Peru agreed to buy 30,000 tonnes of Chilean wheat a year.",
        "Chile and Peru agreed on Monday to hold talks next month.",
    ):
        assert not [e for e in _events(extractor, text, date(1990, 5, 9)) if e.type == "AGREE"]


def test_a_ban_on_another_states_trade_is_a_sanction(extractor: Extractor) -> None:
    # triggers.yaml SANCTION trade_ban: "banned imports of Chilean fruit", "a trade ban
    # against Chile"; a ban on people or papers stays coercion
    for text in (
        "Peru banned imports of Chilean fruit on Monday.",
        "Peru imposed a ban on Chilean fruit imports on Monday.",
        "Peru's parliament has approved an extensive trade ban against Chile.",
        # triggers.yaml SANCTION import_curbs
        "Peru restricted imports of Chilean fruit on Monday.",
        "Peru halted imports of Chilean fruit on Monday.",
    ):
        ban = _one(_events(extractor, text, date(1990, 5, 8)), "SANCTION")
        assert ban.countries == ("PER", "CHL"), text
    text = "Chile will limit exports of copper to Peru."  # its own exports: no sanction
    assert not _events(extractor, text, date(1990, 5, 8))
    text = "Peru banned the Chilean newspaper El Mercurio on Monday."
    assert _one(_events(extractor, text, date(1990, 5, 8)), "COERCE").countries == ("PER", "CHL")


def test_what_a_state_demands_of_another_is_no_act_of_the_other(extractor: Extractor) -> None:
    # demands._asked_for: a subjunctive clause of a verb of asking ("demanded that Peru lift"),
    # "wants Peru to lift" (words.asking: want, insist), and "told Peru to lift its curbs on
    # Chilean wine" (a state named as a modifier of what is lifted is no one invited)
    for text in (
        "Chile demanded that Peru lift its curbs on Chilean wine.",
        "Chile insisted that Peru lift its curbs on Chilean wine.",
        "Chile wants Peru to lift its curbs on Chilean wine, Chilean officials said.",
        "Chile told Peru to lift its curbs on Chilean wine.",
    ):
        assert not [e for e in _events(extractor, text, date(1990, 5, 8)) if e.type == "CONCEDE"]
    text = "Chile told Peru to lift its curbs on Chilean wine."
    assert _one(_events(extractor, text, date(1990, 5, 8)), "REQUEST").countries == ("CHL", "PER")


def test_a_visit_over_before_a_clause_in_the_present_has_the_month(extractor: Extractor) -> None:
    # timing._done_before: "After visiting Lima and Quito, Salas is now on his way to Bogota":
    # over before the story's day, its day untold; "After greeting X, he expressed ..." is one
    # occasion told in order and keeps its day
    text = (
        "After visiting Peru, Chilean Foreign Minister Jorge Salas is now on his way to Bogota "
        "for talks with Colombian officials."
    )
    visits = [e for e in _events(extractor, text, date(1990, 5, 9)) if e.mode == "visit"]
    assert [(e.countries, e.date) for e in visits if e.countries[1] == "PER"] == [
        (("CHL", "PER"), "1990-05")
    ]
    text = (
        "Peruvian President Alan Garcia received Chilean Foreign Minister Jorge Salas on "
        "Tuesday. After greeting Salas, Garcia thanked Chile for its help."
    )
    assert {e.date for e in _events(extractor, text, date(1990, 5, 9))} == {"1990-05-08"}


def test_an_arrival_in_a_where_clause_is_at_the_place_it_relates_to(
    extractor: Extractor,
) -> None:
    # events._where_relative: "Bogota, where he is to arrive on Sunday" (the infinitive of the
    # relative clause carries the arrival)
    text = (
        "After visiting Peru, Chilean Foreign Minister Jorge Salas is now on his way to Bogota, "
        "where he is to arrive on Sunday for talks with Colombian officials."
    )
    planned = [e for e in _events(extractor, text, date(1990, 5, 9)) if e.status == "planned"]
    assert {(e.mode, e.countries, e.place) for e in planned} == {
        ("visit", ("CHL", "COL"), "Bogotá"),
        ("meet", ("CHL", "COL"), "Bogotá"),
    }
    text = text.replace("to Bogota", "to Colombia")  # a country the clause relates to
    planned = [e for e in _events(extractor, text, date(1990, 5, 9)) if e.status == "planned"]
    assert {(e.mode, e.countries) for e in planned} == {
        ("visit", ("CHL", "COL")),
        ("meet", ("CHL", "COL")),
    }


def test_a_participle_of_starting_dates_the_event(extractor: Extractor) -> None:
    # timing._dating_clause: "starting on Monday" hung on the event's verb gives its first day;
    # not when it follows another event named as background ("before the session starting ...")
    text = "Kenya's President Moi will make a three-day visit to Uganda starting on Monday."
    visit = _one(_events(extractor, text, date(1991, 6, 5)), "CONSULT", "visit")  # Wednesday
    assert (visit.status, visit.date) == ("planned", "1991-06-10/1991-06-12")
    text = (
        "Officials expect the Kenyan and Ugandan ministers to meet just before the OAU summit "
        "in Abuja starting on June 20."
    )
    meetings = [e for e in _events(extractor, text, date(1991, 6, 5)) if e.mode == "meet"]
    assert meetings and all(e.date != "1991-06-20" for e in meetings)


def test_the_capital_an_act_of_speech_is_addressed_to_is_no_place(extractor: Extractor) -> None:
    # events._addressee: "urged Nairobi to", "appealed to Kenya", "called on Nairobi to" name
    # the other party; the place is where it is said ("in Kampala")
    day = date(1991, 6, 5)
    for text in (
        "Uganda urged Nairobi to reopen the border.",
        "Uganda appealed to Kenya to reopen the border.",
        "Uganda called on Nairobi in Kampala to reopen the border.",
    ):
        request = _one(_events(extractor, text, day), "REQUEST")
        assert request.countries == ("UGA", "KEN")
        assert request.place in (None, "Kampala"), text
    text = "Uganda called on Nairobi in Kampala to reopen the border."
    assert _one(_events(extractor, text, day), "REQUEST").place == "Kampala"


def test_members_a_group_names_with_including_take_part(extractor: Extractor) -> None:
    # names.yaml member_words: "officials, including X" names some of the group; a request to
    # "four countries, including A and B" is one request to each country named
    day = date(1991, 6, 5)
    text = (
        "Kenya's Finance Minister George Saitoti held talks with senior Ugandan officials, "
        "including Finance Minister Crispus Kiyonga, in Kampala."
    )
    talks = _one(_events(extractor, text, day), "CONSULT", "meet")
    assert "Crispus Kiyonga" in talks.people
    text = (
        "Kuwait has asked four countries, including Britain, the Soviet Union and China, for help."
    )
    requests = [e for e in _events(extractor, text, day) if e.type == "REQUEST"]
    assert sorted(e.countries for e in requests) == [("KWT", "CHN"), ("KWT", "GBR"), ("KWT", "SUN")]


def test_a_state_named_with_union_is_no_trade_union(extractor: Extractor) -> None:
    # nonparties.private_party: "union" names private parties (trade unions), not in "the
    # Soviet Union" coordinated with other states
    text = "Kuwait has asked the United States, the Soviet Union, Britain and China for help."
    requests = [e for e in _events(extractor, text, date(1987, 4, 7)) if e.type == "REQUEST"]
    assert {e.countries[1] for e in requests} == {"USA", "SUN", "GBR", "CHN"}


def test_a_one_day_length_keeps_the_day(extractor: Extractor) -> None:
    text = "Kenya's President Moi begins a one-day visit to Uganda on Friday."
    visit = _one(_events(extractor, text, date(1991, 6, 5)), "CONSULT", "visit")
    assert visit.date == "1991-06-07"


def test_a_name_before_a_verb_without_subject_is_the_speaker(extractor: Extractor) -> None:
    # participants._verb_follows: "talks with President Reagan, Chief Cabinet Secretary X
    # told reporters" (the parser makes X an apposition to Reagan)
    text = (
        "Prime Minister Yasuhiro Nakasone will pay a week-long visit to the United States from "
        "April 29 and hold talks in Washington with President Reagan, Chief Cabinet Secretary "
        "Masaharu Gotoda told reporters."
    )
    talks = _one(_events(extractor, text, date(1987, 3, 26)), "CONSULT", "meet")
    assert set(talks.people) == {"Yasuhiro Nakasone", "Ronald Reagan"}


def test_a_meeting_between_three_named_people_is_one_meeting(extractor: Extractor) -> None:
    # events._cut_name: the parser may hang the last name of the list on the day after it
    text = (
        "The move followed a meeting between Bundesbank President Karl Otto Poehl, Finance "
        "Minister Gerhard Stoltenberg and U.S. Treasury Secretary James Baker Monday in Frankfurt."
    )
    talks = _one(_events(extractor, text, date(1987, 10, 20)), "CONSULT", "meet")
    assert set(talks.people) == {"Karl Otto Poehl", "Gerhard Stoltenberg", "James Baker"}
    assert set(talks.countries) == {"DEU", "USA"}


def test_two_states_agreeing_on_a_thing_is_an_agreement(extractor: Extractor) -> None:
    # frames._agreed_aim: "agreed on the rescheduling of the debt" (not "agreed on talks",
    # which is coded by the talks)
    day = date(1987, 3, 26)
    text = "Kenya and Uganda have agreed on the reopening of their common border."
    agreement = _one(_events(extractor, text, day), "AGREE")
    assert agreement.countries == ("KEN", "UGA")
    text = "Kenya and Uganda agreed on talks in May."
    assert not [e for e in _events(extractor, text, day) if e.type == "AGREE"]


def test_the_occasion_of_an_act_gives_its_day(extractor: Extractor) -> None:
    # timing._OCCASION_PREPOSITIONS: "agreed at talks in Nairobi on Monday" (the day hangs on
    # the talks)
    text = "Kenya and Uganda agreed at talks in Nairobi on Monday to reopen their border."
    agreement = _one(_events(extractor, text, date(1987, 3, 26)), "AGREE")  # a Thursday
    assert agreement.date == "1987-03-23"


def test_a_clause_of_when_or_a_dated_occasion_dates_the_act(extractor: Extractor) -> None:
    # timing._time_below: the time of a "when" clause (triggers.yaml words.simultaneous) and
    # the day that owns the occasion ("at Wednesday's meeting") are the act's
    day = date(1987, 4, 6)  # a Monday
    for text in (
        "Kenya will sign the trade accord with Uganda when the two ministers meet in Nairobi "
        "on Wednesday.",
        "Kenya will sign the accord with Uganda at Wednesday's meeting in Nairobi.",
    ):
        signing = _one(_events(extractor, text, day), "AGREE")
        assert (signing.status, signing.date) == ("planned", "1987-04-08"), text


def test_a_meeting_scheduled_as_background_does_not_plan_the_event(
    extractor: Extractor,
) -> None:
    # timing._under_background: "met before the session scheduled for today": that session is
    # scheduled; the meeting told in the past happened
    text = "Kenyan and Ugandan ministers met briefly before the OAU session scheduled for today."
    meeting = _one(_events(extractor, text, date(1991, 6, 5)), "CONSULT")
    assert meeting.status == "occurred"


def test_a_meeting_said_to_be_unlikely_is_no_event(extractor: Extractor) -> None:
    # frames._is_denied: a meeting noun whose predicate is "unlikely" (words.failing), not one
    # whose result is ("talks are unlikely to produce results")
    day = date(1991, 6, 5)
    text = "An early meeting between Kenya and Uganda was unlikely, officials said."
    assert not [e for e in _events(extractor, text, day) if e.type == "CONSULT"]
    text = "Talks between Kenya and Uganda are unlikely to produce results, officials said."
    assert [e for e in _events(extractor, text, day) if e.type == "CONSULT"]


def test_a_length_after_in_puts_the_event_that_far_ahead(extractor: Extractor) -> None:
    # timing._ahead_by: "in two weeks' time" is the week then, "in three days" the day; not a
    # past tense ("met twice in two weeks") nor "in two weeks of talks"
    day = date(1987, 4, 29)  # a Wednesday
    text = "At a meeting of EC farm ministers in two weeks' time, Britain will raise the issue."
    meeting = _one(_events(extractor, text, day), "CONSULT")
    assert (meeting.status, meeting.date) == ("planned", "1987-05-11/1987-05-17")
    text = "Kenya and Uganda will resume talks in three days."
    talks = _one(_events(extractor, text, day), "CONSULT")
    assert (talks.status, talks.date) == ("planned", "1987-05-02")
    text = "Kenya and Uganda met twice in two weeks."
    assert _one(_events(extractor, text, day), "CONSULT").status == "occurred"


def test_a_recent_day_never_dates_a_plan(extractor: Extractor) -> None:
    # timing._toward_tense: a day weeks before publication hung on a planned meeting dates
    # another act of the sentence (the letter); the plan keeps no date instead of next year's
    day = date(1987, 3, 30)
    text = "Kenyan President Moi proposed that Kenya and Uganda hold talks in a letter on March 17."
    talks = _one(_events(extractor, text, day), "CONSULT")
    assert (talks.status, talks.date) == ("planned", None)
    text = "Kenya and Uganda will hold talks in January."
    assert _one(_events(extractor, text, day), "CONSULT").date == "1988-01"


def test_a_weekday_gone_by_stays_out_of_a_planned_week(extractor: Extractor) -> None:
    # events._within_planned_span moves a weekday of a plan into the week just reported ("will
    # visit next week ... will meet X on Thursday"), not a day told in the past ("On Friday,
    # Kenya announced plans to ...")
    text = (
        "Kenya will ask Uganda for talks next week. On Friday, Kenya announced plans to impose "
        "tariffs on imports of Ugandan goods."
    )
    sanction = _one(_events(extractor, text, date(1987, 3, 30)), "SANCTION")  # a Monday
    assert sanction.date == "1987-03-27"


def test_wanting_two_states_to_act_is_one_request_each(extractor: Extractor) -> None:
    # participants._direct_objects: the subjects the parser gives the infinitive of "want" are
    # the ones asked, each its own request
    text = "The Kenyan government wants Uganda and Tanzania to lower their tariffs."
    requests = [e for e in _events(extractor, text, date(1991, 6, 5)) if e.type == "REQUEST"]
    assert sorted(e.countries for e in requests) == [("KEN", "TZA"), ("KEN", "UGA")]


def test_a_refusal_names_whom_it_refuses(extractor: Extractor) -> None:
    # events._event: a negated cooperative act is a refusal (REJECT) only of a party the
    # sentence names, never of the article's other country
    text = (
        "Kenyan President Moi arrived in Kampala for talks with Ugandan President Museveni. "
        "The leaders will not conduct detailed negotiations, an official said. "
        "Kenya will not sign an accord with Uganda."
    )
    rejects = [e for e in _events(extractor, text, date(1991, 6, 5)) if e.type == "REJECT"]
    assert [e.evidence.sentence.split()[0] for e in rejects] == ["Kenya"]


def test_coming_talks_of_a_visit_under_way_are_where_the_visitor_is(
    extractor: Extractor,
) -> None:
    # storyline._ahead_in_visit: "arrived in Kampala on Sunday ... will meet X on Monday"
    text = (
        "Kenyan Foreign Minister Wilson Ndolo Ayah arrived in Kampala on Sunday. "
        "Ayah will meet his Ugandan counterpart Paul Ssemogerere on Monday."
    )
    talks = _one(_events(extractor, text, date(1991, 6, 3)), "CONSULT", "meet")  # Monday
    assert (talks.status, talks.place) == ("planned", "Kampala")


def test_agreeing_to_cooperate_is_an_agreement(extractor: Extractor) -> None:
    # frames._agreed_aim and _agreed_to: "agreed to cooperate to ..." is the agreement (AGREE,
    # occurred), not a planned cooperation; "will cooperate" stays one
    day = date(1987, 3, 20)
    text = (
        "Kenya, Uganda and Tanzania agreed in Nairobi on February 22 to cooperate to hold coffee "
        "prices. The accord has held since then, traders said."
    )
    events = _events(extractor, text, day)
    agreement = _one(events, "AGREE")
    assert (agreement.status, agreement.date) == ("occurred", "1987-02-22")
    assert not [e for e in events if e.type == "COOPERATE"]
    text = "Kenya and Uganda will cooperate on research."
    assert _one(_events(extractor, text, day), "COOPERATE").status == "planned"


def test_the_target_hung_on_a_sanctions_amount_is_hit(extractor: Extractor) -> None:
    # participants._object_actors: "tariffs of 300 mln dlrs on Ugandan goods" (the parser
    # hangs the target on the amount)
    text = "Kenya will impose tariffs of 30 mln dlrs on Ugandan goods from April 17."
    sanction = _one(_events(extractor, text, date(1987, 3, 31)), "SANCTION")
    assert (sanction.countries, sanction.status, sanction.date) == (
        ("KEN", "UGA"),
        "planned",
        "1987-04-17",
    )


def test_calling_on_a_party_is_a_request_only_with_what_is_asked(extractor: Extractor) -> None:
    # triggers.yaml REQUEST directive: "called on Nairobi to reopen the border" asks; "called
    # on President Moi on Monday" (a call of courtesy) asks nothing
    day = date(1991, 6, 5)
    text = "Uganda called on Kenya and Tanzania to reopen the border."
    requests = [e for e in _events(extractor, text, day) if e.type == "REQUEST"]
    assert sorted(e.countries for e in requests) == [("UGA", "KEN"), ("UGA", "TZA")]
    text = (
        "Ugandan Foreign Minister Paul Ssemogerere called on Kenyan Finance Minister George "
        "Saitoti on Monday."
    )
    assert not [e for e in _events(extractor, text, day) if e.type == "REQUEST"]


def test_visiting_a_minister_is_meeting_him(extractor: Extractor) -> None:
    # events._visits_a_person: a verb of visiting whose object is a person (not a leader,
    # who receives at home) is a meeting
    day = date(1991, 6, 5)
    text = (
        "Ugandan Foreign Minister Paul Ssemogerere visited Kenyan Finance Minister George "
        "Saitoti on Monday."
    )
    meeting = _one(_events(extractor, text, day), "CONSULT")
    assert (meeting.mode, set(meeting.people)) == ("meet", {"Paul Ssemogerere", "George Saitoti"})


def test_members_of_a_group_of_firms_name_no_state(extractor: Extractor) -> None:
    # names.yaml member_groups: "banks including State Bank of India" names a bank, not India
    text = (
        "Kenya signed a loan agreement on Monday with a syndicate of banks including the "
        "State Bank of India and Barclays Bank of Uganda."
    )
    events = _events(extractor, text, date(1991, 6, 5))
    assert not [e for e in events if {"IND", "UGA"} & set(e.countries)]


def test_a_measure_coming_into_force_is_its_event(extractor: Extractor) -> None:
    # frames._into_force_verb, triggers.yaml words.in_force: "the tariffs take effect on May 4",
    # "are to come into force": the verb of coming into force carries the state noun and
    # dates it ("Kenyan tariffs on Ugandan goods" alone is a state, not an act)
    day = date(1991, 4, 24)
    cases = {
        "Kenyan tariffs on Ugandan goods take effect on May 4.": ("planned", "1991-05-04"),
        "Kenyan tariffs on Ugandan goods are to take effect on May 4.": ("planned", "1991-05-04"),
        "Kenyan sanctions against Uganda are expected to come into force on May 4.": (
            "planned",
            "1991-05-04",
        ),
        "Kenyan tariffs on Ugandan goods went into effect on Monday.": ("occurred", "1991-04-22"),
    }
    for text, (status, when) in cases.items():
        sanction = _one(_events(extractor, text, day), "SANCTION")
        assert (sanction.countries, sanction.status, sanction.date) == (
            ("KEN", "UGA"),
            status,
            when,
        )
    assert not _events(extractor, "Kenyan tariffs on Ugandan goods hurt exporters.", day)


def test_talks_that_are_to_open_are_planned_for_their_day(extractor: Extractor) -> None:
    # timing._governs_own_infinitive: be + to-infinitive said of an event noun ("talks are to
    # open on Monday") plans it for the infinitive's day, as "are due to open" does
    text = "Talks between Kenya and Uganda are to open in Nairobi on Monday."
    talks = _one(_events(extractor, text, date(1991, 4, 24)), "CONSULT")
    assert (talks.status, talks.date, talks.place) == ("planned", "1991-04-29", "Nairobi")


def test_an_aspect_of_talks_with_their_own_parties_tells_the_talks(extractor: Extractor) -> None:
    # frames._is_background, triggers.yaml words.held_aspects: "the success of the talks
    # between A and B over the past two days" tells those talks; "the prospect of talks" and
    # "the pace of the talks" (no parties or date of their own) remain a topic
    day = date(1991, 4, 24)
    text = (
        "Despite the success of the talks between Kenya and Uganda over the past two days, no "
        "agreement was signed."
    )
    talks = _one(_events(extractor, text, day), "CONSULT")
    assert (talks.countries, talks.status, talks.date) == (
        ("KEN", "UGA"),
        "occurred",
        "1991-04-23/1991-04-24",
    )
    for text in (
        "The prospect of talks between Kenya and Uganda worried traders.",
        "Kenyan and Ugandan traders awaited the outcome of the talks.",
    ):
        assert not [e for e in _events(extractor, text, day) if e.type == "CONSULT"], text


def test_an_office_holder_named_without_his_middle_initials_has_his_country(
    extractor: Extractor,
) -> None:
    # offices.OfficeHolders.terms_of: office_holders.csv lists "George H. W. Bush"; a story
    # of 1987 writes "Vice President George Bush" (without a country, he met no state)
    text = "Canadian Foreign Secretary Joe Clark met Vice President George Bush on Monday."
    meeting = _one(_events(extractor, text, date(1987, 3, 11)), "CONSULT")
    assert (meeting.countries, meeting.people) == (("CAN", "USA"), ("Joe Clark", "George Bush"))


def test_a_part_of_a_time_dates_the_event_as_the_whole(extractor: Extractor) -> None:
    # timing._time_in_prep, triggers.yaml words.time_parts: "in the first half of next month"
    # is next month (the grammar finds "next month" alone inside the phrase)
    text = (
        "Kenyan Foreign Minister Paul Mwangi said he would go to Kampala in the first half of "
        "next month to sign the border agreement with Uganda."
    )
    visit = _one(_events(extractor, text, date(1991, 4, 24)), "CONSULT")
    assert (visit.mode, visit.status, visit.date) == ("visit", "planned", "1991-05")


def test_a_journey_to_a_bodys_gathering_is_no_visit_to_its_host(extractor: Extractor) -> None:
    # events._to_a_bodys_gathering, _a_bodys_gathering: "arrived in Geneva to attend the GATT
    # talks" goes to the body's talks, not to Switzerland; the talks' other party is not the
    # place either. Talks with the host's officials remain a visit.
    day = date(1987, 4, 6)
    for text in (
        "Kenyan Trade Minister Paul Mwangi arrived in Geneva on Monday to attend the GATT talks.",
        "Kenyan Trade Minister Paul Mwangi arrived in Geneva on Monday for the GATT meeting.",
    ):
        found = _events(extractor, text, day)
        assert not [e for e in found if "CHE" in e.countries], (text, found)
    text = (
        "Kenyan Trade Minister Paul Mwangi arrived in Bern on Monday for talks with Swiss "
        "officials."
    )
    visit = _one([e for e in _events(extractor, text, day) if e.mode == "visit"], "CONSULT")
    assert visit.countries == ("KEN", "CHE")


def test_a_later_definite_mention_dates_the_signing_told_without_a_day(
    extractor: Extractor,
) -> None:
    # events._date_what_was_told: "The accord, signed March 11, ..." and "The accord, which
    # was signed on Wednesday, ..." give their day to the signing told before with only the
    # publication date; a named other accord ("the Paris Club accord") or a date of the
    # sentence rather than of the noun's own clause does not
    day = date(1991, 4, 22)  # a Monday
    lead = "Kenya has signed a fisheries accord with Uganda, the Kenyan ministry said. "
    for rest, expected in (
        ("The accord, signed April 11, lets Ugandan boats fish in the lake.", "1991-04-11"),
        ("The accord, which was signed on Wednesday, lets Ugandan boats fish.", "1991-04-17"),
        ("The Paris Club accord, signed on April 2, covers debts due in 1992.", "1991-04-22"),
        ("The accord lets Ugandan boats fish in the lake from April 30.", "1991-04-22"),
    ):
        signing = _one(_events(extractor, lead + rest, day), "AGREE")
        assert (signing.countries, signing.date) == (("KEN", "UGA"), expected), rest


def test_a_place_named_only_as_where_does_not_make_the_articles_pair(
    extractor: Extractor,
) -> None:
    # actors._where_only: "in New York", "in London" say where; they do not make the United
    # States or Britain the country an article is about, whose events the pair completes
    # ("the two sides will meet again"). A capital that acts still does.
    day = date(1987, 3, 24)
    text = (
        "Kenyan Finance Minister Paul Mwangi held talks with the committee of creditor banks "
        "in New York on Monday. Mwangi said the two sides would meet again next week in London."
    )
    found = _events(extractor, text, day)
    assert not [e for e in found if {"USA", "GBR"} & set(e.countries)], found
    text = (
        "Kenyan Finance Minister Paul Mwangi said on Monday that Washington had asked Nairobi "
        "to cut its tariffs. Mwangi said the two sides would meet again next week."
    )
    found = _events(extractor, text, day)
    assert [e for e in found if set(e.countries) == {"KEN", "USA"}], found


def test_a_country_named_once_is_not_the_pair_that_completes_events(extractor: Extractor) -> None:
    # actors._main_pair (_PAIR_MIN, _in_passing): "the two sides would meet again" after talks
    # with creditor banks is no meeting with Uganda, named once in passing ("Ugandan coffee");
    # named twice, or once as a party ("a grant from Uganda"), it is the article's other one
    day = date(1987, 3, 24)
    lead = (
        "Kenyan Finance Minister Paul Mwangi held talks with the committee of creditor banks on "
        "Monday. Mwangi said the two sides would meet again next week. "
    )
    once = "Prices of Ugandan coffee fell last year."
    found = _events(extractor, lead + once, day)
    assert not [e for e in found if "UGA" in e.countries], found
    for more in (
        "Kenya's exports to Uganda fell last year, and Uganda's exports to Kenya rose.",
        "Kenya will also receive a grant from Uganda.",
    ):
        found = _events(extractor, lead + more, day)
        assert [e for e in found if set(e.countries) == {"KEN", "UGA"}], (more, found)


def test_what_is_said_to_be_unlikely_does_not_happen(extractor: Extractor) -> None:
    # frames._is_denied, triggers.yaml words.failing: "it is unlikely (that) Uganda will
    # reject ..." says the rejection will not come; "Uganda will reject ..." plans it
    day = date(1987, 4, 6)
    lead = "Kenya and Uganda held talks on Monday. "
    for rest, planned in (
        ("It is unlikely Uganda will reject the Kenyan proposal, officials said.", False),
        ("It is unlikely that Uganda will reject the Kenyan proposal, officials said.", False),
        ("Uganda will reject the Kenyan proposal, officials said.", True),
    ):
        rejections = [e for e in _events(extractor, lead + rest, day) if e.type == "REJECT"]
        assert bool(rejections) is planned, (rest, rejections)


def test_an_aim_that_only_changes_a_measure_is_agreed(extractor: Extractor) -> None:
    # frames._names_event_in_aim: "agreed to lower tariffs" is an agreement (lowering them is
    # no sanction of its own); "agreed to impose tariffs" is coded by the tariffs, "agreed to
    # hold talks" by the talks
    day = date(1987, 4, 6)
    text = "France and Italy agreed to lower tariffs on wine."
    assert [(e.type, e.countries) for e in _events(extractor, text, day)] == [
        ("AGREE", ("FRA", "ITA"))
    ]
    for text, kind in (
        ("France and Italy agreed to impose tariffs on wine.", "SANCTION"),
        ("France and Italy agreed to hold talks on wine next week.", "CONSULT"),
    ):
        assert [e.type for e in _events(extractor, text, day)] == [kind], text


def test_a_thing_given_to_a_state_parsed_as_a_dative_has_its_recipient(
    extractor: Extractor,
) -> None:
    # events._given_to, triggers.yaml AID lending nouns: the parser makes "to Peru" a dative
    # of the verb that carries the aid noun; credits and credit guarantees are lent
    day = date(1987, 4, 6)
    for text in (
        "Japan provided aid to Peru on Monday.",
        "Japan provided 10 mln dlrs in credit guarantees to Peru.",
        "Japan extended new credits to Peru, the finance ministry said.",
    ):
        aid = _one(_events(extractor, text, day), "AID")
        assert aid.countries == ("JPN", "PER"), text


def test_a_leader_of_a_sector_is_not_the_states_leader(extractor: Extractor) -> None:
    # references._word_reference: "leader" stands for the head of state or government, but
    # not under a common noun that names another field ("industry leader", "union leader");
    # "the Saudi leader" still is the king
    day = date(1987, 3, 30)
    text = "A Japanese industry leader accused the United States of protectionism on Monday."
    assert not [e for e in _events(extractor, text, day) if "Hirohito" in e.people]
    text = "The Saudi leader met the French foreign minister on Monday."
    meeting = _one(_events(extractor, text, day), "CONSULT")
    assert meeting.countries == ("SAU", "FRA") and "Fahd bin Abdulaziz" in meeting.people


def test_a_gathering_of_unnamed_ministers_is_not_the_articles_pair(extractor: Extractor) -> None:
    # events._of_unnamed_ministers, triggers.yaml words.group: "a two-day meeting of trade
    # ministers" is many states' meeting, not one of the pair the article is about; a meeting
    # of ministers whose states are named is theirs, and a group's meeting its members'
    day = date(1987, 4, 6)
    lead = "Kenya and Uganda are at odds over coffee quotas. "
    for rest in (
        "Kenyan Trade Minister Paul Mwangi spoke on the eve of a two-day meeting of trade "
        "ministers.",
        "Kenyan Trade Minister Paul Mwangi chaired yesterday's joint meeting of ministers.",
    ):
        found = _events(extractor, lead + rest, day)
        assert not [e for e in found if e.type == "CONSULT"], (rest, found)
    rest = "A meeting of Kenyan and Ugandan ministers opened in Nairobi on Monday."
    meeting = _one(_events(extractor, lead + rest, day), "CONSULT")
    assert meeting.countries == ("KEN", "UGA")


def test_a_states_export_credit_agency_acts_for_its_state(extractor: Extractor) -> None:
    # countries.yaml metonyms: an export credit or aid agency lends, insures and negotiates in
    # its state's name ("talks with Coface" are talks with France, gold's wire convention)
    day = date(1987, 5, 4)
    text = "Ghana's finance minister will hold talks in Paris tomorrow with Coface."
    talks = _one(_events(extractor, text, day), "CONSULT")
    assert talks.countries == ("GHA", "FRA") and talks.status == "planned"
    text = "The ECGD has extended a 40 mln stg loan to Kenya, officials said on Monday."
    aid = _one(_events(extractor, text, day), "AID")
    assert aid.countries == ("GBR", "KEN")


def test_an_amount_given_in_aid_reaches_its_recipient(extractor: Extractor) -> None:
    # frames._amount_of, events._given_to: "sent 50 mln dlrs | in aid" (the parser may hang
    # "in" on the verb) and "authorized 8 mln dlrs in credit guarantees | to Peru" (the "to"
    # on the amount) give the recipient as the verb's own "to" does
    day = date(1987, 5, 4)
    for text, pair in (
        ("Sweden will send 50 mln dlrs in aid to Tanzania.", ("SWE", "TZA")),
        (
            "The Commodity Credit Corporation has authorized 8.0 mln dlrs in credit guarantees "
            "to Peru, officials said on Monday.",
            ("USA", "PER"),
        ),
    ):
        aid = _one(_events(extractor, text, day), "AID")
        assert aid.countries == pair, text


def test_an_aim_whose_verb_lacks_the_object_it_needs_is_what_was_agreed(
    extractor: Extractor,
) -> None:
    # frames._verb_of_an_event: "agreed to adopt common standards" is an agreement (adopting
    # makes an event of its own only of a statement or declaration); "agreed to hold talks"
    # is still told by the talks
    day = date(1987, 5, 4)
    text = "Australia and New Zealand agreed last month to adopt common food standards."
    agreed = _one(_events(extractor, text, day), "AGREE")
    assert agreed.countries == ("AUS", "NZL") and agreed.date == "1987-04"
    text = "Australia and New Zealand agreed last month to hold talks on food standards."
    assert not [e for e in _events(extractor, text, day) if e.type == "AGREE"]


def test_talks_prior_to_which_a_visitor_arrives_are_his_and_planned(extractor: Extractor) -> None:
    # participants._governing_subject, timing._is_sequence, triggers.yaml words.prepositions:
    # "prior to talks" is read as "ahead of talks" is (the adverb of a two-word preposition
    # leads up to the verb whose subject holds the talks, which are still to come)
    day = date(1987, 5, 4)  # a Monday
    text = (
        "Irish Foreign Minister Brian Lenihan arrived in Ottawa on Sunday prior to talks with "
        "Canadian officials later this week."
    )
    talks = _one(_events(extractor, text, day), "CONSULT", "meet")
    assert talks.countries == ("IRL", "CAN") and talks.status == "planned"
    assert "Brian Lenihan" in talks.people


def test_the_capital_named_by_its_countrys_adjective_is_a_place(extractor: Extractor) -> None:
    # actors._capital_named, names.yaml capital_nouns, Knowledge.capital_on: "arrived in the
    # Hungarian capital" is a visit to Budapest (the capital on the article's day: Bonn for
    # West Germany in 1987); "companies with Italian capital" stays Italy's
    text = "The Finnish president arrived in the Hungarian capital on Tuesday for a state visit."
    visit = _one(_events(extractor, text, date(2022, 6, 8)), "CONSULT", "visit")
    assert visit.countries == ("FIN", "HUN") and visit.place == "Budapest"
    text = "Dutch Foreign Minister Hans van den Broek arrived in the West German capital on Monday."
    visit = _one(_events(extractor, text, date(1987, 3, 3)), "CONSULT", "visit")
    assert visit.countries == ("NLD", "DEU") and visit.place == "Bonn"


def test_a_conditional_threat_to_revoke_licences(extractor: Extractor) -> None:
    # triggers.yaml SANCTION licences: taking away another state's firms' licences or rights
    # is a sanction, and under a condition a threat ("would revoke ... if")
    day = date(1987, 5, 4)
    text = (
        "Canada said it would revoke the licences of South Korean banks if Canadian banks were "
        "not allowed to open branches in Seoul."
    )
    threat = _one(_events(extractor, text, day), "THREATEN")
    assert threat.countries == ("CAN", "KOR")
    text = "Norway suspended the landing rights of the Bulgarian state airline on Friday."
    assert _one(_events(extractor, text, day), "SANCTION").countries == ("NOR", "BGR")


def test_summoning_another_states_envoy_is_an_official_complaint(extractor: Extractor) -> None:
    # triggers.yaml ACCUSE summoning (CAMEO 114): only an envoy summoned, not a court's summons
    day = date(2023, 5, 16)
    text = "Latvia summoned the Belarusian ambassador on Monday over the border incident."
    assert _one(_events(extractor, text, day), "ACCUSE").countries == ("LVA", "BLR")
    text = "A Latvian court summoned the former Belarusian minister on Monday."
    assert not [e for e in _events(extractor, text, day) if e.type == "ACCUSE"]


def test_a_levy_on_another_states_goods_is_a_sanction(extractor: Extractor) -> None:
    day = date(2023, 5, 16)
    text = "India imposed a 20 percent levy on steel from Vietnam on Monday."
    assert _one(_events(extractor, text, day), "SANCTION").countries == ("IND", "VNM")
    text = "The government imposed a levy on banks on Monday."
    assert not _events(extractor, text, day)


def test_a_conversation_with_a_party_is_a_meeting(extractor: Extractor) -> None:
    # triggers.yaml CONSULT conversation: "had a conversation with X" (not one with reporters)
    day = date(2023, 5, 16)
    text = (
        "Chilean President Gabriel Boric had a conversation with the Peruvian president on Monday."
    )
    talks = _one(_events(extractor, text, day), "CONSULT")
    assert talks.mode == "meet" and talks.countries == ("CHL", "PER")
    text = "In a conversation with reporters on Monday, the Chilean president praised Peru."
    assert not [e for e in _events(extractor, text, day) if e.type == "CONSULT"]


def test_what_is_denied_or_asked_is_no_event(extractor: Extractor) -> None:
    # frames._is_denied ("denied reports that X would travel"), possibility.is_hypothetical
    # with triggers.yaml words.questions ("asked whether he would meet X"); a confirmed report
    # is still told
    day = date(2023, 5, 16)
    for text in (
        "Vilnius denied reports that the Lithuanian premier would travel to Minsk for talks.",
        "Asked whether he would meet the Polish president, the Lithuanian premier smiled.",
        "Lithuania has not decided whether to send its premier to Warsaw next week.",
    ):
        assert not [e for e in _events(extractor, text, day) if e.type == "CONSULT"], text
    text = "Vilnius confirmed reports that the Lithuanian premier would travel to Warsaw next week."
    assert _one(_events(extractor, text, day), "CONSULT", "visit").status == "planned"


def test_to_be_to_blame_is_said_now_not_planned(extractor: Extractor) -> None:
    # triggers.yaml words.judging_infinitives: "X was to blame" is no "be to" plan
    text = "Armenia said on Monday that Azerbaijan was to blame for the clashes."
    accused = _one(_events(extractor, text, date(2023, 5, 16)), "ACCUSE")
    assert accused.status == "occurred" and set(accused.countries) == {"ARM", "AZE"}


def test_talks_held_in_a_phone_call_are_a_call(extractor: Extractor) -> None:
    # frames._by_means, _a_means: "discussed trade with X in a telephone conversation" is one
    # call, not a meeting beside it ("in video footage" is no means)
    text = (
        "The Ecuadorian president discussed trade with his Colombian counterpart Gustavo Petro "
        "in a telephone conversation on Monday."
    )
    found = [e for e in _events(extractor, text, date(2023, 5, 16)) if e.type == "CONSULT"]
    assert [e.mode for e in found] == ["phone"], found


def test_a_visit_told_as_an_aside_is_under_way(extractor: Extractor) -> None:
    # timing._set_off: "X, on a three-day visit to Spain, asked Y to ..." is on the visit now;
    # the infinitive asked for makes the request's aim, not the visit, a plan
    text = (
        "Uruguayan President Luis Lacalle Pou, on a three-day visit to Portugal, asked Antonio "
        "Costa to back the trade deal."
    )
    visit = _one(_events(extractor, text, date(2023, 5, 16)), "CONSULT", "visit")
    assert visit.status == "occurred" and visit.countries == ("URY", "PRT")


def test_suspending_a_measure_lifts_it(extractor: Extractor) -> None:
    # triggers.yaml RETREAT easing (suspend, pause) and SANCTION severing: "suspended the
    # tariffs" eases them (it had been a sanction; CAMEO 085 is RETREAT in CAMEO2PLOVER);
    # "suspended relations" is still a sanction
    day = date(2025, 2, 4)
    text = "Japan suspended its tariffs on Australian beef."
    assert [e.type for e in _events(extractor, text, day)] == ["RETREAT"]
    text = "Canada suspended diplomatic relations with Libya on Monday."
    assert _one(_events(extractor, text, day), "SANCTION").countries == ("CAN", "LBY")
    # words.denying: "suspended talks with X" breaks contact and holds no talks
    text = "Canada suspended talks with China on Monday."
    assert [e.type for e in _events(extractor, text, day)] == ["SANCTION"]


def test_coordinated_states_act_one_by_one_on_each_state(extractor: Extractor) -> None:
    # participants._participant_groups: an act (not a meeting or an agreement) by coordinated
    # states is one act by each, as event data codes dyads ("Britain and France condemned the
    # strike by Russia" had been one event of three countries)
    day = date(2025, 3, 4)
    text = "Britain and France condemned the missile strike by Russia on Monday."
    found = sorted(e.countries for e in _events(extractor, text, day) if e.type == "ACCUSE")
    assert found == [("FRA", "RUS"), ("GBR", "RUS")]
    text = "Norway and Denmark urged Iran and Iraq to accept a ceasefire."
    found = sorted(e.countries for e in _events(extractor, text, day) if e.type == "REQUEST")
    assert found == [("DNK", "IRN"), ("DNK", "IRQ"), ("NOR", "IRN"), ("NOR", "IRQ")]
    # a meeting or an agreement of several states stays one event
    text = "Britain and France signed a defence agreement with Germany on Monday."
    assert [len(e.countries) for e in _events(extractor, text, day)] == [3]
    # a state named inside the subject's phrase is not one of the actors
    text = "Pakistan, a close U.S. ally, condemned the raid by India on Monday."
    assert ("USA", "IND") not in [e.countries for e in _events(extractor, text, day)]


def test_a_measure_on_goods_from_states_hits_each_state(extractor: Extractor) -> None:
    # participants._direct_objects: "duties on steel from A and B" are aimed at A and at B
    day = date(2025, 3, 4)
    text = "Canada imposed tariffs on imports from Japan and South Korea on Tuesday."
    found = sorted(e.countries for e in _events(extractor, text, day) if e.type == "SANCTION")
    assert found == [("CAN", "JPN"), ("CAN", "KOR")]


def test_two_states_agreeing_to_a_truce_agree(extractor: Extractor) -> None:
    # frames._agreed_aim with words.agreed_arrangements: what is agreed to is the agreement
    # itself ("agreed to a ceasefire" had given nothing, the ceasefire read as another event)
    day = date(2025, 10, 19)  # a Sunday
    text = "Israel and Lebanon agreed to a ceasefire on Friday."
    found = _one(_events(extractor, text, day), "AGREE")
    assert (found.countries, found.status, found.date) == (("ISR", "LBN"), "occurred", "2025-10-17")
    text = "Thailand and Cambodia agreed on a truce last week."
    assert _one(_events(extractor, text, day), "AGREE").date == "2025-10-06/2025-10-12"
    # any other noun after "agreed to" is not the agreement ("agreed to the request")
    assert _events(extractor, "Chile and Peru agreed to the request on Friday.", day) == []


def test_a_call_with_a_party_is_a_phone_conversation(extractor: Extractor) -> None:
    # triggers.yaml CONSULT call_with (needs_object WITH): "held a call with X" had been a
    # request; a call for something stays one
    day = date(2025, 2, 3)
    text = "German Chancellor Olaf Scholz held a call with French President Emmanuel Macron."
    found = _one(_events(extractor, text, day), "CONSULT")
    assert (found.mode, found.countries) == ("phone", ("DEU", "FRA"))
    text = "Japan renewed its call for restraint by China."
    assert [e.type for e in _events(extractor, text, day)] == ["REQUEST"]


def test_an_invitation_is_the_visit_it_invites_to_not_a_request(extractor: Extractor) -> None:
    # triggers.yaml REQUEST directive no longer lists invite: the gold codes an invitation by
    # the planned visit or meeting, never as a request of its own
    day = date(2024, 3, 5)
    text = (
        "President Kassym-Jomart Tokayev invited French President Emmanuel Macron to visit "
        "Kazakhstan."
    )
    found = _events(extractor, text, day)
    assert [(e.type, e.mode, e.status) for e in found] == [("CONSULT", "visit", "planned")]
    assert found[0].countries == ("FRA", "KAZ")


def test_a_visit_told_as_an_aside_stays_under_way_before_an_invitation(
    extractor: Extractor,
) -> None:
    # timing._is_planned: an aside between commas is under way whatever the verb after it
    # governs ("invited X to attend" had made the visit a plan)
    day = date(2023, 3, 20)
    text = (
        "Japanese Prime Minister Fumio Kishida, on a two-day visit to India, formally invited "
        "Prime Minister Narendra Modi to attend the summit."
    )
    visit = next(e for e in _events(extractor, text, day) if e.mode == "visit")
    assert (visit.status, visit.countries, visit.place) == ("occurred", ("JPN", "IND"), "India")
    assert visit.people == ("Fumio Kishida",)  # the one invited is not on the visit
    # frames._purpose_verb: the verb after an aside is not what the visit is for; and a
    # first-named summit of a group is its own event, not the visit told before it
    text = text.replace("the summit.", "the Group of Seven summit that Japan will host.")
    found = _events(extractor, text, day)
    summit = next(e for e in found if e.mode == "multilateral")
    assert summit.status == "planned" and {"IND", "JPN"} <= set(summit.countries)
    assert [e.mode for e in found].count("visit") == 1
    # its own words can still make it a plan
    text = "Japanese Prime Minister Fumio Kishida, on his upcoming visit to India, will meet Modi."
    visit = next(e for e in _events(extractor, text, day) if e.mode == "visit")
    assert visit.status == "planned"
    # a visit "during" which something will be done is that act's, to come (not somebody on a
    # visit now)
    text = (
        "U.S. Agriculture Secretary Richard Lyng said he and Trade Representative Clayton "
        "Yeutter, during a visit to Japan later this month, will demand an end to the quota."
    )
    visit = next(e for e in _events(extractor, text, day) if e.mode == "visit")
    assert (visit.status, visit.people) == ("planned", ("Richard Lyng",))


def test_a_deposit_with_another_states_central_bank_is_aid(extractor: Extractor) -> None:
    # triggers.yaml AID deposit: props up the other state's reserves (not money kept in a
    # foreign bank)
    day = date(2022, 6, 21)
    text = "In March, Kuwait deposited $2 billion with the Central Bank of Jordan."
    found = _one(_events(extractor, text, day), "AID")
    assert (found.countries, found.date) == (("KWT", "JOR"), "2022-03")
    assert _events(extractor, "Iran deposited its oil revenues in Swiss banks.", day) == []


def test_names_written_with_accents_keep_all_their_words(extractor: Extractor) -> None:
    # actors._name_word: a name's words may carry letters of any Latin script; and the given
    # names before a surname the model tagged elsewhere are all the name's
    # (actors._given_names_start)
    day = date(2025, 5, 21)
    text = (
        "Kazakh President Kassym-Jomart Tokayev had a brief conversation with Turkish President "
        "Recep Tayyip Erdoğan on Wednesday."
    )
    found = _one(_events(extractor, text, day), "CONSULT")
    assert found.people == ("Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan")
    text = (
        "President of the Republic of Turkey Recep Tayyip Erdoğan paid a visit to the city of "
        "Shusha on Tuesday. Aliyev and Erdoğan spoke by telephone a week earlier."
    )
    found = _events(extractor, text, day)
    assert [e.people for e in found if e.mode == "visit"] == [("Recep Tayyip Erdoğan",)]


def test_a_meeting_on_the_sidelines_of_a_summit_has_the_summits_day(
    extractor: Extractor,
) -> None:
    # timing._time_of_framed: "on the sidelines of the summit ... on Wednesday" dates the
    # meeting, whatever noun of the summit's phrase the parser hangs the day on
    day = date(2025, 5, 23)
    text = (
        "President Kassym-Jomart Tokayev met with Prime Minister of Hungary Viktor Orbán on the "
        "sidelines of the informal summit of the Organization of Turkic States in Budapest on "
        "Wednesday, his press secretary reported."
    )
    found = _one(_events(extractor, text, day), "CONSULT", "meet")
    assert (found.date, found.place) == ("2025-05-21", "Budapest")


def test_a_phone_call_the_parser_hangs_on_the_object_is_the_means(
    extractor: Extractor,
) -> None:
    # frames._calls_in_object: "discussed preparations for the trip in a phone call" is a
    # call, though the parser hangs "in a phone call" on "trip"
    day = date(2021, 6, 16)
    text = (
        "Azerbaijani President Ilham Aliyev and Turkish President Recep Tayyip Erdogan had "
        "discussed preparations for the trip in a phone call last week."
    )
    found = _one(_events(extractor, text, day), "CONSULT")
    assert (found.mode, found.date) == ("phone", "2021-06-07/2021-06-13")
    text = "The two presidents discussed the results of the talks in Ankara last week."
    assert [e.mode for e in _events(extractor, text, day)] != ["phone"]


def test_a_conditional_threat_is_made_when_it_is_said(extractor: Extractor) -> None:
    # timing._threat_made: "would retaliate ... if" is a threat made on the day of saying
    # (not a plan without a date); events._conditional_warnings: a warning that the warner's
    # side will act if a condition is not met threatens the other side, whatever the act
    day = date(1987, 11, 13)
    text = (
        "Brazilian Foreign Minister Roberto de Abreu Sodre said on Thursday that Brazil would "
        "retaliate against American goods if the duties were not withdrawn."
    )
    found = _one(_events(extractor, text, day), "THREATEN")
    assert (found.status, found.date, found.countries) == ("occurred", "1987-11-12", ("BRA", "USA"))
    assert found.people == ("Roberto de Abreu Sodre",)  # one name the model tags as two
    text = (
        "U.S. Deputy Trade Representative Michael Smith warned that Congress could pass curbs "
        "on Korean goods if the imbalance kept growing."
    )
    found = _one(_events(extractor, text, day), "THREATEN")
    assert (found.countries, found.people) == (("USA", "KOR"), ("Michael Smith",))
    text = (
        "Canadian External Affairs Minister Joe Clark warned that Canada would take the case "
        "to the GATT if the U.S. duties were made final."
    )
    assert _one(_events(extractor, text, day), "THREATEN").countries == ("CAN", "USA")
    # a threat somebody will seek is not made yet
    text = (
        "The meat industry will seek to have the U.S. government retaliate against Korean "
        "exports if their complaints are upheld."
    )
    assert [e.status for e in _events(extractor, text, day)] == ["planned"]
    # a forecast of what others may do is no threat
    text = "Japan warned that China's exports could fall if the yen rose further."
    assert _events(extractor, text, day) == []


def test_an_act_during_the_meeting_told_before_has_its_day(extractor: Extractor) -> None:
    # events._during_told_meeting: "during the meeting", "during the call" point back to the
    # meeting or call the article told, and take its day (not the publication day)
    day = date(1987, 6, 17)
    text = (
        "Tanzanian President Ali Hassan Mwinyi met Chinese Vice Premier Tian Jiyun on Monday. "
        "During the meeting Mwinyi appealed to China for more help with the recovery programme."
    )
    assert _one(_events(extractor, text, day), "REQUEST").date == "1987-06-15"
    text = (
        "Pakistani President Mohammad Zia-ul-Haq telephoned Indian Prime Minister Rajiv Gandhi "
        "on Sunday. Zia urged Gandhi during the call to reduce the troops along the frontier."
    )
    assert _one(_events(extractor, text, day), "REQUEST").date == "1987-06-14"


def test_calling_on_a_person_is_a_visit_of_courtesy(extractor: Extractor) -> None:
    # triggers.yaml CONSULT courtesy_call (needs_object CALLED): a meeting with the person
    # called on; with a "to" clause it asks something (REQUEST directive)
    day = date(1987, 3, 5)
    text = (
        "Soviet Foreign Minister Eduard Shevardnadze is due to call on Prime Minister Prem "
        "Tinsulanonda on Friday."
    )
    found = _one(_events(extractor, text, day), "CONSULT", "meet")
    assert (found.status, found.date) == ("planned", "1987-03-06")
    assert found.people == ("Eduard Shevardnadze", "Prem Tinsulanonda")
    text = (
        "Japanese Prime Minister Yasuhiro Nakasone called on President Reagan to end the tariffs."
    )
    assert [e.type for e in _events(extractor, text, day)] == ["REQUEST"]


def test_an_official_without_a_country_is_the_datelines(extractor: Extractor) -> None:
    # actors._local_officials: wire copy names its own country's officials without it
    day = date(1987, 5, 13)
    text = (
        "BONN, May 13 - Egyptian Deputy Prime Minister Kamal el-Ganzouri arrived in Bonn on "
        "Monday for a three-day visit.\n\nGanzouri held talks with Economics Minister Martin "
        "Bangemann on Tuesday on West German investment in Egypt."
    )
    found = _one(_events(extractor, text, day), "CONSULT", "meet")
    assert (set(found.countries), found.date) == ({"EGY", "DEU"}, "1987-05-12")
    assert set(found.people) == {"Kamal el-Ganzouri", "Martin Bangemann"}
    # a former official holds no office of the dateline's state (names.yaml past_office_words)
    text = (
        "WASHINGTON, April 7 - A Turkish military court jailed former deputy prime minister "
        "Alpaslan Turkes for 11 years, Anatolian Agency reported."
    )
    assert [e.countries for e in _events(extractor, text, day) if "USA" in e.countries] == []


def test_it_was_signed_by_names_the_signatories_of_the_agreement_told(
    extractor: Extractor,
) -> None:
    # events._is_definite: a passive signing whose subject is "it" points back to the
    # agreement just told: one event, with its day and the signatories
    day = date(1987, 5, 13)
    text = (
        "BONN, May 13 - West Germany and Egypt signed an agreement on Tuesday rescheduling "
        "Egyptian debt.\n\nIt was signed by State Secretary Hans Tietmeyer and Egyptian Deputy "
        "Prime Minister Kamal el-Ganzouri."
    )
    found = [e for e in _events(extractor, text, day) if e.type == "AGREE"]
    assert [(e.date, e.people) for e in found] == [
        ("1987-05-12", ("Hans Tietmeyer", "Kamal el-Ganzouri"))
    ]


def test_an_under_secretary_acts_for_his_state(extractor: Extractor) -> None:
    # roles.yaml deputy_minister ("under secretary", "deputy minister"); participants._actors_of:
    # a title word the parser takes for a preposition ("Commerce | Under Secretary X") still
    # leads to the person it names
    day = date(1987, 3, 12)
    text = (
        "U.S. Commerce Under Secretary Bruce Harland, in Tokyo for talks on semiconductors, on "
        "Tuesday urged Japan to open its markets to American computer chips."
    )
    found = _one(_events(extractor, text, day), "REQUEST")
    assert (found.countries, found.people, found.date) == (
        ("USA", "JPN"),
        ("Bruce Harland",),
        "1987-03-10",
    )


def test_force_named_by_what_it_hits_is_an_attack(extractor: Extractor) -> None:
    # triggers.yaml ASSAULT striking: "struck positions", "exchanged fire" in articles too;
    # participants._places_in: a province's owner ("Afghanistan's Paktika province") is hit;
    # where a light verb's attack lands ("carried out airstrikes in X") is its target
    day = date(2025, 10, 19)
    text = "Pakistani jets struck positions in Afghanistan's Paktika province on Friday."
    found = _one(_events(extractor, text, day), "ASSAULT")
    assert (found.countries, found.date) == (("PAK", "AFG"), "2025-10-17")
    text = "Pakistan carried out airstrikes in Afghanistan on Friday."
    assert _one(_events(extractor, text, day), "ASSAULT").countries == ("PAK", "AFG")
    text = "Indian and Pakistani troops exchanged fire along the border on Monday."
    assert set(_one(_events(extractor, text, day), "ASSAULT").countries) == {"IND", "PAK"}
    assert _events(extractor, "Japan hit its export targets last year.", day) == []
    text = "Dealers in Washington were reluctant to open fresh positions before the talks."
    assert _events(extractor, text, day) == []
    text = "When Korean exports rise it hits the heart of the U.S. manufacturing base."
    assert _events(extractor, text, day) == []


def test_a_capital_asked_through_a_preposition_is_its_state(extractor: Extractor) -> None:
    # events._sides: the one a speech act is addressed to ("called on Bonn to", "appealed to
    # Paris to") is the capital's state, as the object of "urged Bonn to" was
    day = date(1987, 7, 9)
    text = "Soviet leader Mikhail Gorbachev called on Bonn to back Soviet arms proposals."
    found = _one(_events(extractor, text, day), "REQUEST")
    assert (found.countries, found.people) == (("SUN", "DEU"), ("Mikhail Gorbachev",))
    text = "Chirac appealed to Washington on Monday to lift the duties on French cheese."
    assert _one(_events(extractor, text, day), "REQUEST").countries == ("FRA", "USA")


def test_what_is_asked_after_the_occasion_of_asking_is_the_request(
    extractor: Extractor,
) -> None:
    # parsing.asked_infinitives: "called on Bonn during the talks to back": the parser hangs
    # the infinitive on "talks"; it is what the one asked is to do (not "appealed to Britain
    # for help to rebuild the line", the purpose of the help, whose places are no party)
    day = date(1987, 7, 9)
    text = "Soviet leader Mikhail Gorbachev called on Bonn during the talks to back the plan."
    found = _one(_events(extractor, text, day), "REQUEST")
    assert (found.countries, found.people) == (("SUN", "DEU"), ("Mikhail Gorbachev",))
    text = (
        "Mozambique's foreign minister appealed to Britain on Wednesday for more help to "
        "rebuild the railway from Zimbabwe to the port of Beira."
    )
    assert _one(_events(extractor, text, day), "REQUEST").countries == ("MOZ", "GBR")


def test_an_act_during_the_talks_takes_the_day_of_its_own_peoples_talks(
    extractor: Extractor,
) -> None:
    # events._during_told_meeting: "during the talks" points back to the last talks its own
    # people held, not to another pair's talks told in between
    day = date(1987, 7, 9)
    text = (
        "MOSCOW, July 9 - Soviet leader Mikhail Gorbachev and West German President Richard "
        "von Weizsaecker held talks in the Kremlin on Tuesday.\n\nWest German Foreign Minister "
        "Hans-Dietrich Genscher held separate talks with Soviet Foreign Minister Eduard "
        "Shevardnadze on Wednesday.\n\nA West German spokesman said Gorbachev called on Bonn "
        "during the talks to back Soviet proposals for cuts in conventional forces."
    )
    found = _one(_events(extractor, text, day), "REQUEST")
    assert (found.countries, found.date) == (("SUN", "DEU"), "1987-07-07")


def test_an_act_before_another_dated_one_is_dated_by_its_month(extractor: Extractor) -> None:
    # timing._time_below: a clause of "before"/"after" (triggers.yaml background_prepositions)
    # gives the act only the month of its own day: the act is near it, not on it
    day = date(1987, 7, 9)
    text = (
        "West Germany and the Soviet Union will sign an agreement on reactor safety before "
        "President Richard von Weizsaecker leaves on Saturday."
    )
    found = _one(_events(extractor, text, day), "AGREE")
    assert (found.status, found.date) == ("planned", "1987-07")


def test_the_leader_of_a_countrys_delegation_is_of_that_country(extractor: Extractor) -> None:
    # actors._country_of_group_led (names.yaml leader_verbs): "a U.S. delegation led by X" is
    # no official of the dateline's country; parsing.subordinators: "as a delegation ...
    # arrived" is a clause of time with its subject, not "as" + a noun
    day = date(1987, 2, 10)
    text = (
        "SEOUL, Feb 10 - The trade figures were published as a U.S. trade delegation led by "
        "Deputy Trade Representative Michael Smith arrived on Monday.\n\nSmith met Trade "
        "Minister Rha Woong-bae on Tuesday."
    )
    events = _events(extractor, text, day)
    visit = next(e for e in events if e.mode == "visit")
    assert (visit.countries, visit.people, visit.date) == (
        ("USA", "KOR"),
        ("Michael Smith",),
        "1987-02-09",
    )
    meeting = next(e for e in events if e.mode == "meet" and e.date == "1987-02-10")
    assert (meeting.countries, set(meeting.people)) == (
        ("USA", "KOR"),
        {"Michael Smith", "Rha Woong-bae"},
    )


def test_ordering_another_states_envoys_to_leave_expels_them(extractor: Extractor) -> None:
    # triggers.yaml SANCTION ordered_to_leave (needs_object LEAVE): not one's own withdrawn
    day = date(1987, 6, 2)
    text = "The Soviet Union today ordered two British diplomats to leave the country."
    found = _one(_events(extractor, text, day), "SANCTION")
    assert (found.countries, found.date) == (("SUN", "GBR"), "1987-06-02")
    text = "Iraq ordered the Iranian charge d'affaires to leave within 48 hours."
    assert _one(_events(extractor, text, day), "SANCTION").countries == ("IRQ", "IRN")
    assert _events(extractor, "Britain ordered its diplomats to leave Kuwait.", day) == []
    assert _events(extractor, "Iraq ordered its troops to leave Kuwait.", day) == []


def test_the_next_leg_of_a_planned_trip_is_planned(extractor: Extractor) -> None:
    # timing._in_sequence/_sequence_planned: "was due to fly to X, before heading to Y on
    # Wednesday": the gerund of "before" shares the plan (and its weekday lies ahead);
    # timing._time_below: "later on Tuesday" dates the verb the adverb modifies
    day = date(2022, 6, 21)
    text = (
        "Saudi Crown Prince Mohammed bin Salman was due to fly to Amman later on Tuesday for "
        "talks with King Abdullah II, before heading to Ankara on Wednesday."
    )
    found = {
        (e.mode, e.countries, e.status, e.date)
        for e in _events(extractor, text, day)
        if e.type == "CONSULT"
    }
    assert found == {
        ("visit", ("SAU", "JOR"), "planned", "2022-06-21"),
        ("meet", ("SAU", "JOR"), "planned", "2022-06-21"),
        ("visit", ("SAU", "TUR"), "planned", "2022-06-22"),
    }
    text = (
        "Saudi Crown Prince Mohammed bin Salman flew to Amman on Monday, before heading to Ankara."
    )
    legs = [e for e in _events(extractor, text, day) if e.mode == "visit"]
    assert {(e.countries, e.status) for e in legs} == {
        (("SAU", "JOR"), "occurred"),
        (("SAU", "TUR"), "occurred"),
    }


def test_a_meeting_on_the_sidelines_of_the_summit_told_before_is_at_it(
    extractor: Extractor,
) -> None:
    # timing.gathering_told: "on the sidelines of the summit" points back to the summit told
    # before; the meeting takes its days ("earlier this week": the week before the story's
    # day) and its place (places._own_place)
    day = date(2024, 3, 8)
    text = (
        "CANBERRA - Vietnamese Prime Minister Pham Minh Chinh held talks with Australian Prime "
        "Minister Anthony Albanese in Canberra on Thursday, after attending the ASEAN summit "
        "in Melbourne earlier this week.\n\nOn the sidelines of the summit, Chinh also met "
        "Malaysian Prime Minister Anwar Ibrahim."
    )
    found = next(
        e for e in _events(extractor, text, day) if e.mode == "meet" and "MYS" in e.countries
    )
    assert (found.countries, found.date, found.place) == (
        ("VNM", "MYS"),
        "2024-03-04/2024-03-07",
        "Melbourne",
    )


def test_an_exchange_of_notes_is_a_signing(extractor: Extractor) -> None:
    # triggers.yaml AGREE exchange_of_notes: notes or instruments exchanged conclude an accord
    day = date(2023, 3, 20)
    text = "Japan and India exchanged notes on a 300 billion yen loan on Monday."
    found = _one(_events(extractor, text, day), "AGREE")
    assert (found.mode, found.countries, found.date) == ("sign", ("JPN", "IND"), "2023-03-20")
    assert _events(extractor, "Japan and India exchanged views on regional security.", day) == []


def test_a_call_on_a_person_told_in_the_past_or_as_a_noun_is_a_meeting(
    extractor: Extractor,
) -> None:
    # events._objects_of: the preposition of "call_on" names who is called on, not a topic;
    # triggers.yaml CONSULT courtesy_call_noun: "paid a courtesy call on X" (no request)
    day = date(1987, 3, 11)
    for text in (
        "Polish Foreign Minister Marian Orzechowski called on Italian President Francesco "
        "Cossiga on Wednesday.",
        "Polish Foreign Minister Marian Orzechowski paid a courtesy call on Italian President "
        "Francesco Cossiga on Wednesday.",
    ):
        found = _one(_events(extractor, text, day), "CONSULT", "meet")
        assert (found.countries, found.people, found.date) == (
            ("POL", "ITA"),
            ("Marian Orzechowski", "Francesco Cossiga"),
            "1987-03-11",
        )


def test_a_relative_clause_in_the_past_keeps_its_tense_under_a_plan(
    extractor: Extractor,
) -> None:
    # timing._told_in_the_past: "X, who met Y on Friday, is due to see Z": Y's meeting is over
    day = date(1987, 3, 11)
    text = (
        "Thai Foreign Minister Siddhi Savetsila, who met Chinese Foreign Minister Wu Xueqian on "
        "Friday, is due to see Soviet Foreign Minister Eduard Shevardnadze next week."
    )
    found = {(e.countries, e.status, e.date) for e in _events(extractor, text, day)}
    assert found == {
        (("THA", "CHN"), "occurred", "1987-03-06"),
        (("THA", "SUN"), "planned", "1987-03-16/1987-03-22"),
    }


def test_travel_for_talks_in_a_place_or_expected_there_is_a_visit(
    extractor: Extractor,
) -> None:
    # events._purpose_places and participants._toward: "leaves for talks in Stockholm" goes
    # there; frames._placed_predicate: "is expected in Tripoli" as "is due in Tripoli"
    day = date(1987, 3, 11)
    text = (
        "Norwegian Foreign Minister Thorvald Stoltenberg leaves on Friday for talks in "
        "Stockholm with Swedish Prime Minister Ingvar Carlsson."
    )
    visit = _one(_events(extractor, text, day), "CONSULT", "visit")
    assert (visit.countries, visit.status, visit.date, visit.place) == (
        ("NOR", "SWE"),
        "planned",
        "1987-03-13",
        "Stockholm",
    )
    text = (
        "Syrian President Hafez al-Assad is expected in Tripoli next month for talks with "
        "Libyan leader Muammar Gaddafi."
    )
    visit = _one(_events(extractor, text, day), "CONSULT", "visit")
    assert (visit.countries, visit.status, visit.date) == (("SYR", "LBY"), "planned", "1987-04")
    assert _events(extractor, "The decision is expected in Washington next month.", day) == []


def test_a_meeting_denied_did_not_happen(extractor: Extractor) -> None:
    # frames._is_denied: the clause a verb of denying (words.denying) takes, unless negated
    day = date(1987, 3, 11)
    text = (
        "Egyptian officials denied that President Hosni Mubarak had met Israeli Prime Minister "
        "Yitzhak Shamir."
    )
    assert _events(extractor, text, day) == []
    text = text.replace("denied", "did not deny")
    assert _one(_events(extractor, text, day), "CONSULT", "meet").countries == ("EGY", "ISR")


def test_a_length_before_the_day_does_not_hide_the_day(extractor: Extractor) -> None:
    # timing._time_in_prep: "for two hours on Monday": the parser hangs the day on the length
    day = date(1987, 3, 10)
    text = (
        "Greek Foreign Minister Karolos Papoulias and his Turkish counterpart Vahit Halefoglu "
        "discussed Cyprus for two hours on Monday in Brussels."
    )
    assert _one(_events(extractor, text, day), "CONSULT", "meet").date == "1987-03-09"


def test_recalling_ones_envoy_is_a_sanction_against_his_host(extractor: Extractor) -> None:
    # triggers.yaml SANCTION diplomats (recall), names.yaml envoy_nouns: one's own envoy "to
    # X" / "in <X's capital>" names the other party; "for consultations" is no meeting
    # (events._called_home); a High Commissioner is an envoy (summoning)
    day = date(1987, 3, 6)
    text = "OTTAWA, March 6 - Canada recalled its ambassador to South Africa today."
    found = _one(_events(extractor, text, day), "SANCTION")
    assert (found.countries, found.date) == (("CAN", "ZAF"), "1987-03-06")
    text = (
        "OTTAWA, March 6 - Canada was recalling its ambassador in Pretoria, John Smith, for "
        "consultations, a spokesman said."
    )
    assert [(e.type, e.countries) for e in _events(extractor, text, day)] == [
        ("SANCTION", ("CAN", "ZAF"))
    ]
    text = "Mulroney recalled that Canada had sent its ambassador to Pretoria in 1980."
    assert _events(extractor, text, day) == []
    text = (
        "COLOMBO, March 6 - Sri Lanka today summoned the Pakistani High Commissioner to "
        "protest against the seizure of a trawler."
    )  # (a summons made to protest is that protest: frames._summons_to_protest, 0.3.106)
    assert _one(_events(extractor, text, day), "PROTEST").countries == ("LKA", "PAK")


def test_the_day_of_a_dateline_dates_no_event(extractor: Extractor) -> None:
    # context.dated_at: "JERUSALEM, March 4 -" is when the story was filed; the parser may hang
    # that day on the lead's verb, whose own day is "on Sunday"
    day = date(1987, 3, 4)
    text = "JERUSALEM, March 4 - Israel withdrew its troops from Lebanon on Sunday."
    assert _one(_events(extractor, text, day), "RETREAT").date == "1987-03-01"


def test_an_act_after_or_at_the_end_of_the_talks_takes_their_day(extractor: Extractor) -> None:
    # events._during_told_meeting (triggers.yaml words.after_meeting, meeting_ends)
    day = date(2025, 4, 15)
    first = "The Emir of Qatar held talks with the President of Indonesia in Doha on Monday. "
    for then in ("Following the talks", "At the end of the talks"):
        text = first + f"{then}, Qatar and Indonesia signed a memorandum on energy."
        assert _one(_events(extractor, text, day), "AGREE").date == "2025-04-14"


def test_a_person_is_named_as_the_article_writes_him_in_full(extractor: Extractor) -> None:
    # actors._fullest_written: "President Tinubu" (known as "Bola Tinubu") and "President Bola
    # Ahmed Tinubu" are one person under the article's full form; actors._join_adjacent and
    # office_holders.csv: "King Maha | Vajiralongkorn" is one name, and "His Majesty" refers
    # back to nobody (names.yaml styles)
    day = date(2024, 12, 4)
    text = (
        "South African President Cyril Ramaphosa met President Tinubu of Nigeria in Abuja on "
        "Tuesday. President Bola Ahmed Tinubu welcomed him."
    )
    assert _one(_events(extractor, text, day), "CONSULT", "meet").people == (
        "Cyril Ramaphosa",
        "Bola Ahmed Tinubu",
    )
    text = (
        "Cambodian Prime Minister Hun Manet was granted a royal audience by His Majesty King "
        "Maha Vajiralongkorn on Wednesday."
    )
    found = _one(_events(extractor, text, date(2024, 2, 8)), "CONSULT", "meet")
    assert (found.countries, found.people) == (
        ("KHM", "THA"),
        ("Hun Manet", "Maha Vajiralongkorn"),
    )


def test_reports_denied_or_not_confirmed_tell_no_event(extractor: Extractor) -> None:
    # frames._in_a_denied_report: through the clause's infinitive ("was preparing to sign"),
    # with words.gainsaying ("dismissed") and a negated words.confirming
    day = date(2024, 7, 9)
    for text in (
        "Colombian officials denied reports that Bogota was preparing to sign a defence "
        "agreement with Caracas.",
        "The ministry did not confirm reports that Kyrgyzstan and Hungary would sign an "
        "agreement on labour migration.",
        "Indonesian officials dismissed reports that Jakarta would sign a defence deal with "
        "Moscow.",
    ):
        assert [e for e in _events(extractor, text, day) if e.type == "AGREE"] == []
    text = (
        "The ministry confirmed reports that Kyrgyzstan and Hungary would sign an agreement on "
        "labour migration."
    )
    assert _one(_events(extractor, text, day), "AGREE").status == "planned"


def test_a_telephone_talk_and_an_exchange_of_documents(extractor: Extractor) -> None:
    # triggers.yaml CONSULT phone ("telephone talk"), AGREE exchange_of_notes (the noun)
    day = date(2024, 7, 9)
    text = (
        "Japanese Foreign Minister Yoko Kamikawa held a telephone talk with Philippine Foreign "
        "Secretary Enrique Manalo on Monday."
    )
    assert _one(_events(extractor, text, day), "CONSULT").mode == "phone"
    text = (
        "Thai Prime Minister Srettha Thavisin and Cambodian Prime Minister Hun Manet witnessed "
        "the exchange of four documents on Monday."
    )
    assert _one(_events(extractor, text, day), "AGREE").mode == "sign"
    text = "The two sides had an exchange of views on regional issues."
    assert _events(extractor, text, day) == []


def test_two_clauses_side_by_side_in_a_headline_keep_their_own_tense(
    extractor: Extractor,
) -> None:
    # timing._own_tense: "X and Y meet in Caracas, pledge to rebuild ties" is no complement of
    # the pledge (no plan); headlines tell the past in the present
    day = date(2022, 11, 2)
    text = (
        "Petro and Maduro meet in Caracas, pledge to rebuild ties\n\nCARACAS - Colombian "
        "President Gustavo Petro met Venezuelan President Nicolas Maduro at Miraflores Palace "
        "on Tuesday."
    )
    found = [e for e in _events(extractor, text, day) if e.type == "CONSULT"]
    assert [(e.status, e.date) for e in found] == [("occurred", "2022-11-01")]


def test_where_a_traveller_comes_from_is_no_place_of_his_visit(extractor: Extractor) -> None:
    # events._origin: "from X" after a verb of travel; places._place: "flew in" is to the
    # dateline's city, as "arrived here"
    day = date(1987, 3, 4)
    text = (
        "Sudanese Foreign Minister Sharif al-Tuhami, who arrived in Cairo from Tripoli on "
        "Tuesday, held talks with President Hosni Mubarak."
    )
    visits = [e for e in _events(extractor, text, day) if e.mode == "visit"]
    assert [(e.countries, e.place) for e in visits] == [(("SDN", "EGY"), "Cairo")]
    text = (
        "CANBERRA, March 4 - Soviet Foreign Minister Eduard Shevardnadze flew in from Bangkok "
        "on Wednesday for a three-day visit."
    )
    visits = [e for e in _events(extractor, text, day) if e.mode == "visit"]
    assert [(e.countries, e.place) for e in visits] == [(("SUN", "AUS"), "Canberra")]


def test_raids_on_bases_and_shells_fired_are_attacks(extractor: Extractor) -> None:
    # triggers.yaml ASSAULT striking (raid), raiding_bases, shelling; the ASSAULT section comes
    # before COERCE, whose "raid" is a police raid; participants._places_in: "into Iran"
    day = date(1987, 3, 4)
    text = "PRETORIA, March 4 - South African troops raided a guerrilla base inside Angola."
    assert _one(_events(extractor, text, day), "ASSAULT").countries == ("ZAF", "AGO")
    text = "BAGHDAD, March 4 - Iraqi artillery fired 5,000 shells into Iran on Saturday."
    found = _one(_events(extractor, text, day), "ASSAULT")
    assert (found.countries, found.date) == (("IRQ", "IRN"), "1987-02-28")
    text = "Pakistani police raided the offices of an opposition party in Karachi."
    assert [e.type for e in _events(extractor, text, day)] != ["ASSAULT"]
    assert _events(extractor, "President Zia fired two ministers on Monday.", day) == []


def test_troops_massed_or_stood_down_at_a_border_face_its_other_state(
    extractor: Extractor,
) -> None:
    # triggers.yaml MOBILIZE massing, RETREAT standing_down; events._border_states (words.borders)
    day = date(1987, 3, 4)
    text = "NEW DELHI, March 4 - Pakistan has massed troops on the Indian border, officials said."
    assert _one(_events(extractor, text, day), "MOBILIZE").countries == ("PAK", "IND")
    text = "HANOI, March 4 - Vietnam has massed several divisions along its frontier with China."
    assert _one(_events(extractor, text, day), "MOBILIZE").countries == ("VNM", "CHN")
    text = (
        "NEW DELHI, March 4 - India today lifted the alert on its armed forces along the "
        "Pakistani border."
    )
    assert _one(_events(extractor, text, day), "RETREAT").countries == ("IND", "PAK")
    assert _events(extractor, "The company moved its headquarters to Singapore.", day) == []


def test_each_document_of_a_list_is_its_own_signing(extractor: Extractor) -> None:
    # events._split_agreements: documents the model hangs on the verb (npadvmod) or sets in
    # apposition to the first (_run_on_documents), and those named after "the signing of"
    # (_signed_of; "witness" is a light verb)
    day = date(1987, 3, 10)
    for text, names in (
        (
            "Greece and Cyprus signed an air transport agreement, a double taxation treaty and "
            "a cultural accord on Monday.",
            ["air transport agreement", "double taxation treaty", "cultural accord"],
        ),
        (
            "Greece and Cyprus signed a wheat supply protocol, a nuclear cooperation agreement "
            "and an accord on shipping on Monday.",
            ["wheat supply protocol", "nuclear cooperation agreement", "accord on shipping"],
        ),
        (
            "The Greek and Cypriot presidents held talks on Monday. Following the talks, Greece "
            "and Cyprus witnessed the signing of a memorandum on energy, an agreement on water "
            "management and a memorandum on tourism.",
            ["memorandum on energy", "agreement on water management", "memorandum on tourism"],
        ),
    ):
        found = [e for e in _events(extractor, text, day) if e.type == "AGREE"]
        assert sorted(e.agreement or "" for e in found) == sorted(names)
        assert {e.date for e in found} == {"1987-03-09"}


def test_a_finite_verb_shares_no_modal_with_a_bare_infinitive(extractor: Extractor) -> None:
    # timing._sharing_tense: "said Zambia would not tolerate raids and urged Zimbabwe to ...":
    # "urged" is told in the past, not under "would"
    day = date(1987, 3, 6)
    text = (
        "LUSAKA, March 6 - President Kenneth Kaunda told a rally on Monday that Zambia would "
        "not tolerate further raids and urged Zimbabwe to keep its troops away from the border."
    )
    found = _one(_events(extractor, text, day), "REQUEST")
    assert (found.countries, found.status, found.date) == (
        ("ZMB", "ZWE"),
        "occurred",
        "1987-03-02",
    )
    text = "Japan will visit China and sign a treaty on fisheries."
    assert {e.status for e in _events(extractor, text, day)} == {"planned"}


def test_second_cities_and_provinces_of_the_news_are_places(extractor: Extractor) -> None:
    # places.yaml: cities and regions that diplomacy and conflict news names (Fez, Aqaba,
    # Blantyre, Yunnan ...), with their spellings
    day = date(1987, 5, 8)
    for text, place in (
        (
            "RABAT, May 8 - Tunisian Foreign Minister Hedi Mabrouk was received by King Hassan "
            "of Morocco in Fez on Thursday.",
            "Fès",
        ),
        (
            "Jordan's King Hussein met Egyptian President Hosni Mubarak in Aqaba on Thursday.",
            "Aqaba",
        ),
        (
            "Mozambique's President Joaquim Chissano met Malawi's President Hastings Banda in "
            "Blantyre on Thursday.",
            "Blantyre",
        ),
    ):
        assert _one(_events(extractor, text, day), "CONSULT", "meet").place == place


def test_an_act_at_the_meeting_is_not_dated_by_a_visit(extractor: Extractor) -> None:
    # events._during_told_meeting: "at the meeting" points back to a meeting, not to the visit
    # told before (the visit's days are no meeting's day)
    day = date(1987, 4, 8)
    text = (
        "Mozambican Foreign Minister Pascoal Mocumbi held talks with British Foreign Secretary "
        "Geoffrey Howe on Wednesday.\n\nMocumbi arrived in London on Monday for a four-day "
        "visit.\n\nAt the meeting Mocumbi asked Britain for more help for the railway."
    )
    assert _one(_events(extractor, text, day), "REQUEST").date == "1987-04-08"


def test_an_aim_agreed_whose_verb_is_read_only_in_lone_sentences(extractor: Extractor) -> None:
    # frames._verb_of_an_event: "strengthen" and "set" are troop or coercion verbs only in lone
    # sentences; in an article what was agreed to strengthen or set up is the agreement itself
    day = date(1987, 3, 10)
    for text in (
        "Ghana and Togo agreed on Monday to set up a joint commission on border trade.",
        "Ghana and Togo agreed on Monday to strengthen cooperation in transport.",
    ):
        agreed = _one(_events(extractor, text, day), "AGREE")
        assert (agreed.countries, agreed.date) == (("GHA", "TGO"), "1987-03-09")


def test_a_refused_act_names_whom_it_refuses(extractor: Extractor) -> None:
    # events._refused_act_parties: the states a refused infinitive would have touched are the
    # refusal's other side; a name hyphened to a participle ("Belgian-made") describes a thing
    day = date(1987, 3, 10)
    for text, countries in (
        ("Nigeria refused on Monday to extradite the two men to Ghana.", ("NGA", "GHA")),
        ("Japan refused to lift its ban on imports of Chilean fruit.", ("JPN", "CHL")),
        (
            "Egypt refused to allow Belgian-made Libyan aircraft to land at Cairo airport.",
            ("EGY", "LBY"),
        ),
    ):
        assert _one(_events(extractor, text, day), "REJECT").countries == countries


def test_a_threat_is_dated_by_the_saying_right_before_it(extractor: Extractor) -> None:
    # timing._right_after: "said on Monday it would ..." (the model hangs "on Monday" on the
    # clause said); a capital that is the subject of the condition is its state, not a place
    day = date(1987, 3, 11)
    text = (
        "Zambia said on Monday it would cut air links with South Africa unless Pretoria "
        "ended its raids."
    )
    threat = _one(_events(extractor, text, day), "THREATEN")
    assert (threat.date, threat.countries, threat.place) == ("1987-03-09", ("ZMB", "ZAF"), None)


def test_a_kings_given_name_is_not_a_namesakes_surname(extractor: Extractor) -> None:
    # actors._royal_form_of, _join_short_names: "King Hussein" after "Saddam Hussein" is
    # another man; "Salman" is the father's name in "Mohammed bin Salman"
    day = date(1987, 8, 11)
    text = (
        "AMMAN, Aug 11 - Iraqi President Saddam Hussein arrived in Amman on Monday. King "
        "Hussein urged Syria to end its support for Iran."
    )
    request = _one(_events(extractor, text, day), "REQUEST")
    assert (request.countries[:2], request.people) == (("JOR", "SYR"), ("Hussein",))
    text = (
        "King Salman received Egyptian President Abdel Fattah el-Sisi on Monday. Crown Prince "
        "Mohammed bin Salman later held talks with the Egyptian leader."
    )
    people = {e.people[0] for e in _events(extractor, text, date(2023, 3, 14))}
    assert people >= {"Salman", "Mohammed bin Salman"}


def test_accented_names_and_countries_are_read_plain_and_kept_as_written(
    extractor: Extractor,
) -> None:
    # parsing.for_parse folds accented letters; pipeline._as_written gives names back as the
    # article writes them
    day = date(2023, 10, 20)
    text = (
        "HÀ NỘI — Prime Minister Phạm Minh Chính held phone talks with Thai Prime Minister "
        "Srettha Thavisin on Thursday. Chính said Việt Nam wanted stronger ties with Thailand."
    )
    call = _one(_events(extractor, text, day), "CONSULT", "phone")
    assert (call.countries, call.people, call.date) == (
        ("VNM", "THA"),
        ("Phạm Minh Chính", "Srettha Thavisin"),
        "2023-10-19",
    )


def test_the_two_who_agree_are_the_people_just_told_together(extractor: Extractor) -> None:
    # frames._agreed_aim, events._the_two: "the two" or "the sides" after a meeting of a pair
    # agree as that pair, with its people, on its day
    day = date(1987, 9, 16)
    text = (
        "MADRID, Sept 16 - Greek Foreign Minister Karolos Papoulias met his Cypriot "
        "counterpart George Iacovou on Tuesday and the two agreed to set up a joint commission."
    )
    agreed = _one(_events(extractor, text, day), "AGREE")
    assert (agreed.countries, agreed.people, agreed.date) == (
        ("GRC", "CYP"),
        ("Karolos Papoulias", "George Iacovou"),
        "1987-09-15",
    )
    text = (
        "Kenyan President Daniel arap Moi held talks with Tanzanian President Ali Hassan Mwinyi "
        "in Nairobi on Monday.\n\nMwinyi returned home from a visit to Zambia on Sunday.\n\n"
        "The sides agreed to expand cooperation in transport."
    )
    agreed = _one(_events(extractor, text, date(1987, 9, 16)), "AGREE")
    assert (agreed.countries, agreed.date) == (("KEN", "TZA"), "1987-09-14")


def test_an_act_asked_for_is_no_event_and_its_states_are_no_party(extractor: Extractor) -> None:
    # demands._asked_infinitive: the act inside what a verb of asking asks ("to join it in
    # imposing sanctions", an infinitive the parser hangs as advcl after a day) is asked for;
    # participants: the states of that act are what the asking is about
    day = date(1987, 2, 11)
    for text in (
        "Kenya called on Uganda on Wednesday to open talks with Sudan on border security.",
        "Sweden urged Norway on Wednesday to join it in imposing sanctions on South Africa.",
        "Pakistan urged China on Sunday to press Kabul harder.",
    ):
        found = _events(extractor, text, day)
        assert [(e.type, e.countries[:2]) for e in found] == [("REQUEST", found[0].countries[:2])]
        assert len(found[0].countries) == 2, text


def test_a_pair_between_whom_a_topic_lies_is_not_who_discussed_it(extractor: Extractor) -> None:
    # events._objects_of: "discussed the situation between A and B" after a meeting of C and
    # D: A and B are what C and D discussed
    day = date(2024, 3, 12)
    text = (
        "Foreign Minister Ararat Mirzoyan of Armenia met French Foreign Minister Stephane "
        "Sejourne in Paris on Monday. The sides also discussed the situation between Georgia "
        "and Russia."
    )
    assert [e.countries for e in _events(extractor, text, day)] == [("ARM", "FRA")]


def test_a_visit_without_a_place_told_went_on_at_the_dateline(extractor: Extractor) -> None:
    # places._held_at_dateline: "ATHENS - X, on a three-day visit that began on Tuesday" (no
    # place told in the sentence; not a visitor filed from home)
    day = date(1987, 2, 11)
    text = (
        "ROME, Feb 11 - Egyptian Foreign Minister Esmat Abdel-Meguid, who arrived on Monday, "
        "met Italian Prime Minister Bettino Craxi on Tuesday."
    )
    found = _events(extractor, text, day)
    assert {(e.mode, e.place) for e in found} == {("visit", "Rome"), ("meet", "Rome")}
    text = (
        "CAIRO, Feb 11 - Egyptian Foreign Minister Esmat Abdel-Meguid returned on Tuesday from "
        "a three-day visit to Italy."
    )
    visit = _one(_events(extractor, text, day), "CONSULT", "visit")
    assert (visit.place, visit.date) == ("Italy", "1987-02-08/1987-02-10")  # ends on return


def test_a_headline_told_again_in_the_body_is_the_bodys_event(extractor: Extractor) -> None:
    # events._without_headline_repeats: the body's tense and date win over the headline's
    day = date(1987, 5, 6)
    text = (
        "SWEDEN RAISES AID TO KENYA\n\nSTOCKHOLM, May 6 - Sweden will give Kenya 150 mln "
        "crowns in aid next year, officials said."
    )
    aid = _one(_events(extractor, text, day), "AID")
    assert (aid.status, aid.date) == ("planned", "1988")


def test_aid_sent_or_given_and_an_invitation_hung_as_a_clause(extractor: Extractor) -> None:
    # triggers.yaml AID giving: aid given, sent, delivered ... to a recipient;
    # timing._planned_by_its_head: "accepted an invitation from X, Y, to visit Z" is a plan
    day = date(2023, 3, 14)
    text = "Kazakhstan sent humanitarian aid to Tajikistan on Monday."
    aid = _one(_events(extractor, text, day), "AID")
    assert (aid.countries, aid.date) == (("KAZ", "TJK"), "2023-03-13")
    text = (
        "Ugandan Foreign Minister Paul Ssemogerere said he had accepted an invitation from "
        "his Kenyan counterpart, Elijah Mwangale, to visit Nairobi."
    )
    visit = _one(_events(extractor, text, date(1987, 7, 8)), "CONSULT", "visit")
    assert (visit.status, visit.place) == ("planned", "Nairobi")


def test_two_states_of_a_compound_adjective_and_a_former_state(extractor: Extractor) -> None:
    # actors._combining_forms ("Sino-Soviet", countries.yaml combining_forms), not before a
    # region ("Indo-Pacific"); actors._former_description: "the former Soviet republic" in
    # 2023 describes Moldova, it names no Soviet Union
    day = date(1987, 6, 16)
    talks = _one(_events(extractor, "Sino-Soviet border talks resumed on Monday.", day), "CONSULT")
    assert set(talks.countries) == {"CHN", "SUN"}
    text = (
        "CHISINAU, July 26 - Moldova accused Moscow of trying to destabilise the former Soviet "
        "republic, Foreign Minister Nicu Popescu said on Wednesday. Popescu met Romanian "
        "Foreign Minister Luminita Odobescu in Chisinau on Tuesday."
    )
    meet = _one(_events(extractor, text, date(2023, 7, 26)), "CONSULT", "meet")
    assert set(meet.countries) == {"MDA", "ROU"}


def test_a_meeting_attended_by_the_ministers_of_a_list(extractor: Extractor) -> None:
    # events._objects_of: the "by" phrase of a passive light verb names who took part; a
    # city-state among states is a state (events._as_counterpart)
    day = date(1986, 6, 24)
    text = "The talks were attended by the foreign ministers of Indonesia, Malaysia and Singapore."
    talks = _one(_events(extractor, text, day), "CONSULT")
    assert (talks.mode, set(talks.countries)) == ("multilateral", {"IDN", "MYS", "SGP"})


def test_the_two_who_are_no_pair_just_told_make_no_event(extractor: Extractor) -> None:
    # events._bare_two, _sides_named: "the two" with no two people of two states just told,
    # and "they" who reached an agreement, are not the article's pair
    day = date(1987, 3, 2)
    text = (
        "Iran and the United States traded charges on Sunday.\n\nTwo former aides, "
        "described by the commission as key figures, were named.\n\nThe two have refused to "
        "testify."
    )
    assert not [e for e in _events(extractor, text, day) if e.type == "REJECT"]


def test_a_group_meeting_told_by_a_member_or_with_its_counterparts(extractor: Extractor) -> None:
    # events._as_group_meeting: a member state's minister who tells it, or meets "his Group of
    # Seven counterparts", does not make it a meeting of others; "gather" and "convene" meet
    day = date(1987, 4, 3)
    for text in (
        "French Finance Minister Edouard Balladur said the Group of Seven would meet in "
        "Washington on Wednesday to discuss currencies.",
        "Italian Treasury Minister Giovanni Goria said he would meet his Group of Seven "
        "counterparts in Washington next week.",
        "Finance ministers from the Group of Seven will gather in Washington on Wednesday.",
    ):
        meeting = _one(_events(extractor, text, day), "CONSULT", "multilateral")
        assert (meeting.status, meeting.place) == ("planned", "Washington"), text
        assert {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"} <= set(meeting.countries)


def test_the_visiting_minister_is_the_visitor(extractor: Extractor) -> None:
    # references._resolve_title: "the visiting minister" is the minister from abroad told
    # before; frames._is_eventive: the attributive "visiting" is no visit of its own
    day = date(1987, 4, 8)
    text = (
        "LUSAKA, April 8 - Tanzanian Foreign Minister Benjamin Mkapa arrived in Lusaka on Monday "
        "for a two-day visit. The visiting minister called on President Kenneth Kaunda on "
        "Tuesday. The visiting minister flies on to Harare on Thursday."
    )
    found = _events(extractor, text, day)
    meet = _one(found, "CONSULT", "meet")
    assert (set(meet.people), meet.date) == ({"Benjamin Mkapa", "Kenneth Kaunda"}, "1987-04-07")
    visits = sorted((e.status, e.countries) for e in found if e.mode == "visit")
    assert visits == [("occurred", ("TZA", "ZMB")), ("planned", ("TZA", "ZWE"))]


def test_arabic_names_run_through_their_fathers_names(extractor: Extractor) -> None:
    # actors._name_end (names.yaml patronymic_particles) and _same_first_name past an
    # honorific: two men of one family are two people
    day = date(2025, 4, 15)
    text = (
        "Sheikh Tamim bin Hamad Al Thani held talks with Turkish President Recep Tayyip Erdogan "
        "in Doha on Monday. Later on Monday, Erdogan met Sheikh Mohammed bin Abdulrahman bin "
        "Jassim Al Thani."
    )
    people = {frozenset(e.people) for e in _events(extractor, text, day) if e.type == "CONSULT"}
    assert people == {
        frozenset({"Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan"}),
        frozenset({"Recep Tayyip Erdogan", "Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani"}),
    }


def test_aid_lent_to_a_state_and_aid_given_by_nobody_named(extractor: Extractor) -> None:
    # events._given_to: a verb of giving's own "to" names the recipient; frames._agentless:
    # "were given technical assistance" names no giver
    day = date(1987, 3, 28)
    aid = _one(_events(extractor, "Japan will lend 20 billion yen to Thailand.", day), "AID")
    assert (aid.countries, aid.status) == (("JPN", "THA"), "planned")
    text = "Mali, Niger and Chad were given a total of 980,000 dlrs of technical assistance."
    assert not _events(extractor, text, day)


def test_a_two_word_surname_and_a_given_name_alone_are_the_person(extractor: Extractor) -> None:
    # actors._match_record: "Abreu Sodre" ends "Roberto de Abreu Sodre"; actors._add_repeats:
    # "Rachmat" for "Rachmat Saleh" (names that go by the given name)
    day = date(1987, 3, 10)
    text = (
        "ROME, March 10 - Brazilian Foreign Minister Roberto de Abreu Sodre arrived in Rome on "
        "Sunday. Abreu Sodre met Prime Minister Bettino Craxi on Monday."
    )
    meet = _one(_events(extractor, text, day), "CONSULT", "meet")
    assert set(meet.people) == {"Roberto de Abreu Sodre", "Bettino Craxi"}
    text = (
        "Indonesian Trade Minister Rachmat Saleh met New Zealand Trade Minister Mike Moore on "
        "Monday. Rachmat asked New Zealand to cut the duties."
    )
    request = _one(_events(extractor, text, day), "REQUEST")
    assert (request.countries, request.people) == (("IDN", "NZL"), ("Rachmat Saleh",))


def test_a_groups_things_and_an_officers_idiom_are_no_group_meeting(extractor: Extractor) -> None:
    # events._group_people: "EC rules" are no people of the EC; an officer of no member state
    # "met with objections" from its members; "assemble" goods is no gathering
    day = date(1987, 4, 9)
    for text in (
        "Zimbabwe upgraded its abattoirs to meet stringent EC rules.",
        "Commission President Jacques Delors said he met with strong objections from some EC "
        "government heads to his plan.",
        "Kenya and a Chinese group will set up a joint venture in Mombasa to assemble televisions.",
    ):
        assert not [e for e in _events(extractor, text, day) if e.type == "CONSULT"], text


def test_the_visit_prepared_is_the_visit_told_before(extractor: Extractor) -> None:
    # frames._prepared_visit: "to prepare the visit" makes no second, planned visit
    day = date(1987, 5, 22)
    text = (
        "HARARE, May 22 - Mozambican President Joaquim Chissano arrives in Harare on Monday for "
        "a three-day visit. Foreign Minister Pascoal Mocumbi was in Harare last week to prepare "
        "the visit."
    )
    visits = sorted((e.status, e.people) for e in _events(extractor, text, day))
    assert visits == [("occurred", ("Pascoal Mocumbi",)), ("planned", ("Joaquim Chissano",))]


def test_a_span_ahead_does_not_date_a_past_request(extractor: Extractor) -> None:
    # timing._ahead_of_a_past_act: "had asked ... over the next two years" was asked now
    day = date(1986, 9, 4)
    text = (
        "Finance Minister Ahmed Benbitour told reporters Algeria had asked Italy for new export "
        "credits of 300 billion lire to finance equipment purchases over the next two years."
    )
    request = _one(_events(extractor, text, day), "REQUEST")
    assert (request.status, request.date) == ("occurred", "1986-09-04")


def test_a_companys_first_word_is_no_given_name(extractor: Extractor) -> None:
    # actors._add_repeats: "Toshiba" after "Toshiba Machine" is the company, not a person
    day = date(1987, 6, 19)
    text = (
        "Toshiba Machine sold milling machines to the Soviet Union. Toshiba is seeking a U.S. "
        "Air Force contract."
    )
    article = Article(id="t", published_on=day, title="", text=text, content_hash="")
    alone = text.index("Toshiba is")
    assert alone not in {p.start for p in extractor.extract(article).people}


def test_an_official_listed_after_a_foreign_one_serves_the_same_state(
    extractor: Extractor,
) -> None:
    """The dateline's country is that of an official the text gives no country, unless he is
    listed with a foreign one: "headed by Finance Minister X and Central Bank Governor Y"."""
    text = (
        "LONDON, March 23 - Delegates from Ghana are meeting officials of Britain's export "
        "credit agency today, bankers said.\n\nThe Ghanaian team, headed by Finance Minister "
        "Kwesi Botchwey and Central Bank Governor Joseph Abbey, will hold similar talks with "
        "French officials in Paris later this week."
    )
    people = {a.code: a.country for _, a in _mentions(extractor, text, date(1987, 3, 23))}
    assert people["Joseph Abbey"] == "GHA"
    events = _events(extractor, text, date(1987, 3, 23))
    assert [set(e.countries) for e in events if e.place == "Paris"] == [{"GHA", "FRA"}]


def test_here_is_the_dateline_a_jsonl_record_keeps_apart(extractor: Extractor) -> None:
    record = {
        "id": "w1",
        "date": "1987-03-27",
        "text": "Chile and Spain have signed a debt accord, officials said.\n\nThe accord was "
        "signed here yesterday by Chilean Finance Minister Hernan Buchi and Spanish officials.",
        "meta": {"dateline": "MADRID, March 27 -"},
    }
    article = read_record(json.dumps(record), "wire.jsonl", 1, None)
    signed = [e for e in extractor.extract(article).events if e.date == "1987-03-26"]
    assert [(e.type, e.place) for e in signed] == [("AGREE", "Madrid")]


def test_the_host_a_visit_is_for_takes_part_in_it(extractor: Extractor) -> None:
    text = (
        "Italian Prime Minister Bettino Craxi will begin a three-day visit to Egypt on Sunday "
        "for talks with President Hosni Mubarak, officials said."
    )
    visit = _one(_events(extractor, text, date(1986, 3, 7)), "CONSULT", "visit")
    assert visit.people == ("Bettino Craxi", "Hosni Mubarak")
    assert visit.countries == ("ITA", "EGY")


def test_a_name_shortened_from_the_end_is_the_full_name(extractor: Extractor) -> None:
    """Malay, Indonesian and Arab names are shortened to their first words, not a surname."""
    day = date(1987, 3, 2)
    text = (
        "Malaysian Foreign Minister Abu Hassan Omar will visit Brunei next week. Abu Hassan will "
        "meet Sultan Hassanal Bolkiah on Tuesday."
    )
    meet = _one(_events(extractor, text, day), "CONSULT", "meet")
    assert meet.people == ("Abu Hassan Omar", "Hassanal Bolkiah")
    text = (
        "CANBERRA, March 2 - Indonesian Foreign Minister Mochtar Kusumaatmadja arrived here on "
        "Sunday for a three-day visit. Mochtar met Prime Minister Bob Hawke on Monday."
    )
    meet = _one(_events(extractor, text, day), "CONSULT", "meet")
    assert meet.people == ("Mochtar Kusumaatmadja", "Bob Hawke")


def test_who_leads_a_delegation_takes_part_in_its_talks(extractor: Extractor) -> None:
    cases = [
        (
            "Egypt and Israel will hold talks in Cairo next week, officials said. The Egyptian "
            "delegation will be led by Foreign Minister Esmat Abdel-Meguid and the Israeli side "
            "by Foreign Minister Shimon Peres.",
            {"Esmat Abdel-Meguid", "Shimon Peres"},
        ),
        (
            "MADRID, May 20 - A meeting of the Franco-Spanish joint commission opened here on "
            "Tuesday. The commission is co-chaired by French Foreign Minister Jean-Bernard "
            "Raimond and his Spanish counterpart Francisco Fernandez Ordonez.",
            {"Jean-Bernard Raimond", "Francisco Fernandez Ordonez"},
        ),
        (
            "ISLAMABAD, May 23 - Talks between Pakistani and Afghan delegations ended here on "
            "Friday. Zain Noorani, who led the Pakistani delegation, said the talks with Afghan "
            "Foreign Minister Abdul Wakil had been useful.",
            {"Zain Noorani", "Abdul Wakil"},
        ),
    ]
    for text, people in cases:
        meet = _one(_events(extractor, text, date(1987, 5, 23)), "CONSULT", "meet")
        assert set(meet.people) == people, text


def test_groups_named_by_description_or_summit_meet_with_their_members(
    extractor: Extractor,
) -> None:
    day = date(1986, 4, 1)
    text = "The summit of seven major industrial democracies will be held in Tokyo from May 4 to 6."
    summit = _one(_events(extractor, text, day), "CONSULT", "multilateral")
    assert set(summit.countries) == {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"}
    text = "Commonwealth heads of government will meet in Nassau from October 16 to 22."
    summit = _one(_events(extractor, text, date(1985, 10, 1)), "CONSULT", "multilateral")
    assert {"GBR", "CAN", "IND", "NGA"} <= set(summit.countries) and "ZAF" not in summit.countries
    text = (
        "The OAU summit opened in Addis Ababa on Monday with Zambia's Kenneth Kaunda in the chair."
    )
    summit = _one(_events(extractor, text, date(1987, 7, 28)), "CONSULT", "multilateral")
    assert {"ETH", "ZMB", "NGA"} <= set(summit.countries) and "MAR" not in summit.countries


def test_giving_a_party_with_credits_is_aid(extractor: Extractor) -> None:
    text = "West Germany will provide Turkey with credits of 300 mln marks."
    aid = _one(_events(extractor, text, date(1987, 6, 10)), "AID")
    assert aid.countries == ("DEU", "TUR") and aid.status == "planned"


def test_a_signed_document_names_whom_its_act_touches(extractor: Extractor) -> None:
    day = date(1987, 6, 10)
    text = "France signed an agreement on Tuesday to lend Tunisia 500 mln francs, officials said."
    signed = _one(_events(extractor, text, day), "AGREE", "sign")
    assert signed.countries == ("FRA", "TUN") and signed.date == "1987-06-09"
    text = "Brazil signed a contract to buy Soviet oil, officials said."
    assert not [e for e in _events(extractor, text, day) if e.type == "AGREE"]


def test_an_agreement_told_again_as_the_accord_is_one_signing(extractor: Extractor) -> None:
    text = (
        "MANILA, March 4 - Japan signed an agreement on Wednesday to lend the Philippines 60 "
        "billion yen for roads, officials said.\n\nThe accord was signed at the Foreign Ministry "
        "by Japanese Ambassador Kiyoshi Sumiya and Vice President Salvador Laurel."
    )
    signed = _one(_events(extractor, text, date(1987, 3, 4)), "AGREE", "sign")
    assert signed.people == ("Kiyoshi Sumiya", "Salvador Laurel")
    text = (
        "Brazil and Argentina signed a wheat supply protocol, a nuclear cooperation agreement "
        "and an accord setting up a joint investment fund on Wednesday."
    )
    signed = [e for e in _events(extractor, text, date(1986, 12, 10)) if e.type == "AGREE"]
    assert len(signed) == 3


def test_a_bank_before_an_apposed_title_is_no_person(extractor: Extractor) -> None:
    text = (
        "OSAKA, Japan, April 27 - The Philippines has received a 300 mln dlr loan from the "
        "Japanese Export-Import Bank, Philippine Finance Minister Jaime Ongpin told Reuters."
    )
    people = [
        a.code for _, a in _mentions(extractor, text, date(1987, 4, 27)) if a.kind == "person"
    ]
    assert people == ["Jaime Ongpin"]


def test_a_minister_in_a_washington_story_is_not_american(extractor: Extractor) -> None:
    text = (
        "WASHINGTON, April 3 - Deputy Foreign Minister Hiroshi Sato will hold talks here next "
        "week, officials said."
    )
    people = {a.code: a.country for _, a in _mentions(extractor, text, date(1987, 4, 3))}
    assert people["Hiroshi Sato"] is None
    text = "BONN, April 3 - Economics Minister Martin Bangemann will hold talks here next week."
    people = {a.code: a.country for _, a in _mentions(extractor, text, date(1987, 4, 3))}
    assert people["Martin Bangemann"] == "DEU"


def test_a_day_between_subject_and_verb_dates_the_act(extractor: Extractor) -> None:
    """ "Kenya on Sunday accused Uganda": the parser hangs the day on the subject."""
    day = date(2023, 9, 12)  # a Tuesday
    text = "Kenya on Sunday accused Uganda of blocking fuel shipments."
    assert _one(_events(extractor, text, day), "ACCUSE").date == "2023-09-10"
    text = "Japan last week raised tariffs on U.S. chips."
    assert _one(_events(extractor, text, day), "SANCTION").date == "2023-09-04/2023-09-10"


def test_what_a_demand_noun_asks_is_no_act(extractor: Extractor) -> None:
    """ "rejected a U.S. demand that it impose sanctions on Iran": nobody imposed any."""
    text = (
        "TOKYO, May 6 - Japan rejected on Wednesday a U.S. demand that it impose sanctions on "
        "Iran. Officials said talks would continue."
    )
    types = sorted(e.type for e in _events(extractor, text, date(1987, 5, 6)))
    assert types == ["REJECT", "REQUEST"]


def test_the_place_of_what_is_discussed_is_not_the_talks(extractor: Extractor) -> None:
    text = (
        "BANGKOK, June 23 - Thai Prime Minister Srettha Thavisin held talks with his Cambodian "
        "counterpart Hun Manet on Saturday. The two sides also discussed the situation in "
        "Myanmar's Shan state, from where thousands of refugees have fled."
    )
    meet = _one(_events(extractor, text, date(2024, 6, 23)), "CONSULT", "meet")
    assert meet.place == "Bangkok"


def test_an_envoy_back_at_his_post_makes_no_visit(extractor: Extractor) -> None:
    day = date(1987, 5, 6)
    for text in (
        "The Sri Lankan High Commissioner, who returned to New Delhi on Monday after "
        "consultations in Colombo, met Indian officials.",
        "Soviet Ambassador Abdul Rahman Vezirov, who returned to Islamabad on Tuesday after "
        "consultations in Moscow, met Pakistani officials.",
    ):
        assert not [e for e in _events(extractor, text, day) if e.mode == "visit"], text
    text = "The Iranian foreign minister returned to Tehran on Monday from a visit to Paris."
    assert _one(_events(extractor, text, day), "CONSULT", "visit").place == "Paris"


def test_a_warning_of_unnamed_measures_threatens_the_one_the_condition_names(
    extractor: Extractor,
) -> None:
    text = (
        "Foreign Minister Hans-Dietrich Genscher warned that further measures would follow "
        "unless Damascus co-operated."
    )
    threat = _one(_events(extractor, text, date(1986, 11, 16)), "THREATEN")
    assert threat.countries == ("DEU", "SYR")
    text = "The minister warned that exports could fall if the yen rose."
    assert not _events(extractor, text, date(1986, 11, 16))


def test_a_reported_conditional_act_of_ones_own_state_is_a_threat(
    extractor: Extractor,
) -> None:
    """extract/ultimatums.py: "said Greece would stop the ship by force if it entered"."""
    day = date(1987, 3, 27)
    text = (
        "Prime Minister Andreas Papandreou said on Wednesday that Greece would stop the survey "
        "ship by force if Turkey sent it into Greek waters. Ankara said the ship would sail."
    )
    threat = _one(_events(extractor, text, day), "THREATEN")
    assert (threat.countries, threat.date) == (("GRC", "TUR"), "1987-03-25")
    text = (
        "President Yoweri Museveni said Uganda would strike back if Kenyan troops crossed the "
        "border again. Kenya denied the charge."
    )
    assert _one(_events(extractor, text, day), "THREATEN").countries == ("UGA", "KEN")
    for text in (
        "Analysts said exports would fall if the yen rose. Japan said nothing.",
        "U.S. officials said Japan would retaliate if Congress passed the bill. Tokyo said no.",
        "WASHINGTON, March 18 - The United States may offer subsidized wheat to the Soviet "
        "Union, officials said. Soviet officials have said they would buy U.S. wheat if it were "
        "competitively priced.",
        "Bentsen said if Canada proposes such a pact, it would not be fair. Ottawa said no.",
    ):
        assert not [e for e in _events(extractor, text, day) if e.type == "THREATEN"], text


def test_accepting_an_invitation_to_visit_makes_the_one_accepting_the_visitor(
    extractor: Extractor,
) -> None:
    text = (
        "Indian Prime Minister Narendra Modi accepted President Joko Widodo's invitation to "
        "visit Indonesia next year."
    )
    visit = _one(_events(extractor, text, date(2022, 3, 8)), "CONSULT", "visit")
    assert (visit.countries, visit.people, visit.status) == (
        ("IND", "IDN"),
        ("Narendra Modi",),
        "planned",
    )


def test_a_name_after_a_proper_name_of_a_body_is_a_person(extractor: Extractor) -> None:
    """ "Premier of the State Council Li Keqiang": not "the petroleum agency Sonatrach"."""
    text = (
        "Kassym-Jomart Tokayev held talks with President Xi Jinping on Tuesday. Kassym-Jomart "
        "Tokayev also met with Premier of the State Council Li Keqiang."
    )
    people = {e.people for e in _events(extractor, text, date(2022, 3, 8))}
    assert ("Kassym-Jomart Tokayev", "Li Keqiang") in people


def test_a_line_of_credit_and_an_exchange_of_a_memorandum(extractor: Extractor) -> None:
    """ "extended a line of credit" (a measure noun, as "a round of talks"); "witnessed the
    exchange of a memorandum" (a signing)."""
    day = date(2023, 3, 8)
    text = "India will extend a $500 million line of credit to Sri Lanka for port projects."
    aid = _one(_events(extractor, text, day), "AID")
    assert (aid.countries, aid.status) == (("IND", "LKA"), "planned")
    text = (
        "The two leaders witnessed the exchange of a memorandum of understanding on health "
        "cooperation between Vietnam and Laos on Monday."
    )
    signed = _one(_events(extractor, text, day), "AGREE", "sign")
    assert (signed.countries, signed.date) == (("VNM", "LAO"), "2023-03-06")
    assert not _events(extractor, "The ministers exchanged views on the region.", day)


def test_a_reference_noun_before_a_name_is_its_title(extractor: Extractor) -> None:
    """ "Chinese leader Deng Xiaoping": "leader" titles the name after it; it is no reference
    of its own to the head of state of the day (Li Xiannian), whom "he" would then stand for."""
    text = (
        "TOKYO, June 10 - Chinese leader Deng Xiaoping arrived in Tokyo on Tuesday. "
        "He held talks with Prime Minister Yasuhiro Nakasone on Wednesday."
    )
    talks = _one(_events(extractor, text, date(1987, 6, 10)), "CONSULT", "meet")
    assert set(talks.people) == {"Deng Xiaoping", "Yasuhiro Nakasone"}


def test_his_host_is_the_named_person_of_the_visited_country(extractor: Extractor) -> None:
    """ "held talks with his host": the host is the person of the dateline's country named
    before, not nobody."""
    text = (
        "NEW DELHI, May 4 - Prime Minister Rajiv Gandhi welcomed Sri Lankan President Junius "
        "Jayewardene at the airport on Monday. Jayewardene held talks with his host on Tuesday."
    )
    events = _events(extractor, text, date(1987, 5, 5))
    talks = next(e for e in events if e.mode == "meet" and e.date == "1987-05-05")
    assert set(talks.people) == {"Rajiv Gandhi", "Junius Jayewardene"}


def test_the_dateline_is_no_document_of_a_passive_signing(extractor: Extractor) -> None:
    """The model may make a dateline's place a second subject of "was signed": one signing
    of the accord, none of a document named "LISBON, July 2"."""
    text = (
        "LISBON, July 2 - The accord was signed by Portuguese Trade Minister Rui Costa and "
        "Brazilian Deputy Trade Minister Paulo Lima on Wednesday."
    )
    signings = [e for e in _events(extractor, text, date(1987, 7, 2)) if e.mode == "sign"]
    assert [e.agreement for e in signings] == ["accord"]


def test_a_ministry_no_country_qualifies_is_the_datelines(extractor: Extractor) -> None:
    """ "HANOI - A Foreign Ministry spokesman accused ...": the ministry is Vietnam's, so the
    accusation is Vietnam's (names.yaml state_organ_words)."""
    text = "HANOI, June 2 - A Foreign Ministry spokesman accused Laos of shelling border posts."
    accusation = _one(_events(extractor, text, date(1987, 6, 2)), "ACCUSE")
    assert set(accusation.countries) == {"VNM", "LAO"}


def test_a_government_spokesman_acts_for_the_state(extractor: Extractor) -> None:
    text = "CAIRO, May 4 - A government spokesman accused Libya of massing troops on the border."
    accusation = _one(_events(extractor, text, date(1987, 5, 4)), "ACCUSE")
    assert set(accusation.countries) == {"EGY", "LBY"}


def test_a_day_after_another_act_is_dated_from_it(extractor: Extractor) -> None:
    """ "X expelled ... on Friday, a day after Y expelled ...": Y's act was on the Thursday,
    told in the past, not planned and not on the publication day."""
    text = (
        "ROME, Sept 19 - Libya on Friday expelled three Italian diplomats, a day after Italy "
        "expelled four Libyan embassy officials for spying."
    )
    events = [e for e in _events(extractor, text, date(1987, 9, 19)) if e.type == "SANCTION"]
    italy = next(e for e in events if e.countries[0] == "ITA")
    assert (italy.status, italy.date) == ("occurred", "1987-09-17")
    libya = next(e for e in events if e.countries[0] == "LBY")
    assert libya.date == "1987-09-18"


def test_a_place_the_text_calls_a_town_is_a_place(extractor: Extractor) -> None:
    """ "the northern Chadian town of Faya-Largeau", "in Surin province": places the data files
    need not list, never people (names.yaml place_nouns)."""
    text = (
        "NDJAMENA, Oct 20 - Libyan aircraft bombed the northern Chadian town of Faya-Largeau "
        "on Sunday, a government spokesman said."
    )
    attack = _one(_events(extractor, text, date(1987, 10, 20)), "ASSAULT")
    assert attack.place == "Faya-Largeau"
    assert "Faya-Largeau" not in attack.people
    text = "BANGKOK, Aug 12 - Cambodian troops shelled Thai villages in Surin province on Tuesday."
    attack = _one(_events(extractor, text, date(1987, 8, 12)), "ASSAULT")
    assert attack.place == "Surin"


def test_recalling_ones_envoy_from_a_capital_sanctions_its_state(extractor: Extractor) -> None:
    text = "OSLO, May 4 - Norway on Monday recalled its ambassador from Baghdad for consultations."
    recall = _one(_events(extractor, text, date(1987, 5, 4)), "SANCTION")
    assert set(recall.countries) == {"NOR", "IRQ"}


def test_stopping_trade_with_a_state_is_a_sanction(extractor: Extractor) -> None:
    """ "suspended all exports and imports to and from X", "tightened export controls on ...
    to X" (triggers.yaml SANCTION trade_halt, export_controls)."""
    text = "Chile has suspended all exports and imports to and from Bolivia, officials said."
    assert set(_one(_events(extractor, text, date(2023, 5, 4)), "SANCTION").countries) == {
        "CHL",
        "BOL",
    }
    text = "In 2021, Taiwan tightened export controls on machine tools to Vietnam."
    assert set(_one(_events(extractor, text, date(2023, 5, 4)), "SANCTION").countries) == {
        "TWN",
        "VNM",
    }


def test_a_credit_announced_for_a_state_is_aid_to_it(extractor: Extractor) -> None:
    text = "On Monday, Spain announced a 300 million euro line of credit for Morocco."
    aid = _one(_events(extractor, text, date(2023, 5, 4)), "AID")
    assert set(aid.countries) == {"ESP", "MAR"}


def test_a_span_of_years_after_for_is_the_documents_term(extractor: Extractor) -> None:
    """ "signed a Plan of Consultations for 2025-2027": the plan's term, not the day of the
    signing, which was today and happened."""
    text = (
        "YEREVAN - Foreign Minister Ararat Mirzoyan met Foreign Minister of Greece George "
        "Gerapetritis, after which the ministers signed a Plan of Consultations between the "
        "Foreign Ministries for 2025-2027."
    )
    signing = _one(_events(extractor, text, date(2024, 11, 5)), "AGREE", "sign")
    assert (signing.status, signing.date) == ("occurred", "2024-11-05")


def test_a_leader_by_title_and_a_named_leader_both_sign(extractor: Extractor) -> None:
    """ "the Kazakh President and X signed": the title stands for the other state's leader,
    who is no copy of the named one."""
    text = (
        "ASTANA - Following the talks, the Kazakh President and Prime Minister of Malaysia "
        "Anwar Ibrahim signed a joint statement."
    )
    signing = _one(_events(extractor, text, date(2024, 5, 20)), "AGREE", "sign")
    assert set(signing.people) == {"Kassym-Jomart Tokayev", "Anwar Ibrahim"}


def test_title_words_after_a_title_and_comma_are_no_name(extractor: Extractor) -> None:
    text = (
        "BAKU - President Ilham Aliyev received Vice-Chancellor, Federal Minister of "
        "Economic Affairs of Austria Werner Kogler."
    )
    meetings = [e for e in _events(extractor, text, date(2023, 4, 3)) if e.mode == "meet"]
    assert [set(e.people) for e in meetings] == [{"Ilham Aliyev", "Werner Kogler"}]


def test_a_royal_title_word_before_bin_is_a_given_name(extractor: Extractor) -> None:
    """ "Sultan bin Saad Al-Muraikhi" is a minister's name (names.yaml given_name_titles,
    patronymic_particles), not the title of Qatar's ruler."""
    text = (
        "DUSHANBE - President Emomali Rahmon received Minister of State for Foreign Affairs of "
        "Qatar Sultan bin Saad Al-Muraikhi."
    )
    meeting = _one(_events(extractor, text, date(2024, 3, 5)), "CONSULT", "meet")
    assert "Sultan bin Saad Al-Muraikhi" in meeting.people


def test_a_group_meeting_states_outside_it_is_multilateral(extractor: Extractor) -> None:
    """ "ASEAN foreign ministers will meet their counterparts from Canada and New Zealand":
    the members and the outsiders all take part."""
    text = (
        "BANGKOK, July 20 - ASEAN foreign ministers will meet their counterparts from Canada "
        "and New Zealand on Friday."
    )
    meeting = _one(_events(extractor, text, date(1987, 7, 20)), "CONSULT", "multilateral")
    assert {"CAN", "NZL", "THA", "IDN"} <= set(meeting.countries)
    assert meeting.status == "planned"


def test_an_act_done_before_another_dated_one_takes_its_day(extractor: Extractor) -> None:
    """ "Before flying to Rome on Saturday, X telephoned Y": the call was that Saturday, not
    on the publication day."""
    text = (
        "MADRID, June 22 - Before flying to Rome on Saturday, Prime Minister Felipe Gonzalez "
        "telephoned French President Francois Mitterrand."
    )
    call = _one(_events(extractor, text, date(1987, 6, 22)), "CONSULT", "phone")
    assert call.date == "1987-06-20"


def test_its_armed_forces_are_the_reporting_states(extractor: Extractor) -> None:
    """ "Iran said its artillery had pounded Iraqi positions": "its" before a noun of armed
    forces is the state just named (names.yaml armed_force_nouns)."""
    text = "TEHRAN, Oct 5 - Iran said its artillery had pounded Iraqi positions near Basra."
    attack = _one(_events(extractor, text, date(1987, 10, 5)), "ASSAULT")
    assert attack.countries == ("IRN", "IRQ")


def test_met_one_and_then_another_is_two_meetings(extractor: Extractor) -> None:
    text = (
        "On Tuesday, Brazilian President Luiz Inacio Lula da Silva met Spanish Prime Minister "
        "Pedro Sanchez and then Portuguese Prime Minister Antonio Costa."
    )
    meetings = [e for e in _events(extractor, text, date(2023, 4, 26)) if e.mode == "meet"]
    assert {e.countries for e in meetings} == {("BRA", "ESP"), ("BRA", "PRT")}


def test_a_signing_at_the_end_of_a_session_told_before_takes_its_day(
    extractor: Extractor,
) -> None:
    """ "At the end of the session, the parties signed ...": the day and place of the session
    told before ("was held in Tashkent on Monday"), not the publication day and dateline."""
    text = (
        "ASTANA - The fifth session of the Kazakh-Uzbek Intergovernmental Commission was held "
        "in Tashkent on Monday. At the end of the session, Kazakhstan and Uzbekistan signed a "
        "memorandum on water management."
    )
    signing = _one(_events(extractor, text, date(2023, 3, 8)), "AGREE", "sign")
    assert (signing.date, signing.place) == ("2023-03-06", "Tashkent")


def test_a_second_bare_infinitive_shares_the_plan(extractor: Extractor) -> None:
    """ "are expected to hold talks and sign an agreement": the signing is planned too."""
    text = (
        "BAKU - The Prime Minister of Georgia will visit Azerbaijan next week. The heads of "
        "government are expected to hold talks and sign an agreement on transit trade."
    )
    signing = _one(_events(extractor, text, date(2024, 4, 2)), "AGREE", "sign")
    assert signing.status == "planned"


def test_a_meeting_asked_for_in_a_proposal_is_no_meeting(extractor: Extractor) -> None:
    """ "rejected a Yugoslav proposal for a meeting": the rejection only (triggers.yaml
    words.proposing_nouns)."""
    text = (
        "VIENNA, Oct 5 - Austria on Wednesday rejected a Hungarian proposal for a meeting "
        "between the two foreign ministers."
    )
    events = _events(extractor, text, date(1988, 10, 5))
    assert [e.type for e in events] == ["REJECT"]


def test_a_day_after_an_undated_past_clause_counts_from_the_story_day(
    extractor: Extractor,
) -> None:
    text = (
        "SOFIA, Oct 5 - The protest came a day after Bulgarian and Turkish border guards "
        "exchanged fire near Svilengrad, the ministry said."
    )
    clash = _one(_events(extractor, text, date(1988, 10, 5)), "ASSAULT")
    assert clash.date == "1988-10-04"


def test_a_visit_told_as_over_when_leaving_spans_its_days(extractor: Extractor) -> None:
    """ "left for home today after a three-day official visit to Peru": a visit, not
    background, ending the day he left."""
    text = (
        "LIMA, Nov 19 - Ecuadorean President Leon Febres Cordero left for home today after a "
        "three-day official visit to Peru, officials said."
    )
    visit = _one(_events(extractor, text, date(1987, 11, 19)), "CONSULT", "visit")
    assert (visit.countries, visit.date) == (("ECU", "PER"), "1987-11-17/1987-11-19")


def test_a_meeting_at_a_seat_of_government_is_in_its_capital(extractor: Extractor) -> None:
    text = (
        "ASTANA - President Kassym-Jomart Tokayev received Foreign Minister of Portugal Paulo "
        "Rangel at the Akorda on Tuesday."
    )
    meeting = _one(_events(extractor, text, date(2024, 5, 17)), "CONSULT", "meet")
    assert meeting.place == "Astana"


def test_easing_a_measure_on_a_states_goods_is_a_retreat_from_it(extractor: Extractor) -> None:
    """ "lifted its ban on imports of Peruvian bananas": the state the measure was aimed at is
    named inside it; easing economic measures is RETREAT (CAMEO 085 in CAMEO2PLOVER), a curfew
    lifted stays a concession."""
    day = date(2022, 6, 15)
    text = "LIMA - Chile lifted its ban on imports of Peruvian bananas on Tuesday."
    assert _one(_events(extractor, text, day), "RETREAT").countries == ("CHL", "PER")
    text = "WASHINGTON - President Bush lifted the last U.S. sanctions against Hungary on Monday."
    assert _one(_events(extractor, text, day), "RETREAT").countries == ("USA", "HUN")


def test_an_event_noun_opening_the_story_after_its_dateline_is_no_name(
    extractor: Extractor,
) -> None:
    """ "ALGIERS, Feb 10 - Talks between ...": capitalised as the story's first word, with the
    dateline's month the model hangs on it, not a forum's name."""
    text = "RABAT, Feb 10 - Talks between Mali and Niger will resume in March."
    talks = _one(_events(extractor, text, date(1987, 2, 10)), "CONSULT", "meet")
    assert (talks.status, talks.date) == ("planned", "1987-03")


def test_a_named_counterpart_holds_the_office_of_the_other_side(extractor: Extractor) -> None:
    """ "his visiting Bolivian counterpart(,) X": X is a foreign minister as the host is, so
    "the Bolivian minister" later in the story is X."""
    day = date(1987, 9, 9)
    for apposed in ("counterpart Guillermo Bedregal", "counterpart, Guillermo Bedregal,"):
        text = (
            f"LIMA - Foreign Minister Allan Wagner met his Bolivian {apposed} on Tuesday. "
            "The Bolivian minister also asked Peru to help build a road to the coast."
        )
        request = _one(_events(extractor, text, day), "REQUEST")
        assert request.people == ("Guillermo Bedregal",)


def test_a_given_name_opening_a_sentence_is_the_person_named_in_full_before(
    extractor: Extractor,
) -> None:
    """Indonesian and Thai officials go by the given name ("Rachmat" for "Rachmat Saleh"); at
    a sentence's start the model may tag it a nationality or a common noun."""
    text = (
        "JAKARTA - Indonesian Trade Minister Rachmat Saleh met Australian Trade Minister John "
        "Dawkins on Tuesday. Rachmat asked Australia to cut the duties under its preference "
        "scheme, a spokesman said."
    )
    request = _one(_events(extractor, text, date(1986, 11, 12)), "REQUEST")
    assert (request.countries, request.people) == (("IDN", "AUS"), ("Rachmat Saleh",))


def test_a_nationality_before_a_title_roles_yaml_does_not_list_is_the_persons(
    extractor: Extractor,
) -> None:
    """ "Indian Finance Secretary Ram Singh": capitalised portfolio words and a title word
    between the nationality and the name; the official is Indian though the office is not
    listed."""
    text = (
        "BONN - Indian Finance Secretary Ram Singh met Hans Klein on Wednesday. Singh urged "
        "Bonn to cut barriers to textiles."
    )
    request = _one(_events(extractor, text, date(1987, 8, 12)), "REQUEST")
    assert (request.countries, request.people) == (("IND", "DEU"), ("Ram Singh",))


def test_a_credit_pledged_to_a_state_is_aid(extractor: Extractor) -> None:
    """ "pledged a credit line to Senegal": to pledge carries the aid noun as a light verb,
    as "offered" and "extended" do (triggers.yaml ``light_verbs``)."""
    text = "DAKAR - France last month pledged a 40 mln dlr credit line to Senegal."
    aid = _one(_events(extractor, text, date(1988, 9, 14)), "AID")
    assert aid.countries == ("FRA", "SEN")


def test_said_at_the_end_of_a_visit_dates_its_last_day(extractor: Extractor) -> None:
    """ "said on Friday at the end of a four-day visit": Friday is the visit's last day, so
    it ran from Tuesday (``meeting_ends``), not on to Monday."""
    text = (
        "ACCRA - Ghanaian Foreign Minister Obed Asamoah said on Friday at the end of a "
        "four-day visit to Nigeria that relations were excellent."
    )
    visit = _one(_events(extractor, text, date(1989, 2, 10)), "CONSULT", "visit")
    assert visit.date == "1989-02-07/1989-02-10"


def test_a_plan_told_of_the_object_of_a_done_act_is_not_the_acts(extractor: Extractor) -> None:
    """ "protested against exercises planned off Gibraltar": the exercises are planned, the
    protest was made; and an attack in a finite "after" clause is done though the talks it
    stopped were set for later."""
    day = date(1988, 9, 14)
    text = "MADRID - Spain protested on Wednesday against British naval exercises planned nearby."
    assert _one(_events(extractor, text, day), "PROTEST").status == "occurred"
    text = (
        "NAIROBI - A meeting set for last week was called off after Somali troops attacked "
        "an Ethiopian border post on September 5."
    )
    attack = _one(_events(extractor, text, day), "ASSAULT")
    assert (attack.status, attack.date) == ("occurred", "1988-09-05")


def test_diplomatic_pressure_in_its_formal_words(extractor: Extractor) -> None:
    """ "declared a diplomat persona non grata" is an expulsion (SANCTION); "handed the envoy
    a note of protest" or "a protest note" is a protest lodged in writing."""
    day = date(2023, 12, 28)
    text = "BISHKEK - Kyrgyzstan on Tuesday declared a Kazakh diplomat persona non grata."
    assert _one(_events(extractor, text, day), "SANCTION").countries == ("KGZ", "KAZ")
    for note in ("a note of protest", "a protest note"):
        text = f"BAKU - Foreign Minister Elnur Mammadov handed the French ambassador {note}."
        assert _one(_events(extractor, text, day), "PROTEST").countries == ("AZE", "FRA")


def test_words_told_to_a_foreign_envoy_or_delegation_are_a_meeting(
    extractor: Extractor,
) -> None:
    """ "told a visiting Japanese delegation led by X on Sunday that ...": said face to face;
    the day the parser hangs on "led" is the meeting's (names.yaml ``leader_verbs``)."""
    text = (
        "BEIJING - Vice Premier Tian Jiyun told a visiting Japanese business delegation led by "
        "Eishiro Saito on Sunday that China wanted more technology."
    )
    meeting = _one(_events(extractor, text, date(1987, 9, 14)), "CONSULT", "meet")
    assert (meeting.countries, meeting.date) == (("CHN", "JPN"), "1987-09-13")
    text = "BEIJING - Foreign Minister Wu Xueqian told reporters on Sunday that talks went well."
    assert not [e for e in _events(extractor, text, date(1987, 9, 14)) if e.type == "CONSULT"]


def test_a_participle_of_speaking_dates_what_its_speaker_does(extractor: Extractor) -> None:
    """ "X, speaking to reporters on Thursday, accused ...": the occasion is the accusation's
    (triggers.yaml ``speaking``)."""
    for text in (
        "WASHINGTON - President Donald Trump, speaking to reporters on Thursday, accused "
        "China of stealing American technology.",
        "WASHINGTON - Speaking to reporters on Thursday, President Donald Trump accused China "
        "of stealing American technology.",
    ):
        accusation = _one(_events(extractor, text, date(2019, 7, 6)), "ACCUSE")
        assert accusation.date == "2019-07-04"


def test_the_subject_of_a_passive_without_its_agent_is_acted_on(extractor: Extractor) -> None:
    """ "The French ambassador was summoned": France is summoned, the story's other country
    summons (acts done together keep their order)."""
    text = "BAKU - The French ambassador was summoned to the Foreign Ministry on Wednesday."
    summons = _one(_events(extractor, text, date(2023, 12, 28)), "ACCUSE")
    assert summons.countries == ("AZE", "FRA")


def test_force_fired_at_a_place_hits_its_state(extractor: Extractor) -> None:
    """ "fired shells at the Lebanese port of Tyre": what force is aimed at or into is its
    target, as "into Iran" is."""
    text = "BEIRUT - Israeli gunboats fired shells at the Lebanese port of Tyre on Friday."
    assert _one(_events(extractor, text, date(1988, 9, 14)), "ASSAULT").countries == (
        "ISR",
        "LBN",
    )


def test_two_states_meeting_of_their_ministers_is_theirs(extractor: Extractor) -> None:
    """ "will hold a trade ministers' meeting": the possessor names office holders of the two
    states told, not a body of its own."""
    text = (
        "SEOUL - South Korea and Japan will hold a trade ministers' meeting in Seoul in November."
    )
    meeting = _one(_events(extractor, text, date(1988, 9, 14)), "CONSULT")
    assert (meeting.countries, meeting.status) == (("KOR", "JPN"), "planned")


def test_a_document_between_two_states_signed_in_the_passive_is_theirs(
    extractor: Extractor,
) -> None:
    """ "an agreement on visa-free travel between Georgia and Japan is expected to be signed":
    no "by" phrase, the document's own "between" names the parties."""
    text = (
        "TBILISI - An intergovernmental agreement on visa-free travel between Georgia and Japan "
        "is expected to be signed next month."
    )
    signing = _one(_events(extractor, text, date(2024, 9, 14)), "AGREE")
    assert (signing.countries, signing.status) == (("GEO", "JPN"), "planned")


def test_a_request_after_a_summons_is_made_to_the_one_summoned(extractor: Extractor) -> None:
    """ "summoned the Mauritanian envoy ... and demanded an apology": the demand names nobody
    of its own; it is made to the one the same subject summoned or met."""
    text = (
        "DAKAR - Foreign Minister Ibrahima Fall summoned the Mauritanian envoy, Ahmed Ould Sidi, "
        "on Tuesday and demanded an apology."
    )
    request = _one(_events(extractor, text, date(1989, 2, 28)), "REQUEST")
    assert request.countries == ("SEN", "MRT")


def test_officials_from_the_two_countries_are_the_pair(extractor: Extractor) -> None:
    """ "Officials from the two countries are expected to meet": the subject of the governing
    verb names the pair just told."""
    text = (
        "BERLIN - Germany and Poland signed a defence pact on Tuesday. Officials from the two "
        "countries are expected to meet in Warsaw next week."
    )
    meeting = _one(_events(extractor, text, date(2021, 3, 10)), "CONSULT")
    assert (meeting.countries, meeting.status) == (("DEU", "POL"), "planned")


def test_the_day_of_a_message_dates_what_it_says(extractor: Extractor) -> None:
    """ "In a note handed to the Sudanese envoy on Monday, Egypt accused ...": the message
    carries the accusation (triggers.yaml ``messages``)."""
    text = (
        "CAIRO - In a note handed to the Sudanese envoy on Monday, Egypt accused Khartoum of "
        "harbouring militants."
    )
    assert _one(_events(extractor, text, date(1988, 5, 12)), "ACCUSE").date == "1988-05-09"


def test_a_clause_two_days_after_is_dated_back_from_its_head(extractor: Extractor) -> None:
    """ "summoned the ambassador on Thursday, two days after A and B reached an agreement":
    Tuesday (the model may hang "two days" on "after"); the distance is no length of the
    agreement."""
    for verb in ("reached", "signed"):
        text = (
            "ATHENS - Greece summoned the Turkish ambassador on Thursday, two days after Ankara "
            f"and Tripoli {verb} an agreement on maritime zones."
        )
        agreement = _one(_events(extractor, text, date(2022, 11, 17)), "AGREE")
        assert agreement.date == "2022-11-15"


def test_an_act_told_with_also_after_a_dated_one_shares_its_day(extractor: Extractor) -> None:
    """ "X met the Iranian ambassador on Tuesday. He also called on Azerbaijan to ...": no
    time of its own, told with "also" right after the same party's dated act."""
    text = (
        "YEREVAN - Armenian Foreign Minister Ararat Mirzoyan met the Iranian ambassador on "
        "Tuesday. He also called on Azerbaijan to release Armenian prisoners."
    )
    assert _one(_events(extractor, text, date(2023, 12, 28)), "REQUEST").date == "2023-12-26"


def test_stops_ahead_in_a_visit_under_way_are_its_legs(extractor: Extractor) -> None:
    """ "X, who arrived on Tuesday, will also visit Sydney and Melbourne before returning
    home": one visit to Australia, not a second one planned."""
    text = (
        "CANBERRA - Indonesian Foreign Minister Ali Alatas, who arrived on Tuesday, will also "
        "visit Sydney and Melbourne before returning home."
    )
    visits = [e for e in _events(extractor, text, date(1988, 3, 10)) if e.mode == "visit"]
    assert [(v.status, v.countries) for v in visits] == [("occurred", ("IDN", "AUS"))]


def test_a_stay_during_which_a_call_is_expected_is_ahead(extractor: Extractor) -> None:
    """ "is also expected to call on the prime minister during his stay": the stay and the
    call lie ahead, as under "will" (the participle "expected" governs the verb)."""
    text = (
        "ISLAMABAD - Indian Foreign Secretary K.P.S. Menon will visit Islamabad next week. "
        "Menon is also expected to call on Prime Minister Mohammad Khan Junejo during his stay."
    )
    events = _events(extractor, text, date(1987, 11, 18))
    assert all(e.status == "planned" for e in events), events


def test_each_place_of_a_shared_dateline_is_no_party(extractor: Extractor) -> None:
    """ "MADRID/ROME, April 5 -": both cities say where the story was filed from."""
    text = "MADRID/ROME, April 5 - Spain on Tuesday ordered the expulsion of 25 Russian diplomats."
    assert _one(_events(extractor, text, date(2022, 4, 5)), "SANCTION").countries == (
        "ESP",
        "RUS",
    )


def test_a_capitalised_document_signed_is_no_person(extractor: Extractor) -> None:
    """ "signed the Roadmap for the implementation of ...": a document (names.yaml
    ``not_name_words``), not a signatory."""
    text = (
        "TASHKENT - Foreign Minister Abdulaziz Kamilov met South Korean Foreign Minister Kang "
        "Kyung-wha on Wednesday. The two ministers signed the Roadmap for the implementation of "
        "agreements reached at the highest level."
    )
    signing = _one(_events(extractor, text, date(2019, 3, 13)), "AGREE")
    assert "Roadmap" not in signing.people


def test_separate_calls_with_two_states_are_two_calls(extractor: Extractor) -> None:
    """ "held separate telephone conversations with his Armenian counterpart, X, and his
    Azerbaijani counterpart, Y": one call with each, each between two states."""
    text = (
        "MOSCOW - Russian Foreign Minister Sergei Lavrov held separate telephone conversations "
        "on Monday with his Armenian counterpart, Zohrab Mnatsakanyan, and his Azerbaijani "
        "counterpart, Elmar Mammadyarov."
    )
    calls = [e for e in _events(extractor, text, date(2020, 7, 14)) if e.mode == "phone"]
    assert sorted(c.countries for c in calls) == [("RUS", "ARM"), ("RUS", "AZE")]


def test_an_act_whose_doer_is_not_named_is_the_pairs_other_countrys(
    extractor: Extractor,
) -> None:
    """ "SEOUL - Sung urged Japan to ...": the one named is the one asked; the story's own
    country, which completes the pair, asks."""
    text = "SEOUL - Sung urged Japan to withdraw the export curbs immediately."
    assert _one(_events(extractor, text, date(2019, 11, 12)), "REQUEST").countries == (
        "KOR",
        "JPN",
    )


def test_a_charge_against_them_after_an_act_on_them_is_against_that_party(
    extractor: Extractor,
) -> None:
    """ "expelled two French diplomats and accused them of spying": "them" are the diplomats."""
    text = (
        "BAKU - Azerbaijan expelled two French diplomats on Wednesday and accused them of spying."
    )
    assert _one(_events(extractor, text, date(2023, 12, 28)), "ACCUSE").countries == (
        "AZE",
        "FRA",
    )


def test_a_holders_surname_right_after_the_dateline_is_a_name(extractor: Extractor) -> None:
    """ "ANKARA, June 8 - Ozal said Turkey would ... unless ...": the model takes the surname
    into the dateline's date; an office holder's surname there is the person."""
    text = (
        "ANKARA, June 8 - Ozal said Turkey would take the dispute to the United Nations unless "
        "Bulgaria stopped the expulsions."
    )
    threat = _one(_events(extractor, text, date(1989, 6, 8)), "THREATEN")
    assert (threat.countries, threat.people) == (("TUR", "BGR"), ("Turgut Ozal",))


def test_hours_later_is_the_day_told_before(extractor: Extractor) -> None:
    text = (
        "OTTAWA - Trump spoke with Mexican President Claudia Sheinbaum by telephone on Monday. "
        "Hours later Trump spoke with Prime Minister Justin Trudeau of Canada by telephone."
    )
    calls = [e for e in _events(extractor, text, date(2025, 2, 4)) if "CAN" in e.countries]
    assert [c.date for c in calls] == ["2025-02-03"]


def test_a_rejection_of_what_was_told_long_before_answers_the_pair(extractor: Extractor) -> None:
    """ "Chile accused Peru of ... (two sentences on the charges) Peru rejected the charges":
    further back than the sentences before it, the other of the article's pair."""
    text = (
        "LIMA, May 4 - Chile accused Peru on Monday of moving troops close to the border. "
        "The charges were first made in a note handed to a United Nations envoy last week. "
        "They were repeated by a Chilean army spokesman in a radio interview on Tuesday. "
        "The Peruvian government rejected the charges today as false, state radio said."
    )
    rejection = _one(_events(extractor, text, date(1988, 5, 4)), "REJECT")
    assert rejection.countries == ("PER", "CHL")


def test_a_criticism_of_a_request_told_long_before_stays_at_home(extractor: Extractor) -> None:
    """Only a rejection answers the other side by default: an opposition leader's criticism of
    the request may be of his own government's."""
    text = (
        "NAIROBI - Kenya has asked Japan for a loan of 500 mln dlrs to build roads. "
        "The request was made in a letter sent last month. Treasury officials declined to give "
        "details. Opposition leader James Otieno criticised the request on Sunday."
    )
    events = _events(extractor, text, date(2023, 3, 6))
    assert [e for e in events if e.type == "ACCUSE" and "JPN" in e.countries] == []


def test_the_subject_of_a_demanded_clause_is_the_one_asked(extractor: Extractor) -> None:
    """ "said ... and demanded that Syria free the prisoners": Syria is asked, though a verb
    of saying and another clause come before."""
    text = (
        "AMMAN - Jordan and Iraq held talks. King Hussein said on Monday that his country had "
        "been patient and demanded that Syria free the Jordanian prisoners it holds."
    )
    demand = _one(_events(extractor, text, date(1986, 3, 4)), "REQUEST")
    assert demand.countries == ("JOR", "SYR")


def test_a_told_clause_after_a_verb_of_demanding_asks_nothing(extractor: Extractor) -> None:
    text = (
        "AMMAN - Jordan and Iraq held talks. King Hussein insisted on Monday that Syria had "
        "detained the prisoners."
    )
    assert [e for e in _events(extractor, text, date(1986, 3, 4)) if e.type == "REQUEST"] == []


def test_the_with_party_of_a_verb_in_a_call_is_on_the_call(extractor: Extractor) -> None:
    """ "raised the dispute with X in a telephone call": X is the one called."""
    text = (
        "OTTAWA, March 2 - Prime Minister Brian Mulroney raised acid rain with President "
        "Ronald Reagan in a telephone call on Sunday, his office said."
    )
    call = _one(_events(extractor, text, date(1987, 3, 2)), "CONSULT", "phone")
    assert set(call.people) == {"Brian Mulroney", "Ronald Reagan"}


def test_an_agreement_to_act_is_an_agreement_and_a_planned_act(extractor: Extractor) -> None:
    """ "agreed to pull back troops": AGREE, with the withdrawal planned; "agreed to meet" and
    "agreed to lend" stay coded by the meeting or the aid they arrange."""
    published = date(1988, 9, 2)
    text = "Ecuador and Peru agreed on Thursday to pull back troops from the disputed border."
    events = _events(extractor, text, published)
    assert _one(events, "AGREE").countries == ("ECU", "PER")
    text = "Ecuador and Peru agreed on Thursday to meet again in Quito next month."
    assert [e for e in _events(extractor, text, published) if e.type == "AGREE"] == []


def test_a_warning_by_letter_that_ones_state_will_respond_threatens_the_addressee(
    extractor: Extractor,
) -> None:
    """ "In a letter to X, he warned that Madrid would respond ...": "he" is not X (a person
    in a phrase of the pronoun's own clause is somebody else), the warner's own state will
    pay back in kind, and the one the letter went to is threatened."""
    text = (
        "MADRID, Oct 3 - Prime Minister Felipe Gonzalez recalled his ambassador from Rabat on "
        "Friday. In a letter sent today to Moroccan Prime Minister Azzedine Laraki, he warned "
        "that Madrid would respond firmly to any new seizure of Spanish fishing boats."
    )
    threat = _one(_events(extractor, text, date(1988, 10, 3)), "THREATEN")
    assert threat.countries == ("ESP", "MAR")
    assert set(threat.people) == {"Felipe Gonzalez", "Azzedine Laraki"}


def test_diplomats_declared_persona_non_grata_in_a_small_clause_are_expelled(
    extractor: Extractor,
) -> None:
    """The parser reads "declared X and six other diplomats persona non grata" as a clause
    whose subject is X: its listed object still makes the expulsion, and X is its target."""
    text = (
        "CARACAS, March 4 - Venezuela on Friday declared Cuban Ambassador Jose Ruiz and six "
        "other Cuban diplomats persona non grata."
    )
    expulsion = _one(_events(extractor, text, date(1989, 3, 4)), "SANCTION")
    assert (expulsion.countries, expulsion.people) == (("VEN", "CUB"), ("Jose Ruiz",))


def test_a_conditional_warning_of_a_coordinated_verb_is_a_threat(extractor: Extractor) -> None:
    """ "X told reporters ... and warned that Chile could close its ports if ...": the warner
    is the subject of the first verb."""
    text = (
        "SANTIAGO, Jan 9 - Chile and Peru are at odds over fishing rights. Chilean Foreign "
        "Minister Hernan Soto told reporters the dispute was serious and warned that Chile "
        "could close its ports to Peruvian ships if the fishing went ahead."
    )
    threat = _one(_events(extractor, text, date(1989, 1, 9)), "THREATEN")
    assert threat.countries == ("CHL", "PER")


def test_malay_honours_and_a_ministry_of_foreign_affairs_and_trade_are_no_name(
    extractor: Extractor,
) -> None:
    """ "Datuk Seri X" is X (names.yaml honorifics); "Minister of Foreign Affairs and Trade X"
    is X's title, not "Trade X"."""
    text = (
        "BUDAPEST, May 6 - Minister of Foreign Affairs and Trade Janos Kovacs held talks in "
        "Budapest on Monday with Malaysian Prime Minister Datuk Seri Anwar Ibrahim."
    )
    talks = _one(_events(extractor, text, date(2024, 5, 6)), "CONSULT")
    assert "Janos Kovacs" in talks.people
    assert any(same_person(p, "Anwar Ibrahim") for p in talks.people)


def test_talks_and_signings_of_a_visitor_are_on_the_day_of_the_visit(
    extractor: Extractor,
) -> None:
    """ "X paid a visit to Y on Wednesday. ... The two leaders held talks ... signed": the
    programme of a one-day visit told before, not the story's day."""
    text = (
        "ANKARA - President Kemal Aydin paid an official visit to Hungary on Wednesday.\n\n"
        "Aydin was welcomed by Hungarian President Laszlo Toth at the airport. The two "
        "presidents then held talks and signed a memorandum on energy cooperation."
    )
    events = _events(extractor, text, date(2024, 3, 8))
    dated = {(e.type, e.mode): e.date for e in events}
    assert dated[("CONSULT", "visit")] == "2024-03-06"
    assert dated[("AGREE", "sign")] == "2024-03-06"


def test_calling_the_other_sides_act_unjust_is_a_charge(extractor: Extractor) -> None:
    """ "called the measure unjust", "described the raids as a violation of ...": blame of the
    act told before; "what it called an illegal blockade" is a hedge inside another act; a
    trade that "declined" fell, nobody refused."""
    published = date(1988, 11, 2)
    text = (
        "OTTAWA - The United States imposed duties on Canadian lumber on Tuesday. Trade "
        "Minister John Crosbie called the measure unjust."
    )
    charge = _one(_events(extractor, text, published), "ACCUSE")
    assert (charge.countries, charge.people) == (("CAN", "USA"), ("John Crosbie",))
    text = (
        "HAVANA - Cuba protested to the United States on Tuesday over what it called an illegal "
        "blockade of its ports."
    )
    assert [e.type for e in _events(extractor, text, published)] == ["PROTEST"]
    text = "AMMAN - Jordan and Syria held talks. Trade between the two has declined since 1980."
    assert [e for e in _events(extractor, text, published) if e.type == "REJECT"] == []
    text = (
        "LIMA - Peru and Bolivia held talks. The two presidents issued a declaration calling "
        "the debt crisis the result of an unjust economic order."
    )
    assert [e for e in _events(extractor, text, published) if e.type == "ACCUSE"] == []


def test_an_official_arriving_in_the_datelines_country_is_no_local(extractor: Extractor) -> None:
    """ "TOKYO - Vice Premier X will arrive in Tokyo": wire copy names its own officials without
    a country, but one who comes to the dateline's country is a visitor from the other side."""
    text = (
        "TOKYO - Chinese officials have urged Japan to buy more Chinese goods.\n\n"
        "Vice Premier Wen Dalin will arrive in Tokyo next Monday for a five-day visit, a "
        "Foreign Ministry official said. The visiting vice premier will meet Prime Minister "
        "Yasuhiro Nakasone."
    )
    events = _events(extractor, text, date(1986, 7, 9))
    visit = _one(events, "CONSULT", "visit")
    assert (visit.countries, visit.people, visit.status) == (
        ("CHN", "JPN"),
        ("Wen Dalin",),
        "planned",
    )
    assert visit.date == "1986-07-14/1986-07-18"
    meeting = _one(events, "CONSULT", "meet")
    assert set(meeting.countries) == {"CHN", "JPN"}


def test_a_promise_to_respond_if_hostile_acts_go_on_threatens_the_other_side(
    extractor: Extractor,
) -> None:
    """ "X will respond ... if the attacks continue, he said": a threat to whoever commits the
    acts, though the condition names no state: the one the words are told to, else the
    story's other side; "take measures to support the yen if the dollar falls" is none."""
    published = date(1990, 3, 7)
    text = (
        "OSLO - Norway protested to the Soviet Union on Wednesday over the seizure of a "
        "trawler.\n\n"
        '"Norway will take all necessary measures to protect its waters if such incursions '
        'continue," Foreign Minister Lars Holm was quoted as telling the Soviet envoy.'
    )
    threat = _one(_events(extractor, text, published), "THREATEN")
    assert (threat.countries, threat.people) == (("NOR", "SUN"), ("Lars Holm",))
    text = (
        "NAIROBI - Kenya accused Uganda on Tuesday of shelling a border post.\n\n"
        "Foreign Minister Peter Mwangi told parliament that Ugandan troops had crossed the "
        'border. "Kenya will not tolerate this and will respond with all means at its disposal '
        'if the raids continue," he said.'
    )
    threat = _one(_events(extractor, text, published), "THREATEN")
    assert threat.countries == ("KEN", "UGA")
    text = (
        "TOKYO - Japan and the United States held talks on trade on Monday.\n\n"
        '"Japan will take measures to support the yen if the dollar falls further," Finance '
        "Minister Kiichi Miyazawa told reporters."
    )
    assert [e for e in _events(extractor, text, published) if e.type == "THREATEN"] == []


def test_rejecting_the_other_sides_sanctions_answers_it(extractor: Extractor) -> None:
    """ "rejected the sanctions as illegal": the sanctions told before are the other side's
    act, so the rejection is addressed to it; "the Trump administration" is the state."""
    text = (
        "WASHINGTON - The United States on Monday imposed sanctions on four Venezuelan "
        "governors.\n\n"
        'In Caracas, Foreign Minister Jorge Arreaza rejected the sanctions as "illegal" late '
        "on Monday and accused the Trump administration of preparing an intervention."
    )
    events = _events(extractor, text, date(2019, 2, 26))
    rejection = _one(events, "REJECT")
    assert (rejection.countries, rejection.people) == (("VEN", "USA"), ("Jorge Arreaza",))
    charge = _one(events, "ACCUSE")
    assert (charge.countries, charge.people) == (("VEN", "USA"), ("Jorge Arreaza",))
    text = (
        "WASHINGTON - The United States imposed sanctions on Venezuela on Monday. Foreign "
        "Minister Jorge Arreaza of Venezuela accused the Trump administration of preparing a "
        "military intervention."
    )
    charge = _one(_events(extractor, text, date(2019, 2, 26)), "ACCUSE")
    assert (charge.countries, charge.people) == (("VEN", "USA"), ("Jorge Arreaza",))


def test_aid_for_people_of_a_country_is_aid_to_it(extractor: Extractor) -> None:
    """ "aid for flood victims in Bangladesh": the state the people live in gets the aid."""
    text = (
        "TOKYO - Japan will send relief teams to South Asia.\n\n"
        "The United States on Monday announced 25 mln dlrs in aid for people displaced by "
        "the floods in Bangladesh."
    )
    aid = _one(_events(extractor, text, date(1988, 9, 6)), "AID")
    assert aid.countries == ("USA", "BGD")


def test_where_the_attackers_are_based_is_not_the_target(extractor: Extractor) -> None:
    """ "units based in western Cambodia fired shells into Thailand": Cambodia says where the
    attackers are, not whom they hit."""
    text = (
        "BANGKOK - Thailand protested to Vietnam on Wednesday.\n\n"
        "A spokesman said Vietnamese artillery units based in western Cambodia fired more "
        "than 40 shells into Thailand on Monday night."
    )
    attack = _one(_events(extractor, text, date(1985, 3, 14)), "ASSAULT")
    assert attack.countries == ("VNM", "THA")


def test_a_capital_in_a_capitalised_headline_is_no_dateline(extractor: Extractor) -> None:
    """ "THAILAND PROTESTS TO HANOI OVER SHELLING" above "BANGKOK, March 14 -": Bangkok is
    the dateline, and an official the story names without a country is Thai."""
    text = (
        "THAILAND PROTESTS TO HANOI OVER SHELLING\n\n"
        "BANGKOK, March 14 - Thailand summoned Vietnam's charge d'affaires on Wednesday and "
        "handed him a protest over the shelling of a border village.\n\n"
        "Foreign Minister Prachak Sawat also demanded that Hanoi withdraw its forces from the "
        "frontier."
    )
    request = _one(_events(extractor, text, date(1985, 3, 14)), "REQUEST")
    assert (request.countries, request.people) == (("THA", "VNM"), ("Prachak Sawat",))


def test_who_acts_in_a_bid_to_do_something(extractor: Extractor) -> None:
    """ "flew to Cairo in a bid to meet Mubarak": the traveller is the one who would meet (not
    "under an accord to be signed during the visit": what is done to the noun)."""
    text = (
        "RABAT - Morocco recalled its ambassador from Algiers on Tuesday.\n\n"
        "Secretary of State George Shultz flew to Cairo in a bid to meet President Hosni "
        "Mubarak."
    )
    events = _events(extractor, text, date(1984, 9, 26))
    meeting = _one(events, "CONSULT", "meet")
    assert (meeting.countries, meeting.people) == (
        ("USA", "EGY"),
        ("George Shultz", "Hosni Mubarak"),
    )


def test_a_visit_told_in_an_aside_is_under_way_in_its_month(extractor: Extractor) -> None:
    """ "X, on a three-day state visit to Y, signed protocols on Wednesday": X is the visitor,
    and Wednesday is a day inside the visit, not its first: the visit gets the month."""
    text = (
        "BUENOS AIRES - Brazilian President Jose Sarney, on a three-day state visit to "
        "Argentina, signed 12 protocols with President Raul Alfonsin on Wednesday."
    )
    events = _events(extractor, text, date(1987, 3, 12))
    visit = _one(events, "CONSULT", "visit")
    assert (visit.people, visit.date) == (("Jose Sarney",), "1987-03")
    assert _one(events, "AGREE", "sign").date == "1987-03-11"


def test_a_lead_subject_the_parser_hangs_on_the_dateline(extractor: Extractor) -> None:
    """ "MOSCOW, September 16 - The Soviet Union today ordered ...": the model may make the
    dateline's place the subject and the state an apposition of the date; the state acts."""
    text = (
        "MOSCOW, September 16 - The Soviet Union today ordered six British diplomats and "
        "journalists to leave the country within three weeks.\n\n"
        "Officials said the step was a reply to British expulsions."
    )
    expulsion = _one(_events(extractor, text, date(1985, 9, 16)), "SANCTION")
    assert expulsion.countries == ("SUN", "GBR")


def test_warning_that_an_act_would_bring_a_response_threatens(extractor: Extractor) -> None:
    """ "warned that any further action against British staff would bring a firm response":
    the warner's answer to the other side's act; "warned that Azerbaijan would take measures
    should the provocations continue" has the warner's state for subject, not an act."""
    text = (
        "MOSCOW - The Soviet Union on Monday ordered six British diplomats to leave.\n\n"
        "Foreign Secretary Geoffrey Howe, speaking in London on Sunday, said Britain had no "
        "wish for a spiral, but he warned that any further action against British staff in "
        "Moscow would bring a firm response."
    )
    threat = _one(_events(extractor, text, date(1985, 9, 16)), "THREATEN")
    assert (threat.countries, threat.date) == (("GBR", "SUN"), "1985-09-15")


def test_a_noun_of_summary_dates_the_act_told_before(extractor: Extractor) -> None:
    """ "Eritrea has broken off relations with Sudan, the ministry said on Wednesday. The
    decision was taken on Monday": the break was Monday, not the day it was told; "the
    decision takes effect next week" dates nothing that happened."""
    text = (
        "ASMARA, Dec 7 - Eritrea has broken off diplomatic relations with Sudan, the Foreign "
        "Ministry said on Wednesday.\n\n"
        "A ministry statement said the decision was taken on Monday."
    )
    rupture = _one(_events(extractor, text, date(1994, 12, 7)), "SANCTION")
    assert rupture.date == "1994-12-05"
    text = (
        "ASMARA, Dec 7 - Eritrea has broken off diplomatic relations with Sudan, the Foreign "
        "Ministry said on Wednesday.\n\n"
        "The decision takes effect next Monday, a statement said."
    )
    assert _one(_events(extractor, text, date(1994, 12, 7)), "SANCTION").date == "1994-12-07"


def test_a_day_after_hung_on_a_passive_head(extractor: Extractor) -> None:
    """ "The visit was announced a day after X held talks in Ankara": the model hangs the
    length on the passive head told in the past, on the story's day; the talks were the day
    before."""
    text = (
        "ANKARA, Feb 12 - Turkish President Turgut Ozal will visit Tehran next month.\n\n"
        "The visit was announced a day after Iranian Foreign Minister Ali Akbar Velayati held "
        "talks in Ankara with his Turkish counterpart Hikmet Cetin."
    )
    talks = _one(_events(extractor, text, date(1992, 2, 12)), "CONSULT", "meet")
    assert talks.date == "1992-02-11"


def test_a_past_clause_dated_before_the_story_is_no_plan(extractor: Extractor) -> None:
    """ "pledged to ease access when Koirala visited New Delhi last December": the pledge
    governs the easing, not the visit, which has its own past tense and date."""
    text = (
        "KATHMANDU, June 8 - Nepal protested to India on Tuesday.\n\n"
        "Indian Prime Minister P.V. Narasimha Rao pledged to ease access for Nepali goods when "
        "Prime Minister Girija Prasad Koirala visited New Delhi last December."
    )
    visit = _one(_events(extractor, text, date(1993, 6, 8)), "CONSULT", "visit")
    assert (visit.status, visit.date) == ("occurred", "1992-12")


def test_titles_of_envoys_and_long_ministries(extractor: Extractor) -> None:
    """ "the Ambassador of Uzbekistan to Bahrain, Ulugbek Rizaev": the envoy's posting is part
    of his title; Spain's foreign minister is "Minister of Foreign Affairs, European Union and
    Cooperation"."""
    published = date(2022, 5, 18)
    text = (
        "MANAMA, May 18 (BNA) - Foreign Minister Abdullatif Al Zayani received the Ambassador of "
        "the Republic of Uzbekistan to the Kingdom of Bahrain, Ulugbek Rizaev, who presented a "
        "copy of his credentials."
    )
    found = {a.code: (a.country, a.role) for _, a in _mentions(extractor, text, published)}
    assert found["Ulugbek Rizaev"] == ("UZB", "ambassador")
    text = (
        "HANOI, April 12 (VNA) - Bui Thanh Son held talks in Hanoi on Tuesday with Spanish "
        "Minister of Foreign Affairs, European Union and Cooperation Jose Manuel Albares."
    )
    talks = _one(_events(extractor, text, published), "CONSULT", "meet")
    assert "Jose Manuel Albares" in talks.people
    text = "MANILA - Philippine Finance Secretary Ramon Villaflor met Japanese officials."
    found = {a.code: (a.country, a.role) for _, a in _mentions(extractor, text, published)}
    assert found["Ramon Villaflor"] == ("PHL", "finance_minister")


def test_a_postponed_event_stays_a_plan_without_its_old_day(extractor: Extractor) -> None:
    """ "postponed talks ..., which were due to open next week": still a plan, on no day (not
    its old one); "postponed until later in the year": on that; "cancelled the talks": none."""
    published = date(1986, 1, 21)
    text = (
        "NEW DELHI, Jan 21 - India has postponed talks with Pakistan on nuclear installations, "
        "which were due to open in Islamabad next week, officials said."
    )
    talks = _one(_events(extractor, text, published), "CONSULT")
    assert (talks.status, talks.date, talks.countries) == ("planned", None, ("IND", "PAK"))
    text = (
        "ATHENS - Greece protested to Turkey on Monday.\n\n"
        "A visit to Ankara by Greek Deputy Foreign Minister Yannis Kostopoulos, planned for next "
        "month, has been postponed until later in the year."
    )
    visit = _one(_events(extractor, text, published), "CONSULT", "visit")
    assert (visit.status, visit.date) == ("planned", "1986")
    text = "NEW DELHI, Jan 21 - India has cancelled talks with Pakistan, officials said."
    assert [e for e in _events(extractor, text, published) if e.type == "CONSULT"] == []


def test_a_reported_promise_to_pay_back_is_a_threat(extractor: Extractor) -> None:
    """ "X said Tripoli would respond in kind to any Italian measures": a threat to the one
    whose acts it answers (else the story's other side), told by its spokesman, who takes
    part; "would respond to the U.S. proposal" is a reply."""
    published = date(1986, 5, 2)
    text = (
        "ROME, May 2 - Italy froze Libyan assets on Thursday.\n\n"
        "Libyan leader Muammar Gaddafi said Tripoli would respond in kind to any Italian "
        "measures."
    )
    threat = _one(_events(extractor, text, published), "THREATEN")
    assert (threat.countries, threat.people) == (("LBY", "ITA"), ("Muammar Gaddafi",))
    text = (
        "WASHINGTON - Nicaragua accused the United States on Monday of arming the rebels.\n\n"
        "State Department spokesman Charles Redman denied the accusation and said the United "
        'States would respond "in an appropriate manner".'
    )
    threat = _one(_events(extractor, text, published), "THREATEN")
    assert (threat.countries, threat.people) == (("USA", "NIC"), ("Charles Redman",))
    text = (
        "TOKYO - Japan and the United States held talks on trade on Monday.\n\n"
        "A Japanese official said Tokyo would respond to the U.S. proposal next week."
    )
    assert [e for e in _events(extractor, text, published) if e.type == "THREATEN"] == []


def test_documents_signed_after_the_talks_are_the_two_sides(extractor: Extractor) -> None:
    """ "Following the talks, an agreement on ... was signed": by the two who just met, on
    the day of their talks; "the deal, which was signed last year" names no new signing."""
    text = (
        "ASHGABAT, September 14 - President Gurbanguly Berdimuhamedov received Belarusian "
        "Foreign Minister Vladimir Makei on Friday. Following the talks, an agreement on "
        "cooperation in the field of standardisation was signed."
    )
    signing = _one(_events(extractor, text, date(2019, 9, 14)), "AGREE", "sign")
    assert (signing.countries, signing.date) == (("TKM", "BLR"), "2019-09-13")
    assert signing.agreement == "agreement on cooperation in the field of standardisation"


def test_an_act_the_parser_joins_to_a_reported_clause_is_the_speakers(
    extractor: Extractor,
) -> None:
    """ "Aliyev said that Armenia was still refusing ..., and accused Yerevan of ...": the
    accusing is Aliyev's, not Armenia's against itself."""
    text = (
        "BAKU - Azerbaijan and Belarus held talks on Monday.\n\n"
        "Ilham Aliyev said that Armenia was still refusing to hand over maps of the minefields, "
        "which continued to claim civilian lives, and accused Yerevan of deliberately "
        "obstructing the return of displaced persons."
    )
    charge = _one(_events(extractor, text, date(2021, 2, 9)), "ACCUSE")
    assert (charge.countries, charge.people) == (("AZE", "ARM"), ("Ilham Aliyev",))


def test_subject_and_day_hung_on_the_auxiliary(extractor: Extractor) -> None:
    """ "Beijing had on the same day imposed new duties on U.S. goods": the parser may hang
    the subject and the phrase of time on "had"; they are the verb's."""
    text = (
        "BEIJING, April 10 - President Trump raised duties on Chinese goods on Wednesday.\n\n"
        "Beijing had on the same day imposed new duties on U.S. goods."
    )
    duties = [e for e in _events(extractor, text, date(2025, 4, 10)) if e.type == "SANCTION"]
    assert ("CHN", "USA") in {e.countries for e in duties}
    assert {e.date for e in duties if e.countries == ("CHN", "USA")} == {"2025-04-09"}
