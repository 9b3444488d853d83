"""Answers derived from one version ("generation") of the store, built once and shared.

Resolving the whole graph takes seconds on a large store, so the resolved view, the
observations of figures, each pair's timeline and each question's answer are built once per
store generation (``Store.generation``) and shared, read-only, by every caller: the
Python API, the CLI, the HTTP API and the page (``query.answers.Answers`` reads them).

A lone ``Graph`` builds in the calling thread and always answers from the store as it is now
(``DirectBuilds``). ``serve`` shares one ``AnswerCache`` between all its connections, with
``SharedBuilds``: one build per answer at a time, and while a writer keeps changing the store
a request may get the answer of a generation a moment old rather than wait for a rebuild.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, cast

import orjson

from diplograph.encoding import fragment
from diplograph.query.growing import GrowingView, SnapshotFile
from diplograph.store.base import Store

T = TypeVar("T")
Borrow = Callable[[], AbstractContextManager[Store]]

DERIVED_ENTRIES = 256  # answers of one kind kept per generation (timelines, searches)
PATIENCE = 1.0  # seconds a request waits for an answer being built before it takes the last
FRAGMENTS = 200_000  # items kept as encoded JSON per generation (about 100 MB at most)


def _kind(key: Hashable) -> Hashable:
    """The kind of a derived answer's key: the key, or the first item of a tuple."""
    return key[0] if isinstance(key, tuple) else key


class Builds(Protocol):
    """How a Derived value that is not there yet is built."""

    def get(self, key: Hashable, owner: Derived, build: Callable[[Store], Any]) -> Any: ...


class DirectBuilds:
    """Build in the calling thread, on the caller's own store, for the generation asked for."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: Hashable, owner: Derived, build: Callable[[Store], Any]) -> Any:
        value = build(self.store)
        owner.keep(key, value)
        return value


class Derived:
    """Answers computed from one generation of the store; each built once (``Builds``).

    A key is a name, or a tuple whose first item names its kind; each kind keeps its
    ``DERIVED_ENTRIES`` most recently used answers, so many searches never evict a timeline.
    """

    def __init__(
        self, generation: tuple[int, ...], builds: Builds, growing: GrowingView | None = None
    ) -> None:
        self.generation = generation
        self.growing = growing or GrowingView()  # the resolved view, kept across generations
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

    def get(self, key: Hashable, build: Callable[[Store], T]) -> T:
        """The value under ``key``, built by ``build(store)`` on first use (with
        ``SharedBuilds``, while the store changes, it may be an earlier generation's)."""
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

    def kept(self, kinds: Iterable[Hashable]) -> dict[Hashable, Any]:
        """Every value built of these kinds (``query.snapshot`` writes them)."""
        with self._lock:
            return {
                key: value for kind in kinds for key, value in self._values.get(kind, {}).items()
            }

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


class SharedBuilds:
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
    build reads the store through a connection of its own (``borrow``).
    """

    def __init__(self, borrow: Borrow, patience: float = PATIENCE) -> None:
        self.borrow = borrow
        self.patience = patience
        self._lock = threading.Lock()
        self._running: dict[Hashable, _Build] = {}
        self._last: dict[Hashable, OrderedDict[Hashable, _Built]] = {}  # by kind, as in Derived
        self._inside = threading.local()

    def get(self, key: Hashable, owner: Derived, build: Callable[[Store], Any]) -> Any:
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

    def _run(self, key: Hashable, running: _Build, build: Callable[[Store], Any]) -> None:
        outer = getattr(self._inside, "building", False)
        self._inside.building = True
        try:
            with self.borrow() as store:
                started = time.monotonic()
                value = build(store)
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


class AnswerCache:
    """The Derived answers of the store's current generation, for every connection that uses
    this cache (a Graph's own, or all of serve's)."""

    def __init__(self, builds: Builds, snapshot: SnapshotFile | None = None) -> None:
        self.builds = builds
        self.growing = GrowingView(snapshot)
        self._current = Derived((), builds, self.growing)
        self._lock = threading.Lock()

    @classmethod
    def shared(
        cls, borrow: Borrow, patience: float = PATIENCE, snapshot: SnapshotFile | None = None
    ) -> AnswerCache:
        """One cache for many connections and threads (``serve``); ``snapshot``: the view
        snapshot read before the view is first built (``query.snapshot``)."""
        return cls(SharedBuilds(borrow, patience), snapshot)

    def current(self, store: Store) -> Derived:
        """The answers of the generation ``store`` sees now."""
        generation = store.generation()
        with self._lock:
            if self._current.generation != generation:
                self._current = Derived(generation, self.builds, self.growing)
            return self._current
