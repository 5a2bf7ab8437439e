"""The published tables' contract: their names, Arrow types and allowed values.

Three things enforce it: the ETL's own checks (etl/checks.py, vectorised on Arrow tables, cheap enough
for every run), the pandera models the dashboard validates a dataset with when it reads it
(etl/models.py), and a test that both accept and refuse the same tables. Nothing here imports pandas
or pandera: `python -m etl` starts faster than importing pandas.
"""

from __future__ import annotations

import pyarrow as pa

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


# Arrow schemas: the exact on-disk types. Dates are date32 (a day, not an instant).
FIGURES_ARROW = pa.schema(
    [
        ("figure_id", pa.string()),
        ("indicator_id", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("rank_of", pa.int64()),
        ("approximate", pa.bool_()),
        ("qualifier", pa.string()),
        ("value_text", pa.string()),
        ("period_kind", pa.string()),
        ("period_start", pa.date32()),
        ("period_end", pa.date32()),
        ("period_label", pa.string()),
        ("period_inferred", pa.bool_()),
        ("basis", pa.string()),
        ("derivation", pa.string()),
        ("derivation_rule", pa.string()),
        ("derived_from", pa.string()),
        ("source_id", pa.string()),
        ("quote", pa.string()),
        ("char_start", pa.int64()),
        ("char_end", pa.int64()),
        ("mention_start", pa.int64()),
        ("mention_end", pa.int64()),
        ("conflict", pa.bool_()),
    ]
)


def _strings(*names: str) -> list[tuple[str, pa.DataType]]:
    return [(n, pa.string()) for n in names]


INDICATORS_ARROW = pa.schema(
    [
        *_strings("indicator_id", "name_vi", "name_en", "unit", "unit_vi", "unit_en"),
        *_strings("category", "category_vi", "category_en"),
        ("higher_is_better", pa.bool_()),
        ("measure", pa.string()),
        ("national_total", pa.int64()),
        ("sort_order", pa.int64()),
    ]
)
SOURCES_ARROW = pa.schema(
    [
        *_strings("source_id", "file_name", "kind", "title"),
        ("title_inferred", pa.bool_()),
        *_strings("publisher", "publisher_note", "published"),
        ("date_inferred", pa.bool_()),
        *_strings("note", "link", "related_links", "sha256"),
        ("in_manifest", pa.bool_()),
        ("n_chars", pa.int64()),
        ("n_figures", pa.int64()),
    ]
)
DOCUMENTS_ARROW = pa.schema(_strings("source_id", "text"))
CONFLICTS_ARROW = pa.schema(
    _strings("indicator_id", "period_label", "basis", "values", "source_ids", "figure_ids")
)

ARROW = {
    "figures": FIGURES_ARROW,
    "indicators": INDICATORS_ARROW,
    "sources": SOURCES_ARROW,
    "documents": DOCUMENTS_ARROW,
    "conflicts": CONFLICTS_ARROW,
}
TABLE_NAMES = tuple(ARROW)
# Integer columns that may be empty: pandas reads them as nullable Int64.
NULLABLE_INTS = {"figures": ("rank_of",), "indicators": ("national_total",)}
