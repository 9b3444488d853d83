"""Event patterns of English news added with extractor 0.3.81, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("verb", ["vowed", "pledged", "swore"])
def test_a_vow_to_pay_back_in_kind_is_a_threat_made_that_day(
    extractor: Extractor, verb: str
) -> None:
    """ "vowed to retaliate for the shelling": the vow threatens (PLOVER THREATEN); it is
    made, on the day of the vow, not a sanction planned."""
    text = f"Armenia {verb} on Tuesday to retaliate against Azerbaijan for the shelling."
    threat = _one(_events(extractor, text, date(1993, 4, 8)), "THREATEN")
    assert threat.countries == ("ARM", "AZE")
    assert (threat.status, threat.date) == ("occurred", "1993-04-06")
    assert not [e for e in _events(extractor, text, date(1993, 4, 8)) if e.type == "SANCTION"]


def test_a_relative_clause_acts_on_the_noun_its_pronoun_stands_for(extractor: Extractor) -> None:
    """ "relations between A and B, which A severed in 1977": the noun before the relative
    pronoun is what the clause's verb acts on."""
    text = (
        "The accord restores diplomatic relations between Somalia and Kenya, which Kenya "
        "severed in 1979."
    )
    severed = _one(_events(extractor, text, date(1984, 6, 5)), "SANCTION")
    assert severed.countries == ("KEN", "SOM")
    assert severed.date == "1979"


def test_a_raid_on_an_airstrip_is_an_attack(extractor: Extractor) -> None:
    text = "Israeli jets raided a Syrian airstrip near Homs on Sunday."
    attack = _one(_events(extractor, text, date(1985, 3, 5)), "ASSAULT")
    assert attack.countries[:2] == ("ISR", "SYR")
    assert attack.date == "1985-03-03"


def test_mobutu_in_the_years_of_zaire_acts_for_zaire(extractor: Extractor) -> None:
    """The office holder's state in the years it was named Zaire is coded ZAR, as the state
    named is (office_holders.csv)."""
    text = "President Mobutu Sese Seko accused Belgium on Monday of meddling."
    accused = _one(_events(extractor, text, date(1988, 11, 30)), "ACCUSE")
    assert accused.countries == ("ZAR", "BEL")


@pytest.mark.parametrize(
    "text",
    [
        "Following talks on May 6, the foreign ministers of Kenya and Uganda signed a trade "
        "accord.",
        "The foreign ministers of Kenya and Uganda signed a trade accord following talks on May 6.",
    ],
)
def test_an_act_that_follows_dated_talks_takes_their_day(extractor: Extractor, text: str) -> None:
    """ "following talks on May 6, the ministers signed": the signing has no time of its own;
    it follows the talks on their day (not the story's)."""
    signed = _one(_events(extractor, text, date(2025, 5, 9)), "AGREE", "sign")
    assert signed.date == "2025-05-06"


def test_an_act_with_a_day_of_its_own_keeps_it_after_talks(extractor: Extractor) -> None:
    text = (
        "Following talks with Kenya's foreign minister on Wednesday, the Ugandan minister was "
        "received by President Moi in Nairobi on Thursday."
    )
    found = _events(extractor, text, date(1995, 5, 13))
    received = [e for e in found if any("Moi" in p for p in e.people)]
    assert [e.date for e in received] == ["1995-05-11"]


def test_a_visit_an_act_follows_does_not_date_it(extractor: Extractor) -> None:
    """Weeks may lie between a visit and what follows it: only talks lend their day."""
    text = (
        "Kenya and Uganda signed a trade accord on the border following President Moi's visit "
        "to Kampala in March."
    )
    signed = _one(_events(extractor, text, date(1995, 5, 13)), "AGREE", "sign")
    assert signed.date != "1995-03"


def test_the_day_of_a_radio_address_is_that_of_the_appeal_made_in_it(
    extractor: Extractor,
) -> None:
    text = (
        "In a radio address on Monday night, President Hissene Habre appealed to France to "
        "step up its help."
    )
    appeal = _one(_events(extractor, text, date(1986, 2, 18)), "REQUEST")
    assert (appeal.countries, appeal.date) == (("TCD", "FRA"), "1986-02-17")


def test_a_participle_after_the_clause_said_is_the_sayers_act(extractor: Extractor) -> None:
    """ "X said trust had been damaged, accusing Seoul of ...": the parser hangs the
    participle on the clause said, whose subject names nobody; the accusation is X's."""
    text = (
        "Japanese Chief Cabinet Secretary Yoshihide Suga said on Monday that trust had been "
        "damaged, accusing Seoul of failing to answer."
    )
    accused = _one(_events(extractor, text, date(2019, 7, 2)), "ACCUSE")
    assert accused.countries == ("JPN", "KOR")
    assert accused.people == ("Yoshihide Suga",)


def test_a_participle_after_a_clause_with_its_own_actor_is_that_actors(
    extractor: Extractor,
) -> None:
    text = (
        "The Indian army said Pakistani troops fired across the Line of Control on Monday, "
        "killing two Indian soldiers."
    )
    attacks = [e for e in _events(extractor, text, date(1992, 6, 2)) if e.type == "ASSAULT"]
    assert attacks and all(e.countries[0] == "PAK" for e in attacks)
