"""Every page through Streamlit's AppTest, on the sample dataset; and the HTML/markdown escaping they use."""

from __future__ import annotations

import html
import json
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from tests.sample_dataset import SENTENCE_OTHER, TEXT_A, write_sample_dataset
from ui.app_widgets import document_html, md_text, quote_html, safe_link, stacking_table_html
from ui.i18n import t
from ui.page_list import READING_PAGES

REPO = Path(__file__).resolve().parents[2]
DASHBOARD = str(REPO / "dashboard.py")
PAGES = list(READING_PAGES)
TIMEOUT = 60  # s per run: the machine is shared; a page normally renders in about a second


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory):
    return write_sample_dataset(tmp_path_factory.mktemp("data") / "processed")


@pytest.fixture(autouse=True)
def navigation_v2(monkeypatch):
    """Make AppTest run dashboard.py (st.navigation) on every run, as the server does.

    AppTest 1.67 resets PagesManager.uses_pages_directory before each run; with a `pages/` folder
    beside the entry point that turns on the legacy multipage mode, and after switch_page() it runs
    the page file alone -- no sidebar, no language switch, no URL sync. The server sets the flag to
    False once dashboard.py has called st.navigation; do the same right after AppTest's reset.
    """
    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


@pytest.fixture
def app(sample_dir, monkeypatch):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(sample_dir))
    return AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT)


def open_page(at: AppTest, page: str, **params) -> AppTest:
    """Run the app once (st.navigation registers its pages), then show `page`, as a browser would."""
    at.query_params.update(params)
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    return at


def texts(elements) -> list[str]:
    return [str(e.value) for e in elements]


def chart_titles(at: AppTest) -> list[str]:
    """Titles of the plotly charts on the page (AppTest keeps each figure's JSON spec)."""
    titles = [json.loads(chart.proto.spec)["layout"]["title"]["text"] for chart in at.get("plotly_chart")]
    return [title.replace("<br>", " ") for title in titles]  # long titles are wrapped for phones


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


# --- Every page renders ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_without_exception(app, page, lang):
    at = open_page(app, page, lang=lang)
    assert_clean(at)
    name = Path(page).stem
    assert texts(at.title)[0] == (t("app_title", lang) if name == "overview" else t(f"page_{name}", lang))


@pytest.mark.parametrize("page", PAGES)
def test_sidebar_shows_the_dataset_status(app, page):
    at = open_page(app, page)
    status = " ".join(texts(at.sidebar.caption))
    assert "10 số liệu · 7 chỉ tiêu" in status and "Tổng hợp từ 2 văn bản" in status


# --- Overview --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("vi", ["15/63", "2/63", "6,95%", "49,26 triệu đồng", "26"]),
        ("en", ["15/63", "2/63", "6.95%", "VND 49.26 million", "26"]),
    ],
)
def test_language_switch_changes_labels_and_number_formats(app, lang, expected):
    at = open_page(app, "pages/overview.py")
    if lang == "en":
        at.segmented_control(key="param_lang").set_value("en").run()
    assert_clean(at)
    assert [m.value for m in at.metric] == [md_text(v) for v in expected]  # values are markdown
    assert texts(at.title) == [t("app_title", lang)]
    growth = next(m for m in at.metric if m.value in ("6,95%", md_text("6.95%")))
    assert growth.label == md_text(
        "Tốc độ tăng trưởng kinh tế (GRDP)" if lang == "vi" else "GRDP growth rate"
    )
    status = " ".join(texts(at.sidebar.caption))
    assert t("status_documents", lang, documents=2) in status


def test_overview_cards_show_change_coloured_by_improvement(app):
    at = open_page(app, "pages/overview.py")
    growth = next(m for m in at.metric if m.value == "6,95%")
    # 6.95 (2021–2022) against the derived 5.45 (2015–2020): up 1.5 points, which is better.
    assert growth.delta == "+1,50 điểm %"
    # Beside the change it would be cut off ("so với giai đoạn 201…"): it is a line of its own, in full.
    assert not growth.proto.delta_description
    assert md_text("so với giai đoạn 2015–2020 (số suy ra)") in texts(at.main.caption)
    assert "Giai đoạn 2021–2022 · bình quân/năm" in " ".join(texts(at.main.caption))
    captions = " ".join(texts(at.main.caption))
    assert "Nguồn: TTXVN, 25/08/2023" in captions
    assert md_text("Tốc độ tăng trưởng kinh tế bình quân (GRDP)") in captions


def test_headline_change_colour_follows_higher_is_better(app):
    at = open_page(app, "pages/overview.py")
    income = next(m for m in at.metric if m.value == "49,26 triệu đồng")
    assert income.delta.startswith("+")
    # st.metric's protobuf keeps the colour name we asked for (green: the change is an improvement).
    assert "green" in str(income.proto).lower()


@pytest.mark.parametrize(
    ("lang", "title"),
    [("vi", "Các chỉ tiêu chính so với kỳ trước"), ("en", "Headline indicators against the period before")],
)
def test_overview_draws_the_headlines_against_the_period_before(app, lang, title):
    at = open_page(app, "pages/overview.py", lang=lang)
    assert_clean(at)
    assert chart_titles(at) == [title]
    (chart,) = at.get("plotly_chart")
    spec = json.loads(chart.proto.spec)
    assert {trace["meta"]["indicator_id"] for trace in spec["data"]} == {"grdp_growth", "income_per_capita"}
    source = [a["text"] for a in spec["layout"]["annotations"] if a.get("name") == "source"]
    assert source and source[0].startswith("Nguồn" if lang == "vi" else "Source")
    labels = [b.label for b in at.get("download_button")]
    assert [label for label in labels if label in ("PNG", "SVG", "PDF", "HTML")] == [
        "PNG",
        "SVG",
        "PDF",
        "HTML",
    ]


def test_a_rerun_draws_the_same_overview(app):
    at = open_page(app, "pages/overview.py")
    first = [chart.proto.spec for chart in at.get("plotly_chart")]
    values = [m.value for m in at.metric]
    at.run()  # a visitor's rerun: cards and chart come from the shared cache, unchanged
    assert_clean(at)
    assert [chart.proto.spec for chart in at.get("plotly_chart")] == first
    assert [m.value for m in at.metric] == values


# --- Indicators ------------------------------------------------------------------------------------


def test_indicator_filter_changes_what_is_shown(app):
    at = open_page(app, "pages/indicators.py")
    assert_clean(at)
    assert chart_titles(at) == ["Tốc độ tăng trưởng kinh tế (GRDP)", "Thu nhập bình quân đầu người"]
    table_before = at.dataframe[0].value
    assert set(table_before["indicator_id"]) == {"grdp_growth", "income_per_capita"}

    at.multiselect(key="param_ind").set_value(["pci_rank"]).run()
    assert_clean(at)
    assert chart_titles(at) == ["Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"]
    assert set(at.dataframe[0].value["indicator_id"]) == {"pci_rank"}
    assert at.query_params.get("ind") == "pci_rank"


def test_category_filter_limits_indicator_choices(app):
    at = open_page(app, "pages/indicators.py")
    at.multiselect(key="param_cat").set_value(["rankings"]).run()
    assert_clean(at)
    options = at.multiselect(key="param_ind").options
    assert options and all(("Xếp hạng" in o) for o in options)


def test_period_filter_and_derived_toggle(app):
    at = open_page(app, "pages/indicators.py")
    at.multiselect(key="param_per").set_value(["2021–2022"]).run()
    assert set(at.dataframe[0].value["period"]) == {"giai đoạn 2021–2022"}
    at.multiselect(key="param_per").set_value([]).run()
    n_all = len(at.dataframe[0].value)
    at.toggle(key="param_derived").set_value(False).run()
    assert_clean(at)
    assert len(at.dataframe[0].value) == n_all - 2  # the sample's two derived figures
    assert at.query_params.get("derived") == "0"
    note = " ".join(texts(at.main.caption))  # the downloads say the derived figures were left out
    assert f"{t('filter_include_derived', 'vi')} = {t('no', 'vi')}" in note


def test_every_chart_has_its_downloads(app):
    at = open_page(app, "pages/indicators.py")
    labels = [b.label for b in at.get("download_button")]
    for fmt in ("PNG", "SVG", "PDF", "HTML"):
        assert labels.count(fmt) == 2  # two charts by default
    assert any("ZIP" in label for label in labels)
    assert {"CSV", "XLSX", "Parquet"} <= set(labels)


# --- Compare, sources, data ------------------------------------------------------------------------


def test_compare_shows_changes_and_derived_footnotes(app):
    at = open_page(app, "pages/compare.py")
    assert_clean(at)
    tables = [b for b in texts(at.html) if 'class="ls-stack"' in b]
    assert len(tables) == 1  # an HTML table that wraps (a phone stacks it), not a fixed-width grid
    assert "+1,50 điểm %" in tables[0]
    assert "+29,3%" in tables[0]
    assert tables[0].count('data-label="Thay đổi"') == tables[0].count("<tr>") - 1  # one per indicator
    footnotes = " ".join(texts(at.main.caption))
    # The derived value as every figure of its indicator is written (the catalog's 2 decimals), in the
    # footnote's arithmetic too: not the unrounded 38,0974 of the derivation.
    assert "= 38,10" in footnotes and "38,0974" not in footnotes and "Suy ra" in footnotes
    assert "38,10 triệu đồng" in tables[0]


def test_quote_with_script_tag_is_shown_escaped(app):
    at = open_page(app, "pages/sources.py")
    assert_clean(at)
    bodies = texts(at.html)
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in b for b in bodies)
    assert not any("<script" in b.lower() for b in bodies)
    # The title "Bài B <b>không</b> tin" is document text too: never a tag.
    assert not any("<b>" in b for b in bodies)


def test_sources_highlight_each_mention_and_flag_conflicts(app):
    at = open_page(app, "pages/sources.py")
    bodies = texts(at.html)
    assert any("<mark" in b and "6,95%</mark>" in b for b in bodies)
    assert any(str(w.value).startswith(f"**{t('conflicts_heading', 'vi')}**") for w in at.warning)
    links = [b for b in bodies if "<a " in b]
    assert links and all('href="https://' in b for b in links)


def test_sources_filter_by_document(app):
    at = open_page(app, "pages/sources.py")
    at.selectbox(key="param_src").set_value("doc_b").run()
    assert_clean(at)
    quotes = [b for b in texts(at.html) if "<mark" in b]
    assert quotes and all("16/63" in b for b in quotes)
    assert at.query_params.get("src") == "doc_b"


def test_data_page_table_follows_filters(app):
    at = open_page(app, "pages/data.py")
    assert len(at.dataframe[0].value) == 10
    at.multiselect(key="param_cat").set_value(["economy"]).run()
    assert set(at.dataframe[0].value["indicator_id"]) == {"grdp_growth", "income_per_capita"}
    note = " ".join(texts(at.main.caption))
    assert "Kinh tế" in note


# --- Links: query parameters -----------------------------------------------------------------------


def test_a_copied_link_reopens_the_same_view(app):
    at = open_page(app, "pages/indicators.py", lang="en", ind=["pci_rank", "grdp_growth"])
    assert_clean(at)
    assert texts(at.title) == ["Indicators"]
    assert at.multiselect(key="param_ind").value == ["pci_rank", "grdp_growth"]
    assert at.query_params == {"lang": "en", "ind": ["pci_rank", "grdp_growth"]}


def test_filters_are_carried_across_page_switches(app):
    at = open_page(app, "pages/indicators.py")
    at.segmented_control(key="param_lang").set_value("en").run()
    at.multiselect(key="param_ind").set_value(["income_per_capita"]).run()
    at.switch_page("pages/data.py").run()
    assert_clean(at)
    assert texts(at.title) == ["Data"]
    assert set(at.dataframe[0].value["indicator_id"]) == {"income_per_capita"}
    assert at.query_params == {"lang": "en", "ind": "income_per_capita"}
    at.switch_page("pages/overview.py").run()
    assert at.query_params == {"lang": "en"}
    at.switch_page("pages/indicators.py").run()
    assert at.multiselect(key="param_ind").value == ["income_per_capita"]


@pytest.mark.parametrize(
    ("page", "key", "chosen", "english"),
    [
        ("pages/indicators.py", "param_cat", ["economy"], ["Economy"]),
        ("pages/indicators.py", "param_ind", ["grdp_growth"], ["GRDP growth rate"]),
    ],
)
def test_a_language_switch_relabels_the_chosen_filters(app, page, key, chosen, english):
    """The browser keeps showing the labels it was last sent for a widget ("Kinh tế" after English was
    chosen): the switch must send the same choice again, in the new words."""
    at = open_page(app, page)
    at.multiselect(key=key).set_value(chosen).run()
    at.segmented_control(key="param_lang").set_value("en").run()
    assert_clean(at)
    box = at.multiselect(key=key)
    assert box.value == chosen  # the ids survive the switch
    assert box.proto.set_value and list(box.proto.raw_values) == english
    at.segmented_control(key="param_lang").set_value("vi").run()
    assert at.multiselect(key=key).value == chosen


def test_a_language_switch_relabels_a_selectbox_left_at_its_default(app):
    at = open_page(app, "pages/sources.py")
    at.segmented_control(key="param_lang").set_value("en").run()
    box = at.selectbox(key="param_src")
    assert box.proto.set_value and box.proto.raw_value == t("filter_all", "en")  # not "Tất cả"


@pytest.mark.parametrize(
    "params",
    [
        {"lang": "xx"},
        {"lang": "<script>alert(1)</script>"},
        {"ind": ["no_such_indicator"]},
        {"ind": ["grdp_growth", "'; DROP TABLE figures; --"]},
        {"per": ["1900"], "derived": "maybe"},
        {"evil": "<img src=x onerror=alert(1)>"},
    ],
)
def test_bad_link_parameters_are_ignored_with_a_notice(app, params):
    app.query_params.update(params)
    at = app.run()
    notices = texts(at.toast)  # the language is read on the first page, the filters on their own
    at.switch_page("pages/indicators.py").run()
    notices += texts(at.toast)
    assert_clean(at)
    assert texts(at.title)[0] in (t("page_indicators", "vi"), t("page_indicators", "en"))
    assert notices and notices[0].startswith(t("ignored_params", "vi", names="")[:20])
    assert "<" not in notices[0]
    # What was valid is kept; the rest falls back to the defaults and leaves the URL.
    if "ind" in params:
        assert set(at.multiselect(key="param_ind").value) <= {"grdp_growth", "income_per_capita"}
    for value in at.query_params.values():
        assert "<" not in str(value)


# --- Missing or broken data ------------------------------------------------------------------------


def test_missing_dataset_says_how_to_build_it(tmp_path, monkeypatch):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(tmp_path / "nothing-here"))
    at = AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT).run()
    assert not at.exception
    message = " ".join(texts(at.info))
    assert "make data" in message and "python -m etl" in message


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/sources.py"])
def test_corrupt_dataset_shows_a_message_not_a_traceback(sample_dir, tmp_path, monkeypatch, page):
    broken = write_sample_dataset(tmp_path / "processed")
    (broken / "figures.parquet").write_bytes(b"this is not parquet \x00\xff" * 10)
    monkeypatch.setenv("LANGSON_DATA_DIR", str(broken))
    at = AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT).run()
    assert not at.exception
    message = " ".join(texts(at.error))
    assert "make data" in message
    assert "figures.parquet" in " ".join(texts(at.get("text")))


def test_dataset_with_wrong_schema_shows_a_message(tmp_path, monkeypatch):
    import pandas as pd

    broken = write_sample_dataset(tmp_path / "processed")
    pd.DataFrame({"unexpected": [1]}).to_parquet(broken / "sources.parquet")
    monkeypatch.setenv("LANGSON_DATA_DIR", str(broken))
    at = AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert "make data" in " ".join(texts(at.error))


# --- Escaping helpers used by the pages ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chỉ số (PCI)", "Chỉ số (PCI)"),
        ("6,95%", "6,95%"),
        ("a *b* _c_", r"a \*b\* \_c\_"),
        ("[x](javascript:alert(1))", r"\[x\](javascript:alert(1))"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("&lt;b&gt;", r"\<b\>"),  # labels escape HTML for plotly; markdown gets the plain text
        ("# title", r"\# title"),
        ("1. first", r"1\. first"),
        ("- item", r"\- item"),
        ("x - y", "x - y"),
    ],
)
def test_md_text(text, expected):
    assert md_text(text) == expected


def test_quote_html_marks_the_mention_inside_its_sentence():
    start = TEXT_A.index("Tốc độ tăng trưởng")
    end = TEXT_A.index("2015-2020.", start) + len("2015-2020.")
    m_start = TEXT_A.index("6,95%")
    out = quote_html(TEXT_A, start, end, m_start, m_start + 5)
    assert "<mark" in out and ">6,95%</mark>" in out
    assert out.startswith("<p") and out.endswith("</p>")


def test_quote_html_escapes_everything_from_the_document():
    text = "Trước. " + SENTENCE_OTHER + " Sau <i>x</i>."
    start = text.index(SENTENCE_OTHER)
    m_start = text.index("xếp thứ 16/63")
    out = quote_html(text, start, start + len(SENTENCE_OTHER), m_start, m_start + len("xếp thứ 16/63"))
    assert "<script" not in out and "<i>" not in out
    assert html.escape("<script>alert(1)</script>") in out


def test_quote_html_without_document_text_uses_the_quote():
    out = quote_html(None, 100, 100 + len("Đạt 6,95%."), 104, 109, quote="Đạt 6,95%.")
    assert out.count("<mark") == 1 and ">6,95%</mark>" in out


@pytest.mark.parametrize(
    ("mentions", "marked"),
    [
        ([(0, 3)], ["abc"]),
        ([(4, 7), (0, 3)], ["abc", "def"]),
        ([(0, 5), (2, 7)], ["abc def"]),  # overlapping spans merge into one mark
        ([(50, 60)], []),  # out of range: nothing marked, nothing lost
    ],
)
def test_document_html_marks_every_mention(mentions, marked):
    out = document_html("abc def\n\n<b>", mentions)
    assert out.count("<mark") == len(marked)
    assert all(f">{m}</mark>" in out for m in marked)
    assert "&lt;b&gt;" in out and out.count("<p") == 2


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1&c=2", True),
        ("http://baotintuc.vn/x.htm", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        ('https://x.org/"onmouseover="alert(1)', False),
        ("ftp://x.org", False),
        (None, False),
        (float("nan"), False),
    ],
)
def test_safe_link_only_links_http(url, ok):
    out = safe_link(url)
    assert (out is not None) == ok
    if ok:
        assert out.startswith(f'<a href="{html.escape(url, quote=True)}"')


def test_without_chromium_static_downloads_give_way_to_a_notice(app, monkeypatch):
    from ui import app_widgets

    problem = "Chromium was not found at '/nowhere', so charts cannot be saved as PNG, SVG or PDF."
    monkeypatch.setattr(app_widgets, "_probe", {"started": True, "problem": problem})
    at = open_page(app, "pages/indicators.py")
    assert_clean(at)
    labels = [b.label for b in at.get("download_button")]
    assert not {"PNG", "SVG", "PDF"} & set(labels)
    assert labels.count("HTML") == 2 and {"CSV", "XLSX", "Parquet"} <= set(labels)
    assert [label for label in labels if "ZIP" in label] == [t("download_all_zip", "vi", fmt="HTML")]
    assert any("Chromium" in message for message in texts(at.info))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_html_downloads_say_their_size_and_that_they_open_offline(app, lang):
    from ui.export import plotlyjs_bytes

    at = open_page(app, "pages/indicators.py", lang=lang)
    mb = f"{plotlyjs_bytes() / 1e6:.1f}".replace(".", "," if lang == "vi" else ".")
    helps = {b.label: b.help for b in at.get("download_button") if "HTML" in b.label}
    assert helps["HTML"] == t("download_help_html", lang, mb=mb) and f"{mb} MB" in helps["HTML"]
    assert helps[t("download_all_zip", lang, fmt="HTML")] == t("download_help_zip_html", lang, mb=mb)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_data_page_offers_every_download_format_in_the_language(app, lang):
    at = open_page(app, "pages/data.py", lang=lang)
    assert_clean(at)
    labels = [b.label for b in at.get("download_button")]
    for key in ("download_csv", "download_csv_vn", "download_xlsx", "download_parquet"):
        assert t(key, lang) in labels
    assert t("download_package", lang) in labels and t("download_sdmx", lang) in labels
    other = "en" if lang == "vi" else "vi"
    assert t("download_csv_vn", other) not in labels and t("download_package", other) not in labels


def test_stacking_table_escapes_names_and_values():
    frame = pd.DataFrame({'Giá trị "<b>"': ["<script>x</script>"], "Thay đổi": ["+1 & 2"]})
    out = stacking_table_html(frame)
    assert "<script>" not in out and "&lt;script&gt;x&lt;/script&gt;" in out
    assert 'data-label="Giá trị &quot;&lt;b&gt;&quot;"' in out and "+1 &amp; 2" in out
    assert out.count("<td ") == 2 and out.count("<th ") == 2


@pytest.mark.parametrize(
    ("query", "marks", "documents"),
    [
        # A sentence's words, typed without accents or capitals: only the income figures' sentence.
        ("THU NHAP binh quan", ["49,26 triệu đồng", "38,10"], {"Bài A: Lạng Sơn"}),
        # A publisher: every figure of its document, and that document only.
        ("ttxvn", ["6,95%", "49,26 triệu đồng"], {"Bài A: Lạng Sơn"}),
        # A title with its markup written as text: the other document.
        ("bai b khong", ["16/63"], {"Bài B \\<b\\>không\\</b\\> tin"}),
    ],
)
def test_sources_search_finds_by_sentence_publisher_and_title(app, query, marks, documents):
    at = open_page(app, "pages/sources.py")
    everything = len([b for b in texts(at.html) if "<mark" in b])
    at.text_input(key="sources_search").set_value(query).run()
    assert_clean(at)
    quotes = [b for b in texts(at.html) if "<mark" in b and "<p" in b]
    figure_quotes = [b for b in quotes if "</mark>" in b and b.count("<mark") == 1]
    assert 0 < len(figure_quotes) < everything
    found = " ".join(figure_quotes)
    assert all(mark in found or mark in " ".join(texts(at.markdown)) for mark in marks)
    assert {s.value for s in at.subheader} & {
        "Bài A: Lạng Sơn",
        "Bài B \\<b\\>không\\</b\\> tin",
    } == documents
    assert any(query in c.value for c in at.main.caption)


def test_sources_search_with_no_match_says_so(app):
    at = open_page(app, "pages/sources.py")
    at.text_input(key="sources_search").set_value("không có chữ này ở đâu cả").run()
    assert_clean(at)
    assert t("no_figures", "vi") in texts(at.info)
    assert t("sources_search_no_documents", "vi") in texts(at.main.caption)
    assert not [w for w in at.warning if t("conflicts_heading", "vi") in str(w.value)]  # nor its conflicts
    assert not [b for b in texts(at.html) if "<mark" in b]


def test_one_failed_render_does_not_take_the_image_buttons_away(monkeypatch):
    from ui import app_widgets, export

    monkeypatch.setattr(app_widgets, "_probe", {"started": True, "problem": None})

    def hung(*_args, **_kwargs):
        raise export.ExportFailed("Image export failed twice: TimeoutError: ")

    monkeypatch.setattr(export, "figure_to_image", hung)
    with pytest.raises(export.ExportFailed):
        app_widgets._image_maker(go.Figure(), "png")()
    assert app_widgets.static_export_problem() is None  # the next click tries again

    def missing(*_args, **_kwargs):
        raise export.ExportUnavailable("Chromium was not found at '/nowhere'")

    monkeypatch.setattr(export, "figure_to_image", missing)
    with pytest.raises(export.ExportUnavailable):
        app_widgets._image_maker(go.Figure(), "png")()
    assert "Chromium" in app_widgets.static_export_problem()
