"""The view snapshot (query.snapshot): a server that starts reads the resolved view back from a
file instead of resolving every stored article, and what it reads gives the answers that
resolving the store gives, whether the store stayed at the snapshot's generation or moved on."""

from __future__ import annotations

import logging
import os
import pickle
import stat
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

import diplograph
from diplograph.query import snapshot
from diplograph.query.answers import Answers
from diplograph.query.facts import FigureFilter
from diplograph.query.graph import GraphView
from diplograph.query.growing import SnapshotFile
from diplograph.serve.app import create_app
from diplograph.serve.state import GraphPool
from diplograph.store import open_store

from ..conftest import settings_for
from .test_growing import _shape

with warnings.catch_warnings():
    # Starlette 1.x asks for httpx2 in its test client and warns, once, when it finds httpx.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
QUESTIONS = ("Who met whom in 2023?", "Who is the president of Kazakhstan?",
             "What did France and Kazakhstan sign?")  # fmt: skip


def _articles() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".jsonl", ".html"))


def _add(location: str, paths: list[Path], force: bool = False) -> None:
    with diplograph.open(settings=settings_for(location)) as graph:
        graph.ingest([str(p) for p in paths])
        graph.extract(force=force)


@contextmanager
def _server_answers(location: str, path: Path | None) -> Iterator[Answers]:
    """The answers of a new server's pool (its own cache and growing view) on the store."""
    pool = GraphPool(settings_for(location), snapshot=SnapshotFile(path) if path else None)
    try:
        with pool.borrow() as graph:
            yield graph.answers()
    finally:
        pool.close()


def _warm(answers: Answers) -> None:
    """What the server's warm-up builds (serve.warm)."""
    _, pairs = answers.countries()
    answers.people()
    answers.agreements()
    answers.facts(FigureFilter())
    answers.view()
    answers.event_columns()
    answers.pair_timeline(pairs[0][0], pairs[0][1])


def _snapshot_of(location: str, path: Path) -> tuple[GraphView, int]:
    """A server's warm-up on the store at ``location`` with its snapshot written to ``path``:
    the view it built and how many articles it read to build it."""
    with _server_answers(location, path) as first:
        _warm(first)
        first.write_snapshot()
        return first.view(), first.derived.growing.articles_read


def _examples_store(tmp_path: Path) -> str:
    """A SQLite store of every example article."""
    location = str(tmp_path / "store.db")
    _add(location, _articles())
    return location


def _written_examples(tmp_path: Path) -> tuple[str, Path, GraphView, int]:
    """The examples store with a snapshot written beside it by a first server: the store's
    location, the snapshot's path, the view and how many articles it read."""
    location = _examples_store(tmp_path)
    path = tmp_path / "store.view"
    kept, read = _snapshot_of(location, path)
    return location, path, kept, read


def _said(answers: Answers) -> dict[str, object]:
    _, pairs = answers.countries()
    timeline = answers.timeline(pairs[0][0], pairs[0][1], None, None, None)
    return {
        "view": _shape(answers.view()),
        "asked": [answers.ask(q).to_json() for q in QUESTIONS],
        "timeline": [[(e.type, e.date, e.countries) for e in part] for part in timeline],
        "facts": [(o.indicator, o.of, o.in_, o.period) for o in answers.facts(FigureFilter())],
        "countries": answers.countries(),
    }


def _from_scratch(location: str) -> dict[str, object]:
    with _server_answers(location, None) as answers:
        return _said(answers)


def test_a_snapshot_gives_back_every_answer_of_its_generation(
    store_location: str, tmp_path: Path
) -> None:
    _add(store_location, _articles())
    path = tmp_path / "store.view"
    with _server_answers(store_location, path) as first:
        _warm(first)
        assert first.write_snapshot() == "written"
        assert first.write_snapshot() == "written"  # once per generation
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with _server_answers(store_location, path) as second:
        assert second.read_snapshot().endswith("answers of this generation")
        assert second.derived.has("view") and second.derived.has("observations")
        assert second.view()._table is not None  # the event columns came with it
        assert _said(second) == _from_scratch(store_location)
        assert second.write_snapshot() == "up to date"


def test_a_store_that_moved_on_is_brought_up_to_date_from_the_snapshot(
    store_location: str, tmp_path: Path
) -> None:
    articles = _articles()
    _add(store_location, articles[: len(articles) // 2])
    path = tmp_path / "store.view"
    _snapshot_of(store_location, path)
    _add(store_location, articles[len(articles) // 2 :])
    with _server_answers(store_location, path) as second:
        assert "earlier generation" in second.read_snapshot()
        assert not second.derived.has("view")
        said = _said(second)
        # the update read the articles added since the snapshot, not the whole store
        assert 0 < second.derived.growing.articles_read < len(articles)
    assert said == _from_scratch(store_location)
    _add(store_location, [], force=True)  # every article extracted again
    with _server_answers(store_location, path) as third:
        assert "earlier generation" in third.read_snapshot()
        assert _said(third) == _from_scratch(store_location)


def test_a_store_restored_to_an_earlier_state_is_resolved_again(tmp_path: Path) -> None:
    """A snapshot written after a backup was taken, read once the backup is restored: the
    extraction log went back, so the view starts over instead of keeping articles the store no
    longer has."""
    location = str(tmp_path / "store.db")
    articles = _articles()
    _add(location, articles[:3])
    with diplograph.open(settings=settings_for(location)) as graph:
        graph.backup(tmp_path / "early.db")
    _add(location, articles[3:])
    path = tmp_path / "store.view"
    _snapshot_of(location, path)
    with diplograph.open(settings=settings_for(location)) as graph:
        graph.restore(tmp_path / "early.db")
    with _server_answers(location, path) as second:
        second.read_snapshot()
        said = _said(second)
    assert said == _from_scratch(location)


def test_the_view_waits_for_the_snapshot_rather_than_racing_it(tmp_path: Path) -> None:
    """A request that asks for the view before the warm-up read the snapshot reads it too,
    instead of resolving the store while the snapshot is read for nothing."""
    location, path, kept, _ = _written_examples(tmp_path)
    with _server_answers(location, path) as second:
        view = second.view()  # no read_snapshot first
        assert second.derived.growing.articles_read == 0  # nothing resolved from the store
        assert _shape(view) == _shape(kept)
        assert second.read_snapshot().endswith("answers of this generation")


@pytest.mark.parametrize("change", ["version", "knowledge", "store"])
def test_a_snapshot_of_another_version_data_or_store_is_not_read(
    change: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location, path, _, everything = _written_examples(tmp_path)
    if change == "version":
        monkeypatch.setattr(snapshot, "resolver_version", lambda: "0.0.0-other/2")
    elif change == "knowledge":
        monkeypatch.setattr(snapshot, "knowledge_digest", lambda: "edited places")
    else:
        moved = tmp_path / "other.db"
        os.replace(location, moved)
        location = str(moved)
    with _server_answers(location, path) as second:
        assert second.read_snapshot() == "none read"
        assert _said(second) == _from_scratch(location)
        assert second.derived.growing.articles_read == everything  # resolved again
        assert second.write_snapshot() == "written"  # and kept for the next start


@pytest.mark.parametrize("damage", ["truncated", "not a snapshot", "empty"])
def test_a_damaged_snapshot_is_removed_and_the_view_resolved(
    damage: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    location, path, _, _ = _written_examples(tmp_path)
    data = path.read_bytes()
    path.write_bytes({"truncated": data[: len(data) // 2], "not a snapshot": b"PK\x03\x04zip",
                      "empty": b""}[damage])  # fmt: skip
    with caplog.at_level(logging.INFO), _server_answers(location, path) as second:
        assert second.read_snapshot() == "none read"
        assert _said(second) == _from_scratch(location)
    assert str(path) in caplog.text
    if damage == "truncated":
        assert not path.exists()  # removed, to be written again


class _Payload:
    def __init__(self, mark: Path) -> None:
        self.mark = mark

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.mark}",))


def test_a_snapshot_file_cannot_run_code(tmp_path: Path) -> None:
    """Only diplograph's classes and plain types are built from a snapshot: a file that names
    a function (here os.system) is refused before it is called."""
    location = str(tmp_path / "store.db")
    _add(location, _articles()[:2])
    path = tmp_path / "store.view"
    mark = tmp_path / "ran"
    with open_store(location) as store:
        stamp = snapshot.stamp_for(store.location, store.generation(), 0)
    with path.open("wb") as out:
        snapshot._write(out, stamp, {"events": _Payload(mark)}, {})
    written = path.read_bytes()
    assert snapshot.read(path, stamp) is None
    assert not mark.exists()
    pickle.loads(written.split(b"\n", 2)[2])  # where a plain pickle would have run it
    assert mark.exists()


def test_a_view_read_back_answers_with_this_process_knowledge(tmp_path: Path) -> None:
    location, path, _, _ = _written_examples(tmp_path)
    with _server_answers(location, path) as second:
        second.read_snapshot()
        view = second.view()
        assert isinstance(view, GraphView)
        assert view.knowledge is second.knowledge
        assert view.holders is not None and view.role("KAZ", "head_of_state", None) is not None


def test_serve_reads_the_snapshot_its_last_start_wrote(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    location = tmp_path / "store.db"
    _add(str(location), _articles())
    for start in ("first", "second"):
        app = create_app(location, view_snapshot=True, allowed_hosts=["testserver"])
        with caplog.at_level(logging.INFO, "diplograph.serve.warm"), TestClient(app) as client:
            state = app.state.diplograph
            assert state.warming is not None
            state.warming.join(120)
            assert client.get("/api/ask", params={"q": QUESTIONS[0]}).status_code == 200
        said = caplog.text
        caplog.clear()
        if start == "first":
            assert "view snapshot written" in said and "(written)" in said
        else:
            assert "answers of this generation" in said and "(up to date)" in said
    assert (tmp_path / "store.db.view").exists()
    app = create_app(location, view_snapshot=False, allowed_hosts=["testserver"])
    assert app.state.diplograph.pool.cache.growing.snapshot is None
    app = create_app(location, view_snapshot=True, freeze_heap=True)
    assert app.state.diplograph.pool.cache.growing.snapshot == SnapshotFile(
        tmp_path / "store.db.view", freeze=True
    )


def test_where_snapshots_live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert snapshot.snapshot_path(tmp_path / "a.db") == tmp_path / "a.db.view"
    assert snapshot.snapshot_path(":memory:") is None
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    found = snapshot.snapshot_path("postgresql://desk@db.example/graph")
    assert found is not None and found.parent == tmp_path / "cache" / "diplograph"
    assert found != snapshot.snapshot_path("postgresql://desk@db.example/other")
