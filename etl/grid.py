"""Tables written as text: rows of cells joined by " | " (how the readers render a DOCX or web-page table).

A statistics office's or a plan's table says in its header what each column is ("Thực hiện năm 2023 | Ước
thực hiện năm 2024 | Kế hoạch năm 2025"), in its first cells what each row is ("Tốc độ tăng trưởng GRDP |
%"), and in the others only numbers. A reader reads a cell as the sentence its row and column make: "Tốc
độ tăng trưởng GRDP, ước thực hiện năm 2024: 6,01%". `read_tables` finds those cells and writes that
sentence; etl/extract.py reads it with the ordinary rules and puts the figure back on the cell.

Columns that compare ("2024 so với 2023 (%)", "So sánh cùng kỳ") are not read: their numbers are ratios, not
figures of the row's indicator. Pure functions of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.casefold import lowered
from etl.catalog import Catalog
from etl.periods import YEAR, find_periods, shift_years
from etl.titles import title_of
from etl.values import DIGIT

SEPARATOR = " | "
_MIN_CELLS = 3
MAX_TABLE_ROWS = 80  # a longer run of rows is read row by row as text, not as one table
MAX_CELLS = 2000  # per document: bounded work whatever the text looks like

# The header cell of each kind of column that is not a column of figures.
_LABEL = re.compile(
    r"^(?:chỉ tiêu|tiêu chí|nội dung|danh mục|tên chỉ tiêu|các chỉ tiêu(?: chủ yếu)?|nguồn vốn|khoản thu"
    r"|khoản mục"
    r"|(?:khu vực|ngành|lĩnh vực)(?: kinh tế)?|ngành công nghiệp)$",
    re.IGNORECASE,
)
_UNIT = re.compile(r"^(?:đơn vị(?: tính)?|đvt)$", re.IGNORECASE)
_INDICES_HEAD = re.compile(r"^(?:bộ |tên )?chỉ số$", re.IGNORECASE)
_ORDINAL = re.compile(r"^(?:stt|tt|số thứ tự)$", re.IGNORECASE)
# a column that compares, in a table of indicators or of periods ("2024 so với 2023 (%)", "So sánh cùng kỳ")
_COMPARES_TO = re.compile(
    r"so với|so sánh|tăng,? giảm|tăng/giảm|\btăng\b[^|]{0,12}\bgiảm\b|\bcùng kỳ\b|\bđạt\s*%", re.IGNORECASE
)
# ... and, in a table of indicators, any per cent or growth column ("(%)", "2024/2023", "Tốc độ tăng")
_COMPARING = re.compile(
    _COMPARES_TO.pattern + r"|\(%\)|%\s*$|(?:19|20)\d\d\s*/\s*(?:19|20)\d\d|tốc độ tăng", re.IGNORECASE
)
# the cells a merged header spans after its comparison ("Tốc độ phát triển (%) 15/14 | 16/15 | BQ"): a year's
# against the year before's, by their last two digits, and their mean
_UNDER_A_COMPARISON = re.compile(r"^\s*(?:\d{2}\s*/\s*\d{2}|bq|bình quân)\s*$", re.IGNORECASE)
_BARE_GROWTH = re.compile(
    r"^(?:tăng trưởng|tốc độ tăng(?: trưởng)?|tăng|mức tăng)\s*(?:\(%\))?\s*$", re.IGNORECASE
)
_RUNNING_COLUMN = re.compile(r"lũy kế|luỹ kế|cộng dồn|từ đầu năm|tính chung", re.IGNORECASE)
_SHARE_COLUMN = re.compile(r"^(?:cơ cấu|tỷ trọng|tỉ trọng)\b", re.IGNORECASE)
# (its last sentence: "…, tăng 5,1 triệu đồng so với năm 2021. Cơ cấu kinh tế như sau:")
# (the province's economy's only: not "Cơ cấu lao động như sau:", "Cơ cấu kinh tế cả nước …", "Tỷ trọng vốn
# đầu tư …")
_SHARE_CAPTION = re.compile(
    # ("Tỷ trọng các khu vực trong GRDP hai năm gần đây thể hiện ở bảng sau:")
    # ("Biểu: Cơ cấu GDP trên địa bàn tỉnh (%)": a table's label before it; GDP, the province's product as
    # texts called it before GRDP)
    r"(?:^|\.\s)\W*(?:(?:biểu|bảng|hình)(?: (?:số )?\d+)?:\s*)?"
    r"(?:cơ cấu|tỷ trọng|tỉ trọng) (?:(?:các )?(?:khu vực|ngành)(?: kinh tế)? (?:trong |của )?)?"
    r"(?:kinh tế|grdp|gdp|tổng sản phẩm)\b"
    r"(?![^:.]*\b(?:tốc độ|tăng|cả nước|toàn quốc|vùng|khu vực|huyện|thành phố|tỉnh \w)\b)[^.]*$",
    re.IGNORECASE,
)
_DASHED_ITEM = re.compile(r"\s*[-–+]\s+")
_TOC_DO_TANG = re.compile(r"\btốc độ\b|\btăng\b", re.IGNORECASE)
# Abbreviations of table headers and labels, spelled out so the ordinary rules read them.
_ABBREVIATIONS = [
    (re.compile(r"\bƯTH\b|\bƯớc TH\b", re.IGNORECASE), "ước thực hiện"),
    (re.compile(r"\bTH\b"), "thực hiện"),
    (re.compile(r"\bKH\b"), "kế hoạch"),
    (re.compile(r"\bNSNN\b", re.IGNORECASE), "ngân sách nhà nước"),
    (re.compile(r"\bXNK\b", re.IGNORECASE), "xuất nhập khẩu"),
    (re.compile(r"\bDN\b"), "doanh nghiệp"),
    (re.compile(r"\bNTM\b"), "nông thôn mới"),
]
# A row whose name says its numbers change something ("Tỷ lệ hộ nghèo giảm trong năm", "Số xã đạt chuẩn tăng
# thêm"), not a growth rate's own name ("Tốc độ tăng trưởng GRDP", "Tăng trưởng kinh tế").
# (and a gap: "Chênh lệch (điểm %)", "So với kịch bản (điểm phần trăm)")
_CHANGE_ROW = re.compile(
    r"\bgiảm\b|(?<!tốc độ )\btăng\b(?! trưởng)|\bchênh lệch\b|\bđiểm (?:%|phần trăm)", re.IGNORECASE
)
_NUMBER = re.compile(r"^[-–]?\s*\d[\d.,]*$")
_UNITS = (
    # ("Tổng thu NSNN trên địa bàn 5 năm (nghìn tỷ đồng)")
    r"%|điểm|(?:nghìn tỷ |ngàn tỷ |nghìn |triệu |tỷ )?(?:đồng|usd)|tỷ đồng|triệu đồng|triệu usd|tỷ usd|"
    # ("Lượt khách du lịch (nghìn lượt)", "Khách du lịch (nghìn lượt)")
    r"(?:nghìn |triệu )?lượt(?: khách| người)?|"
    r"doanh nghiệp|xã|(?:nghìn )?người"
)
_UNIT_IN_LABEL = re.compile(rf"\s*\((?P<unit>{_UNITS})\)\s*$", re.IGNORECASE)
# The unit a table's caption gives every cell: "Một số chỉ tiêu thu, chi ngân sách (đơn vị: tỷ đồng):",
# "Đơn vị tính: Triệu USD"
# ("Đơn vị tính: %": the per cent sign ends it, no word boundary after)
_UNIT_IN_CAPTION = re.compile(rf"\b(?:đơn vị(?: tính)?|đvt)\s*:\s*(?P<unit>{_UNITS})(?!\w)", re.IGNORECASE)
_CAPTION_LENGTH = 300  # the line before a table is its caption only when it is a short one


@dataclass(frozen=True)
class TableCell:
    """One figure cell, with the sentence its row and column make and where it stands in the text."""

    sentence: str  # "Tốc độ tăng trưởng GRDP, ước thực hiện năm 2024: 6,01%"
    label: str  # the row's name, as spelled out: where the place it is about is named
    value_at: int  # where the value starts in `sentence`
    value_text: str  # the cell as written
    start: int  # the cell in the document text
    end: int
    quote_start: int  # the header row's start: a quote of the cell shows what its column is
    quote_end: int  # the cell's row's end
    caption: str = ""  # the line above the table, if short: what a row naming no subject is about


def read_tables(text: str, catalog: Catalog) -> tuple[list[TableCell], set[int]]:
    """The figure cells of the text's tables (at most MAX_CELLS), and the starts of the lines they were read
    from -- the header and the rows read whole -- which the sentence reader then leaves alone. A row this
    reader skips (cells that do not line up, a table naming no rows, past the bound) stays the sentence
    reader's: nothing is lost. A table of indices reads only the rows naming one the catalog holds."""
    names_an_index = catalog.names_an_index()
    # (the words of the catalog's parts, "Xuất khẩu", "Thu nội địa": a dashed row naming one is a part of the
    # row above it)
    part_words = [t for i in catalog.indicators if i.part_of is not None for t in i.topics]
    cells: list[TableCell] = []
    read: set[int] = set()
    # the one year the title names ("Tình hình kinh tế - xã hội tỉnh 9 tháng đầu năm 2019"), for a column
    # whose months the caption does not date
    # (a title on months or a quarter of that year, a report on them -- not "Kế hoạch … năm 2025", a plan's
    # year)
    title = title_of(text)
    title_years = set(_A_YEAR.findall(title))
    title_year = (
        title_years.pop()
        if len(title_years) == 1 and (_MONTHS_SPAN.search(title) or _QUARTER.search(title))
        else None
    )
    for block in _blocks(text):
        header_start, header = block[0]
        columns = [_spelled(c) for c in _cells(header)]
        while len(block) > 1 and _continues_header(block[1][1], len(columns)):
            # a header on two lines (a PDF's table): "Chỉ tiêu | Ước tính | Quý I/2018 so với" over " | quý
            # I/2018 | cùng kỳ năm trước (%)" -- each column's words run on in the line below
            more = _header_cells(block[1][1])
            columns = [f"{c} {_spelled(m)}".strip() for c, m in zip(columns, more, strict=True)]
            read.add(block[1][0])
            block = [block[0], *block[2:]]
        label_col = next((i for i, c in enumerate(columns) if _LABEL.match(c)), None)
        if label_col is None:
            # "Chỉ số | Kết quả năm 2024 | Xếp hạng năm 2024 (/63)", "STT | Chỉ số | Năm 2023 | Mục tiêu năm
            # 2024": a row per index, its scores, ranks and plans
            label_col = next((i for i, c in enumerate(columns[:2]) if _INDICES_HEAD.match(c)), None)
        indices_table = label_col is not None and _INDICES_HEAD.match(columns[label_col]) is not None
        unit_col = next((i for i, c in enumerate(columns) if _UNIT.match(c)), None)
        across = label_col is None and unit_col is None and _periods_across(columns[1:])
        if across:
            # "Năm | 2016 | 2017 | 2018" over "Điểm số | 57,12 | …", "Khoản thu | Năm 2016 | Năm 2020": the
            # header lists the periods, each row names what it measures
            label_col = 0
        # "Tháng | Kim ngạch (triệu USD) | So với cùng kỳ (%)": a series, each row a period, each column
        # what it measures -- read the other way round
        by_period = label_col is None and _PERIOD_HEAD.match(columns[0]) is not None
        if by_period:
            label_col, unit_col = 0, None
        caption = _caption(text, header_start)
        ranks_by_caption = bool(_RANK_IN_HEAD.search(caption)) and "điểm" not in caption.lower()
        # "Tỉnh | Năm 2023 | Ước tính năm 2024" under "Tốc độ tăng GRDP năm 2024 của một số tỉnh trong vùng":
        # a row per province, each cell what the caption measures, of the row's place
        # (only where the caption alone names the measure: "Tỉnh | Tăng trưởng GRDP (%) | Thu ngân sách …"
        # names its own, and the sentence reader reads such rows)
        by_place = (
            label_col is None
            and _PLACE_HEAD.match(columns[0]) is not None
            and bool(_subject(caption))
            and not _NOT_A_MEASURE.search(caption)
            and not any(_MEASURE_WORDS.search(c) and not _RANK_HEAD.match(c) for c in columns[1:])
        )
        # "Tỉnh | Điểm PCI 2016 | Xếp hạng 2016 | Xếp hạng 2015", "Tỉnh | Tăng trưởng GRDP (%) | Xếp hạng cả
        # nước": one column names the measure, the rank columns rank by it -- a row per province again
        measured = [
            i for i, c in enumerate(columns[1:], 1) if _MEASURE_WORDS.search(c) and not _RANK_HEAD.match(c)
        ]
        place_subject = ""
        if (
            not by_place
            and label_col is None
            and _PLACE_HEAD.match(columns[0]) is not None
            and len(measured) == 1
            and not _NOT_A_MEASURE.search(caption)
        ):
            place_subject = _subject(columns[measured[0]])
            by_place = bool(place_subject)
        if by_place:
            label_col = 0
        if label_col is None:
            continue  # not a table of indicators: no column says what its rows are
        # ("Biểu 1. Thu, chi ngân sách nhà nước năm 2021 (tỷ đồng)": the unit in brackets at its end, too)
        in_caption = _UNIT_IN_CAPTION.search(caption) or _UNIT_IN_LABEL.search(caption.rstrip(" :"))
        table_unit = in_caption["unit"] if in_caption else ""
        # "Cơ cấu và tốc độ tăng GRDP năm 2019 (ước tính)": the period and status the caption gives every
        # column that names none
        caption_when = _when(caption)
        # what the caption measures, for rows naming the whole or a part of the population -- unless it
        # names plans or a list of indicators ("Một số chỉ tiêu chủ yếu:", "… và mục tiêu giảm nghèo"), whose
        # words are no measure; its commas dropped ("…một tháng, theo giá hiện hành" is one noun phrase)
        caption_subject = _subject(caption) if not by_period and not _NOT_A_MEASURE.search(caption) else ""
        # "Ghi chú: Số liệu năm 2023 là số ước tính." under the table: the status of that year's columns
        noted = _noted_status(text, block[-1][0] + len(block[-1][1]))
        # "Thực hiện 9 tháng | Cùng kỳ" under "… 9 tháng năm 2023": the same months a year before
        caption_period = _when(caption, with_status=False)
        if len(_A_YEAR.findall(caption_period)) != 1:
            caption_period = ""
        section_basis = ""  # the price basis a section row gives the rows under it
        index_table = not by_period and _IIP.search(caption) is not None
        # what each column holds, read once for all the rows: a "Cùng kỳ" column's span a year earlier; in a
        # table of the industrial production index, "Tháng 9/2019 so với tháng 9/2018" -- the index of the
        # month against the same month a year before, the month's growth
        same_spans = [
            None if by_period else _same_span_before(columns, i, caption_period) for i in range(len(columns))
        ]
        index_spans = [_against_a_year_before(c) if index_table else None for c in columns]
        # "Cơ cấu kinh tế như sau:" over "Khu vực kinh tế | Năm 2021 (%) | Ước năm 2022 (%) | Tốc độ tăng …":
        # a table of shares, whose per cent columns are shares, not changes
        shares_table = not by_period and _SHARE_CAPTION.search(caption) is not None
        parent_name = ""  # the last row not itself a dashed item: what the items under it are parts of
        for row_start, row in block[1:]:
            parts = _cell_spans(row)
            if parts[0][2].strip() and not any(c.strip() for _a, _b, c in parts[1:]):
                # "I. Theo giá hiện hành | | |": a section heading, no figure; its price basis is its rows'
                basis = _PRICE_BASIS.search(_spelled(parts[0][2]))
                section_basis = basis.group() if basis else ""
                continue
            if len(parts) != len(columns):
                continue  # a merged or broken row: its cells cannot be told apart
            if indices_table and (
                # (not a component: "Gia nhập thị trường")
                not names_an_index.search(lowered(_spelled(parts[label_col][2])))
                or any(
                    _cell_unread(c.strip())
                    for i, (_a, _b, c) in enumerate(parts)
                    if i != label_col and not _COMPARES_TO.search(columns[i])
                )
            ):
                # ("Gia nhập thị trường | 7,05 | 7,30": a component, which the prose reader tells apart;
                # "PGI | xếp thứ 9/63 | tăng ít nhất 3 bậc": words the prose reader reads, the row whole)
                continue
            row_cells: list[TableCell] = []
            row_name = _spelled(parts[label_col][2])
            if (
                _DASHED_ITEM.match(row_name)
                and parent_name
                and any(t.search(lowered(row_name)) for t in part_words)
            ):
                # "2. Kim ngạch mở tờ khai tại Cục Hải quan Lạng Sơn | …" over "- Xuất khẩu | 1.023,1 | …": an
                # item of the row above, read as prose says it ("…, trong đó xuất khẩu …")
                row_name = f"{parent_name}, trong đó {_DASHED_ITEM.sub('', row_name)}"
            elif not _DASHED_ITEM.match(row_name):
                parent_name = row_name
            if section_basis and not _PRICE_BASIS.search(row_name):
                row_name = f"{row_name} {section_basis}"
            if not by_period and _CHANGE_ROW.search(row_name):
                continue  # "Tỷ lệ hộ nghèo giảm trong năm": the row's numbers are changes, not levels
            row_unit = parts[unit_col][2].strip() if unit_col is not None else ""
            for i, (a, _b, cell) in enumerate(parts):
                # (a series' "Tăng trưởng (%)" is a figure, and so is a share: "Cơ cấu (%)", "Tỷ trọng (%)")
                comparing = (
                    _COMPARES_TO
                    if by_period
                    or (place_subject and i in measured)
                    or _SHARE_COLUMN.match(columns[i])
                    or (shares_table and not _TOC_DO_TANG.search(columns[i]))
                    else _COMPARING
                )
                same_span_before, index_span = same_spans[i], index_spans[i]
                if (
                    i in (label_col, unit_col)
                    or _ORDINAL.match(columns[i])
                    or (comparing.search(columns[i]) and same_span_before is None and index_span is None)
                    or (not by_period and _UNDER_A_COMPARISON.match(columns[i]) and _COMPARING.search(header))
                ):
                    continue
                if by_period and (_BARE_GROWTH.match(columns[i]) or _RUNNING_COLUMN.search(columns[i])):
                    # "Tháng | Thu ngân sách (tỷ đồng) | Tăng trưởng (%)": whose growth the header does not
                    # say; "Kim ngạch lũy kế từ đầu năm": a running total the row's month does not date
                    continue
                value = cell.strip()
                # a rank column in a table of indices: "Chỉ số | Kết quả năm 2024 | Xếp hạng năm 2024 (/63)"
                rank_column = _RANK_IN_HEAD.search(columns[i]) if indices_table else None
                # ("Thứ hạng | 59/63": a rank out of the provinces ranked)
                if indices_table:
                    # "PAPI (kết quả năm 2018) | 41,72 | 34": the period the row names is its cells' own
                    name, own_when, rank_row, rank_row_of = _index_row_name(row_name)
                    # ("Thứ hạng một số chỉ số qua hai năm:" over "Chỉ số | Năm 2022 | Năm 2023": ranks all)
                    rank_row = rank_row or ranks_by_caption
                numeric = _NUMBER.match(value) or (
                    _RANK_OUT_OF.match(value)
                    and (_RANK_ROW.match(row_name) or rank_column or (indices_table and rank_row))
                )
                # "81,27%", "Từ 63,5 điểm trở lên", "Trên 83%" in a table of indices: a cell written as words,
                # read as prose writes them -- one number in a few words, else no figure can be told
                worded = _one_number_in_words(value) if indices_table and not numeric else None
                if not numeric and worded is None:
                    continue
                # what the cell measures (its label) and the column that says its period and status
                label, column = (columns[i], row_name) if by_period else (row_name, columns[i])
                if by_place:
                    label = f"{place_subject or _subject(caption)} của {row_name}"
                    if place_subject and i in measured:
                        # (the measure's column says its period at most: "Điểm PCI 2016" → "năm 2016")
                        said = find_periods(column)
                        column = column[said[0].start : said[0].end] if len(said) == 1 else ""
                        column = column or caption_when
                        if not column:
                            continue
                        if in_header := _UNIT_IN_LABEL.search(columns[i]):
                            column = f"{column} ({in_header['unit']})"  # (read below, as any header's)
                if _BARE_YEAR.match(column):
                    column = f"năm {column}"  # "2019 | 7,1", "Năm | 2019" over "… | 7,1": the year 2019
                if (
                    noted
                    and not _CAPTION_STATUS.search(column)
                    and (status := next((noted[y] for y in _A_YEAR.findall(column) if y in noted), None))
                ):
                    column = f"{column} {status}"
                if by_period and _CHANGE_ROW.search(label):
                    continue
                unit = row_unit
                if not unit and (in_label := _UNIT_IN_LABEL.search(label)):
                    # "Tổng thu ngân sách (tỷ đồng)": the unit written in the row's name
                    unit, label = in_label["unit"], label[: in_label.start()].rstrip()
                if unit and unit != "%" and _SHARE_COLUMN.match(columns[i]):
                    continue  # "Thu nội địa (tỷ đồng)" under "Tỷ trọng năm 2020 (%)": a share, not an amount
                cell_unit = unit
                if not cell_unit and (in_header := _UNIT_IN_LABEL.search(column)):
                    # "Ước 6 tháng 2019 (triệu USD)": the unit written in the column's header
                    cell_unit, column = in_header["unit"], column[: in_header.start()].rstrip()
                # the caption's unit is for the cells whose row and column give none
                cell_unit = cell_unit or table_unit
                if same_span_before is not None:
                    column = same_span_before
                elif (
                    caption_when
                    and not by_period
                    and _YEARS_PLAN_COLUMN.match(column)
                    and (year := _A_YEAR.search(caption_when))
                ):
                    # "Kế hoạch năm | Thực hiện 9 tháng" under "… 9 tháng năm 2023": that year's plan
                    column = f"{column} {year.group()}"
                elif caption_when and not by_period and not _SAYS_WHEN.search(column):
                    column = f"{column} {caption_when}"
                elif caption_period and not by_period and _RESULTS_COLUMN.match(column):
                    # "Ước thực hiện" under "Khách du lịch dịp Tết (từ 8/2 đến 14/2/2024):": the result of the
                    # caption's span, not of its year (nor the caption's plan word: "Tình hình thực hiện dự
                    # toán thu ngân sách 6 tháng đầu năm 2024")
                    column = f"{column} {caption_period}"
                elif (
                    caption_when
                    and not by_period
                    and not _SAYS_PERIOD.search(column)
                    and not _LABEL_PERIOD.search(
                        label
                    )  # (not "… 5 năm"; its number "1. Thu nội địa" says none)
                    and (year := _A_YEAR.search(caption_when))
                ):
                    # "Dự toán HĐND tỉnh giao" under "Thu, chi ngân sách nhà nước năm 2021": the column says
                    # its status, the caption its year -- a plan's, whatever part of it the caption reports
                    # ("… 6 tháng đầu năm 2021": the year's budget)
                    column = f"{column} năm {year.group()}"
                elif across and caption_when and not _A_YEAR.search(column) and _A_YEAR.search(caption_when):
                    # "Quý | Quý I | Quý II" under "Tăng trưởng GRDP theo quý năm 2024:": the caption's year
                    # is the columns'
                    column = f"{column} {caption_when}"
                elif (
                    caption_when
                    and (year := _A_YEAR.search(caption_when))
                    and not _A_YEAR.search(column)
                    and (quarter := _QUARTER.search(column))
                ):
                    # "Quý IV (kịch bản)" under "Biểu 1: Tốc độ tăng GRDP theo quý năm 2022 (%)": that year's;
                    # "Quý IV năm trước", the year before it
                    before = _YEAR_BEFORE.search(column)
                    quarters_year = int(year.group()) - (1 if before else 0)
                    rest = (
                        column[quarter.end() :].replace(before.group(), "")
                        if before
                        else column[quarter.end() :]
                    )
                    column = f"{column[: quarter.end()]}/{quarters_year}{rest}".strip()
                elif (
                    caption_when
                    and not by_period
                    and (year := _A_YEAR.search(caption_when))
                    and not _A_YEAR.search(column)
                    and not _YEAR_BEFORE.search(column)
                    and _MONTHS_SPAN.search(column)
                ):
                    # "Ước tính 9 tháng" under "… các quý năm 2020 …": that year's months
                    column = f"{column} năm {year.group()}"
                elif (
                    not caption_when
                    and title_year is not None
                    and not by_period
                    and not _A_YEAR.search(column)
                    and not _YEAR_BEFORE.search(column)
                    and (_MONTHS_SPAN.search(column) or _QUARTER.search(column))
                ):
                    # "Ước thực hiện 9 tháng" under a caption naming no period ("Kết quả thực hiện một số chỉ
                    # tiêu … như sau:"), in "Tình hình kinh tế - xã hội tỉnh 9 tháng đầu năm 2019": the
                    # title's year, as a reader takes it
                    column = f"{column} năm {title_year}"
                label, column = _a_year_of_the_span(label, column)
                # "Số xã đạt chuẩn …, Thực hiện năm 2017: 42 xã" would put a year between a count's name and
                # its number; a count's sentence opens on its column ("Thực hiện năm 2017, số xã …: 42 xã")
                lead = (
                    f"{column}, {label[0].lower()}{label[1:]}: "
                    if _COUNT_ROW.match(label)
                    else f"{label}, {column}: "
                )
                if caption_subject and _PART_ROW.match(label):
                    # "Thu nhập bình quân đầu người một tháng …:" over "Chung toàn tỉnh (nghìn đồng) | 1.920":
                    # a row naming the whole or a part of the population, of what the caption measures
                    lead = f"{column}, {caption_subject[0].lower()}{caption_subject[1:]} {label.lower()}: "
                sentence = f"{lead}{value}{_unit_after(cell_unit)}."
                if shares_table and cell_unit in ("", "%") and not _COMPARES_TO.search(columns[i]):
                    # "Nông, lâm nghiệp và thủy sản | 23,58" under "Cơ cấu kinh tế như sau:": the sector's
                    # share, as prose writes it
                    lead = f"{column}, cơ cấu kinh tế: {label[0].lower()}{label[1:]} chiếm "
                    sentence = f"{lead}{value}%."
                if (
                    _INDEX_ROW.match(label)
                    and cell_unit in ("", "%")
                    and _INDEX_VALUE.match(value)
                    and 50 <= float(value.replace(",", ".")) <= 200
                ):
                    # "Chỉ số sản xuất công nghiệp | % | 110,8": an index against the same period of the year
                    # before (= 100), as the office's tables give it, read as prose writes it
                    lead = f"{column}, {label[0].lower()}{label[1:]} bằng "
                    sentence = f"{lead}{value}% so với cùng kỳ."
                if index_span is not None:
                    if not _INDEX_VALUE.match(value) or not 50 <= float(value.replace(",", ".")) <= 200:
                        continue
                    if _WHOLE_INDUSTRY_ROW.match(label):
                        lead = f"{index_span}, chỉ số sản xuất công nghiệp bằng "
                        sentence = f"{lead}{value}% so với cùng kỳ."
                    else:
                        # ("Khai khoáng | 97,80 | 94,35": an industry's index, not the catalog's)
                        lead = f"{index_span}, {label[0].lower()}{label[1:]}: "
                        sentence = f"{lead}{value}."
                if place_subject and i in measured and _SCORE_COLUMN.match(place_subject) and not cell_unit:
                    # "Tỉnh | Điểm PCI 2016" over "Lạng Sơn | 56,93": the row's score, as prose writes it
                    lead = f"{column}, {label[0].lower()}{label[1:]} đạt "
                    sentence = f"{lead}{value} điểm."
                if by_period and (scored := _SCORE_COLUMN.match(label)) and not cell_unit:
                    # "Năm | Điểm PCI | …" over "2016 | 57,19": the index's score, as prose writes it
                    lead = f"{column}, {scored['what']} đạt "
                    sentence = f"{lead}{value} điểm."
                if not by_period and not cell_unit and _SCORE_ROW.match(label):
                    # "Năm | 2016 | …" over "Điểm số | 57,12 | …": the score of the index the text is about
                    lead = f"{column}, {label[0].lower()}{label[1:]} đạt "
                    sentence = f"{lead}{value} điểm."
                if (
                    not by_period
                    and (bare := _RANK_ROW.match(label))
                    and not bare["what"]
                    and (_RANK_OUT_OF.match(value) or _WHOLE_NUMBER.match(value))
                ):
                    # "Thứ hạng | 59/63 | …": the rank of the index the text is about, as prose writes it
                    lead = f"{column}, tỉnh "
                    of = "/" + bare["of"] if bare["of"] and _WHOLE_NUMBER.match(value) else ""
                    sentence = f"{lead}xếp thứ {value}{of}."
                if by_place and (rank := _RANK_HEAD.match(column)):
                    # "Xếp hạng cả nước năm 2024 | 41": the row's place ranked, as prose writes it
                    scope = rank["rest"].lower()
                    among = " cả nước" if "cả nước" in scope else " trong vùng" if "vùng" in scope else ""
                    when = _when(rank["rest"]) or caption_when
                    # (the rank's words open the value, as the sentence reader reads a rank from them)
                    lead = f"{when + ', ' if when else ''}{label[0].lower()}{label[1:]} "
                    sentence = f"{lead}xếp thứ {value}{among}."
                ranked = _ranked(label, columns if by_period else [])
                if ranked is not None and _WHOLE_NUMBER.match(value):
                    # "Thứ hạng PCI (trên 63 tỉnh, thành phố) | 38": the rank as prose writes it, "PCI xếp
                    # thứ 38/63"
                    # (the rank's words open the value, as the sentence reader reads a rank from them)
                    # (the bracket says how many it ranks among, not another place: the label drops it)
                    label, among = _ranked_among(ranked["what"])
                    lead = f"{column}, {label} "
                    sentence = f"{lead}xếp thứ {value}{'/' + ranked['of'] if ranked['of'] else ''}{among}."
                value_at = 0  # (where the figure's number stands in the cell)
                if indices_table:
                    if _NOT_A_MEASURE.search(column):
                        own_when = ""  # ("Mục tiêu năm 2020 | Trên 43 điểm": a plan's column says its year)
                    ranked_here = rank_row or rank_column is not None
                    when = own_when or column
                    if ranked_here and numeric and (_RANK_OUT_OF.match(value) or _WHOLE_NUMBER.match(value)):
                        # "PCI (điểm) | 66,73 | 27" under "… | Xếp hạng năm 2024 (/63)", "PCI (xếp hạng) |
                        # 59": the index's rank that year, as prose writes it ("năm 2024, PCI xếp thứ 27/63")
                        if rank_column is not None:
                            when = own_when or _when(columns[i]) or caption_when
                        out_of = rank_column["of"] if rank_column is not None else rank_row_of
                        of = "/" + out_of if out_of and _WHOLE_NUMBER.match(value) else ""
                        lead = f"{when + ', ' if when else ''}{name} "
                        sentence = f"{lead}xếp thứ {value}{of}."
                    elif worded is not None:
                        # "Mục tiêu năm 2020 | Từ 63,5 điểm trở lên", "≥ 65", "≤ 10": the column's period and
                        # status, the cell's words as prose writes them
                        words = _index_cell_words(value, worded, cell_unit or "điểm", ranked_here)
                        if words is None:
                            continue
                        lead = f"{when}, {name} "
                        # (a rank's words open its value, as the sentence reader reads a rank from them)
                        value_at = 0 if ranked_here else words.index(worded.group(), worded.start())
                        sentence = f"{lead}{words}."
                    elif not ranked_here:
                        # "DTI | 0,7124 | 8/34": an index's score beside its rank, as prose writes it ("…
                        # đạt 62,46 điểm"); a score written with no unit is in points
                        lead = f"{when}, {name} đạt "
                        sentence = f"{lead}{value}{_unit_after(cell_unit or 'điểm')}."
                if cell_unit and label.lower().startswith(cell_unit.lower() + " "):
                    # "Doanh nghiệp đăng ký thành lập mới | Doanh nghiệp | 37": the row names what it counts,
                    # read as the office writes it in prose, "37 doanh nghiệp đăng ký thành lập mới"
                    lead = f"{column}: "
                    sentence = f"{lead}{value} {label[0].lower()}{label[1:]}."
                offset = row_start + a + (len(cell) - len(cell.lstrip()))
                if worded is not None:
                    offset, value = offset + worded.start(), worded.group()
                row_cells.append(
                    TableCell(
                        sentence=sentence,
                        label=label,
                        value_at=len(lead) + value_at,
                        value_text=value,
                        start=offset,
                        end=offset + len(value),
                        quote_start=header_start,
                        quote_end=row_start + len(row),
                        caption=caption,
                    )
                )
            if len(cells) + len(row_cells) > MAX_CELLS:
                return cells, read
            cells += row_cells
            read |= {header_start, row_start}
    return cells, read


_VERB_OPENS = re.compile(r"^(?:đạt|xếp|đứng|tăng|giảm|giữ)\b", re.IGNORECASE)
_A_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_WORDED_CELL = re.compile(
    r"^(?:(?:đạt|xếp|từ|trên|dưới|khoảng|hơn|gần|tối thiểu|tối đa|ít nhất|thứ|≥|>=|>|≤|<=|<)\s*)*"
    r"\d+(?:[.,]\d+)*\s*(?:%|điểm)?(?:\s*(?:trở lên|trở xuống))?$",
    re.IGNORECASE,
)
_PERIOD_IN_BRACKETS = re.compile(r"\s*\(([^()]*\b(?:19|20)\d\d\b[^()]*)\)\s*$")


def _one_number_in_words(cell: str) -> re.Match | None:
    """The one number of a cell written in a few words ("Từ 63,5 điểm trở lên", "81,27%"), else None."""
    if not _WORDED_CELL.match(cell):
        return None
    numbers = list(_A_NUMBER.finditer(cell))
    return numbers[0] if len(numbers) == 1 else None


def _cell_unread(cell: str) -> bool:
    """Whether a cell of a table of indices holds numbers no cell rule reads ("xếp thứ 9/63", "0,75; xếp thứ
    6/34"; not a change, "+3", which a comparison column holds)."""
    if not DIGIT.search(cell) or _NUMBER.match(cell.lstrip("+")) or _RANK_OUT_OF.match(cell):
        return False
    return _one_number_in_words(cell) is None


_SPAN_CLOSE = re.compile(r"\b(?:năm )?cuối (?:kỳ|nhiệm kỳ|giai đoạn)\b", re.IGNORECASE)


def _a_year_of_the_span(label: str, column: str) -> tuple[str, str]:
    """A row measured in one year of the span its column names: "GRDP bình quân đầu người năm 2020" or "…
    năm cuối kỳ" under "Mục tiêu Nghị quyết Đại hội XVI" (2016-2020) is the plan for 2020, not the span's; the
    column keeps its status ("Mục tiêu"), the span gives way to the year."""
    spans = [pm for pm in find_periods(column) if pm.period.kind == "range"]
    if len(spans) != 1:
        return label, column
    span = spans[0]
    own = find_periods(label)
    if not own and (closing := _SPAN_CLOSE.search(label)):
        label = f"{label[: closing.start()]}năm {span.period.end.year}{label[closing.end() :]}"
        own = find_periods(label)
    # (a year compared with is no year of the row: "Tốc độ tăng GRDP so với năm 2016")
    own = [pm.period for pm in own if not _COMPARES_TO.search(label[: pm.start])]
    if len(own) == 1 and own[0].kind == "year" and span.period.start <= own[0].start <= span.period.end:
        column = f"{column[: span.start]}{column[span.end :]}".strip(" ,")
    return label, column


def _index_row_name(label: str) -> tuple[str, str, bool, str | None]:
    """(the index a row names, the period its label gives its cells, whether its cells are ranks, out of how
    many): "PAPI (kết quả năm 2018)" → ("PAPI", "năm 2018", False, None); "PCI (điểm)", "PAR Index - điểm
    (%)" → the index alone; "PCI (xếp hạng/63)", "PAR Index - xếp hạng", "Xếp hạng PCI" → ranks."""
    if in_label := _UNIT_IN_LABEL.search(label):
        label = label[: in_label.start()].rstrip()
    label = _SCORE_SUFFIX.sub("", label)
    if ranks := _RANKS_IN_LABEL.search(label):
        return label[: ranks.start()].rstrip(), "", True, ranks["of"]
    if (ranked := _RANK_ROW.match(label)) and ranked["what"]:
        return ranked["what"].strip(), "", True, ranked["of"]
    if (bracket := _PERIOD_IN_BRACKETS.search(label)) and (when := _when(bracket[1], with_status=False)):
        return label[: bracket.start()].rstrip(), when, False, None
    return label, "", False, None


# a rank column's header, wherever its words stand ("Xếp hạng năm 2024 (/63)", "Năm 2023 - Xếp hạng")
_RANK_IN_HEAD = re.compile(
    r"\b(?:xếp hạng|thứ hạng)\b(?:[^()]*\((?:trên|/)\s*(?P<of>\d+)[^)]*\))?", re.IGNORECASE
)
# a row's measure written after the index's name: "PAR Index - điểm", "PCI (xếp hạng/63)", "DTI - xếp hạng"
_SCORE_SUFFIX = re.compile(r"\s*[-–]\s*(?:điểm|điểm số|giá trị)\s*$", re.IGNORECASE)
_RANKS_IN_LABEL = re.compile(
    r"\s*(?:\(\s*(?:xếp hạng|thứ hạng|thứ bậc)(?:\s*/\s*(?P<of>\d+))?\s*\)|[-–]\s*(?:xếp hạng|thứ hạng))\s*$",
    re.IGNORECASE,
)


# a bound written as a sign, in words as prose writes it
_SIGN_WORDS = {"≥": "tối thiểu", ">=": "tối thiểu", ">": "trên", "≤": "tối đa", "<=": "tối đa", "<": "dưới"}
_SIGN = re.compile(r"^(≥|>=|>|≤|<=|<)\s*")
_UNIT_AFTER = re.compile(r"\s*(?:%|điểm\b)", re.IGNORECASE)


def _index_cell_words(cell: str, number: re.Match, unit: str, rank: bool) -> str | None:
    """A table of indices' cell written as words, as prose writes them after the index's name: "từ 68 trở lên"
    (a score's unit added where the cell leaves it out) → "đạt từ 68 điểm trở lên"; "≥ 65" → "đạt tối thiểu 65
    điểm"; a rank's "≤ 10" → "xếp từ thứ 10 trở lên". None where the words cannot be told as a figure."""
    if rank:
        if sign := _SIGN.match(cell):
            if sign[1] not in ("≤", "<="):
                return None
            return f"xếp từ thứ {cell[sign.end() :]} trở lên"
        return cell if _VERB_OPENS.match(cell) else f"xếp {cell}" if "thứ" in cell.lower() else None
    if sign := _SIGN.match(cell):
        cell = f"{_SIGN_WORDS[sign[1]]} {cell[sign.end() :]}"
        number = _A_NUMBER.search(cell)
    if not _UNIT_AFTER.match(cell, number.end()):
        cell = f"{cell[: number.end()]}{_unit_after(unit)}{cell[number.end() :]}"
    cell = cell[0].lower() + cell[1:]
    return cell if _VERB_OPENS.match(cell) else f"đạt {cell}"


def _caption(text: str, header_start: int) -> str:
    """The line right before a table's header, when it is short enough to be its caption, else ""."""
    end = max(header_start - 1, 0)
    line = text[text.rfind("\n", 0, end) + 1 : end]
    if not line.strip() and end > 0:  # (one blank line may stand between a caption and its table)
        end = max(end - len(line) - 1, 0)
        line = text[text.rfind("\n", 0, end) + 1 : end]
    # (a line of prose is no caption: "Năm 2019, kinh tế tỉnh tiếp tục tăng trưởng, cao hơn năm 2018.")
    short = len(line) <= _CAPTION_LENGTH and SEPARATOR not in line and not line.rstrip().endswith(".")
    if short and end > 0 and _UNIT_LINE.match(line):
        # "Biểu 3. Tổng mức bán lẻ … theo giá hiện hành" over "(Đơn vị tính: Tỷ đồng)": caption and unit
        above = _caption(text, end - len(line))
        return f"{above} {line.strip()}" if above and not _UNIT_LINE.match(above) else line
    if not short and line.rstrip().endswith(":") and SEPARATOR not in line:
        # "… tăng 5,1 triệu đồng so với năm 2021. Cơ cấu kinh tế như sau:": a paragraph's last sentence that
        # announces the table
        last = line[line.rfind(". ") + 2 :] if ". " in line else ""
        return last if 0 < len(last) <= _CAPTION_LENGTH else ""
    return line if short else ""


# a line giving the table's unit alone ("(Đơn vị tính: Tỷ đồng)", "ĐVT: %")
_UNIT_LINE = re.compile(r"^\s*\(?\s*(?:đơn vị(?: tính)?|đvt)\s*:[^()|]{1,40}\)?\s*$", re.IGNORECASE)


_STATUS_WORDS = r"ước tính|ước thực hiện|sơ bộ|chính thức|kế hoạch|dự toán"
_CAPTION_STATUS = re.compile(rf"\b(?:{_STATUS_WORDS})\b", re.IGNORECASE)
# a column that says its own period or status ("Ước thực hiện 9 tháng", "Kế hoạch năm 2017"): the caption's
# do not reach it
_SAYS_WHEN = re.compile(rf"\d|\b(?:quý|tháng|năm|kỳ|ước|thực hiện|mục tiêu|{_STATUS_WORDS})\b", re.IGNORECASE)
# "Cùng kỳ", "Cùng kỳ năm trước", "TH cùng kỳ": the amount of the caption's span a year before (not its ratio)
_SAME_SPAN_COLUMN = re.compile(
    rf"^(?:thực hiện |th )?cùng kỳ(?: năm (?:trước|ngoái|(?P<year>{YEAR})))?(?:\s*\((?!%)[^)]*\))?$",
    re.IGNORECASE,
)


def _same_span_before(columns: list[str], i: int, caption_period: str) -> str | None:
    """The span a "Cùng kỳ" column holds, as words ("9 tháng năm 2022"): the caption's span, else the span of
    the nearest column before it that names one ("Lũy kế 8 tháng năm 2026 | Cùng kỳ năm 2025"), a year
    earlier -- the year it names, if any, must be that one. None for any other column."""
    same = _SAME_SPAN_COLUMN.match(columns[i])
    if same is None:
        return None
    span = caption_period
    for column in reversed(columns[1:i] if not span else []):
        found = find_periods(column)
        if len(found) == 1 and _A_YEAR.search(column[found[0].start : found[0].end]):
            span = column[found[0].start : found[0].end]
            break
    years = _A_YEAR.findall(span)
    if len(years) != 1:
        return None
    earlier = str(int(years[0]) - 1)
    return span.replace(years[0], earlier) if same["year"] in (None, earlier) else None


# a column of results that says no span of its own ("Ước thực hiện", "Thực hiện", "Ước tính")
_RESULTS_COLUMN = re.compile(r"^(?:ước(?: tính)?(?: thực hiện)?|thực hiện|ước th|th)$", re.IGNORECASE)
# "Kế hoạch năm", "KH năm", "Dự toán năm": the year's plan, the year the caption's
_YEARS_PLAN_COLUMN = re.compile(r"^(?:kế hoạch|kh|dự toán|chỉ tiêu|mục tiêu)(?: cả)? năm$", re.IGNORECASE)
_SAYS_PERIOD = re.compile(r"\d|\b(?:quý|tháng|năm|kỳ)\b", re.IGNORECASE)
_LABEL_PERIOD = re.compile(rf"\b(?:quý|tháng|năm|kỳ)\b|\b{YEAR}\b", re.IGNORECASE)


def _subject(caption: str) -> str:
    """What a caption measures, without its number, unit, period or comparison: "Biểu 1: Tốc độ tăng GRDP
    theo quý năm 2017 so với cùng kỳ năm trước (%)" → "Tốc độ tăng GRDP theo quý" (its price basis kept)."""
    words = _NUMBERED.sub("", _UNIT_IN_CAPTION.sub("", caption)).strip().rstrip(":")
    words = _UNIT_IN_LABEL.sub("", words).strip()
    ends = [pm.start for pm in find_periods(words)] + [m.start() for m in _COMPARED.finditer(words)]
    if ends:
        basis = _PRICE_BASIS.search(words, min(ends))
        words = words[: min(ends)].rstrip() + (" " + basis.group() if basis else "")
    return words.replace(",", "")


_COMPARED = re.compile(r"\bso với\b", re.IGNORECASE)
_PRICE_BASIS = re.compile(r"\btheo giá (?:hiện hành|so sánh(?: (?:năm )?\d{4})?)", re.IGNORECASE)


def _when(caption: str, with_status: bool = True) -> str:
    """The period words and status word of a caption, as written ("năm 2019 ước tính"), or ""."""
    # (not the base a caption compares with: "… các quý năm 2020 so với cùng kỳ năm trước")
    compared = _COMPARED.search(caption)
    periods = [pm for pm in find_periods(caption) if compared is None or pm.start < compared.start()]
    if len(periods) != 1 or _COMPARED_BEFORE.search(caption, 0, periods[0].start):
        return ""  # (none, several, or one compared with: "So sánh một số chỉ tiêu với năm 2018")
    words = [caption[periods[0].start : periods[0].end]]
    if with_status and (status := _CAPTION_STATUS.search(caption)):
        words.append(status.group())
    return " ".join(words)


_COMPARED_BEFORE = re.compile(r"\b(?:so với|so sánh|hơn|bằng)\b[^,;]*$", re.IGNORECASE)


_NOT_A_MEASURE = re.compile(r"\b(?:chỉ tiêu|mục tiêu|kế hoạch|dự toán|kịch bản|phấn đấu)\b", re.IGNORECASE)
# a row naming the whole or a part of the population rather than a measure
_PART_ROW = re.compile(
    r"^(?:chung |tính chung )?(?:toàn tỉnh|cả tỉnh|chung|tổng số|tổng cộng"
    r"|khu vực (?:thành thị|nông thôn)|thành thị|nông thôn"
    r"|thành phố lạng sơn|huyện \w+)\b",
    re.IGNORECASE,
)
# a table's number before its caption ("Biểu 2.", "Bảng 1:")
_NUMBERED = re.compile(r"^\s*(?:biểu|bảng|phụ lục)(?:\s+\w{1,4})?\s*[.:]\s*", re.IGNORECASE)
_COUNT_ROW = re.compile(r"(?:số|tổng số)\s", re.IGNORECASE)
_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a row of ranks ("Thứ hạng PCI (trên 63 tỉnh, thành phố)", "Xếp hạng DTI"), and how many it ranks among
_RANK_ROW = re.compile(
    r"^(?:thứ hạng|xếp hạng|vị trí(?: xếp hạng)?)(?:\s+(?P<what>[^()]+?))?"
    r"\s*(?:\((?:trên|/)\s*(?P<of>\d+)[^)]*\))?$",
    re.IGNORECASE,
)


# the ranking a rank column names, not what it ranks ("Xếp hạng vùng", "Xếp hạng cả nước")
_RANKING_PLACE = re.compile(r"\s*(?P<where>vùng|trong vùng|khu vực|cả nước|toàn quốc)\s*$", re.IGNORECASE)


def _ranked_among(what: str) -> tuple[str, str]:
    """(what is ranked, the words after the rank saying among whom): "PCI vùng" → ("PCI", " trong vùng")."""
    among = _RANKING_PLACE.search(what)
    if among is None:
        return what, ""
    where = among["where"].lower()
    regional = "vùng" in where or "khu vực" in where
    return what[: among.start()].strip(), " trong vùng" if regional else " cả nước"


def _ranked(label: str, columns: list[str]) -> re.Match | None:
    """A rank row or column ("Thứ hạng PCI (trên 63 tỉnh, thành phố)"), naming what it ranks -- in a series,
    a bare "Thứ hạng (trên 63 …)" or one naming only its ranking ("Xếp hạng vùng") ranks the index its one
    score column names ("Điểm PCI")."""
    ranked = _RANK_ROW.match(label)
    if ranked is None or (ranked["what"] and not _RANKING_PLACE.fullmatch(ranked["what"])):
        return ranked
    named = [m["what"] for c in columns if (m := _SCORE_COLUMN.match(c))]
    if len(named) != 1:
        return None
    words, bracket = label.split("(")[0].strip(), label[len(label.split("(")[0]) :]
    head, where = (words[: -len(ranked["what"])].strip(), ranked["what"]) if ranked["what"] else (words, "")
    return _RANK_ROW.match(f"{head} {named[0]} {where} {bracket}".strip())


_A_YEAR = re.compile(rf"\b{YEAR}\b")
_MONTHS_SPAN = re.compile(r"\b(?:\d{1,2}|sáu|chín) tháng\b(?! (?:qua|trước|tới))", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"\b(?:năm trước|năm ngoái|cùng kỳ)\b", re.IGNORECASE)
_QUARTER = re.compile(r"\bquý (?:IV|I{1,3})\b", re.IGNORECASE)
_RANK_OUT_OF = re.compile(r"^\d{1,3}/\d{1,3}$")
# a row of an index's score, the index not named ("Điểm số", "Tổng điểm"): the one the text is about
_SCORE_ROW = re.compile(r"^(?:điểm|điểm số|tổng điểm|điểm tổng hợp)\s*(?:\(điểm\))?$", re.IGNORECASE)


def _periods_across(cells: list[str]) -> bool:
    """Whether header cells list periods across and nothing else ("2016 | 2017 | 2018", "Năm 2016 | Năm 2020 |
    Tỷ trọng năm 2020 (%)"; not "Điểm 2021 | Xếp hạng 2021", measures): two or more that are a period alone,
    a status word at most beside it, the others comparing or sharing columns."""
    named = [c for c in cells if _only_a_period(c)]
    others = [c for c in cells if c not in named]
    return len(named) >= 2 and all(_COMPARING.search(c) or _SHARE_COLUMN.match(c) for c in others)


def _only_a_period(cell: str) -> bool:
    if _BARE_YEAR.match(cell):
        return True
    periods = find_periods(cell)
    if len(periods) != 1 or _COMPARING.search(cell):
        return False
    rest = cell[: periods[0].start] + cell[periods[0].end :]
    return _CAPTION_STATUS.sub("", rest).strip(" ()") == ""


# a column of an index's score in a series ("Năm | Điểm PCI | Thứ hạng …", "Giá trị DTI"): what it scores
_SCORE_COLUMN = re.compile(r"^(?:điểm|giá trị|điểm số)\s+(?P<what>[^()]+?)\s*(?:\(điểm\))?$", re.IGNORECASE)
_WHOLE_NUMBER = re.compile(r"^\d{1,3}$")
# a row of an index ("Chỉ số sản xuất công nghiệp", "Chỉ số giá tiêu dùng") and an index's value ("110,8")
_INDEX_ROW = re.compile(r"^chỉ số\b", re.IGNORECASE)
_IIP = re.compile(r"\bchỉ số sản xuất công nghiệp\b|\biip\b", re.IGNORECASE)
_WHOLE_INDUSTRY_ROW = re.compile(
    r"^(?:toàn ngành(?: công nghiệp)?|tổng số|chung|chung toàn ngành|toàn tỉnh)$",
    re.IGNORECASE,
)
_AGAINST = re.compile(r"^(?P<span>.+?) so với (?P<base>.+?)(?:\s*\(%\))?$", re.IGNORECASE)
_SAME_SPAN_WORDS = re.compile(r"^cùng kỳ(?: năm trước| năm ngoái)?$", re.IGNORECASE)


def _against_a_year_before(column: str) -> str | None:
    """The span of a column comparing it with the same span a year before ("Tháng 9/2019 so với tháng
    9/2018", "9 tháng năm 2019 so với cùng kỳ"), as written, or None (not "… so với tháng 8/2019")."""
    m = _AGAINST.match(column)
    if m is None:
        return None
    spans = find_periods(m["span"])
    if len(spans) != 1:
        return None
    if _SAME_SPAN_WORDS.match(m["base"].strip()):
        return m["span"]
    bases = find_periods(m["base"])
    if len(bases) == 1:
        earlier = shift_years(spans[0].period, -1)
        base = bases[0].period
        if (earlier.start, earlier.end, earlier.kind) == (base.start, base.end, base.kind):
            return m["span"]
    return None


_INDEX_VALUE = re.compile(r"^\d{2,3}(?:,\d+)?$")

# The first header cell of a table whose rows are periods
_MEASURE_WORDS = re.compile(
    r"grdp|\bthu\b|kim ngạch|tăng trưởng|tốc độ|tỷ lệ|bình quân|điểm|chỉ số|khách|vốn|doanh nghiệp",
    re.IGNORECASE,
)
_PLACE_HEAD = re.compile(r"^(?:tỉnh|địa phương|tỉnh,? thành phố|tỉnh/thành phố|tỉnh, thành)$", re.IGNORECASE)
_RANK_HEAD = re.compile(r"^(?:xếp hạng|thứ hạng|xếp thứ|vị trí)\b(?P<rest>.*)$", re.IGNORECASE)
_PERIOD_HEAD = re.compile(
    r"^(?:tháng|quý|năm|kỳ|thời gian|thời kỳ|giai đoạn|kỳ báo cáo|năm đánh giá|năm công bố|năm xếp hạng)$",
    re.IGNORECASE,
)


def _unit_after(unit: str) -> str:
    if not unit:
        return ""
    return unit if unit == "%" else " " + unit.lower()


def _spelled(cell: str) -> str:
    cell = " ".join(cell.split())
    for pattern, words in _ABBREVIATIONS:
        cell = pattern.sub(words, cell)
    return cell


def _continues_header(line: str, n_columns: int) -> bool:
    """Whether a table's line is the rest of its header: as many cells, the first (the rows' names) empty, and
    no cell a number."""
    cells = _header_cells(line)
    return (
        len(cells) == n_columns
        and not cells[0].strip()
        and any(c.strip() for c in cells)
        and not any(_NUMBER.match(c.strip()) for c in cells)
    )


def _header_cells(line: str) -> list[str]:
    """A header line's cells, empty ones written " | | " too (no offsets needed: a header holds no figure)."""
    return re.split(r"\s*\|\s*", line.strip())


def _cells(line: str) -> list[str]:
    return [c for _a, _b, c in _cell_spans(line)]


def _cell_spans(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each cell of a row, in the line -- empty ones too ("I. Theo giá … | | |")."""
    spans, at = [], 0
    for pipe in _PIPE.finditer(line):
        end = max(at, pipe.start() - 1)  # (the space before the pipe is the separator's)
        spans.append((at, end, line[at:end]))
        at = min(pipe.end() + 1, len(line))
    spans.append((at, len(line), line[at:]))
    return spans


# a cell's border: a pipe with a space before it and a space or the line's end after it
_PIPE = re.compile(r"(?<= )\|(?= |$)")


# A note under a table giving some years' status: "Ghi chú: Số liệu năm 2023 là số ước tính", "(*) Năm 2022 và
# 2023 là số sơ bộ" -- read on the first lines after the table only, where such notes stand
_NOTE = re.compile(
    rf"^\s*(?:\(\*+\)|\*+|ghi chú|chú thích|lưu ý)\s*:?\s*(?:các )?(?:số liệu |số )?(?:của )?(?:các )?"
    rf"(?:năm )?"
    rf"(?P<years>{YEAR}(?:(?:,| và) (?:năm )?{YEAR})*) (?:là )?(?:số (?:liệu )?)?"
    r"(?P<status>ước tính|ước thực hiện|sơ bộ)\b",
    re.IGNORECASE,
)
_NOTE_LINES = 3


def _noted_status(text: str, table_end: int) -> dict[str, str]:
    """The years a note under the table gives a status ("ước tính", "sơ bộ"), each with its words."""
    lines = [line for line in text[table_end : table_end + 600].split("\n") if line.strip()][:_NOTE_LINES]
    for line in lines:
        if SEPARATOR in line:
            break  # another table
        if note := _NOTE.match(line):
            return {y: note["status"].lower() for y in _A_YEAR.findall(note["years"])}
    return {}


def _blocks(text: str) -> list[list[tuple[int, str]]]:
    """Runs of consecutive table rows (lines of three or more cells), each with its lines' starts."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if len(_PIPE.findall(line)) >= _MIN_CELLS - 1:
            current.append((pos, line))
        else:
            if len(current) >= 2:
                blocks.append(current)
            current = []
        pos += len(line) + 1
    if len(current) >= 2:
        blocks.append(current)
    return [b for b in blocks if len(b) <= MAX_TABLE_ROWS]
