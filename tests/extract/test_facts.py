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
        # a currency named with its country's adjective
        ("Danish exports to Sweden totalled 20 billion Danish crowns in 1986.", 20e9, "DKK",
         "exact"),
        ("Norway's imports from Denmark were 9 billion Norwegian crowns in 1986.", 9e9, "NOK",
         "exact"),
    ],
)  # fmt: skip
def test_values_units_and_qualifiers(
    extractor: Extractor, sentence: str, value: float, unit: str, qualifier: str
) -> None:
    (fact,) = [f for f in _facts(extractor, sentence, date(2023, 2, 1)) if f.unit == unit]
    assert fact.value == pytest.approx(value)
    assert fact.qualifier == qualifier


# --- wire-style figures: one made-up example for each construction --------------------------

WIRE_DAY = date(1987, 4, 14)


def _reported(extractor: Extractor, text: str) -> set[tuple[object, ...]]:
    """(indicator, of, in, value, unit, period, qualifier) of each reported fact."""
    return {
        (f.indicator, f.of, f.in_, f.value, f.unit, f.period, f.qualifier)
        for f in _facts(extractor, text, WIRE_DAY)
        if f.status == "reported" and f.indicator != "partner_rank"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Italian exports to Kenya were 210 mln stg in 1986, down from 260 mln in 1985, "
            "while Kenya's exports to Italy were 90 mln stg in 1986.",
            {("exports", "ITA", "KEN", 210e6, "GBP", "1986", "exact"),
             ("exports", "ITA", "KEN", 260e6, "GBP", "1985", "exact"),
             ("exports", "KEN", "ITA", 90e6, "GBP", "1986", "exact")},
            id="owner-before-the-cue-partner-after-to-base-with-its-own-period",
        ),
        pytest.param(
            "Moroccan officials said Morocco wants more trade. Spain exported 800 mln dlrs "
            "worth of goods to Morocco last year while Spanish imports from that country in the "
            "same period totalled 300 mln.",
            {("exports", "ESP", "MAR", 800e6, "USD", "1986", "exact"),
             ("imports", "ESP", "MAR", 300e6, "USD", "1986", "exact")},
            id="verb-subject-partner-after-the-figure-that-country-same-period",
        ),
        pytest.param(
            "Chile's imports from Peru rose 40 mln dlrs or five pct to 880 mln dlrs in 1986.",
            {("imports", "CHL", "PER", 880e6, "USD", "1986", "exact")},
            id="a-change-is-no-fact-the-level-after-to-is",
        ),
        pytest.param(
            "Portuguese exports to Brazil were 4.20 billion escudos in March, sharply down "
            "from February's 5.10 billion.",
            {("exports", "PRT", "BRA", 4.2e9, "PTE", "1987-03", "exact"),
             ("exports", "PRT", "BRA", 5.1e9, "PTE", "1987-02", "exact")},
            id="a-base-dated-by-a-possessive-month",
        ),
        pytest.param(
            "The U.S. trade deficit with Peru rose 30 mln dlrs to 410 mln dlrs, with Chile "
            "increased 20 mln dlrs to 250 mln dlrs and with South America rose 90 mln to "
            "1.2 billion dlrs in the quarter.",
            {("trade_balance", "USA", "PER", -410e6, "USD", "1987-01/1987-03", "exact"),
             ("trade_balance", "USA", "CHL", -250e6, "USD", "1987-01/1987-03", "exact")},
            id="elliptic-clauses-keep-the-indicator-and-owner-a-region-is-no-partner",
        ),
        pytest.param(
            "Kenya had a trade deficit of 900 mln dlrs in 1986, officials said. Kenya's trade "
            "deficit with Italy was 120 mln dlrs in 1986.",
            {("trade_balance", "KEN", "ITA", -120e6, "USD", "1986", "exact")},
            id="a-countrys-total-is-no-bilateral-figure",
        ),
        pytest.param(
            "Argentina said the visit would help to reduce its six billion dlr surplus with "
            "Brazil and its 1.5 billion dlr foreign debt.",
            {("trade_balance", "ARG", "BRA", 6e9, "USD", None, "exact")},
            id="an-amount-takes-the-noun-it-modifies-number-words",
        ),
        pytest.param(
            "Argentine officials met. Argentina has a three billion dlr trade deficit with "
            "Brazil, officials said.",
            {("trade_balance", "ARG", "BRA", -3e9, "USD", None, "exact")},
            id="the-subject-owns-the-deficit-it-has",
        ),
        pytest.param(
            "Peru and Chile met. Peruvian lumber imports from Chile fell to 30 mln dlrs in "
            "1986, and Peruvian agricultural exports to Chile rose to 90 mln dlrs.",
            set(),
            id="one-products-figures-are-no-facts",
        ),
        pytest.param(
            "Kenya and Italy met. A two-week trade mission agreed to buy goods worth 40 mln dlrs.",
            set(),
            id="a-cue-that-modifies-another-noun-is-not-the-figures",
        ),
        pytest.param(
            "Danish exports to Norway were 9.1 billion crowns in 1986.",
            {("exports", "DNK", "NOR", 9.1e9, "DKK", "1986", "exact")},
            id="a-currency-word-several-countries-use",
        ),
        pytest.param(
            "Peru's exports to Chile were 300 mln dlrs in March. This compared with 280 mln "
            "dlrs in February and 250 mln a year earlier.",
            {("exports", "PER", "CHL", 300e6, "USD", "1987-03", "exact"),
             ("exports", "PER", "CHL", 280e6, "USD", "1987-02", "exact"),
             ("exports", "PER", "CHL", 250e6, "USD", "1986-03", "exact")},
            id="a-sentence-that-refers-back-and-a-year-earlier",
        ),
        pytest.param(
            "Chile's exports to Peru were 60 mln dlrs in 1985 and 75 mln in 1986, while "
            "Peru's exports to Chile were 40 mln dlrs and 55 mln, respectively.",
            {("exports", "CHL", "PER", 60e6, "USD", "1985", "exact"),
             ("exports", "CHL", "PER", 75e6, "USD", "1986", "exact"),
             ("exports", "PER", "CHL", 40e6, "USD", "1985", "exact"),
             ("exports", "PER", "CHL", 55e6, "USD", "1986", "exact")},
            id="respectively-takes-the-periods-of-the-clause-before",
        ),
        pytest.param(
            "Egypt's trade surplus with Sudan widened to 150 mln dlrs in 1986 from 120 mln in "
            "1985, and its surplus with Libya shrank to 40 mln from 60 mln.",
            {("trade_balance", "EGY", "SDN", 150e6, "USD", "1986", "exact"),
             ("trade_balance", "EGY", "SDN", 120e6, "USD", "1985", "exact"),
             ("trade_balance", "EGY", "LBY", 40e6, "USD", "1986", "exact"),
             ("trade_balance", "EGY", "LBY", 60e6, "USD", "1985", "exact")},
            id="a-parallel-clause-takes-the-periods-of-the-one-before",
        ),
        pytest.param(
            "Kenya's trade deficit with Italy was 50 mln dlrs in March, down from 70 mln dlrs "
            "the previous month.",
            {("trade_balance", "KEN", "ITA", -50e6, "USD", "1987-03", "exact"),
             ("trade_balance", "KEN", "ITA", -70e6, "USD", "1987-02", "exact")},
            id="the-previous-month-of-the-figure-compared",
        ),
        pytest.param(
            "Trade between Peru and Chile reached 900 mln dlrs last year, with Peru running a "
            "deficit of 150 mln dlrs. Chile's surplus in trade with Peru was 20 mln dlrs in "
            "January.",
            {("trade_turnover", "CHL", "PER", 900e6, "USD", "1986", "exact"),
             ("trade_balance", "PER", "CHL", -150e6, "USD", "1986", "exact"),
             ("trade_balance", "CHL", "PER", 20e6, "USD", "1987-01", "exact")},
            id="a-balance-in-a-with-clause-and-a-surplus-in-trade",
        ),
        pytest.param(
            "Trade between Chile and Peru rose to 400 mln stg (620 mln dlrs) in 1986.",
            {("trade_turnover", "PER", "CHL", 400e6, "GBP", "1986", "exact")},
            id="an-amount-in-brackets-after-another-is-the-same-one-converted",
        ),
        pytest.param(
            "Chile and Peru met. Chile's trade surplus helped it cut foreign debts totalling "
            "some 20 billion dlrs, and the surplus has boosted reserves to three billion dlrs. "
            "The current account surplus, which includes trade in services, climbed to 900 mln "
            "dlrs. Peru froze some 400 mln dlrs in trade and credit lines.",
            set(),
            id="a-figure-that-measures-another-noun",
        ),
        pytest.param(
            "Peru and Chile met. Foreign direct investment in Peru rose to 90 mln dlrs in "
            "1986, while Chilean direct investment abroad fell to 30 mln dlrs.",
            set(),
            id="investment-with-no-investor-or-no-host-named",
        ),
        pytest.param(
            "Ghana's trade deficit with Nigeria could be as much as 300 mln dlrs. Ghana had a "
            "trade deficit of 200 mln dlrs with Nigeria in 1986.",
            {("trade_balance", "GHA", "NGA", -200e6, "USD", "1986", "exact")},
            id="a-forecast-is-no-observation-the-partner-after-the-figure",
        ),
    ],
)  # fmt: skip
def test_wire_figures(extractor: Extractor, text: str, expected: set[tuple[object, ...]]) -> None:
    assert _reported(extractor, text) == expected


def test_balance_without_partner_is_a_total_unless_the_article_named_one(
    extractor: Extractor,
) -> None:
    text = (
        "Kenya had a trade surplus of 50 mln dlrs in 1984, officials said.\n\n"
        "Kenyan and Ugandan ministers met on Monday to cut Kenya's trade surplus with Uganda.\n\n"
        "Kenya's trade surplus, at 90 mln dlrs in the first ten months of 1986, was 70 mln "
        "dlrs for the whole of 1985."
    )
    assert _reported(extractor, text) == {
        ("trade_balance", "KEN", "UGA", 90e6, "USD", "1986-01/1986-10", "exact"),
        ("trade_balance", "KEN", "UGA", 70e6, "USD", "1985", "exact"),
    }


def test_targets_and_forecasts_keep_their_status(extractor: Extractor) -> None:
    text = (
        "Kenya and Uganda met. The two sides agreed to raise trade to 500 mln dlrs by 1990. "
        "Trade between the two countries is expected to reach 300 mln dlrs next year. "
        "Kenyan investment in Uganda totalled 20 mln dlrs in 1986, and the two sides want it "
        "to reach 30 mln by 1989."
    )
    statuses = {(f.value, f.status) for f in _facts(extractor, text, WIRE_DAY)}
    assert statuses == {(500e6, "target"), (300e6, "forecast"), (20e6, "reported"),
                        (30e6, "target")}  # fmt: skip


def test_a_count_of_firms_is_one_of_firms_of_a_country_present_in_another(
    extractor: Extractor,
) -> None:
    text = (
        "Kenya and Italy met. The other two companies could not be reached for comment. "
        "Since January, 10 companies have registered as exporters. Five Italian companies "
        "seek to build the dam. Some 40 Italian companies operate in Kenya."
    )
    counts = [f for f in _facts(extractor, text, WIRE_DAY) if f.indicator == "companies"]
    assert [(f.of, f.in_, f.value, f.qualifier) for f in counts] == [("ITA", "KEN", 40, "about")]


def test_the_partner_in_apposition_is_the_one_ranked(extractor: Extractor) -> None:
    text = "Kenya's exports to Uganda, its largest trading partner, rose to 90 mln dlrs in 1986."
    ranks = [f for f in _facts(extractor, text, WIRE_DAY) if f.indicator == "partner_rank"]
    assert [(f.of, f.in_, f.value) for f in ranks] == [("UGA", "KEN", 1.0)]


def test_investment_goes_from_the_investor_named_to_the_host_named(
    extractor: Extractor,
) -> None:
    text = (
        "Chile and Peru met in Santiago. Chilean officials said Chilean investment in Peru rose "
        "to 40 mln dlrs in 1986."
    )
    (fact,) = _facts(extractor, text, WIRE_DAY)
    assert (fact.indicator, fact.of, fact.in_, fact.period) == (
        "investment_flow", "CHL", "PER", "1986"
    )  # fmt: skip


def test_a_level_reached_by_a_change_in_the_past_is_observed_not_a_target(
    extractor: Extractor,
) -> None:
    # "to reach" after a verb of change in the past tense gives the level reached
    text = (
        "ASTANA. Kazakhstan and Hungary held talks. Trade between Kazakhstan and Hungary grew "
        "by 20 percent last year to reach $1.2 billion. The sides aim to raise it to $2 "
        "billion."
    )
    facts = _facts(extractor, text, date(2024, 6, 14))
    reached = next(f for f in facts if f.indicator == "trade_turnover" and f.value == 1.2e9)
    assert (reached.status, reached.period) == ("reported", "2023")
    assert all(f.status == "target" for f in facts if f.value == 2e9)


def test_trade_exchange_between_two_named_states_is_theirs(extractor: Extractor) -> None:
    # indicators.yaml: "trade exchange" is a cue of turnover; phrases._named_pair: "between A
    # and B" names the pair even in an article about another pair ("A and B" there is no list
    # of partners that combines figures)
    text = (
        "Ghanaian President Nana Akufo-Addo met Kenyan President William Ruto in Nairobi on "
        "Monday. The volume of trade exchange between Egypt and Jordan rose to 900 million "
        "dollars last year."
    )
    found = {(f.indicator, frozenset((f.of, f.in_)), f.value, f.period)
             for f in _facts(extractor, text, date(2023, 5, 16))}  # fmt: skip
    assert ("trade_turnover", frozenset(("EGY", "JOR")), 9e8, "2022") in found
    assert not any(pair == frozenset(("GHA", "KEN")) for _, pair, _, _ in found)


def test_a_figure_in_the_next_paragraph_continues_its_period(extractor: Extractor) -> None:
    # facts.read_sentence: wire copy gives each sentence a paragraph; a figure without a period
    # takes the period of the figures of the paragraph right before (their level's, not the
    # base's "a year earlier"); "in the period" is a stretch of time, not what is measured
    text = (
        "TAIPEI, April 14 - Taiwan's trade surplus with the United States rose to 3.91 billion "
        "dlrs in the first quarter from 2.86 billion a year earlier, officials said.\n\n"
        "Exports to the United States rose 38 pct to 5.22 billion dlrs.\n\n"
        "Its surplus with Japan widened to 1.1 billion dlrs in the period."
    )
    found = {(f.indicator, f.in_): (f.value, f.period) for f in _facts(extractor, text, WIRE_DAY)}
    assert found[("exports", "USA")] == (5_220_000_000, "1987-01/1987-03")
    assert found[("trade_balance", "JPN")] == (1_100_000_000, "1987-01/1987-03")
    # a paragraph between them breaks the thread
    text = text.replace("\n\nExports", "\n\nThe central bank said nothing.\n\nExports")
    found = {(f.indicator, f.in_): f.period for f in _facts(extractor, text, WIRE_DAY)}
    assert found[("exports", "USA")] != "1987-01/1987-03"


def test_amounts_have_no_binary_dust(extractor: Extractor) -> None:
    # figures._scaled: "4.1 billion" is 4,100,000,000 exactly
    text = "Australia's exports to the United States rose to 4.1 billion dlrs in 1986."
    assert [f.value for f in _facts(extractor, text, WIRE_DAY)] == [4_100_000_000]


def test_a_bare_dollar_in_a_story_of_another_dollar_is_that_dollar(extractor: Extractor) -> None:
    # facts._local_dollar: after "H.K. dlrs" a bare "dlrs" is the Hong Kong dollar, unless the
    # story also writes U.S. dollars out; "5.4 billion dlrs, or 4,800 billion won" is one
    # amount in two units (figures._converts)
    text = (
        "HONG KONG, May 13 - Hong Kong's exports to China rose to 12.5 billion H.K. dlrs in "
        "1986.\n\nImports from China rose to 30.1 billion dlrs, officials said."
    )
    assert {f.unit for f in _facts(extractor, text, WIRE_DAY)} == {"HKD"}
    text = text.replace("H.K. dlrs in", "H.K. dlrs (1.6 billion U.S. dlrs) in")
    assert sorted(f.unit for f in _facts(extractor, text, WIRE_DAY)) == ["HKD", "USD"]
    text = "South Korea's imports from Japan were 5.4 billion dlrs, or 4,800 billion won, in 1986."
    assert [(f.value, f.unit) for f in _facts(extractor, text, WIRE_DAY)] == [
        (5_400_000_000, "USD")
    ]
    text = "New Zealand's exports to Australia were 1.2 billion N.Z. dlrs last year."
    assert [f.unit for f in _facts(extractor, text, WIRE_DAY)] == ["NZD"]


def test_shillings_and_rupees_are_the_currency_of_the_sentences_country(
    extractor: Extractor,
) -> None:
    # indicators.yaml shared_currencies: a currency word several states use is the one of the
    # first country of the sentence that has it
    day = date(1987, 3, 4)
    text = "NAIROBI, March 4 - Kenyan exports to Tanzania fell to 800 mln shillings in 1986."
    found = _facts(extractor, text, day)
    assert [(f.indicator, f.of, f.in_, f.value, f.unit) for f in found] == [
        ("exports", "KEN", "TZA", 800_000_000, "KES")
    ]
    text = "KARACHI, March 4 - Pakistan's exports to China rose to 4.5 billion rupees last year."
    assert [f.unit for f in _facts(extractor, text, day)] == ["PKR"]


def test_a_fall_in_percent_is_a_negative_growth_of_its_own_period(extractor: Extractor) -> None:
    # facts._grows (indicators.yaml decline_cues; "an increase of" is a growth, not a target);
    # facts._year_before: "up 9 percent on the previous year" is the growth over the level's
    # year, compared with the year before
    day = date(2024, 7, 9)
    text = "Trade between Qatar and Indonesia fell 27% last year to $678 million."
    growth = [f for f in _facts(extractor, text, day) if f.indicator == "trade_growth"]
    assert [(f.value, f.period) for f in growth] == [(-27.0, "2023")]
    text = (
        "Bilateral trade between Thailand and Cambodia reached $4.5 billion in 2023, an "
        "increase of 3.1 percent year-on-year."
    )
    growth = [f for f in _facts(extractor, text, day) if f.indicator == "trade_growth"]
    assert [(f.value, f.status) for f in growth] == [(3.1, "reported")]
    text = (
        "Trade between Japan and the Philippines rose to $22 billion in 2024, up 9 percent on "
        "the previous year."
    )
    growth = [f for f in _facts(extractor, text, day) if f.indicator == "trade_growth"]
    assert [(f.value, f.period) for f in growth] == [(9.0, "2024")]


def test_an_indicator_word_inside_a_compound_modifier_is_no_indicator(
    extractor: Extractor,
) -> None:
    # indicators.cue_word: "the trade-weighted index" is not trade ("it had declined nine pct"
    # is the dollar's fall, not a trade growth)
    day = date(1987, 3, 4)
    text = (
        "Japan's trade surplus with the United States rose to 5 billion dlrs in January. "
        "According to the Fed's trade-weighted index, the dollar had declined nine pct since "
        "the beginning of the period."
    )
    assert [f.indicator for f in _facts(extractor, text, day)] == ["trade_balance"]


def _ranks(extractor: Extractor, text: str, day: date) -> list[tuple[str, str, float, str]]:
    found = [f for f in _facts(extractor, text, day) if f.indicator == "partner_rank"]
    return sorted((f.of, f.in_, f.value, f.qualifier) for f in found)


def test_ranks_told_with_a_possessive_or_a_verb_of_ranking(extractor: Extractor) -> None:
    # ranks.py: the possessive before a rank is the ranking country ("Peru's third-largest
    # partner": of Peru's partners), "one of X's five largest", "ranks Nth among X's" (the
    # subject is ranked); two ranks in one sentence are two facts
    day = date(2023, 5, 4)
    for text, ranks in (
        ("Chile is Peru's third-largest trading partner.", [("CHL", "PER", 3.0, "exact")]),
        (
            "Peru's largest trading partner, China, bought copper worth $20 billion.",
            [("CHN", "PER", 1.0, "exact")],
        ),
        (
            "Ghana is one of Nigeria's five largest trading partners.",
            [("GHA", "NGA", 5.0, "at_most")],
        ),
        (
            "Chile, once Bolivia's main market, now ranks sixth among its trading partners.",
            [("CHL", "BOL", 6.0, "exact")],
        ),
        (
            "Chile is Peru's largest trading partner, while Peru ranks fourth among Chile's "
            "partners.",
            [("CHL", "PER", 1.0, "exact"), ("PER", "CHL", 4.0, "exact")],
        ),
    ):
        assert _ranks(extractor, text, day) == ranks, text


def test_a_national_total_takes_no_partner_from_the_sentence_before(
    extractor: Extractor,
) -> None:
    # fact_parties._flow: "the country's total exports" is one country's, whatever partner
    # the figure before had
    day = date(1987, 2, 19)
    text = (
        "Thai exports to Malaysia rose 12 pct to 1.1 billion dlrs in 1986. The country's total "
        "exports rose five pct to 8.8 billion dlrs."
    )
    assert [f.value for f in _facts(extractor, text, day)] == [1.1e9]


def test_a_countrys_own_dollar_or_shilling_is_its_currency(extractor: Extractor) -> None:
    # indicators.yaml currencies: "Zimbabwe dlrs", "Kenya shillings" written with the name
    day = date(1987, 2, 19)
    for text, unit in (
        ("Zimbabwe's exports to Botswana rose to 150 mln Zimbabwe dlrs in 1986.", "ZWD"),
        ("Kenya's exports to Rwanda rose to 900 mln Kenya shillings in 1986.", "KES"),
        ("Jamaica's imports from Canada fell to 400 mln Jamaican dlrs in 1986.", "JMD"),
    ):
        assert [f.unit for f in _facts(extractor, text, day)] == [unit], text


def test_a_stock_as_of_a_time_is_dated_by_it(extractor: Extractor) -> None:
    # indicators.yaml stock_point_words: "as of the end of 2023" is a level at that time, its
    # last month; so is one "at the end of 1988"
    day = date(2024, 5, 10)
    text = "Malaysian investment in Cambodia totalled $1.2 billion as of the end of 2023."
    found = [(f.indicator, f.period) for f in _facts(extractor, text, day)]
    assert found == [("investment_stock", "2023-12")]
    text = "Japanese investment in China totalled about 2.1 billion dlrs at the end of 1988."
    found = [(f.indicator, f.period) for f in _facts(extractor, text, date(1989, 3, 9))]
    assert found == [("investment_stock", "1988-12")]


def test_a_compound_adjective_of_two_states_names_the_trade_pair(extractor: Extractor) -> None:
    # countries.yaml combining_forms: "Franco-German trade"; and two-word demonyms count
    # companies ("West German companies")
    day = date(1987, 6, 16)
    text = "Franco-German trade rose to 180 billion francs in 1986."
    found = [(f.indicator, {f.of, f.in_}, f.unit) for f in _facts(extractor, text, day)]
    assert found == [("trade_turnover", {"FRA", "DEU"}, "FRF")]
    text = "Some 1,200 West German companies operate in Portugal, the embassy said."
    found = [(f.indicator, f.of, f.in_, f.value) for f in _facts(extractor, text, day)]
    assert found == [("companies", "DEU", "PRT", 1200.0)]


def test_the_period_a_growth_is_measured_against_is_not_its_own(extractor: Extractor) -> None:
    """ "up 12 percent on 2019", "compared to the same period last year": the base period."""
    day = date(2021, 4, 20)
    text = (
        "Trade between Kazakhstan and Spain reached $900 million last year, up 12 percent on 2019."
    )
    growth = [f for f in _facts(extractor, text, day) if f.indicator == "trade_growth"]
    assert [(f.value, f.period) for f in growth] == [(12.0, "2020")]
    text = (
        "Trade between Vietnam and Cambodia reached $8.6 billion in January-October 2022, up 12 "
        "percent compared to the same period last year, with Vietnam recording a surplus of "
        "$3.2 billion."
    )
    periods = {f.indicator: f.period for f in _facts(extractor, text, date(2023, 3, 8))}
    assert periods["trade_growth"] == periods["trade_balance"] == "2022-01/2022-10"
    text = "Over the past 10 years, trade between Kazakhstan and Spain has exceeded $5 billion."
    (turnover,) = _facts(extractor, text, day)
    assert turnover.period == "2011/2021"


def test_a_count_its_phrase_names_before_it(extractor: Extractor) -> None:
    """ "The number of enterprises with X capital in Y has reached N"."""
    day = date(2023, 5, 6)
    text = "The number of enterprises with Spanish capital in Kazakhstan has reached 45, it said."
    found = [(f.indicator, f.of, f.in_, f.value, f.qualifier) for f in _facts(extractor, text, day)]
    assert found == [("companies", "ESP", "KAZ", 45.0, "exact")]
    text = "The number of Turkish companies operating in Kazakhstan stands at over 3,800."
    found = [(f.of, f.in_, f.value, f.qualifier) for f in _facts(extractor, text, day)]
    assert found == [("TUR", "KAZ", 3800.0, "more_than")]
    text = "The number of tourists from Spain in Kazakhstan has reached 4,500."
    assert _facts(extractor, text, day) == []


def test_a_period_after_a_base_figure_dates_only_that_figure(extractor: Extractor) -> None:
    """ "climbed to X from Y in 1985": 1985 is Y's; X and the figure of the "while" clause keep
    the period of the sentence before, as does a level compared "with Y a year earlier"."""
    text = (
        "LISBON, May 6 - Trade between Portugal and Tunisia rose 8 pct in 1986 to 700 mln dlrs, "
        "the ministry said. Portuguese exports to Tunisia climbed to 420 mln dlrs from 350 mln "
        "in 1985, while imports from Tunisia totalled 280 mln dlrs.\n\n"
        "Exports to Algeria rose 20 pct in the first half of 1987 to 90 mln dlrs. Imports from "
        "Algeria increased to 150 mln dlrs, compared with 130 mln a year earlier."
    )
    found = {
        (f.indicator, f.of, f.in_, f.value, f.period)
        for f in _facts(extractor, text, date(1987, 8, 6))
    }
    assert ("exports", "PRT", "TUN", 420e6, "1986") in found
    assert ("exports", "PRT", "TUN", 350e6, "1985") in found
    assert ("imports", "PRT", "TUN", 280e6, "1986") in found
    assert ("imports", "PRT", "DZA", 150e6, "1987-01/1987-06") in found


def test_a_with_phrase_before_the_cue_that_names_no_state_is_no_partner(
    extractor: Extractor,
) -> None:
    """ "noted with satisfaction that trade between A and B ...": "satisfaction" is no
    partner that would make the figure a group's."""
    text = (
        "TASHKENT - The sides noted with satisfaction that trade between Uzbekistan and Latvia "
        "amounted to 95 million dollars last year."
    )
    found = {(f.indicator, f.value, f.period) for f in _facts(extractor, text, date(2024, 6, 11))}
    assert ("trade_turnover", 95e6, "2023") in found


def test_a_markets_trading_at_a_price_is_no_trade_figure(extractor: Extractor) -> None:
    """ "trading" names bilateral trade only with its pair or partner (indicators.yaml
    paired_cues); "with two-way trade of X" is the pair's trade all the same."""
    text = (
        "SINGAPORE, March 5 - All seats on the exchange are now taken, with the last trading "
        "at 55,000 dlrs against the initial price of 50,000 dlrs."
    )
    assert not _facts(extractor, text, date(1987, 3, 5))
    text = "Japan is Vietnam's third-largest trading partner, with two-way trade of $50 billion."
    found = {(f.indicator, f.value) for f in _facts(extractor, text, date(2023, 3, 5))}
    assert ("trade_turnover", 50e9) in found


def test_firms_that_set_up_joint_ventures_are_present(extractor: Extractor) -> None:
    text = "BUDAPEST - More than 40 Austrian firms have set up joint ventures in Hungary."
    found = [(f.indicator, f.of, f.in_, f.value) for f in _facts(extractor, text, date(1988, 3, 9))]
    assert found == [("companies", "AUT", "HUN", 40.0)]


def test_a_period_opening_the_sentence_with_its_year_dates_the_figure(
    extractor: Extractor,
) -> None:
    text = (
        "ASTANA - In January-September this year, trade turnover between Kazakhstan and Spain "
        "amounted to 1.1 billion dollars."
    )
    found = {(f.indicator, f.period) for f in _facts(extractor, text, date(2023, 10, 20))}
    assert ("trade_turnover", "2023-01/2023-09") in found


def test_firms_operating_in_the_country_are_in_the_storys_country(extractor: Extractor) -> None:
    """ "operate in the republic" after a sentence naming another state: the host is the
    country the story is about (indicators.yaml host_anaphors), not the last one named."""
    text = (
        "ASHGABAT - Turkey is Turkmenistan's second largest investor after China. More than 600 "
        "companies with Turkish capital operate in the republic."
    )
    found = [(f.indicator, f.of, f.in_) for f in _facts(extractor, text, date(2024, 4, 9))]
    assert ("companies", "TUR", "TKM") in found


def test_a_count_of_ventures_the_subjects_firms_set_up_is_theirs_not_the_datelines_day(
    extractor: Extractor,
) -> None:
    """ "WARSAW, March 22 - American companies have set up about 250 joint ventures in
    Poland": the dateline's day before the firms is no count, and the country after the
    count is the host (the firms are the subject's)."""
    text = "WARSAW, March 22 - American companies have set up about 250 joint ventures in Poland."
    (fact,) = _facts(extractor, text, date(1987, 3, 22))
    assert (fact.indicator, fact.of, fact.in_, fact.value) == ("companies", "USA", "POL", 250)


def test_a_balance_left_by_the_flows_of_a_sentence_is_between_their_countries(
    extractor: Extractor,
) -> None:
    """ "exports to South Korea rose to N, while imports were M, leaving a surplus of S": the
    elliptical imports and the balance are with the partner the first flow named, from the
    side of its owner."""
    text = (
        "CANBERRA, Sept 2 - Australia's exports to South Korea rose to 1.6 billion dlrs in "
        "1985, while imports were 700 mln dlrs, leaving a surplus of 900 mln dlrs."
    )
    found = {(f.indicator, f.of, f.in_, f.value, f.period) for f in _facts(extractor, text,
             date(1986, 9, 2))}  # fmt: skip
    assert found == {
        ("exports", "AUS", "KOR", 1.6e9, "1985"),
        ("imports", "AUS", "KOR", 700e6, "1985"),
        ("trade_balance", "AUS", "KOR", 900e6, "1985"),
    }


def test_investment_since_a_dated_clause_is_a_stock(extractor: Extractor) -> None:
    """ "have invested N in China since relations improved in 1988": the year ends a clause
    that "since" opens, so the figure is what has built up since, not 1988's flow."""
    text = (
        "SEOUL - South Korean firms have invested 600 mln dlrs in China since ties improved "
        "in 1988."
    )
    (fact,) = _facts(extractor, text, date(1990, 5, 2))
    assert (fact.indicator, fact.of, fact.in_, fact.period) == (
        "investment_stock",
        "KOR",
        "CHN",
        "1990-05-02",
    )


def test_a_spaced_dash_after_a_dateline_joins_no_pair(extractor: Extractor) -> None:
    """ "LONDON - Britain's trade with China": the dateline's dash is no hyphen of a pair
    ("Soviet-Indian trade"), so the dateline city and the owner are not a pair of two."""
    text = "LONDON - Britain's trade with China totalled 6.1 billion dollars last year."
    (fact,) = _facts(extractor, text, date(2024, 6, 6))
    assert (fact.indicator, {fact.of, fact.in_}, fact.value) == (
        "trade_turnover",
        {"GBR", "CHN"},
        6.1e9,
    )


def test_investment_over_months_of_one_year_is_a_flow(extractor: Extractor) -> None:
    """ "in January-September 2024 amounted to": a flow over those months, not a stock at
    publication."""
    text = (
        "JAKARTA - Malaysian investment in Indonesia in January-September 2024 amounted to "
        "$3.6 billion."
    )
    (fact,) = _facts(extractor, text, date(2025, 2, 5))
    assert (fact.indicator, fact.period) == ("investment_flow", "2024-01/2024-09")


def test_a_split_financial_year_ended_a_month_runs_to_it(extractor: Extractor) -> None:
    """ "in the 1989/90 financial year ended June 30": July to June, as "fiscal" is."""
    text = (
        "CANBERRA - Australia's exports to Japan rose to 13.2 billion Australian dlrs in the "
        "1989/90 financial year ended June 30."
    )
    (fact,) = _facts(extractor, text, date(1990, 8, 20))
    assert fact.period == "1989-07/1990-06"


def test_firms_that_opened_offices_are_present(extractor: Extractor) -> None:
    text = "SEOUL - More than 20 South Korean companies have opened offices in Moscow."
    (fact,) = _facts(extractor, text, date(1990, 12, 4))
    assert (fact.indicator, fact.of, fact.in_, fact.value) == ("companies", "KOR", "SUN", 20)


def test_a_count_of_firms_with_an_abbreviated_flag_is_counted(extractor: Extractor) -> None:
    """ "U.S. companies": a dotted abbreviation is a name before the company noun too."""
    text = "About 310 U.S. companies have opened joint ventures in Vietnam, officials said."
    (fact,) = _facts(extractor, text, date(1996, 3, 4))
    assert (fact.indicator, fact.of, fact.in_, fact.value) == ("companies", "USA", "VNM", 310)


def test_a_speaker_after_the_host_does_not_make_a_list(extractor: Extractor) -> None:
    """ "... joint ventures in Poland, he said": "he" is who says it, not a second host."""
    text = (
        "BONN - Economics Minister Gerhard Stoltz returned from Warsaw on Monday. More than 900 "
        "West German companies now have joint ventures in Poland, he said."
    )
    counts = [f for f in _facts(extractor, text, date(1995, 6, 2)) if f.indicator == "companies"]
    assert [(f.of, f.in_, f.value) for f in counts] == [("DEU", "POL", 900)]


@pytest.mark.parametrize(
    ("amount", "unit"),
    # the zloty of 1988 is the old one, PLZ (indicators.yaml currency_eras)
    [("4.2 billion markkas", "FIM"), ("900 mln zloty", "PLZ"), ("3.1 billion drachma", "GRD")],
)
def test_singular_and_plural_forms_of_a_currency(
    extractor: Extractor, amount: str, unit: str
) -> None:
    text = f"Swedish exports to Finland totalled {amount} in 1988."
    units = {f.unit for f in _facts(extractor, text, date(1989, 2, 1)) if f.indicator == "exports"}
    assert units == {unit}


def test_a_rank_in_a_clause_of_its_own_is_ranked_now(extractor: Extractor) -> None:
    """ "trade rose 9 pct last year, and Japan is ...'s largest partner": the rank is not of
    last year; an apposition ranks now; a participle of result keeps its clause's year."""
    published = date(1990, 5, 3)
    text = "Trade rose nine pct last year, and Japan is Thailand's largest trading partner."
    ranks = [f for f in _facts(extractor, text, published) if f.indicator == "partner_rank"]
    assert [(r.of, r.in_, r.period) for r in ranks] == [("JPN", "THA", "1990-05-03")]
    text = "Japan, Thailand's largest trading partner, saw trade rise nine pct last year."
    ranks = [f for f in _facts(extractor, text, published) if f.indicator == "partner_rank"]
    assert [r.period for r in ranks] == ["1990-05-03"]
    text = (
        "Japan's trade with Thailand grew 9 pct last year, making Japan Thailand's largest partner."
    )
    ranks = [f for f in _facts(extractor, text, published) if f.indicator == "partner_rank"]
    assert [r.period for r in ranks] == ["1989"]


def test_months_joined_by_and_are_one_period(extractor: Extractor) -> None:
    """ "In March and April 1987 exports ...": both months, of the year the second names."""
    text = "In March and April 1987 Brazilian exports to Argentina totalled 310 mln dlrs."
    (fact,) = [f for f in _facts(extractor, text, date(1987, 6, 9)) if f.indicator == "exports"]
    assert fact.period == "1987-03/1987-04"


def test_a_level_a_party_saw_trade_reach_is_observed(extractor: Extractor) -> None:
    text = "Canada saw its trade with Mexico reach 4.4 billion dlrs last year, officials said."
    (fact,) = [f for f in _facts(extractor, text, date(1993, 2, 2)) if f.value == 4.4e9]
    assert (fact.status, fact.period) == ("reported", "1992")


def test_goods_listed_in_an_apposition_do_not_start_a_clause(extractor: Extractor) -> None:
    """ "..., while imports from Chile, mainly copper and fruit, reached N": the "and" of the
    goods is no clause of its own; the figure is the imports'."""
    text = (
        "TOKYO - Japan and Chile held talks. Japanese exports to Chile rose to 1.2 billion dlrs "
        "last year, while imports from Chile, mainly copper and fruit, reached 2.1 billion dlrs."
    )
    found = {(f.indicator, f.value) for f in _facts(extractor, text, date(1990, 2, 1))}
    assert ("imports", 2.1e9) in found and ("exports", 2.1e9) not in found


def test_a_count_by_the_end_of_a_year_is_dated_then(extractor: Extractor) -> None:
    text = (
        "SEOUL - South Korea and Vietnam held talks. By the end of 1994, South Korean firms had "
        "set up 120 joint ventures in Vietnam, officials said. Some 40 Thai companies operate in "
        "Vietnam, and the two sides aim to double trade by 2000."
    )
    counts = {f.value: f.period for f in _facts(extractor, text, date(1995, 3, 2))}
    assert counts[120] == "1994-12" and counts[40] == "1995-03-02"


def test_investment_of_the_firms_just_counted_is_theirs(extractor: Extractor) -> None:
    """ "N Thai companies had set up joint ventures in Laos, with total investment of M": the
    investment is the counted firms', in their host (not the story's home's)."""
    text = (
        "BANGKOK - Thailand and Laos signed a trade accord. He said 35 Thai companies had set up "
        "joint ventures in Laos, with total investment of 900 mln baht."
    )
    stock = [f for f in _facts(extractor, text, date(1994, 5, 2)) if f.indicator.startswith("inv")]
    assert [(f.of, f.in_, f.value) for f in stock] == [("THA", "LAO", 900e6)]


def test_firms_with_subsidiaries_in_a_country_are_present(extractor: Extractor) -> None:
    text = "ROME - About 150 Brazilian companies have subsidiaries in Italy, officials said."
    (fact,) = _facts(extractor, text, date(1996, 4, 2))
    assert (fact.indicator, fact.of, fact.in_, fact.value) == ("companies", "BRA", "ITA", 150)


def test_a_count_of_firms_in_its_own_clause_is_of_now(extractor: Extractor) -> None:
    """ "investment totalled ... at the end of 1987, and more than 900 West German companies
    have subsidiaries there": the count is of the story's day; a time that opens the sentence
    dates both clauses; the firms' country is one side, the other country the host."""
    text = (
        "MADRID - Spain and West Germany held talks on Tuesday.\n\n"
        "West German direct investment in Spain totalled 11.4 billion marks at the end of "
        "1987, and more than 900 West German companies have subsidiaries there.\n\n"
        "As of the end of last year, Korean investors had put 500 million dollars into the "
        "Mongolian economy, and some 2,300 companies with Korean investment were registered "
        "in Mongolia."
    )
    found = {
        (f.of, f.in_, f.value, f.period)
        for f in _facts(extractor, text, date(1989, 3, 3))
        if f.indicator == "companies"
    }
    assert ("DEU", "ESP", 900, "1989-03-03") in found
    assert ("KOR", "MNG", 2300, "1988-12") in found
    text = (
        "SEOUL - President Roh Tae-woo leaves on Thursday for a visit to Moscow.\n\n"
        "About 40 South Korean companies now have branch offices in the Soviet Union, and "
        "Korean firms have committed some 60 mln dlrs to joint ventures there."
    )
    found = {
        (f.of, f.in_, f.value)
        for f in _facts(extractor, text, date(1990, 12, 12))
        if f.indicator == "companies"
    }
    assert found == {("KOR", "SUN", 40)}
    text = (
        "ALMATY - South Korea's direct investment in Kazakhstan stood at 3.5 billion dollars "
        "as of end-June, while some 530 South Korean firms are doing business there."
    )
    found = {
        (f.of, f.in_, f.value, f.period)
        for f in _facts(extractor, text, date(2017, 10, 17))
        if f.indicator == "companies"
    }
    assert found == {("KOR", "KAZ", 530, "2017-10-17")}


def test_the_noun_a_figure_is_of_names_it(extractor: Extractor) -> None:
    """ "Trade with the Soviet Union showed a Yugoslav surplus of 412 mln dlrs": the figure
    is the surplus's, not the trade's that heads the clause."""
    text = (
        "BELGRADE, Feb 9 - Yugoslavia's deficit with West Germany widened in 1987.\n\n"
        "Trade with the Soviet Union showed a Yugoslav surplus of 412 mln dlrs last year."
    )
    found = {
        (f.indicator, f.of, f.in_, f.value, f.period)
        for f in _facts(extractor, text, date(1988, 2, 9))
        if f.value == 412e6
    }
    assert found == {("trade_balance", "YUG", "SUN", 412e6, "1987")}


def test_a_growth_told_by_a_participle_or_by_a_noun_after_the_percent(
    extractor: Extractor,
) -> None:
    text = (
        "Trade turnover between Croatia and Serbia reached 1.9 billion euros in 2021, having "
        "grown by 17 percent. Trade between Slovenia and Serbia amounted to 1.2 billion euros "
        "in 2020, a 6.4 percent decrease compared to the previous year."
    )
    found = {
        (f.of, f.in_, f.value, f.period)
        for f in _facts(extractor, text, date(2022, 3, 1))
        if f.indicator == "trade_growth"
    }
    assert {frozenset(f[:2]) for f in found} == {
        frozenset({"HRV", "SRB"}),
        frozenset({"SVN", "SRB"}),
    }
    assert {(f[2], f[3]) for f in found} == {(17.0, "2021"), (-6.4, "2020")}


def test_a_fiscal_year_is_that_of_the_country_whose_figure_it_is(extractor: Extractor) -> None:
    # countries.yaml fiscal_year_ends: Pakistan's runs July to June, India's April to March;
    # a later pair of years in the article is a fiscal year of the same kind; a figure of
    # another country's fiscal year has its own
    text = (
        "Pakistan's exports to Sri Lanka rose to 410 mln dlrs in fiscal year 2022-23, up from "
        "380 mln dlrs in 2021-22. India's imports from Nepal were 900 mln dlrs in the 2019/20 "
        "financial year."
    )
    found = {
        (f.indicator, f.of, f.value, f.period) for f in _facts(extractor, text, date(2023, 9, 1))
    }
    assert ("exports", "PAK", 410000000.0, "2022-07/2023-06") in found
    assert ("exports", "PAK", 380000000.0, "2021-07/2022-06") in found
    assert ("imports", "IND", 900000000.0, "2019-04/2020-03") in found


def test_a_fiscal_year_without_the_word_fiscal_stays_two_calendar_years(
    extractor: Extractor,
) -> None:
    text = "India's imports from Nepal were 900 mln dlrs in 2019/20, officials said."
    (fact,) = _facts(extractor, text, date(2021, 9, 1))
    assert fact.period == "2019/2020"


def test_the_same_period_skips_a_stock_dated_by_the_story(extractor: Extractor) -> None:
    text = (
        "Trade between Oman and India rose 12 pct to 4.2 billion dlrs in the year to March 2017, "
        "and Indian investment in Oman is put at about 7.5 billion dlrs. Oman's exports to "
        "India were worth some 2.1 billion dlrs in the same period."
    )
    exports = [f for f in _facts(extractor, text, date(2018, 2, 12)) if f.indicator == "exports"]
    assert [f.period for f in exports] == ["2016-04/2017-03"]


def test_two_way_merchandise_trade_is_the_pair_not_a_product(extractor: Extractor) -> None:
    text = (
        "Chile recalled its envoy from Peru. Two-way merchandise trade reached 3.1 billion "
        "dollars in 2022."
    )
    (fact,) = _facts(extractor, text, date(2023, 5, 2))
    assert (fact.indicator, {fact.of, fact.in_}, fact.value) == (
        "trade_turnover",
        {"CHL", "PER"},
        3100000000.0,
    )


def test_roubles_of_the_soviet_union_are_soviet_roubles(extractor: Extractor) -> None:
    soviet = _facts(
        extractor, "Soviet exports to Iraq totalled 90 mln roubles in 1989.", date(1990, 3, 1)
    )
    russian = _facts(
        extractor, "Russian exports to Iraq totalled 90 bln roubles in 2019.", date(2020, 3, 1)
    )
    assert [f.unit for f in soviet] == ["SUR"]
    assert [f.unit for f in russian] == ["RUB"]


def test_firms_with_operations_in_a_country_are_present(extractor: Extractor) -> None:
    text = "More than 150 Korean companies now have operations in Vietnam."
    (fact,) = _facts(extractor, text, date(1995, 4, 1))
    assert (fact.indicator, fact.of, fact.in_, fact.value) == ("companies", "KOR", "VNM", 150.0)
