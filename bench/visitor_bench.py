"""Visitors' pages while an editor previews a hostile document, and after a 20,000-figure one is stored
(issue 15).

Each reading page's script run, through the dashboard.py router as the server runs it (AppTest, in this
process): warm, alone and while a preview of the 600 KB run-on text runs as the Add documents page runs
it (ui.editing.preview_document with isolated=True: reading and extraction in the limited worker process
of etl.worker, the comparison with the published figures in this process). Alone and during are measured
page by page, back to back, so both see the same load from the rest of the machine; a run counts as
"during" only if one and the same preview was in flight from its start to its end.

Then every reading page's first (cold) and warm run on the bundled dataset and on the same dataset with
one stored document of 20,000 figures (bench.big_document), the caches cleared between the two.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from bench.measure import ROOT, Measurement, median, ratio
from bench.runon import runon_text
from ui.page_list import READING_PAGES

DURING_TARGET = 1.5  # a page's warm run during the preview over the same page's alone
BIG_TARGET = 2.0  # Sources' warm run with the 20,000-figure document over the ordinary dataset's
SOURCES = "pages/sources.py"
SPIN_S = 1.0
PER_ROUND = 3  # runs of each kind per round
_MAX_TRIES = 20  # per run wanted: runs that straddle two previews are thrown away and tried again


@contextlib.contextmanager
def _dataset(data_dir: Path) -> Iterator[None]:
    previous = os.environ.get("LANGSON_DATA_DIR")
    os.environ["LANGSON_DATA_DIR"] = str(data_dir)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("LANGSON_DATA_DIR", None)
        else:
            os.environ["LANGSON_DATA_DIR"] = previous


@contextlib.contextmanager
def _router_on_every_run() -> Iterator[None]:
    """AppTest resets Streamlit's legacy multipage flag before each run, and a switched-to page would then
    run alone and rerun itself through the router (app_state.require_frame): twice the work the server
    does. Keep the flag off, as the server does once dashboard.py has called st.navigation."""
    from streamlit.runtime.pages_manager import PagesManager

    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init
    try:
        yield
    finally:
        PagesManager.__init__ = original


def _app(timeout_s: float):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout_s)
    at.run()  # st.navigation registers the pages; the dataset is read
    return at


def _timed(at) -> float:
    start = time.perf_counter()
    at.run()
    elapsed = (time.perf_counter() - start) * 1000
    problems = [str(e.value).splitlines()[0] for e in [*at.exception, *at.error]]
    if problems:
        raise RuntimeError(f"the page failed: {problems[0]}")
    return elapsed


class _Background:
    """A task run again and again in a thread while on: an editor's previews, as their clicks would."""

    def __init__(self, task: Callable[[], object]):
        self._task = task
        self._on, self._stop, self._lock = threading.Event(), threading.Event(), threading.Lock()
        self.in_flight: int | None = None  # the number of the task running now, if one is
        self.done = 0
        self.seconds: list[float] = []
        self.last: object = None
        self._thread = threading.Thread(target=self._loop, name="bench-background", daemon=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                if not self._on.is_set():
                    time.sleep(0.01)
                    continue
                self.in_flight = self.done + 1
                start = time.perf_counter()
                self.last = self._task()
                self.seconds.append(time.perf_counter() - start)
                self.in_flight = None
                self.done += 1

    def resume(self) -> None:
        """Start the task; return once one is in flight."""
        self._on.set()
        while self.in_flight is None:
            time.sleep(0.005)

    def pause(self) -> None:
        """Stop; return once the task in flight has ended."""
        self._on.clear()
        with self._lock:
            pass

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.pause()
        self._stop.set()
        self._thread.join()


def _runon_preview(data_dir: Path) -> Callable[[], object]:
    """The Add documents page's preview of the 600 KB run-on text (worker process, then the comparison)."""
    from etl.dataset import read_dataset
    from ui.editing import NewDocument, preview_document

    doc = NewDocument(
        data=runon_text().encode("utf-8"), suffix=".txt", original_name="runon-600KB.txt", title="Run-on"
    )
    dataset = read_dataset(data_dir)
    return lambda: preview_document(doc, ROOT / "data" / "raw", dataset, "bench", isolated=True)


def _busy_worker() -> object:
    """A worker process (etl.worker, the same limits and nice) that only spins for SPIN_S of CPU: what any
    CPU-bound neighbour costs a page on this machine, whatever the preview does."""
    from etl.worker import _spin, run_limited

    return run_limited(_spin, SPIN_S, name="spin", deadline=False)


def _during(at, task: _Background, n: int) -> list[float]:
    """Up to `n` warm runs made while one and the same task was in flight from their start to their end
    (at least one: a run that straddles two tasks is thrown away and made again)."""
    times: list[float] = []
    task.resume()
    try:
        for _ in range(n * _MAX_TRIES):
            while task.in_flight is None:  # between two tasks: the next one is starting
                time.sleep(0.002)
            flight = task.in_flight
            elapsed = _timed(at)
            if task.in_flight == flight:
                times.append(elapsed)
            elif times:  # that task has ended: the rest of this round's runs would be beside another
                break
            if len(times) == n:
                break
    finally:
        task.pause()
    return times


def visitor_pages(data_dir: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """Each reading page's warm script run alone and during a worker-process preview of run-on text."""
    from ui.export import close_browsers

    rows = []
    with (
        _dataset(data_dir),
        _router_on_every_run(),
        _Background(_runon_preview(data_dir)) as previews,
        _Background(_busy_worker) as spinner,
    ):
        try:
            at = _app(timeout_s)
            for page in READING_PAGES:
                at.switch_page(page)
                cold = _timed(at)
                _timed(at)
                alone, during, spinning = [], [], []
                for _ in range(runs):  # rounds, so that all three see the same load from other work
                    alone += [_timed(at) for _ in range(PER_ROUND)]
                    during += _during(at, previews, PER_ROUND)
                    spinning += _during(at, spinner, PER_ROUND)
                value = median(during) if during else None
                base = median(alone)
                r = ratio(value, base)
                rows.append(
                    Measurement(
                        "visitor_pages",
                        f"visitor page run during a run-on preview: {Path(page).stem}",
                        value,
                        "ms",
                        base,
                        "the same page alone",
                        r,
                        f"≤ {DURING_TARGET}×",
                        None if r is None else r <= DURING_TARGET,
                        len(during),
                        f"warm; beside a worker that only spins: {median(spinning):.1f} ms "
                        f"({ratio(median(spinning), base):.2f}×); the page's first (cold) run {cold:.0f} ms",
                    )
                )
        finally:
            close_browsers()
    if rows:
        found = getattr(previews.last, "figures", ())
        rows[-1].details = [
            f"{previews.done} previews of the 600 KB run-on text (worker process, nice 10) ran meanwhile, "
            f"median {median(previews.seconds):.2f} s each, {len(found)} figures found; "
            f"{spinner.done} spinning workers of {SPIN_S:g} s CPU",
        ]
    return rows


# --- The Sources page after a 20,000-figure document -------------------------------------------------


def _big_dataset(data_dir: Path, work: Path) -> Path:
    from bench.big_document import with_big_document
    from etl.dataset import read_dataset
    from etl.publish import TABLE_NAMES, write_dataset

    out = work / "big-document" / "processed"
    if not out.exists():
        data = read_dataset(data_dir)
        tables = with_big_document({name: getattr(data, name) for name in TABLE_NAMES})
        write_dataset(tables, out, {"source": "bench: the bundled dataset and one 20,000-figure document"})
    return out


def _page_costs(data_dir: Path, runs: int, timeout_s: float) -> dict[str, tuple[float, float]]:
    """Each reading page's (cold, warm median) ms with every shared cache empty at the start."""
    import streamlit as st

    st.cache_resource.clear()
    st.cache_data.clear()
    costs = {}
    with _dataset(data_dir):
        at = _app(timeout_s)
        for page in READING_PAGES:
            at.switch_page(page)
            cold = _timed(at)
            costs[page] = (cold, median([_timed(at) for _ in range(runs)]))
    return costs


def big_document(data_dir: Path, work: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """Sources (and every reading page) after a 20,000-figure document is stored, vs the bundled dataset."""
    big_dir = _big_dataset(data_dir, work)
    with _router_on_every_run():
        ordinary = _page_costs(data_dir, runs, timeout_s)
        big = _page_costs(big_dir, runs, timeout_s)
    rows = []
    for kind, index in (("warm", 1), ("first (cold)", 0)):
        value, base = big[SOURCES][index], ordinary[SOURCES][index]
        r = ratio(value, base)
        others = [big[p][index] for p in READING_PAGES if p != SOURCES]
        rows.append(
            Measurement(
                "big_document",
                f"Sources, {kind} run, with a 20,000-figure document",
                value,
                "ms",
                base,
                "the bundled dataset",
                r,
                f"≤ {BIG_TARGET}×" if index else "",
                (r <= BIG_TARGET) if index and r is not None else None,
                runs if index else 1,
                f"other pages with the big document: median {median(others):.0f} ms, "
                f"max {max(others):.0f} ms",
            )
        )
    rows[-1].details = [
        "Page runs in ms, cold / warm: the bundled dataset → with the 20,000-figure document",
        *(
            f"  {Path(p).stem:12} {ordinary[p][0]:6.0f} / {ordinary[p][1]:4.0f}  →  "
            f"{big[p][0]:6.0f} / {big[p][1]:4.0f}"
            for p in READING_PAGES
        ),
    ]
    return rows
