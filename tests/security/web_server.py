"""A dashboard server on loopback and a headless Chromium, for the web-surface and load tests.

The same pattern as tests/browser/conftest.py (free port on 127.0.0.1, wait for the health check,
stop in `finally`), as a context manager: these tests need servers on their own datasets.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.browser.conftest import STARTUP_TIMEOUT, _free_port, _healthy

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Server:
    url: str
    pid: int
    log: Path


@contextlib.contextmanager
def dashboard_server(dataset_dir: Path, log_dir: Path, env: dict[str, str] | None = None) -> Iterator[Server]:
    """`streamlit run dashboard.py` on a free loopback port, with the repository's config; stopped after."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = Path(log_dir) / f"streamlit-{port}.log"
    extra = {"LANGSON_DATA_DIR": str(dataset_dir), "PYTHONUNBUFFERED": "1", **(env or {})}
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
    ]  # fmt: skip
    with log_path.open("w") as log:
        process = subprocess.Popen(
            command, cwd=REPO, env={**os.environ, **extra}, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + STARTUP_TIMEOUT
            while not _healthy(url):
                if process.poll() is not None:
                    raise RuntimeError(f"streamlit exited with {process.returncode}; see {log_path}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"streamlit did not answer on {url} within {STARTUP_TIMEOUT}s")
                time.sleep(0.5)
            yield Server(url=url, pid=process.pid, log=log_path)
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


@contextlib.contextmanager
def chromium() -> Iterator:
    """The process's shared Playwright Chromium (Debian's); its contexts are the callers' to close."""
    from tests.playwright_browser import shared_browser

    yield shared_browser()


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


def open_app(page, url: str, path: str = "", query: str = "") -> None:
    """Load a page of the dashboard and wait until its script has run."""
    page.goto(f"{url}/{path}" + (f"?{query}" if query else ""))
    page.wait_for_selector("h1")
    wait_idle(page)


def error_boxes(page) -> int:
    """How many exception or error boxes the page shows."""
    return page.locator('[data-testid="stException"], [data-testid="stAlertContentError"]').count()
