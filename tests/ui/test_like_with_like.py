"""Like with like, on a dataset that mixes every kind of period and status (tests/sample_dataset.mixed_tables).

No chart, card or Compare view may put two kinds of period, or a target and a result, side by side as if
they were comparable. Checked on the pure functions every page draws with, then on every page as
AppTest renders it (the charts' JSON as the browser receives it).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from etl.dataset import read_dataset
from tests.sample_dataset import _year, mixed_tables, write_mixed_dataset
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page, texts  # noqa: F401
from ui import charts, charts_of
from ui.page_list import READING_PAGES
from ui.pairing import TARGET, pair_problem, period_class, status_class
from ui.selection import comparable_periods, compare_periods, headline_cards, periods_of_all

HEADLINES = ["pci_rank", "pgi_rank", "grdp_growth", "income_per_capita", "commune_units_cut"]
MIXED_IDS = ["grdp_growth", "income_per_capita", "budget_revenue", "grdp", "pci_rank"]


@pytest.fixture(scope="module")
def tables():
    return mixed_tables()


@pytest.fixture(scope="module")
def mixed_dir(tmp_path_factory):
    return write_mixed_dataset(tmp_path_factory.mktemp("mixed") / "processed")


def like_with_like_problems(spec: dict) -> list[str]:
    """What in a plotly figure (as JSON) pairs unlike figures; empty when nothing does.

    Every mark carries meta.series: [indicator, period class, status class] per point. On one pair of
    axes, the results of one indicator share one period class (a catalogue chart, one labelled bar per
    figure, is exempt); targets and forecasts are drawn as targets (meta.drawn_as), never in a trace
    with results, never as plain bars among results.
    """
    problems = []
    results: dict[tuple[str, str], set[str]] = {}
    for trace in spec.get("data", []):
        meta = trace.get("meta") or {}
        if meta.get("legend_only"):
            continue
        series = meta.get("series")
        if series is None:
            problems.append(f"trace {trace.get('name')!r} does not say what series it draws")
            continue
        classes = {s[2] for s in series}
        if len(classes) > 1:
            problems.append(f"trace {trace.get('name')!r} mixes status classes {classes}")
        drawn_as = meta.get("drawn_as")
        if classes - {"result"} and drawn_as not in ("target", "forecast"):
            problems.append(f"trace {trace.get('name')!r}: a target or forecast drawn as a result")
        if drawn_as in ("target", "forecast") and trace.get("type") == "bar" and not meta.get("catalogue"):
            problems.append(f"trace {trace.get('name')!r}: a target as a bar among results")
        if meta.get("catalogue"):
            continue
        axes = (trace.get("xaxis", "x"), trace.get("yaxis", "y"))
        for indicator_id, pclass, sclass in series:
            if sclass == "result":
                results.setdefault((*axes, indicator_id), set()).add(pclass)
    for (x, y, indicator_id), kinds in results.items():
        if len(kinds) > 1:
            problems.append(f"{indicator_id} on {x}/{y} puts periods of kinds {sorted(kinds)} side by side")
    return problems


def _all_charts(tables, lang):
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    out = {f"indicator {i}": charts_of.indicator_chart(f, ind, src, i, lang) for i in MIXED_IDS}
    out["headline"] = charts_of.headline_chart(f, ind, src, [*HEADLINES, "budget_revenue"], lang)
    out["admin"] = charts_of.admin_units_chart(f, ind, src, lang)
    out["rankings"] = charts_of.rankings_chart(f, ind, src, lang)
    periods = periods_of_all(f.loc[f["indicator_id"].isin(MIXED_IDS)])
    for a in periods:
        for b in periods:
            if a != b:
                rows = compare_periods(f, MIXED_IDS, a, b)
                out[f"compare {a} {b}"] = charts.comparison_chart(rows, ind, src, lang, a, b)
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_chart_puts_unlike_figures_side_by_side(tables, lang):
    for name, fig in _all_charts(tables, lang).items():
        assert like_with_like_problems(json.loads(fig.to_json())) == [], name


def test_the_checker_catches_a_chart_that_mixes_kinds(tables):
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    spec = json.loads(charts_of.indicator_chart(f, ind, src, "grdp_growth", "vi").to_json())
    for trace in spec["data"]:  # what the old chart did: every period on one category axis
        trace["xaxis"], trace["yaxis"] = "x", "y"
    assert any("side by side" in p for p in like_with_like_problems(spec))
    target = next(t for t in spec["data"] if t["meta"]["drawn_as"] == "target")
    target["meta"]["drawn_as"] = "result"
    assert any("target or forecast drawn as a result" in p for p in like_with_like_problems(spec))


def test_growth_is_drawn_in_one_panel_per_kind_with_the_target_as_a_target(tables):
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    fig = charts_of.indicator_chart(f, ind, src, "grdp_growth", "vi")
    panels = [a.text for a in fig.layout.annotations if a.name == "panel_title"]
    assert "Theo năm" in panels and "Lũy kế tháng 1–9" in panels and "Nửa năm (tháng 1–6)" in panels
    assert "Bình quân/năm của giai đoạn" in panels and "Quý (tháng 1–3)" in panels
    targets = [t for t in fig.data if t.meta["drawn_as"] == "target"]
    assert targets and all(t.type == "scatter" for t in targets)
    hover = " ".join(c[0] for t in fig.data for c in t.customdata)
    assert "ước tính" in hover and "lũy kế 9 tháng" in hover and "bình quân/năm" in hover


def test_budget_chart_says_how_much_of_the_plan_was_reached(tables):
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    fig = charts_of.indicator_chart(f, ind, src, "budget_revenue", "vi")
    notes = " ".join(a.text for a in fig.layout.annotations if a.name == "notes").replace("<br>", " ")
    assert "năm 2024: đạt 105,0% kế hoạch (10.000 tỷ đồng)" in notes
    hover = " ".join(c[0] for t in fig.data for c in t.customdata)
    assert "hơn 10.500 tỷ đồng" in hover  # the bound as written


def test_cards_pair_only_comparable_figures(tables):
    f, ind = tables["figures"], tables["indicators"]
    cards = {c["indicator_id"]: c for c in headline_cards(f, ind, [*HEADLINES, *MIXED_IDS])}
    for card in cards.values():
        assert status_class(card["latest"]) == "result"
        if card["prev"] is not None:
            assert pair_problem(card["latest"], card["prev"]) is None, card["indicator_id"]
        if card["target"] is not None:
            assert status_class(card["target"]) == TARGET
            assert pair_problem(card["latest"], card["target"], plan=True) is None
    # Jan–Sep 2025 with Jan–Sep 2024; not with the 2025 target, the half-year or the 2024 estimate
    growth = cards["grdp_growth"]
    assert (growth["period_label"], growth["prev_period_label"]) == ("01–09/2025", "01–09/2024")
    assert cards["budget_revenue"]["percent_of_plan"] == pytest.approx(105.0)
    assert cards["grdp"]["prev"] is None  # one figure: nothing comparable before it


def test_compare_never_pairs_unlike_figures(tables):
    f = tables["figures"]
    periods = periods_of_all(f.loc[f["indicator_id"].isin(MIXED_IDS)])
    for a in periods:
        offered = comparable_periods(f, MIXED_IDS, a)
        assert a not in offered
        for b in periods:
            if a == b:
                continue
            for row in compare_periods(f, MIXED_IDS, a, b).to_dict("records"):
                if not math.isnan(row["abs_change"]):
                    assert row["comparable"] and pair_problem(row["row_a"], row["row_b"]) is None
                    assert b in offered
                    assert period_class(row["row_a"]) == period_class(row["row_b"])


def test_the_dataset_is_valid_and_mixed(mixed_dir):
    data = read_dataset(mixed_dir)
    assert {"months", "half_year", "quarter", "year", "range"} <= set(data.figures["period_kind"])
    assert {"target", "estimate", "preliminary", "official"} <= set(data.figures["status"])
    assert "curated" in set(data.figures["basis"])


@pytest.mark.parametrize("page", list(READING_PAGES))
def test_every_page_on_the_mixed_dataset_pairs_like_with_like(mixed_dir, monkeypatch, page):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(mixed_dir))
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), page, ind=MIXED_IDS, cind=MIXED_IDS)
    assert_clean(at)
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        assert like_with_like_problems(spec) == [], (page, spec["layout"]["title"]["text"])
    if Path(page).stem == "overview":
        descriptions = [m.proto.delta_description for m in at.metric]
        assert any("9 tháng đầu năm 2024" in d for d in descriptions)
        assert "Không có số liệu cùng loại kỳ trước đó để so sánh" in texts(at.main.caption)


def test_sources_list_the_numbers_held_back_per_document_as_data(mixed_dir, monkeypatch):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(mixed_dir))
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), "pages/sources.py")
    assert_clean(at)
    labels = [e.label for e in at.expander]
    assert "Số chưa đưa vào bộ dữ liệu (27)" in labels and "Số chưa đưa vào bộ dữ liệu (1)" in labels
    tables = [df.value for df in at.dataframe if "Lý do" in df.value.columns]
    assert sorted(len(t) for t in tables) == [1, 20]  # bounded: the first 20 of 27, with the count
    assert "Hiển thị 20 trên 27 dòng." in [c.value for c in at.caption]
    cells = " ".join(" ".join(map(str, t.to_numpy().ravel())) for t in tables)
    assert "<b>mới</b>" in cells  # document text stays data: shown as written, never as markup
    assert "địa bàn khác" in cells and "tỷ lệ so với kế hoạch" in cells
    # the curated figure shows its citation instead of a sentence
    assert any("Báo cáo PCI 2023, tr. 12" in h.proto.body for h in at.get("html"))


def test_two_price_bases_of_one_year_are_two_figures_in_two_panels(tables):
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    row = f.loc[f["indicator_id"] == "grdp"].iloc[0].to_dict()
    current = {**row, "figure_id": "grdp-current-2024", "value": 80000.0, "price_basis": "current"}
    import pandas as pd

    more = pd.concat([f, pd.DataFrame([current])], ignore_index=True)
    more["rank_of"] = more["rank_of"].astype("Int64")
    fig = charts_of.indicator_chart(more, ind, src, "grdp", "vi")
    panels = [a.text for a in fig.layout.annotations if a.name == "panel_title"]
    assert sorted(panels) == ["Theo năm · giá hiện hành", "Theo năm · giá so sánh 2010"]
    assert "Nguồn khác ghi" not in " ".join(c[0] for t in fig.data for c in t.customdata)  # not a conflict
    assert like_with_like_problems(json.loads(fig.to_json())) == []


@pytest.mark.parametrize(
    ("lang", "quarter", "half", "months"),
    [
        ("vi", "quý I/2025", "6 tháng đầu năm 2025", "9 tháng đầu năm 2025"),
        ("en", "Q1 2025", "H1 2025", "first 9 months of 2025"),
    ],
)
def test_periods_are_written_as_the_reader_says_them(tables, lang, quarter, half, months):
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    fig = charts_of.indicator_chart(f, ind, src, "grdp_growth", lang)
    ticks = [text for axis in fig.layout if axis.startswith("xaxis") for text in fig.layout[axis].ticktext]
    assert {quarter, half, months, "2023", "2015–2020"} <= set(ticks)
    assert "Q1/2025" not in ticks and "H1/2025" not in ticks


def test_a_revised_estimate_is_shown_as_a_revision_not_a_conflict(tables):
    import pandas as pd

    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    estimate = f.loc[(f["indicator_id"] == "grdp_growth") & (f["status"] == "estimate")].iloc[0].to_dict()
    official = {**estimate, "figure_id": "grdp-growth-2024-official", "value": 8.0, "status": "official"}
    more = pd.concat([f, pd.DataFrame([official])], ignore_index=True)
    more["rank_of"] = more["rank_of"].astype("Int64")
    fig = charts_of.indicator_chart(more, ind, src, "grdp_growth", "vi")
    bars = {
        x: (y, text) for t in fig.data if t.type == "bar" for x, y, text in zip(t.x, t.y, t.text, strict=True)
    }
    assert bars["2024"] == (8.0, "8%")  # the official figure, no conflict mark
    hover = " ".join(c[0] for t in fig.data for c in t.customdata)
    assert "trước đó ước tính: 8,1%" in hover and "Nguồn khác ghi" not in hover
    notes = " ".join(a.text for a in fig.layout.annotations if a.name == "notes").replace("<br>", " ")
    assert "năm 2024: trước đó ước tính: 8,1%" in notes


def _trade(f, **changes) -> dict:
    row = f.loc[f["indicator_id"] == "grdp"].iloc[0].to_dict()
    return {
        **row,
        "indicator_id": "trade_turnover",
        "unit": "billion_usd",
        "measure": "money",
        "price_basis": None,
        "basis": "curated",
        "conflict": False,
        **changes,
    }


@pytest.mark.parametrize(
    ("scope_a", "scope_b", "problem"),
    [
        ("through_province", "customs_declared", "scope"),  # all goods through the gates vs declared here
        ("through_province", None, None),  # a document states no scope: the indicator's own
        ("customs_declared", "customs_declared", None),
    ],
)
def test_two_scopes_of_trade_are_never_paired(tables, scope_a, scope_b, problem):
    f = tables["figures"]
    a = _trade(f, figure_id="t-2023", value=51.99, scope=scope_a, **_year(2023))
    b = _trade(f, figure_id="t-2017", value=4.65, scope=scope_b, **_year(2017))
    assert pair_problem(a, b) == problem


def test_two_scopes_of_one_year_are_two_figures_in_two_panels_and_compare_picks_the_same_scope(tables):
    import pandas as pd

    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    rows = [
        _trade(f, figure_id="t-2023-all", value=51.99, scope="through_province", **_year(2023)),
        _trade(f, figure_id="t-2023-decl", value=4.975, scope="customs_declared", **_year(2023)),
        _trade(f, figure_id="t-2017-decl", value=4.65, scope="customs_declared", **_year(2017)),
    ]
    more = pd.concat([f, pd.DataFrame(rows)], ignore_index=True)
    more["rank_of"] = more["rank_of"].astype("Int64")
    fig = charts_of.indicator_chart(more, ind, src, "trade_turnover", "vi")
    panels = sorted(a.text for a in fig.layout.annotations if a.name == "panel_title")
    assert panels == ["Theo năm", "Theo năm · hàng khai báo tại Hải quan Lạng Sơn"]
    assert "Nguồn khác ghi" not in " ".join(c[0] for t in fig.data for c in t.customdata)  # not a conflict
    assert like_with_like_problems(json.loads(fig.to_json())) == []
    (row,) = compare_periods(more, ["trade_turnover"], "2023", "2017").to_dict("records")
    assert (row["value_a"], row["value_b"], row["comparable"]) == (4.975, 4.65, True)
