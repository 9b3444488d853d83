"""Extraction on a Dask cluster (``ingest --dask``, ``extract --dask``): the same extractions
as one process, from worker processes on this machine or others.

This process reads the pending stories from the store and sends them in partitions; each task
carries its partition's articles (workers on other machines cannot read the SQLite file) and
what the extractor is built from (the office terms imported into the store). Each worker
process builds one Extractor, spaCy included, on its first partition and keeps it. Finished
partitions come back as they finish, and the caller (``Graph.extract``) writes each in one
transaction: one writer, so the store never sees two. A partition that keeps failing after its
retries comes back as one problem per story, and the run goes on. A run that is stopped leaves
the partitions written so far; the next run sends only stories still lacking an extraction.

Dask is imported here only, and only when a run starts: ``pip install 'diplograph[dask]'``.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from diplograph.errors import DiplographError
from diplograph.extract.pipeline import EXTRACTOR_VERSION, Extractor
from diplograph.models import Article, Extraction, Problem
from diplograph.offices import OfficeTerm

PARTITION_CHARS = 4_000_000  # a partition also ends at this many characters of text
CONNECT_SECONDS = 10  # how long to try reaching a --scheduler address


@dataclass(frozen=True)
class ExtractorSpec:
    """What a worker builds the Extractor from, so that it extracts as this process would:
    the office terms imported into the store (the packaged ones come with diplograph).
    ``key`` names the spec: a worker rebuilds its Extractor only when the key changes."""

    imported_terms: tuple[OfficeTerm, ...] = ()
    key: str = ""

    @classmethod
    def of(cls, imported_terms: Sequence[OfficeTerm]) -> ExtractorSpec:
        digest = hashlib.sha256(repr(tuple(imported_terms)).encode("utf-8")).hexdigest()
        return cls(tuple(imported_terms), f"{EXTRACTOR_VERSION}:{digest[:16]}")


@dataclass(frozen=True)
class PartitionResult:
    """What a worker sends back: its extractor's version (checked against this process's) and
    one Extraction or Problem per article, in order."""

    version: str
    results: tuple[Extraction | Problem, ...]


PartitionTask = Callable[[ExtractorSpec, list[Article]], PartitionResult]


def extract_partition(spec: ExtractorSpec, articles: list[Article]) -> PartitionResult:
    """The task each partition runs on a worker: extract its articles with the worker's
    Extractor (built on the first call in the process, then kept)."""
    extractor = _held_extractor(spec)
    return PartitionResult(
        EXTRACTOR_VERSION, tuple(result for _, result in extractor.extract_many(articles))
    )


_LOCK = threading.Lock()
_EXTRACTORS: dict[str, Extractor] = {}  # in a worker process: its one Extractor, by spec key


def _held_extractor(spec: ExtractorSpec) -> Extractor:
    with _LOCK:  # a worker with several threads builds it once
        held = _EXTRACTORS.get(spec.key)
        if held is None:
            from diplograph.extract.lexicon import load_lexicon
            from diplograph.offices import holders_with

            held = Extractor(load_lexicon(holders=holders_with(list(spec.imported_terms))))
            _EXTRACTORS.clear()
            _EXTRACTORS[spec.key] = held
        return held


@dataclass(frozen=True)
class DaskOptions:
    """How ``extract`` runs on Dask.

    ``scheduler``: a scheduler's address (``tcp://host:8786``), or None for a cluster of
    ``workers`` local processes made for the run (one thread each: spaCy holds the GIL).
    ``partition_size``: stories per task. ``retries``: further tries of a failing partition
    before its stories are recorded as problems. ``task``: the function each partition runs
    (tests put in one that fails on purpose; it must be importable by the workers).
    """

    scheduler: str | None = None
    workers: int = 2
    partition_size: int = 100
    retries: int = 2
    task: PartitionTask = field(default=extract_partition)


class DaskExtraction:
    """A connection to a Dask cluster (made for the run, or one already running) that extracts
    stories in partitions. Use it as a context manager: leaving closes what it opened."""

    def __init__(self, options: DaskOptions, spec: ExtractorSpec) -> None:
        self.options = options
        self.spec = spec
        self._client: Any = None
        self._cluster: Any = None
        self._run = uuid.uuid4().hex[:12]
        self._sent = 0

    def __enter__(self) -> DaskExtraction:
        distributed = _import_distributed()
        if self.options.scheduler is None:
            self._cluster = _local_cluster(distributed, self.options.workers)
        target = self._cluster if self._cluster is not None else self.options.scheduler
        try:
            self._client = distributed.Client(target, timeout=CONNECT_SECONDS)
        except (OSError, TimeoutError) as exc:
            self.__exit__()
            raise DiplographError(
                f"cannot reach the Dask scheduler at {self.options.scheduler}: {exc}; "
                "start one (`dask scheduler`) or leave out --scheduler for a local cluster"
            ) from exc
        try:
            self._check_workers()
        except BaseException:
            self.__exit__()
            raise
        return self

    def _check_workers(self) -> None:
        """Every worker runs this extractor version: a worker without diplograph, or with
        another version, would turn every story into a problem or store other rows."""
        try:
            self._client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except Exception as exc:
            raise DiplographError(
                f"the Dask scheduler at {self.options.scheduler} has no workers (none joined "
                f"within {CONNECT_SECONDS} s); start some: dask worker {self.options.scheduler}"
            ) from exc
        try:
            versions = self._client.run(worker_extractor_version)
        except Exception as exc:
            raise DiplographError(
                f"the Dask workers at {self.options.scheduler} cannot run diplograph "
                f"({type(exc).__name__}: {exc}); start workers where diplograph "
                f"{EXTRACTOR_VERSION} is installed"
            ) from exc
        for worker, version in sorted(versions.items()):
            _check_version(version, worker)

    def __exit__(self, *exc: object) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def run(
        self, articles: Iterable[Article]
    ) -> Iterator[list[tuple[Article, Extraction | Problem]]]:
        """Each partition's (article, Extraction or Problem) pairs, as partitions finish.

        Articles are read from ``articles`` only as partitions are sent, a few per worker
        ahead, so a large store is never held in memory at once.
        """
        partitions = _partitions(articles, self.options.partition_size)
        sent: dict[Any, list[Article]] = {}
        finished = _import_distributed().as_completed()
        for _ in range(self._window()):
            self._send_next(partitions, sent, finished)
        for future in finished:
            partition = sent.pop(future)
            yield self._collect(future, partition)
            self._send_next(partitions, sent, finished)

    def _window(self) -> int:
        """Partitions in flight at once: two per worker thread, so none waits for work."""
        workers = self._client.scheduler_info().get("workers", {})
        threads = sum(int(w.get("nthreads", 1)) for w in workers.values())
        return max(2, 2 * threads)

    def _send_next(
        self, partitions: Iterator[list[Article]], sent: dict[Any, list[Article]], finished: Any
    ) -> None:
        partition = next(partitions, None)
        if partition is None:
            return
        self._sent += 1
        future = self._client.submit(
            self.options.task,
            self.spec,
            partition,
            key=f"diplograph-extract-{self._run}-{self._sent}",
            pure=False,
            retries=self.options.retries,
        )
        sent[future] = partition
        finished.add(future)

    def _collect(
        self, future: Any, partition: list[Article]
    ) -> list[tuple[Article, Extraction | Problem]]:
        try:
            result: PartitionResult = future.result()
        except Exception as exc:  # a partition that failed on every try: its stories are problems
            reason = (
                f"extraction on Dask failed for its partition of {len(partition)} stories, "
                f"retries included: {type(exc).__name__}: {exc}"
            )
            problems = [Problem(origin=a.origin, reason=reason, article_id=a.id) for a in partition]
            return list(zip(partition, problems, strict=True))
        finally:
            future.release()
        _check_version(result.version, "a Dask worker")
        return list(zip(partition, result.results, strict=True))


def worker_extractor_version() -> str:
    """Run on each worker when a run starts (``client.run``): its extractor's version."""
    return EXTRACTOR_VERSION


def _check_version(version: str, worker: str) -> None:
    if version != EXTRACTOR_VERSION:
        raise DiplographError(
            f"{worker} runs extractor {version}, this process {EXTRACTOR_VERSION}; "
            "install the same diplograph on the Dask workers"
        )


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive articles, at most ``size`` and about PARTITION_CHARS characters together."""
    partition: list[Article] = []
    chars = 0
    for article in articles:
        if partition and (len(partition) >= size or chars + len(article.text) > PARTITION_CHARS):
            yield partition
            partition, chars = [], 0
        partition.append(article)
        chars += len(article.text)
    if partition:
        yield partition


def _local_cluster(distributed: Any, workers: int) -> Any:
    """``workers`` processes of one thread each (spaCy holds the GIL), no dashboard (it needs
    bokeh), logs only on errors. Two of Dask's defaults cost parsing time, so they are off:
    the statistical profiler (a thread sampling each worker's stack 100 times a second) and
    MALLOC_TRIM_THRESHOLD_=65536 (glibc then returns memory to the system so often that spaCy's
    allocations took 30% more CPU time, measured on 600 Reuters stories). A cluster made with
    Dask's defaults earlier in this process has left the variable in ``os.environ`` (the nanny
    sets it there before spawning), and workers inherit it: that is the caller's to undo."""
    import dask

    environ = dict(dask.config.get("distributed.nanny.pre-spawn-environ", {}))
    environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    settings = {
        "distributed.worker.profile.enabled": False,
        "distributed.nanny.pre-spawn-environ": environ,
    }
    with dask.config.set(settings):
        return distributed.LocalCluster(
            n_workers=workers,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise DiplographError(
            "--dask needs Dask, which is not installed: install diplograph[dask] "
            "(pip install 'diplograph[dask]')"
        ) from exc
    return distributed
