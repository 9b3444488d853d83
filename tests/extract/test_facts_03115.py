"""Economic figures of extractor 0.3.115. Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_facts import _facts

pytestmark = pytest.mark.slow


def _keys(extractor: Extractor, text: str, published: date) -> set[tuple[object, ...]]:
    return {
        (f.indicator, f.of, f.in_, f.value, f.unit, f.period)
        for f in _facts(extractor, text, published)
    }


def test_imports_of_a_countrys_goods_come_from_it(extractor: Extractor) -> None:
    """ "U.S. imports of Mexican goods": the country that names the goods is the partner."""
    text = "U.S. imports of Mexican goods totalled nearly 20 billion dlrs in 1986."
    assert _keys(extractor, text, date(1987, 3, 2)) == {
        ("imports", "USA", "MEX", 20e9, "USD", "1986")
    }


def test_a_bare_dollar_of_the_us_trade_with_a_third_country_is_the_us_dollar(
    extractor: Extractor,
) -> None:
    """A story that wrote Canada's "C$16 billion" still writes the United States' trade with
    Brazil in U.S. dollars."""
    text = (
        "Canada announced counter-tariffs on C$16 billion of American steel on Friday. U.S. "
        "exports to Brazil were about $39 billion in 2018."
    )
    assert _keys(extractor, text, date(2019, 3, 2)) == {
        ("exports", "USA", "BRA", 39e9, "USD", "2018")
    }


def test_with_a_country_exporting_and_buying(extractor: Extractor) -> None:
    """ "with Thailand exporting X ... and buying Y from China": the participles of selling and
    buying say the flows, their subject the owner."""
    text = (
        "Two-way trade totalled 3.1 billion dlrs last year, with Thailand exporting 1.8 billion "
        "dlrs worth of goods, mostly rice and rubber, and buying 1.3 billion dlrs from China."
    )
    assert _keys(extractor, text, date(2019, 3, 2)) == {
        ("trade_turnover", "CHN", "THA", 3.1e9, "USD", "2018"),
        ("exports", "THA", "CHN", 1.8e9, "USD", "2018"),
        ("imports", "THA", "CHN", 1.3e9, "USD", "2018"),
    }


def test_a_sale_verb_joined_to_another_has_its_subject(extractor: Extractor) -> None:
    """ "It bought Libyan goods worth X and sold Libya about Y": the second verb's seller is the
    first's subject."""
    text = (
        "Italy is Libya's largest trading partner. It bought Libyan goods worth 4.2 billion dlrs "
        "last year and sold Libya about 1.9 billion dlrs."
    )
    flows = {k for k in _keys(extractor, text, date(2019, 3, 2)) if k[0] != "partner_rank"}
    assert flows == {
        ("imports", "ITA", "LBY", 4.2e9, "USD", "2018"),
        ("exports", "ITA", "LBY", 1.9e9, "USD", "2018"),
    }


def test_the_same_period_as_a_figure_that_made_no_fact(extractor: Extractor) -> None:
    """ "in the same period" after a figure of a group of states (no fact): the period told."""
    text = (
        "ASEAN exports to Japan totalled about 13.4 billion dlrs in the first nine months of the "
        "year, Japanese figures show.\n\nTrade between Japan and Thailand reached 2.6 billion "
        "dlrs in the same period, up 12 pct from a year earlier."
    )
    assert _keys(extractor, text, date(1987, 12, 15)) == {
        ("trade_turnover", "THA", "JPN", 2.6e9, "USD", "1987-01/1987-09"),
        ("trade_growth", "THA", "JPN", 12.0, "percent", "1987-01/1987-09"),
    }
