"""The store the API tests read: the bundled examples, ingested and extracted once."""

from __future__ import annotations

from pathlib import Path

import pytest

import diplograph
from diplograph.config import Settings

from ..conftest import EXAMPLES

LOCAL = "http://localhost"  # a base URL whose Host the server answers to (serve.guard)


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Read it, or copy it before writing: other tests share it."""
    path = tmp_path_factory.mktemp("api") / "examples.db"
    with diplograph.open(settings=Settings(db_path=path)) as graph:
        graph.ingest([str(EXAMPLES)])
        graph.extract()
    return path
