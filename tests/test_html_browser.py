"""The HTML briefing in a real browser: Debian's headless Chromium driven by Selenium.

Opens the report from ``file://``, clicks a citation and checks that the cited passage
is shown and highlighted, takes phone and laptop screenshots, checks that a script
payload in an article's title and text is shown as text and never runs, and that the
page keeps its Content-Security-Policy and makes no network request.

Needs the Debian packages ``chromium`` and ``chromium-driver`` (the project's set-up
installs them); the driver is given explicitly so Selenium never downloads one.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest

import dossier
from dossier.render import render_html
from story_builders import article

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PHONE = (390, 844)
LAPTOP = (1366, 900)
PAYLOAD = (
    '<script>window.__pwned = 1; document.title = "pwned"</script>'
    '<img src=x onerror="window.__pwned2 = 1">'
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian packages chromium and chromium-driver (apt-get install "
        "chromium chromium-driver)",
    ),
]


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="dossier-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        f"--user-data-dir={profile}",
    ):  # fmt: skip
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(30)
    yield browser
    browser.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def korea_html(korea_briefing, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "briefing.html"
    path.write_text(render_html(korea_briefing), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_html(tmp_path_factory) -> Path:
    text = (
        f"The council approved the budget on Monday. {PAYLOAD} said the sign on the door.\n"
        "Mayor Maria Lopez said the transit line would open in 2027 after a long dispute."
    )
    articles = [
        article(1, "Daily Ledger", 4, text, title=f"Budget vote {PAYLOAD}"),
        article(
            2,
            "Evening Post",
            5,
            "The council approved the budget on Monday after a long dispute over land.",
        ),
    ]
    path = tmp_path_factory.mktemp("hostile") / "briefing.html"
    path.write_text(render_html(dossier.brief(articles)), encoding="utf-8")
    return path


def _highlighted(driver) -> list:
    """The highlighted passage pieces, waiting briefly for the page's script to run."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, 5).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, ".c.hl") or False
        )
    except TimeoutException:
        return []


def _in_viewport(driver, element) -> bool:
    return driver.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;",
        element,
    )


@pytest.mark.parametrize("size", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_citation_click_shows_and_highlights_the_passage(driver, korea_html, size):
    from selenium.webdriver.common.by import By

    driver.set_window_size(*size)
    driver.get(korea_html.as_uri())
    cite = driver.find_elements(By.CSS_SELECTOR, "#summary a.cite")[0]
    target = cite.get_attribute("href").split("#", 1)[1]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", cite)
    cite.click()
    highlighted = _highlighted(driver)
    assert highlighted, "the cited passage is highlighted"
    assert all(target in h.get_attribute("data-c").split() for h in highlighted)
    assert _in_viewport(driver, highlighted[0]), "the passage is scrolled into view"
    background = highlighted[0].value_of_css_property("background-color")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    span = target.split("-")
    start, end = int(span[-2]), int(span[-1])
    shown = "".join(h.text for h in highlighted).replace("\n", "")
    assert shown and len(shown) <= end - start
    back = driver.find_element(By.ID, "back")
    assert back.is_displayed() and back.get_attribute("href").endswith(
        "#" + cite.get_attribute("id")
    )


def test_contradiction_citation_reaches_its_passage(driver, korea_html):
    from selenium.webdriver.common.by import By

    driver.set_window_size(*LAPTOP)
    driver.get(korea_html.as_uri())
    cites = driver.find_elements(By.CSS_SELECTOR, "#discrepancies a.cite")
    assert len(cites) >= 4
    cite = cites[-1]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", cite)
    cite.click()
    highlighted = _highlighted(driver)
    assert highlighted and _in_viewport(driver, highlighted[0])


@pytest.mark.parametrize("size", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_screenshots_at_phone_and_laptop_width(driver, korea_html, size, tmp_path):
    driver.set_window_size(*size)
    driver.get(korea_html.as_uri())
    width = driver.execute_script("return document.documentElement.clientWidth")
    overflow = driver.execute_script("return document.documentElement.scrollWidth")
    assert overflow <= width + 1, "no sideways scrolling of the page itself"
    for section in ("summary", "claims", "discrepancies", "compare"):
        driver.execute_script(f"document.getElementById('{section}').scrollIntoView()")
        shot = tmp_path / f"{section}-{size[0]}.png"
        assert driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 20_000, "a real page, not a blank image"
    png = driver.get_screenshot_as_png()
    assert len(set(png[1000:5000])) > 50


def test_script_payload_shows_as_text_and_does_not_run(driver, hostile_html):
    from selenium.webdriver.common.by import By

    driver.set_window_size(*LAPTOP)
    driver.get(hostile_html.as_uri())
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    assert driver.execute_script("return typeof window.__pwned2") == "undefined"
    assert driver.title != "pwned" and driver.title.startswith("Budget vote <script>")
    assert not driver.find_elements(By.CSS_SELECTOR, "main img, header img")
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 1
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "<script>window.__pwned = 1" in body
    assert '<img src=x onerror="window.__pwned2 = 1">' in body


def test_strict_csp_and_no_network_requests(driver, korea_html):
    from selenium.webdriver.common.by import By

    driver.get_log("performance")
    driver.set_window_size(*LAPTOP)
    driver.get(korea_html.as_uri())
    csp = driver.find_element(By.CSS_SELECTOR, 'meta[http-equiv="Content-Security-Policy"]')
    policy = csp.get_attribute("content")
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    assert "script-src 'sha256-" in policy and "style-src 'sha256-" in policy
    # The project's own style and script run under that policy.
    toc = driver.find_element(By.CSS_SELECTOR, "nav.toc")
    assert toc.value_of_css_property("position") == "sticky"
    cite = driver.find_elements(By.CSS_SELECTOR, "a.cite")[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", cite)
    cite.click()
    assert driver.find_elements(By.CSS_SELECTOR, ".c.hl")
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert urls, "the page load itself is logged"
    assert all(u.startswith(("file://", "data:")) for u in urls), urls
    problems = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not problems, problems
