"""Properties of the figure reader of facts: any text in, figures or nothing out, no error."""

from __future__ import annotations

import math
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from diplograph.extract.figures import chain_figures, read_figures
from diplograph.extract.indicators import load_indicator_rules

RULES = load_indicator_rules()
# Pieces of amounts, so that generated texts reach the number parser, not just the scanner.
PIECES = (
    "$", "€", "£", "1", "0", "1,2,3", "1,000", "1.5", "1..5", ",5", "5,", "1e308", "9" * 400,
    "billion", "bln", "mln", "million", "trillion", "pct", "percent", "%", "dlrs", "dollars",
    "francs", "yen", "stg", "seven", "a dozen", "hundred", "170 enterprises", "French companies",
    "rose", "fell", "from", "to", "compared with", "up", "down", "(", ")", "trade turnover",
    "exports", "imports", "investment", "surplus", "deficit", "respectively", "in 1985", "1986/87",
    "-", "+", "about", "more than", "over", "nearly", "USD", "US$", "tenge",
)  # fmt: skip
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=16).map(" ".join)
countries = st.lists(st.sampled_from(["USA", "FRA", "CHE", "KAZ", "GBR", "JPN"]), max_size=3)


@settings(max_examples=200, deadline=None)
@given(texts, countries)
def test_read_figures_never_raises(text: str, owners: list[str]) -> None:
    figures = read_figures(text, 0, len(text), RULES, owners)
    for figure in figures:
        assert 0 <= figure.start < figure.end <= len(text)
        assert not math.isnan(figure.value)
    chains = chain_figures(text, 0, len(text), figures, ((), ()), RULES)
    assert [f for chain in chains for f in chain.figures] == figures


def test_read_figures_reads_an_amount_and_a_company_count() -> None:
    text = "Trade rose 2.7 billion dlrs to 87.7 billion dlrs; 170 French companies operate there."
    figures = read_figures(text, 0, len(text), RULES, ["FRA"])
    assert [(f.value, f.unit, f.role) for f in figures] == [
        (2.7e9, "USD", "change"),
        (87.7e9, "USD", "level"),
        (170.0, "count", "count"),
    ]


def test_read_figures_takes_no_longer_for_a_run_of_spaces() -> None:
    # A pattern with a leading \s* before the figure's words took ~75 s on this (quadratic).
    text = "Trade" + " " * 40_000 + "rose 5 mln dlrs to 87.7 billion dlrs."
    started = time.perf_counter()
    figures = read_figures(text, 0, len(text), RULES, ["USA"])
    assert time.perf_counter() - started < 2.0
    assert [f.value for f in figures] == [5e6, 87.7e9]
