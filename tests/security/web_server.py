"""A dashboard server on loopback and a headless Chromium, for the web-surface and load tests.

The server is bench/server.py's (free port on 127.0.0.1, wait for the health check, stop after), on a
dataset of the test's own; the browser is the process's shared Chromium (tests/playwright_browser.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from bench.server import Server, streamlit_server
from tests.playwright_browser import wait_idle

REPO = Path(__file__).resolve().parents[2]


def dashboard_server(
    dataset_dir: Path, log_dir: Path, env: dict[str, str] | None = None
) -> contextlib.AbstractContextManager[Server]:
    """`streamlit run dashboard.py` on `dataset_dir`, with the repository's config and `env` added."""
    return streamlit_server(
        REPO / "dashboard.py", {"LANGSON_DATA_DIR": str(dataset_dir), **(env or {})}, log_dir
    )


@contextlib.contextmanager
def chromium() -> Iterator:
    """The process's shared Playwright Chromium (Debian's); its contexts are the callers' to close."""
    from tests.playwright_browser import shared_browser

    yield shared_browser()


def open_app(page, url: str, path: str = "", query: str = "") -> None:
    """Load a page of the dashboard and wait until its script has run."""
    page.goto(f"{url}/{path}" + (f"?{query}" if query else ""))
    page.wait_for_selector("h1")
    wait_idle(page)


def error_boxes(page) -> int:
    """How many exception or error boxes the page shows."""
    return page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]').count()
