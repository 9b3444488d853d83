"""The HTTP API over one store: ``create_app(db_path)`` gives an ASGI app for uvicorn.

Read-only unless it is given a token; errors are JSON ``{"error", "detail"}`` with a 4xx status
for anything a client can fix (a bad parameter is never a 500).
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, Response
from starlette.staticfiles import StaticFiles

from diplograph.config import Settings
from diplograph.errors import (
    DiplographError,
    InputError,
    NotFoundError,
    QueryError,
    QueryTimeout,
)
from diplograph.query.growing import SnapshotFile
from diplograph.query.snapshot import snapshot_path
from diplograph.serve import docs, routes, uploads
from diplograph.serve.cached import ANSWER_BUDGET, CachedAnswers
from diplograph.serve.guard import LOOPBACK_HOSTS, Guard, HostNames
from diplograph.serve.state import ApiState, GraphPool
from diplograph.serve.warm import warm_up
from diplograph.serve.wire import ApiError, JSONAnswer, error_answer

DEFAULT_MAX_BODY = 10 * 1024 * 1024  # bytes in one POST /api/articles

log = logging.getLogger(__name__)


def create_app(
    db_path: str | Path | None = None,
    token: str | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    settings: Settings | None = None,
    answer_budget: int = ANSWER_BUDGET,
    warm: bool = True,
    allowed_hosts: Iterable[str] = (),
    freeze_heap: bool = False,
    view_snapshot: bool = False,
) -> FastAPI:
    """An app serving the store at ``db_path`` (or ``settings.db_path``).

    ``token``: when set (non-empty), ``POST /api/articles`` accepts articles from clients that
    send ``Authorization: Bearer <token>``; otherwise the API is read-only. ``max_body``: the
    largest request body accepted, in bytes. ``answer_budget``: bytes of answers kept to replay
    to repeated GET requests until the store changes (``serve.cached``); 0 keeps none.
    ``warm``: build what the page asks for first in the background at startup (``serve.warm``).
    ``allowed_hosts``: Host names to answer besides the loopback names (``serve.guard``).
    ``freeze_heap``: after each warm-up step, keep what the process holds out of the garbage
    collector's full passes (``serve.warm.settle_heap``); ``diplograph serve`` sets it, as the
    process is the server's alone. ``view_snapshot``: the warm-up reads the resolved view from
    its file first and writes it last (``query.snapshot``); ``serve`` sets it.
    """
    settings = settings or Settings.from_env(db_path)
    state = ApiState(settings=settings, token=token or None, max_body=max_body,
                     pool=_pool(settings, view_snapshot, freeze_heap))  # fmt: skip

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state.knowledge()  # loaded before the first request needs it
        stop = threading.Event()
        if warm:
            state.warming = warm_up(state, stop, freeze=freeze_heap)
        yield
        stop.set()
        state.close()

    app = FastAPI(
        title="diplograph",
        summary="A cited, temporal knowledge graph of international relations from dated news.",
        version=_version(),
        docs_url=None,  # docs.py serves /docs with local assets
        redoc_url=None,
        lifespan=lifespan,
        default_response_class=JSONAnswer,
    )
    app.state.diplograph = state
    app.include_router(routes.router)
    app.include_router(uploads.router)
    app.include_router(docs.router)
    app.mount("/static", StaticFiles(packages=[("diplograph.serve", "static")]), name="static")
    index = _read_index()
    app.add_api_route("/", lambda: HTMLResponse(index), include_in_schema=False)
    _add_error_handlers(app)
    if answer_budget > 0:
        app.add_middleware(CachedAnswers, state=state, budget=answer_budget)
    hosts = HostNames([*LOOPBACK_HOSTS, *allowed_hosts])
    app.add_middleware(Guard, hosts=hosts, gauge=state.gauge)  # added last: runs first
    return app


def _pool(settings: Settings, view_snapshot: bool, freeze_heap: bool) -> GraphPool:
    """The app's pool of Graphs, its view snapshot beside the store (``query.snapshot``); it
    fails now, with a clear error, if the store cannot be opened."""
    path = snapshot_path(settings.store_location) if view_snapshot else None
    pool = GraphPool(settings, snapshot=SnapshotFile(path, freeze_heap) if path else None)
    with pool.borrow():
        pass
    return pool


def app_from_env() -> FastAPI:
    """The app each of uvicorn's worker processes builds (``diplograph serve --workers N``):
    the store from ``DIPLOGRAPH_DB``, the token from ``DIPLOGRAPH_API_TOKEN``, the body limit
    from ``DIPLOGRAPH_API_MAX_BODY`` (bytes), the Host names from ``DIPLOGRAPH_ALLOWED_HOSTS``
    and the view snapshot unless ``DIPLOGRAPH_VIEW_SNAPSHOT`` is 0."""
    limit = os.environ.get("DIPLOGRAPH_API_MAX_BODY")
    return create_app(
        settings=Settings.from_env(),
        token=os.environ.get("DIPLOGRAPH_API_TOKEN") or None,
        max_body=int(limit) if limit else DEFAULT_MAX_BODY,
        allowed_hosts=allowed_hosts_from_env(),
        freeze_heap=True,
        view_snapshot=os.environ.get("DIPLOGRAPH_VIEW_SNAPSHOT", "1") != "0",
    )


def allowed_hosts_from_env() -> list[str]:
    """The names in ``DIPLOGRAPH_ALLOWED_HOSTS`` (separated by commas)."""
    return [n.strip() for n in os.environ.get("DIPLOGRAPH_ALLOWED_HOSTS", "").split(",")]


def _version() -> str:
    from diplograph import __version__

    return __version__


def _read_index() -> str:
    """The analysts' page at / (its scripts and styles are under /static/page/)."""
    page = resources.files("diplograph.serve") / "static" / "page" / "index.html"
    return page.read_text("utf-8")


def _add_error_handlers(app: FastAPI) -> None:
    async def api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_answer(exc.status, exc.error, exc.detail, headers)

    async def library_error(request: Request, exc: Exception) -> Response:
        if isinstance(exc, NotFoundError):
            return error_answer(404, "not_found", str(exc))
        if isinstance(exc, InputError):
            return error_answer(422, "bad_input", str(exc))
        if isinstance(exc, QueryTimeout):  # the server declines to spend more on it
            return error_answer(503, "query_timeout", str(exc))
        if isinstance(exc, QueryError):
            return error_answer(400, "bad_query", str(exc))
        return error_answer(400, "bad_request", str(exc))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return error_answer(422, "invalid_parameter", _describe(exc))

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = dict(exc.headers) if exc.headers else None
        return error_answer(exc.status_code, code, str(exc.detail), headers)

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error answering %s", request.url.path)
        return error_answer(500, "internal_error", f"{type(exc).__name__}; see the server's log")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(DiplographError, library_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(Exception, unexpected)


def _describe(exc: RequestValidationError) -> str:
    """FastAPI's list of problems as one line: "limit: Input should be ... ; a: Field required"."""
    parts = []
    for problem in exc.errors():
        where = ".".join(str(p) for p in problem.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where or 'request'}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts)
