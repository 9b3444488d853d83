"""Adding articles over HTTP: ``POST /api/articles``, allowed only when the server has a token.

The body is one input in any format ``diplograph ingest`` reads (seed text, JSONL, plain text,
HTML, RSS/Atom), sent as it is. The answer is the report of ``ingest --json``. New stories are
then extracted, so they appear in every other endpoint at once; a story that cannot be
extracted is stored all the same, and the answer is then a 202 that says why.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from diplograph.serve.state import ApiState
from diplograph.serve.wire import ApiError, JSONAnswer, day
from diplograph.shapes import ingest_json

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", default_response_class=JSONAnswer)
bearer = HTTPBearer(auto_error=False, description="The server's DIPLOGRAPH_API_TOKEN")

Format = Literal["auto", "seed", "jsonl", "text", "html", "feed"]
_SUFFIXES = {"jsonl": ".jsonl", "html": ".html", "feed": ".xml", "seed": ".txt", "text": ".txt"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$")
_BODY_TYPES = ("application/octet-stream", "text/plain", "application/x-ndjson", "text/html")
_REQUEST_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": "The input exactly as a file would hold it",
        "content": {kind: {"schema": {"type": "string"}} for kind in _BODY_TYPES},
    }
}


@router.post(
    "/articles",
    summary="Add articles (only when the server has a token)",
    openapi_extra=_REQUEST_BODY,
    responses={
        202: {"description": "Stored, but some new stories could not be extracted (the reasons "
              "are in extraction_problems)"},
        401: {"description": "No token or a wrong one"},
        413: {"description": "Too big"},
        422: {"description": "A parameter is wrong, or the body cannot be read"},
    },
)  # fmt: skip
async def add_articles(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer)],
    fmt: Annotated[
        Format, Query(alias="format", description="Input format; auto detects it")
    ] = "auto",
    date_: Annotated[
        str | None, Query(alias="date", description="YYYY-MM-DD for inputs that lack one")
    ] = None,
    name: Annotated[
        str | None,
        Query(
            description="File name: gives a single article its id (kz-fr-2024.txt -> kz-fr-2024)"
        ),
    ] = None,
    extract: Annotated[bool, Query(description="Extract the new stories")] = True,
) -> JSONAnswer:
    """Store the articles in the body; the report counts new, unchanged, merged duplicates and
    rejected inputs (with reasons) and says how many stories were extracted (and why any could
    not be: a 202)."""
    state: ApiState = request.app.state.diplograph
    authorize(state, credentials)
    published = day(date_, "date")
    if name is not None and not _NAME.match(name):
        raise ApiError(422, "bad_name", f"name: {name!r} must be a plain file name (letters, "
                       "digits, '.', '_', '~', '-'), at most 200 characters")  # fmt: skip
    body = await read_body(request, state.max_body)
    chosen = name or f"upload-{hashlib.sha256(body).hexdigest()[:12]}{_SUFFIXES.get(fmt, '')}"
    report = await run_in_threadpool(_ingest, state, body, chosen, fmt, published, extract)
    return JSONAnswer(report, status_code=202 if report["extraction_problems"] else 200)


def authorize(state: ApiState, credentials: HTTPAuthorizationCredentials | None) -> None:
    """Pass only a bearer token equal to the server's (compared in constant time)."""
    if state.token is None:
        raise ApiError(403, "read_only", "this server is read-only: start it with "
                       "DIPLOGRAPH_API_TOKEN set to allow adding articles")  # fmt: skip
    if credentials is None:
        raise ApiError(401, "missing_token", "send the header 'Authorization: Bearer <token>'")
    given = credentials.credentials.encode("utf-8")
    if not hmac.compare_digest(given, state.token.encode("utf-8")):
        raise ApiError(401, "bad_token", "the bearer token is not this server's token")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to pass ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ApiError(400, "bad_length", f"Content-Length {declared!r} is not a number")
        if int(declared) > limit:
            raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    if size == 0:
        raise ApiError(422, "empty_body", "the body is empty: send the article file's bytes")
    return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    return ApiError(413, "too_large", f"the body is over the server's limit of {limit} bytes; "
                    "send fewer articles at a time")  # fmt: skip


def _ingest(
    state: ApiState, body: bytes, name: str, fmt: str, published: date | None, extract: bool
) -> dict[str, Any]:
    with state.writing() as graph:
        try:
            report = graph.ingest_bytes(
                body, name, origin=f"POST /api/articles {name}", fmt=fmt, published_on=published
            )
        except (UnicodeError, RecursionError, ValueError) as exc:
            # A reader should record such input as a problem; until every one does, the client
            # learns what stopped it (and nothing after that point is stored).
            log.warning("upload %s stopped: %s: %s", name, type(exc).__name__, exc)
            raise ApiError(422, "unreadable_input", f"{name}: reading stopped at input "
                           f"diplograph cannot take ({type(exc).__name__}: {str(exc)[:200]}); "
                           "nothing from there on was stored") from None  # fmt: skip
        extracted = graph.extract() if extract else None
    return ingest_json(report, extracted)
