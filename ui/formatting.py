"""Numbers, values, changes and dates written the way a Vietnamese or English reader expects."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from ui.units import unit_info, unit_kind

LANGS = ("vi", "en")
MINUS = "−"  # U+2212: a real minus sign, not the hyphen Babel writes
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGS}")
    return lang


def format_number(value: float, lang: str, decimals: int | None = None) -> str:
    """A number with the language's separators; decimals None means as many as needed, at most 2."""
    check_lang(lang)
    places = 2 if decimals is None else decimals
    # Round in Python first so the text agrees with round(value, places) (Babel rounds the decimal
    # string half-even, which differs for values such as 2.675 whose binary value lies below the tie).
    rounded = round(float(value), places)
    if rounded == 0:
        rounded = 0.0  # never write "-0"
    pattern = "#,##0." + ("#" * places if decimals is None else "0" * places) if places else "#,##0"
    text = _decimal_text(abs(rounded), pattern, lang)
    return f"{MINUS}{text}" if rounded < 0 else text


@functools.lru_cache(maxsize=4096)
def _decimal_text(value: float, pattern: str, lang: str) -> str:
    # Babel parses the pattern and looks the locale up on every call: a page writes the same few
    # numbers over and over, so remember them.
    return format_decimal(value, format=pattern, locale=lang)


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _is_whole(value: float) -> bool:
    return math.isfinite(value) and float(value).is_integer()


def _rank_text(value: float, lang: str, rank_of: int | None) -> str:
    number = format_number(value, lang)
    if rank_of is not None and not is_missing(rank_of):
        return f"{number}/{format_number(int(rank_of), lang)}"
    if lang == "vi":
        return f"thứ {number}"
    return _ordinal_en(int(value)) if _is_whole(value) else number


def is_missing(x) -> bool:
    try:
        return x is None or bool(x != x)  # NaN, pd.NA and NaT are not equal to themselves
    except TypeError:
        return True  # pd.NA refuses bool(); it is missing


# English writes a currency's code before the amount ("VND 49.26 million"); any other unit's words after it.
def _currency_code(word: str) -> bool:
    return len(word) == 3 and word.isascii() and word.isalpha() and word.isupper()


def _with_unit(number: str, unit: str, lang: str, value: float) -> str:
    """The number with the unit's words from the catalog (ui.units), placed as the language writes them:
    a symbol right after the number ("6,95%"), a currency's code first in English ("VND 49.26 million"),
    a plural English noun singular for exactly one ("1 point")."""
    words = unit_info(unit).words(lang).strip()
    if not words:
        return number
    if len(words) == 1 and not words.isalnum():
        return f"{number}{words}"
    if lang == "en":
        *rest, last = words.split()
        if _currency_code(last):
            sign = MINUS if number.startswith(MINUS) else ""
            return f"{sign}{last} {number.removeprefix(MINUS)}{''.join(' ' + w for w in rest)}"
        if not rest and abs(value) == 1 and last.endswith("s"):
            words = last[:-1]
    return f"{number} {words}"


_BOUND_EN = {
    "approx": "about",
    "over": "over",
    "under": "under",
    "at_least": "at least",
    "at_most": "at most",
}


def format_value(
    value: float,
    unit: str,
    lang: str,
    *,
    rank_of: int | None = None,
    approximate: bool = False,
    qualifier: str | None = None,
    bound: str | None = None,
    decimals: int | None = None,
) -> str:
    """A figure with its unit (the catalog's words, ui.units): "6,95%", "49,26 triệu đồng", "15/63", "thứ 2".

    `decimals`: the indicator's (the catalog's `decimals`, published in the indicators table), so every
    figure of one indicator shows as many places ("38,10" beside "49,26"); None: as needed, at most 2.

    A bound is said as written: the document's own word in Vietnamese ("hơn 10.500 tỷ đồng", "gần …"),
    its meaning in English ("over …"); "khoảng"/"about" when only `approximate` is known.
    """
    check_lang(lang)
    if is_missing(value):
        return "–"
    if unit_kind(unit) == "rank":
        text = _rank_text(value, lang, rank_of)
    else:
        text = _with_unit(format_number(value, lang, _places(decimals)), unit, lang, value)
    qualifier = None if is_missing(qualifier) or not str(qualifier).strip() else str(qualifier).strip()
    bound = None if is_missing(bound) else str(bound)
    if lang == "vi" and qualifier:
        return f"{qualifier.lower()} {text}"
    if lang == "en" and bound in _BOUND_EN:
        return f"{_BOUND_EN[bound]} {text}"
    if approximate or qualifier or bound:
        text = f"khoảng {text}" if lang == "vi" else f"about {text}"
    return text


def format_change(
    delta: float, unit: str, lang: str, *, relative: bool = False, decimals: int | None = None
) -> str:
    """A signed change: "+1,5 điểm %", "−3 bậc", "+29,3%" (relative); zero carries no sign.

    `delta` is after − before. A rank's change is said in places gained, as the press says it ("tăng 3
    bậc"): from 16th to 13th is "+3 bậc", from 2nd to 62nd "−60 bậc", so the sign says up the table or
    down it (change_arrow gives the same direction). An absolute change shows the indicator's `decimals`,
    as its values do; a relative one is not in the indicator's unit and keeps at most 2.
    """
    check_lang(lang)
    if is_missing(delta):
        return "–"
    if unit_kind(unit) == "rank" and not relative:
        delta = -delta  # a smaller rank number is a place higher
    places = None if relative or unit == "rank" else _places(decimals)
    number = format_number(abs(delta), lang, places)
    zero = number == format_number(0, lang, places)
    sign = "" if zero else ("+" if delta > 0 else MINUS)
    if relative:
        return f"{sign}{number}%"
    kind = unit_kind(unit)
    if kind == "rate":  # a rate changes by percentage points, not by per cent
        return f"{sign}{number} điểm %" if lang == "vi" else f"{sign}{number} pp"
    if kind == "rank":  # a rank changes by places
        if lang == "vi":
            return f"{sign}{number} bậc"
        return f"{sign}{number} place" if abs(delta) == 1 else f"{sign}{number} places"
    return f"{sign}{_with_unit(number, unit, lang, abs(delta))}"


def change_arrow(delta: float | None, unit: str) -> str:
    """The arrow beside a change, as format_change signs it: "up", "down" or "off" (none, or no change).

    A rank that falls in number has risen in the table: its arrow points up, with its "+" sign."""
    if delta is None or is_missing(delta) or delta == 0:
        return "off"
    gained = -delta if unit_kind(unit) == "rank" else delta
    return "up" if gained > 0 else "down"


def _places(decimals: object) -> int | None:
    """A decimals setting as an int; None where the catalog gave none."""
    return None if is_missing(decimals) else int(decimals)  # type: ignore[call-overload]


def plotly_separators(lang: str) -> str:
    """plotly's layout.separators: decimal mark then thousands mark."""
    return {"vi": ",.", "en": ".,"}[check_lang(lang)]


def format_day(day: dt.date, lang: str) -> str:
    """One calendar day: "25/08/2023" or "25 Aug 2023"."""
    check_lang(lang)
    if lang == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return babel_format_date(day, "d MMM y", locale="en")


def format_month(year: int, month: int, lang: str) -> str:
    """One month: "09/2023" or "Sep 2023"."""
    check_lang(lang)
    return f"{month:02d}/{year}" if lang == "vi" else f"{_MONTHS_EN[month - 1]} {year}"


def format_date(published: str | None, lang: str) -> str:
    """A publication date "YYYY[-MM[-DD]]" at its own precision; "" when unknown or malformed."""
    check_lang(lang)
    if is_missing(published):
        return ""
    match = _PUBLISHED.match(str(published).strip())
    if not match:
        return ""
    year, month, day = match.groups()
    try:
        if day:
            return format_day(dt.date(int(year), int(month), int(day)), lang)
        if month:
            return format_month(int(year), int(month), lang) if 1 <= int(month) <= 12 else year
    except ValueError:
        return year
    return year
