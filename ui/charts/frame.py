"""The frame every chart gets: title, subtitle, legend, notes and source line placed in pixels around a
plot area of a known height, the light template, separators and fonts; and the value axes (a rank's with
1 at the top, a bar's with room for its label)."""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from ui.charts.style import BACKGROUND, FONT_FAMILY, MUTED_TEXT_COLOUR, TEXT_COLOUR
from ui.charts.text import WRAP_NOTE, WRAP_SUBTITLE, WRAP_TITLE, chart_words, source_footer, wrap
from ui.formatting import format_number, is_missing, plotly_separators
from ui.labels import plotly_entities

_TICK_SPACE = 34  # px between the plot area's bottom and the footer: room for one line of tick labels


# Footnotes and the source line no smaller than the tick labels: at 11 px they were the smallest text on a
# phone's screen, which shows a chart at its own size.
_TITLE_SIZE, _SUBTITLE_SIZE, NOTE_SIZE = 17, 13, 12


_TITLE_LINE, _SUBTITLE_LINE, _NOTE_LINE = 22, 17, 16  # px per line (plotly: 1.3 × font size)


# Measured on kaleido renders: a "bottom"-anchored title's first line rises 16 px above its anchor,
# and a one-line title plus a one-line subtitle reach 28 px below it.
_TITLE_ABOVE_ANCHOR, _TITLE_BELOW_ANCHOR = 16, 28


# plotly's modebar (its toolbar) floats over the figure's top right corner: a band this high above the
# title keeps it off the title on a phone, where the title spans the whole width.
_MODEBAR_PX = 30


def _light_template() -> go.layout.Template:
    """plotly_white as far as 2-D bar and scatter charts use it.

    Naming the whole template deep-copies and validates its 3-D, map and colour-scale parts for every
    figure (a fifth of a chart's build time) and sends them to every browser (most of a figure's JSON);
    none of them applies to these charts, so they look the same without.
    """
    white = pio.templates["plotly_white"]
    layout = {k: v for k, v in white.layout.to_plotly_json().items() if k in _TEMPLATE_LAYOUT}
    data = {kind: getattr(white.data, kind) for kind in ("bar", "scatter")}
    return go.layout.Template(layout=layout, data=data)


_TEMPLATE_LAYOUT = (
    "annotationdefaults", "autotypenumbers", "colorway", "font", "hoverlabel", "hovermode",
    "paper_bgcolor", "plot_bgcolor", "shapedefaults", "title", "xaxis", "yaxis",
)  # fmt: skip


_TEMPLATE = _light_template()


def frame_figure(
    fig: go.Figure,
    *,
    lang: str,
    title: str,
    subtitle: str,
    sources: pd.DataFrame,
    source_ids: Sequence[str],
    notes: Sequence[str] = (),
    plot_height: int = 300,
    legend_rows: int = 0,
    legend_gap: int = 0,
    legend_orientation: str = "h",
    margin_left: int = 56,
    margin_right: int = 24,
    meta: dict | None = None,
) -> go.Figure:
    """Title, subtitle, legend, footnotes and source line, separators, fonts and margins that fit them.

    Everything is placed in pixels from the plot area (paper y=0..1), whose height is exactly
    plot_height, so the layout holds at any width and the source line is never clipped.
    """
    title_lines = wrap(html.escape(title), WRAP_TITLE)
    subtitle_lines = wrap(html.escape(subtitle), WRAP_SUBTITLE)
    note_lines = [line for note in notes if note for line in wrap(note, WRAP_NOTE)]
    source_lines = source_footer(sources, source_ids, lang)
    legend_px = 8 + 20 * legend_rows if legend_rows else 0
    # plotly anchors a "bottom" title by its first line; the other lines and the subtitle hang below.
    title_pad = (
        _TITLE_BELOW_ANCHOR
        + _TITLE_LINE * (len(title_lines) - 1)
        + _SUBTITLE_LINE * (len(subtitle_lines) - 1)
        + legend_px
        + legend_gap
        + 8
    )
    top = title_pad + _TITLE_ABOVE_ANCHOR + 12 + _MODEBAR_PX
    bottom = _TICK_SPACE + _NOTE_LINE * (len(note_lines) + len(source_lines)) + 12
    footer = []
    shift = -_TICK_SPACE
    for name, lines in (("notes", note_lines), ("source", source_lines)):
        if not lines:
            continue
        footer.append(
            {
                "text": "<br>".join(lines),
                "xref": "paper",
                "yref": "paper",
                "x": 0,
                "y": 0,
                "xanchor": "left",
                "yanchor": "top",
                "xshift": 12 - margin_left,
                "yshift": shift,
                "align": "left",
                "showarrow": False,
                "font": {"size": NOTE_SIZE, "color": MUTED_TEXT_COLOUR},
                "name": name,
            }
        )
        shift -= _NOTE_LINE * len(lines)
    layout = fig.layout.to_plotly_json()
    layout.pop("template", None)  # replaced, not merged
    frame = {
        "title": {
            "text": "<br>".join(title_lines),
            "subtitle": {
                "text": "<br>".join(subtitle_lines),
                "font": {"size": _SUBTITLE_SIZE, "color": MUTED_TEXT_COLOUR},
            },
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            "y": 1,
            "yanchor": "bottom",
            "yref": "paper",
            "pad": {"b": title_pad, "l": 12},
            "font": {"size": _TITLE_SIZE, "color": TEXT_COLOUR},
        },
        "separators": plotly_separators(lang),
        "font": {"family": FONT_FAMILY, "size": 12, "color": TEXT_COLOUR},
        "template": _TEMPLATE,
        "paper_bgcolor": BACKGROUND,
        "plot_bgcolor": BACKGROUND,
        "height": plot_height + top + bottom,
        "margin": {"t": top, "b": bottom, "l": margin_left, "r": margin_right, "autoexpand": False},
        "showlegend": legend_rows > 0,
        "legend": {
            "orientation": legend_orientation,
            "x": 0,
            "xanchor": "left",
            "xref": "container",
            "y": 1 + legend_gap / plot_height,
            "yanchor": "bottom",
            "font": {"size": 12},
            "traceorder": "normal",
            "indentation": 8,
        },
        "hoverlabel": {"font": {"family": FONT_FAMILY, "size": 12}, "align": "left"},
        # toolbar_band: the band above the title kept for the on-screen toolbar; files drop it (ui.export).
        "meta": {"lang": lang, "title": title, "toolbar_band": _MODEBAR_PX, **(meta or {})},
        "annotations": [*layout.get("annotations", ()), *footer],
    }
    # One new figure from the merged layout: fig.update_layout walks every nested key through
    # plotly's relayout machinery, some twenty times slower than building the layout at once.
    traces = [plotly_entities(trace.to_plotly_json()) for trace in fig.data]  # `"` shown as `"`, not &quot;
    return go.Figure(data=traces, layout=plotly_entities(_merged(layout, frame)))


def _merged(base: dict, extra: dict) -> dict:
    """`base` updated by `extra` as update_layout would: nested dicts merged, anything else replaced."""
    out = dict(base)
    for key, value in extra.items():
        both = isinstance(value, dict) and isinstance(out.get(key), dict)
        out[key] = _merged(out[key], value) if both else value
    return out


def no_data(fig: go.Figure, lang: str) -> None:
    fig.add_annotation(
        text=chart_words(lang)["no_data"],
        xref="paper",
        yref="paper",
        x=0.5,
        y=0.5,
        showarrow=False,
        font={"size": 14, "color": MUTED_TEXT_COLOUR},
        name="no_data",
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)


def with_missing_years(order: Sequence[str]) -> list[str]:
    """The periods of a category axis, with the years a yearly series lacks put back between its first and
    last: a year with no figure is a visible gap, not a step the axis leaves out (2020 then 2022 drawn side
    by side read as consecutive years). Other periods are left as they are."""
    if not order or not all(len(o) == 4 and o.isdigit() for o in order):
        return list(order)
    years = [int(o) for o in order]
    return [str(y) for y in range(min(years), max(years) + 1)]


def rank_axis(total: int | None) -> dict:
    """A rank axis with 1 at the top; spans all provinces when their number is known."""
    if not total:
        return {"autorange": "reversed", "rangemode": "tozero"}
    ticks = [1, *range(10, total, 10), total]
    if total - ticks[-2] < 4 and len(ticks) > 2:
        ticks.pop(-2)  # "60" crowding "63"
    return {"range": [total + 1, 0], "tickvals": ticks, "autorange": False}


def headroom(values: Iterable[float]) -> dict:
    """A value axis from 0 with room beyond the longest bar for its outside label."""
    finite = [float(v) for v in values if not is_missing(v)]
    top = max(finite, default=0) or 1
    return {"range": [0, top * 1.3], "autorange": False}


def tick_margin(values: Iterable[float], lang: str) -> int:
    """A left margin wide enough for the longest value-axis tick label (about 7 px per character)."""
    top = max((float(v) for v in values if not is_missing(v)), default=0)
    return max(44, 18 + 7 * len(format_number(round(top * 1.2), lang)))
