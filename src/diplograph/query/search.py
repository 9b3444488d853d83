"""Full-text search over sentences (FTS5, BM25), bounded so that no query can hold a core.

FTS5 does its work inside a few calls per matching row: ``NEAR(a a a ...)`` over thousands of
phrases, or two thousand ``OR``-ed terms, ran for minutes on a small store, and SQLite cannot
stop a query inside one such call. So a query is first bounded by what it asks (characters,
terms and operators), then by the CPU time it may take (``Settings.search_seconds``), which
SQLite checks between steps of its program.
"""

from __future__ import annotations

import re

from diplograph.errors import QueryError
from diplograph.models import SearchHit
from diplograph.store.base import Store

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 32  # words, each prefix (tra*) and each word of a "phrase"
MAX_QUERY_OPERATORS = 32  # AND, OR, NOT, NEAR
OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})  # FTS5 reads only these spellings as such

_WORD = re.compile(r"\w+")


def check_query(text: str) -> str:
    """``text`` when it is within the bounds of one query; raises QueryError naming the bound."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long; a search takes at most "
                         f"{MAX_QUERY_CHARS}")  # fmt: skip
    if not text.strip():
        raise QueryError("the query is empty: give at least one word")
    words = _WORD.findall(text)
    operators = sum(1 for w in words if w in OPERATORS)
    terms = len(words) - operators
    if terms > MAX_QUERY_TERMS:
        raise QueryError(f"the query has {terms} terms; a search takes at most "
                         f"{MAX_QUERY_TERMS} (words, prefixes and words of phrases)")  # fmt: skip
    if operators > MAX_QUERY_OPERATORS:
        raise QueryError(f"the query has {operators} operators (AND, OR, NOT, NEAR); a search "
                         f"takes at most {MAX_QUERY_OPERATORS}")  # fmt: skip
    return text


def search_sentences(store: Store, text: str, limit: int, seconds: float) -> list[SearchHit]:
    """Sentences ranked by BM25 for an FTS5 query (words are ANDed), best first.

    Raises QueryError for a query out of bounds or not in FTS5 syntax, and QueryTimeout when it
    takes more than ``seconds`` of CPU time.
    """
    return store.search_sentences(check_query(text), limit, seconds=seconds)


def any_of(words: list[str]) -> str:
    """An FTS5 query matching any of ``words`` (plain words, each quoted so that none reads as
    an operator): the first distinct ones, as many as one query may hold."""
    chosen: list[str] = []
    length = -len(" OR ")
    for word in dict.fromkeys(words):
        length += len(f' OR "{word}"')
        if len(chosen) == MAX_QUERY_TERMS or length > MAX_QUERY_CHARS:
            break
        chosen.append(word)
    return " OR ".join(f'"{w}"' for w in chosen)
