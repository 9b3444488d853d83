"""Economic figures of extractor 0.3.87: goods shipped to a country are its exports; a bare
"$" that converts another dollar's amount is the U.S. dollar. Every sentence is written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from tests.extract.test_facts_0380 import _facts, _keys

pytestmark = pytest.mark.slow


def test_goods_shipped_to_a_country_are_exports(extractor: Extractor) -> None:
    """ "Chile shipped $4.2 billion of goods to Japan": the subject sells, like "sold"; one
    product shipped ("shipped copper worth ...") is no country's total."""
    text = "Chile shipped $4.2 billion of goods to Japan in 1995."
    assert _keys(_facts(extractor, text, date(1996, 2, 1))) == {
        ("exports", "CHL", "JPN", 4.2e9, "USD")
    }
    product = "Chile shipped copper worth $1.1 billion to Japan in 1995."
    assert not _facts(extractor, product, date(1996, 2, 1))


def test_a_bare_dollar_that_converts_another_dollar_is_the_us_dollar(
    extractor: Extractor,
) -> None:
    """ "tariffs on A$2 billion ($1.4 billion) of goods ... exports to India were $3 billion":
    a story that converts its other dollar into bare dollars writes the U.S. dollar bare."""
    text = (
        "Australia imposed duties on A$2 billion ($1.4 billion) of Indian steel on Monday. "
        "Australian exports to India reached $3 billion in 2019."
    )
    assert ("exports", "AUS", "IND", 3e9, "USD") in _keys(_facts(extractor, text, date(2020, 3, 4)))
    without = (
        "Australia imposed duties on A$2 billion of Indian steel on Monday. "
        "Australian exports to India reached $3 billion in 2019."
    )
    assert ("exports", "AUS", "IND", 3e9, "AUD") in _keys(
        _facts(extractor, without, date(2020, 3, 4))
    )
