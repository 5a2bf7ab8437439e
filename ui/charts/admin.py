"""The administrative-units chart: units merged or cut, by level, done and planned."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from ui.charts.frame import frame_figure, headroom, no_data
from ui.charts.marks import conflict_notes, derived_notes, hover_texts, period_span, row_label, series_meta
from ui.charts.style import DONE_COLOUR, GRID_COLOUR, PLANNED_COLOUR, PLANNED_PATTERN, TEXT_COLOUR, bar_style
from ui.charts.text import WRAP_NOTE, br, chart_words, sources_of
from ui.formatting import check_lang
from ui.labels import indicator_name, period_tick


def _bar_period(row: dict, lang: str) -> str:
    """The period after a bar's name as the table beside the chart says it, in the language (the ETL's
    label, "2020–25/08/2023", is a key, not words); a plan by its last year, since its name, colour and
    legend already say it is a plan ("… (plan) (plan to 2030)" said it twice). Its spaces do not break, so
    the label wraps before the period, not inside a date ("25 / Aug 2023")."""
    if row["period_kind"] == "plan":
        year = pd.Timestamp(row["period_end"]).year
        words = f"đến năm {year}" if lang == "vi" else f"by {year}"
    else:
        words = period_tick(row, lang)
    return words.replace(" ", "\u00a0")


def draw_admin_units(
    rows: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> go.Figure:
    """Administrative units merged or cut (selection.admin_reductions rows), by level: what was done and
    what is planned.

    Each bar's label sits above it rather than on the axis, so long names leave the bars their width
    on a phone.
    """
    check_lang(lang)
    words = chart_words(lang)
    rows = rows.assign(_level=rows["level"].map({"province": 0, "district": 1, "commune": 2}).fillna(3))
    rows = rows.sort_values(["_level", "planned", "period_end"], kind="stable").reset_index(drop=True)
    labels = [
        br(
            html.escape(f"{indicator_name(indicators, r['indicator_id'], lang)} ({_bar_period(r, lang)})"),
            WRAP_NOTE,
        )
        for r in rows.to_dict("records")
    ]
    keys = [f"{r['indicator_id']}|{r['period_label']}" for r in rows.to_dict("records")]
    rows = rows.assign(_key=keys)
    label_lines = max((lb.count("<br>") + 1 for lb in labels), default=1)
    bar_px, label_px = 26, 17 * label_lines + 12  # a label of two lines clear of the bar above it
    bar_labels = [
        {
            "text": label,
            "xref": "paper",
            "yref": "y",
            "x": 0,
            "y": key,
            "xanchor": "left",
            "yanchor": "bottom",
            "yshift": bar_px / 2 + 2,
            "align": "left",
            "showarrow": False,
            "font": {"size": 12, "color": TEXT_COLOUR},
            "name": "bar_label",
        }
        for key, label in zip(keys, labels, strict=True)
    ]
    fig = go.Figure(layout={"annotations": bar_labels})  # all at once: each add_annotation copies them all
    groups = (
        ("done", (~rows["planned"]) & (rows["basis"] == "reported"), DONE_COLOUR, ""),
        ("planned", rows["planned"] & (rows["basis"] == "reported"), PLANNED_COLOUR, PLANNED_PATTERN),
        ("derived", rows["basis"] == "derived", DONE_COLOUR, ""),
    )
    for rank, (key, mask, colour, pattern) in enumerate(groups, start=1):
        part = rows.loc[mask]
        if part.empty:
            continue
        fig.add_trace(
            go.Bar(
                orientation="h",
                y=list(part["_key"]),
                x=[float(v) for v in part["value"]],
                name=words[key],
                marker=bar_style(colour, key == "derived", pattern),
                text=[row_label(r, lang) for r in part.to_dict("records")],
                textposition="outside",
                cliponaxis=False,
                width=bar_px / (bar_px + label_px),
                customdata=[[t] for t in hover_texts(part, indicators, sources, lang)],
                hovertemplate="%{customdata[0]}<extra></extra>",
                legendrank=rank,
                meta={
                    "basis": "derived" if key == "derived" else "reported",
                    "group": key,
                    "drawn_as": "target" if key == "planned" else "result",
                    "catalogue": True,  # one labelled bar per figure (name and period), not a series
                    "series": series_meta(part.to_dict("records")),
                },
            )
        )
    fig.update_yaxes(
        type="category", categoryorder="array", categoryarray=keys, autorange="reversed", showticklabels=False
    )
    fig.update_xaxes(**headroom(rows["value"]), gridcolor=GRID_COLOUR)
    fig.update_layout(barmode="overlay")
    if rows.empty:
        no_data(fig, lang)
    notes = derived_notes(rows, indicators, lang) + conflict_notes(rows, sources, lang)
    if lang == "vi":
        title, subtitle = (
            "Sắp xếp đơn vị hành chính, tinh gọn bộ máy",
            "Số đơn vị được giảm hoặc sắp xếp, theo cấp",
        )
    else:
        title, subtitle = "Administrative units merged and cut", "Number of units cut or merged, by level"
    return frame_figure(
        fig,
        lang=lang,
        title=title,
        subtitle=subtitle,
        sources=sources,
        source_ids=sources_of(rows),
        notes=notes,
        plot_height=max(120, (bar_px + label_px) * len(rows)),
        legend_rows=1 if len(fig.data) > 1 else 0,
        legend_gap=label_px,
        margin_left=12,
        meta={"stem": "admin_units", "period": period_span(rows)},
    )
