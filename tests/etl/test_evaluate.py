"""The evaluation command (etl/evaluate.py) and the development corpus it scores.

The scores on the corpus are a ratchet: they may rise with better rules, never fall. The held-out
documents were never read while tuning the rules, so a fall there is overfitting showing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from etl.evaluate import DEFAULT_DIR, GoldError, evaluate, load_gold, main, period_span
from etl.readers import read_document

# Floors, measured on this corpus when they were set (python -m etl.evaluate). Raise them when the rules
# improve; lowering one needs a reason in the commit.
# (2026-12-01: tune lowered from (0.99, 0.97): batches Q, S, T, U and V, scored on arrival at 77–93%, joined it;
# held out lowered from (0.95, 0.90): batches W, X, Y and Z, on arrival at 76–89% recall, joined it;
# held out raised to (0.96, 0.90) the next session: measured 97.7% / 92.4% with batches ZC–ZK held out;
# 2026-12-02: held-out recall lowered to 0.89: round U (UQ–UV, 60 documents, 778 gold figures), on arrival at
# 95.2% / 87.1%, joined it and the held-out set measured 96.2% / 89.9%;
# 2026-12-02, later: held-out precision lowered to 0.955 and recall to 0.885: rounds AE-AI (RA-RZ, 26 batches),
# on arrival at 91-96% precision and 85-89% recall, joined it and the held-out set measured 96.0% / 89.5%;
# 2026-12-02, third: tune recall lowered to 0.945: seven held-out documents whose errors were read while writing
# the infographic and "cùng kỳ năm trước" rules joined it, and the tune set measured 98.2% / 94.7%;
# 2026-12-02, fourth: tune recall lowered to 0.94: 62 documents of rounds AV and AW (batches OU-OZ, NA-NF) whose
# errors were read while writing the day's rules joined it, about 92% recall among them (584 of 635), and the
# tune set measured 98.1% / 94.4%, the documents tuned on before at 94.7%;
# 2026-12-03: tune recall lowered to 0.925: 35 documents of round BB (batches ME, MF, MI, MJ and three of MG,
# MH), on arrival at 55-90% recall, and 20 held-out documents whose errors were read while writing the day's
# rules joined it, and the tune set measured 98.0% / 93.4%;
# 2026-12-03, fifth: tune precision lowered to 0.975: the 96 documents of rounds CC and DD (batches MK-MV), on
# arrival at 93.5% and 95.4% precision, joined it after their errors were read, and the tune set measured
# 98.0% / 93.0% -- 97.98% by the counts, under the old floor;
# 2026-12-03, sixth: tune recall lowered to 0.92: the 96 documents of rounds EE and FF (batches MW-MZ, LA-LH),
# on arrival at 83.9% and 81.9% recall, 87.3% and 83.9% after their errors were read, joined it, and the tune set
# measured 97.9% / 92.4%;
# 2026-12-04: tune recall lowered to 0.915: the 48 documents of round GG (batches LI-LN), on arrival at 76.4%
# recall, 79.3% after their errors were read, joined it, and the tune set measured 97.9% / 92.0% -- 91.99% by
# the counts, under the old floor);
# 2026-12-05: raised towards what the corpus measures: the 104 documents of batches AA-AF (written by helpers,
# scored on arrival at 95.7-100% precision and 88.1-95.6% recall, their errors then read) joined the tune set,
# which measured 98.2% / 92.4%, and the held-out set 97.5% / 92.2%)
FLOORS = {"tune": (0.98, 0.92), "heldout": (0.97, 0.92)}  # (precision, recall)


@pytest.mark.parametrize(
    ("code", "span"),
    [
        ("2024", (date(2024, 1, 1), date(2024, 12, 31))),
        ("2024-S1", (date(2024, 1, 1), date(2024, 6, 30))),
        ("2024-S2", (date(2024, 7, 1), date(2024, 12, 31))),
        ("2023-Q4", (date(2023, 10, 1), date(2023, 12, 31))),
        ("2024-M02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2024-01/2024-09", (date(2024, 1, 1), date(2024, 9, 30))),
        ("2021/2025", (date(2021, 1, 1), date(2025, 12, 31))),
        ("@2024-06-30", (date(2024, 6, 30), date(2024, 6, 30))),
        ("2020-10-01/2025-10-15", (date(2020, 10, 1), date(2025, 10, 15))),
    ],
)
def test_period_codes(code, span):
    assert period_span(code) == span


def test_an_unknown_period_code_is_an_error():
    with pytest.raises(GoldError):
        period_span("last spring")


def _write(tmp_path: Path, text: str, gold: str) -> Path:
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc.gold.yaml").write_text(gold, encoding="utf-8")
    return tmp_path


def test_scores_count_each_kind_of_error(tmp_path):
    text = (
        "Kinh tế Lạng Sơn năm 2023\n\n"
        "Năm 2023, GRDP ước tăng 7%. Thu ngân sách năm 2023 đạt 7.800 tỷ đồng.\n\n"
        "Năm 2023, GRDP của cả nước tăng 5,05%.\n\n"
        "Năm 2023, tỉnh xếp thứ 20/63 về chỉ số PCI."
    )
    gold = """
document: doc.txt
split: tune
figures:
  - {indicator: grdp_growth, text: "7%", value: 7, period: "2023", status: estimate}
  - {indicator: budget_revenue, text: "7.800 tỷ đồng", value: 7800, period: "2022", status: actual}
  - {indicator: retail_sales, text: "x", value: 1, period: "2023", status: actual}
nothing:
  - "Năm 2023, GRDP của cả nước tăng 5,05%."
"""
    scores = evaluate(_write(tmp_path, text, gold))
    tune = scores["tune"]
    assert sum(tune.correct.values()) == 1  # the growth rate
    assert tune.errors["wrong_period"] == 1  # the budget, given another year by this gold
    assert tune.errors["missed"] == 1  # retail sales, which the text does not give
    assert tune.errors["false_figure"] == 1  # the PCI rank, which this gold does not list
    assert tune.from_nothing == 0
    assert tune.precision == pytest.approx(1 / 3) and tune.recall == pytest.approx(1 / 3)


def test_a_figure_restated_rounded_is_neither_right_nor_false(tmp_path):
    # a brief rounding the figure the text gives exactly is that figure again; a rounding that misses it by
    # more than its last digit is not
    text = (
        "Bán lẻ 10 tháng năm 2018\n\n"
        "Tính chung 10 tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt gần 17,3 nghìn tỷ "
        "đồng. Cụ thể, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng năm 2018 ước đạt 17.286,4 "
        "tỷ đồng."
    )
    gold = """
document: doc.txt
split: tune
figures:
  - {indicator: retail_sales, text: "17.286,4 tỷ đồng", value: 17286.4, period: "2018-01/2018-10", status: estimate}
"""
    tune = evaluate(_write(tmp_path, text, gold))["tune"]
    assert sum(tune.correct.values()) == 1 and tune.errors["false_figure"] == 0
    assert sum(tune.published.values()) == 1
    far = text.replace("17.286,4 tỷ đồng", "17.186,4 tỷ đồng")
    gold_far = gold.replace("17.286,4", "17.186,4").replace("17286.4", "17186.4")
    tune = evaluate(_write(tmp_path, far, gold_far))["tune"]
    assert tune.errors["false_figure"] == 1


def test_a_figure_from_a_sentence_that_gives_none_is_counted(tmp_path):
    text = "Năm 2023, GRDP tăng 7%."
    gold = 'document: doc.txt\nsplit: heldout\nfigures: []\nnothing:\n  - "Năm 2023, GRDP tăng 7%."\n'
    assert evaluate(_write(tmp_path, text, gold))["heldout"].from_nothing == 1


def test_the_command_prints_both_splits(capsys):
    assert main([str(DEFAULT_DIR)]) == 0
    out = capsys.readouterr().out
    assert "## tune:" in out and "## heldout:" in out


def test_every_gold_file_points_into_its_document():
    golds = sorted(DEFAULT_DIR.rglob("*.gold.yaml"))
    assert len(golds) >= 60
    genres = set()
    for path in golds:
        doc = load_gold(path)
        text = read_document(doc.path).text
        genres.add(doc.genre)
        for figure in (*doc.figures, *doc.derived):
            assert figure.text is None or figure.text in text, (path.name, figure.text)
        for sentence in doc.nothing:
            assert sentence in text, (path.name, sentence)
    assert len(genres) >= 8
    heldout = sum(load_gold(p).split == "heldout" for p in golds)
    assert heldout * 4 >= len(golds) - 4  # about one document in four is held out


@pytest.fixture(scope="module")
def corpus_scores():
    return evaluate(DEFAULT_DIR)


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_the_corpus_scores_do_not_fall(corpus_scores, split):
    score, (precision, recall) = corpus_scores[split], FLOORS[split]
    assert score.precision >= precision and score.recall >= recall, (score.precision, score.recall)


@pytest.mark.parametrize("split", ["tune", "heldout"])
def test_no_figure_comes_from_a_sentence_that_gives_none(corpus_scores, split):
    """National and other provinces' rates, one border gate's turnover, ratios to a plan: never published."""
    assert corpus_scores[split].from_nothing == 0
