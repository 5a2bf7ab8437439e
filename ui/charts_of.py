"""The dashboard's charts of the published tables: the rows each shows (ui.selection) drawn by its builder
(ui.charts). Views call these; the builders themselves never choose rows."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from ui.charts import draw_admin_units, draw_headlines, draw_indicator, draw_rankings
from ui.selection import admin_reductions, indicator_series, rankings, then_and_now


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
