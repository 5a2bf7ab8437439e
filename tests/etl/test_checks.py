"""The ETL's Arrow checks (etl/checks.py) and the dashboard's pandera models (etl/models.py) state one
contract twice: on the same good and broken tables they must agree, rule by rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pandera.errors
import pyarrow as pa
import pytest

from etl.checks import check_table, check_tables
from etl.models import MODELS
from etl.pipeline import EtlError, run
from etl.publish import _arrow_table, read_dataset
from etl.schema import TABLE_NAMES
from tests.sample_dataset import sample_tables

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


def _pandera_problems(name: str, table: pa.Table) -> list[str]:
    df = table.to_pandas()
    if name == "figures":
        for col in ("period_start", "period_end"):
            df[col] = pd.to_datetime(df[col])
    for col in {"figures": ["rank_of"], "indicators": ["national_total"]}.get(name, []):
        df[col] = df[col].astype("Int64")
    try:
        MODELS[name].validate(df, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        return sorted(set(exc.failure_cases["check"].astype(str)))
    return []


def _arrow(name: str, df: pd.DataFrame) -> pa.Table:
    return _arrow_table(name, df)


def test_sample_tables_pass_both():
    tables = {name: _arrow(name, df) for name, df in sample_tables().items()}
    assert check_tables(tables) == []
    for name in TABLE_NAMES:
        assert _pandera_problems(name, tables[name]) == [], name


def test_a_real_etl_run_passes_both(tmp_path):
    run(RAW, tmp_path / "out", progress=False)
    data = read_dataset(tmp_path / "out")  # read_dataset validates with the pandera models
    assert len(data.figures) >= 18


def _set(col, value, row=0):
    def mutate(df):
        df = df.copy()
        df[col] = df[col].astype(object)
        df.at[row, col] = value
        return df

    return mutate


def _duplicate(col):
    def mutate(df):
        df = df.copy()
        df.at[1, col] = df.at[0, col]
        return df

    return mutate


# (table, how to break it, words the Arrow check's message contains)
BROKEN = [
    ("figures", _set("value", -1.0), "greater_than_or_equal_to(0.0)"),
    ("figures", _set("unit", "furlong"), "isin"),
    ("figures", _set("rank_of", 0), "greater_than_or_equal_to(1)"),
    ("figures", _set("value", 70.0), "rank must lie within"),
    ("figures", _set("period_kind", "decade"), "isin"),
    ("figures", _set("basis", "guessed"), "isin"),
    ("figures", _set("derivation_rule", "magic", row=5), "isin"),
    ("figures", _set("period_start", dt.date(1900, 1, 1)), "greater_than_or_equal_to(1945-01-01)"),
    ("figures", _set("period_end", dt.date(2200, 1, 1)), "less_than_or_equal_to(2100-12-31)"),
    ("figures", _set("period_start", dt.date(2023, 6, 1)), "period_start must not be after"),
    ("figures", _set("mention_end", 10_000), "the quote span must be ordered"),
    ("figures", _set("quote", ""), "str_length(1"),
    ("figures", _set("derivation", "made up"), "a derived figure says how"),
    ("figures", _duplicate("figure_id"), "field_uniqueness"),
    ("figures", _set("figure_id", "abc"), "str_length(8"),
    ("figures", _set("char_start", -1), "greater_than_or_equal_to(0)"),
    ("sources", _set("published", "2023/01/01"), "str_matches"),
    ("sources", _set("link", "javascript:alert(1)"), "str_matches"),
    ("sources", _set("sha256", "xyz"), "str_matches"),
    ("sources", _duplicate("source_id"), "field_uniqueness"),
    ("sources", _set("n_chars", -5), "greater_than_or_equal_to(0)"),
    ("indicators", _set("unit", "furlong"), "isin"),
    ("indicators", _set("measure", "vibe"), "isin"),
    ("indicators", _set("national_total", 0), "greater_than_or_equal_to(1)"),
    ("indicators", _duplicate("indicator_id"), "field_uniqueness"),
    ("documents", _duplicate("source_id"), "field_uniqueness"),
    ("conflicts", _set("basis", "guessed"), "isin"),
]


@pytest.mark.parametrize(("name", "mutate", "message"), BROKEN, ids=[f"{b[0]}-{b[2]}" for b in BROKEN])
def test_both_refuse_the_same_broken_table(name, mutate, message):
    df = mutate(sample_tables()[name])
    if name == "figures":  # the sample's derived figure is row 5; keep the frame's own dtypes
        df["rank_of"] = df["rank_of"].astype("Int64")
    table = _arrow(name, df)
    problems = check_table(name, table)
    assert problems, f"the Arrow checks accepted a broken {name} table"
    assert any(message in p for p in problems), problems
    assert _pandera_problems(name, table), f"the pandera model accepted a broken {name} table"


def test_wrong_types_are_named():
    table = _arrow("sources", sample_tables()["sources"])
    table = table.set_column(
        table.schema.get_field_index("n_chars"), "n_chars", table["n_chars"].cast(pa.string())
    )
    (problem,) = check_table("sources", table)
    assert "n_chars: string (expected int64)" in problem


def test_a_run_whose_tables_break_a_rule_publishes_nothing(tmp_path, monkeypatch):
    """A rule broken at run time (here: a catalog with no units) is an EtlError; no dataset appears."""
    import etl.pipeline as pipeline

    real = pipeline.indicators_arrow

    def broken_indicators(catalog):
        table = real(catalog)
        return table.set_column(
            table.schema.get_field_index("unit"), "unit", pa.array(["furlong"] * table.num_rows)
        )

    monkeypatch.setattr(pipeline, "indicators_arrow", broken_indicators)
    with pytest.raises(EtlError) as exc:
        run(RAW, tmp_path / "out", progress=False)
    assert any(f == "indicators.parquet" and "isin" in why for f, why in exc.value.problems)
    assert not (tmp_path / "out").exists()
    assert not list(tmp_path.glob(".staging-*"))
