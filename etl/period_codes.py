"""Period codes as the reference history writes them (after SDMX): `2022`, `2023-S1`, `2023-Q3`, `2023-M10`,
`2023-01/2023-09`, `2021/2025`, `@2024-06-30`, read as the Period the extractor gives the same period."""

from __future__ import annotations

import calendar
import re
from datetime import date

from etl.periods import Period, range_period, year_period

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CODES = "2022, 2023-S1, 2023-Q3, 2023-M10, 2023-01/2023-09, 2021/2025, @2024-06-30"
_EARLIEST, _LATEST = date(1945, 1, 1), date(2100, 12, 31)  # the contract's bounds on periods


class PeriodCodeError(ValueError):
    """A period code that is malformed or names no real period."""


def month_end(y: int, m: int) -> date:
    """The last day of a month."""
    return date(y, m, calendar.monthrange(y, m)[1])


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _day(text: str) -> date:
    m = DAY.match(text)
    if not m:
        raise PeriodCodeError(f"{text!r} is not a day YYYY-MM-DD")
    try:
        return date(*map(int, m.groups()))
    except ValueError as exc:
        raise PeriodCodeError(f"{text!r} is not a day that exists") from exc


def _month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not m:
        raise PeriodCodeError(f"{text!r} is not a month YYYY-MM")
    y, mo = int(m[1]), int(m[2])
    if not 1 <= mo <= 12:
        raise PeriodCodeError(f"month {mo} does not exist")
    return y, mo


def _span(start: date, end: date) -> Period:
    """A span by its first and last day, named the way the extractor names the same period."""
    if end < start:
        raise PeriodCodeError("ends before it starts")
    whole_months = start.day == 1 and end == month_end(end.year, end.month)
    if whole_months and start.year == end.year:
        y, first, last = start.year, start.month, end.month
        if first == 1 and last == 12:
            return year_period(y)
        if (first, last) in ((1, 6), (7, 12)):
            return Period("half_year", start, end, f"H{1 if first == 1 else 2}/{y}")
        if last - first == 2 and first % 3 == 1:
            return Period("quarter", start, end, f"Q{first // 3 + 1}/{y}")
        if first == last:
            return Period("month", start, end, f"{first:02d}/{y}")
        if first == 1:  # a running total from January ("9 tháng")
            return Period("months", start, end, f"01–{last:02d}/{y}")
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return range_period(start.year, end.year)
    return Period("dates", start, end, f"{_dmy(start)}–{_dmy(end)}")


def parse_period_code(code: str) -> Period:
    """`2022`, `2023-S1`, `2023-Q3`, `2023-M10`, `2023-01/2023-09`, `2021/2025`, `@2024-06-30` (and a span of
    days `2020-10-01/2025-10-15`) as a Period. Raises PeriodCodeError for anything else or an impossible
    period."""
    code = code.strip()
    try:
        if m := re.fullmatch(r"\d{4}", code):
            period = year_period(int(code))
        elif m := re.fullmatch(r"(\d{4})-S(\d)", code):
            y, half = int(m[1]), int(m[2])
            if half not in (1, 2):
                raise PeriodCodeError(f"half S{half} does not exist")
            period = _span(date(y, 6 * half - 5, 1), month_end(y, 6 * half))
        elif m := re.fullmatch(r"(\d{4})-Q(\d)", code):
            y, q = int(m[1]), int(m[2])
            if not 1 <= q <= 4:
                raise PeriodCodeError(f"quarter Q{q} does not exist")
            period = _span(date(y, 3 * q - 2, 1), month_end(y, 3 * q))
        elif m := re.fullmatch(r"(\d{4})-M(\d{2})", code):
            y, mo = _month(f"{m[1]}-{m[2]}")
            period = _span(date(y, mo, 1), month_end(y, mo))
        elif code.startswith("@"):
            day = _day(code[1:])
            period = Period("as_of", day, day, _dmy(day))
        elif "/" in code:
            a, _, b = code.partition("/")
            if re.fullmatch(r"\d{4}", a) and re.fullmatch(r"\d{4}", b):
                if int(b) <= int(a):
                    raise PeriodCodeError("a range of years must end after it starts")
                period = range_period(int(a), int(b))
            elif re.fullmatch(r"\d{4}-\d{2}", a) and re.fullmatch(r"\d{4}-\d{2}", b):
                (ya, ma), (yb, mb) = _month(a), _month(b)
                period = _span(date(ya, ma, 1), month_end(yb, mb))
            else:
                period = _span(_day(a), _day(b))
        else:
            raise PeriodCodeError(f"not a period code ({_CODES})")
    except ValueError as exc:  # a date that does not exist
        if isinstance(exc, PeriodCodeError):
            raise
        raise PeriodCodeError(str(exc)) from exc
    if period.start < _EARLIEST or period.end > _LATEST:
        raise PeriodCodeError(f"outside {_EARLIEST.year}–{_LATEST.year}")
    return period
