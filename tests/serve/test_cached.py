"""Answers kept per store generation (``serve.cached``), the figure index, and ``serve`` run as
several processes: kept answers are replayed, and never outlive a change to the store."""

from __future__ import annotations

import gc
import random
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.exceptions import StarletteDeprecationWarning

import diplograph
from diplograph.config import Settings
from diplograph.query import answers
from diplograph.query.answers import pair_key
from diplograph.query.facts import UNORDERED, FigureFilter, Observation
from diplograph.query.timelines import PairTimeline
from diplograph.serve.app import create_app
from diplograph.serve.cached import AnswerShelf, KeptAnswer
from diplograph.serve.state import ApiState

from .conftest import LOCAL

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

NEW_ARTICLE = (
    "2024-05-14 ASTANA. President Kassym-Jomart Tokayev met French Foreign Minister Stephane "
    "Sejourne in Astana on Tuesday to discuss uranium supplies and direct flights.\n"
)


@pytest.fixture
def store(examples_db: Path, tmp_path: Path) -> Path:
    """A copy of the examples' store for one test (tests here write to it)."""
    path = tmp_path / "store.db"
    shutil.copyfile(examples_db, path)
    return path


@pytest.fixture
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store), base_url=LOCAL) as test_client:
        yield test_client


def _shelf_size(client: TestClient) -> int:
    state: ApiState = client.app.state.diplograph  # type: ignore[attr-defined]
    shelf: AnswerShelf = state.answers().derived.own("answers", AnswerShelf)
    return len(shelf)


def test_a_repeated_request_is_replayed_without_reaching_the_route(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "/api/timeline?a=KAZ&b=FRA&limit=5"
    first = client.get(url)
    assert first.status_code == 200 and _shelf_size(client) == 1

    def fail(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the route ran for a kept answer")

    monkeypatch.setattr(answers.Answers, "pair_timeline", fail)
    again = client.get(url)
    assert again.status_code == 200
    assert again.content == first.content
    assert again.headers["content-type"] == first.headers["content-type"]
    with pytest.raises(AssertionError, match="the route ran"):
        client.get(url + "&offset=1")  # a request not answered before does reach it


def test_an_article_added_by_another_process_is_seen_at_the_next_request(
    client: TestClient, store: Path, tmp_path: Path
) -> None:
    url = "/api/timeline?a=KAZ&b=FRA"
    before = client.get(url).json()["total"]["occurred"]
    status = client.get("/api/status").json()
    assert client.get(url).json()["total"]["occurred"] == before  # replayed
    article = tmp_path / "kz-fr-2024.txt"
    article.write_text(NEW_ARTICLE, encoding="utf-8")
    # Another process (the CLI ingests and extracts): the server hears of it only in the file.
    command = ["--db", str(store), "ingest", str(article), "--date", "2024-05-14"]
    subprocess.run([sys.executable, "-m", "diplograph", *command], check=True, capture_output=True)
    assert client.get(url).json()["total"]["occurred"] == before + 1
    assert client.get("/api/status").json()["articles"] == status["articles"] + 1


def test_failed_answers_and_rejected_inputs_are_never_kept(
    client: TestClient, store: Path, tmp_path: Path
) -> None:
    assert client.get("/api/timeline?a=KAZ&b=XXXX").status_code == 422
    assert client.get("/api/articles/no-such-article").status_code == 404
    assert _shelf_size(client) == 0
    problems = client.get("/api/problems").json()["total"]
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with diplograph.open(settings=Settings(db_path=store)) as graph:
        graph.ingest([str(empty)])  # rejected: no article is added, the store's ids stay
    assert client.get("/api/problems").json()["total"] == problems + 1


def test_a_zero_budget_keeps_nothing(store: Path) -> None:
    with TestClient(create_app(store, answer_budget=0), base_url=LOCAL) as test_client:
        test_client.get("/api/status")
        test_client.get("/api/status")
        assert _shelf_size(test_client) == 0


def test_startup_builds_what_the_page_asks_first_and_requests_share_it(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []
    real = PairTimeline.build

    def counted(*args: Any, **kwargs: Any) -> Any:
        built.append(f"{args[0]}-{args[1]}")
        return real(*args, **kwargs)

    monkeypatch.setattr(PairTimeline, "build", counted)
    with TestClient(create_app(store), base_url=LOCAL) as test_client:
        state: ApiState = test_client.app.state.diplograph  # type: ignore[attr-defined]
        assert state.warming is not None
        state.warming.join(timeout=60)
        assert not state.warming.is_alive()
        derived = state.answers().derived
        for name in ("countries", "people", "agreements", "figure_index", "view"):
            assert derived.get(name, lambda _: None) is not None, name
        busiest = test_client.get("/api/countries?pairs=1").json()["pairs"][0]
        key = pair_key(busiest["a"], busiest["b"])
        assert derived.has(key)  # the busiest pair's timeline was built at startup ...
        assert built == []  # ... from the kept view, not resolved again from the store
        kept = derived.get(key, lambda _: None)
        test_client.get(f"/api/timeline?a={busiest['b']}&b={busiest['a']}")
        assert derived.get(key, lambda _: None) is kept  # the request found the pair built
        assert built == []


def test_a_server_process_keeps_what_its_warm_up_built_out_of_full_collections(
    store: Path,
) -> None:
    # serve.warm.settle_heap: the view of a large store is millions of objects that every full
    # garbage collection walked (seconds at 1M events, every request stopped meanwhile)
    before = gc.get_freeze_count()
    try:
        with TestClient(create_app(store, freeze_heap=True), base_url=LOCAL) as test_client:
            state: ApiState = test_client.app.state.diplograph  # type: ignore[attr-defined]
            assert state.warming is not None
            state.warming.join(timeout=60)
            view = state.answers().derived.get("view", lambda _: None)
            assert view is not None
            assert gc.get_freeze_count() > before
            assert not any(o is view for o in gc.get_objects())  # frozen: in no generation
            assert test_client.get("/api/ask?q=Whom did Tokayev meet?").status_code == 200
    finally:
        gc.unfreeze()
    with TestClient(create_app(store), base_url=LOCAL) as test_client:  # not by default: the
        state = test_client.app.state.diplograph  # type: ignore[attr-defined]
        assert state.warming is not None  # process may be someone else's (tests, a notebook)
        state.warming.join(timeout=60)
        assert gc.get_freeze_count() == 0


def test_the_shelf_drops_least_recently_used_answers_beyond_its_budget() -> None:
    shelf = AnswerShelf(budget=100)
    for name in "abc":
        shelf.put((name, b""), KeptAnswer(200, [], b"x" * 40))
    assert shelf.get(("a", b"")) is None  # 120 bytes > 100: the oldest went
    assert shelf.get(("b", b"")) is not None  # ... and b is now the most recently used
    shelf.put(("d", b""), KeptAnswer(200, [], b"x" * 40))
    assert shelf.get(("c", b"")) is None and shelf.get(("b", b"")) is not None
    shelf.put(("huge", b""), KeptAnswer(200, [], b"x" * 101))
    assert shelf.get(("huge", b"")) is None and shelf.size <= 100


def _naive_facts(
    found: list[Observation], indicator: str | None, of: str | None, in_: str | None, targets: bool
) -> list[Observation]:
    kept = []
    for obs in found:
        if indicator and obs.indicator != indicator:
            continue
        if obs.status != "reported" and not targets:
            continue
        if obs.indicator in UNORDERED:
            if (of and of not in {obs.of, obs.in_}) or (in_ and in_ not in {obs.of, obs.in_}):
                continue
        elif (of and obs.of != of) or (in_ and obs.in_ != in_):
            continue
        kept.append(obs)
    return kept


@pytest.mark.parametrize("seed", range(5))
def test_figure_index_selects_what_a_filter_over_every_figure_selects(seed: int) -> None:
    pick = random.Random(seed)
    countries = [None, "KAZ", "FRA", "GBR"]
    found = [
        Observation(pick.choice(["trade_turnover", "exports", "companies", "trade_growth"]),
                    pick.choice(countries), pick.choice(countries), str(2000 + i), float(i),
                    "USD", "", pick.choice(["reported", "reported", "target"]), ())
        for i in range(300)
    ]  # fmt: skip
    index = answers.FigureIndex(found)
    for indicator in (None, "trade_turnover", "exports", "imports"):
        for of in countries:
            for in_ in countries:
                for targets in (False, True):
                    expected = _naive_facts(found, indicator, of, in_, targets)
                    assert index.select(FigureFilter(indicator, of, in_, targets)) == expected


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
def test_serve_with_two_processes_answers_and_logs_no_requests(store: Path) -> None:
    port = _free_port()
    command = [sys.executable, "-m", "diplograph", "--db", str(store), "serve",
               "--port", str(port), "--workers", "2"]  # fmt: skip
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        body = None
        deadline = time.monotonic() + 60
        while body is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status") as answer:
                    body = answer.read()
            except OSError:
                assert server.poll() is None, server.communicate()[1].decode()
                time.sleep(0.2)
        assert body is not None and b'"articles":9' in body
        for _ in range(4):  # new connections: the kernel spreads them over both processes
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/timeline?a=KAZ&b=FRA"):
                pass
    finally:
        server.terminate()
        out, err = server.communicate(timeout=30)
    assert b"GET /api/status" not in out + err  # no access log unless --access-log
    assert b"2 processes" in err


def test_kept_fragments_take_their_own_size_not_the_encoders_buffer() -> None:
    import tracemalloc

    from diplograph.encoding import fragment

    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        kept_items = [fragment({"sentence": "x" * 400, "n": n}) for n in range(1000)]
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    assert len(kept_items) == 1000
    assert grown < 1000 * 1024, f"{grown / 1000:.0f} bytes per 420-byte fragment"
