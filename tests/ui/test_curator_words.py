"""The curators' English words in a source's publisher and title (which edition or copy, where the title
came from) in the reader's language; names and the page's own words as written."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from etl.catalog import load_catalog
from etl.manifest import load_manifest
from etl.publish import write_dataset
from etl.reference import COLUMNS, reference_tables
from tests.sample_dataset import sample_tables
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page  # noqa: F401
from ui.app_widgets import citation_html, document_meta_html
from ui.curator_words import LANGUAGES_VI, publisher_text, title_text
from ui.download_package import context_for, source_lines
from ui.downloads import figures_table
from ui.labels import source_line

DATA = Path(__file__).resolve().parents[2] / "data"


def _curated(**columns) -> dict:
    """A source whose metadata the curators wrote (the manifest or a reference file)."""
    return {"source_id": "s1", "in_manifest": True, **columns}


@pytest.mark.parametrize(
    ("publisher", "vi"),
    [
        ("Nhân Dân (English edition)", "Nhân Dân (bản tiếng Anh)"),
        ("Customs News (Hải quan Online, English edition)", "Customs News (Hải quan Online, bản tiếng Anh)"),
        ("Hải quan Online (Customs News, English)", "Hải quan Online (Customs News, bản tiếng Anh)"),
        ("Cổng thông tin điện tử tỉnh Lạng Sơn (English portal)", "Cổng thông tin điện tử tỉnh Lạng Sơn (bản tiếng Anh)"),
        ("VietnamPlus (French edition, VNA)", "VietnamPlus (bản tiếng Pháp, TTXVN)"),
        (
            "tinbong247.org (reprint of a Báo Lạng Sơn article, marked LSO)",
            "tinbong247.org (đăng lại bài của Báo Lạng Sơn, ghi nguồn LSO)",
        ),
        (
            "Vietnam.vn (reprint of Báo Nhân Dân, 24/09/2025)",
            "Vietnam.vn (đăng lại bài của Báo Nhân Dân, 24/09/2025)",
        ),
        (
            "Vietnam.vn (republishing Báo và Đài Phát thanh - Truyền hình Lạng Sơn)",
            "Vietnam.vn (đăng lại bài của Báo và Đài Phát thanh - Truyền hình Lạng Sơn)",
        ),
        ("Báo Mới (article by TTXVN/VNA)", "Báo Mới (bài của TTXVN)"),
        ("Báo Mới (aggregator; article from the trade press)", "Báo Mới (trang tổng hợp tin; bài của báo chuyên ngành)"),
        (
            "UBND tỉnh Lạng Sơn (text of the plan on thuviennhadat.vn)",
            "UBND tỉnh Lạng Sơn (văn bản kế hoạch đăng trên thuviennhadat.vn)",
        ),
        (
            "Wikipedia tiếng Việt (restating the statistics office; read through a proxy copy)",
            "Wikipedia tiếng Việt (dẫn lại số liệu của cơ quan thống kê; đọc qua một bản sao trung gian)",
        ),
        ("Camera di Commercio Italiana in Vietnam (from Talk Vietnam)", "Camera di Commercio Italiana in Vietnam (theo Talk Vietnam)"),
        # the publisher's own name, a web address or a ministry in brackets: as written
        ("Vietnam Business Forum (VCCI)", "Vietnam Business Forum (VCCI)"),
        ("VCCI (pcivietnam.vn)", "VCCI (pcivietnam.vn)"),
        ("Tạp chí Kinh tế và Dự báo (Bộ Kế hoạch và Đầu tư)", "Tạp chí Kinh tế và Dự báo (Bộ Kế hoạch và Đầu tư)"),
        ("English Weekly", "English Weekly"),  # a name outside brackets is never read
        ("  VTC   News ", "VTC News"),
        (None, ""),
        ("", ""),
    ],
)  # fmt: skip
def test_publisher_in_vietnamese(publisher, vi):
    assert publisher_text(_curated(publisher=publisher), "vi") == vi


@pytest.mark.parametrize(
    ("title", "vi"),
    [
        (
            "Lạng Sơn: Bức tranh kinh tế - xã hội nhiều khởi sắc (title from the page address)",
            "Lạng Sơn: Bức tranh kinh tế - xã hội nhiều khởi sắc (tiêu đề lấy từ địa chỉ trang)",
        ),
        (
            "Hội nghị … (PCI) tỉnh Lạng Sơn năm 2021 (title from the page text; print view)",
            "Hội nghị … (PCI) tỉnh Lạng Sơn năm 2021 (tiêu đề lấy từ nội dung trang; bản in)",
        ),
        (
            "Chi cục Hải quan khu vực VI … (English page; title from the page address)",
            "Chi cục Hải quan khu vực VI … (trang tiếng Anh; tiêu đề lấy từ địa chỉ trang)",
        ),
        (
            "Thu 6.000 tỉ đồng … (stored copy in English)",
            "Thu 6.000 tỉ đồng … (bản lưu bằng tiếng Anh)",
        ),
        (
            "Một tỉnh biên giới … (stored copy in English: A border province's budget revenue reached …)",
            "Một tỉnh biên giới … (bản lưu bằng tiếng Anh: A border province's budget revenue reached …)",
        ),
        (
            "Bảng xếp hạng (PCI score ranking of the 63 provinces; year 2020 from the page address)",
            "Bảng xếp hạng (bảng xếp hạng điểm PCI của 63 tỉnh, thành phố; năm 2020 lấy từ địa chỉ trang)",
        ),
        (
            "Looking back at the 2020-2025 term … (reprint of Báo Nhân Dân)",
            "Looking back at the 2020-2025 term … (đăng lại bài của Báo Nhân Dân)",
        ),
        # the page's own words in brackets: as written
        (
            "Provincial People's Committee convened its regular meeting in May 2021 (the 2nd session)",
            "Provincial People's Committee convened its regular meeting in May 2021 (the 2nd session)",
        ),
        ("Exports rise (from January to May)", "Exports rise (from January to May)"),  # no publisher's "from"
        (None, ""),
    ],
)
def test_title_in_vietnamese(title, vi):
    assert title_text(_curated(title=title), "vi") == vi


def test_in_english_as_written():
    source = _curated(publisher="Nhân Dân (English edition)", title="X (title from the page address)")
    assert publisher_text(source, "en") == "Nhân Dân (English edition)"
    assert title_text(source, "en") == "X (title from the page address)"


def test_metadata_read_off_a_documents_text_is_shown_as_written():
    """A document the manifest does not list: the ETL took its publisher from its credit line and its title
    from its first line, which are the document's text; the dashboard does not read document text."""
    source = {
        "in_manifest": False,
        "publisher": "Báo X (from TTXVN)",
        "title": "Y (title from the page address)",
    }
    assert publisher_text(source, "vi") == "Báo X (from TTXVN)"
    assert title_text(source, "vi") == "Y (title from the page address)"


def _bundled(column: str) -> list[str]:
    names = {e[column] for e in load_manifest(DATA / "raw").values() if e.get(column)}
    for path in sorted((DATA / "reference").glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            names |= {r[column] for r in csv.DictReader(f) if r.get(column, "").strip()}
    return sorted(names)


@pytest.mark.parametrize(
    ("column", "in_language", "known"),
    [
        ("publisher", publisher_text, "English edition"),
        ("title", title_text, "title from the page address"),
    ],
)
def test_every_bundled_publisher_and_title_reads_in_vietnamese(column, in_language, known):
    """Each part of the brackets is said in Vietnamese, or is a name (capitalised: "Hải quan Online",
    "VCCI", "PCI", "Bộ Kế hoạch và Đầu tư"), a web address or a date. The curators' own words start in lower
    case ("reprint of …", "title from the page address") or with a language ("English edition"): a new
    phrase fails here (add it to ui.curator_words). A title's brackets that are the page's own English words
    are listed here as such."""
    page_words = {"the 2nd session"}
    values = _bundled(column)
    assert any(known in v for v in values)
    for value in values:
        for inside in re.findall(r"\(([^()]*)\)", value):
            for part in re.split(r"; |, ", inside):
                said = in_language(_curated(**{column: f"X ({part})"}), "vi") != f"X ({part})"
                first = part.split()[0]
                name = (first[0].isupper() or first[0].isdigit() or "." in first) and (
                    first.lower() not in LANGUAGES_VI
                )
                assert said or name or part in page_words, (value, part)


def test_every_place_a_publisher_is_shown_says_it_in_the_language_and_escapes_it():
    source = _curated(
        publisher="Nhân Dân <b>(English edition)</b>", title="T <i>(print view)</i>", published="2025-09"
    )
    for lang, edition, view in (("vi", "bản tiếng Anh", "bản in"), ("en", "English edition", "print view")):
        for shown in (citation_html(source, lang), document_meta_html(source, lang)):
            assert edition in shown and view in shown and "<b>" not in shown and "<i>" not in shown, shown
        assert edition in source_line(pd.DataFrame([source]), ["s1"], lang)
        untitled = source_line(pd.DataFrame([source | {"publisher": None}]), ["s1"], lang)
        assert view in untitled and "<i>" not in untitled  # the title stands in for no publisher
    assert "English" not in citation_html(source, "vi")


@pytest.mark.parametrize(
    ("lang", "edition"), [("vi", "Nhân Dân (bản tiếng Anh)"), ("en", "Nhân Dân (English edition)")]
)
def test_downloads_name_the_edition_in_the_language(lang, edition):
    tables = sample_tables()
    sources = tables["sources"].assign(publisher="Nhân Dân (English edition)", in_manifest=True)
    table = figures_table(tables["figures"], tables["indicators"], sources, lang)
    assert set(table["source"]) == {edition}
    context = context_for(table, tables["indicators"], sources, note="", lang=lang, dataset_version=None)
    assert {publisher for publisher, *_ in source_lines(context)} == {edition}


# --- The pages ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def edition_dir(tmp_path_factory):
    """The sample dataset and one curated figure cited from a newspaper's English edition, its title read
    from the page's address."""
    tables = sample_tables()
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerow(
        {
            "indicator_id": "pci_rank", "period": "2022", "value": "15", "unit": "rank", "rank_of": "63",
            "status": "official", "publisher": "Nhân Dân (English edition)", "title": "Lang Son ranks 15th (title from the page address)",
            "url": "https://example.org/pci", "published": "2023-04", "accessed": "2026-11-30",
            "locator": "para 1", "note": "",
        }
    )  # fmt: skip
    reference = reference_tables([("indices.csv", out.getvalue().encode())], load_catalog())
    assert reference.problems == []
    curated = reference.figures.to_pandas()
    for col in ("period_start", "period_end"):
        curated[col] = curated[col].astype("datetime64[ns]")
    tables["figures"] = pd.concat([tables["figures"], curated], ignore_index=True)
    tables["sources"] = pd.concat([tables["sources"], reference.sources.to_pandas()], ignore_index=True)
    return write_dataset(tables, tmp_path_factory.mktemp("edition") / "processed", {"source": __file__})


@pytest.mark.parametrize(
    ("lang", "edition", "title"),
    [
        ("vi", "Nhân Dân (bản tiếng Anh)", "Lang Son ranks 15th (tiêu đề lấy từ địa chỉ trang)"),
        ("en", "Nhân Dân (English edition)", "Lang Son ranks 15th (title from the page address)"),
    ],
)
def test_the_sources_and_fact_check_pages_say_the_curators_words_in_the_language(
    edition_dir, monkeypatch, lang, edition, title
):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(edition_dir))
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), "pages/sources.py", lang=lang)
    assert_clean(at)
    pages = " ".join(str(h.proto.body) for h in at.get("html"))
    assert edition in pages and title in pages
    assert title in [e.label for e in at.expander]  # the cited page's heading
    if lang == "vi":
        assert "English edition" not in pages and "title from" not in pages
    at.switch_page("pages/fact_check.py").run()
    assert_clean(at)
    table = at.dataframe[0].value
    cited = table["record_source"].loc[table["record_source"] != ""]
    assert cited.str.contains(edition, regex=False).any() and cited.str.contains(title, regex=False).any()
