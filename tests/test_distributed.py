"""Extraction on Dask (``diplograph.distributed``): the same rows as one process, a failing
partition retried and then recorded as problems, a stopped run resumed without extracting a
story twice, and the CLI's ``--dask``. Workers are local processes (a LocalCluster)."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import uuid
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pytest
from typer.testing import CliRunner

import diplograph
from diplograph.cli import app
from diplograph.config import Settings
from diplograph.distributed import DaskOptions, ExtractorSpec, PartitionResult
from diplograph.errors import DiplographError
from diplograph.models import Article

from .conftest import EXAMPLES, shared_path, stand_in_extraction

needs_dask = pytest.mark.skipif(
    importlib.util.find_spec("distributed") is None,
    reason="Dask is an extra: pip install 'diplograph[dask]'",
)
pytestmark = pytest.mark.slow  # starts worker processes


@dataclass(frozen=True)
class StandInTask:
    """A partition task without spaCy (stand-in extractions) that logs each story it extracts
    and each try of a partition to files under ``log``, and fails on purpose: always for a
    partition holding ``fail_always``, on the first try only for one holding ``fail_once``.
    Workers import it from this module (it is sent by name)."""

    log: str
    fail_always: str = ""
    fail_once: str = ""
    die_on: str = ""
    version: str = ""

    def __call__(self, spec: ExtractorSpec, articles: list[Article]) -> PartitionResult:
        ids = {a.id for a in articles}
        log = Path(self.log)
        if self.die_on in ids:  # the worker process dies, as on a crash or the OOM killer
            os._exit(1)
        if self.fail_always in ids:
            (log / f"try-{uuid.uuid4().hex}").touch()
            raise RuntimeError("injected failure")
        if self.fail_once in ids and not (log / "failed-once").exists():
            (log / "failed-once").touch()
            raise RuntimeError("injected failure, once")
        with (log / "extracted.txt").open("a", encoding="utf-8") as handle:
            handle.writelines(f"{a.id}\n" for a in articles)
        from diplograph.extract.pipeline import EXTRACTOR_VERSION

        results = tuple(stand_in_extraction(a.id, a.text) for a in articles)
        return PartitionResult(self.version or EXTRACTOR_VERSION, results)


class Stop(Exception):
    """Raised from the progress callback to stop a run midway, as a kill would."""


def _ingested(path: Path, inputs: str) -> Path:
    with diplograph.open(settings=Settings(db_path=path)) as graph:
        graph.ingest([inputs])
    return path


def _story_ids(path: Path) -> list[str]:
    with diplograph.open(settings=Settings(db_path=path)) as graph:
        return [a.id for a in graph.store.iter_articles()]


def _rows(path: Path) -> dict[str, object]:
    with diplograph.open(settings=Settings(db_path=path)) as graph:
        return dict(graph.store.content_rows())


@needs_dask
def test_dask_extraction_stores_the_same_rows_as_one_process(tmp_path: Path) -> None:
    corpus = shared_path("corpus/reuters/articles.jsonl")
    sample = tmp_path / "sample.jsonl"
    with corpus.open(encoding="utf-8") as lines:
        sample.write_text("".join(islice(lines, 300)), encoding="utf-8")
    here, there = (
        _ingested(tmp_path / "here.db", str(sample)),
        _ingested(tmp_path / "dask.db", str(sample)),
    )
    with diplograph.open(settings=Settings(db_path=here)) as graph:
        alone = graph.extract()
    with diplograph.open(settings=Settings(db_path=there)) as graph:
        on_dask = graph.extract(dask=DaskOptions(workers=2, partition_size=40))
        counts = graph.status().counts
    assert on_dask.articles == alone.articles >= 200
    assert counts["events"] > 50 and counts["facts"] > 10
    here_rows, dask_rows = _rows(here), _rows(there)
    for table in ("events", "facts", "person_mentions", "sentences", "time_expressions"):
        assert here_rows[table] == dask_rows[table], table
    assert here_rows == dask_rows


@needs_dask
def test_a_failing_partition_is_retried_then_its_stories_become_problems(tmp_path: Path) -> None:
    store = _ingested(tmp_path / "s.db", str(EXAMPLES))
    ids = _story_ids(store)  # 8 stories in extraction order: partitions of 2
    task = StandInTask(str(tmp_path), fail_always=ids[2], fail_once=ids[5])
    with diplograph.open(settings=Settings(db_path=store)) as graph:
        report = graph.extract(dask=DaskOptions(workers=2, partition_size=2, retries=1, task=task))
        extracted = {x for x in ids if graph.extraction_if_any(x) is not None}
        recorded = [p for p in graph.problems() if p.article_id]
    assert report.articles == 6
    assert {p.article_id for p in report.problems} == {ids[2], ids[3]}  # the whole partition
    assert {p.article_id for p in recorded} == {ids[2], ids[3]}
    assert all("partition of 2 stories" in p.reason for p in recorded)
    assert all("RuntimeError: injected failure" in p.reason for p in recorded)
    assert extracted == set(ids) - {ids[2], ids[3]}  # the partition failing once was retried
    assert len(list(tmp_path.glob("try-*"))) == 2  # the first try and one retry


@needs_dask
def test_a_partition_that_kills_its_worker_becomes_problems(tmp_path: Path) -> None:
    store = _ingested(tmp_path / "s.db", str(EXAMPLES))
    ids = _story_ids(store)
    task = StandInTask(str(tmp_path), die_on=ids[7])
    with diplograph.open(settings=Settings(db_path=store)) as graph:
        report = graph.extract(dask=DaskOptions(workers=1, partition_size=2, task=task))
    assert report.articles == 6  # the workers restarted after each death did the rest
    assert {p.article_id for p in report.problems} == {ids[6], ids[7]}
    assert all("KilledWorker" in p.reason for p in report.problems)


@needs_dask
def test_a_stopped_run_resumes_without_extracting_a_story_twice(tmp_path: Path) -> None:
    store = _ingested(tmp_path / "s.db", str(EXAMPLES))
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    finished: list[int] = []

    def stop_after_two(stories: int) -> None:
        finished.append(stories)
        if len(finished) == 2:
            raise Stop

    with diplograph.open(settings=Settings(db_path=store)) as graph:
        with pytest.raises(Stop):
            graph.extract(
                dask=DaskOptions(workers=1, partition_size=2, task=StandInTask(str(first))),
                on_progress=stop_after_two,
            )
        kept = {x for x in _story_ids(store) if graph.extraction_if_any(x) is not None}
        resumed = graph.extract(
            dask=DaskOptions(workers=1, partition_size=2, task=StandInTask(str(second)))
        )
        assert graph.pending_extractions() == 0
    assert len(kept) == 4  # the two partitions written before the stop are kept
    sent_again = (second / "extracted.txt").read_text(encoding="utf-8").split()
    assert resumed.articles == len(sent_again) == 4
    assert set(sent_again) == set(_story_ids(store)) - kept  # none extracted twice
    clean = _ingested(tmp_path / "clean.db", str(EXAMPLES))
    with diplograph.open(settings=Settings(db_path=clean)) as graph:
        graph.extract(dask=DaskOptions(workers=1, task=StandInTask(str(tmp_path))))
    assert _rows(store) == _rows(clean)


@needs_dask
def test_a_worker_with_another_extractor_version_stops_the_run(tmp_path: Path) -> None:
    store = _ingested(tmp_path / "s.db", str(EXAMPLES))
    task = StandInTask(str(tmp_path), version="0.0.0-elsewhere")
    with diplograph.open(settings=Settings(db_path=store)) as graph:
        with pytest.raises(DiplographError, match=r"extractor 0\.0\.0-elsewhere"):
            graph.extract(dask=DaskOptions(workers=1, task=task))
        assert graph.pending_extractions() == 8  # nothing it extracted was stored


def test_without_dask_installed_the_error_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _ingested(tmp_path / "s.db", str(EXAMPLES))
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    with (
        diplograph.open(settings=Settings(db_path=store)) as graph,
        pytest.raises(DiplographError, match=r"install diplograph\[dask\]"),
    ):
        graph.extract(dask=DaskOptions(workers=1))


@needs_dask
def test_a_running_cluster_named_by_its_address_is_used_and_left_running(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    store = _ingested(tmp_path / "s.db", str(EXAMPLES))
    with LocalCluster(n_workers=1, processes=True, dashboard_address=None) as cluster:
        options = DaskOptions(scheduler=cluster.scheduler_address, task=StandInTask(str(tmp_path)))
        with diplograph.open(settings=Settings(db_path=store)) as graph:
            report = graph.extract(dask=options)
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 1  # still there
    assert report.articles == 8


@needs_dask
def test_local_workers_run_without_the_profiler_and_malloc_trimming(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dask
    import distributed

    from diplograph.distributed import _local_cluster

    # A cluster made with Dask's defaults (an earlier test's) leaves the variable in this
    # process's environment: Dask's nanny sets it there before it spawns a worker.
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with _local_cluster(distributed, 1) as cluster, distributed.Client(cluster) as client:
        (trim,) = client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values()
        (profiled,) = client.run(
            lambda: dask.config.get("distributed.worker.profile.enabled")
        ).values()
    assert trim is None  # 30% more CPU time in spaCy with it (glibc trimming at 64 KiB)
    assert profiled is False


@needs_dask
def test_ingest_and_extract_force_with_dask_on_the_examples(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    runner = CliRunner()
    ingest = runner.invoke(
        app, ["--db", str(db), "ingest", str(EXAMPLES), "--dask", "--workers", "2",
              "--partition-size", "3", "--json"],
    )  # fmt: skip
    assert ingest.exit_code == 0, ingest.output
    report = json.loads(ingest.stdout)
    assert (report["new"], report["extracted"]) == (8, 8)
    again = runner.invoke(app, ["--db", str(db), "extract", "--force", "--dask", "--workers", "1"])
    assert again.exit_code == 0, again.output
    assert "Extracted 8 stories: 24 events, 15 facts" in again.stdout
