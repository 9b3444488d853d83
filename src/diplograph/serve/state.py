"""What the app keeps between requests: read Graphs, one writer, and answers derived from the
store, rebuilt only when the store changes.

Every request borrows a Graph of its own (SQLite connections are not shared by two threads at
once). Resolving the whole graph takes seconds on a large store, so the resolved view, the
observations of figures and each pair's timeline are built once per store generation (see
``store_generation``) and shared, read-only, by every request.
"""

from __future__ import annotations

import queue
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import orjson

import diplograph
from diplograph.config import Settings
from diplograph.graph import Graph
from diplograph.knowledge import Knowledge, load_knowledge
from diplograph.serve.wire import fragment
from diplograph.store.api_queries import store_generation

T = TypeVar("T")

DERIVED_ENTRIES = 256  # answers of one kind kept per generation (timelines, searches)
FRAGMENTS = 200_000  # items kept as encoded JSON per generation (about 100 MB at most)


class GraphPool:
    """Graphs for requests, one per request at a time; reused, and closed at shutdown (a Graph
    still in use then is closed when it is given back)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._idle: queue.SimpleQueue[Graph] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._closed = False

    @contextmanager
    def borrow(self) -> Iterator[Graph]:
        try:
            graph = self._idle.get_nowait()
        except queue.Empty:
            graph = diplograph.open(settings=self.settings)
        try:
            yield graph
        finally:
            with self._lock:
                if self._closed:
                    graph.close()
                else:
                    self._idle.put(graph)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            while True:
                try:
                    self._idle.get_nowait().close()
                except queue.Empty:
                    break


class Derived:
    """Answers computed from one generation of the store; each built once, by one thread.

    A key is a name, or a tuple whose first item names its kind; each kind keeps its
    ``DERIVED_ENTRIES`` most recently used answers, so many searches never evict a timeline.
    """

    def __init__(self, generation: tuple[int, ...]) -> None:
        self.generation = generation
        self._values: dict[Hashable, OrderedDict[Hashable, Any]] = {}
        self._building: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()
        self._fragments: dict[tuple[Callable[[Any], Any], int], tuple[Any, orjson.Fragment]] = {}

    def encoded(self, items: Iterable[Any], shape: Callable[[Any], Any]) -> list[orjson.Fragment]:
        """``shape(item)`` as JSON for each item, each encoded once per generation.

        A page of a long timeline is then a join of encoded events, not a fresh encoding of
        each. Items are looked up by identity (the derived answers hold them, unchanged).
        """
        fragments = self._fragments
        found = []
        for item in items:
            key = (shape, id(item))
            hit = fragments.get(key)
            if hit is None or hit[0] is not item:
                if len(fragments) >= FRAGMENTS:
                    fragments.clear()
                hit = (item, fragment(shape(item)))
                fragments[key] = hit
            found.append(hit[1])
        return found

    def has(self, key: Hashable) -> bool:
        """Whether the value under ``key`` is built (``get`` then returns at once)."""
        kind = key[0] if isinstance(key, tuple) else key
        with self._lock:
            return key in self._values.get(kind, ())

    def get(self, key: Hashable, build: Callable[[], T]) -> T:
        """The value under ``key``, built by ``build`` on first use (others wait for it)."""
        kind = key[0] if isinstance(key, tuple) else key
        with self._lock:
            shelf = self._values.setdefault(kind, OrderedDict())
            if key in shelf:
                shelf.move_to_end(key)
                return cast(T, shelf[key])
            gate = self._building.setdefault(key, threading.Lock())
        with gate:
            with self._lock:
                if key in shelf:
                    return cast(T, shelf[key])
            value = build()
            with self._lock:
                shelf[key] = value
                self._building.pop(key, None)
                while len(shelf) > DERIVED_ENTRIES:
                    shelf.popitem(last=False)
        return value


class DerivedCache:
    """The Derived answers of the store's current generation.

    ``store_generation`` reads eight numbers (two of them counts, which grow with the store);
    it is read again only when SQLite's ``PRAGMA data_version`` tells that another connection
    committed since this Graph last looked. That pragma costs microseconds on any store.
    """

    def __init__(self) -> None:
        self._current = Derived(())
        # Per Graph: the data_version it last saw, and the generation it read then.
        self._seen: weakref.WeakKeyDictionary[Graph, tuple[int, tuple[int, ...]]]
        self._seen = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def current(self, graph: Graph) -> Derived:
        version = int(graph.store.conn.execute("PRAGMA data_version").fetchone()[0])
        seen = self._seen.get(graph)
        if seen is not None and seen[0] == version:
            generation = seen[1]
        else:
            generation = store_generation(graph.store)
            self._seen[graph] = (version, generation)
        with self._lock:
            if self._current.generation != generation:
                self._current = Derived(generation)
            return self._current


@dataclass
class ApiState:
    """Everything one app holds: settings, the pool, the cache, the writer, the upload rules."""

    settings: Settings
    token: str | None
    max_body: int
    pool: GraphPool
    cache: DerivedCache = field(default_factory=DerivedCache)
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    warming: threading.Thread | None = None  # serve.warm's thread, while the app runs
    _writer: Graph | None = None
    _knowledge: Knowledge | None = None

    @contextmanager
    def reading(self) -> Iterator[tuple[Graph, Derived]]:
        """A Graph for this request, and the answers derived from what it sees."""
        with self.pool.borrow() as graph:
            yield graph, self.cache.current(graph)

    @contextmanager
    def writing(self) -> Iterator[Graph]:
        """The one Graph that writes (its extractor stays loaded); one request at a time."""
        with self.write_lock:
            if self._writer is None:
                self._writer = diplograph.open(settings=self.settings)
            yield self._writer

    def knowledge(self) -> Knowledge:
        """Countries, places and aliases: loaded once for the app, not once per Graph."""
        if self._knowledge is None:
            self._knowledge = load_knowledge()
        return self._knowledge

    def close(self) -> None:
        self.pool.close()
        with self.write_lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
