"""Downloads that carry their context: the data package (CSV, datapackage.json, README.md), the XLSX about
sheet, SDMX-CSV and the CSV for Vietnamese Excel; each opened, its flags, definitions, sources and filters
found; formula cells neutralised in every text format."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date

import pandas as pd
import pytest

from tests.sample_dataset import mixed_tables
from ui import download_package, sdmx
from ui.downloads import (
    CSV_BOM,
    TABLE_COLUMNS,
    figures_table,
    filters_note,
    human_columns,
    to_csv_vn,
    to_xlsx,
)
from ui.i18n import t

TODAY = date(2026, 11, 30)
ATTACK = '=HYPERLINK("http://evil","x")'


@pytest.fixture(scope="module")
def tables():
    return mixed_tables()


def _table(tables, lang):
    return figures_table(tables["figures"], tables["indicators"], tables["sources"], lang)


def _note(tables, lang):
    name = tables["indicators"].set_index("indicator_id").loc["grdp_growth", f"name_{lang}"]
    return filters_note({t("filter_indicator", lang): [name], t("filter_period", lang): ["2024"]}, lang)


def _context(tables, table, lang):
    return download_package.context_for(
        table,
        tables["indicators"],
        tables["sources"],
        note=_note(tables, lang),
        lang=lang,
        dataset_version="abc123",
        today=TODAY,
    )


def _attacked(table):
    table = table.copy()
    table.loc[0, "quote"] = ATTACK
    table.loc[1, "value_text"] = "-1+2"
    return table


# --- The data package -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_package_holds_the_data_a_descriptor_and_a_readme(tables, lang):
    table = _table(tables, lang)
    ctx = _context(tables, table, lang)
    archive = zipfile.ZipFile(io.BytesIO(download_package.package_zip(table, ctx)))
    assert sorted(archive.namelist()) == ["README.md", "data.csv", "datapackage.json"]

    data = archive.read("data.csv")
    assert not data.startswith(CSV_BOM)
    back = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    assert list(back.columns) == list(TABLE_COLUMNS)
    assert len(back) == len(table)
    # The flags travel: status, bound, period kind, aggregate, inferred period.
    assert {"target", "estimate", "preliminary"} <= set(back["status"])
    assert {"approx", "over"} <= set(back["bound"])
    assert {"year", "half_year", "quarter", "months", "range"} <= set(back["period_kind"])
    assert "average" in set(back["period_aggregate"])

    descriptor = json.loads(archive.read("datapackage.json"))
    (resource,) = descriptor["resources"]
    assert resource["path"] == "data.csv" and resource["format"] == "csv" and resource["encoding"] == "utf-8"
    fields = resource["schema"]["fields"]
    assert [f["name"] for f in fields] == list(back.columns)
    types = {f["name"]: f["type"] for f in fields}
    assert types["value"] == "number" and types["period_start"] == "date" and types["conflict"] == "boolean"
    assert all(f.get("description") for f in fields)
    assert {f["name"]: f["description"] for f in fields}["status"] == t("dfield_status", lang)
    assert descriptor["version"] == "abc123" and descriptor["created"] == "2026-11-30"
    assert descriptor["filters"] == ctx.note and descriptor["licenses"]
    assert any(
        "VCCI" in s["title"] and s.get("path") == "https://pcivietnam.vn" for s in descriptor["sources"]
    )

    readme = archive.read("README.md").decode("utf-8")
    catalog = tables["indicators"].set_index("indicator_id")
    suffix = lang
    for heading in ("pkg_definitions", "pkg_sources", "pkg_filters", "pkg_licence", "pkg_citation"):
        assert f"## {t(heading, lang)}" in readme
    assert catalog.loc["pci_rank", f"name_{suffix}"] in readme
    assert catalog.loc["pci_rank", f"description_{suffix}"] in readme
    assert catalog.loc["income_per_capita", f"unit_{suffix}"] in readme
    assert (
        "Cục Thống kê tỉnh Lạng Sơn" in readme
        and "<https://example.org/c>" in readme
        and "2025-10-05" in readme
    )
    assert f"2023-08-25 ({t('pkg_inferred', lang)})" in readme  # an inferred date says so
    assert t("pkg_unknown", lang) in readme  # a source without publisher says so
    assert ctx.note in readme and "abc123" in readme and "2026-11-30" in readme
    assert t("pkg_licence_text", lang) in readme


def test_package_readme_lists_only_the_indicators_and_sources_of_the_rows(tables):
    table = _table(tables, "en")
    table = table.loc[table["indicator_id"] == "pci_rank"].reset_index(drop=True)
    ctx = _context(tables, table, "en")
    assert [name for name, _, _ in download_package.definitions(ctx)] == [
        "Provincial Competitiveness Index (PCI) rank"
    ]
    assert set(ctx.sources["source_id"]) == set(table["source_id"])


def test_package_csv_neutralises_formulas(tables):
    table = _attacked(_table(tables, "vi"))
    archive = zipfile.ZipFile(io.BytesIO(download_package.package_zip(table, _context(tables, table, "vi"))))
    back = pd.read_csv(io.BytesIO(archive.read("data.csv")), dtype=str, keep_default_na=False)
    assert back.loc[0, "quote"] == "'" + ATTACK
    assert back.loc[1, "value_text"] == "'-1+2"


# --- XLSX with its context --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_xlsx_about_sheet_carries_definitions_sources_filters_licence_and_version(tables, lang):
    table = _attacked(_table(tables, lang))
    ctx = _context(tables, table, lang)
    data = to_xlsx(
        human_columns(table, lang),
        ctx.note,
        lang,
        dataset_version="abc123",
        about_rows=download_package.about_rows(ctx),
    )
    sheets = pd.read_excel(io.BytesIO(data), sheet_name=None, header=None, dtype=str)
    assert list(sheets) == ["data", t("about_sheet", lang)]
    about = [c for c in sheets[t("about_sheet", lang)].fillna("").to_numpy().ravel().tolist() if c]
    catalog = tables["indicators"].set_index("indicator_id")
    assert ctx.note in about and "abc123" in about and "2026-11-30" in about
    assert t("pkg_licence_text", lang) in about
    assert catalog.loc["pci_rank", f"name_{lang}"] in about
    assert catalog.loc["pci_rank", f"description_{lang}"] in about
    assert "VCCI" in about and "https://pcivietnam.vn" in about
    data_sheet = pd.read_excel(io.BytesIO(data), sheet_name="data", dtype=str, keep_default_na=False)
    assert data_sheet.loc[0, t("dcol_quote", lang)] == "'" + ATTACK
    assert {"target", "estimate"} <= set(data_sheet[t("dcol_status", lang)])
    assert "over" in set(data_sheet[t("dcol_bound", lang)])


# --- CSV for Vietnamese Excel -----------------------------------------------------------------------


def test_vietnamese_excel_csv_uses_decimal_comma_semicolons_and_a_bom(tables):
    table = _attacked(_table(tables, "vi"))
    human = human_columns(table, "vi")
    data = to_csv_vn(human)
    assert data.startswith(CSV_BOM)
    text = data[len(CSV_BOM) :].decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == list(human.columns)
    back = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig", keep_default_na=False)
    assert back[t("dcol_value", "vi")].tolist() == pytest.approx(table["value"].tolist())
    value_cells = [row[rows[0].index(t("dcol_value", "vi"))] for row in rows[1:]]
    assert "6,95" in value_cells and "38,0974" in value_cells
    assert all("." not in cell for cell in value_cells)
    assert back.loc[0, t("dcol_quote", "vi")] == "'" + ATTACK
    assert back.loc[1, t("dcol_value_text", "vi")] == "'-1+2"
    assert {"approx", "over"} <= set(back[t("dcol_bound", "vi")])
    assert "half_year" in set(back[t("dcol_period_kind", "vi")])


# --- SDMX-CSV ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "start", "end", "expected"),
    [
        ("year", "2024-01-01", "2024-12-31", "2024"),
        ("half_year", "2024-01-01", "2024-06-30", "2024-S1"),
        ("half_year", "2024-07-01", "2024-12-31", "2024-S2"),
        ("quarter", "2024-07-01", "2024-09-30", "2024-Q3"),
        ("quarter", "2025-01-01", "2025-03-31", "2025-Q1"),
        ("month", "2024-10-01", "2024-10-31", "2024-M10"),
        ("month", "2024-02-01", "2024-02-29", "2024-M02"),
        ("months", "2024-01-01", "2024-09-30", "2024-01-01/2024-09-30"),
        ("months", "2024-01-01", "2024-06-30", "2024-01-01/2024-06-30"),  # a running total stays one
        ("range", "2021-01-01", "2025-12-31", "2021-01-01/2025-12-31"),
        ("range", "2025-01-01", "2030-12-31", "2025-01-01/2030-12-31"),
        ("as_of", "2024-06-30", "2024-06-30", "2024-06-30"),
        ("dates", "2024-03-05", "2024-03-20", "2024-03-05/2024-03-20"),
        ("quarter", "2024-02-01", "2024-04-30", "2024-02-01/2024-04-30"),  # not a calendar quarter
        ("year", "2024-07-01", "2025-06-30", "2024-07-01/2025-06-30"),  # not a calendar year
    ],
)
def test_sdmx_period_codes(kind, start, end, expected):
    assert sdmx.sdmx_period(kind, start, end) == expected


@pytest.mark.parametrize(
    ("status", "code"),
    [
        ("actual", "A"),
        ("official", "A"),
        ("estimate", "E"),
        ("preliminary", "P"),
        ("forecast", "F"),
        ("target", "T"),
    ],
)
def test_sdmx_obs_status_codes(status, code):
    assert sdmx.OBS_STATUS[status] == code


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_sdmx_csv_opens_with_dimensions_attributes_and_flags(tables, lang):
    table = _table(tables, lang)
    data = sdmx.to_sdmx_csv(table, tables["indicators"])
    assert not data.startswith(CSV_BOM)
    back = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    assert list(back.columns) == list(sdmx.COLUMNS)
    assert set(back["DATAFLOW"]) == {sdmx.DATAFLOW} and set(back["REF_AREA"]) == {"VN-09"}
    rows = {(r["INDICATOR"], r["TIME_PERIOD"], r["OBS_STATUS"]): r for r in back.to_dict("records")}
    assert ("GRDP_GROWTH", "2025-S1", "A") in rows
    assert ("GRDP_GROWTH", "2025-Q1", "A") in rows
    assert ("GRDP_GROWTH", "2024-01-01/2024-09-30", "A") in rows
    assert ("GRDP_GROWTH", "2024", "E") in rows
    assert ("INCOME_PER_CAPITA", "2024", "P") in rows
    target = rows[("GRDP_GROWTH", "2025-01-01/2030-12-31", "T")]
    assert "period_aggregate=average" in target["COMMENT"]
    assert target["UNIT_MEASURE"] == "PC" and target["UNIT_MULT"] == "" and target["DECIMALS"] == "2"
    revenue = rows[("BUDGET_REVENUE", "2024", "A")]
    assert float(revenue["OBS_VALUE"]) == 10500 and revenue["UNIT_MEASURE"] == "VND"
    assert revenue["UNIT_MULT"] == "9" and "bound=over" in revenue["COMMENT"]
    income = rows[("INCOME_PER_CAPITA", "2025", "E")]
    assert income["UNIT_MULT"] == "6" and "bound=approx" in income["COMMENT"]
    assert "period_kind=months" in rows[("GRDP_GROWTH", "2024-01-01/2024-09-30", "A")]["COMMENT"]
    assert rows[("PCI_RANK", "2022", "A")]["DECIMALS"] == "0"


def test_sdmx_csv_neutralises_formulas(tables):
    table = _table(tables, "vi")
    table.loc[0, "period"] = ATTACK
    back = pd.read_csv(io.BytesIO(sdmx.to_sdmx_csv(table, tables["indicators"])), dtype=str)
    assert back.loc[0, "COMMENT"].startswith("'" + ATTACK)


# --- The buttons: every format made, one file name each --------------------------------------------


def _captured(monkeypatch):
    import streamlit as st

    got = []
    monkeypatch.setattr(st, "download_button", lambda label, **kw: got.append((label, kw)))
    return got


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_table_downloads_make_every_format_under_its_own_name(tables, monkeypatch, lang):
    from ui.app_widgets import table_downloads

    got = _captured(monkeypatch)
    table = _table(tables, lang)
    catalog = (tables["indicators"], tables["sources"])
    table_downloads(table, note="n", stem="langson_figures", lang=lang, dataset_version="v", catalog=catalog)
    labels = [label for label, _ in got]
    assert labels == [
        t(f"download_{k}", lang) for k in ("csv", "csv_vn", "xlsx", "parquet", "package", "sdmx")
    ]
    names = [kw["file_name"] for _, kw in got]
    assert len(set(names)) == len(names) and all(n.endswith(f"_{lang}.{n.rsplit('.', 1)[1]}") for n in names)
    made = {kw["file_name"]: kw["data"]() for _, kw in got}
    assert zipfile.ZipFile(io.BytesIO(made[f"langson_figures_package_{lang}.zip"])).namelist()
    assert made[f"langson_figures_sdmx_{lang}.csv"].startswith(b"DATAFLOW,")
    assert made[f"langson_figures_excel_vn_{lang}.csv"].startswith(CSV_BOM)


def test_table_downloads_without_a_catalog_keep_the_plain_formats(tables, monkeypatch):
    from ui.app_widgets import table_downloads

    got = _captured(monkeypatch)
    table_downloads(_table(tables, "en"), note="n", stem="rankings", lang="en")
    assert [label for label, _ in got] == ["CSV", "CSV (Vietnamese Excel)", "XLSX", "Parquet"]


def test_chart_zips_have_one_name_per_format(monkeypatch):
    import plotly.graph_objects as go

    from ui import app_widgets

    monkeypatch.setattr(app_widgets, "static_export_problem", lambda: None)
    got = _captured(monkeypatch)
    app_widgets.page_zip_buttons({"a": go.Figure()}, stem="indicators", lang="vi")
    assert [kw["file_name"] for _, kw in got] == ["indicators_png_vi.zip", "indicators_html_vi.zip"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [(True, True), (False, False), (None, False), (float("nan"), False), ("True", True), (1, True)],
)
def test_an_inferred_title_or_date_is_flagged_whatever_its_type(value, expected):
    import numpy as np

    from ui.download_package import _flag

    assert _flag(value) is expected
    if isinstance(value, bool):
        assert _flag(np.bool_(value)) is expected


def test_package_readme_shows_document_text_as_data(tables):
    """A source title with markup stays text in the README (it renders nowhere as HTML or a link)."""
    table = _table(tables, "vi")
    ctx = _context(tables, table, "vi")
    text = download_package._md_plain("Bài <b>không</b> tin [x](javascript:alert(1))")
    assert "<b>" not in text and "](" not in text.replace("\\](", "")
    readme = download_package.readme(ctx, len(table))
    assert "<b>" not in readme and "<script>" not in readme
