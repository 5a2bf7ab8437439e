"""What makes two figures "the same figure": one definition for the ETL's conflicts, the Add documents
preview and the dashboard's pairing of figures.

Two figures are the same figure when they state the same indicator, for the same period span, in the same
scope, price basis and place, aggregated the same way (a yearly average is not a five-year total), with
the same kind of status: a result, a target or a forecast. Within results, an estimate and a later
official figure of one period are the same figure *revised*, not two figures in conflict: a conflict is
two values with the same status that do not agree (`values_agree`: equal, or an approximate value that
the other rounds to, "khoảng 6,5%" beside "6,52%").
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pyarrow as pa
import pyarrow.compute as pc

SAME_FIGURE = (
    "indicator_id", "period_start", "period_end", "scope", "price_basis", "place", "period_aggregate",
)  # fmt: skip
# Optional columns: a missing value is a value like any other when figures are compared.
NULLABLE = ("scope", "price_basis", "period_aggregate")
_STATUS_CLASS = {"target": "target", "forecast": "forecast"}
# How final a status is: a more final figure of the same period revises a less final one.
FINALITY = {"estimate": 0, "actual": 1, "preliminary": 2, "official": 3, "target": 0, "forecast": 0}


def status_class(status: str) -> str:
    """A result (actual, estimate, preliminary, official), a target or a forecast."""
    return _STATUS_CLASS.get(status, "result")


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value) in ("<NA>", "NaT")


def same_figure_key(row: Mapping) -> tuple:
    """The key two rows (dicts, or pandas rows) share exactly when they are the same figure."""
    key = tuple(None if _missing(row.get(c)) else row.get(c) for c in SAME_FIGURE)
    return (*key, status_class(str(row.get("status"))))


def with_filled_keys(table: pa.Table) -> pa.Table:
    """`table` with its nullable key columns filled with "" (Arrow's groups and joins never match nulls)."""
    for column in NULLABLE:
        i = table.schema.get_field_index(column)
        table = table.set_column(i, column, pc.fill_null(table[column], ""))
    return table


_EXACT = 6  # decimals to which two stated values are compared


def _places(value: float) -> int:
    """The decimals an approximate value was given to: 6.5 -> 1, 7 -> 0, 1_900_000 -> -5."""
    if value == 0 or not math.isfinite(value):
        return 0
    for places in range(_EXACT, -16, -1):
        if round(value, places) != round(value, places - 1):
            return places
    return 0


def values_agree(a: float, a_approximate: bool, b: float, b_approximate: bool) -> bool:
    """Whether two values stated for the same figure agree: equal (to 6 decimals), or one approximate
    ("khoảng 6,5%") and the other rounding to it at the places it was given to (6,52 -> 6,5). Where both
    are approximate, the finer one rounds to the coarser."""
    if round(a, _EXACT) == round(b, _EXACT):
        return True
    if not (a_approximate or b_approximate):
        return False
    if a_approximate and (not b_approximate or _places(a) <= _places(b)):
        coarse, fine = a, b
    else:
        coarse, fine = b, a
    return round(fine, _places(coarse)) == round(coarse, _EXACT)
