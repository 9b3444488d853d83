from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from diplograph.evaluation.gold import (
    ArticleScore,
    Counts,
    aggregate,
    read_gold,
    score_article,
)

from ..conftest import SHARED

ALIASES = {("Astana", "Kazakhstan"), ("Nur-Sultan", "Astana"), ("Nur-Sultan", "Kazakhstan")}


def same_person(gold_name: str, system_name: str) -> bool:
    """Fake identity resolution: the same name, or the same surname."""
    return gold_name == system_name or gold_name.split()[-1] == system_name.split()[-1]


def place_within(system_place: str, gold_place: str) -> bool:
    return system_place == gold_place or (system_place, gold_place) in ALIASES


def event(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "type": "CONSULT",
        "mode": "meet",
        "status": "occurred",
        "countries": ["KAZ", "FRA"],
        "people": ["Kassym-Jomart Tokayev"],
        "date": "2023-04-06",
        "place": None,
        "agreement": None,
        "required": True,
        "evidence": "Tokayev received the French envoy",
    }
    item.update(changes)
    return item


def fact(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "indicator": "trade_turnover",
        "of": "GBR",
        "in": "KAZ",
        "value": 1_800_000_000,
        "unit": "USD",
        "period": "2022",
        "qualifier": "exact",
        "required": True,
        "evidence": "trade turnover reached $1.8 billion in 2022",
    }
    item.update(changes)
    return item


def score(
    gold_events: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
    gold_facts: list[dict[str, Any]] | None = None,
    facts: list[dict[str, Any]] | None = None,
) -> ArticleScore:
    gold = {"doc": "doc1", "events": gold_events or [], "facts": gold_facts or []}
    return score_article(
        gold, events or [], facts or [], same_person=same_person, place_within=place_within
    )


def event_counts(gold: dict[str, Any], system: dict[str, Any]) -> tuple[int, int, int]:
    counts = score([gold], [system]).events
    return counts.tp, counts.fp, counts.fn


def fact_counts(gold: dict[str, Any], system: dict[str, Any]) -> tuple[int, int, int]:
    counts = score(gold_facts=[gold], facts=[system]).facts
    return counts.tp, counts.fp, counts.fn


MATCH, MISMATCH, IGNORED = (1, 0, 0), (0, 1, 1), (0, 0, 0)


# --- events -------------------------------------------------------------------------------------


def test_identical_event_is_a_true_positive() -> None:
    assert event_counts(event(), event()) == MATCH


def test_type_and_status_must_be_equal() -> None:
    assert event_counts(event(), event(type="AGREE")) == MISMATCH
    assert event_counts(event(), event(status="planned")) == MISMATCH


def test_mode_is_compared_only_where_gold_gives_one() -> None:
    assert event_counts(event(), event(mode="visit")) == MISMATCH
    assert event_counts(event(type="SUPPORT", mode=None), event(type="SUPPORT", mode="x")) == MATCH


def test_optional_gold_event_matched_is_neither_true_nor_false_positive() -> None:
    assert event_counts(event(required=False), event()) == IGNORED


def test_unmatched_optional_gold_event_is_not_a_miss() -> None:
    result = score([event(required=False)], [])
    assert (result.events.tp, result.events.fp, result.events.fn) == IGNORED
    assert result.missed == ()


def test_duplicate_of_an_optional_gold_event_is_not_a_false_positive() -> None:
    result = score([event(required=False)], [event(), event()])
    assert (result.events.tp, result.events.fp, result.events.fn) == IGNORED


def test_month_gold_date_matches_a_day_inside_the_month() -> None:
    assert event_counts(event(date="2022-11"), event(date="2022-11-29")) == MATCH
    assert event_counts(event(date="2022-11"), event(date="2022-12-01")) == MISMATCH


def test_coarser_system_date_does_not_match_a_finer_gold_date() -> None:
    assert event_counts(event(date="2022-11-29"), event(date="2022-11")) == MISMATCH


def test_null_gold_date_matches_any_date_or_none() -> None:
    assert event_counts(event(date=None), event(date="2019-10-01")) == MATCH
    assert event_counts(event(date=None), event(date=None)) == MATCH


def test_missing_system_date_fails_a_dated_gold_event() -> None:
    result = score([event(date="2022-11-29")], [event(date=None)])
    assert result.missed[0].why == ("date missing, gold 2022-11-29",)


def test_interval_gold_date_matches_same_interval_a_date_inside_or_an_interval_inside() -> None:
    gold = event(date="2024-11-19/2024-11-21")
    assert event_counts(gold, event(date="2024-11-19/2024-11-21")) == MATCH
    assert event_counts(gold, event(date="2024-11-20")) == MATCH
    assert event_counts(gold, event(date="2024-11-20/2024-11-21")) == MATCH
    assert event_counts(gold, event(date="2024-11-22")) == MISMATCH
    assert event_counts(gold, event(date="2024-11-18/2024-11-20")) == MISMATCH


def test_interval_ends_are_compared_at_their_own_precision() -> None:
    gold = event(date="2009/2019-06")
    assert event_counts(gold, event(date="2009-01-15/2019-06-30")) == MATCH
    assert event_counts(gold, event(date="2019-07")) == MISMATCH


def test_unreadable_system_date_is_a_reason_not_a_crash() -> None:
    result = score([event()], [event(date="last Tuesday")])
    assert result.missed[0].why == ("date 'last Tuesday' is not YYYY[-MM[-DD]] or A/B",)


def test_place_aliases_go_through_place_within() -> None:
    assert event_counts(event(place="Kazakhstan"), event(place="Astana")) == MATCH
    assert event_counts(event(place="Astana"), event(place="Nur-Sultan")) == MATCH
    assert event_counts(event(place="Astana"), event(place="Almaty")) == MISMATCH


def test_missing_system_place_fails_when_gold_gives_one() -> None:
    result = score([event(place="Paris")], [event(place=None)])
    assert result.missed[0].why == ("place missing, gold Paris",)


def test_gold_without_place_accepts_any_place() -> None:
    assert event_counts(event(place=None), event(place="Paris")) == MATCH


def test_country_sets_must_be_equal_in_any_order() -> None:
    assert event_counts(event(countries=["KAZ", "FRA"]), event(countries=["FRA", "KAZ"])) == MATCH
    extra = event(countries=["KAZ", "FRA", "DEU"])
    assert event_counts(event(countries=["KAZ", "FRA"]), extra) == MISMATCH


def test_multilateral_gold_countries_need_only_be_among_the_system_countries() -> None:
    gold = event(mode="multilateral", countries=["KAZ", "RUS"])
    assert event_counts(gold, event(mode="multilateral", countries=["RUS", "KAZ", "CHN"])) == MATCH
    assert event_counts(gold, event(mode="multilateral", countries=["KAZ", "CHN"])) == MISMATCH


def test_gold_person_matched_through_same_person() -> None:
    gold = event(people=["Emmanuel Macron"])
    assert event_counts(gold, event(people=["Macron", "Tokayev"])) == MATCH
    assert event_counts(gold, event(people=["Tokayev"])) == MISMATCH


def test_each_gold_event_is_matched_at_most_once() -> None:
    result = score([event()], [event(), event()])
    assert (result.events.tp, result.events.fp, result.events.fn) == (1, 1, 0)
    assert result.spurious[0].why == ("duplicate: that gold event is already matched",)


def test_matching_does_not_depend_on_the_order_of_system_events() -> None:
    # A greedy matcher gives the broad gold event the only candidate of the narrow one.
    gold = [event(date="2022"), event(date="2022-11-29")]
    system = [event(date="2022-11-29"), event(date="2022-05-01")]
    for ordering in itertools.permutations(system):
        for gold_order in itertools.permutations(gold):
            result = score(list(gold_order), list(ordering))
            assert (result.events.tp, result.events.fp, result.events.fn) == (2, 0, 0)


def test_required_gold_events_are_matched_before_optional_ones() -> None:
    optional, required = event(date=None, required=False), event(date="2022-11-29")
    result = score([optional, required], [event(date="2022-11-29")])
    assert (result.events.tp, result.events.fp, result.events.fn) == (1, 0, 0)


def test_matches_are_rerouted_so_an_optional_gold_event_absorbs_the_extra() -> None:
    optional = event(date="2022-11-29", required=False)
    required = event(date="2022-11")
    result = score([required, optional], [event(date="2022-11-29"), event(date="2022-11-02")])
    assert (result.events.tp, result.events.fp, result.events.fn) == (1, 0, 0)


def test_miss_names_the_nearest_candidate_and_why_it_failed() -> None:
    gold = event(date="2022-11-29", evidence="on November 29 last year")
    system = [event(type="AGREE", mode="sign"), event(date="2022-11-30", place="Paris")]
    result = score([gold], system)
    [miss] = result.missed
    assert miss.nearest is system[1]
    assert miss.why == ("date 2022-11-30 != 2022-11-29",)
    assert miss.to_json()["evidence"] == "on November 29 last year"


# --- facts --------------------------------------------------------------------------------------


def test_value_within_half_a_percent_matches() -> None:
    assert fact_counts(fact(value=1000), fact(value=1004)) == MATCH
    assert fact_counts(fact(value=1000), fact(value=996)) == MATCH
    assert fact_counts(fact(value=1000), fact(value=1006)) == MISMATCH
    assert fact_counts(fact(value=1000), fact(value=994)) == MISMATCH


def test_value_miss_says_how_far_off_it_is() -> None:
    result = score(gold_facts=[fact(value=1000)], facts=[fact(value=1006)])
    assert result.missed[0].why == ("value 1006 != 1000 (off by 0.6%)",)


def test_trade_turnover_and_growth_are_unordered() -> None:
    assert fact_counts(fact(), fact(of="KAZ", **{"in": "GBR"})) == MATCH
    growth = fact(indicator="trade_growth", value=9, unit="percent")
    assert fact_counts(growth, dict(growth, of="KAZ", **{"in": "GBR"})) == MATCH


def test_exports_keep_their_direction() -> None:
    exports = fact(indicator="exports", of="KAZ", **{"in": "GBR"})
    assert fact_counts(exports, dict(exports, of="GBR", **{"in": "KAZ"})) == MISMATCH


def test_mirrored_trade_balance_with_flipped_sign_matches() -> None:
    balance = fact(indicator="trade_balance", of="KAZ", value=500, **{"in": "CHN"})
    mirrored = dict(balance, of="CHN", value=-500, **{"in": "KAZ"})
    assert fact_counts(balance, mirrored) == MATCH
    assert fact_counts(balance, dict(mirrored, value=500)) == MISMATCH


def test_qualifier_and_unit_must_be_equal() -> None:
    assert fact_counts(fact(), fact(qualifier="about")) == MISMATCH
    assert fact_counts(fact(), fact(unit="EUR")) == MISMATCH


def test_fact_period_is_compared_at_the_gold_precision() -> None:
    assert fact_counts(fact(period="2022"), fact(period="2022")) == MATCH
    assert fact_counts(fact(period="2022"), fact(period="2021")) == MISMATCH
    months = fact(period="2023-01/2023-08")
    assert fact_counts(months, fact(period="2023-01-01/2023-08-31")) == MATCH
    assert fact_counts(months, fact(period="2023-02/2023-08")) == MISMATCH
    assert fact_counts(months, fact(period="2023-05")) == MISMATCH


def test_null_gold_period_matches_only_a_missing_period() -> None:
    assert fact_counts(fact(period=None), fact(period=None)) == MATCH
    assert fact_counts(fact(period=None), fact(period="2022")) == MISMATCH


def test_each_gold_fact_is_matched_at_most_once() -> None:
    result = score(gold_facts=[fact()], facts=[fact(), fact()])
    assert (result.facts.tp, result.facts.fp, result.facts.fn) == (1, 1, 0)


# --- counts, aggregation, reading ---------------------------------------------------------------


def test_counts_with_nothing_expected_and_nothing_predicted_score_one() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)


def test_counts_with_only_misses_or_only_false_positives_score_zero() -> None:
    assert (Counts(fn=2).precision, Counts(fn=2).recall) == (0.0, 0.0)
    assert (Counts(fp=2).precision, Counts(fp=2).recall) == (0.0, 0.0)


def test_aggregate_micro_averages_over_articles() -> None:
    first = score([event()], [event()])  # 1 TP
    second = score([event(), event(date="2019")], [event(type="AGREE")])  # 1 FP, 2 FN
    report = aggregate([first, second])
    assert (report.events.tp, report.events.fp, report.events.fn) == (1, 1, 2)
    assert report.events.precision == pytest.approx(0.5)
    assert report.events.recall == pytest.approx(1 / 3)
    assert report.events.f1 == pytest.approx(0.4)


def test_report_json_has_the_documented_shape() -> None:
    report = aggregate([score([event()], [event(type="AGREE")])])
    data = report.to_json()
    assert set(data) == {"articles", "events", "facts", "per_article"}
    assert set(data["events"]) == {"tp", "fp", "fn", "precision", "recall", "f1"}
    [article] = data["per_article"]
    assert set(article) == {"doc", "events", "facts", "missed", "spurious"}
    assert article["missed"][0]["why"] == ["type AGREE != CONSULT"]
    json.dumps(data)  # serialisable as it is


def test_read_gold_names_file_and_line_of_a_malformed_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.gold.jsonl"
    path.write_text(json.dumps({"doc": "a", "events": [], "facts": []}) + "\n\n{oops\n")
    with pytest.raises(ValueError, match=r"bad\.gold\.jsonl:3: not valid JSON"):
        read_gold(path)


def test_read_gold_rejects_an_unreadable_gold_date(tmp_path: Path) -> None:
    path = tmp_path / "dates.gold.jsonl"
    path.write_text(json.dumps({"doc": "a", "events": [event(date="29/11/2022")], "facts": []}))
    with pytest.raises(ValueError, match=r"dates\.gold\.jsonl:1: events\[1\] of a: date"):
        read_gold(path)


def test_read_gold_rejects_a_document_listed_twice(tmp_path: Path) -> None:
    path = tmp_path / "twice.gold.jsonl"
    line = json.dumps({"doc": "a", "events": [], "facts": []})
    path.write_text(f"{line}\n{line}\n")
    with pytest.raises(ValueError, match=r"twice\.gold\.jsonl:2: document 'a' appears twice"):
        read_gold(path)


@pytest.mark.skipif(
    not SHARED.exists(), reason="../shared gold absent (only beside a developer checkout)"
)
def test_shared_gold_scored_against_itself_is_perfect() -> None:
    articles = read_gold(SHARED / "gold" / "seeds.gold.jsonl")
    articles += read_gold(SHARED / "corpus" / "kz-dev" / "kz-dev.gold.jsonl")
    scores = [
        score_article(
            gold,
            list(reversed(gold["events"])),
            gold["facts"],
            same_person=same_person,
            place_within=place_within,
        )
        for gold in articles
    ]
    report = aggregate(scores)
    assert report.events.f1 == 1.0 and report.facts.f1 == 1.0
    assert report.events.tp > 0 and report.facts.tp > 0
