"""A PostgreSQL server for the tests: ``$DIPLOGRAPH_TEST_PG`` (``.ci/run`` starts one), else a
private cluster started here in a temporary folder (initdb, pg_ctl, createdb on a free loopback
port; as the ``postgres`` user when run as root), stopped at the end of the session."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "diplograph"


class Unavailable(Exception):
    """Why no PostgreSQL server could be had."""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Unavailable("no initdb (install Debian's postgresql package, or set DIPLOGRAPH_TEST_PG)")


def _run(command: list[str], as_root: bool) -> None:
    program = Path(command[0]).name
    if as_root:  # initdb refuses root; the cluster's files belong to postgres
        command = ["runuser", "-u", "postgres", "--", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode:
        raise Unavailable(f"{program} failed: {(done.stderr or done.stdout).strip()[-300:]}")


@contextmanager
def private_cluster() -> Iterator[str]:
    """A fresh cluster for the session; yields its URL."""
    bin_dir = _bin_dir()
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="diplograph-pg-"))
    if as_root:
        shutil.chown(folder, "postgres")
    data, port = folder / "pg", free_port()
    _run([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", USER], as_root)
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    pg_ctl = str(bin_dir / "pg_ctl")
    _run([pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "pg.log"), "-w", "start"],
         as_root)  # fmt: skip
    try:
        _run([str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", USER, USER],
             as_root)  # fmt: skip
        yield f"postgresql://{USER}@127.0.0.1:{port}/{USER}"
    finally:
        _run([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], as_root)
        shutil.rmtree(folder, ignore_errors=True)
