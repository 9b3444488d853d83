from __future__ import annotations

from datetime import date

from diplograph.models import Evidence, Fact
from diplograph.query.facts import current, observations, series


def _fact(doc: str, value: float, period: str | None, of: str = "GBR", in_: str = "KAZ",
          indicator: str = "trade_turnover", qualifier: str = "exact") -> Fact:  # fmt: skip
    return Fact(
        indicator=indicator,
        of=of,
        in_=in_,
        value=value,
        unit="USD",
        period=period,
        qualifier=qualifier,
        evidence=Evidence(doc, f"sentence of {doc}", 10, 40),
    )


def test_same_figure_from_two_articles_is_one_observation_with_two_citations() -> None:
    found = observations(
        [
            (_fact("a", 1.8e9, "2022"), date(2023, 3, 18)),
            (_fact("b", 1.8e9, "2022", of="KAZ", in_="GBR"), date(2023, 10, 2)),
        ]
    )
    (obs,) = found
    assert [c.article_id for c in obs.citations] == ["a", "b"]
    assert not obs.conflict


def test_different_values_for_one_period_are_kept_and_flagged() -> None:
    found = observations(
        [(_fact("a", 1.8e9, "2022"), date(2023, 3, 18)), (_fact("b", 2.1e9, "2022"), None)]
    )
    assert sorted(o.value for o in found) == [1.8e9, 2.1e9]
    assert all(o.conflict for o in found)


def test_values_within_half_a_percent_are_the_same_figure() -> None:
    found = observations([(_fact("a", 1000.0, "2022"), None), (_fact("b", 1000.4, "2022"), None)])
    assert len(found) == 1


def test_series_orders_by_period_and_current_is_the_latest() -> None:
    facts = [
        (_fact("new", 170, "2023-04-06", of="FRA", indicator="companies"), date(2023, 4, 6)),
        (
            _fact("old", 130, "2019-10-02", of="FRA", indicator="companies", qualifier="more_than"),
            date(2019, 10, 2),
        ),
        (_fact("uk", 550, "2023-03-18", of="GBR", indicator="companies"), date(2023, 3, 18)),
    ]
    found = series(observations(facts), "companies", "FRA", "KAZ")
    assert [(o.period, o.value, o.qualifier) for o in found] == [
        ("2019-10-02", 130, "more_than"),
        ("2023-04-06", 170, "exact"),
    ]
    latest = current(found)
    assert latest is not None and latest.value == 170 and latest.as_of == "2023-04-06"


def test_turnover_series_ignores_the_order_of_the_pair() -> None:
    facts = [(_fact("a", 1.0e9, "2021", of="KAZ", in_="GBR"), None)]
    assert len(series(observations(facts), "trade_turnover", "GBR", "KAZ")) == 1
