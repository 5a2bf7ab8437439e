"""Run-on text (issue 15): a number every few words and no full stop, against ordinary articles.

Such text once cost time quadratic in its length (115 KB 3.5 s, 460 KB 54 s, 920 KB 214 s: ~180× the
cost per MB of ordinary text), because the rules look around each value within its sentence and the
whole text was one sentence. The benchmark reads and extracts both texts at the same size, each in a
child process timing only that work (CPU time, imports excluded), and compares the cost per MB.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from bench.corpus import MB, article_bytes, load_pool
from bench.measure import PYTHON, Measurement, median, ratio, run_child

RUNON_TARGET = 2.0  # run-on text's CPU per MB over ordinary text's
LINEAR_TARGET = 1.25  # CPU per MB of a run of figures at SIZE over a quarter of it
SIZE = 600 * 1024  # bytes: the "600 KB run-on text"
WORDS_BETWEEN_NUMBERS = (3, 8)
# Ordinary Vietnamese words of the kind the articles use (none is a number or ends a sentence).
_VOCABULARY = (
    "tỉnh Lạng Sơn kinh tế xã hội phát triển tăng trưởng chỉ số năng lực cạnh tranh cấp tỉnh "
    "thu nhập bình quân đầu người GRDP đạt xếp thứ so với năm trước giai đoạn nhiệm kỳ huyện xã "
    "đơn vị hành chính sắp xếp giảm doanh nghiệp đầu tư ngân sách nhà nước tổng thu trên địa bàn "
    "cửa khẩu hàng hóa xuất nhập khẩu kim ngạch triệu đồng tỷ USD điểm phần trăm toàn quốc hạng "
    "chuyển đổi số chính quyền điện tử cải cách hành chính người dân hộ nghèo tỷ lệ lao động việc làm"
)
_WORDS = tuple(_VOCABULARY.split())
_NUMBERS = (
    lambda r: str(r.randint(1, 999)),
    lambda r: f"{r.randint(1, 99)},{r.randint(0, 99)}",
    lambda r: str(r.randint(2000, 2030)),
    lambda r: f"{r.randint(1, 99)}%",
    lambda r: f"{r.randint(1, 63)}/63",
    lambda r: f"{r.randint(1, 999)}.{r.randint(0, 999):03d}",
    lambda r: f"{r.randint(2010, 2020)}-{r.randint(2021, 2030)}",
)


def runon_text(size_bytes: int = SIZE, seed: int = 15) -> str:
    """A title line, then one line of words with a number every few words and no full stop."""
    rng = random.Random(seed)
    parts, size = [], 0
    while size < size_bytes:
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(*WORDS_BETWEEN_NUMBERS)))
        part = f"{words} {rng.choice(_NUMBERS)(rng)}"
        parts.append(part)
        size += len(part.encode("utf-8")) + 1
    return "Báo cáo không có dấu chấm\n\n" + " ".join(parts) + "\n"


def ordinary_text(size_bytes: int = SIZE, seed: int = 0) -> str:
    """Generated articles (bench.corpus) one after another, as one document of the same size."""
    pool, parts, size, index = load_pool(), [], 0, 0
    while size < size_bytes:
        data = article_bytes(pool, seed, index)
        parts.append(data.decode("utf-8"))
        size += len(data) + 1
        index += 1
    return "\n".join(parts)


def stopless_text(size_bytes: int = SIZE, seed: int = 0) -> str:
    """The ordinary articles with every full stop and line break removed: one run-on sentence of real
    prose, as numerous as ordinary text is in numbers."""
    body = re.sub(r"[.!?…]+(?=\s|$)", "", ordinary_text(size_bytes, seed))
    return "Bài không có dấu chấm\n\n" + " ".join(body.split()) + "\n"


def figure_run_text(size_bytes: int = SIZE, seed: int = 15) -> str:
    """The worst shape for the rules: a figure with its period and comparison every dozen words, no
    full stop (extraction was cubic in its length: 30 KB 1.5 s, 60 KB 11 s, 120 KB 90 s)."""
    rng = random.Random(seed)
    parts, size = [], 0
    while size < size_bytes:
        part = (
            f"chỉ số PCI đạt {rng.randint(50, 75)},{rng.randint(0, 99)} điểm xếp thứ {rng.randint(1, 63)}/63 "
            f"tăng {rng.randint(1, 9)}% so với năm {rng.randint(2000, 2024)}"
        )
        parts.append(part)
        size += len(part.encode("utf-8")) + 1
    return "Chuỗi số liệu\n\n" + " ".join(parts) + "\n"


# CPU seconds of reading and extracting one file, then how many figures. Imports, the catalog and the
# rules' compilation are excluded (a run pays them once for all its documents): the rules first read the
# file's first 20,000 characters, untimed.
_MEASURE = """
import sys, time
from pathlib import Path
from etl.catalog import load_catalog
from etl.manifest import infer_source
from etl.rows import figure_rows
from etl.readers import read_bytes
path = Path(sys.argv[1])
data = path.read_bytes()
catalog = load_catalog()
warm = data.decode("utf-8")[:20000]
figure_rows(warm, infer_source(path.name, warm, None, "0" * 64), catalog)
start = time.process_time()
result = read_bytes(data, path.suffix, path.name)
rows = figure_rows(result.text, infer_source(path.name, result.text, result.title, "0" * 64), catalog)
print(time.process_time() - start, len(rows))
"""


def _cpu_per_mb(path: Path, timeout_s: float) -> tuple[float, int]:
    out = run_child([PYTHON, "-c", _MEASURE, str(path)], timeout_s=timeout_s).output.split()
    return float(out[-2]) / (path.stat().st_size / MB), int(out[-1])


def runon(work: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """CPU s/MB of two run-on texts vs ordinary articles of the same size, alternated, medians."""
    work.mkdir(parents=True, exist_ok=True)
    files = {
        "ordinary": (work / "ordinary.txt", ordinary_text()),
        "runon": (work / "runon.txt", runon_text()),
        "stopless": (work / "stopless.txt", stopless_text()),
    }
    for path, text in files.values():
        path.write_text(text, encoding="utf-8")
    costs: dict[str, list[float]] = {key: [] for key in files}
    figures: dict[str, int] = {}
    for _ in range(runs):
        for key, (path, _text) in files.items():
            cost, figures[key] = _cpu_per_mb(path, timeout_s)
            costs[key].append(cost)
    base = median(costs["ordinary"])
    ordinary_kb = files["ordinary"][0].stat().st_size / 1024
    lo, hi = WORDS_BETWEEN_NUMBERS
    what = {
        "runon": f"a number every {lo}–{hi} words (ordinary words), no full stop",
        "stopless": "the ordinary articles with every full stop and line break removed",
    }
    out = []
    for key in ("runon", "stopless"):
        r = ratio(median(costs[key]), base)
        out.append(
            Measurement(
                "runon",
                f"run-on text, {files[key][0].stat().st_size / 1024:.0f} KB ({what[key]}): read + extract",
                median(costs[key]),
                "s/MB",
                baseline=base,
                baseline_what=f"ordinary articles, {ordinary_kb:.0f} KB",
                ratio=r,
                target=f"≤ {RUNON_TARGET:g}× ordinary",
                met=r is not None and r <= RUNON_TARGET,
                runs=runs,
                note=f"CPU time, after imports and a warm-up; figures found: {figures[key]} "
                f"(ordinary {figures['ordinary']})",
            )
        )
    return out + _linear(work, runs, timeout_s)


def _linear(work: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """A run of figures costs the same per MB at SIZE as at a quarter of it: extraction is linear."""
    small, large = work / "figures-small.txt", work / "figures-large.txt"
    small.write_text(figure_run_text(SIZE // 4), encoding="utf-8")
    large.write_text(figure_run_text(SIZE), encoding="utf-8")
    costs: dict[Path, list[float]] = {small: [], large: []}
    count = 0
    for _ in range(runs):
        for path in costs:
            cost, found = _cpu_per_mb(path, timeout_s)
            costs[path].append(cost)
            count = found if path == large else count
    r = ratio(median(costs[large]), median(costs[small]))
    return [
        Measurement(
            "runon",
            f"run of figures, no full stop ({large.stat().st_size / 1024:.0f} KB): read + extract",
            median(costs[large]),
            "s/MB",
            baseline=median(costs[small]),
            baseline_what=f"the same at {small.stat().st_size / 1024:.0f} KB",
            ratio=r,
            target=f"≤ {LINEAR_TARGET:g}× (linear)",
            met=r is not None and r <= LINEAR_TARGET,
            runs=runs,
            note=f"{count:,} figures: the cost is per figure, not per MB, so it is not compared with "
            "ordinary text",
        )
    ]
