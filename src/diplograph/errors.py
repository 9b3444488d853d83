"""Typed errors. Every message says what happened and how to fix it."""

from __future__ import annotations


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""


class InputError(DiplographError):
    """An input file or record cannot be read as an article."""

    def __init__(self, origin: str, reason: str, line: int | None = None) -> None:
        self.origin = origin
        self.reason = reason
        self.line = line
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {reason}")


class StoreError(DiplographError):
    """The store cannot be opened, migrated or written."""


class NotFoundError(DiplographError):
    """A requested article, person or entity does not exist in the store."""


class ConfigError(DiplographError):
    """A setting or data file is invalid."""


class QueryError(DiplographError):
    """A search or question cannot be answered as written: bad syntax, too large, no such date."""


class QueryTimeout(QueryError):
    """A search ran past the CPU time one query may take (``Settings.search_seconds``)."""


class GoldError(DiplographError, ValueError):
    """A gold or evaluation file cannot be read (the message names the file and line)."""
