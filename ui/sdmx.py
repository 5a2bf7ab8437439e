"""The figures table as SDMX-CSV 1.0 for statisticians: one row per observation, SDMX period codes.

Columns: DATAFLOW, the dimensions INDICATOR, REF_AREA, SERIES_TYPE, PRICES, SCOPE, AGGREGATION,
TIME_PERIOD, then OBS_VALUE and the attributes OBS_STATUS, UNIT_MEASURE, UNIT_MULT, DECIMALS, COMMENT.
Pure functions of the table and the catalog.

In SDMX an observation's key (its dimensions) is unique. The dimensions are what make two figures
different series in the dashboard (ui.pairing.series_key): a result, a target or a forecast; current or
constant prices; the indicator's own scope or another; a yearly average or a total over the same years.
What is not a dimension is not a new observation: two documents giving the same figure, the record and a
press article, an estimate and its revision are statements of one observation, and the export keeps one
of them (`one_per_key`, the dashboard's rule for a period's current value); the others stay in the full
CSV, XLSX and Parquet downloads, and COMMENT counts them.
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date

import pandas as pd

from ui.downloads import spreadsheet_safe
from ui.i18n import t
from ui.pairing import period_class, scope_of, status_class
from ui.selection import FINALITY
from ui.units import Unit, units_of

DATAFLOW = "LANGSON:LS_FIGURES(1.0)"
REF_AREA = "VN-09"  # Lạng Sơn, ISO 3166-2:VN
DIMENSIONS = (
    "DATAFLOW",
    "INDICATOR",
    "REF_AREA",
    "SERIES_TYPE",  # RESULT, TARGET, FORECAST (pairing.status_class)
    "PRICES",  # CURRENT, CONSTANT_2010, or _Z (SDMX's "not applicable")
    "SCOPE",  # _Z for the indicator's own scope, else the other one (CUSTOMS_DECLARED)
    "AGGREGATION",  # over several years: AVERAGE, TOTAL, STOCK, UNSPECIFIED; else _Z
    "TIME_PERIOD",
)
NOT_APPLICABLE = "_Z"
COLUMNS = (
    *DIMENSIONS,
    "OBS_VALUE",
    "OBS_STATUS",
    "UNIT_MEASURE",
    "UNIT_MULT",
    "DECIMALS",
    "COMMENT",
)
# SDMX CL_OBS_STATUS codes; a target or plan has none there, so this project writes T (documented in
# the package README, string pkg_sdmx_status).
OBS_STATUS = {
    "actual": "A",
    "official": "A",
    "estimate": "E",
    "preliminary": "P",
    "forecast": "F",
    "target": "T",
}
# SDMX UNIT_MEASURE for units whose English words are a symbol or nothing, by the unit's kind.
_KIND_CODES = {"rate": "PC", "count": "NUMBER"}
# UNIT_MULT (a power of ten) for the English scale word a unit's words open with ("billion VND").
_SCALE_WORDS = {"thousand": 3, "million": 6, "billion": 9}


def unit_code(unit: Unit) -> tuple[str, int | None]:
    """A catalog unit as SDMX UNIT_MEASURE and UNIT_MULT, from its English words and kind (ui.units):
    "billion VND" → ("VND", 9), "points" → ("POINTS", None), "%" → ("PC", None)."""
    words = unit.en.split()
    mult = _SCALE_WORDS.get(words[0].lower()) if len(words) > 1 else None
    if mult is not None:
        words = words[1:]
    measure = "_".join(w.upper() for w in words if any(c.isalnum() for c in w))
    return measure or _KIND_CODES.get(unit.kind, unit.id.upper()), mult


# Kinds always written as an ISO 8601 interval: running totals from January, several years, dates.
_INTERVAL_KINDS = ("months", "range", "dates", "to_date", "plan")


def _day(value: object) -> date:
    return pd.Timestamp(value).date()


def sdmx_period(kind: object, start: object, end: object) -> str:
    """The SDMX TIME_PERIOD of a period: "2024", "2024-S1", "2024-Q3", "2024-M10", "2024-06-30", or an
    ISO interval "2024-01-01/2024-09-30" for a running total, several years, or any other span."""
    first, last = _day(start), _day(end)
    interval = f"{first.isoformat()}/{last.isoformat()}"
    if kind == "as_of" or first == last:
        return last.isoformat()
    if kind in _INTERVAL_KINDS:
        return interval
    month_end = (pd.Timestamp(last) + pd.offsets.MonthEnd(0)).date()
    if first.year != last.year or first.day != 1 or last != month_end:
        return interval
    months = last.month - first.month + 1
    if months == 12:
        return str(first.year)
    if months == 6 and first.month in (1, 7):
        return f"{first.year}-S{1 if first.month == 1 else 2}"
    if months == 3 and first.month in (1, 4, 7, 10):
        return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
    if months == 1:
        return f"{first.year}-M{first.month:02d}"
    return interval


def _decimals(value: float, catalog_decimals: object) -> int:
    if pd.notna(catalog_decimals):
        written = len(f"{value:.6f}".rstrip("0").split(".")[1])
        return max(int(catalog_decimals), written)
    return len(f"{value:.6f}".rstrip("0").split(".")[1])


def _code(value: object) -> str:
    return str(value).upper() if isinstance(value, str) and value else NOT_APPLICABLE


def _aggregation(row: dict) -> str:
    """A span of years' aggregate as pairing.period_class reads it ("range:average" → AVERAGE); _Z for a
    period within a year, where a period is its own aggregate."""
    kind, _, rest = period_class(row).partition(":")
    if kind not in ("range", "plan", "to_date", "dates") or not rest:
        return NOT_APPLICABLE
    return rest.split(":")[0].upper()


# The table's basis column is in words of the page's language (downloads.figures_table): back to codes.
_BASIS = {t(f"basis_{b}", lang): b for b in ("reported", "derived", "curated") for lang in ("vi", "en")}


def _rank(row: dict) -> tuple:
    """How a statement of an observation ranks against the others of its key, best first: stated before
    derived, then the most final status (official, as stated, preliminary, estimate: selection.FINALITY),
    then the reference history before a document, then an exact value before an approximate one."""
    basis = _BASIS.get(str(row.get("basis")), str(row.get("basis")))
    return (
        basis == "derived",
        FINALITY.get(str(row.get("status")), 1),
        basis != "curated",
        bool(row.get("approximate")),
    )


def one_per_key(rows: list[dict], keys: list[tuple]) -> list[tuple[int, int]]:
    """(position of the statement kept, how many others) per distinct key, in the order keys first occur.

    Of a key's statements the best by `_rank` is kept; of equally ranked ones, the value most of them
    give, then the first (the Overview's rule for a period's current value, selection.one_per_period)."""
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(keys):
        groups.setdefault(key, []).append(i)
    kept = []
    for members in groups.values():
        ranks = {i: _rank(rows[i]) for i in members}
        values = {i: float(rows[i]["value"]) for i in members}
        support = Counter((ranks[i], values[i]) for i in members)
        best = min(members, key=lambda i: (ranks[i], -support[(ranks[i], values[i])], i))
        kept.append((best, len(members) - 1))
    return kept


def _comment(row: dict) -> str:
    parts = [str(row["period"])]
    if row.get("what"):
        parts.append(str(row["what"]))
    for column in ("bound", "qualifier", "period_kind", "period_aggregate"):
        value = row.get(column)
        if isinstance(value, str) and value:
            parts.append(f"{column}={value}")
    if row.get("period_inferred"):
        parts.append("period_inferred")
    if isinstance(row.get("source"), str):
        parts.append(f"source={row['source']}")
    if others := row.get("_others"):
        parts.append(f"other_statements={others}")
    return "; ".join(parts)


def _key(row: dict) -> dict[str, str]:
    """A figures-table row's SDMX dimensions."""
    return {
        "DATAFLOW": DATAFLOW,
        "INDICATOR": str(row["indicator_id"]).upper(),
        "REF_AREA": REF_AREA,
        "SERIES_TYPE": status_class(row).upper(),
        "PRICES": _code(row.get("price_basis")),
        "SCOPE": _code(scope_of(row)),
        "AGGREGATION": _aggregation(row),
        "TIME_PERIOD": sdmx_period(row["period_kind"], row["period_start"], row["period_end"]),
    }


def sdmx_table(table: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """The figures table (downloads.figures_table, stable column names) as SDMX-CSV rows: one per key
    (`one_per_key`), in the order the table first gives each key."""
    catalog = indicators.drop_duplicates("indicator_id").set_index("indicator_id")
    units = units_of(indicators)
    records = table.to_dict("records")
    keys = [_key(row) for row in records]
    rows = []
    for position, others in one_per_key(records, [tuple(k.values()) for k in keys]):
        row = {**records[position], "_others": others}
        indicator_id = row["indicator_id"]
        unit_id = catalog["unit"].get(indicator_id)
        unit, mult = unit_code(units[str(unit_id)]) if unit_id in units else ("", None)
        value = float(row["value"])
        rows.append(
            {
                **keys[position],
                "OBS_VALUE": value,
                "OBS_STATUS": OBS_STATUS.get(str(row.get("status")), "A"),
                "UNIT_MEASURE": unit,
                "UNIT_MULT": mult,
                "DECIMALS": _decimals(value, catalog["decimals"].get(indicator_id)),
                "COMMENT": _comment(row),
            }
        )
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    frame["UNIT_MULT"] = frame["UNIT_MULT"].astype("Int64")
    return frame


def to_sdmx_csv(table: pd.DataFrame, indicators: pd.DataFrame) -> bytes:
    """SDMX-CSV bytes (UTF-8, no byte-order mark, comma-separated, decimal point); text cells that a
    spreadsheet would run as formulas neutralised as in every other text download."""
    frame = spreadsheet_safe(sdmx_table(table, indicators))
    return frame.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).encode("utf-8")
