"""The figures table as SDMX-CSV 1.0 for statisticians: one row per observation, SDMX period codes.

Columns: DATAFLOW, the dimensions INDICATOR, REF_AREA, TIME_PERIOD, then OBS_VALUE and the attributes
OBS_STATUS, UNIT_MEASURE, UNIT_MULT, DECIMALS, COMMENT. Pure functions of the table and the catalog.
"""

from __future__ import annotations

import csv
from datetime import date

import pandas as pd

from ui.downloads import spreadsheet_safe
from ui.units import Unit, units_of

DATAFLOW = "LANGSON:LS_FIGURES(1.0)"
REF_AREA = "VN-09"  # Lạng Sơn, ISO 3166-2:VN
COLUMNS = (
    "DATAFLOW",
    "INDICATOR",
    "REF_AREA",
    "TIME_PERIOD",
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
    return "; ".join(parts)


def sdmx_table(table: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """The figures table (downloads.figures_table, stable column names) as SDMX-CSV rows."""
    catalog = indicators.drop_duplicates("indicator_id").set_index("indicator_id")
    units = units_of(indicators)
    rows = []
    for row in table.to_dict("records"):
        indicator_id = row["indicator_id"]
        unit_id = catalog["unit"].get(indicator_id)
        unit, mult = unit_code(units[str(unit_id)]) if unit_id in units else ("", None)
        value = float(row["value"])
        rows.append(
            {
                "DATAFLOW": DATAFLOW,
                "INDICATOR": str(indicator_id).upper(),
                "REF_AREA": REF_AREA,
                "TIME_PERIOD": sdmx_period(row["period_kind"], row["period_start"], row["period_end"]),
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
