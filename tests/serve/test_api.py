"""The HTTP API against a store built from examples/ (ingested and extracted once)."""

from __future__ import annotations

import re
import shutil
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from starlette.exceptions import StarletteDeprecationWarning

import diplograph
from diplograph.config import Settings
from diplograph.serve.app import create_app
from diplograph.shapes import agreement_json, event_json, observation_json, person_json

from .conftest import LOCAL

with warnings.catch_warnings():
    # Starlette 1.x asks for httpx2 in its test client and warns, once, when it finds httpx.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

TOKEN = "test-token-7f3a"
NEW_ARTICLE = (
    " date 2024-05-14 ASTANA. President Kassym-Jomart Tokayev met French Foreign Minister "
    "Stephane Sejourne in Astana on Tuesday to discuss uranium supplies and direct flights.\n"
)


@pytest.fixture(scope="module")
def store(examples_db: Path) -> Path:
    return examples_db


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store), base_url=LOCAL) as test_client:
        yield test_client


@pytest.fixture
def writable(store: Path, tmp_path: Path) -> Iterator[tuple[TestClient, Path]]:
    """An app with a token, over a copy of the store (so writes never reach the other tests)."""
    path = tmp_path / "copy.db"
    shutil.copyfile(store, path)
    with TestClient(create_app(path, token=TOKEN, max_body=4096), base_url=LOCAL) as test_client:
        yield test_client, path


def _get(client: TestClient, url: str) -> Any:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


PAGED = [
    "/api/articles?limit=3",
    "/api/events?country=KAZ&country=France&limit=5",
    "/api/facts?of=FRA&in=KAZ",
    "/api/series?indicator=trade_turnover&a=GBR&b=KAZ",
    "/api/people?limit=5",
    "/api/who-met?name=Tokayev",
    "/api/agreements",
    "/api/problems",
]


@pytest.mark.parametrize("url", PAGED)
def test_paged_lists_answer_items_with_their_page(client: TestClient, url: str) -> None:
    body = _get(client, url)
    assert set(body) >= {"items", "limit", "offset", "next_offset"}
    assert body["items"], url
    assert len(body["items"]) <= body["limit"]


def test_status_counts_what_is_stored(client: TestClient) -> None:
    body = _get(client, "/api/status")
    assert body["articles"] == 9 and body["stories"] == 8
    assert body["events"] > 0 and body["facts"] > 0


def test_countries_count_event_reports_and_name_the_busiest_pairs(
    client: TestClient, store: Path
) -> None:
    body = _get(client, "/api/countries")
    by_code = {c["code"]: c for c in body["items"]}
    assert by_code["KAZ"]["name"] == "Kazakhstan" and by_code["FRA"]["name"] == "France"
    with diplograph.open(settings=Settings(db_path=store)) as graph:
        stored = graph.store.events_with_dates()
    for code in ("KAZ", "FRA", "GBR", "USA"):
        expected = sum(1 for e, _ in stored if code in e.countries)
        assert by_code[code]["events"] == expected, code
    pairs = body["pairs"]
    assert pairs == sorted(pairs, key=lambda p: (-p["events"], p["a"], p["b"]))
    top = pairs[0]
    assert top["a"] < top["b"]
    assert top["events"] == sum(1 for e, _ in stored if {top["a"], top["b"]} <= set(e.countries))
    assert len(_get(client, "/api/countries?pairs=1")["pairs"]) == 1
    assert client.get("/api/countries?pairs=-1").status_code == 422


def test_articles_page_through_the_store(client: TestClient) -> None:
    first = _get(client, "/api/articles?limit=5")
    second = _get(client, f"/api/articles?limit=5&offset={first['next_offset']}")
    ids = [a["id"] for a in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 9
    assert second["next_offset"] is None


def test_article_has_text_copies_and_extraction(client: TestClient) -> None:
    body = _get(client, "/api/articles/kz-fr-2023")
    assert body["published_on"] == "2023-04-06"
    assert body["copies"] == ["kz-fr-2023_syndicated"]
    assert {"events", "facts", "people", "times"} <= set(body["extraction"])
    event = body["extraction"]["events"][0]
    start, end = event["evidence"]["start"], event["evidence"]["end"]
    assert body["text"][start:end] == event["evidence"]["sentence"]


def test_events_filter_by_country_type_status_and_date(client: TestClient) -> None:
    body = _get(client, "/api/events?country=KAZ&country=FRA&type=CONSULT&status=occurred"
                        "&from=2023&to=2023-12")  # fmt: skip
    assert body["items"] and body["total"] == len(body["items"])
    for event in body["items"]:
        assert {"KAZ", "FRA"} <= set(event["countries"])
        assert event["type"] == "CONSULT" and event["status"] == "occurred"
        assert event["date"].startswith("2023")
    dates = [e["date"] for e in body["items"]]
    assert dates == sorted(dates)


def test_timeline_answers_what_graph_timeline_answers(client: TestClient, store: Path) -> None:
    cases = [("KAZ", "FRA", None, None, None), ("France", "Kazakhstan", "2023", None, None),
             ("KAZ", "GBR", None, "2023-03", None), ("KAZ", "GBR", None, None, "planned"),
             ("GBR", "KAZ", "2019-10-01", "2023-10-02", "occurred")]  # fmt: skip
    with diplograph.open(settings=Settings(db_path=store)) as graph:
        for a, b, start, end, status in cases:
            occurred, planned = graph.timeline(a, b, start=start, end=end, status=status)
            query = f"/api/timeline?a={a}&b={b}" + "".join(
                f"&{k}={v}" for k, v in (("from", start), ("to", end), ("status", status)) if v
            )
            body = _get(client, query)
            assert body["occurred"] == _plain([event_json(e) for e in occurred]), query
            assert body["planned"] == _plain([event_json(e) for e in planned]), query
            assert body["total"] == {"occurred": len(occurred), "planned": len(planned)}


def test_timeline_pages_each_list(client: TestClient) -> None:
    whole = _get(client, "/api/timeline?a=KAZ&b=FRA")
    first = _get(client, "/api/timeline?a=KAZ&b=FRA&limit=2")
    second = _get(client, "/api/timeline?a=KAZ&b=FRA&limit=2&offset=2")
    assert first["occurred"] + second["occurred"] == whole["occurred"][:4]
    assert first["total"] == whole["total"]


def test_facts_and_series_answer_what_the_graph_answers(client: TestClient, store: Path) -> None:
    with diplograph.open(settings=Settings(db_path=store)) as graph:
        facts = graph.facts(of="GBR", in_="KAZ")
        targets = graph.facts(in_="KAZ", include_targets=True)
        series = graph.series("trade_turnover", "GBR", "KAZ")
    assert _get(client, "/api/facts?of=GBR&in=KAZ")["items"] == _plain(
        [observation_json(o) for o in facts]
    )
    assert _get(client, "/api/facts?in=Kazakhstan&targets=true")["total"] == len(targets)
    body = _get(client, "/api/series?indicator=trade_turnover&a=GBR&b=KAZ")
    assert body["items"] == _plain([observation_json(o) for o in series])


def test_offices_role_of_agreement_search_and_ask(client: TestClient) -> None:
    office = _get(client, "/api/offices?country=KAZ&role=head_of_state&on=2019-01-01")
    assert [t["person"] for t in office["items"]] == ["Nursultan Nazarbayev"]
    assert len(_get(client, "/api/offices?country=Kazakhstan")["items"]) >= 3
    roles = _get(client, "/api/role-of?name=Tokayev&on=2023-04-06")["items"]
    assert [(t["country"], t["role"]) for t in roles] == [("KAZ", "head_of_state")]
    agreement = _get(client, "/api/agreements?name=Strategic%20Partnership%20Agreement")
    assert agreement["items"][0]["parties"] == ["FRA", "KAZ"]
    hits = _get(client, "/api/search?q=Macron&limit=2")["items"]
    assert len(hits) == 2 and all("Macron" in h["sentence"] for h in hits)
    answer = _get(client, "/api/ask?q=Whom%20did%20Tokayev%20meet%3F")
    assert answer["kind"] == "meeting" and answer["found"] and answer["sources"]


def test_people_and_agreements_answer_what_the_whole_graph_view_answers(
    client: TestClient, store: Path
) -> None:
    with diplograph.open(settings=Settings(db_path=store)) as graph:
        view = graph.view()
    people = _get(client, "/api/people?limit=500")["items"]
    expected = sorted(view.people.identities, key=lambda i: i.canonical)
    assert people == _plain([person_json(i) for i in expected])
    agreements = _get(client, "/api/agreements?limit=500")["items"]
    assert agreements == _plain(
        [agreement_json(a) for a in sorted(view.agreements, key=lambda a: a.name)]
    )
    assert agreements, "the examples sign at least one agreement"


BAD = [
    ("/api/timeline?a=KAZ&b=FRA&from=2023-13", 422, "bad_date"),
    ("/api/timeline?a=KAZ&b=FRA&to=yesterday", 422, "bad_date"),
    ("/api/offices?country=KAZ&on=2020-02-30", 422, "bad_date"),
    ("/api/role-of?name=Tokayev&on=2023-04", 422, "bad_date"),
    ("/api/timeline?a=Atlantis&b=KAZ", 422, "unknown_country"),
    ("/api/timeline?a=KAZ&b=XYZ", 422, "unknown_country"),
    ("/api/events?country=Narnia", 422, "unknown_country"),
    ("/api/facts?of=Atlantis", 422, "unknown_country"),
    ("/api/articles/no-such-article", 404, "not_found"),
    ("/api/articles?limit=0", 422, "invalid_parameter"),
    ("/api/articles?limit=501", 422, "invalid_parameter"),
    ("/api/events?offset=-1", 422, "invalid_parameter"),
    ("/api/events?limit=ten", 422, "invalid_parameter"),
    ("/api/timeline?a=KAZ&b=FRA&status=maybe", 422, "invalid_parameter"),
    ("/api/events?type=HUG", 422, "bad_type"),
    ("/api/timeline?a=KAZ", 422, "invalid_parameter"),
    ("/api/search?q=", 422, "invalid_parameter"),
    ("/api/search?q=%22unclosed", 400, "bad_query"),
    ("/api/no-such-endpoint", 404, "not_found"),
]


@pytest.mark.parametrize(("url", "status", "error"), BAD)
def test_bad_requests_answer_json_errors_with_4xx(
    client: TestClient, url: str, status: int, error: str
) -> None:
    response = client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error
    assert isinstance(body["detail"], str) and body["detail"]


def test_concurrent_reads_agree(client: TestClient) -> None:
    urls = [
        "/api/timeline?a=KAZ&b=FRA",
        "/api/facts?in=KAZ",
        "/api/people",
        "/api/who-met?name=Tokayev",
    ]
    expected = {url: _get(client, url) for url in urls}
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda url: (url, _get(client, url)), urls * 8))
    assert all(body == expected[url] for url, body in answers)


def test_docs_render_with_local_assets_only(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    page = response.text
    assert "cdn" not in page.lower()
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources and all(s.startswith("/static/swagger/") for s in sources), sources
    for source in sources:
        asset = client.get(source)
        assert asset.status_code == 200 and asset.content, source
    assert "/api/timeline" in _get(client, "/openapi.json")["paths"]


def test_index_links_to_the_docs(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert 'href="docs"' in response.text


def test_post_is_refused_when_the_server_has_no_token(client: TestClient) -> None:
    response = client.post("/api/articles", content=NEW_ARTICLE.encode())
    assert response.status_code == 403
    assert response.json()["error"] == "read_only"


@pytest.mark.parametrize(
    ("headers", "error"),
    [({}, "missing_token"), ({"Authorization": "Bearer wrong"}, "bad_token"),
     ({"Authorization": f"Basic {TOKEN}"}, "missing_token")],
)  # fmt: skip
def test_post_without_the_right_token_is_401(
    writable: tuple[TestClient, Path], headers: dict[str, str], error: str
) -> None:
    test_client, _ = writable
    response = test_client.post("/api/articles", content=NEW_ARTICLE.encode(), headers=headers)
    assert response.status_code == 401
    assert response.json()["error"] == error
    assert response.headers["www-authenticate"] == "Bearer"


def test_post_over_the_size_limit_is_413(writable: tuple[TestClient, Path]) -> None:
    test_client, _ = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = NEW_ARTICLE.encode() * 100  # over max_body=4096
    response = test_client.post("/api/articles", content=big, headers=auth)
    assert response.status_code == 413
    chunks = iter([big[:3000], big[3000:]])  # no Content-Length: counted as it arrives
    streamed = test_client.post("/api/articles", content=chunks, headers=auth)
    assert streamed.status_code == 413
    assert test_client.get("/api/status").json()["articles"] == 9


def test_post_with_the_token_ingests_extracts_and_shows_at_once(
    writable: tuple[TestClient, Path],
) -> None:
    test_client, _ = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = _get(test_client, "/api/timeline?a=KAZ&b=FRA")["total"]["occurred"]
    response = test_client.post(
        "/api/articles?name=kz-fr-2024.txt", content=NEW_ARTICLE.encode(), headers=auth
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["new"] == 1 and report["rejected"] == 0 and report["extracted"] == 1
    assert report["article_ids"] == ["kz-fr-2024"]
    stored = _get(test_client, "/api/articles/kz-fr-2024")
    assert stored["extraction"]["events"]
    assert stored["origin"] == "POST /api/articles kz-fr-2024.txt"  # not a temporary file
    assert _get(test_client, "/api/timeline?a=KAZ&b=FRA")["total"]["occurred"] == before + 1
    again = test_client.post(
        "/api/articles?name=kz-fr-2024.txt", content=NEW_ARTICLE.encode(), headers=auth
    )
    assert again.json()["unchanged"] == 1


def test_post_reports_rejected_input_like_the_cli(writable: tuple[TestClient, Path]) -> None:
    test_client, _ = writable
    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = test_client.post(
        "/api/articles?format=text", content=b"No date anywhere in this note.", headers=auth
    )
    assert response.status_code == 200
    report = response.json()
    assert report["rejected"] == 1 and "no publication date" in report["problems"][0]
    assert report["problems"][0].startswith("POST /api/articles upload-")
    bad = test_client.post("/api/articles?date=2024-02-30", content=b"x", headers=auth)
    assert bad.status_code == 422 and bad.json()["error"] == "bad_date"


def _plain(value: Any) -> Any:
    """What JSON makes of a shape: dates as ISO strings, tuples as lists."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


@pytest.mark.parametrize(
    ("command", "url"),
    [(["articles", "--limit", "5"], "/api/articles?limit=5"),
     (["problems"], "/api/problems"),
     (["search", "Macron", "--limit", "3"], "/api/search?q=Macron&limit=3"),
     (["facts", "--of", "FRA", "--in", "KAZ"], "/api/facts?of=FRA&in=KAZ"),
     (["series", "companies", "FRA", "KAZ"], "/api/series?indicator=companies&a=FRA&b=KAZ")],
)  # fmt: skip
def test_the_cli_json_of_a_listing_is_the_api_s_items(
    client: TestClient, store: Path, command: list[str], url: str
) -> None:
    """One set of shapes (``diplograph.shapes``) and ISO dates for both writers."""
    import json

    from typer.testing import CliRunner

    from diplograph.cli import app

    result = CliRunner().invoke(app, ["--db", str(store), *command, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == _get(client, url)["items"]


@pytest.mark.parametrize(
    ("command", "url"),
    [(["role-of", "Tokayev", "--on", "2023-04-06"], "/api/role-of?name=Tokayev&on=2023-04-06"),
     (["ask", "Whom did Tokayev meet?", "--explain"], "/api/ask?q=Whom%20did%20Tokayev%20meet%3F")],
)  # fmt: skip
def test_the_cli_json_of_an_answer_is_the_api_s_bytes(
    client: TestClient, store: Path, command: list[str], url: str
) -> None:
    """One encoder (``diplograph.encoding``): the CLI writes what the API sends, byte for byte."""
    from typer.testing import CliRunner

    from diplograph.cli import app

    result = CliRunner().invoke(app, ["--db", str(store), *command, "--json"])
    assert result.exit_code == 0, result.output
    answer = client.get(url)
    assert answer.status_code == 200
    assert result.stdout_bytes.rstrip(b"\n") == answer.content


def test_the_cli_json_of_a_timeline_and_an_agreement_is_the_api_s(
    client: TestClient, store: Path
) -> None:
    import json

    from typer.testing import CliRunner

    from diplograph.cli import app

    def cli(*args: str) -> Any:
        result = CliRunner().invoke(app, ["--db", str(store), *args, "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    api = _get(client, "/api/timeline?a=KAZ&b=France&limit=500")
    mine = cli("timeline", "KAZ", "France")
    assert {k: api[k] for k in ("a", "b", "occurred", "planned")} == mine
    named = _get(client, "/api/agreements?limit=1")["items"][0]["name"]
    assert cli("agreement", named) == _get(client, f"/api/agreements?name={named}")["items"][0]


SAMPLES = {
    "/api/status": "/api/status",
    "/api/problems": "/api/problems",
    "/api/articles": "/api/articles",
    "/api/articles/{article_id}": "/api/articles/kz-fr-2019",
    "/api/countries": "/api/countries",
    "/api/events": "/api/events?country=KAZ",
    "/api/timeline": "/api/timeline?a=KAZ&b=FRA",
    "/api/facts": "/api/facts",
    "/api/series": "/api/series?indicator=companies&a=FRA&b=KAZ",
    "/api/people": "/api/people",
    "/api/who-met": "/api/who-met?name=Tokayev",
    "/api/offices": "/api/offices?country=KAZ",
    "/api/role-of": "/api/role-of?name=Tokayev",
    "/api/agreements": "/api/agreements",
    "/api/search": "/api/search?q=Macron",
    "/api/ask": "/api/ask?q=Whom%20did%20Tokayev%20meet%3F",
}


def test_every_answer_has_the_schema_its_route_declares_in_the_docs(client: TestClient) -> None:
    """The response models /docs shows are the shapes sent: each real answer validates against
    its route's model, which refuses fields it does not declare."""
    from fastapi.routing import APIRoute
    from pydantic import TypeAdapter

    from diplograph.serve.routes import router

    routes = [r for r in router.routes if isinstance(r, APIRoute) and "GET" in r.methods]
    assert {r.path for r in routes} == set(SAMPLES)
    for route in routes:
        assert route.response_model is not None, f"{route.path} declares no response model"
        answer = client.get(SAMPLES[route.path])
        assert answer.status_code == 200, (route.path, answer.text)
        body = answer.json()
        if route.path in ("/api/timeline", "/api/facts", "/api/who-met"):
            assert body.get("occurred") or body.get("items"), f"{route.path}: an empty sample"
        TypeAdapter(route.response_model).validate_python(body)
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert {"Timeline", "ObservationOut", "AnswerOut", "ResolvedEventOut"} <= set(schemas)
