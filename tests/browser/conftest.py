"""A real dashboard server and a real headless Chromium for the browser tests.

The server runs `streamlit run dashboard.py` on a free port of 127.0.0.1 against a dataset built
for the session (the ETL's output when `python -m etl` works, else the small sample dataset); it is
stopped in `finally`. Chromium is Debian's /usr/bin/chromium: Playwright's own download is not used.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.sample_dataset import write_sample_dataset

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"
STARTUP_TIMEOUT = 90  # s for Streamlit to answer its health check on a busy machine


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="session")
def dataset_dir(tmp_path_factory) -> Path:
    """The ETL's real output for the bundled documents; the sample dataset if the ETL cannot run."""
    out = tmp_path_factory.mktemp("browser-data") / "processed"
    result = subprocess.run(
        [sys.executable, "-m", "etl", "--out", str(out), "--quiet", "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode != 0 or not (out / "metadata.json").exists():
        write_sample_dataset(out)
    return out


@contextmanager
def running_server(log_dir: Path, env: dict[str, str]) -> Iterator[str]:
    """Start `streamlit run dashboard.py` on a free loopback port with `env` added; stop it on exit."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = (log_dir / "server.log").open("w")
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true",
    ]  # fmt: skip
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", **env}
    process = subprocess.Popen(command, cwd=REPO, env=full_env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _healthy(url):
            if process.poll() is not None:
                raise RuntimeError(f"streamlit exited with {process.returncode}; see {log.name}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not answer on {url} within {STARTUP_TIMEOUT}s")
            time.sleep(0.5)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        log.close()


@pytest.fixture(scope="session")
def server(dataset_dir, tmp_path_factory) -> Iterator[str]:
    """Base URL of a dashboard server started for this session."""
    with running_server(tmp_path_factory.mktemp("streamlit"), {"LANGSON_DATA_DIR": str(dataset_dir)}) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from tests.playwright_browser import shared_browser

    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (Debian package `chromium`)")
    return shared_browser()


@pytest.fixture
def new_page(browser):
    """Factory of pages, each in its own context (its own Streamlit session); closed after the test."""
    contexts = []

    def make(width: int = 1280, height: int = 800):
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
        context.set_default_timeout(60_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
