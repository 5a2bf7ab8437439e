"""A source without a publisher is named by its title: on a page's text (Sources, the Overview's cards, the
Fact check) the whole title, wrapped as text wraps, never cut at 60 characters with no way to read the rest;
as text from a document, escaped. Charts keep the short form, the whole title in their citation."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from etl.publish import write_dataset
from tests.sample_dataset import sample_tables
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page, texts  # noqa: F401
from ui.app_widgets import md_text
from ui.labels import source_line

LONG_TITLE = (
    "Tổng Bí thư Nguyễn Phú Trọng thăm và làm việc với Ban Thường vụ Tỉnh ủy và cán bộ chủ chốt "
    "tỉnh <i>Lạng Sơn</i>"
)


def _tables():
    tables = sample_tables()
    sources = tables["sources"].copy()
    doc_a = sources["source_id"].eq("doc_a")
    sources.loc[doc_a, "title"] = LONG_TITLE
    sources.loc[doc_a, "publisher"] = None
    return {**tables, "sources": sources}


@pytest.fixture(scope="module")
def titled_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("titles") / "processed"
    return write_dataset(_tables(), out, {"source": "tests/ui/test_source_titles.py"})


@pytest.fixture
def app(titled_dir, monkeypatch):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(titled_dir))
    return AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT)


def test_the_long_title_is_longer_than_a_source_line_shortens():
    assert len(LONG_TITLE) > 60
    short = source_line(_tables()["sources"], ["doc_a"], "vi")
    assert "…" in short and "chủ chốt" not in short  # (a chart's source line: shortened)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", ["pages/sources.py", "pages/overview.py"])
def test_a_pages_source_line_gives_the_whole_title(app, page, lang):
    at = open_page(app, page, lang=lang)
    assert_clean(at)
    captions = texts(at.caption)
    whole = md_text(LONG_TITLE)
    assert any(whole in c for c in captions), [c for c in captions if "Tổng Bí thư" in c]
    assert not any("Ban…" in c for c in captions)
    assert not any("<i>" in c for c in captions)  # document text is data: escaped


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_fact_checks_document_column_gives_the_whole_title(app, lang):
    at = open_page(app, "pages/fact_check.py", lang=lang)
    assert_clean(at)
    table = at.dataframe[0].value
    assert table["document_source"].str.contains(LONG_TITLE, regex=False).any(), table["document_source"]
    assert not table["document_source"].str.contains("Ban…", regex=False).any()
