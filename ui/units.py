"""What each unit is, as the catalog says (etl/catalog.yaml `units`), for the dashboard's words and charts.

The published indicators table carries every indicator's unit with its words (`unit_vi`, `unit_en`), its
kind (rank, score, rate, level, count) and its decimals; the dashboard decides by the kind and writes the
words, never a unit's id. A unit id means one thing in every dataset (ids are a contract), so the units of
every dataset loaded are kept together, starting from the catalog that ships with the code.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# A rate or a rank changes by points or places, not by a per cent of itself (selection.change_between).
NO_RELATIVE_CHANGE = ("rate", "rank")
# Whole numbers as written: a rounding step of one (ui/fact_check.py).
EXACT_KINDS = ("rank", "count")


@dataclass(frozen=True)
class Unit:
    id: str
    vi: str  # the words after a number ("tỷ đồng", "%", "" for a plain count)
    en: str
    kind: str  # rank | score | rate | level | count
    decimals: int | None = None

    def words(self, lang: str) -> str:
        return self.vi if lang == "vi" else self.en


_lock = threading.Lock()
_registered: dict[str, Unit] = {}


def _text(value) -> str:
    return "" if value is None or value != value else str(value)  # None and NaN are no words


def units_of(indicators: pd.DataFrame) -> dict[str, Unit]:
    """The units of an indicators table (the published one, or etl.catalog.indicators_table)."""
    columns = ["unit", "unit_vi", "unit_en", "unit_kind", "decimals"]
    out = {}
    for unit, vi, en, kind, decimals in indicators[columns].drop_duplicates("unit").itertuples(index=False):
        places = None if decimals is None or decimals != decimals else int(decimals)
        out[str(unit)] = Unit(str(unit), _text(vi), _text(en), str(kind), places)
    return out


@cache
def _bundled() -> dict[str, Unit]:
    from etl.catalog import indicators_table, load_catalog  # the catalog ships with the code

    return units_of(indicators_table(load_catalog()))


def register_units(indicators: pd.DataFrame) -> None:
    """Learn the units of a loaded dataset (ui.app_data does this for every dataset it reads)."""
    units = units_of(indicators)
    with _lock:
        _registered.update(units)


def unit_info(unit_id: str) -> Unit:
    """A unit by its id: a loaded dataset's, else the bundled catalog's; an unknown id is a plain level
    with no words, never its id on screen."""
    unit_id = str(unit_id)
    found = _registered.get(unit_id) or _bundled().get(unit_id)
    return found or Unit(unit_id, "", "", "level")


def unit_kind(unit_id: str) -> str:
    return unit_info(unit_id).kind
