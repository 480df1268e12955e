"""The HTML report in a real browser (Debian's chromium, driven by Playwright), from disk.

`.ci/run` installs chromium; elsewhere this module is skipped when no chromium is found.
Set CLAIMSCOPE_UPDATE_SCREENSHOT=1 to refresh the README's screenshot (docs/report.png).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import EXAMPLE_ARTICLE, EXAMPLE_CONFIG, ROOT

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None and os.environ.get("CI"):
    pytest.fail("CI must run the browser test: .ci/run installs chromium", pytrace=False)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium (apt-get install chromium)")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture(scope="module")
def example_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser-report")
    cwd = os.getcwd()
    os.chdir(ROOT)  # the report shows the article path as given: keep it relative
    try:
        result = CliRunner().invoke(
            app,
            [
                "verify",
                str(EXAMPLE_ARTICLE.relative_to(ROOT)),
                "-c",
                str(EXAMPLE_CONFIG),
                "-o",
                str(out),
            ],
        )
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    return out


def open_report(browser, folder: Path):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto((folder / "report.html").as_uri())
    return page, errors


def test_counts_filter_click_and_screenshot(browser, example_report):
    data = json.loads((example_report / "report.json").read_text("utf-8"))
    page, errors = open_report(browser, example_report)
    for status, count in data["summary"].items():
        assert page.locator(f'[data-count="{status}"]').inner_text() == str(count)

    page.select_option("#status-filter", "refuted")
    visible = page.locator(".claim:visible")
    assert visible.count() == data["summary"]["refuted"]
    for i in range(visible.count()):
        assert visible.nth(i).get_attribute("data-status") == "refuted"

    page.select_option("#status-filter", "")
    page.fill("#search", "Gerasimov")
    assert 0 < page.locator(".claim:visible").count() < data["summary"]["total"]
    page.fill("#search", "")

    mark = page.locator("mark[data-claims]").nth(3)
    ids = mark.get_attribute("data-claims").split()
    mark.click()
    target = page.locator(f'[id="{ids[0]}"]')
    assert target.is_visible()
    assert "focus" in (target.get_attribute("class") or "")
    assert errors == []

    page.select_option("#status-filter", "")
    page.evaluate("window.scrollTo(0, 0)")
    shot = example_report / "report.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("CLAIMSCOPE_UPDATE_SCREENSHOT"):
        (ROOT / "docs").mkdir(exist_ok=True)
        shutil.copy(shot, ROOT / "docs" / "report.png")


def test_injected_script_in_an_article_does_not_run(browser, tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text(
        "A <script>window.injected = 1</script> title\n\n"
        'The treaty <img src=x onerror="window.injected = 2"> was signed in 1999 by both '
        "countries.\n\nMinsk is the <script>window.injected = 3</script> capital of Belarus.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["verify", str(article), "-c", str(EXAMPLE_CONFIG), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    page, errors = open_report(browser, out)
    assert page.evaluate("typeof window.injected") == "undefined"
    assert "<script>window.injected = 3</script>" in page.locator(".article").inner_text()
    assert errors == []
