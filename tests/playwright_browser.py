"""One Playwright Chromium per test process, shared by the browser, web-surface and load tests.

Playwright's sync API refuses to start while another sync_playwright() is running in the same thread,
and pytest-xdist runs all browser-group tests in one worker: so the browser is started once, lazily,
and closed when the process exits. It is Debian's Chromium, launched as bench/server.py says.
"""

from __future__ import annotations

import atexit

from bench.server import CHROMIUM_LAUNCH

_shared: dict = {}


def _close() -> None:
    browser, playwright = _shared.pop("browser", None), _shared.pop("playwright", None)
    if browser is not None:
        browser.close()
    if playwright is not None:
        playwright.stop()


def shared_browser():
    """The process's headless Chromium, started on first use."""
    if "browser" not in _shared:
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        _shared["playwright"] = playwright
        _shared["browser"] = playwright.chromium.launch(**CHROMIUM_LAUNCH)
        atexit.register(_close)
    return _shared["browser"]


# Every chart element Streamlit mounted has had its SVG and title drawn by plotly, and there are at least
# `count` of them. Waiting for the first `.main-svg` is not enough: Streamlit loads its plotly component
# lazily and shows a placeholder until then, so on a busy machine a page with two charts can have one
# drawn while the other is not even a chart element yet (a CI run read one title of two that way).
_CHARTS_DRAWN = """(count) => {
    const charts = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')];
    return charts.length >= count && charts.every(c => c.querySelector('.main-svg .gtitle'));
}"""


def wait_charts_drawn(page, timeout: float | None = None, *, count: int = 1) -> None:
    """Wait until at least `count` plotly charts are on the page and every one is drawn, title included."""
    page.wait_for_function(_CHARTS_DRAWN, arg=count, timeout=timeout)


def wait_idle(page, timeout: float = 60_000) -> None:
    """Wait until the app is connected and its script has finished running."""
    page.wait_for_function(
        """() => {
            const app = document.querySelector('[data-testid="stApp"]');
            return app && app.dataset.testConnectionState === 'CONNECTED'
                && app.dataset.testScriptState !== 'running'
                && app.dataset.testScriptState !== 'initial';
        }""",
        timeout=timeout,
    )
