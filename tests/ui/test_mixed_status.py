"""A change between a final figure and an estimate says so: GRDP growth 2023 official 7.00% against a 2024
estimate of 6.01% was headed "−0.99 pp" with no word that 2024 is an estimate. Never a target against a
result (pairing.pair_problem)."""

from __future__ import annotations

import pandas as pd
import pytest

from etl.dataset import read_dataset
from etl.publish import write_dataset
from tests.sample_dataset import _year, sample_tables
from ui import app_views
from ui.charts import comparison_chart
from ui.charts_of import headline_chart
from ui.labels import mixed_status_note
from ui.pairing import FINAL, mixed_finality, pair_problem
from ui.selection import compare_periods


def _figure(status="actual", **kw):
    return {"indicator_id": "grdp_growth", "measure": "growth", "status": status, **_year(2024), **kw}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("official", "estimate", (FINAL, "estimate")),
        ("preliminary", "official", ("preliminary", FINAL)),
        ("preliminary", "estimate", ("preliminary", "estimate")),
        ("official", "actual", None),  # both final
        ("estimate", "estimate", None),
        ("actual", "target", None),  # never compared: a result and a target
    ],
)
def test_mixed_finality(a, b, expected):
    assert mixed_finality(_figure(a), _figure(b)) == expected


def test_a_target_is_never_compared_with_a_result():
    assert pair_problem(_figure("actual", **_year(2023)), _figure("target")) == "status"
    assert pair_problem(_figure("target", **_year(2023)), _figure("forecast")) == "status"


@pytest.mark.parametrize(
    ("a", "b", "lang", "expected"),
    [
        ("official", "estimate", "vi", "2024 là số ước tính"),
        ("official", "estimate", "en", "2024 is an estimate"),
        ("preliminary", "actual", "en", "2023 is preliminary"),
        ("preliminary", "estimate", "vi", "2023 là số sơ bộ; 2024 là số ước tính"),
        ("official", "actual", "en", None),
    ],
)
def test_the_note_names_each_period_that_is_not_final(a, b, lang, expected):
    note = mixed_status_note(_figure(a, **_year(2023)), _figure(b), "2023", "2024", lang)
    assert note == expected


def _growth_tables(status_2024: str) -> dict[str, pd.DataFrame]:
    tables = sample_tables()
    figures = tables["figures"]
    template = figures.loc[figures["indicator_id"] == "grdp_growth"].iloc[0].to_dict()
    rows = [
        template | {"figure_id": "growth2023", "value": 7.0, "status": "official", "period_aggregate": None}
        | _year(2023),
        template | {"figure_id": "growth2024", "value": 6.01, "status": status_2024, "period_aggregate": None}
        | _year(2024),
    ]  # fmt: skip
    return {**tables, "figures": pd.concat([figures, pd.DataFrame(rows)], ignore_index=True)}


@pytest.mark.parametrize(("lang", "words"), [("vi", "2024 là số ước tính"), ("en", "2024 is an estimate")])
def test_compare_heads_a_change_against_an_estimate_with_its_caveat(tmp_path, lang, words):
    tables = _growth_tables("estimate")
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    fig = comparison_chart(
        compare_periods(f, ["grdp_growth"], "2023", "2024"), ind, src, lang, "2023", "2024"
    )
    [title] = [a.text for a in fig.layout.annotations if a.name == "panel_title"]
    assert words in title.replace("<br>", " ")
    data = read_dataset(write_dataset(tables, tmp_path / "processed", {"source": "test"}))
    view = app_views.comparison(data, ("grdp_growth",), "2023", "2024", lang)
    assert words in view.screen.iloc[0, 3]  # the change column says it too
    headline = headline_chart(f, ind, src, ["grdp_growth"], lang)  # the Overview's pair: 2023 and 2024
    [title] = [a.text for a in headline.layout.annotations if a.name == "panel_title"]
    assert words in title.replace("<br>", " ")


def test_two_final_figures_need_no_caveat():
    tables = _growth_tables("actual")
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    fig = comparison_chart(
        compare_periods(f, ["grdp_growth"], "2023", "2024"), ind, src, "en", "2023", "2024"
    )
    [title] = [a.text for a in fig.layout.annotations if a.name == "panel_title"]
    assert "estimate" not in title and "preliminary" not in title
