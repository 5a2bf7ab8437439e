"""Value labels a phone can read: a bar's label whole beside its bar, a line's point labels apart.

Charts have one layout at every width, measured against a phone's (ui/charts/frame.PHONE_CHART_PX); these
check the layout's arithmetic, tests/browser/test_chart_labels.py what Chromium draws."""

from __future__ import annotations

import html
import itertools

import pandas as pd
import pytest

from tests.sample_dataset import _year, record_tables
from ui.charts.frame import MARGIN_RIGHT, PHONE_CHART_PX, label_room, thinned_ticks
from ui.charts.indicator import LABEL_CHAR_PX, PHONE_PLOT_PX, labels_with_room
from ui.charts.paired import Mark, Pair, paired_panels
from ui.charts_of import indicator_chart

BAR_CHAR_PX, BAR_PAD_PX = 7, 8


def _label_ends(values, labels, axis_range, plot_px):
    """Where each bar's outside label ends, in px from the plot's left edge."""
    low, high = axis_range
    ends = []
    for value, label in zip(values, labels, strict=True):
        bar_end = (value - low) / (high - low) * plot_px
        width = len(html.unescape(label)) * BAR_CHAR_PX + BAR_PAD_PX
        ends.append(bar_end + width if value >= 0 else bar_end - width)
    return ends


@pytest.mark.parametrize(
    ("values", "labels"),
    [
        ([6.01, 8.06], ["6,01% (ước tính)", "8,06%* (ước tính)"]),  # the Overview's GRDP growth
        ([32.4, 69.41], ["32,40 (ước tính)", "69,41 (ước tính)"]),
        ([-1.3, 2.5], ["−1,3%", "2,5%"]),  # a fall: its label left of its bar
        ([5.0], ["5"]),
    ],
)
def test_every_bar_label_fits_beside_its_bar_on_a_phone(values, labels):
    plot_px = 250
    axis = label_room(values, labels, plot_px)
    assert axis["range"][0] <= min(*values, 0) and axis["range"][1] >= max(*values, 0)
    for end in _label_ends(values, labels, axis["range"], plot_px):
        assert -1e-6 <= end <= plot_px + 1e-6


def test_long_labels_leave_the_bars_most_of_the_width_still():
    axis = label_room([10.0], ["x" * 80], 250)
    low, high = axis["range"]
    assert low == 0 and 10 / high >= 0.4 - 1e-9


def test_the_overview_growth_panel_leaves_room_for_its_estimate_labels():
    """ "8,06%* (ước tí": the headline bars' labels were cut at the right edge of a phone's chart."""
    marks = (
        Mark("2024", 6.01, "reported", "6,01% (ước tính)", "h"),
        Mark("2025", 8.06, "reported", "8,06%* (ước tính)", "h"),
    )
    pair = Pair("GRDP", "percent", None, ("2024", "2025"), marks)
    fig, _, _, margin_left = paired_panels([pair], "vi", panel=96)
    plot_px = PHONE_CHART_PX - margin_left - MARGIN_RIGHT
    ends = _label_ends([m.value for m in marks], [m.text for m in marks], fig.layout.xaxis.range, plot_px)
    assert max(ends) <= plot_px


@pytest.mark.parametrize(
    ("texts", "slots", "n_slots", "kept"),
    [
        (["1%", "2%", "3%"], [0, 1, 2], 3, ["1%", "2%", "3%"]),  # a few points: every label
        (["8,06%"] * 11, list(range(11)), 11, None),  # eleven years on a phone: some, the last among them
        (["a", "", "c"], [0, 1, 5], 6, ["a", "", "c"]),
    ],
)
def test_point_labels_are_kept_only_where_they_have_room(texts, slots, n_slots, kept):
    out = labels_with_room(texts, slots, n_slots)
    if kept is not None:
        assert out == kept
    assert out[-1] == texts[-1]  # the latest value is always said
    _assert_apart(out, slots, n_slots)


def _assert_apart(texts, slots, n_slots):
    step = PHONE_PLOT_PX / n_slots
    shown = [(slot, text) for slot, text in zip(slots, texts, strict=True) if text]
    for (a, ta), (b, tb) in itertools.pairwise(shown):
        assert (b - a) * step >= LABEL_CHAR_PX * (len(ta) + len(tb)) / 2, (ta, tb)


def test_a_long_record_line_labels_only_points_with_room():
    """ "8,06%8,02%8,36%": every point of GRDP growth's record was labelled and the labels ran together."""
    tables = record_tables()
    figures = tables["figures"]
    curated = figures.loc[figures["basis"] == "curated"].iloc[0].to_dict()
    growth = {**curated, "indicator_id": "grdp_growth", "unit": "percent", "rank_of": None}
    rows = [
        {**growth, "figure_id": f"g{y}", "value": 8.06 + (y % 3) / 10, **_year(y)} for y in range(2013, 2026)
    ]
    figures = pd.concat([figures, pd.DataFrame(rows)], ignore_index=True)
    figures["rank_of"] = figures["rank_of"].astype("Int64")
    fig = indicator_chart(figures, tables["indicators"], tables["sources"], "grdp_growth", "vi")
    (line,) = [t for t in fig.data if t.meta.get("basis") == "curated" and t.xaxis == "x"]
    order = list(fig.layout.xaxis.categoryarray)
    texts = list(line.text)
    assert texts[-1] and 0 < sum(map(bool, texts)) < len(texts)
    _assert_apart(texts, [order.index(x) for x in line.x], len(order))


def test_a_long_yearly_axis_writes_its_latest_year_as_the_rankings_axis_does():
    """Twelve years on a phone: every k-th year written, counted back from the latest (2026, where the eye
    ends) -- the Indicators chart had counted from the first, and left the latest year unnamed."""
    tables = record_tables()
    figures = tables["figures"]
    curated = figures.loc[figures["basis"] == "curated"].iloc[0].to_dict()
    growth = {**curated, "indicator_id": "grdp_growth", "unit": "percent", "rank_of": None}
    rows = [{**growth, "figure_id": f"g{y}", "value": 7.0, **_year(y)} for y in range(2015, 2027)]
    figures = pd.concat([figures, pd.DataFrame(rows)], ignore_index=True)
    figures["rank_of"] = figures["rank_of"].astype("Int64")
    fig = indicator_chart(figures, tables["indicators"], tables["sources"], "grdp_growth", "vi")
    ticks = list(fig.layout.xaxis.ticktext)
    assert ticks[-1] == "2026"
    assert 0 < sum(map(bool, ticks)) < len(ticks)
    assert ticks == thinned_ticks(list(fig.layout.xaxis.categoryarray), PHONE_PLOT_PX)
