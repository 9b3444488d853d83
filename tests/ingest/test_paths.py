"""Finding inputs: every path is a source or a problem with its reason, never an exception."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from diplograph.ingest import paths
from diplograph.ingest.paths import Source, expand_paths, total_bytes
from diplograph.models import Problem


def _found(*names: str) -> tuple[list[str], dict[str, str]]:
    """(file names found, {name: reason} of the problems)."""
    files, problems = [], {}
    for item in expand_paths(names):
        if isinstance(item, Source):
            files.append(Path(item.origin).name)
        else:
            problems[Path(item.origin).name] = item.reason
    return files, problems


def _deny(monkeypatch: pytest.MonkeyPatch, denied: Path) -> None:
    """Make ``denied`` unreadable as it is to a user without the permission (tests run as
    root here, and root reads every folder): listing it or looking inside fails with EACCES."""
    real_scandir, real_stat = os.scandir, Path.stat

    def scandir(path: str | os.PathLike[str]) -> object:
        if Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def stat(self: Path, **kwargs: bool) -> os.stat_result:
        if denied in self.parents:
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, **kwargs)

    monkeypatch.setattr(paths.os, "scandir", scandir)
    monkeypatch.setattr(Path, "stat", stat)


def test_unreadable_folder_is_a_problem_and_the_files_beside_it_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("x")
    (tmp_path / "z.txt").write_text("x")
    _deny(monkeypatch, tmp_path / "locked")
    files, problems = _found(str(tmp_path))
    assert files == ["a.txt", "z.txt"]
    assert problems == {
        "locked": "cannot read this folder: permission denied (check the folder's and the "
        "file's read permissions)"
    }


def test_path_inside_an_unreadable_folder_is_a_problem_and_counts_no_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("four")
    (tmp_path / "locked").mkdir()
    inside = tmp_path / "locked" / "b.txt"
    inside.write_text("x")
    _deny(monkeypatch, tmp_path / "locked")
    files, problems = _found(str(tmp_path / "a.txt"), str(inside))
    assert files == ["a.txt"]
    assert problems["b.txt"].startswith("cannot read: permission denied")
    assert total_bytes([str(tmp_path / "a.txt"), str(inside), str(tmp_path)]) == 8


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their permissions")
def test_unreadable_folder_by_its_permissions(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("x")
    locked.chmod(0)
    try:
        assert "permission denied" in _found(str(tmp_path))[1]["locked"]
        assert total_bytes([str(locked / "b.txt")]) == 0
    finally:
        locked.chmod(0o700)


def test_symlink_loops_and_broken_links_are_problems(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "one").symlink_to(tmp_path / "two")
    (tmp_path / "two").symlink_to(tmp_path / "one")
    (tmp_path / "gone").symlink_to(tmp_path / "missing.txt")
    files, problems = _found(str(tmp_path))
    assert files == ["a.txt"]
    assert problems["up"].startswith("symlink loop: this link leads back to a folder above it")
    assert problems["one"].startswith("symlink loop: the link leads back to itself")
    assert problems["two"].startswith("symlink loop")
    assert problems["gone"].startswith("broken link")


def test_link_to_a_folder_is_followed_and_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    (tmp_path / "view").symlink_to(tmp_path / "real", target_is_directory=True)
    outside = tmp_path / "corpus"
    outside.mkdir()
    (outside / "shared").symlink_to(tmp_path / "real", target_is_directory=True)
    assert _found(str(tmp_path)) == (["a.txt"], {})
    assert _found(str(outside)) == (["a.txt"], {})


def test_named_pipe_is_a_problem_not_a_wait(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "a.txt").write_text("x")
    files, problems = _found(str(tmp_path))
    assert files == ["a.txt"]
    assert problems["pipe"].startswith("a named pipe (FIFO), not a file: skipped")
    assert _found(str(tmp_path / "pipe"))[1]["pipe"].startswith("a named pipe")


def test_hidden_and_housekeeping_names_are_skipped_in_name_order(tmp_path: Path) -> None:
    for name in ("b/2.txt", "b/10.txt", "a.txt", "c.txt", ".git/x.txt", "README.md", ".h.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    found = [s.path for s in expand_paths([str(tmp_path)]) if isinstance(s, Source)]
    assert found == sorted(p for p in tmp_path.rglob("*.txt") if ".git" not in p.parts
                           and not p.name.startswith("."))  # fmt: skip


def test_deep_folder_tree_is_walked_without_recursion(tmp_path: Path) -> None:
    deep = tmp_path
    for _ in range(1100):  # deeper than Python's recursion limit
        deep = deep / "d"
        deep.mkdir()
    (deep / "a.txt").write_text("x")
    try:
        assert _found(str(tmp_path)) == (["a.txt"], {})
    finally:  # pytest removes old temporary folders recursively: this one is too deep for that
        (deep / "a.txt").unlink()
        while deep != tmp_path:
            deep.rmdir()
            deep = deep.parent


def test_undecodable_file_name_is_shown_with_escapes(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text("x")
    (found,) = expand_paths([str(tmp_path)])
    assert isinstance(found, Source) and found.origin.endswith("caf\\xe9.txt")
    missing = list(expand_paths([str(tmp_path / os.fsdecode(b"no\xff*"))]))
    assert isinstance(missing[0], Problem) and missing[0].origin.endswith("no\\xff*")
