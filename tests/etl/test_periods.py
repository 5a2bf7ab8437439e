from datetime import date

import pytest

from etl.periods import find_periods, parse_period, shift_years

DOC = date(2023, 8, 25)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "label"),
    [
        ("năm 2022", "year", date(2022, 1, 1), date(2022, 12, 31), "2022"),
        ("chỉ số PCI 2022 của tỉnh", "year", date(2022, 1, 1), date(2022, 12, 31), "2022"),
        ("giai đoạn 2021-2022", "range", date(2021, 1, 1), date(2022, 12, 31), "2021–2022"),
        ("bình quân giai đoạn 2016-2020", "range", date(2016, 1, 1), date(2020, 12, 31), "2016–2020"),
        ("các năm 2015-2020", "range", date(2015, 1, 1), date(2020, 12, 31), "2015–2020"),  # as written
        # A Party term reports on its five-year plan: the years after the congress that opened it.
        ("nhiệm kỳ 2015 – 2020", "range", date(2016, 1, 1), date(2020, 12, 31), "2016–2020"),
        ("giai đoạn 2021-25", "range", date(2021, 1, 1), date(2025, 12, 31), "2021–2025"),
        # a "giai đoạn" named by a term's congress years: the term's plan years (no plan spans six years)
        ("giai đoạn 2025 - 2030", "range", date(2026, 1, 1), date(2030, 12, 31), "2026–2030"),
        ("bình quân giai đoạn 2015-2020", "range", date(2016, 1, 1), date(2020, 12, 31), "2016–2020"),
        ("6 tháng đầu năm 2023", "half_year", date(2023, 1, 1), date(2023, 6, 30), "H1/2023"),
        ("9 tháng năm 2024", "months", date(2024, 1, 1), date(2024, 9, 30), "01–09/2024"),
        ("quý I/2023", "quarter", date(2023, 1, 1), date(2023, 3, 31), "Q1/2023"),
        ("quý III năm 2024", "quarter", date(2024, 7, 1), date(2024, 9, 30), "Q3/2024"),
        ("tháng 10/2023", "month", date(2023, 10, 1), date(2023, 10, 31), "10/2023"),
        ("tính đến 30/11/2025", "as_of", date(2025, 11, 30), date(2025, 11, 30), "30/11/2025"),
        ("tính đến hết năm 2024", "as_of", date(2024, 12, 31), date(2024, 12, 31), "31/12/2024"),
        ("từ ngày 25-27/9/2020", "dates", date(2020, 9, 25), date(2020, 9, 27), "25–27/09/2020"),
        # days of one month with the month written once, the year the date line's when not written
        ("từ ngày 1 đến hết ngày 15/8", "dates", date(2023, 8, 1), date(2023, 8, 15), "01–15/08/2023"),
        ("Từ ngày 1 đến ngày 20/1/2024", "dates", date(2024, 1, 1), date(2024, 1, 20), "01–20/01/2024"),
        ("từ đầu nhiệm kỳ 2020-2025 đến nay", "to_date", date(2020, 1, 1), DOC, "2020–25/08/2023"),
        ("Từ nay đến năm 2030", "plan", DOC, date(2030, 12, 31), "25/08/2023–2030"),
        ("Từ khi thành lập đến nay", "as_of", DOC, DOC, "25/08/2023"),
        ("quý II", "quarter", date(2023, 4, 1), date(2023, 6, 30), "Q2/2023"),  # year from the document
    ],
)
def test_parse_period(text, kind, start, end, label):
    p = parse_period(text, DOC)
    assert (p.kind, p.start, p.end, p.label) == (kind, start, end, label)


@pytest.mark.parametrize(
    "text",
    [
        "5 năm qua",  # a duration, not a calendar period
        "Quy định số 37",
        "thương binh 1/4",
        "Ngày 25-8",  # a day without a year
        "ngày 31/2/2023",  # no such day
        "2.022 người",
        "22.683 tỷ đồng",
    ],
)
def test_not_periods(text):
    assert find_periods(text, None) == []


def test_relative_periods_need_a_document_date():
    assert parse_period("từ đầu nhiệm kỳ 2020-2025 đến nay", None) is None
    assert parse_period("Từ nay đến năm 2030", None) is None


def test_relative_period_is_inferred_when_the_document_date_is():
    assert parse_period("đến nay", DOC, doc_date_inferred=True).inferred
    assert not parse_period("đến nay", DOC, doc_date_inferred=False).inferred
    assert not parse_period("năm 2022", DOC, doc_date_inferred=True).inferred


@pytest.mark.parametrize(
    ("doc_date", "label"),
    [(date(2019, 1, 7), "2018"), (date(2018, 12, 20), "2018"), (date(2018, 6, 10), None)],
)
def test_the_year_looked_back_on(doc_date, label):
    # "Năm qua": the year just ended in a new-year article, this one at the year's end, unknown in mid-year
    found = parse_period("Năm qua", doc_date)
    assert (found.label if found is not None and found.kind != "unresolved" else None) == label
    assert find_periods("Trong 5 năm qua, thu ngân sách tăng bình quân 10%/năm.", doc_date) == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Từ tháng 1 đến tháng 6/2024", "H1/2024"),
        ("từ tháng 1 đến hết tháng 8 năm 2024", "01–08/2024"),
        ("Từ tháng 4 đến tháng 6/2024", "Q2/2024"),
        ("từ tháng 3 đến tháng 8/2024", "03–08/2024"),
        ("Từ tháng 1/2024 đến tháng 6/2024", "H1/2024"),
        # over the year's end: a span from one month's first day to the other's last, not two months
        ("từ tháng 3/2022 đến tháng 6/2023", "01/03/2022–30/06/2023"),
        ("từ tháng 1/2021 đến tháng 12/2023", "2021–2023"),
        # from a year to a month, the year's word unsaid
        ("Từ 2021 đến hết tháng 6/2023", "01/01/2021–30/06/2023"),
    ],
)
def test_months_from_one_to_another(text, label):
    assert parse_period(text, DOC).label == label


def test_a_month_span_whose_second_year_is_unsaid():
    # "từ tháng 3/2022 đến tháng 6": that year's June; "từ tháng 9/2022 đến tháng 3": a later March the text
    # does not name -- no period, and neither month alone
    assert parse_period("từ tháng 3/2022 đến tháng 6 đạt 45 dự án", DOC).label == "03–06/2022"
    assert find_periods("từ tháng 9/2022 đến tháng 3 đạt 45 dự án", DOC) == []


@pytest.mark.parametrize(
    "text, doc_date, label",
    [
        # since a year's first day to the date line: one running total, not the year then a stock
        ("Từ năm 2021 đến nay, tỉnh thu hút 45 dự án", date(2024, 2, 10), "01/01/2021–10/02/2024"),
        ("từ đầu năm 2022 đến nay đã có 412 doanh nghiệp", date(2023, 5, 4), "01/01/2022–04/05/2023"),
        ("từ 2020 tới nay", date(2023, 5, 4), "01/01/2020–04/05/2023"),
    ],
)
def test_since_a_year_to_the_date_line(text, doc_date, label):
    found = parse_period(text, doc_date)
    assert (found.label if found is not None and found.kind != "unresolved" else None) == label


def test_since_a_month_is_no_period():
    # "các lễ hội phải dừng tổ chức từ đầu tháng 2": since when, not what a figure is over
    assert find_periods("các lễ hội phải dừng tổ chức từ đầu tháng 2", DOC) == []


def test_longest_expression_wins_and_spans_are_exact():
    text = "Từ nay đến năm 2030, tỉnh sẽ giảm thêm"
    [m] = find_periods(text, DOC)
    assert text[m.start : m.end] == "Từ nay đến năm 2030"


def test_shift_years_moves_the_same_period():
    p = shift_years(parse_period("6 tháng đầu năm 2024", DOC), -1)
    assert (p.start, p.end, p.label) == (date(2023, 1, 1), date(2023, 6, 30), "H1/2023")


@pytest.mark.parametrize(
    "text, years, end",
    [
        ("2 tháng đầu năm 2017", -1, date(2016, 2, 29)),  # to a leap year: February's end is the 29th
        ("2 tháng đầu năm 2016", -1, date(2015, 2, 28)),  # from one
        ("tháng 2/2021", 3, date(2024, 2, 29)),
    ],
)
def test_shift_years_keeps_a_month_end_at_its_end(text, years, end):
    assert shift_years(parse_period(text, DOC), years).end == end


@pytest.mark.parametrize(
    "text, doc_date, label",
    [
        ("cả nhiệm kỳ đạt 21,6 tỷ USD", date(2023, 6, 1), "2021–2025"),  # the term the document is written in
        (
            "trong nhiệm kỳ, khởi tố 38 vụ án",
            date(2020, 10, 14),
            "2016–2020",
        ),  # at the congress: the closing term
        ("mục tiêu nhiệm kỳ là 8%", date(2020, 10, 14), None),  # its plan: which term's, the text must say
        ("trong nhiệm kỳ tới đạt 8%", date(2023, 6, 1), "2026–2030"),  # the next term: its own plan years
        # since the congress that opened the term; at the one closing it, since the one before
        ("từ đầu nhiệm kỳ đến nay thu hút 152 dự án", date(2023, 6, 1), "10/2020–01/06/2023"),
        ("từ đầu nhiệm kỳ đến nay thu hút 152 dự án", date(2025, 10, 13), "10/2020–13/10/2025"),
    ],
)
def test_a_term_without_its_years(text, doc_date, label):
    found = parse_period(text, doc_date)
    assert (found.label if found is not None and found.kind != "unresolved" else None) == label


@pytest.mark.parametrize(
    "text, label",
    [
        # the office's month names in words: "tháng Một", "tháng Hai", "tháng Ba", "tháng Năm" before its year
        ("Tổng mức bán lẻ tháng Hai ước đạt 1.286,4 tỷ đồng", "02/2020"),
        ("Kim ngạch tháng Một ước đạt 285,2 triệu USD", "01/2020"),
        ("Chỉ số IIP tháng Ba/2019 tăng 4,2%", "03/2019"),
        ("Thu ngân sách tháng Năm năm 2019 đạt 512 tỷ đồng", "05/2019"),
        # (counts after a month, and "tháng năm" before no year, are no month)
        ("Mỗi tháng một lần, tổ kiểm tra 12 cơ sở", None),
        ("Hai tháng đầu năm, kim ngạch đạt 535,6 triệu USD", "01–02/2020"),
    ],
)
def test_months_written_in_words(text, label):
    found = find_periods(text, date(2020, 2, 26))
    assert (found[0].period.label if found else None) == label
