"""Chart builders: DataFrame → go.Figure, each carrying its title, units, notes and source line.

A chart never travels without its source: the "Nguồn: …" line is an annotation inside the figure, so
an exported PNG is citable on its own. Reported values are solid; derived ones are lighter AND
hatched, with a footnote giving the arithmetic. All text that may come from a document is escaped
(plotly reads <b>, <br> and <a> in any string it draws).

The package, one job per module: `style` (colours, patterns, colour maths), `text` (wrapping, the
charts' words, the source line), `frame` (title, legend, notes and source placed in pixels; axes),
`marks` (what a figure's bar or point says: labels, hovers, notes, panel titles), and the builders, each
drawing the rows it is given — `indicator`, `paired` (the Compare and Overview charts), `admin`,
`rankings`. Each builder draws the rows it is given and chooses none: which rows a view shows is
ui.selection's, and ui/charts_of.py puts the two together for the views.
"""

from __future__ import annotations

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

__all__ = [
    "BACKGROUND",
    "BASIS_STYLE",
    "DERIVED_PATTERN",
    "FONT_FAMILY",
    "OKABE_ITO",
    "comparison_chart",
    "contrast_ratio",
    "darken",
    "draw_admin_units",
    "draw_headlines",
    "draw_indicator",
    "draw_rankings",
    "lighten",
    "outline_for",
    "panel_order",
    "wrap",
]
