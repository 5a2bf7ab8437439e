"""Read a text's figures: `text -> Reading` (figures to publish, numbers held for review), no I/O.

How a sentence is read (each step's rules live in their own module):
1. Its periods (etl/periods.py), those it compares with set apart, the yearless ones anchored in the year
   named nearby (etl/context.py); comparisons ("tăng 9% so với năm 2022") are found first, so their
   numbers are never taken for the figure itself (etl/values.py).
2. Values by how they are written: ranks, scores, per cents, money, counts of the catalog's counted
   things, and the items of "lần lượt" lists (etl/values.py, etl/respectively.py).
3. What each value is about: the nearest topic of an indicator, else the subject its sentence, the
   sentence before or the title carried (etl/subjects.py).
4. What it is: its status, bound, sign and price basis from the words around it (etl/wording.py); its
   place (etl/places.py); its period from its clause, else its context (etl/context.py), with what it
   aggregates (a yearly average, a total, a stock: etl/spans.py); whether it is a change, a gap or a
   plan's amount rather than a level, and which value a comparison belongs to (etl/changes.py); one end
   of a range, a bare continuation, a part opening its sentence, a count said to stand now
   (etl/clauses.py).
   Tables written as text (rows of cells joined by " | "): each figure cell read as the sentence its row
   and column make (etl/grid.py), then put back on the cell.
5. Published only when indicator, place, period and status are told; otherwise held with the reason.

This module is the one place those steps meet, value by value (`_read`, most of the module's ~690 lines),
which is why it is longer than the others: splitting the sequence itself would scatter one reader's
decisions, so each decision it makes is a call into the module that owns the rule.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache, partial
from itertools import takewhile
from operator import itemgetter

from etl.casefold import compile_lowered, lowered
from etl.catalog import Catalog, Indicator, PublishedIndex
from etl.changes import (
    amount_in,
    attach_comparisons,
    comparison_values,
    end_of_a_move,
    growth_of,
    implied_comparisons,
    is_change,
    is_share,
    level_changed,
    names_an_index,
    plan_amounts,
    restates_a_share,
)
from etl.clauses import (
    OPENS_WITH_PART,
    SAID_NOW,
    bracket_around,
    is_range_end,
    only_continuation,
    only_period_and_verb,
)
from etl.context import (
    A_DASHED_ITEM,
    A_YEARS_LAST_QUARTER,
    DAYS_WRITTEN,
    ITEM_BULLET,
    OPENS_ON_A_PERIOD,
    THE_COUNT_AFTER,
    THE_COUNTS_DATE_IN_BRACKETS,
    DocumentContext,
)
from etl.grid import SEPARATOR, TableCell, read_tables
from etl.literals import may_match, quick
from etl.mentions import Held, Mention, Reading
from etl.numbers import NumberFormatError, english_grouping, parse_vi_number
from etl.periods import (
    CLAUSE_MARK,
    HALF_A_TERM,
    SPAN_IN_WORDS,
    START_OF_SPAN,
    UNPLACED,
    UNRESOLVED,
    Period,
    PeriodMatch,
    another_month_or_quarter,
    as_of_period,
    has_no_year,
    listed_one_after_another,
    months_from_january,
    periods_in_lowered,
    range_period,
    shift_years,
    term_closed_by,
    year_period,
)
from etl.places import (
    A_GATE_WITH_ITS_PROVINCE,
    named_units,
    names_province,
    opening_place,
    other_place,
    ours_right_after,
    part_opening,
    part_telling,
    place_named,
    place_right_before,
    rank_given_to,
    subject_opening,
    with_named_units,
)
from etl.schema import MAX_PERCENT
from etl.sentences import sentence_spans
from etl.spans import compared_period_in_brackets, owned_by_value, period_aggregate, stock_closing_at_report
from etl.subjects import (
    CONTEXT_KINDS,
    INDEX_KINDS,
    REGION_OPENING,
    THIS_ITEM,
    carried_ranking,
    in_another_group,
    index_component,
    index_twin,
    introduced,
    is_regional,
    lead_paragraph,
    names_a_component,
    names_any_subject,
    past_an_index_beside,
    per_basis,
    ranking_of,
    ranks_another_value,
    reads_as_growth,
    regional_twin,
    respective_tokens,
    score_after_rank,
    subject_from_context,
    title_subjects,
    topic_for,
    topic_spans,
    topics_of,
)
from etl.titles import title_of, title_span
from etl.values import (
    AMONG_THE_BEST,
    COMPARISON_FRONTED,
    DIGIT,
    ENGLISH_DIGITS,
    MONTH_OF_NO_YEAR,
    NUM,
    Token,
    as_written,
    count_tokens,
    counted_pattern,
    find_comparisons,
    marks_legend,
    reference_of_mark_after,
    to_unit,
    value_tokens,
)
from etl.wording import (
    AGAINST_PLAN,
    CHANGE_MARK,
    DECIDED,
    PLAN_DOCUMENT,
    PLAN_FOR_A_PART_IN_BRACKETS,
    RESULT_WORDS,
    at_least_after,
    bound_before,
    negative_after,
    negative_before,
    plan_in_brackets_before,
    plan_status,
    price_basis,
    result_a_speaker_tells,
    result_after_purpose,
    result_told,
    result_verb_told,
    rise_said_before,
    status_after,
    status_of,
    status_of_whose_value,
)

SUBSET = compile_lowered(r"\btrong đó\b|\b(?:bao )?gồm\b")


# A sentence opening (after its source) on "với …," -- a trait of the subject that follows -- and what it says
# will be: "Theo các chuyên gia, với tỷ trọng dịch vụ trên 50% …, kinh tế Lạng Sơn sẽ …"
_TRAIT_OPENING = compile_lowered(r"\W*(?:theo [^,;]{1,60}, )?với (?:[^,;]|,(?=\d)){1,120}(?=,)")
_WHAT_WILL_BE = compile_lowered(r"\b(?:sẽ|có thể)\b|\bdễ\b(?! dàng)")
_STRUCTURE = re.compile(r"\bcơ cấu\b")  # "cơ cấu kinh tế … 45%": a share of the economy, not a rate
# A segment that opens on a subject of its own before its verb: a rate of something ("tỷ lệ giải ngân vốn đầu
# tư công đạt 95%", "tỷ lệ lao động qua đào tạo đạt 70%"), a contribution, or two words or more none of them a
# period, a status, a place, a source, a link or growth itself ("độ che phủ rừng đạt 65%"; not "ngay từ quý I
# phải đạt 8,5%", "qua đó 6 tháng đầu năm đạt", "đưa tăng trưởng cả năm ước đạt", "Lạng Sơn đạt 8,1%", "con số
# này là 7%", "nhịp độ đạt 8%", "Cục Thống kê công bố đạt 6,2%", "… lần lượt là")
_NOT_A_SUBJECT_WORD = (
    r"quý|tháng|năm|nửa|cả|riêng|chung|trong|giai|đoạn|nhiệm|kỳ|bình|quân|ước|dự|kiến|báo|phấn|đấu|mục|tiêu"
    r"|kế|hoạch|chỉ|kịch|bản|tăng|giảm|trưởng|đạt|mức|khoảng|phải|cần|sẽ|lên|xuống|tốc|nhịp|kinh|tế|grdp|gdp"
    r"|lạng|sơn|tỉnh|toàn|con|số|này|đó|kết|quả|thực|hiện|sơ|bộ|chính|thức|lần|lượt|nên|qua|để|đưa|giúp|khiến"
    r"|nhờ|do|vì|thì|với|theo|sau|trước|đến|nay|từ|so|cao|thấp|nếu|đứng|xếp|thuộc|hai|ba|bốn|sáu|chín|mười"
    r"|ngay|và|còn|khi|tổng|sản|phẩm|trên|địa|bàn"
)


# goods declared at the province's customs, a part of what passes its gates: "mở tờ khai tại …", "khai báo tại
# …", "… làm thủ tục cho 132.886 tờ khai hải quan với tổng kim ngạch …; … đăng ký 62.744 tờ khai, trị giá …"
# (and what passed through the office's own declarations: "Xuất khẩu qua tờ khai của Cục đạt 2.750 triệu USD")
_DECLARED = compile_lowered(
    r"\bmở tờ khai\b|\bkhai báo (?:hải quan )?tại\b|(?<!tính cả )(?<!kể cả )\b\d[\d.]* (?:bộ )?tờ khai\b"
    r"|\bqua tờ khai (?:hải quan )?(?:của|tại) (?:cục|chi cục)\b"
)
_DECLARED_ELSEWHERE_TOO = compile_lowered(
    r"\b(?:tính cả|kể cả|bao gồm(?: cả)?|cộng cả|gồm cả)\b[^.;]{0,60}?\bmở tờ khai\b"
    r"|\bmở tờ khai\b[^.;]{0,40}?\b(?:(?:cục|chi cục|đơn vị|địa phương|tỉnh)(?: hải quan)? khác|ngoài tỉnh)\b"
)
_ANOTHER_RATE_CHANGES = compile_lowered(
    r"\s*(?:và |còn )?t[ỷỉ] lệ [^,;%\d]{1,80}? (?:(?:ước|dự kiến|đã) )?(?:tăng|giảm)"
    r"(?: (?:khoảng|trên|hơn|gần))? $"
)
_A_RANKS_MOVE = compile_lowered(r"\b(?:bậc|hạng)\b")
# a group growing, the clause's subject ("nhóm lương thực, thực phẩm tăng", "nhóm hàng may mặc giảm") -- not a
# group of places ours is named in ("Trong nhóm tỉnh biên giới phía Bắc, Lạng Sơn ước tăng 9,27%")
_A_GROUP_CHANGES = compile_lowered(
    r"(?:^|[,:]\s*|\s)nhóm\b[^;%\d]{1,60}? (?:(?:ước|cũng|chỉ|lại) )?(?:tăng|giảm)"
    r"(?: (?:khoảng|trên|hơn|gần))? $"
)
_A_GROUP_OF_PLACES = compile_lowered(r"\bnhóm (?:các |những )?(?:tỉnh|địa phương|thành phố|huyện|xã)\b")
_ANOTHER_SUBJECT = compile_lowered(
    # (not a segment that tells who reports, "lãnh đạo Cục Thống kê cho biết sẽ đạt 7,5%" -- unless the source
    # only qualifies a subject: "tỷ lệ … theo báo cáo của Sở Tài chính đạt", "… mà Sở … công bố đạt"; and
    # not a noun that only names a kind of report: "tỷ lệ cơ quan báo cáo trực tuyến", "doanh nghiệp công bố
    # thông tin")
    r"(?!(?:(?!được |mà |theo )[^,;])*\b(?:cho biết|công bố(?! thông tin))\b)"
    r"\s*(?:và |còn |trong khi )?"
    # (a count's share: "số doanh nghiệp nộp báo cáo tài chính đạt 80%", not "con số này là 7%"; a subject
    # with its source: "giải ngân vốn đầu tư công theo báo cáo của Sở Tài chính đạt 85%")
    # (not a status: "số chính thức là 6,9%", "số ước tính đạt 7,2%", "số sơ bộ ở mức 7,2%")
    r"(?:(?:tỷ lệ|đóng góp|số(?! (?:này|đó|liệu|chính thức|ước|sơ bộ|thực hiện|cuối cùng|mới|cũ)\b))\b"
    r"[^,;%\d]{1,80}? "
    rf"|(?:(?!(?:{_NOT_A_SUBJECT_WORD})\b)[^\W\d]+ ){{2,8}}(?:theo [^,;%\d]{{1,60}}? )?)"
    r"(?:(?:ước|dự kiến|phải|cần|sẽ) )?(?:đạt|là|ở mức)(?: (?:khoảng|trên|hơn|gần|dưới))? $"
)
# (not "toàn Cục": a department's whole take, which may count another province's branch -- _OFFICE_WHOLE)
# an office taking and paying in ("Cục đã thu nộp ngân sách nhà nước …")
_AN_OFFICE_PAYS_IN = compile_lowered(r"(?<!chi )\bcục (?:đã |ước |mới )?thu nộp(?: vào)? ngân sách\b")
_THE_OFFICE_COLLECTS = compile_lowered(r"(?<!chi )(?<!toàn )\bcục (?:đã |ước |mới )?thu(?: nộp| được)?\b")
# (another office by its name: "Cục Quản lý thị trường tỉnh xử lý 300 vụ", "Cục Thuế", "Cục Thống kê"; or
# another province's customs)
_AN_OFFICE_NOT_CUSTOMS = compile_lowered(
    r"\bcục (?:quản lý|thống kê|thuế|kiểm soát|kiểm tra|dự trữ|cảnh sát|an ninh|thi hành án|đăng kiểm"
    r"|đường bộ|lâm nghiệp|thú y|bảo vệ thực vật|xuất nhập khẩu|xúc tiến|công nghiệp|đầu tư nước ngoài"
    r"|chăn nuôi|trồng trọt)\b"
    r"|\bcục hải quan (?:tỉnh )?(?:quảng ninh|cao bằng|lào cai|hà giang|bắc giang|hà nội|hải phòng)\b"
)
_A_CUSTOMS_DEPARTMENT = compile_lowered(r"\bcục hải quan\b")
_FROM_A_YEARS_LEVEL_TO = compile_lowered(
    # (not the year's start, whose end is the same year's: "từ 9,46% (kết quả rà soát đầu năm 2026) xuống ước
    # còn 7,05% vào cuối năm")
    r"\btừ (?:mức )?\d[^;]{0,50}?(?<!đầu )\bnăm (?P<y>(?:19|20)\d\d)\b[^;\d]{0,10}?\b(?:lên|xuống)(?: mức)?"
    r"(?: dự kiến| ước)?"
    r"(?: còn)?(?: khoảng| gần| hơn| trên)?\s+$"
)
_ITS_YEAR_AFTER = compile_lowered(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:vào |đến |tới )?(?:cuối |hết )?năm (?P<y>(?:19|20)\d\d)\b"
)
# a move from one year's level to another's, both years told ("từ 14,99% năm 2023 xuống còn 11,36% năm 2024")
_A_MOVE_BETWEEN_YEARS = compile_lowered(
    r"\btừ (?:mức )?\d[\d.,]*\s*%?(?: của)? năm (?P<a>(?:19|20)\d\d)\b[^;\d]{0,12}?\b(?:lên|xuống)"
    r"(?: mức)?(?: còn)?(?: khoảng| gần| hơn| trên)?\s+\d[\d.,]*\s*%?(?: của)?,? (?:vào |đến |tới )?"
    r"(?:cuối |hết )?năm (?P<b>(?:19|20)\d\d)\b"
)
# a rank a move starts from, and the move right after it ("từ thứ hạng 62 lên 31")
_A_RANK_LEFT = compile_lowered(r"\btừ (?:thứ )?$")
_A_RANK_MOVE_AFTER = compile_lowered(r"\s+(?:lên|xuống)\b")
# (the year of the level a move starts from, right after it: "từ 44,2 triệu đồng năm 2020 lên …")
_A_MOVES_START_ITS_YEAR = compile_lowered(
    r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:vào |của )?năm (?P<y>(?:19|20)\d\d)\b,?\s*(?:lên|xuống)\b"
)
_A_YEAR_THEN_ITS_MOVE = compile_lowered(
    r"\bnăm \d{4},? từ (?:mức )?\d[\d.,]*\s*(?:%|[^\s,;]+)? (?:giảm|tăng|hạ|nâng)(?: xuống| lên)?"
    r"(?: còn| mức)?\s+$"
)


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    start = sentence.rfind(";", 0, pos) + 1
    end = sentence.find(";", pos)
    return start, len(sentence) if end == -1 else end


def extract_figures(
    text: str, catalog: Catalog, doc_date: date | None = None, doc_date_inferred: bool = False
) -> list[Mention]:
    """Every figure `text` publishes (read_figures' mentions)."""
    return read_figures(text, catalog, doc_date, doc_date_inferred).mentions


def read_figures(
    text: str, catalog: Catalog, doc_date: date | None = None, doc_date_inferred: bool = False
) -> Reading:
    """Every reported figure in `text` (already normalised), in reading order, and the numbers held back.

    A figure is published only when the text tells its indicator, place, period and status: its period is
    read from its clause, else its sentence, the sentence before, the paragraph's heading or the document's
    title (etl/context.py); relative words ("năm nay", "cùng kỳ") from the document's date. A number whose
    period or place the text does not tell is held for review with the reason, never guessed.
    """
    token = ENGLISH_DIGITS.set(english_grouping(text))
    try:
        # the text's tables (etl/grid.py), found once: their cells are read apart, their rows left alone below
        cells, table_rows = read_tables(text, catalog) if SEPARATOR in text else ([], set())
        # (one reading of the text's lines and headings, for its sentences and then its tables)
        context = DocumentContext(text, doc_date, doc_date_inferred)
        # (the district, commune, site or gate the text is about, if its title says so: its sentences and its
        # tables are that place's unless they name the province)
        part = _document_part(text, catalog)
        reading = _read(text, catalog, doc_date, doc_date_inferred, part, table_rows, context=context)
        if cells:
            _read_tables(cells, catalog, doc_date, doc_date_inferred, reading, context, part)
        return reading
    finally:
        ENGLISH_DIGITS.reset(token)


def _read_tables(
    cells: list[TableCell],
    catalog: Catalog,
    doc_date,
    doc_date_inferred,
    reading: Reading,
    context: DocumentContext,
    document_part: str | None = None,
) -> None:
    """The figures of the text's table cells (etl/grid.py): each read as the sentence its row and column
    make, the figure put back on the cell, its quote the header row down to the cell's row."""
    # A table under a plan's heading ("II. MỤC TIÊU … 3. Lộ trình từng năm:") plans its cells, as the heading
    # plans the sentences under it (`context`: the whole text's, its headings read once)
    title = context.line(context.title_line) if context.title_line is not None else ""
    # (a table in a text about another province alone, "Cao Bằng: Kinh tế năm 2024 …" over "Tốc độ tăng
    # trưởng GRDP | % | 6,74", is that province's, as its sentences are)
    other_province = another_province_alone(context, catalog)
    for cell in cells:
        # (where the sentence's value starts: past a sign, "-0,12", which the rules read as a fall before it)
        value_at = cell.value_at + len(cell.value_text) - len(cell.value_text.lstrip("-–− "))
        plan_above = context.table_plan(context.line_of(cell.quote_start))
        found = _read(
            cell.sentence,
            catalog,
            doc_date,
            doc_date_inferred,
            _document_part(cell.sentence, catalog),
            plan_above=plan_above,
            # ("Năm | 2016 | …" over "Điểm số | 57,12 | …" under "PCI của Lạng Sơn qua các năm": the row's
            # index is the one its caption, else the title, names -- a caption naming any is the table's own)
            about=cell.caption if _names_a_subject(cell.caption, catalog) else title,
        )
        if plan_above and doc_date is not None and plan_status(lowered(cell.sentence)) is None:
            planned = context.heading_period(context.line_of(cell.quote_start))
            through = context.heading_plans_through(context.line_of(cell.quote_start))
            found.mentions = [_under_plan(m, plan_above, planned, doc_date, through) for m in found.mentions]
        # ("Xếp hạng cả nước | 13/63 | 16/63": where the province ranks, among the country's provinces -- not
        # the country's own figure)
        place = place_named(_RANKED_AMONG.sub(r"\g<rank>", lowered(cell.label)), catalog.places)
        caption = lowered(cell.caption)
        if place is None:
            # "PCI của tỉnh Cao Bằng qua các năm:", "Điểm PCI trung vị cả nước qua các năm:": a table of
            # another place's figures, whatever its rows say
            place = _captions_place(caption, catalog)
        row = lowered(cell.sentence)
        if place is None:
            place = other_province
        if place is None and document_part is not None and not names_province(row, 0, len(row)):
            # a table in a commune's or a district's own document ("NGHỊ QUYẾT / Về kế hoạch … của xã Đồng
            # Đăng") is of that place, unless its row names the province
            place = document_part
        where = {
            "value_text": cell.value_text,
            "start": cell.start,
            "end": cell.end,
            "sentence_start": cell.quote_start,
            "sentence_end": cell.quote_end,
        }
        if place is not None:
            # "Thu ngân sách tỉnh Cao Bằng | Tỷ đồng | 2.900": a row about another place holds its cells
            reading.held += [
                Held("other_place", place, **where, indicator_id=m.indicator_id, value=m.value)
                for m in found.mentions
                if m.start == value_at
            ]
        else:
            if _SECTOR_ROW.match(lowered(cell.label)):
                # "Công nghiệp - xây dựng | 8,74 | 12,8" under "Tốc độ tăng GRDP theo quý năm 2022": a
                # sector's growth, not the economy's the caption names -- only what the row names is read
                named = [m for m in found.mentions if _names(cell.label, m.indicator_id, catalog)]
                reading.held += [
                    Held("not_in_catalog", "a sector's figure, not the whole its caption names", **where)
                    for m in found.mentions
                    if m.start == value_at and m not in named
                ]
                found.mentions = named
            reading.mentions += [
                replace(
                    m,
                    **where,
                    indicator_id=_captions_part(m.indicator_id, cell.caption, cell.label, catalog),
                    period_source="table_column",
                    comparison=None,
                    also_compared=(),
                )
                for m in found.mentions
                if m.start == value_at
            ]
        held = [replace(h, **where) for h in found.held if h.start == value_at]
        if not held and not any(m.start == value_at for m in found.mentions):
            # a cell no rule read as a figure or a hold (its unit, or its row's name, unknown to the
            # catalog): held for review, never lost -- the sentence reader leaves the table's lines alone
            held = [Held("not_in_catalog", "a table cell no indicator of the catalog names", **where)]
        reading.held += held
    # A cell restating a figure the prose gives for the same period adds nothing; the prose's words tell its
    # status ("Tính chung 8 tháng, … ước đạt 23.145,7 tỷ đồng" over a column "Cộng dồn 8 tháng" that says no
    # "ước"): keep the prose's
    # (but a plan is no result: "Kế hoạch năm 2024 | Thực hiện năm 2024", both 6.000, beside the prose's plan
    # gives the year's result too)
    in_prose = {_same_figure(m): _planned(m) for m in reading.mentions if m.period_source != "table_column"}
    reading.mentions = [
        m
        for m in reading.mentions
        if m.period_source != "table_column" or in_prose.get(_same_figure(m), not _planned(m)) != _planned(m)
    ]
    reading.mentions.sort(key=lambda m: m.start)  # in reading order, the tables' figures where they stand
    reading.held.sort(key=lambda h: h.start)


# a rank joined right after a value ("…, đứng thứ 6 cả nước", "… và xếp thứ 3")
_ITS_RANK_RIGHT_AFTER = compile_lowered(r"\s*,?\s*(?:và\s+)?(?:(?:cùng|đồng thời)\s+)?")
# two sectors named as one subject right before their share ("công nghiệp và dịch vụ chiếm 80,9%")
_TWO_SECTORS_TOGETHER = compile_lowered(
    r"\b(?:công nghiệp|xây dựng|nông(?:, lâm)? nghiệp(?: và thủy sản)?)\s+và\s+(?:khu vực\s+)?"
    # ("tỷ trọng công nghiệp và dịch vụ trong cơ cấu kinh tế năm 2024 ước đạt hơn 80%")
    r"(?:dịch vụ|công nghiệp(?: - xây dựng)?)\s+(?:(?:trong|của) [^.;,\d%]{0,40}?(?:\d{4}\s+)?)?(?:ước\s+)?"
    r"(?:chiếm|đạt|là)\s+"
    r"(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$"
)
# an estimate's word right after the value, before the period it is of ("8,27% ước tính cho riêng quý I")
_ESTIMATED_RIGHT_AFTER = compile_lowered(r"\s*(?:ước tính|ước)\s+(?:cho|của|trong)\b")
# a value ranked right after it among the province's districts ("…, luôn đứng thứ hai trong các huyện, thành
# phố của tỉnh", "…, xếp thứ 3/11 huyện")
_RANKED_AMONG_THE_DISTRICTS = compile_lowered(
    r"\s*,?\s*(?:(?:luôn|vẫn|tiếp tục|cũng)\s+)?(?:đứng|xếp)(?: ở)?(?: vị trí)?(?: thứ)?"
    r" (?:\d{1,2}|nhất|hai|ba|tư|năm|đầu|cuối)\b"
    r"[^.;]{0,12}?(?:/\s*\d{1,2} |\b(?:trong|trong số|so với|của) (?:các|\d{1,2}|mười một) )"
    r"(?:huyện|địa phương cấp huyện|địa phương (?:của|trong|thuộc) tỉnh)\b"
)
# a rank row's field: "Xếp hạng cả nước", "Thứ hạng toàn quốc"
_RANKED_AMONG = compile_lowered(
    r"^(?P<rank>xếp hạng|thứ hạng|vị trí) (?:trong |so với )?(?:cả nước|toàn quốc)\b"
)
_THE_PROVINCE_WORDS = compile_lowered(r"\b(?:của|toàn|cả) tỉnh\b|\btỉnh ta\b")


# a table row naming a sector of the economy, and nothing else ("Nông, lâm nghiệp và thủy sản", "Công nghiệp -
# xây dựng"; not a heading over a row's measure, "Dịch vụ du lịch: số lượt khách")
_SECTOR_ROW = compile_lowered(
    r"^\s*(?:[-+*•]\s*)?(?:khu vực |ngành )?"
    r"(?:nông,? lâm nghiệp(?: và thủy sản)?|nông nghiệp|công nghiệp(?: -| và)?(?: xây dựng)?|xây dựng|dịch vụ"
    r"|thuế sản phẩm(?: trừ trợ cấp sản phẩm)?)\s*(?:\([^()]*\))?\s*$"
)
_THE_WHOLE_ROW = compile_lowered(r"\btổng\b|\btoàn tỉnh\b|\btrên địa bàn\b")


def _names(label: str, indicator_id: str, catalog: Catalog) -> bool:
    low = lowered(label)
    return any(may_match(p, low) and quick(p).search(low) for p in catalog.by_id(indicator_id).topics)


def _captions_part(indicator_id: str, caption: str, label: str, catalog: Catalog) -> str:
    """The part of the row's whole its table's caption names, else the row's own: "Số thu ngân sách" under
    "Số thu từ hoạt động xuất nhập khẩu qua các năm (tỷ đồng):" is the part's, the customs' take."""
    # (not a caption naming the whole as well: "Thu ngân sách và xuất nhập khẩu tháng 5/2019"; nor a line of
    # prose before the table, whatever parts it speaks of: "…, trong khi số thu từ hoạt động xuất nhập khẩu
    # giảm tương ứng. Một số kết quả chủ yếu như sau:")
    if not _A_CAPTION.match(caption) or _names(caption, indicator_id, catalog):
        return indicator_id
    if _THE_WHOLE_ROW.search(lowered(label)):
        return indicator_id  # "Tổng thu ngân sách nhà nước trên địa bàn tỉnh": the row names the whole
    parts = [part.id for part in catalog.parts_of(indicator_id) if _names(caption, part.id, catalog)]
    return parts[0] if len(parts) == 1 else indicator_id


@lru_cache(maxsize=64)
def _names_a_subject(caption: str, catalog: Catalog) -> bool:
    """Whether a table's caption names an indicator (once per caption, not once per cell)."""
    return bool(caption) and bool(title_subjects(lowered(caption), catalog))


# a caption, maybe numbered, no more than a phrase ("Biểu 2. Vốn đầu tư … (tỷ đồng)", "Số thu … qua các năm:")
_A_CAPTION = compile_lowered(r"^\s*(?:(?:biểu|bảng|phụ lục)[^.:;]{0,6}[.:]\s*)?[^.;]{1,150}$")
# a caption that names what follows ("… qua các năm:"), not a line of prose before a table
_CAPTION_LINE = re.compile(r"^[^.;]{0,120}:\s*$")


def _captions_place(caption: str, catalog: Catalog) -> str | None:
    """The other province, the region, the nation or a place abroad a table's caption says its figures are of
    (not one a line of prose above the table names in passing; not when it names the province too)."""
    if not caption or "lạng sơn" in caption or not _CAPTION_LINE.match(caption):
        return None
    province = catalog.places.get("province")
    for ours in _THE_PROVINCE_WORDS.finditer(caption):
        # ("PCI của tỉnh trong 63 tỉnh, thành phố qua các năm:", "… của tỉnh và bình quân chung cả nước:": the
        # province's own table, beside what it is set against -- not "PCI của tỉnh Cao Bằng …")
        if province is None or not province.match(caption, ours.end() + 1):
            return None
    for kind in ("province", "nation", "region", "abroad"):
        if kind in catalog.places and (m := catalog.places[kind].search(caption)) is not None:
            return m.group()
    return None


def _planned(m: Mention) -> bool:
    return m.status in ("target", "forecast")


def _same_figure(m: Mention) -> tuple:
    return (m.indicator_id, m.value, m.period.start, m.period.end)


def _read(
    text: str,
    catalog: Catalog,
    doc_date: date | None,
    doc_date_inferred: bool,
    title_part: str | None,
    table_rows: set[int] = frozenset(),
    plan_above: str | None = None,
    context: DocumentContext | None = None,
    about: str | None = None,
) -> Reading:
    """The sentences' figures; `table_rows` (the starts of lines the table reader reads) are left to it;
    `about`, the words that say what the text is about where its own first line does not (a table cell's:
    the table's caption and the document's title)."""
    reading = Reading()
    counted = counted_pattern(catalog)
    context = context or DocumentContext(text, doc_date, doc_date_inferred)
    # (another province a text never naming ours is about: every figure of it is that province's)
    other_province = another_province_alone(context, catalog)
    # The subject a value with no topic in its sentence is about: the previous sentence's (in the same
    # paragraph), else the title's -- "PCI 2023: … Lạng Sơn đạt 66,03 điểm, xếp thứ 20/63".
    title = title_of(text)
    subjects: dict = {"title": title_subjects(lowered(title), catalog), "previous": {}, "line": -1}
    if about:
        # (the text's own first line first: a table cell's row may name its subject after the value)
        subjects["title"] = {**title_subjects(lowered(about), catalog), **subjects["title"]}
    # A news article's lead paragraph says what it is about when its headline does not ("34 tỉnh thành
    # sau sắp xếp: địa phương nào tăng trưởng nhanh nhất?" over a lead naming GRDP growth): a sentence
    # that names no subject at all ("Lạng Sơn đạt mức tăng 8,37%") is about it.
    lead = title_subjects(lowered(lead_paragraph(text)), catalog)
    # `title_part`: "Thành phố Lạng Sơn: Hoàn thành và vượt 19/20 chỉ tiêu năm 2019", an article on a district
    # or the city (etl/extract.py `_document_part`), whose sentences that name no place are about it
    province_line = -1  # the paragraph whose sentences last spoke of the province (in such an article)
    # the start of the sentence that last spoke of it, if only as what a part's figure is set against
    province_sentence_start = -1

    line_of = context.line_of
    rank_places = _rank_places(catalog)
    # (an infographic's legend: what its marks, "▲ 12,1%", compare with)
    legend = marks_legend(text)

    @lru_cache(maxsize=1)
    def names_a_place(_sentence_start: int, low: str) -> bool:
        """Whether the sentence names a place other than the province: asked once per sentence."""
        return place_named(low, catalog.places) is not None

    seen_subjects: dict[str, set] = {}
    conditioned: set[int] = set()  # the starts of values published as forecasts under a condition
    seen_status: dict[str, str | None] = {}  # kind -> the status of the sentence's last such value
    previous_low: str | None = None
    previous_line = -1
    # (the plan's list a sentence announced: the line it reaches so far, and the year it names)
    plan_lead: tuple[int, Period | None, int | None] | None = None
    listed_before: list[Indicator] = []  # the subjects of the last "lần lượt" list, in its paragraph
    listed_line = -1
    # a footnote's number -> the indicator of the value it was glued to, and where that value ends
    footnotes: dict[str, tuple[Indicator, int, str]] = {}
    whole_before: set[str] = set()  # the indicators of the sentence before, for one opening on "Trong đó"
    held_whole_before: dict[
        str, Held
    ] = {}  # … and those it held (another place's, a part's) and did not publish
    whole_line = -1
    whole_figure_before: Mention | None = None
    # the last value the sentence before said, if it published it ("Con số này giảm 14,6% …" is its change)
    last_said_before: Mention | None = None
    compared_before = (-1, None)  # (line, the sentence before's last comparison), for a change written bare
    # (the sentence before and its line, for the part it opened on -- read only when a value needs it)
    part_opened: tuple[int, str, str] = (-1, "", "")
    previous_start = -1  # where the sentence before began, for the part it opened on as its subject
    # (in a text never naming ours: the other place the sentence before opened on as its subject, and the
    # last one any sentence did)
    subject_opened: str | None = None
    last_subject_opened: str | None = None
    text_end = len(text.rstrip())
    for s_start, s_end in sentence_spans(text):
        introducing = None
        carried_part = (
            _part_the_sentence_opened_on(reading, previous_start, previous_low or "", catalog)
            if previous_start >= 0 and line_of(previous_start) == line_of(s_start)
            else None
        )
        # (in a text that never names ours, the other province, region or nation the sentence before opened on
        # as its subject: "Vùng Đồng bằng sông Hồng tiếp tục giữ vai trò … . Tốc độ tăng GRDP ước đạt 9,74%")
        carried_other = (
            subject_opened
            if previous_start >= 0
            and line_of(previous_start) == line_of(s_start)
            and not context.names_anywhere(_OUR_NAME)
            else None
        )
        if seen_subjects:  # what the sentence just read was about, for the next one in its paragraph
            # (but "con số này" points at the figure just given, not at the whole: no subject after several)
            points_back = _POINTS_BACK.search(text, s_start, s_end) is not None
            subjects["previous"] = {
                k: one
                for k, v in seen_subjects.items()
                if (one := _the_one_subject(v, whole_too=not points_back)) is not None
            }
            subjects["previous_status"] = dict(seen_status)
            # (and whether it broke its whole down: "…, trong đó thu tiền sử dụng đất đạt 850 tỷ đồng")
            subjects["previous_parts"] = previous_low is not None and SUBSET.search(previous_low) is not None
            subjects["line"] = subjects["last_line"]
        elif previous_low is not None:
            # "Cùng dịp, VCCI công bố Chỉ số Xanh cấp tỉnh (PGI) năm 2024. Lạng Sơn đạt 21,87 điểm, xếp thứ
            # 9/63": a sentence that names an index and gives none of its values introduces it -- looked at
            # only when a rank or score with no subject of its own follows.
            introducing = (previous_low, subjects["last_line"])
        seen_subjects = {}
        seen_status = {}
        subjects["last_line"] = line_of(s_start)
        sentence = text[s_start:s_end]
        if table_rows and context.line_starts[line_of(s_start)] in table_rows:
            context.saw(s_start, s_end, [])
            continue

        held_wholes: dict[str, Held] = {}  # the sentence's values held as another place's or as a part

        def hold(
            tok,
            reason,
            detail,
            ind=None,
            value=None,
            s_start=s_start,
            s_end=s_end,
            sentence=sentence,
            held_wholes=held_wholes,
            whole=False,
        ):
            """Hold the value for review, with the reason, instead of publishing it. Another place's value, or
            a part the catalog does not hold (`whole`), is a whole whose parts given after it are held too."""
            reading.held.append(held := _held(tok, s_start, s_end, sentence, reason, detail, ind, value))
            if ind is not None and (whole or reason == "other_place"):
                held_wholes[ind.id] = held

        # Every value needs a digit, except a count written in words ("ba vụ việc"): without a digit,
        # only a sentence naming a counted thing can hold a figure.
        has_digit = DIGIT.search(sentence) is not None
        low = lowered(sentence)  # the rules match this; quoted text comes from `sentence`
        # (the next sentence's opening, once per sentence: where it says the figures before it were wrong)
        next_opening = lowered(text[s_end : s_end + 120])
        said_wrong_next = _ALL_WRONG.match(next_opening) is not None
        # (the marker words some rules need, looked for once per sentence, not once per value: a run-on
        # text is one sentence of many values)
        markers = _markers_in(low)
        before_low, before_line = previous_low, previous_line  # (the sentence before, for "tỉnh này")
        previous_low, previous_line = low, line_of(s_start)  # (read at the next sentence's top)
        if plan_lead is not None or "chỉ tiêu" in low or "mục tiêu" in low:
            plan_lead = _plans_list_goes_on(
                plan_lead,
                low,
                line_of(s_start),
                lowered(context.line(line_of(s_start))[:_LEAD_OPENING]),
                before_low or "",
            )
        if not context.names_anywhere(_OUR_NAME):
            # (the other province the sentence opens on as its subject, for the next one: by name, or -- in a
            # new paragraph -- by "Địa phương" after one that opened on it: "Thái Nguyên dẫn đầu vùng. ¶ Địa
            # phương này có ngành xây dựng tăng 15,3%. Chỉ số sản xuất công nghiệp tăng 21,4%")
            subject_opened = subject_opening(low, catalog.places)
            if subject_opened is None and _THAT_PLACE_OPENING.match(low):
                # (its own figures too: "Địa phương này có chỉ số sản xuất công nghiệp tăng 21,4%")
                subject_opened = carried_other = last_subject_opened
            last_subject_opened = subject_opened or last_subject_opened
        previous_start = s_start
        # (the sentence before, for the part it opened on as its subject; and this one, for the next)
        part_before, part_opened = part_opened, (line_of(s_start), low, sentence)
        if part_before is not None and part_before[0] == line_of(s_start) and _goes_on_about_a_part(sentence):
            # "Huyện Đình Lập hiện có … . Năm 2022, huyện trồng mới 2.150 ha rừng. Tỷ lệ hộ nghèo còn …": a
            # sentence on "huyện" bare goes on about the part the one before opened on, for the next one too
            part_opened = (line_of(s_start), part_before[1], part_before[2])
        if title_part is not None:
            # (in an article on a district, a paragraph that speaks of the province goes on about it: "Bí thư
            # Tỉnh ủy cho biết, 6 tháng đầu năm 2025, kinh tế của tỉnh … . Thu ngân sách … đạt 8.920 tỷ đồng")
            unoffice = _OFFICE.sub(_blank, low)
            if names_province(unoffice, 0, len(low)) or _PROVINCE_SPOKEN_OF.search(unoffice):
                province_sentence_start = s_start
                # (the province only as what the part is set against speaks of it in its own sentence: "…,
                # chiếm khoảng 1,8% tổng thu … toàn tỉnh. Chi ngân sách địa phương …" goes on about the part)
                unreferred = _AS_REFERENCE.sub(_blank, unoffice)
                if names_province(unreferred, 0, len(low)) or _PROVINCE_SPOKEN_OF.search(unreferred):
                    province_line = line_of(s_start)
        # ("¹ Năm 2016 tăng 4,06%; …": a superscript's number, which the lowered text blanks)
        # ("2 Trong đó: thu nội địa …" under "… đạt 31.960 tỷ đồng2, …": a plain number glued to a word)
        glued = None
        note = (
            _FOOTNOTE_LINE.match(low)
            or _SUPERSCRIPT_LINE.match(sentence)
            or (glued := _GLUED_NOTE_LINE.match(sentence))
        )
        note_key = note[1].translate(_SUPERSCRIPT_DIGITS) if note else None
        noted_a_held_value = False
        noted_period: Period | None = None  # the period of the value the note is on, for its own values
        noted_growth: Indicator | None = None  # the growth the note is on, for its rates year by year
        if note and glued is not None and note_key not in footnotes:
            note = None  # (a numbered line no glued marker before it announced)
        if note and note_key not in footnotes:
            marker = (
                _a_marker_set(note[1]).search(context.text_low, 0, s_start)
                if note_key == note[1]
                else re.compile(rf"\S{note[1]}").search(text, 0, s_start)
            )
            if marker is None:
                # "(1) Tốc độ tăng trưởng … đạt 7% trở lên.": a numbered item of a list, not the note of a
                # marker the text set before ("7,1%(1)")
                note = None
            else:
                # (a note on a sentence whose figure was held as a part of a catalog's whole: "Kim ngạch hàng
                # hóa mở tờ khai tại Chi cục … đạt 5.312 triệu USD, bằng 118% kế hoạch …[1]" -- its breakdown
                # is of that part)
                noted_a_held_value = _only_a_part_held_at(marker.start(), reading, catalog)
        if note and note_key in footnotes:  # "[1] Năm 2021 tăng 3,01%; …": about what "7,1%[1]" was about
            carried, noted_at, bracket = footnotes[note_key]
            # (only a value published: the note on one held -- "Kim ngạch hàng hóa mở tờ khai tại Chi cục …
            # đạt 5.312 triệu USD[1]" over "[1] Trong đó: xuất khẩu 2.980 triệu USD, …" -- is about what was
            # held)
            if noted := next((m for m in reading.mentions if m.end == noted_at), None):
                seen_subjects = {carried.measure: {carried}}
                noted_growth = carried if carried.figure_measure == "growth" else None
                # (its period only for a note opening on the marker as the text set it: not "(1) Tốc độ tăng
                # trưởng …", a plan's numbered item, under "… 7,06%[1]")
                if not bracket or sentence.lstrip().startswith(bracket):
                    noted_period = noted.period
            else:
                noted_a_held_value = True
        may_count = (
            counted.search(low) is not None
            or "tổng số" in low
            or "lũy kế số" in low
            # ("Số doanh nghiệp thành lập mới là 312, …": the count named first, its number bare)
            or _A_COUNT_NAMED_FIRST.search(low) is not None
        )
        if not (has_digit or may_count):
            # (a sentence with no value still tells the period the next one goes on in, by opening on it: "Năm
            # qua được đánh giá là năm thành công của du lịch xứ Lạng. Toàn tỉnh đón hơn 4,4 triệu lượt khách
            # …" of 1 January -- not by naming it further on: "Sự kiện năm nay còn đánh dấu …" in an article
            # on an index's edition, the year published)
            told = [
                pm
                for pm in periods_in_lowered(low, doc_date, doc_date_inferred)[:1]
                if OPENS_ON_A_PERIOD.fullmatch(low, 0, pm.start)
            ]
            if told:
                context.saw(s_start, s_end, told, low=low)
            else:
                context.saw(s_start, s_end, [])
            continue
        periods = _without_superlatives_spans(
            _without_clarifying_days(periods_in_lowered(low, doc_date, doc_date_inferred), low), low
        )
        dated = [pm for pm in periods if not has_no_year(pm.period)]
        comparisons = find_comparisons(sentence, low, s_start, dated, legend) if has_digit else []
        # The periods the sentence reports on: not those it compares with ("so với năm 2024").
        own = [pm for pm in periods if not _is_reference(pm, low, comparisons, s_start)]
        # (nor a term the year is said to close: "Là năm "tăng tốc, bứt phá" để về đích nhiệm kỳ 2020 - 2025,
        # cơ cấu kinh tế … nông - lâm nghiệp chiếm 20,31%" -- the year's figures, not the term's)
        own = [pm for pm in own if not _A_TERM_AIMED_AT.search(low, max(0, pm.start - 24), pm.start)]
        # "cao hơn mức 7,17% của năm 2018": a period written right after a value is that value's alone.
        owned = {pm.start for pm in own if owned_by_value(low, pm.start, pm.end)}
        # "…; riêng tháng 6 đạt 214 triệu USD": a period singled out is its clause's alone
        # (but a sentence that opens on the year it singles out of a span is that year's throughout: "Riêng
        # năm 2024, GRDP tăng 6,01%; thu ngân sách … đạt 9.805,5 tỷ đồng" -- not "Riêng tháng 12, …; cả năm")
        singled = {
            pm.start
            for pm in own
            if _SINGLED_OUT.search(low, max(0, pm.start - 12), pm.start)
            and not (pm.period.kind == "year" and _OPENS_SINGLING_OUT.fullmatch(low, 0, pm.start))
        }
        # "(số ước tính công bố tháng 12/2022 là 7,21%)": a period in brackets is the brackets' alone
        if "(" in low:
            brackets = [(m.start(), m.end()) for m in _BRACKETS.finditer(low)]
            singled |= {
                pm.start
                for pm in own
                if any(
                    a < pm.start < b
                    # (not a holiday's days in brackets after its name: "Trong 4 ngày nghỉ lễ Quốc khánh (từ
                    # ngày 30/8 đến hết ngày 2/9/2025), …" -- the holiday's own days, told for the text after)
                    and not (
                        pm.period.kind == "dates"
                        and _A_HOLIDAY_BEFORE_ITS_DAYS.search(low, max(0, a - 40), a)
                    )
                    # (nor the count's date in brackets before it: "khi chuẩn nghèo … bắt đầu được áp dụng
                    # (kết quả rà soát cuối năm 2021), toàn tỉnh có … hộ nghèo, chiếm 12,2%")
                    and not (THE_COUNTS_DATE_IN_BRACKETS.match(low, a) and THE_COUNT_AFTER.match(low, b))
                    for a, b in brackets
                )
            }
            # "lễ công bố Chỉ số PAPI năm 2019 (tháng 4/2020)": when the edition was published, in brackets
            # after its year -- no period of the figures
            own = [
                pm
                for pm in own
                if pm.period.kind != "month"
                or not any(
                    a < pm.start < b
                    and _A_YEAR_BEFORE_ITS_BRACKET.search(low, max(0, a - 12), a)
                    and not DIGIT.search(low[a + 1 : pm.start] + low[pm.end : b - 1])
                    for a, b in brackets
                )
            ]
        own = context.saw(s_start, s_end, own, owned, low, singled)
        taken = [(c.start - s_start, c.end - s_start) for c in comparisons]
        # Dates and periods are never values ("năm 2022", "25/8/2023", "2021-2022").
        period_spans = [(pm.start, pm.end) for pm in periods]
        if note and glued is not None:
            period_spans.append(glued.span(1))  # (the note's own number, no amount: "1 Theo số liệu …")
        carried = listed_before if line_of(s_start) == listed_line else None
        listed = respective_tokens(low, catalog, own, carried) if has_digit else []
        if listed and all(t.indicator is not None for t in listed):
            listed_before, listed_line = [t.indicator for t in listed], line_of(s_start)
        # A period a list gave its own values ("(năm 2017 tương ứng là …)") is not the rest of the sentence's.
        own = [pm for pm in own if not any(t.period is pm.period for t in listed)]
        taken += [(t.start, t.end) for t in listed]
        tokens = value_tokens(low, taken + period_spans) if has_digit else []
        for tok in tokens:
            if tok.bracketed:
                tok.place = _named_before_bracket(low, tok.start, catalog.places)
        tokens += listed
        if may_count:
            tokens += count_tokens(
                low,
                catalog,
                taken + period_spans,
                partial(context.names_around, line_of(s_start)),
                context.heading_plan(line_of(s_start)) is not None
                and not SAID_NOW.search(low)
                and not _COUNT_DONE.search(low),
            )
        if "điểm phần trăm" in low or "điểm %" in low:
            # "khu vực dịch vụ đóng góp 3,1 điểm phần trăm vào mức tăng chung": percentage points no
            # comparison took are a contribution or a gap, no indicator's figure -- held, never lost
            for tok in _percentage_points(low, taken, tokens):
                hold(tok, "not_in_catalog", "percentage points: a contribution or a gap, no level")
        if line_of(s_start) in context.link_lines:
            # "» Việt Nam đã thu hút gần 29 tỷ USD vốn FDI trong 11 tháng 2023": another article's headline
            for tok in tokens:
                hold(tok, "linked_article", "a headline linking to another article, not this text's")
            continue
        if noted_a_held_value:
            # "[1] Trong đó: xuất khẩu 2.980 triệu USD, …" under "… mở tờ khai tại Chi cục … đạt 5.312 triệu
            # USD[1]": the parts of a value held for review are held with it
            for tok in tokens:
                hold(tok, "not_in_catalog", "a footnote on a value held for review")
            continue
        if noted_period is not None and _A_NOTE_ON_WHAT_IT_HOLDS.match(low, note.end()):
            # "2 Bao gồm 1.050 tỷ đồng ghi thu tiền sử dụng đất của các dự án đối ứng." under "… 8.200 tỷ
            # đồng2": what the noted value counts in, no figure of its own
            for tok in tokens:
                hold(tok, "not_in_catalog", "what a noted value counts in, as its note says")
            continue
        period_starts = [pm.start for pm in own]
        tokens += comparison_values(comparisons, tokens, low, s_start, period_starts)
        tokens += plan_amounts(low, comparisons, s_start)
        tokens.sort(key=lambda t: t.start)
        if ", " in low and not _A_LIST_OF_VALUES.search(low):
            # "… đạt 4, 2 tỷ USD": a decimal comma with a stray space splits one number in two; the "2" it
            # leaves is not what the text means, and which number it means is not for us to guess -- held
            # (an amount or a per cent: ranks and counts are listed so, "lần lượt xếp thứ 61, 58 và 57"; and
            # never in a list, "lần lượt là 21, 23 và 48%", "tương ứng 45, 60 tỷ đồng")
            for tok in [
                t
                for t in tokens
                if t.kind in ("money", "percent")
                and _SPLIT_NUMBER_BEFORE.search(low, max(0, t.start - 6), t.start)
                and not _ANOTHER_ITEM_AFTER.match(low, t.end)
            ]:
                if _BARE_INTEGER.match(low, tok.start):
                    hold(
                        tok, "split_number", "a number split by a comma and a space: its value is not certain"
                    )
                    tokens.remove(tok)
        if _A_QUESTION.search(sentence):
            # "Những yếu tố nào giúp tỉnh vẫn đạt mức tăng trưởng trên 8%?": a question names a figure it asks
            # about, and reports none -- its answer does (but the plan it names is that plan: "… có hoàn thành
            # mục tiêu tăng trưởng 8% của năm 2019 hay không?")
            asked = [t for t in tokens if not _A_PLAN_NAMED.search(low, max(0, t.start - 40), t.start)]
            for tok in asked:
                hold(tok, "question", "a figure a question asks about, not one it reports")
            tokens = [t for t in tokens if t not in asked]
        for tok in [t for t in tokens if _A_GROUP_SPLIT_OFF.match(low, max(0, t.start - 2))]:
            # "đón 2.710 000 lượt khách": thousands a space splits off the number they end -- "000" is no
            # figure of its own, and the whole is not for us to piece together
            hold(tok, "split_number", "a number split by a space: its value is not certain")
            tokens.remove(tok)
        if s_end >= text_end:
            # "… ước tính 6 tháng đầu năm tăng 4,7% so với c": a stored copy that stops inside the figure's
            # comparison does not say what the rate is measured against -- held, never lost
            # (a rate of change only: a level, a share or an amount is what it is, whatever it is against)
            for tok in [
                t
                for t in tokens
                if t.kind == "percent"
                and _CUT_INSIDE_A_COMPARISON.match(low, t.end)
                and _A_CHANGE_JUST_BEFORE.search(low, max(0, t.start - 30), t.start)
            ]:
                hold(tok, "cut_off", "the text stops inside the sentence, before what the figure is against")
                tokens.remove(tok)
        attach_comparisons(comparisons, tokens, low, s_start, catalog, period_starts)
        # (the sentence before in its paragraph, or the paragraph before's last when this one opens on its
        # part: "… giảm 13,1% so với cùng kỳ.⏎⏎Trong đó, thu nội địa đạt 4.408,6 tỷ đồng, tăng 9,2%")
        said_before = (
            compared_before[1]
            if compared_before[0] == line_of(s_start) or _OPENS_ON_ITS_PART.match(low)
            else None
        )
        implied_comparisons(tokens, comparisons, sentence, low, s_start, said_before, catalog)
        if (
            comparisons
            and last_said_before is not None
            and last_said_before.comparison is None
            and whole_line == line_of(s_start)
            and (_THIS_FIGURE_CHANGED.match(low) or COMPARISON_FRONTED.match(low))
            # (a move in steps is no value of its own: "So với năm 2021, thứ hạng của tỉnh tụt 9 bậc")
            and (tokens or comparisons[0].amount_unit == "steps")
            and all(t.from_comparison and t.change_of is None for t in tokens)
        ):
            # "… từ ngày 1 đến hết ngày 15-12 đạt 186,4 triệu USD. Con số này giảm 14,6% so với cùng kỳ năm
            # 2017": the changes of the figure the sentence before ended on, compared as if said beside it
            # (a sentence of changes alone: nothing else of its own to publish; and only where the last value
            # the sentence before said is that figure -- not a part held, nor another province's)
            at = next(i for i, m in enumerate(reading.mentions) if m is last_said_before)
            reading.mentions[at] = replace(
                last_said_before, comparison=comparisons[0], also_compared=tuple(comparisons[1:])
            )
            if whole_figure_before is last_said_before:
                whole_figure_before = reading.mentions[at]
            tokens = []
        # (every sentence: one that compares nothing ends what the one before compared)
        compared_before = (line_of(s_start), comparisons[-1] if comparisons else None)
        subset_at = SUBSET.search(low) if may_match(SUBSET, low) else None
        # A sentence that opens on a plan ("Năm nay, tỉnh phấn đấu GRDP tăng 8,3%; thu ngân sách 6.850 tỷ
        # đồng; …") plans every clause of it; a heading that names one ("III. Kịch bản tăng trưởng theo
        # quý") every sentence under it -- unless the clause itself speaks of results.
        plan_said = plan_status(low[: tokens[0].start]) if tokens else None
        plan = (
            plan_said
            or (
                # (a footnote at the foot of a plan's section notes a result: its own words tell its status)
                context.heading_plan(line_of(s_start)) if note is None else None
            )
            or plan_above
            # "Các chỉ tiêu chủ yếu năm 2019 như sau. Tốc độ tăng trưởng … từ 8% trở lên. Cơ cấu kinh tế: …":
            # the plan's list a sentence announced, to the paragraph that tells results
            or (
                "target"
                if plan_lead is not None and _in_the_plans_list(plan_lead, low, line_of(s_start))
                else None
            )
            # "Kỳ họp đã thông qua … Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2024 với 21 chỉ
            # tiêu chủ yếu. Theo đó, tốc độ tăng trưởng GRDP năm 2024 từ 7% trở lên; …": the plan just adopted
            or (
                "target"
                if before_low is not None
                and before_line == line_of(s_start)
                and _ACCORDINGLY.match(low)
                and _PLAN_ADOPTED.search(before_low)
                else None
            )
        )
        topics: dict[str, list] = {}  # measure -> topic spans, found once per sentence
        basis = price_basis(low)
        previous: Token | None = None
        whole: set[str] = set()  # indicators given before "trong đó": what follows it are their parts
        opens_with_part = OPENS_WITH_PART.match(low) is not None and line_of(s_start) == whole_line
        if opens_with_part:
            # "… bán lẻ đạt 5.120 tỷ đồng. Trong đó, doanh thu bán lẻ hàng hóa đạt …": the sentence before's
            whole = set(whole_before)
            subset_at = OPENS_WITH_PART.match(low)
        elif tokens and low.lstrip().startswith("trong ") and (within := _WITHIN_A_WHOLE.match(low)):
            # "Trong thu nội địa, thu tiền sử dụng đất đạt 532,8 tỷ đồng": a part of the whole the opening
            # names, not the whole's figure
            named = {
                i.id for kind in {t.kind for t in tokens} for *_, i in topic_spans(within[0], catalog, kind)
            }
            if named:
                whole, subset_at = named, within
        first_of_sentence = len(reading.mentions)
        first_held_of_sentence = len(reading.held)
        component_ends: list[int] = []  # where values held as an index's component ended
        placed_in_sentence: dict[str, str] = {}  # indicator -> the other place a value of it was held for
        placed_at: dict[str, int] = {}  # indicator -> where that value ended
        # a sentence opening on another place ("Bình quân cả nước, …"); for a rank, "cả nước" or "trong vùng"
        # says which ranking, not whose figure
        units = named_units(sentence) if tokens else ()
        places = with_named_units(catalog.places, units)
        ranked_places = with_named_units(rank_places, units)
        openings = {
            "rank": opening_place(low, ranked_places) if tokens else None,
            "other": opening_place(low, places) if tokens else None,
        }
        for tok in tokens:
            if tok.held_for is not None:
                hold(tok, *tok.held_for, tok.indicator)
                continue
            if tok.kind == "score" and (
                unit := _UNIT_SCORED_WITH.search(low, max(0, tok.start - 90), tok.start)
            ):
                # "Xếp cuối hai khối là Sở Tài nguyên và Môi trường với 55,16 điểm": a department's or a
                # district's score (the province's index of its own units), not the province's
                hold(tok, "other_place", unit["unit"].strip(), tok.indicator)
                continue
            if tok.part_held is not None:
                # (before it is the value before the next: a part held gives nothing its status or subject)
                hold(
                    tok,
                    "not_in_catalog",
                    _unheld_part(tok.indicator, tok.part_held),
                    tok.indicator,
                    whole=True,
                )
                continue
            opening = openings["rank" if tok.kind == "rank" else "other"]
            in_subset = (
                subset_at is not None
                and tok.start > subset_at.start()
                # ("Riêng ở khu vực miền núi phía Bắc, tỉnh lên vị trí thứ 2": another ranking, no part)
                and not (tok.kind == "rank" and REGION_OPENING.match(low, subset_at.start()))
            )
            clause = _clause(sentence, tok.start)
            seg_start = max(clause[0], previous.end if previous is not None else 0)
            prev_status = (
                previous.status
                if previous is not None
                and previous.end > clause[0]
                # "(mục tiêu đề ra là 8%), đứng thứ 6/14": a bracketed plan's status stays in its brackets
                and ")" not in low[previous.end : tok.start]
                # (and a plan's reaches no bracket opening on a year gone by: "… năm 2023 đạt 55 triệu đồng
                # trở lên (năm 2022 đạt 51,6 triệu đồng)", what that year gave)
                and not (
                    previous.status == "target" and _past_period_in_brackets(tok, periods, low, doc_date)
                )
                # "vượt 3,5% dự toán Trung ương giao, trong đó thu nội địa 2.350 tỷ đồng": a ratio to a plan
                # is no plan's figure
                and not (previous.kind == "percent" and AGAINST_PLAN.match(low[previous.end :]))
                else None
            )
            value_before, previous = previous, tok
            # (the value just before, if it was held: what it was held for reaches a value going on from it)
            held_before = (
                reading.held[-1]
                if value_before is not None
                and reading.held
                and reading.held[-1].start == s_start + value_before.start
                else None
            )
            if tok.indicator is None:
                topics_of(tok.kind, low, catalog, topics)
            if tok.change_of is not None:
                level = tok.change_of.resolved
                tok.indicator = growth_of(level, catalog)
                if tok.indicator is None:
                    continue
            if (
                component_ends
                and _ITS_EARLIER_LEVEL.match(low, component_ends[-1], tok.start)
                # (not the index's own, named again: "…, còn PAPI cao hơn mức 42,1 điểm năm 2022")
                and not any(
                    component_ends[-1] <= a < tok.start for a, *_ in topics_of(tok.kind, low, catalog, topics)
                )
            ):
                # "Quản trị điện tử vẫn là điểm yếu với 3,91 điểm, dù cao hơn mức 3,52 điểm của năm trước":
                # the component's earlier level, not the index's
                component_ends.append(tok.end)
                hold(tok, "not_in_catalog", "the earlier level of a component just given, not the index's")
                continue
            if (
                component_ends
                and tok.kind == "rank"
                and _ITS_RANK_RIGHT_AFTER.fullmatch(low, component_ends[-1], tok.start)
            ):
                # "Kiểm soát tham nhũng trong khu vực công đạt 7,02 điểm, đứng thứ 6 cả nước": the component's
                # rank, said right after its points
                component_ends.append(tok.end)
                hold(tok, "not_in_catalog", "the rank of a component just given, not the index's")
                continue
            ind = tok.indicator or topic_for(tok, low, topics.get(tok.kind), tokens, catalog)
            if tok.kind == "money" and _ITS_PART_AFTER_A_PART.search(low, max(0, tok.start - 40), tok.start):
                held_part = next(
                    (
                        h
                        for h in reversed(reading.held)
                        if s_start <= h.start < s_start + tok.start and h.detail.startswith("a part of")
                    ),
                    None,
                )
                if held_part is not None and not any(
                    held_part.start < m.start < s_start + tok.start for m in reading.mentions
                ):
                    # "… hàng hóa mở tờ khai tại Cục Hải quan Lạng Sơn có kim ngạch 4.968 triệu USD …; phần
                    # xuất khẩu 2.744 triệu USD": the export part of the part just held, not the province's
                    hold(tok, "not_in_catalog", "a part of the part held just before it", ind)
                    continue
            if (
                tok.kind == "percent"
                and not tok.from_comparison
                and _A_GAP_ITS_REFERENCE_BEFORE.search(low, max(clause[0], tok.start - 90), tok.start)
            ):
                # "…, so với bình quân giai đoạn 2016 - 2020 thì cao hơn 1,6%": a gap to a reference written
                # before it, no level of anything
                hold(tok, "not_in_catalog", "a gap to a reference written before it, no level", ind)
                continue
            if (
                tok.kind == "rank"
                and tok.indicator is None
                and (named := _AN_INDEX_NAMED_AFTER.match(low, tok.end)) is not None
                and not _names_a_held_index(low, named.start("index"), catalog, topics)
            ):
                # "Năm 2019, khi chưa có bộ chỉ số DTI, Lạng Sơn xếp thứ 31/63 về Chỉ số sẵn sàng cho phát
                # triển và ứng dụng công nghệ thông tin (ICT Index)": the rank in the index named after it,
                # which the catalog does not hold -- not the one named before
                hold(tok, "not_in_catalog", "the rank in an index the catalog does not hold")
                continue
            if (
                tok.indicator is None
                and tok.period is not None
                and tok.listed_at is not None
                and value_before is not None
                and value_before.listed_at == tok.listed_at
            ):
                # "quý I, quý II và quý III lần lượt đạt 4,86%; 5,73% và 7,92%": one subject for the list's
                # values over its periods, the one its first was read as
                ind = value_before.resolved
            if (
                held_before is not None
                and held_before.reason == "other_place"
                and _EARLIER_LEVEL_IN_BRACKETS.match(low, value_before.end, tok.start)
                # (not ours named right after it: "… khoảng 27 triệu đồng, thấp hơn mức 29,6 triệu đồng của
                # toàn tỉnh")
                and not ours_right_after(low, tok.end)
            ):
                # "PAR Index của vùng … đạt 88,20%, cao hơn 0,48% so với năm 2023 (87,72%)": the earlier level
                # of the value compared, whose place it shares
                hold(tok, "other_place", held_before.detail, ind)
                continue
            if (
                tok.kind == "percent"
                and tok.indicator is None
                and _ends_with_a_move(low, tok.start)
                and _A_COUNT_CHANGED.search(low, clause[0], tok.start)
            ):
                # "Số doanh nghiệp thành lập mới tăng khoảng 18% so với cùng kỳ": a count's change, whatever
                # rate the sentence, the paragraph or the title gave
                hold(tok, "not_in_catalog", "the change of a count the clause names, not a catalog rate")
                continue
            if ind is not None and tok.indicator is None and tok.kind == "percent":
                ind = _unless_an_amount_between(ind, tok, low, clause, topics, catalog, tokens)
            if (
                ind is not None
                and ind.figure_measure == "share"
                and tok.kind == "percent"
                and tok.indicator is None
                and _A_SHARE_OF_A_COUNT.search(low, 0, tok.start)
                # (not the share itself at an earlier date: "chiếm 15,26% tổng số hộ (năm 2017 là 19,07%)")
                and not restates_a_share(tok, low)
            ):
                # "công ty trách nhiệm hữu hạn chiếm tới 78% số doanh nghiệp mới; ngành thương mại, dịch vụ
                # chiếm trên 60%": a share of the count the sentence named, not of the product
                hold(tok, "not_in_catalog", f"a share of a count the sentence names, not {ind.id}", ind)
                continue
            if (
                ind is not None
                and ind.figure_measure == "share"
                and tok.kind == "percent"
                and tok.indicator is None
                and _ANOTHER_WHOLE_AFTER.match(low, tok.end)
            ):
                # "doanh nghiệp của tỉnh vẫn chủ yếu làm dịch vụ, kim ngạch chỉ bằng 2,2% tổng kim ngạch qua
                # địa bàn": a share of the whole named right after the value, not of the product
                hold(tok, "not_in_catalog", f"a share of another whole than the product, not {ind.id}", ind)
                continue
            if (
                ind is not None
                and ind.figure_measure == "growth"
                and tok.kind == "percent"
                and (share := _A_SHARE_OF_GRDP.search(low, clause[0], tok.start))
            ):
                # "tỷ trọng của khu vực này trong GRDP giảm từ 22,18% … xuống còn khoảng 20,5%": a share of
                # the product (whose, the clause before tells), never its growth; the sector's, where the
                # words before the product name one ("tỷ trọng ngành nông, lâm nghiệp trong GDP giảm từ …")
                named = low[share.start() : share.start("whole")]
                spans = [
                    (a, b, i)
                    for a, b, i in topic_spans(named, catalog, "percent")
                    if i.figure_measure == "share"
                ]
                sectors = {i.id: i for _a, _b, i in spans}
                # (the sector's words and no others: not "tỷ trọng công nghiệp và dịch vụ trong GRDP", "tỷ
                # trọng dịch vụ logistics trong GRDP")
                rest = [named[:a] + named[b:] for a, b, _i in spans]
                if len(sectors) != 1 or _A_SECTORS_SHARE_FRAME.fullmatch(rest[0]) is None:
                    hold(
                        tok,
                        "not_in_catalog",
                        "a share of the product the clause does not name, not its growth",
                    )
                    continue
                ind = next(iter(sectors.values()))
            if (
                ind is not None
                and ind.growth_of is not None
                and tok.kind == "percent"
                and tok.indicator is None
                and before_line == line_of(s_start)
                and _BARE_GROWTH_OPENING.match(low)
                # (the economy named nowhere in the paragraph so far, nor in the rate's own sentence: "…
                # tăng trưởng năm 2024 đạt 7,3%, quy mô GRDP đạt …")
                and not _THE_ECONOMY.search(low)
                and not _THE_ECONOMY.search(context.text_low, context.line_starts[line_of(s_start)], s_start)
                and any(
                    amount is not None and amount.id != ind.growth_of
                    for _, _, amount in topic_spans(before_low, catalog, "money")
                )
            ):
                # "Tổng thu từ du lịch tăng qua từng năm. Tốc độ tăng trưởng bình quân giai đoạn … đạt
                # 7,2%/năm": a bare growth rate opening the sentence goes on with the amount the sentence
                # before spoke of, not the economy -- held, its subject untold
                hold(tok, "not_in_catalog", "a growth rate of the amount the sentence before named", ind)
                continue
            if (
                ind is not None
                and ind.figure_measure == "share"
                and tok.kind == "percent"
                and tok.indicator is None
                and _TAKINGS_NAMED.search(low, clause[0], tok.start)
                and not _OF_THE_PRODUCT_AFTER.match(low, tok.end)
            ):
                # "doanh thu dịch vụ mua sắm chiếm tỷ trọng gần 20%": a share of takings (of visitors'
                # spending, of retail sales), never of the product
                hold(tok, "not_in_catalog", f"a share of takings, not {ind.id}", ind)
                continue
            if (
                ind is not None
                and tok.kind == "money"
                and "vượt" in low
                and _OVER_A_PLAN_BY.search(low, max(0, tok.start - 60), tok.start)
                and not _WHOSE_PLAN_AFTER.match(low, tok.end)
                and _too_small_to_be_the_plan(tok, tokens)
            ):
                # "…, vượt dự toán 1.900 tỷ đồng": the plan's amount, or what the result went over it by --
                # the text does not say which (with who set it after the amount, it is the plan's: "… mà …
                # giao")
                hold(
                    tok,
                    "not_in_catalog",
                    f"an amount after a plan exceeded: the plan's or the excess ({ind.id})",
                    ind,
                )
                continue
            if (
                ind is not None
                and tok.kind == "money"
                and "hơn" in low
                and _HIGHER_THAN_A_PLAN_GIVEN.search(low, max(0, tok.start - 60), tok.start)
                and not any(t.kind == "money" and t.end <= tok.start for t in tokens)
            ):
                # "dự toán … do HĐND tỉnh quyết định cao hơn mức Trung ương giao 580 tỷ đồng": with no amount
                # before it, the other plan's or the gap between the two -- the text does not say which
                hold(tok, "not_in_catalog", f"the gap to a plan, or that plan: unsaid ({ind.id})", ind)
                continue
            if (
                ind is not None
                and tok.kind == "money"
                and tok.indicator is None
                and "thuế" in low
                and _THE_TAX_OFFICE_COLLECTS.search(low, seg_start, tok.start)
                and not any(
                    seg_start <= a < tok.start for a, _b, _i in topics_of("money", low, catalog, topics)
                )
            ):
                # "Cục Hải quan tỉnh thu được 6.812,8 tỷ đồng, trong khi Cục Thuế tỉnh thu 3.402,8 tỷ đồng":
                # the tax office's take, not the subject the clause before named
                hold(tok, "not_in_catalog", f"the tax office's take, not {ind.id}", ind)
                continue
            if (
                ind is not None
                and tok.kind == "money"
                and tok.indicator is None
                and _A_CONTRIBUTION_TO.search(low, max(clause[0], tok.start - 90), tok.start)
            ):
                # "nguồn thu phí bến bãi đóng góp vào khoản thu ngân sách của tỉnh gần 130 tỷ đồng": what one
                # source adds to the whole, not the whole
                hold(tok, "not_in_catalog", f"a contribution to {ind.id}, not its whole", ind)
                continue
            if (
                ind is not None
                and tok.indicator is None
                and THIS_ITEM.search(low, max(clause[0], tok.start - 60), tok.start)
            ):
                # "Thu nội địa tăng nhờ thu tiền sử dụng đất, riêng khoản này 9 tháng đạt 1.050 tỷ đồng": the
                # item just named, a part of the subject the catalog does not hold
                hold(tok, "not_in_catalog", f"an item of {ind.id} the text singles out", ind)
                continue
            if (
                ind is not None
                and tok.indicator is None
                and names_a_component(tok, low, topics.get(tok.kind), ind, catalog)
            ):
                component_ends.append(tok.end)
                hold(tok, "not_in_catalog", f"a component of {ind.id}, not the index itself", ind)
                continue
            if (
                ind is not None
                and tok.kind == "rank"
                and tok.indicator is None
                and (on := _RANKED_ON.match(low, tok.end)) is not None
                and not names_an_index(low, on.start("what"), on.end("what"), catalog)
                # (a rank on the product itself is on its size, not its growth: "thứ 51 về GRDP")
                and (
                    not topics_of(tok.kind, on["what"], catalog, {})
                    or _THE_PRODUCT_ITSELF.fullmatch(on["what"])
                )
                # (not an index the clause ranks: "chỉ số PCI của tỉnh xếp thứ 13/63 về chất lượng điều hành")
                and not names_an_index(
                    unquoted := _QUOTED.sub("", low[clause[0] : tok.start]), 0, len(unquoted), catalog
                )
            ):
                # "… đạt giải thưởng 'Cơ quan nhà nước chuyển đổi số xuất sắc' năm 2023, khi xếp thứ 2 toàn
                # quốc về số lượng sản phẩm được đưa lên sàn thương mại điện tử": a rank on what it names
                # after it, no index's (an award's name in quotes names none)
                hold(tok, "not_in_catalog", f"a rank on another measure ({on['what'].strip()})", ind)
                continue
            if (
                ind is not None
                and tok.kind in ("score", "rank", "percent")
                and ind.index is not None
                and _THE_BEST_OF_ALL.search(low, max(clause[0], tok.start - 90), tok.start)
            ):
                # "Với 19,86 điểm, Lạng Sơn xếp thứ 40/63; điểm cao nhất trên bảng xếp hạng PGI là 25,31":
                # the leading (or last) province's score, not ours
                hold(tok, "other_place", "the best or worst score of all provinces, not the province's", ind)
                continue
            if ind is None and tok.kind == "percent" and (level := level_changed(tok, tokens, low, clause)):
                # "GRDP … đạt 22.683 tỷ đồng, tăng 7,22%": the level's growth where the catalog holds one;
                # "… xuất khẩu đạt hơn 142 triệu USD, tăng 9,23%": otherwise that amount's change, no figure.
                ind = next(
                    (i for i in catalog.indicators if level.resolved and i.growth_of == level.resolved.id),
                    None,
                )
                if ind is None:
                    # (held, not lost: the change of an amount whose rate the catalog does not hold)
                    hold(tok, "not_in_catalog", "the change of an amount no catalog rate holds")
                    continue
            if ind is None and tok.kind == "percent" and _A_TAKINGS_CHANGE.search(low, seg_start, tok.start):
                # "Doanh thu tăng 11,5%, chậm hơn kỳ vọng …": the change of takings the clause names, which no
                # catalog rate holds -- not the growth the sentence before gave
                hold(tok, "not_in_catalog", "the change of takings the clause names, not a catalog rate")
                continue
            if ind is None and tok.kind == "percent" and amount_in(low, seg_start, tok.start, period_spans):
                # "sản lượng lương thực đạt 154,7 nghìn tấn, giảm 5,8%": that amount's change (held, not lost)
                hold(tok, "not_in_catalog", "the change or share of an amount no catalog indicator names")
                continue
            if ind is None and tok.kind in ("percent", "score"):
                ind = score_after_rank(tok, tokens, low, catalog)
            if (
                ind is not None
                and tok.indicator is None
                and tok.kind in ("rank", "score")
                and before_line == line_of(s_start)
                and _after_an_unheld_index(low, before_low, catalog)
            ):
                # "Với PII 2025, Lạng Sơn đạt 34,12 điểm, xếp thứ 26/34 … . Năm 2024, …, tỉnh đứng thứ 44 với
                # 30,85 điểm": the index the sentence before spoke of, which the catalog does not hold
                hold(
                    tok, "not_in_catalog", "the rank or score of an index the sentence before named, not held"
                )
                continue
            if (
                ind is None
                and introducing is not None
                and tok.kind == "percent"
                # (the province and its verb before it, nothing else: not "Tỷ lệ hồ sơ … mới đạt 42,6%")
                and _THE_PROVINCE_SCORES.fullmatch(low, 0, tok.start)
            ):
                # "Bộ Nội vụ đã công bố Chỉ số cải cách hành chính (PAR Index) năm 2024 … . Tỉnh đạt 87,42%,
                # xếp thứ 28/63": the score, in per cent, of the index the sentence before introduced
                scored = _the_index_in_per_cent(past_an_index_beside(introducing[0]), catalog)
                if scored is not None:
                    ind = scored
                    ranked = index_twin(scored, "rank", catalog)
                    named = {**introduced(introducing[0], catalog), "percent": scored}
                    if ranked is not None:
                        named["rank"] = ranked  # (and its rank after it: "…, xếp thứ 28/63")
                    subjects.update(previous=named, previous_status={}, line=introducing[1])
                    introducing = None
            if ind is None and introducing is not None and tok.kind in INDEX_KINDS:
                if named := introduced(introducing[0], catalog):
                    subjects.update(previous=named, previous_status={}, line=introducing[1])
                introducing = None
            if (
                ind is None
                and tok.kind in INDEX_KINDS
                and (semicolon := low.rfind(";", 0, tok.start)) > 0
                # (the province the subject after it: not "…; chỉ số thành phần Tính minh bạch đạt …", "…; Sở
                # Tài chính đạt 90,5 điểm", "…; ở nội dung Công khai, minh bạch, tỉnh đạt …")
                and _THE_PROVINCE_OPENS.match(low, semicolon + 1)
                # (a clause that gives no number: not "PCI giảm 0,73 điểm so với năm trước; trong đó …")
                and not amount_in(low, 0, semicolon, period_spans)
                # (and names one index: not "Chỉ số PAR INDEX và SIPAS năm 2023; tỉnh xếp thứ 25/63")
                and sum(
                    bool(catalog.names_the_index(key).search(low, 0, semicolon)) for key in catalog.indices
                )
                == 1
                # (nor names a span other than the index's year: "Cũng trong tháng 5, Chỉ số PAPI 2020 được
                # công bố; …" -- which of the two the score is of, its year or the month, is for the rules of
                # an index's edition, not this one)
                and all(pm.period.kind == "year" for pm in own if pm.start < semicolon)
            ):
                # "VCCI công bố Chỉ số Xanh cấp tỉnh (PGI) năm 2024; Lạng Sơn đạt 20,85 điểm, xếp thứ
                # 38/63": a clause that names an index and gives none of its values introduces it, as a
                # sentence does
                ind = introduced(low[:semicolon], catalog).get(tok.kind)
            carried_from_sentence = ind is None and tok.kind in seen_subjects
            if ind is None and tok.kind == "percent":
                # "…; kim ngạch xuất nhập khẩu tăng khoảng 5%": a rate after an amount's subject named in its
                # own clause is that amount's change, not the rate the sentence, the paragraph or the title
                # gave ("Số thu từ hoạt động xuất nhập khẩu giảm gần 30%, …" under a title on growth)
                amounts = [
                    span
                    for span in topics_of("money", low, catalog, topics)
                    if clause[0] <= span[0] and span[1] <= tok.start
                ]
                growth = (
                    growth_of(amounts[-1][2], catalog)
                    if amounts and not tok.share_context and reads_as_growth(tok, low)
                    else None
                )
                if growth is None and amounts and not tok.share_context:
                    # "quý II GRDP phải đạt 9,6%, cả 6 tháng đạt khoảng 8,9%": the next item of a list of the
                    # same growth over another period
                    growth = _next_period_of_the_same(
                        reading.mentions[first_of_sentence:], s_start, low, tok, own, catalog
                    )
                    growth = (
                        growth
                        if growth is not None and growth == growth_of(amounts[-1][2], catalog)
                        else None
                    )
                if growth is not None:
                    ind = growth  # "quý II GRDP phải đạt 9,6%": an amount whose growth the catalog holds
                elif amounts:
                    hold(
                        tok, "not_in_catalog", "the change of an amount the clause names, not a catalog rate"
                    )
                    continue
            if ind is None:
                ind = subject_from_context(tok, low, subjects, line_of(s_start), seen_subjects, catalog)
                if ind is None:
                    ind = _next_period_of_the_same(
                        reading.mentions[first_of_sentence:], s_start, low, tok, own, catalog
                    )
                if ind is None and tok.kind in lead and not names_any_subject(low, catalog, topics):
                    ind = subject_from_context(
                        tok, low, {**subjects, "title": lead}, -2, seen_subjects, catalog
                    )
                if (
                    ind is None
                    and noted_growth is not None
                    and tok.kind == "percent"
                    and not tok.share_context
                    and _A_YEARS_RATE.search(low, max(0, tok.start - 30), tok.start)
                ):
                    # "… tăng bình quân 7,08%/năm[1]" over "[1] Tăng trưởng từng năm: năm 2021 đạt 5,35%; năm
                    # 2022 đạt 7,28%": a note's rates, year by year, are of the growth its marker was on
                    ind = noted_growth
            if (
                ind is None
                and tok.kind == "money"
                and subjects["line"] == line_of(s_start)
                and only_period_and_verb(low[: tok.start], own)
            ):
                # "… bán lẻ tháng 7 ước đạt 2.512,6 tỷ đồng. Lũy kế 7 tháng ước đạt 17.208,3 tỷ đồng": a
                # sentence of nothing but a period and a verb goes on with the amount the one before was about
                ind = subjects["previous"].get("money")
                if ind is not None and _says_another(low[: tok.start], ind, catalog):
                    ind = None  # "Lũy kế 9 tháng thu 5.000 tỷ đồng" after spending: "thu" is revenue, not it
                if (
                    ind is not None
                    and ind.part_of is not None
                    and _PLAN_WORDS.search(low, 0, tok.start)
                    and OPENS_WITH_PART.match(before_low or "")
                ):
                    # "… vượt 4,3% dự toán cả năm. Trong đó, thu từ hoạt động xuất nhập khẩu ước đạt 2.590
                    # tỷ đồng. Dự toán năm 2017 HĐND tỉnh giao là 4.295 tỷ đồng.": whose plan, left open
                    ind = None
            if (
                ind is None
                and tok.kind in ("money", "percent", "score")
                and (semi := low.rfind(";", max(0, tok.start - 80), tok.start)) >= 0
            ):
                # "Thu ngân sách … tăng bình quân 10%/năm trở lên; năm 2020 đạt 7.500 tỷ đồng": a clause of
                # nothing but a period and a verb goes on with the subject the sentence named before it (a
                # rate only a share's: "Tỷ lệ hộ nghèo giảm bình quân 2,95%/năm; dự kiến đến cuối năm 2025
                # còn khoảng 1,4%"; a score an index's: "PCI của tỉnh xếp thứ 8/63; đạt 65,12 điểm")
                ind = _subject_before_semicolon(low, semi, tok, own, topics, catalog)
            if ind is not None:
                ind = per_basis(ind, tok, low, catalog)
            if ind is not None and tok.indicator is None and ind.generic_topics:
                asked = ind
                ind = _bare_part(
                    ind,
                    low,
                    clause,
                    tok,
                    catalog,
                    partial(context.names_around, line_of(s_start)),
                    lowered(context.line(context.title_line)) if context.title_line is not None else "",
                    # (or the lead opening on the collector: "Cục Hải quan Lạng Sơn vừa công bố số liệu …")
                    lowered(lead_paragraph(text))[:_LEAD_OPENING],
                    context.names_anywhere,
                    # (the sentence before, in its paragraph)
                    told_before=before_low
                    if before_low is not None and before_line == line_of(s_start)
                    else "",
                )
                pays_in = (
                    ind is asked
                    and _AN_OFFICE_PAYS_IN.search(low, max(clause[0], tok.start - 80), tok.start) is not None
                )
                if (
                    pays_in
                    and context.names_anywhere(_PROVINCES_CUSTOMS)
                    and not context.names_anywhere(_AN_OFFICE_NOT_CUSTOMS)
                ):
                    # ("Cục Hải quan Lạng Sơn cho biết, năm 2023, Cục ước thu nộp ngân sách nhà nước 4.300 tỷ
                    # đồng": the customs' own take, in a text on it and no other office)
                    ind = catalog.by_id("budget_revenue_trade")
                elif pays_in:
                    # "Theo Cục Thuế tỉnh, … Cục đã thu nộp ngân sách nhà nước 2.010 tỷ đồng", "Cục Quản lý
                    # thị trường … . Cục đã thu nộp ngân sách 12,5 tỷ đồng": what an office took and paid in,
                    # the customs' take only where the text is the customs' (_bare_part) -- never the whole's
                    hold(tok, "not_in_catalog", f"an office's take and payment, not the whole {ind.id}", ind)
                    continue
                if (
                    ind is asked
                    and _collected_by_an_office(ind, catalog)
                    # (the office named only after it: named before, the rules for its take read it)
                    and (office_at := context.first_named_at(_A_CUSTOMS_OFFICE)) is not None
                    and office_at >= s_end
                    and not context.names_anywhere(_OTHER_COLLECTOR)
                    and not context.names_anywhere(_REVENUE_AT_HOME)
                    # (the province's whole or name, in its paragraph: not a plan "giao" to whom the text
                    # leaves unsaid)
                    and not _PROVINCE_WHOLE.search(paragraph := lowered(context.line(line_of(s_start))))
                    and not _THE_PROVINCE_BY_NAME.search(paragraph)
                    # (after the lead, in a text that has spoken of trade through the gates and of nothing
                    # else before it, and never of revenue at home: not a report on the economy, nor the
                    # budget's own article, "thu nội địa" its part)
                    and (told_before := _told_before(context, s_start)) is not None
                    and _ON_TRADE.search(told_before)
                    and not _OTHER_SUBJECTS.search(told_before)
                ):
                    # "Nguồn thu ngân sách nhà nước đạt 2.900 tỷ đồng, bằng 30% chỉ tiêu giao" in a report of
                    # a working session with the customs office, which the text names only later: the
                    # province's whole or the office's take, the sentence does not say -- held, never guessed
                    why = f"{ind.id} or a customs office's take: the sentence names neither"
                    hold(tok, "not_in_catalog", why, ind)
                    continue
                if (
                    ind is asked
                    and _collected_by_an_office(ind, catalog)
                    # (told bare right after the trade, in dollars: "… kim ngạch … đạt 180 triệu USD; số
                    # thu ngân sách đạt 120 tỷ đồng" -- the customs' take or the province's whole, the text
                    # does not say, unless it names the whole: "tổng thu … trên địa bàn tỉnh")
                    and any(i.id in _THE_TRADE and b <= tok.start for _a, b, i in topics.get(tok.kind, ()))
                    and not _PROVINCE_WHOLE.search(low, clause[0], tok.start)
                    # (its own words the last before the value: "số thu" bare, or none of the whole's)
                    and not any(
                        p.search(low, _after_the_take_word(low, clause[0], tok.start), tok.start)
                        for p in ind.topics
                    )
                ):
                    why = f"{ind.id} or a customs office's take, told after the trade: the text names neither"
                    hold(tok, "not_in_catalog", why, ind)
                    continue
            if (
                (in_subset or opens_with_part)
                and ind is not None
                and tok.indicator is None
                and ind.part_of is not None
                and (
                    ind.part_of not in whole
                    # (or its breakdown right after it: "hàng hóa do đơn vị giải quyết thủ tục có tổng kim
                    # ngạch 2.781 triệu USD, gồm xuất khẩu 671,4 triệu USD …", the whole held as one gate's)
                    or _broken_down_right_after(held_wholes.get(ind.part_of), subset_at, low, s_start)
                )
                # ("Trong đó, số thu … tại các cửa khẩu thuộc tỉnh Lạng Sơn là 9.512,3 tỷ đồng": ours, named)
                and not names_province(low, subset_at.start() if subset_at is not None else 0, tok.end)
                and (whole_held := (held_whole_before if opens_with_part else held_wholes).get(ind.part_of))
                is not None
            ):
                # "… kim ngạch xuất nhập khẩu qua cửa khẩu này đạt 412,6 triệu USD … . Trong đó, xuất khẩu
                # 96,8 triệu USD": the parts of a whole held (another place's, a part the catalog does not
                # hold) are held with it
                detail = (
                    whole_held.detail
                    if whole_held.reason == "other_place"
                    else f"a part of a whole held before it ({whole_held.detail})"
                )
                hold(tok, whole_held.reason, detail, ind)
                continue
            if in_subset and ind is not None and ind.id in whole and _names_own_period(tok, own, subset_at):
                in_subset = False  # "trong đó quý IV tăng 7,52%": a part of the period, its own figure
            if (
                in_subset
                and ind is not None
                and (whole_held := held_wholes.get(ind.id)) is not None
                and whole_held.reason == "other_place"
                # (a whole of a place the province is in, the part said to pass or lie in the province: not
                # "Kim ngạch … của Cao Bằng …, trong đó hàng hóa của doanh nghiệp Lạng Sơn đạt …")
                and not catalog.places["province"].search(whole_held.detail)
                and _PROVINCES_PART.search(low, subset_at.start(), tok.start)
            ):
                # "kim ngạch giữa Trung Quốc và Việt Nam đạt 171 tỷ USD; trong đó qua Lạng Sơn đạt 5 tỷ USD":
                # the province's part of another place's whole is the province's own figure
                in_subset = False
            if in_subset and (
                ind is None or ind.id in whole or (not whole and _uncatalogued_whole(tok, low, subset_at))
            ):
                # "trong đó 11 vụ án": a part of the total just given, unless a catalogued part; held, not
                # lost ("… lần lượt đạt 10,12 tỷ USD và 14,74 tỷ USD. Riêng tháng 3 ước đạt 9,45 tỷ USD")
                part = (
                    f"a part of {ind.id} the text singles out"
                    if ind is not None and ind.id in whole
                    else "a part of the whole just given"
                )
                # (itself a whole for the parts set out after it: "Trong đó, kim ngạch … mở tờ khai tại Cục
                # Hải quan Lạng Sơn đạt 4.975 triệu USD. Cụ thể, xuất khẩu 2.750 triệu USD; …")
                hold(tok, "not_in_catalog", part, ind, whole=True)
                continue
            if (
                in_subset
                and ind.part_of is not None
                and ind.part_of not in whole
                and any(catalog.by_id(w).unit == ind.unit and w != ind.part_of for w in whole)
            ):
                # "Kim ngạch … của doanh nghiệp trên địa bàn tỉnh đạt 402,5 triệu USD; trong đó xuất khẩu
                # 178,3 triệu USD": a part of another whole than the one the catalog's part belongs to
                hold(
                    tok,
                    "not_in_catalog",
                    f"a part of {'/'.join(sorted(whole))}, not of {ind.part_of}",
                    ind,
                    to_unit(tok, ind, catalog),
                )
                continue
            if not in_subset and ind is not None and not (ind.part_of and ind.part_of in whole):
                # (a whole's own parts given before "trong đó" are no wholes of the parts after it: "… ước đạt
                # 290 triệu USD (xuất khẩu 60 triệu USD, …), nâng tổng kim ngạch 11 tháng lên 2.695 triệu USD,
                # …; trong đó: xuất khẩu 745 triệu USD")
                whole.add(ind.id)
            tok.resolved = ind
            if tok.comparison is not None and tok.comparison.from_whole:
                # "… tăng 8% so với cùng kỳ, trong đó thu nội địa 3.500 tỷ đồng; chi ngân sách … giảm 3%": the
                # whole's reference reaches its parts only (the catalog's part_of), not the next subject
                compared = _whole_compared(reading.mentions, tok.comparison.reference_from)
                if (
                    ind is None
                    or compared is None
                    or ind.part_of is None
                    # the whole's own comparison, or a sibling part's ("thu nội địa …, tăng 10,5% so với năm
                    # 2015; thu từ hoạt động xuất nhập khẩu …, giảm 6,8%")
                    or ind.part_of
                    not in (compared.indicator_id, catalog.by_id(compared.indicator_id).part_of)
                ):
                    tok.comparison = None
            if ind is not None and (
                (marker := _FOOTNOTE_MARK.match(low, tok.end))
                or (marker := _SUPERSCRIPT_MARK.match(text, s_start + tok.end))
                or (marker := _GLUED_MARK.match(text, s_start + tok.end))
            ):
                # (with the bracket the marker is written in, which its note opens on too)
                bracket = marker.string[marker.start(1) - 1] if marker.start(1) > marker.start() else ""
                footnotes[marker[1].translate(_SUPERSCRIPT_DIGITS)] = (
                    ind,
                    s_start + tok.end,
                    bracket if bracket in "[(" else "",
                )
            if ind is not None and tok.kind in (*CONTEXT_KINDS, "money"):
                seen_subjects.setdefault(tok.kind, set()).add(ind)
            if prev_status in ("target", "forecast") and _owns_a_past_period(tok, own, owned, doc_date):
                # "… so với kịch bản 7,2% đề ra cho quý I và mức tăng 7,8% của cùng kỳ năm 2019": a value its
                # own past period follows is what that period gave, not the plan beside it
                prev_status = None
                seg_start = max(seg_start, low.rfind(" và ", seg_start, tok.start))
            if prev_status == "target" and result_after_purpose(low, value_before.end, tok.start):
                prev_status = None
            if (
                prev_status == "target"
                and _SHORT_OF_PLAN.search(low, max(0, value_before.start - 60), value_before.start)
                and (_BUT.search(low, value_before.end, tok.start) or tok.kind == "rank")
            ):
                # "… ước đạt 5,2%, chưa đạt mục tiêu 7% đề ra nhưng xếp thứ 3/14 tỉnh trong vùng": what
                # follows the plan a result fell short of, after "nhưng", is the result's again; so is a rank
                # ("… ước đạt 6,01%, thấp hơn mục tiêu 7,5% mà Nghị quyết HĐND tỉnh đề ra, xếp thứ 10/14": the
                # result ranked, never the plan it was measured against)
                prev_status = None
            if prev_status in ("target", "forecast") and result_told(low, value_before.end, tok.start):
                # "… được giao dự toán thu 10.500 tỷ đồng; đến nay đã thu 9.000 tỷ đồng": a result told after
                # the plan's value
                prev_status = None
            if (
                tok.kind == "money"
                and ind is not None
                and PLAN_FOR_A_PART_IN_BRACKETS.search(low, max(0, tok.start - 70), tok.start)
            ):
                # "… đạt 3.500 tỷ đồng, bằng 80% kế hoạch tháng 10 (4.000 tỷ đồng)": a plan's amount, for the
                # month or to its end -- which, the text does not tell; never a result
                hold(
                    tok, "no_period", "the amount of a plan for a part of the year the text leaves open", ind
                )
                continue
            if tok.kind == "money" and "(" in low and plan_in_brackets_before(low, tok.start):
                # "về khả năng hoàn thành dự toán thu từ hoạt động xuất nhập khẩu (2.780 tỷ đồng)": the amount
                # in brackets right after a plan's name is the plan's, whatever the words before it foresee
                tok.plan_value = True
            if (
                tok.kind == "money"
                and "%" in low
                and _PLAN_AMOUNT_AFTER_RATIO.search(low, max(0, tok.start - 60), tok.start)
            ):
                # "… đã thu 2.612,8 tỷ đồng, bằng 24,9% chỉ tiêu 10.500 tỷ đồng được giao cho cả năm": the
                # amount of the plan the result was measured against
                tok.plan_value = True
            if (
                ind is not None
                and tok.kind == "money"
                # (an amount in brackets after a plan's name was marked the plan's just above)
                and tok.plan_value
            ):
                # whose the result is ("… trên toàn địa bàn quản lý, bằng 24,9% chỉ tiêu …": another's;
                # "số thu … của Cục đạt …, bằng 88,6% chỉ tiêu được giao (6.000 tỷ đồng)": an office's)
                result = held_wholes.get(ind.id)
                if (
                    result is None
                    and subjects["line"] == line_of(s_start)
                    and _OPENS_ON_THE_FIGURE_BEFORE.match(low)
                    # (unless it names ours: "Con số này chiếm 60% số thu của tỉnh Lạng Sơn (…)")
                    and not names_province(low, 0, tok.end, after_another_province=True)
                ):
                    # ("Chi cục Hải quan khu vực VI đã thu được 2.959 tỷ đồng. Con số này mới bằng 31% chỉ
                    # tiêu được giao (9.600 tỷ đồng), …": the sentence before's, held as another's, and so its
                    # plan)
                    result = held_whole_before.get(ind.id)
                    if result is not None and result.reason == "other_place":
                        hold(tok, result.reason, result.detail, ind)
                        continue
                if (
                    result is not None
                    and result.sentence_start == s_start
                    # (the value right before: not "… huyện Cao Lộc đạt 300 tỷ đồng, toàn tỉnh đạt 8.000 tỷ
                    # đồng, bằng 105% dự toán (7.600 tỷ đồng)")
                    and not any(m.start > result.start for m in reading.mentions[first_of_sentence:])
                ):
                    hold(tok, result.reason, result.detail, ind)
                    continue
                # (and of what the result was: "Cục thu ngân sách được 3.412 tỷ đồng, bằng 80% chỉ tiêu 4.300
                # tỷ đồng" is the customs' plan)
                measured = reading.mentions[-1] if len(reading.mentions) > first_of_sentence else None
                if (
                    ind is not None
                    and measured is not None
                    and catalog.by_id(measured.indicator_id).part_of == ind.id
                    # (not a part in brackets: "… 8.000 tỷ đồng (trong đó thu nội địa 3.000 tỷ đồng), bằng …")
                    and ")" not in low[measured.end - s_start : tok.start]
                ):
                    ind = catalog.by_id(measured.indicator_id)
            if (
                not tok.plan_value
                and "điều chỉnh" in low
                and (
                    _REVISED_FROM.search(low, clause[0], tok.start)
                    # ("… điều chỉnh từ 65 triệu đồng lên 67 triệu đồng; tổng thu … từ 8.600 tỷ đồng lên 9.000
                    # tỷ đồng": the next move of a list of plans revised)
                    or (
                        _REVISION_BEFORE.search(low, 0, clause[0])
                        and _MOVED_FROM.search(low, clause[0], tok.start)
                    )
                )
                and not _DATA_REVISED.search(low)
                and (
                    _PLAN_WORDS.search(low)
                    or (
                        before_low is not None
                        and before_line == line_of(s_start)
                        and _PLAN_WORDS.search(before_low)
                    )
                )
            ):
                # "HĐND tỉnh … thống nhất điều chỉnh một số chỉ tiêu của Nghị quyết kế hoạch năm 2023. Theo
                # đó, tốc độ tăng trưởng GRDP điều chỉnh từ 7 - 7,5% xuống 6%": a plan revised, both ends
                # plans (not "số liệu tháng 4 được điều chỉnh từ … lên …", the data corrected)
                tok.plan_value = True
            whose = status_of_whose_value(low, tok.end)
            if whose == "target":
                # "thấp hơn mức 8% mà Nghị quyết HĐND tỉnh đề ra": the plan a result falls short of
                tok.plan_value = True
            if _PLAN_NAMED_RIGHT_BEFORE.search(low, max(0, tok.start - 70), tok.start):
                # "thấp hơn nhiều so với kế hoạch điều chỉnh 4%", "đạt 45% kế hoạch năm là 4,3 triệu lượt":
                # the amount of the plan the result is compared with, never a result
                tok.plan_value = True
            tok.status = (
                "target"
                if tok.plan_value
                else (
                    whose
                    # ("cao hơn mức tăng 8,27% ước tính cho riêng quý I": the value's own, right after it)
                    or ("estimate" if _ESTIMATED_RIGHT_AFTER.match(low, tok.end) else None)
                    or _bracketed_status(low, seg_start, tok.start)
                    or status_of(low, seg_start, tok.start)
                    # (a plan's status reaches no clause opening on a year gone by: "Cả năm 2025, tỉnh đặt mục
                    # tiêu … 100 triệu USD; năm 2024, con số này chỉ là 41,3 triệu USD")
                    or (
                        prev_status
                        if prev_status in ("target", "forecast")
                        and not _opens_on_a_past_year(low, clause, doc_date)
                        # (nor a clause that tells a result: "…: năm 2024, toàn tỉnh mới đạt 3,6 triệu lượt")
                        and not result_verb_told(low, clause[0], tok.start)
                        else None
                    )
                    or status_after(low, tok.end)
                    or (
                        plan
                        if plan
                        and not _opens_on_a_past_year(low, clause, doc_date)
                        # (nor a bracket opening on a year gone by: "… năm 2023 đạt 55 triệu đồng trở lên (năm
                        # 2022 đạt 51,6 triệu đồng)", what that year gave)
                        and _past_period_in_brackets(tok, periods, low, doc_date) is None
                        and not RESULT_WORDS.search(low, clause[0], tok.start)
                        and not result_verb_told(low, clause[0], tok.start)
                        and not result_after_purpose(low, clause[0], tok.start)
                        and not result_a_speaker_tells(low, 0, tok.start)
                        else None
                    )
                    # "Đến cuối năm, toàn tỉnh ước có 82 xã …; tỷ lệ hộ nghèo còn 14,19%": an estimate
                    # reaches the later clauses of its sentence
                    or ("estimate" if "ước" in low and _ESTIMATED.search(low, 0, clause[0]) else None)
                )
            )
            if (
                tok.status == "target"
                and "được" in low
                and (back := _LOOKED_BACK.match(low, clause[0])) is not None
                and tok.end <= back.end()
                and _looked_back(back, doc_date)
            ):
                # "Để đạt được mức tăng trưởng 6,2% trong năm 2023, tỉnh đã tập trung …": a result looked back
                # on, what was done to reach it told after (not "…, tỉnh cần …", a plan; nor a plan named in
                # it)
                tok.status = None
            if (
                tok.status is None
                and value_before is not None
                and tok.listed_at is not None
                and value_before.listed_at == tok.listed_at
            ):
                tok.status = value_before.status  # "… lần lượt ước chiếm 21,9%, 18,4% …": the list's words
            if (
                tok.status == "target"
                and ind is not None
                and ind.ratio
                and not tok.plan_value
                and not _AIMED.search(low, clause[0], tok.start)
            ):
                # "Trong 22 chỉ tiêu chủ yếu của kế hoạch năm 2021, có 15/22 chỉ tiêu ước đạt và vượt": the
                # plan's words say what is counted, not that the count is planned: its own words tell its
                # status
                told = low[clause[0] : tok.start] + " " + low[tok.end : tok.end + 40]
                tok.status = (
                    "estimate"
                    if _ESTIMATED_WORD.search(told)
                    else "forecast"
                    if _FORESEEN.search(told)
                    else None
                )
            if ind is not None and ind.ratio and _MAY_BE_MET.match(low, tok.end):
                tok.status = "forecast"
            if (
                tok.status not in ("target", "forecast")
                and "giả" in low
                and (supposed := _SUPPOSED.search(low, 0, tok.start)) is not None
                and ";" not in low[supposed.end() : tok.start]
            ):
                tok.status = "forecast"
            if tok.status is None and tok.change_of is not None:
                tok.status = tok.change_of.status  # the growth of an estimated level is an estimate
            if tok.status is None and in_subset:
                # "… ước đạt 7.200 tỷ đồng, …, trong đó thu nội địa 2.900 tỷ đồng": part of an estimated whole
                whole_said = _whole_before_parts(reading.mentions[first_of_sentence:], s_start, subset_at)
                if whole_said is not None and whole_said.status in ("estimate", "preliminary"):
                    tok.status = whole_said.status
            if tok.status == "estimate" and (opened := _past_period_in_brackets(tok, periods, low, doc_date)):
                # "… ước tính: … dịch vụ chiếm 50,86% (năm 2020 tương ứng là …; 50,32%)": the bracket gives an
                # earlier year's values, whose status is the bracket's own words, not the estimate's
                tok.status = status_of(low, opened, tok.start)
            if (
                ind is not None
                and tok.status not in ("target", "forecast")
                and bracket_around(low, tok.start) is None
            ):
                # a rank ranks a result, never a plan's figure, nor a bracketed value compared with ("ước tăng
                # 8,56%, cao hơn mức của quý I/2025 (7,02%) và đứng thứ 2/9")
                seen_status[tok.kind] = tok.status
            if (
                tok.kind == "rank"
                and tok.indicator is None
                and (semi := low.rfind(";", 0, tok.start)) >= 0
                and any(
                    # (with no value of its own between: not "tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)
                    # đạt 7,0%, đứng thứ 5 vùng …", the rate's rank)
                    semi < a
                    and b <= tok.start
                    and tok.start - b <= 12
                    and not DIGIT.search(low, b, tok.start)
                    for a, b, _i in topics_of("money", low, catalog, topics)
                )
            ):
                # "…, xếp thứ 20/63; GRDP bình quân đầu người xếp thứ 55/63": the rank of an amount its own
                # clause names, which the catalog ranks not
                hold(tok, "not_in_catalog", "the rank of a value no catalog indicator ranks")
                continue
            if (
                tok.kind == "rank"
                and tok.indicator is None
                and catalog.names_an_index(held=False).search(low, 0, tok.start)
            ):
                # "ở Chỉ số đổi mới sáng tạo cấp địa phương (PII) 2025 …, Lạng Sơn xếp thứ 27/34": a rank in
                # an index the catalog does not hold, not by the rate the sentence before gave
                hold(tok, "not_in_catalog", "the rank in an index the catalog does not hold")
                continue
            if tok.kind == "rank" and tok.indicator is None:
                # "… tăng 7,32% so với cùng kỳ, xếp thứ 30/63": a rank right after a rate ranks that rate,
                # whatever its own clause names or fails to name.
                # (not an index its own words name after it: "GRDP tăng 6,34%. Năm 2022, Lạng Sơn đứng thứ
                # 6/63 tỉnh, thành phố về Chỉ số chuyển đổi số (DTI)")
                ranked = (
                    None
                    if ind is not None and ind.index is not None and _AN_INDEX_NAMED_AFTER.match(low, tok.end)
                    else ranking_of(tok, tokens, low, clause, subjects, catalog)
                )
                if ranked is None and ranks_another_value(tok, tokens, low, clause):
                    hold(tok, "not_in_catalog", "the rank of a value no catalog indicator ranks")
                    continue
                if ranked is None and (unranked := _index_without_rank(tok, tokens, clause, catalog, low)):
                    # "SIPAS 2020 … đạt 84,76%, …, xếp thứ 47/63": the rank of an index's score whose rank the
                    # catalog does not hold, not the rank of the paragraph's other index
                    hold(tok, "not_in_catalog", f"the rank by {unranked}, which the catalog does not hold")
                    continue
                ind = (
                    ranked
                    or ind
                    or carried_ranking(subjects, catalog, next_item=_a_rank_item(context, line_of(s_start)))
                )
                if (
                    ind is None
                    and (one := _the_one_index_ranked(reading.mentions, catalog)) is not None
                    and _NAMES_A_RANKING.search(low, 0, tok.start) is None
                    and (
                        _THE_PROVINCE_RANKED.search(low, clause[0], tok.start)
                        or (tok.listed_at is not None and _RANKS_SPOKEN_OF.search(low, 0, tok.listed_at))
                    )
                ):
                    # "… DTI 2023 của tỉnh xếp thứ 4/63. …\n Nhìn lại bốn năm, thứ hạng của Lạng Sơn
                    # có sự thay đổi: năm 2020 tỉnh đứng thứ 16; năm 2021 và năm 2022 lần lượt xếp thứ 5
                    # và thứ 7": the province ranked, no index named, in a text that has ranked it by one
                    # index only -- by that index (not a part of it: "chính quyền số của tỉnh xếp thứ 3")
                    ind = one
                if (
                    ranked is None
                    and ind is not None
                    and ind.index is not None
                    and before_line == line_of(s_start)
                    and (other := _index_named_before(low, before_low, catalog)) not in (None, ind.index)
                ):
                    # "SIPAS 2018 của tỉnh đạt 79,86% … . Xét về thứ hạng, tỉnh mới đứng thứ 52/63" under a
                    # title on PAR INDEX: the rank by the index the sentence before spoke of
                    ind = next(
                        (i for i in catalog.indicators if i.index == other and i.figure_measure == "rank"),
                        None,
                    )
                    if ind is None:
                        why = f"the rank by {other}, named the sentence before, not one the catalog holds"
                        hold(tok, "not_in_catalog", why)
                        continue
                if (
                    ranked is None
                    and ind is not None
                    and ind.index is not None
                    and before_line == line_of(s_start)
                    and _after_an_unheld_index(low, before_low, catalog)
                ):
                    hold(tok, "not_in_catalog", "the rank of an index the sentence before named, not held")
                    continue
                tok.resolved = ind  # (what a second rank after "và" ranks by too)
                if tok.status is None and (ranked is not None or (ind is not None and ind.ranks)):
                    # The rank of an estimated rate is an estimate too ("Mức tăng này xếp thứ 50/63" after
                    # "GRDP ước tăng 6,2%").
                    rated = prev_status if prev_status not in ("target", "forecast") else None
                    # (or of the sentence's rate before it: "… ước tăng 4,12%, xếp thứ 38/63 tỉnh, thành và
                    # thứ 10 trong 14 tỉnh vùng …")
                    # (a rate of its own sentence told as a result ranks as one: "… chỉ tăng 5,81% và đứng thứ
                    # 52/63" after a sentence of estimates)
                    tok.status = rated or (
                        seen_status["percent"]
                        if "percent" in seen_status
                        else subjects.get("previous_status", {}).get("percent")
                    )
            if (
                ind is None
                and tok.kind == "percent"
                and before_line == line_of(s_start)
                and _A_RATE_OF_THE_AMOUNT_BEFORE.match(low)
                and (grown := _growth_of_the_one_amount(before_low, catalog)) is not None
                # (the province's amount: not "GRDP của thành phố … đạt …" before it)
                and place_named(before_low, catalog.places) is None
            ):
                # "Quy mô tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2025 ước tính đạt 27.116 tỷ đồng.
                # Tốc độ tăng so với cùng kỳ năm trước ước đạt 8,37%": the growth of the one amount the
                # sentence before gave, where the catalog holds it (and what a rank after it ranks)
                ind = tok.resolved = grown
            if ind is None:
                # the documents are about the province: a sentence naming it, or naming no other place, is
                # about it, and a number there that no indicator claims is held for review, never dropped
                # (in a sentence on another place, held as that place's: never dropped either)
                if tok.kind in ("money", "percent", "rank", "score"):
                    if _about_province(low) or (opening is None and not names_a_place(s_start, low)):
                        hold(tok, "not_in_catalog", "no indicator of the catalog names it")
                    else:
                        hold(tok, "other_place", place_named(low, catalog.places) or "another place")
                continue
            if (
                tok.kind in ("score", "rank", "percent")  # (SIPAS and PAR Index in per cent)
                and ind.index is not None
                and index_component(catalog).search(low, max(clause[0], tok.start - 100), tok.start)
            ):
                # "Điểm trừ vẫn nằm ở Tiếp cận đất đai (6,02 điểm)": a component index named, not the index
                component_ends.append(tok.end)
                hold(tok, "not_in_catalog", f"a component of {ind.id}, not the index itself", ind)
                continue
            if (
                tok.kind in ("score", "rank", "percent")
                and ind.index is not None
                and _SELF_ASSESSED.search(low, max(clause[0], tok.start - 120), tok.start)
            ):
                # "theo kết quả tự đánh giá, PAR Index 2023 của tỉnh đạt khoảng 88,9%": what the province
                # scored itself before the index is published, not the index
                hold(tok, "not_in_catalog", f"a self-assessment, not the published {ind.id}", ind)
                continue
            if (
                tok.indicator is None
                and ind.not_before
                and (
                    said := _not_before_said(
                        ind.not_before,
                        low,
                        # (a part of a whole held -- not one published -- is read with the whole's words)
                        # (or the clause it was carried from: "Riêng nửa đầu tháng 12, Cục thu được 198,4 tỷ
                        # đồng; tháng 11 đạt 402,6 tỷ đồng" is the office's take too)
                        # (or the whole list of bare items a held part opened: "… doanh nghiệp hoạt động trong
                        # lĩnh vực dịch vụ chiếm 62%; công nghiệp – xây dựng 20%; nông nghiệp 9%")
                        (
                            0
                            if _A_BARE_ITEM.fullmatch(low, clause[0], tok.start)
                            else _whole_clause(low, clause[0])
                        )
                        if held_before is not None
                        else _clause_named_in(ind, low, clause[0], tok.start),
                        tok.start,
                    )
                )
                is not None
            ):
                # ("Tính đến hết ngày 25/1, Cục thu ngân sách được 412,5 tỷ đồng" in a paragraph on the
                # customs office: "Cục" the office the paragraph speaks of, its part of the whole)
                office = (
                    _collectors_part(
                        catalog.parts_of(ind.id),
                        low,
                        clause[0],
                        tok,
                        partial(context.names_around, line_of(s_start)),
                        _PROVINCES_CUSTOMS,
                        _ANOTHER_OFFICE,
                    )
                    if _AN_OFFICE_COLLECTS.match(said.group())
                    else None
                )
                if office is not None and context.names_anywhere(_ANOTHER_PROVINCES_BRANCH):
                    # (the department's whole take, and the text says it has a branch in another province:
                    # "Cục hiện quản lý 8 chi cục, trong đó có Chi cục … tỉnh Bắc Giang")
                    office = None
                if office is None:
                    # (the words the text says it with, for the review list: not the catalog's pattern)
                    hold(
                        tok,
                        "not_in_catalog",
                        _unheld_part(ind, sentence[said.start() : said.end()]),
                        ind,
                        whole=True,
                    )
                    continue
                ind = office
            if (
                _MISTAKEN_AFTER.match(low, tok.end)
                and _A_MISTAKE.search(low)
                # (the value "thay vì" points at is the right one)
                and not low.endswith("thay vì ", 0, tok.start)
            ):
                hold(tok, "not_in_catalog", "a value the text says was given by mistake", ind)
                continue
            if _SAID_WRONGLY_AFTER.match(low, tok.end) and _REPORTED_BY_OTHERS.search(low, 0, tok.start):
                # "Một số trang đưa tin PAPI của tỉnh xếp thứ 18/34; thực chất đây là thứ hạng ở một nội dung,
                # không phải thứ hạng chung": a value others reported, which the text corrects
                hold(tok, "not_in_catalog", "a value the text says others reported wrongly", ind)
                continue
            if (
                ind.not_after is not None
                and (tok.kind == "percent" or (tok.kind == "money" and tok.indicator is None))
                and (whole_after := ind.not_after.match(low, tok.end)) is not None
            ):
                # "… cấp mới 1 dự án với vốn đăng ký 3,2 triệu USD và …; như vậy tổng vốn FDI đăng ký cấp mới
                # và tăng thêm 9 tháng đạt 8,6 triệu USD": a part of the whole the sentence then gives; "…
                # 12,2% hộ nghèo (hơn 23.500 hộ) và 12,06% hộ cận nghèo": a rate of another thing, named right
                # after it
                hold(
                    tok,
                    "not_in_catalog",
                    _unheld_part(ind, sentence[whole_after.start() : whole_after.end()].strip()),
                    ind,
                )
                continue
            if (
                tok.kind == "money"
                and tok.indicator is None
                and ind.not_after is not None
                and any(t.kind == "money" and t.start > tok.end for t in tokens)
                and (whole_next := ind.not_after.match(next_low := _next_sentence_low(text, s_end)))
                is not None
            ):
                # "… cấp mới … 7 dự án … với tổng vốn 238,4 triệu USD và điều chỉnh tăng vốn cho 4 lượt dự án
                # với số vốn tăng thêm 46,1 triệu USD. Tổng vốn FDI cấp mới và tăng thêm đạt 284,5 triệu USD":
                # one of two parts whose whole the next sentence opens on
                hold(tok, "not_in_catalog", _unheld_part(ind, next_low[: whole_next.end()].strip()), ind)
                continue
            if (
                tok.kind == "rank"
                and "về" in low
                and (by := _RANKED_BY.search(low, clause[0], tok.start))
                # (the index the rank's own segment names: "…, chỉ số PCI năm 2024 xếp thứ 16/63" -- not "dù
                # chỉ số PCI còn thấp, tỉnh đứng thứ 4 trong vùng về vốn đăng ký")
                and not names_an_index(
                    low, max(by.end(), low.rfind(",", 0, tok.start) + 1), tok.start, catalog
                )
            ):
                # "Về quy mô thu ngân sách, tỉnh đứng thứ 4 trong 14 tỉnh …": a rank by a measure the catalog
                # ranks nothing by, not the rank of the subject the sentence before gave
                hold(tok, "not_in_catalog", "a rank by a measure the catalog does not rank", ind)
                continue
            if tok.kind == "rank" and "quy mô" in low and _ranked_by_size(low, tok, catalog):
                # "Quy mô GRDP năm 2022 đứng thứ 11/14 tỉnh trong vùng", "Về quy mô, GRDP …": a rank by size,
                # not by growth (not "Quy mô còn nhỏ, song tốc độ tăng trưởng xếp thứ 5")
                hold(tok, "not_in_catalog", "a rank by size, a ranking the catalog does not hold", ind)
                continue
            if tok.kind == "rank" and in_another_group(tok, low, clause[0]):
                hold(tok, "not_in_catalog", f"a rank of {ind.id} among another group of provinces", ind)
                continue
            if tok.kind == "rank" and ind.regional != is_regional(tok, low, ind, clause[0]):
                regional = regional_twin(ind, catalog) if not ind.regional else None
                if regional is None:
                    hold(
                        tok,
                        "not_in_catalog",
                        f"a regional rank of {ind.id}, a series the catalog does not hold",
                        ind,
                    )
                    continue
                ind = regional
            # (a gap in points between two rates says nothing of what either is against: "riêng quý II ước
            # tăng 7,6%, cao hơn quý trước 1,1 điểm phần trăm")
            reference = tok.reference or (
                tok.comparison.reference
                if tok.comparison and not (tok.kind == "percent" and tok.comparison.amount_unit == "pp")
                else None
            )
            if (
                ind.figure_measure == "growth"
                and tok.kind == "percent"
                and _ANOTHER_REFERENCE_BEFORE.search(low, max(0, tok.start - 16), tok.start)
            ):
                # "IIP tháng 5: ▲ 6,14% (+9,82%)", "IIP tháng 02: (1) –11,3%; (2) +6,7%": a second change of
                # the same value, or one under a numbered reference -- against what, the legend says
                why = "a change against a reference the text numbers or sets in brackets after another"
                hold(tok, "not_in_catalog", why, ind)
                continue
            if ind.figure_measure == "growth" and (
                reference == "previous_period"
                # ("IIP tháng 6: +2,1% so với tháng trước", a sign and no verb; "IIP tháng 3 so với tháng 2: ↑
                # 14,6%", the months named)
                or _PREVIOUS_PERIOD_AFTER.match(low, tok.end)
                or _consecutive_months_compared(low, clause[0], tok.start)
                # ("…; so với quý trước, quy mô GRDP quý IV tăng 4,1%": the comparison written first)
                # (not a rate with its own reference after it: "So với tháng trước, … tăng 4,38%, so với cùng
                # kỳ tăng 3,07%")
                # (from a run-in heading's colon too: "Sản xuất công nghiệp: So với tháng 3, chỉ số … tăng
                # 4,65%")
                or (
                    reference is None
                    and _PREVIOUS_PERIOD_FIRST.match(
                        low, max(low.rfind(";", 0, tok.start), low.rfind(":", 0, tok.start)) + 1, tok.start
                    )
                )
                # ("2,6% ↗" where the legend says ↗ is against the month before)
                or reference_of_mark_after(low, tok.end, legend) == "previous_period"
            ):
                why = "growth against the previous month or quarter (the catalog's rates are year on year)"
                hold(tok, "not_in_catalog", why, ind)
                continue
            if (
                tok.kind == "percent"
                and ind.figure_measure == "score"
                and "tỷ lệ" in low
                and _ANOTHER_RATE.search(low, clause[0], tok.start)
            ):
                # "SIPAS đạt từ 85% trở lên, đến năm 2020 tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3, 4 đạt
                # 30%": a rate of its own after the index's, not the index
                hold(tok, "not_in_catalog", f"another subject's rate, not {ind.id}", ind)
                continue
            if (
                tok.kind == "percent"
                and ind.figure_measure == "share"
                and tok.indicator is None
                and (
                    (
                        "tỷ lệ" in low
                        and (rate := _ANOTHER_RATE.search(low, clause[0], tok.start)) is not None
                        and not any(t.search(rate.group()) for t in ind.topics)
                        # (not the same rate again: "theo chuẩn cũ, tỷ lệ này cuối năm 2025 là 3,96%")
                        and not _THIS_RATE.search(rate.group())
                    )
                    or _OF_A_COUNT.match(low, tok.end) is not None
                )
            ):
                # "… tỷ lệ hộ nghèo còn dưới 3%, ít nhất 50% số xã đạt chuẩn nông thôn mới, tỷ lệ che phủ rừng
                # đạt 65%": the list goes on to other shares, a rate or a count's part of its own
                hold(tok, "not_in_catalog", f"another subject's share, not {ind.id}", ind)
                continue
            if tok.kind == "percent" and ind.figure_measure == "growth":
                if (
                    tok.share_context
                    or quick(_STRUCTURE).search(low, 0, tok.start)
                    or _OF_A_COUNT.match(low, tok.end)
                ):
                    # (or a count's part: "…; 60% số xã đạt chuẩn nông thôn mới" in a list after growth)
                    # "chiếm 25%", "cơ cấu … 45%": a share, not a growth rate (held, never dropped)
                    hold(tok, "not_in_catalog", f"a share, not {ind.id}", ind)
                    continue
                if (
                    (segment := low.rfind(",", clause[0], tok.start)) > 0
                    and not any(segment < b <= tok.start for _a, b, _i in topics.get(tok.kind, ()))
                    and (
                        _ANOTHER_SUBJECT.match(low, segment + 1, tok.start)
                        # ("…, tỷ lệ giảm nghèo đa chiều ước giảm 3%": another rate's change)
                        or _ANOTHER_RATE_CHANGES.match(low, segment + 1, tok.start)
                    )
                ):
                    # "…, tăng trưởng phải đạt 10%, giải ngân vốn đầu tư công phải đạt trên 95%", "…, độ che
                    # phủ rừng đạt 65%": a segment with a subject of its own the catalog does not name
                    hold(tok, "not_in_catalog", f"another subject's rate, not {ind.id}", ind)
                    continue
                if (
                    "nhóm" in low
                    and (group := _A_GROUP_CHANGES.search(low, clause[0], tok.start)) is not None
                    and not any(group.start() < a < tok.start for a, _b, _i in topics.get(tok.kind, ()))
                    and not names_province(low, group.start(), tok.start)
                    and not _A_GROUP_OF_PLACES.search(group.group())
                ):
                    # "So với năm trước, nhóm lương thực, thực phẩm tăng 12,5%": a group of goods (or of
                    # people) growing, the clause's subject -- no catalog rate
                    hold(tok, "not_in_catalog", f"a group's rate, not {ind.id}", ind)
                    continue
                if _A_PLAN_COMPARED_BEFORE.search(low, max(clause[0], tok.start - 80), tok.start):
                    # "Mức tăng so với kế hoạch đề ra là 2,5%": how far a result went past its plan, not its
                    # growth
                    hold(tok, "against_plan", "a ratio to a plan or budget", ind)
                    continue
                if (
                    AGAINST_PLAN.match(low[tok.end :])
                    and not tok.index
                    # "thấp hơn mục tiêu 8,5% Nghị quyết … đã giao": the plan's own value, named by the plan
                    and not _PLAN_NAMED_BEFORE.search(low, max(0, tok.start - 24), tok.start)
                    # "tăng trưởng kinh tế đạt 8,36% so với mục tiêu từ 8 – 8,5%": a rate set beside its
                    # plan's own rate, which the text gives, is the result, not a ratio to the plan
                    and not (tok.value < _A_RATE_AT_MOST and _PLAN_RATE_AFTER.match(low, tok.end))
                ):
                    hold(tok, "against_plan", "a ratio to a plan or budget", ind)
                    continue
            if (
                # (a count's too: "đón 2,2 triệu lượt khách, tăng 200 nghìn lượt so với năm trước")
                ind.figure_measure in ("level", "score", "rank", "count")
                and (tok.indicator is None or tok.kind == "count")
                and is_change(tok, low)
                # (not a count whose own words are the change: "giảm 135 đơn vị hành chính cấp xã")
                and not (
                    tok.kind == "count"
                    and ind.before is not None
                    and compile_lowered(rf"(?:{ind.before.pattern})(?:{_A_BOUND_WORD})?$").search(
                        low, 0, tok.start
                    )
                )
            ):
                # "điểm số tăng 1,35 điểm", "tăng 500 tỷ đồng", "cao hơn điểm số của Lạng Sơn gần 3 điểm": a
                # change or a gap, not the level (a derivation reads it where it is one)
                hold(tok, "not_in_catalog", f"a change of {ind.id}, not its level", ind)
                continue
            if (
                ind.figure_measure == "share"
                and tok.indicator is None
                and (sub := _last_match(_SUBSECTOR, low, max(clause[0], tok.start - 120), tok.start))
                is not None
                and sub > max((b for _a, b, _i in topics.get(tok.kind, ()) if b <= tok.start), default=-1)
                # (not what a sector includes: "khu vực dịch vụ (bao gồm thương mại, lưu trú, …)")
                and not (low.rfind("(", 0, sub) > low.rfind(")", 0, sub) and ")" in low[sub : tok.start])
            ):
                # "… dịch vụ logistics …, trong khi công nghiệp chế biến, chế tạo chỉ chiếm khoảng 5% GRDP": a
                # sub-sector's share, named nearer the value than the catalog's sector
                hold(tok, "not_in_catalog", f"a sub-sector's share, not {ind.id}", ind)
                continue
            if (
                ind.figure_measure == "share"
                and not is_share(tok, low, ind)
                and not (not is_change(tok, low) and _an_item_under_a_structure(context, line_of(s_start)))
            ):
                # "khu vực dịch vụ tăng 6,77%", "tỷ lệ hộ nghèo giảm từ 3%": a change, not the share
                hold(tok, "not_in_catalog", f"a change of {ind.id}, not its level", ind)
                continue
            value = to_unit(tok, ind, catalog)
            if tok.kind == "money" and tok.money_unit == ("đồng", 1.0) and tok.value < _FEWEST_DONG:
                # "cứ 4 đồng thu ngân sách thì gần 3 đồng đến từ …": a proportion told in coins, no level
                hold(tok, "not_in_catalog", f"a handful of đồng, no level of {ind.id}", ind)
                continue
            if value is None:
                # "…(7.500 tỷ đồng); kim ngạch … (6.800 triệu USD)": an amount in another currency than the
                # subject read for it is not that subject's -- held, not lost
                hold(tok, "not_in_catalog", f"an amount not in {ind.id}'s unit ({ind.unit})", ind)
                continue
            if (
                ind.part_of is not None
                and (declared := _last_match(_DECLARED, low, 0, tok.start)) is not None
                and not _DECLARED_ELSEWHERE_TOO.search(low)
                and (
                    not any(
                        i.id == ind.part_of and declared < a < tok.start
                        for a, _b, i in topics.get(tok.kind, ())
                    )
                    # (the whole named after the words is the declared goods' own, held as such: "Đối với hàng
                    # hóa mở tờ khai tại địa bàn tỉnh, kim ngạch ước đạt 472,8 triệu USD; trong đó nhập khẩu
                    # khoảng 408,5 triệu USD")
                    or any(
                        h.sentence_start == s_start
                        and h.indicator_id == ind.part_of
                        and declared < h.start - s_start < tok.start
                        for h in reading.held
                    )
                )
            ):
                # "… mở tờ khai tại Cục Hải quan Lạng Sơn đạt 4.975 triệu USD, …, xuất khẩu 2.750 triệu USD,
                # nhập khẩu 2.225 triệu USD": the parts of goods declared at the province's customs (a part of
                # what passes its gates) are of that scope too -- not the statistics office's own wording of
                # trade through the province ("hàng hóa làm thủ tục tại các Chi cục Hải quan trên địa bàn"),
                # nor a whole counting in goods declared elsewhere ("Nếu tính cả lượng hàng mở tờ khai ở các
                # cục hải quan khác …")
                said = _last(_DECLARED.finditer(low, 0, tok.start))
                hold(
                    tok,
                    "not_in_catalog",
                    _unheld_part(ind, said.group() if said else "mở tờ khai"),
                    ind,
                    value,
                )
                continue
            if _PART_AFTER.match(low, tok.end):
                # "số thu năm 2025 có khoảng 2.900 tỷ đồng là khoản thu đột biến …": the part of a whole it is
                hold(tok, "not_in_catalog", f"a part of {ind.id} the text singles out", ind, value)
                continue
            if (
                ind.figure_measure == "share"
                and tok.kind == "percent"
                and (
                    _OF_A_PLAN.match(low, tok.end)
                    # ("đạt 100% so với kế hoạch", "bằng 98% kịch bản": a ratio its verb tells)
                    or (
                        _RATIO_BEFORE.search(low, max(0, tok.start - 16), tok.start)
                        and _RATIO_AFTER.match(low, tok.end)
                    )
                )
            ):
                # "(đến 30/6 mới đạt khoảng 32% kế hoạch)": a ratio to a plan, no share of the indicator
                hold(tok, "against_plan", "a ratio to a plan or budget", ind, value)
                continue
            if _RANKED_AMONG_THE_DISTRICTS.match(low, tok.end) and not names_province(low, 0, tok.start):
                # "Thu ngân sách trên địa bàn năm 2019 đạt trên 480 tỷ đồng, luôn đứng thứ hai trong các
                # huyện, thành phố của tỉnh": ranked among the province's districts, a district's figure
                hold(tok, "other_place", "a district's (ranked among the province's districts)", ind, value)
                continue
            if tok.kind == "money" and (
                inside := _INCLUDES_ANOTHER_PROVINCE.search(low, max(clause[0], tok.start - 160), tok.start)
            ):
                # "Tính chung toàn địa bàn Chi cục quản lý (gồm cả các cửa khẩu của tỉnh Cao Bằng), kim ngạch
                # 8 tháng đạt khoảng 61,5 tỷ USD": a whole that holds another province's part
                hold(tok, "other_place", inside["province"], ind, value)
                continue
            if (
                tok.kind == "money"
                and "chi cục" in low
                and _collected_by_an_office(ind, catalog)
                and _WITH_ANOTHER_PROVINCES_BRANCH.match(low, tok.end)
            ):
                # "toàn Cục thu được 2.015,3 tỷ đồng, trong đó Chi cục Hải quan quản lý các khu công nghiệp
                # tỉnh Bắc Giang thu 308,5 tỷ đồng": a whole that holds another province's part
                hold(tok, "other_place", "a whole with another province's branch in it", ind, value)
                continue
            if (
                tok.kind == "count"
                and ind.stock
                and _MORE_OF.search(low, max(clause[0], tok.start - 12), tok.start)
            ):
                # "Số xã đạt chuẩn nông thôn mới: tăng thêm 12 xã, lũy kế … có 79 xã": how many more of a
                # stock, not its level (unlike a flow's "có thêm 400 doanh nghiệp")
                hold(tok, "not_in_catalog", f"an increase of {ind.id}, not its level", ind, value)
                continue
            if (
                "với" in low
                and _OPENS_ON_WITH.search(low, max(clause[0], tok.start - 70), tok.start)
                and (comma := _TO_THE_COMMA.match(low, tok.end)) is not None
                and (
                    (owner := catalog.places["province"].match(low, comma.end())) is not None
                    # ("Với tổng lượng khách năm 2023 đạt 1,6 triệu lượt, thành phố Lạng Sơn là …": the city,
                    # whatever it goes on with: "…, thành phố Lạng Sơn chiếm khoảng 60% lượng khách của toàn
                    # tỉnh" may be the city's own or the province's, a reader cannot tell)
                    or (
                        owner := catalog.places["district"].match(
                            low, _PAST_THE_COMMA.match(low, tok.end).end()
                        )
                    )
                    is not None
                )
                # (not where the clause says whose the value is: "Với tốc độ tăng trưởng GRDP của tỉnh năm
                # 2023 đạt 5,5%, Cao Bằng và Bắc Kạn đều thấp hơn")
                and not names_province(low, max(clause[0], tok.start - 70), tok.start)
            ):
                # "Với 0,6832 điểm, Đà Nẵng là địa phương duy nhất vượt ngưỡng 0,65": the province after the
                # comma owns the value the clause opened on
                hold(tok, "other_place", owner.group(), ind, value)
                continue
            if (
                tok.kind in ("score", "percent", "money")
                and (
                    _A_GAP.search(low, max(clause[0], tok.start - 90), tok.start)
                    # ("hiện còn thiếu khoảng 1.395 tỷ đồng so với dự toán": a shortfall)
                    or _A_DIFFERENCE.search(low, max(clause[0], tok.start - 60), tok.start)
                    # ("Lạng Sơn vẫn kém gần 3 điểm so với mức giữa của bảng xếp hạng": how far apart two
                    # scores are)
                    or (
                        tok.kind == "score"
                        and _AHEAD_OR_BEHIND.search(low, max(clause[0], tok.start - 30), tok.start)
                        is not None
                        and _COMPARED_WITH.match(low, tok.end) is not None
                    )
                    # ("… Trung ương giao 8.100 tỷ đồng; … giao 8.600 tỷ đồng, cao hơn số Trung ương giao 500
                    # tỷ đồng": the difference to a plan whose value the sentence already gave)
                    or (
                        (above := _ABOVE_A_GIVEN_PLAN.search(low, max(0, tok.start - 60), tok.start))
                        is not None
                        and re.search(
                            rf"\b{above['giver']} giao\b(?: [^\s,;.]+){{0,3}} \d", low[: above.start()]
                        )
                        is not None
                    )
                )
            ):
                if not _PLAN_VALUE_BEFORE.search(low, max(0, tok.start - 40), tok.start):
                    # "khoảng cách về điểm số còn hơn 12 điểm", "chênh lệch so với kế hoạch khoảng 500 tỷ
                    # đồng": the gap between two values, no figure of either
                    hold(tok, "not_in_catalog", f"a gap between two values of {ind.id}, not one", ind, value)
                    continue
                if tok.status not in ("target", "forecast"):
                    tok.status = "target"  # "khoảng cách so với kế hoạch 7% còn khá xa": the plan's own value
            if (
                tok.kind == "money"
                and (share := _WHOLE_OF_A_SHARE.search(low, max(0, tok.start - 90), tok.start))
                and (
                    (nation := catalog.places["nation"].search(low, share.start(), tok.start))
                    or (nation := _COMPARED_WITH_THE_NATION.search(low, 0, share.start()))
                    # ("kim ngạch qua địa bàn tỉnh chiếm 1,06% tổng kim ngạch … (683 tỷ USD)": the whole of
                    # which the province's own value of the same measure is a share, a larger whole's)
                    or (
                        _THE_PROVINCES.search(low, clause[0], share.start())
                        and not _THE_PROVINCES.search(low, share.start(), tok.start)
                        and (nation := _LARGER_WHOLE.search(low, share.start(), tok.start))
                        # (the whole named by the part's own noun: "kim ngạch … chiếm …% tổng kim ngạch …";
                        # not where the part is a part of this measure: "kim ngạch xuất khẩu … chiếm 43% tổng
                        # kim ngạch xuất nhập khẩu (7,2 tỷ USD)", the province's own total)
                        and f" {nation['noun']} " in f" {low[clause[0] : share.start()]} "
                        and not any(
                            i.part_of == ind.id and clause[0] <= a < share.start()
                            for a, _b, i in topics_of(tok.kind, low, catalog, topics)
                        )
                    )
                )
            ):
                # "So với cả nước, kim ngạch qua địa bàn tỉnh chỉ bằng khoảng 1,06% tổng kim ngạch xuất nhập
                # khẩu hàng hóa (425,1 tỷ USD)": the whole the province's share is of, the nation's
                hold(tok, "other_place", nation.group(), ind, value)
                continue
            if (
                tok.kind == "percent"
                and ind.figure_measure == "share"
                and _A_FALL_FROM.search(low, max(0, tok.start - 40), tok.start)
                and _OR_MORE.match(low, tok.end)
            ):
                # "Giữ nguyên chỉ tiêu tỷ lệ hộ nghèo giảm từ 2% trở lên": how much the rate is to fall, not
                # the rate ("giảm từ 21,99% xuống 5%" starts from one)
                hold(
                    tok,
                    "not_in_catalog",
                    f"a fall of {ind.id} written in per cent, not its level",
                    ind,
                    value,
                )
                continue
            if (
                tok.kind == "percent"
                and ind.figure_measure == "share"
                and (
                    (nations := _OF_THE_NATIONS.match(low, tok.end)) is not None
                    or any(w.startswith(_NATIONS_WHOLE) for w in placed_in_sentence.values())
                )
            ):
                # "khu vực nông, lâm nghiệp và thủy sản chiếm 14,85% GDP cả nước, khu vực dịch vụ chiếm
                # 41,63%": shares of the nation's GDP (and the list's next share, of the same)
                where = f"{_NATIONS_WHOLE}{nations.group().strip() if nations is not None else ''}"
                placed_in_sentence[ind.id], placed_at[ind.id] = where, tok.end
                hold(tok, "other_place", where, ind, value)
                continue
            if (
                "khu vực" in low
                and (area := _THIS_AREA.search(low, clause[0], tok.start)) is not None
                and (
                    (gate := catalog.places["border_gate"].search(low, 0, area.start()))
                    or (gate := _A_ZONE_NAMED.search(low, 0, area.start()))
                )
                and not _ALL_THE_GATES.search(low, 0, area.start())
            ):
                # "… lượng xe hàng qua Tân Thanh giảm khoảng 15%; kim ngạch qua khu vực này trong quý I đạt
                # 212 triệu USD": the area of the one gate just named (not "các cửa khẩu trên địa bàn tỉnh")
                hold(tok, "other_place", gate.group(), ind, value)
                continue
            if _REPLACED_BEFORE.search(
                low, max(clause[0], tok.start - 60), tok.start
            ) or _REPLACED_AFTER.match(low, tok.end):
                # "GRDP tăng 2,86%, thay cho mức tăng 2,23% theo số ước tính …", "con số 2,65 triệu lượt
                # khách … đã được điều chỉnh xuống 2,41 triệu lượt", "… bị ghi là 4.125,6 tỷ đồng": set aside
                hold(tok, "not_in_catalog", "a value the text says was replaced or misprinted", ind, value)
                continue
            if tok.kind == "money" and (into := _INTO_A_PART.match(low, tok.end)) is not None:
                # "thu hút thêm 2 dự án FDI, tổng vốn đăng ký khoảng 100 triệu USD vào khu công nghiệp Hữu
                # Lũng": what goes into one park or zone, not the province's
                hold(tok, "other_place", into["part"], ind, value)
                continue
            if "thang" in low and _SCALE_TOP.search(low, max(0, tok.start - 20), tok.start):
                # "đạt 42,77 điểm trên thang 80 điểm": the top of the index's scale, no score of the province
                hold(tok, "not_in_catalog", "the top of a scale, not a figure", ind, value)
                continue
            if tok.kind == "money" and _EACH_UNIT_BEFORE.search(
                low, max(clause[0], tok.start - 40), tok.start
            ):
                # "mức hỗ trợ xây dựng nhà văn hóa thôn, mỗi thôn tối đa 300 triệu đồng": an amount for each
                # village, commune or project, not the province's
                hold(tok, "not_in_catalog", "an amount for each unit, not the province's", ind, value)
                continue
            if "nào" in low and _NONE_BEYOND.search(low, max(clause[0], tok.start - 80), tok.start):
                # "qua đánh giá DDCI, không có đơn vị nào đạt dưới 60 điểm": a threshold no one crossed
                hold(tok, "not_in_catalog", "a threshold none of them crossed, not a figure", ind, value)
                continue
            if (
                _THRESHOLD_BEFORE.search(low, max(0, tok.start - 16), tok.start)
                and not (
                    _A_MARK_REACHED.search(low, max(0, tok.start - 20), tok.start)
                    and (tok.status == "target" or _significant_digits(tok.text.split()[0]) >= 4)
                )
            ) or (
                "lần đầu" in low and _FIRST_TIME_OVER.search(low, max(clause[0], tok.start - 100), tok.start)
            ):
                # "lần đầu vượt mốc 90 tỷ USD", "lần đầu tiên trong hơn một thập kỷ kinh tế tỉnh tăng trên
                # 8%": a milestone passed, not the figure itself
                hold(tok, "not_in_catalog", "a threshold the figure passed, not the figure", ind, value)
                continue
            # (a value of a list read respectively is no end of a range: "tương ứng là 28-28-44%")
            if tok.kind != "rank" and tok.listed_at is None and is_range_end(low, tok):
                hold(tok, "range", "one end of a range: the text states no single value", ind, value)
                continue
            if "nếu" in low and _CONVERSION.search(low, max(0, tok.start - 120), tok.start):
                # "Nếu tính theo năm thì mỗi người dân có thu nhập khoảng 29,8 triệu đồng": another figure
                # restated in another unit, not a figure reported
                why = "a figure converted into another unit ('nếu tính theo năm'), not a reported figure"
                hold(tok, "not_in_catalog", why, ind, value)
                continue
            if (
                ("quý" in low or "tháng" in low or "năm đầu" in low or "tuần" in low)
                and (rest := _REMAINING.search(low, max(0, seg_start - 120), tok.start)) is not None
                and not any(
                    rest.end() <= pm.start < tok.start or pm.start <= rest.start() < pm.end for pm in own
                )
                # (a week the text dated: "tuần từ 10-16/9/2020" over "Trong tuần, kim ngạch …")
                and context.week_told(tok.start) is None
            ):
                # "… quý II cần đạt khoảng 8,7% và các quý cuối năm phải tăng bình quân trên 9%": the quarters
                # or months left, no calendar span of their own
                why = "a span the figure model does not hold (quarters or months left, first years, a week)"
                hold(tok, "no_period", why, ind, value)
                continue
            if "nhiệm kỳ" in low and _HALF_A_TERM.match(low, tok.end):
                # "tăng trưởng … có thể đạt khoảng 9%/năm trong nửa sau nhiệm kỳ": half a term, no calendar
                # span
                hold(tok, "no_period", "half a term ('nửa sau nhiệm kỳ'), no calendar span", ind, value)
                continue
            if (
                tok.kind in ("money", "count")
                and ind.per is None
                and (
                    _EACH_MONTH.match(low, tok.end)
                    # ("kim ngạch … bình quân mỗi tháng đạt 430 triệu USD", "… mỗi ngày đạt 15 triệu USD")
                    or _EACH_MONTH_BEFORE.search(low, max(0, tok.start - 70), tok.start)
                    or (
                        ("bình quân" in low or "trung bình" in low or "khách" in low)
                        # (its opening at most ~170 characters back: no scan of a whole run-on text per value)
                        and _EACH_MONTH_OPENING.search(low, max(0, tok.start - 170), tok.start)
                    )
                )
            ):
                # "… thu từ hoạt động xuất nhập khẩu bình quân 380 tỷ đồng mỗi tháng": an average per month
                hold(
                    tok,
                    "not_in_catalog",
                    f"an average per month, day or visitor, not a level of {ind.id}",
                    ind,
                    value,
                )
                continue
            if (
                (if_then := _IF_THEN.match(low)) is not None
                and tok.start > if_then.end()
                and ";" not in low[if_then.end() : tok.start]
            ):
                # "Giữ mục tiêu cũ thì 6 tháng cuối năm phải tăng gần 15%": what a supposition would require
                hold(tok, "condition", "a value a supposition leads to ('giữ … thì')", ind, value)
                continue
            if (
                tok.kind == "money"
                and "dự án" in markers
                and (zone := _IN_A_ZONE.search(low, max(0, tok.start - _CARRY_SPAN), tok.start)) is not None
                # (one of the zone's projects, after "trong đó": not "… 12 dự án, trong đó 3 dự án vào khu
                # công nghiệp; có 1 dự án FDI với vốn đăng ký 150 triệu USD", the province's one)
                and "trong đó" in low[zone.end() : tok.start]
                and _ONE_PROJECT.search(low, max(clause[0], zone.end()), tok.start)
            ):
                # "… 9 dự án đầu tư trong khu kinh tế, …; trong đó có 1 dự án có vốn đầu tư nước ngoài, vốn
                # đăng ký 12 triệu USD": one project of a zone's (but "Trong quý, tỉnh cấp mới 1 dự án có vốn
                # đầu tư nước ngoài, vốn đăng ký 3,2 triệu USD" is all the province drew)
                hold(tok, "not_in_catalog", f"projects in a zone, not the province's {ind.id}", ind, value)
                continue
            if ("quốc hội" in markers or "chính phủ" in markers) and (
                nations := _NATIONS_PLAN_AFTER.match(low, tok.end)
            ) is not None:
                # "… thấp hơn mục tiêu 6,7% mà Quốc hội đề ra": the nation's plan, not the province's
                hold(tok, "other_place", nations["who"] or nations["government"], ind, value)
                continue
            if (
                ind.stock
                and tok.kind == "count"
                and "được công nhận" in tok.text
                and any(pm.period.kind in ("year", "months", "quarter", "half_year") for pm in own)
                and not _STOCK_WORDS.search(low)
            ):
                # "Năm 2022 toàn tỉnh có 14 xã được công nhận đạt chuẩn nông thôn mới": those recognized in
                # the year, an addition to the stock, not the stock standing at its end
                hold(
                    tok, "not_in_catalog", f"an addition in the period, not the {ind.id} standing", ind, value
                )
                continue
            if markers & _PROPOSING and _PROPOSED.search(low, max(clause[0], tok.start - 160), tok.start):
                # "một số thành viên Ban đề nghị nâng dự toán thu nội địa lên 2.300 tỷ đồng": a change
                # proposed, no plan adopted
                hold(tok, "not_in_catalog", f"a change proposed for {ind.id}, no plan adopted", ind, value)
                continue
            if (
                (
                    may_match(_DISOWNED, low, tok.end, tok.end + 240)
                    and (disowned := quick(_DISOWNED).search(low, tok.end, tok.end + 240)) is not None
                    and not DIGIT.search(low, tok.end, disowned.start())
                )
                or (
                    # ("… là 3.845 tỷ đồng. Do lỗi tổng hợp, con số này chưa bao gồm …": said after)
                    not DIGIT.search(low, tok.end) and _WRONG_BECAUSE.match(next_opening) is not None
                )
                or said_wrong_next
                or (
                    "con số" in low
                    and low.endswith("con số ", 0, tok.start)
                    and _AS_OTHER_MEDIA_GAVE.match(low, tok.end) is not None
                )
            ):
                # "con số 2,3 triệu lượt khách … mà một số trang tin đã đăng là chưa chính xác", "… đưa mức
                # tăng trưởng là 7,54%, ông … khẳng định đó là sai sót": a figure the text says is wrong (the
                # right one, said after, stands)
                hold(tok, "not_in_catalog", f"a value the text says is wrong, not {ind.id}", ind, value)
                continue
            if "tương ứng" in low and _RESPECTIVE_LIST.search(low, max(0, tok.start - 160), tok.start):
                # "(cơ cấu tương ứng năm 2016 theo số sơ bộ là: 22,9%; 18,6%; 49,0%; 9,5%)": each value pairs
                # with an item named before, in order -- held for a reader to pair, not the nearest subject's
                hold(tok, "not_in_catalog", "one of a list paired with the items named before ('tương ứng')")
                continue
            if (
                "điều chỉnh" in low
                and _DATA_REVISED.search(low)
                and _TO_THE_NEW_VALUE.match(low, tok.end)
                and _REVISED_FROM.search(low, clause[0], tok.start)
            ):
                # "Kim ngạch tháng 4/2016 được điều chỉnh từ 338,0 triệu USD xuống 326,4 triệu USD theo số
                # liệu của Cục Hải quan": the value the data was revised from (the one revised to stands)
                hold(tok, "not_in_catalog", f"the value the data was revised from, not {ind.id}", ind, value)
                continue
            if (
                tok.kind == "money"
                and ("thu hộ" in low or " khác" in low)
                and _COLLECTED_FOR_OTHERS.match(low, tok.end)
            ):
                # "Cục Hải quan Lạng Sơn thu được khoảng 3.712,6 tỷ đồng, kể cả số thu hộ các địa phương
                # khác": other provinces' revenue inside it -- not the province's
                hold(
                    tok, "other_place", "other provinces' revenue inside it ('kể cả số thu hộ …')", ind, value
                )
                continue
            if "đúng" in low and _CORRECTED_AFTER.match(low, tok.end):
                # "Sở đã báo cáo SIPAS 2022 của tỉnh là 76,28%; số liệu đúng theo Quyết định … là 76,82%": the
                # value a correction after it sets aside
                hold(tok, "not_in_catalog", f"a value the text corrects after it, not {ind.id}", ind, value)
                continue
            if "thay" in markers and _SET_ASIDE.search(low, max(0, tok.start - 40), tok.start):
                # "… là 57,31 điểm, thay cho 56,83 điểm đã công bố hồi tháng 3/2018": a value set aside
                hold(
                    tok,
                    "not_in_catalog",
                    f"a value the text sets aside ('thay cho …'), not {ind.id}",
                    ind,
                    value,
                )
                continue
            if (
                "điều chỉnh" in low
                and _FIRST_REPORTED_IN_BRACKETS.search(low, max(0, tok.start - 60), tok.start)
                and _CORRECTED.search(low, low.rfind(";", 0, tok.start) + 1, tok.start)
            ):
                # "Số thu 7 tháng được điều chỉnh còn 2.247,5 tỷ đồng (báo cáo tháng 7 nêu 2.251,2 tỷ đồng)":
                # the figure the correction replaced
                hold(tok, "not_in_catalog", f"a value a correction replaced, not {ind.id}", ind, value)
                continue
            if (
                ind.index is not None
                and tok.kind in ("score", "rank", "percent")
                and "thành phần" in low
                and (listed := _COMPONENTS_LISTED.search(low, 0, tok.start)) is not None
                # (not the index itself named after the list: "Nhờ cải thiện cả 10 chỉ số thành phần: …, PCI
                # năm 2022 của tỉnh đạt 67,74 điểm")
                and not catalog.names_the_index(ind.index).search(low, listed.end(), tok.start)
            ):
                # "Các chỉ số thành phần PGI tăng điểm gồm: "Giảm thiểu ô nhiễm và thiên tai" đạt 4,91 điểm;
                # …": the components a colon lists, each its own score
                hold(tok, "not_in_catalog", f"a component of {ind.id}, not the index itself", ind, value)
                continue
            if (
                ind.index is not None
                and tok.kind in ("score", "percent")
                and _THE_PART_THAT_LEADS.search(low, max(0, tok.start - 120), tok.start)
            ):
                # "PAR Index của tỉnh đạt tỷ lệ cao nhất ở Cải cách thể chế (94,1% …) và thấp nhất ở Xây dựng
                # và phát triển chính quyền điện tử, chính quyền số (81,3%)": the part an index is highest or
                # lowest in, in brackets after its name
                hold(tok, "not_in_catalog", f"a component of {ind.id}, not the index itself", ind, value)
                continue
            if _WHAT_REMAINS_OF_A_PLAN.search(low, max(0, tok.start - 80), tok.start):
                # "Phần còn lại của kế hoạch – khoảng 2,84 triệu lượt khách": what is left to reach a plan
                hold(tok, "not_in_catalog", "what remains of a plan, not a figure", ind, value)
                continue
            if (
                tok.kind == "rank"
                and tok.status not in ("target", "forecast")
                and _A_RANGE_OF_RANKS.search(low, max(0, tok.start - 20), tok.end + 12)
            ):
                # "sau hai năm liền đứng từ vị trí thứ 60 trở xuống": a range of ranks, not a rank
                hold(tok, "not_in_catalog", "a range of ranks, not a rank", ind, value)
                continue
            if (
                "lạng sơn" in markers
                and _DESCRIBED.match(low)
                and not own
                and not any(pm.start < tok.start for pm in periods)
            ):
                # "Lạng Sơn có lợi thế ở vị trí cửa ngõ nhưng công nghiệp chế biến còn mỏng, tỷ trọng công
                # nghiệp - xây dựng chỉ khoảng 20%": what the province is like, no period's figure
                hold(tok, "no_period", "a description of the province, no period's figure", ind, value)
                continue
            if tok.kind == "money" and not ind.per_person and _PER_PERSON.match(low, tok.end):
                # "thu nội địa … chỉ khoảng 4 triệu đồng/người": an amount per head, no level of the indicator
                hold(tok, "not_in_catalog", f"an amount per person, not a level of {ind.id}", ind, value)
                continue
            if tok.kind == "money" and ind.per_person and _PER_HOUSEHOLD.match(low, tok.end):
                # "nhiều hộ có thu nhập bình quân 45 triệu đồng/hộ/năm": a household's, not a head's
                hold(tok, "not_in_catalog", f"an amount per household, not {ind.id}", ind, value)
                continue
            if tok.kind == "money" and _ADDED.search(low, max(0, tok.start - 20), tok.start):
                # "đề nghị tăng dự toán thu nội địa thêm khoảng 60 tỷ đồng": an amount added, no level
                hold(tok, "not_in_catalog", f"an amount added to {ind.id}, not its level", ind, value)
                continue
            if (
                ("vốn " in markers or "chiếm" in markers or "với quy mô" in markers)
                and (trait := _STANDING_TRAIT.search(low, max(0, tok.start - 40), tok.start)) is not None
                and (trait["aside"] is None or _ASIDE_CLOSES.match(low, tok.end))
                # ("Với quy mô kinh tế hơn 55.000 tỷ đồng năm 2025, …": a size given its year is a figure)
                and not _YEAR_RIGHT_AFTER.match(low, tok.end)
            ):
                # "khu vực dịch vụ, vốn chiếm trên 50% quy mô nền kinh tế tỉnh, chỉ tăng 4,35%": what the
                # sector has long been, no period's figure
                hold(tok, "no_period", "a standing trait ('vốn chiếm …'), no period's figure", ind, value)
                continue
            if (
                ("điều kiện" in low or "giả định" in low or "miễn là" in low)
                and (proviso := _PROVISO.search(low, max(0, tok.start - 120), tok.start)) is not None
                # (the proviso's own clause: not "Với điều kiện khí hậu thuận lợi, năm 2023 tỉnh đón …")
                and not any(mark in low[proviso.end() : tok.start] for mark in (",", ";"))
            ):
                # "… đạt khoảng 7,6%, với điều kiện các tháng cuối năm giữ được nhịp tăng trên 8%": a value
                # the proviso of a forecast supposes, no result nor plan
                hold(tok, "condition", "a value a proviso supposes ('với điều kiện …')", ind, value)
                continue
            if "nếu" in low and _WOULD_HAVE.search(low, 0, tok.start):
                # "Nếu quý I và quý II thông quan bình thường thì số thu cả năm đã dễ dàng vượt 8.000 tỷ
                # đồng": what would have been, no result
                hold(tok, "condition", "a value a condition would have led to, no result", ind, value)
                continue
            if "nhóm" in low and _A_GROUPS_THRESHOLD.search(low, max(0, tok.start - 80), tok.start):
                # "Nhóm có tỷ lệ hộ nghèo dưới 10% gồm Thái Nguyên, …, Lạng Sơn": a group's bound, no value
                hold(tok, "not_in_catalog", "the bound of a group of places, not a figure", ind, value)
                continue
            if "liên tiếp" in low and _A_RUN_OF_YEARS_PAST.search(low, max(0, tok.start - 80), tok.start):
                # "Đây là năm thứ hai liên tiếp tỉnh đón trên 3,5 triệu lượt khách": a mark passed year after
                # year, no year's figure
                hold(tok, "not_in_catalog", "a mark passed in a run of years, not a figure", ind, value)
                continue
            if "nếu" in low and _supposed(low, tok.start, tok.end):
                # "nếu mỗi năm chỉ tăng trên 7% thì liệu có về đích …": a value supposed, no result nor plan
                hold(tok, "condition", "a value a condition supposes ('nếu … thì')", ind, value)
                continue
            if "nếu" in low and (cond := _condition_before(low, tok.start)) is not None:
                # "Nếu không có đợt ùn ứ đầu năm, thu ngân sách năm nay hoàn toàn có thể vượt 7.000 tỷ đồng":
                # what would have been, no result; a forecast under a condition stays one (corpus README), and
                # so becomes an estimate under a condition the sentence opens on ("Nếu … duy trì năng lực
                # thông quan như hiện nay, cả năm 2021 kim ngạch ước khoảng 4,5 tỷ USD") -- not one told of
                # what has happened ("thay vì 5,2 tỷ USD như hiện nay")
                counterfactual = _COUNTERFACTUAL.match(low, cond) or _WHAT_HAPPENED.match(low, tok.end)
                opens = _LEADS_TO_CONDITION.fullmatch(low, 0, cond) is not None
                if counterfactual or not (
                    tok.status in ("forecast", "target") or (tok.status == "estimate" and opens)
                ):
                    hold(tok, "condition", "a value a condition would lead to, no result", ind, value)
                    continue
                conditioned.add(tok.start)
                if tok.status == "estimate":
                    tok.status = "forecast"
            place = (
                tok.place or None
                if tok.place is not None
                else other_place(
                    low,
                    _past_a_top_of_the_nation(low, clause[0], tok),
                    tok.start,
                    tok.end,
                    ranked_places if tok.kind == "rank" else places,
                )
            )
            if place is None and tok.place is None and tok.kind == "rank":
                place = rank_given_to(low, tok.end, ranked_places)  # ("xếp thứ 3 là Long An")
                # "Bộ Giao thông vận tải xếp thứ 3, Bộ Tài chính vươn lên vị trí thứ 2": a ministry ranked
                # beside the provinces, the subject of the rank's own segment (not one named in passing: "Kể
                # từ khi Bộ Thông tin và Truyền thông triển khai đánh giá, DTI của Lạng Sơn … xếp thứ 16")
                place = place or _ranked_body(low, seg_start, tok.start, catalog)
            if (
                place is None
                and tok.place is None
                and _A_VALUE_OPENING.search(low, max(0, tok.start - 40), tok.start)
            ):
                # "Với mức tăng 11,89%, Quảng Ninh đứng đầu cả nước": the place the clause after the value's
                # opens on
                after = _COMMA_AFTER.match(low, tok.end)
                named = place_named(low[after.end() : after.end() + 40], places) if after else None
                if named is not None and low.startswith(named, after.end()):
                    place = named
            if (
                place is None
                and tok.place is None
                and opening is not None
                and not names_province(low, opening[0], tok.start, _is_province(opening[1], places))
                # (nor where ours is named right after the value: "GDP cả nước 6 tháng tăng 6,76%, vậy mục
                # tiêu tăng trưởng 8,5% năm 2019 của Lạng Sơn …")
                and not ours_right_after(low, tok.end)
            ):
                place = opening[1]  # "Bình quân cả nước, …; tỷ lệ hộ nghèo còn 1,93%": the nation's
            if (
                place is None
                and tok.place is None
                and "này" in low
                and (
                    this_place := _THIS_PLACE.search(low, max(0, tok.start - _CARRY_SPAN), tok.start)
                    # ("Theo đơn vị này, …; số thu ngân sách đạt 3.612 tỷ đồng": who tells the whole sentence)
                    or _OPENING_ON_THIS.match(low)
                )
                is not None
            ):
                # the place named nearest before "tỉnh này", unless the province or its own organ is named
                # nearer ("Tiếp đoàn tỉnh Cao Bằng, lãnh đạo tỉnh Lạng Sơn cho biết tỉnh này có …": ours; "Tại
                # buổi làm việc với tỉnh Lạng Sơn, Chủ tịch UBND tỉnh Cao Bằng thông tin, tỉnh này …": Cao
                # Bằng's)
                nearest = _nearest_other_place(low, this_place.start(), places)
                # "… kỳ họp của HĐND tỉnh Cao Bằng, báo cáo cho thấy tỉnh này có 12/17 chỉ tiêu đạt …; tổng
                # thu ngân sách ước gần 2.300 tỷ đồng": the sentence's later clauses go on about it
                if "đơn vị" in this_place.group():
                    # "… Chi cục Hải quan khu vực VI quản lý các cửa khẩu của hai tỉnh Lạng Sơn và Cao Bằng.
                    # Theo đơn vị này, …": an office is another place's only as a customs branch serving more
                    # than ours, named in the sentence or the one before ("Cục Thống kê tỉnh … . Theo đơn vị
                    # này, …" is ours)
                    region = catalog.places.get("customs_region")
                    office = (
                        region.search(before_low or "") or region.search(low) if region is not None else None
                    )
                    # (unless the sentence names the province after it: "Theo đơn vị này, … qua địa bàn tỉnh
                    # Lạng Sơn đạt 5 tỷ USD" -- the office telling our figure)
                    if office is not None and not names_province(low, this_place.end(), tok.start, True):
                        place = office.group()
                elif this_place.start() >= clause[0] or not names_province(low, this_place.end(), tok.start):
                    # "Quảng Ninh ước tăng 11,1% … . Tỉnh này đặt mục tiêu cả năm tăng trưởng 11%": the other
                    # place the figures just before were said of, in this sentence or the one before
                    place = nearest or _place_just_before(reading, s_start, line_of)
                    if (
                        place is None
                        and before_low is not None
                        and line_of(s_start) - 1 <= before_line <= line_of(s_start)
                        and not names_province(before_low, 0, len(before_low))
                    ):
                        # "Trong khi đó, Lào Cai lại ghi nhận mức tăng mạnh. Kim ngạch qua các cửa khẩu của
                        # tỉnh này …": the place the sentence before spoke of, though it gave no figure
                        place = place_named(before_low, places)

            if place is None and tok.place is None and not names_province(low, 0, len(low)):
                # "6 tháng đầu năm 2025, cả nước:" over "- Doanh nghiệp thành lập mới tăng mạnh: 91.200 doanh
                # nghiệp;": the place a dashed list's lead ends on is its items'
                place = _the_lists_place(context, line_of(s_start), places)
            if (
                place is None
                and tok.place is None
                and "(" in markers
                and (opened := bracket_around(low, tok.start)) is not None
                and (named := place_right_before(low, opened, places)) is not None
            ):
                # "…, chỉ sau Phú Thọ (xếp thứ 8 cả nước, 70,35 điểm)": a bracket on the place just named
                place = named
            if (
                place is None
                and tok.place is None
                and "đơn vị" in markers
                and (region := catalog.places.get("customs_region")) is not None
                and (
                    (
                        (takes := _THE_UNIT_TAKES.search(low, clause[0], tok.start)) is not None
                        # (but not goods it clears through the province's gates: "… đơn vị đã thông quan
                        # hàng hóa qua các cửa khẩu của tỉnh đạt 8,5 tỷ USD", the province's -- the province
                        # named as where a gate stands, "cửa khẩu Chi Ma, Lạng Sơn", is no such)
                        and not names_province(
                            A_GATE_WITH_ITS_PROVINCE.sub(_blank, low), takes.end(), tok.start
                        )
                        and (
                            (office := region.search(low, 0, tok.start)) is not None
                            # (the office named before in the text: "Đại diện Hải quan Tân Thanh cho biết …
                            # ¶ Ngày 2/1, đơn vị đã làm thủ tục …" -- where the sentence names no organ of its
                            # own before it: not "Cục Hải quan tỉnh cho biết, năm 2023 đơn vị đã làm thủ tục")
                            or (
                                _AN_ORGAN_NAMED.search(low, 0, takes.start()) is None
                                and (office := _office_named_before(region, context, s_start)) is not None
                            )
                        )
                    )
                    # "Theo thống kê từ Hải quan cửa khẩu Chi Ma (Lạng Sơn), lũy kế …, tổng thu ngân sách của
                    # đơn vị này đạt 860 tỷ đồng": the office the sentence, the one before or the title names
                    or (
                        (units_own := _THE_UNITS_OWN.search(low, clause[0], tok.start)) is not None
                        and not names_province(low, units_own.end(), tok.start, True)
                        and (office := _office_named(region, low, tok.start, before_low, context)) is not None
                    )
                )
            ):
                # "đại diện Chi cục Hải quan khu vực VI cho biết, 9 tháng năm 2025 đơn vị thu ngân sách 9.460
                # tỷ đồng": the office that reports, then its own take -- a customs region's, not the
                # province's
                place = office.group()
            if (
                place is None
                and tok.place is None
                and before_low is not None
                and _GOES_ON_WITH_ITS_SOURCE.match(low)
                and (told_by := _A_PARTS_ORGAN_TELLS.match(before_low)) is not None
                and not names_province(low, 0, tok.start)
            ):
                # "Theo báo cáo của UBND huyện Lộc Bình, kết thúc năm 2018, … . Theo đó Tổng sản phẩm … ;
                # tổng thu ngân sách năm 2018 ước đạt 114.322 triệu đồng": what the district's report goes on
                # to say
                place = told_by["part"]
            if (
                place is None
                and tok.place is None
                and carried_part is not None
                and not _SINGLED_OUT_OPENING.match(before_low or "")
                and not names_province(low, 0, len(low))
                and not _PROVINCE_SPOKEN_OF.search(low)
                and not _THE_PROVINCES_GROUND.search(low)
            ):
                # "Tốc độ tăng trưởng kinh tế trong KKTCK … đạt 11,26%/năm (toàn tỉnh 8,52%). Thu nhập bình
                # quân đầu người tăng từ 23,3 triệu đồng …": a paragraph going on about the part its sentence
                # before opened on, naming no other place nor the province
                place = carried_part
            if (
                place is None
                and tok.place is None
                and carried_other is not None
                and not _OUR_NAME.search(low)
                # (nor a sentence on "tỉnh", "toàn tỉnh": a report of ours that never names the province --
                # but "Tỉnh này …" is the other one: "Thái Nguyên dẫn đầu vùng. ¶ Tỉnh này có … tăng 12%")
                and (
                    _THAT_PROVINCE_OPENING.match(low) is not None
                    or (
                        not _PROVINCE_SPOKEN_OF.search(low)
                        and not _THE_PROVINCES_GROUND.search(low)
                        and "của tỉnh" not in low
                    )
                )
            ):
                place = carried_other
            if (
                place is None
                and tok.place is None
                and title_part is not None
                and province_sentence_start != s_start
                and (
                    province_line != line_of(s_start)
                    # ("…, kinh tế của huyện tiếp tục ổn định, …, chiếm 55,04% trong cơ cấu kinh tế" in a
                    # paragraph that named the province as a partner: the sentence says whose it is)
                    or _THE_PART_BY_ITS_KIND.search(low, 0, tok.start) is not None
                )
            ):
                place = title_part
            if (
                place is None
                and tok.place is None
                and part_before[0] == line_of(s_start)
                # (the part first: read once per sentence and seldom there; the province is read in the whole)
                and (opened := _part_opened(*part_before[1:], catalog)) is not None
                and not names_province(low, 0, len(low))
                and not _PROVINCE_SPOKEN_OF.search(low)
            ):
                # "Xã Yên Trạch (huyện Cao Lộc) là một trong những xã về đích … . Từ một xã thuần nông, …, thu
                # nhập bình quân của người dân đạt khoảng 3,9 triệu đồng/người/tháng": the part the sentence
                # before opened on, its paragraph going on about it
                place = opened
            if (
                place is None
                and tok.place is None
                and 0 <= low.find(";") < tok.start
                and (opened := _part_opened(low, sentence, catalog)) is not None
                and not names_province(low, 0, len(low))
                and not _PROVINCE_SPOKEN_OF.search(low)
            ):
                # "Đến nay, huyện Cao Lộc có 14/20 xã đạt chuẩn nông thôn mới; tỷ lệ hộ nghèo còn 4,6%": the
                # clauses after ";" go on about the part the sentence opened on
                place = opened
            if (
                place is None
                and tok.place is None
                and (told := part_telling(low)) is not None
                and told[0] <= tok.start
                # (nor one it compares with the province's: "…, cao hơn mức tăng trưởng ước đạt 7,23% của toàn
                # tỉnh")
                and not names_province(low, told[0], min(len(low), tok.end + 20))
            ):
                # "Ông …, Chủ tịch UBND thành phố Lạng Sơn, cho biết …; thu nhập bình quân đầu người năm 2018
                # đạt khoảng 78 triệu đồng", "Theo báo cáo của thị trấn, …": the part telling its own figures
                place = told[1]
            if place is None and tok.place is None and "lần lượt" in low:
                # "Huyện Cao Lộc và thành phố Lạng Sơn, …, lần lượt đạt 1.900 tỷ đồng và 1.080 tỷ đồng": the
                # places a list's values are said of, named before it
                listed_at = low.find("lần lượt")
                if listed_at < tok.start:
                    place = place_named(low[:listed_at], ranked_places if tok.kind == "rank" else places)
            if (
                place is None
                and ("cần" in low or "phải" in low)
                and _REQUIRED.search(low[seg_start : tok.start])
            ):
                # "quý III cần đạt 7,1%", "để đạt mục tiêu …, 6 tháng cuối năm phải tăng khoảng 11,5%": the
                # rate a plan requires of a period still to come is that period's target (corpus README)
                named = [pm.period for pm in own if clause[0] <= pm.start < tok.start]
                if "còn lại" in low[seg_start : tok.start] or (
                    _from_now_undated(low, seg_start, tok.start, doc_date)
                    # (unless a part of the year is named: "Từ nay đến cuối năm 2025, tăng trưởng GRDP quý IV
                    # cần đạt 10,5%")
                    and not any(p.kind in ("month", "quarter", "half_year") for p in named)
                ):
                    # "các quý còn lại bình quân cần tăng khoảng 8%", "từ nay đến cuối năm … phải đón thêm
                    # khoảng 2,6 triệu lượt khách": over a span the text does not date, or from the day told
                    why = "the remaining quarters or months: not a calendar period"
                    hold(tok, "no_period", why, ind, value)
                    continue
                if not (named and doc_date is not None and named[-1].end > doc_date):
                    # "Để hoàn thành dự toán, thu ngân sách cần đạt 7.000 tỷ đồng": what is needed, of no
                    # period of its own still to come
                    why = "what is needed to meet a target, not a result or a target"
                    hold(tok, "not_in_catalog", why, ind, value)
                    continue
                if tok.status not in ("target", "forecast"):
                    tok.status = "target"
            if (
                place is None
                and ("tết" in low or "lễ" in low or "xuân" in low or "quốc khánh" in low or "giỗ tổ" in low)
                and _holiday_period(
                    low,
                    clause,
                    tok,
                    (
                        before_low is not None
                        and before_line == line_of(s_start)
                        and _HOLIDAY_OR_EVENT_DAYS.search(before_low) is not None
                        and DAYS_WRITTEN.search(before_low) is not None
                    )
                    # (or a sentence before it in its paragraph, a part between: "… từ ngày 8/2 đến ngày
                    # 14/2/2024 …, ước đạt 75.000 lượt khách … . Trong đó, khách nội địa … . Doanh thu … trong
                    # kỳ nghỉ ước đạt 62 tỷ đồng, tăng 116,6% so với dịp Tết năm trước")
                    or context.told_a_holidays_days(line_of(s_start)),
                )
                # (unless its days are written: "từ ngày 14/2 đến hết ngày 22/2, toàn tỉnh đón khoảng 148.500
                # lượt khách, tăng 21% so với kỳ nghỉ Tết năm trước")
                # (or the running total holding them: "Từ ngày 1/1 đến hết ngày 15/2/2024 (gồm kỳ nghỉ Tết)")
                and not any(
                    (
                        pm.period.kind == "dates"
                        or (pm.period.kind == "to_date" and _INCLUDING_A_HOLIDAY.search(low))
                    )
                    and clause[0] <= pm.start < tok.start
                    and not (
                        low[pm.start].isdigit()
                        and _A_HOLIDAYS_NAME.search(low, max(0, pm.start - 24), pm.start)
                    )
                    # ("…, trong khi kỳ nghỉ lễ năm 2021 chỉ đón hơn 20.000 lượt": another holiday)
                    and not _ANOTHER_SPAN_INTRODUCED.search(low, pm.end, tok.start)
                    for pm in own
                )
                # (nor where its clause names a span of its own that is no holiday's year and the holiday is
                # not the value's own: "Tháng 9/2025, … đón 270.000 lượt khách, tăng 18% so với dịp Quốc khánh
                # năm 2024", "Trong quý III, dù có kỳ nghỉ dịp Quốc khánh, doanh thu …" -- not "Dịp nghỉ lễ
                # Quốc khánh năm 2025, …", "6 tháng …, riêng dịp Giỗ Tổ đón 30.000 lượt")
                and _holiday_governs(low, clause, tok, own)
            ):
                why = "a holiday's or an event's days: a period the figure model does not hold"
                hold(tok, "no_period", why, ind, value)
                continue
            if (
                place is None
                and ind.id in placed_in_sentence
                and (
                    carried_from_sentence
                    # ("thu nhập bình quân của người dân xã chỉ khoảng 18 triệu đồng/người/năm, nay đã lên
                    # hơn 32 triệu đồng": a clause not naming its subject again goes on with the one before)
                    or (
                        not any(
                            i is ind and placed_at[ind.id] <= a < tok.start
                            for a, _b, i in topics.get(tok.kind) or ()
                        )
                        and tok.start - placed_at[ind.id] <= _CARRY_SPAN
                        # (not after a turn back to the subject's own: "… cao hơn mức của cả nước (6,8%/năm)
                        # nhưng chưa đạt mục tiêu … (8,5%/năm)"; but "cao hơn hẳn mức 3,72% cùng kỳ năm
                        # ngoái" is the same subject's earlier period)
                        and (
                            not _TURNS_BACK.search(low, placed_at[ind.id], tok.start)
                            or _ITS_OWN_EARLIER.match(low, tok.end) is not None
                        )
                    )
                )
                and not names_province(low, clause[0], tok.end)
                # (not a part singled out in the clause before, the next clause back on the whole: "… qua địa
                # bàn tỉnh tháng 02/2023 ước đạt 321,5 triệu USD, riêng cửa khẩu Hữu Nghị đạt 206,4 triệu USD;
                # lũy kế 2 tháng ước đạt 598,7 triệu USD")
                # (the whole itself no other place's: not "Cao Bằng đạt 5 tỷ USD, riêng cửa khẩu Tà Lùng …;
                # lũy kế …")
                and not (
                    clause[0] >= placed_at[ind.id]
                    and (singled := _A_PART_SINGLED_OUT_SEGMENT.search(low, 0, placed_at[ind.id])) is not None
                    and place_named(low[: singled.start()], places) is None
                )
            ):
                # "… của cả nước năm 2017 đạt 425,12 tỷ USD; kim ngạch thương mại … đạt 93,69 tỷ USD": a value
                # that takes its subject from one before it in the sentence takes that one's place too
                place = placed_in_sentence[ind.id]
            if (
                place is None
                and ind.part_of in placed_in_sentence
                and tok.start - placed_at[ind.part_of] <= _CARRY_SPAN
                and _PART_SINGLED_OUT.search(low, placed_at[ind.part_of], tok.start)
                and not names_province(low, placed_at[ind.part_of], tok.end)
            ):
                # "Tỉnh này thu ngân sách … khoảng 2.086 tỷ đồng …; riêng thu từ xuất nhập khẩu chỉ còn 755 tỷ
                # đồng": a part of the whole just given for another place is that place's too
                place = placed_in_sentence[ind.part_of]
            if (
                place is None
                and tok.kind == "rank"
                and (twin := index_twin(ind, "score", catalog)) is not None
                and twin.id in placed_in_sentence
                and clause[0] <= placed_at[twin.id] < tok.start
                and _its_subjects_rank(
                    low, placed_in_sentence[twin.id], placed_at[twin.id], tok.start, places
                )
            ):
                # "…: Hà Giang chỉ đạt 43,7 điểm, giảm 0,5 điểm và tụt 19 bậc, xuống vị trí thứ 30": the rank
                # of the province its clause opened on and scored
                place = placed_in_sentence[twin.id]
            if (
                place is None
                and not names_province(low, 0, tok.end)
                and context.heading_in_the_nation(line_of(s_start))
            ):
                # "CẢ NƯỚC 5 THÁNG / IIP ▲ 9,9%; bán lẻ …": a section the heading sets in the nation
                place = "cả nước"
            if (
                place is None
                and "province" in places
                and not _OUR_NAME.search(low)  # (its bare "tỉnh" is the heading's)
                and (heading := context.heading_province(line_of(s_start), places["province"])) is not None
            ):
                # "Khánh Hòa (tăng 28 bậc, đứng thứ 16)" over "… đây là năm tỉnh có điểm số cao nhất (năm
                # 2014 cũng đứng thứ 16/63 …)": a section the heading gives another province
                place = heading
            aside_at = low.rfind(",", clause[0], tok.start) + 1
            if (
                place is None
                and tok.place is None
                and aside_at > 0
                and _A_PASSIVE_ASIDE.match(low, aside_at)
                and (before := place_named(low[low.rfind(",", 0, aside_at - 1) + 1 : aside_at], places))
                is not None
            ):
                # "… cao hơn nhiều so với mức tăng của cả nước, được Chính phủ ước tính khoảng 6,5%": an aside
                # on what the segment before named goes on with its place
                place = before
            if (
                place == "gdp"
                and context.names_anywhere(_GDP_IS_OURS)
                and not context.names_anywhere(_GDP_IS_THE_NATIONS)
                and not _THE_NATION.search(low, low.rfind(",", 0, tok.start) + 1, tok.end)
                # (nor another province's: "GDP của tỉnh Quảng Đông tăng 7,5%")
                and place_named(low.replace("gdp", "   "), places) is None
            ):
                # "GDP bình quân đầu người năm 2008 đạt 10,37 triệu đồng" in a text that named the province's
                # product so ("tổng sản phẩm (GDP) trên địa bàn tỉnh tăng …") and never the nation's: ours
                place = None
            place = place or other_province
            if place is not None:
                placed_in_sentence[ind.id], placed_at[ind.id] = place, tok.end
                hold(tok, "other_place", place, ind, value)
                continue
            if (
                tok.period is None
                and ("thời gian" in low or "những năm" in low)
                and not (own and own[0].start < tok.start)
                and _VAGUE_SPAN.search(low, 0, tok.start)
            ):
                # "Thời gian qua, tỉnh đã cấp mới … 2 dự án FDI với 91,3 triệu USD": a span the sentence names
                # but does not date, not the one the context gives
                hold(tok, "no_period", 'the sentence\'s own span is not dated ("thời gian qua")', ind, value)
                continue
            if (
                tok.period is None
                and tok.listed_at is None
                and "lần lượt" in low
                and (periods_after := _PERIODS_LISTED_AFTER.search(low, tok.end)) is not None
                and periods_after.start() - tok.end < 60
                # (values listed for them: two or more before the word, in a clause naming no period of its
                # own -- not "Năm 2024, toàn tỉnh đón 4,3 triệu lượt khách, lượng khách tăng cao lần lượt vào
                # các tháng 2 và tháng 9", one value its opening dates)
                and len(_A_LISTED_VALUE.findall(low, low.rfind(";", 0, tok.start) + 1, periods_after.start()))
                >= 2
                and not any(
                    max((m.start() for m in CLAUSE_MARK.finditer(low, 0, tok.start)), default=-1)
                    < pm.start
                    < periods_after.start()
                    for pm in own
                )
                and not _opening_period(own, low)
            ):
                # "… đón trên 2,8 triệu và trên 3,7 triệu lượt khách, lần lượt vào các năm 2015 và 2020":
                # values given their periods respectively after them, which the reading did not pair -- never
                # the first period for every value
                why = "the periods are listed respectively after values the reading did not pair with them"
                hold(tok, "no_period", why, ind, value)
                continue
            if tok.period is None and _opens_on_listed_periods(low, own, clause, tok):
                # "Năm 2023 và 2024, tổng vốn đầu tư … đạt 18.500 tỷ đồng", "Quý I và quý II, kim ngạch xuất
                # khẩu và nhập khẩu đạt 1,2 tỷ USD và 0,8 tỷ USD": a value of no list, under two periods
                why = "the sentence opens on several periods and the value is not one of a list for them"
                hold(tok, "no_period", why, ind, value)
                continue
            found = (
                (tok.period, "clause")
                if tok.period
                else _then_of_the_comparison_before(tok, low, s_start, comparisons)
                or _a_year_after_the_opening_comparison(tok, low, periods, own)
                or context.period_for(tok, _not_in_a_later_bracket(own, low, tok), clause)
            )
            if (
                plan_lead is not None
                and plan_lead[1] is not None
                and (found is None or found[1] not in ("clause", "sentence"))
                and tok.status in (None, "target")
                and _in_the_plans_list(plan_lead, low, line_of(s_start))
            ):
                # (the year the plan's list was announced for: "Các chỉ tiêu chủ yếu năm 2019 như sau. … Cơ
                # cấu kinh tế: … dịch vụ 49,5%" -- not the year of results told before the list)
                found = (plan_lead[1], "paragraph")
            if (
                found is not None
                and found[1] == "paragraph_before"
                and (ind.stock or _NOW_ANYWHERE.search(low))
            ):
                # "Năm 2018, …" paragraphs above "tỷ lệ hộ nghèo toàn tỉnh đã giảm xuống còn khoảng 11%": a
                # stock, or what stands now, is of a day the frame of the text's results does not tell
                found = None
            if (
                "năm" in low
                and (said := _THE_YEAR_WHEN.search(low, max(0, tok.start - 90), tok.start)) is not None
            ):
                # "… thấp hơn 2,01 điểm so với năm 2022 – năm tỉnh xếp thứ 15/63": the year compared with,
                # then what the province did in it, is that year's figure
                found = (year_period(int(said["y"])), "clause")
            if in_subset and (found is None or found[1] != "clause"):
                # "Tổng kim ngạch … tính đến hết tháng 8/2025 đạt …; trong đó xuất khẩu …, nhập khẩu …": the
                # parts are over the whole's period
                # (the parts a later "trong đó" opens are the later whole's: "… trong tháng 11 ước đạt 290
                # triệu USD, trong đó …; luỹ kế 11 tháng … 2.695 triệu USD, …, trong đó: xuất khẩu 745 triệu
                # USD")
                nearest_subset = _last(SUBSET.finditer(low, subset_at.start(), tok.start)) or subset_at
                whole_figure = _whole_before_parts(
                    reading.mentions[first_of_sentence:], s_start, nearest_subset
                )
                if whole_figure is not None:
                    found = (whole_figure.period, "sentence")
                elif opens_with_part and whole_figure_before is not None:
                    # "Thu ngân sách 9 tháng ước đạt 6.845 tỷ đồng. Trong đó, thu từ hoạt động xuất nhập khẩu
                    # 4.310 tỷ đồng": the period and status of the total the sentence before ended on
                    found = (whole_figure_before.period, "previous_sentence")
                    if tok.status is None and whole_figure_before.status != "actual":
                        tok.status = whole_figure_before.status
                elif opens_with_part and (said := context.period_said_before()) is not None:
                    # "Tính đến ngày 20/12/2020, tỉnh cấp mới 38 dự án … . Trong số đó có 3 dự án FDI với tổng
                    # vốn đăng ký 27,6 triệu USD": the parts of what the sentence before counted, to its date
                    found = (said, "previous_sentence")
            if found is not None and has_no_year(found[0]):
                found = (
                    None  # a placeholder no context resolved ("Cùng thời điểm, …" after no span): no period
                )
            if (
                (tok.plan_value or tok.status == "target")
                and found is not None
                and not ind.stock
                and (
                    (
                        plan_in_brackets_before(low, tok.start)
                        and (
                            found[0].kind == "as_of"  # (a flow to a date: its running total, etl/spans.py)
                            or (
                                # (or months from January: "số thu 10 tháng … bằng 97,8% chỉ tiêu pháp lệnh Bộ
                                # Tài chính giao (4.000 tỷ đồng)"; "quý I đạt …, bằng 28,2% chỉ tiêu HĐND
                                # tỉnh giao (12.000 tỷ đồng)")
                                found[0].kind in ("to_date", "dates", "months", "quarter", "half_year")
                                and (found[0].start.month, found[0].start.day) == (1, 1)
                                and found[0].start.year == found[0].end.year
                            )
                        )
                    )
                    # (or in a bracket of budget estimates, which are the year's by law: "quý III đạt …, bằng
                    # 24% dự toán (dự toán Bộ Tài chính giao 7.300 tỷ đồng, HĐND tỉnh giao 7.950 tỷ đồng)")
                    or (
                        found[0].kind in _PART_OF_A_YEAR
                        and found[0].start.year == found[0].end.year
                        and _IN_A_BRACKET_OF_ESTIMATES.search(low, max(0, tok.start - 150), tok.start)
                    )
                    # (or right after the ratio, the part of a year the result covers, the plan said the
                    # year's: "quý I đã thu …, bằng 24,9% chỉ tiêu 10.500 tỷ đồng được giao cho cả năm")
                    or (
                        found[0].kind in _PART_OF_A_YEAR
                        and found[0].start.year == found[0].end.year
                        and (ratio := _PLAN_AMOUNT_AFTER_RATIO.search(low, max(0, tok.start - 60), tok.start))
                        and (
                            found[0].kind in ("to_date", "as_of", "months")
                            or "dự toán" in ratio.group()
                            or _year_plan_after_ratio(low, tok)
                        )
                    )
                )
            ):
                # "Tính đến ngày 15/10, … đạt 4.712,6 tỷ đồng, bằng 85,7% chỉ tiêu Bộ Tài chính giao (5.500 tỷ
                # đồng)": a running total is measured against the year's plan, no plan is set to a day
                found = (year_period(found[0].end.year), found[1])
            elif (
                tok.plan_value
                and found is not None
                and found[0].kind in ("quarter", "month", "half_year")
                and (ratio := _PLAN_AMOUNT_AFTER_RATIO.search(low, max(0, tok.start - 60), tok.start))
                # (a budget estimate is the year's by law: "6 tháng …, bằng 55% dự toán Trung ương giao …")
                and "dự toán" not in ratio.group()
            ):
                # "Quý I, thu ngân sách đạt 2.612,8 tỷ đồng, bằng 110% kế hoạch 2.375 tỷ đồng": the quarter's
                # own plan or the year's, which the text does not tell
                why = "the amount of the plan a result was measured against, for a span the text leaves open"
                hold(tok, "no_period", why, ind, value)
                continue
            # (or an aside after a dash: "so với tháng 8/2025 - tháng có kim ngạch kỷ lục với hơn 9,1 tỷ USD")
            if (
                "(" in low[max(0, tok.start - 20) : tok.start]
                or _AN_ASIDE_AFTER_A_DASH.search(low, max(0, tok.start - 60), tok.start)
            ) and not (
                # (not a rank the bracket opens on: "GRDP 6 tháng ước tăng 6,47% so với cùng kỳ năm trước (xếp
                # thứ 5/14 tỉnh vùng …)" ranks the rate given, not the year compared with)
                tok.kind == "rank"
                and low[(opened := low.rfind("(", 0, tok.start)) + 1 : tok.start].strip() == ""
                # (but a rank's own move compared: "tăng 11 bậc so với năm 2020 (xếp thứ 16/63)" is 2020's)
                and _A_RANKS_MOVE.search(low, max(0, opened - 60), opened) is None
            ):
                compared = compared_period_in_brackets(low, tok.start, found[0] if found else None)
                if compared is UNRESOLVED:
                    why = "the value of the period compared with, which the text does not date"
                    hold(tok, "no_period", why, ind, value)
                    continue
                if compared is not None:
                    # "cao hơn cùng kỳ năm 2018 (6,8%)": the value of the period compared with, a result
                    found = (compared, "clause")
                    opened = low.rfind("(", 0, tok.start)
                    tok.status = status_of(low, opened, tok.start)
                    # ("tăng 10,2% so với ước thực hiện năm 2017 (5.900 tỷ đồng)": the estimate compared with)
                    if tok.status is None and _AN_ESTIMATE_COMPARED.search(
                        low, max(0, opened - 60), opened + 1
                    ):
                        tok.status = "estimate"
            if ", khi " in low[seg_start : tok.start]:
                # "… cao hơn 2,05 điểm phần trăm so với năm 2024, khi tỉnh chỉ đứng thứ 42/63": a clause on
                # "khi" after the period compared with tells of that period
                when = low.rfind(", khi ", seg_start, tok.start)
                then = [
                    pm
                    for pm in periods
                    if 0 <= when - pm.end <= 1 and _is_reference(pm, low, comparisons, s_start)
                ]
                if then and not has_no_year(then[-1].period) and not then[-1].period.same_span:
                    found = (then[-1].period, "clause")
            if found is None and "trên" in low and _THE_TOTAL_ABOVE.search(low, 0, tok.start):
                # "Trong tổng kim ngạch trên, xuất khẩu đạt …": the parts of the total given above, over its
                # period -- the last amount stated before, wherever its paragraph
                total = next(
                    (m for m in reversed(reading.mentions) if m.unit == ind.unit and m.end <= s_start),
                    None,
                )
                if total is not None:
                    found = (total.period, "previous_sentence")
            once = _ONCE.search(low, seg_start, tok.start) if "từng" in low else None
            if once is not None and not any(
                (pm.start < tok.start and ";" not in low[pm.end : tok.start])
                or (pm.start in owned and 0 <= pm.start - tok.end <= _OWNED_REACH)
                for pm in own
            ):
                # "địa phương từng đứng thứ 2": once, at a time the text does not give ("Năm 2023, tỉnh từng
                # xếp thứ 4/63", "từng xếp thứ 16 năm 2020" give it)
                found = None
            if (
                (
                    found is None
                    # ("Hiện toàn tỉnh có 79 xã …" after a sentence on 2019: now, not the year before; but
                    # "Đại hội … từ ngày 24/9 …. … có mặt 398/398 đại biểu": the day the text gave)
                    or (
                        found[1] not in ("clause", "sentence")
                        and found[0].kind not in ("dates", "range", "to_date")
                        and SAID_NOW.search(low, clause[0], tok.start)
                    )
                )
                and ind.stock
                and tok.status is None
                and ind.tense != "planned"
                and SAID_NOW.search(low)
            ):
                # "Hiện toàn tỉnh có 93 xã đạt chuẩn", "Các đại biểu thay mặt cho 65.000 đảng viên": a count
                # written with no period stands on the day reported -- the paragraph's, else the date line's.
                day = context.day_reported(same_paragraph=True)
                if doc_date is None and (
                    _NOW.search(low, 0, tok.start) or _SAID_TODAY.search(low, 0, tok.start)
                ):
                    # ("Đến nay, toàn tỉnh có 104 xã …" in a text with no date line: now is a day it does not
                    # give -- not the cut-off of another figure it gave, "tính đến ngày 30/11")
                    day = None
                if _BEFORE_AN_EVENT.search(low, clause[0], tok.start):
                    # ("Trước khi sắp xếp đơn vị hành chính cấp xã, toàn tỉnh có 116 xã …; sau sắp xếp, hiện
                    # …": the count before a change its clause does not date, not the day reported)
                    day = None
                found = (as_of_period(day), "reported_day") if day is not None else None
            if (
                found is not None
                and found[1] not in ("clause", "sentence")
                and not ind.stock
                and tok.status is None
                and _NOW_BEFORE.search(low, clause[0], tok.start)
            ):
                # "Quy mô GRDP của tỉnh hiện khoảng 30.000 tỷ đồng": a flow "now", over a span the text does
                # not tell (not the period the sentence before reported on)
                why = "a flow said of now ('hiện'): the text does not tell its period"
                hold(tok, "no_period", why, ind, value)
                continue
            if (
                found is not None
                and found[1] == "previous_sentence"
                and (trait := _TRAIT_OPENING.match(low)) is not None
                and trait.end() >= tok.end
                and _WHAT_WILL_BE.search(low, trait.end())
            ):
                # "Theo các chuyên gia, với tỷ trọng dịch vụ trên 50% và …, kinh tế Lạng Sơn sẽ nhạy cảm …": a
                # standing trait of the subject of a sentence on what will be, not a figure of the period
                # the sentence before reported on
                why = "a trait a sentence on what will be opens with: the text does not tell its period"
                hold(tok, "no_period", why, ind, value)
                continue
            if (
                found is not None
                and ind.yearly
                and found[0].kind == "range"
                and (
                    (
                        # (or its own sentence did, in a clause before a semicolon: "GRDP giai đoạn 2021 -
                        # 2025 tăng bình quân 7,1%; GRDP bình quân đầu người đạt 71,1 triệu đồng")
                        (
                            found[1] == "previous_sentence"
                            or (found[1] == "sentence" and low.rfind(";", 0, tok.start) > 0)
                        )
                        and doc_date is not None
                        and found[0].end.year in (doc_date.year, doc_date.year - 1)
                    )
                    or (
                        # (a yearly level a plan sets after a span's average in its clause: "… bình quân hằng
                        # năm thời kỳ 2021 - 2030 đạt 8 - 9%, GRDP bình quân đầu người đạt khoảng 150 triệu
                        # đồng": the span's last year)
                        tok.status == "target"
                        and ind.figure_measure == "level"
                        and (found[1] != "clause" or _AN_AVERAGE_BEFORE.search(low, clause[0], tok.start))
                    )
                )
            ):
                # "… ; bình quân giai đoạn 2021 - 2023 ước đạt 5,02%/năm. GRDP bình quân đầu người ước đạt
                # 59,8 triệu đồng": a yearly measure after a span the sentence before closed on is the year
                # reported, the span's last, not an average over it
                found = (year_period(found[0].end.year), found[1])
            if (
                found is not None
                and ind.yearly
                and found[1] not in ("clause", "sentence")
                and found[0].kind in _PART_OF_A_YEAR
                and (found[0].end.month, found[0].end.day) != (12, 31)
            ):
                # "Lạng Sơn hiện còn khoảng 13,4% hộ nghèo" under a title on nine months: a rate measured at
                # the year's end, which year's the text does not say
                why = "a yearly measure its context dates only to a part of a year"
                hold(tok, "no_period", why, ind, value)
                continue
            if (
                found is not None
                and found[1] != "clause"
                and tok.kind == "money"
                and ind.per is None
                and _PER_YEAR.match(low, tok.end)
            ):
                # "nguồn thu nội địa chỉ khoảng 4.000 tỷ đồng/năm": a yearly amount over a span its clause
                # does not name, not the year the sentence before was about
                found = None
            if (
                found is not None
                and found[1] != "clause"
                and found[0].kind != "range"  # (a plan's or a term's years: the average over them)
                and "năm" in low
                and (every := _EVERY_YEAR.search(low, clause[0], tok.start))
                and (
                    every.group().startswith("phấn đấu")
                    or not _AVERAGE_OVER_THEM.search(low, clause[0], tok.start)
                )
            ):
                # "Mỗi năm, tỉnh đón trên 2,5 triệu lượt khách du lịch", "mỗi năm tỉnh có thêm khoảng 300
                # doanh nghiệp": a usual year over years the text does not name
                found = None
            if found is not None and found[1] != "clause" and _YEARS_TO_COME_AFTER.match(low, tok.end):
                # "… tăng trưởng có thể đạt mức 9%/năm trong vài năm tới": years to come, unnamed
                found = None
            if tok.status not in ("target", "forecast") and (
                when := _WHEN_THEN.search(low, clause[0], tok.start)
            ):
                # "…, cải thiện rõ so với năm 2023 khi tỉnh chỉ tăng 4,98%": the year compared with, told in
                # the clause on it ("so với cùng kỳ năm 2023 khi chỉ tăng 4,2%": that year's same part)
                year = int(when["y"])
                if not when["same"]:
                    found = (year_period(year), "clause")
                elif found is not None and found[0].start.year == found[0].end.year:
                    found = (shift_years(found[0], year - found[0].end.year), "clause")
                else:
                    found = None
            if (
                found is not None
                and found[0].kind == "month"
                and _RUNNING_FROM_NEW_YEAR.search(
                    low, max(seg_start, low.rfind(",", 0, tok.start) + 1), tok.start
                )
            ):
                # "Trong tháng, toàn tỉnh có 86 doanh nghiệp thành lập mới; lũy kế từ đầu năm có 842 doanh
                # nghiệp": the months from January to the month the text reports on, never that month alone
                month = found[0]
                found = (months_from_january(month.start.year, month.start.month), found[1])
            if found is not None and found[0].kind != "dates" and _holiday_pointed_at(low, clause, tok):
                # "… dịp Tết từ ngày 8/2 đến 14/2 … . Doanh thu trong dịp lễ này đạt 62 tỷ đồng": the
                # holiday's days, where the sentence before gave them -- never the year it falls in
                found = None
            if (
                found is not None
                and ind.index in catalog.indices
                and found[0].kind in ("dates", "as_of")
                and found[0].start == found[0].end
                and (edition := _last_edition_named(low, 0, tok.start, ind.index, catalog)) is not None
            ):
                # "Tại lễ công bố PCI năm 2022 … sáng 11/4/2023, Lạng Sơn đạt 67,88 điểm": the day the index
                # was announced, not its period -- the edition the sentence names is
                found = (year_period(edition), "sentence")
            if noted_period is not None and (found is None or found[1] in _FRAMES_ABOVE):
                # "2 Trong đó: thu nội địa 10.830 tỷ đồng; …" under "… cả giai đoạn đạt 31.960 tỷ đồng2": a
                # note naming no period of its own is on the period of the value it notes
                found = (noted_period, "footnote")
            if found is None and ind.index is not None:
                # "Báo cáo PCI 2023 và Chỉ số Xanh cấp tỉnh (PGI) 2023 được VCCI công bố ngày 9/5 … .\n Lạng
                # Sơn chỉ đạt 17,33 điểm, xếp thứ 62/63": the one edition of the index the text told of before
                # (the last its own sentence named before the value: "ở lần công bố đầu tiên (PGI 2022), tỉnh
                # này xếp thứ 2")
                edition = _last_edition_named(low, clause[0], tok.start, ind.index, catalog)
                if (
                    edition is None
                    # (only where the sentence names no time at all, nor a part of the index, and names the
                    # province or the index: not "sau khi từng xếp thứ 15", "năm đó", "Kiểm soát tham nhũng
                    # … đứng thứ 6")
                    and not own
                    and _ANOTHER_TIME.search(low) is None
                    and (
                        _ABOUT_PROVINCE.search(low, 0, tok.start) is not None
                        or catalog.names_the_index(ind.index).search(low, 0, tok.start) is not None
                    )
                    and index_component(catalog).search(low, 0, tok.start) is None
                ):
                    edition = _the_one_edition_told_before(
                        context.text_low, s_start, ind.index, catalog, doc_date
                    )
                if edition is not None:
                    found = (year_period(edition), "paragraph_before")
            if (
                found is None
                and not _HOLIDAY_OR_EVENT_DAYS.search(low)
                and (after := _the_year_after_the_one_compared(tok, doc_date, "ước" in low)) is not None
            ):
                # "Lạng Sơn ước tăng 8,06%, cao hơn 2,05 điểm phần trăm so với năm 2024": a value compared
                # with a whole year, no span of its own named, is the next year's
                found = (after, "clause")
            if (
                found is None
                and tok.status == "target"
                and (
                    result := _the_result_measured_against(
                        tok, ind, low, reading.mentions[first_of_sentence:]
                    )
                )
            ):
                # "Thu ngân sách … ước đạt 7.318,5 tỷ đồng, bằng 80,6% dự toán Trung ương giao (9.080 tỷ
                # đồng)" under a lead on the half-year: the plan a result is measured against is its year's
                found = (year_period(result.period.end.year), result.period_source)
            if (
                found is None
                and ind.stock
                and ind.measure == "count"
                and ind.tense != "planned"
                and tok.status is None
                # (those at the meeting: not "Ngày 10/3, … lễ trao bằng công nhận cho 12 xã đạt chuẩn …")
                and _AT_A_MEETING.search(low) is not None
                and (
                    day := next(
                        (
                            pm.period
                            for pm in own
                            if pm.period.kind == "dates"
                            and pm.period.start == pm.period.end
                            and not has_no_year(pm.period)
                            and pm.end <= tok.start
                        ),
                        None,
                    )
                )
                is not None
                and (doc_date is None or day.start <= doc_date)
            ):
                # "Đại hội khai mạc sáng 25/9, có 398 đại biểu chính thức dự": a count at the meeting whose
                # day its sentence names, the date line giving the year
                found = (as_of_period(day.start), "clause")
            if (
                ind.event
                and (found is None or found[1] not in ("clause", "sentence"))
                and (day := _the_one_day_told(own, low)) is not None
            ):
                # "… sắp xếp 200 đơn vị hành chính cấp xã thành 65 xã, phường, giảm 135 đơn vị; kết thúc hoạt
                # động cấp huyện từ ngày 1/7/2025": a one-off change its sentence dates to one day, in
                # whichever clause -- the change's year, read below (not the half-year a report's lead is on)
                found = (day, "sentence")
            moved_in = (
                _year_the_other_moves_tell(low, clause[0], tok)
                # (its own words naming what moved: not "…, nông nghiệp giảm từ 8% xuống còn 4,8%" read as
                # the sector named before it)
                if found is None
                and any(
                    a >= max(clause[0], low.rfind(", ", 0, tok.start)) and i.id == ind.id
                    for a, _b, i in topics_of(tok.kind, low, catalog, topics)
                )
                else None
            )
            if moved_in is not None:
                # "… giảm từ 14,99% năm 2023 xuống còn 11,36% năm 2024; tỷ lệ hộ nghèo từ mức 6,03% của năm
                # 2023 đã hạ xuống còn 3,36%; …": a move whose years the sentence's other moves tell
                found = (
                    as_of_period(date(moved_in, 12, 31)) if ind.stock else year_period(moved_in),
                    "sentence",
                )
            if found is None:
                hold(tok, "no_period", "the text does not tell its period", ind, value)
                continue
            period, source = found
            if (
                ind.figure_measure == "share"
                and period.kind == "range"
                and source not in ("clause", "sentence")
            ):
                # "Giai đoạn 2006 - 2010, GDP của tỉnh tăng bình quân 10,45%/năm. Cơ cấu kinh tế chuyển dịch
                # đúng hướng: nông, lâm nghiệp chiếm 39,74%; …": a structure stands in one year, and which
                # year of the span before it, the text does not tell
                hold(
                    tok,
                    "no_period",
                    "a share under a span of years: of which year, the text does not tell",
                    ind,
                    value,
                )
                continue
            if (
                tok.status == "target"
                and period.kind == "year"
                and (sat := _A_MEETING_AT_YEARS_END.search(low, clause[0], tok.start)) is not None
                and int(sat["y"]) == period.start.year
                # (the meeting's year only: not "Tại kỳ họp cuối năm 2024, HĐND tỉnh điều chỉnh dự toán thu
                # ngân sách năm 2024 lên 10.500 tỷ đồng", a plan of the year it names)
                and sat["y"] not in low[: sat.start()] + " " + low[sat.end() :]
                and (
                    later := [
                        pm.period for pm in own if pm.period.kind == "year" and pm.period.start > period.end
                    ]
                )
            ):
                # "Tỉnh phấn đấu cả năm 2025 tăng trưởng GRDP từ 10% trở lên (Nghị quyết … tại kỳ họp cuối
                # năm 2024 đề ra mức 8% trở lên)": a plan a year-end meeting set is for the year the sentence
                # plans, not the year the meeting sat in (its estimates are that year's: "Tại kỳ họp cuối năm
                # 2016, thu … cả năm được ước đạt 5.900 tỷ đồng")
                period = later[0]
            if (
                period.kind == "year"
                and tok.kind == "money"
                # (a year the value's clause or sentence names is its own: "Năm 2024, thu ngân sách … đạt
                # 10.200 tỷ đồng, cao hơn so với nhiệm kỳ trước")
                and source not in ("clause", "sentence")
                and _AGAINST_THE_TERM_BEFORE.match(low, tok.end)
                # (a clause saying it is over the years reads them itself: "… 5 năm đạt 49.060 tỷ đồng")
                and not _OVER_THE_YEARS.search(low, clause[0], tok.start)
            ):
                # "… ước đạt 30.650 tỷ đồng, tăng 22,8% so với nhiệm kỳ trước": a total over a term, set
                # against the term before -- the term its sentence or its heading names, never a year
                heading = context.heading_period(line_of(s_start))
                term = next((pm.period for pm in own if pm.period.kind == "range"), None) or (
                    heading if heading is not None and heading.kind == "range" else None
                )
                if term is None:
                    hold(tok, "no_period", "a term's total whose term the text does not name", ind, value)
                    continue
                period, source = term, "heading"
            if (
                tok.status == "target"
                and tok.kind == "money"
                and source != "clause"
                and period.kind in ("months", "to_date", "half_year", "quarter")
                and period.start == date(period.start.year, 1, 1)
                and _A_PLAN_SET_AGAINST.search(low, max(clause[0], tok.start - 100), tok.start)
            ):
                # "Hai tháng, thu … đạt 2.947 tỷ đồng …; so với mức phấn đấu 15.500 tỷ đồng thì đạt 19%": the
                # plan a part of the year's result is measured against is the year's, not the months'
                period, source = year_period(period.start.year), "sentence"
            if period.kind == START_OF_SPAN:
                hold(tok, "no_period", "the start of a span, a day the text does not give", ind, value)
                continue
            if (
                period.kind == "range"
                and tok.listed_at is None
                and _ONE_AFTER_ANOTHER.search(low, clause[0], tok.start)
                and not _OVER_THE_SPAN.search(low, max(0, tok.start - 40), tok.start)
            ):
                # "Từ năm 2021 đến năm 2023, tỉnh lần lượt có 410, 450 và 480 doanh nghiệp thành lập mới": a
                # value of a list over the span's years no rule paired with its year -- never the span's own
                hold(tok, "no_period", "a value of a list over a span's years, its year unsaid", ind, value)
                continue
            if period.kind == "range" and (end := end_of_a_move(tok, low)) is not None:
                # "Giai đoạn 2016 - 2020, thu ngân sách tăng từ 5.200 tỷ đồng lên 8.000 tỷ đồng": levels where
                # the span began and ended, not its total -- the first the level of 2016 or of 2015, the year
                # before the plan: the text leaves it unsaid. "Từ năm 2021 đến năm 2023, kim ngạch tăng từ 512
                # triệu USD lên 655 triệu USD" says it, of a flow: each end its year.
                said = _SPAN_FROM_YEAR.search(low)
                if (
                    said is None
                    or ind.stock
                    or (int(said["a"]), int(said["b"])) != (period.start.year, period.end.year)
                ):
                    hold(tok, "no_period", "a level at a span's start or end, its year unsaid", ind, value)
                    continue
                period = year_period(period.start.year if end == "from" else period.end.year)
            elif (
                "từ " in low[max(0, tok.start - 60) : tok.start]
                and moved_in is None
                and end_of_a_move(tok, low) == "from"
                and not tok.status
                and not any(0 <= pm.start - tok.end <= 25 for pm in periods)
            ):
                # "Năm 2023, thu ngân sách tăng từ 8.200 tỷ đồng lên 9.100 tỷ đồng": where it rose from, the
                # year before's level or the year's first -- unsaid (not "từ 44,2 triệu đồng năm 2020 lên …")
                hold(tok, "no_period", "the level a move started from, its period unsaid", ind, value)
                continue
            elif (
                period.kind == "year"
                and (
                    started := _FROM_A_YEARS_LEVEL_TO.search(low, max(clause[0], tok.start - 120), tok.start)
                )
                is not None
                and int(started["y"]) == period.start.year
            ):
                # "tăng từ 44,2 triệu đồng (1.917 USD) năm 2020 lên mức dự kiến 71,1 triệu đồng (khoảng 2.900
                # USD) vào năm 2025": where the move ended is the year after it, never the start's year
                if (ended := _ITS_YEAR_AFTER.match(low, tok.end)) is None:
                    hold(
                        tok,
                        "no_period",
                        "the level a move ended at, the year told the one it started from",
                        ind,
                        value,
                    )
                    continue
                y = int(ended["y"])
                period = as_of_period(date(y, 12, 31)) if ind.stock else year_period(y)
            elif _A_YEAR_THEN_ITS_MOVE.search(low, max(clause[0], tok.start - 80), tok.start) and not any(
                0 <= pm.start - tok.end <= 25 for pm in periods
            ):
                # "tỷ lệ hộ nghèo năm 2023 từ 6,03% giảm xuống còn 3,36%": the year the move started from,
                # where it went by when -- unsaid
                hold(
                    tok,
                    "no_period",
                    "the level a move ended at, the year told the one it started from",
                    ind,
                    value,
                )
                continue
            if period.kind == UNPLACED:
                why = "a period relative to another (the date line's or one named) the text does not place"
                hold(tok, "no_period", why, ind, value)
                continue
            if (
                ind.stock
                and period.kind == "range"
                and (said := _SPAN_FROM_YEAR.search(low)) is not None
                and (int(said["a"]), int(said["b"])) == (period.start.year, period.end.year)
            ):
                # "Từ năm 2021 đến hết năm 2024, tỷ lệ hộ nghèo giảm còn 6,1%": where the span ended
                period = as_of_period(date(period.end.year, 12, 31))
            if ind.stock and period.kind == "range":
                # A count stands at a date, never over a term: "Đại hội … nhiệm kỳ 2025 - 2030" above "398
                # đại biểu, thay mặt 71.245 đảng viên" is the count on the day reported, unless a plan -- in
                # its own clause too ("Đại hội …, nhiệm kỳ 2020 - 2025 khai mạc với … 350 đại biểu")
                day = context.day_reported()
                # (an estimate too, of which day the text does not say; not a count "chính thức": official)
                planned = ind.tense == "planned" or (tok.status or status_of(low, 0, tok.start)) in (
                    "target",
                    "forecast",
                    "estimate",
                )
                # (a day before the span's end: "giai đoạn 2016 - 2020 … còn 9,3%" in a report of 2025 is no
                # count of the day it was written)
                within = day is not None and (day.year <= period.end.year or _NOW.search(low) is not None)
                if _BEFORE_AN_EVENT.search(low, 0, tok.start):
                    # "Trước khi sắp xếp đơn vị hành chính cấp xã, toàn tỉnh có 116 xã đạt chuẩn …": the count
                    # before a change the sentence does not date, not the count of the day reported
                    hold(tok, "no_period", "a count before an event the text does not date", ind, value)
                    continue
                if within and not planned and not context.heading_plan(line_of(s_start)):
                    period, source = as_of_period(day), "reported_day"
                else:
                    # "giai đoạn 2021 - 2025 …, tỷ lệ hộ nghèo theo chuẩn mới dự kiến tăng lên khoảng 20%": a
                    # stock stands at a date, and which date in the span the text does not tell
                    why = "a stock over a span of years: at which date, the text does not tell"
                    hold(tok, "no_period", why, ind, value)
                    continue
            if tok.undecided and period.kind != "year":
                # "Dự kiến có 15/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch" under a term's years: the term's
                # targets; under a part of a year, targets of which plan the text does not tell
                twin = catalog.by_id(ind.over_years) if period.kind == "range" else None
                if twin is None:
                    hold(tok, "no_period", "a span that is neither a year nor a plan's term", ind, value)
                    continue
                ind = twin
            if ind.event and period.kind in ("dates", "as_of") and period.start == period.end:
                if (
                    period.yearless
                    and doc_date is not None
                    and ((ahead := shift_years(period, 1)).start - doc_date).days
                    < (doc_date - period.start).days
                ):
                    # ("Lạng Sơn giảm 7 xã, còn 193 đơn vị hành chính cấp xã từ ngày 1/12" of 2 November 2024:
                    # a change's day written without its year is the nearer one, here the coming 1 December)
                    period = as_of_period(ahead.start)
                if doc_date is not None and period.start > doc_date:
                    # ("Nghị quyết có hiệu lực từ ngày 1/7/2025 …, giảm 128 đơn vị" on 10 June: not done yet)
                    hold(tok, "no_period", "a change that takes effect after the document's date", ind, value)
                    continue
                # "đợt sắp xếp có hiệu lực từ ngày 1/12/2024 giảm 7 xã": a change made on a day, of its year
                period = year_period(period.start.year)
            if ind.per_term and (term := term_closed_by(period)) is not None:
                # "Ước đến hết năm 2020, có 21/25 chỉ tiêu chủ yếu của Nghị quyết Đại hội XVI đạt và vượt":
                # the term's targets, counted at its close
                period = term
            elif ind.per_term and period.kind in ("as_of", "dates") and period.end.year % 5 == 0:
                # "Trong 22 chỉ tiêu mà Nghị quyết Đại hội XVI đề ra, đến nay tỉnh có 19 chỉ tiêu đạt và vượt"
                # in August 2020: the closing term's targets, counted before its close
                period = range_period(period.end.year - 4, period.end.year)
            elif (
                ind.per_term
                and period.kind == "year"
                and _THE_YEARS_COUNT.search(low, clause[0], tok.start)
                and (annual := next((i for i in catalog.indicators if i.over_years == ind.id), None))
            ):
                # "Bước vào năm thứ hai triển khai … kế hoạch 5 năm 2016 - 2020, …; cả năm có 16/18 chỉ
                # tiêu đạt và vượt kế hoạch": the year's targets, its clause says, whatever the sentence said
                # of the term
                ind = annual
            elif ind.per_term and period.kind == "year":
                # ("Năm 2023 có 18/22 chỉ tiêu … đạt và vượt kế hoạch; đến nay 15/24 chỉ tiêu chủ yếu của Nghị
                # quyết Đại hội XVII …": a term's count read with a year inside the term is no count of it)
                hold(tok, "no_period", "a term's targets read with a year that closes no term", ind, value)
                continue
            if (
                period.kind in _PART_OF_A_YEAR
                and period.start.year == period.end.year
                and _ANNUAL_PLAN_LEVEL.search(low, max(0, tok.start - 160), tok.start)
            ):
                # "9 tháng … mới bằng 70,5% kế hoạch năm (4.200 triệu USD)", "… bằng 69,2% dự toán Trung ương
                # giao (3.160 tỷ đồng)": the plan a part of the year is measured against is the year's
                period = year_period(period.start.year)
            if (
                tok.kind == "rank"
                and ind.index is not None  # (an index's editions: not a year's growth rank revised)
                and period.kind == "year"
                and _A_RANK_LEFT.search(low, max(0, tok.start - 12), tok.start)
                and _A_RANK_MOVE_AFTER.match(low, tok.end)
            ):
                # "chỉ số PGI của Lạng Sơn đã vươn từ thứ hạng 62 lên 31" in a text on PGI 2024: the rank
                # left, no year of its own written, is the edition before
                period = year_period(period.start.year - 1)
            if (
                period.kind == "as_of"
                and (period.end.month, period.end.day) == (1, 1)
                and not period.now
                and not ind.stock
                and ind.figure_measure in ("level", "count")
                and tok.status not in ("target", "forecast")
                and _THE_YEARS_START.search(low, max(0, tok.start - 160), tok.start)
            ):
                # "Đầu năm 2025, toàn tỉnh đã thu ngân sách được 900 tỷ đồng": a flow's result in the year's
                # first weeks -- from January to which day, the text does not say
                hold(
                    tok,
                    "no_period",
                    "a flow's total early in a year, to a day the text does not tell",
                    ind,
                    value,
                )
                continue
            period, aggregate = period_aggregate(period, ind, low, seg_start, tok, doc_date)
            status = tok.status or ("target" if ind.tense == "planned" else "actual")
            if (
                status in ("target", "forecast")
                and period.kind in ("year", "as_of")
                and (started := _A_MOVES_START_ITS_YEAR.match(low, tok.end)) is not None
                and int(started["y"]) == period.end.year
                and "từ " in low[max(0, tok.start - 12) : tok.start]
                and (doc_date is None or period.start <= doc_date)
            ):
                # "GRDP bình quân đầu người dự kiến tăng từ 44,2 triệu đồng năm 2020 lên 71,1 triệu đồng năm
                # 2025": the plan's or forecast's word is of where the move ends; where it starts, a year
                # over, is that year's result (its estimate, the year under way: "… tăng từ 71,1 triệu đồng
                # năm 2025 lên 120 triệu đồng năm 2030" of October 2025; a rate at its end, "giảm từ 12,5% năm
                # 2021")
                status = (
                    "actual"
                    if doc_date is None or period.end < doc_date
                    else "estimate"
                    if doc_date.month >= A_YEARS_LAST_QUARTER
                    else status
                )
            if (
                status == "target"
                and doc_date is not None
                and not doc_date_inferred
                and period.end.year < doc_date.year
                and _A_LEVEL_COMPARED_WITH.search(low, max(0, tok.start - 30), tok.start)
                # (its year written right after it: not "thấp hơn mức 8% mà Nghị quyết HĐND tỉnh đề ra")
                and any(0 <= pm.start - tok.end <= 16 for pm in own)
            ):
                # "đặt mục tiêu tăng trưởng GRDP 10,5%, cao hơn nhiều so với mức 6,27% đạt được năm 2024": the
                # level of a year over that a plan is set against is that year's result, no plan
                status = "actual"
            if ind.tense == "planned" and status == "forecast":
                # a count the catalog holds as a plan is the plan's, however its plan is worded ("Phương án
                # … dự kiến giảm 130 đơn vị"): what the plan puts forward, not a forecast of what will happen
                status = "target"
            if (
                plan is not None
                and plan_said is None
                and plan_above is None  # (a table's cells: etl/extract.py's _under_plan reads them)
                and status == plan
                and doc_date is not None
                and not doc_date_inferred
                and period.end < doc_date
                and status_of(low, 0, tok.start) is None
                and not _within(period, context.heading_period(line_of(s_start)))
            ):
                # a plan's heading or lead-in does not reach a figure of a period over by the document's date
                # outside the period it plans ("III. KẾ HOẠCH NĂM 2025 / Năm 2024 thu ngân sách đạt 12.000 tỷ
                # đồng"), though it does its own ("KỊCH BẢN TĂNG TRƯỞNG NĂM 2024 / GRDP quý I/2024 tăng 5,8%")
                status = "actual"
            if (
                status in ("target", "forecast")
                and period.yearless
                # (not a whole year a results sentence reads as the year just ended: so is its plan -- "Tăng
                # trưởng cả năm ước đạt 7,06%, thấp hơn kế hoạch 8%" of January 2017, etl/periods.py)
                and (period.kind != "year" or plan_status(low))
                and doc_date is not None
                and period.end.year == doc_date.year - 1
                and period.end < doc_date
                and shift_years(period, 1).start <= doc_date < shift_years(period, 1).end
            ):
                # "quý II phải đạt 9,6%, cả 6 tháng đạt khoảng 8,9%" in April: a plan's "6 tháng" is this
                # year's half still to come, not the last half-year done (etl/periods.py reads a result's)
                period = shift_years(period, 1)
            if (
                tok.start in conditioned
                and doc_date is not None
                and not doc_date_inferred
                and period.end < doc_date
            ):
                # "Nếu không có những biến động bất thường …, kim ngạch năm 2024 có thể đạt 6 tỷ USD" in
                # January 2025: of a period over, what a condition would have led to, no forecast
                hold(tok, "condition", "a value a condition would have led to, for a period over", ind, value)
                continue
            fallen_to = period.kind == "as_of" and _FALLEN_TO.search(low, 0, tok.start) is not None
            if status == "actual" and stock_closing_at_report(period, doc_date, fallen_to):
                # "đến cuối năm 2024 còn 3,36%" in a report of late December: the year's closing figure,
                # estimated a few days before the year closes
                status = "estimate"
            elif (
                status == "actual"
                and doc_date is not None
                and not doc_date_inferred
                and period.start <= doc_date < period.end
                # (not an index's edition: "PCI năm 2023", "PAR Index năm 2024" score a year, published later)
                and ind.index is None
            ):
                # "Năm 2019, GRDP tăng 7,1%" in a report of 5 December 2019: a period not over on the day the
                # document is dated can only have been estimated, whatever its words (a date known only to its
                # month or year cannot tell) -- unless what it counts is said done ("Trong năm 2024, các cơ
                # quan tố tụng đã khởi tố 15 vụ án"): a count of what was done, the year's as reports give it
                done = _DONE.search(low, low.rfind(";", 0, tok.start) + 1, tok.start)
                # (in a report of the period's last weeks: mid-year, "đã thành lập 260 doanh nghiệp" is no
                # year's count)
                # (the last twelfth of the span: a year's last month, a term's last five)
                closing = (period.end - doc_date).days <= max(
                    _CLOSING_WEEKS * 7, (period.end - period.start).days // 12
                )
                # (nor a one-off change, counted when it took effect: "Tính chung 5 năm 2021 - 2025, toàn tỉnh
                # giảm tổng cộng 135 đơn vị hành chính cấp xã" in December 2025)
                if not ((ind.measure == "count" and done and closing) or ind.event):
                    status = "estimate"
            elif status == "actual" and doc_date is not None and period.start > doc_date:
                # A period still to come: a plan or a forecast if the sentence says so anywhere before, or the
                # headings and title it stands under ("Các chỉ tiêu chủ yếu năm 2025", "Kế hoạch …").
                status = (
                    status_of(low, 0, tok.start)
                    or status_of(context.heading_and_title(line_of(s_start)))
                    # "Về mục tiêu, chỉ tiêu năm 2021, các đại biểu thống nhất … tăng trưởng GRDP từ 7-7,5%.
                    # Tổng thu ngân sách … trên 5.800 tỷ đồng, …": the plan's list goes on in the sentence
                    # after, whose year it takes
                    or (
                        status_of(before_low)
                        if source == "previous_sentence" and before_low is not None
                        else None
                    )
                    # "Trong nhiệm kỳ 2020 - 2025, Đảng bộ tỉnh xác định tốc độ tăng trưởng GRDP bình quân từ
                    # 8%/năm trở lên": what a body sets itself for a period to come (a word that tells a plan
                    # only of such a period: "xác định" of a year gone by is a finding)
                    or ("target" if _SETS_ITSELF.search(low, 0, tok.start) else None)
                    or "actual"
                )
                if status not in ("target", "forecast"):
                    status = "actual"
            if (
                status == "actual"
                and doc_date is not None
                and period.start > doc_date
                and not (stock_closing_at_report(period, doc_date, fallen_to))
            ):
                hold(
                    tok,
                    "future_period",
                    "a period after the document's date, with no word of plan or forecast",
                    ind,
                    value,
                )
                continue
            if (
                ind.measure == "count"
                and period.kind == "range"
                and doc_date is not None
                and period.end.year > doc_date.year
                and status not in ("target", "forecast")
                and _MET_SO_FAR.search(low, clause[0], tok.end + 40)
            ):
                # "Trong 24 chỉ tiêu …, có 11 chỉ tiêu đã đạt và vượt mục tiêu của cả nhiệm kỳ" (a mid-term
                # review of 2023): a count part-way through the term, not the term's result
                hold(tok, "no_period", "a count part-way through its span, before the span ends", ind, value)
                continue
            if ind.figure_measure == "growth" and _against_another_month(tok, period, low):
                why = "growth against another month or quarter (the catalog's rates are year on year)"
                hold(tok, "not_in_catalog", why, ind, value)
                continue
            if (
                ind.growth_of is not None
                and "giá" in low
                and _at_current_prices(low, tok)
                # (not the growth rate named: "GRDP theo giá hiện hành đạt 45.000 tỷ đồng, tăng trưởng 7%")
                and not _GROWTH_NAMED_BEFORE.search(low, max(0, tok.start - 30), tok.start)
            ):
                # "Quy mô GRDP năm 2023 (giá hiện hành) tăng 12% so với năm 2022": the size's change at
                # current prices, not the growth rate (which is at constant prices)
                hold(tok, "not_in_catalog", f"a change at current prices, not {ind.id}", ind, value)
                continue
            if ind.figure_measure == "growth" and period.start == period.end:
                # "chậm nhất ngày 15/4/2026 …, bảo đảm tăng trưởng các quý còn lại bình quân trên 10,5%": a
                # day is no span a rate grows over -- the rate's own period the text does not tell
                hold(tok, "no_period", "a day, no span a rate grows over", ind, value)
                continue
            if ind.figure_measure == "growth":
                if tok.index:
                    value = round(value - 100, 6)
                elif tok.negative or negative_before(low, tok.start):
                    value = -value
                elif negative_after(low, tok.end):
                    if rise_said_before(low, tok.start):
                        # "ước tăng trưởng 5,1% ↓": a rise in words, a fall's mark after -- a trend's mark or
                        # the sign, the text does not settle
                        hold(tok, "not_in_catalog", "a rise in words and a fall's mark after it", ind, value)
                        continue
                    value = -value
            bound = bound_before(low, tok.start)
            if bound is None and tok.listed_at is not None and (first := DIGIT.search(low, tok.listed_at)):
                bound = bound_before(low, first.start())  # "lần lượt khoảng 18%; 22%; …": each is approximate
            rank_of = tok.rank_of
            if tok.kind == "rank" and rank_of is None and ind.national_total and not ind.regional:
                rank_of = 34 if period.end >= PROVINCES_MERGED else ind.national_total
            if (
                ind.plausible_min is not None
                and 0 < value < ind.plausible_min <= value * 1000
                and _ENGLISH_THOUSANDS.fullmatch(tok.text.split()[0])
            ):
                # "GRDP theo giá hiện hành là 32,435 tỷ đồng" in a text writing "5,7%": thousands grouped the
                # English way, which only the size of the province's figure tells
                value = as_written(value * 1000)
            if (
                ind.figure_measure == "share"
                and tok.listed_at is None
                and _TWO_SECTORS_TOGETHER.search(low, max(clause[0], tok.start - 90), tok.start)
            ):
                # "Công nghiệp và dịch vụ chiếm 80,9% cơ cấu kinh tế": two sectors' share together, no one
                # sector's (not a list, "… công nghiệp - xây dựng và dịch vụ lần lượt là …", read as one)
                hold(tok, "not_in_catalog", "the share of two sectors together", ind, value)
                continue
            if tok.kind == "percent" and _A_CONTRIBUTION.search(low, max(0, tok.start - 24), tok.start):
                # "…, đóng góp 6,47% vào tăng trưởng chung": a share of the whole's growth, no rate of its own
                hold(tok, "not_in_catalog", "a contribution to growth, not a rate of its own", ind, value)
                continue
            if (
                tok.kind in ("rank", "score")
                and ind.index in catalog.indices
                and not _names_its_index(low, ind, catalog)
                and tok.listed_at is None  # (a "lần lượt" list's values take its subjects in order)
            ):
                # an index's rank or points whose index the sentence does not name, read from the title or
                # the sentence before: not a field's ("Về cải cách chế độ công vụ, tỉnh đạt 8,35 điểm, xếp
                # thứ 11"), nor where the sentence before named two ("… PAR Index … Chỉ số SIPAS 2023. Theo
                # đó, Lạng Sơn đạt 82,54 điểm, xếp thứ 25/63": which index's, the text does not say)
                if _A_FIELD_OF_THE_INDEX.search(low, clause[0], tok.start):
                    hold(tok, "not_in_catalog", f"a field's rank or points, not {ind.id}'s", ind, value)
                    continue
                this_one = (
                    _the_index_named_last(before_low or "", catalog) if _THIS_RANKING.search(low) else None
                )
                if this_one is not None and not this_one.held:
                    # ("Cùng với PCI, Bộ … công bố Chỉ số đổi mới sáng tạo cấp địa phương (PII). Trên bảng
                    # xếp hạng này, …": an index the catalog does not hold)
                    hold(
                        tok, "not_in_catalog", f"a rank or points of {this_one.id}, not {ind.id}", ind, value
                    )
                    continue
                if this_one is not None:
                    # "… giới thiệu, công bố Chỉ số Xanh cấp tỉnh (PGI). Trên bảng xếp hạng này, Lạng Sơn xếp
                    # thứ 2": this ranking is the one the sentence before named last
                    ind = next(
                        (
                            i
                            for i in catalog.indicators
                            if i.index == this_one.id and i.figure_measure == ind.figure_measure
                        ),
                        ind,
                    )
                elif _names_another_index(past_an_index_beside(before_low or ""), ind.index, catalog):
                    why = f"{ind.id}, or another index the sentence before names"
                    hold(tok, "not_in_catalog", why, ind, value)
                    continue
            most = catalog.indices[ind.index].scale if ind.index in catalog.indices else None
            if tok.kind == "score" and tok.scale is not None and most is not None and tok.scale != most:
                # "Phần điều tra xã hội học, tỉnh đạt 28,9/33,5 điểm", "48,25/62 điểm": a part's points out of
                # its own most, not the index's
                hold(tok, "not_in_catalog", f"points out of a part's own most, not {ind.id}'s", ind, value)
                continue
            if ind.measure != tok.kind and not (
                value < 100
                and (
                    _ITS_RANK_AFTER.match(low, tok.end)
                    or _ITS_RANK_BEFORE.search(low, max(0, tok.start - 40), tok.start)
                )
                # (nor where the sentence, or the one before, names another index: "… PAPI 2025 cũng được công
                # bố …; Lạng Sơn đạt 45,12 điểm, xếp thứ 9/34" in an article on PAR Index)
                and not _names_another_index(low, ind.index, catalog)
                and not _names_another_index(before_low or "", ind.index, catalog)
                # (nor a field's: "Về cải cách chế độ công vụ, tỉnh đạt 8,35 điểm, xếp thứ 11")
                and not _A_FIELD_OF_THE_INDEX.search(low, clause[0], tok.start)
            ):
                # points written for PAR Index's per cent (catalog also_read_as) only as the result beside the
                # index's rank ("Lạng Sơn đạt 77,25 điểm, xếp thứ 26/63", "xếp thứ 26 với điểm số 79,21/100
                # điểm"): a PAR article's other points are its fields' and its parts'
                hold(
                    tok, "not_in_catalog", f"points not told as {ind.id}'s result beside its rank", ind, value
                )
                continue
            if (
                ind.index is not None
                and ind.figure_measure in ("rank", "score")
                and _AN_INDEXS_PARTS_LISTED.search(context.list_lead_in(line_of(s_start)))
            ):
                # "Kết quả từng chỉ số nội dung của tỉnh như sau:" over "1. Công khai, minh bạch: 5,48 điểm,
                # hạng 29/63": the index's parts, one by one -- none of them the index's own score or rank
                hold(tok, "not_in_catalog", f"a part of the index listed, not {ind.id}", ind, value)
                continue
            if (
                (tok.kind == "rank" and (value < 1 or (rank_of and value > rank_of)))
                or (catalog.unit(ind).kind == "rate" and abs(value) > MAX_PERCENT)
                or (ind.plausible_min is not None and 0 < value < ind.plausible_min)
                or (ind.plausible_max is not None and value > ind.plausible_max)
            ):
                why = f"{value:g} is out of range for {ind.id}" + (f" (out of {rank_of})" if rank_of else "")
                hold(tok, "out_of_range", why, ind, value)
                continue
            # (a plan's or a forecast's comparison defines no earlier figure; nor does a Tết holiday's days
            # against "cùng kỳ": last year's holiday fell on other days)
            keeps_comparison = status not in ("target", "forecast") and not (
                period.kind == "dates" and _LUNAR_NEW_YEAR.search(low)
            )
            reading.mentions.append(
                Mention(
                    indicator_id=ind.id,
                    value=value,
                    unit=ind.unit,
                    value_text=sentence[tok.start : tok.end],
                    start=s_start + tok.start,
                    end=s_start + tok.end,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    period=period,
                    rank_of=rank_of,
                    qualifier=bound[0] if bound else ("trở lên" if at_least_after(low, tok.end) else None),
                    comparison=tok.comparison if keeps_comparison else None,
                    also_compared=tuple(tok.also_compared) if keeps_comparison else (),
                    measure=ind.figure_measure,
                    reference=(tok.reference or (tok.comparison.reference if tok.comparison else None))
                    if ind.figure_measure == "growth"
                    else None,
                    status=status,
                    price_basis=(price_basis(low[clause[0] : clause[1]]) or basis)
                    if ind.price_basis_applies
                    else None,
                    # ("từ thứ 10 trở lên": the 10th or better, a rank at most 10)
                    bound=bound[1]
                    if bound
                    else (
                        ("at_most" if tok.kind == "rank" else "at_least")
                        if at_least_after(low, tok.end)
                        else None
                    ),
                    period_aggregate=aggregate,
                    period_source=source,
                )
            )
        whole_before = {m.indicator_id for m in reading.mentions[first_of_sentence:]}
        held_whole_before = {i: h for i, h in held_wholes.items() if i not in whole_before}
        # the total the sentence ended on: "… tháng 5 ước đạt 712,4 tỷ đồng; lũy kế 5 tháng ước đạt 3.305,6
        # tỷ đồng. Trong đó, thu nội địa …" gives its parts, over its period -- not a part singled out
        # ("…; riêng tháng 9 ước thu 780 tỷ đồng")
        whole_figure_before = next(
            (
                m
                for m in reversed(reading.mentions[first_of_sentence:])
                if "riêng" not in low[_clause(low, m.start - s_start)[0] : m.start - s_start]
                # (not the plan a result was measured against: "… ước đạt 4.962 tỷ đồng, đạt 71,4% dự toán
                # giao (6.950 tỷ đồng). Trong đó, thu nội địa …" gives the result's parts)
                and not (
                    m.status == "target"
                    and any(
                        o.status != "target" and o.indicator_id == m.indicator_id
                        for o in reading.mentions[first_of_sentence:]
                    )
                )
            ),
            None,
        )
        said = [*reading.mentions[first_of_sentence:], *reading.held[first_held_of_sentence:]]
        last = max(said, key=lambda x: x.start, default=None)
        last_said_before = last if isinstance(last, Mention) else None
        whole_line = line_of(s_start)
    reading.mentions = _drop_restated(reading.mentions, _lead_span(text), title_span(text)[0])
    return reading


# a group of thousands after a digit and a space ("2.710 000"): the tail of a number a space split
_A_GROUP_SPLIT_OFF = re.compile(r"\d 0\d\d(?![\d.,])")


def _lead_span(text: str) -> tuple[int, int] | None:
    """Where the lead paragraph (the press's summary under its title) starts and ends in `text`, if it has
    one."""
    lead = lead_paragraph(text)
    at = text.find(lead) if lead else -1
    return (at, at + len(lead)) if at > 0 else None


# A plan a result of part of a year is measured against, named as the year's: "kế hoạch năm", "mục tiêu cả
# năm", and a budget estimate, which is annual ("dự toán Trung ương giao"; not "kịch bản quý I")
# in brackets after the result's ratio to it: "bằng 70,5% kế hoạch năm (4.200 triệu USD)"
_ANNUAL_PLAN_LEVEL = compile_lowered(
    # (a target or an aim named by who set it is the year's too: "bằng 31% chỉ tiêu Bộ Tài chính giao (9.600
    # tỷ đồng), đạt 19% so với mức phấn đấu (15.500 tỷ đồng)")
    r"(?:\d\s*%|so với)\s+(?:của\s+)?(?:(?:kế hoạch|mục tiêu|chỉ tiêu)(?: cả)? năm\b(?! \d)|dự toán\b"
    r"|(?:chỉ tiêu|mục tiêu|mức phấn đấu|mức(?= [^()]{0,40}\bphấn đấu\b))\b)"
    rf"(?! quý| tháng| 6 tháng| \d)(?: [^\s()]+){{0,6}}?(?: {PLAN_DOCUMENT})?\s*\(\s*"
    # (the bracket may name the plan again: "bằng 59,8% kế hoạch năm (kế hoạch tỉnh giao 5,3 tỷ USD)")
    r"(?:(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)\b[^()\d]{0,30})?$"
    # or right before it: "6 tháng cuối năm …; thu ngân sách phải hoàn thành dự toán 5.480 tỷ đồng"
    r"|\bdự toán(?: cả năm| năm| được giao| giao)?\s*(?::|là)?\s*$"
    # ("… phải phấn đấu thu ngân sách vượt dự toán, đạt 6.000 tỷ đồng trở lên": the year's, past its budget)
    r"|\b(?:vượt|hoàn thành) dự toán(?: năm| được giao| giao)?,?\s+(?:đạt|lên)\s+(?:mức\s+)?$"
    # or named the year's right before it: "5.690 tỷ đồng (KH năm: 8.090 tỷ đồng)", "kế hoạch cả năm là …"
    # (a growth's too: "GRDP 9 tháng ↑ 6,9% (KH năm ↑ 8,5%)", "mục tiêu cả năm tăng 8,5%")
    rf"|\b(?:kế hoạch|kh|mục tiêu|chỉ tiêu)(?: cả)? năm\s*(?::|là)?\s*(?:tăng (?:trưởng )?|{CHANGE_MARK})?$"
)
# (not one naming a part of the year or a result: "(dự toán quý I/2025 là …)", "(dự toán 6 tháng …)")
_IN_A_BRACKET_OF_ESTIMATES = compile_lowered(
    r"\(\s*dự toán\b(?:(?!\b(?:tháng|quý|cùng kỳ|đạt|thực hiện|ước)\b)[^();])*$"
)
_PART_OF_A_YEAR = ("months", "half_year", "quarter", "month", "to_date", "as_of")


# "Trong thu nội địa, …": an opening naming the whole what follows is a part of (not a period, not "trong đó")
_WITHIN_A_WHOLE = compile_lowered(
    r"^\s*trong (?:tổng )?(?!đó\b|năm\b|tháng\b|quý\b|giai đoạn\b|kỳ\b|nhiệm kỳ\b)"
    # the whole may carry its period ("Trong tổng mức bán lẻ 5 tháng, …", "Trong tổng thu năm 2019, …")
    r"(?:[^,;:\d]|\d{1,2}(?= tháng\b)|(?<=năm )\d{4}){3,40},"
)


# "trong tổng kim ngạch trên", "trong số thu nói trên": what follows is a part of the total stated above
_THE_TOTAL_ABOVE = compile_lowered(
    r"\btrong (?:tổng )?(?:số thu |kim ngạch |số |tổng số )?(?:nói |kể )?trên\b"
)


# A footnote glued to a value ("7,1%[1]", "7,1%(1)") and the line that gives it ("[1] Năm 2021 tăng …").
# (after a rate per year too: "7,1%/năm[1]", "7,1% mỗi năm[1]")
# (past the plan an aside sets beside it: "… ước đạt 7,05%/năm (mục tiêu Nghị quyết: 8%/năm)[1]")
_FOOTNOTE_MARK = re.compile(
    r"(?:/\s?năm| (?:mỗi|một|hằng|hàng) năm)?(?: \((?:mục tiêu|kế hoạch|chỉ tiêu)\b[^()\[\]]{0,60}\))?"
    r"\s?[\[(](\d{1,2})[\])]"
)
# a year's rate in a list of years ("năm 2021 đạt 5,35%", "ước năm 2025 đạt 8,06%")
_A_YEARS_RATE = compile_lowered(r"\bnăm (?:19|20)\d\d\s*(?:đạt|là|:)?\s*(?:khoảng |gần |hơn |trên )?$")
_FOOTNOTE_LINE = re.compile(r"^\s*[\[(](\d{1,2})[\])]\s")
# … or as a superscript ("4,68%¹" over "¹ Năm 2016 tăng 4,06%; …"), read in the text as written
_SUPERSCRIPT_MARK = re.compile(r"(?:/\s?năm| (?:mỗi|một|hằng|hàng) năm)?([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)")
_SUPERSCRIPT_LINE = re.compile(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]?)\s")
# (a note on what its value counts in: "2 Bao gồm 1.050 tỷ đồng ghi thu tiền sử dụng đất …")
_A_NOTE_ON_WHAT_IT_HOLDS = compile_lowered(r"\s*(?:bao gồm|gồm cả|đã bao gồm|kể cả|tính cả)\b(?!\s*:)")
# … or as a plain number glued to the word before it ("31.960 tỷ đồng2", "4,71%/năm1") over a line opening on
# it ("2 Trong đó: …")
_GLUED_MARK = re.compile(r"(?:/\s?năm)?(?<=[^\W\d_])(\d{1,2})(?![\d%]|[.,]\d)")
_GLUED_NOTE_LINE = re.compile(r"^\s*(\d{1,2}) (?=[A-ZĐÂĂÊÔƠƯ][^\W\d_])")
# (the frames a note's own period comes before: its own clause and sentence name none)
_FRAMES_ABOVE = ("paragraph", "paragraph_before", "heading", "title", "lead", "date_line")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _only_a_part_held_at(at: int, reading: Reading, catalog: Catalog) -> bool:
    """Whether the sentence at `at` published nothing and held an amount as a part of a catalog's whole."""
    if any(m.sentence_start <= at < m.sentence_end for m in reading.mentions):
        return False
    return any(
        h.sentence_start <= at < h.sentence_end
        and h.detail.startswith("a part of")
        and h.indicator_id is not None
        and catalog.by_id(h.indicator_id).measure == "money"
        for h in reading.held
    )


@lru_cache(maxsize=32)
def _a_marker_set(number: str) -> re.Pattern:
    """A footnote's marker set in the text, glued to what it notes ("7,1%[1]", "năm 2025(1)")."""
    return re.compile(rf"[^\s(\[][\[(]{number}[\])]")


# The provinces merged on 1 July 2025: a national rank for a period ending after it is out of 34.
PROVINCES_MERGED = date(2025, 7, 1)


_ABOUT_PROVINCE = compile_lowered(r"lạng sơn|\btoàn tỉnh\b|\bcủa tỉnh\b|\btỉnh\b")


@lru_cache(maxsize=64)
def _about_province(low: str) -> bool:
    """Whether the sentence speaks of the province: once per sentence, not once per value held."""
    return quick(_ABOUT_PROVINCE).search(low) is not None


def _owns_a_past_period(tok: Token, own: list[PeriodMatch], owned: set[int], doc_date) -> bool:
    """Whether a period written right after the value is its own and over before the document's year."""
    return doc_date is not None and any(
        pm.start in owned and 0 <= pm.start - tok.end <= 6 and pm.period.end.year < doc_date.year
        for pm in own
    )


# a count's clause opening before a reorganisation ("Trước khi sắp xếp đơn vị hành chính cấp xã, …")
_BEFORE_AN_EVENT = compile_lowered(
    r"\btrước (?:khi|thời điểm) (?:thực hiện )?(?:sắp xếp|sáp nhập|hợp nhất)\b"
)


def _the_year_after_the_one_compared(tok: Token, doc_date: date | None, estimated: bool) -> Period | None:
    """The year after the one whole year the value is compared with, where that year is over by the date line
    (not a multiple of a year long before, "gấp 1,4 lần năm 2015"; nor a holiday against last year's)."""
    years = {
        c.period.start.year
        for c in (tok.comparison, *tok.also_compared)
        if c is not None
        and c.period is not None
        and c.period.kind == "year"
        and not c.period.same_span
        and c.amount_unit != "times"
        # (nor a year's estimate, as a plan is compared with it: "giảm 5,1% so với ước thực hiện năm 2018")
        and "ước" not in c.text.lower()
    }
    if len(years) != 1:
        return None
    year = years.pop() + 1
    # (the next year over by the date line, or in its last month when the year's results are reported -- from
    # November, its estimates: not "… đạt 4,1 triệu lượt, tăng 12% so với năm 2024" in October 2025, a span of
    # 2025 the text does not say)
    if doc_date is not None and (
        year > doc_date.year or (year == doc_date.year and doc_date.month < (11 if estimated else 12))
    ):
        return None
    if doc_date is not None and year < doc_date.year - 1:
        # (nor a year long past the date line's: "GRDP ước đạt 70,9 triệu đồng/năm, tăng 26,7 triệu đồng so
        # với năm 2020" in September 2025 is no figure of 2021 -- a text compares the latest year with the one
        # before it)
        return None
    return year_period(year)


_A_VALUE_OPENING = compile_lowered(
    r"(?:^|[;:]\s*|\s[-–]\s*)\W*với "
    r"(?:mức tăng(?: trưởng)?|tốc độ tăng(?: trưởng)?|mức|tổng điểm|số điểm|điểm số)"
    # ("Với mức tăng GRDP 11,89%, Quảng Ninh đứng đầu …": the measure named between)
    r"(?: (?:grdp|gdp|kinh tế|tổng sản phẩm(?: trên địa bàn)?))?"
    r" (?:khoảng |gần |hơn |trên |đạt )?$"
)
_COMMA_AFTER = re.compile(r"\s*,\s*")
# those a meeting has present ("Đại hội khai mạc sáng 25/9, có 398 đại biểu chính thức dự")
_AT_A_MEETING = compile_lowered(
    r"\b(?:khai mạc|bế mạc|phiên (?:trù bị|khai mạc|chính thức|bế mạc)|có mặt|về dự|tham dự|dự đại hội)\b"
)
# a plan a result is set against, its amount next ("so với mức phấn đấu 15.500 tỷ đồng", "so với mục tiêu nội
# bộ của đơn vị là 18.000 tỷ đồng")
_A_PLAN_SET_AGAINST = compile_lowered(
    # (or the second of two: "so với mức phấn đấu 15.500 tỷ đồng và mục tiêu nội bộ 18.000 tỷ đồng")
    r"\bso với (?:[^;()]{0,50}?\b(?:và|cũng như) )?(?:mức |con số )?"
    r"(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự toán)\b"
    r"[^,;()\d]{0,30}?(?: là)?\s*$"
)
_OPENS_ON_ITS_PART = compile_lowered(r"\s*trong đó\s*[,:]")


# a level a plan is set against, named as one ("so với mức", "hơn con số") -- not "so với mục tiêu …"
_A_LEVEL_COMPARED_WITH = compile_lowered(
    r"\b(?:so với|hơn|bằng)(?: nhiều| đáng kể| hẳn)?(?: so với)? (?:mức|con số|kết quả)"
    r"(?: tăng(?: trưởng)?)?\s+$"
)


def _past_period_in_brackets(tok: Token, periods: list[PeriodMatch], low: str, doc_date) -> int | None:
    """Where the bracket around `tok` opens, when it opens on a period before the document's year ("(năm
    2020 tương ứng là …)", "(năm 2020 tăng 2,23%)"), else None."""
    opened = bracket_around(low, tok.start)
    if opened is None or doc_date is None:
        return None
    first = next(
        (
            pm
            for pm in periods
            if opened < pm.start
            and pm.period.end.year < doc_date.year
            and _A_BRACKETS_SPAN_WORDS.fullmatch(low, opened + 1, pm.start)
        ),
        None,
    )
    return opened if first is not None else None


# the words a bracket may open on before its first period: the span of the years it lists ("(quý I các năm
# 2022, 2023 và 2024 lần lượt tăng …)")
_A_BRACKETS_SPAN_WORDS = compile_lowered(
    r"\s?(?:(?:quý (?:iv|iii|ii|i)|\d{1,2} tháng(?: đầu)?|cùng kỳ)(?: của)?(?: các)? )?"
)


def _next_period_of_the_same(
    in_sentence: list[Mention], s_start: int, low: str, tok: Token, own: list[PeriodMatch], catalog: Catalog
) -> Indicator | None:
    """The growth rate the value before the per cent `tok` in its sentence was, when only ", <a period> đạt"
    stands between them: the next item of a list of one rate over several periods."""
    last = in_sentence[-1] if in_sentence and tok.kind == "percent" else None
    if last is None or last.measure != "growth":
        return None
    between = (last.end - s_start, tok.start)
    if not _NEXT_PERIOD_ITEM.fullmatch(low, *between):
        return None
    return catalog.by_id(last.indicator_id) if any(between[0] < pm.start < tok.start for pm in own) else None


# ", cả 6 tháng đạt khoảng ", ", 6 tháng đầu năm tăng "
_NEXT_PERIOD_ITEM = compile_lowered(
    r",\s+(?:cả\s+)?[^,;.()]{2,30}?\s+(?:đạt|tăng)(?:\s+(?:khoảng|trên|gần|hơn))?\s+"
)


def _uncatalogued_whole(tok: Token, low: str, subset_at: re.Match) -> bool:
    """A count of visitors after "trong đó" whose whole before it counts other travellers, in the same noun
    ("đón 1,5 triệu lượt hành khách qua cửa khẩu, trong đó 800 nghìn lượt khách du lịch": the tourists among
    the passengers, not the province's tourists; but "181 xã, trong đó 95 xã đạt chuẩn nông thôn mới" is the
    province's count)."""
    if tok.kind != "count" or ")" in low[subset_at.end() : tok.start]:
        return False  # (not past the bracket the parts were listed in: "(gồm 61 xã và 4 phường), giảm 135 …")
    return _OTHER_TRAVELLERS.search(low, 0, subset_at.start()) is not None


# travellers counted in visits that are no tourists: passengers, people or vehicles crossing the border
_OTHER_TRAVELLERS = compile_lowered(
    r"\d\s*(?:nghìn |triệu |vạn )?lượt (?:hành khách|người|phương tiện|xe"
    r"|khách xuất nhập cảnh|khách xuất cảnh|khách nhập cảnh)\b"
)


def _unless_an_amount_between(
    ind: Indicator, tok: Token, low: str, clause, topics: dict, catalog: Catalog, tokens: list[Token]
):
    """`ind`, the rate a per cent's topic names, unless the topic's own value came first and a new comma
    segment then opens on another amount's subject ("GRDP của tỉnh chỉ tăng 2,08%, kim ngạch xuất nhập khẩu
    qua địa bàn giảm hơn 40%": the turnover's change, not the GRDP's): None then, for the reading of a rate
    after an amount."""
    naming = sorted(
        (end, start) for start, end, i in topics.get("percent", []) if i is ind and end <= tok.start
    )
    if not naming:
        return ind
    named_at = [end for end, _start in naming]
    said_at = naming[-1][1]
    if _BARE_GROWTH.fullmatch(low, said_at, named_at[-1]) and not _LIST_GOES_ON.match(low, tok.end):
        # "kim ngạch … đạt 4,2 tỷ USD, tăng trưởng duy trì ở mức trên 10%": a bare "tăng trưởng" right after
        # another amount is that amount's growth, not the economy's (but "GRDP … đạt 45.000 tỷ đồng, tăng
        # trưởng 7%" is the level's own)
        amount = next((t for t in reversed(tokens) if t.end <= said_at and t.start >= clause[0]), None)
        if (
            amount is not None
            and amount.kind in ("money", "count")
            and low[amount.end : said_at].strip(" ,") == ""
            and amount.resolved is not None
            and growth_of(amount.resolved, catalog) is not ind
        ):
            return None
    for start, end, amount in topics_of("money", low, catalog, topics):
        if (
            max(named_at[-1], clause[0]) <= start
            and end <= tok.start
            # (or after "và": "GRDP tăng 8% và xuất khẩu tăng 10%")
            and (low[max(0, start - 2) : start] == ", " or low[max(0, start - 4) : start] == " và ")
            and growth_of(amount, catalog) is not ind
            and any(named_at[-1] <= t.start < start for t in tokens if t is not tok)
        ):
            return None
        if (
            named_at[-1] <= start
            and end <= tok.start
            and ":" in low[named_at[-1] : start]
            and ";" not in low[start : tok.start]
            and growth_of(amount, catalog) is not ind
        ):
            # "Tăng trưởng chưa đạt mục tiêu, …: năm 2021 kim ngạch qua các cửa khẩu giảm mạnh, năm 2022 chỉ
            # đạt khoảng 72% năm trước": what the colon explains with goes on with its own amount
            return None
    return ind


_A_LISTED_VALUE = compile_lowered(r"\d[\d.,]*\s*(?:%|triệu|tỷ|nghìn|điểm|lượt|người|doanh nghiệp|usd|đồng)")
# periods listed after "lần lượt" ("…, lần lượt vào các năm 2015 và 2020", "lần lượt trong quý I và quý II")
_PERIODS_LISTED_AFTER = compile_lowered(
    r"\blần lượt\s+(?:(?:vào|trong|của|là)\s+)?(?:các |những )?(?:năm|quý|tháng)\s+(?:\d[\d/]*|[ivx]+\b)"
    r"(?:\s*(?:,|và)\s*(?:(?:năm|quý|tháng)\s+)?(?:\d[\d/]*|[ivx]+\b))+"
)


def _opening_period(own: list[PeriodMatch], low: str) -> bool:
    """Whether the sentence opens on a period of its own, a comma after it ("Năm 2024, …")."""
    return any(OPENS_ON_A_PERIOD.fullmatch(low, 0, pm.start) and low.startswith(",", pm.end) for pm in own)


def _opens_on_listed_periods(low: str, own: list[PeriodMatch], clause, tok) -> bool:
    """Whether the sentence opens, before its first comma, on two or more periods of one kind listed one after
    another ("Năm 2023 và 2024, …", "Tháng 8, tháng 9, …"), and the value's own clause names no other."""
    if not own or own[0].start > 12 or "lần lượt" in low or "tương ứng" in low:
        return False  # (nor a list the reading did not pair: left as it was read before this rule)
    comma = low.find(",")
    opening = list(takewhile(lambda pm: comma > 0 and pm.end <= comma, own))  # (own: in the order written)
    if len(opening) < 2 or len({pm.period.kind for pm in opening}) != 1:
        return False
    if not listed_one_after_another(low, opening):
        return False
    return not any(comma < pm.start < tok.start and clause[0] <= pm.start for pm in own)


def _not_in_a_later_bracket(own: list[PeriodMatch], low: str, tok: Token) -> list[PeriodMatch]:
    """The sentence's periods but those of a bracket after the value that does not hold it: "hiện toàn tỉnh
    có 86 xã đạt chuẩn (cuối năm 2015 chỉ có 17 xã)" -- the bracket's year is its own value's."""
    if low.find("(", tok.end) < 0:
        return own
    return [
        pm
        for pm in own
        if pm.start < tok.end
        or (opened := bracket_around(low, pm.start)) is None
        or opened < tok.start
        # ("có năm xếp thứ 59/63 (năm 2016)": a bracket right after the value, only a period, dates it)
        or (
            not low[tok.end : opened].strip()
            and not DIGIT.search(low, pm.end, max(pm.end, low.find(")", pm.end)))
        )
    ]


_RANKING_BOARD = compile_lowered(r"\bbảng xếp hạng\b")


# the province itself ranked, named last before its rank ("tỉnh đứng thứ 16", "Lạng Sơn xếp thứ 5") -- not a
# part of it ("chính quyền số của tỉnh xếp thứ 3")
_THE_PROVINCE_RANKED = compile_lowered(
    r"(?:^|[,;:(–-])\s*(?:(?:năm|quý|tháng) [\w/]+\s*,?\s*)?(?:(?:thì|nhưng|song|còn|và|đến|sang) )?"
    r"(?:tỉnh|lạng sơn)(?: (?:vẫn|chỉ|đã|cũng|tiếp tục|lần lượt))?(?: (?:đứng|xếp))?\s*(?:ở )?(?:vị trí )?$"
)
# (a sentence that names what it ranks by -- an index, a table -- other than the province's rank itself)
_NAMES_A_RANKING = compile_lowered(r"\b(?:(?<!bộ )chỉ số|index|bảng xếp hạng|xếp hạng)\b")
_RANKS_SPOKEN_OF = compile_lowered(r"\b(?:thứ hạng|xếp hạng|vị trí)\b(?: (?:của )?(?:tỉnh|lạng sơn)\b)?")


# a list's item that opens on a rank, its subject the item's before ("- Xếp thứ 21/63 tỉnh, thành phố;
# thứ 6/14 …")
_A_RANK_ITEM = compile_lowered(rf"\s*{ITEM_BULLET}\s+(?:(?:ước|sơ bộ)\s+)?(?:xếp|đứng)\b")


# a lead opening on the economy's structure, its list to follow ("Cơ cấu kinh tế tiếp tục chuyển dịch tích
# cực:") -- not the labour's, the investment's, the sectors' growth or their contributions to it ("Tăng
# trưởng của các khu vực trong cơ cấu kinh tế như sau:", "Tỷ trọng đóng góp của các khu vực …:")
_A_STRUCTURE_LEAD = compile_lowered(
    r"(?:^|[.;]\s+)\W*(?:(?:năm|quý|tháng) [^,:.;]{1,20},\s*)?(?:cơ cấu|tỷ trọng|tỉ trọng) "
    r"(?:(?:các )?(?:khu vực|ngành) (?:kinh tế )?)?(?:kinh tế|grdp|tổng sản phẩm)\b"
    # (the whole economy's, not the digital or the private economy's: "Tỷ trọng kinh tế số trong từng ngành:")
    r"(?! (?:số|tư nhân|biển|xanh|tuần hoàn|đêm|cửa khẩu|nhà nước|ngoài nhà nước|tập thể)\b)"
    r"(?![^.;:]*\b(?:đóng góp|tăng trưởng|lao động|vốn)\b)[^.;:]*:\s*$"
)


def _the_dashed_lists_lead(context, line: int) -> str:
    """The line a dashed list's items hang from, lower-cased, for an item of it at `line` (the line right
    above the run of items); "" for a line that is no dashed item, or a list opening the text."""
    if not A_DASHED_ITEM.match(context.line(line)):
        return ""
    above = line - 1
    while above >= 0 and A_DASHED_ITEM.match(context.line(above)):
        above -= 1
    return lowered(context.line(above)).rstrip() if above >= 0 else ""


def _the_lists_place(context, line: int, places: dict) -> str | None:
    """The other place a dashed list's lead names last, right before its colon ("6 tháng đầu năm 2025, cả
    nước:"), for an item of that list; None for an item of no list, or a lead on the province."""
    lead = _the_dashed_lists_lead(context, line)
    return place_right_before(lead, len(lead) - 1, places) if lead.endswith(":") else None


def _an_item_under_a_structure(context, line: int) -> bool:
    """Whether `line` is an item of a dashed list whose lead names a structure ("Cơ cấu kinh tế như sau:" over
    "- Nông, lâm nghiệp: 20,30%;"): its per cent a share, as the lead says."""
    return _A_STRUCTURE_LEAD.search(_the_dashed_lists_lead(context, line)) is not None


def _a_rank_item(context, line: int) -> bool:
    """Whether `line` is a list's item opening on a rank, right under another item."""
    return (
        line > 0
        and bool(_A_RANK_ITEM.match(lowered(context.line(line))))
        and bool(A_DASHED_ITEM.match(context.line(line - 1)))
    )


def _the_one_index_ranked(mentions, catalog: Catalog) -> Indicator | None:
    """The one index by which the text has ranked the province so far, if one (its national rank)."""
    ranked = {m.indicator_id for m in mentions if m.measure == "rank"}
    indices = [i for i in catalog.indicators if i.id in ranked and i.index is not None and not i.regional]
    return indices[0] if len(indices) == 1 and len(ranked) == 1 else None


def _index_without_rank(tok: Token, tokens: list[Token], clause, catalog: Catalog, low: str) -> str | None:
    """The index whose score the rank `tok` follows in its clause, when the catalog holds no rank by it."""
    before = [t for t in tokens if clause[0] <= t.start and t.end <= tok.start]
    score = before[-1].resolved if before else None
    if score is not None and score.index is not None:
        index = score.index
    else:
        # (or the board it is on, "Trên bảng xếp hạng SIPAS, tỉnh đứng thứ 30/63", else the one index its
        # clause names -- not "Cùng với nâng cao chỉ số hài lòng, năm 2023 tỉnh xếp thứ 15/63 về PAR INDEX")
        board = _RANKING_BOARD.search(low, clause[0], tok.start)
        words = low[board.end() : tok.start] if board else low[clause[0] : clause[1]]
        named = {
            i.index
            for measure in ("score", "percent", "rank")
            for *_, i in topic_spans(words, catalog, measure)
        } - {None}
        if len(named) != 1:
            return None
        index = named.pop()
    if any(i.index == index and i.figure_measure == "rank" for i in catalog.indicators):
        return None
    return index


def _document_part(text: str, catalog: Catalog) -> str | None:
    """The district, city, commune, site or gate the whole text is about, if its title says so."""
    title = title_of(text)
    low = lowered(title)
    part = (
        _title_opens_on_part(low, catalog)
        or _title_names_a_part(low, catalog)
        or _title_names_one_gate(low, catalog)
        or _document_of_a_part(text, catalog)
        or _headings_of_a_part(text, catalog)
    )
    return part if part is None or _written_as_a_name(part, text[:400]) else None


# (not where it only locates another place in brackets: "cao tốc Đồng Đăng (Lạng Sơn) – Trà Lĩnh (Cao Bằng)")
_OUR_NAME = compile_lowered(r"\b(?:(?<!\()lạng sơn(?!\))|xứ lạng|tỉnh ta)\b")


def another_province_alone(context: DocumentContext, catalog: Catalog) -> str | None:
    """The other province a text is about, where its title names one and the text never names Lạng Sơn
    ("Cao Bằng: Kinh tế năm 2024 tăng trưởng khá" over "Tốc độ tăng trưởng GRDP của tỉnh ước đạt 6,74%": the
    province its sentences call "tỉnh" is Cao Bằng, and no figure of it is ours)."""
    if context.names_anywhere(_OUR_NAME):
        return None
    # (a title over a body: not a one-line text, "Năm 2024, Cao Bằng tăng 7,1%, trong khi tỉnh ta …")
    titled = (
        context.title_line is not None
        and context.title_line + 1 < len(context.line_starts)
        and context.text[context.line_starts[context.title_line + 1] :].strip()
    )
    named = catalog.places["province"].search(lowered(context.line(context.title_line))) if titled else None
    if named is not None:
        return named.group()
    # "Theo thông tin từ Ủy ban nhân dân tỉnh Lào Cai, … tốc độ tăng trưởng kinh tế của tỉnh năm 2022 đạt
    # 9,02%": a text that opens on another province's own authority telling its results, never naming ours
    # "Năm 2024, GRDP tỉnh Cao Bằng đạt mức cao nhất …, đạt 6,74%": or on another province, "tỉnh" before its
    # name, as the subject of its first figures
    opening = lowered(context.text[:_OPENING_REACH])
    # "Theo thống kê của Hải quan cửa khẩu Bắc Phong Sinh (…), tổng kim ngạch … đạt hơn 3,3 triệu USD": a
    # text opening on the customs office of another province's border gate, never naming ours, is that gate's
    for gate in _A_GATE_NAMED.finditer(opening):
        named = catalog.places["province"].match(opening, gate.start())
        if named is not None:
            return named.group()
    for organ in _ANOTHER_PROVINCES_ORGAN.finditer(opening):
        named = catalog.places["province"].match(opening, organ.end())
        if named is not None and named.group() != "tỉnh bạn":
            return named.group()
    return None


# A sentence opening on the place spoken of before, not by its name ("Địa phương này …", "Địa phương được coi
# là …", "Tỉnh này …"; not "Địa phương ta", nor "Địa phương cần …", any place)
_THAT_PLACE_OPENING = compile_lowered(
    r"\W*(?:địa phương này|tỉnh này|địa phương (?=(?:được (?:coi|xem|đánh giá) là|là|này)\b))"
)


_THAT_PROVINCE_OPENING = compile_lowered(r"\W*tỉnh này\b(?![^,;.]{0,60}\b(?:toàn tỉnh|của tỉnh)\b)")


# how far into a text its opening reaches (a title, a date line and a lead's first sentence), and the
# authority a province's own report is told by
_OPENING_REACH = 300
# (the gate's customs office as the source or the subject, not goods through a gate: "kim ngạch qua cửa khẩu
# Móng Cái đạt 2 tỷ USD. Cục Thống kê tỉnh …")
_A_GATE_NAMED = compile_lowered(r"(?<=hải quan )cửa khẩu\b")
_ANOTHER_PROVINCES_ORGAN = compile_lowered(
    r"\b(?:(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|tỉnh ủy|tỉnh uỷ|cục thống kê) tỉnh"
    # ("Tổng sản phẩm trên địa bàn (GRDP) tỉnh Cao Bằng tăng 6,74%": the bracketed name between)
    # ("… đóng góp tích cực cho thu ngân sách nhà nước của tỉnh Lào Cai")
    r"|(?:grdp\)?|tổng sản phẩm(?: trên địa bàn)?|tăng trưởng kinh tế|kinh tế|thu ngân sách(?: nhà nước)?)"
    r"(?: trên địa bàn)?(?: của)? tỉnh) (?=\w)"
)


def _written_as_a_name(part: str, head: str) -> bool:
    """Whether the head of the text writes the part with a capital after its first word, as a name is
    written ("Xã Bắc Sơn", "Khu du lịch Mẫu Sơn", "Hữu Lũng") -- not a kind of place in a sentence-case
    title ("Xã đạt chuẩn nông thôn mới tăng mạnh", "Xã biên giới đổi thay", "Khu du lịch, điểm du lịch …")."""
    at = lowered(head).find(part)
    if at < 0 or len(part.split()) == 1 or _DISTRICT_ORGAN.match(part):
        return True  # (an organ: "HĐND huyện", its district's name left to the text)
    own = head[at : at + len(part)].split()[1:]
    after = (
        head[at + len(part) :].split("\n", 1)[0].split()[:2]
    )  # (on its own line: not the body's first words)
    # (its own words after the first, or the name after a kind: "Khu du lịch Mẫu Sơn", "Xã biên giới Bảo Lâm";
    # not the province's: "Xã biên giới Lạng Sơn đổi thay")
    named_after = bool(after) and after[0][:1].isupper() and lowered(" ".join(after)) != "lạng sơn"
    return any(word[:1].isupper() for word in own) or named_after


def _title_names_a_part(title: str, catalog: Catalog) -> str | None:
    """The district, city, commune or ward whose economy, plan or festival week a title names ("Kinh tế - xã
    hội huyện Lộc Bình giai đoạn 2016 - 2020 qua số liệu thống kê", "Nghị quyết về kế hoạch phát triển kinh
    tế - xã hội phường Kỳ Lừa năm 2026", "Họp báo giới thiệu Tuần Văn hóa - Du lịch thành phố Lạng Sơn năm
    2023")."""
    if (of := _OF_A_PART_IN_TITLE.search(title)) is None:
        return None
    m = _COMMUNE.match(title, of.end()) or catalog.places["district"].match(title, of.end())
    if m is None or m.group() in ("xã", "huyện", "phường") or _PROVINCE_IN_TITLE.search(title, m.end()):
        return None
    return m.group()


def _title_names_one_gate(title: str, catalog: Catalog) -> str | None:
    """The one border gate a title says the text inspects or trades through ("Đoàn công tác của tỉnh kiểm tra
    cửa khẩu quốc tế Hữu Nghị", "Thúc đẩy xuất nhập khẩu hàng hóa qua cửa khẩu Ga đường sắt quốc tế Đồng
    Đăng"), else None -- not the gates ("qua các cửa khẩu"), nor one named beside the province's whole."""
    if "border_gate" not in catalog.places or (about := _ONE_GATE_IN_TITLE.search(title)) is None:
        return None
    gate = catalog.places["border_gate"].match(title, about.end())
    if (
        gate is None
        or _PROVINCE_IN_TITLE.search(title)
        or len(catalog.places["border_gate"].findall(title)) > 1
    ):
        return None
    return gate.group()


_ONE_GATE_IN_TITLE = compile_lowered(
    r"\b(?:kiểm tra|làm việc (?:tại|với)|khảo sát"
    # (not goods passing one: "Hàng hóa qua cửa khẩu Hữu Nghị thông suốt, tổng kim ngạch … 9 tháng …")
    r"|(?:xuất nhập khẩu|kim ngạch)(?: [^\s,:;]+){0,3} qua)"
    r"(?: [^\s,:;]+){0,2}? (?=cửa khẩu )"
)


_OF_A_PART_IN_TITLE = compile_lowered(
    r"\b(?:kinh tế - xã hội|kinh tế|ngân sách|nông thôn mới|tuần (?:văn hóa|du lịch|lễ)(?: - du lịch)?)"
    # ("Kiểm tra tình hình phát triển kinh tế - xã hội tại huyện Văn Quan": where it is looked at)
    r"(?: của| tại)? (?=(?:xã|phường|thị trấn|huyện|thành phố) \w)"
)


def _document_of_a_part(text: str, catalog: Catalog) -> str | None:
    """The commune or district whose own document this is, named at the end of the line that says what it is
    about under a bare document type ("NGHỊ QUYẾT / Về kế hoạch phát triển kinh tế - xã hội năm 2026 của xã
    Đồng Đăng"), else None."""
    lines = text.split("\n", 2)
    if _DOCUMENT_TYPE.fullmatch(lines[0].strip()) and len(lines) > 1:
        about = lowered(lines[1])
    elif _DOCUMENT_TYPE.match(lines[0].strip()):
        # (the type and its subject on one line: "NGHỊ QUYẾT về nhiệm vụ … năm 2023 của xã Tân Thanh")
        about = lowered(lines[0])
    else:
        return None
    # (the province named before the part is the document's subject: "BÁO CÁO tình hình kinh tế - xã hội tỉnh
    # Lạng Sơn … của thành phố Lạng Sơn"; a one-line title says what it is about after "về")
    if (of := _OF_A_PART.search(about)) is None or _PROVINCE_SPOKEN_OF_IN_TITLE.search(about, 0, of.start()):
        return None
    if about == lowered(lines[0]) and not _ABOUT.search(about, 0, of.start()):
        return None
    m = _COMMUNE.match(about, of.end()) or catalog.places["district"].match(about, of.end())
    if m is None or _PROVINCE_SPOKEN_OF_IN_TITLE.search(about, m.end()):
        return None
    return m.group() if not about[m.end() :].strip(" .") else None


def _headings_of_a_part(text: str, catalog: Catalog) -> str | None:
    """The district an excerpt's opening headings set it in, where the text never speaks of the province (a
    thesis's section "3.1 Định hướng phát triển du lịch trên địa bàn huyện Bình Gia" over "Năm 2025 đạt khoảng
    30.000 lượt khách"), else None."""
    # (the province only as the whole the part's share is of: "… chiếm khoảng 14% lượng khách quốc tế đến Lạng
    # Sơn")
    unreferred = _AS_REFERENCE.sub(_blank, lowered(text))
    if _PROVINCE_SPOKEN_OF.search(unreferred) or _OUR_NAME.search(unreferred):
        return None
    for line in text.split("\n")[1 : 1 + _OPENING_HEADINGS]:
        line = line.strip()
        # (nor a photo's caption: "Du khách tham quan … tại huyện Bắc Sơn (Ảnh: TL)")
        if not line or len(line) > _HEADING_LENGTH or line.endswith((".", ";", ":")) or "ảnh" in line.lower():
            continue
        low = lowered(line)
        if (area := _A_PARTS_AREA.search(low)) is not None:
            m = catalog.places["district"].match(low, area.end())
            if m is not None:
                return m.group()
    return None


_OPENING_HEADINGS = 3
_HEADING_LENGTH = 150
_A_PARTS_AREA = compile_lowered(r"\b(?:trên địa bàn|của|tại|ở) (?=(?:huyện|thị xã|thành phố) )")


# (in capitals, or as a title in sentence case: "Nghị quyết về nhiệm vụ … năm 2017 của huyện Lộc Bình")
_DOCUMENT_TYPE = re.compile(
    r"(?:NGHỊ QUYẾT|BÁO CÁO|KẾ HOẠCH|QUYẾT ĐỊNH|TỜ TRÌNH|THÔNG BÁO|CHƯƠNG TRÌNH"
    r"|Nghị quyết|Báo cáo|Kế hoạch|Quyết định|Tờ trình|Thông báo|Chương trình)"
)
_ABOUT = compile_lowered(r"\bvề (?:kế hoạch|nhiệm vụ|tình hình|dự toán|phương hướng)\b")
_OF_A_PART = compile_lowered(r"\bcủa (?=(?:xã|phường|thị trấn|huyện|thành phố) )")


_A_GATES_OFFICE = compile_lowered(r"\s*(?:đội |chi cục )?hải quan (?=cửa khẩu\b)")


def _title_opens_on_part(title: str, catalog: Catalog) -> str | None:
    """The district or city a title opens on before a colon or a dash ("Thành phố Lạng Sơn: …", "Huyện Cao
    Lộc - …", "Hữu Lũng: …"), the place a travel title goes to ("Về Bắc Sơn …", "Ở xã biên giới Bảo Lâm …"), a
    named site, gate or commune opening it as its subject, a district's own meeting; else None."""
    title = title.lstrip()
    if (
        (other := catalog.places["province"].match(title)) is not None
        and _TITLE_SUBJECT_END.match(title, other.end())
        and not _OUR_NAME.search(title)
    ):
        # "Lào Cai: vốn đầu tư tạo chuyển biến …": another province the article is about, its sentences that
        # name no place its own (unless its paragraph speaks of ours)
        return other.group()
    if (going := _GOING_TO.match(title)) is not None:
        # "Về Bắc Sơn ngắm thung lũng vàng", "Lên Mẫu Sơn săn mây": the place a travel piece goes to
        rest = title[going.end() :]
        for kind in ("district", "site", "commune"):
            if kind == "commune":
                m = _COMMUNE.match(rest)
            else:
                m = catalog.places[kind].match(rest) if kind in catalog.places else None
                m = m or (catalog.places[kind].match(f"huyện {rest}") if kind == "district" else None)
            if m is not None and not _PROVINCE_SPOKEN_OF_IN_TITLE.search(rest, m.end()):
                return m.group()
    # ("Hữu Lũng: Thu ngân sách vượt dự toán …": the bare name; "Du lịch Hữu Lũng: Tiềm năng …": its sector's)
    sector = _A_SECTOR_OF.match(title)
    bare = title[sector.end() :] if sector is not None else title
    for written in (bare, f"huyện {bare}"):
        m = catalog.places["district"].match(written)
        if m is not None and (
            _TITLE_SUBJECT_END.match(written, m.end())
            # (the district's own doing: "Thành phố Lạng Sơn họp báo thông tin …", "Bắc Sơn thu hút 500.000
            # lượt khách", not what it tells of the province: "… thông tin về tình hình kinh tế - xã hội của
            # tỉnh")
            or (
                len(m.group().split()) > 1
                and _TITLE_SUBJECT_DOES.match(written, m.end())
                and not _PROVINCE_SPOKEN_OF_IN_TITLE.search(written, m.end())
            )
        ):
            return m.group()
    # a named site, gate or commune opening the title as its subject ("Mẫu Sơn vẫn chờ nhà đầu tư …", "Xã Bắc
    # Sơn đón 'lộc' sau danh hiệu …", "Cửa khẩu Hữu Nghị gánh gần một nửa kim ngạch của Lạng Sơn"), the
    # province named after it only as the whole it is part of
    # (the gate's customs office too: "Hải quan cửa khẩu quốc tế Hữu Nghị vượt chỉ tiêu thu ngân sách" is the
    # gate's take)
    office = _A_GATES_OFFICE.match(title)
    for kind in ("site", "border_gate"):
        at = office.end() if office is not None and kind == "border_gate" else 0
        m = catalog.places[kind].match(title, at) if kind in catalog.places else None
        if (
            m is not None
            and len(m.group().split()) > 1
            # (an event's title is no article on a place: "Lễ hội Kỳ Lừa năm 2024 khai mạc")
            and not _AN_EVENT.match(m.group())
            and not _PROVINCE_IN_TITLE.search(title, m.end())
        ):
            return m.group()
    if (m := _COMMUNE.match(title)) is not None and not _PROVINCE_IN_TITLE.search(title, m.end()):
        return m.group()
    # ("Khai mạc Đại hội đại biểu Đảng bộ huyện Tràng Định lần thứ XXIII", "Kỳ họp thứ 7 HĐND huyện Lộc
    # Bình"): a district's own party or council meeting, reporting on the district
    # (the organ's own meeting: before any colon, no provincial organ named before it -- not "Kỳ họp thứ 20
    # HĐND tỉnh: thảo luận báo cáo của UBND huyện Cao Lộc")
    heading = title.split(":")[0]
    if (organ := _DISTRICT_ORGAN.search(heading)) is not None and not _PROVINCE_ORGAN.search(
        heading, 0, organ.start()
    ):
        m = catalog.places["district"].match(title, organ.end()) or _COMMUNE.match(title, organ.end())
        if m is not None:
            return m.group()
        # ("Kỳ họp thứ mười bốn HĐND huyện khoá XIX": the district's own council, its name left to the text)
        bare = _A_PART_UNNAMED.match(title, organ.end()) if _A_COUNCIL.match(organ.group()) else None
        return f"{organ.group().strip()} {bare.group()}" if bare is not None else None
    # ("Đại hội Đảng bộ Cục Hải quan Lạng Sơn lần thứ V": a party body under the province's, its own members)
    if (body := _PARTY_BODY_CONGRESS.search(heading)) is not None:
        return body["body"] or body["organiser"]
    return None


# A party body under the province's ("Đảng bộ Khối …", "Đảng bộ Cục Hải quan …"): its members are not ours
_PARTY_BODY = r"(?:khối|chi cục|cục|sở|ban|công an|quân sự|bộ chỉ huy|trường|bệnh viện|công ty)\b"
_PARTY_BODY_CONGRESS = compile_lowered(
    rf"\bđại hội(?: đại biểu)? (?P<body>đảng bộ {_PARTY_BODY}[^:,]*?)(?= lần\b| nhiệm kỳ\b|$)"
    # ("Đảng bộ Cục Hải quan Lạng Sơn tổ chức Đại hội lần thứ XII")
    rf"|^(?P<organiser>đảng bộ {_PARTY_BODY}[^:,]*?) (?:tổ chức |khai mạc )?đại hội\b"
)


# a commune or ward named after its organ ("Đảng bộ xã Hữu Lũng", "HĐND phường Đông Kinh")
_COMMUNE = compile_lowered(
    r"(?:xã|phường) (?!hội\b)\w+(?: (?!tổ\b|họp\b|khai\b|bế\b|lần\b|nhiệm\b|kỳ\b)\w+)?"
)


_PROVINCE_ORGAN = compile_lowered(
    r"\b(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|đảng bộ) tỉnh\b|\btỉnh ủy\b"
)
# a sentence going on with what the one before reported ("Theo đó, …"), and one opening on a district's or a
# commune's organ as the source of what it reports ("Theo báo cáo của UBND huyện Lộc Bình, …")
_GOES_ON_WITH_ITS_SOURCE = compile_lowered(r"\W*theo đó\b")
_A_PARTS_ORGAN_TELLS = compile_lowered(
    r"\W*theo (?:báo cáo|số liệu|thông tin|thống kê)(?: của| từ)? (?:ubnd|ủy ban nhân dân|uỷ ban nhân dân"
    r"|hđnd|hội đồng nhân dân|chi cục thống kê)"
    r" (?P<part>(?:huyện|thành phố|thị xã|xã|phường) [^\W\d_]+(?: [^\W\d_]+)?)"
)
# the kind of part an organ is of, its name not written after it ("HĐND huyện khoá XIX", "UBND xã năm 2024")
# (a council or a committee, one: not "65/65 đảng bộ xã, phường hoàn thành đại hội", every commune's)
_A_PART_UNNAMED = compile_lowered(
    r"(?:huyện|thành phố|xã|phường)(?=\s*(?:$|khoá|khóa|lần|năm|nhiệm kỳ|[:(–-]))"
)
_A_COUNCIL = compile_lowered(r"(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân)\b")
_DISTRICT_ORGAN = compile_lowered(
    r"\b(?:đảng bộ|hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|huyện ủy|huyện uỷ|thành ủy"
    r"|thành uỷ)\s+(?=huyện|thành phố|xã|phường)"
)


# the part a text is about, spoken of by its kind alone ("của huyện", "toàn huyện", "trên địa bàn thành phố")
_THE_PART_BY_ITS_KIND = compile_lowered(
    # (not "vốn đầu tư toàn xã hội", the whole of society)
    r"\b(?:của|toàn|cả|trên địa bàn) (?:huyện|thành phố|thị xã|xã(?! hội)|phường|thị trấn)\b"
    r"(?! (?:lạng sơn|[\w]+ [\w]+ tỉnh))"
)
# in an article on a district, the province is named or spoken of as "tỉnh" ("Với tỉnh, năm 2019 …",
# "Năm 2019, tỉnh phấn đấu …"), not other provinces ("các tỉnh, thành", "tỉnh bạn") nor the province
# assigning the district its plan ("vượt 14% dự toán tỉnh giao")
_PROVINCE_SPOKEN_OF = compile_lowered(
    r"(?<!thành phố )lạng sơn"
    r"|(?:^|[,;:]\s*|\b(?:với|cả)\s+|\b(?:hđnd|ubnd|tỉnh ủy|tỉnh uỷ)\s+)tỉnh\b(?!,? thành| bạn| khác| giao)"
    r"|(?<!nhất )(?<!thứ hai )(?<!thứ ba )(?<!dẫn đầu )(?<!đầu )\btoàn tỉnh\b"
    r"|\btỉnh (?:phấn đấu|đặt mục tiêu|đề ra|đạt|có)\b"
    # (all the province's gates: "kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 5 tỷ USD" in an article on
    # one)
    r"|\bqua (?:tất cả )?các cửa khẩu\b(?! (?:thuộc|của|trong) (?:địa bàn )?(?:huyện|khu|thành phố))"
    # the province's own sector ("Năm tới, ngành du lịch phấn đấu đón 3,8 triệu lượt khách" in an article on
    # Mẫu Sơn), not a district's
    r"|\bngành (?:du lịch|công thương|thuế|hải quan|thống kê)\b"
    r"(?! (?:của |trên địa bàn )?(?:huyện|xã|thành phố|phường|khu|địa phương|cao lộc|lộc bình|văn lãng"
    r"|tràng định"
    r"|bình gia|văn quan|bắc sơn|hữu lũng|chi lăng|đình lập|mẫu sơn))"
)
# the province as what a part's figure is set against ("chiếm khoảng 1,8% tổng thu ngân sách trên địa bàn toàn
# tỉnh", "cao hơn mức tăng chung của toàn tỉnh"): the part still spoken of
_AS_REFERENCE = compile_lowered(
    r"\b(?:chiếm|cao hơn|thấp hơn|bằng)\b(?:[^,;.()]|[.,]\d){0,60}?"
    r"\b(?:toàn tỉnh|của tỉnh|tỉnh lạng sơn|(?:đến|của|tại) lạng sơn)\b"
    # ("cao so với mức chung của toàn tỉnh", "so với toàn tỉnh vẫn ở mức cao" -- not "So với năm trước thu
    # ngân sách của tỉnh tăng 10%", the province the subject)
    r"|\bso với (?:mức (?:chung|bình quân|trung bình) )?(?:của )?(?:toàn tỉnh|tỉnh lạng sơn)\b"
)
# the province named in an office ("Dự Đại hội có đồng chí Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; lãnh đạo các
# sở, ban, ngành của tỉnh cùng 250 đại biểu …"): guests of a district's meeting, not the province spoken of
_OFFICE = compile_lowered(
    r"\b(?:bí thư|phó bí thư|chủ tịch|phó chủ tịch|giám đốc|lãnh đạo|thường trực|ủy viên|uỷ viên)"
    r"(?: (?!cho|nói|khẳng|nhấn|báo)[^\s;.]+){0,5}? (?:tỉnh ủy|tỉnh uỷ|hđnd tỉnh|ubnd tỉnh|của tỉnh)\b"
    # (and a party body under the province's named with it: "Đảng bộ Cục Hải quan Lạng Sơn tổ chức Đại hội")
    rf"|\b(?:đảng bộ|đảng ủy|đảng uỷ) {_PARTY_BODY}[^,;.]{{0,40}}? lạng sơn\b"
    # (and the district's place among the province's: "Đây là đại hội cấp huyện thứ ba của tỉnh")
    r"|\b(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})|đầu tiên|cuối cùng) (?:của|trong) tỉnh\b"
    # ("Đây là đại hội điểm cấp huyện của Đảng bộ tỉnh Lạng Sơn": a district's congress among the province's)
    r"|\bcấp (?:huyện|xã|cơ sở) (?:của|trong) (?:đảng bộ )?tỉnh(?: lạng sơn)?\b"
    # (and a department telling its figures: "theo số liệu của Sở Văn hóa, Thể thao và Du lịch Lạng Sơn, năm
    # 2017 Mẫu Sơn chỉ đón …" -- the source, not the subject)
    r"|\b(?:theo|của) (?:số liệu của )?(?:sở|cục|ban) [^;.]{3,45}? (?:tỉnh )?lạng sơn\b"
    r"(?=\s*(?:,|:|cho biết|thông tin|công bố|báo cáo))"
)


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


_TITLE_SUBJECT_END = re.compile(r"\s*(?::|[-–—]\s)")
_A_SECTOR_OF = compile_lowered(r"(?:du lịch|nông nghiệp|kinh tế|công nghiệp|thương mại) (?=\w)")
_GOING_TO = compile_lowered(r"(?:về|lên|đến|tới|ở) (?=\w)")
_AN_EVENT = compile_lowered(r"(?:lễ hội|tuần lễ|hội chợ|ngày hội|hội hoa|festival)\b")
# (after the part; or what the province's whole is: "Huyện Hữu Lũng bứt phá, kinh tế tỉnh tăng trưởng khá")
_PROVINCE_SPOKEN_OF_IN_TITLE = compile_lowered(
    # (as the subject of a clause of its own, not what the part adds to: "góp phần tăng thu ngân sách tỉnh")
    r"\b(?:của|toàn|cả) tỉnh\b|\blạng sơn\b"
    r"|(?:^|, |và |[-–] |về (?:tình hình )?)(?:kinh tế|ngân sách|du lịch|tăng trưởng|kim ngạch) tỉnh\b"
)
# … the province spoken of as such, not as the whole a part is of ("… gánh gần một nửa kim ngạch của Lạng
# Sơn")
_PROVINCE_IN_TITLE = compile_lowered(r"\b(?:toàn|cả) tỉnh\b|(?<!của )\blạng sơn\b(?! \w)")
_TITLE_SUBJECT_DOES = compile_lowered(
    r"\s+(?:họp báo|tổ chức|tổng kết|sơ kết|công bố|triển khai|thông tin|phấn đấu|hoàn thành|thu hút|đón"
    # ("Huyện biên giới Tràng Định vươn lên", "Huyện Bình Gia đổi thay": a feature on the district)
    r"|vươn lên|khởi sắc|bứt phá|chuyển mình|đổi thay"
    # ("Thành phố Lạng Sơn là đô thị loại II", "… được công nhận …", "… trở thành …": what it has become)
    r"|là|được công nhận|trở thành"
    # ("Huyện Hữu Lũng năm 2022 qua một số chỉ tiêu thống kê chủ yếu": the district's year)
    r"|năm \d{4}|\d{1,2} tháng|giai đoạn|nhiệm kỳ"
    # ("Cao Lộc thực hiện đạt và vượt 15 chỉ tiêu …", "Chi Lăng phát triển các loại cây trồng thế mạnh", "Lộc
    # Bình phát huy lợi thế cửa khẩu", "Cao Lộc trên chặng đường phát triển …": what the district does)
    r"|thực hiện|phát triển|phát huy|gắn|đẩy mạnh|nỗ lực|tập trung|chú trọng|khai thác|nâng cao|huy động"
    r"|thúc đẩy|đạt|vượt|trên chặng đường|nhìn lại|tăng trưởng)\b"
)


def _named_before_bracket(low: str, value_start: int, places: dict) -> str | None:
    """Whose a bare number in brackets is, in a list of places with their numbers ("gồm Phú Thọ (xếp thứ 8),
    Lạng Sơn (16), Lào Cai (23)"): the name right before its bracket -- "" for the province's own, the other
    place's name, or None where the list item names neither."""
    opened = low.rfind("(", 0, value_start)
    item_start = max(
        low.rfind(",", 0, opened) + 1, low.rfind(" là ", 0, opened) + 4, low.rfind(" và ", 0, opened) + 4
    )
    item = low[item_start:opened]
    # (another place first: "thành phố Lạng Sơn (12)" is the city's)
    if (other := place_named(item, places)) is not None:
        return other
    return "" if _OUR_NAME.search(item) else None


def _past_a_top_of_the_nation(low: str, clause_start: int, tok: Token) -> int:
    """Where a score's or rank's clause is read for its place from: past the top of the nation's ranking the
    province is placed in ("xếp thứ 16/30 tỉnh có chất lượng điều hành tốt nhất toàn quốc với tổng điểm đạt
    69,01 điểm": the nation names the ranking, the score is ours)."""
    if tok.kind not in ("score", "rank"):
        return clause_start
    last = _last(_RANKED_AMONG_THE_BEST.finditer(low, clause_start, tok.start))
    return last.end() if last is not None else clause_start


_RANKED_AMONG_THE_BEST = compile_lowered(
    r"\bthứ \d{1,2}\s*/\s*\d{1,2}" + AMONG_THE_BEST.pattern + r"(?: (?:toàn quốc|cả nước))?"
)
# what a rank is on, named after it ("xếp thứ 2 toàn quốc về số lượng sản phẩm …")
_RANKED_ON = compile_lowered(
    r"(?:/\d{1,2})?(?:\s+(?:toàn quốc|cả nước|trong cả nước|trong vùng|khu vực))?"
    # (to the next rank of a list: "thứ 51 về GRDP và thứ 20 về tốc độ tăng trưởng GRDP")
    r"\s+về\s+(?P<what>(?:(?! và thứ\b)[^,.;()]){3,80})"
)
_THE_PRODUCT_ITSELF = compile_lowered(
    r"\s*(?:quy mô )?(?:grdp|gdp|tổng sản phẩm(?: trên địa bàn| nội tỉnh)?)(?: \((?:grdp|gdp)\))?\s*"
)
_QUOTED = re.compile(r"[“\"][^”\"]{0,120}[”\"]")
_ENGLISH_THOUSANDS = re.compile(r"\d{1,3},\d{3}")
# (or clears the goods it counts: "Ngày 2/1, đơn vị đã làm thủ tục cho 300 xe hàng, kim ngạch đạt …")
_THE_UNIT_TAKES = compile_lowered(
    r"(?<!các )(?<!những )\bđơn vị (?:đã |ước )?(?:thu\b|(?:đảm bảo |bảo đảm )?(?:thông quan|làm thủ tục)\b)"
)
# a take the unit's own ("tổng thu ngân sách Nhà nước của đơn vị này đạt …"), not its data's source ("Theo số
# liệu của đơn vị, … số thu … qua địa bàn tỉnh Lạng Sơn đạt …")
_THE_UNITS_OWN = compile_lowered(
    r"\bthu\b[^,;.]{0,40}? của (?:đơn vị|chi cục)(?: (?:này|trên))?(?! hành chính)\b"
)


def _office_named(
    region: re.Pattern, low: str, end: int, before_low: str | None, context: DocumentContext
) -> re.Match | None:
    """The customs office a unit's own take is of: the one named last before `end` in the sentence, else in
    the sentence before, else in the title."""
    named = _last(region.finditer(low, 0, end))
    if named is None and before_low is not None:
        named = _last(region.finditer(before_low))
    if named is None and context.title_line is not None:
        named = region.search(lowered(context.line(context.title_line)))
    return named


_A_BOUND_WORD = r"(?:khoảng|gần|hơn|trên|dưới|xấp xỉ|ít nhất|tối thiểu) "
_AN_ORGAN_NAMED = compile_lowered(r"\b(?:cục|chi cục|hải quan|sở|ban quản lý|ủy ban|uỷ ban|ubnd)\b")


def _office_named_before(region: re.Pattern, context: DocumentContext, end: int) -> re.Match | None:
    """The customs office the text named last before `end` (its title included) -- none where the province's
    own customs department was named after it ("… Hải quan Hữu Nghị bố trí lực lượng trực. ¶ Cục Hải quan tỉnh
    tổng kết năm 2023. Năm 2023, đơn vị đã làm thủ tục …": the department's, ours)."""
    office = _last(region.finditer(context.text_low, 0, end))
    ours = _last(_THE_PROVINCES_CUSTOMS.finditer(context.text_low, 0, end))
    return office if office is not None and (ours is None or ours.start() < office.start()) else None


# (the province's department by its name -- not the nation's "Cục Hải quan" since 2025, nor a branch)
_THE_PROVINCES_CUSTOMS = compile_lowered(r"(?<!chi )\bcục hải quan (?:tỉnh(?: lạng sơn)?|lạng sơn)\b")


def _last(matches) -> re.Match | None:
    return max(matches, key=re.Match.start, default=None)


# an aside in the passive, on what its segment before named ("…, được Chính phủ ước tính khoảng 6,5%")
_A_PASSIVE_ASIDE = re.compile(
    r"\s*(?:vốn |vừa |đã )?được [^,;.\d]{0,40}\b(?:ước tính|dự báo|công bố|đánh giá|ghi nhận)\b"
)
# a text naming the province's product "GDP", as before 2017 ("tổng sản phẩm (GDP) trên địa bàn tỉnh", "GDP
# của tỉnh"), and one naming the nation's
_GDP_IS_OURS = re.compile(
    r"\(gdp\) (?:trên|của) địa bàn|\bgdp (?:của |toàn |trên địa bàn )"
    r"(?:tỉnh(?= (?:ta|nhà|tăng|giảm|đạt|ước|năm|là|trong|bình quân)\b|[,.;)])|lạng sơn)"
)
_GDP_IS_THE_NATIONS = re.compile(r"\bgdp\b[^.;]{0,40}?\b(?:cả nước|việt nam|toàn quốc|quốc gia)\b")
_THE_NATION = re.compile(r"\b(?:cả nước|việt nam|toàn quốc|quốc gia)\b")


def _nearest_other_place(low: str, end: int, places: dict) -> str | None:
    """The other place named nearest before `end`, if no mention of the province (by name, or its own organ
    speaking) stands nearer."""
    start = max(0, end - _CARRY_SPAN)
    found = [
        (m.start(), m.group())
        for pattern in places.values()
        for m in quick(pattern).finditer(low, start, end)
    ]
    if not found:
        return None
    at, name = max(found)
    ours = max(
        # (not the province named as a partner: "Cao Bằng, tỉnh chung tuyến cao tốc với Lạng Sơn, …; thu ngân
        # sách của tỉnh này …" is Cao Bằng's)
        max((m.start() for m in _OURS_NOT_A_PARTNER.finditer(low, start, end)), default=-1),
        max((m.start() for m in _OWN_ORGAN_SPEAKS.finditer(low, start, end)), default=-1),
    )
    return name if at > ours else None


_OURS_NOT_A_PARTNER = compile_lowered(r"(?<!với )(?<!cùng )(?<!giáp )(?<!và )\blạng sơn\b")


_MARKERS = (
    "dự án",
    "quốc hội",
    "chính phủ",
    "thay",
    "lạng sơn",
    "vốn ",
    "chiếm",
    "với quy mô",
    "(",
    "đơn vị",
    "đề nghị",
    "kiến nghị",
    "đề xuất",
)
_PROPOSING = frozenset({"đề nghị", "kiến nghị", "đề xuất"})


def _markers_in(low: str) -> frozenset[str]:
    return frozenset(word for word in _MARKERS if word in low)


_OWN_ORGAN_SPEAKS = compile_lowered(
    r"\b(?:ubnd|ủy ban nhân dân|lãnh đạo|chủ tịch ubnd|chủ tịch|bí thư tỉnh ủy) tỉnh,? "
    r"(?:cho biết|nêu|khẳng định|thông tin|báo cáo|nhấn mạnh)\b"
)
# (and the office just named, reporting its own: "Chi cục Hải quan khu vực VI … . Theo đơn vị này, …")
# "tỉnh này", "địa phương này": the place the text was just speaking of
_OPENING_ON_THIS = compile_lowered(r"\W*(?:cũng )?theo (?:đơn vị|tỉnh|địa phương) (?:này|trên)\b")
_THIS_PLACE = compile_lowered(r"\b(?:tỉnh|địa phương|huyện|thành phố) này\b|\bđơn vị (?:này|trên)\b")


# a sentence whose subject is a part written bare, its name left out ("Năm 2022, huyện trồng mới …")
_BARE_PART_SUBJECT = re.compile(
    r"^\W*(?:(?:[Nn]ăm|[Tt]rong năm|[Qq]uý|[Tt]háng|\d+ tháng|[Đđ]ến nay|[Hh]iện nay)[^,.;]{0,25},\s*)?"
    r"(?:[Hh]uyện|[Xx]ã|[Tt]hị trấn) (?:đã |cũng |còn |hiện |đang |tiếp tục )?(?=[^\W\d_])"
)


def _goes_on_about_a_part(sentence: str) -> bool:
    m = _BARE_PART_SUBJECT.match(sentence)
    # (a verb after it, not a name: "huyện trồng", not "huyện Cao Lộc")
    return m is not None and sentence[m.end()].islower()


@lru_cache(maxsize=4)
def _part_opened(low: str, sentence: str, catalog: Catalog) -> str | None:
    """The part a sentence opened on as its subject (etl.places.part_opening), read once per sentence."""
    return part_opening(low, sentence, catalog.places)


def _part_the_sentence_opened_on(reading: Reading, s_start: int, low: str, catalog: Catalog) -> str | None:
    """The part of the province (the border-gate economic zone) the sentence at `s_start` opened on
    as the subject of its first value, held for it; else None."""
    first_held = _first_of_sentence(reading.held, s_start)
    first_said = _first_of_sentence(reading.mentions, s_start)
    if first_held is None or first_held.reason != "other_place":
        return None
    if first_said is not None and first_said.start < first_held.start:
        return None
    # (not a part singled out on the way: "…; riêng khu du lịch Mẫu Sơn đón khoảng 180 nghìn lượt")
    if "riêng" in low[: first_held.start - s_start]:
        return None
    parts = [catalog.places[k] for k in _PARTS_A_PARAGRAPH_GOES_ON_ABOUT if k in catalog.places]
    return first_held.detail if any(p.fullmatch(first_held.detail) for p in parts) else None


def _first_of_sentence(items: list, s_start: int):
    """The first of `items` (in reading order) read in the sentence at `s_start`: looked for from the end, as
    the sentence is the one just read (a long text has thousands of items before it)."""
    first = None
    for item in reversed(items):
        if item.sentence_start < s_start:
            break
        if item.sentence_start == s_start:
            first = item
    return first


_PARTS_A_PARAGRAPH_GOES_ON_ABOUT = ("zone",)  # (a district or a site is mostly named in passing)
# the province's ground, however written ("Trên toàn địa bàn tỉnh, kim ngạch …")
_THE_PROVINCES_GROUND = compile_lowered(r"\b(?:toàn|cả) (?:địa bàn )?tỉnh\b|\bđịa bàn (?:toàn )?tỉnh\b")
_A_PLAN_COMPARED_BEFORE = compile_lowered(
    # (not the plan's own level: "thấp hơn nhiều so với kế hoạch đầu năm là 8%")
    r"\b(?:mức )?(?:tăng|vượt)(?: thêm)? so với (?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|kịch bản)\b"
    r"[^,;.\d]{0,30}?\b(?:là|đạt|ở mức|bằng)\s+$"
)
_A_YEAR_BEFORE_ITS_BRACKET = re.compile(r"\bnăm (?:19|20)\d\d\s*$")
_AN_INDEXS_PARTS_LISTED = compile_lowered(
    r"\b(?:chỉ số|chỉ tiêu) (?:nội dung|thành phần|con)\b|\btừng chỉ số\b|\bcác trụ cột\b|\btừng trụ cột\b"
)
# (a decline told: "giảm từ 12,2% … xuống còn khoảng 1,36%", "bình quân giảm 2,8%/năm, đến cuối năm 2025 còn
# 4,36%" -- not "Đến cuối năm 2023, tỷ lệ hộ nghèo còn 4,5%" alone)
_FALLEN_TO = compile_lowered(r"\bxuống\b|\bgiảm\b[^.;]{0,80}\bcòn\b")
_THE_YEARS_START = compile_lowered(r"(?<!từ )\bđầu năm (?:19|20)\d\d\b")
_SINGLED_OUT_OPENING = compile_lowered(r"\W*(?:riêng|trong đó|cùng kỳ|cùng thời gian|cùng thời điểm)\b")


def _place_just_before(reading: Reading, s_start: int, line_of) -> str | None:
    """The other place the last figure before the sentence (in its paragraph) was held for, when no figure of
    the province came after it."""
    held = next((h for h in reversed(reading.held) if h.sentence_end <= s_start), None)
    if held is None or held.reason != "other_place" or line_of(held.start) != line_of(s_start):
        return None
    if any(held.start < m.start < s_start for m in reading.mentions[-3:]):
        return None
    return held.detail


def _whole_before_parts(in_sentence: list[Mention], s_start: int, subset_at) -> Mention | None:
    """The last figure the sentence gave before its parts open ("… ước đạt 7.200 tỷ đồng, trong đó …") -- not
    the plan it was measured against ("… bằng 24,9% kế hoạch năm (kế hoạch năm 2017 là 4,2 tỷ USD); trong
    đó xuất khẩu …" gives the result's parts)."""
    before = [m for m in in_sentence if m.end - s_start <= subset_at.start()]
    results = [m for m in before if m.status not in ("target", "forecast")]
    return (results or before)[-1] if before else None


def _the_one_subject(subjects: set[Indicator], *, whole_too: bool = True) -> Indicator | None:
    """What a sentence was about, for the next one to go on with: its one subject, or the whole its others are
    parts of ("tổng kim ngạch … đạt 64,8 tỷ USD; trong đó xuất khẩu và nhập khẩu lần lượt đạt … . Dự kiến cả
    năm đạt khoảng 66 tỷ USD": the total); None when it spoke of several things."""
    if len(subjects) == 1:
        return next(iter(subjects))
    if not whole_too:
        return None
    wholes = [w for w in subjects if all(p is w or p.part_of == w.id for p in subjects)]
    return wholes[0] if len(wholes) == 1 else None


def _bare_part(
    ind: Indicator,
    low: str,
    clause,
    tok: Token,
    catalog: Catalog,
    about,
    title: str = "",
    lead_opening: str = "",
    anywhere=None,
    told_before: str = "",
) -> Indicator:
    """The part of `ind` its bare words name where the text around speaks of that part's own collector (the
    catalog's `bare_in`: "Theo Cục Hải quan tỉnh, … . Riêng tháng 11, số thu đạt 462 tỷ đồng" is the customs'
    collection), else `ind` -- not where the sentence speaks of the province's whole ("trên địa bàn").
    In the collector's own release (its title names it: "Cục Hải quan Lạng Sơn cập nhật số liệu … thu ngân
    sách"), even the whole's words are its take: "Số thu ngân sách nhà nước 8 tháng đạt 2.847,3 tỷ đồng".
    `told_before`: the sentence before in the value's paragraph, whose opening on the whole and breaking it
    down outweighs a title on one part."""
    # (within a reader's span around the value: a run-on text is one clause of many values)
    start, end = max(clause[0], tok.start - _CARRY_SPAN), min(len(low), tok.end + _CARRY_SPAN)
    # ("Cục Hải quan Lạng Sơn tổ chức hội nghị … . Tính đến ngày 15/12, tổng thu ngân sách toàn Cục đạt …": an
    # office's whole take, whichever office the text speaks of)
    office_whole = "toàn cục" in low and _OFFICE_WHOLE.search(low, start, tok.start) is not None
    # (the office collecting, in a text on the province's customs: "Báo cáo nhanh … của Cục Hải quan Lạng Sơn
    # …" over "Cục đã thu nộp ngân sách nhà nước 3.119 tỷ đồng" -- no other office named in its paragraph or
    # just before: not "Cục Quản lý thị trường tỉnh xử lý 300 vụ. … Cục thu ngân sách được 12 tỷ đồng từ xử
    # phạt")
    office_collects = (
        _THE_OFFICE_COLLECTS.search(low, start, tok.start) is not None
        and (
            _PROVINCES_CUSTOMS.search(title) is not None
            or (anywhere is not None and anywhere(_PROVINCES_CUSTOMS))
            or (
                anywhere is not None
                and anywhere(_A_CUSTOMS_DEPARTMENT)
                and not anywhere(_AN_OFFICE_NOT_CUSTOMS)
            )
        )
        and not _OTHER_COLLECTOR.search(title)
        and not _AN_OFFICE_NOT_CUSTOMS.search(low, max(0, tok.start - 300), tok.start)
        and not about(_AN_OFFICE_NOT_CUSTOMS)
    )
    if not office_whole and (
        (low.find("số thu", start, tok.start) < 0 and not office_collects)
        or (
            _PROVINCE_WHOLE.search(low, start, end)
            and not (
                (
                    _A_TAKE_IN_THE_PROVINCE.search(low, start, tok.start)
                    or _THE_CUSTOMS_TELLS_ITS_TAKE.search(low, start, tok.start)
                )
                and not _OTHER_COLLECTOR.search(low, start, tok.start)
            )
        )
        or not (_BARE_REVENUE.search(low, start, tok.start) or office_collects)
    ):
        return ind
    parts = catalog.parts_of(ind.id)
    # (a whole told with its parts is the whole: "tổng thu … 6.812 tỷ đồng; trong đó thu nội địa …")
    if any(p.search(low, start, end) for part in parts for p in part.topics):
        return ind
    # (the customs office releasing under its own name: "Hải quan Lạng Sơn tổng kết năm 2022: Số thu …"; or
    # by its lead alone, "Cục Hải quan Lạng Sơn vừa công bố …" -- but not of a sentence on the province's
    # economy: "GRDP tăng 7,1%, số thu ngân sách nhà nước năm 2022 đạt 6.812 tỷ đồng")
    collectors = [p for p in parts if p.bare_in is not None]
    by_title = [
        p
        for p in collectors
        if p.bare_in.search(title)
        or _PROVINCES_CUSTOMS.search(title)
        # (not where the sentence before opened on the whole: "Tổng thu trên địa bàn … 669,5 tỷ đồng, trong
        # đó …, còn thu từ hoạt động xuất nhập khẩu … . Tính lũy kế 11 tháng, số thu … đạt 6.932 tỷ đồng"
        # under a title on the take from trade is the whole's)
        or (
            _titled_alone(p, ind, title, catalog.parts_of(ind.id))
            and not _breaks_down(sorted(topic_spans(told_before, catalog, "money"), key=itemgetter(0)), ind)
        )
    ]
    by_lead = (
        collectors
        if _THE_DEPARTMENT.search(lead_opening)
        and "nhà nước" not in low[start : tok.start]
        and not _THE_PROVINCES_ECONOMY.search(low)
        else []
    )
    releasing = by_title or by_lead
    # (not a joint release: "Sở Tài chính … phối hợp với Cục Thuế và Cục Hải quan tỉnh tổ chức họp báo")
    released = (
        releasing[0]
        if len(releasing) == 1
        and not _OTHER_COLLECTOR.search(title)
        and not _OTHER_COLLECTOR.search(lead_opening)
        else None
    )
    if not office_whole and any(p.search(low, start, tok.start) for p in ind.topics):
        if _OTHER_COLLECTOR.search(title) or _OTHER_COLLECTOR.search(low, start, tok.start):
            return ind
        if released is not None:
            return released
        if _THE_CUSTOMS_TELLS_ITS_TAKE.search(low, start, tok.start):
            return collectors[0] if len(collectors) == 1 else ind
        if (
            _OF_THE_OFFICE.search(low, start, tok.start)
            and anywhere is not None
            and anywhere(_PROVINCES_CUSTOMS)
            and not anywhere(_OTHER_COLLECTOR)
        ):
            # "Số thu ngân sách quý I của Cục đạt 786,3 tỷ đồng" in a text on the customs office and no other:
            # the office the text speaks of
            return collectors[0] if len(collectors) == 1 else ind
        return ind
    # ("Hải quan Lạng Sơn: 11 tháng thu ngân sách …" over "…, số thu 10 tháng còn 2.804,9 tỷ đồng")
    return _collectors_part(parts, low, start, tok, about) or released or ind


def _breaks_down(spans: list[tuple[int, int, Indicator]], whole: Indicator) -> bool:
    """Whether subjects named in order (`spans`) open on `whole` and go on to a part of it ("Tổng thu … 669,5
    tỷ đồng, trong đó thu nội địa …, còn thu từ hoạt động xuất nhập khẩu …")."""
    # (a part named after the whole's own words end: not "số thu ngân sách từ hoạt động xuất nhập khẩu", the
    # part's name holding the whole's)
    return (
        bool(spans)
        and spans[0][2] is whole
        and any(ind.part_of == whole.id and start >= spans[0][1] for start, _end, ind in spans[1:])
    )


def _titled_alone(part: Indicator, whole: Indicator, title: str, parts: list[Indicator]) -> bool:
    """Whether `title` names `part` by its own words and its whole nowhere else: "Số thu từ hoạt động xuất
    nhập khẩu 9 tháng ước đạt hơn 4.350 tỷ đồng" -- its text's bare "số thu" is the part's (not "Thu ngân sách
    9 tháng đạt 8.000 tỷ đồng, thu từ hoạt động xuất nhập khẩu tăng mạnh", which names both)."""
    named = [m for t in part.topics for m in t.finditer(title)]
    # (nor a title naming another part, "… giảm, Lạng Sơn tăng thu nội địa", or the economy)
    others = [p for p in parts if p is not part]
    if not named or _THE_ECONOMY.search(title) or any(t.search(title) for p in others for t in p.topics):
        return False
    return not any(
        not any(n.start() <= m.start() < n.end() for n in named)
        for t in whole.topics
        for m in t.finditer(title)
    )


def _collectors_part(
    parts: list[Indicator], low: str, start: int, tok: Token, about, own_words=None, other_words=None
) -> Indicator | None:
    """The part whose collector the sentence names nearest before the value, else the one its paragraph speaks
    of, or None: "Theo Cục Thuế, số thu …" is the tax office's; "Cục Hải quan … cho biết, số thu …, cao hơn số
    thu của Cục Thuế" the customs'. (`own_words` and `other_words` narrow whom the text must name: the part's
    `bare_in` and the other collectors by default.)"""
    said = [i for i in parts if i.bare_in is not None]
    if len(said) != 1:
        return None
    part = said[0]
    own_words, other_words = own_words or part.bare_in, other_words or _OTHER_COLLECTOR
    own = max((m.start() for m in own_words.finditer(low, start, tok.start)), default=-1)
    other = max((m.start() for m in other_words.finditer(low, start, tok.start)), default=-1)
    if own >= 0 or other >= 0:
        return part if own > other else None
    return part if about(own_words) and not about(other_words) else None


def _collected_by_an_office(ind: Indicator, catalog: Catalog) -> bool:
    """Whether an office's take can be `ind`: a part the catalog says one collects (its `bare_in`), or the
    whole it is a part of."""
    return ind.bare_in is not None or any(p.bare_in is not None for p in catalog.parts_of(ind.id))


def _looked_back(back: re.Match, doc_date: date | None) -> bool:
    """Whether a clause "Để đạt được …" told before "…, tỉnh đã …" looks back on a result: its year is over by
    the date line, or with none written, what was done is no plan decided ("tỉnh đã đề ra …")."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", back.group())]
    if years and doc_date is not None:
        # (the span's last year: "bình quân 7,5% giai đoạn 2021 - 2025" is a plan until 2025 is over; a
        # December date line looks back on its own year)
        # (not a quarter or month of it, nor a plan decided: "trong quý IV/2024, …", "đã xây dựng kịch bản")
        return max(years) < doc_date.year or (
            max(years) == doc_date.year
            and doc_date.month == 12
            and back["decided"] is None
            and not _A_QUARTER_OR_MONTH.search(back.group())
        )
    return back["decided"] is None


_A_QUARTER_OR_MONTH = compile_lowered(r"\b(?:quý|tháng)\b")
_LOOKED_BACK = compile_lowered(
    r"\s*(?:để|nhằm) (?:đạt|hoàn thành) được\b"
    r"(?:(?!mục tiêu|kế hoạch|chỉ tiêu|dự toán)(?:[^,;:]|,(?=\d)))*,"
    rf"(?=[^.;]*\bđã\b(?P<decided> {DECIDED}\b)?)"
)
# (what would have been, told by a hedge: not "Nếu như tháng 9 chỉ đạt 460 triệu USD thì tháng trước đã đạt
# 520 triệu USD", two facts side by side)
_WOULD_HAVE = compile_lowered(
    r"\bnếu\b[^.;]*\bthì\b[^.;]*\b(?:(?:hẳn|có lẽ|chắc chắn) đã|đã (?:dễ dàng|có thể))\s+"
    r"(?:vượt|đạt|lên|tăng|cán mốc)\s+(?:khoảng |mức |hơn |trên |gần )?$"
)
_OF_A_PLAN = compile_lowered(r"\s*(?:kế hoạch|dự toán|chỉ tiêu)\b")
# the province's customs department with a branch in another province (before 2025, the industrial parks of
# Bắc Giang), told anywhere in the document or right after the value
_BRANCH_ELSEWHERE = (
    r"\bchi cục hải quan (?:quản lý )?(?:các )?(?:khu công nghiệp|kcn)\b[^.;]{0,20}?"
    r"\btỉnh (?:bắc giang|bắc ninh)\b"
)
# (the department said to have it: "Cục hiện quản lý 8 chi cục, trong đó có Chi cục Hải quan quản lý các khu
# công nghiệp tỉnh Bắc Giang"; not "… không tính số thu của Chi cục …")
_ANOTHER_PROVINCES_BRANCH = compile_lowered(
    rf"\b(?:quản lý|gồm|có|trực thuộc)\b(?:(?!không|trừ)[^.;]){{0,60}}?{_BRANCH_ELSEWHERE}"
)
_WITH_ANOTHER_PROVINCES_BRANCH = compile_lowered(
    r"[^.;]{0,20}?,?\s*(?:trong đó|(?<!chưa )(?<!không )bao gồm(?: cả)?"
    r"|(?<!chưa )(?<!không )(?<!bao )gồm(?: cả)?)\b"
    rf"(?:(?!không|trừ)[^.;]){{0,40}}?{_BRANCH_ELSEWHERE}"
)
_MORE_OF = compile_lowered(r"\b(?:tăng thêm|có thêm)\s+$")
# what a whole is said to include, before its value: another province's part ("(gồm cả các cửa khẩu của tỉnh
# Cao Bằng)"; not "không gồm …", "chưa tính …")
_INCLUDES_ANOTHER_PROVINCE = compile_lowered(
    r"(?<!không )(?<!chưa )\b(?:bao gồm|gồm|kể cả|tính cả)(?: cả)?\b[^.;()]{0,50}?\b(?:của|thuộc|ở|tại) "
    r"(?:tỉnh )?(?P<province>cao bằng|quảng ninh|bắc giang|bắc ninh|hà giang|lào cai|bắc kạn|thái nguyên"
    r"|tuyên quang|điện biên|lai châu)\b"
)
_OPENS_ON_WITH = compile_lowered(r"(?:^|[,;:]\s*)\W*với\b[^,;.]{0,60}$")
_TO_THE_COMMA = compile_lowered(r"[^,;.]{0,25},\s*(?:tỉnh |thành phố |tp\.? ?)?")
# the whole a share is of, its level in brackets ("… bằng 1,06% tổng kim ngạch … (425,1 tỷ USD)")
_WHOLE_OF_A_SHARE = compile_lowered(r"\d\s*%\s+(?:của\s+)?tổng\b[^()%;.]{0,70}\(\s*$")
# (whose whole: the nation's, compared with at the clause's opening, or a larger one named by the part's own
# noun where only the part names the province)
_COMPARED_WITH_THE_NATION = compile_lowered(r"\bso với (?:cả nước|toàn quốc)\b")
_LARGER_WHOLE = compile_lowered(r"\btổng (?P<noun>\S+ \S+)[^()]*")
_THE_PROVINCES = compile_lowered(r"\b(?:địa bàn|toàn tỉnh|của tỉnh|tỉnh ta|lạng sơn)\b")
# the area of the one gate or zone just named ("… qua khu vực này"), not of all the province's gates
_A_ZONE_NAMED = compile_lowered(r"\bkhu kinh tế(?: cửa khẩu)?\b")
_THIS_AREA = compile_lowered(r"\bqua (?:riêng )?khu vực (?:này|đó|nói trên)\b")
_ALL_THE_GATES = compile_lowered(
    r"\b(?:các|những|tất cả các) cửa khẩu (?:trên địa bàn|của tỉnh|thuộc tỉnh|trong tỉnh|của lạng sơn)\b"
)
_ITS_EARLIER_LEVEL = compile_lowered(
    r"[^;.\d]{0,30}\b(?:cao hơn|thấp hơn|so với|hơn|kém|vượt|từ) (?:mức|con số)\s*$"
)
_A_COUNT_CHANGED = compile_lowered(
    r"\bsố (?:lượng )?(?:doanh nghiệp|dự án|lượt khách|khách|xã|hộ|vụ án|đảng viên)\b[^;.,%]{0,50}"
    r"\b(?:tăng|giảm)(?: khoảng| gần| hơn| trên)?\s*$"
)

_A_SHARE_OF_A_COUNT = compile_lowered(
    # (not the next subject after a comma: "… hộ nghèo chiếm 12,2%, số hộ cận nghèo là …")
    r"\bchiếm\b(?:[^;.,]|(?<=\d)[.,](?=\d)){0,30}?\b(?:số|tổng số)(?: lượng)?"
    r" (?:doanh nghiệp|dự án|lao động|hộ|lượt khách|khách)\b"
)
# (the whole a share is of, named right after it: "2,2% tổng kim ngạch", "35% số thu", "60% vốn đăng ký")
_ANOTHER_WHOLE_AFTER = compile_lowered(
    r"\s*(?:của |trong |so với )?(?:tổng )?(?:kim ngạch|số thu|thu ngân sách|tổng thu"
    r"|số (?:doanh nghiệp|dự án|lượt|khách)|vốn|doanh thu|dư nợ|lượt khách|lượng (?:hàng|xe))\b"
)
# what stands around a sector's name in a share's subject ("tỷ trọng ngành … ", "tỷ trọng của khu vực … ")
_A_SECTORS_SHARE_FRAME = compile_lowered(
    r"\s*(?:tỷ|tỉ) trọng(?: của)?(?: các)?(?: ngành| khu vực| lĩnh vực)?\s*"
)
_A_SHARE_OF_GRDP = compile_lowered(
    r"\b(?:tỷ trọng|tỉ trọng)\b[^;.]{0,60}?(?P<whole>\b(?:trong|của|so với) (?:tổng )?"
    r"(?:grdp|gdp|tổng sản phẩm|cơ cấu)\b)[^;.]{0,80}$"
)


def _ends_with_a_move(low: str, at: int) -> bool:
    """Whether 'tăng'/'giảm' (and at most a word like 'khoảng') stands just before `at`: the cheap test
    that spares _A_COUNT_CHANGED's search back over the clause for most values."""
    near = low[max(0, at - 16) : at]
    return "tăng" in near or "giảm" in near


# ("những năm gần đây mỗi năm tỉnh có thêm khoảng 400 doanh nghiệp": recent years, not named)
_VAGUE_SPAN = compile_lowered(
    r"\bthời gian (?:qua|vừa qua|gần đây)\b"
    # (recent years' yearly amount, not a contrast with them: "Không như những năm gần đây, thu ngân sách …")
    r"|\bnhững năm (?:qua|vừa qua|gần đây)\b,?\s*(?:mỗi năm|hằng năm|hàng năm|bình quân)\b"
)
_A_FALL_FROM = compile_lowered(r"\bgiảm(?: bình quân)?(?: mỗi năm| hằng năm| hàng năm)? từ\s*$")
_OR_MORE = compile_lowered(r"\s*(?:điểm phần trăm\s*)?trở lên\b")
_NATIONS_WHOLE = "a share of the nation's whole: "
_OF_THE_NATIONS = compile_lowered(r"\s*(?:của )?(?:tổng )?(?:gdp|grdp)(?: của)? (?:cả nước|toàn quốc)\b")
_PREVIOUS_PERIOD_AFTER = compile_lowered(
    r"\s*\(?\s*so với (?:(?:tháng|quý|kỳ) (?:liền )?trước\b"
    # ("IIP tháng 02: ▼ 4,35% (so với tháng 01)": a month of no year named)
    rf"|{MONTH_OF_NO_YEAR})"
)
_MONTHS_COMPARED = compile_lowered(
    r"\btháng (?P<a>\d{1,2})(?:/\d{4})? so với tháng (?P<b>\d{1,2})(?:/\d{4})?\b"
)


def _consecutive_months_compared(low: str, start: int, end: int) -> bool:
    """ "IIP tháng 3 so với tháng 2": a month against the one before it (not "tháng 3/2019 so với tháng
    3/2018")."""
    m = _MONTHS_COMPARED.search(low, start, end)
    return m is not None and (int(m["a"]) - int(m["b"])) % 12 == 1


# (or a month or quarter of the same year named: "So với tháng 8, chỉ số tháng 9 tăng 3,8%" -- no year on year
# rate either)
_PREVIOUS_PERIOD_FIRST = compile_lowered(
    # ("nếu so với tháng 4 thì tăng 2,14%": the same, as a condition)
    r"\W*(?:nếu )?so với (?:(?:tháng|quý|kỳ) (?:liền )?trước(?: đó)?|tháng \d{1,2}|quý (?:i|ii|iii|iv|[1-4]))"
    r"\s*(?:,|\bthì\b)(?:[^;.]|[.,](?=\d)){0,80}$"
)
_REPLACED_BEFORE = compile_lowered(
    r"\bthay (?:thế )?cho (?:mức|con số|số)?(?: [^\s,;.\d]+){0,6}\s*$"
    r"|\b(?:bị ghi|ghi nhầm|ghi sai|in nhầm|in sai)(?: thành| là)?\s*$"
    # ("(không phải 350,7 tỷ đồng như đã đưa tin)": the figure the text says it is not; "(bản tin trước nêu
    # 1.187,9 triệu USD, …)", "số đã đưa tin trước đó là 478,1 triệu USD": the one a correction replaces)
    r"|\bkhông phải (?:là )?(?:mức |con số |số )?$"
    r"|\bbản tin (?:trước|trước đó|đã đăng)\b[^,;.()]{0,20}?\b(?:nêu|ghi|đưa)(?: là)?\s*$"
    r"|\b(?:số|con số|số liệu) (?:đã )?(?:đưa tin|đăng tải) trước đó là\s*$"
)
_REPLACED_AFTER = compile_lowered(
    r"[^;.]{0,80}?\bđã (?:được )?điều chỉnh (?:xuống|lên|thành|còn)(?: còn| thành)? (?:khoảng |mức )?\d"
)
_PAST_THE_COMMA = compile_lowered(r"[^,;.]{0,25},\s*")
_ABOVE_A_GIVEN_PLAN = compile_lowered(
    r"\b(?:cao|thấp) hơn (?:số|mức) "
    r"(?P<giver>trung ương|bộ tài chính|hđnd tỉnh|hội đồng nhân dân tỉnh) giao\s*$"
)
_A_DIFFERENCE = compile_lowered(r"\bcòn thiếu\s+(?:khoảng |gần |hơn |trên )?$")
# (not a bare "hơn", a bound: "đạt hơn 66 điểm so với 63,5 điểm năm 2022")
_AHEAD_OR_BEHIND = compile_lowered(r"\b(?:kém|thua|cao hơn|thấp hơn)(?: (?:gần|khoảng|hơn|trên|tới))?\s*$")
_COMPARED_WITH = compile_lowered(r"\s*so với\b")
_A_GAP = compile_lowered(r"\b(?:khoảng cách|chênh lệch|cách biệt)\b(?:[^,;.]|[.,](?=\d)){0,80}$")
# (but the plan's value the gap is to, written right after it: "khoảng cách đến mục tiêu 7% vẫn còn xa")
# ("còn khoảng cách so với mục tiêu tăng trưởng 7% mà HĐND tỉnh đề ra": the plan's rate, named by its measure)
_PLAN_VALUE_BEFORE = compile_lowered(
    r"\b(?:mục tiêu|kế hoạch|chỉ tiêu|dự toán)(?: tăng trưởng(?: kinh tế)?)?(?: (?:cả )?năm(?: \d{4})?)?"
    r"(?: (?:là|đề ra|đặt ra|được giao|giao))?\s*$"
)
_INTO_A_PART = compile_lowered(
    r"\s*(?:vào|cho) (?P<part>(?:các )?(?:khu công nghiệp|cụm công nghiệp|khu kinh tế)(?: cửa khẩu)?)\b"
    # (not a list that ends on the rest of the province: "vào các khu công nghiệp, khu kinh tế và các địa bàn
    # khác trong tỉnh")
    r"(?![^.;]{0,60}\b(?:các |những )?(?:địa bàn|địa phương|nơi) khác\b)"
)
_SCALE_TOP = compile_lowered(r"\bthang(?: điểm)?(?: tối đa)? $")
_PROVINCES_PART = compile_lowered(
    r"\b(?:(?:qua|tại|ở)(?: địa bàn)?(?: (?:các )?cửa khẩu(?: thuộc| của| trên địa bàn)?)?"
    r"|trong đó(?: (?:tổng )?(?:kim ngạch|số thu|xuất nhập khẩu|hàng hóa)"
    r"(?: xuất nhập khẩu| xuất,? nhập khẩu)?)?(?: của)?)"
    r"(?: tỉnh)? lạng sơn\b"
)
# (or the whole office collecting: "toàn Cục thu nộp ngân sách nhà nước được 4.486,2 tỷ đồng")
_OFFICE_WHOLE = compile_lowered(
    r"\bthu(?: ngân sách)?(?: nhà nước)? (?:của )?toàn cục\b|\btoàn cục (?:đã |ước )?thu nộp ngân sách\b"
)
# "Cục chỉ thu được …", "Cục dự kiến thu …": the office as the subject of its take
_OFFICE_WORDS = r"(?:đã|ước|chỉ|mới|dự kiến|phấn đấu|cần|sẽ|có thể)"
_OFFICE_VERB = rf"(?:{_OFFICE_WORDS} )*"
_OFFICE_TAKES = rf"cục {_OFFICE_VERB}thu\b"
_AN_OFFICE_COLLECTS = compile_lowered(
    rf"(?<!chi ){_OFFICE_TAKES}|thu(?: ngân sách)?(?: nhà nước)? của (?:toàn )?cục\b"
)
# the province's customs department, named (not another province's, nor the nation's "Cục Hải quan (Bộ Tài
# chính)" since 2025), and any other office ("Cục Thuế", "Cục Quản lý thị trường", "Cục Hải quan Quảng Ninh")
_ITS_OWN = (
    r"hải quan (?:tỉnh )?(?:lạng sơn\b"
    r"|tỉnh\b(?! (?:quảng ninh|cao bằng|lào cai|hà giang|bắc giang|hà nội)\b))"
)
# (or its branches at the province's gates: "Chi cục Hải quan cửa khẩu Hữu Nghị", "các chi cục thuộc Cục"; or
# the title's "Hải quan Lạng Sơn")
_PROVINCES_CUSTOMS = compile_lowered(
    rf"\bcục {_ITS_OWN}|\bhải quan lạng sơn\b|\bchi cục thuộc cục\b"
    r"|\bchi cục hải quan (?:cửa khẩu )?"
    r"(?:hữu nghị|tân thanh|chi ma|cốc nam|bình nghi|na hình|ga đường sắt)\b"
)
# (not the nation's "Tổng cục Hải quan" telling of the province's, nor the department's own branches, nor
# "Cục" spoken of again: "Số thu của Cục thường xuyên chiếm …")
_ANOTHER_OFFICE = compile_lowered(
    rf"(?<!tổng )(?<!chi )(?<!của )(?<!thuộc )(?<!toàn )\bcục (?!trưởng\b|thu\b|{_OFFICE_WORDS}\b|{_ITS_OWN})"
    r"|\bchi cục (?!hải quan|thuộc|(?:đã |ước )?thu\b)"
)
_THE_BEST_OF_ALL = compile_lowered(
    r"(?<!có )\b(?:điểm|điểm số|mức điểm|tỷ lệ) (?:cao|thấp) nhất (?:trên bảng xếp hạng|cả nước|toàn quốc"
    r"|của cả nước|trong cả nước)\b[^,;.]{0,40}?(?:là|đạt)\s*$"
)
# (the department, or the regional branch that took over its gates in 2025 -- not a branch at one gate)
_THE_DEPARTMENT = compile_lowered(r"\bcục hải quan (?:tỉnh )?lạng sơn\b|\bchi cục hải quan khu vực vii?\b")
_THE_PROVINCES_ECONOMY = compile_lowered(
    r"\b(?:grdp|tăng trưởng kinh tế|kinh tế (?:của )?(?:tỉnh|lạng sơn))\b"
)
_LEAD_OPENING = 90  # (the characters of a lead in which it names whose release it is)
# ("của Cục" alone, then its verb: not "của Cục Thống kê tỉnh, số thu …")
_OF_THE_OFFICE = compile_lowered(
    r"\bcủa (?:toàn )?cục(?= (?:đạt|ước|là|chỉ|mới|tăng|giảm|đã|thu)\b|\s*[,;.]| \d"
    # (its period between: "Số thu ngân sách của Cục từ đầu năm đến ngày 25/5 đạt …")
    r"| (?:từ đầu năm|tính đến|đến (?:hết )?(?:ngày|tháng)|trong (?:năm|tháng|quý)"
    r"|quý|tháng|năm|lũy kế|nửa)\b)"
)
_ON_TRADE = compile_lowered(r"\b(?:xuất nhập khẩu|xnk|kim ngạch|tờ khai)\b")
# what a report on the economy speaks of beside trade
_OTHER_SUBJECTS = compile_lowered(
    r"\b(?:grdp|tổng sản phẩm|tăng trưởng kinh tế|kinh tế - xã hội|lượt khách|du lịch|bán lẻ|công nghiệp"
    r"|vốn đầu tư|thành lập mới|hộ nghèo|thu nhập)\b"
)
_REVENUE_AT_HOME = compile_lowered(r"\bthu nội địa\b")
_THE_PROVINCE_BY_NAME = compile_lowered(r"\blạng sơn\b|\btỉnh\b")
# a customs office the text may speak of ("Chi cục Hải quan khu vực VI", "Hải quan Lạng Sơn")
_A_CUSTOMS_OFFICE = compile_lowered(
    r"\b(?:chi cục|cục) hải quan\b|\bhải quan (?:khu vực|lạng sơn|cửa khẩu)\b"
)
_OTHER_COLLECTOR = compile_lowered(r"\b(?:cục thuế|chi cục thuế|ngành thuế|sở tài chính|kho bạc)\b")
_PROVINCE_WHOLE = compile_lowered(r"\b(?:trên địa bàn|toàn tỉnh|của tỉnh|cả tỉnh)\b")
# (but a collector's own words for its take in the province, "số thu trên địa bàn", bare: the regional customs
# branch serves two provinces -- "Riêng số thu trên địa bàn tỉnh Lạng Sơn đạt 6.205,4 tỷ đồng" in its release
# is its take here, not the province's whole, which is "thu ngân sách nhà nước trên địa bàn tỉnh")
_A_TAKE_IN_THE_PROVINCE = compile_lowered(
    r"\bsố thu(?: phát sinh)? (?:trên|tại) (?:địa bàn(?: tỉnh)?(?: lạng sơn)?|(?:tỉnh )?lạng sơn)\b"
    r"(?:(?!\b(?:thu ngân sách|tổng thu|toàn tỉnh|cả tỉnh)\b)[^.;]){0,80}$"
)
# (so is the budget's take there the customs itself tells: "Chi cục Hải quan khu vực VI cho biết, tính đến
# ngày 25/2, số thu ngân sách trên địa bàn tỉnh Lạng Sơn đạt …")
_THE_CUSTOMS_TELLS_ITS_TAKE = compile_lowered(
    r"\b(?:chi cục hải quan khu vực [ivx]+|cục hải quan(?: tỉnh)? lạng sơn),?"
    r" (?:cho biết|thông tin|báo cáo)\b"
    r"(?:(?!\b(?:thuế|kho bạc|sở tài chính|tổng thu|toàn tỉnh|cả tỉnh)\b)[^.;]){0,50}?"
    r"\bsố thu ngân sách (?:trên|tại) (?:địa bàn(?: tỉnh)?(?: lạng sơn)?|(?:tỉnh )?lạng sơn)\b"
    # (and the plans it is measured against, after it)
    r"(?:(?!\b(?:thu ngân sách|tổng thu|toàn tỉnh|cả tỉnh)\b)(?:[^.;]|\.(?=\d))){0,160}$"
)
# "số thu" alone, not "tổng số thu" (the total) nor "số thu nội địa", "số thu từ …" (named parts)
_BARE_REVENUE = compile_lowered(r"(?<!tổng )\bsố thu\b(?! (?:nội địa|từ|ngân sách nhà nước trên))")


def _says_another(lead: str, ind: Indicator, catalog: Catalog) -> bool:
    """Whether `lead` has a verb naming another indicator than `ind` (catalog `said_with`: "thu", "chi")."""
    if ind.said_with is not None and ind.said_with.search(lead):
        return False
    return any(i.said_with.search(lead) for i in catalog.indicators if i.said_with is not None)


def _whole_compared(mentions: list[Mention], text: str) -> Mention | None:
    """The latest figure (of the last few) whose comparison is `text`: the whole a part's bare change
    borrows its reference from."""
    for m in reversed(mentions[-12:]):
        if any(c.text == text for c in (m.comparison, *m.also_compared) if c is not None):
            return m
    return None


def _supposed(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] stands in a condition: after "nếu", before the condition ends at its "thì" or
    its comma ("nếu mỗi năm chỉ tăng trên 7% thì …", "Nếu GRDP năm 2025 tăng 8%, tỉnh sẽ …"). Not "nếu như …"
    nor "Nếu năm 2023 … thì năm 2024 …", which set two facts side by side."""
    cond = _condition_before(low, start)
    if cond is None:
        return False
    ends = [i for i in (low.find(" thì ", cond), low.find(", ", cond)) if i >= 0]
    return start < min(ends, default=len(low))


def _under_plan(
    m: Mention, plan: str, planned: Period | None, doc_date: date, through: bool = False
) -> Mention:
    """A table cell a plan's heading plans: a column without its year ("Quý I") is of the year the heading
    plans ("KỊCH BẢN TĂNG TRƯỞNG NĂM 2025"); a column of a period outside it that has begun by the
    document's date is a result ("II. KẾ HOẠCH NĂM 2025" over "Năm 2023 | Năm 2024": 2023 actual, 2024
    estimated), never the plan's. Under a heading that plans up to its year ("MỤC TIÊU … ĐẾN NĂM 2030"), a
    year not over by then is the plan's too ("Năm 2026 | Năm 2028 | Năm 2030" of January 2026)."""
    if m.status != plan:
        return m
    if (
        through
        and planned is not None
        and m.period.end <= planned.end
        # (a year to come, or one just begun on the date line, the plan's first; not one nearly over: "Năm
        # 2025" of October 2025 is an estimate)
        and (doc_date - m.period.start).days <= 92
    ):
        return m
    if (
        planned is not None
        and planned.kind == "year"
        and m.period.kind in _PART_OF_A_YEAR
        and m.period.start.year != planned.start.year
    ):
        return replace(m, period=shift_years(m.period, planned.start.year - m.period.start.year))
    if _within(m.period, planned) or m.period.start > doc_date:
        return m
    return replace(m, status="actual" if m.period.end < doc_date else "estimate")


def _within(period: Period, span: Period | None) -> bool:
    return span is not None and span.start <= period.start and period.end <= span.end


_AN_OFFICE_TAKES = compile_lowered(rf"(?<!chi )\b{_OFFICE_TAKES}")


def _clause_named_in(ind: Indicator, low: str, clause_start: int, at: int) -> int:
    """Where the clause that names `ind` starts: the value's own, or the one before a semicolon when its own
    names none of `ind`'s words (the subject carried past it)."""
    if clause_start == 0 or any(t.search(low, clause_start, at) for t in (*ind.topics, *ind.generic_topics)):
        return clause_start
    before = low.rfind(";", 0, clause_start - 1) + 1
    # (only an office's take carries so: not "… với 2.800 doanh nghiệp làm thủ tục qua các cửa khẩu; riêng quý
    # IV đạt 1,5 tỷ USD", the whole's quarter)
    return before if _AN_OFFICE_TAKES.search(low, before, clause_start) else clause_start


def _subject_before_semicolon(low: str, semi: int, tok, own: list[PeriodMatch], topics, catalog):
    shifted = _periods_of_the_clause(own, semi, len(low))
    if not only_period_and_verb(low[semi + 1 : tok.start], shifted) and not (
        # (an index's score needs no period of its own: "PCI của tỉnh xếp thứ 8/63; đạt 65,12 điểm" -- where
        # the clause before names no span but a year: "Cũng trong tháng 5, PAPI 2020 được công bố; tỉnh đạt
        # 42,38 điểm" is for the rules of an index's edition)
        tok.kind == "score"
        and only_continuation(low[semi + 1 : tok.start], shifted)
        and all(pm.period.kind == "year" for pm in own if pm.start < semi)
        # (nor a component's, named after it: "…; đạt 6,5 điểm ở chỉ số thành phần Chi phí thời gian")
        and not _A_COMPONENT_AFTER.match(low, tok.end)
    ):
        return None
    # (past clauses of the same kind between: "cuối năm 2022 tỷ lệ hộ nghèo còn 11,2%; cuối năm 2023 còn
    # 8,43%; cuối năm 2024 còn 5,86%")
    while (
        (earlier := low.rfind(";", 0, semi)) >= 0
        and not any(earlier < c[1] <= semi for c in topics_of(tok.kind, low, catalog, topics))
        and _a_bare_clause(low, earlier, semi, own)
    ):
        semi = earlier
    named = [
        c
        for c in topics_of(tok.kind, low, catalog, topics)
        if c[1] <= semi
        and ";" not in low[c[1] : semi]
        and (
            tok.kind == "money"
            or c[2].figure_measure in ("share", "growth")
            or (tok.kind == "score" and c[2].figure_measure == "score")
        )
    ]
    if not named:
        return None
    last = max(named, key=lambda c: (c[1], c[1] - c[0]))
    # (a growth rate only where nothing else was named after it: "Chỉ số sản xuất công nghiệp quý III tăng
    # khá; tính chung 9 tháng, chỉ số ước tăng 4,27%" -- not the change of an amount named after it, "Tăng
    # trưởng đạt 7%, thu ngân sách 5.000 tỷ đồng; 9 tháng tăng 12%")
    if last[2].figure_measure == "growth" and (
        tok.kind != "percent"
        or any(last[1] <= c[0] < semi for c in topics_of("money", low, catalog, topics))
        or DIGIT.search(low, last[1], semi)
    ):
        return None
    return last[2]


_THE_PROVINCE_SCORES = compile_lowered(
    r"\W*(?:(?:năm \d{4}|kết quả[^,]{0,20}|theo đó),\s*)?(?:tỉnh lạng sơn|lạng sơn|tỉnh)"
    r"(?: (?:tiếp tục|cũng|đã))? (?:đạt|được)(?: được)?\s*"
)


def _the_index_in_per_cent(low: str, catalog: Catalog) -> Indicator | None:
    """The score, in per cent, of the one index the sentence names (PAR Index, SIPAS), if it names one."""
    keys = [key for key in catalog.indices if catalog.names_the_index(key).search(low)]
    if len(keys) != 1:
        return None
    return next(
        (
            ind
            for ind in catalog.indicators
            if ind.index == keys[0] and ind.figure_measure == "score" and catalog.unit(ind).kind == "rate"
        ),
        None,
    )


_A_GROUPS_THRESHOLD = compile_lowered(
    r"\bnhóm\b(?: (?:các|những))?(?: tỉnh| địa phương| huyện| xã)?(?: có)? [^,;.\d]{0,40}?"
    r"\b(?:dưới|trên|từ|hơn|không quá|thấp hơn|cao hơn)\s*$"
)
_HIGHER_THAN_A_PLAN_GIVEN = compile_lowered(
    r"\b(?:cao|thấp) hơn (?:mức |số )?(?:do )?[^,;.\d]{0,30}?\bgiao\s*$"
)
_A_RUN_OF_YEARS_PAST = compile_lowered(
    r"\b(?:năm|quý|tháng) thứ (?:hai|ba|tư|năm|\d{1,2}) liên tiếp\b[^,;.]{0,50}?"
    r"\b(?:trên|hơn|vượt(?: mốc)?|ngoài|từ|quá)\s*$"
)
_A_COMPONENT_AFTER = compile_lowered(r"\s*(?:ở|tại|về|của|cho) (?:chỉ số|nội dung|lĩnh vực|trụ cột)\b")


def _periods_of_the_clause(own: list[PeriodMatch], semi: int, end: int) -> list[PeriodMatch]:
    """The periods between the semicolon at `semi` and `end`, placed from the clause's start."""
    return [
        replace(pm, start=pm.start - semi - 1, end=pm.end - semi - 1) for pm in own if semi < pm.start < end
    ]


def _a_bare_clause(low: str, semi: int, end: int, own: list[PeriodMatch]) -> bool:
    """Whether the clause low[semi + 1 : end] is only a period, a verb and one value ("cuối năm 2023 còn
    8,43%")."""
    value = DIGIT.search(low, semi + 1, end)
    if value is None:
        return False
    periods = _periods_of_the_clause(own, semi, end)
    lead = low[semi + 1 : value.start()]
    # (the value's own period starts with a digit too: "; năm 2023 còn …" is read past its year)
    while periods and periods[0].start <= len(lead) < periods[0].end:
        value = DIGIT.search(low, semi + 1 + periods[0].end, end)
        if value is None:
            return False
        lead = low[semi + 1 : value.start()]
    return only_period_and_verb(lead, periods)


_ACCORDINGLY = compile_lowered(r"\W*(?:theo đó|cụ thể)\s*[,:]")
# the topic "tăng trưởng" on its own, as a comma opens it (no "kinh tế", "GRDP" nor a period before it)
_BARE_GROWTH = compile_lowered(r",?\s*tăng trưởng")
# … unless the rate is an item of a list of the main figures, another item after it ("thu ngân sách 6.000 tỷ
# đồng, tăng trưởng 7%, GRDP bình quân đầu người 65 triệu đồng": the economy's growth)
_LIST_GOES_ON = compile_lowered(
    r"(?:\s*/\s*năm)?\s*[,;]\s*+"
    # (not the amount's own sentence going on: "…, trong đó xuất khẩu …", "…, vượt 20% dự toán", "…, cao
    # hơn …")
    r"(?!trong đó|riêng|vượt|cao hơn|thấp hơn|bằng|tăng|giảm|so với|chiếm|gấp|đạt|tương đương)"
    r"[^,;.\d]{3,60}?\d"
)
_PLAN_ADOPTED = compile_lowered(
    r"\b(?:thông qua|ban hành|phê duyệt|quyết nghị|đề ra|đặt ra)\b[^.;]{0,80}?"
    r"\b(?:nghị quyết|kế hoạch|chỉ tiêu|mục tiêu)\b|\bnghị quyết về kế hoạch\b"
)


def _year_plan_after_ratio(low: str, tok: Token) -> bool:
    """Whether the plan's amount after a result's ratio to it is said the year's ("bằng 24,9% dự toán năm
    10.500 tỷ đồng", "… 10.500 tỷ đồng được giao cho cả năm")."""
    ratio = _PLAN_AMOUNT_AFTER_RATIO.search(low, max(0, tok.start - 60), tok.start)
    return ratio is not None and (
        _A_YEAR.search(ratio.group()) is not None or _FOR_THE_YEAR.match(low, tok.end) is not None
    )


_A_YEAR = compile_lowered(r"\b(?:cả )?năm\b|\b(?:19|20)\d{2}\b")
_FOR_THE_YEAR = compile_lowered(r"\s*\)?\s*(?:đã )?(?:được )?(?:giao )?(?:cho |của )?(?:cả )?năm\b")
# a plan's amount right after a result's ratio to it (not a quarter's or a month's plan, named between)
# (not one pointed back at: "… lần lượt đứng thứ 51 và 45 về chỉ số này")
_AN_INDEX_NAMED_AFTER = compile_lowered(
    r"[^;.]{0,40}?\bvề (?P<index>chỉ số|bộ chỉ số|pci|papi|pgi|dti|sipas|par index|ict index)\b"
    r"(?! (?:này|đó|trên|nói trên|đó)\b)"
)


def _names_a_held_index(low: str, start: int, catalog: Catalog, topics: dict) -> bool:
    """Whether the name of an index from `start` (to a comma) is one whose rank the catalog holds, by its
    abbreviation ("(PCI)") or its words ("chỉ số chuyển đổi số")."""
    # (a rank the catalog holds for it: not SIPAS, whose score it holds and whose rank it does not)
    end = start + len(_up_to_a_comma(low, start))
    return any(start <= a < end for a, *_ in topics_of("rank", low, catalog, topics))


def _up_to_a_comma(low: str, start: int) -> str:
    """low from `start` to the first comma, semicolon or full stop outside brackets (120 characters at most):
    the name of what a rank is in."""
    depth = 0
    for i, ch in enumerate(low[start : start + 120]):
        depth += (ch == "(") - (ch == ")")
        if depth <= 0 and ch in ",;." and not low[start + i + 1 : start + i + 2].isdigit():
            return low[start : start + i]
    return low[start : start + 120]


_A_GAP_ITS_REFERENCE_BEFORE = compile_lowered(
    r"\bso với\b[^;,]{3,70}?(?:,\s*)?(?:thì\s+)?(?:cao|thấp) hơn\s+(?:khoảng\s+|gần\s+|hơn\s+)?$"
)
_ITS_PART_AFTER_A_PART = compile_lowered(
    r"[;,]\s*(?:trong đó\s*)?phần (?:xuất khẩu|nhập khẩu)\s+(?:đạt\s+|là\s+)?(?:khoảng |gần |hơn |trên )?$"
)
_AN_ASIDE_AFTER_A_DASH = re.compile(r"\s[-–]\s+(?:tháng|quý|năm)\b")

_PLAN_AMOUNT_AFTER_RATIO = compile_lowered(
    r"\d\s*%\s*(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu)"
    r"(?:\s+(?:năm|cả năm|được giao|giao|pháp lệnh|phấn đấu|trung ương giao|hđnd tỉnh giao|\d{4}))*"
    r"\s+(?:là\s+)?$"
)
# a score the province gave itself before the index is published ("theo kết quả tự đánh giá, PAR Index …")
_SELF_ASSESSED = compile_lowered(r"\btự (?:đánh giá|chấm(?: điểm)?)\b")
_PROPOSED = compile_lowered(
    r"\b(?:đề nghị|kiến nghị|đề xuất)\s+(?:nâng|điều chỉnh|hạ|giảm|tăng)\b[^.;]{0,100}?"
    r"\b(?:lên|xuống)(?: mức| còn)?\s*$"
)


def _year_the_other_moves_tell(low: str, clause_start: int, tok) -> int | None:
    """The year of a level a move starts from or ends at, where its own words leave it unsaid and every
    other move of the sentence between two years says one pair: "… giảm từ 51,04% năm 2000 xuống còn 39,34%
    năm 2008; ngành công nghiệp - xây dựng tăng từ 12,59% lên 21,39%" (2000, then 2008); "… từ 14,99% năm 2023
    xuống còn 11,36% năm 2024; tỷ lệ hộ nghèo từ mức 6,03% của năm 2023 đã hạ xuống còn 3,36%" (2024). Else
    None."""
    if _ITS_YEAR_AFTER.match(low, tok.end):
        return None
    segment = max(clause_start, low.rfind(", ", 0, tok.start), low.rfind("; ", 0, tok.start))
    if status_of(low, segment, tok.start) in ("target", "forecast") or _MOVES_ON.search(
        low, segment, tok.start
    ):
        # (not a plan's move after a result's: "…; tỉnh phấn đấu tiếp tục đưa tỷ lệ hộ nghèo từ 11,36% xuống
        # còn khoảng 8,5%", "… sẽ tiếp tục tăng từ 44,2% lên khoảng 50%")
        return None
    if (
        started := _FROM_A_YEARS_LEVEL_TO.search(low, max(clause_start, tok.start - 120), tok.start)
    ) is not None:
        side, from_year = "b", started["y"]
    elif _A_MOVE_FROM.search(low, max(clause_start, tok.start - 12), tok.start) and _ITS_MOVE_AFTER.match(
        low, tok.end
    ):
        side, from_year = "a", None
    elif _A_YEARLESS_MOVE_TO.search(low, max(clause_start, tok.start - 60), tok.start):
        side, from_year = "b", None
    else:
        return None
    pairs = {
        (m["a"], m["b"])
        for m in _A_MOVE_BETWEEN_YEARS.finditer(low)
        if (from_year is None or m["a"] == from_year) and not m.start() <= tok.start < m.end()
    }
    return int(pairs.pop()[0 if side == "a" else 1]) if len(pairs) == 1 else None


# words of a move still to come ("sẽ tiếp tục tăng từ 44,2% lên khoảng 50%")
_MOVES_ON = compile_lowered(r"\b(?:sẽ|tiếp tục|dự kiến|phấn đấu|hướng tới)\b")
# a level a move starts from, no year of its own ("tăng từ 12,59% lên 21,39%"), and where it ends
_A_MOVE_FROM = compile_lowered(r"\btừ (?:mức )?$")
_ITS_MOVE_AFTER = compile_lowered(
    r"\s*(?:lên|xuống)(?: mức)?(?: còn)?(?: khoảng| gần| hơn| trên)?\s+\d[\d.,]*\s*%?"
    r"(?!\s*(?:\(|,)?\s*(?:của |vào |đến )?năm)"
)
_A_YEARLESS_MOVE_TO = compile_lowered(
    r"\btừ (?:mức )?\d[\d.,]*\s*%?\s*(?:lên|xuống)(?: mức)?(?: còn)?(?: khoảng| gần| hơn| trên)?\s+$"
)


def _the_one_day_told(own, low: str) -> Period | None:
    """The one day, with its year, that a sentence's own periods name as the day something took effect, or
    None where they name none or several days: "… giảm 135 đơn vị; kết thúc hoạt động cấp huyện từ ngày
    1/7/2025" (not a deadline or another act's day: "…; đề án … phải trình trước ngày 30/6/2025")."""
    if len(own) != 1 or own[0].period.kind != "dates" or own[0].period.start != own[0].period.end:
        return None
    if has_no_year(own[0].period) or not _TAKES_EFFECT_ON.search(
        low, max(0, own[0].start - 40), own[0].start
    ):
        return None
    return own[0].period


# the words before a day something took effect on ("từ ngày", "kể từ", "có hiệu lực từ ngày", "chính thức vận
# hành từ")
_TAKES_EFFECT_ON = compile_lowered(r"\b(?:từ|kể từ|hiệu lực(?: thi hành)?)\s+(?:ngày\s+)?$")


def _the_result_measured_against(tok, ind, low: str, said: list[Mention]) -> Mention | None:
    """The result of `ind` published earlier in the sentence, within one year, that the plan amount `tok` is
    written after as what it was measured against ("bằng 80,6% dự toán … (9.080 tỷ đồng)")."""
    if not _ANNUAL_PLAN_LEVEL.search(low, max(0, tok.start - 160), tok.start):
        return None
    return next(
        (
            m
            for m in reversed(said)
            if m.indicator_id == ind.id
            and m.status not in ("target", "forecast")
            and m.period.start.year == m.period.end.year
        ),
        None,
    )


# the year's count, said in the value's own clause ("…; cả năm có 16/18 chỉ tiêu đạt và vượt")
_THE_YEARS_COUNT = compile_lowered(r"\b(?:cả năm|trong năm)(?: (?:có|đạt|ước có|ước đạt))?\s+$")
# a body setting itself what follows ("Đảng bộ tỉnh xác định tốc độ tăng trưởng …")
_SETS_ITSELF = compile_lowered(
    r"\b(?:tỉnh|đảng bộ(?: tỉnh)?|ubnd tỉnh|hđnd tỉnh|ban chấp hành|đại hội|nghị quyết)\b[^.;]{0,40}?"
    r"\b(?:xác định|đề ra|thống nhất|chủ trương)\b(?! (?:rõ|được|là năm)\b)"
)
# a year compared with, right before a bracket ("… so với năm 2022 (khi đó …)")
_A_YEAR_COMPARED_WITH = compile_lowered(r"\bso với (?:năm )?(?P<y>(?:19|20)\d\d)\s*$")
# a bracket that speaks of the time just compared with ("tăng 33 bậc so với năm 2023 (khi đó tỉnh xếp thứ
# 62)")
_THEN = compile_lowered(r"\(\s*(?:khi|lúc|hồi|thời điểm|năm) (?:đó|ấy|này)\b")


def _then_of_the_comparison_before(tok, low: str, s_start: int, comparisons) -> tuple[Period, str] | None:
    """The period a comparison named right before the bracket `tok` stands in, where the bracket opens on
    "khi đó" -- the value is of the time compared with, not of the sentence's."""
    opened = bracket_around(low, tok.start)
    if opened is None or not _THEN.match(low, opened):
        return None
    for comp in comparisons:
        if comp.period is not None and not comp.period.same_span and 0 <= opened - (comp.end - s_start) <= 2:
            return comp.period, "clause"
    # (a comparison with no amount: "thấp hơn nhiều so với năm 2022 (khi đó tăng 6,95%, …)")
    if (year := _A_YEAR_COMPARED_WITH.search(low, max(0, opened - 40), opened)) is not None:
        return year_period(int(year["y"])), "clause"
    return None


# a sentence that asks ("…?"), closing quotes or brackets after its mark
_A_QUESTION = re.compile(r"\?[\s\"'”)»]*$")


def _its_subjects_rank(low: str, place: str, scored_at: int, rank_at: int, places: dict) -> bool:
    """Whether another province named as its segment's subject ("…: Hà Giang chỉ đạt 43,7 điểm") goes on to
    the rank after its score -- not one the province is set beside ("cao hơn Bắc Kạn (42,9 điểm), tỉnh xếp thứ
    24/63", "chỉ sau Cao Bằng (66,1 điểm), xếp thứ 36/63")."""
    named = low.rfind(place, 0, scored_at)
    if named < 0 or not _is_province(place, places):
        return False
    segment = max(low.rfind(mark, 0, named) for mark in ",:;(") + 1
    return not low[segment:named].strip() and not _SET_BESIDE_ANOTHER.search(low, named, rank_at)


_SET_BESIDE_ANOTHER = compile_lowered(r"\b(?:hơn|sau|so với|bằng|như|kém|tỉnh|lạng sơn)\b")


def _a_year_after_the_opening_comparison(tok, low: str, periods, own) -> tuple[Period, str] | None:
    """ "So với tháng 11 năm ngoái, chỉ số sản xuất công nghiệp tăng 9,42%; cộng dồn 11 tháng, …": a sentence
    opening on the part of last year it compares with, its first clause naming no period of its own, is on the
    same part of this year."""
    opening = _OPENS_AGAINST_LAST_YEAR.match(low)
    if opening is None or not opening.end() <= tok.start or ";" in low[opening.end() : tok.start]:
        return None
    if any(pm.start < tok.start for pm in own):
        return None
    compared = [pm.period for pm in periods if opening.start("then") <= pm.start < opening.end()]
    if len(compared) != 1 or compared[0].kind not in ("month", "quarter", "months", "half_year"):
        return None
    return shift_years(compared[0], 1), "clause"


# a sentence opening on the part of last year it compares with ("So với tháng 11 năm ngoái, …")
_OPENS_AGAINST_LAST_YEAR = compile_lowered(
    r"\W*so với (?:cùng kỳ )?"
    r"(?P<then>(?:tháng \d{1,2}|quý (?:iv|iii|ii|i)|\d{1,2} tháng(?: đầu năm)?)"
    r" (?:của )?năm (?:ngoái|trước)),\s*"
)


# a sentence that opens on the figure just given and says how it changed ("Con số này giảm 14,6% so với cùng
# kỳ năm 2017", "Kết quả trên tăng 16,8% so với năm 2023")
_THIS_FIGURE_CHANGED = compile_lowered(
    r"\s*(?:con số|kết quả|số liệu|mức|số) (?:này|đó|trên)\s+(?:(?:đã|chỉ|vẫn|cũng|ước|lại)\s+)?"
    r"(?:tăng|giảm|thấp hơn|cao hơn|vượt)\b"
)
# a sentence opening on the figure the one before gave ("Con số này mới bằng 31% …", "Tuy nhiên, số thu này
# …")
_OPENS_ON_THE_FIGURE_BEFORE = compile_lowered(
    r"\W*(?:(?:tuy nhiên|song|nhưng|như vậy|theo đó),?\s+)?"
    r"(?:con số|số thu|mức thu|kết quả|số liệu|mức) (?:này|đó|trên)\b"
)
_POINTS_BACK = re.compile(r"(?<!trong )\b(?:con số|số) (?:này|đó)\b", re.IGNORECASE)
_PART_SINGLED_OUT = compile_lowered(r"\b(?:riêng|trong đó)\b")
_CARRY_SPAN = 300  # characters a reader carries a place over (a run-on text has no clause end for pages)


def _is_province(name: str, places: dict) -> bool:
    """Whether a place named as written is a province (not the nation, a region, a district)."""
    province = places.get("province")
    return province is not None and province.fullmatch(name) is not None


_PART_AFTER = compile_lowered(r"\s+là (?:khoản|nguồn|phần)\b")
# a value's comma segment singling out a part of what its clause opened on ("…, riêng cửa khẩu Hữu Nghị đạt
# 206,4 triệu USD"), the value closing it
_A_PART_SINGLED_OUT_SEGMENT = compile_lowered(r"[,(]\s*(?:riêng|trong đó(?: riêng)?)\s(?:[^,;()]|,(?=\d))*$")
_ITS_OWN_EARLIER = compile_lowered(r"\s*(?:của )?(?:cùng kỳ|năm trước|năm ngoái|kỳ trước|năm \d{4})\b")
_TURNS_BACK = compile_lowered(
    r"\b(?:nhưng|song|trong khi|so với(?! (?:cùng kỳ|năm|quý|tháng|kỳ|giai đoạn)\b)|cao hơn|thấp hơn"
    r"|mục tiêu|kế hoạch|kịch bản|chỉ tiêu|của tỉnh)\b"
    # ("(cả nước tăng 6,76%), trong đó quý II ước tăng 7,31%": a bracket's place stays in it; but "GDP … của
    # cả nước ước tăng 6,42% so với cùng kỳ năm trước, trong đó quý II tăng 6,93%" goes on with the nation)
    r"|\)"
)


def _condition_before(low: str, start: int) -> int | None:
    """Where the condition low[start] stands in, or leads to, opens ("Nếu …, X có thể …"), or None (a
    semicolon between closes it; "nếu như …", "nếu so với …" compare, not suppose)."""
    cond = low.rfind("nếu ", 0, start)
    if cond < 0 or ";" in low[cond:start] or _CONTRAST.match(low, cond):
        return None
    return cond


# An amount written in bare đồng below this is no level (a level in đồng is written in full:
# "7.590.000.000.000 đồng", "850.000 đồng")
_FEWEST_DONG = 1_000  # (a monthly income was once below a million: "850.000 đồng")
_EACH_MONTH = compile_lowered(
    r"\s*(?:mỗi|một|/)\s*(?:tháng|ngày|tuần)\b"
    # (or per visit, per night: "mức chi tiêu bình quân chỉ khoảng 570.000 đồng/lượt")
    r"|\s*/\s*(?:lượt|khách|du khách|đêm|ngày đêm)\b|\s+(?:mỗi|một|cho mỗi) (?:lượt|khách|du khách)\b"
)
_EACH_MONTH_BEFORE = compile_lowered(
    # ("bình quân mỗi tháng của 6 tháng cuối năm phải thu khoảng 373 tỷ đồng")
    r"\b(?:mỗi|bình quân một|bình quân 1) (?:tháng|ngày|tuần)\b[^,;.]{0,50}$"
    # (or per visitor: "chi tiêu bình quân của một lượt khách khoảng 424 nghìn đồng")
    r"|\b(?:của|cho|trên|mỗi) (?:một |1 )?(?:lượt khách|du khách|khách)\b[^,;.]{0,25}$"
)
# the same opening its clause, the value past a comma ("Bình quân mỗi tháng quý III, số thu của Cục đạt trên
# 420 tỷ đồng", "Tính bình quân mỗi tháng, 9 tháng năm 2024 thu ngân sách đạt 700 tỷ đồng"), or one visitor
# ("…; một lượt khách lưu trú chi tiêu khoảng 1,5 triệu đồng"): searched from the sentence's start
_EACH_MONTH_OPENING = compile_lowered(
    r"(?:^|[.;:]\s*)\W*(?:tính )?(?:bình quân|trung bình) (?:mỗi|một|1) (?:tháng|ngày|tuần)\b"
    # (not across another value: "Bình quân mỗi tháng tăng 8%, 9 tháng … đạt 2,9 triệu lượt", "…, thu ngân
    # sách đạt 700 tỷ đồng, nhờ vậy 9 tháng … đạt 6.300 tỷ đồng"; nor a whole's "cả 9 tháng")
    r"(?:(?!%|\bđồng\b|\busd\b|\blượt\b|\bcả\b"
    # (nor past a clause that restates the whole: "…, 9 tháng năm 2024 toàn tỉnh có 850 doanh nghiệp …")
    r"|(?<!tháng)(?<!ngày)(?<!tuần),\s*(?:\d+ tháng|năm \d{4}|quý [ivx]+)[^,;.]{0,20}\b(?:toàn tỉnh|tổng)\b)"
    r"[^;.]|\.(?=\d)){0,120}$"
    r"|(?:^|[,;:]\s*)\W*(?:mỗi|một|1) (?:lượt khách|du khách|khách)\b[^,;.]{0,40}$"
)
# "Giả định các tháng cuối năm, kim ngạch duy trì ổn định, cả năm đạt …": a scenario's value, a forecast
_SUPPOSED = compile_lowered(r"\b(?:giả định|giả sử)\b")
_IF_THEN = compile_lowered(
    r"^\W*(?:giả sử|trường hợp|giữ(?: nguyên)? (?:mục tiêu|kế hoạch|chỉ tiêu|kịch bản|mức))\b"
    r"[^.;]{0,80}?\bthì\b"
)
# a plan set on a count of targets met ("phấn đấu đến hết nhiệm kỳ hoàn thành ít nhất 20/25 chỉ tiêu")
_AIMED = compile_lowered(r"\b(?:phấn đấu|mục tiêu|cần|phải|quyết tâm|đặt ra)\b")
_ESTIMATED_WORD = compile_lowered(r"\bước\b")
_FORESEEN = compile_lowered(r"\b(?:dự kiến|dự báo|có khả năng|có thể)\b")
# "18/22 chỉ tiêu có thể đạt": targets that may be met, a count foreseen
_MAY_BE_MET = compile_lowered(r"(?:\s*chỉ tiêu)?(?: [^\s,;.]+){0,4}? có thể (?:đạt|hoàn thành|vượt)\b")
# (not a plan the government assigns the province: "mục tiêu tăng trưởng cả năm 8,75% mà Chính phủ giao")
_NATIONS_PLAN_AFTER = compile_lowered(
    r"\s*(?:mà|do) (?:(?P<who>quốc hội) (?:đã )?(?:đề ra|đặt ra|thông qua|giao(?! cho))"
    r"|(?P<government>chính phủ) (?:đã )?(?:đề ra|đặt ra|thông qua)(?! cho (?:tỉnh|lạng sơn)))\b"
)
_STOCK_WORDS = compile_lowered(
    r"\b(?:đến nay|tính đến|lũy kế|luỹ kế|hiện có|nâng tổng số|đưa tổng số|đến hết|đến cuối)\b"
)
_SUBSECTOR = compile_lowered(
    r"\b(?:công nghiệp )?chế biến, chế tạo\b|\bkhai khoáng\b|\bsản xuất và phân phối điện\b|\bkinh tế số\b"
    # ("… bán lẻ …, trong đó khối dịch vụ lưu trú, ăn uống chiếm khoảng 12%": a trade's share of retail sales)
    r"|\bdịch vụ lưu trú\b|\băn uống\b|\blữ hành\b"
)


def _last_match(pattern: re.Pattern, low: str, start: int, end: int) -> int | None:
    """Where the last match of `pattern` in low[start:end] ends, or None."""
    ends = [m.end() for m in pattern.finditer(low, start, end)]
    return ends[-1] if ends else None


_PER_PERSON = compile_lowered(r"\s*(?:/\s*người|trên (?:một |mỗi )?người|mỗi người|một người)\b")
_PER_HOUSEHOLD = compile_lowered(r"\s*(?:/\s*hộ|trên (?:một |mỗi )?hộ|mỗi hộ|một hộ)\b")
# ("thay cho số ước tính 2.968 tỷ đồng đã công bố": the estimate the official figure replaces)
# a department, an office or a district, then "với" right before its score
_UNIT_SCORED_WITH = compile_lowered(
    # (not the provinces and cities ranked: "xếp thứ 5/63 tỉnh, thành phố với 62,46 điểm")
    # (not "cơ sở", "xã hội")
    r"(?P<unit>\b(?:(?<!cơ )sở|ban quản lý|công an tỉnh|bộ chỉ huy|văn phòng|ubnd|ủy ban nhân dân|huyện"
    r"|thị xã|xã(?! hội)|phường|(?<!tỉnh, )(?<!tỉnh )(?<!tỉnh/)thành phố)\b[^,;()]{0,60}?)\bvới\s+(?:tổng )?"
    r"(?:số )?(?:điểm )?$"
)
_OTHER_MEDIA = (
    r"\b(?:được )?(?:nêu|đăng|đăng tải|đưa) (?:trong|trên|tại) (?:một số|nhiều|các)"
    r" (?:bài báo|trang tin|báo)\b"
)
_DISOWNED = compile_lowered(
    # (said of it: "… là chưa chính xác", "đó là sai sót"; not "số liệu không chính xác trước đây đã được …")
    # (not a judgement of something else: "… là không đúng quy định", "là sai phạm")
    r"\blà (?:chưa|không) (?:chính xác|đúng)\b(?! (?:quy định|mục đích|đối tượng|với|thẩm quyền|pháp luật))"
    r"|\blà (?:sai sót|sai|nhầm lẫn)\b(?! (?:lệch|phạm|quy|mục đích))|\bbị sai\b"
    # (or the words after give the right one: "…: 1.392,5 tỷ đồng; số chính thức thay thế số ước tính")
    r"|\b(?:số liệu|con số|số) (?:đúng|chính xác) là\s+(?:khoảng )?\d"
    r"|\bthay thế (?:cho )?(?:số|con số|mức) (?:ước tính|ước|sơ bộ|cũ|trước đó|đã công bố)\b"
    # ("… là 1.205 tỷ đồng là số liệu ước tính chưa được cập nhật, không còn sử dụng")
    r"|\bkhông còn (?:được )?sử dụng\b|\bchưa được cập nhật\b"
    # (or only what other media gave: "… là 1.205 tỷ đồng được đăng trên một số trang tin")
    rf"|{_OTHER_MEDIA}"
)
# "con số 1,8 tỷ USD kim ngạch xuất nhập khẩu 6 tháng năm 2024 được nêu trong một số bài báo gần đây": a
# figure as other media gave it, which the text goes on to explain (its period words between)
_AS_OTHER_MEDIA_GAVE = compile_lowered(rf"[^.;]{{0,120}}?{_OTHER_MEDIA}")
# ("Kế thừa kết quả giai đoạn 2016 - 2020, hiện nay tỷ lệ hộ nghèo còn 5,2%": the day written, after all)
_NOW = compile_lowered(r"\b(?:hiện nay|hiện tại|đến nay|thời điểm này)\b")
_SAID_TODAY = compile_lowered(r"(?:^|[,;:] )hiện\b|\bhiện (?:toàn|cả|tỉnh|có)\b")
# what stands now, "hiện" said anywhere in the sentence, as a bare word too ("hiện vẫn trên 20%", "đến nay")
_NOW_ANYWHERE = compile_lowered(
    # (not a record, "lớn nhất từ trước đến nay": ever -- but "Từ trước đến nay, tỉnh đã thu hút 85 dự án" is
    # a running total to now)
    r"(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )\bhiện\b(?! hành)"
    r"|(?<!nhất từ trước )(?<!lục từ trước )(?<!nhất từ trước cho )\bđến nay\b"
)
# a span's yearly average told before a value in its clause ("bình quân hằng năm thời kỳ 2021 - 2030 đạt 8%,")
_AN_AVERAGE_BEFORE = compile_lowered(r"\bbình quân (?:hằng|hàng|mỗi) năm\b[^;]*?\d[\d,.]*\s*%[^;]*?,")
# the plan's own rate after a rate set beside it ("… so với mục tiêu từ 8 – 8,5%", "so với kế hoạch là 7%")
_PLAN_RATE_AFTER = compile_lowered(
    r"\s*(?:so với |của )?(?:kế hoạch|chỉ tiêu|mục tiêu|kịch bản)(?: [^\s\d,;.()]+){0,4}?\s*(?:là |từ )?"
    r"\d[\d,.]*\s*(?:%|[-–]\s*\d)"
)
_A_RATE_AT_MOST = 30  # per cent: a growth rate, not a ratio to a plan ("đạt 98% so với kế hoạch")
# "hiện" as the value's time, right before its verb or the value ("hiện khoảng", "hiện đạt", "hiện nay là")
_NOW_BEFORE = compile_lowered(
    # (not the verb "thực hiện", "thể hiện", "xuất hiện", "phát hiện")
    r"(?<!thực )(?<!thể )(?<!xuất )(?<!phát )(?<!biểu )\bhiện(?: nay| tại)?,? "
    r"(?:(?:đã |chỉ |mới |đang )?(?:đạt|là|ở mức|vào khoảng|khoảng|gần|hơn|trên|xấp xỉ) )?"
    r"(?:khoảng |gần |hơn |trên |xấp xỉ )?$"
)
_A_PLAN_WORD = r"\b(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)\b"
_PLAN_WORDS = compile_lowered(_A_PLAN_WORD)
# (a plan named in the value's own clause: "… mục tiêu tăng trưởng 8% của năm 2019 hay không?")
_A_PLAN_NAMED = compile_lowered(_A_PLAN_WORD + r"[^,;.?]*$")
_ONE_AFTER_ANOTHER = compile_lowered(r"\blần lượt\b")
# (a list's total or average over the span, said so: "tổng cộng", "bình quân")
_OVER_THE_SPAN = compile_lowered(r"\b(?:tổng cộng|tổng số|bình quân|trung bình|cả giai đoạn|tổng)\b")
_SPAN_FROM_YEAR = compile_lowered(SPAN_IN_WORDS)
# (and points back at it: not "Do lỗi hệ thống khai báo, nhiều doanh nghiệp phải chờ thông quan")
_WRONG_BECAUSE = compile_lowered(
    r"\W*do (?:lỗi|sai sót|nhầm lẫn)\b[^.;]{0,60}?\b(?:con số|số liệu|số) (?:này|trên|đó|nêu trên)\b"
    r"|\W*(?:con số|số liệu) (?:này|trên|nêu trên|đó) (?:là )?(?:không|chưa) (?:chính xác|đúng)\b"
)
# ("Thông cáo có nêu Lạng Sơn đạt 63,18 điểm, xếp thứ 52/63. Thông tin này không chính xác.": all it said)
_ALL_WRONG = compile_lowered(
    r"\W*(?:thông tin|các số liệu|các con số|những số liệu) (?:này|trên|nêu trên|đó) (?:là )?(?:không|chưa)"
    r" (?:chính xác|đúng)\b"
    # (or its opening gives the right one: "Con số đúng là 7.845 tỷ đồng", "Số liệu chính xác phải là …")
    r"|\W*(?:con số|số liệu|số)(?: (?:chính xác|đúng))(?: phải)? là\s+(?:khoảng )?\d"
)
_REVISION = r"\bđiều chỉnh(?: giảm| tăng)? từ\b"
_REVISED_FROM = compile_lowered(_REVISION + r"[^;]{0,60}$")
_REVISION_BEFORE = compile_lowered(_REVISION)
_MOVED_FROM = compile_lowered(r"\btừ\b[^;]{0,60}$")
_RESPECTIVE_LIST = compile_lowered(
    r"\btương ứng\b[^;.()]{0,60}?\s*:\s*(?:\d[\d.,]*\s*(?:%|điểm|tỷ đồng|triệu đồng)?\s*[;,]\s*)*$"
)
_TO_THE_NEW_VALUE = compile_lowered(r"\s*(?:xuống|lên|thành)\b")
_DATA_REVISED = compile_lowered(r"\bsố liệu\b|\bcập nhật\b|\bchính thức\b")
_PLAN_NAMED_RIGHT_BEFORE = compile_lowered(
    r"(?:\b(?:so với|hơn|thấp hơn|cao hơn)|%) (?:mức )?(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)"
    r"(?: (?:điều chỉnh|đầu năm|ban đầu|cả năm|năm(?: \d{4})?|đề ra|đặt ra|được giao|hđnd tỉnh giao"
    r"|trung ương giao))*(?: là)?\s*\(?\s*$"
)
_SHORT_OF_PLAN = compile_lowered(
    r"\b(?:(?:chưa|không)\s+đạt|thấp hơn|cao hơn|vượt)\s+(?:so với\s+)?"
    r"(?:kế hoạch|mục tiêu|chỉ tiêu|kịch bản)\b"
)
_BUT = compile_lowered(r"\b(?:nhưng|song|tuy nhiên|dù vậy)\b")
_COLLECTED_FOR_OTHERS = compile_lowered(
    r"\s*,?\s*(?:kể cả|bao gồm cả|tính cả|gồm cả) (?:số |phần )?thu hộ\b"
    # ("…, trong đó có phần thu từ hàng hóa làm thủ tục tại các địa phương khác")
    # (collected at other places, not paid by other provinces' firms at its own gates)
    r"|\s*,?\s*(?:trong đó có|kể cả|bao gồm(?: cả)?|tính cả|gồm cả) (?:số |phần )?thu\b[^.;()]{0,60}?"
    r"\b(?:tại|ở) (?:các |những )?(?:địa phương|tỉnh(?:, thành phố)?) khác\b"
)
# (a part named, not a year: "đạt mức cao nhất là năm 2023 (66,1 điểm)")
_THE_PART_THAT_LEADS = compile_lowered(r"\b(?:cao|thấp) nhất (?:ở|tại) (?!năm\b)[^()\d]{1,90}\(\s*$")
_WHAT_REMAINS_OF_A_PLAN = compile_lowered(
    r"\b(?:phần|số|mức) còn lại (?:của|so với) (?:kế hoạch|mục tiêu|dự toán|chỉ tiêu)\b[^.;]{0,30}$"
)
_FIRST_REPORTED_IN_BRACKETS = compile_lowered(
    r"\((?:số liệu |số )?(?:báo cáo|công bố)\b[^()]{0,40}?\b(?:nêu|ghi|đưa ra|công bố)\s*$"
)
_CORRECTED = compile_lowered(r"\bđiều chỉnh (?:còn|lên|xuống|thành|lại)\b")
_A_RANGE_OF_RANKS = compile_lowered(r"\btừ (?:vị trí )?(?:thứ )?\d+(?:/\d+)? trở (?:xuống|lên)\b")
_CORRECTED_AFTER = compile_lowered(
    r"\s*[;,]\s*(?:nhưng |song |tuy nhiên,? )?(?:số liệu|con số|số|kết quả)(?: chính thức)?"
    # (then the value that replaces it: not "…, kết quả đúng như dự báo", "con số đúng bằng mục tiêu")
    r" (?:đúng|chính xác)\b[^.;]{0,80}?\blà\s+(?:khoảng\s+)?\d"
)
_SET_ASIDE = compile_lowered(
    r"\b(?:thay cho|thay vì)\s+(?:(?:mức|con số|số liệu|số)(?: (?:ước tính|ước|sơ bộ|cũ|trước đó))? )?$"
)
_DESCRIBED = compile_lowered(
    r"\W*(?:tỉnh )?lạng sơn(?:,[^,;.]{0,60},)? "
    r"(?:có lợi thế|có thế mạnh|vốn là|vốn có|là tỉnh|là địa phương|nổi tiếng)\b"
    # (not a result of the period said of the province: "Lạng Sơn là tỉnh có bước tiến lớn nhất trong nhóm:
    # tổng điểm đạt 43,26 điểm", "… là địa phương dẫn đầu vùng về tăng trưởng")
    r"(?! (?:có )?(?:bước tiến|mức tăng|tốc độ tăng|thứ hạng|điểm số|số thu|kim ngạch|kết quả"
    r"|mức cải thiện)\b)"
    r"(?! (?:duy nhất|đầu tiên|dẫn đầu|tăng|giảm|đứng|xếp|vươn lên|tụt)\b)"
)
_ONE_PROJECT = compile_lowered(r"\b(?:\d{1,3}|một|hai|ba) dự án\b")
# projects in a zone, or a zone drawing them ("khu công nghiệp đã thu hút 9 dự án")
_IN_A_ZONE = compile_lowered(
    r"\b(?:trong|tại|vào) (?:các )?khu (?:kinh tế|công nghiệp)\b"
    r"|\bkhu (?:kinh tế|công nghiệp)(?: [^\s,;.]+){0,4}? (?:đã )?thu hút\b"
)
_ADDED = compile_lowered(r"\bthêm(?: khoảng| gần| hơn| trên| xấp xỉ)?\s*$")
# the quarters or months left, the first years of a plan: spans with no calendar dates of their own
_REMAINING = compile_lowered(
    r"\b(?:các|những|mấy|mỗi) (?:quý|tháng) (?:cuối năm|còn lại|tiếp theo|tới)\b"
    r"|\b(?:hai|ba|bốn|[2-4]) năm đầu\b"
    # (and a week: "Tuần qua, kim ngạch xuất khẩu … chưa tới 9 triệu USD": a span the figure model does not
    # hold; a half-month with its month is days -- etl/periods.py -- but not one without: "nửa đầu tháng")
    # ("Trong tuần đầu tháng 10/2024", "tuần thứ hai của tháng 10": the week with its month)
    r"|\bnửa (?:đầu|cuối|sau) tháng(?! \d)"
    r"|\b(?:trong )?tuần (?:qua|trước|này|đầu|cuối|sau|thứ (?:nhất|hai|ba|tư|năm|\d))"
    r"(?: (?:của )?tháng \d{1,2}(?:/\d{4})?)?|\btrong tuần\b(?! (?:qua|trước|này|đầu|cuối|sau|thứ)\b)"
)
# (said right after the value, in its clause)
_HALF_A_TERM = compile_lowered(rf"[^,;.]{{0,40}}?{HALF_A_TERM}")
_STANDING_TRAIT = compile_lowered(
    r",\s*vốn (?:luôn )?(?:chiếm|có tỷ trọng)(?: \S+){0,3}\s*$"
    # (or a share set between commas, the clause going on with the subject's change: "Khu vực dịch vụ, chiếm
    # hơn 50% quy mô nền kinh tế của tỉnh, tăng 9,1%")
    r"|(?P<aside>,\s*(?:chiếm|có tỷ trọng) (?:hơn|gần|khoảng|trên|xấp xỉ|tới)\s*$)"
    # "Với quy mô kinh tế chưa đến 55.000 tỷ đồng, mỗi điểm phần trăm tăng trưởng …": a premise, no figure
    r"|\bvới quy mô(?: kinh tế| nền kinh tế| grdp)?(?: (?:chưa đến|chưa tới|hơn|gần|khoảng|trên|xấp xỉ))?\s*$"
)
_YEAR_RIGHT_AFTER = compile_lowered(r"\s*(?:vào |của |trong )?(?:cuối )?năm \d{4}\b")
# (the aside closing, the clause going on with its subject's change)
_ASIDE_CLOSES = compile_lowered(
    r"[^,;.]{0,60},\s*(?:chỉ |vẫn |cũng |lại )?(?:tăng|giảm)(?: \S+)? \d+(?:,\d+)?\s*%"
)
_CLOSING_WEEKS = 5
_DONE = compile_lowered(r"\bđã\b(?! (?:được )?(?:giao|đề ra|đặt ra))")
_PROVISO = compile_lowered(r"\b(?:với điều kiện|miễn là|với giả định|giả định)\b")
_CONVERSION = compile_lowered(
    r"\bnếu (?:tính|quy|quy đổi|đổi)(?: ra| theo| sang)? (?:năm|tháng|usd|đô la|đồng)\b"
)
# "nếu không có …", "nếu không vì …": what would have been had something not happened -- but not "nếu không
# có biến động lớn về chính sách, …", the usual hedge of a forecast on what has not happened
_COUNTERFACTUAL = compile_lowered(
    # ("nếu không kể số thu tiền sử dụng đất, …", "nếu loại trừ tiền sử dụng đất thì …": a part left out,
    # no forecast)
    # (but "Nếu không tính đến các yếu tố bất thường, …" is a forecast's hedge)
    r"nếu (?:không (?:kể|bao gồm|tính(?! đến))|loại trừ|trừ đi)\b|"
    r"nếu không (?:có|vì|bị|phải)\b"
    r"(?! (?:gì|(?:những |các |sự )?"
    r"(?:biến động|đột biến|thay đổi|diễn biến|yếu tố|sự cố|rủi ro|bất thường)))"
)


# what has happened, told right after the value ("…, thay vì 5,2 tỷ USD như hiện nay")
_WHAT_HAPPENED = compile_lowered(r"[^.;]{0,12}\bthay vì\b")
# what may stand before a condition that opens the sentence: who says it ("Ban Quản lý dự báo, nếu …",
# "Theo ông Lợi, nếu …")
_LEADS_TO_CONDITION = compile_lowered(
    r"\W*(?:[^;.]{0,120}?\b(?:cho biết|nhận định|dự báo|nói|khẳng định|đánh giá|cho rằng|ước tính)"
    r"(?: thêm)?[,:]\s*)?"
    r"(?:theo [^,;.]{0,60},\s*)?(?:[^,;.]{0,30},\s*)?"
)


# "nếu như …", "nếu năm 2023 …": a comparison of two facts, not a supposition
# ("Nếu so với tháng 02 năm 2018, IIP …", "Nếu tính riêng các doanh nghiệp của tỉnh, kim ngạch …": a way of
# counting, not a supposition; but "nếu không tính …", "nếu loại trừ …" leave a part out: _COUNTERFACTUAL)
_CONTRAST = compile_lowered(
    # ("Nếu chỉ so trong khu vực …, Lạng Sơn đứng thứ 3/14": a frame of comparison, no supposition)
    r"nếu (?:như|(?:năm|tháng|quý|giai đoạn|cùng kỳ)\b|so với|so cùng kỳ|so sánh|tính|xét|chỉ xét|chỉ tính"
    r"|chỉ so\b"
    r"|kể cả|quy đổi|theo giá)"
)


def _names_own_period(tok: Token, own: list[PeriodMatch], subset_at) -> bool:
    # (after the opening: "Trong tổng mức bán lẻ 5 tháng, …" gives the whole's period, not the part's)
    return any(subset_at.end() <= pm.start < tok.start for pm in own)


_REFERENCE_BEFORE = compile_lowered(
    r"(?:so với|lần|(?:cao|thấp|nhanh|chậm) hơn|kém)\s+(?:(?:đáng kể|nhiều|hẳn|khá|nhẹ)\s+)?"
    # "cao hơn đáng kể mức tăng của quý I/2025"
    # ("cao hơn mức thực hiện của năm 2016 (5.851,6 tỷ đồng)")
    # ("tăng từ 10,2% đến 10,7% so với ước thực hiện năm 2017": the estimate of the year compared with)
    # ("so với cùng tháng năm 2018, chỉ số này tăng 2,91%": the same month a year before)
    r"(?:cùng (?:kỳ|tháng|quý)\s+|mức(?: tăng(?: trưởng)?| thực hiện| đạt được)?(?: của)?\s+|bình quân\s+"
    r"|(?:số )?(?:ước thực hiện|ước tính|ước|thực hiện)(?: của)?\s+)?$"
    # ("… đạt 4,3 triệu USD, chỉ bằng khoảng một phần ba cùng kỳ năm 2020": a fraction of another period's)
    r"|\bbằng (?:khoảng |gần |hơn |chưa đến |chỉ |chưa bằng )*(?:một nửa|nửa|(?:một|hai|ba|\d+) phần"
    r" (?:hai|ba|tư|năm|mười|\d+))\s+(?:(?:so với\s+)?cùng kỳ\s+|mức(?: của)?\s+)?$"
)


# a year named, then "– năm tỉnh …" / ", năm mà tỉnh …" telling what was done in it, up to the value
_THE_YEAR_WHEN = compile_lowered(
    r"\bnăm (?P<y>(?:19|20)\d\d)\s*(?:[–-]|,)\s*năm (?:mà )?(?:tỉnh|lạng sơn)\b[^.;,()–-]{0,50}$"
)


_A_TAKINGS_CHANGE = compile_lowered(
    r"(?:^|[,;:]\s*)(?:tổng )?doanh thu(?: [^\s,;.\d]+){0,3}? (?:ước |chỉ |cũng )?(?:tăng|giảm)"
    r"(?: khoảng| gần| hơn| trên)?\s*$"
)


def _bracketed_status(low: str, start: int, at: int) -> str | None:
    """The status its own words give a value in a bracket opened after `start` on the results a plan is built
    on ("Các chỉ tiêu được xây dựng trên cơ sở kết quả ước thực hiện năm 2022 (tốc độ tăng trưởng GRDP ước đạt
    6,82%; …)": an estimate, not the plan the words before the bracket speak of)."""
    opened = bracket_around(low, at)
    if (
        opened is None
        or opened < start
        or not _RESULTS_BRACKETED.search(low, max(start, opened - 60), opened)
    ):
        return None
    return status_of(low, opened + 1, at)


_RESULTS_BRACKETED = compile_lowered(r"\bkết quả(?: ước)?(?: thực hiện| đạt được)?\b[^()]{0,40}$")


def _is_reference(pm: PeriodMatch, low: str, comparisons, offset: int) -> bool:
    """A period the sentence compares with ("so với năm 2024", "gấp 1,6 lần năm 2020"), not reports on; or the
    plan's a ratio is to ("đạt 102,5% dự toán Trung ương giao cả năm"), unless the plan's level follows it
    ("bằng 94,3% dự toán HĐND tỉnh giao năm nay là 6.800 tỷ đồng")."""
    if any(c.start - offset <= pm.start < _end_of_its_reference(c) - offset for c in comparisons):
        return True
    if (
        low.startswith("cả năm", pm.start)
        and _A_PLANS_RATIO_BEFORE.search(low, max(0, pm.start - 60), pm.start)
        and not _ITS_LEVEL_AFTER.match(low, pm.end)
    ):
        # (the whole year's plan against a part of it: not "bằng 105,6% dự toán năm 2024", the value's own
        # year)
        return True
    return _REFERENCE_BEFORE.search(low[max(0, pm.start - 48) : pm.start]) is not None


def _end_of_its_reference(comparison) -> int:
    """Where the words of what a comparison is against end: its end, or the comma after a reference written
    first ("So với cùng kỳ, tổng mức bán lẻ … quý I/2025 tăng 15,8%": the quarter is the value's own)."""
    comma = comparison.text.find(", ") if comparison.reference_first else -1
    return comparison.start + comma if comma > 0 else comparison.end


_A_PLANS_RATIO_BEFORE = compile_lowered(
    r"\b(?:đạt|bằng|vượt)(?: \S+)? [\d.,]+\s*% (?:so với )?(?:dự toán|kế hoạch)(?: [^\s,;.\d()]+){0,4}?\s+$"
)
_ITS_LEVEL_AFTER = compile_lowered(r"\s*(?:là|:|\()\s*(?:khoảng |gần |hơn |trên )?\d")


# "từ nay đến cuối năm (2025)": from the day told (not "từ nay đến năm 2030", a span to a later year)
_FROM_NOW = compile_lowered(r"\btừ nay\b(?: (?:đến|tới) (?:hết |cuối )?(?:năm )?(?P<y>(?:19|20)\d\d))?")


def _from_now_undated(low: str, start: int, end: int, doc_date: date | None) -> bool:
    """Whether low[start:end] counts from the day told to the end of its own year ("từ nay đến cuối năm")."""
    m = _FROM_NOW.search(low, start, end)
    return m is not None and not (m["y"] and doc_date is not None and int(m["y"]) > doc_date.year)


_REQUIRED = compile_lowered(
    # ("quý IV phải thực hiện được khoảng 4.150 tỷ đồng", "6 tháng cuối năm phải có thêm ít nhất 274 doanh
    # nghiệp")
    # (an amount after them: not "dù nhiều doanh nghiệp phải có thêm thời gian …, kim ngạch vẫn đạt …")
    r"\bcần (?:phải )?(?:tăng|đạt|thu)\b|\bphải (?:tăng|đạt|thu)\b"
    r"|\b(?:cần|phải) (?:phải )?(?:thực hiện(?: được)?|có thêm)"
    r"(?= (?:khoảng |ít nhất |tối thiểu |trên |hơn )?(?:\d|$))"
    r"|\bcần (?:tăng|đạt|thu|đón) (?:khoảng )?$"
    # (visitors a plan requires, right before their number: not "dù phải đón khách trong mưa lũ, …", "từng
    # phải đón 4 triệu lượt khách chỉ với 500 cơ sở")
    r"|(?<!từng )(?<!dù )(?<!không )\b(?:cần|phải) (?:phải )?đón"
    r" (?:thêm |khoảng |hơn |trên |gần |được |ít nhất |tối thiểu |từ )*$"
)


_COUNT_DONE = compile_lowered(
    r"\bđã (?:giảm|cắt giảm|sắp xếp|sáp nhập|hợp nhất|thực hiện|hoàn thành|có|đạt)\b"
)
# "So với quý IV/2025, GRDP giảm 4,1%": a month or quarter compared with first, its year written
_NAMED_PERIOD_FIRST = compile_lowered(
    r"\bso với (?P<p>(?:tháng \d{1,2}|quý [ivx]+)/\d{4})\s*,(?:[^;.]|\.(?=\d))*$"
)


_A_VALUE = compile_lowered(r"\d[\d.,]*\s*(?:%|điểm|(?:nghìn |triệu |tỷ )+(?:đồng|usd))")


def _against_another_month(tok: Token, period: Period, low: str) -> bool:
    """ "IIP tháng 01/2016 ước giảm 4,6% so với tháng 12/2015", "So với quý IV/2025, GRDP giảm 4,1%": a month
    or quarter against another, not against the same one a year earlier."""
    refs = [
        p
        for p in (tok.compared_period, tok.comparison.period if tok.comparison is not None else None)
        if p is not None and not p.same_span
    ]
    own_reference = tok.reference or (tok.comparison.reference if tok.comparison is not None else None)
    if (
        "so với" in low
        and own_reference != "same_period_last_year"
        and (first := _NAMED_PERIOD_FIRST.search(low, low.rfind(";", 0, tok.start) + 1, tok.start))
        # (written first, not the comparison that closes a value before it: "GRDP ước tăng 9,71% so với quý
        # III/2025, cao hơn mức tăng của quý I (8,12%)")
        and not _A_VALUE.search(low, low.rfind(";", 0, first.start()) + 1, first.start())
    ):
        refs += [pm.period for pm in periods_in_lowered(first["p"])]
    return any(another_month_or_quarter(ref, period) for ref in refs)


_ANOTHER_SPAN_INTRODUCED = compile_lowered(r"\btrong khi\b|\bcòn\b|\bso với\b")
_YEARS_TO_COME_AFTER = compile_lowered(
    r"\s*(?:/\s*năm)?\s*(?:trong )?(?:vài|mấy|những|các|nhiều) năm (?:tới|sắp tới|tiếp theo)\b"
)
_ANOTHER_REFERENCE_BEFORE = compile_lowered(r"(?:%\s*\(|\(\d\))\s*[+\-−–]?\s*$")
_AT_CURRENT_PRICES = compile_lowered(r"\bgiá (?:hiện hành|thực tế)\b")
_AT_CONSTANT_PRICES = compile_lowered(r"\bgiá so sánh\b")
# (its own basis, not a second rate in brackets: "tăng 11,2% (giá so sánh tăng 6,5%)")
_CONSTANT_PRICES_AFTER = compile_lowered(
    r"\s*\(?\s*(?:theo |tính theo )?giá so sánh\b(?![^)]*(?:tăng|giảm|%))"
)
# a new subject of growth in the value's own comma segment ("…, GRDP tăng 6,1%")
_GROWTH_SUBJECT = compile_lowered(r"\bgrdp\b|\btăng trưởng\b|\btổng sản phẩm\b|\bkinh tế\b")


def _at_current_prices(low: str, tok: Token) -> bool:
    """Whether the growth is said at current prices: "giá hiện hành" in its clause before it, with no constant
    prices named after that ("…, theo giá so sánh tăng 6,5%", "tăng 6,1% (theo giá so sánh 2010)"), nor a new
    subject of growth in its own segment ("quy mô GRDP theo giá hiện hành đạt …, GRDP tăng 6,1%")."""
    clause_start = low.rfind(";", 0, tok.start) + 1
    said = next(reversed(list(_AT_CURRENT_PRICES.finditer(low, clause_start, tok.start))), None)
    if said is None or _AT_CONSTANT_PRICES.search(low, said.end(), tok.start):
        return False
    if _CONSTANT_PRICES_AFTER.match(low, tok.end):
        return False
    segment = max(low.rfind(",", said.end(), tok.start), said.end())
    return not _GROWTH_SUBJECT.search(low, segment, tok.start)


# between a value and its own earlier level, in brackets after the comparison: "…, cao hơn 0,48% so với năm
# 2023 (" -- the reference's words only, no other subject or value
_EARLIER_LEVEL_IN_BRACKETS = compile_lowered(
    r"[^;()\d]*(?:\d[\d.,]*\s*%?[^;()\d]*)?"
    r"\bso với (?:cùng kỳ )?(?:năm (?:\d{4}|trước|ngoái)|cùng kỳ)\s*\(\s*$"
    # ("GDP quý I/2022 ước tăng 5,03% so với cùng kỳ năm trước, cao hơn mức tăng 4,72% của quý I/2021": the
    # level of the same subject in the period compared with)
    r"|[^;()\d]{0,40}\b(?:cao|thấp) hơn (?:so với )?(?:mức(?: tăng(?: trưởng)?)?|con số|tốc độ tăng)\s+$"
)
# A value the text says was wrong: "… đưa PGI của tỉnh là 21,14 điểm, thay vì 24,12 điểm, do nhầm lẫn", "GRDP
# bình quân đầu người năm 2018 ghi là 4,06 triệu đồng do lỗi đánh máy; nay đính chính lại là 40,6 triệu đồng"
_MISTAKEN_AFTER = compile_lowered(r"\s*,?\s*(?:thay vì\b|do (?:lỗi|nhầm|sai))")
# (others' report, told: not the text's own emphasis, "đạt 7,1%, thực chất đây là mức cao nhất …")
_REPORTED_BY_OTHERS = compile_lowered(r"\b(?:đưa tin|đăng tải|loan tin|thông tin sai|nhầm)\b")
_SAID_WRONGLY_AFTER = compile_lowered(
    r"\s*[;,]\s*(?:nhưng |song )?(?:thực chất|thực ra|trên thực tế),? "
    r"(?:đây|con số này|thứ hạng này|điểm số này|số liệu này) (?:chỉ )?là\b"
)
_A_MISTAKE = compile_lowered(r"\b(?:nhầm lẫn|nhầm|lỗi đánh máy|do lỗi|sai sót|đính chính)\b")
_GROWTH_NAMED_BEFORE = compile_lowered(r"\btăng trưởng\s+(?:\S+\s+){0,2}$")
# (the takings the clause names last, no sector of the economy after them: not "nhờ doanh thu thương mại tăng
# cao khu vực dịch vụ chiếm 49,8% GRDP")
_TAKINGS_NAMED = compile_lowered(r"\bdoanh thu\b(?:(?!\bkhu vực\b)[^,;.]){0,60}$")
_OF_THE_PRODUCT_AFTER = compile_lowered(
    r"\s*(?:trong |của )?(?:tổng )?(?:grdp|tổng sản phẩm|cơ cấu kinh tế)\b"
)
# "… so với năm 2023 khi …": a year, or "cùng kỳ năm 2023", the same part of it; a clause naming no span of
# its own
_WHEN_THEN = compile_lowered(
    r"\bso với (?P<same>cùng kỳ )?năm (?P<y>(?:19|20)\d\d),? khi\b"
    r"(?:(?!\bnăm\b|\bquý\b|\btháng\b)[^,;.]){0,60}$"
)
_RUNNING_FROM_NEW_YEAR = compile_lowered(
    r"\b(?:lũy kế|luỹ kế|cộng dồn|tính chung|tính)\s+(?:từ\s+)?đầu năm\b(?!\s*(?:đến|tới)\b)"
)
# "…, vượt dự toán 1.900 tỷ đồng": an amount right after a plan exceeded (its own, where who set it follows)
_OVER_A_PLAN_BY = compile_lowered(
    r"\bvượt (?:mức )?(?:dự toán|kế hoạch|chỉ tiêu)(?: năm(?: \d{4})?| cả năm| được giao| giao)?\s+"
    r"(?:khoảng |gần |hơn |trên )?$"
)
_WHOSE_PLAN_AFTER = compile_lowered(r"\s*(?:mà|do|được)\b")
# (the tax office alone: not "hai cục thuế và hải quan thu …", both collectors, the whole)
_THE_TAX_OFFICE_COLLECTS = compile_lowered(
    r"(?<!hai )\b(?:chi )?cục thuế\b(?! và (?:cục )?hải quan)[^,;.]{0,40}\bthu\b"
)
# "… đóng góp vào (khoản) thu ngân sách của tỉnh gần 130 tỷ đồng" (not the province's own: "tỉnh đóng góp
# cho ngân sách trung ương")
_A_CONTRIBUTION_TO = compile_lowered(r"(?<!tỉnh )(?<!lạng sơn )\bđóng góp (?:vào|cho)\b[^,;.]{0,70}$")
_THE_PROVINCE_OPENS = compile_lowered(r"\s*(?:tỉnh lạng sơn|lạng sơn|tỉnh ta|tỉnh)\b")
# "Tốc độ tăng trưởng bình quân …": the rate opening its sentence, whose subject it does not say
# a sentence opening on a rate of no subject, then how it compares ("Tốc độ tăng so với cùng kỳ năm trước …")
_A_RATE_OF_THE_AMOUNT_BEFORE = compile_lowered(r"\W*(?:tốc độ|mức) tăng(?: trưởng)? so với\b")


def _growth_of_the_one_amount(before_low: str | None, catalog: Catalog) -> Indicator | None:
    """The growth indicator of the one amount `before_low` (the sentence before) names, if the catalog holds
    one."""
    amounts = {
        ind.id: ind for _, _, ind in topic_spans(before_low or "", catalog, "money") if ind is not None
    }
    return growth_of(next(iter(amounts.values())), catalog) if len(amounts) == 1 else None


_BARE_GROWTH_OPENING = compile_lowered(
    r"\W*tốc độ tăng trưởng\b(?!\s*(?:\(|kinh tế|grdp|tổng sản phẩm|của (?:tỉnh|lạng sơn|nền kinh tế)))"
)
# (not a zone's name: "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn")
_THE_ECONOMY = compile_lowered(r"(?<!khu )\bkinh tế\b|\bgrdp\b|\btổng sản phẩm\b")
# "Số doanh nghiệp thành lập mới là 312, …": a count named first, its number bare
_A_COUNT_NAMED_FIRST = re.compile(
    r"\bsố (?:[^;.,\d]|\d{1,2}(?= tháng)|(?<=năm )\d{4}){3,60}? (?:là|đạt|ước đạt|ước là|ước tính đạt) \d"
    # (or the counted things opening the sentence or a clause: "Doanh nghiệp thành lập mới ước đạt 762, …")
    r"|(?:^|[,;:] )\W*[^;.,\d]{3,60}? (?:là|đạt|ước đạt|ước là|ước tính đạt) \d"
)
# "4, 2": a short bare number, a comma, one space, and the value (never a year's "năm 2021, 95%" nor a
# value with its own unit before it, "5%, 6%")
_SPLIT_NUMBER_BEFORE = re.compile(r"(?<![\d.,/] )(?<![\d.,/])\d{1,2}, $")
_A_LIST_OF_VALUES = compile_lowered(r"\b(?:lần lượt|tương ứng|theo thứ tự)\b")
_ANOTHER_ITEM_AFTER = re.compile(r"\s*(?:,|;|và)\s*\d")
_BARE_INTEGER = re.compile(r"\d{1,2}(?![\d.,]\d)")
# the end of a text cut off inside a comparison: "… tăng 4,7% so với c", "… tăng 4,7% so"
# (not a whole one, "… so với trước")
_CUT_INSIDE_A_COMPARISON = re.compile(r"\s*,?\s*\bso(?:\s+với)?(?:\s+(?!trước\b)[^\W\d]{0,6})?\s*$")
_A_CHANGE_JUST_BEFORE = compile_lowered(r"\b(?:tăng|giảm)\b[^,;.%]*$")
# a holiday named right before a bracket that gives its days
_A_HOLIDAY_BEFORE_ITS_DAYS = compile_lowered(
    r"\b(?:tết|nguyên đán|quốc khánh|giỗ tổ|nghỉ lễ|dịp lễ|kỳ nghỉ|ngày nghỉ)\b[^,;.()]{0,25}$"
    # (or its long name: "… nghỉ lễ Giải phóng miền Nam, thống nhất đất nước và Quốc tế Lao động (từ ngày …)")
    r"|\b(?:thống nhất đất nước|quốc tế lao động)(?: \d{1,2}/\d{1,2})?\s*$"
    # (or how long it lasts: "Kỳ nghỉ lễ 30/4 - 1/5 năm nay kéo dài 5 ngày (từ ngày 30/4 đến hết ngày
    # 4/5/2025)")
    r"|\bkéo dài (?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín) ngày\s*$"
)
# a day that names its holiday, not the days it is kept ("dịp Quốc khánh 2/9/2025", "kỳ nghỉ lễ 30/4 - 1/5";
# not the days written after it, "nghỉ lễ Quốc khánh từ 31/8 đến 3/9")
_A_HOLIDAYS_NAME = compile_lowered(r"\b(?:quốc khánh|lễ|tết dương lịch)\s+(?:ngày\s+)?$")
_SPANS_OF_THEIR_OWN = ("year", "month", "months", "quarter", "half_year", "to_date")
# the holiday named right before the year it falls in ("Tết Nguyên đán năm 2025", "lễ Quốc khánh năm 2025")
_A_HOLIDAYS_YEAR_BEFORE = compile_lowered(
    r"\b(?:tết|nguyên đán|quốc khánh|giỗ tổ|lễ|nghỉ)(?: [^\W\d]+){0,2}\s+(?:năm\s+)?$"
)
_INCLUDING_A_HOLIDAY = compile_lowered(
    r"\b(?:bao gồm|gồm|kể cả|tính cả|trong đó có)(?: cả)? (?:\d+ ngày )?(?:kỳ |dịp )?nghỉ tết\b"
)
# (or its days by the lunar calendar: "từ ngày 8/2 đến hết ngày 14/2 (tức 29 tháng Chạp … đến mùng 5 tháng
# Giêng …)")
_LUNAR_NEW_YEAR = compile_lowered(
    r"(?<!sau )(?<!trước )(?<!sau kỳ nghỉ )\btết\b|\bnguyên đán\b|\btháng chạp\b.{0,40}\btháng giêng\b"
)
_HOLIDAY_OR_EVENT_DAYS = compile_lowered(
    r"\bdịp (?:tết|lễ|nghỉ|đầu xuân|xuân|quốc khánh|giỗ tổ)|\bkỳ nghỉ (?:tết|lễ)|\bnghỉ (?:tết|lễ)\b"
    r"|\bmùa lễ hội\b"
    # (or the holiday named with its year: "Tết Nguyên đán 2024: Lạng Sơn đón 80 nghìn lượt khách")
    r"|(?<!sau )(?<!trước )\btết nguyên đán(?: [^\W\d]+ [^\W\d]+)?,? (?:năm )?(?:19|20)\d\d\b"
    # (or an event's: "Ban tổ chức dự kiến đón khoảng 15.000 lượt khách trong ba ngày lễ hội")
    r"|\btrong (?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy) ngày (?:lễ hội|diễn ra|hội|tổ chức)\b"
    # (or the holiday's days counted: "Tết Giáp Thìn năm ngoái, tỉnh đón 182.100 lượt khách trong 7 ngày
    # nghỉ")
    r"|\btrong (?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín) ngày nghỉ\b"
)


# "Riêng tháng 2, trùng kỳ nghỉ Tết, kim ngạch chỉ đạt …", "… đón 1,95 triệu lượt khách nhờ mùa lễ hội": a
# holiday the period fell on is its circumstance
_HOLIDAY_CIRCUMSTANCE = compile_lowered(
    r"(?:\btrùng(?: với)?|\bdo(?: trùng)?|\bvì|\bbởi|\bnhờ|\bảnh hưởng(?: của)?|\bchủ yếu(?: vào| trong)?"
    r"|\bnhất là)(?: (?:thời gian|kỳ nghỉ|kỳ|đợt))?\s+$"
)


# a holiday pointed back at, "dịp nghỉ lễ này", "kỳ nghỉ Tết nói trên" (its days, where the sentence before
# wrote them)
_POINTED_AT = compile_lowered(r"(?:\s+[^\W\d]+){0,2}?\s+(?:này|đó|nói trên)\b")
# a comma segment after the value opening on a part of it or another ("…, trong đó dịp Quốc khánh đón …")
_A_PART_OR_ANOTHER = compile_lowered(
    r"[,;(]\s*(?:trong đó|riêng|còn|trong khi|gồm|bao gồm|kể cả|phần lớn|chủ yếu|nhất là|đặc biệt là)\b"
)


def _holiday_governs(low: str, clause: tuple[int, int], tok: Token, own: list[PeriodMatch]) -> bool:
    """Whether the holiday the value's clause names is the value's span rather than a span of the clause's
    own (a year, month, quarter … that is no holiday's year): where there is none, or the holiday stands
    between it and the value ("6 tháng …, riêng dịp Giỗ Tổ đón …") or right after the value in its comma
    segment ("… đón 50.000 lượt khách trong dịp Tết") -- not one conceded ("dù có kỳ nghỉ dịp Quốc khánh")
    nor one after a comma ("…, tăng 18% so với dịp Quốc khánh năm 2024")."""
    spans = [
        pm
        for pm in own
        if pm.period.kind in _SPANS_OF_THEIR_OWN
        and clause[0] <= pm.start < clause[1]
        and not _A_HOLIDAYS_YEAR_BEFORE.search(low, max(0, pm.start - 40), pm.start)
    ]
    if not spans:
        return True
    span_end = max((pm.end for pm in spans if pm.start < tok.start), default=clause[0])
    for m in _HOLIDAY_OR_EVENT_DAYS.finditer(low, clause[0], min(len(low), tok.end + 40)):
        if m.start() >= tok.end:
            if not any(c in low[tok.end : m.start()] for c in ",;("):
                return True
        elif (
            m.start() >= span_end
            and not _CONCEDED.search(low, max(0, m.start() - 24), m.start())
            and not _GIVEN_AS_A_CAUSE.search(low, max(0, m.start() - 50), m.start())
        ):
            return True
    return False


_CONCEDED = compile_lowered(r"\b(?:mặc )?dù(?: có| trùng)?(?: (?:kỳ nghỉ|thời gian|đợt))?\s+$")
# ("còn tháng 2, do các cặp cửa khẩu tạm nghỉ Tết Nguyên đán, kim ngạch chỉ đạt …": the holiday is why, the
# month is the span)
_GIVEN_AS_A_CAUSE = compile_lowered(r"\b(?:do|vì|bởi)\b[^,;]{0,40}$")
_OVER_THE_YEARS = compile_lowered(r"\b(?:5|năm) năm\b|\bcả (?:nhiệm kỳ|giai đoạn)\b")
_A_MEETING_AT_YEARS_END = compile_lowered(
    r"\btại (?:kỳ họp|phiên họp)(?: [^\s,;.()]+){0,4}? cuối năm (?P<y>\d{4})\b"
)
_AGAINST_THE_TERM_BEFORE = compile_lowered(
    r"(?:[^.;]|\.(?=\d)){0,30}?\bso với (?:cả )?(?:nhiệm kỳ|giai đoạn|thời kỳ) trước\b"
)


def _in_the_plans_list(lead: tuple[int, Period | None, int | None], low: str, line: int) -> bool:
    """Whether a sentence the plan's list reaches is one of its targets: in the paragraph that announced it,
    or after it where the sentence names no year before the list's own (a year gone by, "Năm 2024, kim ngạch
    … đạt 5,1 tỷ USD" after the list for 2025) and quotes no one ("Ông …, Giám đốc Sở …, cho biết, …")."""
    if line == lead[0]:
        return True
    if _TOLD.search(low):
        return False
    return lead[2] is None or all(int(y) >= lead[2] for y in _A_YEAR_IN_FIGURES.findall(low))


def _plans_list_goes_on(
    lead: tuple[int, Period | None, int | None] | None,
    low: str,
    line: int,
    paragraph_opening: str,
    low_before: str = "",
) -> tuple[int, Period | None, int | None] | None:
    """The plan's list a sentence announces ("Các chỉ tiêu chủ yếu năm 2019 như sau.", "Các chỉ tiêu chủ yếu
    về kinh tế đến năm 2030 gồm: …"), carried on through its paragraph and the paragraphs after it until one
    opens on results ("Đánh giá …", "ước đạt …"); with the one year it names as "năm Y" (not "đến năm 2030",
    a plan's horizon, whose values name their own spans)."""
    if (announced := _A_PLANS_LIST.search(low)) is not None and plan_status(low[: announced.end()]):
        # (or the plan the sentence before adopted: "… thông qua Nghị quyết về kế hoạch … năm 2026 … . Nghị
        # quyết xác định 22 chỉ tiêu chủ yếu, trong đó: …")
        years = {int(y) for y in _A_PLANS_YEAR.findall(low, 0, announced.end())} or {
            int(y) for y in _A_PLAN_OF_A_YEAR.findall(low_before)
        }
        # (and the first year it is for, a horizon's too: "đến năm 2030" is for no year before the document's)
        horizon = min(
            (int(y) for y in _A_YEAR_IN_FIGURES.findall(low, 0, announced.end())),
            default=min(years, default=None),
        )
        return line, (year_period(years.pop()) if len(years) == 1 else None), horizon
    if lead is None or line == lead[0]:
        return lead
    if status_of(paragraph_opening) in ("estimate", "actual") or RESULT_WORDS.search(paragraph_opening):
        return None  # (a new paragraph that tells results: "Điều 3. Về ước thực hiện năm 2025 …")
    return lead


# (no value nor bracket between: not "… đạt 8,06% (mục tiêu đề ra 8%-9%), trong đó: nông lâm nghiệp tăng …", a
# result whose parts follow)
_A_PLANS_LIST = compile_lowered(
    r"\b(?:các )?(?:chỉ tiêu|mục tiêu)(?: chủ yếu| cụ thể| chính)?[^.;:()%]{0,60}?"
    r"\b(?:như sau|gồm có|bao gồm|gồm|trong đó)\s*[:.]"
)
_A_PLANS_YEAR = compile_lowered(r"(?<!đến )(?<!tới )\bnăm ((?:19|20)\d\d)\b")
_A_PLAN_OF_A_YEAR = compile_lowered(r"\bkế hoạch\b[^.;]{0,80}?\bnăm ((?:19|20)\d\d)\b")
# (a year written in figures, not a value nor a date's part; apart from `_A_YEAR`, "năm" or a year)
_A_YEAR_IN_FIGURES = re.compile(r"(?<![\d/.,])((?:19|20)\d\d)(?![\d/.,]\d)")
_TOLD = compile_lowered(r"\b(?:cho biết|thông tin|khẳng định|nhấn mạnh)\b")


_THE_TRADE = ("trade_turnover", "export_turnover", "import_turnover", "local_trade_turnover")


def _after_the_take_word(low: str, start: int, end: int) -> int:
    """Where the words after the last "số thu" in low[start:end] begin, else `start`."""
    last = low.rfind("số thu", start, end)
    return last + len("số thu") if last >= 0 else start


def _opens_on_a_past_year(low: str, clause: tuple[int, int], doc_date: date | None) -> bool:
    """Whether the clause (not the sentence's first) opens on a year before the document's: "…; năm 2024, con
    số này chỉ là 41,3 triệu USD" in 2025."""
    if doc_date is None or clause[0] == 0:
        return False
    opening = _A_YEAR_OPENS.match(low, clause[0])
    return (
        opening is not None
        and int(opening["y"]) < doc_date.year
        # (told as what happened, not the plan of that year too: "Dự toán thu … năm 2025 là 10.500 tỷ đồng;
        # năm 2024 là 9.200 tỷ đồng")
        and _WHAT_HAPPENED_THEN.search(low, opening.end(), clause[1]) is not None
    )


_A_YEAR_OPENS = compile_lowered(r"\W*(?:trong |riêng |còn )?năm (?P<y>(?:19|20)\d\d)\b(?! (?:và|đến|tới|-))")
_WHAT_HAPPENED_THEN = compile_lowered(
    r"\b(?:con số này|tỷ lệ này|thực tế|chỉ|mới|đã|đạt|thực hiện|tăng|giảm|còn|vượt|về đích|cán mốc)\b"
)


def _told_before(context: DocumentContext, s_start: int) -> str | None:
    """The text from the title up to the sentence at `s_start` (lower-cased), or None where the sentence
    stands in the title or the lead."""
    lead_line = context.lead_line if context.lead_line is not None else context.title_line
    line = context.line_of(s_start)
    if lead_line is None or line <= lead_line:
        return None
    return context.text_low[context.line_starts[context.title_line or 0] : s_start]


def _too_small_to_be_the_plan(tok: Token, tokens: list[Token]) -> bool:
    """Whether the amount after a plan exceeded is under half the result before it in the sentence ("đạt
    9.900 tỷ đồng, vượt dự toán 1.900 tỷ đồng": what it went over the plan by, or the plan's -- the text does
    not say; not "… có thể đạt 88 tỷ USD, vượt kế hoạch 85 tỷ USD", nor "phấn đấu … vượt dự toán 23.500 tỷ
    đồng", with no result before it)."""
    results = [
        t for t in tokens if t.kind == "money" and t.end <= tok.start and t.money_unit == tok.money_unit
    ]
    return bool(results) and tok.value < results[-1].value / 2


def _holiday_pointed_at(low: str, clause: tuple[int, int], tok: Token) -> bool:
    """Whether the value's clause points back at a holiday ("trong dịp lễ này"), before the value or right
    after it in its comma segment (not "…, tăng 20% so với dịp Tết đó năm trước", "…, riêng dịp lễ này …")."""
    if not ("lễ" in low or "tết" in low or "nghỉ" in low):
        return False
    start = max(clause[0], low.rfind(",", 0, tok.start) + 1, low.rfind(";", 0, tok.start) + 1)
    end = min(
        (i for i in (low.find(",", tok.end), low.find(";", tok.end), clause[1]) if i >= 0), default=clause[1]
    )
    return any(_POINTED_AT.match(low, m.end()) for m in _HOLIDAY_OR_EVENT_DAYS.finditer(low, start, end))


def _holiday_period(low: str, clause: tuple[int, int], tok: Token, days_told_before: bool = False) -> bool:
    """Whether the value's clause counts the days of a holiday ("dịp Tết đón 50.000 lượt khách", "… đón 50.000
    lượt khách dịp Tết") -- not a holiday in a comma segment after it that opens on a part or another thing
    ("…, trong đó dịp Quốc khánh đón …", "…, riêng dịp Giỗ Tổ …"), nor one it happened because of ("Do trùng
    thời gian nghỉ lễ, …", "nhờ dịp Tết và mùa lễ hội")."""
    # (where the last holiday named as a circumstance ends)
    circumstance_end = -1
    for m in _HOLIDAY_OR_EVENT_DAYS.finditer(low, clause[0], tok.end + 40):
        between = low[tok.end : m.start()]
        # (a later comma segment opening on a part of the value or another thing is that one's)
        if m.start() > tok.end and any(c in between for c in ",;(") and _A_PART_OR_ANOTHER.search(between):
            continue
        if days_told_before and _POINTED_AT.match(low, m.end()):
            continue  # ("trong dịp nghỉ lễ này": the holiday whose days the sentence before wrote out)
        if (
            days_told_before
            and m.start() > tok.end
            and _COMPARED_WITH.search(low, max(0, m.start() - 10), m.start())
        ):
            continue  # ("…, tăng 18,6% so với kỳ nghỉ lễ năm trước": last year's holiday, compared with)
        if _HOLIDAY_CIRCUMSTANCE.search(low, max(clause[0], m.start() - 32), m.start()) or (
            circumstance_end >= 0
            and m.start() - circumstance_end < 30
            and not any(c in low[circumstance_end : m.start()] for c in ",;")
        ):
            circumstance_end = m.end()
            continue
        return True
    return False


_ESTIMATED = compile_lowered(r"\bước\b")
# a count said met or had part-way through its span ("có 11 chỉ tiêu đã đạt và vượt mục tiêu cả nhiệm kỳ",
# "Giai đoạn 2021 - 2025, tỉnh đã có 1.200 doanh nghiệp thành lập mới" in 2023)
_MET_SO_FAR = compile_lowered(r"\bđã (?:đạt|hoàn thành|vượt|có)\b")
_RANKED_BY = compile_lowered(
    r"(?:^|[,;:]\s*)\W*về (?:quy mô |tổng )?(?:thu ngân sách|số thu|kim ngạch|vốn đầu tư|thu hút đầu tư"
    r"|số doanh nghiệp|lượt khách|doanh thu du lịch|thu nhập|xuất khẩu|nhập khẩu|giải ngân)[^,;]{0,40},"
)
_BY_SIZE = compile_lowered(r"\b(?:quy mô (?:của )?(?:grdp|nền kinh tế|kinh tế|tổng sản phẩm)|về quy mô)\b")
_BY_GROWTH = compile_lowered(r"\btăng\b|\btốc độ\b")


def _ranked_by_size(low: str, tok: Token, catalog: Catalog) -> bool:
    """Whether the rank `tok` is one by the size of the economy: "Quy mô GRDP năm 2022 đứng thứ 11/14 tỉnh
    trong vùng", "Về quy mô, GRDP …" -- not where growth or an index is named between ("Quy mô còn nhỏ, song
    tốc độ tăng trưởng xếp thứ 5", "quy mô …; chỉ số PCI xếp thứ 16") or right after it ("… về tốc độ tăng
    trưởng", "… về PCI")."""
    sizes = list(_BY_SIZE.finditer(low, 0, tok.start))
    if not sizes:
        return False
    tail = low[sizes[-1].end() : tok.start]
    if ";" in tail or _BY_GROWTH.search(tail) or names_an_index(tail, 0, len(tail), catalog):
        return False
    return _by_another_measure_after(catalog).match(low, tok.end) is None


@lru_cache(maxsize=4)
def _by_another_measure_after(catalog: Catalog) -> re.Pattern:
    """A rank's measure named just after it, growth or an index ("Dù quy mô kinh tế còn nhỏ, năm 2023 tỉnh
    đứng thứ 5/14 … về tốc độ tăng trưởng", "… về PCI")."""
    return compile_lowered(
        rf"[^;.,]{{0,60}}?\bvề (?:tốc độ|tăng trưởng|năng lực|chỉ số|{catalog.index_names(held=None)})"
    )


_NONE_BEYOND = compile_lowered(
    r"\bkhông (?:có |còn )?(?:đơn vị|huyện|xã|địa phương|sở|ngành|cơ quan|tỉnh|doanh nghiệp) nào\b"
    r"(?:[^.;,]|,(?= (?:xã|huyện|đơn vị|địa phương) nào)){0,40}?"
    r"(?:dưới|trên|thấp hơn|cao hơn|quá|vượt)\s+$"
)


def _broken_down_right_after(whole: Held | None, subset_at, low: str, s_start: int) -> bool:
    """Whether the whole held at `whole` is broken down right after it (", gồm xuất khẩu …")."""
    return (
        whole is not None
        and subset_at is not None
        and _A_BREAKDOWN.fullmatch(low, whole.end - s_start, subset_at.end()) is not None
    )


_A_BREAKDOWN = compile_lowered(r"\s*[,(]?\s*(?:bao )?gồm")
_EACH_UNIT_BEFORE = compile_lowered(
    r"\bmỗi (?:thôn|bản|xã|phường|huyện|hộ(?: gia đình)?|dự án|doanh nghiệp|công trình|trường|cơ sở|đơn vị)\b"
    r"(?: [^\d,;.]{0,20})?\s*$"
)


def _significant_digits(written: str) -> int:
    """How many significant digits a number is written with ("18.105,2": 6; "2,6": 2; "10.000": 1)."""
    whole, _, fraction = written.partition(",")
    digits = (whole.replace(".", "") + fraction).lstrip("0")
    return len(digits if fraction else digits.rstrip("0"))


_THRESHOLD_BEFORE = compile_lowered(r"\b(?:mốc|ngưỡng)\s+(?:khoảng |hơn |trên )?$")
# a mark reached ("cán mốc", "chạm mốc"): the figure itself where it is no round mark ("ước cán mốc 18.105,2
# tỷ đồng") or a plan's ("phấn đấu … chạm mốc 18.000 tỷ đồng") -- not a milestone a result passed ("du lịch
# cán mốc 2,6 triệu lượt khách" over a body giving 2,63 million), nor one nearly reached ("gần chạm mốc 10.000
# tỉ đồng")
_A_MARK_REACHED = compile_lowered(r"(?<!gần )\b(?:chạm|cán|đạt)(?: tới)? mốc\s+$")
# (not the figure itself, bounded: "lần đầu tiên thu ngân sách đạt trên 10.300 tỷ đồng")
_FIRST_TIME_OVER = compile_lowered(r"\blần đầu(?: tiên)?\b[^,;.]{0,80}?\b(?:vượt|quá|(?:tăng|lên) trên)\s+$")
_BRACKETS = re.compile(r"\([^()]*\)")
_PLAN_NAMED_BEFORE = compile_lowered(
    r"\b(?:mục tiêu|kịch bản|kế hoạch|chỉ tiêu)(?: đề ra| đặt ra)?(?: là)?\s+$"
)
# "11 tháng (hết ngày 30/11/2025)": a day in brackets right after a span says where the span ends
_CLARIFYING_DAY = re.compile(r"\s*\(\s*(?:tính |hết |đến |tới )*(?:ngày )?$")


def _without_superlatives_spans(periods: list[PeriodMatch], low: str) -> list[PeriodMatch]:
    """The periods less the span a superlative ranges over ("ước đạt 8,12%, mức cao nhất của giai đoạn 2021 -
    2025, xếp thứ 4/9"): the years the value is the highest of, not a period any value is of."""
    if "nhất" not in low:
        return periods
    # (a span of several years: not "Điểm sáng lớn nhất của năm 2024 là thu ngân sách", the year itself)
    return [
        pm
        for pm in periods
        if pm.period.start.year == pm.period.end.year
        or not _SUPERLATIVE_OF.search(low, max(0, pm.start - 30), pm.start)
    ]


_SUPERLATIVE_OF = compile_lowered(r"\b(?:cao|thấp|lớn|nhỏ|nhanh|chậm) nhất (?:của |trong |cả |từ )?$")


def _without_clarifying_days(periods: list[PeriodMatch], low: str) -> list[PeriodMatch]:
    """The periods less the days in brackets that clarify the one before ("năm 2024 (tính đến 31/12/2024)"),
    or less a holiday's year its days in brackets tell ("Tết Nguyên đán Ất Tỵ 2025 (từ 25/01 đến 02/02/2025)":
    the holiday's days are the span, its year only names which holiday)."""

    def clarifies(i: int) -> bool:
        return (
            periods[i].period.kind in ("dates", "as_of")
            and periods[i - 1].period.kind not in ("dates", "as_of")
            and _CLARIFYING_DAY.fullmatch(low, periods[i - 1].end, periods[i].start) is not None
            # (a day of the period before: not "tăng 43,8% so với năm 2024 (tính đến 30/11/2025 là 86,14 tỷ
            # USD)", the days of another figure)
            and periods[i - 1].period.start <= periods[i].period.end <= periods[i - 1].period.end
        )

    def a_holidays_year_told_by(i: int) -> bool:
        return (
            periods[i - 1].period.kind == "year"
            and periods[i].period.kind == "dates"
            and _A_HOLIDAYS_YEAR_BEFORE.search(low, max(0, periods[i - 1].start - 40), periods[i - 1].start)
            is not None
        )

    def a_reports_month_told_by(i: int) -> bool:
        # "Trong tháng (từ ngày 26/8 đến ngày 25/9/2023), toàn tỉnh có 38 doanh nghiệp …": the days the
        # office's month runs over, which the bracket gives exactly
        return (
            periods[i - 1].period.kind == "month"
            and periods[i].period.kind == "dates"
            and periods[i].period.start < periods[i].period.end
            and _DAYS_OF_THE_MONTH.fullmatch(low, periods[i - 1].end, periods[i].start) is not None
            # (not a week of it: "Riêng tuần đầu tháng 9 (từ ngày 1 đến ngày 7/9)")
            and not _A_WEEK_OF.search(low, max(0, periods[i - 1].start - 12), periods[i - 1].start)
        )

    dropped = set()
    for i in range(1, len(periods)):
        if a_reports_month_told_by(i):
            dropped.add(i - 1)
        elif clarifies(i):
            dropped.add(i - 1 if a_holidays_year_told_by(i) else i)
    return [pm for i, pm in enumerate(periods) if i not in dropped]


_A_WEEK_OF = re.compile(r"\btuần\b[^,;()]{0,8}$")
_DAYS_OF_THE_MONTH = re.compile(r"\s*\(\s*(?:tính )?(?:từ )?(?:ngày )?")


# (or the same rate of another place: "tỷ lệ hộ nghèo của huyện … là 15%, tỷ lệ của toàn tỉnh là 4,8%")
_THIS_RATE = compile_lowered(
    r"\btỷ lệ (?:này|đó|ấy|trên|nói trên|chung|(?:của )?(?:toàn |cả )?(?:tỉnh|huyện|vùng|nước)\b)"
)
# (a share of a count of units named right after it: "50% số xã", "70% số doanh nghiệp")
_OF_A_COUNT = compile_lowered(r"\s+số (?:xã|huyện|thôn|bản|doanh nghiệp|hợp tác xã|trường|cơ sở)\b")
_PER_YEAR = compile_lowered(r"\s*/\s*năm\b|\s+mỗi năm\b|\s+một năm\b")
# a rate opening a segment of its own (a comma not within a number or a list of levels before it; not the
# satisfaction an index measures: "Chỉ số SIPAS của tỉnh, tỷ lệ mức độ hài lòng chung đạt 86,5%")
_ANOTHER_RATE = compile_lowered(
    r",\s+(?!\d)(?:(?:đến|trong) năm \d{4},?\s+)?tỷ lệ "
    r"(?!(?:mức độ |người dân )?hài lòng(?: chung)?(?: của (?:người dân|tổ chức|công dân)[^,;%]{0,20}?)?"
    r" (?:đạt|là|ở mức)\b)"
    r"(?:[^,;%]|,(?=\s?\d)){1,80}?"
    r" (?:đạt|là|ở mức)(?: (?:khoảng|trên|hơn|gần|dưới|từ))? $"
)
# A share's ratio to its plan, told by its verb and a plan with no rate of its own after it ("đạt 100% so với
# kế hoạch năm 2024"; not "đạt 48,5% so với mục tiêu 48%", the share set against its plan's)
_RATIO_BEFORE = compile_lowered(r"\b(?:đạt|bằng|vượt)\s+(?:khoảng\s+|gần\s+|hơn\s+)?$")
_RATIO_AFTER = compile_lowered(
    r"\s*(?:so với |của )?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết|kịch bản)\b"
    r"(?![^,;.]{0,25}\d[\d.,]*\s*%)"
)
# (opening its clause, or after the province as subject: not "khảo sát hằng năm", "lễ hội diễn ra hằng năm")
_EVERY_YEAR = compile_lowered(
    r"(?:^\W*|[,;:]\s*|\b(?:tỉnh|toàn tỉnh|lạng sơn) )(?:bình quân )?(?:mỗi|hằng|hàng) năm\b"
    # ("- Phấn đấu hằng năm có ít nhất 400 doanh nghiệp thành lập mới": a plan of every year)
    r"|\bphấn đấu (?:mỗi|hằng|hàng) năm\b"
    # ("Có thời điểm mỗi năm tỉnh đón hơn 2 triệu lượt khách nhưng tổng thu chưa đến 700 tỷ đồng": once)
    r"|\b(?:có thời điểm|có lúc|có những lúc|có thời kỳ) (?:mỗi|hằng|hàng) năm\b"
    # ("tỉnh từng có những năm kim ngạch chỉ quanh 4 tỷ USD, thu ngân sách chưa tới 5.000 tỷ đồng": some past
    # years the text does not name; not "nhiều năm liền", "những năm gần đây")
    r"|\b(?:từng có (?:những |nhiều )?|có (?:những|nhiều) )năm\b"
    r"(?! \d| nay| qua| trước| ngoái| liền| gần đây| trở lại)"
)
_AVERAGE_OVER_THEM = compile_lowered(r"\bbình quân\b|\bphấn đấu\b|\bmục tiêu\b")
# (or a part after "trong đó": "… mục tiêu GRDP tăng từ 8% trở lên, trong đó quý I tăng khoảng 7,5%")
_SINGLED_OUT = compile_lowered(r"\b(?:riêng(?: trong)?|(?<=[,;] )trong đó,?)\s+$")
_OPENS_SINGLING_OUT = compile_lowered(r"\W*riêng(?: trong)?\s+")


def _percentage_points(low: str, taken: list[tuple[int, int]], tokens: list[Token]) -> list[Token]:
    """The values in percentage points the sentence's comparisons and values did not take."""
    found = []
    for m in _PERCENTAGE_POINTS.finditer(low):
        if any(a <= m.start() < b for a, b in taken) or any(t.start <= m.start() < t.end for t in tokens):
            continue
        try:
            value = parse_vi_number(m["n"])
        except NumberFormatError:
            continue
        found.append(Token("percent", value, m.start(), m.end(), m.group()))
    return found


_PERCENTAGE_POINTS = compile_lowered(rf"(?P<n>{NUM})\s*điểm (?:phần trăm|%)")
_A_CONTRIBUTION = compile_lowered(r"\bđóng góp(?: (?:tới|đến|khoảng|gần|hơn|trên|được|thêm))?\s+$")


def _names_its_index(low: str, ind: Indicator, catalog: Catalog) -> bool:
    """Whether the sentence names the index of `ind`, by the index's names or any of its indicators' words
    ("PAR Index", "Chỉ số cải cách hành chính")."""
    return _names_index(low, catalog.indices[ind.index]) or any(
        may_match(pattern, low) and quick(pattern).search(low) is not None
        for other in catalog.indicators
        if other.index == ind.index
        for pattern in other.topics
    )


_AN_ESTIMATE_COMPARED = compile_lowered(r"\bso với (?:số )?(?:ước thực hiện|ước tính|ước)\b[^()]*\($")
_A_TERM_AIMED_AT = compile_lowered(r"\bvề đích(?: của)?\s*$")
_COMPONENTS_LISTED = compile_lowered(r"\bchỉ số thành phần\b[^.;:]*:")
_A_FIELD_OF_THE_INDEX = compile_lowered(
    r"\b(?:lĩnh vực|tiêu chí|nội dung|thành phần|công tác|trụ cột)\b|\bcải cách (?!hành chính)|\bhiện đại hóa"
)


def _last_edition_named(low: str, start: int, end: int, index: str, catalog: Catalog) -> int | None:
    """The last edition (year) of `index` low[start:end] names ("PGI 2023", "Chỉ số Xanh cấp tỉnh (PGI) năm
    2023"), if any."""
    years = [int(m["y"]) for m in _editions_of(catalog, index).finditer(low, start, end)]
    return years[-1] if years else None


def _the_one_edition_told_before(
    text_low: str, end: int, index: str, catalog: Catalog, doc_date: date | None
) -> int | None:
    """The one edition of `index` the text names before `end`, if it names one only -- not one only compared
    with ("So với PCI 2022, …", "Nếu như ở PCI 2022 …"), nor one older than the last the date line allows (an
    edition is published the year after it)."""
    years = {
        int(m["y"])
        for m in _editions_of(catalog, index).finditer(text_low, 0, end)
        if _AN_EDITION_COMPARED.search(text_low, max(0, m.start() - 20), m.start()) is None
    }
    if len(years) != 1:
        return None
    year = years.pop()
    return year if doc_date is None or year >= doc_date.year - 1 else None


# words that set a value in some time other than the index's current edition
_ANOTHER_TIME = compile_lowered(
    r"\b(?:từng|năm đó|khi đó|lúc đó|trước đó|năm trước|đầu tiên|lần đầu|lần trước)\b"
)
_AN_EDITION_COMPARED = compile_lowered(r"\b(?:so với|hơn|nếu như(?: ở)?|từ|ở)\s+(?:chỉ số\s+)?$")


@lru_cache(maxsize=64)
def _editions_of(catalog: Catalog, index: str) -> re.Pattern:
    names = catalog.names_the_index(index).pattern
    return compile_lowered(
        rf"(?:{names})\)?(?:\s*\([^()]{{1,30}}\))?\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)\b(?![/.,]\d)"
    )


def _names_another_index(low: str, index: str | None, catalog: Catalog) -> bool:
    """Whether `low` names a published index the catalog holds other than `index` (not one it holds no figure
    of, "DDCI", "PII", named in passing)."""
    return any(_names_index(low, other) for other in catalog.indices.values() if other.id != index)


# "bảng xếp hạng này", "chỉ số này": the ranking the text has just named
_THIS_RANKING = compile_lowered(r"\b(?:bảng xếp hạng|xếp hạng|bộ chỉ số|chỉ số) (?:này|đó|nói trên)\b")


def _the_index_named_last(low: str, catalog: Catalog) -> PublishedIndex | None:
    """The index of the catalog's list (held or not) that `low` names last, if it names any."""
    last = None
    for index in catalog.indices.values():
        for name in index.names:
            for m in _index_name_pattern(name).finditer(low):
                if last is None or m.start() > last[0]:
                    last = (m.start(), index)
    return last[1] if last is not None else None


def _names_index(low: str, index: PublishedIndex) -> bool:
    """Whether `low` names `index`, one the catalog holds, by the catalog's names of it."""
    return index.held and any(
        quick(_index_name_pattern(name)).search(low) is not None for name in index.names
    )


@lru_cache(maxsize=64)
def _index_name_pattern(name: str) -> re.Pattern:
    return compile_lowered(rf"\b(?:{name})\b")


# a score beside its rank: the rank right after it, or right before it with "với"
_ITS_RANK_AFTER = compile_lowered(
    r"(?: chuẩn)?(?: \([^()]*\))?,?\s+(?:và\s+)?(?:xếp|đứng)\s+(?:thứ|hạng|vị trí)"
)
_ITS_RANK_BEFORE = compile_lowered(
    r"\b(?:xếp|đứng) (?:thứ hạng|thứ|hạng) \d{1,2}(?:/\d{2})?(?: (?:cả nước|toàn quốc))? với (?:điểm số )?$"
)
_OWNED_REACH = 12  # characters from a value to a period written right after it as its own ("thứ 16 năm 2020")
# ("từng" as "each" is no "once": "Xét theo từng quý, GRDP …", "từng tháng", "từng địa phương")
_ONCE = compile_lowered(
    r"(?<!theo )(?<!của )(?<!cho )(?<!ở )(?<!tại )\btừng\b(?! (?:quý|tháng|năm|ngày|tuần|kỳ)\b)"
)


def _ranked_body(low: str, start: int, end: int, catalog: Catalog) -> str | None:
    """The body (a ministry) that the comma segment of low[start:end], a rank's, opens on as its subject."""
    start = max(start, low.rfind(", ", start, end) + 1)
    opening = _A_LEAD_AT_MOST_OF_A_SEGMENT.match(low, start).end()
    for pattern in catalog.ranked_bodies.values():
        named = pattern.match(low, opening, end)
        if named is not None and not names_province(low, named.end(), end):
            return named.group()
    return None


# (a segment's lead before its subject: "Trong đó, ", "Năm 2015, ", "còn ")
_A_LEAD_AT_MOST_OF_A_SEGMENT = compile_lowered(
    r"[\s,;:(]*(?:(?:trong đó|riêng|còn|và|tiếp theo là|năm \d{4}|trong năm \d{4})\s*,?\s*)*"
)


def _rank_places(catalog: Catalog) -> dict:
    # "xếp thứ 11/34 cả nước", "trong vùng …, tỉnh xếp thứ 6/14": for a rank the nation and the region
    # are the ranking it is in (etl/subjects.is_regional), not another place's figure.
    return {k: v for k, v in catalog.places.items() if k not in ("nation", "region")}


_OPENS_ON_ITS_PARTS = compile_lowered(r"\s*trong (?:số )?đó\b")


# an item of a list, its name and nothing else before its value ("; công nghiệp – xây dựng ", "; nông, lâm
# nghiệp "), no verb of its own
_A_BARE_ITEM = compile_lowered(
    r"[;,]?\s*(?:(?!\b(?:riêng|trong đó|đạt|ước|là|tăng|giảm|có|thu|được|còn|khu vực|grdp|cơ cấu)\b)"
    r"[^\d;.:()%]){1,40}?"
    r"(?:\s+chiếm)?\s*"
)


def _whole_clause(low: str, clause_start: int) -> int:
    """Where the words a value's clause goes on from begin: its own clause's start, or -- for a clause of
    parts ("…; trong đó có 1 dự án có vốn đầu tư nước ngoài, vốn đăng ký 5,6 triệu USD") -- the whole's."""
    if clause_start > 0 and _OPENS_ON_ITS_PARTS.match(low, clause_start):
        return low.rfind(";", 0, clause_start - 1) + 1
    return clause_start


def _not_before_said(not_before: re.Pattern, low: str, start: int, end: int) -> re.Match | None:
    """Where low[start:end] names a part of the indicator the catalog does not hold -- but not in a bracket
    that says what the whole includes ("tổng kim ngạch … (bao gồm hàng hóa mở tờ khai tại các chi cục hải quan
    ngoài tỉnh) đạt 5,21 tỷ USD": the whole, with its scope)."""
    for said in not_before.finditer(low, start, end):
        opened = low.rfind("(", start, said.start())
        closed = low.find(")", said.end(), end)
        if opened < 0 or closed < 0 or low.rfind(")", opened, said.start()) >= 0:
            return said
        if not _INCLUDES.match(low, opened + 1):
            return said
    return None


_INCLUDES = compile_lowered(r"\s*(?:bao gồm|gồm cả|kể cả|tính cả)\b")


def _index_named_before(low: str, before_low: str | None, catalog: Catalog) -> str | None:
    """The one index the sentence before named (its key in the catalog's `indices`) when this sentence names
    none."""
    # (named by its name or by an indicator's words: "Chỉ số cải cách hành chính năm 2017 xếp thứ 27")
    if (
        before_low is None
        or catalog.names_an_index(held=None).search(low)
        or _names_an_index_topic(low, catalog)
    ):
        return None
    named = [
        (key, m)
        for key, index in catalog.indices.items()
        if (m := catalog.names_the_index(key).search(before_low)) is not None
    ]
    # (that gave the index's figures, a score or a rank: not "… duy trì đánh giá DDCI hằng năm", "bao gồm cả
    # điểm điều tra SIPAS")
    if len(named) != 1 or not _AN_INDEX_FIGURE.search(before_low, named[0][1].end()):
        return None
    return named[0][0]


_AN_INDEX_FIGURE = compile_lowered(r"(?<![\d/])\d+,\d+|\bthứ \d+")


def _names_an_index_topic(low: str, catalog: Catalog) -> bool:
    return any(t.search(low) for i in catalog.indicators if i.index is not None for t in i.topics)


def _after_an_unheld_index(low: str, before_low: str | None, catalog: Catalog) -> bool:
    """Whether the sentence names no index and the one before it only indices the catalog does not hold."""
    unheld = catalog.names_an_index(held=False).search(before_low) if before_low is not None else None
    return (
        unheld is not None
        # (that gave the index's figures: not "Cùng với PII, đây là chỉ số được tỉnh quan tâm cải thiện")
        and re.search(r"\d", before_low[unheld.end() :]) is not None
        and catalog.names_an_index().search(before_low) is None
        and catalog.names_an_index().search(low) is None
        and catalog.names_an_index(held=False).search(low) is None
    )


def _next_sentence_low(text: str, s_end: int) -> str:
    """The lower-cased sentence after the one ending at `s_end` (its first 300 characters)."""
    after = text[s_end : s_end + 300].lstrip()
    stop = re.search(r"[.!?](?!\d)", after)
    return lowered(after[: stop.end()] if stop else after)


def _unheld_part(ind: Indicator, words: str) -> str:
    """The review list's reason for a part of `ind` the catalog does not hold, or another thing its words
    make it (a count a congress to come is expected to have), with the words that say so."""
    return f'a part of {ind.id}, or another thing, the catalog does not hold ("{words}")'


def _held(tok, s_start, s_end, sentence, reason, detail, ind=None, value=None) -> Held:
    return Held(
        reason=reason,
        detail=detail,
        value_text=sentence[tok.start : tok.end],
        start=s_start + tok.start,
        end=s_start + tok.end,
        sentence_start=s_start,
        sentence_end=s_end,
        indicator_id=ind.id if ind is not None else None,
        value=value,
    )


def _rounded_rate(headline: Mention, body: Mention) -> bool:
    """Whether a per cent in a headline is the body's rounded to the headline's fewer decimals."""
    if "%" not in headline.value_text or "%" not in body.value_text:
        return False
    places = [
        len(m[1]) if m[1] else 0
        for m in (_DECIMALS.search(t) for t in (headline.value_text, body.value_text))
    ]
    # (to a decimal at least, half up: a whole per cent is no headline's rounding of "7,5%", another figure)
    if not 1 <= places[0] < places[1]:
        return False
    step = Decimal(1).scaleb(-places[0])
    return Decimal(str(body.value)).quantize(step, rounding=ROUND_HALF_UP) == Decimal(str(headline.value))


_DECIMALS = re.compile(r"\d,(\d+)|\d(?=\s*%)()")


def _drop_restated(
    mentions: list[Mention], lead: tuple[int, int] | None = None, title_start: int = 0
) -> list[Mention]:
    """A headline restating a figure the body gives with its period adds nothing: keep the body's. So does
    a title that says what its first paragraph says ("Năm nay có 17/20 chỉ tiêu đạt và vượt" twice), and a
    lead (`lead`: where it is) that says what the body under it says, rounded or not ("Khép lại năm 2024 với
    số thu hơn 10.300 tỷ đồng" over "… đạt 10.345 tỷ đồng")."""
    own = ("clause", "sentence")
    explicit = {
        (m.indicator_id, m.value) for m in mentions if m.period_source in own and not m.period.inferred
    }
    explicit_statuses = {
        (m.indicator_id, m.value, m.status)
        for m in mentions
        if m.period_source in own and not m.period.inferred
    }
    explicit_periods = {
        (m.indicator_id, m.value, m.period.start, m.period.end)
        for m in mentions
        if m.period_source in own and not m.period.inferred
    }
    restated = [
        (m.period.inferred or m.period_source not in own)
        and (m.indicator_id, m.value) in explicit
        # "Năm nay … ước đạt 7,0%, trong khi Nghị quyết đặt mục tiêu 7,5%" carries its period from the
        # sentence before, as a person reads it: not a restatement of next year's "phấn đấu tăng 7,5%" later
        and (
            m.period_source != "previous_sentence"
            or (m.indicator_id, m.value, m.period.start, m.period.end) in explicit_periods
        )
        # (nor "II. KẾ HOẠCH NĂM 2023 … tốc độ tăng trưởng GRDP khoảng 7,5%" after the year's target
        # "(7,5%)": a heading's plan beside another year's plan of the same size -- but "Trên cơ sở tăng
        # trưởng GRDP đạt 6,5% …" under it restates this year's estimate)
        and not (
            m.period_source == "heading"
            and (m.indicator_id, m.value, m.status) in explicit_statuses
            and (m.indicator_id, m.value, m.period.start, m.period.end) not in explicit_periods
        )
        for m in mentions
    ]
    kept = _keep_comparisons(
        [m for m, r in zip(mentions, restated, strict=True) if not r],
        [m for m, r in zip(mentions, restated, strict=True) if r],
    )

    def same(m: Mention):
        # not the status: a headline drops the body's "ước" ("…, 15/18 chỉ tiêu đạt và vượt" over "ước có
        # 15/18 chỉ tiêu …"), and the body says it
        return (m.indicator_id, m.value, m.period.start, m.period.end)

    def restated_in(body: list[Mention], as_said=lambda m, b: True):
        # (`as_said`: whether the body's figure can be the one restated, by their statuses)
        def restates(m: Mention, b: Mention) -> bool:
            # "Quý I: Kim ngạch … đạt hơn 1 tỷ USD" over "… đạt 1.046,7 triệu USD": the headline's round bound
            return (
                same(b) == same(m)
                or (
                    (b.indicator_id, b.period.start, b.period.end)
                    == (m.indicator_id, m.period.start, m.period.end)
                    and (
                        (m.bound in _ROUNDED and _ROUNDED[m.bound](b.value, m.value))
                        # ("… 9 tháng đạt 5,7%" over "… ước đạt 5,71%": the headline's rounding of the body's
                        # rate)
                        or _rounded_rate(m, b)
                    )
                )
                or (
                    # "Kinh tế cửa khẩu năm 2025 lập đỉnh mới, kim ngạch vượt 86 tỷ USD" over "Tính đến ngày
                    # 30/11/2025, … đạt 86,27 tỷ USD": the headline's year is the body's months from January
                    m.period.kind == "year"
                    and b.indicator_id == m.indicator_id
                    and b.period.kind in ("to_date", "months")
                    and b.period.start == m.period.start
                    and b.period.end < m.period.end
                    and m.bound in _ROUNDED
                    and _ROUNDED[m.bound](b.value, m.value)
                )
            )

        return lambda m: any(restates(m, b) and as_said(m, b) for b in body)

    # the title is the text's first sentence; a figure there that the body states again is the body's; so is
    # one in the lead that the paragraphs under it state again
    in_body = restated_in([m for m in kept if m.sentence_start > title_start])
    lead_start, lead_end = lead or (-1, -1)
    # (a lead's result may drop the body's "ước", but a plan is no forecast of the same size: "mục tiêu 4,3 tỷ
    # USD" in the lead, "dự báo cả năm đạt 4,3 tỷ USD" under it)
    under_the_lead = (
        restated_in(
            [m for m in kept if m.sentence_start >= lead_end],
            # (and a result's: a lead's result is no plan of the same size, "… dự toán năm 2024 là 10.000 tỷ")
            lambda m, b: (
                m.status == b.status or (m.status == "actual" and b.status not in ("target", "forecast"))
            ),
        )
        if lead
        else None
    )
    restates = [
        (m.sentence_start == title_start and in_body(m))
        or (under_the_lead is not None and lead_start <= m.sentence_start < lead_end and under_the_lead(m))
        for m in kept
    ]
    title = [m for m, r in zip(kept, restates, strict=True) if r]
    kept = _keep_comparisons([m for m, r in zip(kept, restates, strict=True) if not r], title)
    # a figure the text estimated, said again further on without its "ước" ("Tổng thu từ hoạt động du lịch ước
    # đạt 150 tỉ đồng. … thu về 150 tỉ đồng chỉ trong 9 ngày, …"): the estimate, said once
    estimated = set()
    again = []
    for m in kept:
        if m.status == "estimate":
            estimated.add(same(m))
        again.append(m.status == "actual" and same(m) in estimated)
    return _keep_comparisons(
        [m for m, r in zip(kept, again, strict=True) if not r],
        [m for m, r in zip(kept, again, strict=True) if r],
    )


# A headline's bound a body figure meets, within the rounding a headline makes (a tenth either way)
_ROUNDED = {
    "over": lambda body, said: said < body <= said * 1.1,
    "under": lambda body, said: said * 0.9 <= body < said,
    "approx": lambda body, said: abs(body - said) <= said * 0.1,
}


def _keep_comparisons(kept: list[Mention], dropped: list[Mention]) -> list[Mention]:
    """A restatement dropped for the figure kept may be where the text compares it ("Lạng Sơn vươn lên thứ
    4. … xếp thứ 4/63, tăng 2 bậc so với năm 2022"): its comparisons go to the figure kept, for the same
    period, so the earlier figure they define is not lost with it."""
    if not any(m.comparison is not None for m in dropped):
        return kept
    index = {
        (m.indicator_id, m.value, m.period.start, m.period.end): i for i, m in reversed(list(enumerate(kept)))
    }
    for m in dropped:
        i = index.get((m.indicator_id, m.value, m.period.start, m.period.end))
        if i is None or m.comparison is None:
            continue
        target = kept[i]
        comps = [c for c in (target.comparison, *target.also_compared, m.comparison, *m.also_compared) if c]
        kept[i] = replace(target, comparison=comps[0], also_compared=tuple(comps[1:]))
    return kept
