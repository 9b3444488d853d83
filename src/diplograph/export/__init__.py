"""Exports: the store as tables (JSONL, CSV, Parquet), as event data (PLOVER, CAMEO) or a graph.

``export_store(store, fmt, out)`` reads the store once and writes:

* ``jsonl``, ``csv``, ``parquet``: one file per table in the folder ``out`` (articles, events,
  event_mentions, people, offices, agreements, facts, observations); see ``export.tables``.
* ``plover``: PLOVER records, one JSON object per event per line; see ``export.standards``.
* ``cameo``: the events in the GDELT 2.0 event table's 61 columns (CSV with header).
* ``graphml``: countries and people joined by the events they share; see ``export.graphml``.

For the one-file formats ``out`` is the file to write, or a folder (an existing one, or a path
without a suffix) that gets the file under its default name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from diplograph.errors import DiplographError
from diplograph.export.graphml import write_graphml
from diplograph.export.standards import write_cameo, write_plover
from diplograph.export.tables import (
    TABLE_FORMATS,
    Snapshot,
    build_tables,
    load_snapshot,
    write_table,
)
from diplograph.store.base import Store

FORMATS: tuple[str, ...] = (*TABLE_FORMATS, "plover", "cameo", "graphml")
DEFAULT_FILES = {
    "plover": "events.plover.jsonl",
    "cameo": "events.cameo.csv",
    "graphml": "diplograph.graphml",
}

__all__ = ["FORMATS", "ExportReport", "export_store"]


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote: the files, and the rows (records, nodes, edges) of each table."""

    format: str
    files: tuple[Path, ...]
    rows: Mapping[str, int]

    def summary(self) -> str:
        counts = ", ".join(f"{count} {name}" for name, count in self.rows.items())
        noun = "file" if len(self.files) == 1 else "files"
        return f"{len(self.files)} {self.format} {noun}: {counts}"


def export_store(store: Store, fmt: str, out: Path) -> ExportReport:
    """Export the whole store in format ``fmt`` (one of FORMATS) to ``out``.

    The store is read in one read transaction, so the files agree with each other even while
    another process ingests. Raises DiplographError for an unknown format or an unwritable path.
    """
    if fmt not in FORMATS:
        raise DiplographError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    snapshot = load_snapshot(store)
    try:
        if fmt in TABLE_FORMATS:
            return _export_tables(snapshot, fmt, Path(out))
        return _export_file(snapshot, fmt, Path(out))
    except OSError as exc:
        raise DiplographError(
            f"{out}: cannot write the {fmt} export ({exc}); choose a writable path"
        ) from exc


def _export_tables(snapshot: Snapshot, fmt: str, folder: Path) -> ExportReport:
    folder.mkdir(parents=True, exist_ok=True)
    files, rows = [], {}
    for table in build_tables(snapshot):
        files.append(write_table(table, fmt, folder))
        rows[table.name] = len(table.rows)
    return ExportReport(fmt, tuple(files), MappingProxyType(rows))


def _export_file(snapshot: Snapshot, fmt: str, out: Path) -> ExportReport:
    path = out / DEFAULT_FILES[fmt] if out.is_dir() or not out.suffix else out
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nodes, edges = write_graphml(snapshot, path)
        rows = {"nodes": nodes, "edges": edges}
    else:
        write = write_plover if fmt == "plover" else write_cameo
        rows = {"events": write(snapshot, path)}
    return ExportReport(fmt, (path,), MappingProxyType(rows))
