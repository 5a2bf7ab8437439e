"""What a value's period covers and whose a period is: a yearly average or a multi-year total, a running
total from January or a stock at a date, a year-end figure in a December report, and a period written right
after a value (that value's alone). Pure functions of the lower-cased sentence and the period read for it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from etl.casefold import compile_lowered
from etl.catalog import Indicator
from etl.numbers import parse_vi_number
from etl.periods import (
    KIND_OF_WORD,
    NO_YEAR,
    UNRESOLVED,
    Period,
    as_of_period,
    is_month_end,
    months_from_january,
    parse_period,
    period_before,
    range_period,
    shift_years,
    year_period,
)
from etl.values import Token

# "bình quân" of a yearly average, not of "thu nhập bình quân đầu người" (an indicator's own name).
_AVERAGE = compile_lowered(
    r"\b(?:bình quân|trung bình)\b(?! đầu người| một người| 1 người|/người| mỗi người| người)|/năm\b|mỗi năm"
)


# "5 năm", "bình quân 5 năm", "ba năm" right before the value ("5 năm đạt", "5 năm ước đạt khoảng")
_N_YEARS = compile_lowered(
    r"\b(?P<n>\d{1,2}|hai|ba|bốn|năm|mười) năm"
    r"(?: (?:ước|dự kiến|phấn đấu|đạt|là|từ|khoảng|trên|hơn|gần|chỉ|mới|ước đạt|ước tính|vào khoảng))*\s*$"
)
# (right after the value, in its clause: "…, bằng 80% kế hoạch năm", "đạt 85% dự toán cả năm")
_AGAINST_THE_YEARS_PLAN = compile_lowered(
    r"[^.;]{0,40}?\b(?:kế hoạch|dự toán|chỉ tiêu)(?: (?:giao|đề ra|được giao))? (?:cả )?năm\b(?! \d)(?! nay)"
)
_TOTAL = compile_lowered(r"\btổng\b|\bcộng dồn\b|\blũy kế\b|\bluỹ kế\b|\bcả giai đoạn\b")


def period_aggregate(
    period: Period, ind: Indicator, low: str, seg_start: int, tok: Token, doc_date: date | None
) -> tuple[Period, str | None]:
    """What the value is over its period: a yearly average or a total over several years, a running total
    from January to a date (for a flow) or a stock at a date."""
    lead = low[seg_start : tok.start]
    if ind.stock and period.kind == "dates":
        period = as_of_period(period.start)  # "Sáng 25/9, … 398 đại biểu": the count on that day
    if ind.stock and period.kind == "to_date":
        period = as_of_period(period.end)  # "từ đầu nhiệm kỳ đến nay … hiện có 93 xã": the count now
    if period.kind == "as_of" and ind.stock:
        return period, "stock"  # "đến nay có 93 xã", "tính đến 30/6/2024 có 3.512 doanh nghiệp"
    if (
        period.kind == "as_of"
        and period.now
        and not ind.stock
        and ind.figure_measure in ("level", "count")
        and period.end.month > 1
        and _AGAINST_THE_YEARS_PLAN.match(low, tok.end)
    ):
        # "Đến nay, toàn tỉnh có 480 doanh nghiệp đăng ký thành lập mới, bằng 80% kế hoạch năm": a count
        # measured against the year's plan runs from the year's first day
        end = period.end
        label = f"01/01–{end.day:02d}/{end.month:02d}/{end.year}"
        return replace(period, kind="to_date", start=date(end.year, 1, 1), label=label, now=False), "total"
    if period.kind == "as_of" and not period.now:
        # An explicit date ("tính đến 30/11/2025"), not "đến nay" (a count since an unstated start).
        if ind.figure_measure in ("share", "growth") and (period.end.month, period.end.day) == (12, 31):
            # "đến cuối năm 2026, khu vực dịch vụ chiếm khoảng 48,5% GRDP": the year's share
            return year_period(period.end.year), None
        if ind.figure_measure == "growth" and is_month_end(period.end) and not ind.stock:
            # "chỉ số sản xuất công nghiệp đến hết tháng 11/2023 tăng 7,21% so với cùng kỳ": the growth of the
            # year's months to then, as "11 tháng năm 2023" says it
            return months_from_january(period.end.year, period.end.month), None
        if ind.stock or ind.figure_measure in ("rank", "score", "share", "growth"):
            return period, "stock" if ind.stock or ind.figure_measure == "count" else None
        if (period.end.month, period.end.day) == (1, 1) and tok.status in ("target", "forecast"):
            # "Đầu năm 2025, tỉnh giao chỉ tiêu thành lập mới 700 doanh nghiệp": a flow's plan set at the
            # year's start is the year's (no days run to its first)
            return year_period(period.end.year), None
        # "tính đến 30/11/2025, kim ngạch đạt …": a flow's running total since January; to a month's end
        # ("đến hết tháng 6/2025") it is the year's first months, the same period as "6 tháng năm 2025".
        end = period.end
        if is_month_end(end):
            return months_from_january(end.year, end.month), "total"
        label = f"01/01–{end.day:02d}/{end.month:02d}/{end.year}"
        return replace(period, kind="to_date", start=date(end.year, 1, 1), label=label), "total"
    if ind.stock and period.kind in ("month", "quarter", "months", "half_year"):
        # "đến tháng 6/2025 toàn tỉnh có 120 xã đạt chuẩn", "Đến hết quý III/2018, toàn tỉnh có 56 xã": a
        # stock stands at the end of the part of the year it is said of
        return as_of_period(period.end), "stock"
    if ind.stock and period.kind == "year":
        # "năm 2024 còn 3,36%", "năm 2020 có 84 xã đạt chuẩn": a stock stands at the year's end.
        end = period.end
        return replace(period, kind="as_of", start=end, label=f"31/12/{end.year}"), "stock"
    if period.kind == "to_date":
        return period, "stock" if ind.stock else (
            "total" if ind.figure_measure in ("level", "count") else None
        )
    if period.kind == "year" and not period.inferred and (years := _N_YEARS.search(lead)) is not None:
        # "Một số chỉ tiêu chủ yếu đến năm 2025: tốc độ tăng trưởng GRDP bình quân 5 năm từ 8%/năm trở lên; …
        # tổng kim ngạch … 5 năm đạt 40 tỷ USD": the N years ending in the year named, not that year alone
        n = int(parse_vi_number(years["n"]))
        if 2 <= n <= 10:
            period = range_period(period.end.year - n + 1, period.end.year)
    if period.kind == "range":
        if _AVERAGE.search(lead) or _AVERAGE.match(low[tok.end : tok.end + 8]):
            return period, "average"
        if _TOTAL.search(lead):
            return period, "total"
        if ind.figure_measure == "growth":
            return period, "average"  # a growth rate over several years is a yearly average
    return period, None


def stock_closing_at_report(period: Period, doc_date: date | None, fallen_to: bool = False) -> bool:
    """A stock at the close of the year, a quarter or a month a report of its last days speaks of ("đến cuối
    năm 2024 còn 3,36%" on 27 December, "đến hết quý III/2018 có 56 xã" on 27 September): the closing
    figure, estimated a few days early, not a plan. `fallen_to`: the value is told as the level the stock came
    down to, which a report from November on gives for the year's close too ("từ 12,2% cuối năm 2021 xuống còn
    khoảng 1,36% cuối năm 2025" on 24 November, as year-end reports and five-year plans review it)."""
    if doc_date is None or period.kind != "as_of":
        return False
    if period.end == date(doc_date.year, 12, 31) and (
        doc_date.month == 12 or (fallen_to and doc_date.month == 11)
    ):
        return True
    return is_month_end(period.end) and 0 <= (period.end - doc_date).days <= _CLOSING_DAYS


_CLOSING_DAYS = 10


def owned_by_value(low: str, start: int, end: int) -> bool:
    """Whether the period at low[start:end] is the value's just before it ("mức 4,21% của năm 2023", "xếp
    thứ 59/63 (năm 2016)": a bracket holding nothing but the period)."""
    # (within a few words -- and past the value restated in dollars: "44,2 triệu đồng (1.917 USD) của năm
    # 2020")
    reach = 48 if _IN_DOLLARS_BEFORE.search(low, max(0, start - 30), start) else 24
    m = _VALUE_JUST_BEFORE.search(low, max(0, start - reach), start)
    if m is not None and _A_DAY_BEFORE.search(low, max(0, start - 40), start):
        return False  # "dịp nghỉ lễ 30/4 – 1/5 (từ ngày 28/4 đến hết ngày 1/5)": a day named, then its span
    if m is not None and m["bracket"] and not low.startswith(")", end):
        return False  # "41.836 tỷ đồng (năm 2020 là …)": the bracket tells of another value
    # "theo giá so sánh 2010 quý II/2020": a year before a period is no value owning it
    # ("3,2 triệu lượt khách trong năm, doanh thu … đạt 2.050 tỷ đồng": a span the sentence is in, unwritten,
    # is all of it, not the value's before it)
    return m is not None and not _YEAR_NUMBER.match(m["n"]) and not _THE_SENTENCES_SPAN.match(low, start, end)


_YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}$")
# a value restated in dollars in brackets ("44,2 triệu đồng (1.917 USD)")
IN_DOLLARS = r"\((?:khoảng |tương đương |gần |hơn )?[\d.,]+\s*(?:usd|đô la mỹ)\)"
_IN_DOLLARS_BEFORE = re.compile(IN_DOLLARS + r"\s*(?:của\s+)?$")
_THE_SENTENCES_SPAN = compile_lowered(r"trong (?:năm|tháng|quý|kỳ)(?: (?:này|nay|qua))?$")
# a day and month ("lễ 30/4 – 1/5", "ngày 2/9"), no value, right before the bracket
_A_DAY_BEFORE = compile_lowered(
    r"(?:\b(?:ngày|lễ|dịp|tết|khánh|tổ)\s+|\d{1,2}/\d{1,2}\s*[–-]\s*)\d{1,2}/(?:0?[1-9]|1[0-2])\s*\(\s*$"
)


_VALUE_JUST_BEFORE = compile_lowered(
    r"(?P<n>[\d.,]*\d)(?:/\d{1,3})?"
    # ("3,7 triệu lượt khách vào năm 2020")
    r"\s*(?:%|điểm|(?:nghìn tỷ |nghìn |triệu |tỷ )?(?:đồng|usd|người|lượt(?: khách)?(?: du lịch)?)|xã)?"
    # a rate per year ("8%/năm"), then whose plan it is ("… của Kế hoạch 5 năm 2021 - 2025", "… của cả
    # nhiệm kỳ", "… của Nghị quyết Đại hội")
    # (or what was reached in it: "cao hơn nhiều so với mức 6,27% đạt được năm 2024")
    # (past the same value in another currency: "mức 44,2 triệu đồng (1.917 USD) của năm 2020")
    rf"(?:/năm)?(?:\s*{IN_DOLLARS})?"
    r"(?:\s*(?P<bracket>\()|\s+)"
    # (past the field a rank is in: "Từ vị trí thứ 12 trong vùng năm 2022, PCI … lên thứ 7/14 … ở kết quả PCI
    # năm 2023" -- the 12's year, not the sentence's)
    r"(?:(?:trong |của )?(?:vùng|khu vực|cả nước|toàn quốc) )?"
    # ("tăng một bậc so với vị trí thứ 13 sau 6 tháng đầu năm": the rank the half-year had)
    # ("cao hơn mức tăng 8,27% ước tính cho riêng quý I": the status and the part singled out between)
    r"(?:(?:ước tính |ước |sơ bộ )?(?:(?:đề ra |đặt ra )?cho |của |trong |vào |ở |tại |theo |đạt được |sau )"
    r"(?:riêng )?)?(?:cả )?"
    r"(?:kế hoạch (?:\d+ )?|nghị quyết )?(?:cuối |đầu |giữa )?"
    # (an index's round: "vươn lên vị trí thứ 4 ở kỳ đánh giá năm 2023"; its results: "vươn lên thứ 31/63 ở
    # kết quả PGI năm 2024")
    r"(?:kỳ (?:đánh giá|xếp hạng|công bố) |kết quả(?: (?:chỉ số )?[a-z]{3,5}(?: index)?)? "
    r"|bảng xếp hạng(?: [a-z]{3,5})? )?$"
)


# "cao hơn cùng kỳ năm 2018 (6,8%)", "tăng 10% so với năm trước (6.363 tỷ đồng)": a value in brackets
# right after the period a sentence compares with is that period's value, not the sentence's. The bracket
# may open with a verb or a bound ("(đạt 6,8%)", "(khoảng 6,8%)"), never with a period or another value.
_REFERENCE_THEN_BRACKET = compile_lowered(
    r"(?:so với|cao hơn|thấp hơn|kém|bằng|hơn)\s+(?:(?:đáng kể|nhiều|hẳn|khá|nhẹ)\s+)?"
    # ("tăng một bậc so với vị trí thứ 13 sau 6 tháng đầu năm (khi đạt 8,64%)": the rank's period's value)
    r"(?:(?:vị trí|thứ hạng|hạng)(?: thứ)? \d{1,2}(?:/\d{1,2})? (?:sau|của|trong) )?"
    # ("cao hơn mức thực hiện của năm 2016 (5.851,6 tỷ đồng)": what was done that year)
    r"(?:mức\s+(?:tăng\s+(?:trưởng\s+)?|giảm\s+|thực hiện\s+|đạt được\s+)?"
    r"(?:bình quân\s+)?(?:của\s+)?"
    # ("tăng 10,2% so với ước thực hiện năm 2017 (5.900 tỷ đồng)": the estimate of the year compared with)
    r"|(?:số\s+)?(?:ước thực hiện|ước tính|ước|thực hiện)(?:\s+của)?\s+)?"
    r"(?P<ref>cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?|năm (?:trước|ngoái|\d{4})"
    # "cao hơn quý trước đó (6,8%)": the period before the one reported on, of its kind
    r"|(?P<before>năm|quý|tháng) (?:trước đó|liền trước)"
    # "cao hơn mức tăng của quý I/2025 (7,02%)": a part of a year written with its year
    r"|(?P<part>(?:quý [ivx1-4]+|tháng \d{1,2}|\d{1,2} tháng(?: đầu năm)?)(?:/| năm )\d{4}"
    # "gần bằng mức bình quân giai đoạn 2011 - 2015 (8,2%/năm)"
    r"|giai đoạn \d{4}\s*[-–]\s*\d{4})"
    # "Riêng quý II ước tăng 2,03%, nhích lên so với quý I (tăng 0,98%)": a part of the year reported on
    r"|(?P<yearless>quý [ivx1-4]+|tháng \d{1,2}|\d{1,2} tháng đầu năm)(?![/\d]| năm \d| \d))"
    # (or a later item of that bracket: "So với năm 2023 (tăng 4,93%, xếp thứ 55/63)")
    # (or an aside on it after a dash: "so với tháng 8/2025 - tháng có kim ngạch kỷ lục với hơn 9,1 tỷ USD")
    r"\s*(?:\((?:[^()]*?[,;]\s*)?|[-–]\s*(?:tháng|quý|năm)\b[^\d()]{0,40}?\b(?:với|đạt|là)\s+)(?:khi\s+)?"
    r"(?:(?:đạt|tăng|giảm|là|khoảng|gần|hơn|trên|dưới|chỉ|mới|ước|ước tính)\s+)*$"
)


def _period_before(reported: Period | None, word: str) -> Period:
    """The year, quarter or month before the one a sentence reports on, UNRESOLVED when it reports on no
    period of that kind."""
    if reported is None or reported.kind != KIND_OF_WORD[word]:
        return UNRESOLVED
    return period_before(reported)


def compared_period_in_brackets(low: str, tok_start: int, reported: Period | None) -> Period | None:
    """The period a bracketed value right after a comparison is the value of ("cao hơn cùng kỳ năm 2018
    (6,8%)": the first half of 2018 when the sentence reports on the first half of 2019), None when the value
    is not such a bracket. A span the text does not date ("cùng kỳ (6,8%)" with no period reported) is
    UNRESOLVED."""
    m = _REFERENCE_THEN_BRACKET.search(low, max(0, tok_start - 80), tok_start)
    if m is None:
        return None
    if reported is not None and reported.start.year <= NO_YEAR:
        # (a period the text does not place, "đến giữa tháng 7" or "năm nay" with no date line: no year before
        # it either)
        return UNRESOLVED
    ref = m["ref"]
    if m["part"]:
        return parse_period(m["part"])
    if m["yearless"]:
        if reported is None or reported.start.year != reported.end.year:
            return UNRESOLVED
        joiner = " " if "đầu năm" in m["yearless"] else "/"
        return parse_period(f"{m['yearless']}{joiner}{reported.start.year}")
    if m["before"]:
        return _period_before(reported, m["before"])
    year = re.search(r"\d{4}", ref)
    if ref.startswith("năm") and year:
        return year_period(int(year.group()))
    if reported is None or reported.start.year != reported.end.year:
        return UNRESOLVED
    earlier = int(year.group()) if year else reported.start.year - 1
    if ref.startswith("năm"):  # "so với năm trước (…)": the year before the one reported on
        return year_period(earlier)
    return shift_years(reported, earlier - reported.start.year)  # the same span in the year compared with
