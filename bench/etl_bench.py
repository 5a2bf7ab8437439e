"""ETL measurements: start-up, throughput and memory by size, parallel speed-up, incremental re-runs."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

from bench.corpus import MB, Corpus, add_document, load_pool, write_corpus
from bench.measure import PYTHON, ROOT, Measurement, median, ratio, run_child
from bench.profiling import profile_etl

RAW_DIR = ROOT / "data" / "raw"
IMPORT_BASELINE = [PYTHON, "-c", "import pandas, pyarrow.parquet"]
# The I/O floor of a throughput run: read and decode every document, nothing else.
READ_BASELINE = (
    "import sys, pathlib, unicodedata\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')):\n"
    "    unicodedata.normalize('NFC', p.read_bytes().decode('utf-8'))\n"
)
DISK_FACTOR = 3.0  # corpus + published dataset (the text again) + its staging copy
STARTUP_TARGET = 1.5
THROUGHPUT_TARGET = 10.0  # MB/s per core
LINEAR_TARGET = 1.25  # CPU s per MB at the largest size over the smallest
RSS_TARGET_MB = 400
RSS_TARGET_SIZE = 500
PARALLEL_TARGET = 1.7
INCREMENTAL_TARGET = 0.05


def etl_cmd(raw: Path, out: Path, *, workers: int = 1, cache: bool = False) -> list[str]:
    cmd = [PYTHON, "-m", "etl", "--quiet", "--raw", str(raw), "--out", str(out), "--workers", str(workers)]
    return cmd if cache else [*cmd, "--no-cache"]


class Corpora:
    """Generated corpora by size in MB, written once per benchmark run under `work`."""

    def __init__(self, work: Path, seed: int = 0):
        self.work, self.seed, self.pool = work, seed, load_pool()
        self._made: dict[int, Corpus] = {}

    def get(self, size_mb: int) -> Corpus:
        if size_mb not in self._made:
            self._made[size_mb] = write_corpus(
                self.work / f"corpus_{size_mb}mb", size_mb * MB, self.seed, self.pool
            )
        return self._made[size_mb]

    def add_document(self, corpus: Corpus, extra: int) -> Path:
        """A new article after the corpus's own (`extra` = 0, 1, …), deterministic like the rest."""
        return add_document(
            Corpus(corpus.directory, corpus.files + extra, corpus.bytes), self.seed, self.pool
        )


def _disk_note(work: Path, size_mb: int) -> str | None:
    free_mb = shutil.disk_usage(work).free / MB
    need_mb = size_mb * DISK_FACTOR
    if free_mb < need_mb:
        return f"{size_mb} MB skipped: {free_mb:.0f} MB free, about {need_mb:.0f} MB needed"
    return None


# --- ETL start-up ----------------------------------------------------------------------------------


def etl_startup(work: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """Whole `python -m etl` on the bundled corpus vs importing pandas and pyarrow, alternated."""
    etl_walls, base_walls, etl_cpu, base_cpu = [], [], [], []
    for i in range(runs + 1):  # the first pair only warms the page cache
        base = run_child(IMPORT_BASELINE, timeout_s=timeout_s)
        etl = run_child(etl_cmd(RAW_DIR, work / "startup_out"), timeout_s=timeout_s)
        if i:
            base_walls.append(base.wall_s)
            etl_walls.append(etl.wall_s)
            base_cpu.append(base.cpu_s)
            etl_cpu.append(etl.cpu_s)
    value, baseline = median(etl_walls), median(base_walls)
    r = ratio(value, baseline)
    m = Measurement(
        "etl_startup",
        "ETL start-up (bundled corpus)",
        value,
        "s",
        baseline,
        "import pandas, pyarrow.parquet",
        r,
        f"≤ {STARTUP_TARGET}×",
        r <= STARTUP_TARGET,
        runs,
        f"CPU {median(etl_cpu):.2f} s vs {median(base_cpu):.2f} s",
    )
    if not m.met:
        m.details = profile_etl(RAW_DIR, work / "startup_profile", timeout_s=timeout_s, imports=True)
    return [m]


# --- ETL throughput --------------------------------------------------------------------------------


def etl_throughput(
    corpora: Corpora, sizes_mb: list[int], runs: int, budget_s: float, timeout_s: float
) -> list[Measurement]:
    """MB/s per core at each size (one worker, CPU time), how time and peak memory grow with size."""
    rows: list[Measurement] = []
    measured: dict[int, tuple[float, float]] = {}  # size -> (CPU s per MB, peak RSS MB)
    cpu_per_mb = None
    for size in sorted(sizes_mb):
        projected = cpu_per_mb * size if cpu_per_mb else None
        skip = _disk_note(corpora.work, size)
        if skip is None and projected is not None and projected > budget_s:
            skip = (
                f"{size} MB skipped: one run would take about {projected / 60:.0f} min at the "
                f"{1 / cpu_per_mb:.2f} MB/s per core measured (budget {budget_s / 60:.0f} min; see --budget)"
            )
        if skip:
            rows.append(Measurement("etl_throughput", f"ETL throughput, {size} MB", None, "MB/s", note=skip))
            continue
        corpus = corpora.get(size)
        n = runs if projected is None or projected * runs <= budget_s / 4 else 1  # big sizes: one run
        floor = run_child([PYTHON, "-c", READ_BASELINE, str(corpus.directory)], timeout_s=timeout_s)
        results = [
            run_child(etl_cmd(corpus.directory, corpora.work / "throughput_out"), timeout_s=timeout_s)
            for _ in range(n)
        ]
        cpu = median([r.cpu_s for r in results])
        wall = median([r.wall_s for r in results])
        rss = max(r.max_rss_mb for r in results)
        cpu_per_mb = cpu / corpus.megabytes
        measured[size] = (cpu_per_mb, rss)
        value = corpus.megabytes / cpu
        m = Measurement(
            "etl_throughput",
            f"ETL throughput, {size} MB ({corpus.files} files)",
            value,
            "MB/s per core",
            corpus.megabytes / floor.cpu_s,
            "read + decode the files",
            ratio(value, corpus.megabytes / floor.cpu_s),
            f"≥ {THROUGHPUT_TARGET:g} MB/s per core",
            value >= THROUGHPUT_TARGET,
            n,
            f"CPU time of one worker; wall {corpus.megabytes / wall:.2f} MB/s, peak RSS {rss:.0f} MB",
        )
        rows.append(m)
    if not measured:
        return rows
    small, large = min(measured), max(measured)
    if large != small:
        r = measured[large][0] / measured[small][0]
        rows.append(
            Measurement(
                "etl_throughput",
                f"ETL time vs size: CPU s/MB at {large} MB",
                measured[large][0],
                "s/MB",
                measured[small][0],
                f"at {small} MB",
                r,
                f"≤ {LINEAR_TARGET}× (linear)",
                r <= LINEAR_TARGET,
                1,
            )
        )
    rss_large = measured[large][1]
    met = rss_large < RSS_TARGET_MB if (large >= RSS_TARGET_SIZE or rss_large >= RSS_TARGET_MB) else None
    rows.append(
        Measurement(
            "etl_throughput",
            f"ETL peak memory at {large} MB",
            rss_large,
            "MB",
            measured[small][1],
            f"at {small} MB",
            ratio(rss_large, measured[small][1]),
            f"flat; < {RSS_TARGET_MB} MB at {RSS_TARGET_SIZE} MB",
            met,
            1,
            "" if met is not None else f"{RSS_TARGET_SIZE} MB not measured in this run",
        )
    )
    if any(m.met is False for m in rows):
        rows[0 if rows[0].value is not None else -1].details = profile_etl(
            corpora.get(min(measured)).directory, corpora.work / "throughput_profile", timeout_s=timeout_s
        )
    return rows


# --- ETL parallel ----------------------------------------------------------------------------------


def different_files(a: Path, b: Path) -> list[str]:
    """Names of the files that are not byte-identical in two dataset directories."""
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    return [
        n for n in names if not ((a / n).is_file() and (b / n).is_file() and filecmp.cmp(a / n, b / n, False))
    ]


def etl_parallel(corpora: Corpora, size_mb: int, runs: int, timeout_s: float) -> list[Measurement]:
    """`--workers 2` vs `--workers 1` on one corpus, alternated; and whether the outputs are identical."""
    corpus = corpora.get(size_mb)
    one, two = corpora.work / "parallel_w1", corpora.work / "parallel_w2"
    w1, w2 = [], []
    for _ in range(runs):
        w1.append(run_child(etl_cmd(corpus.directory, one, workers=1), timeout_s=timeout_s).wall_s)
        w2.append(run_child(etl_cmd(corpus.directory, two, workers=2), timeout_s=timeout_s).wall_s)
    speedup = median(w1) / median(w2)
    differ = different_files(one, two)
    # More than 2× from 2 workers means the other work on the machine changed between the runs.
    plausible = speedup <= 2.0 + 0.05
    return [
        Measurement(
            "etl_parallel",
            f"ETL speed-up, 2 workers, {size_mb} MB",
            speedup,
            "×",
            1.0,
            f"1 worker: {median(w1):.1f} s; 2 workers: {median(w2):.1f} s",
            speedup,
            f"≥ {PARALLEL_TARGET}×",
            speedup >= PARALLEL_TARGET if plausible else None,
            runs,
            "wall time; the 2 cores are shared with other work"
            + (
                ""
                if plausible
                else "; over 2× on 2 cores: the machine's load changed between runs, no verdict"
            ),
        ),
        Measurement(
            "etl_parallel",
            "ETL output, 2 workers vs 1",
            len(differ),
            "files differ",
            target="byte-identical",
            met=not differ,
            runs=runs,
            note=", ".join(differ) or "every file byte-identical",
        ),
    ]


# --- Incremental -----------------------------------------------------------------------------------


def incremental(corpora: Corpora, size_mb: int, runs: int, timeout_s: float) -> list[Measurement]:
    """A full run that fills the cache, then re-runs each after adding one new document."""
    corpus = corpora.get(size_mb)
    base = corpora.work / "incremental"
    shutil.rmtree(base, ignore_errors=True)
    out = base / "processed"  # the cache goes to <out>/../.etl-cache
    full = run_child(etl_cmd(corpus.directory, out, cache=True), timeout_s=timeout_s)
    added, reruns, details = [], [], []
    try:
        for i in range(runs):
            added.append(corpora.add_document(corpus, i))
            reruns.append(run_child(etl_cmd(corpus.directory, out, cache=True), timeout_s=timeout_s).wall_s)
        share = median(reruns) / full.wall_s
        if share > INCREMENTAL_TARGET:  # profile one more re-run, against the same cache
            added.append(corpora.add_document(corpus, runs))
            details = profile_etl(corpus.directory, base, timeout_s=timeout_s, cache=True)
    finally:
        for path in added:
            path.unlink(missing_ok=True)
        shutil.rmtree(base, ignore_errors=True)
    value = median(reruns)
    return [
        Measurement(
            "incremental",
            f"ETL re-run after adding 1 document, {size_mb} MB",
            value,
            "s",
            full.wall_s,
            "full run filling the cache",
            share,
            f"≤ {INCREMENTAL_TARGET:.0%} of the full run",
            share <= INCREMENTAL_TARGET,
            runs,
            f"{share:.1%} of the full run",
            details,
        )
    ]
