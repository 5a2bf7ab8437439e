"""Security and reliability tests: long runs only with LANGSON_LONG=1; figures go to a results file.

Run directly (`.venv/bin/pytest tests/security -q`), these tests record what they tried -- inputs,
faults, time and memory -- and the session writes them to test-artifacts/security-results.md, or to
reliability/results.md for the long run (`LANGSON_LONG=1 .venv/bin/pytest tests/security -q`).
Under `make check` (xdist) nothing is recorded.
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


def pytest_sessionfinish(session):
    store = os.environ.get(results.STORE_ENV)
    if not _is_worker(session.config) and store and not session.config.option.collectonly:
        path = results.write(Path(store), results.results_path(), long=results.long_run())
        Path(store).unlink()
        Path(store + ".lock").unlink(missing_ok=True)
        session.config.pluginmanager.get_plugin("terminalreporter").write_line(f"results written to {path}")


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
