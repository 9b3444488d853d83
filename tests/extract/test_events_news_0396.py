"""Event patterns of English news added with extractor 0.3.96, each on text written for the
test (the stories are made up; each test names the construction)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from diplograph.names import same_person
from tests.extract.test_events_news import _events

pytestmark = pytest.mark.slow


def test_a_gerund_opening_the_sentence_is_no_part_of_the_name_after_it(
    extractor: Extractor,
) -> None:
    """ "Meeting Aziz Rahman later on Monday, Nakamura asked ...": the model takes the
    sentence's first word, a form of a verb the triggers know, into the name after it."""
    text = (
        "Japanese Foreign Minister Kenji Nakamura arrived in Kuala Lumpur on Monday. Meeting "
        "Aziz Rahman separately later on Monday, Nakamura asked Malaysia to open its market."
    )
    events = _events(extractor, text, date(1991, 1, 10))
    people = {p for e in events for p in e.people}
    assert "Aziz Rahman" in people
    assert not any(p.startswith("Meeting") for p in people)


def test_an_omani_honorific_is_no_part_of_the_name() -> None:
    """ "Sayyid Badr bin Hamad" is Badr bin Hamad (names.yaml ``honorifics``)."""
    assert same_person("Sayyid Khalid bin Hamad Albusaidi", "Khalid bin Hamad Albusaidi")


def test_the_subject_of_a_verb_is_at_the_meeting_its_object_is_placed_at(
    extractor: Extractor,
) -> None:
    """ "the two neighbours normalised relations at a summit in Lima last November": the model
    hangs the summit on the verb's object; the verb's subject held it (0.3.97; triggers.yaml
    ``within_meeting``: "at", "in", "during")."""
    text = (
        "Peru accused Chile on Tuesday of violating its territorial waters. The row comes only "
        "seven months after the two Andean neighbours normalised relations at a summit in Lima "
        "last November, ending a decade of hostility."
    )
    summit = next(e for e in _events(extractor, text, date(1992, 6, 10)) if e.type == "CONSULT")
    assert (set(summit.countries), summit.date, summit.place) == ({"PER", "CHL"}, "1991-11", "Lima")
