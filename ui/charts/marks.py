"""What a figure's mark says: its label on the bar, its hover (period, value as written, what it is,
source, quote), the notes below a chart (derivations, revisions, other sources, targets reached) and the
titles of panels and units."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from ui.charts.text import WRAP_SUBTITLE, br, chart_words, split_ids, wrap
from ui.curator_words import title_text
from ui.formatting import format_change, format_number, format_value, is_missing
from ui.i18n import t
from ui.labels import (
    derivation_note,
    figure_notes,
    figure_period_text,
    indicator_info,
    indicator_name,
    shorten_words,
    source_parts,
    unit_line,
    value_text,
)
from ui.locators import locator_text
from ui.pairing import RESULT, panel_key, percent_of_plan, plan_for, status_class
from ui.units import unit_kind


def hover_texts(rows: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[str]:
    """One escaped hover text per row: which indicator, its place and period, the value as written, what it
    is (its status always: "thực hiện" where nothing else is said), source and a short quote. A hover
    read alone, on a chart of several rankings or in an exported HTML file, says what the number is."""
    words = chart_words(lang)
    texts = []
    records = rows.to_dict("records")
    place = t("place_province", lang)
    for i, row in enumerate(records):
        name = "<br>".join(wrap(html.escape(indicator_name(indicators, row["indicator_id"], lang)), 50))
        period = html.escape(figure_period_text(row, lang))
        lines = [f"<b>{name}</b>", f"{period} · {place}", html.escape(value_text(row, lang))]
        notes = figure_notes(row, lang, indicators)
        if row.get("status") == "actual" and row.get("period_kind") != "plan":
            notes = [t("status_actual", lang), *notes]  # the other statuses are among the notes
        if notes:
            lines.append(html.escape(" · ".join(notes)))
        if status_class(row) == RESULT and (j := plan_for(records, i)) is not None:
            target = html.escape(value_text(records[j], lang))
            pct = percent_of_plan(row, records[j])
            lines.append(
                t("plan_was", lang, target=target)
                if pct is None
                else t("plan_reached", lang, pct=format_number(pct, lang, decimals=1) + "%", target=target)
            )
        for status, value, _source in row.get("revised_from") or []:
            earlier = format_value(
                value, row["unit"], lang, rank_of=row_rank_of(row), decimals=row.get("decimals")
            )
            lines.append(t("revised_from", lang, status=t(f"fig_status_{status}", lang), value=earlier))
        for value in row.get("other_values") or []:
            other = format_value(
                value, row["unit"], lang, rank_of=row_rank_of(row), decimals=row.get("decimals")
            )
            lines.append(f"{words['other']}: {other}")
        ids = split_ids(row.get("source_ids")) or [row["source_id"]]
        if row.get("basis") == "curated":
            lines.extend(_citation_lines(sources, ids, lang))
        else:
            parts = source_parts(sources, ids, lang)
            lines.extend(f"{words['source']}: {p}" for p in parts[:2])
        locator = row.get("locator")
        if not is_missing(locator) and str(locator).strip():
            lines.append(f"{words['cited']}: {html.escape(shorten_words(locator_text(locator, lang), 80))}")
        quote_raw = row.get("quote")
        quote = "" if is_missing(quote_raw) else html.escape(shorten_words(quote_raw, 150))
        if quote:
            lines.extend(wrap(f"“{quote}”", 50))
        texts.append("<br>".join(lines))
    return texts


def _citation_lines(sources: pd.DataFrame, source_ids: Sequence[str], lang: str) -> list[str]:
    """A curated figure's citation, escaped: "Nguồn: VCCI, 07/05/2024 (tham chiếu)" and its page's title
    shortened at a word, for each cited page (at most two)."""
    words = chart_words(lang)
    by_id = {str(r["source_id"]): r for r in sources.to_dict("records")} if "source_id" in sources else {}
    lines = []
    for part, sid in zip(source_parts(sources, source_ids, lang), dict.fromkeys(source_ids), strict=False):
        lines.append(f"{words['source']}: {part} ({words['reference']})")
        title = title_text(by_id.get(str(sid), {}), lang)
        if title:
            lines.append(html.escape(shorten_words(title, 70)))
        if len(lines) >= 4:
            break
    return lines


def row_rank_of(row: dict) -> int | None:
    value = row.get("rank_of")
    if is_missing(value):
        value = row.get("out_of")
    return None if is_missing(value) else int(value)


def derived_notes(rows: pd.DataFrame, indicators: pd.DataFrame, lang: str) -> list[str]:
    derived = rows.loc[rows["basis"] == "derived"]
    return [derivation_note(r, indicators, lang) for r in derived.to_dict("records")]


def mark_label(
    value: float,
    unit: str,
    lang: str,
    rank_of: int | None = None,
    approximate: bool = False,
    decimals: int | None = None,
) -> str:
    """The short label drawn on a bar or point: the unit is in the subtitle, so only %, ranks keep theirs."""
    if unit_kind(unit) in ("rate", "rank"):  # a rate's % and a rank's "thứ" are part of the number
        text = format_value(value, unit, lang, rank_of=rank_of, decimals=decimals)
    else:
        text = format_number(value, lang, None if is_missing(decimals) else int(decimals))
    return f"~{text}" if approximate else text


def row_label(row: dict, lang: str) -> str:
    label = mark_label(
        row["value"], row["unit"], lang, row_rank_of(row), bool(row.get("approximate")), row.get("decimals")
    )
    return label + ("*" if row.get("other_values") else "")


# A chart's notes stay readable, and its payload bounded, whatever the data holds: a document with
# thousands of rival figures once made one chart's notes list ~20,000 numbers (1.15 MB sent to the browser).
MAX_RIVAL_VALUES = 5  # per figure; the rest are counted
MAX_CONFLICT_NOTES = 12  # per chart; the rest are counted (every value is on the Data page)


def _more(n: int, lang: str) -> str:
    return f"và {n} giá trị khác" if lang == "vi" else f"and {n} more"


def conflict_notes(rows: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[str]:
    notes = _conflict_notes(rows, sources, lang)
    if len(notes) <= MAX_CONFLICT_NOTES:
        return notes
    rest = len(notes) - MAX_CONFLICT_NOTES
    more = (
        f"… và {rest} ghi chú khác (xem trang Dữ liệu)."
        if lang == "vi"
        else f"… and {rest} more notes (see the Data page)."
    )
    return [*notes[:MAX_CONFLICT_NOTES], more]


def _conflict_notes(rows: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[str]:
    notes = []
    for row in rows.to_dict("records"):
        for status, value, source_id in row.get("revised_from") or []:
            earlier = format_value(
                value, row["unit"], lang, rank_of=row_rank_of(row), decimals=row.get("decimals")
            )
            who = "; ".join(source_parts(sources, [source_id], lang))
            period = html.escape(figure_period_text(row, lang))
            text = t("revised_from", lang, status=t(f"fig_status_{status}", lang), value=earlier)
            notes.append(f"{period}: {text} ({who}).")
        if not row.get("other_values"):
            continue
        others = list(row["other_values"])
        values = ", ".join(
            format_value(v, row["unit"], lang, rank_of=row_rank_of(row), decimals=row.get("decimals"))
            for v in others[:MAX_RIVAL_VALUES]
        )
        if len(others) > MAX_RIVAL_VALUES:
            values += f" {_more(len(others) - MAX_RIVAL_VALUES, lang)}"
        source_ids = split_ids(row.get("other_source_ids"))
        who = "; ".join(source_parts(sources, source_ids[:MAX_RIVAL_VALUES], lang))
        if len(source_ids) > MAX_RIVAL_VALUES:
            who += "; …"
        period = html.escape(figure_period_text(row, lang))
        if lang == "vi":
            notes.append(f"* {period}: nguồn khác ghi {values} ({who}).")
        else:
            notes.append(f"* {period}: another source gives {values} ({who}).")
    return notes


def unit_subtitle(
    indicators: pd.DataFrame,
    indicator_id: str,
    unit: str,
    total: int | None,
    lang: str,
    price_basis: str | None = None,
) -> str:
    words = chart_words(lang)
    if unit_kind(unit) == "rank":
        if total:
            where = f"trong {total} tỉnh, thành phố" if lang == "vi" else f"among {total} provinces"
            return (f"Thứ hạng {where}" if lang == "vi" else f"Position {where}") + f" ({words['best']})"
        return ("Thứ hạng" if lang == "vi" else "Rank") + f" ({words['best']})"
    return unit_line(indicators, indicator_id, lang, price_basis)


def panel_title(
    indicators: pd.DataFrame,
    indicator_id: str,
    change: float,
    rel_change: float | None,
    unit: str,
    lang: str,
    caveat: str | None = None,
) -> str:
    """ "Name: +1,5 điểm %" or "Name: +11,16 triệu đồng (+29,3%)": escaped, wrapped, the change unbroken;
    then the caveat the change needs ("2024 là số ước tính", labels.mixed_status_note), if any."""
    name = html.escape(indicator_name(indicators, indicator_id, lang))
    if is_missing(change):
        return br(name, WRAP_SUBTITLE)
    text = format_change(
        change, unit, lang, decimals=indicator_info(indicators, indicator_id).get("decimals")
    )
    if not is_missing(rel_change):
        text += f" ({format_change(rel_change, unit, lang, relative=True)})"
    text = f"{name}: " + text.replace(" ", "\u00a0")
    if caveat:
        text += f" ({html.escape(caveat)})"
    return br(text, WRAP_SUBTITLE)


def period_span(rows: pd.DataFrame) -> str | None:
    if rows.empty:
        return None
    first, last = pd.Timestamp(rows["period_start"].min()).year, pd.Timestamp(rows["period_end"].max()).year
    return str(first) if first == last else f"{first}–{last}"


def national_total(info: dict) -> int | None:
    total = info.get("national_total")
    return None if is_missing(total) else int(total)


def series_meta(rows: Iterable[Mapping]) -> list[list[str]]:
    """Per point: [indicator_id, period class, status class] (what tests check like-with-like on)."""
    return [[str(r["indicator_id"]), panel_key(r), status_class(r)] for r in rows]


def class_title(key: str, lang: str) -> str:
    """A panel's title for a panel key ("Theo năm", "Lũy kế tháng 1–9", "Theo năm · giá so sánh 2010")."""
    key, *extra = key.split("|")
    title = _period_class_title(key, lang)
    for word in extra:
        title += " · " + _panel_word(word, lang)
    return title


SCOPE_WORDS = ("customs_declared", "through_province", "local_enterprises")  # i18n scope_*


def _panel_word(word: str, lang: str) -> str:
    """A price basis, place or scope of a panel key in words ("giá so sánh 2010", "hàng khai báo tại …")."""
    if word in ("current", "constant_2010"):
        return t(f"price_{word}", lang)
    if word in SCOPE_WORDS:
        return t(f"scope_{word}", lang)
    return word.replace("_", " ")


def _period_class_title(key: str, lang: str) -> str:
    kind, _, rest = key.partition(":")
    if kind == "year":
        return t("class_year", lang)
    if kind in ("months", "half_year", "quarter"):
        a, _, b = rest.partition("-")
        return t(f"class_{kind}", lang, a=a, b=b)
    if kind == "month":
        return t("class_month", lang, a=rest)
    if kind == "range":
        aggregate, _, years = rest.partition(":")
        if aggregate == "total":
            return t("class_range_total", lang, n=years.rstrip("y"))
        return t(f"class_range_{aggregate}", lang)
    if kind == "as_of":
        return t("class_as_of", lang)
    return t("class_other", lang)


GROUP_NAMES = {
    "record": "record",
    "reported": "reported",
    "derived": "derived",
    "estimate": "estimate",
    "target": "planned",
    "forecast": "forecast",
}


def plan_notes(rows: pd.DataFrame, indicators: pd.DataFrame, lang: str) -> list[str]:
    """ "2024: đạt 105% kế hoạch (10.000 tỷ đồng)" for each result whose target is in `rows`."""
    records = rows.to_dict("records")
    notes = []
    for i, row in enumerate(records):
        if status_class(row) != RESULT:
            continue
        j = plan_for(records, i)
        if j is None:
            continue
        target = html.escape(value_text(records[j], lang))
        period = html.escape(figure_period_text(row, lang))
        pct = percent_of_plan(row, records[j])
        if pct is None:
            notes.append(f"{period}: {t('plan_was', lang, target=target)}")
        else:
            pct_text = format_number(pct, lang, decimals=1) + "%"
            notes.append(f"{period}: {t('plan_reached', lang, pct=pct_text, target=target)}")
    return notes
