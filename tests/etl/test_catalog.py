"""The catalog and the manifest are data: both are checked against their rules here."""

import copy
import re
from pathlib import Path

import pytest
import yaml

from etl.catalog import CATALOG_PATH, CatalogError, indicators_table, load_catalog, parse_catalog
from etl.checks import check_table
from etl.manifest import ManifestError, load_manifest, sha256_bytes
from etl.subjects import index_component
from etl.tables import indicators_arrow

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
CONTRACT_IDS = {
    "pci_rank", "pci_score", "pgi_rank", "pgi_score", "digital_transformation_rank", "grdp_growth", "grdp",
    "grdp_per_capita", "income_per_capita", "budget_revenue", "trade_turnover", "provincial_units_cut",
    "provincial_departments_cut", "district_departments_cut", "district_public_units_cut",
    "commune_units_merged", "commune_units_cut", "commune_units_cut_planned", "corruption_cases",
    "corruption_defendants", "term_targets_met", "congress_delegates", "party_members", "party_organisations",
}  # fmt: skip


def test_catalog_has_every_contract_indicator_and_a_valid_table():
    catalog = load_catalog()
    assert {i.id for i in catalog.indicators} >= CONTRACT_IDS
    assert check_table("indicators", indicators_arrow(catalog)) == []
    assert len(indicators_table(catalog)) == len(catalog.indicators)


def test_ranks_say_lower_is_better():
    for ind in load_catalog().indicators:
        if ind.unit == "rank":
            assert ind.higher_is_better is False
            assert ind.national_total == 63 or ind.regional


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda c: c["indicators"][0].update(unit="furlongs"), "unknown unit"),
        (lambda c: c["indicators"][0].update(measure="vibes"), "unknown measure"),
        (lambda c: c["indicators"][0].update(category="nope"), "unknown category"),
        (lambda c: c["indicators"][0].pop("name_en"), "missing name_en"),
        (lambda c: c["indicators"][1].update(id=c["indicators"][0]["id"]), "duplicate id"),
        (lambda c: c["indicators"][0].update(topics=["(unclosed"]), "bad pattern"),
        (lambda c: c["indicators"][0].update(topics=[]), "needs `topics`"),
        (
            lambda c: c["indicators"][0].update(over_years="no_such_indicator"),
            "over_years names no indicator",
        ),
        (lambda c: c["indicators"][0].update(index="abc"), "index 'abc' is not one of the catalog's indices"),
        (lambda c: c["indicators"][0].update(index="ddci"), "index 'ddci' is marked held: false"),
        (lambda c: c["indices"]["pci"].update(components=["(unclosed"]), "index 'pci': bad pattern"),
        (lambda c: c["indices"]["pgi"].pop("names"), "index 'pgi': needs `names`"),
    ],
)
def test_catalog_errors_are_specific(mutate, message):
    raw = copy.deepcopy(yaml.safe_load(CATALOG_PATH.read_text(encoding="utf-8")))
    mutate(raw)
    with pytest.raises(CatalogError, match=message):
        parse_catalog(raw)


def test_manifest_matches_the_bundled_documents():
    manifest = load_manifest(RAW)
    files = sorted(p.name for p in RAW.iterdir() if p.name != "manifest.yaml")
    assert sorted(manifest) == files
    for name, entry in manifest.items():
        assert entry["sha256"] == sha256_bytes((RAW / name).read_bytes()), name
        assert entry["id"] == Path(name).stem
        # A date without a stated year is marked inferred, and says how in a note.
        if entry.get("date_inferred"):
            assert entry.get("note")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"id": "a", "file": "a.txt", "title": "A"}, "missing sha256"),
        ({"id": "a", "file": "a.txt", "title": "A", "sha256": "xyz"}, "64 lower-case hex"),
        ({"id": "a", "file": "../a.txt", "title": "A", "sha256": "0" * 64}, "plain file name"),
        (
            {"id": "a", "file": "a.txt", "title": "A", "sha256": "0" * 64, "link": "javascript:alert(1)"},
            "http",
        ),
        ({"id": "a", "file": "a.txt", "title": "A", "sha256": "0" * 64, "published": "25/8/2023"}, "YYYY"),
    ],
)
def test_manifest_errors_are_specific(tmp_path, entry, message):
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump({"documents": [entry]}), encoding="utf-8")
    with pytest.raises(ManifestError, match=message):
        load_manifest(tmp_path)


def test_the_indices_the_press_names_are_the_catalogs():
    """Which words name an index, which a component, which an index with no indicator: the catalog's
    `indices`, read by the table reader, the comparison reader and the period rules alike."""
    catalog = load_catalog()
    held, not_held = catalog.names_an_index(), catalog.names_an_index(held=False)
    # (a component's value, right after its name, is the component's)
    assert index_component(catalog).search("điểm trừ vẫn nằm ở tiếp cận đất đai (")
    assert not index_component(catalog).search("sau khi đẩy mạnh hỗ trợ doanh nghiệp, pci 2024 lạng sơn đạt ")
    assert held.search("chỉ số par index năm 2024") and held.search("xếp hạng papi")
    assert not held.search("chỉ số ddci") and not_held.search("chỉ số ddci của các sở")
    assert not held.search("chỉ số partner")  # (whole words only)
    assert re.search(catalog.index_components(), "tiếp cận đất đai")
