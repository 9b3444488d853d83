"""What every command group shares: the app and its groups, the consoles, the store option,
the JSON writer, the choices (as Enums) and the checks of arguments."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

import diplograph
from diplograph.config import Settings
from diplograph.encoding import encode
from diplograph.errors import DiplographError
from diplograph.graph import Graph

if TYPE_CHECKING:
    from diplograph.distributed import DaskOptions

app = typer.Typer(
    help="diplograph: a cited, temporal knowledge graph of international relations from news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
eval_app = typer.Typer(help="Score the pipeline against gold files.", no_args_is_help=True)
roles_app = typer.Typer(
    help="Office holders: import a table of who held which office.", no_args_is_help=True
)

out = Console()
err = Console(stderr=True)

AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of text")]

UseDask = Annotated[
    bool,
    typer.Option(
        "--dask",
        help="Extract on Dask workers, in partitions: a local cluster of --workers processes, "
        "or the cluster at --scheduler (needs the dask extra: pip install 'diplograph\\[dask]')",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        metavar="ADDRESS",
        help="A running Dask scheduler to extract on (tcp://host:8786); implies --dask",
    ),
]
Workers = Annotated[
    int | None,
    typer.Option(
        min=1,
        max=64,
        help="Processes that fingerprint (ingest) and extract (default 2); with --dask, the "
        "local cluster's workers; fewer leave cores to a server reading the store",
    ),
]
PartitionSize = Annotated[
    int, typer.Option(min=1, max=100_000, help="Stories per Dask task (with --dask)")
]


class IngestFormat(StrEnum):
    """``ingest --format`` (``ingest.sources.FORMATS``; a test keeps the two equal)."""

    auto = "auto"
    seed = "seed"
    jsonl = "jsonl"
    text = "text"
    html = "html"
    feed = "feed"


class ExportFormat(StrEnum):
    """``export --format`` (``export.FORMATS``; a test keeps the two equal)."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    plover = "plover"
    cameo = "cameo"
    graphml = "graphml"


class Half(StrEnum):
    """Which articles of a gold file ``eval gold`` scores: all, or those whose id ends in an
    odd or even number (tune on one half, check on the other)."""

    all = "all"
    odd = "odd"
    even = "even"


class EventStatus(StrEnum):
    occurred = "occurred"
    planned = "planned"


class State:
    """The options given before the command (``--db``)."""

    db: str | None = None


def settings() -> Settings:
    """The settings of this run: ``--db`` (or ``DIPLOGRAPH_DB``) and the other variables."""
    return Settings.from_env(State.db)


def dask_options(
    use_dask: bool, scheduler: str | None, workers: int | None, partition_size: int
) -> DaskOptions | None:
    """The Dask run that --dask, --scheduler, --workers and --partition-size ask for, or None
    for extraction in this process (and its forked workers)."""
    if not use_dask and scheduler is None:
        return None
    from diplograph.distributed import DaskOptions

    return DaskOptions(scheduler=scheduler, workers=workers or 2, partition_size=partition_size)


def open_graph() -> Graph:
    return diplograph.open(settings=settings())


def emit_json(payload: Any) -> None:
    """The API's shapes (``diplograph.shapes``) through the API's encoder: the same bytes."""
    sys.stdout.write(encode(payload).decode("utf-8") + "\n")


def parse_day(value: str | None, option: str = "--date") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DiplographError(f"{option} {value!r} is not a date YYYY-MM-DD") from exc


def require_store() -> None:
    """Commands that only read the store refuse a path with no store (instead of making one)."""
    chosen = settings()
    if chosen.db_url:
        return  # a database: opening it says whether it is there
    path = chosen.db_path
    if not path.is_file():
        raise DiplographError(f"{path}: no store there; pass --db PATH or set DIPLOGRAPH_DB")


def require_paths(*paths: Path) -> None:
    for path in paths:
        if not path.exists():
            raise DiplographError(f"{path}: no such file or folder")


def _print_version(value: bool) -> None:
    if value:
        out.print(f"diplograph {diplograph.__version__}", highlight=False, markup=False)
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[
        str | None,
        typer.Option(
            envvar="DIPLOGRAPH_DB",
            show_envvar=True,
            help="Store file, or a PostgreSQL URL postgresql://user@host/db "
            "[default: ./diplograph.db]",
        ),
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
    State.db = db
