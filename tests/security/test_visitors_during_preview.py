"""Issue 15: while an editor previews a hostile document, other visitors' pages answer.

The real server (serve.py, the production entry point, on loopback) and two Chromium contexts: an editor
signs in on Add documents and previews a 600 KB run-on text or a PDF whose pages share one content
stream; another visitor opens the Overview.

What is asserted is structural, not a time: the preview runs in the bounded worker process
(etl/worker.py), a child of the server, and the other visitor's page -- its charts drawn -- and the
health check finish *before the preview ends*. To make "before" certain on a machine of any speed, the
worker is paused (SIGSTOP) once it has started, as if the document took forever, and resumed once the
visitor's page is done; the editor's preview must then still complete. Were the preview read in the
server's own threads, there would be no worker to find, and the page would wait behind it.

The times are measured, not asserted, in a first preview of the same document left to run freely: the
visitor's page alone, then while the worker works; the health check's answers meanwhile; and the CPU the
server process spent on each visitor's page, its share of the wait (the rest is the browser's: a fresh
context loads Streamlit's front end and plotly.js). They go to the results file (reliability/results.md on
a long run; `record`). The pages' script runs alone and during such a preview are measured by
`python -m bench --only visitor_pages`.
"""

from __future__ import annotations

import shutil
import statistics
import threading
import time
import urllib.request
from pathlib import Path

import psutil
import pytest

from bench.runon import runon_text
from bench.server import streamlit_server
from etl.__main__ import main
from reliability.results import record
from tests.playwright_browser import wait_charts_drawn, wait_idle
from tests.security.test_bounded_work import shared_stream_pdf
from tests.security.web_server import chromium, error_boxes, open_app
from ui import auth
from ui.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

REPO = Path(__file__).resolve().parents[2]
SECTION = "Bounded work"
EDITOR, PASSWORD = "lan", "mat-khau-thu"
WAIT_MS = 120_000  # for any one step on a busy machine: a bound on waiting, not an expectation
DOCUMENTS = {
    "runon-600KB.txt": lambda: runon_text().encode("utf-8"),
    "gop.pdf": lambda: shared_stream_pdf(40, 720_000),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """serve.py on the bundled corpus's dataset, with one editor."""
    base = tmp_path_factory.mktemp("visitors")
    raw, out = base / "raw", base / "processed"
    shutil.copytree(REPO / "data" / "raw", raw)
    assert main(["--raw", str(raw), "--out", str(out), "--quiet", "--no-cache"]) == 0
    env = {
        "LANGSON_DATA_DIR": str(out),
        "LANGSON_RAW_DIR": str(raw),
        "LANGSON_AUDIT_LOG": str(base / "audit.jsonl"),
        auth.ENV_VAR: f"{EDITOR}:{PASSWORD}",
    }
    with streamlit_server(REPO / "serve.py", env, base) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


def _context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(WAIT_MS)
    return context


def _sign_in(page, url: str) -> None:
    open_app(page, url, "add_documents")
    page.get_by_label(t("signin_name", "vi")).fill(EDITOR)
    page.get_by_label(t("signin_password", "vi")).fill(PASSWORD)
    page.get_by_role("button", name=t("signin_submit", "vi")).click()
    page.get_by_role("button", name=t("sign_out", "vi")).wait_for()
    wait_idle(page)


def _upload(page, document: Path) -> None:
    page.locator('input[type="file"]').set_input_files(str(document))
    page.get_by_text(document.name).first.wait_for()
    page.wait_for_timeout(500)  # the uploader's own rerun
    wait_idle(page)


def _preview_worker(page, server_pid: int) -> psutil.Process:
    """Click Preview; the worker process it starts. A click lost in a rerun is clicked again, once."""
    for attempt in range(2):
        page.get_by_role("button", name=t("add_preview", "vi")).click()
        try:
            return _worker(server_pid, WAIT_MS / 2000)
        except AssertionError:
            if attempt:
                raise
    raise AssertionError("unreachable")


def _preview_outcome(page) -> str:
    """Wait until the preview has ended and say how: the preview's heading, or the error shown."""
    shown = page.locator('[data-testid="stAlertContentError"], h3:has-text("Xem trước")').first
    shown.wait_for(timeout=WAIT_MS)
    wait_idle(page, WAIT_MS)
    return shown.inner_text()


def _worker(server_pid: int, timeout_s: float) -> psutil.Process:
    """The server's `python -m etl.worker` child, once it has started."""
    server = psutil.Process(server_pid)
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        for child in server.children(recursive=True):
            try:
                if "etl.worker" in child.cmdline():
                    return child
            except psutil.NoSuchProcess:
                continue
        time.sleep(0.005)
    raise AssertionError("the preview started no worker process: it ran in the server itself")


def _alive(process: psutil.Process) -> bool:
    try:
        return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _visitor_page(browser, server) -> tuple[float, float, float]:
    """A visitor opens the Overview in a fresh browser context: seconds until the page's script has run
    (as the browser sees it: Streamlit's front end loaded, the session opened, the script's answer shown),
    until its charts are drawn, and the CPU seconds the server process itself spent meanwhile (its
    worker children not counted): the server's share of the wait, the rest being the browser's."""
    context = _context(browser)
    served = psutil.Process(server.pid)
    try:
        page = context.new_page()
        cpu_before = sum(served.cpu_times()[:2])
        start = time.monotonic()
        open_app(page, server.url)
        answered = time.monotonic() - start
        wait_charts_drawn(page, WAIT_MS)
        drawn = time.monotonic() - start
        cpu = sum(served.cpu_times()[:2]) - cpu_before
        assert error_boxes(page) == 0
        return answered, drawn, cpu
    finally:
        context.close()


def _health(url: str) -> float:
    start = time.monotonic()
    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=WAIT_MS / 1000) as answer:
        assert answer.status == 200
    return time.monotonic() - start


class _HealthSampler:
    """The health check asked again and again in a thread while the preview runs: its answer times."""

    def __init__(self, url: str):
        self.url, self.times, self._stop = url, [], threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.times.append(_health(self.url))
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(WAIT_MS / 1000)


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_other_visitors_pages_answer_while_an_editor_previews_a_hostile_document(
    server, browser, tmp_path, name
):
    document = tmp_path / name
    document.write_bytes(DOCUMENTS[name]())
    editor = _context(browser)
    try:
        page = editor.new_page()
        _sign_in(page, server.url)
        alone = _visitor_page(browser, server)

        # Measured: a preview left to run, and meanwhile another visitor's page and the health check.
        _upload(page, document)
        worker = _preview_worker(page, server.pid)
        with _HealthSampler(server.url) as health:
            during = _visitor_page(browser, server)
            before_the_end = _alive(worker)
            free_outcome = _preview_outcome(page)

        # Asserted: the same preview held in its worker until the other visitor's page is done.
        worker = _preview_worker(page, server.pid)
        worker.suspend()
        try:
            held = _visitor_page(browser, server)
            health_held = _health(server.url)
            assert _alive(worker) and worker.status() == psutil.STATUS_STOPPED  # the preview has not ended
        finally:
            if _alive(worker):
                worker.resume()
        outcome = _preview_outcome(page)  # and it completes once its worker runs again
        assert outcome == free_outcome
    finally:
        editor.close()
    if name.endswith(".pdf"):
        assert "limit per PDF" in outcome  # refused in the worker, with the reader's own message
    else:
        assert outcome.startswith("Xem trước")
    ms = sorted(1000 * s for s in health.times)
    record(
        SECTION,
        {
            "input": f"{name}, Add documents preview on serve.py; another visitor opens the Overview",
            "size": f"{document.stat().st_size / 1024:,.0f} KiB",
            "work it asks for": "",
            "outcome": "the visitor's page drawn while the preview's worker was held (SIGSTOP); "
            f"the preview then {'refused' if name.endswith('.pdf') else 'shown'}",
            "message": f"/_stcore/health during the running preview: median {statistics.median(ms):.0f} ms, "
            f"max {ms[-1]:.0f} ms ({len(ms)} answers); {1000 * health_held:.0f} ms while it was held",
            "time": "Overview in a fresh browser context, script run / charts drawn (server CPU): "
            f"{alone[0]:.1f} / {alone[1]:.1f} s ({alone[2]:.2f} s) alone, {during[0]:.1f} / {during[1]:.1f} s "
            f"({during[2]:.2f} s) during the running preview (it ended "
            f"{'after' if before_the_end else 'before'} them), {held[0]:.1f} / {held[1]:.1f} s "
            f"({held[2]:.2f} s) while it was held",
        },
    )
