"""Collect the figures the reliability tests measure and render them as a Markdown results file.

Tests call `record(section, row)` (and `note(section, text)`); records go to a JSON-lines store named
by the environment, so xdist workers and subprocesses add to the same run. Nothing is recorded unless a
run was started with `start()` -- tests/security/conftest.py does that when tests/security is run
directly -- so an ordinary `make check` leaves no files behind.

    LANGSON_LONG=1 .venv/bin/pytest tests/security -q      # long run: writes reliability/results.md
    .venv/bin/pytest tests/security -q                     # fast run: test-artifacts/security-results.md
    .venv/bin/python -m reliability.results STORE OUT.md   # render a store again
"""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent
STORE_ENV = "LANGSON_RESULTS_STORE"
LONG_RESULTS = ROOT / "reliability" / "results.md"
FAST_RESULTS = ROOT / "test-artifacts" / "security-results.md"
# Sections in the order the results file shows them; unknown sections follow in recording order.
ORDER = [
    "Fuzzing",
    "Atheris",
    "Hostile documents",
    "Bounded work",
    "Crash safety",
    "Licences",
    "Vulnerability audit",
]


def long_run() -> bool:
    return os.environ.get("LANGSON_LONG") == "1"


def results_path() -> Path:
    return LONG_RESULTS if long_run() else FAST_RESULTS


def start(store: Path) -> None:
    """Begin a run: an empty store, named in the environment for workers and subprocesses."""
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text("", encoding="utf-8")
    os.environ[STORE_ENV] = str(store)


def _append(item: dict) -> None:
    store = os.environ.get(STORE_ENV)
    if not store:
        return
    line = json.dumps(item, ensure_ascii=False, default=str) + "\n"  # unsorted: columns keep their order
    with FileLock(store + ".lock", timeout=30), open(store, "a", encoding="utf-8") as fh:
        fh.write(line)


def record(section: str, row: dict) -> None:
    """One row of a section's table (a target fuzzed, a document tried, a fault injected …)."""
    _append({"section": section, "row": row})


def note(section: str, text: str) -> None:
    """A paragraph under a section's table (what a figure means, a finding, a command)."""
    _append({"section": section, "note": text})


def _cell(value) -> str:
    if isinstance(value, float):
        value = f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    elif isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:,}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def render(items: list[dict], *, long: bool) -> str:
    """The results file: one table (rows in recording order) and its notes per section."""
    sections: dict[str, dict] = {}
    for item in items:
        section = sections.setdefault(item["section"], {"rows": [], "notes": []})
        if "row" in item:
            section["rows"].append(item["row"])
        elif item.get("note") not in section["notes"]:
            section["notes"].append(item["note"])
    names = [s for s in ORDER if s in sections] + [s for s in sections if s not in ORDER]
    lines = [
        "# Reliability and security results",
        "",
        f"Generated {datetime.now(UTC).isoformat(timespec='seconds')} by "
        f"`{'LANGSON_LONG=1 ' if long else ''}.venv/bin/pytest tests/security -q` "
        f"({'long' if long else 'fast'} run) on Python {platform.python_version()}, {sys.platform}, "
        f"{os.cpu_count()} CPUs. Do not edit by hand: run the command again.",
    ]
    for name in names:
        rows, notes = sections[name]["rows"], sections[name]["notes"]
        lines += ["", f"## {name}", ""]
        if rows:
            columns = list(dict.fromkeys(c for row in rows for c in row))
            lines.append("| " + " | ".join(columns) + " |")
            lines.append("|" + "---|" * len(columns))
            lines += ["| " + " | ".join(_cell(row.get(c, "")) for c in columns) + " |" for row in rows]
        if rows and notes:
            lines.append("")
        lines += [f"- {text}" for text in notes]
    return "\n".join(lines) + "\n"


def load(store: Path) -> list[dict]:
    return [json.loads(line) for line in Path(store).read_text(encoding="utf-8").split("\n") if line]


def write(store: Path, out: Path, *, long: bool) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render(load(store), long=long), encoding="utf-8")
    return out


if __name__ == "__main__":
    write(Path(sys.argv[1]), Path(sys.argv[2]), long=long_run())
