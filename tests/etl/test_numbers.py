import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from etl.numbers import NumberFormatError, english_grouping, parse_vi_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6,95", 6.95),  # decimal comma
        ("49,26", 49.26),
        ("22.683", 22683),  # thousands dot
        ("65.000", 65000),
        ("18.063,8", 18063.8),  # both
        ("1.234.567", 1234567),
        ("1.234.567,25", 1234567.25),
        ("15", 15),
        ("0,04", 0.04),
        ("6.95", 6.95),  # English style where unambiguous: a dot not followed by exactly 3 digits
        ("1,234.5", 1234.5),  # English style with both marks: the last one is decimal
        ("1,234,567", 1234567),
        ("1,500", 1.5),  # a lone comma is decimal, as Vietnamese reads it
        ("hai", 2),
        ("Ba", 3),
        ("mười", 10),
    ],
)
def test_parse_vi_number(text, expected):
    assert parse_vi_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text", ["", "abc", "1.23.4", "12.34.567", "1,2,3", "6,", "1.234,5,6", "1234.567.890"]
)
def test_malformed_numbers_are_refused(text):
    with pytest.raises(NumberFormatError):
        parse_vi_number(text)


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_round_trip_through_vietnamese_formatting(value):
    # Babel writes numbers the Vietnamese way (thousands dot, decimal comma): an independent formatter.
    text = format_decimal(value, format="#,##0.##", locale="vi")
    assert parse_vi_number(text) == pytest.approx(float(value), abs=1e-9)


@given(st.integers(min_value=1000, max_value=10**12))
def test_round_trip_of_grouped_integers(value):
    text = format_decimal(value, locale="vi")
    assert "." in text
    assert parse_vi_number(text) == value


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Năm 2024, GRDP tăng 2.78%, thu ngân sách 9,805.5 tỷ đồng.", True),
        ("Năm 2024, GRDP tăng 6,01%, thu ngân sách 9.805,5 tỷ đồng.", False),
        # a heading's section number is no decimal: the page's "50.600" stays fifty thousand six hundred
        ("3.1 Mục tiêu\n3.1.2. Khách du lịch\nNăm 2025 đạt 50.600 lượt khách.", False),
        ("II.2 Kết quả\nNăm 2025 đạt 50.600 lượt khách.", False),
        # nor the number of a part of a text it cites
        ("Theo mục 2.3 của báo cáo, năm 2023 tỉnh đón 50.600 lượt khách quốc tế.", False),
        ("Bảng 2.1: Kết quả năm 2023\nĐạt 50.600 lượt khách.", False),
        # … but a decimal later on the numbered line is one, and so is a value opening a line
        ("1.2 Tăng trưởng đạt 2.5% trong năm", True),
        ("1.5 triệu lượt khách đã đến trong quý I, doanh thu đạt 1,250 tỷ đồng.", True),
    ],
)
def test_a_page_written_with_english_decimals_is_told_by_its_numbers_not_its_headings(text, english):
    assert english_grouping(text) is english
