"""A real dashboard server and a real headless Chromium for the browser tests.

The server runs `streamlit run dashboard.py` on a free port of 127.0.0.1 against a dataset built
for the session (the ETL's output when `python -m etl` works, else the small sample dataset); it is
stopped in `finally`. Chromium is Debian's /usr/bin/chromium: Playwright's own download is not used.
Both come from bench/server.py, which the benchmark uses too (bench never imports from tests).
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bench.server import CHROMIUM, streamlit_server
from tests.sample_dataset import write_sample_dataset

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"


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
    """`streamlit run dashboard.py` on a free loopback port with `env` added, its log in `log_dir`; its URL."""
    with streamlit_server(REPO / "dashboard.py", env, log_dir) as server:
        yield server.url


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
