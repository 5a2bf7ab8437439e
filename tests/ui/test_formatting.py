import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.formatting import (
    MINUS,
    change_arrow,
    format_change,
    format_date,
    format_number,
    format_value,
    plotly_separators,
)


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (6.95, "vi", None, "6,95"),
        (6.95, "en", None, "6.95"),
        (65000, "vi", None, "65.000"),
        (65000, "en", None, "65,000"),
        (1234567.891, "vi", None, "1.234.567,89"),
        (1234567.891, "en", None, "1,234,567.89"),
        (4.5, "vi", None, "4,5"),
        (4.0, "vi", None, "4"),
        (3, "en", 2, "3.00"),
        (3.14159, "vi", 1, "3,1"),
        (2.5, "en", 0, "2"),  # Python's round: half to even
        (2.675, "vi", None, "2,67"),  # agrees with round(2.675, 2): the binary value lies below the tie
        (0.125, "en", None, "0.12"),
        (0.005, "vi", None, "0,01"),  # binary 0.005 lies above the tie
        (-0.001, "vi", None, "0"),  # never "-0"
        (-0.004, "en", 2, "0.00"),
        (-1.5, "vi", None, f"{MINUS}1,5"),
        (-1234.5, "en", None, f"{MINUS}1,234.5"),
        (0, "en", None, "0"),
    ],
)
def test_format_number(value, lang, decimals, expected):
    assert format_number(value, lang, decimals) == expected


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False, allow_infinity=False))
def test_format_number_vi_round_trip(x):
    text = format_number(x, "vi")
    parsed = float(text.replace(".", "").replace(",", ".").replace(MINUS, "-"))
    assert parsed == round(x, 2)
    if parsed == 0:
        assert text == "0"  # no "-0", whatever the sign of the tiny value


@pytest.mark.parametrize(
    ("value", "unit", "lang", "kw", "expected"),
    [
        (6.95, "percent", "vi", {}, "6,95%"),
        (6.95, "percent", "en", {}, "6.95%"),
        (49.26, "million_vnd", "vi", {}, "49,26 triệu đồng"),
        (49.26, "million_vnd", "en", {}, "VND 49.26 million"),
        (22683, "billion_vnd", "vi", {}, "22.683 tỷ đồng"),
        (22683, "billion_vnd", "en", {}, "VND 22,683 billion"),
        (4.5, "billion_usd", "vi", {}, "4,5 tỷ USD"),
        (4.5, "billion_usd", "en", {}, "USD 4.5 billion"),
        (65.5, "points", "vi", {}, "65,5 điểm"),
        (65.5, "points", "en", {}, "65.5 points"),
        (1, "points", "en", {}, "1 point"),
        (65000, "count", "vi", {}, "65.000"),
        (65000, "count", "en", {}, "65,000"),
        (15, "rank", "vi", {"rank_of": 63}, "15/63"),
        (15, "rank", "en", {"rank_of": 63}, "15/63"),
        (2, "rank", "vi", {}, "thứ 2"),
        (2, "rank", "en", {}, "2nd"),
        (1, "rank", "en", {}, "1st"),
        (3, "rank", "en", {}, "3rd"),
        (11, "rank", "en", {}, "11th"),
        (22, "rank", "en", {}, "22nd"),
        (63, "rank", "en", {}, "63rd"),
        (65000, "count", "vi", {"approximate": True}, "khoảng 65.000"),
        (65000, "count", "en", {"approximate": True}, "about 65,000"),
        (6.954, "percent", "vi", {"approximate": True}, "khoảng 6,95%"),
        (1_500_000.456, "billion_vnd", "vi", {}, "1.500.000,46 tỷ đồng"),
        (float("nan"), "percent", "en", {}, "–"),
    ],
)
def test_format_value(value, unit, lang, kw, expected):
    assert format_value(value, unit, lang, **kw) == expected


@pytest.mark.parametrize(
    ("delta", "unit", "lang", "relative", "expected"),
    [
        (1.5, "percent", "vi", False, "+1,5 điểm %"),
        (1.5, "percent", "en", False, "+1.5 pp"),
        # a rank's change is in places gained: 16th → 13th is +3, 2nd → 62nd is −60
        (-3, "rank", "vi", False, "+3 bậc"),
        (-3, "rank", "en", False, "+3 places"),
        (60, "rank", "vi", False, f"{MINUS}60 bậc"),
        (1, "rank", "en", False, f"{MINUS}1 place"),
        (29.3, "million_vnd", "vi", True, "+29,3%"),
        (-12.25, "billion_vnd", "en", True, f"{MINUS}12.25%"),
        (120, "billion_vnd", "vi", False, "+120 tỷ đồng"),
        (-120, "billion_vnd", "en", False, f"{MINUS}VND 120 billion"),
        (0.04, "points", "vi", False, "+0,04 điểm"),
        (-26, "count", "en", False, f"{MINUS}26"),
        (11.1626, "million_vnd", "vi", False, "+11,16 triệu đồng"),
        (0, "rank", "vi", False, "0 bậc"),
        (-0.001, "percent", "vi", False, "0 điểm %"),  # rounds to zero: no sign, never "-0"
        (0.004, "count", "en", True, "0%"),
    ],
)
def test_format_change(delta, unit, lang, relative, expected):
    assert format_change(delta, unit, lang, relative=relative) == expected


@pytest.mark.parametrize(
    ("delta", "unit", "arrow"),
    [
        (-3, "rank", "up"),  # 16th → 13th: up the table
        (60, "rank", "down"),  # 2nd → 62nd
        (1.5, "percent", "up"),
        (-120, "billion_vnd", "down"),
        (0, "rank", "off"),
        (None, "percent", "off"),
    ],
)
def test_change_arrow_points_as_the_change_is_signed(delta, unit, arrow):
    assert change_arrow(delta, unit) == arrow
    if delta:  # the arrow and the sign say the same thing, in both languages
        for lang in ("vi", "en"):
            assert format_change(delta, unit, lang).startswith("+" if arrow == "up" else MINUS)


@pytest.mark.parametrize(("lang", "expected"), [("vi", ",."), ("en", ".,")])
def test_plotly_separators(lang, expected):
    assert plotly_separators(lang) == expected


@pytest.mark.parametrize(
    ("published", "lang", "expected"),
    [
        ("2023-08-25", "vi", "25/08/2023"),
        ("2023-08-25", "en", "25 Aug 2023"),
        ("2023-01-05", "en", "5 Jan 2023"),
        ("2023-09", "vi", "09/2023"),
        ("2023-09", "en", "Sep 2023"),
        ("2023", "vi", "2023"),
        ("2023", "en", "2023"),
        (None, "vi", ""),
        ("", "en", ""),
        ("25/08/2023", "vi", ""),  # not the published format: nothing rather than a wrong date
        ("2023-02-30", "en", "2023"),  # impossible day: keep what is certain
    ],
)
def test_format_date(published, lang, expected):
    assert format_date(published, lang) == expected


@pytest.mark.parametrize("fn", [lambda: format_number(1, "fr"), lambda: plotly_separators("de")])
def test_unknown_language_is_refused(fn):
    with pytest.raises(ValueError, match="unsupported language"):
        fn()
