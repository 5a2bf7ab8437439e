"""Dashboard measurements without a browser: each page's script run through AppTest, and PNG export."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from bench.measure import PYTHON, ROOT, Measurement, median, ratio, run_child
from bench.profiling import sample_threads
from ui.page_list import READING_PAGES

PAGES = READING_PAGES
BARE_SCRIPT = 'import streamlit as st\nst.title("Bare")\nst.write("one line")\n'
PAGE_TARGET_MS = 100
EXPORT_TARGET_S = 0.3


def _warm_runs(at, runs: int) -> list[float]:
    at.run()  # warm: imports, st.cache_data, the page's first render
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        times.append((time.perf_counter() - start) * 1000)
    return times


def page_run(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """Median ms of a warm AppTest run of each page (through the dashboard.py router) vs a bare script."""
    from streamlit.testing.v1 import AppTest

    previous = os.environ.get("LANGSON_DATA_DIR")
    os.environ["LANGSON_DATA_DIR"] = str(data_dir)
    try:
        bare = median(_warm_runs(AppTest.from_string(BARE_SCRIPT, default_timeout=timeout_s), runs))
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout_s)
        at.run()  # st.navigation registers the pages on the first run
        rows = []
        for page in PAGES:
            at.switch_page(page)
            value = median(_warm_runs(at, runs))
            problems = [str(e.value).splitlines()[0] for e in [*at.exception, *at.error]]
            rows.append(
                Measurement(
                    "page_run",
                    f"page run: {Path(page).stem}",
                    value,
                    "ms",
                    bare,
                    "bare 2-element script",
                    ratio(value, bare),
                    f"≤ {PAGE_TARGET_MS} ms",
                    value <= PAGE_TARGET_MS and not problems,
                    runs,
                    "; ".join(problems),
                )
            )
        slowest = max(rows, key=lambda m: m.value)
        if slowest.value > PAGE_TARGET_MS:
            at.switch_page(f"pages/{slowest.what.removeprefix('page run: ')}.py").run()
            slowest.details = sample_threads(at.run, "ScriptRunner")
        return rows
    finally:
        from ui.export import close_browsers

        close_browsers()  # in case a page started the export browser
        if previous is None:
            os.environ.pop("LANGSON_DATA_DIR", None)
        else:
            os.environ["LANGSON_DATA_DIR"] = previous


# --- Export: measured in its own process, so "first" really starts Chromium --------------------------


def _export_times(data_dir: Path, runs: int) -> dict:
    from etl.dataset import read_dataset
    from ui.charts_of import indicator_chart
    from ui.export import close_browsers, figure_to_image

    data = read_dataset(data_dir)
    indicator = data.figures["indicator_id"].value_counts().index[0]
    fig = indicator_chart(data.figures, data.indicators, data.sources, indicator, "vi")
    try:
        start = time.perf_counter()
        png = figure_to_image(fig, "png")
        first = time.perf_counter() - start
        warm = []
        for _ in range(runs):
            start = time.perf_counter()
            figure_to_image(fig, "png")
            warm.append(time.perf_counter() - start)
    finally:
        close_browsers()
    return {"first": first, "warm": warm, "indicator": indicator, "png_bytes": len(png)}


def export(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """PNG of a chart via ui.export.figure_to_image: the first export (starts Chromium) vs warm ones."""
    child = run_child([PYTHON, "-m", "bench.dashboard_bench", str(data_dir), str(runs)], timeout_s=timeout_s)
    result = json.loads(child.output.strip().splitlines()[-1])
    value = median(result["warm"])
    return [
        Measurement(
            "export",
            f"PNG export, warm ({result['indicator']} chart)",
            value,
            "s",
            result["first"],
            "first export (starts Chromium)",
            ratio(value, result["first"]),
            f"warm ≤ {EXPORT_TARGET_S} s",
            value <= EXPORT_TARGET_S,
            runs,
            f"{result['png_bytes'] // 1024} KB PNG at scale 2",
        )
    ]


if __name__ == "__main__":
    print(json.dumps(_export_times(Path(sys.argv[1]), int(sys.argv[2]))))
