"""The documentation site, as a reader meets it: built, served and searched in a browser.

The site is built with ``mkdocs build --strict`` into a temporary folder and
served on 127.0.0.1 by :mod:`http.server`. Headless Chromium (Debian's
``chromium``), driven by Selenium through Debian's ``chromedriver``, types
"Directive" into Material's search box (the search runs in the page's
JavaScript), opens the result on the API reference page and saves a
screenshot of the results and of the page it lands on to ``build/artefacts/``. Locally the test skips, saying why, when
Chromium, its driver, Selenium or MkDocs is missing; in CI (``CI=true``) a
missing piece is a failure, because CI must run it.

The other tests here read the docs' sources: every public name has its
reference entry, every code block is of a kind the tests run, and the site
asks nothing of the network.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

import regwatch

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DOCS = PROJECT_ROOT / "docs"
ARTEFACTS = PROJECT_ROOT / "build" / "artefacts"
CHROMIUM = Path(os.environ.get("REGWATCH_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("REGWATCH_CHROMEDRIVER", "/usr/bin/chromedriver"))
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,1000",
)
WAIT_SECONDS = 30


def _missing(why: str) -> None:
    """Skip locally, but fail in CI, where the browser test must run."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI must run the browser test, but {why}")
    pytest.skip(why)


def _reference_text() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8") for p in (DOCS / "reference").glob("*.md")
    )


def _entries(name: str) -> set[str]:
    """``::: regwatch.NAME``, or the path where NAME is defined, as the API page may use."""
    obj = getattr(regwatch, name)
    where = {f"::: regwatch.{name}\n"}
    module, qualname = (
        getattr(obj, "__module__", None),
        getattr(obj, "__qualname__", None),
    )
    if isinstance(module, str) and isinstance(qualname, str):
        where.add(f"::: {module}.{qualname}\n")
    return where


@pytest.mark.parametrize("name", sorted(regwatch.__all__))
def test_every_public_name_is_in_the_api_reference(name: str) -> None:
    """Each name in regwatch.__all__ has a `::: ` entry in the reference pages."""
    text = _reference_text()

    assert any(entry in text for entry in _entries(name)), (
        f"add `::: regwatch.{name}` to docs/reference/api.md"
    )


# python and console blocks run under pytest (conftest.py); text and bibtex are not
# code; shell blocks (setup steps, benchmark runs) are allowed as long as they hold
# no `regwatch` command, since every regwatch command a page shows must be checked
RUN_LANGUAGES = {"python", "console"}
NOT_CODE = {"text", "bibtex"}
SHELL = {"bash", "sh", "shell"}
BLOCK = re.compile(
    r"^[ \t]*(?P<fence>`{3,}|~{3,})[ \t]*(?P<lang>[^\s`]*)[^\n]*\n(?P<body>.*?)^[ \t]*(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
REGWATCH_COMMAND = re.compile(r"^\s*(?:\$\s*)?regwatch\b", re.MULTILINE)


def _unchecked(page: Path) -> list[str]:
    """The blocks of a page that no test runs and that may hold code."""
    out = []
    for block in BLOCK.finditer(page.read_text(encoding="utf-8")):
        lang = block["lang"]
        if lang in RUN_LANGUAGES | NOT_CODE:
            continue
        if lang in SHELL and not REGWATCH_COMMAND.search(block["body"]):
            continue
        out.append(lang or "(none)")
    return out


@pytest.mark.parametrize(
    "page", sorted(DOCS.rglob("*.md")), ids=lambda p: str(p.relative_to(DOCS))
)
def test_every_code_block_is_one_the_tests_run(page: Path) -> None:
    """Each fenced block runs (python, console), is not code, or is shell without regwatch."""
    unchecked = _unchecked(page)

    assert [] == unchecked, "use ```python or ```console so the tests run the block"


def test_docs_request_nothing_from_the_network() -> None:
    """mkdocs.yml loads no web fonts and no inventories, so the site builds and reads offline."""
    config = (PROJECT_ROOT / "mkdocs.yml").read_text(encoding="utf-8")

    assert (True, False) == ("font: false" in config, "inventories:" in config)


@pytest.fixture(name="site", scope="module")
def _site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The documentation built strictly into a temporary folder."""
    try:
        import mkdocs  # noqa: F401, PLC0415
    except ImportError:
        _missing('MkDocs is not installed (pip install ".[docs]")')
    site = tmp_path_factory.mktemp("site")
    run = subprocess.run(  # noqa: S603  (our own interpreter, fixed arguments)
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert 0 == run.returncode, run.stderr[-4000:]
    return site


IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ALT = re.compile(r'\balt="([^"]*)"', re.IGNORECASE)


def test_every_image_on_the_site_has_alt_text(site: Path) -> None:
    """Each <img> of the built site says in words what it shows (non-empty alt)."""
    pages = sorted(site.rglob("*.html"))
    images = [
        (p, tag) for p in pages for tag in IMG.findall(p.read_text(encoding="utf-8"))
    ]
    without = [
        f"{p.relative_to(site)}: {tag[:80]}"
        for p, tag in images
        if not (m := ALT.search(tag)) or not m[1].strip()
    ]

    assert ([], True) == (without, len(images) > 0)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Keep the test output clean."""


@pytest.fixture(name="server")
def _server(site: Path) -> Iterator[str]:
    """The built site served on a free port of 127.0.0.1, for the length of one test."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
        httpd.shutdown()
        thread.join(timeout=10)


@pytest.fixture(name="browser")
def _browser(tmp_path: Path) -> Iterator[object]:
    """Headless Chromium under chromedriver, with a throwaway profile."""
    if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
        _missing(
            f"{CHROMIUM} or {CHROMEDRIVER} is missing "
            "(apt-get install chromium chromium-driver)"
        )
    try:
        from selenium import webdriver  # noqa: PLC0415
        from selenium.webdriver.chrome.service import Service  # noqa: PLC0415
    except ImportError:
        _missing('Selenium is not installed (pip install ".[test]")')
    options = webdriver.ChromeOptions()
    # the Debian wrapper script sets up flags and paths, then runs the real binary
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    service = Service(executable_path=str(CHROMEDRIVER), log_output=subprocess.DEVNULL)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "profile", ignore_errors=True)


def test_search_finds_the_api_page(server: str, browser: object) -> None:
    """Searching "Directive" on the home page offers the API reference, which opens."""
    from selenium.common.exceptions import (  # noqa: PLC0415
        ElementClickInterceptedException,
        StaleElementReferenceException,
    )
    from selenium.webdriver.common.by import By  # noqa: PLC0415
    from selenium.webdriver.support import expected_conditions as ec  # noqa: PLC0415
    from selenium.webdriver.support.ui import WebDriverWait  # noqa: PLC0415

    driver = browser
    # results re-render as each keystroke is searched: a link found early may be
    # replaced before it is clicked, so finding and clicking are retried together
    wait = WebDriverWait(
        driver,
        WAIT_SECONDS,
        ignored_exceptions=[
            StaleElementReferenceException,
            ElementClickInterceptedException,
        ],
    )
    driver.get(server)
    # at 1280 px wide the search box sits in the header, as on a laptop
    box = wait.until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input"))
    )
    box.click()
    box.send_keys("Directive")
    wait.until(
        ec.text_to_be_present_in_element_value(
            (By.CSS_SELECTOR, "input.md-search__input"), "Directive"
        )
    )
    api_result = (
        "li.md-search-result__item a.md-search-result__link[href*='reference/api/']"
    )
    ARTEFACTS.mkdir(parents=True, exist_ok=True)

    def open_api_result(driver: Any) -> bool:
        link = driver.find_element(By.CSS_SELECTOR, api_result)
        if not (link.is_displayed() and link.is_enabled()):
            return False
        driver.save_screenshot(str(ARTEFACTS / "docs-search-results.png"))
        link.click()
        return True

    wait.until(open_api_result)
    wait.until(ec.url_contains("/reference/api/"))
    heading = wait.until(
        ec.presence_of_element_located((By.CSS_SELECTOR, "article h1"))
    )
    driver.save_screenshot(str(ARTEFACTS / "docs-search-api.png"))

    assert ("/reference/api/", "Python API") == (
        urlsplit(driver.current_url).path,
        heading.text.strip(),
    )
