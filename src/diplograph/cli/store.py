"""Commands that fill and keep the store: ingest, extract, status, check, backup, restore,
problems, articles, show, and ``roles import``."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

import diplograph
from diplograph.cli.common import (
    AsJson,
    IngestFormat,
    PartitionSize,
    Scheduler,
    UseDask,
    Workers,
    app,
    dask_options,
    emit_json,
    err,
    open_graph,
    out,
    parse_day,
    require_paths,
    require_store,
    roles_app,
    settings,
)
from diplograph.graph import ExtractReport, Graph, copy_store
from diplograph.ingest.paths import total_bytes
from diplograph.models import Extraction, IngestReport, StoreCheck

if TYPE_CHECKING:
    from diplograph.distributed import DaskOptions
from diplograph.shapes import article_json, ingest_json, problem_json, summary_json


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin")],
    format: Annotated[  # shadows the builtin: the option is --format
        IngestFormat, typer.Option(help="How to read the inputs; auto goes by each file's suffix")
    ] = IngestFormat.auto,
    date_: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that lack one"),
    ] = None,
    extract_: Annotated[
        bool, typer.Option("--extract/--no-extract", help="Run extraction on new stories")
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
    workers: Workers = None,
    use_dask: UseDask = False,
    scheduler: Scheduler = None,
    partition_size: PartitionSize = 100,
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
    published = parse_day(date_)
    dask = dask_options(use_dask, scheduler, workers, partition_size)
    chosen = settings()
    if workers is not None:
        chosen = replace(chosen, ingest_processes=workers, extract_processes=workers)
    if nice:
        os.nice(nice)
    with diplograph.open(settings=chosen) as graph:
        columns = (TextColumn("ingesting"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
        show = not as_json and sys.stderr.isatty()
        with Progress(*columns, console=err, disable=not show, transient=True) as bar:
            task = bar.add_task("ingest", total=total_bytes(paths))
            report = graph.ingest(
                paths,
                fmt=format.value,
                published_on=published,
                on_progress=lambda n: bar.advance(task, n),
            )
        extracted = _run_extraction(graph, force=False, show=show, dask=dask) if extract_ else None
    if as_json:
        emit_json(ingest_json(report, extracted))
    else:
        _print_ingest(report, extracted)


def _print_ingest(report: IngestReport, extracted: ExtractReport | None) -> None:
    out.print(f"Ingested: {report.summary()}")
    for problem in report.problems:
        out.print(f"  [yellow]rejected[/] {problem.describe()}", highlight=False, soft_wrap=True)
    if extracted is not None:
        out.print(f"Extracted {extracted.articles} stories")


def _run_extraction(
    graph: Graph, *, force: bool, show: bool, dask: DaskOptions | None = None
) -> ExtractReport:
    pending = graph.status().counts["stories"] if force else graph.pending_extractions()
    where = "extracting" if dask is None else "extracting on Dask"
    columns = [TextColumn(where), BarColumn(), TextColumn("{task.completed} stories")]
    if dask is not None:  # the bar moves once per partition
        columns.append(TextColumn("{task.fields[partitions]} partitions"))
    finished = 0
    with Progress(*columns, console=err, disable=not show, transient=True) as bar:
        task = bar.add_task("extract", total=pending, partitions=0)

        def advance(stories: int) -> None:
            nonlocal finished
            finished += 1
            bar.update(task, advance=stories, partitions=finished)

        report = graph.extract(force=force, on_progress=advance, dask=dask)
    for problem in report.problems:
        err.print(f"problem: {problem.describe()}", highlight=False, markup=False)
    return report


@app.command()
def extract(
    force: Annotated[bool, typer.Option(help="Re-extract every story, not only new ones")] = False,
    use_dask: UseDask = False,
    scheduler: Scheduler = None,
    workers: Workers = None,
    partition_size: PartitionSize = 100,
) -> None:
    """Run extraction (dates, people, places, events, facts) on stored stories."""
    dask = dask_options(use_dask, scheduler, workers, partition_size)
    chosen = settings()
    if workers is not None:
        chosen = replace(chosen, extract_processes=workers)
    with diplograph.open(settings=chosen) as graph:
        report = _run_extraction(graph, force=force, show=sys.stderr.isatty(), dask=dask)
        counts = graph.status().counts
    out.print(
        f"Extracted {report.articles} stories: {counts['events']} events, {counts['facts']} facts"
    )


@app.command()
def resolve(
    again: Annotated[
        bool, typer.Option(help="Resolve everything again, not only what changed")
    ] = False,
    as_json: AsJson = False,
) -> None:
    """Keep the resolved graph in the store (people, merged events), so that a starting `serve`
    reads a pair's timeline from it, a page at a time, instead of resolving the whole store.
    The first run
    resolves every article; later ones, and every `extract` after the first, only what was
    extracted since."""
    with open_graph() as graph:
        report = graph.resolve(again=again)
    if as_json:
        emit_json(report.to_json())
        return
    if not report.written and not report.blocks:
        out.print("The stored resolution is up to date")
        return
    what = "every article" if report.full else f"{report.articles} articles extracted since"
    out.print(f"Resolved {what}: {report.blocks} blocks, {report.resolved_events} events"
              + ("" if report.written else " (another process wrote it first)"))  # fmt: skip


@app.command()
def status(
    as_json: AsJson = False,
) -> None:
    """Counts of what is stored, and the schema version."""
    with open_graph() as graph:
        info = graph.status()
    if as_json:
        emit_json({"path": info.path, "schema_version": info.schema_version, **info.counts})
        return
    out.print(f"Store {info.path} (schema version {info.schema_version})")
    for name, count in info.counts.items():
        out.print(f"  {name:<12} {count:>8}")


@app.command()
def check(
    quick: Annotated[
        bool,
        typer.Option(
            help="SQLite's quick_check, and no FTS5 integrity-check (which takes the write "
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
    require_store()
    with open_graph() as graph:
        verdict = graph.check(quick=quick)
    if as_json:
        emit_json(verdict.to_json())
    else:
        _print_check(verdict)
    if not verdict.ok or (strict and verdict.warnings):
        raise typer.Exit(1)


_MARKS = {"ok": "[green]ok[/]     ", "warning": "[yellow]warning[/]", "failed": "[red]FAILED[/] "}


def _print_check(verdict: StoreCheck) -> None:
    failed, total = len(verdict.failed), len(verdict.findings)
    summary = f"{failed} of {total} checks failed" if failed else f"all {total} checks pass"
    warned = f", {verdict.warnings} warning" if verdict.warnings else ""
    out.print(f"Store {verdict.path}: {summary}{warned}", highlight=False, soft_wrap=True)
    for finding in verdict.findings:
        out.print(f"  {_MARKS[finding.status]} {finding.name:<22} ", end="", highlight=False,
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
    require_store()
    with open_graph() as graph:
        report = graph.backup(path, force=force)
    if as_json:
        emit_json(report.to_json())
    else:
        state = "passes" if report.check.ok else "FAILS"
        out.print(f"Backed up {graph.store.location} to {report.path} ({report.bytes:,} bytes); "
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
    with open_graph() as graph:
        report = graph.restore(path, keep_previous=keep_previous)
    if as_json:
        emit_json(report.to_json())
        return
    kept = f"kept at {report.previous}" if report.previous else "removed"
    out.print(f"Restored {graph.store.location} from {report.source}; previous store {kept}",
              highlight=False, soft_wrap=True)  # fmt: skip
    _print_check(report.check)


@app.command()
def copy(
    source: Annotated[str, typer.Argument(help="The store to copy: a file or postgresql:// URL")],
    target: Annotated[str, typer.Argument(help="A new (empty) store: a file or postgresql:// URL")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Copy a store into a new one, every row and id as it is: SQLite to PostgreSQL, back, or
    the same kind (the PostgreSQL way to back up). One snapshot of SOURCE, one transaction."""
    report = copy_store(source, target)
    if as_json:
        emit_json(report.to_json())
        return
    total = sum(report.rows.values())
    out.print(f"Copied {report.source} to {report.target}: {total:,} rows", highlight=False,
              soft_wrap=True)  # fmt: skip
    for table, count in report.rows.items():
        out.print(f"  {table:<18} {count:>8}", highlight=False)


@app.command()
def problems(
    as_json: AsJson = False,
) -> None:
    """Inputs that were rejected, with file, line and reason."""
    with open_graph() as graph:
        found = graph.problems()
    if as_json:
        emit_json([problem_json(p) for p in found])
        return
    if not found:
        out.print("No problems recorded.")
    for problem in found:
        out.print(problem.describe(), highlight=False, soft_wrap=True)


@app.command()
def articles(
    limit: Annotated[int, typer.Option(min=1, help="How many articles to list")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="How many to skip first")] = 0,
    as_json: AsJson = False,
) -> None:
    """List stored articles (near-duplicates point to their first copy)."""
    with open_graph() as graph:
        rows = graph.articles(limit, offset)
    if as_json:
        emit_json([summary_json(row) for row in rows])
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
    as_json: AsJson = False,
) -> None:
    """One article: its metadata and text, with its events, people and dates."""
    with open_graph() as graph:
        article = graph.article(article_id)
        copies = graph.copies(article_id)
        extraction = graph.extraction_if_any(article_id)
    if as_json:
        emit_json(article_json(article, copies, extraction))
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


@roles_app.command("import")
def roles_import(
    path: Annotated[Path, typer.Argument(help="CSV with country,role,person,start,end")],
) -> None:
    """Load office holders (who held which office when); later extractions use them."""
    require_paths(path)
    with open_graph() as graph:
        count = graph.import_roles(path)
    out.print(
        f"Imported {count} terms of office from {path}; run `diplograph extract --force`"
        " to apply them to stored articles",
        highlight=False,
    )
