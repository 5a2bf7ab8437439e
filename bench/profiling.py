"""Where a missed target's time goes: the ETL under cProfile (stdlib), summarised in a few lines."""

from __future__ import annotations

import pstats
import re
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from bench.measure import PYTHON, ROOT, ChildFailed, run_child

TOP = 8


def _where(func: tuple[str, int, str]) -> str:
    path, line, name = func
    try:
        path = str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        path = Path(path).name
    return f"{name} ({path}:{line})" if line else name


def _is_project_file(path: str) -> bool:
    if not path.endswith(".py") or path.startswith("<"):
        return False
    resolved = Path(path).resolve()
    return resolved.is_relative_to(ROOT) and ".venv" not in resolved.parts


def summarise(stats_file: Path, top: int = TOP) -> list[str]:
    """The functions with the most own time, and the project's functions with the most cumulative time."""
    stats = pstats.Stats(str(stats_file))
    entries = stats.stats  # {func: (calls, primitive calls, own time, cumulative time, callers)}
    total = max((cum for _, _, _, cum, _ in entries.values()), default=0.0) or 1.0
    by_own = sorted(entries.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    ours = [kv for kv in entries.items() if _is_project_file(kv[0][0])]
    by_cum = sorted(ours, key=lambda kv: kv[1][3], reverse=True)[:top]
    lines = [f"cProfile, {total:.2f} s in all. Most own time:"]
    lines += [f"  {own:7.2f} s own  {_where(f)}  ×{calls}" for f, (calls, _, own, _, _) in by_own]
    lines.append("Project functions by cumulative time:")
    lines += [f"  {cum:7.2f} s cum  {_where(f)}  ×{calls}" for f, (calls, _, _, cum, _) in by_cum]
    return lines


_IMPORT_LINE = re.compile(r"import time:\s+\d+ \|\s+(?P<cum>\d+) \| (?P<indent>\s*)(?P<name>\S+)")


def summarise_imports(stderr: str, top: int = TOP) -> list[str]:
    """The slowest imports of `python -X importtime`, at the two outermost levels, slowest first."""
    found = [
        (int(m["cum"]) / 1e6, m["name"])
        for m in map(_IMPORT_LINE.match, stderr.splitlines())
        if m and len(m["indent"]) <= 2
    ]
    lines = ["Slowest imports (-X importtime, cumulative):"]
    return lines + [f"  {s:7.2f} s  {name}" for s, name in sorted(found, reverse=True)[:top]]


def profile_etl(
    raw: Path, work: Path, *, timeout_s: float, cache: bool = False, imports: bool = False
) -> list[str]:
    """Run `python -m etl` once under cProfile and summarise it; a failure is reported, not raised."""
    work.mkdir(parents=True, exist_ok=True)
    stats_file = work / "etl.prof"
    cmd = [PYTHON, "-m", "cProfile", "-o", str(stats_file), "-m", "etl", "--quiet"]
    cmd += ["--raw", str(raw), "--out", str(work / "out")] + ([] if cache else ["--no-cache"])
    try:
        run_child(cmd, timeout_s=timeout_s)
    except ChildFailed as exc:
        return [f"profile failed: {exc}"]
    lines = summarise(stats_file)
    if imports:
        timed = run_child([PYTHON, "-X", "importtime", *cmd[5:]], timeout_s=timeout_s, check=False)
        lines += summarise_imports(timed.output)
    return lines


def sample_threads(fn, thread_name: str = "", interval_s: float = 0.002, top: int = TOP) -> list[str]:
    """Call `fn` while sampling the stacks of the threads named `thread_name` (cProfile sees only its own).

    AppTest runs the page script in a thread of its own, so this is how a page run is profiled.
    """
    caller = threading.get_ident()
    inclusive: Counter = Counter()
    leaves: Counter = Counter()
    samples = 0
    done = threading.Event()

    def sampler() -> None:
        nonlocal samples
        me = threading.get_ident()
        while not done.is_set():
            scripts = {t.ident for t in threading.enumerate() if thread_name in t.name}
            for ident, frame in sys._current_frames().items():
                if ident in (caller, me) or (thread_name and ident not in scripts):
                    continue
                seen = set()
                leaf = True
                while frame is not None:
                    code = frame.f_code
                    key = (code.co_filename, code.co_firstlineno, code.co_name)
                    if leaf:
                        leaves[key] += 1
                        leaf = False
                    if key not in seen and _is_project_file(code.co_filename):
                        inclusive[key] += 1
                        seen.add(key)
                    frame = frame.f_back
                samples += 1
            time.sleep(interval_s)

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    try:
        fn()
    finally:
        done.set()
        thread.join()
    total = max(samples, 1)
    lines = [f"Stack samples of the script thread ({samples}). Project functions, share of samples:"]
    lines += [f"  {n / total:6.0%}  {_where(k)}" for k, n in inclusive.most_common(top)]
    lines.append("Innermost functions:")
    lines += [f"  {n / total:6.0%}  {_where(k)}" for k, n in leaves.most_common(top)]
    return lines
