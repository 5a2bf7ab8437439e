"""Chart builders: DataFrame → go.Figure, each carrying its title, units, notes and source line.

A chart never travels without its source: the "Nguồn: …" line is an annotation inside the figure, so
an exported PNG is citable on its own. Reported values are solid; derived ones are lighter AND
hatched, with a footnote giving the arithmetic. All text that may come from a document is escaped
(plotly reads <b>, <br> and <a> in any string it draws).

The package, one job per module: `style` (colours, patterns, colour maths), `text` (wrapping, the
charts' words, the source line), `frame` (title, legend, notes and source placed in pixels; axes),
`marks` (what a figure's bar or point says: labels, hovers, notes, panel titles), and the builders, each
drawing the rows it is given — `indicator`, `paired` (the Compare and Overview charts), `admin`,
`rankings`. The functions here are what the views call: each chooses the rows (ui.selection) and hands
them to its builder.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from ui.charts.admin import draw_admin_units
from ui.charts.indicator import draw_indicator, panel_order
from ui.charts.paired import comparison_chart, draw_headlines
from ui.charts.rankings import draw_rankings
from ui.charts.style import (
    BACKGROUND,
    BASIS_STYLE,
    DERIVED_PATTERN,
    FONT_FAMILY,
    OKABE_ITO,
    contrast_ratio,
    darken,
    lighten,
    outline_for,
)
from ui.charts.text import wrap
from ui.selection import admin_reductions, indicator_series, rankings, then_and_now

__all__ = [
    "BACKGROUND",
    "BASIS_STYLE",
    "DERIVED_PATTERN",
    "FONT_FAMILY",
    "OKABE_ITO",
    "admin_units_chart",
    "comparison_chart",
    "contrast_ratio",
    "darken",
    "headline_chart",
    "indicator_chart",
    "lighten",
    "outline_for",
    "panel_order",
    "rankings_chart",
    "wrap",
]


def indicator_chart(
    figures: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, indicator_id: str, lang: str
) -> go.Figure:
    """One indicator across its periods (indicator.draw_indicator of selection.indicator_series)."""
    return draw_indicator(indicator_series(figures, indicator_id), indicators, sources, indicator_id, lang)


def headline_chart(
    figures: pd.DataFrame,
    indicators: pd.DataFrame,
    sources: pd.DataFrame,
    indicator_ids: Sequence[str],
    lang: str,
) -> go.Figure:
    """The headlines against the period before (paired.draw_headlines of selection.then_and_now)."""
    return draw_headlines(then_and_now(figures, indicator_ids), indicators, sources, lang)


def admin_units_chart(
    figures: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> go.Figure:
    """Administrative units merged or cut (admin.draw_admin_units of selection.admin_reductions)."""
    return draw_admin_units(admin_reductions(figures, indicators), indicators, sources, lang)


def rankings_chart(
    figures: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> go.Figure:
    """The national rankings over the years (rankings.draw_rankings of selection.rankings)."""
    return draw_rankings(rankings(figures, indicators), indicators, sources, lang)
