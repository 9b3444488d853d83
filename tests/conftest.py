"""Shared fixtures: paths to the bundled examples and to ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.extract.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
SHARED = ROOT.parent / "shared"


def shared_path(relative: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is not there."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpus is only beside a developer checkout")
    return path


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The extraction pipeline, loaded once for every test that needs spaCy."""
    return Extractor()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"
