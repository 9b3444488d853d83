"""Event, name and figure patterns of English news added with extractor 0.3.59, each on a
sentence written for the test (names, places and dates are made up; each test names the
construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one
from tests.extract.test_facts import _facts

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "sentence",
    [
        "Portugal will write off 2 billion escudos of Angolan debt, officials said.",
        "Sweden will reschedule about 90 mln dlrs of Tanzania's debt, officials said.",
        "Norway forgave 40 pct of Zambia's debt on Monday, officials said.",
    ],
)
def test_a_creditor_relieving_another_states_debt_gives_aid(
    extractor: Extractor, sentence: str
) -> None:
    events = _events(extractor, sentence, date(1988, 5, 4))
    aid = _one(events, "AID")
    assert len(aid.countries) == 2 and aid.countries[0] in ("PRT", "SWE", "NOR")


@pytest.mark.parametrize(
    "sentence",
    [
        # the debtor's own debt names no other state
        "Zambia rescheduled its debt to Norway on Monday, officials said.",
        # what an agreement says is coded by the agreement
        "Norway agreed on Monday to reschedule 40 mln dlrs of Zambian debt, officials said.",
        "Zambia and Norway signed an agreement to reschedule Zambia's debt on Monday.",
        # what a noun says is nobody's act yet, and a debt inside a clause is no object
        "A banker said he expects negotiations to reschedule Zambia's debt to take months.",
        "The accord opened the way to rescheduling talks with Norway and Sweden, which hold "
        "most of Zambia's debt.",
    ],
)
def test_own_debt_and_agreed_rescheduling_are_no_aid(extractor: Extractor, sentence: str) -> None:
    assert not [e for e in _events(extractor, sentence, date(1988, 5, 4)) if e.type == "AID"]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        # an amount given "in" the payments carries the payments' phrases
        (
            "The United States on Monday began withholding 4 mln dlrs in monthly aid "
            "payments from the government of Honduras.",
            ("USA", "HND"),
        ),
        ("Sweden has suspended its development aid programme for Cuba.", ("SWE", "CUB")),
        ("The United States froze Libyan government funds in American banks.", ("USA", "LBY")),
        ("Washington cut Guatemala's sugar import quota by 40 pct.", ("USA", "GTM")),
        ("Hungary has ordered the closure of the Slovak consulate in Debrecen.", ("HUN", "SVK")),
        (
            "Ecuador today ordered four Peruvian embassy officials to leave the country.",
            ("ECU", "PER"),
        ),
    ],
)
def test_measures_against_another_states_money_missions_and_staff_are_sanctions(
    extractor: Extractor, sentence: str, pair: tuple[str, str]
) -> None:
    sanction = _one(_events(extractor, sentence, date(1996, 3, 6)), "SANCTION")
    assert sanction.countries == pair


@pytest.mark.parametrize(
    "sentence",
    [
        "OPEC cut its production quota by 5 pct, ministers said.",
        "The U.S. Agriculture Department slashed its sugar import quota from Fiji last year.",
        "The minister closed the meeting with a call for unity.",
    ],
)
def test_own_quotas_and_closed_meetings_are_no_sanctions(
    extractor: Extractor, sentence: str
) -> None:
    assert not [e for e in _events(extractor, sentence, date(1989, 3, 6)) if e.type == "SANCTION"]


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("Turkish coast guard ships rammed two Greek patrol boats on Monday.", ("TUR", "GRC")),
        ("Indian jets struck targets in Pakistan's Punjab province on Friday.", ("IND", "PAK")),
    ],
)
def test_vessels_rammed_and_targets_struck_are_assaults(
    extractor: Extractor, sentence: str, pair: tuple[str, str]
) -> None:
    assault = _one(_events(extractor, sentence, date(2021, 6, 9)), "ASSAULT")
    assert assault.countries == pair


def test_a_figure_hit_is_no_assault(extractor: Extractor) -> None:
    text = "Korea hit its export targets last year, the ministry said."
    assert not [e for e in _events(extractor, text, date(2021, 6, 9)) if e.type == "ASSAULT"]


def test_a_particle_inside_a_titled_name_belongs_to_the_name(extractor: Extractor) -> None:
    # the model tags the name as an organisation; the title before it makes it a person, and
    # the next title is not his
    text = (
        "The French minister is due to meet President F.W. de Klerk and Foreign Minister Pik "
        "Botha on Thursday."
    )
    people = {written: actor for written, actor in _mentions(extractor, text, date(1990, 5, 2))
              if actor.kind == "person"}  # fmt: skip
    assert people["F.W. de Klerk"].role == "head_of_state"
    assert people["Pik Botha"].role == "foreign_minister"


def test_the_noun_a_figure_is_of_says_what_it_measures(extractor: Extractor) -> None:
    # the words after the figure ("in bilateral trade") do not make the deficit a turnover
    text = (
        "Chilean exports to Japan came to 2.1 billion dollars in 2022, leaving Japan with a "
        "deficit of 310 million dollars in bilateral trade."
    )
    found = {(f.indicator, f.of, f.in_, f.value) for f in _facts(extractor, text, date(2023, 2, 1))}
    assert ("trade_balance", "JPN", "CHL", -310_000_000) in found
    assert not [f for f in found if f[0] == "trade_turnover"]


def test_a_plural_possessive_names_whose_partner_is_ranked(extractor: Extractor) -> None:
    text = "Japan remained the Netherlands' biggest trading partner in Asia in 2022."
    rank = [f for f in _facts(extractor, text, date(2023, 2, 1)) if f.indicator == "partner_rank"]
    assert [(f.of, f.in_, f.value) for f in rank] == [("JPN", "NLD", 1)]


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        # the parser hangs the clause about the visit on its destination
        (
            "Peruvian President Martin Vizcarra confirmed he would pay a state visit to Chile, "
            "which is expected to take place in the second half of the year.",
            "2019-07/2019-12",
        ),
        (
            "The ministers discussed the next meeting of the Peru-Chile joint commission, "
            "which is due to be held in Lima in the spring.",
            "2019-03/2019-05",
        ),
    ],
)
def test_a_clause_dating_an_event_noun_dates_it_wherever_the_parser_hangs_it(
    extractor: Extractor, sentence: str, when: str
) -> None:
    events = [e for e in _events(extractor, sentence, date(2019, 3, 10)) if e.type == "CONSULT"]
    assert [e.date for e in events] == [when]


def test_a_clause_that_ends_or_denies_the_event_does_not_date_its_start(
    extractor: Extractor,
) -> None:
    text = (
        "The Peruvian and Chilean foreign ministers chaired the fourth meeting of the Peru-Chile "
        "joint commission, which had not convened since 2016."
    )
    events = [e for e in _events(extractor, text, date(2019, 3, 10)) if e.type == "CONSULT"]
    assert events and all(e.date != "2016" for e in events)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Spain's King Felipe received Peruvian President Martin Vizcarra at the Zarzuela "
            "Palace on Monday.",
            "Madrid",
        ),
        (
            "Indonesian President Joko Widodo received Thai Prime Minister Prayut Chan-o-cha at "
            "the Bogor Presidential Palace.",
            "Bogor",
        ),
    ],
)
def test_a_palace_where_leaders_receive_guests_places_the_meeting_in_its_city(
    extractor: Extractor, sentence: str, place: str
) -> None:
    meeting = _one(_events(extractor, sentence, date(2019, 3, 12)), "CONSULT", "meet")
    assert meeting.place == place


def test_a_pronoun_for_the_warners_own_state_is_the_side_threatened(extractor: Extractor) -> None:
    # "it" in the condition is the state the warner accused first, not his own
    text = (
        "BAGHDAD, May 3 - Iraq's president accused Syria on Tuesday of stealing water from the "
        "Euphrates and warned that Iraq would act if it went on building dams."
    )
    threat = _one(_events(extractor, text, date(1990, 5, 3)), "THREATEN")
    assert threat.countries == ("IRQ", "SYR")


def test_a_past_verb_joined_to_a_reported_clause_is_the_sayers_act(extractor: Extractor) -> None:
    # the parser joins "called on" to "disregards", inside what the ministry said
    text = (
        "The Sudanese Foreign Ministry said the new dam threatens the rights of Sudan and "
        "called on Ethiopia to resume talks."
    )
    request = _one(_events(extractor, text, date(2021, 7, 6)), "REQUEST")
    assert request.countries == ("SDN", "ETH")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised word between a title and a name is the name's, whatever its tag
        (
            "Deputy Minister of Foreign Affairs Do Van Thanh and Thai Deputy Foreign Minister "
            "Sihasak Phuangketkeow co-chaired the meeting.",
            "Do Van Thanh",
        ),
    ],
)
def test_a_family_name_that_is_also_an_english_word_stays_in_the_name(
    extractor: Extractor, text: str, name: str
) -> None:
    people = [w for w, a in _mentions(extractor, text, date(2023, 5, 10)) if a.kind == "person"]
    assert name in people
