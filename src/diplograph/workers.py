"""One worker-pool helper for ingest (fingerprints) and extraction (parse and extract).

Each forked worker process is handed one object once, when it starts (a Fingerprinter, an
Extractor with spaCy loaded): forking shares its memory, so nothing large is pickled. Work is
sent as (module-level function, item) and runs as ``function(object, item)`` in the worker;
results come back in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

S = TypeVar("S")
I = TypeVar("I")  # noqa: E741
R = TypeVar("R")

_HELD: list[Any] = []  # the object a forked worker was handed


def _hold(state: Any) -> None:
    _HELD[:] = [state]


def _run(job: tuple[Callable[[Any, Any], Any], Any]) -> Any:
    work, item = job
    return work(_HELD[0], item)


class WorkerPool(Generic[S]):
    """``processes`` forked workers holding ``state``, started on first use; with fewer than
    two processes the work runs here, in order. Use it as a context manager."""

    def __init__(self, state: S, processes: int) -> None:
        self.state = state
        self.processes = processes
        self._pool: Any = None

    def __enter__(self) -> WorkerPool[S]:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def imap(self, work: Callable[[S, I], R], items: Iterable[I]) -> Iterator[R]:
        """``work(state, item)`` for each item, in order (``work`` must be a module-level
        function: it is sent to the workers by name)."""
        if self.processes < 2:
            yield from (work(self.state, item) for item in items)
            return
        yield from self._started().imap(_run, ((work, item) for item in items))

    def _started(self) -> Any:
        if self._pool is None:
            import multiprocessing

            context = multiprocessing.get_context("fork")
            self._pool = context.Pool(self.processes, initializer=_hold, initargs=(self.state,))
        return self._pool
