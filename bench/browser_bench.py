"""Dashboard measurements in headless Chromium: first chart drawn, and 20 sessions at once."""

from __future__ import annotations

import asyncio
import contextlib
import os
import tempfile
import time
from pathlib import Path

from bench import cpu
from bench.measure import ROOT, Measurement, median, percentile, ratio
from bench.server import CHROMIUM_LAUNCH, Server, streamlit_server

CHART = ".js-plotly-plot .main-svg"  # plotly has drawn its SVG, not just mounted the element
ERROR = '[data-testid="stException"], [data-testid="stAlertContentError"]'
SCRIPT_FINISHED_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    return Boolean(app) && !['running', 'initial'].includes(app.dataset.testScriptState);
}"""
FIRST_CHART_TARGET = 1.2
CONCURRENCY_TARGET = 3.0
SESSIONS = 20
WAIT_S = 180  # one page's wait for its chart: 20 sessions on 2 shared cores take about a minute
PROBE_S = 30  # how long the Overview's first visit gets to draw a chart before it is said to have none
BARE_APP = """\
import plotly.graph_objects as go
import streamlit as st

st.title("Bare")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[1, 3, 2])), width="stretch")
"""


@contextlib.asynccontextmanager
async def new_context(browser):
    """A browser context of its own: an empty cache, as on a first visit; closed on exit."""
    context = await browser.new_context()
    try:
        yield context
    finally:
        await context.close()


@contextlib.asynccontextmanager
async def tabs(context, n: int):
    """`n` new tabs of `context`, each its own Streamlit session (its own websocket); closed on exit."""
    pages = await asyncio.gather(*(context.new_page() for _ in range(n)))
    try:
        yield pages
    finally:
        await asyncio.gather(*(page.close() for page in pages))


async def time_to_chart(page, url: str, timeout_s: float) -> tuple[float | None, str | None]:
    """Seconds from navigation to the first plotly chart drawn; or None, and what went wrong."""
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(f"page error: {exc}"))
    try:
        start = time.perf_counter()
        await page.goto(url, wait_until="commit", timeout=timeout_s * 1000)
        await page.wait_for_selector(CHART, state="visible", timeout=timeout_s * 1000)
        elapsed = time.perf_counter() - start
        if await page.locator(ERROR).count():
            errors.append("the page shows an error")
        return elapsed, "; ".join(errors) or None
    except Exception as exc:  # a timeout or a crash is a counted error, not the end of the benchmark
        return None, f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


async def _first_visit(browser, url: str, timeout_s: float) -> tuple[float | None, str | None]:
    async with new_context(browser) as context, tabs(context, 1) as (page,):
        return await time_to_chart(page, url, timeout_s)


async def _why_no_chart(context, url: str) -> str:
    """Why the Overview's first chart cannot be timed ("" if it draws one); also the server's first visit."""
    from playwright.async_api import TimeoutError as PlaywrightTimeout

    async with tabs(context, 1) as (page,):
        await page.goto(url, wait_until="commit", timeout=PROBE_S * 1000)
        try:
            await page.wait_for_selector(CHART, state="visible", timeout=PROBE_S * 1000)
            return ""
        except PlaywrightTimeout:
            finished = await page.evaluate(SCRIPT_FINISHED_JS)
    if finished:
        return "the Overview draws no plotly chart (its script ran to the end without one)"
    return f"the Overview drew no plotly chart within {PROBE_S} s (its script was still running)"


async def _burst(pages, server: Server, timeout_s: float):
    """Every page navigates at once; their outcomes, the wall time until the last, and the CPU split."""
    before = cpu.snapshot(server.pid)
    start = time.perf_counter()
    outcomes = await asyncio.gather(*(time_to_chart(page, server.url, timeout_s) for page in pages))
    wall = time.perf_counter() - start
    return outcomes, wall, cpu.spent(before, cpu.snapshot(server.pid))  # before the tabs close


def _bare_app(directory: Path) -> Path:
    path = directory / "bare_app.py"
    path.write_text(BARE_APP, encoding="utf-8")
    return path


def _not_measured(name: str, what: str, baseline_what: str, target: str, why: str) -> list[Measurement]:
    return [Measurement(name, what, None, "s", None, baseline_what, None, target, None, 0, why)]


async def _first_chart(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    from playwright.async_api import async_playwright

    what, baseline_what = "Overview: navigation to first chart", "bare app with one plotly chart"
    target = f"≤ {FIRST_CHART_TARGET}×"
    env = {"LANGSON_DATA_DIR": str(data_dir)}
    with (
        tempfile.TemporaryDirectory() as tmp,
        streamlit_server(ROOT / "dashboard.py", env) as app,
        streamlit_server(_bare_app(Path(tmp))) as bare,
    ):
        async with async_playwright() as p:
            browser = await p.chromium.launch(**CHROMIUM_LAUNCH)
            try:
                async with new_context(browser) as context:  # this first visit warms the Overview's server
                    why = await _why_no_chart(context, app.url)
                if why:
                    return _not_measured("first_chart", what, baseline_what, target, why)
                await _first_visit(browser, bare.url, timeout_s)  # warms the bare app's server
                app_times, bare_times, problems = [], [], []
                for _ in range(runs):  # alternated, so both see the same load
                    for url, times in ((app.url, app_times), (bare.url, bare_times)):
                        elapsed, problem = await _first_visit(browser, url, timeout_s)
                        if elapsed is not None:
                            times.append(elapsed)
                        if problem:
                            problems.append(problem)
            finally:
                await browser.close()
    value, baseline = (median(app_times) if app_times else None), (median(bare_times) if bare_times else None)
    r = ratio(value, baseline)
    met = None if r is None else (r <= FIRST_CHART_TARGET and not problems)
    note = "; ".join(sorted(set(problems)))
    return [Measurement("first_chart", what, value, "s", baseline, baseline_what, r, target, met, runs, note)]


def _bottleneck(by_role: dict[str, float], wall_s: float) -> str:
    """Which side the CPU went to, in a sentence."""
    server, browsers = by_role[cpu.SERVER], by_role[cpu.CHROMIUM] + by_role[cpu.DRIVER]
    if server >= 0.8 * wall_s:  # its scripts share one GIL: about one core is all the server can use
        return f"the server is the bottleneck: it was busy {server / wall_s:.0%} of the burst on one core"
    side = "the co-located browser" if browsers > server else "the server"
    return (
        f"{side} is the bottleneck: Chromium + driver {browsers:.0f} CPU-s vs server {server:.1f} CPU-s "
        f"(busy {server / wall_s:.0%} of one core)"
    )


async def _concurrency(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    from playwright.async_api import async_playwright

    what, baseline_what = f"{SESSIONS} sessions at once: p95 to first chart", "one session alone"
    target = f"≤ {CONCURRENCY_TARGET}×, no error"
    with streamlit_server(ROOT / "dashboard.py", {"LANGSON_DATA_DIR": str(data_dir)}) as server:
        async with async_playwright() as p:
            browser = await p.chromium.launch(**CHROMIUM_LAUNCH)
            try:
                # Tabs of one context share its cache, filled by this first visit (which also warms the
                # server): the browser does not fetch and compile Streamlit's front end again per session.
                context = await browser.new_context()
                if why := await _why_no_chart(context, server.url):
                    return _not_measured("concurrency", what, baseline_what, target, why)
                alone = []
                for _ in range(runs):
                    async with tabs(context, 1) as pages:
                        alone.append(await _burst(pages, server, timeout_s))
                async with tabs(context, SESSIONS) as pages:  # opened before the clock starts
                    outcomes, wall, by_role = await _burst(pages, server, timeout_s)
            finally:
                await browser.close()
    single = [o[0][0] for o, _, _ in alone if o[0][0] is not None]
    times = [t for t, _ in outcomes if t is not None]
    errors = [e for _, e in outcomes if e]
    p95, baseline = (percentile(times, 95) if times else None), (median(single) if single else None)
    r = ratio(p95, baseline)
    one = {role: median([split[role] for _, _, split in alone]) for role in by_role}
    cores = os.cpu_count() or 1
    note = [
        f"{len(errors)} errors" + (f" (first: {errors[0][:80]})" if errors else ""),
        f"CPU over the {wall:.0f} s burst ({wall * cores:.0f} core-s): "
        f"Chromium {by_role[cpu.CHROMIUM]:.0f} s, server {by_role[cpu.SERVER]:.1f} s, "
        f"Playwright driver {by_role[cpu.DRIVER]:.1f} s, "
        f"other work on the machine {by_role[cpu.OTHER]:.1f} s; per session "
        f"{by_role[cpu.CHROMIUM] / SESSIONS:.2f} s Chromium, {by_role[cpu.SERVER] / SESSIONS:.2f} s server "
        f"(alone: {one[cpu.CHROMIUM]:.2f} s, {one[cpu.SERVER]:.2f} s)",
        _bottleneck(by_role, wall),
        "one server and one Chromium on the same 2 shared cores; each session a tab of one warm browser "
        "context, opened before the clock starts",
    ]
    details = [
        *(f"{len(errors)} of {SESSIONS} sessions: {e}" for e in sorted(set(errors))),
        *cpu.table(by_role, wall, cores),
    ]
    met = False if errors else (None if r is None else r <= CONCURRENCY_TARGET)
    note = "; ".join(note)
    return [
        Measurement("concurrency", what, p95, "s", baseline, baseline_what, r, target, met, 1, note, details)
    ]


def first_chart(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """Overview vs a bare one-chart app, each on its own server, navigation to first chart drawn."""
    return asyncio.run(_first_chart(data_dir, runs, min(timeout_s, WAIT_S)))


def concurrency(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """20 browser contexts opening the Overview at once against one server, vs one alone."""
    return asyncio.run(_concurrency(data_dir, runs, min(timeout_s, WAIT_S)))
