"""Dashboard measurements in headless Chromium: first chart drawn, and 20 sessions at once."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from bench.measure import ROOT, Measurement, median, percentile, ratio
from bench.server import streamlit_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CHART = ".js-plotly-plot .main-svg"  # plotly has drawn its SVG, not just mounted the element
PROXY = '[data-testid="stMetric"]'  # the Overview's first headline card, when it has no chart
ERROR = '[data-testid="stException"], [data-testid="stAlertContentError"]'
FIRST_CHART_TARGET = 1.2
CONCURRENCY_TARGET = 3.0
SESSIONS = 20
WAIT_S = 60  # one page's wait for its chart; 20 sessions on 2 cores stay well within it
READY_CHECK_S = 30  # how long the Overview gets to show a chart before the proxy is used
BARE_APP = """\
import plotly.graph_objects as go
import streamlit as st

st.title("Bare")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])), width="stretch")
"""


async def _launch(playwright):
    return await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


async def time_to(browser, url: str, selector: str, timeout_s: float) -> tuple[float | None, str | None]:
    """Seconds from navigation in a fresh context to `selector` visible; or None and what went wrong."""
    context = await browser.new_context()
    errors: list[str] = []
    try:
        page = await context.new_page()
        page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
        start = time.perf_counter()
        await page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        await page.wait_for_selector(selector, state="visible", timeout=timeout_s * 1000)
        elapsed = time.perf_counter() - start
        if await page.locator(ERROR).count():
            errors.append("the page shows an error")
        return elapsed, "; ".join(errors) or None
    except Exception as exc:  # a timeout or a crash is a counted error, not the end of the benchmark
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    finally:
        await context.close()


async def _ready_selector(browser, url: str, timeout_s: float) -> tuple[str, str]:
    """The chart selector if the Overview draws a chart, else the headline-card proxy (and a note)."""
    elapsed, _ = await time_to(browser, url, CHART, min(timeout_s, READY_CHECK_S))
    if elapsed is not None:
        return CHART, ""
    return PROXY, "the Overview draws no plotly chart: timed to its first headline card instead"


def _bare_app(directory: Path) -> Path:
    path = directory / "bare_app.py"
    path.write_text(BARE_APP, encoding="utf-8")
    return path


async def _first_chart(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    from playwright.async_api import async_playwright

    env = {"LANGSON_DATA_DIR": str(data_dir)}
    with (
        tempfile.TemporaryDirectory() as tmp,
        streamlit_server(ROOT / "dashboard.py", env) as app_url,
        streamlit_server(_bare_app(Path(tmp))) as bare_url,
    ):
        async with async_playwright() as p:
            browser = await _launch(p)
            try:
                await time_to(browser, bare_url, CHART, timeout_s)  # warm: the server's first run
                selector, note = await _ready_selector(browser, app_url, timeout_s)
                app, bare, problems = [], [], []
                for _ in range(runs):  # alternated, so both see the same load
                    for url, wanted, times in ((app_url, selector, app), (bare_url, CHART, bare)):
                        elapsed, problem = await time_to(browser, url, wanted, timeout_s)
                        if elapsed is not None:
                            times.append(elapsed)
                        if problem:
                            problems.append(problem)
            finally:
                await browser.close()
    value, baseline = (median(app) if app else None), (median(bare) if bare else None)
    r = ratio(value, baseline)
    return [
        Measurement(
            "first_chart",
            "Overview: navigation to first chart",
            value,
            "s",
            baseline,
            "bare app with one plotly chart",
            r,
            f"≤ {FIRST_CHART_TARGET}×",
            None if note or r is None else (r <= FIRST_CHART_TARGET and not problems),  # no chart: no verdict
            runs,
            "; ".join([note, *sorted(set(problems))]).strip("; "),
        )
    ]


async def _concurrency(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    from playwright.async_api import async_playwright

    env = {"LANGSON_DATA_DIR": str(data_dir)}
    with streamlit_server(ROOT / "dashboard.py", env) as url:
        async with async_playwright() as p:
            browser = await _launch(p)
            try:
                selector, note = await _ready_selector(browser, url, timeout_s)
                single = [(await time_to(browser, url, selector, timeout_s))[0] for _ in range(runs)]
                single = [s for s in single if s is not None]
                outcomes = await asyncio.gather(
                    *(time_to(browser, url, selector, timeout_s) for _ in range(SESSIONS))
                )
            finally:
                await browser.close()
    times = [t for t, _ in outcomes if t is not None]
    errors = [e for _, e in outcomes if e]
    p95 = percentile(times, 95) if times else None
    baseline = median(single) if single else None
    r = ratio(p95, baseline)
    details = [f"{len(errors)} of {SESSIONS} sessions: {e}" for e in sorted(set(errors))]
    return [
        Measurement(
            "concurrency",
            f"{SESSIONS} sessions at once: p95 to first chart",
            p95,
            "s",
            baseline,
            "one session alone",
            r,
            f"≤ {CONCURRENCY_TARGET}×, no error",
            False if errors else (None if r is None else r <= CONCURRENCY_TARGET),
            1,
            "; ".join(
                x
                for x in (
                    note,
                    f"{len(errors)} errors" + (f" (first: {errors[0][:80]})" if errors else ""),
                    "one server, one Chromium, 2 shared cores",
                )
                if x
            ),
            details,
        )
    ]


def first_chart(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """Overview vs a bare one-chart app, each on its own server, navigation to first chart drawn."""
    return asyncio.run(_first_chart(data_dir, runs, min(timeout_s, WAIT_S)))


def concurrency(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """20 browser contexts opening the Overview at once against one server, vs one alone."""
    return asyncio.run(_concurrency(data_dir, runs, min(timeout_s, WAIT_S)))
