"""Derived figures: the earlier period a comparison implies, with the arithmetic written out."""

from datetime import date

import pytest

from etl.catalog import load_catalog
from etl.derive import derive_earlier
from etl.extract import extract_figures

DOC = date(2024, 3, 1)


def derived(sentence):
    [m] = extract_figures(sentence, load_catalog(), DOC)
    return derive_earlier(m)


@pytest.mark.parametrize(
    ("sentence", "value", "period", "rule", "formula"),
    [
        # A rate "cao hơn 1,5%" than a rate: percentage points (domain convention).
        (
            "Tốc độ tăng trưởng kinh tế bình quân (GRDP) giai đoạn 2021-2022 đạt 6,95%, cao hơn 1,5% so với bình quân "
            "giai đoạn 2015-2020.",
            5.45,
            "2015–2020",
            "percentage_point_change",
            "6.95 - 1.5 = 5.45 (read as percentage points)",
        ),
        # A level "cao hơn 29,3%": per cent.
        (
            "Thu nhập bình quân đầu người giai đoạn 2021-2022 đạt 49,26 triệu đồng, cao hơn 29,3% so với giai đoạn "
            "2015-2020…",
            38.1,
            "2015–2020",
            "relative_change",
            "49.26 / (1 + 29.3/100) = 38.1",
        ),
        # A rank that rose 21 places was 21 places further from 1.
        (
            "Năm 2023, chỉ số PCI của tỉnh xếp thứ 15/63, tăng 21 bậc so với năm 2021.",
            36,
            "2021",
            "rank_change",
            "15 + 21 = 36",
        ),
        (
            "Năm 2024, PCI đạt 65,1 điểm, giảm 0,04 điểm so với năm 2023.",
            65.14,
            "2023",
            "absolute_change",
            "65.1 + 0.04 = 65.14",
        ),
        (
            "Năm 2023, thu ngân sách đạt 6.500 tỷ đồng, tăng 15% so với năm 2022.",
            5652,
            "2022",
            "relative_change",
            "6500 / (1 + 15/100) = 5652",
        ),
        (
            "Năm 2023, thu ngân sách đạt 6.500 tỷ đồng, tăng 500 tỷ đồng so với năm 2022.",
            6000,
            "2022",
            "absolute_change",
            "6500 - 500 = 6000",
        ),
        (
            "Kim ngạch xuất nhập khẩu 6 tháng đầu năm 2024 đạt 3 tỷ USD, gấp 1,5 lần so với cùng kỳ.",
            2,
            "H1/2023",
            "ratio",
            "3 / 1.5 = 2",
        ),
    ],
)
def test_derive_earlier(sentence, value, period, rule, formula):
    d = derived(sentence)
    assert d.value == pytest.approx(value)
    assert (d.period.label, d.rule, d.formula) == (period, rule, formula)


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2023, PCI xếp thứ 15/63, tăng 3% so với năm 2022.",  # a rank cannot change by per cent
        "Năm 2023, PCI xếp thứ 5/63, giảm 10 bậc so với năm 2022.",  # would give rank -5
        "Năm 2023, thu ngân sách đạt 6.500 tỷ đồng, tăng 5 triệu USD so với năm 2022.",  # other currency
    ],
)
def test_no_derivation_when_the_arithmetic_makes_no_sense(sentence):
    assert derived(sentence) is None
