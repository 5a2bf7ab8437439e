"""The published tables' contract: their names, Arrow types and allowed values.

Stated once: the columns and types here, the rules as data in etl/checks.py. The ETL checks every table
before publishing and the dashboard's loader (etl/dataset.py) checks them again when it reads a dataset.
Nothing here imports pandas: `python -m etl` starts faster than importing pandas.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 2

# A unit is an id of the catalog's `units` (etl/catalog.yaml), which say what it means (its kind, words,
# decimals, scale): the published indicators table carries them, and the figures' checks read them there.
UNIT_PATTERN = r"^[a-z][a-z0-9_]*$"
# How an indicator's value is written in text (the catalog's `measure`): picks the value pattern.
MEASURES = ("rank", "score", "percent", "money", "count")
# "curated": a figure from the hand-curated reference history (data/reference/), cited, not quoted.
BASES = ("reported", "derived", "curated")
# "months" is a running total from January ("9 tháng", "lũy kế 10 tháng"); "half_year" the first or second
# six months; "range" several whole years (see period_aggregate for average vs total).
PERIOD_KINDS = (
    "year", "half_year", "quarter", "months", "month", "range", "as_of", "dates", "to_date", "plan",
)  # fmt: skip

# The figure model (SDMX's dimensions and observation attributes, in this project's words).
# What the number is: a level (GRDP in billion VND), a growth rate against a reference period, an index
# against a reference ("bằng 106,2% so với cùng kỳ", stored as its growth), a share, a rank, a score, a count.
FIGURE_MEASURES = ("level", "growth", "share", "rank", "score", "count")
# The reference period of a growth rate: the same period a year earlier, or the period just before.
COMPARISONS = ("same_period_last_year", "previous_period")
# The observation's status (SDMX OBS_STATUS): as stated, estimated ("ước"), preliminary ("sơ bộ"),
# official (final figures, curated), a target or plan ("phấn đấu", "kế hoạch", "dự toán"), a forecast.
STATUSES = ("actual", "estimate", "preliminary", "official", "target", "forecast")
PRICE_BASES = ("current", "constant_2010")
# A bound as written: khoảng/xấp xỉ (approx), hơn/trên (over), gần/dưới (under), trở lên, tối đa.
BOUNDS = ("approx", "over", "under", "at_least", "at_most")
# Over a multi-year or cumulative period: a yearly average, a total, a stock at the period's end.
PERIOD_AGGREGATES = ("average", "total", "stock")
# The level of government an administration indicator counts units of (the catalog's `level`).
ADMIN_LEVELS = ("province", "district", "commune")
# Where a figure's period was read: its clause, its sentence, the sentence before, the last one of its
# paragraph that named one (the paragraph's results go on in it), the last told by a paragraph above (an
# article's frame: "Năm 2025, kinh tế - xã hội của tỉnh đạt nhiều kết quả" over paragraphs naming none),
# the paragraph's heading, the document's title, the document's date (relative words: "năm nay", "cùng kỳ"), a
# citation, the day a report is on (a count standing at a date under a term's heading: "Sáng 25/9, … 398 đại
# biểu"), a table's column header
# ("Ước thực hiện năm 2024"), the one year of results the lead paragraph names ("tình hình kinh tế - xã hội
# năm 2016 và phương hướng năm 2017").
PERIOD_SOURCES = (
    "clause",
    "sentence",
    "previous_sentence",
    "paragraph",
    "paragraph_before",
    "heading",
    "title",
    "date_line",
    "citation",
    "reported_day",
    "table_column",
    "lead",
    "footnote",  # a note's value naming no period: the period of the value whose marker it notes
)
# What a figure covers where one indicator is published in more than one scope (trade through the
# province's border gates vs goods declared at its customs vs its own enterprises'): a lower-case word; the
# catalog gives each indicator's own (`scope`), a curated row may state another.
SCOPE_PATTERN = r"^[a-z][a-z_]*$"
# Why a number with a unit was held back instead of published (review.parquet).
REVIEW_REASONS = (
    "no_period",  # the text does not tell its period
    "other_place",  # the nation's, another province's, a district's, a border gate's figure
    "not_in_catalog",  # a number with a unit, in a sentence about the province, no indicator claims
    "against_plan",  # "đạt 105% kế hoạch": a ratio to a plan, not a figure of the indicator
    "too_many_figures",  # a document with an implausible number of figures
    "out_of_range",  # a rank beyond the provinces ranked, a per cent beyond the plausible
    "future_period",  # a period after the document's date, with no word of plan or forecast
    "range",  # "đạt 7 - 7,5%", "từ 10 đến 12%": two ends, no one value the text states
    "condition",  # "nếu mỗi năm chỉ tăng trên 7% thì …": a value supposed, neither a result nor a plan
    "contradicts_stated",  # a change ("giảm 0,4 điểm so với năm 2023") at odds with the earlier value stated
    "linked_article",  # a headline in a page's list of links to other articles ("Tin liên quan")
    # the text stops inside the figure's sentence ("tăng 4,7% so với c"): what it is measured against untold
    "cut_off",
    "split_number",  # "đạt 4, 2 tỷ USD": a number a stray space splits; which value it means is untold
    "question",  # "Những yếu tố nào giúp tỉnh đạt mức tăng trưởng trên 8%?": asked about, not reported
)
DERIVATION_RULES = (
    "percentage_point_change",  # a rate "cao hơn 1,5%" than another rate: points, not per cent
    "relative_change",  # a level "cao hơn 29,3%" than another level
    "absolute_change",  # "tăng 120 tỷ đồng", "giảm 0,04 điểm"
    "rank_change",  # "tăng 21 bậc": a better rank is a smaller number
    "ratio",  # "gấp 1,5 lần"
)
# A value's decimals as written: derived values are rounded to what their inputs allow.
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
        ("measure", pa.string()),
        ("comparison", pa.string()),
        ("status", pa.string()),
        ("place", pa.string()),
        ("price_basis", pa.string()),
        ("bound", pa.string()),
        ("period_aggregate", pa.string()),
        ("period_source", pa.string()),
        ("locator", pa.string()),
        ("scope", pa.string()),
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
        ("unit_kind", pa.string()),
        ("decimals", pa.int64()),
        ("per", pa.string()),
        ("stock", pa.bool_()),
        ("level", pa.string()),
        ("description_vi", pa.string()),
        ("description_en", pa.string()),
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
        ("accessed", pa.string()),
    ]
)
DOCUMENTS_ARROW = pa.schema(_strings("source_id", "text"))
REVIEW_ARROW = pa.schema(
    [
        *_strings("review_id", "source_id", "indicator_id"),
        ("value", pa.float64()),
        *_strings("value_text", "reason", "detail", "quote"),
        *[(n, pa.int64()) for n in ("char_start", "char_end", "mention_start", "mention_end")],
    ]
)
CONFLICTS_ARROW = pa.schema(
    _strings("indicator_id", "period_label", "basis", "values", "source_ids", "figure_ids")
)

ARROW = {
    "figures": FIGURES_ARROW,
    "indicators": INDICATORS_ARROW,
    "sources": SOURCES_ARROW,
    "documents": DOCUMENTS_ARROW,
    "conflicts": CONFLICTS_ARROW,
    "review": REVIEW_ARROW,
}
TABLE_NAMES = tuple(ARROW)
# Integer columns that may be empty: pandas reads them as nullable Int64.
NULLABLE_INTS = {
    "figures": ("rank_of", "char_start", "char_end", "mention_start", "mention_end"),
    "indicators": ("national_total", "decimals"),
}
UNIT_KINDS = ("rank", "score", "rate", "level", "count")
