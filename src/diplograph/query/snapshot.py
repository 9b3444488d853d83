"""The resolved view written to a file, so that a server that starts reads it back instead of
resolving every stored extraction again (54-59 s for a 1M-event store; reading it back about a
sixth of that).

A snapshot holds what the server's warm-up builds from one store generation: the kept state of
the growing view (``query.growing``: every article's reports, the resolved blocks, the mark of
the extraction log it read up to), the view itself with its event columns, and the answers of
the kinds in ``KINDS`` built for that generation (people, agreements, country counts,
observations of figures, pair timelines). Read back:

- when the store is still at the snapshot's generation, every kept answer is that generation's
  at once;
- when the store has moved on, the growing view starts from the snapshot's state, and the next
  view reads only the articles extracted since its mark, as a running server's update does
  (and starts over by itself where the store went back: a restore, rows changed outside
  extraction);
- when the snapshot was written by another diplograph version, with other knowledge files, for
  another store, or cannot be read, it is ignored (and logged), and written again once the view
  is built.

The file starts with a line naming it and one line of JSON (its ``Stamp``), checked before
anything else is read; the rest is a pickle read with only diplograph's own classes and a few
plain types allowed (``_Reader``), so a file put in its place cannot run other code. It is
written to a temporary file beside it and renamed, readable by its owner alone.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import pickle
import tempfile
from collections.abc import Hashable
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from diplograph.query.cache import Derived
from diplograph.query.growing import GrowingView
from diplograph.query.stored import resolver_version

log = logging.getLogger(__name__)

FORMAT = 1  # what the file holds and how; a snapshot of another format is ignored
MAGIC = b"diplograph view snapshot\n"
SUFFIX = ".view"  # beside a SQLite store: diplograph.db -> diplograph.db.view
# The kinds of derived answers kept with the view (query.answers' keys): what the warm-up builds.
KINDS = (
    "view",
    "people",
    "agreements",
    "countries",
    "observations",
    "figure_index",
    "facts",
    "figures",
)  # not pair timelines: one read from the stored resolution holds events of its own (90 MB
# for the busiest pair of a 1M-event store); from the view read back, one takes a second
# What the pickle may name besides diplograph's own classes.
_ALLOWED = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "slice"),
    ("collections", "OrderedDict"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("numpy", "dtype"),
    ("numpy", "ndarray"),
    ("numpy.core.numeric", "_frombuffer"),
    ("numpy._core.numeric", "_frombuffer"),
    ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "scalar"),
    ("numpy._core.multiarray", "scalar"),
}


@dataclass(frozen=True)
class Stamp:
    """What a snapshot was written from: read first, and the rest only when it fits."""

    format: int
    version: str  # diplograph's, and the resolution's format (query.stored.resolver_version)
    knowledge: str  # digest of the packaged data files (places, names, roles...)
    store: str  # the store's location, as the store gives it
    generation: tuple[int, ...]  # the store generation of the kept answers
    mark: int  # the extraction log mark of the growing view

    def fits(self, other: Stamp) -> bool:
        """Whether a snapshot stamped ``self`` can serve a process that would stamp ``other``
        (all but the generation and the mark, which an update takes care of)."""
        return (self.format, self.version, self.knowledge, self.store) == (
            other.format,
            other.version,
            other.knowledge,
            other.store,
        )


@cache  # the packaged files, read once a process
def knowledge_digest() -> str:
    """A digest of the packaged data files: a resolution made with other places, names or roles
    is not this one's."""
    digest = hashlib.sha256()
    folder = resources.files("diplograph.data")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.is_file() and not entry.name.endswith((".py", ".pyc")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:32]


def snapshot_path(location: str | Path) -> Path | None:
    """Where the snapshot of a store lives: beside a SQLite file (``DB.view``); for a
    PostgreSQL store, in the user's cache folder (``$XDG_CACHE_HOME/diplograph``, else
    ``~/.cache/diplograph``), named by a digest of the store's location. None for a store in
    memory."""
    text = str(location)
    if text == ":memory:" or not text:
        return None
    if not _is_database(text):
        return Path(text).with_name(Path(text).name + SUFFIX)
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    name = hashlib.sha256(text.encode()).hexdigest()[:24]
    return Path(cache) / "diplograph" / f"{name}{SUFFIX}"


def _is_database(location: str) -> bool:
    return location.startswith(("postgresql://", "postgres://"))


def stamp_for(location: str, generation: tuple[int, ...], mark: int) -> Stamp:
    """The stamp of a snapshot of the store at ``location`` (a file by its absolute path)."""
    where = location if _is_database(location) else str(Path(location).resolve())
    return Stamp(FORMAT, resolver_version(), knowledge_digest(), where, generation, mark)


@dataclass
class Snapshot:
    """A snapshot read back: its stamp, the growing view's state and the kept answers."""

    stamp: Stamp
    growing: dict[str, Any]
    answers: dict[Hashable, Any]


def write(path: Path, growing: GrowingView, derived: Derived, location: str) -> Stamp | None:
    """Write the growing view's state and ``derived``'s answers of ``KINDS`` to ``path`` when the
    view was built for ``derived``'s generation; None when it was not (nothing is written)."""
    with growing.held() as state:
        if state is None or growing.generation != derived.generation:
            return None
        answers = derived.kept(KINDS)
        stamp = stamp_for(location, derived.generation, state["mark"])
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:  # mkstemp's file: readable by its owner alone
                _write(out, stamp, state, answers)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return stamp


def _write(out: IO[bytes], stamp: Stamp, state: dict[str, Any], answers: dict[Any, Any]) -> None:
    out.write(MAGIC)
    out.write(json.dumps(asdict(stamp)).encode() + b"\n")
    # Written to the file in frames: the pickler lets other threads run between them.
    pickle.dump((state, answers), out, protocol=5)


def read_stamp(path: Path) -> Stamp | None:
    """The stamp of the snapshot at ``path``; None when there is none or it is not one."""
    try:
        with path.open("rb") as handle:
            return _stamp(handle)
    except OSError:
        return None


def _stamp(handle: IO[bytes]) -> Stamp | None:
    if handle.read(len(MAGIC)) != MAGIC:
        return None
    try:
        header = json.loads(handle.readline())
        header["generation"] = tuple(int(n) for n in header["generation"])
        return Stamp(**header)
    except (ValueError, TypeError, KeyError):
        return None


def read(path: Path, expected: Stamp, freeze: bool = False) -> Snapshot | None:
    """The snapshot at ``path`` when its stamp fits ``expected``; None otherwise (logged).
    ``freeze``: what it holds is moved out of the cyclic garbage collector's sight as it is
    read (``gc.freeze``), not walked by the next collections (4 s at 1M events)."""
    try:
        with path.open("rb") as handle:
            stamp = _stamp(handle)
            if stamp is None:
                log.warning("%s is not a diplograph view snapshot: ignored", path)
                return None
            if not stamp.fits(expected):
                log.info("%s was written by another version, data or store: ignored", path)
                return None
            collecting = gc.isenabled()
            if freeze:
                gc.collect(1)  # what is young now is not kept frozen for ever if garbage
            gc.disable()  # millions of objects, none garbage: 15 s -> 9 s at 1M events
            try:
                state, answers = _Reader(handle).load()
            finally:
                if freeze:
                    gc.freeze()
                if collecting:
                    gc.enable()
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or damaged file is a rebuild, not a failure
        log.warning("%s cannot be read (%s): removed, to be written again", path, exc)
        path.unlink(missing_ok=True)
        return None
    return Snapshot(stamp, state, answers)


class _Reader(pickle.Unpickler):
    """An unpickler that builds only diplograph's classes (no function of it) and the plain
    types of ``_ALLOWED``."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module.split(".")[0] == "diplograph":
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a view snapshot")
