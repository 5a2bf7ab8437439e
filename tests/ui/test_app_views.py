"""The views pages draw: shared between runs and sessions per dataset, selection and language."""

from __future__ import annotations

import pytest

from etl.dataset import read_dataset
from etl.publish import write_dataset
from tests.sample_dataset import sample_tables, write_sample_dataset
from ui import app_views
from ui.app_data import dataset_key
from ui.app_filters import FigureFilters


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return read_dataset(write_sample_dataset(tmp_path_factory.mktemp("views") / "processed"))


def test_a_view_is_built_once_per_dataset_selection_and_language(data, tmp_path):
    again = read_dataset(write_sample_dataset(tmp_path / "processed"))  # the same data, read anew
    assert dataset_key(again) == dataset_key(data)
    fig = app_views.indicator_figure(data, "grdp_growth", None, True, "vi")
    assert app_views.indicator_figure(again, "grdp_growth", None, True, "vi") is fig
    others = [
        app_views.indicator_figure(data, "grdp_growth", None, True, "en"),
        app_views.indicator_figure(data, "grdp_growth", ("2021–2022",), True, "vi"),
        app_views.indicator_figure(data, "grdp_growth", None, False, "vi"),
        app_views.indicator_figure(data, "income_per_capita", None, True, "vi"),
    ]
    assert all(other is not fig for other in others)
    assert [len(f.data) for f in others[1:3]] == [1, 1]  # one period, or reported only: one trace


def test_a_rebuilt_dataset_gets_new_views(data, tmp_path):
    tables = sample_tables()
    figures = tables["figures"]
    tables["figures"] = figures.loc[figures["indicator_id"] != "income_per_capita"].reset_index(drop=True)
    smaller = read_dataset(write_dataset(tables, tmp_path / "processed", {"source": "fewer figures"}))
    assert dataset_key(smaller) != dataset_key(data)
    ids = ("grdp_growth", "income_per_capita")
    assert len(app_views.selected_figures(data, ids, None, True, "vi").figures) == 4
    assert len(app_views.selected_figures(smaller, ids, None, True, "vi").figures) == 2
    assert app_views.headline_figure(smaller, ("pci_rank", "pgi_rank"), "vi") is None  # nothing to compare


@pytest.mark.parametrize(
    ("lang", "value", "period"),
    [("vi", "6,95%", "giai đoạn 2021–2022"), ("en", "6.95%", "2021–2022")],
)
def test_screen_table_writes_values_and_periods_in_words(data, lang, value, period):
    view = app_views.selected_figures(data, ("grdp_growth",), ("2021–2022",), True, lang)
    assert list(view.screen["value"]) == [value] and list(view.screen["period"]) == [period]
    assert list(view.table["value"]) == [6.95]  # the download keeps the number
    assert list(view.screen.columns) == list(view.table.columns)


def test_comparison_view(data):
    view = app_views.comparison(data, ("grdp_growth", "income_per_capita"), "2015–2020", "2021–2022", "vi")
    assert "+1,5 điểm %" in view.screen.to_string() and "+29,3%" in view.screen.to_string()
    assert len(view.footnotes) == 2 and all("Suy ra" in note for note in view.footnotes)
    assert len(view.table) == 4  # the four figures compared


def test_source_figures_and_documents_escape_document_text(data):
    blocks = app_views.source_figures(data, "doc_b", False, "en")
    assert [b.heading.split("**")[1] for b in blocks] == ["Provincial Competitiveness Index (PCI) rank"]
    assert "&lt;script&gt;" in blocks[0].quote and "<script" not in blocks[0].quote
    titles = [d.title for d in app_views.documents(data, "vi")]
    assert titles == ["Bài A: Lạng Sơn", r"Bài B \<b\>không\</b\> tin"]
    (conflict,) = app_views.conflict_lines(data, "doc_b", "vi")
    # each value with its document's name (not its id), document text markdown-escaped
    assert r"15/63 (TTXVN, 25/08/2023 (ngày suy luận)); 16/63 (Bài B \<b\>không\</b\> tin, 2023)" in conflict
    assert "doc_a" not in conflict and "doc\\_a" not in conflict
    assert len(app_views.source_figures(data, "doc_b", True, "vi")) == 1  # its one figure is in conflict
    assert len(app_views.source_figures(data, None, True, "vi")) == 2  # both PCI figures


@pytest.mark.parametrize(
    ("filters", "lang", "expected"),
    [
        (FigureFilters([], [], [], [], True), "vi", "Bộ lọc: không lọc (toàn bộ số liệu)"),
        (
            FigureFilters(["economy"], ["grdp_growth"], ["grdp_growth", "income_per_capita"], ["2022"], True),
            "vi",
            "Bộ lọc: Nhóm chỉ tiêu = Kinh tế; Chỉ tiêu = Tốc độ tăng trưởng kinh tế (GRDP); Kỳ số liệu = 2022",
        ),
        (FigureFilters([], [], [], [], False), "en", "Filters: Include derived figures = no"),
    ],
)
def test_filters_note_names_every_choice(data, filters, lang, expected):
    assert filters.note(data, lang) == expected
