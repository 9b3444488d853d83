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
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

import orjson

import diplograph
from diplograph.config import Settings
from diplograph.graph import Graph
from diplograph.knowledge import Knowledge, load_knowledge
from diplograph.serve.guard import RequestGauge
from diplograph.serve.wire import fragment
from diplograph.store.api_queries import store_generation

T = TypeVar("T")

DERIVED_ENTRIES = 256  # answers of one kind kept per generation (timelines, searches)
PATIENCE = 1.0  # seconds a request waits for an answer being built before it takes the last
FRAGMENTS = 200_000  # items kept as encoded JSON per generation (about 100 MB at most)


def _kind(key: Hashable) -> Hashable:
    """The kind of a derived answer's key: the key, or the first item of a tuple."""
    return key[0] if isinstance(key, tuple) else key


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
    """Answers computed from one generation of the store; each built once (``Builds``).

    A key is a name, or a tuple whose first item names its kind; each kind keeps its
    ``DERIVED_ENTRIES`` most recently used answers, so many searches never evict a timeline.
    """

    def __init__(self, generation: tuple[int, ...], builds: Builds) -> None:
        self.generation = generation
        self._builds = builds
        self._values: dict[Hashable, OrderedDict[Hashable, Any]] = {}
        self._own: dict[Hashable, Any] = {}
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
        kind = _kind(key)
        with self._lock:
            return key in self._values.get(kind, ())

    def get(self, key: Hashable, build: Callable[[Graph], T]) -> T:
        """The value under ``key``, built by ``build(graph)`` on first use (see ``Builds``:
        while the store changes, it may be the value of an earlier generation)."""
        kind = _kind(key)
        with self._lock:
            shelf = self._values.setdefault(kind, OrderedDict())
            if key in shelf:
                shelf.move_to_end(key)
                return cast(T, shelf[key])
        return cast(T, self._builds.get(key, self, build))

    def keep(self, key: Hashable, value: Any) -> None:
        """Keep a value built for this generation."""
        kind = _kind(key)
        with self._lock:
            shelf = self._values.setdefault(kind, OrderedDict())
            shelf[key] = value
            while len(shelf) > DERIVED_ENTRIES:
                shelf.popitem(last=False)

    def own(self, key: Hashable, make: Callable[[], T]) -> T:
        """A value of this generation alone, made at once (it must be cheap to make)."""
        with self._lock:
            if key not in self._own:
                self._own[key] = make()
            return cast(T, self._own[key])


@dataclass
class _Build:
    owner: Derived  # the generation it was started for
    done: Future[Any] = field(default_factory=Future)


@dataclass(frozen=True)
class _Built:
    value: Any
    rests_until: float  # no new build of the key for requests before then (monotonic clock)


class Builds:
    """Derived answers being built, one build per key at a time whatever the generation, and
    the last answer built of each key.

    While a process writes to the store, its generation changes many times a second, and a
    whole graph's people or view takes seconds (tens on 1,000 wire stories) to build again:
    a build per request and generation kept every core busy and made readers wait minutes.
    So a request joins the build of its key under way, if any, even one started for an earlier
    generation; when an earlier answer of the key exists, it waits at most ``patience``
    seconds and then takes that one, while the build goes on in a thread of its own for the
    next requests. After a build, the key rests as long as the build took (requests then get
    its answer): a key is rebuilt at most half of the time, the rest is left to requests.
    A build made inside another build always waits for its own generation's answer. Every
    build reads the store through a Graph of its own from the pool.
    """

    def __init__(self, pool: GraphPool, patience: float = PATIENCE) -> None:
        self.pool = pool
        self.patience = patience
        self._lock = threading.Lock()
        self._running: dict[Hashable, _Build] = {}
        self._last: dict[Hashable, OrderedDict[Hashable, _Built]] = {}  # by kind, as in Derived
        self._inside = threading.local()

    def get(self, key: Hashable, owner: Derived, build: Callable[[Graph], Any]) -> Any:
        nested = getattr(self._inside, "building", False)
        while True:
            with self._lock:
                running = self._running.get(key)
                kept = self._last.get(_kind(key))
                last = kept.get(key) if kept is not None else None
                if running is None and last is not None and not nested:
                    if time.monotonic() < last.rests_until:
                        return last.value
                if started := running is None:
                    running = self._running[key] = _Build(owner)
            waits = nested or last is None
            if started and waits:
                self._run(key, running, build)
            elif started:
                threading.Thread(target=self._run, args=(key, running, build),
                                 name="diplograph-build", daemon=True).start()  # fmt: skip
            try:
                value = running.done.result(timeout=None if waits else self.patience)
            except FutureTimeout:
                assert last is not None
                return last.value
            if not nested or running.owner.generation == owner.generation:
                return value

    def _run(self, key: Hashable, running: _Build, build: Callable[[Graph], Any]) -> None:
        outer = getattr(self._inside, "building", False)
        self._inside.building = True
        try:
            with self.pool.borrow() as graph:
                started = time.monotonic()
                value = build(graph)
        except BaseException as exc:  # handed to every request that waits for this build
            self._finish(key, running)
            running.done.set_exception(exc)
        else:
            running.owner.keep(key, value)
            took = time.monotonic() - started
            self._finish(key, running, _Built(value, rests_until=started + 2 * took))
            running.done.set_result(value)
        finally:
            self._inside.building = outer

    def _finish(self, key: Hashable, running: _Build, built: _Built | None = None) -> None:
        with self._lock:
            if self._running.get(key) is running:
                del self._running[key]
            if built is not None:
                shelf = self._last.setdefault(_kind(key), OrderedDict())
                shelf[key] = built
                shelf.move_to_end(key)
                while len(shelf) > DERIVED_ENTRIES:
                    shelf.popitem(last=False)


class DerivedCache:
    """The Derived answers of the store's current generation.

    ``store_generation`` reads eight numbers (two of them counts, which grow with the store);
    it is read again only when SQLite's ``PRAGMA data_version`` tells that another connection
    committed since this Graph last looked. That pragma costs microseconds on any store.
    """

    def __init__(self, pool: GraphPool, patience: float = PATIENCE) -> None:
        self.builds = Builds(pool, patience)
        self._current = Derived((), self.builds)
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
                self._current = Derived(generation, self.builds)
            return self._current


@dataclass
class ApiState:
    """Everything one app holds: settings, the pool, the cache, the writer, the upload rules,
    the count of requests in flight."""

    settings: Settings
    token: str | None
    max_body: int
    pool: GraphPool
    cache: DerivedCache = field(init=False)
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    gauge: RequestGauge = field(default_factory=RequestGauge)
    warming: threading.Thread | None = None  # serve.warm's thread, while the app runs
    _writer: Graph | None = None
    _knowledge: Knowledge | None = None

    def __post_init__(self) -> None:
        self.cache = DerivedCache(self.pool)

    @contextmanager
    def reading(self) -> Iterator[tuple[Graph, Derived]]:
        """A Graph for this request, and the answers derived from what it sees."""
        with self.pool.borrow() as graph:
            yield graph, self.cache.current(graph)

    def derived(self) -> Derived:
        """The answers derived from the store as it is now (each builds with a Graph of its
        own, so a request that reads only them needs none)."""
        with self.pool.borrow() as graph:  # microseconds: a pragma, no query planning
            return self.cache.current(graph)

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
