"""The command line: thin commands over the Python API (``diplograph --help``).

One module per group of commands: ``store`` (ingest and keep the store), ``questions`` (ask the
graph), ``serving`` (serve and export), ``evals`` (``eval ...``); ``common`` holds what they
share. Importing a module registers its commands, in the order ``--help`` lists them.
"""

from __future__ import annotations

# isort: off
# The order of these imports is the order of the commands in --help.
from diplograph.cli import store
from diplograph.cli import questions
from diplograph.cli import serving
from diplograph.cli import evals

# isort: on
from diplograph.cli.common import app, err, eval_app, roles_app
from diplograph.cli.serving import serve_log_config
from diplograph.errors import DiplographError

app.add_typer(eval_app, name="eval")
app.add_typer(roles_app, name="roles")

__all__ = ["app", "evals", "main", "questions", "serve_log_config", "serving", "store"]


def main() -> None:
    """Entry point: one clear line and a non-zero exit for every expected error."""
    try:
        app()
    except DiplographError as exc:
        # soft_wrap: one line however long, even when stderr is not a terminal (80 columns).
        err.print(f"error: {exc}", highlight=False, markup=False, soft_wrap=True)
        raise SystemExit(1) from None
