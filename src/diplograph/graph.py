"""The Python API: ``diplograph.open(path)`` gives a Graph with every operation of the CLI."""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplograph.config import Settings
from diplograph.errors import NotFoundError, StoreError
from diplograph.ingest.dedup import Fingerprinter
from diplograph.ingest.sources import Source, expand_paths
from diplograph.ingest.storing import ArticleWriter, read_all
from diplograph.models import (
    Article,
    ArticleSummary,
    Event,
    Extraction,
    IngestReport,
    Problem,
    SearchHit,
    StoreCheck,
)
from diplograph.query.cache import AnswerCache, DirectBuilds
from diplograph.store import SQLiteStore, Store, is_postgres_url, open_store
from diplograph.store.backup import remove_database

if TYPE_CHECKING:
    from diplograph.distributed import DaskOptions
    from diplograph.extract.pipeline import Extractor
    from diplograph.knowledge import Knowledge
    from diplograph.models import EventFilter
    from diplograph.offices import OfficeTerm
    from diplograph.query.answering import Answer
    from diplograph.query.answers import Answers
    from diplograph.query.facts import Observation
    from diplograph.query.graph import GraphView
    from diplograph.query.stored import ResolutionReport
    from diplograph.resolve.agreements import Agreement
    from diplograph.resolve.events import ResolvedEvent

ProgressCallback = Callable[[int], None]


@dataclass(frozen=True)
class StoreStatus:
    path: str
    schema_version: int
    counts: dict[str, int]


@dataclass(frozen=True)
class ExtractReport:
    articles: int
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class BackupReport:
    """Where a backup was written, its size, and its check (``check --quick``)."""

    path: str
    bytes: int
    check: StoreCheck

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "bytes": self.bytes, "check": self.check.to_json()}


@dataclass(frozen=True)
class RestoreReport:
    """The backup a store was restored from, where the previous store was kept (None when it
    was removed once the restored store passed its check), and that check."""

    source: str
    previous: str | None
    check: StoreCheck

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "previous": self.previous, "check": self.check.to_json()}


class Graph:
    """A diplograph store and the operations on it. Close it when done (or use ``with``)."""

    def __init__(
        self,
        settings: Settings,
        *,
        cache: AnswerCache | None = None,
        knowledge: Knowledge | None = None,
    ) -> None:
        """``cache``: answers shared with other Graphs on the same store (``serve`` shares one
        between its connections); by default the Graph keeps its own. ``knowledge``: the
        packaged countries and places, when the caller has them loaded already."""
        self.settings = settings
        self.store: Store = open_store(settings.store_location)
        self.fingerprint = Fingerprinter(settings.minhash_permutations, settings.shingle_words)
        self._extractor: Extractor | None = None
        self._knowledge = knowledge
        self._shared_cache = cache is not None
        self._cache = cache if cache is not None else AnswerCache(DirectBuilds(self.store))

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- ingest -----------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str],
        *,
        fmt: str = "auto",
        published_on: date | None = None,
        on_progress: ProgressCallback | None = None,
        stdin: bytes | None = None,
    ) -> IngestReport:
        """Read articles from files, folders, globs or '-', and store the new ones.

        Idempotent: an article already stored is unchanged; a near-duplicate becomes a further
        copy of the first story. Bad input is recorded as a problem and never stops the batch.
        Articles are committed in batches, so a killed run loses at most the open batch.
        """
        read = read_all(expand_paths(paths, stdin), self.settings, fmt, published_on, on_progress)
        return self._writer().store_all(read)

    def ingest_bytes(
        self,
        data: bytes,
        name: str,
        *,
        origin: str | None = None,
        fmt: str = "auto",
        published_on: date | None = None,
    ) -> IngestReport:
        """``ingest`` for a file's bytes held in memory (an upload): ``name`` is its file name
        (it gives a lone article its id and a format its suffix), ``origin`` where it came
        from, as problems and articles record it (default: the name)."""
        source = Source(origin=origin or name, path=None, size=len(data), data=data, name=name)
        return self._writer().store_all(read_all([source], self.settings, fmt, published_on))

    def _writer(self) -> ArticleWriter:
        return ArticleWriter(self.store, self.fingerprint, self.settings)

    # -- extraction -------------------------------------------------------------------------

    def extractor(self) -> Extractor:
        """The extraction pipeline, loaded on first use (a few seconds) and kept."""
        if self._extractor is None:
            from diplograph.extract.lexicon import load_lexicon
            from diplograph.extract.pipeline import Extractor
            from diplograph.offices import holders_with

            holders = holders_with(self.store.office_terms())
            self._extractor = Extractor(load_lexicon(holders=holders))
        return self._extractor

    def import_roles(self, path: Path) -> int:
        """Load a table of office holders (CSV: country, role, person, start, end).

        Every row is validated first; a bad row raises ConfigError naming the file and line,
        and nothing is stored. Later extractions use the imported terms.
        """
        from diplograph.offices import read_office_holders_csv

        terms = read_office_holders_csv(path)
        with self.store.transaction():
            count = self.store.save_office_terms(terms)
        self._extractor = None
        return count

    def extract(
        self,
        *,
        force: bool = False,
        on_progress: ProgressCallback | None = None,
        dask: DaskOptions | None = None,
    ) -> ExtractReport:
        """Extract every story not yet extracted by this version (all of them with ``force``).

        With ``dask`` the stories are extracted on a Dask cluster in partitions and each
        partition is written here in one transaction (``diplograph.distributed``); the stored
        rows are the same as without. Either way a stopped run keeps what it wrote, and the
        next run extracts only the stories still pending.
        """
        from diplograph.extract.pipeline import EXTRACTOR_VERSION

        ids = (
            [a.id for a in self.store.iter_articles()]
            if force
            else self.store.unextracted_stories(EXTRACTOR_VERSION)
        )
        done, problems = 0, []
        batches = self._extracted_on_dask(ids, dask) if dask else self._extracted_here(ids)
        with closing(batches):
            for batch in batches:
                with self.store.transaction():
                    for result in batch:
                        if isinstance(result, Problem):
                            self.store.record_problem(result)
                            problems.append(result)
                        else:
                            self.store.save_extraction(result, EXTRACTOR_VERSION)
                            done += 1
                if on_progress:
                    on_progress(len(batch))
        if done and self.keeps_resolution():
            self.resolve()  # the stored resolution follows the articles as they arrive
        return ExtractReport(articles=done, problems=tuple(problems))

    def keeps_resolution(self) -> bool:
        """Whether the store keeps a resolved graph (``resolve`` made one)."""
        from diplograph.query.stored import has_resolution

        return has_resolution(self.store)

    def resolve(self, *, again: bool = False) -> ResolutionReport:
        """Keep the resolved graph in the store, brought up to date with the articles extracted
        since it was last written (everything the first time, or with ``again``): a server that
        starts then reads a pair's resolved events instead of resolving the whole store.
        Later extractions keep it up to date."""
        from diplograph.query.stored import update_resolution

        return update_resolution(self.store, self.knowledge(), again=again)

    def _extracted_here(self, ids: list[str]) -> Generator[list[Extraction | Problem], None, None]:
        """Each story's result alone (one transaction each), from this process or its forks."""
        articles = (self.article(article_id) for article_id in ids)
        workers = self.settings.extract_processes if len(ids) >= self.settings.parallel_from else 1
        for _article, result in self.extractor().extract_many(articles, n_process=workers):
            yield [result]

    def _extracted_on_dask(
        self, ids: list[str], options: DaskOptions
    ) -> Generator[list[Extraction | Problem], None, None]:
        """Each partition's results, as the Dask workers finish them."""
        from diplograph.distributed import DaskExtraction, ExtractorSpec

        if not ids:
            return
        spec = ExtractorSpec.of(self.store.office_terms())
        with DaskExtraction(options, spec) as cluster:
            for pairs in cluster.run(self.article(article_id) for article_id in ids):
                yield [result for _article, result in pairs]

    def pending_extractions(self) -> int:
        """How many stories ``extract`` (without ``force``) would extract now."""
        from diplograph.extract.pipeline import EXTRACTOR_VERSION

        return len(self.store.unextracted_stories(EXTRACTOR_VERSION))

    def extraction(self, article_id: str) -> Extraction:
        """What was extracted from one article (raises NotFoundError if nothing yet)."""
        self.article(article_id)
        found = self.store.load_extraction(article_id)
        if found is None:
            raise NotFoundError(
                f"article {article_id!r} has not been extracted yet; run `diplograph extract`"
            )
        return found

    def extraction_if_any(self, article_id: str) -> Extraction | None:
        """What was extracted from one article, or None before it is extracted."""
        return self.store.load_extraction(article_id)

    # -- figures ------------------------------------------------------------------------------

    def knowledge(self) -> Knowledge:
        """The packaged countries, organisations and places, loaded on first use."""
        from diplograph.knowledge import load_knowledge

        if self._knowledge is None:
            self._knowledge = load_knowledge()
        return self._knowledge

    def country(self, text: str) -> str:
        """An ISO 3166-1 alpha-3 code from a code or any name, demonym or capital."""
        code = self.knowledge().code_of(text)
        if code is None:
            raise NotFoundError(f"{text!r} names no country; use an ISO code such as KAZ")
        return code

    def answers(self) -> Answers:
        """The answers of the store as it is now, each built once per store version and shared
        by every Graph on this Graph's cache (``query.answers``; countries as ISO codes)."""
        from diplograph.query.answers import Answers

        derived = self._cache.current(self.store)
        return Answers(derived, self.knowledge, self.settings.search_seconds)

    def facts(
        self,
        *,
        indicator: str | None = None,
        of: str | None = None,
        in_: str | None = None,
        include_targets: bool = False,
    ) -> list[Observation]:
        """Observations of figures, each with its citations; conflicts flagged, never averaged."""
        from diplograph.query.facts import FigureFilter

        wanted = FigureFilter(
            indicator, self.country(of) if of else None, self.country(in_) if in_ else None,
            include_targets,
        )  # fmt: skip
        return list(self.answers().facts(wanted))

    def series(self, indicator: str, a: str, b: str) -> list[Observation]:
        """One indicator between two countries over time (a = of, b = in where it matters)."""
        return list(self.answers().series(indicator, self.country(a), self.country(b)))

    # -- the resolved graph --------------------------------------------------------------------

    def view(self) -> GraphView:
        """People, events and agreements resolved across every stored article (built once per
        store version; treat it as read-only)."""
        return self.answers().view()

    def timeline(
        self,
        a: str,
        b: str,
        *,
        start: str | None = None,
        end: str | None = None,
        status: str | None = None,
    ) -> tuple[list[ResolvedEvent], list[ResolvedEvent]]:
        """Events between two countries: (occurred in date order, planned), with citations."""
        return self.answers().timeline(self.country(a), self.country(b), start, end, status)

    def who_met(self, name: str) -> list[tuple[str, ResolvedEvent]]:
        return self.view().who_met(name)

    def role(self, country: str, role: str, on: date | None = None) -> OfficeTerm | None:
        return self.view().role(self.country(country), role, on)

    def role_of(self, name: str, on: date | None = None) -> list[OfficeTerm]:
        return self.view().role_of(name, on)

    def agreement(self, name: str) -> Agreement | None:
        return self.view().agreement(name)

    def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Sentences ranked by BM25 (FTS5 query syntax; plain words must all occur), within the
        bounds of ``diplograph.query.search``: QueryError past them, QueryTimeout past
        ``settings.search_seconds``."""
        return list(self.answers().search(text, limit))

    def ask(self, question: str) -> Answer:
        """A question in the user's own words answered from the graph (diplograph.query.ask);
        ``answer.reading`` says how it was read."""
        return self.answers().ask(question)

    def events(
        self, query: EventFilter, limit: int = 100, offset: int = 0
    ) -> tuple[list[Event], int]:
        """Events as each article reports them (not merged), in date order (undated first),
        one page, and how many the filter keeps in all."""
        from diplograph.store.api_queries import list_events

        return list_events(self.store, query, limit, offset)

    # -- reading ----------------------------------------------------------------------------

    def status(self) -> StoreStatus:
        return StoreStatus(
            path=self.store.location,
            schema_version=self.store.schema_version(),
            counts=self.store.counts(),
        )

    # -- integrity, backup and restore -----------------------------------------------------------

    def check(self, *, quick: bool = False) -> StoreCheck:
        """Whether the store is sound: SQLite's integrity check, foreign keys, both full-text
        indexes, orphaned or duplicated rows; and how many stories an older extractor made
        (a warning: `diplograph extract` updates them). ``quick`` never takes the write lock."""
        return _check_store(self.store, quick=quick)

    def backup(self, path: str | Path, *, force: bool = False) -> BackupReport:
        """A consistent copy of the store at ``path`` (SQLite's online backup: safe while
        other processes write), then checked. An existing file is replaced only with ``force``."""
        store = self._sqlite("backup")
        target = Path(path)
        self._refuse_own_file(target, "back up the store onto itself")
        if target.is_dir():
            raise StoreError(f"{target} is a folder; give the backup's file name")
        if target.exists() and not force:
            raise StoreError(f"{target} exists; pass --force to overwrite it")
        from diplograph.extract.pipeline import EXTRACTOR_VERSION

        size = store.backup(target)
        verdict = SQLiteStore.check_file(target, EXTRACTOR_VERSION)
        return BackupReport(path=str(target), bytes=size, check=verdict)

    def restore(self, path: str | Path, *, keep_previous: bool = False) -> RestoreReport:
        """Replace the store with the backup at ``path``. The backup is copied and checked
        first (a failing one changes nothing); the store is copied aside, replaced in one
        transaction and checked again, and put back if that check fails. The copy aside is
        removed once the restored store passes, unless ``keep_previous``."""
        store = self._sqlite("restore")
        source = Path(path)
        self._refuse_own_file(source, "restore the store from itself")
        name = store.path.name
        candidate = store.path.with_name(f".{name}.restoring-{os.getpid()}")
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        previous = store.path.with_name(f"{name}.before-restore-{stamp}")
        try:
            SQLiteStore.copy_file(source, candidate)
            with SQLiteStore(candidate) as staged:  # an older backup is migrated here
                _require_ok(_check_store(staged), f"{source} fails the check; nothing was changed")
            store.backup(previous)
            store.replace_with(candidate)
        finally:
            remove_database(candidate)
        self._reopen()
        verdict = self.check()
        if not verdict.ok:
            self._sqlite("restore").replace_with(previous)
            self._reopen()
            _require_ok(verdict, f"the store restored from {source} fails the check; the "
                        f"previous store was put back (a copy stays at {previous})")  # fmt: skip
        if not keep_previous:
            remove_database(previous)
        return RestoreReport(str(source), str(previous) if keep_previous else None, verdict)

    def _sqlite(self, doing: str) -> SQLiteStore:
        """The store as an SQLite file; StoreError for what only a file has."""
        if not isinstance(self.store, SQLiteStore):
            raise StoreError(
                f"{doing} works on an SQLite file and {self.store.location} is a PostgreSQL "
                "database; `diplograph copy` copies a store to a file or another database "
                "(and fills a new one from a backup file), or use PostgreSQL's pg_dump"
            )
        return self.store

    def _refuse_own_file(self, path: Path, doing: str) -> None:
        if path.resolve() == self._sqlite(doing).path.resolve():
            raise StoreError(f"{path} is this store's own file: cannot {doing}")

    def _reopen(self) -> None:
        """A fresh connection (and extractor: office terms come from the store) after the
        whole store was replaced."""
        self.store.close()
        self.store = open_store(self.settings.store_location)
        self._extractor = None
        if not self._shared_cache:
            self._cache = AnswerCache(DirectBuilds(self.store))

    def problems(self) -> list[Problem]:
        return self.store.list_problems()

    def articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        return self.store.list_articles(limit, offset)

    def article(self, article_id: str) -> Article:
        found = self.store.get_article(article_id)
        if found is None:
            raise NotFoundError(f"no article with id {article_id!r}; see `diplograph articles`")
        return found

    def copies(self, article_id: str) -> list[Article]:
        return self.store.copies_of(article_id)


def _check_store(store: Store, *, quick: bool = False) -> StoreCheck:
    from diplograph.extract.pipeline import EXTRACTOR_VERSION

    return store.check(EXTRACTOR_VERSION, quick=quick)


def _require_ok(verdict: StoreCheck, what: str) -> None:
    if not verdict.ok:
        failed = "; ".join(f"{f.name}: {f.detail}" for f in verdict.failed)
        raise StoreError(f"{what} ({failed})")


@dataclass(frozen=True)
class CopyReport:
    """Where a store was copied from and to, and the rows copied per table."""

    source: str
    target: str
    rows: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "rows": self.rows}


def copy_store(source: str | Path, target: str | Path) -> CopyReport:
    """Copy the store at ``source`` into a new (empty) store at ``target``, losslessly, ids
    included: an SQLite file or a PostgreSQL URL on either side (`diplograph copy`). The
    PostgreSQL way to back up, and the way from one kind of store to the other."""
    from diplograph.store.copying import copy_store as copy_rows

    if str(source) == str(target):
        raise StoreError(f"{source} is both the source and the target of the copy")
    if not is_postgres_url(source) and not Path(source).is_file():
        raise StoreError(f"{source}: no store there")
    with open_store(source) as origin, open_store(target) as destination:
        rows = copy_rows(origin, destination)
        return CopyReport(origin.location, destination.location, rows)


# Shadows the builtin on purpose: callers write diplograph.open(path), like sqlite3.connect.
def open(
    path: str | Path | None = None,
    settings: Settings | None = None,
    *,
    cache: AnswerCache | None = None,
    knowledge: Knowledge | None = None,
) -> Graph:
    """Open (creating if needed) the store at ``path``, ``$DIPLOGRAPH_DB`` or ./diplograph.db.
    ``cache`` and ``knowledge`` are shared with other Graphs when given (see ``Graph``)."""
    if settings is None:
        settings = Settings.from_env(path)
    return Graph(settings, cache=cache, knowledge=knowledge)
