"""The Host check, the security headers on every answer, and what /api/status shows (issue 11,
items 8 and 9)."""

from __future__ import annotations

import base64
import hashlib
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from diplograph.serve.app import app_from_env, create_app
from diplograph.serve.guard import HostNames, host_name

from .conftest import LOCAL

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client(examples_db: Path) -> Iterator[TestClient]:
    app = create_app(examples_db, allowed_hosts=["diplograph.lan", "*.corp.example"])
    with TestClient(app, base_url=LOCAL) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "host",
    ["localhost", "localhost:8765", "127.0.0.1:8765", "[::1]:8765", "LOCALHOST.",
     "diplograph.lan", "diplograph.lan:80", "api.corp.example", "a.b.corp.example:8765"],
)  # fmt: skip
def test_the_server_answers_its_own_names(client: TestClient, host: str) -> None:
    assert client.get("/api/status", headers={"host": host}).status_code == 200


@pytest.mark.parametrize(
    "host",
    ["attacker.example", "attacker.example:8765", "127.0.0.1.attacker.example", "corp.example",
     "localhost.attacker.example", "diplograph.lan.evil", "", "[::1", ":8765"],
)  # fmt: skip
def test_any_other_host_is_refused_as_dns_rebinding_would_send_it(
    client: TestClient, host: str
) -> None:
    for path in ("/api/status", "/", "/docs", "/api/timeline?a=KAZ&b=FRA", "/static/page/app.js"):
        response = client.get(path, headers={"host": host})
        assert response.status_code == 400, (host, path)
        body = response.json()
        assert body["error"] == "bad_host" and "--allow-host" in body["detail"]
        assert response.headers["x-content-type-options"] == "nosniff"


def test_a_kept_answer_is_not_replayed_to_another_host(client: TestClient) -> None:
    url = "/api/timeline?a=KAZ&b=GBR"
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # now kept
    assert client.get(url, headers={"host": "attacker.example"}).status_code == 400


def test_host_names_read_ports_brackets_and_wildcards() -> None:
    assert host_name("[::1]:8765") == "::1" and host_name("Example.ORG.:80") == "example.org"
    assert host_name("::1") == "::1" and host_name(":8765") == ""
    names = HostNames(["localhost", "*.corp.example"])
    assert names.allows("LocalHost:1") and names.allows("x.corp.example")
    assert not names.allows("corp.example") and not names.allows("xcorp.example")
    assert HostNames(["*"]).allows("anything.example")


def test_allowed_hosts_come_from_the_environment_for_worker_processes(
    examples_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DB", str(examples_db))
    monkeypatch.setenv("DIPLOGRAPH_ALLOWED_HOSTS", "graph.example, other.example")
    with TestClient(app_from_env(), base_url="http://graph.example") as test_client:
        assert test_client.get("/api/status").status_code == 200
        assert test_client.get("/api/status", headers={"host": "x.example"}).status_code == 400


SECURITY = {"x-content-type-options": "nosniff", "x-frame-options": "DENY",
            "referrer-policy": "no-referrer"}  # fmt: skip


def _policy(header: str) -> dict[str, list[str]]:
    directives = [part.split() for part in header.split(";") if part.strip()]
    return {d[0]: d[1:] for d in directives}


@pytest.mark.parametrize(
    "path", ["/", "/docs", "/api/status", "/api/articles/no-such-id", "/openapi.json",
             "/static/page/app.js", "/no-such-page"],
)  # fmt: skip
def test_every_answer_carries_the_security_headers(client: TestClient, path: str) -> None:
    for _ in range(2):  # the second answer may be a kept one
        response = client.get(path)
        for name, value in SECURITY.items():
            assert response.headers[name] == value, (path, name)
        policy = _policy(response.headers["content-security-policy"])
        assert policy["frame-ancestors"] == ["'none'"], path
        assert "'unsafe-inline'" not in policy.get("script-src", []), path
        assert len(response.headers.get_list("content-security-policy")) == 1


def test_the_page_runs_under_its_policy_with_local_scripts_only(client: TestClient) -> None:
    response = client.get("/")
    policy = _policy(response.headers["content-security-policy"])
    assert policy["default-src"] == ["'none'"] and policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"] and policy["connect-src"] == ["'self'"]
    page = response.text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), "an inline script"
    assert "<style" not in page and not re.search(r"\sstyle=", page)
    assert not re.search(r"\son[a-z]+=", page), "an inline event handler"
    for asset in re.findall(r'(?:src|href)="(static/[^"]+)"', page):
        assert client.get("/" + asset).status_code == 200, asset
    scripts = "".join(
        client.get(f"/static/page/{name}").text
        for name in re.findall(r'from "\./([a-z]+\.js)"', client.get("/static/page/app.js").text)
    )
    assert scripts and not re.search(r"\beval\(|new Function\(|\.innerHTML\s*=", scripts)


def test_the_docs_policy_allows_its_one_inline_script_by_hash(client: TestClient) -> None:
    response = client.get("/docs")
    policy = _policy(response.headers["content-security-policy"])
    inline = re.findall(r"<script>(.*?)</script>", response.text, re.DOTALL)
    assert len(inline) == 1
    digest = base64.b64encode(hashlib.sha256(inline[0].encode()).digest()).decode()
    assert policy["script-src"] == ["'self'", f"'sha256-{digest}'"]
    assert policy["connect-src"] == ["'self'"] and policy["default-src"] == ["'none'"]


def test_status_names_the_store_file_not_its_path_and_shows_the_queue(
    client: TestClient, examples_db: Path
) -> None:
    body = client.get("/api/status").json()
    assert body["store"] == examples_db.name and "path" not in body
    assert str(examples_db.parent) not in client.get("/api/status").text
    queue = body["queue"]
    assert queue["in_flight"] == 1 and queue["waiting"] == 0
    assert 0 <= queue["threads_busy"] <= queue["threads"] and queue["threads"] >= 1
