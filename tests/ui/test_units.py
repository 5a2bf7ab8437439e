"""Units as the catalog states them (ui/units.py): words, kinds and SDMX codes come from the indicators
table, never from a unit's id."""

from __future__ import annotations

import pandas as pd
import pytest

from etl.catalog import indicators_table, load_catalog
from ui.formatting import format_value
from ui.sdmx import unit_code
from ui.units import Unit, register_units, unit_info, units_of


def test_the_bundled_units_are_the_catalogs():
    catalog = load_catalog()
    units = units_of(indicators_table(catalog))
    used = {ind.unit for ind in catalog.indicators}
    assert set(units) == used
    for uid, unit in units.items():
        spec = catalog.units[uid]
        assert (unit.vi, unit.en, unit.kind, unit.decimals) == (spec.vi, spec.en, spec.kind, spec.decimals)


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (Unit("percent", "%", "%", "rate"), ("PC", None)),
        (Unit("rank", "thứ hạng", "rank", "rank"), ("RANK", None)),
        (Unit("points", "điểm", "points", "score"), ("POINTS", None)),
        (Unit("count", "", "", "count"), ("NUMBER", None)),
        (Unit("billion_vnd", "tỷ đồng", "billion VND", "level"), ("VND", 9)),
        (Unit("million_usd", "triệu USD", "million USD", "level"), ("USD", 6)),
        (Unit("thousand_tonnes", "nghìn tấn", "thousand tonnes", "level"), ("TONNES", 3)),
        (Unit("hectares", "ha", "ha", "level"), ("HA", None)),
    ],
)
def test_sdmx_unit_codes_come_from_the_units_words_and_kind(unit, expected):
    assert unit_code(unit) == expected


def test_a_registered_unit_is_written_with_its_words_and_an_unknown_one_with_none():
    indicators = pd.DataFrame(
        {
            "unit": ["million_kwh"],
            "unit_vi": ["triệu kWh"],
            "unit_en": ["million kWh"],
            "unit_kind": ["level"],
            "decimals": pd.array([1], dtype="Int64"),
        }
    )
    register_units(indicators)
    assert unit_info("million_kwh") == Unit("million_kwh", "triệu kWh", "million kWh", "level", 1)
    assert format_value(1250.5, "million_kwh", "vi") == "1.250,5 triệu kWh"
    assert format_value(1250.5, "million_kwh", "en") == "1,250.5 million kWh"
    # an id no catalog defines is never put on screen
    assert format_value(3, "no_such_unit", "vi") == "3"
    assert unit_info("no_such_unit").kind == "level"
