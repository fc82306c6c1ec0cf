"""`audit run --format html`: one self-contained page, checked in a real headless Chromium
(Debian's package, installed here when it is missing)."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from conftest import ROOT

SEED = ROOT / "seeds" / "000_adb5dee0cf9549f4.txt"
SCREENSHOT = ROOT / "docs" / "html-report.png"
CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
HOSTILE = ("<script>document.title='pwned'</script> The rebels took Homsnorth of Damascus & "
           "<img src=x onerror=\"document.title='pwned'\"> said OSDH.\n")


def report(tmp_path: Path, *paths) -> tuple[Path, int]:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["run", *map(str, paths), "--format", "html", "--output", str(out)])
    assert result.exit_code in (0, 1), result.output
    return out, result.exit_code


def test_page_is_self_contained_and_escaped(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE)
    page, status = report(tmp_path, SEED, hostile)
    html = page.read_text(encoding="utf-8")
    assert status == 1
    assert "<script" not in html.replace("&lt;script", "") and "onerror=\"" not in html
    assert "&lt;script&gt;document.title=" in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # no network resource
    assert "default-src 'none'" in html  # and nothing could load or run if it were there
    assert html.count("<mark class=\"finding") == 11 + 2
    assert "<table>" in html and "88.0" in html


def test_output_path_and_stdout_are_the_same_page(tmp_path):
    page, _ = report(tmp_path, SEED)
    result = CliRunner().invoke(app, ["run", str(SEED), "--format", "html"])
    assert result.stdout == page.read_text(encoding="utf-8")
    text_out = tmp_path / "report.txt"
    result = CliRunner().invoke(app, ["run", str(SEED), "--output", str(text_out)])
    assert result.stdout == "" and "score 88.0/100" in text_out.read_text()


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium and its driver, installed with apt-get where missing (this fails, loudly, if it cannot)."""
    if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
        if not shutil.which("apt-get"):
            pytest.fail("the browser test needs Debian's chromium and chromium-driver (apt-get not found)")
        sudo = [] if os.geteuid() == 0 else ["sudo", "-n"]
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = sudo + ["apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium", "chromium-driver"]
        proc = subprocess.run(install, capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            subprocess.run(sudo + ["apt-get", "update", "-q"], capture_output=True, env=env)
            proc = subprocess.run(install, capture_output=True, text=True, env=env)
        if proc.returncode != 0:
            pytest.fail(f"could not install chromium with apt-get:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    return CHROMIUM


@pytest.fixture
def browser(chromium, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1100,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    # a headless window never has the system's focus: without this, :focus would never match
    driver.execute_cdp_cmd("Emulation.setFocusEmulationEnabled", {"enabled": True})
    try:
        yield driver
    finally:
        driver.quit()


def test_in_a_browser(browser, tmp_path, monkeypatch):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE)
    monkeypatch.chdir(ROOT)  # paths in the page as a user would type them
    page, _ = report(tmp_path, SEED.relative_to(ROOT), hostile)
    browser.get(page.as_uri())
    assert browser.title == "audit report"  # the document's <script> did not run
    assert browser.execute_script("return document.scripts.length") == 0
    assert browser.execute_script("return document.images.length") == 0
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.finding")
    assert len(marks) == 13
    severities = {m.get_attribute("class").split()[1] for m in marks}
    assert severities == {"major", "minor"}
    colours = {m.get_attribute("class").split()[1]: m.value_of_css_property("background-color") for m in marks}
    assert colours["major"] != colours["minor"]
    # the document text is shown as text
    assert "<script>document.title='pwned'</script>" in browser.find_elements(By.CSS_SELECTOR, "pre.text")[1].text

    first = browser.find_element(By.CSS_SELECTOR, "#doc-1 mark[data-rule='M001']")
    assert first.text.startswith("Homsnorth")
    tip = first.find_element(By.CSS_SELECTOR, ".tip")
    assert not tip.is_displayed()
    ActionChains(browser).move_to_element(first).perform()  # hover
    assert tip.is_displayed()
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()
    assert not tip.is_displayed()
    browser.execute_script("arguments[0].focus()", first)  # keyboard focus
    assert tip.is_displayed()
    assert "M001 glued-words" in tip.text and "→ Homs north" in tip.text and "confidence" in tip.text

    # the summary table comes first, and the findings list links to each highlight
    summary = browser.find_element(By.ID, "summary")
    assert summary.location["y"] < browser.find_element(By.ID, "doc-1").location["y"]
    assert "88.0" in summary.text
    link = browser.find_element(By.CSS_SELECTOR, f"ol.findings a[href='#{first.get_attribute('id')}']")
    assert link.text.startswith("1:132 M001")
    link.click()  # the link leads to the highlight, which shows its tip
    assert tip.is_displayed()

    # the screenshot in docs/: the seed alone, no #target (one tip at a time)
    (tmp_path / "seed-only").mkdir()
    page, _ = report(tmp_path / "seed-only", SEED.relative_to(ROOT))
    browser.get(page.as_uri())
    mark = browser.find_element(By.CSS_SELECTOR, "#doc-1 mark[data-rule='P003']")
    browser.execute_script("arguments[0].focus({preventScroll: true})", mark)
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    if os.environ.get("AUDIT_UPDATE_SCREENSHOT") or not SCREENSHOT.exists():
        browser.save_screenshot(str(SCREENSHOT))
    shot = tmp_path / "shot.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
