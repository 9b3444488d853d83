"""What the page at / asks for first, built in the background as the server starts.

On a large store the first answers take seconds each (every figure grouped into observations,
the busiest pair's timeline resolved, the whole graph resolved for offices and questions).
``warm_up`` builds them in a thread of their own, in the order the page needs them, through the
same cached answers requests use (``Graph.answers``): a request that comes first waits for the
same build instead of starting another, and one that comes later finds it done.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable

from diplograph.query.answers import Answers
from diplograph.query.facts import FigureFilter
from diplograph.serve.state import ApiState

log = logging.getLogger(__name__)

Step = tuple[str, Callable[[Answers], object]]


def _busiest_pair(answers: Answers) -> object:
    _, pairs = answers.countries()
    if not pairs:
        return None
    a, b, _ = pairs[0]
    return answers.pair_timeline(a, b)


# What questions read besides the view: the words and time grammar of a question (seconds to
# load, spaCy included), and each long list of figures with its periods as columns (0.1-0.3 s
# a list on a 1M-event store, which the first question about it waited for).
QUESTION_STEPS: tuple[Step, ...] = (
    ("question words", Answers.prepare_questions),
    ("figure columns", Answers.figure_columns),
)

STEPS: tuple[Step, ...] = (
    ("countries", Answers.countries),
    ("people", Answers.people),
    ("agreements", Answers.agreements),
    ("observations", lambda answers: answers.facts(FigureFilter())),
    # The whole view before any timeline: a pair's timeline is then taken from it (0.8 s for
    # the busiest pair of a 1M-event store, against 116 s resolving that pair from the store,
    # where the view took 54 s), and so is every later generation's (query.growing).
    ("graph view", Answers.view),
    # Questions about events read the view's events as columns (seconds at 1M events).
    ("event columns", Answers.event_columns),
    *QUESTION_STEPS,
    ("busiest pair's timeline", _busiest_pair),
    # Kept in the store for the next start (query.stored): resolved once more, in the
    # background, when the store keeps none yet.
    ("stored resolution", Answers.stored_resolution),
)

# When the store keeps a resolution: brought up to date first (only what was extracted since
# its mark), the busiest pair's timeline is read from it (seconds on a 1M-event store), and
# only then is the whole view built for the other questions.
KEPT_STEPS: tuple[Step, ...] = (
    ("stored resolution", Answers.stored_resolution),
    ("countries", Answers.countries),
    ("busiest pair's timeline", _busiest_pair),
    ("people", Answers.people),
    ("agreements", Answers.agreements),
    ("observations", lambda answers: answers.facts(FigureFilter())),
    ("graph view", Answers.view),
    ("event columns", Answers.event_columns),
    *QUESTION_STEPS,
)


def settle_heap() -> None:
    """Move what the process holds now out of the cyclic garbage collector's sight
    (``gc.freeze``). The view of a large store is millions of objects that live as long as
    their generation; every full collection walked them all (3.4 s for the 8.5 million objects
    of a 1M-event store, 20 s in all during one warm-up), and stopped every request meanwhile.
    Frozen objects are still freed when nothing refers to them (a store generation's answers,
    dropped, leave no garbage in cycles behind: measured on a 100k-event store); only garbage
    in reference cycles among them would be kept, and the young generations are collected
    first."""
    gc.collect(1)
    gc.freeze()


def steps(answers: Answers, snapshot: bool) -> list[Step]:
    """The warm-up's steps for this store: with a view snapshot (``query.snapshot``), read it
    first (when it is of the store's generation, every later step finds its answer built) and
    write it last (when it is not of the generation the steps built)."""
    chosen = list(KEPT_STEPS if answers.keeps_resolution() else STEPS)
    if not snapshot:
        return chosen
    return [
        ("view snapshot read", Answers.read_snapshot),
        *chosen,
        ("view snapshot written", Answers.write_snapshot),
    ]


def warm_up(state: ApiState, stop: threading.Event, freeze: bool = False) -> threading.Thread:
    """Start building ``steps`` in a daemon thread; setting ``stop`` ends it between steps.
    ``freeze``: ``settle_heap`` after each step (a server process's choice: it freezes the
    whole process's objects, not only the app's)."""

    def run() -> None:
        answers = state.answers()
        for name, step in steps(answers, state.pool.cache.growing.snapshot is not None):
            if stop.is_set():
                return
            started = time.perf_counter()
            try:
                result = step(answers)
            except Exception:  # a request will build it again and report the error
                log.exception("warming up %s failed", name)
                return
            if freeze:
                settle_heap()
            said = f" ({result})" if isinstance(result, str) else ""
            log.info("warm: %s in %.1f s%s", name, time.perf_counter() - started, said)

    thread = threading.Thread(target=run, name="diplograph-warm-up", daemon=True)
    thread.start()
    return thread
