"""``eval``: score the pipeline against gold files (events and facts, the graph's questions,
time expressions, PLOVER and CAMEO-coded sentences), with progress over the articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from diplograph.cli.common import AsJson, Half, emit_json, err, eval_app, out, require_paths

T = TypeVar("T")


@contextmanager
def _progress(what: str, show: bool) -> Iterator[Callable[[int, int], None]]:
    """A bar over ``what`` (articles, sentences) on stderr; yields ``advance(done, total)``."""
    columns = (TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, disable=not show, transient=True) as bar:
        task = bar.add_task(what, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance


def _report(
    work: str, run: Callable[[], dict[str, Any]], as_json: bool, *inputs: Path
) -> dict[str, Any] | None:
    """``run()`` on ``inputs`` (refused when one is missing) under a spinner that says what it
    does; with ``as_json`` the report is printed as JSON and None returned, else the report is
    returned to be printed as text."""
    require_paths(*inputs)
    with err.status(work):
        report = run()
    if as_json:
        emit_json(report)
        return None
    return report


def _counted(
    extract: Callable[..., T], total: int, advance: Callable[[int, int], None]
) -> Callable[..., T]:
    """``extract`` that moves the bar by one per call."""
    done = 0

    def counting(*args: Any) -> T:
        nonlocal done
        found = extract(*args)
        done += 1
        advance(done, total)
        return found

    return counting


@eval_app.command("gold")
def eval_gold(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL (one article per line)")],
    docs: Annotated[Path, typer.Option(help="Folder or JSONL file with the articles")],
    half: Annotated[
        Half,
        typer.Option(help="all, or odd / even: the articles whose id ends in such a number"),
    ] = Half.all,
    as_json: AsJson = False,
) -> None:
    """Events and facts against per-article gold: precision, recall, F1, misses, extras."""
    from diplograph.evaluation.runner import run_gold_eval

    require_paths(gold, docs)
    with _progress("extracting articles", err.is_terminal) as advance:
        report = run_gold_eval(gold, docs, half=half.value, on_progress=advance).to_json()
    if as_json:
        emit_json(report)
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


@eval_app.command("graph")
def eval_graph(
    spec: Annotated[Path, typer.Argument(help="Graph questions (seeds.graph.json)")],
    docs: Annotated[Path, typer.Option(help="Folder or JSONL file with the articles")],
    as_json: AsJson = False,
) -> None:
    """Questions over the whole graph (ask, timeline, same entity): pass or fail each."""
    from diplograph.evaluation.graph import run_graph_eval

    report = _report("building the graph and asking its questions",
                     lambda: run_graph_eval(spec, docs).to_json(), as_json, spec, docs)  # fmt: skip
    if report is None:
        return
    for check in [*report["queries"], *report["same_entity"]]:
        mark = "[green]pass[/]" if check["passed"] else "[red]FAIL[/]"
        out.print(f"{mark} {check['id']}: {check['detail']}", soft_wrap=True)
    out.print(f"{report['passed']} of {report['total']} queries pass")


@eval_app.command("timex")
def eval_timex(
    gold: Annotated[Path, typer.Argument(help="timex_eval.jsonl (TempEval-3 TIMEX3 rows)")],
    docs: Annotated[Path, typer.Option(help="articles.jsonl with id, date, text")],
    as_json: AsJson = False,
) -> None:
    """Time expressions, TempEval-3 style: relaxed spans, value accuracy, value F1 by type."""
    from diplograph.evaluation.timex import run_timex_eval

    score = _report("finding the time expressions of every article",
                    lambda: run_timex_eval(gold, docs).to_json(), as_json, gold, docs)  # fmt: skip
    if score is None:
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
    as_json: AsJson = False,
) -> None:
    """PLOVER-coded sentences: share whose type (and actors) the extractor finds."""
    from diplograph.evaluation.plover import read_plover_gold, score_plover
    from diplograph.extract.pipeline import Extractor

    require_paths(gold)
    records = read_plover_gold(gold)
    with _progress("coding sentences", err.is_terminal) as advance:
        extract = _counted(Extractor().extract_sentence, len(records), advance)
        score = score_plover(records, extract).to_json()
    _print_flat(score, as_json)


@eval_app.command("cameo")
def eval_cameo(
    gold: Annotated[Path, typer.Argument(help="CAMEO-coded records (JSONL)")],
    cameo_map: Annotated[
        Path, typer.Option(help="CAMEO to PLOVER table (CAMEO2PLOVER-2021.txt)")
    ] = Path("../shared/corpus/plover/CAMEO2PLOVER-2021.txt"),
    docs: Annotated[Path | None, typer.Option(help="unused: records carry their text")] = None,
    as_json: AsJson = False,
) -> None:
    """CAMEO-coded sentences mapped to PLOVER: share of gold events found with both countries."""
    from diplograph.evaluation.cameo import load_cameo_map, read_cameo_records, score_cameo
    from diplograph.evaluation.plover import load_plover_labels
    from diplograph.extract.pipeline import Extractor

    require_paths(gold, cameo_map)
    records = read_cameo_records(gold)
    with _progress("coding sentences", err.is_terminal) as advance:
        extract = _counted(Extractor().extract_sentence, len(records), advance)
        score = score_cameo(
            records, extract, load_cameo_map(cameo_map), actors=load_plover_labels().actors
        ).to_json()
    _print_flat(score, as_json)


def _print_flat(score: dict[str, Any], as_json: bool) -> None:
    if as_json:
        emit_json(score)
        return
    for key, value in score.items():
        out.print(f"{key:>26}: {value}")
