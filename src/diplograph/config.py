"""One Settings object, built once and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

DEFAULT_DB = "diplograph.db"
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class Settings:
    """Knobs a user can set; defaults suit a laptop."""

    db_path: Path = Path(DEFAULT_DB)
    db_url: str | None = None  # a PostgreSQL database (postgresql://...) instead of a file
    max_file_bytes: int = 20_000_000  # larger files are rejected as problems
    max_article_chars: int = 2_000_000  # longer articles are rejected: extract.parsing.MAX_CHARS
    near_duplicate_threshold: float = 0.7  # MinHash Jaccard of 5-word shingles: "same story"
    minhash_permutations: int = 64
    shingle_words: int = 5
    ingest_batch_size: int = 500  # articles per transaction
    ingest_processes: int = 2  # processes that fingerprint large batches
    extract_processes: int = 2  # worker processes for extraction of large batches
    parallel_from: int = 200  # fewer stories than this are extracted in-process
    search_seconds: float = 2.0  # CPU time after which a full-text search is stopped

    @property
    def store_location(self) -> str | Path:
        """What ``--db`` names: the PostgreSQL URL, else the file."""
        return self.db_url if self.db_url else self.db_path

    @classmethod
    def from_env(cls, db_path: str | Path | None = None) -> Settings:
        """Settings from arguments, then DIPLOGRAPH_* variables, then defaults. ConfigError,
        naming the variable, for a value that is not a number in its range."""
        path = db_path or os.environ.get("DIPLOGRAPH_DB") or DEFAULT_DB
        if isinstance(path, str) and path.startswith(POSTGRES_SCHEMES):
            settings = cls(db_url=path)
        else:
            settings = cls(db_path=Path(path))
        changes: dict[str, Any] = {}
        for variable, field, kind, low, high in _VARIABLES:
            raw = os.environ.get(variable)
            if raw:
                changes[field] = _number(variable, raw, kind, low, high)
        return replace(settings, **changes)


# variable, Settings field, type, lowest and highest allowed value
_VARIABLES: tuple[tuple[str, str, type, float, float], ...] = (
    ("DIPLOGRAPH_NEAR_DUPLICATE_THRESHOLD", "near_duplicate_threshold", float, 0.01, 1.0),
    ("DIPLOGRAPH_MAX_FILE_BYTES", "max_file_bytes", int, 1, 10**12),
    ("DIPLOGRAPH_SEARCH_SECONDS", "search_seconds", float, 0.0, 3600.0),
    ("DIPLOGRAPH_MAX_ARTICLE_CHARS", "max_article_chars", int, 1, 10**9),
)


def _number(variable: str, raw: str, kind: type, low: float, high: float) -> int | float:
    from diplograph.errors import ConfigError

    bounds = f"from {low:,g} to {high:,g}" if kind is float else f"from {low:,.0f} to {high:,.0f}"
    try:
        value: int | float = kind(raw.strip())
    except ValueError:
        word = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{variable}={raw!r} is not {word}; unset it or give one {bounds}"
                          ) from None  # fmt: skip
    if not low <= value <= high:
        raise ConfigError(f"{variable}={raw!r} is out of range; give one {bounds}")
    return value
