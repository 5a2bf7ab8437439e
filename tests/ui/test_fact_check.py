"""The fact check: documents' figures against the curated record (logic, pages, the bundled corpus)."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from etl.__main__ import main
from etl.catalog import load_catalog
from etl.dataset import read_dataset
from etl.publish import write_dataset
from etl.reference import COLUMNS, reference_tables
from tests.sample_dataset import SENTENCE_OTHER, sample_tables
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page, texts  # noqa: F401
from ui import paging
from ui.fact_check import VERDICTS, agrees, fact_check, rounding_step, verdict_counts, verdict_text
from ui.formatting import MINUS
from ui.i18n import t

ROOT = Path(__file__).resolve().parents[2]

# --- The logic, on figures typed here ------------------------------------------------------------


def figure(fid, value, *, basis="reported", status="actual", indicator="grdp_growth", unit="percent", **kw):
    row = {
        "figure_id": fid,
        "indicator_id": indicator,
        "period_kind": "year",
        "period_start": pd.Timestamp("2023-01-01"),
        "period_end": pd.Timestamp("2023-12-31"),
        "period_label": "2023",
        "value": value,
        "unit": unit,
        "rank_of": pd.NA,
        "value_text": f"{value:g}%".replace(".", ","),
        "approximate": False,
        "bound": None,
        "status": status,
        "source_id": "doc" if basis == "reported" else "ref",
        "quote": "…" if basis == "reported" else None,
        "basis": basis,
        "period_aggregate": None,
        "price_basis": None,
        "locator": None if basis == "reported" else "table 1",
    }
    row.update(kw)
    return row


def verdicts(*rows) -> dict[str, str]:
    checks = fact_check(pd.DataFrame(rows))
    return dict(zip(checks["figure_id"], checks["verdict"], strict=True))


def test_agrees_differs_and_no_reference():
    got = verdicts(
        figure("same", 7.1),
        figure("off", 7.3),
        figure(
            "other_year", 7.1, period_start=pd.Timestamp("2022-01-01"), period_end=pd.Timestamp("2022-12-31")
        ),
        figure("record", 7.1, basis="curated", status="official"),
    )
    assert got == {"same": "agrees", "off": "differs", "other_year": "no_reference"}
    checks = fact_check(
        pd.DataFrame([figure("off", 7.3), figure("record", 7.1, basis="curated", status="official")])
    )
    [row] = checks.to_dict("records")
    assert row["difference"] == pytest.approx(0.2)
    assert (row["ref_figure_id"], row["ref_source_id"], row["ref_locator"]) == ("record", "ref", "table 1")
    assert verdict_text(row, "en") == "Differs by +0.2 pp from the record's 7.1%"
    assert verdict_text(row, "vi") == "Chênh +0,2 điểm % so với số liệu gốc 7,1%"


def test_an_estimate_later_revised_is_revised_not_wrong():
    record = [figure("est", 6.8, basis="curated", status="estimate"), figure("off", 7.05, basis="curated",
              status="official")]  # fmt: skip
    got = verdicts(
        figure("press_estimate", 6.9, status="estimate"),  # an estimate, the office's final figure differs
        figure("press_plain", 6.8),  # stated as a result, but it is the office's earlier estimate
        figure("press_final", 7.05),
        figure("press_wrong", 9.0),
        *record,
    )
    assert got == {
        "press_estimate": "revised",
        "press_plain": "revised",
        "press_final": "agrees",
        "press_wrong": "differs",
    }
    checks = fact_check(pd.DataFrame([figure("press_estimate", 6.9, status="estimate"), *record]))
    assert verdict_text(checks.iloc[0].to_dict(), "en") == "Since revised to 7.05% (official)"


def test_targets_are_held_to_targets_and_aggregates_must_not_contradict():
    got = verdicts(
        figure("target", 8.0, status="target"),
        figure("average", 6.95, period_kind="range", period_aggregate="average"),
        figure(
            "record", 7.0, basis="curated", status="official", period_kind="range", period_aggregate="total"
        ),
    )
    assert got == {"target": "no_reference", "average": "no_reference"}


def test_the_most_final_then_latest_published_record_is_the_one_compared():
    rows = [
        figure("press", 3, indicator="pci_rank_region", unit="rank", value_text="thứ 3"),
        figure("a", 2, basis="curated", status="official", indicator="pci_rank_region", unit="rank",
               source_id="paper"),
        figure("b", 3, basis="curated", status="official", indicator="pci_rank_region", unit="rank",
               source_id="issuer"),
    ]  # fmt: skip
    sources = pd.DataFrame({"source_id": ["paper", "issuer"], "published": ["2025-05-06", "2025-07-02"]})
    checks = fact_check(pd.DataFrame(rows), sources)
    assert (checks.loc[0, "verdict"], checks.loc[0, "ref_figure_id"]) == ("agrees", "b")


@pytest.mark.parametrize(
    ("value", "text", "unit", "record", "ok"),
    [
        (6.95, "6,95%", "percent", 6.954, True),
        (6.95, "6,95%", "percent", 6.96, False),
        (6.9, "6,9%", "percent", 6.94, True),
        (4.5, "4.500 triệu USD", "billion_usd", 4.53, True),  # written to the hundred million
        (4.5, "4.500 triệu USD", "billion_usd", 4.6, False),
        (22683.0, "22.683 tỷ đồng", "billion_vnd", 22683.4, True),
        (22683.0, "22.683 tỷ đồng", "billion_vnd", 22684.0, False),
        (15.0, "xếp thứ 15/63", "rank", 15.0, True),
        (10.0, "xếp thứ 10", "rank", 13.0, False),  # ranks are exact, trailing zero or not
    ],
)
def test_agreement_is_within_the_rounding_the_text_allows(value, text, unit, record, ok):
    assert agrees(value, record, rounding_step(value, text, unit)) is ok


def test_bounds_as_written():
    step = rounding_step(4500.0, "hơn 4.500 tỷ đồng", "billion_vnd")
    assert agrees(4500.0, 4580.0, step, "over") and not agrees(4500.0, 4400.0, step, "over")
    assert agrees(4500.0, 4450.0, step, "under") and not agrees(4500.0, 4700.0, step, "under")


def test_counts_name_every_verdict():
    checks = fact_check(pd.DataFrame([figure("x", 1.0)]))
    assert verdict_counts(checks) == {"agrees": 0, "differs": 0, "revised": 0, "no_reference": 1}
    assert tuple(verdict_counts(checks)) == VERDICTS


# --- The pages, on the sample dataset with a small reference history --------------------------------


def _reference_csv(*rows: dict) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode()


CITATION = {
    "status": "official",
    "publisher": "Cục Thống kê <b>Lạng Sơn</b>",
    "title": "Niên giám 2023",
    "url": "https://example.org/nien-giam",
    "published": "2024-06",
    "accessed": "2026-11-30",
    "note": "",
}


@pytest.fixture(scope="module")
def checked_dir(tmp_path_factory):
    tables = sample_tables()
    figures = tables["figures"]
    income = (figures["indicator_id"] == "income_per_capita") & (figures["basis"] == "reported")
    figures.loc[income, "status"] = "estimate"
    reference = reference_tables(
        [
            (
                "economy.csv",
                _reference_csv(
                    {**CITATION, "indicator_id": "pci_rank", "period": "2022", "value": "15", "unit": "rank",
                     "rank_of": "63", "locator": "bảng 1"},
                    {**CITATION, "indicator_id": "income_per_capita", "period": "2021/2022", "value": "49.5",
                     "unit": "million_vnd", "locator": "bảng 2"},
                ),
            )
        ],
        load_catalog(),
    )  # fmt: skip
    assert reference.problems == []
    curated = reference.figures.to_pandas()
    for col in ("period_start", "period_end"):
        curated[col] = pd.to_datetime(curated[col])
    tables["figures"] = pd.concat([figures, curated], ignore_index=True)
    tables["sources"] = pd.concat([tables["sources"], reference.sources.to_pandas()], ignore_index=True)
    out = tmp_path_factory.mktemp("checked") / "processed"
    return write_dataset(tables, out, {"source": "tests/ui/test_fact_check.py"})


@pytest.fixture
def app(checked_dir, monkeypatch):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(checked_dir))
    return AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_fact_check_page_lists_every_figure_with_its_verdict(app, lang):
    at = open_page(app, "pages/fact_check.py", lang=lang)
    assert_clean(at)
    assert texts(at.title) == [t("page_fact_check", lang)]
    counts = {m.label: m.value for m in at.metric}
    assert counts == {
        t("fc_agrees", lang): "1",
        t("fc_differs", lang): "1",
        t("fc_revised", lang): "1",
        t("fc_no_reference", lang): "5",
    }
    table = at.dataframe[0].value
    assert len(table) == 8
    pci = table.loc[table["document_value"] == "16/63"].iloc[0]
    assert pci["verdict"] == t("fc_differs", lang)
    assert pci["record_value"] == "15/63"
    assert pci["quote"] == SENTENCE_OTHER  # the document's text as data, "<script>" and all
    assert "Cục Thống kê <b>Lạng Sơn</b>" in pci["record_source"] and "bảng 1" in pci["record_source"]
    assert ("30/11/2026" if lang == "vi" else "30 Nov 2026") in pci["record_source"]  # not "2026-11-30"
    assert pci["record_link"] == "https://example.org/nien-giam"
    income = table.loc[table["verdict"] == t("fc_revised", lang)].iloc[0]
    assert income["finding"] == t(
        "fc_revised_by", lang, record="49,5 triệu đồng" if lang == "vi" else "VND 49.5 million",
        status=t("status_official", lang),
    )  # fmt: skip


def test_the_verdict_filter_narrows_the_table(app):
    at = open_page(app, "pages/fact_check.py", lang="en")
    at.multiselect(key="param_verdict").set_value(["differs"]).run()
    assert_clean(at)
    assert at.dataframe[0].value["verdict"].tolist() == ["Differs"]
    assert _phone_cards(at).count("<tr>") == 1 + 1  # the head and the one row


def test_the_verdict_filter_follows_a_language_switch(app):
    at = open_page(app, "pages/fact_check.py")
    at.multiselect(key="param_verdict").set_value(["differs"]).run()
    at.segmented_control(key="param_lang").set_value("en").run()
    assert_clean(at)
    box = at.multiselect(key="param_verdict")
    assert box.value == ["differs"] and list(box.proto.raw_values) == ["Differs"]  # not "Chênh lệch"
    assert at.dataframe[0].value["verdict"].tolist() == ["Differs"]


def _phone_cards(at: AppTest) -> str:
    [cards] = [h.proto.body for h in at.get("html") if 'class="ls-stack"' in h.proto.body]
    return cards


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_phone_gets_the_fact_check_as_cards_of_fewer_columns(app, lang):
    """The grid of eleven columns scrolled sideways on a phone; there the rows are cards (an HTML table the
    page's style stacks below 640 px, tests/browser/test_phone_layout.py), the grid kept for wider screens."""
    at = open_page(app, "pages/fact_check.py", lang=lang)
    assert_clean(at)
    cards = _phone_cards(at)
    heads = [html.unescape(h) for h in re.findall(r"<th scope=\"col\">([^<]*)</th>", cards)]
    assert heads == [
        t(key, lang)
        for key in (
            *("tcol_indicator", "tcol_period", "fcol_finding", "fcol_document_value", "fcol_document_source"),
            *("tcol_quote", "fcol_record_source", "fcol_record_link"),
        )
    ]
    assert cards.count("<tr>") == 1 + 8  # the head and every row
    assert (
        html.escape(SENTENCE_OTHER) in cards and SENTENCE_OTHER not in cards
    )  # the document's text, escaped
    assert cards.count('href="https://example.org/nien-giam"') == 3  # the rows with a record link to it


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_sources_page_cites_curated_figures_and_says_where_the_press_differs(app, lang):
    at = open_page(app, "pages/sources.py", lang=lang)
    assert_clean(at)
    markdown = " ".join(texts(at.markdown))
    assert t("basis_curated", lang) in markdown
    pages = " ".join(str(h.proto.body) for h in at.get("html"))
    assert t("meta_curated", lang) in pages
    assert "Cục Thống kê &lt;b&gt;Lạng Sơn&lt;/b&gt;" in pages and "<b>Lạng Sơn</b>" not in pages
    assert 'href="https://example.org/nien-giam"' in pages and "bảng 1" in pages
    assert t("reference_heading", lang) in texts(at.header)
    captions = " ".join(texts(at.caption))
    differs = (
        f"Chênh {MINUS}1 bậc so với số liệu gốc 15/63"
        if lang == "vi"
        else f"Differs by {MINUS}1 place from the record"
    )
    assert differs in captions


def test_the_data_page_lists_the_record_marked_as_curated(app):
    at = open_page(app, "pages/data.py", lang="en")
    assert_clean(at)
    table = at.dataframe[0].value
    assert len(table) == 12  # the sample's own 10 figures and its 2 curated ones
    curated = table.loc[table["basis"] == t("basis_curated", "en")]
    assert len(curated) == 2 and curated["locator"].notna().all()  # each says where in its page
    assert "Built from 2 documents" in " ".join(texts(at.sidebar.caption))


def test_the_add_documents_view_stays_on_the_documents(checked_dir):
    from ui.app_data import _documents_only

    data = read_dataset(checked_dir)
    documents = _documents_only(data)
    assert not documents.figures["basis"].eq("curated").any()
    assert len(documents.figures) == len(data.figures) - 2


# --- The bundled corpus ------------------------------------------------------------------------------


def test_the_bundled_pci_2022_rank_agrees_with_the_record(tmp_path):
    out = tmp_path / "processed"
    assert main(["--raw", str(ROOT / "data" / "raw"), "--out", str(out), "--quiet", "--no-cache"]) == 0
    data = read_dataset(out)
    checks = fact_check(data.figures, data.sources)
    [pci] = checks.loc[(checks["indicator_id"] == "pci_rank") & (checks["period_label"] == "2022")].to_dict(
        "records"
    )
    assert (pci["value"], pci["rank_of"], pci["verdict"], pci["ref_value"], pci["ref_rank_of"]) == (
        15.0, 63, "agrees", 15.0, 63,
    )  # fmt: skip
    assert data.sources.set_index("source_id").loc[pci["ref_source_id"], "kind"] == "reference"
    assert verdict_text(pci, "en") == "Agrees with the record's 15/63 (official)"


def test_a_phone_gets_the_cards_a_page_at_a_time(app, monkeypatch):
    monkeypatch.setattr(paging, "FIGURES_PER_PAGE", 3)  # a document may hold 20,000 figures (issue 15)
    at = open_page(app, "pages/fact_check.py", lang="en")
    assert_clean(at)
    assert _phone_cards(at).count("<tr>") == 1 + 3
    assert "Figures 1–3 of 8" in texts(at.caption)
    at.number_input[0].set_value(3).run()
    assert _phone_cards(at).count("<tr>") == 1 + 2
    assert len(at.dataframe[0].value) == 8  # the wide table is whole


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_fact_checks_csv_and_xlsx_name_every_column_for_people(checked_dir, lang):
    # (Parquet keeps the stable names for scripts; a spreadsheet reader sees the page's own words)
    from ui.app_data import read_dataset
    from ui.app_fact_check import fact_check_view
    from ui.downloads import human_columns

    screen = fact_check_view(read_dataset(checked_dir), lang).screen
    named = human_columns(screen, lang)
    assert not [c for c in named.columns if "_" in c or c in screen.columns], list(named.columns)
