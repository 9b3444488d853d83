"""Benchmark corpora: the first lines of a JSON Lines file, as a file of their own."""

from __future__ import annotations

from itertools import islice
from pathlib import Path


def first_lines(corpus: Path, count: int, target: Path) -> Path:
    """The first ``count`` lines of ``corpus`` written to ``target`` (the corpus itself when
    ``count`` is 0: all of it)."""
    if not count:
        return corpus
    with corpus.open("rb") as source, target.open("wb") as out:
        out.writelines(islice(source, count))
    return target
