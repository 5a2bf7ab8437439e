import pandas as pd
import pytest

from tests.sample_dataset import sample_tables
from ui.formatting import MINUS
from ui.labels import (
    category_name,
    derivation_note,
    figure_period_text,
    indicator_name,
    localize_arithmetic,
    period_text,
    source_line,
    unit_name,
)


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


def _day(text):
    return pd.Timestamp(text)


@pytest.mark.parametrize(
    ("kind", "start", "end", "label", "vi", "en"),
    [
        ("year", "2022-01-01", "2022-12-31", "2022", "năm 2022", "2022"),
        ("range", "2021-01-01", "2022-12-31", "2021–2022", "giai đoạn 2021–2022", "2021–2022"),
        ("quarter", "2023-01-01", "2023-03-31", "Q1/2023", "quý I/2023", "Q1 2023"),
        ("quarter", "2023-10-01", "2023-12-31", "Q4/2023", "quý IV/2023", "Q4 2023"),
        ("months", "2023-01-01", "2023-06-30", "6T/2023", "6 tháng đầu năm 2023", "H1 2023"),
        ("half_year", "2023-01-01", "2023-06-30", "H1/2023", "6 tháng đầu năm 2023", "H1 2023"),
        ("half_year", "2023-07-01", "2023-12-31", "H2/2023", "6 tháng cuối năm 2023", "H2 2023"),
        ("months", "2023-01-01", "2023-09-30", "9T/2023", "9 tháng đầu năm 2023", "first 9 months of 2023"),
        ("months", "2023-03-01", "2023-05-31", "3–5/2023", "tháng 3–5/2023", "Mar–May 2023"),
        ("month", "2023-08-01", "2023-08-31", "08/2023", "tháng 8/2023", "Aug 2023"),
        ("as_of", "2023-08-25", "2023-08-25", "25/08/2023", "tại thời điểm 25/08/2023", "as of 25 Aug 2023"),
        ("to_date", "2023-01-01", "2023-08-25", "–25/08/2023", "đến 25/08/2023", "to 25 Aug 2023"),
        # since an earlier year ("từ đầu nhiệm kỳ 2020-2025 đến nay"): the start is said, never dropped
        (
            "to_date",
            "2020-01-01",
            "2023-08-25",
            "2020–25/08/2023",
            "từ năm 2020 đến 25/08/2023",
            "2020 to 25 Aug 2023",
        ),
        ("dates", "2023-08-25", "2023-08-25", "25/08/2023", "ngày 25/08/2023", "25 Aug 2023"),
        (
            "dates",
            "2023-08-01",
            "2023-08-25",
            "01–25/08/2023",
            "từ 01/08/2023 đến 25/08/2023",
            "1 Aug 2023 – 25 Aug 2023",
        ),
        ("plan", "2025-01-01", "2030-12-31", "2030", "kế hoạch đến năm 2030", "plan to 2030"),
        ("plan", "2024-01-01", "2024-12-31", "2024", "kế hoạch năm 2024", "2024 plan"),
    ],
)
def test_period_text(kind, start, end, label, vi, en):
    assert period_text(kind, _day(start), _day(end), label, "vi") == vi
    assert period_text(kind, _day(start), _day(end), label, "en") == en


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_period_text_falls_back_to_label(lang):
    assert period_text("year", pd.NaT, _day("2022-12-31"), "2022?", lang) == "2022?"
    assert period_text("unheard_of", _day("2022-01-01"), _day("2022-12-31"), "2022 x", lang) == "2022 x"


def test_figure_period_text_reads_a_row(tables):
    row = tables["figures"].iloc[3].to_dict()  # grdp_growth 2021–2022
    assert figure_period_text(row, "vi") == "giai đoạn 2021–2022"
    assert figure_period_text(row, "en") == "2021–2022"


@pytest.mark.parametrize(
    ("indicator_id", "lang", "name", "unit"),
    [
        ("grdp_growth", "vi", "Tốc độ tăng trưởng kinh tế (GRDP)", "%"),
        ("grdp_growth", "en", "GRDP growth rate", "%"),
        ("income_per_capita", "vi", "Thu nhập bình quân đầu người", "triệu đồng"),
        ("income_per_capita", "en", "Income per head", "million VND"),
        ("commune_units_cut", "en", "Commune-level administrative units cut", ""),
        ("no_such_indicator", "vi", "no_such_indicator", ""),
    ],
)
def test_indicator_and_unit_names(tables, indicator_id, lang, name, unit):
    assert indicator_name(tables["indicators"], indicator_id, lang) == name
    assert unit_name(tables["indicators"], indicator_id, lang) == unit


@pytest.mark.parametrize(
    ("category", "lang", "expected"),
    [("economy", "vi", "Kinh tế"), ("economy", "en", "Economy"), ("nope", "en", "nope")],
)
def test_category_name(tables, category, lang, expected):
    assert category_name(tables["indicators"], category, lang) == expected


@pytest.mark.parametrize(
    ("ids", "lang", "expected"),
    [
        (["doc_a"], "vi", "Nguồn: TTXVN, 25/08/2023 (ngày suy luận)"),
        (["doc_a"], "en", "Source: TTXVN, 25 Aug 2023 (date inferred)"),
        # no publisher: the title stands in, escaped; the date was not inferred
        (["doc_b"], "vi", "Nguồn: Bài B &lt;b&gt;không&lt;/b&gt; tin, 2023"),
        (
            ["doc_a", "doc_b", "doc_a"],
            "en",
            "Sources: TTXVN, 25 Aug 2023 (date inferred); Bài B &lt;b&gt;không&lt;/b&gt; tin, 2023",
        ),
        (["missing_<id>"], "en", "Source: missing_&lt;id&gt;"),
        ([], "vi", "Nguồn: không rõ"),
        ([], "en", "Source: unknown"),
    ],
)
def test_source_line(tables, ids, lang, expected):
    assert source_line(tables["sources"], ids, lang) == expected


def test_source_line_escapes_publisher_and_shortens_long_titles(tables):
    sources = tables["sources"].copy()
    sources.loc[0, "publisher"] = 'Báo "A" & <script>alert(1)</script>'
    sources.loc[1, "title"] = "Tiêu đề " * 20
    line = source_line(sources, ["doc_a", "doc_b"], "vi")
    assert "<" not in line and ">" not in line
    assert "&lt;script&gt;" in line and "&amp;" in line
    assert "…" in line and ("Tiêu đề " * 9) not in line  # shortened to 60 characters


@pytest.mark.parametrize(
    ("expression", "lang", "expected"),
    [
        ("6.95 - 1.5 = 5.45", "vi", f"6,95 {MINUS} 1,5 = 5,45"),
        ("6.95 - 1.5 = 5.45", "en", f"6.95 {MINUS} 1.5 = 5.45"),
        ("49.26 / (1 + 29.3/100) = 38.0974", "vi", "49,26 / (1 + 29,3/100) = 38,0974"),
        ("22683 * 1.08 = 24497.64", "vi", "22.683 * 1,08 = 24.497,64"),
        ("15 - 21 = -6", "en", f"15 {MINUS} 21 = -6"),
    ],
)
def test_localize_arithmetic(expression, lang, expected):
    assert localize_arithmetic(expression, lang) == expected


@pytest.mark.parametrize(
    ("expression", "lang", "decimals", "expected"),
    [
        ("49.26 / (1 + 29.3/100) = 38.0974", "vi", 2, "49,26 / (1 + 29,3/100) = 38,10"),
        ("49.26 / (1 + 29.3/100) = 38.1", "en", 2, "49.26 / (1 + 29.3/100) = 38.10"),
        ("15 - 21 = -6", "vi", 0, f"15 {MINUS} 21 = {MINUS}6"),
        (
            "6.95 - 1.5 = 5.45 (read as percentage points)",
            "vi",
            2,
            f"6,95 {MINUS} 1,5 = 5,45 (đọc là điểm phần trăm)",
        ),
        (
            "6.95 - 1.5 = 5.45 (read as percentage points)",
            "en",
            2,
            f"6.95 {MINUS} 1.5 = 5.45 (read as percentage points)",
        ),
        ("1 + 2", "vi", 2, "1 + 2"),
    ],
)
def test_localize_arithmetic_writes_the_result_as_the_figure_is_shown(expression, lang, decimals, expected):
    assert localize_arithmetic(expression, lang, decimals) == expected


def test_derivation_note_explains_derived_rows(tables):
    figures, indicators = tables["figures"], tables["indicators"]
    growth = figures.loc[(figures["indicator_id"] == "grdp_growth") & (figures["basis"] == "derived")]
    row = growth.iloc[0].to_dict()
    vi = derivation_note(row, indicators, "vi")
    en = derivation_note(row, indicators, "en")
    assert vi.startswith("Suy ra: Tốc độ tăng trưởng kinh tế (GRDP) giai đoạn 2015–2020")
    assert f"6,95 {MINUS} 1,5 = 5,45" in vi and "chênh lệch điểm phần trăm" in vi
    assert en.startswith("Derived: GRDP growth rate, 2015–2020")
    assert f"6.95 {MINUS} 1.5 = 5.45" in en and "percentage-point" in en
    assert "“cao hơn 1,5%”" in vi


def test_derivation_note_is_empty_for_reported_and_escapes_phrases(tables):
    figures, indicators = tables["figures"], tables["indicators"]
    assert derivation_note(figures.iloc[0].to_dict(), indicators, "vi") == ""
    row = figures.loc[figures["basis"] == "derived"].iloc[0].to_dict()
    row["value_text"] = "cao hơn <b>1,5%</b>"
    note = derivation_note(row, indicators, "en")
    assert "&lt;b&gt;1,5%&lt;/b&gt;" in note and "<b>" not in note


def test_derivation_note_accepts_a_partial_row(tables):
    row = {"basis": "derived", "indicator_id": "grdp_growth", "derivation": "6.95 - 1.5 = 5.45"}
    row["period_label"] = "2015–2020"
    assert derivation_note(row, tables["indicators"], "vi") == (
        f"Suy ra: Tốc độ tăng trưởng kinh tế (GRDP) 2015–2020 không được công bố trực tiếp: 6,95 {MINUS} 1,5 = 5,45"
    )


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Hội nghị làm việc với Ban Thường vụ Tỉnh ủy", 30, "Hội nghị làm việc với Ban…"),
        ("Hội nghị làm việc với Ban Thường vụ", 60, "Hội nghị làm việc với Ban Thường vụ"),
        ("Mộttừrấtdàikhôngcókhoảngtrắng", 12, "Mộttừrấtdài…"),  # one long word: cut, nothing better
    ],
)
def test_shorten_words_cuts_at_a_word_boundary(text, limit, expected):
    from ui.labels import shorten_words

    assert shorten_words(text, limit) == expected
    assert len(shorten_words(text, limit)) <= limit


def test_figure_notes_say_yearly_average_where_the_text_left_it_unsaid():
    from tests.sample_dataset import mixed_tables
    from ui.labels import figure_notes

    tables = mixed_tables()
    f, ind = tables["figures"], tables["indicators"]
    income = f.loc[(f["indicator_id"] == "income_per_capita") & (f["period_kind"] == "range")].iloc[0]
    assert pd.isna(income["period_aggregate"])  # as the ETL writes it
    assert "bình quân/năm" in figure_notes(income.to_dict(), "vi", ind)  # income is per year
    months = f.loc[f["period_kind"] == "months"].iloc[0].to_dict()
    assert figure_notes(months, "vi") == ["lũy kế 9 tháng"]
    assert figure_notes(months, "en") == ["9-month running total"]
    budget = f.loc[(f["indicator_id"] == "budget_revenue") & (f["status"] == "target")].iloc[0].to_dict()
    assert figure_notes(budget, "vi") == ["kế hoạch"]


def test_a_partial_rows_derivation_is_written_with_its_indicators_decimals():
    from tests.sample_dataset import sample_tables

    indicators = sample_tables()["indicators"]
    row = {"basis": "derived", "indicator_id": "income_per_capita", "period_label": "2015–2020"}
    note = derivation_note({**row, "derivation": "49.26 / (1 + 29.3/100) = 38.0974"}, indicators, "vi")
    assert note.endswith("= 38,10")  # as the chart and the table write the figure
