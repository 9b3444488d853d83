"""Figure questions pick a long list's figures of the asked periods from columns of their spans
(``answer_figures._Columns``), and keep what they derive from a whole list beside it: the same
figures, and the same answers, as a test of each figure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import diplograph
from diplograph.config import Settings
from diplograph.query import answer_figures
from diplograph.query.answer_figures import _bounds, _Columns, _Scan
from diplograph.query.facts import Citation, Figures, Observation

from ..conftest import shared_path

_ANCHOR = st.builds(
    lambda y, m, d, size: f"{y}-{m:02d}-{d:02d}"[:size],
    st.integers(2018, 2023), st.integers(1, 12), st.integers(1, 28), st.sampled_from([4, 7, 10]),
)  # fmt: skip
_PERIOD = st.one_of(st.none(), _ANCHOR, st.builds(lambda a, b: f"{min(a, b)}/{max(a, b)}",
                                                  _ANCHOR, _ANCHOR))  # fmt: skip
_PUBLISHED = st.one_of(st.none(), st.dates(dt.date(2018, 1, 1), dt.date(2023, 12, 31)))


def _observation(period: str | None, published: dt.date | None) -> Observation:
    cited = (Citation("a", published, "A sentence.", 0, 11),)
    return Observation("companies", "FRA", "KAZ", period, 1.0, "count", "", "reported", cited)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PERIOD, _PUBLISHED), max_size=40), _PERIOD.filter(bool), _ANCHOR)
def test_columns_pick_the_figures_a_scan_picks_in_the_same_order(
    listed: list[tuple[str | None, dt.date | None]], asked: str, other: str
) -> None:
    found = [_observation(period, published) for period, published in listed]
    columns, scan = _Columns(found), _Scan()
    for low, high in (_bounds(asked), (_bounds(min(asked, other))[0], _bounds(other)[1])):
        assert columns.inside(found, low, high) == scan.inside(found, low, high)
        assert columns.overlapping(found, low, high) == scan.overlapping(found, low, high)


def test_what_is_derived_from_a_list_of_figures_is_kept_beside_it() -> None:
    figures = Figures([_observation("2020", None)])
    built: list[int] = []
    for _ in range(2):
        assert figures.kept("count", lambda f: built.append(1) or len(f)) == 1
    assert built == [1] and figures == [_observation("2020", None)]


def _figure_questions() -> list[str]:
    folder = Path(__file__).parent / "fixtures"
    entries = [e for name in ("questions.yaml", "questions_heldout.yaml")
               for e in yaml.safe_load((folder / name).read_text(encoding="utf-8"))]  # fmt: skip
    asked = [e["q"] for e in entries if e.get("corpus") == "seeds" and e.get("intent") == "figure"]
    return [
        *asked,
        "How did trade between Kazakhstan and the UK change from 2019 to 2023?",
        "trade turnover Kazakhstan UK 2021 and 2022", "French companies in Kazakhstan 1990",
        "What is the trade turnover between Kazakhstan and Britain?",
        "investment of France in Kazakhstan from 2015 to 2022",
    ]  # fmt: skip


@pytest.mark.slow
def test_figure_answers_from_columns_equal_a_scan_of_every_figure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = _figure_questions()
    answered: list[list[dict[str, Any]]] = []
    path = tmp_path / "seeds.db"
    with diplograph.open(settings=Settings(db_path=path)) as graph:
        graph.ingest([str(shared_path("corpus/seeds"))])
        graph.extract()
    # every list as columns, then none, then every list prepared ahead (the server's warm-up)
    for columns_from, ahead in ((0, False), (10**9, False), (1, True)):
        monkeypatch.setattr(answer_figures, "COLUMNS_FROM", columns_from)
        with diplograph.open(settings=Settings(db_path=path)) as graph:
            if ahead:
                assert graph.answers().figure_columns() > 0
            answered.append([graph.ask(q).to_json() for q in questions])
    assert sum(a["found"] for a in answered[1]) >= len(questions) // 2
    for question, new, old, prepared in zip(questions, *answered, strict=True):
        assert new == old == prepared, question


def test_a_prepared_list_keeps_what_questions_derive_from_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(answer_figures, "COLUMNS_FROM", 2)
    figures = Figures([_observation("2019", None), _observation("2021", None)])
    answer_figures.prepare(figures)
    assert set(figures.__dict__["_kept"]) == {"spans", "latest", "earlier", "held"}
    assert figures.kept("latest", lambda _: None).period == "2021"
    short = Figures([_observation("2019", None)])
    answer_figures.prepare(short)  # below COLUMNS_FROM: nothing is kept
    assert "_kept" not in short.__dict__
