"""Answers to repeated GET requests, replayed as the bytes first sent, until the store changes.

The page at / asks the same few questions again and again (a pair's timeline, its figures, the
same date windows while brushing). ``CachedAnswers`` sits in front of the app as ASGI
middleware: a GET under ``/api/`` whose path and query string were answered with a 200 in the
store's current generation is answered from memory, on the event loop, without routing,
validation or a worker thread. Everything else goes to the app unchanged; the first 200 answer
to each request is kept (within a byte budget per generation, least recently used first out).

The generation is the one the answer cache follows (``query.cache``), so an article added by
any process (the CLI, ``POST /api/articles``, another server) makes the next request see it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diplograph.encoding import kept
from diplograph.query.cache import Derived
from diplograph.serve.state import ApiState

ANSWER_BUDGET = 64 * 1024 * 1024  # bytes of kept answers per store generation
LARGEST_KEPT = 4 * 1024 * 1024  # a longer answer is sent, not kept
# Rejected inputs are not part of the store's generation; the status shows the queue of now.
NEVER_KEPT = ("/api/problems", "/api/status")


@dataclass(frozen=True)
class KeptAnswer:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class AnswerShelf:
    """Answers of one generation by request, within ``budget`` bytes."""

    def __init__(self, budget: int = ANSWER_BUDGET) -> None:
        self.budget = budget
        self.size = 0
        self._answers: OrderedDict[tuple[str, bytes], KeptAnswer] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, bytes]) -> KeptAnswer | None:
        with self._lock:
            found = self._answers.get(key)
            if found is not None:
                self._answers.move_to_end(key)
            return found

    def put(self, key: tuple[str, bytes], answer: KeptAnswer) -> None:
        if len(answer.body) > min(LARGEST_KEPT, self.budget):
            return
        with self._lock:
            old = self._answers.pop(key, None)
            if old is not None:
                self.size -= len(old.body)
            self._answers[key] = answer
            self.size += len(answer.body)
            while self.size > self.budget:
                _, dropped = self._answers.popitem(last=False)
                self.size -= len(dropped.body)

    def __len__(self) -> int:
        return len(self._answers)


def shelf_of(derived: Derived, budget: int = ANSWER_BUDGET) -> AnswerShelf:
    return derived.own("answers", lambda: AnswerShelf(budget))


class CachedAnswers:
    """ASGI middleware: replays kept answers to GET /api/... (see the module's text)."""

    def __init__(self, app: ASGIApp, state: ApiState, budget: int = ANSWER_BUDGET) -> None:
        self.app = app
        self.state = state
        self.budget = budget

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not path.startswith("/api/")
            or path.startswith(NEVER_KEPT)
        ):
            await self.app(scope, receive, send)
            return
        shelf = shelf_of(self.state.answers().derived, self.budget)
        key = (path, scope.get("query_string", b""))
        answer = shelf.get(key)
        if answer is not None:
            await send({"type": "http.response.start", "status": answer.status,
                        "headers": answer.headers})  # fmt: skip
            await send({"type": "http.response.body", "body": answer.body})
            return
        started: list[Message] = []
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                started.append(message)
            elif message["type"] == "http.response.body" and started:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and started[0]["status"] == 200:
                    headers = [(bytes(k), bytes(v)) for k, v in started[0].get("headers", [])]
                    shelf.put(key, KeptAnswer(200, headers, kept(b"".join(chunks))))
            await send(message)

        await self.app(scope, receive, keep)
