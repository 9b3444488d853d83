"""Storing what was read: batches of one transaction, fingerprints on every core, the ids an
article may take, and its nearest earlier story (near-duplicates join the first copy).

``Graph.ingest`` reads sources (``read_all``) and hands the articles and problems to an
``ArticleWriter``; the SQLite writes stay in one process and in input order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from itertools import islice
from pathlib import Path

from diplograph.config import Settings
from diplograph.ingest.dedup import Fingerprint, Fingerprinter
from diplograph.ingest.ids import folder_ids, legacy_id, same_input
from diplograph.ingest.sources import Source, read_source
from diplograph.models import Article, IngestReport, Problem
from diplograph.store.base import Store
from diplograph.workers import WorkerPool

Read = tuple[Article | Problem, Path | None]  # with the file it came from (ids from file names)
ProgressCallback = Callable[[int], None]
PARALLEL_FROM = 200  # texts in a batch before fingerprints are spread over processes


def read_all(
    sources: Iterable[Source | Problem],
    settings: Settings,
    fmt: str,
    published_on: date | None,
    on_progress: ProgressCallback | None = None,
) -> Iterator[Read]:
    """Every article and problem of the sources, with the file each came from; ``on_progress``
    gets the bytes consumed."""
    for source in sources:
        if isinstance(source, Problem):
            yield source, None
            continue
        for item, consumed in read_source(source, settings, fmt, published_on):
            if on_progress:
                on_progress(consumed)
            yield item, source.path


@dataclass
class _Tally:
    new: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0


def _fingerprint_part(printer: Fingerprinter, texts: list[str]) -> list[Fingerprint]:
    return [printer(t) for t in texts]


def _fingerprints(pool: WorkerPool[Fingerprinter], texts: list[str]) -> Iterator[Fingerprint]:
    """The texts' fingerprints in order: in the pool's processes once a batch is large."""
    if pool.processes < 2 or len(texts) < PARALLEL_FROM:
        return iter([pool.state(t) for t in texts])
    step = max(1, len(texts) // (pool.processes * 4))
    parts = [texts[i : i + step] for i in range(0, len(texts), step)]
    return iter([p for part in pool.imap(_fingerprint_part, parts) for p in part])


class ArticleWriter:
    """Stores articles into one store (see the module's text)."""

    def __init__(self, store: Store, fingerprint: Fingerprinter, settings: Settings) -> None:
        self.store = store
        self.fingerprint = fingerprint
        self.settings = settings

    def store_all(self, items: Iterator[Read]) -> IngestReport:
        """Store what was read, in batches of one transaction each; see ``Graph.ingest``."""
        tally, problems, ids = _Tally(), list[Problem](), list[str]()
        with WorkerPool(self.fingerprint, self.settings.ingest_processes) as prints:
            while True:
                chunk = list(islice(items, self.settings.ingest_batch_size))
                if not chunk:
                    break
                self._store_chunk(chunk, prints, tally, problems, ids)
        return IngestReport(
            new=tally.new,
            unchanged=tally.unchanged,
            duplicates=tally.duplicates,
            rejected=tally.rejected,
            problems=tuple(problems),
            article_ids=tuple(ids),
        )

    def _store_chunk(
        self,
        chunk: list[Read],
        prints: WorkerPool[Fingerprinter],
        tally: _Tally,
        problems: list[Problem],
        ids: list[str],
    ) -> None:
        """One transaction: fingerprints first (on every core), then the writes in order."""
        found = _fingerprints(prints, [i.text for i, _ in chunk if isinstance(i, Article)])
        with self.store.transaction():
            for item, path in chunk:
                outcome = (
                    self._store_article(item, next(found), path)
                    if isinstance(item, Article)
                    else item
                )
                if isinstance(outcome, Problem):
                    self.store.record_problem(outcome)
                    problems.append(outcome)
                    tally.rejected += 1
                    continue
                kind, stored_id = outcome
                setattr(tally, kind, getattr(tally, kind) + 1)
                ids.append(stored_id)

    def _store_article(
        self, article: Article, print_: Fingerprint, path: Path | None
    ) -> tuple[str, str] | Problem:
        """('new', 'unchanged' or 'duplicates', the id stored under); a Problem when the id is
        taken by other text that came from the same input.

        An id taken by another file's article (two index.html in different folders) is not
        theirs to share: the article takes its folder names in front (``b~2Findex``). An input
        stored by an earlier version under a collapsed id (``a-b`` for ``a/b``) is found there.
        """
        state = self.store.article_state(article.id)
        if state is None:
            earlier = legacy_id(article.id)
            if earlier != article.id and self._holds(earlier, article.content_hash):
                return "unchanged", earlier
            return self._insert(article, print_), article.id
        if state[0] == article.content_hash:
            return "unchanged", article.id
        alternatives = folder_ids(article, path)
        if alternatives and not self._same_input(article):
            for other_id in alternatives:
                other = self.store.article_state(other_id)
                if other is None:
                    return self._insert(replace(article, id=other_id), print_), other_id
                if other[0] == article.content_hash:
                    return "unchanged", other_id
        return Problem(
            origin=article.origin,
            article_id=article.id,
            reason=f"article id {article.id!r} is already stored with different text; "
            "give this version another id (nothing stored was changed)",
        )

    def _holds(self, article_id: str, content_hash: str) -> bool:
        state = self.store.article_state(article_id)
        return state is not None and state[0] == content_hash

    def _same_input(self, article: Article) -> bool:
        stored = self.store.get_article(article.id)
        return stored is None or same_input(stored.origin, article.origin)

    def _insert(self, article: Article, print_: Fingerprint) -> str:
        # An exact copy shares every band, so the band lookup finds it too (similarity 1.0).
        story_id, similarity = self._nearest_story(print_)
        self.store.insert_article(
            article,
            story_id=story_id,
            similarity=similarity if story_id else None,
            signature=print_.signature,
            bands=print_.bands,
        )
        return "duplicates" if story_id else "new"

    def _nearest_story(self, print_: Fingerprint) -> tuple[str | None, float]:
        best: tuple[str | None, float] = (None, 0.0)
        for candidate, signature in self.store.similar_candidates(print_.bands):
            score = print_.similarity(signature)
            if score >= self.settings.near_duplicate_threshold and score > best[1]:
                best = (candidate, score)
        return best
