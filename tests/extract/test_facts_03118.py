"""Economic figures of extractor 0.3.118. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_facts import _facts

pytestmark = pytest.mark.slow


def _keys(extractor: Extractor, text: str, published: date) -> set[tuple[object, ...]]:
    return {
        (f.indicator, f.of, f.in_, f.value, f.unit, f.period, f.qualifier)
        for f in _facts(extractor, text, published)
    }


def test_a_share_that_made_up_an_amount_is_a_level(extractor: Extractor) -> None:
    """ "Chilean exports, mostly copper wire, made up 250 mln dlrs": "up" is the particle of
    "made up", not a rise of 250 mln."""
    text = (
        "Trade between Chile and Peru came to about 400 mln dlrs last year, of which Chilean "
        "exports to Peru, mostly copper wire and fruit, made up 250 mln dlrs."
    )
    assert ("exports", "CHL", "PER", 250e6, "USD", "1986", "exact") in _keys(
        extractor, text, date(1987, 5, 4)
    )


def test_an_attribution_after_the_figure_names_no_partner(extractor: Extractor) -> None:
    """ "..., according to figures from the Trade Ministry": "from" there names the source,
    not where the imports came from; they are the clause before's partner's."""
    text = (
        "Spanish exports to Morocco rose to 90 billion pesetas last year, while imports, "
        "chiefly phosphates, came to 41 billion pesetas, according to figures from the Trade "
        "Ministry."
    )
    assert ("imports", "ESP", "MAR", 41e9, "ESP", "1986", "exact") in _keys(
        extractor, text, date(1987, 5, 4)
    )


def test_turnover_with_a_partner_and_a_base_with_a_partner_of_its_own(
    extractor: Extractor,
) -> None:
    """ "turnover with India reached X last year, compared with under Y with Pakistan": the
    base with a partner of its own is the same year's trade with that partner."""
    text = (
        "MOSCOW, May 4 - Soviet trade figures show turnover with India reached about 2.5 "
        "billion roubles last year, compared with under 900 mln roubles with Pakistan."
    )
    assert _keys(extractor, text, date(1987, 5, 4)) == {
        ("trade_turnover", "IND", "SUN", 2.5e9, "SUR", "1986", "about"),
        ("trade_turnover", "PAK", "SUN", 900e6, "SUR", "1986", "less_than"),
    }


def test_a_firms_turnover_is_no_trade(extractor: Extractor) -> None:
    """ "turnover" names trade only with a pair or a partner."""
    text = "The Spanish company's turnover rose to 3 billion dlrs last year."
    assert _keys(extractor, text, date(1987, 5, 4)) == set()


def test_turnover_continues_the_pair_its_sentence_named(extractor: Extractor) -> None:
    """ "trade between A and B stayed small: turnover totaled X": the pair told before it."""
    text = (
        "Trade between Laos and Cambodia stayed small: turnover totaled 12 million dollars in "
        "January-June this year."
    )
    assert _keys(extractor, text, date(2023, 8, 1)) == {
        ("trade_turnover", "KHM", "LAO", 12e6, "USD", "2023-01/2023-06", "exact")
    }


def test_over_the_previous_year_dates_no_figure_after_a_semicolon(extractor: Extractor) -> None:
    """ "an increase of 4 percent over the previous year; Chile's imports from Japan made up
    X": the year before is the growth's base, and the clause after the semicolon has the
    sentence's year."""
    text = (
        "In 2023, bilateral trade between Chile and Japan reached 9.1 billion dollars, an "
        "increase of 4 percent over the previous year; Chile's imports from Japan made up 2.2 "
        "billion dollars of that total."
    )
    assert ("imports", "CHL", "JPN", 2.2e9, "USD", "2023", "exact") in _keys(
        extractor, text, date(2024, 5, 4)
    )


def test_a_part_of_that_total_has_the_totals_period(extractor: Extractor) -> None:
    """ "border trade, worth some 2.6 billion baht in 1987 on customs figures, has fallen.
    Thai exports made up 2.2 billion baht of that total": the part has the total's year,
    though the total itself is no bilateral figure of ours."""
    text = (
        "Border trade with Cambodia, worth some 900 mln baht in 1988 on Thai customs figures, "
        "has fallen sharply. Thai exports to Cambodia, mostly fuel and consumer goods, made up "
        "around 700 mln baht of that total."
    )
    assert ("exports", "THA", "KHM", 700e6, "THB", "1988", "about") in _keys(
        extractor, text, date(1989, 3, 2)
    )


def test_a_part_of_the_total_told_as_one_sides_goods_is_its_exports(
    extractor: Extractor,
) -> None:
    """ "... the largest market for Chilean goods, which accounted for X of the total": a part
    is not the two-way total it follows; it is the exports of the side whose goods it names."""
    text = (
        "Two-way trade between China and Chile reached nearly $60 billion last year, making "
        "China the largest market for Chilean goods, which accounted for about $38 billion of "
        "the total."
    )
    keys = _keys(extractor, text, date(2023, 5, 2))
    assert ("exports", "CHL", "CHN", 38e9, "USD", "2022", "about") in keys, keys
    assert not [k for k in keys if k[0] == "trade_turnover" and k[3] == 38e9], keys


def test_a_share_told_after_a_sale_names_no_product(extractor: Extractor) -> None:
    """ "Latvia sold goods worth about 200 million dlrs to Japan last year, less than 1 pct of
    its total exports": the share the parser takes for a second object is no product sold."""
    text = (
        "Latvia sold goods worth about 200 million dlrs to Japan last year, less than 1 pct of "
        "its total exports, while its imports from Japan totalled 700 million dlrs."
    )
    assert _keys(extractor, text, date(2022, 5, 2)) == {
        ("exports", "LVA", "JPN", 200e6, "USD", "2021", "about"),
        ("imports", "LVA", "JPN", 700e6, "USD", "2021", "exact"),
    }


def test_investment_pledged_over_the_years_ahead_is_a_flow(extractor: Extractor) -> None:
    """ "have pledged investments of about 40 billion crowns over the next five years": a span
    that runs ahead is the period of a flow, not a stock held at the story's date."""
    text = (
        "Japanese firms have pledged investments in Slovakia of about 40 billion crowns over "
        "the next five years."
    )
    keys = _keys(extractor, text, date(2016, 3, 30))
    assert {k[0] for k in keys} == {"investment_flow"}, keys


def test_the_two_countries_are_the_pair_just_told(extractor: Extractor) -> None:
    """ "A free trade agreement that Chile and China signed ... Trade between the two
    countries grew ...": the pair the sentence before joins by "and", not the story's own."""
    text = (
        "SANTIAGO, May 10 - Ecuador's president ended a visit to Chile on Friday.\n\n"
        "A free trade agreement that Chile and China signed in 2005 was upgraded last year. "
        "Trade between the two countries grew by about 5 percent last year to 60 billion dlrs."
    )
    keys = {k[:3] for k in _keys(extractor, text, date(2024, 5, 10))}
    assert keys == {("trade_turnover", "CHN", "CHL"), ("trade_growth", "CHN", "CHL")}, keys


def test_firms_barred_from_business_are_no_firms_present(extractor: Extractor) -> None:
    """ "barring eight Canadians and three entities from entering China or doing business with
    it": the count is what a ban keeps out, not firms operating there."""
    text = (
        "BERLIN (wire) - Germany summoned China's ambassador on Tuesday over the sanctions.\n\n"
        "Beijing retaliated within hours, barring eight Germans and three entities from "
        "entering China or doing business with it."
    )
    assert _keys(extractor, text, date(2021, 3, 23)) == set()
