"""The benchmark runs end to end on tiny inputs, and its parts do what they say. No timing assertions."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.corpus import MB, article_bytes, load_pool, vary_sentence, write_corpus
from bench.etl_bench import different_files
from bench.measure import ChildFailed, Measurement, percentile, run_child
from bench.report import markdown_table, render
from etl.catalog import load_catalog
from etl.extract import extract_figures

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pool():
    return load_pool()


def test_quick_run_prints_the_table_and_writes_the_results(tmp_path):
    results = tmp_path / "results.md"
    cmd = [sys.executable, "-m", "bench", "--quick", "--only", "etl_startup", "etl_throughput"]
    cmd += ["--sizes", "1", "--runs", "1", "--results", str(results)]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr
    assert "| measurement | median | baseline (same run) |" in done.stdout
    for what in ("ETL start-up (bundled corpus)", "ETL throughput, 1 MB", "ETL peak memory at 1 MB"):
        assert what in done.stdout
    written = results.read_text(encoding="utf-8")
    assert "2 cores shared with other work" in written
    rows = [line for line in written.splitlines() if line.startswith("| ETL")]
    assert len(rows) == 3
    assert all(re.search(r"\| (met|\*\*missed\*\*|not measured) \|", row) for row in rows)
    assert not (REPO / "bench" / "gen_0000000.txt").exists()  # the corpus went to a temporary directory


def test_articles_are_deterministic_and_differ_by_index(pool):
    assert article_bytes(pool, 0, 7) == article_bytes(pool, 0, 7)
    assert article_bytes(pool, 0, 7) != article_bytes(pool, 0, 8)
    assert article_bytes(pool, 0, 7) != article_bytes(pool, 1, 7)


def test_a_corpus_reaches_its_size_and_lists_nothing_in_its_manifest(tmp_path, pool):
    corpus = write_corpus(tmp_path / "c", MB // 10, seed=3, pool=pool)
    files = sorted(corpus.directory.glob("gen_*.txt"))
    assert len(files) == corpus.files > 10
    assert corpus.bytes == sum(f.stat().st_size for f in files) >= MB // 10
    assert (corpus.directory / "manifest.yaml").read_text() == "documents: []\n"


def test_generated_articles_carry_figures_the_etl_finds(pool):
    catalog = load_catalog()
    found = [extract_figures(article_bytes(pool, 0, i).decode(), catalog, None, False) for i in range(20)]
    assert sum(len(mentions) for mentions in found) >= 20
    assert len({m.indicator_id for mentions in found for m in mentions}) >= 3


@pytest.mark.parametrize(
    ("sentence", "check"),
    [
        (
            "Năm 2022, chỉ số PCI của tỉnh xếp thứ 15/63.",
            lambda s: 1 <= int(re.search(r"(\d+)/63", s)[1]) <= 63,
        ),
        (
            "Tăng trưởng GRDP đạt 6,95%, cao hơn bình quân.",
            lambda s: float(re.search(r"(\d+,\d+)%", s)[1].replace(",", ".")) < 100,
        ),
        ("Gần 65.000 đảng viên tham dự.", lambda s: re.search(r"\d{2,3}\.\d{3} đảng viên", s)),
        ("Nhiệm kỳ 2020-2025 khép lại.", lambda s: re.search(r"Nhiệm kỳ (\d{4})-(\d{4})", s)[1] == "2017"),
    ],
)
def test_varied_sentences_stay_plausible(sentence, check):
    for seed in range(30):
        assert check(vary_sentence(sentence, random.Random(seed), year_shift=-3))


@pytest.mark.parametrize(
    ("values", "pct", "expected"),
    [([3, 1, 2], 50, 2), (list(range(1, 21)), 95, 19), (list(range(1, 21)), 100, 20), ([5], 95, 5)],
)
def test_percentile_is_nearest_rank(values, pct, expected):
    assert percentile(values, pct) == expected


def test_different_files_names_what_differs(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    for d in (a, b):
        (d / "same.parquet").write_bytes(b"x")
    (a / "changed.json").write_text("1")
    (b / "changed.json").write_text("2")
    (a / "only_a.txt").write_text("")
    assert different_files(a, b) == ["changed.json", "only_a.txt"]


def test_a_failing_child_is_reported_with_its_output():
    with pytest.raises(ChildFailed, match="boom"):
        run_child([sys.executable, "-c", "import sys; print('boom'); sys.exit(3)"], timeout_s=60)
    assert run_child([sys.executable, "-c", "pass"], timeout_s=60).returncode == 0


def test_misses_are_listed_with_their_profile():
    rows = [
        Measurement("etl_startup", "ETL start-up", 2.0, "s", 1.0, "import", 2.0, "≤ 1.5×", False, 3),
        Measurement("export", "PNG export", 0.1, "s", 5.0, "first", 0.02, "≤ 0.3 s", True, 3),
    ]
    rows[0].details = ["cProfile, 2.00 s in all."]
    text = render(rows, {"machine": "2 cores"})
    assert markdown_table(rows) in text
    assert "### etl_startup" in text and "cProfile, 2.00 s in all." in text
    assert "### export" not in text


class _FakePage:
    """Stands in for an AppTest: each run takes `seconds`, and nothing fails."""

    def __init__(self, seconds: float):
        self.seconds, self.exception, self.error = seconds, [], []

    def run(self) -> None:
        time.sleep(self.seconds)


def test_a_page_run_counts_as_during_only_inside_one_and_the_same_task():
    from bench.visitor_bench import _Background, _during

    with _Background(lambda: time.sleep(2)) as long_task:
        during = _during(_FakePage(0.01), long_task, 3)
        assert long_task.in_flight is None  # paused: the task in flight was waited for
    assert len(during) == 3 and all(t >= 10 for t in during)  # ms
    with _Background(lambda: time.sleep(0.001)) as short_task:
        # Every run outlasts the task it started beside: none of them was made during one task.
        assert _during(_FakePage(0.2), short_task, 1) == []
    assert short_task.done > 1


def test_the_big_document_dataset_adds_its_figures_and_passes_the_checks(tmp_path):
    from bench.big_document import BIG, with_big_document
    from etl.dataset import read_dataset
    from etl.publish import write_dataset
    from tests.sample_dataset import sample_tables

    tables = sample_tables()
    out = write_dataset(with_big_document(tables, 300), tmp_path / "processed", {"source": "test"})
    data = read_dataset(out)  # the dashboard's loader checks the tables again
    assert len(data.figures) == len(tables["figures"]) + 300
    assert (data.figures["source_id"] == BIG).sum() == 300
    big = data.figures.loc[data.figures["source_id"] == BIG].iloc[7]
    text = data.documents.set_index("source_id").loc[BIG, "text"]
    assert text[big["char_start"] : big["char_end"]] == big["quote"]
    assert text[big["mention_start"] : big["mention_end"]] == big["value_text"] == "8 đơn vị"
