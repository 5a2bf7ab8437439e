"""pandera models of the published tables: the contract as the dashboard checks it when it reads a dataset.

The ETL checks the same rules on Arrow tables at run time (etl/checks.py); tests/etl/test_checks.py
keeps the two in step by running both on the same good and broken tables.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from etl.schema import BASES, DERIVATION_RULES, MAX_PERCENT, MEASURES, PERIOD_KINDS, UNITS


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


MODELS = {
    "figures": FiguresSchema,
    "indicators": IndicatorsSchema,
    "sources": SourcesSchema,
    "documents": DocumentsSchema,
    "conflicts": ConflictsSchema,
}
