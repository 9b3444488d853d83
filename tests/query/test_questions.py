"""Free-phrased questions over the seeds, kz-dev and the wire-story dev set, with expected answers
(tests/query/fixtures/questions.yaml): at least 90% right with a citation, and no answer given to
a question the graph cannot answer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import diplograph
from diplograph.config import Settings
from diplograph.graph import Graph
from diplograph.query.answering import Answer

from ..conftest import shared_path

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).parent / "fixtures"
# questions.yaml: 135 written first, the reader tuned on them; questions_heldout.yaml: 60
# written apart by someone who never ran `ask` (57 of 60 right before it was looked at)
SETS = ("questions.yaml", "questions_heldout.yaml")
CORPORA = {
    "seeds": "corpus/seeds",
    "kzdev": "corpus/kz-dev",
    "reuters": "corpus/reuters/dev_gold_articles.jsonl",
}


def _questions(name: str) -> list[dict[str, Any]]:
    entries = yaml.safe_load((FIXTURES / name).read_text(encoding="utf-8"))
    assert isinstance(entries, list) and len(entries) >= 60
    return entries


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Graph]:
    folder = tmp_path_factory.mktemp("questions")
    opened: dict[str, Graph] = {}
    for name, relative in CORPORA.items():
        source = shared_path(relative)
        graph = diplograph.open(settings=Settings(db_path=folder / f"{name}.db"))
        graph.ingest([str(source)])
        graph.extract()  # what `diplograph ingest` does after storing
        opened[name] = graph
    yield opened
    for graph in opened.values():
        graph.close()


def verdict(entry: dict[str, Any], answer: Answer) -> str | None:
    """Why an answer is wrong, or None when it is right (with a citation where one is due)."""
    if not entry["answered"]:
        return None if not answer.found and not answer.sources else "answered the unanswerable"
    if not answer.found:
        return "no answer"
    if not answer.sources:
        return "no citation"
    seen = " ".join([answer.answer, json.dumps(answer.items, default=str),
                     json.dumps(answer.value, default=str)]).lower()  # fmt: skip
    missing = [e for e in entry.get("expect") or [] if str(e).lower() not in seen]
    if missing:
        return f"missing {missing}"
    if entry.get("value") is not None:
        values = [answer.value] + [i.get("value") for i in answer.items]
        wanted = float(entry["value"])
        if not any(isinstance(v, int | float) and abs(v - wanted) <= 0.01 * abs(wanted)
                   for v in values):  # fmt: skip
            return f"value {answer.value} is not {wanted}"
    return None


@pytest.mark.parametrize("name", SETS)
def test_free_phrased_questions_are_answered_with_citations(
    graphs: dict[str, Graph], name: str
) -> None:
    wrong: list[str] = []
    entries = _questions(name)
    for entry in entries:
        answer = graphs[entry["corpus"]].ask(entry["q"])
        why = verdict(entry, answer)
        if why:
            wrong.append(f"{entry['corpus']}: {entry['q']!r}: {why}: {answer.answer[:160]!r}")
    right = 1 - len(wrong) / len(entries)
    print(f"\n{len(entries) - len(wrong)} of {len(entries)} right ({right:.0%})")
    print("\n".join(wrong))
    assert right >= 0.90, "\n".join(wrong)


@pytest.mark.parametrize("name", SETS)
def test_no_answer_is_invented_for_a_question_the_graph_cannot_answer(
    graphs: dict[str, Graph], name: str
) -> None:
    invented = [
        e["q"]
        for e in _questions(name)
        if not e["answered"] and graphs[e["corpus"]].ask(e["q"]).found
    ]
    assert not invented


@pytest.mark.parametrize(
    "question",
    ["Did Tokayev visit Narnia?", "When did Macron meet Putin?", "trade between Kazakhstan and "
     "Narnia", "Which European capitals did Funaro visit?", "What did Reagan and Gorbachev sign?"],
)  # fmt: skip
def test_a_name_the_graph_does_not_know_gets_no_answer(
    graphs: dict[str, Graph], question: str
) -> None:
    answer = graphs["seeds"].ask(question)
    assert not answer.found and not answer.sources, answer.answer
