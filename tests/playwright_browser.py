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
