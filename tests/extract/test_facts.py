"""Economic figures from sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from diplograph.models import Article, Fact

pytestmark = pytest.mark.slow


def _facts(extractor: Extractor, text: str, published: date) -> list[Fact]:
    article = Article(id="t", published_on=published, title="", text=text, content_hash="")
    return list(extractor.extract(article).facts)


def test_turnover_with_parenthetical_exports_and_imports(extractor: Extractor) -> None:
    text = (
        "ASTANA. Kazakhstan and the UK held consultations. In 2022, bilateral trade turnover "
        "between Kazakhstan and the UK amounted to $1.8 billion (exports: $1.5 billion, "
        "imports: $384.3 million)."
    )
    found = {(f.indicator, f.of, f.in_, f.value, f.period) for f in _facts(extractor, text,
             date(2023, 10, 2))}  # fmt: skip
    assert ("exports", "KAZ", "GBR", 1.5e9, "2022") in found
    assert ("imports", "KAZ", "GBR", 384.3e6, "2022") in found
    assert any(i == "trade_turnover" and v == 1.8e9 for i, _, _, v, _ in found)


def test_companies_with_foreign_capital_are_a_count_dated_by_publication(
    extractor: Extractor,
) -> None:
    text = "ASTANA. Some 700 companies with German capital now operate in Kazakhstan."
    (fact,) = _facts(extractor, text, date(2023, 9, 29))
    assert (fact.indicator, fact.of, fact.in_) == ("companies", "DEU", "KAZ")
    assert (fact.value, fact.unit, fact.qualifier) == (700, "count", "about")
    assert fact.period == "2023-09-29"


def test_cumulative_investment_is_a_stock_and_a_target_is_not_a_fact(
    extractor: Extractor,
) -> None:
    text = (
        "ASTANA. Kazakhstan and Uzbekistan met. Uzbekistan has invested more than $2 billion "
        "in Kazakhstan since 2010. The two leaders aim to bring trade to $10 billion by 2030."
    )
    facts = _facts(extractor, text, date(2023, 5, 19))
    stock = next(f for f in facts if f.indicator == "investment_stock")
    assert (stock.of, stock.in_, stock.value, stock.qualifier) == ("UZB", "KAZ", 2e9, "more_than")
    assert all(f.status == "target" for f in facts if f.value == 10e9)


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "qualifier"),
    [
        ("Trade between Kazakhstan and Russia reached 62 billion US dollars in 2022.", 62e9,
         "USD", "exact"),
        ("Trade between Kazakhstan and Russia topped 1.5 trillion tenge in 2022.", 1.5e12,
         "KZT", "more_than"),
        ("Trade between Japan and the U.S. was 100 mln dlrs in January.", 100e6, "USD", "exact"),
        ("Trade between Kazakhstan and Germany was nearly US$2.2 billion in 2021.", 2.2e9, "USD",
         "less_than"),
    ],
)  # fmt: skip
def test_values_units_and_qualifiers(
    extractor: Extractor, sentence: str, value: float, unit: str, qualifier: str
) -> None:
    (fact,) = [f for f in _facts(extractor, sentence, date(2023, 2, 1)) if f.unit == unit]
    assert fact.value == pytest.approx(value)
    assert fact.qualifier == qualifier
