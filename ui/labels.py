"""Names, periods, source lines and derivation notes in the reader's language.

Every string returned here that can contain document text (titles, publishers, quotes) is
HTML-escaped, because plotly interprets <b>, <br> and <a> in any text it draws.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import weakref
from collections.abc import Iterable, Mapping

import pandas as pd

from ui.curator_words import publisher_text, title_text
from ui.formatting import (
    MINUS,
    check_lang,
    format_date,
    format_day,
    format_month,
    format_number,
    format_value,
    is_missing,
)
from ui.i18n import t
from ui.pairing import FINAL, mixed_finality

_ROMAN = ("I", "II", "III", "IV")
# A source title longer than this is shortened in a chart's source line and hover (a chart has no room;
# its citation gives the whole title). A page's text passes title_max=None: the whole title, wrapped.
_TITLE_MAX = 60

_RULE_WORDS = {
    "percentage_point_change": ("chênh lệch điểm phần trăm", "percentage-point difference"),
    "relative_change": ("thay đổi tương đối", "relative change"),
    "absolute_change": ("chênh lệch tuyệt đối", "absolute difference"),
    "rank_change": ("thay đổi thứ hạng", "change in rank"),
    "ratio": ("tỷ lệ giữa hai số", "ratio"),
}
_NUMBER = re.compile(r"\d+(?:\.(\d+))?")


# Pages ask for names hundreds of times per run; filtering the catalog each time was a quarter of
# their run time. Loaded tables are never modified (the dashboard shares one copy between runs),
# so each is indexed once per object and column.
_INDEXES: dict[tuple[int, str], tuple[weakref.ref, dict[str, dict]]] = {}


def _index(table: pd.DataFrame, column: str) -> dict[str, dict]:
    """The table's rows as dicts by their value in `column`; the first row wins, as a filter would give."""
    key = (id(table), column)
    hit = _INDEXES.get(key)
    if hit is not None and hit[0]() is table:
        return hit[1]
    index: dict[str, dict] = {}
    for row in table.to_dict("records"):
        index.setdefault(str(row[column]), row)
    _INDEXES[key] = (weakref.ref(table), index)
    weakref.finalize(table, _INDEXES.pop, key, None)
    return index


def _indicator_row(indicators: pd.DataFrame, indicator_id: str) -> Mapping | None:
    return _index(indicators, "indicator_id").get(indicator_id)


def indicator_info(indicators: pd.DataFrame, indicator_id: str) -> dict:
    """The indicator's catalog row as a new dict; {} when the catalog does not know it."""
    return dict(_indicator_row(indicators, indicator_id) or {})


def indicator_name(indicators: pd.DataFrame, indicator_id: str, lang: str) -> str:
    """The indicator's catalog name; its id when the catalog does not know it."""
    row = _indicator_row(indicators, indicator_id)
    return indicator_id if row is None else str(row[f"name_{check_lang(lang)}"])


def unit_name(indicators: pd.DataFrame, indicator_id: str, lang: str) -> str:
    """The indicator's unit as words ("triệu đồng", "million VND"); "" for plain counts."""
    row = _indicator_row(indicators, indicator_id)
    return "" if row is None or is_missing(row[f"unit_{check_lang(lang)}"]) else str(row[f"unit_{lang}"])


def category_name(indicators: pd.DataFrame, category: str, lang: str) -> str:
    """A category's name ("Kinh tế", "Economy"); the category key when unknown."""
    row = _index(indicators, "category").get(category)
    return category if row is None else str(row[f"category_{check_lang(lang)}"])


def _as_date(x) -> dt.date | None:
    if is_missing(x):
        return None
    return pd.Timestamp(x).date()


def _months_text(start: dt.date, end: dt.date, lang: str) -> str:
    n = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.month == 1 and start.year == end.year:
        if lang == "vi":
            return f"{n} tháng đầu năm {end.year}"
        return f"H1 {end.year}" if n == 6 else f"first {n} months of {end.year}"
    if lang == "vi":
        if start.year == end.year:
            return f"tháng {start.month}–{end.month}/{end.year}"
        return f"{format_month(start.year, start.month, lang)}–{format_month(end.year, end.month, lang)}"
    first = format_month(start.year, start.month, lang)
    if start.year == end.year:
        first = first.split()[0]
    return f"{first}–{format_month(end.year, end.month, lang)}"


def period_text(kind: str, start, end, label: str, lang: str) -> str:
    """A readable period: "năm 2022", "giai đoạn 2021–2022", "quý I/2023", "đến 25/08/2023" / "Q1 2023" …"""
    vi = check_lang(lang) == "vi"
    start_day, end_day = _as_date(start), _as_date(end)
    if start_day is None or end_day is None:
        return str(label)
    if kind == "year":
        return f"năm {end_day.year}" if vi else str(end_day.year)
    if kind == "range":
        years = f"{start_day.year}–{end_day.year}"
        return f"giai đoạn {years}" if vi else years
    if kind == "quarter":
        q = (start_day.month - 1) // 3 + 1
        return f"quý {_ROMAN[q - 1]}/{start_day.year}" if vi else f"Q{q} {start_day.year}"
    if kind == "half_year":
        first = start_day.month == 1
        if vi:
            return f"6 tháng {'đầu' if first else 'cuối'} năm {start_day.year}"
        return f"H{1 if first else 2} {start_day.year}"
    if kind == "months":
        return _months_text(start_day, end_day, lang)
    if kind == "month":
        text = format_month(end_day.year, end_day.month, lang)
        return f"tháng {end_day.month}/{end_day.year}" if vi else text
    if kind == "as_of":
        day = format_day(end_day, lang)
        return f"tại thời điểm {day}" if vi else f"as of {day}"
    if kind == "to_date":
        day = format_day(end_day, lang)
        # Counted since an earlier year ("từ đầu nhiệm kỳ 2020-2025 đến nay"): the start is part of it.
        if start_day.year < end_day.year:
            return f"từ năm {start_day.year} đến {day}" if vi else f"{start_day.year} to {day}"
        return f"đến {day}" if vi else f"to {day}"
    if kind == "dates":
        if start_day == end_day:
            day = format_day(end_day, lang)
            return f"ngày {day}" if vi else day
        first, last = format_day(start_day, lang), format_day(end_day, lang)
        return f"từ {first} đến {last}" if vi else f"{first} – {last}"
    if kind == "half_year":
        first = start_day.month <= 6 and end_day.month <= 6
        if vi:
            return f"6 tháng {'đầu' if first else 'cuối'} năm {end_day.year}"
        return f"H{1 if first else 2} {end_day.year}"
    if kind == "plan":
        if start_day.year == end_day.year:
            return f"kế hoạch năm {end_day.year}" if vi else f"{end_day.year} plan"
        return f"kế hoạch đến năm {end_day.year}" if vi else f"plan to {end_day.year}"
    return str(label)


def period_tick(row: Mapping, lang: str) -> str:
    """A period as short as an axis tick or a picker allows, in the language: "2023", "2015–2020",
    "9 tháng đầu năm 2025" / "first 9 months of 2025", "quý I/2025" / "Q1 2025"."""
    kind = row.get("period_kind")
    start, end = _as_date(row.get("period_start")), _as_date(row.get("period_end"))
    if kind == "year" and end is not None:
        return str(end.year)
    if kind == "range" and start is not None and end is not None:
        return f"{start.year}–{end.year}"
    return figure_period_text(row, lang)


def period_ticks(figures: pd.DataFrame, lang: str) -> dict[str, str]:
    """period_tick of every period label in these figures (the first figure of a label speaks for it)."""
    rows = figures.drop_duplicates("period_label")
    return {str(r["period_label"]): period_tick(r, lang) for r in rows.to_dict("records")}


def figure_period_text(row: Mapping, lang: str) -> str:
    """period_text for one row of the figures table."""
    return period_text(row["period_kind"], row["period_start"], row["period_end"], row["period_label"], lang)


def shorten_words(text: str, limit: int) -> str:
    """The text in at most `limit` characters, cut at the last space that fits, with "…"."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 3:  # a word boundary not too far back; else one very long word is cut
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"


def value_text(row: Mapping, lang: str) -> str:
    """A figures row's value with its unit and its bound as written ("hơn 10.500 tỷ đồng", "15/63")."""
    rank_of = row.get("rank_of")
    if is_missing(rank_of):
        rank_of = row.get("out_of")
    return format_value(
        row["value"],
        row["unit"],
        lang,
        rank_of=None if is_missing(rank_of) else int(rank_of),
        approximate=bool(row.get("approximate")) if not is_missing(row.get("approximate")) else False,
        qualifier=row.get("qualifier"),
        bound=row.get("bound"),
        decimals=row.get("decimals"),
    )


def card_value_text(card: Mapping, lang: str) -> str:
    """A headline card's value (selection.headline_cards): value_text, a national rank out of all
    provinces as the Rankings page writes it ("2/63", not "thứ 2")."""
    return value_text({**card["latest"], "out_of": card.get("national_total")}, lang)


def _months(row: Mapping) -> int | None:
    start, end = _as_date(row.get("period_start")), _as_date(row.get("period_end"))
    if start is None or end is None:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def figure_notes(row: Mapping, lang: str, indicators: pd.DataFrame | None = None) -> list[str]:
    """What a figure is, in words: "bình quân/năm", "lũy kế 9 tháng", "ước tính", "kế hoạch",
    "so với cùng kỳ năm trước", "giá so sánh 2010", "kỳ suy luận", "suy ra", "số liệu tham chiếu".

    Empty for a plain reported result of a plain period. Not escaped (no document text in it).
    Over several years a rate, score or rank can only be a yearly average, and so is a level the
    catalog gives per year (income per head, with `indicators`): both say "bình quân/năm" even where
    the text left it unsaid.
    """
    check_lang(lang)
    words: list[str] = []
    kind, aggregate = row.get("period_kind"), row.get("period_aggregate")
    aggregate = None if is_missing(aggregate) else aggregate
    if kind == "range" and aggregate is None:
        info = {} if indicators is None else (_indicator_row(indicators, str(row.get("indicator_id"))) or {})
        if row.get("measure") in ("growth", "share", "rank", "score") or info.get("per") == "year":
            aggregate = "average"
    status = row.get("status")
    if kind == "plan" and status in (None, "actual"):
        status = "target"
    if status in ("estimate", "preliminary", "official", "target", "forecast"):
        words.append(t(f"fig_status_{status}", lang))
    if kind == "months" and aggregate != "stock" and (n := _months(row)):
        words.append(t("running_total", lang, n=n))
    elif aggregate in ("average", "total", "stock") and kind in ("range", "plan", "to_date", "months"):
        words.append(t(f"agg_{aggregate}", lang))
    comparison = row.get("comparison")
    if row.get("measure") == "growth" and comparison in ("same_period_last_year", "previous_period"):
        words.append(t(f"comparison_{comparison}", lang))
    price = row.get("price_basis")
    if price in ("current", "constant_2010"):
        words.append(t(f"price_{price}", lang))
    if not is_missing(row.get("period_inferred")) and bool(row.get("period_inferred")):
        words.append(t("flag_inferred_period", lang))
    if row.get("basis") == "derived":
        words.append(t("basis_derived", lang))
    elif row.get("basis") == "curated":
        words.append(t("basis_curated", lang))
    return words


def mixed_status_note(a: Mapping, b: Mapping, period_a: str, period_b: str, lang: str) -> str | None:
    """ "2024 là số ước tính" / "2024 is an estimate": said beside a change between two results that are
    not equally final (pairing.mixed_finality), naming each period whose figure is not final; None when
    both are as final. Not escaped."""
    mixed = mixed_finality(a, b)
    if mixed is None:
        return None
    parts = [
        t(f"status_caveat_{kind}", lang, period=period)
        for period, kind in zip((period_a, period_b), mixed, strict=True)
        if kind != FINAL
    ]
    return "; ".join(parts)


def unit_line(indicators: pd.DataFrame, indicator_id: str, lang: str, price_basis: str | None = None) -> str:
    """ "Đơn vị: triệu đồng/năm · giá so sánh 2010" / "Unit: million VND per year": unit, per-unit
    basis, price basis; "Số lượng" for counts. Ranks are described by the caller."""
    row = _indicator_row(indicators, indicator_id) or {}
    name = unit_name(indicators, indicator_id, lang)
    per = row.get("per")
    if name and not is_missing(per) and per in ("year", "month"):
        name += t(f"per_{per}", lang)
    text = t("unit_line", lang, unit=name) if name else t("unit_count", lang)
    if price_basis in ("current", "constant_2010"):
        text += " · " + t(f"price_{price_basis}", lang)
    return text


def source_name(source: Mapping, lang: str, title_max: int | None = _TITLE_MAX) -> str:
    """Publisher (or title, shortened to `title_max` characters unless None) and date of one source,
    escaped: "TTXVN, 25/08/2023 (ngày suy luận)"."""
    who = publisher_text(source, lang)
    if not who:
        who = title_text(source, lang) or str(source.get("source_id", ""))
        if title_max is not None:
            who = shorten_words(who, title_max)
    text = html.escape(who)
    date = format_date(source.get("published"), lang)
    if date:
        text += f", {date}"
        inferred = source.get("date_inferred")
        if not is_missing(inferred) and bool(inferred):
            text += " (ngày suy luận)" if lang == "vi" else " (date inferred)"
    return text


def source_parts(
    sources: pd.DataFrame, source_ids: Iterable[str], lang: str, title_max: int | None = _TITLE_MAX
) -> list[str]:
    """One escaped entry per distinct source (source_name), in the order given."""
    check_lang(lang)
    by_id = _index(sources, "source_id")
    parts: list[str] = []
    for sid in dict.fromkeys(str(s) for s in source_ids if not is_missing(s)):
        part = source_name(by_id[sid], lang, title_max) if sid in by_id else html.escape(sid)
        if part not in parts:
            parts.append(part)
    return parts


def source_line(
    sources: pd.DataFrame, source_ids: Iterable[str], lang: str, title_max: int | None = _TITLE_MAX
) -> str:
    """ "Nguồn: TTXVN, 25/08/2023 (ngày suy luận); …" / "Source: …", HTML-escaped."""
    parts = source_parts(sources, source_ids, lang, title_max)
    head = "Nguồn" if lang == "vi" else "Source"
    if not parts:
        return f"{head}: " + ("không rõ" if lang == "vi" else "unknown")
    if len(parts) > 1 and lang == "en":
        head = "Sources"
    return f"{head}: " + "; ".join(parts)


_SIGNED = re.compile(r"-?\d+(?:\.\d+)?")
_POINTS_REMARK = " (read as percentage points)"  # etl/derive.py's remark on a difference of rates


def localize_arithmetic(expression: str, lang: str, result_decimals: int | None = None) -> str:
    """Rewrite "49.26 / (1 + 29.3/100) = 38.0974" with the language's decimal mark and real minus signs;
    the result (after the last "=") with `result_decimals` places, as the figure itself is shown."""
    check_lang(lang)

    def number(match: re.Match) -> str:
        decimals = len(match.group(1)) if match.group(1) else 0
        return format_number(float(match.group(0)), lang, decimals=decimals)

    remark = ""
    if expression.endswith(_POINTS_REMARK):
        expression = expression.removesuffix(_POINTS_REMARK)
        remark = " (đọc là điểm phần trăm)" if lang == "vi" else _POINTS_REMARK
    operands, equals, result = expression.rpartition(" = ")
    if equals and not is_missing(result_decimals) and (whole := _SIGNED.fullmatch(result.strip())):
        result = format_number(float(whole.group(0)), lang, decimals=int(result_decimals))
        text = _NUMBER.sub(number, operands) + equals + result
    else:
        text = _NUMBER.sub(number, expression)
    return re.sub(r"(?<=\s)-(?=\s)", MINUS, text) + remark


def derivation_note(row: Mapping, indicators: pd.DataFrame, lang: str) -> str:
    """Explains a derived figure in words and arithmetic, HTML-escaped; "" for a reported one.

    Works on a full figures row; a partial one (no period kind, rule or phrase) gives a shorter note.
    """
    vi = check_lang(lang) == "vi"
    if row.get("basis") != "derived" or is_missing(row.get("derivation")):
        return ""
    name = html.escape(indicator_name(indicators, row["indicator_id"], lang))
    if all(not is_missing(row.get(k)) for k in ("period_kind", "period_start", "period_end")):
        period = html.escape(figure_period_text(row, lang))
    else:
        period = html.escape(str(row.get("period_label") or ""))
    decimals = row.get("decimals")
    if is_missing(decimals):  # a partial row: the indicator's, as its figures are written
        decimals = (_indicator_row(indicators, str(row.get("indicator_id"))) or {}).get("decimals")
    arithmetic = html.escape(localize_arithmetic(str(row["derivation"]), lang, decimals))
    how = []
    if not is_missing(phrase := row.get("value_text")) and str(phrase).strip():
        quoted = f"“{html.escape(shorten_words(phrase, 60))}”"
        how.append(f"tính từ cụm {quoted}" if vi else f"computed from the phrase {quoted}")
    if (rule := row.get("derivation_rule")) in _RULE_WORDS:
        how.append(f"({_RULE_WORDS[rule][0 if vi else 1]})")
    how_text = " ".join(how)
    if vi:
        lead = f"Suy ra: {name} {period} không được công bố trực tiếp"
    else:
        lead = f"Derived: {name}, {period}, is not reported directly"
    return f"{lead}; {how_text}: {arithmetic}" if how_text else f"{lead}: {arithmetic}"


def plotly_entities(value, *, skip: frozenset[str] = frozenset({"meta"})):
    """Chart text as plotly.js will show it. Text is escaped with html.escape, whose `"` is `&quot;`; but
    plotly decodes only numeric references and a few names (amp, lt, gt, nbsp …), so a `"` from a document
    showed as "&quot;" in the chart and its SVG. Every "&quot;" becomes "&#34;" (the same character, a form
    plotly decodes). Works through dicts and lists; keys in `skip` (meta: raw text) are left alone."""
    if isinstance(value, str):
        return value.replace("&quot;", "&#34;") if "&quot;" in value else value
    if isinstance(value, dict):
        return {k: (v if k in skip else plotly_entities(v, skip=skip)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(plotly_entities(v, skip=skip) for v in value)
    if getattr(value, "dtype", None) is not None and value.dtype == object:  # a NumPy array of text
        return [plotly_entities(v, skip=skip) for v in value.tolist()]
    return value
