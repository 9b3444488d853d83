"""Economic figures of extractor 0.3.80: sales and purchases told with a verb, currencies that
depend on the country or the date, "there" and "the neighbour" for the partner, a part told
"of which". Every sentence is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.extract.pipeline import Extractor
from diplograph.models import Article, Fact

pytestmark = pytest.mark.slow


def _facts(extractor: Extractor, text: str, published: date) -> list[Fact]:
    article = Article(id="t", published_on=published, title="", text=text, content_hash="")
    return list(extractor.extract(article).facts)


def _keys(facts: list[Fact]) -> set[tuple[str, str | None, str | None, float, str]]:
    return {(f.indicator, f.of, f.in_, f.value, f.unit) for f in facts}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ghana sold Togo goods worth 12 mln dlrs in 1984.",
            ("exports", "GHA", "TGO", 12e6, "USD"),
        ),
        (
            "Chile sold $2.1 billion of goods to Peru in 1984.",
            ("exports", "CHL", "PER", 2.1e9, "USD"),
        ),
        (
            "Kenya bought 300 mln Kenya shillings of Ugandan goods in 1984.",
            ("imports", "KEN", "UGA", 300e6, "KES"),
        ),
        (
            "Norway bought Swedish goods worth 4 billion Norwegian crowns in 1984.",
            ("imports", "NOR", "SWE", 4e9, "NOK"),
        ),
    ],
)
def test_a_sale_told_with_a_verb_is_the_sellers_exports_or_the_buyers_imports(
    extractor: Extractor,
    sentence: str,
    expected: tuple[str, str, str, float, str],
) -> None:
    assert _keys(_facts(extractor, sentence, date(1985, 3, 1))) == {expected}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile sold copper worth $2 billion to China in 1984.",  # one product's
        "The company sold goods worth 5 mln dlrs to Iran in 1984.",  # no country sells
    ],
)
def test_a_sale_of_one_product_or_by_a_firm_is_no_trade_figure(
    extractor: Extractor, sentence: str
) -> None:
    assert _facts(extractor, sentence, date(1985, 3, 1)) == []


def test_the_cfa_franc_is_central_or_west_african_by_its_country(extractor: Extractor) -> None:
    central = _facts(
        extractor,
        "France's exports to Gabon came to 90 billion CFA francs in 1990.",
        date(1991, 2, 1),
    )
    west = _facts(
        extractor,
        "France's exports to Senegal came to 90 billion CFA francs in 1990.",
        date(1991, 2, 1),
    )
    assert [f.unit for f in central] == ["XAF"]
    assert [f.unit for f in west] == ["XOF"]


def test_the_rupee_sign_is_the_rupee_of_the_sentences_country(extractor: Extractor) -> None:
    text = (
        "Sri Lanka's imports from India totalled Rs450 billion in 2021, and its exports to "
        "India Rs. 90 billion."
    )
    facts = _facts(extractor, text, date(2022, 6, 1))
    assert _keys(facts) == {
        ("imports", "LKA", "IND", 450e9, "LKR"),
        ("exports", "LKA", "IND", 90e9, "LKR"),
    }


def test_the_letters_ending_a_word_are_no_currency_sign(extractor: Extractor) -> None:
    text = "Over the years 30 Indian companies have opened offices in Nepal."
    (fact,) = _facts(extractor, text, date(2022, 6, 1))
    assert (fact.indicator, fact.of, fact.in_, fact.value, fact.unit) == (
        "companies",
        "IND",
        "NPL",
        30.0,
        "count",
    )


def test_zaire_is_coded_as_it_was_in_its_years(extractor: Extractor) -> None:
    then = _facts(
        extractor,
        "Belgium's exports to Zaire were 20 billion Belgian francs in 1986.",
        date(1987, 5, 1),
    )
    now = _facts(
        extractor,
        "Belgium's exports to the Democratic Republic of Congo were 900 mln euros in 2019.",
        date(2020, 5, 1),
    )
    assert [(f.of, f.in_) for f in then] == [("BEL", "ZAR")]
    assert [(f.of, f.in_) for f in now] == [("BEL", "COD")]


def test_a_redenominated_currency_keeps_the_code_of_its_time(extractor: Extractor) -> None:
    old = _facts(
        extractor, "U.S. firms invested 2 trillion pesos in Mexico last year.", date(1990, 6, 1)
    )
    new = _facts(
        extractor, "U.S. firms invested 2 billion pesos in Mexico last year.", date(2010, 6, 1)
    )
    written = _facts(
        extractor,
        "Mexico's exports to the United States totalled 15 billion new pesos in January.",
        date(1995, 2, 20),
    )
    assert [f.unit for f in old] == ["MXP"]
    assert [f.unit for f in new] == ["MXN"]
    assert [(f.unit, f.period) for f in written] == [("MXN", "1995-01")]


def test_a_year_that_ended_on_a_day_before_publication_is_this_years(
    extractor: Extractor,
) -> None:
    text = (
        "Iran's exports to Iraq were 9 trillion rials in the Iranian year that ended on March 20."
    )
    (fact,) = _facts(extractor, text, date(2019, 4, 2))
    assert (fact.unit, fact.period) == ("IRR", "2018-03-21/2019-03-20")


def test_a_part_told_of_which_has_its_own_cue(extractor: Extractor) -> None:
    text = (
        "Trade between Kazakhstan and Kyrgyzstan reached $900 million in 2020, of which "
        "Kazakh exports, mostly grain, fuel and metals, accounted for $700 million."
    )
    facts = _facts(extractor, text, date(2021, 3, 1))
    assert ("exports", "KAZ", "KGZ", 700e6, "USD") in _keys(facts)
    assert all(f.value != 700e6 for f in facts if f.indicator == "trade_turnover")


def test_there_is_the_country_named_last(extractor: Extractor) -> None:
    exports = _facts(
        extractor,
        "Nigeria is Britain's biggest market in West Africa. British exports there rose to "
        "1.2 billion stg in 1985.",
        date(1986, 4, 1),
    )
    firms = _facts(
        extractor,
        "About 2,000 Koreans live in Vietnam. Some 90 Korean firms operate there.",
        date(1996, 4, 1),
    )
    assert ("exports", "GBR", "NGA", 1.2e9, "GBP") in _keys(exports)
    assert [(f.indicator, f.of, f.in_, f.value) for f in firms] == [
        ("companies", "KOR", "VNM", 90.0)
    ]


def test_the_neighbour_is_the_partner_named_before(extractor: Extractor) -> None:
    text = (
        "Austria's exports to Hungary were 9 billion schillings in 1988, while its imports "
        "from the neighbour came to 7 billion."
    )
    facts = _facts(extractor, text, date(1989, 4, 1))
    assert ("imports", "AUT", "HUN", 7e9, "ATS") in _keys(facts)


def test_a_forecast_word_of_the_clause_before_makes_no_target(extractor: Extractor) -> None:
    text = (
        "India has invested $3 billion in port projects, and more than 100 Indian companies "
        "now operate in Iran."
    )
    (count,) = [f for f in _facts(extractor, text, date(2019, 4, 2)) if f.indicator == "companies"]
    assert (count.of, count.in_, count.value, count.status) == ("IND", "IRN", 100.0, "reported")


def test_spanish_plural_of_the_austral(extractor: Extractor) -> None:
    text = "The ministry put Argentine exports to Brazil at 214 mln australes in 1986."
    (fact,) = _facts(extractor, text, date(1987, 1, 10))
    assert (fact.indicator, fact.of, fact.in_, fact.unit) == ("exports", "ARG", "BRA", "ARA")


def test_a_flow_without_its_partner_takes_the_flow_told_since_the_trade(
    extractor: Extractor,
) -> None:
    """ "trade reached X, with China's imports from Taiwan worth Y against exports of Z": the
    exports are to Taiwan, the partner the imports just named, not the pair the trade figure
    was given from the story (extractor 0.3.84)."""
    text = (
        "Canadian Foreign Minister Chrystia Freeland met U.S. Secretary of State Mike Pompeo in "
        "Washington on Monday. Cross-strait trade reached $30 billion last year, with China's "
        "imports from Taiwan worth $20 billion against exports of $10 billion."
    )
    exports = [f for f in _facts(extractor, text, date(2019, 5, 8)) if f.indicator == "exports"]
    assert [(f.of, f.in_, f.value) for f in exports] == [("CHN", "TWN", 10e9)]


def test_it_after_a_sentence_of_trade_without_figures_is_that_trade(
    extractor: Extractor,
) -> None:
    """ "Trade between A and B has withered. It came to about $360 million in 2015." (0.3.84);
    not when the sentence before names no trade ("The bank opened in 1990. It lent ...")."""
    text = (
        "Trade between Chile and Bolivia has withered since the dispute. It came to about "
        "$360 million in 2015, according to Chilean figures."
    )
    (fact,) = _facts(extractor, text, date(2016, 3, 26))
    assert (fact.indicator, {fact.of, fact.in_}, fact.value, fact.period) == (
        "trade_turnover",
        {"CHL", "BOL"},
        360e6,
        "2015",
    )
    other = "Chile's central bank opened a branch in Bolivia. It came to $3 million in 2015."
    assert _facts(extractor, other, date(2016, 3, 26)) == []
