"""Periods as Vietnamese text names them: "năm 2022", "giai đoạn 2021-2022", "quý I/2023", …

`find_periods(text, doc_date)` returns every period expression in a piece of text with its span.
Expressions relative to the document ("đến nay", "từ nay đến năm 2030") need the document's date;
without one they are left out rather than guessed.

Over 400 lines, kept as one module on purpose: it is the value a period is (`Period`) and the decorated
rules that read one, one rule per way of writing a period, each short; they are read together (a rule's
`needs`, its place in `_RULES`, `_RELATIVE_TO_DOCUMENT`), and splitting the list of rules would only send a
reader between files. The period codes of the reference history are in `etl/period_codes.py`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from etl.casefold import compile_lowered, lowered
from etl.catalog import load_catalog
from etl.literals import quick
from etl.numbers import parse_vi_number
from etl.wording import CHANGE_MARK, status_of

YEAR = r"(?:19|20)\d{2}"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NOT_A_COUNT_WORD = re.compile(r"(?:thứ |\w)$")
_MONTH_WORDS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
DASH = r"\s*[-–—]\s*"
# a span written in words, year to year ("Từ năm 2021 đến hết năm 2024")
SPAN_IN_WORDS = rf"\btừ (?:năm )?(?P<a>{YEAR}) (?:đến|tới) (?:hết )?(?:năm )?(?P<b>{YEAR})\b"
# half a Party term ("nửa sau nhiệm kỳ"): no calendar span a figure can be dated by
HALF_A_TERM = r"\bnửa (?:đầu|sau|cuối|còn lại)(?: của)? nhiệm kỳ\b"


@dataclass(frozen=True)
class Period:
    kind: str  # see etl.schema.PERIOD_KINDS
    start: date
    end: date
    label: str  # language-neutral; the dashboard renders it per language from kind/start/end
    inferred: bool = False
    # Its year was not written but taken from the document's date ("quý IV", "tháng 4", "9 tháng"): a
    # year named nearby (the sentence, the one before, the heading) overrides it (etl/context.py).
    yearless: bool = False
    # "Cùng kỳ năm 2024, tỉnh tăng 4,72%": the span the text is reporting on (a half-year, nine months),
    # moved to the year named -- set from the context by etl/context.py, never a governing period itself.
    same_span: bool = False
    # "Trong tháng có 41 doanh nghiệp thành lập mới": the month the report is on -- the one its title names,
    # else the date line's (etl/context.py).
    report_month: bool = False
    # "Cùng thời gian, …": the span the sentence before reported on -- set by etl/context.py, else dropped.
    as_before: bool = False
    # "đến nay": the text's own day, the end of a count since a start it does not state (not "tính đến ngày
    # 10/5/2026", a day written out, the end of a running total from January however close to the date line)
    now: bool = False
    # "ở lần đánh giá trước": the year before the one the index's report is on -- set by etl/context.py.
    edition_before: bool = False
    # "trong báo cáo năm nay": the year the report is on, not the date line's -- set by etl/context.py.
    this_edition: bool = False
    # "(cùng kỳ năm trước tăng 5,9%)": with same_span, the span reported on one year before it -- set by
    # etl/context.py, else unplaced.
    year_before: bool = False
    # "Đến năm cuối của giai đoạn này, …": with as_before, one year of the span told before, "first" or "last"
    # ("Ba năm đầu của giai đoạn này": its first three, "first 3") -- set by etl/context.py.
    span_year: str = ""


@dataclass(frozen=True)
class PeriodMatch:
    start: int
    end: int
    period: Period


# periods written one after another, joined by commas or "và" ("Quý I và quý II", "Năm 2022, 2023 và 2024")
_BETWEEN_LISTED = compile_lowered(r"\s*(?:,|,?\s*và)\s*")


def listed_one_after_another(low: str, matches: list[PeriodMatch]) -> bool:
    """Whether the periods at `matches` (in the order written) are listed one after another in `low`."""
    return all(_BETWEEN_LISTED.fullmatch(low, a.end, b.start) for a, b in pairwise(matches))


def _relative_year(word: str, doc_date: date) -> int:
    """The year "năm nay" (this), "năm trước" / "năm ngoái" (last) names, by the date line."""
    return doc_date.year - (0 if word == "nay" else 1)


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def year_period(y: int, inferred: bool = False) -> Period:
    return Period("year", date(y, 1, 1), date(y, 12, 31), str(y), inferred)


def month_period(y: int, mo: int, **flags) -> Period:
    return Period("month", date(y, mo, 1), _month_end(y, mo), f"{mo:02d}/{y}", **flags)


def quarter_period(y: int, q: int, **flags) -> Period:
    return Period("quarter", date(y, 3 * q - 2, 1), _month_end(y, 3 * q), f"Q{q}/{y}", **flags)


# The kind of period each word names ("năm 2023", "quý II", "tháng 8", "… trước đó")
KIND_OF_WORD = {"năm": "year", "quý": "quarter", "tháng": "month"}


def period_before(p: Period) -> Period:
    """The year, quarter or month before `p`, of its kind."""
    last = p.start - timedelta(days=1)  # (a day of the period before)
    if p.kind == "year":
        return year_period(last.year)
    if p.kind == "quarter":
        return quarter_period(last.year, (last.month - 1) // 3 + 1)
    return month_period(last.year, last.month)


def _year_begun_by(doc_date: date, month: int, days_ahead: int = 0) -> int:
    """The year of the latest span opening on the 1st of `month` begun by the document's date, or by
    `days_ahead` days after it (a span about to begin is still the date line's year's)."""
    begun = date(doc_date.year, month, 1) <= doc_date + timedelta(days=days_ahead)
    return doc_date.year if begun else doc_date.year - 1


def is_month_end(d: date) -> bool:
    """Whether `d` is the last day of its month."""
    return (d + timedelta(days=1)).day == 1


def range_period(a: int, b: int) -> Period:
    return Period("range", date(a, 1, 1), date(b, 12, 31), f"{a}–{b}")


def years_of_span(p: Period) -> list[int]:
    """The years a span of whole years covers ("giai đoạn 2021-2024": 2021 … 2024), [] for any other span."""
    if p.kind != "range" or (p.start.month, p.start.day, p.end.month, p.end.day) != (1, 1, 12, 31):
        return []
    return list(range(p.start.year, p.end.year + 1))


def as_of_period(d: date) -> Period:
    return Period("as_of", d, d, _dmy(d))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def another_month_or_quarter(ref: Period, period: Period) -> bool:
    """Whether `ref` is a month or quarter other than `period`'s own (a year earlier or not): "so với tháng
    12/2015" for January 2016 -- no year-on-year rate, and no earlier value derived from it. (So are days
    other than the same days of an earlier year: "nửa đầu tháng 12 …, giảm 41,2% so với nửa đầu tháng 11".)"""
    if ref.kind == period.kind == "dates":
        return (ref.start.month, ref.start.day, ref.end.month, ref.end.day) != (
            period.start.month,
            period.start.day,
            period.end.month,
            period.end.day,
        )
    return (
        ref.kind == period.kind and ref.kind in ("month", "quarter") and ref.start.month != period.start.month
    )


def shift_years(p: Period, years: int) -> Period:
    """The same period `years` earlier or later ("so với cùng kỳ" = one year earlier)."""

    def move(d: date) -> date:
        y, last = d.year + years, calendar.monthrange(d.year + years, d.month)[1]
        if d.day == calendar.monthrange(d.year, d.month)[1]:
            return date(y, d.month, last)  # a month's end stays its end: 2 months of 2017 → 1/1–29/2/2016
        return date(y, d.month, min(d.day, last))

    start, end = move(p.start), move(p.end)
    label = re.sub(YEAR, lambda m: str(int(m.group()) + years), p.label)
    return replace(p, start=start, end=end, label=label)


# The year of a month or quarter written without one in a document with no date: a placeholder that the
# year named nearby replaces (etl/context.py); a period still holding it is no period and is dropped.
NO_YEAR = 1900


def has_no_year(p: Period) -> bool:
    """A placeholder the context has not resolved: a yearless month or quarter, "cùng thời điểm", "lần đánh
    giá trước" (etl/context.py sets them, or they give no period)."""
    return p.start.year == NO_YEAR and (p.yearless or p.as_before or p.edition_before or p.this_edition)


# Claims an expression's span without giving a period (it needs a document date we do not have).
UNRESOLVED = Period("unresolved", date.min, date.min, "")

# Each rule: (pattern for the lower-cased text, builder(match, doc_date) -> Period | None, needs).
# Order matters only for ties; overlaps are resolved by position then length (the longest expression
# at a place wins). `needs`: words one of which every match contains (lower case), so a rule is tried only on
# text that could hold it; a substring test costs far less than a case-insensitive regex scan of the sentence.
_Rule = tuple[re.Pattern, object, tuple[str, ...]]
_RULES: list[_Rule] = []


def _rule(pattern: str, needs: tuple[str, ...] = ()):
    def register(fn):
        _RULES.append((compile_lowered(pattern), fn, needs))
        return fn

    return register


# "Từ đầu nhiệm kỳ đến nay", or "Từ đầu nhiệm kỳ, toàn Đảng bộ kết nạp …" (to date, unsaid); or to a month's
# end, "Từ đầu nhiệm kỳ đến hết tháng 8/2025"
@_rule(
    rf"từ đầu nhiệm kỳ(?: (?P<a>{YEAR}){DASH}(?P<b>{YEAR}))?"
    rf"(?: (?:đến|tới) (?:nay|hiện nay|(?:hết |cuối )?tháng (?P<mo>\d{{1,2}})/(?P<y>{YEAR}))|(?=,))",
    ("nhiệm kỳ",),
)
def _term_to_date(m, doc_date):
    if doc_date is None:
        return UNRESOLVED  # "2020-2025" inside it is not the period: the term is not over
    if m["mo"]:
        if not 1 <= int(m["mo"]) <= 12:
            return None
        through = _month_end(int(m["y"]), int(m["mo"]))
        if through > doc_date + timedelta(days=31):
            return UNRESOLVED
        doc_date = through  # (the term's running total to that month, not to the document's day)
    if not m["a"]:
        # "Từ đầu nhiệm kỳ đến nay" with no years: since the congress that opened the term the document is
        # written in (terms open every five years in the autumn: 2015, 2020, 2025)
        start = date(term_reported_on(doc_date), 10, 1)
        return Period("to_date", start, doc_date, f"10/{start.year}–{_dmy(doc_date)}")
    start = date(int(m["a"]), 1, 1)
    if doc_date < start:
        return UNRESOLVED  # a document dated before the term began cannot report on it
    return Period("to_date", start, doc_date, f"{m['a']}–{_dmy(doc_date)}")


# "so với đầu giai đoạn 2016 - 2020, khi con số này ở mức trên 25%": the start of a span, a day the text
# does not give (the close of 2015? the first survey of 2016?) -- a value of it is held, never dated by guess
START_OF_SPAN = "start_of_span"
# "Năm 2022, kim ngạch tháng 3 …; quý vừa qua kim ngạch đạt 1,2 tỷ USD", "Tháng 1, …, tháng trước …": a month
# or quarter relative to the date line in a sentence set in another year, or before a January of no year, or
# relative to one the text does not name ("năm trước đó") -- which one the writer meant the text does not
# tell; a value of it is held
UNPLACED = "unplaced"
_UNPLACED = Period(UNPLACED, date.min, date.min, "")
UNPLACED_PERIOD = _UNPLACED  # (for etl/context.py, which places relative periods)


# "Có tháng, số thu vượt 400 tỷ đồng", "tỉnh có lúc xếp thứ 59/63", "có năm tụt xuống thứ 59/63": some
# month, time or year the text does not name -- a value of it is held, never the year's (not "có năm xã", a
# count; nor "có tháng 3", named). Its comma segment's only: "Năm 2023, có thời điểm xe ùn ứ, song kim ngạch
# vẫn đạt …" goes on in 2023 (etl/context.py).
SOME_TIME = Period(UNPLACED, date.min, date.min, "some time")


@_rule(
    r"\bcó (?:những |nhiều )?(?:(?:tháng|ngày)(?! công| lương)|tuần|quý|thời điểm|lúc"
    # ("có năm" a year only before a level it reached: not "có năm tăng trưởng ấn tượng", this one)
    r"|năm(?=\s*[,;]|\s+(?:\S+\s+){0,2}?(?:đạt|xếp|đứng|lên|xuống|rơi|tụt|chỉ|vượt)\b))\b(?!\s*\d)",
    ("có ",),
)
def _some_time(m, doc_date):
    return SOME_TIME


# "khoảng giữa tháng 11, … lũy kế mới ở mức trên 81 tỉ USD": some day in the middle of a month, which the
# text does not tell -- never the month
# (not where a span starts or ends: "… tạm dừng hoạt động từ giữa tháng 5 đến đầu tháng 6")
@_rule(
    rf"(?<!từ )(?<!đến )(?<!tới )\b(?:khoảng |vào )?giữa tháng (?:\d{{1,2}}(?:/{YEAR})?|này|trước)\b"
    r"(?![/.,]\d)(?!\s*(?:đến|tới)\b)",
    ("giữa tháng",),
)
def _mid_month(m, doc_date):
    return SOME_TIME


# "Những tháng đầu năm 2024, kim ngạch … đạt …": some months the text does not count -- a value of them is
# held, never the year's (nor January's: "tháng đầu năm" alone is the first)
@_rule(
    rf"\b(?:những|các|mấy|vài) tháng (?:đầu|cuối) năm(?: (?P<y>{YEAR})| (?P<rel>nay|trước|ngoái))?\b"
    r"(?![/.,]\d| âm lịch)",
    ("tháng",),
)
def _some_months(m, doc_date):
    year = int(m["y"]) if m["y"] else _relative_year(m["rel"], doc_date) if m["rel"] and doc_date else None
    if year is None:
        return SOME_TIME
    # (its year still the year the sentence goes on in: "Những tháng đầu năm 2021, …: 2 tháng đầu năm, …")
    return Period(UNPLACED, date(year, 1, 1), date(year, 12, 31), f"some months of {year}")


@_rule(
    rf"(?<!từ )\bđầu (?:giai đoạn|nhiệm kỳ|thời kỳ|kỳ kế hoạch) (?P<a>{YEAR}){DASH}(?P<b>{YEAR}|\d{{2}})\b",
    ("đầu",),
)
def _start_of_span(m, doc_date):
    start = date(int(m["a"]), 1, 1)
    return Period(START_OF_SPAN, start, start, f"đầu {m['a']}–{m['b']}")


# "Từ năm 2016 đến hết tháng 6/2018": a running total from a year's start to a month's end (the year's
# word may go unsaid: "Từ 2021 đến hết tháng 6/2023")
@_rule(
    rf"\btừ (?:đầu )?(?:năm )?(?P<a>{YEAR}) (?:đến|tới) (?:hết |cuối )?tháng (?P<mo>\d{{1,2}})/(?P<y>{YEAR})",
    ("từ",),
)
def _year_to_month(m, doc_date):
    start, end = date(int(m["a"]), 1, 1), _month_end(int(m["y"]), int(m["mo"]))
    if not 1 <= int(m["mo"]) <= 12 or end < start:
        return None
    return Period("to_date", start, end, f"{_dmy(start)}–{_dmy(end)}")


@_rule(rf"từ nay (?:đến|tới) (?:hết |cuối )?năm (?P<y>{YEAR})", ("từ nay",))
def _plan(m, doc_date):
    if doc_date is None:
        return UNRESOLVED
    end = date(int(m["y"]), 12, 31)
    return Period("plan", doc_date, end, f"{_dmy(doc_date)}–{m['y']}") if doc_date <= end else None


@_rule(
    r"từ khi (?:thành lập|được thành lập|thành lập) (?:đến|tới) (?:nay|hiện nay)|(?<!từ )(?:cho )?đến nay",
    ("nay",),
)
def _since(m, doc_date):
    if doc_date:
        return replace(as_of_period(doc_date), now=True)
    # (with no date line, now is a day the text does not give: held, not dated by the sentence before -- but
    # a span "từ đầu năm đến nay" is its own rule's, which the title may date)
    return None if "từ " in m.string[max(0, m.start() - 30) : m.start()] else _UNPLACED


@_rule(
    # "tính đến" spelled out rather than "(?:tính )?": a pattern that opens with words, not an optional
    # group, lets the engine skip to where they start.
    rf"(?:tính đến|tính tới|đến|tới) (?:hết |cuối )?(?:ngày )?"
    rf"(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{YEAR})",
    ("/",),
)
# (or with the press's hyphens, after "ngày": "Lũy kế từ đầu năm đến hết ngày 15-12-2021, …")
@_rule(
    rf"(?:tính đến|tính tới|đến|tới) (?:hết |cuối )?ngày (?P<d>\d{{1,2}})-(?P<m>\d{{1,2}})-(?P<y>{YEAR})\b",
    ("-",),
)
# (the day spelled out as official letters write it: "Tính đến ngày 30 tháng 9 năm 2024, …")
@_rule(
    rf"(?:tính đến|tính tới|đến|tới) (?:hết |cuối )?(?:ngày )?"
    rf"(?P<d>\d{{1,2}}) tháng (?P<m>\d{{1,2}}) năm (?P<y>{YEAR})\b",
    ("tháng",),
)
def _as_of_day(m, doc_date):
    try:
        return as_of_period(date(int(m["y"]), int(m["m"]), int(m["d"])))
    except ValueError:
        return None


@_rule(
    # "lũy kế đến ngày 25/9" in a report of 27/9/2024: the date line's year (a day ahead of it, last year's)
    # ("tính đến 15/12", "từ đầu năm đến 15/12" need no "ngày": a running total's words say the day/month is a
    # date)
    r"(?:(?:(?P<total>tính|lũy kế|luỹ kế|cộng dồn|từ đầu năm) (?:đến|tới) (?:hết )?(?:ngày )?"
    r"|(?<!hướng )(?<!mừng )(?:đến|tới) (?:hết )?ngày )"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})"
    # (or with the press's hyphen, after "ngày" only: "Lũy kế từ đầu năm đến ngày 15-12" -- not "Hướng tới
    # ngày 3-2, kỷ niệm …", an anniversary looked forward to; a bare "đến 5-7" may be a range of anything)
    r"|(?<!hướng )(?<!mừng )(?:đến|tới) (?:hết )?ngày (?P<dh>\d{1,2})-(?P<mh>\d{1,2}))\b(?![/\-]\d|,\d)",
    ("/", "-"),
)
def _as_of_day_without_year(m, doc_date):
    if doc_date is None:
        # (a running total's cut-off with no date line: which year's, untold -- never the whole year a
        # paragraph before names, "… năm 2023 … . Lũy kế đến ngày 30/11, tổng kim ngạch … ước đạt …")
        return _UNPLACED if m["total"] else UNRESOLVED
    d, mo = (int(m["d"]), int(m["m"])) if m["d"] else (int(m["dh"]), int(m["mh"]))
    # (a day looked ahead to, "Dự kiến / Phấn đấu đến ngày 30/11, …" on 15 November: this year's, still to
    # come; an estimate's, "Ước đến ngày 31/12, …", the nearer of this year's and last year's -- 5 December's
    # is this year's close, 8 January's the close just past)
    before = m.string[max(0, m.start() - 24) : m.start()]
    if _LOOKED_AHEAD_TO.search(before):
        day = _day_by_date_line(d, mo, doc_date, days_ahead=366)
    elif _ESTIMATED_TO.search(before):
        day = _nearest_day(d, mo, doc_date)
    else:
        day = _day_by_date_line(d, mo, doc_date)
    return None if day is None else replace(as_of_period(day), yearless=True)


_LOOKED_AHEAD_TO = re.compile(r"\b(?:dự kiến|phấn đấu|kế hoạch|mục tiêu)\s+(?:[^\s,;.]+\s+){0,2}$")
_ESTIMATED_TO = re.compile(r"\bước\s+(?:[^\s,;.]+\s+){0,2}$")


def _nearest_day(d: int, mo: int, doc_date: date) -> date | None:
    """Day `d` of month `mo` in the date line's year or the year before, whichever is nearer the date line."""
    try:
        days = [date(doc_date.year - 1, mo, d), date(doc_date.year, mo, d)]
    except ValueError:
        return None
    return min(days, key=lambda day: abs((day - doc_date).days))


_DAYS_AHEAD = 10  # a report may count to a day a few days ahead of its date line, never further


def _day_by_date_line(d: int, mo: int, doc_date: date, days_ahead: int = _DAYS_AHEAD) -> date | None:
    """Day `d` of month `mo` written without its year: the date line's year, last year's if that would be
    after the date line -- unless only days after it ("Lũy kế đến 31/12, … ước đạt" on 26 December: this
    year's close, estimated; a start "từ … đến nay" allows none, `days_ahead=0`); None if no such day."""
    try:
        day = date(doc_date.year, mo, d)
        return day if day <= doc_date + timedelta(days=days_ahead) else date(day.year - 1, mo, d)
    except ValueError:
        return None


@_rule(
    # "đến hết tháng 6/2025" needs its "hết"/"cuối": "đến tháng 6" alone may be a month, not a total.
    rf"(?:(?:tính|lũy kế|luỹ kế|cộng dồn) (?:đến|tới) (?:hết |cuối )?|(?<!từ )\b(?:đến|tới) (?:hết|cuối) "
    # (or "hết" opening its clause: "Nửa đầu năm, tiến độ khá chậm: hết tháng 6 toàn tỉnh mới có 396 …")
    rf"|(?:^\W*|(?<=[,:;] ))hết )"
    rf"(?:năm (?P<y>{YEAR})|tháng (?P<mo>\d{{1,2}})(?:(?:/| năm )(?P<y2>{YEAR}))?)",
    ("tính", "lũy kế", "luỹ kế", "cộng dồn", "hết", "cuối"),
)
def _as_of_year(m, doc_date):
    if m["y"]:
        return as_of_period(date(int(m["y"]), 12, 31))
    month = int(m["mo"])
    if not 1 <= month <= 12:
        return None
    if m["y2"]:
        return as_of_period(_month_end(int(m["y2"]), month))
    if doc_date is None:
        # (no date line: the year named nearby, as for a month written without it -- "Tính từ đầu năm đến hết
        # tháng 11, tổng kim ngạch ước 3.430 triệu USD" under "… tháng 11 năm 2016")
        return replace(as_of_period(_month_end(NO_YEAR, month)), yearless=True)
    y = doc_date.year if date(doc_date.year, month, 1) <= doc_date else doc_date.year - 1
    return replace(as_of_period(_month_end(y, month)), yearless=True)


_PER_PERSON_BEFORE = compile_lowered(r"\b(?:người|khẩu)\s+$")
_A_DAY_OF_THE_MONTH_BEFORE = compile_lowered(r"\b(?:mùng|mồng|ngày)\s+$")


@_rule(
    # (number words too, not "năm"/"một", which are also "year"/"one"; the weekday "thứ hai tháng 3" is
    # turned away by the rule, not by look-behinds the engine would try at every character)
    rf"(?P<n>\d{{1,2}}|hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười hai|mười) tháng"
    rf"(?P<part> đầu| cuối)?(?:(?: của)? năm(?: (?P<rel>nay|trước|ngoái)\b(?! đây| đó| nữa))?)?"
    rf"(?: (?P<y>{YEAR}))?",
    ("tháng",),
)
def _months(m, doc_date):
    """ "9 tháng năm 2024", "8 tháng của năm 2025", "lũy kế 10 tháng": a running total from January; "6
    tháng đầu năm": the first half, "6 tháng cuối năm" the second."""
    if not m["n"].isdigit() and _NOT_A_COUNT_WORD.search(m.string, max(0, m.start() - 4), m.start()):
        return None  # "thứ hai tháng 3" (a weekday), "mai tháng", a word the number word ends
    if m["n"] == "1" and _PER_PERSON_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
        return None  # "thu nhập bình quân 1 người 1 tháng năm 2022": per month, not January
    if _A_DAY_OF_THE_MONTH_BEFORE.search(m.string, max(0, m.start() - 6), m.start()):
        return None  # "mùng 5 tháng Giêng", "ngày 10 tháng 12 năm 2024": a day of a month, not five months
    n = int(m["n"]) if m["n"].isdigit() else _MONTH_WORDS[m["n"].lower()]
    if not 1 <= n <= 12:
        return None
    written = bool(m["y"])
    if m["rel"] and m["y"]:
        return None  # ("6 tháng đầu năm nay 2025": no such words)
    if m["rel"]:
        # "bảy tháng đầu năm nay" of 28 August 2025: the date line's year, written as surely as a number --
        # not a year the sentence opened on ("Năm 2024, … đạt 66,5 tỷ USD; bảy tháng đầu năm nay, …"); not
        # "6 tháng đầu năm trước đây được báo cáo …", "previously")
        if doc_date is None:
            return UNRESOLVED
        y, inferred, written = _relative_year(m["rel"], doc_date), False, True
    elif m["y"]:
        y, inferred = int(m["y"]), False
    elif doc_date and re.search(r"đầu năm|cuối năm", m.group(), re.IGNORECASE):
        y, inferred = doc_date.year, False
    elif (
        doc_date
        and _PAST_MONTHS.match(m.string, m.end())
        and n >= 2
        and (
            n in (doc_date.month - 1, doc_date.month)
            # (not months counted from another start: "Kể từ … tháng 3/2025, trong 8 tháng qua")
            or (n >= 6 and n == doc_date.month - 2 and not _SINCE_A_MONTH.search(m.string, 0, m.start()))
        )
    ):
        # "9 tháng qua chi ngân sách ước thực hiện …" in a report of October: this year's nine months, the
        # months just past being the year's first (not "3 tháng qua" in October: some three months); or the
        # months the office last counted, a month behind ("trong 10 tháng qua" in early December)
        y, inferred = doc_date.year, False
    elif doc_date and _CALENDAR_MONTHS.match(m.string, m.end()) and n >= 2:
        # "IIP 6 tháng ước tăng 3,15%" in a report dated 10/7/2024: the year's first six months, read from
        # the date line as a reader does (a report on N months comes out after the N-th month).
        y, inferred = (doc_date.year if n <= doc_date.month else doc_date.year - 1), False
    elif doc_date is None and _CALENDAR_MONTHS.match(m.string, m.end()) and n >= 2:
        y, inferred = NO_YEAR, False  # set from the year named nearby, or dropped (etl/context.py)
    else:
        return None  # "5 năm qua", "6 tháng" with no year: not a calendar period
    yearless = not written
    if n == 6 and m["part"] == " cuối":
        return Period("half_year", date(y, 7, 1), date(y, 12, 31), f"H2/{y}", inferred, yearless)
    if m["part"] == " cuối":
        return None  # "3 tháng cuối năm": the months before the year's end, not from January
    return replace(months_from_january(y, n), inferred=inferred, yearless=yearless)


@_rule(
    rf"từ (?:đầu )?tháng (?P<a>\d{{1,2}})(?:(?:/| năm )(?P<ya>{YEAR}))? (?:đến|tới) (?:hết |cuối )?"
    rf"tháng (?P<b>\d{{1,2}})(?:(?:/| năm )(?P<y>{YEAR}))?",
    ("từ",),
)
def _months_between(m, doc_date):
    """ "Từ tháng 1 đến tháng 6/2024": the months from one to the other (from January: the running total).
    "Từ tháng 3/2022 đến tháng 6/2023": a span over the year's end, from one month's first day to the other's
    last."""
    a, b = int(m["a"]), int(m["b"])
    if m["ya"] and m["y"] and int(m["ya"]) != int(m["y"]):
        return _months_across_years(a, int(m["ya"]), b, int(m["y"]))
    if m["ya"] and not m["y"] and not a < b:
        # "từ tháng 9/2022 đến tháng 3": a later year's March, which the text does not say (the span is
        # read, so that neither of its months stands alone)
        return UNRESOLVED
    if not 1 <= a <= b <= 12:
        return None
    if m["y"] or m["ya"]:
        y = int(m["y"] or m["ya"])  # ("từ tháng 3/2022 đến tháng 6": that year's June)
    elif doc_date is not None:
        y = doc_date.year if date(doc_date.year, b, 1) <= doc_date else doc_date.year - 1
    else:
        return None
    return _months_of_a_year(a, b, y, yearless=not m["y"])


def _months_of_a_year(a: int, b: int, y: int, yearless: bool = False) -> Period:
    """Months a to b of year y: from January the running total, else the half, the quarter or the months."""
    if a == 1:
        return replace(months_from_january(y, b), yearless=yearless)
    if (a, b) in ((7, 12),):
        return Period("half_year", date(y, 7, 1), date(y, 12, 31), f"H2/{y}", False, yearless)
    if b - a == 2 and a % 3 == 1:
        return quarter_period(y, (a + 2) // 3, yearless=yearless)
    return Period("months", date(y, a, 1), _month_end(y, b), f"{a:02d}–{b:02d}/{y}", False, yearless)


@_rule(
    # "Tháng 1 - 10/2025", "tháng 1 - tháng 10/2025": the months between, the year written after the last (not
    # a day's month, "ngày 5 tháng 1 - 10/2025"; nor one without its year, a range of anything)
    rf"(?<!ngày \d )(?<!ngày \d\d )\btháng (?P<a>\d{{1,2}})\s*[-–]\s*(?:tháng\s*)?(?P<b>\d{{1,2}})"
    rf"(?:/| năm )(?P<y>{YEAR})\b",
    ("tháng",),
)
def _months_dashed(m, doc_date):
    a, b = int(m["a"]), int(m["b"])
    return _months_of_a_year(a, b, int(m["y"])) if 1 <= a < b <= 12 else None


@_rule(
    # "Quý I - quý III/2025": the quarters between, as months
    rf"\bquý (?P<a>i|ii|iii|iv|[1-4])\s*[-–]\s*(?:quý\s*)?(?P<b>i|ii|iii|iv|[1-4])(?:/| năm )(?P<y>{YEAR})\b",
    ("quý",),
)
def _quarters_dashed(m, doc_date):
    a, b = _ROMAN[m["a"]], _ROMAN[m["b"]]
    return _months_of_a_year(3 * a - 2, 3 * b, int(m["y"])) if a < b else None


def _months_across_years(a: int, ya: int, b: int, yb: int) -> Period | None:
    if not (1 <= a <= 12 and 1 <= b <= 12 and ya < yb <= ya + 30):
        return None
    if a == 1 and b == 12:
        return range_period(ya, yb)  # "từ tháng 1/2021 đến tháng 12/2023": the years 2021-2023
    start, end = date(ya, a, 1), _month_end(yb, b)
    return Period("to_date", start, end, f"{_dmy(start)}–{_dmy(end)}")


def months_from_january(y: int, n: int) -> Period:
    """The year's first n months: the first half for six, the year for twelve."""
    if n == 12:
        return year_period(y)
    if n == 6:
        return Period("half_year", date(y, 1, 1), date(y, 6, 30), f"H1/{y}")
    return Period("months", date(y, 1, 1), _month_end(y, n), f"01–{n:02d}/{y}")


@_rule(rf"(?:nửa đầu năm|nửa cuối năm)(?: (?P<y>{YEAR}))?", ("nửa",))
def _half(m, doc_date):
    """ "nửa đầu năm 2025"; without its year, the one named nearby, as "6 tháng đầu năm" (etl/context.py sets
    it), else the date line's; with neither written, held -- never the whole year a title names."""
    if m["y"]:
        y, inferred = int(m["y"]), False
    elif doc_date:
        y, inferred = doc_date.year, True
    else:
        return _UNPLACED  # (no date line: which year's half, a title's year does not say)
    yearless = not m["y"]
    if "đầu" in m.group():
        return Period("half_year", date(y, 1, 1), date(y, 6, 30), f"H1/{y}", inferred, yearless)
    return Period("half_year", date(y, 7, 1), date(y, 12, 31), f"H2/{y}", inferred, yearless)


# "Tính từ đầu năm đến hết tháng trước, tổng mức bán lẻ … ước đạt" in a report of 6 May: January to April
@_rule(r"từ đầu năm (?:đến|tới) (?:hết |cuối )?tháng (?:trước|vừa qua)\b(?! đó)", ("đầu năm",))
def _year_to_last_month(m, doc_date):
    if doc_date is None:
        return UNRESOLVED
    last = _month_before(doc_date)
    # (to the end of June, the first half; of December, the year; of January, that month)
    return month_period(last.year, 1) if last.month == 1 else months_from_january(last.year, last.month)


# A month or a quarter named by the date line ("tháng trước tổng kim ngạch … đạt 312 triệu USD" in an article
# of 3 August: July; "quý vừa qua đơn vị thu ngân sách được …" on 8 April: the first quarter) -- not the
# month a value is compared with ("tăng 1,8% so với tháng trước"), nor "tháng trước đó" (before another).
# (nor "so tháng trước", "tương đương/gấp đôi/xấp xỉ/như tháng trước", "hai tháng trước", "từ (đầu) tháng
# trước", "tháng trước nữa"). The word first, then the look-behinds (each ending on it): the engine tries them
# only where the word stands, not at every character of a long sentence.
_NOT_ITS_OWN = (
    "so với",
    "với",
    "hơn",
    "của",
    "bằng",
    "đến",
    "tới",
    "hết",
    "cuối",
    "sánh",
    "so",
    "đương",
    "gấp",
    "đôi",
    "xỉ",
    "như",
    "từ",
    "đầu",
    "giữa",
    # ("ước tính trong báo cáo tháng trước là 1.688 tỷ đồng": the report's month, not the figure's)
    "cáo",
    # (a number of months, or some: "hai tháng trước", "vài tháng trước", "trong những tháng vừa qua")
    "một",
    "hai",
    "ba",
    "bốn",
    "năm",
    "sáu",
    "bảy",
    "tám",
    "chín",
    "mười",
    "mươi",
    "những",
    "các",
    "vài",
    "mấy",
    "nhiều",
)


def _not_after(word: str, before=_NOT_ITS_OWN) -> str:
    return rf"\b{word}" + "".join(f"(?<!{b} {word})" for b in before) + rf"(?<!\d {word})"


_MONTH_NAMED = re.compile(rf"\btháng (?P<mo>\d{{1,2}})\b(?:(?:/| năm )(?P<y>{YEAR}))?(?![/.,]\d)")
_YEAR_NAMED = re.compile(rf"\bnăm (?P<y>{YEAR})\b")


@_rule(_not_after("tháng") + r" (?:trước|vừa qua)\b(?! đó| nữa)", ("tháng",))
def _last_month(m, doc_date):
    if doc_date is None:
        return UNRESOLVED
    last = _month_before(doc_date)
    named = _set_in(_MONTH_NAMED, m.string, m.start(), doc_date)
    year = _set_in(_YEAR_NAMED, m.string, m.start(), doc_date)
    other_year = year is not None and int(year["y"]) != last.year
    if named is not None and 1 <= int(named["mo"]) <= 12:
        named_year = int(named["y"]) if named["y"] else int(year["y"]) if year is not None else last.year
        if named_year != last.year or int(named["mo"]) == last.month:
            # "Tháng 10, kim ngạch đạt 480 triệu USD, trong khi tháng trước chỉ 450 triệu USD" (November),
            # "Năm 2023, thu tháng 12 đạt 900 tỷ đồng, tháng trước 650 tỷ đồng": the month before the one
            # named (the one named being the month before the date line, or in another year) -- not "Tháng 5
            # tăng 7,3%, sang tháng trước đã lên 8,1%" in July, the month after it
            mo = int(named["mo"])
            if mo == 1 and not (named["y"] or year):
                return _UNPLACED  # (December of which year: the January's is not written)
            before = _month_before(date(named_year, mo, 1))
            return month_period(before.year, before.month)
    elif other_year:
        return _UNPLACED  # ("Năm 2022, …; tháng trước …": not the month before the date line)
    if m.group().endswith("vừa qua") and doc_date.day > 20:
        last = doc_date  # (late in a month, the month now ending)
    return month_period(last.year, last.month)


_QUARTER_NAMED = re.compile(rf"\bquý (?P<q>iv|iii|ii|i|[1-4])\b(?:(?:/| năm )(?P<y>{YEAR}))?(?![/.,]\d)")


# "Năm 2022, kim ngạch đạt 5 tỷ USD; năm trước đó đạt 4,5 tỷ USD", "Tháng 8, …, tháng trước đó …": the
# period before the one the sentence is set in, never the date line's nor the one named; with none named, or
# a month or quarter named without the year it turns back into, held (not "so với tháng trước đó", a
# comparison; not "ba năm trước đó", a count of years)
@_rule(
    "(?:" + "|".join(_not_after(word) for word in ("năm", "quý", "tháng")) + r") trước đó\b",
    ("trước đó",),
)
def _before_that(m, doc_date):
    return _the_one_before(m.group().split()[0], m, doc_date)


# "Riêng quý II/2022, GRDP ước tăng 6,85%, cao hơn nhiều mức 4,96% của quý trước": the level of the quarter
# (or month) before the one the sentence is set in, as "quý trước đó" -- not the quarter before the date
# line's, and not "so với quý trước", a comparison
@_rule(r"\bcủa (?:quý|tháng) trước\b(?! đó| nữa)", ("trước",))
def _of_the_one_before(m, doc_date):
    return _the_one_before(m.group().split()[1], m, doc_date)


def _the_one_before(word: str, m, doc_date):
    year = _set_in(_YEAR_NAMED, m.string, m.start(), doc_date)
    if word == "năm":
        return year_period(int(year["y"]) - 1) if year is not None else _UNPLACED
    named = _set_in(_MONTH_NAMED if word == "tháng" else _QUARTER_NAMED, m.string, m.start(), doc_date)
    if named is None:
        return _UNPLACED
    number = int(named["mo"]) if word == "tháng" else _ROMAN[named["q"]]
    if not 1 <= number <= 12:
        return _UNPLACED
    written_year = named["y"] or (year["y"] if year is not None else None)
    if number == 1 and written_year is None:
        return _UNPLACED  # (the last month or quarter of which year: the first's is not written)
    # (a month or quarter of no year written is the date line's, as "tháng 8" alone is)
    y = int(written_year) if written_year else doc_date.year if doc_date else None
    if y is None:
        return UNRESOLVED
    return period_before(month_period(y, number) if word == "tháng" else quarter_period(y, number))


# "Năm 2023 thu đạt 9.000 tỷ đồng, ba năm trước đó chỉ đạt 6.000 tỷ đồng": three years before that, or the
# three years before it -- the text does not say which; held, never the year named (unless it names them:
# "Ba năm trước đó, 2020, 2021 và 2022, tỉnh lần lượt …")
@_rule(
    r"\b(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|các|những|nhiều) (?:năm|quý|tháng) trước đó\b"
    rf"(?!\s*[,(:–-]?\s*(?:các năm |năm )?{YEAR})",
    ("trước đó",),
)
def _some_before_that(m, doc_date):
    return _UNPLACED


# a month or year named only as what is compared with or cited ("So với tháng 10 năm 2023, …", "Nếu như
# tháng 9/2023 … thì tháng trước …", "Nghị quyết số 12 ngày 15 tháng 7 năm 2024"): not the one it is set in
_NOT_SET_IN = re.compile(
    r"(?:\bso(?: với)?(?: cùng kỳ| quý \S+| tháng \d{1,2})?|\bkhác(?: với)?"
    r"|\b(?:hơn|bằng|gấp(?: đôi| rưỡi)?)(?: cùng kỳ| nhiều| [\d.,]+%| [\d.,]+ lần)?"
    # ("giá so sánh năm 2010": a price basis's year)
    r"|\bnhư|\bnếu|\b(?:kể )?từ|\b\d{1,2}|\bsố \S+|\bso sánh)\s*$"
)
# a plan's year, from the date line's on ("Để đạt mục tiêu năm 2024, tháng trước …" in January 2024): not a
# year the sentence is set in (a past plan's is: "Để hoàn thành kế hoạch năm 2024, tháng 12 …" in 2025)
_PLAN_BEFORE = re.compile(r"\b(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)\s*$")


_SET_IN_REACH = 1000  # characters read back for it: more than a long sentence's opening takes in prose


def _set_in(pattern: re.Pattern, text: str, end: int, doc_date: date | None) -> re.Match | None:
    """The last month or year (`pattern`) within a reader's span before `end` that the sentence is set in,
    or None: not one only compared with or cited (`_NOT_SET_IN`), nor a year after the date line's ("Để hoàn
    thành kế hoạch năm 2025, quý vừa qua …" in October 2024), nor a plan's of the date line's year
    (`_PLAN_BEFORE`). (A run-on text is one long sentence: a span is read back, not the text to its start.)"""
    last = None
    for found in pattern.finditer(text, max(0, end - _SET_IN_REACH), end):
        if _NOT_SET_IN.search(text, max(0, found.start() - 24), found.start()):
            continue
        if found["y"] and doc_date is not None:
            year = int(found["y"])
            planned = _PLAN_BEFORE.search(text, max(0, found.start() - 24), found.start())
            if year > doc_date.year or (year == doc_date.year and planned):
                continue
        last = found
    return last


@_rule(_not_after("quý") + r" (?:vừa qua|vừa rồi)\b", ("quý",))
def _last_quarter(m, doc_date):
    """The last quarter ended before the date line (late in a quarter's last month, the one now ending)."""
    if doc_date is None:
        return UNRESOLVED
    q, y = (doc_date.month - 1) // 3, doc_date.year
    if doc_date.month % 3 == 0 and doc_date.day > 20:
        q += 1
    if q == 0:
        q, y = 4, y - 1
    if (year := _set_in(_YEAR_NAMED, m.string, m.start(), doc_date)) is not None and int(year["y"]) != y:
        return _UNPLACED  # ("Năm 2022, kim ngạch tháng 3 …; quý vừa qua …": not the date line's)
    return quarter_period(y, q)


# "Hàng hóa qua cửa khẩu … tăng gần 30% trong quý đầu năm" (3 April 2024): the first quarter, its year the
# date line's
@_rule(
    rf"\bquý(?<!\d quý)(?<!hai quý)(?<!ba quý)(?<!bốn quý)(?<!các quý)(?<!những quý)(?<!mấy quý)(?<!vài quý)"
    rf" (?:đầu|đầu tiên) (?:của )?năm"
    rf"(?: (?P<y>{YEAR})| (?P<rel>nay|sau|tới|ngoái|trước))?\b",
    ("quý",),
)
def _first_quarter(m, doc_date):
    y = _year_of_quarters(m, doc_date)
    if y is None:
        return UNRESOLVED
    # (its year unwritten, as the sentence's may say otherwise: "Năm 2023, …, riêng quý đầu năm đạt …")
    return quarter_period(y, 1, yearless=not m["y"] and not m["rel"])


# "Ba quý đầu năm 2024", "hai quý đầu năm": the first nine months, the first half (not the year's start)
@_rule(
    rf"\b(?P<n>hai|ba|2|3) quý (?:đầu|đầu tiên) (?:của )?năm"
    rf"(?: (?P<y>{YEAR})| (?P<rel>nay|ngoái|trước|tới|sau))?\b",
    ("quý",),
)
def _first_quarters(m, doc_date):
    months = 3 * (int(m["n"]) if m["n"].isdigit() else _MONTH_WORDS[m["n"].lower()])
    y = _year_of_quarters(m, doc_date)
    if y is None:
        return UNRESOLVED
    # (in its own clause, up to its verb: not "…, bằng 55% kế hoạch năm", "…, cao hơn dự kiến" after it)
    clause_start = max(m.string.rfind(";", 0, m.start()) + 1, m.start() - 200)
    verb = _ITS_VERB.search(m.string, m.end(), m.end() + 200)
    said_done = not _NOT_DONE.search(m.string, clause_start, verb.end() if verb else m.end() + 200)
    if not (m["y"] or m["rel"]) and months > doc_date.month and said_done:
        y -= 1  # (before they end, a result is the year before's: "Ba quý đầu năm, kim ngạch …" in March)
    return replace(months_from_january(y, months), yearless=not (m["y"] or m["rel"]))


# words of a period not yet over: an estimate, a plan, a forecast, what is needed
_NOT_DONE = re.compile(r"\b(?:ước|dự kiến|dự báo|phấn đấu|mục tiêu|kế hoạch|kịch bản|cần|phải|sẽ)\b")
_ITS_VERB = re.compile(r"\b(?:đạt|tăng|giảm)\b|\blà(?= (?:khoảng |gần |hơn |trên )?\d)")


def _year_of_quarters(m, doc_date) -> int | None:
    """The year of "quý đầu năm", "ba quý đầu năm [2024/nay/sau/tới/ngoái/trước]": written; "năm sau/trước"
    after the year the sentence is set in ("Năm 2023, …, quý đầu năm sau …": 2024's); else relative to the
    date line's; None with no date line."""
    step = {"sau": 1, "tới": 1, "ngoái": -1, "trước": -1}.get(m["rel"] or "", 0)
    if m["y"]:
        return int(m["y"])
    if m["rel"] in ("sau", "trước") and (named := _set_in(_YEAR_NAMED, m.string, m.start(), doc_date)):
        return int(named["y"]) + step
    return None if doc_date is None else doc_date.year + step


def _month_before(d: date) -> date:
    """The last day of the month before d's."""
    return date(d.year, d.month, 1) - timedelta(days=1)


# "Từ đầu tháng 9 đến nay", "từ ngày 1/9 đến nay", "từ đầu tháng này đến nay" (20 October): a running total
# from that day to the date line -- not the month named, nor a stock on the date line
@_rule(
    rf"\btừ (?:(?:đầu )?tháng (?P<mo>\d{{1,2}}|này|trước)|(?:ngày )?(?P<d>\d{{1,2}})/(?P<dm>\d{{1,2}}))"
    rf"(?:(?:/| năm )(?P<y>{YEAR}))? (?:đến|tới) (?:nay|hiện nay|thời điểm này)",
    ("từ",),
)
def _since_a_day(m, doc_date):
    if doc_date is None:
        return UNRESOLVED
    if m["d"] or m["mo"].isdigit():
        month, day = (int(m["dm"]), int(m["d"])) if m["d"] else (int(m["mo"]), 1)
        if m["y"]:
            try:
                start = date(int(m["y"]), month, day)
            except ValueError:
                return None
        elif (start := _day_by_date_line(day, month, doc_date, days_ahead=0)) is None:
            return None  # (written without its year: the last such day)
    else:  # this month's first day, or the last month's
        month = doc_date if m["mo"].lower() == "này" else _month_before(doc_date)
        start = date(month.year, month.month, 1)
    if start > doc_date:
        return None
    return Period("to_date", start, doc_date, f"{_dmy(start)}–{_dmy(doc_date)}")


# "Từ năm 2021 đến nay, tỉnh thu hút 45 dự án": a running total from that year's first day to the date line,
# not the year 2021 and then a stock on the date line
@_rule(rf"\btừ (?:đầu )?(?:năm )?(?P<a>{YEAR}) (?:đến|tới) (?:nay|hiện nay|thời điểm này)\b", ("từ",))
def _since_a_year(m, doc_date):
    if doc_date is None:
        return UNRESOLVED
    start = date(int(m["a"]), 1, 1)
    if start >= doc_date:
        return None
    return Period("to_date", start, doc_date, f"{_dmy(start)}–{_dmy(doc_date)}")


# "Tổng thu … tháng 4 ước đạt 705,2 tỷ đồng; lũy kế từ đầu năm đạt 2.844,1 tỷ đồng": the months from January
# to the month the sentence named before it (the report's), never that month alone
@_rule(
    r"\b(?:lũy kế|luỹ kế|cộng dồn|tính chung|tổng cộng|tính)\s+(?:từ\s+)?đầu năm(?:\s+(?P<y>"
    + YEAR
    + r"))?\b(?!\s*(?:đến|tới)\b)",
    ("đầu năm",),
)
def _running_total_of_the_year(m, doc_date):
    # (the month the sentence reports on: not one compared with or cited, "… so với số thu của tháng 3",
    # "(tháng 3: 400 triệu USD)", nor a plan's or an event's, "Kế hoạch tháng 5, …", "trước tháng 7", "Sau Lễ
    # hội … trong tháng 2"; one month, the date line's or the one before it -- else the text around decides)
    text = m.string
    months = [
        found
        for found in _MONTH_NAMED.finditer(text, max(0, m.start() - _SET_IN_REACH), m.start())
        if not _NOT_SET_IN.search(text, max(0, found.start() - 24), found.start())
        and not _NOT_THE_REPORTS_MONTH.search(text, max(0, found.start() - 24), found.start())
        and not text.startswith(":", found.end())
    ]
    if not months:
        return None  # (no month named before it: the months the text tells around it, etl/context.py)
    if len({found["mo"] for found in months}) != 1:
        return _UNPLACED  # ("Tháng 9 đạt …, dự kiến tháng 10 thu …; lũy kế từ đầu năm …": to which, untold)
    named = months[-1]
    mo = int(named["mo"])
    if not 1 <= mo <= 12 or (doc_date is not None and (doc_date.month - mo) % 12 not in (0, 1, 2)):
        # (a month long before the date line, or after it: an event's, a plan's -- never the month alone)
        return _UNPLACED
    year = _set_in(_YEAR_NAMED, m.string, m.start(), doc_date)
    if m["y"] or named["y"] or year is not None:
        y, yearless = int(m["y"] or named["y"] or year["y"]), False
    elif doc_date is not None:
        y, yearless = _year_begun_by(doc_date, mo, days_ahead=62), True
    else:
        y, yearless = NO_YEAR, True  # set from the year named nearby, or dropped (etl/context.py)
    return replace(month_period(y, 1) if mo == 1 else months_from_january(y, mo), yearless=yearless)


_NOT_THE_REPORTS_MONTH = re.compile(
    r"(?:\bcủa|\(|\bkế hoạch|\bchỉ tiêu|\bdự toán|\btrước|\bsau|\bđến|\btới|\bhết|\bcuối|\bhồi"
    r"|\bngày \d{1,2})\s*$"
)


@_rule(r"từ đầu năm (?:đến|tới) (?:nay|hiện nay|thời điểm này)", ("đầu năm",))
def _year_to_date(m, doc_date):
    if doc_date is None:
        # (with no date line, a span to a day the text does not give: held, not the month the sentence names)
        return _UNPLACED
    return Period("to_date", date(doc_date.year, 1, 1), doc_date, f"01/01–{_dmy(doc_date)}")


def _sentence_opening(text: str, at: int) -> int:
    """Where the sentence holding text[at] opens (after ". " or a line break)."""
    return max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1


_AN_END_TOLD = re.compile(
    r"\b(?:đến|tới) (?:hết |cuối )?(?:(?:ngày )?(?P<d>\d{1,2})/(?P<mo>\d{1,2})|tháng (?P<mo2>\d{1,2}))"
    r"(?:/(?P<y>(?:19|20)\d\d))?\b"
)
_THE_FIGURES_VERB = re.compile(r"\s+(?:đã\s+|ước\s+)?(?:đạt|lên|tăng lên|thu|là)\b")


# "Với kết quả của tháng 8, tổng kim ngạch … từ đầu năm 2025 đã lên gần 59 tỷ USD", "Từ đầu năm 2025, tổng thu
# … đạt 5.120 tỷ đồng" (a report of September): the year begun, never the whole year -- to the month the
# sentence reports on, else to the date line, as "từ đầu năm 2025 đến nay" (not "Ngay từ đầu năm 2025, … đã
# giao …", when a plan was set)
@_rule(
    # (not a plan set when the year began: "mục tiêu 8% giao từ đầu năm", "Kế hoạch … giao từ đầu năm là 88 tỷ
    # USD")
    rf"(?<!ngay )(?<!lũy kế )(?<!luỹ kế )(?<!cộng dồn )(?<!tính chung )(?<!tổng cộng )(?<!tính )(?<!giao )"
    rf"(?<!đề ra )(?<!đặt ra )(?<!ban hành )(?<!xây dựng )(?<!xác định )"
    rf"\btừ đầu năm(?: (?P<y>{YEAR}))?\b(?!\s*(?:đến|tới|nay|qua|ngoái|trước|\d)\b)",
    ("đầu năm",),
)
def _since_the_start_of_a_year(m, doc_date):
    """(With no year written -- "Tổng thu … từ đầu năm đạt gần 6.000 tỷ đồng" -- the date line's year, as "từ
    đầu năm đến nay"; not in January, when the year just ended may be meant.)"""
    text = m.string
    opens = _sentence_opening(text, m.start())
    if (end_told := _AN_END_TOLD.search(text, opens, m.start())) is not None:
        # ("Tính đến ngày 20/6, số doanh nghiệp thành lập mới từ đầu năm là 98", "Tính đến ngày 30/9/2025,
        # tổng thu … từ đầu năm 2025 đạt …": from January to the end told)
        return _from_january_to(end_told, int(m["y"]) if m["y"] else None, doc_date)
    # (the span a figure is told over opens its clause, or comes right before the verb that gives the figure
    # -- not a time another noun is placed at: "dịch COVID-19 từ đầu năm 2020, Đảng bộ … đạt 17/24 chỉ tiêu",
    # "giảm 26 xã từ đầu năm 2020", when a reform took effect)
    opens_its_clause = re.search(r"(?:^|[,;:.\n])\s*$", text[max(0, m.start() - 8) : m.start()])
    if not ((opens_its_clause and text.startswith(",", m.end())) or _THE_FIGURES_VERB.match(text, m.end())):
        return None
    if m["y"] is None and (doc_date is None or doc_date.month == 1):
        return UNRESOLVED if doc_date is None else _UNPLACED
    y = int(m["y"] or doc_date.year)
    months = {
        int(found["mo"])
        for found in _MONTH_NAMED.finditer(text, opens, m.start())
        if found["y"] in (None, m["y"])
        and not _NOT_SET_IN.search(text, max(0, found.start() - 24), found.start())
    }
    if len(months) == 1 and 1 <= (mo := months.pop()) <= 12:
        if doc_date is not None and (doc_date.year, doc_date.month) < (y, mo):
            return _UNPLACED
        return month_period(y, 1) if mo == 1 else months_from_january(y, mo)
    if months or doc_date is None or doc_date.year < y:
        return _UNPLACED
    if doc_date.year > y:
        # (the year just ended, in a report of its first two months -- else since then to the date line, or
        # within it: "Từ đầu năm 2024, tỉnh đã thu hút 25 dự án FDI" in March 2025 does not say)
        return year_period(y) if (doc_date.year - y, doc_date.month) in ((1, 1), (1, 2)) else _UNPLACED
    return Period("to_date", date(y, 1, 1), doc_date, f"01/01–{_dmy(doc_date)}")


def _from_january_to(end_told: re.Match, y: int | None, doc_date: date | None) -> Period:
    """January 1 to the end a clause told before "từ đầu năm": a day ("đến ngày 30/9/2025") or a month's end
    ("đến hết tháng 9")."""
    y = int(end_told["y"]) if end_told["y"] else y or (doc_date.year if doc_date is not None else None)
    if y is None:
        return _UNPLACED
    mo = int(end_told["mo"] or end_told["mo2"])
    if not 1 <= mo <= 12:
        return _UNPLACED
    if end_told["d"] is None:
        return month_period(y, 1) if mo == 1 else months_from_january(y, mo)
    try:
        end = date(y, mo, int(end_told["d"]))
    except ValueError:
        return _UNPLACED
    return Period("to_date", date(y, 1, 1), end, f"01/01–{_dmy(end)}")


@_rule(
    r"\b(?:đề ra|đặt ra|được giao|giao|xây dựng|ban hành) (?:từ )?đầu năm\b(?! \d| nay| qua| trước| ngoái)",
    ("đầu năm",),
)
def _plan_set_this_year(m, doc_date):
    """ "mục tiêu tăng trưởng 8% đề ra từ đầu năm": the plan set when this year began, this year's -- read
    from the date line, except in January, when "đầu năm" may still mean the year just ended."""
    if doc_date is None or doc_date.month == 1:
        return UNRESOLVED
    return year_period(doc_date.year)


# Which year of a span a year is, the words before the span ("năm cuối của Kế hoạch 5 năm", "năm đầu thực
# hiện Kế hoạch phát triển kinh tế - xã hội 5 năm", "năm đầu thực hiện Nghị quyết Đại hội …, nhiệm kỳ";
# etl/context.py reads the span after them)
A_YEAR_OF_A_SPAN = (
    r"\bnăm (?:đầu(?: tiên)?|cuối(?: cùng)?|thứ (?:hai|ba|tư|năm|\d)|bản lề|giữa)"
    r"(?: (?:của|thực hiện|trong))?(?: các| nghị quyết| kế hoạch)*(?: phát triển kinh tế - xã hội)?"
    # ("năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030": the congress
    # named, by its number, before its term)
    r"(?: đại hội(?: đại biểu)?(?: đảng bộ tỉnh)?(?: lạng sơn)?(?: (?:lần thứ )?[xvi]+)?,?)?"
    r"(?: (?:giai đoạn|nhiệm kỳ|thời kỳ|kế hoạch|\d+ năm))+"
    # ("năm đầu của thời kỳ ổn định ngân sách 2022 - 2025": the budget's span, its name between)
    r"(?: ổn định ngân sách(?: địa phương)?)?"
)


# "Họp báo thường kỳ quý IV/2022": a meeting's name, not the period its figures are over (the fourth
# quarter's press conference reports on the year). "tỷ lệ hộ nghèo theo chuẩn giai đoạn 2022-2025": a
# standard's name. Claimed so no rule reads them as periods.
@_rule(
    rf"(?:họp báo|hội nghị|giao ban)(?: thường kỳ| thường niên)? quý (?:iv|iii|ii|i|[1-4])\b"
    rf"(?:(?:/| năm ){YEAR})?"
    # ("phiên họp thường kỳ tháng 12": the council's or committee's monthly meeting, not a month's figures)
    rf"|\bphiên (?:họp )?thường kỳ(?: của [^,;.]{{1,30}}?)? tháng \d{{1,2}}\b(?:(?:/| năm ){YEAR})?"
    rf"|\bchuẩn (?:nghèo )?(?:tiếp cận )?(?:đa chiều )?(?:mới )?(?:giai đoạn |áp dụng cho giai đoạn )?"
    rf"{YEAR}{DASH}(?:{YEAR}|\d{{2}})"
    # "đạt chuẩn nông thôn mới theo bộ tiêu chí giai đoạn 2021 - 2025": a standard's name, not a period
    rf"|\btiêu chí (?:(?:quốc gia |nông thôn mới |xã nông thôn mới |nâng cao |kiểu mẫu )*)"
    rf"(?:giai đoạn )?{YEAR}{DASH}(?:{YEAR}|\d{{2}})"
    # "cao nhất kể từ năm 2016": a record's baseline, not the period of the figure beside it
    rf"|\b(?:cao|thấp|lớn|nhiều|ít) nhất (?:kể )?từ (?:năm |tháng \d{{1,2}}/|quý (?:iv|iii|ii|i)/)?{YEAR}"
    rf"(?: (?:đến|tới) nay)?"
    # "ước đạt 8,06%, cao nhất trong nhiệm kỳ 2020 - 2025": the span a record is set in, not the figure's
    rf"|\b(?:cao|thấp|lớn|nhiều|ít) nhất (?:trong )?(?:cả )?(?:nhiệm kỳ|giai đoạn|\d+ năm) "
    rf"{YEAR}{DASH}(?:{YEAR}|\d{{2}})"
    # (or since it began: "ước đạt 8,12%, cao nhất kể từ đầu nhiệm kỳ")
    r"|\b(?:cao|thấp|lớn|nhiều|ít) nhất (?:kể )?từ (?:đầu|khi bắt đầu) (?:nhiệm kỳ|giai đoạn|kế hoạch)"
    r"\b(?! \d)"
    # "các lễ hội phải dừng từ đầu tháng 2": since when something happened, not a figure's month
    rf"|\btừ (?:đầu |giữa |cuối )?tháng \d{{1,2}}(?:(?:/| năm ){YEAR})?\b(?!\s*(?:đến|tới|-|–|/))"
    # "số ước tính công bố tháng 12/2022", "… công bố đầu tháng 1": when a figure was released, not what it is
    # over
    # ("… (DTI) năm 2022 do Bộ … đưa ra vào tháng 7/2023 cho thấy …")
    rf"|\b(?:công bố|đưa ra|ban hành|phát hành) (?:vào |hồi |trong )?(?:đầu |giữa |cuối )?tháng \d{{1,2}}"
    rf"(?:/{YEAR})?\b"
    # (or presented to a council: "số ước tính trình kỳ họp HĐND tỉnh tháng 12/2024 là 6,01%")
    rf"|\btrình (?:kỳ họp|hđnd|hội đồng nhân dân)[^,;()\d]{{0,40}}? (?:vào |hồi |trong )?"
    rf"(?:đầu |giữa |cuối )?tháng \d{{1,2}}(?:/{YEAR})?\b"
    # ("Báo cáo PCI năm 2019 do VCCI công bố ngày 6/5/2020, PCI của tỉnh đạt 63,64 điểm": the day released)
    rf"|\bcông bố (?:vào )?ngày \d{{1,2}}/\d{{1,2}}(?:/{YEAR})?\b"
    # ("DTI năm 2023 do Bộ … công bố cuối năm 2024": when someone released it, the edition named before it --
    # not "số liệu rà soát công bố cuối năm 2024", the figures' own date)
    rf"|\b(?:do|được) [^,;.]{{1,60}}? công bố (?:vào |trong )?(?:đầu|giữa|cuối) năm {YEAR}\b"
    # ("… trong Nghị quyết của HĐND tỉnh thông qua cuối năm 2024 lên 8,75%": when a resolution passed)
    rf"|\b(?:nghị quyết|quyết định|kế hoạch|đề án)\b[^,;.\d]{{0,40}}? (?:thông qua|ban hành|phê duyệt|ký)"
    rf" (?:vào |hồi |trong )?(?:đầu |giữa |cuối )?(?:tháng \d{{1,2}}/|năm ){YEAR}\b"
    # ("Chỉ tiêu tăng trưởng GRDP năm 2025 được HĐND tỉnh thông qua từ cuối năm 2024 là …": when it passed)
    rf"|\bđược [^,;.\d]{{0,30}}?thông qua (?:từ |vào |hồi |trong )?(?:đầu |giữa |cuối )?"
    rf"(?:tháng \d{{1,2}}/|năm ){YEAR}\b"
    # "mức chưa từng đạt được trong một quý kể từ năm 2018": since when, not the figure's year (not "kể từ năm
    # 2018 đến nay", a span)
    rf"|\bkể từ (?:năm )?{YEAR}\b(?!\s*(?:đến|tới|-|–))"
    # "mức cao nhất từ trước đến nay": ever, not a running total to the date line
    rf"|\btừ trước (?:cho )?(?:đến|tới) (?:nay|giờ)"
    # "Lễ công bố PAPI năm 2019 hồi tháng 4": when something happened, not what a figure is over
    rf"|\bhồi (?:đầu |giữa |cuối )?tháng \d{{1,2}}(?:(?:/| năm ){YEAR})?\b",
    (
        "quý",
        "chuẩn",
        "tiêu chí",
        "nhất",
        "từ trước",
        "công bố",
        "từ ",
        "năm ",
        "hồi ",
        "kể từ",
        "thường kỳ",
        "trình ",
        "đưa ra",
        "ban hành",
        "phát hành",
        "thông qua",
        "phê duyệt",
        " ký ",
    ),
)
def _names_not_periods(m, doc_date):
    return UNRESOLVED


_ORDINALS = {"hai": 2, "ba": 3, "tư": 4, "năm": 5}
# a year written just before, in apposition ("Năm 2023, năm thứ ba thực hiện …", "Năm 2025 là năm cuối …")
_A_YEAR_JUST_BEFORE = re.compile(rf"\b{YEAR}\b[^.;:!?]{{0,40}}$")


_A_RATE_PER_YEAR = re.compile(r"%\s*/\s*năm\b")
_SOME_YEARS_BEFORE = re.compile(r"\b(?:những|các|mấy|hai|ba|bốn|\d)\s+$")
# a part of a year the words just before name ("Quý I, quý mở đầu …", "6 tháng đầu …")
_A_PART_OF_A_YEAR_BEFORE = re.compile(r"\b(?:quý|tháng|nửa)\b[^.;:]*$")


@_rule(
    rf"{A_YEAR_OF_A_SPAN} (?P<a>{YEAR}){DASH}(?P<b>{YEAR}|\d{{2}})\b",
    ("năm đầu", "năm cuối", "năm thứ", "năm bản lề", "năm giữa"),
)
def _a_year_of_a_span(m, doc_date):
    """ "… bước vào năm đầu của giai đoạn 2026 - 2030 với chỉ tiêu tăng trưởng từ 10% trở lên": the span's
    first year (its second, third …, its last), named by its place in the span. Where the year is written
    beside it ("Năm 2023, năm thứ ba thực hiện kế hoạch 5 năm 2021 - 2025"), or the span is a term whose
    first years the words do not fix (a council's "nhiệm kỳ 2021 - 2026" opens mid-year), or the year is a
    "bản lề" or "giữa", or a part of the year stands just before it, the words are no period of their own."""
    said = m.group(0)
    a, b = int(m["a"]), int(m["b"])
    if b < 100:
        b += a // 100 * 100
    if b <= a or _A_YEAR_JUST_BEFORE.search(m.string, max(0, m.start() - 48), m.start()):
        return UNRESOLVED
    if _SOME_YEARS_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return UNRESOLVED  # ("những năm đầu của giai đoạn 2021 - 2025": several years, not one)
    if _A_RATE_PER_YEAR.search(m.string):
        # ("Năm đầu của giai đoạn 2021 - 2025 gặp nhiều khó khăn, tăng trưởng GRDP bình quân … 6,5%/năm": a
        # sentence of averages per year is about the span, whose years etl/context.py reads)
        return UNRESOLVED
    which = said.split()[1]
    if "nhiệm kỳ" in said:
        if a % 5 != 0 or b - a != 5:
            return UNRESOLVED  # (a council's term, "nhiệm kỳ 2021 - 2026", is elected mid-year)
        a += 1  # (a Party term is named by its congresses' years: "nhiệm kỳ 2025 - 2030" is 2026 to 2030)
    if _A_PART_OF_A_YEAR_BEFORE.search(m.string, max(0, m.start() - 40), m.start()):
        # ("Quý I, quý mở đầu năm đầu của giai đoạn 2026 - 2030, …": the quarter's year, which the text goes
        # on to read -- not the year in its place)
        return UNRESOLVED
    if which == "đầu":
        year = a
    elif which == "cuối":
        year = b
    elif which == "thứ":
        word = said.split()[2]
        year = a + (int(word) if word.isdigit() else _ORDINALS.get(word, 99)) - 1
    else:
        return UNRESOLVED
    return year_period(year) if a <= year <= b else UNRESOLVED


# "dự toán giao tại Quyết định số 1234/QĐ-UBND ngày 28/11/2023" ("… ngày 10 tháng 12 năm 2024"): the date a
# document was signed, not what a figure is over (a rule of its own: joined to the names above, it cost every
# sentence a slower scan)
@_rule(
    rf"\b(?:quyết định|nghị quyết|công văn|chỉ thị|thông báo|tờ trình|văn bản)(?: số [\w/.\-]+)?"
    rf"(?: của [^,;()]{{1,40}}?)? ngày \d{{1,2}}(?:[/-]\d{{1,2}}[/-]| tháng \d{{1,2}} năm ){YEAR}\b",
    ("quyết định", "nghị quyết", "công văn", "chỉ thị", "thông báo", "tờ trình", "văn bản"),
)
def _a_documents_date(m, doc_date):
    return UNRESOLVED


# "Tỷ lệ hộ nghèo giảm từ trên 30% vào đầu những năm 1990 …": a decade, or part of one -- no calendar span a
# figure is published over (held)
@_rule(
    r"\b(?:(?:đầu|giữa|cuối) (?:những|các) năm (?:19|20)\d0|những năm 19\d0|thập (?:niên|kỷ) (?:19|20)\d0)\b"
    r"(?!\s*(?:,|và|đến|tới|[-–]))",
    ("năm", "thập"),
)
def _a_decade(m, doc_date):
    return _UNPLACED


# "Để đạt mục tiêu cả năm, Lạng Sơn cần tăng trưởng bình quân khoảng 10,9% trong các quý còn lại": the rest
# of the year the text does not count out -- no span a value of it can be given (held)
@_rule(r"\btrong (?:các|những|\d|hai|ba) (?:quý|tháng) còn lại\b", ("còn lại",))
# "…; hai quý đầu năm lần lượt tăng 7,02% và 8,15%": each quarter's own value, counted but not named --
# neither is the half-year's (held; a list of named quarters, "quý I và quý II lần lượt …", is read)
@_rule(
    # (not the last of a list of periods: "tháng 4 và 4 tháng đầu năm 2023 lần lượt đạt …")
    # (quarters only: "6 tháng đầu năm lần lượt đạt …" lists the half-year's subjects)
    r"(?<!và )(?<!, )\b(?:hai|ba|[23]) quý đầu(?: (?:của )?năm(?: \d{4})?| tiên)?"
    r"(?: (?:ước|đã|cũng|đều))* lần lượt\b",
    ("lần lượt",),
)
# "Kim ngạch qua các cửa khẩu vượt 6 tỷ USD sau hơn 9 tháng", "gần 6 tháng đầu năm", "hơn 1 tháng rưỡi":
# some months and some days the text does not count -- no span of whole months; a value of it is held, never
# the N months'
@_rule(
    r"\b(?:hơn|gần|trên|ngót|chưa (?:đầy|tới|đến)) "
    r"(?:\d{1,2}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười hai|mười) tháng\b(?! (?:tuổi|lương)\b)"
    r"(?: rưỡi)?(?: đầu| cuối)?(?: (?:của )?năm(?: \d{4})?\b)?",
    ("hơn", "gần", "trên", "ngót", "chưa"),
)
# "Kim ngạch … đến giữa tháng 7 gần 48 tỷ USD": a running total to a day the text does not give (not "đến
# cuối tháng 6", the month's last day) -- a value of it is held, never the month's
@_rule(
    # (not the end of a span from another month: "từ giữa tháng 5 đến đầu tháng 6")
    rf"(?<!tháng \d )(?<!tháng \d\d )\b(?:tính )?(?:đến|tới) "
    rf"(?:giữa|đầu|trung tuần|thượng tuần|hạ tuần) tháng \d{{1,2}}"
    rf"(?:(?:/| năm ){YEAR})?\b",
    ("giữa tháng", "đầu tháng", "tuần tháng"),
)
def _a_span_the_text_does_not_count(m, doc_date):
    return _UNPLACED


# "Kim ngạch qua các cửa khẩu giảm nhẹ trong 10 tháng rưỡi", "sau ba tháng rưỡi đầu năm 2017": the customs'
# running total from January to the half-month's close, the 15th of the month after the N-th (in a text dated
# after it; not "trong một tháng rưỡi qua", some weeks before the date line)
_A_SPAN_REPORTED_OVER = re.compile(
    r"(?:^|[,;:(]\s*|\b(?:trong|sau|qua|lũy kế|luỹ kế|ước thực hiện|ước tính|tính chung|hết|kết thúc)\s+)$"
)


@_rule(
    rf"(?P<n>\d{{1,2}}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười một|mười) tháng rưỡi"
    rf"(?: đầu năm| đầu| (?:của )?năm)?(?: (?P<y>{YEAR}))?\b"
    rf"(?! (?:qua|vừa qua|gần đây|tới|nữa|trước đó|sau đó)\b)",
    ("rưỡi",),
)
def _months_and_a_half(m, doc_date):
    if not m["n"].isdigit() and _NOT_A_COUNT_WORD.search(m.string, max(0, m.start() - 4), m.start()):
        return None
    if not (
        m["y"]
        or "đầu" in m.group()
        or _A_SPAN_REPORTED_OVER.search(m.string, max(0, m.start() - 24), m.start())
    ):
        # ("Mùa lễ hội … kéo dài 1 tháng rưỡi": a length, no span from January)
        return None
    n = int(m["n"]) if m["n"].isdigit() else _MONTH_NAMES[m["n"]]
    if not 1 <= n <= 11:
        return None
    if m["y"]:
        y = int(m["y"])
    elif doc_date is not None and date(doc_date.year, n + 1, 15) <= doc_date:
        y = doc_date.year
    else:
        return _UNPLACED
    last = date(y, n + 1, 15)
    return Period("to_date", date(y, 1, 1), last, f"01/01–{_dmy(last)}")


# "Từ ngày 1/1 đến hết tháng 11/2025, …": the start of the running total the date after it closes (read by
# that date's rule), no day of its own
@_rule(
    r"\btừ (?:ngày )?0?1/0?1(?:/(?:19|20)\d\d)? (?=(?:đến|tới) (?:hết |cuối )?(?:ngày |tháng )?\d)",
    ("1/1", "01/01"),
)
def _from_new_years_day(m, doc_date):
    return UNRESOLVED


# "số ước tính 8,41% mà tỉnh báo cáo tại kỳ họp HĐND tháng 12": when a meeting heard it, not what it is over
@_rule(
    rf"\btại (?:kỳ họp|phiên họp|hội nghị|họp báo)(?: [^\s,;.]+){{0,4}}? tháng \d{{1,2}}"
    rf"(?:(?:/| năm ){YEAR})?\b",
    ("kỳ họp", "phiên họp", "hội nghị", "họp báo"),
)
def _meeting_month(m, doc_date):
    return UNRESOLVED


# "Tại hội nghị sơ kết ngày 20/1/2025, Sở Nội vụ cho biết … đã giảm 15 phòng": the day the meeting sat, not
# the day of what it heard; a year its name gives is what it heard about ("Tại hội nghị tổng kết năm 2024 ngày
# 10/1/2025, …")
@_rule(
    r"\btại (?:kỳ họp|phiên họp|hội nghị|hội thảo|họp báo|buổi họp|cuộc họp|buổi làm việc)"
    rf"(?: (?:thứ \d{{1,2}}|năm (?P<y>{YEAR})|[^\s,;.\d]+)){{0,5}}? (?:(?:sáng|chiều|tối) )?(?:ngày )?"
    rf"\d{{1,2}}/\d{{1,2}}(?:/{YEAR})?\b",
    ("kỳ họp", "phiên họp", "hội nghị", "hội thảo", "họp báo", "buổi họp", "cuộc họp", "buổi làm việc"),
)
def _meeting_day(m, doc_date):
    # (a meeting reviewing it, not one setting out its tasks: "hội nghị triển khai nhiệm vụ năm 2025 ngày
    # 8/1/2025")
    reviews = m["y"] and _REVIEWS_A_YEAR.search(m.string, m.start(), m.start("y"))
    return year_period(int(m["y"])) if reviews else UNRESOLVED


_REVIEWS_A_YEAR = re.compile(r"\b(?:tổng kết|sơ kết|đánh giá)\b")


@_rule(r"\b(?:đến|tính đến|tới) cuối năm\b(?!\s*(?:\d|nay|qua|trước|ngoái))", ("cuối năm",))
def _end_of_this_year(m, doc_date):
    """ "Đến cuối năm, toàn tỉnh ước có 82 xã": the end of the year the text is about."""
    if doc_date is None:
        # (no date line: the year named nearby, as for a month written without it -- "tỉnh phấn đấu đến cuối
        # năm đưa tỷ lệ hộ nghèo xuống dưới 12%" under "… 9 tháng đầu năm 2019")
        return replace(as_of_period(date(NO_YEAR, 12, 31)), yearless=True)
    return replace(as_of_period(date(doc_date.year, 12, 31)), yearless=True)


# "theo giá so sánh 2010": a price basis, never the year 2010. Claimed so no rule reads it as a period.
@_rule(rf"giá so sánh(?: năm)? {YEAR}", ("giá so sánh",))
def _price_base_year(m, doc_date):
    return UNRESOLVED


# "quý III và quý IV phải bảo đảm tăng trưởng 9,2%": the two quarters of one half, together -- not each of a
# list or each alone ("quý I và quý II lần lượt tăng 5,1% và 6,2%", "… đều đạt trên 8%", "mỗi quý cần …",
# "quý III và quý IV tăng 7,8% và 9,1%")
@_rule(
    rf"quý (?P<a>III|I|[13]) và (?:quý )?(?P<b>IV|II|[24])\b"
    rf"(?:(?:/| năm )(?P<y>{YEAR})| năm (?P<rel>nay|trước|ngoái))?"
    r"(?![^.;]*\blần lượt\b)(?!,?(?:[^.;,]|[.,](?=\d)){0,40}\b(?:đều|mỗi quý)\b)"
    # (nor "Quý I và quý II, GRDP tăng 5,2% và 6,1%", "…, kim ngạch đạt 5,1 tỷ USD và 5,6 tỷ USD": a value
    # for each, etl/respectively.py's implicit list)
    r"(?!(?:[^.;]|[.,](?=\d))*\d\s*(?:%|(?:nghìn tỷ|tỷ|triệu) (?:đồng|usd))? và \d)",
    ("quý",),
)
def _two_quarters(m, doc_date):
    first = _ROMAN[m["a"].lower()]
    if _ROMAN[m["b"].lower()] != first + 1:
        return None
    if m["rel"] and doc_date:
        y = _relative_year(m["rel"], doc_date)
    elif m["y"]:
        y = int(m["y"])
    elif doc_date:
        # (the date line's year, unless the half is one still a quarter away: "quý III và quý IV" in a January
        # report is last year's, in June this year's)
        y = _year_begun_by(doc_date, 3 * first - 2, days_ahead=92)
    else:
        y = NO_YEAR
    start, end = date(y, 3 * first - 2, 1), _month_end(y, 3 * first + 3)
    return Period("half_year", start, end, f"H{(first + 1) // 2}/{y}", yearless=not (m["y"] or m["rel"]))


# "Tháng đầu tiên của quý II/2024", "tháng cuối quý IV": one month of a quarter -- never the quarter
@_rule(
    rf"\btháng (?P<which>đầu tiên|đầu|thứ hai|giữa|cuối cùng|cuối) (?:của )?quý (?P<q>iv|iii|ii|i|[1-4])\b"
    rf"(?:(?:/| năm )(?P<y>{YEAR})| năm (?P<rel>nay|trước|ngoái))?",
    ("quý",),
)
def _month_of_a_quarter(m, doc_date):
    quarter = _quarter(m, doc_date)
    which = m["which"]
    offset = 0 if which.startswith("đầu") else 2 if which.startswith("cuối") else 1
    month = quarter.start.month + offset
    return month_period(quarter.start.year, month, yearless=quarter.yearless)


@_rule(
    rf"quý (?P<q>IV|III|II|I|[1-4])\b(?:(?:/| năm )(?P<y>{YEAR})| năm (?P<rel>nay|trước|ngoái))?", ("quý",)
)
def _quarter(m, doc_date):
    q = _ROMAN[m["q"].lower()]
    written = bool(m["y"] or (m["rel"] and doc_date))  # (both empty where a listed month has neither)
    if m["rel"] and doc_date:
        y = _relative_year(m["rel"], doc_date)  # "quý I năm nay": the date line's year's
    elif m["y"]:
        y = int(m["y"])
    elif doc_date:
        # "quý IV" in a report dated January 2025 is 2024's: the latest such quarter begun by that date.
        y = _year_begun_by(doc_date, 3 * q - 2)
    else:
        y = NO_YEAR  # set from the year named nearby, or dropped (etl/context.py)
    return quarter_period(y, q, yearless=not written)


# "tốc độ tăng GRDP các quý II, III và IV năm 2025 phải đạt lần lượt 8,6%, 9,2% và 10,4%": the quarters after
# the first, written without "quý" again (the quarter rule reads the first)
@_rule(
    rf"(?:(?<=[iv], )|(?<=[iv] và ))(?P<q>iv|iii|ii|i)\b(?:(?:/| năm )(?P<y>{YEAR}))?(?P<rel>)(?![/.,]\d)",
    ("quý",),
)
def _quarters_listed(m, doc_date):
    if not _A_QUARTER_LIST.search(m.string, max(0, m.start() - 40), m.start()):  # (not "Đại hội XVI, II")
        return None
    return _quarter(m, doc_date)


_A_QUARTER_LIST = re.compile(r"\bquý (?:(?:iv|iii|ii|i)(?:,| và) )*(?:iv|iii|ii|i)(?:,| và) $")


# "các tháng 1 và 2 lần lượt đạt 612,4 tỷ đồng và 498,7 tỷ đồng", "tháng 10, 11 và 12": the months after the
# first, written without "tháng" again (the month rule reads the first)
@_rule(
    rf"(?<=\d)(?:,| và) (?P<mo>\d{{1,2}})(?:(?:/| năm )(?P<y>{YEAR}))?(?P<rel>)\b"
    r"(?![\d/%]|[.,]\d|\s*(?:tỷ|triệu|nghìn|xã|doanh|lượt|điểm|chỉ|người|tháng|năm|quý|ngày))",
    ("tháng",),
)
def _months_listed(m, doc_date):
    if _MONTH_LIST_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) is None:
        return None
    return _month(m, doc_date)


_MONTH_LIST_BEFORE = re.compile(r"\btháng \d{1,2}(?:, \d{1,2})*$")


@_rule(
    rf"tháng (?P<mo>\d{{1,2}})(?:(?:/| năm )(?P<y>{YEAR})| năm (?P<rel>nay|trước|ngoái))?(?![\d/])",
    ("tháng",),
)
def _month(m, doc_date):
    """ "tháng 10/2024"; "tháng 2 năm nay" the date line's year's; "tháng 4" alone is the latest April by the
    document's date."""
    mo = int(m["mo"]) if m["mo"].isdigit() else _MONTH_NAMES[m["mo"]]
    if not 1 <= mo <= 12:
        return None
    written = bool(m["y"] or (m["rel"] and doc_date))  # (both empty where a listed month has neither)
    if m["rel"] and doc_date:
        y = _relative_year(m["rel"], doc_date)
    elif m["y"]:
        y = int(m["y"])
    elif doc_date:
        # The latest such month begun by the document's date, or the next one or two ("Dự kiến tháng 8" in
        # a report of late July).
        y = _year_begun_by(doc_date, mo, days_ahead=62)
    else:
        y = NO_YEAR  # set from the year named nearby, or dropped (etl/context.py)
    return month_period(y, mo, yearless=not written)


# The statistics office's months written in words: "IIP tháng Tám ước tính tăng 2,4% so với tháng Bảy" (not
# the words that are also counts or other words after "tháng": "một", "hai", "ba", "năm"; nor the lunar
# months, "tháng Giêng", "tháng Chạp": a festival season, no calendar month)
_MONTH_NAMES = {**_MONTH_WORDS, "một": 1, "tư": 4, "năm": 5}
_rule(
    # (nor an event's name: "Cách mạng tháng Tám", "rằm tháng Bảy")
    rf"(?<!cách mạng )(?<!rằm )tháng (?P<mo>mười một|mười hai|mười|tư|sáu|bảy|tám|chín"
    # ("tháng Một", "tháng Hai", "tháng Ba" as the office writes them -- not a count after a month: "mỗi tháng
    # một lần", "tháng hai đợt"; "tháng Năm" only before its year: "tháng, năm" is no month)
    r"|(?:một|hai|ba)(?! (?:lần|lượt|kỳ|đợt|người|ngày|tuần|tháng|buổi|phiên|chuyến|cuộc|số)\b)"
    rf"|năm(?=(?:/| năm ){YEAR}))\b"
    # (a name's year may follow it bare: "tháng Hai 2024")
    rf"(?:(?:/| năm | )(?P<y>{YEAR})\b| năm (?P<rel>nay|trước|ngoái))?"
    r"(?! tháng| năm\b(?! \d| nay| trước| ngoái))",
    ("tháng",),
)(_month)


# "Trong tháng đầu năm, kim ngạch … đạt 1,7 tỷ USD", "tháng đầu tiên của năm 2024": January alone (not "6
# tháng đầu năm", "các tháng đầu năm": several months -- only opening the sentence or after "trong", "riêng",
# "của", "ngay", which no count follows; not "trong tháng đầu năm trước đó", "previously")
@_rule(
    r"(?:^\W*|\b(?:trong|riêng|của|ngay) "
    # (or after the subject it is of, no count before it: "Kim ngạch … tháng đầu năm 2024 đạt …")
    r"|(?<=[^\W\d] )(?<!các )(?<!những )(?<!mấy )(?<!vài )(?<!từ )(?<!một )(?<!hai )(?<!ba )(?<!bốn )"
    r"(?<!năm )(?<!sáu )(?<!bảy )(?<!tám )(?<!chín )(?<!mười )(?<!mươi )(?<!hàng )(?<!mỗi )(?<!nhiều ))"
    r"tháng đầu(?: tiên)?(?: của)? năm"
    rf"(?:(?: |/)(?P<y>{YEAR})| (?P<rel>nay|trước|ngoái)\b(?! đây| đó| nữa))?\b(?![/.,]\d| âm lịch| mới)",
    ("tháng đầu",),
)
def _first_month(m, doc_date):
    return _month({"mo": "1", "y": m["y"], "rel": m["rel"]}, doc_date)


# Two rules where one pattern with an optional lead-in would do: a pattern that opens with the year itself
# lets the engine skip to the next "19"/"20" instead of trying the lead-in at every character. Where both
# match, the longer one (with its lead-in) starts first and wins.
_RANGE = rf"(?P<a>{YEAR}){DASH}(?P<b>{YEAR}|\d{{2}})\b(?![/.,]\d)"


@_rule(
    # "hai năm 2024 - 2025", "các năm 2021-2023": the years, not "năm 2024" then a lone 2025
    # (not "kế hoạch 5 năm 2021-2025": a plan's name)
    rf"(?:bình quân )?(?:giai đoạn|nhiệm kỳ|thời kỳ|(?<!hoạch )(?:\d{{1,2}} |hai |ba |bốn |năm |các )?năm)"
    rf" {_RANGE}",
    ("giai đoạn", "nhiệm kỳ", "thời kỳ", "năm"),
)
@_rule(_RANGE, ("-", "–", "—"))
# "Từ năm 2021 đến năm 2024", "trong các năm từ 2021 đến 2023": the span in words, not its ends as two years
@_rule(rf"{SPAN_IN_WORDS}(?![/.,]\d)", ("từ",))
def _range(m, doc_date):
    a, b = int(m["a"]), m["b"]
    b = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
    if not a < b <= a + 30:
        return None
    lead = m.group().lstrip().removeprefix("bình quân ")
    # (and "5 năm 2015 - 2020": five years, the span's six calendar years named by its congresses)
    if b - a == 5 and (
        lead.startswith(("nhiệm kỳ", "5 năm"))
        or ((lead.startswith("giai đoạn") or lead[0].isdigit()) and a % 5 == 0)
    ):
        # A Party term runs congress to congress (autumn 2015 to autumn 2020); what it reports on is its
        # five-year plan, the years 2016-2020, as the term's own targets are set -- and so does a "giai đoạn"
        # named by a term's congress years ("giai đoạn 2025 - 2030": six calendar years no plan spans), or
        # those years bare ("Nhìn lại chặng đường 2015 - 2020")
        return range_period(a + 1, b)
    return range_period(a, b)


# "giai đoạn 2011 - 201": a span whose end the text lost (a typo, a cut page) tells no period -- not its
# first year alone
@_rule(rf"{YEAR}{DASH}(?:\d|\d{{3}})\b(?![/.,]\d)", ("-", "–", "—"))
def _span_cut_short(m, doc_date):
    return UNRESOLVED


@_rule(rf"\b(?:hai|2) năm (?P<a>{YEAR})(?:,| và) (?P<b>{YEAR})\b", ("hai năm", "2 năm"))
def _two_years(m, doc_date):
    """ "hai năm 2024, 2025 mỗi năm tỉnh phải tăng trên 11%": the two years together."""
    a, b = int(m["a"]), int(m["b"])
    return range_period(a, b) if b == a + 1 else None


_DATE_END = rf"[/-](?P<m>\d{{1,2}})[/-](?P<y>{YEAR})"
_DATES = rf"(?P<d1>\d{{1,2}})(?:{DASH}(?P<d2>\d{{1,2}}))?{_DATE_END}"
# Every date holds its end ("/8/2023"): searched first -- from each "/" or "-", not each digit -- it spares
# the date rules a scan from every digit of a sentence that holds no date (a run-on text: issue 15).
_HAS_DATE_END = compile_lowered(_DATE_END)


@_rule(rf"ngày {_DATES}", ("ngày",))  # with its lead-in, as with ranges above: the longer match wins
@_rule(_DATES, ("/", "-"))
def _dates(m, doc_date):
    try:
        y, mo = int(m["y"]), int(m["m"])
        first = date(y, mo, int(m["d1"]))
        last = date(y, mo, int(m["d2"])) if m["d2"] else first
    except ValueError:
        return None
    if last < first:
        return None
    label = _dmy(first) if first == last else f"{first.day:02d}–{_dmy(last)}"
    return Period("dates", first, last, label)


@_rule(
    # "từ ngày 24/9 đến ngày 26/9/2025": the days a meeting sat, not a date a running total reaches.
    rf"\btừ (?:ngày )?(?P<d1>\d{{1,2}})/(?P<m1>\d{{1,2}})(?:/(?P<y1>{YEAR}))? (?:đến|tới) (?:hết )?(?:ngày )?"
    rf"(?P<d2>\d{{1,2}})/(?P<m2>\d{{1,2}})/(?P<y>{YEAR})",
    ("từ",),
)
def _days_from_to(m, doc_date):
    try:
        last = date(int(m["y"]), int(m["m2"]), int(m["d2"]))
        first = date(int(m["y1"] or m["y"]), int(m["m1"]), int(m["d1"]))
    except ValueError:
        return None
    if not timedelta(0) < last - first <= timedelta(days=31):
        # a long span ("từ 1/1 đến 30/11/2025") is a running total: from the year's first day, its own;
        # otherwise read by the rules below -- unless both its days are written with their years: "Từ ngày
        # 16/12/2023 đến ngày 15/6/2024, cơ quan điều tra khởi tố 4 vụ án" (the courts' and inspectors'
        # reporting year) is those days
        if m["y1"] and first.month != 1 and timedelta(0) < last - first <= timedelta(days=366):
            return Period("dates", first, last, f"{_dmy(first)}–{_dmy(last)}")
        return _from_new_year(first, last)
    # (across a year's end, the first day with its year: "29/12/2024–01/01/2025", never "29/12–01/01/2025")
    opened = _dmy(first) if first.year != last.year else f"{first.day:02d}/{first.month:02d}"
    return Period("dates", first, last, f"{opened}–{_dmy(last)}")


def _from_new_year(first: date, last: date) -> Period | None:
    """ "Từ 1/1 đến 15/2/2024": the running total from the year's first day."""
    if first != date(last.year, 1, 1) or last <= first:
        return None
    return Period("to_date", first, last, f"01/01–{_dmy(last)}")


@_rule(
    # "Từ ngày 1/1 đến hết ngày 14/1, kim ngạch … đạt" in a report of 16 January: a few days, their year the
    # date line's (the last such days before it)
    r"\btừ (?:ngày )?(?P<d1>\d{1,2})/(?P<m1>\d{1,2}) (?:đến|tới) (?:hết )?(?:ngày )?"
    r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?![/\d])",
    ("từ",),
)
def _days_from_to_without_year(m, doc_date):
    if doc_date is None:
        # (a text with no date line: days within one year, their year set by a holiday's the title names,
        # or dropped -- etl/context.py)
        try:
            first, last = (date(NO_YEAR, int(m[f"m{i}"]), int(m[f"d{i}"])) for i in (1, 2))
        except ValueError:
            return None
        if not timedelta(0) < last - first <= timedelta(days=31):
            return None
        return Period("dates", first, last, f"{first:%d/%m}–{_dmy(last)}", yearless=True)
    if (last := _day_by_date_line(int(m["d2"]), int(m["m2"]), doc_date)) is None:
        return None
    try:
        first = date(last.year - (int(m["m1"]) > last.month), int(m["m1"]), int(m["d1"]))
    except ValueError:
        return None
    if not timedelta(0) < last - first <= timedelta(days=31):
        return _from_new_year(first, last)  # (a long span is a running total, or one the rules below read)
    opened = _dmy(first) if first.year != last.year else f"{first.day:02d}/{first.month:02d}"
    return Period("dates", first, last, f"{opened}–{_dmy(last)}")


@_rule(
    # "Từ ngày 1 đến hết ngày 15/12, kim ngạch … đạt": days of one month, the month written once; its year
    # the date line's when not written
    # (the press's hyphen too: "từ ngày 1 đến 15-12"; and "ngày" left out: "Đại hội diễn ra trong ba ngày, từ
    # 25 đến 27/9/2020")
    rf"\btừ (?:ngày )?(?P<d1>\d{{1,2}}) (?:đến|tới) (?:hết )?(?:ngày )?"
    rf"(?P<d2>\d{{1,2}})(?P<sep>[/-])(?P<m>\d{{1,2}})"
    rf"(?:(?P=sep)(?P<y>{YEAR}))?(?![/\-\d])",
    ("từ ",),
)
def _days_of_a_month(m, doc_date):
    if m["y"] or doc_date is None:
        # (with no date line and no year written, days of no year yet: the year told nearby sets it, or the
        # figure is held -- etl/context.py; never the whole year the lead names)
        try:
            last = date(int(m["y"] or NO_YEAR), int(m["m"]), int(m["d2"]))
        except ValueError:
            return None
    elif (last := _day_by_date_line(int(m["d2"]), int(m["m"]), doc_date)) is None:
        return None
    if not 1 <= int(m["d1"]) < last.day:
        return None
    first = last.replace(day=int(m["d1"]))
    return Period("dates", first, last, f"{first.day:02d}–{_dmy(last)}", yearless=last.year == NO_YEAR)


@_rule(
    # "Nửa đầu tháng 12, kim ngạch … chỉ đạt 118 triệu USD": the customs' half-month, its "kỳ 1" (days 1 to
    # 15; "nửa cuối", "kỳ 2", the rest of the month); its year the date line's when not written
    # ("trong nửa đầu tháng này (từ ngày 1 đến hết ngày 15-12)": the date line's month)
    r"\b(?:nửa (?P<half>đầu|cuối|sau)|kỳ (?P<k>1|2|i|ii)) (?:tháng (?P<m>\d{1,2})|(?P<this>tháng này)\b)"
    rf"(?:(?:/| năm )(?P<y>{YEAR})| (?:của )?năm (?P<rel>ngoái|trước|nay))?(?![/.,\-]\d)",
    ("nửa", "kỳ"),
)
def _half_a_month(m, doc_date):
    if m["this"]:
        if doc_date is None or m["y"] or m["rel"]:
            return UNRESOLVED
        mo = doc_date.month
    else:
        mo = int(m["m"])
    if not 1 <= mo <= 12:
        return None
    if _A_CONDITION_BEFORE.search(m.string, max(0, m.start() - 60), m.start()):
        # (nor the time a condition names: "Nếu thông quan trở lại bình thường trong nửa cuối tháng 12, số thu
        # có thể lên tới 6.700 tỷ đồng" -- a time no figure's, not the month)
        return _UNPLACED
    if m["y"]:
        first = date(int(m["y"]), mo, 1)
    elif doc_date is None:
        first = date(NO_YEAR, mo, 1)  # (no year yet: the year told nearby sets it -- etl/context.py)
    elif m["rel"]:
        # ("…, trong khi nửa đầu tháng 12 năm ngoái đạt 240 triệu USD": last year's)
        first = date(_relative_year(m["rel"], doc_date), mo, 1)
    elif (first := _day_by_date_line(1, mo, doc_date, days_ahead=0)) is None:
        return None
    if m["half"] == "đầu" or m["k"] in ("1", "i"):
        last = first.replace(day=15)
    else:
        first, last = first.replace(day=16), month_period(first.year, mo).end
    label = f"{first.day:02d}–{_dmy(last)}"
    return Period("dates", first, last, label, yearless=first.year == NO_YEAR)


@_rule(
    # "Sáng 25/9, Đại hội … khai mạc": a news report's day, its year the date line's. The day-part word is
    # required: a bare "18/20" is a count of targets, "15/63" a rank.
    r"\b(?:sáng|chiều|tối|trưa|ngày) (?P<d>\d{1,2})/(?P<m>\d{1,2})\b(?![/\-]\d|,\d)",
    ("sáng", "chiều", "tối", "trưa", "ngày"),
)
def _day_without_year(m, doc_date):
    d, mo = int(m["d"]), int(m["m"])
    if (
        doc_date is None
        # (the congress itself the day's subject, right after it: "Sáng 14/10, Đại hội đại biểu Đảng bộ …" --
        # not a meeting before, after or on it, "Chiều 20/12, Ban Chấp hành họp … chuẩn bị Đại hội …")
        and (congress := _CONGRESS_OF_A_TERM.match(m.string, m.end())) is not None
    ):
        # "Sáng 14/10, Đại hội … nhiệm kỳ 2020 – 2025 khai mạc …" with no date line: a Party congress sits in
        # the first year of the term it opens
        try:
            day = date(int(congress["y"]), mo, d)
        except ValueError:
            return None
        return Period("dates", day, day, _dmy(day))
    day = _day_by_date_line(d, mo, doc_date) if doc_date is not None else None
    return None if day is None else Period("dates", day, day, _dmy(day), yearless=True)


_CONGRESS_OF_A_TERM = compile_lowered(
    rf"\s*,?\s*(?:tại [^,;.]{{1,60}},\s*)?đại hội\b[^.;]{{0,100}}?\bnhiệm kỳ (?P<y>{YEAR})\s*[-–]\s*{YEAR}\b"
)


@_rule(rf"\bcùng kỳ(?: năm)? (?P<y>{YEAR})\b", ("cùng kỳ",))
def _same_span(m, doc_date):
    return replace(year_period(int(m["y"])), same_span=True)


# "GRDP 6 tháng tăng 6,8% (cùng kỳ năm trước tăng 5,9%)", "…, cùng kỳ tăng 5,9%": the same span a year before
# the one reported on, as the subject of its own figure -- not "so với cùng kỳ năm trước" (a comparison's
# reference), nor "Cùng kỳ, cả nước tăng …" (at the same time: the span itself, for another place)
@_rule(
    r"(?:(?<=\()|(?<=[(,;] )|^|(?<=\btrong khi )|(?<=\bnếu )|(?<=\bcòn ))"
    r"(?:cùng kỳ năm (?:trước|ngoái)(?=[,:]? )"
    rf"|cùng kỳ(?=[,:]? (?:(?:ước |ước tính )?(?:tăng|giảm)\b|{CHANGE_MARK}(?=\d))))"
    # (a value's own: "cao hơn mức 6,85% của cùng kỳ năm trước")
    r"|(?<=\bcủa )cùng kỳ năm (?:trước|ngoái)\b"
    # ("Một năm trước, khi bảng xếp hạng còn tính trên 63 tỉnh, Lạng Sơn chỉ tăng 5,81%": a sentence opening
    # on the year before the one reported)
    r"|^(?:một|1) năm trước(?=,)",
    ("cùng kỳ", "năm trước"),
)
def _same_span_a_year_before(m, doc_date):
    if doc_date is None:
        return UNRESOLVED
    return replace(year_period(doc_date.year - 1, inferred=True), same_span=True, year_before=True)


# (a year its last digit lost, opening its sentence or clause or after "hết": "Năm 201 tổng kim ngạch … đạt
# 5,25 tỷ USD", "…; năm 202, thu ngân sách đạt …", "đến hết năm 202, …" -- told, but which, unreadable: held,
# never dated by the paragraph's other years; not a count a year has, "bình quân mỗi năm 205 doanh nghiệp")
@_rule(
    r"(?:^|(?<=[,;:] )|(?<=\bhết ))\W*năm (?:19|20)\d(?![\d./])\b(?!\s+[^\W\d]+ (?:mới|thành lập)\b)",
    ("năm",),
)
def _a_year_cut_short(m, doc_date):
    return _UNPLACED


@_rule(rf"\bnăm (?P<y>{YEAR})\b", ("năm",))
# A bare year: not glued to a word, a number or a date ("2022" but not "12/2022", "2.022", "x2022"), and
# not a quantity ("2022 người"). The look-behind sits after the first two digits so the year leads.
# (a sentence may end on it: "… công bố PCI 2024.")
@_rule(r"(?P<y>(?:19|20)(?<![\w/.,\-–]..)\d{2})\b(?![\d/\-–]|[.,]\d|\s*(?:%|đồng|người|tỷ|triệu))")
def _year(m, doc_date):
    return year_period(int(m["y"]))


# The province's Party congresses by number and the year each met, opening its term: the 15th in 2010, then
# one every five years. (The national Party's congresses, XII in 2016, XIII in 2021, XIV in 2026, are other
# numbers, never read here: "Nghị quyết Đại hội XIII của Đảng" is the nation's; another province's count
# differs, and a figure of another province is held by its place.)
_CONGRESS_NUMBERS = {"xv": 2010, "xvi": 2015, "xvii": 2020, "xviii": 2025, "xix": 2030, "xx": 2035}
# one of those numerals, never the nation's congress it could also name
_PROVINCIAL_CONGRESS = (
    r"(?P<n>"
    + "|".join(sorted(_CONGRESS_NUMBERS, key=len, reverse=True))
    + r")\b(?! (?:của đảng|toàn quốc)\b)"
)


def _plan_of_the_term(opened: int) -> Period:
    """The five plan years of the term a congress opened ("2020" → 2021–2025)."""
    return range_period(opened + 1, opened + 5)


# "mục tiêu 8%/năm của Nghị quyết Đại hội (Đảng bộ tỉnh lần thứ XVII)": the five-year plan of the term the
# document is written in; with the congress's number, the plan of that congress's term ("18/24 chỉ tiêu chủ
# yếu của Nghị quyết Đại hội XVI ước đạt và vượt", at the XVII congress: 2016-2020)
# (only as what a target belongs to: "Sau 4 năm thực hiện Nghị quyết Đại hội" is no period of a figure)
@_rule(
    # ("Trong 22 chỉ tiêu chủ yếu mà Nghị quyết Đại hội lần thứ XVII đề ra", "mục tiêu bình quân 8%/năm mà
    # Nghị quyết … đề ra": the targets it set -- not one it set for a year the text names, "mục tiêu 4,5 triệu
    # lượt mà Nghị quyết … đặt ra cho năm 2025")
    r"(?:(?<=của )|(?<=theo )|(?<=mà )|(?<=mục tiêu )|(?<=chỉ tiêu )|(?<=chỉ tiêu chủ yếu ))nghị quyết"
    r" (?:của )?đại hội(?: đại biểu)?"
    rf"(?: đảng bộ tỉnh)?(?: (?:lần thứ )?{_PROVINCIAL_CONGRESS})?(?! \S* ?(?:nhiệm kỳ|(?:19|20)\d\d))"
    r"(?![^,;.]*\b(?:đề ra|đặt ra|giao) cho (?:năm|giai đoạn|năm nay)\b)",
    ("đại hội",),
)
def _congress_plan(m, doc_date):
    if m["n"] and (opened := congress_opened(m["n"])) is not None:
        return _plan_of_the_term(opened)
    if doc_date is None or (doc_date.year % 5 == 0 and doc_date.month >= 10):
        # (from a congress's autumn to the year's end, the outgoing term's plan and the incoming one are both
        # spoken of: the text must name the years)
        return UNRESOLVED
    opened = term_opened(doc_date)
    return _plan_of_the_term(opened)


# "mục tiêu tăng trưởng GRDP bình quân từ 8%/năm trở lên mà Đại hội XVII đã đề ra": the plan of the term the
# congress named by its number opened -- the congress as who set the target, without "Nghị quyết"
# "sau một nhiệm kỳ triển khai Nghị quyết Đại hội XVI, kinh tế của tỉnh ước tăng bình quân 4,85%/năm": the
# whole term the congress opened (not "Sau 4 năm thực hiện Nghị quyết Đại hội", some years of it)
@_rule(
    r"\bsau (?:một |cả )?nhiệm kỳ (?:triển khai|thực hiện) (?:nghị quyết )?đại hội(?: đại biểu)?"
    rf"(?: đảng bộ tỉnh)?(?: lạng sơn)? (?:lần thứ )?{_PROVINCIAL_CONGRESS}",
    ("nhiệm kỳ",),
)
def _a_term_carried_out(m, doc_date):
    return _plan_of_the_term(congress_opened(m["n"]))


# (or its resolution as the subject: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII đặt mục tiêu tăng 8%/năm")
@_rule(
    r"\b(?:(?:mà|do|được|(?<=mục tiêu )|(?<=chỉ tiêu )|(?<=các chỉ tiêu ))\s*|nghị quyết )"
    r"đại hội(?: đại biểu)?"
    rf"(?: đảng bộ tỉnh)? (?:lần thứ )?{_PROVINCIAL_CONGRESS}"
    r"(?: (?:đã|vừa))? (?:đề ra|đặt ra|xác định|thông qua|giao|đặt mục tiêu)\b"
    # (not a target it set for a year: "… 4,5 triệu lượt mà Nghị quyết Đại hội XVII đặt ra cho năm 2025")
    r"(?! cho (?:năm|giai đoạn|năm nay)\b)",
    ("đại hội",),
)
def _set_by_a_congress(m, doc_date):
    opened = congress_opened(m["n"])
    return _plan_of_the_term(opened)


def congress_opened(numeral: str) -> int | None:
    """The year the province's congress numbered `numeral` (lower-case Roman, "xvii") met and opened its
    term; None for a numeral the province's congresses of these years do not have."""
    return _CONGRESS_NUMBERS.get(numeral)


# "tăng trưởng có thể đạt khoảng 9%/năm trong nửa sau nhiệm kỳ": half a term, no calendar span a figure can be
# dated by -- read, so that the term alone is not its period
@_rule(HALF_A_TERM, ("nhiệm kỳ",))
def _half_a_term(m, doc_date):
    return UNRESOLVED


@_rule(
    # ("mới đạt khoảng hai phần ba mục tiêu nhiệm kỳ (8%/năm)": the term's plan)
    r"\b(?:(?P<done>cả|trong|suốt|toàn|đến hết|đến cuối|hết)"
    # ("20/24 chỉ tiêu chủ yếu của nhiệm kỳ ước đạt")
    # ("mục tiêu tăng trưởng bình quân 8%/năm của nhiệm kỳ": whose the plan is)
    r"|(?:mục tiêu|chỉ tiêu|kế hoạch)(?: chủ yếu)? của|mục tiêu|chỉ tiêu|(?<=%/năm )của)"
    r" nhiệm kỳ(?! \d| (?:tới|mới|sau|kế tiếp|tiếp theo|trước)\b)(?: này)?",
    ("nhiệm kỳ",),
)
def _this_term(m, doc_date):
    """ "cả nhiệm kỳ" with no years: the Party term the document is written in (terms open every five
    years in the autumn: 2015, 2020, 2025), as its plan years. At the congress that closes a term (a
    congress year, from October), what was done "trong nhiệm kỳ" is the term closing; its plan, which term's
    the text must say."""
    if _A_SUPERLATIVE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return None  # ("… lập kỷ lục thu ngân sách, cao nhất cả nhiệm kỳ": the scope of a superlative)
    if doc_date is None:
        return UNRESOLVED
    # (its targets said met are the closing term's: "Có 19/22 chỉ tiêu chủ yếu của nhiệm kỳ đạt và vượt" at
    # the congress)
    if (
        term_opened(doc_date) == doc_date.year
        and not m["done"]
        and not _TARGETS_MET_AFTER.match(m.string, m.end())
    ):
        return UNRESOLVED
    opened = term_reported_on(doc_date)
    return _plan_of_the_term(opened)


_A_SUPERLATIVE_BEFORE = re.compile(r"\b(?:cao|thấp|lớn|nhỏ|tốt|nhanh|mạnh) nhất (?:trong |của )?$")
_TARGETS_MET_AFTER = re.compile(r"\s+(?:(?:ước|đã|cơ bản)\s+)?(?:đạt và vượt|đạt|vượt|hoàn thành)\b")


@_rule(
    rf"\b(?P<n>hai|ba|bốn|[2-4]) năm đầu (?:của |thực hiện )?(?:nhiệm kỳ|giai đoạn|kế hoạch(?: 5 năm)?)\s+"
    rf"(?P<a>{YEAR}){DASH}(?P<b>{YEAR})",
    ("năm đầu",),
)
def _first_years(m, doc_date):
    """ "Tính chung hai năm đầu nhiệm kỳ 2021 - 2025, kinh tế tỉnh tăng bình quân 5,37%/năm": the span's first
    years (a term named by its congress years, "2020 - 2025", opens the year after)."""
    a, b = int(m["a"]), int(m["b"])
    n = int(parse_vi_number(m["n"]))
    if b - a == 5 and a % 5 == 0:
        a += 1
    return range_period(a, a + n - 1) if a + n - 1 <= b else None


@_rule(r"\bnhiệm kỳ (?:tới|sau|kế tiếp|tiếp theo)\b(?! \d)", ("nhiệm kỳ",))
def _next_term(m, doc_date):
    """ "Mục tiêu nhiệm kỳ tới: kim ngạch 5 năm đạt 40 tỷ USD": the plan years of the term after the one the
    document reports on -- at the congress that opens it, the term being opened."""
    if doc_date is None:
        return UNRESOLVED
    opened = term_reported_on(doc_date) + 5
    return _plan_of_the_term(opened)


@_rule(
    r"\b5 năm(?: qua| vừa qua| thực hiện nghị quyết(?: đại hội)?)\b(?! (?:tới|trước|sau|nữa|liền|tiếp|\d))"
    # ("Sau 5 năm, tổng thu ngân sách … ước đạt 48.187 tỷ đồng": the five years just gone through)
    r"|(?<![^\s,;:(])sau (?:5|năm) năm(?=\s*,)",
    ("5 năm", "sau năm năm"),
)
def _five_years_of_the_term(m, doc_date):
    """ "5 năm qua, tổng thu ngân sách ước đạt hơn 52.000 tỷ đồng" in a report closing a term (a congress
    year, from June): the term's five years; at any other time, which five years the text does not tell.
    ("5 năm" alone may be the next five years of a plan: no period.)"""
    if _PLAN_NAMED_BEFORE.search(m.string, max(0, m.start() - 12), m.start()):
        return None  # "kế hoạch 5 năm …": a plan's name
    term = term_closing(doc_date) if doc_date is not None else None
    if term is None:
        return UNRESOLVED
    if doc_date.month <= 3 and not (
        _ESTIMATED_OR_DONE.search(m.string, m.end()) and not PLANNED_OR_SUPPOSED.search(m.string)
    ):
        # (in the first quarter after the term closed, only a result told: "tính chung 5 năm, GRDP ước tăng
        # bình quân 7,1%/năm" in a plan of January 2026 -- 2021-2025)
        return UNRESOLVED
    return term


def term_closing(day: date) -> Period | None:
    """The five plan years of the term a report written on `day` closes: in a congress's autumn (from June of
    a year ending in 0 or 5) or in the first quarter after it; None at any other time."""
    if day.year % 5 == 0 and day.month >= 6:
        return _plan_of_the_term(term_reported_on(day))
    if day.year % 5 == 1 and day.month <= 3:
        return _plan_of_the_term(day.year - 6)
    return None


@_rule(r"\b(?:trong )?5 năm(?= ước\b| đã\b|, )", ("5 năm",))
def _five_years_done(m, doc_date):
    """ "Tổng vốn đầu tư … 5 năm ước đạt 73.600 tỷ đồng", "trong 5 năm, các cơ quan … đã khởi tố 58 vụ án" in
    a report closing a term: five years estimated or done are the term's (a plan's "5 năm đạt 40 tỷ USD" is
    not read here)."""
    after = m.string[m.end() : m.end() + 80]
    if after.startswith(", ") and " đã " not in after and not m.string.endswith("tính chung ", 0, m.start()):
        return None  # (but "tính chung 5 năm, GRDP ước tăng …": the five years summed up)
    return _five_years_of_the_term(m, doc_date)


@_rule(r"\btrong 5 năm(?=\s*(?:[.;]|$))|^\W*trong 5 năm(?=,)", ("5 năm",))
def _the_five_years_closing(m, doc_date):
    """ "… mang lại trên 30,5 tỷ USD giá trị hàng hóa xuất, nhập khẩu qua địa bàn trong 5 năm." in a report
    closing a term, or "Trong 5 năm, thu ngân sách … ước đạt 48.210 tỷ đồng": the term's five years -- only
    where the sentence tells a result, not a plan's ("phấn đấu thu hút 30 tỷ USD trong 5 năm" at a congress,
    "7. Đón 18 triệu lượt khách du lịch trong 5 năm;" in a plan are the next term's)."""
    opening = m.string.startswith(",", m.end())
    told = (
        _A_RESULT_TOLD.search(m.string, m.end()) if opening else _A_RESULT_TOLD.search(m.string, 0, m.start())
    )
    if PLANNED_OR_SUPPOSED.search(m.string) or not told:
        return None
    return _five_years_of_the_term(m, doc_date)


_A_RESULT_TOLD = re.compile(r"\b(?:ước|đã|đạt|mang lại|thu về)\b")
_A_CONDITION_BEFORE = re.compile(r"\bnếu\b")


# what ends a clause: ";" or a "," not inside a number ("1,5 tỷ USD", a decimal comma)
CLAUSE_MARK = re.compile(r";|,(?!\d)")


def _clause_end(text: str, pos: int) -> int:
    """Where the clause `pos` stands in ends: at its next CLAUSE_MARK, else the end."""
    end = CLAUSE_MARK.search(text, pos)
    return len(text) if end is None else end.start()


_PLAN_NAMED_BEFORE = re.compile(r"(?:kế hoạch|chiến lược|quy hoạch) $")
# (a result told, and no plan: not "Tính chung 5 năm, phấn đấu thu ngân sách đạt 60.000 tỷ đồng" in a plan for
# the next term, "… cần huy động khoảng 300.000 tỷ đồng", "… sẽ đạt khoảng 40 tỷ USD nếu …")
_ESTIMATED_OR_DONE = re.compile(r"\b(?:ước|đã|đạt)\b")
_ESTIMATED_OR_DONE_SAID = re.compile(r"\b(?:ước|đã)\b")
_A_TERM_AHEAD = re.compile(r"\b(?:nhiệm kỳ|giai đoạn|kế hoạch)(?: \S+)? (?:tới|sắp tới|tiếp theo|mới)\b")
PLANNED_OR_SUPPOSED = re.compile(
    r"\b(?:phấn đấu|mục tiêu|kế hoạch|cần|phải|sẽ|dự kiến|định hướng|nếu|hướng tới)\b"
)


@_rule(
    r"\b(?P<n>[2-5]|hai|ba|bốn|năm) năm(?= (?:ước|đã|đạt|khoảng|trên|hơn)\b)"
    # (or opening its clause: "Cộng cả 5 năm, thu ngân sách … ước đạt 47.960 tỷ đồng")
    # (and "Cộng dồn 5 năm, …": a sum of what was done, a result whatever its verb)
    r"|(?<![^\s,;:(])(?:(?:cộng|tính chung|tổng cộng|(?P<sum>cộng dồn)) (?:cả )?|cả )"
    r"(?P<lead>[2-5]|hai|ba|bốn|năm) năm(?=\s*,)",
    (" năm ước", " năm đã", " năm đạt", " năm khoảng", " năm trên", " năm hơn", " năm,"),
)
def _first_years_of_the_term(m, doc_date):
    """ "Tổng vốn đầu tư phát triển toàn xã hội 3 năm ước đạt khoảng 33.800 tỷ đồng" in a mid-term review of
    July 2018, "tổng thu ngân sách ba năm đạt 22.680 tỷ đồng" in July 2024, "Tổng vốn đầu tư … 5 năm ước đạt
    …" at the congress of October 2020: a total or an average over the term's first N years,
    in a report written in the Nth year or the one after -- not a plan's ("mục tiêu … 5 năm đạt 25.000 tỷ
    đồng"), and only after a total's or an average's word."""
    if m["lead"]:
        # (a whole term, its clause's verb saying results are told: "Cộng cả 5 năm, thu ngân sách … ước đạt …"
        # -- not "Cộng cả 3 năm, …" after the years just listed, nor "Cả 5 năm, tổng vốn … đạt khoảng …" in a
        # plan for the next term)
        told = _ESTIMATED_OR_DONE_SAID.search(m.string, m.end(), m.end() + 90) or (
            # ("Cộng dồn 5 năm, … đạt hơn 48 nghìn tỷ đồng": a sum of what was done -- not what a plan needs,
            # "…, cộng dồn 5 năm, tỉnh cần huy động …", "Trong nhiệm kỳ tới, cộng dồn 5 năm, …")
            # (the plan's words before the figure's verb or in its clause: not "…, tạo nền tảng cho giai đoạn
            # mới" after it)
            m["sum"]
            and (result := _A_RESULT_TOLD.search(m.string, m.end(), m.end() + 90))
            and not PLANNED_OR_SUPPOSED.search(m.string, 0, _clause_end(m.string, result.end()))
            and not _A_TERM_AHEAD.search(m.string, 0, m.end())
        )
        n = int(parse_vi_number(m["lead"]))
        if (
            n != 5
            and _A_RESULT_TOLD.search(m.string, m.end(), m.end() + 90)
            and not _PLANNED.search(m.string)
        ):
            # ("Năm 2021 … 7.180 tỷ đồng; năm 2022 … ; năm 2023 … . Cộng 3 năm, thu ngân sách đạt 23.360 tỷ
            # đồng": the years the text listed, which this sentence does not tell -- held, never the year the
            # paragraph opened on)
            return _UNPLACED
        if n != 5 or not told or _PLANNED.search(m.string) or doc_date is None:
            return None
        opened = term_reported_on(doc_date)
        if opened + n <= doc_date.year <= opened + n + 1:
            return range_period(opened + 1, opened + n)
        # (or, after the congress, the term it closed: "tính chung 5 năm, GRDP ước tăng bình quân khoảng
        # 7,1%/năm" in a plan of January 2026)
        return _five_years_of_the_term(m, doc_date)
    n = int(parse_vi_number(m["n"]))
    if n == 5 and not m.string.startswith((" ước", " đã"), m.end()):
        # (five years are a whole term: at a congress "5 năm đạt" may be the next term's plan as well as the
        # closing one's results -- only "ước" or "đã" tell)
        return None
    before = m.string[max(0, m.start() - 90) : m.start()]
    if doc_date is None or not _TOTAL_OR_AVERAGE.search(before) or _PLANNED.search(m.string):
        return None
    opened = term_reported_on(doc_date)
    if not opened + n <= doc_date.year <= opened + n + 1:
        return UNRESOLVED
    return range_period(opened + 1, opened + n)


_TOTAL_OR_AVERAGE = re.compile(r"\b(?:tổng|bình quân|cả)\b")
_PLANNED = re.compile(r"\b(?:mục tiêu|phấn đấu|chỉ tiêu|kế hoạch|dự kiến|đặt ra|đề ra|nghị quyết đặt)\b")


def term_opened(doc_date: date) -> int:
    """The year the Party term a document dated `doc_date` is written in opened (its congress, autumn)."""
    opened = doc_date.year - doc_date.year % 5
    return opened - 5 if doc_date < date(opened, 10, 1) else opened


def term_closed_by(period: Period) -> Period | None:
    """The five plan years of the term `period` closes, if it is the year a term closes ("đến hết năm 2020":
    2016-2020) -- terms open every five years (2015, 2020, 2025), their plans the five years after."""
    closes_a_year = period.kind == "year" or (period.kind in ("as_of", "to_date") and period.end.month == 12)
    if not closes_a_year or period.end.day != 31 or period.end.year % 5:
        return None
    return range_period(period.end.year - 4, period.end.year)


def term_reported_on(doc_date: date) -> int:
    """The year the term whose results a document reports opened: the one it is written in, except in a
    congress's autumn, when the term closing is the one reported on ("trong nhiệm kỳ", "từ đầu nhiệm kỳ đến
    nay", "5 năm qua" at the congress)."""
    opened = term_opened(doc_date)
    return opened - 5 if opened == doc_date.year else opened


# (and "Cùng thời điểm, số thu … đạt": the date the figures before were counted to)
# ("… cuối năm 2015, cả tỉnh mới có 13 xã đạt chuẩn. Tỷ lệ hộ nghèo khi đó …": "then", the time just told --
# not "trong khi đó", "meanwhile")
# ("Cũng trong thời gian này, …", "Trong tổng số trên, xuất khẩu …": the span of the figures just told, or
# of the total they are parts of)
@_rule(
    r"\b(?:trong |tại )?cùng (?:thời gian|giai đoạn|thời kỳ|thời điểm)(?: (?:này|đó|trên|nói trên))?\b"
    r"|(?<!trong )\b(?:khi|lúc|vào thời điểm) (?:đó|ấy)\b"
    r"|\bcũng trong (?:khoảng )?thời gian (?:này|trên|nói trên)\b"
    r"|\btrong tổng (?:số|kim ngạch|số thu) (?:trên|nói trên|này)\b",
    ("cùng", "khi", "lúc", "thời gian", "tổng"),
)
def _as_before(m, doc_date):
    return Period("year", date(NO_YEAR, 1, 1), date(NO_YEAR, 12, 31), "", as_before=True)


# "Chiều 25/9, … . ⏎ Đại hội khai mạc từ sáng cùng ngày, có 398 đại biểu …": the day the text last told
# (etl/context.py), else no period -- a part of the day named: not "Cùng ngày, VCCI công bố PGI 2024 …" (what
# else that day brought, the index its edition's), nor "Chi ngân sách … đến cùng ngày …" (the cut-off just
# told)
@_rule(r"\b(?:sáng|chiều|trưa|tối|đêm) cùng ngày\b", ("cùng ngày",))
def _the_same_day(m, doc_date):
    return Period("dates", date(NO_YEAR, 1, 1), date(NO_YEAR, 1, 1), "", as_before=True)


@_rule(r"\b(?:lần|kỳ) (?:đánh giá|công bố|xếp hạng|khảo sát) (?:trước|liền trước)(?! đó)", ("trước",))
def _edition_before(m, doc_date):
    return Period("year", date(NO_YEAR, 1, 1), date(NO_YEAR, 12, 31), "", edition_before=True)


# "Những con số đáng chú ý của Lạng Sơn trong báo cáo năm nay:" in an article of December 2023 on PCI 2022:
# the year the report is on (its title's, its heading's), not the year it came out in
@_rule(
    r"\b(?:báo cáo|bảng xếp hạng|(?:lần|kỳ) (?:đánh giá|công bố|xếp hạng)) (?:của )?năm nay\b", ("năm nay",)
)
def _this_edition(m, doc_date):
    return Period("year", date(NO_YEAR, 1, 1), date(NO_YEAR, 12, 31), "", this_edition=True)


# "Báo cáo PCI công bố năm 2019: Lạng Sơn … vươn lên thứ 10": an index's edition is named by the year it
# scores, published the year after -- the year of publication names the edition of the year before
@_rule(
    rf"(?P<index>\b[^\W\d_]+(?: index)?)(?: (?:được|đã))? công bố (?:vào |trong )?năm (?P<y>{YEAR})\b",
    ("công bố",),
)
def _edition_published_in(m, doc_date):
    if not load_catalog().names_an_index().fullmatch(m["index"]):
        return None  # ("Kết quả này được công bố năm 2019": not an index's edition)
    return year_period(int(m["y"]) - 1)


# "Cùng với PCI, năm nay VCCI lần đầu công bố Chỉ số Xanh cấp tỉnh (PGI)": this year's publication is the
# edition of the year before, as above
# (not "Năm nay, …" opening a sentence whose other clauses are this year's: "Năm nay, VCCI công bố PCI, …;
# GRDP của tỉnh ước tăng 7%")
@_rule(r"\bnăm nay(?P<comma>,)? (?:[^\d,.;]{0,40} )?công bố\b", ("năm nay",))
def _edition_published_this_year(m, doc_date):
    if doc_date is None or not load_catalog().names_an_index().search(m.string, m.end(), m.end() + 60):
        return None
    if m["comma"] and ";" in m.string[m.end() :]:
        return None
    return year_period(doc_date.year - 1)


# "năm cuối của giai đoạn 2021 - 2025", "năm đầu tiên của giai đoạn này": a span's last or first year
_A_SPANS_END_YEAR = re.compile(r"\bnăm (?P<which>cuối|đầu)(?: cùng| tiên)?(?: của)? $")


@_rule(
    r"\b(?:(?:cả|toàn|trong cả) giai đoạn(?! \d)(?: này| trên| nói trên| đó| ấy)?"
    # ("Năm đầu của thời kỳ này": the span told before, "thời kỳ" as "giai đoạn")
    r"|(?:giai đoạn|thời kỳ) (?:này|trên|nói trên|đó|ấy)\b)",
    ("giai đoạn", "thời kỳ"),
)
def _the_years_before(m, doc_date):
    """ "… trong giai đoạn 2021 - 2025, … . Tổng vốn đầu tư cả giai đoạn đạt …", "GDP trong giai đoạn đó tăng
    bình quân 10,35%/năm": the years named before (one of them after "năm cuối của", "năm đầu của": "Đến năm
    cuối của giai đoạn này, GRDP bình quân đầu người ước đạt 71,1 triệu đồng")."""
    end = _A_SPANS_END_YEAR.search(m.string, max(0, m.start() - 30), m.start())
    which = "" if end is None else "last" if end["which"] == "cuối" else "first"
    if end is not None and (
        some := _SOME_YEARS_BEFORE.search(m.string, max(0, end.start() - 12), end.start())
    ):
        # (several years of it: "Ba năm đầu của giai đoạn này, …" its first three; "những năm cuối của giai
        # đoạn này", which the text does not say, none)
        count = some.group().strip()
        if not (count.isdigit() or count in ("hai", "ba", "bốn")):
            return _UNPLACED
        which = f"{which} {parse_vi_number(count):.0f}"
    return Period("range", date(NO_YEAR, 1, 1), date(NO_YEAR, 12, 31), "", as_before=True, span_year=which)


# "qua" is "through" before "địa bàn" ("kim ngạch cả năm qua địa bàn"), not "the past year" ("Cả năm qua
# các cửa khẩu, …" in January may be either: left to the year looked back on)
_QUA_A_PLACE = r"(?: địa bàn)"
_OPENS_ON_SEVERAL_YEARS = re.compile(
    r"\W*(?:(?:hai|ba|các) )?năm (?:19|20)\d\d(?:\s*(?:,|và|-|–)\s*(?:năm )?(?:19|20)\d\d)+\s*,",
    re.IGNORECASE,
)


@_rule(rf"\bcả năm\b(?!\s*(?:(?:19|20)\d\d\b|nay|qua\b(?!{_QUA_A_PLACE})|trước|ngoái))", ("cả năm",))
def _whole_year(m, doc_date):
    """ "phấn đấu cả năm tăng trưởng 7%": the year the text is about -- the one named nearby, else the
    document's (etl/context.py anchors it as it does a month written without its year); a whole year's
    results told in January or February ("Tính chung cả năm, kim ngạch … đạt 60,2 tỷ USD" of 5 February
    2025), the year just ended -- the new one has barely begun (a plan's whole year is the new one)."""
    # (a sentence opening on several years: which one's, untold -- "Hai năm 2023, 2024, con số cả năm đạt 44,8
    # tỷ USD, 65,3 tỷ USD")
    text = m.string
    opens = _sentence_opening(text, m.start())
    if _OPENS_ON_SEVERAL_YEARS.match(text, opens, m.start()):
        return _UNPLACED
    if doc_date is None:
        # (no date line: the year named nearby, else none -- "Trong quý IV, … phấn đấu thu ngân sách cả năm
        # đạt 7.500 tỷ đồng" under a title on 2019, not the quarter before it)
        return replace(year_period(NO_YEAR), yearless=True)
    # (in a sentence of values, not a table's row or column -- "Cả năm" over a plan's column is the plan's
    # year; etl/grid.py reads a cell as "<row>, cả năm: 10,0%")
    just_ended = (
        doc_date.month <= 2
        and "|" not in m.string
        and not m.string.startswith(":", m.end())
        and re.search(r"\d", m.string) is not None
        and status_of(m.string) not in ("target", "forecast")
    )
    return replace(year_period(doc_date.year - just_ended), yearless=True)


@_rule(
    # (not a year the words after single out: "trong năm cuối kỳ kế hoạch", "trong năm đầu nhiệm kỳ"; nor one
    # they point back to, "Cũng trong năm đó, ngành du lịch … thu về trên 3.100 tỷ đồng" -- the year told
    # before)
    r"\btrong năm\b"
    r"(?!\s*(?:(?:19|20)\d\d\b|nay|qua|trước|ngoái|tới|sau|học|tài chính|cuối|đầu|thứ|đó|ấy|\d))",
    ("trong năm",),
)
def _during_the_year(m, doc_date):
    """ "Trong năm, các cơ quan … đã khởi tố 14 vụ án": the year the text reports results of -- the one named
    nearby, else the document's; in its first quarter, the year just ended (as "năm qua")."""
    if doc_date is None:
        return None
    return replace(year_period(doc_date.year - (doc_date.month <= 3)), yearless=True)


# "trong quý tới dự kiến đón 800.000 lượt", "tháng tới": the quarter or month to come, which the text does not
# name (a report of early July may mean the third quarter or the fourth) -- a value of it is held, never the
# period of the clause before
@_rule(r"(?<!các )(?<!những )(?<!mấy )(?<!vài )\b(?:quý|tháng) (?:tới|sắp tới|kế tiếp)\b", ("tới", "kế tiếp"))
def _the_part_to_come(m, doc_date):
    return _UNPLACED


# "Trong quý có 168 doanh nghiệp thành lập mới": the quarter the report is on -- the one its sentence, its
# title or the sentence before names (etl/context.py); with none, no period of its own (not "trong quý I",
# "trong quý đầu năm", "trong quý tới")
@_rule(
    # (not "trong quý vừa qua", "quý qua": the quarter before the date line, another rule's)
    r"\btrong quý(?: này)?\b(?!\s*(?:i|ii|iii|iv|[1-4]|đầu|cuối|tới|sau|trước|qua|vừa qua|cuối cùng)\b)",
    ("trong quý",),
)
def _report_quarter(m, doc_date):
    return Period("quarter", date(NO_YEAR, 1, 1), date(NO_YEAR, 3, 31), "", yearless=True, report_month=True)


# "Trong tháng có 41 doanh nghiệp …", "chỉ số tháng này ước tăng 6,7%": the month the report is on
# (not a month named in words: "Trong tháng Một vừa qua, …" is January; nor "trong tháng đầu năm", the first)
@_rule(
    r"\btrong tháng(?: này| qua)?\b(?!\s*\d|\s+(?:tư|sáu|bảy|tám|chín|mười|giêng|chạp|đầu)\b"
    # ("Trong tháng Hai vừa rồi", "tháng Ba vừa kết thúc", "tháng Hai qua", "tháng Một và tháng Hai", "tháng
    # Hai 2024": months named -- not "Trong tháng hai cửa khẩu …", "Trong tháng một số mặt hàng …")
    r"|\s+(?:một|hai|ba)\b(?=\s*(?:[,.;:(/]|vừa\b|qua\b|và tháng\b|năm\b|(?:19|20)\d\d\b|$)))"
    r"|\btháng này\b",
    ("tháng",),
)
def _report_month(m, doc_date):
    if doc_date is None:
        return replace(
            Period("month", date(NO_YEAR, 1, 1), date(NO_YEAR, 1, 31), ""), yearless=True, report_month=True
        )
    return month_period(doc_date.year, doc_date.month, yearless=True, report_month=True)


# "Chỉ sau 20 ngày đầu năm 2026, số thu … vượt 1.163 tỷ đồng", "10 ngày đầu tháng 3": the first days of a year
# or a month, a span of days (its year the date line's when not written)
@_rule(
    rf"\b(?P<n>\d{{1,2}}) ngày đầu (?:năm(?: (?P<y>{YEAR}))?|tháng (?P<mo>\d{{1,2}})(?:/(?P<y2>{YEAR}))?)\b"
    r"(?![/.,]\d)",
    ("ngày đầu",),
)
def _first_days(m, doc_date):
    n, mo = int(m["n"]), int(m["mo"] or 1)
    written = m["y"] or m["y2"]
    if not 1 <= n <= 60 or not 1 <= mo <= 12:
        return None
    if written is not None or doc_date is None:
        # (no date line and no year written: days of no year yet, as above)
        first = date(int(written or NO_YEAR), mo, 1)
    elif (first := _day_by_date_line(1, mo, doc_date, days_ahead=0)) is None:
        return None
    last = first + timedelta(days=n - 1)
    if m["mo"] and last.month != mo:
        return None  # (more days than the month has)
    opened = f"{first.day:02d}" if first.month == last.month else f"{first:%d/%m}"
    return Period("dates", first, last, f"{opened}–{_dmy(last)}", yearless=first.year == NO_YEAR)


# (not "dẫn đầu năm 2023", "đứng đầu năm 2023": who led that year)
@_rule(rf"(?<!từ )(?<!tháng )(?<!quý )(?<!dẫn )(?<!đứng )\bđầu năm (?P<y>{YEAR})\b", ("đầu năm",))
def _start_of_year(m, doc_date):
    """ "tỷ lệ hộ nghèo đầu năm 2026 là 11,4%": a stock at the year's opening (not "6 tháng đầu năm", "từ đầu
    năm", a span)."""
    return as_of_period(date(int(m["y"]), 1, 1))


# ("PCI năm 2025 công bố giữa năm nay": when an edition was published, not what it scores)
@_rule(
    r"(?<!công bố )(?<!công bố giữa )(?<!công bố đầu )(?<!công bố cuối )(?<!công bố vào )"
    r"\bnăm (?:nay|hiện tại)\b",
    ("năm",),
)
def _this_year(m, doc_date):
    # (with no date line, this year is one the text does not tell: a value of it is held, not dated by the
    # period of the sentence before -- "Giai đoạn 2021 - 2025, … . Năm nay, tỉnh phấn đấu đón 4,4 triệu lượt
    # khách" is no target of the five years)
    return year_period(doc_date.year, inferred=True) if doc_date else _UNPLACED


# Not "ba năm trước", "5 năm tới", "hai năm qua": a number of years, not the year before, after or just ended.
_NOT_A_COUNT_OF_YEARS = (
    r"(?<!\d )(?<!một )(?<!hai )(?<!ba )(?<!bốn )(?<!năm )(?<!sáu )(?<!bảy )(?<!tám )(?<!chín )(?<!mười )"
)


# Not "ba năm trước đó" (a count of years before another time) nor "năm trước đó" (the year before one the
# text named): only the year before the document's.
@_rule(
    # (nor "cùng kỳ năm trước": the span reported on, a year earlier -- a comparison's or its own subject)
    # (nor "so với các năm trước": earlier years, which one the text does not say)
    _NOT_A_COUNT_OF_YEARS
    # (nor "vượt xa mọi năm trước", "hơn hẳn bất cứ năm trước nào")
    + r"(?<!cùng kỳ )(?<!các )(?<!những )(?<!nhiều )(?<!mấy )(?<!mọi )(?<!mỗi )(?<!từng )"
    r"(?<!bất cứ )(?<!bất kỳ )"
    r"\bnăm (?:trước|ngoái|liền trước)\b(?! đó)",
    ("năm",),
)
def _last_year(m, doc_date):
    return year_period(doc_date.year - 1, inferred=True) if doc_date else _UNPLACED


# "Chỉ số sản xuất công nghiệp năm 2024 ước tăng 6,53%, thấp hơn mức tăng 8,9% của năm trước": the level of
# the year before the one the sentence is set in (as "năm trước đó"), else of the year before the document's
@_rule(r"\bcủa năm (?:trước|ngoái|liền trước)\b(?! đó)", ("năm",))
def _of_the_year_before(m, doc_date):
    if (year := _set_in(_YEAR_NAMED, m.string, m.start(), doc_date)) is not None:
        return year_period(int(year["y"]) - 1)
    return _last_year(m, doc_date)


# "số thu qua hải quan năm tới có thể đạt …": the year after the document's (not "5 năm tới", "những năm tới":
# years to come)
@_rule(
    _NOT_A_COUNT_OF_YEARS
    + r"(?<!những )(?<!các )(?<!mấy )(?<!nhiều )(?<!vài )(?<!mươi )(?<!chục )\bnăm tới\b",
    ("năm tới",),
)
def _next_year(m, doc_date):
    # (in January or February, when a review looks back on the year just ended -- "năm qua" -- the year ahead
    # of it is the one begun: "Hội nghị tổng kết công tác năm 2024. Năm tới, thu ngân sách phấn đấu …")
    if doc_date is None:
        return None
    # (unless the sentence has named the year begun: "Năm 2025, tỉnh phấn đấu …; năm tới, con số này …")
    begun = doc_date.month <= 2 and f"năm {doc_date.year}" not in m.string
    return year_period(doc_date.year + (0 if begun else 1), inferred=True)


# "Năm qua, tổng thu ngân sách đạt …": the year a year-end or new-year article looks back on -- the one
# just ended in its first quarter, the current one in its last; in mid-year it cannot be told. Not "5 năm
# qua" (a number of years).
@_rule(
    _NOT_A_COUNT_OF_YEARS + r"(?<!các )(?<!những )\bnăm qua\b",
    ("năm qua",),
)
def _year_looked_back_on(m, doc_date):
    if doc_date is None:
        return None
    if doc_date.month <= 3:
        return year_period(doc_date.year - 1, inferred=True)
    if doc_date.month >= 10:
        return year_period(doc_date.year, inferred=True)
    return UNRESOLVED


def find_periods(
    text: str, doc_date: date | None = None, doc_date_inferred: bool = False
) -> list[PeriodMatch]:
    """Every period expression in `text`, non-overlapping, in reading order.

    A period measured from the document's date ("đến nay") is only as certain as that date: when the
    date itself was inferred, so is the period.
    """
    found = periods_in_lowered(lowered(text), doc_date, doc_date_inferred)
    # (nor the extractor's marker for a time the text does not place, "năm nay" with no date line, "đến giữa
    # tháng 7": no period to give)
    return [pm for pm in found if not has_no_year(pm.period) and pm.period.kind != UNPLACED]


def periods_in_lowered(
    low: str, doc_date: date | None = None, doc_date_inferred: bool = False
) -> list[PeriodMatch]:
    """find_periods for text already lower-cased by etl.casefold.lowered (the extractor has it)."""
    found = []
    if not _MAYBE_PERIOD.search(low):
        return found  # every rule needs a year, a number or one of these words
    present = {word for word in _NEEDED_WORDS if word in low}  # (each rule's words, looked for once)
    for pattern, build, needs in _RULES:
        if needs and present.isdisjoint(needs):
            continue
        if build is _dates and not _HAS_DATE_END.search(low):
            continue
        for m in quick(pattern).finditer(low):  # the same matches, found faster (etl/literals.py)
            period = build(m, doc_date)
            if period is None:
                continue
            if doc_date_inferred and build in _RELATIVE_TO_DOCUMENT and period is not UNRESOLVED:
                period = replace(period, inferred=True)
            found.append(PeriodMatch(m.start(), m.end(), period))
    found.sort(key=lambda pm: (pm.start, -(pm.end - pm.start)))
    chosen: list[PeriodMatch] = []
    for pm in found:
        if not chosen or pm.start >= chosen[-1].end:
            chosen.append(pm)
    chosen = _the_term_named_before(chosen, low)
    chosen = _the_month_named_before(chosen, low)
    return _years_of_a_span_listed([pm for pm in chosen if pm.period is not UNRESOLVED], low)


def _the_month_named_before(matches: list[PeriodMatch], low: str) -> list[PeriodMatch]:
    """ "Riêng trong tháng 9/2025, trị giá hàng hóa được thông quan trong tháng đạt …": "the month" after a
    month named in the same sentence is that month, not the one the report is on (so "trong quý" after a
    quarter) -- the one named, not one compared with ("tháng 1/2024 … đón 412.000 lượt khách, tăng 18,5% so
    với tháng 1/2023; doanh thu du lịch trong tháng …")."""
    out = list(matches)
    for i, pm in enumerate(out):
        if not pm.period.report_month:
            continue
        named = [
            m.period
            for m in out[:i]
            if m.period.kind == pm.period.kind
            and not m.period.report_month
            and not m.period.yearless
            and not _COMPARED_WITH_BEFORE.search(low, max(0, m.start - 24), m.start)
            # (in the same clause: not "cùng kỳ năm trước, tháng 10/2022 chỉ đạt …; thu ngân sách trong
            # tháng …")
            and ";" not in low[m.end : pm.start]
        ]
        if len(set(named)) == 1:
            out[i] = PeriodMatch(pm.start, pm.end, named[0])
    return out


_COMPARED_WITH_BEFORE = compile_lowered(
    r"\b(?:so (?:sánh )?với|cùng kỳ(?: năm (?:trước|ngoái))?,?|bằng(?: [\d.,]+\s*%)?"
    r"|gấp(?: [\d.,]+ lần)?)\s+$"
)


# a term named without its years ("cả nhiệm kỳ"), not one the words place themselves ("nhiệm kỳ tới");
# etl/context.py reads it across sentences
A_TERM_WITHOUT_YEARS = compile_lowered(
    r"\bnhiệm kỳ(?! \d| (?:tới|mới|sau|trước|kế tiếp|tiếp theo|liền trước)\b)"
)
_A_TERM_WITH_YEARS = compile_lowered(rf"\bnhiệm kỳ (?:{YEAR}){DASH}")


def _the_term_named_before(matches: list[PeriodMatch], low: str) -> list[PeriodMatch]:
    """ "trong nhiệm kỳ 2020 - 2025, kinh tế tăng 7,1%/năm; tổng thu … cả nhiệm kỳ đạt 48.187 tỷ đồng": a term
    without its years, after a term written with them in the same sentence, is that term -- not the one the
    date line falls in."""
    out = list(matches)
    named = None
    for i, pm in enumerate(out):
        words = low[pm.start : pm.end]
        if _A_TERM_WITH_YEARS.search(words):
            # (the term's whole years, not a run of it: "Từ đầu nhiệm kỳ 2020 - 2025 đến nay")
            whole = (pm.period.start.month, pm.period.start.day, pm.period.end.month, pm.period.end.day)
            named = pm.period if whole == (1, 1, 12, 31) else None
        elif named is not None and A_TERM_WITHOUT_YEARS.search(words) and not re.search(r"\d", words):
            out[i] = PeriodMatch(pm.start, pm.end, named)
    return out


# the span a list of years is of, written before it: "quý I các năm 2021, 2022 và 2023 lần lượt tăng …", "9
# tháng đầu các năm …", "cùng kỳ các năm 2023 và 2024", "cùng kỳ năm 2021 và năm 2022 (lần lượt …)"
_A_SPAN_OF_THE_YEARS = compile_lowered(
    r"\b(?:(?P<q>quý (?:iv|iii|ii|i|[1-4]))|(?P<same>cùng kỳ)|(?P<n>\d{1,2}) tháng(?: đầu)?(?: năm)?)"
    r"(?: của)?(?: các)?\s*(?:năm\s+)?$"
)


def _years_of_a_span_listed(matches: list[PeriodMatch], low: str) -> list[PeriodMatch]:
    """Each year of a list written after the span it is of, as that span of the year: the years of "quý I
    các năm 2021, 2022 và 2023" are three first quarters (a first year "cùng kỳ năm 2021" lends its span to
    the years listed after it)."""
    out = list(matches)
    i = 0
    while i < len(out):
        j = i
        while (
            j + 1 < len(out)
            and out[j + 1].period.kind == "year"
            and _BETWEEN_LISTED.fullmatch(low, out[j].end, out[j + 1].start)
        ):
            j += 1
        first = out[i].period
        if j > i and first.kind == "year":
            span = _A_SPAN_OF_THE_YEARS.search(low, max(0, out[i].start - 30), out[i].start)
            same = first.same_span or (span is not None and span["same"])
            for k in range(i, j + 1):
                y = out[k].period.start.year
                if same:
                    period = replace(year_period(y), same_span=True)
                elif span is not None and span["q"]:
                    period = quarter_period(y, _ROMAN[span["q"].split()[1]])
                elif span is not None and 1 <= int(span["n"]) <= 12:
                    period = months_from_january(y, int(span["n"]))
                else:
                    break
                out[k] = replace(out[k], period=period)
        i = j + 1
    return out


_NEEDED_WORDS = frozenset(word for _, _, needs in _RULES for word in needs or ())
# (a term's words need no digit: "Mục tiêu Nghị quyết Đại hội XVI", a table column's whole header)
_MAYBE_PERIOD = compile_lowered(
    r"\d|\bnay\b|\bquý\b|\btrước\b|\bngoái\b|\bnăm qua\b|\bđại hội\b|\bnhiệm kỳ\b|\btháng đầu\b"
)
# After "N tháng", words that make it a duration ("6 tháng qua", "3 tháng liên tiếp"), not the year's months.
_PAST_MONTHS = re.compile(r"\s+(?:vừa )?qua\b")
_SINCE_A_MONTH = re.compile(r"\b(?:kể từ|từ)\b[^.;]{0,80}\btháng \d")
_CALENDAR_MONTHS = re.compile(r"(?!\s*(?:qua|tới|trước|sau|liên tiếp|liền|gần đây|kể từ|nữa|/))")
_RELATIVE_TO_DOCUMENT = {
    _whole_year,
    _during_the_year,
    _end_of_this_year,
    *(_term_to_date, _plan, _since, _since_a_year, _this_year, _last_year, _year_to_date),
    *(_months, _quarter, _month),
    *(_year_to_last_month, _last_month, _last_quarter, _first_quarter),
    _year_looked_back_on,
    _edition_published_this_year,
    _this_term,
    _five_years_of_the_term,
    _five_years_done,
    _next_term,
    _congress_plan,
}


def parse_period(text: str, doc_date: date | None = None, doc_date_inferred: bool = False) -> Period | None:
    """The first period named in `text`, or None."""
    matches = find_periods(text, doc_date, doc_date_inferred)
    return matches[0].period if matches else None
