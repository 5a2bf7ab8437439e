"""Figures for the earlier period a comparison names, computed and labelled as derived.

Domain convention (documented in the README): a rate said to be "cao hơn 1,5%" than another rate
differs by percentage points (6,95% vs 5,45%); a level (income, GRDP, a count) "cao hơn 29,3%" differs
by per cent (49,26 = x × 1,293). A rank that "tăng 21 bậc" moved 21 places towards 1.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from etl.casefold import lowered
from etl.catalog import Catalog, load_catalog
from etl.mentions import Mention
from etl.periods import YEAR, Period, another_month_or_quarter, shift_years
from etl.values import ENGLISH_DIGITS


@dataclass(frozen=True)
class Derived:
    value: float
    period: Period
    rule: str  # one of etl.schema.DERIVATION_RULES
    formula: str  # the arithmetic, language-neutral: "49.26 / (1 + 29.3/100) = 38.0974"


def _fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _decimals(text: str) -> int:
    """Decimals of a number as written, read as etl.values.num reads it ("49,26" → 2, "0,842" → 3, "22.683"
    → 0; in a document of English digits, "6.5" → 1 and "1,234" → 0)."""
    m = re.search(r"\d[\d.,]*", text)
    if m is None:
        return 0
    written = m.group().rstrip(".,")
    decimal_mark, group_mark = (".", ",") if ENGLISH_DIGITS.get() else (",", ".")
    if decimal_mark in written:
        return len(written.rsplit(decimal_mark, 1)[1])
    # (the other mark before three digits groups thousands; before any other count, a writer's decimal point)
    tail = written.rsplit(group_mark, 1)[1] if group_mark in written else ""
    return len(tail) if tail and len(tail) != 3 else 0


def _significant(text: str) -> int:
    """Significant digits of the first number written ("356,4" → 4, "6.500" → 4, "3,3" → 2)."""
    m = re.search(r"\d[\d.,]*", text)
    digits = re.sub(r"\D", "", m.group()) if m else ""
    return max(1, len(digits.lstrip("0")))


def _round_significant(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


_YEAR_BEFORE = re.compile(r"\bnăm (?:trước|ngoái)\b")
# a holiday, whose days move from year to year (the lunar New Year, the Hùng Kings' day) or whose length does
# (not "thông quan cả thứ Bảy, Chủ nhật và ngày nghỉ": days off, no holiday)
_A_HOLIDAY = re.compile(r"\b(?:tết|kỳ nghỉ|dịp nghỉ|nghỉ lễ|dịp lễ|quốc khánh|giỗ tổ)\b")
_YEAR_WRITTEN = re.compile(rf"\b{YEAR}\b")


def derive_earlier(mention: Mention, catalog: Catalog | None = None, sentence: str = "") -> Derived | None:
    """The earlier period's value implied by the mention's comparison, or None if it implies none.

    Only where the arithmetic is legitimate: the reference is an earlier period of the same kind (never a
    plan, a budget, a national or regional average, or the month or quarter before), the figure is a
    result (not a target), and a level is never derived from a real growth rate (GRDP grows at constant
    prices while its level is at current prices)."""
    comp = mention.comparison
    if comp is None or not comp.derivable or mention.status in ("target", "forecast"):
        return None
    if mention.bound in ("over", "under", "at_least", "at_most", "approx"):
        # "hơn 86,14 tỷ USD, tăng 44,6%": a bound's earlier value is no figure, only a bound; nor is an
        # approximate level's ("khoảng 1.236.000 lượt khách, tăng 8,2%"), which would carry a precision the
        # text does not give
        return None
    catalog = catalog or load_catalog()
    indicator = catalog.by_id(mention.indicator_id)
    if indicator.price_basis_applies and indicator.figure_measure == "level" and comp.amount_unit == "%":
        return None
    if mention.period.kind == "dates" and mention.period_source not in ("clause", "sentence"):
        # "… dịp Tết, từ ngày 29/1 đến ngày 3/2, đón khoảng 60.000 lượt khách. Thu từ du lịch ước 45 tỷ đồng,
        # tăng 12% so với cùng kỳ năm 2024": days a sentence before told are a holiday's, which falls on
        # other days each year -- the same days a year before are not what was compared with (days its own
        # clause names are: "từ ngày 1 đến hết ngày 15/12 đạt …, giảm 32,7% so với cùng kỳ năm 2020")
        return None
    if mention.period.kind == "dates" and _A_HOLIDAY.search(lowered(sentence)):
        # (nor the days a holiday's own sentence names: "Trong 3 ngày nghỉ lễ Giỗ Tổ (từ ngày 6/4 đến ngày
        # 7/4), Lạng Sơn đón 24.000 lượt khách, tăng 6% so với cùng kỳ năm 2024" -- last year's holiday fell
        # on other days)
        return None
    if comp.reference == "previous_term":
        if mention.period.kind != "range":
            return None  # "so với giai đoạn trước" of a year: which span, the text does not say
        span = mention.period.end.year - mention.period.start.year + 1
        period = shift_years(mention.period, -span)  # 2021–2025 against 2016–2020
    else:
        period = comp.period or shift_years(mention.period, -1)  # "so với cùng kỳ": a year earlier
    if comp.period is not None and another_month_or_quarter(comp.period, mention.period):
        return None  # "so với tháng 12/2015" for January 2016: the month before, named (never derived from)
    if comp.period is not None and comp.period.same_span:
        # "so với cùng kỳ năm 2019": the figure's span in that year
        period = shift_years(mention.period, comp.period.start.year - mention.period.start.year)
    if comp.period is not None and _YEAR_BEFORE.search(comp.text) and not _YEAR_WRITTEN.search(comp.text):
        # "(PAPI năm 2022) giảm 9 bậc so với năm trước": the year before the figure's, not the document's
        period = shift_years(mention.period, -1)
    if mention.period.kind == "as_of" and period.kind == "year":
        # "tỷ lệ hộ nghèo còn 3,36%, giảm 2,18 điểm phần trăm so với cuối năm 2023": a stock against the
        # stock at that year's end
        period = replace(period, kind="as_of", start=period.end, label=period.end.strftime("%d/%m/%Y"))
    if period.end >= mention.period.end and period.start >= mention.period.start:
        return None  # not an earlier period: nothing sensible to derive
    if comp.period is not None and period.kind != mention.period.kind:
        return None  # a year against a half-year is not the same measure
    v, d, s = mention.value, comp.amount, comp.direction
    unit = catalog.units[mention.unit]
    decimals = _decimals(mention.value_text)
    sign = "-" if s > 0 else "+"
    if comp.index:
        if unit.kind == "rate" or comp.amount_unit != "%" or d <= 0:
            return None
        value, rule = v / (d / 100), "relative_change"
        formula = f"{_fmt(v)} / ({_fmt(d)}/100)"
    elif unit.kind == "rate" and mention.measure == "score" and comp.amount_unit in ("pp", "points"):
        # a score in per cent (SIPAS, PAR Index) moves in points: "đạt 79,06%, giảm 1,39 điểm phần trăm so với
        # năm 2023" (its "tăng 2,94%" could be points or relative: nothing is derived from it below)
        value, rule = v - s * d, "percentage_point_change"
        formula = f"{_fmt(v)} {sign} {_fmt(d)}"
    elif unit.kind == "rate" and comp.amount_unit in ("%", "pp"):
        if mention.measure != "growth" and mention.measure != "share":
            return None
        if mention.measure == "share" and comp.amount_unit == "%":
            # "tỷ lệ hộ nghèo giảm 2,3% so với cuối năm 2018": in points, or relative? the text does not say
            return None
        value, rule = v - s * d, "percentage_point_change"
        formula = f"{_fmt(v)} {sign} {_fmt(d)}"
        if comp.amount_unit == "%":
            formula += " (read as percentage points)"
    elif unit.kind == "rank" and comp.amount_unit == "steps":
        # Rising in a ranking means a smaller number: the earlier rank was larger by the steps gained.
        value, rule = v + s * d, "rank_change"
        formula = f"{_fmt(v)} {'+' if s > 0 else '-'} {_fmt(d)}"
    elif unit.kind == "score" and comp.amount_unit in ("points", "pp"):
        value, rule = v - s * d, "absolute_change"
        formula = f"{_fmt(v)} {sign} {_fmt(d)}"
    elif unit.kind in ("level", "count") and comp.amount_unit == "%":
        value, rule = v / (1 + s * d / 100), "relative_change"
        formula = f"{_fmt(v)} / (1 {'+' if s > 0 else '-'} {_fmt(d)}/100)"
    elif unit.is_money and ":" in comp.amount_unit and not comp.amount_unit.startswith("count:"):
        currency, scale = comp.amount_unit.split(":")
        if currency != unit.currency:
            return None
        d = d * float(scale) / unit.scale
        value, rule = v - s * d, "absolute_change"
        formula = f"{_fmt(v)} {sign} {_fmt(d)}"
    elif unit.kind == "count" and comp.amount_unit.startswith("count:"):
        # "124 xã đạt chuẩn …, tăng 11 xã so với năm 2023": a change counted in the value's own noun
        _count, scale, noun = comp.amount_unit.split(":", 2)
        if noun not in mention.value_text.lower():
            return None
        d = d * float(scale)
        value, rule = v - s * d, "absolute_change"
        formula = f"{_fmt(v)} {sign} {_fmt(d)}"
    elif comp.amount_unit == "times" and s > 0 and d > 0:
        value, rule = v / d, "ratio"
        formula = f"{_fmt(v)} / {_fmt(d)}"
    else:
        return None
    if rule in ("absolute_change", "percentage_point_change", "rank_change"):
        # a sum is as precise as its least precise part
        decimals = max(decimals, _decimals(comp.text[comp.amount_at :]))
        value = round(value, decimals)
    else:
        # a quotient is as precise as the value it divides: as many significant digits, and where it has
        # more places before the point, to the same place ("98 doanh nghiệp, giảm 9,3%" gives 108, not 110)
        places = math.floor(math.log10(abs(value))) - math.floor(math.log10(abs(v))) if value and v else 0
        value = _round_significant(value, _significant(mention.value_text) + max(0, places))
    if unit.kind == "count":
        value = float(round(value))  # (things counted are whole: "1.200 doanh nghiệp, tăng 57,5%" gives 762)
    if value <= 0 or (unit.kind == "rank" and (value < 1 or (mention.rank_of and value > mention.rank_of))):
        return None
    note = ""
    if formula.endswith(" (read as percentage points)"):
        formula, note = formula.removesuffix(" (read as percentage points)"), " (read as percentage points)"
    if comp.reference_from:
        # "thu nội địa 2.754,6 tỷ đồng, tăng 13,5%": the reference is the one the text said before
        note += f" (against what «{comp.reference_from}» compared with)"
    return Derived(value=value, period=period, rule=rule, formula=f"{formula} = {_fmt(value)}{note}")
