"""The graph does not depend on the order articles arrive in, and grows as they arrive."""

from __future__ import annotations

from pathlib import Path

import pytest

import diplograph
from diplograph.config import Settings

from .conftest import shared_path

pytestmark = pytest.mark.slow


def _snapshot(graph: diplograph.Graph) -> dict[str, object]:
    occurred, planned = graph.timeline("KAZ", "GBR")
    return {
        "timeline": [(e.type, e.mode, e.date, sorted(e.people), e.article_ids) for e in occurred],
        "planned": [(e.type, e.mode, sorted(e.people), e.article_ids) for e in planned],
        "met": [(p, e.date) for p, e in graph.who_met("Roman Vasilenko")],
        "turnover": [(o.period, o.value) for o in graph.series("trade_turnover", "GBR", "KAZ")],
    }


def test_ingestion_order_does_not_change_the_graph(tmp_path: Path) -> None:
    seeds = sorted(shared_path("corpus/seeds").glob("*.txt"))
    snapshots = []
    for name, order in (("forward", seeds), ("backward", list(reversed(seeds)))):
        with diplograph.open(settings=Settings(db_path=tmp_path / f"{name}.db")) as graph:
            for path in order:  # one article at a time, extracting as they arrive
                graph.ingest([str(path)])
                graph.extract()
            snapshots.append(_snapshot(graph))
    assert snapshots[0] == snapshots[1]
    assert snapshots[0]["met"]  # and the graph is not empty


def test_new_articles_update_the_graph(tmp_path: Path) -> None:
    seeds = sorted(shared_path("corpus/seeds").glob("*.txt"))
    with diplograph.open(settings=Settings(db_path=tmp_path / "grow.db")) as graph:
        graph.ingest([str(p) for p in seeds[:3]])
        graph.extract()
        before = graph.agreement("Strategic Partnership and Cooperation Agreement")
        graph.ingest([str(p) for p in seeds[3:]])
        report = graph.extract()
        assert report.articles == len(seeds) - 3  # only the new stories are extracted
        after = graph.agreement("Strategic Partnership and Cooperation Agreement")
    assert before is None
    assert after is not None and after.status == "planned"
