"""Load and soak: many browser sessions at once against one dashboard server on loopback, then page
views one after another, with the server's memory (RSS) sampled as it goes.

Fast variant (default test run): 10 concurrent sessions, 100 page views. Long variant
(`LANGSON_LONG=1`): 50 concurrent sessions, 1,000 page views, and the memory must plateau.

Why memory grows at first: every full page load is a new Streamlit session, and Streamlit keeps a
disconnected session for reconnection (at most 128 of them, for up to 2 minutes). So RSS rises over
the first ~128 views, then old sessions are evicted as new ones arrive. The plateau criterion, for
the long run: over the last 300 views RSS grows by less than 10% of its level after the first 100
views. Figures go to reliability/web_results.md (long run) or test-artifacts/web-results.md (fast).
"""

from __future__ import annotations

import ast
import contextlib
import os
import time
from datetime import UTC, datetime
from pathlib import Path

import psutil
import pytest

from etl.dataset import read_dataset
from reliability import results
from tests.playwright_browser import wait_charts_drawn
from tests.security.web_server import chromium, dashboard_server, error_boxes, wait_idle
from ui.labels import card_value_text, indicator_name
from ui.page_list import PAGES, READING_PAGES
from ui.selection import headline_cards

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

REPO = Path(__file__).resolve().parents[2]
LONG_RUN = os.environ.get("LANGSON_LONG") == "1"
LONG_RESULTS = REPO / "reliability" / "web_results.md"
FAST_RESULTS = REPO / "test-artifacts" / "web-results.md"
SAMPLE_EVERY = 10  # page views between two RSS samples
VIEW_TIMEOUT = 120_000  # ms for one page to render, however busy the machine is
PLATEAU_TAIL = 300  # views at the end over which RSS must stay flat (long run)
PLATEAU_SHARE = 0.10  # ... growing by less than this share of the RSS after the first 100 views
SOAK_PAGES = [page.url for page in PAGES if page.path in READING_PAGES]  # every page a visitor reads
SECOND_PAGE = "indicators"


# --- Fixtures -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    """The dataset the ETL builds from the bundled documents (the numbers a visitor really sees)."""
    import shutil

    from etl.__main__ import main

    base = tmp_path_factory.mktemp("soak-corpus")
    raw, out = base / "raw", base / "processed"
    shutil.copytree(REPO / "data" / "raw", raw)
    assert main(["--raw", str(raw), "--out", str(out), "--quiet", "--no-cache"]) == 0
    return raw, out


@pytest.fixture(scope="module")
def server(corpus, tmp_path_factory):
    raw, out = corpus
    logs = tmp_path_factory.mktemp("soak-server")
    env = {"LANGSON_RAW_DIR": str(raw), "LANGSON_AUDIT_LOG": str(logs / "audit.jsonl"), "LANGSON_EDITORS": ""}
    with dashboard_server(out, logs, env=env) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def report():
    """Sections of the results file, written once the module's tests have run."""
    sections: dict[str, list[str]] = {}
    yield sections
    if sections:
        path = LONG_RESULTS if LONG_RUN else FAST_RESULTS
        path.parent.mkdir(parents=True, exist_ok=True)
        head = [
            "# Web load and soak results",
            "",
            f"Generated {datetime.now(UTC).isoformat(timespec='seconds')} by "
            f"`{'LANGSON_LONG=1 ' if LONG_RUN else ''}.venv/bin/pytest tests/security/test_load_soak.py` "
            f"({'long' if LONG_RUN else 'fast'} variant) on {os.cpu_count()} CPUs, "
            f"{psutil.virtual_memory().total / 2**30:.0f} GiB RAM, shared with other work. "
            "One `streamlit run dashboard.py` on 127.0.0.1, the bundled documents' dataset, Debian's "
            "Chromium driven by Playwright. Do not edit by hand: run the command again.",
        ]
        body = [line for name in sections for line in ["", f"## {name}", "", *sections[name]]]
        path.write_text("\n".join(head + body) + "\n", encoding="utf-8")


# --- Helpers ------------------------------------------------------------------------------------------


def page_constant(page: str, name: str):
    """A literal a page script assigns (`HEADLINES = [...]`), read without running the script."""
    tree = ast.parse((REPO / "pages" / f"{page}.py").read_text(encoding="utf-8"))
    return next(
        ast.literal_eval(n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign) and any(getattr(t, "id", "") == name for t in n.targets)
    )


def expected_titles(dataset_dir: Path) -> list[str]:
    """The Indicators page's chart titles on a first visit: its default indicators that have figures."""
    data = read_dataset(dataset_dir)
    with_figures = set(data.figures["indicator_id"])
    defaults = [i for i in page_constant(SECOND_PAGE, "DEFAULT_INDICATORS") if i in with_figures]
    return [indicator_name(data.indicators, i, "vi") for i in defaults]


def expected_cards(dataset_dir: Path) -> list[str]:
    """The Overview's card values, computed from the dataset by the code the page uses."""
    headlines = page_constant("overview", "HEADLINES")
    data = read_dataset(dataset_dir)
    cards = {c["indicator_id"]: c for c in headline_cards(data.figures, data.indicators, headlines)}
    values = []
    for indicator_id in headlines:
        card = cards.get(indicator_id)
        if card is None:
            values.append("–")
        else:
            values.append(card_value_text(card, "vi"))
    return values


def rss_mb(pid: int) -> tuple[float, float]:
    """RSS of the server process, and of its children (the Chromium kept warm for image export), in MB."""
    process = psutil.Process(pid)
    children = 0.0
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.NoSuchProcess):
            children += child.memory_info().rss
    return process.memory_info().rss / 2**20, children / 2**20


def card_values(page, count: int) -> list[str]:
    page.wait_for_function(
        f"() => document.querySelectorAll('[data-testid=\"stMetricValue\"]').length >= {count}",
        timeout=VIEW_TIMEOUT,
    )
    return [v.strip() for v in page.locator('[data-testid="stMetricValue"]').all_inner_texts()]


def url_of(server, name: str) -> str:
    return f"{server.url}/" + ("" if name == "overview" else name)


def finish_view(page, name: str, charts: int = 1) -> None:
    page.wait_for_selector("h1", timeout=VIEW_TIMEOUT)
    wait_idle(page, timeout=VIEW_TIMEOUT)
    if name in ("indicators", "compare", "admin_units", "rankings"):
        wait_charts_drawn(page, timeout=VIEW_TIMEOUT, count=charts)


# --- Concurrent sessions ------------------------------------------------------------------------------


@pytest.mark.timeout(1800)  # 50 sessions on a busy 2-core machine take minutes
def test_concurrent_sessions_all_see_the_same_numbers(server, browser, corpus, report):
    sessions = 50 if LONG_RUN else 10
    expected, expected_charts = expected_cards(corpus[1]), expected_titles(corpus[1])
    rss_before, _ = rss_mb(server.pid)
    contexts, errors, seen, titles = [], 0, [], []
    started = time.monotonic()
    try:
        pages = []
        for _ in range(sessions):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.set_default_timeout(VIEW_TIMEOUT)
            contexts.append(context)
            pages.append(context.new_page())
        for name in ("overview", SECOND_PAGE):
            # Start every session's load before waiting for any: the server serves them all at once.
            for page in pages:
                page.goto(url_of(server, name), wait_until="commit")
            for page in pages:
                finish_view(page, name, charts=len(expected_charts))
                errors += error_boxes(page)
                if name == "overview":
                    seen.append(card_values(page, len(expected)))
                else:
                    titles.append(page.locator(".js-plotly-plot .gtitle").all_text_contents())
        rss_peak, children = rss_mb(server.pid)
    finally:
        for context in contexts:
            context.close()
    seconds = time.monotonic() - started
    distinct = {tuple(v) for v in seen}
    report["Concurrent sessions"] = [
        "| sessions | page loads | error boxes | distinct headline sets | seconds | server RSS before (MB) | "
        "server RSS after (MB) | export Chromium RSS (MB) |",
        "|---|---|---|---|---|---|---|---|",
        f"| {sessions} | {2 * sessions} | {errors} | {len(distinct)} | {seconds:.0f} | {rss_before:.0f} | "
        f"{rss_peak:.0f} | {children:.0f} |",
        "",
        f"- Each session is its own browser context, loading the Overview and then `{SECOND_PAGE}`; all "
        "loads are started before any is awaited.",
        f"- Headline cards every session showed: {' · '.join(expected)} (computed from the dataset "
        "by `ui.selection.headline_cards` and `ui.labels.card_value_text`, and compared).",
        f"- Charts every session showed on `{SECOND_PAGE}`: {' · '.join(expected_charts)} (its default "
        "indicators with figures, named by `ui.labels.indicator_name`, and compared).",
    ]
    results.record(
        "Web load",
        {"sessions": sessions, "page loads": 2 * sessions, "errors": errors, "seconds": round(seconds),
         "RSS before MB": round(rss_before), "RSS after MB": round(rss_peak)},
    )  # fmt: skip
    assert errors == 0
    assert len(seen) == sessions and all(values == expected for values in seen), distinct
    assert len(titles) == sessions and all(t == expected_charts for t in titles), titles


# --- Page views in a row ------------------------------------------------------------------------------


def soak(server, browser, views: int, expected: list[str]) -> dict:
    """`views` full page loads in a row over every page, RSS sampled every SAMPLE_EVERY views."""
    samples = [(0, *rss_mb(server.pid))]
    errors, wrong_numbers = 0, 0
    started = time.monotonic()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(VIEW_TIMEOUT)
    try:
        page = context.new_page()
        for view in range(1, views + 1):
            name = SOAK_PAGES[(view - 1) % len(SOAK_PAGES)]
            page.goto(url_of(server, name))
            finish_view(page, name)
            errors += error_boxes(page)
            if name == "overview" and card_values(page, len(expected)) != expected:
                wrong_numbers += 1
            if view % SAMPLE_EVERY == 0:
                samples.append((view, *rss_mb(server.pid)))
    finally:
        context.close()
    return {
        "samples": samples,
        "errors": errors,
        "wrong_numbers": wrong_numbers,
        "seconds": time.monotonic() - started,
    }


def plateau_growth(samples: list[tuple[int, float, float]], views: int) -> tuple[float, float, float]:
    """RSS after 100 views, and RSS growth over the last PLATEAU_TAIL views (MB), and its share."""
    at = {view: rss for view, rss, _ in samples}
    base = at[100]
    growth = at[views] - at[views - PLATEAU_TAIL]
    return base, growth, growth / base


def _soak_report(report, outcome: dict, views: int, plateau: tuple[float, float, float] | None) -> None:
    samples = outcome["samples"]
    lines = [
        "| views | server RSS (MB) | export Chromium RSS (MB) |",
        "|---|---|---|",
        *[f"| {view} | {rss:.0f} | {children:.0f} |" for view, rss, children in samples],
        "",
        f"- {views} full page loads in a row (each a new session), cycling over "
        f"{', '.join(SOAK_PAGES)}; {outcome['seconds']:.0f} s in all "
        f"({outcome['seconds'] / views:.2f} s per view).",
        f"- Error boxes: {outcome['errors']}. Overview views whose headline cards differed from the "
        f"dataset's: {outcome['wrong_numbers']}.",
    ]
    if plateau:
        base, growth, share = plateau
        lines.append(
            f"- Plateau: RSS after 100 views {base:.0f} MB; growth over the last {PLATEAU_TAIL} views "
            f"{growth:+.0f} MB = {share:+.1%} of that level (criterion: < {PLATEAU_SHARE:.0%})."
        )
    else:
        lines.append(
            "- No plateau criterion in the fast variant: Streamlit keeps up to 128 disconnected sessions "
            "(2 minutes each), so the first ~128 views are expected to raise RSS; the long variant "
            "(LANGSON_LONG=1) checks the plateau over 1,000 views."
        )
    report[f"Page views in a row ({views})"] = lines
    results.record(
        "Web soak",
        {"views": views, "errors": outcome["errors"], "wrong numbers": outcome["wrong_numbers"],
         "seconds": round(outcome["seconds"]),
         "RSS first MB": round(samples[0][1]), "RSS last MB": round(samples[-1][1]),
         "RSS max MB": round(max(s[1] for s in samples))},
    )  # fmt: skip


# 100 full page loads take ~2.5 min alone and twice that beside the other browser tests in CI: the default
# 300 s guard is for hangs, not for a soak.
@pytest.mark.timeout(900)
@pytest.mark.skipif(LONG_RUN, reason="the long variant runs instead")
def test_page_views_in_a_row(server, browser, corpus, report):
    views = 100
    outcome = soak(server, browser, views, expected_cards(corpus[1]))
    _soak_report(report, outcome, views, None)
    assert outcome["errors"] == 0 and outcome["wrong_numbers"] == 0
    assert len(outcome["samples"]) == views // SAMPLE_EVERY + 1


@pytest.mark.slow
@pytest.mark.timeout(5400)
@pytest.mark.skipif(not LONG_RUN, reason="long run: set LANGSON_LONG=1")
def test_thousand_page_views_memory_plateaus(server, browser, corpus, report):
    views = 1000
    outcome = soak(server, browser, views, expected_cards(corpus[1]))
    plateau = plateau_growth(outcome["samples"], views)
    _soak_report(report, outcome, views, plateau)
    assert outcome["errors"] == 0 and outcome["wrong_numbers"] == 0
    assert plateau[2] < PLATEAU_SHARE, plateau
