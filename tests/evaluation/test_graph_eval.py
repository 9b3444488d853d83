from __future__ import annotations

import pytest

from diplograph.evaluation.graph import run_graph_eval

from ..conftest import shared_path

pytestmark = pytest.mark.slow


def test_every_seed_graph_question_passes() -> None:
    report = run_graph_eval(
        shared_path("gold/seeds.graph.json"), shared_path("corpus/seeds")
    ).to_json()
    failed = [q for q in report["queries"] + report["same_entity"] if not q["passed"]]
    assert failed == []
    assert report["total"] == 7
