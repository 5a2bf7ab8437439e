"""Notes on the Sources page in the reader's language where the words are ours, labelled where they are the
curators' (written in English), and no internal file path (data/reference) shown as if it meant something
to a reader."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from etl.publish import write_dataset
from tests.sample_dataset import record_tables
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page, texts  # noqa: F401
from ui.i18n import t

CURATOR_NOTE = "PCI rank 2023: VCCI's own ranking table; the page shows no date."
EDITOR = "<b>Lan</b>"


def _tables():
    tables = record_tables()
    sources = tables["sources"].copy()
    sources.loc[sources["source_id"].eq("vcci_pci_2023"), "note"] = CURATOR_NOTE
    # as ui/editing.py writes it in the manifest for a document an editor adds in the browser
    sources.loc[sources["source_id"].eq("doc_c"), "note"] = f"Added through the dashboard by {EDITOR}."
    return {**tables, "sources": sources}


@pytest.fixture(scope="module")
def noted_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("notes") / "processed"
    return write_dataset(_tables(), out, {"source": "tests/ui/test_notes_and_paths.py"})


def _sources_page(noted_dir, monkeypatch, lang) -> str:
    monkeypatch.setenv("LANGSON_DATA_DIR", str(noted_dir))
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), "pages/sources.py", lang=lang)
    assert_clean(at)
    return " ".join([str(h.proto.body) for h in at.get("html")] + texts(at.markdown) + texts(at.caption))


def _row(label: str, value: str) -> str:
    """A row of the metadata tables (app_widgets._meta_table) as it ends and begins."""
    return f'{label}</th><td style="padding:2px 0;overflow-wrap:anywhere">{value}</td>'


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_internal_path_is_shown(noted_dir, monkeypatch, lang):
    shown = _sources_page(noted_dir, monkeypatch, lang)
    assert "VCCI" in shown  # the cited pages are there
    assert "data/reference" not in shown and "indices.csv" not in shown


def test_the_dashboards_own_note_is_in_vietnamese_on_a_vietnamese_page(noted_dir, monkeypatch):
    shown = _sources_page(noted_dir, monkeypatch, "vi")
    assert "Added through the dashboard" not in shown
    assert _row("Ghi chú", "&lt;b&gt;Lan&lt;/b&gt; thêm qua trang Thêm tài liệu.") in shown
    # A curator's note is theirs, in English: shown as written, and labelled so.
    assert _row(t("meta_note", "vi"), CURATOR_NOTE.replace("'", "&#x27;")) in shown
    assert "(tiếng Anh)" in t("meta_note", "vi")
    assert "<b>Lan</b>" not in shown


def test_the_notes_in_english(noted_dir, monkeypatch):
    shown = _sources_page(noted_dir, monkeypatch, "en")
    assert _row("Note", "Added through the dashboard by &lt;b&gt;Lan&lt;/b&gt;.") in shown
    assert _row("Curator&#x27;s note", CURATOR_NOTE.replace("'", "&#x27;")) in shown
