"""One Settings object, built once and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_DB = "diplograph.db"


@dataclass(frozen=True)
class Settings:
    """Knobs a user can set; defaults suit a laptop."""

    db_path: Path = Path(DEFAULT_DB)
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

    @classmethod
    def from_env(cls, db_path: str | Path | None = None) -> Settings:
        """Settings from arguments, then DIPLOGRAPH_* variables, then defaults."""
        path = db_path or os.environ.get("DIPLOGRAPH_DB") or DEFAULT_DB
        settings = cls(db_path=Path(path))
        threshold = os.environ.get("DIPLOGRAPH_NEAR_DUPLICATE_THRESHOLD")
        if threshold:
            settings = replace(settings, near_duplicate_threshold=float(threshold))
        max_bytes = os.environ.get("DIPLOGRAPH_MAX_FILE_BYTES")
        if max_bytes:
            settings = replace(settings, max_file_bytes=int(max_bytes))
        search_seconds = os.environ.get("DIPLOGRAPH_SEARCH_SECONDS")
        if search_seconds:
            settings = replace(settings, search_seconds=float(search_seconds))
        max_chars = os.environ.get("DIPLOGRAPH_MAX_ARTICLE_CHARS")
        if max_chars:
            settings = replace(settings, max_article_chars=int(max_chars))
        return settings
