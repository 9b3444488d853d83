"""How questions are read: slots found anywhere in the question, the intent they make together."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.extract.dates import find_time_expressions
from diplograph.knowledge import load_knowledge
from diplograph.offices import load_roles
from diplograph.query.reading import Known, Reading, read_question

PEOPLE = {"cleverly": "James Cleverly", "vasilenko": "Roman Vassilenko",
          "vassilenko": "Roman Vassilenko", "james cleverly": "James Cleverly",
          "macron": "Emmanuel Macron"}  # fmt: skip


@pytest.fixture(scope="module")
def known() -> Known:
    return Known(
        load_knowledge(),
        load_roles(),
        lambda text, day=None: find_time_expressions(text, day or date(2026, 12, 2)),
        lambda name: PEOPLE.get(name.lower()),
        {"companies": ("in",), "exports": ("to",), "imports": ("from",)},
    )


def _read(question: str, known: Known) -> Reading:
    return read_question(question, known)


@pytest.mark.parametrize(
    "question",
    ["How many companies from France operate in Kazakhstan?", "French firms in Kazakhstan?",
     "firms france kazakhstan", "In Kazakhstan, how many French businesses are there?",
     "number of French enterprises in Kazakhstan"],
)  # fmt: skip
def test_one_figure_however_it_is_phrased(question: str, known: Known) -> None:
    reading = _read(question, known)
    assert reading.intent == "figure"
    assert reading.indicators == ["companies"]
    assert set(reading.countries) == {"FRA", "KAZ"}


def test_the_owner_and_the_partner_of_a_figure_come_from_the_words_around_them(
    known: Known,
) -> None:
    sides = {s.value: s.side for s in _read("Kazakhstan's imports from the UK", known).slots
             if s.kind == "country"}  # fmt: skip
    assert sides == {"KAZ": "of", "GBR": "in"}
    sides = {s.value: s.side for s in _read("companies from France in Kazakhstan", known).slots
             if s.kind == "country"}  # fmt: skip
    assert sides == {"FRA": "of", "KAZ": "in"}


def test_a_hyphenated_pair_and_a_bare_year(known: Known) -> None:
    reading = _read("trade volume Kazakhstan-UK 2022", known)
    assert reading.intent == "figure" and reading.indicators == ["trade_turnover"]
    assert reading.countries == ["KAZ", "GBR"] and reading.periods == ["2022"]


def test_a_capital_is_a_place_and_its_country_is_not_required(known: Known) -> None:
    reading = _read("When did Cleverly visit Astana?", known)
    assert reading.intent == "visit" and reading.asked == "date"
    assert reading.people == ["James Cleverly"] and reading.places == ["Astana"]
    assert reading.countries == [] and reading.place_countries == ["KAZ"]


def test_spellings_and_earlier_names_of_one_place(known: Known) -> None:
    assert _read("Who met in Nur-Sultan?", known).places == ["Astana"]
    assert _read("Whom did Vasilenko meet?", known).people == ["Roman Vassilenko"]


def test_an_office_with_or_without_a_question_word(known: Known) -> None:
    for question in ("who was France's president in 2019", "French president 2019",
                     "president of France in 2019"):  # fmt: skip
        reading = _read(question, known)
        assert reading.intent == "office", question
        assert reading.roles == ["head_of_state"] and reading.countries == ["FRA"]
        assert reading.periods == ["2019"]


def test_agreements_between_two_countries_in_a_year(known: Known) -> None:
    reading = _read("Which agreements did Kazakhstan and the UK sign in 2023?", known)
    assert reading.intent == "agreement" and reading.countries == ["KAZ", "GBR"]
    assert reading.periods == ["2023"]


def test_a_span_of_years_and_a_change(known: Known) -> None:
    reading = _read("How did trade between France and Kazakhstan change between 2019 and 2023?",
                    known)  # fmt: skip
    assert reading.intent == "figure" and reading.span == ("2019", "2023") and reading.change
    assert _read("French investment in Kazakhstan since 2020", known).span == ("2020", "9999")


def test_relative_times_are_read_against_today_or_the_day_a_question_says(known: Known) -> None:
    assert _read("UK exports to Kazakhstan last year", known).periods == ["2025"]
    assert _read("UK exports to Kazakhstan last year, as of May 2019", known).periods == ["2018"]


def test_a_name_listed_with_a_known_party_but_unknown_is_a_party_not_a_loose_word(
    known: Known,
) -> None:
    reading = _read("What did Macron and Gorbachev sign?", known)
    assert reading.unknown_parties == ["Gorbachev"]
    reading = _read("Which European capitals did Macron visit?", known)
    assert reading.unknown_parties == [] and reading.unresolved == ["European"]


def test_common_words_that_are_country_names_need_their_capital(known: Known) -> None:
    assert "USA" not in _read("Tell us about trade with France", known).countries
    assert "USA" in _read("Trade between the US and France", known).countries
    assert "TUR" not in _read("Did France export turkey meat to Kazakhstan?", known).countries


def test_a_question_for_an_organisation_is_read_from_sentences(known: Known) -> None:
    reading = _read("Which company signed with Kazakhstan?", known)
    assert reading.asked == "organisation" and reading.intent == "search"


def test_the_reading_is_plain_json(known: Known) -> None:
    found = _read("French firms in Kazakhstan in 2023?", known).to_json()
    assert found["intent"] == "figure" and found["periods"] == ["2023"]
    assert {"kind": "indicator", "text": "firms", "value": "companies", "side": None} in found[
        "slots"
    ]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=120)
       | st.lists(st.sampled_from(["who", "met", "France", "Kazakh", "in", "2019", "-", "'s",
                                   "trade", "between", "and", "last", "year", "as", "of", "US",
                                   "Treaty", "on", "Cleverly", "?", "how", "many", "firms"]),
                  max_size=14).map(" ".join))  # fmt: skip
def test_any_text_is_read_without_an_error(question: str) -> None:
    known = Known(load_knowledge(), load_roles(),
                  lambda text, day=None: find_time_expressions(text, day or date(2026, 12, 2)),
                  lambda name: PEOPLE.get(name.lower()))  # fmt: skip
    reading = read_question(question, known)
    assert reading.intent in ("figure", "meeting", "visit", "agreement", "office", "person",
                              "between", "search")  # fmt: skip
    assert isinstance(reading.to_json(), dict)


def test_the_question_words_file_words_every_plover_type() -> None:
    from diplograph.models import EVENT_TYPES
    from diplograph.query.reading import default_question_words

    verbs = default_question_words().verbs
    assert set(EVENT_TYPES) <= set(verbs)
    assert all(done and planned for done, planned in verbs.values())


def test_a_bad_question_words_file_names_the_key(tmp_path: Path) -> None:
    from diplograph.errors import ConfigError
    from diplograph.query.reading import load_question_words

    bad = tmp_path / "questions.yaml"
    bad.write_text("asked: {person: [who]}\nindicators: {}\nevents: {meeting: [met]}\n"
                   "wrong: [x]\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ConfigError, match="wrong"):
        load_question_words(bad)


def test_a_figure_wording_with_an_unknown_field_names_it(tmp_path: Path) -> None:
    from diplograph.errors import ConfigError
    from diplograph.query.reading import load_question_words

    packaged = (Path(__file__).resolve().parents[2] / "src" / "diplograph" / "data"
                / "questions.yaml").read_text(encoding="utf-8")  # fmt: skip
    bad = tmp_path / "questions.yaml"
    bad.write_text(packaged.replace("{in_owner} top {rank}", "{in_owner} top {rnak}"), "utf-8")
    with pytest.raises(ConfigError, match="unknown field 'rnak'"):
        load_question_words(bad)
