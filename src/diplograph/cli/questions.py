"""Commands that ask the graph: facts, series, timeline, who-met, role, role-of, agreement,
search and ask. Each prints text, or with ``--json`` the API's answer for the same question."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from diplograph.cli.common import AsJson, EventStatus, app, emit_json, open_graph, out, parse_day
from diplograph.errors import DiplographError
from diplograph.query.facts import Observation
from diplograph.query.graph import citations
from diplograph.resolve.events import ResolvedEvent
from diplograph.shapes import (
    agreement_json,
    event_json,
    observation_json,
    reported_office_json,
    search_hit_json,
    term_json,
)


@app.command()
def facts(
    of: Annotated[str | None, typer.Option("--of", help="Country (code or name)")] = None,
    in_: Annotated[str | None, typer.Option("--in", help="Country (code or name)")] = None,
    indicator: Annotated[str | None, typer.Option(help="e.g. trade_turnover, companies")] = None,
    targets: Annotated[bool, typer.Option(help="Include stated targets")] = False,
    as_json: AsJson = False,
) -> None:
    """Economic figures as observations, each with its citations."""
    with open_graph() as graph:
        found = graph.facts(indicator=indicator, of=of, in_=in_, include_targets=targets)
    if as_json:
        emit_json([observation_json(o) for o in found])
        return
    if not found:
        out.print("No figures match.")
    for obs in found:
        _print_observation(obs)


@app.command()
def series(
    indicator: Annotated[str, typer.Argument(help="e.g. trade_turnover, companies")],
    a: Annotated[str, typer.Argument(help="First country (the 'of' side where it matters)")],
    b: Annotated[str, typer.Argument(help="Second country (the 'in' side)")],
    as_json: AsJson = False,
) -> None:
    """One indicator between two countries over time; hedges and conflicts marked."""
    with open_graph() as graph:
        found = graph.series(indicator, a, b)
    if as_json:
        emit_json([observation_json(o) for o in found])
        return
    if not found:
        out.print(f"No {indicator} figures between {a} and {b}.")
    for obs in found:
        _print_observation(obs)


def _print_observation(obs: Observation) -> None:
    hedge = {
        "exact": "",
        "more_than": "over ",
        "less_than": "under ",
        "about": "about ",
        "at_most": "at most ",
    }.get(obs.qualifier, obs.qualifier + " ")
    flags = " [CONFLICT: other values for this period]" if obs.conflict else ""
    sources = ", ".join(f"{c.article_id} [chars {c.start}-{c.end}]" for c in obs.citations)
    out.print(
        f"{obs.period or 'no period':<17} {obs.indicator:<17} {obs.of}->{obs.in_}  "
        f"{hedge}{obs.value:,.0f} {obs.unit}{flags}  <- {sources}",
        highlight=False,
        markup=False,
        soft_wrap=True,
    )


@app.command()
def timeline(
    a: Annotated[str, typer.Argument(help="Country (code or name)")],
    b: Annotated[str, typer.Argument(help="Country (code or name)")],
    from_: Annotated[str | None, typer.Option("--from", help="YYYY[-MM[-DD]]")] = None,
    to: Annotated[str | None, typer.Option("--to", help="YYYY[-MM[-DD]]")] = None,
    status: Annotated[
        EventStatus | None, typer.Option(help="Only occurred or only planned events")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Events between two countries in date order; planned ones apart; each with citations."""
    with open_graph() as graph:
        occurred, planned = graph.timeline(
            a, b, start=from_, end=to, status=status.value if status else None
        )
    if as_json:
        emit_json({"a": graph.country(a), "b": graph.country(b),
                   "occurred": [event_json(e) for e in occurred],
                   "planned": [event_json(e) for e in planned]})  # fmt: skip
        return
    for event in occurred:
        _print_resolved(event, event.date or "no date")
    if planned:
        out.print("[bold]Planned[/]")
    for event in planned:
        _print_resolved(event, "planned")


def _print_resolved(event: ResolvedEvent, when: str) -> None:
    who = ", ".join(event.people) or "-".join(event.countries)
    where = f" @ {event.place}" if event.place else ""
    what = f" {event.agreement}" if event.agreement else ""
    cites = " ".join(f"[{c.doc} {c.start}-{c.end}]" for c in citations(event))
    out.print(
        f"{when:<12} {event.type + '/' + (event.mode or '-'):<22} {who}{where}{what}  {cites}",
        highlight=False, markup=False, soft_wrap=True,
    )  # fmt: skip


@app.command("who-met")
def who_met(
    name: Annotated[str, typer.Argument(help="A person's name, in any spelling")],
    as_json: AsJson = False,
) -> None:
    """Everyone a person met or visited, with dates and citations."""
    with open_graph() as graph:
        found = graph.who_met(name)
    if as_json:
        emit_json([{"person": other, **event_json(e)} for other, e in found])
        return
    if not found:
        out.print(f"No meetings of {name} in the graph.")
    for other, event in found:
        _print_resolved(event, event.date or "no date")
        del other


@app.command()
def role(
    country: Annotated[str, typer.Argument(help="Country (code or name)")],
    role_name: Annotated[str, typer.Argument(metavar="ROLE", help="e.g. head_of_state")],
    on: Annotated[
        str | None, typer.Option(help="Date YYYY-MM-DD [default: newest article]")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Who held an office on a date."""
    with open_graph() as graph:
        term = graph.role(country, role_name, parse_day(on, "--on"))
    if as_json:
        emit_json(term_json(term) if term else None)
        return
    out.print(f"{term.person} ({term.start} to {term.end or 'now'}; {term.source})"
              if term else "No holder known.", highlight=False)  # fmt: skip


@app.command("role-of")
def role_of(
    name: Annotated[str, typer.Argument(help="A person's name")],
    on: Annotated[str | None, typer.Option(help="Date YYYY-MM-DD")] = None,
    as_json: AsJson = False,
) -> None:
    """The offices a person held (on a date, or all)."""
    day = parse_day(on, "--on")
    with open_graph() as graph:
        terms = graph.role_of(name, day)
        reported = graph.view().offices_reported(name)
    if as_json:
        emit_json({"name": name, "on": day, "items": [term_json(t) for t in terms],
                   "reported": [reported_office_json(r) for r in reported]})  # fmt: skip
        return
    if not terms and not reported:
        out.print(f"No office of {name} is known.")
    for r in reported:
        line = f"reported: {r.country or '?'} {r.role}: {r.first_reported} to {r.last_reported}"
        out.print(f"{line} in {', '.join(r.articles)}", highlight=False, soft_wrap=True)
    for t in terms:
        out.print(f"{t.country} {t.role}: {t.start} to {t.end or 'now'} ({t.source})",
                  highlight=False)  # fmt: skip


@app.command()
def agreement(
    name: Annotated[str, typer.Argument(help="An agreement's name, in any phrasing")],
    as_json: AsJson = False,
) -> None:
    """An agreement's lifecycle: each planned or signed mention, dated and cited."""
    with open_graph() as graph:
        found = graph.agreement(name)
    if found is None:
        raise DiplographError(f"no agreement like {name!r} in the graph")
    if as_json:
        emit_json(agreement_json(found))
        return
    out.print(f"{found.name} ({'-'.join(sorted(found.parties))}): {found.status}")
    for step in found.steps:
        out.print(f"  {step.reported_on} {step.status:<8} date {step.date or '-'}  "
                  f"[{step.article_id} {step.start}-{step.end}]", highlight=False)  # fmt: skip


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words (FTS5 syntax: all words must occur)")],
    limit: Annotated[int, typer.Option(min=1, max=200, help="How many sentences")] = 10,
    as_json: AsJson = False,
) -> None:
    """Full-text search over sentences (BM25)."""
    with open_graph() as graph:
        hits = graph.search(text, limit)
    if as_json:
        emit_json([search_hit_json(hit) for hit in hits])
        return
    for hit in hits:
        where = f"{hit.doc} {hit.start}-{hit.end}"
        out.print(f"[{where}] {hit.sentence}", highlight=False, markup=False, soft_wrap=True)


@app.command("ask")
def ask_command(
    question: Annotated[str, typer.Argument(help="A question in your own words")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer as JSON")] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also print how the question was read")
    ] = False,
) -> None:
    """Answer a question from the graph, with its date and citations (see README: ask)."""
    with open_graph() as graph:
        answer = graph.ask(question)
    if as_json:
        found = answer.to_json()
        if not explain:
            found.pop("reading")
        emit_json(found)
        return
    if explain:
        _print_reading(answer.reading)
    out.print(answer.answer, highlight=False, markup=False, soft_wrap=True)
    for source in answer.sources:
        out.print(f"  [{source.doc} {source.start}-{source.end}] {source.sentence}",
                  highlight=False, markup=False, soft_wrap=True)  # fmt: skip
    if answer.related:
        out.print("Related sentences (not an answer):", highlight=False, markup=False)
    for source in answer.related:
        out.print(f"  [{source.doc} {source.start}-{source.end}] {source.sentence}",
                  highlight=False, markup=False, soft_wrap=True)  # fmt: skip


def _print_reading(reading: dict[str, Any]) -> None:
    """'intent: figure; asked: number' and one line per slot, for ``ask --explain``."""
    flags = [k for k in ("latest", "change", "planned") if reading.get(k)]
    head = f"intent: {reading['intent']}; asked: {reading['asked'] or '-'}"
    if reading["periods"] or reading["span"]:
        head += f"; time: {reading['span'] or reading['periods']}"
    if flags:
        head += f"; {', '.join(flags)}"
    out.print(head, highlight=False, markup=False)
    for slot in reading["slots"]:
        side = f" ({slot['side']})" if slot["side"] else ""
        out.print(f"  {slot['kind']}: {slot['text']!r} -> {slot['value']}{side}",
                  highlight=False, markup=False)  # fmt: skip
    if reading["unresolved"]:
        out.print(f"  matched nothing: {', '.join(reading['unresolved'])}", highlight=False,
                  markup=False)  # fmt: skip
