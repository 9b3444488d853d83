"""The analysts' page in a headless Chromium: the pair picker, the timeline, the figures, the
network and the article pane with the cited sentence highlighted; hostile article text shown as
text and never run.

Needs /usr/bin/chromium and /usr/bin/chromedriver (Debian's ``chromium`` and
``chromium-driver``; .ci/run installs them) and selenium (the ``dev`` extra). Never downloads a
browser or a driver.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import socket
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

import diplograph

from ..conftest import EXAMPLES

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
LEAD_COPY = Path("/tmp/diplograph_page.png")
WAIT = 30  # seconds for the page to draw on a slow CI machine

# Markup that would set a flag if the page ever parsed article text as HTML.
HOSTILE = {
    "id": "hostile-flag-2023-07-01",
    "date": "2023-07-01",
    "title": "Zanzibarine <b>bold</b> notes <img src=x onerror=\"window.__pwned='title'\">",
    "text": (
        "ASTANA. The zanzibarine archive was opened to researchers on Saturday. "
        "<img src=x onerror=\"window.__pwned='img'\"> "
        "<svg onload=\"window.__pwned='svg'\"></svg> "
        "<script>window.__pwned='script'</script> "
        "<a href=\"javascript:window.__pwned='link'\">the zanzibarine catalogue</a> "
        "The catalogue lists letters from the nineteenth century."
    ),
    "source": "diplograph test fixture",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example articles plus one article of hostile markup, ingested and extracted."""
    folder = tmp_path_factory.mktemp("browser")
    extra = folder / "hostile.jsonl"
    extra.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    path = folder / "page.db"
    with diplograph.open(path) as graph:
        graph.ingest([str(EXAMPLES), str(extra)])
        graph.extract()
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    """The app on 127.0.0.1, served by uvicorn in a thread; its base URL."""
    import uvicorn

    from diplograph.serve.app import create_app

    config = uvicorn.Config(
        create_app(store), host="127.0.0.1", port=_free_port(), log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not running.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{config.port}/"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    """Debian's Chromium, headless, with a fresh profile; the tests skip when it is missing."""
    for tool, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not tool.exists():
            pytest.skip(f"{tool} is missing: `apt-get install {package}` (.ci/run does)")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_window_size(1280, 1000)
    yield driver
    driver.quit()


def _api(base: str, path: str, **params: str) -> Any:
    url = f"{base}api/{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=WAIT) as answer:
        return json.load(answer)


def _wait(driver: WebDriver, css: str, count: int = 1) -> list[WebElement]:
    """The elements matching ``css`` once at least ``count`` of them are there."""
    WebDriverWait(driver, WAIT).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, css)) >= count)
    return driver.find_elements(By.CSS_SELECTOR, css)


def _announced(driver: WebDriver, text: str) -> None:
    WebDriverWait(driver, WAIT).until(
        lambda d: text in d.find_element(By.ID, "announce").get_attribute("textContent")
    )


def _pick(driver: WebDriver, a: str, b: str) -> None:
    Select(driver.find_element(By.ID, "country-a")).select_by_value(a)
    Select(driver.find_element(By.ID, "country-b")).select_by_value(b)
    _announced(driver, f"{a} and {b}:")


def _normal(text: str) -> str:
    return " ".join(text.split())


def _cited(driver: WebDriver) -> str:
    mark = _wait(driver, "#article mark.cited")[0]
    return _normal(mark.get_attribute("textContent") or "")


def _errors(driver: WebDriver) -> list[str]:
    """Console errors: a CSP violation, a failed request or an exception in the page."""
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def _save_whole_page(driver: WebDriver, path: Path) -> None:
    """A screenshot of the whole page (the window made as tall as the page for a moment)."""
    size = driver.get_window_size()
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(size["width"], min(int(height) + 140, 8000))
    try:
        time.sleep(0.3)  # the page redraws its charts after a resize
        driver.save_screenshot(str(path))
    finally:
        driver.set_window_size(size["width"], size["height"])


def _open_page(browser: WebDriver, server: str) -> None:
    browser.get(server)
    _wait(browser, "#country-a option", 2)
    _announced(browser, " and ")


def test_page_draws_the_pair_and_opens_each_citation_at_its_sentence(
    browser: WebDriver, server: str, tmp_path: Path
) -> None:
    _open_page(browser, server)
    _pick(browser, "KAZ", "GBR")
    _pick(browser, "KAZ", "FRA")
    timeline = _api(server, "timeline", a="KAZ", b="FRA")

    # The timeline: occurred solid, planned hollow, and listed apart.
    solid = _wait(browser, "#timeline-chart svg g.mark.occurred circle")
    hollow = _wait(browser, "#timeline-chart svg g.mark.planned circle")
    fill_of = "return getComputedStyle(arguments[0]).fill"
    assert browser.execute_script(fill_of, solid[0]) != browser.execute_script(fill_of, hollow[0])
    occurred = _wait(browser, "#occurred button.cite", len(timeline["occurred"]))
    planned = _wait(browser, "#planned button.cite", len(timeline["planned"]))
    assert len(occurred) == len(timeline["occurred"])
    assert len(planned) == len(timeline["planned"])
    # The figures: one chart per indicator reported, a point per figure, hedges drawn.
    assert _wait(browser, "#figures svg.figure-svg g.point")
    assert browser.find_elements(By.CSS_SELECTOR, "#figures g.point.more_than path.hedge")
    assert _wait(browser, "#network svg line.stroke")

    # A click on an event opens its article at the cited sentence, highlighted.
    index, event = next(
        (i, e) for i, e in enumerate(timeline["occurred"]) if "Emmanuel Macron" in e["people"]
    )
    browser.find_element(By.CSS_SELECTOR, f'#occurred button[data-key="occurred-{index}"]').click()
    source = event["sources"][0]
    assert _cited(browser) == _normal(source["sentence"])
    article = _api(server, f"articles/{source['doc']}")
    text = _normal(browser.find_element(By.CSS_SELECTOR, "#article .article-text").text)
    assert text == _normal(article["text"])
    WebDriverWait(browser, WAIT).until(
        lambda d: d.execute_script(
            "const r = document.querySelector('#article mark').getBoundingClientRect();"
            "return r.top >= 0 && r.bottom <= innerHeight;"
        )
    )
    browser.save_screenshot(str(tmp_path / "page-article.png"))
    _save_whole_page(browser, tmp_path / "page.png")
    with contextlib.suppress(OSError):  # a copy to look at; the test does not depend on it
        shutil.copyfile(tmp_path / "page.png", LEAD_COPY)

    # The planned visit's hollow mark, by keyboard: every report of it is listed as a source.
    mark = browser.find_element(By.CSS_SELECTOR, "#timeline-chart g.mark.planned")
    browser.execute_script("arguments[0].focus()", mark)
    ActionChains(browser).send_keys(Keys.ENTER).perform()
    sources = timeline["planned"][0]["sources"]
    assert len(_wait(browser, "#sources li button", len(sources))) == len(sources)
    assert _cited(browser) == _normal(sources[0]["sentence"])

    # A figure and a line of the network link to their citations too.
    figure = _wait(browser, "#figures .figure-list button.cite")[0]
    figure.click()
    assert "[" in figure.text and _cited(browser)
    edge = browser.find_element(By.CSS_SELECTOR, "#network g.edge")
    browser.execute_script("arguments[0].focus()", edge)
    ActionChains(browser).send_keys(Keys.SPACE).perform()
    WebDriverWait(browser, WAIT).until(
        lambda d: re.search(
            r": \d+ events?$", d.find_element(By.CSS_SELECTOR, "#sources .for").text
        )
    )
    assert _cited(browser)
    assert _errors(browser) == []


def test_type_filter_hides_a_type_from_the_timeline(browser: WebDriver, server: str) -> None:
    _open_page(browser, server)
    _pick(browser, "KAZ", "FRA")
    before = len(_wait(browser, "#occurred button.cite"))
    consult = browser.find_element(By.CSS_SELECTOR, '#type-filter input[value="CONSULT"]')
    consult.send_keys(Keys.SPACE)  # a checkbox, by keyboard
    WebDriverWait(browser, WAIT).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#occurred button.cite")) < before
    )
    listed = browser.find_element(By.ID, "occurred").text
    assert "CONSULT" not in listed and "AGREE" in listed
    assert browser.find_elements(By.CSS_SELECTOR, "#planned li.empty")  # the visit is CONSULT
    consult.send_keys(Keys.SPACE)
    WebDriverWait(browser, WAIT).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#occurred button.cite")) == before
    )


def test_brushing_the_axis_filters_every_view(browser: WebDriver, server: str) -> None:
    _open_page(browser, server)
    _pick(browser, "KAZ", "FRA")
    before = len(_wait(browser, "#occurred button.cite"))
    people_before = len(browser.find_elements(By.CSS_SELECTOR, "#people .person-card"))
    area = browser.find_element(By.CSS_SELECTOR, "#timeline-chart rect.brush-area")
    width = area.rect["width"]
    # Drag across the right eighth of the axis (offsets are from its middle): recent events only.
    drag = ActionChains(browser).move_to_element_with_offset(area, int(width * 0.49), 0)
    drag.click_and_hold().move_by_offset(-int(width * 0.12), 0).release().perform()
    _announced(browser, "from ")
    after = len(browser.find_elements(By.CSS_SELECTOR, "#occurred button.cite"))
    assert 0 < after < before
    assert browser.find_element(By.ID, "from").get_attribute("value")
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline-chart g.mark.outside")
    assert "outside the window" in browser.find_element(By.ID, "figures").text
    assert len(browser.find_elements(By.CSS_SELECTOR, "#people .person-card")) < people_before
    assert "from=" in browser.current_url  # the window is in the address, to share or reload

    browser.find_element(By.ID, "clear-window").click()
    _announced(browser, "over the whole period")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#occurred button.cite")) == before


def test_phone_width_is_one_column_without_sideways_scrolling(
    browser: WebDriver, server: str, tmp_path: Path
) -> None:
    browser.set_window_size(390, 900)
    try:
        _open_page(browser, server)
        _wait(browser, "#timeline-chart svg g.mark")
        fits = "return document.documentElement.scrollWidth <= window.innerWidth"
        assert browser.execute_script(fits)
        main = browser.find_element(By.CSS_SELECTOR, ".col-main").rect
        side = browser.find_element(By.CSS_SELECTOR, ".col-side").rect
        assert side["y"] >= main["y"] + main["height"]  # stacked, not side by side
        browser.save_screenshot(str(tmp_path / "page-phone.png"))
    finally:
        browser.set_window_size(1280, 1000)


def test_hostile_article_text_is_shown_as_text_and_never_runs(
    browser: WebDriver, server: str
) -> None:
    _open_page(browser, server)
    _pick(browser, "KAZ", "FRA")
    # The fixture's event cites a sentence that begins with a <script> element, as text.
    key = next(
        f"occurred-{i}"
        for i, e in enumerate(_api(server, "timeline", a="KAZ", b="FRA")["occurred"])
        if e["sources"][0]["doc"] == "untrusted-markup-2023-06-01"
        and e["sources"][0]["sentence"].startswith("<script>")
    )
    browser.find_element(By.CSS_SELECTOR, f'#occurred button[data-key="{key}"]').click()
    assert _cited(browser).startswith("<script>alert('x')</script> Both sides signed")
    text = browser.find_element(By.CSS_SELECTOR, "#article .article-text").text
    assert '<img src=x onerror="alert(1)">' in text
    assert '<a href="javascript:alert(2)">read the full statement</a>' in text

    # The flag-setting article, found with the search box.
    field = browser.find_element(By.ID, "search-q")
    field.clear()
    field.send_keys("zanzibarine", Keys.ENTER)
    hit = _wait(browser, "#results-body .hits button.cite")[0]
    hit.click()
    _wait(browser, "#article .article-text")
    WebDriverWait(browser, WAIT).until(
        lambda d: "Zanzibarine <b>bold</b>" in d.find_element(By.CSS_SELECTOR, "#article h3").text
    )
    text = browser.find_element(By.CSS_SELECTOR, "#article .article-text").text
    assert "<script>window.__pwned='script'</script>" in text
    assert "<svg onload=" in text

    parsed = "#article script, #article img, #article svg, #article a, #article iframe, #article b"
    assert browser.find_elements(By.CSS_SELECTOR, parsed) == []
    with pytest.raises(NoAlertPresentException):
        _ = browser.switch_to.alert.text
    assert browser.execute_script("return window.__pwned === undefined")
    assert _errors(browser) == []
    # The page's policy refuses any string as HTML, so a future slip fails instead of running.
    refused = browser.execute_script(
        "try { document.createElement('div').innerHTML = '<b>x</b>'; return 'accepted'; }"
        " catch (error) { return error.name; }"
    )
    assert refused == "TypeError"
    # The refusal is logged; it is this test's, so later tests start with an empty log.
    assert all("TrustedHTML" in message for message in _errors(browser))


def test_axis_labels_leave_room_for_each_other_over_any_span(
    browser: WebDriver, server: str
) -> None:
    _open_page(browser, server)
    year = 365.25 * 86400000
    for years in (1, 3, 40, 300, 4000):
        labels = browser.execute_async_script(
            "const [span, done] = arguments;"
            "import('./static/page/time.js').then((m) => done(m.ticks("
            "{ start: Date.UTC(1900, 0, 1), end: Date.UTC(1900, 0, 1) + span }, 600)"
            ".map((t) => t.label)));",
            years * year,
        )
        assert 1 <= len(labels) <= 600 // 70, (years, labels)
        assert labels == sorted(labels) and len(set(labels)) == len(labels)


def test_docs_render_under_their_policy_and_the_page_under_its_header(
    browser: WebDriver, server: str
) -> None:
    with urllib.request.urlopen(server + "docs", timeout=WAIT) as answer:
        assert "sha256-" in answer.headers["Content-Security-Policy"]
    browser.get(server + "docs")
    _wait(browser, "#swagger-ui .opblock", 5)  # Swagger UI ran and read /openapi.json
    assert "diplograph" in browser.find_element(By.CSS_SELECTOR, "#swagger-ui .title").text
    assert _errors(browser) == []
    _open_page(browser, server)  # the page under its header policy as well as its <meta> one
    _wait(browser, "#timeline-chart svg g.mark")
    assert _errors(browser) == []
