"""Questions that cannot be answered as written: a clear QueryError, in the CLI one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from diplograph.errors import QueryError
from diplograph.knowledge import load_knowledge
from diplograph.models import SearchHit
from diplograph.offices import OfficeHolders
from diplograph.query.answering import Sources
from diplograph.query.ask import MAX_QUESTION_CHARS, ask, make_sources
from diplograph.query.graph import GraphView
from diplograph.query.search import MAX_QUERY_TERMS
from diplograph.resolve.people import PeopleIndex


def _no_view() -> Any:
    raise AssertionError("the graph view was built for a question that does not need it")


def _sources(view: Any = _no_view, search: Any = lambda *a: []) -> Sources:
    return make_sources(view, lambda *a: [], search, load_knowledge())


@pytest.mark.parametrize(
    ("question", "day"),
    [("Who was the president of Kazakhstan on 2023-02-30?", "2023-02-30"),
     ("Who was the president of Kazakhstan in 0000?", "0000"),
     ("Who is the prime minister of France on 9999-99-99?", "9999-99-99")],
)  # fmt: skip
def test_an_impossible_date_is_a_query_error_naming_it(question: str, day: str) -> None:
    class View:
        latest = None

    with pytest.raises(QueryError, match=day):
        ask(question, _sources(View))


def test_a_question_over_the_limit_is_refused_before_any_work() -> None:
    question = "Whom did " + "Tokayev " * MAX_QUESTION_CHARS + "meet?"
    with pytest.raises(QueryError, match=f"at most {MAX_QUESTION_CHARS}"):
        ask(question, _sources())


def test_the_fallback_search_quotes_words_and_keeps_within_the_search_bounds() -> None:
    asked: list[str] = []

    def search(text: str, limit: int) -> list[SearchHit]:
        asked.append(text)
        return []

    words = " ".join(f"word{n}" for n in range(60))

    view = GraphView(PeopleIndex([]), [], [], load_knowledge(), OfficeHolders([]), None, [])
    answer = ask(f"Is NEAR OR NOT {words} true?", _sources(lambda: view, search=search))
    assert not answer.found
    assert asked[0].startswith('"near" OR "not" OR "word0"')  # operators' spellings are words
    assert asked[0].count(" OR ") == MAX_QUERY_TERMS - 1


def test_figure_questions_never_build_the_graph_view() -> None:
    answer = ask("How many French companies operate in Kazakhstan?", _sources())
    assert answer.kind == "figure" and answer.reading["indicators"] == ["companies"]


def test_the_cli_prints_one_error_line_for_an_impossible_date(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "diplograph", "--db", str(tmp_path / "empty.db"), "ask",
         "Who was the president of Kazakhstan on 2023-02-30?"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: 2023-02-30 is not a date")
