"""Economic figures of extractor 0.3.90: the currencies of Eastern Europe, the former Soviet
Union, Asia and Latin America by their own names, and the Australian dollar written "$A".
Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_facts_0380 import _facts, _keys

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "Bulgaria's exports to Greece reached 500 million leva in 1996.",
            date(1997, 3, 1),
            ("exports", "BGR", "GRC", 5e8, "BGL"),
        ),
        (
            "Estonia's exports to Finland rose to 4.1 billion kroons last year.",
            date(1995, 3, 1),
            ("exports", "EST", "FIN", 4.1e9, "EEK"),
        ),
        (
            "Brazil's exports to Chile reached 40 billion reais in 2021.",
            date(2022, 3, 1),
            ("exports", "BRA", "CHL", 4e10, "BRL"),
        ),
        (
            "Australia's exports to Fiji were worth $A900m in 2021.",
            date(2022, 3, 1),
            ("exports", "AUS", "FJI", 9e8, "AUD"),
        ),
        (
            "Moldova's imports from Romania reached 9 billion lei in 2020.",
            date(2021, 3, 1),
            ("imports", "MDA", "ROU", 9e9, "MDL"),
        ),
        (
            "Georgia's exports to Armenia reached 300 million lari in 2019.",
            date(2020, 3, 1),
            ("exports", "GEO", "ARM", 3e8, "GEL"),
        ),
    ],
)
def test_a_currency_named_in_its_own_language_is_its_code(
    extractor: Extractor,
    sentence: str,
    published: date,
    expected: tuple[str, str, str, float, str],
) -> None:
    """ "1.9 billion kroons" is EEK, "10 billion reais" BRL, "$A110m" AUD; "lei" is Moldova's
    in a sentence about Moldova first (indicators.yaml ``shared_currencies``); leva of 1996
    are the lev before its 1999 redenomination (BGL, ``currency_eras``)."""
    assert _keys(_facts(extractor, sentence, published)) == {expected}


def test_real_terms_are_no_currency(extractor: Extractor) -> None:
    """The Brazilian currency is written "reais" or "Brazilian real", never the bare English
    word: "grew 5 percent in real terms" names no money."""
    text = "Trade between Brazil and Chile grew 5 percent in real terms to $9 billion in 2021."
    assert "BRL" not in {unit for *_, unit in _keys(_facts(extractor, text, date(2022, 3, 1)))}


def test_a_figure_that_tops_another_is_more_than_it(extractor: Extractor) -> None:
    """ "Saudi investment in Sudan tops $3 billion", "surpasses": a present verb of exceeding
    (indicators.yaml qualifiers ``more_than``) as "topped" and "exceeds" are."""
    text = "Kuwaiti investment in Egypt tops $2 billion."
    (fact,) = _facts(extractor, text, date(2015, 6, 2))
    assert (fact.indicator, fact.of, fact.in_, fact.qualifier) == (
        "investment_stock",
        "KWT",
        "EGY",
        "more_than",
    )
