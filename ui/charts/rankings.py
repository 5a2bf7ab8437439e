"""The rankings chart: the province's national ranks over the years, 1 at the top."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from ui.charts.frame import frame_figure, no_data, rank_axis
from ui.charts.marks import (
    GROUP_NAMES,
    class_title,
    conflict_notes,
    hover_texts,
    period_span,
    row_label,
    series_meta,
)
from ui.charts.style import (
    BACKGROUND,
    GRID_COLOUR,
    MUTED_TEXT_COLOUR,
    SERIES_COLOURS,
    SERIES_SYMBOLS,
    lighten,
    outline_for,
)
from ui.charts.text import acronym, br, chart_words, sources_of
from ui.formatting import check_lang
from ui.labels import derivation_note, indicator_name
from ui.pairing import RESULT, period_class, status_class


def draw_rankings(
    rows: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> go.Figure:
    """Lạng Sơn's positions among all provinces in each national ranking (selection.rankings rows), 1 at
    the top.

    Where a ranking has a reference history (curated figures), its ranks are the line over the years
    and the ranks read from documents are marks on it (a diamond, no line). From 1 July 2025 Vietnam has
    34 provinces and cities, not 63: a dashed line before the first period after that date says so.
    """
    check_lang(lang)
    words = chart_words(lang)
    fig = go.Figure()
    order = list(dict.fromkeys(rows.sort_values("period_end", kind="stable")["period_label"]))
    # One line per series (pairing.series_key): a line joins only ranks of one kind of period and one
    # status class; another kind, a target or a forecast of the same ranking gets its own unjoined marks.
    # With a reference history, the documents' ranks of a series are marks on its line.
    is_record = rows["_record"].tolist() if "_record" in rows else [False] * len(rows)
    with_record = {i for i, r in zip(rows["indicator_id"], is_record, strict=True) if r}
    series_of = [
        (r["indicator_id"], period_class(r), status_class(r), rec and r["indicator_id"] in with_record)
        for r, rec in zip(rows.to_dict("records"), is_record, strict=True)
    ]
    series_of = [(*k[:3], k[3] or k[0] not in with_record) for k in series_of]  # drawn as a line
    rows = rows.assign(_series=pd.Series(series_of, index=rows.index, dtype="object"))
    colour_of = {i: n for n, i in enumerate(dict.fromkeys(rows["indicator_id"]))}
    main_class: dict[str, str] = {}
    for indicator_id, pc, sc, line in series_of:
        if sc == RESULT and line:
            main_class.setdefault(indicator_id, pc)
    groups = sorted(rows.groupby("_series", sort=False), key=lambda g: (colour_of[g[0][0]], not g[0][3]))
    for key, part in groups:  # a ranking's line, then the documents' marks on it
        indicator_id, pc, sc, line = key
        i = colour_of[indicator_id]
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        symbol = SERIES_SYMBOLS[i % len(SERIES_SYMBOLS)]
        name = indicator_name(indicators, indicator_id, lang)
        abbreviation = acronym(name)
        main = sc == RESULT and main_class.get(indicator_id) == pc
        if not main and line:
            name = f"{name} ({class_title(pc, lang) if sc == RESULT else words[GROUP_NAMES[sc]]})"
        elif not line:
            name = f"{abbreviation or name}: {words['document'].lower()}"
        records = part.to_dict("records")
        derived = [r["basis"] == "derived" for r in records]
        texts = [f"{abbreviation} {row_label(r, lang)}".strip() for r in records]
        marker_symbol = [f"{symbol}-open" if d else symbol for d in derived]
        if sc != RESULT:
            marker_symbol = ["diamond-open"] * len(records)
        elif not line:
            marker_symbol = ["diamond-open" if d else "diamond" for d in derived]
        fig.add_trace(
            go.Scatter(
                x=list(part["period_label"]),
                y=[float(v) for v in part["value"]],
                mode="lines+markers+text" if sc == RESULT and line else "markers+text",
                name=br(html.escape(name), 40),
                text=texts,
                textposition="middle right",
                line={"color": colour, "width": 2, "dash": "solid" if main else "dot"},
                marker={
                    "size": 13 if line else 11,
                    "symbol": marker_symbol,
                    # a document's rank on the record: the ranking's colour, lighter, as a diamond
                    "color": [
                        BACKGROUND if d or sc != RESULT else (colour if line else lighten(colour, 0.5))
                        for d in derived
                    ],
                    "line": {"color": outline_for(colour), "width": 2},
                },
                customdata=[[t] for t in hover_texts(part, indicators, sources, lang)],
                hovertemplate="%{customdata[0]}<extra></extra>",
                meta={
                    "indicator_id": indicator_id,
                    "drawn_as": "result" if sc == RESULT else sc,
                    "series": series_meta(records),
                    "basis": "curated" if indicator_id in with_record and line else "documents",
                    "on_record": indicator_id in with_record and not line,
                },
            )
        )
    if (rows["basis"] == "derived").any():
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=words["derived"],
                marker={"size": 13, "symbol": "circle-open", "color": MUTED_TEXT_COLOUR},
                meta={"basis": "derived", "legend_only": True},
            )
        )
    legend_rows = sum(str(t.name).count("<br>") + 1 for t in fig.data)
    totals = [int(t) for t in rows["out_of"].dropna()] if not rows.empty else []
    fig.update_yaxes(**rank_axis(max(totals) if totals else None), gridcolor=GRID_COLOUR)
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=order, tickangle=0)
    if order:  # room on the right for the last period's label ("PCI 5/34")
        fig.update_xaxes(range=[-0.5, len(order) - 0.5 + 0.4])
    if rows.empty:
        no_data(fig, lang)
    notes = [
        derivation_note(r, indicators, lang) for r in rows.loc[rows["basis"] == "derived"].to_dict("records")
    ]
    notes += conflict_notes(rows, sources, lang)
    total_text = max(totals) if totals else None
    if lang == "vi":
        title = "Lạng Sơn trong các bảng xếp hạng cấp tỉnh"
        subtitle = f"Vị trí trong {total_text} tỉnh, thành phố" if total_text else "Vị trí xếp hạng"
    else:
        title = "Lạng Sơn in the provincial rankings"
        subtitle = f"Position among {total_text} provinces" if total_text else "Position"
    fig = frame_figure(
        fig,
        lang=lang,
        title=title,
        subtitle=f"{subtitle} ({words['best']})",
        sources=sources,
        source_ids=sources_of(rows),
        notes=notes,
        plot_height=340,
        legend_rows=legend_rows,
        legend_orientation="v",
        meta={"stem": "rankings", "period": period_span(rows)},
    )
    _mark_34_provinces(fig, rows, order, lang)
    return fig


PROVINCES_34_FROM = pd.Timestamp("2025-07-01")


def _mark_34_provinces(fig: go.Figure, rows: pd.DataFrame, order: list[str], lang: str) -> None:
    """A dashed vertical line before the first period that ends on or after 1 July 2025, labelled
    "34 tỉnh, thành từ 1/7/2025": ranks before it are among 63 provinces, after it among 34."""
    if rows.empty or "period_end" not in rows:
        return
    ends = pd.to_datetime(rows["period_end"]).groupby(rows["period_label"].astype(str)).max()
    after = [k for k, label in enumerate(order) if ends.get(str(label), pd.NaT) >= PROVINCES_34_FROM]
    if not after:
        return
    x = after[0] - 0.5
    fig.add_shape(
        type="line",
        xref="x",
        yref="paper",
        x0=x,
        x1=x,
        y0=0,
        y1=1,
        line={"color": MUTED_TEXT_COLOUR, "width": 1.5, "dash": "dash"},
        name="provinces_34",
    )
    fig.add_annotation(
        text=html.escape(chart_words(lang)["provinces_34"]),
        xref="x",
        yref="paper",
        x=x,
        y=1,
        xanchor="left" if after[0] == 0 else "right",  # inside the plot: the line is near its right end
        yanchor="bottom",
        xshift=4 if after[0] == 0 else -4,
        showarrow=False,
        font={"size": 11, "color": MUTED_TEXT_COLOUR},
        name="provinces_34",
    )
