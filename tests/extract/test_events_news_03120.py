"""Event patterns of English news added with extractor 0.3.120, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


def test_a_name_the_parser_hangs_as_an_adverbial_noun_is_the_object(
    extractor: Extractor,
) -> None:
    """ "a day after Iraqi soldiers invaded Kuwait": the small model may hang "Kuwait" as an
    adverbial noun (npadvmod) on a verb with no object; it is what was invaded."""
    text = (
        "PANAMA CITY, Dec 21 - U.S. troops searched for Noriega today, a day after American "
        "soldiers invaded Panama. Venezuela and Argentina criticised the invasion."
    )
    events = _events(extractor, text, date(1989, 12, 21))
    attack = _one(events, "ASSAULT")
    assert attack.countries == ("USA", "PAN"), attack
    accused = sorted(e.countries for e in events if e.type == "ACCUSE")
    assert accused == [("ARG", "USA"), ("VEN", "USA")], events


def test_states_listed_with_commas_act_each_on_the_agent_of_the_act_told(
    extractor: Extractor,
) -> None:
    """ "Mexico, Nicaragua, Brazil and Argentina criticised the invasion": one criticism by
    each state listed, however the parser hangs the list, of the one who invaded (not one
    event of the four together)."""
    text = (
        "GRENADA, Oct 26 - U.S. Marines searched for Cuban advisers today, a day after "
        "American troops invaded Grenada. Mexico, Nicaragua, Brazil and Argentina criticised "
        "the invasion."
    )
    events = _events(extractor, text, date(1983, 10, 26))
    accused = sorted(e.countries for e in events if e.type == "ACCUSE")
    assert accused == [("ARG", "USA"), ("BRA", "USA"), ("MEX", "USA"), ("NIC", "USA")], events


def test_the_act_noun_names_the_act_told_with_its_own_word(extractor: Extractor) -> None:
    """ "condemned the invasion" after an invasion and then another state's raid: the act
    named with the noun's own word ("invaded", "the invasion"), not the last hostile act."""
    text = (
        "PANAMA CITY, Dec 21 - U.S. troops searched for General Noriega today, a day after "
        "American soldiers invaded Panama. Panamanian soldiers shot an American officer on "
        "Saturday. Mexico and Brazil condemned the invasion."
    )
    events = _events(extractor, text, date(1989, 12, 21))
    accused = sorted(e.countries for e in events if e.type == "ACCUSE")
    assert accused == [("BRA", "USA"), ("MEX", "USA")], events


def test_a_pronoun_object_and_a_list_of_names_after_it_are_each_called(
    extractor: Extractor,
) -> None:
    """ "telephoned her, Prime Minister X and President Y": the parser hangs the names after
    the pronoun's comma as adverbial nouns; each is one call."""
    text = (
        "WASHINGTON, Dec 21 - British Prime Minister Margaret Thatcher said she supported "
        "the action. Bush telephoned her, Canadian Prime Minister Brian Mulroney and "
        "Venezuelan President Carlos Andres Perez before the troops went in, White House "
        "spokesman Marlin Fitzwater said."
    )
    events = _events(extractor, text, date(1989, 12, 21))
    calls = sorted(e.countries for e in events if e.mode == "phone")
    assert calls == [("USA", "CAN"), ("USA", "GBR"), ("USA", "VEN")], events


def test_lowering_relations_is_a_sanction(extractor: Extractor) -> None:
    """ "said it was lowering diplomatic relations with X to the level of charge d'affaires"
    (triggers.yaml SANCTION severing)."""
    text = (
        "BEIJING - China said on Sunday it was lowering diplomatic relations with Lithuania "
        "to the level of charge d'affaires over a Taiwanese office in Vilnius."
    )
    sanction = _one(_events(extractor, text, date(2021, 11, 22)), "SANCTION")
    assert sanction.countries == ("CHN", "LTU"), sanction
    assert sanction.date == "2021-11-21", sanction


def test_putting_off_tariffs_ordered_on_goods_from_states_is_a_retreat_from_each(
    extractor: Extractor,
) -> None:
    """ "put off the tariffs he had ordered on goods from Mexico and Canada": putting a
    measure off eases it (triggers.yaml RETREAT easing), and what it was put on, told in a
    relative clause, is the state it eases towards, one event each."""
    text = (
        "WASHINGTON, Feb 4 - President Donald Trump on Monday put off for 30 days the 25 "
        "percent tariffs he had ordered on goods from Mexico and Canada, after both "
        "neighbours pledged to tighten border security."
    )
    events = _events(extractor, text, date(2025, 2, 4))
    eased = sorted((e.countries, e.date) for e in events if e.type == "RETREAT")
    assert eased == [(("USA", "CAN"), "2025-02-03"), (("USA", "MEX"), "2025-02-03")], events


def test_a_dateline_the_parser_takes_for_the_subject(extractor: Extractor) -> None:
    """ "WASHINGTON, June 1 - U.S. tariffs on steel from Canada and Mexico took effect on
    Friday": the parser may make the dateline's place the subject and the tariffs its
    apposition; the tariffs are the subject that takes effect."""
    text = (
        "WASHINGTON, June 1 - U.S. tariffs on steel from Canada and Mexico took effect on "
        "Friday. Ottawa called the duties unacceptable."
    )
    events = _events(extractor, text, date(2018, 6, 1))
    imposed = sorted(e.countries for e in events if e.type == "SANCTION")
    assert imposed == [("USA", "CAN"), ("USA", "MEX")], events


def test_a_plural_title_before_two_names(extractor: Extractor) -> None:
    """ "Foreign Ministers A and B held talks": the plural title is no part of the first
    name (both are people; the model tags only the second)."""
    text = (
        "Foreign Ministers Radoslaw Sikorski and Annalena Baerbock held talks on Ukraine's "
        "reconstruction in Warsaw on Tuesday."
    )
    people = {a.code for _, a in _mentions(extractor, text, date(2024, 7, 2)) if a.kind == "person"}
    assert {"Radoslaw Sikorski", "Annalena Baerbock"} <= people, people


def test_an_envoy_given_hours_to_leave_is_expelled(extractor: Extractor) -> None:
    """ "gave Canada's ambassador, X, 24 hours to leave": another state's envoy given a time
    to leave is expelled (triggers.yaml SANCTION ordered_to_leave); one's own are not."""
    text = (
        "RIYADH - Saudi Arabia said there was nothing to mediate in its dispute with Norway. "
        "The kingdom on Sunday gave Norway's ambassador, Lars Berg, 48 hours to leave."
    )
    expelled = _one(_events(extractor, text, date(2018, 8, 8)), "SANCTION")
    assert (expelled.countries, expelled.date) == (("SAU", "NOR"), "2018-08-05"), expelled
    own = "RIYADH - The kingdom on Sunday gave its own diplomats two days to leave Kuwait."
    assert not [e for e in _events(extractor, own, date(2018, 8, 8)) if e.type == "SANCTION"]


def test_renegotiating_is_negotiating(extractor: Extractor) -> None:
    """ "Negotiators from A, B and C began renegotiating the trade pact on Wednesday": talks
    of the three (triggers.yaml CONSULT meet)."""
    text = (
        "WASHINGTON - Negotiators from Chile, Peru and Bolivia began renegotiating their "
        "customs union on Wednesday."
    )
    talks = _one(_events(extractor, text, date(2017, 8, 17)), "CONSULT")
    assert (set(talks.countries), talks.date) == ({"CHL", "PER", "BOL"}, "2017-08-16"), talks


def test_acts_in_a_when_clause_of_a_time_take_that_time(extractor: Extractor) -> None:
    """ "The row began in August, when Beijing recalled its ambassador ... and demanded that
    ...": a relative clause on a time tells what happened then, though "recall" and "demand"
    can be verbs of saying."""
    text = (
        "BEIJING - China said on Sunday it would hold talks with Estonia. The row began in "
        "August, when Beijing recalled its ambassador from Tallinn and demanded that Estonia "
        "withdraw its own envoy from Beijing."
    )
    events = _events(extractor, text, date(2021, 11, 22))
    dated = sorted((e.type, e.date) for e in events if e.type in ("SANCTION", "REQUEST"))
    assert dated == [("REQUEST", "2021-08"), ("SANCTION", "2021-08")], events


def test_suspending_an_agreement_with_a_state_is_a_sanction(extractor: Extractor) -> None:
    """ "suspended its fisheries agreement with Morocco" (triggers.yaml SANCTION severing:
    an accord with another state, as relations and aid)."""
    text = "RABAT, May 21 - Spain suspended its fisheries agreement with Morocco on Monday."
    sanction = _one(_events(extractor, text, date(1985, 5, 21)), "SANCTION")
    assert (sanction.countries, sanction.date) == (("ESP", "MAR"), "1985-05-20"), sanction


def test_ending_trade_preferences_is_a_sanction_on_each_state(extractor: Extractor) -> None:
    """ "ended duty-free treatment for exports from A, B and C": taking away another state's
    trade benefits is a sanction (triggers.yaml SANCTION benefits_withdrawn), on each state
    the goods come from; not a retreat, though "duty" is a word of the easing list."""
    text = (
        "WASHINGTON - President Reagan formally ended preferential duty-free treatment for "
        "exports from Chile, Liberia and Paraguay."
    )
    events = _events(extractor, text, date(1987, 3, 6))
    assert sorted(e.countries for e in events) == [
        ("USA", "CHL"),
        ("USA", "LBR"),
        ("USA", "PRY"),
    ], events
    assert {e.type for e in events} == {"SANCTION"}, events


def test_a_past_tense_verb_after_an_infinitive_continues_the_finite_verb(
    extractor: Extractor,
) -> None:
    """ "ordered the Coast Guard to stop private boats ... and accused President X of ...":
    the parser joins "accused" to the infinitive, whose subject is the Coast Guard; a past
    tense continues the finite verb, whose subject accuses."""
    text = (
        "WASHINGTON, May 15 - The Reagan administration ordered the Coast Guard on Wednesday to "
        "stop private boats from sailing to Nicaragua and accused President Daniel Ortega of "
        "forcing convicted criminals aboard vessels bound for Florida."
    )
    accused = _one(_events(extractor, text, date(1986, 5, 15)), "ACCUSE")
    assert accused.countries == ("USA", "NIC"), accused


def test_a_word_after_a_title_and_a_verb_is_no_name(extractor: Extractor) -> None:
    """ "Danish prime minister tours European capitals": a nationality after the title's verb
    is no person's name (a name may follow a title and a comma, not a verb)."""
    text = "Norwegian prime minister tours European capitals as talks on Arctic fishing stall"
    found = _mentions(extractor, text, date(2025, 1, 28))
    assert not [w for w, a in found if a.kind == "person" and w == "European"], found


def test_a_double_surname_joins_the_full_name_told_later(extractor: Extractor) -> None:
    """ "Macri and Lopez Obrador sign ..." in a headline, "Mexican President Andres Manuel
    Lopez Obrador" in the story: a name of two words no record places is the one full name
    that ends with it."""
    text = (
        "Bolsonaro and Lopez Obrador sign new trade pact\n\nBUENOS AIRES, Nov 30 - The "
        "leaders signed a trade agreement on Friday. Mexican President Andres Manuel Lopez "
        "Obrador said it was a good day."
    )
    found = _mentions(extractor, text, date(2019, 11, 30))
    short = [a for w, a in found if w == "Lopez Obrador"]
    assert short and short[0].code == "Andres Manuel Lopez Obrador", found
    assert short[0].country == "MEX", found


def test_the_one_who_announced_the_act_told_before_took_part_in_it(
    extractor: Extractor,
) -> None:
    """ "Greece has halted all trade with Albania ... Prime Minister X announced the embargo":
    a definite event noun with no parties of its own, announced by one person of the acting
    state, is the act told just before; that person took part in it."""
    text = (
        "ATHENS, Feb 17 - Greece has halted all trade with Albania through the port of "
        "Igoumenitsa except for food and medicine.\n\nPrime Minister Andreas Papandreou "
        "announced the embargo late on Wednesday after a meeting of senior ministers."
    )
    sanction = _one(_events(extractor, text, date(1994, 2, 17)), "SANCTION")
    assert (sanction.countries, sanction.people) == (("GRC", "ALB"), ("Andreas Papandreou",))


def test_rejecting_both_protests_answers_the_protest_told(extractor: Extractor) -> None:
    """ "Iraq has lodged a formal protest with Turkey ... A Foreign Ministry spokesman
    rejected both protests": "both" points back to what was told, as "the" does."""
    text = (
        "ANKARA, Jan 15 - Iraq has lodged a formal protest with Turkey over its decision to "
        "hold back the waters of the Euphrates, its second in a week, officials said on "
        "Monday.\n\nA Foreign Ministry "
        "spokesman rejected both protests."
    )
    rejected = _one(_events(extractor, text, date(1990, 1, 15)), "REJECT")
    assert rejected.countries == ("TUR", "IRQ"), rejected
