"""The published contract (etl/schema.py + the rules of etl/checks.py), stated once: the ETL checks it
before publishing and the dashboard's reader (etl/dataset.py) checks it again when it loads a dataset.
Every rule is broken here at least once, and both the checks and the reader must refuse the table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl.checks import RULES, check_table, check_tables
from etl.dataset import DatasetError, read_dataset
from etl.pipeline import EtlError, run
from etl.publish import _arrow_table, write_dataset
from etl.schema import TABLE_NAMES
from tests.sample_dataset import sample_tables

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"


def _reader_refuses(name: str, table: pa.Table, tmp_path: Path) -> bool:
    """Whether the dashboard's reader refuses a dataset holding `table` (written around the checks)."""
    out = write_dataset(
        {n: _arrow(n, df) for n, df in sample_tables().items()}, tmp_path / "ds", {"source": "test"}
    )
    pq.write_table(table, out / f"{name}.parquet")
    try:
        read_dataset(out)
    except DatasetError:
        return True
    return False


def _arrow(name: str, df: pd.DataFrame) -> pa.Table:
    return _arrow_table(name, df)


def test_sample_tables_pass_both():
    tables = {name: _arrow(name, df) for name, df in sample_tables().items()}
    assert check_tables(tables) == []
    assert set(tables) == set(TABLE_NAMES)


def test_a_real_etl_run_passes_both(tmp_path):
    run(RAW, tmp_path / "out", progress=False)
    data = read_dataset(tmp_path / "out")  # read_dataset checks the contract again
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
        df = pd.concat([df, df.iloc[[0]]], ignore_index=True) if len(df) < 2 else df.copy()
        df.at[1, col] = df.at[0, col]
        return df

    return mutate


# (table, how to break it, words the Arrow check's message contains)
BROKEN = [
    ("figures", _set("value", -1.0), "a value is not negative unless"),
    ("figures", _set("value", 5000.0, row=3), "a rate must lie within"),
    ("figures", _set("unit", "furlong"), "a figure's unit is its indicator's unit"),
    ("figures", _set("unit", "Furlong!"), "str_matches"),
    ("figures", _set("indicator_id", "not_in_the_catalog"), "a figure's unit is its indicator's unit"),
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
    ("figures", _set("quote", None), "has its quote and offsets"),
    ("figures", _set("measure", "vibe"), "isin"),
    ("figures", _set("comparison", "last_week"), "isin"),
    ("figures", _set("status", "rumour"), "isin"),
    ("figures", _set("price_basis", "1994"), "isin"),
    ("figures", _set("bound", "maybe"), "isin"),
    ("figures", _set("period_aggregate", "median"), "isin"),
    ("figures", _set("period_source", "memory"), "isin"),
    ("figures", _set("scope", "Border Gates!"), "str_matches"),
    ("figures", _set("place", None), "not null"),
    ("review", _set("reason", "dislike"), "isin"),
    ("review", _duplicate("review_id"), "field_uniqueness"),
    ("review", _set("mention_end", 10_000), "the quote span must be ordered"),
    ("review", _set("quote", None), "not null"),
    ("sources", _set("accessed", "yesterday"), "str_matches"),
    ("indicators", _set("unit_kind", "vibe"), "isin"),
    ("indicators", _set("level", "village"), "isin"),
    ("indicators", _set("decimals", -1), "greater_than_or_equal_to(0)"),
    ("figures", _set("derivation", "made up"), "a derived figure says how"),
    ("figures", _duplicate("figure_id"), "field_uniqueness"),
    ("figures", _set("figure_id", "abc"), "str_length(8"),
    ("figures", _set("char_start", -1), "greater_than_or_equal_to(0)"),
    ("sources", _set("published", "2023/01/01"), "str_matches"),
    ("sources", _set("link", "javascript:alert(1)"), "str_matches"),
    ("sources", _set("sha256", "xyz"), "str_matches"),
    ("sources", _duplicate("source_id"), "field_uniqueness"),
    ("sources", _set("n_chars", -5), "greater_than_or_equal_to(0)"),
    ("indicators", _set("unit", "Furlong!"), "str_matches"),
    ("indicators", _set("measure", "vibe"), "isin"),
    ("indicators", _set("national_total", 0), "greater_than_or_equal_to(1)"),
    ("indicators", _duplicate("indicator_id"), "field_uniqueness"),
    ("documents", _duplicate("source_id"), "field_uniqueness"),
    ("conflicts", _set("basis", "guessed"), "isin"),
]


@pytest.mark.parametrize(("name", "mutate", "message"), BROKEN, ids=[f"{b[0]}-{b[2]}" for b in BROKEN])
def test_both_refuse_the_same_broken_table(name, mutate, message, tmp_path):
    df = mutate(sample_tables()[name])
    for col in ("rank_of", "char_start", "char_end", "mention_start", "mention_end", "decimals"):
        if col in df:  # keep the frame's own nullable integer dtypes
            df[col] = df[col].astype("Int64")
    table = _arrow(name, df)
    problems = check_table(name, table, _arrow("indicators", sample_tables()["indicators"]))
    assert problems, f"the checks accepted a broken {name} table"
    assert any(message in p for p in problems), problems
    assert _reader_refuses(name, table, tmp_path), f"the reader accepted a broken {name} table"


def test_every_rule_is_broken_by_some_case():
    """The table above walks the whole contract: every rule but the plain not-null ones (tested by
    test_not_null_columns) is named by at least one case."""
    named = {(name, message) for name, _mutate, message in BROKEN}
    for table, rules in RULES.items():
        for column, rule, _broken in rules:
            if rule == "not null":
                continue
            assert any(t == table and (m in rule or rule.startswith(m)) for t, m in named), (
                table,
                column,
                rule,
            )


@pytest.mark.parametrize(
    ("name", "column"),
    [(t, c) for t, rules in RULES.items() for c, rule, _ in rules if rule == "not null"],
)
def test_not_null_columns(name, column):
    df = _set(column, None)(sample_tables()[name])
    problems = check_table(name, _arrow(name, df), _arrow("indicators", sample_tables()["indicators"]))
    assert any(p.startswith("not null") and column in p for p in problems), problems


def test_wrong_types_are_named():
    table = _arrow("sources", sample_tables()["sources"])
    table = table.set_column(
        table.schema.get_field_index("n_chars"), "n_chars", table["n_chars"].cast(pa.string())
    )
    (problem,) = check_table("sources", table)
    assert "n_chars: string (expected int64)" in problem


def test_a_run_whose_tables_break_a_rule_publishes_nothing(tmp_path, monkeypatch):
    """A rule broken at run time (here: a catalog with no units) is an EtlError; no dataset appears."""
    import etl.assemble as assemble

    real = assemble.indicators_arrow

    def broken_indicators(catalog):
        table = real(catalog)
        return table.set_column(
            table.schema.get_field_index("unit"), "unit", pa.array(["Furlong!"] * table.num_rows)
        )

    monkeypatch.setattr(assemble, "indicators_arrow", broken_indicators)
    with pytest.raises(EtlError) as exc:
        run(RAW, tmp_path / "out", progress=False)
    assert any(f == "indicators.parquet" and "str_matches" in why for f, why in exc.value.problems)
    assert not (tmp_path / "out").exists()
    assert not list(tmp_path.glob(".staging-*"))
