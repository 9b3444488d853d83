"""Commands that serve and export the store: ``serve`` (the HTTP API and the page) and
``export`` (tables, PLOVER, CAMEO, GraphML)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer

from diplograph.cli.common import ExportFormat, app, err, open_graph, out, settings


@app.command("export")
def export_command(
    format: Annotated[  # the option is --format
        ExportFormat,
        typer.Option(help="Tables (jsonl, csv, parquet) or one file (plover, cameo, graphml)"),
    ],
    out_path: Annotated[Path, typer.Option("--out", help="Folder (tables) or file")],
) -> None:
    """Export the store: tables (jsonl/csv/parquet), PLOVER, CAMEO (GDELT layout), GraphML."""
    from diplograph.export import export_store

    with open_graph() as graph, err.status(f"exporting {format.value} to {out_path}"):
        report = export_store(graph.store, format.value, out_path)
    out.print(report.summary(), highlight=False, soft_wrap=True)


ViewSnapshot = Annotated[
    bool,
    typer.Option(
        help="Read the resolved view from a file as the server starts and write it once built "
        "(beside a SQLite store: DB.view; for PostgreSQL in ~/.cache/diplograph): a start then "
        "reads it instead of resolving every stored article again",
    ),
]


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
    view_snapshot: ViewSnapshot = True,
    api_token: Annotated[
        str | None,
        typer.Option(
            envvar="DIPLOGRAPH_API_TOKEN",
            show_envvar=True,
            show_default=False,
            help="Token that POST /api/articles requires (Bearer); without one the API is "
            "read-only. Prefer the variable: a command line is visible to other users",
        ),
    ] = None,
) -> None:
    """Serve the HTTP API (docs at /docs). Read-only unless DIPLOGRAPH_API_TOKEN is set."""
    import uvicorn

    from diplograph.serve.app import DEFAULT_MAX_BODY, allowed_hosts_from_env, create_app

    token = api_token or None
    chosen = settings()
    hosts = [host, *(allow_host or []), *allowed_hosts_from_env()]
    # Built here even with several workers: a store that cannot be opened fails now, once.
    api = create_app(settings=chosen, token=token, max_body=max_body or DEFAULT_MAX_BODY,
                     allowed_hosts=hosts, freeze_heap=True,
                     view_snapshot=view_snapshot)  # fmt: skip
    _announce(host, port, hosts, token, workers)
    if workers == 1:
        uvicorn.run(api, host=host, port=port, access_log=access_log,
                    log_config=serve_log_config())  # fmt: skip
        return
    _hand_to_workers(chosen.db_url or chosen.db_path, max_body or DEFAULT_MAX_BODY, hosts, token,
                     view_snapshot)  # fmt: skip
    uvicorn.run("diplograph.serve.app:app_from_env", factory=True, host=host, port=port,
                workers=workers, access_log=access_log, log_config=serve_log_config())  # fmt: skip


def _hand_to_workers(db: Path | str, max_body: int, hosts: list[str], token: str | None,
                     view_snapshot: bool) -> None:  # fmt: skip
    """Worker processes import the app by name and read what it needs from the environment."""
    os.environ["DIPLOGRAPH_VIEW_SNAPSHOT"] = "1" if view_snapshot else "0"
    os.environ["DIPLOGRAPH_DB"] = str(db.resolve()) if isinstance(db, Path) else db
    os.environ["DIPLOGRAPH_API_MAX_BODY"] = str(max_body)
    os.environ["DIPLOGRAPH_ALLOWED_HOSTS"] = ",".join(hosts)
    if token:
        os.environ["DIPLOGRAPH_API_TOKEN"] = token  # given as --api-token


def _announce(host: str, port: int, hosts: list[str], token: str | None, workers: int) -> None:
    """Where the API listens, whether it takes uploads, and a warning when it listens on
    every interface but answers only loopback names (never the token itself)."""
    mode = "POST /api/articles needs the token" if token else "read-only"
    processes = f"; {workers} processes" if workers > 1 else ""
    err.print(f"diplograph API at http://{host}:{port}/ (docs at /docs; {mode}{processes})",
              highlight=False, soft_wrap=True)  # fmt: skip
    if host in ("0.0.0.0", "::") and not any(h.strip() for h in hosts[1:]):
        hint = "give the names clients use with --allow-host"
        err.print(f"Only requests for the loopback names or {host} are answered: {hint}",
                  highlight=False, soft_wrap=True)  # fmt: skip


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
