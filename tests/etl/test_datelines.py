"""The date lines real Vietnamese news and government pages print (etl/datelines.py)."""

from datetime import date

import pytest

from etl.datelines import date_line, month_line
from etl.manifest import infer_source

OFFICIAL_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 1234/UBND-KT\nV/v đôn đốc thu ngân sách những tháng cuối năm\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiêu đề\nThứ Hai, 15/01/2024 - 09:30\n\nNội dung.", date(2024, 1, 15)),
        ("Tiêu đề\nCập nhật: 16/01/2024 10:15\n\nNội dung.", date(2024, 1, 16)),
        # (the time first)
        ("Tiêu đề\nCập nhật lúc 10:30, 26/09/2020\n\nNội dung.", date(2020, 9, 26)),
        # (a weekday, then the time, then the date; a news item's posting line)
        ("Tiêu đề\nThứ Tư, 07:10, 03/08/2016\n\nNội dung.", date(2016, 8, 3)),
        ("Tiêu đề\nTin đăng lúc : 08-04-2019\n\nNội dung.", date(2019, 4, 8)),
        ("Tiêu đề\nVTV.vn - 04/11/2022, 07:40\n\nNội dung.", date(2022, 11, 4)),
        ("Tiêu đề\n11:20 | 05/11/2025\n\nNội dung.", date(2025, 11, 5)),
        # (a publisher's name, then the date, the whole line)
        ("Tiêu đề\nBáo Lạng Sơn 08/07/2025\n\nNội dung.", date(2025, 7, 8)),
        ("Tiêu đề\nBáo Lạng Sơn - 08/07/2025 10:20\n\nNội dung.", date(2025, 7, 8)),
        # (a section's name before the posting word; the time after "lúc"; a stored copy's ISO marker)
        ("Tiêu đề\nKinh tế - Ngày đăng : 09:12, 03/05/2022\n\nNội dung.", date(2022, 5, 3)),
        ("Tiêu đề\n21/07/2024 lúc 08:40\n\nNội dung.", date(2024, 7, 21)),
        ("Tiêu đề\ndate 2023-02-17\n\nNội dung.", date(2023, 2, 17)),
        # (the mark, then the page's own opening run on)
        ("Tiêu đề\n date 2024-03-08 (Báo Mới) -\n\nNội dung.", date(2024, 3, 8)),
        # (but not a line that names registering: "Đăng ký kinh doanh …")
        ("Tiêu đề\nDoanh nghiệp - Đăng ký kinh doanh 15/01/2024\n\nNội dung.", None),
        ("Tiêu đề\n15/01/2024 09:30 GMT+7\n\nNội dung.", date(2024, 1, 15)),
        # (a figure's cut-off in the opening is no date line: "tính đến ngày 30/11/2023")
        ("Tiêu đề\n\nKim ngạch tính đến ngày 30/11/2023 đạt 4.372 triệu USD.", None),
        # (in brackets, as the older provincial portal prints it)
        ("Tiêu đề\n(14/12/2016 17:05)\n\nNội dung.", date(2016, 12, 14)),
        ("Tiêu đề\nLạng Sơn, ngày 12 tháng 01 năm 2024\n\nNội dung.", date(2024, 1, 12)),
        # an official letter: the issuing body, its number, its subject and the national motto stand above
        # its place-and-date line
        (
            OFFICIAL_HEAD + "Lạng Sơn, ngày 14 tháng 10 năm 2019\n\nKính gửi: các sở, ngành.",
            date(2019, 10, 14),
        ),
        # a decision the text cites, low in its head, is no date line
        (
            "Báo cáo tình hình thu ngân sách\n"
            + "Đoạn mở đầu.\n" * 6
            + "Thực hiện Nghị quyết số 45/NQ-HĐND, ngày 10 tháng 12 năm 2023 của HĐND tỉnh, UBND tỉnh báo cáo.",
            None,
        ),
        # a date in words deep in a body is about something else, not the document's date
        (
            "Tiêu đề\n\n" + "Đoạn văn.\n" * 12 + "Hội nghị tổ chức tại Lạng Sơn, ngày 14 tháng 10 năm 2019.",
            None,
        ),
    ],
)
def test_date_lines(text, expected):
    assert date_line(text) == expected


@pytest.mark.parametrize(
    "head",
    [
        "CHƯƠNG TRÌNH\nHội nghị sơ kết 6 tháng đầu năm 2024\n1.1 - 14/03/2024: Đón tiếp đại biểu",
        "CHƯƠNG TRÌNH\n3.2 – 30/6/2024 (ước tính)",
        "CHƯƠNG TRÌNH\nThứ Hai, 10:00 - 15/01/2024: Hội nghị sơ kết",
    ],
)
def test_an_agendas_numbered_item_is_no_date_line(head):
    assert date_line(head) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # the day an instrument the opening cites was issued is no date of the text
        (
            "Khu kinh tế cửa khẩu sau 10 năm\n\nKhu kinh tế được thành lập theo Quyết định số 138/2008/QĐ-TTg ngày "
            "14/10/2008 của Thủ tướng Chính phủ.",
            None,
        ),
        (
            "Thu ngân sách\n\nThực hiện Nghị quyết ngày 10/12/2023 của HĐND tỉnh, các ngành đã triển khai.",
            None,
        ),
        # a Party instrument's number, its kind after a hyphen ("37-NQ/TW")
        (
            "Tổng kết 15 năm thực hiện Nghị quyết\n\nThực hiện Nghị quyết số 37-NQ/TW, ngày 1/7/2004 của Bộ Chính "
            "trị, tỉnh đã đạt nhiều kết quả.",
            None,
        ),
        # guard: the document's own number and day is its date line
        ("BÁO CÁO\nSố 520-BC/TU, ngày 10/12/2023\nTình hình kinh tế - xã hội năm 2023", date(2023, 12, 10)),
        # guard: a day the opening gives for what happens is still the fallback
        ("Tin mới\n\nHôm nay (ngày 25/8/2023), Sở Tài chính tổ chức hội nghị.", date(2023, 8, 25)),
        # a news lead opening on the time of day and its date, with no date line
        ("Khai mạc kỳ họp\n\nSáng 9/12/2024, HĐND tỉnh khai mạc kỳ họp thứ 25.", date(2024, 12, 9)),
        ("Khai mạc kỳ họp\n\nChiều nay 9/12/2024, HĐND tỉnh bế mạc kỳ họp.", date(2024, 12, 9)),
        # (not a time of day inside a sentence: "… từ sáng 9/12/2024")
        ("Khai mạc kỳ họp\n\nCác đại biểu làm việc từ sáng 9/12/2024 đến hết ngày.", None),
    ],
)
def test_an_instruments_day_in_the_opening_is_no_date_line(text, expected):
    assert date_line(text) == expected


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        # a stored copy marked with its month alone: the month, no day
        ("Tiêu đề\ndate 2025-07\nNội dung.", "2025-07", None),
        ("Tiêu đề\n2025-07\nNội dung.", "2025-07", None),
        ("Tiêu đề\ndate 2025-07-14\nNội dung.", None, date(2025, 7, 14)),
        # (not a month in the body, nor an impossible one)
        ("Tiêu đề\nNội dung.\n\nBáo cáo\nThêm\nNữa\nHết\nSau\ndate 2025-07", None, None),
        ("Tiêu đề\ndate 2025-13\nNội dung.", None, None),
    ],
)
def test_a_month_marked_alone_is_the_month(text, month, day):
    assert (month_line(text) if day is None else None, date_line(text)) == (month, day)


def test_a_document_dated_to_its_month_measures_from_its_first_day_marked_inferred():
    text = "Tiêu đề\ndate 2025-07\nTrong 6 tháng đầu năm, toàn tỉnh có 396 doanh nghiệp thành lập mới."
    source = infer_source("doc.txt", text, None, "0" * 64)
    assert (source.published, source.doc_date()) == ("2025-07", (date(2025, 7, 1), True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legal-text site's record of the instrument, above its header
        (
            "Nghị quyết 12/NQ-HĐND năm 2024 về kế hoạch năm 2025\n\nSố hiệu: 12/NQ-HĐND\nNgày ban hành: "
            "06/12/2024\nLoại văn bản: Nghị quyết",
            date(2024, 12, 6),
        ),
        # the header's two columns set one under the other: the number between the motto and the day
        (
            "Nghị quyết về kế hoạch năm 2025\nLoại văn bản: Nghị quyết\nLĩnh vực: Kinh tế\nCơ quan: HĐND\nA\nB\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/NQ-HĐND\nLạng Sơn, ngày 06 tháng 12 năm 2024\n\nNGHỊ QUYẾT",
            date(2024, 12, 6),
        ),
        # (not a day a decision cited under the motto's number line: the text's own day is missing)
        (
            "Báo cáo\nA\nB\nC\nD\nE\nF\nĐộc lập - Tự do - Hạnh phúc\nSố: 5/BC-UBND\nThực hiện Quyết định số 9, "
            "ngày 06 tháng 12 năm 2024 của UBND tỉnh, …",
            None,
        ),
    ],
)
def test_an_official_texts_own_day_under_its_header(text, expected):
    assert date_line(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the motto set with en dashes, a rule under it, then the number and the day
        (
            "Kế hoạch 104/KH-UBND năm 2021\n\nHiệu lực: Không xác định\n\nỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n——-\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n—————\nSố: 104/KH-UBND\n"
            "Lạng Sơn, ngày 12 tháng 5 năm 2021\n\nKẾ HOẠCH",
            date(2021, 5, 12),
        ),
        # "Thực hiện …" opening a news lead: the day after it is the news's own
        (
            "Xuất nhập khẩu khởi sắc\nThực hiện chương trình công tác, ngày 8/7/2024, đoàn công tác của tỉnh làm "
            "việc tại cửa khẩu Hữu Nghị.",
            date(2024, 7, 8),
        ),
        # a law the text rests on is cited with its day: no date line of the text's own
        (
            "Kế hoạch phát triển kinh tế - xã hội\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
            "Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:",
            None,
        ),
    ],
)
def test_an_official_texts_day_under_a_motto_set_with_dashes_not_a_law_it_cites(text, expected):
    assert date_line(text) == expected
