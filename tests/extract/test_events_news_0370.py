"""Event patterns of English news added with extractor 0.3.70, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _mentions, _one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Peru on Monday expelled diplomats from Chile, Bolivia and Ecuador.", "SANCTION"),
        ("Peru on Monday recognised the independence of Chile, Bolivia and Ecuador.", "SUPPORT"),
        ("Peru on Monday recognised Chile, Bolivia and Ecuador.", "SUPPORT"),
    ],
)
def test_an_act_on_several_states_is_one_act_on_each(
    extractor: Extractor, sentence: str, kind: str
) -> None:
    """One state's act whose object names several states ("expelled diplomats from A, B and
    C", "recognised A and B") is an act towards each of them, as "pressed A and B" is;
    recognition is given by one state to another, not done together as talks are."""
    found = [e for e in _events(extractor, sentence, date(1995, 3, 7)) if e.type == kind]
    assert sorted(e.countries for e in found) == [
        ("PER", "BOL"),
        ("PER", "CHL"),
        ("PER", "ECU"),
    ]


def test_a_baltic_state_is_its_own_after_it_declared_independence(extractor: Extractor) -> None:
    """Lithuania declared its independence from the Soviet Union in March 1990: a story of
    1991 tells of Lithuania's acts, not the Soviet Union's (as Slovenia leaves Yugoslavia on
    the day it declared)."""
    text = "VILNIUS, Jan 15 - Lithuania on Monday accused the Soviet Union of an armed attack."
    accusation = _one(_events(extractor, text, date(1991, 1, 15)), "ACCUSE")
    assert accusation.countries == ("LTU", "SUN")


def test_a_kings_given_name_is_the_reigning_holder(extractor: Extractor) -> None:
    """ "King Fahd" in a story of 1990 is the one holder in office whose name begins with
    the given name (Fahd bin Abdulaziz), so his meeting is with his state, not with the one
    the story is about."""
    text = (
        "GENEVA, Nov 9 - Iraq rejected a United States call to withdraw from Kuwait on "
        "Friday. Secretary of State James Baker flew on to Jeddah and met King Fahd."
    )
    people = {a.code: a.country for _, a in _mentions(extractor, text, date(1990, 11, 9))}
    assert people["Fahd"] == "SAU"


def test_a_name_written_family_name_first_is_the_holder(extractor: Extractor) -> None:
    """East Asian names are written family name first in some outlets ("Kishida Fumio"); the
    office holder the table writes the other way is that person."""
    text = "Prime Minister Kishida Fumio received the visiting Mongolian premier on Tuesday."
    found = {a.code: a.country for _, a in _mentions(extractor, text, date(2023, 11, 30))}
    assert found.get("Fumio Kishida") == "JPN"


def test_the_two_prime_ministers_are_the_heads_of_government(extractor: Extractor) -> None:
    """ "The two prime ministers" are the heads of government of the pair, not a monarch who
    received the visitor in the sentence before."""
    text = (
        "Prime Minister Fumio Kishida met Mongolian Prime Minister Luvsannamsrain Oyun-Erdene "
        "in Tokyo on Monday. On Tuesday the Mongolian premier was received by Emperor "
        "Naruhito of Japan.\n\nThe two prime ministers signed a joint statement on Wednesday."
    )
    signed = _one(_events(extractor, text, date(2023, 11, 30)), "AGREE", "sign")
    assert set(signed.people) == {"Fumio Kishida", "Luvsannamsrain Oyun-Erdene"}


def test_a_meeting_told_with_its_day_but_no_party_dates_the_meeting_told_next(
    extractor: Extractor,
) -> None:
    """ "Ministers meeting here on Monday condemned ..." names no state of its own; the
    ministers named next "at the meeting" were at that Monday's meeting (extractor 0.3.71)."""
    text = (
        "GENEVA, March 15 - Foreign ministers of the alliance meeting in special session here "
        "on Monday condemned the crackdown in Haiti. Chilean Foreign Minister Carlos Ramos, "
        "Peru's Luis Vega and Argentina's Ana Ortiz were among the ministers at the meeting."
    )
    meeting = _one(_events(extractor, text, date(1994, 3, 15)), "CONSULT", "multilateral")
    assert meeting.date == "1994-03-14"


def test_an_act_dated_by_its_report_takes_the_day_told_next(extractor: Extractor) -> None:
    """An agreement dated only by the day officials reported it takes the day the next sentence
    gives the same act ("The accord was reached on Friday"), as one dated by the publication
    does (extractor 0.3.71)."""
    text = (
        "LIMA, March 19 - Chile and Peru have agreed on a new fishing accord, officials of both "
        "countries said on Saturday. The accord was reached on Friday after two days of talks "
        "here."
    )
    agreement = _one(_events(extractor, text, date(1994, 3, 19)), "AGREE")
    assert agreement.date == "1994-03-18"


def test_a_document_told_again_by_its_head_noun_is_one_signing(extractor: Extractor) -> None:
    """ "A memorandum of understanding on ..." told again as "the memorandum" is the same
    document: one signing, with the people who signed it (extractor 0.3.72)."""
    text = (
        "DHAKA, May 12 - Bangladesh and Nepal on Wednesday signed a memorandum of understanding "
        "on sharing river water, officials said. The memorandum was signed in Dhaka by "
        "Bangladesh's Water Minister Omar Haddad and his Nepali counterpart, Ram Thapa."
    )
    signing = _one(_events(extractor, text, date(1994, 5, 12)), "AGREE", "sign")
    assert set(signing.people) == {"Omar Haddad", "Ram Thapa"}


def test_the_visiting_minister_is_not_of_the_host_his_clause_names(extractor: Extractor) -> None:
    """A story filed from the visitor's capital ("AMMAN - ... talks in Damascus") calls the
    Jordanian "the visiting minister": he is not of the host his clause names ("received by
    Syrian Prime Minister X"), whatever the dateline says (extractor 0.3.72)."""
    text = (
        "AMMAN, May 12 - Talks in Damascus between Jordanian Water Minister Omar Haddad and "
        "Syrian Irrigation Minister Sami Kassab ended on Wednesday. The visiting minister was "
        "also received by Syrian Prime Minister Adel Rifai."
    )
    found = _events(extractor, text, date(1994, 5, 12))
    received = [e for e in found if "Adel Rifai" in e.people]
    assert [set(e.people) for e in received] == [{"Omar Haddad", "Adel Rifai"}]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [  # a day the parser hangs on the purpose of the act
        ("Peru recalled its ambassador in Quito for consultations on Wednesday.", "SANCTION"),
        # a day the parser takes into the noun phrase after "on"
        ("Peruvian Foreign Minister Luis Vega rejected on Wednesday Ecuador's demand.", "REJECT"),
        # a day right after the verb of saying, hung on the clause it reports
        (
            "Peru's President Luis Vega said on Wednesday he was suspending relations with "
            "Ecuador.",
            "SANCTION",
        ),
    ],
)
def test_a_day_the_parser_misplaces_still_dates_the_act(
    extractor: Extractor, sentence: str, kind: str
) -> None:
    """The day of an act where the small model's parse hangs it on another word: the object
    of a purpose ("for consultations on Wednesday"), the noun after "on" ("on Wednesday
    Ecuador's demand"), or the clause a verb of saying reports ("said on Wednesday he was
    ...") (extractor 0.3.73)."""
    found = [e for e in _events(extractor, sentence, date(1995, 6, 15)) if e.type == kind]
    assert [e.date for e in found] == ["1995-06-14"]


@pytest.mark.parametrize(
    ("headline", "kind", "status"),
    [
        ("Peru to lift tariffs on Chilean wine", "RETREAT", "planned"),
        ("Peru to sanction Chilean fishing firms", "SANCTION", "planned"),
        # the parser takes the verb into the subject: still a report of the act
        ("Peru orders Chile to shut consulate in Arica", "SANCTION", "occurred"),
    ],
)
def test_a_headline_infinitive_tells_a_plan(
    extractor: Extractor, headline: str, kind: str, status: str
) -> None:
    """A headline tells what is to come with a bare infinitive after its subject ("China to
    sanction U.S. firms" is "China will sanction"), not with a verb in the present (extractor
    0.3.74)."""
    text = f"{headline}\n\nLIMA, May 4 - Officials said so on Wednesday."
    found = [e for e in _events(extractor, text, date(1995, 5, 4)) if e.type == kind]
    assert [e.status for e in found] == [status]


@pytest.mark.parametrize(
    ("sentence", "people", "day"),
    [
        (
            "German Chancellor Karl Weber spoke by telephone with Russian President Ivan "
            "Petrov on Tuesday.",
            {"Karl Weber", "Ivan Petrov"},
            "2021-11-09",
        ),
        (
            "Polish Prime Minister Jan Nowak discussed a joint response by telephone with his "
            "Lithuanian counterpart, Ona Kalnaite, on Monday.",
            {"Jan Nowak", "Ona Kalnaite"},
            "2021-11-08",
        ),
    ],
)
def test_a_call_by_telephone_with_someone_is_a_call_with_him(
    extractor: Extractor, sentence: str, people: set[str], day: str
) -> None:
    """The parser hangs "with X" on the means ("by telephone with X") and the means on the
    verb's object ("discussed the dispute by telephone"): both belong to the verb, so the
    call has its other party (extractor 0.3.75)."""
    call = _one(_events(extractor, sentence, date(2021, 11, 10)), "CONSULT", "phone")
    assert (set(call.people), call.date) == (people, day)


def test_a_hostile_act_told_with_could_under_a_condition_is_a_threat(
    extractor: Extractor,
) -> None:
    """ "could impose duties if no settlement is reached" is a warning, not an undated guess:
    a speculative auxiliary does not hide a threat whose act has its own condition; a guess
    with no condition stays no event (extractor 0.3.76)."""
    text = (
        "Canadian Trade Minister Paul Girard said on Monday that Ottawa could impose "
        "retaliatory duties on Mexican steel if no settlement was reached by June."
    )
    threat = _one(_events(extractor, text, date(1991, 3, 6)), "THREATEN")
    assert (threat.countries, threat.date) == (("CAN", "MEX"), "1991-03-04")
    guess = "Ottawa could impose duties on Mexican steel, analysts said."
    assert not _events(extractor, guess, date(1991, 3, 6))


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "Norway and Denmark launched air and missile strikes against rebel bases in Yemen "
            "on Friday.",
            [("DNK", "YEM"), ("NOR", "YEM")],
        ),
        (
            "Norway on Friday launched air and drone strikes on rebel targets in Yemen.",
            [("NOR", "YEM")],
        ),
    ],
)
def test_coordinated_modifiers_name_a_two_word_event_noun(
    extractor: Extractor, sentence: str, pairs: list[tuple[str, str]]
) -> None:
    """ "air and missile strikes": the parser hangs the first of two coordinated modifiers as
    ``nmod``, and the second on the first; each still names the strikes as air strikes, an
    attack, not workers' strikes (extractor 0.3.76)."""
    found = _events(extractor, sentence, date(2024, 1, 14))
    assert {e.type for e in found} == {"ASSAULT"}
    assert sorted(e.countries for e in found) == pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Brazil on Tuesday suspended all high-level exchanges with the Paraguayan government.",
        "Brazil on Tuesday halted aid to Paraguay.",
    ],
)
def test_exchanges_suspended_and_aid_halted_reduce_relations(
    extractor: Extractor, sentence: str
) -> None:
    """A state that suspends its exchanges with another, or halts what it gives it, reduces
    relations (PLOVER SANCTION), as one that suspends talks or cuts ties (extractor 0.3.76)."""
    found = _one(_events(extractor, sentence, date(1989, 6, 22)), "SANCTION")
    assert (found.countries, found.date) == (("BRA", "PRY"), "1989-06-20")


def test_that_month_is_the_month_named_last(extractor: Extractor) -> None:
    """ "Later that month" counts from the month the story named last ("since February"),
    not from the publication date (extractor 0.3.76)."""
    text = (
        "Ties between Peru and Ecuador have been tense since February, when a border post "
        "was attacked. Later that month, Peruvian jets bombed guerrilla camps in Ecuador."
    )
    attack = _one(_events(extractor, text, date(1995, 8, 9)), "ASSAULT")
    assert (attack.countries, attack.date) == (("PER", "ECU"), "1995-02")


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "Chile, the UAE, Bolivia and Ecuador cut diplomatic ties with Peru in June.",
            [("ARE", "PER"), ("BOL", "PER"), ("CHL", "PER"), ("ECU", "PER")],
        ),
        (
            "Peruvian troops raided guerrilla camps in Ecuador, Bolivia and Chile on Monday.",
            [("PER", "BOL"), ("PER", "CHL"), ("PER", "ECU")],
        ),
    ],
)
def test_each_state_of_a_list_acts_or_is_hit(
    extractor: Extractor, sentence: str, pairs: list[tuple[str, str]]
) -> None:
    """A list of states is one act by each, even where the parser takes the second for an
    apposition of the first or for another subject ("Chile, the UAE, Bolivia and ..."); an attack on
    places in several states hits each of them (extractor 0.3.76)."""
    found = _events(extractor, sentence, date(1995, 8, 9))
    assert sorted(e.countries for e in found) == pairs


def test_a_summary_noun_dated_by_its_participle_dates_the_lead(extractor: Extractor) -> None:
    """A lead tells an act without its day and the next sentence names it by a noun of
    summary whose participle has the day ("The measures, announced on Tuesday, ..."): the
    act took place that day, not on the day of the story (extractor 0.3.76)."""
    text = (
        "OTTAWA, March 8 - Canada has suspended all high-level exchanges with Chile, the "
        "foreign ministry said. The measures, announced on Tuesday, add to an earlier ban on "
        "arms sales."
    )
    found = _one(_events(extractor, text, date(1990, 3, 8)), "SANCTION")
    assert (found.countries, found.date) == (("CAN", "CHL"), "1990-03-06")


def test_a_surname_the_model_takes_for_a_place_ends_the_name(extractor: Extractor) -> None:
    """The model may cut a name with a particle in two and tag the surname as a place
    ("Roberto de Abreu | Sodre"): the surname the name's last word modifies is the name's,
    unless the gazetteer knows the place (extractor 0.3.77)."""
    text = (
        "The protocol was signed by Foreign Minister Luis de Abreu Sodre and Nigeria's External "
        "Affairs Minister Ade Bello."
    )
    names = [text for text, actor in _mentions(extractor, text, date(1986, 10, 16))]
    assert "Luis de Abreu Sodre" in names


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean President Ana Roldos and Peruvian President Jorge Salas shook hands at the "
        "border on Tuesday.",
        "Chilean President Ana Roldos shook hands with Peruvian President Jorge Salas at the "
        "border on Tuesday.",
    ],
)
def test_a_handshake_is_a_meeting(extractor: Extractor, sentence: str) -> None:
    """Leaders who shake hands meet face to face (not "the blast shook the building")
    (extractor 0.3.77)."""
    meeting = _one(_events(extractor, sentence, date(1995, 8, 9)), "CONSULT", "meet")
    assert (set(meeting.countries), meeting.date) == ({"CHL", "PER"}, "1995-08-08")
    assert not _events(extractor, "The blast shook the building on Tuesday.", date(1995, 8, 9))


@pytest.mark.parametrize(
    "sentence",
    [
        "Chilean Foreign Minister Ana Roldos called the Peruvian decision a blow to the "
        "region on Tuesday.",
        "Chilean Foreign Minister Ana Roldos called the Peruvian move disproportionate on Tuesday.",
        "Chilean Foreign Minister Ana Roldos branded the Peruvian raid an act of state "
        "terrorism on Tuesday.",
    ],
)
def test_words_of_blame_for_another_states_act_accuse_it(
    extractor: Extractor, sentence: str
) -> None:
    """Calling another state's act a blow, disproportionate or terrorism blames it (PLOVER
    ACCUSE), as calling it unjust does (extractor 0.3.77)."""
    blame = _one(_events(extractor, sentence, date(1995, 8, 9)), "ACCUSE")
    assert (blame.countries, blame.people) == (("CHL", "PER"), ("Ana Roldos",))


def test_an_envoy_told_to_leave_is_expelled(extractor: Extractor) -> None:
    """ "told the Peruvian ambassador to leave" expels him (PLOVER SANCTION); it is neither a
    meeting with him nor a request (extractor 0.3.77)."""
    text = "Chile on Tuesday told the Peruvian ambassador to leave the country within 48 hours."
    found = _events(extractor, text, date(1995, 8, 9))
    assert [(e.type, e.countries) for e in found] == [("SANCTION", ("CHL", "PER"))]


def test_the_partner_of_an_agreed_aim_is_a_party_to_the_agreement(extractor: Extractor) -> None:
    """ "Chile agreed on Monday to restore relations with Peru": the "with" phrase of the aim
    names the other party of the agreement (extractor 0.3.77)."""
    text = "Chile agreed on Monday to restore diplomatic relations with Peru."
    found = _one(_events(extractor, text, date(1995, 8, 9)), "AGREE")
    assert (found.countries, found.date) == (("CHL", "PER"), "1995-08-07")


@pytest.mark.parametrize(
    ("sentence", "pair", "day"),
    [
        (
            "Chile will lift the duties it imposed on Peruvian fishmeal in 1993, the ministry "
            "said on Tuesday.",
            ("CHL", "PER"),
            "1993",
        ),
        (
            "Peru wants the removal of the duties that Chile imposed on Peruvian fishmeal in "
            "March 1993.",
            ("CHL", "PER"),
            "1993-03",
        ),
    ],
)
def test_a_relative_clause_that_does_the_act_carries_it_with_its_time(
    extractor: Extractor, sentence: str, pair: tuple[str, str], day: str
) -> None:
    """A noun of an act whose relative clause says who did it ("the duties it imposed in
    1993") is that act, dated by the clause, not by the sentence around it (extractor
    0.3.77)."""
    found = [e for e in _events(extractor, sentence, date(1995, 8, 9)) if e.type == "SANCTION"]
    assert [(e.countries, e.date, e.status) for e in found] == [(pair, day, "occurred")]


def test_separate_agreements_with_two_states_are_one_with_each(extractor: Extractor) -> None:
    """ "signed separate memorandums with Lima and Quito": "separate" on the verb's object
    tells one agreement with each state, even when capitals name them (extractor 0.3.78)."""
    text = "Chile on Friday signed separate memorandums with Lima and Quito on fishing."
    found = [e for e in _events(extractor, text, date(2015, 8, 9)) if e.type == "AGREE"]
    assert sorted(e.countries for e in found) == [("CHL", "ECU"), ("CHL", "PER")]


def test_officials_barred_from_entering_are_sanctioned_on_the_day_told(
    extractor: Extractor,
) -> None:
    """Barring another state's officials from entering is a sanction (an entry ban); the day
    the parser hangs on the gerund ("from entering its territory on Wednesday") is the day of
    the barring (extractor 0.3.78)."""
    text = (
        "Chile also barred Jorge Salas, the head of Peru's border agency, from entering its "
        "territory on Wednesday."
    )
    ban = _one(_events(extractor, text, date(2015, 8, 9)), "SANCTION")
    assert (ban.countries, ban.date) == (("CHL", "PER"), "2015-08-05")
    assert not _events(
        extractor, "The court barred the senator from entering the race.", date(2015, 8, 9)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile put its armed forces on alert against Peru on Friday.",
        "Chile sent troops to its border with Peru on Friday.",
        "The Chilean army reinforced its troops along the frontier with Peru on Friday.",
    ],
)
def test_forces_readied_against_or_sent_towards_a_state_mobilize(
    extractor: Extractor, sentence: str
) -> None:
    """Armed forces put on alert against a state, or sent or reinforced towards its border,
    are a mobilisation against it (PLOVER MOBILIZE), in articles as in lone sentences
    (extractor 0.3.78)."""
    found = _one(_events(extractor, sentence, date(2015, 8, 9)), "MOBILIZE")
    assert (found.countries, found.date) == (("CHL", "PER"), "2015-08-07")


def test_a_plan_its_doer_called_off_is_no_event(extractor: Extractor) -> None:
    """ "X, who had been due to fly to Lima on Monday for talks, called off the trip": the
    trip of the relative clause is the one its doer cancels (triggers.yaml
    ``words.called_off``); a trip he praised stays (extractor 0.3.79)."""
    called_off = (
        "Chilean Foreign Minister Ana Roldos, who had been due to fly to Lima on Monday for "
        "talks, called off the trip."
    )
    assert not _events(extractor, called_off, date(2015, 8, 9))
    made = (
        "Chilean Foreign Minister Ana Roldos, who flew to Lima on Monday for talks, praised "
        "the trip."
    )
    visit = _one(_events(extractor, made, date(2015, 8, 9)), "CONSULT", "visit")
    assert visit.countries == ("CHL", "PER")
