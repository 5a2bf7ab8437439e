"""The frame every chart gets: title, subtitle, legend, notes and source line placed in pixels around a
plot area of a known height, the light template, separators and fonts; and the value axes (a rank's with
1 at the top, a bar's with room for its label)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from ui.charts.style import BACKGROUND, FONT_FAMILY, MUTED_TEXT_COLOUR, TEXT_COLOUR
from ui.charts.text import WRAP_NOTE, WRAP_SUBTITLE, WRAP_TITLE, chart_words, source_footer, wrap
from ui.formatting import format_number, is_missing, plotly_separators
from ui.labels import plotly_entities

# px left of the plot area (its value ticks) and right of it, unless a chart needs more (end labels)
MARGIN_LEFT, MARGIN_RIGHT = 56, 24


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
    margin_left: int = MARGIN_LEFT,
    margin_right: int = MARGIN_RIGHT,
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
        # The hover's colours stated: left unset, Streamlit's theme wrote it grey (#808495) on white, 3.7:1.
        "hoverlabel": {
            "bgcolor": BACKGROUND,
            "bordercolor": MUTED_TEXT_COLOUR,
            "font": {"family": FONT_FAMILY, "size": 12, "color": TEXT_COLOUR},
            "align": "left",
        },
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


# A chart's width on a 390 px phone (Streamlit pads the page 16 px each side): what a chart's fixed layout
# is measured against, as charts have one layout at every width.
PHONE_CHART_PX = 358


# A horizontal legend entry as plotly draws it: 8 px indentation (frame_figure), its 30 px symbol and
# 5 px on either side, then its text (about 7 px a character at 12 px); entries 5 px apart.
_LEGEND_ITEM_PX, _LEGEND_CHAR_PX, _LEGEND_GAP_PX = 48, 7, 5


def phone_legend_rows(names: Sequence[str], plot_px: int) -> int:
    """The lines a horizontal legend of these entries (names with their `<br>`s) takes on a phone, where
    the plot area is `plot_px` wide, laid out as plotly does: one row if all entries fit side by side,
    else a grid of columns as wide as the widest entry (one long entry makes every column long)."""
    entries = []
    for name in names:
        lines = html.unescape(re.sub(r"<(?!br>)[^>]*>", "", name)).split("<br>")
        entries.append((_LEGEND_ITEM_PX + _LEGEND_CHAR_PX * max(len(line) for line in lines), len(lines)))
    if not entries:
        return 0
    one_row = sum(w for w, _ in entries) + _LEGEND_GAP_PX * (len(entries) - 1) < plot_px
    column = max(w for w, _ in entries)
    rows: list[int] = []  # the lines of each row
    used = 0
    for width, lines in entries:
        step = (width if one_row else column) + _LEGEND_GAP_PX
        if not rows or used + step - _LEGEND_GAP_PX >= plot_px:
            rows.append(lines)
            used = 0
        else:
            rows[-1] = max(rows[-1], lines)
        used += step
    return sum(rows)


_TICK_CHAR_PX = 6.6  # a digit of a 12 px tick label (Noto Sans: 0.55 em)
_TICK_GAP_PX = 4  # between two tick labels, so that they read as two


def thinned_ticks(texts: Sequence[str], plot_px: float) -> list[str]:
    """Category tick labels that do not run together on a plot `plot_px` wide (a phone's: charts have one
    layout at every width): every k-th written, counted back from the last (the latest period, where the
    eye ends), the others blank -- their places, and the points on them, stay. Thirteen years on a phone
    were "20 20 20": plotly turned each on its end, and the footer cut it."""
    n = len(texts)
    widest = max((len(html.unescape(text)) for text in texts), default=0)
    need = widest * _TICK_CHAR_PX + _TICK_GAP_PX
    step = next((k for k in range(1, n + 1) if k * plot_px / n >= need), n)
    return [text if (n - 1 - i) % step == 0 else "" for i, text in enumerate(texts)]


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


_BAR_LABEL_CHAR_PX = 7  # about one character of a 12 px bar label
_BAR_LABEL_PAD_PX = 8  # plotly's gap between a bar's end and its outside label, and a little air


def label_room(values: Sequence[float], labels: Sequence[str], plot_px: int) -> dict:
    """A horizontal bar axis on which each bar's outside label ("8,06%* (ước tính)") fits beyond the bar
    within a plot `plot_px` wide (a phone's: wider screens have more room), 0 included.

    headroom's fixed 30% left a phone 58 px past the longest bar, and its 17-character label was cut off
    at the chart's edge. The widest label right of 0 sets the room on the right, the widest left of 0 the
    room on the left; the bars keep at least 40% of the width, however long the labels."""
    pairs = [(float(v), str(t)) for v, t in zip(values, labels, strict=True) if not is_missing(v)]
    if not pairs:
        return headroom([])

    def share(text: str) -> float:
        return (len(html.unescape(text)) * _BAR_LABEL_CHAR_PX + _BAR_LABEL_PAD_PX) / plot_px

    right = max((share(t) for v, t in pairs if v >= 0), default=0.0)
    left = max((share(t) for v, t in pairs if v < 0), default=0.0)
    if right + left > 0.6:
        right, left = 0.6 * right / (right + left), 0.6 * left / (right + left)
    high, low = max(max(v for v, _ in pairs), 0.0), min(min(v for v, _ in pairs), 0.0)
    span = (high - low or 1) / (1 - right - left)
    return {"range": [low - left * span, high + right * span], "autorange": False}


def tick_margin(values: Iterable[float], lang: str) -> int:
    """A left margin wide enough for the longest value-axis tick label (about 7 px per character)."""
    top = max((float(v) for v in values if not is_missing(v)), default=0)
    return max(44, 18 + 7 * len(format_number(round(top * 1.2), lang)))
