"""Event patterns of English news added with extractor 0.3.82, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_events_news import _events, _one

pytestmark = pytest.mark.slow


def test_a_states_measure_that_comes_into_force_is_its_act(extractor: Extractor) -> None:
    """ "China's tariffs on Australian barley came into force": the possessor of a measure
    that a verb of coming into force carries is the state that imposes it."""
    text = "China's tariffs on Australian barley came into force on Tuesday."
    tariffs = _one(_events(extractor, text, date(2020, 5, 20)), "SANCTION")
    assert (tariffs.countries, tariffs.date) == (("CHN", "AUS"), "2020-05-19")


def test_a_passive_keeps_its_own_order_with_a_possessor(extractor: Extractor) -> None:
    text = "Iraq's protest was handed to the Turkish ambassador in Baghdad on Wednesday."
    protests = [e for e in _events(extractor, text, date(1990, 1, 18)) if e.type == "PROTEST"]
    assert all(e.countries[0] != "TUR" for e in protests)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("China pledged emergency aid worth 200 million yuan to Afghanistan on Wednesday.", "AID"),
        ("Japan sent relief supplies worth $2 million to Nepal on Friday.", "AID"),
    ],
)
def test_the_recipient_of_a_thing_given_after_its_worth(
    extractor: Extractor, text: str, kind: str
) -> None:
    """ "aid worth 200 million yuan to Afghanistan": the parser hangs the recipient on the
    worth, not on the aid or the verb."""
    given = _one(_events(extractor, text, date(2021, 9, 10)), kind)
    assert given.countries[1] in ("AFG", "NPL")


def test_both_neighbours_are_the_storys_two_countries(extractor: Extractor) -> None:
    text = (
        "Afghanistan and Pakistan clashed on Tuesday. China urged both neighbours on "
        "Wednesday to exercise restraint."
    )
    urged = [e for e in _events(extractor, text, date(2024, 12, 26)) if e.type == "REQUEST"]
    assert sorted(c for e in urged for c in e.countries if c != "CHN") == ["AFG", "PAK"]


def test_troops_that_traded_fire_attacked(extractor: Extractor) -> None:
    text = "Afghan and Pakistani troops traded fire on Tuesday."
    attack = _one(_events(extractor, text, date(2024, 12, 26)), "ASSAULT")
    assert set(attack.countries) == {"AFG", "PAK"}
