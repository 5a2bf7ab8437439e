"""The dashboard's own words in Vietnamese and English; figures and names come from the data."""

from __future__ import annotations

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
LANG_NAMES = {"vi": "Tiếng Việt", "en": "English"}

# key: (Vietnamese, English). Placeholders use str.format names.
STRINGS: dict[str, tuple[str, str]] = {
    "app_title": ("Số liệu Lạng Sơn", "Lạng Sơn statistics"),
    "app_tagline": (
        "Số liệu chính thức về tỉnh Lạng Sơn, trích từ bài báo và văn bản, kèm nguồn của từng con số.",
        "Official figures about Lạng Sơn province, taken from articles and letters, each with its source.",
    ),
    "language": ("Ngôn ngữ", "Language"),
    # Pages
    "page_overview": ("Tổng quan", "Overview"),
    "page_indicators": ("Chỉ tiêu", "Indicators"),
    "page_compare": ("So sánh giai đoạn", "Compare periods"),
    "page_admin_units": ("Đơn vị hành chính", "Administrative units"),
    "page_rankings": ("Xếp hạng", "Rankings"),
    "page_sources": ("Nguồn số liệu", "Sources"),
    "page_data": ("Dữ liệu", "Data"),
    # Sidebar status
    "status_title": ("Bộ dữ liệu", "Dataset"),
    "status_counts": (
        "{figures} số liệu · {indicators} chỉ tiêu",
        "{figures} figures · {indicators} indicators",
    ),
    "status_documents": ("Tổng hợp từ {documents} văn bản", "Built from {documents} documents"),
    "status_built": ("Cập nhật: {built}", "Built: {built}"),
    # Data problems
    "no_data": (
        "Chưa có bộ dữ liệu tại `{path}`. Hãy tạo bằng lệnh `make data` (hoặc `python -m etl`), "
        "rồi tải lại trang.",
        "There is no dataset at `{path}` yet. Build it with `make data` (or `python -m etl`), "
        "then reload the page.",
    ),
    "bad_data": (
        "Không đọc được bộ dữ liệu tại `{path}`: dữ liệu bị hỏng hoặc không khớp phiên bản. "
        "Hãy tạo lại bằng `make data` (hoặc `python -m etl`).",
        "The dataset at `{path}` cannot be read: it is damaged or from another version. "
        "Rebuild it with `make data` (or `python -m etl`).",
    ),
    "bad_data_detail": ("Chi tiết", "Details"),
    "ignored_params": (
        "Đã bỏ qua tham số không hợp lệ trong đường dẫn: {names}",
        "Ignored invalid parameters in the link: {names}",
    ),
    "no_figures": ("Không có số liệu phù hợp với bộ lọc.", "No figures match the filters."),
    # Filters
    "filter_category": ("Nhóm chỉ tiêu", "Category"),
    "filter_indicator": ("Chỉ tiêu", "Indicator"),
    "filter_period": ("Kỳ số liệu", "Period"),
    "filter_all": ("Tất cả", "All"),
    "filter_include_derived": ("Gồm số liệu suy ra", "Include derived figures"),
    "filter_source": ("Văn bản", "Document"),
    "filter_only_conflicts": ("Chỉ số liệu mâu thuẫn", "Only conflicting figures"),
    "period_a": ("Kỳ thứ nhất", "First period"),
    "period_b": ("Kỳ thứ hai", "Second period"),
    "filters_none": ("không lọc (toàn bộ số liệu)", "no filters (all figures)"),
    "filters_label": ("Bộ lọc", "Filters"),
    "filters_note": ("Bộ lọc: {filters}", "Filters: {filters}"),
    # Overview
    "overview_intro": (
        "Những con số chính. Mũi tên xanh: tốt lên; đỏ: kém đi (với thứ hạng, số nhỏ hơn là tốt hơn).",
        "The headline figures. Green arrow: better; red: worse (for ranks, a smaller number is better).",
    ),
    "vs_period": ("so với {period}", "vs {period}"),
    "derived_mark": ("số suy ra", "derived"),
    "card_missing": ("Chưa có số liệu", "No figure yet"),
    # Indicators
    "indicators_intro": (
        "Chọn nhóm, chỉ tiêu và kỳ; mỗi chỉ tiêu một biểu đồ qua các kỳ.",
        "Pick categories, indicators and periods; one chart per indicator across its periods.",
    ),
    "pick_indicator": ("Hãy chọn ít nhất một chỉ tiêu.", "Pick at least one indicator."),
    "table_heading": ("Bảng số liệu", "Figures table"),
    # Compare
    "compare_intro": (
        "So sánh hai kỳ: giá trị, thay đổi tuyệt đối và tương đối. Số suy ra (nhạt, có gạch chéo) "
        "được tính từ một so sánh trong văn bản.",
        "Two periods side by side: values, absolute and relative change. Derived values (lighter, "
        "hatched) are computed from a comparison in the text.",
    ),
    "compare_need_two": (
        "Chỉ tiêu đã chọn cần ít nhất hai kỳ số liệu để so sánh.",
        "The chosen indicators need at least two periods to compare.",
    ),
    "col_indicator": ("Chỉ tiêu", "Indicator"),
    "col_value_a": ("Giá trị {period}", "Value {period}"),
    "col_value_b": ("Giá trị {period}", "Value {period}"),
    "col_abs_change": ("Thay đổi", "Change"),
    "col_rel_change": ("Thay đổi tương đối", "Relative change"),
    "footnotes": ("Ghi chú", "Notes"),
    # Admin units / rankings
    "admin_intro": (
        "Sắp xếp đơn vị hành chính: số đơn vị được giảm theo cấp, và việc sáp nhập xã giai đoạn "
        "2019–2021 so với kế hoạch đến 2030.",
        "Reorganising administrative units: units cut by level, and the 2019–2021 commune mergers "
        "against the plan to 2030.",
    ),
    "rankings_intro": (
        "Vị trí của Lạng Sơn trong {total} tỉnh, thành phố (1 là cao nhất).",
        "Lạng Sơn's position among the {total} provinces (1 is the best).",
    ),
    # Sources
    "sources_intro": (
        "Mỗi số liệu kèm câu trích nguyên văn, được tô sáng trong văn bản gốc.",
        "Every figure with the sentence it comes from, highlighted in its document.",
    ),
    "conflict_flag": (
        "⚠️ Các văn bản đưa ra giá trị khác nhau cho chỉ tiêu và kỳ này",
        "⚠️ Documents give different values for this indicator and period",
    ),
    "conflicts_heading": ("Số liệu mâu thuẫn giữa các văn bản", "Figures on which documents disagree"),
    "documents_heading": ("Văn bản nguồn", "Source documents"),
    "show_document": ("Xem trong văn bản", "Show in the document"),
    "meta_title": ("Tiêu đề", "Title"),
    "meta_publisher": ("Nơi đăng", "Publisher"),
    "meta_published": ("Ngày đăng", "Published"),
    "meta_inferred": ("suy luận", "inferred"),
    "meta_link": ("Đường dẫn", "Link"),
    "meta_related": ("Liên quan", "Related"),
    "meta_file": ("Tệp", "File"),
    "meta_figures": ("Số liệu", "Figures"),
    "meta_note": ("Ghi chú", "Note"),
    "meta_unknown": ("không rõ", "unknown"),
    "figure_value": ("Giá trị", "Value"),
    "figure_period": ("Kỳ", "Period"),
    "figure_period_inferred": ("kỳ suy luận từ ngữ cảnh", "period inferred from context"),
    "figure_quote": ("Câu trích", "Quote"),
    "derived_from_text": ("Suy ra: {note}", "Derived: {note}"),
    # Data
    "data_intro": (
        "Bảng số liệu đã lọc, tải về dạng CSV (UTF-8, mở được bằng Excel), XLSX hoặc Parquet.",
        "The filtered table, to download as CSV (UTF-8, opens in Excel), XLSX or Parquet.",
    ),
    "rows_shown": ("{rows} dòng", "{rows} rows"),
    # Downloads
    "downloads": ("Tải về", "Download"),
    "download_all_zip": ("Tất cả biểu đồ (ZIP, {fmt})", "All charts (ZIP, {fmt})"),
    "download_csv": ("CSV", "CSV"),
    "download_xlsx": ("XLSX", "XLSX"),
    "download_parquet": ("Parquet", "Parquet"),
    "export_unavailable": (
        "Không xuất được ảnh tĩnh (PNG/SVG/PDF) trên máy chủ này: {reason}. "
        "Tải HTML và dữ liệu vẫn dùng được.",
        "Static images (PNG/SVG/PDF) cannot be exported on this server: {reason}. HTML and data "
        "downloads still work.",
    ),
    # On-screen table headers (downloaded files keep stable English column names)
    "tcol_indicator": ("Chỉ tiêu", "Indicator"),
    "tcol_value": ("Giá trị", "Value"),
    "tcol_value_text": ("Nguyên văn", "As written"),
    "tcol_period": ("Kỳ", "Period"),
    "tcol_basis": ("Cơ sở", "Basis"),
    "tcol_derivation": ("Cách tính", "Derivation"),
    "tcol_conflict": ("Mâu thuẫn", "Conflict"),
    "tcol_source": ("Nguồn", "Source"),
    "tcol_published": ("Ngày đăng", "Published"),
    "tcol_quote": ("Câu trích", "Quote"),
    "basis_reported": ("công bố", "reported"),
    "basis_derived": ("suy ra", "derived"),
    "yes": ("có", "yes"),
    "no": ("không", "no"),
    "about_sheet": ("Thông tin", "About"),
    "about_dataset": ("Bộ dữ liệu", "Dataset"),
    "about_generated": ("Tạo lúc", "Generated"),
    "about_source": (
        "Số liệu Lạng Sơn trích từ bài báo và văn bản; mỗi dòng ghi nguồn và câu trích.",
        "Lạng Sơn figures extracted from articles and letters; each row names its source and quote.",
    ),
}


def t(key: str, lang: str, **values: object) -> str:
    """The UI string `key` in `lang` (Vietnamese for an unknown language), with `values` filled in."""
    vi, en = STRINGS[key]
    text = en if lang == "en" else vi
    return text.format(**values) if values else text


def normalise_lang(value: object) -> str | None:
    """A supported language code from a URL value, or None."""
    if isinstance(value, str) and value.strip().lower() in LANGS:
        return value.strip().lower()
    return None
