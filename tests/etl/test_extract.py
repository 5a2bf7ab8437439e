"""The extraction rules, one phrasing per row: sentence -> (indicator, value, period, extras)."""

from dataclasses import replace
from datetime import date

import pytest

from etl.casefold import lowered
from etl.catalog import load_catalog
from etl.datelines import date_line
from etl.derive import derive_earlier
from etl.extract import extract_figures, read_figures
from etl.sentences import sentence_spans

DOC = date(2023, 8, 25)


def found(text, doc_date=DOC):
    return [
        (m.indicator_id, m.value, m.period.label, m.rank_of, m.qualifier)
        for m in extract_figures(text, load_catalog(), doc_date)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Ranks: "N/M", the subject before or after ("về …"), rank_of from "trên M tỉnh".
        (
            "Chỉ số năng lực cạnh tranh cấp tỉnh năm 2022 của Lạng Sơn xếp thứ 15/63 tỉnh, thành.",
            [("pci_rank", 15, "2022", 63, None)],
        ),
        (
            "Năm 2023, chỉ số PCI của tỉnh xếp hạng 30 trên 63 tỉnh, thành phố.",
            [("pci_rank", 30, "2023", 63, None)],
        ),
        (
            "Năm 2022, tỉnh đứng thứ 6 toàn quốc về chuyển đổi số.",
            [("digital_transformation_rank", 6, "2022", 63, None)],
        ),
        (
            "Đặc biệt, năm 2022, tỉnh xếp thứ 2 trong nhóm ba tỉnh dẫn đầu cả nước về điểm chỉ số Xanh cấp tỉnh (PGI).",
            [("pgi_rank", 2, "2022", 63, None)],
        ),
        # Scores.
        ("Điểm số PCI năm 2023 của Lạng Sơn đạt 65,5 điểm.", [("pci_score", 65.5, "2023", None, None)]),
        # Rates and levels with Vietnamese numbers and multipliers.
        (
            "Tốc độ tăng trưởng kinh tế (GRDP) 6 tháng đầu năm 2023 đạt 4,5%.",
            [("grdp_growth", 4.5, "H1/2023", None, None)],
        ),
        ("GRDP quý I/2023 tăng 7,2% so với cùng kỳ.", [("grdp_growth", 7.2, "Q1/2023", None, None)]),
        ("Năm 2022, quy mô nền kinh tế đạt 42.500 tỷ đồng.", [("grdp", 42500, "2022", None, None)]),
        ("Quy mô GRDP năm 2024 ước đạt 56,3 nghìn tỷ đồng.", [("grdp", 56300, "2024", None, None)]),
        (
            "GRDP bình quân đầu người năm 2022 đạt 50,2 triệu đồng.",
            [("grdp_per_capita", 50.2, "2022", None, None)],
        ),
        (
            "Thu nhập bình quân đầu người giai đoạn 2021-2022 đạt 49,26 triệu đồng, cao hơn 29,3% so với giai đoạn 2015-2020…",
            [("income_per_capita", 49.26, "2021–2022", None, None)],
        ),
        (
            "Tổng thu ngân sách nhà nước trên địa bàn năm 2023 đạt 22.683 tỷ đồng.",
            [("budget_revenue", 22683, "2023", None, None)],
        ),
        (
            "Kim ngạch xuất nhập khẩu qua địa bàn tính đến 30/11/2022 đạt khoảng 4.500 triệu USD.",
            [("trade_turnover", 4.5, "01–11/2022", None, "khoảng")],
        ),
        # Counts from the catalog: number words, coordinated lists, subsets, plans.
        (
            "Theo báo cáo, từ đầu nhiệm kỳ 2020-2025 đến nay, Lạng Sơn đã giảm hai đơn vị cấp tỉnh, 54 phòng, ban cấp tỉnh"
            " và tương đương, 21 phòng và 81 đơn vị sự nghiệp công lập cấp huyện.",
            [
                ("provincial_units_cut", 2, "2020–25/08/2023", None, None),
                ("provincial_departments_cut", 54, "2020–25/08/2023", None, None),
                ("district_departments_cut", 21, "2020–25/08/2023", None, None),
                ("district_public_units_cut", 81, "2020–25/08/2023", None, None),
            ],
        ),
        (
            "Giai đoạn 2019-2021, sắp xếp 51 đơn vị hành chính cấp xã, giảm 26 đơn vị.",
            [
                ("commune_units_merged", 51, "2019–2021", None, None),
                ("commune_units_cut", 26, "2019–2021", None, None),
            ],
        ),
        (
            "Từ nay đến năm 2030, tỉnh sẽ tiếp tục sắp xếp và giảm thêm 12 đơn vị hành chính cấp xã…",
            [("commune_units_cut_planned", 12, "25/08/2023–2030", None, None)],
        ),
        (
            "Từ khi thành lập đến nay, Ban Chỉ đạo đã xử lý 22 vụ án, 113 bị can, bị cáo về tham nhũng, tiêu cực; "
            "trong đó trực tiếp theo dõi 11 vụ án, ba vụ việc.",
            [
                ("corruption_cases", 22, "25/08/2023", None, None),
                ("corruption_defendants", 113, "25/08/2023", None, None),
            ],
        ),
        (
            "Đảng bộ tỉnh hoàn thành 18/20 chỉ tiêu chủ yếu của nhiệm kỳ 2015 – 2020.",
            [("term_targets_met", 18, "2016–2020", 20, None)],
        ),
        (
            "Về dự đại hội có 350 đại biểu chính thức, thay mặt gần 65.000 đảng viên của 15 đảng bộ trực thuộc; đại hội "
            "họp từ ngày 25-27/9/2020.",
            [  # counts stand at a date: the congress's first day
                ("congress_delegates", 350, "25/09/2020", None, None),
                ("party_members", 65000, "25/09/2020", None, "gần"),
                ("party_organisations", 15, "25/09/2020", None, None),
            ],
        ),
        # a "tỷ" whose "t" a typo dropped: nothing else is "ỷ" between a number and "đồng"
        (
            "Thu ngân sách trên địa bàn tỉnh năm 2023 đạt 6.120,5 ỷ đồng.",
            [("budget_revenue", 6120.5, "2023", None, None)],
        ),
        # No period anywhere in the text: held for review, never the document's year (checked below).
        ("Chỉ số PCI của tỉnh xếp thứ 20/63.", []),
    ],
)
def test_rules_find_figures(sentence, expected):
    got = found(sentence)
    assert [(i, pytest.approx(v), p, r, q) for i, v, p, r, q in expected] == got


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2022, cơ cấu kinh tế: nông nghiệp chiếm 20,5%, công nghiệp chiếm 25%.",  # structure shares
        "Năm 2022, GRDP tăng 7%, trong đó khu vực công nghiệp tăng 10%.",  # subset after "trong đó": only 7%
        "Thực hiện nghiêm Quy định số 37 về những điều đảng viên không được làm.",  # document number
        "Thăm gia đình anh Phùng Văn Lít, thương binh 1/4 ở thôn Làng Đồn.",  # a war invalid's grade
        "Thực hiện Công văn số 366-CV/BTGHU ngày 06/9/2023 của Ban Tuyên giáo.",  # letter number and date
        "Hoàn thành 5 năm qua, Đại hội đại biểu lần thứ XVII, nhiệm kỳ 2020-2025.",  # a duration
        "Tỷ lệ hộ nghèo giảm 2,5% so với năm 2022.",  # not a catalogued indicator
    ],
)
def test_not_national_indicators(sentence):
    ids = [f[0] for f in found(sentence)]
    if "GRDP tăng 7%" in sentence:
        assert ids == ["grdp_growth"] and found(sentence)[0][1] == 7
    else:
        assert ids == []


def test_no_period_is_held_for_review_never_the_document_year():
    reading = read_figures("Chỉ số PCI của tỉnh xếp thứ 20/63.", load_catalog(), DOC)
    assert reading.mentions == []
    [held] = reading.held
    assert (held.reason, held.indicator_id, held.value) == ("no_period", "pci_rank", 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2023, chỉ số PCI của tỉnh xếp thứ 5/14 tỉnh khu vực miền núi phía Bắc.",
        "Năm 2023, Lạng Sơn xếp thứ 3 trong các tỉnh vùng trung du và miền núi phía Bắc về PCI.",
    ],
)
def test_regional_ranks_are_their_own_indicator(sentence):
    assert [f[0] for f in found(sentence)] == ["pci_rank_region"]


def test_headline_restating_a_body_figure_is_dropped():
    text = "Xếp thứ 2 về điểm chỉ số Xanh cấp tỉnh\nĐặc biệt, năm 2022, tỉnh xếp thứ 2 cả nước về chỉ số Xanh cấp tỉnh (PGI)."
    assert found(text) == [("pgi_rank", 2, "2022", 63, None)]


def test_offsets_point_at_the_value_and_the_sentence():
    text = "Mở đầu.\n\nTốc độ tăng trưởng kinh tế năm 2022 đạt 6,95%. Câu sau."
    [m] = extract_figures(text, load_catalog(), DOC)
    assert text[m.start : m.end] == "6,95%"
    assert text[m.sentence_start : m.sentence_end] == "Tốc độ tăng trưởng kinh tế năm 2022 đạt 6,95%."


def test_comparison_is_attached_not_extracted():
    [m] = extract_figures(
        "Tốc độ tăng trưởng kinh tế bình quân (GRDP) giai đoạn 2021-2022 đạt 6,95%, cao hơn 1,5% so với bình quân "
        "giai đoạn 2015-2020.",
        load_catalog(),
        DOC,
    )
    assert m.value == 6.95
    assert m.comparison.amount == 1.5 and m.comparison.direction == 1
    assert m.comparison.period.label == "2016–2020"


# --- The figure model: what each number is (status, bound, sign, period kind, place) --------------------

MODEL_DOC = date(2024, 10, 5)


def read_with_status(text, doc_date):
    """(indicator, value, period, status) of each figure the text publishes."""
    return [
        (m.indicator_id, m.value, m.period.label, m.status)
        for m in extract_figures(text, load_catalog(), doc_date)
    ]


def approx_values(expected):
    return [(i, pytest.approx(v), p, st) for i, v, p, st in expected]


def derived_from(text, doc_date):
    """(indicator, value, period) of each earlier figure the text's comparisons derive."""
    catalog = load_catalog()
    got = []
    for m in extract_figures(text, catalog, doc_date):
        earlier = derive_earlier(m, catalog)
        if earlier is not None:
            got.append((m.indicator_id, earlier.value, earlier.period.label))
    return got


def assert_held(text, doc_date, held_texts):
    """Each number written in `held_texts` is held for review, none of them published."""
    reading = read_figures(text, load_catalog(), doc_date)
    published = [m.value_text for m in reading.mentions]
    held = [h.value_text for h in reading.held]
    for written in held_texts:
        assert written in held and written not in published, (reading.mentions, reading.held)


def assert_read_among(text, doc_date, expected):
    """Each of `expected` (indicator, value, period, status) is among the figures the text publishes."""
    got = read_with_status(text, doc_date)
    for figure in approx_values(expected):
        assert figure in got, got


def model(text, doc_date=MODEL_DOC):
    return [
        (m.indicator_id, m.value, m.period.label, m.status, m.bound, m.period_aggregate)
        for m in extract_figures(text, load_catalog(), doc_date)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Status from the words leading to the value.
        (
            "GRDP 9 tháng năm 2024 ước tăng 6,2% so với cùng kỳ.",
            [("grdp_growth", 6.2, "01–09/2024", "estimate", None, None)],
        ),
        ("Năm 2023, GRDP sơ bộ tăng 4,27%.", [("grdp_growth", 4.27, "2023", "preliminary", None, None)]),
        (
            "Năm 2024 GRDP tăng 6,01%; năm 2025 tỉnh phấn đấu tăng trưởng GRDP đạt 8%.",
            [
                ("grdp_growth", 6.01, "2024", "estimate", None, None),
                ("grdp_growth", 8, "2025", "target", None, None),
            ],
        ),
        (
            "Dự toán thu ngân sách nhà nước năm 2025 được giao 9.600 tỷ đồng.",
            [("budget_revenue", 9600, "2025", "target", None, None)],
        ),
        (
            "Dự báo cả năm 2024, tốc độ tăng trưởng kinh tế đạt khoảng 6%.",
            [("grdp_growth", 6, "2024", "forecast", "approx", None)],
        ),
        # Bounds as written.
        (
            "Năm 2023, kim ngạch xuất nhập khẩu đạt hơn 5,2 tỷ USD.",
            [("trade_turnover", 5.2, "2023", "actual", "over", None)],
        ),
        (
            "Năm 2023, thu ngân sách đạt gần 7.800 tỷ đồng.",
            [("budget_revenue", 7800, "2023", "actual", "under", None)],
        ),
        # Signs: a fall, "âm", and an index against the same period.
        (
            "Quý II/2020, GRDP giảm 1,25% so với cùng kỳ.",
            [("grdp_growth", -1.25, "Q2/2020", "actual", None, None)],
        ),
        (
            "Quý II/2020, tốc độ tăng trưởng kinh tế âm 1,3%.",
            [("grdp_growth", -1.3, "Q2/2020", "actual", None, None)],
        ),
        (
            "Chỉ số sản xuất công nghiệp 9 tháng năm 2024 bằng 98,7% so với cùng kỳ.",
            [("iip_growth", -1.3, "01–09/2024", "actual", None, None)],
        ),
        # Periods: half-years, running totals, multi-year averages; "giá so sánh 2010" is not a year.
        (
            "Tốc độ tăng GRDP 6 tháng đầu năm 2024 theo giá so sánh 2010 đạt 4,72%.",
            [("grdp_growth", 4.72, "H1/2024", "actual", None, None)],
        ),
        (
            "Tính đến 30/9/2024, kim ngạch xuất nhập khẩu qua địa bàn đạt 4,1 tỷ USD.",
            [("trade_turnover", 4.1, "01–09/2024", "actual", None, "total")],
        ),
        (  # to a month's end without "tính": the year's first eight months
            "Đến hết tháng 8/2024, thu ngân sách nhà nước trên địa bàn đạt 6.100 tỷ đồng.",
            [("budget_revenue", 6100, "01–08/2024", "actual", None, "total")],
        ),
        (  # to a day that is no month's end stays a running total to that day
            "Tính đến 20/9/2024, kim ngạch xuất nhập khẩu qua địa bàn đạt 4,1 tỷ USD.",
            [("trade_turnover", 4.1, "01/01–20/09/2024", "actual", None, "total")],
        ),
        (  # "cùng kỳ năm 2023" is the span being reported on, in 2023; not the whole year
            "GRDP 6 tháng đầu năm 2024 ước tăng 5,2%. Cùng kỳ năm 2023, tỉnh chỉ tăng 3,9%.",
            [
                ("grdp_growth", 5.2, "H1/2024", "estimate", None, None),
                ("grdp_growth", 3.9, "H1/2023", "actual", None, None),
            ],
        ),
        (  # the period written right after a value is its own
            "GRDP bình quân đầu người tăng từ 44,2 triệu đồng năm 2020 lên 60,5 triệu đồng năm 2023.",
            [
                ("grdp_per_capita", 44.2, "2020", "actual", None, None),
                ("grdp_per_capita", 60.5, "2023", "actual", None, None),
            ],
        ),
        # Ranks: after a rate (a comparison between them), within the region, in words; of an estimate.
        (
            "GRDP quý III/2024 ước tăng 6,1% so với cùng kỳ năm trước, xếp thứ 41/63 tỉnh, thành phố.",
            [
                ("grdp_growth", 6.1, "Q3/2024", "estimate", None, None),
                ("grdp_growth_rank", 41, "Q3/2024", "estimate", None, None),
            ],
        ),
        (
            "Năm 2023, GRDP tăng 4,5%, đứng thứ 10/14 tỉnh trung du và miền núi phía Bắc.",
            [
                ("grdp_growth", 4.5, "2023", "actual", None, None),
                ("grdp_growth_rank_region", 10, "2023", "actual", None, None),
            ],
        ),
        (
            "Năm 2023 tốc độ tăng trưởng GRDP đạt 7,9%, đứng thứ hai trong 14 tỉnh vùng trung du và miền núi.",
            [
                ("grdp_growth", 7.9, "2023", "actual", None, None),
                ("grdp_growth_rank_region", 2, "2023", "actual", None, None),
            ],
        ),
        (  # a rank of the rate the previous sentence gave: an estimate, not the plan that sentence named
            "Năm 2023 GRDP ước tăng 4,2%, thấp hơn kế hoạch là 8%. Với mức tăng này, tỉnh xếp thứ 50/63.",
            [
                ("grdp_growth", 4.2, "2023", "estimate", None, None),
                ("grdp_growth", 8, "2023", "target", None, None),
                ("grdp_growth_rank", 50, "2023", "estimate", None, None),
            ],
        ),
        # Plans: named after the value, opening a sentence of several clauses, or a heading.
        (
            "Tốc độ tăng GRDP năm 2024 là 8% theo kế hoạch được giao.",
            [("grdp_growth", 8, "2024", "target", None, None)],
        ),
        (
            "Năm 2024, tỉnh phấn đấu tốc độ tăng GRDP đạt 8%; thu ngân sách nhà nước trên địa bàn 7.500 tỷ đồng; "
            "đón 4 triệu lượt khách du lịch.",
            [
                ("grdp_growth", 8, "2024", "target", None, None),
                ("budget_revenue", 7500, "2024", "target", None, None),
                ("tourists", 4000000, "2024", "target", None, None),
            ],
        ),
        (  # … but not a clause that reports a result
            "Năm 2024, tỉnh phấn đấu GRDP tăng 8%; kết quả thực hiện 9 tháng GRDP tăng 5,1%.",
            [
                ("grdp_growth", 8, "2024", "target", None, None),
                ("grdp_growth", 5.1, "01–09/2024", "actual", None, None),
            ],
        ),
        (
            "Báo cáo năm 2024\nIII. KỊCH BẢN TĂNG TRƯỞNG NĂM 2024\nGRDP quý I/2024 tăng 5,8%; quý II/2024 tăng 6,5%.",
            [
                ("grdp_growth", 5.8, "Q1/2024", "target", None, None),
                ("grdp_growth", 6.5, "Q2/2024", "target", None, None),
            ],
        ),
        (  # a heading that counts targets met reports results
            "Báo cáo\nNhiệm kỳ 2020-2025: đạt và vượt 18/20 chỉ tiêu\nNăm 2023, GRDP bình quân đầu người đạt 60,5 triệu đồng.",
            [
                ("term_targets_met", 18, "2021–2025", "estimate", None, None),
                ("grdp_per_capita", 60.5, "2023", "actual", None, None),
            ],
        ),
        (  # the department's name is no plan
            "Theo Sở Kế hoạch và Đầu tư, PCI năm 2023 của tỉnh đứng thứ 20/63.",
            [("pci_rank", 20, "2023", "actual", None, None)],
        ),
        (
            "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2025 ước đạt 7,1%/năm.",
            [("grdp_growth", 7.1, "2021–2025", "estimate", None, "average")],
        ),
        # Year-less months and quarters from the document's date; income per month apart.
        (
            "IIP 9 tháng ước tăng 5,2% so với cùng kỳ.",
            [("iip_growth", 5.2, "01–09/2024", "estimate", None, None)],
        ),
        (
            "Năm 2024, thu nhập bình quân đầu người đạt 3,9 triệu đồng/người/tháng.",
            [("income_per_capita_monthly", 3.9, "2024", "estimate", None, None)],
        ),
        # "lần lượt": one value per subject.
        (
            "Năm 2023, các chỉ số PCI, PAPI và PAR Index của tỉnh lần lượt xếp thứ 20, 12 và 25.",
            [
                ("pci_rank", 20, "2023", "actual", None, None),
                ("papi_rank", 12, "2023", "actual", None, None),
                ("par_index_rank", 25, "2023", "actual", None, None),
            ],
        ),
        # "lần lượt": one value per period.
        (
            "Các năm 2019, 2020 và 2021, PCI của tỉnh lần lượt xếp thứ 52, 44 và 36.",
            [
                ("pci_rank", 52, "2019", "actual", None, None),
                ("pci_rank", 44, "2020", "actual", None, None),
                ("pci_rank", 36, "2021", "actual", None, None),
            ],
        ),
        # A sub-period after "trong đó" is its own figure; the whole's part is a catalogued part.
        (
            "Năm 2023 GRDP ước tăng 7%, trong đó quý IV ước tăng 7,5%.",
            [
                ("grdp_growth", 7, "2023", "estimate", None, None),
                ("grdp_growth", 7.5, "Q4/2023", "estimate", None, None),
            ],
        ),
        (
            "Thu ngân sách năm 2023 đạt 7.800 tỷ đồng, trong đó thu nội địa 3.100 tỷ đồng.",
            [
                ("budget_revenue", 7800, "2023", "actual", None, None),
                ("budget_revenue_domestic", 3100, "2023", "actual", None, None),
            ],
        ),
        # A footnote's figures are about what the value its number was glued to is about.
        (
            "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2023 đạt 5,1%[1].\n[1] Năm 2021 tăng 3,01%; năm 2022 tăng 7,22%.",
            [
                ("grdp_growth", 5.1, "2021–2023", "actual", None, "average"),
                ("grdp_growth", 3.01, "2021", "actual", None, None),
                ("grdp_growth", 7.22, "2022", "actual", None, None),
            ],
        ),
        # The subject carried from the sentence before.
        (
            "PCI 2023 của tỉnh được công bố. Lạng Sơn đạt 66,03 điểm, xếp thứ 20/63.",
            [
                ("pci_score", 66.03, "2023", "actual", None, None),
                ("pci_rank", 20, "2023", "actual", None, None),
            ],
        ),
        # Whose figure: a list of provinces read in order; a rank in the paragraph of a growth rate.
        (
            "Năm 2023, Hà Giang, Lạng Sơn và Cao Bằng có tốc độ tăng GRDP lần lượt là 5,3%, 6,3% và 4,8%.",
            [("grdp_growth", 6.3, "2023", "actual", None, None)],
        ),
        (
            "Năm 2023, GRDP của tỉnh tăng 6,3%. Trên bảng xếp hạng toàn quốc, tỉnh đứng ở vị trí 27; trong vùng "
            "trung du và miền núi phía Bắc, tỉnh xếp thứ 6/14.",
            [
                ("grdp_growth", 6.3, "2023", "actual", None, None),
                ("grdp_growth_rank", 27, "2023", "actual", None, None),
                ("grdp_growth_rank_region", 6, "2023", "actual", None, None),
            ],
        ),
        # Lists: subjects listed with semicolons, a second list of the same subjects for another year.
        (
            "Kinh tế năm 2023\nTỷ trọng của khu vực nông, lâm nghiệp và thủy sản; công nghiệp - xây dựng; dịch vụ; "
            "thuế sản phẩm trừ trợ cấp sản phẩm trong GRDP lần lượt là 21%; 20%; 54,5% và 4,5% (năm 2022 tương "
            "ứng là 22%; 19%; 54,6%; 4,4%).",
            [
                ("grdp_share_agriculture", 21, "2023", "actual", None, None),
                ("grdp_share_industry_construction", 20, "2023", "actual", None, None),
                ("grdp_share_services", 54.5, "2023", "actual", None, None),
                ("grdp_share_taxes", 4.5, "2023", "actual", None, None),
                ("grdp_share_agriculture", 22, "2022", "actual", None, None),
                ("grdp_share_industry_construction", 19, "2022", "actual", None, None),
                ("grdp_share_services", 54.6, "2022", "actual", None, None),
                ("grdp_share_taxes", 4.4, "2022", "actual", None, None),
            ],
        ),
        # A stock an addition brings a count to.
        (
            "Năm 2023 có thêm 10 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn của tỉnh lên 95 xã.",
            [("new_rural_communes", 95, "31/12/2023", "actual", None, "stock")],
        ),
        # An index introduced by a sentence with none of its values; a move in a ranking; a regional rank
        # whose clause opens on the region.
        (
            "Cùng dịp, VCCI công bố Chỉ số Xanh cấp tỉnh (PGI) năm 2023. Lạng Sơn đạt 20,5 điểm, xếp thứ 10/63.",
            [
                ("pgi_score", 20.5, "2023", "actual", None, None),
                ("pgi_rank", 10, "2023", "actual", None, None),
            ],
        ),
        (
            "Thứ hạng PCI của tỉnh: năm 2021 đứng thứ 48, năm 2022 lên thứ 15, rồi lùi về thứ 26 năm 2023.",
            [
                ("pci_rank", 48, "2021", "actual", None, None),
                ("pci_rank", 15, "2022", "actual", None, None),
                ("pci_rank", 26, "2023", "actual", None, None),
            ],
        ),
        (
            "PCI năm 2023 của tỉnh đứng thứ 26/63. Trong 14 tỉnh trung du và miền núi phía Bắc, tỉnh xếp thứ 4.",
            [
                ("pci_rank", 26, "2023", "actual", None, None),
                ("pci_rank_region", 4, "2023", "actual", None, None),
            ],
        ),
        # A period opening the sentence governs its clauses; a period right after a value is that value's.
        (
            "Năm 2025, năm cuối của kế hoạch 5 năm 2021-2025, tỉnh đặt các mục tiêu: tốc độ tăng GRDP đạt 8%; "
            "thu ngân sách nhà nước trên địa bàn 10.000 tỷ đồng.",
            [
                ("grdp_growth", 8, "2025", "target", None, None),
                ("budget_revenue", 10000, "2025", "target", None, None),
            ],
        ),
        (
            "Tính đến hết tháng 8, kim ngạch xuất nhập khẩu qua địa bàn đạt 4,2 tỷ USD; xuất khẩu 1,5 tỷ USD, "
            "nhập khẩu 2,7 tỷ USD.",
            [
                ("trade_turnover", 4.2, "01–08/2024", "actual", None, "total"),
                ("export_turnover", 1.5, "01–08/2024", "actual", None, "total"),
                ("import_turnover", 2.7, "01–08/2024", "actual", None, "total"),
            ],
        ),
        (  # a heading that speaks of records is no plan; a day in brackets says where a span ends
            "Kết quả 9 tháng năm 2024\n\nNhiều chỉ tiêu cao nhất từ trước đến nay\n\nKim ngạch xuất nhập khẩu qua địa "
            "bàn 9 tháng (hết ngày 30/9/2024) đạt 46,14 tỷ USD; trong đó xuất khẩu 20,2 tỷ USD.",
            [
                ("trade_turnover", 46.14, "01–09/2024", "actual", None, None),
                ("export_turnover", 20.2, "01–09/2024", "actual", None, None),
            ],
        ),
        (  # targets met, with the verb and its status after the noun
            "Năm 2019 có 17/21 chỉ tiêu ước đạt và vượt kế hoạch. Năm 2023 có 18/20 chỉ tiêu chủ yếu của năm đạt "
            "và vượt kế hoạch.",
            [
                ("annual_targets_met", 17, "2019", "estimate", None, None),
                ("annual_targets_met", 18, "2023", "actual", None, None),
            ],
        ),
        (  # revenue after tourists is tourism revenue; budget revenue after them is still the budget's
            "Năm 2023 ngành phấn đấu đón 4 triệu lượt khách du lịch, doanh thu đạt 3.500 tỷ đồng. Năm 2023, toàn "
            "tỉnh đón 3,1 triệu lượt khách, tổng thu ngân sách đạt 9.800 tỷ đồng.",
            [
                ("tourists", 4_000_000, "2023", "target", None, None),
                ("tourism_revenue", 3500, "2023", "target", None, None),
                ("tourists", 3_100_000, "2023", "actual", None, None),
                ("budget_revenue", 9800, "2023", "actual", None, None),
            ],
        ),
        (  # a period a later clause singles out ("riêng tháng 6") is that clause's alone
            "Báo cáo 6 tháng đầu năm 2021\n\nKim ngạch xuất nhập khẩu qua địa bàn ước đạt 1.520 triệu USD; riêng "
            "tháng 6 đạt 214 triệu USD. Toàn tỉnh có 213 doanh nghiệp thành lập mới.",
            [
                ("trade_turnover", 1.52, "H1/2021", "estimate", None, None),
                ("trade_turnover", 0.214, "06/2021", "estimate", None, None),
                ("new_enterprises", 213, "H1/2021", "actual", None, None),
            ],
        ),
        (  # a result no nearer words date takes the year of results the lead paragraph names (not the plan's)
            "Họp báo thường kỳ quý IV/2023\n\nChiều 20/12, UBND tỉnh tổ chức họp báo thông tin về tình hình kinh tế - "
            "xã hội năm 2023 và phương hướng, nhiệm vụ năm 2024.\n\nThu ngân sách nhà nước trên địa bàn ước đạt 9.500 "
            "tỷ đồng. Năm 2024, tỉnh phấn đấu thu ngân sách đạt 10.000 tỷ đồng.",
            [
                ("budget_revenue", 9500, "2023", "estimate", None, None),
                ("budget_revenue", 10000, "2024", "target", None, None),
            ],
        ),
        (  # the province's own enterprises' turnover; a regional rank in a clause opening on the region's group
            "Năm 2023, kim ngạch xuất nhập khẩu qua địa bàn đạt 6,9 tỷ USD, riêng kim ngạch của các doanh nghiệp "
            "trên địa bàn tỉnh đạt 412,6 triệu USD. Năm 2023, PCI của Lạng Sơn đạt 56,7 điểm. Trong nhóm 14 tỉnh "
            "trung du và miền núi phía Bắc, tỉnh đứng thứ 12.",
            [
                ("trade_turnover", 6.9, "2023", "actual", None, None),
                ("local_trade_turnover", 0.4126, "2023", "actual", None, None),
                ("pci_score", 56.7, "2023", "actual", None, None),
                ("pci_rank_region", 12, "2023", "actual", None, None),
            ],
        ),
        (  # a plan's value in brackets, or named by the plan before it, is that plan's target; a rank after
            # the brackets ranks the result
            "GRDP năm 2023 ước tính tăng 6,98% so với năm 2022 (mục tiêu đề ra là 8%), đứng thứ 6/14 tỉnh vùng trung "
            "du và miền núi phía Bắc. Năm 2024 tăng trưởng kinh tế phấn đấu đạt khoảng 7%, thấp hơn mục tiêu 8,5% "
            "Nghị quyết HĐND tỉnh đã giao. Mục tiêu của tỉnh là tăng trưởng cả năm 2025 từ 10% trở lên.",
            [
                ("grdp_growth", 6.98, "2023", "estimate", None, None),
                ("grdp_growth", 8, "2023", "target", None, None),
                ("grdp_growth_rank_region", 6, "2023", "estimate", None, None),  # ranks an estimate
                ("grdp_growth", 7, "2024", "target", "approx", None),
                ("grdp_growth", 8.5, "2024", "target", None, None),
                ("grdp_growth", 10, "2025", "target", "at_least", None),
            ],
        ),
        (  # a bracket's period is the bracket's; a release month is no period
            "Tính chung 10 tháng, IIP ước tăng 2,47% so với cùng kỳ (10 tháng năm 2019 tăng 9,8%). Theo kết quả sơ "
            "bộ, GRDP năm 2022 tăng 7,05% so với năm 2021 (số ước tính công bố tháng 12/2022 là 7,21%).",
            [
                ("iip_growth", 2.47, "01–10/2024", "estimate", None, None),
                ("iip_growth", 9.8, "01–10/2019", "actual", None, None),
                ("grdp_growth", 7.05, "2022", "preliminary", None, None),
                ("grdp_growth", 7.21, "2022", "estimate", None, None),
            ],
        ),
        (  # in a sentence naming "nông thôn mới", "xã đạt chuẩn" counts the standard's communes at the day
            "Trong năm có thêm 9 xã đạt chuẩn nông thôn mới; đến nay toàn tỉnh có 30 xã đạt chuẩn.",
            [("new_rural_communes", 30, "05/10/2024", "actual", None, "stock")],
        ),
        (  # which year of a span a year is ("năm đầu của giai đoạn 2021-2025", "năm thứ ba thực hiện kế hoạch 5
            # năm") is not the figure's period, and implementing a plan is its results, not a target
            "Cuối năm 2021, năm đầu của giai đoạn 2021-2025, tỷ lệ hộ nghèo của tỉnh còn ở mức 12,2%. Năm 2023, năm "
            "thứ ba thực hiện kế hoạch 5 năm 2021-2025, GRDP tăng 6,27%.",
            [
                ("poverty_rate", 12.2, "31/12/2021", "actual", None, "stock"),
                ("grdp_growth", 6.27, "2023", "actual", None, None),
            ],
        ),
        (  # the subject right after an amount, as its noun
            "Kế hoạch năm 2025, tỉnh đặt mục tiêu thu hút khoảng 250 triệu USD vốn FDI.",
            [("fdi_registered", 250, "2025", "target", "approx", None)],
        ),
        (  # "năm qua" in a year-end article (October) is this year; a milestone passed is no figure
            "Thu ngân sách vượt dự toán\n\nNăm qua, tổng thu ngân sách nhà nước trên địa "
            "bàn tỉnh đạt 6.912,5 tỷ đồng, lần đầu vượt mốc 6.500 tỷ đồng. Trong 5 năm qua, thu ngân sách tăng bình "
            "quân 10%/năm.",
            [("budget_revenue", 6912.5, "2024", "estimate", None, None)],
        ),
        (  # a part's own rate after "trong đó riêng" or "; riêng", of the whole's measure ("toàn ngành" is the
            # whole industry, not a sector)
            "Tốc độ tăng GRDP năm 2023 đạt 7,36% so với năm trước, trong đó riêng quý IV/2023 ước tăng 8,05% so với "
            "cùng kỳ. Chỉ số sản xuất toàn ngành công nghiệp năm 2023 ước tăng 9,52% so với năm 2022; riêng tháng 12 "
            "ước tăng 11,3% so với cùng kỳ.",
            [
                ("grdp_growth", 7.36, "2023", "actual", None, None),
                ("grdp_growth", 8.05, "Q4/2023", "estimate", None, None),
                ("iip_growth", 9.52, "2023", "estimate", None, None),
                ("iip_growth", 11.3, "12/2023", "estimate", None, None),
            ],
        ),
        (  # who reports a figure is not its scope; goods declared at the customs office are another scope
            "Theo Cục Hải quan Lạng Sơn, năm 2017 tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa "
            "bàn tỉnh đạt 4,21 tỷ USD. Năm 2017, kim ngạch xuất nhập khẩu làm thủ tục tại Cục Hải quan Lạng Sơn đạt "
            "1,9 tỷ USD.",
            [("trade_turnover", 4.21, "2017", "actual", None, None)],
        ),
        (  # tax on trade is the trade part of revenue; revenue after tourists, past a semicolon, is tourism's
            "Năm 2017, thu thuế từ hoạt động xuất nhập khẩu đạt 4.126,8 tỷ đồng. Năm 2017, ngành du lịch đón 1,62 "
            "triệu lượt khách, tăng 10,2% so với năm trước; doanh thu đạt 612 tỷ đồng.",
            [
                ("budget_revenue_trade", 4126.8, "2017", "actual", None, None),
                ("tourists", 1_620_000, "2017", "actual", None, None),
                ("tourism_revenue", 612, "2017", "actual", None, None),
            ],
        ),
        (  # a record's baseline month is not the figure's
            "Kết quả 6 tháng đầu năm 2024\n\nTháng 5 toàn tỉnh chỉ đón khoảng 58.000 lượt khách, thấp nhất kể từ "
            "tháng 4/2020.",
            [("tourists", 58000, "05/2024", "actual", "approx", None)],
        ),
        (  # the span a record is set in is not the figure's period
            "Năm 2025, tốc độ tăng trưởng GRDP ước đạt 8,06%, cao nhất trong nhiệm kỳ 2020 - 2025. GRDP bình quân "
            "đầu người ước đạt khoảng 71 triệu đồng.",
            [
                ("grdp_growth", 8.06, "2025", "estimate", None, None),
                ("grdp_per_capita", 71, "2025", "estimate", "approx", None),
            ],
        ),
        (  # a level compared with, written as a value of its own: the same measure, its own year
            "Tăng trưởng kinh tế năm 2024\n\nLạng Sơn ước tăng 6,01%, cao hơn mức 4,21% của năm 2023.",
            [
                ("grdp_growth", 6.01, "2024", "estimate", None, None),
                ("grdp_growth", 4.21, "2023", "actual", None, None),
            ],
        ),
        (  # sector shares listed with semicolons, "lần lượt chiếm"; a bracketed list of the year before
            "Năm 2019, cơ cấu kinh tế: khu vực nông, lâm nghiệp và thủy sản; khu vực công nghiệp và xây dựng; khu "
            "vực dịch vụ; thuế sản phẩm trừ trợ cấp sản phẩm lần lượt chiếm 21,84%; 19,62%; 54,15% và 4,39% (cơ cấu "
            "tương ứng của năm 2018 là 22,5%; 19%; 54,2%; 4,3%).",
            [
                ("grdp_share_agriculture", 21.84, "2019", "actual", None, None),
                ("grdp_share_industry_construction", 19.62, "2019", "actual", None, None),
                ("grdp_share_services", 54.15, "2019", "actual", None, None),
                ("grdp_share_taxes", 4.39, "2019", "actual", None, None),
                ("grdp_share_agriculture", 22.5, "2018", "actual", None, None),
                ("grdp_share_industry_construction", 19, "2018", "actual", None, None),
                ("grdp_share_services", 54.2, "2018", "actual", None, None),
                ("grdp_share_taxes", 4.3, "2018", "actual", None, None),
            ],
        ),
        (  # the level a change started from is a level, at its own year-end
            "Tỷ lệ hộ nghèo toàn tỉnh giảm từ 22,14% cuối năm 2015 xuống còn 5,27% cuối năm 2020.",
            [
                ("poverty_rate", 22.14, "31/12/2015", "actual", None, "stock"),
                ("poverty_rate", 5.27, "31/12/2020", "actual", None, "stock"),
            ],
        ),
        (  # the bracket after a span compared with is that span's value, a result whatever plan came before;
            # poverty reduction as a topic is no fall of the rate
            "Năm 2023, GRDP của tỉnh ước tăng 5,1%, thấp hơn mục tiêu 6,5% nhưng gần bằng mức bình quân giai "
            "đoạn 2016 - 2020 (5,3%/năm). Về giảm nghèo, tỷ lệ hộ nghèo của tỉnh cuối năm 2023 là 5,27%.",
            [
                ("grdp_growth", 5.1, "2023", "estimate", None, None),
                ("grdp_growth", 6.5, "2023", "target", None, None),
                ("grdp_growth", 5.3, "2016–2020", "actual", None, "average"),
                ("poverty_rate", 5.27, "31/12/2023", "actual", None, "stock"),
            ],
        ),
        (  # a year written later in a comparison is not the yearless quarter's; the bracket is the value of
            # the quarter compared with; the rank ranks the estimate, not the bracket
            "Trong quý III, GRDP của tỉnh ước tăng 6,6% so với cùng kỳ năm trước, cao hơn đáng kể mức tăng của "
            "quý III/2023 (4,1%) và đứng thứ 2/14 tỉnh vùng trung du và miền núi phía Bắc.",
            [
                ("grdp_growth", 6.6, "Q3/2024", "estimate", None, None),
                ("grdp_growth", 4.1, "Q3/2023", "actual", None, None),
                ("grdp_growth_rank_region", 2, "Q3/2024", "estimate", None, None),
            ],
        ),
        (  # "nhưng" turns back from the nation to the province's own figures
            "Năm 2024, GRDP của tỉnh Lạng Sơn ước tăng 6,01%, thấp hơn bình quân cả nước nhưng đã cải thiện so "
            "với mức 4,21% của năm 2023.",
            [
                ("grdp_growth", 6.01, "2024", "estimate", None, None),
                ("grdp_growth", 4.21, "2023", "actual", None, None),
            ],
        ),
        (  # each resident's income is income per head, per year or per month as written
            "Năm 2023, mỗi người dân Lạng Sơn có thu nhập khoảng 43,4 triệu đồng, tức 3,6 triệu đồng/tháng; thu "
            "nhập của mỗi người dân vùng cao chỉ đạt 2,1 triệu đồng/tháng.",  # the highlands' is not the province's
            [
                ("income_per_capita", 43.4, "2023", "actual", "approx", None),
                ("income_per_capita_monthly", 3.6, "2023", "actual", None, None),
            ],
        ),
        (  # the stock an addition raises a count to, the counted thing named before in the clause (the
            # addition itself, 12, is no figure of the stock)
            "Năm 2023 có 12 xã được công nhận đạt chuẩn nông thôn mới, nâng tổng số lên 100 xã.",
            [("new_rural_communes", 100, "31/12/2023", "actual", None, "stock")],
        ),
        (  # a running total of the count just given; a stock of operating firms is another thing
            "Tháng 5/2024 có 71 doanh nghiệp thành lập mới; lũy kế 5 tháng là 318 doanh nghiệp. Năm 2023 có "
            "402 doanh nghiệp thành lập mới; lũy kế đến nay có 5.591 doanh nghiệp đang hoạt động.",
            [
                ("new_enterprises", 71, "05/2024", "actual", None, None),
                ("new_enterprises", 318, "01–05/2024", "actual", None, None),
                ("new_enterprises", 402, "2023", "actual", None, None),
            ],
        ),
        (  # ... and the running total goes on to what those enterprises registered
            "Trong quý III/2024 có 104 doanh nghiệp thành lập mới; lũy kế 9 tháng có 312 doanh nghiệp với tổng "
            "vốn đăng ký 2.865 tỷ đồng.",
            [
                ("new_enterprises", 104, "Q3/2024", "actual", None, None),
                ("new_enterprises", 312, "01–09/2024", "actual", None, None),
            ],
        ),
        (  # a holiday the month fell on is its circumstance, not its period
            "Riêng tháng 2/2024, trùng kỳ nghỉ Tết Nguyên đán, kim ngạch xuất nhập khẩu chỉ đạt 3,1 tỷ USD.",
            [("trade_turnover", 3.1, "02/2024", "actual", None, None)],
        ),
        (  # households in poverty, then their share: the poverty rate (the near-poor's share is not)
            "Cuối năm 2023, toàn tỉnh còn 6.912 hộ nghèo, chiếm 3,36%; hộ cận nghèo còn 16.451 hộ, chiếm 8%.",
            [("poverty_rate", 3.36, "31/12/2023", "actual", None, "stock")],
        ),
        (  # a clause opening on its value names the subject right after the comma
            "Với 43,85 điểm, Chỉ số PAPI năm 2022 của Lạng Sơn xếp thứ 13/63.",
            [
                ("papi_score", 43.85, "2022", "actual", None, None),
                ("papi_rank", 13, "2022", "actual", None, None),
            ],
        ),
        (  # "kim ngạch" alone is the turnover through the province, in a sentence naming no narrower trade
            "Riêng tháng 6/2024, kim ngạch ước đạt 402,4 triệu USD. Năm 2024, tổng kim ngạch qua địa bàn tỉnh "
            "đạt 6,9 tỷ USD.",
            [
                ("trade_turnover", 0.4024, "06/2024", "estimate", None, None),
                ("trade_turnover", 6.9, "2024", "estimate", None, None),
            ],
        ),
        (  # ... but after "xuất khẩu" it is the exports', a single crossing's is not the province's, and a
            # company's is its own
            "Năm 2024, xuất khẩu hàng hóa tăng mạnh, kim ngạch đạt 1,5 tỷ USD; lối thông quan Tân Thanh - Pò "
            "Chài đạt kim ngạch 0,7 tỷ USD. Năm 2024, Công ty cổ phần Xuất nhập khẩu Lạng Sơn có kim ngạch "
            "lớn nhất, đạt 96 triệu USD.",
            [("export_turnover", 1.5, "2024", "estimate", None, None)],
        ),
        (
            "Tốc độ tăng GRDP năm 2023 ước đạt 6,5%, cao hơn mức 5,8% của năm 2022 và vượt chỉ tiêu Nghị quyết (6%).",
            [
                ("grdp_growth", 6.5, "2023", "estimate", None, None),
                ("grdp_growth", 5.8, "2022", "actual", None, None),
                ("grdp_growth", 6, "2023", "target", None, None),
            ],
        ),
        # Plans: "cả năm", a requirement set by a scenario, a plan's amount in brackets.
        (
            "Hội nghị yêu cầu phấn đấu cả năm tăng trưởng GRDP từ 7% trở lên.",
            [("grdp_growth", 7, "2024", "target", "at_least", None)],
        ),
        (
            "Năm 2024, thu ngân sách nhà nước trên địa bàn đạt 9.000 tỷ đồng, cao hơn 10% so với dự toán "
            "Trung ương giao (8.200 tỷ đồng).",
            [
                ("budget_revenue", 9000, "2024", "estimate", None, None),
                ("budget_revenue", 8200, "2024", "target", None, None),
            ],
        ),
        # Counts written verb first, and a stock named before its number.
        (
            "Năm 2023 thành lập mới 420 doanh nghiệp.",
            [("new_enterprises", 420, "2023", "actual", None, None)],
        ),
        (
            "Năm 2023, lũy kế số xã đạt chuẩn nông thôn mới 100 xã.",
            [("new_rural_communes", 100, "31/12/2023", "actual", None, "stock")],
        ),
        # A level's growth where the catalog holds one; two comparisons, each its own rate.
        (
            "GRDP năm 2023 theo giá so sánh 2010 ước đạt 23.500 tỷ đồng, tăng 6,5% so với năm 2022.",
            [
                ("grdp", 23500, "2023", "estimate", None, None),
                ("grdp_growth", 6.5, "2023", "estimate", None, None),
            ],
        ),
        (
            "Chỉ số sản xuất công nghiệp tháng 5/2024 tăng 3,2% so với tháng 4 và tăng 7,5% so với cùng kỳ năm "
            "trước; cộng dồn 5 tháng đầu năm, chỉ số này tăng 6,1% so với cùng kỳ.",
            [
                ("iip_growth", 7.5, "05/2024", "actual", None, None),
                ("iip_growth", 6.1, "01–05/2024", "actual", None, None),
            ],
        ),
        # Scores listed "tương ứng" after the ranks of the same indices.
        (
            "Các chỉ số PCI, PAPI và PAR Index năm 2023 của tỉnh lần lượt xếp thứ 25/63, 20/63 và 30/63. Điểm số "
            "tương ứng là 65,1 điểm, 43,2 điểm và 85,5%.",
            [
                ("pci_rank", 25, "2023", "actual", None, None),
                ("papi_rank", 20, "2023", "actual", None, None),
                ("par_index_rank", 30, "2023", "actual", None, None),
                ("pci_score", 65.1, "2023", "actual", None, None),
                ("papi_score", 43.2, "2023", "actual", None, None),
                ("par_index_score", 85.5, "2023", "actual", None, None),
            ],
        ),
        (  # another amount's change is not the subject's rate
            "Năm 2023, IIP tăng 6,9%; sản lượng lương thực đạt 150 nghìn tấn, giảm 5,8%.",
            [("iip_growth", 6.9, "2023", "actual", None, None)],
        ),
        (  # "đến cuối năm" is the year the text is about; the standard's years are not the period
            "Đến cuối năm, toàn tỉnh ước có 85 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo theo chuẩn giai đoạn "
            "2022 - 2025 còn 12,5%.",
            [
                ("new_rural_communes", 85, "31/12/2024", "estimate", None, "stock"),
                ("poverty_rate", 12.5, "31/12/2024", "estimate", None, "stock"),
            ],
        ),
        (  # the rate a year's target requires of the half still to come is that half's target
            "Để đạt mục tiêu, 6 tháng cuối năm 2024 GRDP phải tăng khoảng 9,3%.",
            [("grdp_growth", 9.3, "H2/2024", "target", "approx", None)],
        ),
        # "tăng trưởng" said of the province is its GRDP growth; said of a sector or an amount it is not.
        (
            "Năm 2024, tỉnh phấn đấu cả năm tăng trưởng từ 7% trở lên.",
            [("grdp_growth", 7, "2024", "target", "at_least", None)],
        ),
        ("Năm 2023, khu vực dịch vụ tăng trưởng 6,8%.", []),
        ("Năm 2023, doanh thu du lịch tăng trưởng 12%.", []),
        (  # a plan's value carried the year before it is that year's target, whatever next year's plan says
            "Năm 2023, tỉnh có 15/18 chỉ tiêu đạt kế hoạch. GRDP ước tăng 6,9%, trong khi Nghị quyết đặt mục tiêu "
            "7,2%. Năm 2024, tỉnh phấn đấu GRDP tăng 7,2% trở lên.",
            [
                ("annual_targets_met", 15, "2023", "actual", None, None),
                ("grdp_growth", 6.9, "2023", "estimate", None, None),
                ("grdp_growth", 7.2, "2023", "target", None, None),
                ("grdp_growth", 7.2, "2024", "target", "at_least", None),
            ],
        ),
        (  # "cùng kỳ" is the span the results were reported on, not the year of a plan between them
            "Quý III/2024, GRDP ước tăng 7,1%. Mục tiêu cả năm 2024 là tăng 8%. Cùng kỳ năm 2023, GRDP tăng 6,2%.",
            [
                ("grdp_growth", 7.1, "Q3/2024", "estimate", None, None),
                ("grdp_growth", 8, "2024", "target", None, None),
                ("grdp_growth", 6.2, "Q3/2023", "actual", None, None),
            ],
        ),
        # A value in brackets right after the period compared with is that period's value, a result.
        (
            "GRDP 6 tháng đầu năm 2024 ước tăng 7,1%, cao hơn cùng kỳ năm 2023 (5,2%).",
            [
                ("grdp_growth", 7.1, "H1/2024", "estimate", None, None),
                ("grdp_growth", 5.2, "H1/2023", "actual", None, None),
            ],
        ),
        (
            "Thu ngân sách 9 tháng năm 2024 ước đạt 6.000 tỷ đồng, tăng 12% so với cùng kỳ năm trước "
            "(khoảng 5.357 tỷ đồng).",
            [
                ("budget_revenue", 6000, "01–09/2024", "estimate", None, None),
                ("budget_revenue", 5357, "01–09/2023", "actual", "approx", None),
            ],
        ),
        (
            "Năm 2023, GRDP tăng 6,2%, thấp hơn so với năm 2022 (7,4%).",
            [
                ("grdp_growth", 6.2, "2023", "actual", None, None),
                ("grdp_growth", 7.4, "2022", "actual", None, None),
            ],
        ),
        (  # a past period's rate beside a plan's is what that period gave, not a plan
            "GRDP quý III/2024 ước tăng 6,1%, thấp hơn kịch bản 7% đề ra và mức tăng 6,9% của cùng kỳ năm 2023.",
            [
                ("grdp_growth", 6.1, "Q3/2024", "estimate", None, None),
                ("grdp_growth", 7, "Q3/2024", "target", None, None),
                ("grdp_growth", 6.9, "Q3/2023", "actual", None, None),
            ],
        ),
        # Targets met, the sentence naming neither the year nor the term: the period read with them decides.
        (
            "Năm 2023, kinh tế của tỉnh phục hồi khá. Ước có 15/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch.",
            [("annual_targets_met", 15, "2023", "estimate", None, None)],
        ),
        (
            "Giai đoạn 2016 - 2020, kinh tế tăng trưởng khá. Có 18/21 chỉ tiêu chủ yếu đạt và vượt kế hoạch.",
            [("term_targets_met", 18, "2016–2020", "actual", None, None)],
        ),
        (  # a bracket after the year compared with that names a plan holds the plan's value
            "Năm 2023, GRDP ước tăng 6,5% so với năm 2022 (kế hoạch 7%).",
            [
                ("grdp_growth", 6.5, "2023", "estimate", None, None),
                ("grdp_growth", 7, "2023", "target", None, None),
            ],
        ),
        (  # one product's output after an index: not the index's rate
            "Năm 2023, chỉ số sản xuất công nghiệp tăng 9,8%. Một số sản phẩm tăng khá; sản lượng than giảm 5,4%.",
            [("iip_growth", 9.8, "2023", "actual", None, None)],
        ),
        (  # revenue from trade collected for the state budget is revenue from trade, not the total
            "Năm 2023, Cục Hải quan thu ngân sách nhà nước từ hoạt động xuất nhập khẩu đạt 4.100 tỷ đồng.",
            [("budget_revenue_trade", 4100, "2023", "actual", None, None)],
        ),
        (  # the parts of "the total above" are over its period, whatever paragraph they stand in
            "Năm 2023, kim ngạch xuất nhập khẩu qua địa bàn đạt 4,1 tỷ USD.\n"
            "Trong tổng kim ngạch trên, xuất khẩu đạt 2.400 triệu USD, nhập khẩu đạt 1.700 triệu USD.",
            [
                ("trade_turnover", 4.1, "2023", "actual", None, None),
                ("export_turnover", 2.4, "2023", "actual", None, None),
                ("import_turnover", 1.7, "2023", "actual", None, None),
            ],
        ),
        (  # an opening naming a whole: what follows is its part, not the whole's figure
            "Năm 2023, thu nội địa đạt 2.380 tỷ đồng. Trong thu nội địa, thu tiền sử dụng đất đạt 530 tỷ đồng.",
            [("budget_revenue_domestic", 2380, "2023", "actual", None, None)],
        ),
        (  # a clause on "khi" after the year compared with tells of that year
            "Năm 2023, GRDP tăng 7%, cao hơn 1,5 điểm phần trăm so với năm 2022, khi tỉnh chỉ xếp thứ 42/63.",
            [
                ("grdp_growth", 7, "2023", "actual", None, None),
                ("grdp_growth_rank", 42, "2022", "actual", None, None),
            ],
        ),
        (  # the reference written first: the rate against the month before is no catalog rate
            "Chỉ số sản xuất công nghiệp tháng 4/2024 so với tháng trước tăng 2,15% và so với cùng kỳ năm trước "
            "tăng 9,3%.",
            [("iip_growth", 9.3, "04/2024", "actual", None, None)],
        ),
        (  # income per head "một tháng" said before the value is the monthly series
            "Thu nhập bình quân đầu người một tháng năm 2022 đạt 2,9 triệu đồng.",
            [("income_per_capita_monthly", 2.9, "2022", "actual", None, None)],
        ),
        (  # "hồi tháng 4" is when an index was released, not what its figures are over
            "Tại lễ công bố PAPI năm 2023 hồi tháng 4, tỉnh đạt 42,2 điểm, xếp thứ 40/63.",
            [
                ("papi_score", 42.2, "2023", "actual", None, None),
                ("papi_rank", 40, "2023", "actual", None, None),
            ],
        ),
        (  # a plan for two indices: each value is the nearer one's
            "Năm 2024, tỉnh phấn đấu Chỉ số cải cách hành chính nằm trong nhóm 30 tỉnh dẫn đầu và Chỉ số SIPAS "
            "đạt trên 85%.",
            [("sipas_score", 85, "2024", "target", "over", None)],
        ),
        (  # "Trong đó" opens the parts of the total the sentence before ended on, over its period
            "Thu ngân sách tháng 5/2024 ước đạt 712 tỷ đồng; lũy kế 5 tháng ước đạt 3.305 tỷ đồng. Trong đó, thu "
            "nội địa 1.603 tỷ đồng.",
            [
                ("budget_revenue", 712, "05/2024", "estimate", None, None),
                ("budget_revenue", 3305, "01–05/2024", "estimate", None, None),
                ("budget_revenue_domestic", 1603, "01–05/2024", "estimate", None, None),
            ],
        ),
        (  # "Trong số đó" gives parts of what the sentence before counted, to the date it named
            "Tính đến ngày 20/9/2024, tỉnh đã cấp chủ trương đầu tư cho 38 dự án. Trong số đó có 3 dự án FDI với "
            "tổng vốn đăng ký 27,6 triệu USD.",
            [("fdi_registered", 27.6, "01/01–20/09/2024", "actual", None, "total")],
        ),
        (  # a heading saying results fell short of a plan heads results, not a plan
            "Phiên họp thường kỳ tháng 9\n\nTăng trưởng chưa đạt kịch bản\n\nTổng mức bán lẻ 9 tháng năm 2024 "
            "ước đạt 15.200 tỷ đồng. Kim ngạch "
            "xuất nhập khẩu 9 tháng đạt 3.100 triệu USD.",
            [
                ("retail_sales", 15200, "01–09/2024", "estimate", None, None),
                ("trade_turnover", 3.1, "01–09/2024", "actual", None, None),
            ],
        ),
        (  # a forecast of the year's growth beside its target
            "Sở Kế hoạch và Đầu tư dự báo tăng trưởng cả năm 2024 đạt khoảng 6,9%, thấp hơn mục tiêu 8% đề ra.",
            [
                ("grdp_growth", 6.9, "2024", "forecast", "approx", None),
                ("grdp_growth", 8, "2024", "target", None, None),
            ],
        ),
        (  # a bracket restating the year before: its year and its status are its own, a target after it not
            "Cơ cấu kinh tế năm 2023 ước tính: dịch vụ chiếm 49,8%; công nghiệp - xây dựng chiếm 23,6% (năm 2022 "
            "tương ứng là 48,9%; 22,8%). GRDP năm 2023 ước tăng 4,9% so với năm 2022 (năm 2022 tăng 5,2%), thấp "
            "hơn mục tiêu đề ra (7%).",
            [
                ("grdp_share_services", 49.8, "2023", "estimate", None, None),
                ("grdp_share_industry_construction", 23.6, "2023", "estimate", None, None),
                ("grdp_share_services", 48.9, "2022", "actual", None, None),
                ("grdp_share_industry_construction", 22.8, "2022", "actual", None, None),
                ("grdp_growth", 4.9, "2023", "estimate", None, None),
                ("grdp_growth", 5.2, "2022", "actual", None, None),
                ("grdp_growth", 7, "2023", "target", None, None),
            ],
        ),
        (  # a bracket holding nothing but a year dates the value before it
            "Giai đoạn 2016 - 2020, PCI của tỉnh luôn ở nhóm cuối, có năm chỉ xếp thứ 60/63 (năm 2017).",
            [("pci_rank", 60, "2017", "actual", None, None)],
        ),
        (  # a target named with the plan or the term it belongs to is over that plan's years
            "Ba năm 2021 - 2023, GRDP tăng bình quân 5,1%/năm, thấp hơn mục tiêu 8%/năm của Nghị quyết Đại hội. "
            "Hai năm 2021 - 2022, tốc độ tăng trưởng kinh tế bình quân 4,8%/năm, thấp hơn mục tiêu bình quân "
            "7,5%/năm của Kế hoạch 5 năm 2021 - 2025. Tăng trưởng bình quân hai năm 2022 - 2023 đạt 5,6%/năm, dưới "
            "mục tiêu 7%/năm của cả nhiệm kỳ.",
            [
                ("grdp_growth", 5.1, "2021–2023", "actual", None, "average"),
                ("grdp_growth", 8, "2021–2025", "target", None, "average"),
                ("grdp_growth", 4.8, "2021–2022", "actual", None, "average"),
                ("grdp_growth", 7.5, "2021–2025", "target", None, "average"),
                ("grdp_growth", 5.6, "2022–2023", "actual", None, "average"),
                ("grdp_growth", 7, "2021–2025", "target", None, "average"),
            ],
        ),
        (  # a commune named with capitals is not the province; "Nông thôn Mới" is a programme, no place
            "Xã Mẫu Sơn hiện có 12 homestay, đón 25.000 lượt khách năm 2023. Chương trình Nông thôn Mới: năm 2023 "
            "toàn tỉnh đón 3,1 triệu lượt khách.",
            [("tourists", 3100000, "2023", "actual", None, None)],
        ),
        (  # "tăng trưởng chưa đạt kịch bản đề ra (…)": the plan's rate in brackets
            "Sáu tháng đầu năm 2024, Chủ tịch UBND tỉnh nhìn nhận tăng trưởng chưa đạt kịch bản đề ra (7,4%).",
            [("grdp_growth", 7.4, "H1/2024", "target", None, None)],
        ),
        (  # a ratio to a plan says the value before it is a result: its plan words give the parts no status
            "Thu ngân sách năm 2023 ước đạt 7.200 tỷ đồng, vượt 4,2% dự toán Trung ương giao, trong đó thu nội "
            "địa 2.900 tỷ đồng; thu từ hoạt động xuất nhập khẩu bằng 80% dự toán năm 2023 (5.000 tỷ đồng).",
            [
                ("budget_revenue", 7200, "2023", "estimate", None, None),
                ("budget_revenue_domestic", 2900, "2023", "estimate", None, None),
                ("budget_revenue_trade", 5000, "2023", "target", None, None),
            ],
        ),
        (  # the status word nearest the value governs it
            "Trên cơ sở kết quả 9 tháng và dự báo tình hình quý IV, tốc độ tăng trưởng kinh tế năm 2023 ước đạt 6,5%.",
            [("grdp_growth", 6.5, "2023", "estimate", None, None)],
        ),
        (  # "toàn xã hội" is society: the investment of the whole province
            "Năm 2023, vốn đầu tư phát triển toàn xã hội đạt 21.500 tỷ đồng. Nếu như năm 2022 GRDP tăng 7,2%, "
            "thì năm 2023 chỉ tăng 4,8%.",
            [
                ("total_investment", 21500, "2023", "actual", None, None),
                ("grdp_growth", 7.2, "2022", "actual", None, None),
                ("grdp_growth", 4.8, "2023", "actual", None, None),
            ],
        ),
        (  # the index named again by its period is the index, no component of it
            "Tình hình kinh tế - xã hội tháng 4 năm 2024\n\nChỉ số sản xuất công nghiệp tháng 4/2024 ước tăng 2,6% so "
            "với tháng trước. So với cùng kỳ năm trước, chỉ số tháng này ước tăng 7,9%.",
            [("iip_growth", 7.9, "04/2024", "estimate", None, None)],
        ),
        (  # "kinh tế - xã hội chủ yếu" before the verb of the targets met
            "Năm 2023 có 16/20 chỉ tiêu kinh tế - xã hội chủ yếu đạt và vượt kế hoạch.",
            [("annual_targets_met", 16, "2023", "actual", None, None)],
        ),
        (  # the fall a plan asks is no rate, but the rate it brings, named again, is the target
            "Năm 2025, tỉnh phấn đấu giảm tỷ lệ hộ nghèo từ 1,5% trở lên, đưa tỷ lệ hộ nghèo cuối năm còn dưới 3%.",
            [("poverty_rate", 3, "31/12/2025", "target", "under", "stock")],
        ),
        (  # a count's date between its name and its number
            "Số xã đạt chuẩn nông thôn mới lũy kế đến hết năm 2023 là 102 xã.",
            [("new_rural_communes", 102, "31/12/2023", "actual", None, "stock")],
        ),
        (  # "số thu", "ước thu" go on with the amount the sentence before was about
            "Thu ngân sách quý I/2024 ước đạt 2.100 tỷ đồng. Riêng tháng 3, số thu ước đạt 650 tỷ đồng. Lũy kế "
            "từ đầu năm đến hết tháng 4 ước thu 2.800 tỷ đồng.",
            [
                ("budget_revenue", 2100, "Q1/2024", "estimate", None, None),
                ("budget_revenue", 650, "03/2024", "estimate", None, None),
                ("budget_revenue", 2800, "01–04/2024", "estimate", None, "total"),
            ],
        ),
        (  # "tốc độ tăng xếp thứ …" ranks the sentence's rate; the rate named as a noun is no change
            "GRDP 6 tháng năm 2024 ước tăng 5,1% so với cùng kỳ; tốc độ tăng xếp thứ 40/63 tỉnh, thành phố.",
            [
                ("grdp_growth", 5.1, "H1/2024", "estimate", None, None),
                ("grdp_growth_rank", 40, "H1/2024", "estimate", None, None),
            ],
        ),
        (  # having moved "đúng định hướng" (the right way) is a result, no plan's orientation; a plan's is
            "Năm 2023, cơ cấu kinh tế tiếp tục chuyển dịch đúng định hướng: dịch vụ chiếm 50,2%; nông, lâm nghiệp "
            "và thủy sản chiếm 20,6%. Theo định hướng của tỉnh, năm 2030 dịch vụ chiếm 55%.",
            [
                ("grdp_share_services", 50.2, "2023", "actual", None, None),
                ("grdp_share_agriculture", 20.6, "2023", "actual", None, None),
                ("grdp_share_services", 55, "2030", "target", None, None),
            ],
        ),
        (  # a ministry named in passing is no subject of the rank; "từng" dated by the year after the rank; a
            # section under another province's heading is its; the rank given to our province after it is ours
            "Kể từ khi Bộ Thông tin và Truyền thông triển khai đánh giá, DTI của Lạng Sơn từng xếp thứ 16 năm 2020 "
            "và vươn lên thứ 5 năm 2021. Năm 2022, xếp thứ 6/63 là Lạng Sơn.\n\nKhánh Hòa (tăng 28 bậc)\n\nNăm 2022, "
            "PCI của tỉnh xếp thứ 16/63.",
            [
                ("digital_transformation_rank", 16, "2020", "actual", None, None),
                ("digital_transformation_rank", 5, "2021", "actual", None, None),
                ("digital_transformation_rank", 6, "2022", "actual", None, None),
            ],
        ),
        (  # a section under another province's heading that turns to ours is ours from there on
            "Tăng trưởng 6 tháng năm 2025 của vùng\n\nPhú Thọ dẫn đầu vùng\n\nPhú Thọ tăng 10,1%. 6 tháng năm 2025, Lạng "
            "Sơn ước tăng 7,1%. Riêng quý II năm 2025, GRDP của tỉnh ước tăng 7,5%.",
            [
                ("grdp_growth", 7.1, "H1/2025", "estimate", None, None),
                ("grdp_growth", 7.5, "Q2/2025", "estimate", None, None),
            ],
        ),
        (  # the index a rank moved in, named only in what it is compared with
            "Năm 2016, Lạng Sơn xếp thứ 30, tăng 4 bậc so với chỉ số PAR Index năm 2015.",
            [("par_index_rank", 30, "2016", "actual", None, None)],
        ),
        (  # PAR Index's per cent written as points of 100, as the result beside its rank; its parts held
            "Chỉ số PAR Index năm 2018: Lạng Sơn xếp thứ 26/63\n\nCụ thể, Lạng Sơn đạt 77,25 điểm, xếp thứ 26/63 tỉnh, "
            "thành phố. Trong đó điểm thẩm định đạt 47,75 điểm.",
            [
                ("par_index_rank", 26, "2018", "actual", None, None),
                ("par_index_score", 77.25, "2018", "actual", None, None),
            ],
        ),
        (  # ours opening the clause, another province only set against; a heading on a province as a market,
            # not its subject; the province a sentence before opened on does not take "của tỉnh"
            "Báo cáo xuất khẩu\n\nHà Nội và các tỉnh đồng bằng là thị trường chính\n\nNăm 2023, Lạng Sơn có tốc độ "
            "tăng trưởng cao hơn Cao Bằng, tốc độ tăng GRDP đạt 6,3%. Năm 2023, kim ngạch xuất khẩu đạt 5,1 tỷ USD.",
            [
                ("grdp_growth", 6.3, "2023", "actual", None, None),
                ("export_turnover", 5.1, "2023", "actual", None, None),
            ],
        ),
        (  # the estimate of the year compared with, in brackets: that year's, an estimate
            "Dự toán thu ngân sách nhà nước năm 2018 là 6.500 tỷ đồng, tăng 10,2% so với ước thực hiện năm 2017 "
            "(5.900 tỷ đồng).",
            [
                ("budget_revenue", 6500, "2018", "target", None, None),
                ("budget_revenue", 5900, "2017", "estimate", None, None),
            ],
        ),
        (  # an index's score written after its rank with "với"
            "Chỉ số cải cách hành chính (PAR Index) năm 2023 của tỉnh xếp thứ 31/63 với 85,2%.",
            [
                ("par_index_rank", 31, "2023", "actual", None, None),
                ("par_index_score", 85.2, "2023", "actual", None, None),
            ],
        ),
        (  # "đến hết nhiệm kỳ": the term's years; "Từ năm 2016 đến hết tháng 6/2018": a running total
            "Dự kiến đến hết nhiệm kỳ, có 16/21 chỉ tiêu chủ yếu đạt và vượt. Từ năm 2021 đến hết tháng 6/2024, "
            "cơ quan điều tra đã khởi tố 31 vụ án tham nhũng.",
            [
                ("term_targets_met", 16, "2021–2025", "forecast", None, None),
                ("corruption_cases", 31, "01/01/2021–30/06/2024", "actual", None, "total"),
            ],
        ),
        (  # a programme's name is no plan; a value restated "tương đương" is not what is compared
            "Năm 2023, chương trình mục tiêu quốc gia góp phần nâng số xã đạt chuẩn nông thôn mới lên 100 xã. "
            "Thu nhập bình quân đầu người năm 2023 đạt 60 triệu đồng, tương đương 5 triệu đồng/người/tháng, tăng "
            "9% so với năm 2022.",
            [
                ("new_rural_communes", 100, "31/12/2023", "actual", None, "stock"),
                ("income_per_capita", 60, "2023", "actual", None, None),
                ("income_per_capita_monthly", 5, "2023", "actual", None, None),
            ],
        ),
        (  # products named after the index: their growth is not the index's
            "Chỉ số sản xuất công nghiệp năm 2023 tăng 8%. Một số sản phẩm tăng cao như điện thương phẩm tăng "
            "14%, phân bón tăng 6%; các mặt hàng khác giảm 2%.",
            [("iip_growth", 8, "2023", "actual", None, None)],
        ),
        (  # a whole with its period opens the sentence: what follows is its part, not the whole
            "Tổng mức bán lẻ 9 tháng năm 2023 đạt 21.000 tỷ đồng. Trong tổng mức bán lẻ 9 tháng, doanh thu dịch "
            "vụ lưu trú, ăn uống đạt 2.450 tỷ đồng.",
            [("retail_sales", 21000, "01–09/2023", "actual", None, None)],
        ),
        (  # a bound before a "lần lượt" list is each item's
            "Năm 2024, khu vực nông, lâm nghiệp và thủy sản; công nghiệp - xây dựng; dịch vụ chiếm tỷ trọng lần "
            "lượt khoảng 18%; 25% và 50%.",
            [
                ("grdp_share_agriculture", 18, "2024", "estimate", "approx", None),
                ("grdp_share_industry_construction", 25, "2024", "estimate", "approx", None),
                ("grdp_share_services", 50, "2024", "estimate", "approx", None),
            ],
        ),
        (  # a plan of the next year named in the report's name gives the year's estimate no plan's status
            "Báo cáo kết quả thực hiện kế hoạch năm 2022; mục tiêu, nhiệm vụ kế hoạch năm 2023 của UBND tỉnh cho "
            "thấy, năm 2022 tốc độ tăng trưởng GRDP ước đạt 6,9%.",
            [("grdp_growth", 6.9, "2022", "estimate", None, None)],
        ),
        (  # (but the plan's own year is the plan's: "phấn đấu năm 2023 … ước đạt")
            "Tỉnh phấn đấu năm 2023 tốc độ tăng trưởng GRDP ước đạt 8%.",
            [("grdp_growth", 8, "2023", "target", None, None)],
        ),
        (  # the consumer price index is another index: the growth rate before it does not carry over
            "Năm 2023 GRDP tăng 6%. CPI bình quân năm 2023 tăng 3,5% so với năm trước.",
            [("grdp_growth", 6, "2023", "actual", None, None)],
        ),
    ],
)
def test_what_each_figure_is(text, expected):
    got = model(text)
    assert [(i, pytest.approx(v), p, s, b, a) for i, v, p, s, b, a in expected] == got


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Năm 2023, GRDP của cả nước tăng 5,05%.", "other_place"),
        ("Tính chung cả nước, năm 2023 kim ngạch xuất nhập khẩu đạt 683 tỷ USD.", "other_place"),
        ("Năm 2023, tỉnh Cao Bằng có tốc độ tăng trưởng kinh tế 4,1%.", "other_place"),
        ("Năm 2023, kim ngạch xuất nhập khẩu qua cửa khẩu quốc tế Hữu Nghị đạt 2,1 tỷ USD.", "other_place"),
        ("Riêng huyện Hữu Lũng thu ngân sách năm 2023 được 168 tỷ đồng.", "other_place"),
        ("Thu ngân sách nhà nước trên địa bàn đạt 9.805 tỷ đồng.", "no_period"),
        ("Năm 2023, thu ngân sách đạt 7.800 tỷ đồng, bằng 105% dự toán.", None),  # 105% is not a figure
        ("IIP tháng 9/2024 tăng 3,1% so với tháng trước.", "not_in_catalog"),
        ("Năm 2026 GRDP tăng 10%.", "future_period"),
        # targets on track over half a year, not met: held with the words that say so
        (
            "Sáu tháng đầu năm 2024, kinh tế phục hồi. Có 12/20 chỉ tiêu đạt và vượt tiến độ.",
            "not_in_catalog",
        ),
        # the value of a span compared with, when the text dates neither it nor the span reported on
        ("Tốc độ tăng GRDP ước đạt 7,1%, cao hơn cùng kỳ (5,2%).", "no_period"),
        # A number with a unit that no indicator claims, in a sentence naming no other place, is the
        # province's: held, never lost, even when the sentence does not name the province.
        ("Tháng 9/2024, chỉ số giá tiêu dùng tăng 0,32% so với tháng trước.", "not_in_catalog"),
        ("Trong hai tháng, đơn vị truy thu hơn 1,4 tỷ đồng qua kiểm tra sau thông quan.", "not_in_catalog"),
        # a stored copy stopping inside the rate's comparison: against what is not told
        ("Tổng sản phẩm trên địa bàn (GRDP) ước tính 9 tháng đầu năm 2023 tăng 5,1% so với c", "cut_off"),
        ("GRDP 9 tháng năm 2023 của tỉnh ước tăng 5,1% so", "cut_off"),
    ],
)
def test_numbers_held_for_review_with_their_reason(text, reason):
    reading = read_figures(text, load_catalog(), MODEL_DOC)
    if reason is None:  # the plan ratio is neither published nor held as a figure of the indicator
        assert [m.value for m in reading.mentions] == [7800]
        return
    assert all(m.indicator_id != "grdp_growth" or m.value != 10 for m in reading.mentions)
    assert reason in {h.reason for h in reading.held}, reading


def test_the_nation_as_what_it_will_do_owns_the_rate_after_it():
    # ("Việt Nam sẽ đứng …, với mức tăng trưởng …": the subject of a forecast goes on to the rate after it)
    text = (
        "Theo báo cáo của IMF, trong năm 2024, Việt Nam sẽ đứng thứ ba Đông Nam Á về quy mô kinh tế, với mức tăng "
        "trưởng 6,1%, đạt trên 470 tỷ USD."
    )
    reading = read_figures(text, load_catalog(), date(2024, 5, 1))
    assert reading.mentions == []
    assert ("other_place", "6,1%") in [(h.reason, h.value_text) for h in reading.held]


def test_the_ministries_average_on_an_index_is_not_the_provinces():
    # (points out of a most are no bare fraction of one as well; the ministries' average is another body's)
    text = (
        "Năm 2022, Bộ Thông tin và Truyền thông công bố chỉ số DTI. Điểm DTI trung bình của cấp bộ là 0,5123/1.000 "
        "điểm. Năm 2022, DTI của tỉnh Lạng Sơn đạt 0,4512."
    )
    reading = read_figures(text, load_catalog(), date(2023, 6, 1))
    assert [(m.indicator_id, m.value) for m in reading.mentions] == [("dti_score", pytest.approx(0.4512))]
    assert [(h.value_text, h.reason) for h in reading.held] == [("0,5123/1.000 điểm", "other_place")]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the part of the year a lead tells results over dates the results under it
        (
            "Lạng Sơn thu hút 5.600 doanh nghiệp với tổng vốn 63.000 tỷ đồng sau 6 tháng đầu năm.",
            [("new_enterprises", 390, "H1/2025", "actual")],
        ),
        # (not a part of the year it plans, nor the time of a circumstance the lead tells with no figure)
        ("Tỉnh phấn đấu thu hút thêm nhiều doanh nghiệp trong 6 tháng cuối năm.", []),
        ("Dù thông quan nhiều lần gián đoạn, hoạt động đầu tư vẫn sôi động trong quý II.", []),
    ],
)
def test_a_lead_telling_results_over_part_of_a_year_dates_them(lead, expected):
    text = f"Lạng Sơn hút vốn đầu tư\n{lead}\n\nToàn tỉnh đăng ký thành lập mới 390 doanh nghiệp, đạt 56% kế hoạch."
    assert read_with_status(text, date(2025, 7, 5)) == approx_values(expected)


def test_a_congress_opened_in_earnest_counts_on_its_day_as_a_result():
    # ("chính thức khai mạc": the sitting begun, no official figure; its counts stand on the day it names, in
    # the first year of the term it opens when no date line tells the year)
    text = (
        "Đại hội Đảng bộ tỉnh khai mạc\nSáng 20/10, tại Hội trường tỉnh, Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn "
        "lần thứ XVIII, nhiệm kỳ 2025 - 2030 chính thức khai mạc, với 312 đại biểu, thay mặt cho hơn 70.000 "
        "đảng viên."
    )
    assert read_with_status(text, None) == approx_values(
        [
            ("congress_delegates", 312, "20/10/2025", "actual"),
            ("party_members", 70000, "20/10/2025", "actual"),
        ]
    )


def test_the_congress_proper_is_no_official_status():
    # ("mở đầu cho Đại hội chính thức": the congress proper after its preparatory sitting, not official figures)
    text = (
        "Phiên trù bị Đại hội Đảng bộ tỉnh Lạng Sơn\nPhiên trù bị là bước mở đầu cho Đại hội chính thức, với sự "
        "tham dự của 320 đại biểu, đại diện cho hơn 70 nghìn đảng viên."
    )
    assert read_with_status(text, date(2025, 9, 24)) == approx_values(
        [
            ("congress_delegates", 320, "24/09/2025", "actual"),
            ("party_members", 70000, "24/09/2025", "actual"),
        ]
    )


def test_a_lead_opening_on_its_period_frames_the_text_past_a_photo_and_the_same_period_told_again():
    # (the lead's plan words after a semicolon do not make it a plan; the photo and its caption are no
    # sentence the months were told in; a paragraph telling the lead's own months again goes on in the frame)
    text = (
        "Xuất nhập khẩu qua Lạng Sơn tăng mạnh\n2 tháng đầu năm 2026, xuất nhập khẩu qua Lạng Sơn tăng mạnh; nhiều "
        "kiến nghị được đặt ra.\n![]() |\n| Quang cảnh buổi làm việc. (Ảnh: Minh Anh) |\nTheo báo cáo, tổng kim "
        "ngạch xuất nhập khẩu qua địa bàn trong 2 tháng đầu năm đạt 9.500 triệu USD.\n\nThu ngân sách nhà nước trên "
        "địa bàn tỉnh đạt 2.100 tỷ đồng."
    )
    assert read_with_status(text, None) == approx_values(
        [("trade_turnover", 9.5, "01–02/2026", "actual"), ("budget_revenue", 2100, "01–02/2026", "actual")]
    )


@pytest.mark.parametrize(
    ("revenue", "expected"),
    [
        # (the sentence naming neither the province's whole nor the office, in a text on the customs office)
        ("Nguồn thu ngân sách nhà nước đạt 2.100 tỷ đồng, bằng 25% chỉ tiêu giao.", []),
        (
            "Thu ngân sách nhà nước trên địa bàn tỉnh đạt 2.100 tỷ đồng, bằng 25% dự toán.",
            [("budget_revenue", 2100, "01–02/2026", "actual")],
        ),
    ],
)
def test_revenue_in_a_text_on_the_customs_office_is_held_unless_the_sentence_says_whose(revenue, expected):
    text = (
        "Xuất nhập khẩu qua Lạng Sơn tăng mạnh\n2 tháng đầu năm 2026, xuất nhập khẩu qua Lạng Sơn tăng mạnh.\n\n"
        "Theo báo cáo, kim ngạch xuất nhập khẩu qua địa bàn trong 2 tháng đầu năm đạt 9.500 triệu USD.\n\n"
        f"{revenue}\n\nĐể bảo đảm tiến độ thu, Chi cục Hải quan khu vực VI đã đề ra 5 nhóm giải pháp."
    )
    reading = read_figures(text, load_catalog(), None)
    got = [(m.indicator_id, m.value, m.period.label, m.status) for m in reading.mentions]
    assert got == approx_values([("trade_turnover", 9.5, "01–02/2026", "actual"), *expected])
    if not expected:
        assert [h.value_text for h in reading.held if h.indicator_id == "budget_revenue"] == ["2.100 tỷ đồng"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead on other provinces dates no figure of ours
        (
            "Thương mại biên giới\n5 địa phương dẫn đầu về tăng trưởng trong quý I/2025 có mức tăng trên 10%.\n\n"
            "Vốn FDI đăng ký đạt 640 triệu USD.",
            [],
        ),
        (
            "Thương mại biên giới\nLạng Sơn thu hút 640 triệu USD vốn FDI trong quý I/2025.\n\nVốn FDI đăng ký đạt "
            "640 triệu USD.",
            [("fdi_registered", 640, "Q1/2025", "actual")],
        ),
        # "có tỉnh thu hút …": some province, unnamed (not "trong đó có tỉnh Lạng Sơn")
        (
            "Đầu tư\nNhiều tỉnh thu hút vốn FDI lớn. Có tỉnh thu hút tới 640 triệu USD vốn FDI trong quý I/2025.",
            [],
        ),
        (
            "Đầu tư\nTrong quý I/2025, cả nước có 10 tỉnh thu hút FDI lớn, trong đó có tỉnh Lạng Sơn thu hút 640 "
            "triệu USD vốn FDI.",
            [("fdi_registered", 640, "Q1/2025", "actual")],
        ),
    ],
)
def test_some_province_or_a_lead_on_others_is_not_ours(text, expected):
    assert read_with_status(text, None) == approx_values(expected)


# What a review of the fifth of December's rules found (sentences of its own): the cut-off holds a rate only; a
# DTI score out of 1 is its own; a holiday named as the circumstance, despite, or in a comma segment after the value
# leaves the value's own period; a year compared with is no other year of an estimate; a report on the economy or a
# whole told with its parts is the province's revenue, a customs office named later or not.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (
            "Năm 2024, toàn tỉnh đón 3 triệu lượt khách, tăng 10% so với cùng kỳ.\n\nDoanh thu du lịch đạt 2.000 tỷ "
            "đồng, so",
            date(2025, 1, 10),
            [("tourists", 3e6, "2024", "actual"), ("tourism_revenue", 2000, "2024", "actual")],
        ),
        (
            "Năm 2024, tỉnh đón 3 triệu lượt khách, so",
            date(2025, 1, 10),
            [("tourists", 3e6, "2024", "actual")],
        ),
        (
            "Năm 2024, DTI của tỉnh Lạng Sơn đạt 0,5123/1, tăng 5 bậc.",
            date(2025, 6, 1),
            [("dti_score", 0.5123, "2024", "actual")],
        ),
        (
            "Năm 2024, DTI của Lạng Sơn đạt 0,51/1,0.",
            date(2025, 6, 1),
            [("dti_score", 0.51, "2024", "actual")],
        ),
        (
            "Do trùng thời gian nghỉ lễ, tháng 5/2025 toàn tỉnh đón 300.000 lượt khách.",
            None,
            [("tourists", 300_000, "05/2025", "actual")],
        ),
        (
            "Tháng 9/2025, toàn tỉnh đón 280.000 lượt khách, trong đó dịp Quốc khánh đón 60.000 lượt.",
            date(2025, 9, 30),
            [("tourists", 280_000, "09/2025", "actual")],
        ),
        (
            "6 tháng đầu năm 2025, toàn tỉnh đón 2,1 triệu lượt khách, riêng dịp Giỗ Tổ đón 30.000 lượt.",
            date(2025, 7, 5),
            [("tourists", 2.1e6, "H1/2025", "actual")],
        ),
        (
            "Trong quý III/2025, dù có kỳ nghỉ dịp Quốc khánh, doanh thu du lịch vẫn đạt 600 tỷ đồng.",
            date(2025, 10, 5),
            [("tourism_revenue", 600, "Q3/2025", "actual")],
        ),
        (
            "Theo kế hoạch năm 2025, so với năm 2024, thu nhập bình quân đầu người ước đạt 70 triệu đồng.",
            date(2025, 1, 10),
            [("income_per_capita", 70, "2025", "target")],
        ),
        (
            "Kinh tế 9 tháng\n9 tháng năm 2025, kinh tế Lạng Sơn tiếp tục tăng trưởng.\n\nThu ngân sách nhà nước đạt "
            "6.000 tỷ đồng, bằng 80% dự toán.\n\nKim ngạch xuất nhập khẩu do Chi cục Hải quan khu vực VI quản lý đạt "
            "40 tỷ USD.",
            date(2025, 10, 5),
            [("budget_revenue", 6000, "01–09/2025", "actual")],
        ),
        (
            "Thu ngân sách\nNăm 2024, thu ngân sách đạt 9.800 tỷ đồng. Trong đó, thu nội địa 4.000 tỷ đồng; thu từ hoạt "
            "động xuất nhập khẩu 5.800 tỷ đồng.\n\nCục Hải quan Lạng Sơn đề ra nhiều giải pháp.",
            date(2025, 1, 10),
            [
                ("budget_revenue", 9800, "2024", "actual"),
                ("budget_revenue_domestic", 4000, "2024", "actual"),
                ("budget_revenue_trade", 5800, "2024", "actual"),
            ],
        ),
    ],
)
def test_what_the_review_of_the_days_rules_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What a second review found in the mends: the cut-off holds a rate of change only ("tăng … so với c"), not a level
# or share before "so", nor one compared "so với trước"; a holiday named with "dù" is the span where the clause names
# no other; a holiday after a comma is the value's unless that segment opens on a part ("trong đó", "riêng"); a
# clause naming a span of its own that is no holiday's year keeps it; "so với ước thực hiện năm 2024" is a compared
# year; "0,5012/1 điểm" read once; revenue after trade and other subjects, or in the lead, is the province's.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (
            "Đến cuối năm 2024, tỷ lệ hộ nghèo của tỉnh còn 7,2%, so với",
            date(2025, 1, 10),
            [("poverty_rate", 7.2, "31/12/2024", "actual")],
        ),
        (
            "Năm 2024, chỉ số cải cách hành chính (PAR INDEX) của tỉnh Lạng Sơn đạt 87,5%, so với năm",
            date(2025, 5, 10),
            [("par_index_score", 87.5, "2024", "actual")],
        ),
        (
            "Năm 2024, GRDP của tỉnh Lạng Sơn tăng 6,3% so với trước",
            date(2025, 1, 10),
            [("grdp_growth", 6.3, "2024", "actual")],
        ),
        (
            "Dù dịp nghỉ lễ Quốc khánh năm 2025 chỉ kéo dài 4 ngày, toàn tỉnh vẫn đón 60.000 lượt khách.",
            date(2025, 9, 4),
            [],
        ),
        (
            "Toàn tỉnh đón khoảng 45.000 lượt khách, trong dịp nghỉ lễ Quốc khánh 2/9/2025.",
            date(2025, 9, 4),
            [],
        ),
        (
            "Tháng 9/2025, toàn tỉnh đón 270.000 lượt khách, tăng 18% so với dịp Quốc khánh năm 2024.",
            date(2025, 10, 1),
            [("tourists", 270_000, "09/2025", "actual")],
        ),
        (
            "Chuẩn bị Tết Nguyên đán năm 2025, trong tháng 12/2024 toàn tỉnh có 45 doanh nghiệp thành lập mới.",
            date(2025, 1, 5),
            [("new_enterprises", 45, "12/2024", "actual")],
        ),
        (
            "Để phục vụ Tết Nguyên đán 2025, năm 2024 tỉnh đã thu hút 350 doanh nghiệp thành lập mới.",
            date(2025, 1, 5),
            [("new_enterprises", 350, "2024", "actual")],
        ),
        (
            "Theo kế hoạch năm 2025, so với ước thực hiện năm 2024, thu ngân sách trên địa bàn ước đạt 10.000 tỷ đồng.",
            date(2025, 1, 10),
            [("budget_revenue", 10000, "2025", "target")],
        ),
        (
            "Năm 2024, chỉ số DTI của tỉnh Lạng Sơn đạt 0,5012/1 điểm.",
            date(2025, 5, 1),
            [("dti_score", 0.5012, "2024", "actual")],
        ),
        (
            "Lạng Sơn: 9 tháng, kim ngạch xuất nhập khẩu tăng 20%\n9 tháng năm 2025, kim ngạch xuất nhập khẩu qua địa "
            "bàn tỉnh đạt 40 tỷ USD.\n\nGRDP ước tăng 7%; toàn tỉnh đón 3 triệu lượt khách.\n\nThu ngân sách nhà nước "
            "đạt 6.500 tỷ đồng, bằng 80% dự toán.\n\nChi cục Hải quan cửa khẩu Hữu Nghị đẩy mạnh cải cách.",
            date(2025, 10, 5),
            [
                ("trade_turnover", 40, "01–09/2025", "actual"),
                ("grdp_growth", 7, "01–09/2025", "estimate"),
                ("tourists", 3e6, "01–09/2025", "estimate"),
                ("budget_revenue", 6500, "01–09/2025", "actual"),
            ],
        ),
        (
            "Lạng Sơn: 6 tháng, thu ngân sách đạt 55% dự toán\n6 tháng đầu năm 2025, thu ngân sách nhà nước đạt 5.100 tỷ "
            "đồng, bằng 55% dự toán; kim ngạch xuất nhập khẩu đạt 28 tỷ USD.\n\nChi cục Hải quan khu vực VI cho biết "
            "sẽ đẩy mạnh thông quan.",
            date(2025, 7, 5),
            [("budget_revenue", 5100, "H1/2025", "actual"), ("trade_turnover", 28, "H1/2025", "actual")],
        ),
    ],
)
def test_what_the_second_review_of_the_days_rules_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What two probes of whole invented documents found: a list of exports and imports after their whole, or with a
# comma between them, gives each its own; a later plan in a plan's bracket is the year's; the province "năm 2025
# được giao dự toán thu"; a holiday's days in brackets after its name, and "dịp lễ này" after them; the tourists
# of "các khu, điểm du lịch và cơ sở lưu trú"; an index named before a semicolon, its values after it.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (
            "Quý I/2025, kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn đạt 2,31 tỷ USD, trong đó xuất khẩu và "
            "nhập khẩu lần lượt đạt 0,94 tỷ USD và 1,37 tỷ USD.",
            date(2025, 4, 5),
            [
                ("trade_turnover", 2.31, "Q1/2025", "actual"),
                ("export_turnover", 0.94, "Q1/2025", "actual"),
                ("import_turnover", 1.37, "Q1/2025", "actual"),
            ],
        ),
        (
            "Kim ngạch nhập khẩu, xuất khẩu qua địa bàn tỉnh Lạng Sơn năm 2023 lần lượt đạt 3.110 triệu USD và "
            "2.040 triệu USD.",
            date(2024, 1, 10),
            [("import_turnover", 3.11, "2023", "actual"), ("export_turnover", 2.04, "2023", "actual")],
        ),
        (
            "Quý III/2024, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 1.900 tỷ đồng, bằng 24% dự toán (dự toán "
            "Bộ Tài chính giao 7.300 tỷ đồng, HĐND tỉnh giao 7.950 tỷ đồng).",
            date(2024, 10, 5),
            [
                ("budget_revenue", 1900, "Q3/2024", "actual"),
                ("budget_revenue", 7300, "2024", "target"),
                ("budget_revenue", 7950, "2024", "target"),
            ],
        ),
        (
            "Năm 2024, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 9.020 tỷ đồng. Tỉnh năm 2025 được giao dự toán "
            "thu 8.650 tỷ đồng.",
            date(2025, 1, 8),
            [("budget_revenue", 9020, "2024", "actual"), ("budget_revenue", 8650, "2025", "target")],
        ),
        (
            "Trong 5 ngày nghỉ lễ 30/4 - 1/5 (từ ngày 30/4 đến hết ngày 4/5/2025), tỉnh Lạng Sơn đón 120.000 lượt "
            "khách. Doanh thu du lịch trong dịp nghỉ lễ này ước đạt 150 tỷ đồng.",
            date(2025, 5, 5),
            [
                ("tourists", 120000, "30/04–04/05/2025", "actual"),
                ("tourism_revenue", 150, "30/04–04/05/2025", "estimate"),
            ],
        ),
        # (a holiday pointed back at whose days the sentence before did not write: not the year it falls in)
        (
            "Năm 2025, dịp Tết Nguyên đán tỉnh Lạng Sơn đón nhiều khách. Doanh thu du lịch trong dịp lễ này đạt 41 "
            "tỷ đồng.",
            date(2025, 2, 10),
            [],
        ),
        (
            "Năm 2023, các khu, điểm du lịch và cơ sở lưu trú trên địa bàn tỉnh Lạng Sơn đón 3.650.000 lượt khách.",
            date(2024, 1, 10),
            [("tourists", 3650000, "2023", "actual")],
        ),
        (
            "Sáng nay, VCCI công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023; Lạng Sơn đạt 64,1 điểm, "
            "xếp thứ 33/63.",
            date(2024, 5, 8),
            [("pci_score", 64.1, "2023", "actual"), ("pci_rank", 33, "2023", "actual")],
        ),
    ],
)
def test_what_the_probes_of_whole_documents_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What a review of those rules found, each mended: bare numbers listed "lần lượt" are no split decimal; a bare
# growth rate is the economy's where its paragraph or its own sentence names the economy (not a zone's name,
# "Khu kinh tế"); a share named with the product after it is the product's; a bracket of estimates naming its own
# part of the year, or a result, is no year's plan; a tax office's estimate is not the province's; a holiday
# pointed at in a later comma segment is not the value's; a clause after ";" takes the index before it only where
# the province opens it and one index is named.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2023, tỷ trọng nông, lâm nghiệp và thủy sản, công nghiệp - xây dựng và dịch vụ trong GRDP của tỉnh "
            "Lạng Sơn lần lượt là 22, 24 và 47%.",
            [
                ("grdp_share_agriculture", 22, "2023", "actual"),
                ("grdp_share_industry_construction", 24, "2023", "actual"),
                ("grdp_share_services", 47, "2023", "actual"),
            ],
        ),
        (
            "Tốc độ tăng trưởng GRDP của tỉnh Lạng Sơn các năm 2021, 2022 và 2023 lần lượt đạt 3, 7 và 6%.",
            [
                ("grdp_growth", 3, "2021", "actual"),
                ("grdp_growth", 7, "2022", "actual"),
                ("grdp_growth", 6, "2023", "actual"),
            ],
        ),
        (
            "Năm 2023, kinh tế tỉnh Lạng Sơn phục hồi rõ nét. Thu ngân sách trên địa bàn đạt 7.900 tỷ đồng. Tốc độ "
            "tăng trưởng năm 2023 ước đạt 6,3%.",
            [("budget_revenue", 7900, "2023", "actual"), ("grdp_growth", 6.3, "2023", "estimate")],
        ),
        (
            "Thu ngân sách trên địa bàn tỉnh Lạng Sơn năm 2023 đạt 7.900 tỷ đồng. Tốc độ tăng trưởng năm 2023 đạt "
            "6,3%, quy mô GRDP đạt 46.000 tỷ đồng.",
            [
                ("budget_revenue", 7900, "2023", "actual"),
                ("grdp_growth", 6.3, "2023", "actual"),
                ("grdp", 46000, "2023", "actual"),
            ],
        ),
        # (a zone's name is not the economy: the rate goes on with the zone's trade, held)
        (
            "Năm 2023, kim ngạch xuất nhập khẩu qua Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn đạt 4,9 tỷ USD. Tốc độ "
            "tăng trưởng bình quân giai đoạn 2020 - 2023 đạt 11%/năm.",
            [],
        ),
        (
            "Năm 2023, nhờ doanh thu thương mại tăng khá khu vực dịch vụ chiếm 48,7% GRDP của tỉnh Lạng Sơn.",
            [("grdp_share_services", 48.7, "2023", "actual")],
        ),
        (
            "Quý I/2024, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 2.250 tỷ đồng, bằng 107% dự toán quý (dự toán "
            "quý I/2024 là 2.100 tỷ đồng).",
            [("budget_revenue", 2250, "Q1/2024", "actual"), ("budget_revenue", 2100, "Q1/2024", "target")],
        ),
        (
            "Năm 2023, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 8.700 tỷ đồng (dự toán 7.800 tỷ đồng; thu nội "
            "địa đạt 3.500 tỷ đồng, thu từ hoạt động xuất nhập khẩu đạt 5.200 tỷ đồng).",
            [
                ("budget_revenue", 8700, "2023", "actual"),
                ("budget_revenue", 7800, "2023", "target"),
                ("budget_revenue_domestic", 3500, "2023", "actual"),
                ("budget_revenue_trade", 5200, "2023", "actual"),
            ],
        ),
        ("Thuế tỉnh Lạng Sơn năm 2025 được giao dự toán thu 4.450 tỷ đồng.", []),
        (
            "Trong 4 ngày nghỉ lễ Quốc khánh (từ ngày 31/8 đến hết ngày 3/9/2024), tỉnh Lạng Sơn đón 82.000 lượt "
            "khách. Doanh thu du lịch trong tháng 9/2024 đạt 160 tỷ đồng, trong dịp lễ đó riêng dịch vụ ăn uống tăng "
            "mạnh.",
            [
                ("tourists", 82000, "31/08–03/09/2024", "actual"),
                ("tourism_revenue", 160, "09/2024", "actual"),
            ],
        ),
        (
            "VCCI công bố PCI năm 2023; chỉ số thành phần Chi phí thời gian của Lạng Sơn đạt 7,1 điểm, xếp thứ 12/63.",
            [],
        ),
        ("Bộ Nội vụ công bố Chỉ số PAR INDEX và SIPAS năm 2023; Lạng Sơn xếp thứ 27/63.", []),
        (
            "UBND tỉnh Lạng Sơn công bố Chỉ số cải cách hành chính của các sở, ngành năm 2023; Sở Xây dựng đạt 89,2 "
            "điểm, xếp thứ 2/19.",
            [],
        ),
    ],
)
def test_what_the_review_of_the_probes_rules_found(text, expected):
    assert read_with_status(text, date(2024, 10, 5)) == approx_values(expected)


def test_a_holidays_days_without_their_year_take_the_holiday_the_title_names_in_a_text_with_no_date_line():
    # (and go on past a sentence on a part of the figure: "Trong đó, khách nội địa …")
    text = (
        "Lạng Sơn đón 68 nghìn lượt khách dịp Tết Nguyên đán 2025\n"
        "Theo Sở Văn hóa, Thể thao và Du lịch, trong dịp Tết Nguyên đán từ ngày 28/1 đến ngày 2/2, tỉnh ước đón "
        "68.000 lượt khách. Trong đó, khách nội địa khoảng 66.000 lượt. Doanh thu từ du lịch ước đạt 55 tỷ đồng."
    )
    assert read_with_status(text, None) == approx_values(
        [
            ("tourists", 68000, "28/01–02/02/2025", "estimate"),
            ("tourism_revenue", 55, "28/01–02/02/2025", "estimate"),
        ]
    )
    # (days across a year's end, or a title naming no holiday's year, give no period)
    for title, days in (
        ("Lạng Sơn đón khách dịp Tết Dương lịch 2025", "28/12 đến ngày 1/1"),
        ("Lạng Sơn đón khách dịp Tết", "28/1 đến ngày 2/2"),
    ):
        other = text.replace(text.split("\n")[0], title).replace("28/1 đến ngày 2/2", days)
        assert read_with_status(other, None) == [], other


# What a second round of probes found: a running total "lũy kế từ đầu năm" after a month is the months from
# January to it; a plan spoken of before "cho biết", or in a clause of purpose, gives no status to the result
# told; a Party term opens at its autumn congress; a plan's own span in the clause saying who set it; the
# targets met "của năm" in a sentence naming the term are the year's.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (
            "Tổng thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn tháng 5/2024 ước đạt 690,4 tỷ đồng; lũy kế từ đầu "
            "năm đạt 3.512,8 tỷ đồng.",
            date(2024, 5, 28),
            [
                ("budget_revenue", 690.4, "05/2024", "estimate"),
                ("budget_revenue", 3512.8, "01–05/2024", "estimate"),
            ],
        ),
        (
            "Kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn tháng 9 đạt 480 triệu USD, lũy kế từ đầu năm 3.920 "
            "triệu USD.",
            date(2024, 10, 2),
            [("trade_turnover", 0.48, "09/2024", "actual"), ("trade_turnover", 3.92, "01–09/2024", "actual")],
        ),
        (
            "Trả lời về khả năng hoàn thành mục tiêu tăng trưởng năm nay, lãnh đạo Sở Tài chính cho biết GRDP 9 "
            "tháng của tỉnh Lạng Sơn ước tăng 5,8%.",
            date(2024, 10, 5),
            [("grdp_growth", 5.8, "01–09/2024", "estimate")],
        ),
        (
            "Để bám sát mục tiêu kế hoạch, tỉnh Lạng Sơn đã điều hành linh hoạt, kim ngạch xuất nhập khẩu 6 tháng "
            "đạt 2,4 tỷ USD.",
            date(2024, 7, 5),
            [("trade_turnover", 2.4, "H1/2024", "actual")],
        ),
        # (a plan told after "cho biết" stays a plan)
        (
            "Về kế hoạch năm 2025, lãnh đạo tỉnh Lạng Sơn cho biết tăng trưởng GRDP phấn đấu đạt 8%.",
            date(2024, 12, 20),
            [("grdp_growth", 8, "2025", "target")],
        ),
        (
            "Từ đầu nhiệm kỳ 2020 - 2025 đến nay, tổng thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 44.900 tỷ đồng, "
            "vượt mục tiêu 40.000 tỷ đồng mà Nghị quyết Đại hội XVII đề ra cho cả nhiệm kỳ.",
            date(2025, 9, 20),
            [
                ("budget_revenue", 44900, "2020–20/09/2025", "actual"),
                ("budget_revenue", 40000, "2021–2025", "target"),
            ],
        ),
        (
            "Năm 2025, năm cuối của nhiệm kỳ 2020 - 2025, tỉnh Lạng Sơn ước đạt và vượt 19/22 chỉ tiêu chủ yếu của "
            "năm.",
            date(2025, 12, 10),
            [("annual_targets_met", 19, "2025", "estimate")],
        ),
    ],
)
def test_what_the_second_probes_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What a review of those rules found, each mended: a count named first is read only where its own words (with
# its span or place) stand before the bare number, never a part, another count, an addition or a per cent; a
# target's span is one it is "for", never the year it was set in; the year's targets met only where the
# sentence's one count says so; a holiday's days take the title's year only for that holiday, not one of another
# year or one compared with; "lũy kế từ đầu năm" runs to the month reported on, not one compared with or cited.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("Năm 2023, số đảng viên bị kỷ luật của Đảng bộ tỉnh Lạng Sơn là 41.", date(2024, 1, 10), []),
        (
            "Số doanh nghiệp thành lập mới và quay trở lại hoạt động trên địa bàn tỉnh Lạng Sơn 9 tháng là 430.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Số doanh nghiệp thành lập mới của tỉnh Lạng Sơn 9 tháng đạt 93,4% kế hoạch năm.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Năm 2023, số xã đạt chuẩn nông thôn mới của tỉnh Lạng Sơn là 96.",
            date(2024, 1, 10),
            [("new_rural_communes", 96, "31/12/2023", "actual")],
        ),
        (
            "Năm 2023, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 8.400 tỷ đồng, vượt dự toán 7.600 tỷ đồng mà "
            "HĐND tỉnh giao cuối năm 2022.",
            date(2024, 1, 10),
            [("budget_revenue", 8400, "2023", "actual"), ("budget_revenue", 7600, "2023", "target")],
        ),
        (
            "Sau 5 năm thực hiện Nghị quyết Đại hội XVII, tỉnh Lạng Sơn đạt và vượt 18/22 chỉ tiêu chủ yếu, trong đó "
            "nhiều chỉ tiêu của năm 2025 đạt cao.",
            date(2025, 12, 10),
            [("term_targets_met", 18, "2021–2025", "estimate")],
        ),
        (
            "Kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn tháng 4 đạt 510 triệu USD, cao hơn mức 420 triệu USD "
            "của tháng 3; lũy kế từ đầu năm đạt 1.850 triệu USD.",
            date(2024, 5, 3),
            [
                ("trade_turnover", 0.51, "04/2024", "actual"),
                ("trade_turnover", 0.42, "03/2024", "actual"),
                ("trade_turnover", 1.85, "01–04/2024", "actual"),
            ],
        ),
    ],
)
def test_what_the_review_of_the_second_probes_rules_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "body",
    [
        "Dịp Tết Nguyên đán năm trước, từ ngày 10/2 đến ngày 16/2, tỉnh Lạng Sơn đón 88.000 lượt khách du lịch.",
        "Dịp nghỉ lễ Quốc khánh vừa qua, từ ngày 30/8 đến ngày 2/9, tỉnh Lạng Sơn đã đón 61.000 lượt khách.",
    ],
)
def test_a_titles_holiday_year_is_not_another_holidays_nor_another_years(body):
    assert read_with_status(f"Lạng Sơn đón khách dịp Tết Nguyên đán 2025\n{body}", None) == []


# What a third round of probes found: a target the government assigns the province is the province's (the
# nation's is one the National Assembly or the government sets for itself); a customs office's declarations
# and one gate's branch are not the province's trade or revenue; a list of indices naming one the catalog does
# not rank pairs each value with its own index; a monthly meeting's name is no month; the tax office's take is
# not the customs'.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (
            "Năm 2025, để hoàn thành mục tiêu tăng trưởng cả năm 8,5% mà Chính phủ giao, 6 tháng cuối năm kinh tế "
            "tỉnh Lạng Sơn phải tăng khoảng 9,1%.",
            date(2025, 7, 10),
            [("grdp_growth", 8.5, "2025", "target"), ("grdp_growth", 9.1, "H2/2025", "target")],
        ),
        (
            "Năm 2024, tăng trưởng GRDP của tỉnh Lạng Sơn đạt 7%, cao hơn mục tiêu 6,5% mà Quốc hội đề ra.",
            date(2025, 1, 10),
            [("grdp_growth", 7, "2024", "actual")],
        ),
        (
            "Năm 2024, Chi cục Hải quan khu vực VI đã tiếp nhận 98.000 tờ khai với kim ngạch làm thủ tục đạt 7,1 tỷ "
            "USD. Chi cục Hải quan cửa khẩu Tân Thanh đã làm thủ tục cho 41.200 tờ khai, kim ngạch đạt 1,9 tỷ USD.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Năm 2024, Cục Hải quan Lạng Sơn được Bộ Tài chính giao chỉ tiêu thu 4.600 tỷ đồng; riêng Chi cục Hữu "
            "Nghị phấn đấu thu 2.500 tỷ đồng.",
            date(2024, 3, 10),
            [("budget_revenue_trade", 4600, "2024", "target")],
        ),
        (
            "Năm 2022, các chỉ số PAPI, PAR Index và SIPAS của tỉnh Lạng Sơn lần lượt xếp thứ 28/63, 35/63 và 31/63.",
            date(2023, 5, 10),
            [("papi_rank", 28, "2022", "actual"), ("par_index_rank", 35, "2022", "actual")],
        ),
        (
            "UBND tỉnh Lạng Sơn họp phiên thường kỳ tháng 12\nSáng 23/12, UBND tỉnh họp phiên thường kỳ tháng 12 đánh "
            "giá tình hình kinh tế - xã hội năm nay. Tổng vốn đầu tư phát triển trên địa bàn ước đạt 20.500 tỷ đồng.",
            date(2024, 12, 23),
            [("total_investment", 20500, "2024", "estimate")],
        ),
        (
            "Năm 2024, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 9.900 tỷ đồng. Trong đó, Cục Hải quan tỉnh thu "
            "được 6.500 tỷ đồng, trong khi Cục Thuế tỉnh thu 3.400 tỷ đồng.",
            date(2025, 1, 8),
            [("budget_revenue", 9900, "2024", "actual"), ("budget_revenue_trade", 6500, "2024", "actual")],
        ),
        # (a later item of a bracket after a year compared with is that year's too)
        (
            "Năm 2024, GRDP của tỉnh Lạng Sơn ước tăng 6,2%, xếp thứ 41/63. So với năm 2023 (tăng 4,9%, xếp thứ "
            "56/63), thứ hạng tăng trưởng của tỉnh đã tăng 15 bậc.",
            date(2025, 1, 10),
            [
                ("grdp_growth", 6.2, "2024", "estimate"),
                ("grdp_growth_rank", 41, "2024", "estimate"),
                ("grdp_growth", 4.9, "2023", "actual"),
                ("grdp_growth_rank", 56, "2023", "actual"),
            ],
        ),
        # (a running total after two months named, or after a month long before the date line: held)
        (
            "Tháng 8, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 640 tỷ đồng, dự kiến tháng 9 thu 690 tỷ đồng; lũy "
            "kế từ đầu năm đạt 6.100 tỷ đồng.",
            date(2024, 9, 5),
            [("budget_revenue", 640, "08/2024", "actual"), ("budget_revenue", 690, "09/2024", "forecast")],
        ),
        (
            "Tháng 6, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 580 tỷ đồng; lũy kế từ đầu năm đạt 4.700 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 580, "06/2024", "actual")],
        ),
        # (a plan's own amount after "vượt dự toán" is the plan's; "kế hoạch năm" the year's targets)
        (
            "Năm 2024, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 9.700 tỷ đồng, vượt dự toán 7.900 tỷ đồng mà Thủ "
            "tướng Chính phủ giao.",
            date(2025, 1, 5),
            [("budget_revenue", 9700, "2024", "actual"), ("budget_revenue", 7900, "2024", "target")],
        ),
        (
            "Năm 2025, năm cuối nhiệm kỳ, tỉnh Lạng Sơn ước đạt và vượt 19/22 chỉ tiêu kế hoạch năm.",
            date(2025, 12, 20),
            [("annual_targets_met", 19, "2025", "estimate")],
        ),
    ],
)
def test_what_the_third_probes_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What a sealed set showed once scored: a running total "lũy kế từ đầu năm" in a sentence naming no month runs
# from January to the month the text reports on; a headline rounding the body's rate is the body's; four values
# listed "từng quý" are the four quarters of the one year named, held where none is; a clause "khi …" after a
# year compared with is that year's.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (
            "Tình hình kinh tế - xã hội tháng 10 năm 2024\nTrong tháng 10, toàn tỉnh Lạng Sơn có 80 doanh nghiệp "
            "thành lập mới. Trong tháng, thu ngân sách đạt 700 tỷ đồng; lũy kế từ đầu năm đạt 7.300 tỷ đồng.",
            date(2024, 10, 29),
            [
                ("new_enterprises", 80, "10/2024", "estimate"),
                ("budget_revenue", 700, "10/2024", "estimate"),
                ("budget_revenue", 7300, "01–10/2024", "estimate"),
            ],
        ),
        (
            "Tăng trưởng kinh tế 9 tháng của Lạng Sơn đạt 5,8%\nTốc độ tăng trưởng GRDP 9 tháng năm 2024 của tỉnh ước "
            "đạt 5,81%.",
            date(2024, 10, 5),
            [("grdp_growth", 5.81, "01–09/2024", "estimate")],
        ),
        (
            "Năm 2025, tốc độ tăng trưởng GRDP của tỉnh Lạng Sơn từng quý theo kịch bản lần lượt là 8,1%, 9,2%, 10,4% "
            "và 11,3%.",
            date(2025, 3, 20),
            [
                ("grdp_growth", 8.1, "Q1/2025", "target"),
                ("grdp_growth", 9.2, "Q2/2025", "target"),
                ("grdp_growth", 10.4, "Q3/2025", "target"),
                ("grdp_growth", 11.3, "Q4/2025", "target"),
            ],
        ),
        (
            "Kịch bản\nTốc độ tăng trưởng GRDP của tỉnh Lạng Sơn từng quý theo kịch bản mới lần lượt là 8,1%, 9,2%, "
            "10,4% và 11,3%.",
            date(2025, 3, 20),
            [],
        ),
        (
            "Năm 2024, GRDP của tỉnh Lạng Sơn tăng 6,1%, cải thiện so với năm 2023 khi tỉnh chỉ tăng 4,9%.",
            date(2025, 2, 20),
            [("grdp_growth", 6.1, "2024", "actual"), ("grdp_growth", 4.9, "2023", "actual")],
        ),
        # … and what a review of those rules found: a title rounds half up ("5,9%" over "5,85%"); four years named
        # with "từng quý" pair with the years; "cùng kỳ năm 2023 khi …" is that year's same part; an amount right
        # after a plan exceeded, with no one said to have set it, is the plan's or the excess: held
        (
            "Tăng trưởng 9 tháng của Lạng Sơn đạt 5,9%\nTốc độ tăng trưởng GRDP 9 tháng năm 2024 của tỉnh ước đạt "
            "5,85%.",
            date(2024, 10, 5),
            [("grdp_growth", 5.85, "01–09/2024", "estimate")],
        ),
        (
            "Tăng trưởng GRDP của tỉnh Lạng Sơn các năm 2021, 2022, 2023 và 2024, tính theo từng quý bình quân, lần "
            "lượt là 5,1%, 7,9%, 5,3% và 6,4%.",
            date(2025, 3, 20),
            [
                ("grdp_growth", 5.1, "2021", "actual"),
                ("grdp_growth", 7.9, "2022", "actual"),
                ("grdp_growth", 5.3, "2023", "actual"),
                ("grdp_growth", 6.4, "2024", "actual"),
            ],
        ),
        (
            "9 tháng năm 2024, GRDP tỉnh Lạng Sơn tăng 6,5%, cao hơn nhiều so với cùng kỳ năm 2023 khi chỉ tăng 4,2%.",
            date(2024, 10, 5),
            [("grdp_growth", 6.5, "01–09/2024", "actual"), ("grdp_growth", 4.2, "01–09/2023", "actual")],
        ),
        (
            "Năm 2024, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 9.900 tỷ đồng, vượt dự toán 1.900 tỷ đồng.",
            date(2025, 1, 5),
            [("budget_revenue", 9900, "2024", "actual")],
        ),
        # (and what a second sealed set showed: the next move in a list of plans revised is a plan too)
        (
            "HĐND điều chỉnh chỉ tiêu năm 2025\nTheo nghị quyết, chỉ tiêu năm 2025: GRDP bình quân đầu người của tỉnh "
            "Lạng Sơn điều chỉnh từ 66 triệu đồng lên 68 triệu đồng; tổng thu ngân sách nhà nước trên địa bàn từ 8.500 "
            "tỷ đồng lên 9.100 tỷ đồng.",
            date(2025, 2, 21),
            [
                ("grdp_per_capita", 66, "2025", "target"),
                ("grdp_per_capita", 68, "2025", "target"),
                ("budget_revenue", 8500, "2025", "target"),
                ("budget_revenue", 9100, "2025", "target"),
            ],
        ),
    ],
)
def test_what_a_sealed_set_showed_once_scored(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_text_ending_on_a_whole_comparison_publishes_its_rate():
    # (the last sentence complete, its full stop lost: the rate is the year's growth)
    text = "Năm 2023, GRDP của tỉnh ước tăng 5,1% so với năm trước"
    assert [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2024, 1, 5))] == [
        ("grdp_growth", 5.1)
    ]


def test_a_table_cell_no_rule_reads_is_held_never_lost():
    text = "Báo cáo năm 2024\n\nChỉ tiêu | Năm 2023 | Năm 2024\nSố vụ cháy rừng | 12 | 15"
    reading = read_figures(text, load_catalog(), date(2025, 1, 10))
    assert reading.mentions == []
    assert sorted(h.value_text for h in reading.held if h.reason == "not_in_catalog") == ["12", "15"]


@pytest.mark.parametrize(
    ("text", "value_text"),
    [
        # the congress named a sentence before, the delegates' sentence alone naming none of it
        (
            "Sáng 20/10/2025, Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVIII khai mạc. "
            "Dự đại hội có 312 đại biểu chính thức.\n\nCác đại biểu đã thảo luận sôi nổi. Buổi chiều, "
            "có 296 đại biểu tham gia biểu quyết.",
            "296 đại biểu",
        ),
    ],
)
def test_a_catalogued_count_its_sentence_gives_no_context_for_is_held_never_lost(text, value_text):
    reading = read_figures(text, load_catalog(), date(2025, 10, 20))
    assert value_text not in [text[m.start : m.end] for m in reading.mentions]
    held = [h for h in reading.held if h.value_text == value_text]
    assert [(h.reason, h.indicator_id) for h in held] == [("not_in_catalog", "congress_delegates")], reading


@pytest.mark.parametrize("province", ["Bắc Kạn", "Lạng Sơn"])
def test_a_table_in_a_text_about_another_province_alone_is_that_provinces(province):
    # (a report whose title names Bắc Kạn and whose text never names Lạng Sơn: its table's "tỉnh" is Bắc Kạn,
    # as its sentences' is; the same report about Lạng Sơn publishes both cells)
    text = (
        f"{province}: Kinh tế năm 2023 phục hồi\nNgày 12/01/2024\nTheo Cục Thống kê, năm 2023 kinh tế của tỉnh "
        "giữ được đà tăng.\n\nChỉ tiêu | Đơn vị | Năm 2023\nTốc độ tăng trưởng GRDP | % | 5,12\n"
        "Thu ngân sách nhà nước | tỷ đồng | 3.150"
    )
    reading = read_figures(text, load_catalog(), date(2024, 1, 12))
    published = sorted((m.indicator_id, m.value) for m in reading.mentions)
    if province == "Lạng Sơn":
        assert published == [("budget_revenue", 3150), ("grdp_growth", 5.12)]
    else:
        assert published == []
        assert sorted(h.value_text for h in reading.held if h.reason == "other_place") == ["3.150", "5,12"]


@pytest.mark.parametrize(
    ("text", "reason", "held_texts"),
    [
        # "tỉnh này" in a sentence's first clause: its later clauses go on about the province named before it
        (
            "Cùng thời điểm, tại kỳ họp của HĐND tỉnh Cao Bằng, báo cáo cho thấy tỉnh này có 12/17 chỉ tiêu đạt "
            "và vượt; tổng thu ngân sách năm 2024 ước gần 2.300 tỷ đồng; kim ngạch xuất nhập khẩu ước 900 triệu USD.",
            "other_place",
            ["2.300 tỷ đồng", "900 triệu USD"],
        ),
        # the region's average; a class of provinces by a threshold; FDI into the country; some communes; one
        # household
        (
            "Năm 2025, tăng trưởng bình quân của vùng ước đạt 8,35%. Nhóm có số thu năm 2023 trên 50.000 tỷ đồng "
            "còn có Quảng Ninh. Năm 2022, tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam, gồm vốn cấp mới, đạt "
            "27,72 tỷ USD. Cuối năm 2025, tỷ lệ hộ nghèo toàn tỉnh còn 1,41%; nhiều xã vùng cao vẫn có tỷ lệ hộ "
            'nghèo trên 5%. "Gia đình tôi năm 2016 đón gần 1.500 lượt khách", anh Tuấn nói.',
            "other_place",
            ["8,35%", "50.000 tỷ đồng", "27,72 tỷ USD", "5%", "1.500 lượt khách"],
        ),
        # an industry of the production index named without "ngành"; a share set between commas as an aside; a
        # size given as a premise; a zone's one project; the exports of the enterprises based in the province
        (
            "Chỉ số sản xuất công nghiệp 5 tháng năm 2026 tăng 12,1%. Công nghiệp chế biến, chế tạo tăng 19,3%; "
            "sản xuất và phân phối điện tăng 8,6%.",
            "not_in_catalog",
            ["19,3%", "8,6%"],
        ),
        (
            "Quý I/2026, GRDP tăng 9,5%. Khu vực dịch vụ, chiếm hơn 50% quy mô nền kinh tế của tỉnh, tăng 9,1%. "
            "Với quy mô kinh tế chưa đến 55.000 tỷ đồng, mỗi điểm phần trăm tăng trưởng đều khó.",
            "no_period",
            ["50%", "55.000 tỷ đồng"],
        ),
        (
            "Năm 2024, Ban Quản lý cấp mới 9 dự án đầu tư trong khu kinh tế, tổng vốn đăng ký khoảng 4.870 tỷ đồng; "
            "trong đó có 1 dự án có vốn đầu tư nước ngoài, vốn đăng ký 12 triệu USD. Năm 2025, các doanh nghiệp có "
            "trụ sở tại Lạng Sơn xuất khẩu đạt 171,6 triệu USD.",
            "not_in_catalog",
            ["12 triệu USD", "171,6 triệu USD"],
        ),
        # a district opening the sentence is the subject of its clauses after a semicolon too
        (
            "Toàn huyện có 9/21 xã đạt chuẩn nông thôn mới; thu nhập bình quân đầu người năm 2021 đạt 31 triệu đồng.",
            "other_place",
            ["31 triệu đồng"],
        ),
        # another province's council speaking sets its own target
        (
            "Cùng ngày, HĐND tỉnh Lào Cai cũng khai mạc kỳ họp, đặt mục tiêu tăng trưởng năm 2022 đạt 8,5%.",
            "other_place",
            ["8,5%"],
        ),
        # a sector named after the index: its growth is not the index's; a yearly fall is no rate
        (
            "IIP 9 tháng năm 2024 tăng 6,1% so với cùng kỳ, chủ yếu nhờ ngành chế biến, chế tạo tăng 8,3%.",
            "not_in_catalog",
            ["8,3%"],
        ),
        (
            "Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo bình quân mỗi năm giảm trên 2,5%.",
            "not_in_catalog",
            ["2,5%"],
        ),
        # goods made in the province, a part of its exports: not the turnover through its border gates
        (
            "Kim ngạch hàng hóa địa phương xuất khẩu 9 tháng năm 2024 đạt 110 triệu USD.",
            "not_in_catalog",
            ["110 triệu USD"],
        ),
        # a few districts counted in words, then named: theirs; a district named with its kind; a district
        # setting its own plan
        (
            "Năm 2022, tại hai huyện biên giới là Tràng Định, Đình Lập, tỷ lệ hộ nghèo lần lượt là 21,3% và 18,4%.",
            "other_place",
            ["21,3%", "18,4%"],
        ),
        (
            "Tại huyện biên giới Tràng Định, thu nhập bình quân năm 2023 chỉ khoảng 28 triệu đồng/người.",
            "other_place",
            ["28 triệu đồng"],
        ),
        ("Năm 2019, huyện đặt mục tiêu thu ngân sách trên 155 tỷ đồng.", "other_place", ["155 tỷ đồng"]),
        # the gap to another's figure; an item singled out of a subject
        (
            "Điểm trung vị PCI năm 2020 của cả nước là 64,96 điểm, cao hơn điểm số của Lạng Sơn gần 3 điểm.",
            "not_in_catalog",
            ["3 điểm"],
        ),
        (
            "Năm 2022, thu nội địa tăng nhờ thu tiền sử dụng đất, riêng khoản này 9 tháng đạt 1.050 tỷ đồng.",
            "not_in_catalog",
            ["1.050 tỷ đồng"],
        ),
        # a stock over a span of years stands at no date the text tells
        (
            "Giai đoạn 2021 - 2025 áp dụng chuẩn mới, tỷ lệ hộ nghèo của tỉnh dự kiến tăng lên khoảng 20%.",
            "no_period",
            ["20%"],
        ),
        # the commune's people; a clause that does not name its subject again goes on with the place before
        (
            "Năm 2020, thu nhập bình quân của người dân xã chỉ khoảng 18 triệu đồng, nay đã lên hơn 32 triệu đồng.",
            "other_place",
            ["18 triệu đồng", "32 triệu đồng"],
        ),
        # "toàn tỉnh" in a sentence opened on another province is that province; a part of a whole singled
        # out ("… là khoản thu đột biến"); "các huyện của tỉnh" is no turn back to the province
        (
            "Quảng Ninh ghi nhận kim ngạch qua Móng Cái giảm khoảng 45%, thu ngân sách từ xuất nhập khẩu toàn "
            "tỉnh chỉ đạt khoảng 6.200 tỷ đồng trong năm 2022.",
            "other_place",
            ["6.200 tỷ đồng"],
        ),
        (
            "Số thu năm 2025 có khoảng 2.900 tỷ đồng là khoản thu đột biến từ thuế nhập khẩu.",
            "not_in_catalog",
            ["2.900 tỷ đồng"],
        ),
        (
            "Thu nhập bình quân đầu người của huyện năm 2020 ước đạt 45,2 triệu đồng, cao nhất trong các huyện "
            "của tỉnh; tỷ lệ hộ nghèo giảm từ 17,3% năm 2015 xuống còn 4,86%.",
            "other_place",
            ["4,86%"],
        ),
        # an amount in another currency than the subject carried over to it: not that subject's, still held
        (
            "Năm 2023, thu từ hoạt động xuất nhập khẩu đạt 5.100 tỷ đồng. Con số này bằng 210 triệu USD.",
            "not_in_catalog",
            ["210 triệu USD"],
        ),
        # a share is no growth rate, after "cơ cấu kinh tế tỉnh giảm" too
        (
            "Năm 2024, tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế tỉnh giảm còn 20,5%.",
            None,
            [],
        ),
        # one agency's budget target and revenue ("giao cho đơn vị", "số thu của đơn vị"), not the province's
        (
            "Chỉ tiêu thu ngân sách mà Bộ Tài chính giao cho đơn vị năm 2017 là 3.900 tỷ đồng. Ông cho biết, dự "
            "kiến cả năm 2017 số thu của đơn vị đạt khoảng 4.100 tỷ đồng.",
            "not_in_catalog",
            ["3.900 tỷ đồng", "4.100 tỷ đồng"],
        ),
        # one of a listed pair's parts singled out, which the list does not say: held, never lost
        (
            "Quý I/2024, xuất khẩu và nhập khẩu lần lượt đạt 9,8 tỷ USD và 12,1 tỷ USD. Riêng tháng 3 ước đạt 8,3 "
            "tỷ USD.",
            "not_in_catalog",
            ["8,3 tỷ USD"],
        ),
        # a value a forecast's proviso supposes
        (
            "Cục Thống kê dự báo cả năm 2019 tăng trưởng đạt khoảng 7,4%, với điều kiện quý IV tăng trên 8,2%.",
            "condition",
            ["8,2%"],
        ),
        # a proportion told in coins
        (
            "Năm 2024, cứ 5 đồng thu ngân sách trên địa bàn thì có 3 đồng từ hoạt động xuất nhập khẩu.",
            "not_in_catalog",
            ["5 đồng", "3 đồng"],
        ),
        # the gate just named, and the Chinese side of the border
        (
            "Cửa khẩu Tân Thanh vẫn nhộn nhịp. Năm 2016 kim ngạch riêng qua cửa khẩu này đạt 1.420 triệu USD. Năm "
            "2016 khu vực Bằng Tường (Trung Quốc) đạt kim ngạch khoảng 16 tỷ USD.",
            "other_place",
            ["1.420 triệu USD", "16 tỷ USD"],
        ),
        # what a colon explains with goes on with its own amount, not the rate named before it
        (
            "Tăng trưởng chưa đạt mục tiêu đề ra do dịch bệnh: năm 2021 kim ngạch qua các cửa khẩu giảm mạnh, năm "
            "2022 chỉ đạt khoảng 70% năm trước.",
            "not_in_catalog",
            ["70%"],
        ),
        # a district's own party congress: its figures, the province's offices among the guests
        (
            "Khai mạc Đại hội đại biểu Đảng bộ huyện Bình Gia lần thứ XXIII\n\nDự Đại hội có đồng chí Bí thư Tỉnh "
            "ủy; lãnh đạo các sở, ban, ngành của tỉnh cùng 220 đại biểu chính thức. Tỷ lệ hộ nghèo giảm xuống còn "
            "12,8% cuối năm 2019.",
            "other_place",
            ["220 đại biểu", "12,8%"],
        ),
        # a neighbour described by ours; FDI into the country; one village; the district once named
        (
            "Năm 2024, GRDP của Quảng Ninh, tỉnh giáp Lạng Sơn ở phía Đông, tăng 7,1%. Năm 2024, tổng vốn đầu tư nước "
            "ngoài đăng ký vào Việt Nam đạt 38 tỷ USD. Riêng làng Quỳnh Sơn 6 tháng năm 2018 đón khoảng 21.000 lượt "
            "khách. Bắc Sơn là điểm đến mới. 9 tháng năm 2022, huyện đón hơn 210.000 lượt khách.",
            "other_place",
            ["7,1%", "38 tỷ USD", "21.000 lượt khách", "210.000 lượt khách"],
        ),
        # what a sector has long been, no period's figure
        (
            "Năm 2024, khu vực dịch vụ, vốn chiếm trên 50% quy mô nền kinh tế tỉnh, chỉ tăng 4,2%.",
            "no_period",
            ["50%"],
        ),
        # a component named before the index it belongs to
        (
            "Năm 2025, chỉ số Tiếp cận đất đai của PCI giảm 0,41 điểm, còn 6,02 điểm.",
            "not_in_catalog",
            ["6,02 điểm"],
        ),
        # a sector's share of households' income, not of GRDP
        (
            "Năm 2024, thu từ sản xuất nông, lâm nghiệp và thủy sản chiếm 23,5% tổng thu nhập của hộ.",
            "not_in_catalog",
            ["23,5%"],
        ),
        # a day is no span a rate grows over
        (
            "Chậm nhất ngày 15/4/2026 Sở Tài chính tham mưu điều chỉnh kịch bản, bảo đảm tăng trưởng các quý còn "
            "lại bình quân trên 10,5%.",
            "no_period",
            ["10,5%"],
        ),
        # a commune's own party congress; a PCI component named before its score; an amount added; the
        # quarters left; travel agencies' revenue
        (
            "Đại hội Đảng bộ xã Hữu Lũng lần thứ I\n\nDự đại hội có 150 đại biểu chính thức.",
            "other_place",
            ["150 đại biểu"],
        ),
        (
            "PCI năm 2023 của tỉnh đạt 65,2 điểm. Điểm trừ vẫn nằm ở Tiếp cận đất đai (6,02 điểm). Năm 2024, đề "
            "nghị tăng dự toán thu nội địa thêm khoảng 60 tỷ đồng. Năm 2017 quý II cần đạt khoảng 8,7% và các quý "
            "cuối năm phải tăng bình quân trên 9%. Năm 2022, doanh thu du lịch lữ hành đạt 17,4 tỷ đồng.",
            "not_in_catalog",
            ["6,02 điểm", "60 tỷ đồng", "17,4 tỷ đồng"],
        ),
        # a herd, a price; an average per month; what a supposition would require; the first years of a plan
        # with no span named
        (
            "Quý I/2026, đàn gia cầm giảm 2,4% so với cùng kỳ; giá vàng bình quân quý I tăng 41,6%. Ngành hải quan "
            "đặt mục tiêu quý III/2019 thu từ hoạt động xuất nhập khẩu bình quân 380 tỷ đồng mỗi tháng.",
            "not_in_catalog",
            ["2,4%", "41,6%", "380 tỷ đồng"],
        ),
        (
            "Năm 2020, GRDP ước tăng 2,5%. Giữ mục tiêu cũ thì 6 tháng cuối năm phải tăng gần 15%.",
            "condition",
            ["15%"],
        ),
        # some communes or districts, their list running on past a comma; ours likened to; another
        # province's council opening the sentence
        (
            "Năm 2017, tỷ lệ hộ nghèo ở các xã vùng cao, biên giới vẫn trên 30%. Năm 2025, Cao Bằng, tỉnh cũng "
            "giữ nguyên địa giới như Lạng Sơn, có PCI xếp thứ 31. HĐND tỉnh Cao Bằng thông qua kế hoạch với tốc "
            "độ tăng trưởng bình quân 10%/năm, GRDP bình quân đầu người năm 2030 khoảng 100 triệu đồng.",
            "other_place",
            ["30%", "xếp thứ 31", "100 triệu đồng"],
        ),
        # a clause after a semicolon naming its own amount does not take the sentence's subject
        (
            "Kim ngạch xuất nhập khẩu của các doanh nghiệp trên địa bàn tỉnh tháng 1/2023 ước đạt 27,4 triệu USD; "
            "xuất khẩu hàng hóa địa phương khoảng 9,8 triệu USD.",
            "not_in_catalog",
            ["9,8 triệu USD"],
        ),
        # places of China and FDI into the country; a per-month average before its value; a rank of GRDP
        # per head after the growth rank; a "kịch bản" of another subject
        (
            "Năm 2024, thành phố Sùng Tả đón 2 triệu lượt khách du lịch. Năm 2024, vốn FDI vào Việt Nam đạt 38 "
            "tỷ USD. Cục Hải quan cho biết số thu năm 2024 của toàn đơn vị đạt 5.000 tỷ đồng.",
            "other_place",
            ["2 triệu lượt khách", "38 tỷ USD", "5.000 tỷ đồng"],
        ),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu bình quân mỗi tháng đạt 430 triệu USD. Năm 2024, tăng trưởng "
            "GRDP đạt 7,2%, xếp thứ 20/63; GRDP bình quân đầu người xếp thứ 55/63. Kịch bản năm 2025 đặt ra đón "
            "4 triệu lượt khách, tăng 15%.",
            "not_in_catalog",
            ["430 triệu USD", "xếp thứ 55/63", "15%"],
        ),
        # a rank given to the place named after it; a ministry ranked beside the provinces; an index's pillars
        (
            "Theo kết quả PCI 2024, Hải Phòng dẫn đầu với 74,84 điểm; xếp vị trí thứ 2 là Quảng Ninh, xếp thứ 3 là "
            "Long An. Xếp thứ hai sau Hải Phòng là Bắc Giang với tốc độ tăng trưởng GRDP bình quân "
            "12,1%/năm. Vị trí thứ 3 trong bảng xếp hạng DTI "
            "thuộc về TP. Huế. Về PAR Index, Bộ Tư pháp xếp thứ 1, Bộ Tài chính vươn lên vị trí thứ 2.",
            "other_place",
            ["74,84 điểm", "thứ 2", "thứ 3", "thứ hai", "12,1%", "thứ 1"],
        ),
        (
            "Trong DTI năm 2023, chính quyền số ở vị trí thứ 12, kinh tế số ở vị trí thứ 13.",
            "not_in_catalog",
            ["thứ 12", "thứ 13"],
        ),
        # headlines of a page's links to other articles: another article's figures, whatever they name
        (
            "Thu hút FDI năm 2023\n\nTin liên quan\n» Cả nước thu hút gần 29 tỷ USD vốn FDI trong 11 tháng 2023\n"
            "Ngành chế biến thu hút 23 tỷ USD vốn FDI\n\nNăm 2023, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt "
            "5,2 tỷ USD.\n\nTin cùng chuyên mục\n\nNăm 2023, chỉ số sản xuất công nghiệp tăng 9,2%",
            "linked_article",
            ["29 tỷ USD", "23 tỷ USD", "9,2%"],
        ),
        # the other regions; a province or a region opening a clause with a subject's verb and its GRDP after;
        # the nation's visitors and takings; a city written "TP HCM"; a contribution to growth
        (
            "Năm 2023, vùng Đông Nam Bộ có quy mô lớn nhất, tốc độ tăng GRDP ước đạt 6,8%. Năm 2023, tỉnh Cao Bằng "
            "có quy mô nhỏ, tốc độ tăng GRDP ước đạt 4,1%. Năm 2023 Việt Nam ước đón 12,6 triệu lượt khách quốc tế, "
            "tổng thu du lịch đạt 678.000 tỷ đồng. TP HCM là địa phương đông khách nhất, với 38 triệu lượt khách.",
            "other_place",
            ["6,8%", "4,1%", "678.000 tỷ đồng", "38 triệu lượt khách"],
        ),
        (  # the place a ranking's first place is given to, its figures in the segments after
            "Năm 2023, dẫn đầu cả nước về thu hút FDI là TP.HCM với 1.310 dự án, có tổng vốn đăng ký 6,2 tỷ USD.",
            "other_place",
            ["6,2 tỷ USD"],
        ),
        (
            "Năm 2023, GRDP của tỉnh tăng 5,2%, đóng góp 0,9% vào tăng trưởng chung của vùng; khu vực dịch vụ đóng "
            "góp 2,4 điểm phần trăm vào mức tăng của tỉnh.",
            "not_in_catalog",
            ["0,9%", "2,4 điểm phần trăm"],
        ),
        # a text that never names ours: the province or region a paragraph's sentence opened on goes on in the
        # next; a report on another province's product, named in its opening, is that province's throughout
        (
            "Tăng trưởng các vùng năm 2023\n\nVùng Đồng bằng sông Hồng tiếp tục giữ vai trò đầu tàu. Tốc độ tăng "
            "GRDP năm 2023 ước đạt 8,1%.",
            "other_place",
            ["8,1%"],
        ),
        (  # a gate's customs office named by the gate alone, then "đơn vị" clearing goods a paragraph later
            "Hải quan cửa khẩu đầu năm\n\nĐại diện Hải quan Hữu Nghị cho biết, đơn vị bố trí cán bộ trực Tết.\n\n"
            "Ngày 2/1/2025, đơn vị đã làm thủ tục cho 300 xe hàng xuất khẩu, kim ngạch xuất khẩu đạt 12 triệu USD.",
            "other_place",
            ["12 triệu USD"],
        ),
        (  # a gate's office as the subject, the province after it only as where it stands
            "Hải quan\n\nNgày 5/2/2025, Hải quan cửa khẩu Cốc Nam, Lạng Sơn đã làm thủ tục cho 80 xe hàng, kim ngạch "
            "đạt 2,5 triệu USD.",
            "other_place",
            ["2,5 triệu USD"],
        ),
        (  # … the province named only as where the gate stands
            "Hải quan cửa khẩu đầu năm\n\nĐại diện Hải quan Chi Ma cho biết, đơn vị bố trí cán bộ trực Tết.\n\nNgày "
            "3/1/2025, đơn vị đã làm thủ tục cho 120 xe hàng xuất khẩu qua cửa khẩu Chi Ma, Lạng Sơn, kim ngạch xuất "
            "khẩu đạt 2 triệu USD.",
            "other_place",
            ["2 triệu USD"],
        ),
        (  # an excerpt set in a district by its opening headings, the province only the whole of its share
            "Mục tiêu phát triển\n3.2 Định hướng phát triển du lịch trên địa bàn huyện Bình Gia\nPhấn đấu năm 2025 "
            "đón khoảng 30.000 lượt khách. Lượng khách quốc tế chiếm khoảng 2% lượng khách quốc tế đến Lạng Sơn.",
            "other_place",
            ["30.000 lượt khách"],
        ),
        (  # "Tỉnh này" opening a new paragraph of a text never naming ours: the province named before
            "Quý I/2024\n\nThái Nguyên dẫn đầu vùng về tăng trưởng.\n\nTỉnh này có chỉ số sản xuất công nghiệp quý "
            "I/2024 tăng 12%.",
            "other_place",
            ["12%"],
        ),
        (  # enterprises by their field, the fields after the first listed bare: no shares of the economy
            "Doanh nghiệp\n\nĐến hết tháng 6/2023, toàn tỉnh có 3.450 doanh nghiệp. Trong đó, các doanh nghiệp hoạt "
            "động trong lĩnh vực dịch vụ chiếm 62%; công nghiệp – xây dựng 20%; nông, lâm nghiệp 9%.",
            "not_in_catalog",
            ["62%", "20%", "9%"],
        ),
        (  # … and a new paragraph opening on "Địa phương" after it speaks of it, for its next sentence too
            "Quý I/2024: những tỉnh tăng trưởng nhanh\n\nThái Nguyên là địa phương dẫn đầu vùng. Động lực chính là "
            "công nghiệp.\nĐịa phương này có tốc độ tăng giá trị tăng thêm ngành xây dựng 15,3%. Chỉ số sản xuất "
            "công nghiệp quý I/2024 tăng 21,4%.",
            "other_place",
            ["21,4%"],
        ),
        (
            "Báo cáo tình hình kinh tế - xã hội năm 2023\n1. Tăng trưởng\nTổng sản phẩm trên địa bàn (GRDP) tỉnh "
            "Hà Giang năm 2023 ước tăng 5,9%.\nQuy mô GRDP năm 2023 theo giá hiện hành ước đạt 21.500 tỷ đồng.",
            "other_place",
            ["5,9%", "21.500 tỷ đồng"],
        ),
        # the year of the estimate a value is compared with is no period of the value, nor the lead's
        (
            "Xuất nhập khẩu qua địa bàn\n\nKim ngạch nhập khẩu hàng hóa 420 triệu USD, giảm 5,1% so với ước thực "
            "hiện năm 2018.",
            "no_period",
            ["420 triệu USD"],
        ),
        # a district's title opening on its bare name and what it does, or its sector's name; a sentence saying
        # "của huyện" in a paragraph that named the province as a partner; the nation after "Đối với" or "của"
        (
            "Văn Quan thực hiện đạt và vượt 12 chỉ tiêu kinh tế - xã hội\n\nNăm 2019, tốc độ tăng trưởng kinh tế "
            "ước đạt 9,2%.",
            "other_place",
            ["9,2%"],
        ),
        (
            "Du lịch Bình Gia: Tiềm năng và cơ hội\n\nNăm 2023, toàn huyện đón 42.000 lượt khách.",
            "other_place",
            ["42.000 lượt khách"],
        ),
        (
            "Tràng Định trên chặng đường phát triển\n\nQuan hệ giữa tỉnh Lạng Sơn và Quảng Tây được mở rộng. Nhiệm kỳ "
            "2015 - 2020, kinh tế của huyện tiếp tục ổn định, tỷ trọng dịch vụ chiếm 48,2% trong cơ cấu kinh tế.",
            "other_place",
            ["48,2%"],
        ),
        (
            "Đối với Việt Nam, tăng trưởng năm 2023 dự kiến ở mức 5,8%. Năm 2023, tăng trưởng kinh tế của Việt Nam "
            "đạt 5,05%.",
            "other_place",
            ["5,8%", "5,05%"],
        ),
        # a province by the name the press calls it ("đất Tây Đô": Cần Thơ), the title's subject
        (
            "Xây dựng mảnh đất Tây Đô văn minh, hiện đại\n\nNăm 2023, GRDP bình quân đầu người đạt 95,4 triệu đồng.",
            "other_place",
            ["95,4 triệu đồng"],
        ),
        # a sector's gross output growing is no growth of the economy (the province's own, compared with, is)
        (
            "Giai đoạn 2016 - 2020, giá trị sản xuất nông, lâm nghiệp tăng trưởng bình quân hàng năm là 3,4%.",
            "not_in_catalog",
            ["3,4%"],
        ),
        # a field's points and rank under an index's title; points and a rank after a sentence naming two indices
        (
            "Chỉ số cải cách hành chính năm 2023: Lạng Sơn xếp thứ 20/63\n\nVề cải cách chế độ công vụ, tỉnh đạt 8,35 "
            "điểm, xếp thứ 11/63 tỉnh, thành phố.",
            "not_in_catalog",
            ["8,35 điểm", "xếp thứ 11/63"],
        ),
        (
            "Chỉ số PAR Index 2023: Lạng Sơn xếp thứ 20/63\n\nCùng với PAR Index, Bộ Nội vụ công bố Chỉ số SIPAS 2023. "
            "Theo đó, Lạng Sơn đạt 82,54 điểm, xếp thứ 25/63.",
            "not_in_catalog",
            ["82,54 điểm", "xếp thứ 25/63"],
        ),
        # links under "Các tin khác"; another province's section naming ours only as what it is set against; a
        # district's title on its growth
        (
            "Thu ngân sách 9 tháng\n\nNăm 2024, tỉnh thu ngân sách 7.805 tỷ đồng.\n\nCác tin khác\nThu hút FDI 9 tháng "
            "đạt 24,8 tỷ USD, cao nhất 5 năm",
            "linked_article",
            ["24,8 tỷ USD"],
        ),
        (
            "Tăng trưởng vùng 2023\n\nBắc Giang dẫn đầu vùng\n\nNăm 2023, tốc độ tăng trưởng GRDP của Bắc Giang đạt "
            "13,5%, gấp gần hai lần Lạng Sơn.\nThu ngân sách nhà nước năm 2023 đạt 21.000 tỷ đồng.",
            "other_place",
            ["13,5%", "21.000 tỷ đồng"],
        ),
        (
            "Đình Lập tăng trưởng ấn tượng trong năm 2023\n\nNăm 2023, tổng thu ngân sách trên địa bàn đạt 150 tỷ đồng.",
            "other_place",
            ["150 tỷ đồng"],
        ),
        # a number of provinces above a threshold; a text opening on another province's border gate, never
        # naming ours
        (
            "Năm 2023, có 9 địa phương ghi nhận tăng trưởng GRDP trên 10%.",
            "other_place",
            ["10%"],
        ),
        (
            "Thông quan đầu năm tại Bắc Phong Sinh\n\nTheo thống kê của Hải quan cửa khẩu Bắc Phong Sinh, tổng kim "
            "ngạch xuất nhập khẩu tháng 1/2024 đạt hơn 3,3 triệu USD. Kim ngạch chính ngạch tháng 1/2024 đạt 2,8 "
            "triệu USD.",
            "other_place",
            ["3,3 triệu USD", "2,8 triệu USD"],
        ),
        # a part's points out of its own most; a PAR field's points, no result beside the index's rank
        (
            "Chỉ số PAR Index năm 2023 của tỉnh\n\nLạng Sơn đạt 86,1%, xếp thứ 20/63. Phần điều tra xã hội học, tỉnh "
            "đạt 30,2/33,5 điểm; lĩnh vực cải cách thể chế đạt 11 điểm.",
            "not_in_catalog",
            ["30,2/33,5 điểm", "11 điểm"],
        ),
    ],
)
def test_the_number_a_rule_holds_is_held_and_never_published(text, reason, held_texts):
    reading = read_figures(text, load_catalog(), MODEL_DOC)
    published = [m.value_text for m in reading.mentions]
    if reason is None:  # (the control: the share is published, neither dropped nor held)
        assert [m.value for m in reading.mentions] == [pytest.approx(20.5)]
        return
    held = [h.value_text for h in reading.held if h.reason == reason]
    for written in held_texts:
        assert any(written in h for h in held), reading.held
        assert not any(written in p for p in published), reading.mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a term in the title is no period of a count: the count stands on the day the report names
            "Khai mạc Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030\n\nSáng 25/9, Đại hội khai mạc "
            "với 398 đại biểu chính thức, thay mặt hơn 71.000 đảng viên.",
            [
                ("congress_delegates", 398, "25/09/2025", "actual", None, "stock"),
                ("party_members", 71000, "25/09/2025", "actual", "over", "stock"),
            ],
        ),
        (  # the days the congress sat, named in the paragraph before: its first day; "N/M" counts N
            "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030\n\nĐại hội diễn ra từ ngày 24/9 đến ngày 26/9/2025.\n\n"
            "Đại hội có mặt 398/398 đại biểu được triệu tập, gồm 39 đại biểu đương nhiên và 359 đại biểu được bầu.",
            [("congress_delegates", 398, "24/09/2025", "actual", None, "stock")],
        ),
        (  # "hiện" says now: the date line's day
            "Nông thôn mới\n20/07/2023 17:45\n\nHiện toàn tỉnh có 93 xã đạt chuẩn nông thôn mới.",
            [("new_rural_communes", 93, "20/07/2023", "actual", None, "stock")],
        ),
    ],
)
def test_a_count_stands_on_the_day_reported(text, expected):
    got = model(text, date(2023, 7, 20) if "Hiện" in text else date(2025, 9, 30))
    assert [(i, pytest.approx(v), p, s, b, a) for i, v, p, s, b, a in expected] == got


@pytest.mark.parametrize(
    "text",
    [
        # with no word of now and no day, a count's period is not told: held, not dated by the date line
        "Toàn tỉnh có 84 xã đạt chuẩn nông thôn mới.",
        # a council's vote is not the congress's delegates
        "Tại phiên bế mạc, Nghị quyết được thông qua với 56/56 đại biểu có mặt tán thành.",
        # a future term's heading over a count with a word of plan is the plan's, not today's
        "Nhiệm kỳ 2025 - 2030\n\nPhấn đấu có thêm 40 xã đạt chuẩn nông thôn mới.",
    ],
)
def test_a_count_without_its_day_is_not_dated_by_guess(text):
    published = [(m.indicator_id, m.period.label) for m in extract_figures(text, load_catalog(), MODEL_DOC)]
    assert all(not label.endswith("/2024") or "/" not in label[:3] for _, label in published), published
    assert not any(
        i in ("congress_delegates", "new_rural_communes") and "/10/" in lbl for i, lbl in published
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a year list with no subject named: the paragraph's index
            "Năm 2024, DTI của tỉnh xếp thứ 9/34. Ba năm trước đó, 2020, 2021 và 2022, tỉnh lần lượt đứng thứ "
            "16, 5 và 6 cả nước.",
            [
                ("digital_transformation_rank", 9, "2024"),
                ("digital_transformation_rank", 16, "2020"),
                ("digital_transformation_rank", 5, "2021"),
                ("digital_transformation_rank", 6, "2022"),
            ],
        ),
        (  # "từng" with the year before it is dated
            "Năm 2024, DTI của tỉnh xếp thứ 9/34. Năm 2023, tỉnh từng xếp thứ 4/63.",
            [("digital_transformation_rank", 9, "2024"), ("digital_transformation_rank", 4, "2023")],
        ),
        (  # the day an index was released is not the period of its score
            "Chỉ số PAPI năm 2023 công bố ngày 2/4 cho thấy Lạng Sơn đạt 43,61 điểm.",
            [("papi_score", 43.61, "2023")],
        ),
        (  # a numbered item is no range
            "Năm 2017 có 287 doanh nghiệp thành lập mới.\n7 - 287 doanh nghiệp thành lập mới",
            [("new_enterprises", 287, "2017")],
        ),
        (  # "từ đầu nhiệm kỳ đến nay" with no years: since the autumn congress of the term's opening year
            "Từ đầu nhiệm kỳ đến nay, toàn tỉnh có thêm 1.180 doanh nghiệp thành lập mới.",
            [("new_enterprises", 1180, "10/2020–05/10/2024")],
        ),
        (  # "Cùng thời gian": the span the sentence before reported on
            "Từ đầu nhiệm kỳ, toàn Đảng bộ kết nạp được 5.420 đảng viên mới. Cùng thời gian, các cơ quan chức "
            "năng đã khởi tố 27 vụ án tham nhũng với 74 bị can.",
            [
                ("corruption_cases", 27, "10/2020–05/10/2024"),
                ("corruption_defendants", 74, "10/2020–05/10/2024"),
            ],
        ),
        (  # a sentence of nothing but a period and a verb goes on with the amount before it
            "Tổng mức bán lẻ hàng hóa tháng 7/2024 ước đạt 2.512,6 tỷ đồng. Lũy kế 7 tháng ước đạt 17.208,3 tỷ "
            "đồng, tăng 17,05% so với cùng kỳ.",
            [("retail_sales", 2512.6, "07/2024"), ("retail_sales", 17208.3, "01–07/2024")],
        ),
        (  # … but not when it names a subject of its own the catalog does not hold
            "Tổng mức bán lẻ hàng hóa tháng 7/2024 ước đạt 2.512,6 tỷ đồng. Lũy kế 7 tháng, doanh thu vận tải "
            "ước đạt 1.208,3 tỷ đồng.",
            [("retail_sales", 2512.6, "07/2024")],
        ),
        (  # "cả giai đoạn": the years the sentence before named
            "Trong giai đoạn 2016 - 2020, GRDP tăng bình quân 6,3%/năm; năm 2020 tăng 2,5%. Tổng vốn đầu tư phát "
            "triển toàn xã hội cả giai đoạn đạt 72.000 tỷ đồng.",
            [
                ("grdp_growth", 6.3, "2016–2020"),
                ("grdp_growth", 2.5, "2020"),
                ("total_investment", 72000, "2016–2020"),
            ],
        ),
        (  # "nhích thêm 4,1 triệu đồng" is a change, not the level
            "Năm 2023, GRDP bình quân đầu người ước đạt 59,8 triệu đồng, nhích thêm 4,1 triệu đồng so với năm 2022.",
            [("grdp_per_capita", 59.8, "2023")],
        ),
        (  # an index scored in per cent, named well before its verb, and its rank after the score
            "Chỉ số cải cách hành chính (PAR Index) năm 2022 của tỉnh Lạng Sơn đạt 84,35%, xếp thứ 42/63 tỉnh, "
            "thành phố.",
            [("par_index_score", 84.35, "2022"), ("par_index_rank", 42, "2022")],
        ),
        (  # an index written as a fraction of one, with no unit; the nation's and the average are not ours
            "Năm 2024, DTI của tỉnh Lạng Sơn đạt 0,7012, xếp thứ 9/34. Ở cấp quốc gia, DTI năm 2024 đạt 0,7955; "
            "giá trị DTI trung bình cấp tỉnh đạt 0,6961.",
            [("dti_score", 0.7012, "2024"), ("digital_transformation_rank", 9, "2024")],
        ),
        (  # a list of amounts said of places named before it; a part opening its own sentence
            "Năm 2020, thu ngân sách nhà nước trên địa bàn tỉnh phấn đấu đạt 8.500 tỷ đồng. Huyện Cao Lộc và thành "
            "phố Lạng Sơn phấn đấu thu lần lượt đạt 1.900 tỷ đồng và 1.080 tỷ đồng.",
            [("budget_revenue", 8500, "2020")],
        ),
        (  # "Trong đó" opening a sentence: a part of the whole the sentence before gave
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 2 tháng năm 2024 đạt 5.120 tỷ đồng. Trong đó, "
            "doanh thu bán lẻ hàng hóa đạt 3.236,8 tỷ đồng.",
            [("retail_sales", 5120, "01–02/2024")],
        ),
        (  # a part in a sentence of its own, over the one period the sentence before gave
            "Tổng thu ngân sách nhà nước trên địa bàn 9 tháng năm 2024 đạt 6.845 tỷ đồng. Trong đó, thu từ hoạt "
            "động xuất nhập khẩu đạt 4.310 tỷ đồng.",
            [("budget_revenue", 6845, "01–09/2024"), ("budget_revenue_trade", 4310, "01–09/2024")],
        ),
        (  # a bare continuation carries an amount over, but "thu" names another subject than spending
            "Tổng chi ngân sách địa phương 9 tháng năm 2024 ước đạt 8.000 tỷ đồng. Lũy kế 9 tháng thu 5.000 tỷ "
            "đồng.",
            [("budget_expenditure", 8000, "01–09/2024")],
        ),
        (  # what is needed, of no period of its own still to come, is held, not a target
            "Thu ngân sách 9 tháng năm 2024 đạt 5.000 tỷ đồng. Để hoàn thành dự toán, thu ngân sách cần đạt 7.000 "
            "tỷ đồng.",
            [("budget_revenue", 5000, "01–09/2024")],
        ),
        (  # a day named under another heading is another event's: the congress's counts take the date line's
            "Ngày 12/3/2024, Ban Chấp hành họp phiên thường kỳ.\n\nI. ĐẠI HỘI NHIỆM KỲ 2025 - 2030\n\n"
            "Đại hội có 350 đại biểu chính thức tham dự.",
            [("congress_delegates", 350, "05/10/2024")],
        ),
        (  # a sentence opening on the nation: all its clauses are the nation's; a rank's "cả nước" is the ranking
            "Bình quân cả nước, thu nhập đầu người năm 2023 đạt 4,9 triệu đồng/người/tháng; tỷ lệ hộ nghèo còn "
            "2,93%. Trên bảng xếp hạng cả nước, năm 2023 tỉnh Lạng Sơn xếp thứ 30/63 về tăng trưởng GRDP.",
            [("grdp_growth_rank", 30, "2023")],
        ),
        (  # the average of the provinces; a district that leads the province
            "Giá trị trung bình PAR Index 2023 của các tỉnh, thành phố đạt 85,64%. Năm 2023, thành phố Lạng Sơn "
            "dẫn đầu toàn tỉnh về thu ngân sách với khoảng 1.210 tỷ đồng.",
            [],
        ),
        (  # the nation's target, named after the value
            "Để đạt mục tiêu tăng trưởng 8% trở lên của cả nước năm 2024, quý IV GDP cần tăng khoảng 8,5%.",
            [],
        ),
        (  # "từ trước đến nay" is ever, not a running total; a share at a year's end is the year's
            "Năm 2023, tổng kim ngạch xuất nhập khẩu qua địa bàn đạt 5,2 tỷ USD, mức cao nhất từ trước đến nay. "
            "Đến cuối năm 2024, khu vực dịch vụ chiếm khoảng 48,5% GRDP.",
            [("trade_turnover", 5.2, "2023"), ("grdp_share_services", 48.5, "2024")],
        ),
        (  # "ở lần đánh giá trước": the index's previous edition, the value's own period
            "Năm 2024, sau khi rơi xuống vị trí 62/63 ở lần đánh giá trước, PGI của Lạng Sơn đạt 24,12 điểm, "
            "vươn lên thứ 36.",
            [("pgi_rank", 62, "2023"), ("pgi_score", 24.12, "2024"), ("pgi_rank", 36, "2024")],
        ),
        (  # a list ends at its last value with a unit; the next clause's number is not an item
            "Tốc độ tăng GRDP năm 2021 và năm 2022 lần lượt đạt 3,01% và 7,22%; 6 tháng đầu năm 2023 ước tăng 3,56%.",
            [("grdp_growth", 3.01, "2021"), ("grdp_growth", 7.22, "2022"), ("grdp_growth", 3.56, "H1/2023")],
        ),
        (  # parts after "trong đó" are over the whole's running period
            "Kim ngạch xuất nhập khẩu tính đến hết tháng 8/2024 đạt 58.920,6 triệu USD; trong đó xuất khẩu "
            "23.681,2 triệu USD.",
            [("trade_turnover", 58.9206, "01–08/2024"), ("export_turnover", 23.6812, "01–08/2024")],
        ),
    ],
)
def test_lists_days_and_parts(text, expected):
    got = [
        (m.indicator_id, m.value, m.period.label) for m in extract_figures(text, load_catalog(), MODEL_DOC)
    ]
    assert [(i, pytest.approx(v), p) for i, v, p in expected] == got


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 7 - 7,5%.",
        "Năm 2024, tỉnh phấn đấu tăng trưởng từ 10% đến 12%.",
        "Năm 2025, thu ngân sách phấn đấu đạt 10.000 - 12.000 tỷ đồng.",
    ],
)
def test_a_range_is_held_never_one_end_published(text):
    reading = read_figures(text, load_catalog(), MODEL_DOC)
    assert reading.mentions == []
    assert {h.reason for h in reading.held} == {"range"}


def test_english_digit_grouping_is_read_per_document():
    text = "Năm 2024, thu ngân sách đạt 10,350 tỷ đồng. Tăng trưởng kinh tế năm 2024 đạt 6.01%."
    assert [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), MODEL_DOC)] == [
        ("budget_revenue", 10350),
        ("grdp_growth", 6.01),
    ]


def test_a_heading_gives_its_period_but_a_date_line_does_not():
    text = (
        "Báo cáo kinh tế - xã hội\nThứ Hai, 07/10/2024 - 09:30\n\n"
        "1. Tăng trưởng kinh tế 9 tháng năm 2024\n\nTổng sản phẩm trên địa bàn ước tăng 6,1% so với cùng kỳ."
    )
    [m] = extract_figures(text, load_catalog(), MODEL_DOC)
    assert (m.value, m.period.label, m.period_source) == (6.1, "01–09/2024", "heading")


def test_a_title_naming_a_year_and_its_parts_sets_the_year():
    text = (
        "Tình hình kinh tế - xã hội tháng 12, quý IV và năm 2021\n\n"
        "Quy mô GRDP theo giá hiện hành ước đạt 40.128 tỷ đồng.\n\n"
        "GRDP quý IV ước tăng 4,2% so với cùng kỳ."
    )
    got = [
        (m.indicator_id, m.value, m.period.label, m.period_source)
        for m in read_figures(text, load_catalog(), DOC).mentions
    ]
    assert got == [("grdp", 40128, "2021", "title"), ("grdp_growth", 4.2, "Q4/2021", "clause")]


@pytest.mark.parametrize(
    ("text", "not_published", "reason"),
    [
        # A component of an index, a shortfall, additions to a stock, an amount's own change.
        (
            "Trong các nội dung của PAPI năm 2023, nội dung quản trị điện tử của tỉnh đạt 4,5 điểm.",
            "papi_score",
            "not_in_catalog",
        ),
        (
            "Năm 2023, thu từ hoạt động xuất nhập khẩu hụt khoảng 900 tỷ đồng so với dự toán.",
            "budget_revenue_trade",
            None,
        ),
        ("Năm 2024, tỉnh dự kiến có thêm 8 xã đạt chuẩn nông thôn mới.", "new_rural_communes", None),
        ("Năm 2023, hàng hóa địa phương xuất khẩu đạt 150 triệu USD, tăng 8,5%.", "grdp_growth", None),
        # Another scope, another place, a stock of projects, a rank of an uncatalogued value, another index.
        (
            "Năm 2023, kim ngạch xuất nhập khẩu làm thủ tục tại Cục Hải quan tỉnh đạt 4.800 triệu USD.",
            "trade_turnover",
            "not_in_catalog",
        ),
        ("Riêng phường Tam Thanh thu ngân sách năm 2023 được 95 tỷ đồng.", "budget_revenue", "other_place"),
        (
            "Lũy kế đến hết năm 2023, có 60 dự án FDI còn hiệu lực với tổng vốn đăng ký 480 triệu USD.",
            "fdi_registered",
            "not_in_catalog",
        ),
        (
            "Năm 2023, tỷ trọng kinh tế số trong GRDP của tỉnh đạt 12%, đứng thứ 14/63.",
            "grdp_growth_rank",
            "not_in_catalog",
        ),
        (
            "Chỉ số DTI năm 2023\nNăm 2019, trong bảng xếp hạng chỉ số ICT Index, tỉnh ở vị trí 30/63.",
            "digital_transformation_rank",
            None,
        ),
        (
            "Trong 9 tháng năm 2024, riêng cửa khẩu Tân Thanh có 40.000 lượt xe hàng xuất khẩu, kim ngạch xuất khẩu "
            "đạt 1.100 triệu USD.",
            "export_turnover",
            "other_place",
        ),
        (
            "Năm 2023, Hà Giang, Lạng Sơn và Cao Bằng có tốc độ tăng GRDP lần lượt là 5,3%, 6,3% và 4,8%.",
            None,
            "other_place",
        ),
        # A variant of an index, one tourist site or festival, what must be reached to meet a target.
        ("Chỉ số PCI gốc năm 2024 của tỉnh đạt 68,2 điểm.", "pci_score", None),
        ("Năm 2023, khu du lịch Mẫu Sơn đón trên 150 nghìn lượt khách.", "tourists", "other_place"),
        # some communes, a city's figure after a sentence break in its name, the provinces' average, a part
        # of spending, two stages of the proceedings, and an enterprise's capital after a tourism figure
        ("Năm 2025, tỷ lệ hộ nghèo ở một số xã biên giới còn trên 15%.", "poverty_rate", "other_place"),
        (
            "Năm 2021, Hồ Chí Minh đứng thứ 3 về chỉ số chuyển đổi số (DTI).",
            "digital_transformation_rank",
            None,
        ),
        ("Năm 2021, giá trị trung bình DTI cấp tỉnh là 0,4014.", "dti_score", None),
        (
            "Năm 2016, chi ngân sách địa phương đạt 9.640 tỷ đồng; chi đầu tư phát triển 2.106 tỷ đồng.",
            None,
            None,
        ),
        (
            "Năm 2021, khởi tố mới 5 vụ, 12 bị can về tham nhũng; xét xử sơ thẩm 4 vụ, 9 bị cáo.",
            "corruption_defendants",
            None,
        ),
        (
            "6 tháng đầu năm 2023, doanh thu du lịch ước đạt 870 tỷ đồng; có 196 doanh nghiệp thành lập mới với "
            "tổng vốn đăng ký 1.350 tỷ đồng.",
            None,
            None,
        ),
        # a fall the plan asks of the rate, an addition to a stock, a bilateral trade after the nation's, and a
        # yearly amount over a span the clause does not name
        ("Năm 2016, kế hoạch đề ra giảm tỷ lệ hộ nghèo 3% trở lên.", "poverty_rate", "not_in_catalog"),
        ("Đến năm 2025 có thêm ít nhất 50 xã đạt chuẩn nông thôn mới.", "new_rural_communes", None),
        (
            "Năm 2017, tổng kim ngạch xuất nhập khẩu của cả nước đạt 425,12 tỷ USD; kim ngạch thương mại Việt Nam "
            "- Trung Quốc đạt 93,69 tỷ USD.",
            "trade_turnover",
            None,
        ),
        (
            "Năm 2024, thu ngân sách đạt 11.200 tỷ đồng. Không tính thu từ hoạt động xuất nhập khẩu, nguồn thu "
            "nội địa của Lạng Sơn chỉ khoảng 4.000 tỷ đồng/năm.",
            "budget_revenue_domestic",
            "no_period",
        ),
        # a fall of at least 3 points is no rate; the rural area of the whole province is still the rural area
        ("Năm 2023, tỷ lệ hộ nghèo giảm từ 3% trở lên.", None, "not_in_catalog"),
        (
            "Năm 2021, thu nhập bình quân đầu người tại các xã đạt chuẩn ước khoảng 38 triệu đồng, cao hơn mức chung "
            "của khu vực nông thôn toàn tỉnh (khoảng 30 triệu đồng).",
            "income_per_capita",
            "other_place",
        ),
        # the near-poor's share; a rate after an amount's subject named in its own clause
        (
            "Cuối năm 2023 toàn tỉnh có 23.536 hộ nghèo, chiếm 12,2%, và 23.210 hộ cận nghèo, chiếm 12,06%.",
            None,
            "not_in_catalog",
        ),
        (
            "Năm 2024, tỉnh phấn đấu tăng trưởng kinh tế đạt 8% trở lên; kim ngạch xuất nhập khẩu tăng khoảng 5%.",
            None,
            "not_in_catalog",
        ),
        # a list of districts runs on past its comma
        (
            "Năm 2018, tỷ lệ hộ nghèo ở các huyện Bình Gia, Đình Lập còn trên 20%.",
            "poverty_rate",
            "other_place",
        ),
        # members inspected, or admitted, are not the membership
        (
            "Năm 2021, đã kiểm tra 48 tổ chức đảng và 112 đảng viên khi có dấu hiệu vi phạm.",
            "party_members",
            None,
        ),
        ("Năm 2021, toàn Đảng bộ có 1.026 đảng viên mới.", "party_members", None),
        ("Năm 2023, lễ hội chùa Tam Thanh thu hút trên 300 nghìn lượt khách dịp đầu xuân.", "tourists", None),
        (  # a rate required of remaining quarters: no calendar period
            "Năm 2024, để hoàn thành mục tiêu tăng trưởng, các quý còn lại GRDP của tỉnh bình quân cần tăng khoảng 8%.",
            "grdp_growth",
            "no_period",
        ),
        # A meeting's name and a poverty standard's years are no periods.
        ("Họp báo thường kỳ quý IV/2023\nTốc độ tăng GRDP ước đạt 6,5%.", "grdp_growth", "no_period"),
        # The consumer price index, growth against the month before.
        ("Năm 2023, chỉ số giá tiêu dùng bình quân tăng 3,5% so với năm 2022.", "grdp_growth", None),
        (
            "Chỉ số sản xuất công nghiệp tháng 5/2024 tăng 3,2% so với tháng 4.",
            "iip_growth",
            "not_in_catalog",
        ),
        # a district written without its name once named: its subject, its share, its plan
        (
            "Năm 2023, huyện Văn Lãng thu ngân sách 95 tỷ đồng. Đến nay, huyện đã có 5 xã đạt chuẩn nông thôn mới.",
            "new_rural_communes",
            "other_place",
        ),
        (
            "Năm 2023, khu vực dịch vụ chiếm khoảng 30% cơ cấu kinh tế của huyện.",
            "grdp_share_services",
            "other_place",
        ),
        (
            "Giai đoạn 2021 - 2025, huyện phấn đấu tăng trưởng giá trị sản xuất bình quân 11%/năm, thu nhập bình "
            "quân đầu người đến năm 2025 đạt 45 triệu đồng.",
            "income_per_capita",
            "other_place",
        ),
        # a customs region covers several provinces
        (
            "Năm 2025, kim ngạch xuất nhập khẩu qua Hải quan khu vực VII đạt 3 tỷ USD.",
            "trade_turnover",
            "other_place",
        ),
        # the start of a span is a day the text does not give
        (
            "Đến nay tỷ lệ hộ nghèo đã giảm mạnh so với đầu giai đoạn 2021 - 2025, khi tỷ lệ này ở mức trên 25%.",
            "poverty_rate",
            "no_period",
        ),
        ("Tỷ lệ hộ nghèo đầu nhiệm kỳ 2015 - 2020 là 25%.", "poverty_rate", "no_period"),
        # the best and the worst province, and the top of the scale
        (
            "Năm 2019, địa phương có tổng điểm PAPI cao nhất đạt 45 điểm, thấp nhất 38 điểm, còn xa mức tối đa 80 điểm.",
            "papi_score",
            "other_place",
        ),
        # a province that is the subject of a copula carries over its clause
        (
            "Cao Bằng là địa phương có mức giảm nghèo nhanh trong vùng năm 2019, tỷ lệ hộ nghèo cuối năm còn 25%.",
            "poverty_rate",
            "other_place",
        ),
        # a ward named in two words, and a scenic site, are not the province
        (
            "Quý I/2024, các danh thắng ở phường Hoàng Văn Thụ, Tam Thanh đón khoảng 11 nghìn lượt khách.",
            "tourists",
            "other_place",
        ),
        # the sentence's subject belongs to a district: its later clauses too
        (
            "Thu ngân sách của huyện năm 2023 đạt khoảng 90 tỷ đồng và tăng khá so với năm trước, thu nhập bình "
            "quân đầu người năm 2023 đạt 45 triệu đồng.",
            "income_per_capita",
            "other_place",
        ),
        # a province qualifying the subject of a result carries over the clauses after it
        (
            "Năm 2019, tốc độ tăng trưởng kinh tế của Cao Bằng đạt 6,8%, thu ngân sách 3.000 tỷ đồng.",
            "budget_revenue",
            "other_place",
        ),
        # a commune, once named, written as "xã"; "toàn xã hội" is society, no commune
        (
            "Bắc Xa là xã biên giới. Năm 2018, xã đã đạt 19/19 tiêu chí; thu nhập bình quân đầu người của xã đạt "
            "38 triệu đồng, tỷ lệ hộ nghèo còn 25%.",
            "poverty_rate",
            "other_place",
        ),
        # a value a condition supposes
        (
            "Tại hội nghị có đại biểu băn khoăn: nếu tăng trưởng kinh tế năm 2024 chỉ đạt khoảng 5% thì khó hoàn "
            "thành mục tiêu cả nhiệm kỳ.",
            "grdp_growth",
            "condition",
        ),
        # one product's trade is no turnover of the province
        (
            "Năm 2023, xuất khẩu rau quả sang Trung Quốc riêng tháng 9 đạt 550 triệu USD.",
            "export_turnover",
            "not_in_catalog",
        ),
        # a district that "vẫn là" the subject carries over its clause
        (
            "Năm 2019, huyện Văn Quan vẫn là địa phương có tỷ lệ hộ nghèo cao nhất, trên 30%.",
            "poverty_rate",
            "other_place",
        ),
        # a customs region that covers two provinces, reporting: its revenue is not the province's (the
        # province named in the bracket describes its area)
        (
            "Chi cục Hải quan khu vực VII (quản lý địa bàn Lạng Sơn và Cao Bằng) cho biết kim ngạch khai báo tại "
            "đơn vị trong quý III/2024 đạt 6,2 tỷ USD, số thu ngân sách đạt 3 nghìn tỷ đồng.",
            "budget_revenue",
            "other_place",
        ),
        # progress towards the year's targets at mid-year is not targets met
        (
            "6 tháng đầu năm 2023, có 11/21 chỉ tiêu chủ yếu đạt trên 50% kế hoạch năm.",
            "annual_targets_met",
            None,
        ),
    ],
)
def test_what_is_not_the_provinces_figure(text, not_published, reason):
    reading = read_figures(text, load_catalog(), MODEL_DOC)
    # whatever else is read, no figure stands on the value the case is about
    assert not any(m.value in (2106, 1350, 12.06, 5, 3, 30, 38, 45, 25, 11) for m in reading.mentions), (
        reading.mentions
    )
    if not_published is not None:
        assert not_published not in {m.indicator_id for m in reading.mentions}, reading.mentions
    if reason is not None:
        assert reason in {h.reason for h in reading.held}, reading.held


@pytest.mark.parametrize(
    ("text", "doc_date", "held"),
    [
        (  # a yearly measure that only the title dates, to nine months: which year's end, the text does not say
            "Kinh tế vùng biên 9 tháng năm 2018\n\nLạng Sơn hiện còn khoảng 13,4% hộ nghèo; thu nhập bình quân "
            "đầu người mới khoảng 2,4 triệu đồng/tháng.",
            date(2018, 10, 2),
            {("13,4%", "no_period"), ("2,4 triệu đồng", "no_period")},
        ),
        (  # a band of a ranking, a bound at one end
            "Chỉ số PAR Index 2021 của tỉnh đạt 85,03%, thuộc nhóm B (nhóm đạt từ 80% đến dưới 90%).",
            date(2022, 5, 20),
            {("80%", "range"), ("90%", "range")},
        ),
        (  # "tỉnh này": the other province the sentence before spoke of
            "Quảng Ninh ước tăng 11,1% trong 9 tháng năm 2018. Tỉnh này đặt mục tiêu cả năm tăng trưởng 11%.",
            date(2018, 10, 2),
            {("11,1%", "other_place"), ("11%", "other_place")},
        ),
        (  # the exports and imports of the province's own enterprises: parts of their turnover, not of the
            # turnover through the province
            "Kim ngạch xuất, nhập khẩu của doanh nghiệp trên địa bàn tỉnh 6 tháng năm 2024 ước đạt 402,5 triệu "
            "USD; trong đó xuất khẩu 178,3 triệu USD, nhập khẩu 224,2 triệu USD.",
            date(2024, 7, 1),
            {("178,3 triệu USD", "not_in_catalog"), ("224,2 triệu USD", "not_in_catalog")},
        ),
        (  # an article on the city: sentences naming no place are the city's; the province named is ours
            "Thành phố Lạng Sơn: Hoàn thành 19/20 chỉ tiêu năm 2019\n\nNăm 2019, thu nhập bình quân đầu người của "
            "thành phố ước 79,5 triệu đồng/năm. Số doanh nghiệp thành lập mới năm 2019 chỉ đạt 84 doanh nghiệp.",
            date(2019, 12, 24),
            {
                ("19/20 chỉ tiêu", "other_place"),
                ("79,5 triệu đồng", "other_place"),
                ("84 doanh", "other_place"),
            },
        ),
        (  # the rank by an index the catalog holds no rank of; the districts' and communes' spending; the
            # local goods exported; a part of domestic revenue
            "Chỉ số PAR Index 2020 của tỉnh xếp thứ 40/63. Đối với SIPAS 2020, mức độ hài lòng của người dân đạt "
            "84,76%, xếp thứ 47/63. Năm 2023, chi ngân sách huyện, xã 6.374,9 tỷ đồng; xuất khẩu hàng hóa địa "
            "phương đạt 81 triệu USD. Năm 2023, thu nội địa ước đạt 2.695 tỷ đồng, chủ yếu do thu tiền sử dụng đất "
            "mới được 402 tỷ đồng.",
            date(2023, 12, 7),
            {
                ("xếp thứ 47/63", "not_in_catalog"),
                ("6.374,9 tỷ đồng", "not_in_catalog"),
                ("81 triệu USD", "not_in_catalog"),
                ("402 tỷ đồng", "not_in_catalog"),
            },
        ),
        (  # projects ended or capital disbursed are no FDI registered; one customs branch's turnover; another
            # measure's list of provinces
            "Năm 2024, tỉnh đã chấm dứt hoạt động 3 dự án đầu tư nước ngoài với tổng vốn đăng ký 30 triệu USD. "
            "Theo báo cáo của Chi cục Hải quan cửa khẩu Chi Ma, năm 2024 kim ngạch xuất nhập khẩu đạt 300 triệu "
            "USD. Năm 2024, kinh tế tỉnh ước tăng 6,45%. Về dư nợ tín dụng, Lạng Sơn và Cao Bằng lần lượt tăng 12% "
            "và 10%.",
            date(2024, 12, 28),
            {
                ("30 triệu USD", "not_in_catalog"),
                ("300 triệu USD", "not_in_catalog"),
                ("12%", "not_in_catalog"),
            },
        ),
        (  # the reporting office's own total (a customs branch serving two provinces) is not the province's
            "Về thu ngân sách, số thu từ hoạt động xuất nhập khẩu 9 tháng năm 2025 của toàn đơn vị đạt 7.050 tỷ "
            "đồng, vượt 3,6% dự toán năm.",
            date(2025, 10, 9),
            {("7.050 tỷ đồng", "other_place")},
        ),
        (  # a district's article, its bare name in the title: the plan the province assigned it is the district's
            "Hữu Lũng: Thu ngân sách vượt dự toán\n\nNăm 2019, thu ngân sách trên địa bàn ước đạt 196,5 tỷ đồng, vượt "
            "14% dự toán tỉnh giao.",
            date(2019, 12, 23),
            {("196,5 tỷ đồng", "other_place")},
        ),
        (  # one product's exports, the product written first; another province's gate; a village's visitors
            "Trong 11 tháng năm 2024, riêng sầu riêng xuất khẩu qua các cửa khẩu của tỉnh đạt khoảng 2,9 tỷ USD; "
            "kim ngạch qua cửa khẩu Móng Cái đạt hơn 1,3 tỷ USD. Cả thôn hiện có 23 homestay, 11 tháng năm 2024 "
            "đón khoảng 18.000 lượt khách.",
            date(2024, 12, 5),
            {
                ("2,9 tỷ USD", "not_in_catalog"),
                ("1,3 tỷ USD", "other_place"),
                ("18.000 lượt khách", "other_place"),
            },
        ),
        (  # a figure converted into another unit; a rate after a new segment on another amount is its change
            "Năm 2019, thu nhập bình quân đầu người đạt 2,48 triệu đồng/tháng; nếu tính theo năm thì khoảng 29,8 "
            "triệu đồng. Quý I/2020, GRDP của tỉnh chỉ tăng 2,08%, kim ngạch xuất nhập khẩu qua địa bàn giảm hơn "
            "40% so với cùng kỳ.",
            date(2020, 5, 12),
            {("29,8 triệu đồng", "not_in_catalog"), ("40%", "not_in_catalog")},
        ),
    ],
)
def test_what_the_text_does_not_date_or_place_as_the_provinces_is_held(text, doc_date, held):
    reading = read_figures(text, load_catalog(), doc_date)
    assert held <= {(h.value_text, h.reason) for h in reading.held}, reading.held
    assert not {v for v, _ in held} & {m.value_text for m in reading.mentions}, reading.mentions


def test_the_plan_a_rate_falls_short_of_is_the_same_measures_target():
    text = (
        "GRDP quý I/2024 ước tăng 6,1%, thấp hơn kịch bản 7,3% đề ra cho quý I. Để bù đắp, quý II cần đạt mức "
        "tăng 8% và quý III cần đạt 8,4%."
    )
    assert model(text, date(2024, 4, 12)) == [
        ("grdp_growth", 6.1, "Q1/2024", "estimate", None, None),
        ("grdp_growth", 7.3, "Q1/2024", "target", None, None),
        ("grdp_growth", 8, "Q2/2024", "target", None, None),
        ("grdp_growth", 8.4, "Q3/2024", "target", None, None),
    ]


def test_a_footnote_under_a_plans_heading_keeps_its_own_status():
    text = (
        "Báo cáo tình hình năm 2022\n\nNăm 2022, GRDP ước tăng 6,8%[1].\n\nKẾ HOẠCH NĂM 2023\n\nTốc độ tăng "
        "trưởng GRDP khoảng 7,5%.\n\n[1] Năm 2021, GRDP tăng 5,6%."
    )
    assert model(text, date(2022, 8, 10)) == [
        ("grdp_growth", 6.8, "2022", "estimate", None, None),
        ("grdp_growth", 7.5, "2023", "target", "approx", None),
        ("grdp_growth", 5.6, "2021", "actual", None, None),
    ]


# What a reader cannot be sure of, written the way careless or partial prose writes it: held, never published
# -- beside the same constructions written cleanly, which still publish.
@pytest.mark.parametrize(
    ("text", "reason", "held_texts"),
    [
        # a decimal comma with a stray space: "4, 2" is not two numbers, and not 2
        (
            "Năm 2022, kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn đạt 5, 1 tỷ USD, tăng 9% so với năm 2021.",
            "split_number",
            ["1 tỷ USD"],
        ),
        (
            "Năm 2019, cơ cấu kinh tế tỉnh: nông, lâm nghiệp chiếm 22,4%, dịch vụ 48, 6%.",
            "split_number",
            ["6%"],
        ),
        # a span whose end the page lost ("2016 - 202") tells no year, not its first alone
        (
            "Tăng trưởng giai đoạn 2016 - 202 đạt 7,1%. Cơ cấu kinh tế: nông, lâm nghiệp chiếm 21,3%.",
            "no_period",
            ["21,3%"],
        ),
        # a bare growth rate opening its sentence goes on with the amount the sentence before spoke of
        (
            "Năm 2022, tổng thu từ du lịch của tỉnh Lạng Sơn đạt 1.400 tỷ đồng. Tốc độ tăng trưởng bình quân giai "
            "đoạn 2016 - 2022 đạt khoảng 8,5%/năm.",
            "not_in_catalog",
            ["8,5%"],
        ),
        # what one source adds to the budget is not the budget's revenue
        (
            "Năm 2023, phí sử dụng bến bãi tại cửa khẩu Tân Thanh đóng góp vào nguồn thu ngân sách của tỉnh Lạng Sơn "
            "hơn 210 tỷ đồng.",
            "not_in_catalog",
            ["210 tỷ đồng"],
        ),
    ],
)
def test_what_a_reader_cannot_be_sure_of_is_held(text, reason, held_texts):
    reading = read_figures(text, load_catalog(), MODEL_DOC)
    published = [m.value_text for m in reading.mentions]
    held = [h.value_text for h in reading.held if h.reason == reason]
    for written in held_texts:
        assert any(written in h for h in held), reading.held
        assert not any(written in p for p in published), reading.mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before a comma, a value with its unit before the comma, a well-formed span: no split number
        (
            "Năm 2023, 12 xã đạt chuẩn nông thôn mới; GRDP của tỉnh tăng 5%, 6 tháng đầu năm 2024 tăng 4,7%.",
            None,
        ),
        (
            "Năm 2021, kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn đạt 4,2 tỷ USD, tăng 52% so với năm 2020.",
            [("trade_turnover", 4.2, "2021", "actual")],
        ),
        (
            "Tăng trưởng GRDP của tỉnh Lạng Sơn giai đoạn 2016 - 20 đạt bình quân 7,1%/năm.",
            [("grdp_growth", 7.1, "2016–2020", "actual")],
        ),
        # the rate opening its sentence after the economy was spoken of is the economy's
        (
            "Năm 2023, kinh tế tỉnh Lạng Sơn phục hồi, thu ngân sách đạt 6.010 tỷ đồng. Tốc độ tăng trưởng năm 2023 "
            "ước đạt 6,2%.",
            [("budget_revenue", 6010, "2023", "actual"), ("grdp_growth", 6.2, "2023", "estimate")],
        ),
        # the services' share of the product, beside the takings of a kind of service
        (
            "Năm 2023, khu vực dịch vụ chiếm 50,2% GRDP của tỉnh Lạng Sơn; doanh thu dịch vụ lưu trú chiếm 15% "
            "doanh thu du lịch.",
            [("grdp_share_services", 50.2, "2023", "actual")],
        ),
    ],
)
def test_the_same_constructions_written_cleanly_still_publish(text, expected):
    if expected is None:
        assert "split_number" not in {h.reason for h in read_figures(text, load_catalog(), MODEL_DOC).held}
        return
    assert read_with_status(text, MODEL_DOC) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (  # two facts side by side, not a supposition
            "Nếu năm 2023 thu ngân sách nhà nước đạt 9.500 tỷ đồng thì năm 2024 con số này đã lên tới 10.200 tỷ đồng.",
            date(2025, 1, 10),
            [("budget_revenue", 9500, "2023", "actual"), ("budget_revenue", 10200, "2024", "actual")],
        ),
        (  # the nation in an opening that sets the scene is not the subject
            "Trong bối cảnh kinh tế của cả nước còn nhiều khó khăn do tác động của thiên tai, tốc độ tăng trưởng "
            "GRDP năm 2024 vẫn đạt 6,5%, thu ngân sách đạt 10.200 tỷ đồng.",
            date(2025, 1, 10),
            [("grdp_growth", 6.5, "2024", "actual"), ("budget_revenue", 10200, "2024", "actual")],
        ),
        (  # the nation compared with is not the subject of what follows
            "Năm 2024, tốc độ tăng trưởng GRDP ước đạt 6,5%, thấp hơn bình quân cả nước là 7,09%, thu ngân sách "
            "nhà nước trên địa bàn đạt 10.200 tỷ đồng.",
            date(2025, 1, 10),
            [("grdp_growth", 6.5, "2024", "estimate"), ("budget_revenue", 10200, "2024", "actual")],
        ),
        (  # a border gate's change, then the province's own total
            "Năm 2024, kim ngạch qua cửa khẩu Hữu Nghị tăng 12%, tổng kim ngạch xuất nhập khẩu qua địa bàn đạt "
            "5,2 tỷ USD.",
            date(2025, 1, 10),
            [("trade_turnover", 5.2, "2024", "actual")],
        ),
        (  # "huyện biên giới", "hợp tác xã", "9/11 huyện", "Xã Hội", a place someone spoke at: no other place
            "Trước những khó khăn chung của huyện biên giới và cả tỉnh sau bão, thu ngân sách năm 2024 vẫn đạt "
            "10.200 tỷ đồng. Nhờ mô hình hợp tác xã đã phát huy hiệu quả nên tỷ lệ hộ nghèo năm 2024 giảm còn "
            "5,2%. Năm 2024, 9/11 huyện đạt và vượt dự toán thu, tổng vốn đầu tư phát triển toàn xã hội đạt "
            "18.000 tỷ đồng. Phát biểu tại xã Tân Thanh ngày 5/1, Chủ tịch UBND tỉnh cho biết năm 2024 kim ngạch "
            "xuất nhập khẩu qua địa bàn đạt 5,2 tỷ USD. Báo cáo Kinh tế - Xã Hội năm 2024 nêu GRDP tăng 6,5%.",
            date(2025, 1, 10),
            [
                ("budget_revenue", 10200, "2024", "actual"),
                ("poverty_rate", 5.2, "31/12/2024", "actual"),
                ("total_investment", 18000, "2024", "actual"),
                ("trade_turnover", 5.2, "2024", "actual"),
                ("grdp_growth", 6.5, "2024", "actual"),
            ],
        ),
        (  # a plan's words lead to an estimate: a plan; a ratio a plan requires stays a plan
            "Kế hoạch năm 2025, tỉnh phấn đấu thu ngân sách nhà nước ước đạt 11.000 tỷ đồng. Năm 2025, thu nội "
            "địa phải bằng 110% dự toán Trung ương giao, tức 4.400 tỷ đồng.",
            date(2025, 1, 10),
            [
                ("budget_revenue", 11000, "2025", "target"),
                ("budget_revenue_domestic", 4400, "2025", "target"),
            ],
        ),
        (  # after a congress, "Nghị quyết Đại hội" may be either term's: the years the sentence names
            "Tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 6,5%, thấp hơn mục tiêu 8%/năm theo Nghị "
            "quyết Đại hội.",
            date(2025, 11, 20),
            [("grdp_growth", 6.5, "2021–2025", "estimate"), ("grdp_growth", 8, "2021–2025", "target")],
        ),
        (  # "giao ban" is a briefing, not a plan "giao" (assigned)
            "Tại buổi giao ban sáng 3/6, Sở Công Thương cho biết từ đầu năm đến ngày 31/5/2026 kim ngạch xuất "
            "nhập khẩu qua các cửa khẩu đạt 40,2 tỷ USD.",
            date(2026, 6, 3),
            [("trade_turnover", 40.2, "01–05/2026", "actual")],
        ),
        (  # "con số này" goes on with the figure before; the plans its ratios are to, in brackets, are targets
            "Hai tháng đầu năm 2026, thu từ hoạt động xuất nhập khẩu đạt 3.100 tỷ đồng. Đặt trong các mức giao "
            "cho năm 2026, con số này bằng 30% chỉ tiêu Bộ Tài chính giao (10.300 tỷ đồng) và 20% mức phấn đấu "
            "của tỉnh (15.400 tỷ đồng).",
            date(2026, 3, 5),
            [
                ("budget_revenue_trade", 3100, "01–02/2026", "actual"),
                ("budget_revenue_trade", 10300, "2026", "target"),
                ("budget_revenue_trade", 15400, "2026", "target"),
            ],
        ),
        (  # a list of amounts read respectively; an estimate word before the verb is the whole list's
            "Tám tháng năm 2025, kim ngạch qua địa bàn ước đạt 4.100 triệu USD; trong đó xuất khẩu và nhập khẩu "
            "lần lượt đạt 1.900 triệu USD và 2.200 triệu USD. Năm 2025, tỷ trọng các khu vực: nông, lâm nghiệp "
            "và thủy sản; công nghiệp - xây dựng; dịch vụ lần lượt ước chiếm 20,5%, 22,1% và 49,8%.",
            date(2025, 9, 6),
            [
                ("trade_turnover", 4.1, "01–08/2025", "estimate"),
                ("export_turnover", 1.9, "01–08/2025", "estimate"),
                ("import_turnover", 2.2, "01–08/2025", "estimate"),
                ("grdp_share_agriculture", 20.5, "2025", "estimate"),
                ("grdp_share_industry_construction", 22.1, "2025", "estimate"),
                ("grdp_share_services", 49.8, "2025", "estimate"),
            ],
        ),
        (  # the province's own enterprises, written before "kim ngạch"; a negative growth of an amount is
            # its change, not the GRDP's
            "Năm 2023, kim ngạch qua địa bàn đạt 4,1 tỷ USD, tăng trưởng âm 12,4% so với năm 2022. Tính riêng "
            "các doanh nghiệp của tỉnh, kim ngạch đạt 690 triệu USD.",
            date(2024, 1, 8),
            [("trade_turnover", 4.1, "2023", "actual"), ("local_trade_turnover", 0.69, "2023", "actual")],
        ),
        (  # a table's rows head no text after the table (their "so với năm 2018" is no period of it); a table
            # of "một số chỉ tiêu chủ yếu" is of indicators, no plan
            "Tình hình kinh tế - xã hội năm 2019\n\nBiểu: Một số chỉ tiêu chủ yếu\n\nKhu vực | Cơ cấu (%) | Tốc độ "
            "tăng so với năm 2018 (%)\nDịch vụ | 49,5 | 8,05\nCông nghiệp | 19,8 | 11,46\n\nTổng thu ngân sách nhà "
            "nước trên địa bàn ước đạt 7.785,4 tỷ đồng, tăng 9,3% so với năm 2018.",
            date(2019, 12, 27),
            [("budget_revenue", 7785.4, "2019", "estimate")],
        ),
        (  # in a district's article, a sentence on "tỉnh" is the province's
            "Hữu Lũng: Cửa ngõ phía Nam vươn mình\n\nVới tỉnh, Nghị quyết của HĐND tỉnh đặt mục tiêu năm 2019 thu "
            "ngân sách trên địa bàn 6.235 tỷ đồng.",
            date(2018, 12, 26),
            [("budget_revenue", 6235, "2019", "target")],
        ),
        (  # a heading on how to meet a plan is a plan's heading; so is "một số chỉ tiêu chủ yếu" in prose
            "Báo cáo 6 tháng đầu năm 2024\n\nCác giải pháp để đạt mục tiêu năm 2024\n\nTốc độ tăng trưởng GRDP cả năm "
            "đạt 8%. Năm 2025, tỉnh thông qua một số chỉ tiêu chủ yếu: thu ngân sách trên địa bàn 10.000 tỷ đồng.",
            date(2024, 7, 10),
            [("grdp_growth", 8, "2024", "target"), ("budget_revenue", 10000, "2025", "target")],
        ),
        (  # a yearly measure after a sentence that closed on a span is the year reported, not the span
            "Tình hình kinh tế - xã hội năm 2023\n\nTốc độ tăng trưởng kinh tế ước đạt 6,3%; bình quân giai đoạn 2021 "
            "- 2023 ước đạt 5,02%/năm. GRDP bình quân đầu người ước đạt 59,8 triệu đồng.",
            date(2023, 12, 20),
            [
                ("grdp_growth", 6.3, "2023", "estimate"),
                ("grdp_growth", 5.02, "2021–2023", "estimate"),
                ("grdp_per_capita", 59.8, "2023", "estimate"),
            ],
        ),
        (  # a plan's yearless quarter already over stays in its year
            "Kinh tế - xã hội năm 2025\n\nQuý IV, tốc độ tăng trưởng GRDP ước đạt 7,5%, thấp hơn kịch bản đề ra cho "
            "quý (8,2%).",
            date(2026, 1, 6),
            [("grdp_growth", 7.5, "Q4/2025", "estimate"), ("grdp_growth", 8.2, "Q4/2025", "target")],
        ),
        (  # one rate per province, in the order the provinces are named (only the province's is ours)
            "Tăng trưởng kinh tế năm 2017 của các tỉnh biên giới. Năm 2017, Lào Cai, Lạng Sơn và Cao Bằng lần lượt "
            "tăng 10,15%, 7,16% và 6,1%.",
            date(2017, 12, 28),
            [("grdp_growth", 7.16, "2017", "estimate")],
        ),
        (  # a bracket between where a rate fell from and where it fell to; a stock said to stand now, after a
            # sentence on another year; a bracket after the value, on another value, does not date it
            "Tỷ lệ hộ nghèo giảm từ 12,36% cuối năm 2021 (theo chuẩn nghèo giai đoạn 2022 - 2025) xuống 3,36% cuối "
            "năm 2024. Năm 2024, toàn tỉnh giảm 2.000 hộ nghèo. Hiện toàn tỉnh có 86 xã đạt chuẩn nông thôn mới "
            "(cuối năm 2015 chỉ có 17 xã).",
            date(2025, 10, 14),
            [
                ("poverty_rate", 12.36, "31/12/2021", "actual"),
                ("poverty_rate", 3.36, "31/12/2024", "actual"),
                ("new_rural_communes", 86, "14/10/2025", "actual"),
            ],
        ),
        (  # an estimate's mark after the date of its stock
            "Tỷ lệ hộ nghèo giảm từ 21,49% cuối năm 2015 xuống còn 6,02% cuối năm 2020 (ước).",
            date(2020, 10, 14),
            [
                ("poverty_rate", 21.49, "31/12/2015", "actual"),
                ("poverty_rate", 6.02, "31/12/2020", "estimate"),
            ],
        ),
        (  # a heading on results against a plan is no plan's heading
            "Họp báo quý II/2019\n\nTăng trưởng thấp hơn kịch bản\n\nTổng thu ngân sách nhà nước trên địa bàn "
            "quý I/2019 đạt 1.562,3 tỷ đồng, giảm 3,2% so với cùng kỳ.",
            date(2019, 4, 12),
            [("budget_revenue", 1562.3, "Q1/2019", "actual")],
        ),
        (  # a question asks about a forecast; the answer's own words say which of its figures are forecasts
            "Họp báo quý III/2024\n\nSáng 5/7, UBND tỉnh họp báo.\n\nPhóng viên hỏi: Tỉnh có dự báo gì cho cả "
            "năm?\n\nThu ngân sách cả năm dự kiến đạt khoảng 9.200 tỷ đồng. Năm 2023, GRDP của tỉnh chỉ tăng 6,12%.",
            date(2024, 7, 5),
            [("budget_revenue", 9200, "2024", "forecast"), ("grdp_growth", 6.12, "2023", "actual")],
        ),
        (  # the plan a result falls short of, its level in brackets; the next item of a list of one rate
            # over several periods; the revenue from tourists
            "Quý I, tốc độ tăng trưởng kinh tế (GRDP) ước đạt 8,06%, thấp hơn kịch bản đề ra cho quý (8,5%). Theo "
            "kịch bản, quý II GRDP phải đạt 9,6%, cả 6 tháng đạt khoảng 8,9%. Khách du lịch quý I đạt 1,64 triệu "
            "lượt; tổng thu từ khách du lịch ước 1.598 tỷ đồng.",
            date(2026, 4, 5),
            [
                ("grdp_growth", 8.06, "Q1/2026", "estimate"),
                ("grdp_growth", 8.5, "Q1/2026", "target"),
                ("grdp_growth", 9.6, "Q2/2026", "target"),
                ("grdp_growth", 8.9, "H1/2026", "target"),
                ("tourists", 1640000, "Q1/2026", "actual"),
                ("tourism_revenue", 1598, "Q1/2026", "estimate"),
            ],
        ),
        (  # projects of foreign investment licensed: their registered capital is the FDI registered
            "Quý I/2026 có 156 doanh nghiệp thành lập mới; 5 dự án đầu tư nước ngoài được cấp mới với tổng vốn "
            "đăng ký 128,5 triệu USD.",
            date(2026, 4, 5),
            [("new_enterprises", 156, "Q1/2026", "actual"), ("fdi_registered", 128.5, "Q1/2026", "actual")],
        ),
        (  # the plan a part of the year is measured against is the year's (the bracket may name the plan
            # again); "cùng kỳ năm 2024" opening a sentence puts its yearless months in 2024
            "Chín tháng năm 2025, thu từ hoạt động xuất nhập khẩu đạt 5.100 tỷ đồng, bằng 68% dự toán Trung "
            "ương giao (7.500 tỷ đồng). Kim ngạch qua địa bàn 9 tháng mới bằng 71% kế hoạch năm (kế hoạch tỉnh "
            "giao 6.800 triệu USD). "
            "Cùng kỳ năm 2024, chỉ số sản xuất công nghiệp 9 tháng tăng 4,2%.",
            date(2025, 9, 29),
            [
                ("budget_revenue_trade", 5100, "01–09/2025", "estimate"),
                ("budget_revenue_trade", 7500, "2025", "target"),
                ("trade_turnover", 6.8, "2025", "target"),
                ("iip_growth", 4.2, "01–09/2024", "actual"),
            ],
        ),
        (  # a period's growth a plan requires; a plan set "từ đầu năm" is this year's; a scenario is a growth
            "Mục tiêu tăng trưởng 7,5% đề ra từ đầu năm khó đạt. Để về đích, riêng quý IV tăng trưởng phải đạt "
            "khoảng 10,2%; năm 2025, tỉnh giao kịch bản 8,4%.",
            date(2024, 10, 3),
            [
                ("grdp_growth", 7.5, "2024", "target"),
                ("grdp_growth", 10.2, "Q4/2024", "target"),
                ("grdp_growth", 8.4, "2025", "target"),
            ],
        ),
        (  # a lead naming the months its results are of dates the paragraphs after it
            "Chiều 2/10, UBND tỉnh họp báo thông tin về tình hình kinh tế - xã hội 9 tháng và nhiệm vụ những tháng "
            "cuối năm.\n\nThu ngân sách nhà nước trên địa bàn ước đạt 5.120 tỷ đồng.",
            date(2024, 10, 3),
            [("budget_revenue", 5120, "01–09/2024", "estimate")],
        ),
        (  # a title on next year's plan over a lead on this year's results: the results are this year's, in
            # the paragraph's year when a sentence names none
            "Tỉnh đặt mục tiêu tăng trưởng cao hơn trong năm 2025\n\nNgày 10/12, HĐND tỉnh xem xét kết quả thực "
            "hiện nhiệm vụ năm 2024 và quyết định kế hoạch năm 2025.\n\nNăm 2024 tăng trưởng kinh tế ước đạt "
            "7,1%. Thu ngân sách đạt 10.200 tỷ đồng. Ước cả năm có 17/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch."
            "\n\nTỷ lệ hộ nghèo ước đến cuối năm còn 4,1%.",
            date(2024, 12, 11),
            [
                ("grdp_growth", 7.1, "2024", "estimate"),
                ("budget_revenue", 10200, "2024", "estimate"),
                ("annual_targets_met", 17, "2024", "estimate"),
                ("poverty_rate", 4.1, "31/12/2024", "estimate"),
            ],
        ),
        (  # a period a later clause names after a semicolon is that clause's; a yearly rate is a growth; two
            # years named together; the term's plan
            "Năm 2023, tốc độ tăng trưởng kinh tế ước đạt 6,3%, xếp thứ 6/14 tỉnh vùng trung du và miền núi phía "
            "Bắc; bình quân giai đoạn 2021 - 2023 ước đạt 5,02%/năm. Sau ba năm, tăng trưởng bình quân mới đạt "
            "khoảng hai phần ba mục tiêu nhiệm kỳ (8%/năm); hai năm 2024, 2025 mỗi năm tỉnh phải tăng trưởng trên "
            "11%.",
            date(2023, 12, 7),
            [
                ("grdp_growth", 6.3, "2023", "estimate"),
                ("grdp_growth_rank_region", 6, "2023", "estimate"),
                ("grdp_growth", 5.02, "2021–2023", "estimate"),
                ("grdp_growth", 8, "2021–2025", "target"),
                ("grdp_growth", 11, "2024–2025", "target"),
            ],
        ),
        (  # a clause of nothing but a period and a verb goes on with the subject before its semicolon; a
            # bound before a "lần lượt" list is each item's (the bound itself is checked in test_what_each_…)
            "Mục tiêu đến năm 2025: thu ngân sách nhà nước trên địa bàn tăng bình quân 10%/năm; năm 2025 đạt "
            "12.000 tỷ đồng. Cơ cấu kinh tế năm 2025: nông, lâm nghiệp và thủy sản; công nghiệp - xây dựng; dịch "
            "vụ chiếm tỷ trọng lần lượt khoảng 18%; 25% và 50%.",
            date(2021, 7, 21),
            [
                ("budget_revenue", 12000, "2025", "target"),
                ("grdp_share_agriculture", 18, "2025", "target"),
                ("grdp_share_industry_construction", 25, "2025", "target"),
                ("grdp_share_services", 50, "2025", "target"),
            ],
        ),
        (  # "tháng 2 năm nay", "quý I năm nay": the date line's year; the parts after a plan in brackets are
            # the result's; a result "chậm hơn dự kiến" is no forecast; the count named as the clause's subject
            "Tăng trưởng chậm hơn dự kiến\n\nQuý I năm nay, kim ngạch qua địa bàn đạt 1.120 triệu USD, bằng 25% kế "
            "hoạch năm (kế hoạch năm 2018 là 4,5 tỷ USD); trong đó xuất khẩu 610 triệu USD. Tháng 1 và tháng 2 năm "
            "nay kim ngạch lần lượt đạt 350 triệu USD và 330 triệu USD. Số doanh nghiệp thành lập mới trong quý I "
            "là 95 doanh nghiệp.",
            date(2018, 4, 6),
            [
                ("trade_turnover", 1.12, "Q1/2018", "actual"),
                ("trade_turnover", 4.5, "2018", "target"),
                ("export_turnover", 0.61, "Q1/2018", "actual"),
                ("trade_turnover", 0.35, "01/2018", "actual"),
                ("trade_turnover", 0.33, "02/2018", "actual"),
                ("new_enterprises", 95, "Q1/2018", "actual"),
            ],
        ),
        (  # a headline's round bound restates the body's figure: the body's is kept
            "Quý I: Kim ngạch qua địa bàn đạt hơn 1 tỷ USD\n\nQuý I/2018, tổng kim ngạch xuất nhập khẩu qua địa "
            "bàn đạt 1.046,7 triệu USD.",
            date(2018, 4, 6),
            [("trade_turnover", 1.0467, "Q1/2018", "actual")],
        ),
        (  # "cùng kỳ năm 2017" in brackets does not move the report's yearless quarter; a stock at the end of a
            # quarter a report of its last days gives is its closing figure
            "Báo cáo quý III và 9 tháng năm 2018\nLạng Sơn, ngày 28 tháng 9 năm 2018\n\nGRDP 9 tháng năm 2018 ước "
            "tăng 7,68% so với cùng kỳ (cùng kỳ năm 2017 tăng 7,05%); riêng quý III ước tăng 8,12%. Đến hết quý "
            "III/2018, toàn tỉnh có 56 xã đạt chuẩn nông thôn mới.",
            date(2018, 9, 28),
            [
                ("grdp_growth", 7.68, "01–09/2018", "estimate"),
                ("grdp_growth", 7.05, "01–09/2017", "actual"),
                ("grdp_growth", 8.12, "Q3/2018", "estimate"),
                ("new_rural_communes", 56, "30/09/2018", "estimate"),
            ],
        ),
        (  # the term named in the clause names the congress: its counts stand on the day it opened
            "Khai mạc Đại hội\nThứ sáu, 25/09/2020 - 11:20\n\nSáng nay (25/9), Đại hội đại biểu Đảng bộ tỉnh lần "
            "thứ XVII, nhiệm kỳ 2020 - 2025 khai mạc với sự tham dự của 350 đại biểu chính thức, đại diện cho hơn "
            "64.900 đảng viên.",
            date(2020, 9, 25),
            [
                ("congress_delegates", 350, "25/09/2020", "actual"),
                ("party_members", 64900, "25/09/2020", "actual"),
            ],
        ),
        (  # "vượt" an amount its clause gave no other amount for is a bound; after an amount it is a gap (held);
            # a target "chỉ tiêu tăng trưởng"; "Nếu so với …" is a way of comparing, not a supposition
            "Năm 2025, tỉnh dự kiến thu ngân sách vượt 12.000 tỷ đồng. Năm 2024, thu ngân sách đạt 9.800 tỷ đồng, "
            "vượt 300 tỷ đồng. Nghị quyết giao chỉ tiêu tăng trưởng năm 2025 là 8%. Nếu so với tháng 02 năm 2024, "
            "IIP tháng 02/2025 ước tăng 4,3%.",
            date(2025, 3, 5),
            [
                ("budget_revenue", 12000, "2025", "forecast"),
                ("budget_revenue", 9800, "2024", "actual"),
                ("grdp_growth", 8, "2025", "target"),
                ("iip_growth", 4.3, "02/2025", "estimate"),
            ],
        ),
        (  # (a review's cases) "số thuế", "tổng thu hút" are no revenue; a level after "cao hơn so với … và
            # đạt" is the level; a sector's growth is no GRDP's; "Nếu so cùng kỳ" compares; a forecast after a
            # condition ("sẽ đạt") stays one; a part opened after an amount is bounded by "vượt", not a gap
            "Năm 2024, số thuế các doanh nghiệp nộp vào ngân sách đạt 850 tỷ đồng. Năm 2024, thu nhập bình quân đầu "
            "người của tỉnh cao hơn so với năm trước và đạt 60 triệu đồng. Ngành du lịch phục hồi mạnh, 9 tháng "
            "tăng trưởng 25% so với cùng kỳ. Nếu so cùng kỳ năm 2023, IIP 9 tháng năm 2024 tăng 6,1%. "
            "Nếu các dự án hoàn thành đúng tiến độ, năm 2025 thu ngân sách sẽ đạt khoảng 12.000 tỷ đồng. Năm "
            "2024, thu ngân sách đạt 9.800 tỷ đồng, trong đó thu nội địa vượt 4.000 tỷ đồng.",
            date(2024, 10, 5),
            [
                ("income_per_capita", 60, "2024", "estimate"),
                ("iip_growth", 6.1, "01–09/2024", "actual"),
                ("budget_revenue", 12000, "2025", "forecast"),
                ("budget_revenue", 9800, "2024", "estimate"),
                ("budget_revenue_domestic", 4000, "2024", "estimate"),
            ],
        ),
        (  # the rate before its noun; a second rank after a comma with its total; an index's score named in a
            # clause of its rank's sentence; a running count raised to; the goods' part of retail sales
            "Theo chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016-2020, cuối năm 2015 toàn tỉnh có 22,45% "
            "hộ nghèo; nhóm 20% hộ nghèo nhất có thu nhập thấp. Quý I/2026, GRDP ước tăng 7,92%, xếp thứ 4/9 tỉnh "
            "vùng trung du và miền núi phía Bắc, thứ 18/34 tỉnh, thành phố. PCI năm 2025 của tỉnh xếp thứ 12/34; "
            "điểm tổng hợp đạt 67,2 điểm. Quý II/2026 có 58 doanh nghiệp thành lập mới, nâng tổng số doanh nghiệp "
            "thành lập mới 6 tháng đầu năm 2026 lên 176 doanh nghiệp. Doanh thu bán lẻ hàng hóa 6 tháng đầu năm "
            "2026 đạt 12.900 tỷ đồng.",
            date(2026, 7, 10),
            [
                ("poverty_rate", 22.45, "31/12/2015", "actual"),
                ("grdp_growth", 7.92, "Q1/2026", "estimate"),
                ("grdp_growth_rank_region", 4, "Q1/2026", "estimate"),
                ("grdp_growth_rank", 18, "Q1/2026", "estimate"),
                ("pci_rank", 12, "2025", "actual"),
                ("pci_score", 67.2, "2025", "actual"),
                ("new_enterprises", 58, "Q2/2026", "actual"),
                ("new_enterprises", 176, "H1/2026", "actual"),
            ],
        ),
        (  # a ratio count's whole named before it; a rank after a comparison's "và"; members raised to
            "Năm 2023, trong 20 chỉ tiêu chủ yếu của năm, có 16 chỉ tiêu ước đạt và vượt kế hoạch. PCI năm 2023 "
            "của tỉnh xếp thứ 26/63, tăng 3 bậc so với năm 2022 và đứng thứ 5/14 tỉnh vùng trung du và miền núi "
            "phía Bắc. Trong năm, toàn Đảng bộ kết nạp 1.800 đảng viên mới, nâng tổng số đảng viên đến ngày "
            "30/11/2023 lên hơn 70.800 đảng viên.",
            date(2023, 12, 7),
            [
                ("annual_targets_met", 16, "2023", "estimate"),
                ("pci_rank", 26, "2023", "actual"),
                ("pci_rank_region", 5, "2023", "actual"),
                ("party_members", 70800, "30/11/2023", "actual"),
            ],
        ),
        (  # a table's unit in its column headers; a period opening a clause of its own between a value and a
            # comparison makes the comparison another figure's
            "Báo cáo tháng 6 năm 2019\nLạng Sơn, ngày 28 tháng 6 năm 2019\n\nIIP tháng 6/2019 ước tăng 8,45% so với "
            "cùng kỳ; tính chung quý II tăng 8,9%, 6 tháng tăng 8,14% so với cùng kỳ năm 2018.\n\nChỉ tiêu | Ước "
            "tháng 6/2019 (triệu USD) | Ước 6 tháng 2019 (triệu USD)\nXuất khẩu | 240,1 | 1.302,4\n"
            "Chỉ số không rõ | 12 | 15",
            date(2019, 6, 28),
            [
                ("iip_growth", 8.45, "06/2019", "estimate"),
                ("iip_growth", 8.9, "Q2/2019", "estimate"),
                ("iip_growth", 8.14, "H1/2019", "estimate"),
                ("export_turnover", 0.2401, "06/2019", "estimate"),
                ("export_turnover", 1.3024, "H1/2019", "estimate"),
            ],
        ),
        (  # "đến nay" is the day of the text; a day written out is the end of a running total, the date line's
            # day too; "Bốn tháng qua"; a festival the months fell on is their circumstance; GRDP's per head
            "Tính đến ngày 10/5/2026, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 28,6 tỷ USD. Đến nay, toàn "
            "tỉnh có 120 xã đạt chuẩn nông thôn mới. Bốn tháng qua, tỉnh đón khoảng 1,95 triệu lượt khách nhờ mùa lễ "
            "hội. Quy mô GRDP năm 2025 theo giá hiện hành gần 62.600 tỷ đồng, bình quân đầu người 71,2 triệu đồng.",
            date(2026, 5, 10),
            [
                ("trade_turnover", 28.6, "01/01–10/05/2026", "actual"),
                ("new_rural_communes", 120, "10/05/2026", "actual"),
                ("tourists", 1950000, "01–04/2026", "actual"),
                ("grdp", 62600, "2025", "actual"),
                ("grdp_per_capita", 71.2, "2025", "actual"),
            ],
        ),
        (  # a rate after an amount whose growth the catalog holds is that growth; after one it does not, the
            # amount's change (held), whatever the title is about
            "Tăng trưởng kinh tế 6 tháng năm 2022\n\nSố thu từ hoạt động xuất nhập khẩu giảm gần 30%. Theo kịch "
            "bản, quý III/2022 GRDP phải đạt 9,6%.",
            date(2022, 7, 10),
            [("grdp_growth", 9.6, "Q3/2022", "target")],
        ),
        (  # the paragraph's results go on in the period it last reported on, past a sentence naming none of
            # its own (not a span of years an average was over); a share of the households counted before it
            "Tại Lạng Sơn, GRDP năm 2021 ước tăng 5,62%. Quy mô kinh tế tăng 2,9 triệu đồng so với năm 2020. "
            "Cơ cấu kinh tế chuyển dịch, tỷ trọng khu vực dịch vụ chiếm 49,8%.\n\nĐến cuối năm 2023, toàn tỉnh còn "
            "18.245 hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025, chiếm 8,63%.",
            date(2024, 1, 10),
            [
                ("grdp_growth", 5.62, "2021", "estimate"),
                ("grdp_share_services", 49.8, "2021", "actual"),
                ("poverty_rate", 8.63, "31/12/2023", "actual"),
            ],
        ),
        (  # values listed by year in brackets after the one subject named before them
            "Trong 5 năm gần đây, thứ hạng PCI của tỉnh dao động ở nhóm cuối (năm 2016: 59, năm 2017: 57, năm "
            "2018: 58); tỷ lệ hộ nghèo giảm nhanh (năm 2016: 19,6%, năm 2018: 13,6%).",
            date(2021, 5, 10),
            [
                ("pci_rank", 59, "2016", "actual"),
                ("pci_rank", 57, "2017", "actual"),
                ("pci_rank", 58, "2018", "actual"),
                ("poverty_rate", 19.6, "31/12/2016", "actual"),
                ("poverty_rate", 13.6, "31/12/2018", "actual"),
            ],
        ),
        (  # a plan sentence goes on with the amount the one before gave; a festival the quarter's visitors
            # came for is its circumstance; a question about a plan is no plan
            "Năm 2025, thu từ hoạt động xuất nhập khẩu đạt 13.300 tỷ đồng. Năm nay, dự toán Trung ương giao 11.500 "
            "tỷ đồng, nhưng tỉnh phấn đấu thu 14.000 tỷ đồng. Khách du lịch quý I/2026 ước khoảng 1,56 triệu lượt, "
            "chủ yếu dịp lễ hội đầu xuân. Trả lời câu hỏi về mục tiêu thu hút đầu tư, đại diện Sở cho biết vốn FDI "
            "đăng ký cấp mới trong quý I/2026 đạt 48,5 triệu USD.",
            date(2026, 4, 5),
            [
                ("budget_revenue_trade", 13300, "2025", "actual"),
                ("budget_revenue_trade", 11500, "2026", "target"),
                ("budget_revenue_trade", 14000, "2026", "target"),
                ("tourists", 1560000, "Q1/2026", "estimate"),
                ("fdi_registered", 48.5, "Q1/2026", "actual"),
            ],
        ),
        (  # a comparison's reference ends at "và vượt …", and the year's plan in brackets after a running
            # total to a day is the year's; the parts after it are the running total's
            "Tính đến hết ngày 20/11/2026, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 97,35 tỷ USD, tăng "
            "18,6% so với cùng kỳ năm 2025 và vượt 8,2% kế hoạch năm (90 tỷ USD); trong đó xuất khẩu 39,62 tỷ USD.",
            date(2026, 11, 22),
            [
                ("trade_turnover", 97.35, "01/01–20/11/2026", "actual"),
                ("trade_turnover", 90, "2026", "target"),
                ("export_turnover", 39.62, "01/01–20/11/2026", "actual"),
            ],
        ),
        (  # the province ranked after a semicolon, by the sentence's rate -- not where its clause names an index
            "GRDP 9 tháng năm 2024 ước tăng 5,46% so với cùng kỳ; tuy vậy, tỉnh vẫn đứng thứ 11/14 tỉnh trung du và "
            "miền núi phía Bắc. Năm 2023, GRDP tăng 6,3%; chỉ số PCI của tỉnh xếp thứ 15/63.",
            date(2024, 10, 5),
            [
                ("grdp_growth", 5.46, "01–09/2024", "estimate"),
                ("grdp_growth_rank_region", 11, "01–09/2024", "estimate"),
                ("grdp_growth", 6.3, "2023", "actual"),
                ("pci_rank", 15, "2023", "actual"),
            ],
        ),
        (  # "tổng sản phẩm bình quân đầu người" is GRDP per head; what a congress "xác định" is a plan
            "Đại hội xác định, nhiệm kỳ tới, tổng sản phẩm bình quân đầu người đến năm 2030 đạt khoảng 130 triệu "
            "đồng.",
            date(2025, 8, 10),
            [("grdp_per_capita", 130, "2030", "target")],
        ),
        (  # what the customs collects is the trade's revenue
            "Để hoàn thành dự toán năm 2017, quý IV ngành hải quan phải thu khoảng 1.230 tỷ đồng.",
            date(2017, 10, 10),
            [("budget_revenue_trade", 1230, "Q4/2017", "target")],
        ),
        (  # what would have been, had something not happened, is no result
            "Năm 2022, thu ngân sách đạt 6.600 tỷ đồng. Nếu không có đợt ùn ứ đầu năm, thu ngân sách năm 2022 hoàn "
            "toàn có thể vượt 7.000 tỷ đồng.",
            date(2022, 12, 20),
            [("budget_revenue", 6600, "2022", "estimate")],
        ),
        (  # a count's context named once for its paragraph or title; a raised total with its bound; a part of
            # the communes ("… giai đoạn trước hiện bị rớt") is no stock of them
            "Nông thôn mới năm 2024\n\nĐến cuối năm 2024, toàn tỉnh có 112 xã đạt chuẩn nông thôn mới; có 9 xã đạt "
            "chuẩn giai đoạn trước hiện bị rớt tiêu chí. Năm 2025, tỉnh phấn đấu có thêm 10 xã đạt chuẩn, nâng tổng "
            "số lên khoảng 122 xã.",
            date(2024, 12, 20),
            [
                ("new_rural_communes", 112, "31/12/2024", "estimate"),
                ("new_rural_communes", 122, "31/12/2025", "target"),
            ],
        ),
        (  # public investment from the budget is no budget spending, after a semicolon too
            "Chi ngân sách địa phương 10 tháng năm 2025 ước 11.200 tỷ đồng; vốn đầu tư thực hiện thuộc nguồn ngân "
            "sách nhà nước tháng 10 ước 598 tỷ đồng.",
            date(2025, 11, 5),
            [("budget_expenditure", 11200, "01–10/2025", "estimate")],
        ),
        (  # the parts after "Trong đó" are the result's, not the plan's it was measured against; a bare
            # "số thu" is the revenue; the months "qua" in a report just after them are this year's
            "Chín tháng năm 2023, tổng thu ngân sách ước đạt 5.100 tỷ đồng, đạt 70% dự toán giao (7.300 tỷ đồng). "
            "Trong đó, thu nội địa ước đạt 2.200 tỷ đồng. Riêng tháng 9/2023, số thu ước đạt 560 tỷ đồng. Về chi, "
            "9 tháng qua chi ngân sách địa phương ước thực hiện 7.100 tỷ đồng.",
            date(2023, 10, 12),
            [
                ("budget_revenue", 5100, "01–09/2023", "estimate"),
                ("budget_revenue", 7300, "2023", "target"),
                ("budget_revenue_domestic", 2200, "01–09/2023", "estimate"),
                ("budget_revenue", 560, "09/2023", "estimate"),
                ("budget_expenditure", 7100, "01–09/2023", "estimate"),
            ],
        ),
        (  # what the province must collect in a quarter still to come, and its part: that quarter's targets
            "Để hoàn thành dự toán năm 2023, quý IV/2023 toàn tỉnh phải thu tối thiểu 2.100 tỷ đồng, trong đó thu "
            "từ hoạt động xuất nhập khẩu khoảng 1.300 tỷ đồng.",
            date(2023, 10, 12),
            [
                ("budget_revenue", 2100, "Q4/2023", "target"),
                ("budget_revenue_trade", 1300, "Q4/2023", "target"),
            ],
        ),
        (  # "giai đoạn" named by a term's congress years is the term's plan years; what a resolution "xác
            # định" is a plan; the province's
            # economy "tăng"; a second rank with its total after "trong"; a stock by a month stands at its end
            "Nghị quyết Đại hội xác định, giai đoạn 2025 - 2030, tốc độ tăng trưởng GRDP bình quân đạt 10%/năm. "
            "Quý II/2025, kinh tế tỉnh ước tăng 6,2%, xếp thứ 20/63 tỉnh, thành và thứ 8 trong 14 tỉnh vùng trung "
            "du và miền núi phía Bắc. Đến tháng 6/2025 toàn tỉnh có 118 xã đạt chuẩn nông thôn mới.",
            date(2025, 9, 29),
            [
                ("grdp_growth", 10, "2026–2030", "target"),
                ("grdp_growth", 6.2, "Q2/2025", "estimate"),
                ("grdp_growth_rank", 20, "Q2/2025", "estimate"),
                ("grdp_growth_rank_region", 8, "Q2/2025", "estimate"),
                ("new_rural_communes", 118, "30/06/2025", "actual"),
            ],
        ),
        (  # a standard's years name the standard, not the figure's period
            "Đến cuối năm 2024, toàn tỉnh có 95 xã đạt chuẩn nông thôn mới theo bộ tiêu chí giai đoạn 2021 - "
            "2025.",
            date(2024, 12, 10),
            [("new_rural_communes", 95, "31/12/2024", "estimate")],
        ),
        (  # "qua" before a place is "through": "cả năm qua địa bàn" is this whole year, not the past one
            "Nếu chính sách của phía bạn giữ nguyên, kim ngạch cả năm qua địa bàn có thể đạt khoảng 4,2 tỷ USD.",
            date(2017, 6, 5),
            [("trade_turnover", 4.2, "2017", "forecast")],
        ),
        (  # what the province's customs collects is the trade's revenue, its name written out too
            "Lũy kế 5 tháng năm 2017, Cục Hải quan Lạng Sơn thu được 1.512,3 tỷ đồng.",
            date(2017, 6, 5),
            [("budget_revenue_trade", 1512.3, "01–05/2017", "actual")],
        ),
        (  # the office named after its take's period ("thu ngân sách <period> của Cục Hải quan"), and both
            # plans it is measured against its own
            "Thu ngân sách 9 tháng năm 2019 của Cục Hải quan Lạng Sơn ước đạt 3.015,4 tỷ đồng, bằng 74,5% dự toán "
            "Bộ Tài chính giao (4.050 tỷ đồng) và 71,8% dự toán HĐND tỉnh giao (4.200 tỷ đồng).",
            date(2019, 10, 2),
            [
                ("budget_revenue_trade", 3015.4, "01–09/2019", "estimate"),
                ("budget_revenue_trade", 4050, "2019", "target"),
                ("budget_revenue_trade", 4200, "2019", "target"),
            ],
        ),
        (  # the province's own enterprises, opening the sentence before the turnover they trade
            "Riêng các doanh nghiệp trên địa bàn tỉnh, kim ngạch xuất nhập khẩu 10 tháng năm 2020 đạt 402,7 triệu "
            "USD. Doanh nghiệp trên địa bàn tỉnh xuất nhập khẩu quý III/2020 đạt 131,6 triệu USD.",
            date(2020, 11, 9),
            [
                ("local_trade_turnover", 0.4027, "01–10/2020", "actual"),
                ("local_trade_turnover", 0.1316, "Q3/2020", "actual"),
            ],
        ),
        (  # "tính đến 15/12": a running total's words make the day/month a date, without "ngày"
            "Số thu từ hoạt động xuất nhập khẩu tính đến 15/12 đạt 3.870,2 tỷ đồng.",
            date(2020, 12, 18),
            [("budget_revenue_trade", 3870.2, "01/01–15/12/2020", "actual")],
        ),
        (  # "có thể vượt": what may be, a forecast; a condition does not make it a result
            "Nếu thông quan được duy trì, cả năm kim ngạch qua địa bàn có thể vượt 5,6 tỷ USD.",
            date(2020, 12, 18),
            [("trade_turnover", 5.6, "2020", "forecast")],
        ),
        (  # a year likened to ("như năm trước") does not date a yearless quarter
            "Năm 2022, kinh tế tỉnh phục hồi. Riêng quý II, GRDP ước tăng 6,8% (quý I tăng 5,2%), nhờ cửa khẩu "
            "không phải đóng như năm trước.",
            date(2022, 7, 20),
            [("grdp_growth", 6.8, "Q2/2022", "estimate"), ("grdp_growth", 5.2, "Q1/2022", "actual")],
        ),
        (  # per month, the comma leading straight to the value
            "Năm 2019, Lạng Sơn có mức thu nhập bình quân đầu người một tháng cao nhất vùng, đạt 2,61 triệu đồng.",
            date(2020, 8, 3),
            [("income_per_capita_monthly", 2.61, "2019", "actual")],
        ),
        (  # "cả giai đoạn" after a sentence naming no span: the heading's term
            "Giai đoạn 2016 - 2020\n\nTăng trưởng bình quân ước 6,9%/năm. Tổng thu ngân sách cả giai đoạn ước đạt "
            "33.100 tỷ đồng.",
            date(2020, 10, 2),
            [
                ("grdp_growth", 6.9, "2016–2020", "estimate"),
                ("budget_revenue", 33100, "2016–2020", "estimate"),
            ],
        ),
        (  # a share's rate after a semicolon goes on with the share the sentence named before it
            "Tỷ lệ hộ nghèo giảm bình quân 2,1%/năm; dự kiến đến cuối năm 2020 còn khoảng 5,6%.",
            date(2020, 10, 2),
            [("poverty_rate", 5.6, "31/12/2020", "forecast")],
        ),
        (  # a title on the provinces' growth gives its subject to a paragraph naming only the province; a
            # second rank after "và" ranks the rate the first ranks
            "Bức tranh tăng trưởng năm 2019 của 14 tỉnh miền núi phía Bắc\n\nLạng Sơn, tỉnh có hai cửa khẩu "
            "quốc tế, tăng 7,2%, đứng thứ 8 trong 14 tỉnh của vùng và thứ 40/63 trên cả nước.",
            date(2020, 1, 6),
            [
                ("grdp_growth", 7.2, "2019", "actual"),
                ("grdp_growth_rank_region", 8, "2019", "actual"),
                ("grdp_growth_rank", 40, "2019", "actual"),
            ],
        ),
        (  # a day without its year is the date line's, not the year the sentence before names; days written
            # with their months, without a year, likewise
            "Từ giữa tháng 12/2021, phía bạn siết chặt kiểm soát. Tính đến ngày 10/1, kim ngạch qua các cửa khẩu "
            "của tỉnh đạt khoảng 96 triệu USD. Từ ngày 25/12 đến ngày 5/1, kim ngạch qua địa bàn đạt 110 triệu USD.",
            date(2022, 1, 12),
            [
                ("trade_turnover", 0.096, "01/01–10/01/2022", "actual"),
                ("trade_turnover", 0.11, "25/12/2021–05/01/2022", "actual"),
            ],
        ),
        (  # months listed after the first without "tháng" again, each its value of a "lần lượt" list; "tháng
            # 4 và 4 tháng" is a month and a running total
            "Thu ngân sách các tháng 1 và 2 lần lượt đạt 620,5 tỷ đồng và 480,2 tỷ đồng. Tháng 10, 11 và 12 năm "
            "2022, kim ngạch lần lượt đạt 410 triệu USD, 430 triệu USD và 520 triệu USD. Thu ngân sách tháng 4 và "
            "4 tháng đầu năm 2023 lần lượt đạt 510 tỷ đồng và 2.010 tỷ đồng.",
            date(2023, 4, 28),
            [
                ("budget_revenue", 620.5, "01/2023", "actual"),
                ("budget_revenue", 480.2, "02/2023", "actual"),
                ("trade_turnover", 0.41, "10/2022", "actual"),
                ("trade_turnover", 0.43, "11/2022", "actual"),
                ("trade_turnover", 0.52, "12/2022", "actual"),
                ("budget_revenue", 510, "04/2023", "estimate"),
                ("budget_revenue", 2010, "01–04/2023", "estimate"),
            ],
        ),
        (  # five years estimated or done, in a report closing a term, are the term's; the next term's plan
            # its own five years
            "Tổng kim ngạch xuất nhập khẩu qua địa bàn 5 năm ước đạt 21,8 tỷ USD. Trong 5 năm, các cơ quan tiến "
            "hành tố tụng đã khởi tố 61 vụ án tham nhũng. Mục tiêu nhiệm kỳ tới: kim ngạch 5 năm đạt 40 tỷ USD.",
            date(2020, 10, 14),
            [
                ("trade_turnover", 21.8, "2016–2020", "estimate"),
                ("corruption_cases", 61, "2016–2020", "actual"),
                ("trade_turnover", 40, "2021–2025", "target"),
            ],
        ),
        (  # a title on the provinces' growth; a regional rank before "và" a national one; the growth
            # scenario a plan sets ("kịch bản")
            "34 tỉnh, thành tăng trưởng ra sao năm 2025\n\nLạng Sơn ước tăng 8,1%, đứng thứ 3 trong vùng và thứ "
            "17/34 cả nước. Kịch bản cả năm 2026 tỉnh đặt ra là 10%.",
            date(2026, 1, 6),
            [
                ("grdp_growth", 8.1, "2025", "estimate"),
                ("grdp_growth_rank_region", 3, "2025", "estimate"),
                ("grdp_growth_rank", 17, "2025", "estimate"),
                ("grdp_growth", 10, "2026", "target"),
            ],
        ),
        (  # (a reviewer's probes) a circumstance is no proviso; a monthly income below a million đồng; goods
            # into the country through our gates; the border named by its two sides; villages in general; a
            # worry before a result; an index's edition in per cent is no estimate of an unfinished year
            "Với điều kiện khí hậu thuận lợi, năm 2023 tỉnh đón 3 triệu lượt khách du lịch. Năm 2023, thu nhập "
            "bình quân đầu người một tháng của tỉnh đạt 850.000 đồng. Kim ngạch hàng hóa nhập khẩu vào Việt Nam "
            "qua các cửa khẩu 9 tháng năm 2024 đạt 2.100 triệu USD. Năm 2023, kim ngạch xuất nhập khẩu qua tuyến "
            "biên giới Lạng Sơn – Quảng Tây đạt 5.200 triệu USD. Các làng, bản được đầu tư hạ tầng; 9 tháng năm "
            "2024, khách du lịch đạt 2,8 triệu lượt. Nhiều doanh nghiệp lo ngại kim ngạch có thể giảm, nhưng 9 "
            "tháng năm 2024 kim ngạch xuất nhập khẩu qua địa bàn vẫn đạt 3.500 triệu USD. Chỉ số cải cách hành "
            "chính (PAR Index) năm 2024 của tỉnh đạt 86,5%.",
            date(2024, 10, 5),
            [
                ("tourists", 3000000, "2023", "actual"),
                ("income_per_capita_monthly", 0.85, "2023", "actual"),
                ("import_turnover", 2.1, "01–09/2024", "actual"),
                ("trade_turnover", 5.2, "2023", "actual"),
                ("tourists", 2800000, "01–09/2024", "actual"),
                ("trade_turnover", 3.5, "01–09/2024", "actual"),
                ("par_index_score", 86.5, "2024", "actual"),
            ],
        ),
        (  # a provincial council's meeting on a district's report is the province's text; a director telling
            # the province's revenue at a district's congress is not blanked as an office
            "Kỳ họp thứ 20 HĐND tỉnh: thảo luận báo cáo của UBND huyện Cao Lộc và các sở\n\nNăm 2024, thu ngân "
            "sách ước đạt 12.000 tỷ đồng.",
            date(2024, 12, 10),
            [("budget_revenue", 12000, "2024", "estimate")],
        ),
        (  # "Cùng thời điểm" after a day counted to; "Lũy kế đến 31/12" a few days ahead of the date line; a
            # count said done in an unfinished year is the year's, actual; a rank of GRDP per head is none
            "Đến 30/9/2024, dư nợ tín dụng đạt 40.000 tỷ đồng. Cùng thời điểm, thu ngân sách trên địa bàn đạt "
            "7.000 tỷ đồng. Lũy kế đến 31/12, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh ước đạt 5.200 triệu "
            "USD. Trong năm 2024, các cơ quan tố tụng đã khởi tố 15 vụ án tham nhũng, 40 bị can. Năm 2024, GRDP "
            "bình quân đầu người xếp thứ 55/63.",
            date(2024, 12, 26),
            [
                ("budget_revenue", 7000, "01–09/2024", "actual"),
                ("trade_turnover", 5.2, "2024", "estimate"),
                ("corruption_cases", 15, "2024", "actual"),
                ("corruption_defendants", 40, "2024", "actual"),
            ],
        ),
        (  # ranks: the number of provinces ranked is no rank; the region opening "Trong số các tỉnh vùng …";
            # a move in a ranking listed by year, in its own clause after a year of its own
            "Năm đầu xếp hạng 34 tỉnh, PCI 2025 của tỉnh xếp thứ 12/34. Trong số các tỉnh vùng trung du và miền "
            "núi phía Bắc, Lạng Sơn đứng thứ 3 về PCI năm 2023. Năm 2021, Lạng Sơn từng đứng thứ 4 toàn quốc về "
            "PAPI, nhưng các năm 2022 và 2023 lần lượt lùi về vị trí thứ 13 và thứ 21.",
            date(2026, 5, 9),
            [
                ("pci_rank", 12, "2025", "actual"),
                ("pci_rank_region", 3, "2023", "actual"),
                ("papi_rank", 4, "2021", "actual"),
                ("papi_rank", 13, "2022", "actual"),
                ("papi_rank", 21, "2023", "actual"),
            ],
        ),
        (  # "Trong năm" in a January review is the year just ended; a flow after a sentence counting to a day
            # is counted to that day; "Trong tổng thu, …" opens on the whole just given; a period between the
            # turnover and the province's own enterprises
            "Trong năm, tỉnh cấp mới 3 dự án FDI với tổng vốn đăng ký 26,8 triệu USD. Thu ngân sách trên địa bàn "
            "tính đến ngày 25/10/2022 đạt 5.412,6 tỷ đồng. Chi ngân sách địa phương ước đạt 7.084,5 tỷ đồng. "
            "Thu ngân sách 10 tháng đạt 5.500 tỷ đồng. Trong tổng thu, thu từ hoạt động xuất nhập khẩu đạt "
            "3.102,5 tỷ đồng. Kim ngạch xuất nhập khẩu 10 "
            "tháng của các doanh nghiệp trên địa bàn tỉnh ước đạt 152,7 triệu USD.",
            date(2023, 1, 10),
            [
                ("fdi_registered", 26.8, "2022", "actual"),
                ("budget_revenue", 5412.6, "01/01–25/10/2022", "actual"),
                ("budget_expenditure", 7084.5, "01/01–25/10/2022", "estimate"),
                ("budget_revenue", 5500, "01–10/2022", "actual"),
                ("budget_revenue_trade", 3102.5, "01–10/2022", "actual"),
                ("local_trade_turnover", 0.1527, "01–10/2022", "estimate"),
            ],
        ),
        (  # the first years of a term named; an average per month of a monthly income is still the income
            "Tính chung hai năm đầu nhiệm kỳ 2021 - 2025, kinh tế tỉnh tăng bình quân 5,37%/năm. Năm 2022, thu "
            "nhập bình quân đầu người đạt 3,5 triệu đồng/tháng.",
            date(2023, 3, 14),
            [
                ("grdp_growth", 5.37, "2021–2022", "actual"),
                ("income_per_capita_monthly", 3.5, "2022", "actual"),
            ],
        ),
        (  # a title naming next year's tasks over a lead on this year's results dates the results this year's;
            # "5 năm 2015 - 2020" is the term's five years
            "Hội nghị Tỉnh ủy: Quyết tâm hoàn thành nhiệm vụ năm 2022\n\nNgày 14/12, Hội nghị đánh giá kết quả thực "
            "hiện nhiệm vụ năm 2021 và quyết định nhiệm vụ năm 2022.\n\nTổng thu ngân sách ước đạt 7.520 tỷ đồng. "
            "Kim ngạch tính đến hết tháng 11 đạt 3,68 tỷ USD; cả năm dự kiến đạt khoảng 4,1 tỷ USD. Nhìn lại 5 năm "
            "2015 - 2020, tổng thu ngân sách đạt 33.876 tỷ đồng.",
            date(2021, 12, 14),
            [
                ("budget_revenue", 7520, "2021", "estimate"),
                ("trade_turnover", 3.68, "01–11/2021", "actual"),
                ("trade_turnover", 4.1, "2021", "forecast"),
                ("budget_revenue", 33876, "2016–2020", "actual"),
            ],
        ),
        (  # a stock at the start of a year; when an index's edition was published is not what it scores
            "Tỷ lệ hộ nghèo đầu năm 2026 của tỉnh là 11,4%. Chỉ số PCI năm 2025 công bố giữa năm nay xếp thứ 15/34.",
            date(2026, 11, 27),
            [("poverty_rate", 11.4, "01/01/2026", "actual"), ("pci_rank", 15, "2025", "actual")],
        ),
        (  # (a second reviewer's probes) a plan's words inside a period's name; a supposition's words before
            # a semicolon; an index's component words in another clause; a circumstance of communes; a
            # scenario's value is a forecast; "có thể giảm mạnh, chỉ còn"; the labour share is none; local
            # enterprises' goods
            "Hai năm đầu kế hoạch 5 năm 2021 - 2025, GRDP tăng bình quân 5,4%. Giữ vững ổn định chính trị thì "
            "mới thu hút đầu tư; năm 2022 thu ngân sách đạt 9.500 tỷ đồng. Sau khi đẩy mạnh hỗ trợ doanh nghiệp, "
            "PCI 2022 Lạng Sơn đạt 65,7 điểm. Năm 2022, với sự nỗ lực của các xã, thị trấn, tỷ lệ hộ nghèo giảm "
            "còn 7,5%. Năm 2022, lao động nông, lâm nghiệp và thủy sản chiếm 52%. Doanh nghiệp trong tỉnh xuất "
            "nhập khẩu hàng hóa năm 2022 đạt 168,5 triệu USD.",
            date(2023, 1, 10),
            [
                ("grdp_growth", 5.4, "2021–2022", "actual"),
                ("budget_revenue", 9500, "2022", "actual"),
                ("pci_score", 65.7, "2022", "actual"),
                ("poverty_rate", 7.5, "31/12/2022", "actual"),
                ("local_trade_turnover", 0.1685, "2022", "actual"),
            ],
        ),
        (  # a forecast's usual hedge ("nếu không có biến động lớn …") is no counterfactual; an estimate on a
            # condition, a forecast; "có thể đón"; "năm tới" the year after the date line's; customs' revenue
            "Ban Quản lý dự báo, nếu không có biến động lớn về chính sách của phía bạn, kim ngạch cả năm 2024 sẽ "
            "đạt khoảng 5,4 tỷ USD. Nếu du lịch qua cửa khẩu sớm được khôi phục, cả năm 2024 có thể đón khoảng "
            "2,9 triệu lượt khách. Nếu phía bạn duy trì năng lực thông quan như hiện nay, cả năm 2024 thu ngân "
            "sách ước khoảng 9.500 tỷ đồng. Riêng số thu qua hải quan năm tới có thể đạt khoảng 5.200 tỷ đồng. "
            # ("vài năm tới": years to come, no year)
            "Trong vài năm tới, thu ngân sách có thể đạt 15.000 tỷ đồng mỗi năm.",
            date(2024, 8, 27),
            [
                ("trade_turnover", 5.4, "2024", "forecast"),
                ("tourists", 2_900_000, "2024", "forecast"),
                ("budget_revenue", 9500, "2024", "forecast"),
                ("budget_revenue_trade", 5200, "2025", "forecast"),
            ],
        ),
        (  # the statistics office's visitors "các cơ sở lưu trú và điểm du lịch" are all of them, no one site;
            # a count's noun alone, for a part of the span just given or its running total, is the same count
            "Quý II, các cơ sở lưu trú và điểm du lịch trên địa bàn đón 812,6 nghìn lượt khách. Trong 6 tháng, "
            "toàn tỉnh có 148 doanh nghiệp thành lập mới, riêng quý II có 86 doanh nghiệp; 34 doanh nghiệp tạm "
            "ngừng hoạt động. Trong tháng 3, có 41 doanh nghiệp đăng ký thành lập mới, lũy kế quý I có 98 doanh "
            "nghiệp, tăng 4 doanh nghiệp so với cùng kỳ.",
            date(2024, 7, 5),
            [
                ("tourists", 812_600, "Q2/2024", "actual"),
                ("new_enterprises", 148, "H1/2024", "actual"),
                ("new_enterprises", 86, "Q2/2024", "actual"),
                ("new_enterprises", 41, "03/2024", "actual"),
                ("new_enterprises", 98, "Q1/2024", "actual"),
            ],
        ),
        (  # a list of years with the level whose growth the catalog holds ("GRDP lần lượt tăng"); the same
            # values told again in brackets are of the same periods
            "Các năm 2021, 2022, 2023 và 2024 GRDP lần lượt tăng 3,01%; 7,22%; 4,80% và 5,60%. GRDP quý I và quý "
            "II năm 2025 của tỉnh lần lượt tăng 4,91% và 5,98% (các số ước tính công bố trước đây lần lượt là "
            "5,12% và 6,35%).",
            date(2025, 9, 29),
            [
                ("grdp_growth", 3.01, "2021", "actual"),
                ("grdp_growth", 7.22, "2022", "actual"),
                ("grdp_growth", 4.8, "2023", "actual"),
                ("grdp_growth", 5.6, "2024", "actual"),
                ("grdp_growth", 4.91, "Q1/2025", "actual"),
                ("grdp_growth", 5.98, "Q2/2025", "actual"),
                ("grdp_growth", 5.12, "Q1/2025", "estimate"),
                ("grdp_growth", 6.35, "Q2/2025", "estimate"),
            ],
        ),
        (  # a title on a year and on the five years ending with it: what names no period of its own is the year's
            "Tình hình kinh tế - xã hội năm 2025 và 5 năm 2021 - 2025\n\nQuy mô GRDP theo giá hiện hành ước đạt "
            "57.860 tỷ đồng. Tốc độ tăng GRDP bình quân 5 năm ước đạt 5,7%/năm.",
            date(2025, 12, 29),
            [
                ("grdp", 57860, "2025", "estimate"),
                ("grdp_growth", 5.7, "2021–2025", "estimate"),
            ],
        ),
        (  # in the customs office's paragraph, "số thu" alone is its collection; a whole told with its parts
            # stays the province's whole
            "Theo Cục Hải quan tỉnh, riêng tháng 11/2018, số thu đạt 462 tỷ đồng, mức cao nhất từ đầu năm.\n\n"
            "Năm 2018, số thu ước đạt 6.812 tỷ đồng; trong đó thu nội địa ước 2.905 tỷ đồng. Theo đại diện Cục "
            "Hải quan, số thu sẽ còn tăng.",
            date(2018, 12, 3),
            [
                ("budget_revenue_trade", 462, "11/2018", "actual"),
                ("budget_revenue", 6812, "2018", "estimate"),
                ("budget_revenue_domestic", 2905, "2018", "estimate"),
            ],
        ),
        (  # a count of targets met: the plan's words say what is counted, its own words its status
            "Trong 22 chỉ tiêu chủ yếu của kế hoạch năm 2021, có 15/22 chỉ tiêu ước đạt và vượt.",
            date(2021, 12, 20),
            [("annual_targets_met", 15, "2021", "estimate")],
        ),
        (  # "tỷ lệ này": the share just named, whatever words follow it
            "Cuối năm 2015, toàn tỉnh có 22,45% hộ nghèo. Năm 2016, tỷ lệ này ước giảm còn 19,5%.",
            date(2016, 12, 7),
            [
                ("poverty_rate", 22.45, "31/12/2015", "actual"),
                ("poverty_rate", 19.5, "31/12/2016", "estimate"),
            ],
        ),
        (  # "Mức tăng này": the growth just given, and the plan it falls short of
            "Năm 2017, GRDP của tỉnh tăng 7,6%. Mức tăng này thấp hơn mục tiêu 8,5% mà HĐND tỉnh đặt ra.",
            date(2018, 1, 5),
            [("grdp_growth", 7.6, "2017", "actual"), ("grdp_growth", 8.5, "2017", "target")],
        ),
        (  # the month a meeting heard an estimate is not the estimate's period
            "Năm 2025, GRDP của tỉnh tăng 8,06%. Mức tăng này thấp hơn số ước tính 8,41% mà tỉnh báo cáo tại "
            "kỳ họp HĐND tháng 12.",
            date(2026, 1, 6),
            [("grdp_growth", 8.06, "2025", "actual"), ("grdp_growth", 8.41, "2025", "estimate")],
        ),
        (  # a scenario's value; "có thể giảm mạnh, chỉ còn" a forecast
            "Giả định các tháng cuối năm, kim ngạch duy trì ổn định, cả năm đạt 5.200 triệu USD. Năm 2025, thu "
            "ngân sách có thể giảm mạnh, chỉ còn khoảng 8.000 tỷ đồng.",
            date(2025, 10, 5),
            [("trade_turnover", 5.2, "2025", "forecast"), ("budget_revenue", 8000, "2025", "forecast")],
        ),
    ],
)
def test_words_that_look_like_another_place_or_plan_but_are_not(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_condition_ends_at_its_comma_when_it_has_no_thi():
    reading = read_figures(
        "Nếu tăng trưởng kinh tế năm 2025 đạt 8%, tỉnh sẽ hoàn thành mục tiêu cả nhiệm kỳ.",
        load_catalog(),
        date(2025, 1, 10),
    )
    assert reading.mentions == []
    assert [h.reason for h in reading.held] == ["condition"]


def test_a_year_end_stock_in_a_december_report_is_the_years_closing_figure():
    text = "Đến cuối năm 2023, tỷ lệ hộ nghèo toàn tỉnh còn 4,5%."
    assert model(text, date(2023, 12, 27)) == [("poverty_rate", 4.5, "31/12/2023", "estimate", None, "stock")]
    # … but not in a report of November: then it is still to come, and held for review
    reading = read_figures(text, load_catalog(), date(2023, 11, 20))
    assert reading.mentions == [] and {h.reason for h in reading.held} == {"future_period"}


def test_a_period_not_over_on_the_documents_date_can_only_be_estimated():
    text = "Năm 2019, GRDP tăng 7,1%."
    assert model(text, date(2019, 12, 5)) == [("grdp_growth", 7.1, "2019", "estimate", None, None)]
    assert model(text, date(2020, 1, 10)) == [("grdp_growth", 7.1, "2019", "actual", None, None)]
    # a date known only to its year cannot tell
    got = read_figures(text, load_catalog(), date(2019, 1, 1), True).mentions
    assert [m.status for m in got] == ["actual"]


def test_a_value_once_held_has_no_period():
    text = "Chỉ số PGI năm 2023\nTỉnh từng đứng thứ 2 trong lần công bố đầu tiên."
    reading = read_figures(text, load_catalog(), MODEL_DOC)
    assert reading.mentions == [] and {h.reason for h in reading.held} == {"no_period"}


def test_a_month_just_ahead_of_the_report_is_this_years():
    text = "Dự kiến tháng 11, kim ngạch xuất nhập khẩu qua địa bàn đạt khoảng 500 triệu USD."
    assert model(text) == [("trade_turnover", 0.5, "11/2024", "forecast", "approx", None)]


def test_a_lead_opening_on_the_year_looked_back_on_dates_the_whole_year():
    # a January article: "cả năm" is the year its lead looks back on, not the date line's
    text = (
        "Kinh tế cửa khẩu giữ vai trò động lực\n\nNăm qua, dù hoạt động thông quan gặp nhiều khó khăn, kinh tế của "
        "tỉnh vẫn tăng trưởng khá.\n\nTổng kim ngạch xuất nhập khẩu qua địa bàn cả năm ước đạt 4,65 tỷ USD."
    )
    assert model(text, date(2018, 1, 2)) == [("trade_turnover", 4.65, "2017", "estimate", None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No date line: a quarter or months written without a year take the title's; the title's period is
        # the one holding the others it names.
        (
            "Tình hình kinh tế - xã hội quý III và 9 tháng năm 2025\n"
            "GRDP 9 tháng ước tăng 8,2%; riêng quý III ước tăng 8%. Thu ngân sách đạt 12.000 tỷ đồng.",
            [
                ("grdp_growth", 8.2, "01–09/2025", "estimate", None, None),
                ("grdp_growth", 8, "Q3/2025", "estimate", None, None),
                ("budget_revenue", 12000, "01–09/2025", "actual", None, None),
            ],
        ),
        (  # "trong tháng": the month the title names
            "Tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2022\nTrong tháng có 41 doanh nghiệp thành lập mới.",
            [("new_enterprises", 41, "04/2022", "actual", None, None)],
        ),
        (  # a price base year before a quarter does not own it
            "Báo cáo\nTổng sản phẩm trên địa bàn theo giá so sánh 2010 quý II/2020 giảm 1,25% so với cùng kỳ.",
            [("grdp_growth", -1.25, "Q2/2020", "actual", None, None)],
        ),
        (  # with no year anywhere, a quarter is no period
            "Báo cáo\nGRDP quý III ước tăng 8%.",
            [],
        ),
    ],
)
def test_documents_without_a_date(text, expected):
    assert model(text, None) == [(i, pytest.approx(v), p, st, b, a) for i, v, p, st, b, a in expected]


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # a rate pointed back at, then another's level compared with it
        (
            "Năm 2017, GRDP của tỉnh tăng 7,6%. Mức tăng này thấp hơn mức 8,9% của tỉnh Quảng Ninh.",
            date(2018, 1, 5),
            [("grdp_growth", 7.6, "2017", "actual")],
        ),
        # "tỉnh này" right after another province named is that one (held, not guessed); after the province's
        # own organ speaking, the province
        (
            "Lạng Sơn giáp Cao Bằng, tỉnh này có 5 huyện biên giới; thu ngân sách năm 2024 ước đạt 10.500 tỷ đồng.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Tại buổi làm việc với tỉnh Lạng Sơn, Chủ tịch UBND tỉnh Cao Bằng thông tin, tỉnh này 9 tháng năm 2024 "
            "thu ngân sách đạt 2.100 tỷ đồng.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Tiếp đoàn công tác tỉnh Cao Bằng, lãnh đạo tỉnh Lạng Sơn cho biết tỉnh này có 5 huyện biên giới; thu "
            "ngân sách năm 2024 ước đạt 10.500 tỷ đồng.",
            date(2024, 12, 20),
            [("budget_revenue", 10500, "2024", "estimate")],
        ),
        # the province's role in the region is no figure of the region's
        (
            "Là cửa ngõ của vùng, năm 2024 tỉnh thu hút 3 triệu lượt khách.",
            date(2025, 1, 10),
            [("tourists", 3_000_000, "2024", "actual")],
        ),
        # what the whole index covers, in brackets
        (
            "Chỉ số sản xuất công nghiệp (gồm khai khoáng, chế biến, chế tạo, sản xuất và phân phối điện) 9 tháng "
            "năm 2025 tăng 10,2%.",
            date(2025, 10, 5),
            [("iip_growth", 10.2, "01–09/2025", "actual")],
        ),
        # a size given with its year is a figure
        (
            "Với quy mô kinh tế hơn 55.000 tỷ đồng năm 2025, tỉnh đứng thứ 8 trong vùng.",
            date(2026, 1, 10),
            [("grdp", 55000, "2025", "actual")],
        ),
        # the province's one FDI project, not a zone's
        (
            "Năm 2024, toàn tỉnh thu hút 12 dự án đầu tư, trong đó 3 dự án vào khu công nghiệp, có 1 dự án FDI "
            "với vốn đăng ký 150 triệu USD.",
            date(2025, 1, 10),
            [("fdi_registered", 150, "2024", "actual")],
        ),
        # a second list naming another year: the same parts of that year
        (
            "GRDP quý I và quý II năm 2025 của tỉnh lần lượt tăng 4,91% và 5,98% (cùng kỳ năm 2024 lần lượt là "
            "3,5% và 4,1%).",
            date(2025, 9, 29),
            [
                ("grdp_growth", 4.91, "Q1/2025", "actual"),
                ("grdp_growth", 5.98, "Q2/2025", "actual"),
                ("grdp_growth", 3.5, "Q1/2024", "actual"),
                ("grdp_growth", 4.1, "Q2/2024", "actual"),
            ],
        ),
        # under a title on a year and its five years, a value said over the span is the span's
        (
            "Tình hình kinh tế - xã hội năm 2025 và 5 năm 2021 - 2025\n\nTổng thu ngân sách cả giai đoạn ước đạt "
            "52.000 tỷ đồng.",
            date(2025, 12, 29),
            [("budget_revenue", 52000, "2021–2025", "estimate")],
        ),
        # another collector named: "số thu" is not the customs' collection
        (
            "Cục Hải quan tỉnh đang tăng cường chống thất thu. Theo Cục Thuế, số thu 11 tháng năm 2024 đạt 4.800 tỷ "
            "đồng.",
            date(2024, 12, 20),
            [("budget_revenue", 4800, "01–11/2024", "actual")],
        ),
        # after a count of another kind, a bare count is either's: nothing is guessed
        (
            "Trong 6 tháng năm 2024, toàn tỉnh có 148 doanh nghiệp thành lập mới, 52 doanh nghiệp giải thể; riêng "
            "quý II có 30 doanh nghiệp.",
            date(2024, 7, 5),
            [("new_enterprises", 148, "H1/2024", "actual")],
        ),
        # a value set aside for a recomputed one
        (
            "Theo cách tính mới, điểm PCI năm 2017 của Lạng Sơn là 57,31 điểm, thay cho 56,83 điểm đã công bố.",
            date(2019, 3, 21),
            [("pci_score", 57.31, "2017", "actual")],
        ),
        # a monthly report's yearless month is the title's, under a heading naming last year's results
        (
            "Tình hình kinh tế - xã hội tháng 01 năm 2021\n\nSỐ LIỆU SƠ BỘ NĂM 2020\n\nGRDP năm 2020 tăng 2,75%.\n\n"
            "1. Thương mại\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 01 ước đạt 1.742,6 tỷ "
            "đồng.",
            date(2021, 1, 28),
            [("grdp_growth", 2.75, "2020", "actual"), ("retail_sales", 1742.6, "01/2021", "estimate")],
        ),
        # the customs office collecting "ngân sách" and the target assigned to it are the trade's revenue
        (
            "Năm 2018 Cục Hải quan Lạng Sơn thu ngân sách đạt 4.286,7 tỷ đồng. Năm 2019, Bộ Tài chính giao Cục Hải "
            "quan Lạng Sơn chỉ tiêu thu 4.530 tỷ đồng.",
            date(2019, 1, 29),
            [
                ("budget_revenue_trade", 4286.7, "2018", "actual"),
                ("budget_revenue_trade", 4530, "2019", "target"),
            ],
        ),
        # "N năm" right before the value, under a year: the N years ending in it (a yearly average, a total)
        (
            "Một số chỉ tiêu chủ yếu đến năm 2025: tốc độ tăng trưởng GRDP bình quân 5 năm từ 8%/năm trở lên; tổng "
            "kim ngạch xuất nhập khẩu qua địa bàn 5 năm đạt 40 tỷ USD.",
            date(2020, 10, 14),
            [("grdp_growth", 8, "2021–2025", "target"), ("trade_turnover", 40, "2021–2025", "target")],
        ),
        # a total over the term's first N years, in a mid-term review
        (
            "Tổng kim ngạch xuất nhập khẩu qua địa bàn ba năm đạt 12,6 tỷ USD; tổng thu ngân sách ba năm đạt 22.680 "
            "tỷ đồng.",
            date(2024, 7, 12),
            [
                ("trade_turnover", 12.6, "2021–2023", "actual"),
                ("budget_revenue", 22680, "2021–2023", "actual"),
            ],
        ),
        # but a plan's "5 năm đạt" names no years
        ("Nghị quyết đặt mục tiêu thu ngân sách 5 năm đạt 25.000 tỷ đồng.", date(2024, 4, 17), []),
        # a second list naming a period for each value; a conditional forecast its speaker introduces; the year
        # after one named; an index without a part; a share pointed back at this year; a customs office saying
        # its own take beside the tax office's
        (
            "GRDP quý I và quý II năm 2025 của tỉnh lần lượt tăng 4,91% và 5,98%; năm 2024 và năm 2023 lần lượt "
            "là 3,5% và 4,1%.",
            date(2025, 7, 10),
            [
                ("grdp_growth", 4.91, "Q1/2025", "actual"),
                ("grdp_growth", 5.98, "Q2/2025", "actual"),
                ("grdp_growth", 3.5, "2024", "actual"),
                ("grdp_growth", 4.1, "2023", "actual"),
            ],
        ),
        (
            "Ông Nguyễn Văn A, Phó Giám đốc Sở Công Thương cho biết, nếu tình hình thông quan thuận lợi, kim ngạch "
            "xuất nhập khẩu cả năm 2024 ước đạt 6 tỷ USD.",
            date(2024, 10, 5),
            [("trade_turnover", 6, "2024", "forecast")],
        ),
        (
            "Năm 2025, tỉnh phấn đấu thu ngân sách đạt 4.000 tỷ đồng; năm tới, con số này phấn đấu đạt 4.500 tỷ "
            "đồng.",
            date(2025, 2, 10),
            [("budget_revenue", 4000, "2025", "target"), ("budget_revenue", 4500, "2026", "target")],
        ),
        (
            "Chỉ số sản xuất công nghiệp (không kể ngành khai khoáng) 9 tháng năm 2024 tăng 12,1%.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Tỷ lệ hộ nghèo của tỉnh năm 2023 là 8,5%. Tỷ lệ này năm nay ước còn 6,9%.",
            date(2024, 10, 5),
            [("poverty_rate", 8.5, "31/12/2023", "actual"), ("poverty_rate", 6.9, "31/12/2024", "estimate")],
        ),
        (
            "Cục Hải quan Lạng Sơn cho biết, số thu 11 tháng năm 2024 đạt 2.000 tỷ đồng, cao hơn số thu của Cục "
            "Thuế.",
            date(2024, 12, 20),
            [("budget_revenue_trade", 2000, "01–11/2024", "actual")],
        ),
        # round D's sentences that give no figure: the whole customs sector; a sub-sector's share; an amount per
        # person; the local enterprises' goods exported; the nation's rate after "/năm"; one gate pointed back
        # at; a zone's projects
        ("Trên phạm vi toàn ngành, số thu 5 tháng năm 2018 đạt gần 137.000 tỷ đồng.", date(2018, 6, 18), []),
        (
            "Năm 2024, tăng trưởng dựa nhiều vào dịch vụ logistics, trong khi công nghiệp chế biến, chế tạo chỉ "
            "chiếm khoảng 5% GRDP.",
            date(2024, 10, 15),
            [],
        ),
        ("Năm 2025, tính theo đầu người, thu nội địa chỉ khoảng 4 triệu đồng/người.", date(2026, 1, 12), []),
        (
            "Năm 2026, Lạng Sơn mới có hơn 180 triệu USD hàng hóa của doanh nghiệp trong tỉnh xuất khẩu.",
            date(2026, 1, 21),
            [],
        ),
        (
            "Giai đoạn 2016 - 2020, tốc độ tăng trưởng GRDP bình quân thấp hơn mức bình quân khoảng 5,9%/năm của "
            "cả nước.",
            date(2020, 12, 11),
            [],
        ),
        (
            "Trong tháng 6/2020, lượng xe qua cửa khẩu Tân Thanh bình quân hơn 300 xe/ngày, kim ngạch riêng cửa "
            "khẩu này 6 tháng đạt khoảng 420 triệu USD.",
            date(2020, 7, 9),
            [],
        ),
        (
            "Năm 2026, Ban Quản lý cho biết khu công nghiệp đã thu hút 9 dự án, trong đó có 3 dự án FDI với tổng "
            "vốn đăng ký 186 triệu USD.",
            date(2026, 7, 17),
            [],
        ),
        # (but the per-head measure's own unit, and the province's FDI beside a zone's share of the projects)
        (
            "Năm 2024, GRDP bình quân đầu người đạt 64,2 triệu đồng/người. Năm 2024, tỉnh thu hút 5 dự án FDI với "
            "tổng vốn đăng ký 150 triệu USD, trong đó 3 dự án vào khu công nghiệp.",
            date(2025, 1, 12),
            [("grdp_per_capita", 64.2, "2024", "actual"), ("fdi_registered", 150, "2024", "actual")],
        ),
        # "nhiều chỉ tiêu" met are results, not a plan's lead-in (but "Một số chỉ tiêu chủ yếu:" plans)
        (
            "Năm 2021, nhiều chỉ tiêu vẫn đạt khá: thu ngân sách nhà nước trên địa bàn đạt 10.162 tỷ đồng. Một số "
            "chỉ tiêu chủ yếu năm 2022: thu ngân sách nhà nước trên địa bàn 8.120 tỷ đồng.",
            date(2022, 1, 14),
            [("budget_revenue", 10162, "2021", "actual"), ("budget_revenue", 8120, "2022", "target")],
        ),
        # a condition on a period over is no forecast; a part left out is no total; the place the sentence
        # before spoke of; a province telling its own; a description; a district named bare
        (
            "Nếu không có những biến động bất thường, kim ngạch năm 2024 có thể đạt 6 tỷ USD.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Nếu không kể số thu tiền sử dụng đất, thu ngân sách 11 tháng năm 2024 ước đạt 7.900 tỷ đồng.",
            date(2024, 12, 5),
            [],
        ),
        (  # in January, the year ahead of the one reviewed
            "Hội nghị tổng kết công tác năm 2024. Năm tới, thu ngân sách phấn đấu đạt 11.000 tỷ đồng.",
            date(2025, 1, 3),
            [("budget_revenue", 11000, "2025", "target")],
        ),
        (
            "Trong khi đó, Lào Cai lại ghi nhận mức tăng mạnh. Kim ngạch qua các cửa khẩu của tỉnh này 9 tháng năm "
            "2021 ước đạt 2,2 tỷ USD.",
            date(2021, 10, 5),
            [],
        ),
        (
            "Cùng thời điểm, Cao Bằng cho biết kim ngạch xuất nhập khẩu qua địa bàn năm 2016 đạt khoảng 1,1 tỷ USD.",
            date(2017, 1, 18),
            [],
        ),
        (
            "Lạng Sơn có lợi thế ở vị trí cửa ngõ nhưng công nghiệp chế biến còn mỏng, tỷ trọng công nghiệp - xây "
            "dựng chỉ khoảng 20%.",
            date(2019, 1, 3),
            [],
        ),
        (
            "Hữu Lũng hiện có 13/23 xã đạt chuẩn nông thôn mới, nhiều nhất tỉnh.",
            date(2022, 9, 20),
            [],
        ),
    ],
)
def test_what_a_reviewer_found_misread_stays_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the fifth round of unseen documents (batches XG–XL) showed misread: each sentence our own, with the
# construction the documents used.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # some provinces, not this one
        (
            "Tỷ lệ hộ nghèo của tỉnh cuối năm 2018 còn 12,9%, trong khi nhiều tỉnh miền núi phía Bắc vẫn ở mức trên 25%.",
            date(2019, 10, 10),
            [("poverty_rate", 12.9, "31/12/2018", "actual")],
        ),
        # the value the segment before closed on a gate ("…, với kim ngạch …"), but not the province's gates
        (
            "Năm 2026, hàng hóa chủ yếu đi qua cửa khẩu quốc tế Hữu Nghị, với kim ngạch khoảng 41,5 tỷ USD.",
            date(2027, 1, 10),
            [],
        ),
        (
            "Năm 2026, hàng hóa đi qua các cửa khẩu của tỉnh Lạng Sơn, với kim ngạch khoảng 72,4 tỷ USD.",
            date(2027, 1, 10),
            [("trade_turnover", 72.4, "2026", "actual")],
        ),
        # a commune spoken of as the subject; a part left out ("nếu loại trừ", "nếu không tính")
        ("Xã phấn đấu năm nay thu ngân sách trên địa bàn khoảng 95 tỷ đồng.", date(2025, 7, 11), []),
        (
            "Năm 2021 thu nội địa ước 2.740 tỷ đồng; nếu loại trừ tiền sử dụng đất thì thu nội địa ước 2.105 tỷ "
            "đồng.",
            date(2021, 11, 26),
            [("budget_revenue_domestic", 2740, "2021", "estimate")],
        ),
        (
            "Nếu không tính tiền thuê đất, thu ngân sách năm 2023 đạt khoảng 8.900 tỷ đồng.",
            date(2024, 1, 10),
            [],
        ),
        # the estimate an official figure replaces, with words between
        (
            "Tổng mức bán lẻ hàng hóa tháng 6/2025 đạt 2.915,2 tỷ đồng (thay cho số ước tính 2.890 tỷ đồng đã "
            "công bố).",
            date(2025, 7, 29),
            [("retail_sales", 2915.2, "06/2025", "actual")],
        ),
        # income per head per month, its words far before the value or "mỗi người một tháng" after it
        (
            "Năm 2022, thu nhập bình quân đầu người một tháng theo giá hiện hành của dân cư toàn tỉnh Lạng Sơn "
            "đạt 2.930 nghìn đồng.",
            date(2023, 6, 20),
            [("income_per_capita_monthly", 2.93, "2022", "actual")],
        ),
        (
            "Năm 2021, thu nhập bình quân đầu người đạt 33,6 triệu đồng, tương đương 2,8 triệu đồng mỗi người một "
            "tháng.",
            date(2022, 1, 12),
            [
                ("income_per_capita", 33.6, "2021", "actual"),
                ("income_per_capita_monthly", 2.8, "2021", "actual"),
            ],
        ),
        # targets met counted with a status word or "của nhiệm kỳ" between; not met and likely met in one count
        (
            "Tính chung nhiệm kỳ 2015 - 2020, có 17/22 chỉ tiêu chủ yếu dự kiến đạt và vượt mục tiêu.",
            date(2020, 9, 15),
            [("term_targets_met", 17, "2016–2020", "forecast")],
        ),
        (
            "Đến nay có 11/20 chỉ tiêu của nhiệm kỳ 2020 - 2025 đã đạt hoặc có khả năng đạt.",
            date(2023, 7, 20),
            [],
        ),
        # the next sentence goes on with the whole whose parts the sentence before also gave
        (
            "Năm 2023, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 55,6 tỷ USD; trong đó xuất khẩu và nhập "
            "khẩu lần lượt đạt 22,1 tỷ USD và 33,5 tỷ USD. Dự kiến cả năm 2024 đạt khoảng 60 tỷ USD.",
            date(2024, 3, 5),
            [
                ("trade_turnover", 55.6, "2023", "actual"),
                ("export_turnover", 22.1, "2023", "actual"),
                ("import_turnover", 33.5, "2023", "actual"),
                ("trade_turnover", 60, "2024", "forecast"),
            ],
        ),
        # (but not after two things neither of which is the other's whole)
        (
            "Năm 2023, xuất khẩu đạt 22,1 tỷ USD, nhập khẩu đạt 33,5 tỷ USD. Dự kiến cả năm 2024 đạt khoảng 60 tỷ USD.",
            date(2024, 3, 5),
            [("export_turnover", 22.1, "2023", "actual"), ("import_turnover", 33.5, "2023", "actual")],
        ),
        # the gap to another period's figure is no level
        (
            "Kim ngạch quý II/2026 đạt 23,2 tỷ USD, cao hơn quý I khoảng 1,6 tỷ USD.",
            date(2026, 7, 8),
            [("trade_turnover", 23.2, "Q2/2026", "actual")],
        ),
        # "tốc độ tăng trưởng" bare is the province's growth, not an industry's or credit's
        (
            "Năm 2023, kinh tế của tỉnh vẫn duy trì đà tăng trưởng, tốc độ tăng trưởng ước đạt 6,8%. Tốc độ tăng "
            "trưởng của ngành công nghiệp đạt 9%, tốc độ tăng trưởng tín dụng đạt 12%.",
            date(2023, 12, 8),
            [("grdp_growth", 6.8, "2023", "estimate")],
        ),
        # the nation's growth goes on after "trong đó" past its own comparison with a period; a bracket's does not
        (
            "GDP 6 tháng đầu năm 2024 của cả nước ước tăng 6,42% so với cùng kỳ năm trước, trong đó quý II tăng "
            "6,93%. Tăng trưởng kinh tế 6 tháng đầu năm 2024 của cả nước ước đạt 6,42%, trong đó quý II tăng 6,93%.",
            date(2024, 7, 10),
            [],
        ),
        (
            "Tăng trưởng kinh tế 6 tháng đầu năm 2024 của tỉnh thấp hơn cả nước (6,42%), trong đó quý II tăng 5,1%.",
            date(2024, 7, 10),
            [("grdp_growth", 5.1, "Q2/2024", "actual")],
        ),
        # a week is a span the figure model does not hold; a half-month with its month is days 1 to 15 (read
        # again on 6 December 2026: the customs' "kỳ 1", as "từ ngày 1 đến hết ngày 15/12")
        (
            "Riêng nửa đầu tháng 12, kim ngạch xuất nhập khẩu qua địa bàn tỉnh chỉ khoảng 125 triệu USD. Tuần qua, "
            "kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 40 triệu USD.",
            date(2021, 12, 20),
            [("trade_turnover", 0.125, "01–15/12/2021", "actual")],
        ),
        # a trade's share of retail sales; another trade's revenue beside tourism's
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2016 ước đạt 14.050 tỷ đồng, trong đó "
            "khối dịch vụ lưu trú, ăn uống chiếm khoảng 11%.",
            date(2016, 12, 29),
            [("retail_sales", 14050, "2016", "estimate")],
        ),
        (
            "Ngành du lịch 4 tháng năm 2017 đón 1,1 triệu lượt khách; doanh thu các dịch vụ khác 480,2 tỷ đồng.",
            date(2017, 4, 28),
            [("tourists", 1_100_000, "01–04/2017", "estimate")],
        ),
        # the Chinese side in a bracket; a commune's own revenue; a district's party; a geopark; per visitor
        (
            "Bên kia biên giới, khu vực Bằng Tường (Quảng Tây, Trung Quốc) cũng đặt mục tiêu đón 1,2 triệu lượt "
            "khách trong năm 2026.",
            date(2026, 5, 18),
            [],
        ),
        (
            "9 tháng năm 2025, thu ngân sách trên địa bàn xã đạt 80,5 tỷ đồng.",
            date(2025, 10, 17),
            [],
        ),
        (
            "Đại hội Đảng bộ huyện Văn Quan khai mạc sáng 9/7/2020. Đây là đại hội cấp huyện thứ ba của tỉnh. Dự đại "
            "hội có 225 đại biểu chính thức, thay mặt cho hơn 3.500 đảng viên trong toàn Đảng bộ huyện.",
            date(2020, 7, 10),
            [],
        ),
        (
            "Khu vực Công viên địa chất, trải dài qua nhiều xã phía tây và tây bắc tỉnh, đón hơn 1 triệu lượt khách "
            "trong 9 tháng năm 2025.",
            date(2025, 10, 6),
            [],
        ),
        (
            "Năm 2019, doanh thu du lịch đạt 1.210 tỷ đồng; chi tiêu bình quân của một lượt khách khoảng 420 nghìn "
            "đồng.",
            date(2020, 7, 14),
            [("tourism_revenue", 1210, "2019", "actual")],
        ),
        # the districts' and departments' own index
        (
            "Năm 2024, tỉnh phấn đấu không đơn vị nào có điểm DDCI dưới 62 điểm.",
            date(2024, 6, 12),
            [],
        ),
        # a part singled out after another province's whole is that province's; a running total's plan is the
        # year's
        (
            "Bức tranh ở Cao Bằng trái ngược. Tỉnh này thu ngân sách năm 2023 được khoảng 2.100 tỷ đồng; riêng thu "
            "từ xuất nhập khẩu chỉ còn 760 tỷ đồng.",
            date(2024, 1, 14),
            [],
        ),
        (
            "Tính đến ngày 15/10/2019, Cục Hải quan tỉnh thu ngân sách đạt 4.700 tỷ đồng, bằng 85,5% chỉ tiêu Bộ "
            "Tài chính giao (5.500 tỷ đồng).",
            date(2019, 10, 18),
            [
                ("budget_revenue_trade", 4700, "01/01–15/10/2019", "actual"),
                ("budget_revenue_trade", 5500, "2019", "target"),
            ],
        ),
        # a footnote's number glued to the unit, as a PDF gives a superscript
        (
            "Lũy kế 11 tháng năm 2024, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 50.400 triệu USD1, tăng "
            "7,6% so với cùng kỳ năm 2023.",
            date(2024, 12, 5),
            [("trade_turnover", 50.4, "01–11/2024", "actual")],
        ),
        # "Theo đó," after a plan just adopted plans its clauses; not after a result compared with a plan
        (
            "Kỳ họp đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024. Theo đó, tốc độ tăng "
            "trưởng GRDP năm 2024 từ 7% trở lên; thu ngân sách nhà nước trên địa bàn 10.500 tỷ đồng.",
            date(2023, 12, 8),
            [("grdp_growth", 7, "2024", "target"), ("budget_revenue", 10500, "2024", "target")],
        ),
        (
            "Năm 2022, thu ngân sách đạt 8.120 tỷ đồng, vượt 12% kế hoạch. Theo đó, thu nội địa đạt 3.400 tỷ đồng.",
            date(2023, 1, 10),
            [("budget_revenue", 8120, "2022", "actual"), ("budget_revenue_domestic", 3400, "2022", "actual")],
        ),
    ],
)
def test_what_the_fifth_round_showed_misread_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_table_rows_unit_in_thousands_of_visits_scales_its_cells():
    text = (
        "Một số chỉ tiêu\n\nChỉ tiêu | Thực hiện năm 2017 | Ước tính năm 2018\n"
        "Lượt khách du lịch (nghìn lượt) | 2.650 | 2.870\n"
    )
    got = [
        (m.indicator_id, m.value, m.period.label, m.status)
        for m in extract_figures(text, load_catalog(), date(2018, 12, 20))
    ]
    assert got == [("tourists", 2_650_000, "2017", "actual"), ("tourists", 2_870_000, "2018", "estimate")]


# What the review of the day's rules found misfiring, our own sentences (each read right now, several wrong before)
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # a footnote's number between the amount and "/người/tháng"
        (
            "Thu nhập bình quân đầu người năm 2023 đạt 2,9 triệu đồng1/người/tháng.",
            date(2024, 10, 5),
            [("income_per_capita_monthly", 2.9, "2023", "actual")],
        ),
        # the province's own localities, Lạng Sơn among others; China as the partner, not the place
        (
            "Nhiều địa phương trong tỉnh có số thu tăng khá, tổng thu ngân sách 9 tháng năm 2024 ước đạt 4.100 tỷ "
            "đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 4100, "01–09/2024", "estimate")],
        ),
        (
            "Thu ngân sách từ hoạt động xuất nhập khẩu (chủ yếu với Trung Quốc) năm 2023 đạt 5.000 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue_trade", 5000, "2023", "actual")],
        ),
        # a forecast's hedge "nếu không tính đến …"
        (
            "Nếu không tính đến các yếu tố bất thường, cả năm 2024 tăng trưởng GRDP dự kiến đạt 7,5%.",
            date(2024, 10, 5),
            [("grdp_growth", 7.5, "2024", "forecast")],
        ),
        # an amount's growth is not the province's
        (
            "Thu ngân sách 9 tháng năm 2024 đạt 4.100 tỷ đồng, tốc độ tăng trưởng 12%. Dân số trung bình năm 2023 "
            "của tỉnh đạt 800 nghìn người, tốc độ tăng trưởng 0,9%.",
            date(2024, 10, 5),
            [("budget_revenue", 4100, "01–09/2024", "actual")],
        ),
        # "với" after a partner, a benchmark, or with the province named in its own segment
        (
            "Năm 2023, tỉnh hợp tác chặt chẽ với Quảng Tây, với kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 5,5 tỷ "
            "USD.",
            date(2024, 1, 10),
            [("trade_turnover", 5.5, "2023", "actual")],
        ),
        (
            "Du lịch phát triển mạnh ở huyện Bắc Sơn, với tổng lượt khách năm 2023 của toàn tỉnh đạt 4,5 triệu lượt.",
            date(2024, 1, 10),
            [("tourists", 4_500_000, "2023", "actual")],
        ),
        # a plan for a part of the year is not the year's -- nor the result's span (to 31 October, not the 15th):
        # held for review
        (
            "Lũy kế đến 15/10/2024, tổng thu ngân sách đạt 4.712 tỷ đồng, bằng 98% so với mục tiêu phấn đấu đến hết "
            "tháng 10 (4.800 tỷ đồng).",
            date(2024, 10, 20),
            [("budget_revenue", 4712, "01/01–15/10/2024", "actual")],
        ),
        # "có thể đạt" counts targets that may be met: a forecast, never an estimate of what was met
        (
            "Nhiệm kỳ 2015 - 2020, 18/22 chỉ tiêu có thể đạt nếu các tháng cuối năm thuận lợi.",
            date(2020, 8, 20),
            [("term_targets_met", 18, "2016–2020", "forecast")],
        ),
        # what a sector includes, in brackets
        (
            "Năm 2023, khu vực dịch vụ (bao gồm thương mại, lưu trú, ăn uống, lữ hành) chiếm 48,5% GRDP.",
            date(2024, 1, 10),
            [("grdp_share_services", 48.5, "2023", "actual")],
        ),
        # a monthly poverty line before a yearly income
        (
            "Mức chuẩn nghèo là 1,5 triệu đồng/người một tháng ở nông thôn và thu nhập bình quân đầu người năm 2023 "
            "của tỉnh đạt 40 triệu đồng.",
            date(2024, 1, 10),
            [("income_per_capita", 40, "2023", "actual")],
        ),
        # "con số này" after a whole and its part: which, the text does not say
        (
            "Thu ngân sách 9 tháng năm 2024 đạt 4.100 tỷ đồng, trong đó thu từ xuất nhập khẩu 2.100 tỷ đồng. Cùng kỳ "
            "năm trước, con số này là 1.800 tỷ đồng.",
            date(2024, 10, 10),
            [
                ("budget_revenue", 4100, "01–09/2024", "actual"),
                ("budget_revenue_trade", 2100, "01–09/2024", "actual"),
            ],
        ),
        # "ở mức" after another period compared gives a level
        (
            "Thu ngân sách tháng 9 năm 2024 cao hơn tháng trước ở mức 450 tỷ đồng.",
            date(2024, 10, 10),
            [("budget_revenue", 450, "09/2024", "actual")],
        ),
        # the province's GDP in older documents
        (
            "Năm 2015, GDP của tỉnh tăng 8,5% so với năm 2014.",
            date(2016, 1, 10),
            [("grdp_growth", 8.5, "2015", "actual")],
        ),
        # a week of a named month; a district ranked in the province
        ("Tuần cuối tháng 11, kim ngạch xuất khẩu qua địa bàn tỉnh đạt 20 triệu USD.", date(2024, 12, 5), []),
        (
            "Trong tuần đầu tháng 10/2024, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 120 triệu USD.",
            date(2024, 10, 20),
            [],
        ),
        (
            "Huyện Cao Lộc đứng thứ hai của tỉnh về thu ngân sách, đạt 500 tỷ đồng năm 2023.",
            date(2024, 1, 10),
            [],
        ),
        # round G's sentences that gave a figure where the gold says none: another province's "của tỉnh"; a few
        # districts counted in digits; one company; the local goods exported after the enterprises' trade
        (
            "Ở phía bắc, Cao Bằng tăng 7,1%, kim ngạch qua các cửa khẩu của tỉnh đạt khoảng 1,3 tỷ USD trong 6 tháng "
            "đầu năm 2026.",
            date(2026, 7, 15),
            [],
        ),
        (
            "Năm 2017, ưu tiên nguồn lực cho 5 huyện có tỷ lệ hộ nghèo cao trên 25%.",
            date(2016, 12, 9),
            [],
        ),
        (
            "Năm 2023, doanh thu xuất khẩu của công ty đạt khoảng 18 triệu USD.",
            date(2024, 1, 22),
            [],
        ),
        (
            "Năm 2024, Sở Công Thương đặt mục tiêu kim ngạch xuất nhập khẩu của các doanh nghiệp trên địa bàn tỉnh "
            "đạt 420 triệu USD và xuất khẩu hàng hóa địa phương đạt 165 triệu USD.",
            date(2024, 1, 22),
            [("local_trade_turnover", 0.42, "2024", "target")],
        ),
        # the second review: provinces "trong khu vực", some of our localities, another Chinese place, another
        # province's GDP, "tỉnh ta" after another province, a sub-sector in brackets, a gloss in brackets, an
        # economy not ours, "có thể đạt" as a forecast
        (
            "Năm 2024, một số tỉnh trong khu vực có tốc độ tăng trưởng GRDP đạt trên 9%. Năm 2024, tỷ lệ hộ nghèo ở "
            "nhiều địa phương trong tỉnh vẫn còn trên 20%.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Năm 2024, cảng Phòng Thành (Trung Quốc) đạt kim ngạch xuất nhập khẩu 12 tỷ USD. Năm 2024, GDP của tỉnh "
            "Quảng Đông tăng 7,5%.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Năm 2024, Cao Bằng tăng 7,1%, trong khi tỉnh ta tăng trưởng GRDP đạt 7,5%.",
            date(2025, 1, 10),
            [("grdp_growth", 7.5, "2024", "actual")],
        ),
        (
            "Năm 2024, khu vực công nghiệp - xây dựng chiếm 22% GRDP (riêng công nghiệp chế biến, chế tạo chiếm "
            "6,5%).",
            date(2025, 1, 10),
            [("grdp_share_industry_construction", 22, "2024", "actual")],
        ),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu của các doanh nghiệp trên địa bàn tỉnh (xuất nhập khẩu địa phương) "
            "đạt 420 triệu USD. Năm 2024, thu nhập bình quân đầu người một tháng (thu nhập từ tất cả các nguồn) đạt "
            "4,3 triệu đồng.",
            date(2025, 1, 10),
            [
                ("local_trade_turnover", 0.42, "2024", "actual"),
                ("income_per_capita_monthly", 4.3, "2024", "actual"),
            ],
        ),
        (
            "Năm 2024, kinh tế Trung Quốc phục hồi chậm, tốc độ tăng trưởng chỉ đạt 5%. Tốc độ tăng trưởng việc làm "
            "năm 2024 đạt 2,1%.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Nhiệm kỳ 2020-2025, dự kiến có 18/22 chỉ tiêu có thể đạt và vượt kế hoạch.",
            date(2025, 6, 10),
            [("term_targets_met", 18, "2021–2025", "forecast")],
        ),
        # round H's sentences that gave a figure where the gold says none: one commodity singled out; a factor of
        # SIPAS; a gap to the plan (not the plan's own amount with who set it); a change proposed
        (
            "Riêng mặt hàng sầu riêng, từ đầu năm 2023 đến 15/7 đã có hơn 9.000 xe xuất khẩu qua Lạng Sơn, trị giá "
            "khoảng 1,2 tỷ USD.",
            date(2023, 7, 17),
            [],
        ),
        (
            "Năm 2020, với Chỉ số SIPAS, người dân đánh giá cao nhất yếu tố công chức giải quyết công việc (85,9%).",
            date(2021, 8, 14),
            [],
        ),
        (
            "Năm 2023, thu từ hoạt động xuất nhập khẩu ước đạt 4.850 tỷ đồng, thấp hơn dự toán 1.150 tỷ đồng. Kim "
            "ngạch cả năm 2021 chỉ đạt khoảng 4 tỷ USD, thấp hơn kế hoạch 4,5 tỷ USD tỉnh đề ra.",
            date(2023, 12, 8),
            [
                ("budget_revenue_trade", 4850, "2023", "estimate"),
                ("trade_turnover", 4, "2021", "actual"),
                ("trade_turnover", 4.5, "2021", "target"),
            ],
        ),
        (
            "Một số thành viên Ban đề nghị nâng dự toán thu nội địa năm 2022 lên 2.300 tỷ đồng.",
            date(2021, 12, 6),
            [],
        ),
        # "kể từ năm 2018" says since when, not the year of what follows; another province's party holding its
        # congress is the subject of its plan
        (
            "Để đạt mục tiêu tăng trưởng 8% cả năm, quý IV tỉnh phải tăng khoảng 10,5%, mức chưa từng đạt được trong "
            "một quý kể từ năm 2018. Thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 10.400 tỷ đồng.",
            date(2025, 10, 9),
            [
                ("grdp_growth", 8, "2025", "target"),
                ("grdp_growth", 10.5, "Q4/2025", "target"),
                ("budget_revenue", 10400, "01–09/2025", "estimate"),
            ],
        ),
        (
            "Trước đó, Đảng bộ tỉnh Cao Bằng đã tổ chức thành công đại hội với 300 đại biểu chính thức, đặt mục tiêu "
            "tăng trưởng bình quân 7%/năm trong nhiệm kỳ 2020 - 2025.",
            date(2020, 9, 26),
            [],
        ),
    ],
)
def test_what_the_review_of_the_days_rules_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_passengers_and_overnight_guests_in_a_table_are_not_tourists():
    text = (
        "Một số chỉ tiêu\n\nChỉ tiêu | Năm 2017 | Ước tính năm 2018\n"
        "Khách du lịch (nghìn lượt) | 2.400 | 2.650\n"
        "Vận chuyển hành khách (nghìn lượt) | 5.400 | 5.600\n"
        "Lượt khách lưu trú (lượt) | 500.000 | 540.000\n"
    )
    got = [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2018, 12, 20))]
    assert got == [("tourists", 2_400_000), ("tourists", 2_650_000)]


# What the last closing note left alone, written as a reader would see it: passengers are no tourists, nor
# their tourist part; a bare "tăng trưởng" after another amount is that amount's; one event's visitors; a
# plan's amount after the decision that set it is the year's plan, not a figure dated to the decision; a
# plan met early is a result; a second year's income after one per month is per month too; a second rank
# named by its ranking.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2023, lượng người qua lại cửa khẩu tăng mạnh, toàn tỉnh đón 1,5 triệu lượt hành khách xuất nhập "
            "cảnh, trong đó 800 nghìn lượt khách du lịch.",
            date(2024, 1, 12),
            [],
        ),
        (
            "Năm 2023, có 1,2 triệu lượt người xuất nhập cảnh qua các cửa khẩu, góp phần thúc đẩy du lịch.",
            date(2024, 1, 12),
            [],
        ),
        (
            "Năm 2023, tỉnh đón 3 triệu lượt khách, trong đó 200 nghìn lượt khách quốc tế.",
            date(2024, 1, 12),
            [("tourists", 3_000_000, "2023", "actual")],
        ),
        (
            "Năm 2023, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 4,2 tỷ USD, tăng trưởng duy trì ở mức trên "
            "10%.",
            date(2024, 1, 12),
            [("trade_turnover", 4.2, "2023", "actual")],
        ),
        (
            "Năm 2023, GRDP theo giá hiện hành đạt 45.000 tỷ đồng, tăng trưởng 7%.",
            date(2024, 1, 12),
            [("grdp", 45_000, "2023", "actual"), ("grdp_growth", 7, "2023", "actual")],
        ),
        (
            "Dịp này, tỉnh tổ chức Tuần lễ Văn hóa du lịch năm 2023, thu hút 20.000 lượt khách.",
            date(2023, 11, 20),
            [],
        ),
        (
            "Tính đến hết tháng 10/2024, thu ngân sách trên địa bàn đạt 4.200 tỷ đồng, bằng 76% dự toán giao tại "
            "Quyết định số 2150/QĐ-UBND ngày 8/12/2023 của UBND tỉnh (5.500 tỷ đồng).",
            date(2024, 11, 5),
            [("budget_revenue", 4200, "01–10/2024", "actual"), ("budget_revenue", 5500, "2024", "target")],
        ),
        (
            "Năm 2024, nhiều địa phương trong tỉnh đã hoàn thành sớm kế hoạch, thu ngân sách ước đạt 7.000 tỷ đồng.",
            date(2024, 12, 10),
            [("budget_revenue", 7000, "2024", "estimate")],
        ),
        (
            "Năm 2025, tỉnh phấn đấu hoàn thành vượt mức kế hoạch, thu ngân sách ước đạt 8.000 tỷ đồng.",
            date(2024, 12, 10),
            [("budget_revenue", 8000, "2025", "target")],
        ),
        (
            "Thu nhập bình quân đầu người năm 2022 là 3,5 triệu đồng/người/tháng, năm 2023 là 3,9 triệu đồng.",
            date(2024, 5, 10),
            [
                ("income_per_capita_monthly", 3.5, "2022", "actual"),
                ("income_per_capita_monthly", 3.9, "2023", "actual"),
            ],
        ),
        (
            "Năm 2023, thu nhập bình quân đạt 3,9 triệu đồng/người/tháng, cả năm thu nhập bình quân đầu người đạt "
            "46,8 triệu đồng.",
            date(2024, 5, 10),
            [
                ("income_per_capita_monthly", 3.9, "2023", "actual"),
                ("income_per_capita", 46.8, "2023", "actual"),
            ],
        ),
        (
            "Năm 2024, tăng trưởng GRDP của Lạng Sơn ước tăng 8,42%, đứng thứ 10 cả nước và thứ 4 vùng trung du và "
            "miền núi phía Bắc.",
            date(2025, 1, 10),
            [
                ("grdp_growth", 8.42, "2024", "estimate"),
                ("grdp_growth_rank", 10, "2024", "estimate"),
                ("grdp_growth_rank_region", 4, "2024", "estimate"),
            ],
        ),
    ],
)
def test_what_the_last_note_left_alone_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round I (batches WE-WJ) showed on arrival, in sentences of our own: the parts of a whole held are held
# with it (unless they name the province); the customs office's own take; public services are no sector; a
# subject of a ranking carries over its clause; the exports alone of the province's enterprises; a bracket
# saying what a whole includes names no part; a revised plan's old target is a target still.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Theo Chi cục Hải quan cửa khẩu Chi Ma, quý I/2022 kim ngạch xuất nhập khẩu qua cửa khẩu này đạt 412,6 "
            "triệu USD. Trong đó, xuất khẩu 96,8 triệu USD, nhập khẩu 315,8 triệu USD.",
            date(2022, 4, 10),
            [],
        ),
        (
            "Năm 2022, kim ngạch xuất nhập khẩu của tỉnh Cao Bằng đạt 700 triệu USD, trong đó xuất khẩu đạt 400 "
            "triệu USD.",
            date(2023, 1, 10),
            [],
        ),
        (
            "Hải quan khu vực VII cho biết 6 tháng năm 2026 thu ngân sách toàn đơn vị đạt 9.850 tỷ đồng. Trong đó, "
            "thu từ hoạt động xuất nhập khẩu trên địa bàn tỉnh Lạng Sơn đạt 8.640 tỷ đồng.",
            date(2026, 7, 5),
            [("budget_revenue_trade", 8640, "H1/2026", "actual")],
        ),
        (
            "Với Cục Hải quan Lạng Sơn, số thu ngân sách quý I/2022 đạt 1.046,2 tỷ đồng, giảm 24,5% so với cùng kỳ.",
            date(2022, 4, 10),
            [("budget_revenue_trade", 1046.2, "Q1/2022", "actual")],
        ),
        (
            "Cục Hải quan Lạng Sơn cho biết đến ngày 15/12/2018, đơn vị đã thu được 5.620,4 tỷ đồng.",
            date(2018, 12, 17),
            [("budget_revenue_trade", 5620.4, "01/01–15/12/2018", "actual")],
        ),
        (
            "Năm 2021, dịch vụ công trực tuyến đã được cung cấp nhưng tỷ lệ hồ sơ phát sinh trực tuyến mới đạt "
            "khoảng 28%.",
            date(2022, 6, 15),
            [],
        ),
        (
            "Về PCI 2017, Lạng Sơn tăng 4 bậc. Trong khu vực, Lào Cai giữ vị trí cao nhất vùng Trung du và miền "
            "núi phía Bắc, đứng thứ 6 cả nước; Cao Bằng xếp thứ 61.",
            date(2018, 3, 21),
            [],
        ),
        (
            "Kim ngạch xuất khẩu hàng hóa của doanh nghiệp trên địa bàn tỉnh năm 2019 ước đạt 92,5 triệu USD.",
            date(2019, 12, 20),
            [],
        ),
        (
            "Kim ngạch xuất, nhập khẩu hàng hóa của doanh nghiệp trên địa bàn tỉnh 6 tháng năm 2024 ước đạt 402,5 "
            "triệu USD.",
            date(2024, 6, 28),
            [("local_trade_turnover", 0.4025, "H1/2024", "estimate")],
        ),
        (
            "Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh năm 2018 (bao gồm hàng hóa mở tờ khai "
            "tại các chi cục hải quan ngoài tỉnh) đạt 5,21 tỷ USD.",
            date(2019, 1, 10),
            [("trade_turnover", 5.21, "2018", "actual")],
        ),
        (
            "Chỉ tiêu tăng trưởng năm 2025 đã được Hội đồng nhân dân tỉnh điều chỉnh từ 8% lên 10% tại kỳ họp tháng "
            "3.",
            date(2025, 12, 10),
            [("grdp_growth", 8, "2025", "target"), ("grdp_growth", 10, "2025", "target")],
        ),
    ],
)
def test_what_round_i_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_district_a_title_opens_on_as_doer_is_what_the_article_is_about():
    text = (
        "Thành phố Lạng Sơn họp báo thông tin kết quả 6 tháng đầu năm 2021\n\n"
        "Chiều 8/7/2021, UBND thành phố tổ chức họp báo.\n\n"
        "Tổng thu ngân sách trên địa bàn thành phố 6 tháng ước đạt 612,4 tỷ đồng. Tổng mức bán lẻ hàng hóa và "
        "doanh thu dịch vụ tiêu dùng trên địa bàn 6 tháng đạt khoảng 5.430 tỷ đồng.\n"
    )
    assert extract_figures(text, load_catalog(), date(2021, 7, 8)) == []


def test_a_table_cell_restating_the_prose_keeps_the_prose_status():
    text = (
        "Báo cáo\n\nTính chung 8 tháng năm 2026, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
        "23.145,7 tỷ đồng.\n\nBiểu: Một số chỉ tiêu chủ yếu\n"
        "Chỉ tiêu | Ước tính tháng 8/2026 | Cộng dồn 8 tháng năm 2026\n"
        "Tổng mức bán lẻ HH và DTDV tiêu dùng (tỷ đồng) | 2.986,4 | 23.145,7\n"
    )
    got = [
        (m.value, m.period.label, m.status, m.period_source)
        for m in extract_figures(text, load_catalog(), date(2026, 9, 5))
    ]
    assert got == [
        (23145.7, "01–08/2026", "estimate", "clause"),
        (2986.4, "08/2026", "estimate", "table_column"),
    ]


# The eighth review's misfires in the day's rules (each fixed), and what round J (WK-WP) showed on arrival:
# a whole's own count after "trong đó"; "tăng trưởng" in a list of the main figures; events in the plural and
# figures after an event that are not its visitors; a document's phrase with a comma before another period's
# bracket; a resolve to meet the plan; a year's income after a month's; one customs branch's or the tax
# office's take; the enterprises' trade written out; a plan in a table beside a result; a gate by its bare
# name; the zone; a named site; the office reporting in the sentence before.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Đến hết năm 2023, toàn tỉnh có 181 xã, trong đó 95 xã đạt chuẩn nông thôn mới.",
            date(2024, 1, 5),
            [("new_rural_communes", 95, "31/12/2023", "actual")],
        ),
        (
            "Mục tiêu năm 2024: thu ngân sách trên địa bàn 6.000 tỷ đồng, tăng trưởng 7%, GRDP bình quân đầu người "
            "65 triệu đồng.",
            date(2023, 12, 10),
            [
                ("budget_revenue", 6000, "2024", "target"),
                ("grdp_growth", 7, "2024", "target"),
                ("grdp_per_capita", 65, "2024", "target"),
            ],
        ),
        (
            "Năm 2023, tỉnh tổ chức các hội chợ, ngày hội, thu hút tổng cộng 3,1 triệu lượt khách du lịch.",
            date(2024, 1, 5),
            [("tourists", 3_100_000, "2023", "actual")],
        ),
        (
            "Tháng 11/2024, tỉnh tổ chức Hội chợ thương mại Việt - Trung, tổng mức bán lẻ hàng hóa và doanh thu dịch "
            "vụ tiêu dùng ước đạt 2.800 tỷ đồng.",
            date(2024, 12, 5),
            [("retail_sales", 2800, "11/2024", "estimate")],
        ),
        (
            "Thu ngân sách 9 tháng năm 2024 đạt 4.500 tỷ đồng, bằng 81,8% dự toán năm theo Nghị quyết của HĐND tỉnh, "
            "tăng 12% so với cùng kỳ năm 2023 (4.018 tỷ đồng).",
            date(2024, 10, 5),
            [
                ("budget_revenue", 4500, "01–09/2024", "actual"),
                ("budget_revenue", 4018, "01–09/2023", "actual"),
            ],
        ),
        (
            "Năm 2025, tỉnh quyết tâm hoàn thành xuất sắc kế hoạch, thu ngân sách trên địa bàn 7.000 tỷ đồng, tăng "
            "trưởng GRDP 8%.",
            date(2024, 12, 20),
            [("budget_revenue", 7000, "2025", "target"), ("grdp_growth", 8, "2025", "target")],
        ),
        (
            "Thu nhập bình quân đầu người năm 2023 đạt 3,9 triệu đồng/người/tháng, năm 2024 đạt 50,4 triệu đồng.",
            date(2024, 12, 20),
            [
                ("income_per_capita_monthly", 3.9, "2023", "actual"),
                ("income_per_capita", 50.4, "2024", "estimate"),
            ],
        ),
        (
            "Năm 2023, nhờ sự phối hợp của ngành thuế và ngành hải quan, số thu ngân sách toàn tỉnh đạt 5.600 tỷ "
            "đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 5600, "2023", "actual")],
        ),
        (
            "Năm 2023, kim ngạch xuất khẩu, nhập khẩu hàng hóa của doanh nghiệp trên địa bàn tỉnh đạt 350 triệu USD.",
            date(2024, 1, 10),
            [("local_trade_turnover", 0.35, "2023", "actual")],
        ),
        (
            "Theo Cục Hải quan tỉnh Lạng Sơn, tính đến ngày 20/9/2022, đơn vị thu nộp ngân sách nhà nước được 3.119 "
            "tỷ đồng.",
            date(2022, 9, 25),
            [("budget_revenue_trade", 3119, "01/01–20/09/2022", "actual")],
        ),
        (
            "Riêng tháng 6/2024, kim ngạch qua Hữu Nghị đạt khoảng 1,9 tỷ USD.",
            date(2024, 7, 5),
            [],
        ),
        (
            "6 tháng năm 2023, kim ngạch xuất nhập khẩu qua các cửa khẩu thuộc khu kinh tế đạt gần 1,9 tỷ USD.",
            date(2023, 7, 11),
            [],
        ),
        (
            "Thế nhưng, năm 2017 Mẫu Sơn chỉ đón khoảng 186.500 lượt khách.",
            date(2019, 3, 20),
            [],
        ),
        (
            "Theo Sở Công Thương, 7 tháng năm 2025, kim ngạch qua cửa khẩu quốc tế Hữu Nghị vẫn chiếm tỷ trọng lớn "
            "nhất, đạt khoảng 2,9 tỷ USD.",
            date(2025, 8, 1),
            [],
        ),
        (
            "Chi cục Hải quan khu vực VI quản lý các cửa khẩu của hai tỉnh Lạng Sơn và Cao Bằng. Theo đơn vị này, 7 "
            "tháng năm 2025, số thu ngân sách đạt 3.612 tỷ đồng.",
            date(2025, 8, 1),
            [],
        ),
        (
            "Trong dịp Tết Nguyên đán, từ ngày 14/2 đến hết ngày 22/2/2026, toàn tỉnh đón khoảng 148.500 lượt khách, "
            "tăng 21% so với kỳ nghỉ Tết năm trước. Doanh thu từ du lịch trong kỳ nghỉ ước đạt 126 tỷ đồng.",
            date(2026, 2, 23),
            [
                ("tourists", 148_500, "14/02–22/02/2026", "actual"),
                ("tourism_revenue", 126, "14/02–22/02/2026", "estimate"),
            ],
        ),
        (
            "Trong dịp Tết, từ ngày 2/2 đến 10/2/2019, các khu, điểm du lịch trọng điểm của tỉnh đón trên 90.000 lượt "
            "khách, doanh thu khoảng 55 tỷ đồng.",
            date(2019, 2, 15),
            [],
        ),
        (
            "PCI năm 2019 của Lạng Sơn đạt 63,66 điểm, tăng 0,94 điểm và tăng 6 bậc so với năm 2018, xếp thứ 52/63 "
            "tỉnh, thành phố.",
            date(2020, 6, 18),
            [("pci_score", 63.66, "2019", "actual"), ("pci_rank", 52, "2019", "actual")],
        ),
    ],
)
def test_what_the_eighth_review_and_round_j_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_move_in_a_ranking_named_before_the_rank_derives_the_rank_before():
    text = (
        "PCI năm 2019 của Lạng Sơn đạt 63,66 điểm, tăng 0,94 điểm và tăng 6 bậc so với năm 2018, xếp thứ 52/63 tỉnh, "
        "thành phố."
    )
    rank = next(
        m for m in extract_figures(text, load_catalog(), date(2020, 6, 18)) if m.indicator_id == "pci_rank"
    )
    assert rank.comparison is not None and rank.comparison.text == "tăng 6 bậc so với năm 2018"


@pytest.mark.parametrize(
    "text",
    [
        # a table in a commune's own resolution
        "NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2026 của xã Đồng Đăng\n\nChỉ tiêu | Đơn vị | "
        "Kế hoạch năm 2026\nThu nhập bình quân đầu người | triệu đồng/người/năm | 74\n",
        # a district's year in figures
        "Huyện Hữu Lũng năm 2022 qua một số chỉ tiêu thống kê chủ yếu\n\nTrong năm 2022 có 58 doanh nghiệp thành "
        "lập mới, nhiều nhất toàn tỉnh sau thành phố Lạng Sơn.\n",
        # a site's article, its source a provincial department
        "Mẫu Sơn vẫn chờ nhà đầu tư\n\nTheo số liệu của Sở Văn hóa, Thể thao và Du lịch Lạng Sơn, doanh thu du lịch "
        "của khu vực năm 2019 mới quanh mức 10 tỷ đồng.\n",
    ],
)
def test_a_document_about_a_part_of_the_province_publishes_none_of_its_figures(text):
    assert extract_figures(text, load_catalog(), date(2025, 12, 18)) == []


# What round K (WQ-WV) showed on arrival: a month and a quarter named by the date line ("tháng trước", "quý vừa
# qua", "từ đầu năm đến hết tháng trước"), not the month a value is compared with; a threshold no one crossed;
# the whole Vietnam-China border; what a tax cut took from revenue; the customs office's quick report; the city
# receiving visitors.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Số liệu của Sở Công Thương cho thấy, tháng trước tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 312 "
            "triệu USD, giảm 14,2% so với cùng kỳ năm 2015.",
            date(2016, 8, 3),
            [("trade_turnover", 0.312, "07/2016", "actual")],
        ),
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng trước ước đạt 2.918,6 tỷ đồng, tăng 1,8% "
            "so với tháng trước đó. Tính từ đầu năm đến hết tháng trước, tổng mức bán lẻ hàng hóa và doanh thu dịch "
            "vụ tiêu dùng ước đạt 11.402,3 tỷ đồng.",
            date(2024, 5, 6),
            [
                ("retail_sales", 2918.6, "04/2024", "estimate"),
                ("retail_sales", 11402.3, "01–04/2024", "estimate"),
            ],
        ),
        (
            "Theo báo cáo nhanh của Cục Hải quan Lạng Sơn, quý vừa qua đơn vị thu ngân sách được 1.312,4 tỷ đồng.",
            date(2019, 4, 8),
            [("budget_revenue_trade", 1312.4, "Q1/2019", "actual")],
        ),
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 4/2024 tăng 0,5% so với tháng trước.",
            date(2024, 5, 6),
            [],
        ),
        (
            "Năm 2021, qua đánh giá DDCI, không có đơn vị nào đạt dưới 60 điểm.",
            date(2022, 5, 11),
            [],
        ),
        (
            "Theo Bộ Công Thương, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu biên giới Việt - Trung năm 2018 đạt "
            "khoảng 25,6 tỷ USD.",
            date(2019, 1, 14),
            [],
        ),
        (
            "6 tháng năm 2023, chính sách miễn, giảm thuế của Trung ương cũng làm giảm số thu khoảng 180 tỷ đồng.",
            date(2023, 7, 14),
            [],
        ),
        (
            "Mục tiêu đến năm 2025, thành phố đón trên 2 triệu lượt khách mỗi năm, trở thành trung tâm du lịch của "
            "tỉnh.",
            date(2023, 7, 10),
            [],
        ),
    ],
)
def test_what_round_k_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "title",
    [
        "Kinh tế - xã hội huyện Lộc Bình giai đoạn 2016 - 2020 qua số liệu thống kê",
        "Nghị quyết về kế hoạch phát triển kinh tế - xã hội phường Kỳ Lừa năm 2026",
        "Họp báo giới thiệu Tuần Văn hóa - Du lịch thành phố Lạng Sơn năm 2023",
    ],
)
def test_a_title_naming_a_parts_economy_or_week_makes_the_article_that_parts(title):
    text = f"{title}\n\nNăm 2023, thu ngân sách trên địa bàn đạt 150 tỷ đồng; đón 742.000 lượt khách.\n"
    assert extract_figures(text, load_catalog(), date(2023, 12, 12)) == []


def test_the_goods_row_of_a_retail_table_is_a_part_not_the_total():
    text = (
        "Báo cáo\n\nBiểu: Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng\n\n"
        "Chỉ tiêu | Ước tính tháng 7/2022 (tỷ đồng) | Ước tính 7 tháng năm 2022 (tỷ đồng)\n"
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng | 2.615,4 | 17.436,9\n"
        "Bán lẻ hàng hóa | 1.971,2 | 13.220,5\n"
        "Dịch vụ lưu trú, ăn uống | 290,6 | 1.812,3\n"
    )
    got = [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2022, 7, 29))]
    assert got == [("retail_sales", 2615.4), ("retail_sales", 17436.9)]


# The ninth review's misfires in the rules of rounds J and K (each fixed): a rate after an amount whose sentence
# goes on about it; months named beside another ("tương đương tháng trước", "tháng trước nữa", "từ tháng trước");
# the gates in general; the province's own border gates; the whole year's visitors after an event; a fee
# collector; the zone's firms with those outside it; the holiday's days before its year; a provincial office
# telling; another index's move.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2023, kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh đạt 5 tỷ USD, tăng trưởng 12%, "
            "trong đó xuất khẩu đạt 2 tỷ USD.",
            date(2024, 1, 10),
            [("trade_turnover", 5, "2023", "actual"), ("export_turnover", 2, "2023", "actual")],
        ),
        (
            "Kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 300 triệu USD, tương đương tháng trước.",
            date(2024, 5, 6),
            [],
        ),
        (
            "Tháng trước nữa, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 280 triệu USD.",
            date(2024, 8, 25),
            [],
        ),
        (
            "Kim ngạch xuất nhập khẩu qua địa bàn tỉnh tăng mạnh từ tháng trước, đạt 400 triệu USD.",
            date(2024, 8, 25),
            [],
        ),
        (
            "Năm 2023, lượng hàng hóa thông quan ở khu vực cửa khẩu tăng mạnh, kim ngạch xuất nhập khẩu đạt 5 tỷ USD.",
            date(2024, 1, 10),
            [("trade_turnover", 5, "2023", "actual")],
        ),
        (
            "Năm 2023, kim ngạch xuất nhập khẩu qua các cửa khẩu biên giới Việt - Trung của tỉnh đạt 5 tỷ USD.",
            date(2024, 1, 10),
            [("trade_turnover", 5, "2023", "actual")],
        ),
        (
            "Năm 2023, tỉnh tổ chức Festival, đón 3,2 triệu lượt khách trong cả năm.",
            date(2024, 1, 10),
            [("tourists", 3_200_000, "2023", "actual")],
        ),
        (
            "Theo Cục Hải quan Lạng Sơn, đơn vị thu phí sử dụng công trình hạ tầng cửa khẩu năm 2023 thu được 450 tỷ "
            "đồng.",
            date(2024, 2, 10),
            [],
        ),
        (
            "Năm 2023, kim ngạch xuất nhập khẩu của các doanh nghiệp thuộc khu kinh tế và doanh nghiệp ngoài khu đạt "
            "tổng cộng 5 tỷ USD.",
            date(2024, 1, 10),
            [("trade_turnover", 5, "2023", "actual")],
        ),
        (
            "Kỳ nghỉ lễ năm nay kéo dài 5 ngày, từ ngày 27/4 đến hết ngày 1/5. Trong kỳ nghỉ, toàn tỉnh đón khoảng "
            "80.000 lượt khách.",
            date(2024, 5, 3),
            [("tourists", 80_000, "27/04–01/05/2024", "actual")],
        ),
        (
            "Năm 2023, kim ngạch qua cửa khẩu Móng Cái đạt 2 tỷ USD. Cục Thống kê tỉnh vừa công bố số liệu năm 2023. "
            "Theo đơn vị này, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng năm 2023 đạt 30.000 tỷ đồng.",
            date(2024, 1, 10),
            [("retail_sales", 30_000, "2023", "actual")],
        ),
        (
            "Từ ngày 1/2 đến ngày 8/2, Sở Công Thương tổ chức chương trình đưa hàng Việt về nông thôn. Trong những "
            "ngày Tết, tổng mức bán lẻ hàng hóa ước đạt 900 tỷ đồng.",
            date(2024, 2, 20),
            [],
        ),
        (
            "Nhờ mở cửa du lịch quốc tế, năm 2023 Lạng Sơn đón 3,2 triệu lượt khách.",
            date(2024, 1, 10),
            [("tourists", 3_200_000, "2023", "actual")],
        ),
    ],
)
def test_what_the_ninth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_another_index_between_keeps_a_move_from_the_rank():
    text = "Năm 2023, chỉ số PCI của tỉnh tăng 5 bậc so với năm 2022, chỉ số PAR INDEX xếp thứ 20/63."
    [rank] = extract_figures(text, load_catalog(), date(2024, 1, 10))
    assert rank.indicator_id == "par_index_rank" and rank.comparison is None


@pytest.mark.parametrize(
    "title",
    [
        "Tình hình kinh tế xã hội tỉnh Lạng Sơn năm 2023",
        "Kinh tế xã hội quý I/2024 tiếp tục khởi sắc",
        "Lễ hội Kỳ Lừa năm 2024 khai mạc",
    ],
)
def test_a_title_that_names_no_part_keeps_the_provinces_figures(title):
    text = f"{title}\n\nNăm 2023, kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 5 tỷ USD.\n"
    got = [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2024, 4, 10))]
    assert got == [("trade_turnover", 5)]


# What round L (WW-WZ) showed on arrival: a customs gate's branch; a usual year ("mỗi năm") over years the text
# does not name; another province reporting on its own "địa bàn"; the first quarter and "trong quý" read from
# the date line; the customs department's whole take; a commodity among the exports.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Chi cục Hải quan Cốc Nam cho biết, 9 tháng năm 2024 số thu ngân sách của Chi cục đạt 68,2 tỷ đồng.",
            date(2024, 10, 3),
            [],
        ),
        ("Mỗi năm, tỉnh đón trên 2,5 triệu lượt khách du lịch.", date(2019, 1, 7), []),
        (
            "6 tháng đầu năm 2021, kim ngạch qua địa bàn tỉnh Lạng Sơn đạt 2,37 tỷ USD. Tỉnh Cao Bằng cùng kỳ ghi "
            "nhận kim ngạch qua địa bàn khoảng 270 triệu USD, tăng 19%.",
            date(2021, 7, 8),
            [("trade_turnover", 2.37, "H1/2021", "actual")],
        ),
        (
            "Hàng hóa qua cửa khẩu Lạng Sơn tăng gần 30% trong quý đầu năm\n\nKim ngạch của các doanh nghiệp trên địa "
            "bàn tỉnh trong quý đạt 214 triệu USD.",
            date(2024, 4, 3),
            [("local_trade_turnover", 0.214, "Q1/2024", "actual")],
        ),
        (
            "Theo Cục Hải quan Lạng Sơn, tính đến hết tháng 9/2024, tổng thu ngân sách toàn Cục đạt 6.215,4 tỷ đồng.",
            date(2024, 10, 3),
            [("budget_revenue_trade", 6215.4, "01–09/2024", "actual")],
        ),
        (
            "Quý I/2017, mặt hàng xuất khẩu chủ yếu vẫn là hoa quả tươi với 236,8 triệu USD, chiếm gần 40% kim ngạch "
            "xuất khẩu.",
            date(2017, 4, 27),
            [],
        ),
    ],
)
def test_what_round_l_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_document_type_with_its_subject_on_one_line_is_the_communes():
    text = (
        "NGHỊ QUYẾT về nhiệm vụ phát triển kinh tế - xã hội năm 2023 của xã Tân Thanh\n\n"
        "Năm 2022, xã đạt và vượt 11/14 chỉ tiêu chủ yếu; thu nhập bình quân đầu người đạt 49 triệu đồng.\n"
    )
    assert extract_figures(text, load_catalog(), date(2022, 12, 21)) == []


# The tenth review's misfires in round L's rules (each fixed): three quarters are no first quarter, next and
# last year's first quarters; "hằng năm" describing a survey or a festival; the nation's customs department and
# the tax office; the statistics and tax branches; a commodity's clause before the total; a visitor's praise; a
# report of the province naming a part; international tourists.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Dự kiến trong quý đầu năm sau, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 1,5 tỷ USD.",
            date(2024, 12, 20),
            [("trade_turnover", 1.5, "Q1/2025", "forecast")],
        ),
        (
            "Quý đầu năm ngoái, kim ngạch xuất nhập khẩu qua địa bàn tỉnh chỉ đạt 900 triệu USD.",
            date(2024, 4, 5),
            [("trade_turnover", 0.9, "Q1/2023", "actual")],
        ),
        (
            "Kết quả chỉ số PCI năm 2023\n\nTheo kết quả khảo sát hằng năm của VCCI, chỉ số PCI của tỉnh đạt 65,5 "
            "điểm.",
            date(2024, 5, 10),
            [("pci_score", 65.5, "2023", "actual")],
        ),
        (
            "Theo số liệu của Chi cục Thống kê, năm 2025 GRDP bình quân đầu người đạt 70 triệu đồng.",
            date(2025, 12, 28),
            [("grdp_per_capita", 70, "2025", "estimate")],
        ),
        (
            "Năm 2023, các mặt hàng xuất khẩu chủ yếu gồm hoa quả, nông sản, máy móc, tổng kim ngạch xuất khẩu đạt 2 "
            "tỷ USD.",
            date(2024, 1, 5),
            [("export_turnover", 2, "2023", "actual")],
        ),
        (
            "Lãnh đạo tỉnh Bắc Giang ghi nhận kết quả của tỉnh bạn: kim ngạch xuất nhập khẩu qua các cửa khẩu năm 2023 "
            "đạt 5 tỷ USD.",
            date(2024, 1, 5),
            [("trade_turnover", 5, "2023", "actual")],
        ),
        ("Năm 2023, số lượt khách du lịch quốc tế đến tỉnh đạt 300.000 lượt khách.", date(2024, 1, 5), []),
    ],
)
def test_what_the_tenth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_report_of_the_province_that_names_a_part_is_the_provinces():
    text = (
        "BÁO CÁO tình hình kinh tế - xã hội tỉnh Lạng Sơn năm 2023 và phương hướng của thành phố Lạng Sơn\n\n"
        "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 32.000 tỷ đồng.\n"
    )
    got = [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2024, 1, 10))]
    assert got == [("retail_sales", 32_000)]


# What round M (VA-VD) showed on arrival, in held-out sentences that gave a figure where none is: the provinces'
# average; another province's visitors' revenue; a festival week; a rank by a measure the catalog ranks nothing by.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        ("Năm 2021, ở nhóm cấp tỉnh, giá trị DTI trung bình là 0,3663.", date(2022, 5, 10), []),
        (
            "Năm 2019, tỉnh láng giềng Quảng Ninh đón khoảng 14 triệu lượt khách, doanh thu đạt hơn 24.000 tỷ đồng.",
            date(2020, 1, 10),
            [],
        ),
        (
            "Năm 2017, tỉnh đã tổ chức thành công Tuần văn hóa - du lịch Xứ Lạng lần thứ nhất, thu hút khoảng 20.000 "
            "lượt khách.",
            date(2018, 1, 10),
            [],
        ),
        (
            "Năm 2022 tăng trưởng GRDP của Lạng Sơn đạt 7,51%, xếp thứ 38/63 tỉnh, thành phố. Về quy mô thu ngân sách, "
            "tỉnh đứng thứ 4 trong 14 tỉnh trung du và miền núi phía Bắc.",
            date(2023, 1, 10),
            [("grdp_growth", 7.51, "2022", "actual"), ("grdp_growth_rank", 38, "2022", "actual")],
        ),
    ],
)
def test_what_round_m_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the last closing note left alone: "ba quý đầu năm" is nine months, not the year's start; a running total
# "từ (đầu) tháng 9 / ngày 1/9 / đầu tháng này / đầu tháng trước đến nay" runs from that day to the date line (it
# was the month named, or a stock on the date line).
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Ba quý đầu năm 2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn đạt 5.100 tỷ đồng.",
            date(2024, 10, 20),
            [("budget_revenue", 5100, "01–09/2024", "actual")],
        ),
        (
            "Trong ba quý đầu năm, kim ngạch xuất nhập khẩu qua các cửa khẩu tỉnh Lạng Sơn đạt 3,2 tỷ USD.",
            date(2024, 10, 20),
            [("trade_turnover", 3.2, "01–09/2024", "actual")],
        ),
        (
            "Hai quý đầu năm nay, tổng thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn đạt 3.100 tỷ đồng.",
            date(2024, 7, 8),
            [("budget_revenue", 3100, "H1/2024", "actual")],
        ),
        (
            "Từ đầu tháng 9 đến nay, tỉnh Lạng Sơn đón 120.000 lượt khách du lịch.",
            date(2024, 10, 20),
            [("tourists", 120_000, "01/09/2024–20/10/2024", "actual")],
        ),
        (
            "Từ ngày 1/9/2024 đến nay, tỉnh Lạng Sơn đón 120.000 lượt khách du lịch.",
            date(2024, 10, 20),
            [("tourists", 120_000, "01/09/2024–20/10/2024", "actual")],
        ),
        (
            "Từ đầu tháng này đến nay, tỉnh Lạng Sơn đón 12.000 lượt khách du lịch.",
            date(2024, 10, 20),
            [("tourists", 12_000, "01/10/2024–20/10/2024", "actual")],
        ),
        (
            "Từ đầu tháng trước đến nay, tỉnh Lạng Sơn đón 120.000 lượt khách du lịch.",
            date(2025, 1, 12),
            [("tourists", 120_000, "01/12/2024–12/01/2025", "actual")],
        ),
    ],
)
def test_what_the_sixth_note_left_alone_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_the_same_moment_after_a_table_is_the_day_last_counted_to():
    # ("Cùng thời điểm" opening a paragraph after a table: the day the text last counted to, not the title's month)
    text = (
        "Hàng hóa qua Lạng Sơn đến giữa tháng 12/2016\n\n"
        "Tính đến ngày 15/12/2016, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn đạt 3.915 triệu USD.\n\n"
        "Cửa khẩu | Kim ngạch (triệu USD)\nHữu Nghị | 2.105\nTân Thanh | 880\n\n"
        "Xe chở hàng qua Hữu Nghị mỗi ngày khoảng 750 lượt.\n\n"
        "Cùng thời điểm, số thu ngân sách từ hoạt động xuất nhập khẩu đạt 3.612,5 tỷ đồng.\n"
    )
    got = [
        (m.indicator_id, m.period.label) for m in extract_figures(text, load_catalog(), date(2016, 12, 19))
    ]
    assert ("budget_revenue_trade", "01/01–15/12/2016") in got


# What the eleventh review found in the last session's relative periods: some months or quarters ("những tháng
# vừa qua", "vài tháng trước", "các quý đầu năm") are no month; "quý vừa qua" late in a quarter's last month is the
# quarter now ending; "tháng trước" after the month before the date line, or in a sentence set in another year, is
# the month before the one named (after another month it stays the date line's: "tháng 5 …, sang tháng trước"); the
# report of last month names no figure's month; a relative quarter in a sentence set in another year is held.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Trong những tháng vừa qua, thu ngân sách nhà nước trên địa bàn đạt 5.000 tỷ đồng.",
            date(2024, 12, 5),
            [],
        ),
        (
            "Vài tháng trước, kim ngạch xuất nhập khẩu qua các cửa khẩu chỉ đạt 300 triệu USD.",
            date(2024, 12, 5),
            [],
        ),
        ("Những quý vừa qua, kinh tế của tỉnh tăng trưởng 7,2%.", date(2024, 10, 7), []),
        ("Trong các quý đầu năm, thu ngân sách đạt bình quân 1.300 tỷ đồng mỗi quý.", date(2024, 10, 2), []),
        (
            "Quý vừa qua, kinh tế của tỉnh tăng trưởng 7,2%.",
            date(2024, 3, 28),
            [("grdp_growth", 7.2, "Q1/2024", "estimate")],
        ),
        (
            "Tháng 10, kim ngạch xuất nhập khẩu đạt 480 triệu USD, trong khi tháng trước chỉ đạt 450 triệu USD.",
            date(2024, 11, 5),
            [("trade_turnover", 0.48, "10/2024", "actual"), ("trade_turnover", 0.45, "09/2024", "actual")],
        ),
        (
            "Năm 2023, thu ngân sách tháng 12 đạt 900 tỷ đồng, tháng trước đạt 650 tỷ đồng.",
            date(2024, 12, 5),
            [("budget_revenue", 900, "12/2023", "actual"), ("budget_revenue", 650, "11/2023", "actual")],
        ),
        (
            "Chỉ số sản xuất công nghiệp tháng 5 tăng 7,3% so với cùng kỳ, sang tháng trước mức tăng đã lên 8,1%.",
            date(2024, 7, 10),
            [("iip_growth", 7.3, "05/2024", "actual"), ("iip_growth", 8.1, "06/2024", "actual")],
        ),
        (
            "Số liệu chính thức tháng 7: tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 1.702,9 tỷ đồng "
            "(ước tính trong báo cáo tháng trước là 1.688,0 tỷ đồng).",
            date(2019, 8, 28),
            [
                ("retail_sales", 1702.9, "07/2019", "official"),
                ("retail_sales", 1688.0, "07/2019", "estimate"),
            ],
        ),
        (
            "Năm 2022, kim ngạch tháng 3 đạt 400 triệu USD; quý vừa qua kim ngạch đạt 1,2 tỷ USD.",
            date(2024, 6, 5),
            [("trade_turnover", 0.4, "03/2022", "actual")],
        ),
    ],
)
def test_what_the_eleventh_review_found_in_relative_periods_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round O (VI-VN) showed on arrival, in held-out sentences that gave a figure where none is, and what the
# eleventh review found in the places and ranks of the last session's rules: one commodity's exports "trị giá"; a
# province that "thuộc nhóm …" or "ước tăng trưởng …" carries over its clause; a PCI component's change; the rank
# on an index's board the catalog ranks nothing by; the zone's area as a subject; events expected to draw; an event
# drawing the year's or the month's visitors to the province; a rank named by its index after a "Về …," opener.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Sầu riêng tiếp tục là mặt hàng xuất khẩu lớn nhất, trị giá khoảng 3,1 tỷ USD.",
            date(2026, 1, 16),
            [],
        ),
        (
            "Chỉ số PAPI 2018: Quảng Ninh tiếp tục thuộc nhóm dẫn đầu với 45,88 điểm, đứng thứ 4 cả nước.",
            date(2019, 4, 3),
            [],
        ),
        (
            "Cùng thời điểm, tỉnh bạn Cao Bằng ước tăng trưởng 9 tháng đạt 6,9%, thu ngân sách đạt khoảng 1.100 tỷ đồng.",
            date(2016, 10, 4),
            [],
        ),
        (
            "Tính năng động của lãnh đạo tỉnh trong PCI 2016 tuy đã cải thiện 0,45 điểm nhưng vẫn thuộc nhóm thấp.",
            date(2017, 3, 29),
            [],
        ),
        (
            "Chỉ số PAR INDEX 2024: trên bảng xếp hạng SIPAS, tỉnh đứng thứ 30/63 tỉnh, thành phố.",
            date(2025, 4, 7),
            [],
        ),
        (
            "Năm 2020, khu vực Đồng Đăng có thêm 1 dự án đầu tư trực tiếp nước ngoài với vốn đăng ký 6,5 triệu USD.",
            date(2021, 1, 20),
            [],
        ),
        (
            "Trong tháng 12, tỉnh tổ chức Tuần Văn hóa - Du lịch và Lễ hội hoa đào, dự kiến đón khoảng 50.000 lượt khách.",
            date(2018, 12, 1),
            [],
        ),
        (
            "Năm 2024, tỉnh tổ chức Hội chợ thương mại quốc tế Việt - Trung, thu hút 3,2 triệu lượt khách du lịch trong "
            "năm.",
            date(2025, 1, 5),
            [("tourists", 3_200_000, "2024", "actual")],
        ),
        (
            "Tháng 2/2024, tỉnh khai mạc Lễ hội Đền Mẫu Đồng Đăng, đón 300.000 lượt khách trong tháng, tăng 15% so với "
            "cùng kỳ.",
            date(2024, 3, 5),
            [("tourists", 300_000, "02/2024", "actual")],
        ),
        (
            "Về thu hút đầu tư, tỉnh đã cải thiện mạnh môi trường kinh doanh, chỉ số PCI năm 2024 xếp thứ 16/63.",
            date(2025, 4, 5),
            [("pci_rank", 16, "2024", "actual")],
        ),
    ],
)
def test_what_round_o_and_the_eleventh_review_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_part_set_against_the_province_is_still_the_part_spoken_of():
    # ("…, chiếm khoảng 1,8% tổng thu … toàn tỉnh. Chi ngân sách địa phương …": the district's, in its own report;
    # the province's own figure in the reference is still the province's)
    text = (
        "Tình hình kinh tế - xã hội huyện Hữu Lũng năm 2016\n\n"
        "Thu ngân sách nhà nước trên địa bàn huyện ước đạt 98,7 tỷ đồng, chiếm khoảng 1,8% tổng thu ngân sách trên "
        "địa bàn toàn tỉnh. Chi ngân sách địa phương ước đạt 512,3 tỷ đồng.\n\n"
        "Tổng mức bán lẻ trên địa bàn huyện ước đạt 1.495 tỷ đồng, chiếm khoảng 13,7% tổng mức của toàn tỉnh (ước "
        "10.950 tỷ đồng).\n"
    )
    got = [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2016, 12, 26))]
    assert got == [("retail_sales", 10_950)]


# What the eleventh review found in the last session's documents of a part, holidays and date lines: a kind of
# place in a sentence-case title is no part ("Xã đạt chuẩn …", "Xã biên giới …", "Khu du lịch, điểm du lịch …");
# an office serving two provinces telling our
# province's figure by name; "trong kỳ nghỉ" takes the days only of a sentence that told of the holiday.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Xã đạt chuẩn nông thôn mới tăng mạnh\n\nĐến hết năm 2024, có 90 xã đạt chuẩn nông thôn mới.",
            date(2025, 1, 5),
            [("new_rural_communes", 90, "31/12/2024", "actual")],
        ),
        (
            "Xã biên giới đổi thay\n\nNăm 2024, tỷ lệ hộ nghèo còn 5,2%.",
            date(2025, 1, 5),
            [("poverty_rate", 5.2, "31/12/2024", "actual")],
        ),
        (
            "Ngân sách xã phường sau sắp xếp: Lạng Sơn thu vượt dự toán\n\nNăm 2025, thu ngân sách nhà nước trên địa "
            "bàn ước đạt 7.000 tỷ đồng.",
            date(2025, 12, 5),
            [("budget_revenue", 7000, "2025", "estimate")],
        ),
        (
            "Khu du lịch, điểm du lịch đông khách dịp Tết\n\nDịp Tết Nguyên đán từ ngày 28/1 đến 2/2/2025, doanh thu "
            "du lịch ước đạt 120 tỷ đồng.",
            date(2025, 2, 3),
            [("tourism_revenue", 120, "28/01–02/02/2025", "estimate")],
        ),
        ("Xã Bắc Sơn đón lộc sau danh hiệu\n\nNăm 2024, xã đón 50.000 lượt khách.", date(2025, 1, 5), []),
        (
            "Kinh tế cửa khẩu\n\nChi cục Hải quan khu vực VI quản lý các cửa khẩu của hai tỉnh Lạng Sơn và Cao Bằng. "
            "Theo đơn vị này, năm 2024 kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn đạt 5 tỷ USD.",
            date(2025, 1, 10),
            [("trade_turnover", 5, "2024", "actual")],
        ),
        (
            "Trước Tết, từ ngày 20/1 đến ngày 27/1/2025, các cửa khẩu thông quan gần 8.000 xe hàng. Trong kỳ nghỉ, "
            "toàn tỉnh đón 150.000 lượt khách.",
            date(2025, 2, 5),
            [],
        ),
        (
            "Kỳ nghỉ lễ năm nay kéo dài 5 ngày, từ ngày 27/4 đến hết ngày 1/5. Trong kỳ nghỉ, toàn tỉnh đón 150.000 "
            "lượt khách.",
            date(2024, 5, 3),
            [("tourists", 150_000, "27/04–01/05/2024", "actual")],
        ),
    ],
)
def test_what_the_eleventh_review_found_in_parts_and_holidays_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# A title naming a holiday with its year ("… dịp Tết Nguyên đán 2025") gives that year to no figure of a text
# telling of the holiday: the holiday's takings are not the year's; with no date line, the days the text writes
# without their year are the holiday's, in its year (and the sentence after a part goes on in them); a title
# naming the year itself does. A day naming the holiday ("Quốc khánh 2/9") is not the days it is kept.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lạng Sơn đón 80 nghìn lượt khách dịp Tết Nguyên đán 2025\nTheo Sở Văn hóa, Thể thao và Du lịch, trong "
            "dịp Tết Nguyên đán, từ ngày 28/1 đến ngày 2/2, toàn tỉnh đón khoảng 80.000 lượt khách, tăng 20% so với "
            "cùng kỳ năm 2024. Trong đó, khách quốc tế khoảng 3.000 lượt. Doanh thu du lịch ước đạt 70 tỷ đồng, tăng "
            "25% so với cùng kỳ năm 2024.",
            [
                ("tourists", 80000, "28/01–02/02/2025", "actual"),
                ("tourism_revenue", 70, "28/01–02/02/2025", "estimate"),
            ],
        ),
        (
            "Dịp Quốc khánh 2/9/2025, Lạng Sơn đón 60 nghìn lượt khách\nTrong 4 ngày nghỉ lễ, doanh thu du lịch ước "
            "đạt 40 tỷ đồng.",
            [],
        ),
        (
            "Du lịch Lạng Sơn năm 2024 khởi sắc\nDoanh thu du lịch ước đạt 1.500 tỷ đồng, tăng 25% so với cùng kỳ "
            "năm 2023.",
            [("tourism_revenue", 1500, "2024", "estimate")],
        ),
        # (a day naming the holiday is none of the days it is kept: held; the days written are the period)
        ("Du lịch dịp lễ\nDịp Quốc khánh 2/9/2025, tỉnh đón 60.000 lượt khách.", []),
        (
            "Du lịch dịp lễ\nDịp Quốc khánh, từ ngày 30/8 đến ngày 2/9/2025, toàn tỉnh đón 60.000 lượt khách.",
            [("tourists", 60000, "30/08–02/09/2025", "actual")],
        ),
        (
            "Du lịch dịp lễ\nTrong 4 ngày nghỉ lễ Quốc khánh từ 31/8 đến 3/9/2025, toàn tỉnh đón 60.000 lượt khách.",
            [("tourists", 60000, "31/08–03/09/2025", "actual")],
        ),
        # (a title opening on the holiday and its year: its own figure is the holiday's, not the year's)
        (
            "Tết Nguyên đán 2024: Lạng Sơn đón 80 nghìn lượt khách\nTrong 7 ngày nghỉ Tết, từ ngày 8/2 đến ngày "
            "14/2/2024, toàn tỉnh đón khoảng 80.000 lượt khách.",
            [("tourists", 80000, "08/02–14/02/2024", "actual")],
        ),
        # (the sentence names the year it counts: the title's holiday takes nothing from it)
        (
            "Lạng Sơn đón khách dịp Tết Nguyên đán 2025\nCả năm 2025, doanh thu du lịch ước đạt 1.700 tỷ đồng.",
            [("tourism_revenue", 1700, "2025", "estimate")],
        ),
    ],
)
def test_a_title_naming_a_holiday_with_its_year_dates_no_year_of_results(text, expected):
    assert read_with_status(text, None) == approx_values(expected)


@pytest.mark.parametrize(
    "doc_date, label",
    [
        (date(2025, 1, 6), "2024"),
        (date(2024, 7, 6), "H1/2024"),
        (date(2024, 2, 6), "01/2024"),
        (date(2024, 5, 6), "01–04/2024"),
    ],
)
def test_the_year_to_last_month_is_named_as_its_span_is(doc_date, label):
    # (to the end of December, the year; of June, the first half; of January, that month -- as "12 tháng",
    # "6 tháng" and "tháng 1" are named, so the same span is one period wherever it comes from)
    text = "Tính từ đầu năm đến hết tháng trước, tổng mức bán lẻ hàng hóa của tỉnh Lạng Sơn ước đạt 3.000 tỷ đồng."
    assert [m.period.label for m in extract_figures(text, load_catalog(), doc_date)] == [label]


def test_a_score_after_the_ranks_steps_is_its_change():
    # ("tăng 3 bậc và 1,06 điểm so với năm 2017": the score's change, not a score of 1,06)
    text = (
        "Năm 2018, PCI của Lạng Sơn đạt 61,54 điểm, xếp thứ 56/63, tăng 3 bậc và 1,06 điểm so với năm 2017."
    )
    got = {(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2019, 3, 20))}
    assert ("pci_score", 61.54) in got and ("pci_score", 1.06) not in got


def test_the_customs_office_named_then_cuc_alone_is_its_take():
    # ("Phó Cục trưởng Cục Hải quan tỉnh: …, Cục thu ngân sách được 862,4 tỷ đồng": the office's own take, not
    # the province's budget revenue; not a branch's "Chi cục Hải quan … : Chi cục đã thu")
    text = (
        "Ông Nguyễn Văn Hoàn, Phó Cục trưởng Cục Hải quan tỉnh: Tính đến ngày 28/3, Cục thu ngân sách được 862,4 "
        "tỷ đồng."
    )
    got = [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2023, 3, 30))]
    assert got == [("budget_revenue_trade", 862.4)]


# What the twelfth review found in today's rules: a relative month or quarter beside a month or year the date line
# agrees with, or one only compared with or cited, is the date line's; a month before the date line's January; "hai
# quý đầu năm tới"; a plan of the first nine months made in August; "trong tháng" after a month that does not open
# the sentence; "trong kỳ nghỉ" after days before or after the holiday, or after "5 ngày Tết" / "Quốc khánh"; another
# province as a modifier; an event's own days; a rank named by its index after the rank; ordinary words that name a
# PCI component; a name after a kind of place in a title; a two-province office's total; the province as subject
# after "So với …"; a zone's area as a modifier.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Tháng 1, kim ngạch xuất nhập khẩu đạt 480 triệu USD, tháng trước đạt 450 triệu USD.",
            date(2024, 2, 5),
            [("trade_turnover", 0.48, "01/2024", "actual")],
        ),
        (
            "Tháng 6, tổng mức bán lẻ hàng hóa đạt 3.000 tỷ đồng, quý vừa qua đạt 8.900 tỷ đồng.",
            date(2024, 7, 5),
            [("retail_sales", 3000, "06/2024", "actual"), ("retail_sales", 8900, "Q2/2024", "actual")],
        ),
        (
            "Kết thúc 10 tháng năm 2024, thu ngân sách đạt 6.500 tỷ đồng; riêng tháng trước đạt 600 tỷ đồng.",
            date(2024, 11, 5),
            [("budget_revenue", 6500, "01–10/2024", "actual"), ("budget_revenue", 600, "10/2024", "actual")],
        ),
        (
            "So với tháng 10 năm 2023, kim ngạch xuất nhập khẩu tháng trước đạt 480 triệu USD.",
            date(2024, 11, 5),
            [("trade_turnover", 0.48, "10/2024", "actual")],
        ),
        (
            "Nếu như tháng 9/2023 kim ngạch chỉ đạt 460 triệu USD thì tháng trước đã đạt 520 triệu USD.",
            date(2024, 10, 5),
            [("trade_turnover", 0.46, "09/2023", "actual"), ("trade_turnover", 0.52, "09/2024", "actual")],
        ),
        (
            "Trong hai quý đầu năm tới, tỉnh phấn đấu thu ngân sách đạt 4.000 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 4000, "H1/2025", "target")],
        ),
        (
            "Dự kiến ba quý đầu năm, kim ngạch xuất nhập khẩu ước đạt 4.200 triệu USD.",
            date(2024, 8, 20),
            [("trade_turnover", 4.2, "01–09/2024", "estimate")],
        ),
        (
            "Trước kỳ nghỉ Tết, từ ngày 20/1 đến ngày 27/1/2025, các cửa khẩu thông quan gần 8.000 xe hàng. Trong kỳ "
            "nghỉ, doanh thu du lịch đạt 126 tỷ đồng.",
            date(2025, 2, 10),
            [],
        ),
        (
            "Trong 5 ngày Tết, từ ngày 28/1 đến ngày 1/2/2025, toàn tỉnh đón 150.000 lượt khách. Trong kỳ nghỉ, doanh "
            "thu du lịch đạt 126 tỷ đồng.",
            date(2025, 2, 10),
            [
                ("tourists", 150_000, "28/01–01/02/2025", "actual"),
                ("tourism_revenue", 126, "28/01–01/02/2025", "actual"),
            ],
        ),
        (
            "Trong dịp này, tỉnh đón đoàn công tác tỉnh Cao Bằng có chuyến khảo sát, kim ngạch xuất nhập khẩu qua địa "
            "bàn năm 2024 đạt 4.500 triệu USD.",
            date(2025, 1, 5),
            [("trade_turnover", 4.5, "2024", "actual")],
        ),
        (
            "Năm 2024, tỉnh tổ chức Lễ hội Kỳ Cùng - Tả Phủ, thu hút 80.000 lượt khách trong năm ngày diễn ra.",
            date(2025, 1, 5),
            [],
        ),
        (
            "Cùng với việc nâng cao chỉ số hài lòng, năm 2023 tỉnh xếp thứ 15/63 về PAR INDEX.",
            date(2024, 5, 5),
            [("par_index_rank", 15, "2023", "actual")],
        ),
        (
            "Về thu hút đầu tư năm 2023, dù chỉ số PCI còn thấp, tỉnh đứng thứ 4 trong vùng về vốn đăng ký.",
            date(2024, 5, 5),
            [],
        ),
    ],
)
def test_what_the_twelfth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Báo cáo tình hình kinh tế - xã hội tháng 9 năm 2024\n\nSau đợt mưa lũ tháng 8, trong tháng toàn tỉnh đón "
            "150.000 lượt khách.",
            date(2024, 10, 5),
            [("tourists", 150_000, "09/2024")],
        ),
        (
            "Lạng Sơn 9 tháng\n\nĐến ngày 30/9/2024, toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.\n\nTheo kế hoạch, đến "
            "năm 2025 tỉnh phấn đấu có 130 xã đạt chuẩn.\n\nCùng thời điểm, tỷ lệ hộ nghèo là 8,5%.",
            date(2024, 10, 5),
            [("new_rural_communes", 120, "30/09/2024")],
        ),
        (
            "Khu du lịch Mẫu Sơn: lượng khách tăng\n\nNăm 2023, lượng khách đạt 400.000 lượt khách.",
            date(2024, 1, 5),
            [],
        ),
        (
            "Xã biên giới Bảo Lâm: đổi thay\n\nNăm 2023, thu ngân sách trên địa bàn đạt 12 tỷ đồng.",
            date(2024, 1, 5),
            [],
        ),
        (
            "Kinh tế cửa khẩu\n\nChi cục Hải quan khu vực VI quản lý các cửa khẩu của hai tỉnh Lạng Sơn và Cao Bằng. "
            "Theo đơn vị này, năm 2024 tổng kim ngạch do đơn vị quản lý đạt 5.000 triệu USD, riêng Lạng Sơn đạt 3.500 "
            "triệu USD.",
            date(2025, 10, 5),
            [],
        ),
        (
            "Huyện Hữu Lũng: kinh tế khởi sắc\n\nSo với năm trước thu ngân sách của tỉnh tăng 10%, đạt 6.000 tỷ đồng. "
            "Kim ngạch xuất nhập khẩu 9 tháng đạt 4.500 triệu USD.",
            date(2024, 10, 5),
            [("trade_turnover", 4.5, "01–09/2024")],
        ),
        (
            "Tin kinh tế\n\nSau khi mở rộng bãi xe khu vực Cốc Nam, năm 2023 kim ngạch xuất nhập khẩu qua các cửa khẩu "
            "đạt 4.500 triệu USD.",
            date(2024, 1, 5),
            [("trade_turnover", 4.5, "2023")],
        ),
    ],
)
def test_what_the_twelfth_review_found_in_documents_reads_right(text, doc_date, expected):
    got = [(m.indicator_id, m.value, m.period.label) for m in extract_figures(text, load_catalog(), doc_date)]
    assert got == [(i, pytest.approx(v), p) for i, v, p in expected]


# What round P (VO-VT) showed on arrival, in held-out sentences that gave a figure where none is: a customs branch's
# whole take ("toàn Chi cục") and the plan given to it; the nation's rate compared with its own a year before; what
# the government requires
# of every province; a province described by an apposition naming ours; a party body under the province's; an event
# told of.
@pytest.mark.parametrize(
    "text, doc_date",
    [
        ("Về thu ngân sách, số thu toàn Chi cục đến ngày 10/6 đạt 4.126,5 tỷ đồng.", date(2025, 6, 12)),
        (
            "Về thu ngân sách, số thu toàn Chi cục đến ngày 10/6 đạt 4.126,5 tỷ đồng, bằng 43% dự toán giao cho đơn vị "
            "năm 2025 (9.600 tỷ đồng).",
            date(2025, 6, 12),
        ),
        (
            "Số liệu ước tính gửi Tổng cục Thống kê cho thấy GDP cả nước nửa đầu năm tăng 6,42%, cao hơn hẳn mức 3,72% "
            "cùng kỳ năm ngoái.",
            date(2024, 7, 8),
        ),
        (
            "Năm 2026, Chính phủ yêu cầu các địa phương xây dựng kịch bản tăng trưởng từ 10% trở lên.",
            date(2026, 1, 10),
        ),
        (
            "PCI 2019: Cao Bằng, tỉnh láng giềng của Lạng Sơn, rời vị trí cuối bảng nhưng vẫn chỉ đứng thứ 62.",
            date(2020, 5, 10),
        ),
        (
            "Đảng bộ Ban Quản lý Khu kinh tế hiện có 14 chi bộ trực thuộc với 186 đảng viên.",
            date(2023, 10, 18),
        ),
        (
            "Đại diện Sở Văn hóa, Thể thao và Du lịch thông tin về Lễ hội Kỳ Lừa năm 2026, dự kiến thu hút khoảng 60.000 "
            "lượt khách trong 3 ngày diễn ra.",
            date(2026, 1, 20),
        ),
    ],
)
def test_what_round_p_showed_gives_no_figure(text, doc_date):
    assert extract_figures(text, load_catalog(), doc_date) == []


# What the thirteenth review found in the mends: "từ/kể từ tháng 1/2023", "so với cùng kỳ năm 2023", "kế hoạch
# năm 2025" name no month or year the sentence is set in; "ba quý đầu năm" in January is last year's; "quý đầu năm
# sau" after the year the sentence is set in; "trong tháng" after "Vào/Đầu tháng 9", "Ngày 15 tháng 9"; a
# ceremony ("lễ khởi công"), an inn ("nhà nghỉ") or the days of getting ready for Tết are no holiday; the year's
# visitors "trong năm 2024"; a district set against the province "so với mức chung của toàn tỉnh";
# "Xã biên giới Lạng Sơn" names the province; the province's party counting its sub-bodies; another office's
# "toàn Chi cục"; "Cục thu" after the customs office past a clause.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Từ tháng 1/2023 đến nay, tỉnh đã thu hút 25 dự án; riêng tháng trước thu ngân sách đạt 420 tỷ đồng.",
            date(2024, 11, 5),
            [("budget_revenue", 420, "10/2024", "actual")],
        ),
        (
            "So với cùng kỳ năm 2023, quý vừa qua thu ngân sách đạt 3.000 tỷ đồng, tăng 12%.",
            date(2024, 4, 5),
            [("budget_revenue", 3000, "Q1/2024", "actual")],
        ),
        (
            "Ba quý đầu năm, kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 4 tỷ USD.",
            date(2025, 1, 8),
            [("trade_turnover", 4, "01–09/2024", "actual")],
        ),
        (
            "Năm 2023 thu ngân sách tăng 5%, hai quý đầu năm sau thu ngân sách đạt 3.000 tỷ đồng.",
            date(2025, 3, 5),
            [("budget_revenue", 3000, "H1/2024", "actual")],
        ),
        (
            "Vào tháng 9, tỉnh tổ chức Festival du lịch, trong tháng đón 300.000 lượt khách.",
            date(2024, 11, 5),
            [("tourists", 300_000, "09/2024", "actual")],
        ),
        (
            "Ngày 20/4/2024, UBND tỉnh tổ chức lễ khởi công dự án; từ ngày 20/4 đến ngày 25/4/2024, các cửa khẩu thông "
            "quan 3.500 xe hàng. Trong kỳ nghỉ, toàn tỉnh đón 50.000 lượt khách.",
            date(2024, 5, 6),
            [],
        ),
        (
            "Chuẩn bị phục vụ nhu cầu mua sắm Tết năm 2025, từ ngày 15/1 đến ngày 25/1/2025, các chợ mở cửa xuyên trưa. "
            "Trong kỳ nghỉ, toàn tỉnh đón 90.000 lượt khách.",
            date(2025, 2, 5),
            [],
        ),
        (
            "Năm 2024, tỉnh tổ chức Lễ hội Xứ Lạng, thu hút 3,2 triệu lượt khách trong năm 2024.",
            date(2025, 1, 10),
            [("tourists", 3_200_000, "2024", "actual")],
        ),
        (
            "Đảng bộ tỉnh hiện có 1.250 chi bộ trực thuộc với 76.500 đảng viên.",
            date(2024, 12, 10),
            [("party_members", 76_500, "10/12/2024", "actual")],
        ),
        (
            "Năm 2024, toàn Chi cục Quản lý thị trường xử lý 1.200 vụ, thu ngân sách nhà nước trên địa bàn đạt 12.000 tỷ "
            "đồng.",
            date(2025, 1, 10),
            [("budget_revenue", 12_000, "2024", "actual")],
        ),
        (
            "Theo Cục Hải quan tỉnh Lạng Sơn, năm 2024 tổng kim ngạch xuất nhập khẩu qua địa bàn đạt 5 tỷ USD; Cục thu "
            "ngân sách đạt 7.000 tỷ đồng.",
            date(2025, 1, 10),
            [("trade_turnover", 5, "2024", "actual"), ("budget_revenue_trade", 7000, "2024", "actual")],
        ),
    ],
)
def test_what_the_thirteenth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Huyện Hữu Lũng: kinh tế tăng trưởng khá\n\nNăm 2024, tốc độ tăng trưởng kinh tế của huyện đạt 9,5%, cao so "
            "với mức chung của toàn tỉnh. Thu nhập bình quân đầu người đạt 55 triệu đồng.",
            [],
        ),
        (
            "Xã biên giới Lạng Sơn đổi thay\n\nNăm 2024, thu nhập bình quân đầu người đạt 60 triệu đồng; tỷ lệ hộ nghèo "
            "giảm còn 5,2%.",
            [("income_per_capita", 60), ("poverty_rate", 5.2)],
        ),
    ],
)
def test_what_the_thirteenth_review_found_in_parts_reads_right(text, expected):
    got = [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), date(2025, 2, 10))]
    assert got == [(i, pytest.approx(v)) for i, v in expected]


# What round Q (VU-VZ) showed on arrival, in held-out sentences that gave a figure where none is (a travel piece's
# place, "Về Bắc Sơn …", and another province's congress are read right in their documents): a district's congress
# among the province's; a count part-way
# through a term ("đã đạt", "đạt tiến độ"); a plan of every year; a clause going on with the clause before's subject
# after ";"; the province's first party cell; a share of a part's value added.
@pytest.mark.parametrize(
    "text, doc_date",
    [
        (
            "Khai mạc Đại hội đại biểu Đảng bộ huyện Chi Lăng lần thứ XXV, nhiệm kỳ 2020 – 2025\n\nĐây là đại hội điểm "
            "cấp huyện của Đảng bộ tỉnh Lạng Sơn. Dự đại hội có 250 đại biểu chính thức, đại diện cho hơn 5.100 đảng "
            "viên.",
            date(2020, 7, 23),
        ),
        (
            "Sơ kết giữa nhiệm kỳ\n\nTrong 24 chỉ tiêu chủ yếu Nghị quyết Đại hội XVII đề ra cho nhiệm kỳ 2020 - 2025, "
            "có 11 chỉ tiêu đã đạt và vượt mục tiêu của cả nhiệm kỳ, 8 chỉ tiêu đạt tiến độ.",
            date(2023, 11, 24),
        ),
        (
            "Kế hoạch nâng cao PCI năm 2019\n\n- Phấn đấu hằng năm có ít nhất 400 doanh nghiệp thành lập mới.",
            date(2019, 5, 20),
        ),
        (
            "Kế hoạch\n\nĐến năm 2030: Khu du lịch Mẫu Sơn được công nhận là khu du lịch quốc gia; đón khoảng 600.000 "
            "lượt khách/năm.",
            date(2022, 6, 1),
        ),
        (
            "89 năm Ngày truyền thống Đảng bộ tỉnh\n\nTheo đồng chí Trưởng Ban Tổ chức Tỉnh ủy, từ Chi bộ Đảng Cộng sản "
            "đầu tiên ra đời tại thôn Nà Lùng, xã Quốc Khánh (Tràng Định) với 3 đảng viên, đến nay Đảng bộ tỉnh đã lớn "
            "mạnh.",
            date(2022, 6, 14),
        ),
        (
            "Thành phố Lạng Sơn năm 2017 qua một số chỉ tiêu thống kê\n\nNăm 2017, khu vực thương mại, dịch vụ chiếm "
            "trên 70% giá trị tăng thêm của thành phố, trong khi GRDP toàn tỉnh tăng 7,12%.",
            date(2018, 1, 10),
        ),
    ],
)
def test_what_round_q_showed_gives_no_figure_of_the_province(text, doc_date):
    got = [(m.indicator_id, m.value) for m in extract_figures(text, load_catalog(), doc_date)]
    assert all(i == "grdp_growth" for i, _v in got)  # (only the province's growth in the last, named as such)


# What the fourteenth review found in the mends: a plan's year still to come, "khi", "với", "từ Trung Quốc" name no
# year a sentence is not set in; "hai quý đầu năm" estimated in March is this year's; weekends and a clause after
# ";" are no holiday of the value's; "sau 2 năm dịch, kỳ nghỉ lễ …" is the holiday; a clause on "đón" after ";"
# goes on only with a subject the clause before opened on; an event's visitors "đến Lạng Sơn"; a title's part is read
# on its own line; a bloc's party; the first cell beside the province's party; the tax office between.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Khi năm 2024 khép lại, tháng 12 kim ngạch đạt 600 triệu USD, tháng trước đạt 550 triệu USD.",
            date(2025, 2, 15),
            [("trade_turnover", 0.6, "12/2024", "actual"), ("trade_turnover", 0.55, "11/2024", "actual")],
        ),
        (
            "Kim ngạch nhập khẩu từ Trung Quốc năm 2023, tháng 12 đạt 500 triệu USD, tháng trước đạt 450 triệu USD.",
            date(2024, 3, 5),
            [("import_turnover", 0.5, "12/2023", "actual"), ("import_turnover", 0.45, "11/2023", "actual")],
        ),
        (
            "Kim ngạch của Lạng Sơn với Trung Quốc năm 2023 đạt 4.000 triệu USD; quý vừa qua kim ngạch đạt 1.200 triệu "
            "USD.",
            date(2024, 4, 15),
            [],
        ),
        (
            "Hai quý đầu năm, kim ngạch xuất nhập khẩu ước đạt 2.000 triệu USD.",
            date(2024, 3, 25),
            [("trade_turnover", 2, "H1/2024", "estimate")],
        ),
        (
            "Năm nay, sau 2 năm dịch, kỳ nghỉ lễ kéo dài 5 ngày, từ ngày 27/4/2024 đến hết ngày 1/5/2024, toàn tỉnh đón "
            "80.000 lượt khách. Trong kỳ nghỉ, doanh thu du lịch ước đạt 60 tỷ đồng.",
            date(2024, 5, 6),
            [
                ("tourists", 80_000, "27/04–01/05/2024", "actual"),
                ("tourism_revenue", 60, "27/04–01/05/2024", "estimate"),
            ],
        ),
        (
            "Năm 2024, ngành du lịch đẩy mạnh quảng bá tại Hà Nội và Quảng Ninh; đón 3 triệu lượt khách du lịch, doanh "
            "thu đạt 4.000 tỷ đồng.",
            date(2024, 12, 28),
            [("tourists", 3_000_000, "2024", "estimate"), ("tourism_revenue", 4000, "2024", "estimate")],
        ),
        (
            "Tháng 2/2024, tỉnh tổ chức Lễ hội Hoa Đào, thu hút hơn 50.000 lượt khách đến Lạng Sơn.",
            date(2024, 3, 5),
            [],
        ),
        ("Hiện nay, Đảng bộ Khối Doanh nghiệp tỉnh có 2.500 đảng viên.", date(2024, 10, 5), []),
        (
            "Từ chi bộ đầu tiên với 3 đảng viên năm 1930, đến nay Đảng bộ tỉnh đã có hơn 70.000 đảng viên.",
            date(2024, 10, 5),
            [("party_members", 70_000, "05/10/2024", "actual")],
        ),
        (
            "Sau khi Cục Hải quan tỉnh chuyển giao hồ sơ, Cục Thuế đã truy thu 50 tỷ đồng; 9 tháng năm 2024 Cục thu "
            "ngân sách được 4.000 tỷ đồng.",
            date(2024, 10, 5),
            # (not the customs' take; nor the province's whole: an office's take is held, since the eighteenth
            # review -- this row once expected it published as budget_revenue)
            [],
        ),
    ],
)
def test_what_the_fourteenth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tình hình kinh tế - xã hội 9 tháng năm 2024\n\nHoạt động du lịch sôi động, các điểm du lịch đông khách "
            "trong những ngày nghỉ cuối tuần, tổng lượt khách du lịch đạt 2 triệu lượt.",
            [("tourists", 2_000_000, "01–09/2024")],
        ),
        (
            "Tình hình kinh tế - xã hội 9 tháng năm 2024\n\nThu ngân sách trên địa bàn đạt 8.000 tỷ đồng; các cửa khẩu "
            "thông quan xuyên suốt, kể cả trong dịp nghỉ lễ.",
            [("budget_revenue", 8000, "01–09/2024")],
        ),
        (
            "Ở xã biên giới\n\nTính chung 9 tháng năm 2024, thu ngân sách đạt 8.000 tỷ đồng.",
            [("budget_revenue", 8000, "01–09/2024")],
        ),
    ],
)
def test_what_the_fourteenth_review_found_in_documents_reads_right(text, expected):
    got = [
        (m.indicator_id, m.value, m.period.label)
        for m in extract_figures(text, load_catalog(), date(2024, 10, 5))
    ]
    assert got == [(i, pytest.approx(v), p) for i, v, p in expected]


# What round R (UA-UF) showed on arrival, in held-out sentences that gave a figure where none is: the nation's rate
# set against its own of a named year; an event's visitors over its own days; one business's visitors.
@pytest.mark.parametrize(
    "text, doc_date",
    [
        (
            "Số liệu Cục Thống kê công bố chiều 5/1 cho thấy GDP cả nước năm 2025 ước tăng 8,02%, cao hơn mức 7,09% của "
            "năm 2024.",
            date(2026, 1, 6),
        ),
        (
            "Lễ hội Du lịch mùa đông Mẫu Sơn năm 2023\n\nBan tổ chức dự kiến đón khoảng 15.000 lượt khách trong ba ngày "
            "lễ hội.",
            date(2023, 12, 10),
        ),
        (
            "Bà Lương Thị Hiền, chủ một homestay ở xã Mẫu Sơn (huyện Lộc Bình), cho biết năm nay cơ sở của bà đón khoảng "
            "3.000 lượt khách, gấp đôi năm trước.",
            date(2018, 12, 18),
        ),
    ],
)
def test_what_round_r_showed_gives_no_figure(text, doc_date):
    assert extract_figures(text, load_catalog(), doc_date) == []


# What the fifteenth review found in the last mends: a district or site opening its comma segment after a lead
# ("Năm 2024, huyện Cao Lộc …; đón …"); "ba quý đầu năm" said done before they end is last year's; "bằng 60% năm
# 2019", "Khác với năm 2023", "Cao hơn nhiều năm 2022", a plan's year from the date line's on ("Để đạt mục tiêu năm
# 2024" in January 2024) name no year a sentence is set in; "hai đảng bộ khối" is a count of blocs; the tax office as
# a partner; "riêng trong kỳ nghỉ" after a month opening the sentence.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2024, huyện Cao Lộc tập trung phát triển du lịch cộng đồng; đón khoảng 200.000 lượt khách.",
            date(2025, 1, 5),
            [],
        ),
        (
            "Năm 2024, thành phố Lạng Sơn tổ chức thành công nhiều lễ hội; thu hút 1,2 triệu lượt khách.",
            date(2025, 1, 5),
            [],
        ),
        (
            "Ba quý đầu năm, kim ngạch xuất nhập khẩu qua địa bàn đạt 2.500 triệu USD.",
            date(2024, 3, 10),
            [("trade_turnover", 2.5, "01–09/2023", "actual")],
        ),
        (
            "Hai quý đầu năm, kim ngạch xuất nhập khẩu ước đạt 2.000 triệu USD.",
            date(2024, 3, 25),
            [("trade_turnover", 2, "H1/2024", "estimate")],
        ),
        (
            "Lượng khách du lịch chỉ bằng 60% năm 2019; quý vừa qua toàn tỉnh đón 850.000 lượt khách.",
            date(2024, 10, 5),
            [("tourists", 850_000, "Q3/2024", "actual")],
        ),
        (
            "Khác với năm 2023, quý vừa qua kim ngạch xuất nhập khẩu đạt 1.200 triệu USD.",
            date(2024, 10, 5),
            [("trade_turnover", 1.2, "Q3/2024", "actual")],
        ),
        (
            "Đảng bộ tỉnh hiện có 16 đảng bộ trực thuộc, trong đó có hai đảng bộ khối, với 70.800 đảng viên.",
            date(2024, 2, 5),
            # (the province's total after a listing that names its blocs: held with them -- missed, never a bloc's
            # membership published as the province's)
            [("party_organisations", 16, "05/02/2024", "actual")],
        ),
        (
            "Theo Cục Hải quan tỉnh, phối hợp với Cục Thuế, đến ngày 28/3 Cục thu ngân sách được 862,4 tỷ đồng.",
            date(2024, 3, 28),
            [("budget_revenue_trade", 862.4, "01/01–28/03/2024", "actual")],
        ),
        (
            "Kỳ nghỉ lễ 30/4 - 1/5 năm nay kéo dài 5 ngày. Tháng 4, toàn tỉnh đón 250.000 lượt khách; riêng trong kỳ "
            "nghỉ đón 120.000 lượt.",
            date(2024, 5, 3),
            [("tourists", 250_000, "04/2024", "actual")],
        ),
    ],
)
def test_what_the_fifteenth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round S (UG-UL) showed on arrival, in held-out sentences that gave a figure where none is: another province's
# gate after "qua"; the rate each quarter left must reach; an event opening its segment and taking place there.
@pytest.mark.parametrize(
    "text, doc_date",
    [
        (
            "Cùng thời gian, qua cửa khẩu Móng Cái (Quảng Ninh), kim ngạch 10 tháng đạt khoảng 3,1 tỷ USD.",
            date(2023, 11, 5),
        ),
        (
            "Để đạt chỉ tiêu đã điều chỉnh, bình quân mỗi quý còn lại tốc độ tăng trưởng GRDP tăng trên 6%.",
            date(2020, 7, 20),
        ),
        (
            "Sắp tới, Lễ hội Văn hóa Du lịch Mẫu Sơn năm 2024 diễn ra từ ngày 20 đến 22/9, dự kiến đón khoảng 25.000 "
            "lượt khách.",
            date(2024, 9, 5),
        ),
    ],
)
def test_what_round_s_showed_gives_no_figure(text, doc_date):
    assert extract_figures(text, load_catalog(), doc_date) == []


# What the sixteenth review found in the last mends: "Trên cơ sở này" and "các cơ sở này" are no one business; a
# district named after a subject's clause does not take the clause on "đón" after ";"; "ba quý đầu năm" said done
# before a plan word after its verb; blocs' members beside the province's.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Trên cơ sở này, tỉnh phấn đấu năm 2025 đón 3,5 triệu lượt khách du lịch.",
            date(2024, 12, 20),
            [("tourists", 3_500_000, "2025", "target")],
        ),
        (
            "Chín tháng năm 2024, toàn tỉnh có 1.200 cơ sở lưu trú; riêng các cơ sở này đón 1,5 triệu lượt khách du "
            "lịch.",
            date(2024, 10, 5),
            [("tourists", 1_500_000, "01–09/2024", "actual")],
        ),
        (
            "Năm 2024, du lịch tỉnh khởi sắc với nhiều sản phẩm mới, huyện Bắc Sơn có thêm homestay; đón 2,5 triệu lượt "
            "khách du lịch.",
            date(2024, 12, 20),
            [("tourists", 2_500_000, "2024", "estimate")],
        ),
        (
            "Hai quý đầu năm, thu ngân sách trên địa bàn đạt 4.100 tỷ đồng, bằng 55% kế hoạch năm.",
            date(2024, 2, 5),
            [("budget_revenue", 4100, "H1/2023", "actual")],
        ),
        (
            "Năm 2024, Đảng bộ tỉnh có 72.000 đảng viên; các đảng bộ khối có 3.500 đảng viên.",
            date(2025, 1, 5),
            [("party_members", 72_000, "31/12/2024", "actual")],
        ),
    ],
)
def test_what_the_sixteenth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_domestic_revenue_after_the_customs_office_is_not_its_take():
    # ("… phối hợp với Cục Thuế tỉnh rà soát nợ thuế; 9 tháng, Cục thu ngân sách nội địa được 3.000 tỷ đồng": not
    # what the customs office collects)
    text = (
        "Cục Hải quan tỉnh đã phối hợp với Cục Thuế tỉnh rà soát nợ thuế; 9 tháng, Cục thu ngân sách nội địa được "
        "3.000 tỷ đồng."
    )
    got = {m.indicator_id for m in extract_figures(text, load_catalog(), date(2024, 10, 5))}
    assert "budget_revenue_trade" not in got


# What round T (UM-UP) showed on arrival, in held-out sentences that gave a figure where none is: a part named after
# its count ("lượt khách quốc tế"); a count on boundaries before a reform; targets on track; a commune described by
# a bracket that runs past a comma.
@pytest.mark.parametrize(
    "text, doc_date",
    [
        (
            "Theo Sở Văn hóa, Thể thao và Du lịch, trong tổng số khách năm qua có khoảng 142.500 lượt khách quốc tế.",
            date(2025, 1, 6),
        ),
        (
            "Đại hội Đảng bộ phường Đồng Đăng\n\nToàn tỉnh đã có 84 xã đạt chuẩn nông thôn mới (tính theo địa giới "
            "trước sắp xếp).",
            date(2025, 8, 16),
        ),
        (
            "Trong 21 chỉ tiêu chủ yếu của năm, có 8 chỉ tiêu đạt tiến độ từ 50% kế hoạch trở lên trong 6 tháng đầu "
            "năm 2022.",
            date(2022, 7, 10),
        ),
        (
            "Tại xã Thất Khê (hình thành từ thị trấn Thất Khê và các xã Chi Lăng, Đề Thám cũ của huyện Tràng Định), thu "
            "ngân sách quý I đạt 9,6 tỷ đồng.",
            date(2026, 4, 5),
        ),
    ],
)
def test_what_round_t_showed_gives_no_figure(text, doc_date):
    assert extract_figures(text, load_catalog(), doc_date) == []


# What the seventeenth review found in the last mends: both parts of the visitors named are the whole; targets on
# track however worded; counts on old boundaries however worded; a district after a lead without a year; a bloc
# without a count before it; the province's total after its listing of blocs; the tax office as any partner; a long
# opening set in another year; an estimate after a copula; "cơ sở của chúng tôi".
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2024, tỉnh Lạng Sơn đón 3,5 triệu lượt khách quốc tế và nội địa, tăng 10% so với năm 2023.",
            date(2025, 1, 5),
            [("tourists", 3_500_000, "2024", "actual")],
        ),
        ("Năm 2024, có 18/20 chỉ tiêu chủ yếu đạt và vượt tiến độ kế hoạch.", date(2024, 12, 20), []),
        (
            "Đến nay, toàn tỉnh có 84 xã đạt chuẩn nông thôn mới (tính theo đơn vị hành chính cũ).",
            date(2025, 8, 5),
            [],
        ),
        (
            "Trong 6 tháng đầu năm, huyện Bắc Sơn tổ chức nhiều hoạt động quảng bá du lịch; đón 200.000 lượt khách.",
            date(2024, 7, 5),
            [],
        ),
        (
            "Đến ngày 31/12/2023, Đảng bộ tỉnh có 16 đảng bộ trực thuộc, gồm 11 đảng bộ huyện, thành phố, 2 đảng bộ "
            "khối và 3 đảng bộ lực lượng vũ trang, với 70.800 đảng viên.",
            date(2024, 1, 5),
            [("party_organisations", 16, "31/12/2023", "actual")],
        ),
        ("Đến nay, Đảng bộ Khối, với 4.300 đảng viên, đã hoàn thành sắp xếp.", date(2024, 1, 5), []),
        (
            "Cục Hải quan tỉnh Lạng Sơn cùng với Cục Thuế tỉnh tăng cường chống thất thu; tính đến ngày 20/10, Cục thu "
            "ngân sách được 4.800 tỷ đồng.",
            date(2024, 10, 25),
            [("budget_revenue_trade", 4800, "01/01–20/10/2024", "actual")],
        ),
        (
            "Hai quý đầu năm, kim ngạch xuất nhập khẩu là một trong những điểm sáng, ước đạt 2 tỷ USD.",
            date(2024, 3, 28),
            [("trade_turnover", 2, "H1/2024", "estimate")],
        ),
        ("Năm 2024, cơ sở của chúng tôi đón khoảng 3.000 lượt khách.", date(2025, 1, 5), []),
    ],
)
def test_what_the_seventeenth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the eighteenth review found in the last mends: a part going on with its own count ("…quốc tế, nội địa đạt
# 3,2 triệu") is no whole; another count's schedule is no targets on track; counts before the reform however
# bracketed; two blocs as the subject; "Cục thu" after the tax office speaking; a subject's clause is no lead; a
# result after a copula said before they end.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        ("Năm 2024, tỉnh đón 150.000 lượt khách quốc tế, nội địa đạt 3,2 triệu lượt.", date(2025, 1, 5), []),
        (
            "Năm 2024, có 18/20 chỉ tiêu đạt và 2 chỉ tiêu chậm tiến độ.",
            date(2024, 12, 20),
            [("annual_targets_met", 18, "2024", "estimate")],
        ),
        (
            "Đến nay, toàn tỉnh có 84 xã đạt chuẩn nông thôn mới (tính trước khi sắp xếp).",
            date(2025, 8, 5),
            [],
        ),
        (
            "Đến nay, hai đảng bộ khối với tổng số 8.600 đảng viên đã hoàn thành hợp nhất.",
            date(2024, 1, 5),
            [],
        ),
        (
            "Theo Cục Hải quan tỉnh, lượng xe qua cửa khẩu tăng mạnh; lãnh đạo Sở Tài chính và Cục Thuế tỉnh cho biết "
            "tính đến ngày 20/10, Cục thu được 3.100 tỷ đồng.",
            date(2024, 10, 25),
            [],
        ),
        (
            "Theo báo cáo năm 2024, du lịch tỉnh khởi sắc, huyện Bắc Sơn tổ chức lễ hội lớn; đón 3 triệu lượt khách.",
            date(2025, 1, 5),
            [("tourists", 3_000_000, "2024", "actual")],
        ),
        (
            "Ba quý đầu năm, thu ngân sách là 4.000 tỷ đồng, phấn đấu cả năm đạt 6.000 tỷ đồng.",
            date(2024, 3, 28),
            [("budget_revenue", 4000, "01–09/2023", "actual"), ("budget_revenue", 6000, "2024", "target")],
        ),
    ],
)
def test_what_the_eighteenth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# Three of the last notes' left-alone readings: the country as a subject ("Việt Nam có …"); a feature on a district
# whose title has it doing something ("Huyện biên giới Tràng Định vươn lên"); a count had part-way through a term
# ("Giai đoạn 2021 - 2025, tỉnh đã có 1.200 doanh nghiệp" in 2023).
@pytest.mark.parametrize(
    "text, doc_date",
    [
        (
            "Tin\n\nNăm 2024, Việt Nam có tốc độ tăng trưởng kinh tế 7,09%, thuộc nhóm cao của khu vực.",
            date(2025, 1, 10),
        ),
        (
            "Huyện biên giới Tràng Định vươn lên\n\nNăm 2024, thu ngân sách trên địa bàn đạt 150 tỷ đồng.",
            date(2025, 1, 10),
        ),
        ("Tin\n\nGiai đoạn 2021 - 2025, tỉnh đã có 1.200 doanh nghiệp thành lập mới.", date(2023, 6, 10)),
    ],
)
def test_what_the_seventh_note_left_alone_gives_no_figure_of_the_province(text, doc_date):
    assert extract_figures(text, load_catalog(), doc_date) == []


# What the nineteenth review found in the last mends, and two readings the last note left alone: the country only as
# the subject opening its segment (not "cửa ngõ … của Việt Nam có …"); both parts of the visitors joined by "và" going
# on with the whole's verb; a share of the schedule is still on track; a bracket that compares with the old
# boundaries is no count on them; "tháng/quý/năm trước đó", the period before the one the sentence names; a closed
# clause of purpose ("Để đạt mục tiêu năm 2024, …") gives what follows it no status.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2024, tỉnh Lạng Sơn - cửa ngõ giao thương của Việt Nam có tổng kim ngạch xuất nhập khẩu đạt 5,2 tỷ USD.",
            date(2025, 1, 10),
            [("trade_turnover", 5.2, "2024", "actual")],
        ),
        (
            "Năm 2024, Lạng Sơn là tỉnh của Việt Nam có GRDP tăng 6,2%.",
            date(2025, 1, 10),
            [("grdp_growth", 6.2, "2024", "actual")],
        ),
        (
            "Năm 2024, GRDP của tỉnh tăng 6,2%, trong khi Việt Nam đạt 7,09%.",
            date(2025, 1, 10),
            [("grdp_growth", 6.2, "2024", "actual")],
        ),
        (
            "Năm 2024, tỉnh đón 3,5 triệu lượt khách quốc tế và nội địa tăng 12% so với năm trước.",
            date(2025, 1, 5),
            [("tourists", 3_500_000, "2024", "actual")],
        ),
        ("Năm 2024, tỉnh đón 150.000 lượt khách quốc tế và khách nội địa tăng 5%.", date(2025, 1, 5), []),
        (
            "6 tháng đầu năm 2024, có 12/20 chỉ tiêu đạt và vượt (trên) 50% tiến độ kế hoạch năm.",
            date(2024, 7, 10),
            [],
        ),
        ("Năm 2024, có 18/20 chỉ tiêu đạt và vượt chỉ tiêu theo tiến độ đề ra.", date(2024, 12, 20), []),
        (
            "Đến nay, toàn tỉnh có 60 xã đạt chuẩn nông thôn mới (giảm 24 xã so với trước khi sắp xếp).",
            date(2025, 8, 5),
            [("new_rural_communes", 60, "05/08/2025", "actual")],
        ),
        (
            "Đến nay, toàn tỉnh có 60 xã đạt chuẩn nông thôn mới (trong đó có xã Tân Thanh cũ).",
            date(2025, 8, 5),
            [("new_rural_communes", 60, "05/08/2025", "actual")],
        ),
        (
            "Toàn tỉnh có 92 xã được công nhận đạt chuẩn nông thôn mới trước khi sắp xếp đơn vị hành chính.",
            date(2025, 10, 10),
            [],
        ),
        (
            "Năm 2022, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 5 tỷ USD; năm trước đó đạt 4,5 tỷ USD.",
            date(2024, 10, 5),
            [("trade_turnover", 5.0, "2022", "actual"), ("trade_turnover", 4.5, "2021", "actual")],
        ),
        (
            "Quý II/2024, thu ngân sách đạt 2.000 tỷ đồng; quý trước đó đạt 1.800 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 2000, "Q2/2024", "actual"), ("budget_revenue", 1800, "Q1/2024", "actual")],
        ),
        (
            "Kim ngạch tháng 8 đạt 500 triệu USD, tháng trước đó đạt 450 triệu USD.",
            date(2024, 10, 5),
            [("trade_turnover", 0.5, "08/2024", "actual"), ("trade_turnover", 0.45, "07/2024", "actual")],
        ),
        (
            "Năm 2023 thu ngân sách đạt 9.000 tỷ đồng, ba năm trước đó chỉ đạt 6.000 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 9000, "2023", "actual")],
        ),
        (
            "Để đạt mục tiêu năm 2024, tháng trước tỉnh đã thu ngân sách 1.200 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 1200, "09/2024", "actual")],
        ),
        (
            "Để đạt kế hoạch năm, quý IV toàn tỉnh cần đón khoảng 880.000 lượt khách.",
            date(2025, 10, 5),
            [("tourists", 880_000, "Q4/2025", "target")],
        ),
        (
            "Năm 2026, tăng trưởng phải đạt 10%, và giải ngân vốn đầu tư công phải đạt trên 95%.",
            date(2025, 10, 10),
            [("grdp_growth", 10, "2026", "target")],
        ),
        (
            "Năm 2025, tăng trưởng kinh tế ước đạt 8%, độ che phủ rừng đạt 65%.",
            date(2025, 12, 10),
            [("grdp_growth", 8, "2025", "estimate")],
        ),
    ],
)
def test_what_the_nineteenth_review_and_round_u_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round U's held-out documents published from nothing: a district's chairman telling the district's figures
# after a period with no comma ("năm qua huyện có thêm 2 xã …, thu nhập … ước đạt …"); a commune as the subject of
# a quote ("Xã mới có 19/19 tiêu chí …, giờ tỷ lệ hộ nghèo … trên 20%"); the commune a paragraph opened on; a trait
# in a sentence on what will be ("với tỷ trọng dịch vụ trên 50% …, kinh tế Lạng Sơn sẽ …").
@pytest.mark.parametrize(
    "text, doc_date, published",
    [
        (
            "Tin\n\nÔng Lương Văn Khánh, Chủ tịch UBND huyện cho biết, năm qua huyện có thêm 2 xã đạt chuẩn nông thôn "
            "mới, thu nhập bình quân đầu người ước đạt 31,5 triệu đồng.",
            date(2022, 1, 12),
            [],
        ),
        (
            'Tin\n\n"Xã mới có 19/19 tiêu chí nông thôn mới từ năm 2020, giờ tỷ lệ hộ nghèo theo chuẩn mới lại trên '
            '20%", Bí thư Đảng ủy xã nói.',
            date(2022, 1, 12),
            [],
        ),
        (
            "Tin\n\nXã Yên Trạch (huyện Cao Lộc) là một trong những xã về đích nông thôn mới năm 2022. Từ một xã "
            "thuần nông, đến nay thu nhập bình quân của người dân đạt khoảng 3,9 triệu đồng/người/tháng.",
            date(2023, 1, 10),
            [],
        ),
        (
            "Tin\n\nNăm 2024, GRDP của tỉnh tăng 6,2%. Theo các chuyên gia, với tỷ trọng dịch vụ trên 50% và phụ "
            "thuộc nhiều vào giao thương, kinh tế Lạng Sơn sẽ nhạy cảm với chính sách thông quan.",
            date(2025, 1, 10),
            [6.2],  # (the growth the sentence before gives, not the trait)
        ),
    ],
)
def test_what_round_u_showed_gives_no_figure_of_the_province(text, doc_date, published):
    assert [m.value for m in extract_figures(text, load_catalog(), doc_date)] == published


# What the nineteenth review found in places and titles: "Cục thu …" is an office's take however worded ("Cục thu
# ngân sách được/đạt"), never the province's whole; a lead of any span before a district's clause ("Từ đầu năm đến
# nay, …", "Sáu tháng đầu năm, …", "Qua 9 tháng, …"); a title that names the province's economy beside a part's
# feature; and older readings it met: "huyện thu 90 tỷ đồng", provinces counted ("cả nước có 5 tỉnh đạt …").
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Cục Hải quan tỉnh và Cục Thuế tỉnh đã ký quy chế phối hợp; tính đến ngày 20/10, Cục thu ngân sách được "
            "4.100 tỷ đồng.",
            date(2024, 10, 25),
            [],
        ),
        (
            "Lãnh đạo Cục Thuế tỉnh cho biết Cục thu ngân sách được 3.100 tỷ đồng trong 9 tháng năm 2024.",
            date(2024, 10, 25),
            [],
        ),
        (
            "Từ đầu năm đến nay, huyện Bắc Sơn tổ chức nhiều lễ hội văn hóa; đón 500.000 lượt khách.",
            date(2025, 1, 5),
            [],
        ),
        (
            "Sáu tháng đầu năm, huyện Bắc Sơn tổ chức nhiều lễ hội văn hóa; đón 500.000 lượt khách.",
            date(2025, 1, 5),
            [],
        ),
        (
            "Qua 9 tháng, huyện Bắc Sơn tổ chức nhiều lễ hội văn hóa; đón 300.000 lượt khách.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Huyện Hữu Lũng bứt phá, kinh tế tỉnh tăng trưởng khá\n\nNăm 2024, GRDP tăng 6,2%, thu ngân sách đạt "
            "12.000 tỷ đồng.",
            date(2025, 1, 10),
            [("grdp_growth", 6.2, "2024", "actual"), ("budget_revenue", 12000, "2024", "actual")],
        ),
        (
            "Năm 2023, tỉnh thu ngân sách đạt 10.000 tỷ đồng; huyện thu 90 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 10000, "2023", "actual")],
        ),
        ("Năm 2023, cả nước có 5 tỉnh đạt trên 70 điểm PCI.", date(2024, 10, 5), []),
    ],
)
def test_what_the_nineteenth_review_found_in_places_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# Three readings the day's work met on its way: a plan named in a clause of purpose is not over the span what it
# requires is ("Để đạt mục tiêu tăng trưởng 8%, 6 tháng cuối năm …"); a footnote's superscript glued to a year or a
# unit ("năm 2020², quý IV", "6.450 tỷ đồng¹;"); the term's plan named after its rate ("8%/năm của nhiệm kỳ").
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            # (the plan is the year's the half it requires lies in: the eighth note left it held, mended since)
            "Để đạt mục tiêu tăng trưởng 8%, 6 tháng cuối năm 2024 phải tăng khoảng 11,5%.",
            date(2024, 10, 5),
            [("grdp_growth", 8, "2024", "target"), ("grdp_growth", 11.5, "H2/2024", "target")],
        ),
        (
            "Để hoàn thành mục tiêu tăng trưởng 3,5% đã được điều chỉnh cho năm 2020², quý IV/2020 cần đạt mức tăng "
            "khoảng 8,7%.",
            date(2020, 9, 29),
            [("grdp_growth", 3.5, "2020", "target"), ("grdp_growth", 8.7, "Q4/2020", "target")],
        ),
        (
            "Năm 2022, tỉnh phấn đấu thu ngân sách trên địa bàn đạt 6.450 tỷ đồng¹; trong đó thu nội địa 3.800 tỷ "
            "đồng.",
            date(2021, 12, 10),
            [("budget_revenue", 6450, "2022", "target"), ("budget_revenue_domestic", 3800, "2022", "target")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng bình quân 8%/năm của nhiệm kỳ, hai năm 2024 - 2025 tỉnh phải tăng trưởng "
            "bình quân trên 10%/năm.",
            date(2023, 7, 15),
            [("grdp_growth", 8, "2021–2025", "target"), ("grdp_growth", 10, "2024–2025", "target")],
        ),
    ],
)
def test_what_the_day_met_on_its_way_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the twentieth review found in the day's rules: the country as a subject after "kinh tế", "và", a quote or a
# bracket; a part's own count after "và"; another count written in words or as "các chỉ tiêu"; a count on the old
# boundaries with a number in its bracket; the province's own rate after a source, and other subjects' rates of
# every length; a clause of purpose before a plan keeps the plan's status; visitors a plan requires only right
# before their number; a title whose province is only what the part adds to; parts compared are no paragraph's
# subject; provinces counted in words; some years before another.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2024, kinh tế Việt Nam tăng 7,09%, GRDP Lạng Sơn tăng 6,2%.",
            date(2025, 1, 10),
            [("grdp_growth", 6.2, "2024", "actual")],
        ),
        (
            "Năm 2024, GRDP của tỉnh tăng 6,2% (Việt Nam đạt 7,09%).",
            date(2025, 1, 10),
            [("grdp_growth", 6.2, "2024", "actual")],
        ),
        (
            "Năm 2024, tỉnh đón 150.000 lượt khách quốc tế và nội địa đạt 3,2 triệu lượt.",
            date(2025, 1, 5),
            [],
        ),
        (
            "Năm 2024, có 18/20 chỉ tiêu đạt và hai chỉ tiêu chậm tiến độ.",
            date(2024, 12, 20),
            [("annual_targets_met", 18, "2024", "estimate")],
        ),
        (
            "Đến nay, toàn tỉnh có 92 xã đạt chuẩn nông thôn mới (theo 181 xã trước khi sắp xếp).",
            date(2025, 8, 5),
            [],
        ),
        (
            "Năm 2024, kinh tế tỉnh tăng trưởng khá, Cục Thống kê công bố đạt 6,2%.",
            date(2025, 1, 10),
            [("grdp_growth", 6.2, "2024", "actual")],
        ),
        (
            "Năm 2025, tăng trưởng kinh tế ước đạt 8%, tỷ lệ giải ngân vốn đầu tư công đạt 95%.",
            date(2025, 12, 10),
            [("grdp_growth", 8, "2025", "estimate")],
        ),
        (
            "Năm 2025, GRDP tăng 8%, đóng góp của du lịch vào GRDP đạt 7%.",
            date(2025, 12, 10),
            [("grdp_growth", 8, "2025", "estimate")],
        ),
        (
            "Để thực hiện thắng lợi kế hoạch năm 2025, tỉnh tập trung thu hút 5 triệu lượt khách, thu ngân sách "
            "9.500 tỷ đồng.",
            date(2025, 1, 5),
            [("tourists", 5_000_000, "2025", "target"), ("budget_revenue", 9500, "2025", "target")],
        ),
        (
            "9 tháng năm 2025, dù phải đón khách trong điều kiện mưa lũ, toàn tỉnh vẫn đón 3,8 triệu lượt khách.",
            date(2025, 10, 5),
            [("tourists", 3_800_000, "01–09/2025", "actual")],
        ),
        (
            "Huyện Văn Lãng hoàn thành vượt dự toán, góp phần tăng thu ngân sách tỉnh\n\nNăm 2024, thu ngân sách đạt "
            "400 tỷ đồng.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Tin\n\nHuyện Hữu Lũng là địa phương có tốc độ tăng trưởng cao nhất. Cả năm 2024, tốc độ tăng trưởng GRDP "
            "ước đạt 7%.",
            date(2025, 1, 10),
            [("grdp_growth", 7, "2024", "estimate")],
        ),
        ("Năm 2024, cả nước có năm tỉnh đạt tăng trưởng GRDP trên 10%.", date(2025, 3, 1), []),
        (
            "Năm 2023, thu ngân sách đạt 9.000 tỷ đồng, vượt xa các năm trước đó, khi thu chỉ đạt 6.000 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 9000, "2023", "actual")],
        ),
    ],
)
def test_what_the_twentieth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round V's held-out documents published from nothing: a part's chairman telling its figures, past "TP." (an
# abbreviation, no sentence's end); a part's report cited ("Theo báo cáo của thị trấn, …"); an event written bare
# ("dự kiến tuần lễ thu hút …"); a group's income ("thu nhập bình quân của các hộ làm du lịch"); visitors needed
# "từ nay đến cuối năm"; the city going on ("Thành phố cũng đón …"); districts ranked with their values in
# brackets ("tiếp đến là Bình Gia (20,37%) và Tràng Định (16,84%)").
@pytest.mark.parametrize(
    "text, doc_date",
    [
        (
            "Tin\n\nÔng Lê Trí Thức, Chủ tịch UBND TP. Lạng Sơn, cho biết giai đoạn 2016 - 2019, kinh tế thành phố "
            "tăng khá; thu nhập bình quân đầu người năm 2018 đạt khoảng 78 triệu đồng.",
            date(2019, 11, 12),
        ),
        (
            "Tin\n\nTheo báo cáo của thị trấn, 11 tháng năm 2016 thu ngân sách trên địa bàn thị trấn đạt 38,6 tỷ "
            "đồng; thu nhập bình quân đầu người ước khoảng 42 triệu đồng.",
            date(2016, 12, 20),
        ),
        ("Tin\n\nNăm nay, ban tổ chức dự kiến tuần lễ thu hút khoảng 20.000 lượt khách.", date(2023, 6, 16)),
        (
            "Tin\n\nNăm 2022, thu nhập bình quân của các hộ làm du lịch khoảng 80 triệu đồng/năm.",
            date(2023, 6, 16),
        ),
        (
            "Tin\n\nĐể hoàn thành kế hoạch năm, từ nay đến cuối năm ngành du lịch phải đón thêm khoảng 2,6 triệu "
            "lượt khách.",
            date(2026, 5, 6),
        ),
        ("Tin\n\nNăm 2018, thành phố cũng đón 1.412 nghìn lượt khách.", date(2019, 3, 28)),
        (
            "Tin\n\nNăm 2018, Đình Lập là huyện có tỷ lệ hộ nghèo cao nhất tỉnh, tiếp đến là Bình Gia (20,37%) và "
            "Tràng Định (16,84%).",
            date(2019, 3, 28),
        ),
    ],
)
def test_what_round_v_showed_gives_no_figure_of_the_province(text, doc_date):
    assert extract_figures(text, load_catalog(), doc_date) == []


def test_an_abbreviations_dot_ends_no_sentence():
    text = "Ông A, Chủ tịch UBND TP. Lạng Sơn, cho biết thu đạt 5 tỷ đồng. Theo ThS. Nguyễn Văn B, thu tăng."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Ông A, Chủ tịch UBND TP. Lạng Sơn, cho biết thu đạt 5 tỷ đồng.",
        "Theo ThS. Nguyễn Văn B, thu tăng.",
    ]


# What the twenty-first review found in the newest mends: a clause of purpose keeps its plan's own year unless what
# follows is required; a footnote mark after "điểm"; the previous term's average; the north of the country; a source
# inside another subject's segment; visitors required "được / ít nhất"; "từ nay đến năm 2030" is a span; "v.v." ends a
# sentence; "xã hội" is no commune; a district's own count with a rank aside; events counted; per-person income
# "trong năm"; a title's province after "và"; a bracket noting what a count includes.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Để đạt mục tiêu tăng trưởng 8%, năm 2024 tỉnh tập trung thu hút đầu tư.",
            date(2024, 3, 5),
            [("grdp_growth", 8, "2024", "target")],
        ),
        (
            "Năm 2023, chỉ số PCI của tỉnh đạt 65,5 điểm², xếp thứ 20/63 tỉnh, thành phố.",
            date(2024, 5, 10),
            [("pci_score", 65.5, "2023", "actual"), ("pci_rank", 20, "2023", "actual")],
        ),
        ("Tăng trưởng bình quân 6,5%/năm của nhiệm kỳ trước là nền tảng quan trọng.", date(2025, 8, 10), []),
        (
            "Lạng Sơn, tỉnh biên giới phía Bắc Việt Nam có tốc độ tăng trưởng kinh tế năm 2023 đạt 6,2%.",
            date(2024, 1, 10),
            [("grdp_growth", 6.2, "2023", "actual")],
        ),
        (
            "Năm 2024, tăng trưởng kinh tế đạt 8,1%, tỷ lệ giải ngân vốn đầu tư công theo báo cáo của Sở Tài chính "
            "đạt 95%.",
            date(2025, 1, 10),
            [("grdp_growth", 8.1, "2024", "actual")],
        ),
        (
            "Năm 2025, ngành du lịch cần đón ít nhất 4 triệu lượt khách.",
            date(2025, 2, 10),
            [("tourists", 4_000_000, "2025", "target")],
        ),
        (
            "Năm 2023, huyện Cao Lộc phát triển mạnh các sản phẩm hồng, na, hồi, v.v. Năm 2024, tốc độ tăng trưởng "
            "kinh tế đạt 8,1%.",
            date(2025, 1, 10),
            [("grdp_growth", 8.1, "2024", "actual")],
        ),
        (
            "Theo xã hội học, năm 2024 thu nhập bình quân đầu người đạt 50 triệu đồng.",
            date(2025, 1, 10),
            [("income_per_capita", 50, "2024", "actual")],
        ),
        (
            "Tin\n\nHuyện Hữu Lũng đã có 20 xã đạt chuẩn nông thôn mới, nhiều nhất tỉnh. Thu nhập bình quân đầu người "
            "năm 2024 đạt 55 triệu đồng.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Năm 2024, các sự kiện thu hút 3,5 triệu lượt khách đến tỉnh.",
            date(2025, 1, 10),
            [("tourists", 3_500_000, "2024", "actual")],
        ),
        (
            "Thu nhập bình quân một người trong năm 2024 ước đạt 55 triệu đồng.",
            date(2025, 1, 10),
            [("income_per_capita", 55, "2024", "estimate")],
        ),
        (
            "Huyện Hữu Lũng bứt phá và kinh tế tỉnh tăng trưởng khá\n\nNăm 2024, tăng trưởng kinh tế đạt 8,1%.",
            date(2025, 1, 10),
            [("grdp_growth", 8.1, "2024", "actual")],
        ),
        (
            "Đến nay, toàn tỉnh có 84 xã đạt chuẩn nông thôn mới (kể cả 5 xã được công nhận trước khi sắp xếp).",
            date(2026, 1, 10),
            [("new_rural_communes", 84, "10/01/2026", "actual")],
        ),
    ],
)
def test_what_the_twenty_first_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round W's held-out documents published from nothing: several provinces' total ("qua các cửa khẩu của 7 tỉnh
# biên giới phía Bắc"); the railway border station ("kim ngạch qua ga"); another province's gate as what passes it;
# the Chinese side as a subject; the number of delegates agreed before a congress; a party body's congress under
# the province's (title and body naming it with "Lạng Sơn"); a site's revenue after ";"; the whole Party.
@pytest.mark.parametrize(
    "text, doc_date",
    [
        (
            "Tin\n\nKim ngạch xuất nhập khẩu qua các cửa khẩu của 7 tỉnh biên giới phía Bắc năm 2016 đạt khoảng 9,1 "
            "tỷ USD.",
            date(2017, 1, 10),
        ),
        (
            "Tin\n\nBảy tháng năm 2023, kim ngạch qua ga đạt 268 triệu USD, gấp 1,8 lần cùng kỳ.",
            date(2023, 8, 5),
        ),
        (
            "Tin\n\nCùng kỳ, hoạt động qua cửa khẩu quốc tế Lào Cai cũng chững lại, kim ngạch 9 tháng năm 2018 đạt "
            "khoảng 1,9 tỷ USD.",
            date(2018, 10, 10),
        ),
        (
            "Tin\n\nTỉnh sẽ thí điểm cửa khẩu thông minh tại cặp cửa khẩu Hữu Nghị - Hữu Nghị Quan, nơi phía Trung "
            "Quốc dự kiến đạt kim ngạch 40 tỷ USD năm nay.",
            date(2026, 3, 10),
        ),
        (
            "Tin\n\nHội nghị thống nhất số lượng đại biểu chính thức dự Đại hội Đảng bộ tỉnh là 398 đại biểu.",
            date(2025, 7, 20),
        ),
        (
            "Đại hội Đảng bộ Cục Hải quan Lạng Sơn lần thứ V, nhiệm kỳ 2020 - 2025\n\nSáng 18/6, Đảng bộ Cục Hải quan "
            "Lạng Sơn tổ chức Đại hội. Dự đại hội có 110 đại biểu thay mặt cho 286 đảng viên.",
            date(2020, 6, 19),
        ),
        (
            "Tin\n\nNăm 2016, khu du lịch đón khoảng 160.000 lượt khách, chủ yếu vào mùa đông; doanh thu ước 28 tỷ "
            "đồng.",
            date(2017, 3, 10),
        ),
        ("Tin\n\nNăm 2018, toàn Đảng hiện có hơn 5,2 triệu đảng viên.", date(2018, 11, 10)),
    ],
)
def test_what_round_w_showed_gives_no_figure_of_the_province(text, doc_date):
    assert extract_figures(text, load_catalog(), doc_date) == []


# What the twenty-second review found in the newest mends: the Chinese side only as a subject, not where goods go
# or come from; a district ranked against the province is no paragraph's subject; goods passing one of our gates
# give the clause no gate; the rest of the document's own year is no span; a requirement is a verb of reaching,
# not "cần thiết"; an allotment only right before its number; one occupation's income however counted; an event
# after a year; a source that tells, not one that qualifies a subject; a unit's superscript glued to its number.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "9 tháng năm 2024, hàng hóa xuất khẩu qua các cửa khẩu của tỉnh sang phía Trung Quốc ước đạt 1.300 triệu "
            "USD.",
            date(2024, 10, 5),
            [("export_turnover", 1.3, "01–09/2024", "estimate")],
        ),
        (
            "Tin\n\nHuyện Cao Lộc đứng đầu tỉnh về thu hút đầu tư. Tăng trưởng GRDP 9 tháng năm 2024 ước đạt 7,2%.",
            date(2024, 10, 5),
            [("grdp_growth", 7.2, "01–09/2024", "estimate")],
        ),
        (
            "Hàng hóa qua cửa khẩu Hữu Nghị thông suốt, tổng kim ngạch xuất nhập khẩu 9 tháng năm 2024 ước đạt 4.200 "
            "triệu USD.",
            date(2024, 10, 5),
            [("trade_turnover", 4.2, "01–09/2024", "estimate")],
        ),
        (
            "Từ nay đến cuối năm 2025, ngành du lịch phải đón thêm khoảng 1,2 triệu lượt khách.",
            date(2025, 10, 10),
            [],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8%, năm 2024 tỉnh tập trung tháo gỡ những khó khăn cần thiết cho doanh nghiệp.",
            date(2024, 7, 10),
            [("grdp_growth", 8, "2024", "target")],
        ),
        (
            "Ngày 20/9/2025, sau khi quyết định số lượng đại biểu, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII khai "
            "mạc với 350 đại biểu chính thức.",
            date(2025, 9, 25),
            [("congress_delegates", 350, "20/09/2025", "actual")],
        ),
        (
            "Năm 2024, thu nhập bình quân của mỗi người làm du lịch cộng đồng đạt khoảng 60 triệu đồng/năm.",
            date(2024, 10, 5),
            [],
        ),
        ("Năm 2024 sự kiện thu hút khoảng 20.000 lượt khách đến Mẫu Sơn.", date(2024, 10, 5), []),
        (
            "Tốc độ tăng trưởng kinh tế năm 2024 dự kiến vượt kế hoạch, lãnh đạo Cục Thống kê cho biết sẽ đạt 7,5%.",
            date(2024, 10, 5),
            [("grdp_growth", 7.5, "2024", "forecast")],
        ),
    ],
)
def test_what_the_twenty_second_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_units_superscript_glued_to_its_number_stays():
    assert lowered("8.310km², 300m³ và 65,5 điểm²") == "8.310km², 300m³ và 65,5 điểm "


# The two countries' trade is the nation's, not the province's: "Kim ngạch … giữa Trung Quốc và Việt Nam đạt …"
# (the last note's left-alone reading; the province's share of it stays the province's).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim ngạch xuất nhập khẩu giữa Trung Quốc và Việt Nam đạt 171 tỷ USD trong năm 2023.", []),
        (
            "Năm 2023, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 5 tỷ USD, chiếm 3% kim ngạch giữa Việt Nam và "
            "Trung Quốc.",
            [("trade_turnover", 5.0, "2023", "actual")],
        ),
    ],
)
def test_the_two_countries_trade_is_the_nations(text, expected):
    assert read_with_status(text, date(2024, 3, 1)) == approx_values(expected)


# What the eighth note left alone, read as a reader reads it: the province reaching a growth rate ("Lạng Sơn
# đạt tốc độ tăng trưởng 6,2%"), a count of provinces over a threshold (no province's figure), and the plan a
# clause of purpose names, dated by the part of the year it requires or reports and not reaching the result
# after it.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2023, Lạng Sơn đạt tốc độ tăng trưởng 6,2%, xếp thứ 40/63 tỉnh, thành phố.",
            date(2024, 3, 1),
            [("grdp_growth", 6.2, "2023", "actual"), ("grdp_growth_rank", 40, "2023", "actual")],
        ),
        (
            "Kinh tế tỉnh năm 2023 đạt tốc độ tăng trưởng khoảng 6,2%.",
            date(2024, 3, 1),
            [("grdp_growth", 6.2, "2023", "actual")],
        ),
        (
            "Năm 2023 tỉnh Lạng Sơn đạt tăng trưởng dương 2,1%.",
            date(2024, 3, 1),
            [("grdp_growth", 2.1, "2023", "actual")],
        ),
        # (guards: a sector's or an amount's growth is no GRDP growth)
        ("Năm 2023, ngành công nghiệp của tỉnh đạt tốc độ tăng trưởng 9%.", date(2024, 3, 1), []),
        ("Năm 2023, Lạng Sơn đạt tăng trưởng thu ngân sách 12%.", date(2024, 3, 1), []),
        ("Năm 2023 có mười tỉnh tăng trưởng GRDP trên 9%.", date(2024, 3, 1), []),
        (
            "Năm 2023, 12 tỉnh, thành phố có tốc độ tăng trưởng GRDP trên 8%, Lạng Sơn không nằm trong số đó.",
            date(2024, 3, 1),
            [],
        ),
        (
            "Trong số 14 tỉnh miền núi phía Bắc, có 6 tỉnh tăng trưởng dưới 5% trong năm 2023.",
            date(2024, 3, 1),
            [],
        ),
        # (guards: a month or a day before the province is no count of provinces)
        (
            "Tháng 9 tỉnh thu ngân sách 700 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 700, "09/2024", "actual")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8%, 6 tháng cuối năm kinh tế tỉnh phải tăng 11,5%.",
            date(2024, 7, 10),
            [("grdp_growth", 8, "2024", "target"), ("grdp_growth", 11.5, "H2/2024", "target")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8%, 6 tháng cuối năm cần phấn đấu tăng 9,5%.",
            date(2024, 7, 10),
            [("grdp_growth", 8, "2024", "target"), ("grdp_growth", 9.5, "H2/2024", "target")],
        ),
        (
            "Nhằm hoàn thành kế hoạch thu ngân sách 7.000 tỷ đồng, 6 tháng cuối năm cần tiếp tục thu khoảng 3.200 tỷ "
            "đồng.",
            date(2024, 7, 10),
            [("budget_revenue", 7000, "2024", "target"), ("budget_revenue", 3200, "H2/2024", "target")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8%, trong quý IV các ngành cần thiết phải bứt phá mạnh mẽ.",
            date(2024, 10, 10),
            [("grdp_growth", 8, "2024", "target")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8%, 6 tháng cuối năm 2024 tỉnh tập trung tháo gỡ khó khăn cho doanh nghiệp.",
            date(2024, 7, 10),
            [("grdp_growth", 8, "2024", "target")],
        ),
        (
            "Hội nghị đề nghị điều chỉnh chỉ tiêu. Để đạt mức tăng trưởng 4%, 6 tháng cuối năm kinh tế của tỉnh phải "
            "tăng khoảng 6%.",
            date(2020, 7, 17),
            [("grdp_growth", 4, "2020", "target"), ("grdp_growth", 6, "H2/2020", "target")],
        ),
        (
            "Để hoàn thành kế hoạch thu ngân sách 10.000 tỷ đồng, tháng 6 tỉnh đã thu 900 tỷ đồng.",
            date(2020, 7, 17),
            [("budget_revenue", 10000, "2020", "target"), ("budget_revenue", 900, "06/2020", "actual")],
        ),
        # (guard: the plan's own year after it stays its year)
        (
            "Để đạt mục tiêu tăng trưởng 8%, năm 2024 tỉnh tập trung tháo gỡ khó khăn.",
            date(2024, 7, 10),
            [("grdp_growth", 8, "2024", "target")],
        ),
    ],
)
def test_what_the_eighth_note_left_alone_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the twenty-third review found in the day's rules and the older ones around them, and what round X's
# held-out documents published from sentences that give none: another province's gate however named, a rank
# set against the province only when it is what the sentence says of the part, the two countries' trade and
# the country's own, where goods go across the border, the province's part of another place's whole, the
# customs office's whole take, a requirement with a part of the year named, an allotment with the congress's
# title between, nouns of reporting, a count's share, two quarters of one half, a GRDP level's rank, a district
# as where a figure is, and the delegates of a congress to come.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Hoạt động qua cửa khẩu Móng Cái cũng chững lại, kim ngạch 9 tháng năm 2024 ước đạt 2.100 triệu USD.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Hàng hóa qua cửa khẩu Kim Thành sôi động trở lại, kim ngạch 9 tháng năm 2024 đạt 1.500 triệu USD.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Huyện Cao Lộc đã có 15/20 xã đạt chuẩn nông thôn mới, đứng đầu tỉnh. Thu nhập bình quân đầu người năm "
            "2024 đạt 65 triệu đồng.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Năm 2024, huyện Lộc Bình có tốc độ tăng trưởng 9,1%, cao hơn tỉnh 1,5 điểm phần trăm. Thu ngân sách năm "
            "2024 đạt 150 tỷ đồng.",
            date(2024, 10, 5),
            [],
        ),
        # (guard: a rank set against the province as what the sentence says of the part)
        (
            "Tin\n\nHuyện Hữu Lũng dẫn đầu các huyện về thu hút đầu tư. Cả năm 2024 tăng trưởng GRDP đạt 7%.",
            date(2024, 10, 5),
            [("grdp_growth", 7, "2024", "estimate")],
        ),
        (
            "Từ nay đến cuối năm 2025, tăng trưởng GRDP quý IV cần đạt 10,5%.",
            date(2025, 10, 10),
            [("grdp_growth", 10.5, "Q4/2025", "target")],
        ),
        (
            "Ban Thường vụ Tỉnh ủy thống nhất số lượng đại biểu chính thức dự Đại hội đại biểu Đảng bộ tỉnh lần thứ "
            "XVIII, nhiệm kỳ 2025 - 2030 là 350 đại biểu.",
            date(2025, 8, 20),
            [],
        ),
        (
            "Năm 2024, tăng trưởng GRDP ước đạt 7,5%, tỷ lệ cơ quan báo cáo trực tuyến đạt 95%.",
            date(2024, 10, 5),
            [("grdp_growth", 7.5, "2024", "estimate")],
        ),
        (
            "Năm 2024, tăng trưởng GRDP ước đạt 7,5%, tỷ lệ doanh nghiệp công bố thông tin đạt 90%.",
            date(2024, 10, 5),
            [("grdp_growth", 7.5, "2024", "estimate")],
        ),
        (
            "Năm 2024, tăng trưởng GRDP ước đạt 7,5%, giải ngân vốn đầu tư công theo báo cáo của Sở Tài chính đạt 85%.",
            date(2024, 10, 5),
            [("grdp_growth", 7.5, "2024", "estimate")],
        ),
        (
            "Năm 2024, tăng trưởng GRDP ước đạt 7,5%, số doanh nghiệp nộp báo cáo tài chính đạt 80%.",
            date(2024, 10, 5),
            [("grdp_growth", 7.5, "2024", "estimate")],
        ),
        ("Kim ngạch xuất nhập khẩu Việt Nam - Trung Quốc năm 2023 đạt 171 tỷ USD.", date(2024, 3, 1), []),
        ("Năm 2023, xuất khẩu của Việt Nam sang Trung Quốc đạt 61 tỷ USD.", date(2024, 3, 1), []),
        # (guard: the gateway of the country's exports is the province)
        (
            "Lạng Sơn là cửa ngõ xuất khẩu của Việt Nam sang Trung Quốc, năm 2023 kim ngạch xuất khẩu qua địa bàn "
            "đạt 2 tỷ USD.",
            date(2024, 3, 1),
            [("export_turnover", 2, "2023", "actual")],
        ),
        (
            "9 tháng năm 2024, kim ngạch hàng hóa xuất khẩu qua địa bàn tỉnh sang thị trường phía Trung Quốc ước "
            "đạt 1.300 triệu USD.",
            date(2024, 10, 5),
            [("export_turnover", 1.3, "01–09/2024", "estimate")],
        ),
        (
            "Năm 2023, kim ngạch giữa Trung Quốc và Việt Nam đạt 171 tỷ USD; trong đó qua Lạng Sơn đạt 5 tỷ USD.",
            date(2024, 3, 1),
            [("trade_turnover", 5, "2023", "actual")],
        ),
        (
            "Cục Hải quan Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2024. Tính đến ngày 15/12/2024, tổng thu "
            "ngân sách toàn Cục đạt 6.215 tỷ đồng.",
            date(2024, 12, 20),
            [("budget_revenue_trade", 6215, "01/01–15/12/2024", "actual")],
        ),
        (
            "Về nguồn thu, đại diện Chi cục Hải quan khu vực VI cho biết, 9 tháng năm 2025 đơn vị thu ngân sách "
            "9.460 tỷ đồng; trong đó phần thu tại các cửa khẩu thuộc Lạng Sơn khoảng 9.050 tỷ đồng, phần còn lại "
            "tại Cao Bằng.",
            date(2025, 10, 10),
            [("budget_revenue_trade", 9050, "01–09/2025", "actual")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8% năm 2024, quý III và quý IV phải bảo đảm tăng trưởng 9,2%.",
            date(2024, 7, 10),
            [("grdp_growth", 8, "2024", "target"), ("grdp_growth", 9.2, "H2/2024", "target")],
        ),
        # (guard: a list of two quarters is each quarter's)
        (
            "Tăng trưởng GRDP quý I và quý II năm 2024 lần lượt đạt 5,1% và 6,2%.",
            date(2024, 7, 10),
            [("grdp_growth", 5.1, "Q1/2024", "actual"), ("grdp_growth", 6.2, "Q2/2024", "actual")],
        ),
        (
            "Về quy mô, năm 2018 GRDP theo giá hiện hành của Lạng Sơn đứng thứ 10 trong 14 tỉnh vùng trung du và "
            "miền núi phía Bắc.",
            date(2019, 7, 12),
            [],
        ),
        (
            "Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2018 còn 14,02%; tại Chi Lăng, tỷ lệ này là 12,8%.",
            date(2019, 8, 20),
            [("poverty_rate", 14.02, "31/12/2018", "actual")],
        ),
        (
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII dự kiến tổ chức vào cuối tháng 9 với 398 đại biểu được "
            "triệu tập.",
            date(2025, 8, 7),
            [],
        ),
    ],
)
def test_what_the_twenty_third_review_and_round_x_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round Y's held-out documents published from sentences that give none: the whole customs sector's take,
# the visitors of one country, the income of a cooperative's members, a lower party body's delegates and
# members, a walking street's visitors, one company's exports, and a district named bare before its revenue.
@pytest.mark.parametrize(
    "text, doc_date",
    [
        (
            "Trên bình diện toàn ngành, tổng số thu của ngành hải quan tính đến 25/11 đạt khoảng 382.000 tỷ đồng, "
            "bằng 107% dự toán.",
            date(2022, 11, 28),
        ),
        (
            "Theo Tổng cục Du lịch, cả nước năm nay đón hơn 10 triệu lượt khách quốc tế; riêng khách Trung Quốc gần "
            "2,7 triệu lượt, tăng 51,4%.",
            date(2016, 12, 28),
        ),
        (
            "Thu nhập bình quân của thành viên hợp tác xã năm 2025 khoảng 9 triệu đồng/tháng.",
            date(2026, 9, 18),
        ),
        (
            "Sáng 10/6/2020, dự đại hội có đồng chí Phó Bí thư Thường trực Tỉnh ủy cùng 98 đại biểu đại diện cho 176 "
            "đảng viên thuộc 11 chi bộ trực thuộc.",
            date(2020, 6, 10),
        ),
        ("Năm 2023, phố đi bộ Kỳ Lừa đã đón hơn 1,5 triệu lượt khách.", date(2024, 4, 10)),
        (
            "6 tháng đầu năm 2020, công ty đã xuất khẩu khoảng 1.200 tấn thạch đen, trị giá khoảng 1,9 triệu USD.",
            date(2020, 7, 13),
        ),
        (
            "Năm 2017, Hữu Lũng thu ngân sách trên địa bàn đạt 172 tỷ đồng, vượt 21% dự toán.",
            date(2017, 12, 12),
        ),
    ],
)
def test_what_round_y_showed_gives_no_figure_of_the_province(text, doc_date):
    assert read_with_status(text, doc_date) == []


# (guard: the province's own congress and its members, counted in party bodies, stay its figures)
def test_the_provinces_members_counted_in_its_party_bodies_stay_its_own():
    text = "Ngày 15/10/2020, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII khai mạc với 350 đại biểu chính thức, đại diện cho hơn 62.000 đảng viên thuộc 16 đảng bộ trực thuộc."
    assert read_with_status(text, date(2020, 10, 16)) == approx_values(
        [
            ("congress_delegates", 350, "15/10/2020", "actual"),
            ("party_members", 62000, "15/10/2020", "actual"),
            ("party_organisations", 16, "15/10/2020", "actual"),
        ]
    )


# What the twenty-fourth review found in the day's rules (18 misfires; the first four, 5, 6, 8-12, 16-18 mended
# here) and round Z's first figures from nothing: the province's growth only when nothing else is named after
# it, a status word after "số", the gateway's trade, an event's venue, congresses held as planned, the half a
# purpose requires in June, quarters listed with their values, a result looked back on, a plan decided, a
# result after a plan's requirement, the province among a count of provinces, a share of the poor households,
# a neighbouring province ("Tỉnh lân cận Bắc Kạn"), and the mountain's visitors.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2023, Lạng Sơn đạt tốc độ tăng trưởng trên 30% về số doanh nghiệp thành lập mới.",
            date(2024, 1, 10),
            [],
        ),
        ("Năm 2023, tỉnh đạt tốc độ tăng trưởng 12% trong thu ngân sách nội địa.", date(2024, 1, 10), []),
        ("Năm 2023, lĩnh vực công nghiệp, tỉnh đạt tốc độ tăng trưởng 9,5%.", date(2024, 1, 10), []),
        # (guard: a period opening it, before the comma)
        (
            "6 tháng đầu năm 2023, tỉnh đạt tốc độ tăng trưởng 5,8%.",
            date(2024, 1, 10),
            [("grdp_growth", 5.8, "H1/2023", "actual")],
        ),
        (
            "Tăng trưởng GRDP năm 2023, số chính thức là 6,9%.",
            date(2024, 3, 10),
            [("grdp_growth", 6.9, "2023", "official")],
        ),
        (
            "Tốc độ tăng trưởng GRDP năm 2024 của tỉnh, số sơ bộ ở mức 7,2%.",
            date(2025, 1, 10),
            [("grdp_growth", 7.2, "2024", "preliminary")],
        ),
        (
            "Lạng Sơn, cửa ngõ giao thương Việt Nam - Trung Quốc trong 9 tháng năm 2024 đạt kim ngạch xuất nhập khẩu "
            "4,2 tỷ USD.",
            date(2024, 10, 10),
            [("trade_turnover", 4.2, "01–09/2024", "actual")],
        ),
        (
            "Kim ngạch xuất nhập khẩu Việt Nam - Trung Quốc 9 tháng năm 2024 đạt 150 tỷ USD.",
            date(2024, 10, 10),
            [],
        ),
        (
            "Năm 2018, ngoài lễ hội tại Chi Lăng, tỉnh đón 3,2 triệu lượt khách du lịch.",
            date(2019, 1, 10),
            [("tourists", 3200000, "2018", "actual")],
        ),
        (
            "Sáng 14/10/2020, Đại hội Đảng bộ tỉnh lần thứ XVII khai mạc; như dự kiến, Đại hội có 350 đại biểu chính "
            "thức tham dự.",
            date(2020, 10, 20),
            [("congress_delegates", 350, "14/10/2020", "actual")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8%, quý III và quý IV phải tăng trưởng bình quân 9,5%.",
            date(2024, 6, 20),
            [("grdp_growth", 8, "2024", "target"), ("grdp_growth", 9.5, "H2/2024", "target")],
        ),
        (
            "Tăng trưởng GRDP quý III và quý IV năm ngoái đạt 9,2%.",
            date(2024, 3, 10),
            [("grdp_growth", 9.2, "H2/2023", "actual")],
        ),
        (
            "Để đạt được mức tăng trưởng 6,2% trong năm 2023, tỉnh đã tập trung tháo gỡ khó khăn cho doanh nghiệp.",
            date(2024, 10, 10),
            [("grdp_growth", 6.2, "2023", "actual")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8%, tỉnh đã xác định quý IV tăng trưởng GRDP 10,5%.",
            date(2024, 10, 10),
            [("grdp_growth", 8, "2024", "target"), ("grdp_growth", 10.5, "Q4/2024", "target")],
        ),
        (
            "Để đạt mục tiêu tăng trưởng 8% năm 2024, 6 tháng cuối năm phải tăng 11%, trong khi 6 tháng đầu năm đã "
            "tăng 5%.",
            date(2024, 6, 20),
            [
                ("grdp_growth", 8, "2024", "target"),
                ("grdp_growth", 11, "H2/2024", "target"),
                ("grdp_growth", 5, "H1/2024", "estimate"),
            ],
        ),
        (
            "Kim ngạch xuất nhập khẩu của Cao Bằng 9 tháng năm 2024 đạt 1,1 tỷ USD, trong đó hàng hóa của doanh "
            "nghiệp Lạng Sơn đạt 200 triệu USD.",
            date(2024, 10, 10),
            [],
        ),
        (
            "Năm 2023, Lạng Sơn cùng 4 tỉnh tăng trưởng trên 8%.",
            date(2024, 1, 10),
            [("grdp_growth", 8, "2023", "actual")],
        ),
        (
            'Bà Học nói: "Mức giảm nghèo năm 2023 là tích cực, nhưng gần 60% hộ nghèo còn lại là hộ không có khả '
            'năng lao động."',
            date(2024, 1, 10),
            [],
        ),
        (
            "Tỉnh lân cận Bắc Kạn có thêm 5 xã đạt chuẩn nông thôn mới trong năm 2023, nâng tổng số lên 23 xã.",
            date(2024, 1, 10),
            [],
        ),
        ("Riêng quý III năm 2018, lượng khách lên núi đạt 71.000 lượt.", date(2018, 10, 5), []),
    ],
)
def test_what_the_twenty_fourth_review_and_round_z_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round Z's held-out documents published from sentences that give none, and months in words: a union's
# congress, a party body of a branch office, the top of an index's scale, the nation's association forecasting,
# a district's secretary telling its targets, a commune at work toward its own target, a district's rate "của
# Đình Lập", and a month written in words compared with the month before.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Sáng 27/10/2016, tham dự đại hội có 86 đại biểu đại diện cho 214 đoàn viên đang sinh hoạt tại 11 chi "
            "đoàn trực thuộc.",
            date(2016, 10, 28),
            [],
        ),
        (
            "Đảng bộ Chi cục hiện có 38 tổ chức cơ sở đảng với 512 đảng viên; năm 2025 đã kết nạp 21 đảng viên mới.",
            date(2026, 1, 6),
            [],
        ),
        (
            "Báo cáo PAPI 2020 ghi nhận tỉnh đạt 42,77 điểm trên thang 80 điểm.",
            date(2021, 5, 20),
            [("papi_score", 42.77, "2020", "actual")],
        ),
        (
            "Hiệp hội Rau quả Việt Nam dự báo cả năm nay kim ngạch sầu riêng có thể vượt 3 tỷ USD.",
            date(2024, 8, 15),
            [],
        ),
        (
            "Đồng chí Bí thư Huyện ủy cho biết, mục tiêu nhiệm kỳ mới là đưa Hữu Lũng trở thành huyện công nghiệp - "
            "dịch vụ của tỉnh, thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng.",
            date(2020, 7, 10),
            [],
        ),
        (
            'Tin\n\nÔng Hùng nói: "Xã đang xây dựng hai điểm du lịch cộng đồng, mục tiêu năm 2026 đón 25.000 lượt '
            'khách."',
            date(2026, 3, 2),
            [],
        ),
        (
            "Năm 2016, tỷ lệ hộ nghèo của Đình Lập cuối năm còn 29,41%, cao hơn nhiều so với bình quân toàn tỉnh.",
            date(2017, 1, 10),
            [],
        ),
        (
            "Chỉ số sản xuất công nghiệp (IIP) tháng Tám ước tính tăng 2,4% so với tháng Bảy và tăng 7,9% so với "
            "cùng kỳ năm trước.",
            date(2019, 8, 28),
            [("iip_growth", 7.9, "08/2019", "estimate")],
        ),
        # (guard: the lunar first month is a festival season, no calendar month)
        ("Riêng tháng Giêng, toàn tỉnh đón 300.000 lượt khách.", date(2017, 4, 18), []),
    ],
)
def test_what_round_z_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round AA's held-out documents published from sentences that give none: a branch's target over two
# provinces, a party body organising its own congress, a company's workers' income, an event's organisers, an
# industrial park's workers, another province's famous site, a share of a plan in brackets, and a monthly
# average over a half-year.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2026, HĐND tỉnh giao dự toán thu từ hoạt động xuất nhập khẩu 15.000 tỷ đồng; Chi cục đặt mục tiêu "
            "phấn đấu thu 18.000 tỷ đồng trên toàn địa bàn hai tỉnh.",
            date(2026, 3, 27),
            [("budget_revenue_trade", 15000, "2026", "target")],
        ),
        (
            "Đảng bộ Cục Hải quan Lạng Sơn tổ chức Đại hội lần thứ XII\n\nNgày 10/6/2020, dự đại hội có 142 đại biểu "
            "đại diện cho 468 đảng viên đang sinh hoạt tại 25 tổ chức cơ sở đảng trực thuộc.",
            date(2020, 6, 11),
            [],
        ),
        (
            "Năm 2022, công ty có 140 lao động, thu nhập bình quân 7,8 triệu đồng/người/tháng.",
            date(2023, 4, 20),
            [],
        ),
        (
            "Huyện dự kiến tổ chức hội chợ na vào cuối tháng 8/2017, ban tổ chức kỳ vọng thu hút khoảng 20.000 lượt "
            "khách.",
            date(2017, 8, 15),
            [],
        ),
        (
            "Năm 2020, các doanh nghiệp trong khu công nghiệp sử dụng khoảng 1.900 lao động, thu nhập bình quân của "
            "người lao động khoảng 6,5 triệu đồng/người/tháng.",
            date(2021, 3, 18),
            [],
        ),
        (
            "Theo chính quyền địa phương, Lô Lô Chải đón hơn 60.000 lượt khách trong năm 2025.",
            date(2026, 1, 14),
            [],
        ),
        (
            "HĐND tỉnh yêu cầu UBND tỉnh hoàn thành mục tiêu đưa tỷ lệ hộ nghèo cuối năm 2024 xuống dưới 8%, đẩy "
            "nhanh giải ngân vốn đầu tư công (đến 30/6 mới đạt khoảng 32% kế hoạch).",
            date(2024, 7, 20),
            [("poverty_rate", 8, "31/12/2024", "target")],
        ),
        (
            "Để hoàn thành dự toán thu ngân sách năm 2019, bình quân mỗi tháng của 6 tháng cuối năm phải thu khoảng "
            "373 tỷ đồng.",
            date(2019, 7, 10),
            [],
        ),
    ],
)
def test_what_round_aa_showed_gives_no_figure_of_the_province(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# "Năm trước đó" opening the sentence after the one that named its year (the eighth note left it held): the
# period before the one period of that kind the sentence before named, in its paragraph.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2023, thu ngân sách đạt 9.000 tỷ đồng. Năm trước đó, tỉnh thu được 8.000 tỷ đồng.",
            [("budget_revenue", 9000, "2023", "actual"), ("budget_revenue", 8000, "2022", "actual")],
        ),
        (
            "Quý IV/2023, tăng trưởng GRDP đạt 7,1%. Quý trước đó, kinh tế tỉnh tăng 6,5%.",
            [("grdp_growth", 7.1, "Q4/2023", "actual"), ("grdp_growth", 6.5, "Q3/2023", "actual")],
        ),
        (
            "Tháng 1/2024, thu ngân sách đạt 900 tỷ đồng. Tháng trước đó, tỉnh thu 800 tỷ đồng.",
            [("budget_revenue", 900, "01/2024", "actual"), ("budget_revenue", 800, "12/2023", "actual")],
        ),
        # (guards: not across a paragraph, nor after two years named)
        (
            "Năm 2023, thu ngân sách đạt 9.000 tỷ đồng.\n\nNăm trước đó, tỉnh thu được 8.000 tỷ đồng.",
            [("budget_revenue", 9000, "2023", "actual")],
        ),
        # (one value under two listed years is of no one period -- held since 2 Dec 2026 -- and "Năm trước đó"
        # after it is none either)
        (
            "Năm 2022 và năm 2023, thu ngân sách đạt 9.000 tỷ đồng. Năm trước đó, tỉnh thu được 8.000 tỷ đồng.",
            [],
        ),
    ],
)
def test_the_period_before_the_one_the_sentence_before_named(text, expected):
    assert read_with_status(text, date(2024, 3, 1)) == approx_values(expected)


# A value in brackets after "năm/quý/tháng trước đó" compared with (the twenty-third review's, left then): the
# period before the one the sentence reports on, of its kind.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2024, tăng trưởng GRDP đạt 7,5%, cao hơn năm trước đó (6,2%).",
            date(2025, 2, 5),
            [("grdp_growth", 7.5, "2024", "actual"), ("grdp_growth", 6.2, "2023", "actual")],
        ),
        (
            "Tháng 3/2025, thu ngân sách đạt 500 tỷ đồng, cao hơn tháng trước đó (420 tỷ đồng).",
            date(2025, 4, 5),
            [("budget_revenue", 500, "03/2025", "actual"), ("budget_revenue", 420, "02/2025", "actual")],
        ),
        (
            "Quý I/2025, tăng trưởng GRDP ước đạt 7,1%, cao hơn quý trước đó (6,8%).",
            date(2025, 4, 5),
            [("grdp_growth", 7.1, "Q1/2025", "estimate"), ("grdp_growth", 6.8, "Q4/2024", "actual")],
        ),
    ],
)
def test_a_bracket_after_the_period_before_that_is_that_periods(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the twenty-fifth review found in the day's later rules (13 misfires and 2 mends half done; all mended but
# one, a factory's workers before the province's own figure): visitors of a country only as their count's
# subject, an event's organisers only expecting visitors, a district's "của" only after a figure's noun, the
# standard a poverty rate is counted by, "Cách mạng tháng Tám", "Để đạt được …" a plan unless what was done
# follows, a result after "đã" and another verb, two quarters' guards within their clause, the province's own
# income after a group's, "trong khi" after the rate, the gateway of trade, the province's part of the nation's,
# a share against a plan's share, congresses held as planned.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Nhờ nối lại tour đưa khách Trung Quốc, 9 tháng năm 2024 tỉnh đón 2,5 triệu lượt khách du lịch.",
            date(2024, 10, 5),
            [("tourists", 2500000, "01–09/2024", "actual")],
        ),
        (
            "Theo Ban Tổ chức, Đảng bộ tỉnh hiện có 71.500 đảng viên.",
            date(2025, 10, 20),
            [("party_members", 71500, "20/10/2025", "actual")],
        ),
        (
            "Nhờ quảng bá đặc sản của Chi Lăng, Lộc Bình, năm 2023 tỉnh đón 3,2 triệu lượt khách du lịch.",
            date(2024, 1, 10),
            [("tourists", 3200000, "2023", "actual")],
        ),
        (
            "Đến cuối năm 2023, toàn tỉnh còn 7,5% hộ nghèo thuộc chuẩn nghèo đa chiều giai đoạn 2022 - 2025.",
            date(2024, 1, 10),
            [("poverty_rate", 7.5, "31/12/2023", "actual")],
        ),
        (
            "Nhân dịp kỷ niệm Cách mạng tháng Tám và Quốc khánh 2/9, tỉnh đón 50.000 lượt khách du lịch.",
            date(2024, 9, 5),
            [],
        ),
        (
            "Để đạt được mức tăng trưởng 9% năm 2025, tỉnh cần tập trung thu hút đầu tư.",
            date(2025, 1, 10),
            [("grdp_growth", 9, "2025", "target")],
        ),
        (
            "Để đạt được mức tăng trưởng 6,2% trong năm 2023, tỉnh đã tập trung tháo gỡ khó khăn cho doanh nghiệp.",
            date(2024, 10, 10),
            [("grdp_growth", 6.2, "2023", "actual")],
        ),
        (
            "Để hoàn thành dự toán thu ngân sách năm 2024, tỉnh đã triển khai đồng bộ nhiều giải pháp, 9 tháng thu "
            "ngân sách trên địa bàn 5.200 tỷ đồng.",
            date(2024, 10, 10),
            [("budget_revenue", 5200, "01–09/2024", "actual")],
        ),
        (
            "Quý III và quý IV, tỉnh phấn đấu tăng trưởng trên 9%, 2 quý cuối năm thu ngân sách đạt 3.000 tỷ đồng.",
            date(2024, 7, 10),
            [("grdp_growth", 9, "H2/2024", "target"), ("budget_revenue", 3000, "H2/2024", "target")],
        ),
        (
            "Để đạt mục tiêu năm, quý III và quý IV tỉnh phải tăng trưởng 9,5%, đòi hỏi các cấp, các ngành đều phải "
            "nỗ lực.",
            date(2024, 7, 10),
            [("grdp_growth", 9.5, "H2/2024", "target")],
        ),
        (
            "Năm 2023, thu nhập bình quân của công nhân trong khu công nghiệp đạt 7 triệu đồng/tháng, trong khi thu "
            "nhập bình quân đầu người của tỉnh đạt 4,5 triệu đồng/tháng.",
            date(2024, 3, 1),
            [("income_per_capita_monthly", 4.5, "2023", "actual")],
        ),
        (
            "6 tháng đầu năm 2024, Lạng Sơn đạt tốc độ tăng trưởng 6,8% trong khi cả nước tăng 6,42%.",
            date(2024, 7, 10),
            [("grdp_growth", 6.8, "H1/2024", "actual")],
        ),
        (
            "Lạng Sơn, cửa ngõ thương mại Việt Nam - Trung Quốc 9 tháng năm 2024 có kim ngạch xuất nhập khẩu đạt 4,1 "
            "tỷ USD.",
            date(2024, 10, 10),
            [("trade_turnover", 4.1, "01–09/2024", "actual")],
        ),
        (
            "Kim ngạch xuất nhập khẩu giữa Việt Nam và Trung Quốc năm 2023 đạt 171 tỷ USD, trong đó Lạng Sơn đạt 5 "
            "tỷ USD.",
            date(2024, 3, 1),
            [("trade_turnover", 5, "2023", "actual")],
        ),
        (
            "Tỷ lệ hộ nghèo năm 2023 giảm còn 6,2% so với mục tiêu Nghị quyết là 6,5%.",
            date(2024, 1, 10),
            [("poverty_rate", 6.2, "31/12/2023", "actual"), ("poverty_rate", 6.5, "31/12/2023", "target")],
        ),
        (
            "Sớm hơn dự kiến nửa ngày, Đại hội Đảng bộ tỉnh lần thứ XVII với 350 đại biểu chính thức đã bế mạc chiều "
            "16/10/2020.",
            date(2020, 10, 20),
            [("congress_delegates", 350, "16/10/2020", "actual")],
        ),
    ],
)
def test_what_the_twenty_fifth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round AB's held-out documents published from sentences that give none, and what mending them found: the
# customs branch that joined two departments, a month compared with the one before in words then "nhưng" the
# year-on-year index, what a condition would have led to, a score's required improvement, one good singled out,
# a district's members and a party body's delegates counted in its cells.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Từ đầu năm đến hết ngày 15/6/2025, số thu ngân sách của đơn vị (bao gồm cả số thu của hai Cục trước "
            "ngày 15/3) đạt 4.713,5 tỷ đồng.",
            date(2025, 6, 17),
            [],
        ),
        (
            "Chỉ số sản xuất công nghiệp (IIP) tháng 3/2023 ước tính tăng 6,8% so với tháng Hai nhưng chỉ bằng 95,7% "
            "so với cùng kỳ năm trước.",
            date(2023, 3, 29),
            [("iip_growth", -4.3, "03/2023", "estimate")],
        ),
        (
            '"Nếu quý I và quý II thông quan bình thường thì số thu cả năm 2022 đã dễ dàng vượt 8.000 tỷ đồng", ông '
            "nói.",
            date(2023, 1, 11),
            [],
        ),
        (
            '"Năm 2021, chúng tôi phấn đấu PCI đạt từ 63 điểm trở lên, tức là phải cải thiện ít nhất 1,65 điểm", ông '
            "nói.",
            date(2021, 5, 6),
            [("pci_score", 63, "2021", "target")],
        ),
        (
            "8 tháng năm 2024, hàng rau quả chiếm gần một nửa giá trị xuất khẩu, riêng sầu riêng ước đạt trên 780 "
            "triệu USD.",
            date(2024, 9, 5),
            [],
        ),
        (
            "Sáng 11/7/2020, về dự có đồng chí Bí thư Tỉnh ủy cùng 230 đại biểu chính thức thay mặt cho hơn 4.100 "
            "đảng viên trong toàn Đảng bộ huyện.",
            date(2020, 7, 11),
            [],
        ),
        (
            "Sáng 10/7/2020, về dự đại hội có 148 đại biểu chính thức, thay mặt cho hơn 1.300 đảng viên đang sinh "
            "hoạt tại 18 chi bộ, đảng bộ cơ sở trực thuộc.",
            date(2020, 7, 10),
            [],
        ),
    ],
)
def test_what_round_ab_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round AC's held-out documents published from sentences that give none, and what the twenty-sixth review
# found in the mends before it (16 misfires; 12 mended, the pairs of quarters left as they were before the day):
# another province's figure after "với", the border markets' trade outside the declared figures, some past
# years unnamed, a city in apposition as "của tỉnh", what goes into one park, a count on the boundaries before
# the reform, a country's visitors over a longer subject, plans a province directs or decides, a district's
# trade, poor households of some districts, growth "trong cả khu vực dịch vụ", a share's ratio to its plan, a
# good of the province's in the nation's trade, and the tax and customs offices together.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2017, du lịch là mảng Quảng Ninh gần như không có đối thủ trong khu vực, với gần 10 triệu lượt "
            "khách.",
            date(2018, 1, 15),
            [],
        ),
        (
            "Năm 2016, kim ngạch qua các cặp chợ biên giới và hoạt động trao đổi cư dân biên giới ước đạt 512 triệu "
            "USD, chưa tính vào số liệu trên.",
            date(2017, 1, 5),
            [],
        ),
        # (guard: the whole including them)
        (
            "Năm 2022, kim ngạch xuất nhập khẩu qua địa bàn (kể cả hàng mua bán, trao đổi của cư dân biên giới) đạt "
            "4,28 tỷ USD.",
            date(2023, 1, 27),
            [("trade_turnover", 4.28, "2022", "actual")],
        ),
        # (guard: held before too in this short text; in its document the title's year reached it)
        (
            "Lạng Sơn đặt mục tiêu tăng trưởng hai con số trong năm 2026\n\nMột chuyên gia nhận xét, tỉnh từng có "
            "những năm kim ngạch qua cửa khẩu chỉ quanh 4 tỷ USD, thu ngân sách chưa tới 5.000 tỷ đồng.",
            date(2025, 12, 13),
            [],
        ),
        (
            "Năm 2019, thành phố Lạng Sơn, trung tâm kinh tế của tỉnh, được giao thu ngân sách 1.020 tỷ đồng.",
            date(2018, 12, 7),
            [],
        ),
        (
            "Tỉnh cũng đặt mục tiêu năm 2023 thu hút thêm 2 dự án FDI, tổng vốn đăng ký khoảng 100 triệu USD vào khu "
            "công nghiệp Hữu Lũng.",
            date(2022, 12, 30),
            [],
        ),
        (
            "Đến ngày 30/6/2025, toàn tỉnh có 129 xã đạt chuẩn nông thôn mới trước khi thực hiện sắp xếp đơn vị hành "
            "chính cấp xã.",
            date(2025, 9, 24),
            [],
        ),
        ("Lượng khách Trung Quốc tăng mạnh, 9 tháng năm 2024 đạt 700 nghìn lượt.", date(2024, 10, 5), []),
        (
            "Để hoàn thành kế hoạch năm, tỉnh đã chỉ đạo quý IV thu ngân sách 3.000 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 3000, "Q4/2024", "target")],
        ),
        (
            "Để đạt được mức tăng trưởng 8% trong năm 2024, tỉnh đã đề ra nhiều giải pháp quyết liệt.",
            date(2024, 1, 10),
            [("grdp_growth", 8, "2024", "target")],
        ),
        ("Năm 2024, kim ngạch xuất nhập khẩu của Cao Lộc đạt 2 tỷ USD.", date(2025, 1, 10), []),
        ("Đến cuối năm 2024, 35% hộ nghèo thuộc các huyện biên giới.", date(2025, 1, 10), []),
        ("Năm 2024, tỉnh đạt tốc độ tăng trưởng 12% trong cả khu vực dịch vụ.", date(2025, 1, 10), []),
        (
            "Năm 2024, tỷ lệ hộ nghèo còn 5,2%, đạt 100% so với kế hoạch.",
            date(2025, 1, 10),
            [("poverty_rate", 5.2, "31/12/2024", "actual")],
        ),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu giữa Việt Nam và Trung Quốc đạt 200 tỷ USD, trong đó nông sản của "
            "Lạng Sơn đạt 1 tỷ USD.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Trong 11 tháng, hai cục thuế và hải quan thu 8.000 tỷ đồng thu ngân sách nhà nước trên địa bàn tỉnh.",
            date(2025, 12, 20),
            [("budget_revenue", 8000, "01–11/2025", "actual")],
        ),
    ],
)
def test_what_round_ac_and_the_twenty_sixth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the twenty-seventh review found in the mends before it (20 misfires; 17 mended, the pairs of quarters
# given one half as before the day): a province after "với" only as the subject of its segment, the border
# markets only as the subject of their trade, a country's visitors not over a total's noun, "trong cả năm",
# results after "đã" and an action with a comma, "Để đạt được …" looking back when its year is over, the
# province's trade in the nation's, "nhiều năm liền", a share set against its plan's value, and money into
# all the parks and elsewhere.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2024, các đoàn khách Hà Nội lên nghỉ dưỡng tăng mạnh, với tổng lượt khách cả năm ước đạt 3,6 triệu "
            "lượt.",
            date(2025, 1, 10),
            [("tourists", 3600000, "2024", "estimate")],
        ),
        (
            "Năm 2024, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu và chợ biên giới của tỉnh đạt 5,2 tỷ USD.",
            date(2025, 1, 10),
            [("trade_turnover", 5.2, "2024", "actual")],
        ),
        (
            "Khách Trung Quốc tăng mạnh, tổng lượt khách du lịch năm 2024 đạt 3,1 triệu lượt.",
            date(2025, 1, 10),
            [("tourists", 3100000, "2024", "actual")],
        ),
        (
            "Năm 2024, tỉnh đạt tăng trưởng 8,2% trong cả năm, xếp thứ 10 cả nước.",
            date(2025, 1, 10),
            [("grdp_growth", 8.2, "2024", "actual"), ("grdp_growth_rank", 10, "2024", "actual")],
        ),
        (
            "Để hoàn thành mục tiêu năm 2024, tỉnh đã chỉ đạo quyết liệt, 6 tháng đầu năm thu ngân sách đạt 5.200 tỷ "
            "đồng.",
            date(2024, 7, 5),
            [("budget_revenue", 5200, "H1/2024", "actual")],
        ),
        (
            "Để đạt mục tiêu năm 2024, tỉnh đẩy mạnh hỗ trợ doanh nghiệp, 9 tháng đã đăng ký thành lập mới 380 doanh "
            "nghiệp.",
            date(2024, 10, 5),
            [("new_enterprises", 380, "01–09/2024", "actual")],
        ),
        (
            "Để đạt được kết quả thu ngân sách 12.000 tỷ đồng năm 2024, tỉnh đã chỉ đạo quyết liệt công tác thu.",
            date(2025, 1, 10),
            [("budget_revenue", 12000, "2024", "actual")],
        ),
        (
            "Kim ngạch xuất nhập khẩu giữa Việt Nam và Trung Quốc năm 2024 đạt 205 tỷ USD, trong đó xuất nhập khẩu "
            "của Lạng Sơn đạt 5,2 tỷ USD.",
            date(2025, 1, 10),
            [("trade_turnover", 5.2, "2024", "actual")],
        ),
        (
            "Năm 2024 là năm thành công của ngành thương mại. Là địa phương có nhiều năm liền dẫn đầu cả nước về "
            "xuất nhập khẩu qua biên giới, tỉnh đạt kim ngạch 5,2 tỷ USD.",
            date(2025, 1, 10),
            [("trade_turnover", 5.2, "2024", "actual")],
        ),
        (
            "Năm 2024, tổng vốn đầu tư trực tiếp nước ngoài đăng ký đạt 150 triệu USD vào các khu công nghiệp, khu "
            "kinh tế và các địa bàn khác trong tỉnh.",
            date(2025, 1, 10),
            [("fdi_registered", 150, "2024", "actual")],
        ),
    ],
)
def test_what_the_twenty_seventh_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round AD's held-out documents published from sentences that give none: ranks within the region opened
# by "Trong khu vực trung du …" or "trong 14 tỉnh của vùng" (the opening's words now read as written), the
# region's value closing a clause, a gate after "Riêng", a commune's chair told after "Theo ông …", and a rate
# of its own after an index's.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Như vậy, trong 14 tỉnh của vùng, Lạng Sơn đứng thứ 7 về PAR INDEX năm 2019, giảm 2 bậc so với năm trước.",
            date(2020, 5, 12),
            [],
        ),
        (
            "Năm 2017, trong khu vực trung du và miền núi phía Bắc, Lạng Sơn đứng thứ 9 về PCI.",
            date(2018, 3, 22),
            [("pci_rank_region", 9, "2017", "actual")],
        ),
        (
            "Năm 2021, thu nhập bình quân đầu người một tháng của tỉnh đạt 2,86 triệu đồng, thấp hơn mức 3,07 triệu "
            "đồng của vùng.",
            date(2022, 7, 15),
            [("income_per_capita_monthly", 2.86, "2021", "actual")],
        ),
        ("Riêng Tân Thanh, 11 tháng năm 2017 kim ngạch đạt 1.150 triệu USD.", date(2017, 12, 5), []),
        # (guard: held before too in this short text, the village opening its own segment)
        (
            "Theo ông Hoàng Văn Lợi, Chủ tịch UBND xã Bắc Sơn, từ đầu năm đến hết tháng 10/2025, làng đón khoảng "
            "38.000 lượt khách; doanh thu từ lưu trú, ăn uống và dịch vụ ước 21 tỷ đồng.",
            date(2025, 11, 20),
            [],
        ),
        (
            "Năm 2019, Lạng Sơn phấn đấu SIPAS đạt từ 85% trở lên, đến năm 2020 tỷ lệ hồ sơ giải quyết trực tuyến "
            "mức độ 3, 4 đạt 30%.",
            date(2019, 5, 15),
            [("sipas_score", 85, "2019", "target")],
        ),
    ],
)
def test_what_round_ad_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the twenty-eighth review found in the mends before it (each row read wrong at the commit before its mend),
# and the province's revenue estimate given by its giver ("Trung ương giao Lạng Sơn dự toán thu …").
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm nay, Trung ương giao Lạng Sơn dự toán thu 8.300 tỷ đồng, còn HĐND tỉnh giao 9.150 tỷ đồng.",
            date(2023, 1, 12),
            [("budget_revenue", 8300, "2023", "target"), ("budget_revenue", 9150, "2023", "target")],
        ),
        (
            "Bước sang năm 2025, tỉnh được Trung ương giao dự toán thu 11.027 tỷ đồng.",
            date(2025, 1, 12),
            [("budget_revenue", 11027, "2025", "target")],
        ),
        (
            "Năm 2017, Bộ Tài chính giao Cục Hải quan Lạng Sơn dự toán thu 3.350 tỷ đồng.",
            date(2017, 1, 12),
            [("budget_revenue_trade", 3350, "2017", "target")],
        ),
        # (guard: an office's estimate, which office the sentence leaves to the text before it)
        ("Năm 2020, Cục được Bộ Tài chính giao dự toán thu 4.900 tỷ đồng.", date(2020, 6, 18), []),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu qua các chợ biên giới đạt 350 triệu USD.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Năm 2024, hoạt động trao đổi cư dân biên giới đạt kim ngạch xuất nhập khẩu 300 triệu USD.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Du lịch là lĩnh vực Quảng Ninh vượt trội so với các tỉnh trong khu vực, với gần 19 triệu lượt khách du "
            "lịch năm 2024.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Thu hút FDI là mảng Bắc Ninh bỏ xa các địa phương khác, với tổng vốn FDI đăng ký năm 2024 đạt 4,5 tỷ USD.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Năm 2024, khách Trung Quốc sang Lạng Sơn tăng mạnh, tổng số đạt 450.000 lượt.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Năm 2024, khách Hàn Quốc đến Lạng Sơn tăng gấp đôi, tổng cộng khoảng 25.000 lượt khách.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Năm 2024, tỉnh đạt tăng trưởng 35% trong kỳ về số doanh nghiệp thành lập mới.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Để đạt mục tiêu tăng trưởng năm 2024, Tỉnh ủy đã quyết định, quý III tăng trưởng 7,8%.",
            date(2024, 7, 10),
            [("grdp_growth", 7.8, "Q3/2024", "target")],
        ),
        (
            "Để hoàn thành dự toán năm 2024, tỉnh đã chỉ đạo ngành thuế, thu ngân sách 6 tháng cuối năm đạt 5.500 tỷ "
            "đồng.",
            date(2024, 7, 10),
            [("budget_revenue", 5500, "H2/2024", "target")],
        ),
        (
            "Để đạt được mức tăng trưởng 6% trong 6 tháng đầu năm, tỉnh đã xây dựng kịch bản chi tiết.",
            date(2024, 6, 20),
            [("grdp_growth", 6, "H1/2024", "target")],
        ),
        (
            "Để đạt được mức tăng trưởng bình quân 7,5% giai đoạn 2021 - 2025, tỉnh đã tập trung thu hút đầu tư.",
            date(2024, 6, 20),
            [("grdp_growth", 7.5, "2021–2025", "target")],
        ),
        (
            "Để đạt được mức tăng trưởng GRDP 7,2% trong năm 2024, tỉnh đã tập trung tháo gỡ khó khăn cho doanh "
            "nghiệp.",
            date(2024, 12, 25),
            [("grdp_growth", 7.2, "2024", "estimate")],
        ),
        (
            "Năm 2024, tỷ lệ hộ nghèo giảm còn 6,5%, đạt 100% so với kế hoạch năm 2024.",
            date(2025, 1, 10),
            [("poverty_rate", 6.5, "31/12/2024", "actual")],
        ),
        (
            "Năm 2024, có 5 dự án FDI với vốn đăng ký 150 triệu USD vào các cụm công nghiệp trên địa bàn huyện Hữu "
            "Lũng.",
            date(2025, 1, 10),
            [],
        ),
        (
            "Năm 2023, Chỉ số SIPAS của tỉnh, tỷ lệ mức độ hài lòng chung đạt 86,5%.",
            date(2024, 4, 10),
            [("sipas_score", 86.5, "2023", "actual")],
        ),
        (
            "Trong 7 tỉnh thuộc vùng biên giới phía Bắc, chỉ số PCI năm 2023 của Lạng Sơn xếp thứ 3.",
            date(2024, 4, 20),
            [],
        ),
        (
            "Trong các tỉnh biên giới phía Bắc, PCI năm 2023 của Lạng Sơn xếp thứ 3, xếp thứ 20 cả nước.",
            date(2024, 4, 20),
            [("pci_rank", 20, "2023", "actual")],
        ),
    ],
)
def test_what_the_twenty_eighth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round AE's held-out documents published from sentences that give none: the whole customs sector's take
# after "Tính chung toàn ngành", and a milestone passed for the first time beside the figure itself.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Tính đến ngày 15/12/2016, Cục Hải quan Lạng Sơn thu được 3.200 tỷ đồng. Tính chung toàn ngành, số thu "
            "đến ngày 15/12 đạt khoảng 255.700 tỷ đồng.",
            date(2016, 12, 22),
            [("budget_revenue_trade", 3200, "01/01–15/12/2016", "actual")],
        ),
        (
            "Năm 2025, GRDP của tỉnh ước tăng 8,05%. Đây là lần đầu tiên trong hơn một thập kỷ kinh tế tỉnh tăng trên "
            "8%.",
            date(2026, 1, 6),
            [("grdp_growth", 8.05, "2025", "estimate")],
        ),
    ],
)
def test_what_round_ae_showed_gives_no_figure_of_the_province(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# "Cục" alone collecting is the office its paragraph speaks of: the customs' take is its part of the budget,
# the tax office's or an unnamed one's is held.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cục Hải quan Lạng Sơn cho biết hoạt động thông quan đầu năm sôi động. Tính đến hết ngày 25/1/2019, Cục "
            "thu ngân sách được 412,5 tỷ đồng.",
            [("budget_revenue_trade", 412.5, "01/01–25/01/2019", "actual")],
        ),
        (
            "Cục Thuế tỉnh cho biết số thu đầu năm khả quan. Tính đến hết ngày 25/1/2019, Cục thu ngân sách được "
            "412,5 tỷ đồng.",
            [],
        ),
        ("Tính đến hết ngày 25/1/2019, Cục thu ngân sách được 412,5 tỷ đồng.", []),
    ],
)
def test_an_office_alone_collecting_is_the_one_its_paragraph_speaks_of(text, expected):
    assert read_with_status(text, date(2019, 1, 29)) == approx_values(expected)


# What the twenty-ninth review found in the mends before it (each row read wrong at the commit before its mend,
# unless marked a guard), and a result told after a plan's value in one sentence.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        ("Năm 2024, HĐND tỉnh giao dự toán thu 300 tỷ đồng cho huyện Cao Lộc.", date(2024, 1, 15), []),
        (
            "Năm 2024, Trung ương giao dự toán thu 6.000 tỷ đồng cho Cục Hải quan Lạng Sơn.",
            date(2024, 1, 15),
            [],
        ),
        (
            "Năm 2024, tỉnh được giao dự toán thu ngân sách 10.500 tỷ đồng; đến nay đã thu 9.000 tỷ đồng.",
            date(2024, 11, 15),
            [("budget_revenue", 10500, "2024", "target"), ("budget_revenue", 9000, "15/11/2024", "actual")],
        ),
        (
            "Năm 2023, dự toán thu ngân sách là 8.000 tỷ đồng, kết quả thu đạt 9.500 tỷ đồng.",
            date(2024, 1, 15),
            [("budget_revenue", 8000, "2023", "target"), ("budget_revenue", 9500, "2023", "actual")],
        ),
        (
            "Năm 2024, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh và các chợ biên giới đạt 5.000 triệu USD.",
            date(2024, 12, 20),
            [("trade_turnover", 5.0, "2024", "estimate")],
        ),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh, gồm cả trao đổi cư dân biên giới đạt 5.000 triệu "
            "USD.",
            date(2024, 12, 20),
            [("trade_turnover", 5.0, "2024", "estimate")],
        ),
        (
            "Năm 2024, tại các chợ biên giới, kim ngạch xuất nhập khẩu đạt 300 triệu USD.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Năm 2024, khách Trung Quốc tăng mạnh, khách du lịch nội địa đạt 2,5 triệu lượt.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Năm 2024, tỉnh đạt tăng trưởng 8,2% trong cả năm và đứng thứ 5 cả nước.",
            date(2024, 12, 20),
            [("grdp_growth", 8.2, "2024", "estimate"), ("grdp_growth_rank", 5, "2024", "estimate")],
        ),
        (
            "Năm 2024, tính chung toàn ngành công nghiệp, chỉ số sản xuất công nghiệp (IIP) tăng 10,5% so với năm "
            "trước.",
            date(2024, 12, 22),
            [("iip_growth", 10.5, "2024", "estimate")],
        ),
        (
            "Năm 2024, các đoàn học sinh Hà Nội lên tham quan tăng mạnh, với 3,5 triệu lượt khách.",
            date(2024, 12, 22),
            [("tourists", 3500000, "2024", "estimate")],
        ),
        (
            "Để đạt được mức tăng trưởng 8% trong năm 2024, tỉnh đã xây dựng kịch bản chi tiết cho từng quý.",
            date(2024, 12, 5),
            [("grdp_growth", 8, "2024", "target")],
        ),
        (
            "Để đạt được mức tăng trưởng 9% trong quý IV/2024, tỉnh đã tập trung tháo gỡ khó khăn.",
            date(2024, 12, 5),
            [("grdp_growth", 9, "Q4/2024", "target")],
        ),
        (
            "Để hoàn thành kế hoạch năm 2024, tỉnh đã xây dựng chương trình xúc tiến đầu tư, 9 tháng thu hút 5 dự án "
            "FDI với vốn đăng ký 150 triệu USD.",
            date(2024, 10, 5),
            [("fdi_registered", 150, "01–09/2024", "actual")],
        ),
        (
            "Năm 2024, Chỉ số SIPAS của tỉnh đạt 84,5%, tỷ lệ người dân rất hài lòng đạt 30%.",
            date(2025, 4, 10),
            [("sipas_score", 84.5, "2024", "actual")],
        ),
        (
            "Năm 2024, lần đầu tiên thu ngân sách của tỉnh đạt trên 10.300 tỷ đồng.",
            date(2024, 12, 28),
            [("budget_revenue", 10300, "2024", "estimate")],
        ),
        (
            "Trong vùng TDMNPB, PCI năm 2023 của Lạng Sơn xếp thứ 5.",
            date(2024, 5, 10),
            [("pci_rank_region", 5, "2023", "actual")],
        ),
        (
            "Trong 7 tỉnh biên giới phía Bắc, tăng trưởng GRDP năm 2023 của Lạng Sơn đứng thứ 2 và đứng thứ 4 trong "
            "vùng.",
            date(2024, 2, 10),
            [("grdp_growth_rank_region", 4, "2023", "actual")],
        ),
        (
            "So với các tỉnh biên giới, Lạng Sơn có lợi thế về cửa khẩu, PCI năm 2023 của tỉnh xếp thứ 20.",
            date(2024, 5, 10),
            [("pci_rank", 20, "2023", "actual")],
        ),
    ],
)
def test_what_the_twenty_ninth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round AF's held-out documents published from sentences that give none: a named part of domestic
# revenue, the region's average with no "của", a threshold no district crosses, an agency's area of two
# provinces, the site just spoken of; and the amount of the plan a result is measured against, right after the
# ratio ("bằng 24,9% chỉ tiêu 10.500 tỷ đồng"), the year's target.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Thu nội địa 4 tháng ước đạt 1.000 tỷ đồng. Trong thu nội địa, thu tiền sử dụng đất 4 tháng ước đạt 96,8 "
            "tỷ đồng; thu từ khu vực công thương nghiệp ngoài quốc doanh ước đạt 214,5 tỷ đồng.",
            date(2017, 4, 27),
            [("budget_revenue_domestic", 1000, "01–04/2017", "estimate")],
        ),
        (
            "Thu nhập bình quân đầu người một tháng của tỉnh năm 2018 đạt 2,38 triệu đồng, thấp hơn bình quân vùng "
            "(2,64 triệu đồng).",
            date(2020, 6, 10),
            [("income_per_capita_monthly", 2.38, "2018", "actual")],
        ),
        (
            "Mục tiêu đến cuối năm 2025, tỷ lệ hộ nghèo toàn tỉnh còn dưới 5%, không còn huyện nào có tỷ lệ hộ nghèo "
            "trên 15%.",
            date(2023, 1, 25),
            [("poverty_rate", 5, "31/12/2025", "target")],
        ),
        (
            "Về thu ngân sách, Chi cục Hải quan khu vực VI, đơn vị quản lý hải quan trên địa bàn hai tỉnh Lạng Sơn và "
            "Cao Bằng, cho biết quý I đã thu 2.612,8 tỷ đồng trên toàn địa bàn quản lý, bằng 24,9% chỉ tiêu 10.500 tỷ "
            "đồng được giao cho cả năm.",
            date(2026, 4, 8),
            [],
        ),
        (
            "Bà Đinh Thị Hoa cho biết: Khu du lịch Mẫu Sơn đang hoàn thiện thêm hai khu nghỉ dưỡng; riêng tại đây, 6 "
            "tháng qua đón khoảng 420.000 lượt khách.",
            date(2024, 7, 5),
            [],
        ),
        (
            "Quý I, tỉnh thu ngân sách 2.612,8 tỷ đồng, bằng 24,9% chỉ tiêu 10.500 tỷ đồng được giao cho cả năm.",
            date(2026, 4, 8),
            [("budget_revenue", 2612.8, "Q1/2026", "actual"), ("budget_revenue", 10500, "2026", "target")],
        ),
        (
            "Tính đến ngày 31/3/2026, tỉnh thu ngân sách 2.612,8 tỷ đồng, bằng 24,9% dự toán năm 2026 là 10.500 tỷ "
            "đồng.",
            date(2026, 4, 8),
            [("budget_revenue", 2612.8, "01–03/2026", "actual"), ("budget_revenue", 10500, "2026", "target")],
        ),
    ],
)
def test_what_round_af_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the thirtieth review found in the mends before it (each row read wrong at the commit before its mend).
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Cục Hải quan Quảng Ninh cho biết, hoạt động thông quan tăng mạnh. Tính đến ngày 15/9, Cục thu ngân sách "
            "được 6.412 tỷ đồng.",
            date(2021, 9, 20),
            [],
        ),
        (
            "Theo Cục Hải quan Lạng Sơn, lượng xe qua cửa khẩu tăng. Trong khi đó, Cục Quản lý thị trường tỉnh xử lý "
            "300 vụ. Tính đến ngày 15/9, Cục thu ngân sách được 12 tỷ đồng từ xử phạt.",
            date(2021, 9, 20),
            [],
        ),
        (
            "Cục Hải quan Lạng Sơn cho biết, hoạt động thông quan tăng mạnh. Tính đến ngày 15/9, Cục thu ngân sách "
            "được 3.412 tỷ đồng, bằng 80% chỉ tiêu 4.300 tỷ đồng.",
            date(2021, 9, 20),
            [
                ("budget_revenue_trade", 3412, "01/01–15/09/2021", "actual"),
                ("budget_revenue_trade", 4300, "2021", "target"),
            ],
        ),
        (
            "Chi cục Hải quan khu vực VI cho biết, thông quan thuận lợi. Tính đến ngày 15/9, Chi cục thu ngân sách "
            "được 5.412 tỷ đồng.",
            date(2025, 9, 20),
            [],
        ),
        (
            "Quý I, thu ngân sách đạt 2.612,8 tỷ đồng, bằng 110% kế hoạch 2.375 tỷ đồng.",
            date(2024, 4, 10),
            [("budget_revenue", 2612.8, "Q1/2024", "actual")],
        ),
        (
            "9 tháng, kim ngạch xuất nhập khẩu qua các cửa khẩu, qua chợ biên giới và lối mở trên địa bàn tỉnh đạt "
            "4,2 tỷ USD.",
            date(2024, 10, 5),
            [("trade_turnover", 4.2, "01–09/2024", "actual")],
        ),
        (
            "Tính chung toàn ngành 10 tháng, thu ngân sách đạt 350.000 tỷ đồng.",
            date(2024, 11, 5),
            [],
        ),
        (
            "Năm 2025, Trung ương giao dự toán thu 10.500 tỷ đồng cho các cấp ngân sách của tỉnh.",
            date(2024, 12, 10),
            [("budget_revenue", 10500, "2025", "target")],
        ),
        (
            "9 tháng, thu nội địa (không kể thu từ doanh nghiệp nhà nước) đạt 3.500 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue_domestic", 3500, "01–09/2024", "actual")],
        ),
        (
            "Năm 2021, Cục Hải quan Lạng Sơn thu ngân sách 4.500 tỷ đồng trên địa bàn quản lý.",
            date(2021, 12, 20),
            [("budget_revenue_trade", 4500, "2021", "estimate")],
        ),
        (
            "Năm 2024, khách Trung Quốc tăng mạnh, lượt khách du lịch toàn tỉnh đạt 2,5 triệu lượt.",
            date(2024, 12, 20),
            [("tourists", 2500000, "2024", "estimate")],
        ),
        (
            "Năm 2024, tỉnh đạt tăng trưởng 8,2% trong kỳ báo cáo về thu hút đầu tư.",
            date(2024, 12, 20),
            [],
        ),
        ("Quý I, thu ngân sách đạt 212 tỷ đồng trên địa bàn huyện Cao Lộc.", date(2024, 4, 10), []),
        ("Trong 7 tỉnh biên giới phía Bắc, năm 2020, PCI của Lạng Sơn xếp thứ 3.", date(2020, 11, 10), []),
        ("So với các tỉnh biên giới, PCI năm 2020 của Lạng Sơn xếp thứ 3.", date(2020, 11, 10), []),
        (
            "Trong vùng dân tộc thiểu số và miền núi, PCI năm 2020 của Lạng Sơn xếp thứ 3.",
            date(2020, 11, 10),
            [],
        ),
        (
            "Đến cuối năm 2024, không còn xã nào trắng về nông thôn mới, toàn tỉnh có trên 120 xã đạt chuẩn nông thôn "
            "mới.",
            date(2024, 12, 20),
            [("new_rural_communes", 120, "31/12/2024", "estimate")],
        ),
        (
            "Chỉ số SIPAS năm 2024 của tỉnh, tỷ lệ hài lòng của người dân đạt 85,6%.",
            date(2025, 4, 10),
            [("sipas_score", 85.6, "2024", "actual")],
        ),
    ],
)
def test_what_the_thirtieth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round AG's held-out documents published from sentences that give none: the customs department's take
# where the text says it has a branch in another province (and the plans measured against it), a whole whose
# part lies in another province, what one visit spends, a neighbouring province called "tỉnh bạn", cases put
# under a committee's watch; and an office's take "của Cục" routed as "Cục thu" is.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Cục hiện quản lý 8 chi cục, trong đó có Chi cục Hải quan quản lý các khu công nghiệp tỉnh Bắc Giang.\n\n"
            "Tính đến ngày 25/11/2019, tổng số thu ngân sách nhà nước của Cục đạt 5.318,6 tỷ đồng, bằng 88,6% chỉ "
            "tiêu Bộ Tài chính giao (6.000 tỷ đồng).",
            date(2019, 11, 28),
            [],
        ),
        (
            "Cục trưởng Cục Hải quan tỉnh cho biết: 6 tháng, toàn Cục thu được 2.015,3 tỷ đồng, trong đó Chi cục Hải "
            "quan quản lý các khu công nghiệp tỉnh Bắc Giang thu 308,5 tỷ đồng.",
            date(2017, 7, 7),
            [],
        ),
        (
            "Cục Hải quan Lạng Sơn tổ chức hội nghị tổng kết. Trong 5 năm 2015 - 2019, tổng số thu ngân sách nhà "
            "nước của Cục đạt 20.916,4 tỷ đồng.",
            date(2020, 6, 11),
            [("budget_revenue_trade", 20916.4, "2015–2019", "actual")],
        ),
        (
            "Năm 2022, doanh thu du lịch ước đạt 1.200 tỷ đồng; mức chi tiêu bình quân chỉ khoảng 570.000 "
            "đồng/lượt.",
            date(2022, 10, 5),
            [("tourism_revenue", 1200, "2022", "estimate")],
        ),
        (
            "Cùng thời gian này, Đảng bộ tỉnh Cao Bằng cũng tổ chức đại hội; tỉnh bạn ước tăng trưởng bình quân "
            "6,8%/năm trong nhiệm kỳ vừa qua.",
            date(2020, 10, 14),
            [],
        ),
        (
            "Năm 2023, Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh đưa 18 vụ án, vụ việc vào diện theo dõi, "
            "chỉ đạo.",
            date(2023, 12, 21),
            [],
        ),
    ],
)
def test_what_round_ag_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the thirty-first review found in the mends before it (each row read wrong at the commit before its mend).
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Cục Hải quan Lạng Sơn cho biết, hoạt động thông quan thuận lợi. Cục trưởng Nguyễn Văn An cho biết, tính "
            "đến ngày 15/9, Cục thu ngân sách được 3.412 tỷ đồng.",
            date(2021, 9, 20),
            [("budget_revenue_trade", 3412, "01/01–15/09/2021", "actual")],
        ),
        (
            "Cục Hải quan Lạng Sơn cho biết, thông quan thuận lợi. Tính đến ngày 15/9, Cục thu ngân sách được 3.412 tỷ "
            "đồng.\n\nDịp này, Chi cục Thống kê khu vực đã làm việc với đoàn công tác tỉnh Bắc Giang.",
            date(2021, 9, 20),
            [("budget_revenue_trade", 3412, "01/01–15/09/2021", "actual")],
        ),
        (
            "Cục Hải quan Lạng Sơn cho biết, năm 2022, toàn Cục thu được 5.000 tỷ đồng, trong đó không tính số thu của "
            "Chi cục Hải quan quản lý các khu công nghiệp tỉnh Bắc Giang.",
            date(2022, 12, 20),
            [("budget_revenue_trade", 5000, "2022", "estimate")],
        ),
        (
            "Năm 2023, thu ngân sách trên địa bàn huyện Cao Lộc đạt 300 tỷ đồng, toàn tỉnh đạt 8.000 tỷ đồng, bằng 105% "
            "dự toán (7.600 tỷ đồng).",
            date(2023, 12, 20),
            [("budget_revenue", 8000, "2023", "estimate"), ("budget_revenue", 7600, "2023", "target")],
        ),
        (
            "6 tháng đầu năm 2024, thu ngân sách nhà nước trên địa bàn đạt 3.000 tỷ đồng, bằng 55% dự toán Trung ương "
            "giao 5.450 tỷ đồng.",
            date(2024, 7, 5),
            [("budget_revenue", 3000, "H1/2024", "actual"), ("budget_revenue", 5450, "2024", "target")],
        ),
        (
            "Tính chung toàn ngành 9 tháng năm 2024, chỉ số sản xuất công nghiệp ước tăng 8,2% so với cùng kỳ.",
            date(2024, 10, 5),
            [("iip_growth", 8.2, "01–09/2024", "estimate")],
        ),
        (
            "Tại các chợ biên giới trên địa bàn tỉnh, kim ngạch trao đổi hàng hóa 9 tháng đạt 320 triệu USD.",
            date(2024, 10, 5),
            [],
        ),
        ("Năm 2023, trong thu nội địa, khu vực ngoài quốc doanh đạt 700 tỷ đồng.", date(2023, 12, 20), []),
        (
            "Năm 2024, đối với khách Trung Quốc, lượng khách du lịch sang Lạng Sơn đạt 400.000 lượt.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Nhờ tăng cường hợp tác với các tỉnh bạn, năm 2024 kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 5 tỷ USD.",
            date(2024, 12, 20),
            [("trade_turnover", 5, "2024", "estimate")],
        ),
        (
            "Năm 2023, cơ quan điều tra khởi tố 18 vụ án tham nhũng, trong đó 3 vụ đưa vào diện theo dõi.",
            date(2023, 12, 20),
            [("corruption_cases", 18, "2023", "estimate")],
        ),
        (
            "Đến cuối năm 2024, không còn huyện nào, xã nào có tỷ lệ hộ nghèo trên 30%.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu đạt 5 tỷ USD trên địa bàn hai tỉnh Lạng Sơn và Cao Bằng.",
            date(2024, 12, 20),
            [],
        ),
        ("Năm 2025, HĐND tỉnh giao dự toán thu 1.200 tỷ đồng cho các địa phương.", date(2024, 12, 10), []),
    ],
)
def test_what_the_thirty_first_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What round AH's held-out documents published from sentences that give none: one kind of a split total, a
# value the clause opens on with "Với" and another province owns after the comma, a gap between two scores,
# many communes of named districts, and how many more of a stock.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 7 tháng năm 2026 ước đạt 25.000 tỷ đồng. Chia "
            "theo ngành hoạt động: bán lẻ hàng hóa 19.742,3 tỷ đồng, tăng 11,8%.",
            date(2026, 7, 28),
            [("retail_sales", 25000, "01–07/2026", "estimate")],
        ),
        (
            "Năm 2023, DTI của Lạng Sơn đạt 0,5012 điểm. Với 0,6832 điểm, Đà Nẵng là địa phương duy nhất vượt ngưỡng "
            "0,65.",
            date(2024, 7, 22),
            [("dti_score", 0.5012, "2023", "actual")],
        ),
        (
            'PCI 2019 của Lạng Sơn đạt 62,5 điểm. "Tỉnh bạn Quảng Ninh cách chúng tôi không xa, nhưng khoảng cách về '
            'điểm số còn hơn 12 điểm", ông Quỳnh nói.',
            date(2020, 5, 7),
            [("pci_score", 62.5, "2019", "actual")],
        ),
        (
            "Năm 2018, tỷ lệ hộ nghèo của tỉnh còn 12%. Nhiều xã ở Bình Gia, Văn Quan, Đình Lập có tỷ lệ hộ nghèo trên "
            "40%.",
            date(2019, 1, 4),
            [("poverty_rate", 12, "31/12/2018", "actual")],
        ),
        (
            "Nghị quyết điều chỉnh chỉ tiêu năm 2020.\n\n7. Số xã đạt chuẩn nông thôn mới: tăng thêm 12 xã.",
            date(2020, 7, 17),
            [],
        ),
    ],
)
def test_what_round_ah_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# What the thirty-second review found in the mends before it, and what round AI's held-out documents
# published from sentences that give none (each row read wrong at the commit before its mend).
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        ("Tính chung toàn ngành 10 tháng, kim ngạch xuất nhập khẩu đạt 600 tỷ USD.", date(2024, 10, 5), []),
        (
            "Ngành công nghiệp tỉnh tiếp tục phục hồi. Tính chung toàn ngành, chỉ số sản xuất công nghiệp 9 tháng tăng "
            "8,5%.",
            date(2024, 10, 5),
            [("iip_growth", 8.5, "01–09/2024", "actual")],
        ),
        (
            "Thu từ khu vực ngoài quốc doanh tăng 15%, thu nội địa 9 tháng đạt 3.000 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue_domestic", 3000, "01–09/2024", "actual")],
        ),
        (
            "Riêng khách Trung Quốc tăng mạnh, tổng lượt khách du lịch 9 tháng đạt 2,5 triệu lượt.",
            date(2024, 10, 5),
            [("tourists", 2500000, "01–09/2024", "actual")],
        ),
        (
            "9 tháng, tổng lượt khách quốc tế và nội địa đến tỉnh đạt 2,8 triệu lượt.",
            date(2024, 10, 5),
            [("tourists", 2800000, "01–09/2024", "actual")],
        ),
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng chia theo ngành hoạt động 9 tháng ước đạt 25.000 "
            "tỷ đồng.",
            date(2024, 10, 5),
            [("retail_sales", 25000, "01–09/2024", "estimate")],
        ),
        (
            "Năm 2023, Ban Chỉ đạo tỉnh đưa 18 vụ án, 12 vụ việc tham nhũng vào diện theo dõi, chỉ đạo.",
            date(2024, 1, 15),
            [],
        ),
        (
            "Năm 2024, Trung ương giao dự toán thu 8.000 tỷ đồng cho địa phương.",
            date(2024, 1, 15),
            [("budget_revenue", 8000, "2024", "target")],
        ),
        ("Năm 2023, các tỉnh bạn đón 5 triệu lượt khách du lịch.", date(2024, 1, 15), []),
        (
            "Nhiều xã thuộc tỉnh đã hoàn thành 19 tiêu chí, nâng tổng số xã đạt chuẩn nông thôn mới năm 2023 lên 95 "
            "xã.",
            date(2024, 1, 15),
            [("new_rural_communes", 95, "31/12/2023", "actual")],
        ),
        (
            "Năm 2023, tăng trưởng GRDP của tỉnh đạt 5,5%, khoảng cách đến mục tiêu 7% vẫn còn xa.",
            date(2024, 1, 15),
            [("grdp_growth", 5.5, "2023", "actual"), ("grdp_growth", 7, "2023", "target")],
        ),
        (
            "Với tốc độ tăng trưởng GRDP năm 2023 đạt 5,5%, Quảng Ninh dẫn đầu vùng.",
            date(2024, 1, 15),
            [],
        ),
        (
            "Năm 2019, thu ngân sách đạt 8.000 tỷ đồng, chưa bao gồm số thu của Chi cục Hải quan quản lý các KCN tỉnh "
            "Bắc Giang.",
            date(2020, 1, 10),
            [("budget_revenue", 8000, "2019", "actual")],
        ),
        (
            "9 tháng năm 2025, tổng kim ngạch qua địa bàn tỉnh đạt 66 tỷ USD. Xét từng cửa khẩu, Hữu Nghị vẫn là cửa "
            "ngõ chủ lực với kim ngạch khoảng 48,7 tỷ USD; Tân Thanh đạt 9,2 tỷ USD; ga đường sắt Đồng Đăng 4,3 tỷ USD; "
            "Chi Ma 3,1 tỷ USD.",
            date(2025, 10, 5),
            [("trade_turnover", 66, "01–09/2025", "actual")],
        ),
        (
            "Quý I/2017, thu nội địa đạt 600 tỷ đồng. Cùng kỳ, Cục Thuế tỉnh thu nội địa được 512,3 tỷ đồng.",
            date(2017, 4, 5),
            [("budget_revenue_domestic", 600, "Q1/2017", "actual")],
        ),
        (
            "Bình quân mỗi tháng quý III, thu ngân sách đạt trên 420 tỷ đồng, cao hơn hẳn nửa đầu năm.",
            date(2022, 10, 5),
            [],
        ),
        (
            "Năm 2023 phấn đấu: Khách du lịch 3,5 triệu lượt; thu nhập bình quân của người dân nông thôn khoảng 36 "
            "triệu đồng/người/năm.",
            date(2022, 12, 9),
            [("tourists", 3500000, "2023", "target")],
        ),
    ],
)
def test_what_the_thirty_second_review_and_round_ai_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # Periods listed, then as many values with no "lần lượt": one value per period, in order.
        (
            "Quý I và quý II, GRDP của tỉnh tăng 5,2% và 6,1%.",
            date(2024, 10, 5),
            [("grdp_growth", 5.2, "Q1/2024", "actual"), ("grdp_growth", 6.1, "Q2/2024", "actual")],
        ),
        (
            "Năm 2022 và năm 2023, GRDP tỉnh Lạng Sơn tăng 5,2% và 6,1%.",
            date(2024, 10, 5),
            [("grdp_growth", 5.2, "2022", "actual"), ("grdp_growth", 6.1, "2023", "actual")],
        ),
        (
            "Tháng 8 và tháng 9, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 5,1 tỷ USD và 5,6 tỷ USD.",
            date(2024, 10, 5),
            [("trade_turnover", 5.1, "08/2024", "actual"), ("trade_turnover", 5.6, "09/2024", "actual")],
        ),
        (
            "Các năm 2021, 2022 và 2023, chỉ số PCI của tỉnh xếp thứ 15, 20 và 18.",
            date(2024, 5, 5),
            [
                ("pci_rank", 15, "2021", "actual"),
                ("pci_rank", 20, "2022", "actual"),
                ("pci_rank", 18, "2023", "actual"),
            ],
        ),
        # (a value beyond the list has neither period: held, not given the first or the last)
        (
            "Năm 2022 và 2023, GRDP tỉnh tăng 5,2% và 6,1%, thu ngân sách đạt 1.200 tỷ đồng.",
            date(2024, 10, 5),
            [("grdp_growth", 5.2, "2022", "actual"), ("grdp_growth", 6.1, "2023", "actual")],
        ),
        # Guards: periods compared with, values of two subjects, two quarters' one target.
        (
            "So với năm 2022 và 2023, GRDP tỉnh năm 2024 ước tăng 5,2%.",
            date(2024, 12, 20),
            [("grdp_growth", 5.2, "2024", "estimate")],
        ),
        (
            "Quý III và quý IV, tỉnh phấn đấu GRDP tăng 9,2%.",
            date(2024, 7, 5),
            [("grdp_growth", 9.2, "H2/2024", "target")],
        ),
        (
            "Năm 2022 và 2023, xuất khẩu và nhập khẩu tăng 5,2% và 6,1%.",
            date(2024, 1, 15),
            [],
        ),
    ],
)
def test_periods_listed_then_values_without_respectively_pair_in_order(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # The customs sector's nationwide trade, its exports too; the province's own named after it is ours.
        (
            "Tính chung toàn ngành, 10 tháng năm 2024 kim ngạch xuất khẩu đạt 335 tỷ USD.",
            date(2024, 11, 5),
            [],
        ),
        (
            "Tính chung toàn ngành 10 tháng năm 2024, kim ngạch xuất nhập khẩu cả nước đạt 647 tỷ USD, trong khi qua "
            "Lạng Sơn đạt 4,5 tỷ USD.",
            date(2024, 11, 5),
            [("trade_turnover", 4.5, "01–10/2024", "actual")],
        ),
        # Some communes or districts of the province, not the province.
        ("Nhiều xã thuộc tỉnh có tỷ lệ hộ nghèo năm 2023 trên 20%.", date(2024, 1, 15), []),
        ("Năm 2023, nhiều huyện thuộc tỉnh có tỷ lệ hộ nghèo dưới 5%.", date(2024, 1, 15), []),
        # One country's visitors, framed before the province's verb.
        ("Đối với khách Trung Quốc, 9 tháng năm 2024 tỉnh đón 300.000 lượt.", date(2024, 10, 5), []),
        ("Về khách Trung Quốc, 9 tháng năm 2024, Lạng Sơn đón 300.000 lượt.", date(2024, 10, 5), []),
        # A part of domestic revenue described by the whole, not followed by the whole's own value.
        (
            "9 tháng năm 2024, thu từ khu vực ngoài quốc doanh, khoản chiếm tỷ trọng lớn nhất trong thu nội địa, đạt "
            "900 tỷ đồng.",
            date(2024, 10, 5),
            [],
        ),
        (
            "9 tháng năm 2024, nhờ thu từ khu vực ngoài quốc doanh tăng khá, thu nội địa đạt 2.100 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue_domestic", 2100, "01–09/2024", "actual")],
        ),
        # A gap is no figure; the plan's value right after the plan's word is the plan's.
        (
            "Năm 2023, thu ngân sách đạt 8.500 tỷ đồng, chênh lệch so với kế hoạch khoảng 500 tỷ đồng.",
            date(2024, 1, 15),
            [("budget_revenue", 8500, "2023", "actual")],
        ),
        (
            "Năm 2023, tăng trưởng GRDP của tỉnh đạt 5,5%, khoảng cách so với kế hoạch 7% còn khá xa.",
            date(2024, 1, 15),
            [("grdp_growth", 5.5, "2023", "actual"), ("grdp_growth", 7, "2023", "target")],
        ),
        (
            "Năm 2023, thu ngân sách đạt 8.500 tỷ đồng, khoảng cách đến chỉ tiêu 9.000 tỷ đồng còn 500 tỷ đồng.",
            date(2024, 1, 15),
            [("budget_revenue", 8500, "2023", "actual"), ("budget_revenue", 9000, "2023", "target")],
        ),
        # One kind of a split total, however the split is introduced.
        (
            "Chia theo ngành hoạt động thì bán lẻ hàng hóa 9 tháng năm 2024 ước đạt 19.742,3 tỷ đồng.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Phân theo ngành hoạt động, bán lẻ hàng hóa 9 tháng năm 2024 ước đạt 19.742,3 tỷ đồng.",
            date(2024, 10, 5),
            [],
        ),
        # The railway station as one of the whole's channels; bare gate names in a list, however they go on.
        (
            "9 tháng năm 2025, kim ngạch xuất nhập khẩu qua các cửa khẩu đường bộ và ga đường sắt Đồng Đăng của tỉnh "
            "đạt 66 tỷ USD.",
            date(2025, 10, 5),
            [("trade_turnover", 66, "01–09/2025", "actual")],
        ),
        (
            "9 tháng năm 2025, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 66 tỷ USD; Hữu Nghị 48 tỷ USD; Chi Ma "
            "ước đạt 3,1 tỷ USD; Cốc Nam khoảng 1,2 tỷ USD.",
            date(2025, 10, 5),
            [("trade_turnover", 66, "01–09/2025", "actual")],
        ),
        # Where visitors come from is no place of the value; a "Với" clause that says whose the value is.
        (
            "Năm 2023, thu hút khách từ các tỉnh bạn tăng mạnh, tổng lượt khách du lịch đến tỉnh đạt 3 triệu lượt.",
            date(2024, 1, 15),
            [("tourists", 3000000, "2023", "actual")],
        ),
        (
            "Với tốc độ tăng trưởng GRDP của tỉnh năm 2023 đạt 5,5%, Cao Bằng và Bắc Kạn đều thấp hơn.",
            date(2024, 1, 15),
            [("grdp_growth", 5.5, "2023", "actual")],
        ),
        (
            "Với tổng lượng khách năm 2023 đạt 1,6 triệu lượt, thành phố Lạng Sơn là địa phương thu hút khách nhiều "
            "nhất tỉnh.",
            date(2024, 1, 15),
            [],
        ),
        # A monthly average opening its clause, however long the clause; what one visitor spends.
        (
            "Bình quân mỗi tháng quý III/2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt trên 500 triệu USD.",
            date(2024, 10, 5),
            [],
        ),
        ("Tính bình quân mỗi tháng, 9 tháng năm 2024 thu ngân sách đạt 700 tỷ đồng.", date(2024, 10, 5), []),
        (
            "Năm 2023, tổng thu từ du lịch đạt 1.500 tỷ đồng, tăng 20%; một lượt khách lưu trú chi tiêu khoảng 1,5 "
            "triệu đồng.",
            date(2024, 1, 15),
            [("tourism_revenue", 1500, "2023", "actual")],
        ),
        # "không bao gồm" leaves the other province's branch out, like "chưa bao gồm".
        (
            "Năm 2019, Cục Hải quan Lạng Sơn thu ngân sách đạt 5.015,3 tỷ đồng, không bao gồm số thu của Chi cục Hải "
            "quan quản lý các KCN tỉnh Bắc Giang.",
            date(2020, 1, 10),
            [("budget_revenue_trade", 5015.3, "2019", "actual")],
        ),
        # Cases put under a committee's watch, past a longer list or named before the count.
        (
            "Năm 2023, Ban Chỉ đạo tỉnh đã đưa 18 vụ án, vụ việc tham nhũng, tiêu cực vào diện Ban Chỉ đạo theo "
            "dõi, chỉ đạo.",
            date(2024, 1, 15),
            [],
        ),
        ("Năm 2023, Ban Chỉ đạo đã đưa vào diện theo dõi 6 vụ án tham nhũng.", date(2024, 1, 15), []),
        # Rural residents' income; the visitors of both kinds together; the tax office's own take.
        ("Năm 2023, thu nhập bình quân của cư dân nông thôn đạt 35 triệu đồng/người.", date(2024, 1, 15), []),
        (
            "Thu nhập bình quân đầu người năm 2020 ước 40,6 triệu đồng; thu nhập của cư dân nông thôn năm 2020 khoảng "
            "30 triệu đồng.",
            date(2021, 1, 4),
            [("income_per_capita", 40.6, "2020", "estimate")],
        ),
        (
            "9 tháng năm 2024, khách quốc tế và khách nội địa đến Lạng Sơn ước đạt 2,8 triệu lượt.",
            date(2024, 10, 5),
            [("tourists", 2800000, "01–09/2024", "estimate")],
        ),
        (
            "Quý I/2017, thu nội địa trên địa bàn tỉnh đạt 600 tỷ đồng; riêng Cục Thuế tỉnh trực tiếp thu 400 tỷ đồng.",
            date(2017, 4, 5),
            [("budget_revenue_domestic", 600, "Q1/2017", "actual")],
        ),
        # A transfer from the centre after the spending; organisations that have done something; a new
        # subject's change after "và".
        (
            "Dự toán năm 2020: tổng chi ngân sách địa phương 10.942,3 tỷ đồng; bổ sung cân đối từ ngân sách trung "
            "ương 5.846,7 tỷ đồng.",
            date(2019, 12, 11),
            [("budget_expenditure", 10942.3, "2020", "target")],
        ),
        ("Đến ngày 15/7, đã có 24/69 đảng bộ trực thuộc tổ chức xong đại hội.", date(2025, 7, 18), []),
        (
            "Năm 2024, GRDP tăng 8% và xuất khẩu tăng 10%.",
            date(2024, 10, 5),
            [("grdp_growth", 8, "2024", "estimate")],
        ),
    ],
)
def test_what_the_thirty_third_review_and_round_aj_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # The customs sector's nationwide figures, however the province is named inside them; its own take.
        (
            "Tính chung toàn ngành, kể cả Cục Hải quan Lạng Sơn, số thu ngân sách 11 tháng năm 2024 đạt 380.000 tỷ "
            "đồng.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Tính chung toàn ngành 11 tháng năm 2024, tổng kim ngạch xuất nhập khẩu cả nước, trong đó có qua Lạng "
            "Sơn, đạt 715 tỷ USD.",
            date(2024, 12, 20),
            [],
        ),
        (
            "Tính chung toàn ngành hải quan Lạng Sơn, 11 tháng năm 2024 thu ngân sách đạt 7.050 tỷ đồng.",
            date(2024, 12, 20),
            [("budget_revenue_trade", 7050, "01–11/2024", "actual")],
        ),
        (
            "Cục Hải quan tỉnh Lạng Sơn 9 tháng năm 2024, số thu ngân sách đạt 5.200 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue_trade", 5200, "01–09/2024", "actual")],
        ),
        (
            "9 tháng năm 2024, thu ngân sách trên địa bàn tỉnh đạt 9.000 tỷ đồng; trong khi đó, Cục Hải quan Lạng Sơn "
            "mới thu được 4.300 tỷ đồng.",
            date(2024, 10, 5),
            [
                ("budget_revenue", 9000, "01–09/2024", "actual"),
                ("budget_revenue_trade", 4300, "01–09/2024", "actual"),
            ],
        ),
        # Domestic revenue named after its part, however it is named.
        (
            "Năm 2024, thu từ khu vực ngoài quốc doanh tăng 15%, tổng thu nội địa đạt 3.150 tỷ đồng.",
            date(2024, 12, 20),
            [("budget_revenue_domestic", 3150, "2024", "estimate")],
        ),
        (
            "Năm 2024, thu từ khu vực ngoài quốc doanh tăng 15%, đưa thu nội địa lên 3.150 tỷ đồng.",
            date(2024, 12, 20),
            [("budget_revenue_domestic", 3150, "2024", "estimate")],
        ),
        # A monthly average does not reach past another value to the whole's.
        (
            "Tính bình quân mỗi tháng, thu ngân sách đạt 700 tỷ đồng, nhờ vậy 9 tháng năm 2024 tổng thu ngân sách đạt "
            "6.300 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 6300, "01–09/2024", "actual")],
        ),
        (
            "Bình quân mỗi tháng tăng 8%, 9 tháng năm 2024 tổng lượt khách du lịch đến Lạng Sơn đạt 2,9 triệu lượt.",
            date(2024, 10, 5),
            [("tourists", 2900000, "01–09/2024", "actual")],
        ),
        # A committee's watch is not the cases counted before another count or another verb.
        (
            "Năm 2024, cơ quan điều tra khởi tố mới 15 vụ án tham nhũng, 42 bị can, Ban Chỉ đạo đã đưa 5 vụ vào diện "
            "theo dõi, chỉ đạo.",
            date(2025, 1, 10),
            [("corruption_cases", 15, "2024", "actual"), ("corruption_defendants", 42, "2024", "actual")],
        ),
        (
            "Năm 2024, các cơ quan tố tụng đã khởi tố 15 vụ án tham nhũng, tiêu cực và đưa vào diện theo dõi 4 vụ án.",
            date(2025, 1, 10),
            [("corruption_cases", 15, "2024", "actual")],
        ),
        # Organisations organised anew, not those that held their congress.
        (
            "Đảng bộ tỉnh hiện có 18 đảng bộ trực thuộc được tổ chức theo mô hình mới sau sáp nhập.",
            date(2025, 7, 18),
            [("party_organisations", 18, "18/07/2025", "actual")],
        ),
        # The split's total named in full is the total; a group of goods is not.
        (
            "Xét theo ngành, 9 tháng năm 2024 tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng toàn tỉnh đạt "
            "25.300 tỷ đồng.",
            date(2024, 10, 5),
            [("retail_sales", 25300, "01–09/2024", "actual")],
        ),
        (
            "Xét theo nhóm hàng, 9 tháng năm 2024 bán lẻ hàng hóa đạt 19.742,3 tỷ đồng, lương thực thực phẩm đạt "
            "8.200 tỷ đồng.",
            date(2024, 10, 5),
            [],
        ),
        # The city after a "Với" clause, whatever it goes on with: its share may be of its own value or of the
        # province's ("…, thành phố Lạng Sơn chiếm khoảng 60%" against "… chiếm khoảng 60% lượng khách của toàn
        # tỉnh"), a reader cannot tell: held (the thirty-fifth review).
        (
            "Với 2,9 triệu lượt khách 9 tháng năm 2024, thành phố Lạng Sơn chiếm khoảng 60%.",
            date(2024, 10, 5),
            [],
        ),
        # Listed periods: after a list that ends on a later period; values of no list under them held; one
        # subject named with nested names; two subjects not paired.
        (
            "Quý I và quý II, GRDP tăng 5,2% và 6,1%, 6 tháng đầu năm tăng 5,7%.",
            date(2024, 10, 5),
            [
                ("grdp_growth", 5.2, "Q1/2024", "actual"),
                ("grdp_growth", 6.1, "Q2/2024", "actual"),
                ("grdp_growth", 5.7, "H1/2024", "actual"),
            ],
        ),
        (
            "Năm 2023 và 2024, tổng vốn đầu tư phát triển toàn xã hội trên địa bàn tỉnh đạt 18.500 tỷ đồng.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Quý I và quý II, kim ngạch xuất khẩu và nhập khẩu qua địa bàn tỉnh đạt 1,2 tỷ USD và 0,8 tỷ USD.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Năm 2021 và 2022, thu nhập bình quân đầu người đạt 36,5 triệu đồng và 40,2 triệu đồng.",
            date(2024, 10, 5),
            [("income_per_capita", 36.5, "2021", "actual"), ("income_per_capita", 40.2, "2022", "actual")],
        ),
        (
            "Năm 2022 và 2023, GRDP bình quân đầu người đạt 58,2 triệu đồng và 62,5 triệu đồng.",
            date(2024, 10, 5),
            [("grdp_per_capita", 58.2, "2022", "actual"), ("grdp_per_capita", 62.5, "2023", "actual")],
        ),
        # Visitors by where they come from; the station among channels by its short name; a transfer.
        ("9 tháng năm 2024, khách từ các tỉnh bạn đến Lạng Sơn đạt 1,8 triệu lượt.", date(2024, 10, 5), []),
        (
            "9 tháng năm 2024, kim ngạch xuất nhập khẩu qua các cửa khẩu đường bộ và ga Đồng Đăng của tỉnh đạt 4,9 tỷ "
            "USD.",
            date(2024, 10, 5),
            [("trade_turnover", 4.9, "01–09/2024", "actual")],
        ),
        (
            "Năm 2023, thu ngân sách nhà nước trên địa bàn đạt 9.100 tỷ đồng; thu bổ sung từ ngân sách trung ương "
            "5.846,7 tỷ đồng.",
            date(2024, 10, 5),
            [("budget_revenue", 9100, "2023", "actual")],
        ),
        # Round AK: the nation's whole a share is of; a region's take; the area of a gate just named; a
        # district the paragraph goes on about; a rank of an index the catalog does not rank.
        (
            "So với cả nước, kim ngạch qua địa bàn tỉnh năm 2017 chỉ bằng khoảng 1,06% tổng kim ngạch xuất nhập khẩu "
            "hàng hóa (425,1 tỷ USD).",
            date(2018, 6, 15),
            [],
        ),
        (
            "Năm 2024, 10 trong 14 địa phương đã thu vượt dự toán; tổng số thu của vùng ước khoảng 89.200 tỷ đồng.",
            date(2024, 12, 18),
            [],
        ),
        (
            "Riêng tháng 3, lượng xe hàng qua Tân Thanh giảm khoảng 15% so với tháng 2; kim ngạch qua khu vực này "
            "trong quý I đạt 212 triệu USD.",
            date(2017, 4, 14),
            [],
        ),
        (
            "Huyện Đình Lập hiện có hơn 83.000 ha rừng. Năm 2022, huyện trồng mới 2.150 ha rừng tập trung. Tỷ lệ hộ "
            "nghèo còn 19,7%.",
            date(2023, 6, 8),
            [],
        ),
        (
            "Chỉ số cải cách hành chính PAR Index 2020 của Lạng Sơn\n\nVề SIPAS 2020, mức độ hài lòng của người dân, "
            "tổ chức đối với sự phục vụ của các cơ quan hành chính trên địa bàn tỉnh đạt 80,92%. Với kết quả này, "
            "tỉnh đứng thứ 55/63.",
            date(2021, 5, 21),
            [("sipas_score", 80.92, "2020", "actual")],
        ),
    ],
)
def test_what_the_thirty_fourth_review_and_round_ak_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # The customs sector's contrast with other provinces, and its own month past a thousands dot.
        (
            "Tính chung toàn ngành, số thu 9 tháng đạt gần 300 nghìn tỷ đồng, còn các tỉnh biên giới phía Bắc đạt 61 "
            "nghìn tỷ đồng.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Tính chung toàn ngành, số thu 9 tháng năm 2024 đạt 295.000 tỷ đồng, riêng tháng 9 đạt 32.000 tỷ đồng.",
            date(2024, 10, 5),
            [],
        ),
        # A monthly average's own count does not make the whole's an average.
        (
            "Bình quân mỗi tháng có 95 doanh nghiệp thành lập mới, 9 tháng năm 2024 toàn tỉnh có 850 doanh nghiệp "
            "thành lập mới.",
            date(2024, 10, 5),
            [("new_enterprises", 850, "01–09/2024", "actual")],
        ),
        # Cases put under watch in the passive; organisations not yet, or chosen, or done another way.
        (
            "6 tháng đầu năm 2025, khởi tố 9 vụ án tham nhũng, tiêu cực, 14 vụ án, vụ việc được đưa vào diện theo "
            "dõi, chỉ đạo.",
            date(2025, 7, 10),
            [("corruption_cases", 9, "H1/2025", "actual")],
        ),
        (
            "Trong 6 tháng đầu năm 2025, 14 vụ án tham nhũng được đưa vào diện theo dõi, chỉ đạo.",
            date(2025, 7, 10),
            [],
        ),
        ("Đến ngày 30/6/2025, 12 đảng bộ trực thuộc chưa tổ chức đại hội.", date(2025, 7, 10), []),
        ("Đến ngày 30/6/2025, 24 đảng bộ trực thuộc đã đại hội xong.", date(2025, 7, 10), []),
        # The split's total named in full, then a part of it.
        (
            "Chia theo loại hình kinh tế, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng toàn tỉnh 9 tháng "
            "năm 2024 đạt 25.140 tỷ đồng, khu vực kinh tế cá thể đạt 17.300 tỷ đồng.",
            date(2024, 10, 5),
            [("retail_sales", 25140, "01–09/2024", "actual")],
        ),
        # The city after a "Với" clause; the nation's whole only where the share's phrase compares with it.
        (
            "Với tổng lượng khách năm 2023 đạt 950 nghìn lượt, thành phố Lạng Sơn chiếm khoảng 60% lượng khách của "
            "toàn tỉnh.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Cao hơn mức bình quân cả nước, năm 2023 thu nội địa của tỉnh chiếm 62% tổng thu ngân sách trên địa bàn "
            "(7.900 tỷ đồng).",
            date(2024, 10, 5),
            [("budget_revenue", 7900, "2023", "actual")],
        ),
        # The area of all the province's gates is the province's; visitors from other provinces only as subject.
        (
            "Tình trạng ùn ứ tại các cửa khẩu trên địa bàn tỉnh đã được giải tỏa; 9 tháng năm 2024, kim ngạch xuất "
            "nhập khẩu qua khu vực này đạt 45,2 tỷ USD.",
            date(2024, 10, 5),
            [("trade_turnover", 45.2, "01–09/2024", "actual")],
        ),
        (
            "9 tháng năm 2024, nhờ đẩy mạnh quảng bá tới khách các tỉnh bạn, toàn tỉnh đón 2,9 triệu lượt khách.",
            date(2024, 10, 5),
            [("tourists", 2900000, "01–09/2024", "actual")],
        ),
        # Listed periods, a rate that falls to its values.
        (
            "Năm 2022 và năm 2023, tỷ lệ hộ nghèo của tỉnh giảm còn 12,5% và 10,2%.",
            date(2024, 10, 5),
            [("poverty_rate", 12.5, "31/12/2022", "actual"), ("poverty_rate", 10.2, "31/12/2023", "actual")],
        ),
    ],
)
def test_what_the_thirty_fifth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # A component's earlier level after the component; capital added to running projects, one project, what
        # was disbursed; the deficit; shoppers at one market; transport passengers; organisations to be set up.
        (
            "Năm 2023, PAPI của tỉnh đạt 43,5 điểm. Quản trị điện tử vẫn là điểm yếu với 3,91 điểm, dù cao hơn mức "
            "3,52 điểm của năm trước.",
            date(2024, 4, 24),
            [("papi_score", 43.5, "2023", "actual")],
        ),
        (
            "Cả năm 2016 tỉnh chỉ cấp mới 1 dự án FDI với vốn đăng ký 4,3 triệu USD, thêm 2 dự án điều chỉnh tăng vốn "
            "6,8 triệu USD.",
            date(2017, 1, 5),
            [("fdi_registered", 4.3, "2016", "actual")],
        ),
        (
            "Năm 2016, tỉnh cấp mới và điều chỉnh tăng vốn cho 8 dự án FDI với tổng vốn 50 triệu USD.",
            date(2017, 1, 5),
            [("fdi_registered", 50, "2016", "actual")],
        ),
        (
            "Trong số 6 dự án FDI được cấp mới năm 2023, riêng dự án hạ tầng khu công nghiệp VSIP Lạng Sơn có tổng vốn "
            "6.361 tỷ đồng, tương đương 274,7 triệu USD.",
            date(2023, 12, 28),
            [],
        ),
        ("Vốn FDI thực hiện năm 2023 của tỉnh ước chỉ đạt khoảng 15 triệu USD.", date(2023, 12, 28), []),
        (
            "Dự toán năm 2025: tổng chi ngân sách địa phương 17.106,4 tỷ đồng, bội chi 180,5 tỷ đồng.",
            date(2024, 12, 11),
            [("budget_expenditure", 17106.4, "2025", "target")],
        ),
        (
            "Năm 2015, khu chợ và trung tâm thương mại quanh cửa khẩu đón khoảng 1,2 triệu lượt khách mua sắm.",
            date(2016, 12, 17),
            [],
        ),
        ("Tháng 8/2019, vận chuyển hành khách ước đạt 512 nghìn lượt khách.", date(2019, 8, 28), []),
        (
            "Đảng bộ tỉnh hiện có 16 đảng bộ trực thuộc; sau sắp xếp sẽ thành lập thêm 2 đảng bộ trực thuộc Tỉnh ủy.",
            date(2024, 12, 18),
            [("party_organisations", 16, "18/12/2024", "actual")],
        ),
    ],
)
def test_what_round_al_gave_from_nothing_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # The thirty-sixth review: the index named again after its component; FDI totals and the province's own
        # clause; the deficit far from its value or inside the total's phrase; markets and passengers; party
        # organisations chosen or not yet; the passive watch of another count; the split's total past a
        # thousands dot; the larger whole of the province's share; the area of one gate or zone; visitors.
        (
            "Năm 2023, PAPI của tỉnh đạt 43,5 điểm. Quản trị điện tử đạt 3,91 điểm, còn PAPI cao hơn mức 42,1 điểm "
            "năm 2022.",
            date(2024, 4, 24),
            [("papi_score", 43.5, "2023", "actual"), ("papi_score", 42.1, "2022", "actual")],
        ),
        (
            "Năm 2016, tổng vốn FDI cấp mới và tăng vốn đạt 19,3 triệu USD.",
            date(2017, 1, 5),
            [("fdi_registered", 19.3, "2016", "actual")],
        ),
        (
            "Năm 2023, vốn FDI thực hiện đạt 15 triệu USD, vốn đăng ký mới đạt 310 triệu USD.",
            date(2024, 1, 5),
            [("fdi_registered", 310, "2023", "actual")],
        ),
        (
            "Năm 2023, toàn tỉnh thu hút 6 dự án FDI mới với tổng vốn đăng ký 310 triệu USD, tăng vốn cho 2 dự án với "
            "tổng số vốn 10 triệu USD.",
            date(2024, 1, 5),
            [("fdi_registered", 310, "2023", "actual")],
        ),
        (
            "Dự toán năm 2025, chi ngân sách địa phương 17.106,4 tỷ đồng, bội chi ngân sách địa phương được xác định ở "
            "mức 180,5 tỷ đồng.",
            date(2024, 12, 11),
            [("budget_expenditure", 17106.4, "2025", "target")],
        ),
        (
            "Dự toán năm 2025: tổng chi ngân sách địa phương (kể cả bội chi) 17.106,4 tỷ đồng.",
            date(2024, 12, 11),
            [("budget_expenditure", 17106.4, "2025", "target")],
        ),
        ("Năm 2015, chợ Đông Kinh đón khoảng 1,2 triệu lượt khách mua sắm.", date(2016, 12, 17), []),
        (
            "Năm 2024, nhờ mở lại tàu hành khách liên vận quốc tế tỉnh đón 2,9 triệu lượt khách du lịch.",
            date(2024, 12, 20),
            [("tourists", 2900000, "2024", "estimate")],
        ),
        (
            "Đến ngày 30/6/2025, Đảng bộ tỉnh có 16 đảng bộ trực thuộc; 2 đảng bộ trực thuộc được chọn đại hội điểm.",
            date(2025, 7, 10),
            [("party_organisations", 16, "30/06/2025", "actual")],
        ),
        ("Đến ngày 30/6/2025, còn 4 đảng bộ trực thuộc chưa đại hội.", date(2025, 7, 10), []),
        (
            "6 tháng đầu năm 2025, khởi tố 9 vụ án tham nhũng, 5 vụ việc được đưa vào diện theo dõi.",
            date(2025, 7, 10),
            [("corruption_cases", 9, "H1/2025", "actual")],
        ),
        (
            "Chia theo loại hình kinh tế, 9 tháng năm 2024 khu vực kinh tế cá thể đạt 17.300 tỷ đồng, chiếm 68,8% tổng "
            "mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng toàn tỉnh là 25.140 tỷ đồng.",
            date(2024, 10, 5),
            [("retail_sales", 25140, "01–09/2024", "actual")],
        ),
        (
            "Năm 2023, kim ngạch qua địa bàn tỉnh chiếm 1,06% tổng kim ngạch xuất nhập khẩu hàng hóa (683 tỷ USD).",
            date(2024, 10, 5),
            [],
        ),
        (
            "Năm 2023, thu nội địa của tỉnh chiếm 40% tổng thu ngân sách (7.900 tỷ đồng).",
            date(2024, 10, 5),
            [("budget_revenue", 7900, "2023", "actual")],
        ),
        (
            "Hoạt động thông quan tại cửa khẩu Chi Ma và các cửa khẩu phụ ổn định; 9 tháng năm 2024, kim ngạch qua "
            "khu vực này đạt 980 triệu USD.",
            date(2024, 10, 5),
            [],
        ),
        (
            "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn giữ vai trò động lực; 9 tháng năm 2024, kim ngạch xuất nhập "
            "khẩu qua khu vực này đạt 4,2 tỷ USD.",
            date(2024, 10, 5),
            [],
        ),
        (
            "9 tháng năm 2024, lượng khách từ các tỉnh bạn tăng mạnh và toàn tỉnh đón 2,9 triệu lượt khách du lịch.",
            date(2024, 10, 5),
            [("tourists", 2900000, "01–09/2024", "actual")],
        ),
        (
            "Bình quân mỗi tháng trong 9 tháng năm 2024, tỉnh cấp mới 2 dự án FDI với vốn đăng ký khoảng 25 triệu USD.",
            date(2024, 10, 5),
            [],
        ),
        ("Năm 2022 và năm 2023, tỷ lệ hộ nghèo của tỉnh giảm 2,1% và 2,3%.", date(2024, 10, 5), []),
        # Round AM: one product through one gate; several provinces' whole; a level's rank; a growth against the
        # previous quarter written first; an undated "thời gian qua"; a count's change; a monthly pair.
        (
            "Ở chiều nhập khẩu, 10 tháng năm 2025 có 48.215 chiếc ô tô làm thủ tục qua cửa khẩu quốc tế Hữu Nghị, "
            "trị giá hơn 1,1 tỷ USD.",
            date(2025, 11, 12),
            [],
        ),
        (
            "Tổng kim ngạch năm 2023 qua các cửa khẩu biên giới đất liền của 7 tỉnh phía Bắc ước khoảng 58 tỷ USD.",
            date(2024, 1, 22),
            [],
        ),
        (
            "Tăng trưởng GRDP các tỉnh trung du miền núi phía Bắc\n\nLạng Sơn có GRDP bình quân đầu người năm 2024 ước "
            "đạt 61,0 triệu đồng. Mức này xếp thứ 6/14 tỉnh trong vùng.",
            date(2025, 3, 15),
            [("grdp_per_capita", 61.0, "2024", "estimate")],
        ),
        (
            "Năm 2025, quý IV GRDP ước tăng 8,72%; so với quý trước, quy mô GRDP quý IV tăng 4,1%.",
            date(2026, 1, 6),
            [("grdp_growth", 8.72, "Q4/2025", "estimate")],
        ),
        (
            "Chỉ số sản xuất công nghiệp tháng 02/2026 ước giảm 6,8% so với tháng trước, nhưng vẫn tăng 10,4% so với "
            "cùng kỳ năm trước.",
            date(2026, 2, 27),
            [("iip_growth", 10.4, "02/2026", "estimate")],
        ),
        (
            "Năm 2023, tỉnh thu hút 5 dự án FDI với 50 triệu USD. Thời gian qua, tỉnh đã cấp mới chủ trương đầu tư "
            "cho 2 dự án FDI với 91,3 triệu USD.",
            date(2024, 1, 12),
            [("fdi_registered", 50, "2023", "actual")],
        ),
        (
            "Kinh tế 6 tháng năm 2024: tăng trưởng GRDP đạt 7,2%\n\nTổng mức bán lẻ 6 tháng ước đạt 15.230 tỷ đồng. "
            "Số doanh nghiệp thành lập mới tăng khoảng 18% so với cùng kỳ.",
            date(2024, 6, 29),
            [("grdp_growth", 7.2, "H1/2024", "estimate"), ("retail_sales", 15230, "H1/2024", "estimate")],
        ),
        (
            "Năm 2022 và năm 2023, thu nhập bình quân đầu người đạt 2,9 triệu đồng và 3,2 triệu đồng/người/tháng.",
            date(2024, 10, 5),
            [
                ("income_per_capita_monthly", 2.9, "2022", "actual"),
                ("income_per_capita_monthly", 3.2, "2023", "actual"),
            ],
        ),
        # (and a shortfall)
        (
            "Lũy kế 10 tháng, thu ngân sách nhà nước trên địa bàn ước đạt 13.104,7 tỷ đồng; hiện còn thiếu khoảng "
            "1.395 tỷ đồng so với dự toán.",
            date(2026, 10, 26),
            [("budget_revenue", 13104.7, "01–10/2026", "estimate")],
        ),
    ],
)
def test_what_the_thirty_sixth_review_and_round_am_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # A level's rank in a paragraph after the lead, where the lead's subjects are tried too.
        (
            "GRDP bình quân đầu người 14 tỉnh trung du miền núi phía Bắc\n\nNăm 2024, tăng trưởng GRDP của Lạng Sơn "
            "ước đạt 7,65%, xếp thứ 7/14 tỉnh trong vùng.\n\nLạng Sơn có GRDP bình quân đầu người năm 2024 ước đạt "
            "61,0 triệu đồng. Mức này xếp thứ 6/14 tỉnh trong vùng.",
            date(2025, 3, 15),
            [
                ("grdp_growth", 7.65, "2024", "estimate"),
                ("grdp_growth_rank_region", 7, "2024", "estimate"),
                ("grdp_per_capita", 61.0, "2024", "estimate"),
            ],
        ),
        # The difference to a plan whose value the sentence already gave; the plan itself after "cao hơn mức".
        (
            "Dự toán thu ngân sách năm 2024 Trung ương giao 8.100 tỷ đồng; Ủy ban nhân dân tỉnh trình Hội đồng nhân "
            "dân tỉnh giao 8.600 tỷ đồng, cao hơn số Trung ương giao 500 tỷ đồng.",
            date(2023, 12, 5),
            [("budget_revenue", 8100, "2024", "target"), ("budget_revenue", 8600, "2024", "target")],
        ),
        (
            "Năm 2024, tỉnh phấn đấu thu ngân sách 8.600 tỷ đồng, cao hơn mức Trung ương giao 8.100 tỷ đồng.",
            date(2023, 12, 5),
            [("budget_revenue", 8600, "2024", "target"), ("budget_revenue", 8100, "2024", "target")],
        ),
    ],
)
def test_what_round_am_left_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # The thirty-seventh review: a monthly average's own clause right after it; a total given with its
        # tonnage; a part's share of the province's own total; lists of provinces with the province in them; the
        # registered capital a disbursement is a share of; a count's change after a named rate.
        (
            "Tính bình quân mỗi tháng, năm 2024 toàn tỉnh thu hút khoảng 320.000 lượt khách du lịch.",
            date(2024, 10, 5),
            [],
        ),
        (
            "9 tháng năm 2024, hàng hóa xuất khẩu qua các cửa khẩu của tỉnh đạt 1,2 triệu tấn, trị giá 2,2 tỷ USD.",
            date(2024, 10, 5),
            [("export_turnover", 2.2, "01–09/2024", "actual")],
        ),
        (
            "Năm 2023, kim ngạch xuất khẩu qua địa bàn tỉnh đạt 3,1 tỷ USD, chiếm 43% tổng kim ngạch xuất nhập khẩu "
            "(7,2 tỷ USD).",
            date(2024, 10, 5),
            [("export_turnover", 3.1, "2023", "actual"), ("trade_turnover", 7.2, "2023", "actual")],
        ),
        (
            "Năm 2023, Lạng Sơn đứng đầu trong số 7 tỉnh biên giới phía Bắc về thu hút khách du lịch với 4,1 triệu "
            "lượt khách.",
            date(2024, 10, 5),
            [("tourists", 4100000, "2023", "actual")],
        ),
        (
            "9 tháng năm 2024, vốn FDI thực hiện của các dự án đạt 12 triệu USD, bằng 25% vốn đăng ký 48 triệu USD.",
            date(2024, 10, 5),
            [],
        ),
        (
            "9 tháng năm 2024, GRDP ước tăng 6,5%, số doanh nghiệp thành lập mới tăng 18%.",
            date(2024, 10, 5),
            [("grdp_growth", 6.5, "01–09/2024", "estimate")],
        ),
        # Round AN: a value replaced or misprinted; one resort; a fall set as a threshold; a month against the one
        # before it and a signed rate against the previous month; one product's exports; a district named bare; a
        # share of the nation's GDP and the list's next share.
        (
            "Năm 2020 (số sơ bộ), GRDP tăng 2,86% so với năm 2019, thay cho mức tăng 2,23% theo số ước tính đã đưa vào "
            "báo cáo tháng 12/2020.",
            date(2021, 8, 12),
            [("grdp_growth", 2.86, "2020", "preliminary")],
        ),
        (
            "Tổng số thu ngân sách nhà nước trên địa bàn 9 tháng năm 2018 bị ghi là 4.125,6 tỷ đồng.",
            date(2018, 10, 1),
            [],
        ),
        (
            "Năm 2017, con số 2,65 triệu lượt khách công bố trước đây đã được điều chỉnh xuống 2,41 triệu lượt.",
            date(2019, 1, 2),
            [("tourists", 2410000, "2017", "actual")],
        ),
        (
            "Khu du lịch Mẫu Sơn, điểm đến chủ lực của tỉnh, năm 2018 đón hơn 300.000 lượt khách.",
            date(2019, 1, 2),
            [],
        ),
        (
            "Giữ nguyên chỉ tiêu tỷ lệ hộ nghèo giảm từ 2% trở lên và chỉ tiêu đến hết năm 2020 toàn tỉnh có 85 xã đạt "
            "chuẩn nông thôn mới.",
            date(2020, 7, 10),
            [("new_rural_communes", 85, "31/12/2020", "target")],
        ),
        ("IIP tháng 3/2019 so với tháng 2/2019: ↑ 14,6%", date(2019, 3, 28), []),
        ("- IIP tháng 6/2022: +2,1% so với tháng trước", date(2022, 6, 29), []),
        (
            "Theo Hiệp hội Hồ tiêu Việt Nam, xuất khẩu quế 10 tháng năm 2022 đạt 229 triệu USD.",
            date(2022, 11, 14),
            [],
        ),
        (
            "Mức giảm không đều giữa các huyện. Bình Gia vẫn là địa phương có tỷ lệ hộ nghèo năm 2016 cao nhất với "
            "37,2%.",
            date(2016, 12, 20),
            [],
        ),
        (
            "Năm 2020, khu vực nông, lâm nghiệp và thủy sản chiếm 14,85% GDP cả nước, khu vực dịch vụ chiếm 41,63%.",
            date(2021, 7, 2),
            [],
        ),
    ],
)
def test_what_the_thirty_seventh_review_and_round_an_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# Round AO (named in advance): an infographic's marks stand for the verb they replace -- an arrow or a sign glued
# to the number is a rise or a fall ("↑ 7,1%", "▼ 5,2%", "+6,3%", "-1,5%"), and after an amount it is that
# amount's change, never a level; "KH" is the plan; "cùng kỳ (năm trước)" as a subject is the span reported on,
# a year earlier. With the mends the round's arrivals showed: a month against one named before it, a wage, a rank
# by size, one item of the revenue, a department's score, passengers, one programme's visitors.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "GRDP quý I/2023: ↑ 7,1% so với cùng kỳ.",
            date(2023, 4, 20),
            [("grdp_growth", 7.1, "Q1/2023", "actual")],
        ),
        ("IIP quý II: ↓ 2,4%.", date(2023, 7, 5), [("iip_growth", -2.4, "Q2/2023", "actual")]),
        (
            "Tăng trưởng GRDP quý II/2023: -1,5% so với cùng kỳ.",
            date(2023, 7, 5),
            [("grdp_growth", -1.5, "Q2/2023", "actual")],
        ),
        (
            "GRDP 6 tháng đầu năm 2023 ▲ 6,8% (cùng kỳ ▲ 5,9%).",
            date(2023, 7, 5),
            [("grdp_growth", 6.8, "H1/2023", "actual"), ("grdp_growth", 5.9, "H1/2022", "actual")],
        ),
        (
            "Thu ngân sách 6 tháng năm 2023: 3.100 tỷ đồng (↑ 350 tỷ đồng).",
            date(2023, 7, 5),
            [("budget_revenue", 3100, "H1/2023", "actual")],
        ),
        (
            "GRDP bình quân đầu người năm 2022: 52,3 triệu đồng (↑ 3,1 triệu đồng).",
            date(2023, 7, 5),
            [("grdp_per_capita", 52.3, "2022", "actual")],
        ),
        # (a guard: with the marks read, a product's rise must not take the index's name)
        (
            "Năm 2024: IIP ↑ 7,92%; điện sản xuất ↑ 11,4%.",
            date(2025, 1, 5),
            [("iip_growth", 7.92, "2024", "actual")],
        ),
        (
            "Năm 2024, GRDP tăng 6,01% (KH: 8%).",
            date(2025, 1, 5),
            [("grdp_growth", 6.01, "2024", "actual"), ("grdp_growth", 8, "2024", "target")],
        ),
        (
            "Thu ngân sách 9 tháng năm 2023: 5.690 tỷ đồng (KH năm: 8.090 tỷ đồng).",
            date(2023, 10, 5),
            [("budget_revenue", 5690, "01–09/2023", "actual"), ("budget_revenue", 8090, "2023", "target")],
        ),
        (
            "Năm 2024: Thu NSNN trên địa bàn 9.850 tỷ đồng ▲ 12,1%",
            date(2025, 1, 5),
            [("budget_revenue", 9850, "2024", "actual")],
        ),
        (
            "GRDP 6 tháng đầu năm 2023 tăng 6,8%, cùng kỳ năm trước tăng 5,9%.",
            date(2023, 7, 5),
            [("grdp_growth", 6.8, "H1/2023", "actual"), ("grdp_growth", 5.9, "H1/2022", "actual")],
        ),
        (
            "Năm 2022, GRDP tăng 6,8% (cùng kỳ năm trước tăng 5,9%).",
            date(2023, 1, 5),
            [("grdp_growth", 6.8, "2022", "actual"), ("grdp_growth", 5.9, "2021", "actual")],
        ),
        ("Riêng tháng 6/2023, IIP tăng 3,9% so với tháng 5 nhờ thời tiết.", date(2023, 7, 5), []),
        ("Tính riêng tháng 6/2023, IIP đã nhích lên 4,7% so với tháng 5.", date(2023, 7, 5), []),
        (
            "Thu nhập bình quân tháng của lao động làm công hưởng lương năm 2022 đạt 6,52 triệu đồng.",
            date(2023, 3, 1),
            [],
        ),
        (
            "Năm 2022, GRDP tăng 6,27%, đứng thứ 8/14 tỉnh trong vùng. Quy mô GRDP năm 2022 đứng thứ 11/14 tỉnh trong "
            "vùng trung du và miền núi phía Bắc.",
            date(2023, 3, 1),
            [("grdp_growth", 6.27, "2022", "actual"), ("grdp_growth_rank_region", 8, "2022", "actual")],
        ),
        (
            "Thu ngân sách 6 tháng năm 2019 đạt 38% dự toán, trong đó thu tiền sử dụng đất chỉ được 21 tỷ đồng.",
            date(2019, 7, 25),
            [],
        ),
        (
            "PCI năm 2021 đạt 64,36 điểm. Sở Tư pháp dẫn đầu với 79,05 điểm.",
            date(2022, 5, 20),
            [("pci_score", 64.36, "2021", "actual")],
        ),
        (
            "Năm 2019, khối lượng hành khách vận chuyển sơ bộ đạt 7.986 nghìn lượt khách.",
            date(2020, 6, 18),
            [],
        ),
        ("Năm 2026, tỉnh phấn đấu đón 150.000 lượt khách theo chương trình này.", date(2026, 1, 16), []),
        (
            "• GRDP 9 tháng năm 2024 ↑ 6,9% (KH năm ↑ 8,5%)",
            date(2024, 10, 5),
            [("grdp_growth", 6.9, "01–09/2024", "actual"), ("grdp_growth", 8.5, "2024", "target")],
        ),
        # (guards: a span's dash is no sign; "so với cùng kỳ năm trước" stays a comparison)
        (
            "Kế hoạch giai đoạn 2021-2025: GRDP tăng bình quân 8%/năm.",
            date(2021, 3, 1),
            [("grdp_growth", 8, "2021–2025", "target")],
        ),
        (
            "GRDP 6 tháng đầu năm 2023 tăng 6,8% so với cùng kỳ năm trước.",
            date(2023, 7, 5),
            [("grdp_growth", 6.8, "H1/2023", "actual")],
        ),
    ],
)
def test_an_infographic_mark_stands_for_its_verb_and_round_ao_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# The thirty-eighth review (of round AO's rules) and round AP's arrivals: "KH" only as a label before its value;
# a month compared with one of another year however the year is written; a rank by the economy's size only where
# no other measure is named after it; a department's score, not "Sở dĩ", "Ban hành" or the province's committee;
# the total named after or including one of its items; a growth at current prices; an arrow after its value; the
# en dash as a minus; "cùng kỳ năm trước" after "trong khi", "nếu", before a colon; a legend saying what the marks
# compare with; the running total from the year's first day; a Tết's days compared with no other days; a proposal's
# plan under its heading; the local budget's revenue, one unit's take, the zone board's licence, the nation's trade
# with China.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Thực hiện KH số 125/KH-UBND, năm 2023 toàn tỉnh có 450 doanh nghiệp thành lập mới.",
            date(2024, 1, 10),
            [("new_enterprises", 450, "2023", "actual")],
        ),
        (
            "Năm 2023, Công ty Điện lực Lạng Sơn phát triển mới 5.200 khách hàng (KH); thu ngân sách nhà nước trên "
            "địa bàn đạt 9.850 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 9850, "2023", "actual")],
        ),
        (
            "Tháng 6/2023, IIP tăng 3,9% so với tháng 6.2022.",
            date(2023, 7, 20),
            [("iip_growth", 3.9, "06/2023", "actual")],
        ),
        (
            "Quý II/2023, GRDP tăng 7,1% so với quý II 2022.",
            date(2023, 7, 20),
            [("grdp_growth", 7.1, "Q2/2023", "actual")],
        ),
        (
            "Dù quy mô kinh tế còn nhỏ, năm 2023 Lạng Sơn đứng thứ 5/14 tỉnh trong vùng về tốc độ tăng trưởng GRDP.",
            date(2024, 1, 10),
            [("grdp_growth_rank_region", 5, "2023", "actual")],
        ),
        (
            "Khảo sát PAPI năm 2023 được thực hiện với quy mô 1.200 người dân được hỏi, Lạng Sơn xếp thứ 20/63 tỉnh, "
            "thành phố.",
            date(2024, 3, 1),
            [("papi_rank", 20, "2023", "actual")],
        ),
        (
            "Chỉ số PCI năm 2023 của Lạng Sơn có nhiều cải thiện. UBND tỉnh đánh giá, tỉnh đạt 65,1 điểm, xếp thứ 30/63.",
            date(2024, 3, 1),
            [("pci_score", 65.1, "2023", "actual"), ("pci_rank", 30, "2023", "actual")],
        ),
        # (a guard: the department's name holds "tỉnh", and is still a department)
        (
            "PCI năm 2021 đạt 64,36 điểm. Công an tỉnh dẫn đầu với 79,05 điểm, tiếp theo là Sở Công Thương.",
            date(2022, 5, 20),
            [("pci_score", 64.36, "2021", "actual")],
        ),
        (
            "PCI năm 2023 tăng mạnh. Sở dĩ tỉnh tăng 5 bậc, xếp thứ 30/63 là nhờ cải cách thủ tục hành chính.",
            date(2024, 3, 1),
            [("pci_rank", 30, "2023", "actual")],
        ),
        (
            "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn bao gồm cả tiền sử dụng đất đạt 9.850 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 9850, "2023", "actual")],
        ),
        (
            "Năm 2023, tiền sử dụng đất giảm mạnh nên thu ngân sách chỉ đạt 9.850 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 9850, "2023", "actual")],
        ),
        ("Quy mô GRDP năm 2023 (giá hiện hành) tăng 12% so với năm 2022.", date(2024, 1, 10), []),
        (
            "IIP 6 tháng đầu năm 2023: 2,4% ↓ so với cùng kỳ.",
            date(2023, 7, 5),
            [("iip_growth", -2.4, "H1/2023", "actual")],
        ),
        (
            "GRDP quý IV/2023: –1,5% so với cùng kỳ.",
            date(2024, 1, 10),
            [("grdp_growth", -1.5, "Q4/2023", "actual")],
        ),
        (
            "GRDP quý IV/2023 nhích lên 5,1% so với cùng kỳ.",
            date(2024, 1, 10),
            [("grdp_growth", 5.1, "Q4/2023", "actual")],
        ),
        (
            "GRDP 6 tháng đầu năm 2023 tăng 6,8% so với cùng kỳ, trong khi cùng kỳ năm trước tăng 2,1%.",
            date(2023, 7, 5),
            [("grdp_growth", 6.8, "H1/2023", "actual"), ("grdp_growth", 2.1, "H1/2022", "actual")],
        ),
        (
            "GRDP 6 tháng đầu năm 2023 tăng 6,8% (cùng kỳ năm trước: 2,1%).",
            date(2023, 7, 5),
            [("grdp_growth", 6.8, "H1/2023", "actual"), ("grdp_growth", 2.1, "H1/2022", "actual")],
        ),
        (
            "Khối lượng hành khách vận chuyển trên địa bàn tỉnh 9 tháng năm 2023 ước đạt 5,6 triệu lượt khách.",
            date(2023, 10, 5),
            [],
        ),
        (
            "Từ 1/1 đến 15/2/2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 1,2 tỷ USD.",
            date(2024, 2, 20),
            [("trade_turnover", 1.2, "01/01–15/02/2024", "actual")],
        ),
        (
            "Năm 2021, tổng thu NSĐP: 11.476,3 tỷ đồng, gồm thu NSĐP được hưởng theo phân cấp 2.287,5 tỷ đồng.",
            date(2021, 4, 6),
            [],
        ),
        (
            "Quý I/2021, Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn cấp mới 1 dự án có vốn đầu tư nước "
            "ngoài với vốn đăng ký 2,3 triệu USD tại khu vực Đồng Đăng.",
            date(2021, 4, 6),
            [],
        ),
        (
            "Theo số liệu của Hải quan cửa khẩu Chi Ma, từ ngày 1/1 đến ngày 14/3/2021, số thu ngân sách nhà nước tại "
            "đơn vị đạt 862 tỷ đồng.",
            date(2021, 4, 6),
            [],
        ),
        # (a guard: the nation's trade read as the nation's with "vẫn" before its verb)
        (
            "Theo Tổng cục Hải quan, quý I/2021, kim ngạch xuất nhập khẩu hàng hóa giữa Việt Nam và Trung Quốc vẫn đạt "
            "55,2 tỷ USD.",
            date(2021, 4, 6),
            [],
        ),
        (
            "TỜ TRÌNH Về việc thông qua Đề án sắp xếp đơn vị hành chính cấp xã năm 2025\n\n"
            "III. PHƯƠNG ÁN SẮP XẾP\n1. Sắp xếp 186 đơn vị hành chính cấp xã để thành lập 58 đơn vị hành chính cấp xã "
            "mới.\n2. Sau sắp xếp, tỉnh có 65 đơn vị hành chính cấp xã, giảm 128 đơn vị.",
            date(2025, 4, 28),
            [("commune_units_cut_planned", 128, "2025", "target")],
        ),
        # (and the review's other misfires: a rank after its label; a month's income said "bình quân tháng" or
        # "1 người 1 tháng"; a household's)
        ("Xếp hạng PCI năm 2023: 30/63 (↓5).", date(2024, 3, 1), [("pci_rank", 30, "2023", "actual")]),
        (
            "Thu nhập bình quân tháng của người dân năm 2022 đạt 3,6 triệu đồng.",
            date(2023, 7, 5),
            [("income_per_capita_monthly", 3.6, "2022", "actual")],
        ),
        (
            "Thu nhập bình quân 1 người 1 tháng năm 2022 đạt 3,6 triệu đồng.",
            date(2023, 7, 5),
            [("income_per_capita_monthly", 3.6, "2022", "actual")],
        ),
        ("Thu nhập bình quân tháng của hộ gia đình năm 2022 đạt 9,5 triệu đồng.", date(2023, 7, 5), []),
    ],
)
def test_what_the_thirty_eighth_review_and_round_ap_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_legend_says_what_the_marks_compare_with():
    """ "(↑ tăng, ↓ giảm so với cùng kỳ năm 2019; ↗ tăng, ↘ giảm so với tháng 12/2019)": each mark's change is
    against its legend's reference -- a level's earlier value derived from the first, the second held."""
    text = (
        "Số liệu tháng 01/2020\n"
        "Ghi chú: ↑ tăng, ↓ giảm so với cùng kỳ năm 2019; ↗ tăng, ↘ giảm so với tháng 12/2019.\n"
        "Thu ngân sách tháng 01/2020: 690 tỷ đồng ↑ 12,1%\n"
        "IIP tháng 01/2020 ↗ 2,1%\n"
        "IIP tháng 01/2020 ↑ 6,2%\n"
    )
    catalog = load_catalog()
    figures = extract_figures(text, catalog, date(2020, 2, 5))
    assert [(m.indicator_id, m.value) for m in figures] == [("budget_revenue", 690), ("iip_growth", 6.2)]
    earlier = derive_earlier(figures[0], catalog)
    assert (earlier.value, earlier.period.label) == (616, "01/2019")
    assert "so với cùng kỳ năm 2019" in earlier.formula
    # (a Tết's days against "cùng kỳ": last year's holiday fell on other days, nothing derived)
    tet = extract_figures(
        "Trong 9 ngày nghỉ Tết Nguyên đán (từ ngày 8/2 đến hết ngày 16/2/2024), tỉnh đón 150.000 lượt khách, tăng "
        "20% so với cùng kỳ.",
        catalog,
        date(2024, 2, 20),
    )
    assert [(m.indicator_id, m.value) for m in tet] == [("tourists", 150000)]
    assert derive_earlier(tet[0], catalog) is None


# The thirty-ninth review (of the legend, arrow and heading rules): an arrow after a rate is its fall only where
# nothing follows it and no rise's verb precedes; "cùng kỳ năm 2019" is that year's span, inline or in a legend;
# each reference of a legend its own marks'; "phương án" a plan only as a heading's word, and a count under it
# the plan's only where its sentence tells no result; "Theo KH,"; current prices only in the value's segment;
# the size rank's measure in its own segment; "cửa ngõ giữa Việt Nam và Trung Quốc" is the province; days after
# Tết derive; a running total holding a holiday is a period.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "GRDP 6 tháng đầu năm 2024 tăng 5,1% ▼ 0,8 điểm phần trăm so với cùng kỳ năm 2023.",
            date(2024, 7, 5),
            [("grdp_growth", 5.1, "H1/2024", "actual")],
        ),
        (
            "IIP 6 tháng đầu năm 2024 tăng 8,2% ↓ so với mức tăng 10,5% của cùng kỳ năm 2023.",
            date(2024, 7, 5),
            [("iip_growth", 8.2, "H1/2024", "actual"), ("iip_growth", 10.5, "H1/2023", "actual")],
        ),
        (
            "Năm 2023, tỉnh đã xây dựng phương án điều hành ngân sách linh hoạt, thu ngân sách nhà nước trên địa bàn "
            "đạt 9.850 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 9850, "2023", "actual")],
        ),
        # (withdrawn after the fortieth review: "Theo KH," planned whole sentences of results, as "Theo kế hoạch,"
        # does; a January figure for the year begun reads as an estimate)
        (
            "Theo KH, năm 2024 thu ngân sách nhà nước trên địa bàn đạt 10.500 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 10500, "2024", "estimate")],
        ),
        (
            "Năm 2023, GRDP theo giá hiện hành ước đạt 45.000 tỷ đồng, theo giá so sánh tăng 6,5% so với năm 2022.",
            date(2024, 1, 10),
            [("grdp", 45000, "2023", "estimate"), ("grdp_growth", 6.5, "2023", "estimate")],
        ),
        (
            "Năm 2023, thu NSNN trên địa bàn đạt 9.850 tỷ đồng; thu NSĐP được hưởng theo phân cấp 4.100 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 9850, "2023", "actual")],
        ),
        (
            "Năm 2023, quy mô GRDP của Lạng Sơn đứng thứ 11/14 tỉnh trong vùng, đứng thứ 5/14 về tốc độ tăng trưởng.",
            date(2024, 3, 1),
            [("grdp_growth_rank_region", 5, "2023", "actual")],
        ),
        (
            "Quý I/2024, kim ngạch xuất nhập khẩu qua Lạng Sơn - cửa ngõ giữa Việt Nam và Trung Quốc đã đạt 1,5 tỷ USD.",
            date(2024, 4, 6),
            [("trade_turnover", 1.5, "Q1/2024", "actual")],
        ),
        (
            "Từ ngày 1/1 đến hết ngày 15/2/2024 (bao gồm kỳ nghỉ Tết Nguyên đán), tỉnh đón 520.000 lượt khách, tăng 20% "
            "so với cùng kỳ.",
            date(2024, 2, 20),
            [("tourists", 520000, "01/01–15/02/2024", "actual")],
        ),
    ],
)
def test_what_the_thirty_ninth_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, earlier",
    [
        # "cùng kỳ năm 2019", in a report on 2021: the same month of 2019, not of 2020
        (
            "Tháng 01/2021, thu ngân sách nhà nước đạt 720 tỷ đồng, tăng 8,5% so với cùng kỳ năm 2019.",
            date(2021, 2, 5),
            (664, "01/2019"),
        ),
        (
            "Số liệu tháng 01/2021\nGhi chú: ▲ tăng, ▼ giảm so với cùng kỳ năm 2019.\n"
            "Thu ngân sách nhà nước tháng 01/2021: 720 tỷ đồng ▲ 8,5%",
            date(2021, 2, 5),
            (664, "01/2019"),
        ),
        # (each reference its own marks': ↗ is against the month before, nothing derived)
        (
            "Số liệu tháng 01/2020\nGhi chú: ↑ tăng so với cùng kỳ năm trước, ↗ tăng so với tháng trước.\n"
            "Thu ngân sách tháng 01/2020: 690 tỷ đồng ↗ 5,0%",
            date(2020, 2, 5),
            None,
        ),
        # (days after Tết are ordinary days: derived)
        (
            "Từ ngày 17/2 đến 20/2/2024, sau Tết, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 150 triệu USD, "
            "tăng 10% so với cùng kỳ.",
            date(2024, 2, 21),
            (0.136, "17/02–20/02/2023"),
        ),
    ],
)
def test_the_earlier_value_a_comparison_or_a_legend_defines(text, doc_date, earlier):
    catalog = load_catalog()
    figures = extract_figures(text, catalog, doc_date)
    assert len(figures) == 1
    derived = derive_earlier(figures[0], catalog)
    got = None if derived is None else (pytest.approx(derived.value), derived.period.label)
    assert got == (None if earlier is None else (earlier[0], earlier[1]))


# The fortieth review and round AR's arrivals: an arrow before a bracketed reference is still the value's fall, the
# noun "tăng trưởng" no rise's verb; growth at current prices judged in the value's own segment, constant prices
# named between or right after; "đã" as the count's own verb; the province as "cửa ngõ giữa …" only where it is
# named; state capital, the local budget's share and a household's income guarded narrowly; a running total holds
# a holiday only where it says so; a second change in brackets or a numbered reference; a mark whose legend says
# the month before; a month against another named with its year; a heading setting its section in the nation; one
# product's tonnage and value; the nation's trade with China; a sector of the nation after the value.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Chỉ số sản xuất công nghiệp (IIP) 6 tháng đầu năm 2024: 2,4% ↓ (so với cùng kỳ năm trước).",
            date(2024, 7, 5),
            [("iip_growth", -2.4, "H1/2024", "actual")],
        ),
        # (changed after the forty-first review: a rise in words and a fall's mark after it is held -- a trend's mark
        # or the sign, the text does not settle)
        ("IIP quý II/2024 tăng trưởng 2,4% ↓ so với quý II/2023.", date(2024, 7, 5), []),
        (
            "Năm 2023, GRDP theo giá hiện hành ước đạt 52.000 tỷ đồng, tăng 11,2% so với năm 2022.",
            date(2024, 1, 10),
            [("grdp", 52000, "2023", "estimate")],
        ),
        (
            "Năm 2023, tốc độ tăng GRDP theo giá hiện hành là 11,2%, theo giá so sánh là 6,5%.",
            date(2024, 1, 10),
            [("grdp_growth", 6.5, "2023", "actual")],
        ),
        (
            "Năm 2023, quy mô GRDP theo giá hiện hành đạt 45.000 tỷ đồng, GRDP tăng 6,1% so với năm 2022.",
            date(2024, 1, 10),
            [("grdp", 45000, "2023", "actual"), ("grdp_growth", 6.1, "2023", "actual")],
        ),
        (
            "Năm 2023, giải ngân vốn nhà nước đạt 92% kế hoạch và thu ngân sách nhà nước trên địa bàn đạt 9.850 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 9850, "2023", "actual")],
        ),
        (
            "Thu NSNN trên địa bàn tính cả phần điều tiết cho NSĐP năm 2023 đạt 9.850 tỷ đồng.",
            date(2024, 1, 10),
            [("budget_revenue", 9850, "2023", "actual")],
        ),
        (
            "Năm 2023, kim ngạch xuất nhập khẩu qua các cửa khẩu đường bộ - cửa ngõ giữa Việt Nam và Trung Quốc đạt 60 "
            "tỷ USD.",
            date(2024, 4, 6),
            [],
        ),
        (
            "Đời sống nhân dân được cải thiện, thu nhập bình quân của hộ gia đình tăng khá, thu nhập bình quân đầu "
            "người năm 2022 đạt 43,2 triệu đồng.",
            date(2023, 7, 5),
            [("income_per_capita", 43.2, "2022", "actual")],
        ),
        # (the running total to the date line, a holiday singled out after it as its part: the total is the
        # span's, the part held -- as "6 tháng …, riêng dịp Giỗ Tổ đón …" reads)
        (
            "Từ đầu năm đến nay, toàn tỉnh đón 610.000 lượt khách, riêng dịp Tết Nguyên đán đón 210.000 lượt khách.",
            date(2024, 2, 20),
            [("tourists", 610_000, "01/01–20/02/2024", "actual")],
        ),
        (
            "ĐỀ ÁN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH TỈNH LẠNG SƠN\nLạng Sơn, ngày 10 tháng 5 năm 2025\nIII. PHƯƠNG ÁN SẮP XẾP\n"
            "Năm 2025, tỉnh giảm 135 đơn vị hành chính cấp xã (đã tính cả 2 thị trấn), còn 65 đơn vị.",
            date(2025, 5, 10),
            [("commune_units_cut_planned", 135, "2025", "target")],
        ),
        (
            "Số liệu 5 tháng năm 2021\nKý hiệu: ▲/▼ tăng/giảm so với cùng kỳ năm 2020; số trong ngoặc (+/-) là tốc độ "
            "tăng/giảm so với cùng kỳ năm 2019.\nIIP 5 tháng: ▲ 7,35% (+11,06%)",
            date(2021, 5, 28),
            [("iip_growth", 7.35, "01–05/2021", "estimate")],
        ),
        ("IIP tháng 02/2026: (1) –11,3%; (2) +6,7%", date(2026, 2, 27), []),
        (
            "Số liệu tháng 8/2017\nGhi chú: ↗ ↘ so với tháng trước; ↑ ↓ tăng, giảm so với cùng kỳ năm trước.\n"
            "Chỉ số sản xuất công nghiệp tháng 8: 2,6% ↗ | 4,1% ↓",
            date(2017, 8, 29),
            [("iip_growth", -4.1, "08/2017", "estimate")],
        ),
        (
            "Chỉ số sản xuất công nghiệp tháng 01/2016 ước tính giảm 4,6% so với tháng 12/2015 và tăng 6,3% so với "
            "cùng kỳ năm trước (cùng kỳ năm trước tăng 8,1%).",
            date(2016, 1, 28),
            [("iip_growth", 6.3, "01/2016", "estimate"), ("iip_growth", 8.1, "01/2015", "actual")],
        ),
        (
            "Quý I/2026, GRDP ước tăng 7,5%. So với quý IV/2025, GRDP giảm 4,1% do yếu tố mùa vụ.",
            date(2026, 4, 6),
            [("grdp_growth", 7.5, "Q1/2026", "estimate")],
        ),
        (
            "Số liệu 5 tháng năm 2021\n\nCÔNG NGHIỆP\nIIP 5 tháng ▲ 7,35%\n\nCẢ NƯỚC 5 THÁNG\nIIP ▲ 9,9%",
            date(2021, 5, 28),
            [("iip_growth", 7.35, "01–05/2021", "estimate")],
        ),
        (
            "Từ đầu năm đến nay, các doanh nghiệp đã làm thủ tục xuất khẩu 4.830 tấn hoa hồi khô, trị giá khoảng 26,7 "
            "triệu USD; quế vỏ và quế cành đạt 6.120 tấn, trị giá 9,8 triệu USD.",
            date(2018, 10, 5),
            [],
        ),
        (
            "Kim ngạch xuất nhập khẩu với Trung Quốc 6 tháng năm 2022: 81,6 tỷ USD (+8,9%)",
            date(2022, 7, 5),
            [],
        ),
        (
            "Tính chung 10 tháng năm 2019, IIP ước tăng 8,42%. Mức tăng của tỉnh vẫn thấp hơn mức tăng 9,6% của toàn "
            "ngành công nghiệp cả nước cùng kỳ.",
            date(2019, 10, 29),
            [("iip_growth", 8.42, "01–10/2019", "estimate")],
        ),
        (
            "Tốc độ tăng tổng sản phẩm trên địa bàn 6 tháng đầu năm 2017 ước đạt 7,26%, cao hơn mức 6,85% của cùng kỳ "
            "năm trước.",
            date(2017, 7, 10),
            [("grdp_growth", 7.26, "H1/2017", "estimate"), ("grdp_growth", 6.85, "H1/2016", "actual")],
        ),
        (
            "Họp báo cũng thông tin về việc thành phố Lạng Sơn cũ (nay là các phường Đông Kinh, Lương Văn Tri, Tam "
            "Thanh, Kỳ Lừa) thu ngân sách 6 tháng năm 2026 đạt 1.240 tỷ đồng.",
            date(2026, 7, 8),
            [],
        ),
    ],
)
def test_what_the_fortieth_review_and_round_ar_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_comparison_with_the_month_before_named_with_its_year_derives_nothing():
    catalog = load_catalog()
    (figure,) = extract_figures(
        "Thu ngân sách tháng 01/2016 đạt 512 tỷ đồng, giảm 4,6% so với tháng 12/2015.",
        catalog,
        date(2016, 1, 28),
    )
    assert derive_earlier(figure, catalog) is None
    (figure,) = extract_figures(
        "Thu ngân sách tháng 01/2016 đạt 512 tỷ đồng, giảm 4,6% so với tháng 01/2015.",
        catalog,
        date(2016, 1, 28),
    )
    assert derive_earlier(figure, catalog).period.label == "01/2015"


# The forty-first review: a rise in words and a fall's mark after the value held; "↓ (so với mức …)" a comparison with
# another rate; a period named first yields to the value's own year-on-year comparison; a heading naming the nation
# and the province; goods in general by the tonne; the province's own trade with China; a gateway named as the
# province's gates; "trong đó có" a holiday; "đã sáp nhập" done; a second rate in brackets at constant prices.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        ("GRDP 9 tháng năm 2024 ước tăng trưởng 5,1% ↓ so với cùng kỳ.", date(2024, 10, 10), []),
        (
            "IIP 6 tháng đầu năm 2024: 2,4% ↓ (so với mức tăng 5,1% của cùng kỳ năm trước).",
            date(2024, 7, 5),
            [("iip_growth", 2.4, "H1/2024", "actual"), ("iip_growth", 5.1, "H1/2023", "actual")],
        ),
        (
            "So với quý IV/2023, tình hình có nhiều chuyển biến, GRDP quý I/2024 ước tăng 5,8% so với cùng kỳ năm trước.",
            date(2024, 4, 6),
            [("grdp_growth", 5.8, "Q1/2024", "estimate")],
        ),
        (
            "Số liệu 5 tháng năm 2021\n\nCẢ NƯỚC VÀ LẠNG SƠN 5 THÁNG\nIIP ▲ 7,35%",
            date(2021, 5, 28),
            [("iip_growth", 7.35, "01–05/2021", "estimate")],
        ),
        (
            "9 tháng năm 2024, hàng hóa xuất khẩu qua các cửa khẩu tỉnh Lạng Sơn đạt 1.250.000 tấn hàng, trị giá 2,35 tỷ "
            "USD.",
            date(2024, 10, 5),
            [("export_turnover", 2.35, "01–09/2024", "actual")],
        ),
        (
            "Năm 2024, Lạng Sơn có kim ngạch xuất nhập khẩu với Trung Quốc đạt 5,2 tỷ USD, tăng 18%.",
            date(2024, 12, 25),
            [("trade_turnover", 5.2, "2024", "estimate")],
        ),
        (
            "Năm 2024, kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh - cửa ngõ giữa Việt Nam và Trung Quốc đạt 5,2 "
            "tỷ USD.",
            date(2024, 12, 25),
            [("trade_turnover", 5.2, "2024", "estimate")],
        ),
        (
            "Tính từ ngày 1/1 đến hết ngày 18/2/2024 (trong đó có 7 ngày nghỉ Tết Nguyên đán), toàn tỉnh đón 610.000 "
            "lượt khách.",
            date(2024, 2, 20),
            [("tourists", 610000, "01/01–18/02/2024", "actual")],
        ),
        (
            "Năm 2023, GRDP theo giá hiện hành ước đạt 52.000 tỷ đồng, tăng 11,2% (giá so sánh tăng 6,5%).",
            date(2024, 1, 10),
            [("grdp", 52000, "2023", "estimate"), ("grdp_growth", 6.5, "2023", "actual")],
        ),
        # (and round AS's arrivals: last year's holiday after a contrast; festival-goers; years to come)
        (
            "Riêng 4 ngày nghỉ lễ 30/4 - 1/5/2022 (từ 30/4 đến 3/5), tỉnh đón khoảng 78.600 lượt khách, trong khi kỳ "
            "nghỉ lễ năm 2021 chỉ đón hơn 20.000 lượt do dịch bệnh.",
            date(2022, 7, 8),
            [("tourists", 78600, "30/04–03/05/2022", "actual")],
        ),
        (
            "Năm 2025, trên địa bàn tỉnh diễn ra hơn 170 lễ hội truyền thống, thu hút khoảng 450.000 lượt người dân và "
            "du khách.",
            date(2025, 12, 20),
            [],
        ),
        # (a guard: in a document whose title names the five years, the years to come are still unnamed)
        (
            "Kế hoạch 5 năm 2016 - 2020. Lãnh đạo tỉnh cho rằng nếu thu hút được các dự án, tăng trưởng của tỉnh có "
            "thể đạt mức 9%/năm trong vài năm tới.",
            date(2016, 4, 12),
            [],
        ),
    ],
)
def test_what_the_forty_first_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# Round AT (batches OI–ON) and the day's feature, lists over years: a "lần lượt" list over a span of whole years
# gives one value per year where they are as many, else is held (never the span's); a list of scores in mixed
# units; the index pointed back at ("chỉ số của tỉnh"); "41,73/80 điểm"; "từng quý" is "each", not "once"; a
# list with no subject of its own still pairs its periods; some time the text leaves unnamed ("Có tháng, …").
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Giai đoạn 2021-2024, GRDP tỉnh Lạng Sơn tăng lần lượt 5,1%, 6,8%, 4,2% và 7,5%.",
            date(2025, 1, 10),
            [
                ("grdp_growth", 5.1, "2021", "actual"),
                ("grdp_growth", 6.8, "2022", "actual"),
                ("grdp_growth", 4.2, "2023", "actual"),
                ("grdp_growth", 7.5, "2024", "actual"),
            ],
        ),
        # (four values over five years: which is which the text does not tell -- held, not the span's)
        (
            "Giai đoạn 2021-2025, GRDP tỉnh Lạng Sơn tăng lần lượt 5,1%, 6,8%, 4,2%, 7,5%.",
            date(2026, 1, 10),
            [],
        ),
        (
            "Nghị quyết về nhiệm vụ năm 2024\n\nĐiều 1. Đánh giá kết quả năm 2023 và 3 năm 2021 - 2023\n\nNăm 2023, dù "
            "xuất khẩu chậm lại trong quý I, kinh tế tỉnh Lạng Sơn vẫn phục hồi. Tốc độ tăng trưởng GRDP ước đạt 6,27%.",
            date(2023, 12, 8),
            [("grdp_growth", 6.27, "2023", "estimate")],
        ),
        (
            "Cục Hải quan Lạng Sơn cho biết, 10 tháng năm 2017 đơn vị thu ngân sách đạt 3.284,7 tỷ đồng. Có tháng, số "
            "thu vượt 400 tỷ đồng.",
            date(2017, 11, 17),
            [("budget_revenue_trade", 3284.7, "01–10/2017", "actual")],
        ),
        # (a guard: a time left unnamed is no period the next sentence goes on in)
        (
            "Năm 2022, kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn đạt 3,92 tỷ USD. Có thời điểm cuối năm, "
            "hơn 1.000 xe phải nằm chờ tại cửa khẩu. Thu ngân sách nhà nước trên địa bàn đạt 6.900 tỷ đồng.",
            date(2023, 1, 10),
            [("trade_turnover", 3.92, "2022", "actual"), ("budget_revenue", 6900, "2022", "actual")],
        ),
        (
            "Chỉ riêng tháng 6/2025, hàng hóa qua các cửa khẩu của tỉnh Lạng Sơn đạt 7,54 tỷ USD.",
            date(2025, 7, 12),
            [("trade_turnover", 7.54, "06/2025", "actual")],
        ),
        # (a guard: goods by the tonne are no turnover)
        ("Năm 2024, hàng hóa qua các cửa khẩu của tỉnh Lạng Sơn đạt 5,2 triệu tấn.", date(2025, 1, 12), []),
        (
            "Chi cục Hải quan khu vực VI, đơn vị quản lý địa bàn hai tỉnh Lạng Sơn và Cao Bằng, cho biết số thu ngân "
            "sách 6 tháng đầu năm 2025 của đơn vị đạt 6.842 tỷ đồng.",
            date(2025, 7, 12),
            [],
        ),
        (
            "Xét theo 6 vùng kinh tế - xã hội, giá trị trung bình PAR Index của vùng trung du và miền núi phía Bắc đạt "
            "88,20%, cao hơn 0,48% so với năm 2023 (87,72%), đứng thứ 4 trong các vùng.",
            date(2025, 4, 7),
            [],
        ),
        (
            "Các chỉ số PCI, PAR Index, SIPAS và PAPI năm 2019 của tỉnh Lạng Sơn lần lượt đạt 62,46 điểm; 81,27%; "
            "83,56% và 42,18 điểm.",
            date(2020, 6, 12),
            [
                ("pci_score", 62.46, "2019", "actual"),
                ("par_index_score", 81.27, "2019", "actual"),
                ("sipas_score", 83.56, "2019", "actual"),
                ("papi_score", 42.18, "2019", "actual"),
            ],
        ),
        (
            "PAR Index 2025 của tỉnh Lạng Sơn đạt 89,64%. Giai đoạn 2021 - 2024, khi bảng xếp hạng còn 63 địa "
            "phương, chỉ số của tỉnh lần lượt xếp thứ 29, 42, 25 và 18.",
            date(2026, 4, 17),
            [
                ("par_index_score", 89.64, "2025", "actual"),
                ("par_index_rank", 29, "2021", "actual"),
                ("par_index_rank", 42, "2022", "actual"),
                ("par_index_rank", 25, "2023", "actual"),
                ("par_index_rank", 18, "2024", "actual"),
            ],
        ),
        # (a guard: an index with no rank in the catalog, pointed back at, ranks nothing of the title's)
        (
            "Về SIPAS 2020, mức độ hài lòng của người dân với cơ quan hành chính tỉnh Lạng Sơn đạt 82,47%. Tỉnh xếp "
            "thứ 48/63 về chỉ số này.",
            date(2021, 5, 20),
            [("sipas_score", 82.47, "2020", "actual")],
        ),
        (
            "Về PAPI 2018, điểm tổng hợp của Lạng Sơn là 41,73/80 điểm, đứng thứ 34/63.",
            date(2019, 4, 3),
            [("papi_score", 41.73, "2018", "actual"), ("papi_rank", 34, "2018", "actual")],
        ),
        (
            "Xét theo từng quý, GRDP tỉnh Lạng Sơn quý I, quý II, quý III và quý IV năm 2019 ước tăng lần lượt 6,85%, "
            "7,02%, 7,31% và 7,64% so với cùng kỳ năm trước.",
            date(2019, 12, 28),
            [
                ("grdp_growth", 6.85, "Q1/2019", "estimate"),
                ("grdp_growth", 7.02, "Q2/2019", "estimate"),
                ("grdp_growth", 7.31, "Q3/2019", "estimate"),
                ("grdp_growth", 7.64, "Q4/2019", "estimate"),
            ],
        ),
        (
            "Sau bốn năm, kinh tế tỉnh Lạng Sơn duy trì mức tăng trưởng ổn định: các năm 2016, 2017 và 2018 lần lượt "
            "tăng 6,87%; 7,02% và 7,17%.",
            date(2019, 12, 27),
            [
                ("grdp_growth", 6.87, "2016", "actual"),
                ("grdp_growth", 7.02, "2017", "actual"),
                ("grdp_growth", 7.17, "2018", "actual"),
            ],
        ),
        (
            "Sang giai đoạn 2021 - 2025, số thu ngân sách của tỉnh Lạng Sơn các năm 2021, 2022 và 2023 lần lượt đạt "
            "6.601 tỷ đồng, 6.998 tỷ đồng và 7.806,6 tỷ đồng.",
            date(2026, 1, 13),
            [
                ("budget_revenue", 6601, "2021", "actual"),
                ("budget_revenue", 6998, "2022", "actual"),
                ("budget_revenue", 7806.6, "2023", "actual"),
            ],
        ),
        (
            "GRDP tỉnh Lạng Sơn năm 2023 ước tính tăng 7,01% so với năm 2022. Tăng trưởng tăng dần qua các quý: "
            "quý I, quý II và quý III lần lượt đạt 4,86%; 5,73% và 7,92%.",
            date(2023, 12, 28),
            [
                ("grdp_growth", 7.01, "2023", "estimate"),
                ("grdp_growth", 4.86, "Q1/2023", "actual"),
                ("grdp_growth", 5.73, "Q2/2023", "actual"),
                ("grdp_growth", 7.92, "Q3/2023", "actual"),
            ],
        ),
        # (a guard: changes listed after amounts are the amounts' changes, the periods the amounts')
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tỉnh Lạng Sơn tháng 2 ước đạt 1.386,5 tỷ đồng và 2 "
            "tháng đạt 2.874,2 tỷ đồng, lần lượt tăng 9,6% và 10,8% so với cùng kỳ năm trước.",
            date(2017, 2, 28),
            [
                ("retail_sales", 1386.5, "02/2017", "estimate"),
                ("retail_sales", 2874.2, "01–02/2017", "actual"),
            ],
        ),
        # (and the poverty and new-rural wording of batches OL and OK)
        (
            "Kết quả rà soát hộ nghèo, hộ cận nghèo cuối năm 2019: toàn tỉnh Lạng Sơn còn 18.412 hộ nghèo, chiếm "
            "9,34% tổng số hộ; số hộ cận nghèo là 19.870 hộ, chiếm 10,08%.",
            date(2020, 1, 10),
            [("poverty_rate", 9.34, "31/12/2019", "actual")],
        ),
        (
            "Năm 2023, tỉnh Lạng Sơn phấn đấu tạo việc làm mới cho 15.000 lao động và giảm tỷ lệ hộ nghèo xuống dưới "
            "8%.",
            date(2023, 4, 6),
            [("poverty_rate", 8, "31/12/2023", "target")],
        ),
        # (a guard: the fall a plan asks for is no rate)
        ("Năm 2023, tỉnh Lạng Sơn phấn đấu giảm tỷ lệ hộ nghèo 3% trở lên.", date(2023, 4, 6), []),
        (
            "Tỷ lệ hộ nghèo của tỉnh Lạng Sơn giảm từ 22,76% cuối năm 2015, ước đến cuối năm 2020 còn khoảng 7,5%.",
            date(2020, 10, 14),
            [
                ("poverty_rate", 22.76, "31/12/2015", "actual"),
                ("poverty_rate", 7.5, "31/12/2020", "estimate"),
            ],
        ),
        (
            "Đến nay toàn tỉnh Lạng Sơn có 96 xã đạt chuẩn NTM; trong đó có 24 xã đạt chuẩn NTM nâng cao.",
            date(2023, 12, 19),
            [("new_rural_communes", 96, "19/12/2023", "actual")],
        ),
        (
            "Năm 2018, tỉnh Lạng Sơn có 446 doanh nghiệp thành lập mới. Theo ngành nghề, lĩnh vực thương mại, dịch vụ "
            "chiếm khoảng 58%, xây dựng khoảng 27%.",
            date(2019, 1, 14),
            [("new_enterprises", 446, "2018", "actual")],
        ),
    ],
)
def test_what_round_at_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a score in per cent moves in points
        (
            "SIPAS 2024 của Lạng Sơn đạt 79,06%, giảm 1,39 điểm phần trăm so với năm 2023.",
            date(2025, 4, 7),
            [("sipas_score", 80.45, "2023")],
        ),
        # (its rise in per cent could be points or relative: nothing derived)
        ("SIPAS 2024 của Lạng Sơn đạt 79,06%, tăng 2,94% so với năm 2023.", date(2025, 4, 7), []),
        # a move in points after a rank is the score's; the rank's own move is joined to it by "và"
        (
            "PCI 2022 của Lạng Sơn đạt 67,88 điểm, xếp thứ 15/63, tăng 21 bậc và tăng 3,52 điểm so với năm 2021.",
            date(2023, 4, 15),
            [("pci_score", 64.36, "2021"), ("pci_rank", 36, "2021")],
        ),
        # decimals as written: "0,842" has three
        (
            "PAPI 2024 của Lạng Sơn đạt 44,316 điểm, tăng 0,842 điểm so với năm 2023.",
            date(2025, 4, 20),
            [("papi_score", 43.474, "2023")],
        ),
    ],
)
def test_what_round_at_found_derives_right(text, doc_date, expected):
    assert derived_from(text, doc_date) == [(i, pytest.approx(v), p) for i, v, p in expected]


# The forty-second review (of round AT's rules): some time left unnamed is its comma segment's only, and "có năm"
# is a year only before a level reached; a sentence that opened on a year goes on into the next only where its other
# periods stand in an aside or a clause of their own; a table under a caption naming another place is that place's;
# a department's or a district's score "với N điểm"; a figure the text says is wrong; "tỉnh này" after the province
# named as a partner; a share of income from a sector; an amount per household.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2023, có thời điểm hàng nghìn xe container ùn ứ tại cửa khẩu, song tổng kim ngạch xuất nhập khẩu qua "
            "địa bàn tỉnh Lạng Sơn vẫn đạt 4,36 tỷ USD.",
            date(2024, 1, 10),
            [("trade_turnover", 4.36, "2023", "actual")],
        ),
        (
            "PCI 2024 của Lạng Sơn đạt 65,5 điểm. Theo từng năm, thứ hạng của tỉnh biến động mạnh, có năm tụt xuống "
            "thứ 59/63.",
            date(2025, 4, 20),
            [("pci_score", 65.5, "2024", "actual")],
        ),
        (
            "Năm 2024, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 7.950 tỷ đồng; có tháng đạt trên 800 tỷ đồng.",
            date(2024, 12, 28),
            [("budget_revenue", 7950, "2024", "estimate")],
        ),
        # (a guard: "có năm tăng trưởng ấn tượng" is this year's)
        (
            "Năm 2016, ngành du lịch tỉnh Lạng Sơn có năm tăng trưởng ấn tượng với 2,45 triệu lượt khách.",
            date(2017, 1, 5),
            [("tourists", 2450000, "2016", "actual")],
        ),
        # (a guard: a sentence narrowing its year to a half does not date the next one by the year)
        (
            "Năm 2024, kinh tế tỉnh Lạng Sơn trong 6 tháng đầu năm phục hồi rõ nét. GRDP ước tăng 5,8% so với cùng kỳ.",
            date(2024, 7, 5),
            [],
        ),
        (
            "So sánh PCI các tỉnh biên giới\n\nLạng Sơn năm 2024 đạt 65,50 điểm.\n\nPCI của tỉnh Cao Bằng qua các "
            "năm:\nNăm | 2022 | 2023 | 2024\nĐiểm số | 61,20 | 62,05 | 63,10\n",
            date(2025, 5, 12),
            [("pci_score", 65.5, "2024", "actual")],
        ),
        (
            "DDCI và PCI 2019 của Lạng Sơn\n\nPCI 2019 của tỉnh Lạng Sơn đạt 62,46 điểm. Xếp cuối hai khối là Sở Tài "
            "nguyên và Môi trường với 55,16 điểm và huyện Đình Lập với 59,73 điểm.",
            date(2020, 5, 13),
            [("pci_score", 62.46, "2019", "actual")],
        ),
        (
            "PCI 2019 của tỉnh Lạng Sơn xếp thứ 52/63 tỉnh, thành phố với 62,46 điểm.",
            date(2020, 5, 13),
            [("pci_rank", 52, "2019", "actual"), ("pci_score", 62.46, "2019", "actual")],
        ),
        (
            "Năm 2024, tăng trưởng GRDP của tỉnh Lạng Sơn ước đạt 7,45%. Về việc một số trang tin đưa mức tăng trưởng "
            "của tỉnh là 7,54%, ông Tuấn khẳng định đó là sai sót khi đánh máy.",
            date(2024, 12, 17),
            [("grdp_growth", 7.45, "2024", "estimate")],
        ),
        (
            "Cao Bằng, tỉnh chung tuyến cao tốc với Lạng Sơn, đến cuối tháng 10 đạt 57,2%; thu ngân sách của tỉnh này "
            "10 tháng năm 2024 khoảng 2.150 tỷ đồng.",
            date(2024, 11, 12),
            [],
        ),
        (
            "Năm 2022, thu nhập bình quân đầu người của tỉnh Lạng Sơn đạt 38,2 triệu đồng; tiền lương, tiền công chiếm "
            "43,5% tổng thu nhập, phần từ nông, lâm nghiệp và thủy sản chiếm khoảng 24%.",
            date(2023, 6, 15),
            [("income_per_capita", 38.2, "2022", "actual")],
        ),
        (
            "Năm 2023, nhờ trồng hồi, nhiều hộ ở Lạng Sơn có thu nhập bình quân 45 triệu đồng/hộ/năm.",
            date(2024, 1, 18),
            [],
        ),
        # (a span's values of its sectors, and changes listed after an amount, are no values per year)
        (
            "Giai đoạn 2021-2023, tăng trưởng GRDP của tỉnh Lạng Sơn theo giá so sánh của ba khu vực kinh tế lần lượt "
            "đạt 3,2%, 8,1% và 5,9%.",
            date(2024, 1, 20),
            [],
        ),
        (
            "Tăng trưởng kinh tế Lạng Sơn 2024\n\nNăm 2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 5,2 tỷ USD; "
            "các năm 2022 và 2023 lần lượt tăng 18% và 11%.",
            date(2025, 1, 15),
            [("trade_turnover", 5.2, "2024", "actual")],
        ),
    ],
)
def test_what_the_forty_second_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# A code review of the day's change: a move in points after a rank is the score's only where that score is just
# before the rank, of the same index; a caption naming the province with "của tỉnh" keeps its table ours; "cơ sở"
# and "xã hội" are no units scored; "là không đúng quy định" says no figure is wrong.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "PCI của Lạng Sơn qua các năm\n\nĐiểm số và thứ hạng PCI của tỉnh trong 63 tỉnh, thành phố qua các năm:\n"
            "Năm | 2022 | 2023\nĐiểm số | 67,88 | 66,03\n",
            date(2025, 5, 8),
            [("pci_score", 67.88, "2022", "actual"), ("pci_score", 66.03, "2023", "actual")],
        ),
        (
            "Trên cơ sở đó Lạng Sơn đứng thứ 20 với 66,03 điểm PCI năm 2023.",
            date(2024, 5, 1),
            [("pci_rank", 20, "2023", "actual"), ("pci_score", 66.03, "2023", "actual")],
        ),
        (
            "Năm 2023, tổng thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 8.500 tỷ đồng; việc để nợ thuế kéo dài là "
            "không đúng quy định.",
            date(2024, 1, 10),
            [("budget_revenue", 8500, "2023", "actual")],
        ),
    ],
)
def test_what_the_code_review_of_round_at_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_move_in_points_after_another_index_rank_derives_nothing():
    catalog = load_catalog()
    text = "Năm 2023, PCI của tỉnh Lạng Sơn đạt 65,2 điểm, chỉ số PAPI xếp thứ 20/63, tăng 1,2 điểm so với năm 2022."
    figures = extract_figures(text, catalog, date(2024, 4, 15))
    assert [(m.indicator_id, m.value) for m in figures] == [("pci_score", 65.2), ("papi_rank", 20)]
    assert [derive_earlier(m, catalog) for m in figures] == [None, None]


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a span written in words pairs a "lần lượt" list with its years, as "2021-2024" does
        (
            "Từ năm 2021 đến năm 2024, GRDP của tỉnh Lạng Sơn tăng lần lượt 5,1%; 6,8%; 4,2% và 7,5%.",
            date(2025, 1, 10),
            [
                ("grdp_growth", 5.1, "2021", "actual"),
                ("grdp_growth", 6.8, "2022", "actual"),
                ("grdp_growth", 4.2, "2023", "actual"),
                ("grdp_growth", 7.5, "2024", "actual"),
            ],
        ),
        (
            "Trong các năm từ 2021 đến 2023, thu ngân sách trên địa bàn tỉnh Lạng Sơn lần lượt đạt 7.200 tỷ "
            "đồng, 8.100 tỷ đồng và 9.000 tỷ đồng.",
            date(2024, 3, 2),
            [
                ("budget_revenue", 7200, "2021", "actual"),
                ("budget_revenue", 8100, "2022", "actual"),
                ("budget_revenue", 9000, "2023", "actual"),
            ],
        ),
        # (guards: the span's average; a plan revised over a span is two targets, no move in time)
        (
            "Từ năm 2016 đến năm 2020, tăng trưởng GRDP của tỉnh Lạng Sơn bình quân đạt 6,8%/năm.",
            date(2021, 1, 10),
            [("grdp_growth", 6.8, "2016–2020", "actual")],
        ),
        (
            "Điều chỉnh chỉ tiêu tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 của tỉnh Lạng Sơn từ "
            "7,5%/năm xuống 6,5%/năm.",
            date(2023, 12, 8),
            [("grdp_growth", 7.5, "2021–2025", "target"), ("grdp_growth", 6.5, "2021–2025", "target")],
        ),
    ],
)
def test_a_span_written_in_words_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        # where a move over a span began and ended: levels at two dates the text leaves unsaid, no total
        (
            "Giai đoạn 2016 - 2020, thu ngân sách trên địa bàn tỉnh Lạng Sơn tăng từ 5.200 tỷ đồng lên 8.000 tỷ "
            "đồng.",
            date(2021, 1, 10),
            ["5.200 tỷ đồng", "8.000 tỷ đồng"],
        ),
        # (a stock's start, the span written in words: the level before the span's first year, or in it)
        (
            "Từ năm 2016 đến năm 2020, tỷ lệ hộ nghèo của tỉnh Lạng Sơn giảm từ 22,5% xuống còn 9,3%.",
            date(2021, 1, 10),
            ["22,5%"],
        ),
        # a list over a span's years no rule pairs with its years
        (
            "Từ năm 2021 đến năm 2023, tỉnh Lạng Sơn lần lượt có 410, 450 và 480 doanh nghiệp thành lập mới.",
            date(2024, 7, 10),
            ["480 doanh nghiệp thành lập mới"],
        ),
        # a stock over a span ended years before the date line is no count of the day written
        (
            "Khép lại giai đoạn 2016 - 2020, tỷ lệ hộ nghèo của tỉnh Lạng Sơn chỉ còn 9,3%.",
            date(2025, 1, 10),
            ["9,3%"],
        ),
    ],
)
def test_the_ends_of_a_move_over_a_span_are_held(text, doc_date, held_texts):
    reading = read_figures(text, load_catalog(), doc_date)
    assert not {m.value_text for m in reading.mentions} & set(held_texts)
    held = [h.value_text for h in reading.held if h.reason == "no_period"]
    assert all(written in held for written in held_texts), reading.held


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        # a figure the next sentence says was wrong, and why
        (
            "Bản tin ngày 02/11/2018 nêu số thu ngân sách của Cục Hải quan Lạng Sơn lũy kế đến hết tháng 10 là 3.845 "
            "tỷ đồng. Do lỗi tổng hợp, con số này chưa gồm số thu của một chi cục.",
            date(2018, 11, 6),
            ["3.845 tỷ đồng"],
        ),
        # the figure the text says it is not; an estimate the official figure replaces
        (
            "Riêng tháng 10/2018, số thu ngân sách của tỉnh Lạng Sơn đạt 418,3 tỷ đồng (không phải 350,7 tỷ đồng như "
            "một số báo đã đưa).",
            date(2018, 11, 6),
            ["350,7 tỷ đồng"],
        ),
        (
            "Ghi chú: Số ước tính tháng 6/2017 đã công bố của tổng mức bán lẻ tỉnh Lạng Sơn là 1.392,5 tỷ đồng; số "
            "chính thức thay thế số ước tính.",
            date(2017, 7, 27),
            ["1.392,5 tỷ đồng"],
        ),
        # the gap between the first and the last, no score
        (
            "Theo VCCI, khoảng cách điểm số giữa nhóm dẫn đầu và nhóm cuối bảng PCI 2019 đã hẹp lại, từ khoảng 20 "
            "điểm xuống còn hơn 14 điểm.",
            date(2020, 5, 7),
            ["20 điểm", "14 điểm"],
        ),
        # the region's rate, the province's in brackets after it
        (
            "Tỷ lệ hộ nghèo đa chiều của vùng cuối năm 2023 còn 14,06% (Lạng Sơn 8,06%).",
            date(2024, 6, 14),
            ["14,06%"],
        ),
        # a figure the next sentence's opening corrects: neither published (the right one has no subject)
        (
            "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 7.485 tỷ đồng. Con số đúng là 7.845 tỷ "
            "đồng, bản tin trước đã ghi nhầm.",
            date(2024, 2, 10),
            ["7.485 tỷ đồng", "7.845 tỷ đồng"],
        ),
        (
            "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 7.485 tỷ đồng. Số liệu chính xác phải là "
            "7.845 tỷ đồng.",
            date(2024, 2, 10),
            ["7.485 tỷ đồng"],
        ),
    ],
)
def test_what_round_av_found_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_a_target_for_the_year_goes_on_with_the_growth_the_sentence_before_gave():
    text = (
        "Tốc độ tăng trưởng kinh tế (GRDP) 9 tháng ước đạt 7,42% so với cùng kỳ. Mục tiêu cả năm là 8,5%, vì vậy "
        "quý IV cần tăng khoảng 10,6%."
    )
    assert read_with_status(text, date(2016, 10, 6)) == approx_values(
        [
            ("grdp_growth", 7.42, "01–09/2016", "estimate"),
            ("grdp_growth", 8.5, "2016", "target"),
            ("grdp_growth", 10.6, "Q4/2016", "target"),
        ]
    )
    # (guard: a share the sentence before gave has no target said so)
    text = "Tỷ lệ che phủ rừng của tỉnh năm 2016 đạt 62%. Mục tiêu cả năm là 63%."
    assert read_with_status(text, date(2016, 10, 6)) == []


def test_a_move_over_a_span_written_from_year_to_year_dates_each_end():
    # "Từ năm 2021 đến năm 2023, … tăng từ A lên B" says the years of a flow's ends; "Giai đoạn 2016 - 2020"
    # does not (the first may be 2015's, the plan's base): see test_the_ends_of_a_move_over_a_span_are_held
    text = (
        "Từ năm 2021 đến năm 2023, kim ngạch xuất nhập khẩu của các doanh nghiệp trên địa bàn tỉnh Lạng Sơn tăng "
        "từ 512 triệu USD lên 655 triệu USD."
    )
    assert read_with_status(text, date(2024, 1, 8)) == approx_values(
        [("local_trade_turnover", 0.512, "2021", "actual"), ("local_trade_turnover", 0.655, "2023", "actual")]
    )


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # (review 43) a next sentence opening "Do lỗi …" about something else; "số chính xác là" with no number
        (
            "Lũy kế 10 tháng năm 2023, số thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 7.845 tỷ đồng. Do lỗi hệ thống "
            "khai báo điện tử, nhiều doanh nghiệp phải chờ thông quan.",
            date(2023, 11, 6),
            [("budget_revenue", 7845, "01–10/2023", "actual")],
        ),
        (
            "Năm 2023, thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 9.800 tỷ đồng; số chính xác là số do Sở Tài chính "
            "công bố.",
            date(2024, 1, 10),
            [("budget_revenue", 9800, "2023", "actual")],
        ),
        # a span from a year to a month's end, or to the date line: one running total over it
        (
            "Từ 2021 đến hết tháng 6/2023, toàn tỉnh Lạng Sơn thành lập mới 1.250 doanh nghiệp.",
            date(2023, 7, 20),
            [("new_enterprises", 1250, "01/01/2021–30/06/2023", "actual")],
        ),
        (
            "Từ năm 2021 đến nay, kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh Lạng Sơn đạt 18,5 tỷ "
            "USD.",
            date(2024, 2, 10),
            [("trade_turnover", 18.5, "01/01/2021–10/02/2024", "actual")],
        ),
        # a gap named in another comma segment; (guard) the lowest rate of the region is the province's
        (
            "Khoảng cách với nhóm dẫn đầu được rút ngắn đáng kể, chỉ số PCI năm 2023 của tỉnh Lạng Sơn đạt 65,2 điểm.",
            date(2024, 5, 10),
            [("pci_score", 65.2, "2023", "actual")],
        ),
        (
            "Tỷ lệ hộ nghèo thấp nhất vùng, cuối năm 2023 tỉnh Lạng Sơn chỉ còn 8,06%.",
            date(2024, 6, 14),
            [("poverty_rate", 8.06, "31/12/2023", "actual")],
        ),
        # a stock at a span's end said "đến hết năm"; now said, after a span
        (
            "Từ năm 2021 đến hết năm 2024, tỷ lệ hộ nghèo của tỉnh Lạng Sơn giảm còn 6,1%.",
            date(2025, 3, 10),
            [("poverty_rate", 6.1, "31/12/2024", "actual")],
        ),
        (
            "Kế thừa kết quả giai đoạn 2016 - 2020, hiện nay tỷ lệ hộ nghèo toàn tỉnh Lạng Sơn còn 5,2%.",
            date(2025, 3, 10),
            [("poverty_rate", 5.2, "10/03/2025", "actual")],
        ),
        # a plan revised is no move in time; a move after its size ("tăng gấp 1,5 lần, từ … lên …")
        (
            "HĐND tỉnh Lạng Sơn thống nhất điều chỉnh chỉ tiêu tăng trưởng GRDP bình quân giai đoạn 2021 - 2025, "
            "giảm mục tiêu từ 7,5%/năm xuống 6,5%/năm.",
            date(2023, 12, 8),
            [("grdp_growth", 7.5, "2021–2025", "target"), ("grdp_growth", 6.5, "2021–2025", "target")],
        ),
        (
            "Từ năm 2016 đến năm 2020, thu ngân sách trên địa bàn tỉnh Lạng Sơn tăng gấp 1,5 lần, từ 5.200 tỷ đồng lên "
            "8.000 tỷ đồng.",
            date(2021, 1, 10),
            [("budget_revenue", 5200, "2016", "actual"), ("budget_revenue", 8000, "2020", "actual")],
        ),
        # where a move in one year started: unsaid
        (
            "Năm 2023, thu ngân sách trên địa bàn tỉnh Lạng Sơn tăng từ 8.200 tỷ đồng lên 9.100 tỷ đồng.",
            date(2024, 7, 10),
            [("budget_revenue", 9100, "2023", "actual")],
        ),
    ],
)
def test_what_the_forty_third_review_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a gate the sentence opens on, its share of the province's whole between: its own figure after
        (
            "Cửa khẩu quốc tế Hữu Nghị luôn chiếm trên 50% kim ngạch toàn tỉnh, năm 2020 đạt khoảng 2.540 triệu USD.",
            date(2021, 4, 22),
            [],
        ),
        # another province with its half-year before the verb; its figures after
        (
            "So sánh với tỉnh bạn, Lào Cai trong nửa đầu năm 2018 đón hơn 2,2 triệu lượt khách, tổng thu từ du lịch "
            "gần 7.500 tỷ đồng, gấp hơn 10 lần Lạng Sơn.",
            date(2018, 7, 3),
            [],
        ),
        # a plan in brackets after a quarter's ratio: the year's
        (
            "Số thu ngân sách từ hoạt động xuất nhập khẩu quý I đạt 3.384 tỷ đồng, bằng 35,6% dự toán Trung ương giao "
            "(9.500 tỷ đồng) và 28,2% chỉ tiêu HĐND tỉnh giao (12.000 tỷ đồng).",
            date(2025, 4, 9),
            [
                ("budget_revenue_trade", 3384, "Q1/2025", "actual"),
                ("budget_revenue_trade", 9500, "2025", "target"),
                ("budget_revenue_trade", 12000, "2025", "target"),
            ],
        ),
        # the customs office's own release: its "số thu ngân sách nhà nước" is its take; (guard) not elsewhere
        (
            "Cục Hải quan Lạng Sơn cập nhật số liệu xuất nhập khẩu và thu ngân sách 8 tháng năm 2019\n\n"
            "Số thu ngân sách nhà nước 8 tháng đạt 2.847,3 tỷ đồng, bằng 62,9% chỉ tiêu Bộ Tài chính giao (4.530 tỷ "
            "đồng).",
            date(2019, 9, 11),
            [
                ("budget_revenue_trade", 2847.3, "01–08/2019", "actual"),
                ("budget_revenue_trade", 4530, "2019", "target"),
            ],
        ),
        (
            "Tình hình kinh tế - xã hội 8 tháng năm 2019\n\nSố thu ngân sách nhà nước 8 tháng đạt 2.847,3 tỷ đồng.",
            date(2019, 9, 11),
            [("budget_revenue", 2847.3, "01–08/2019", "actual")],
        ),
        # the ethnic minorities' areas and people, some communes counted, the region "nơi …": not the province's
        (
            "Đến cuối năm 2024, tỷ lệ hộ nghèo toàn tỉnh còn 3,36%; trong vùng đồng bào dân tộc thiểu số, tỷ lệ này "
            "giảm còn 4,9%. Năm 2024, thu nhập bình quân của người dân tộc thiểu số đạt 38,5 triệu đồng/năm.",
            date(2025, 5, 20),
            [("poverty_rate", 3.36, "31/12/2024", "actual")],
        ),
        (
            "Năm 2022, tại 126 xã thuộc vùng đồng bào dân tộc thiểu số và miền núi, tỷ lệ hộ nghèo còn 13,72%. So với "
            "mặt bằng vùng trung du và miền núi phía Bắc, nơi tỷ lệ hộ nghèo bình quân khoảng 14,5%, Lạng Sơn thuộc "
            "nhóm khá.",
            date(2023, 1, 13),
            [],
        ),
        # (guard) a programme for those areas names no place of a figure
        (
            "Nhờ Chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, năm 2024 tỷ lệ "
            "hộ nghèo toàn tỉnh còn 3,36%.",
            date(2025, 5, 20),
            [("poverty_rate", 3.36, "31/12/2024", "actual")],
        ),
        # the province's local firms "thực hiện kim ngạch"
        (
            "Trong 8 tháng năm 2026, các doanh nghiệp trên địa bàn tỉnh thực hiện kim ngạch ước đạt 612,4 triệu USD.",
            date(2026, 8, 27),
            [("local_trade_turnover", 0.6124, "01–08/2026", "estimate")],
        ),
    ],
)
def test_what_round_ax_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        # the gap to an average, not a score
        (
            "Điểm DTI bình quân cấp tỉnh năm 2022 là 0,5094, tức Lạng Sơn cao hơn mức bình quân khoảng 0,11 điểm.",
            date(2023, 7, 14),
            ["0,11 điểm"],
        ),
        # a PCI component's score after its name and the province's words
        (
            "PCI 2018 của Lạng Sơn đạt 61,04 điểm. Tỉnh ghi điểm ở Tính năng động của chính quyền tỉnh, nay đạt 5,74 "
            "điểm.",
            date(2019, 3, 21),
            ["5,74 điểm"],
        ),
        # a rank in an index the catalog does not hold, under a title about growth
        (
            "Quý I/2026: chín tỉnh miền núi phía Bắc chạy đua tăng trưởng\n\nỞ Chỉ số đổi mới sáng tạo cấp địa "
            "phương (PII) 2025, Lạng Sơn xếp thứ 27/34.",
            date(2026, 4, 10),
            ["xếp thứ 27/34"],
        ),
        # the same after a growth target the paragraph before gave
        (
            "Năm 2026, Lạng Sơn đặt mục tiêu tăng trưởng GRDP từ 10% trở lên, các quý còn lại phải tăng trên 10,6%."
            "\n\nTrên các bảng xếp hạng, tỉnh ở giữa bảng: ở Chỉ số đổi mới sáng tạo cấp địa phương (PII) 2025, Lạng "
            "Sơn xếp thứ 27/34.",
            date(2026, 4, 10),
            ["xếp thứ 27/34"],
        ),
        # an office's take with other provinces' revenue inside it
        (
            "Năm 2017, riêng Cục Hải quan Lạng Sơn thu được khoảng 3.712,6 tỷ đồng, kể cả số thu hộ các địa phương "
            "khác.",
            date(2017, 12, 26),
            ["3.712,6 tỷ đồng"],
        ),
        # the nation's figure, the measure named between the value and its place
        (
            "Năm 2021, tỉnh cấp mới các dự án FDI với tổng vốn đăng ký 48,6 triệu USD. Con số này rất nhỏ so với 26,46 "
            "tỷ USD vốn FDI đăng ký của cả nước cùng thời điểm.",
            date(2021, 12, 21),
            ["26,46 tỷ USD"],
        ),
    ],
)
def test_what_round_ax_found_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # the amount of a plan a result is compared with is the plan's
        (
            "Năm 2020, GRDP của tỉnh ước tăng 2,93%, thấp hơn nhiều so với kế hoạch điều chỉnh 4% và mục tiêu ban đầu "
            "8,2%.",
            date(2021, 1, 7),
            [
                ("grdp_growth", 2.93, "2020", "estimate"),
                ("grdp_growth", 4, "2020", "target"),
                ("grdp_growth", 8.2, "2020", "target"),
            ],
        ),
        (
            "Tính chung 4 tháng đầu năm 2025, toàn tỉnh ước đón khoảng 1,95 triệu lượt khách, đạt 45% kế hoạch năm là "
            "4,3 triệu lượt.",
            date(2025, 5, 4),
            [("tourists", 1950000, "01–04/2025", "estimate"), ("tourists", 4300000, "2025", "target")],
        ),
        # a plan revised after the sentence before named the plan; (guard) the data corrected
        (
            "HĐND tỉnh đã thống nhất điều chỉnh một số chỉ tiêu của Nghị quyết kế hoạch năm 2023. Theo đó, tổng thu "
            "ngân sách nhà nước trên địa bàn năm 2023 điều chỉnh từ 9.500 tỷ đồng xuống 8.100 tỷ đồng.",
            date(2023, 7, 13),
            [("budget_revenue", 9500, "2023", "target"), ("budget_revenue", 8100, "2023", "target")],
        ),
        (
            "Kim ngạch xuất nhập khẩu tháng 4/2016 được điều chỉnh từ 338,0 triệu USD xuống 326,4 triệu USD theo số "
            "liệu của Cục Hải quan.",
            date(2016, 5, 27),
            [("trade_turnover", 0.3264, "04/2016", "actual")],
        ),
        # a result past its plan; the local firms' part; GRDP per head after a semicolon
        (
            "Xây dựng nông thôn mới đạt kết quả vượt mục tiêu: đến nay có 78 xã đạt chuẩn, vượt 8 xã so với Nghị "
            "quyết.",
            date(2020, 9, 26),
            [("new_rural_communes", 78, "26/09/2020", "actual")],
        ),
        (
            "Kim ngạch xuất nhập khẩu qua địa bàn tỉnh năm 2016 ước đạt 3,95 tỷ USD; riêng doanh nghiệp trên địa bàn "
            "tỉnh đạt 1,21 tỷ USD.",
            date(2016, 12, 15),
            [
                ("trade_turnover", 3.95, "2016", "estimate"),
                ("local_trade_turnover", 1.21, "2016", "estimate"),
            ],
        ),
        (
            "Năm 2019, GRDP theo giá hiện hành ước đạt 33.410 tỷ đồng; bình quân đầu người 42,2 triệu đồng.",
            date(2019, 12, 6),
            [("grdp", 33410, "2019", "estimate"), ("grdp_per_capita", 42.2, "2019", "estimate")],
        ),
        # what other media gave, a figure no longer used, a share of a count, a list paired "tương ứng"
        (
            "Phóng viên đặt câu hỏi về con số 1,8 tỷ USD kim ngạch xuất nhập khẩu 6 tháng năm 2024 được nêu trong một "
            "số bài báo gần đây.",
            date(2024, 7, 5),
            [],
        ),
        (
            "Số thu ngân sách quý I năm 2020 mà một số trang tin đăng tải là 1.205 tỷ đồng là số liệu ước tính chưa "
            "được cập nhật, không còn sử dụng.",
            date(2020, 4, 10),
            [],
        ),
        (
            "Năm 2016, công ty trách nhiệm hữu hạn chiếm tới 78% số doanh nghiệp mới; ngành thương mại, dịch vụ chiếm "
            "trên 60%.",
            date(2016, 11, 28),
            [],
        ),
        (
            "Năm 2017, thuế sản phẩm trừ trợ cấp sản phẩm chiếm 9,48% (cơ cấu tương ứng năm 2016 theo số sơ bộ là: "
            "22,9%; 18,6%).",
            date(2017, 12, 22),
            [("grdp_share_taxes", 9.48, "2017", "estimate")],
        ),
        # the plan's own amount right after "vượt mục tiêu"; half a term dates nothing; the poor households' income
        (
            "Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2018 ước tính tăng 7,19% so với năm 2017, vượt mục tiêu 7% do "
            "Nghị quyết HĐND tỉnh đề ra.",
            date(2018, 12, 20),
            [("grdp_growth", 7.19, "2018", "estimate"), ("grdp_growth", 7, "2018", "target")],
        ),
        (
            "Theo một chuyên gia, nếu hoàn thành cao tốc đúng tiến độ, tăng trưởng của tỉnh Lạng Sơn có thể đạt khoảng "
            "9%/năm trong nửa sau nhiệm kỳ.",
            date(2020, 10, 14),
            [],
        ),
        (
            "Thu nhập bình quân đầu người của tỉnh năm 2023 ước đạt 38,5 triệu đồng/người/năm; riêng hộ nghèo khoảng "
            "1,2 triệu đồng/người/tháng.",
            date(2024, 3, 5),
            [("income_per_capita", 38.5, "2023", "estimate")],
        ),
    ],
)
def test_what_round_ay_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# Round BA (batches NY, NZ, MA–MD, written 3 December 2026, scored blind on arrival): an estimate after a sentence
# that stated an earlier year's result is of the year the paragraph reported on; a value after a plan a result fell
# short of, past "nhưng", is the result's; a list with "tương ứng" after it is paired in order; an index's report
# named by the year it was published scores the year before; targets for ranks ("từ thứ 12 trở lên"); a rank
# list whose subject is "thứ hạng"; a province likened to ours ("địa phương cùng Lạng Sơn …") is not ours.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2019, GRDP của tỉnh ước tăng 6,8%. Năm 2018, kinh tế tỉnh tăng 7,2%. Quy mô GRDP theo giá hiện hành "
            "ước đạt 35.200 tỷ đồng.",
            date(2019, 12, 20),
            [
                ("grdp_growth", 6.8, "2019", "estimate"),
                ("grdp_growth", 7.2, "2018", "actual"),
                ("grdp", 35200, "2019", "estimate"),
            ],
        ),
        (
            "Tăng trưởng GRDP 9 tháng năm 2022 ước đạt 6,1%, chưa đạt mục tiêu 7,5% đề ra song vẫn đứng thứ 5/14 "
            "tỉnh trong vùng.",
            date(2022, 10, 5),
            [
                ("grdp_growth", 6.1, "01–09/2022", "estimate"),
                ("grdp_growth", 7.5, "01–09/2022", "target"),
                ("grdp_growth_rank_region", 5, "01–09/2022", "estimate"),
            ],
        ),
        (
            "Năm 2021, xuất khẩu và nhập khẩu qua địa bàn tỉnh đạt 1,8 tỷ USD và 2,6 tỷ USD tương ứng.",
            date(2022, 1, 12),
            [("export_turnover", 1.8, "2021", "actual"), ("import_turnover", 2.6, "2021", "actual")],
        ),
        (
            "Báo cáo PCI công bố năm 2021: Lạng Sơn vươn lên thứ 7 trong vùng",
            date(2021, 5, 20),
            [("pci_rank_region", 7, "2020", "actual")],
        ),
        (
            "Năm 2024, tỉnh phấn đấu PAR Index xếp từ thứ 12/63 trở lên; SIPAS đạt từ 85% trở lên.",
            date(2024, 2, 1),
            [("par_index_rank", 12, "2024", "target"), ("sipas_score", 85, "2024", "target")],
        ),
        (
            "Trong các năm từ 2019 đến 2021, thứ hạng PAPI của tỉnh lần lượt là 44, 38 và 31.",
            date(2022, 5, 1),
            [
                ("papi_rank", 44, "2019", "actual"),
                ("papi_rank", 38, "2020", "actual"),
                ("papi_rank", 31, "2021", "actual"),
            ],
        ),
        (
            "Lạng Sơn là tỉnh có mức cải thiện lớn nhất vùng: chỉ số PAPI năm 2022 đạt 44,1 điểm.",
            date(2023, 4, 20),
            [("papi_score", 44.1, "2022", "actual")],
        ),
        (
            "Theo Báo cáo PCI năm 2020 do VCCI công bố ngày 5/5/2021, PCI của tỉnh đạt 64,1 điểm.",
            date(2021, 6, 2),
            [("pci_score", 64.1, "2020", "actual")],
        ),
        # a period compared with, a number among the words before it, does not date the sentence's own
        (
            "Vốn đầu tư phát triển toàn xã hội 9 tháng ước đạt 9.100 tỷ đồng, tăng 3,5% so với cùng kỳ, song thấp "
            "hơn so với mức tăng 8,1% của 9 tháng năm 2019.",
            date(2020, 10, 5),
            [("total_investment", 9100, "01–09/2020", "estimate")],
        ),
        # "khi đó": the time just told
        (
            "Cuối năm 2015, cả tỉnh mới có 13 xã đạt chuẩn nông thôn mới. Tỷ lệ hộ nghèo khi đó lên tới 23,47%.",
            date(2017, 12, 28),
            [
                ("new_rural_communes", 13, "31/12/2015", "actual"),
                ("poverty_rate", 23.47, "31/12/2015", "actual"),
            ],
        ),
        # the province's own enterprises, however their trade is worded -- not their exports alone
        (
            "9 tháng năm 2023, các doanh nghiệp có trụ sở trên địa bàn tỉnh đạt kim ngạch 410 triệu USD. Kim ngạch "
            "xuất khẩu của các doanh nghiệp trên địa bàn tỉnh đạt 120 triệu USD.",
            date(2023, 10, 4),
            [("local_trade_turnover", 0.41, "01–09/2023", "actual")],
        ),
        (
            "Trong 6 tháng đầu năm 2021, doanh nghiệp của tỉnh đóng góp 218 triệu USD, chưa đến 9% tổng kim ngạch.",
            date(2021, 7, 16),
            [("local_trade_turnover", 0.218, "H1/2021", "actual")],
        ),
    ],
)
def test_what_round_ba_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a change after the ranked provinces' words, joined by "và" to the comparison
        (
            "PAPI 2020 của tỉnh đạt 42,8 điểm, xếp thứ 29/63 tỉnh, thành phố, tăng 6 bậc và tăng 1,2 điểm so với "
            "năm 2019.",
            date(2021, 4, 15),
            [("papi_score", 41.6, "2019"), ("papi_rank", 35, "2019")],
        ),
        # the score named before the index, the move in points after its rank
        (
            "Với 63,2 điểm, PCI 2019 của tỉnh xếp thứ 48/63, tăng 2 bậc và tăng 0,9 điểm so với năm 2018.",
            date(2020, 5, 10),
            [("pci_score", 62.3, "2018"), ("pci_rank", 50, "2018")],
        ),
        # a list of changes in the order of the amounts before it, against the one reference after it
        (
            "Năm 2023, xuất khẩu qua địa bàn tỉnh đạt 1,5 tỷ USD và nhập khẩu 2,4 tỷ USD, tương ứng tăng 25% và 20% "
            "so với năm 2022.",
            date(2024, 1, 10),
            [("export_turnover", 1.2, "2022"), ("import_turnover", 2.0, "2022")],
        ),
        (
            "6 tháng đầu năm 2024, xuất khẩu đạt 900 triệu USD, nhập khẩu 1.200 triệu USD, giảm lần lượt 10% và 20% "
            "so với cùng kỳ.",
            date(2024, 7, 5),
            [("export_turnover", 1.0, "H1/2023"), ("import_turnover", 1.5, "H1/2023")],
        ),
        # (against a plan: nothing)
        (
            "Năm 2023, xuất khẩu đạt 1,5 tỷ USD và nhập khẩu 2,4 tỷ USD, tương ứng vượt 5% và 8% so với kế hoạch.",
            date(2024, 1, 10),
            [],
        ),
    ],
)
def test_what_round_ba_found_derives_right(text, doc_date, expected):
    assert sorted(derived_from(text, doc_date)) == sorted((i, pytest.approx(v), p) for i, v, p in expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        # a province likened to ours, its rate its own
        (
            "GRDP 6 tháng năm 2024 của Lạng Sơn ước tăng 5,8%. Trong vùng, Bắc Giang dẫn đầu với 13,2%; còn Hà Giang, "
            "địa phương cùng Lạng Sơn có đường biên giới dài, tăng 4,9%.",
            date(2024, 7, 8),
            ["4,9%"],
        ),
        # what a result lacks of its plan
        (
            "Thu ngân sách 10 tháng năm 2023 còn cách dự toán HĐND tỉnh giao hơn 350 tỷ đồng.",
            date(2023, 11, 3),
            ["350 tỷ đồng"],
        ),
        # components of an index in a "lần lượt" list
        (
            "PCI 2021 của tỉnh đạt 64,2 điểm. Chi phí thời gian và Tiếp cận đất đai lại giảm, lần lượt còn 6,1 điểm "
            "và 5,9 điểm.",
            date(2022, 4, 30),
            ["6,1 điểm", "5,9 điểm"],
        ),
    ],
)
def test_what_round_ba_found_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


# Round BB (batches ME–MJ, written 3 December 2026, scored blind on arrival): targets met of a congress's resolution
# are of that congress's term, counted at the year that closes it; a year's targets are the year's even beside the
# resolution's name; units merged or cut are counted in the year they took effect, whatever the words
# ("tổng cộng", "xã, phường, thị trấn"), never what a proposal puts forward; a plan's count is a target however
# its plan is worded.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Trong 22 chỉ tiêu chủ yếu của Nghị quyết Đại hội XVII, có 17/22 chỉ tiêu ước đạt và vượt.",
            date(2025, 9, 20),
            [("term_targets_met", 17, "2021–2025", "estimate")],
        ),
        # (at the congress that closes the term: the number says which term's)
        (
            "Dự kiến đến hết năm 2020, có 19/23 chỉ tiêu chủ yếu của Nghị quyết Đại hội XVI đạt và vượt.",
            date(2020, 10, 14),
            [("term_targets_met", 19, "2016–2020", "forecast")],
        ),
        (
            "Năm 2018, năm thứ ba thực hiện Nghị quyết Đại hội XVI, tỉnh ước đạt và vượt 15/19 chỉ tiêu chủ yếu.",
            date(2018, 12, 10),
            [("annual_targets_met", 15, "2018", "estimate")],
        ),
        (
            "Qua hai đợt sắp xếp từ năm 2019 đến năm 2024, toàn tỉnh giảm tổng cộng 33 đơn vị hành chính cấp xã.",
            date(2025, 1, 15),
            [("commune_units_cut", 33, "2019–2024", "actual")],
        ),
        (
            "Đợt sắp xếp có hiệu lực từ ngày 1/12/2024 giúp tỉnh giảm 7 đơn vị hành chính cấp xã.",
            date(2025, 3, 10),
            [("commune_units_cut", 7, "2024", "actual")],
        ),
        (
            "Từ ngày 1/7/2025, tỉnh sắp xếp 186 xã, phường, thị trấn thành 58 đơn vị mới, giảm 128 đơn vị hành chính "
            "cấp xã.",
            date(2025, 9, 10),
            [("commune_units_merged", 186, "2025", "actual"), ("commune_units_cut", 128, "2025", "actual")],
        ),
        # (done, though the span it closes is not over)
        (
            "Cả giai đoạn 2021 - 2025, tỉnh giảm 135 đơn vị hành chính cấp xã.",
            date(2025, 12, 20),
            [("commune_units_cut", 135, "2021–2025", "actual")],
        ),
        (
            "Theo tờ trình của UBND tỉnh, tỉnh sắp xếp 186 đơn vị hành chính cấp xã để thành lập 58 đơn vị mới.",
            date(2025, 4, 20),
            [],
        ),
        (
            "Năm 2025, phương án của tỉnh dự kiến giảm 130 đơn vị hành chính cấp xã.",
            date(2025, 4, 5),
            [("commune_units_cut_planned", 130, "2025", "target")],
        ),
        # a row measured in one year of the span its column names
        (
            "Chỉ tiêu | Mục tiêu Nghị quyết Đại hội XVII | Ước thực hiện nhiệm kỳ 2020 - 2025\n"
            "GRDP bình quân đầu người năm cuối kỳ (triệu đồng) | 70 | 71,1\n"
            "Tổng thu ngân sách nhà nước trên địa bàn năm 2025 (tỷ đồng) | 12.000 | 16.500\n"
            "Tổng vốn đầu tư phát triển toàn xã hội 5 năm (nghìn tỷ đồng) | 120 | 118,5\n",
            date(2025, 9, 25),
            [
                ("grdp_per_capita", 70, "2025", "target"),
                ("grdp_per_capita", 71.1, "2025", "estimate"),
                ("budget_revenue", 12000, "2025", "target"),
                ("budget_revenue", 16500, "2025", "estimate"),
                ("total_investment", 120000, "2021–2025", "target"),
                ("total_investment", 118500, "2021–2025", "estimate"),
            ],
        ),
    ],
)
def test_what_round_bb_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        # a self-assessment, before the index is published
        (
            "Theo kết quả tự đánh giá, PAR Index 2024 của tỉnh đạt khoảng 89,2%.",
            date(2025, 3, 20),
            ["89,2%"],
        ),
        (
            "Điểm tự đánh giá DTI năm 2023 tỉnh gửi Bộ là 0,7955, cao hơn điểm chính thức năm trước.",
            date(2024, 2, 1),
            ["0,7955"],
        ),
        # a group of districts
        (
            "Cuối năm 2022, tỷ lệ hộ nghèo toàn tỉnh còn 12,4%; riêng ba huyện vùng cao, tỷ lệ hộ nghèo vẫn ở mức "
            "21,3%.",
            date(2023, 1, 10),
            ["21,3%"],
        ),
        # the province's own enterprises' exports, a part of their trade
        (
            "Các doanh nghiệp có trụ sở trên địa bàn tỉnh Lạng Sơn 6 tháng đạt kim ngạch 720 triệu USD; trong đó "
            "xuất khẩu 290 triệu USD.",
            date(2025, 7, 8),
            ["290 triệu USD"],
        ),
    ],
)
def test_what_round_bb_found_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


# The review of round BB's rules: the nation's congresses are not the province's count; a year's targets beside
# the resolution's are the year's; a term's count read with a year inside the term is held; a change taking effect
# after the document's date is not yet done; public service units are no communes.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Theo Nghị quyết Đại hội XIII của Đảng, tỉnh phấn đấu tốc độ tăng trưởng GRDP bình quân đạt 8%/năm.",
            date(2022, 5, 15),
            [("grdp_growth", 8, "2021–2025", "target")],
        ),
        (
            "Năm 2023, tỉnh đạt và vượt 18/22 chỉ tiêu chủ yếu, góp phần thực hiện các chỉ tiêu của Nghị quyết Đại "
            "hội XVII.",
            date(2023, 12, 20),
            [("annual_targets_met", 18, "2023", "estimate")],
        ),
        (
            "Năm 2024, tỉnh đã sắp xếp 12 đơn vị sự nghiệp công lập, giảm 3 đơn vị hành chính cấp xã.",
            date(2024, 12, 20),
            [("commune_units_cut", 3, "2024", "actual")],
        ),
    ],
)
def test_what_the_review_of_round_bb_found_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (
            "Năm 2023 có 18/22 chỉ tiêu chủ yếu đạt và vượt kế hoạch; đến nay 15/24 chỉ tiêu chủ yếu của Nghị quyết "
            "Đại hội XVII đã đạt.",
            date(2023, 12, 20),
            ["18/22 chỉ tiêu"],
        ),
        (
            "Nghị quyết có hiệu lực từ ngày 1/7/2025, tỉnh sắp xếp 186 xã, phường, thị trấn thành 58 đơn vị mới, "
            "giảm 128 đơn vị hành chính cấp xã.",
            date(2025, 6, 10),
            ["186 xã, phường, thị trấn", "128 đơn vị hành chính cấp xã"],
        ),
    ],
)
def test_what_the_review_of_round_bb_found_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_more_than_in_a_title_is_no_comparison():
    text = "Lạng Sơn đón hơn 3 triệu lượt khách năm 2019\n\nDoanh thu từ du lịch đạt 1.500 tỷ đồng.\n"
    assert read_with_status(text, date(2020, 1, 5)) == [
        ("tourists", 3_000_000, "2019", "actual"),
        ("tourism_revenue", 1500, "2019", "actual"),
    ]


def test_a_period_a_title_compares_with_is_no_title_on_that_year():
    text = (
        "Họp báo quý I/2019: Tăng trưởng chậm hơn so với quý cuối năm trước\n\n"
        "Thu ngân sách nhà nước quý I ước đạt 1.400 tỷ đồng.\n"
    )
    assert read_with_status(text, date(2019, 4, 10)) == [("budget_revenue", 1400, "Q1/2019", "estimate")]


def test_a_plans_amount_in_brackets_is_not_what_a_comparison_after_it_compares():
    text = (
        "Thu ngân sách nhà nước trên địa bàn quý I/2019 ước đạt 1.400 tỷ đồng, bằng 24% dự toán HĐND tỉnh giao "
        "(5.800 tỷ đồng), tăng 12% so với cùng kỳ."
    )
    assert derived_from(text, date(2019, 4, 10)) == [("budget_revenue", pytest.approx(1250), "Q1/2018")]


# Before round CC (3 December 2026, the last stop's left-alone list): the customs office's take told with "Cục"
# alone, and a gap to another period however its comparative is worded.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Cục Hải quan tỉnh Lạng Sơn vừa sơ kết công tác 10 tháng. Tính đến ngày 31/10/2024, toàn Cục thu được "
            "5.120,4 tỷ đồng.",
            date(2024, 11, 5),
            [("budget_revenue_trade", 5120.4, "01–10/2024", "actual")],
        ),
        (
            "Cục Hải quan Lạng Sơn cho biết hoạt động thông quan đã phục hồi. Riêng tháng 1/2023, Cục thu 318,6 tỷ "
            "đồng, trong khi tháng 1/2022 chỉ đạt 254,9 tỷ đồng.",
            date(2023, 2, 20),
            [
                ("budget_revenue_trade", 318.6, "01/2023", "actual"),
                ("budget_revenue_trade", 254.9, "01/2022", "actual"),
            ],
        ),
        (
            "Cục Hải quan tỉnh vừa tổng kết công tác. Năm 2022, toàn Cục thu được khoảng 3.900 tỷ đồng, năm nay "
            "phấn đấu thu 4.300 tỷ đồng.",
            date(2023, 2, 20),
            [
                ("budget_revenue_trade", 3900, "2022", "actual"),
                ("budget_revenue_trade", 4300, "2023", "target"),
            ],
        ),
        (
            # (the province's whole named after the office's take is the whole)
            "Cục Hải quan tỉnh cho biết năm 2022 Cục thu được khoảng 3.900 tỷ đồng, góp phần đưa tổng thu ngân "
            "sách toàn tỉnh đạt 11.000 tỷ đồng.",
            date(2023, 2, 20),
            [
                ("budget_revenue_trade", 3900, "2022", "actual"),
                ("budget_revenue", 11000, "2022", "actual"),
            ],
        ),
    ],
)
def test_the_customs_offices_take_told_with_cuc_alone_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (
            # (which office, the paragraph leaves to the tax office: never the province's whole)
            "Cục Thuế tỉnh Lạng Sơn vừa tổ chức hội nghị. Tính đến ngày 31/10/2024, toàn Cục thu được 3.120,4 tỷ "
            "đồng.",
            date(2024, 11, 5),
            ["3.120,4 tỷ đồng"],
        ),
        (
            "Thu ngân sách trên địa bàn tỉnh tháng 10/2018 đạt 578,3 tỷ đồng, nhỉnh hơn tháng 9 khoảng 40 tỷ đồng.",
            date(2018, 11, 20),
            ["40 tỷ đồng"],
        ),
        (
            "Thu ngân sách trên địa bàn tỉnh tháng 10/2018 đạt 578,3 tỷ đồng, kém hơn so với tháng 9 khoảng 40 tỷ "
            "đồng.",
            date(2018, 11, 20),
            ["40 tỷ đồng"],
        ),
    ],
)
def test_an_unnamed_offices_take_and_a_worded_gap_are_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


# Round CC (batches MK-MP, written 3 December 2026, scored blind on arrival): what each number is, read as a
# person reads it -- whose place a clause goes on with, which period a list or a plan's span gives, what a
# requirement is.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            # (a whole year foreseen after the running total the sentence before gave)
            "Tính đến ngày 15/11/2016, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 3,2 tỷ USD. Với tốc độ "
            "hiện nay, Ban Quản lý dự báo cả năm chỉ đạt khoảng 3,9 tỷ USD.",
            date(2016, 11, 20),
            [
                ("trade_turnover", 3.2, "01/01–15/11/2016", "actual"),
                ("trade_turnover", 3.9, "2016", "forecast"),
            ],
        ),
        (
            "Trên cơ sở đó, Lạng Sơn giữ nguyên mục tiêu tăng trưởng GRDP bình quân từ 8%/năm trở lên mà Đại hội "
            "XVII đã đề ra.",
            date(2021, 3, 20),
            [("grdp_growth", 8, "2021–2025", "target")],
        ),
        (
            "Theo Cục Thống kê tỉnh, thu nhập bình quân đầu người năm 2016 ước đạt 27,9 triệu đồng; quy ra theo "
            "tháng, mỗi người dân có khoảng 2,33 triệu đồng.",
            date(2017, 1, 11),
            [
                ("income_per_capita", 27.9, "2016", "estimate"),
                ("income_per_capita_monthly", 2.33, "2016", "estimate"),
            ],
        ),
        (
            "Các doanh nghiệp có trụ sở trên địa bàn tỉnh làm thủ tục xuất nhập khẩu trong 9 tháng với kim ngạch "
            "612,4 triệu USD.",
            date(2023, 10, 6),
            [("local_trade_turnover", 0.6124, "01–09/2023", "actual")],
        ),
        (
            # (the lead-in's last sentence, which the list hangs from)
            "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội\n\nNăm 2021 là năm đầu thực hiện Kế hoạch 5 năm "
            "2021 - 2025. Các chỉ tiêu chủ yếu năm 2021 gồm:\n1. Tốc độ tăng trưởng GRDP từ 7,5% trở lên.\n2. "
            "GRDP bình quân đầu người đạt 46,5 triệu đồng.",
            date(2020, 12, 11),
            [("grdp_growth", 7.5, "2021", "target"), ("grdp_per_capita", 46.5, "2021", "target")],
        ),
        (
            "Năm 2025 cũng là năm cuối của Kế hoạch 5 năm 2021 - 2025; theo dự báo của UBND tỉnh, tăng trưởng bình "
            "quân cả giai đoạn khoảng 6,6%/năm.",
            date(2024, 12, 10),
            [("grdp_growth", 6.6, "2021–2025", "forecast")],
        ),
        (
            "Đây là năm đầu thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030, với mục tiêu tăng "
            "trưởng bình quân từ 10%/năm trở lên.",
            date(2026, 10, 16),
            [("grdp_growth", 10, "2026–2030", "target")],
        ),
        (
            "Để đạt mục tiêu cả năm, tốc độ tăng GRDP các quý II, III và IV năm 2025 phải đạt lần lượt 8,6%, 9,2% "
            "và 10,4%.",
            date(2025, 4, 18),
            [
                ("grdp_growth", 8.6, "Q2/2025", "target"),
                ("grdp_growth", 9.2, "Q3/2025", "target"),
                ("grdp_growth", 10.4, "Q4/2025", "target"),
            ],
        ),
        (
            "Năm 2025, tỉnh vận hành chính quyền hai cấp từ ngày 01/7/2025, song GRDP ước tăng 8,06%, xếp thứ 3/9 "
            "tỉnh vùng trung du và miền núi phía Bắc.",
            date(2025, 12, 5),
            [("grdp_growth", 8.06, "2025", "estimate"), ("grdp_growth_rank_region", 3, "2025", "estimate")],
        ),
        (
            "Kinh tế cửa khẩu tiếp tục là điểm sáng: tính đến ngày 30/11/2024, kim ngạch xuất nhập khẩu qua địa "
            "bàn đạt 59,6 tỷ USD. Ước cả năm có khoảng 1.200 doanh nghiệp thành lập mới.",
            date(2024, 12, 10),
            [("trade_turnover", 59.6, "01–11/2024", "actual"), ("new_enterprises", 1200, "2024", "estimate")],
        ),
        (
            "Kim ngạch xuất nhập khẩu qua địa bàn tính đến hết tháng 9 đạt 78,3 tỷ USD, tăng 14,9% so với cùng kỳ, "
            "bằng 76,8% kế hoạch năm (102 tỷ USD).",
            date(2026, 10, 16),
            [("trade_turnover", 78.3, "01–09/2026", "actual"), ("trade_turnover", 102, "2026", "target")],
        ),
        (
            "Trong 6 tháng, tỉnh cấp mới 1 dự án và điều chỉnh tăng vốn cho 1 dự án; tổng vốn FDI đăng ký cấp mới "
            "và tăng thêm đạt 4,3 triệu USD, chỉ bằng khoảng một phần ba cùng kỳ năm 2020.",
            date(2021, 7, 8),
            [("fdi_registered", 4.3, "H1/2021", "actual")],
        ),
        (
            "Muốn hoàn thành kế hoạch về doanh nghiệp, 6 tháng cuối năm phải có thêm ít nhất 274 doanh nghiệp "
            "thành lập mới.",
            date(2021, 7, 8),
            [("new_enterprises", 274, "H2/2021", "target")],
        ),
        (
            "Đối với vốn đầu tư toàn xã hội, để hoàn thành kế hoạch 14.000 tỷ đồng, quý IV phải thực hiện được "
            "khoảng 4.150 tỷ đồng.",
            date(2018, 10, 11),
            [("total_investment", 14000, "2018", "target"), ("total_investment", 4150, "Q4/2018", "target")],
        ),
        (
            "Hải quan Lạng Sơn cho biết số thu 9 tháng tăng chậm. Năm 2022, do các cửa khẩu nhiều thời điểm phải "
            "tạm dừng thông quan, Cục chỉ thu được 4.310,5 tỷ đồng. Lãnh đạo Cục dự kiến cả năm thu khá hơn.",
            date(2023, 10, 6),
            [("budget_revenue_trade", 4310.5, "2022", "actual")],
        ),
    ],
)
def test_what_round_cc_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (
            # (the nation's product goes on into the clause after it)
            "Theo báo cáo của Chính phủ, tăng trưởng GDP cả nước năm 2020 ước khoảng 2,9%, mục tiêu năm 2021 "
            "khoảng 6%.",
            date(2020, 12, 11),
            ["2,9%", "6%"],
        ),
        (
            "Năm 2021, thu nhập bình quân một tháng của người dân thành thị đạt 4,52 triệu đồng, gấp gần 1,9 lần "
            "khu vực nông thôn (2,41 triệu đồng).",
            date(2022, 7, 14),
            ["4,52 triệu đồng", "2,41 triệu đồng"],
        ),
        (
            "Năm 2016, toàn tỉnh có 350 doanh nghiệp thành lập mới, phần lớn hoạt động trong lĩnh vực thương mại, "
            "dịch vụ, vận tải hàng hóa qua cửa khẩu (chiếm khoảng 68%).",
            date(2016, 12, 22),
            ["68%"],
        ),
        (
            # (a plan's whole, its parts in brackets, then the central plan: never the part's)
            "Dự toán năm 2024 HĐND tỉnh giao là 8.560 tỷ đồng (thu nội địa 3.560 tỷ đồng, thu từ hoạt động xuất "
            "nhập khẩu 5.000 tỷ đồng), cao hơn mức Trung ương giao 7.610 tỷ đồng.",
            date(2024, 11, 19),
            ["7.610 tỷ đồng"],
        ),
        (
            "Các địa phương lân cận cũng bị ảnh hưởng nặng: tỉnh Bắc Giang phải tạm dừng hoạt động 4 khu công "
            "nghiệp trong đợt dịch tháng 5, dù vậy 6 tháng vẫn thu hút được trên 640 triệu USD vốn FDI.",
            date(2021, 7, 8),
            ["640 triệu USD"],
        ),
    ],
)
def test_what_round_cc_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_passenger_kilometres_are_no_visitors():
    text = "Vận chuyển hành khách 10 tháng ước đạt 3.462 nghìn lượt khách, luân chuyển 248,6 triệu lượt khách.km."
    assert read_with_status(text, date(2017, 10, 27)) == []


def test_ours_named_after_the_value_turns_back_from_the_nation():
    text = (
        "Họp báo 6 tháng\n\nGDP cả nước 6 tháng tăng 6,76%, vậy mục tiêu tăng trưởng 8,5% năm 2019 của Lạng Sơn "
        "có khả thi không?"
    )
    assert read_with_status(text, date(2019, 7, 10)) == [("grdp_growth", 8.5, "2019", "target")]


def test_a_name_in_brackets_is_still_the_subject():
    text = (
        "Tổng sản phẩm trên địa bàn (GRDP) quý I/2026 ước tăng 8,62% so với cùng kỳ, xếp thứ 9/34 tỉnh, thành phố "
        "cả nước và thứ 2/9 tỉnh vùng trung du và miền núi phía Bắc."
    )
    assert read_with_status(text, date(2026, 4, 10)) == [
        ("grdp_growth", 8.62, "Q1/2026", "estimate"),
        ("grdp_growth_rank", 9, "Q1/2026", "estimate"),
        ("grdp_growth_rank_region", 2, "Q1/2026", "estimate"),
    ]


# The review of round CC's rules (a helper read the change, 3 December 2026) and round DD (batches MQ-MV):
# what the first rules over-reached on, read right now; a value the text says was wrong; what the communes
# manage; the new projects' capital beside the whole with capital added.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2024, dù nhiều doanh nghiệp phải có thêm thời gian hoàn thiện thủ tục, kim ngạch xuất nhập khẩu "
            "qua địa bàn vẫn đạt 5 tỷ USD.",
            date(2024, 10, 20),
            [("trade_turnover", 5, "2024", "estimate")],
        ),
        (
            "6 tháng đầu năm 2024, dù tỉnh phải thực hiện nhiều biện pháp khó khăn, thu ngân sách vẫn đạt 3.000 tỷ "
            "đồng.",
            date(2024, 10, 20),
            [("budget_revenue", 3000, "H1/2024", "actual")],
        ),
        (
            "Năm 2024, trên cơ sở ưu tiên đầu tư vào các lĩnh vực thương mại, dịch vụ, du lịch, khu vực dịch vụ "
            "chiếm 48,5%, khu vực công nghiệp - xây dựng chiếm 22,1%.",
            date(2024, 12, 20),
            [
                ("grdp_share_services", 48.5, "2024", "estimate"),
                ("grdp_share_industry_construction", 22.1, "2024", "estimate"),
            ],
        ),
        (
            "Huyện Tràng Định bị thiệt hại nặng nề do bão số 3. Thu ngân sách 9 tháng đạt 3.000 tỷ đồng.",
            date(2024, 10, 20),
            [("budget_revenue", 3000, "01–09/2024", "actual")],
        ),
        (
            "Trong bối cảnh GDP cả nước 9 tháng ước tăng 6,82%, tăng trưởng GRDP 9 tháng đạt 7,2%, đứng thứ 20/63.",
            date(2024, 10, 20),
            [("grdp_growth", 7.2, "01–09/2024", "actual"), ("grdp_growth_rank", 20, "01–09/2024", "actual")],
        ),
        (
            "Kế hoạch 5 năm 2021 - 2025 đặt mục tiêu tăng trưởng GRDP bình quân từ 8%/năm trở lên.",
            date(2021, 12, 10),
            [("grdp_growth", 8, "2021–2025", "target")],
        ),
        (
            'Tổng kim ngạch qua địa bàn tỉnh 8 tháng đạt 2,9 tỷ USD. "Với tình hình thông quan như hiện nay, '
            "chúng tôi dự báo cả năm chỉ đạt khoảng 4,2 tỷ USD.",
            date(2021, 9, 15),
            [("trade_turnover", 2.9, "01–08/2021", "actual"), ("trade_turnover", 4.2, "2021", "forecast")],
        ),
        (
            "Tại Báo cáo số 390/BC-UBND, GRDP bình quân đầu người năm 2018 ghi là 4,06 triệu đồng do lỗi đánh "
            "máy; nay đính chính lại là 40,6 triệu đồng.",
            date(2018, 12, 7),
            [("grdp_per_capita", 40.6, "2018", "estimate")],
        ),
        (
            "Số xã đạt chuẩn nông thôn mới tăng từ 69 xã cuối năm 2019 lên 84 xã cuối năm 2020.",
            date(2021, 1, 15),
            [
                ("new_rural_communes", 69, "31/12/2019", "actual"),
                ("new_rural_communes", 84, "31/12/2020", "actual"),
            ],
        ),
        (
            "Đối với đầu tư trực tiếp nước ngoài, từ đầu năm tỉnh cấp mới 1 dự án với vốn đăng ký 3,2 triệu USD và "
            "điều chỉnh tăng vốn cho 2 dự án với số vốn tăng thêm 5,4 triệu USD; như vậy tổng vốn FDI đăng ký cấp "
            "mới và tăng thêm 9 tháng đạt 8,6 triệu USD.",
            date(2018, 10, 11),
            [("fdi_registered", 8.6, "01–09/2018", "actual")],
        ),
    ],
)
def test_what_the_review_and_round_dd_showed_reads_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng năm 2024 ước đạt 20.000 tỷ đồng. Về "
            "giá trị sản xuất công nghiệp, Sở Công Thương dự báo cả năm đạt 25.000 tỷ đồng.",
            date(2024, 11, 20),
            ["25.000 tỷ đồng"],
        ),
        (
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng năm 2024 ước đạt 20.000 tỷ đồng. Nếu "
            "giá trị sản xuất công nghiệp giữ được đà tăng như hiện nay, cả năm có thể đạt 25.000 tỷ đồng.",
            date(2024, 11, 20),
            ["25.000 tỷ đồng"],
        ),
        (
            "Tỷ lệ hộ nghèo toàn tỉnh cuối năm 2019 ước còn 9,21%; tuy vậy ở nhiều xã biên giới của các huyện Tràng "
            "Định, Đình Lập, tỷ lệ này vẫn trên 20%.",
            date(2019, 12, 20),
            ["20%"],
        ),
        (
            "Một số trang tin trước đó đưa PGI năm 2025 của tỉnh là 21,14 điểm, thay vì 24,12 điểm, do nhầm lẫn khi "
            "nhập số liệu.",
            date(2026, 7, 10),
            ["21,14 điểm"],
        ),
        (
            "Theo Tổng cục Thống kê, GDP quý I/2022 ước tăng 5,03% so với cùng kỳ năm trước, cao hơn mức tăng 4,72% "
            "của quý I/2021.",
            date(2022, 4, 7),
            ["5,03%", "4,72%"],
        ),
        (
            "9 tháng năm 2026, số thu do cấp xã quản lý đạt 2.386,9 tỷ đồng, bằng 81,7% dự toán giao cho các xã, "
            "phường.",
            date(2026, 10, 15),
            ["2.386,9 tỷ đồng"],
        ),
    ],
)
def test_what_the_review_and_round_dd_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


# Before round EE (3 December 2026, evening): a relative clause after a value naming who set or reckoned it
# ("mà Nghị quyết đề ra", "mà Cục Thống kê ước tính"), the level a monthly income is measured against, the whole
# whose part is named right after it, what a council resolves.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Tăng trưởng GRDP của tỉnh năm 2024 đạt 7,2%, thấp hơn mức 8% mà Nghị quyết HĐND tỉnh đề ra.",
            date(2025, 1, 20),
            [("grdp_growth", 7.2, "2024", "actual"), ("grdp_growth", 8, "2024", "target")],
        ),
        (
            "Thu ngân sách năm 2024 đạt 12.000 tỷ đồng, cao hơn mức 11.000 tỷ đồng mà Sở Tài chính dự kiến hồi "
            "đầu năm.",
            date(2025, 1, 20),
            [("budget_revenue", 12000, "2024", "actual"), ("budget_revenue", 11000, "2024", "forecast")],
        ),
        (
            "Thu nhập bình quân đầu người của tỉnh năm 2024 đạt 2,9 triệu đồng/tháng, thấp hơn mức 2,95 triệu "
            "đồng mà Cục Thống kê ước tính hồi tháng 6.",
            date(2025, 1, 20),
            [
                ("income_per_capita_monthly", 2.9, "2024", "actual"),
                ("income_per_capita_monthly", 2.95, "2024", "estimate"),
            ],
        ),
        (
            "Dự toán thu ngân sách nhà nước năm 2024 đã được thông qua. Dự toán năm 2024 HĐND tỉnh giao là 8.560 "
            "tỷ đồng (trong đó thu nội địa 3.760 tỷ đồng).",
            date(2024, 10, 15),
            [("budget_revenue", 8560, "2024", "target"), ("budget_revenue_domestic", 3760, "2024", "target")],
        ),
        (
            "Tại kỳ họp cuối năm, HĐND tỉnh đã quyết nghị năm 2017 tốc độ tăng trưởng GRDP của tỉnh đạt 8% trở "
            "lên.",
            date(2016, 12, 20),
            [("grdp_growth", 8, "2017", "target")],
        ),
    ],
)
def test_whose_value_and_a_parts_whole_read_right(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


# Round EE (batches MW-MZ, LA, LB; 3 December 2026): a rank after a plan a result was measured against is the
# result's; a plan's amount in brackets after its name; "trong tháng" after a month a clause opens on; a
# requirement of part of a year is of a year not yet over; a roadmap table up to a year; five years summed up
# after a term; a quarter compared with, in brackets; the span a superlative ranges over is no period.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Tốc độ tăng GRDP năm 2024 ước đạt 6,01%, thấp hơn mục tiêu 7,5% mà Nghị quyết HĐND tỉnh đề ra, xếp "
            "thứ 10/14 tỉnh vùng Trung du và miền núi phía Bắc.",
            date(2024, 12, 27),
            [
                ("grdp_growth", 6.01, "2024", "estimate"),
                ("grdp_growth", 7.5, "2024", "target"),
                ("grdp_growth_rank_region", 10, "2024", "estimate"),
            ],
        ),
        (
            "GRDP quý I/2024 ước tăng 4,08%, thấp hơn kịch bản tăng trưởng quý I đã đề ra là 5,2% và xếp thứ "
            "11/14 tỉnh trong vùng.",
            date(2024, 3, 29),
            [
                ("grdp_growth", 4.08, "Q1/2024", "estimate"),
                ("grdp_growth", 5.2, "Q1/2024", "target"),
                ("grdp_growth_rank_region", 11, "Q1/2024", "estimate"),
            ],
        ),
        (
            "GRDP năm 2025 ước tăng 8,06%, vượt mục tiêu đề ra, đứng thứ 3/9 tỉnh trong vùng.",
            date(2026, 1, 6),
            [("grdp_growth", 8.06, "2025", "estimate"), ("grdp_growth_rank_region", 3, "2025", "estimate")],
        ),
        (
            "Lũy kế 7 tháng năm 2026, số thu từ hoạt động xuất nhập khẩu đạt 8.942,6 tỷ đồng, bằng 57,7% mức phấn "
            "đấu của tỉnh (15.500 tỷ đồng).",
            date(2026, 8, 6),
            [
                ("budget_revenue_trade", 8942.6, "01–07/2026", "actual"),
                ("budget_revenue_trade", 15500, "2026", "target"),
            ],
        ),
        (
            "Được hỏi về khả năng hoàn thành dự toán thu từ hoạt động xuất nhập khẩu (2.780 tỷ đồng), lãnh đạo "
            "Cục Hải quan tỉnh cho rằng số thu cả năm 2021 có thể đạt khoảng 3.000 tỷ đồng.",
            date(2021, 10, 14),
            [
                ("budget_revenue_trade", 2780, "2021", "target"),
                ("budget_revenue_trade", 3000, "2021", "forecast"),
            ],
        ),
        (
            "Kinh tế cửa khẩu đầu năm\n\nSang năm mới, tháng 1/2023 kim ngạch qua địa bàn đạt 1.784,6 triệu USD, giảm 31,2% so với tháng "
            "1/2022; thu ngân sách từ hoạt động xuất nhập khẩu trong tháng đạt 318,4 tỷ đồng.",
            date(2023, 2, 16),
            [
                ("trade_turnover", 1.7846, "01/2023", "actual"),
                ("budget_revenue_trade", 318.4, "01/2023", "actual"),
            ],
        ),
        (
            "Thông quan sau Tết\n\nTính chung tháng 1/2019, kim ngạch xuất nhập khẩu qua địa bàn đạt 386,4 triệu USD. Ngược lại, thu "
            "ngân sách từ hoạt động xuất nhập khẩu trong tháng chỉ đạt 352,8 tỷ đồng.",
            date(2019, 2, 14),
            [
                ("trade_turnover", 0.3864, "01/2019", "actual"),
                ("budget_revenue_trade", 352.8, "01/2019", "actual"),
            ],
        ),
        (
            "Số liệu sơ bộ GRDP năm 2022 của tỉnh vừa được công bố. Theo Sở Kế hoạch và Đầu tư, để đạt mục tiêu "
            "tăng 7,5% cả năm, 6 tháng cuối năm kinh tế tỉnh phải tăng khoảng 10,4%.",
            date(2023, 7, 25),
            [("grdp_growth", 7.5, "2023", "target"), ("grdp_growth", 10.4, "H2/2023", "target")],
        ),
        (
            "Riêng quý II/2020 GRDP ước tăng 2,03%, nhích lên so với quý I (tăng 0,98%).",
            date(2020, 7, 9),
            [("grdp_growth", 2.03, "Q2/2020", "estimate"), ("grdp_growth", 0.98, "Q1/2020", "actual")],
        ),
        (
            "Năm 2025, tăng trưởng GRDP của tỉnh ước đạt 8,12%, mức cao nhất của giai đoạn 2021 - 2025, xếp thứ "
            "4/9 tỉnh trong vùng; tính chung 5 năm, GRDP ước tăng bình quân khoảng 7,1%/năm.",
            date(2026, 1, 20),
            [
                ("grdp_growth", 8.12, "2025", "estimate"),
                ("grdp_growth_rank_region", 4, "2025", "estimate"),
                ("grdp_growth", 7.1, "2021–2025", "estimate"),
            ],
        ),
        (
            "Dịp Tết Giáp Thìn, trong 7 ngày nghỉ (từ ngày 8/2 đến 14/2), các điểm du lịch trên địa bàn tỉnh đón "
            "khoảng 196.000 lượt khách, tăng khoảng 12% so với kỳ nghỉ Tết năm trước. Tính chung quý I, lượng khách du lịch ước đạt 1,12 triệu lượt.",
            date(2024, 4, 10),
            [("tourists", 1120000, "Q1/2024", "estimate")],
        ),
    ],
)
def test_what_round_ee_showed_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


def test_a_roadmap_table_up_to_a_year_is_the_plans():
    text = (
        "Kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ tỉnh\n\n"
        "II. MỤC TIÊU, CHỈ TIÊU ĐẾN NĂM 2030\n\n"
        "2. Lộ trình thực hiện một số chỉ tiêu chủ yếu:\n\n"
        "Chỉ tiêu | Đơn vị | Năm 2026 | Năm 2028 | Năm 2030\n"
        "Thu ngân sách nhà nước trên địa bàn | Tỷ đồng | 16.200 | 20.000 | 25.000"
    )
    assert read_with_status(text, date(2026, 1, 20)) == [
        ("budget_revenue", 16200, "2026", "target"),
        ("budget_revenue", 20000, "2028", "target"),
        ("budget_revenue", 25000, "2030", "target"),
    ]


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (
            "Tính chung bốn năm 2016 - 2019, kinh tế tỉnh tăng bình quân khoảng 7%/năm, trong khi GRDP bình quân "
            "đầu người tăng bình quân hơn 8%/năm nhờ dân số tăng chậm.",
            date(2020, 1, 14),
            ["8%"],
        ),
        (
            "Năm 2016, GRDP của tỉnh ước chỉ tăng 7,06%. GRDP bình quân đầu người ước đạt 33,4 triệu đồng, đứng thứ "
            "hai trong bốn tỉnh biên giới phía Bắc.",
            date(2017, 1, 12),
            ["đứng thứ hai"],
        ),
        (
            "Chín tháng năm 2024, doanh nghiệp của tỉnh vẫn chủ yếu làm dịch vụ, kim ngạch chỉ bằng 2,2% tổng kim "
            "ngạch qua địa bàn.",
            date(2024, 10, 7),
            ["2,2%"],
        ),
    ],
)
def test_what_round_ee_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_one_of_two_parts_whose_whole_the_next_sentence_opens_on_is_held():
    text = (
        "Từ đầu năm đến ngày 30/9/2026, tỉnh đã cấp mới 7 dự án có vốn đầu tư trực tiếp nước ngoài với tổng vốn "
        "238,4 triệu USD và điều chỉnh tăng vốn cho 4 lượt dự án với số vốn tăng thêm 46,1 triệu USD. Tổng vốn FDI "
        "cấp mới và tăng thêm đạt 284,5 triệu USD."
    )
    assert read_with_status(text, date(2026, 10, 5)) == [("fdi_registered", 284.5, "01–09/2026", "actual")]
    assert_held(text, date(2026, 10, 5), ["238,4 triệu USD"])


# The review of round EE's rules (a helper read the change, 3 December 2026): what the first rules over-reached
# on, read as before. A cause after "do"/"mà" is no setter; a roadmap or a council's vote on a report sets no
# plan; a clause of purpose keeps its plan; a January review looks back; a plan for the next term is no closed
# term; a year nearly over is no plan's; a rank that names its measure; a local budget is no budget revenue.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Năm 2023, thu ngân sách nhà nước trên địa bàn ước đạt 9.000 tỷ đồng do tỉnh triển khai quyết liệt các "
            "giải pháp đã đề ra.",
            date(2023, 12, 15),
            [("budget_revenue", 9000, "2023", "estimate")],
        ),
        (
            "Năm 2023, kim ngạch xuất nhập khẩu qua địa bàn ước đạt 4,5 tỷ USD mà phần lớn là hàng nông sản giao "
            "dịch qua cửa khẩu.",
            date(2023, 12, 15),
            [("trade_turnover", 4.5, "2023", "estimate")],
        ),
        (
            "Thực hiện lộ trình cắt giảm thủ tục hành chính, năm 2023 thu ngân sách nhà nước trên địa bàn đạt 9.100 "
            "tỷ đồng.",
            date(2023, 12, 15),
            [("budget_revenue", 9100, "2023", "estimate")],
        ),
        (
            "Sau khi thảo luận, HĐND tỉnh quyết nghị thông qua báo cáo, theo đó kim ngạch xuất nhập khẩu năm 2023 "
            "đạt 4,6 tỷ USD.",
            date(2023, 12, 15),
            [("trade_turnover", 4.6, "2023", "estimate")],
        ),
        (
            "Để đạt mục tiêu đề ra, năm 2024 tăng trưởng kinh tế tỉnh khoảng 8%.",
            date(2023, 12, 15),
            [("grdp_growth", 8, "2024", "target")],
        ),
        (
            "Báo cáo tình hình kinh tế - xã hội năm 2023\n\nNăm 2023, tỉnh đặt mục tiêu tăng trưởng 7%. Để đạt mục "
            "tiêu, 6 tháng cuối năm kinh tế tỉnh phải tăng khoảng 9,5%. Tuy nhiên, cả năm tăng trưởng chỉ đạt 6,01%.",
            date(2024, 1, 25),
            [("grdp_growth", 7, "2023", "target"), ("grdp_growth", 6.01, "2023", "actual")],
        ),
        (
            "Nghị quyết về kế hoạch 5 năm 2026 - 2030\n\nTính chung 5 năm, phấn đấu thu ngân sách đạt 60.000 tỷ "
            "đồng.",
            date(2026, 1, 20),
            [("budget_revenue", 60000, "2026–2030", "target")],
        ),
        (
            "Năm 2023, quy mô nền kinh tế đạt 50.500 tỷ đồng, xếp thứ 9/14 tỉnh trong vùng về tốc độ tăng trưởng "
            "kinh tế.",
            date(2023, 12, 15),
            [("grdp", 50500, "2023", "estimate"), ("grdp_growth_rank_region", 9, "2023", "estimate")],
        ),
        (
            "Tình hình kinh tế - xã hội tháng 10 năm 2023\n\nKim ngạch xuất nhập khẩu ước đạt 450 triệu USD; cùng "
            "kỳ năm trước, tháng 10/2022 chỉ đạt 300 triệu USD; thu ngân sách trong tháng đạt 700 tỷ đồng.",
            date(2023, 10, 28),
            [("budget_revenue", 700, "10/2023", "estimate")],
        ),
    ],
)
def test_what_the_review_of_round_ee_found_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


def test_a_year_nearly_over_in_a_plan_table_up_to_a_year_is_an_estimate():
    text = (
        "Kế hoạch phát triển kinh tế - xã hội\n\nII. MỤC TIÊU, CHỈ TIÊU ĐẾN NĂM 2030\n\n"
        "Chỉ tiêu | Năm 2025 | Năm 2030\n"
        "Thu ngân sách nhà nước trên địa bàn (tỷ đồng) | 15.000 | 25.000"
    )
    assert read_with_status(text, date(2025, 10, 20)) == [
        ("budget_revenue", 15000, "2025", "estimate"),
        ("budget_revenue", 25000, "2030", "target"),
    ]


def test_a_local_budget_with_its_part_named_after_is_no_budget_revenue():
    text = (
        "Tổng thu ngân sách địa phương năm 2023 ước đạt 16.500 tỷ đồng, trong đó thu nội địa 3.400 tỷ đồng."
    )
    assert_held(text, date(2023, 12, 15), ["16.500 tỷ đồng"])


# Round FF (batches LC-LH, 3 December 2026): a component's move and where it ended; the best score of all
# provinces; the customs office's own release, told by its title or its lead's opening, and "của Cục" in a text
# on that office alone; a plan's name far before its bracketed amount; a rank after a plan set "do HĐND".
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Hải quan Lạng Sơn tổng kết năm 2022\n\nSố thu ngân sách năm 2022 đạt 4.438,6 tỷ đồng, bằng 88,8% dự "
            "toán Bộ Tài chính giao (5.000 tỷ đồng).",
            date(2023, 1, 12),
            [
                ("budget_revenue_trade", 4438.6, "2022", "actual"),
                ("budget_revenue_trade", 5000, "2022", "target"),
            ],
        ),
        (
            "Số liệu chính thức 6 tháng 2018\n\nCục Hải quan Lạng Sơn vừa công bố số liệu chính thức về xuất nhập "
            "khẩu và thu ngân sách 6 tháng đầu năm 2018.\n\nSố thu ngân sách 6 tháng đạt 2.046,7 tỷ đồng.",
            date(2018, 7, 10),
            [("budget_revenue_trade", 2046.7, "H1/2018", "actual")],
        ),
        (
            "Quý I/2020: số thu hụt mạnh\n\nTheo Cục Hải quan Lạng Sơn, kim ngạch quý I/2020 giảm mạnh.\n\nSố thu "
            "ngân sách quý I của Cục đạt 786,3 tỷ đồng.",
            date(2020, 4, 8),
            [("budget_revenue_trade", 786.3, "Q1/2020", "actual")],
        ),
        (
            "Năm 2023, thu ngân sách trên địa bàn ước đạt 9.200 tỷ đồng, bằng 101,2% dự toán Hội đồng nhân dân tỉnh "
            "đã điều chỉnh tại kỳ họp giữa năm (8.100 tỷ đồng).",
            date(2023, 11, 24),
            [("budget_revenue", 9200, "2023", "estimate"), ("budget_revenue", 8100, "2023", "target")],
        ),
        (
            "GRDP năm 2024 ước tăng 6,01%, thấp hơn kịch bản 7,5% do HĐND tỉnh đề ra và đứng thứ 11/14 tỉnh trong "
            "vùng.",
            date(2025, 1, 6),
            [("grdp_growth_rank_region", 11, "2024", "estimate")],
        ),
    ],
)
def test_what_round_ff_showed_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (
            "Năm 2016, PCI của Lạng Sơn đạt 55,2 điểm. Cải thiện rõ nhất là Chi phí không chính thức, tăng 0,82 "
            "điểm lên 5,46 điểm.",
            date(2017, 3, 30),
            ["5,46 điểm"],
        ),
        (
            "PAPI 2024 của tỉnh đạt 43,1 điểm; Kiểm soát tham nhũng trong khu vực công giảm 0,12 điểm, còn 6,91 "
            "điểm.",
            date(2025, 4, 24),
            ["6,91 điểm"],
        ),
        (
            "PGI 2022 lần đầu được công bố. Với 19,86 điểm, Lạng Sơn xếp thứ 40/63; điểm cao nhất trên bảng xếp hạng "
            "PGI là 25,31 điểm.",
            date(2023, 4, 12),
            ["25,31 điểm"],
        ),
        (
            "Lạng Sơn thứ 9/34 về chuyển đổi số\n\nVới PII 2025, Lạng Sơn đạt 34,12 điểm, xếp thứ 26/34. Năm 2024, khi còn xếp hạng trên 63 tỉnh, thành "
            "phố, tỉnh đứng thứ 44 với 30,85 điểm.",
            date(2025, 10, 23),
            ["đứng thứ 44", "30,85 điểm"],
        ),
        (
            "PCI 2016 của tỉnh xếp thứ 59/63. Như vậy, sau hai năm liền đứng từ vị trí thứ 60 trở xuống, năm 2016 "
            "tỉnh đã nhích lên.",
            date(2017, 3, 30),
            ["vị trí thứ 60"],
        ),
        (
            "Số thu 7 tháng của Cục Hải quan Lạng Sơn được điều chỉnh còn 2.247,5 tỷ đồng (báo cáo tháng 7 nêu "
            "2.251,2 tỷ đồng) do một số tờ khai bị hủy.",
            date(2017, 9, 5),
            ["2.251,2 tỷ đồng"],
        ),
        (
            "Năm 2026, tỉnh phấn đấu đón 4,8 triệu lượt khách. Phần còn lại của kế hoạch – khoảng 2,84 triệu lượt "
            "khách – dồn vào tám tháng cuối năm.",
            date(2026, 5, 4),
            ["2,84 triệu lượt khách"],
        ),
        (
            "Xét theo 8 lĩnh vực, PAR Index 2024 của tỉnh đạt tỷ lệ cao nhất ở Cải cách thể chế (94,1% số điểm tối "
            "đa) và thấp nhất ở Xây dựng và phát triển chính quyền điện tử, chính quyền số (81,3%).",
            date(2025, 4, 24),
            ["81,3%"],
        ),
    ],
)
def test_what_round_ff_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_a_joint_release_is_no_customs_release():
    text = (
        "Thu ngân sách 9 tháng đạt hơn 5.100 tỷ đồng\n\nSáng 14/10, Sở Tài chính tỉnh phối hợp với Cục Thuế và Cục "
        "Hải quan tỉnh tổ chức họp báo.\n\nTổng thu ngân sách nhà nước trên địa bàn 9 tháng ước đạt 5.126,4 tỷ "
        "đồng. Riêng quý III, số thu ước đạt 1.498,2 tỷ đồng."
    )
    assert ("budget_revenue", 1498.2, "Q3/2021", "estimate") in read_with_status(text, date(2021, 10, 14))


# The review of round FF's rules: the statistics office's "của Cục Thống kê", an article on the economy whose lead
# opens on the customs office, our own best score in the region, a year's high, a sentence in passing on PII, an
# index's move through a component's words, a part named after a result, an estimate in brackets.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Kinh tế Lạng Sơn năm 2022 phục hồi\n\nTheo báo cáo của Cục Thống kê tỉnh, số thu ngân sách nhà nước năm "
            "2022 đạt 6.812 tỷ đồng.\n\nCục Hải quan Lạng Sơn cho biết kim ngạch tăng.",
            date(2023, 1, 5),
            [("budget_revenue", 6812, "2022", "actual")],
        ),
        (
            "Lạng Sơn: kinh tế cửa khẩu khởi sắc\n\nCục Hải quan Lạng Sơn vừa có báo cáo về hoạt động xuất nhập khẩu "
            "năm 2022 của tỉnh, cho thấy nhiều chuyển biến tích cực sau dịch.\n\nKinh tế Lạng Sơn phục hồi mạnh: GRDP "
            "tăng 7,1%, số thu ngân sách nhà nước năm 2022 đạt 6.812 tỷ đồng.",
            date(2023, 1, 5),
            [("budget_revenue", 6812, "2022", "actual")],
        ),
        (
            "Chỉ số PCI năm 2023 của Lạng Sơn có điểm số cao nhất trong các tỉnh miền núi phía Bắc là 68,2 điểm, xếp "
            "thứ 12/63.",
            date(2024, 4, 20),
            [("pci_score", 68.2, "2023", "actual")],
        ),
        (
            "Giai đoạn 2019 - 2023, chỉ số PCI của Lạng Sơn đạt mức cao nhất là năm 2023 (66,1 điểm), thấp nhất là "
            "năm 2020 (60,5 điểm).",
            date(2024, 4, 20),
            [("pci_score", 66.1, "2023", "actual"), ("pci_score", 60.5, "2020", "actual")],
        ),
        (
            "Lạng Sơn tăng 8 bậc chỉ số PCI năm 2023\n\nTheo VCCI, năm 2023 Lạng Sơn tăng 8 bậc. Cùng với PII, đây là "
            "chỉ số được tỉnh quan tâm cải thiện. Năm 2023, tỉnh đạt 66,1 điểm, xếp thứ 32/63.",
            date(2024, 4, 20),
            [("pci_rank", 32, "2023", "actual")],
        ),
        (
            "Năm 2023, PCI của Lạng Sơn nhờ những chuyển biến trong hỗ trợ doanh nghiệp tăng 1,53 điểm lên 66,1 "
            "điểm.",
            date(2024, 4, 20),
            [("pci_score", 66.1, "2023", "actual")],
        ),
        (
            "Năm 2022, tổng thu ngân sách trên địa bàn đạt 6.812 tỷ đồng, vượt dự toán, trong đó số thu từ hoạt động "
            "xuất nhập khẩu (3.500 tỷ đồng) chiếm hơn 51% tổng thu.",
            date(2023, 1, 5),
            [("budget_revenue_trade", 3500, "2022", "actual")],
        ),
    ],
)
def test_what_the_review_of_round_ff_found_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


# The customs' take in the province, said the customs' way: "số thu trên địa bàn (tỉnh) Lạng Sơn" in a text on the
# regional branch (which serves two provinces) or the department, and the office as the subject of its clause with
# its take a few words on -- never the province's whole budget revenue.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Chi cục Hải quan khu vực VI sơ kết quý I\n\nSáng 8/4, Chi cục Hải quan khu vực VI tổ chức hội nghị. Quý "
            "I, tổng số thu của Chi cục trên hai địa bàn Lạng Sơn và Cao Bằng đạt 4.400 tỷ đồng. Trong đó, số thu trên "
            "địa bàn tỉnh Lạng Sơn đạt 4.105,2 tỷ đồng, tăng 31% so với cùng kỳ.",
            date(2026, 4, 8),
            [("budget_revenue_trade", 4105.2, "Q1/2026", "actual")],
        ),
        (
            "Hải quan khu vực VI: thu ngân sách tháng 5 vượt nghìn tỷ\n\nChi cục Hải quan khu vực VI cho biết hoạt "
            "động thông quan tiếp tục sôi động. Riêng tháng 5/2026, số thu tại Lạng Sơn đạt 1.104,6 tỷ đồng.",
            date(2026, 6, 10),
            [("budget_revenue_trade", 1104.6, "05/2026", "actual")],
        ),
        (
            "Năm 2023, Cục Hải quan Lạng Sơn được Bộ Tài chính giao chỉ tiêu thu ngân sách 5.300 tỷ đồng.",
            date(2023, 1, 10),
            [("budget_revenue_trade", 5300, "2023", "target")],
        ),
        (
            "Cục Hải quan Lạng Sơn đặt mục tiêu đến hết quý I thu ngân sách đạt 1.200 tỷ đồng.",
            date(2019, 1, 10),
            [("budget_revenue_trade", 1200, "Q1/2019", "target")],
        ),
        (
            "Cục Hải quan Lạng Sơn dự báo số thu cả năm 2018 đạt khoảng 4.600 tỷ đồng.",
            date(2018, 12, 10),
            [("budget_revenue_trade", 4600, "2018", "forecast")],
        ),
        # (the province's whole: another collector's words, or the customs telling the province's whole)
        (
            "Theo Sở Tài chính, số thu trên địa bàn tỉnh 6 tháng đạt 6.800 tỷ đồng, bằng 55% dự toán.",
            date(2026, 7, 12),
            [("budget_revenue", 6800, "H1/2026", "actual")],
        ),
        (
            "Cục Hải quan Lạng Sơn cho biết tổng thu ngân sách nhà nước trên địa bàn tỉnh năm 2016 đạt 6.000 tỷ "
            "đồng.",
            date(2017, 1, 10),
            [("budget_revenue", 6000, "2016", "actual")],
        ),
        (
            "Kinh tế Lạng Sơn 6 tháng\n\nTheo UBND tỉnh, tổng thu ngân sách nhà nước trên địa bàn 6 tháng đạt 7.200 "
            "tỷ đồng; trong đó số thu trên địa bàn do Chi cục Hải quan khu vực VI thực hiện chiếm phần lớn.",
            date(2026, 7, 12),
            [("budget_revenue", 7200, "H1/2026", "actual")],
        ),
    ],
)
def test_the_customs_take_in_the_province_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


# A lead that says what the body under it says -- rounded, or with the body's "ước" dropped -- is the body's
# figure, told once; a plan in the lead is no forecast of the same size under it.
@pytest.mark.parametrize(
    "text, doc_date, expected, absent",
    [
        (
            "Lạng Sơn: thu ngân sách năm 2024 lập kỷ lục\n10/01/2025 08:00\n\n(Báo Đầu tư) - Khép lại năm 2024, "
            "tỉnh biên giới Lạng Sơn có số thu ngân sách nhà nước hơn 10.300 tỷ đồng, lần đầu vượt mốc 10.000 tỷ "
            "đồng trong lịch sử.\n\nTheo Sở Tài chính, tổng thu ngân sách nhà nước trên địa bàn năm 2024 đạt "
            "10.345 tỷ đồng, tăng 29,4% so với năm 2023.",
            date(2025, 1, 10),
            [("budget_revenue", 10345, "2024", "actual")],
            [("budget_revenue", 10300, "2024", "actual")],
        ),
        (
            "Kinh tế Lạng Sơn quý III\n05/10/2025 08:00\n\n(Dân trí) - Quý III, kinh tế Lạng Sơn tăng 7,64%, mức "
            "cao nhất cùng kỳ trong 5 năm, theo số liệu của Thống kê tỉnh công bố sáng nay.\n\nTổng sản phẩm "
            "trên địa bàn 9 tháng ước tăng 7,12%, trong đó quý III ước tăng 7,64%.",
            date(2025, 10, 5),
            [("grdp_growth", 7.64, "Q3/2025", "estimate")],
            [("grdp_growth", 7.64, "Q3/2025", "actual")],
        ),
        (
            "Xuất nhập khẩu qua Lạng Sơn 9 tháng\n05/10/2016 08:00\n\nNăm 2016, tỉnh đặt mục tiêu kim ngạch xuất "
            "nhập khẩu qua địa bàn đạt 4,3 tỷ USD, tăng 10% so với năm trước theo kế hoạch.\n\nVới đà hiện nay, "
            "Cục Hải quan dự báo cả năm kim ngạch qua địa bàn tỉnh đạt khoảng 4,3 tỷ USD.",
            date(2016, 10, 5),
            [("trade_turnover", 4.3, "2016", "target"), ("trade_turnover", 4.3, "2016", "forecast")],
            [],
        ),
    ],
)
def test_a_lead_restating_the_body_is_the_bodys_figure(text, doc_date, expected, absent):
    got = read_with_status(text, doc_date)
    assert_read_among(text, doc_date, expected)
    for figure in approx_values(absent):
        assert figure not in got, got


# Round GG: an index component's move by other verbs and after "trong khi"/"ngược lại"; a score gap "so với";
# a list that goes on to other shares; a place's list of figures past a semicolon; a share of a district's
# production; the region's provinces; the enterprises based in the province; a title naming the customs' take.
@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (
            "PCI năm 2017 của tỉnh đạt 59,1 điểm. Gia nhập thị trường cải thiện nhiều nhất, từ 6,02 lên 6,88 điểm; "
            "Đào tạo lao động tăng 0,35 điểm, đạt 5,71 điểm.",
            date(2018, 3, 30),
            ["6,88 điểm", "5,71 điểm"],
        ),
        (
            "PAPI năm 2023 của tỉnh đạt 41,8 điểm. Thủ tục hành chính công tăng mạnh nhất, thêm 0,31 điểm lên 7,12 "
            "điểm, trong khi Quản trị môi trường giảm 0,2 điểm, còn 3,05 điểm.",
            date(2024, 4, 20),
            ["0,31 điểm", "7,12 điểm", "3,05 điểm"],
        ),
        (
            "PCI 2019 của tỉnh đạt 62,4 điểm. Ngược lại, Chi phí không chính thức mất 0,6 điểm, chỉ còn 5,8 điểm.",
            date(2020, 5, 10),
            ["5,8 điểm"],
        ),
        (
            "PCI 2019 của Lạng Sơn đạt 62,4 điểm, nhưng vẫn kém khoảng 2 điểm so với điểm trung vị cả nước.",
            date(2020, 5, 10),
            ["2 điểm"],
        ),
        (
            "Đại hội đặt mục tiêu đến năm 2030 tỷ lệ hộ nghèo còn dưới 2%, ít nhất 70% số xã đạt chuẩn nông thôn "
            "mới, tỷ lệ che phủ rừng đạt 64%.",
            date(2025, 10, 20),
            ["70%", "64%"],
        ),
        (
            "Theo số liệu các sở Văn hóa, Thể thao và Du lịch, Lào Cai năm 2022 ước đón 5,2 triệu lượt khách, tăng "
            "30%; tổng thu từ du lịch khoảng 17.000 tỷ đồng.",
            date(2022, 12, 28),
            ["17.000 tỷ đồng"],
        ),
        (
            "Năm 2023, nông, lâm nghiệp chiếm khoảng 48% giá trị sản xuất trên địa bàn huyện.",
            date(2023, 12, 20),
            ["48%"],
        ),
        (
            "Năm 2024, công nghiệp và dịch vụ chiếm 79,5% GRDP của vùng.",
            date(2024, 12, 20),
            ["79,5%"],
        ),
        (
            "Thủ tướng đề nghị các địa phương trong vùng phấn đấu năm 2025 tăng trưởng từ 8,5% trở lên.",
            date(2024, 12, 20),
            ["8,5%"],
        ),
    ],
)
def test_what_round_gg_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Kim ngạch xuất nhập khẩu của các doanh nghiệp có trụ sở trên địa bàn tỉnh 6 tháng đạt 512,3 triệu "
            "USD.",
            date(2024, 7, 10),
            [("local_trade_turnover", 0.5123, "H1/2024", "actual")],
        ),
        (
            "Các doanh nghiệp có trụ sở tại Lạng Sơn quý I đạt kim ngạch 268,4 triệu USD.",
            date(2025, 4, 10),
            [("local_trade_turnover", 0.2684, "Q1/2025", "actual")],
        ),
        (
            "Số thu từ hoạt động xuất nhập khẩu 6 tháng đạt gần 3.000 tỷ đồng\n10/07/2022 08:00\n\nSáu tháng đầu "
            "năm, số thu từ hoạt động xuất nhập khẩu ước đạt 2.986,4 tỷ đồng. Trong đó, số thu chính thức 5 tháng "
            "là 2.410,2 tỷ đồng; tháng 6 ước thu 576,2 tỷ đồng.",
            date(2022, 7, 10),
            [
                ("budget_revenue_trade", 2410.2, "01–05/2022", "official"),
                ("budget_revenue_trade", 576.2, "06/2022", "estimate"),
            ],
        ),
        # (a title naming both the whole and the part leaves the bare "số thu" the whole's)
        (
            "Thu ngân sách 9 tháng đạt 8.000 tỷ đồng, thu từ hoạt động xuất nhập khẩu tăng mạnh\n10/10/2023 08:00\n\n"
            "Theo Sở Tài chính, tổng thu ngân sách nhà nước 9 tháng ước đạt 8.000 tỷ đồng. Riêng quý III, số thu ước "
            "đạt 2.500 tỷ đồng.",
            date(2023, 10, 10),
            [("budget_revenue", 2500, "Q3/2023", "estimate")],
        ),
        # (the same rate spoken of again is the rate)
        (
            "Theo chuẩn mới, tỷ lệ hộ nghèo đầu năm 2022 là 18,5%; theo chuẩn cũ, tỷ lệ này cuối năm 2021 là 4,2%.",
            date(2022, 1, 20),
            [("poverty_rate", 4.2, "31/12/2021", "actual")],
        ),
    ],
)
def test_what_round_gg_showed_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


# A count spoken of again by its bare noun after the sentence named it in full (the catalog's `said_again`),
# where the noun ends its clause and the clause names nothing but the province -- not a change, a part, one unit
# kind of several or a bracket.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Về nông thôn mới, đến nay toàn tỉnh có 52 xã đạt chuẩn, kế hoạch đến cuối năm là 55 xã.",
            date(2018, 9, 20),
            [("new_rural_communes", 55, "31/12/2018", "target")],
        ),
        (
            "Năm 2019 phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới, lũy kế đến cuối năm 2019 có 74 xã.",
            date(2018, 12, 10),
            [("new_rural_communes", 74, "31/12/2019", "target")],
        ),
        (
            "Xây dựng nông thôn mới còn chậm: đến nay huyện mới có 2/16 xã đạt chuẩn, trong khi toàn tỉnh có 101 xã.",
            date(2022, 11, 18),
            [("new_rural_communes", 101, "18/11/2022", "actual")],
        ),
    ],
)
def test_a_count_said_again_by_its_bare_noun_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, absent",
    [
        (
            "Năm 2022 tỉnh có thêm 9 xã được công nhận đạt chuẩn nông thôn mới, vượt kế hoạch 1 xã.",
            date(2022, 12, 20),
            1,
        ),
        (
            "Đến nay, toàn tỉnh có 101 xã đạt chuẩn nông thôn mới, riêng Cao Lộc có 9 xã.",
            date(2022, 11, 18),
            9,
        ),
        (
            "Trong năm có 8 xã được công nhận đạt chuẩn nông thôn mới (Hữu Lũng 3 xã, Cao Lộc 2 xã).",
            date(2022, 12, 20),
            3,
        ),
        (
            "Toàn tỉnh có 129 xã đạt chuẩn nông thôn mới trước khi sắp xếp; sau sắp xếp, tỉnh còn 65 xã, phường.",
            date(2025, 9, 24),
            65,
        ),
        (
            "Về nông thôn mới, trong năm có thêm 9 xã được công nhận đạt chuẩn (kế hoạch 8 xã); đến nay toàn tỉnh "
            "có 92 xã đạt chuẩn nông thôn mới.",
            date(2021, 12, 20),
            8,
        ),
    ],
)
def test_a_bare_noun_that_is_no_count_said_again_is_not_read(text, doc_date, absent):
    assert all(value != absent for _, value, _, _ in read_with_status(text, doc_date))


# The customs office's take past a semicolon and with "có thể"; a whole that counts in the goods declared
# elsewhere ("Tính cả hàng hóa mở tờ khai …") is the whole through the gates.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Hải quan Lạng Sơn: thu ngân sách về đích sớm\n18/12/2019 08:00\n\nCục Hải quan Lạng Sơn cho biết kết quả "
            "thu. Riêng từ ngày 1 đến 15/12, Cục thu được 210,6 tỷ đồng; tháng 11 đạt 455,1 tỷ đồng.",
            date(2019, 12, 18),
            [("budget_revenue_trade", 455.1, "11/2019", "actual")],
        ),
        (
            "Hải quan Lạng Sơn: thu ngân sách về đích sớm\n18/12/2019 08:00\n\nCục Hải quan Lạng Sơn cho biết, nếu "
            "giữ được nhịp thu, cả năm Cục có thể thu khoảng 5.300 tỷ đồng.",
            date(2019, 12, 18),
            [("budget_revenue_trade", 5300, "2019", "forecast")],
        ),
        (
            "Tính cả hàng hóa mở tờ khai tại các đơn vị hải quan ngoài tỉnh, tổng kim ngạch xuất nhập khẩu qua các "
            "cửa khẩu trên địa bàn tỉnh năm 2019 đạt 5.120,4 triệu USD.",
            date(2020, 1, 10),
            [("trade_turnover", 5.1204, "2019", "actual")],
        ),
    ],
)
def test_the_customs_take_past_a_semicolon_and_a_whole_counting_in_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


# Round GG, second reading: a value others reported, which the text corrects; a rank right after a sentence on
# another index, under a title on a third; a region owning the subject before a semicolon; a council approving a
# scheme of what it will arrange.
@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (
            "Một số trang tin ngày 20/4 đưa tin PAPI năm 2024 của tỉnh xếp thứ 21/63; thực chất đây là thứ hạng của "
            "tỉnh ở một nội dung thành phần, không phải thứ hạng chung.",
            date(2025, 4, 22),
            ["xếp thứ 21/63"],
        ),
        (
            "PAR INDEX 2019: tỉnh tăng 5 bậc\n20/05/2020 08:00\n\nChỉ số cải cách hành chính năm 2019 của tỉnh đạt "
            "81,2%, xếp thứ 31/63. SIPAS 2019 của tỉnh đạt 83,4%, cao hơn năm 2018. Xét về thứ hạng, tỉnh đứng thứ "
            "40/63.",
            date(2020, 5, 20),
            ["đứng thứ 40/63"],
        ),
        (
            "Năm 2023, quy mô GRDP theo giá hiện hành của toàn vùng ước đạt 950 nghìn tỷ đồng; GRDP bình quân đầu "
            "người khoảng 70 triệu đồng.",
            date(2023, 12, 20),
            ["70 triệu đồng"],
        ),
    ],
)
def test_what_round_gg_showed_on_a_second_reading_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_a_council_approving_a_scheme_tells_no_merger_done():
    text = (
        "Căn cứ Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Hội đồng nhân dân tỉnh tán thành Đề án sắp xếp "
        "đơn vị hành chính cấp xã của tỉnh như sau: sắp xếp 186 xã, phường, thị trấn để thành lập 58 xã, phường mới."
    )
    assert not [f for f in read_with_status(text, date(2025, 4, 29)) if f[0] == "commune_units_merged"]


def test_a_rank_after_another_index_named_by_its_words_is_its_own():
    text = "PAPI 2018 của tỉnh đạt 41,7 điểm, xếp thứ 34. Với Chỉ số cải cách hành chính, năm 2017 tỉnh xếp thứ 27."
    assert_read_among(text, date(2019, 4, 10), [("par_index_rank", 27, "2017", "actual")])


# The review of round GG's rules: sentences its rules had misread, each now read as before.
@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (
            "Cục Hải quan Lạng Sơn góp phần quan trọng vào số thu ngân sách năm 2023 của tỉnh đạt 10.500 tỷ đồng.",
            date(2024, 1, 20),
            [("budget_revenue", 10500, "2023", "actual")],
        ),
        (
            "Hải quan Lạng Sơn thu ngân sách năm 2023\n20/01/2024 08:00\n\nTheo Cục Thuế, số thu trên địa bàn tỉnh "
            "Lạng Sơn năm 2023 đạt 10.500 tỷ đồng.",
            date(2024, 1, 20),
            [("budget_revenue", 10500, "2023", "actual")],
        ),
        (
            "Thu ngân sách Lạng Sơn năm 2024\n10/01/2025 08:00\n\nNăm 2024, thu ngân sách nhà nước trên địa bàn tỉnh "
            "Lạng Sơn đạt 10.000 tỷ đồng, hoàn thành đúng dự toán được giao, tăng 8% so với năm 2023.\n\nTheo Sở Tài "
            "chính, dự toán thu ngân sách nhà nước năm 2024 là 10.000 tỷ đồng.",
            date(2025, 1, 10),
            [("budget_revenue", 10000, "2024", "actual"), ("budget_revenue", 10000, "2024", "target")],
        ),
        (
            "Điểm PCI 2023 của tỉnh đạt hơn 66 điểm so với 63,5 điểm của năm 2022.",
            date(2024, 5, 10),
            [("pci_score", 66, "2023", "actual")],
        ),
        (
            "Đến cuối năm 2024, tỷ lệ hộ nghèo của huyện Bình Gia là 15%, tỷ lệ của toàn tỉnh là 4,8%.",
            date(2025, 1, 20),
            [("poverty_rate", 4.8, "31/12/2024", "actual")],
        ),
        (
            "Chín tháng, huyện Cao Lộc tổ chức nhiều hoạt động xúc tiến thương mại; kim ngạch xuất nhập khẩu qua các "
            "cửa khẩu đạt 3,5 tỷ USD.",
            date(2024, 10, 10),
            [("trade_turnover", 3.5, "01–09/2024", "actual")],
        ),
        (
            "Năm 2024, GDP của cả nước tăng 7,09%; GRDP ước tăng 7,1%, đứng thứ 30/63 tỉnh, thành phố.",
            date(2025, 1, 10),
            [("grdp_growth", 7.1, "2024", "estimate")],
        ),
        (
            "Năm 2024, tỉnh dẫn đầu các địa phương trong vùng về thu hút khách du lịch với 4,5 triệu lượt khách.",
            date(2025, 1, 10),
            [("tourists", 4.5e6, "2024", "actual")],
        ),
        (
            "Năm 2024, doanh nghiệp có trụ sở tại Lạng Sơn chỉ đóng góp 8% tổng kim ngạch xuất nhập khẩu qua địa bàn là "
            "5,2 tỷ USD.",
            date(2025, 1, 10),
            [("trade_turnover", 5.2, "2024", "actual")],
        ),
        (
            "Thu thuế xuất nhập khẩu giảm, Lạng Sơn tăng thu nội địa\n10/07/2023 08:00\n\nTrước tình hình thu từ hoạt "
            "động xuất nhập khẩu giảm mạnh, tỉnh đã chỉ đạo tăng thu nội địa.\n\nSáu tháng, số thu ước đạt 4.000 tỷ "
            "đồng, bằng 45% dự toán.",
            date(2023, 7, 10),
            [("budget_revenue", 4000, "H1/2023", "estimate")],
        ),
        (
            "Năm 2024, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 5,2 tỷ USD, với 2.800 doanh nghiệp làm thủ tục "
            "qua các cửa khẩu; riêng quý IV đạt 1,5 tỷ USD.",
            date(2025, 1, 10),
            [("trade_turnover", 1.5, "Q4/2024", "actual")],
        ),
        (
            "Năm 2023, tăng trưởng GRDP đạt 7,1%, thực chất đây là mức tăng trưởng cao nhất từ trước đến nay.",
            date(2024, 5, 10),
            [("grdp_growth", 7.1, "2023", "actual")],
        ),
        (
            "PCI 2023: Lạng Sơn tăng 12 bậc\n10/05/2024 08:00\n\nSáng 8/5, VCCI công bố Chỉ số năng lực cạnh tranh cấp "
            "tỉnh năm 2023. Để cải thiện môi trường đầu tư, thời gian qua tỉnh đã duy trì đánh giá DDCI hằng năm. Năm "
            "2023, tỉnh xếp thứ 30/63, tăng 12 bậc so với năm 2022.",
            date(2024, 5, 10),
            [("pci_rank", 30, "2023", "actual")],
        ),
        (
            "Sau khi Ủy ban Thường vụ Quốc hội thông qua đề án, từ ngày 1/7/2025 tỉnh đã sắp xếp 200 xã, phường, thị "
            "trấn thành 65 xã, phường.",
            date(2025, 8, 20),
            [("commune_units_merged", 200, "2025", "actual")],
        ),
    ],
)
def test_what_the_review_of_round_gg_found_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, absent",
    [
        (
            "Năm 2023, Cục Hải quan Lạng Sơn xử lý 450 vụ vi phạm thu nộp ngân sách 12 tỷ đồng.",
            date(2023, 12, 20),
            12,
        ),
        (
            "Năm 2023, tỉnh có 9 xã được công nhận đạt chuẩn nông thôn mới, kế hoạch đề ra là 8 xã.",
            date(2023, 12, 20),
            8,
        ),
        (
            "Năm 2017 có 12 xã được công nhận đạt chuẩn nông thôn mới, năm 2018 có 14 xã, năm 2019 có 15 xã.",
            date(2019, 12, 20),
            14,
        ),
        ("Đến nay có 96 xã đạt chuẩn nông thôn mới, còn 85 xã.", date(2022, 12, 20), 85),
        ("Đến nay có 96 xã đạt chuẩn nông thôn mới; toàn tỉnh có 181 xã.", date(2022, 12, 20), 181),
    ],
)
def test_what_the_review_of_round_gg_found_is_not_read(text, doc_date, absent):
    assert all(value != absent for _, value, _, _ in read_with_status(text, doc_date))


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (  # the office's take, its period between ("của Cục <period> đạt"), and both plans it is measured by
            "Tình hình thông quan tháng 5\n\nTheo Cục Hải quan Lạng Sơn, kim ngạch qua địa bàn 5 tháng đạt 8,2 tỷ USD."
            "\n\nSố thu ngân sách của Cục từ đầu năm đến ngày 20/5 đạt "
            "1.742,6 tỷ đồng, bằng 38,7% dự toán Bộ Tài chính giao (4.500 tỷ đồng) và 34,2% chỉ tiêu phấn đấu "
            "(5.100 tỷ đồng).",
            date(2023, 5, 22),
            [
                ("budget_revenue_trade", 1742.6, "01/01–20/05/2023", "actual"),
                ("budget_revenue_trade", 4500, "2023", "target"),
                ("budget_revenue_trade", 5100, "2023", "target"),
            ],
        ),
        (  # the customs branch telling its take in the province, and the plans after it
            "Chi cục Hải quan khu vực VI thông tin, tính đến ngày 20/3/2026, số thu ngân sách trên địa bàn tỉnh Lạng "
            "Sơn đạt 3.105,2 tỷ đồng, bằng 32,3% dự toán Trung ương giao (9.600 tỷ đồng) và 20% chỉ tiêu HĐND tỉnh "
            "giao (15.500 tỷ đồng).",
            date(2026, 3, 23),
            [
                ("budget_revenue_trade", 3105.2, "01/01–20/03/2026", "actual"),
                ("budget_revenue_trade", 9600, "2026", "target"),
                ("budget_revenue_trade", 15500, "2026", "target"),
            ],
        ),
        (  # the days of a holiday told in the sentence, pointed back at after a semicolon
            "Trong 6 ngày nghỉ Tết (từ ngày 8/2 đến hết ngày 13/2/2024), hàng hóa vẫn được thông quan qua cửa khẩu "
            "Hữu Nghị; kim ngạch qua địa bàn trong 6 ngày này đạt khoảng 0,9 tỷ USD.",
            date(2024, 2, 16),
            [("trade_turnover", 0.9, "08/02–13/02/2024", "actual")],
        ),
        (  # "trong N ngày này" as many days as the span told sentences before
            "Từ ngày 10/2 đến ngày 14/2/2024, lễ hội đầu xuân diễn ra tại thành phố. Các hoạt động văn hóa thu hút "
            "đông người dân. Cũng trong 5 ngày này, toàn tỉnh ước đón 45.300 lượt khách.",
            date(2024, 2, 20),
            [("tourists", 45300, "10/02–14/02/2024", "estimate")],
        ),
        (  # a congress's resolution named in full, its term in brackets, sets a plan
            "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (nhiệm kỳ 2020 - 2025) xác định đến năm 2025 đón 4 triệu "
            "lượt khách.",
            date(2021, 3, 1),
            [("tourists", 4000000, "2025", "target")],
        ),
        (  # the production index's older name, and the bare "chỉ số" doing its verb after it
            "Chỉ số phát triển sản xuất công nghiệp tháng 10 ước tăng 9,4% so với cùng kỳ. Tính chung 10 tháng, chỉ "
            "số tăng 7,15% so với cùng kỳ.",
            date(2017, 10, 28),
            [("iip_growth", 9.4, "10/2017", "estimate"), ("iip_growth", 7.15, "01–10/2017", "estimate")],
        ),
        (  # the index named before a semicolon, its clause of a period and a verb after it
            "Chỉ số sản xuất công nghiệp quý II phục hồi nhờ các nhà máy mới; tính chung 6 tháng, chỉ số ước tăng "
            "5,82% so với cùng kỳ.",
            date(2019, 6, 28),
            [("iip_growth", 5.82, "H1/2019", "estimate")],
        ),
        (  # the retail total named again by its head
            "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9 ước đạt 1.612,4 tỷ đồng. Lũy kế 9 tháng, "
            "tổng mức ước đạt 13.905,1 tỷ đồng.",
            date(2019, 9, 28),
            [("retail_sales", 13905.1, "01–09/2019", "estimate")],
        ),
        (  # all the tourist sites are the province's
            "Quý I/2019, các khu, điểm du lịch đón khoảng 905 nghìn lượt khách.",
            date(2019, 3, 28),
            [("tourists", 905000, "Q1/2019", "estimate")],
        ),
        (  # the plan, its giver named after "dự toán thu"
            "Dự toán thu Trung ương giao năm 2018 là 6.080 tỷ đồng.",
            date(2018, 7, 12),
            [("budget_revenue", 6080, "2018", "target")],
        ),
        (  # "tháng này" is the report's month, not the one the sentence before revised
            "Tình hình kinh tế - xã hội tháng 8 năm 2025\n\n1. Công nghiệp\n\nSố chính thức chỉ số sản xuất công "
            "nghiệp tháng 7/2025 tăng 10,2% so với cùng kỳ. Tháng này, chỉ số ước tăng 11,6% so với cùng kỳ.",
            date(2025, 8, 29),
            [("iip_growth", 11.6, "08/2025", "estimate")],
        ),
        (  # a holiday's day and month before the bracket spelling out its days is no value owning them
            "Trong quý, dịp Quốc khánh 2/9 (từ ngày 31/8 đến hết ngày 3/9) các khu, điểm du lịch đón 52.400 lượt "
            "khách.",
            date(2024, 10, 5),
            [("tourists", 52400, "31/08–03/09/2024", "actual")],
        ),
        (  # the province's own enterprises, "kim ngạch" bare after them
            "Các doanh nghiệp trên địa bàn tỉnh 10 tháng năm 2022 đạt kim ngạch 301,5 triệu USD.",
            date(2022, 11, 10),
            [("local_trade_turnover", 0.3015, "01–10/2022", "actual")],
        ),
        (  # a result a plan was built on, in a bracket after "kết quả … thực hiện": its own words' status
            "Các chỉ tiêu được xây dựng trên cơ sở kết quả ước thực hiện năm 2021 (tốc độ tăng trưởng GRDP ước đạt "
            "5,12%; tổng thu ngân sách nhà nước trên địa bàn ước đạt 6.915 tỷ đồng).",
            date(2021, 12, 10),
            [("grdp_growth", 5.12, "2021", "estimate")],
        ),
        (  # an appendix's title naming the plan it sets out: its average column a target
            "Nghị quyết về kế hoạch 5 năm\n\nPHỤ LỤC\nMỘT SỐ CHỈ TIÊU CHỦ YẾU KẾ HOẠCH 5 NĂM 2021 - 2025\n"
            "Chỉ tiêu | Đơn vị | Thực hiện 2020 | Bình quân 2021 - 2025 (%/năm)\n"
            "Tốc độ tăng trưởng GRDP | % | 2,09 | 8,0",
            date(2021, 7, 20),
            [("grdp_growth", 2.09, "2020", "actual"), ("grdp_growth", 8.0, "2021–2025", "target")],
        ),
        (  # a yearless quarter takes the year of the quarter's press conference the title names, not the year
            # its title says the official figures are of
            "Họp báo quý I/2025: số liệu chính thức năm 2024 đạt 8,7%\n\nQuý I, thu ngân sách nhà nước trên địa "
            "bàn ước đạt 4.105 tỷ đồng.",
            date(2025, 4, 12),
            [("budget_revenue", 4105, "Q1/2025", "estimate")],
        ),
        (  # what was done in the year compared with, in a bracket after it, is that year's
            "Kỳ họp cuối năm 2018\n\nTổng thu ngân sách nhà nước trên địa bàn ước đạt 7.020 tỷ đồng, vượt 10,1% dự "
            "toán Trung ương giao và cao hơn mức thực hiện của năm 2017 (6.354,2 tỷ đồng).",
            date(2018, 12, 6),
            [("budget_revenue", 7020, "2018", "estimate"), ("budget_revenue", 6354.2, "2017", "actual")],
        ),
        (  # "trong quý": the quarter the title's press conference names, not a running total the sentence
            # before counted
            "Họp báo quý I/2025\n\nTính đến ngày 8/4/2025, kim ngạch qua địa bàn đạt 16,2 tỷ USD. Trong quý có 152 "
            "doanh nghiệp thành lập mới.",
            date(2025, 4, 10),
            [("new_enterprises", 152, "Q1/2025", "actual")],
        ),
        (  # the year compared with, then what the province did in it
            "PCI 2023 của tỉnh đạt 66,1 điểm, thấp hơn 1,2 điểm so với năm 2021 – năm tỉnh xếp thứ 18/63.",
            date(2024, 6, 14),
            [("pci_rank", 18, "2021", "actual")],
        ),
    ],
)
def test_what_round_hh_showed_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # with no date line, "năm nay" and "đến nay" are times the text does not give
            "Ông Hùng cho biết, giai đoạn 2021 - 2025, thu ngân sách của thành phố tăng bình quân 12%/năm. Năm nay, "
            "tỉnh phấn đấu đón 4,6 triệu lượt khách.",
            None,
            ["4,6 triệu lượt khách"],
        ),
        (
            "Năm 2023, tăng trưởng ước 6,2%. Sau 3 năm thực hiện Nghị quyết (2021 - 2023), tăng trưởng bình quân ước "
            "5,6%/năm. Đến nay, toàn tỉnh có 104 xã đạt chuẩn nông thôn mới.",
            None,
            ["104 xã đạt chuẩn nông thôn mới"],
        ),
        (  # a flow said of now: its period untold
            "GRDP 6 tháng ước tăng 6,2%. Quy mô GRDP của tỉnh hiện khoảng 45.000 tỷ đồng.",
            date(2022, 7, 5),
            ["45.000 tỷ đồng"],
        ),
        (  # the region's provinces counted, and a group of provinces opening its clause
            "Năm 2018, 14 tỉnh trung du và miền núi phía Bắc tăng trưởng bình quân khoảng 7,9%. Nhóm thứ nhất, tăng "
            "trên 10%, gồm Bắc Giang và Lào Cai.",
            date(2019, 1, 10),
            ["7,9%", "10%"],
        ),
        (  # the tax sector's own take is no province's whole
            "Năm 2019, số thu do ngành thuế trực tiếp quản lý đạt 2.103,6 tỷ đồng.",
            date(2019, 12, 20),
            ["2.103,6 tỷ đồng"],
        ),
        (  # a value a correction after it sets aside
            "Báo cáo trước đó ghi PAPI 2021 của tỉnh là 42,6 điểm; số liệu đúng theo công bố của UNDP là 43,1 điểm.",
            date(2022, 5, 10),
            ["42,6 điểm"],
        ),
        (  # recent years, not named
            "Doanh nghiệp Lạng Sơn năm 2023\n\nTheo đại diện VCCI, những năm gần đây mỗi năm tỉnh có thêm khoảng 450 "
            "doanh nghiệp thành lập mới.",
            date(2024, 6, 10),
            ["450 doanh nghiệp thành lập mới"],
        ),
        (  # a whole sector's take, the nation's
            "Theo Tổng cục Hải quan, năm 2023 số thu ngân sách của toàn ngành đạt khoảng 362.000 tỷ đồng.",
            date(2024, 1, 5),
            ["362.000 tỷ đồng"],
        ),
        (  # the office's take with other provinces' inside it
            "Năm 2019, số thu do Cục Hải quan tỉnh thực hiện ước khoảng 4.600 tỷ đồng, trong đó có phần thu từ hàng "
            "hóa làm thủ tục tại các địa phương khác.",
            date(2019, 12, 20),
            ["4.600 tỷ đồng"],
        ),
        (  # with no date line, a running total to now ends on a day the text does not give
            "Tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2019\n\nTrong tháng có 32 doanh nghiệp đăng ký "
            "thành lập mới; từ đầu năm đến nay có 128 doanh nghiệp thành lập mới.",
            None,
            ["128 doanh nghiệp thành lập mới"],
        ),
        (  # a running total to a day the text does not give
            "Kim ngạch qua các cửa khẩu Lạng Sơn đến giữa tháng 8 gần 50 tỷ USD",
            date(2025, 8, 18),
            ["50 tỷ USD"],
        ),
        (  # the quarter to come, which the text does not name, is no quarter of the clause before
            "Trong quý III/2018 tỉnh đón 700.000 lượt khách; trong quý tới dự kiến đón 800.000 lượt khách.",
            date(2018, 7, 10),
            ["800.000 lượt khách"],
        ),
    ],
)
def test_what_round_hh_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_no_earlier_level_is_derived_from_an_approximate_one():
    # ("khoảng 1.236.000 lượt khách, tăng 8,2%": an earlier level would carry a precision the text does not give)
    assert (
        derived_from(
            "6 tháng đầu năm 2016, toàn tỉnh đón khoảng 1.236.000 lượt khách, tăng 8,2% so với cùng kỳ.",
            date(2016, 6, 27),
        )
        == []
    )
    assert (
        derived_from(
            "6 tháng đầu năm 2016, toàn tỉnh đón 1.236.000 lượt khách, tăng 8,2% so với cùng kỳ.",
            date(2016, 6, 27),
        )
        != []
    )


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (  # a quarter the title only compares with does not date the body's
            "Kim ngạch quý I tăng 20% so với quý I/2023\n\nQuý I, kim ngạch xuất nhập khẩu qua địa bàn đạt 10,5 tỷ "
            "USD.",
            date(2024, 4, 10),
            [("trade_turnover", 10.5, "Q1/2024", "actual")],
        ),
        (  # an uppercase caption of results against a plan: results
            "Báo cáo năm 2023\n\nKẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KẾ HOẠCH NĂM 2023\nChỉ tiêu | Đơn vị | Năm 2023\n"
            "Tốc độ tăng trưởng GRDP | % | 6,5",
            date(2024, 1, 20),
            [("grdp_growth", 6.5, "2023", "actual")],
        ),
        (  # "chiếm … kim ngạch" after the province's enterprises: the whole's total follows, not theirs
            "Doanh nghiệp trên địa bàn tỉnh chỉ chiếm khoảng 3% kim ngạch qua các cửa khẩu Lạng Sơn, tổng kim ngạch "
            "10 tháng năm 2024 đạt 4,8 tỷ USD.",
            date(2024, 11, 10),
            [("trade_turnover", 4.8, "01–10/2024", "actual")],
        ),
        (  # revenue paid on the province's territory by other provinces' firms is the province's
            "Năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh đạt 10.200 tỷ đồng, bao gồm cả số thu từ doanh "
            "nghiệp của các tỉnh khác làm thủ tục tại cửa khẩu.",
            date(2024, 1, 10),
            [("budget_revenue", 10200, "2023", "actual")],
        ),
        (  # "đúng" that corrects nothing
            "Tăng trưởng GRDP năm 2023 đạt 7,1%, kết quả đúng như dự báo từ đầu năm.",
            date(2024, 1, 10),
            [("grdp_growth", 7.1, "2023", "actual")],
        ),
        (  # a contrast with recent years is no yearly amount of theirs
            "Tình hình kinh tế - xã hội năm 2023\n\nKhông như những năm gần đây, thu ngân sách nhà nước trên địa bàn "
            "chỉ đạt 8.200 tỷ đồng, không đạt dự toán.",
            date(2024, 1, 10),
            [("budget_revenue", 8200, "2023", "actual")],
        ),
        (  # "lượt" of something other than visitors before "tổng thu"
            "Năm 2023, có 1.250 lượt doanh nghiệp nộp thuế điện tử, tổng thu ước đạt 9.800 tỷ đồng, vượt 15% dự toán.",
            date(2024, 1, 10),
            [("budget_revenue", 9800, "2023", "estimate")],
        ),
        (  # a review of carrying a resolution out tells results
            "Báo cáo đánh giá giữa kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII (nhiệm kỳ 2020 - 2025) "
            "xác định tăng trưởng GRDP bình quân giai đoạn 2021 - 2023 đạt 6,1%/năm.",
            date(2024, 3, 10),
            [("grdp_growth", 6.1, "2021–2023", "actual")],
        ),
        (  # leading the region's provinces is the province's own figure
            "Năm 2023, Lạng Sơn dẫn đầu 14 tỉnh trung du và miền núi phía Bắc về thu hút FDI với 320 triệu USD.",
            date(2024, 1, 10),
            [("fdi_registered", 320, "2023", "actual")],
        ),
    ],
)
def test_what_the_review_of_round_hh_found_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # a running total to an untold day compared with a bracketed value: held, never a crash
            "Kim ngạch xuất nhập khẩu qua địa bàn đến giữa tháng 7 đạt 30 tỷ USD, cao hơn cùng kỳ năm trước (25 tỷ "
            "USD).",
            date(2025, 7, 20),
            ["30 tỷ USD", "25 tỷ USD"],
        ),
        (
            "Năm nay, tỉnh đón 3,1 triệu lượt khách, cao hơn năm trước (2,8 triệu lượt).",
            None,
            ["3,1 triệu lượt khách"],
        ),
        (  # fewer days than the holiday's told: not its span
            "Trong 9 ngày nghỉ Tết (từ ngày 8/2 đến hết ngày 16/2/2024), các cửa khẩu chỉ thông quan trở lại từ mùng "
            "4 Tết; trong 5 ngày này, kim ngạch qua địa bàn đạt 0,5 tỷ USD.",
            date(2024, 2, 20),
            ["0,5 tỷ USD"],
        ),
        (  # a kind of site, "các khu và điểm du lịch tâm linh", is no province's total
            "Quý I/2024, các khu và điểm du lịch tâm linh trong tỉnh đón 410.000 lượt khách.",
            date(2024, 5, 10),
            ["410.000 lượt khách"],
        ),
    ],
)
def test_what_the_review_of_round_hh_found_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_the_ministrys_plan_in_a_customs_article_is_no_provinces_whole():
    got = read_with_status(
        "Năm 2024, Cục Hải quan Lạng Sơn phấn đấu hoàn thành nhiệm vụ thu. Dự toán thu Bộ Tài chính giao năm 2024 "
        "là 7.100 tỷ đồng.",
        date(2024, 5, 10),
    )
    assert not any(i == "budget_revenue" for i, *_ in got), got


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # takings' change opening its clause is no growth the sentence before gave
            "6 tháng đầu năm 2018, GRDP ước tăng 7,4%. Lượng khách đạt 1,52 triệu lượt. Doanh thu tăng 12,3%, chậm "
            "hơn kỳ vọng.",
            date(2018, 7, 5),
            ["12,3%"],
        ),
        (  # the city's own take
            "Năm 2021, riêng số thu do thành phố quản lý đạt 702,4 tỷ đồng, bằng 95% dự toán năm.",
            date(2021, 12, 20),
            ["702,4 tỷ đồng"],
        ),
        (  # a product's lots and their value are no exports of the province
            "7 tháng năm 2024, có 1.105 lô sầu riêng làm thủ tục xuất khẩu chính ngạch, trị giá khoảng 0,98 tỷ USD.",
            date(2024, 8, 8),
            ["0,98 tỷ USD"],
        ),
        (  # the delegates a plan convenes, and a cap on each lower congress's
            "Kế hoạch tổ chức đại hội đảng bộ các cấp\n\nĐại hội đại biểu Đảng bộ tỉnh lần thứ XVIII tổ chức trong "
            "tháng 9/2025, thời gian 3 ngày; số lượng đại biểu triệu tập là 340 đại biểu. Số lượng đại biểu mỗi đại hội "
            "cấp xã không quá 200 đại biểu.",
            date(2024, 12, 20),
            ["340 đại biểu", "200 đại biểu"],
        ),
        (  # members exempted are some members
            "Toàn tỉnh hiện có 3.410 đảng viên được miễn công tác và sinh hoạt đảng.",
            date(2024, 12, 20),
            ["3.410 đảng viên"],
        ),
    ],
)
def test_what_round_ii_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


# --- Real prose, read on 4 December: the frame an article's paragraphs go on in, another province's text ----


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (  # a lead naming the year after its opening words frames the paragraph after it
            "Điểm sáng kinh tế xứ Lạng\n\nTại kỳ họp cuối năm của HĐND tỉnh Lạng Sơn, năm 2024 kinh tế của tỉnh được "
            "đánh giá khởi sắc trên nhiều mặt.\n\nTốc độ tăng trưởng GRDP ước đạt 7,15%. Thu ngân sách nhà nước trên địa "
            "bàn đạt 9.410 tỷ đồng, tăng 12% so với cùng kỳ.",
            date(2024, 12, 12),
            [("grdp_growth", 7.15, "2024", "estimate"), ("budget_revenue", 9410, "2024", "estimate")],
        ),
        (  # a paragraph opening on its months frames the one after it, past a photo's caption
            "Xuất nhập khẩu khởi sắc\n\nHoạt động thông quan qua các cửa khẩu của Lạng Sơn sôi động trở lại sau Tết.\n\n"
            "3 tháng đầu năm 2025, lượng xe hàng qua các cửa khẩu tăng mạnh so với cùng kỳ.\n\n| Xe hàng chờ thông "
            "quan tại cửa khẩu. (Ảnh: T.L) |\n\nKim ngạch xuất nhập khẩu qua địa bàn đạt 15,3 tỷ USD, tăng 38% so với "
            "cùng kỳ.",
            date(2025, 4, 5),
            [("trade_turnover", 15.3, "01–03/2025", "actual")],
        ),
        (  # a province's own text naming a neighbour in its title is still ours
            "Lạng Sơn và Cao Bằng đẩy mạnh hợp tác\n\nNăm 2024, tốc độ tăng trưởng GRDP của tỉnh Lạng Sơn ước đạt "
            "6,7%.",
            date(2024, 12, 25),
            [("grdp_growth", 6.7, "2024", "estimate")],
        ),
    ],
)
def test_what_real_prose_showed_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


def test_a_frame_is_read_from_the_paragraph_above():
    text = (
        "Điểm sáng kinh tế xứ Lạng\n\nTại kỳ họp cuối năm của HĐND tỉnh Lạng Sơn, năm 2024 kinh tế của tỉnh được "
        "đánh giá khởi sắc trên nhiều mặt.\n\nTốc độ tăng trưởng GRDP ước đạt 7,15%."
    )
    (mention,) = extract_figures(text, load_catalog(), date(2024, 12, 12))
    assert mention.period_source == "paragraph_before"


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # the paragraph above told two years: which one goes on is not said
            "Kinh tế xứ Lạng\n\nKinh tế Lạng Sơn tiếp tục phục hồi trong bối cảnh còn nhiều khó khăn về thị trường và "
            "thông quan hàng hóa.\n\nNăm 2019, GRDP của tỉnh ước tăng 7,1%. Theo số liệu chính thức, GRDP năm 2018 của "
            "tỉnh tăng 7,2%.\n\nThu ngân sách nhà nước trên địa bàn đạt 6.210 tỷ đồng.",
            date(2019, 12, 20),
            ["6.210 tỷ đồng"],
        ),
        (  # a stock stands at a day the frame of the year's results does not tell
            "Giảm nghèo ở vùng cao\n\nNăm 2018, nhiều huyện vùng cao của Lạng Sơn có bước chuyển rõ nét trong giảm "
            "nghèo.\n\nTỷ lệ hộ nghèo toàn tỉnh còn 11,2%.",
            date(2018, 12, 20),
            ["11,2%"],
        ),
        (  # a holiday's takings are not the year's
            "Lạng Sơn đón khách dịp Tết Giáp Thìn\n\nTết năm 2024, các điểm du lịch của Lạng Sơn đông khách.\n\n"
            "Doanh thu du lịch ước đạt 58 tỷ đồng.",
            date(2024, 2, 16),
            ["58 tỷ đồng"],
        ),
        (  # a paragraph telling another period without opening on it ends the frame
            "Doanh nghiệp vượt khó\n\nCộng đồng doanh nghiệp Lạng Sơn vẫn bền bỉ.\n\n6 tháng đầu năm 2023, tình hình "
            "sản xuất kinh doanh còn nhiều khó khăn.\n\nTheo Sở Tài chính, tính đến ngày 20/6/2023, thu ngân sách nhà "
            "nước trên địa bàn đạt 3.120 tỷ đồng.\n\nCó 210 doanh nghiệp thành lập mới.",
            date(2023, 6, 25),
            ["210 doanh nghiệp thành lập mới"],
        ),
        (  # another province's text, never naming ours: its "tỉnh" is that province
            "Cao Bằng: kinh tế năm 2024 tăng trưởng khá\n\nNăm 2024, tốc độ tăng trưởng GRDP của tỉnh ước đạt 6,7%, "
            "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 12.600 tỷ đồng.",
            date(2024, 12, 25),
            ["6,7%", "12.600 tỷ đồng"],
        ),
    ],
)
def test_what_real_prose_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (  # months "of the year" are a running total, not the year
            "Trong 7 tháng của năm 2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt gần 38 tỷ USD.",
            date(2024, 8, 12),
            [("trade_turnover", 38, "01–07/2024", "actual")],
        ),
        (  # the farm sector written with a spaced dash
            "Năm 2024, cơ cấu kinh tế: nông - lâm nghiệp chiếm 21,3%, công nghiệp - xây dựng 27,9%.",
            date(2024, 12, 20),
            [("grdp_share_agriculture", 21.3, "2024", "estimate")],
        ),
        (  # a per-head measure named with the product's abbreviation in brackets
            "Tổng sản phẩm bình quân đầu người (GRDP) tăng từ 30,1 triệu đồng năm 2015 lên 37,2 triệu đồng năm "
            "2018.",
            date(2019, 3, 2),
            [("grdp_per_capita", 30.1, "2015", "actual"), ("grdp_per_capita", 37.2, "2018", "actual")],
        ),
        (  # the part of a take said to come from the trade
            "Năm 2024, tổng thu ngân sách nhà nước trên địa bàn ước đạt 9.120 tỷ đồng. Số thu này phần lớn đến từ "
            "hoạt động xuất nhập khẩu, với khoảng 5.900 tỷ đồng.",
            date(2024, 12, 10),
            [
                ("budget_revenue", 9120, "2024", "estimate"),
                ("budget_revenue_trade", 5900, "2024", "estimate"),
            ],
        ),
        (  # a rate set beside its plan's own range is the result
            "Năm 2019, tốc độ tăng trưởng kinh tế đạt 7,9% so với mục tiêu từ 7,5 – 8%.",
            date(2020, 1, 15),
            [("grdp_growth", 7.9, "2019", "actual")],
        ),
        (  # the older official wording of retail sales
            "9 tháng năm 2018, tổng mức lưu chuyển hàng hoá bán lẻ và doanh thu dịch vụ tiêu dùng ước đạt 14.210 tỷ "
            "đồng.",
            date(2018, 10, 4),
            [("retail_sales", 14210, "01–09/2018", "estimate")],
        ),
        (  # the trade's takings named with "của ngành"
            "Năm 2011, doanh thu của ngành du lịch ước đạt 690 tỷ đồng.",
            date(2011, 12, 22),
            [("tourism_revenue", 690, "2011", "estimate")],
        ),
        (  # growth named with the product's abbreviation in brackets
            "Giai đoạn 2021 - 2025, tốc độ tăng trưởng (GRDP) trên địa bàn ước đạt 6,9%.",
            date(2025, 10, 2),
            [("grdp_growth", 6.9, "2021–2025", "estimate")],
        ),
        (  # the share a count of poor households comes to, in brackets or "tương ứng"
            "Năm 2022, toàn tỉnh có hơn 21.300 hộ nghèo (chiếm 11,4%). Đến cuối năm 2024, số hộ nghèo giảm còn 7.105 "
            "hộ nghèo, tương ứng 3,52%.",
            date(2025, 3, 5),
            [("poverty_rate", 11.4, "31/12/2022", "actual"), ("poverty_rate", 3.52, "31/12/2024", "actual")],
        ),
        (  # a year written after the value is its own, in a list of targets
            "Ngành du lịch phấn đấu đến năm 2015 đón trên 2,5 triệu lượt khách và đạt trên 3,2 triệu lượt khách vào "
            "năm 2020.",
            date(2012, 5, 5),
            [("tourists", 3200000, "2020", "target")],
        ),
        (  # a per-head level after a clause on the term's average is the term's last year
            "GRDP giai đoạn 2021 - 2025 của tỉnh tăng bình quân 7,2%; GRDP bình quân đầu người đạt 70,4 triệu đồng.",
            date(2025, 10, 2),
            [("grdp_per_capita", 70.4, "2025", "estimate")],
        ),
        (  # the holiday's days the sentence before told
            "Lạng Sơn đón khách dịp Tết\n\nTrong dịp Tết Nguyên đán, từ ngày 28/1 đến ngày 3/2, toàn tỉnh ước đón "
            "68.000 lượt khách. Doanh thu từ du lịch ước đạt 55 tỷ đồng.",
            date(2025, 2, 5),
            [("tourism_revenue", 55, "28/01–03/02/2025", "estimate")],
        ),
        (  # a span unwritten that a value's clause is in is the whole sentence's
            "Năm 2024\n\nDu lịch khởi sắc với 3,1 triệu lượt khách trong năm, doanh thu từ du lịch đạt khoảng 1.980 "
            "tỷ đồng.",
            date(2024, 12, 16),
            [("tourism_revenue", 1980, "2024", "estimate")],
        ),
        (  # guard: the whole counting in goods declared elsewhere, and its parts, are through the province
            "Tám tháng năm 2018, nếu tính cả lượng hàng mở tờ khai ở các cục hải quan khác, tổng trị giá hàng hóa qua "
            "các cửa khẩu trên địa bàn tỉnh đạt 3.050 triệu USD; trong đó xuất khẩu 1.350 triệu USD.",
            date(2018, 9, 5),
            [("export_turnover", 1.35, "01–08/2018", "actual")],
        ),
    ],
)
def test_what_real_prose_showed_on_a_second_reading_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # most of the provinces, and a count of them, meeting a threshold
            "Năm 2025, phần lớn các địa phương có tốc độ tăng trưởng trên 7%.",
            date(2025, 12, 28),
            ["7%"],
        ),
        (
            "Tính chung 9 tháng năm 2025, có 15/34 địa phương tăng trưởng GRDP đạt từ 8% trở lên.",
            date(2025, 10, 6),
            ["8%"],
        ),
        (  # goods declared at the province's customs, and their exports and imports
            "Năm 2023, kim ngạch xuất nhập khẩu hàng hóa mở tờ khai hải quan tại Cục Hải quan Lạng Sơn đạt 4.510 triệu "
            "USD, xuất khẩu 2.380 triệu USD, nhập khẩu 2.130 triệu USD.",
            date(2024, 1, 18),
            ["4.510 triệu USD", "2.380 triệu USD", "2.130 triệu USD"],
        ),
        (  # another rate's change in a list of results after the product's growth
            "Năm 2023, GRDP ước tăng 6,3%. Công tác y tế được triển khai tốt, tỷ lệ giảm nghèo đa chiều ước giảm "
            "2,8%, công tác chuyển đổi số được đẩy mạnh.",
            date(2023, 11, 2),
            ["2,8%"],
        ),
    ],
)
def test_what_real_prose_showed_on_a_second_reading_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_a_holidays_figure_a_sentence_after_it_derives_nothing():
    text = (
        "Lạng Sơn đón khách dịp Tết\n\nTrong dịp Tết Nguyên đán, từ ngày 8/2 đến ngày 14/2, toàn tỉnh ước đón 75.000 "
        "lượt khách. Doanh thu từ du lịch ước đạt 62 tỷ đồng, tăng 16,6% so với cùng kỳ năm 2023."
    )
    assert derived_from(text, date(2024, 2, 16)) == []


def test_days_a_clause_names_are_compared_with_the_same_days_a_year_before():
    text = (
        "Từ ngày 1 đến hết ngày 15/12/2021, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 130 triệu USD, giảm 30% "
        "so với cùng kỳ năm 2020."
    )
    assert derived_from(text, date(2021, 12, 17)) == [
        ("trade_turnover", pytest.approx(0.186), "01–15/12/2020")
    ]


def test_a_terms_total_against_the_term_before_derives_that_terms():
    text = "Tổng thu ngân sách nhà nước trên địa bàn 5 năm 2021 - 2025 ước đạt 47.500 tỷ đồng, tăng 50% so với giai đoạn trước."
    assert derived_from(text, date(2025, 9, 25)) == [("budget_revenue", pytest.approx(31667), "2016–2020")]


def test_a_year_the_words_after_single_out_is_no_year_of_the_text():
    text = (
        "Đánh giá kết quả 5 năm 2016 - 2020\n\nDù chịu tác động của dịch Covid-19 trong năm cuối nhiệm kỳ, tốc độ tăng "
        "GRDP bình quân giai đoạn ước đạt 7,2%/năm."
    )
    assert [p for i, _v, p, _s in read_with_status(text, date(2020, 12, 11)) if i == "grdp_growth"] == [
        "2016–2020"
    ]


def test_a_holidays_takings_with_no_date_line_are_of_its_days_in_the_year_the_title_names_it():
    # (and nothing is derived for the days of a year before: a holiday falls on other days each year)
    text = (
        "Lạng Sơn đón khách dịp Tết Nguyên đán 2025\n\nLượng khách đến Lạng Sơn trong dịp Tết Nguyên đán tính từ "
        "ngày 28/1 đến ngày 3/2 ước đạt 70.000 lượt khách. Doanh thu từ du lịch ước đạt 58 tỷ đồng, tăng 12% so với "
        "cùng kỳ năm 2024."
    )
    assert read_with_status(text, None) == approx_values(
        [
            ("tourists", 70000, "28/01–03/02/2025", "estimate"),
            ("tourism_revenue", 58, "28/01–03/02/2025", "estimate"),
        ]
    )
    assert [derive_earlier(m) for m in read_figures(text, load_catalog(), None).mentions] == [None, None]
    # (with a title naming no holiday's year, the days are no period: held)
    assert_held(text.replace("Nguyên đán 2025\n", "Nguyên đán\n"), None, ["58 tỷ đồng"])


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (  # a yearly level a plan sets after a span's yearly average in its clause: the span's last year
            "Kế hoạch phát triển đến năm 2030\n\nMột số chỉ tiêu chủ yếu đến năm 2030: tốc độ tăng trưởng GRDP bình "
            "quân hằng năm thời kỳ 2021 - 2030 đạt 8 - 9%, GRDP bình quân đầu người đạt khoảng 140 triệu đồng.",
            date(2021, 8, 10),
            [("grdp_per_capita", 140, "2030", "target")],
        ),
        (  # guard: a whole counting in goods declared outside the province, and its parts, are ours
            "Năm 2019, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh (bao gồm hàng hóa mở tờ khai "
            "tại các chi cục hải quan ngoài tỉnh) đạt 5,6 tỷ USD; trong đó xuất khẩu 3,1 tỷ USD, nhập khẩu 2,5 tỷ USD.",
            date(2020, 1, 20),
            [("export_turnover", 3.1, "2019", "actual"), ("import_turnover", 2.5, "2019", "actual")],
        ),
        (  # guard: "tính cả tháng" after a holiday's days is the month
            "Tình hình kinh tế - xã hội tháng 2 năm 2019\n\nTrong 7 ngày nghỉ Tết (từ ngày 2/2 đến ngày 8/2/2019), "
            "toàn tỉnh đón khoảng 90.000 lượt khách. Tính cả tháng, khách du lịch đến Lạng Sơn ước đạt 250 nghìn lượt; "
            "doanh thu du lịch ước đạt 110 tỷ đồng.",
            date(2019, 2, 26),
            [("tourists", 250000, "02/2019", "estimate"), ("tourism_revenue", 110, "02/2019", "estimate")],
        ),
    ],
)
def test_what_real_prose_showed_on_a_third_reading_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


def test_a_rank_after_a_bracketed_comparison_is_read():
    # (the comparison in brackets ends at its bracket: the rank after it is not its reference)
    got = read_with_status(
        "Chỉ số PCI năm 2024 của Lạng Sơn đạt 68,2 điểm (giảm 0,5 điểm so với năm 2023) xếp hạng thứ 18/63 tỉnh, "
        "thành phố.",
        date(2025, 5, 12),
    )
    assert ("pci_rank", 18, "2024", "actual") in got, got


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (  # a list of places with their ranks in brackets, its kind told by the first; the edition the lead names
            "Các tỉnh phía Bắc trên bảng xếp hạng PCI\n\nSáng 6/5, tại Hà Nội, Liên đoàn Thương mại và Công nghiệp Việt "
            "Nam (VCCI) công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh PCI 2024.\n\nTrong nhóm 30 tỉnh dẫn đầu, vùng trung du và miền núi phía Bắc có ba địa phương: Thái "
            "Nguyên (xếp thứ 9), Lạng Sơn (17) và Lào Cai (25).",
            date(2025, 5, 7),
            [("pci_rank", 17, "2024", "actual")],
        ),
        (  # … and with their scores, the first named before its number
            "Các tỉnh phía Bắc trên bảng xếp hạng PCI\n\nSáng 6/5, tại Hà Nội, Liên đoàn Thương mại và Công nghiệp Việt "
            "Nam (VCCI) công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh PCI 2024.\n\nThái Nguyên dẫn đầu vùng với số điểm 70,1, tiếp đến là Lạng Sơn (68,7) và Lào Cai "
            "(68,2).",
            date(2025, 5, 7),
            [("pci_score", 68.7, "2024", "actual")],
        ),
        (  # a place in the published top 30 is its place in the nation, and the score after it ours
            "PCI 2023 của Lạng Sơn\n\nChỉ số PCI năm 2023 của tỉnh Lạng Sơn xếp thứ 14/30 tỉnh, thành phố có chất "
            "lượng điều hành tốt nhất cả nước, với tổng điểm 68,9 điểm.",
            date(2024, 5, 10),
            [("pci_rank", 14, "2023", "actual"), ("pci_score", 68.9, "2023", "actual")],
        ),
        (  # a clause that counts the ranking in the region
            "PCI 2023 của Lạng Sơn\n\nNăm 2023, nếu xét trong khu vực trung du và miền núi phía Bắc thì Lạng Sơn "
            "đứng thứ 3.",
            date(2024, 5, 10),
            [("pci_rank_region", 3, "2023", "actual")],
        ),
        (  # the stock an addition brings the count to, written "đưa tổng số … lên"
            "Nông thôn mới năm 2017\n\nHết năm 2017, toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới (đưa tổng số xã "
            "đạt chuẩn lên 33 xã).",
            date(2018, 1, 8),
            [("new_rural_communes", 33, "31/12/2017", "actual")],
        ),
        (  # a bare "doanh thu" after the visitors from home and abroad: the tourists' spending
            "Du lịch 6 tháng đầu năm 2024\n\nSáu tháng đầu năm 2024, toàn tỉnh đón 2.100 nghìn lượt khách. Trong đó "
            "khách quốc tế 52.300 lượt, khách nội địa 2.047 nghìn lượt; doanh thu 1.620,5 tỷ đồng.",
            date(2024, 7, 2),
            [("tourism_revenue", 1620.5, "H1/2024", "actual")],
        ),
        (  # the older words for retail sales, "tổng mức giá trị bán lẻ"
            "Năm 2019, tổng mức giá trị bán lẻ hàng hoá và dịch vụ tiêu dùng trên địa bàn tỉnh ước đạt 18.700 tỷ "
            "đồng.",
            date(2019, 12, 20),
            [("retail_sales", 18700, "2019", "estimate")],
        ),
        (  # a year written after the value as the index's round it was ranked in
            "Chuyển đổi số\n\nNăm 2021 tỉnh đứng thứ 5, sang năm 2022 lùi 2 bậc rồi vươn lên vị trí thứ 3 ở kỳ "
            "đánh giá năm 2023 về Chỉ số chuyển đổi số (DTI).",
            date(2024, 9, 2),
            [("digital_transformation_rank", 3, "2023", "actual")],
        ),
        (  # guard: data a unit reports, of the province's take, is the province's
            "Thu ngân sách năm 2025\n\nChi cục Hải quan khu vực VI quản lý các cửa khẩu của hai tỉnh Lạng Sơn và "
            "Cao Bằng. Theo số liệu của đơn vị, năm 2025 số thu từ hoạt động xuất nhập khẩu qua địa bàn tỉnh Lạng "
            "Sơn đạt 13.100 tỷ đồng.",
            date(2026, 1, 8),
            [("budget_revenue_trade", 13100, "2025", "actual")],
        ),
    ],
)
def test_what_real_prose_showed_on_a_fourth_reading_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # a text opening on another province's authority and never naming ours: none of its figures are ours
            "Kinh tế vùng cao khởi sắc\n\nTheo thông tin từ UBND tỉnh Hà Giang, dù là tỉnh có nhiều xã đặc biệt khó "
            "khăn nhưng tốc độ tăng trưởng kinh tế của tỉnh năm 2023 đạt 6,1%, xếp thứ 9/14 tỉnh trong vùng. Quy mô "
            "kinh tế năm 2023 đạt gần 52.000 tỷ đồng; thu ngân sách nhà nước trên địa bàn đạt 3.200 tỷ đồng.",
            date(2024, 1, 20),
            ["6,1%", "3.200 tỷ đồng"],
        ),
        (  # one border gate's customs office's own take, "của đơn vị"
            "Hàng qua cửa khẩu tăng mạnh\n\nTheo số liệu từ Hải quan cửa khẩu Tân Thanh (Lạng Sơn), từ đầu năm đến "
            "ngày 30/9/2025, tổng thu ngân sách nhà nước của đơn vị này đạt 950 tỷ đồng.",
            date(2025, 10, 2),
            ["950 tỷ đồng"],
        ),
        (  # the nation's target, the nation written as its name
            "PCI 2024\n\nTheo VCCI, Việt Nam đặt ra mục tiêu tăng trưởng kinh tế 8% trong năm 2025.",
            date(2025, 5, 7),
            ["8%"],
        ),
        (  # a rank that fell, "tụt", with the other places' in a bracketed list
            "Chỉ số PAPI 2022\n\nVCCI và UNDP công bố PAPI 2022.\n\nCác tỉnh trong vùng gồm Phú Thọ (xếp thứ 6), "
            "Lào Cai (20) và Lạng Sơn (13).",
            date(2023, 4, 13),
            ["xếp thứ 6", "20"],
        ),
        (  # a site's banner greeting a congress is no heading: the figure under it has no period told
            "Kết quả thực hiện nhiệm vụ\nChào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - "
            "2025\n\nTốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) ước đạt 2,5%.",
            None,
            ["2,5%"],
        ),
    ],
)
def test_what_real_prose_showed_on_a_fourth_reading_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_a_rank_that_fell_derives_the_one_before():
    text = "Năm 2022, chỉ số PAPI của tỉnh Lạng Sơn xếp thứ 13/63, tụt 9 bậc so với năm 2021."
    assert derived_from(text, date(2023, 4, 13)) == [("papi_rank", 4, "2021")]


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (  # a month's value before a running total's clause is the month's, as the title says
            "Tình hình kinh tế - xã hội tháng 10/2017\n\nKim ngạch xuất nhập khẩu qua địa bàn tháng 10 ước 310 triệu "
            "USD, lũy kế 10 tháng ước 3.120 triệu USD, đạt 83% kế hoạch.",
            date(2017, 10, 28),
            [
                ("trade_turnover", 0.31, "10/2017", "estimate"),
                ("trade_turnover", 3.12, "01–10/2017", "estimate"),
            ],
        ),
        (  # … and without the month written in its own clause, the title's month
            "Tình hình kinh tế - xã hội tháng 10/2017\n\nKim ngạch xuất nhập khẩu qua địa bàn ước 310 triệu USD, "
            "lũy kế 10 tháng ước 3.120 triệu USD.",
            date(2017, 10, 28),
            [("trade_turnover", 0.31, "10/2017", "estimate")],
        ),
        (  # the parts a second "trong đó" opens are over the second whole's period
            "Tình hình kinh tế - xã hội tháng 10/2023\n\nKim ngạch xuất nhập khẩu trong tháng 10 ước đạt 520 triệu "
            "USD, trong đó xuất khẩu 90 triệu USD; luỹ kế 10 tháng kim ngạch xuất nhập khẩu 4.010 triệu USD, đạt 81% "
            "kế hoạch; tăng 12% so với cùng kỳ, trong đó: xuất khẩu 880 triệu USD, nhập khẩu 3.130 triệu USD.",
            date(2023, 10, 28),
            [
                ("export_turnover", 0.09, "10/2023", "estimate"),
                ("export_turnover", 0.88, "01–10/2023", "estimate"),
                ("import_turnover", 3.13, "01–10/2023", "estimate"),
            ],
        ),
        (  # a plan's list going on in the sentence after the one that opened on it
            "Hội nghị Ban Thường vụ Tỉnh ủy\n\nNgày 20/11/2021, Ban Thường vụ Tỉnh ủy cho ý kiến vào dự thảo báo "
            "cáo. Về mục tiêu, chỉ tiêu năm 2022, hội nghị thống nhất tốc độ tăng trưởng GRDP đạt 7%. Tổng thu ngân "
            "sách nhà nước trên địa bàn đạt 6.500 tỷ đồng.",
            date(2021, 11, 20),
            [("budget_revenue", 6500, "2022", "target")],
        ),
        (  # a GRDP written with English thousands in a text whose per cents are Vietnamese
            "Năm 2020, GRDP của tỉnh theo giá hiện hành là 34,219 tỷ đồng, tăng 2,1%.",
            date(2021, 3, 1),
            [("grdp", 34219, "2020", "actual")],
        ),
    ],
)
def test_what_a_blind_probe_of_real_prose_showed_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # the district's own council, its name left to the text: its results are the district's
            "Kỳ họp thứ mười HĐND huyện khoá XX\n\nNgày 15/12/2022, Hội đồng nhân dân huyện tổ chức kỳ họp thường "
            "lệ cuối năm.\n\nTại kỳ họp, các đại biểu nghe báo cáo của UBND huyện; năm 2022, kinh tế của huyện Đình "
            "Lập tiếp tục tăng trưởng, thu nhập bình quân đầu người đạt 38 triệu đồng/năm, tổng vốn đầu tư phát "
            "triển toàn xã hội khoảng 1.100 tỷ đồng.",
            date(2022, 12, 16),
            ["38 triệu đồng", "1.100 tỷ đồng"],
        ),
        (  # a GRDP below any the province can have, not written as English thousands: held, not published
            "Năm 2020, GRDP của tỉnh theo giá hiện hành đạt 342 tỷ đồng.",
            date(2021, 3, 1),
            ["342 tỷ đồng"],
        ),
    ],
)
def test_what_a_blind_probe_of_real_prose_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        (  # a quarter without its year after a sentence whose value's own period told it
            "Phát triển công nghiệp theo hướng hiện đại đến năm 2030\n\nKim ngạch xuất nhập khẩu đạt 1.640 triệu USD "
            "trong quý I/2024. Về công tác thu ngân sách, trong quý I, tổng thu ngân sách nhà nước ước đạt 2.100 tỷ "
            "đồng.",
            None,
            [("budget_revenue", 2100, "Q1/2024", "estimate")],
        ),
        (  # "tỉ" for "tỷ", and a profile's "GRDP đầu người" label
            "Hồ sơ tỉnh Lạng Sơn\n\nGRDP (2021): 31,2 nghìn tỉ đồng. GRDP đầu người (2021): 40,5 triệu đồng.",
            None,
            [("grdp", 31200, "2021", "actual"), ("grdp_per_capita", 40.5, "2021", "actual")],
        ),
        (  # a result short of what was expected, then its estimate: an estimate, not the plan
            "Kinh tế 6 tháng đầu năm 2023\n\nTốc độ tăng GRDP 6 tháng đầu năm chưa đạt kỳ vọng đề ra, ước tăng "
            "5,1% (mục tiêu 7%).",
            date(2023, 6, 28),
            [("grdp_growth", 5.1, "H1/2023", "estimate")],
        ),
        (  # the poor's share after another year's clause that went on to the near-poor's count
            "Giảm nghèo\n\nNăm 2022, toàn tỉnh có 19.800 hộ nghèo chiếm 10,1%, số hộ cận nghèo là 21.000 hộ chiếm "
            "10,7%; đến hết năm 2023 toàn tỉnh còn 12.300 hộ nghèo, chiếm 6,03%.",
            date(2024, 3, 5),
            [("poverty_rate", 6.03, "31/12/2023", "actual")],
        ),
    ],
)
def test_what_a_second_blind_probe_showed_reads_right(text, doc_date, expected):
    assert_read_among(text, doc_date, expected)


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # a lead on another province's product, and ours named only to locate a road's end
            "Tăng trưởng cao nhất từ đầu nhiệm kỳ\nNăm 2024, GRDP tỉnh Hà Giang đạt mức cao nhất kể từ đầu nhiệm kỳ, "
            "đạt 6,2%. Dịch vụ du lịch phục hồi, trong năm 2024 đón 3,1 triệu lượt khách. Tỉnh cũng khởi công đường "
            "nối cao tốc Đồng Đăng (Lạng Sơn) – Trà Lĩnh.",
            date(2025, 1, 10),
            ["3,1 triệu lượt khách"],
        ),
        (  # the city's title over its figures: the city's
            "Thành phố Lạng Sơn là đô thị loại II\n\nTrong 3 năm (2015-2017), tốc độ tăng trưởng của thành phố "
            "đạt 8,8%. Năm 2017, thu nhập bình quân đầu người đạt 78 triệu đồng/người/năm.",
            date(2018, 5, 2),
            ["78 triệu đồng"],
        ),
        (  # what a district's report goes on to say, "Theo đó …"
            "Lộc Bình vượt khó\n\nTheo báo cáo của UBND huyện Lộc Bình, kết thúc năm 2018, huyện đạt nhiều kết quả "
            "tích cực. Theo đó tổng thu ngân sách năm 2018 ước đạt 114 tỷ đồng.",
            date(2019, 1, 10),
            ["114 tỷ đồng"],
        ),
        (  # a rank on what the words after it name, an award's name in quotes before it
            "Kinh tế - xã hội năm 2023\n\nTỉnh là một trong bảy đơn vị đạt giải thưởng “Cơ quan nhà nước chuyển đổi "
            "số xuất sắc” năm 2023, khi xếp thứ 2 toàn quốc về số lượng sản phẩm được đưa lên sàn thương mại điện tử.",
            date(2024, 1, 5),
            ["xếp thứ 2"],
        ),
    ],
)
def test_what_a_second_blind_probe_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_a_rank_that_rose_in_places_derives_the_one_before():
    text = "Chỉ số PCI năm 2023 của tỉnh thăng 02 hạng so với năm 2022, xếp thứ 13/63 tỉnh, thành phố."
    assert derived_from(text, date(2024, 6, 1)) == [("pci_rank", 15, "2022")]


def test_a_rank_an_index_ranks_on_its_own_words_is_the_index():
    # guard: "về chất lượng điều hành kinh tế" says what the PCI measures
    got = read_with_status(
        "PCI 2023\n\nNăm 2023, chỉ số PCI của tỉnh xếp thứ 13/63 về chất lượng điều hành kinh tế.",
        date(2024, 5, 8),
    )
    assert ("pci_rank", 13, "2023", "actual") in got, got


@pytest.mark.parametrize(
    "text, doc_date, held_texts",
    [
        (  # the measure of the zone the sentence opens on, compared with the province's
            "Khu kinh tế cửa khẩu sau 10 năm\n\nTốc độ tăng trưởng kinh tế trong KKTCK giai đoạn 2009-2017 luôn ở "
            "mức cao so với tốc độ tăng chung của tỉnh, bình quân hàng năm đạt 11,3%/năm.",
            date(2018, 10, 15),
            ["11,3%"],
        ),
        (  # … and the paragraph going on about the zone, naming neither it nor the province again
            "Khu kinh tế cửa khẩu sau 10 năm\n\nTốc độ tăng trưởng kinh tế trong KKTCK giai đoạn 2009-2017 bình "
            "quân hàng năm đạt 11,3%/năm (toàn tỉnh 8,5%). Thu nhập bình quân đầu người tăng từ 23 triệu đồng năm "
            "2009 lên 70 triệu đồng năm 2017.",
            date(2018, 10, 15),
            ["11,3%", "23 triệu đồng", "70 triệu đồng"],
        ),
        (  # the zone's take, "trên địa bàn khu kinh tế"
            "Khu kinh tế cửa khẩu sau 10 năm\n\nThu ngân sách trên địa bàn khu kinh tế từ năm 2009 đến năm 2017 là "
            "15.800 tỷ đồng.",
            date(2018, 10, 15),
            ["15.800 tỷ đồng"],
        ),
    ],
)
def test_what_a_third_blind_probe_showed_is_held(text, doc_date, held_texts):
    assert_held(text, doc_date, held_texts)


def test_a_paragraph_going_on_after_a_part_singled_out_is_the_provinces():
    # guard: after "Riêng …" the next sentence is the whole's again
    text = (
        "Xuất nhập khẩu năm 2023\n\nRiêng tại huyện Cao Lộc, tổng thu ngân sách năm 2023 đạt 420 tỷ đồng. Tổng thu "
        "ngân sách nhà nước năm 2023 đạt 7.200 tỷ đồng."
    )
    assert ("budget_revenue", 7200, "2023", "actual") in read_with_status(text, date(2024, 1, 10))


def test_a_part_of_a_year_takes_the_year_the_paragraph_before_closed_on():
    # (no date line: the same months, told with their year by the sentence just before, across the paragraph)
    text = (
        "Kỳ họp giữa năm\n\nTại kỳ họp, các đại biểu đã thông qua 18 nghị quyết về phát triển kinh tế - xã hội của "
        "tỉnh trong thời gian tới.\n\nTrong đó có nghị quyết điều chỉnh quy hoạch các cụm công nghiệp thời kỳ "
        "2011-2020, xét đến năm 2025.\n\nCác đại biểu thảo luận về các vấn đề phát triển của tỉnh.\n\nTrước đó, báo cáo tại kỳ "
        "họp về tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2021, Chủ tịch UBND tỉnh "
        "Lạng Sơn cho biết, sau khi kiểm soát được dịch bệnh, tình hình kinh tế - xã hội trên địa bàn tỉnh đã có "
        "chuyển biến tích cực.\n\nTổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm ước tăng 6,7% so với cùng kỳ "
        "năm trước."
    )
    assert ("grdp_growth", 6.7, "H1/2021", "estimate") in read_with_status(text, None)


@pytest.mark.parametrize(
    "text, doc_date, expected, absent",
    [
        (  # a running total's words describing the value's own span take nothing from it
            "Xuất nhập khẩu\n5/12/2024\n\nNăm 2023, kim ngạch đạt 4.000 triệu USD. Kim ngạch xuất nhập khẩu qua địa "
            "bàn tỉnh Lạng Sơn đạt 3.430 triệu USD, tính từ đầu năm đến ngày 30/11/2024.",
            date(2024, 12, 5),
            ("trade_turnover", 3.43, "01–11/2024"),
            ("trade_turnover", 3.43, "2023"),
        ),
        (  # the city in a list of counts after a rank: no rank of ours
            "PCI\n\nNăm 2024, PCI của Lạng Sơn đạt 65,2 điểm, xếp thứ 16/63, số dự án mới ở thành phố Lạng Sơn (12), "
            "Cao Lộc (8) và Hữu Lũng (5).",
            date(2025, 5, 7),
            ("pci_rank", 16, "2024"),
            ("pci_rank", 12, "2024"),
        ),
        (  # a count of component indices after "tổng điểm" is no score
            "PCI\n\nChỉ số PCI là tổng điểm 10 chỉ số thành phần. Năm 2023, Lạng Sơn đạt 65,2 điểm.",
            date(2024, 5, 7),
            ("pci_score", 65.2, "2023"),
            ("pci_score", 10, "2023"),
        ),
        (  # a year a value before owned, years before the date line's, dates no quarter of this year's
            "Kim ngạch\n5/4/2024\n\nKỷ lục kim ngạch qua tỉnh Lạng Sơn là 1.500 triệu USD trong quý I/2022. Trong "
            "quý I, kim ngạch qua địa bàn tỉnh ước đạt 1.000 triệu USD.",
            date(2024, 4, 5),
            ("trade_turnover", 1.0, "Q1/2024"),
            ("trade_turnover", 1.0, "Q1/2022"),
        ),
        (  # passengers' fares are no tourists' spending
            "Vận tải\n\nNăm 2024, vận chuyển hành khách nội địa trên địa bàn tỉnh Lạng Sơn đạt 2,1 triệu lượt, doanh "
            "thu đạt 350 tỷ đồng.",
            date(2025, 1, 10),
            None,
            ("tourism_revenue", 350, "2024"),
        ),
    ],
)
def test_what_the_review_of_the_evenings_rules_found(text, doc_date, expected, absent):
    got = [(i, v, p) for i, v, p, _s in read_with_status(text, doc_date)]
    if expected is not None:
        assert (expected[0], pytest.approx(expected[1]), expected[2]) in got, got
    assert (absent[0], pytest.approx(absent[1]), absent[2]) not in got, got


def test_a_rank_among_a_group_with_the_highest_scores_keeps_its_group():
    got = read_with_status(
        "PCI\n\nNăm 2023, chỉ số PCI của Lạng Sơn xếp thứ 3/7 tỉnh biên giới phía Bắc có điểm số cao nhất.",
        date(2024, 5, 7),
    )
    assert not [g for g in got if g[0] == "pci_rank"], got


def test_a_grdp_in_english_thousands_is_read_without_binary_noise():
    got = read_with_status("Năm 2019, GRDP của tỉnh theo giá hiện hành là 32,435 tỷ đồng.", date(2020, 3, 1))
    assert ("grdp", 32435.0, "2019", "actual") in got, got


@pytest.mark.parametrize(
    "text, doc_date, expected, absent",
    [
        (  # the economy keeping up its growth "với mức tăng" is the province's growth rate
            "Kinh tế 9 tháng\n\nTrong 9 tháng đầu năm 2023, kinh tế - xã hội của tỉnh tiếp tục duy trì đà tăng trưởng "
            "ổn định với mức tăng ước đạt 6,4% so với cùng kỳ.",
            date(2023, 10, 2),
            ("grdp_growth", 6.4, "01–09/2023", "estimate"),
            None,
        ),
        (  # visitors in millions without "lượt" are the province's visitors …
            "Du lịch\n\nNăm 2022, du lịch Lạng Sơn phục hồi mạnh, tỉnh đón khoảng 1,8 triệu du khách.",
            date(2023, 1, 10),
            ("tourists", 1_800_000, "2022", "actual"),
            None,
        ),
        (  # … not a group's count
            "Du lịch\n\nNgày 1/1/2024, đoàn khách đầu tiên đến tỉnh Lạng Sơn có 35 du khách.",
            date(2024, 1, 2),
            None,
            ("tourists", 35, "01/01/2024", "actual"),
        ),
        (  # new enterprises of the private sector, named between the count and "thành lập mới"
            "Kinh tế tư nhân\n\nNăm 2024, toàn tỉnh có 845 doanh nghiệp tư nhân thành lập mới, đạt 112% kế hoạch.",
            date(2025, 1, 8),
            ("new_enterprises", 845, "2024", "actual"),
            None,
        ),
        (  # targets met, N of M written apart, the province doing them named between
            "Kết quả năm 2022\n\nTrong 20 chỉ tiêu chủ yếu năm 2022, có 16 chỉ tiêu quan trọng tỉnh thực hiện đạt và "
            "vượt.",
            date(2023, 1, 5),
            ("annual_targets_met", 16, "2022", "actual"),
            None,
        ),
        (  # a count to date measured against the year's plan runs from the year's first day
            "Doanh nghiệp\n\nĐến nay, toàn tỉnh đã có 480 doanh nghiệp đăng ký thành lập mới, bằng 80% kế hoạch năm.",
            date(2024, 9, 20),
            ("new_enterprises", 480, "01/01–20/09/2024", "actual"),
            None,
        ),
        (  # a congress's day with no date line: the first year of the term it opens
            "Đại hội Đảng bộ tỉnh\n\nSáng 14/10, Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 – "
            "2025 khai mạc phiên chính thức với 350 đại biểu chính thức.",
            None,
            ("congress_delegates", 350, "14/10/2020", "actual"),
            None,
        ),
        (  # a customs office clearing goods through the province's gates: the province's trade
            "Hải quan\n\nChi cục Hải quan khu vực VI cho biết, trong tháng 8/2024, đơn vị đã thông quan hàng hóa qua "
            "các cửa khẩu của tỉnh Lạng Sơn đạt 8,5 tỷ USD.",
            date(2024, 9, 3),
            ("trade_turnover", 8.5, "08/2024", "actual"),
            None,
        ),
        (  # a photo's caption with plan words is no heading making the results under it targets
            "Kinh tế tư nhân tăng tốc\n\nCác kế hoạch hành động tạo lực đẩy cho doanh nghiệp phát triển. Ảnh: Minh "
            "Anh\nNăm 2024, toàn tỉnh có 820 doanh nghiệp thành lập mới.",
            None,
            ("new_enterprises", 820, "2024", "actual"),
            ("new_enterprises", 820, "2024", "target"),
        ),
        # what a review of the day's rules with sentences of its own found
        (  # an office the sentence names itself before "đơn vị", not the gate's named a paragraph earlier
            "Hải quan\n\nĐại diện Hải quan Hữu Nghị cho biết, lực lượng trực được bố trí đầy đủ.\n\nCục Hải quan tỉnh "
            "Lạng Sơn cho biết, năm 2023 đơn vị đã làm thủ tục cho hàng hóa qua các cửa khẩu trên địa bàn tỉnh với "
            "tổng kim ngạch đạt 5 tỷ USD.",
            date(2024, 1, 10),
            ("trade_turnover", 5, "2023", "actual"),
            None,
        ),
        (  # a customs region clearing goods through "các cửa khẩu của tỉnh": ours
            "Hải quan\n\nĐại diện Hải quan cửa khẩu Hữu Nghị cho biết, lực lượng trực được bố trí đầy đủ.\n\nChi cục "
            "Hải quan khu vực VI cho biết, 9 tháng năm 2025, đơn vị đã làm thủ tục cho hàng hóa qua các cửa khẩu của "
            "tỉnh đạt 6 tỷ USD.",
            date(2025, 10, 5),
            ("trade_turnover", 6, "01–09/2025", "actual"),
            None,
        ),
        (  # growth written bare but said of the province, after a sentence on investment: the economy's
            "Kinh tế\n\nVốn đầu tư toàn xã hội năm 2024 của tỉnh Lạng Sơn đạt 20.000 tỷ đồng, tăng 10%. Tốc độ tăng "
            "trưởng của tỉnh năm 2024 đạt 8%.",
            date(2025, 1, 10),
            ("grdp_growth", 8, "2024", "actual"),
            None,
        ),
        (  # a meeting on a congress's resolution is not the congress: no year from its term
            "Hội nghị\n\nSáng 20/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết "
            "Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 – 2025 với 350 đại biểu tham dự.",
            None,
            None,
            ("congress_delegates", 350, "20/08/2020", "actual"),
        ),
        (  # the year's plan in another clause, after a semicolon, is no measure of the stock before it
            "Đầu tư\n\nĐến nay, tỉnh Lạng Sơn đã thu hút 45 dự án FDI với tổng vốn đăng ký 600 triệu USD; riêng năm "
            "2024, thu hút đầu tư đạt 90% kế hoạch năm.",
            date(2024, 9, 20),
            None,
            ("fdi_registered", 600, "01/01–20/09/2024", "actual"),
        ),
        (  # a difference of visitors is no count of them
            "Du lịch\n\nNăm 2024, Lạng Sơn đón 3,5 triệu lượt khách, nhiều hơn 1 triệu du khách so với năm 2023.",
            date(2025, 1, 10),
            ("tourists", 3_500_000, "2024", "actual"),
            ("tourists", 1_000_000, "2024", "actual"),
        ),
        (  # one country's visitors are a part
            "Du lịch\n\nNăm 2024, Lạng Sơn đón 1,2 triệu lượt khách Trung Quốc qua cửa khẩu.",
            date(2025, 1, 10),
            None,
            ("tourists", 1_200_000, "2024", "actual"),
        ),
        (  # enterprises just dissolved are no new ones
            "Doanh nghiệp\n\nNăm 2024, toàn tỉnh có 600 doanh nghiệp thành lập mới; 50 doanh nghiệp tư nhân mới giải "
            "thể.",
            date(2025, 1, 10),
            ("new_enterprises", 600, "2024", "actual"),
            ("new_enterprises", 50, "2024", "actual"),
        ),
        (  # a sector's share of GRDP after a held share of enterprises is no bare item of their list
            "Cơ cấu\n\nNăm 2024, các doanh nghiệp hoạt động trong lĩnh vực dịch vụ chiếm 62%; khu vực dịch vụ chiếm "
            "49% GRDP.",
            date(2025, 1, 10),
            ("grdp_share_services", 49, "2024", "actual"),
            None,
        ),
        # … and a second review of the fixes
        (  # the province's own customs department named after the gate's office: the department's, ours
            "Hải quan\n\nĐại diện Hải quan Hữu Nghị cho biết, lực lượng trực 24/24 giờ.\n\nCục Hải quan tỉnh Lạng Sơn "
            "vừa tổng kết công tác năm 2023. Năm 2023, đơn vị đã làm thủ tục cho hàng hóa với tổng kim ngạch đạt 5 tỷ "
            "USD.",
            date(2024, 1, 5),
            ("trade_turnover", 5, "2023", "actual"),
            None,
        ),
        (  # a meeting preparing a congress is no congress: its day gets no year from the term
            "Tỉnh ủy\n\nChiều 20/12, Ban Chấp hành Đảng bộ tỉnh họp Hội nghị lần thứ 25 chuẩn bị Đại hội Đảng bộ tỉnh "
            "lần thứ XVIII, nhiệm kỳ 2025 - 2030 với 55 đại biểu tham dự.",
            None,
            None,
            ("congress_delegates", 55, "20/12/2025", "actual"),
        ),
        (  # visitors from home and abroad named apart: no total
            "Du lịch\n\nNăm 2024, Lạng Sơn đón 2,5 triệu du khách trong nước và 300 nghìn du khách quốc tế.",
            date(2025, 1, 5),
            None,
            ("tourists", 2_500_000, "2024", "actual"),
        ),
        (  # private enterprises back in business are no new ones
            "Doanh nghiệp\n\nNăm 2024, có 620 doanh nghiệp thành lập mới; 250 doanh nghiệp tư nhân mới quay trở lại "
            "hoạt động.",
            date(2025, 1, 5),
            ("new_enterprises", 620, "2024", "actual"),
            ("new_enterprises", 250, "2024", "actual"),
        ),
        (  # "Địa phương ta" is ours, and "Địa phương cần …" any place: neither carries the province named before
            "Tăng trưởng\n\nBắc Giang dẫn đầu vùng về tăng trưởng.\n\nĐịa phương ta quý I/2024 có GRDP tăng 6%.",
            date(2024, 4, 5),
            ("grdp_growth", 6, "Q1/2024", "actual"),
            None,
        ),
        (  # a photo's caption naming a district is no opening heading setting the text in it
            "Du lịch xứ Lạng bứt phá\nDu khách tham quan ruộng bậc thang tại huyện Bắc Sơn (Ảnh: TL)\nNăm 2024, du "
            "lịch xứ Lạng đón 3,2 triệu lượt khách.",
            date(2025, 1, 5),
            ("tourists", 3_200_000, "2024", "actual"),
            None,
        ),
    ],
)
def test_what_the_unsealed_set_and_the_days_pages_showed(text, doc_date, expected, absent):
    got = read_with_status(text, doc_date)
    if expected is not None:
        assert (expected[0], pytest.approx(expected[1]), *expected[2:]) in got, got
    if absent is not None:
        assert (absent[0], pytest.approx(absent[1]), *absent[2:]) not in got, got


# What the session of 5 December, 08:40, found: a holiday named with its year and its days in brackets after it
# ("Tết … 2025 (từ … đến …)") is kept those days -- the year only says which holiday.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (
            "Tết Nguyên đán Giáp Thìn 2024 (từ 8/2 đến 14/2/2024), tỉnh Lạng Sơn đón 132.000 lượt khách.",
            date(2024, 2, 16),
            [("tourists", 132000, "08/02–14/02/2024", "actual")],
        ),
        (
            "Trong dịp nghỉ lễ Quốc khánh năm 2024 (từ ngày 31/8 đến ngày 3/9/2024), Lạng Sơn đón 79.500 lượt khách.",
            date(2024, 9, 4),
            [("tourists", 79500, "31/08–03/09/2024", "actual")],
        ),
        (  # (a year with the days it ends on is the year: the days only clarify it)
            "Năm 2024 (tính đến hết ngày 31/12/2024), tổng thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt 9.120 tỷ đồng.",
            date(2025, 1, 10),
            [("budget_revenue", 9120, "2024", "actual")],
        ),
        (  # a period a later segment singles out is not the value's before it (the span "cả giai đoạn" is, in
            # the autumn of a congress year with no span named before, the term closing: 6 December 2026)
            "Kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn cả giai đoạn ước đạt 19,8 tỷ USD, riêng năm 2018 đạt "
            "4,2 tỷ USD.",
            date(2020, 10, 1),
            [("trade_turnover", 19.8, "2016–2020", "estimate"), ("trade_turnover", 4.2, "2018", "actual")],
        ),
        (  # the clauses after ";" go on with the holiday's days told before them
            "Trong 4 ngày nghỉ Tết Dương lịch (từ 29/12/2024 đến 1/1/2025), tỉnh Lạng Sơn đón 61.000 lượt khách; "
            "doanh thu du lịch ước đạt 52 tỷ đồng.",
            date(2025, 1, 2),
            [
                ("tourists", 61000, "29/12/2024–01/01/2025", "actual"),
                ("tourism_revenue", 52, "29/12/2024–01/01/2025", "estimate"),
            ],
        ),
        (  # … and the next sentence, after a holiday's long name
            "Trong 5 ngày nghỉ lễ Giải phóng miền Nam, thống nhất đất nước và Quốc tế Lao động (từ ngày 27/4 đến "
            "ngày 1/5/2024), tỉnh Lạng Sơn đón 88.000 lượt khách. Tổng thu từ khách du lịch ước đạt 70 tỷ đồng.",
            date(2024, 5, 2),
            [
                ("tourists", 88000, "27/04–01/05/2024", "actual"),
                ("tourism_revenue", 70, "27/04–01/05/2024", "estimate"),
            ],
        ),
        (  # the centre's estimate for the province, its year and the province between
            "Trung ương giao dự toán thu năm 2024 cho tỉnh Lạng Sơn là 8.400 tỷ đồng.",
            date(2024, 7, 10),
            [("budget_revenue", 8400, "2024", "target")],
        ),
        (  # "hơn 9 tháng": some months and some days, no span of whole months (nor the year it is of)
            "Sau hơn 9 tháng, kim ngạch xuất nhập khẩu qua các cửa khẩu tỉnh Lạng Sơn vượt 5,8 tỷ USD.",
            date(2024, 10, 25),
            [],
        ),
        (
            "Trong hơn 7 tháng của năm 2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt gần 38 tỷ USD.",
            date(2024, 8, 12),
            [],
        ),
        (  # the targets the congress's resolution set are the term's
            "Trong 22 chỉ tiêu chủ yếu mà Nghị quyết Đại hội XVI đề ra, ước đến hết năm 2020 tỉnh Lạng Sơn có 18 chỉ "
            "tiêu đạt và vượt.",
            date(2020, 9, 20),
            [("term_targets_met", 18, "2016–2020", "estimate")],
        ),
        (  # a district opening the sentence after "Đến nay": its clauses after ";" are the district's
            "Đến nay, huyện Hữu Lũng có 16/24 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo còn 5,2%.",
            date(2020, 7, 1),
            [],
        ),
        (  # the customs department telling its own take, a running total between
            "Cục Hải quan Lạng Sơn cho biết, lũy kế từ đầu năm đến ngày 30/9/2024, đơn vị đã thu được 5.010,6 tỷ "
            "đồng.",
            date(2024, 10, 3),
            [("budget_revenue_trade", 5010.6, "01–09/2024", "actual")],
        ),
        (  # the province's own enterprises, "địa phương" or the area left unnamed
            "Quý II/2025, kim ngạch của doanh nghiệp địa phương ước đạt 160 triệu USD. Năm 2025, tỉnh Lạng Sơn đặt "
            "mục tiêu kim ngạch của doanh nghiệp trên địa bàn đạt 600 triệu USD.",
            date(2025, 7, 5),
            [
                ("local_trade_turnover", 0.16, "Q2/2025", "estimate"),
                ("local_trade_turnover", 0.6, "2025", "target"),
            ],
        ),
        (  # an index named beside the one a sentence introduces is not the one whose points follow
            "Bên cạnh PCI, VCCI công bố Chỉ số xanh cấp tỉnh (PGI) năm 2024. Lạng Sơn đạt 22,1 điểm, xếp thứ 35.",
            date(2025, 5, 10),
            [("pgi_score", 22.1, "2024", "actual"), ("pgi_rank", 35, "2024", "actual")],
        ),
        (  # the economy's rate right after "đà tăng trưởng"
            "Năm 2024, kinh tế tỉnh Lạng Sơn giữ được đà tăng trưởng với tốc độ ước đạt 7,1%.",
            date(2025, 1, 8),
            [("grdp_growth", 7.1, "2024", "estimate")],
        ),
        (  # … but not a clause on a span of its own (held here: the text names no quarter)
            "Trong 9 ngày nghỉ Tết Nguyên đán (từ ngày 8/2 đến ngày 16/2/2024), tỉnh Lạng Sơn đón 170.000 lượt khách; "
            "cả quý ước đón 1,3 triệu lượt khách.",
            date(2024, 3, 28),
            [("tourists", 170000, "08/02–16/02/2024", "actual")],
        ),
        (  # a result after a sentence of plans is not of the plan's year: the title's nine months
            "Kinh tế 9 tháng năm 2024\n\nTổng thu ngân sách 9 tháng ước đạt 7.100 tỷ đồng. Năm 2024, tỉnh Lạng Sơn "
            "phấn đấu tăng trưởng GRDP đạt 8%. Số khách du lịch ước đạt 3,1 triệu lượt.",
            date(2024, 9, 30),
            [
                ("budget_revenue", 7100, "01–09/2024", "estimate"),
                ("grdp_growth", 8, "2024", "target"),
                ("tourists", 3_100_000, "01–09/2024", "estimate"),
            ],
        ),
        (  # this year's publication of an index is the edition of the year before
            "Chỉ số xanh\n\nNăm nay, VCCI công bố Chỉ số xanh cấp tỉnh (PGI). Lạng Sơn đạt 21,3 điểm, xếp thứ 30/63.",
            date(2024, 5, 10),
            [("pgi_score", 21.3, "2023", "actual"), ("pgi_rank", 30, "2023", "actual")],
        ),
        # … and what the review of these rules found
        (  # a day singled out after ";" is not the holiday's days; another subject after ";" is not the holiday's
            "Trong 7 ngày nghỉ Tết Nguyên đán (từ ngày 8/2 đến ngày 14/2/2024), tỉnh Lạng Sơn đón 128.000 lượt khách; "
            "riêng ngày mùng 1 Tết đón 14.000 lượt khách. Trong 4 ngày nghỉ lễ Quốc khánh (từ 31/8 đến 3/9/2024), "
            "tỉnh đón 50.000 lượt khách; tổng thu ngân sách trên địa bàn tỉnh ước đạt 6.000 tỷ đồng.",
            date(2024, 9, 5),
            [
                ("tourists", 128000, "08/02–14/02/2024", "actual"),
                ("tourists", 50000, "31/08–03/09/2024", "actual"),
            ],
        ),
        (  # "Năm nay, …" opening a sentence is this year's for its other clauses
            "Năm nay, VCCI công bố PCI, Lạng Sơn tăng 4 bậc; GRDP của tỉnh ước tăng 7,2%.",
            date(2024, 12, 20),
            [("grdp_growth", 7.2, "2024", "estimate")],
        ),
        (  # with no other period around, the plan's year is the one the text gives the result after it
            "Năm 2024, tỉnh Lạng Sơn đặt mục tiêu đón 3 triệu lượt khách. Kết quả, toàn tỉnh đã đón 3,2 triệu lượt "
            "khách.",
            date(2025, 1, 10),
            [("tourists", 3_000_000, "2024", "target"), ("tourists", 3_200_000, "2024", "actual")],
        ),
        (  # "hơn 6 tháng đầu năm 2024": its year is no period either
            "Trong hơn 6 tháng đầu năm 2024, tỉnh Lạng Sơn đón 1,4 triệu lượt khách.",
            date(2024, 7, 20),
            [],
        ),
        (  # the closing term's targets counted "đến nay" in its last year
            "Trong 22 chỉ tiêu mà Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI đề ra, đến nay tỉnh Lạng Sơn có 19 chỉ "
            "tiêu đạt và vượt.",
            date(2020, 8, 20),
            [("term_targets_met", 19, "2016–2020", "estimate")],
        ),
        (  # the province's own enterprises' trade, "xuất nhập khẩu" written
            "Năm 2024, kim ngạch xuất nhập khẩu của doanh nghiệp trên địa bàn tỉnh Lạng Sơn đạt 320 triệu USD.",
            date(2025, 1, 10),
            [("local_trade_turnover", 0.32, "2024", "actual")],
        ),
        # … and what two more sealed sets showed
        (  # a plan's status reaches no clause opening on a year gone by
            "Cả năm 2025, tỉnh Lạng Sơn đặt mục tiêu thu hút vốn FDI đăng ký đạt 90 triệu USD; năm 2024, con số này "
            "chỉ là 38,5 triệu USD.",
            date(2025, 10, 10),
            [("fdi_registered", 90, "2025", "target"), ("fdi_registered", 38.5, "2024", "actual")],
        ),
        (  # the holiday its paragraph told, a sentence on a part between, "trong kỳ nghỉ" after
            "Trong 5 ngày nghỉ lễ (từ ngày 30/4 đến hết ngày 4/5/2025), tỉnh Lạng Sơn đón khoảng 92.000 lượt khách. "
            "Trong đó, khách quốc tế khoảng 6.000 lượt. Tổng doanh thu từ du lịch trong kỳ nghỉ ước đạt 80 tỷ đồng.",
            date(2025, 5, 5),
            [
                ("tourists", 92000, "30/04–04/05/2025", "actual"),
                ("tourism_revenue", 80, "30/04–04/05/2025", "estimate"),
            ],
        ),
        (  # the days a sentence opens on reach its clauses after ";"
            "Từ ngày 1/1 đến ngày 12/1/2018, kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn đạt 150 triệu USD; "
            "thu ngân sách trên địa bàn đạt 101 tỷ đồng.",
            date(2018, 1, 14),
            [
                ("trade_turnover", 0.15, "01/01–12/01/2018", "actual"),
                ("budget_revenue", 101, "01/01–12/01/2018", "actual"),
            ],
        ),
        (  # a bare take after a trade counted in dollars is the take, not the trade
            "Hải quan\n\nChi cục Hải quan khu vực VI dự kiến 6 tháng đầu năm 2026 kim ngạch qua địa bàn tỉnh Lạng Sơn "
            "đạt khoảng 40 tỷ USD và số thu đạt khoảng 8.500 tỷ đồng.",
            date(2026, 4, 10),
            [
                ("trade_turnover", 40, "H1/2026", "forecast"),
                ("budget_revenue_trade", 8500, "H1/2026", "forecast"),
            ],
        ),
        (  # the trade through the province named as such after the enterprises' own
            "Kế hoạch năm 2021, tỉnh Lạng Sơn giao chỉ tiêu kim ngạch xuất nhập khẩu của doanh nghiệp trên địa bàn 450 "
            "triệu USD và kim ngạch qua địa bàn 5,2 tỷ USD.",
            date(2020, 12, 20),
            [
                ("local_trade_turnover", 0.45, "2021", "target"),
                ("trade_turnover", 5.2, "2021", "target"),
            ],
        ),
        # … and the last two sealed sets, and the review of the rules before them
        (  # a plan's list a sentence announces plans the sentences and paragraphs after it, in its year
            "Nghị quyết\n\nHĐND tỉnh đánh giá năm 2018 tốc độ tăng trưởng kinh tế ước đạt 7,1%.\n\nCác chỉ tiêu "
            "chủ yếu năm 2019 như sau. Tốc độ tăng trưởng kinh tế từ 8% trở lên. Cơ cấu kinh tế: dịch vụ 49%.\n\n"
            "Tổng thu ngân sách nhà nước trên địa bàn 6.500 tỷ đồng.",
            date(2018, 12, 12),
            [
                ("grdp_growth", 7.1, "2018", "estimate"),
                ("grdp_growth", 8, "2019", "target"),
                ("grdp_share_services", 49, "2019", "target"),
                ("budget_revenue", 6500, "2019", "target"),
            ],
        ),
        (  # … to a paragraph that tells results
            "Quyết định\n\nCác chỉ tiêu chủ yếu năm 2026 như sau: tổng thu ngân sách trên địa bàn 14.000 tỷ đồng."
            "\n\nVề ước thực hiện năm 2025: kim ngạch xuất nhập khẩu qua địa bàn tính đến ngày 30/11/2025 đạt 86 tỷ "
            "USD.",
            date(2025, 12, 10),
            [
                ("budget_revenue", 14000, "2026", "target"),
                ("trade_turnover", 86, "01–11/2025", "estimate"),
            ],
        ),
        (  # a plan's value in a clause on an earlier year goes on as that year's plan
            "Dự toán thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn năm 2025 là 10.500 tỷ đồng; năm 2024 là "
            "9.200 tỷ đồng.",
            date(2025, 1, 10),
            [("budget_revenue", 10500, "2025", "target"), ("budget_revenue", 9200, "2024", "target")],
        ),
        (  # another province with an aside naming ours between dashes: the other's
            "Tăng trưởng kinh tế năm 2025\n\nỞ nhóm cuối bảng, Cao Bằng - tỉnh láng giềng của Lạng Sơn - tăng 6,8%, "
            "xếp thứ 33/34. Lạng Sơn, một "
            "trong 11 tỉnh giữ nguyên địa giới, tăng 8,12%, xếp thứ 19/34.",
            date(2026, 1, 6),
            [("grdp_growth", 8.12, "2025", "actual"), ("grdp_growth_rank", 19, "2025", "actual")],
        ),
        (  # … an en dash too
            "Tăng trưởng kinh tế năm 2025\n\nỞ nhóm cuối bảng, Cao Bằng – tỉnh láng giềng của Lạng Sơn – tăng 6,8%, "
            "xếp thứ 33/34.",
            date(2026, 1, 6),
            [],
        ),
        (  # a customs branch serving two provinces: its take is over both
            "Tính đến hết ngày 31/5/2026, Chi cục Hải quan khu vực quản lý địa bàn hai tỉnh Lạng Sơn và Cao Bằng "
            "đã làm thủ tục cho 98.000 tờ khai, thu ngân sách đạt 6.100 tỷ đồng. Chỉ tiêu thu ngân sách Bộ Tài chính "
            "giao cho Chi cục năm 2026 là 12.500 tỷ đồng.",
            date(2026, 6, 3),
            [],
        ),
        (  # an event's days opening a sentence are no reporting span for the clause after ";"
            "Từ ngày 20/3 đến ngày 24/3/2024, Hội chợ thương mại tỉnh Lạng Sơn thu hút 30.000 lượt khách; doanh thu "
            "đạt 15 tỷ đồng. Từ ngày 1/1 đến ngày 12/1/2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 180 triệu "
            "USD; số thu ngân sách đạt 120 tỷ đồng.",
            date(2024, 3, 25),
            [
                ("tourists", 30000, "20/03–24/03/2024", "actual"),
                ("trade_turnover", 0.18, "01/01–12/01/2024", "actual"),
            ],
        ),
        # … and the third review and the last sealed sets
        (  # a later paragraph on a year gone by, or quoting someone, is no target of the list
            "Kế hoạch\n\nCác chỉ tiêu chủ yếu năm 2025 như sau. Tốc độ tăng trưởng GRDP 8,5%.\n\nNăm 2024, kim "
            "ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 5,1 tỷ USD.\n\nÔng Hoàng Văn Nam, Giám đốc Sở Tài chính cho "
            "biết, tỉnh đón 3,6 triệu lượt khách du lịch năm 2024.",
            date(2024, 12, 11),
            [
                ("grdp_growth", 8.5, "2025", "target"),
                ("trade_turnover", 5.1, "2024", "estimate"),
                ("tourists", 3_600_000, "2024", "estimate"),
            ],
        ),
        (  # a list announced "…, trong đó:" after the plan adopted, its year the plan's
            "Nghị quyết\n\nHĐND tỉnh Lạng Sơn đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm "
            "2026. Nghị quyết xác định 22 chỉ tiêu chủ yếu, trong đó: tốc độ tăng trưởng GRDP từ 10% trở lên.\n\n"
            "Thu ngân sách nhà nước trên địa bàn 11.500 tỷ đồng.",
            date(2025, 12, 12),
            [("grdp_growth", 10, "2026", "target"), ("budget_revenue", 11500, "2026", "target")],
        ),
        (  # the take after another amount than the trade is the province's
            "Năm 2024, tỉnh Lạng Sơn thu hút vốn FDI đăng ký 50 triệu USD; số thu ngân sách đạt 9.000 tỷ đồng.",
            date(2025, 1, 10),
            [("fdi_registered", 50, "2024", "actual"), ("budget_revenue", 9000, "2024", "actual")],
        ),
        (  # the rest of the year, and what the border provinces as a group need, are no figures of ours
            "Để đạt mục tiêu cả năm, Lạng Sơn cần tăng trưởng bình quân khoảng 10,9% trong các quý còn lại. Các tỉnh "
            "biên giới cần mức tăng quý II khoảng 11% mới có thể hoàn thành mục tiêu năm.",
            date(2026, 4, 20),
            [],
        ),
    ],
)
def test_what_the_session_of_5_december_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_list_of_changes_derives_each_earlier_level_from_an_amount_or_a_count():
    # "đón 1.618.000 lượt khách, doanh thu … 1.562 tỷ đồng, lần lượt tăng 9,8% và 12,5%": each rate is its
    # level's, a count's as an amount's
    text = (
        "Lũy kế 5 tháng năm 2024, tỉnh Lạng Sơn đón 1.650.000 lượt khách, doanh thu du lịch đạt 1.540 tỷ đồng, lần "
        "lượt tăng 10% và 10% so với cùng kỳ."
    )
    assert derived_from(text, date(2024, 6, 5)) == [
        ("tourists", pytest.approx(1_500_000), "01–05/2023"),
        ("tourism_revenue", pytest.approx(1400), "01–05/2023"),
    ]


@pytest.mark.parametrize(
    "moves",
    [
        # the rank's move and the score's, each with its own verb, in either order
        "xếp thứ 21/63, tăng 2,05 điểm và tăng 9 bậc so với năm 2020",
        "xếp thứ 21/63, tăng 9 bậc và tăng 2,05 điểm so với năm 2020",
        # … or one verb for both ("tăng 9 bậc và 2,05 điểm")
        "xếp thứ 21/63, tăng 2,05 điểm và 9 bậc so với năm 2020",
        "xếp thứ 21/63, tăng 9 bậc và 2,05 điểm so với năm 2020",
        # … the rank told after its move
        "tăng 2,05 điểm và 9 bậc so với năm trước, xếp thứ 21/63",
    ],
)
def test_a_rank_and_its_score_moved_together_each_derive_their_earlier_value(moves):
    text = f"Chỉ số PCI năm 2021 của tỉnh Lạng Sơn đạt 64,40 điểm, {moves}."
    assert sorted(derived_from(text, date(2022, 4, 28))) == [
        ("pci_rank", 30, "2020"),
        ("pci_score", pytest.approx(62.35), "2020"),
    ]


def test_a_fall_in_score_and_in_rank_said_with_one_verb_derives_both_earlier_values():
    text = (
        "Năm 2023, PGI của Lạng Sơn đạt 40,2 điểm, giảm 1,3 điểm và 4 bậc so với năm trước, đứng thứ 12/63."
    )
    assert sorted(derived_from(text, date(2024, 6, 1))) == [
        ("pgi_rank", 8, "2022"),
        ("pgi_score", pytest.approx(41.5), "2022"),
    ]


def test_a_score_in_a_clause_of_only_a_verb_is_the_index_named_before_the_semicolon():
    text = "Năm 2021, chỉ số PCI của Lạng Sơn xếp thứ 21/63 tỉnh, thành phố; đạt 64,40 điểm."
    assert read_with_status(text, date(2022, 4, 28)) == approx_values(
        [("pci_rank", 21, "2021", "actual"), ("pci_score", 64.40, "2021", "actual")]
    )


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a site named after the province is the site ("… toàn cầu UNESCO Lạng Sơn"): its visitors are held
        (
            "Năm 2024, toàn tỉnh đón 4,1 triệu lượt khách. Công viên địa chất toàn cầu UNESCO Lạng Sơn năm 2024 "
            "đón khoảng 1,1 triệu lượt khách.",
            date(2025, 1, 6),
            [("tourists", 4_100_000, "2024", "actual")],
        ),
        # travel agencies' takings are one trade of tourism, not its revenue
        (
            "Trong tháng 6, ngành du lịch đón 301,2 nghìn lượt khách; doanh thu du lịch lữ hành đạt 5,3 tỷ đồng.",
            date(2024, 6, 28),
            [("tourists", 301_200, "06/2024", "estimate")],
        ),
        # a subject no indicator holds takes none from the lead ("Tổng dư nợ tín dụng ước tăng …")
        (
            "Chỉ số sản xuất công nghiệp tháng 6 ước tăng 7,1% so với cùng kỳ; 6 tháng ước tăng 5,2%.\n\n"
            "Vốn huy động trên địa bàn đạt 31.200 tỷ đồng. Tổng dư nợ tín dụng ước tăng 3,4% so với đầu năm.",
            date(2024, 6, 28),
            [("iip_growth", 7.1, "06/2024", "estimate"), ("iip_growth", 5.2, "H1/2024", "estimate")],
        ),
        # a running total from January after a sentence on the month is to that month, never the month alone
        (
            "Trong tháng 10, khách du lịch đến tỉnh ước đạt 250,4 nghìn lượt. Lũy kế từ đầu năm, toàn tỉnh đón "
            "3.240,8 nghìn lượt khách.",
            date(2024, 10, 29),
            [("tourists", 250_400, "10/2024", "estimate"), ("tourists", 3_240_800, "01–10/2024", "estimate")],
        ),
        # the communes a ceremony recognises are the year's additions, not the stock
        (
            "Ngày 27/12/2023, UBND tỉnh trao quyết định công nhận 12 xã đạt chuẩn nông thôn mới năm 2023. Đến "
            "nay, toàn tỉnh có 115 xã đạt chuẩn nông thôn mới.",
            date(2023, 12, 28),
            [("new_rural_communes", 115, "28/12/2023", "actual")],
        ),
        # clauses of only a period and a verb after ";" go on with the subject named before them, past one another
        (
            "Tỷ lệ hộ nghèo cuối năm 2021 là 14,6%; cuối năm 2022 còn 10,9%; cuối năm 2023 còn 7,7%.",
            date(2024, 2, 1),
            [
                ("poverty_rate", 14.6, "31/12/2021", "actual"),
                ("poverty_rate", 10.9, "31/12/2022", "actual"),
                ("poverty_rate", 7.7, "31/12/2023", "actual"),
            ],
        ),
        # a level a fall started from, with an aside on the time before where it went
        (
            "Tỷ lệ hộ nghèo của tỉnh giảm từ 16,4% cuối năm 2021, khi chuẩn nghèo mới được áp dụng, xuống còn 6,1% "
            "cuối năm 2024.",
            date(2025, 1, 20),
            [("poverty_rate", 16.4, "31/12/2021", "actual"), ("poverty_rate", 6.1, "31/12/2024", "actual")],
        ),
        # the scenario's level a growth just given is set against ("Tốc độ này thấp hơn mức … theo kịch bản …")
        (
            "GRDP 6 tháng đầu năm ước tăng 6,4% so với cùng kỳ. Tốc độ này thấp hơn mức 7,5% theo kịch bản 6 "
            "tháng.",
            date(2024, 7, 2),
            [("grdp_growth", 6.4, "H1/2024", "estimate"), ("grdp_growth", 7.5, "H1/2024", "target")],
        ),
        # a holiday's visitors, its days counted but not told, are no year's
        (
            "Năm 2023, tỉnh đón 3,6 triệu lượt khách. Tết Quý Mão năm ngoái, tỉnh đón 150.200 lượt khách trong 6 "
            "ngày nghỉ.",
            date(2024, 2, 15),
            [("tourists", 3_600_000, "2023", "actual")],
        ),
        # money set aside for projects is no spending of the province's
        (
            "Dự toán chi ngân sách địa phương năm 2025 là 19.300 tỷ đồng; số vượt thu được bố trí 1.200 tỷ đồng cho "
            "các dự án giao thông.",
            date(2025, 7, 3),
            [("budget_expenditure", 19_300, "2025", "target")],
        ),
        # a list of incomes per head per month keeps its basis past the first value
        (
            "Thu nhập bình quân đầu người một tháng năm 2020 đạt 2,64 triệu đồng, năm 2022 đạt 3,12 triệu đồng.",
            date(2023, 6, 1),
            [
                ("income_per_capita_monthly", 2.64, "2020", "actual"),
                ("income_per_capita_monthly", 3.12, "2022", "actual"),
            ],
        ),
        # a district said to be one of the province's is still the subject of its figures
        (
            "Năm 2023, tổng vốn đầu tư phát triển toàn xã hội của tỉnh đạt 21.000 tỷ đồng. Năm 2023, Văn Lãng là "
            "một trong những huyện thu hút đầu tư khá của tỉnh, với tổng vốn đầu tư trên địa bàn đạt 980 tỷ đồng.",
            date(2024, 2, 1),
            [("total_investment", 21_000, "2023", "actual")],
        ),
        # the quarters a list counts but does not name are held, never the half-year or the quarter before
        (
            "GRDP quý III/2024 ước tăng 6,9% so với cùng kỳ; hai quý đầu năm lần lượt tăng 5,1% và 6,2%.",
            date(2024, 9, 28),
            [("grdp_growth", 6.9, "Q3/2024", "estimate")],
        ),
        # (the stock recognised to date is no addition)
        (
            "Đến nay, toàn tỉnh đã công nhận 121 xã đạt chuẩn nông thôn mới.",
            date(2024, 10, 5),
            [("new_rural_communes", 121, "05/10/2024", "actual")],
        ),
        # a score in a clause of only a verb is a component's when one is named right after it
        (
            "Năm 2023, PCI của tỉnh xếp thứ 11/63; đạt 6,8 điểm ở chỉ số thành phần Tính minh bạch.",
            date(2024, 5, 10),
            [("pci_rank", 11, "2023", "actual")],
        ),
        # a running total from January after a sentence on the quarter runs to the quarter's last month
        (
            "Quý III, toàn tỉnh đón 910 nghìn lượt khách. Lũy kế từ đầu năm, lượng khách đạt 3,2 triệu lượt.",
            date(2024, 10, 5),
            [("tourists", 910_000, "Q3/2024", "actual"), ("tourists", 3_200_000, "01–09/2024", "actual")],
        ),
        # the last sealed sets: a district's figure where it stands ("… của huyện X vẫn ở mức cao nhất, …%"),
        # the region named short as a subject, the bound of a group, an index's edition released a year later
        (
            "Tỷ lệ hộ nghèo cuối năm 2023 là 6,9%; tỷ lệ hộ nghèo của huyện Đình Lập vẫn ở mức cao nhất, 15,1%.",
            date(2024, 5, 27),
            [("poverty_rate", 6.9, "31/12/2023", "actual")],
        ),
        (
            "Miền núi phía Bắc vẫn là vùng có tỷ lệ hộ nghèo cao nhất cả nước, khoảng 14,8%. Nhóm có tỷ lệ hộ nghèo "
            "dưới 8% gồm Thái Nguyên, Bắc Giang và Lạng Sơn.",
            date(2024, 2, 1),
            [],
        ),
        (
            "Chỉ số DTI năm 2022 do Bộ Thông tin và Truyền thông công bố cuối năm 2023 ghi nhận tỉnh ở vị trí thứ "
            "9/63.",
            date(2024, 5, 27),
            [("digital_transformation_rank", 9, "2022", "actual")],
        ),
        # a clause after ";" opening on a measure goes on with the district that owned the clause before --
        # unless ours is named right after its value
        (
            "Thu nhập bình quân đầu người của huyện Văn Quan năm 2023 đạt 41,7 triệu đồng; tỷ lệ hộ nghèo còn 8,2%. "
            "Tỷ lệ hộ nghèo của huyện cuối năm 2023 là 8,2%, cao hơn mức 5,9% của toàn tỉnh.",
            date(2024, 3, 1),
            [("poverty_rate", 5.9, "31/12/2023", "actual")],
        ),
        # a result with its plan in brackets, its parts after "trong đó:", is no plan's list
        (
            "Năm 2017, tốc độ tăng trưởng kinh tế của tỉnh đạt 7,2% (mục tiêu đề ra 7%-8%), trong đó: dịch vụ tăng "
            "7,9%. Thu nhập bình quân đầu người đạt 35,1 triệu đồng.",
            date(2018, 1, 10),
            [("grdp_growth", 7.2, "2017", "actual"), ("income_per_capita", 35.1, "2017", "actual")],
        ),
        # a sentence introducing an index scored in per cent, its score in the next with no subject of its own
        (
            "Bộ Nội vụ vừa công bố Chỉ số cải cách hành chính (PAR Index) năm 2023 của các bộ, ngành và địa "
            "phương. Tỉnh đạt 86,05%.",
            date(2024, 5, 20),
            [("par_index_score", 86.05, "2023", "actual")],
        ),
        # (the second review's guards: a half-year's subjects listed "lần lượt", ours described as a mountain
        # province, figures whose review was released at a year's end)
        (
            "Lượng khách và doanh thu du lịch 6 tháng đầu năm 2023 lần lượt đạt 1,5 triệu lượt và 1.700 tỷ đồng.",
            date(2023, 7, 3),
            [("tourists", 1_500_000, "H1/2023", "actual"), ("tourism_revenue", 1700, "H1/2023", "actual")],
        ),
        (
            "Lạng Sơn – tỉnh biên giới miền núi phía Bắc có tốc độ tăng trưởng GRDP năm 2022 đạt 7,1%.",
            date(2023, 2, 1),
            [("grdp_growth", 7.1, "2022", "actual")],
        ),
        (
            "Theo số liệu rà soát công bố cuối năm 2023, tỷ lệ hộ nghèo của tỉnh còn 7,5%.",
            date(2024, 1, 5),
            [("poverty_rate", 7.5, "31/12/2023", "actual")],
        ),
        # a record since the term began is no period of the figure, nor of its rank
        (
            "Năm 2025, GRDP của tỉnh ước tăng 7,9%, cao nhất kể từ đầu nhiệm kỳ, đứng thứ 4/9 tỉnh trong vùng.",
            date(2026, 1, 8),
            [("grdp_growth", 7.9, "2025", "estimate"), ("grdp_growth_rank_region", 4, "2025", "estimate")],
        ),
    ],
)
def test_what_the_session_of_5_december_afternoon_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Đến hết năm 2023, toàn tỉnh có 113 xã đạt chuẩn nông thôn mới, tăng 14 xã so với năm 2022.",
            ("new_rural_communes", 99, "31/12/2022"),
        ),
        (
            "Năm 2023, toàn tỉnh đón 3,5 triệu lượt khách, tăng 300 nghìn lượt so với năm trước.",
            ("tourists", pytest.approx(3_200_000), "2022"),
        ),
        (
            "Năm 2023, tỉnh có 920 doanh nghiệp thành lập mới, giảm 41 doanh nghiệp so với năm 2022.",
            ("new_enterprises", 961, "2022"),
        ),
    ],
)
def test_a_count_changed_in_its_own_noun_derives_its_earlier_value(text, expected):
    assert derived_from(text, date(2024, 1, 10)) == [expected]


def test_a_change_in_another_noun_than_the_counts_derives_nothing():
    # 3,5 million visitors "tăng 12 xã"? The change is not the count's: nothing is derived
    text = "Năm 2023, toàn tỉnh đón 3,5 triệu lượt khách, tăng 12 xã so với năm trước."
    assert derived_from(text, date(2024, 1, 10)) == []


def test_a_second_comparison_compares_the_value_not_the_earlier_level_the_first_gave_in_brackets():
    # "tăng 9,5% so với năm 2021 (2,85 triệu đồng) và tăng 0,44 triệu đồng so với năm 2020": 3,12 − 0,44
    text = (
        "Năm 2024, thu nhập bình quân một người một tháng của dân cư trong tỉnh đạt 3,9 triệu đồng, tăng 8% so với "
        "năm 2023 (3,61 triệu đồng) và tăng 0,62 triệu đồng so với năm 2022."
    )
    catalog = load_catalog()
    derived = [
        (m.indicator_id, earlier.value, earlier.period.label)
        for m in extract_figures(text, catalog, date(2025, 5, 1))
        for comp in (m.comparison, *m.also_compared)
        if comp is not None and (earlier := derive_earlier(replace(m, comparison=comp), catalog)) is not None
    ]
    assert ("income_per_capita_monthly", pytest.approx(3.28), "2022") in derived


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count's change after an amount derives nothing from the amount (and breaks nothing)
        (
            "Năm 2024, doanh thu du lịch đạt 2.300 tỷ đồng, lượng khách tăng 250 nghìn lượt so với năm 2023.",
            [],
        ),
        # … nor from a count it does not follow: the nearer count of its noun is the one that changed
        (
            "Năm 2023, tỉnh có 870 doanh nghiệp thành lập mới, 310 doanh nghiệp quay trở lại hoạt động, tăng 35 "
            "doanh nghiệp so với năm trước.",
            [],
        ),
        # the rank told after a rank's and a score's move said with one verb
        (
            "Năm 2023, chỉ số PGI của tỉnh đạt 39,4 điểm, tăng 6 hạng và 2,2 điểm so với năm trước, đứng thứ 28/63.",
            [("pgi_rank", 34, "2022"), ("pgi_score", pytest.approx(37.2), "2022")],
        ),
    ],
)
def test_what_the_review_of_the_5_december_afternoon_found(text, expected):
    assert sorted(derived_from(text, date(2024, 5, 10))) == expected


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # the visitors' takings past a semicolon, not the budget's
        (
            "Năm 2024, toàn tỉnh đón 4,2 triệu lượt khách, tăng 10% so với năm 2023; tổng thu đạt 3.900 tỷ đồng.",
            date(2025, 1, 6),
            [("tourists", 4_200_000, "2024", "actual"), ("tourism_revenue", 3900, "2024", "actual")],
        ),
        # when an estimate was released ("công bố đầu tháng 1") is not what it is over
        (
            "Về số liệu cả năm 2025, theo số ước tính Cục Thống kê công bố đầu tháng 1, GRDP của tỉnh tăng 8,05%.",
            date(2026, 4, 8),
            [("grdp_growth", 8.05, "2025", "estimate")],
        ),
        # the year a congress's term opens on, its term named after the congress: the sentence is the year's
        (
            "Báo cáo tình hình kinh tế - xã hội tháng 01 năm 2026\n"
            "Năm 2026 là năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - "
            "2030. Tỉnh phấn đấu tăng trưởng GRDP từ 10% trở lên.",
            date(2026, 2, 3),
            [("grdp_growth", 10, "2026", "target")],
        ),
        # "của quý trước": the quarter before the one the sentence is set in
        (
            "Riêng quý II/2023, GRDP ước tăng 7,1%, cao hơn rõ rệt so với mức 5,2% của quý trước.",
            date(2023, 7, 5),
            [("grdp_growth", 7.1, "Q2/2023", "estimate"), ("grdp_growth", 5.2, "Q1/2023", "actual")],
        ),
        # "của năm trước": the year before the sentence's, not the date line's (a price basis's year is none)
        (
            "Năm 2024, GRDP theo giá so sánh năm 2010 tăng 6,2%, thấp hơn mức tăng 7,4% của năm trước.",
            date(2025, 1, 10),
            [("grdp_growth", 6.2, "2024", "actual"), ("grdp_growth", 7.4, "2023", "actual")],
        ),
        # a year's target, its year told the sentence before, then its first quarter's after "trong đó"
        (
            "Năm 2026, cả nước phấn đấu tăng trưởng GDP từ 10% trở lên. Lạng Sơn đặt mục tiêu GRDP tăng từ 9% trở "
            "lên, trong đó quý I tăng khoảng 8%.",
            date(2026, 1, 9),
            [("grdp_growth", 9, "2026", "target"), ("grdp_growth", 8, "Q1/2026", "target")],
        ),
        # "mức tăng này … con số X% của năm Y": the same rate, that year's
        (
            "Năm 2024, GRDP của tỉnh ước tăng 6,5%. Mức tăng này cao hơn con số 5,1% của năm 2023.",
            date(2024, 12, 28),
            [("grdp_growth", 6.5, "2024", "estimate"), ("grdp_growth", 5.1, "2023", "actual")],
        ),
        # the score named before the index the clause after the comma ranks
        (
            "Với giá trị chỉ số đạt 0,6112, DTI 2024 của tỉnh xếp thứ 7/63 tỉnh, thành phố.",
            date(2025, 6, 2),
            [("dti_score", 0.6112, "2024", "actual"), ("digital_transformation_rank", 7, "2024", "actual")],
        ),
        # a rank right after a score is that score's index's, whatever index the title names
        (
            "Kết quả PCI năm 2024 của Lạng Sơn\n"
            "Lạng Sơn đạt 68,2 điểm PCI, xếp thứ 20/63.\n"
            "Cùng dịp, VCCI công bố Chỉ số Xanh cấp tỉnh (PGI) năm 2024. Hà Giang dẫn đầu với 27,1 điểm. Lạng Sơn "
            "đạt 20,4 điểm, xếp thứ 35/63.",
            date(2025, 5, 8),
            [
                ("pci_score", 68.2, "2024", "actual"),
                ("pci_rank", 20, "2024", "actual"),
                ("pgi_score", 20.4, "2024", "actual"),
                ("pgi_rank", 35, "2024", "actual"),
            ],
        ),
        # an index's score and rank, the index named again in a later clause of the sentence
        (
            "Cùng ngày, VCCI công bố Chỉ số Xanh cấp tỉnh (PGI) năm 2024. Lạng Sơn đạt 22,1 điểm, xếp thứ 30/63; "
            "năm 2023, chỉ số PGI của tỉnh đứng thứ 45/63.",
            date(2025, 5, 8),
            [
                ("pgi_score", 22.1, "2024", "actual"),
                ("pgi_rank", 30, "2024", "actual"),
                ("pgi_rank", 45, "2023", "actual"),
            ],
        ),
        # a share said to be a sector's after "là"
        (
            "Năm 2024, cơ cấu kinh tế: dịch vụ chiếm 48,1%, công nghiệp và xây dựng 27,2%, nông, lâm nghiệp và "
            "thủy sản 20,3%, phần còn lại 4,4% là thuế sản phẩm trừ trợ cấp sản phẩm.",
            date(2025, 1, 10),
            [
                ("grdp_share_services", 48.1, "2024", "actual"),
                ("grdp_share_industry_construction", 27.2, "2024", "actual"),
                ("grdp_share_agriculture", 20.3, "2024", "actual"),
                ("grdp_share_taxes", 4.4, "2024", "actual"),
            ],
        ),
        # domestic revenue named with "ngân sách" between; what the border gates collect is trade revenue
        (
            "Năm 2024, thu ngân sách nội địa đạt 3.420 tỷ đồng; số thu tại các cửa khẩu trên địa bàn tỉnh đạt "
            "6.510 tỷ đồng.",
            date(2025, 1, 10),
            [
                ("budget_revenue_domestic", 3420, "2024", "actual"),
                ("budget_revenue_trade", 6510, "2024", "actual"),
            ],
        ),
        # the visitors' spending over a holiday's days is tourism revenue, no budget revenue (it was held before
        # tourism's words were read past the visitors' count)
        (
            "Du lịch 6 tháng đầu năm 2026\n\nDịp nghỉ lễ 30/4 – 1/5 (từ ngày 30/4 đến 3/5), tỉnh đón 186.500 lượt "
            "khách, trong đó khách quốc tế 21.300 lượt, tổng thu ước đạt 164 tỷ đồng.",
            date(2026, 7, 10),
            [
                ("tourists", 186_500, "30/04–03/05/2026", "actual"),
                ("tourism_revenue", 164, "30/04–03/05/2026", "estimate"),
            ],
        ),
        # the province's income, after the poor's, past "trong khi"
        (
            "Năm 2024, thu nhập bình quân của nhân khẩu hộ nghèo chỉ khoảng 1,3 triệu đồng/người/tháng, trong khi "
            "thu nhập bình quân đầu người một tháng của toàn tỉnh ước đạt 3,9 triệu đồng.",
            date(2024, 12, 20),
            [("income_per_capita_monthly", 3.9, "2024", "estimate")],
        ),
    ],
)
def test_what_the_session_of_5_december_evening_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_rank_and_a_score_moved_in_a_clause_of_their_own_after_a_semicolon_derive_their_earlier_values():
    text = (
        "PCI năm 2024 của tỉnh đạt 68,2 điểm, xếp thứ 20/63 tỉnh, thành phố; giảm 0,4 điểm và tăng 3 bậc so với "
        "năm 2023."
    )
    assert derived_from(text, date(2025, 5, 8)) == [
        ("pci_score", pytest.approx(68.6), "2023"),
        ("pci_rank", 23, "2023"),
    ]


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # an infographic's items: an item is no heading of the items under it, nor is a label and its value; a
        # rank item takes the rate of the item above; the abbreviations of the statistics office's graphics
        (
            "Kinh tế - xã hội tỉnh Lạng Sơn quý I/2026\n"
            "TĂNG TRƯỞNG\n"
            "- GRDP quý I ước tăng: 8,1%\n"
            "- Xếp thứ 12/34 tỉnh, thành phố; thứ 3/9 tỉnh vùng Trung du và miền núi phía Bắc\n"
            "- Cơ cấu: dịch vụ 50,2% | thuế SP trừ trợ cấp SP 4,6%\n"
            "- IIP tháng 3/2026: +11,2% so với tháng trước\n"
            "THƯƠNG MẠI - DU LỊCH\n"
            "- Khách du lịch: 1.630 nghìn lượt\n"
            "NGÂN SÁCH\n"
            "Thu NSNN trên địa bàn: 3.012,5 tỷ đồng (dự toán HĐND tỉnh giao: 16.000 tỷ đồng)\n"
            "- Thu từ hoạt động XNK: 2.140,3 tỷ đồng\n"
            "- Doanh nghiệp thành lập mới: 205 doanh nghiệp",
            date(2026, 3, 29),
            [
                ("grdp_growth", 8.1, "Q1/2026", "estimate"),
                ("grdp_growth_rank", 12, "Q1/2026", "estimate"),
                ("grdp_growth_rank_region", 3, "Q1/2026", "estimate"),
                ("grdp_share_services", 50.2, "Q1/2026", "estimate"),
                ("grdp_share_taxes", 4.6, "Q1/2026", "estimate"),
                ("tourists", 1_630_000, "Q1/2026", "estimate"),
                ("budget_revenue", 3012.5, "Q1/2026", "estimate"),
                ("budget_revenue", 16000, "2026", "target"),
                ("budget_revenue_trade", 2140.3, "Q1/2026", "estimate"),
                ("new_enterprises", 205, "Q1/2026", "estimate"),
            ],
        ),
        # a list's lead-in over a group's short heading over its items
        (
            "HĐND tỉnh thông qua kế hoạch năm 2027\n"
            "Năm 2027, HĐND tỉnh giao các chỉ tiêu chủ yếu:\n"
            "Về kinh tế\n"
            "- Tốc độ tăng trưởng GRDP: 10,5% trở lên;\n"
            "- Khách du lịch: 5,5 triệu lượt.",
            date(2026, 12, 12),
            [("grdp_growth", 10.5, "2027", "target"), ("tourists", 5_500_000, "2027", "target")],
        ),
        # the province ranked by the one index the text ranked it by, in a paragraph that names none
        (
            "Lạng Sơn trong nhóm dẫn đầu về chuyển đổi số\n"
            "DTI 2024 của tỉnh xếp thứ 6/63 tỉnh, thành phố.\n"
            "Ở các trụ cột, chính quyền số của tỉnh xếp thứ 4, kinh tế số xếp thứ 15.\n"
            "Nhìn lại, thứ hạng của Lạng Sơn liên tục cải thiện: năm 2021 – năm đầu áp dụng Bộ chỉ số – tỉnh "
            "đứng thứ 20; năm 2022 và năm 2023 lần lượt xếp thứ 11 và thứ 9.",
            date(2025, 6, 2),
            [
                ("digital_transformation_rank", 6, "2024", "actual"),
                ("digital_transformation_rank", 20, "2021", "actual"),
                ("digital_transformation_rank", 11, "2022", "actual"),
                ("digital_transformation_rank", 9, "2023", "actual"),
            ],
        ),
        # the edition of an index the text announced, for a score and rank in a paragraph that names no year
        # (and one the sentence itself names for its own value)
        (
            "Chỉ số Xanh: Lạng Sơn tụt hạng\n"
            "VCCI vừa công bố Chỉ số Xanh cấp tỉnh (PGI) 2023, xây dựng từ khảo sát gần 10.000 doanh nghiệp.\n"
            "Lạng Sơn chỉ đạt 18,2 điểm, xếp thứ 58/63. Ở lần công bố đầu tiên (PGI 2022), tỉnh xếp thứ 3.",
            date(2024, 5, 16),
            [
                ("pgi_score", 18.2, "2023", "actual"),
                ("pgi_rank", 58, "2023", "actual"),
                ("pgi_rank", 3, "2022", "actual"),
            ],
        ),
    ],
)
def test_what_the_session_of_5_december_evening_found_in_whole_documents(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # a kind of visitor's fall takes no subject from the lead
        (
            "Kinh tế năm 2020 của tỉnh\nNăm 2020, GRDP ước tăng 2,5%. Khách du lịch cả năm ước đạt 1,4 triệu "
            "lượt, giảm 49% so với năm 2019; riêng khách quốc tế giảm tới 85%.",
            date(2020, 12, 20),
            ["85%"],
        ),
        # the economic zone's board's projects are the zone's
        (
            "Trong năm 2024, Ban Quản lý cấp mới chủ trương đầu tư cho 15 dự án với tổng vốn đăng ký 3.215 tỷ "
            "đồng, trong đó có 2 dự án FDI với vốn đăng ký 27,4 triệu USD.",
            date(2025, 1, 10),
            ["27,4 triệu USD"],
        ),
        # the whole land border's gates, and the region named short as a subject
        (
            "9 tháng năm 2025, kim ngạch qua các cửa khẩu đường bộ biên giới Việt - Trung đạt khoảng 80 tỷ USD. "
            "Năm 2024, vùng thu hút 4,1 tỷ USD vốn FDI.",
            date(2025, 10, 10),
            ["80 tỷ USD", "4,1 tỷ USD"],
        ),
        # the poor's income
        (
            "Năm 2024, thu nhập bình quân của nhân khẩu hộ nghèo chỉ khoảng 1,3 triệu đồng/người/tháng.",
            date(2024, 12, 20),
            ["1,3 triệu đồng"],
        ),
    ],
)
def test_what_the_session_of_5_december_evening_holds(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # an interview's question heads its answer
        (
            "Lãnh đạo tỉnh trả lời phỏng vấn đầu xuân\n"
            "- Năm 2024 vừa qua, tỉnh đã vượt khó như thế nào, thưa ông?\n"
            "Năm qua tỉnh chịu nhiều thiệt hại do bão lũ.\n"
            "Điểm sáng là kinh tế cửa khẩu. Thu ngân sách trên địa bàn đạt 9.500 tỷ đồng.",
            date(2025, 1, 30),
            [("budget_revenue", 9500, "2024", "actual")],
        ),
        # a day spelled out as official letters write it: a running total to it, or a document's date
        (
            "Tính đến ngày 30 tháng 9 năm 2024, thu ngân sách trên địa bàn đạt 6.200 tỷ đồng.",
            date(2024, 10, 10),
            [("budget_revenue", 6200, "01–09/2024", "actual")],
        ),
        (
            "Điều chỉnh chỉ tiêu thu ngân sách nhà nước năm 2025 tại Nghị quyết số 41/NQ-HĐND ngày 10 tháng 12 năm "
            "2024 của HĐND tỉnh từ 9.910 tỷ đồng thành 16.000 tỷ đồng.",
            date(2025, 11, 10),
            [("budget_revenue", 9910, "2025", "target"), ("budget_revenue", 16000, "2025", "target")],
        ),
        # a span written before a list of years is each year's
        (
            "GRDP quý I/2025 ước tăng 7,86% (quý I các năm 2022, 2023 và 2024 lần lượt tăng 4,9%; 5,1% và 4,4%).",
            date(2025, 3, 27),
            [
                ("grdp_growth", 7.86, "Q1/2025", "estimate"),
                ("grdp_growth", 4.9, "Q1/2022", "actual"),
                ("grdp_growth", 5.1, "Q1/2023", "actual"),
                ("grdp_growth", 4.4, "Q1/2024", "actual"),
            ],
        ),
        # what a title says the months passed is no year of the text
        (
            "Kim ngạch qua Lạng Sơn 10 tháng lập kỷ lục, vượt cả năm 2024\n"
            "Trong 10 tháng, kim ngạch xuất khẩu qua các cửa khẩu trên địa bàn tỉnh đạt 28,1 tỷ USD.",
            date(2025, 11, 4),
            [("export_turnover", 28.1, "01–10/2025", "actual")],
        ),
        # the level of a year over that a plan is set against: that year's result, its year written after it
        (
            "Năm 2025, Lạng Sơn đặt mục tiêu tăng trưởng GRDP 10,5%, cao hơn nhiều so với mức 6,3% đạt được năm "
            "2024.",
            date(2025, 3, 10),
            [("grdp_growth", 10.5, "2025", "target"), ("grdp_growth", 6.3, "2024", "actual")],
        ),
        # the days of the courts' and inspectors' reporting year, both written with their years
        (
            "Từ ngày 16/12/2023 đến ngày 15/6/2024, cơ quan điều tra của tỉnh khởi tố 5 vụ án tham nhũng.",
            date(2024, 6, 25),
            [("corruption_cases", 5, "16/12/2023–15/06/2024", "actual")],
        ),
    ],
)
def test_what_the_third_round_of_5_december_evening_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_a_legal_texts_article_is_never_run_into_the_wrapped_paragraph_above():
    from etl.readers.text import normalise_text

    wrapped = (
        "Năm 2024, mặc dù chịu ảnh hưởng nặng nề của bão số 3, kinh tế của tỉnh tiếp tục phục hồi; ước\n"
        "có 15/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 5 chỉ tiêu không đạt do thiên tai kéo dài.\n"
        "Điều 2. Mục tiêu và các chỉ tiêu chủ yếu năm 2025\n"
        "1. Tốc độ tăng trưởng kinh tế (GRDP) đạt 8% trở lên."
    )
    assert "\nĐiều 2. Mục tiêu" in normalise_text(wrapped)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a plan a title says was passed is the year's own
        (
            "Lạng Sơn: Thu ngân sách vượt dự toán năm 2023\n"
            "Tổng thu ngân sách nhà nước trên địa bàn đạt 9.100 tỷ đồng, bằng 112% dự toán.",
            date(2024, 1, 8),
            [("budget_revenue", 9100, "2023", "actual")],
        ),
        # a dashed heading that gives no value heads the lines under it
        (
            "Kinh tế - xã hội Lạng Sơn 6 tháng\n- Du lịch 6 tháng đầu năm\nKhách du lịch đến tỉnh đạt 2,3 triệu lượt.",
            date(2024, 7, 2),
            [("tourists", 2_300_000, "H1/2024", "actual")],
        ),
        # an edition named only as what is compared with dates nothing
        (
            "Lạng Sơn cải thiện thứ hạng PCI\nSo với PCI 2022, năm nay tỉnh tăng 6 bậc.\n"
            "Lạng Sơn đạt 65,8 điểm, xếp thứ 30/63 tỉnh, thành phố.",
            date(2024, 5, 10),
            [],
        ),
    ],
)
def test_what_the_review_of_the_5_december_evening_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


def test_the_poors_income_is_held_whatever_income_words_follow():
    text = (
        "Năm 2024, thu nhập của hộ nghèo được nâng lên rõ rệt, mức thu nhập bình quân đạt 20 triệu "
        "đồng/người/năm."
    )
    assert_held(text, date(2024, 12, 18), ["20 triệu đồng"])


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # a decade is no calendar span
        (
            "Tỷ lệ hộ nghèo của tỉnh giảm từ trên 35% vào cuối những năm 1990 xuống 6,9% năm 2020.",
            date(2021, 5, 2),
            ["35%"],
        ),
        # a mark passed year after year
        (
            "Năm 2025 là năm thứ ba liên tiếp tỉnh đón trên 4 triệu lượt khách.",
            date(2025, 12, 30),
            ["4 triệu lượt khách"],
        ),
        # the gap between two plans, or the other plan: unsaid
        (
            "Dự toán thu ngân sách năm 2026 do HĐND tỉnh quyết định cao hơn mức Trung ương giao 620 tỷ đồng.",
            date(2025, 12, 12),
            ["620 tỷ đồng"],
        ),
        # an office's own take
        (
            "Năm 2024, số thu do Văn phòng Cục Thuế tỉnh trực tiếp quản lý ước đạt 2.050 tỷ đồng.",
            date(2024, 12, 20),
            ["2.050 tỷ đồng"],
        ),
        # the sites of an area, and the part declared at one office
        (
            "Trong 9 tháng năm 2025, các điểm đến thuộc vùng công viên địa chất đón khoảng 1,7 triệu lượt khách.",
            date(2025, 10, 5),
            ["1,7 triệu lượt khách"],
        ),
        (
            "Năm 2020, kim ngạch qua địa bàn chỉ khoảng 5,4 tỷ USD tính theo tờ khai mở tại Cục Hải quan tỉnh.",
            date(2025, 8, 1),
            ["5,4 tỷ USD"],
        ),
        # the level the Government sets every province
        (
            "Năm 2026, Chính phủ giao mục tiêu tăng trưởng cho từng địa phương, với mức phổ biến từ 10% trở lên.",
            date(2026, 1, 10),
            ["10%"],
        ),
    ],
)
def test_what_the_evenings_sealed_sets_gave_from_sentences_that_give_none(text, doc_date, held):
    assert_held(text, doc_date, held)


def test_a_linked_headline_with_its_date_is_never_run_into_the_next():
    from etl.readers.text import normalise_text

    links = (
        "Tin cùng chuyên mục\n"
        "Tình hình kinh tế - xã hội tháng 9, quý III và 9 tháng năm 2023 của tỉnh Lạng Sơn (28/09/2023)\n"
        "GRDP 6 tháng đầu năm 2023 của tỉnh Lạng Sơn tăng 5,32% so với cùng kỳ năm trước (30/06/2023)\n"
        "Chỉ số giá tiêu dùng tháng 7/2023 trên địa bàn tỉnh tăng 0,28% so với tháng trước (28/07/2023)"
    )
    assert normalise_text(links).count("\n") == 3


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # the half-year a rank is compared with is that rank's own: not the period of the rate and the rank
        # before it, which the title gives
        (
            "Tăng trưởng 9 tháng năm 2026 của các tỉnh miền núi\n"
            "Lạng Sơn tăng 9,15%, xếp thứ 11 cả nước, tăng hai bậc so với vị trí thứ 13 sau 6 tháng đầu năm.",
            date(2026, 10, 8),
            [("grdp_growth", 9.15, "01–09/2026", "actual"), ("grdp_growth_rank", 11, "01–09/2026", "actual")],
        ),
        # a title's multiple with its bound names last year only as what is compared with
        (
            "Tỉnh biên giới hút vốn FDI gấp gần 3 lần năm ngoái\n"
            "Tổng vốn đầu tư phát triển toàn xã hội trên địa bàn 9 tháng ước đạt 24.100 tỷ đồng.",
            date(2026, 11, 18),
            [("total_investment", 24100, "01–09/2026", "estimate")],
        ),
        # a term without its years, after the term written with them
        (
            "Trong nhiệm kỳ 2020 - 2025, kinh tế tỉnh tăng bình quân 7,1%/năm; tổng thu ngân sách nhà nước trên "
            "địa bàn cả nhiệm kỳ đạt 48.100 tỷ đồng.",
            date(2026, 10, 20),
            [("grdp_growth", 7.1, "2021–2025", "actual"), ("budget_revenue", 48100, "2021–2025", "actual")],
        ),
        # a quarter's growth a plan asks for, the period between the plan's word and the growth
        (
            "Bí thư Tỉnh ủy yêu cầu phấn đấu quý IV/2026 tăng trưởng trên 10%.",
            date(2026, 10, 16),
            [("grdp_growth", 10, "Q4/2026", "target")],
        ),
        # earlier quarters' growth in brackets after the quarter reported on, against the same quarter a year
        # before
        (
            "Riêng quý III/2026, GRDP ước tăng 9,7% so với quý III/2025, cao hơn mức tăng của quý I (8,1%) và quý "
            "II (9,2%).",
            date(2026, 9, 29),
            [
                ("grdp_growth", 9.7, "Q3/2026", "estimate"),
                ("grdp_growth", 8.1, "Q1/2026", "actual"),
                ("grdp_growth", 9.2, "Q2/2026", "actual"),
            ],
        ),
        # a target adjusted, from its old level to its new one, in a council's list
        (
            "UBND tỉnh đề xuất nâng các chỉ tiêu năm 2025 như sau:\n"
            "- Tốc độ tăng trưởng GRDP: từ 8% trở lên điều chỉnh thành 10%.\n"
            "- Thu ngân sách nhà nước trên địa bàn: từ 9.300 tỷ đồng điều chỉnh lên 11.800 tỷ đồng.",
            date(2025, 4, 20),
            [
                ("grdp_growth", 8, "2025", "target"),
                ("grdp_growth", 10, "2025", "target"),
                ("budget_revenue", 9300, "2025", "target"),
                ("budget_revenue", 11800, "2025", "target"),
            ],
        ),
        # (not a figure revised by the office that reckons it)
        (
            "Tốc độ tăng GRDP năm 2024 của tỉnh vừa được Cục Thống kê điều chỉnh thành 6,3%.",
            date(2025, 7, 10),
            [("grdp_growth", 6.3, "2024", "actual")],
        ),
        # a ratio to the year's plan: the plan's year, not the value's
        (
            "GRDP 6 tháng ước tăng 8,4%. Thu ngân sách nhà nước trên địa bàn ước đạt 8.900 tỷ đồng, đạt 102% "
            "dự toán Trung ương giao cả năm.",
            date(2025, 7, 5),
            [("grdp_growth", 8.4, "H1/2025", "estimate"), ("budget_revenue", 8900, "H1/2025", "estimate")],
        ),
        # the month's income the sentence before gave, gone on with
        (
            "Thu nhập bình quân đầu người một tháng năm 2022 của tỉnh đạt 3.120 nghìn đồng. Năm 2023, chỉ tiêu "
            "này sơ bộ đạt 3.390 nghìn đồng.",
            date(2024, 7, 20),
            [
                ("income_per_capita_monthly", 3.12, "2022", "actual"),
                ("income_per_capita_monthly", 3.39, "2023", "preliminary"),
            ],
        ),
        # the targets a resolution numbered "(1)", "(2)": a list, not footnotes
        (
            "Nghị quyết về kế hoạch năm 2024\n3. Các chỉ tiêu chủ yếu\na) Chỉ tiêu kinh tế\n"
            "(1) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 7% trở lên.\n"
            "(2) GRDP bình quân đầu người đạt 64 triệu đồng.",
            None,
            [("grdp_growth", 7, "2024", "target"), ("grdp_per_capita", 64, "2024", "target")],
        ),
        # the rank of a year in a run of years, its verb said once
        (
            "Thứ hạng PCI của tỉnh cải thiện: năm 2020 xếp thứ 51, năm 2021 thứ 36, năm 2022 vươn lên thứ 15.",
            date(2023, 5, 10),
            [
                ("pci_rank", 51, "2020", "actual"),
                ("pci_rank", 36, "2021", "actual"),
                ("pci_rank", 15, "2022", "actual"),
            ],
        ),
        # the month just named, "trong tháng" after it
        (
            "Riêng trong tháng 9/2025, trị giá hàng hóa được thông quan trong tháng đạt 7,8 tỷ USD.",
            date(2025, 10, 8),
            [("trade_turnover", 7.8, "09/2025", "actual")],
        ),
        # a holiday's days, then the same days in the lunar calendar
        (
            "Trong 7 ngày nghỉ Tết (từ ngày 08/02 đến ngày 14/02/2024, tức từ 29 tháng Chạp đến mùng 5 tháng "
            "Giêng), toàn tỉnh ước đón khoảng 75.000 lượt khách.",
            date(2024, 2, 28),
            [("tourists", 75_000, "08/02–14/02/2024", "estimate")],
        ),
        # the days told in the sentence before, the holiday's name a span inside them, last year's holiday
        # compared with
        (
            "Kỳ nghỉ lễ 30/4 - 1/5 năm nay kéo dài 5 ngày (từ ngày 30/4 đến hết ngày 4/5/2025). Trong dịp này, "
            "toàn tỉnh ước đón 102.300 lượt khách, tăng 18,6% so với kỳ nghỉ lễ năm trước.",
            date(2025, 5, 29),
            [("tourists", 102_300, "30/04–04/05/2025", "estimate")],
        ),
        # a plan's growth rate its gap is to
        (
            "Tăng trưởng GRDP năm 2023 ước đạt 4,65%, còn khoảng cách so với mục tiêu tăng trưởng 7% mà HĐND "
            "tỉnh đề ra cho năm 2023.",
            date(2024, 1, 10),
            [("grdp_growth", 4.65, "2023", "estimate"), ("grdp_growth", 7, "2023", "target")],
        ),
    ],
)
def test_what_the_sealed_sets_of_5_december_night_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # the count before a change the sentence does not date
        (
            "Trước khi sắp xếp đơn vị hành chính cấp xã, toàn tỉnh có 115 xã đạt chuẩn nông thôn mới.",
            date(2025, 9, 24),
            ["115 xã đạt chuẩn nông thôn mới"],
        ),
        # what a customs branch covering two provinces counts or collects
        (
            "Trên toàn địa bàn quản lý gồm hai tỉnh Lạng Sơn và Cao Bằng, số thu ngân sách 9 tháng năm 2025 của "
            "Chi cục Hải quan khu vực VI đạt 10.500 tỷ đồng.",
            date(2025, 10, 8),
            ["10.500 tỷ đồng"],
        ),
        (
            "Theo báo cáo của Chi cục Hải quan khu vực VI (quản lý địa bàn hai tỉnh Lạng Sơn và Cao Bằng), 11 tháng "
            "năm 2025, tổng kim ngạch xuất nhập khẩu qua địa bàn quản lý đạt 83,5 tỷ USD.",
            date(2025, 12, 5),
            ["83,5 tỷ USD"],
        ),
        # the goods' part of retail, after the whole named as what it is in
        (
            "Trong tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 1/2026, doanh thu bán lẻ hàng hóa "
            "đạt 2.950 tỷ đồng.",
            date(2026, 1, 29),
            ["2.950 tỷ đồng"],
        ),
    ],
)
def test_what_the_sealed_sets_of_5_december_night_hold(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # enterprises that came back to business, beside the new ones named: not new enterprises
        (
            "Trong 6 tháng, toàn tỉnh có 220 doanh nghiệp thành lập mới. Bên cạnh số doanh nghiệp thành lập mới, "
            "có 205 doanh nghiệp hoạt động trở lại.",
            date(2025, 7, 5),
            [("new_enterprises", 220, "H1/2025", "actual")],
        ),
        # "mọi năm trước" is no year: a month after it is the date line's year's
        (
            "Tính đến ngày 30/11/2025, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 86,1 tỷ USD; con số này đã "
            "vượt xa mọi năm trước. Riêng tháng 11, kim ngạch đạt 9,8 tỷ USD.",
            date(2025, 12, 3),
            [("trade_turnover", 86.1, "01–11/2025", "actual"), ("trade_turnover", 9.8, "11/2025", "actual")],
        ),
        # a score the sentence gives as the index's value
        (
            "Kết quả DTI năm 2021 cho thấy Lạng Sơn xếp thứ 5/63 tỉnh, thành phố với giá trị chỉ số 0,4572.",
            date(2022, 5, 12),
            [
                ("digital_transformation_rank", 5, "2021", "actual"),
                ("dti_score", 0.4572, "2021", "actual"),
            ],
        ),
        # the statistics sector reckoning, no sector of the economy
        (
            "GRDP năm 2020 tăng 2,83%, thấp hơn mức 2,96% mà ngành thống kê ước tính hồi tháng 12/2020.",
            date(2021, 7, 12),
            [("grdp_growth", 2.83, "2020", "actual"), ("grdp_growth", 2.96, "2020", "estimate")],
        ),
        # a footnote set after a rate per year
        (
            "Tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 7,1%/năm[1].\n"
            "[1] Năm 2021 tăng 6,8%; năm 2022 tăng 7,9%.",
            date(2025, 9, 20),
            [
                ("grdp_growth", 7.1, "2021–2025", "estimate"),
                ("grdp_growth", 6.8, "2021", "actual"),
                ("grdp_growth", 7.9, "2022", "actual"),
            ],
        ),
        # the number of the communes the sentence opens on, its stock said by the bare noun
        (
            "Số xã đạt chuẩn nông thôn mới năm 2025 tăng thêm 8 xã, lũy kế đến cuối năm đạt 114 xã.",
            date(2025, 12, 20),
            [("new_rural_communes", 114, "31/12/2025", "estimate")],
        ),
        # the growth of the economy a sector's contribution went into
        (
            "Năm 2023, khu vực nông, lâm nghiệp và thủy sản tăng 3,5%, đóng góp 0,76 điểm phần trăm vào mức tăng "
            "4,65% của tổng sản phẩm trên địa bàn.",
            date(2024, 3, 10),
            [("grdp_growth", 4.65, "2023", "actual")],
        ),
        # another province named right after the clause that opens on its value; ours compared with a whole
        # year, no span of its own named: the next year's
        (
            "Bảng xếp hạng tăng trưởng của 34 tỉnh, thành\nVới mức tăng 11,9%, Quảng Ninh đứng đầu cả nước. Lạng "
            "Sơn ước tăng 8,1%, cao hơn 2 điểm phần trăm so với năm 2024.",
            date(2026, 1, 6),
            [("grdp_growth", 8.1, "2025", "estimate")],
        ),
        # the province's crossings all named, no one of them: the worth of the goods through the province
        (
            "Hàng hóa qua các cửa khẩu cùng các lối thông quan được duy trì thông suốt; tính đến hết ngày "
            "30/11/2025, giá trị hàng hóa xuất nhập khẩu qua địa bàn vượt 86 tỷ USD.",
            date(2026, 1, 16),
            [("trade_turnover", 86, "01–11/2025", "actual")],
        ),
    ],
)
def test_what_the_sealed_sets_of_5_december_night_read_apart(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a change the text says is of the count, not of the amount just before it
        (
            "Trong tháng, toàn tỉnh có 58 doanh nghiệp thành lập mới với tổng vốn đăng ký 512 tỷ đồng, tăng 16% "
            "về số doanh nghiệp so với cùng kỳ.",
            date(2026, 1, 29),
            [("new_enterprises", 50, "01/2025")],
        ),
        # a part's bare change in the paragraph that opens on it, the whole's comparison in the one before
        (
            "Tổng thu ngân sách 10 tháng năm 2026 ước đạt 11.900 tỷ đồng, giảm 13,1% so với cùng kỳ.\n\n"
            "Trong đó, thu nội địa đạt 4.400 tỷ đồng, tăng 10%.",
            date(2026, 11, 6),
            [("budget_revenue", 13694.0, "01–10/2025"), ("budget_revenue_domestic", 4000, "01–10/2025")],
        ),
        # past the value restated in another unit in brackets
        (
            "GRDP bình quân đầu người năm 2025 đạt 71,4 triệu đồng (khoảng 2.800 USD), tăng 6,9 triệu đồng so với "
            "năm 2024.",
            date(2026, 7, 21),
            [("grdp_per_capita", 64.5, "2024")],
        ),
        # a gap in points after a rate that is itself a change
        (
            "GRDP năm 2022 ước tăng 7,22% so với năm 2021, cao hơn 3,96 điểm phần trăm so với năm 2021.",
            date(2022, 12, 29),
            [("grdp_growth", 3.26, "2021")],
        ),
        # a move in steps is the rank's, past the score said with it
        (
            "Lạng Sơn xếp thứ 5/63 tỉnh, thành phố về chuyển đổi số năm 2021 với giá trị chỉ số 0,4572, tăng 11 "
            "bậc so với năm 2020.",
            date(2022, 5, 12),
            [("digital_transformation_rank", 16, "2020")],
        ),
        # the term the sentence wrote, its previous one compared with
        (
            "Trong nhiệm kỳ 2020 - 2025, tổng thu ngân sách nhà nước trên địa bàn cả nhiệm kỳ đạt 48.187 tỷ đồng, "
            "tăng 50,2% so với nhiệm kỳ trước.",
            date(2026, 10, 20),
            [("budget_revenue", 32082, "2016–2020")],
        ),
    ],
)
def test_what_the_sealed_sets_of_5_december_night_derive(text, doc_date, expected):
    assert derived_from(text, doc_date) == [(i, pytest.approx(v, abs=0.05), p) for i, v, p in expected]


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a rate restated under a new standard is no target adjusted
        (
            "Áp dụng chuẩn nghèo đa chiều giai đoạn 2022 - 2025, tỷ lệ hộ nghèo cuối năm 2021 của tỉnh từ 5,8% điều "
            "chỉnh thành 13,7%.",
            date(2022, 1, 12),
            [("poverty_rate", 5.8, "31/12/2021", "actual"), ("poverty_rate", 13.7, "31/12/2021", "actual")],
        ),
        # the plan's year a ratio names is the value's own, where the sentence names no other
        (
            "Tổng thu ngân sách nhà nước trên địa bàn đạt 11.300 tỷ đồng, bằng 105% dự toán năm 2024.",
            date(2025, 1, 6),
            [("budget_revenue", 11300, "2024", "actual")],
        ),
        # the next term is no term just named
        (
            "Nhiệm kỳ 2020 - 2025, kinh tế tỉnh tăng trưởng bình quân 6,5%/năm; nhiệm kỳ tới, tỉnh phấn đấu tăng "
            "trưởng bình quân từ 10%/năm trở lên.",
            date(2025, 9, 30),
            [("grdp_growth", 6.5, "2021–2025", "estimate"), ("grdp_growth", 10, "2026–2030", "target")],
        ),
        # "trong tháng" after a month a ratio is to: the report's month
        (
            "Kinh tế cửa khẩu\nTháng 10, kim ngạch xuất nhập khẩu qua địa bàn ước đạt 600 triệu USD, bằng 92% tháng "
            "9/2024, thu ngân "
            "sách từ hoạt động xuất nhập khẩu trong tháng đạt 520 tỷ đồng.",
            date(2024, 11, 1),
            [
                ("trade_turnover", 0.6, "10/2024", "estimate"),
                ("budget_revenue_trade", 520, "10/2024", "actual"),
            ],
        ),
        # the province's trade, told by the branch that covers two provinces
        (
            "Là đơn vị quản lý hai tỉnh Lạng Sơn và Cao Bằng, Chi cục Hải quan khu vực VI cho biết kim ngạch xuất "
            "nhập khẩu qua địa bàn tỉnh Lạng Sơn 9 tháng năm 2025 đạt 51 tỷ USD.",
            date(2025, 10, 7),
            [("trade_turnover", 51, "01–09/2025", "actual")],
        ),
        # the province's total, a park named first
        (
            "Khu công nghiệp Đồng Bành hoàn thiện hạ tầng, góp phần đưa tổng vốn FDI đăng ký của toàn tỉnh năm 2024 "
            "đạt 150 triệu USD.",
            date(2024, 12, 30),
            [("fdi_registered", 150, "2024", "estimate")],
        ),
        # a total told by its kinds
        (
            "Chín tháng năm 2025, Lạng Sơn đón 3,5 triệu lượt khách gồm khách trong nước và khách quốc tế.",
            date(2025, 10, 6),
            [("tourists", 3_500_000, "01–09/2025", "actual")],
        ),
        # a year's worth gone on with after a month's income: not a month's
        (
            "Năm 2023, thu nhập bình quân đầu người một tháng của tỉnh đạt 2,4 triệu đồng. Tính cả năm, chỉ tiêu "
            "này đạt 28,8 triệu đồng/người.",
            date(2024, 7, 20),
            [
                ("income_per_capita_monthly", 2.4, "2023", "actual"),
                ("income_per_capita", 28.8, "2023", "actual"),
            ],
        ),
        # a count before the reorganisation, then the one after
        (
            "Trước khi sắp xếp đơn vị hành chính cấp xã, toàn tỉnh có 116 xã đạt chuẩn nông thôn mới; sau sắp xếp, "
            "hiện toàn tỉnh có 38 xã đạt chuẩn nông thôn mới.",
            date(2025, 8, 12),
            [("new_rural_communes", 38, "12/08/2025", "actual")],
        ),
    ],
)
def test_what_the_review_of_the_5_december_night_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # a rate compared with last year, in a text of the year not over: its span is not told
        (
            "Lượng khách du lịch đến Lạng Sơn đạt 4,1 triệu lượt, tăng 12% so với năm 2024.",
            date(2025, 10, 20),
            ["4,1 triệu lượt"],
        ),
        # the top province of an index's table, named by its place in it
        (
            "Địa phương đứng đầu bảng xếp hạng PCI 2024 đạt 73,4 điểm; Lạng Sơn đạt 66,8 điểm.",
            date(2025, 5, 7),
            ["73,4 điểm"],
        ),
    ],
)
def test_what_the_review_of_the_5_december_night_holds(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a whole year's results told in February, no year nearby: the year just ended
        (
            "Tính chung cả năm, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 60.240,8 triệu USD.",
            date(2025, 2, 5),
            [("trade_turnover", 60.2408, "2024", "actual")],
        ),
        # ... and its plan, a year told in February: the new one
        (
            "Cả năm, tỉnh phấn đấu kim ngạch xuất nhập khẩu qua địa bàn đạt 63 tỷ USD.",
            date(2025, 2, 5),
            [("trade_turnover", 63, "2025", "target")],
        ),
        # the year the paragraph reported on, not the year it compared with
        (
            "Suốt năm 2024, các cửa khẩu thông quan ổn định, số xe qua lại nhiều hơn năm 2023 khoảng 20%. Mỗi ngày "
            "có 28 toa tàu xuất khẩu. Tính chung cả năm, kim ngạch xuất nhập khẩu qua địa bàn đạt 60,2 tỷ USD.",
            date(2025, 4, 5),
            [("trade_turnover", 60.2, "2024", "actual")],
        ),
        # the plan a year's results fell short of is that year's
        (
            "Năm 2016 là năm đầu của kế hoạch 5 năm. Tăng trưởng GRDP cả năm ước đạt 7,06%, thấp hơn kế hoạch 8%.",
            date(2017, 1, 13),
            [("grdp_growth", 7.06, "2016", "estimate"), ("grdp_growth", 8, "2016", "target")],
        ),
        # a value set apart after a dash is the month compared with's
        (
            "Tháng 9/2025, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 7,8 tỷ USD, thấp hơn 14% so với tháng "
            "8/2025 - tháng cao kỷ lục với 9,1 tỷ USD.",
            date(2025, 10, 6),
            [("trade_turnover", 7.8, "09/2025", "actual"), ("trade_turnover", 9.1, "08/2025", "actual")],
        ),
        # the number of the counted things as the subject, its value bare
        (
            "Sáu tháng đầu năm 2025, số doanh nghiệp thành lập mới trên toàn tỉnh là 402, bằng 57% kế hoạch năm.",
            date(2025, 7, 12),
            [("new_enterprises", 402, "H1/2025", "actual")],
        ),
        # the province as the subject that grew
        (
            "Năm 2023, Lạng Sơn tăng trưởng 7,05%, cao nhất trong nhiều năm.",
            date(2024, 3, 2),
            [("grdp_growth", 7.05, "2023", "actual")],
        ),
        # the count of poor households, then their rate
        (
            "Kết quả rà soát cuối năm 2017 cho thấy toàn tỉnh có 36.482 hộ nghèo, tỷ lệ 19,12%.",
            date(2018, 1, 10),
            [("poverty_rate", 19.12, "31/12/2017", "actual")],
        ),
        # the reference written first, after the sentence opened on another
        (
            "So với tháng trước, chỉ số sản xuất công nghiệp tháng 4/2019 tăng 4,38%, so với cùng kỳ tăng 3,07%.",
            date(2019, 4, 28),
            [("iip_growth", 3.07, "04/2019", "estimate")],
        ),
        # a running total to a day the press wrote with a hyphen
        (
            "Lũy kế từ đầu năm đến ngày 15-12, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 3.871 triệu USD.",
            date(2021, 12, 22),
            [("trade_turnover", 3.871, "01/01–15/12/2021", "actual")],
        ),
        # no date line: the whole year the title names, not the quarter the sentence opens on
        (
            "Tình hình kinh tế - xã hội 9 tháng đầu năm 2019\n\nTrong quý IV, tỉnh tập trung tháo gỡ khó khăn, phấn "
            "đấu thu ngân sách trên địa bàn cả năm đạt 7.500 tỷ đồng.",
            None,
            [("budget_revenue", 7500, "2019", "target")],
        ),
        # an index its own words name after the rank, not the rate the sentence before gave
        (
            "GRDP năm 2022 tăng 6,34%. Cũng năm 2022, Lạng Sơn đứng thứ 6/63 tỉnh, thành phố về Chỉ số chuyển đổi "
            "số (DTI).",
            date(2023, 5, 2),
            [("grdp_growth", 6.34, "2022", "actual"), ("digital_transformation_rank", 6, "2022", "actual")],
        ),
        # a contrast after the value, with its own year
        (
            "Năm 2020, quy mô GRDP của tỉnh đạt 34.950 tỷ đồng; GRDP bình quân đầu người đạt 44,2 triệu đồng, "
            "trong khi năm 2015 mới là 30,6 triệu đồng.",
            date(2021, 6, 1),
            [
                ("grdp", 34950, "2020", "actual"),
                ("grdp_per_capita", 44.2, "2020", "actual"),
                ("grdp_per_capita", 30.6, "2015", "actual"),
            ],
        ),
        # results are never of a year not begun, whatever year the title plans
        (
            "Lạng Sơn vững tâm bứt phá trong năm 2025\n\nTỉnh đã làm được nhiều việc. Tốc độ tăng trưởng GRDP cả "
            "năm ước đạt 6,01%.",
            date(2024, 12, 30),
            [("grdp_growth", 6.01, "2024", "estimate")],
        ),
    ],
)
def test_what_the_sealed_sets_of_5_december_late_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # a sector named as the province's own
        ("Nông, lâm nghiệp Lạng Sơn năm 2023 tăng trưởng 6,48%.", date(2023, 12, 20), ["6,48%"]),
        # a gap to a reference written before it
        (
            "Ba năm 2021 - 2023, GRDP tăng bình quân 6,34%/năm, so với bình quân giai đoạn 2016 - 2020 thì cao "
            "hơn 1,6%.",
            date(2023, 12, 6),
            ["1,6%"],
        ),
        # a rank in an index named after it that the catalog does not hold
        (
            "Năm 2019, khi chưa có bộ chỉ số DTI, Lạng Sơn xếp thứ 31/63 về Chỉ số sẵn sàng cho phát triển và ứng "
            "dụng công nghệ thông tin (ICT Index).",
            date(2021, 4, 2),
            ["xếp thứ 31/63"],
        ),
        # those chosen for the national congress
        (
            "Sáng 25/9, Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030 khai mạc với sự tham dự "
            "của 350 đại biểu chính thức. Phiên bế mạc, Đại hội cũng đã chọn 19 đại biểu chính thức và 2 đại biểu "
            "dự khuyết vào đoàn của Đảng bộ tỉnh dự Đại hội XIV của Đảng.",
            date(2025, 9, 26),
            ["19 đại biểu chính thức"],
        ),
        # the income of a group of households
        (
            "Thu nhập bình quân đầu người của tỉnh năm 2019 đạt 38,9 triệu đồng/năm; tuy vậy, thu nhập của nhóm hộ "
            "nghèo mới ở mức khoảng 0,8 triệu đồng/người/tháng.",
            date(2020, 8, 6),
            ["0,8 triệu đồng"],
        ),
        # the export part of a part just held
        (
            "Năm 2023, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 51.864,2 triệu USD. Trong số này, hàng hóa "
            "mở tờ khai tại Cục Hải quan Lạng Sơn có kim ngạch 4.968 triệu USD, bằng 130,7% kế hoạch; phần xuất "
            "khẩu 2.744 triệu USD; phần nhập khẩu 2.224 triệu USD.",
            date(2024, 2, 7),
            ["2.744 triệu USD", "2.224 triệu USD"],
        ),
        # another province's rate its sentence opens on, the measure named between
        (
            "Với mức tăng GRDP 11,89%, Quảng Ninh đứng đầu cả nước năm 2025.",
            date(2026, 1, 5),
            ["11,89%"],
        ),
        # one kind of visitor, the words of its share between
        (
            "Dịp Tết, Lạng Sơn đón 74.600 lượt khách; khách trong nước chiếm phần lớn với khoảng 72.400 lượt.",
            date(2024, 2, 15),
            ["72.400 lượt"],
        ),
        # the local enterprises' exports
        (
            "Sở Công Thương cho biết kim ngạch hàng hóa của doanh nghiệp địa phương xuất khẩu năm 2025 đạt 195 triệu "
            "USD.",
            date(2026, 1, 16),
            ["195 triệu USD"],
        ),
        # an agency's take, the agency the sentence's subject
        (
            "Theo Hải quan cửa khẩu quốc tế Hữu Nghị, năm nay đơn vị vừa giữ được dòng hàng thông suốt, nổi bật là "
            "số thu ngân sách đã lên tới 5.762 tỷ đồng.",
            date(2025, 12, 8),
            ["5.762 tỷ đồng"],
        ),
    ],
)
def test_what_the_sealed_sets_of_5_december_late_hold(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a new enterprises' count said after what it did, "với N doanh nghiệp"
        (
            "Trong năm 2024, doanh nghiệp thành lập mới tăng mạnh, với 1.185 doanh nghiệp, gấp đôi kế hoạch.",
            date(2025, 1, 6),
            [("new_enterprises", 1185, "2024", "actual")],
        ),
        # delegates at the congress's opening session, not its kinds in brackets
        (
            "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII\n\nTại phiên khai mạc sáng 25/9/2025, có mặt đủ 398/398 đại "
            "biểu chính thức được triệu tập (39 đại biểu đương nhiên và 359 đại biểu được bầu, chỉ định).",
            date(2025, 9, 25),
            [("congress_delegates", 398, "25/09/2025", "actual")],
        ),
        # the year a plan is named in passing for, not the shares' status
        (
            "Là năm bứt phá để về đích các chỉ tiêu nhiệm kỳ 2020 - 2025, năm 2025 cơ cấu kinh tế của tỉnh tiếp tục "
            "dịch chuyển: khu vực nông, lâm nghiệp và thủy sản chiếm 20,3%.",
            date(2026, 1, 16),
            [("grdp_share_agriculture", 20.3, "2025", "actual")],
        ),
        # an anniversary looked forward to is no day a count is at
        (
            "Hướng tới ngày 3-2, kỷ niệm 95 năm Ngày thành lập Đảng, Đảng bộ tỉnh hiện có 72.100 đảng viên.",
            date(2025, 1, 20),
            [("party_members", 72100, "20/01/2025", "actual")],
        ),
        # months and quarters joined by a dash, the year written after the last
        (
            "Tháng 1 - 10/2025, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 74 tỷ USD. Quý I - quý III/2025, thu "
            "ngân sách trên địa bàn đạt 12.100 tỷ đồng.",
            date(2025, 11, 5),
            [
                ("trade_turnover", 74, "01–10/2025", "actual"),
                ("budget_revenue", 12100, "01–09/2025", "actual"),
            ],
        ),
    ],
)
def test_what_the_review_of_the_5_december_late_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # the province grew in something the rate is said to be of
        ("Năm 2024, Lạng Sơn tăng trưởng 18,6% về lượng khách du lịch.", date(2025, 1, 13), ["18,6%"]),
        # poor households that left, then the fall
        ("Năm 2024, toàn tỉnh giảm được 3.050 hộ nghèo, tỷ lệ 1,6%.", date(2025, 1, 13), ["1,6%"]),
        # a council's sitting, not a congress's
        (
            "Kỳ họp thứ ba HĐND tỉnh khai mạc sáng nay. Có 58/62 đại biểu HĐND tỉnh có mặt tại phiên khai mạc.",
            date(2016, 12, 8),
            ["58/62 đại biểu"],
        ),
        # growth against a month of the same year, written first
        (
            "Chỉ số sản xuất công nghiệp tháng 9 ước tăng 7,95% so với cùng kỳ năm trước. So với tháng 8, chỉ số "
            "tháng 9 tăng 3,8%.",
            date(2023, 9, 28),
            ["3,8%"],
        ),
        # a rank in an index whose score the catalog holds and whose rank it does not, named after it
        (
            "Năm 2024, GRDP của tỉnh tăng 6,2%, xếp thứ 41/63 về Chỉ số hài lòng (SIPAS).",
            date(2025, 5, 5),
            ["xếp thứ 41/63"],
        ),
    ],
)
def test_what_the_review_of_the_5_december_late_holds(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # the customs' half-month, with its month: days 1 to 15, or the rest of the month
        (
            "Kỳ 2 tháng 11/2022, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 231,6 triệu USD.",
            date(2022, 12, 5),
            [("trade_turnover", 0.2316, "16–30/11/2022", "actual")],
        ),
        # a running total from January "đến 15/12", no "ngày" (the words say it is a date)
        (
            "Số thu từ hoạt động xuất nhập khẩu từ đầu năm đến 15/12 đạt 4.102,3 tỷ đồng.",
            date(2017, 12, 18),
            [("budget_revenue_trade", 4102.3, "01/01–15/12/2017", "actual")],
        ),
        # … or to a day written with the press's hyphens
        (
            "Lũy kế từ đầu năm đến hết ngày 15-12-2022, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 4.512,7 "
            "triệu USD.",
            date(2022, 12, 19),
            [("trade_turnover", 4.5127, "01/01–15/12/2022", "actual")],
        ),
        # a footnote on an average "mỗi năm": its years are the average's rate's (a guard: read so before too, the
        # paragraph's subject carried; the marker after "mỗi năm" is now read as the average's own)
        (
            "Giai đoạn 2021 - 2025, GRDP ước tăng bình quân 7,2% mỗi năm[1].\n[1] Năm 2021 tăng 6,1%; năm 2022 tăng "
            "7,3%.",
            date(2025, 10, 20),
            [
                ("grdp_growth", 7.2, "2021–2025", "estimate"),
                ("grdp_growth", 6.1, "2021", "actual"),
                ("grdp_growth", 7.3, "2022", "actual"),
            ],
        ),
        # the nation as a rank's or a superlative's scope, the value said "với" after it: ours
        (
            "Năm 2023, chỉ số PGI của Lạng Sơn nằm trong nhóm 20 tỉnh có chất lượng quản trị xanh tốt nhất toàn "
            "quốc với 21,4 điểm.",
            date(2024, 5, 10),
            [("pgi_score", 21.4, "2023", "actual")],
        ),
        # the province's level the parts are set against
        (
            "Cuối năm 2023, tỷ lệ hộ nghèo ở các xã biên giới là 9,1%, cao hơn mức chung toàn tỉnh (6,2%).",
            date(2024, 2, 1),
            [("poverty_rate", 6.2, "31/12/2023", "actual")],
        ),
        # per head, written first; worth of the goods, written last
        (
            "Năm 2021, tính bình quân đầu người, GRDP ước đạt 43,9 triệu đồng; hàng hóa xuất nhập khẩu qua địa bàn "
            "có tổng giá trị ước 3.950 triệu USD.",
            date(2021, 12, 21),
            [("grdp_per_capita", 43.9, "2021", "estimate"), ("trade_turnover", 3.95, "2021", "estimate")],
        ),
        # poor households counted, their share after them in brackets or after "bằng"
        (
            "Cuối năm 2023, số hộ nghèo chỉ còn 13.240 hộ (6,48%); năm 2022 còn trên 17.000 hộ nghèo, tỷ lệ 8,4%.",
            date(2024, 1, 20),
            [("poverty_rate", 6.48, "31/12/2023", "actual"), ("poverty_rate", 8.4, "31/12/2022", "actual")],
        ),
        # the term's targets "của Nghị quyết", in a sentence on the term
        (
            "Nhiệm kỳ 2015 - 2020, tỉnh có 20/24 chỉ tiêu chủ yếu của Nghị quyết đạt và vượt.",
            date(2020, 9, 30),
            [("term_targets_met", 20, "2016–2020", "estimate")],
        ),
        # "trong 5 năm." closing a term's result, and "cả giai đoạn" with no span named before
        (
            "Tại Đại hội, báo cáo cho biết kinh tế cửa khẩu đã mang lại khoảng 28 tỷ USD giá trị hàng hóa xuất nhập "
            "khẩu qua địa bàn trong 5 năm. Thu ngân sách nhà nước trên địa bàn cả giai đoạn ước được 45.300 tỷ đồng.",
            date(2025, 9, 26),
            [
                ("trade_turnover", 28, "2021–2025", "estimate"),
                ("budget_revenue", 45300, "2021–2025", "estimate"),
            ],
        ),
        # a holiday compared with the holiday a year before: the holiday's days the paragraph told (a guard: the
        # title naming the holiday with its year, "Tết Nguyên đán Ất Tỵ 2025", was the case that failed)
        (
            "Dịp Tết Nguyên đán Bính Ngọ, từ ngày 14/2 đến hết ngày 22/2/2026, tỉnh đón khoảng 120.000 lượt khách. "
            "Trong đó khách quốc tế chiếm gần 10%. Doanh thu du lịch ước đạt 96 tỷ đồng, tăng 15% so với Tết năm "
            "trước.",
            date(2026, 2, 23),
            [
                ("tourists", 120000, "14/02–22/02/2026", "actual"),
                ("tourism_revenue", 96, "14/02–22/02/2026", "estimate"),
            ],
        ),
        # a part singled out, then the next clause back on the whole
        (
            "Tháng 3/2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh ước đạt 470 triệu USD, riêng cửa khẩu Tân "
            "Thanh đạt 120 triệu USD; lũy kế quý I ước đạt 1.390 triệu USD.",
            date(2024, 3, 28),
            [
                ("trade_turnover", 0.47, "03/2024", "estimate"),
                ("trade_turnover", 1.39, "Q1/2024", "estimate"),
            ],
        ),
        # an estimate of the months just ended is the date line's year's, not the year the sentence before named
        (
            "Năm 2025, chỉ số PAPI của tỉnh xếp thứ 12/34. Bên cạnh đó, tăng trưởng GRDP 6 tháng đầu năm ước đạt "
            "8,1%.",
            date(2026, 7, 15),
            [("papi_rank", 12, "2025", "actual"), ("grdp_growth", 8.1, "H1/2026", "estimate")],
        ),
        # a lead that opens on its year after a lead-in dates the results no nearer words date (a guard: the
        # paragraph before dates this one too)
        (
            "Một năm nhìn lại\n25/01/2025\nTrong bối cảnh nhiều thách thức, năm 2024 kinh tế Lạng Sơn tiếp tục tăng "
            "trưởng khá trên hầu hết các lĩnh vực, tạo nền tảng cho năm cuối nhiệm kỳ.\nNgành du lịch đón khoảng "
            "4,1 triệu lượt khách.",
            None,
            [("tourists", 4_100_000, "2024", "actual")],
        ),
        # the counted things opening the sentence, their number bare after "ước đạt"
        (
            "Năm 2022, doanh nghiệp thành lập mới ước đạt 611, tăng 9% so với năm 2021.",
            date(2022, 12, 10),
            [("new_enterprises", 611, "2022", "estimate")],
        ),
        # a page stored again: its date line years after the day its lead opens on
        (
            "UBND tỉnh họp phiên thường kỳ tháng 6\nThứ hai, 12/09/2022\nLSO - Sáng 28/6/2019, UBND tỉnh họp phiên "
            "thường kỳ tháng 6 để đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm.\nTốc độ tăng trưởng GRDP 6 "
            "tháng ước đạt 6,9%.",
            None,
            [("grdp_growth", 6.9, "H1/2019", "estimate")],
        ),
        # a page whose first lines are the site's banner: the month "trong tháng" is the report's title's
        (
            "Trang thông tin điện tử Cục Thống kê tỉnh Lạng Sơn\nhttp://cucthongkelangson.gov.vn\nTình hình kinh tế -"
            " xã hội tháng 3 và quý I năm 2024\nTrong tháng, toàn tỉnh đón 285.000 lượt khách du lịch.",
            None,
            [("tourists", 285000, "03/2024", "actual")],
        ),
    ],
)
def test_what_the_sealed_sets_of_6_december_found(text, doc_date, expected):
    if doc_date is None:
        doc_date = date_line(text)
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # a lower Party body's congress: too few delegates and members to be the province's
        (
            "Sáng 20/8, Đảng bộ Sở Y tế tổ chức Đại hội đại biểu lần thứ I. Dự Đại hội có 120 đại biểu chính thức, "
            "thay mặt cho hơn 1.400 đảng viên.",
            date(2025, 8, 20),
            ["120 đại biểu chính thức", "1.400 đảng viên"],
        ),
        # growth against the month before, as a condition
        (
            "Chỉ số sản xuất công nghiệp tháng 4/2025 ước tăng 8,1% so với cùng kỳ năm trước; nếu so với tháng 3 "
            "thì tăng 1,9%.",
            date(2025, 4, 28),
            ["1,9%"],
        ),
        # a headline's year rounding up the body's months from January (a guard, with the rule that drops it)
        (
            "Xuất nhập khẩu năm 2024 vượt 5 tỷ USD\n10/12/2024\nTính đến ngày 30/11/2024, kim ngạch xuất nhập khẩu "
            "qua địa bàn tỉnh đạt 5,08 tỷ USD.",
            date(2024, 12, 10),
            ["5 tỷ USD"],
        ),
        # a factory's workers' earnings, not the province's income per head
        (
            "Năm 2024, nhà máy có khoảng 500 lao động, thu nhập bình quân 8 triệu đồng/người/tháng.",
            date(2024, 12, 10),
            ["8 triệu đồng"],
        ),
        # the time a condition names is no figure's (a guard: the half-month is now read as days)
        (
            "Theo Sở Tài chính, nếu thông quan thông suốt trong nửa cuối tháng 12, số thu có thể đạt 6.400 tỷ đồng.",
            date(2021, 12, 10),
            ["6.400 tỷ đồng"],
        ),
    ],
)
def test_what_the_sealed_sets_of_6_december_hold(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # the same days of another month (no year): nothing derived from it
        (
            "Từ ngày 1 đến hết ngày 15/12/2017, kim ngạch qua các cửa khẩu trên địa bàn tỉnh đạt 201,5 triệu USD, "
            "giảm 9,2% so với cùng kỳ tháng 11 nhưng tăng 5% so với cùng kỳ năm 2016.",
            date(2017, 12, 18),
            [("trade_turnover", 0.1919, "01–15/12/2016")],
        ),
        # a half-month against the half-month before: nothing derived (a guard: the half-month is now read)
        (
            "Nửa đầu tháng 12/2021, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 118 triệu USD, giảm 41% so với "
            "nửa đầu tháng 11.",
            date(2021, 12, 20),
            [],
        ),
    ],
)
def test_what_the_sealed_sets_of_6_december_derive(text, doc_date, expected):
    catalog = load_catalog()
    got = [
        (m.indicator_id, earlier.value, earlier.period.label)
        for m in extract_figures(text, catalog, doc_date)
        for comparison in ((m.comparison, *m.also_compared) if m.comparison is not None else ())
        if (earlier := derive_earlier(replace(m, comparison=comparison), catalog)) is not None
    ]
    assert got == [(i, pytest.approx(v, abs=1e-3), p) for i, v, p in expected]


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # the first days of a year or a month: a span of days
        (
            "Chỉ sau 15 ngày đầu năm 2025, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 1,8 tỷ USD.",
            date(2025, 1, 17),
            [("trade_turnover", 1.8, "01–15/01/2025", "actual")],
        ),
        (
            "10 ngày đầu tháng 3, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 412 triệu USD.",
            date(2024, 3, 12),
            [("trade_turnover", 0.412, "01–10/03/2024", "actual")],
        ),
        # a rank a bracket opens on, after a rate's comparison, ranks the rate
        (
            "GRDP 9 tháng năm 2023 ước tăng 5,8% so với cùng kỳ năm trước (xếp thứ 9/14 tỉnh vùng trung du và miền "
            "núi phía Bắc).",
            date(2023, 10, 5),
            [
                ("grdp_growth", 5.8, "01–09/2023", "estimate"),
                ("grdp_growth_rank_region", 9, "01–09/2023", "estimate"),
            ],
        ),
        # … but after a rank's own move, the year compared with (a guard)
        (
            "Năm 2023, DTI của tỉnh xếp thứ 7/63, tăng 5 bậc so với năm 2022 (xếp thứ 12/63).",
            date(2024, 8, 1),
            [
                ("digital_transformation_rank", 7, "2023", "actual"),
                ("digital_transformation_rank", 12, "2022", "actual"),
            ],
        ),
        # a group of places ours is named in is no group's rate (a guard)
        (
            "Tăng trưởng kinh tế quý I/2026 của các địa phương\nTrong nhóm tỉnh biên giới phía Bắc, Lạng Sơn ước "
            "tăng 8,9%.",
            date(2026, 4, 6),
            [("grdp_growth", 8.9, "Q1/2026", "estimate")],
        ),
    ],
)
def test_what_the_sealed_sets_of_6_december_found_later(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # the parts of goods declared at the province's customs, after a semicolon, are of that scope too
        (
            "Năm 2023, đối với hàng hóa mở tờ khai tại Cục Hải quan Lạng Sơn, kim ngạch đạt 5.010 triệu USD; trong "
            "đó xuất khẩu 2.812 triệu USD, nhập khẩu 2.198 triệu USD.",
            date(2024, 2, 6),
            ["5.010 triệu USD", "2.812 triệu USD", "2.198 triệu USD"],
        ),
        # the customs sector's take, the nation's
        (
            "Theo Cục Hải quan, tính đến hết tháng 11/2025, thu ngân sách toàn ngành đạt khoảng 430.000 tỷ đồng.",
            date(2025, 12, 2),
            ["430.000 tỷ đồng"],
        ),
        # a group of goods growing (a guard here: it failed under a lead naming GRDP)
        (
            "Năm 2022, tổng mức bán lẻ hàng hóa ước đạt 22.100 tỷ đồng. So với năm trước, nhóm lương thực, thực "
            "phẩm tăng 12,5%.",
            date(2022, 12, 28),
            ["12,5%"],
        ),
    ],
)
def test_what_the_sealed_sets_of_6_december_hold_later(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a feature's lead recalling a dated day is no news of that day: the date line's year stands
        (
            "Một năm vận hành cửa khẩu số\nThứ Tư, 15/01/2025 - 07:30\nNgày 1/1/2024, tỉnh chính thức vận hành nền "
            "tảng cửa khẩu số tại các cửa khẩu trên địa bàn.\nNhờ đó, năm qua kim ngạch xuất nhập khẩu qua địa bàn "
            "tỉnh đạt 6,3 tỷ USD.",
            [("trade_turnover", 6.3, "2024", "actual")],
        ),
        (
            "Ba mươi năm tái lập tỉnh\nThứ Năm, 30/09/2021 - 08:00\nNgày 1/10/1991, tỉnh Lạng Sơn được tái lập.\n"
            "9 tháng đầu năm, tổng sản phẩm trên địa bàn tỉnh ước tăng 6,2%.",
            [("grdp_growth", 6.2, "01–09/2021", "estimate")],
        ),
        (
            "Hội nghị xúc tiến đầu tư\nThứ Tư, 20/11/2024 - 08:00\nSáng 15/3/2024, UBND tỉnh tổ chức Hội nghị xúc "
            "tiến đầu tư.\nTrong tháng, thu ngân sách nhà nước trên địa bàn ước đạt 720 tỷ đồng.",
            [("budget_revenue", 720, "11/2024", "estimate")],
        ),
        # the province's jobs before its income per head are no factory's workers
        (
            "Kết quả năm 2024\nChủ Nhật, 15/12/2024 - 09:30\nNăm 2024, toàn tỉnh giải quyết việc làm cho 15.200 lao "
            "động, thu nhập bình quân đầu người ước đạt 62,5 triệu đồng/năm.",
            [("income_per_capita", 62.5, "2024", "estimate")],
        ),
        # a quarter singled out of the year just told is that year's
        (
            "Số liệu chính thức năm 2024\nThứ Ba, 22/04/2025 - 09:30\nTheo số liệu chính thức, năm 2024 tổng sản "
            "phẩm trên địa bàn tỉnh tăng 6,21%. Riêng quý I, tăng trưởng ước đạt 5,04%.",
            [("grdp_growth", 6.21, "2024", "official"), ("grdp_growth", 5.04, "Q1/2024", "estimate")],
        ),
        # a half-month of last year
        (
            "Kim ngạch nửa đầu tháng 12\n20/12/2024 08:00\nNửa đầu tháng 12, kim ngạch xuất nhập khẩu qua địa bàn tỉnh "
            "đạt 190 triệu USD, trong khi nửa đầu tháng 12 năm ngoái đạt 240 triệu USD.",
            [
                ("trade_turnover", 0.19, "01–15/12/2024", "actual"),
                ("trade_turnover", 0.24, "01–15/12/2023", "actual"),
            ],
        ),
        # who leads the nation, named after the score, is another place
        (
            "PCI 2024\n10/05/2025 08:00\nNăm 2024, Lạng Sơn đạt 65,8 điểm, xếp thứ 36/63. Tỉnh dẫn đầu toàn quốc với "
            "73,02 điểm là Hải Phòng.",
            [("pci_score", 65.8, "2024", "actual"), ("pci_rank", 36, "2024", "actual")],
        ),
    ],
)
def test_what_the_review_of_6_december_guards(text, expected):
    """The review's regressions of the first reading, mended (each read right by the session-start code, but the
    half-month of last year, wrong in both: the whole of December then)."""
    assert read_with_status(text, date_line(text)) == approx_values(expected)


def test_a_year_on_year_change_against_the_month_of_last_year_still_derives():
    # "so với cùng kỳ tháng 11 của năm trước": November of the year before, not the same days of another month
    text = (
        "Tháng 11/2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh ước đạt 530 triệu USD, tăng 12,5% so với cùng kỳ "
        "tháng 11 của năm trước."
    )
    assert derived_from(text, date(2024, 11, 29)) == [
        ("trade_turnover", pytest.approx(0.471, abs=1e-3), "11/2023")
    ]


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # an index named by its abbreviation after "về" is the rank's, not the rank's before it
        (
            "Năm 2022, Lạng Sơn đứng thứ 56/63 về PCI và thứ 47/63 về PAPI.",
            date(2023, 5, 31),
            [("pci_rank", 56, "2022", "actual"), ("papi_rank", 47, "2022", "actual")],
        ),
    ],
)
def test_what_the_second_round_of_6_december_found(text, doc_date, expected):
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # the region owning the subject its segment opens on: the segments after go on with it
        (
            "Năm 2024, quy mô GRDP theo giá hiện hành của vùng ước vượt 1 triệu tỷ đồng, GRDP bình quân đầu người "
            "khoảng 76 triệu đồng.",
            date(2024, 12, 18),
            ["76 triệu đồng"],
        ),
        # the region's capital drawn
        (
            "Năm 2024, thu hút FDI khởi sắc, với tổng vốn đăng ký mới và điều chỉnh của vùng vượt 5,6 tỷ USD.",
            date(2024, 12, 18),
            ["5,6 tỷ USD"],
        ),
        # a count's share in a list of growth targets
        (
            "Nhiệm kỳ 2020 - 2025, tỉnh đặt mục tiêu tăng trưởng kinh tế bình quân 8%/năm; thu ngân sách tăng bình "
            "quân 8%/năm; 60% số xã đạt chuẩn nông thôn mới.",
            date(2020, 9, 26),
            ["60%"],
        ),
        # a whole year the title names, barely begun, has no results yet
        (
            "Tạo đà cho Lạng Sơn bứt phá trong năm 2026\nNgành du lịch đón 5,1 triệu lượt khách, tăng 4% so với năm "
            "trước.",
            date(2026, 1, 24),
            ["5,1 triệu lượt khách"],
        ),
    ],
)
def test_what_the_second_round_of_6_december_holds(text, doc_date, held):
    assert_held(text, doc_date, held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # an index's score after its rank and the nation that ranks it, "với": the rank's result
        (
            "Chỉ số PAR Index 2022 của tỉnh Lạng Sơn đứng thứ 14 toàn quốc với 86,72 điểm.",
            date(2023, 4, 12),
            [("par_index_rank", 14, "2022", "actual"), ("par_index_score", 86.72, "2022", "actual")],
        ),
        # the nation as a superlative's scope: ours, the index named after "về"
        (
            "Lạng Sơn có điểm cao nhất cả nước về Chỉ số SIPAS năm 2023 với 89,4%.",
            date(2024, 4, 3),
            [("sipas_score", 89.4, "2023", "actual")],
        ),
        # a month added in is no period of the running total the sentence names, nor of its parts
        (
            "Hàng hóa thông quan qua Lạng Sơn 8 tháng tăng hơn 43%\nCộng kết quả tháng 8, từ đầu năm đến hết tháng 8/2025 hàng hóa xuất nhập khẩu đi qua địa bàn tỉnh đã có "
            "tổng trị giá gần 58,6 tỷ USD; phần xuất khẩu khoảng 16,9 tỷ USD, phần nhập khẩu khoảng 41,7 tỷ USD.",
            date(2025, 9, 5),
            [
                ("trade_turnover", 58.6, "01–08/2025", "actual"),
                ("export_turnover", 16.9, "01–08/2025", "actual"),
                ("import_turnover", 41.7, "01–08/2025", "actual"),
            ],
        ),
        # the reference between the verb and the amount: a change, not a score
        (
            "Năm 2024, tổng điểm PCI của tỉnh đạt 68,94 điểm, thấp hơn năm 2023 là 0,18 điểm.",
            date(2025, 5, 6),
            [("pci_score", 68.94, "2024", "actual")],
        ),
        # a ranking among the region's provinces, opened on "Xét riêng"
        (
            "Năm 2024, PCI của tỉnh đứng thứ 16/63. Xét riêng các tỉnh miền núi phía Bắc, PCI của Lạng Sơn đã leo "
            "lên vị trí thứ 2.",
            date(2025, 5, 6),
            [("pci_rank", 16, "2024", "actual"), ("pci_rank_region", 2, "2024", "actual")],
        ),
        # a bracket on the time just compared with
        (
            "Năm 2024, chỉ số PGI của tỉnh xếp thứ 29/63, tăng 33 bậc so với năm 2023 (khi đó tỉnh xếp thứ 62).",
            date(2025, 5, 6),
            [("pgi_rank", 29, "2024", "actual"), ("pgi_rank", 62, "2023", "actual")],
        ),
        # the term's running total to a month's end
        (
            "Từ đầu nhiệm kỳ đến hết tháng 8/2025, tỉnh thu hút được 25 dự án FDI với tổng vốn đăng ký 356 triệu "
            "USD.",
            date(2025, 9, 25),
            [("fdi_registered", 356, "10/2020–31/08/2025", "actual")],
        ),
        # the year that opens a resolution's implementation is the plan's year, no result
        (
            "Năm 2026, năm đầu thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, tỉnh phấn đấu tăng trưởng "
            "GRDP đạt 10%; đón 4,8 triệu lượt khách du lịch; thành lập mới 800 doanh nghiệp.",
            date(2026, 4, 16),
            [
                ("grdp_growth", 10, "2026", "target"),
                ("tourists", 4.8e6, "2026", "target"),
                ("new_enterprises", 800, "2026", "target"),
            ],
        ),
        # the plan as the text that speaks is no plan of the figure
        (
            "Kế hoạch đánh giá, năm 2022 kinh tế của tỉnh phục hồi khá, GRDP tăng 7,2%, đứng thứ 6/14 tỉnh trong vùng.",
            date(2023, 3, 10),
            [("grdp_growth", 7.2, "2022", "actual"), ("grdp_growth_rank_region", 6, "2022", "actual")],
        ),
        # the congress's resolution as the subject that set the term's target
        (
            "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII đặt mục tiêu tăng trưởng GRDP 8%/năm.",
            date(2025, 12, 10),
            [("grdp_growth", 8, "2021–2025", "target")],
        ),
        # a footnote listing a rate's years after a colon, marked by a superscript
        (
            "Tốc độ tăng GRDP bình quân mỗi năm giai đoạn 2016 – 2020 ước đạt 4,68%¹.\n"
            "¹ Mức tăng từng năm: năm 2016 đạt 4,06%; năm 2017 đạt 5,27%.",
            date(2020, 12, 10),
            [
                ("grdp_growth", 4.68, "2016–2020", "estimate"),
                ("grdp_growth", 4.06, "2016", "actual"),
                ("grdp_growth", 5.27, "2017", "actual"),
            ],
        ),
        # a lead that moves on to the next year names no year of results
        (
            "Tạo đà để Lạng Sơn tăng tốc về đích\nVượt qua không ít khó khăn, thách thức, năm 2024 Lạng Sơn đạt "
            "được nhiều kết quả nổi bật. Những kết quả ấy là nền tảng để tỉnh tự tin bước sang năm 2025.\nKinh tế "
            "cửa khẩu là đầu tàu. Cả năm, tổng kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 65,24 tỷ USD.",
            date(2025, 1, 25),
            [("trade_turnover", 65.24, "2024", "actual")],
        ),
        # those attending the congress its paragraph opened, and whom they stand for, on the day reported
        (
            "Khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII\nĐại hội khai mạc sáng cùng ngày. Có 398 đại biểu "
            "chính thức về dự, đại diện hơn 71.000 đảng viên của Đảng bộ tỉnh.",
            date(2025, 9, 25),
            [
                ("congress_delegates", 398, "25/09/2025", "actual"),
                ("party_members", 71000, "25/09/2025", "actual"),
            ],
        ),
        # the term's five years, opening a result's sentence at the congress; its targets said met
        (
            "Trong 5 năm, thu ngân sách nhà nước trên địa bàn ước đạt 48.210 tỷ đồng. Có 19/22 chỉ tiêu chủ yếu của "
            "nhiệm kỳ đạt và vượt mục tiêu Nghị quyết đề ra.",
            date(2025, 9, 25),
            [
                ("budget_revenue", 48210, "2021–2025", "estimate"),
                ("term_targets_met", 19, "2021–2025", "estimate"),
            ],
        ),
        # a percent beside a rank, under a title ranking an index scored in per cent
        (
            "Chỉ số cải cách hành chính năm 2018: Lạng Sơn đứng thứ 27/63 tỉnh, thành phố\nTheo đó, năm 2018 Lạng Sơn "
            "đạt 77,61%, xếp thứ 27/63 địa phương.",
            date(2019, 5, 24),
            [("par_index_score", 77.61, "2018", "actual"), ("par_index_rank", 27, "2018", "actual")],
        ),
        # the economy, opening its clause, grew
        (
            "Năm 2018, kinh tế tăng trưởng 8,15%, trong khi mục tiêu đề ra là 8 - 8,5%.",
            date(2018, 12, 20),
            [("grdp_growth", 8.15, "2018", "estimate")],
        ),
        # enterprises newly registered
        (
            "Cả năm 2024, Lạng Sơn có 641 doanh nghiệp đăng ký mới.",
            date(2025, 7, 2),
            [("new_enterprises", 641, "2024", "actual")],
        ),
        # the holiday pointed at: "dịp này"
        (
            "Trong 7 ngày nghỉ Tết (từ 8/2 đến 14/2/2024), Lạng Sơn đón khoảng 75.000 lượt khách, gấp hơn hai lần Tết "
            "năm 2023; doanh thu du lịch dịp này ước đạt 62 tỷ đồng.",
            date(2024, 4, 1),
            [
                ("tourists", 75000, "08/02–14/02/2024", "actual"),
                ("tourism_revenue", 62, "08/02–14/02/2024", "estimate"),
            ],
        ),
        # the year's budget past its estimate, in a sentence on the half-year still to come
        (
            "Để đạt mục tiêu tăng trưởng 8,5% cả năm, 6 tháng cuối năm kinh tế của tỉnh phải tăng khoảng 10,3%; các "
            "ngành phải phấn đấu thu ngân sách vượt dự toán, đạt 6.000 tỷ đồng.",
            date(2019, 7, 5),
            [
                ("grdp_growth", 8.5, "2019", "target"),
                ("grdp_growth", 10.3, "H2/2019", "target"),
                ("budget_revenue", 6000, "2019", "target"),
            ],
        ),
        # the year's targets met, said in the count's own clause under a sentence on the term
        (
            "Bước vào năm thứ hai triển khai kế hoạch 5 năm 2016 - 2020, năm 2017 kinh tế - xã hội khởi sắc; cả năm "
            "có 16/18 chỉ tiêu đạt và vượt kế hoạch.",
            date(2018, 1, 2),
            [("annual_targets_met", 16, "2017", "actual")],
        ),
        # a gap in points with the quarter before says nothing of what the quarter's rate is against (a guard)
        (
            "Tốc độ tăng trưởng kinh tế 6 tháng ước đạt 7,12% so với cùng kỳ; riêng quý II ước tăng 7,6%, cao hơn "
            "quý trước 1,1 điểm phần trăm.",
            date(2019, 7, 11),
            [("grdp_growth", 7.12, "H1/2019", "estimate"), ("grdp_growth", 7.6, "Q2/2019", "estimate")],
        ),
        # a meeting named by its time in the year is no year of results; the lead's half-year is; the plan a
        # result is measured against, in brackets, is its year's
        (
            "HĐND tỉnh khai mạc kỳ họp thường lệ giữa năm 2025\n\nSáng 8/7, HĐND tỉnh khai mạc kỳ họp thường lệ "
            "giữa năm 2025, xem xét tình hình kinh tế - xã hội 6 tháng đầu năm.\n\nThu ngân sách nhà nước trên "
            "địa bàn ước đạt 7.318,5 tỷ đồng, bằng 80,6% dự toán Trung ương giao (9.080 tỷ đồng).",
            date(2025, 7, 8),
            [("budget_revenue", 7318.5, "H1/2025", "estimate"), ("budget_revenue", 9080, "2025", "target")],
        ),
        # (second round, sets CV-CX) goods cleared at the province's gates; a month singled out, "qua cửa khẩu"
        (
            "8 tháng năm 2025, trị giá hàng hóa xuất nhập khẩu làm thủ tục tại các cửa khẩu thuộc tỉnh Lạng Sơn đạt "
            "gần 58,7 tỷ USD. Riêng tháng 8/2025, hàng hóa xuất nhập khẩu qua cửa khẩu trên địa bàn tỉnh đạt trị giá "
            "hơn 9,2 tỷ USD.",
            date(2025, 9, 5),
            [("trade_turnover", 58.7, "01–08/2025", "actual"), ("trade_turnover", 9.2, "08/2025", "actual")],
        ),
        # a ranking "trong phạm vi" the region
        (
            "Chỉ số PCI năm 2024 của tỉnh Lạng Sơn\nNăm 2024, PCI của tỉnh đứng thứ 16/63. Trong phạm vi khu vực "
            "miền núi phía Bắc, Lạng Sơn đã vươn lên vị trí thứ 2.",
            date(2025, 5, 6),
            [("pci_rank", 16, "2024", "actual"), ("pci_rank_region", 2, "2024", "actual")],
        ),
        # the half of "this month", its days in brackets
        (
            "Do ách tắc kéo dài, trong nửa đầu tháng này (từ ngày 1 đến hết ngày 15-12), kim ngạch xuất nhập khẩu "
            "chung qua Lạng Sơn mới đạt 118,36 triệu USD.",
            date(2021, 12, 20),
            [("trade_turnover", 0.11836, "01–15/12/2021", "actual")],
        ),
        # those attending the congress the paragraph opened: "Tham dự có …"
        (
            "Tái đắc cử Bí thư Tỉnh ủy\nĐại hội khai mạc từ sáng cùng ngày. Tham dự có 398 đại biểu chính thức, thay "
            "mặt cho hơn 71.000 đảng viên.",
            date(2025, 9, 25),
            [
                ("congress_delegates", 398, "25/09/2025", "actual"),
                ("party_members", 71000, "25/09/2025", "actual"),
            ],
        ),
        # a sentence opening on the year it singles out of a term is that year's throughout
        (
            "Nhiệm kỳ 2020 - 2025\nNhìn lại nhiệm kỳ 2020-2025, Đảng bộ đạt nhiều kết quả. Riêng năm 2024, GRDP tăng "
            "6,01%; thu ngân sách nhà nước trên địa bàn đạt 9.805,5 tỷ đồng.",
            date(2025, 9, 20),
            [("grdp_growth", 6.01, "2024", "actual"), ("budget_revenue", 9805.5, "2024", "actual")],
        ),
        # the years an average was taken over do not frame the next sentence
        (
            "Thông cáo báo chí về tình hình kinh tế - xã hội năm 2024\nTổng sản phẩm trên địa bàn (GRDP) năm 2024 "
            "ước tăng 6,21%. Bình quân 4 năm 2021 - 2024, GRDP ước tăng 6,78%/năm. Quy mô GRDP theo giá hiện hành ước "
            "đạt 52.406 tỷ đồng.",
            date(2025, 1, 6),
            [
                ("grdp_growth", 6.21, "2024", "estimate"),
                ("grdp_growth", 6.78, "2021–2024", "estimate"),
                ("grdp", 52406, "2024", "estimate"),
            ],
        ),
        # (after the sets joined the corpus) a whole term carried out; what a body sets itself for the term to come
        (
            "Ra mắt Ban Chấp hành Đảng bộ tỉnh khóa XVII\nBáo cáo cho biết, sau một nhiệm kỳ triển khai Nghị quyết "
            "Đại hội XVI, kinh tế của tỉnh ước tăng bình "
            "quân 4,85%/năm, thấp hơn mục tiêu 9%/năm mà Nghị quyết đề ra. Trong nhiệm kỳ 2020 - 2025, Đảng bộ tỉnh "
            "xác định tốc độ tăng trưởng GRDP bình quân từ 8%/năm trở lên.",
            date(2020, 9, 26),
            [
                ("grdp_growth", 4.85, "2016–2020", "estimate"),
                ("grdp_growth", 9, "2016–2020", "target"),
                ("grdp_growth", 8, "2021–2025", "target"),
            ],
        ),
        # the poor households counted, their rate in brackets or "tương đương"
        (
            "Cuối năm 2021, tỉnh có khoảng 23.600 hộ nghèo (tỷ lệ 12,24%). Tới cuối năm 2024, số hộ nghèo chỉ còn "
            "6.874 hộ, tương đương 3,34%.",
            date(2025, 6, 10),
            [("poverty_rate", 12.24, "31/12/2021", "actual"), ("poverty_rate", 3.34, "31/12/2024", "actual")],
        ),
        # a clause opening on the rank ranks the rate the clause before ended on; the estimate a session was
        # given, restated beside its revision
        (
            "GRDP năm 2024 ước tính tăng 6,12% so với năm trước, cao hơn mức 6,04% đã báo cáo tại kỳ họp thứ 31 "
            "HĐND tỉnh; xếp thứ 41/63 tỉnh, thành phố.",
            date(2025, 1, 6),
            [
                ("grdp_growth", 6.12, "2024", "estimate"),
                ("grdp_growth", 6.04, "2024", "estimate"),
                ("grdp_growth_rank", 41, "2024", "estimate"),
            ],
        ),
        # a plan named by its number is the document that reckons, no plan word
        (
            "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025\nKế hoạch số 152/KH-UBND ngày 07/9/2020 của UBND "
            "tỉnh ước tốc độ tăng GRDP bình quân giai đoạn 2016 – 2020 đạt 5,45%.",
            date(2021, 3, 1),
            [("grdp_growth", 5.45, "2016–2020", "estimate")],
        ),
    ],
)
def test_what_the_sealed_sets_cp_to_cu_found(text, doc_date, expected):
    """Sealed sets CP-CU (96 documents mirroring real pages, 6 December): constructions the ETL missed or misread
    on arrival (each fails on the session-start code)."""
    assert read_with_status(text, doc_date) == approx_values(expected)


@pytest.mark.parametrize(
    "text, doc_date, held",
    [
        # the domestic visitors alone, a part of the holiday's visitors
        (
            "Trong kỳ nghỉ Tết Nguyên đán kéo dài 9 ngày, từ ngày 14/2 đến 22/2/2026, toàn tỉnh ước đón 146.500 lượt "
            "khách du lịch. Khách trong nước ước 133.700 lượt, phần còn lại là khách quốc tế.",
            date(2026, 2, 24),
            ["133.700 lượt"],
        ),
        # the nation's level, named as the subject of "mà … đạt" after it
        (
            "Năm 2024, GRDP của tỉnh ước tăng 8%. Mức tăng trưởng này cao hơn so với mức khoảng 7% mà cả nước ước "
            "đạt trong năm nay.",
            date(2024, 12, 9),
            ["7%"],
        ),
        # a whole the text says holds another province's part
        (
            "Tính chung toàn địa bàn Chi cục quản lý (gồm cả các cửa khẩu của tỉnh Cao Bằng), kim ngạch 8 tháng năm "
            "2025 đạt khoảng 61,5 tỷ USD.",
            date(2025, 9, 5),
            ["61,5 tỷ USD"],
        ),
        # the near-poor's rate, named right after it
        (
            "Cuối năm 2021, toàn tỉnh có 12,2% hộ nghèo (hơn 23.500 hộ) và 12,06% hộ cận nghèo (trên 23.200 hộ).",
            date(2025, 12, 10),
            ["12,06%"],
        ),
        # the employed's earnings, a labour survey's, not income per head
        (
            "Năm 2024, thu nhập bình quân của lao động đang làm việc ước 7,15 triệu đồng/tháng.",
            date(2025, 1, 6),
            ["7,15 triệu đồng"],
        ),
        # a district's congress, its delegates and members (a guard)
        (
            "Đại hội Đảng bộ huyện Cao Lộc lần thứ XXI\nDự đại hội có 248 đại biểu chính thức đại diện cho hơn "
            "5.900 đảng viên trong toàn Đảng bộ huyện.",
            date(2020, 8, 8),
            ["248 đại biểu chính thức", "5.900 đảng viên"],
        ),
        # who leads the nation, named as the province only by "tỉnh dẫn đầu", is another place (a guard)
        (
            "Năm 2024, tỉnh dẫn đầu toàn quốc về PCI với 73,02 điểm là Hải Phòng.",
            date(2025, 5, 10),
            ["73,02 điểm"],
        ),
    ],
)
def test_what_the_sealed_sets_cp_to_cu_hold(text, doc_date, held):
    assert_held(text, doc_date, held)


def test_comrades_are_no_money():
    """ "52 đồng chí trúng cử": comrades elected, neither a figure nor a number held as an amount."""
    reading = read_figures(
        "Đại hội đã bầu 52 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa XVIII.",
        load_catalog(),
        date(2025, 9, 25),
    )
    assert not reading.mentions and all("đồng" not in h.value_text for h in reading.held)


@pytest.mark.parametrize(
    "text, doc_date, expected",
    [
        # a change the next sentence gives of the figure just given, pointed back at
        (
            "Từ ngày 1 đến hết ngày 15/12/2018, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 186,4 triệu USD. Con "
            "số này giảm 14,6% so với cùng kỳ năm 2017.",
            date(2018, 12, 20),
            [("trade_turnover", pytest.approx(0.2183, abs=1e-4), "01–15/12/2017")],
        ),
        # the reference between the verb and the amount
        (
            "Năm 2024, tổng điểm PCI của tỉnh đạt 68,94 điểm, thấp hơn năm 2023 là 0,18 điểm.",
            date(2025, 5, 6),
            [("pci_score", pytest.approx(69.12), "2023")],
        ),
        # (not a plan's own level written after "thấp hơn kế hoạch": no earlier figure) (a guard)
        (
            "Năm 2016, GRDP ước tăng 8,05% so với năm trước, thấp hơn kế hoạch 8,5% mà HĐND tỉnh đề ra.",
            date(2016, 12, 20),
            [],
        ),
        # a comparison past an aside in brackets compares the value before them (not the bracketed restatement:
        # "trên 7,2 nghìn tỷ đồng (7.265,4 tỷ đồng), tăng …" is the value's own)
        (
            "Năm 2025, thu ngân sách nhà nước trên địa bàn đạt 18.412,6 tỷ đồng (số ước báo cáo tại kỳ họp HĐND tỉnh "
            "cuối năm là 18.063,8 tỷ đồng), tăng 61,2% so với năm 2024.",
            date(2026, 1, 16),
            [("budget_revenue", pytest.approx(11422.2, abs=0.1), "2024")],
        ),
    ],
)
def test_what_the_sealed_sets_cp_to_cu_derive(text, doc_date, expected):
    assert derived_from(text, doc_date) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Con số này" is the last value said: a part singled out, not the total before it
        (
            "Thu ngân sách 6 tháng\nThứ Tư, 03/07/2024 - 10:15\nThu ngân sách nhà nước trên địa bàn 6 tháng đầu năm "
            "2024 ước đạt 4.150 tỷ đồng, riêng thu nội địa đạt 1.820 tỷ đồng. Con số này giảm 3,1% so với cùng kỳ năm "
            "trước.",
            [("budget_revenue_domestic", 1878, "H1/2023")],
        ),
        # … and no figure at all where the last value said was another province's
        (
            "Kim ngạch năm 2023\nThứ Ba, 09/01/2024 - 08:00\nNăm 2023, kim ngạch xuất nhập khẩu qua địa bàn Lạng Sơn "
            "đạt 4.700 triệu USD, trong khi tỉnh Cao Bằng đạt 1.150 triệu USD. Con số này tăng 12% so với năm 2022.",
            [],
        ),
        # a rate of a year written after "so với", no comparison with its amount
        (
            "Tăng trưởng 2024\nThứ Hai, 30/12/2024 - 09:00\nTốc độ tăng GRDP năm 2024 của tỉnh ước đạt 7,8%, cao hơn "
            "so với tốc độ tăng năm 2023 là 3,5%.",
            [],
        ),
    ],
)
def test_what_the_review_of_sets_cp_to_cu_guards_in_derivations(text, expected):
    """The review's regressions of the first reading of sets CP-CU, mended (each read right by the session-start
    code: guards)."""
    assert [(i, pytest.approx(v, abs=1), p) for i, v, p in derived_from(text, date_line(text))] == expected


@pytest.mark.parametrize(
    "text, held",
    [
        # a conference's attendance, under a resolution of the national congress
        (
            "Học tập Nghị quyết\nThứ Hai, 15/03/2021 - 17:00\nSáng 15/3/2021, Tỉnh ủy tổ chức hội nghị trực tuyến "
            "học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng. Có 520 đại biểu về dự "
            "tại điểm cầu tỉnh.",
            ["520 đại biểu"],
        ),
        # another body's congress
        (
            "Đại hội Phụ nữ tỉnh\nThứ Ba, 24/08/2021 - 10:00\nĐại hội đại biểu Phụ nữ tỉnh Lạng Sơn lần thứ XVII, "
            "nhiệm kỳ 2021 - 2026 khai mạc sáng nay. Có 260 đại biểu chính thức về dự.",
            ["260 đại biểu chính thức"],
        ),
        # a part of the economy growing
        (
            "Kinh tế năm 2025\nThứ Ba, 30/12/2025 - 09:00\nNăm 2025, kinh tế tăng trưởng 8,15%, trong khi mục tiêu "
            "đề ra là 8%; kinh tế cửa khẩu tăng trưởng 12,3%.",
            ["12,3%"],
        ),
        # the nation, opening the sentence "trên bình diện cả nước"
        (
            "Kinh tế năm 2024\nThứ Hai, 30/12/2024 - 09:00\nNăm 2024, trên bình diện cả nước, kinh tế tăng trưởng "
            "7,09%; Lạng Sơn tăng 7,8%.",
            ["7,09%"],
        ),
        # a rate the sentence names of its own, beside a rank, under a title ranking PAR Index
        (
            "Chỉ số cải cách hành chính năm 2018: Lạng Sơn đứng thứ 27/63\nThứ Tư, 13/11/2019\nTỷ lệ hồ sơ giải "
            "quyết đúng hạn đạt 98,5%, xếp thứ 10 cả nước.",
            ["98,5%"],
        ),
        # a table of the labour force's shares, and of the nation's economy
        (
            "Lao động\nThứ Tư, 10/01/2024 - 08:00\nNăm 2023, toàn tỉnh có 470.000 lao động đang làm việc. Cơ cấu "
            "lao động như sau:\nNgành | Năm 2022 (%) | Năm 2023 (%)\nNông, lâm nghiệp và thủy sản | 62,1 | 60,5",
            [],
        ),
        (
            "Cả nước\nThứ Tư, 10/01/2024 - 08:00\nGDP cả nước tăng 5,05%. Cơ cấu kinh tế cả nước như sau:\nKhu vực "
            "| Năm 2022 (%) | Năm 2023 (%)\nNông, lâm nghiệp và thủy sản | 11,88 | 11,96",
            [],
        ),
    ],
)
def test_what_the_review_of_sets_cp_to_cu_guards(text, held):
    """… and nothing published from them (guards)."""
    reading = read_figures(text, load_catalog(), date_line(text))
    assert not any(
        m.indicator_id.startswith("grdp_share") or m.indicator_id == "congress_delegates"
        for m in reading.mentions
    )
    assert_held(text, date_line(text), held)


def test_domestic_and_international_visitors_together_are_the_whole():
    """ "tổng lượng khách trong nước, quốc tế …": both kinds, the whole (a guard)."""
    text = "Năm 2024, tổng lượng khách trong nước, quốc tế đến Lạng Sơn ước đạt 3,1 triệu lượt."
    assert read_with_status(text, date(2024, 12, 20)) == [("tourists", 3.1e6, "2024", "estimate")]
