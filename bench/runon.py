"""Run-on text (issue 15): a number every few words and no full stop, against ordinary articles.

Such text once cost time quadratic in its length (115 KB 3.5 s, 460 KB 54 s, 920 KB 214 s: ~180× the
cost per MB of ordinary text), because the rules look around each value within its sentence and the
whole text was one sentence. The benchmark reads and extracts both texts at the same size, each in a
child process timing only that work (CPU time, imports excluded), and compares the cost per MB.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.corpus import MB, article_bytes, load_pool
from bench.measure import PYTHON, Measurement, median, ratio, run_child

RUNON_TARGET = 2.0  # run-on text's CPU per MB over ordinary text's
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


# CPU seconds of reading and extracting one file, imports and start-up excluded; then how many figures.
_MEASURE = """
import sys, time
from pathlib import Path
from etl.manifest import infer_source
from etl.pipeline import figure_rows
from etl.readers import read_bytes
path = Path(sys.argv[1])
data = path.read_bytes()
start = time.process_time()
result = read_bytes(data, path.suffix, path.name)
rows = figure_rows(result.text, infer_source(path.name, result.text, result.title, "0" * 64))
print(time.process_time() - start, len(rows))
"""


def _cpu_per_mb(path: Path, timeout_s: float) -> tuple[float, int]:
    out = run_child([PYTHON, "-c", _MEASURE, str(path)], timeout_s=timeout_s).output.split()
    return float(out[-2]) / (path.stat().st_size / MB), int(out[-1])


def runon(work: Path, runs: int, timeout_s: float) -> list[Measurement]:
    """CPU s/MB of the run-on text vs ordinary articles of the same size, alternated, medians."""
    work.mkdir(parents=True, exist_ok=True)
    ordinary, hostile = work / "ordinary.txt", work / "runon.txt"
    ordinary.write_text(ordinary_text(), encoding="utf-8")
    hostile.write_text(runon_text(), encoding="utf-8")
    base, value, figures = [], [], {}
    for _ in range(runs):
        cost, figures["ordinary"] = _cpu_per_mb(ordinary, timeout_s)
        base.append(cost)
        cost, figures["runon"] = _cpu_per_mb(hostile, timeout_s)
        value.append(cost)
    r = ratio(median(value), median(base))
    lo, hi = WORDS_BETWEEN_NUMBERS
    return [
        Measurement(
            "runon",
            f"run-on text, {hostile.stat().st_size / 1024:.0f} KB (a number every {lo}–{hi} words, "
            "no full stop): read + extract",
            median(value),
            "s/MB",
            baseline=median(base),
            baseline_what=f"ordinary articles, {ordinary.stat().st_size / 1024:.0f} KB",
            ratio=r,
            target=f"≤ {RUNON_TARGET:g}× ordinary",
            met=r is not None and r <= RUNON_TARGET,
            runs=runs,
            note=f"CPU time, imports excluded; figures found: run-on {figures['runon']}, "
            f"ordinary {figures['ordinary']}",
        )
    ]
