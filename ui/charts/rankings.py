"""The rankings chart: the province's national ranks over the years, 1 at the top."""

from __future__ import annotations

import html
import re
from typing import NamedTuple

import pandas as pd
import plotly.graph_objects as go

from ui.charts.frame import (
    MARGIN_LEFT,
    NOTE_SIZE,
    PHONE_CHART_PX,
    frame_figure,
    no_data,
    phone_legend_rows,
    rank_axis,
    thinned_ticks,
)
from ui.charts.gaps import broken_at_skipped_years, skipped_year, with_skipped_years, yearly
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
    TEXT_COLOUR,
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
    # A year no ranking has keeps its place on the axis, and a line breaks across the years its ranking
    # skips (ui/charts/gaps.py, as on Indicators): PAR Index 2013 → 2018 is no flat line of ranks nobody
    # published.
    years = yearly(rows.to_dict("records"))
    order = with_skipped_years(
        [str(p) for p in dict.fromkeys(rows.sort_values("period_end", kind="stable")["period_label"])], years
    )
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
    on_line = {  # (indicator, period) → the rank its line draws there
        (r["indicator_id"], str(r["period_label"])): float(r["value"])
        for r, k in zip(rows.to_dict("records"), series_of, strict=True)
        if k[3]
    }
    labels: list[_Label] = []
    names_of: dict[str, str] = {}  # an index's short name → its full name, for the key under the chart
    for key, part in groups:  # a ranking's line, then the documents' marks on it
        indicator_id, pc, sc, line = key
        i = colour_of[indicator_id]
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        symbol = SERIES_SYMBOLS[i % len(SERIES_SYMBOLS)]
        name = indicator_name(indicators, indicator_id, lang)
        abbreviation = acronym(name)
        main = sc == RESULT and main_class.get(indicator_id) == pc
        # An index's line is named by its end label ("PCI 16/63"), its full name in the key under the
        # chart: a legend entry for each index, and one for each index's documents, made ten lines of
        # legend, more than half the chart on a phone. The legend keeps what no end label says.
        labelled = main and line and bool(abbreviation)
        if labelled:
            names_of[abbreviation] = name
        if not main and line:
            name = f"{name} ({class_title(pc, lang) if sc == RESULT else words[GROUP_NAMES[sc]]})"
        elif not line:
            name = f"{abbreviation or name}: {words['document'].lower()}"
        records = part.to_dict("records")
        derived = [r["basis"] == "derived" for r in records]
        texts = [f"{abbreviation} {row_label(r, lang)}".strip() for r in records]
        labels += _labels_of(records, texts, line, order, on_line)
        marker_symbol = [f"{symbol}-open" if d else symbol for d in derived]
        if sc != RESULT:
            marker_symbol = ["diamond-open"] * len(records)
        elif not line:
            marker_symbol = ["diamond-open" if d else "diamond" for d in derived]
        trace = {
            "x": [str(p) for p in part["period_label"]],
            "y": [float(v) for v in part["value"]],
            "mode": "lines+markers" if sc == RESULT and line else "markers",
            "name": br(html.escape(name), 40),
            # (every index's documents' marks share one legend entry, below)
            "showlegend": line and not labelled,
            "text": texts,  # drawn as end labels (_place_labels), so that none overlaps another
            "line": {"color": colour, "width": 2, "dash": "solid" if main else "dot"},
            "marker": {
                "size": 13 if line else 11,
                "symbol": marker_symbol,
                # a document's rank on the record: the ranking's colour, lighter, as a diamond
                "color": [
                    BACKGROUND if d or sc != RESULT else (colour if line else lighten(colour, 0.5))
                    for d in derived
                ],
                "line": {"color": outline_for(colour), "width": 2},
            },
            "customdata": [[t] for t in hover_texts(part, indicators, sources, lang)],
            "hovertemplate": "%{customdata[0]}<extra></extra>",
            "meta": {
                "indicator_id": indicator_id,
                "drawn_as": "result" if sc == RESULT else sc,
                "series": series_meta(records),
                "basis": "curated" if indicator_id in with_record and line else "documents",
                "on_record": indicator_id in with_record and not line,
            },
        }
        fig.add_trace(
            go.Scatter(broken_at_skipped_years(trace, years) if "lines" in trace["mode"] else trace)
        )
    if not all(k[3] for k in series_of):
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name=words["document"],
                marker={
                    "size": 11,
                    "symbol": "diamond",
                    "color": lighten(MUTED_TEXT_COLOUR, 0.5),
                    "line": {"color": MUTED_TEXT_COLOUR, "width": 2},
                },
                meta={"basis": "documents", "legend_only": True},
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
    legend = [str(t.name) for t in fig.data if t.showlegend is not False]
    totals = [int(t) for t in rows["out_of"].dropna()] if not rows.empty else []
    fig.update_yaxes(**rank_axis(max(totals) if totals else None), gridcolor=GRID_COLOUR)
    # The last period's labels hang in the right margin: as wide as the longest, never clipped.
    last = [len(label.text) for label in labels if label.x == len(order) - 1]
    margin_right = max(24, LABEL_GAP + 8 + CHAR_PX * max(last, default=0))
    # As many years as a phone's plot has room for, level: with all thirteen, plotly turned each on its end
    # and the footer cut it to "20".
    ticks = [str(year) if (year := skipped_year(c)) is not None else c for c in order]
    fig.update_xaxes(
        type="category",
        categoryorder="array",
        categoryarray=order,
        tickvals=order,
        ticktext=[html.escape(t) for t in thinned_ticks(ticks, PHONE_CHART_PX - MARGIN_LEFT - margin_right)],
        tickangle=0,
    )
    if order:
        fig.update_xaxes(range=[-0.5, len(order) - 0.5 + 0.15])
    top = max(totals) + 1 if totals else max([float(v) for v in rows["value"]] + [1.0]) + 1
    for annotation in _place_labels(labels, top, PLOT_HEIGHT):
        fig.add_annotation(annotation)
    if rows.empty:
        no_data(fig, lang)
    notes = [index_key(names_of)] if names_of else []
    notes += [
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
        plot_height=PLOT_HEIGHT,
        legend_rows=phone_legend_rows(legend, PHONE_CHART_PX - MARGIN_LEFT - margin_right),
        margin_right=margin_right,
        meta={"stem": "rankings", "period": period_span(rows)},
    )
    _mark_34_provinces(fig, rows, order, lang)
    return fig


def index_key(names_of: dict[str, str]) -> str:
    """ "PCI: Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh; PGI: …": what the short name on each line's end
    label stands for (escaped), so that an exported chart still names its indices in full."""
    parts = []
    for short, full in names_of.items():
        bare = re.sub(rf"\s*\({re.escape(short)}[^)]*\)", "", full).strip()  # "(PCI)" said once, in front
        parts.append(f"{short}: {bare}")
    return html.escape("; ".join(parts))


PLOT_HEIGHT = 340
CHAR_PX = 7  # about the width of one character of a 12 px label
LABEL_PX = 15  # the height a label needs, so that two never touch
LABEL_GAP = 9  # from the mark's centre to its label


class _Label(NamedTuple):
    x: int  # the period's position on the axis
    y: float  # the rank
    text: str


def _labels_of(
    records: list[dict], texts: list[str], line: bool, order: list[str], on_line: dict[tuple[str, str], float]
) -> list[_Label]:
    """Which marks of one trace are labelled: a line's last (its end label: the latest rank, where the eye
    ends), and a document's mark only where it says something the line does not (another rank, or no line
    there). The other ranks are in the hover, the axis and the table: labelling every mark made the labels
    run into one another at phone width."""
    position = {str(p): k for k, p in enumerate(order)}
    points = [
        _Label(position[str(r["period_label"])], float(r["value"]), text)
        for r, text in zip(records, texts, strict=True)
    ]
    if line:
        return [max(points, key=lambda p: p.x)] if points else []
    return [
        p
        for r, p in zip(records, points, strict=True)
        if on_line.get((r["indicator_id"], str(r["period_label"]))) != p.y
    ]


def _place_labels(labels: list[_Label], top: float, plot_height: int) -> list[dict]:
    """Each label right of its mark, moved down (or up, at the bottom) just enough that no two overlap.

    A label is about LABEL_PX high; at phone width one is wider than a period's step, so labels of
    neighbouring periods are kept apart too. Ranks become pixels by the axis: 0 at the top, `top` at the
    bottom of `plot_height`."""
    placed: list[tuple[int, float]] = []  # (period, pixel y of the label's centre)
    out = []
    for label in sorted(labels, key=lambda lb: (lb.x, lb.y)):
        natural = label.y / top * plot_height
        y = natural
        near = sorted(py for px, py in placed if abs(px - label.x) <= 1)
        for py in near:  # downwards past every label it would touch
            if abs(py - y) < LABEL_PX:
                y = py + LABEL_PX
        if y > plot_height:  # no room below: above every label it would touch
            y = natural
            for py in sorted(near, reverse=True):
                if abs(py - y) < LABEL_PX:
                    y = py - LABEL_PX
        placed.append((label.x, y))
        out.append(
            {
                "text": html.escape(label.text),
                "x": label.x,
                "y": label.y,
                "xref": "x",
                "yref": "y",
                "xanchor": "left",
                "yanchor": "middle",
                "xshift": LABEL_GAP,
                "yshift": natural - y,  # plotly's yshift is upwards
                "showarrow": False,
                "font": {"size": 12, "color": TEXT_COLOUR},
                "name": "rank_label",
            }
        )
    return out


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
        font={"size": NOTE_SIZE, "color": MUTED_TEXT_COLOUR},
        name="provinces_34",
    )
