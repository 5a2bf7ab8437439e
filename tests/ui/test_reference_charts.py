"""The reference history as the charts' backbone (tests/sample_dataset.record_tables).

An indicator's curated figures are the line through time, the documents' figures marks on it; of a
period's revisions the most final status is drawn, the others in the hover; every point of the record
cites its page; Rankings marks the change from 63 to 34 provinces. Then the pages that draw them, in
both languages, on a dataset with curated rows.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from etl.schema import BASES
from tests.sample_dataset import RECORD_TITLE, _year, record_tables, sample_tables, write_record_dataset
from tests.ui.test_like_with_like import like_with_like_problems
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page  # noqa: F401
from ui import charts, charts_of
from ui.i18n import t
from ui.labels import shorten_words
from ui.selection import compare_periods


@pytest.fixture(scope="module")
def tables():
    return record_tables()


@pytest.fixture(scope="module")
def record_dir(tmp_path_factory):
    return write_record_dataset(tmp_path_factory.mktemp("record") / "processed")


def _chart(tables, indicator_id, lang="vi"):
    return charts_of.indicator_chart(
        tables["figures"], tables["indicators"], tables["sources"], indicator_id, lang
    )


def _record(fig):
    return [t for t in fig.data if t.meta.get("basis") == "curated"]


def _marks(fig):
    return [t for t in fig.data if t.meta.get("on_record")]


def test_the_record_is_the_line_and_the_documents_are_marks(tables):
    fig = _chart(tables, "income_per_capita")
    (line,) = _record(fig)
    assert line.type == "scatter" and "lines" in line.mode
    assert list(line.x) == ["2023", "2024"]
    marks = _marks(fig)
    assert marks and all("lines" not in t.mode for t in marks)
    yearly = {x for t in marks if t.xaxis == line.xaxis for x in t.x}
    assert yearly == {"2024", "2025"}  # the documents' preliminary and estimate, on the record's panel
    # A mark is labelled where the record does not say it: 2024's preliminary differs from the official
    # record, 2025 has no record point, the 2015–2020 and 2021–2022 averages have no record line.
    labelled = {x: text for t in marks for x, text in zip(t.x, t.text, strict=True)}
    assert all(labelled.values()) and set(labelled) == {"2024", "2025", "2015–2020", "2021–2022"}
    assert labelled["2024"] not in set(line.text)
    assert not any(t.type == "bar" for t in fig.data)
    assert like_with_like_problems(json.loads(fig.to_json())) == []


def test_a_revised_period_draws_its_most_final_status_with_the_others_in_the_hover(tables):
    fig = _chart(tables, "income_per_capita")
    (line,) = _record(fig)
    assert list(line.y) == [55.0, 61.2]  # 2024: official 61,2, not preliminary 60,0
    hover_2024 = line.customdata[1][0]
    assert "trước đó sơ bộ: 60 triệu đồng" in hover_2024
    assert "Nguồn khác ghi" not in hover_2024


@pytest.mark.parametrize(("lang", "word"), [("vi", "tham chiếu"), ("en", "curated")])
def test_every_point_of_the_record_is_citable(tables, lang, word):
    (line,) = _record(_chart(tables, "income_per_capita", lang))
    short = shorten_words(RECORD_TITLE, 70)
    assert short.endswith("…") and len(short) < len(RECORD_TITLE)
    for (hover,) in line.customdata:
        assert "Cục Thống kê tỉnh Lạng Sơn" in hover and word in hover
        assert short in hover  # the title, cut at a word
        assert ("30/06/2025" if lang == "vi" else "30 Jun 2025") in hover  # the page's date
        assert "bảng 10.1" in hover  # where on the page


def test_an_estimate_from_a_document_is_an_open_mark_with_its_sentence(tables):
    fig = _chart(tables, "income_per_capita")
    estimate = next(t for t in _marks(fig) if "2025" in t.x)
    assert estimate.marker.symbol == "diamond-open"
    assert "đầu người ước khoảng<br>65 triệu đồng" in estimate.customdata[list(estimate.x).index("2025")][0]


def test_without_a_record_the_chart_is_unchanged(tables):
    fig = _chart(tables, "grdp_growth")
    assert not _record(fig) and not _marks(fig)
    assert any(t.type == "bar" for t in fig.data)


def test_a_year_panel_comes_first_whatever_its_price_basis():
    keys = ["range:average|constant_2010", "half_year:1-6|constant_2010", "year|constant_2010"]
    assert sorted(keys, key=charts.panel_order)[0] == "year|constant_2010"


def _rankings(tables, lang="vi"):
    return charts_of.rankings_chart(tables["figures"], tables["indicators"], tables["sources"], lang)


def test_rankings_draw_the_record_with_the_documents_ranks_on_it(tables):
    fig = _rankings(tables)
    pci = [t for t in fig.data if t.meta.get("indicator_id") == "pci_rank"]
    (line,) = [t for t in pci if t.meta["basis"] == "curated"]
    assert list(line.x) == ["2023", "2024", "2025"] and list(line.y) == [30.0, 20.0, 5.0]
    assert "lines" in line.mode
    (marks,) = [t for t in pci if t.meta["on_record"]]
    assert list(marks.x) == ["2022"] and "lines" not in marks.mode
    assert "xếp thứ 15/63" in marks.customdata[0][0]  # the document's sentence
    assert fig.layout.yaxis.autorange == "reversed" or fig.layout.yaxis.range[0] > fig.layout.yaxis.range[1]
    assert like_with_like_problems(json.loads(fig.to_json())) == []


def test_a_rankings_line_breaks_across_the_years_its_ranking_skips(tables):
    """PAR Index 2013 → 2018 was drawn as a flat line, PAPI 2017 → 2022 as a ramp: ranks nobody published."""
    figures = tables["figures"]
    curated = figures.loc[(figures["basis"] == "curated") & (figures["indicator_id"] == "pci_rank")].iloc[0]
    extra = [{**curated.to_dict(), "figure_id": "curated-pci-2019", "value": 40.0, **_year(2019)}]
    extra += [  # a ranking published every year: its years are on the axis where the PCI has none
        {**curated.to_dict(), "indicator_id": "pgi_rank", "figure_id": f"pgi-{y}", "value": 9.0, **_year(y)}
        for y in range(2019, 2024)
    ]
    more = {**tables, "figures": pd.concat([figures, pd.DataFrame(extra)], ignore_index=True)}
    fig = _rankings(more, "en")
    (pci,) = [
        t for t in fig.data if t.meta.get("indicator_id") == "pci_rank" and t.meta["basis"] == "curated"
    ]
    assert list(pci.x)[:3] == ["2019", "2020", "2023"] and list(pci.y)[:3] == [40.0, None, 30.0]
    assert len(pci.marker.symbol) == len(pci.x)  # each mark's style still on its own point
    (pgi,) = [
        t for t in fig.data if t.meta.get("indicator_id") == "pgi_rank" and t.meta["basis"] == "curated"
    ]
    assert None not in list(pgi.y)  # every year: one line
    order = list(fig.layout.xaxis.categoryarray)
    assert all(x in order for t in fig.data for x in (t.x or []) if x is not None)  # no category added
    assert list(fig.layout.xaxis.ticktext) == [str(y) for y in range(2019, 2026)]


def test_a_year_no_ranking_has_is_an_empty_place_on_the_axis(tables):
    figures = tables["figures"]
    curated = figures.loc[(figures["basis"] == "curated") & (figures["indicator_id"] == "pci_rank")].iloc[0]
    early = {**curated.to_dict(), "figure_id": "curated-pci-2019", "value": 40.0, **_year(2019)}
    fig = _rankings({**tables, "figures": pd.concat([figures, pd.DataFrame([early])], ignore_index=True)})
    (pci,) = [
        t for t in fig.data if t.meta.get("indicator_id") == "pci_rank" and t.meta["basis"] == "curated"
    ]
    assert list(pci.y)[:2] == [40.0, None]  # 2019, then nothing until 2022's document mark's year
    assert list(fig.layout.xaxis.ticktext)[:4] == ["2019", "2020", "2021", "2022"]
    assert pci.x[1] == list(fig.layout.xaxis.categoryarray)[1]  # the break stands on 2020's empty place


@pytest.mark.parametrize(("lang", "text"), [("vi", "34 tỉnh, thành từ 1/7/2025"), ("en", "34 provinces")])
def test_rankings_mark_the_change_from_63_to_34_provinces(tables, lang, text):
    fig = _rankings(tables, lang)
    (note,) = [a for a in fig.layout.annotations if a.name == "provinces_34"]
    assert text in note.text
    (line,) = [s for s in fig.layout.shapes if s.name == "provinces_34"]
    order = list(fig.layout.xaxis.categoryarray)
    assert order.index("2024") < line.x0 < order.index("2025")


def test_no_34_provinces_mark_before_mid_2025():
    t = sample_tables()
    fig = charts_of.rankings_chart(t["figures"], t["indicators"], t["sources"], "vi")
    assert not [a for a in fig.layout.annotations if a.name == "provinces_34"]
    assert not fig.layout.shapes


def test_every_basis_has_a_style_and_no_chart_fails_on_curated_rows(tables):
    assert set(BASES) <= set(charts.BASIS_STYLE)
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    ids = ["pci_rank", "pgi_rank", "grdp_growth", "income_per_capita"]
    for lang in ("vi", "en"):
        charts_of.headline_chart(f, ind, src, ids, lang)
        charts.comparison_chart(compare_periods(f, ids, "2023", "2024"), ind, src, lang, "2023", "2024")


# --- The pages, on a dataset with a reference history ---------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", ["pages/indicators.py", "pages/rankings.py", "pages/overview.py"])
def test_pages_draw_the_record(record_dir, monkeypatch, page, lang):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(record_dir))
    at = open_page(
        AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), page, lang=lang, ind=["income_per_capita"]
    )
    assert_clean(at)
    specs = [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]
    assert specs
    for spec in specs:
        assert like_with_like_problems(spec) == []
    traces = [trace for spec in specs for trace in spec["data"]]
    if page.endswith("indicators.py"):
        assert any(tr.get("meta", {}).get("basis") == "curated" for tr in traces)
        assert any(tr.get("meta", {}).get("on_record") for tr in traces)
    if page.endswith("rankings.py"):
        notes = [a.get("name") for a in specs[0]["layout"]["annotations"]]
        assert "provinces_34" in notes
    if page.endswith("overview.py"):
        assert len(at.metric) == 5
    status = " ".join(str(c.value) for c in at.sidebar.caption)
    assert t("status_reference", lang, figures=6) in status


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_overview_card_from_the_record_cites_its_page(record_dir, monkeypatch, lang):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(record_dir))
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), "pages/overview.py", lang=lang)
    assert_clean(at)
    pci = at.metric[0]
    assert pci.value == "5/34"  # the record's 2025 rank, not the documents' 2022 one
    captions = " ".join(str(c.value) for c in at.main.caption)
    assert t("basis_curated", lang) in captions and "Báo cáo PCI 2023, tr. 12" in captions
    (expander,) = [e for e in at.expander if e.label == t("card_citation", lang)]
    citation = " ".join(h.proto.body for h in expander.get("html"))
    assert t("meta_curated", lang) in citation and "Báo cáo PCI 2023, tr. 12" in citation
    assert 'href="https://' in citation
