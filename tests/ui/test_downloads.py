"""Data downloads: CSV that Excel reads as UTF-8, XLSX and Parquet that round-trip, with a filters note."""

import csv
import io

import pandas as pd
import pytest

from tests.sample_dataset import sample_tables
from ui.downloads import (
    CSV_BOM,
    TABLE_COLUMNS,
    figures_table,
    filters_note,
    parquet_note,
    to_csv,
    to_parquet,
    to_xlsx,
)


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


@pytest.fixture(scope="module", params=["vi", "en"])
def table(request, tables):
    lang = request.param
    return figures_table(tables["figures"], tables["indicators"], tables["sources"], lang)


def test_table_has_one_row_per_figure_and_the_contract_columns(tables, table):
    assert list(table.columns) == list(TABLE_COLUMNS)
    assert len(table) == len(tables["figures"])
    assert table["figure_id"].tolist() == tables["figures"]["figure_id"].tolist()


@pytest.mark.parametrize(
    ("lang", "indicator_id", "column", "expected"),
    [
        ("vi", "income_per_capita", "indicator", "Thu nhập bình quân đầu người"),
        ("en", "income_per_capita", "indicator", "Income per head"),
        ("vi", "income_per_capita", "unit", "triệu đồng"),
        ("en", "income_per_capita", "unit", "million VND"),
        ("vi", "grdp_growth", "category", "Kinh tế"),
        ("en", "grdp_growth", "category", "Economy"),
        ("vi", "pgi_rank", "source", "TTXVN"),
    ],
)
def test_table_words_are_in_the_language(tables, lang, indicator_id, column, expected):
    table = figures_table(tables["figures"], tables["indicators"], tables["sources"], lang)
    assert table.loc[table["indicator_id"] == indicator_id, column].iloc[0] == expected


def test_csv_starts_with_bom_and_keeps_vietnamese_text(tables, table):
    data = to_csv(table)
    assert data.startswith(CSV_BOM)
    text = data[len(CSV_BOM) :].decode("utf-8")
    assert next(csv.reader(io.StringIO(text))) == list(TABLE_COLUMNS)  # header cells quoted, as all text
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(back.columns) == list(TABLE_COLUMNS)
    assert back["quote"].tolist() == tables["figures"]["quote"].tolist()
    assert any("Thu nhập bình quân đầu người" in q for q in back["quote"])
    assert back["value"].astype(float).tolist() == table["value"].tolist()


def test_xlsx_round_trips_with_an_about_sheet(table):
    note = filters_note({"Chỉ tiêu": ["grdp_growth"]}, "vi")
    data = to_xlsx(table, note, "vi", dataset_version="abc123")
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, header=None)
    assert list(sheets) == ["data", "Thông tin"]
    back = pd.read_excel(io.BytesIO(data), sheet_name="data", dtype={"figure_id": str})
    assert list(back.columns) == list(TABLE_COLUMNS)
    assert back["quote"].tolist() == table["quote"].tolist()
    assert back["value"].tolist() == pytest.approx(table["value"].tolist())
    about = sheets["Thông tin"].astype(str).to_numpy().ravel().tolist()
    assert note in about and "abc123" in about


def test_parquet_round_trips_and_keeps_the_note(table):
    note = filters_note({"Indicator": ["grdp_growth", "income_per_capita"]}, "en")
    data = to_parquet(table, note, dataset_version="abc123")
    back = pd.read_parquet(io.BytesIO(data))
    pd.testing.assert_frame_equal(back, table, check_dtype=False)
    assert parquet_note(data) == note


@pytest.mark.parametrize(
    ("filters", "lang", "expected"),
    [
        ({}, "vi", "Bộ lọc: không lọc (toàn bộ số liệu)"),
        ({}, "en", "Filters: no filters (all figures)"),
        ({"Chỉ tiêu": ["a", "b"], "Kỳ": []}, "vi", "Bộ lọc: Chỉ tiêu = a, b"),
        ({"Indicator": ["a"], "Period": "2022"}, "en", "Filters: Indicator = a; Period = 2022"),
    ],
)
def test_filters_note(filters, lang, expected):
    assert filters_note(filters, lang) == expected


FLAGS = ("approximate", "qualifier", "bound", "status", "measure", "period_kind", "period_aggregate")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_downloads_carry_every_flag_with_human_column_names(lang):
    from tests.sample_dataset import mixed_tables
    from ui.downloads import human_columns

    tables = mixed_tables()
    table = figures_table(tables["figures"], tables["indicators"], tables["sources"], lang)
    for col in (*FLAGS, "period_inferred", "rank_of"):
        assert col in table.columns
    human = human_columns(table, lang)
    assert "figure_id" not in human.columns and "period_kind" not in human.columns
    assert ("Loại kỳ" if lang == "vi" else "Period kind") in human.columns
    back = pd.read_csv(io.BytesIO(to_csv(human)), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(back.columns) == list(human.columns)
    what = back[t_col("what", lang)].tolist()
    assert any(("lũy kế 9 tháng" if lang == "vi" else "9-month running total") in w for w in what)
    assert any(("kế hoạch" if lang == "vi" else "target") in w for w in what)
    qualifiers = back[t_col("qualifier", lang)].tolist()
    assert "hơn" in qualifiers and "khoảng" in qualifiers
    sheets = pd.read_excel(io.BytesIO(to_xlsx(human, "note", lang)), sheet_name=None)
    assert t_col("status", lang) in next(iter(sheets.values())).columns


def t_col(name, lang):
    from ui.i18n import t

    return t(f"dcol_{name}", lang)
