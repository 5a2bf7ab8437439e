"""Security and reliability tests: long runs only with LANGSON_LONG=1; figures go to a results file.

Run directly (`.venv/bin/pytest tests/security -q`), these tests record what they tried -- inputs,
faults, time and memory -- and the session writes them to test-artifacts/security-results.md, or to
reliability/results.md for the long run (`LANGSON_LONG=1 .venv/bin/pytest tests/security -q`). A long
run of only part of tests/security (a file, -k, -x stopping early …) leaves reliability/results.md as it
is and writes test-artifacts/security-results-partial.md instead. Under `make check` (xdist) nothing is
recorded.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reliability import results

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
RECORDS = ROOT / "test-artifacts"
PARTIAL_RESULTS = RECORDS / "security-results-partial.md"  # a long run of only part of tests/security
# Options that run a part of the collected tests, by their pytest attribute name ("lf": the cache plugin's).
SELECTING = {
    "keyword": "-k",
    "markexpr": "-m",
    "deselect": "--deselect",
    "ignore": "--ignore",
    "ignore_glob": "--ignore-glob",
    "lf": "--lf",
}


def _is_worker(config) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config):
    if not _is_worker(config):  # one store per session: two runs at once must not mix their figures
        results.start(RECORDS / f"security-records-{os.getpid()}.jsonl")


def pytest_collection_modifyitems(config, items):
    for item in items:  # long runs take minutes: lift pytest-timeout's 300 s for them only
        if item.get_closest_marker("slow") and Path(item.path).is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.timeout(3600))


def pytest_runtest_setup(item):
    if item.get_closest_marker("slow") and not results.long_run():
        pytest.skip("long run: set LANGSON_LONG=1")


def _partial(session, exitstatus) -> str:
    """Why this session did not run the whole of tests/security ("" if it did)."""
    config = session.config
    here = Path(__file__).parent
    paths = [(config.invocation_params.dir / arg).resolve() for arg in config.args if "::" not in arg]
    if not any(here.is_relative_to(path) for path in paths):
        return f"it ran {' '.join(config.args)}, not the whole of tests/security"
    selected = [flag for opt, flag in SELECTING.items() if config.getoption(opt, None)]
    if selected:
        return f"tests were selected ({', '.join(selected)})"
    if session.shouldstop or session.shouldfail or exitstatus == pytest.ExitCode.INTERRUPTED:
        return "the session stopped before its end"
    return ""


def pytest_sessionfinish(session, exitstatus):
    store = os.environ.get(results.STORE_ENV)
    if _is_worker(session.config) or not store or session.config.option.collectonly:
        return
    path, long = results.results_path(), results.long_run()
    partial = _partial(session, exitstatus) if long else ""
    if partial:  # the long results file is committed: a part of the run must not replace the whole
        path = PARTIAL_RESULTS
        text = results.render(results.load(Path(store)), long=long).replace(  # said under the title
            "\n\n", f"\n\n**Partial run, not the results**: {partial}.\n\n", 1
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    else:
        results.write(Path(store), path, long=long)
    Path(store).unlink()
    Path(store + ".lock").unlink(missing_ok=True)
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if partial:
        reporter.write_line(f"{results.LONG_RESULTS.relative_to(ROOT)} left unchanged: {partial}")
    reporter.write_line(f"results written to {path}")


def budget(fast: int, long: int) -> int:
    """How many inputs, runs or faults: the fast figure in the test command, the long one with the flag."""
    return long if results.long_run() else fast


def variant() -> str:
    return "long" if results.long_run() else "fast"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every visible file of a directory, by name: equal snapshots mean byte-identical contents."""
    return {p.name: p.read_bytes() for p in sorted(Path(folder).iterdir()) if not p.name.startswith(".")}


@pytest.fixture(scope="session")
def corpus_dataset(tmp_path_factory) -> tuple[Path, Path]:
    """The bundled documents and the dataset the ETL builds from them, built once for the session."""
    from etl.__main__ import main

    base = tmp_path_factory.mktemp("corpus")
    raw = base / "raw"
    shutil.copytree(RAW, raw)
    out = base / "processed"
    assert main(["--raw", str(raw), "--out", str(out), "--quiet", "--no-cache"]) == 0
    return raw, out


def _copy(tmp_path: Path, corpus_dataset) -> tuple[Path, Path]:
    raw0, out0 = corpus_dataset
    raw, out = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(raw0, raw)
    shutil.copytree(out0, out)
    return raw, out


@pytest.fixture
def project(tmp_path, corpus_dataset) -> tuple[Path, Path, Path]:
    """A copy of the corpus and of its dataset, and where the change log goes (for adds and removes)."""
    return (*_copy(tmp_path, corpus_dataset), tmp_path / "audit.jsonl")


@pytest.fixture
def workspace(tmp_path, corpus_dataset) -> tuple[Path, Path, dict[str, bytes]]:
    """A copy of the corpus and of its published dataset, and the dataset's bytes before the run."""
    return (*_copy(tmp_path, corpus_dataset), snapshot(corpus_dataset[1]))
