"""What crosses the wire: query parameters turned into the Python API's values, answers as JSON
(dates as ISO 8601), and every failure as ``{"error": ..., "detail": ...}`` with its status.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from fastapi import Query
from starlette.responses import JSONResponse

from diplograph.encoding import encode
from diplograph.knowledge import Knowledge

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000  # past any store's lists, and exact as a number in any JSON reader
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Items per page (1-{MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip")]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ApiError(Exception):
    """A request the API cannot answer: the status, a short code and what to do about it."""

    def __init__(self, status: int, error: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.error = error
        self.detail = detail


class JSONAnswer(JSONResponse):
    """JSON as the CLI writes it (dates in ISO 8601), compact."""

    def render(self, content: Any) -> bytes:
        return encode(content)


def error_answer(
    status: int, error: str, detail: str, headers: dict[str, str] | None = None
) -> JSONAnswer:
    return JSONAnswer({"error": error, "detail": detail}, status_code=status, headers=headers)


def country_code(knowledge: Knowledge, value: str, param: str) -> str:
    """``Graph.country`` over the app's one Knowledge, where a name that is no country is a 422
    naming ``param``."""
    code = knowledge.code_of(value)
    if code is None:
        hint = "use an ISO code such as KAZ"
        raise ApiError(
            422, "unknown_country", f"{param}: {value.strip()!r} names no country; {hint}"
        )
    return code


def partial_date(value: str | None, param: str) -> str | None:
    """A date bound YYYY, YYYY-MM or YYYY-MM-DD, checked to be a real date."""
    if value is None:
        return None
    match = _PARTIAL_DATE.match(value.strip())
    if match:
        year, month, day = match[1], match[2] or "01", match[3] or "01"
        try:
            date(int(year), int(month), int(day))
            return value.strip()
        except ValueError:
            pass
    raise ApiError(422, "bad_date", f"{param}: {value!r} is not a date YYYY, YYYY-MM or YYYY-MM-DD")


def day(value: str | None, param: str) -> date | None:
    """A day YYYY-MM-DD."""
    if value is None:
        return None
    text = value.strip()
    if _DAY.match(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ApiError(422, "bad_date", f"{param}: {value!r} is not a date YYYY-MM-DD")


def page(items: list[Any], limit: int, offset: int, total: int | None = None) -> dict[str, Any]:
    """A page of a list: its items, where it starts, and the offset of the next page (or null).

    ``items`` may hold one item more than ``limit``: that one only tells that a next page exists.
    """
    more = len(items) > limit if total is None else offset + limit < total
    body: dict[str, Any] = {
        "items": items[:limit],
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if more else None,
    }
    if total is not None:
        body["total"] = total
    return body
