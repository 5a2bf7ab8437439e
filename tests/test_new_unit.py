"""Adding a unit or an indicator touches the catalog and nothing else (issue 12).

A copy of the bundled catalog gains a unit and an indicator the code has never seen
(tests/fixtures/new_unit.yaml); a small document reports a figure of it. The real ETL extracts it,
validates and publishes it; the dashboard's formatter writes it with the catalog's words in both
languages, and the indicator chart draws it with its value and unit.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from etl.catalog import CATALOG_ENV, CATALOG_PATH
from etl.dataset import read_dataset
from etl.pipeline import run
from ui.charts_of import indicator_chart
from ui.formatting import format_change, format_value
from ui.units import register_units

FIXTURE = Path(__file__).with_name("fixtures") / "new_unit.yaml"
DOCUMENT = (
    "Tình hình sản xuất nông nghiệp năm 2024\n\n"
    "Năm 2024, sản lượng lương thực có hạt của tỉnh đạt 312,5 nghìn tấn, tăng 2,5% so với năm 2023.\n"
)


@pytest.fixture
def dataset(tmp_path, monkeypatch):
    catalog = yaml.safe_load(CATALOG_PATH.read_text(encoding="utf-8"))
    added = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    catalog["units"].update(added["units"])
    catalog["indicators"] += added["indicators"]
    path = tmp_path / "catalog.yaml"
    path.write_text(yaml.safe_dump(catalog, allow_unicode=True, sort_keys=False), encoding="utf-8")
    monkeypatch.setenv(CATALOG_ENV, str(path))

    raw = tmp_path / "raw"
    raw.mkdir()
    data = DOCUMENT.encode("utf-8")
    (raw / "nong_nghiep_2024.txt").write_bytes(data)
    entry = {
        "id": "nong_nghiep_2024",
        "file": "nong_nghiep_2024.txt",
        "title": "Tình hình sản xuất nông nghiệp năm 2024",
        "publisher": "Cục Thống kê (fixture)",
        "published": "2025-01-10",
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    (raw / "manifest.yaml").write_text(
        yaml.safe_dump({"documents": [entry]}, allow_unicode=True), encoding="utf-8"
    )
    run(raw, tmp_path / "out", progress=False)
    return read_dataset(tmp_path / "out")  # the dashboard's reader checks the contract again


def test_a_new_unit_and_indicator_are_extracted_and_published(dataset):
    figures = dataset.figures.loc[dataset.figures["indicator_id"] == "food_output"]
    reported = figures.loc[figures["basis"] == "reported"].iloc[0]
    assert reported["value"] == 312.5  # "312,5 nghìn tấn" in thousand tonnes, by the unit's scale
    assert reported["unit"] == "thousand_tonnes" and reported["measure"] == "level"
    assert reported["period_label"] == "2024"
    assert "312,5 nghìn tấn" in reported["quote"]
    # the comparison gives 2023's value, derived by the rule for a level (the unit's kind)
    derived = figures.loc[figures["basis"] == "derived"].iloc[0]
    assert derived["derivation_rule"] == "relative_change" and derived["period_label"] == "2023"
    assert derived["value"] == pytest.approx(312.5 / 1.025, abs=0.05)
    indicator = dataset.indicators.set_index("indicator_id").loc["food_output"]
    assert (indicator["unit_vi"], indicator["unit_en"], indicator["unit_kind"]) == (
        "nghìn tấn",
        "thousand tonnes",
        "level",
    )


def test_a_new_unit_is_formatted_with_the_catalogs_words(dataset):
    register_units(dataset.indicators)  # as ui.app_data does for every dataset it loads
    assert format_value(312.5, "thousand_tonnes", "vi") == "312,5 nghìn tấn"
    assert format_value(312.5, "thousand_tonnes", "en") == "312.5 thousand tonnes"
    assert format_value(1, "thousand_tonnes", "en") == "1 thousand tonnes"  # the noun is not "tonne"
    assert format_change(7.6, "thousand_tonnes", "vi") == "+7,6 nghìn tấn"
    assert format_change(7.6, "thousand_tonnes", "en", relative=True) == "+7.6%"


@pytest.mark.parametrize(
    ("lang", "value", "unit_line"),
    [
        ("vi", "312,5 nghìn tấn", "Đơn vị: nghìn tấn"),
        ("en", "312.5 thousand tonnes", "Unit: thousand tonnes"),
    ],
)
def test_a_new_unit_is_charted(dataset, lang, value, unit_line):
    register_units(dataset.indicators)
    fig = indicator_chart(dataset.figures, dataset.indicators, dataset.sources, "food_output", lang)
    assert fig.layout.title.subtitle.text == unit_line
    drawn = [t for t in fig.data if t.y is not None and 312.5 in list(t.y)]
    assert drawn, "the reported value is not drawn"
    assert value in json.dumps(fig.to_plotly_json(), ensure_ascii=False, default=str)
