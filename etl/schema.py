"""Schemas of the published tables: pandera models for validation, Arrow schemas for writing.

The dashboard reads these tables and checks them against the same models, so a dataset written by
an older or newer ETL is refused with a message instead of failing somewhere inside a chart.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
from pandera.typing import Series

SCHEMA_VERSION = 1

UNITS = ("rank", "points", "percent", "billion_vnd", "million_vnd", "billion_usd", "count")
MEASURES = ("rank", "score", "percent", "money", "count")
BASES = ("reported", "derived")
PERIOD_KINDS = ("year", "range", "quarter", "months", "month", "as_of", "dates", "to_date", "plan")
DERIVATION_RULES = (
    "percentage_point_change",  # a rate "cao hơn 1,5%" than another rate: points, not per cent
    "relative_change",  # a level "cao hơn 29,3%" than another level
    "absolute_change",  # "tăng 120 tỷ đồng", "giảm 0,04 điểm"
    "rank_change",  # "tăng 21 bậc": a better rank is a smaller number
    "ratio",  # "gấp 1,5 lần"
)
# A share above this is not a growth rate or a plausible per-cent figure for a province.
MAX_PERCENT = 1000.0


class FiguresSchema(pa.DataFrameModel):
    """One row per figure mention (reported) or per figure computed from a comparison (derived)."""

    figure_id: Series[str] = pa.Field(unique=True, str_length={"min_value": 8})
    indicator_id: Series[str]
    value: Series[float] = pa.Field(ge=0)
    unit: Series[str] = pa.Field(isin=UNITS)
    rank_of: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    approximate: Series[bool]
    qualifier: Series[str] = pa.Field(nullable=True)
    value_text: Series[str]
    period_kind: Series[str] = pa.Field(isin=PERIOD_KINDS)
    period_start: Series[pa.DateTime] = pa.Field(ge=pd.Timestamp("1945-01-01"))
    period_end: Series[pa.DateTime] = pa.Field(le=pd.Timestamp("2100-12-31"))
    period_label: Series[str]
    period_inferred: Series[bool]
    basis: Series[str] = pa.Field(isin=BASES)
    derivation: Series[str] = pa.Field(nullable=True)
    derivation_rule: Series[str] = pa.Field(nullable=True, isin=DERIVATION_RULES)
    derived_from: Series[str] = pa.Field(nullable=True)
    source_id: Series[str]
    quote: Series[str] = pa.Field(str_length={"min_value": 1})
    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=1)
    mention_start: Series[int] = pa.Field(ge=0)
    mention_end: Series[int] = pa.Field(ge=1)
    conflict: Series[bool]

    class Config:
        strict = True
        coerce = False

    @pa.dataframe_check(error="rank must lie within 1..rank_of")
    def rank_within_total(cls, df: pd.DataFrame) -> Series[bool]:
        ranks = df["unit"] == "rank"
        within = df["rank_of"].isna() | (df["value"] <= df["rank_of"].astype("Float64"))
        return (~ranks | ((df["value"] >= 1) & within)).astype(bool)

    @pa.dataframe_check(error="a percentage must lie within 0..MAX_PERCENT")
    def plausible_percent(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["unit"] != "percent") | (df["value"] <= MAX_PERCENT)

    @pa.dataframe_check(error="period_start must not be after period_end")
    def period_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return df["period_start"] <= df["period_end"]

    @pa.dataframe_check(error="the quote span must be ordered and contain the mention")
    def spans_ordered(cls, df: pd.DataFrame) -> Series[bool]:
        return (
            (df["char_start"] < df["char_end"])
            & (df["char_start"] <= df["mention_start"])
            & (df["mention_start"] < df["mention_end"])
            & (df["mention_end"] <= df["char_end"])
        )

    @pa.dataframe_check(error="a derived figure says how it was derived; a reported one does not")
    def derivation_iff_derived(cls, df: pd.DataFrame) -> Series[bool]:
        derived = df["basis"] == "derived"
        has_how = df["derivation"].notna() & df["derivation_rule"].notna() & df["derived_from"].notna()
        return (derived & has_how) | (~derived & df["derivation"].isna())


class IndicatorsSchema(pa.DataFrameModel):
    indicator_id: Series[str] = pa.Field(unique=True)
    name_vi: Series[str]
    name_en: Series[str]
    unit: Series[str] = pa.Field(isin=UNITS)
    unit_vi: Series[str]
    unit_en: Series[str]
    category: Series[str]
    category_vi: Series[str]
    category_en: Series[str]
    higher_is_better: Series[bool]
    measure: Series[str] = pa.Field(isin=MEASURES)
    national_total: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1)
    sort_order: Series[int]

    class Config:
        strict = True


class SourcesSchema(pa.DataFrameModel):
    source_id: Series[str] = pa.Field(unique=True)
    file_name: Series[str]
    kind: Series[str]
    title: Series[str]
    title_inferred: Series[bool]
    publisher: Series[str] = pa.Field(nullable=True)
    publisher_note: Series[str] = pa.Field(nullable=True)
    published: Series[str] = pa.Field(nullable=True, str_matches=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    date_inferred: Series[bool]
    note: Series[str] = pa.Field(nullable=True)
    link: Series[str] = pa.Field(nullable=True, str_matches=r"^https?://")
    related_links: Series[str] = pa.Field(nullable=True)  # newline-separated http(s) links
    sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    in_manifest: Series[bool]
    n_chars: Series[int] = pa.Field(ge=0)
    n_figures: Series[int] = pa.Field(ge=0)

    class Config:
        strict = True


class DocumentsSchema(pa.DataFrameModel):
    """The normalised text of each document: figure offsets index into it."""

    source_id: Series[str] = pa.Field(unique=True)
    text: Series[str]

    class Config:
        strict = True


class ConflictsSchema(pa.DataFrameModel):
    """Indicator-periods for which documents report different values."""

    indicator_id: Series[str]
    period_label: Series[str]
    basis: Series[str] = pa.Field(isin=BASES)
    values: Series[str]  # "15 (002_…); 16 (005_…)"
    source_ids: Series[str]  # newline-separated
    figure_ids: Series[str]  # newline-separated

    class Config:
        strict = True


def _date() -> pa_arrow.DataType:
    return pa_arrow.date32()


# Arrow schemas: the exact on-disk types. Dates are date32 (a day, not an instant).
FIGURES_ARROW = pa_arrow.schema(
    [
        ("figure_id", pa_arrow.string()),
        ("indicator_id", pa_arrow.string()),
        ("value", pa_arrow.float64()),
        ("unit", pa_arrow.string()),
        ("rank_of", pa_arrow.int64()),
        ("approximate", pa_arrow.bool_()),
        ("qualifier", pa_arrow.string()),
        ("value_text", pa_arrow.string()),
        ("period_kind", pa_arrow.string()),
        ("period_start", _date()),
        ("period_end", _date()),
        ("period_label", pa_arrow.string()),
        ("period_inferred", pa_arrow.bool_()),
        ("basis", pa_arrow.string()),
        ("derivation", pa_arrow.string()),
        ("derivation_rule", pa_arrow.string()),
        ("derived_from", pa_arrow.string()),
        ("source_id", pa_arrow.string()),
        ("quote", pa_arrow.string()),
        ("char_start", pa_arrow.int64()),
        ("char_end", pa_arrow.int64()),
        ("mention_start", pa_arrow.int64()),
        ("mention_end", pa_arrow.int64()),
        ("conflict", pa_arrow.bool_()),
    ]
)

TABLES = {
    "figures": FiguresSchema,
    "indicators": IndicatorsSchema,
    "sources": SourcesSchema,
    "documents": DocumentsSchema,
    "conflicts": ConflictsSchema,
}
