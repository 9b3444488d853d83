"""The command line: thin commands over the Python API (``diplograph --help``)."""

from __future__ import annotations

import os
import sys
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

import diplograph
from diplograph.config import Settings
from diplograph.encoding import encode
from diplograph.errors import DiplographError
from diplograph.graph import ExtractReport, Graph
from diplograph.ingest.paths import total_bytes
from diplograph.ingest.sources import FORMATS
from diplograph.models import Extraction, StoreCheck
from diplograph.query.facts import Observation
from diplograph.query.graph import citations
from diplograph.resolve.events import ResolvedEvent
from diplograph.shapes import (
    event_json,
    extraction_json,
    ingest_json,
    observation_json,
    problem_json,
    search_hit_json,
    summary_json,
)

app = typer.Typer(
    help="diplograph: a cited, temporal knowledge graph of international relations from news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Score the pipeline against gold files.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
roles_app = typer.Typer(
    help="Office holders: import a table of who held which office.", no_args_is_help=True
)
app.add_typer(roles_app, name="roles")

out = Console()
err = Console(stderr=True)


class _State:
    db: Path | None = None


def _graph() -> Graph:
    return diplograph.open(settings=Settings.from_env(_State.db))


def _print_version(value: bool) -> None:
    if value:
        from diplograph import __version__

        out.print(f"diplograph {__version__}", highlight=False, markup=False)
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[
        Path | None,
        typer.Option(help="Store file [default: $DIPLOGRAPH_DB or ./diplograph.db]"),
    ] = None,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print diplograph's version and exit",
        ),
    ] = False,
) -> None:
    _State.db = db


def _emit_json(payload: Any) -> None:
    """The API's shapes (``diplograph.shapes``) through the API's encoder: the same bytes."""
    sys.stdout.write(encode(payload).decode("utf-8") + "\n")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin")],
    format: Annotated[  # shadows the builtin: the option is --format
        str, typer.Option(help=f"One of {', '.join(FORMATS)}")
    ] = "auto",
    date_: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that lack one"),
    ] = None,
    extract_: Annotated[
        bool, typer.Option("--extract/--no-extract", help="Run extraction on new stories")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=64,
            help="Processes that fingerprint and extract [default: 2]; fewer leave cores to "
            "a server reading the store",
        ),
    ] = None,
    nice: Annotated[
        int,
        typer.Option(
            min=0,
            max=19,
            help="Lower this ingest's CPU priority by N (Unix nice, its worker processes "
            "too): a server reading the store then answers first",
        ),
    ] = 0,
) -> None:
    """Store articles (seed .txt, JSONL, plain text, HTML, RSS/Atom), then extract new stories."""
    if format not in FORMATS:
        raise DiplographError(f"--format {format!r} is not one of {', '.join(FORMATS)}")
    published = _parse_date_option(date_)
    settings = Settings.from_env(_State.db)
    if workers is not None:
        settings = replace(settings, ingest_processes=workers, extract_processes=workers)
    if nice:
        os.nice(nice)
    with diplograph.open(settings=settings) as graph:
        columns = (TextColumn("ingesting"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
        show = not as_json and sys.stderr.isatty()
        with Progress(*columns, console=err, disable=not show, transient=True) as bar:
            task = bar.add_task("ingest", total=total_bytes(paths))
            report = graph.ingest(
                paths,
                fmt=format,
                published_on=published,
                on_progress=lambda n: bar.advance(task, n),
            )
        extracted = _run_extraction(graph, force=False, show=show) if extract_ else None
    if as_json:
        _emit_json(ingest_json(report, extracted))
        return
    out.print(f"Ingested: {report.summary()}")
    for problem in report.problems:
        out.print(f"  [yellow]rejected[/] {problem.describe()}", highlight=False, soft_wrap=True)
    if extracted is not None:
        out.print(f"Extracted {extracted.articles} stories")


def _run_extraction(graph: Graph, *, force: bool, show: bool) -> ExtractReport:
    pending = graph.status().counts["stories"] if force else None
    columns = (TextColumn("extracting"), BarColumn(), TextColumn("{task.completed} stories"))
    with Progress(*columns, console=err, disable=not show, transient=True) as bar:
        task = bar.add_task("extract", total=pending)
        report = graph.extract(force=force, on_progress=lambda n: bar.advance(task, n))
    for problem in report.problems:
        err.print(f"problem: {problem.describe()}", highlight=False, markup=False)
    return report


@app.command()
def extract(
    force: Annotated[bool, typer.Option(help="Re-extract every story, not only new ones")] = False,
) -> None:
    """Run extraction (dates, people, places, events, facts) on stored stories."""
    with _graph() as graph:
        done = _run_extraction(graph, force=force, show=sys.stderr.isatty()).articles
        counts = graph.status().counts
    out.print(f"Extracted {done} stories: {counts['events']} events, {counts['facts']} facts")


def _parse_date_option(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DiplographError(f"--date {value!r} is not a date YYYY-MM-DD") from exc


@app.command()
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Counts of what is stored, and the schema version."""
    with _graph() as graph:
        info = graph.status()
    if as_json:
        _emit_json({"path": info.path, "schema_version": info.schema_version, **info.counts})
        return
    out.print(f"Store {info.path} (schema version {info.schema_version})")
    for name, count in info.counts.items():
        out.print(f"  {name:<12} {count:>8}")


@app.command()
def check(
    quick: Annotated[
        bool,
        typer.Option(
            help="PRAGMA quick_check, and no FTS5 integrity-check (which takes the write "
            "lock): never waits for, nor holds up, a process writing to the store"
        ),
    ] = False,
    strict: Annotated[
        bool, typer.Option(help="Exit 1 on warnings too (stories from an older extractor)")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON")] = False,
) -> None:
    """Check the store: integrity, foreign keys, full-text indexes, orphaned or duplicated
    rows, extractions by an older extractor. Exit 0 when sound, 1 when a check fails."""
    _require_store()
    with _graph() as graph:
        verdict = graph.check(quick=quick)
    if as_json:
        _emit_json(verdict.to_json())
    else:
        _print_check(verdict)
    if not verdict.ok or (strict and verdict.warnings):
        raise typer.Exit(1)


def _require_store() -> None:
    """Commands that only read the store refuse a path with no store (instead of making one)."""
    path = Settings.from_env(_State.db).db_path
    if not path.is_file():
        raise DiplographError(f"{path}: no store there; pass --db PATH or set DIPLOGRAPH_DB")


_MARKS = {"ok": "[green]ok[/]     ", "warning": "[yellow]warning[/]", "failed": "[red]FAILED[/] "}


def _print_check(verdict: StoreCheck) -> None:
    failed, total = len(verdict.failed), len(verdict.findings)
    summary = f"{failed} of {total} checks failed" if failed else f"all {total} checks pass"
    warned = f", {verdict.warnings} warning" if verdict.warnings else ""
    out.print(f"Store {verdict.path}: {summary}{warned}", highlight=False, soft_wrap=True)
    for finding in verdict.findings:
        out.print(f"  {_MARKS[finding.status]} {finding.name:<18} ", end="", highlight=False,
                  soft_wrap=True)  # fmt: skip
        out.print(finding.detail, highlight=False, markup=False, soft_wrap=True)


@app.command()
def backup(
    path: Annotated[Path, typer.Argument(help="File to write the copy to")],
    force: Annotated[bool, typer.Option(help="Overwrite PATH if it exists")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Copy the store to PATH with SQLite's online backup (safe while another process
    writes), then check the copy (as `check --quick`)."""
    _require_store()
    with _graph() as graph:
        report = graph.backup(path, force=force)
    if as_json:
        _emit_json(report.to_json())
    else:
        state = "passes" if report.check.ok else "FAILS"
        out.print(f"Backed up {graph.settings.db_path} to {report.path} ({report.bytes:,} bytes); "
                  f"the copy {state} `check --quick`", highlight=False, soft_wrap=True)  # fmt: skip
        if not report.check.ok:
            _print_check(report.check)
    if not report.check.ok:
        raise typer.Exit(1)


@app.command()
def restore(
    path: Annotated[Path, typer.Argument(help="A backup written by `diplograph backup`")],
    keep_previous: Annotated[
        bool, typer.Option(help="Keep the replaced store beside it (STORE.before-restore-TIME)")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Replace the store with a backup. The backup is checked first (a failing one changes
    nothing); the store is kept aside until the restored one passes `check`."""
    with _graph() as graph:
        report = graph.restore(path, keep_previous=keep_previous)
    if as_json:
        _emit_json(report.to_json())
        return
    kept = f"kept at {report.previous}" if report.previous else "removed"
    out.print(f"Restored {graph.settings.db_path} from {report.source}; previous store {kept}",
              highlight=False, soft_wrap=True)  # fmt: skip
    _print_check(report.check)


@app.command()
def problems(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Inputs that were rejected, with file, line and reason."""
    with _graph() as graph:
        found = graph.problems()
    if as_json:
        _emit_json([problem_json(p) for p in found])
        return
    if not found:
        out.print("No problems recorded.")
    for problem in found:
        out.print(problem.describe(), highlight=False, soft_wrap=True)


@app.command()
def articles(
    limit: Annotated[int, typer.Option(min=1, help="How many articles to list")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="How many to skip first")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """List stored articles (near-duplicates point to their first copy)."""
    with _graph() as graph:
        rows = graph.articles(limit, offset)
    if as_json:
        _emit_json([summary_json(row) for row in rows])
        return
    table = Table("id", "published", "title", "source", "copy of")
    for row in rows:
        table.add_row(
            row.id,
            row.published_on.isoformat() if row.published_on else "",
            row.title[:60],
            row.source or "",
            row.story_id or "",
        )
    out.print(table)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ID")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """One article: its metadata and text, with its events, people and dates."""
    with _graph() as graph:
        article = graph.article(article_id)
        copies = graph.copies(article_id)
        extraction = graph.store.load_extraction(article_id)
    if as_json:
        payload = dict(article.__dict__)
        payload["copies"] = [c.id for c in copies]
        payload["extraction"] = extraction_json(extraction)
        _emit_json(payload)
        return
    out.print(f"[bold]{article.title or article.id}[/]")
    out.print(
        f"id {article.id} | published {article.published_on} | source {article.source or '-'}"
        f" | {article.format} from {article.origin}",
        highlight=False,
    )
    if copies:
        out.print("also reported as: " + ", ".join(c.id for c in copies), highlight=False)
    out.print()
    out.print(article.text, highlight=False, markup=False)
    if extraction is None:
        out.print("\n(not extracted yet: run `diplograph extract`)")
        return
    _print_extraction(extraction)


def _print_extraction(extraction: Extraction) -> None:
    out.print("\n[bold]Events[/]")
    for e in extraction.events:
        who = ", ".join(e.people) or "-"
        place = f" @ {e.place}" if e.place else ""
        out.print(
            f"  {e.date or 'no date':<22} {e.type + '/' + (e.mode or '-'):<22} {e.status:<9} "
            f"{' '.join(e.countries):<12} {who}{place}  [chars {e.evidence.start}-"
            f"{e.evidence.end}]",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    if extraction.facts:
        out.print("[bold]Figures[/]")
    for f in extraction.facts:
        out.print(
            f"  {f.indicator:<17} {f.of or '?'}->{f.in_ or '?'} {f.qualifier:<9} {f.value:,.0f} "
            f"{f.unit} period {f.period or 'none given'} ({f.status})  [chars "
            f"{f.evidence.start}-{f.evidence.end}]",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    people: dict[str, str] = {}
    for p in extraction.people:
        people.setdefault(p.name, f"{p.country or '?'} {p.role or ''}".strip())
    out.print(
        "[bold]People[/] " + "; ".join(f"{n} ({d})" for n, d in people.items()), soft_wrap=True
    )
    times = ", ".join(f"{t.text!r}={t.anchor or t.value}" for t in extraction.times)
    out.print(f"[bold]Dates[/] {times}", highlight=False, soft_wrap=True)


@app.command()
def facts(
    of: Annotated[str | None, typer.Option("--of", help="Country (code or name)")] = None,
    in_: Annotated[str | None, typer.Option("--in", help="Country (code or name)")] = None,
    indicator: Annotated[str | None, typer.Option(help="e.g. trade_turnover, companies")] = None,
    targets: Annotated[bool, typer.Option(help="Include stated targets")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Economic figures as observations, each with its citations."""
    with _graph() as graph:
        found = graph.facts(indicator=indicator, of=of, in_=in_, include_targets=targets)
    if as_json:
        _emit_json([observation_json(o) for o in found])
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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """One indicator between two countries over time; hedges and conflicts marked."""
    with _graph() as graph:
        found = graph.series(indicator, a, b)
    if as_json:
        _emit_json([observation_json(o) for o in found])
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
    status: Annotated[str | None, typer.Option(help="occurred or planned")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Events between two countries in date order; planned ones apart; each with citations."""
    with _graph() as graph:
        occurred, planned = graph.timeline(a, b, start=from_, end=to, status=status)
    if as_json:
        _emit_json({"occurred": [event_json(e) for e in occurred],
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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Everyone a person met or visited, with dates and citations."""
    with _graph() as graph:
        found = graph.who_met(name)
    if as_json:
        _emit_json([{"person": other, **event_json(e)} for other, e in found])
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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Who held an office on a date."""
    with _graph() as graph:
        term = graph.role(country, role_name, _parse_date_option(on))
    payload = asdict(term) if term else None
    if as_json:
        _emit_json(payload)
        return
    out.print(f"{term.person} ({term.start} to {term.end or 'now'}; {term.source})"
              if term else "No holder known.", highlight=False)  # fmt: skip


@app.command("role-of")
def role_of(
    name: Annotated[str, typer.Argument(help="A person's name")],
    on: Annotated[str | None, typer.Option(help="Date YYYY-MM-DD")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """The offices a person held (on a date, or all)."""
    with _graph() as graph:
        terms = graph.role_of(name, _parse_date_option(on))
        reported = graph.view().offices_reported(name)
    if as_json:
        _emit_json({"terms": [asdict(t) for t in terms], "reported": [asdict(r) for r in reported]})
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
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """An agreement's lifecycle: each planned or signed mention, dated and cited."""
    with _graph() as graph:
        found = graph.agreement(name)
    if found is None:
        raise DiplographError(f"no agreement like {name!r} in the graph")
    payload = {"name": found.name, "status": found.status, "parties": sorted(found.parties),
               "first_reported": found.first_reported, "last_reported": found.last_reported,
               "steps": [asdict(s) for s in found.steps]}  # fmt: skip
    if as_json:
        _emit_json(payload)
        return
    out.print(f"{found.name} ({'-'.join(sorted(found.parties))}): {found.status}")
    for step in found.steps:
        out.print(f"  {step.reported_on} {step.status:<8} date {step.date or '-'}  "
                  f"[{step.article_id} {step.start}-{step.end}]", highlight=False)  # fmt: skip


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words (FTS5 syntax: all words must occur)")],
    limit: Annotated[int, typer.Option(min=1, max=200, help="How many sentences")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Full-text search over sentences (BM25)."""
    with _graph() as graph:
        hits = graph.search(text, limit)
    if as_json:
        _emit_json([search_hit_json(hit) for hit in hits])
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
    with _graph() as graph:
        answer = graph.ask(question)
    if as_json:
        found = answer.to_json()
        if not explain:
            found.pop("reading")
        _emit_json(found)
        return
    if explain:
        _print_reading(answer.reading)
    out.print(answer.answer, highlight=False, markup=False, soft_wrap=True)
    for source in answer.sources:
        out.print(f"  [{source['doc']} {source['start']}-{source['end']}] {source['sentence']}",
                  highlight=False, markup=False, soft_wrap=True)  # fmt: skip
    if answer.related:
        out.print("Related sentences (not an answer):", highlight=False, markup=False)
    for source in answer.related:
        out.print(f"  [{source['doc']} {source['start']}-{source['end']}] {source['sentence']}",
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


@app.command("export")
def export_command(
    format: Annotated[  # the option is --format
        str, typer.Option(help="jsonl, csv, parquet, plover, cameo or graphml")
    ],
    out_path: Annotated[Path, typer.Option("--out", help="Folder (tables) or file")],
) -> None:
    """Export the store: tables (jsonl/csv/parquet), PLOVER, CAMEO (GDELT layout), GraphML."""
    from diplograph.export import export_store

    with _graph() as graph:
        report = export_store(graph.store, format, out_path)
    out.print(report.summary(), highlight=False, soft_wrap=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8765,
    max_body: Annotated[
        int | None, typer.Option(min=1, help="Largest POST body in bytes [default: 10 MiB]")
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            max=64,
            help="Server processes, each with its own memory of answers (on 2 cores, 2 "
            "answered a quarter more new timeline pages per second: bench/api.py)",
        ),
    ] = 1,
    access_log: Annotated[
        bool, typer.Option(help="Log every request on stdout (uvicorn's access log)")
    ] = False,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            help="Also answer requests for this Host name (repeatable; *.example.org for every "
            "name under it, * for any). Loopback names and --host are always answered; "
            "DIPLOGRAPH_ALLOWED_HOSTS adds names separated by commas"
        ),
    ] = None,
) -> None:
    """Serve the HTTP API (docs at /docs). Read-only unless DIPLOGRAPH_API_TOKEN is set."""
    import uvicorn

    from diplograph.serve.app import DEFAULT_MAX_BODY, allowed_hosts_from_env, create_app

    token = os.environ.get("DIPLOGRAPH_API_TOKEN") or None
    settings = Settings.from_env(_State.db)
    hosts = [host, *(allow_host or []), *allowed_hosts_from_env()]
    # Built here even with several workers: a store that cannot be opened fails now, once.
    api = create_app(settings=settings, token=token, max_body=max_body or DEFAULT_MAX_BODY,
                     allowed_hosts=hosts)  # fmt: skip
    mode = "POST /api/articles needs the token" if token else "read-only"
    processes = f"; {workers} processes" if workers > 1 else ""
    err.print(f"diplograph API at http://{host}:{port}/ (docs at /docs; {mode}{processes})",
              highlight=False, soft_wrap=True)  # fmt: skip
    if host in ("0.0.0.0", "::") and not any(h.strip() for h in hosts[1:]):
        hint = "give the names clients use with --allow-host"
        err.print(f"Only requests for the loopback names or {host} are answered: {hint}",
                  highlight=False, soft_wrap=True)  # fmt: skip
    if workers == 1:
        uvicorn.run(api, host=host, port=port, access_log=access_log,
                    log_config=serve_log_config())  # fmt: skip
        return
    # Worker processes import the app by name and read what it needs from the environment.
    os.environ["DIPLOGRAPH_DB"] = str(settings.db_path.resolve())
    os.environ["DIPLOGRAPH_API_MAX_BODY"] = str(max_body or DEFAULT_MAX_BODY)
    os.environ["DIPLOGRAPH_ALLOWED_HOSTS"] = ",".join(hosts)
    uvicorn.run("diplograph.serve.app:app_from_env", factory=True, host=host, port=port,
                workers=workers, access_log=access_log, log_config=serve_log_config())  # fmt: skip


def serve_log_config() -> dict[str, Any]:
    """uvicorn's logging, plus diplograph's own loggers (warm-up times, upload and answer
    errors) on the same stream and format: without a handler they would print nothing below a
    warning, and warnings without a time."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config: dict[str, Any] = copy.deepcopy(LOGGING_CONFIG)
    config["loggers"]["diplograph"] = {"handlers": ["default"], "level": "INFO",
                                       "propagate": False}  # fmt: skip
    return config


@roles_app.command("import")
def roles_import(
    path: Annotated[Path, typer.Argument(help="CSV with country,role,person,start,end")],
) -> None:
    """Load office holders (who held which office when); later extractions use them."""
    _require(path)
    with _graph() as graph:
        count = graph.import_roles(path)
    out.print(
        f"Imported {count} terms of office from {path}; run `diplograph extract --force`"
        " to apply them to stored articles",
        highlight=False,
    )


@eval_app.command("gold")
def eval_gold(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (one article per line)")],
    docs: Annotated[Path, typer.Option(help="Folder or JSONL file with the articles")],
    half: Annotated[
        str,
        typer.Option(help="all, or odd / even: the articles whose id ends in such a number"),
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Events and facts against per-article gold: precision, recall, F1, misses, extras."""
    from diplograph.evaluation.runner import run_gold_eval

    _require(gold, docs)
    if half not in ("all", "odd", "even"):
        raise DiplographError(f"--half must be all, odd or even, not {half!r}")
    report = run_gold_eval(gold, docs, half=half).to_json()
    if as_json:
        _emit_json(report)
        return
    table = Table("article", "events P", "R", "F1", "facts P", "R", "F1")
    for row in [*report["per_article"], {"doc": "TOTAL", **report}]:
        ev, fa = row["events"], row["facts"]
        table.add_row(
            row["doc"],
            *(f"{ev[k]:.2f}" for k in ("precision", "recall", "f1")),
            *(f"{fa[k]:.2f}" for k in ("precision", "recall", "f1")),
        )
    out.print(table)
    for row in report["per_article"]:
        for item in row["missed"]:
            out.print(f"[red]missed[/] {row['doc']}: {_describe_item(item)}", highlight=False)
        for item in row["spurious"]:
            out.print(f"[yellow]extra[/]  {row['doc']}: {_describe_item(item)}", highlight=False)


def _describe_item(item: dict[str, Any]) -> str:
    body = item.get("item") or item.get("gold") or item
    keys = (
        "type",
        "mode",
        "status",
        "countries",
        "people",
        "date",
        "place",
        "indicator",
        "of",
        "in",
        "value",
        "unit",
        "period",
        "qualifier",
    )
    shown = ", ".join(f"{k}={body[k]}" for k in keys if body.get(k) not in (None, "", []))
    why = "; ".join(item.get("why") or [])
    evidence = str(body.get("evidence", ""))[:100]
    return f"{shown} | {evidence!r}" + (f" | nearest: {why}" if why else "")


def _require(*paths: Path) -> None:
    for path in paths:
        if not path.exists():
            raise DiplographError(f"{path}: no such file or folder")


@eval_app.command("graph")
def eval_graph(
    spec: Annotated[Path, typer.Argument(help="Graph questions (seeds.graph.json)")],
    docs: Annotated[Path, typer.Option(help="Folder or JSONL file with the articles")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Questions over the whole graph (ask, timeline, same entity): pass or fail each."""
    from diplograph.evaluation.graph import run_graph_eval

    _require(spec, docs)
    report = run_graph_eval(spec, docs).to_json()
    if as_json:
        _emit_json(report)
        return
    for check in [*report["queries"], *report["same_entity"]]:
        mark = "[green]pass[/]" if check["passed"] else "[red]FAIL[/]"
        out.print(f"{mark} {check['id']}: {check['detail']}", soft_wrap=True)
    out.print(f"{report['passed']} of {report['total']} queries pass")


@eval_app.command("timex")
def eval_timex(
    gold: Annotated[Path, typer.Argument(help="timex_eval.jsonl (TempEval-3 TIMEX3 rows)")],
    docs: Annotated[Path, typer.Option(help="articles.jsonl with id, date, text")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """Time expressions, TempEval-3 style: relaxed spans, value accuracy, value F1 by type."""
    from diplograph.evaluation.timex import run_timex_eval

    _require(gold, docs)
    score = run_timex_eval(gold, docs).to_json()
    if as_json:
        _emit_json(score)
        return
    table = Table("type", "gold", "system", "span F1", "value F1")
    rows = [("ALL", score), *score["per_type"].items()]
    for name, row in rows:
        table.add_row(
            name,
            str(row["n_gold"]),
            str(row["n_system"]),
            f"{row['span_f1']:.3f}",
            f"{row['value_f1']:.3f}",
        )
    out.print(table)


@eval_app.command("plover")
def eval_plover(
    gold: Annotated[Path, typer.Argument(help="PLOVER gold records (JSONL)")],
    docs: Annotated[Path | None, typer.Option(help="unused: records carry their sentences")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """PLOVER-coded sentences: share whose type (and actors) the extractor finds."""
    from diplograph.evaluation.plover import read_plover_gold, score_plover
    from diplograph.extract.pipeline import Extractor

    _require(gold)
    score = score_plover(read_plover_gold(gold), Extractor().extract_sentence).to_json()
    _print_flat(score, as_json)


@eval_app.command("cameo")
def eval_cameo(
    gold: Annotated[Path, typer.Argument(help="CAMEO-coded records (JSONL)")],
    cameo_map: Annotated[
        Path, typer.Option(help="CAMEO to PLOVER table (CAMEO2PLOVER-2021.txt)")
    ] = Path("../shared/corpus/plover/CAMEO2PLOVER-2021.txt"),
    docs: Annotated[Path | None, typer.Option(help="unused: records carry their text")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text")] = False,
) -> None:
    """CAMEO-coded sentences mapped to PLOVER: share of gold events found with both countries."""
    from diplograph.evaluation.cameo import load_cameo_map, read_cameo_records, score_cameo
    from diplograph.evaluation.plover import load_plover_labels
    from diplograph.extract.pipeline import Extractor

    _require(gold, cameo_map)
    score = score_cameo(
        read_cameo_records(gold),
        Extractor().extract_sentence,
        load_cameo_map(cameo_map),
        actors=load_plover_labels().actors,
    ).to_json()
    _print_flat(score, as_json)


def _print_flat(score: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _emit_json(score)
        return
    for key, value in score.items():
        out.print(f"{key:>26}: {value}")


def main() -> None:
    """Entry point: one clear line and a non-zero exit for every expected error."""
    try:
        app()
    except DiplographError as exc:
        # soft_wrap: one line however long, even when stderr is not a terminal (80 columns).
        err.print(f"error: {exc}", highlight=False, markup=False, soft_wrap=True)
        raise SystemExit(1) from None
