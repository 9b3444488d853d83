"""Bilateral trade figures in 1987 wire style, scored against our own gold lines.

The gold lines (tests/extract/fixtures/reuters_facts.gold.jsonl) describe figures in Reuters-21578
stories read from ../shared; they hold no article text.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from diplograph.evaluation.gold import read_gold, score_article
from diplograph.evaluation.runner import fact_record, same_person
from diplograph.extract.pipeline import Extractor
from diplograph.models import Article

from ..conftest import shared_path

GOLD = Path(__file__).parent / "fixtures" / "reuters_facts.gold.jsonl"

pytestmark = pytest.mark.slow


def _articles(ids: set[str]) -> dict[str, Article]:
    path = shared_path("corpus/reuters/articles.jsonl")
    found = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in ids:
                found[row["id"]] = Article(
                    id=row["id"],
                    published_on=date.fromisoformat(row["date"]),
                    title=row["title"],
                    text=row["text"],
                    content_hash="",
                )
    return found


def test_bilateral_balances_found_with_direction_sign_and_period(extractor: Extractor) -> None:
    gold = read_gold(GOLD)
    articles = _articles({g["doc"] for g in gold})
    missed = []
    for record in gold:
        extraction = extractor.extract(articles[record["doc"]])
        facts = [fact_record(f) for f in extraction.facts if f.status == "reported"]
        score = score_article(
            record, [], facts, same_person=same_person, place_within=lambda a, b: a == b
        )
        missed += [m.gold.get("evidence") for m in score.missed]
    assert missed == []


def test_a_countrys_global_surplus_is_not_a_bilateral_figure(extractor: Extractor) -> None:
    articles = _articles({"reuters21578-17202"})
    facts = extractor.extract(articles["reuters21578-17202"]).facts
    assert not [f for f in facts if f.value == 90_000_000_000]
