"""Derived figures: the earlier period a comparison implies, with the arithmetic written out."""

from datetime import date

import pytest

from etl.catalog import load_catalog
from etl.derive import derive_earlier
from etl.extract import extract_figures, read_figures
from etl.rows import mention_rows

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
            "2016–2020",  # the term's years: its plan's, 2016-2020
            "percentage_point_change",
            "6.95 - 1.5 = 5.45 (read as percentage points)",
        ),
        # A level "cao hơn 29,3%": per cent.
        (
            "Thu nhập bình quân đầu người giai đoạn 2021-2022 đạt 49,26 triệu đồng, cao hơn 29,3% so với giai đoạn "
            "2015-2020…",
            38.1,
            "2016–2020",
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
        # how much it moved said between the verb and the number
        (
            "Năm 2024, PCI của tỉnh đạt 68,12 điểm, giảm nhẹ 0,05 điểm so với năm 2023.",
            68.17,
            "2023",
            "absolute_change",
            "68.12 + 0.05 = 68.17",
        ),
        # The statistics office's order, the reference first.
        (
            "Tổng mức bán lẻ hàng hóa tháng 4/2024 ước đạt 1.418,5 tỷ đồng, so với cùng kỳ tăng 11,25%.",
            1275.1,
            "04/2023",
            "relative_change",
            "1418.5 / (1 + 11.25/100) = 1275.1",
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
        # a rate's fall in per cent: points or a relative fall, the text does not say
        "Đến cuối năm 2023, tỷ lệ hộ nghèo còn 4,5%, giảm 2,3% so với cuối năm 2022.",
        # a bound's earlier value would only be a bound
        "Năm 2023, kim ngạch xuất nhập khẩu đạt hơn 6 tỷ USD, tăng 20% so với năm 2022.",
        # "tăng 2,1 lần": 2,1 times as much, or 2,1 times more -- writers mean both
        "Năm 2022, tổng doanh thu du lịch đạt 1.498,7 tỷ đồng, tăng 2,1 lần so với năm 2021.",
        # earlier years: which one the text does not say
        "Năm 2021, PCI của tỉnh xếp thứ 36/63, tăng 13 bậc so với các năm trước.",
    ],
)
def test_no_derivation_when_the_arithmetic_makes_no_sense(sentence):
    assert derived(sentence) is None


def test_a_reference_carried_to_a_bare_change_is_said_in_the_formula():
    text = "Năm 2023, thu ngân sách đạt 7.000 tỷ đồng, tăng 6% so với năm 2022; trong đó thu nội địa 3.000 tỷ đồng, tăng 10%."
    catalog = load_catalog()
    rows = [r for m in read_figures(text, catalog, DOC).mentions for r in mention_rows(m, "t", text, catalog)]
    [part] = [r for r in rows if r["basis"] == "derived" and r["indicator_id"] == "budget_revenue_domestic"]
    assert (
        part["derivation"]
        == "3000 / (1 + 10/100) = 2727 (against what «tăng 6% so với năm 2022» compared with)"
    )


def derived_rows(text: str, published: date = DOC) -> list[tuple[str, float, str, str]]:
    """The derived rows the ETL writes for `text`: (indicator, value, period label, the comparison)."""
    catalog = load_catalog()
    rows = [
        row
        for m in read_figures(text, catalog, published).mentions
        for row in mention_rows(m, "t", text, catalog)
    ]
    return [
        (r["indicator_id"], r["value"], r["period_label"], r["value_text"])
        for r in rows
        if r["basis"] == "derived"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two comparisons of one value: the month before gives nothing, the same month a year ago does
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 02/2019 ước đạt 1.842,6 tỷ đồng, tăng "
            "3,9% so với tháng trước và tăng 11,2% so với cùng kỳ năm trước.",
            [("retail_sales", 1657.0, "02/2018", "tăng 11,2% so với cùng kỳ năm trước")],
        ),
        (  # two earlier periods named: one figure each (as many significant digits as "17.900" has)
            "Năm 2023, vốn đầu tư phát triển toàn xã hội đạt 17.900 tỷ đồng, tăng 9% so với năm 2022, gấp 1,6 "
            "lần năm 2019.",
            [
                ("total_investment", 16422.0, "2022", "tăng 9% so với năm 2022"),
                ("total_investment", 11188.0, "2019", "gấp 1,6 lần năm 2019"),
            ],
        ),
        (  # "năm trước" is the year before the figure's, whatever year the document is dated
            "Năm 2022, PAPI của Lạng Sơn xếp thứ 13/63, giảm 9 bậc so với năm trước.",
            [("papi_rank", 4.0, "2021", "giảm 9 bậc so với năm trước")],
        ),
        (  # a stock against the stock at the end of the year named
            "Đến cuối năm 2024, tỷ lệ hộ nghèo của tỉnh Lạng Sơn còn 3,36%, giảm 2,18 điểm phần trăm so với cuối "
            "năm 2023.",
            [("poverty_rate", 5.54, "31/12/2023", "giảm 2,18 điểm phần trăm so với cuối năm 2023")],
        ),
        (  # the headline's rank is kept; the body's restatement still says where it came from
            "Lạng Sơn vươn lên thứ 4 về chuyển đổi số năm 2023\n\nNăm 2023, DTI của Lạng Sơn đạt 0,6913 điểm. "
            "Tỉnh xếp thứ 4/63 tỉnh, thành phố, tăng 2 bậc so với năm 2022.",
            [("digital_transformation_rank", 6.0, "2022", "tăng 2 bậc so với năm 2022")],
        ),
        (  # a dash opens an aside: the nation in it is not what the rank is compared with
            "Năm 2024, PGI của Lạng Sơn xếp thứ 12/63, tăng 40 bậc so với năm 2023 - mức tăng lớn nhất cả nước.",
            [("pgi_rank", 52.0, "2023", "tăng 40 bậc so với năm 2023")],
        ),
        (  # the parts' bare changes after the whole's comparison are against the same period
            "Năm 2023, kim ngạch xuất nhập khẩu đạt 4,8 tỷ USD, tăng 12% so với năm 2022; trong đó xuất khẩu "
            "2,6 tỷ USD, tăng 20%; nhập khẩu 2,2 tỷ USD, giảm 4%.",
            [
                ("trade_turnover", 4.3, "2022", "tăng 12% so với năm 2022"),
                ("export_turnover", 2.2, "2022", "tăng 20%"),
                ("import_turnover", 2.3, "2022", "giảm 4%"),
            ],
        ),
        (  # … and in a sentence opening on "Trong đó" after it
            "Thu ngân sách 6 tháng năm 2024 ước đạt 3.900 tỷ đồng, tăng 8% so với cùng kỳ. Trong đó, thu nội địa "
            "1.700 tỷ đồng, tăng 15%.",
            [
                ("budget_revenue", 3611.0, "H1/2023", "tăng 8% so với cùng kỳ"),
                ("budget_revenue_domestic", 1478.0, "H1/2023", "tăng 15%"),
            ],
        ),
        (  # a sentence that compares nothing ends the reference; a new subject after ";" is no part
            "Kim ngạch xuất nhập khẩu năm 2023 đạt 5 tỷ USD, tăng 20% so với năm 2022. Thu ngân sách năm 2023 đạt "
            "9.000 tỷ đồng, bằng 105% dự toán. Trong đó, thu nội địa 3.500 tỷ đồng, tăng 9%. Năm 2023, thu ngân "
            "sách đạt 9.000 tỷ đồng, tăng 8% so với năm 2022, trong đó thu nội địa 3.500 tỷ đồng; chi ngân sách "
            "địa phương 12.000 tỷ đồng, giảm 3%.",
            [
                ("trade_turnover", 4.0, "2022", "tăng 20% so với năm 2022"),
                ("budget_revenue", 8333.0, "2022", "tăng 8% so với năm 2022"),
            ],
        ),
        (  # a new subject's bare change, an approximate one, or one after a plan: no reference written
            "Năm 2023, thu ngân sách đạt 7.000 tỷ đồng, tăng 6% so với năm 2022. Tổng mức bán lẻ đạt 19.000 tỷ "
            "đồng, tăng 9%. Trong đó, thu nội địa 3.000 tỷ đồng, giảm gần 5%. Kim ngạch xuất khẩu đạt 2,1 tỷ USD, "
            "bằng 105% kế hoạch; trong đó xuất khẩu hàng địa phương 150 triệu USD, tăng 7%.",
            [("budget_revenue", 6604.0, "2022", "tăng 6% so với năm 2022")],
        ),
    ],
)
def test_each_comparison_defines_its_earlier_figure(text, expected):
    got = derived_rows(text, date(2025, 1, 15))
    assert [(i, pytest.approx(v), p, c) for i, v, p, c in expected] == got


@pytest.mark.parametrize(
    ("earlier_stated", "expected", "reviewed"),
    [
        # the earlier value derived and stated alike: the stated one alone
        ("60,24", [("pci_score", 62.09, "2021", "reported"), ("pci_score", 60.24, "2020", "reported")], []),
        # stated otherwise: the text says the value itself; the change at odds with it goes to the review list,
        # never a second figure for the period
        (
            "60,5",
            [("pci_score", 62.09, "2021", "reported"), ("pci_score", 60.5, "2020", "reported")],
            [("pci_score", 60.24, "contradicts_stated")],
        ),
    ],
)
def test_a_derived_value_the_text_also_states_is_published_once(tmp_path, earlier_stated, expected, reviewed):
    from etl.evaluate import document_rows_of

    path = tmp_path / "pci-2021.txt"
    path.write_text(
        "PCI 2021 của Lạng Sơn\nNgày 20/4/2022\n\nNăm 2021, PCI của tỉnh Lạng Sơn đạt 62,09 điểm, tăng 1,85 điểm so "
        f"với năm 2020. Năm 2020, PCI của tỉnh đạt {earlier_stated} điểm.\n",
        encoding="utf-8",
    )
    rows, held = document_rows_of(path)
    got = [(r["indicator_id"], r["value"], r["period_label"], r["basis"]) for r in rows]
    assert got == [(i, pytest.approx(v), p, b) for i, v, p, b in expected]
    contradictions = [
        (h["indicator_id"], h["value"], h["reason"]) for h in held if h["reason"] == "contradicts_stated"
    ]
    assert contradictions == [(i, pytest.approx(v), r) for i, v, r in reviewed]
    assert all("60,5" in h["detail"] for h in held if h["reason"] == "contradicts_stated")


def test_a_relative_change_rounded_is_no_contradiction(tmp_path):
    # (8% of 7.420 leaves 6.870 or 6.871 by the rounding of the 8%: the stated earlier level stands alone)
    from etl.evaluate import document_rows_of

    path = tmp_path / "thu-ngan-sach-2023.txt"
    path.write_text(
        "Thu ngân sách năm 2023\nNgày 10/1/2024\n\nNăm 2023, tổng thu ngân sách trên địa bàn tỉnh đạt 7.420 tỷ đồng, "
        "tăng 8% so với năm 2022. Năm 2022, tổng thu ngân sách trên địa bàn đạt 6.875 tỷ đồng.\n",
        encoding="utf-8",
    )
    rows, held = document_rows_of(path)
    assert [(r["value"], r["basis"]) for r in rows] == [(7420, "reported"), (6875, "reported")]
    assert not [h for h in held if h["reason"] == "contradicts_stated"]


def test_a_quotient_is_rounded_to_the_place_of_the_value_it_divides():
    catalog = load_catalog()
    text = "Trong quý I/2020, tỉnh Lạng Sơn có 98 doanh nghiệp thành lập mới, giảm 9,3% so với cùng kỳ."
    (figure,) = extract_figures(text, catalog, date(2020, 5, 7))
    derived = derive_earlier(figure, catalog)
    # 98 / 0,907 = 108,05: to the unit, as 98 is written -- not two significant digits' 110
    assert derived.value == 108


@pytest.mark.parametrize(
    "text, doc_date, earlier",
    [
        # the same month named by its kind, the month before beside it (which derives nothing)
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng của tỉnh Lạng Sơn tháng 9/2021 ước đạt 1.426,8 "
            "tỷ đồng, giảm 9,6% so với cùng tháng năm 2020.",
            date(2021, 10, 7),
            (1578.3, "09/2020"),
        ),
        # "gấp N lần" a month named without "so với"
        (
            "Tháng 1/2024, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh Lạng Sơn ước đạt 4,92 tỷ USD, gấp 2,6 "
            "lần tháng 1/2023.",
            date(2024, 2, 6),
            (1.89, "01/2023"),
        ),
        # (guard: the month before, named so, derives nothing)
        (
            "Tháng 1/2024, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh Lạng Sơn ước đạt 4,92 tỷ USD, gấp 1,2 "
            "lần tháng 12/2023.",
            date(2024, 2, 6),
            None,
        ),
    ],
)
def test_a_month_a_year_before_named_in_other_words_derives_it(text, doc_date, earlier):
    catalog = load_catalog()
    (figure,) = extract_figures(text, catalog, doc_date)
    derived = derive_earlier(figure, catalog)
    assert (derived and (pytest.approx(derived.value), derived.period.label)) == earlier
