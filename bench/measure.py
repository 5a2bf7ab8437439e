"""What a measurement is, and how a subprocess is timed: wall time, CPU time and peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
_POLL_S = 0.002  # how often a running child is checked; small against runs of a second or more


@dataclass
class Measurement:
    """One row of the results table: a median, the baseline it is compared with, and the target."""

    name: str  # the --only name of the benchmark that produced it
    what: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_what: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None  # None: not measured (skipped, or nothing to compare)
    runs: int = 0
    note: str = ""
    details: list[str] = field(default_factory=list)  # profiles and findings, for results.md


@dataclass(frozen=True)
class ChildRun:
    wall_s: float
    cpu_s: float  # user + system, the child and everything it waited for
    max_rss_mb: float
    returncode: int
    output: str


class ChildFailed(RuntimeError):
    """A measured command exited non-zero or ran past its time limit."""


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile: p95 of 20 values is the 19th smallest."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def run_child(
    cmd: Sequence[str], *, timeout_s: float, env: dict | None = None, check: bool = True
) -> ChildRun:
    """Run `cmd` from the repository root; its own rusage comes from wait4, not from every child so far."""
    with tempfile.TemporaryFile(mode="w+") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd), cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})}
        )
        deadline = start + timeout_s
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                proc.wait()
                raise ChildFailed(f"{' '.join(map(str, cmd))} ran past {timeout_s:.0f} s and was stopped")
            time.sleep(_POLL_S)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        output = out.read()
    result = ChildRun(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode, output)
    if check and result.returncode != 0:
        tail = "\n".join(output.strip().splitlines()[-5:])
        raise ChildFailed(f"{' '.join(map(str, cmd))} exited {result.returncode}: {tail}")
    return result


def ratio(value: float | None, baseline: float | None) -> float | None:
    if value is None or not baseline:
        return None
    return value / baseline
