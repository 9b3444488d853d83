"""Find the inputs named on a command line: files, folders (walked), globs and '-' for stdin.

Whatever cannot be read as a file becomes a Problem with the reason, never an exception and never
silence: a missing path, an unreadable folder, a broken link, a symlink loop, a named pipe.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from diplograph.models import Problem

_SKIP_NAMES = {"readme.md", "license", "provenance.md"}
_KINDS = {
    stat.S_IFIFO: "a named pipe (FIFO)",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


@dataclass(frozen=True)
class Source:
    """One input: a file path, or bytes in memory (standard input's, or a file sent over HTTP)
    with the file ``name`` they came under, if any."""

    origin: str
    path: Path | None
    size: int
    data: bytes | None = None
    name: str | None = None

    @property
    def stem(self) -> str:
        if self.path:
            return self.path.stem
        return Path(self.name).stem if self.name else "stdin"

    @property
    def suffix(self) -> str:
        named = self.path or (Path(self.name) if self.name else None)
        return named.suffix.lower() if named else ""


def expand_paths(paths: Iterable[str], stdin: bytes | None = None) -> Iterator[Source | Problem]:
    """Files under folders (recursively, in name order), glob matches, and '-' for standard
    input. Links to folders are followed; one that leads back to a folder above it is a loop."""
    for raw in paths:
        if raw == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            yield Source(origin="<stdin>", path=None, size=len(data), data=data)
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            yield Problem(origin=shown_path(raw), reason="no file matches this pattern")
        for match in matches:
            yield from _expand_one(Path(match))


def total_bytes(paths: Iterable[str]) -> int | None:
    """The bytes of every file ``expand_paths`` finds (for a progress bar); None with stdin."""
    named = list(paths)
    if "-" in named:
        return None
    return sum(found.size for found in expand_paths(named) if isinstance(found, Source))


def shown_path(path: str | Path) -> str:
    """A path as text that can be stored and printed (undecodable bytes as \\xNN escapes)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _expand_one(path: Path) -> Iterator[Source | Problem]:
    try:
        info = path.stat()
    except OSError as exc:
        yield _unreachable(path, exc)
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _walk(path, (info.st_dev, info.st_ino))
    else:
        yield _file(path, info)


def _walk(top: Path, key: tuple[int, int]) -> Iterator[Source | Problem]:
    """Depth first, entries in name order (the order ``sorted(rglob)`` gave); a stack, not
    recursion, so a deep tree cannot exhaust Python's stack."""
    seen = {key}
    stack: list[tuple[Iterator[Path], frozenset[tuple[int, int]]]] = []
    listed = _list(top)
    if isinstance(listed, Problem):
        yield listed
        return
    stack.append((iter(listed), frozenset({key})))
    while stack:
        entries, above = stack[-1]
        path = next(entries, None)
        if path is None:
            stack.pop()
            continue
        try:
            info = path.stat()
        except OSError as exc:
            yield _unreachable(path, exc)
            continue
        if not stat.S_ISDIR(info.st_mode):
            yield _file(path, info)
            continue
        inner = (info.st_dev, info.st_ino)
        if inner in above:
            yield Problem(
                origin=shown_path(path),
                reason="symlink loop: this link leads back to a folder above it (skipped)",
            )
            continue
        if inner in seen:
            continue  # a second link to a folder already read: its files are read once
        seen.add(inner)
        listed = _list(path)
        if isinstance(listed, Problem):
            yield listed
        else:
            stack.append((iter(listed), above | {inner}))


def _list(folder: Path) -> list[Path] | Problem:
    try:
        with os.scandir(folder) as found:
            names = sorted(entry.name for entry in found)
    except OSError as exc:
        return Problem(origin=shown_path(folder), reason=f"cannot read this folder: {_why(exc)}")
    return [
        folder / name
        for name in names
        if not name.startswith(".") and name.lower() not in _SKIP_NAMES
    ]


def _file(path: Path, info: os.stat_result) -> Source | Problem:
    if stat.S_ISREG(info.st_mode):
        return Source(origin=shown_path(path), path=path, size=info.st_size)
    kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
    return Problem(
        origin=shown_path(path),
        reason=f"{kind}, not a file: skipped (send a stream to standard input: ingest - < PATH)",
    )


def _unreachable(path: Path, exc: OSError) -> Problem:
    origin = shown_path(path)
    if exc.errno == errno.ELOOP:
        return Problem(origin=origin, reason="symlink loop: the link leads back to itself")
    if exc.errno == errno.ENOENT and path.is_symlink():
        return Problem(origin=origin, reason="broken link: what it points to does not exist")
    if exc.errno == errno.ENOENT:
        return Problem(origin=origin, reason="no such file or folder")
    return Problem(origin=origin, reason=f"cannot read: {_why(exc)}")


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied (check the folder's and the file's read permissions)"
    return exc.strerror or type(exc).__name__
