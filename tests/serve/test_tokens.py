"""The write token never reaches a log line or an answer, on accepted and on refused requests.

The app runs under uvicorn in a thread with its access log on and uvicorn's own logging
configuration left out, so every record (access lines, errors, diplograph's own) reaches the
root logger that ``caplog`` reads.
"""

from __future__ import annotations

import logging
import shutil
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplograph.serve.app import create_app

TOKEN = "secret-token-5c1e9d"
WAIT = 30


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(examples_db: Path, tmp_path: Path) -> Iterator[str]:
    import uvicorn

    path = tmp_path / "store.db"
    shutil.copyfile(examples_db, path)
    config = uvicorn.Config(
        create_app(path, token=TOKEN, max_body=4096),
        host="127.0.0.1",
        port=_free_port(),
        access_log=True,
        log_config=None,
        log_level="debug",
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not running.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{config.port}"
    running.should_exit = True
    thread.join(timeout=10)


def _post(url: str, body: bytes, authorization: str | None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, method="POST")
    if authorization is not None:
        request.add_header("Authorization", authorization)
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode()


def test_no_log_line_or_answer_carries_the_token(
    server: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    article = b" date 2024-03-05 Talks in Astana\nThe ministers met in Astana on Tuesday.\n"
    url = f"{server}/api/articles?name=talks.txt"
    attempts = [
        (article, f"Bearer {TOKEN}"),  # accepted
        (article, f"Bearer {TOKEN}x"),  # a near miss
        (article, TOKEN),  # the token without its scheme
        (article, f"Basic {TOKEN}"),
        (b"x" * 10_000, f"Bearer {TOKEN}"),  # over the body limit
        (b"\x00\x01binary", f"Bearer {TOKEN}"),  # unreadable input
    ]
    answers = [_post(url, body, authorization) for body, authorization in attempts]
    assert [status for status, _ in answers][:4] == [200, 401, 401, 401]
    assert all(status < 500 for status, _ in answers), answers
    with urllib.request.urlopen(f"{server}/api/status?token={TOKEN[:4]}", timeout=WAIT):
        pass
    time.sleep(0.2)  # the access log line of the last request
    lines = [record.getMessage() for record in caplog.records]
    assert any("POST /api/articles" in line for line in lines), lines  # the log was on
    assert not [line for line in lines if TOKEN in line]
    assert not [body for _, body in answers if TOKEN in body]
