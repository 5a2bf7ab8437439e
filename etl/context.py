"""Where a figure's period comes from when its own clause does not name one: read as a person reads.

In order: the value's clause, the rest of its sentence, the sentence before it in the same paragraph,
the paragraph's heading ("1. Tăng trưởng kinh tế 9 tháng năm 2024"), the document's title. Relative words
("năm nay", "cùng kỳ", "đến nay") are resolved against the document's date by etl/periods.py. A context
period is taken only where it is unambiguous (one period named there); otherwise the figure has no period
and goes to the review list.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from etl.casefold import compile_lowered, lowered
from etl.catalog import load_catalog
from etl.clauses import bracket_around
from etl.datelines import date_line, month_line
from etl.periods import (
    A_TERM_WITHOUT_YEARS,
    A_YEAR_OF_A_SPAN,
    CLAUSE_MARK,
    KIND_OF_WORD,
    NO_YEAR,
    PLANNED_OR_SUPPOSED,
    SOME_TIME,
    UNPLACED,
    UNPLACED_PERIOD,
    Period,
    PeriodMatch,
    has_no_year,
    is_month_end,
    listed_one_after_another,
    month_period,
    months_from_january,
    period_before,
    periods_in_lowered,
    quarter_period,
    range_period,
    shift_years,
    term_closing,
    year_period,
)
from etl.spans import IN_DOLLARS
from etl.subjects import lead_paragraph
from etl.titles import title_line_index
from etl.values import DIGIT
from etl.wording import RESULT_WORDS, a_year_described, plan_status, status_of

_NEWLINE = re.compile("\n")
_A_SUPERLATIVES_SCOPE = re.compile(r"\bnhất\s+(?:trong\s+)?$")
# the span a year is said to be a year of ("Năm 2025 là năm cuối của Kế hoạch 5 năm 2021 - 2025", "năm đầu
# thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030"), which the period rules read as no period
# of a figure (etl/periods.py) -- but what "cả giai đoạn" or a plan's yearly average after it is over
_A_YEAR_OF_A_SPAN = re.compile(rf"{A_YEAR_OF_A_SPAN} (?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)\b")
# a value set against a whole year, the one before its own ("tăng 85,7% so với năm 2024")
_SET_AGAINST_A_WHOLE_YEAR = compile_lowered(r"\bso với (?:cả )?năm ((?:19|20)\d\d)\b(?!\s*(?:[,;.]\s*)?\d)")
# a reason given after a value, in a clause of its own
_A_REASON_BETWEEN = compile_lowered(
    r",\s*(?:chủ yếu |một phần |phần lớn |nguyên nhân (?:chính )?(?:là )?)?(?:do|vì|bởi)\b"
)
# a week pointed at, not one the words place otherwise ("trong tuần", "cả tuần" -- not "tuần qua", "tuần đầu
# …")
_THE_WEEK = compile_lowered(r"\b(?:trong|cả) tuần\b(?! (?:qua|trước|này|đầu|cuối|sau|thứ|tới|lễ|văn hóa)\b)")
_A_RUNNING_TOTAL_SAID = compile_lowered(r"\b(?:lũy kế|luỹ kế|cộng dồn|nâng tổng|từ đầu năm|tổng cộng)\b")
_A_WEEK_NAMED = compile_lowered(r"\btuần (?:từ )?(?:ngày )?\d")
# a Party term named with its years, the congresses' ("nhiệm kỳ 2020 - 2025": 2021 to 2025)
_A_TERM_WITH_ITS_YEARS = re.compile(r"\bnhiệm kỳ (?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)\b")
# (the words that name a year by its place in a span, which etl/periods.py reads as the year where no year is
# written beside them)
_A_YEAR_BY_ITS_PLACE = re.compile(r"năm (?:đầu|cuối|thứ)\b")
# a bracket saying when the count after it was taken ("(kết quả rà soát cuối năm 2021), toàn tỉnh có …")
THE_COUNTS_DATE_IN_BRACKETS = compile_lowered(
    r"\(\s*(?:theo )?(?:kết quả (?:rà soát|điều tra|tổng điều tra)|tại thời điểm|thời điểm)\b"
)
# (and what follows it: the count's clause going on, "…), toàn tỉnh có …", "…) là 25,95%")
THE_COUNT_AFTER = re.compile(r",|\s*(?:là|đạt|chiếm|còn|có)\b")
_RISEN_FROM = re.compile(r"^\W*(?:\(\w+\)\s*[-–]\s*)?từ (?:vị trí|thứ hạng|hạng|mức|vị thứ)\b[^,;]*$")
# the same value restated in dollars, between it and its period ("44,2 triệu đồng (1.917 USD) của năm 2020")
_IN_ANOTHER_CURRENCY = re.compile(r"\s*" + IN_DOLLARS)
_A_YEAR_IS = re.compile(r"\W*năm (?:19|20)\d\d là\b")
# whose word the sentence is, said first and no more ("Theo dự kiến, …", "Theo Cục Thống kê tỉnh, …")
_ATTRIBUTED = re.compile(
    # (or told by whom before the period: "Báo cáo của UBND tỉnh cho biết, năm 2023, … tỉnh đã đạt …")
    r"\W*(?:theo [^\d,;:.()]{2,60}|[^\d,.;:()]{3,80}\b(?:cho biết|cho hay|nêu rõ)),\s*"
)
# a scheme named by the year it aims at ("Đề án phát triển du lịch tỉnh Lạng Sơn đến năm 2030", "Quy hoạch
# tỉnh … tầm nhìn đến năm 2050")
_A_SCHEMES_NAME_BEFORE = re.compile(
    r"\b(?:đề án|quy hoạch|chiến lược|chương trình)\b[^.;,:\d]{0,70}\b(?:đến|tới)\s+(?:năm\s+)?$"
)


_A_BODYS_TERM_BEFORE = re.compile(r"\bkhóa [ivxl]+\s*,?\s*(?:nhiệm kỳ\s+)?$")
_A_MEETING_OPENED_BEFORE = re.compile(
    r"\b(?:khai mạc|bế mạc|diễn ra|họp)(?: vào)?(?: (?:sáng|chiều|tối|hôm))?(?: (?:ngày|nay))?\s+$"
)


# a plan's span named as the plan ("Kế hoạch 5 năm 2021 - 2025 đặt mục tiêu …"), not one closed or compared
# with ("Sau khi kết thúc kế hoạch 5 năm 2016 - 2020, …", "so với giai đoạn 2016 - 2020")
_A_PLANS_SPAN = re.compile(
    r"(?<!kết thúc )(?<!sau )(?<!hết )(?<!so với )(?<!hơn )"
    r"\b(?:giai đoạn|kế hoạch(?: 5 năm)?|(?<!hoạch )\d+ năm)"
    r" (?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)\d\d)\b"
)


def _span_a_year_is_of(low: str, end: int, pattern: re.Pattern = _A_YEAR_OF_A_SPAN) -> Period | None:
    """The one span low[:end] says a year is a year of (or, with `pattern` _A_PLANS_SPAN, names as a
    plan's), if one."""
    spans = {(int(m["a"]), int(m["b"])) for m in pattern.finditer(low, 0, end)}
    if len(spans) != 1:
        return None
    a, b = spans.pop()
    return range_period(a, b) if a < b else None


def _a_term_without_its_years(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] names a term without its years ("cả nhiệm kỳ", "trong nhiệm kỳ") -- nor "nhiệm
    kỳ này", a term the words place themselves, as "nhiệm kỳ tới" (etl/periods.py)."""
    term = A_TERM_WITHOUT_YEARS.search(low, start, end)
    return term is not None and not low.startswith(" này", term.end())


_HEADING_MAX = 160  # characters: a longer line is a paragraph, not a heading
# a day something began or happened on ("từ ngày 01/7/2025", "vào ngày 1/12"), not a day a figure is of
# ("thông qua ngày 8/12/2023": the day a resolution was adopted)
# a clause conceding something before the main one ("dù nửa đầu năm còn chịu ảnh hưởng của dịch, …")
# (not "tuy nhiên", "tuy vậy", "dù vậy": "however", the main clause itself)
_CONCEDING = re.compile(r"\s*(?:mặc dù|dù|tuy|dẫu cho|dẫu|bất chấp)\b(?! (?:nhiên|vậy|thế|sao)\b)[^,;]*$")
_SINCE_A_DAY = re.compile(
    r"\b(?:từ|kể từ|vào|sau|trước|thông qua|ban hành|ký|họp|diễn ra|tổ chức)(?: vào| từ)? $"
)


# an item of a list: a bullet, "a)", or a numbered sentence ("1. Tổng vốn đầu tư … đạt 38.500 tỷ đồng.")
_LIST_ITEM = re.compile(r"^\s*(?:[-+•*–]\s|[a-zđ]\)\s|\d{1,2}[.)]\s.*[.;]\s*$)")
_LEAD_IN_MAX = 300
_A_GROUPS_HEADING = re.compile(r"[^\d.:;|]{1,40}")
_PER_YEAR = re.compile(r"\s?/\s?năm\b")
# a numbered heading that names a topic alone ("1. Về kinh tế", "b) Lĩnh vực xã hội")
_A_TOPICS_HEADING = re.compile(
    r"(?:\d{1,2}|[a-zđ])[.)]\s+(?:(?:về|lĩnh vực)\s+)?[^\d.:;|]{2,40}",
    re.IGNORECASE,
)
# a dash or a bullet that opens a list's item (an infographic's line)
ITEM_BULLET = r"[-+•*–▪■●◦►]"
A_DASHED_ITEM = re.compile(rf"\s*{ITEM_BULLET}\s")
# (an item that gives a value or closes a list's line: not a dashed heading, "- Du lịch 6 tháng đầu năm";
# nor an interview's question, "- Năm 2024 vừa qua, tỉnh đã … thế nào, thưa ông?")
_AN_ITEMS_VALUE = re.compile(
    r"\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|lượt|doanh nghiệp|điểm|xã)|;\s*$", re.IGNORECASE
)
# an infographic's line of a label and its value ("Thu NSNN trên địa bàn: 1.325,8 tỷ đồng ↑ 6,7% (dự toán
# …)"): data, no heading of the lines under it
_A_LABELLED_VALUE = re.compile(r":\s*[+-]?\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng|lượt)")


def _under_way(period: Period, day: date) -> bool:
    """Whether `period` has begun by `day`, or begins within the quarter after it, and is not over."""
    return period.end >= day and (period.start - day).days <= 92


def _to_a_day(pm: PeriodMatch, low: str) -> bool:
    """Whether a period ends on a day written as a day ("đến ngày 10/1", "đến ngày 30/11"), not at a month's
    end ("đến hết tháng 11")."""
    return pm.period.kind in ("as_of", "to_date") and (
        not is_month_end(pm.period.end) or _A_DAY_WRITTEN.search(low, pm.start, pm.end) is not None
    )


_A_DAY_WRITTEN = re.compile(r"\d/\d|\bngày \d")


def _may_head(line: str) -> bool:
    """Whether a line could be a heading: short, and no row of a table ("Khu vực | Cơ cấu (%) | Tốc độ tăng so
    với năm 2018 (%)" heads its columns, not the text after the table)."""
    return (
        bool(line)
        and len(line) <= _HEADING_MAX
        and " | " not in line
        and not (("mừng" in line or "quyết tâm" in line.lower()) and _A_GREETING.match(lowered(line)))
        # (nor a photo's caption: what it says is no heading of the text under it)
        and not _is_caption(line)
    )


def _span(period: Period) -> tuple[str, date, date]:
    return period.kind, period.start, period.end


def _page_furniture(line: str) -> bool:
    """Whether a line is a photo's caption or frame ("![]() |", "| Quang cảnh hội nghị. (Ảnh: H.A) |")."""
    return _is_caption(line) or not any(c.isalpha() for c in line)


def _is_caption(line: str) -> bool:
    """Whether a line is a photo's caption, its credit at its end ("Dự án mới khởi công. Ảnh: Minh Anh")."""
    return "ảnh" in line.lower() and _PHOTO_CREDIT.search(lowered(line)) is not None


_PHOTO_CREDIT = compile_lowered(
    r"(?:^|[.(–-]\s*|\s)(?<!hình )\(?ảnh(?: minh (?:họa|hoạ))?\s*[:)][^.]{0,60}$|\bảnh minh (?:họa|hoạ)\W*$"
)


# a page's heading over links to other articles
_LINKS_HEADING = re.compile(
    r"\W*(?:các |những )?(?:tin|bài|tin bài)(?: viết)?"
    r" (?:liên quan|cùng chuyên mục|cùng chủ đề|cùng danh mục|khác|mới(?: nhất)?|đọc nhiều|nổi bật)\W*"
    r"|\W*(?:xem|đọc) thêm\W*|\W*có thể bạn quan tâm\W*"
)
_A_SUBJECTS_HEADING = compile_lowered(
    r"\s*(?:$|[(:–-]|(?:vẫn |tiếp tục |đã )?"
    r"(?:dẫn đầu|đứng|xếp|tăng|giảm|đạt|thu|đón|vươn lên|bứt phá|tụt|là điểm sáng)\b)"
)
_SET_AGAINST = compile_lowered(r"\b(?:so với|gấp|lần|hơn|kém|sau|trước|vượt|như|với)\s+(?:tỉnh\s+)?$")
_OURS_BY_NAME = compile_lowered(r"lạng sơn|xứ lạng|tỉnh ta")
# a heading's number or bullet before its words ("2. ", "- ", "II) ")
_HEADING_MARK = re.compile(r"\s*(?:[-–•*+]\s*|(?:\d{1,2}|[ivx]{1,4})[.)]\s*)?")


# a site's banner greeting an event ("Chào mừng Đại hội đại biểu Đảng bộ tỉnh … lần thứ XVII, nhiệm kỳ 2020 -
# 2025"): the page's frame, no heading of what is under it
# (or a slogan a site sets at its top: "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội …")
_A_GREETING = compile_lowered(r"\W*(?:(?:nhiệt liệt )?chào mừng|quyết tâm thực hiện thắng lợi)\b")


def _another_clause_names_one(low: str, pm: PeriodMatch, periods: list[PeriodMatch]) -> bool:
    """Whether `pm` (a "the span told before" unresolved) sits inside its clause, none before it in the
    sentence naming a period and a later clause naming one a figure could take."""
    if low.startswith(",", pm.end) or any(q.end <= pm.start for q in periods if not q.period.as_before):
        return False
    return any(
        q.start > pm.end and q.period.kind not in _NOT_CONTEXT and re.search(r"[,;]", low[pm.end : q.start])
        for q in periods
        if not q.period.as_before
    )


def _single(periods: list[Period]) -> Period | None:
    """The one reporting period named, if exactly one: a meeting's date ("ngày 10/7/2024") or a stock's
    date is not a period a figure elsewhere can be over."""
    periods = [p for p in periods if p.kind not in _NOT_CONTEXT and not p.same_span]
    distinct = {(p.kind, p.start, p.end) for p in periods}
    return periods[0] if len(distinct) == 1 else None


# a heading that opens on the nation, with at most a period after it ("CẢ NƯỚC 5 THÁNG", "Cả nước:")
_NATION_HEADING = compile_lowered(r"\W*(?:cả nước|toàn quốc)\b(?![^,;.]*\b(?:lạng sơn|tỉnh)\b)[^,;.]{0,30}$")
# ("III. PHƯƠNG ÁN SẮP XẾP": a proposal's plan -- not one said done: "Phương án sắp xếp đã hoàn thành từ …:")
_PLAN_OPTION_HEADING = compile_lowered(
    r"\W*(?:[ivx]+|\d{1,2})?[.)]?\s*phương án\b(?![^\n]*\b(?:đã|hoàn thành)\b)"
)
_NOT_CONTEXT = ("dates", "as_of", "plan", UNPLACED)
# the periods a paragraph's results frame the paragraphs after it in (not a term, a day or a stock's date)
# the clause after a plan's value that says who set it ("… mà Nghị quyết … đề ra cho cả nhiệm kỳ")
_ITS_PLAN_AFTER = re.compile(
    r"(?:/năm)?\s*(?:mà|do|được)\s[^,;.()]{0,100}?\b(?:đề ra|đặt ra|giao|xác định)\b[^,;.()]{0,40}"
)
_ANOTHER_YEARS_HOLIDAY = re.compile(
    r"\b(?:năm (?:trước|ngoái)|trước đó|so với|cùng kỳ|(?P<y>(?:19|20)\d\d))\b"
)
_VISITORS = re.compile(r"\b(?:du lịch|du khách|lượt khách|khách)\b")
# (a holiday's visitors or the tourism's takings told sentences on -- not the province's retail sales, "Tổng
# mức bán lẻ … và doanh thu dịch vụ tiêu dùng ước đạt 3.600 tỷ đồng" after the Tết days -- in a sentence that
# names no span of its own)
_TOURISM_TAKE = re.compile(r"\b(?:du lịch|du khách|lượt khách)\b")
_A_WHOLE_SPAN = re.compile(r"\b(?:tính cả|cả|trong|lũy kế|luỹ kế|riêng) (?:tháng|quý|năm|tuần)\b")
# (what a holiday's days count: its visitors and the takings from them, "…; doanh thu ước đạt 51 tỷ đồng")
_A_HOLIDAYS_TAKE = re.compile(r"\b(?:du lịch|du khách|lượt khách|khách|lượt|doanh thu)\b")
_FOR_A_SPAN = re.compile(r"\bcho\s+(?:cả\s+)?$")
# a sentence on a part of the figure before it ("Trong đó, khách nội địa …", "Trong số này, …")
# (or the visitors' part by where they came from: "Khách nội địa chiếm phần lớn với khoảng 73.900 lượt")
_A_PART_OPENS = re.compile(
    r"\W*(?:trong (?:số )?(?:đó|này)|riêng"
    r"|(?:lượng |lượt )?khách (?:nội địa|quốc tế|nước ngoài|trong nước)\b)"
)
_FRAMES = ("year", "half_year", "quarter", "month", "months")
_PARAGRAPH_MIN = 80  # characters: shorter lines are captions, bylines, image credits
_LEAD_REACH = 3  # paragraphs
# the whole month, quarter or year a sentence says it counts ("Tính cả tháng, khách du lịch …")
_THE_WHOLE_PART = re.compile(r"\b(?:tính )?cả (?:tháng|quý|năm|kỳ)\b")
# a holiday's days written out, their year or not ("từ ngày 8/2 đến ngày 14/2", "(28/1 - 3/2)")
DAYS_WRITTEN = re.compile(r"\btừ (?:ngày )?\d{1,2}/\d{1,2}\b|\b\d{1,2}/\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2}\b")
_FRAME_LINES = 24  # lines: blank lines and captions between paragraphs included, the reach bounded
# the words a paragraph opening on its period may put before it ("Trong 6 tháng đầu năm 2025, …")
# (past who reports it, no number said: "Báo cáo của Ủy ban nhân dân tỉnh cho biết, 6 tháng đầu năm, …")
_BEFORE_AN_OPENING_PERIOD = r"(?:(?:trong|tính chung|tính riêng|riêng|sau|qua|hết|kết thúc)\s+)?(?:cả\s+)?"
_OPENS_ON_IT = re.compile(
    r"\W*(?:[^\d,.;:()]{3,80}\b(?:cho biết|cho hay|báo cáo|nêu rõ),\s+)?" + _BEFORE_AN_OPENING_PERIOD
)
# what may stand before a period a sentence opens on ("Trong năm qua, …", "Tính chung cả năm nay, …")
OPENS_ON_A_PERIOD = re.compile(r"\W*" + _BEFORE_AN_OPENING_PERIOD)
_SPAN_BACK = re.compile(r"\b(?:năm|mấy|nhiều|những|các|\d+) năm (?:qua|gần đây|trở lại đây)\b")
_ESTIMATED = compile_lowered(r"\b(?:ước|sơ bộ)\b")
# a month that opens its sentence ("Tháng 2/2024, tỉnh khai mạc …", "Trong tháng 2, …")
# ("cùng kỳ năm trước, tháng 10/2022 chỉ đạt …": the month compared with)
_SAME_SPAN_BEFORE = re.compile(r"\bcùng kỳ(?: năm (?:trước|ngoái))?,?\s*$")
# a month a clause opens on ("Sang năm mới, tháng 1/2023 kim ngạch …", "…; đến tháng 6 mới có …")
_MONTH_OPENS_CLAUSE = re.compile(
    r"(?:^|[,;:])\s*(?:(?:sang|đến|riêng|tính chung|tính riêng|cũng trong|trong)\s+)?$"
)
_MONTH_OPENS = re.compile(
    r"\W*(?:(?:trong|riêng|cũng trong|vào|đầu|cuối|giữa|hồi)\s+)?(?:ngày \d{1,2}\s+)?tháng \d{1,2}\b"
)
# the holiday or the days a sentence before spelled out, pointed back at
_THESE_DAYS = re.compile(
    r"\btrong (?:kỳ nghỉ|dịp nghỉ|những ngày nghỉ)\b(?! cuối tuần)"
    # ("… trong 9 ngày này", "trong những ngày này": the days just told, pointed at)
    # (or counted alone, as many as were just told: "từ ngày 1/1 đến hết ngày 22/1/2026, … . Trong 22 ngày, số
    # thu … đạt 1.236,4 tỷ đồng")
    r"|\btrong (?:(?P<days>\d{1,2}) ngày(?: (?:này|đó|nói trên))?"
    r"(?! (?:đầu|cuối|qua|tới|gần|liên tiếp|nghỉ|lễ|tết|làm việc)\b)"
    r"|(?:những|các|mấy) ngày (?:này|đó|nói trên))\b"
    # ("… (từ 8/2 đến 14/2/2024), …; doanh thu du lịch dịp này ước đạt 62 tỷ đồng": the holiday pointed at)
    r"|\b(?:trong )?(?:dịp|kỳ nghỉ) (?:này|đó|nói trên)\b"
    # ("Tổng thu từ du lịch ước đạt 81,7 tỉ đồng, tăng 31,8% so với Tết năm trước": compared with the holiday
    # a year before, the holiday's own)
    r"|\bso với (?:cùng kỳ )?(?:dịp )?(?:tết|kỳ nghỉ|dịp nghỉ|nghỉ lễ|dịp lễ)\b"
)
# … when that sentence told of the holiday (not "Trước Tết, từ ngày 20/1 đến ngày 27/1/2025, …")
_HOLIDAY = re.compile(r"\b(?:tết|kỳ nghỉ|dịp nghỉ|ngày nghỉ|nghỉ lễ|dịp lễ|quốc khánh|giỗ tổ)\b")
# a holiday a title names with the year it falls in ("… kỳ nghỉ Tết Nguyên đán 2024", "Tết Giáp Thìn năm
# 2024", "Tết Nguyên đán Ất Tỵ 2025", "dịp Quốc khánh 2/9/2025"): the year is the holiday's, not a year of
# results
_A_HOLIDAY_NAMED = re.compile(r"\b(?:tết|quốc khánh|giỗ tổ)\b")
_HOLIDAY_OF_A_YEAR = re.compile(
    r"\b(?P<name>tết|quốc khánh|giỗ tổ)\b(?:\s+(?!năm\b)[^\W\d]+){0,4}"
    r"\s+(?:năm\s+)?(?:\d{1,2}/\d{1,2}/)?(?P<year>(?:19|20)\d\d)\b"
)
# the lunar days across the New Year ("từ 29 tháng Chạp đến mùng 5 tháng Giêng", "mùng 1 Tết")
_ACROSS_THE_LUNAR_NEW_YEAR = re.compile(r"\btháng chạp\b[^.;]{0,60}\btháng giêng\b|\bmùng \d{1,2} tết\b")
# a sentence saying it counts a whole year ("năm 2024", "cả năm", "trong năm")
# (not one compared with: "tăng 20% so với cùng kỳ năm 2024")
_YEAR_OF_RESULTS_NAMED = re.compile(
    r"\b(?:(?<!cùng kỳ )(?<!so với )năm (?:19|20)\d\d|cả năm|trong năm|năm nay|năm qua)\b"
)
# (not the days before or after one, or spent getting ready for it: "Trước kỳ nghỉ lễ Quốc khánh, …",
# "Chuẩn bị phục vụ nhu cầu mua sắm Tết, …")
_BESIDE_A_HOLIDAY = re.compile(r"\b(?:trước|sau|giáp|cận|chuẩn bị|mua sắm)\s+(?:[^\s,;.]+\s+){0,3}$")


# A clause of purpose the value stands in: "Để đạt mục tiêu tăng trưởng 8%, …", "…, nhằm hoàn thành kế hoạch
# thu 10.000 tỷ đồng, …"
_REQUIRES = compile_lowered(r"\b(?:cần|phải) (?:phải )?(?:tăng|đạt|thu|đón)\b")
_PURPOSE_OPENS = compile_lowered(r"[,;:]?\s*(?:để|nhằm|muốn)\s+(?:đạt|hoàn thành|thực hiện)\b[^,;:]*$")


def _purpose_around(low: str, start: int, pos: int) -> re.Match | None:
    """The clause of purpose the value at `pos` stands in (from the comma or clause start before it)."""
    comma = low.rfind(", ", start, pos)
    return _PURPOSE_OPENS.match(low, comma if comma >= 0 else start, pos)


def _year_of_parts(spans: list[Period]) -> int | None:
    """The one calendar year that every span lies within, each shorter than it ("6 tháng cuối năm",
    "quý IV"), or None."""
    years = {p.start.year for p in spans if p.kind != "year" and p.start.year == p.end.year}
    if len(years) != 1 or any(p.kind == "year" or p.start.year != p.end.year for p in spans):
        return None
    return years.pop()


def _tells_of_a_holiday(low: str) -> bool:
    """Whether the sentence speaks of a holiday ("Dịp Tết Nguyên đán, từ ngày …", "Trong 5 ngày Tết, …",
    "(Tết Ất Tỵ)", "Dịp Quốc khánh 2/9", "tức từ 29 tháng Chạp đến mùng 5 tháng Giêng"), not only of the days
    before or after one ("Trước Tết, …", "Sau kỳ nghỉ Tết, …")."""
    return any(
        not _BESIDE_A_HOLIDAY.search(low, max(0, m.start() - 20), m.start()) for m in _HOLIDAY.finditer(low)
    ) or (_ACROSS_THE_LUNAR_NEW_YEAR.search(low) is not None)


# "tình hình kinh tế - xã hội năm 2016", "kết quả thực hiện nhiệm vụ năm 2025": what a report's results are of
# (not an index's edition a plan's heading names: "Mục tiêu (kết quả năm 2026, công bố trong năm 2027)")
# (not a roadmap's "Lộ trình thực hiện một số chỉ tiêu chủ yếu:", the plan to carry out)
_THROUGH_THE_YEAR = re.compile(r"\b(?:đến|tới)(?: hết)? năm \d{4}\b")
# (not the estimate a value is compared with: "… 400 triệu USD, giảm 6,52% so với ước thực hiện năm 2017")
# (not the legal formula a decision opens on: "Căn cứ tình hình thực tế, HĐND tỉnh điều chỉnh … như sau:",
# "Căn cứ kết quả quý I/2025, …, UBND tỉnh đề xuất nâng các chỉ tiêu chủ yếu như sau:")
_RESULTS_OF = re.compile(
    r"\b(?:(?<!căn cứ )tình hình|(?<!căn cứ )(?<!cơ sở )kết quả(?! năm \d{4}, công bố)"
    r"|(?<!lộ trình )(?<!so với ước )(?<!so với )thực hiện"
    r"|đánh giá)\b"
)
# an index's name right before the year of its edition ("PCI 2024", "chỉ số PAPI năm 2023")
_AN_INDEX_NAMED = re.compile(r"\b(?:pci|pgi|papi|par index|sipas|dti)\s*(?:[-–]\s*)?(?:năm\s+)?$")
# a comma segment opening on a running total ("…, lũy kế 11 tháng …", "; cộng dồn 9 tháng …")
# (only where that segment gives a value of its own: not "… đạt 3.430 triệu USD, tính từ đầu năm đến ngày
# 30/11/2024", the value's own span)
_A_SPAN_OF_ITS_OWN = compile_lowered(
    r"\b(?:cả|toàn|trong|của) (?:quý|năm|tháng|kỳ)\b|\blũy kế\b|\btừ đầu năm\b|\btính chung\b|\bcộng dồn\b"
    r"|\briêng (?:ngày|đêm|tháng|quý|năm|dịp|mùng|mồng)\b|\b(?:mùng|mồng)\b"
)
_PLANS_MET = compile_lowered(
    r"\b(?:chỉ tiêu|mục tiêu) (?:\S+ ){0,2}?(?:đạt|vượt)\b|\b(?:đạt|vượt) (?:so với )?kế hoạch\b"
)
_SINGLING_OUT_BETWEEN = compile_lowered(r"\b(?:riêng|trong đó)\b")
_A_RUNNING_TOTAL_AFTER = compile_lowered(
    r"[,;]\s*(?:lũy kế|luỹ kế|cộng dồn|tính chung|tính từ đầu năm)\b"
    r"(?=[^,;]*?\d[\d.,]*\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|usd|đồng|lượt|doanh nghiệp|dự án))"
)
# (how far ahead of the date line the months an estimate is of may end: a report of 20 December estimates the
# month, the quarter and the year then closing)
_ESTIMATED_AHEAD = 45
# another value added after a value, in a segment of its own ("…, ngoài ra 1,9 tỷ USD …")
_ANOTHER_VALUE_ADDED = re.compile(
    r"[,;]\s*(?:ngoài ra|bên cạnh đó|thêm vào đó|cùng với đó)\b,?"
    r"[^,;]*?\d[\d.,]*\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|%)"
)
# a year a text strives to meet the plan of ("quyết tâm hoàn thành kế hoạch tăng trưởng năm 2025")
_A_YEAR_PURSUED = re.compile(
    r"\b(?:quyết tâm|phấn đấu|nỗ lực|tăng tốc|bứt tốc|dồn sức|nước rút|gấp rút) (?:để )?"
    r"(?:hoàn thành|về đích|đạt)\b[^.;]{0,50}?"
    r"\bnăm (?P<y>(?:19|20)\d\d)\b"
)
# a year written with a digit missing ("Năm 201,", "giai đoạn 2011 - 201")
# (a year, not an amount: not "mỗi năm 200 tỷ đồng")
_A_YEAR_CUT_SHORT = re.compile(
    r"(?:\bnăm (?:19|20)\d|\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d)(?![\d/])(?=\s*[,.;:)]|\s+(?:và|đến|tới)\b)"
)
# the month a year's whole is first estimated from (the year-end council sessions' reports)
A_YEARS_LAST_QUARTER = 10
_OPENS_HERE = re.compile(r"(?:^|[.!?:]\s+|\s[-–]\s+)$")
_A_CLAUSE_OPENS_HERE = re.compile(r"(?:^|[.!?:,;]\s+|\s[-–]\s+)$")
_ESTIMATED_AFTER = re.compile(r"\s+(?:ước|đã|đạt)\b")
_A_LEAD_IN = re.compile(r"(?:[^\d,.;:()]{3,60},\s+){1,2}")
# a meeting named by when in the year it sits ("kỳ họp thường lệ giữa năm 2025")
_A_MEETING_MID_YEAR = re.compile(r"\bgiữa năm (?:19|20)\d\d\b")
# a title on the term a congress opens ("Đại hội … nhiệm kỳ 2025 - 2030 khai mạc", "… được bầu làm Bí thư
# Tỉnh ủy nhiệm kỳ 2025-2030") -- not one on what a term brought ("… báo cáo nhiều kết quả tích cực nhiệm kỳ
# 2020 - 2025")
_A_TERM_OPENED = re.compile(
    r"^(?!.*\b(?:kết quả|nhìn lại|tổng kết|thành tựu|dấu ấn|sau)\b)"
    r".*\b(?:đại hội|bầu|trúng cử|đắc cử|khai mạc|bế mạc|ban chấp hành)\b"
    r".*\bnhiệm kỳ (?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b"
)
# a sentence opening on the years an average was taken over ("Bình quân 4 năm 2021 - 2024, …")
_OPENS_ON_AN_AVERAGE = re.compile(r"\W*(?:tính )?bình quân (?:\d+|hai|ba|bốn|năm|cả) (?:năm|giai đoạn)\b")
# a count said to stand now ("đến nay toàn tỉnh có 9/21 chỉ tiêu …")
_TO_DATE = re.compile(r"\b(?:hiện nay|hiện tại|đến nay|tới nay|hiện|thời điểm này)\b")
# a result's verb and its number right after a year ("… năm 2024 ước đạt 9.786,4 tỉ đồng")
_A_RESULT_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:của tỉnh|toàn tỉnh|ước tính|ước|đã|chỉ|vẫn)\s+)*(?:đạt|tăng|giảm)\s+"
    r"(?:khoảng |gần |hơn |trên )?\d"
)
# a year the text moves on to, no year of results ("Những kết quả ấy là nền tảng để tỉnh tự tin bước sang năm
# 2025 – năm về đích của nhiệm kỳ")
_MOVING_ON_TO = re.compile(r"\b(?:bước sang|bước vào|chuyển sang|hướng tới|hướng đến|chuẩn bị cho|sang)\s+$")
# a running total's words with no month of their own ("Lũy kế từ đầu năm, …", "tính từ đầu năm đạt …")
_FROM_THE_YEARS_START = compile_lowered(
    r"\b(?:lũy kế|luỹ kế|cộng dồn|tính chung|tính)\s+(?:từ\s+)?đầu năm\b(?!\s*(?:\d|đến|tới|nay))"
)


_DAYS_RESTATED = compile_lowered(r"\s*,?\s*(?:tức(?: là)?|nhằm|(?:tính )?theo (?:âm lịch|lịch âm))\b")
_NAMES_THE_PROVINCE = re.compile(r"\b(?:lạng sơn|xứ lạng)\b")


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each of `spans` blanked out."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_OVER_PART_OF_A_YEAR = re.compile(r"\b(?:sau|trong|qua)\s+$")
_PLANNED_AFTER = re.compile(r"\b(?:phấn đấu|mục tiêu|kế hoạch|dự kiến|đặt ra|sẽ)\b")
_PLANS_OF = re.compile(r"\b(?:phương hướng|nhiệm vụ|kế hoạch|mục tiêu|giải pháp)\b[^,.;]*$")
# "kết quả thực hiện nhiệm vụ năm 2024": the results of carrying out a plan are results
_RESULTS_BEFORE = re.compile(r"\b(?:kết quả|thực hiện|đánh giá)\s*$")


def _plans_of(low: str, at: int) -> bool:
    """Whether the words right before `at` say the period after them is a plan's ("kế hoạch năm 2025")."""
    window_start = max(0, at - 30)
    m = _PLANS_OF.search(low, window_start, at)
    return m is not None and not _RESULTS_BEFORE.search(low, max(0, m.start() - 20), m.start())


_MONTH_WITH_YEAR = re.compile(r"\btháng (\d{1,2})(?:/| năm )((?:19|20)\d\d)\b")
_QUARTERS_MEETING = re.compile(
    r"\b(?:họp báo|hội nghị|giao ban)(?: thường kỳ| thường niên)? quý (iv|iii|ii|i|[1-4])"
    r"(?:/| năm )((?:19|20)\d\d)\b"
)
_ROMAN_QUARTER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# words that put a value over a span of years, not one year of it
_OVER_THE_SPAN = compile_lowered(
    r"\b(?:cả giai đoạn|giai đoạn|cả nhiệm kỳ|nhiệm kỳ|\d+ năm|(?:hai|ba|bốn|năm) năm"
    r"|bình quân(?! đầu người| một| 1 )|lũy kế)\b"
)


def _governing(periods: list[Period], title: bool = False) -> Period | None:
    """The period a title or heading sets for what stands under it: the one it names, or the one that
    holds all the others it names ("Tình hình kinh tế - xã hội tháng 12, quý IV và năm 2021": the year;
    "… quý III và 9 tháng năm 2025": the nine months) -- a figure with no period of its own below is that
    one's, the month's and the quarter's being labelled as such."""
    single = _single(periods)
    if single is not None:
        return single
    periods = [p for p in periods if p.kind not in _NOT_CONTEXT and not p.same_span]
    holders = [p for p in periods if all(p.start <= q.start and q.end <= p.end for q in periods)]
    if title and holders and holders[0].kind == "range":
        # a title "Tình hình kinh tế - xã hội năm 2025 và 5 năm 2021 - 2025": the year; what is over the five
        # years says so ("5 năm", "bình quân giai đoạn") -- but in a sentence "… giai đoạn 2021 - 2025 …; đến
        # năm 2025, …; tổng thu … 5 năm" the span holds the rest
        years = [p for p in periods if p.kind == "year"]
        if len(years) == 1 and years[0].end == holders[0].end:
            return years[0]
    return holders[0] if holders else None


# the words of an aside a period stands in ("dù … trong quý I", "trong bối cảnh … trong quý I")
_ASIDE = compile_lowered(r"\b(?:dù|mặc dù|tuy|trong bối cảnh|bởi|do|vì|nhất là|đặc biệt là)\b")


def _holds_all(period: Period | None, periods: list[Period]) -> bool:
    """Whether `period` holds every reporting period of `periods` (a meeting's day or a plan's apart)."""
    if period is None or period.kind in _NOT_CONTEXT or period.kind == "to_date":
        return False  # (a day counted to is a stock's or a running total's, read by their own rules)
    return all(
        period.start <= p.start and p.end <= period.end
        for p in periods
        if p.kind not in _NOT_CONTEXT and not p.same_span
    )


def _single_year(periods: list[Period]) -> int | None:
    """The one calendar year named (a year, or a part of one written with its year), if exactly one."""
    years = {
        p.start.year
        for p in periods
        if p.start.year == p.end.year
        and (p.kind not in _NOT_CONTEXT or (p.kind == UNPLACED and p.start != date.min))
        and not p.same_span
    }
    return years.pop() if len(years) == 1 else None


_NUMBERING = (
    ("roman", re.compile(r"^\s*[IVX]{1,5}[.)]\s")),
    ("arabic", re.compile(r"^\s*\d{1,2}[.)]\s")),
    ("letter", re.compile(r"^\s*[a-zđ][.)]\s")),
)


# "Trên cơ sở kết quả 9 tháng, … dự kiến cả năm …": the results a plan starts from, not the period it is on
# a heading on results against a plan: "Tăng trưởng thấp hơn kịch bản", "Thu ngân sách vượt dự toán"
_AGAINST_PLAN = re.compile(
    r"(?<!phấn đấu )(?<!để )(?<!nhằm )\b(?:(?:thấp|cao) hơn|chưa đạt|không đạt|hụt|so với)\s+(?:\S+\s+)?"
    r"(?:kịch bản|kế hoạch|mục tiêu|dự toán|chỉ tiêu)\b"
)
# a heading over a table of indicators: "Biểu: Một số chỉ tiêu chủ yếu" (indicators, not targets)
_A_PLANS_TABLE = re.compile(
    r"\b(?:chỉ tiêu|mục tiêu)\b[^.;:]{0,40}\bkế hoạch "
    r"(?:\d+ năm|(?:phát triển kinh tế - xã hội )?(?:năm )?\d{4})"
)
# (not one that names the master plan they are of: "Một số chỉ tiêu chủ yếu của Quy hoạch:", its targets -- a
# five-year plan's are as often listed with their results)
_TABLE_OF_INDICATORS = re.compile(
    r"^\s*(?:[ivxlc\d]+[.)]\s*)?(?:biểu|bảng|một số chỉ tiêu)\b"
    r"(?!.*\b(?:của|theo) quy hoạch\b)"
)
# what a period right after it is compared with: "cao hơn mức tăng của quý I/2025", "so với cùng kỳ năm 2025"
# ("… không bị gián đoạn kéo dài như năm trước": a year likened to, not reported on)
# (a number among the words: "song vẫn thấp hơn so với mức tăng 9,3% của 9 tháng năm 2019")
# a title's comparison ("… chậm lại so với quý cuối năm trước", "cao hơn năm 2019"), not "hơn" as "more than"
# ("Lạng Sơn đón hơn 3 triệu lượt khách năm 2019")
# (or what it passed: "Kim ngạch … 10 tháng lập kỷ lục, vượt cả năm 2024"; a multiple with its bound, "…
# hút vốn FDI gấp hơn 3 lần năm ngoái")
_TITLE_COMPARES = re.compile(
    r"\b(?:(?:so với|(?:cao|thấp|chậm|nhanh|kém|lớn|nhỏ)(?: lại)? hơn"
    r"|gấp(?: (?:hơn|gần|khoảng|trên|tới|đến))?(?: \S+)? lần"
    # ("… thu ngân sách gần gấp đôi năm trước": a multiple in words)
    r"|gấp (?:đôi|ba|rưỡi))"
    # ("… sau 10 tháng, vượt xa cả năm ngoái": what the months passed)
    r"(?: (?:\d[\d.,]*%?|[^\s,;.()]+)){0,5}|vượt(?: xa| qua)?(?: cả| mức)?)\s*$"
)
# (a plan passed is the year's own, "vượt dự toán năm 2024" -- not last year's, "vượt dự toán năm trước")
_TITLE_PASSES_A_PLAN = re.compile(r"\bvượt (?:dự toán|kế hoạch|chỉ tiêu)\s*$")


def _title_compares(title_low: str, pm) -> bool:
    """Whether the title names the period at `pm` only as what it compares with."""
    return _TITLE_COMPARES.search(title_low, max(0, pm.start - 48), pm.start) is not None or (
        _TITLE_PASSES_A_PLAN.search(title_low, max(0, pm.start - 30), pm.start) is not None
        and title_low.startswith(("năm trước", "năm ngoái"), pm.start)
    )


_A_CONTRAST_BETWEEN = compile_lowered(r",\s*(?:trong khi|trong lúc|còn|song|nhưng|tuy nhiên)\b")
_A_PLAN_NAMED_BEFORE = compile_lowered(
    # (a ratio to the plan, not a change against it: "tăng hơn 30% so với chỉ tiêu năm nay")
    r"\b(?:bằng|đạt|tương đương|được|là)\s+(?:khoảng |gần |hơn |trên )?\d+(?:,\d+)?\s*%\s*(?:của |so với )?"
    r"(?:chỉ tiêu|kế hoạch|dự toán|mục tiêu)"
    # (and the words of whose plan it is: "chỉ tiêu pháp lệnh năm 2026", "dự toán HĐND tỉnh giao năm 2026")
    r"(?: [^\d,;()%]{1,30}?)?\s*$"
)
_A_BODYS_TERM = compile_lowered(r"\bkhóa [xvi]+\s*,?\s*(?:nhiệm kỳ\s*)?$")
_AN_AVERAGE_OVER_YEARS = compile_lowered(r"\bbình quân\b[^,;]{0,16}(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")
_AN_AVERAGES_SPAN = compile_lowered(r"\bbình quân\b[^,;]{0,16}$")
# (not another place's at the same time: "…, trong khi bình quân cả nước năm 2024 tăng 7,09%", the same year)
_WHILE_BETWEEN = compile_lowered(
    r",\s*(?:trong khi|trong lúc)\b"
    r"(?!(?:\s+đó)?,?\s+(?:(?:bình quân|mức tăng|tốc độ tăng)(?: chung)?\s+)?(?:của\s+)?"
    r"(?:cả nước|toàn quốc|vùng|khu vực|các tỉnh|nhiều tỉnh|các địa phương)\b)"
)
# a sentence opening on the span just told, or on the total just told ("Theo Sở Công Thương, trong tổng số
# trên, …")
_THE_SPAN_JUST_TOLD = compile_lowered(
    r"(?:[^,.;]{0,60}, )?(?:cũng trong (?:khoảng )?thời gian|trong tổng (?:số|kim ngạch|số thu))"
    r" (?:này|trên|nói trên)\b|(?:trong |tại )?cùng (?:thời gian|giai đoạn|thời kỳ)\b"
)
# the province's economy (and society) in a year, as a paragraph announces the results that follow
_ANNOUNCES_A_YEAR = compile_lowered(
    r"\bkinh tế(?:\s*[-–]\s*xã hội)?(?: của)?(?: tỉnh| lạng sơn| tỉnh lạng sơn| địa phương)?(?: trong)? năm "
    r"(?:19|20)\d\d\b(?! (?:và|cùng|,))"
)
_SUMS_UP_A_SPAN = compile_lowered(
    r"\b(?:tổng hợp|báo cáo|đánh giá|sơ kết|tổng kết|thông tin về)\b[^.;:]{0,80}\b(?:tình hình|kết quả)\b"
)
_A_PERIODS_DIGITS = re.compile(
    r"(?:\d{1,2} tháng(?: đầu| cuối)?(?: năm)?|tháng \d{1,2}|quý [ivx]+|(?:năm )?(?:19|20)\d\d)"
    r"(?:/(?:19|20)\d\d)?"
)
# a sentence opening on what it sets beside the text before ("Để so sánh, …", "So với cùng kỳ, …")
_SET_BESIDE = compile_lowered(r"\W*(?:để so sánh|so với|trong khi|ngược lại|trước đó|cùng kỳ)\b")
# ("… đã vượt con số của cả năm 2024 (gần 62 tỷ USD)": a year passed, compared with)
_COMPARED_WITH = re.compile(r"\b(?:so với|hơn|gấp|bằng|như|vượt)(?: (?:\d[\d.,]*%?|[^\s,;.()]+)){0,5}\s*$")
# a period a sentence sets its figures against ("So với cuối năm 2024, …"; not "Vượt qua năm 2022 đầy khó
# khăn", "… vượt kế hoạch năm 2023", what it is about)
_AGAINST_A_PERIOD = re.compile(r"\bso với(?: (?:\d[\d.,]*%?|[^\s,;.()]+)){0,5}\s*$")
# a year aimed at ("mục tiêu đến năm 2030", "hướng tới năm 2025", "phấn đấu năm 2026")
_AIMED_AT = re.compile(
    r"\b(?:mục tiêu|hướng tới|phấn đấu|kế hoạch|định hướng|tầm nhìn|đến|tới)\b[^.;,]{0,30}$"
)
_BASIS = re.compile(r"\b(?:trên cơ sở|căn cứ|dựa trên|dựa vào|từ kết quả)\b", re.IGNORECASE)
# a month added in to a total the sentence goes on to name ("Cộng kết quả tháng 8, từ đầu năm đến hết tháng 8
# …"): no period the sentence is on (not "Tính cả tháng 1/2023, …", "Cộng cả hai tháng đầu năm, …": the whole)
_ADDED_IN = compile_lowered(r"\b(?:cộng (?:thêm|kết quả|số liệu)|tính thêm)(?: của)? $")


def _numbering(line: str) -> str | None:
    """How a heading is numbered ("II. Mục tiêu": roman), so siblings can be told from parents."""
    return next((name for name, pattern in _NUMBERING if pattern.match(line)), None)


# "Kế hoạch 5 năm": a plan's length between a value and the plan's years, not a number of the text
_PLAN_YEARS = re.compile(r"\bkế hoạch \d+ ")
_THE_YEARS_RUNNING_TOTAL = compile_lowered(r"\b(?:lũy kế|luỹ kế|cộng dồn|tính chung)(?: cả)? (?:năm )?$")
_ITS_RANK_BETWEEN = compile_lowered(
    r"\s*(?:điểm\s*)?(?:,|và)\s*(?:(?:xếp|đứng)\s+)?(?:hạng|thứ|vị trí(?: thứ)?)\s+"
    r"\d{1,2}(?:/\d{2})?\s*(?:\(\s*)?"
)


class DocumentContext:
    """The document around the sentence being read: its lines, title, headings and the sentence before."""

    def __init__(self, text: str, doc_date: date | None, doc_date_inferred: bool):
        self.text = text
        self.doc_date, self.doc_date_inferred = doc_date, doc_date_inferred
        self.line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self._line_periods: dict[int, list[Period]] = {}
        self._heading_plans: dict[int, str | None] = {}
        self._in_the_nation: dict[int, bool] = {}  # line -> whether its heading sets it in the nation
        self._heading_province: dict[int, str | None] = {}  # line -> the other province its heading opens on
        self._ours_from: dict[int, int] = {}  # position -> where the province is next named by name
        self._headings: dict[int, Period | None] = {}
        self._previous: tuple[int, list[Period]] | None = None  # (line, periods) of the sentence before
        self._before_previous: tuple[int, list[Period]] | None = None  # (and of the one before that)
        self._current: tuple[int, list[Period]] | None = None
        self._s_start = 0  # (where the sentence being read starts)
        # (the sentence's own periods less those it compares with, for the year a next sentence goes on in)
        self._current_told: list[Period] = []
        self._previous_told: list[Period] = []  # (the sentence before's)
        # (the periods the sentence before only compared with: "So với cuối năm 2024, …")
        self._current_compared: list[Period] = []
        self._previous_compared: list[Period] = []
        # (and the years of the plans it measured its values against: "… bằng 94% chỉ tiêu được giao từ đầu
        # năm", no period a value is over)
        self._current_plans: list[Period] = []
        self._previous_plans: list[Period] = []
        # (… and of the last sentence that was no photo's caption or frame: what the text last told)
        self._told_past_captions: list[Period] = []
        self._furniture_lines: dict[int, bool] = {}
        self._current_owned: list[Period] = []
        # (line, periods) of the last sentence in reading order that reported results, not a plan
        self._reported: tuple[int, list[Period]] | None = None
        self._reported_low = ""  # (that sentence, lower-cased)
        # (line, periods) of the paragraph that last framed the text: the lead, or one opening on its period
        # ("Năm 2025, …"), with the periods its sentences told; a later paragraph naming none goes on in it
        self._frame: tuple[int, list[Period]] | None = None
        self._lead_told: list[
            Period
        ] = []  # the periods the lead told: a frame a later paragraph may take up again
        self._told_line = -1  # the paragraph of the last sentence that told a period of its own
        self._paragraph_told: tuple[int, list[Period]] = (-1, [])  # (line, the periods its sentences told)
        self._paragraph_opening = ""  # (that paragraph's first sentence, lower-cased)
        self._owned: set[int] = set()
        self._low = ""  # the sentence being read, lower-cased
        self._previous_low = ""  # the sentence read before it
        self._named_line = -1  # the paragraph that last named a period, of results or of a plan
        self._singled: set[int] = set()
        self._opening: Period | None = None
        self._opening_by_its_place = (
            False  # (the opening a year named by its place in a span: "Năm đầu của …")
        )
        self._previous_opening: Period | None = None  # (the sentence before's)
        self._opening_goes_on = False
        # (line, day) of the last day (or days) a sentence named so far: "Sáng 25/9, …"
        self._day: tuple[int, Period] | None = None
        self._span_of_days: Period | None = None  # the last span of days told ("từ ngày 29/2 đến ngày 5/3")
        # (and its paragraph, where it was a holiday's: "Trong 5 ngày nghỉ lễ … (từ ngày 30/4 …)")
        self._holiday_told: tuple[int, Period] | None = None
        self._about: dict[tuple[int, str], bool] = {}  # names_around, by (line, pattern)
        self._first_named: dict[str, int | None] = {}  # first_named_at, by pattern
        # (past a site's banner: etl/titles.py)
        self.title_line = title_line_index([self.line(i) for i in range(len(self.line_starts))])

    def line(self, i: int) -> str:
        """The text of line `i`."""
        end = self.line_starts[i + 1] - 1 if i + 1 < len(self.line_starts) else len(self.text)
        return self.text[self.line_starts[i] : end]

    def line_of(self, pos: int) -> int:
        """The line (paragraph) `pos` is on."""
        return bisect.bisect_right(self.line_starts, pos) - 1

    def _periods_of_line(self, i: int) -> list[Period]:
        if i not in self._line_periods:
            low = lowered(self.line(i))
            # (not a period a title's comparison names: "Lạng Sơn họp báo quý I/2018: Tăng trưởng chậm lại so
            # với quý cuối năm trước" is no title on the year before)
            periods = [
                pm.period
                for pm in periods_in_lowered(low, self.doc_date, self.doc_date_inferred)
                if (i != self.title_line or not _title_compares(low, pm))
                # (nor the term that names a body: "Kỳ họp thứ mười hai HĐND tỉnh khóa XV, nhiệm kỳ 2011 -
                # 2016" is no title on those years)
                and not _A_BODYS_TERM.search(low, max(0, pm.start - 30), pm.start)
            ]
            # "tháng 12, quý IV và năm 2021": the parts written without a year are the named year's.
            year = _single_year([p for p in periods if not p.yearless])
            if year is not None:
                periods = [
                    replace(shift_years(p, year - p.end.year), yearless=False) if p.yearless else p
                    for p in periods
                ]
            self._line_periods[i] = [p for p in periods if not has_no_year(p)]
        return self._line_periods[i]

    def _before_that_opening(self, periods: list[PeriodMatch], line: int, low: str) -> list[PeriodMatch]:
        """ "Năm 2023, thu ngân sách đạt 9.000 tỷ đồng. Năm trước đó, tỉnh thu được 8.000 tỷ đồng": a sentence
        opening on the period before another is set before the one period of that kind the sentence before it,
        in its paragraph, named (held when it named none or several)."""
        if not periods or periods[0].period.kind != UNPLACED or periods[0].start > 2:
            return periods
        if self._current is None or self._current[0] != line:
            return periods
        said = low[periods[0].start : periods[0].end]
        kind = KIND_OF_WORD.get(said.split()[0])
        told = [p for p in self._current[1] if p.kind == kind]
        if not said.endswith("trước đó") or len(told) != 1:
            return periods
        return [replace(periods[0], period=period_before(told[0])), *periods[1:]]

    def saw(
        self,
        s_start: int,
        s_end: int,
        periods: list[PeriodMatch],
        owned: set[int] = frozenset(),
        low: str = "",
        singled: set[int] = frozenset(),
    ) -> list[PeriodMatch]:
        """The sentence at text[s_start:s_end] is being read (call once per sentence, in order); returns
        its periods with those whose year was not written ("quý II", "tháng 4") set in the year named
        nearby -- the sentence, the one before in its paragraph, the heading, the title -- where one is.
        `owned`: where periods start that belong to the value just before them ("mức 4,21% của năm 2023"),
        never the context of another value; `singled`: where periods start that a clause singles out ("…;
        riêng tháng 6 đạt 214 triệu USD"), the period of that clause alone."""
        line = self.line_of(s_start)
        self._s_start = s_start
        periods = self._before_that_opening(periods, line, low)
        periods = self._edition_before(periods, line)
        periods = self._as_before(periods, line, low)
        periods = self._report_quarter(periods, line)
        periods = self._report_month(periods, low, line)
        periods = self._anchor(periods, line, singled, low)
        periods = self._holidays_days(periods, low)
        periods = self._days_in_the_year_told(periods, line, low)
        periods = self._same_span([pm for pm in periods if not has_no_year(pm.period)], line, low)
        periods = self._the_term_told_before(periods, line, low)
        self._before_previous, self._previous = self._previous, self._current
        self._previous_told = self._current_told
        self._previous_compared = self._current_compared
        self._previous_plans = self._current_plans
        self._current_plans = [
            pm.period for pm in periods if _A_PLAN_NAMED_BEFORE.search(low, max(0, pm.start - 48), pm.start)
        ]
        self._current_compared = [
            pm.period for pm in periods if _AGAINST_A_PERIOD.search(low, max(0, pm.start - 48), pm.start)
        ]
        self._current = (
            line,
            [pm.period for pm in periods if pm.start not in owned and pm.start not in singled],
        )
        self._current_told = [
            pm.period
            for pm in periods
            if pm.start not in owned
            and pm.start not in singled
            and not _COMPARED_WITH.search(low, max(0, pm.start - 48), pm.start)
            # (nor the year of a plan a ratio measured a value against: "… đã thu được 2.918 tỷ đồng, tương
            # đương 30% chỉ tiêu pháp lệnh năm 2026" reports on no year)
            and not _A_PLAN_NAMED_BEFORE.search(low, max(0, pm.start - 48), pm.start)
            # (nor the year a scheme's name aims at: "… trong Đề án phát triển du lịch tỉnh đến năm 2030")
            and not _A_SCHEMES_NAME_BEFORE.search(low, max(0, pm.start - 90), pm.start)
            # (nor the term in a council's name: "kỳ họp thứ 31 HĐND tỉnh khóa XVII, nhiệm kỳ 2021-2026" --
            # but a party's term is the span its resolution's targets are set for)
            and not (
                (low.startswith("nhiệm kỳ", pm.start) or low.endswith("nhiệm kỳ ", 0, pm.start))
                and _A_BODYS_TERM_BEFORE.search(low, max(0, pm.start - 36), pm.start)
            )
            # (nor the day a meeting opened: "…, khai mạc sáng 9/12, Chủ tịch UBND tỉnh cho biết …")
            and not (
                pm.period.start == pm.period.end
                and _A_MEETING_OPENED_BEFORE.search(low, max(0, pm.start - 30), pm.start)
            )
        ]
        if not self._furniture(line):
            self._told_past_captions = self._current_told
        # (what the paragraph reported on: not the year a plan or a forecast looks to, "Chi cục dự kiến cả năm
        # 2025 số thu đạt khoảng 13.800 tỷ đồng")
        planned = plan_status(low) if self._current_told else None  # (once per sentence: asked again below)
        results_told = self._current_told
        if planned:
            results_told = [
                pm.period
                for pm in periods
                if pm.period in self._current_told
                and status_of(low, 0, pm.start) not in ("target", "forecast")
            ]
        if self._paragraph_told[0] == line:
            self._paragraph_told[1].extend(results_told)
        else:
            self._paragraph_told = (line, list(results_told))
            self._paragraph_opening = low
        # (a value's own period still tells the year the sentence is in: "… đạt 17.851,9 triệu USD trong Quý
        # I/2025. Về thu ngân sách, trong quý I, …")
        self._current_owned = [
            pm.period
            for pm in periods
            if pm.start in owned and not _COMPARED_WITH.search(low, max(0, pm.start - 48), pm.start)
        ]
        if any(p.kind != UNPLACED for p in self._current_told) and not planned:
            # (what it reported on, not a year it compared with: "suốt năm 2024, … nhiều hơn năm 2023 khoảng
            # 20%. … Tính chung cả năm, kim ngạch …" is 2024's)
            self._reported, self._reported_low = (line, self._current_told), low
        if any(pm.period.kind != UNPLACED for pm in periods):
            self._named_line = line  # (a plan's too: "Cùng thời điểm" after it is not the day before it)
        days = [pm.period for pm in periods if pm.period.kind == "dates"]
        if days and (self.doc_date is None or days[-1].start <= self.doc_date):
            self._day = (line, days[-1])
        spans = [p for p in days if p.start < p.end and not p.yearless]
        if spans and (self.doc_date is None or spans[-1].start <= self.doc_date):
            self._span_of_days = spans[-1]
            self._holiday_told = (line, spans[-1]) if _tells_of_a_holiday(low) else None
        self._owned = owned
        self._singled = singled
        self._previous_low, self._low = self._low, low
        # "Năm 2025, năm cuối của kế hoạch 5 năm, …: X đạt 8%; Y đạt 66 triệu đồng; …", "Tính đến hết tháng
        # 4, …": a period that opens the sentence, before its first comma, governs all of it.
        comma = low.find(",")
        if (attributed := _ATTRIBUTED.match(low)) is not None:
            # (past whose word it is: "Theo dự kiến, đến cuối năm 2025 tỷ lệ hộ nghèo chỉ còn khoảng 1,36%;
            # thu nhập bình quân đầu người đạt 69,41 triệu đồng/năm")
            after = CLAUSE_MARK.search(low, attributed.end())
            comma = len(low) if after is None else after.start()
        if comma < 0 and _A_YEAR_IS.match(low):
            comma = len(low)  # (a sentence on what its year is: "Năm 2025 là năm cuối của giai đoạn …")
        opening = [
            pm
            for pm in periods
            if comma > 0
            and pm.end <= comma
            and pm.start < 40
            and pm.start not in owned
            and pm.start not in singled
            and pm.period.kind not in ("dates", "plan")
            and not _BASIS.search(low, 0, pm.start)
            and not _ADDED_IN.search(low, max(0, pm.start - 24), pm.start)
            # (nor one it compares with: "So với cuối năm 2024, tỷ lệ hộ nghèo giảm 1,04 điểm phần trăm" --
            # not "Vượt qua năm 2022 đầy khó khăn, …", what the sentence is about)
            and not _AGAINST_A_PERIOD.search(low, max(0, pm.start - 48), pm.start)
            # (nor the year of the place it rose from: "Từ vị trí áp chót … PGI năm 2023, Lạng Sơn đã vươn lên
            # thứ 31/63 ở kết quả PGI năm 2024")
            and not _RISEN_FROM.search(low, max(0, pm.start - 80), pm.start)
        ]
        # (two periods listed there, "Năm 2023 và 2024, …", govern nothing but the values listed for them)
        listed = len(opening) > 1 and listed_one_after_another(low, opening[:2])
        self._previous_opening = self._opening if self._opening_goes_on else None
        self._opening = opening[0].period if opening and not listed else None
        self._opening_by_its_place = (
            bool(opening) and _A_YEAR_BY_ITS_PLACE.match(low, opening[0].start) is not None
        )
        # (it goes on into the next sentence only where every other period the sentence names stands in an
        # aside: "Năm 2023, dù xuất khẩu chậm lại trong quý I, …" -- not "Năm 2024, kinh tế trong 6 tháng đầu
        # năm phục hồi", whose next sentence may be on the half-year)
        # (or in a clause of its own after ";": "Giai đoạn 2016 - 2020, … đạt 6,01%/năm; quy mô … năm 2020 …")
        self._frame_the_text(line, low, opening if not listed else [])
        # (not the years an average was taken over: "Bình quân 4 năm 2021 - 2024, GRDP ước tăng 6,78%/năm.")
        self._opening_goes_on = (
            self._opening is not None
            and not _OPENS_ON_AN_AVERAGE.match(low)
            and all(
                _ASIDE.search(low, low.rfind(",", 0, pm.start) + 1, pm.start)
                or low.find(";", comma, pm.start) >= 0
                # (or a year in a scheme's name: "Năm 2025 là năm cuối … trong Đề án phát triển du lịch tỉnh
                # đến năm 2030. Kết thúc năm, tỉnh đã đón hơn 4,4 triệu lượt khách")
                or _A_SCHEMES_NAME_BEFORE.search(low, max(0, pm.start - 90), pm.start)
                for pm in periods
                if pm.period is not self._opening
                and pm.period.kind not in _NOT_CONTEXT
                and not pm.period.same_span
            )
        )
        return periods

    def _anchor(
        self, periods: list[PeriodMatch], line: int, singled=frozenset(), low: str = ""
    ) -> list[PeriodMatch]:
        if not any(pm.period.yearless for pm in periods):
            return periods
        yearless = [pm for pm in periods if pm.period.yearless]
        # (a year a bracket or a singled-out clause names is its own, not the sentence's; so is one in another
        # clause: "… do năm 2021 chịu ảnh hưởng của dịch; doanh thu du lịch 6 tháng ước đạt …")
        # (nor one a comparison after it names: "Trong quý I, … tăng 8,56%, cao hơn mức tăng của quý I/2025")
        named = [
            pm.period
            for pm in periods
            if not pm.period.yearless
            and pm.start not in singled
            # (but one the sentence opens on is all of it: "Năm 2021 là năm cuối …; phấn đấu đến cuối năm")
            and (
                pm.start <= 2
                or not all(";" in low[min(pm.end, y.end) : max(pm.start, y.start)] for y in yearless)
            )
            and not (
                all(y.start < pm.start for y in yearless)
                and _COMPARED_WITH.search(low, max(0, pm.start - 48), pm.start)
            )
        ]
        # (the opening's year gives way to one its own clause names: "Năm 2024, tổng thu … đạt 11.000 tỷ đồng;
        # năm 2025, tỉnh phấn đấu cả năm thu 12.500 tỷ đồng")
        own_clause = [
            pm.period
            for pm in periods
            if pm.period in named
            and not all(";" in low[min(pm.end, y.end) : max(pm.start, y.start)] for y in yearless)
        ]
        named = own_clause or named
        year = self._year_nearby(named, line, sentence_before=True)
        if (
            year is not None
            and not named
            and not self._span_framed(yearless, line)
            and self.doc_date is not None
            and not self.doc_date_inferred
            and year < self.doc_date.year
            and status_of(low) == "estimate"
            # (not a part singled out of the year just told: "Theo số liệu chính thức, năm 2024 … tăng 6,21%.
            # Riêng quý I, tăng trưởng ước đạt 5,04%")
            and (unsingled := [pm for pm in yearless if pm.start not in singled])
            and all(
                pm.period.kind in ("half_year", "quarter", "month", "months")
                and shift_years(pm.period, self.doc_date.year - pm.period.end.year).end
                <= self.doc_date + timedelta(days=_ESTIMATED_AHEAD)
                for pm in unsingled
            )
        ):
            # "Năm 2024, chỉ số PCI của tỉnh xếp thứ 18/63 … . Cùng với đó, tăng trưởng kinh tế 6 tháng đầu
            # năm ước đạt 8,37%" of July 2025: an estimate is of the months just ended or ending, the date
            # line's year's -- not those of a year before, long since counted (but "9 tháng … số ước tính
            # 7,74%" of January 2026 is 2025's: this year's nine months are far ahead)
            # (and "Riêng 7 tháng năm 2025, …; tăng trưởng GRDP 6 tháng đầu năm ước đạt 8,37%" after "Năm
            # 2024, …": a year its own sentence names in another clause is no frame of it) -- unless the title
            # or the heading names the span these months are part of, with its year ("Báo cáo 6 tháng đầu năm
            # 2021" over "riêng tháng 6 ước đạt 214 triệu USD")
            year = self.doc_date.year
        if year is None and not named:
            # "… báo cáo … tình hình thực hiện kế hoạch … 6 tháng đầu năm 2022, Chủ tịch UBND tỉnh cho biết,
            # …" closing a paragraph, then "Tổng sản phẩm … 6 tháng đầu năm ước tăng 6,51%": the same months
            # the sentence just before told with their year, across the paragraph's end
            year = self._same_span_just_told(yearless)
        if year is None:
            return periods
        if (
            not named
            and self.doc_date is not None
            and not self.doc_date_inferred
            and year > self.doc_date.year
            and RESULT_WORDS.search(low)
            and status_of(low) not in ("target", "forecast")
        ):
            # "Tốc độ tăng trưởng GRDP cả năm ước đạt 6,01%" of 30 December 2024 under a title on the plans of
            # 2025: results are never of a year not begun on the date line -- the year the text looks back on
            return periods
        if (
            not named
            and self.doc_date is not None
            and not self.doc_date_inferred
            and year < self.doc_date.year
            and _REQUIRES.search(low)
            and any(
                pm.period.kind in ("half_year", "quarter", "month")
                # (a part of the date line's year under way or about to begin, not one a year-end review
                # looks back on: "… để đạt mục tiêu, 6 tháng cuối năm phải tăng 9,5%" of January 2024: 2023's)
                and _under_way(shift_years(pm.period, self.doc_date.year - pm.period.end.year), self.doc_date)
                for pm in yearless
            )
        ):
            # "Sang năm 2023, … . Theo tính toán …, để đạt mục tiêu tăng 7,5% cả năm, 6 tháng cuối năm kinh tế
            # tỉnh phải tăng khoảng 10,4%" of 25 July 2023, under a title on 2022's figures: what a plan
            # requires of part of a year is asked of a year not yet over on the date line, never of one the
            # title looks back on
            year = self.doc_date.year
        # A day written without its year ("Tính đến ngày 10/1, kim ngạch …" on 12 January 2022) is dated by
        # the date line already (the last such day before it): only a year its own sentence names moves it,
        # not the sentence before's ("Từ giữa tháng 12/2021, phía bạn …").
        own_year = _single_year(named)
        # "tháng 01" in the body of "Tình hình kinh tế - xã hội tháng 01 năm 2021", under a heading "SỐ LIỆU
        # SƠ BỘ NĂM 2020": the month the title names, unless its own sentence names a year
        # (so is a quarter or a half the title names with its year: "Quý I, thu ngân sách …" under "Họp báo
        # quý I/2026: … số liệu chính thức năm 2025 đạt 8,08%")
        titled = self._title_parts() if own_year is None and line != self.title_line else {}

        def year_of(period: Period) -> int:
            return titled.get((period.kind, period.start.month), year)

        return [
            replace(
                pm,
                period=replace(
                    shift_years(pm.period, year_of(pm.period) - pm.period.end.year), yearless=False
                ),
            )
            if pm.period.yearless
            and pm.period.end.year != year_of(pm.period)
            and pm.period.kind != "dates"
            and (own_year is not None or not _to_a_day(pm, low))
            else pm
            for pm in periods
        ]

    def _a_plans_year_after(self, tok, pm: PeriodMatch) -> bool:
        """Whether `pm`, after the value, is the year of a plan a ratio after the value names ("… đạt 2.905 tỷ
        đồng, tương đương 31% chỉ tiêu năm 2026")."""
        return (
            pm.period.kind == "year"
            and "%" in self._low[tok.end : pm.start]
            and _A_PLAN_NAMED_BEFORE.search(self._low, max(tok.end, pm.start - 48), pm.start) is not None
        )

    def _span_framed(self, yearless: list[PeriodMatch], line: int) -> bool:
        """Whether the title names, its year written, a part of a year holding each of the `yearless` months
        in that year ("Báo cáo 6 tháng đầu năm 2021" over "tháng 6"; not "… quý II: Kinh tế 6 tháng tăng
        trưởng khá, công bố kết quả các chỉ số năm 2020", whose months take the year only by being beside
        it)."""
        if self.title_line is None or line == self.title_line:
            return False
        framers = [
            pm.period
            for pm in periods_in_lowered(self._title_low, self.doc_date, self.doc_date_inferred)
            if not has_no_year(pm.period)
        ]
        return any(
            frame.kind in ("half_year", "quarter", "months", "month")
            and not frame.yearless
            and all(
                frame.start <= (moved := shift_years(pm.period, frame.end.year - pm.period.end.year)).start
                and moved.end <= frame.end
                for pm in yearless
            )
            for frame in framers
        )

    def _holidays_days(self, periods: list[PeriodMatch], low: str) -> list[PeriodMatch]:
        """Days a text with no date line writes without their year, in a sentence on a holiday the title names
        with its year ("Lạng Sơn đón 75 nghìn lượt khách dịp Tết Nguyên đán 2024" over "… dịp Tết Nguyên đán,
        từ ngày 8/2 đến ngày 14/2, …"): the days of that holiday, in its year (days across a year's end, "từ
        28/12 đến 1/1", are never read so: etl/periods.py)."""
        if not any(pm.period.kind == "dates" and pm.period.start.year == NO_YEAR for pm in periods):
            return periods
        first_day = min(pm.start for pm in periods if pm.period.kind == "dates")
        # (or the sentence's own, named with its year nearest before the days: "trong kỳ nghỉ Tết Nguyên đán
        # Bính Ngọ 2026 kéo dài 9 ngày (từ ngày 14/2 đến hết ngày 22/2)" under a title naming no year -- not
        # one compared with before it: "Nếu như dịp Tết Giáp Thìn 2024 …, thì trong 9 ngày nghỉ Tết Ất Tỵ
        # (…)")
        holiday = _HOLIDAY_OF_A_YEAR.search(self._title_low)
        if holiday is None:
            named = list(_A_HOLIDAY_NAMED.finditer(low, 0, first_day))
            holiday = _HOLIDAY_OF_A_YEAR.match(low, named[-1].start()) if named else None
        if (
            holiday is None
            or not _tells_of_a_holiday(low)
            # (the holiday the title names, not another: "Dịp nghỉ lễ Quốc khánh vừa qua, …" under a title on
            # Tết -- or days the lunar calendar turns into the New Year: "từ ngày 8/2 đến ngày 14/2 (tức từ 29
            # tháng Chạp đến mùng 5 tháng Giêng)" under a title on Tết)
            or (
                holiday["name"] not in low
                and not (holiday["name"] == "tết" and _ACROSS_THE_LUNAR_NEW_YEAR.search(low))
            )
        ):
            return periods
        year = int(holiday["year"])

        def of_another_year(pm: PeriodMatch) -> bool:
            # the same holiday of another year, told before its days: "Dịp Tết năm trước, từ ngày 8/2 …", "So
            # với Tết Giáp Thìn, từ ngày 8/2 …", "Năm 2024, dịp Tết …" under a title on 2025's
            return any(
                not m["y"] or int(m["y"]) != year for m in _ANOTHER_YEARS_HOLIDAY.finditer(low, 0, pm.start)
            )

        return [
            replace(pm, period=replace(shift_years(pm.period, year - NO_YEAR), yearless=False))
            if pm.period.kind == "dates" and pm.period.start.year == NO_YEAR and not of_another_year(pm)
            else pm
            for pm in periods
        ]

    def _on_an_index(self, line: int) -> bool:
        """Whether the title, the lead or the line names an index the catalog holds (PCI, PGI, DTI …)."""
        names = load_catalog().names_an_index()
        return any(
            names.search(low) is not None
            for low in (self._title_low, self._lead[0], lowered(self.line(line)))
        )

    def told_a_holidays_days(self, line: int) -> bool:
        """Whether a sentence of this paragraph wrote out a holiday's days ("… trong kỳ nghỉ Tết Nguyên đán từ
        ngày 8/2 đến ngày 14/2/2024, …"), which a later sentence's "trong kỳ nghỉ" points back at."""
        return self._holiday_told is not None and self._holiday_told[0] == line

    def _days_in_the_year_told(self, periods: list[PeriodMatch], line: int, low: str) -> list[PeriodMatch]:
        """Days a text with no date line writes without their year, on no holiday the title names ("Những
        ngày cuối năm 2021, … . Từ ngày 1 đến hết ngày 15-12, tổng kim ngạch … chỉ đạt 121,65 triệu USD"): the
        year told nearby (the sentence, the one before it, the heading, the title, the lead), as a reader
        takes it -- else no period a figure may take: the days claim their clause, and the figure is held,
        never given the whole year the lead names."""
        if not any(pm.period.kind == "dates" and pm.period.start.year == NO_YEAR for pm in periods):
            return periods
        if _HOLIDAY.search(low):
            # (a holiday's days: only a title naming the holiday's year dates them, _holidays_days -- a
            # holiday falls on other days each year)
            return periods
        days = [pm for pm in periods if pm.period.kind == "dates" and pm.period.start.year == NO_YEAR]
        named = [
            pm.period
            for pm in periods
            if not pm.period.yearless
            and pm.period.kind != UNPLACED
            and not _COMPARED_WITH.search(low, max(0, pm.start - 48), pm.start)
            and not _A_PLAN_NAMED_BEFORE.search(low, max(0, pm.start - 48), pm.start)
            # (in the days' own clause: not "…; năm 2022, tỉnh phấn đấu …" -- but the running total of the
            # year the days are in, "…; lũy kế cả năm 2023 ước đạt 7.820 tỷ đồng")
            and not (
                all(";" in low[min(pm.end, d.end) : max(pm.start, d.start)] for d in days)
                and not _THE_YEARS_RUNNING_TOTAL.search(low, max(0, pm.start - 24), pm.start)
            )
        ]
        year = _single_year(named)
        if year is None and self._current is not None and self._current[0] == line:
            # (the sentence before's, one it told -- not one it compared with: "… tăng gấp rưỡi so với năm
            # 2021. Trong 15 ngày đầu tháng 12, …")
            year = _single_year(self._current_told)
        if year is None:
            year = self._year_nearby([], line, sentence_before=False)  # (the heading's, the title's)
        if year is None and self.lead_line != line:
            # (or the one year the lead paragraph names, whatever it says of it: "Những ngày cuối năm 2021,
            # hàng nghìn xe … vẫn nằm chờ …" above "Từ ngày 1 đến hết ngày 15-12, …" -- the days' own
            # paragraph told what it does above)
            lead_low, lead_periods = self._lead
            years = {
                pm.period.end.year
                for pm in lead_periods
                if not has_no_year(pm.period)
                # (not one it compares with or aims at: "… giảm mạnh so với năm 2020", "mục tiêu đến năm
                # 2030")
                and not _AGAINST_A_PERIOD.search(lead_low, max(0, pm.start - 48), pm.start)
                and not _AIMED_AT.search(lead_low, max(0, pm.start - 40), pm.start)
            }
            year = years.pop() if len(years) == 1 else None

        def placed(period: Period) -> Period:
            if year is None:
                return UNPLACED_PERIOD
            return replace(shift_years(period, year - NO_YEAR), yearless=False)

        return [
            replace(pm, period=placed(pm.period))
            if pm.period.kind == "dates" and pm.period.start.year == NO_YEAR
            else pm
            for pm in periods
        ]

    def _same_span_just_told(self, yearless: list[PeriodMatch]) -> int | None:
        """The year of the one span the sentence just before (in any paragraph, past a photo and its caption)
        told that is the same months as every one of `yearless`, else None."""
        if self._current is None:
            return None
        spans = {(p.kind, p.start.month, p.end.month) for p in (pm.period for pm in yearless)}
        told = [
            p
            for p in self._told_past_captions
            if not p.yearless and p.start.year == p.end.year and (p.kind, p.start.month, p.end.month) in spans
        ]
        years = {p.end.year for p in told}
        if len(spans) == 1:
            return years.pop() if len(years) == 1 else None
        # (several yearless spans, the first the one told and the others inside it: "Hai tháng đầu năm 2026,
        # …" then "trong 2 tháng đầu năm, … đạt …; tháng 1 đạt …, còn tháng 2 …" -- not "nếu … trong quý IV …,
        # cả năm …" after a sentence on an index's year)
        first = min(yearless, key=lambda pm: pm.start).period
        if not any(
            (t.kind, t.start.month, t.end.month) == (first.kind, first.start.month, first.end.month)
            for t in told
        ):
            return None
        inside = all(
            any(t.start.month <= p.start.month and p.end.month <= t.end.month for t in told)
            for p in (pm.period for pm in yearless)
        )
        return years.pop() if len(years) == 1 and inside else None

    def _title_parts(self) -> dict[tuple[str, int], int]:
        """The months, quarters and halves the title names with their year ((kind, first month) -> year): a
        report's own part of the year."""
        if self.title_line is None:
            return {}
        title = lowered(self.line(self.title_line))
        parts = {
            ("month", int(m[1])): int(m[2]) for m in _MONTH_WITH_YEAR.finditer(title) if 1 <= int(m[1]) <= 12
        }
        # (written with their year: not "Tăng trưởng quý I đạt 6,57%, số liệu năm 2018 được điều chỉnh", whose
        # quarter the title leaves to the year of its meeting)
        for pm in periods_in_lowered(title, self.doc_date, self.doc_date_inferred):
            # (nor one the title compares with: "Kim ngạch quý I tăng 20% so với quý I/2023")
            if _title_compares(title, pm):
                continue
            if pm.period.kind in ("quarter", "half_year") and not pm.period.yearless:
                parts.setdefault((pm.period.kind, pm.period.start.month), pm.period.start.year)
        # (a quarter's meeting the title names, which the period rules claim as a name: "Họp báo quý
        # I/2026" reports on its quarter, "Họp báo quý II/2019" on the first: the quarters up to its own are
        # its year's)
        for m in _QUARTERS_MEETING.finditer(title):
            for quarter in range(1, _ROMAN_QUARTER[m[1]] + 1):
                parts.setdefault(("quarter", 3 * quarter - 2), int(m[2]))
        return parts

    def _term_closing(self, low: str, line: int, at: int) -> Period | None:
        """The five plan years of the term the report closes (etl/periods.py `term_closing`), for a sentence
        of results under no plan's heading or title; None at any other time."""
        day = self.doc_date
        if day is None or plan_status(low) or status_of(low) in ("target", "forecast"):
            return None
        if self.heading_plan(line) or (self.title_line is not None and plan_status(self._title_low)):
            return None  # ("3. Thu hút vốn FDI đăng ký cả giai đoạn khoảng 500 triệu USD" in a plan)
        if _A_SUPERLATIVES_SCOPE.search(low, max(0, at - 16), at):
            return None  # ("GRDP ước tăng 8,3%, mức cao nhất trong cả giai đoạn": the scope of a superlative)
        if PLANNED_OR_SUPPOSED.search(low):
            # ("Tổng vốn đầu tư … cả giai đoạn cần khoảng 210.000 tỷ đồng": what the next one needs)
            return None
        return term_closing(day)

    def _as_before(self, periods: list[PeriodMatch], line: int, low: str = "") -> list[PeriodMatch]:
        """ "Cùng thời gian, các cơ quan … khởi tố 27 vụ án": the one period the sentence before (in its
        paragraph) reported on; "Cùng thời điểm" after paragraphs naming no period, the day the text last
        counted to; with none, the words give no period."""
        if not any(pm.period.as_before for pm in periods):
            return periods
        previous = self._current[1] if self._current is not None and self._current[0] == line else []
        if any(pm.period.as_before and pm.period.kind == "dates" for pm in periods):
            # ("… sáng cùng ngày": the day the text last told, in any paragraph before)
            day = self._day[1] if self._day is not None and self._day[1].start == self._day[1].end else None
            return [
                replace(pm, period=day) if pm.period.as_before else pm
                for pm in periods
                if not pm.period.as_before or day is not None
            ]
        ranges = [p for p in previous if p.kind == "range"]
        # (or the day the sentence before counted to: "Đến 30/9/2024, … . Cùng thời điểm, thu ngân sách …")
        before = _single(previous) or next((p for p in previous if p.kind in ("to_date", "as_of")), None)
        if (
            not previous
            and self._reported is not None
            and "thời điểm" in low
            and self._reported[0] == self._named_line
        ):
            # (a paragraph opening on it, a table or a description between: the day the text last counted to)
            before = next((p for p in self._reported[1] if p.kind in ("to_date", "as_of")), None)
        elif (
            not previous
            and self._paragraph_told[0] == self._named_line
            and _THE_SPAN_JUST_TOLD.match(low)
            # (not a paragraph set beside the one before it: "Để so sánh, cả năm 2023 Cục thu được …")
            and not _SET_BESIDE.match(self._paragraph_opening)
        ):
            # ("Cũng trong thời gian này, …", "Trong tổng số trên, …" opening a paragraph: the span the
            # paragraph before told, if it told one alone -- not "… đến ngày 20/8/2018 … . Để so sánh, cả năm
            # 2017 …", whose span is meant the text does not say)
            told = {(p.kind, p.start, p.end): p for p in self._paragraph_told[1] if p.kind != UNPLACED}
            before = next(iter(told.values())) if len(told) == 1 else None
        out = []
        for pm in periods:
            # ("Năm 2025 là năm cuối của Kế hoạch 5 năm 2021 - 2025; … tăng trưởng bình quân cả giai đoạn
            # khoảng 6,6%/năm": the years its own sentence named before it)
            own = {
                (q.period.start, q.period.end): q.period
                for q in periods
                if q.period.kind == "range" and not q.period.as_before and q.end <= pm.start
            }
            if not own and pm.period.kind == "range" and (span := _span_a_year_is_of(low, pm.start)):
                own = {(span.start, span.end): span}  # (named as what a year is of: "Năm 2025 là năm cuối …")
            if pm.period.span_year:
                # ("Đến năm cuối của giai đoạn này, …": the last year of the one span told before)
                spans = own or {(p.start, p.end): p for p in ranges}
                if not spans and (heading := self._heading(line)) is not None and heading.kind == "range":
                    spans = {(heading.start, heading.end): heading}  # (… or, none told, the heading's)
                if len(spans) == 1:
                    span = next(iter(spans.values()))
                    which, _, count = pm.period.span_year.partition(" ")
                    years = int(count or 1)
                    first = span.end.year - years + 1 if which == "last" else span.start.year
                    if years == 1:
                        out.append(replace(pm, period=year_period(first)))
                    elif first + years - 1 <= span.end.year and first >= span.start.year:
                        out.append(replace(pm, period=range_period(first, first + years - 1)))
            elif not pm.period.as_before:
                out.append(pm)
            elif pm.period.kind == "range" and len(own) == 1:
                out.append(replace(pm, period=next(iter(own.values()))))
            elif pm.period.kind == "range" and len({(p.start, p.end) for p in ranges}) == 1:
                out.append(replace(pm, period=ranges[0]))  # "cả giai đoạn": the years named before
            elif (
                pm.period.kind == "range"
                and not ranges
                and (heading := self._heading(line)) is not None
                and heading.kind == "range"
            ):
                # … or, the sentence before naming none, the heading's
                out.append(replace(pm, period=heading))
            elif (
                pm.period.kind == "range"
                and not ranges
                and (term := self._term_closing(low, line, pm.start)) is not None
            ):
                # … or, neither naming one, in a report closing a term, the term's five years ("Thu ngân sách
                # nhà nước trên địa bàn cả giai đoạn ước được 47.950 tỷ đồng" at the congress of 2025)
                out.append(replace(pm, period=term))
            elif pm.period.kind != "range" and before is not None:
                out.append(replace(pm, period=before))
            elif _another_clause_names_one(low, pm, periods):
                # (the span told before, which the text no longer shows, inside its clause -- not "Cùng
                # thời gian, …" governing the sentence: no period, rather than a later clause's -- "Trong 5
                # năm này, … . GDP của tỉnh trong giai đoạn đó tăng bình quân 10,35%/năm, GDP bình quân đầu
                # người năm 2010 cao gấp …")
                out.append(replace(pm, period=UNPLACED_PERIOD))
        return out

    def _year_nearby(self, named: list[Period], line: int, sentence_before: bool) -> int | None:
        """The one calendar year of `named` (the sentence's own periods), else of the sentence before in its
        paragraph (if `sentence_before`), else of the heading's period, else of the title's."""
        year = _single_year(named)
        if year is None and sentence_before and self._current is not None and self._current[0] == line:
            # ("… tăng 12% so với kỳ nghỉ Tết năm trước. Tính chung quý I, …": not the year compared with)
            year = _single_year(self._current_told)
            if year is None and not self._current_told:
                # (with a date line, only its own year: "Kỷ lục … là 1.500 triệu USD trong quý I/2022. Trong
                # quý I, kim ngạch …" of April 2024 is 2024's)
                owned = _single_year(self._current_owned)
                if owned is not None and (self.doc_date is None or owned == self.doc_date.year):
                    year = owned
            if year is None:
                # "… tính đến ngày 30/11/2024, kim ngạch … đạt 59,6 tỷ USD. Ước cả năm có khoảng 1.200 doanh
                # nghiệp thành lập mới" of 10 December 2024: the year a running total was counted in, the
                # date line's (not a meeting's day: "Ngày 5/1/2025, Sở tổng kết …" may look back on the year
                # before; nor a stock at the close of a year before: "tỷ lệ hộ nghèo đến cuối năm 2016 là
                # 18,46%. Sáu tháng đầu năm nay, …" of 2017)
                counted = {
                    p.end.year
                    for p in self._current[1]
                    if p.kind == "as_of"
                    and not p.same_span
                    and self.doc_date is not None
                    and p.end.year == self.doc_date.year
                }
                year = counted.pop() if len(counted) == 1 else None
            if year is None and not self._current[1]:
                # "Năm 2016 tăng trưởng ước đạt 7,35%. GRDP bình quân … 34,3 triệu đồng. Ước cả năm có 15/20
                # chỉ tiêu …": the paragraph's results go on in the year it last named
                year = _single_year(self._reported_in(line))
        if year is None:
            heading = self._heading(line)
            if heading is not None and heading.start.year == heading.end.year:
                year = heading.start.year
        if year is None and self.title_line is not None and line != self.title_line:
            governing = _governing(self._periods_of_line(self.title_line), title=True)
            if governing is not None and governing.start.year == governing.end.year:
                year = governing.start.year
                lead = self._lead_results
                if (
                    lead is not None
                    and lead.start.year != year
                    and (
                        plan_status(lowered(self.line(self.title_line)))
                        # (a year not begun on the date line is a plan's too: "Quyết tâm hoàn thành nhiệm
                        # vụ năm 2022" of 14 December 2021)
                        or (self.doc_date is not None and governing.start > self.doc_date)
                    )
                ):
                    # "Lạng Sơn đặt mục tiêu tăng trưởng cao hơn trong năm 2017" over a lead on the results of
                    # 2016: the title's year is the plan's, the results' year is the lead's
                    year = lead.start.year
        if year is None and self._lead_results is not None:
            # "Năm qua, … . Tổng kim ngạch … cả năm ước đạt 4,65 tỷ USD" in a January article: the year the
            # lead says the text reports on, not the date line's
            year = self._lead_results.start.year
        return year

    def _edition_before(self, periods: list[PeriodMatch], line: int) -> list[PeriodMatch]:
        """ "Sau khi rơi xuống vị trí 62/63 ở lần đánh giá trước": the year before the one the report is on
        -- the one year the sentence names, else its heading's, else its title's; with none, no period."""
        if not any(pm.period.edition_before or pm.period.this_edition for pm in periods):
            return periods
        named = [pm.period for pm in periods if not (pm.period.edition_before or pm.period.this_edition)]
        year = self._year_nearby(named, line, sentence_before=False)
        out = []
        for pm in periods:
            if not (pm.period.edition_before or pm.period.this_edition):
                out.append(pm)
            elif pm.period.this_edition and not self._on_an_index(line):
                # ("Theo báo cáo năm nay của UBND tỉnh, …": a report of the year, no index's edition -- the
                # date line's year, as "năm nay" reads)
                if self.doc_date is not None:
                    out.append(replace(pm, period=year_period(self.doc_date.year)))
            elif year is not None:
                # ("trong báo cáo năm nay": the report's own year, the edition the text names)
                out.append(replace(pm, period=year_period(year - pm.period.edition_before)))
        return out

    def _report_quarter(self, periods: list[PeriodMatch], line: int) -> list[PeriodMatch]:
        """ "trong quý": the one quarter its sentence names before it, else the one the title names ("Họp báo
        quý I/2026"), else the one the sentence before in its paragraph reported on; with none, no period."""
        flagged = [pm for pm in periods if pm.period.report_month and pm.period.kind == "quarter"]
        if not flagged:
            return periods
        at = flagged[0].start
        named = {
            (pm.period.start, pm.period.end): pm.period
            for pm in periods
            if pm.start < at and pm.period.kind == "quarter" and not pm.period.yearless
        }
        if not named:
            titled = [
                (month, year) for (kind, month), year in self._title_parts().items() if kind == "quarter"
            ]
            if len(titled) == 1:
                quarter = quarter_period(titled[0][1], (titled[0][0] + 2) // 3)
                named = {(quarter.start, quarter.end): quarter}
        if not named and self._current is not None and self._current[0] == line:
            named = {(p.start, p.end): p for p in self._current[1] if p.kind == "quarter" and not p.yearless}
        quarter = next(iter(named.values())) if len(named) == 1 else None
        return [
            replace(pm, period=quarter) if pm in flagged else pm
            for pm in periods
            if pm not in flagged or quarter is not None
        ]

    def _report_month(self, periods: list[PeriodMatch], low: str = "", line: int = -1) -> list[PeriodMatch]:
        """ "trong tháng": the one month its sentence names before it ("Tháng 2/2024, tỉnh khai mạc …, đón
        300.000 lượt khách trong tháng"), else the one the title names ("Tình hình kinh tế - xã hội tháng 4
        và 4 tháng đầu năm 2022"), else the month of the date line; with neither, none."""
        if not any(pm.period.report_month and pm.period.kind == "month" for pm in periods):
            return periods
        at = next(pm.start for pm in periods if pm.period.report_month and pm.period.kind == "month")
        own = [pm.period for pm in periods if pm.start < at]
        title = self._periods_of_line(self.title_line) if self.title_line is not None else []
        months = {(p.start, p.end): p for p in title if p.kind == "month"}
        opening = low[: max(0, low.find(","))]
        told = [
            pm.period
            for pm in periods
            if pm.start < at
            and pm.period.kind == "month"
            and _MONTH_OPENS_CLAUSE.search(low, 0, pm.start)
            and not _COMPARED_WITH.search(low, max(0, pm.start - 48), pm.start)
            and not _SAME_SPAN_BEFORE.search(low, max(0, pm.start - 30), pm.start)
        ]
        if len(own) == 1 and own[0].kind in ("month", "dates") and _MONTH_OPENS.match(opening):
            # (a month opening the sentence, or a day of it, its only one: not "Sau đợt mưa lũ tháng 8, trong
            # tháng …")
            month = month_period(own[0].start.year, own[0].start.month)
            months = {(month.start, month.end): month}
        elif not months and len({(p.start, p.end) for p in told}) == 1:
            # "Sang năm mới, tháng 1/2023 kim ngạch … giảm 31,2% so với tháng 1/2022 …; thu ngân sách … trong
            # tháng đạt 318,4 tỷ đồng", "…; đến tháng 6 mới có dấu hiệu hồi phục, số thu trong tháng …": the
            # one month a clause of its sentence opens on, not one compared with
            months = {(told[0].start, told[0].end): told[0]}
        elif (
            not months
            and not own
            and self._current is not None
            and self._current[0] == line
            # (not "tháng này", this month, the report's: "Số liệu chính thức … tháng 6/2026 tăng 11,84% … .
            # Tháng này, chỉ số ước tăng 13,05%")
            and not low.startswith("tháng này", at)
        ):
            # "Tính chung tháng 1/2019, kim ngạch … đạt 386,4 triệu USD … . Ngược lại, thu ngân sách … trong
            # tháng đạt 352,8 tỷ đồng": the one month the sentence before in its paragraph reported on
            before = {(p.start, p.end): p for p in self._current[1] if p.kind == "month" and not p.yearless}
            if len(before) == 1 and len(self._current[1]) == 1:
                months = before
        named = next(iter(months.values())) if len(months) == 1 else None
        out = []
        for pm in periods:
            if pm.period.report_month and named is not None:
                pm = replace(pm, period=replace(named, report_month=True))
            elif pm.period.report_month and has_no_year(pm.period):
                continue
            out.append(pm)
        return out

    def week_told(self, pos: int) -> Period | None:
        """The week "trong tuần" / "cả tuần" before `pos` in the sentence being read points at: the days of a
        week the text named before (five to seven of them: "tuần từ ngày 12/8 đến ngày 18/8/2019", its title's
        "tuần từ 10-16/9/2020"), else None -- a week the text does not date is no span of a figure."""
        week = _THE_WEEK.search(self._low, 0, pos)
        # (not a running total the week brings: "Trong tuần, Cục thu được 71 tỷ đồng, nâng tổng số thu lũy kế
        # lên 2.100 tỷ đồng")
        if week is None or _A_RUNNING_TOTAL_SAID.search(self._low, week.end(), pos):
            return None
        # (nor in a clause of its own after a semicolon: "Trong tuần, … đối thoại với doanh nghiệp; tính từ
        # đầu năm, kim ngạch …" -- but a part of the week's figure, "…; trong đó xuất khẩu …", is the week's)
        semicolon = self._low.rfind(";", week.end(), pos)
        if semicolon >= 0 and not _A_PART_OPENS.match(self._low, semicolon + 1):
            return None
        told = [self._span_of_days] if self._span_of_days is not None else []
        if self.title_line is not None and _A_WEEK_NAMED.search(lowered(self.line(self.title_line))):
            told += [p for p in self._periods_of_line(self.title_line) if p.kind == "dates"]
        weeks = [p for p in told if not p.yearless and 5 <= (p.end - p.start).days + 1 <= 7]
        return weeks[0] if weeks else None

    def _the_term_told_before(self, periods: list[PeriodMatch], line: int, low: str) -> list[PeriodMatch]:
        """ "2025 là năm về đích của nhiệm kỳ 2020 - 2025. Cả nhiệm kỳ, tỉnh đạt và vượt 18/20 chỉ tiêu chủ
        yếu" in January 2026: a term without its years, after a sentence of its paragraph that named the
        term just closed, is that term -- not the one the date line falls in (etl/periods.py reads the same
        within a sentence)."""
        if not any(pm.period.kind == "range" for pm in periods) or "nhiệm kỳ" not in low:
            return periods
        # (a plan is for the term ahead: "… tổng kết nhiệm kỳ 2020 - 2025 … . Trong nhiệm kỳ, tỉnh phấn đấu
        # tăng trưởng … 10%/năm")
        if plan_status(low):
            return periods
        # (read from its words: a term it says a year closes is no period of its own figures, "… là năm về
        # đích của nhiệm kỳ 2020 - 2025", but the term the next sentence speaks of)
        if self._current is None or self._current[0] != line:
            return periods
        terms = {
            range_period(int(m["a"]) + 1, int(m["b"]))
            for m in _A_TERM_WITH_ITS_YEARS.finditer(self._low)
            if int(m["b"]) - int(m["a"]) == 5
        } | {p for p in self._current[1] if p.kind == "range" and p.end.year - p.start.year == 4}
        if len(terms) != 1:
            return periods
        (term,) = terms
        return [
            replace(pm, period=term)
            if pm.period.kind == "range"
            # (the term just closed, at the turn of a term -- not one long past set beside it: "…; nhiệm kỳ
            # 2015 - 2020 chỉ khoảng 6,8%/năm. Ước có 20/23 chỉ tiêu chủ yếu của nhiệm kỳ đạt và vượt")
            and term.start.year == pm.period.start.year - 5
            and self.doc_date is not None
            and term.end.year >= self.doc_date.year - 1
            and _a_term_without_its_years(low, pm.start, pm.end)
            and not DIGIT.search(low, pm.start, pm.end)
            else pm
            for pm in periods
        ]

    def _same_span(self, periods: list[PeriodMatch], line: int, low: str) -> list[PeriodMatch]:
        """ "Cùng kỳ năm 2024" is the span being reported on -- the sentence's other period, the last one
        before it in the paragraph that reported results, the heading's, the title's -- in 2024. With none of
        those it stays the year; "cùng kỳ năm trước" (one year before that span) with none is unplaced."""
        if not any(pm.period.same_span for pm in periods):
            return periods
        yearless = [pm for pm in periods if pm.period.yearless and not pm.period.same_span]
        opening = next(pm for pm in periods if pm.period.same_span)
        # (opening the sentence, a footnote's marker aside -- not "… (cùng kỳ năm 2017 tăng 7,05%); riêng quý
        # III ước tăng 8,12%", where the quarter is the report's)
        opens = not low[: opening.start].strip(" []()0123456789")
        if len(yearless) == 1 and opens and opening.start < yearless[0].start:
            # "Cùng kỳ năm 2023, chỉ số sản xuất công nghiệp 7 tháng tăng 3,86%": the months named after it
            # without a year are the span, in the year "cùng kỳ" names (not "IIP 7 tháng tăng 5,1%, cùng kỳ
            # năm 2023 tăng 3,86%", where the months are this year's and "cùng kỳ" the year before)
            span = yearless[0].period
            if span.start.year == span.end.year:
                shifted = replace(
                    shift_years(span, opening.period.start.year - span.start.year), same_span=True
                )
                return [
                    replace(pm, period=shifted) if pm.period.same_span or pm is yearless[0] else pm
                    for pm in periods
                ]
        current = _single([pm.period for pm in periods])
        # "Quý I/2026 GRDP ước tăng 8,42% … Mục tiêu cả năm 2026 là 10%. Cùng kỳ năm 2025, GRDP tăng 7,24%":
        # the span the results were reported on, not a plan's year between them
        if current is None:
            current = _single(self._reported_in(line))
        if current is None:
            current = self._heading(line)
        if current is None and self.title_line is not None and line != self.title_line:
            current = _governing(self._periods_of_line(self.title_line), title=True)
        if current is None or current.start.year != current.end.year:
            # ("cùng kỳ năm trước" of no span the text reported on: which year's, it does not tell)
            return [replace(pm, period=UNPLACED_PERIOD) if pm.period.year_before else pm for pm in periods]
        return [
            replace(
                pm,
                period=replace(
                    shift_years(
                        current, -1 if pm.period.year_before else pm.period.start.year - current.start.year
                    ),
                    same_span=True,
                ),
            )
            if pm.period.same_span
            else pm
            for pm in periods
        ]

    def period_said_before(self) -> Period | None:
        """The one period the sentence before (in the paragraph) was about, a date included ("Tính đến ngày
        20/12/2020, …"): for the parts a sentence opening on "Trong số đó" gives of what it said."""
        if self._previous is None or self._current is None or self._previous[0] != self._current[0]:
            return None
        # (not the year of a plan it measured a value against: "… bằng 94% chỉ tiêu được giao từ đầu năm")
        periods = [p for p in self._previous[1] if p.kind != "plan" and p not in self._previous_plans]
        return periods[0] if len(periods) == 1 else None

    def day_reported(self, same_paragraph: bool = False) -> date | None:
        """The day the current sentence reports on, for a count that stands at a date: the day it names
        ("Sáng 25/9, Đại hội … có 398 đại biểu"), else the last one named before it ("Đại hội được tổ chức
        từ ngày 24/9 đến ngày 26/9/2025": its first day) -- in its paragraph only if `same_paragraph` --
        else the date line's."""
        line = self._current[0] if self._current else 0
        if self._day is not None and not (same_paragraph and self._day[0] != line):
            # a day named under another heading ("Ngày 12/3/2025, Ban Chấp hành họp …" above "I. ĐẠI HỘI …")
            # is another event's
            heading = next(self._headings_above(line), None)
            if heading is None or self._day[0] > heading:
                return self._day[1].start
        return None if self.doc_date_inferred else self.doc_date

    def _reported_in(self, line: int) -> list[Period]:
        """The periods of the last sentence that reported results, where it stands in paragraph `line`."""
        if self._reported is None or self._reported[0] != line:
            return []
        return self._reported[1]

    def names_around(self, line: int, pattern: re.Pattern) -> bool:
        """Whether the paragraph at `line`, the headings above it or the title name `pattern` (lower-cased):
        what the text is about there (a count's context, "… đạt chuẩn nông thôn mới", said once for its
        paragraph). Asked once per paragraph and pattern, not per sentence: a run-on text is one paragraph of
        many sentences (issue 15)."""
        key = (line, pattern.pattern)
        if key not in self._about:
            about = lowered(self.line(line)) + " | " + self.heading_and_title(line)
            self._about[key] = pattern.search(about) is not None
        return self._about[key]

    @cached_property
    def text_low(self) -> str:
        """The whole text lower-cased (etl.casefold.lowered), once; offsets into it are the text's."""
        return lowered(self.text)

    def first_named_at(self, pattern: re.Pattern) -> int | None:
        """Where the document first names `pattern` (lower-cased), or None: found once per document."""
        if pattern.pattern not in self._first_named:
            m = pattern.search(self.text_low)
            self._first_named[pattern.pattern] = m.start() if m is not None else None
        return self._first_named[pattern.pattern]

    def names_anywhere(self, pattern: re.Pattern) -> bool:
        """Whether the document names `pattern` (lower-cased) anywhere: a fact it tells once for all its
        paragraphs ("Cục hiện quản lý 8 chi cục, trong đó có Chi cục … tỉnh Bắc Giang")."""
        key = (-1, pattern.pattern)
        if key not in self._about:
            self._about[key] = pattern.search(self.text_low) is not None
        return self._about[key]

    def heading_in_the_nation(self, line: int) -> bool:
        """Whether the nearest heading above `line` sets its section in the nation ("CẢ NƯỚC 5 THÁNG"); asked
        per value, answered once per line."""
        if line not in self._in_the_nation:
            nearest = next(self._headings_above(line), None)
            self._in_the_nation[line] = (
                nearest is not None and _NATION_HEADING.match(lowered(self.line(nearest))) is not None
            )
        return self._in_the_nation[line]

    @cached_property
    def link_lines(self) -> frozenset[int]:
        """The lines that are headlines linking to other articles: a line opening on "»", and the short lines
        under a page's "Tin liên quan" / "Tin cùng chuyên mục" up to the next paragraph ("Năm 2025, chỉ số sản
        xuất công nghiệp tăng 9,2%" under "Tin cùng chuyên mục" is the nation's, another article's)."""
        links, under = set(), False
        for i in range(len(self.line_starts)):
            line = self.line(i).strip()
            if not line:
                continue
            if _LINKS_HEADING.fullmatch(lowered(line)):
                under = True
            elif line.startswith("»") or (under and len(line) <= _HEADING_MAX and not line.endswith(".")):
                links.add(i)
            else:
                under = False
        return frozenset(links)

    def heading_province(self, line: int, provinces: re.Pattern) -> str | None:
        """The other province the nearest heading above `line` opens on, as its subject ("Khánh Hòa (tăng 28
        bậc, đứng thứ 16)" over "… đây là năm tỉnh có điểm số cao nhất"): its section is that province's.
        Asked per value, answered once per line."""
        if line not in self._heading_province:
            nearest = next(self._headings_above(line), None)
            said = lowered(self.line(nearest)) if nearest is not None else ""
            named = provinces.match(said, _HEADING_MARK.match(said).end()) if said else None
            # (as its subject -- "Khánh Hòa (tăng 28 bậc …)", "Phú Thọ dẫn đầu vùng" -- not "Hà Nội và các
            # tỉnh đồng bằng là thị trường chính", the province's market)
            if named is not None and not _A_SUBJECTS_HEADING.match(said, named.end()):
                named = None
            # (nor a section that turns to ours: "Phú Thọ dẫn đầu vùng" over "… Lạng Sơn ước tăng 7,12% …")
            end = self.line_starts[line + 1] if line + 1 < len(self.line_starts) else len(self.text)
            ours = named is not None and self._ours_named_from(self.line_starts[nearest]) < end
            self._heading_province[line] = (
                named.group() if named is not None and named.group() != "tỉnh bạn" and not ours else None
            )
        return self._heading_province[line]

    def _ours_named_from(self, pos: int) -> int:
        """Where the text next names the province from `pos` on (its length if it does not): one search per
        heading asked about, however many lines lie under it."""
        if pos not in self._ours_from:
            found = len(self.text)
            for m in _OURS_BY_NAME.finditer(self.text_low, pos):
                # (not ours as what the section's province is set against: "…, gấp gần hai lần Lạng Sơn")
                if not _SET_AGAINST.search(self.text_low, max(pos, m.start() - 24), m.start()):
                    found = m.start()
                    break
            self._ours_from[pos] = found
        return self._ours_from[pos]

    def heading_and_title(self, line: int) -> str:
        """The lower-cased headings above `line` (up to three) and the title: where a plan says it is one."""
        parts, seen = [], 0
        for i in range(line - 1, -1, -1):
            candidate = self.line(i).strip()
            if _may_head(candidate) and not candidate.endswith((".", ";")):
                parts.append(candidate)
                seen += 1
                if seen == 3:
                    break
        if self.title_line is not None:
            parts.append(self.line(self.title_line))
        return lowered(" | ".join(parts))

    def list_lead_in(self, line: int) -> str:
        """The lower-cased line a list's item at `line` hangs from ("Kết quả từng chỉ số nội dung của tỉnh như
        sau:" over "1. Tham gia của người dân ở cấp cơ sở: 5,04 điểm, …"), or "" for a line no list holds."""
        if not _LIST_ITEM.match(self.line(line)):
            return ""
        first = next(self._headings_above(line), None)
        said = self.line(first).strip() if first is not None else ""
        return lowered(said) if said.endswith(":") else ""

    def _headings_above(self, line: int):
        """The headings above `line`, nearest first: short lines without a full stop, past the date line
        under the title (when the page was printed, not a heading), up to the title (not a heading). A list's
        item first has the line its list hangs from ("2. Chỉ tiêu cụ thể đến năm 2025:" over "- PAPI đạt từ
        44,5 điểm trở lên;")."""
        if _LIST_ITEM.match(self.line(line)):
            for i in range(line - 1, self.title_line, -1):
                candidate = self.line(i).strip()
                if not candidate or _LIST_ITEM.match(candidate):
                    continue
                # (a lead-in may be long: "Điều 1. Giao chỉ tiêu kế hoạch … năm 2026 cho …, với các chỉ tiêu
                # chủ yếu của toàn tỉnh như sau:")
                if candidate.endswith(":") and len(candidate) <= _LEAD_IN_MAX and " | " not in candidate:
                    yield i
                    break
                # (past a group's own short heading under the lead-in: "Năm 2026, HĐND tỉnh giao các chỉ tiêu
                # chủ yếu:" over "Về kinh tế" over "- Tốc độ tăng trưởng GRDP: 10% trở lên;")
                if not _A_GROUPS_HEADING.fullmatch(candidate):
                    break
        for i in range(line - 1, -1, -1):
            candidate = self.line(i).strip()
            # (nor a list's item: "- IIP tháng 3/2025: +14,2% so với tháng trước" heads no line under it)
            if (
                not _may_head(candidate)
                or candidate.endswith((".", ";", ":"))
                # (but an interview's question heads its answer: "- Năm 2024 vừa qua, tỉnh đã … thế nào, thưa
                # ông?")
                or (A_DASHED_ITEM.match(candidate) and _AN_ITEMS_VALUE.search(candidate))
                or _A_LABELLED_VALUE.search(candidate)
            ):
                continue
            if i == self.title_line:
                return
            if date_line(candidate) is None and month_line(candidate) is None:
                yield i

    def table_plan(self, line: int) -> str | None:
        """The plan status a table whose header is at `line` takes from above it: its caption's, where a
        caption ending in a colon says ("Kết quả giai đoạn 2021-2025:" none; "Lộ trình từng năm:" the
        heading's), else the heading's."""
        for i in range(line - 1, self.title_line, -1):
            caption = self.line(i).strip()
            if not caption:
                continue
            if caption.endswith(":") and len(caption) <= _LEAD_IN_MAX:
                low = lowered(caption)
                if _RESULTS_OF.search(low) or _AGAINST_PLAN.search(low):
                    return None
                if not _TABLE_OF_INDICATORS.match(low) and (status := plan_status(low)):
                    return status  # (not "Một số chỉ tiêu chủ yếu:", indicators, not targets)
            elif (
                caption.isupper()
                and len(caption) <= _LEAD_IN_MAX
                and _A_PLANS_TABLE.search(lowered(caption))
                # (not a table of what was done against it: "KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU KẾ HOẠCH NĂM
                # 2023")
                and not _RESULTS_OF.search(lowered(caption))
                and not _AGAINST_PLAN.search(lowered(caption))
            ):
                # an appendix's title naming the plan it sets out: "MỘT SỐ CHỈ TIÊU CHỦ YẾU KẾ HOẠCH 5 NĂM
                # 2016 - 2020" (its results' columns say so: "Thực hiện 2015")
                return "target"
            break
        return self.heading_plan(line)

    def heading_plan(self, line: int) -> str | None:
        """ "target" or "forecast" when the nearest heading above `line` names a plan and no results."""
        if line not in self._heading_plans:
            above = self._headings_above(line)
            nearest = next(above, None)
            # (a list's lead-in that names no plan, "1. Tổng thu ngân sách …, gồm:", leaves it to the heading
            # above it, "Điều 2. Dự toán ngân sách năm 2025")
            lead_in = nearest is not None and self.line(nearest).rstrip().endswith(":")
            said = lowered(self.line(nearest)) if lead_in else ""
            if lead_in and (_RESULTS_OF.search(said) or _AGAINST_PLAN.search(said)):
                # ("Kết quả thực hiện các chỉ tiêu chủ yếu năm 2024 như sau:": results, whatever plan met)
                self._heading_plans[line] = None
                return None
            if lead_in and plan_status(said) is None:
                nearest = next(above, None)
            if (
                nearest is not None
                and not lead_in
                and _A_TOPICS_HEADING.fullmatch(self.line(nearest).strip())
                and plan_status(lowered(self.line(nearest))) is None
                and (numbering := _numbering(self.line(nearest))) is not None
            ):
                # ("III. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 - 2030" over "1. Về kinh tế" over "- Năm
                # 2030, GRDP bình quân đầu người đạt …": a topic's numbered heading names no plan or result of
                # its own; its parent, numbered otherwise, says which)
                nearest = next((i for i in above if _numbering(self.line(i)) != numbering), None)
            # (not a question: "Tỉnh có dự báo gì cho cả năm?" asks; the answer's own words say what is
            # forecast)
            asked = nearest is not None and self.line(nearest).rstrip().endswith("?")
            heading = lowered(self.line(nearest)) if nearest is not None and not asked else ""
            # (nor a result against a plan: "Tăng trưởng thấp hơn kịch bản")
            results_against_plan = _AGAINST_PLAN.search(heading) or _TABLE_OF_INDICATORS.match(heading)
            self._heading_plans[line] = (
                None
                if results_against_plan
                # ("III. PHƯƠNG ÁN SẮP XẾP": a proposal's plan)
                else plan_status(heading) or ("target" if _PLAN_OPTION_HEADING.match(heading) else None)
            )
        return self._heading_plans[line]

    def heading_period(self, line: int) -> Period | None:
        """The period the nearest headings above `line` name, if any (what a plan's heading plans)."""
        return self._heading(line)

    def heading_plans_through(self, line: int) -> bool:
        """Whether the nearest heading above `line` that names a period plans up to it ("II. MỤC TIÊU, CHỈ
        TIÊU ĐẾN NĂM 2030"): every year from now to that one is the plan's, not that year alone."""
        for i in self._headings_above(line):
            if self._periods_of_line(i):
                return _THROUGH_THE_YEAR.search(lowered(self.line(i))) is not None
        return False

    def _heading(self, line: int) -> Period | None:
        """The period of the nearest heading above `line`: a short line without a full stop."""
        if line not in self._headings:
            self._headings[line] = self._find_heading(line)
        return self._headings[line]

    def _find_heading(self, line: int) -> Period | None:
        """The nearest heading's period, or a parent's: a heading numbered like the nearest one ("I. KẾT QUẢ
        NĂM 2024" above "II. MỤC TIÊU") is a sibling section, whose period is not this one's."""
        sibling = None
        for n, i in enumerate(self._headings_above(line)):
            numbering = _numbering(self.line(i))
            if n == 0:
                sibling = numbering
            elif numbering is not None and numbering == sibling:
                continue
            found = _governing(self._periods_of_line(i))
            said = lowered(self.line(i))
            if said.rstrip().endswith(":") and (lead := self._lead_in_sentence(said)) is not None:
                # a lead-in of several sentences: its last, which the list hangs from ("Năm 2021 là năm đầu
                # … Kế hoạch 5 năm 2021 - 2025 (…). Các chỉ tiêu chủ yếu năm 2021 gồm:" -- the year's)
                found, said = lead
            if said.rstrip().endswith(":") and (results := _RESULTS_OF.search(said)) is not None:
                # a lead-in on a plan's results: the period after its results word ("Các chỉ tiêu Nghị quyết
                # đề ra đến năm 2025, kết quả đến nay:" -- now, not 2025)
                after = periods_in_lowered(said[results.end() :], self.doc_date, self.doc_date_inferred)
                found = _governing([pm.period for pm in after if not has_no_year(pm.period)])
            if found is not None:
                return found
        return None

    def _lead_in_sentence(self, said: str) -> tuple[Period, str] | None:
        """The last sentence of a lead-in of several, and the period it names, if it names one."""
        cut = said.rfind(". ")
        if cut < 0:
            return None
        last = said[cut + 2 :]
        found = _governing(
            [
                pm.period
                for pm in periods_in_lowered(last, self.doc_date, self.doc_date_inferred)
                if not has_no_year(pm.period)
            ]
        )
        return (found, last) if found is not None else None

    def _period_around(self, line: int) -> Period | None:
        """The period the paragraph last reported on, else its heading's, else the title's."""
        found = _single(self._reported_in(line)) or self._heading(line)
        if found is None and self.title_line is not None and line != self.title_line:
            found = _governing(self._periods_of_line(self.title_line), title=True)
        return found

    def _holidays_days_before(self, tok, periods: list[PeriodMatch]) -> Period | None:
        """The days of a holiday the sentence told before the value, or the days it opens on, where they are
        the only span it names: "Trong 5 ngày nghỉ (từ 30/4 đến 4/5), tỉnh đón khoảng 142.600 lượt khách;
        doanh thu du lịch ước đạt 118,5 tỷ đồng", "Từ ngày 1/1 đến ngày 10/1/2017, kim ngạch … đạt 142 triệu
        USD; số thu đạt 96 tỷ đồng" -- the clauses after ";" go on in those days."""
        comma = self._low.find(",")

        def opens_the_sentence(pm: PeriodMatch) -> bool:
            # (a running span from a month's first day, as a report counts: not an event's days, "Từ ngày 20/3
            # đến ngày 24/3/2024, Hội chợ thương mại … thu hút 30.000 lượt khách; doanh thu …")
            return pm.start <= 12 and comma > 0 and pm.end <= comma and pm.period.start.day == 1

        days = [
            pm
            for pm in periods
            if pm.period.kind == "dates"
            and pm.period.start < pm.period.end
            and not pm.period.yearless
            and pm.end <= tok.start
            and ";" in self._low[pm.end : tok.start]
            and (opens_the_sentence(pm) or _tells_of_a_holiday(self._low[: pm.start]))
        ]
        others = [pm for pm in periods if pm.period.kind not in _NOT_CONTEXT and not pm.period.same_span]
        if len(days) != 1 or others:
            return None
        # (not a clause on a span of its own that the rules give no dates, "…; cả quý ước đón 1,42 triệu
        # lượt khách", nor a day singled out, "…; riêng ngày mùng 1 Tết đón 15.000 lượt khách"; and only the
        # holiday's visitors or takings, not "…; tổng thu ngân sách … ước đạt 6.100 tỷ đồng")
        clause_start = self._low.rfind(";", 0, tok.start)
        if _A_SPAN_OF_ITS_OWN.search(self._low, clause_start, tok.start):
            return None
        if opens_the_sentence(days[0]) or _A_HOLIDAYS_TAKE.search(self._low, clause_start, tok.end + 20):
            return days[0].period
        return None

    def period_for(self, tok, periods: list[PeriodMatch], clause):
        """(period, where it was read) for a value token of the current sentence, or None. `periods` are
        the sentence's own periods (not those it compares with)."""
        plans_years = [
            pm.period for pm in periods if pm.start >= tok.end and self._a_plans_year_after(tok, pm)
        ]
        found = self._period_told(tok, periods, clause)
        if (
            found is not None
            and found[1] not in ("clause", "sentence")
            and (
                _A_YEAR_CUT_SHORT.search(self._low)
                or (
                    self._previous is not None
                    and self._current is not None
                    and self._previous[0] == self._current[0]
                    and _A_YEAR_CUT_SHORT.search(self._previous_low)
                )
            )
        ):
            # "Năm 201, tổng kim ngạch … đạt 5,25 tỷ USD", "Giai đoạn 2011 - 201, … . Cơ cấu kinh tế …: nông
            # lâm nghiệp chiếm 20,30%": a year the text meant to tell and cut short -- no other words date it
            return None
        if plans_years and not (
            found is not None
            and (
                # (a period its own clause or sentence told: "Tính đến ngày 30/6/2018, … có 52 xã …, bằng
                # 59,8% mục tiêu đến năm 2020")
                found[1] in ("clause", "sentence")
                or (plans_years[0].start <= found[0].start and found[0].end <= plans_years[0].end)
            )
        ):
            # "… đạt 11.300 tỷ đồng, bằng 105% dự toán năm 2024": the year of the plan a ratio measures the
            # value against is the value's own where nothing else tells a part of that year
            # (`_a_plans_year_after`)
            found = (plans_years[0], "clause")
        if (
            found is not None
            and found[0].kind in ("month", "quarter")
            and found[1] not in ("clause", "sentence")
            and _FROM_THE_YEARS_START.search(self._low, clause[0], tok.start)
        ):
            # "Khách du lịch … trong tháng ước đạt 241,6 nghìn lượt. Lũy kế từ đầu năm, toàn tỉnh đón 2.986,2
            # nghìn lượt khách": a running total from January to the month (or the quarter) told around it,
            # never that month
            period = found[0]
            return replace(
                months_from_january(period.end.year, period.end.month), inferred=period.inferred
            ), found[1]
        return found

    def _period_told(self, tok, periods: list[PeriodMatch], clause):
        # (not a month added in: "Cộng kết quả tháng 8, từ đầu năm đến hết tháng 8 …")
        periods = [pm for pm in periods if not _ADDED_IN.search(self._low, max(0, pm.start - 24), pm.start)]
        # (nor a year named by its place in a span after the value, one the sentence looks ahead to: "… ước
        # đạt 18.000 tỷ đồng, tạo tiền đề vững chắc cho năm đầu của giai đoạn 2026 - 2030")
        periods = [
            pm
            for pm in periods
            if not (
                pm.start >= tok.end
                and pm.period.kind == "year"
                and _A_YEAR_BY_ITS_PLACE.match(self._low, pm.start)
            )
        ]
        if (described := a_year_described(self._low)) is not None and described.end() <= tok.start:
            # (nor the span of the plan the year is said to close: "Năm 2025 được xác định là năm tăng tốc để
            # về đích các chỉ tiêu của nhiệm kỳ 2020 - 2025, GRDP của tỉnh tăng 8,1%" -- the year's)
            periods = [pm for pm in periods if not described.start("what") <= pm.start < described.end()]
        if _PER_YEAR.match(self._low, tok.end) and "bình quân" in self._low[clause[0] : tok.start]:
            # (an average per year is over years, never the one year named by its place in a span: "Đây là năm
            # đầu thực hiện Kế hoạch … 5 năm 2026 - 2030, với mục tiêu tăng trưởng bình quân từ 10%/năm trở
            # lên" -- the plan's years, read below)
            periods = [
                pm
                for pm in periods
                if not (pm.period.kind == "year" and _A_YEAR_BY_ITS_PLACE.match(self._low, pm.start))
            ]
        told_in_sentence = periods
        # "công bố ngày 2/4 cho thấy … đạt 43,6 điểm": a day written without its year dates a meeting or a
        # release, not what a figure is over (a count on that day is read by day_reported)
        in_clause = [
            pm
            for pm in periods
            if clause[0] <= pm.start < clause[1] and not (pm.period.kind == "dates" and pm.period.yearless)
        ]
        # "tăng từ 44,2 triệu đồng năm 2020 lên 71,1 triệu đồng năm 2025", "mức 4,21% của năm 2023": a period
        # written right after the value is its own, whatever the clause named before it.
        # ("8%/năm của Kế hoạch 5 năm 2021 - 2025": the words between may name whose plan it is)
        # (or one whose words open inside a count's and run past it: "Có 19/22 chỉ tiêu chủ yếu của nhiệm kỳ
        # đạt và vượt", the term's targets)
        adjacent = [
            pm
            for pm in in_clause
            if pm.start in self._owned
            and (
                (
                    0 <= pm.start - tok.end <= 30
                    and not DIGIT.search(
                        _PLAN_YEARS.sub("", _IN_ANOTHER_CURRENCY.sub("", self._low[tok.end : pm.start]))
                    )
                )
                # (past the rank said with a score: "từ 17,33 điểm và hạng 62/63 năm 2023, PGI 2024 …" -- the
                # year of both)
                or (
                    tok.kind == "score"
                    and 0 <= pm.start - tok.end <= 40
                    and _ITS_RANK_BETWEEN.fullmatch(self._low, tok.end, pm.start) is not None
                )
                # (not a count to date: "đến nay toàn tỉnh có 9/21 chỉ tiêu chủ yếu của nhiệm kỳ đã đạt")
                or (
                    tok.start < pm.start < tok.end < pm.end
                    and not _TO_DATE.search(self._low, clause[0], tok.start)
                )
            )
        ]
        if adjacent:
            return adjacent[0].period, "clause"
        if not in_clause and (week := self.week_told(tok.start)) is not None:
            # "Tình hình xuất nhập khẩu … tuần từ 10-16/9/2020" over "Kim ngạch xuất nhập khẩu cả tuần đạt
            # 45,12 triệu USD": the week the text named by its days
            return week, "previous_sentence"
        in_clause = [pm for pm in in_clause if pm.start not in self._owned]
        periods = [pm for pm in periods if pm.start not in self._owned and pm.start not in self._singled]
        # "… so với năm 2020 (năm 2020 tăng 2,23%), thấp hơn mục tiêu … (7%)": a bracket's period stays in it
        # (some time left unnamed is its comma segment's only: "Năm 2023, có thời điểm xe ùn ứ tại cửa khẩu,
        # song kim ngạch vẫn đạt 4,36 tỷ USD" is 2023's)
        in_clause = [
            pm
            for pm in in_clause
            if pm.period is not SOME_TIME
            or (pm.end <= tok.start and (pm.start <= 2 or "," not in self._low[pm.end : tok.start]))
        ]
        before = [pm for pm in in_clause if pm.end <= tok.start and not self._closed_before(pm, tok)]
        if (
            len(before) > 1
            and tok.kind != "count"
            and before[-1].period.kind == "dates"
            and before[-1].period.start == before[-1].period.end
            and "," in self._low[before[-1].end : tok.start]
            and _SINCE_A_DAY.search(self._low, max(0, before[-1].start - 20), before[-1].start)
        ):
            # "Năm 2025, tỉnh … vận hành chính quyền hai cấp từ ngày 01/7/2025 …, song GRDP ước tăng 8,06%":
            # the day something happened, in a segment of its own, is no span a rate or an amount is over --
            # the period named before it is
            before = before[:-1]
        if (
            len(before) > 1
            and before[-2].period.start
            <= before[-1].period.start
            <= before[-1].period.end
            <= before[-2].period.end
            and before[-2].period != before[-1].period
            and "," in self._low[before[-1].end : tok.start]
            and _CONCEDING.match(self._low, self._low.rfind(",", 0, before[-1].start) + 1, before[-1].start)
        ):
            # "Năm 2022, dù nửa đầu năm còn chịu ảnh hưởng của dịch, tỉnh vẫn đón hơn 2,6 triệu lượt khách": a
            # part of the year a concession names is not what the result after it is over -- the year is
            before = before[:-1]
        if tok.status == "target" and (own := _ITS_PLAN_AFTER.match(self._low, tok.end)) is not None:
            # "…, vượt mục tiêu 40.000 tỷ đồng mà Nghị quyết Đại hội XVII đề ra cho cả nhiệm kỳ", "thấp hơn
            # mục tiêu 8%/năm mà Nghị quyết nhiệm kỳ 2020 - 2025 đề ra": the span the plan was set for, told
            # in the clause that says who set it -- not the result's span before it
            # (only a span it is said to be for, "cho (cả) …", or a term or span named: never the year or
            # month it was set in, "mà HĐND tỉnh giao cuối năm 2023", "đề ra năm 2020")
            set_for = [
                pm
                for pm in in_clause
                if own.start() <= pm.start < own.end()
                and (
                    pm.period.kind == "range"
                    or _FOR_A_SPAN.search(self._low, max(0, pm.start - 12), pm.start)
                )
            ]
            if set_for:
                return set_for[0].period, "clause"
        if before and before[-1].period.kind == "year" and _PER_YEAR.match(self._low, tok.end):
            # "Đối với mốc năm 2025, …: GRDP tăng bình quân từ 7,5%/năm trở lên trong giai đoạn 2021 - 2025":
            # an average per year over the span written right after it, not the year its clause opened on
            span = next(
                (pm for pm in in_clause if pm.period.kind == "range" and 0 < pm.start - tok.end <= 40), None
            )
            if span is not None:
                return span.period, "clause"
        if before:
            return before[-1].period, "clause"
        if _purpose_around(self._low, clause[0], tok.start) is not None:
            # "Để đạt mục tiêu tăng trưởng 8%, 6 tháng cuối năm phải tăng khoảng 11,5%": the plan a clause of
            # purpose names is not over the span what it requires is
            closing = self._low.find(", ", tok.end, clause[1])
            # (only when what follows is what the plan requires, "…, quý IV cần đạt …": not "Để đạt mục tiêu
            # tăng trưởng 8%, năm 2024 tỉnh tập trung …", the plan's own year)
            # (a part of one year after it, required or done, is a part of that year's plan: "Để đạt mục tiêu
            # tăng trưởng 8%, 6 tháng cuối năm 2024 phải tăng 11,5%", "…, tháng 12 tỉnh đã tăng 9%": the 8% is
            # the year's)
            year = (
                None
                if closing < 0
                else _year_of_parts([pm.period for pm in in_clause if pm.start >= closing])
            )
            if (
                year is not None
                and not any(pm.start < closing for pm in in_clause)
                # (not an average of every year: "Để đạt mục tiêu tăng trưởng bình quân 8%/năm, …")
                and not self._low.startswith("/năm", tok.end)
            ):
                return year_period(year), "clause"
            if closing >= 0 and _REQUIRES.search(self._low, closing, clause[1]):
                in_clause = [pm for pm in in_clause if pm.start < closing]
                periods = [pm for pm in periods if pm.start < closing]
        after = [pm for pm in in_clause if pm.start >= tok.end]
        # (the segment after the value that opens on a running total, read to the sentence's end: its value
        # may stand after its period)
        # (looked for only where some period stands after the value)
        running = (
            _A_RUNNING_TOTAL_AFTER.search(self._low, tok.end)
            if any(pm.start >= tok.end for pm in told_in_sentence)
            else None
        )
        running_at = running.start() if running is not None else len(self._low)
        # "kim ngạch … ước 280 triệu USD, lũy kế 11 tháng ước 3.430 triệu USD": the running total's months are
        # the next value's, not this one's
        after = [pm for pm in after if pm.start < running_at]
        # (nor is a period a later segment singles out: "… cả giai đoạn ước đạt 21,6 tỷ USD, riêng năm 2019
        # đạt 4,47 tỷ USD" -- the year is the value's after it; a bracket right after the value may be its
        # own, "giảm từ 9,46% (kết quả rà soát đầu năm 2026) xuống …")
        after = [
            pm
            for pm in after
            if pm.start not in self._singled or not _SINGLING_OUT_BETWEEN.search(self._low, tok.end, pm.start)
        ]
        # (nor one a contrast after the value sets apart: "GRDP bình quân đầu người đạt 44,2 triệu đồng, trong
        # khi năm 2015 mới là 30,6 triệu đồng")
        after = [pm for pm in after if not _A_CONTRAST_BETWEEN.search(self._low, tok.end, pm.start)]
        # (nor the year of the plan a ratio after the value measures it against: "… đạt 2.905 tỷ đồng, tương
        # đương 31% chỉ tiêu năm 2026 Bộ Tài chính giao" -- the year's plan, the value's span told elsewhere)
        after = [pm for pm in after if not self._a_plans_year_after(tok, pm)]
        # (nor one in the reason given after it: "… ước đạt 3.082,5 triệu USD, giảm 34,5% so với năm 2021, chủ
        # yếu do ùn ứ hàng hóa tại các cửa khẩu trong quý I" -- when the cause came, not what the value is
        # over)
        after = [pm for pm in after if not _A_REASON_BETWEEN.search(self._low, tok.end, pm.start)]
        # (nor one another value added after it owns: "… 40 dự án với tổng vốn 240 triệu USD, ngoài ra 1,9 tỷ
        # USD vốn đầu tư được kêu gọi đến năm 2025")
        after = [pm for pm in after if not _ANOTHER_VALUE_ADDED.search(self._low, tok.end, pm.start)]
        if after:
            return after[0].period, "clause"
        if (
            tok.status in ("target", "forecast")
            and self._low.startswith("/năm", tok.end)
            and (span := _span_a_year_is_of(self._low, tok.start, _A_PLANS_SPAN)) is not None
        ):
            # "Đây là năm đầu thực hiện Kế hoạch … 5 năm 2026 - 2030, với mục tiêu tăng trưởng bình quân từ
            # 10%/năm trở lên", "Kế hoạch 5 năm 2021 - 2025 đặt mục tiêu tăng trưởng GRDP bình quân từ
            # 8%/năm": a yearly average planned is over the plan's years
            return span, "sentence"
        line = self._current[0] if self._current else 0
        # (the holiday's days pointed at in the value's own clause, not "…; kể cả trong dịp nghỉ lễ" after it)
        if (
            these := _THESE_DAYS.search(self._low, clause[0], clause[1])
        ) is not None and these.start() < tok.end + 30:
            # "… từ ngày 14/2 đến hết ngày 22/2, toàn tỉnh đón khoảng 148.500 lượt khách. Doanh thu từ du lịch
            # trong kỳ nghỉ ước đạt 126 tỷ đồng": the days of the holiday just told (before the year it falls
            # in: "Kỳ nghỉ lễ năm nay kéo dài 5 ngày, từ ngày 27/4 đến hết ngày 1/5. Trong kỳ nghỉ, …"); with
            # none told, the holiday's days are not the text's to give -- not the year's
            # ("Trong 9 ngày nghỉ Tết (từ ngày 15/2 đến hết ngày 23/2/2026), …; kim ngạch trong 9 ngày này đạt
            # …": or told earlier in its own sentence)
            earlier = [
                pm.period
                for pm in told_in_sentence
                if pm.period.kind == "dates"
                and pm.end <= these.start()
                and pm.period.start < pm.period.end
                and not pm.period.yearless
            ]
            if (
                len(earlier) == 1
                and _tells_of_a_holiday(self._low[: these.start()])
                # (as many days as it counts, where it counts them: not "trong 5 ngày này" after 9 days told)
                and (not these["days"] or (earlier[0].end - earlier[0].start).days + 1 == int(these["days"]))
            ):
                return earlier[0], "sentence"
            # ("Từ ngày 29/2 đến ngày 5/3/2016, lễ hội … . … Cũng trong 6 ngày này, …": the days last told, as
            # many as it counts)
            told_days = self._span_of_days
            if (
                these["days"]
                and told_days is not None
                and (told_days.end - told_days.start).days + 1 == int(these["days"])
            ):
                return told_days, "previous_sentence"
            told = (
                self._previous is not None
                and self._previous[0] == line
                and _tells_of_a_holiday(self._previous_low)
            )
            days = (
                [p for p in self._previous[1] if p.kind == "dates" and p.start < p.end and not p.yearless]
                if told
                else []
            )
            # (the holiday's name may be days too, inside the days it took: "Kỳ nghỉ lễ 30/4 - 1/5 năm nay kéo
            # dài 5 ngày (từ ngày 30/4 đến hết ngày 4/5/2025). Trong dịp này, …")
            holders = [d for d in days if all(d.start <= e.start and e.end <= d.end for e in days)]
            if len(holders) == 1:
                return holders[0], "previous_sentence"
            # ("… (từ ngày 30/4 đến hết ngày 4/5/2025), toàn tỉnh đón … . Trong đó, khách quốc tế … . Tổng
            # doanh thu … trong kỳ nghỉ ước đạt 82 tỷ đồng": the holiday its paragraph told, a part between)
            if not these["days"] and self._holiday_told is not None and self._holiday_told[0] == line:
                return self._holiday_told[1], "paragraph"
            return None
        if (
            not periods
            and self._holiday_told is not None
            and self._holiday_told[0] == line
            and self._previous is not None
            and self._previous[0] == line
            and all(p == self._holiday_told[1] for p in self._previous[1])
            and tok.kind in ("money", "count")
            and tok.status not in ("target", "forecast")  # ("Ngành du lịch phấn đấu đón 4 triệu lượt khách")
            and _TOURISM_TAKE.search(self._low, clause[0], tok.end + 20)
            # (not a span its own words count, "Tính cả tháng, khách du lịch … ước đạt 250 nghìn lượt")
            and not _A_WHOLE_SPAN.search(self._low)
        ):
            # "… trong dịp nghỉ Tết (từ ngày 8/2 đến ngày 14/2), lượng khách … ước đạt 75.000 lượt … . Phần
            # lớn là khách nội địa … . Về doanh thu, ngành du lịch ước thu về 62 tỷ đồng": the holiday's
            # takings, the paragraph telling of it and of no other span since
            return self._holiday_told[1], "paragraph"
        if self._opening is not None and not (
            self._opening_by_its_place and _PER_YEAR.match(self._low, tok.end) and "bình quân" in self._low
        ):
            # (not for an average per year, a year named by its place: "Năm đầu của giai đoạn 2021 - 2025 gặp
            # nhiều khó khăn, tăng trưởng GRDP bình quân của tỉnh ước đạt 6,5%/năm")
            return self._opening, "sentence"
        if (days := self._holidays_days_before(tok, told_in_sentence)) is not None:
            return days, "sentence"
        # (a period a later clause names after a semicolon is that clause's: "… ước đạt 6,3%, … xếp thứ 6/14
        # tỉnh …; bình quân giai đoạn 2021 - 2023 ước đạt 5,02%/năm")
        periods = [pm for pm in periods if pm.end <= tok.start or ";" not in self._low[tok.end : pm.start]]
        # (nor one after a running total opening a later segment: "… ước 280 triệu USD, lũy kế 11 tháng …")
        periods = [pm for pm in periods if pm.end <= tok.start or pm.start < running_at]
        # (nor is one in a bracket closed before the value: "(kế hoạch năm 2017 là 4,2 tỷ USD); trong đó xuất
        # khẩu 592,4 triệu USD")
        periods = [pm for pm in periods if pm.end > tok.start or not self._closed_before(pm, tok)]
        # (nor one a "trong khi" clause after it sets apart: "… đạt 2.803,6 tỷ đồng, tăng 41,7% so với cùng
        # kỳ, trong khi dự toán … giao cho cả năm 2026 là 9.200 tỷ đồng")
        periods = [
            pm
            for pm in periods
            if pm.end <= tok.start
            or not (
                _WHILE_BETWEEN.search(self._low, tok.end, pm.start)
                or self._a_plans_year_after(tok, pm)
                or _A_REASON_BETWEEN.search(self._low, tok.end, pm.start)
                or _ANOTHER_VALUE_ADDED.search(self._low, tok.end, pm.start)
            )
        ]
        # (nor the span of an average another clause gives, where the sentence names another period: "… năm
        # 2015 ước đạt 9,61%, bình quân 5 năm 2011 - 2015 ước tăng 8,83%/năm; GRDP bình quân đầu người đạt
        # 35,1 triệu đồng" -- the year)
        not_averaged = [
            pm
            for pm in periods
            if not (
                pm.period.kind == "range"
                and not clause[0] <= pm.start < clause[1]
                and (
                    self._low.startswith("bình quân", pm.start)
                    or _AN_AVERAGES_SPAN.search(self._low, max(0, pm.start - 24), pm.start)
                )
            )
        ]
        periods = not_averaged or periods
        per_year = _PER_YEAR.match(self._low, tok.end) and "bình quân" in self._low[clause[0] : tok.start]
        if per_year:
            # (nor the year another clause names, for an average per year: "GRDP tăng bình quân ước 7,1%/năm;
            # GRDP bình quân đầu người năm 2025 ước 71,1 triệu đồng" -- years the text goes on to name)
            periods = [pm for pm in periods if clause[0] <= pm.start < clause[1] or pm.period.kind != "year"]
        in_sentence = _governing([pm.period for pm in periods])
        if in_sentence is not None:
            return in_sentence, "sentence"
        if self._previous is not None and self._previous[0] == line:
            # (a time the text leaves unnamed, "Có thời điểm, …", is no period the next sentence goes on in)
            said = [p for p in self._previous[1] if p.kind != UNPLACED]
            told_there = [p for p in said if p in self._previous_told]
            # (not one it only compared with: "So với cuối năm 2024, tỷ lệ hộ nghèo giảm 1,04 điểm phần trăm.
            # Tính từ đầu giai đoạn, … xuống còn 2,32%")
            said = told_there or [
                p for p in said if p not in self._previous_compared and p not in self._previous_plans
            ]
            if _OPENS_ON_AN_AVERAGE.match(self._previous_low):
                # ("Bình quân 4 năm 2021 - 2024, GRDP ước tăng 6,78%/năm. Quy mô GRDP … ước đạt 52.406 tỷ
                # đồng": the years an average was taken over, an aside the next sentence does not go on in)
                said = [p for p in said if p.kind != "range"]
            elif _AN_AVERAGE_OVER_YEARS.search(self._previous_low) and any(p.kind != "range" for p in said):
                # ("… năm 2015 ước đạt 9,61%, bình quân 5 năm 2011 - 2015 ước tăng 8,83%/năm; … . Thu ngân
                # sách … ước đạt 6.812 tỷ đồng": the year the sentence before told, not the span of its
                # average)
                said = [p for p in said if p.kind != "range"]
            after_a_plan = False
            if (
                said
                and tok.status not in ("target", "forecast")
                and plan_status(self._previous_low)
                # (a plan set, not plans met: "Năm 2019, …, phần lớn các chỉ tiêu đạt kế hoạch")
                and not _PLANS_MET.search(self._previous_low)
                # (a sentence of results: "ước", "thực hiện", "đã đạt" … and no plan's word)
                and RESULT_WORDS.search(self._low)
                and status_of(self._low) not in ("target", "forecast")
                and (other := self._period_around(line)) is not None
                and other != _single(said)
            ):
                # "Năm 2025, tỉnh phấn đấu tăng trưởng GRDP đạt 10%. Số khách du lịch ước đạt 4,2 triệu lượt"
                # in a report on nine months: the plan's year is no period of the result after it -- the
                # paragraph's, the heading's or the title's is (where none is, the plan's year is the one the
                # text gives: "Năm 2024, tỉnh đặt mục tiêu đón 3 triệu lượt khách. Kết quả, … đã đón …")
                said, after_a_plan = [], True
            found = _single(said)
            if (
                found is None
                and len(said) == 1
                and said[0].kind == "as_of"
                and said[0].end.month < 12
                # (not a plan after a deadline: "Chậm nhất đến ngày 30/9/2025, … . Thu ngân sách phấn đấu …")
                and tok.status not in ("target", "forecast")
            ):
                # "Thu ngân sách … tính đến ngày 25/10/2019 đạt … . Chi ngân sách địa phương ước đạt 7.084,5
                # tỷ đồng": the day the sentence before counted to (a flow's running total to it); not a
                # year's end ("Đến hết năm 2017 có 52 xã …": a stock, after which the text tells the year)
                found = said[0]
            if (
                found is None
                and len(said) == 1
                and said[0].kind == "dates"
                and said[0].start < said[0].end
                and not said[0].yearless
                and _tells_of_a_holiday(self._previous_low)
                # (not "Tính cả tháng, khách du lịch … ước đạt 265,3 nghìn lượt": the whole month it is in)
                and _THE_WHOLE_PART.search(self._low) is None
                # (nor in a sentence that tells days of its own: another holiday's)
                and not any(pm.period.kind == "dates" for pm in told_in_sentence)
            ):
                # "… dịp Tết, từ ngày 29/1 đến ngày 3/2, đón khoảng 60.000 lượt khách. Thu từ du lịch ước 45
                # tỷ đồng": the holiday's days the sentence before told, its only period
                found = said[0]
            if (
                found is None
                and not said
                and self._holiday_told is not None
                and (pointed := _THESE_DAYS.search(self._previous_low)) is not None
                and not pointed["days"]
                # (in the holiday's paragraph, or opening the next: not after another event told between, "Lễ
                # hội … diễn ra từ ngày 22 đến ngày 27 tháng Giêng. Lượng khách dịp này …")
                and (
                    self._holiday_told[0] == line
                    or (
                        self._previous_opened_paragraph()
                        and self._next_paragraph(self._holiday_told[0], line)
                    )
                )
                and _THE_WHOLE_PART.search(self._low) is None
                and not told_in_sentence
            ):
                # "… (từ ngày 14/2 đến hết ngày 22/2), toàn tỉnh ước đón 140.000 lượt khách. ¶ Trong tổng
                # lượng khách dịp này có … . Tổng thu từ du lịch ước đạt 150 tỷ đồng": the holiday the
                # sentence before pointed at, its days told before it
                found = self._holiday_told[1]
            if found is None and not after_a_plan and _holds_all(self._previous_opening, said):
                # "Năm 2023, dù xuất khẩu chậm lại trong quý I, tỉnh đạt 15/18 chỉ tiêu. GRDP ước tăng 6,27%":
                # the period the sentence before opened on, which holds every other it names
                found = self._previous_opening
            if found is not None:
                if (back := self._back_from_a_digression(found, line, tok)) is not None:
                    return back, "paragraph"
                return found, "previous_sentence"
            if not said:
                # "Tại Lạng Sơn, GRDP năm 2021 ước tăng 5,62% … . Quy mô … ; GRDP bình quân … so với năm 2020.
                # Cơ cấu kinh tế …, tỷ trọng … lần lượt là 21,6%; …": the paragraph's results go on in the
                # period it last reported on, past a sentence that named none of its own
                found = _single(self._reported_in(line))
                # (not a span of years: "Bình quân hai năm 2016 - 2017, GRDP tăng 7,62%/năm" is the average's)
                # (nor a year for an average per year)
                if (
                    found is not None
                    and found.kind != "range"
                    and tok.status not in ("target", "forecast")
                    and not (per_year and found.kind == "year")
                ):
                    return found, "paragraph"
                reported = self._reported_in(line)
                if (
                    len(reported) == 1
                    and reported[0].kind == "dates"
                    and reported[0].start < reported[0].end
                    and not reported[0].yearless
                    and _A_PART_OPENS.match(self._previous_low)
                    and _tells_of_a_holiday(self._reported_low)
                    # (a holiday's takings or visitors, as the sentence before the part told: not "Tổng thu
                    # ngân sách … ước đạt 1.100 tỷ đồng", another subject)
                    and _VISITORS.search(self._reported_low)
                    and _VISITORS.search(self._low)
                    and _THE_WHOLE_PART.search(self._low) is None
                    and tok.status not in ("target", "forecast")
                ):
                    # "… dịp Tết (từ ngày 8/2 đến ngày 14/2) ước đón 75.000 lượt khách. Trong đó, khách nội
                    # địa …. Doanh thu từ du lịch ước đạt 62 tỷ đồng": the holiday's days, told before the
                    # sentence on a part of its figure
                    return reported[0], "paragraph"
        if (
            self._previous is not None
            and self._previous[0] == line
            and not self._previous[1]
            and _tells_of_a_holiday(self._previous_low)
            and DAYS_WRITTEN.search(self._previous_low) is not None
            and _THE_WHOLE_PART.search(self._low) is None
            and tok.status not in ("target", "forecast")
        ):
            # "… dịp Tết, từ ngày 29/1 đến ngày 3/2, đón khoảng 60.000 lượt khách. Thu từ du lịch ước 45 tỷ
            # đồng" with no date line to year the days: the holiday's takings, not the year
            # the title names
            return None
        found = self._heading(line)
        if found is not None:
            return found, "heading"
        if self.title_line is not None and line != self.title_line:
            # (a value the sentence says is over the span takes the span: "Tổng thu ngân sách cả giai đoạn ước
            # đạt 52.000 tỷ đồng" under "… năm 2025 và 5 năm 2021 - 2025")
            found = _governing(
                self._periods_of_line(self.title_line),
                title=not _OVER_THE_SPAN.search(self._low, max(clause[0], tok.start - 200), tok.start),
            )
            # (a result is not of a period the title names that has not begun on the document's date: "Hội
            # nghị …: Quyết tâm hoàn thành nhiệm vụ năm 2022" of 14 December 2021 reports on 2021)
            # (a count under a term's title stands on the day reported: etl/extract.py reads that)
            # (nor is the year a title gives a holiday a year of results, in a sentence that is no year's:
            # "… đón 80 nghìn lượt khách dịp Tết Nguyên đán 2025" over "Doanh thu du lịch ước đạt 60 tỷ đồng")
            if found is not None and self._a_holidays_year(found):
                found = None
            if (
                found is not None
                and found.kind != "year"
                and found.start.year == found.end.year
                # (in a report written after that year ended: "Tình hình kinh tế - xã hội 10 tháng năm 2025"
                # of November over "…, tăng 12,5% so với năm 2024" is the ten months', loosely worded)
                and self.doc_date is not None
                and self.doc_date.year > found.start.year
                and (against := _SET_AGAINST_A_WHOLE_YEAR.search(self._low, tok.end, clause[1])) is not None
                and int(against[1]) == found.start.year - 1
            ):
                # "kim ngạch 11 tháng năm 2025 gần 86 tỷ USD" over "thu ngân sách … đạt 18.210,4 tỷ đồng, tăng
                # 85,7% so với năm 2024": set against the whole year before, the value is its own year's --
                # the title's months are another figure's
                found = year_period(found.start.year)
            if (
                found is not None
                and found.kind == "year"
                and tok.status not in ("target", "forecast")
                # (not at the year's end, when its whole is estimated: "Lạng Sơn nỗ lực hoàn thành các chỉ
                # tiêu năm 2024" of 28 December)
                and (self.doc_date is None or self.doc_date.month < A_YEARS_LAST_QUARTER)
                and (pursued := _A_YEAR_PURSUED.search(self._title_low)) is not None
                and int(pursued["y"]) == found.start.year
            ):
                # "Lạng Sơn bứt tốc, quyết tâm hoàn thành kế hoạch tăng trưởng năm 2025" over "tổng chi ngân
                # sách địa phương ước đạt 7.768,5 tỷ đồng": the year the text strives to meet, not the span of
                # its results
                found = None
            if (
                found is not None
                and found.kind == "year"
                and _A_MEETING_MID_YEAR.search(lowered(self.line(self.title_line)))
                and tok.status not in ("target", "forecast")
            ):
                # "HĐND tỉnh … khai mạc kỳ họp thường lệ giữa năm 2025": the year the meeting sits in, which
                # dates the months below ("6 tháng đầu năm"), not a year of results
                found = None
            if (
                found is not None
                and found.kind == "year"
                and tok.status not in ("target", "forecast")
                and self.doc_date is not None
                and found.start.year == self.doc_date.year
                and self.doc_date.month < A_YEARS_LAST_QUARTER
                # (an event may open it: "… giảm 26 xã" by a merger in force from 1 January)
                and not (tok.indicator is not None and tok.indicator.event)
            ):
                # "… tạo đà cho Lạng Sơn bứt phá trong năm 2025" of 25 January 2025 over "Ngành du lịch đón
                # 4,92 triệu lượt khách": a year barely begun has no results yet -- the title names what it
                # looks to; nor has one not yet in its last quarter, whose whole is not yet estimated ("Lạng
                # Sơn bứt tốc, quyết tâm hoàn thành kế hoạch tăng trưởng năm 2025" of 23 June over "tổng chi
                # ngân sách địa phương ước đạt 7.768,5 tỷ đồng", the half-year's)
                found = None
            if (
                found is not None
                and found.kind == "range"
                and self.doc_date is None
                and tok.status not in ("target", "forecast")
                and _A_TERM_OPENED.search(self._title_low)
            ):
                # "Ông … được bầu lại làm Bí thư Tỉnh ủy Lạng Sơn nhiệm kỳ 2025-2030" with no date line
                # over "Cộng 5 năm, thu ngân sách … ước đạt 48.187 tỷ đồng": the term a congress opens, not
                # yet begun -- whose results, the text's date would tell
                found = None
            if found is not None and (
                tok.status in ("target", "forecast")
                or (tok.kind == "count" and found.kind == "range")
                or self.doc_date is None
                or found.start <= self.doc_date
            ):
                return found, "title"
        if (
            tok.status not in ("target", "forecast")
            # (an index's edition is no year of results: "Quý I/2017, …" above "PCI … xếp thứ 60")
            and tok.kind not in ("rank", "score")
            and not tok.index
            and (found := self._frame_above(line)) is not None
        ):
            return found, "paragraph_before"
        if (
            tok.status not in ("target", "forecast")
            and (found := self._lead_results) is not None
            # (a running total the lead opens on goes on only until another period is told: "… từ đầu năm đến
            # nay." then "tính đến ngày 20/8/2018, tổng số thu … . Cùng thời gian, kim ngạch …")
            and not (found.kind == "to_date" and self._told_line not in (-1, self.lead_line))
            and not self._before_the_leads_period(found)
        ):
            return found, "lead"
        if (
            tok.kind in ("rank", "score")
            and tok.status not in ("target", "forecast")
            # (not where the sentence singles out an edition of its own: "Ở lần công bố đầu tiên (PGI 2022),
            # tỉnh xếp thứ 3")
            and not self._singled
            and (found := self._lead_edition) is not None
        ):
            # "Ngày 6.5, VCCI tổ chức Lễ công bố … PCI 2024." above "… gồm Phú Thọ (xếp thứ 8), Lạng Sơn
            # (16)": the one edition of an index the lead announces
            return found, "lead"
        return None

    def _frame_the_text(self, line: int, low: str, opening: list[PeriodMatch]) -> None:
        """Keep the frame (see _frame_above) up to date with the sentence just read: the lead or a paragraph
        opening on a period starts one; a paragraph telling another period without opening on it (a running
        total to a day included: "… lũy kế từ đầu năm đến ngày 15/10/2025, …" under "10 tháng năm 2025, …"),
        or a plan, ends it."""
        told = [p for p in self._current_told if p.kind != UNPLACED]
        if not told:
            return
        self._told_line = line
        # (the clause that tells the period: not "…; nhiều kiến nghị … được đặt ra" after it)
        if plan_status(low[: low.find(";")] if ";" in low else low):
            self._frame = None
        elif self._frame is not None and self._frame[0] == line:
            self._frame[1].extend(told)
        elif line == self.lead_line or (
            (self._previous is None or self._previous[0] != line)
            and (
                any(_OPENS_ON_IT.fullmatch(low, 0, p.start) for p in opening)
                # (or announces the year whose results follow, no figure of its own: "Báo cáo trình kỳ họp nêu
                # rõ, …, kinh tế - xã hội Lạng Sơn năm 2025 tiếp tục chuyển biến tích cực trên nhiều mặt.")
                or (
                    len({_span(p) for p in told}) == 1
                    and told[0].kind == "year"
                    and _ANNOUNCES_A_YEAR.search(low) is not None
                    and not DIGIT.search(_ANNOUNCES_A_YEAR.sub("", low))
                )
                # (or a report's summing up of a span: "UBND tỉnh vừa tổng hợp tình hình phát triển doanh
                # nghiệp và thu hút đầu tư trong 6 tháng đầu năm 2025.", the paragraphs after on those months)
                or (
                    len({_span(p) for p in told}) == 1
                    and _SUMS_UP_A_SPAN.search(low) is not None
                    and not DIGIT.search(_A_PERIODS_DIGITS.sub("", low))
                )
            )
        ):
            self._frame = (line, told)
            if line == self.lead_line:
                self._lead_told = told
        elif self._frame is not None and {_span(p) for p in told} <= {_span(p) for p in self._frame[1]}:
            # ("2 tháng đầu năm 2026, xuất nhập khẩu … tăng mạnh" over "… trong 2 tháng đầu năm đạt …": the
            # frame's own period told again -- the frame goes on)
            return
        elif (
            self._frame is None
            and self._lead_told
            and (self._previous is None or self._previous[0] != line)
            and {_span(p) for p in told} <= {_span(p) for p in self._lead_told}
        ):
            # the lead's period told again by a paragraph after a plan ended the frame ("Đầu năm, … mục
            # tiêu GRDP năm 2025 tăng 8%." then "Nhờ vậy, GRDP 6 tháng đầu năm 2025 ước tính tăng 8,34%" under
            # a lead on the half-year): the lead's frame goes on from there
            self._frame = (line, told)
        else:
            self._frame = None

    def _previous_opened_paragraph(self) -> bool:
        """Whether the sentence read before the current one opened its paragraph."""
        return self._before_previous is None or (
            self._previous is not None and self._before_previous[0] != self._previous[0]
        )

    def _next_paragraph(self, above: int, line: int) -> bool:
        """Whether the paragraph at `line` comes right after the one at `above`: only blank lines, captions
        and short lines between."""
        return above < line and all(
            len(said := self.line(i).strip()) < _PARAGRAPH_MIN or _is_caption(said)
            for i in range(above + 1, line)
        )

    def _frame_above(self, line: int) -> Period | None:
        """ "Năm 2025, kinh tế - xã hội của tỉnh đạt nhiều kết quả tích cực." over a paragraph "Thu ngân
        sách nhà nước đạt 18.063,8 tỷ đồng, …" under a title naming no period: results a paragraph gives with
        no period of its own go on in the one period that frames the text there, the lead's or that of a
        paragraph opening on it, as a reader carries an article's frame -- not where the framing paragraph
        told several ("Năm 2019, GRDP ước tăng 7,08% … . Theo số liệu chính thức, GRDP năm 2018 tăng 7,21%":
        which goes on is not said), and only past at most three paragraphs (the lead's) or none (another's),
        with no numbered heading or heading of its own period between. Not a span of years ("Giai đoạn 2021 -
        2025, GRDP tăng bình quân 7,1%/năm" over "GRDP bình quân đầu người đạt 71,1 triệu đồng": the term's
        last year, which it does not say), nor a day or a stock's date (a running total to 30/11 is no frame
        for the year's other results)."""
        # (a paragraph that told a period of its own, a day or a stock's date included, is not framed: "… tính
        # đến ngày 20/11/2024, … đạt 51,35 tỷ USD; trong đó xuất khẩu 20,42 tỷ USD" under "Những ngày cuối
        # tháng 11, …")
        if self._frame is None or not self._frame[0] < line or self._told_line == line:
            return None
        # (a frame that told a day or a stock's date as well -- "Tính đến ngày 25/10/2018, …; riêng quý III,
        # …" -- frames no one span)
        told = self._frame[1]
        found = _single(told) if all(p.kind in _FRAMES for p in told) else None
        # (a holiday's days are not the year's: "Tết Dương lịch 2019 …" over "Doanh thu du lịch ước đạt 21,5
        # tỷ đồng")
        if (
            found is None
            or found.kind not in _FRAMES
            or _HOLIDAY.search(self._low + " " + self._title_low)
            # (nor where the sentence names a span back from now it does not date: "Năm năm qua, tổng thu …")
            or _SPAN_BACK.search(self._low)
        ):
            return None
        # (the paragraph right above, past captions; the lead's frame reaches a few paragraphs further)
        reach = _LEAD_REACH if self._frame[0] == self.lead_line else 0
        if line - self._frame[0] > _FRAME_LINES:
            return None
        paragraphs = 0
        for i in range(self._frame[0] + 1, line):
            said = self.line(i).strip()
            if _is_caption(said):
                continue
            if _may_head(said) and not said.endswith((".", ";", ":")):
                if _numbering(said) is not None or self._periods_of_line(i):
                    return None
            elif len(said) >= _PARAGRAPH_MIN:
                paragraphs += 1
                if paragraphs > reach:
                    return None
        return found

    def _furniture(self, line: int) -> bool:
        """Whether line `line` is a photo's caption or frame (asked once per line, not per sentence)."""
        if line not in self._furniture_lines:
            self._furniture_lines[line] = _page_furniture(self.line(line))
        return self._furniture_lines[line]

    @cached_property
    def lead_line(self) -> int | None:
        """The line of the lead paragraph (see etl.subjects.lead_paragraph)."""
        lead = lead_paragraph(self.text)
        if not lead or self.title_line is None:
            return None
        last = min(self.title_line + 6, len(self.line_starts))
        return next((i for i in range(self.title_line + 1, last) if self.line(i) == lead), None)

    def _a_holidays_year(self, found: Period) -> bool:
        """Whether `found`, the year the title gives, is the year of a holiday the title names ("Tết Nguyên
        đán 2024"), the sentence naming no year of results of its own ("năm 2024", "cả năm")."""
        holiday = _HOLIDAY_OF_A_YEAR.search(self._title_low)
        return (
            found.kind == "year"
            and holiday is not None
            and int(holiday["year"]) == found.start.year
            and not _YEAR_OF_RESULTS_NAMED.search(self._low)
        )

    @cached_property
    def _title_low(self) -> str:
        return lowered(self.line(self.title_line)) if self.title_line is not None else ""

    def _back_from_a_digression(self, found: Period, line: int, tok) -> Period | None:
        """ "GRDP năm 2018 ước tăng 8,02%. Năm 2017, kinh tế tỉnh tăng 7,36%. Quy mô GRDP ước đạt 33.900 tỷ
        đồng": an estimate after a sentence that stated an earlier year's result (no "ước" in it) is of the
        year the paragraph reported on before that aside, not of the closed year the aside named."""
        if tok.status != "estimate" or found.kind != "year" or _ESTIMATED.search(self._previous_low):
            return None
        earlier = self._before_previous
        if earlier is None or earlier[0] != line:
            return None
        back = _single([p for p in earlier[1] if p.kind != UNPLACED])
        if back is None or back.kind != "year" or back.start <= found.start:
            return None
        return back

    def _closed_before(self, pm: PeriodMatch, tok) -> bool:
        """Whether `pm` is inside a bracket that closes before `tok`, with more in it than the period (a
        bracket of nothing but a date restates the words before it: "trước khi sắp xếp (30/6/2025)")."""
        low = self._low
        opened = bracket_around(low, pm.start)
        if opened is None or ")" not in low[pm.end : tok.start]:
            return False
        if (
            not low[opened + 1 : pm.start].strip()
            and pm.period.kind == "dates"
            and _DAYS_RESTATED.match(low, pm.end)
        ):
            # "Trong 7 ngày nghỉ Tết (từ ngày 08/02 đến ngày 14/02/2024, tức từ 29 tháng Chạp đến mùng 5 tháng
            # Giêng), …": the days, then the same days in the lunar calendar
            return False
        if THE_COUNTS_DATE_IN_BRACKETS.match(low, opened) and THE_COUNT_AFTER.match(
            low, low.find(")", pm.end) + 1
        ):
            # "(kết quả rà soát cuối năm 2021), toàn tỉnh có … hộ nghèo, chiếm 12,2%": when the count after it
            # was taken
            return False
        return bool(low[opened + 1 : pm.start].strip() or not low[pm.end :].lstrip().startswith(")"))

    @cached_property
    def _lead(self) -> tuple[str, list[PeriodMatch]]:
        """The lead paragraph, lower-cased, and the periods it names: read once for what asks about it."""
        low = lowered(lead_paragraph(self.text))
        periods = periods_in_lowered(low, self.doc_date, self.doc_date_inferred)
        # "… tình hình thực hiện kế hoạch … 6 tháng đầu năm; nhiệm vụ, giải pháp … 6 tháng cuối năm 2025": the
        # parts written without a year are the one year the lead names (as a line's are, _periods_of_line)
        # (not a year compared with: "Trong quý I, … ước đạt 8,56%, cao hơn đáng kể mức tăng của quý I/2025")
        year = _single_year(
            [
                pm.period
                for pm in periods
                if not pm.period.yearless
                # (a part of a year beside it, not a year the lead names for something else: "… khó khăn của
                # năm 2024", "định hướng phát triển đến năm 2030")
                and pm.period.kind in ("half_year", "quarter", "month", "months")
                and not _COMPARED_WITH.search(low, max(0, pm.start - 48), pm.start)
            ]
        )
        if year is None:
            return low, periods
        return low, [
            replace(pm, period=replace(shift_years(pm.period, year - pm.period.end.year), yearless=False))
            if pm.period.yearless
            else pm
            for pm in periods
        ]

    @cached_property
    def _lead_edition(self) -> Period | None:
        """The one edition of an index the lead paragraph names ("… công bố Báo cáo chỉ số … – PCI 2024")."""
        low, periods = self._lead
        editions = {
            pm.period
            for pm in periods
            if pm.period.kind == "year"
            and not has_no_year(pm.period)
            # (or its name's abbreviation in brackets before it: "… cấp tỉnh (PCI) năm 2022")
            and _AN_INDEX_NAMED.search(low.replace(")", " "), max(0, pm.start - 24), pm.start)
        }
        return editions.pop() if len(editions) == 1 else None

    def _before_the_leads_period(self, found: Period) -> bool:
        """Whether the sentence being read stands in the lead paragraph before the lead first names `found`:
        "Giai đoạn 2011 - 2015, … . Cơ cấu kinh tế …: nông lâm nghiệp chiếm 20,30%, … . Năm 2018, thu nhập …"
        -- a year told further on dates none of the sentences before it."""
        if self._current is None or self._current[0] != self.lead_line:
            return False
        at = next((pm.start for pm in self._lead[1] if pm.period == found), None)
        return at is not None and self._s_start - self.line_starts[self.lead_line] < at

    @cached_property
    def _lead_results(self) -> Period | None:
        """The one period the lead paragraph says the text reports results of ("thông tin về tình hình kinh
        tế - xã hội năm 2016 và phương hướng, nhiệm vụ năm 2017": 2016), for a result no nearer words date."""
        low, periods = self._lead
        # (whether the lead gives a figure of the province's own, a number beside the periods it names)
        valued = _NAMES_THE_PROVINCE.search(low) is not None and any(
            c.isdigit() for c in _blanked(low, [(pm.start, pm.end) for pm in periods])
        )
        results = {
            pm.period
            for pm in periods
            if not has_no_year(pm.period)  # (nor "Cùng thời điểm, …": a placeholder, no year)
            and (
                pm.period.kind == "year"
                # ("thông tin về tình hình kinh tế - xã hội 9 tháng và nhiệm vụ …": the first nine months)
                or (pm.period.kind in ("months", "half_year", "quarter") and not has_no_year(pm.period))
                # (or the running total to the date line: "từ đầu năm đến nay", below)
                or (pm.period.kind == "to_date" and pm.period.end == self.doc_date)
            )
            and (
                _RESULTS_OF.search(low, max(0, pm.start - 50), pm.start)
                # "(Chinhphu.vn) - Năm qua, dù …, kinh tế Lạng Sơn vẫn tăng trưởng khá": a lead opening on a
                # year tells of that year, unless it goes on to plan it
                # (or a part of one, opening the lead: "9 tháng năm 2025, bên cạnh đà phục hồi của sản xuất
                # công nghiệp, …")
                or (
                    (pm.period.kind == "year" or pm.start <= 2)
                    # (what opens right before it -- or after a lead-in the lead opens on, no number in it:
                    # "Vượt qua không ít khó khăn, năm 2024 Lạng Sơn đã gặt hái nhiều kết quả …")
                    and (
                        _OPENS_HERE.search(low, max(0, pm.start - 8), pm.start)
                        or _A_LEAD_IN.fullmatch(low, 0, pm.start) is not None
                        # (or this year, its results estimated: "Số thu ngân sách trên địa bàn Lạng Sơn năm
                        # nay ước gần 8.000 tỷ đồng, …")
                        or (low.startswith("năm nay", pm.start) and _ESTIMATED_AFTER.match(low, pm.end))
                    )
                    and not _PLANNED_AFTER.search(low, pm.end, pm.end + 60)
                )
                # "Lạng Sơn - Tổng thu ngân sách nhà nước trên địa bàn tỉnh năm 2024 ước đạt 9.786,4 tỉ
                # đồng.": a lead whose own figure is a result of the year it names
                or (
                    pm.period.kind == "year"
                    and valued
                    and _A_RESULT_RIGHT_AFTER.match(low, pm.end)
                    and not _PLANNED_AFTER.search(low, 0, pm.end + 60)
                )
                # "Lạng Sơn thu hút 5.600 doanh nghiệp … sau 6 tháng đầu năm": the part of the year the lead
                # tells a result over (not a plan for it: "… phấn đấu trong 6 tháng cuối năm"; nor the time of
                # a circumstance, "… gặp nhiều khó khăn trong quý III", above a running total to mid-October)
                or (
                    valued
                    and pm.period.kind != "year"
                    and _OVER_PART_OF_A_YEAR.search(low, max(0, pm.start - 8), pm.start)
                    and not _PLANNED_AFTER.search(low, 0, pm.start)
                )
                # "Ngày 1/11, …, ông … cho hay, từ đầu năm đến nay, hoạt động xuất nhập khẩu … luôn nhộn
                # nhịp": the running total to the date line a lead opens its account on (its clause's opening)
                or (
                    pm.period.kind == "to_date"
                    and self.doc_date is not None
                    and pm.period.end == self.doc_date
                    and _A_CLAUSE_OPENS_HERE.search(low, max(0, pm.start - 4), pm.start) is not None
                    and not _PLANNED_AFTER.search(low, 0, pm.end + 60)
                )
            )
            and not _plans_of(low, pm.start)
            and not _MOVING_ON_TO.search(low, max(0, pm.start - 16), pm.start)
        }
        return results.pop() if len(results) == 1 else None
