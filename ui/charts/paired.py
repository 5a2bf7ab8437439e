"""The paired-period chart, drawn once: one small panel per indicator, an earlier period against a later
one, each on its own value axis (a rank's with 1 at the right). The Compare page's chart (two chosen
periods) and the Overview's (each headline's latest period against the one before) are this chart with
their own marks, words and notes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from ui.charts.frame import MARGIN_RIGHT, PHONE_CHART_PX, frame_figure, label_room, no_data, rank_axis
from ui.charts.marks import (
    conflict_notes,
    derived_notes,
    hover_texts,
    mark_label,
    national_total,
    panel_title,
    period_span,
    row_label,
    row_rank_of,
    series_meta,
)
from ui.charts.style import GRID_COLOUR, REPORTED_COLOUR, TEXT_COLOUR, bar_style, rank_marker
from ui.charts.text import chart_words, sources_of
from ui.formatting import check_lang, format_value, is_missing
from ui.i18n import t
from ui.labels import (
    derivation_note,
    figure_notes,
    indicator_info,
    indicator_name,
    mixed_status_note,
    value_text,
)
from ui.units import unit_kind

_LABELS_LEFT = 84  # px at least for the period labels ("2015–2020") left of the panels


@dataclass(frozen=True)
class Mark:
    """One bar of a pair (a point, for a rank): its period, value, label and hover, already escaped."""

    period: str
    value: float
    basis: str  # "reported" or "derived"
    text: str
    hover: str
    meta: dict = field(default_factory=dict)  # indicator_id, series, role: what tests and exports read


@dataclass(frozen=True)
class Pair:
    """One panel: an indicator's earlier and later period (the categories, top to bottom) and its marks."""

    title: str  # escaped, wrapped: "Name: +1,5 điểm %"
    unit: str
    total: int | None  # a rank's number of provinces, for its axis
    periods: tuple[str, str]  # (earlier, later)
    marks: tuple[Mark, ...]


def paired_panels(pairs: Sequence[Pair], lang: str, panel: int) -> tuple[go.Figure, int, set[str], int]:
    """The panels stacked by hand (make_subplots would cost more than the rest of the chart): the
    figure, its plot height, the bases shown in the legend, and the left margin the period labels need."""
    words = chart_words(lang)
    labels = [label for pair in pairs for label in pair.periods]
    margin_left = max(_LABELS_LEFT, 20 + 7 * max(map(len, labels), default=0))
    gap = 64 + 15 * max((pair.title.count("<br>") for pair in pairs), default=0)
    n = max(len(pairs), 1)
    plot_height = panel * n + gap * (n - 1) if pairs else 120
    layout: dict = {"barmode": "overlay", "bargap": 0.3, "annotations": []}
    traces: list[dict] = []
    shown: set[str] = set()
    for i, pair in enumerate(pairs):
        axis = "" if i == 0 else str(i + 1)
        top = 1 - i * (panel + gap) / plot_height
        rank = unit_kind(pair.unit) == "rank"
        for mark in pair.marks:
            derived = mark.basis == "derived"
            trace = {
                "x": [float(mark.value)],
                "y": [mark.period],
                "xaxis": f"x{axis}",
                "yaxis": f"y{axis}",
                "name": words[mark.basis],
                "legendgroup": mark.basis,
                "legendrank": 1 if mark.basis == "reported" else 2,
                "showlegend": mark.basis not in shown,
                "text": [mark.text],
                "customdata": [[mark.hover]],
                "hovertemplate": "%{customdata[0]}<extra></extra>",
                "meta": {"basis": mark.basis, **mark.meta, "drawn_as": "result"},
            }
            shown.add(mark.basis)
            if rank:
                trace |= {
                    "type": "scatter",
                    "mode": "markers+text",
                    # 1 is at the right: a label goes to the side with room, toward the middle (to the
                    # left it would be cut off at the axis for a rank near the bottom, as "62/63" was)
                    "textposition": "middle right"
                    if pair.total and float(mark.value) > pair.total / 2
                    else "middle left",
                    "marker": rank_marker(derived, size=13),
                }
            else:
                trace |= {
                    "type": "bar",
                    "orientation": "h",
                    "marker": bar_style(REPORTED_COLOUR, derived),
                    "textposition": "outside",
                    "cliponaxis": False,
                }
            traces.append(trace)
        value_axis = (
            rank_axis(pair.total)
            if rank
            else label_room(
                [m.value for m in pair.marks],
                [m.text for m in pair.marks],
                PHONE_CHART_PX - margin_left - MARGIN_RIGHT,
            )
        )
        layout[f"xaxis{axis}"] = {"anchor": f"y{axis}", "gridcolor": GRID_COLOUR, **value_axis}
        layout[f"yaxis{axis}"] = {
            "anchor": f"x{axis}",
            "domain": [max(top - panel / plot_height, 0), top],
            "type": "category",
            "categoryorder": "array",
            "categoryarray": [pair.periods[1], pair.periods[0]],  # the earlier period on top
            "automargin": False,
        }
        layout["annotations"].append(
            {
                "text": pair.title,
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": top,
                "xanchor": "left",
                "yanchor": "bottom",
                "xshift": 12 - margin_left,
                "yshift": 4,
                "align": "left",
                "showarrow": False,
                "font": {"size": 13, "color": TEXT_COLOUR},
                "name": "panel_title",
            }
        )
    fig = go.Figure(data=traces, layout=layout)
    if not pairs:
        no_data(fig, lang)
    return fig, plot_height, shown, margin_left


def _legend_gap(pairs: Sequence[Pair]) -> int:
    return 8 + 15 * (pairs[0].title.count("<br>") + 1) if pairs else 0


def _comparison_mark(
    row: dict, suffix: str, period: str, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> tuple[Mark, str | None]:
    """A comparison row's figure of one period as a mark, and its derivation note (None if stated)."""
    words = chart_words(lang)
    value = row[f"value_{suffix}"]
    basis = "derived" if row[f"basis_{suffix}"] == "derived" else "reported"
    rank_of = row.get(f"rank_of_{suffix}")
    rank_of = (
        national_total(indicator_info(indicators, row["indicator_id"]))
        if is_missing(rank_of)
        else int(rank_of)
    )
    decimals = indicator_info(indicators, row["indicator_id"]).get("decimals")
    text = mark_label(value, row["unit"], lang, rank_of, decimals=decimals)
    full = html.escape(format_value(value, row["unit"], lang, rank_of=rank_of, decimals=decimals))
    figure = row.get(f"row_{suffix}")
    what: list[str] = []
    if isinstance(figure, dict):  # what the figure is: its bound, status, aggregate…
        figure = {**figure, "out_of": rank_of}
        text = row_label(figure, lang)
        full = html.escape(value_text(figure, lang))
        what = figure_notes(figure, lang, indicators)
        if figure.get("status") in ("estimate", "preliminary"):
            text += f" ({what[0]})"
    hover = f"<b>{html.escape(str(period))}</b><br>{full}"
    if what:
        hover += "<br>" + html.escape(" · ".join(what))
    if isinstance(figure, dict):  # the figure's own hover: indicator, place, period, status, source
        hover = hover_texts(pd.DataFrame([figure]), indicators, sources, lang)[0]
    note = None
    if basis == "derived":
        stated = {"basis": "derived", "indicator_id": row["indicator_id"], "period_label": period}
        note = derivation_note({**stated, "derivation": row[f"derivation_{suffix}"]}, indicators, lang)
        if not isinstance(figure, dict):
            hover += f"<br>{words['derived']}"
    series = series_meta([row[f"row_{suffix}"]]) if isinstance(row.get(f"row_{suffix}"), dict) else []
    meta = {"indicator_id": row["indicator_id"], "series": series}
    return Mark(str(period), float(value), basis, text, hover, meta), note


def comparison_chart(
    comparison: pd.DataFrame,
    indicators: pd.DataFrame,
    sources: pd.DataFrame,
    lang: str,
    period_a: str,
    period_b: str,
) -> go.Figure:
    """Each indicator in two periods (selection.compare_periods rows), one small panel per indicator."""
    check_lang(lang)
    if "comparable" in comparison:
        # Only comparable pairs are drawn (pairing.pair_problem); the others are named in the notes.
        skipped = comparison.loc[~comparison["comparable"].astype(bool)]
        comparison = comparison.loc[comparison["comparable"].astype(bool)]
    else:
        skipped = comparison.iloc[0:0]
    rows = comparison.reset_index(drop=True)
    pairs, notes = [], []
    for row in rows.to_dict("records"):
        marks = []
        for period, suffix in ((period_a, "a"), (period_b, "b")):
            if is_missing(row[f"value_{suffix}"]):
                continue
            mark, note = _comparison_mark(row, suffix, period, indicators, sources, lang)
            marks.append(mark)
            notes += [note] if note else []
        figures = row.get("row_a"), row.get("row_b")
        caveat = (
            mixed_status_note(*figures, str(period_a), str(period_b), lang)
            if all(isinstance(f, dict) for f in figures)
            else None
        )
        title = panel_title(
            indicators,
            row["indicator_id"],
            row["abs_change"],
            row.get("rel_change"),
            row["unit"],
            lang,
            caveat,
        )
        total = national_total(indicator_info(indicators, row["indicator_id"]))
        pairs.append(Pair(title, row["unit"], total, (str(period_a), str(period_b)), tuple(marks)))
    fig, plot_height, shown, margin_left = paired_panels(pairs, lang, panel=120)
    for row in skipped.to_dict("records"):
        why = t(f"pair_problem_{row['problem']}", lang)
        name = html.escape(indicator_name(indicators, row["indicator_id"], lang))
        notes.append(f"{name}: {t('compare_not_comparable', lang, why=why)}")
    if lang == "vi":
        title = f"So sánh {period_a} và {period_b}"
        subtitle = "Mỗi chỉ tiêu một thang đo riêng; thanh nhạt có gạch chéo là số suy ra"
    else:
        title = f"{period_a} compared with {period_b}"
        subtitle = "Each indicator on its own scale; light hatched bars are derived"
    return frame_figure(
        fig,
        lang=lang,
        title=title,
        subtitle=subtitle,
        sources=sources,
        source_ids=sources_of(rows),
        notes=notes,
        plot_height=plot_height,
        legend_rows=1 if len(shown) > 1 else 0,
        legend_gap=_legend_gap(pairs),
        margin_left=margin_left,
        meta={"stem": "comparison", "period": f"{period_a}_{period_b}"},
    )


def _status_words(row: dict, indicators: pd.DataFrame, lang: str) -> str:
    """ " (ước tính)" after an estimate's or a preliminary figure's label; nothing after a final one."""
    if row.get("status") not in ("estimate", "preliminary"):
        return ""
    what = figure_notes(row, lang, indicators)
    return f" ({what[0]})" if what else ""


def draw_headlines(
    rows: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> go.Figure:
    """The headline indicators' latest period against the one before (selection.then_and_now rows: the
    pairs the Overview's cards compare), one small panel per indicator."""
    check_lang(lang)
    hovers = iter(hover_texts(rows, indicators, sources, lang))
    pairs = []
    for _, part in rows.groupby("indicator_id", sort=False):
        earlier, latest = part.to_dict("records")
        marks = tuple(
            Mark(
                str(row["period_label"]),
                float(row["value"]),
                "derived" if row["basis"] == "derived" else "reported",  # curated: a stated figure
                # (an estimate says so on its bar, as on Compare's: "8,06% (ước tính)")
                row_label(row, lang) + _status_words(row, indicators, lang),
                next(hovers),
                {"indicator_id": row["indicator_id"], "role": row["role"], "series": series_meta([row])},
            )
            for row in (earlier, latest)
        )
        periods = (str(earlier["period_label"]), str(latest["period_label"]))
        title = panel_title(
            indicators,
            latest["indicator_id"],
            latest["change"],
            latest["rel_change"],
            latest["unit"],
            lang,
            mixed_status_note(earlier, latest, *periods, lang),
        )
        total = row_rank_of(latest) or national_total(indicator_info(indicators, latest["indicator_id"]))
        pairs.append(Pair(title, latest["unit"], total, periods, marks))
    fig, plot_height, shown, margin_left = paired_panels(pairs, lang, panel=96)
    notes = derived_notes(rows, indicators, lang) + conflict_notes(rows, sources, lang)
    derived_words = (
        ("thanh nhạt có gạch chéo là số suy ra" if lang == "vi" else "light hatched bars are derived")
        if (rows["basis"] == "derived").any()
        else ""
    )
    if lang == "vi":
        title = "Các chỉ tiêu chính so với kỳ trước"
        subtitle = "Kỳ gần nhất so với kỳ cùng loại trước đó, mỗi chỉ tiêu một thang đo riêng"
    else:
        title = "Headline indicators against the period before"
        subtitle = "Latest period against the earlier one of the same kind, each indicator on its own scale"
    return frame_figure(
        fig,
        lang=lang,
        title=title,
        subtitle=f"{subtitle}; {derived_words}" if derived_words else subtitle,
        sources=sources,
        source_ids=sources_of(rows),
        notes=notes,
        plot_height=plot_height,
        legend_rows=1 if len(shown) > 1 else 0,
        legend_gap=_legend_gap(pairs),
        margin_left=margin_left,
        meta={"stem": "overview", "period": period_span(rows)},
    )
