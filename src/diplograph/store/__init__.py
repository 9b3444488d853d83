"""Persistence: the only package that speaks SQL."""

from diplograph.store.sqlite import SQLiteStore

__all__ = ["SQLiteStore"]
