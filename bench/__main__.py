"""`python -m bench`: measure the ETL and the dashboard against their baselines; print and save the table."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import signal
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path

from bench import browser_bench, dashboard_bench, etl_bench, runon, visitor_bench
from bench.measure import ROOT, Measurement, run_child
from bench.report import markdown_table, render

BENCHMARKS = (
    "etl_startup",
    "etl_throughput",
    "etl_parallel",
    "incremental",
    "runon",
    "export",
    "page_run",
    "visitor_pages",
    "big_document",
    "first_chart",
    "concurrency",
)
RESULTS = Path(__file__).resolve().parent / "results.md"


def _sizes(text: str) -> list[int]:
    try:
        sizes = sorted({int(s) for s in text.split(",") if s.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected sizes in MB like 10,100,500, got {text!r}") from None
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be whole MB ≥ 1")
    return sizes


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--quick", action="store_true", help="fewer runs, corpora up to 100 MB, parallel on 10 MB")
    p.add_argument(
        "--only", nargs="+", choices=BENCHMARKS, metavar="NAME", help=f"any of {', '.join(BENCHMARKS)}"
    )
    p.add_argument("--runs", type=int, help="runs per median (default: 5; 3 with --quick)")
    p.add_argument(
        "--sizes", type=_sizes, help="generated corpus sizes in MB (default: 10,100,500; quick 10,100)"
    )
    p.add_argument(
        "--budget", type=float, default=900, help="skip a corpus size whose one ETL run would take longer (s)"
    )
    p.add_argument("--timeout", type=float, default=3600, help="stop any one measured command after this (s)")
    p.add_argument(
        "--results", type=Path, default=RESULTS, help="where to write the results (default: bench/results.md)"
    )
    return p


def _context(args, argv: list[str], started: dt.datetime) -> dict[str, str]:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    return {
        "command": "`python -m bench " + " ".join(argv) + "`",
        "date": started.isoformat(timespec="seconds"),
        "commit": (commit.stdout.strip() or "unknown")
        + (" (with uncommitted changes)" if _dirty(args.results) else ""),
        "machine": f"{os.cpu_count()} cores shared with other work, load average {load} at the end; "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}",
    }


def _dirty(results: Path) -> bool:
    """Uncommitted changes other than the results file this run is writing."""
    status = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True)
    own = results.resolve()
    changed = [ROOT / line[3:].strip() for line in status.stdout.splitlines() if line.strip()]
    return any(path.resolve() != own for path in changed)


def _build_dataset(work: Path, timeout_s: float) -> Path:
    """The dashboard's dataset: the bundled corpus through the ETL, into the work directory."""
    out = work / "dataset" / "processed"
    if not out.exists():
        run_child(etl_bench.etl_cmd(etl_bench.RAW_DIR, out), timeout_s=timeout_s)
    return out


def run_benchmarks(args, work: Path, on_done=lambda results: None) -> list[Measurement]:
    names = args.only or BENCHMARKS
    runs = args.runs or (3 if args.quick else 5)
    sizes = args.sizes or ([10, 100] if args.quick else [10, 100, 500])
    big = 10 if args.quick else 100
    corpora = etl_bench.Corpora(work)
    t = args.timeout
    jobs = {
        "etl_startup": lambda: etl_bench.etl_startup(work, runs, t),
        "etl_throughput": lambda: etl_bench.etl_throughput(corpora, sizes, runs, args.budget, t),
        "etl_parallel": lambda: etl_bench.etl_parallel(corpora, big, 1 if big >= 100 else runs, t),
        "incremental": lambda: etl_bench.incremental(corpora, big, min(runs, 3), t),
        "runon": lambda: runon.runon(work / "runon", runs, t),
        "export": lambda: dashboard_bench.export(_build_dataset(work, t), runs, t),
        "page_run": lambda: dashboard_bench.page_run(_build_dataset(work, t), runs, t),
        "visitor_pages": lambda: visitor_bench.visitor_pages(_build_dataset(work, t), runs, t),
        "big_document": lambda: visitor_bench.big_document(_build_dataset(work, t), work, runs, t),
        "first_chart": lambda: browser_bench.first_chart(_build_dataset(work, t), runs, t),
        "concurrency": lambda: browser_bench.concurrency(_build_dataset(work, t), runs, t),
    }
    results: list[Measurement] = []
    for name in BENCHMARKS:
        if name not in names:
            continue
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            results += jobs[name]()
        except Exception as exc:  # one broken measurement must not lose the others
            traceback.print_exc()
            results.append(Measurement(name, name, None, "", note=f"failed: {type(exc).__name__}: {exc}"))
        on_done(results)
    return results


def _exit_on_sigterm(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds, so the temporary corpora are removed


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    args = _parser().parse_args(argv)
    started = dt.datetime.now().astimezone()
    args.results.parent.mkdir(parents=True, exist_ok=True)

    def save(results: list[Measurement]) -> None:  # after each benchmark: a stopped run keeps its results
        args.results.write_text(render(results, _context(args, argv, started)), encoding="utf-8")

    with tempfile.TemporaryDirectory(prefix="langson-bench-") as tmp:
        results = run_benchmarks(args, Path(tmp), save)
    save(results)
    print(markdown_table(results))
    print(f"\nResults written to {args.results}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
