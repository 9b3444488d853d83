"""TempEval-3 style scoring of time expressions: relaxed spans, values, per TIMEX type."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from diplograph.errors import InputError
from diplograph.evaluation.timex import run_timex_eval, same_value, score_timex
from diplograph.models import TimeExpression

from ..conftest import SHARED

TEMPEVAL3 = Path(os.environ.get("DIPLOGRAPH_TEMPEVAL3", str(SHARED / "corpus" / "tempeval3")))

ARTICLES = [
    {
        "id": "a1",
        "date": "2019-10-02",
        "text": "The ministers met on Tuesday. Trade doubled over the past 10 years.",
    },
    {
        "id": "a2",
        "date": "2023-04-06",
        "text": "The accord was signed on November 29 last year and is reviewed annually.",
    },
]


def gold_row(doc_id: str, text: str, phrase: str, type_: str, value: str) -> dict[str, Any]:
    start = text.index(phrase)
    return {
        "doc_id": doc_id,
        "text": phrase,
        "type": type_,
        "value": value,
        "start": start,
        "end": start + len(phrase),
    }


def expression(start: int, end: int, type_: str, value: str | None) -> TimeExpression:
    return TimeExpression(start, end, "x" * (end - start), type_, value, None, "none")


def test_overlapping_spans_match_and_values_are_compared() -> None:
    gold = [
        {"doc_id": "d", "start": 0, "end": 10, "type": "DATE", "value": "2019"},
        {"doc_id": "d", "start": 20, "end": 30, "type": "DURATION", "value": "P2Y"},
        {"doc_id": "d", "start": 40, "end": 45, "type": "DATE", "value": "2020"},
    ]
    system = {
        "d": [
            expression(5, 12, "DATE", "2019"),  # overlaps, right value
            expression(25, 28, "DURATION", "P3Y"),  # overlaps, wrong value
            expression(60, 64, "SET", "P1Y"),  # spurious
        ]
    }
    score = score_timex(gold, system).overall
    assert (score.n_gold, score.n_system) == (3, 3)
    assert score.span_precision == pytest.approx(2 / 3)
    assert score.span_recall == pytest.approx(2 / 3)
    assert score.value_accuracy == pytest.approx(1 / 2)
    assert score.value_f1 == pytest.approx(1 / 3)


def test_each_gold_expression_is_matched_at_most_once() -> None:
    gold = [{"doc_id": "d", "start": 0, "end": 20, "type": "DATE", "value": "2019"}]
    system = {"d": [expression(0, 5, "DATE", "2019"), expression(6, 20, "DATE", "2019")]}
    score = score_timex(gold, system).overall
    assert (score.gold_matched, score.system_matched, score.gold_correct) == (1, 1, 1)
    assert score.span_precision == pytest.approx(0.5)


def test_per_type_counts_gold_and_system_by_their_own_type() -> None:
    gold = [{"doc_id": "d", "start": 0, "end": 5, "type": "DURATION", "value": "P1W"}]
    system = {"d": [expression(0, 5, "DATE", "2019-W40")]}
    per_type = score_timex(gold, system).per_type
    assert (per_type["DURATION"].n_gold, per_type["DURATION"].n_system) == (1, 0)
    assert (per_type["DATE"].n_gold, per_type["DATE"].n_system) == (0, 1)
    assert per_type["DURATION"].span_recall == 1.0
    assert per_type["DURATION"].value_recall == 0.0


def test_documents_missing_from_system_count_as_misses() -> None:
    gold = [{"doc_id": "d", "start": 0, "end": 5, "type": "DATE", "value": "2019"}]
    score = score_timex(gold, {}).overall
    assert (score.n_gold, score.n_system, score.span_f1, score.value_f1) == (1, 0, 0.0, 0.0)


def test_to_json_reports_required_keys_first() -> None:
    gold = [{"doc_id": "d", "start": 0, "end": 5, "type": "DATE", "value": "2019"}]
    report = score_timex(gold, {"d": [expression(0, 5, "DATE", "2019")]}).to_json()
    assert list(report)[:5] == ["n_gold", "n_system", "span_f1", "value_f1", "per_type"]
    assert set(report["per_type"]) == {"DATE", "TIME", "DURATION", "SET"}
    assert list(report["per_type"]["DATE"])[:4] == ["n_gold", "n_system", "span_f1", "value_f1"]
    assert report["value_f1"] == 1.0


@pytest.mark.parametrize(
    ("gold", "system", "same"),
    [
        ("2000-W7", "2000-W07", True),
        ("1989-11-06T17", "1989-11-06T17:00", True),
        ("p10y", "P10Y", True),
        ("2019", "2019-01", False),
        (None, "2019", False),
    ],
)
def test_same_value_only_forgives_equal_spellings(
    gold: str | None, system: str, same: bool
) -> None:
    assert same_value(gold, system) is same


def test_run_timex_eval_on_a_handwritten_fixture(tmp_path: Path) -> None:
    first, second = ARTICLES[0]["text"], ARTICLES[1]["text"]
    gold = [
        gold_row("a1", first, "Tuesday", "DATE", "2019-10-01"),
        gold_row("a1", first, "the past 10 years", "DURATION", "P10Y"),
        gold_row("a2", second, "November 29 last year", "DATE", "2022-11-29"),
        gold_row("a2", second, "annually", "SET", "P1Y"),
    ]
    docs_path, gold_path = tmp_path / "articles.jsonl", tmp_path / "gold.jsonl"
    docs_path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    gold_path.write_text("\n".join(json.dumps(g) for g in gold) + "\n", encoding="utf-8")
    report = run_timex_eval(gold_path, docs_path).to_json()
    assert (report["n_gold"], report["n_system"]) == (4, 4)
    assert report["span_f1"] == 1.0
    assert report["value_f1"] == 1.0
    assert report["per_type"]["SET"]["value_f1"] == 1.0


def test_run_timex_eval_names_the_bad_line(tmp_path: Path) -> None:
    docs_path, gold_path = tmp_path / "articles.jsonl", tmp_path / "gold.jsonl"
    docs_path.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    gold_path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:1"):
        run_timex_eval(gold_path, docs_path)


@pytest.mark.slow
def test_tempeval3_value_f1_stays_above_the_target() -> None:
    gold_path, docs_path = TEMPEVAL3 / "timex_eval.jsonl", TEMPEVAL3 / "articles.jsonl"
    if not (gold_path.exists() and docs_path.exists()):
        pytest.skip(f"TempEval-3 files not found in {TEMPEVAL3} (set DIPLOGRAPH_TEMPEVAL3)")
    report = run_timex_eval(gold_path, docs_path).to_json()
    assert report["span_f1"] >= 0.92
    assert report["value_f1"] >= 0.79
