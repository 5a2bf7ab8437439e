"""SDMX-CSV keys: one observation per key (its dimensions are every column before OBS_VALUE), on a small
table of collisions and on the dataset the ETL publishes from data/, downloaded from the Data page."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from etl.__main__ import main
from tests.sample_dataset import _range, _year, mixed_tables
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page  # noqa: F401
from ui import sdmx
from ui.downloads import figures_table
from ui.pairing import scope_of

REPO = Path(__file__).resolve().parents[2]


def _read(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)


def _dimensions(frame: pd.DataFrame) -> list[str]:
    """SDMX-CSV puts the dimensions first: every column before OBS_VALUE is part of the key."""
    columns = list(frame.columns)
    return columns[: columns.index("OBS_VALUE")]


def _duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.loc[frame.duplicated(_dimensions(frame), keep=False)]


def _others(frame: pd.DataFrame) -> int:
    """The statements left to the full downloads, as COMMENT counts them."""
    counts = frame["COMMENT"].str.extract(r"other_statements=(\d+)")[0]
    return int(counts.dropna().astype(int).sum())


# --- A table of collisions, typed here -------------------------------------------------------------


def _collisions() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Statements that collide on the old key (indicator, area, period) for every reason a real corpus
    gives, and figures that only look alike (other prices, scope, series type, aggregate)."""
    tables = mixed_tables()
    figures = tables["figures"]
    doc = figures.loc[figures["basis"] == "reported"].iloc[0].to_dict()
    ref = figures.loc[figures["basis"] == "curated"].iloc[0].to_dict()
    growth = {"indicator_id": "grdp_growth", "unit": "percent", "measure": "growth", "rank_of": None}
    grdp = {"indicator_id": "grdp", "unit": "billion_vnd", "measure": "level", "rank_of": None}
    budget = {"indicator_id": "budget_revenue", "unit": "billion_vnd", "measure": "level", "rank_of": None}
    trade = {"indicator_id": "trade_turnover", "unit": "billion_usd", "measure": "level", "rank_of": None}

    span = _range(2021, 2025)
    rows = [
        # two documents reporting the same figure
        {**doc, **growth, **_year(2016), "figure_id": "same-a", "value": 6.0, "source_id": "doc_a"},
        {**doc, **growth, **_year(2016), "figure_id": "same-b", "value": 6.0, "source_id": "doc_b"},
        # the record's estimate, its official revision, and a press estimate
        {**ref, **growth, **_year(2017), "figure_id": "rec-est", "value": 5.0, "status": "estimate"},
        {**ref, **growth, **_year(2017), "figure_id": "rec-official", "value": 5.3, "status": "official"},
        {**doc, **growth, **_year(2017), "figure_id": "press-est", "value": 4.9, "status": "estimate"},
        # equally final: the record before two documents that agree with each other
        {**doc, **growth, **_year(2018), "figure_id": "doc1-est", "value": 6.1, "status": "estimate"},
        {**ref, **growth, **_year(2018), "figure_id": "rec-est-18", "value": 6.2, "status": "estimate"},
        {**doc, **growth, **_year(2018), "figure_id": "doc2-est", "value": 6.1, "status": "estimate"},
        # a derived value and a stated one
        {**doc, **growth, **_year(2019), "figure_id": "derived", "value": 5.5, "basis": "derived"},
        {**doc, **growth, **_year(2019), "figure_id": "stated", "value": 5.6},
        # not collisions: prices, series type, scope, aggregate
        {**ref, **grdp, **_year(2019), "figure_id": "cur", "value": 30887.0, "price_basis": "current"},
        {
            **ref,
            **grdp,
            **_year(2019),
            "figure_id": "const",
            "value": 17978.0,
            "price_basis": "constant_2010",
        },
        {**doc, **growth, **_year(2020), "figure_id": "target", "value": 7.5, "status": "target"},
        {**doc, **growth, **_year(2020), "figure_id": "result", "value": 2.1},
        {**ref, **trade, **_year(2023), "figure_id": "gates", "value": 5.0, "scope": "through_province"},
        {**ref, **trade, **_year(2023), "figure_id": "customs", "value": 3.0, "scope": "customs_declared"},
        {**doc, **budget, **span, "figure_id": "avg", "value": 10000.0, "period_aggregate": "average"},
        {**doc, **budget, **span, "figure_id": "total", "value": 50000.0, "period_aggregate": "total"},
    ]
    typed = pd.DataFrame(rows)
    typed["rank_of"] = typed["rank_of"].astype("Int64")
    return typed, tables


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_colliding_statements_make_one_observation_per_key(lang):
    figures, tables = _collisions()
    table = figures_table(figures, tables["indicators"], tables["sources"], lang)
    back = _read(sdmx.to_sdmx_csv(table, tables["indicators"]))
    assert _duplicates(back).empty, _duplicates(back)
    assert len(back) + _others(back) == len(table)  # every statement kept or counted
    value = {
        (r["INDICATOR"], r["TIME_PERIOD"], r["SERIES_TYPE"], r["PRICES"], r["SCOPE"], r["AGGREGATION"]): (
            float(r["OBS_VALUE"]),
            r["OBS_STATUS"],
        )
        for r in back.to_dict("records")
    }
    z = sdmx.NOT_APPLICABLE
    assert value[("GRDP_GROWTH", "2016", "RESULT", z, z, z)] == (6.0, "A")
    assert value[("GRDP_GROWTH", "2017", "RESULT", z, z, z)] == (5.3, "A")  # the revision stands
    assert value[("GRDP_GROWTH", "2018", "RESULT", z, z, z)] == (6.2, "E")  # the record before the press
    assert value[("GRDP_GROWTH", "2019", "RESULT", z, z, z)] == (5.6, "A")  # stated before derived
    assert value[("GRDP", "2019", "RESULT", "CURRENT", z, z)] == (30887.0, "A")
    assert value[("GRDP", "2019", "RESULT", "CONSTANT_2010", z, z)] == (17978.0, "A")
    assert value[("GRDP_GROWTH", "2020", "TARGET", z, z, z)] == (7.5, "T")
    assert value[("GRDP_GROWTH", "2020", "RESULT", z, z, z)] == (2.1, "A")
    assert value[("TRADE_TURNOVER", "2023", "RESULT", z, z, z)] == (5.0, "A")  # the indicator's own scope
    assert value[("TRADE_TURNOVER", "2023", "RESULT", z, "CUSTOMS_DECLARED", z)] == (3.0, "A")
    assert value[("BUDGET_REVENUE", "2021-01-01/2025-12-31", "RESULT", z, z, "AVERAGE")] == (10000.0, "A")
    assert value[("BUDGET_REVENUE", "2021-01-01/2025-12-31", "RESULT", z, z, "TOTAL")] == (50000.0, "A")
    growth = back.loc[back["INDICATOR"].eq("GRDP_GROWTH") & back["SERIES_TYPE"].eq("RESULT")]
    counted = growth.set_index("TIME_PERIOD")["COMMENT"].str.extract(r"other_statements=(\d+)")[0]
    assert counted.fillna("0").to_dict() == {"2016": "1", "2017": "2", "2018": "2", "2019": "1", "2020": "0"}


# --- The dataset published from data/, downloaded from the Data page --------------------------------


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """What `python -m etl` publishes from data/raw and the reference history in data/reference."""
    out = tmp_path_factory.mktemp("published") / "processed"
    assert main(["--raw", str(REPO / "data" / "raw"), "--out", str(out), "--quiet", "--no-cache"]) == 0
    return out


def _data_page_downloads(published: Path, monkeypatch, lang: str) -> dict[str, bytes]:
    """Every download of the Data page (all indicators, derived figures included), made as a click would."""
    import streamlit as st

    made: dict[str, object] = {}
    button = st.download_button

    def capture(label, **kw):
        made[kw["key"]] = kw["data"]
        return button(label, **kw)

    monkeypatch.setattr(st, "download_button", capture)
    monkeypatch.setenv("LANGSON_DATA_DIR", str(published))
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), "pages/data.py", lang=lang)
    assert_clean(at)
    return {key: make() for key, make in made.items() if callable(make)}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_sdmx_keys_are_unique_in_the_published_dataset(published, monkeypatch, lang):
    made = _data_page_downloads(published, monkeypatch, lang)
    back = _read(made["dl_langson_figures_sdmx"])
    full = pd.read_parquet(io.BytesIO(made["dl_langson_figures_parquet"]))
    assert _duplicates(back).empty, _duplicates(back)[["INDICATOR", "TIME_PERIOD", "OBS_VALUE", "COMMENT"]]
    assert len(full) > len(back) > 0
    # Nothing is lost: each statement is an observation or counted in one's COMMENT, and every series of
    # the full table (indicator, period, prices, scope) has its observation.
    assert len(back) + _others(back) == len(full)
    full_series = {
        (
            str(r["indicator_id"]).upper(),
            sdmx.sdmx_period(r["period_kind"], r["period_start"], r["period_end"]),
            str(r["price_basis"]).upper() if isinstance(r["price_basis"], str) else sdmx.NOT_APPLICABLE,
            str(scope).upper() if (scope := scope_of(r)) else sdmx.NOT_APPLICABLE,
        )
        for r in full.to_dict("records")
    }
    assert full_series == set(
        zip(back["INDICATOR"], back["TIME_PERIOD"], back["PRICES"], back["SCOPE"], strict=True)
    )
