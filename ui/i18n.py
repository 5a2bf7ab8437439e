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
    "page_fact_check": ("Kiểm chứng", "Fact check"),
    # Sidebar status
    "status_title": ("Bộ dữ liệu", "Dataset"),
    "status_counts": (
        "{figures} số liệu · {indicators} chỉ tiêu",
        "{figures} figures · {indicators} indicators",
    ),
    "status_documents": ("Tổng hợp từ {documents} văn bản", "Built from {documents} documents"),
    "status_reference": (
        "và {figures} số liệu tham chiếu có trích dẫn",
        "and {figures} curated reference figures, each cited",
    ),
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
    "no_figures": (
        "Không có số liệu phù hợp với bộ lọc: hãy bỏ bớt điều kiện lọc.",
        "No figures match the filters: try removing some of them.",
    ),
    "no_figures_page": (
        "Bộ dữ liệu chưa có số liệu nào cho trang này.",
        "The dataset has no figures for this page yet.",
    ),
    "indicators_missing": (
        "Không có số liệu trong các kỳ đã chọn: {names}.",
        "No figures in the chosen periods: {names}.",
    ),
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
        "Dưới đây là các chỉ tiêu chính, mỗi chỉ tiêu so với kỳ trước cùng loại. Màu xanh: tốt lên; đỏ: kém "
        "đi. Thứ hạng đổi theo bậc: ↑ +3 bậc là lên 3 bậc (từ thứ 16 lên thứ 13).",
        "Below are the headline indicators, each against the period before of the same kind. Green: better; "
        "red: worse. A rank changes by places: ↑ +3 places is 3 places up the table (from 16th to 13th).",
    ),
    "vs_period": ("so với {period}", "vs {period}"),
    "derived_mark": ("số suy ra", "derived"),
    "card_missing": ("Chưa có số liệu", "No figure yet"),
    "card_citation": ("Trích dẫn nguồn tham chiếu", "Citation of the record"),
    # Indicators
    "indicators_intro": (
        "Chọn nhóm, chỉ tiêu và kỳ; mỗi chỉ tiêu một biểu đồ qua các kỳ, mỗi loại kỳ (năm, lũy kế từ đầu "
        "năm, nửa năm, quý, giai đoạn) một khung riêng; số liệu tham chiếu là đường qua các kỳ, số liệu "
        "trong văn bản là điểm trên đó; kế hoạch vẽ thành vạch cam trên kết quả cùng kỳ.",
        "Pick categories, indicators and periods; one chart per indicator across its periods, one panel "
        "per kind of period (year, running total from January, half-year, quarter, several years); the "
        "curated reference record is the line, figures from documents are marks on it; targets are orange "
        "ticks over the result of their period.",
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
    # The curators write their notes in English: the label says so, rather than pass them off as ours.
    "meta_note": ("Ghi chú (tiếng Anh)", "Curator's note"),  # short: the label column does not wrap
    # The dashboard's own note on a document an editor added (ui/editing.py writes it in English)
    "meta_note_ours": ("Ghi chú", "Note"),
    "note_added": ("Thêm qua trang Thêm tài liệu.", "Added through the dashboard."),
    "note_added_by": ("{editor} thêm qua trang Thêm tài liệu.", "Added through the dashboard by {editor}."),
    "meta_unknown": ("không rõ", "unknown"),
    "figure_value": ("Giá trị", "Value"),
    "figure_period": ("Kỳ", "Period"),
    "figure_period_inferred": ("kỳ suy luận từ ngữ cảnh", "period inferred from context"),
    "figure_quote": ("Câu trích", "Quote"),
    "derived_from_text": ("Suy ra: {note}", "Derived: {note}"),
    # The reference history (curated by hand from official sources) and the fact check against it
    "status_official": ("chính thức", "official"),
    "status_preliminary": ("sơ bộ", "preliminary"),
    "status_estimate": ("ước tính", "estimate"),
    "status_actual": ("thực hiện", "actual"),
    # beside a change between a final figure and one that is not yet (labels.mixed_status_note)
    "status_caveat_estimate": ("{period} là số ước tính", "{period} is an estimate"),
    "status_caveat_preliminary": ("{period} là số sơ bộ", "{period} is preliminary"),
    "place_province": ("tỉnh Lạng Sơn", "Lạng Sơn province"),
    "status_target": ("kế hoạch", "target"),
    "status_forecast": ("dự báo", "forecast"),
    "cite_locator": ("Vị trí trong nguồn", "Where in the source"),
    "cite_accessed": ("Truy cập", "Accessed"),
    "meta_accessed": ("Ngày truy cập", "Accessed"),
    "meta_kind": ("Loại nguồn", "Kind"),
    "meta_curated": (
        "số liệu gốc, biên soạn thủ công từ nguồn chính thức",
        "curated by hand from an official source",
    ),
    "meta_cited_figures": ("Số liệu trích dẫn", "Figures cited"),
    "reference_heading": ("Nguồn của số liệu gốc", "Sources of the reference history"),
    "reference_intro": (
        "Số liệu chính thức được biên soạn thủ công, mỗi số kèm nguồn: nơi đăng, tiêu đề, ngày đăng, đường "
        "dẫn, ngày truy cập và vị trí trong trang.",
        "Official figures curated by hand, each with its citation: publisher, title, date, link, date "
        "accessed and where in the page.",
    ),
    "fc_intro": (
        "Mỗi số liệu đọc được từ văn bản đặt cạnh số liệu gốc (chính thức) cùng chỉ tiêu và cùng kỳ. "
        "Khớp: trong phạm vi làm tròn của văn bản. Đã điều chỉnh: văn bản đưa số ước tính hoặc sơ bộ mà sau "
        "đó cơ quan thống kê công bố khác.",
        "Every figure read from a document beside the official record for the same indicator and period. "
        "Agrees: within the rounding the text allows. Revised: the document gave an estimate or preliminary "
        "figure the office later published differently.",
    ),
    "fc_agrees": ("Khớp", "Agrees"),
    "fc_differs": ("Chênh lệch", "Differs"),
    "fc_revised": ("Đã điều chỉnh", "Revised"),
    "fc_no_reference": ("Chưa có số liệu gốc", "No reference yet"),
    "fc_agrees_with": (
        "Khớp với số liệu gốc {record} ({status})",
        "Agrees with the record's {record} ({status})",
    ),
    "fc_differs_by": ("Chênh {by} so với số liệu gốc {record}", "Differs by {by} from the record's {record}"),
    "fc_revised_by": (
        "Số liệu sau đó được điều chỉnh thành {record} ({status})",
        "Since revised to {record} ({status})",
    ),
    "fc_filter": ("Kết quả kiểm chứng", "Verdict"),
    "fc_none": ("Chưa có số liệu nào từ văn bản để kiểm chứng.", "No figures from documents to check yet."),
    "fc_note": ("Kiểm chứng: {finding} — {source}", "Fact check: {finding} — {source}"),
    "fcol_verdict": ("Kết quả", "Verdict"),
    "fcol_document_value": ("Số trong văn bản", "Document's figure"),
    "fcol_document_source": ("Văn bản", "Document"),
    "fcol_record_value": ("Số liệu gốc", "Record"),
    "fcol_record_status": ("Tình trạng", "Status"),
    "fcol_record_source": ("Nguồn số liệu gốc", "Record's source"),
    "fcol_record_link": ("Đường dẫn", "Link"),
    "fcol_finding": ("Nhận xét", "Finding"),
    # Data
    "data_intro": (
        "Bảng số liệu đã lọc, tải về dạng CSV (UTF-8, mở được bằng Excel; hoặc bản cho Excel tiếng Việt), "
        "XLSX, Parquet, gói dữ liệu (ZIP kèm định nghĩa, nguồn, giấy phép) hoặc SDMX-CSV.",
        "The filtered table, to download as CSV (UTF-8, opens in Excel; or for Vietnamese Excel), XLSX, "
        "Parquet, a data package (ZIP with definitions, sources, licence) or SDMX-CSV.",
    ),
    "rows_shown": ("{rows} dòng", "{rows} rows"),
    # Downloads
    "downloads": ("Tải về", "Download"),
    "download_all_zip": ("Tất cả biểu đồ (ZIP, {fmt})", "All charts (ZIP, {fmt})"),
    "download_help_html": (
        "Biểu đồ tương tác trong một tệp, mở được cả khi không có mạng: khoảng {mb} MB, phần lớn là "
        "thư viện vẽ plotly.js đi kèm.",
        "The interactive chart in one file that opens without internet: about {mb} MB, most of it the "
        "plotly.js drawing library it carries.",
    ),
    "download_help_zip_html": (
        "Giải nén rồi mở từng tệp HTML; thư viện vẽ plotly.js ({mb} MB) đi kèm một lần cho mọi biểu đồ, "
        "không cần mạng.",
        "Unzip, then open each HTML file; the plotly.js drawing library ({mb} MB) comes once for all "
        "charts, no internet needed.",
    ),
    "download_csv": ("CSV", "CSV"),
    "download_xlsx": ("XLSX", "XLSX"),
    "download_parquet": ("Parquet", "Parquet"),
    "download_csv_vn": ("CSV (Excel tiếng Việt)", "CSV (Vietnamese Excel)"),
    "download_package": ("Gói dữ liệu (ZIP)", "Data package (ZIP)"),
    "download_sdmx": ("SDMX-CSV", "SDMX-CSV"),
    "download_help_csv_vn": (
        "Dấu phẩy thập phân, dấu chấm phẩy phân cách cột: Excel cài tiếng Việt mở đúng.",
        "Decimal comma and semicolon separator, as Excel set to Vietnamese reads them.",
    ),
    "download_help_package": (
        "CSV kèm datapackage.json (Frictionless Data), README: định nghĩa chỉ tiêu, nguồn, bộ lọc, "
        "giấy phép, phiên bản.",
        "CSV with datapackage.json (Frictionless Data) and a README: indicator definitions, sources, "
        "filters, licence, version.",
    ),
    "download_help_sdmx": (
        "SDMX-CSV 1.0 cho người làm thống kê: mã kỳ SDMX, OBS_STATUS, đơn vị; mỗi khóa quan sát một "
        "dòng (số liệu chính thức nhất, ưu tiên số liệu tham chiếu), các lần công bố khác có trong CSV, "
        "XLSX, Parquet.",
        "SDMX-CSV 1.0 for statisticians: SDMX period codes, OBS_STATUS, units; one row per observation "
        "key (the most final statement, the reference history first), the other statements in the CSV, "
        "XLSX and Parquet.",
    ),
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
    # What a number is (the figure model): status, aggregate, comparison, bound, basis, price basis
    "fig_status_estimate": ("ước tính", "estimate"),
    "fig_status_preliminary": ("sơ bộ", "preliminary"),
    "fig_status_official": ("chính thức", "official"),
    "fig_status_target": ("kế hoạch", "target"),
    "fig_status_forecast": ("dự báo", "forecast"),
    "agg_average": ("bình quân/năm", "yearly average"),
    "agg_total": ("tổng cả giai đoạn", "total over the period"),
    "agg_stock": ("tại cuối kỳ", "at the end of the period"),
    "running_total": ("lũy kế {n} tháng", "{n}-month running total"),
    "comparison_same_period_last_year": ("so với cùng kỳ năm trước", "vs the same period a year earlier"),
    "comparison_previous_period": ("so với kỳ trước", "vs the previous period"),
    "price_current": ("giá hiện hành", "current prices"),
    "price_constant_2010": ("giá so sánh 2010", "constant 2010 prices"),
    # A scope other than the indicator's own (ui.pairing.scope_of): a panel of its own, never paired.
    "scope_customs_declared": ("hàng khai báo tại Hải quan Lạng Sơn", "goods declared at Lạng Sơn customs"),
    "scope_through_province": ("mọi hàng hóa qua cửa khẩu", "all goods through the border gates"),
    "scope_local_enterprises": ("doanh nghiệp của tỉnh", "the province's own enterprises"),
    "per_year": ("/năm", " per year"),
    "per_month": ("/tháng", " per month"),
    "basis_curated": ("số liệu tham chiếu", "curated reference"),
    "bound_approx": ("khoảng", "about"),
    "bound_over": ("hơn", "over"),
    "bound_under": ("dưới", "under"),
    "bound_at_least": ("ít nhất", "at least"),
    "bound_at_most": ("tối đa", "at most"),
    "flag_inferred_period": ("kỳ suy luận", "period inferred"),
    "unit_line": ("Đơn vị: {unit}", "Unit: {unit}"),
    "unit_count": ("Số lượng", "Number"),
    # Series and pairs: like with like
    "class_year": ("Theo năm", "By year"),
    "class_months": ("Lũy kế tháng {a}–{b}", "Running total, months {a}–{b}"),
    "class_half_year": ("Nửa năm (tháng {a}–{b})", "Half-year (months {a}–{b})"),
    "class_quarter": ("Quý (tháng {a}–{b})", "Quarter (months {a}–{b})"),
    "class_month": ("Tháng {a}", "Month {a}"),
    "class_range_average": ("Bình quân/năm của giai đoạn", "Yearly average over a period"),
    "class_range_total": ("Tổng của giai đoạn {n} năm", "Total over {n} years"),
    "class_range_unspecified": ("Giai đoạn nhiều năm", "Several years"),
    "class_range_stock": ("Cuối giai đoạn", "At the end of a period"),
    "class_as_of": ("Tại một thời điểm", "At a date"),
    "class_other": ("Kỳ khác", "Other periods"),
    "series_result": ("Kết quả", "Result"),
    "series_target": ("Kế hoạch", "Target"),
    "series_forecast": ("Dự báo", "Forecast"),
    "series_estimate": ("Ước tính, sơ bộ", "Estimate, preliminary"),
    "revised_from": ("trước đó {status}: {value}", "earlier {status}: {value}"),
    "plan_reached": ("đạt {pct} kế hoạch ({target})", "{pct} of the target ({target})"),
    "plan_was": ("kế hoạch: {target}", "target: {target}"),
    "card_no_pair": (
        "Không có số liệu cùng loại kỳ trước đó để so sánh",
        "No earlier figure of the same kind of period to compare with",
    ),
    "pair_problem_status": (
        "kế hoạch/dự báo không so sánh với kết quả",
        "a target or forecast is not compared with a result",
    ),
    "pair_problem_period_kind": ("hai kỳ khác loại", "periods of different kinds"),
    "pair_problem_measure": ("khác cách đo", "measured differently"),
    "pair_problem_price_basis": ("khác loại giá", "different price bases"),
    "pair_problem_scope": (
        "khác phạm vi (qua cửa khẩu / khai báo tại Hải quan)",
        "different scopes (through the border gates / declared at customs)",
    ),
    "pair_problem_place": ("khác địa bàn", "different places"),
    "pair_problem_same_period": ("cùng một kỳ", "the same period"),
    "pair_problem_overlap": ("hai kỳ chồng lên nhau", "the periods overlap"),
    "pair_problem_missing": ("thiếu số liệu một kỳ", "no figure in one period"),
    "pair_problem_indicator": ("khác chỉ tiêu", "different indicators"),
    "compare_not_comparable": ("Không so sánh: {why}", "Not compared: {why}"),
    "compare_missing": (
        "Không có số liệu cho cả hai kỳ {a} và {b}, nên không so sánh: {names}.",
        "No figure for either {a} or {b}, so not compared: {names}.",
    ),
    "compare_no_partner": (
        "Không có kỳ nào cùng loại với {period} để so sánh.",
        "No period of the same kind as {period} to compare with.",
    ),
    "compare_same_kind_only": (
        "Chỉ so sánh hai kỳ cùng loại (năm với năm, lũy kế 9 tháng với lũy kế 9 tháng), không so "
        "sánh kế hoạch với kết quả.",
        "Only periods of the same kind are compared (a year with a year, Jan–Sep with Jan–Sep), "
        "never a target with a result.",
    ),
    "tcol_what": ("Loại số liệu", "What the figure is"),
    # Review list
    "review_heading": ("Số chưa đưa vào bộ dữ liệu ({n})", "Numbers held back ({n})"),
    "review_shown": ("Hiển thị {shown} trên {n} dòng.", "Showing {shown} of {n} rows."),
    "review_none": ("Không có số nào bị giữ lại.", "No numbers were held back."),
    "review_reason_no_period": ("không rõ kỳ", "no period"),
    "review_reason_other_place": ("địa bàn khác", "another place"),
    "review_reason_not_in_catalog": ("không thuộc chỉ tiêu nào", "no indicator claims it"),
    "review_reason_against_plan": ("tỷ lệ so với kế hoạch", "a ratio to a plan"),
    "review_reason_too_many_figures": ("văn bản có quá nhiều số", "too many figures in the document"),
    "review_reason_future_period": (
        "kỳ sau ngày văn bản mà không nói là kế hoạch",
        "a period after the document's date not called a plan",
    ),
    "review_reason_range": ("một khoảng, không phải một số", "a range, not one value"),
    "review_reason_condition": ("một giả định (nếu … thì)", "a supposition (if … then)"),
    "review_reason_out_of_range": ("ngoài khoảng hợp lý", "out of the plausible range"),
    "review_reason_linked_article": (
        "tiêu đề bài khác mà trang dẫn link (tin liên quan)",
        "a headline linking to another article (related news)",
    ),
    "review_reason_cut_off": (
        "văn bản bị cắt giữa câu, chưa rõ so với kỳ nào",
        "the text stops mid-sentence, before what the figure is compared with",
    ),
    "review_reason_split_number": (
        'số bị tách bởi dấu phẩy và khoảng trắng ("4, 2"), chưa rõ giá trị',
        'a number split by a comma and a space ("4, 2"): its value is uncertain',
    ),
    "review_reason_question": (
        "số nêu trong một câu hỏi, không phải số báo cáo",
        "a figure a question asks about, not one it reports",
    ),
    "review_reason_contradicts_stated": (
        "mức thay đổi không khớp với số kỳ trước mà văn bản nêu",
        "a change at odds with the earlier value the text states",
    ),
    "rcol_value": ("Số như viết", "Number as written"),
    "rcol_reason": ("Lý do", "Reason"),
    "rcol_detail": ("Chi tiết", "Detail"),
    "rcol_quote": ("Câu trích", "Quote"),
    "choose_placeholder": ("Chọn…", "Choose…"),
    "audit_col_time": ("Thời điểm", "When"),
    "audit_col_editor": ("Biên tập viên", "Editor"),
    "audit_col_action": ("Thao tác", "Action"),
    "audit_col_title": ("Tài liệu", "Document"),
    "audit_col_status": ("Trạng thái", "Status"),
    # Downloaded tables' column names (CSV and XLSX; Parquet keeps the stable names)
    "dcol_figure_id": ("Mã số liệu", "Figure id"),
    "dcol_indicator_id": ("Mã chỉ tiêu", "Indicator code"),
    "dcol_indicator": ("Chỉ tiêu", "Indicator"),
    "dcol_category": ("Nhóm chỉ tiêu", "Category"),
    "dcol_value": ("Giá trị", "Value"),
    "dcol_unit": ("Đơn vị", "Unit"),
    "dcol_value_text": ("Nguyên văn", "As written"),
    "dcol_period": ("Kỳ", "Period"),
    "dcol_period_start": ("Từ ngày", "Period start"),
    "dcol_period_end": ("Đến ngày", "Period end"),
    "dcol_basis": ("Cơ sở", "Basis"),
    "dcol_derivation": ("Cách tính", "Derivation"),
    "dcol_conflict": ("Mâu thuẫn giữa nguồn", "Sources disagree"),
    "dcol_source_id": ("Mã nguồn", "Source code"),
    "dcol_source": ("Nguồn", "Source"),
    "dcol_published": ("Ngày đăng", "Published"),
    "dcol_quote": ("Câu trích", "Quote"),
    "dcol_what": ("Loại số liệu", "What the figure is"),
    "dcol_rank_of": ("Xếp hạng trên tổng số", "Rank out of"),
    "dcol_approximate": ("Xấp xỉ", "Approximate"),
    "dcol_qualifier": ("Từ chỉ mức (nguyên văn)", "Qualifier as written"),
    "dcol_bound": ("Loại giới hạn", "Bound"),
    "dcol_status": ("Tình trạng số liệu", "Status"),
    "dcol_measure": ("Cách đo", "Measure"),
    "dcol_comparison": ("So với kỳ", "Compared with"),
    "dcol_price_basis": ("Loại giá", "Price basis"),
    "dcol_period_kind": ("Loại kỳ", "Period kind"),
    "dcol_period_aggregate": ("Cách gộp kỳ", "Period aggregate"),
    "dcol_period_inferred": ("Kỳ suy luận", "Period inferred"),
    "dcol_place": ("Địa bàn", "Place"),
    "dcol_scope": ("Phạm vi", "Scope"),
    "dcol_locator": ("Vị trí trích dẫn", "Citation locator"),
    # (the fact check's table, downloaded under the names its page shows)
    "dcol_verdict": ("Kết quả kiểm chứng", "Verdict"),
    "dcol_document_value": ("Số trong văn bản", "Document's figure"),
    "dcol_document_source": ("Văn bản", "Document"),
    "dcol_record_value": ("Số liệu gốc", "Record"),
    "dcol_record_status": ("Tình trạng số liệu gốc", "Record's status"),
    "dcol_record_source": ("Nguồn số liệu gốc", "Record's source"),
    "dcol_record_link": ("Đường dẫn số liệu gốc", "Record's link"),
    "dcol_finding": ("Nhận xét", "Finding"),
    # A download's context (package README, XLSX about sheet, datapackage.json)
    "pkg_title": ("Số liệu thống kê Lạng Sơn", "Lạng Sơn statistics"),
    "pkg_description": (
        "Số liệu về tỉnh Lạng Sơn trích từ bài báo, báo cáo và văn bản công khai; mỗi dòng ghi nguồn, "
        "câu trích và số liệu đó là gì (tình trạng, loại kỳ, giới hạn).",
        "Figures about Lạng Sơn province extracted from public articles, reports and letters; each row "
        "names its source, its quote and what the figure is (status, period kind, bound).",
    ),
    "pkg_version": ("Phiên bản bộ dữ liệu", "Dataset version"),
    "pkg_date": ("Ngày tải về", "Downloaded on"),
    "pkg_rows": ("Số dòng", "Rows"),
    "pkg_files": ("Tệp", "Files"),
    "pkg_file_data": ("số liệu đã lọc (UTF-8, dấu phẩy)", "the filtered figures (UTF-8, comma-separated)"),
    "pkg_file_datapackage": ("mô tả theo Frictionless Data Package", "Frictionless Data Package descriptor"),
    "pkg_definitions": ("Định nghĩa chỉ tiêu", "Indicator definitions"),
    "pkg_unit": ("Đơn vị", "Unit"),
    "pkg_no_description": ("(chưa có mô tả)", "(no description yet)"),
    "pkg_sources": ("Nguồn được trích", "Sources cited"),
    "pkg_unknown": ("không rõ", "unknown"),
    "pkg_inferred": ("suy luận", "inferred"),
    "pkg_filters": ("Bộ lọc", "Filters"),
    "pkg_licence": ("Giấy phép", "Licence"),
    "pkg_licence_text": (
        "Số liệu là dữ kiện trích từ các văn bản công khai nêu ở mục Nguồn; bản quyền văn bản thuộc cơ quan "
        "công bố. Được dùng lại tự do với điều kiện ghi nguồn: cơ quan, văn bản, ngày đăng và bộ dữ liệu này "
        "(phiên bản, ngày tải).",
        "The figures are facts quoted from the public documents listed under Sources; the documents' "
        "copyright stays with their publishers. Free to reuse with attribution: publisher, document, date "
        "published, and this dataset (version, download date).",
    ),
    "pkg_citation": ("Trích dẫn", "How to cite"),
    "pkg_citation_text": (
        "Số liệu thống kê Lạng Sơn, phiên bản {version}, tải ngày {date}. Nguồn gốc: {sources}.",
        "Lạng Sơn statistics, version {version}, downloaded {date}. Original sources: {sources}.",
    ),
    "pkg_columns": ("Các cột", "Columns"),
    "pkg_sdmx_status": (
        "Trong SDMX-CSV, OBS_STATUS: A thực hiện/chính thức, E ước tính, P sơ bộ, F dự báo, T kế hoạch "
        "(mã riêng của dự án, không có trong CL_OBS_STATUS). Khóa của một quan sát là DATAFLOW, INDICATOR, "
        "REF_AREA, SERIES_TYPE (RESULT kết quả, TARGET kế hoạch, FORECAST dự báo), PRICES (CURRENT giá hiện "
        "hành, CONSTANT_2010 giá so sánh 2010), SCOPE (phạm vi khác phạm vi của chỉ tiêu), AGGREGATION "
        "(AVERAGE bình quân, TOTAL tổng, STOCK số tại thời điểm, UNSPECIFIED không nêu, cho kỳ nhiều năm) "
        "và TIME_PERIOD; _Z là không áp dụng. Mỗi khóa chỉ có một dòng: khi nhiều nguồn hoặc nhiều lần "
        "công bố cùng nêu một quan sát, giữ số liệu tính trực tiếp trước số suy ra, rồi số chính thức nhất "
        "(chính thức, thực hiện, sơ bộ, ước tính), rồi số liệu tham chiếu trước số trong văn bản, số chính "
        "xác trước số xấp xỉ, rồi giá trị nhiều nguồn nêu nhất. Các lần công bố khác vẫn có trong CSV, XLSX "
        "và Parquet; COMMENT ghi số lượng của chúng (other_statements).",
        "In SDMX-CSV, OBS_STATUS: A actual/official, E estimate, P preliminary, F forecast, T target "
        "(this project's own code, not in CL_OBS_STATUS). An observation's key is DATAFLOW, INDICATOR, "
        "REF_AREA, SERIES_TYPE (RESULT, TARGET, FORECAST), PRICES (CURRENT, CONSTANT_2010), SCOPE (a scope "
        "other than the indicator's own), AGGREGATION (AVERAGE, TOTAL, STOCK or UNSPECIFIED, for a span "
        "of years) and TIME_PERIOD; _Z is not applicable. Each key has one row: where several sources or "
        "releases state the same observation, a stated figure is kept before a derived one, then the most "
        "final (official, as stated, preliminary, estimate), then the reference history before a "
        "document, an exact value before an approximate one, then the value most sources give. The other "
        "statements stay in the CSV, XLSX and Parquet; COMMENT counts them (other_statements).",
    ),
    # Each downloaded column described (datapackage.json's table schema)
    "dfield_figure_id": (
        "Mã duy nhất của số liệu trong bộ dữ liệu.",
        "The figure's unique id in the dataset.",
    ),
    "dfield_indicator_id": ("Mã ổn định của chỉ tiêu.", "The indicator's stable code."),
    "dfield_indicator": ("Tên chỉ tiêu.", "The indicator's name."),
    "dfield_category": ("Nhóm chỉ tiêu.", "The indicator's category."),
    "dfield_value": ("Giá trị số, theo đơn vị ở cột unit.", "The number, in the unit of column unit."),
    "dfield_unit": ("Đơn vị của giá trị.", "The value's unit."),
    "dfield_value_text": (
        "Số liệu như được viết trong văn bản; trống với số liệu tham chiếu (không trích văn bản nào).",
        "The figure as written in the document; empty for a curated reference figure (it quotes none).",
    ),
    "dfield_period": ("Kỳ số liệu, bằng chữ.", "The period, in words."),
    "dfield_period_start": ("Ngày đầu kỳ.", "First day of the period."),
    "dfield_period_end": ("Ngày cuối kỳ.", "Last day of the period."),
    "dfield_basis": (
        "Công bố (trích từ văn bản), suy ra (tính từ số liệu khác) hay số liệu tham chiếu.",
        "Reported (quoted), derived (computed from other figures) or curated reference.",
    ),
    "dfield_derivation": ("Cách tính một số liệu suy ra.", "How a derived figure was computed."),
    "dfield_conflict": (
        "Có nguồn khác nêu giá trị khác cho cùng chỉ tiêu và kỳ.",
        "Another source gives a different value for the same indicator and period.",
    ),
    "dfield_source_id": ("Mã của văn bản nguồn.", "The source document's code."),
    "dfield_source": ("Cơ quan công bố (hoặc tiêu đề) của nguồn.", "The source's publisher (or title)."),
    "dfield_published": ("Ngày đăng của nguồn.", "The date the source was published."),
    "dfield_quote": (
        "Câu chứa số liệu trong văn bản nguồn.",
        "The sentence of the source holding the figure.",
    ),
    "dfield_what": ("Số liệu là gì, bằng chữ.", "What the figure is, in words."),
    "dfield_rank_of": (
        "Với thứ hạng: trên tổng số bao nhiêu tỉnh.",
        "For a rank: out of how many provinces.",
    ),
    "dfield_approximate": ("Văn bản nói số liệu là xấp xỉ.", "The document says the figure is approximate."),
    "dfield_qualifier": (
        "Từ chỉ mức như được viết (khoảng, hơn…).",
        "The qualifier as written (khoảng, hơn…).",
    ),
    "dfield_bound": (
        "Loại giới hạn: approx, over, under, at_least, at_most.",
        "Kind of bound: approx, over, under, at_least, at_most.",
    ),
    "dfield_status": (
        "Tình trạng: actual, estimate, preliminary, official, target, forecast.",
        "Status: actual, estimate, preliminary, official, target, forecast.",
    ),
    "dfield_measure": (
        "Cách đo: level, growth, share, rank, score, count.",
        "Measure: level, growth, share, rank, score, count.",
    ),
    "dfield_comparison": (
        "Kỳ so sánh của tốc độ tăng: same_period_last_year, previous_period.",
        "Reference period of a growth rate: same_period_last_year, previous_period.",
    ),
    "dfield_price_basis": ("Loại giá: current, constant_2010.", "Price basis: current, constant_2010."),
    "dfield_period_kind": (
        "Loại kỳ: year, half_year, quarter, months (lũy kế từ đầu năm), month, range (nhiều năm)…",
        "Period kind: year, half_year, quarter, months (running total from January), month, range "
        "(several years)…",
    ),
    "dfield_period_aggregate": (
        "Với kỳ nhiều năm: average (bình quân/năm), total, stock.",
        "Over several years: average (yearly), total, stock.",
    ),
    "dfield_period_inferred": (
        "Kỳ được suy luận (văn bản không nêu rõ).",
        "The period was inferred (the document does not state it).",
    ),
    "dfield_place": ("Địa bàn của số liệu.", "The place the figure is about."),
    "dfield_scope": (
        "Phạm vi số liệu khi chỉ tiêu được công bố theo nhiều phạm vi, ví dụ through_province (hàng qua các "
        "cửa khẩu của tỉnh), customs_declared (hàng làm thủ tục tại Hải quan tỉnh); trống: không nêu, tức "
        "phạm vi của chính chỉ tiêu.",
        "What the figure covers where the indicator is published in several scopes, e.g. through_province "
        "(goods through the province's border gates), customs_declared (goods declared at its customs); "
        "empty: none stated, the indicator's own.",
    ),
    "dfield_locator": ("Vị trí trong nguồn (trang, bảng).", "Where in the source (page, table)."),
    # Add documents (editors only)
    "page_add": ("Thêm tài liệu", "Add documents"),
    "add_intro": (
        "Tải lên hoặc dán một bài báo, báo cáo hay công văn; xem trước các số liệu tìm thấy rồi xác nhận để "
        "cập nhật bộ dữ liệu. Chỉ biên tập viên đã đăng nhập mới thay đổi được dữ liệu.",
        "Upload or paste an article, report or letter; preview the figures found, then confirm to update "
        "the dataset. Only signed-in editors can change the data.",
    ),
    "add_disabled": (
        "Chức năng biên tập đang tắt: chưa cấu hình biên tập viên. Để bật, thêm mục `[editors]` với "
        '`tên = "mật khẩu"` vào `.streamlit/secrets.toml`, hoặc đặt biến môi trường '
        '`LANGSON_EDITORS="tên:mật khẩu"`, rồi khởi động lại máy chủ.',
        "Editing is off: no editors are configured. To enable it, add an `[editors]` section with "
        '`name = "password"` to `.streamlit/secrets.toml`, or set the environment variable '
        '`LANGSON_EDITORS="name:password"`, then restart the server.',
    ),
    "signin_title": ("Đăng nhập biên tập", "Editor sign-in"),
    "signin_name": ("Tên biên tập viên", "Editor name"),
    "signin_password": ("Mật khẩu", "Password"),
    "signin_submit": ("Đăng nhập", "Sign in"),
    "signin_failed": ("Tên hoặc mật khẩu không đúng.", "Wrong name or password."),
    "signin_wait": (
        "Quá nhiều lần thử sai. Hãy thử lại sau {seconds} giây.",
        "Too many failed attempts. Try again in {seconds} seconds.",
    ),
    "signed_in_as": ("Đã đăng nhập: **{name}**", "Signed in as **{name}**"),
    "sign_out": ("Đăng xuất", "Sign out"),
    "add_tab_upload": ("Tải tệp lên", "Upload files"),
    "add_tab_paste": ("Dán văn bản", "Paste text"),
    "add_files": (
        "Tệp .txt, .md, .html, .docx, .pdf (tối đa {mb} MB mỗi tệp)",
        "Files .txt, .md, .html, .docx, .pdf (up to {mb} MB each)",
    ),
    "add_text": ("Nội dung bài viết", "Article text"),
    "add_meta_title": ("Tiêu đề", "Title"),
    "add_meta_publisher": ("Cơ quan/báo đăng", "Publisher"),
    "add_meta_date": ("Ngày đăng (YYYY-MM-DD)", "Published (YYYY-MM-DD)"),
    "add_meta_link": ("Đường dẫn (http/https)", "Link (http/https)"),
    "add_meta_hint": (
        "Thông tin này áp dụng khi tải lên một tệp; với nhiều tệp, tiêu đề lấy từ nội dung.",
        "These details apply when one file is uploaded; with several, titles are read from the files.",
    ),
    "add_preview": ("Xem trước", "Preview"),
    "add_nothing": ("Chưa có tệp hay nội dung nào.", "No file or text yet."),
    "add_paste_needs_title": ("Văn bản dán vào cần có tiêu đề.", "Pasted text needs a title."),
    "add_preview_of": ("Xem trước: {title}", "Preview: {title}"),
    "add_duplicate": (
        "Tài liệu này đã có trong dữ liệu ({source}); sẽ không thêm lần nữa.",
        "This document is already stored ({source}); it will not be added again.",
    ),
    "add_no_figures": (
        "Không tìm thấy số liệu nào để công bố trong tài liệu này.",
        "No figure to publish was found in this document.",
    ),
    "add_no_numbers": (
        "Văn bản không có con số nào gắn với một chỉ tiêu trong danh mục (như GRDP, PCI, thu ngân sách, "
        "kim ngạch xuất nhập khẩu).",
        "The text has no number tied to an indicator of the catalog (such as GRDP, PCI, budget revenue, "
        "trade turnover).",
    ),
    "add_held_why": (
        "{n} con số được giữ lại để xem xét, không công bố: {reasons}.",
        "{n} numbers were held back for review, not published: {reasons}.",
    ),
    "add_store_empty": (
        "Vẫn lưu tài liệu này dù không có số liệu",
        "Store this document even though it has no figures",
    ),
    "add_store_empty_help": (
        "Tài liệu được lưu và hiện ở trang Nguồn số liệu (kèm các con số bị giữ lại), nhưng không thêm "
        "số liệu nào vào biểu đồ.",
        "The document is stored and shown on the Sources page (with the numbers held back), but adds no "
        "figure to the charts.",
    ),
    "add_nothing_to_confirm": (
        "Không có tài liệu nào để thêm: tài liệu không có số liệu chỉ được lưu khi chọn ô bên trên.",
        "Nothing to add: a document without figures is stored only when its box above is ticked.",
    ),
    "add_found": ("Tìm thấy {n} số liệu.", "{n} figures found."),
    "upload_button": ("Chọn tệp", "Choose files"),
    "sources_search": ("Tìm trong nguồn", "Search the sources"),
    "sources_search_placeholder": (
        "tiêu đề, cơ quan đăng, câu trích dẫn, chỉ tiêu…",
        "title, publisher, quoted sentence, indicator…",
    ),
    "sources_search_help": (
        "Tìm theo tiêu đề hoặc cơ quan đăng của tài liệu, câu chứa số liệu hoặc tên chỉ tiêu; không phân "
        "biệt hoa thường, gõ có dấu hay không dấu đều được (“dau tu” tìm thấy “đầu tư”).",
        "Finds by a document's title or publisher, a figure's sentence or its indicator's name; case and "
        "Vietnamese accents do not matter (“dau tu” finds “đầu tư”).",
    ),
    "sources_search_found": (
        "{figures} số liệu khớp với “{query}”.",
        "{figures} figures match “{query}”.",
    ),
    "sources_search_no_documents": (
        "Không có tài liệu nào khớp với từ tìm kiếm.",
        "No document matches the search.",
    ),
    "status_new": ("mới", "new"),
    "status_same": ("trùng giá trị đã có", "same as an existing source"),
    "status_conflict": ("mâu thuẫn với nguồn khác", "conflicts with another source"),
    "tcol_status": ("Thay đổi", "Change"),
    "tcol_figure_status": ("Loại số liệu", "Status"),
    "tcol_existing": ("Giá trị đã có", "Existing values"),
    "tcol_flags": ("Ghi chú", "Flags"),
    "flag_approximate": ("xấp xỉ", "approximate"),
    "flag_derived": ("suy ra", "derived"),
    "flag_period_inferred": ("kỳ suy luận", "period inferred"),
    "add_confirm": ("Xác nhận thêm {n} tài liệu", "Confirm adding {n} documents"),
    "add_done": (
        "Đã thêm {title}: bộ dữ liệu đã được cập nhật.",
        "Added {title}: the dataset has been rebuilt.",
    ),
    "add_failed": ("Không thêm được {title}: {reason}", "Could not add {title}: {reason}"),
    "add_unreadable": ("Không đọc được {name}: {reason}", "Cannot read {name}: {reason}"),
    "uploaded_heading": ("Tài liệu đã thêm qua trang này", "Documents added through this page"),
    "uploaded_none": ("Chưa có tài liệu nào.", "None yet."),
    "remove_confirm": ("Tôi muốn gỡ tài liệu này", "I want to remove this document"),
    "remove": ("Gỡ tài liệu", "Remove document"),
    "removed": ("Đã gỡ {title}.", "Removed {title}."),
    "audit_heading": ("Nhật ký thay đổi", "Change log"),
    "audit_none": (
        "Chưa có thay đổi nào qua trang Thêm tài liệu.",
        "No changes made through Add documents yet.",
    ),
    "audit_add": ("thêm", "added"),
    "audit_remove": ("gỡ", "removed"),
    "audit_status_done": ("xong", "done"),
    "conflicts_more": ("… và {n} xung đột khác", "… and {n} more conflicts"),
    "pager_label": ("Trang", "Page"),
    "pager_figures": (
        "Số liệu {start}–{end} trong {total}",
        "Figures {start}–{end} of {total}",
    ),
    "pager_documents": (
        "Tài liệu {start}–{end} trong {total}",
        "Documents {start}–{end} of {total}",
    ),
    "document_cut": (
        "Hiển thị {shown} ký tự đầu trong {total} ký tự của tài liệu.",
        "Showing the first {shown} of the document's {total} characters.",
    ),
    "preview_rows_cut": (
        "Hiển thị {shown} trong {total} số liệu tìm thấy; câu trích dẫn của {quotes} số liệu đầu.",
        "Showing {shown} of the {total} figures found; the sentences of the first {quotes}.",
    ),
    "audit_status_pending": ("đang thực hiện", "in progress"),
    "audit_status_rolled back": ("đã hoàn tác", "rolled back"),
    "audit_status_failed": ("lỗi", "failed"),
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
