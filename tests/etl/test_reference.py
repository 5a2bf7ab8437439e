"""The reference history (data/reference/*.csv): parsing, the row rules, and its place in a run."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from etl.__main__ import main
from etl.catalog import load_catalog
from etl.checks import check_table
from etl.dataset import read_dataset
from etl.period_codes import PeriodCodeError, parse_period_code
from etl.reference import COLUMNS, default_reference_dir, read_reference_files, reference_tables
from etl.tables import indicators_arrow

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
REFERENCE = ROOT / "data" / "reference"
HEADER = ",".join(COLUMNS)
GOOD = {
    "indicator_id": "pci_rank",
    "period": "2022",
    "aggregate": "",
    "value": "15",
    "unit": "rank",
    "rank_of": "63",
    "status": "official",
    "scope": "",
    "price_basis": "",
    "publisher": "VCCI",
    "title": "PCI 2022",
    "url": "https://example.org/pci-2022",
    "published": "2023-04",
    "accessed": "2026-11-30",
    "locator": "para 1",
    "note": "",
}


def csv_text(*rows: dict) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({**GOOD, **row})
    return out.getvalue().encode()


def run_etl(raw, out, *extra):
    return main(["--raw", str(raw), "--out", str(out), "--quiet", "--no-cache", *extra])


# --- The bundled reference files -----------------------------------------------------------------


def test_the_reference_files_parse_and_keep_the_contract():
    files = read_reference_files(REFERENCE)
    assert files, "data/reference has no *.csv"
    reference = reference_tables(files, load_catalog())
    assert reference.problems == []
    assert reference.n_figures == sum(len(list(csv.DictReader(io.StringIO(d.decode())))) for _, d in files)
    assert check_table("figures", reference.figures, indicators_arrow(load_catalog())) == []
    assert check_table("sources", reference.sources) == []
    figures = reference.figures.to_pylist()
    assert {f["basis"] for f in figures} == {"curated"}
    assert {f["period_source"] for f in figures} == {"citation"}
    assert all(f["quote"] is None and f["char_start"] is None and f["locator"] for f in figures)
    assert set(reference.sources["kind"].to_pylist()) == {"reference"}


def test_every_reference_row_has_a_url_publisher_dates_and_locator():
    for name, data in read_reference_files(REFERENCE):
        for line, row in enumerate(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))), start=2):
            where = f"{name}:{line}"
            assert row["url"].startswith(("http://", "https://")), where
            for column in ("publisher", "title", "published", "accessed", "locator"):
                assert row[column].strip(), f"{where}: {column}"


def test_the_reference_directory_sits_beside_the_raw_documents():
    assert default_reference_dir(RAW) == REFERENCE


# --- Period codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "kind", "start", "end", "label"),
    [
        ("2022", "year", date(2022, 1, 1), date(2022, 12, 31), "2022"),
        ("2023-S1", "half_year", date(2023, 1, 1), date(2023, 6, 30), "H1/2023"),
        ("2023-S2", "half_year", date(2023, 7, 1), date(2023, 12, 31), "H2/2023"),
        ("2023-Q3", "quarter", date(2023, 7, 1), date(2023, 9, 30), "Q3/2023"),
        ("2024-M02", "month", date(2024, 2, 1), date(2024, 2, 29), "02/2024"),
        ("2023-01/2023-09", "months", date(2023, 1, 1), date(2023, 9, 30), "01–09/2023"),
        ("2023-04/2023-06", "quarter", date(2023, 4, 1), date(2023, 6, 30), "Q2/2023"),
        ("2021/2025", "range", date(2021, 1, 1), date(2025, 12, 31), "2021–2025"),
        ("@2024-06-30", "as_of", date(2024, 6, 30), date(2024, 6, 30), "30/06/2024"),
        ("2020-10-01/2025-10-15", "dates", date(2020, 10, 1), date(2025, 10, 15), "01/10/2020–15/10/2025"),
    ],
)
def test_period_codes(code, kind, start, end, label):
    period = parse_period_code(code)
    assert (period.kind, period.start, period.end, period.label) == (kind, start, end, label)


@pytest.mark.parametrize(
    "code",
    ["2023-13", "2023-S3", "2023-Q5", "2023-M13", "2025/2021", "2022/2022", "@2023-02-30", "2023-09/2023-01",
     "1900", "năm 2022", "", "2022-2023"],
)  # fmt: skip
def test_impossible_or_malformed_periods_are_refused(code):
    with pytest.raises(PeriodCodeError):
        parse_period_code(code)


# --- Row rules ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"indicator_id": "pci_rnk"}, "unknown indicator 'pci_rnk'"),
        ({"unit": "points"}, "unit 'points' is not pci_rank's unit 'rank'"),
        ({"period": "2022-Q5"}, "impossible period '2022-Q5'"),
        ({"period": "2024"}, "starts after the page was published"),
        ({"period": "2023", "published": "2023-06-30", "accessed": "2026-11-30"}, "had not ended"),
        ({"value": "64"}, "rank 64 is out of range 1..63"),
        ({"value": "0"}, "not a whole number from 1"),
        ({"value": "15,5"}, "is not a number"),
        ({"rank_of": ""}, "a national rank needs rank_of"),
        ({"indicator_id": "grdp_share_services", "unit": "percent", "rank_of": "", "value": "140"},
         "out of range for a per cent"),
        ({"indicator_id": "grdp_growth", "unit": "percent", "rank_of": "", "value": "2000"},
         "out of range for a per cent"),
        ({"indicator_id": "budget_revenue", "unit": "billion_vnd", "rank_of": "", "value": "-5"}, "negative"),
        ({"url": ""}, "missing url"),
        ({"url": "javascript:alert(1)"}, "not an http(s) address"),
        ({"publisher": " "}, "missing publisher"),
        ({"published": ""}, "missing published"),
        ({"published": "2023-02-30"}, "not a date that exists"),
        ({"accessed": "2026-11"}, "not a day YYYY-MM-DD"),
        ({"accessed": "2023-01-01"}, "before it was published"),
        ({"locator": ""}, "missing locator"),
        ({"status": "actual"}, "status 'actual' is not one of official, preliminary, estimate"),
        ({"aggregate": "average"}, "aggregate is for multi-year periods only"),
        ({"price_basis": "constant_1994"}, "price_basis 'constant_1994'"),
    ],
)  # fmt: skip
def test_a_bad_row_is_refused_with_its_file_line_and_reason(change, reason):
    data = csv_text(GOOD, change, {"period": "2021", "published": "2022", "url": "https://example.org/b"})
    reference = reference_tables([("bad.csv", data)], load_catalog())
    assert [f for f, _ in reference.problems] == ["bad.csv"]
    [(_, problem)] = reference.problems
    assert problem.startswith("bad.csv:3: "), problem
    assert reason in problem
    assert reference.n_figures == 2  # the good rows are kept


def test_file_level_problems_name_line_one_and_multiline_cells_keep_line_numbers():
    catalog = load_catalog()
    [(_, problem)] = reference_tables([("x.csv", b"indicator_id,value\npci_rank,15\n")], catalog).problems
    assert problem.startswith("x.csv:1: missing columns")
    data = csv_text({"note": "two\nlines"}, {"unit": "points", "locator": "para 2"})
    [(_, problem)] = reference_tables([("y.csv", data)], catalog).problems
    assert problem.startswith("y.csv:4: unit"), problem  # the first row spans lines 2-3


def test_one_source_per_cited_page_and_ids_that_do_not_move():
    catalog = load_catalog()
    score = {
        "indicator_id": "pci_score",
        "unit": "points",
        "rank_of": "",
        "value": "67.88",
        "locator": "para 2",
    }
    before = reference_tables([("a.csv", csv_text(GOOD, score))], catalog)
    assert before.sources.num_rows == 1 and before.figures.num_rows == 2
    source = before.sources.to_pylist()[0]
    assert (source["kind"], source["link"], source["accessed"], source["n_figures"]) == (
        "reference", GOOD["url"], "2026-11-30", 2
    )  # fmt: skip
    other = {"period": "2021", "published": "2022", "url": "https://example.org/pci-2021", "value": "36"}
    after = reference_tables([("a.csv", csv_text(other, GOOD, score))], catalog)
    assert set(before.figures["figure_id"].to_pylist()) < set(after.figures["figure_id"].to_pylist())
    # The same page cited with another title is a mistake in one of the rows.
    clash = reference_tables([("a.csv", csv_text(GOOD, {**score, "title": "Other"}))], catalog)
    assert clash.problems and clash.problems[0][1].startswith("a.csv:3: cites https://example.org/pci-2022")
    duplicate = reference_tables([("a.csv", csv_text(GOOD, GOOD))], catalog)
    assert duplicate.problems == [("a.csv", "a.csv:3: the same row as a.csv:2")]


# --- In a run -------------------------------------------------------------------------------------


@pytest.fixture
def raw(tmp_path):
    shutil.copytree(RAW, tmp_path / "raw")
    return tmp_path / "raw"


def test_a_bad_reference_row_fails_the_run_with_its_file_and_line(tmp_path, raw, capsys):
    out = tmp_path / "processed"
    assert run_etl(raw, out) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "bad.csv").write_bytes(csv_text(GOOD, {"indicator_id": "pci_rnk"}))
    assert run_etl(raw, out) == 1
    err = capsys.readouterr().err
    assert "error: bad.csv:3: unknown indicator 'pci_rnk'" in err
    assert "Traceback" not in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # the previous dataset is kept

    assert run_etl(raw, out, "--keep-going") == 0  # the bad row skipped, the good one published
    figures = read_dataset(out).figures
    assert figures.loc[figures["basis"] == "curated", "indicator_id"].tolist() == ["pci_rank"]
    assert read_dataset(out).metadata["skipped"] == ["bad.csv"]


def test_curated_figures_are_published_and_never_conflict_with_documents(tmp_path, raw):
    reference = tmp_path / "elsewhere"
    reference.mkdir()
    # The bundled document says 15/63; a record saying 14 is a fact-check finding, not a conflict.
    (reference / "indices.csv").write_bytes(csv_text({"value": "14"}))
    out = tmp_path / "processed"
    assert run_etl(raw, out, "--reference", str(reference)) == 0
    data = read_dataset(out)
    pci = data.figures.loc[data.figures["indicator_id"] == "pci_rank"]
    assert sorted(pci["basis"]) == ["curated", "reported"]
    assert not pci["conflict"].any() and data.conflicts.empty
    curated = pci.loc[pci["basis"] == "curated"].iloc[0]
    assert (curated["status"], curated["period_source"], curated["locator"]) == (
        "official",
        "citation",
        "para 1",
    )
    assert curated["measure"] == "rank" and curated["rank_of"] == 63
    source = data.sources.set_index("source_id").loc[curated["source_id"]]
    assert (source["kind"], source["publisher"], source["accessed"]) == ("reference", "VCCI", "2026-11-30")
    digest = json.loads((out / "metadata.json").read_text())["input_digest"]
    (reference / "indices.csv").write_bytes(csv_text({"value": "14", "note": "changed"}))
    assert run_etl(raw, out, "--reference", str(reference)) == 0
    assert json.loads((out / "metadata.json").read_text())["input_digest"] != digest


def test_the_bundled_run_includes_the_reference_history(tmp_path):
    out = tmp_path / "processed"
    assert run_etl(RAW, out) == 0
    data = read_dataset(out)
    curated = data.figures.loc[data.figures["basis"] == "curated"]
    assert len(curated) == reference_tables(read_reference_files(REFERENCE), load_catalog()).n_figures
    assert set(curated["source_id"]) <= set(
        data.sources.loc[data.sources["kind"] == "reference", "source_id"]
    )
    # Documents are never flagged against the record (only against each other).
    reported = data.figures.loc[data.figures["basis"] != "curated"]
    assert not reported["conflict"].any()
