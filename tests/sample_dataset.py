"""A tiny, hand-written dataset that satisfies the published schema, for UI tests.

The figures mirror what the bundled documents report, but are typed here rather than produced by
the ETL, so dashboard tests do not depend on extraction (the ETL has its own tests on real files).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from etl.catalog import indicators_table, load_catalog
from etl.publish import write_dataset

SENTENCE_RANK = (
    "Về kinh tế, chỉ số năng lực cạnh tranh cấp tỉnh năm 2022 của Lạng Sơn xếp thứ 15/63 tỉnh, "
    "thành, đứng thứ 6 toàn quốc về chuyển đổi số."
)
SENTENCE_GROWTH = (
    "Tốc độ tăng trưởng kinh tế bình quân (GRDP) giai đoạn 2021-2022 đạt 6,95%, cao hơn 1,5% so "
    "với bình quân giai đoạn 2015-2020."
)
SENTENCE_INCOME = (
    "Thu nhập bình quân đầu người giai đoạn 2021-2022 đạt 49,26 triệu đồng, cao hơn 29,3% so với "
    "giai đoạn 2015-2020…"
)
SENTENCE_UNITS = "Giai đoạn 2019-2021, sắp xếp 51 đơn vị hành chính cấp xã, giảm 26 đơn vị."
SENTENCE_PGI = (
    "Đặc biệt, năm 2022, tỉnh xếp thứ 2 trong nhóm ba tỉnh dẫn đầu cả nước về điểm chỉ số Xanh cấp "
    "tỉnh (PGI)."
)
TEXT_A = "\n\n".join([SENTENCE_RANK, SENTENCE_PGI, SENTENCE_GROWTH, SENTENCE_INCOME, SENTENCE_UNITS])
# A second document that disagrees on the PCI rank, to exercise conflict handling.
SENTENCE_OTHER = "Chỉ số PCI năm 2022 của Lạng Sơn xếp thứ 16/63 <script>alert(1)</script>."
SENTENCE_NATIONAL = "Cùng năm, GRDP cả nước tăng 5,05%."
TEXT_B = SENTENCE_OTHER + "\n\n" + SENTENCE_NATIONAL


def _row(source, text, sentence, value_text, **kw):
    start = text.index(sentence)
    m_start = text.index(value_text, start)
    fid = hashlib.sha256(f"{source}|{kw['indicator_id']}|{m_start}|{kw.get('basis')}".encode()).hexdigest()
    base = {
        "figure_id": fid[:16],
        "rank_of": None,
        "approximate": False,
        "qualifier": None,
        "value_text": value_text,
        "period_inferred": False,
        "basis": "reported",
        "derivation": None,
        "derivation_rule": None,
        "derived_from": None,
        "source_id": source,
        "quote": sentence,
        "char_start": start,
        "char_end": start + len(sentence),
        "mention_start": m_start,
        "mention_end": m_start + len(value_text),
        "conflict": False,
        "comparison": None,
        "status": "actual",
        "place": "province",
        "price_basis": None,
        "bound": None,
        "period_aggregate": None,
        "period_source": "clause",
        "locator": None,
        "scope": None,
    }
    base.update(kw)
    base.setdefault("measure", _MEASURE_OF_UNIT[base["unit"]])
    return base


_MEASURE_OF_UNIT = {
    "rank": "rank", "percent": "growth", "million_vnd": "level", "billion_vnd": "level", "count": "count",
}  # fmt: skip


def _year(y):
    return {
        "period_kind": "year",
        "period_start": pd.Timestamp(f"{y}-01-01"),
        "period_end": pd.Timestamp(f"{y}-12-31"),
        "period_label": str(y),
    }


def _range(a, b):
    return {
        "period_kind": "range",
        "period_start": pd.Timestamp(f"{a}-01-01"),
        "period_end": pd.Timestamp(f"{b}-12-31"),
        "period_label": f"{a}–{b}",
    }


def sample_tables() -> dict[str, pd.DataFrame]:
    a, b = "doc_a", "doc_b"
    rows = [
        _row(
            a,
            TEXT_A,
            SENTENCE_RANK,
            "xếp thứ 15/63",
            indicator_id="pci_rank",
            value=15.0,
            unit="rank",
            rank_of=63,
            conflict=True,
            **_year(2022),
        ),
        _row(
            a,
            TEXT_A,
            SENTENCE_RANK,
            "đứng thứ 6",
            indicator_id="digital_transformation_rank",
            value=6.0,
            unit="rank",
            **_year(2022),
        ),
        _row(
            a,
            TEXT_A,
            SENTENCE_PGI,
            "xếp thứ 2",
            indicator_id="pgi_rank",
            value=2.0,
            unit="rank",
            **_year(2022),
        ),
        _row(
            a,
            TEXT_A,
            SENTENCE_GROWTH,
            "6,95%",
            indicator_id="grdp_growth",
            value=6.95,
            unit="percent",
            period_aggregate="average",
            **_range(2021, 2022),
        ),
        _row(
            a,
            TEXT_A,
            SENTENCE_INCOME,
            "49,26 triệu đồng",
            indicator_id="income_per_capita",
            value=49.26,
            unit="million_vnd",
            **_range(2021, 2022),
        ),
        _row(
            a,
            TEXT_A,
            SENTENCE_UNITS,
            "51 đơn vị hành chính cấp xã",
            indicator_id="commune_units_merged",
            value=51.0,
            unit="count",
            **_range(2019, 2021),
        ),
        _row(
            a,
            TEXT_A,
            SENTENCE_UNITS,
            "26 đơn vị",
            indicator_id="commune_units_cut",
            value=26.0,
            unit="count",
            **_range(2019, 2021),
        ),
        _row(
            b,
            TEXT_B,
            SENTENCE_OTHER,
            "xếp thứ 16/63",
            indicator_id="pci_rank",
            value=16.0,
            unit="rank",
            rank_of=63,
            conflict=True,
            **_year(2022),
        ),
    ]
    growth_id, income_id = rows[3]["figure_id"], rows[4]["figure_id"]
    rows += [
        _row(
            a,
            TEXT_A,
            SENTENCE_GROWTH,
            "cao hơn 1,5%",
            indicator_id="grdp_growth",
            value=5.45,
            unit="percent",
            basis="derived",
            derivation="6.95 - 1.5 = 5.45",
            derivation_rule="percentage_point_change",
            derived_from=growth_id,
            **_range(2015, 2020),
        ),
        _row(
            a,
            TEXT_A,
            SENTENCE_INCOME,
            "cao hơn 29,3%",
            indicator_id="income_per_capita",
            value=38.0974,
            unit="million_vnd",
            basis="derived",
            derivation="49.26 / (1 + 29.3/100) = 38.0974",
            derivation_rule="relative_change",
            derived_from=income_id,
            **_range(2015, 2020),
        ),
    ]
    figures = pd.DataFrame(rows)
    figures["rank_of"] = figures["rank_of"].astype("Int64")
    for col in ("char_start", "char_end", "mention_start", "mention_end"):
        figures[col] = figures[col].astype("Int64")
    sources = pd.DataFrame(
        [
            {
                "source_id": a,
                "file_name": "doc_a.txt",
                "kind": "article",
                "title": "Bài A: Lạng Sơn",
                "title_inferred": False,
                "publisher": "TTXVN",
                "publisher_note": None,
                "published": "2023-08-25",
                "date_inferred": True,
                "note": None,
                "link": "https://example.org/a",
                "related_links": None,
                "sha256": "a" * 64,
                "in_manifest": True,
                "n_chars": len(TEXT_A),
                "n_figures": 9,
                "accessed": None,
            },
            {
                "source_id": b,
                "file_name": "doc_b.txt",
                "kind": "article",
                "title": "Bài B <b>không</b> tin",
                "title_inferred": True,
                "publisher": None,
                "publisher_note": None,
                "published": "2023",
                "date_inferred": False,
                "note": None,
                "link": None,
                "related_links": None,
                "sha256": "b" * 64,
                "in_manifest": False,
                "n_chars": len(TEXT_B),
                "n_figures": 1,
                "accessed": None,
            },
        ]
    )
    documents = pd.DataFrame([{"source_id": a, "text": TEXT_A}, {"source_id": b, "text": TEXT_B}])
    conflicts = pd.DataFrame(
        [
            {
                "indicator_id": "pci_rank",
                "period_label": "2022",
                "basis": "reported",
                "values": "15 (doc_a); 16 (doc_b)",
                "source_ids": "doc_a\ndoc_b",
                "figure_ids": f"{rows[0]['figure_id']}\n{rows[7]['figure_id']}",
            }
        ]
    )
    national = "cả nước tăng 5,05%"
    review = pd.DataFrame(
        [
            {
                "review_id": "review0000000001",
                "source_id": b,
                "indicator_id": "grdp_growth",
                "value": 5.05,
                "value_text": "5,05%",
                "reason": "other_place",
                "detail": "cả nước",
                "quote": SENTENCE_NATIONAL,
                "char_start": TEXT_B.index(SENTENCE_NATIONAL),
                "char_end": TEXT_B.index(SENTENCE_NATIONAL) + len(SENTENCE_NATIONAL),
                "mention_start": TEXT_B.index("5,05%"),
                "mention_end": TEXT_B.index("5,05%") + len("5,05%"),
            }
        ]
    )
    assert national in SENTENCE_NATIONAL
    for col in ("char_start", "char_end", "mention_start", "mention_end"):
        review[col] = review[col].astype("Int64")
    return {
        "review": review,
        "figures": figures,
        "indicators": indicators_table(load_catalog()),
        "sources": sources,
        "documents": documents,
        "conflicts": conflicts,
    }


def write_sample_dataset(out: Path) -> Path:
    return write_dataset(sample_tables(), Path(out), {"source": "tests/sample_dataset.py"})


# --- A mixed dataset: every kind of period and status side by side -----------------------------------
# What realistic reports mix: a year, an estimate, a target for the year and for five years, Jan–Sep of
# two years, a half-year, a quarter, a preliminary and an approximate figure, a result against its plan,
# constant prices, and a curated reference figure. Tests assert no view pairs unlike things.

MIXED = [
    ("Năm 2023, tốc độ tăng trưởng kinh tế (GRDP) đạt 7,2% so với cùng kỳ.", "7,2%"),
    ("Ước tính năm 2024, GRDP tăng 8,1%.", "8,1%"),
    ("Mục tiêu năm 2025 tăng trưởng GRDP đạt 8,5%.", "8,5%"),
    ("9 tháng năm 2024, GRDP tăng 7,0%.", "7,0%"),
    ("9 tháng năm 2025, GRDP tăng 7,9%.", "7,9%"),
    ("6 tháng đầu năm 2025, GRDP tăng 7,5%.", "7,5%"),
    ("Quý I/2025, GRDP tăng 6,8%.", "6,8%"),
    ("Phấn đấu giai đoạn 2025-2030 tăng trưởng bình quân 10%/năm.", "10%"),
    ("Thu nhập bình quân đầu người năm 2024 (sơ bộ) đạt 60,1 triệu đồng.", "60,1 triệu đồng"),
    ("Năm 2025 thu nhập bình quân đầu người ước khoảng 65 triệu đồng.", "khoảng 65 triệu đồng"),
    ("Thu ngân sách năm 2024 đạt hơn 10.500 tỷ đồng.", "hơn 10.500 tỷ đồng"),
    ("Kế hoạch thu ngân sách năm 2024 là 10.000 tỷ đồng.", "10.000 tỷ đồng"),
    ("Năm 2023 thu ngân sách đạt 9.800 tỷ đồng.", "9.800 tỷ đồng"),
    ("GRDP năm 2024 theo giá so sánh 2010 đạt 30.500 tỷ đồng.", "30.500 tỷ đồng"),
]
SENTENCE_BORDER = "Kim ngạch qua cửa khẩu Hữu Nghị đạt 2,1 tỷ USD."
SENTENCE_PLAN_RATIO = "Thu ngân sách đạt 105% kế hoạch."
SENTENCE_COOPS = "Toàn tỉnh có 1.234 hợp tác xã <b>mới</b>."
TEXT_C = "\n\n".join([*(s for s, _ in MIXED), SENTENCE_BORDER, SENTENCE_PLAN_RATIO, SENTENCE_COOPS])
N_MIXED_REVIEW = 27  # more than the Sources page shows at once


def _span(kind, start, end, label, **kw):
    return {
        "period_kind": kind,
        "period_start": pd.Timestamp(start),
        "period_end": pd.Timestamp(end),
        "period_label": label,
        **kw,
    }


def mixed_tables() -> dict[str, pd.DataFrame]:
    """sample_tables() plus a third document mixing period kinds and statuses, a curated figure and a
    long review list."""
    tables = sample_tables()
    c = "doc_c"
    growth = {"indicator_id": "grdp_growth", "unit": "percent"}
    budget = {"indicator_id": "budget_revenue", "unit": "billion_vnd", "measure": "level"}
    income = {"indicator_id": "income_per_capita", "unit": "million_vnd"}
    specs = [
        {**growth, "value": 7.2, "comparison": "same_period_last_year", **_year(2023)},
        {**growth, "value": 8.1, "status": "estimate", **_year(2024)},
        {**growth, "value": 8.5, "status": "target", **_year(2025)},
        {**growth, "value": 7.0, **_span("months", "2024-01-01", "2024-09-30", "01–09/2024")},
        {**growth, "value": 7.9, **_span("months", "2025-01-01", "2025-09-30", "01–09/2025")},
        {**growth, "value": 7.5, **_span("half_year", "2025-01-01", "2025-06-30", "H1/2025")},
        {**growth, "value": 6.8, **_span("quarter", "2025-01-01", "2025-03-31", "Q1/2025")},
        {**growth, "value": 10.0, "status": "target", "period_aggregate": "average", **_range(2025, 2030)},
        {**income, "value": 60.1, "status": "preliminary", **_year(2024)},
        {
            **income,
            "value": 65.0,
            "status": "estimate",
            "approximate": True,
            "qualifier": "khoảng",
            "bound": "approx",
            **_year(2025),
        },
        {**budget, "value": 10500.0, "approximate": True, "qualifier": "hơn", "bound": "over", **_year(2024)},
        {**budget, "value": 10000.0, "status": "target", **_year(2024)},
        {**budget, "value": 9800.0, **_year(2023)},
        {
            "indicator_id": "grdp",
            "unit": "billion_vnd",
            "measure": "level",
            "value": 30500.0,
            "price_basis": "constant_2010",
            **_year(2024),
        },
    ]
    rows = [
        _row(c, TEXT_C, sentence, value_text, **spec)
        for (sentence, value_text), spec in zip(MIXED, specs, strict=True)
    ]
    curated = _row(
        "doc_a", TEXT_A, SENTENCE_RANK, "xếp thứ 15/63", indicator_id="pci_rank", unit="rank", **_year(2023)
    )
    curated.update(
        figure_id="curated-pci-2023",
        value=30.0,
        rank_of=63,
        basis="curated",
        status="official",
        source_id="vcci_pci_2023",
        quote=None,
        char_start=None,
        char_end=None,
        mention_start=None,
        mention_end=None,
        value_text="30/63",
        period_source="citation",
        locator="Báo cáo PCI 2023, tr. 12",
    )
    figures = pd.concat([tables["figures"], pd.DataFrame([*rows, curated])], ignore_index=True)
    figures["rank_of"] = figures["rank_of"].astype("Int64")
    for col in ("char_start", "char_end", "mention_start", "mention_end"):
        figures[col] = figures[col].astype("Int64")
    base = tables["sources"].iloc[0].to_dict()
    sources = pd.concat(
        [
            tables["sources"],
            pd.DataFrame(
                [
                    {
                        **base,
                        "source_id": c,
                        "file_name": "doc_c.txt",
                        "title": "Báo cáo tình hình kinh tế - xã hội 9 tháng năm 2025 của tỉnh Lạng Sơn",
                        "publisher": "Cục Thống kê tỉnh Lạng Sơn",
                        "published": "2025-10-05",
                        "date_inferred": False,
                        "link": "https://example.org/c",
                        "sha256": "c" * 64,
                        "n_chars": len(TEXT_C),
                        "n_figures": len(rows),
                    },
                    {
                        **base,
                        "source_id": "vcci_pci_2023",
                        "file_name": "indices.csv",
                        "kind": "reference",
                        "title": "Chỉ số Năng lực cạnh tranh cấp tỉnh (PCI) 2023",
                        "publisher": "VCCI",
                        "published": "2024-05-07",
                        "date_inferred": False,
                        "link": "https://pcivietnam.vn",
                        "sha256": "d" * 64,
                        "n_chars": 0,
                        "n_figures": 1,
                    },
                ]
            ),
        ],
        ignore_index=True,
    )
    documents = pd.concat(
        [tables["documents"], pd.DataFrame([{"source_id": c, "text": TEXT_C}])], ignore_index=True
    )

    def review_row(i, sentence, value_text, reason, detail):
        start = TEXT_C.index(sentence)
        mention = TEXT_C.index(value_text, start)
        return {
            "review_id": f"review-c-{i:04d}",
            "source_id": c,
            "indicator_id": None,
            "value": None,
            "value_text": value_text,
            "reason": reason,
            "detail": detail,
            "quote": sentence,
            "char_start": start,
            "char_end": start + len(sentence),
            "mention_start": mention,
            "mention_end": mention + len(value_text),
        }

    review_rows = [
        review_row(0, SENTENCE_BORDER, "2,1 tỷ USD", "other_place", "cửa khẩu Hữu Nghị"),
        review_row(1, SENTENCE_PLAN_RATIO, "105%", "against_plan", "đạt 105% kế hoạch"),
    ]
    review_rows += [
        review_row(i, SENTENCE_COOPS, "1.234", "not_in_catalog", "hợp tác xã <b>mới</b>")
        for i in range(2, N_MIXED_REVIEW)
    ]
    review = pd.concat([tables["review"], pd.DataFrame(review_rows)], ignore_index=True)
    for col in ("char_start", "char_end", "mention_start", "mention_end"):
        review[col] = review[col].astype("Int64")
    review["value"] = review["value"].astype(float)
    return {**tables, "figures": figures, "sources": sources, "documents": documents, "review": review}


def write_mixed_dataset(out: Path) -> Path:
    return write_dataset(mixed_tables(), Path(out), {"source": "tests/sample_dataset.py (mixed)"})


# --- A dataset with a reference history beside the documents' figures --------------------------------
# Curated income per head (2023 official; 2024 preliminary, then official: a revision) and PCI ranks
# (2024 among 63 provinces, 2025 among 34), each citing a reference page, beside the mixed documents.

RECORD_TITLE = (
    "Niên giám thống kê tỉnh Lạng Sơn năm 2024: dân số, lao động, tài khoản quốc gia, "
    "thu chi ngân sách và mức sống dân cư"
)


def record_tables() -> dict[str, pd.DataFrame]:
    """mixed_tables() plus curated figures: a revised one, and a rank after the 63 → 34 change."""
    tables = mixed_tables()
    figures, sources = tables["figures"], tables["sources"]
    curated = figures.loc[figures["basis"] == "curated"].iloc[0].to_dict()
    income = {
        **curated,
        "indicator_id": "income_per_capita",
        "unit": "million_vnd",
        "rank_of": None,
        "source_id": "nien_giam_2024",
        "locator": "Niên giám 2024, bảng 10.1, tr. 512",
    }
    rows = [
        {**income, "figure_id": "curated-income-2023", "value": 55.0, "value_text": "55,0", **_year(2023)},
        {
            **income,
            "figure_id": "curated-income-2024-prelim",
            "value": 60.0,
            "value_text": "60,0",
            "status": "preliminary",
            **_year(2024),
        },
        {**income, "figure_id": "curated-income-2024", "value": 61.2, "value_text": "61,2", **_year(2024)},
        {**curated, "figure_id": "curated-pci-2024", "value": 20.0, "value_text": "20/63", **_year(2024)},
        {
            **curated,
            "figure_id": "curated-pci-2025",
            "value": 5.0,
            "rank_of": 34,
            "value_text": "5/34",
            **_year(2025),
        },
    ]
    figures = pd.concat([figures, pd.DataFrame(rows)], ignore_index=True)
    figures["rank_of"] = figures["rank_of"].astype("Int64")
    reference = sources.loc[sources["source_id"] == "vcci_pci_2023"].iloc[0].to_dict()
    page = {
        **reference,
        "source_id": "nien_giam_2024",
        "title": RECORD_TITLE,
        "publisher": "Cục Thống kê tỉnh Lạng Sơn",
        "published": "2025-06-30",
        "link": "https://example.org/nien-giam-2024",
        "sha256": "e" * 64,
        "n_figures": 3,
    }
    sources = pd.concat([sources, pd.DataFrame([page])], ignore_index=True)
    sources.loc[sources["source_id"] == "vcci_pci_2023", "n_figures"] = 3
    return {**tables, "figures": figures, "sources": sources}


def write_record_dataset(out: Path) -> Path:
    return write_dataset(record_tables(), Path(out), {"source": "tests/sample_dataset.py (record)"})
