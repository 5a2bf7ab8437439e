"""The indicator chart: one indicator across its periods, one panel per kind of period."""

from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from ui.charts.frame import frame_figure, headroom, no_data, rank_axis, thinned_ticks, tick_margin
from ui.charts.gaps import broken_at_skipped_years, skipped_year, with_skipped_years, yearly
from ui.charts.marks import (
    GROUP_NAMES,
    class_title,
    conflict_notes,
    derived_notes,
    hover_texts,
    national_total,
    period_span,
    plan_notes,
    row_label,
    series_meta,
    unit_subtitle,
)
from ui.charts.style import (
    BASIS_STYLE,
    DOCUMENT_COLOUR,
    ESTIMATE_PATTERN,
    GRID_COLOUR,
    OKABE_ITO,
    PLANNED_COLOUR,
    REPORTED_COLOUR,
    TEXT_COLOUR,
    bar_style,
    lighten,
    outline_for,
    rank_marker,
)
from ui.charts.text import chart_words, sources_of
from ui.formatting import check_lang
from ui.labels import indicator_info, indicator_name, period_tick
from ui.pairing import FORECAST, RESULT, TARGET, panel_key, status_class
from ui.units import unit_kind

_KIND_ORDER = (
    "year",
    "months",
    "half_year",
    "quarter",
    "month",
    "range",
    "as_of",
    "to_date",
    "dates",
    "plan",
)


def panel_order(key: str) -> tuple[int, str]:
    """Panels top to bottom: years, running totals, half-years, quarters, months, multi-year periods."""
    kind = key.partition("|")[0].partition(":")[0]  # "year|constant_2010" is a year panel
    return (_KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER), key)


def _result_group(row: Mapping) -> str:
    if row["basis"] == "derived":
        return "derived"
    if row.get("status") in ("estimate", "preliminary"):
        return "estimate"
    return "reported"


_GROUPS = ("record", "reported", "estimate", "derived", TARGET, FORECAST)


_MARK_NAMES = {"reported": "document", "estimate": "document_estimate", "derived": "derived"}


_MARK_SYMBOLS = {"reported": "diamond", "estimate": "diamond-open", "derived": "circle-open"}


_WITHIN_YEAR = ("half_year", "quarter", "months", "month")  # a panel of these holds one span of months


PHONE_PLOT_PX = 290  # a chart's plot area on a 390 px phone
TICK_CHAR_PX = 6  # about one character of a 12 px tick label (Noto Sans)


LABEL_CHAR_PX = 7  # about one character of a 12 px point label ("8,06%": the "%" is wide)


def labels_with_room(texts: list[str], slots: list[int], n_slots: int) -> list[str]:
    """A line's point labels where they have room side by side on a phone's plot, the rest left to the
    hover: the last point's label always (the latest value, where the eye ends), then going back, each
    label that stands clear of the one kept after it. A few points keep every label.

    `slots` is each point's place among the axis's `n_slots` categories (a skipped year keeps its place)."""
    step = PHONE_PLOT_PX / max(n_slots, 1)
    kept = [""] * len(texts)
    after: tuple[int, str] | None = None  # the slot and text of the label kept right of this one
    for i in sorted(range(len(texts)), key=lambda i: -slots[i]):
        text = texts[i]
        if not text:
            continue
        # centred labels: apart when their centres are further than half of both, plus a gap
        room = after is None or (after[0] - slots[i]) * step >= (
            LABEL_CHAR_PX * (len(html.unescape(text)) + len(html.unescape(after[1]))) / 2 + 6
        )
        if room:
            kept[i] = text
            after = (slots[i], text)
    return kept


def _ticks_fit(ticks: list[str]) -> bool:
    """Whether these tick labels, side by side, fit a phone's plot without running into each other."""
    widest = max((len(tick) for tick in ticks), default=0)
    return len(ticks) * (widest * TICK_CHAR_PX + 8) <= PHONE_PLOT_PX


def _year_of(row: dict) -> int:
    return pd.Timestamp(row["period_end"]).year


def draw_indicator(
    rows: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, indicator_id: str, lang: str
) -> go.Figure:
    """One indicator across its periods (selection.indicator_series rows), like with like: one panel per
    kind of period.

    A year, a running total Jan–Sep, a half-year, a yearly average over several years… each get their
    own panel (pairing.period_class), so no two kinds stand as neighbouring bars. In a panel, results
    are bars (a rank: points on an axis with 1 at the top); derived ones hatched, estimates dotted;
    targets and forecasts are drawn as targets (a wide open tick), over the result of their period
    where there is one, with "đạt X% kế hoạch" in the notes.

    Where the indicator has a reference history (curated figures), its results are the line through
    time (one per panel: one kind of period, one status class, one place and price basis), and the
    figures read from documents are marks on it (estimates open), each with its source sentence in the
    hover; the record's points carry their citation.
    """
    check_lang(lang)
    words = chart_words(lang)
    with_record = "_record" in rows and bool(rows["_record"].any())
    info = indicator_info(indicators, indicator_id)
    unit = info.get("unit") or (rows["unit"].iloc[0] if not rows.empty else "count")
    total = national_total(info)
    records = rows.to_dict("records")
    classes = [panel_key(r) for r in records]
    panel_keys = sorted(dict.fromkeys(classes), key=panel_order)
    n = max(len(panel_keys), 1)
    multi = n > 1
    # A panel of one span of months ("Nửa năm (tháng 1–6)") is titled even alone: its ticks are years.
    titled = multi or any(k.split(":")[0] in _WITHIN_YEAR for k in panel_keys)
    panel = 300 if not multi else 220
    gap = 0 if not multi else 72
    plot_height = panel * n + gap * (n - 1)
    hovers = hover_texts(rows, indicators, sources, lang)
    traces: list[dict] = []
    layout: dict = {"barmode": "overlay", "bargap": 0.35, "annotations": []}
    shown: set[str] = set()
    for p, key in enumerate(panel_keys):
        axis = "" if p == 0 else str(p + 1)
        mine = [i for i, c in enumerate(classes) if c == key]
        # (the years a yearly series skips keep their place on the axis: ui/charts/gaps.py)
        years = yearly(records[i] for i in mine)
        order = with_skipped_years(list(dict.fromkeys(str(records[i]["period_label"]) for i in mine)), years)
        groups: dict[str, list[int]] = {}
        for i in mine:
            sc = status_class(records[i])
            if sc == RESULT:
                group = "record" if records[i].get("_record") else _result_group(records[i])
            else:
                group = sc
            groups.setdefault(group, []).append(i)
        for group in _GROUPS:
            members = groups.get(group)
            if not members:
                continue
            part = [records[i] for i in members]
            name = words[_MARK_NAMES[group] if with_record and group in _MARK_NAMES else GROUP_NAMES[group]]
            trace = {
                "x": [str(r["period_label"]) for r in part],
                "y": [float(r["value"]) for r in part],
                "xaxis": f"x{axis}",
                "yaxis": f"y{axis}",
                "name": name,
                "legendgroup": group,
                "showlegend": group not in shown,
                "text": [row_label(r, lang) for r in part],
                "customdata": [[hovers[i]] for i in members],
                "hovertemplate": "%{customdata[0]}<extra></extra>",
                "meta": {
                    "basis": {"derived": "derived", "record": "curated"}.get(group, "reported"),
                    "group": group,
                    "drawn_as": group if group in (TARGET, FORECAST) else "result",
                    "series": series_meta(part),
                },
                "legendrank": _GROUPS.index(group) + 1,
            }
            shown.add(group)
            if group == "record":
                style = BASIS_STYLE["curated"]
                # "8,06%8,02%8,36%": a label on every point of a long record ran together on a phone
                where = {label: k for k, label in enumerate(order)}
                trace["text"] = labels_with_room(trace["text"], [where[x] for x in trace["x"]], len(order))
                trace = broken_at_skipped_years(trace, years)
                trace |= {
                    "type": "scatter",
                    "mode": "lines+markers+text",
                    "textposition": "top center",
                    "line": {"color": style["colour"], "width": 2.5},
                    "marker": {"size": 9, "symbol": style["symbol"], "color": style["colour"]},
                    "textfont": {"color": outline_for(style["colour"])},
                    "cliponaxis": False,
                }
            elif with_record and group in _MARK_SYMBOLS:
                # A document's figure on the record: a mark, no line; open when it is an estimate.
                # Labelled where the record does not already say it (another value, or no record point
                # that period): a mark alone in its panel would otherwise show no number at all.
                record_at = {
                    str(records[i]["period_label"]): row_label(records[i], lang)
                    for i in groups.get("record", [])
                }
                trace["text"] = [
                    "" if record_at.get(str(r["period_label"])) == label else label
                    for r, label in zip(part, trace["text"], strict=True)
                ]
                trace["meta"]["on_record"] = True
                trace |= {
                    "type": "scatter",
                    "mode": "markers+text",
                    "textposition": "bottom center",
                    "textfont": {"color": outline_for(DOCUMENT_COLOUR, minimum=4.5)},
                    "cliponaxis": False,
                    "marker": {
                        "size": 13,
                        "symbol": _MARK_SYMBOLS[group],
                        "color": DOCUMENT_COLOUR,
                        "line": {"color": outline_for(DOCUMENT_COLOUR), "width": 2},
                    },
                }
            elif group in (TARGET, FORECAST):
                colour = PLANNED_COLOUR if group == TARGET else OKABE_ITO["vermillion"]
                # Over a result's bar the target's label would sit on the bar's: the notes say it.
                with_result = {
                    str(records[i]["period_label"]) for i in mine if status_class(records[i]) == RESULT
                }
                trace["text"] = [
                    "" if str(r["period_label"]) in with_result else label
                    for r, label in zip(part, trace["text"], strict=True)
                ]
                trace |= {
                    "type": "scatter",
                    "mode": "markers+text",
                    "textposition": "top center",
                    "marker": {
                        "size": 26 if unit_kind(unit) != "rank" else 16,
                        "symbol": "line-ew-open" if unit_kind(unit) != "rank" else "diamond-open",
                        "color": colour,
                        "line": {"color": outline_for(colour), "width": 3},
                    },
                    "textfont": {"color": outline_for(colour)},
                }
            elif unit_kind(unit) == "rank":
                derived = group == "derived"
                trace |= {
                    "type": "scatter",
                    "mode": "markers+text",
                    "textposition": "middle right",
                    "marker": rank_marker(derived, size=14),
                }
            else:
                marker = bar_style(REPORTED_COLOUR, group == "derived")
                if group == "estimate":  # lighter and dotted: not yet a final figure
                    marker = {
                        "color": lighten(REPORTED_COLOUR, 0.45),
                        "pattern": {"shape": ESTIMATE_PATTERN, "fgcolor": REPORTED_COLOUR, "solidity": 0.35},
                        "line": {"color": outline_for(REPORTED_COLOUR), "width": 1},
                    }
                trace |= {
                    "type": "bar",
                    "marker": marker,
                    "textposition": "outside",
                    "cliponaxis": False,
                }
            traces.append(trace)
        top = 1 - p * (panel + gap) / plot_height
        skipped = {c: str(year) for c in order if (year := skipped_year(c)) is not None}
        ticks = {str(records[i]["period_label"]): period_tick(records[i], lang) for i in mine} | skipped
        if key.split(":")[0] in _WITHIN_YEAR and not _ticks_fit(list(ticks.values())):
            # The panel's title says which months ("Nửa năm (tháng 1–6)"): the year alone is the tick.
            # Six of "6 tháng đầu năm 2016" ran together into one smudge on a phone.
            ticks = {str(records[i]["period_label"]): str(_year_of(records[i])) for i in mine} | skipped
        texts = [ticks[label] for label in order]
        if years is not None:
            # A yearly axis with every year in its place may be too many labels for a phone: every k-th year
            # is written, the others left blank (their places, and the points on them, stay)
            # (the Rankings chart's rule: counted back from the latest year, the one the eye ends on)
            texts = thinned_ticks(texts, PHONE_PLOT_PX)
        layout[f"xaxis{axis}"] = {
            "anchor": f"y{axis}",
            "type": "category",
            "categoryorder": "array",
            "categoryarray": order,
            "tickangle": 0,
            # the labels as the reader says them ("quý I/2025", "9 tháng đầu năm 2025")
            "tickvals": order,
            "ticktext": [html.escape(text) for text in texts],
        }
        values = [float(records[i]["value"]) for i in mine]
        value_axis = (
            rank_axis(total)
            if unit_kind(unit) == "rank"
            else {
                "rangemode": "tozero",
                "gridcolor": GRID_COLOUR,
                "tickformat": ",~f",
                # room above the highest mark for its label (a target's sits above its tick)
                **(headroom(values) if min(values, default=0) >= 0 else {}),
            }
        )
        layout[f"yaxis{axis}"] = {
            "anchor": f"x{axis}",
            "domain": [max(top - panel / plot_height, 0), top],
            **value_axis,
        }
        if titled:
            layout["annotations"].append(
                {
                    "text": html.escape(class_title(key, lang)),
                    "xref": "paper",
                    "yref": "paper",
                    "x": 0,
                    "y": top,
                    "xanchor": "left",
                    "yanchor": "bottom",
                    "yshift": 6,
                    "showarrow": False,
                    "font": {"size": 13, "color": TEXT_COLOUR},
                    "name": "panel_title",
                }
            )
    fig = go.Figure(data=traces, layout=layout)
    if rows.empty:
        no_data(fig, lang)
    notes = (
        plan_notes(rows, indicators, lang)
        + derived_notes(rows, indicators, lang)
        + conflict_notes(rows, sources, lang)
    )
    if not rows.empty and rows["period_label"].nunique() == 1:  # a lone point is not a trend: say why
        notes = [words["one_period"], *notes]
    prices = [p for p in dict.fromkeys(rows["price_basis"].dropna()) if p] if not rows.empty else []
    return frame_figure(
        fig,
        lang=lang,
        title=indicator_name(indicators, indicator_id, lang),
        subtitle=unit_subtitle(
            indicators, indicator_id, unit, total, lang, prices[0] if len(prices) == 1 else None
        ),
        sources=sources,
        source_ids=sources_of(rows),
        notes=notes,
        plot_height=plot_height,
        # More than two entries wrap on a phone: one per line then, so the frame can make room.
        legend_rows=(len(shown) if len(shown) > 2 else 1) if len(shown) > 1 else 0,
        legend_orientation="v" if len(shown) > 2 else "h",
        legend_gap=22 if titled else 0,
        margin_left=tick_margin(rows["value"], lang),
        meta={"stem": indicator_id, "period": period_span(rows), "indicator_id": indicator_id},
    )
