"""What the app keeps between requests: read Graphs, one writer, and one answer cache.

Every request borrows a Graph of its own (SQLite connections are not shared by two threads at
once). Every Graph of the pool shares one ``query.cache.AnswerCache``: the resolved view, the
observations of figures, each pair's timeline and each search are built once per store
generation and shared, read-only, by every request (``Graph.answers``).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import diplograph
from diplograph.config import Settings
from diplograph.graph import Graph
from diplograph.knowledge import Knowledge, load_knowledge
from diplograph.query.answers import Answers, wait_for_background
from diplograph.query.cache import PATIENCE, AnswerCache
from diplograph.query.growing import SnapshotFile
from diplograph.serve.guard import RequestGauge

if TYPE_CHECKING:
    from diplograph.store.base import Store


class GraphPool:
    """Graphs for requests, one per request at a time; reused, and closed at shutdown (a Graph
    still in use then is closed when it is given back)."""

    def __init__(
        self, settings: Settings, patience: float = PATIENCE, snapshot: SnapshotFile | None = None
    ) -> None:
        self.settings = settings
        self._idle: queue.SimpleQueue[Graph] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False
        self.knowledge = load_knowledge()
        self.cache = AnswerCache.shared(self.borrow_store, patience, snapshot)

    @contextmanager
    def borrow(self) -> Iterator[Graph]:
        try:
            graph = self._idle.get_nowait()
        except queue.Empty:
            graph = diplograph.open(settings=self.settings, cache=self.cache,
                                    knowledge=self.knowledge)  # fmt: skip
        try:
            yield graph
        finally:
            with self._lock:
                if self._closed:
                    graph.close()
                else:
                    self._idle.put(graph)

    @contextmanager
    def borrow_store(self) -> Iterator[Store]:
        """The store connection of a borrowed Graph (what answers are built with)."""
        with self.borrow() as graph:
            yield graph.store

    def close(self) -> None:
        with self._lock:
            self._closed = True
            while True:
                try:
                    self._idle.get_nowait().close()
                except queue.Empty:
                    break


@dataclass
class ApiState:
    """Everything one app holds: settings, the pool, the cache, the writer, the upload rules,
    the count of requests in flight."""

    settings: Settings
    token: str | None
    max_body: int
    pool: GraphPool
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    gauge: RequestGauge = field(default_factory=RequestGauge)
    warming: threading.Thread | None = None  # serve.warm's thread, while the app runs
    _writer: Graph | None = None

    def answers(self) -> Answers:
        """The answers of the store as it is now (each builds with a Graph of its own, so a
        request that reads only them needs none): a pragma's check, no query planning."""
        with self.pool.borrow() as graph:
            return graph.answers()

    @contextmanager
    def writing(self) -> Iterator[Graph]:
        """The one Graph that writes (its extractor stays loaded); one request at a time."""
        with self.write_lock:
            if self._writer is None:
                self._writer = diplograph.open(settings=self.settings, cache=self.pool.cache,
                                               knowledge=self.pool.knowledge)  # fmt: skip
            yield self._writer

    def knowledge(self) -> Knowledge:
        """Countries, places and aliases: loaded once for the app, not once per Graph."""
        return self.pool.knowledge

    def close(self) -> None:
        wait_for_background()  # no pair timeline still reading the store being closed
        self.pool.close()
        with self.write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
