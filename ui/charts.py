"""Chart builders: DataFrame → go.Figure, each carrying its title, units, notes and source line.

A chart never travels without its source: the "Nguồn: …" line is an annotation inside the figure, so
an exported PNG is citable on its own. Reported values are solid; derived ones are lighter AND
hatched, with a footnote giving the arithmetic. All text that may come from a document is escaped
(plotly reads <b>, <br> and <a> in any string it draws).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.subplots import make_subplots

from ui.formatting import (
    check_lang,
    format_change,
    format_number,
    format_value,
    is_missing,
    plotly_separators,
)
from ui.i18n import t
from ui.labels import (
    derivation_note,
    figure_notes,
    figure_period_text,
    indicator_info,
    indicator_name,
    period_tick,
    plotly_entities,
    shorten_words,
    source_parts,
    unit_line,
    value_text,
)
from ui.pairing import (
    FORECAST,
    RESULT,
    TARGET,
    panel_key,
    percent_of_plan,
    period_class,
    plan_for,
    status_class,
)
from ui.selection import admin_reductions, one_per_period, rankings, record_and_documents, then_and_now

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}
REPORTED_COLOUR = OKABE_ITO["blue"]
RECORD_COLOUR = OKABE_ITO["blue"]  # the reference history: the line through time
DOCUMENT_COLOUR = OKABE_ITO["vermillion"]  # figures read from documents, drawn on the record as marks
# How each basis is drawn where a chart tells them apart: every basis the dataset knows has an entry, so
# a curated figure never meets a KeyError (ui.labels names them).
BASIS_STYLE = {
    "reported": {"colour": REPORTED_COLOUR, "symbol": "circle"},
    "derived": {"colour": REPORTED_COLOUR, "symbol": "circle-open"},
    "curated": {"colour": RECORD_COLOUR, "symbol": "circle"},
}
DONE_COLOUR = OKABE_ITO["bluish_green"]
PLANNED_COLOUR = OKABE_ITO["orange"]
# Yellow is left out of series colours: too faint on white for a line or a marker.
SERIES_COLOURS = tuple(
    OKABE_ITO[k] for k in ("blue", "vermillion", "bluish_green", "reddish_purple", "orange")
)
SERIES_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x")
DERIVED_PATTERN = "/"
PLANNED_PATTERN = "."
ESTIMATE_PATTERN = "."  # an estimate or a preliminary figure: dotted, beside solid final figures
BACKGROUND = "#FFFFFF"
TEXT_COLOUR = "#222222"
MUTED_TEXT_COLOUR = "#4D4D4D"  # source line and notes: still 8:1 on white
GRID_COLOUR = "#E5E5E5"
FONT_FAMILY = "Noto Sans, DejaVu Sans, sans-serif"  # both cover Vietnamese diacritics

# Characters per line that fit a phone-width (390 px) chart: title 17 px, subtitle 13 px, notes 11 px.
_WRAP_TITLE, _WRAP_SUBTITLE, _WRAP_NOTE = 40, 48, 56
_TICK_SPACE = 34  # px between the plot area's bottom and the footer: room for one line of tick labels
_TITLE_SIZE, _SUBTITLE_SIZE = 17, 13
_TITLE_LINE, _SUBTITLE_LINE, _NOTE_LINE = 22, 17, 15  # px per line (plotly: 1.3 × font size)
# Measured on kaleido renders: a "bottom"-anchored title's first line rises 16 px above its anchor,
# and a one-line title plus a one-line subtitle reach 28 px below it.
_TITLE_ABOVE_ANCHOR, _TITLE_BELOW_ANCHOR = 16, 28
# plotly's modebar (its toolbar) floats over the figure's top right corner: a band this high above the
# title keeps it off the title on a phone, where the title spans the whole width.
_MODEBAR_PX = 30
_COMPARISON_LEFT = 84  # px for the period labels ("2015–2020") on the comparison panels
_ACRONYM = re.compile(r"\(([A-Z]{2,6})\)")


# --- Colour --------------------------------------------------------------------------------------


def _rgb(colour: str) -> tuple[float, float, float]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: Iterable[float]) -> str:
    return "#" + "".join(f"{round(min(max(c, 0), 1) * 255):02X}" for c in rgb)


def lighten(colour: str, amount: float = 0.6) -> str:
    """The colour mixed with white (amount 0 = unchanged, 1 = white)."""
    return _hex(c + (1 - c) * amount for c in _rgb(colour))


def darken(colour: str, amount: float) -> str:
    """The colour mixed with black."""
    return _hex(c * (1 - amount) for c in _rgb(colour))


def contrast_ratio(foreground: str, background: str = BACKGROUND) -> float:
    """WCAG 2 contrast ratio between two hex colours (1 to 21)."""

    def luminance(colour: str) -> float:
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _rgb(colour)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def outline_for(colour: str, minimum: float = 3.0) -> str:
    """An outline dark enough (WCAG 3:1 for graphics) to show the shape of a pale mark on white."""
    amount = 0.0
    while contrast_ratio(darken(colour, amount)) < minimum and amount < 1:
        amount += 0.05
    return darken(colour, amount)


# --- Text ----------------------------------------------------------------------------------------


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap of (already escaped) text into lines of at most `width` characters."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in filter(None, paragraph.split(" ")):  # only plain spaces: a no-break space holds
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return [ln for ln in lines if ln] or [""]


def _br(text: str, width: int) -> str:
    return "<br>".join(wrap(text, width))


def _short(text: str, limit: int) -> str:
    return shorten_words(text, limit)


def _acronym(name: str) -> str:
    match = _ACRONYM.search(name)
    return match.group(1) if match else ""


def _split_ids(value) -> list[str]:
    return [] if is_missing(value) else [s for s in str(value).split("\n") if s]


def _sources_of(rows: pd.DataFrame) -> list[str]:
    ids: list[str] = []
    for col in ("source_ids", "other_source_ids", "source_ids_a", "source_ids_b"):
        if col in rows:
            for value in rows[col]:
                ids.extend(_split_ids(value))
    if not ids and "source_id" in rows:
        ids = [str(s) for s in rows["source_id"]]
    return list(dict.fromkeys(ids))


def _words(lang: str) -> dict[str, str]:
    vi = check_lang(lang) == "vi"
    return {
        "reported": "Báo cáo" if vi else "Reported",
        "derived": "Suy ra" if vi else "Derived",
        "curated": t("basis_curated", lang),
        "reference": "tham chiếu" if vi else "curated",
        "record": "Số liệu tham chiếu" if vi else "Reference record (curated)",
        "document": "Số liệu trong văn bản" if vi else "Figure in a document",
        "document_estimate": "Ước tính trong văn bản, báo chí"
        if vi
        else "Estimate in a document or the press",
        "provinces_34": "34 tỉnh, thành từ 1/7/2025" if vi else "34 provinces from 1 July 2025",
        "estimate": t("series_estimate", lang),
        "done": "Đã thực hiện" if vi else "Done",
        "planned": t("series_target", lang),
        "forecast": t("series_forecast", lang),
        "source": "Nguồn" if vi else "Source",
        "no_data": "Chưa có số liệu" if vi else "No figures yet",
        "other": "Nguồn khác ghi" if vi else "Another source gives",
        "unit": "Đơn vị" if vi else "Unit",
        "count": "Số lượng" if vi else "Number",
        "best": "1 = cao nhất" if vi else "1 = best",
        "cited": "Trích dẫn" if vi else "Cited at",
    }


def _source_footer(sources: pd.DataFrame, source_ids: Sequence[str], lang: str) -> list[str]:
    """The source line as wrapped lines, one source per line when they do not fit together."""
    parts = source_parts(sources, source_ids, lang)
    vi = lang == "vi"
    if not parts:
        return [f"{_words(lang)['source']}: " + ("không rõ" if vi else "unknown")]
    head = "Nguồn" if vi else ("Sources" if len(parts) > 1 else "Source")
    return wrap(f"{head}: " + "; ".join(parts), _WRAP_NOTE)


# --- Frame ---------------------------------------------------------------------------------------


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


def _frame(
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
    meta: dict | None = None,
) -> go.Figure:
    """Title, subtitle, legend, footnotes and source line, separators, fonts and margins that fit them.

    Everything is placed in pixels from the plot area (paper y=0..1), whose height is exactly
    plot_height, so the layout holds at any width and the source line is never clipped.
    """
    title_lines = wrap(html.escape(title), _WRAP_TITLE)
    subtitle_lines = wrap(html.escape(subtitle), _WRAP_SUBTITLE)
    note_lines = [line for note in notes if note for line in wrap(note, _WRAP_NOTE)]
    source_lines = _source_footer(sources, source_ids, lang)
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
                "font": {"size": 11, "color": MUTED_TEXT_COLOUR},
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
        "margin": {"t": top, "b": bottom, "l": margin_left, "r": 24, "autoexpand": False},
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


def _no_data(fig: go.Figure, lang: str) -> None:
    fig.add_annotation(
        text=_words(lang)["no_data"],
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


def _hover(rows: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[str]:
    """One escaped hover text per row: period, value as written, what it is, source and a short quote."""
    words = _words(lang)
    texts = []
    records = rows.to_dict("records")
    for i, row in enumerate(records):
        lines = [f"<b>{html.escape(figure_period_text(row, lang))}</b>", html.escape(_value_text(row, lang))]
        notes = figure_notes(row, lang, indicators)
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
                value, row["unit"], lang, rank_of=_rank_of(row), decimals=row.get("decimals")
            )
            lines.append(t("revised_from", lang, status=t(f"fig_status_{status}", lang), value=earlier))
        for value in row.get("other_values") or []:
            other = format_value(
                value, row["unit"], lang, rank_of=_rank_of(row), decimals=row.get("decimals")
            )
            lines.append(f"{words['other']}: {other}")
        ids = _split_ids(row.get("source_ids")) or [row["source_id"]]
        if row.get("basis") == "curated":
            lines.extend(_citation_lines(sources, ids, lang))
        else:
            parts = source_parts(sources, ids, lang)
            lines.extend(f"{words['source']}: {p}" for p in parts[:2])
        locator = row.get("locator")
        if not is_missing(locator) and str(locator).strip():
            lines.append(f"{words['cited']}: {html.escape(_short(str(locator), 80))}")
        quote_raw = row.get("quote")
        quote = "" if is_missing(quote_raw) else html.escape(_short(quote_raw, 150))
        if quote:
            lines.extend(wrap(f"“{quote}”", 50))
        texts.append("<br>".join(lines))
    return texts


def _citation_lines(sources: pd.DataFrame, source_ids: Sequence[str], lang: str) -> list[str]:
    """A curated figure's citation, escaped: "Nguồn: VCCI, 07/05/2024 (tham chiếu)" and its page's title
    shortened at a word, for each cited page (at most two)."""
    words = _words(lang)
    by_id = {str(r["source_id"]): r for r in sources.to_dict("records")} if "source_id" in sources else {}
    lines = []
    for part, sid in zip(source_parts(sources, source_ids, lang), dict.fromkeys(source_ids), strict=False):
        lines.append(f"{words['source']}: {part} ({words['reference']})")
        title = by_id.get(str(sid), {}).get("title")
        if not is_missing(title) and str(title).strip():
            lines.append(html.escape(_short(str(title), 70)))
        if len(lines) >= 4:
            break
    return lines


def _rank_of(row: dict) -> int | None:
    value = row.get("rank_of")
    if is_missing(value):
        value = row.get("out_of")
    return None if is_missing(value) else int(value)


def _value_text(row: dict, lang: str) -> str:
    return value_text(row, lang)


def _derived_notes(rows: pd.DataFrame, indicators: pd.DataFrame, lang: str) -> list[str]:
    derived = rows.loc[rows["basis"] == "derived"]
    return [derivation_note(r, indicators, lang) for r in derived.to_dict("records")]


def _mark_label(
    value: float,
    unit: str,
    lang: str,
    rank_of: int | None = None,
    approximate: bool = False,
    decimals: int | None = None,
) -> str:
    """The short label drawn on a bar or point: the unit is in the subtitle, so only %, ranks keep theirs."""
    if unit in ("percent", "rank"):
        text = format_value(value, unit, lang, rank_of=rank_of, decimals=decimals)
    else:
        text = format_number(value, lang, None if is_missing(decimals) else int(decimals))
    return f"~{text}" if approximate else text


def _row_label(row: dict, lang: str) -> str:
    label = _mark_label(
        row["value"], row["unit"], lang, _rank_of(row), bool(row.get("approximate")), row.get("decimals")
    )
    return label + ("*" if row.get("other_values") else "")


def _conflict_notes(rows: pd.DataFrame, sources: pd.DataFrame, lang: str) -> list[str]:
    notes = []
    for row in rows.to_dict("records"):
        for status, value, source_id in row.get("revised_from") or []:
            earlier = format_value(
                value, row["unit"], lang, rank_of=_rank_of(row), decimals=row.get("decimals")
            )
            who = "; ".join(source_parts(sources, [source_id], lang))
            period = html.escape(figure_period_text(row, lang))
            text = t("revised_from", lang, status=t(f"fig_status_{status}", lang), value=earlier)
            notes.append(f"{period}: {text} ({who}).")
        if not row.get("other_values"):
            continue
        values = ", ".join(
            format_value(v, row["unit"], lang, rank_of=_rank_of(row), decimals=row.get("decimals"))
            for v in row["other_values"]
        )
        who = "; ".join(source_parts(sources, _split_ids(row.get("other_source_ids")), lang))
        period = html.escape(figure_period_text(row, lang))
        if lang == "vi":
            notes.append(f"* {period}: nguồn khác ghi {values} ({who}).")
        else:
            notes.append(f"* {period}: another source gives {values} ({who}).")
    return notes


def _rank_axis(total: int | None) -> dict:
    """A rank axis with 1 at the top; spans all provinces when their number is known."""
    if not total:
        return {"autorange": "reversed", "rangemode": "tozero"}
    ticks = [1, *range(10, total, 10), total]
    if total - ticks[-2] < 4 and len(ticks) > 2:
        ticks.pop(-2)  # "60" crowding "63"
    return {"range": [total + 1, 0], "tickvals": ticks, "autorange": False}


def _headroom(values: Iterable[float]) -> dict:
    """A value axis from 0 with room beyond the longest bar for its outside label."""
    finite = [float(v) for v in values if not is_missing(v)]
    top = max(finite, default=0) or 1
    return {"range": [0, top * 1.3], "autorange": False}


def _tick_margin(values: Iterable[float], lang: str) -> int:
    """A left margin wide enough for the longest value-axis tick label (about 7 px per character)."""
    top = max((float(v) for v in values if not is_missing(v)), default=0)
    return max(44, 18 + 7 * len(format_number(round(top * 1.2), lang)))


def _bar_style(colour: str, derived: bool, pattern: str = "") -> dict:
    if derived:
        return {
            "color": lighten(colour),
            "pattern": {"shape": DERIVED_PATTERN, "fgcolor": colour, "solidity": 0.3},
            "line": {"color": outline_for(colour), "width": 1},
        }
    style = {"color": colour, "line": {"color": outline_for(colour), "width": 1}}
    if pattern:
        style["pattern"] = {"shape": pattern, "fgcolor": outline_for(colour), "solidity": 0.2}
    return style


def _unit_subtitle(
    indicators: pd.DataFrame,
    indicator_id: str,
    unit: str,
    total: int | None,
    lang: str,
    price_basis: str | None = None,
) -> str:
    words = _words(lang)
    if unit == "rank":
        if total:
            where = f"trong {total} tỉnh, thành phố" if lang == "vi" else f"among {total} provinces"
            return (f"Thứ hạng {where}" if lang == "vi" else f"Position {where}") + f" ({words['best']})"
        return ("Thứ hạng" if lang == "vi" else "Rank") + f" ({words['best']})"
    return unit_line(indicators, indicator_id, lang, price_basis)


def _panel_title(
    indicators: pd.DataFrame, indicator_id: str, change: float, rel_change: float | None, unit: str, lang: str
) -> str:
    """ "Name: +1,5 điểm %" or "Name: +11,16 triệu đồng (+29,3%)": escaped, wrapped, the change unbroken."""
    name = html.escape(indicator_name(indicators, indicator_id, lang))
    if is_missing(change):
        return _br(name, _WRAP_SUBTITLE)
    text = format_change(
        change, unit, lang, decimals=indicator_info(indicators, indicator_id).get("decimals")
    )
    if not is_missing(rel_change):
        text += f" ({format_change(rel_change, unit, lang, relative=True)})"
    return _br(f"{name}: " + text.replace(" ", "\u00a0"), _WRAP_SUBTITLE)


def _period_span(rows: pd.DataFrame) -> str | None:
    if rows.empty:
        return None
    first, last = pd.Timestamp(rows["period_start"].min()).year, pd.Timestamp(rows["period_end"].max()).year
    return str(first) if first == last else f"{first}–{last}"


def _total(info: dict) -> int | None:
    total = info.get("national_total")
    return None if is_missing(total) else int(total)


# --- Builders ------------------------------------------------------------------------------------


def _series_meta(rows: Iterable[Mapping]) -> list[list[str]]:
    """Per point: [indicator_id, period class, status class] (what tests check like-with-like on)."""
    return [[str(r["indicator_id"]), panel_key(r), status_class(r)] for r in rows]


def _class_title(key: str, lang: str) -> str:
    """A panel's title for a panel key ("Theo năm", "Lũy kế tháng 1–9", "Theo năm · giá so sánh 2010")."""
    key, *extra = key.split("|")
    title = _period_class_title(key, lang)
    for word in extra:
        title += " · " + (t(f"price_{word}", lang) if word in ("current", "constant_2010") else word)
    return title


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


def _panel_order(key: str) -> tuple[int, str]:
    """Panels top to bottom: years, running totals, half-years, quarters, months, multi-year periods."""
    kind = key.partition("|")[0].partition(":")[0]  # "year|constant_2010" is a year panel
    return (_KIND_ORDER.index(kind) if kind in _KIND_ORDER else len(_KIND_ORDER), key)


def _result_group(row: Mapping) -> str:
    if row["basis"] == "derived":
        return "derived"
    if row.get("status") in ("estimate", "preliminary"):
        return "estimate"
    return "reported"


_GROUP_NAMES = {
    "record": "record",
    "reported": "reported",
    "derived": "derived",
    "estimate": "estimate",
    "target": "planned",
    "forecast": "forecast",
}


_GROUPS = ("record", "reported", "estimate", "derived", TARGET, FORECAST)
_MARK_NAMES = {"reported": "document", "estimate": "document_estimate", "derived": "derived"}
_MARK_SYMBOLS = {"reported": "diamond", "estimate": "diamond-open", "derived": "circle-open"}


def _plan_notes(rows: pd.DataFrame, indicators: pd.DataFrame, lang: str) -> list[str]:
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


def indicator_chart(
    figures: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, indicator_id: str, lang: str
) -> go.Figure:
    """One indicator across its periods, like with like: one panel per kind of period.

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
    words = _words(lang)
    mine_rows = figures.loc[figures["indicator_id"] == indicator_id]
    with_record = bool(mine_rows["basis"].eq("curated").any())
    rows = record_and_documents(mine_rows) if with_record else one_per_period(mine_rows)
    info = indicator_info(indicators, indicator_id)
    unit = info.get("unit") or (rows["unit"].iloc[0] if not rows.empty else "count")
    total = _total(info)
    records = rows.to_dict("records")
    classes = [panel_key(r) for r in records]
    panel_keys = sorted(dict.fromkeys(classes), key=_panel_order)
    n = max(len(panel_keys), 1)
    multi = n > 1
    panel = 300 if not multi else 220
    gap = 0 if not multi else 72
    plot_height = panel * n + gap * (n - 1)
    hovers = _hover(rows, indicators, sources, lang)
    traces: list[dict] = []
    layout: dict = {"barmode": "overlay", "bargap": 0.35, "annotations": []}
    shown: set[str] = set()
    for p, key in enumerate(panel_keys):
        axis = "" if p == 0 else str(p + 1)
        mine = [i for i, c in enumerate(classes) if c == key]
        order = list(dict.fromkeys(str(records[i]["period_label"]) for i in mine))
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
            name = words[_MARK_NAMES[group] if with_record and group in _MARK_NAMES else _GROUP_NAMES[group]]
            trace = {
                "x": [str(r["period_label"]) for r in part],
                "y": [float(r["value"]) for r in part],
                "xaxis": f"x{axis}",
                "yaxis": f"y{axis}",
                "name": name,
                "legendgroup": group,
                "showlegend": group not in shown,
                "text": [_row_label(r, lang) for r in part],
                "customdata": [[hovers[i]] for i in members],
                "hovertemplate": "%{customdata[0]}<extra></extra>",
                "meta": {
                    "basis": {"derived": "derived", "record": "curated"}.get(group, "reported"),
                    "group": group,
                    "drawn_as": group if group in (TARGET, FORECAST) else "result",
                    "series": _series_meta(part),
                },
                "legendrank": _GROUPS.index(group) + 1,
            }
            shown.add(group)
            if group == "record":
                style = BASIS_STYLE["curated"]
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
                trace["meta"]["on_record"] = True
                trace |= {
                    "type": "scatter",
                    "mode": "markers",
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
                        "size": 26 if unit != "rank" else 16,
                        "symbol": "line-ew-open" if unit != "rank" else "diamond-open",
                        "color": colour,
                        "line": {"color": outline_for(colour), "width": 3},
                    },
                    "textfont": {"color": outline_for(colour)},
                }
            elif unit == "rank":
                derived = group == "derived"
                trace |= {
                    "type": "scatter",
                    "mode": "markers+text",
                    "textposition": "middle right",
                    "marker": {
                        "size": 14,
                        "color": BACKGROUND if derived else REPORTED_COLOUR,
                        "symbol": "circle-open" if derived else "circle",
                        "line": {"color": REPORTED_COLOUR, "width": 2},
                    },
                }
            else:
                marker = _bar_style(REPORTED_COLOUR, group == "derived")
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
        ticks = {str(records[i]["period_label"]): period_tick(records[i], lang) for i in mine}
        layout[f"xaxis{axis}"] = {
            "anchor": f"y{axis}",
            "type": "category",
            "categoryorder": "array",
            "categoryarray": order,
            "tickangle": 0,
            # the labels as the reader says them ("quý I/2025", "9 tháng đầu năm 2025")
            "tickvals": order,
            "ticktext": [html.escape(ticks[label]) for label in order],
        }
        values = [float(records[i]["value"]) for i in mine]
        value_axis = (
            _rank_axis(total)
            if unit == "rank"
            else {
                "rangemode": "tozero",
                "gridcolor": GRID_COLOUR,
                "tickformat": ",~f",
                # room above the highest mark for its label (a target's sits above its tick)
                **(_headroom(values) if min(values, default=0) >= 0 else {}),
            }
        )
        layout[f"yaxis{axis}"] = {
            "anchor": f"x{axis}",
            "domain": [max(top - panel / plot_height, 0), top],
            **value_axis,
        }
        if multi:
            layout["annotations"].append(
                {
                    "text": html.escape(_class_title(key, lang)),
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
        _no_data(fig, lang)
    notes = (
        _plan_notes(rows, indicators, lang)
        + _derived_notes(rows, indicators, lang)
        + _conflict_notes(rows, sources, lang)
    )
    prices = [p for p in dict.fromkeys(rows["price_basis"].dropna()) if p] if not rows.empty else []
    return _frame(
        fig,
        lang=lang,
        title=indicator_name(indicators, indicator_id, lang),
        subtitle=_unit_subtitle(
            indicators, indicator_id, unit, total, lang, prices[0] if len(prices) == 1 else None
        ),
        sources=sources,
        source_ids=_sources_of(rows),
        notes=notes,
        plot_height=plot_height,
        # More than two entries wrap on a phone: one per line then, so the frame can make room.
        legend_rows=(len(shown) if len(shown) > 2 else 1) if len(shown) > 1 else 0,
        legend_orientation="v" if len(shown) > 2 else "h",
        legend_gap=22 if multi else 0,
        margin_left=_tick_margin(rows["value"], lang),
        meta={"stem": indicator_id, "period": _period_span(rows), "indicator_id": indicator_id},
    )


def comparison_chart(
    comparison: pd.DataFrame,
    indicators: pd.DataFrame,
    sources: pd.DataFrame,
    lang: str,
    period_a: str,
    period_b: str,
) -> go.Figure:
    """Each indicator in two periods, one small panel per indicator (units differ between them)."""
    check_lang(lang)
    words = _words(lang)
    if "comparable" in comparison:
        # Only comparable pairs are drawn (pairing.pair_problem); the others are named in the notes.
        skipped = comparison.loc[~comparison["comparable"].astype(bool)]
        comparison = comparison.loc[comparison["comparable"].astype(bool)]
    else:
        skipped = comparison.iloc[0:0]
    rows = comparison.reset_index(drop=True)
    n = max(len(rows), 1)
    titles = [
        _panel_title(
            indicators, row["indicator_id"], row["abs_change"], row.get("rel_change"), row["unit"], lang
        )
        for row in rows.to_dict("records")
    ]
    panel = 120  # px per indicator panel, plus room between panels for tick labels and the next title
    gap = 64 + 15 * max((t.count("<br>") for t in titles), default=0)
    plot_height = panel * n + gap * (n - 1)
    spacing = gap / plot_height if n > 1 else 0
    fig = make_subplots(rows=n, cols=1, subplot_titles=titles or None, vertical_spacing=spacing)
    shown: set[str] = set()
    notes: list[str] = []
    for i, row in enumerate(rows.to_dict("records"), start=1):
        info = indicator_info(indicators, row["indicator_id"])
        total = _total(info)
        for label, suffix in ((period_a, "a"), (period_b, "b")):
            value = row[f"value_{suffix}"]
            if is_missing(value):
                continue
            basis = "derived" if row[f"basis_{suffix}"] == "derived" else "reported"
            derived = basis == "derived"
            rank_of = row.get(f"rank_of_{suffix}")
            rank_of = total if is_missing(rank_of) else int(rank_of)
            text = _mark_label(value, row["unit"], lang, rank_of, decimals=info.get("decimals"))
            full = html.escape(
                format_value(value, row["unit"], lang, rank_of=rank_of, decimals=info.get("decimals"))
            )
            figure = row.get(f"row_{suffix}")
            what: list[str] = []
            if isinstance(figure, dict):  # what the figure is: its bound, status, aggregate…
                figure = {**figure, "out_of": rank_of}
                text = _row_label(figure, lang)
                full = html.escape(value_text(figure, lang))
                what = figure_notes(figure, lang, indicators)
                if figure.get("status") in ("estimate", "preliminary"):
                    text += f" ({what[0]})"
            hover = f"<b>{html.escape(str(label))}</b><br>{full}"
            if what:
                hover += "<br>" + html.escape(" · ".join(what))
            if derived:
                note = derivation_note(
                    {
                        "basis": "derived",
                        "indicator_id": row["indicator_id"],
                        "derivation": row[f"derivation_{suffix}"],
                        "period_label": label,
                    },
                    indicators,
                    lang,
                )
                notes.append(note)
                hover += f"<br>{words['derived']}"
            common = {
                "y": [str(label)],
                "x": [float(value)],
                "name": words[basis],
                "legendgroup": basis,
                "legendrank": 1 if basis == "reported" else 2,
                "showlegend": basis not in shown,
                "text": [text],
                "customdata": [[hover]],
                "hovertemplate": "%{customdata[0]}<extra></extra>",
                "meta": {
                    "basis": basis,
                    "indicator_id": row["indicator_id"],
                    "drawn_as": "result",
                    "series": _series_meta([row[f"row_{suffix}"]])
                    if isinstance(row.get(f"row_{suffix}"), dict)
                    else [],
                },
            }
            shown.add(basis)
            if row["unit"] == "rank":
                marker = {
                    "size": 13,
                    "color": BACKGROUND if derived else REPORTED_COLOUR,
                    "symbol": "circle-open" if derived else "circle",
                    "line": {"color": REPORTED_COLOUR, "width": 2},
                }
                trace = go.Scatter(mode="markers+text", textposition="middle left", marker=marker, **common)
            else:
                trace = go.Bar(
                    orientation="h",
                    marker=_bar_style(REPORTED_COLOUR, derived),
                    textposition="outside",
                    cliponaxis=False,
                    **common,
                )
            fig.add_trace(trace, row=i, col=1)
        axis = {"row": i, "col": 1}
        fig.update_yaxes(
            type="category",
            categoryorder="array",
            categoryarray=[period_b, period_a],
            automargin=False,
            **axis,
        )
        if row["unit"] == "rank":
            fig.update_xaxes(**_rank_axis(total), **axis)
        else:
            fig.update_xaxes(**_headroom([row["value_a"], row["value_b"]]), gridcolor=GRID_COLOUR, **axis)
    fig.update_layout(barmode="overlay", bargap=0.3)
    # panel titles: left-aligned with the chart title rather than centred over each panel
    fig.update_annotations(
        font={"size": 13, "color": TEXT_COLOUR},
        xanchor="left",
        x=0,
        xshift=12 - _COMPARISON_LEFT,
        align="left",
    )
    if rows.empty:
        _no_data(fig, lang)
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
    return _frame(
        fig,
        lang=lang,
        title=title,
        subtitle=subtitle,
        sources=sources,
        source_ids=_sources_of(rows),
        notes=notes,
        plot_height=plot_height,
        legend_rows=1 if len(shown) > 1 else 0,
        legend_gap=8 + 15 * (titles[0].count("<br>") + 1) if titles else 0,
        margin_left=_COMPARISON_LEFT,
        meta={"stem": "comparison", "period": f"{period_a}_{period_b}"},
    )


def headline_chart(
    figures: pd.DataFrame,
    indicators: pd.DataFrame,
    sources: pd.DataFrame,
    indicator_ids: Sequence[str],
    lang: str,
) -> go.Figure:
    """The headline indicators' latest period against the one before: one small panel per indicator.

    The pairs are the ones the Overview's cards compare (selection.then_and_now). The panels are
    placed by hand: make_subplots would cost more than the rest of the chart.
    """
    check_lang(lang)
    words = _words(lang)
    rows = then_and_now(figures, indicator_ids)
    pairs = [part.to_dict("records") for _, part in rows.groupby("indicator_id", sort=False)]
    titles = [
        _panel_title(indicators, p[1]["indicator_id"], p[1]["change"], p[1]["rel_change"], p[1]["unit"], lang)
        for p in pairs
    ]
    hovers = iter(_hover(rows, indicators, sources, lang))
    labels = [str(label) for label in rows["period_label"]]
    margin_left = max(_COMPARISON_LEFT, 20 + 7 * max(map(len, labels), default=0))
    panel = 96  # px per indicator panel (two bars), plus room for tick labels and the next title
    gap = 64 + 15 * max((t.count("<br>") for t in titles), default=0)
    n = max(len(pairs), 1)
    plot_height = panel * n + gap * (n - 1)
    layout: dict = {"barmode": "overlay", "bargap": 0.3, "annotations": []}
    traces: list[dict] = []
    shown: set[str] = set()
    for i, (pair, title) in enumerate(zip(pairs, titles, strict=True)):
        axis = "" if i == 0 else str(i + 1)
        top = 1 - i * (panel + gap) / plot_height
        unit = pair[1]["unit"]
        total = _rank_of(pair[1]) or _total(indicator_info(indicators, pair[1]["indicator_id"]))
        for row in pair:
            basis = "derived" if row["basis"] == "derived" else "reported"  # curated: a stated figure
            derived = basis == "derived"
            trace = {
                "x": [float(row["value"])],
                "y": [str(row["period_label"])],
                "xaxis": f"x{axis}",
                "yaxis": f"y{axis}",
                "name": words[basis],
                "legendgroup": basis,
                "legendrank": 1 if basis == "reported" else 2,
                "showlegend": basis not in shown,
                "text": [_row_label(row, lang)],
                "customdata": [[next(hovers)]],
                "hovertemplate": "%{customdata[0]}<extra></extra>",
                "meta": {
                    "basis": basis,
                    "indicator_id": row["indicator_id"],
                    "role": row["role"],
                    "drawn_as": "result",
                    "series": _series_meta([row]),
                },
            }
            shown.add(basis)
            if unit == "rank":
                trace |= {
                    "type": "scatter",
                    "mode": "markers+text",
                    "textposition": "middle left",
                    "marker": {
                        "size": 13,
                        "color": BACKGROUND if derived else REPORTED_COLOUR,
                        "symbol": "circle-open" if derived else "circle",
                        "line": {"color": REPORTED_COLOUR, "width": 2},
                    },
                }
            else:
                trace |= {
                    "type": "bar",
                    "orientation": "h",
                    "marker": _bar_style(REPORTED_COLOUR, derived),
                    "textposition": "outside",
                    "cliponaxis": False,
                }
            traces.append(trace)
        value_axis = _rank_axis(total) if unit == "rank" else _headroom([r["value"] for r in pair])
        layout[f"xaxis{axis}"] = {"anchor": f"y{axis}", "gridcolor": GRID_COLOUR, **value_axis}
        layout[f"yaxis{axis}"] = {
            "anchor": f"x{axis}",
            "domain": [max(top - panel / plot_height, 0), top],
            "type": "category",
            "categoryorder": "array",
            "categoryarray": [str(pair[1]["period_label"]), str(pair[0]["period_label"])],  # earlier on top
            "automargin": False,
        }
        layout["annotations"].append(
            {
                "text": title,
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
    if rows.empty:
        _no_data(fig, lang)
    notes = _derived_notes(rows, indicators, lang) + _conflict_notes(rows, sources, lang)
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
    return _frame(
        fig,
        lang=lang,
        title=title,
        subtitle=f"{subtitle}; {derived_words}" if derived_words else subtitle,
        sources=sources,
        source_ids=_sources_of(rows),
        notes=notes,
        plot_height=plot_height if pairs else 120,
        legend_rows=1 if len(shown) > 1 else 0,
        legend_gap=8 + 15 * (titles[0].count("<br>") + 1) if titles else 0,
        margin_left=margin_left,
        meta={"stem": "overview", "period": _period_span(rows)},
    )


def admin_units_chart(
    figures: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> go.Figure:
    """Administrative units merged or cut, by level: what was done and what is planned.

    Each bar's label sits above it rather than on the axis, so long names leave the bars their width
    on a phone.
    """
    check_lang(lang)
    words = _words(lang)
    rows = admin_reductions(figures, indicators)
    rows = rows.assign(_level=rows["level"].map({"province": 0, "district": 1, "commune": 2}).fillna(3))
    rows = rows.sort_values(["_level", "planned", "period_end"], kind="stable").reset_index(drop=True)
    labels = [
        _br(
            f"{html.escape(indicator_name(indicators, r['indicator_id'], lang))} ({r['period_label']})",
            _WRAP_NOTE,
        )
        for r in rows.to_dict("records")
    ]
    keys = [f"{r['indicator_id']}|{r['period_label']}" for r in rows.to_dict("records")]
    rows = rows.assign(_key=keys)
    label_lines = max((lb.count("<br>") + 1 for lb in labels), default=1)
    bar_px, label_px = 26, 16 * label_lines + 6
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
                marker=_bar_style(colour, key == "derived", pattern),
                text=[_row_label(r, lang) for r in part.to_dict("records")],
                textposition="outside",
                cliponaxis=False,
                width=bar_px / (bar_px + label_px),
                customdata=[[t] for t in _hover(part, indicators, sources, lang)],
                hovertemplate="%{customdata[0]}<extra></extra>",
                legendrank=rank,
                meta={
                    "basis": "derived" if key == "derived" else "reported",
                    "group": key,
                    "drawn_as": "target" if key == "planned" else "result",
                    "catalogue": True,  # one labelled bar per figure (name and period), not a series
                    "series": _series_meta(part.to_dict("records")),
                },
            )
        )
    fig.update_yaxes(
        type="category", categoryorder="array", categoryarray=keys, autorange="reversed", showticklabels=False
    )
    fig.update_xaxes(**_headroom(rows["value"]), gridcolor=GRID_COLOUR)
    fig.update_layout(barmode="overlay")
    if rows.empty:
        _no_data(fig, lang)
    notes = _derived_notes(rows, indicators, lang) + _conflict_notes(rows, sources, lang)
    if lang == "vi":
        title, subtitle = (
            "Sắp xếp đơn vị hành chính, tinh gọn bộ máy",
            "Số đơn vị được giảm hoặc sắp xếp, theo cấp",
        )
    else:
        title, subtitle = "Administrative units merged and cut", "Number of units cut or merged, by level"
    return _frame(
        fig,
        lang=lang,
        title=title,
        subtitle=subtitle,
        sources=sources,
        source_ids=_sources_of(rows),
        notes=notes,
        plot_height=max(120, (bar_px + label_px) * len(rows)),
        legend_rows=1 if len(fig.data) > 1 else 0,
        legend_gap=label_px,
        margin_left=12,
        meta={"stem": "admin_units", "period": _period_span(rows)},
    )


def rankings_chart(
    figures: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> go.Figure:
    """Lạng Sơn's positions among all provinces in each national ranking, 1 at the top.

    Where a ranking has a reference history (curated figures), its ranks are the line over the years
    and the ranks read from documents are marks on it (a diamond, no line). From 1 July 2025 Vietnam has
    34 provinces and cities, not 63: a dashed line before the first period after that date says so.
    """
    check_lang(lang)
    words = _words(lang)
    rows = rankings(figures, indicators)
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
        short = _acronym(name)
        main = sc == RESULT and main_class.get(indicator_id) == pc
        if not main and line:
            name = f"{name} ({_class_title(pc, lang) if sc == RESULT else words[_GROUP_NAMES[sc]]})"
        elif not line:
            name = f"{short or name}: {words['document'].lower()}"
        records = part.to_dict("records")
        derived = [r["basis"] == "derived" for r in records]
        texts = [f"{short} {_row_label(r, lang)}".strip() for r in records]
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
                name=_br(html.escape(name), 40),
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
                customdata=[[t] for t in _hover(part, indicators, sources, lang)],
                hovertemplate="%{customdata[0]}<extra></extra>",
                meta={
                    "indicator_id": indicator_id,
                    "drawn_as": "result" if sc == RESULT else sc,
                    "series": _series_meta(records),
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
    fig.update_yaxes(**_rank_axis(max(totals) if totals else None), gridcolor=GRID_COLOUR)
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=order, tickangle=0)
    if order:  # room on the right for the last period's label ("PCI 5/34")
        fig.update_xaxes(range=[-0.5, len(order) - 0.5 + 0.4])
    if rows.empty:
        _no_data(fig, lang)
    notes = [
        derivation_note(r, indicators, lang) for r in rows.loc[rows["basis"] == "derived"].to_dict("records")
    ]
    notes += _conflict_notes(rows, sources, lang)
    total_text = max(totals) if totals else None
    if lang == "vi":
        title = "Lạng Sơn trong các bảng xếp hạng cấp tỉnh"
        subtitle = f"Vị trí trong {total_text} tỉnh, thành phố" if total_text else "Vị trí xếp hạng"
    else:
        title = "Lạng Sơn in the provincial rankings"
        subtitle = f"Position among {total_text} provinces" if total_text else "Position"
    fig = _frame(
        fig,
        lang=lang,
        title=title,
        subtitle=f"{subtitle} ({words['best']})",
        sources=sources,
        source_ids=_sources_of(rows),
        notes=notes,
        plot_height=340,
        legend_rows=legend_rows,
        legend_orientation="v",
        meta={"stem": "rankings", "period": _period_span(rows)},
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
        text=html.escape(_words(lang)["provinces_34"]),
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
