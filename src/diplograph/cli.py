"""The command line: thin commands over the Python API (``diplograph --help``)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

import diplograph
from diplograph.config import Settings
from diplograph.errors import DiplographError
from diplograph.graph import Graph
from diplograph.ingest.sources import FORMATS

app = typer.Typer(
    help="diplograph: a cited, temporal knowledge graph of international relations from news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Score the pipeline against gold files.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

out = Console()
err = Console(stderr=True)


class _State:
    db: Path | None = None


def _graph() -> Graph:
    return diplograph.open(settings=Settings.from_env(_State.db))


@app.callback()
def main_options(
    db: Annotated[
        Path | None,
        typer.Option(help="Store file [default: $DIPLOGRAPH_DB or ./diplograph.db]"),
    ] = None,
) -> None:
    _State.db = db


def _emit_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, default=str) + "\n")


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for stdin")],
    format: Annotated[  # noqa: A002 - the option is --format
        str, typer.Option(help=f"One of {', '.join(FORMATS)}")
    ] = "auto",
    date_: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that lack one"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Store articles (seed .txt, JSONL, plain text, HTML, RSS/Atom); report what happened."""
    if format not in FORMATS:
        raise DiplographError(f"--format {format!r} is not one of {', '.join(FORMATS)}")
    published = _parse_date_option(date_)
    with _graph() as graph:
        columns = (TextColumn("ingesting"), BarColumn(), DownloadColumn(), TimeRemainingColumn())
        show = not as_json and sys.stderr.isatty()
        with Progress(*columns, console=err, disable=not show, transient=True) as bar:
            task = bar.add_task("ingest", total=_total_bytes(paths))
            report = graph.ingest(
                paths,
                fmt=format,
                published_on=published,
                on_progress=lambda n: bar.advance(task, n),
            )
    if as_json:
        _emit_json(
            {
                "new": report.new,
                "unchanged": report.unchanged,
                "duplicates": report.duplicates,
                "rejected": report.rejected,
                "problems": [p.describe() for p in report.problems],
            }
        )
        return
    out.print(f"Ingested: {report.summary()}")
    for problem in report.problems:
        out.print(f"  [yellow]rejected[/] {problem.describe()}", highlight=False, soft_wrap=True)


def _parse_date_option(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DiplographError(f"--date {value!r} is not a date YYYY-MM-DD") from exc


def _total_bytes(paths: list[str]) -> int | None:
    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
        else:
            return None
    return total


@app.command()
def status(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
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
def problems(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Inputs that were rejected, with file, line and reason."""
    with _graph() as graph:
        found = graph.problems()
    if as_json:
        _emit_json(
            [
                {"origin": p.origin, "line": p.line, "reason": p.reason, "at": p.recorded_at}
                for p in found
            ]
        )
        return
    if not found:
        out.print("No problems recorded.")
    for problem in found:
        out.print(problem.describe(), highlight=False, soft_wrap=True)


@app.command()
def articles(
    limit: Annotated[int, typer.Option(min=1)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List stored articles (near-duplicates point to their first copy)."""
    with _graph() as graph:
        rows = graph.articles(limit, offset)
    if as_json:
        _emit_json([row.__dict__ for row in rows])
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
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """One article: its metadata and text (and, once extracted, its events, people, dates)."""
    with _graph() as graph:
        article = graph.article(article_id)
        copies = graph.copies(article_id)
    if as_json:
        payload = dict(article.__dict__)
        payload["copies"] = [c.id for c in copies]
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


def main() -> None:
    """Entry point: one clear line and a non-zero exit for every expected error."""
    try:
        app()
    except DiplographError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False)
        raise SystemExit(1) from None
