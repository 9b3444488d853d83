"""The answers of one store generation: searches for related sentences kept as searches are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import diplograph
from diplograph.errors import QueryTimeout
from diplograph.models import SearchHit
from diplograph.query import answers

from ..conftest import EXAMPLES, settings_for, stand_in_extraction


def test_related_searches_are_kept_per_generation_a_stopped_one_as_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    searched: list[str] = []
    search = answers.search_sentences

    def counted(store: Any, text: str, limit: int, seconds: float) -> list[SearchHit]:
        searched.append(text)
        if text == '"slow"':
            raise QueryTimeout("stopped")
        return search(store, text, limit, seconds)

    monkeypatch.setattr(answers, "search_sentences", counted)
    with diplograph.open(settings=settings_for(tmp_path / "store.db")) as graph:
        graph.ingest([str(EXAMPLES)])
        with graph.store.transaction():
            for article in graph.store.iter_articles():
                graph.store.save_extraction(stand_in_extraction(article.id, article.text), "v")
        text = graph.article("kz-fr-2019").text.split(". ")[0]  # the stand-in's sentence
        word = '"' + max(text.split(), key=len).strip(".,;:") + '"'
        kept = graph.answers()
        first = kept.related(word, 3)
        assert first and first == kept.related(word, 3) == search(graph.store, word, 3, 1.0)
        for _ in range(2):
            with pytest.raises(QueryTimeout):
                kept.related('"slow"', 3)
        assert searched == [word, '"slow"']
        with graph.store.transaction():  # extracted again: a new generation searches again
            article = graph.article("kz-fr-2019")
            graph.store.save_extraction(stand_in_extraction(article.id, article.text), "v")
        assert graph.answers().related(word, 3) == first
        assert searched == [word, '"slow"', word]
