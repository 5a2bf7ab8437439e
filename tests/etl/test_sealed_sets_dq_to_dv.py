"""Sealed sets DQ-DV (documents mirroring real pages, written by helpers on 6 December 2026, 12:40, and scored
before their errors were read), and the corpus's held-out errors read while they were written: the
constructions the ETL missed or misread, in sentences of our own.

Each case fails on the session's start code (731b95b3) unless marked "(a guard)": a reading the session's own
changes first broke, or one they must keep."""

from datetime import date

import pytest

from tests.etl.test_extract import approx_values, assert_held, read_with_status


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # the regional customs branch named in the title without "Chi cục": the bare take on the province's
        # territory is the branch's, revenue from trade -- not the province's whole budget
        (
            "Hải quan khu vực VI: quý I thu vượt 4.000 tỷ đồng, hàng qua cửa khẩu tăng mạnh\n"
            "Thứ sáu, 10/4/2026, 09:15 (GMT+7)\n"
            "Lượng xe hàng qua các cửa khẩu của Lạng Sơn tăng mạnh sau Tết.\n"
            "Số thu ngân sách của toàn đơn vị quý I đạt 4.310 tỷ đồng. Trong đó, số thu trên địa bàn tỉnh Lạng "
            "Sơn là 4.120 tỷ đồng; phần thu tại các cửa khẩu thuộc Cao Bằng khoảng 190 tỷ đồng.",
            date(2026, 4, 10),
            [("budget_revenue_trade", 4120, "Q1/2026", "actual")],
        ),
        # a part ("Trong đó, …") goes on in the whole's span, not in the year of the plan a ratio measured the
        # whole against
        (
            "Hải quan khu vực VI: số thu bám sát tiến độ\n"
            "12/06/2025 09:10\n"
            "Về thu ngân sách, số thu toàn Chi cục đến ngày 10/6 đạt 4.126,5 tỷ đồng, bằng 43% dự toán giao cho "
            "đơn vị năm 2025. Trong đó, số thu phát sinh trên địa bàn tỉnh Lạng Sơn đạt 3.905,8 tỷ đồng.",
            date(2025, 6, 12),
            [("budget_revenue_trade", 3905.8, "01/01–10/06/2025", "actual")],
        ),
        # a year named by its place in a span, no year written beside it: the span's first (or last) year
        (
            "Sau một năm tăng trưởng cao nhất nhiệm kỳ, tỉnh bước vào năm đầu của giai đoạn 2026 - 2030 với chỉ "
            "tiêu tăng trưởng GRDP từ 10% trở lên.",
            date(2025, 12, 14),
            [("grdp_growth", 10, "2026", "target")],
        ),
        (
            "Tỉnh bước vào năm đầu tiên thực hiện Kế hoạch 5 năm 2026 - 2030 với mục tiêu thu ngân sách 16.500 tỷ "
            "đồng.",
            date(2026, 1, 5),
            [("budget_revenue", 16500, "2026", "target")],
        ),
        (
            "Trong năm cuối của nhiệm kỳ 2020 - 2025, GRDP ước tăng 8,1%.",
            date(2025, 12, 14),
            [("grdp_growth", 8.1, "2025", "estimate")],
        ),
        # a Party term is named by its congresses' years: its first year is the one after
        (
            "Năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030, tỉnh phấn đấu "
            "tăng trưởng GRDP 10%.",
            date(2025, 12, 14),
            [("grdp_growth", 10, "2026", "target")],
        ),
        # (an average per year is over the plan's years, not the one year; a guard)
        (
            "Đây là năm đầu thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030, với mục tiêu tăng "
            "trưởng bình quân từ 10%/năm trở lên.",
            date(2026, 10, 16),
            [("grdp_growth", 10, "2026–2030", "target")],
        ),
        # (the year written beside it is the year; a guard)
        (
            "Năm 2023, năm thứ ba thực hiện kế hoạch 5 năm 2021-2025, GRDP tăng 6,1%.",
            date(2024, 1, 10),
            [("grdp_growth", 6.1, "2023", "actual")],
        ),
        # "Cả nhiệm kỳ" in January, after a sentence naming the term just closed: that term, not the new one
        (
            "Họp báo kết quả năm 2025\n"
            "16/01/2026 10:00\n"
            "Với tỉnh, năm 2025 là năm về đích của nhiệm kỳ 2020 - 2025. Cả nhiệm kỳ, Lạng Sơn đạt và vượt 18/20 chỉ "
            "tiêu chủ yếu Nghị quyết Đại hội Đảng bộ tỉnh đề ra.",
            date(2026, 1, 16),
            [("term_targets_met", 18, "2021–2025", "actual")],
        ),
        # a portal's greeting to a congress above the title is no title: its term is no period of the results
        (
            "Chào mừng Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025\n"
            "Kết quả thực hiện Nghị quyết số 01/NQ-CP của Chính phủ\n"
            "Năm 2020, tổng sản phẩm trên địa bàn ước tăng 2,1%.\n"
            "Lượng khách du lịch ước đạt 1,72 triệu lượt, giảm 45%.",
            None,
            [("grdp_growth", 2.1, "2020", "estimate"), ("tourists", 1720000, "2020", "estimate")],
        ),
        # what the year is for, the term's plan named in passing: neither the status nor the period of the
        # result after it
        (
            "Năm 2025 được xác định là năm tăng tốc để về đích các chỉ tiêu của nhiệm kỳ 2020 - 2025, GRDP của "
            "tỉnh tăng 8,1%.",
            date(2026, 1, 16),
            [("grdp_growth", 8.1, "2025", "actual")],
        ),
        (
            'Được xác định là năm "tăng tốc, bứt phá" để về đích các chỉ tiêu của nhiệm kỳ, năm 2025 cơ cấu '
            "kinh tế của tỉnh tiếp tục dịch chuyển: khu vực nông - lâm nghiệp chiếm 20,4%.",
            date(2026, 1, 16),
            [("grdp_share_agriculture", 20.4, "2025", "actual")],
        ),
        # a value set against the whole year before: its own year, not the months another figure of the title
        # is over
        (
            "Lạng Sơn: kim ngạch 11 tháng năm 2025 gần 86 tỷ USD\n"
            "16/01/2026 12:30\n"
            "Thu ngân sách nhà nước trên địa bàn đạt 18.210,4 tỷ đồng, tăng 85,7% so với năm 2024.",
            date(2026, 1, 16),
            [("trade_turnover", 86, "01–11/2025", "actual"), ("budget_revenue", 18210.4, "2025", "actual")],
        ),
        # the customs' "tổng trị giá hàng hóa xuất, nhập khẩu đi qua địa bàn": the trade through the province
        (
            "Cộng dồn từ đầu năm đến hết tháng 8/2025, tổng trị giá hàng hóa xuất, nhập khẩu đi qua địa bàn Lạng Sơn "
            "lên tới 58.716,4 triệu USD.",
            date(2025, 9, 9),
            [("trade_turnover", 58.7164, "01–08/2025", "actual")],
        ),
        # "trong 22 ngày": as many days as were just told, those days (not the year of the plan after it)
        (
            "Tính từ ngày 1/1 đến hết ngày 22/1/2026, trị giá hàng hóa xuất, nhập khẩu đi qua địa bàn Lạng Sơn đạt "
            "6,12 tỷ USD. Trong 22 ngày, số thu ngân sách từ hoạt động xuất nhập khẩu đạt 1.236,4 tỷ đồng, tương "
            "đương 12,9% chỉ tiêu pháp lệnh năm 2026.",
            date(2026, 1, 23),
            [
                ("trade_turnover", 6.12, "01/01–22/01/2026", "actual"),
                ("budget_revenue_trade", 1236.4, "01/01–22/01/2026", "actual"),
            ],
        ),
        # "Cùng thời gian" opening a paragraph: the span its paragraph before reported on, not the year a
        # forecast there looked to
        (
            "Đến hết tháng 11/2025, số thu ngân sách từ hoạt động xuất nhập khẩu trên địa bàn tỉnh đạt 12.187,5 tỷ "
            "đồng. Chi cục dự kiến cả năm 2025 số thu đạt khoảng 13.800 tỷ đồng.\n"
            "Cùng thời gian, tổng kim ngạch hàng hóa xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 86,3 tỷ USD.",
            date(2025, 12, 9),
            [
                ("budget_revenue_trade", 12187.5, "01–11/2025", "actual"),
                ("budget_revenue_trade", 13800, "2025", "forecast"),
                ("trade_turnover", 86.3, "01–11/2025", "actual"),
            ],
        ),
        # a weekly report: "trong tuần" / "cả tuần" is the week its title dates
        (
            "Tình hình xuất nhập khẩu hàng hóa qua các cửa khẩu của tỉnh tuần từ 10-16/9/2020\n"
            "Kim ngạch xuất nhập khẩu cả tuần đạt 45,12 triệu USD. Trong tuần, số thu ngân sách từ hoạt động xuất "
            "nhập khẩu đạt 71,5 tỷ đồng.",
            date(2020, 9, 17),
            [
                ("trade_turnover", 0.04512, "10–16/09/2020", "actual"),
                ("budget_revenue_trade", 71.5, "10–16/09/2020", "actual"),
            ],
        ),
        # a council's first estimate, in brackets beside the office's: the year's, not the month it was presented
        (
            "GRDP năm 2024 ước tính tăng 6,12% so với năm trước (số ước tính trình kỳ họp HĐND tỉnh tháng 12/2024 là "
            "6,01%).",
            date(2025, 1, 6),
            [("grdp_growth", 6.12, "2024", "estimate"), ("grdp_growth", 6.01, "2024", "estimate")],
        ),
        # a title's "Lạng Sơn: <period> kinh tế tăng X%"
        (
            "Lạng Sơn: Nửa đầu năm 2025 kinh tế tăng 8,42%, xe hàng qua cửa khẩu có ngày vượt 1.900 chuyến\n"
            "10/07/2025 08:00\n"
            "Sáu tháng đầu năm 2025, Lạng Sơn ghi nhận nhiều tín hiệu tích cực.",
            date(2025, 7, 10),
            [("grdp_growth", 8.42, "H1/2025", "actual")],
        ),
        # the next term's plan after the closing term's five years (a guard: "nhiệm kỳ tới" is not the term told)
        (
            "Tổng kim ngạch xuất nhập khẩu qua địa bàn 5 năm ước đạt 21,8 tỷ USD. Mục tiêu nhiệm kỳ tới: kim ngạch 5 "
            "năm đạt 40 tỷ USD.",
            date(2020, 10, 14),
            [
                ("trade_turnover", 21.8, "2016–2020", "estimate"),
                ("trade_turnover", 40, "2021–2025", "target"),
            ],
        ),
        # a note's rates year by year ("năm 2021 đạt 5,35%"), under the growth its marker was on
        (
            "Tốc độ tăng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 7,08%/năm[1].\n"
            "__________\n"
            "[1] Tăng trưởng từng năm: năm 2021 đạt 5,35%; năm 2022 đạt 7,28%; ước năm 2025 đạt 8,06%.",
            date(2025, 11, 5),
            [
                ("grdp_growth", 7.08, "2021–2025", "estimate"),
                ("grdp_growth", 5.35, "2021", "actual"),
                ("grdp_growth", 7.28, "2022", "actual"),
                ("grdp_growth", 8.06, "2025", "estimate"),
            ],
        ),
        # the quarter a reason after the value names is when the cause came, not what the value is over
        (
            "Kim ngạch xuất nhập khẩu năm 2022 ước đạt 3.082,5 triệu USD. Thu ngân sách từ hoạt động xuất nhập khẩu "
            "ước đạt 2.400 tỷ đồng, giảm 20% so với năm 2021, chủ yếu do ùn ứ hàng hóa tại các cửa khẩu trong quý I.",
            date(2022, 12, 28),
            [
                ("trade_turnover", 3.0825, "2022", "estimate"),
                ("budget_revenue_trade", 2400, "2022", "estimate"),
            ],
        ),
        # "Nếu chỉ so trong khu vực …": a frame of comparison, no supposition
        (
            "PCI năm 2024 của tỉnh đạt 68,97 điểm, xếp thứ 16/63 tỉnh, thành phố. Nếu chỉ so trong khu vực trung du và "
            "miền núi phía Bắc, Lạng Sơn đứng thứ 3/14 tỉnh, sau Bắc Giang và Lào Cai.",
            date(2025, 5, 10),
            [
                ("pci_score", 68.97, "2024", "actual"),
                ("pci_rank", 16, "2024", "actual"),
                ("pci_rank_region", 3, "2024", "actual"),
            ],
        ),
        # the PAR Index by its Vietnamese abbreviation, "Chỉ số CCHC"
        (
            "Năm 2024, Chỉ số CCHC của tỉnh đạt giá trị 89,12%, xếp thứ 20/63 tỉnh, thành phố.",
            date(2025, 5, 10),
            [("par_index_score", 89.12, "2024", "actual"), ("par_index_rank", 20, "2024", "actual")],
        ),
    ],
)
def test_what_the_sealed_sets_dq_to_dv_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # a week the text does not date (a guard)
        (
            "Tuần qua, kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 45,12 triệu USD. Trong tuần, số thu ngân sách từ "
            "hoạt động xuất nhập khẩu đạt 71,5 tỷ đồng.",
            date(2020, 9, 17),
            ["45,12 triệu USD", "71,5 tỷ đồng"],
        ),
        # a gate's customs office opening the sentence, its long name before the comma
        (
            "Riêng tại Hải quan cửa khẩu quốc tế Hữu Nghị, kim ngạch 8 tháng đạt 1.982 triệu USD, trong đó xuất khẩu "
            "476,3 triệu USD.",
            date(2025, 9, 10),
            ["1.982 triệu USD", "476,3 triệu USD"],
        ),
        # one agency's score in the province's own index of its agencies (a guard)
        (
            "Ở khối cơ quan cấp tỉnh, theo Chỉ số CCHC năm 2024 do UBND tỉnh công bố, Sở Tài chính dẫn đầu với 91,2%.",
            date(2025, 4, 18),
            ["91,2%"],
        ),
        # another country's economy in a title (a guard)
        (
            "Trung Quốc: Nửa đầu năm 2025 kinh tế tăng 5,3%\n10/07/2025 08:00\nSố liệu do cơ quan thống kê công bố.",
            date(2025, 7, 10),
            ["5,3%"],
        ),
        # "trong 10 ngày" with no ten days told
        (
            "Từ đầu năm đến ngày 22/1/2026, kim ngạch qua địa bàn đạt 6,12 tỷ USD. Trong 10 ngày, số thu ngân sách "
            "từ hoạt động xuất nhập khẩu đạt 536,4 tỷ đồng.",
            date(2026, 1, 23),
            ["536,4 tỷ đồng"],
        ),
    ],
)
def test_what_the_sealed_sets_dq_to_dv_hold(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a value set against the year before, in a report on the year's first months: the months' (the whole
        # year only once it is over)
        (
            "Tình hình kinh tế - xã hội 10 tháng năm 2025\n05/11/2025\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ "
            "tiêu dùng đạt 32.500 tỷ đồng, tăng 12,5% so với năm 2024.",
            date(2025, 11, 5),
            [("retail_sales", 32500, "01–10/2025", "actual")],
        ),
        # a quarter before the span's first year: the quarter
        (
            "Lạng Sơn: quý I thu ngân sách khả quan\n06/04/2026\nQuý I, quý mở đầu năm đầu của giai đoạn 2026 - "
            "2030, thu ngân sách nhà nước trên địa bàn đạt 3.100 tỷ đồng.",
            date(2026, 4, 6),
            [("budget_revenue", 3100, "Q1/2026", "actual")],
        ),
        # a title greeting a congress that goes on past a colon is the title
        (
            "Chào mừng Đại hội Đảng bộ tỉnh lần thứ XVIII: 9 tháng, Lạng Sơn thu ngân sách vượt dự toán\n02/10/2025\n"
            "Số thu ngân sách nhà nước trên địa bàn đạt 12.400 tỷ đồng, vượt 8% dự toán năm.",
            date(2025, 10, 2),
            [("budget_revenue", 12400, "01–09/2025", "actual")],
        ),
        # the branch named in a title as a contributor: the province's whole take stays the whole
        (
            "Lạng Sơn thu ngân sách vượt dự toán, Hải quan khu vực VI đóng góp lớn\n06/01/2026\nNăm 2025, số thu "
            "trên địa bàn tỉnh Lạng Sơn đạt 18.210 tỷ đồng, vượt 58% dự toán.",
            date(2026, 1, 6),
            [("budget_revenue", 18210, "2025", "actual")],
        ),
        # a year the sentence looks ahead to, after the value: not the value's
        (
            "Lạng Sơn tổng kết công tác tài chính năm 2025\n29/12/2025\nThu ngân sách nhà nước trên địa bàn ước đạt "
            "18.000 tỷ đồng, tạo tiền đề vững chắc cho năm đầu của giai đoạn 2026 - 2030.",
            date(2025, 12, 29),
            [("budget_revenue", 18000, "2025", "estimate")],
        ),
        # a plan "trong nhiệm kỳ" after the closed term was named: the term ahead
        (
            "Đại hội\n09/01/2026\nĐại hội đã tổng kết nhiệm kỳ 2020 - 2025 và xác định phương hướng cho 5 năm tới. "
            "Trong nhiệm kỳ, tỉnh phấn đấu tăng trưởng GRDP bình quân từ 10%/năm trở lên.",
            date(2026, 1, 9),
            [("grdp_growth", 10, "2026–2030", "target")],
        ),
        # a week's take, and the running total it brings: the week's only
        (
            "Hải quan Lạng Sơn: số thu tuần từ 10-16/9/2020\n17/09/2020\nTrong tuần, Cục Hải quan tỉnh thu ngân sách "
            "được 71 tỷ đồng, nâng tổng số thu lũy kế của Cục lên 2.100 tỷ đồng.",
            date(2020, 9, 17),
            [("budget_revenue_trade", 71, "10–16/09/2020", "actual")],
        ),
    ],
)
def test_what_the_review_of_sets_dq_to_dv_guards(text, doc_date, expected):
    """Readings the session's first rules broke (each found by a review helper's texts) and mended."""
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # a council's term, elected mid-year: which year is its last the words do not fix
        (
            "Kỳ họp thứ 35 HĐND tỉnh khóa XVII\n12/12/2025\nNăm cuối của nhiệm kỳ 2021 - 2026, thu ngân sách nhà "
            "nước trên địa bàn ước đạt 13.500 tỷ đồng.",
            date(2025, 12, 12),
            ["13.500 tỷ đồng"],
        ),
        # an average per year beside a year named by its place: the span's, not the year's
        (
            "Tổng kết\n18/12/2025\nNăm đầu của giai đoạn 2021 - 2025 gặp nhiều khó khăn, tăng trưởng GRDP bình quân "
            "của tỉnh ước đạt 6,5%/năm.",
            date(2025, 12, 18),
            ["6,5%"],
        ),
        # investment in the border zone, not the economy
        (
            "Lạng Sơn: Vốn đầu tư vào khu kinh tế tăng 35%\n02/10/2025\nVốn đầu tư tăng mạnh.",
            date(2025, 10, 2),
            ["35%"],
        ),
        # a running total after a week's other news, past a semicolon
        (
            "Tình hình xuất nhập khẩu tuần từ 16-22/6/2025\n23/06/2025\nTrong tuần, Hải quan khu vực VI tổ chức đối "
            "thoại với doanh nghiệp; tính từ đầu năm, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 26,4 tỷ USD.",
            date(2025, 6, 23),
            ["26,4 tỷ USD"],
        ),
    ],
)
def test_what_the_review_of_sets_dq_to_dv_holds(text, doc_date, held):
    assert_held(text, doc_date, held)
