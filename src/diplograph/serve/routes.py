"""The read-only endpoints: one per question of the Python API, JSON in the CLI's shapes.

Lists that can grow with the store are paged: ``{"items", "limit", "offset", "next_offset"}``
(and ``total`` where it is known without extra work).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import anyio.to_thread
from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool

from diplograph import shapes
from diplograph.graph import StoreStatus
from diplograph.knowledge import Knowledge
from diplograph.models import EVENT_TYPES, EventFilter
from diplograph.query.answers import Answers, facts_key, pair_key, search_key, series_key
from diplograph.query.facts import FigureFilter
from diplograph.query.timelines import PairTimeline
from diplograph.resolve.agreements import best_agreement
from diplograph.serve.schemas import (
    AgreementOut,
    AnswerOut,
    ArticleOut,
    ArticleSummary,
    Countries,
    Event,
    MetEvent,
    ObservationOut,
    Offices,
    Page,
    PersonOut,
    ProblemOut,
    RoleOf,
    SearchHits,
    StatusOut,
    Timeline,
)
from diplograph.serve.state import ApiState
from diplograph.serve.wire import (
    MAX_LIMIT,
    ApiError,
    JSONAnswer,
    Limit,
    Offset,
    country_code,
    day,
    page,
    partial_date,
)

router = APIRouter(prefix="/api", default_response_class=JSONAnswer)
T = TypeVar("T")

Status = Literal["occurred", "planned"]
From = Annotated[str | None, Query(alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD")]
To = Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD (included)")]
Country = Annotated[str, Query(description="ISO 3166 alpha-3 code or any name, e.g. KAZ, France")]


def _state(request: Request) -> ApiState:
    state: ApiState = request.app.state.diplograph
    return state


@router.get(
    "/status", response_model=StatusOut, summary="Counts of what is stored, and the server's queue"
)
async def status(request: Request) -> JSONAnswer:
    """The store's file name (not its path), schema version and counts; ``queue``: requests
    being answered (this one included), requests waiting for a worker thread, and the worker
    threads busy and in all (this process's, with ``serve --workers N``)."""
    state = _state(request)
    threads = anyio.to_thread.current_default_thread_limiter().statistics()
    queue = {
        "in_flight": state.gauge.in_flight,
        "waiting": threads.tasks_waiting,
        "threads_busy": threads.borrowed_tokens,
        "threads": int(threads.total_tokens),
    }

    def read() -> StoreStatus:
        with state.pool.borrow() as graph:
            return graph.status()

    info = await run_in_threadpool(read)
    return JSONAnswer({"store": Path(info.path).name, "schema_version": info.schema_version,
                       **info.counts, "queue": queue})  # fmt: skip


@router.get(
    "/problems",
    response_model=Page[ProblemOut],
    summary="Inputs that were rejected, with the reason",
)
def problems(request: Request, limit: Limit = 100, offset: Offset = 0) -> JSONAnswer:
    with _state(request).pool.borrow() as graph:
        found = graph.problems()
    items = [shapes.problem_json(p) for p in found[offset : offset + limit]]
    return JSONAnswer(page(items, limit, offset, total=len(found)))


@router.get(
    "/articles", response_model=Page[ArticleSummary], summary="Stored articles, oldest first"
)
def articles(request: Request, limit: Limit = 50, offset: Offset = 0) -> JSONAnswer:
    with _state(request).pool.borrow() as graph:
        rows = graph.articles(limit + 1, offset)
    return JSONAnswer(page([shapes.summary_json(r) for r in rows], limit, offset))


@router.get(
    "/articles/{article_id}",
    response_model=ArticleOut,
    summary="One article with its text and extraction",
)
def article(request: Request, article_id: str) -> JSONAnswer:
    """The article, the ids of its near-duplicate copies, and its events, figures, people and
    dates (``extraction`` is null until it is extracted). 404 when no article has this id."""
    with _state(request).pool.borrow() as graph:
        found = graph.article(article_id)
        copies = graph.copies(article_id)
        extraction = graph.extraction_if_any(article_id)
    return JSONAnswer(shapes.article_json(found, copies, extraction))


@router.get(
    "/countries",
    response_model=Countries,
    summary="Countries and pairs of countries that events involve",
)
def countries(
    request: Request,
    pairs: Annotated[int, Query(ge=0, le=MAX_LIMIT, description="Busiest pairs to list")] = 50,
) -> JSONAnswer:
    """Every country some stored event involves, with its name and how many event reports
    involve it (by code), and the ``pairs`` busiest pairs of countries: what a pair picker
    offers."""
    state = _state(request)
    known = state.knowledge()
    found, busiest = state.answers().countries()
    return JSONAnswer(
        {
            "items": [
                {"code": code, "name": _country_name(known, code), "events": count}
                for code, count in found
            ],
            "pairs": [{"a": a, "b": b, "events": count} for a, b, count in busiest[:pairs]],
        }
    )


def _country_name(known: Knowledge, code: str) -> str:
    try:
        return known.country_name(code)
    except KeyError:
        return code


@router.get(
    "/events",
    response_model=Page[Event],
    summary="Events as extracted from each article (not merged)",
)
def events(
    request: Request,
    country: Annotated[
        list[str] | None, Query(description="Repeat for events between several countries")
    ] = None,
    type_: Annotated[str | None, Query(alias="type", description=", ".join(EVENT_TYPES))] = None,
    status: Status | None = None,
    from_: From = None,
    to: To = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONAnswer:
    """Each article's events with their evidence, in date order (undated first). Every given
    country takes part; a date bound keeps dated events only."""
    if type_ is not None and type_ not in EVENT_TYPES:
        raise ApiError(422, "bad_type", f"type: {type_!r} is not one of {', '.join(EVENT_TYPES)}")
    start, end = partial_date(from_, "from"), partial_date(to, "to")
    state = _state(request)
    known = state.knowledge()
    with state.pool.borrow() as graph:
        codes = tuple(country_code(known, c, "country") for c in country or ())
        query = EventFilter(codes, type_, status, start, end)
        found, total = graph.events(query, limit, offset)
    items = [shapes.stored_event_json(e) for e in found]
    return JSONAnswer(page(items, limit, offset, total=total))


async def _answer(found: Answers, key: Hashable, work: Callable[[], T]) -> T:
    """``work()`` on the event loop when the derived answer it reads (``key``) is built (it
    then only cuts and joins it: well under a millisecond, where a worker thread costs more),
    else in a worker thread, as building one takes seconds on a large store."""
    if found.has(key):
        return work()
    return await run_in_threadpool(work)


@router.get(
    "/timeline",
    response_model=Timeline,
    summary="Events between two countries, merged across articles",
)
async def timeline(
    request: Request,
    a: Country,
    b: Country,
    from_: From = None,
    to: To = None,
    status: Status | None = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONAnswer:
    """``occurred`` in date order and ``planned`` by first report, each event with every
    sentence that reports it; ``limit`` and ``offset`` page each list. Undated events stay in
    any date window."""
    start, end = partial_date(from_, "from"), partial_date(to, "to")
    state = _state(request)
    known = state.knowledge()
    code_a, code_b = country_code(known, a, "a"), country_code(known, b, "b")
    found = state.answers()

    def work() -> dict[str, Any]:
        if not found.has(pair_key(code_a, code_b)):
            # The pair's first pages come from the stored resolution, read alone (the busiest
            # pair of a 1M-event store took 14-20 s to read whole), while it is built.
            kept = found.stored_page(code_a, code_b, (start, end, status), limit, offset)
            if kept is not None:
                return {
                    "a": code_a,
                    "b": code_b,
                    "occurred": found.encoded(kept.occurred, shapes.event_json),
                    "planned": found.encoded(kept.planned, shapes.event_json),
                    "total": {"occurred": kept.total_occurred, "planned": kept.total_planned},
                    "limit": limit,
                    "offset": offset,
                }
        pair: PairTimeline = found.pair_timeline(code_a, code_b)
        # Every event of the pair encoded once, with the first request (it builds the pair in
        # a worker thread anyway): a page of any later window is then a join of ready bytes.
        every = [*pair.occurred, *pair.planned]
        json = found.derived.own(("json", *pair_key(code_a, code_b)), lambda: dict(
            zip(map(id, every), found.encoded(every, shapes.event_json), strict=True)))  # fmt: skip
        window = pair.page(start, end, status, limit, offset)
        return {
            "a": code_a,
            "b": code_b,
            "occurred": [json[id(e)] for e in window.occurred],
            "planned": [json[id(e)] for e in window.planned],
            "total": {"occurred": window.total_occurred, "planned": window.total_planned},
            "limit": limit,
            "offset": offset,
        }

    return JSONAnswer(await _answer(found, pair_key(code_a, code_b), work))


@router.get(
    "/facts",
    response_model=Page[ObservationOut],
    summary="Economic figures, each with its citations",
)
async def facts(
    request: Request,
    of: Annotated[str | None, Query(description="Country whose figure it is")] = None,
    in_: Annotated[str | None, Query(alias="in", description="Country it is in or with")] = None,
    indicator: Annotated[str | None, Query(description="e.g. trade_turnover")] = None,
    targets: Annotated[bool, Query(description="Include stated targets")] = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONAnswer:
    """Observations in period order; conflicting values are flagged, never averaged."""
    state = _state(request)
    known = state.knowledge()
    of_code = country_code(known, of, "of") if of else None
    in_code = country_code(known, in_, "in") if in_ else None
    answers = state.answers()
    wanted = FigureFilter(indicator, of_code, in_code, targets)

    def work() -> dict[str, Any]:
        found = answers.facts(wanted)
        items = answers.encoded(found[offset : offset + limit], shapes.observation_json)
        return page(items, limit, offset, total=len(found))

    return JSONAnswer(await _answer(answers, facts_key(wanted), work))


@router.get(
    "/series",
    response_model=Page[ObservationOut],
    summary="One indicator between two countries over time",
)
async def series(
    request: Request,
    indicator: Annotated[str, Query(description="e.g. trade_turnover, companies")],
    a: Annotated[str, Query(description="First country (the 'of' side where it matters)")],
    b: Annotated[str, Query(description="Second country (the 'in' side)")],
    limit: Limit = 500,
    offset: Offset = 0,
) -> JSONAnswer:
    known = _state(request).knowledge()
    code_a, code_b = country_code(known, a, "a"), country_code(known, b, "b")
    answers = _state(request).answers()

    def work() -> dict[str, Any]:
        found = answers.series(indicator, code_a, code_b)
        items = answers.encoded(found[offset : offset + limit], shapes.observation_json)
        return page(items, limit, offset, total=len(found))

    key = series_key(indicator, code_a, code_b)
    return JSONAnswer(await _answer(answers, key, work))


@router.get(
    "/people", response_model=Page[PersonOut], summary="People, one per identity across spellings"
)
def people(request: Request, limit: Limit = 100, offset: Offset = 0) -> JSONAnswer:
    found = sorted(_state(request).answers().people().identities, key=lambda i: i.canonical)
    items = [shapes.person_json(i) for i in found[offset : offset + limit]]
    return JSONAnswer(page(items, limit, offset, total=len(found)))


@router.get("/who-met", response_model=Page[MetEvent], summary="Everyone a person met or visited")
def who_met(
    request: Request,
    name: Annotated[str, Query(min_length=1, description="A person's name, in any spelling")],
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONAnswer:
    found = _state(request).answers().view().who_met(name)
    items = [{"person": p, **shapes.event_json(e)} for p, e in found[offset : offset + limit]]
    return JSONAnswer(page(items, limit, offset, total=len(found)))


@router.get("/offices", response_model=Offices, summary="Who held a country's offices on a date")
def offices(
    request: Request,
    country: Country,
    role: Annotated[str | None, Query(description="e.g. head_of_state; all when absent")] = None,
    on: Annotated[str | None, Query(description="YYYY-MM-DD [default: newest article]")] = None,
) -> JSONAnswer:
    """The holder of each office (or of ``role``) on the day: ``Graph.role`` for every role."""
    when = day(on, "on")
    state = _state(request)
    code = country_code(state.knowledge(), country, "country")
    found = state.answers().view()
    roles = [role] if role else sorted({t.role for t in found.holders if t.country == code})
    terms = [found.role(code, r, when) for r in roles]
    shown = when or found.latest or date.today()  # the day GraphView.role looks at
    return JSONAnswer(
        {
            "country": code,
            "on": shown,
            "items": [shapes.term_json(t) for t in terms if t is not None],
        }
    )


@router.get("/role-of", response_model=RoleOf, summary="The offices a person held")
def role_of(
    request: Request,
    name: Annotated[str, Query(min_length=1, description="A person's name")],
    on: Annotated[str | None, Query(description="YYYY-MM-DD; all terms when absent")] = None,
) -> JSONAnswer:
    when = day(on, "on")
    view = _state(request).answers().view()
    terms, reported = view.role_of(name, when), view.offices_reported(name)
    return JSONAnswer({"name": name, "on": when, "items": [shapes.term_json(t) for t in terms],
                       "reported": [shapes.reported_office_json(r) for r in reported]})  # fmt: skip


@router.get(
    "/agreements", response_model=Page[AgreementOut], summary="Agreements and their lifecycles"
)
def agreements(
    request: Request,
    name: Annotated[
        str | None, Query(min_length=1, description="Any phrasing; the best match only")
    ] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONAnswer:
    """Every agreement, or the one a name means (``items`` is then empty or holds one)."""
    found = _state(request).answers().agreements()
    if name:
        best = best_agreement(found, name)
        chosen = [best] if best else []
    else:
        chosen = sorted(found, key=lambda a: a.name)
    items = [shapes.agreement_json(a) for a in chosen[offset : offset + limit]]
    return JSONAnswer(page(items, limit, offset, total=len(chosen)))


@router.get("/search", response_model=SearchHits, summary="Full-text search over sentences (BM25)")
async def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, description="FTS5 syntax: all words must occur")],
    limit: Annotated[int, Query(ge=1, le=500)] = 10,
) -> JSONAnswer:
    answers = _state(request).answers()

    def work() -> dict[str, Any]:
        hits = answers.search(q, limit)
        return {"items": answers.encoded(hits, shapes.search_hit_json), "limit": limit}

    return JSONAnswer(await _answer(answers, search_key(q, limit), work))


@router.get(
    "/ask",
    response_model=AnswerOut,
    summary="A question in English, answered with its date and citations",
)
def ask(
    request: Request,
    q: Annotated[str, Query(min_length=1, description="e.g. Whom did Tokayev meet?")],
) -> JSONAnswer:
    return JSONAnswer(_state(request).answers().ask(q).to_json())
