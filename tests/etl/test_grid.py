"""Tables written as text (etl/grid.py): each figure cell read as the sentence its row and column make."""

from datetime import date

import pytest

from etl.catalog import load_catalog
from etl.extract import read_figures
from etl.grid import MAX_CELLS, read_tables

PLAN_TABLE = (
    "Kế hoạch phát triển kinh tế - xã hội năm 2025\n\n"
    "STT | Chỉ tiêu | Đơn vị tính | TH năm 2023 | Ước TH năm 2024 | KH năm 2025 | 2024 so với 2023 (%)\n"
    "1 | Tốc độ tăng trưởng GRDP | % | 4,27 | 6,01 | 8 | -\n"
    "2 | Tổng thu NSNN trên địa bàn | Tỷ đồng | 7.258 | 9.806 | 10.350 | 135,1\n"
    "3 | Huyện Hữu Lũng thu ngân sách | Tỷ đồng | 160 | 172 | 180 | 107,5\n"
    "4 | Tỷ lệ hộ nghèo | % | 8,21 | 5,55 | 3,5 | -\n"
    "5 | Tỷ lệ hộ nghèo giảm trong năm | % | 2,55 | 2,66 | 2,05 | -\n"
)

MONTH_TABLE = (
    "Tình hình kinh tế - xã hội tháng 9 năm 2024\n\n"
    "Chỉ tiêu | Đơn vị tính | Ước tính tháng 9/2024 | Cộng dồn 9 tháng năm 2024 | 9 tháng so với cùng kỳ (%)\n"
    "Khách du lịch | Lượt | 295.000 | 3.260.000 | 111,8\n"
    "Thu ngân sách nhà nước trên địa bàn | Tỷ đồng | 790,2 | 7.368,2 | 118,9\n"
)


def figures(text, doc_date):
    reading = read_figures(text, load_catalog(), doc_date)
    return [(m.indicator_id, m.value, m.period.label, m.status) for m in reading.mentions], reading


def test_a_plan_table_gives_each_cell_its_columns_period_and_status():
    got, reading = figures(PLAN_TABLE, date(2024, 12, 10))
    assert got == [
        ("grdp_growth", 4.27, "2023", "actual"),
        ("grdp_growth", 6.01, "2024", "estimate"),
        ("grdp_growth", 8.0, "2025", "target"),
        ("budget_revenue", 7258.0, "2023", "actual"),
        ("budget_revenue", 9806.0, "2024", "estimate"),
        ("budget_revenue", 10350.0, "2025", "target"),
        ("poverty_rate", 8.21, "31/12/2023", "actual"),
        ("poverty_rate", 5.55, "31/12/2024", "estimate"),
        ("poverty_rate", 3.5, "31/12/2025", "target"),
    ]
    # a district's row is another place's, held with its cells; the comparison column gives nothing
    held = [(h.reason, h.value_text) for h in reading.held]
    assert [v for r, v in held if r == "other_place"] == ["160", "172", "180"]
    assert "135,1" not in {h.value_text for h in reading.held} | {m.value_text for m in reading.mentions}


def test_a_cell_is_quoted_with_its_header_and_points_at_its_own_text():
    _, reading = figures(PLAN_TABLE, date(2024, 12, 10))
    for m in reading.mentions:
        assert PLAN_TABLE[m.start : m.end] == m.value_text
        quote = PLAN_TABLE[m.sentence_start : m.sentence_end]
        assert quote.startswith("STT | Chỉ tiêu") and m.value_text in quote.splitlines()[-1]
        assert m.period_source == "table_column"


def test_a_monthly_report_table_tells_a_month_from_a_running_total():
    got, _ = figures(MONTH_TABLE, date(2024, 9, 28))
    assert got == [
        ("tourists", 295000.0, "09/2024", "estimate"),
        ("tourists", 3260000.0, "01–09/2024", "estimate"),
        ("budget_revenue", 790.2, "09/2024", "estimate"),
        ("budget_revenue", 7368.2, "01–09/2024", "estimate"),
    ]


def test_a_unit_in_the_rows_name_and_abbreviated_headers():
    text = "Nội dung | Năm 2023 | KH năm 2024\nTổng thu NSNN trên địa bàn (tỷ đồng) | 7.258 | 8.250\n"
    got, _ = figures(text, date(2024, 1, 15))
    assert got == [("budget_revenue", 7258.0, "2023", "actual"), ("budget_revenue", 8250.0, "2024", "target")]


@pytest.mark.parametrize(
    "caption",
    ["Một số chỉ tiêu thu, chi ngân sách (đơn vị: tỷ đồng):", "Đơn vị tính: Tỷ đồng", "ĐVT: tỷ đồng"],
)
def test_a_unit_in_the_tables_caption(caption):
    text = (
        f"{caption}\n"
        "Chỉ tiêu | Ước thực hiện quý III/2023 | Ước thực hiện 9 tháng năm 2023 | So với cùng kỳ (%)\n"
        "Tổng thu ngân sách nhà nước trên địa bàn | 2.013,5 | 5.846,2 | 106,8\n"
        "- Thu nội địa | 968,2 | 2.731,4 | 97,6\n"
    )
    got, _ = figures(text, date(2023, 9, 29))
    assert got == [
        ("budget_revenue", 2013.5, "Q3/2023", "estimate"),
        ("budget_revenue", 5846.2, "01–09/2023", "estimate"),
        ("budget_revenue_domestic", 968.2, "Q3/2023", "estimate"),
        ("budget_revenue_domestic", 2731.4, "01–09/2023", "estimate"),
    ]


def test_a_unit_in_a_long_paragraph_before_a_table_is_not_its_caption():
    prose = "Trong kỳ, thu ngân sách tăng khá (đơn vị: tỷ đồng)" + ", nhờ thu thuế xuất nhập khẩu" * 12 + "."
    text = f"{prose}\nChỉ tiêu | Ước thực hiện năm 2023 | Kế hoạch năm 2024\nTổng thu ngân sách | 9.100 | 9.500\n"
    got, reading = figures(text, date(2023, 12, 20))
    assert got == [] and {h.value_text for h in reading.held} >= {"9.100", "9.500"}


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (  # "Cơ cấu (%)" is a share, not a comparison; the caption (a blank line above) gives the period and
            # status to columns that name none; the sectors' growth is not read
            "Cơ cấu và tốc độ tăng GRDP năm 2019 (ước tính)\n\n"
            "Khu vực kinh tế | Cơ cấu (%) | Tốc độ tăng (%)\n"
            "Nông, lâm nghiệp và thủy sản | 21,6 | 3,12\n"
            "Dịch vụ | 49,5 | 8,05\n",
            date(2019, 12, 27),
            [
                ("grdp_share_agriculture", 21.6, "2019", "estimate"),
                ("grdp_share_services", 49.5, "2019", "estimate"),
            ],
        ),
        (  # a column that says its own period and status keeps them whatever the caption says
            "Một số chỉ tiêu so với kế hoạch năm 2017:\n\n"
            "Chỉ tiêu | Đơn vị | Kế hoạch năm 2017 | Ước thực hiện 9 tháng | So với kế hoạch (%)\n"
            "Thu ngân sách nhà nước trên địa bàn | Tỷ đồng | 5.100 | 4.108,6 | 80,6\n",
            date(2017, 9, 29),
            [
                ("budget_revenue", 5100.0, "2017", "target"),
                ("budget_revenue", 4108.6, "01–09/2017", "estimate"),
            ],
        ),
        (  # a row's own unit wins over the caption's
            "Đơn vị tính: tỷ đồng\n"
            "Chỉ tiêu | Ước thực hiện năm 2023 | Kế hoạch năm 2024\n"
            "Tổng thu ngân sách nhà nước trên địa bàn | 9.100 | 9.500\n"
            "Tốc độ tăng trưởng GRDP (%) | 6,2 | 7,5\n",
            date(2023, 12, 20),
            [
                ("budget_revenue", 9100.0, "2023", "estimate"),
                ("budget_revenue", 9500.0, "2024", "target"),
                ("grdp_growth", 6.2, "2023", "estimate"),
                ("grdp_growth", 7.5, "2024", "target"),
            ],
        ),
        (  # a series table: whose growth "Tăng trưởng (%)" is, the header does not say; a running total is no
            # figure of the row's month
            "Tháng | Thu ngân sách (tỷ đồng) | Tăng trưởng (%) | Kim ngạch lũy kế từ đầu năm (triệu USD)\n"
            "Tháng 7/2019 | 600 | 5,2 | 2.150\n"
            "Tháng 8/2019 | 620 | 6,1 | 2.507\n",
            date(2019, 9, 10),
            [("budget_revenue", 600.0, "07/2019", "actual"), ("budget_revenue", 620.0, "08/2019", "actual")],
        ),
    ],
)
def test_what_a_tables_caption_and_headers_tell(text, doc_date, expected):
    got, _ = figures(text, doc_date)
    assert got == expected


def test_a_line_of_prose_before_a_table_is_no_caption():
    text = (
        "Năm 2019, kinh tế tỉnh tiếp tục tăng trưởng, cao hơn năm 2018.\n\n"
        "Chỉ tiêu | Đơn vị | Giá trị\n"
        "Tổng thu ngân sách nhà nước trên địa bàn | Tỷ đồng | 7.785,4\n"
    )
    got, reading = figures(text, date(2019, 12, 27))
    assert got == [] and [(h.reason, h.value_text) for h in reading.held] == [("no_period", "7.785,4")]


def test_a_series_table_reads_each_row_as_a_period():
    # "Tháng | Kim ngạch (triệu USD) | So với cùng kỳ (%)": each row a period, each column what it measures
    text = (
        "Tháng | Kim ngạch (triệu USD) | So với cùng kỳ (%)\n"
        "Tháng 7/2019 | 338 | 91,2\n"
        "Tháng 8/2019 | 357 | 96,5\n"
        "\n"
        "Năm | Tốc độ tăng trưởng GRDP (%) | Thu ngân sách trên địa bàn (tỷ đồng) | So với năm trước (%)\n"
        "2019 | 7,1 | 6.210 | 108,2\n"
        "Cộng | - | 12.860,5 | -\n"
    )
    got, reading = figures(text, date(2020, 1, 10))
    assert got == [
        ("trade_turnover", 0.338, "07/2019", "actual"),
        ("trade_turnover", 0.357, "08/2019", "actual"),
        ("grdp_growth", 7.1, "2019", "actual"),
        ("budget_revenue", 6210.0, "2019", "actual"),
    ]
    # a row that is no period is held for review; the comparison columns give nothing
    assert [(h.reason, h.value_text) for h in reading.held] == [("no_period", "12.860,5")]


def test_a_count_row_is_read_with_its_noun():
    # "Số xã đạt chuẩn …, Thực hiện năm 2017: 42 xã" would put a year between the count's name and its number
    text = (
        "Chỉ tiêu | Đơn vị tính | Thực hiện năm 2017 | Kế hoạch năm 2019\n"
        "Số xã đạt chuẩn nông thôn mới (lũy kế) | Xã | 42 | 63\n"
    )
    got, _ = figures(text, date(2018, 12, 10))
    assert got == [
        ("new_rural_communes", 42.0, "31/12/2017", "actual"),
        ("new_rural_communes", 63.0, "31/12/2019", "target"),
    ]


def test_a_row_naming_what_its_unit_counts_is_read_as_prose_writes_it():
    # "Doanh nghiệp đăng ký thành lập mới | Doanh nghiệp | 41": "41 doanh nghiệp đăng ký thành lập mới"
    text = (
        "Chỉ tiêu | Đơn vị tính | Thực hiện tháng 8/2024 | Ước tính tháng 9/2024 | Ước tính 9 tháng năm 2024\n"
        "Doanh nghiệp đăng ký thành lập mới | Doanh nghiệp | 41 | 38 | 352\n"
    )
    got, _ = figures(text, date(2024, 9, 28))
    assert got == [
        ("new_enterprises", 41.0, "08/2024", "actual"),
        ("new_enterprises", 38.0, "09/2024", "estimate"),
        ("new_enterprises", 352.0, "01–09/2024", "estimate"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no column says what the rows are: not read as a table
        "Cửa khẩu | Số xe | Tỷ lệ\nHữu Nghị | 520 | 43%\nTân Thanh | 310 | 26%\n",
        # a row whose cells do not line up with the header is skipped, never shifted
        "Chỉ tiêu | Đơn vị tính | Năm 2023\nTổng thu ngân sách nhà nước trên địa bàn | Tỷ đồng | 7.258 | 9.806\n",
    ],
)
def test_what_is_not_read_as_a_table_figure(text):
    got, _ = figures(text, date(2024, 1, 15))
    assert got == []


def test_the_sentence_reader_leaves_only_the_rows_read_to_the_table_reader():
    _cells, lines = read_tables(PLAN_TABLE, load_catalog())
    starts = [i for i, c in enumerate(PLAN_TABLE) if i == 0 or PLAN_TABLE[i - 1] == "\n"]
    rows = {s: PLAN_TABLE[s : PLAN_TABLE.find("\n", s)] for s in starts}
    # every row but the one of changes ("giảm trong năm"), which is not read as levels
    assert lines == {s for s, row in rows.items() if " | " in row and "giảm" not in row}
    # a row that does not line up, and a table that names no rows, stay the sentence reader's
    odd = "Chỉ tiêu | Đơn vị tính | Năm 2023\nThu ngân sách năm 2023 | đạt | 7.258 tỷ đồng | cao nhất\n"
    assert read_tables(odd, load_catalog())[1] == set()
    assert read_tables("Cửa khẩu | Số xe | Tỷ lệ\nHữu Nghị | 520 | 43%\n", load_catalog())[1] == set()


def test_a_road_map_under_a_plans_heading_plans_its_cells_and_reads_its_rank_row():
    text = (
        "Kế hoạch nâng cao năng lực cạnh tranh cấp tỉnh\n\nII. MỤC TIÊU\n\n3. Lộ trình từng năm:\n\n"
        "Chỉ tiêu | Năm 2022 | Năm 2023\n"
        "Thứ hạng PCI (trên 63 tỉnh, thành phố) | 36 | 31\n"
        "PAR Index (%) | 85,9 | 86,6\n"
    )
    got, _ = figures(text, date(2021, 9, 1))
    assert got == [
        ("pci_rank", 36.0, "2022", "target"),
        ("pci_rank", 31.0, "2023", "target"),
        ("par_index_score", 85.9, "2022", "target"),
        ("par_index_score", 86.6, "2023", "target"),
    ]


def test_a_lists_items_take_the_line_they_hang_from():
    text = (
        "Kế hoạch cải thiện chỉ số năm 2021\n\n2. Chỉ tiêu cụ thể đến năm 2025:\n- PAPI đạt từ 45 điểm trở lên;"
        "\n\nĐiều 2. Dự toán ngân sách năm 2022\n\n1. Tổng thu ngân sách nhà nước trên địa bàn, gồm:\n"
        "a) Thu nội địa: 3.600 tỷ đồng;"
    )
    got, _ = figures(text, date(2021, 9, 1))
    assert got == [
        ("papi_score", 45.0, "2025", "target"),
        ("budget_revenue_domestic", 3600.0, "2022", "target"),
    ]


def test_numbered_items_take_their_lead_in_but_not_a_lead_in_on_results():
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 1. Giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2027 cho các sở, ban, ngành "
        "và Ủy ban nhân dân các xã, phường, với các chỉ tiêu chủ yếu của toàn tỉnh như sau:\n\n"
        "1. Tổng vốn đầu tư phát triển toàn xã hội đạt 41.000 tỷ đồng.\n"
        "2. Thu hút khoảng 5,5 triệu lượt khách du lịch.\n\n"
        "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2026 như sau:\n"
        "1. Tổng vốn đầu tư phát triển toàn xã hội đạt 38.900 tỷ đồng.\n\n"
        "Các chỉ tiêu năm 2026 ước thực hiện làm căn cứ giao kế hoạch: tốc độ tăng trưởng GRDP năm 2026 ước đạt "
        "9,1%."
    )
    got, _ = figures(text, date(2026, 12, 12))
    assert got == [
        ("total_investment", 41000.0, "2027", "target"),
        ("tourists", 5500000.0, "2027", "target"),
        ("total_investment", 38900.0, "2026", "estimate"),
        ("grdp_growth", 9.1, "2026", "estimate"),
    ]


def test_a_plans_table_dates_its_yearless_columns_in_the_planned_year_and_its_past_columns_as_results():
    scenario = (
        "Báo cáo\n\nIII. KỊCH BẢN TĂNG TRƯỞNG NĂM 2025\n\nChỉ tiêu | Quý I | Quý II\n"
        "Tăng trưởng GRDP (%) | 7,2 | 7,8\n"
    )
    got, _ = figures(scenario, date(2024, 12, 10))
    assert got == [("grdp_growth", 7.2, "Q1/2025", "target"), ("grdp_growth", 7.8, "Q2/2025", "target")]
    plan = (
        "Báo cáo\n\nII. KẾ HOẠCH NĂM 2025\n\nMột số chỉ tiêu chủ yếu:\nChỉ tiêu | Năm 2023 | Năm 2024 | Năm 2025\n"
        "Tăng trưởng GRDP (%) | 4,8 | 6,01 | 8\n"
    )
    got, _ = figures(plan, date(2024, 12, 10))
    assert got == [
        ("grdp_growth", 4.8, "2023", "actual"),
        ("grdp_growth", 6.01, "2024", "estimate"),
        ("grdp_growth", 8.0, "2025", "target"),
    ]


def test_rows_naming_the_whole_or_a_part_of_the_population_measure_what_the_caption_names():
    text = (
        "Kết quả khảo sát mức sống dân cư năm 2024\n\nThu nhập bình quân đầu người một tháng qua các kỳ khảo sát:\n"
        "Chỉ tiêu | 2022 | 2024\n"
        "Chung toàn tỉnh (nghìn đồng) | 3.210 | 3.650\n"
        "Khu vực nông thôn (nghìn đồng) | 2.600 | 2.980\n"
    )
    got, reading = figures(text, date(2025, 6, 10))
    assert got == [
        ("income_per_capita_monthly", 3.21, "2022", "actual"),
        ("income_per_capita_monthly", 3.65, "2024", "actual"),
    ]
    assert {(h.value_text, h.reason) for h in reading.held} == {
        ("2.600", "other_place"),
        ("2.980", "other_place"),
    }


def test_an_index_row_is_read_against_the_same_period_of_the_year_before():
    text = (
        "Tình hình kinh tế - xã hội quý II năm 2025\n\n"
        "Chỉ tiêu | Đơn vị tính | Ước tính quý II năm 2025 | Ước tính 6 tháng năm 2025\n"
        "Chỉ số sản xuất công nghiệp | % | 108,4 | 97,9\n"
    )
    got, _ = figures(text, date(2025, 6, 29))
    assert got == [("iip_growth", 8.4, "Q2/2025", "estimate"), ("iip_growth", -2.1, "H1/2025", "estimate")]


def test_a_series_of_an_index_by_year_reads_its_score_and_its_bare_rank_column():
    text = (
        "Kết quả DTI của tỉnh qua các năm\n\n"
        "Năm đánh giá | Giá trị DTI | Xếp hạng (trên 63 tỉnh, thành phố)\n"
        "2021 | 0,5283 | 5\n"
        "2022 | 0,5973 | 6\n"
    )
    got, _ = figures(text, date(2024, 5, 9))
    assert got == [
        ("dti_score", 0.5283, "2021", "actual"),
        ("digital_transformation_rank", 5.0, "2021", "actual"),
        ("dti_score", 0.5973, "2022", "actual"),
        ("digital_transformation_rank", 6.0, "2022", "actual"),
    ]


def test_a_row_about_another_place_holds_its_cells():
    text = "Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024\nThu ngân sách tỉnh Cao Bằng | Tỷ đồng | 2.900 | 3.000\n"
    got, reading = figures(text, date(2025, 1, 15))
    assert got == []
    assert [(h.reason, h.value_text) for h in reading.held] == [
        ("other_place", "2.900"),
        ("other_place", "3.000"),
    ]


def test_a_huge_table_is_read_up_to_its_bound():
    rows = "\n".join(f"Tổng thu ngân sách nhà nước | Tỷ đồng | {i}" for i in range(1, 79))
    text = ("Chỉ tiêu | Đơn vị tính | Năm 2023\n" + rows + "\n\n") * 40
    assert len(read_tables(text, load_catalog())[0]) == MAX_CELLS


def test_a_header_written_on_two_lines_reads_as_one():
    text = (
        "Biểu: Một số chỉ tiêu chủ yếu quý I năm 2018\n"
        "Chỉ tiêu | Đơn vị tính | Ước tính | Quý I/2018 so với\n"
        " | | quý I/2018 | cùng kỳ năm trước (%)\n"
        "Khách du lịch | Lượt khách | 812.450 | 107,2\n"
    )
    got = [
        (m.indicator_id, m.value, m.period.label, m.status)
        for m in read_figures(text, load_catalog(), date(2018, 3, 29)).mentions
    ]
    assert got == [("tourists", 812_450, "Q1/2018", "estimate")]


def test_a_header_of_years_across_makes_each_row_an_indicator():
    """ "Năm | 2016 | 2017" over "Điểm số | 57,12 | 60,34": the periods run across, each row names what it
    measures -- a score or a rank of the index the caption (else the title) names; "Khoản thu | Năm 2016 |
    Năm 2020 | Tỷ trọng năm 2020 (%)": a share column is no amount of the row's unit."""
    text = (
        "PCI và thu ngân sách của Lạng Sơn\n\n"
        "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh qua các năm:\n"
        "Năm | 2016 | 2017\n"
        "Điểm số | 57,12 | 60,34\n"
        "Thứ hạng | 59/63 | 58/63\n\n"
        "Cơ cấu thu năm 2016 và năm 2020:\n"
        "Khoản thu | Năm 2016 | Năm 2020 | Tỷ trọng năm 2020 (%)\n"
        "Thu nội địa (tỷ đồng) | 1.748,3 | 2.204,6 | 34,5\n"
    )
    got, _reading = figures(text, date(2021, 6, 1))
    assert got == [
        ("pci_score", 57.12, "2016", "actual"),
        ("pci_score", 60.34, "2017", "actual"),
        ("pci_rank", 59, "2016", "actual"),
        ("pci_rank", 58, "2017", "actual"),
        ("budget_revenue_domestic", 1748.3, "2016", "actual"),
        ("budget_revenue_domestic", 2204.6, "2020", "actual"),
    ]


# (guards: the rule above reads only headers that are periods alone)
@pytest.mark.parametrize(
    "header",
    [
        # (measures with their years are no periods across: "Điểm 2021 | Xếp hạng 2021" -- under "Chỉ số", a table
        # of indices, read by its own rule: test_a_table_of_indices_reads_scores_ranks_and_plans)
        "Nội dung đánh giá | Điểm 2021 | Xếp hạng 2021",
        # (nor a header with its unit: "Ước tính tháng 5/2023 (tỷ đồng) | Cộng dồn 5 tháng (tỷ đồng)")
        "Nhóm hàng | Ước tính tháng 5/2023 (tỷ đồng) | Cộng dồn 5 tháng năm 2023 (tỷ đồng)",
    ],
)
def test_headers_that_are_not_periods_across(header):
    # (no column says what its rows are: the table reader leaves the rows to the sentence reader)
    assert read_tables(f"{header}\nPAPI | 42,53 | 28\n", load_catalog())[0] == []


def test_a_series_ranked_in_the_region_and_the_nation_reads_both_ranks():
    text = (
        "PCI của Lạng Sơn ba năm gần đây\n\n"
        "Năm | Điểm PCI | Xếp hạng cả nước | Xếp hạng vùng\n"
        "2022 | 67,88 | 15 | 5\n"
    )
    got, _reading = figures(text, date(2024, 5, 1))
    assert got == [
        ("pci_score", 67.88, "2022", "actual"),
        ("pci_rank", 15, "2022", "actual"),
        ("pci_rank_region", 5, "2022", "actual"),
    ]


def test_a_captions_unit_period_and_subject_reach_the_cells_that_say_none():
    text = (
        "Tình hình thu, chi ngân sách và đầu tư\n\n"
        "Biểu 1. Thu ngân sách nhà nước năm 2021 (tỷ đồng)\n"
        "Chỉ tiêu | Thực hiện năm 2020 | Dự toán HĐND tỉnh giao | Ước thực hiện năm 2021\n"
        "Tổng thu NSNN trên địa bàn | 6.984,2 | 6.350,0 | 6.412,9\n\n"
        "Biểu 2. Vốn đầu tư phát triển toàn xã hội trên địa bàn (tỷ đồng)\n"
        "Nguồn vốn | Năm 2020 | Ước tính năm 2021\n"
        "Tổng số | 15.318,9 | 16.070,4\n"
    )
    got, _reading = figures(text, date(2021, 12, 12))
    assert got == [
        ("budget_revenue", 6984.2, "2020", "actual"),
        # (the plan's column says its status, the caption its year)
        ("budget_revenue", 6350.0, "2021", "target"),
        ("budget_revenue", 6412.9, "2021", "estimate"),
        # (a total row of what the caption measures; its number "Biểu 2." no part of the measure)
        ("total_investment", 15318.9, "2020", "actual"),
        ("total_investment", 16070.4, "2021", "estimate"),
    ]


def test_quarters_take_their_captions_year_and_sectors_are_not_the_whole():
    text = (
        "Kế hoạch tăng trưởng 6 tháng cuối năm\nLạng Sơn, ngày 25 tháng 7 năm 2022\n\n"
        "Biểu 1: Tốc độ tăng GRDP theo quý năm 2022 (%)\n"
        "Chỉ tiêu | Quý I (thực hiện) | Quý IV (kịch bản)\n"
        "Tổng sản phẩm trên địa bàn | 5,02 | 9,9\n"
        "Công nghiệp - xây dựng | 8,74 | 14,2\n"
    )
    got, reading = figures(text, date(2022, 7, 25))
    assert got == [("grdp_growth", 5.02, "Q1/2022", "actual"), ("grdp_growth", 9.9, "Q4/2022", "target")]
    assert {"8,74", "14,2"} <= {h.value_text for h in reading.held}


def test_a_captions_part_names_what_a_generic_row_measures():
    text = (
        "Hải quan Lạng Sơn tổng kết 5 năm\n\n"
        "Số thu từ hoạt động xuất nhập khẩu qua các năm (tỷ đồng):\n\n"
        "Năm | 2016 | 2017\n"
        "Số thu ngân sách | 3.822,5 | 4.105,6\n"
    )
    got, _reading = figures(text, date(2021, 1, 12))
    assert got == [
        ("budget_revenue_trade", 3822.5, "2016", "actual"),
        ("budget_revenue_trade", 4105.6, "2017", "actual"),
    ]


def test_income_per_month_in_a_row_with_its_unit_column():
    text = (
        "Một số chỉ tiêu 2016 - 2020\n\n"
        "Chỉ tiêu | Đơn vị tính | 2016 | 2018\n"
        "Thu nhập bình quân đầu người một tháng | Nghìn đồng | 1.912 | 2.254\n"
    )
    got, _reading = figures(text, date(2021, 4, 20))
    assert got == [
        ("income_per_capita_monthly", 1.912, "2016", "actual"),
        ("income_per_capita_monthly", 2.254, "2018", "actual"),
    ]


def test_a_plans_column_under_a_part_of_a_year_is_the_years_and_last_years_quarter_is_last_years():
    text = (
        "Tình hình 6 tháng\n\n"
        "Biểu 1. Thu ngân sách nhà nước 6 tháng đầu năm 2021 (tỷ đồng)\n"
        "Chỉ tiêu | Dự toán HĐND tỉnh giao | Ước thực hiện 6 tháng\n"
        "Tổng thu NSNN trên địa bàn | 6.350,0 | 3.412,9\n\n"
        "Biểu 2: Tốc độ tăng GRDP theo quý năm 2021 (%)\n"
        "Chỉ tiêu | Quý I năm trước | Quý I\n"
        "Tổng sản phẩm trên địa bàn | 3,1 | 5,3\n"
    )
    got, _reading = figures(text, date(2021, 6, 28))
    assert got == [
        ("budget_revenue", 6350.0, "2021", "target"),
        ("budget_revenue", 3412.9, "H1/2021", "estimate"),
        ("grdp_growth", 3.1, "Q1/2020", "actual"),
        ("grdp_growth", 5.3, "Q1/2021", "actual"),
    ]


def test_headings_over_a_rows_measure_are_no_sectors():
    text = (
        "Một số chỉ tiêu chủ yếu năm 2023:\n"
        "Chỉ tiêu | Đơn vị tính | Năm 2022 | Năm 2023\n"
        "Xây dựng nông thôn mới: số xã đạt chuẩn | Xã | 82 | 95\n"
    )
    got, _reading = figures(text, date(2024, 1, 10))
    assert [g[:3] for g in got] == [
        ("new_rural_communes", 82, "31/12/2022"),
        ("new_rural_communes", 95, "31/12/2023"),
    ]


def test_a_table_of_provinces_under_a_caption_naming_the_measure():
    text = (
        "Tăng trưởng vùng\n\n"
        "Tốc độ tăng GRDP năm 2024 của một số tỉnh trong vùng (%)\n"
        "Tỉnh | Năm 2023 | Ước tính năm 2024 | Xếp hạng cả nước năm 2024\n"
        "Bắc Giang | 13,45 | 13,85 | 1\n"
        "Lạng Sơn | 4,32 | 6,01 | 41\n"
    )
    got, reading = figures(text, date(2025, 1, 10))
    assert got == [
        ("grdp_growth", 4.32, "2023", "actual"),
        ("grdp_growth", 6.01, "2024", "estimate"),
        ("grdp_growth_rank", 41, "2024", "actual"),
    ]
    # (another province's row is held as its own, never the province's)
    assert {"13,45", "13,85"} <= {h.value_text for h in reading.held if h.reason == "other_place"}


NOTED_TABLE = (
    "Một số chỉ tiêu kinh tế - xã hội chủ yếu của tỉnh Lạng Sơn\n\n"
    "Chỉ tiêu | Đơn vị tính | Năm 2021 | Năm 2022 | Năm 2023\n"
    "Tốc độ tăng trưởng GRDP | % | 4,27 | 6,01 | 5,1\n"
    "Tổng thu NSNN trên địa bàn | Tỷ đồng | 7.258 | 9.806 | 10.350\n"
    "\n{note}\n"
)


@pytest.mark.parametrize(
    "note, statuses",
    [
        ("Ghi chú: Số liệu năm 2023 là số ước tính.", ["actual", "actual", "estimate"]),
        ("(*) Năm 2022 và 2023 là số sơ bộ.", ["actual", "preliminary", "preliminary"]),
        # (guard) a note about something else gives no status
        (
            "Ghi chú: Năm 2023 tỉnh thực hiện sắp xếp đơn vị hành chính cấp xã.",
            ["actual", "actual", "actual"],
        ),
    ],
)
def test_a_note_under_a_table_gives_its_years_columns_their_status(note, statuses):
    got, _ = figures(NOTED_TABLE.format(note=note), date(2024, 1, 10))
    assert [status for ind, _value, _label, status in got if ind == "grdp_growth"] == statuses
    assert [status for ind, _value, _label, status in got if ind == "budget_revenue"] == statuses


PART_YEAR_TABLE = (
    "Biểu 2. Thu ngân sách nhà nước 9 tháng năm 2023 (tỷ đồng)\n\n"
    "Chỉ tiêu | {plan} | Thực hiện 9 tháng | {same} | So với KH (%)\n"
    "Tổng thu NSNN trên địa bàn | 10.500 | 7.845 | 7.120 | 74,7\n"
)


@pytest.mark.parametrize(
    "plan, same, expected",
    [
        # the year's plan, the caption's year; the same months a year before
        (
            "Kế hoạch năm",
            "Cùng kỳ",
            [(10500.0, "2023", "target"), (7845.0, "01–09/2023", "actual"), (7120.0, "01–09/2022", "actual")],
        ),
        (
            "KH năm",
            "Cùng kỳ năm trước",
            [(10500.0, "2023", "target"), (7845.0, "01–09/2023", "actual"), (7120.0, "01–09/2022", "actual")],
        ),
        # (guard) a ratio to the same months is no amount of them
        ("Kế hoạch năm", "Cùng kỳ (%)", [(10500.0, "2023", "target"), (7845.0, "01–09/2023", "actual")]),
    ],
)
def test_a_years_plan_and_the_same_span_before_under_a_part_year_caption(plan, same, expected):
    got, _ = figures(PART_YEAR_TABLE.format(plan=plan, same=same), date(2023, 10, 10))
    assert [(value, label, status) for _ind, value, label, status in got] == expected


SECTIONED_TABLE = (
    "Biểu 01. Tổng sản phẩm trên địa bàn phân theo khu vực kinh tế\n"
    "Đơn vị tính: Tỷ đồng\n"
    "Khu vực kinh tế | Năm 2017 | Ước tính năm 2018 | Năm 2018 so với năm 2017 (%)\n"
    "I. Theo giá hiện hành | | |\n"
    "Tổng số | 32.415,2 | 35.318,6 | 108,96\n"
    "Dịch vụ | 16.734,9 | 18.327,8 | 109,52\n"
    "II. Theo giá so sánh 2010 | | |\n"
    "Tổng số | 23.604,2 | 25.270,1 | 107,06\n"
)


def test_a_section_row_gives_its_rows_their_price_basis_and_the_unit_line_joins_the_caption():
    reading = read_figures(SECTIONED_TABLE, load_catalog(), date(2018, 12, 14))
    got = [(m.indicator_id, m.value, m.period.label, m.status, m.price_basis) for m in reading.mentions]
    assert got == [
        ("grdp", 32415.2, "2017", "actual", "current"),
        ("grdp", 35318.6, "2018", "estimate", "current"),
        ("grdp", 23604.2, "2017", "actual", "constant_2010"),
        ("grdp", 25270.1, "2018", "estimate", "constant_2010"),
    ]
    # a sector's row is no catalog figure: held, never the whole's
    assert {h.value_text for h in reading.held} >= {"16.734,9", "18.327,8"}


QUARTERS_TABLE = (
    "Bảng 1. Tốc độ tăng tổng sản phẩm trên địa bàn theo giá so sánh 2010 các quý năm 2020 so với cùng kỳ năm trước\n"
    "Đơn vị tính: %\n"
    "Khu vực kinh tế | Quý I | Quý II | Ước tính quý III | Ước tính 9 tháng\n"
    "Tổng số | 1,08 | -0,12 | 3,46 | 1,52\n"
    "Chênh lệch (điểm %) | -0,9 | -1,1 | | \n"
)


def test_a_captions_year_before_its_comparison_dates_quarters_and_months_and_a_signed_cell_is_a_fall():
    got, reading = figures(QUARTERS_TABLE, date(2020, 9, 29))
    assert got == [
        ("grdp_growth", 1.08, "Q1/2020", "actual"),
        ("grdp_growth", -0.12, "Q2/2020", "actual"),
        ("grdp_growth", 3.46, "Q3/2020", "estimate"),
        ("grdp_growth", 1.52, "01–09/2020", "estimate"),
    ]
    assert [m.value_text for m in reading.mentions][1] == "-0,12"


IIP_TABLE = (
    "Biểu 2. Chỉ số sản xuất công nghiệp\n"
    "Đơn vị tính: %\n"
    "Ngành công nghiệp | Tháng 9/2019 so với tháng 8/2019 | Tháng 9/2019 so với tháng 9/2018 | Quý III/2019 so "
    "với quý III/2018\n"
    "Toàn ngành công nghiệp | 102,14 | 109,56 | 108,93\n"
    "Khai khoáng | 97,80 | 94,35 | 96,12\n"
)


def test_an_index_table_against_the_same_span_a_year_before_gives_the_wholes_growth_only():
    got, reading = figures(IIP_TABLE, date(2019, 9, 28))
    # (not against the month before; an industry's index is held)
    assert got == [("iip_growth", 9.56, "09/2019", "estimate"), ("iip_growth", 8.93, "Q3/2019", "estimate")]
    assert {h.value_text for h in reading.held} >= {"94,35", "96,12"}


RUNNING_TABLE = (
    "Biểu 5. Kim ngạch xuất, nhập khẩu hàng hóa qua địa bàn tỉnh\n"
    "(Đơn vị tính: Triệu USD)\n"
    "Chỉ tiêu | Thực hiện tháng 7/2026 | Lũy kế 8 tháng năm 2026 | {same} | Lũy kế so với cùng kỳ (%)\n"
    "Tổng kim ngạch | 9.412,6 | 71.846,3 | 58.734,6 | 122,32\n"
)


@pytest.mark.parametrize(
    "same, earlier",
    [
        ("Cùng kỳ năm 2025", [(58.7346, "01–08/2025")]),
        ("Cùng kỳ năm trước", [(58.7346, "01–08/2025")]),
        ("Cùng kỳ năm 2024", []),
    ],  # (a year that is not the one before: no span)
)
def test_a_same_span_column_takes_the_running_column_before_it_a_year_earlier(same, earlier):
    got, _ = figures(RUNNING_TABLE.format(same=same), date(2026, 8, 27))
    assert [(v, label) for ind, v, label, _s in got if label.endswith("2025") or label.endswith("2024")] == [
        (pytest.approx(v), label) for v, label in earlier
    ]
    assert ("trade_turnover", pytest.approx(71.8463), "01–08/2026", "estimate") in got


def test_a_table_of_investment_sources_reads_its_whole():
    text = (
        "Biểu 4. Vốn đầu tư thực hiện toàn xã hội trên địa bàn theo giá hiện hành\n"
        "Đơn vị tính: Tỷ đồng\n"
        "Nguồn vốn | Thực hiện quý I/2022 | Ước tính quý II/2022\n"
        "Tổng số | 4.215,3 | 5.612,8\n"
        "Vốn khu vực Nhà nước | 1.862,4 | 2.540,9\n"
    )
    got, _ = figures(text, date(2022, 6, 29))
    assert got == [
        ("total_investment", 4215.3, "Q1/2022", "actual"),
        ("total_investment", 5612.8, "Q2/2022", "estimate"),
    ]


@pytest.mark.parametrize(
    "table, doc_date, expected",
    [
        # one column names the measure, the rank columns rank by it: each row its province's
        (
            "Tăng trưởng GRDP năm 2022 của một số tỉnh trong vùng:\n\n"
            "Tỉnh | Tăng trưởng GRDP (%) | Xếp hạng cả nước | Xếp hạng trong vùng\n"
            "Bắc Giang | 19,30 | 2 | 1\n"
            "Lạng Sơn | 7,08 | 49 | 12\n",
            date(2023, 2, 20),
            [
                ("grdp_growth", 7.08, "2022", "actual"),
                ("grdp_growth_rank", 49.0, "2022", "actual"),
                ("grdp_growth_rank_region", 12.0, "2022", "actual"),
            ],
        ),
        (
            "Kết quả PCI của một số tỉnh trong vùng:\n\n"
            "Tỉnh | Điểm PCI 2016 | Xếp hạng 2016 | Xếp hạng 2015\n"
            "Lào Cai | 62,22 | 6 | 3\n"
            "Lạng Sơn | 56,93 | 55 | 59\n",
            date(2017, 3, 17),
            [
                ("pci_score", 56.93, "2016", "actual"),
                ("pci_rank", 55.0, "2016", "actual"),
                ("pci_rank", 59.0, "2015", "actual"),
            ],
        ),
    ],
)
def test_a_table_of_provinces_with_one_measure_column_reads_each_rows_place(table, doc_date, expected):
    got, reading = figures(table, doc_date)
    assert got == expected
    assert {h.reason for h in reading.held if h.value_text in ("19,30", "62,22", "2", "6")} == {"other_place"}


@pytest.mark.parametrize(
    "table, doc_date, expected",
    [
        # a score and a rank column per year, a plan column in words, the rank out of the header's total
        (
            "Kết quả các chỉ số của tỉnh:\n\n"
            "Chỉ số | Điểm năm 2022 | Xếp hạng năm 2022 (/63) | Mục tiêu năm 2024\n"
            "PCI (điểm) | 67,88 | 15 | Từ 69 trở lên\n"
            "PAR Index (%) | 86,4 | 21 | ≥ 88\n"
            "DTI | 0,6244 | 6/63 | -\n",
            date(2023, 8, 1),
            [
                ("pci_score", 67.88, "2022", "actual"),
                ("pci_rank", 15.0, "2022", "actual"),
                ("pci_score", 69.0, "2024", "target"),
                ("par_index_score", 86.4, "2022", "actual"),
                ("par_index_rank", 21.0, "2022", "actual"),
                ("par_index_score", 88.0, "2024", "target"),
                ("dti_score", 0.6244, "2022", "actual"),
                ("digital_transformation_rank", 6.0, "2022", "actual"),
            ],
        ),
        # ranks named in the row ("(xếp hạng/63)", "Xếp hạng PAPI"), a row's own year in brackets, a change column
        (
            "Chỉ số | Năm 2020 | Năm 2021 | Tăng (+), giảm (-) bậc\n"
            "PCI (xếp hạng/63) | 42 | 35 | +7\n"
            "Xếp hạng PAPI | 40 | 28 | +12\n"
            "SIPAS (%) | 83,1 | 84,6 | -\n",
            date(2022, 6, 1),
            [
                ("pci_rank", 42.0, "2020", "actual"),
                ("pci_rank", 35.0, "2021", "actual"),
                ("papi_rank", 40.0, "2020", "actual"),
                ("papi_rank", 28.0, "2021", "actual"),
                ("sipas_score", 83.1, "2020", "actual"),
                ("sipas_score", 84.6, "2021", "actual"),
            ],
        ),
    ],
)
def test_a_table_of_indices_reads_scores_ranks_and_plans(table, doc_date, expected):
    got, _reading = figures(table, doc_date)
    assert got == expected


def test_a_row_of_indices_with_words_no_cell_rule_reads_stays_the_prose_readers():
    """ "PGI | xếp thứ 9/63 | tăng ít nhất 3 bậc": the grid leaves the row whole to the sentence reader, which
    reads its rank; a component's row ("Gia nhập thị trường") is left to it too, and held as a component."""
    text = (
        "Kết quả PCI năm 2023 của tỉnh:\n\n"
        "Chỉ số | Kết quả năm 2023 | Mục tiêu năm 2025\n"
        "PGI | xếp thứ 9/63 | tăng ít nhất 3 bậc\n"
        "Gia nhập thị trường | 7,05 | 7,30\n"
    )
    cells, read = read_tables(text, load_catalog())
    assert cells == [] and not read
    got, _reading = figures(text, date(2024, 5, 1))
    assert ("pgi_rank", 9.0) in [(i, v) for i, v, _p, _s in got]
    assert not any(v in (7.05, 7.3) for _i, v, _p, _s in got)


def test_a_table_of_shares_its_last_sentence_announces_reads_its_per_cent_columns_as_shares():
    """ "… Cơ cấu kinh tế như sau:" over "Khu vực kinh tế | Năm 2021 (%) | Ước năm 2022 (%) | Tốc độ tăng …": the
    per cent columns are the sectors' shares, not changes; the growth column gives no figure."""
    text = (
        "Tình hình kinh tế - xã hội năm 2022\n\n"
        "Quy mô GRDP theo giá hiện hành ước đạt 42.860 tỷ đồng, tăng 9,1% so với năm 2021. Cơ cấu kinh tế như sau:\n"
        "Khu vực kinh tế | Năm 2021 (%) | Ước năm 2022 (%) | Tốc độ tăng năm 2022 so với năm 2021 (%)\n"
        "Nông, lâm nghiệp và thủy sản | 23,58 | 22,71 | 3,46\n"
        "Dịch vụ | 50,41 | 50,17 | 7,62\n"
    )
    got, _ = figures(text, date(2022, 12, 28))
    assert [g for g in got if g[0].startswith("grdp_share")] == [
        ("grdp_share_agriculture", 23.58, "2021", "actual"),
        ("grdp_share_agriculture", 22.71, "2022", "estimate"),
        ("grdp_share_services", 50.41, "2021", "actual"),
        ("grdp_share_services", 50.17, "2022", "estimate"),
    ]
