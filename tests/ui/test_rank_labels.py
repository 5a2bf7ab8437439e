"""Rank labels that a phone can read: the rankings chart labels each line's end and the documents' ranks
that differ from it, never two on top of each other; the overview's rank panel keeps its label on the
side with room."""

from __future__ import annotations

import itertools

import pandas as pd
import pytest

from tests.sample_dataset import record_tables, sample_tables
from ui.charts.frame import phone_legend_rows
from ui.charts.rankings import CHAR_PX, LABEL_GAP, LABEL_PX, PLOT_HEIGHT, _Label, _place_labels
from ui.charts_of import headline_chart, rankings_chart


def _pixels(annotation) -> float:
    """Where a label's centre is drawn, in pixels from the top of a 63-province axis."""
    return annotation.y / 64 * PLOT_HEIGHT - annotation.yshift


def _with_ranks(tables: dict, ranks: dict[str, dict[int, float]]) -> pd.DataFrame:
    """The sample figures plus one reported rank per (indicator, year), copied from the sample's PCI row."""
    figures = tables["figures"]
    template = figures.loc[figures["indicator_id"] == "pci_rank"].iloc[0].to_dict()
    rows = []
    for indicator_id, by_year in ranks.items():
        for year, value in by_year.items():
            rows.append(
                template
                | {
                    "figure_id": f"{indicator_id}{year}",
                    "indicator_id": indicator_id,
                    "value": value,
                    "conflict": False,
                    "other_values": [],
                    "period_label": str(year),
                    "period_start": pd.Timestamp(f"{year}-01-01"),
                    "period_end": pd.Timestamp(f"{year}-12-31"),
                }
            )
    keep = ~figures["indicator_id"].isin(list(ranks))
    return pd.concat([figures.loc[keep], pd.DataFrame(rows)], ignore_index=True)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_close_ranks_get_end_labels_that_do_not_overlap(lang):
    tables = sample_tables()
    # Three rankings ending in the same year within 4 places: drawn as they were, their labels overlapped.
    ranks = {
        "pci_rank": {2021: 20, 2022: 15, 2023: 13, 2024: 16},
        "pgi_rank": {2022: 2, 2023: 14},
        "digital_transformation_rank": {2021: 5, 2022: 6, 2023: 12, 2024: 13},
    }
    fig = rankings_chart(_with_ranks(tables, ranks), tables["indicators"], tables["sources"], lang)
    assert all("text" not in trace.mode for trace in fig.data)  # labels are placed, not left to plotly
    labels = [a for a in fig.layout.annotations if a.name == "rank_label"]
    # One end label per ranking, saying which index it is.
    assert sorted(a.text.split()[0] for a in labels) == ["DTI", "PCI", "PGI"]
    assert {a.text.split()[1] for a in labels} == {"16/63", "14/63", "13/63"}
    for a, b in itertools.combinations(labels, 2):
        if abs(a.x - b.x) <= 1:
            assert abs(_pixels(a) - _pixels(b)) >= LABEL_PX, (a.text, b.text)
    # The last year's labels hang in the right margin, which is wide enough for the longest of them.
    last = max(a.x for a in labels)
    widest = max(len(a.text) for a in labels if a.x == last)
    assert fig.layout.margin.r >= LABEL_GAP + CHAR_PX * widest
    assert fig.layout.xaxis.range[1] < len(fig.layout.xaxis.categoryarray)


def test_labels_at_the_bottom_move_up_not_off_the_plot():
    labels = [_Label(3, 62.0, "PGI 62/63"), _Label(3, 63.0, "PCI 63/63"), _Label(2, 61.0, "DTI 61/63")]
    placed = _place_labels(labels, 64, PLOT_HEIGHT)
    centres = [a["y"] / 64 * PLOT_HEIGHT - a["yshift"] for a in placed]
    assert all(0 <= c <= PLOT_HEIGHT for c in centres)
    for a, b in itertools.combinations(centres, 2):
        assert abs(a - b) >= LABEL_PX


def test_a_labelled_document_rank_is_one_the_line_does_not_show():
    labels = [_Label(0, 10.0, "PCI 10/63")]
    (only,) = _place_labels(labels, 64, PLOT_HEIGHT)
    assert only["yshift"] == 0 and only["xanchor"] == "left"  # nothing near: where its mark is


@pytest.mark.parametrize(("value", "side"), [(62.0, "middle right"), (2.0, "middle left")])
def test_the_overview_rank_panel_puts_its_label_where_there_is_room(value, side):
    tables = sample_tables()
    figures = _with_ranks(tables, {"pgi_rank": {2022: 2 if value > 30 else 40, 2023: value}})
    fig = headline_chart(figures, tables["indicators"], tables["sources"], ["pgi_rank"], "en")
    marks = [t for t in fig.data if t.meta.get("indicator_id") == "pgi_rank" and t.y[0] == "2023"]
    assert [t.textposition for t in marks] == [side]  # 1 is at the right: "62/63" to its right, not cut


def test_a_year_with_no_rank_is_a_gap_on_the_axis():
    # PAPI 2017 then 2022: drawn side by side, the five years between read as one step
    tables = sample_tables()
    ranks = {"papi_rank": {2017: 30, 2022: 22, 2023: 25}}
    fig = rankings_chart(_with_ranks(tables, ranks), tables["indicators"], tables["sources"], "en")
    categories = list(fig.layout.xaxis.categoryarray)
    assert list(fig.layout.xaxis.ticktext) == [str(y) for y in range(2017, 2024)]  # every year in its place
    assert categories.index("2022") - categories.index("2017") == 5
    (line,) = [t for t in fig.data if t.meta.get("indicator_id") == "papi_rank"]
    assert list(line.y) == [30.0, None, 22.0, 25.0]  # and no ramp drawn across the years with no rank


def test_the_rankings_legend_leaves_the_chart_its_room_on_a_phone():
    """A legend entry for each index and another for each index's documents, by their full names, made ten
    lines of legend: more than half the chart on a phone. An index's line is named by its end label ("PCI
    16/63") and its full name in the key under the chart; the documents' marks share one entry."""
    tables = record_tables()
    others = ("pgi_rank", "digital_transformation_rank", "papi_rank", "par_index_rank")
    figures = _with_ranks(tables, {i: {2021: 30, 2022: 28, 2023: 25} for i in others})
    fig = rankings_chart(figures, tables["indicators"], tables["sources"], "vi")
    shown = [t.name for t in fig.data if t.showlegend is not False]
    assert shown == ["Số liệu trong văn bản"]
    assert fig.layout.legend.orientation == "h"
    assert fig.layout.margin.t < PLOT_HEIGHT / 2
    ends = [a.text for a in fig.layout.annotations if a.name == "rank_label"]
    assert {e.split()[0] for e in ends} >= {"PCI", "PGI", "DTI", "PAPI", "PAR"}  # each line says its index
    [notes] = [a.text for a in fig.layout.annotations if a.name == "notes"]
    assert "PCI: Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh;" in notes.replace("<br>", " ")


@pytest.mark.parametrize(
    ("names", "plot_px", "rows"),
    [
        (["Số liệu trong văn bản", "Suy ra"], 300, 1),  # side by side
        (["Số liệu trong văn bản", "Suy ra"], 215, 2),  # a grid as wide as the widest entry
        (["PCI", "PGI", "DTI", "PAPI", "PAR"], 215, 3),  # two 76 px columns
        (["Xếp hạng Chỉ số năng lực cạnh tranh cấp<br>tỉnh (PCI)", "PGI"], 300, 3),  # two lines, then one
        ([], 300, 0),
    ],
)
def test_phone_legend_rows(names, plot_px, rows):
    assert phone_legend_rows(names, plot_px) == rows


# --- The year axis on a phone ----------------------------------------------------------------------

_TICK_CHAR_PX = 6.6  # a digit of a 12 px tick label (Noto Sans: 0.55 em), measured in Chromium
_PHONE_CHART_PX = 358  # a chart's width on a 390 px phone (Streamlit pads the page 16 px each side)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_year_ticks_have_room_and_say_whole_years(lang):
    """Thirteen years of four rankings (the bundled record: PAR Index 2013 to the PCI's 2025) wrote
    "20 20 20" under the chart on a phone: every year's label, 16 px apart, each cut to fit."""
    tables = sample_tables()
    years = range(2013, 2026)
    ranks = {
        "pci_rank": {y: 50 - 3 * (y - 2013) for y in years},
        "papi_rank": {y: 12 + (y % 3) for y in range(2016, 2026)},
        "par_index_rank": {2013: 26, 2018: 26},
        "pgi_rank": {2022: 2, 2023: 14, 2024: 62},
    }
    fig = rankings_chart(_with_ranks(tables, ranks), tables["indicators"], tables["sources"], lang)
    axis = fig.layout.xaxis
    order, texts = list(axis.categoryarray), list(axis.ticktext)
    assert list(axis.tickvals) == order and len(order) == len(years)  # every year keeps its place
    written = [(i, text) for i, text in enumerate(texts) if text]
    assert all(text == str(y) for (i, text), y in zip(written, [years[i] for i, _ in written], strict=True))
    assert texts[-1] == "2025"  # the latest year, under the lines' end labels
    assert axis.tickangle == 0  # level, as on Indicators
    plot_px = _PHONE_CHART_PX - fig.layout.margin.l - fig.layout.margin.r
    step_px = plot_px / len(order)
    for (i, a), (j, b) in itertools.pairwise(written):
        room = (j - i) * step_px
        assert room >= _TICK_CHAR_PX * (len(a) + len(b)) / 2 + 4, (a, b, room)
