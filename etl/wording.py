"""What the words around a value say about it: its status (result, estimate, target…), its bound as written,
its price basis and its sign. Pure functions of the lower-cased sentence (etl.casefold.lowered).

The statistics office and the press word these in a few fixed ways: "ước tính", "sơ bộ", "phấn đấu",
"kế hoạch", "dự toán", "dự báo"; "khoảng", "hơn", "gần", "trở lên"; "giá hiện hành", "giá so sánh 2010";
"giảm", "âm". A rule here reads one of them; the extractor decides where each applies.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.casefold import compile_lowered
from etl.literals import may_match, quick

# An infographic's arrows, a rise's and a fall's (defined once: etl/values.py and etl/periods.py use them too;
# etl/catalog.yaml's GRDP growth topics spell the same set)
RISE_ARROWS, FALL_ARROWS = "↑▲⬆↗△", "↓▼⬇↘▽"
ARROW, RISE_ARROW, FALL_ARROW = f"[{RISE_ARROWS}{FALL_ARROWS}]", f"[{RISE_ARROWS}]", f"[{FALL_ARROWS}]"
# What a comparison is made against is said with one of these words ("so với", "so sánh với", "so cùng kỳ")
SO_VOI = r"so (?:sánh )?với"
AGAINST = rf"{SO_VOI}|so cùng kỳ"

# Status words: the nearest governs, but a plan's word before an estimate's makes a plan (status_of).
_STATUS_WORDS: list[tuple[str, re.Pattern]] = [
    (
        "target",
        compile_lowered(
            # (not "năm thứ ba thực hiện kế hoạch 5 năm": implementing a plan is its results)
            # (nor "chương trình mục tiêu quốc gia", a programme's name; nor "Kế hoạch 5 năm có 18/20 chỉ
            # tiêu … đạt và vượt", the plan as the subject of its results)
            # (not "trong 21 chỉ tiêu chủ yếu, có 17 chỉ tiêu …": the indicators counted, not a plan)
            # (nor "Trả lời câu hỏi về mục tiêu thu hút đầu tư, …": the plan as what is asked about)
            # (nor "Tuy vậy, nhiều chỉ tiêu vẫn đạt khá: thu ngân sách … đạt …": the targets as what was met)
            # (nor "đạt kết quả vượt mục tiêu: …", a result past its plan -- but "vượt mục tiêu 7% do Nghị
            # quyết đề ra": the plan's own amount, right after its name)
            r"\bphấn đấu\b|(?<!chương trình )(?<!về )(?<!vượt )\bmục tiêu\b(?! quốc gia)"
            r"|(?<=vượt )mục tiêu\b(?=[^,;:.]{0,30}$)"
            # (nor "chỉ tiêu này", the indicator a figure was just given for)
            r"|(?<!\d )(?<!nhiều )(?<!hầu hết )\bchỉ tiêu\b(?! (?:này|đó|trên)\b)"
            r"|(?<!so với )(?<!% )(?<!thực hiện )(?<!triển khai )(?<!năm đầu )(?<!năm đầu của )"
            # (nor the plan as the text that speaks: "Kế hoạch đánh giá, năm 2022 kinh tế của tỉnh … tăng
            # 7,2%")
            # (nor a plan named by its number, the document that reckons: "Kế hoạch số 152/KH-UBND … ước …")
            r"\bkế hoạch\b(?! đề ra| và đầu tư| số \d)(?!(?: \d+ năm| năm \d{4}| \d{4}\s*-\s*\d{4})? có \d)"
            r"(?! (?:đánh giá|nhận định|nêu rõ|chỉ rõ|chỉ ra|cho biết|cho thấy)\b)|"
            # (not "cơ cấu kinh tế chuyển dịch đúng định hướng", "… dịch chuyển theo định hướng": having moved
            # the right way is a result)
            r"\bdự toán\b|\bkịch bản\b|(?<!đúng )(?<!dịch theo )(?<!chuyển theo )\bđịnh hướng\b"
            r"|\bđặt ra\b|\bđề ra\b|\bđược giao\b|"
            # "KH", a table's or an infographic's label for "kế hoạch", before its value: "(KH: 8%)", "KH năm:
            # 8.090 tỷ đồng", "(KH ↑ 8%)" -- not "KH số 125/KH-UBND", "Sở KH&ĐT", "khách hàng (KH)"
            rf"(?<!so với )(?<!% )\bKH(?=(?: (?:cả )?năm)?(?: \d{{4}})?\s*:"
            rf"|(?: (?:cả )?năm)?\s*{ARROW}|\s*\d)|"
            # "giao" assigns a plan ("Trung ương giao"), unlike the words it begins or ends: "giao ban" (a
            # briefing), "giao dịch", "giao thương", "bàn giao", "ngoại giao" …
            r"(?<!bàn )(?<!chuyển )(?<!ngoại )(?<!tiếp )\bgiao\b"
            r"(?! ban| dịch| thông| thương| lưu| nhận| hàng| thừa| tiếp| kết| hữu| thoa| đất| rừng| khoán)|"
            r"\bnghị quyết đề ra\b|\bcần đạt\b|\bphải đạt\b|\bphấn đấu đạt\b"
            # "Nghị quyết Đại hội xác định, giai đoạn 2025 - 2030, …": what a resolution sets is a plan
            # ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI (nhiệm kỳ 2015 - 2020) xác định …": its name
            # written out)
            # (not a review of carrying it out: "Báo cáo đánh giá giữa kỳ thực hiện Nghị quyết Đại hội … xác
            # định tăng trưởng … đạt 6,1%/năm")
            r"|(?<!thực hiện )(?<!triển khai )(?<!đánh giá )(?<!kết quả )(?<!nghị quyết )"
            r"\b(?:nghị quyết|đại hội)(?: \S+){0,8}?(?: \([^()]{1,40}\))? (?:xác định|đặt mục tiêu)\b"
            # (or the province, for a year it names first: "Cho năm 2026, tỉnh xác định tốc độ tăng trưởng
            # kinh tế 10 - 11%; …; tổng thu ngân sách 9.850 tỷ đồng" -- not a finding, "Qua rà soát …, tỉnh
            # xác định tỷ lệ hộ nghèo còn 3,36%", nor "các giải pháp tỉnh xác định từ đầu năm")
            r"|\b(?:cho|trong|đối với) năm \d{4},? (?:tỉnh|ubnd tỉnh|hđnd tỉnh|lạng sơn)(?: đã| cũng)?"
            r" xác định\b"
            r"(?! (?:là|rõ|được)\b)"
            # "Lộ trình thực hiện một số chỉ tiêu chủ yếu:": a roadmap's figures are its plan (not "thực hiện
            # lộ trình cắt giảm thủ tục …", "lộ trình tăng lương", a roadmap of something else)
            r"|\blộ trình (?:thực hiện |đạt |từng năm|các năm)?"
            r"(?:(?:các |một số )?(?:chỉ tiêu|mục tiêu))?(?=\s*:)"
            r"|\blộ trình (?:thực hiện )?(?:các |một số )?(?:chỉ tiêu|mục tiêu)\b"
            # "HĐND tỉnh quyết nghị mức cao hơn, 5.710 tỷ đồng": what a council resolves is a plan (not a
            # resolution's heading "QUYẾT NGHỊ:", over its assessment of the year past too)
            r"|\b(?:hđnd|hội đồng nhân dân)(?: tỉnh| huyện| thành phố)?(?: đã| cũng| vừa)?"
            r" quyết nghị\b(?!\s*:)(?! thông qua (?:các )?báo cáo)"
            # a plan adjusted by the council or committee that sets it ("HĐND tỉnh điều chỉnh tốc độ tăng
            # trưởng … từ 8% trở lên thành 10%") -- not a figure revised ("… được Cục Thống kê điều chỉnh lên
            # 9,25%")
            r"|(?<=: từ )[\d.,]+\s*\S*(?: \S+){0,3}? điều chỉnh (?:tăng |giảm )?(?:thành|lên|xuống)"
            r"(?: mức)?\s*$"
            r"|\b(?:hđnd|hội đồng nhân dân|ubnd|ủy ban nhân dân)(?: tỉnh)?"
            r"(?: (?:đã|vừa|đề xuất|thống nhất|quyết định|thông qua))* điều chỉnh\b"
        ),
    ),
    # a clause of purpose opening on what is to be reached, the value within it ("Để đạt mức tăng trưởng 4%,
    # …"; not what follows its comma) -- a rule of its own: its common words would otherwise send every
    # segment through all the plan's words (etl/literals.py)
    (
        "target",
        compile_lowered(
            r"(?:để(?:(?<=^để)|(?<=[,;:.]\sđể))|nhằm(?:(?<=^nhằm)|(?<=[,;:.]\snhằm)))"
            r" (?:đạt|hoàn thành)\b(?=[^,;:]*$)"
        ),
    ),
    # (not "tăng chậm hơn dự kiến", "so với dự kiến": a result measured against what was expected)
    (
        "forecast",
        compile_lowered(
            r"(?<!hơn )(?<!so với )(?<!như )\bdự báo\b|(?<!hơn )(?<!so với )(?<!như )\bdự kiến\b"
            r"|\bkhả năng\b|\bcó thể đạt\b"
            # "cả năm có thể vượt 5,2 tỷ USD": what may be, said right before the value (not "lo ngại kim
            # ngạch có thể giảm, nhưng 9 tháng … vẫn đạt …")
            r"|\bcó thể (?:vượt|tăng|giảm|lên|chạm|đón|thu)"
            r"(?=(?:\s+(?:mức|khoảng|trên|hơn|gần|tới|đến|xấp xỉ|mạnh|sâu|nhẹ|xuống|còn|chỉ)|,)*\s*$)"
            # "năm 2025 thu ngân sách sẽ đạt khoảng 12.000 tỷ đồng": what will be
            r"|\bsẽ (?:đạt|tăng|giảm|vượt|có|là|lên)\b"
        ),
    ),
    ("preliminary", compile_lowered(r"\bsơ bộ\b")),
    # "(số công bố hồi cuối tháng 6 là 0,47%)": the figure first published, beside the one that replaced it
    (
        "estimate",
        compile_lowered(
            r"\bước\b|\(\s*(?:số|con số|số liệu)(?: ước tính)?(?: đã)? (?:công bố|báo cáo)"
            r" (?:hồi|trước đó|lần đầu|ban đầu)\b"
        ),
    ),
    # "số liệu chính thức", not "398 đại biểu chính thức" (a kind of delegate), "phiên chính thức" or "mở đầu
    # cho Đại hội chính thức" (a sitting, the congress proper), nor an event begun in earnest ("Đại hội …
    # chính thức khai mạc", "… chính thức đi vào hoạt động")
    (
        "official",
        compile_lowered(
            r"(?<!đại biểu )(?<!phiên )(?<!thành viên )(?<!đại hội )(?<!kỳ họp )(?<!hội nghị )\bchính thức\b"
            r"(?! (?:khai mạc|bế mạc|khai trương|ra mắt|đi vào|vận hành|khởi công|có hiệu lực|bước vào"
            r"|thành lập|hoạt động|làm việc|diễn ra|mở cửa|thông quan"
            # (nor a change made in earnest: "Từ ngày 1/12, tỉnh chính thức giảm 26 đơn vị hành chính cấp xã")
            r"|giảm|cắt giảm|sáp nhập|hợp nhất|sắp xếp|giải thể|kết thúc)\b)"
        ),
    ),
]
# "đạt 105% kế hoạch", "bằng 80,2% dự toán": a ratio to a plan, not a figure of the indicator.
# "bằng 85,7% chỉ tiêu Bộ Tài chính giao (5.500 tỷ đồng)": the plan's amount in brackets after its name
# (not a plan for a part of the year: "mục tiêu phấn đấu đến hết tháng 10 (4.800 tỷ đồng)")
PLAN_IN_BRACKETS = compile_lowered(
    # ("và 57,7% mức phấn đấu của tỉnh (15.500 tỷ đồng)")
    r"\b(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|mức phấn đấu)\b"
    # ("bằng 101,2% dự toán Hội đồng nhân dân tỉnh đã điều chỉnh tại kỳ họp giữa năm (8.100 tỷ đồng)")
    # (not a part named after a result: "vượt dự toán, trong đó số thu từ hoạt động xuất nhập khẩu (3.500 …)")
    r"(?:(?!tháng|quý|tuần|ngày|đến hết|trong đó|chiếm)[^()]){0,60}\(\s*$"
)


# "(dự toán Trung ương giao 7.600 tỷ đồng, HĐND tỉnh giao 8.500 tỷ đồng)", "(dự toán năm 8.400 tỷ đồng,
# trong đó thu nội địa 3.000 tỷ đồng)": a later item of a bracket that opens on a plan, another body's plan or
# a part of it
_ANOTHER_PLAN_IN_THE_BRACKET = compile_lowered(
    # (an item that is no result: not "(dự toán năm 8.000 tỷ đồng, cùng kỳ năm 2023 đạt 5.900 tỷ đồng)", nor
    # one after a semicolon: "(dự toán 8.000 tỷ đồng; thu nội địa đạt 3.600 tỷ đồng, …)")
    r"\(\s*(?:kế hoạch|dự toán|chỉ tiêu)\b[^();]{0,80}?\d[^();]{0,30}?,\s*"
    r"(?:(?!\b(?:đạt|thực hiện|cùng kỳ|ước|tăng|giảm|thu được)\b)[^(),;]){0,40}$"
)


def plan_in_brackets_before(low: str, pos: int) -> bool:
    """Whether the value at `pos` opens a bracket right after a plan's name (PLAN_IN_BRACKETS, read over the
    name and the 60 characters it allows before the bracket), or is another plan listed in that bracket."""
    return (
        PLAN_IN_BRACKETS.search(low, max(0, pos - 90), pos) is not None
        or _ANOTHER_PLAN_IN_THE_BRACKET.search(low, max(0, pos - 170), pos) is not None
    )


# ("bằng 80% kế hoạch tháng 10 (4.000 tỷ đồng)", "mục tiêu phấn đấu đến hết tháng 10 (4.800 tỷ đồng)")
PLAN_FOR_A_PART_IN_BRACKETS = compile_lowered(
    r"\b(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)\b[^()]{0,40}?\b(?:tháng|quý|tuần|đến hết)\b[^()]{0,20}\(\s*$"
)


AGAINST_PLAN = compile_lowered(
    r"^\s*(?:so với |của )?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết|kịch bản)"
)
# the plan named before a ratio to it ("vượt kế hoạch với tỷ lệ đạt 125,8%", "so với dự toán Trung ương giao
# đạt 70,1%")
PLAN_BEFORE_A_RATIO = compile_lowered(
    # (its words may name its year: "so với dự toán Trung ương giao năm 2024 đạt 70,1%")
    r"\b(?:so với|vượt|đạt|bằng)\s+(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)"
    r"(?:\s+(?:[^\s,;.\d()]+|(?:19|20)\d\d)){0,6}?"
    r"\s+(?:(?:với )?tỷ lệ\s+)?(?:đạt|bằng|là)\s+(?:khoảng\s+|gần\s+|hơn\s+)?$"
    # (or the gap right after the plan: "đạt 4.100 triệu USD, vượt kế hoạch 24,6%, tăng 20,5% so với năm
    # trước")
    r"|\bvượt (?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)(?: (?:năm|tỉnh|được giao|đề ra))?"
    r"\s+(?:khoảng\s+|gần\s+|hơn\s+)?$"
)
_BOUND_BEFORE = compile_lowered(
    r"\b(?P<q>khoảng|xấp xỉ|chừng|trên dưới|hơn|trên|gần|dưới|tối đa|tối thiểu|ít nhất|(?<!và )vượt"
    r"|tiến sát)\s+$"
)
_BOUND_OF_WORD = {
    "khoảng": "approx",
    "xấp xỉ": "approx",
    "chừng": "approx",
    "trên dưới": "approx",
    "hơn": "over",
    "vượt": "over",  # "dự kiến thu ngân sách vượt 12.000 tỷ đồng" (a gap "vượt 300 tỷ đồng" is no figure)
    "trên": "over",
    "gần": "under",
    "tiến sát": "under",  # "9 tháng tiến sát 67 tỷ USD": closing on it
    "dưới": "under",
    "tối đa": "at_most",
    "tối thiểu": "at_least",
    "ít nhất": "at_least",
}
_AT_LEAST_AFTER = compile_lowered(r"^\s*(?:trở lên|trở lại)\b")
_PRICE_BASIS = [
    ("constant_2010", compile_lowered(r"\bgiá so sánh(?: năm)?(?: 2010)?\b")),
    ("current", compile_lowered(r"\bgiá hiện hành\b|\bgiá thực tế\b")),
]
# An infographic's marks of a change, written right before its value instead of a verb: "GRDP quý I: ↑ 7,1%",
# "(▼ 5,2%)", "+6,3%", "-1,5%". A sign counts only glued to the number and not after a word, a digit or a
# bracket's end: "- GRDP …" (a space after it) is a list's dash, "2021-2025" or "5-7%" a span.
RISE_MARK = rf"(?:{RISE_ARROW}\s?|(?<![\w.,%)/])\+)"
FALL_MARK = rf"(?:{FALL_ARROW}\s?|(?<![\w.,%)/])[-−–])"
CHANGE_MARK = rf"(?:{RISE_MARK}|{FALL_MARK})"
_NEGATIVE_BEFORE = compile_lowered(
    rf"(?:(?:\bâm|\bgiảm|\bsụt giảm|\bgiảm sút)\s+(?:khoảng |gần |hơn )?|{FALL_MARK})$"
)


# "đạt 8,75% theo chỉ tiêu Chính phủ giao", "… 10.350 tỷ đồng là mục tiêu": a target named after the value.
# (not a result equal to its plan: "nhập khẩu đạt 1,95 tỷ USD, bằng kế hoạch, tăng 12,7%")
_TARGET_AFTER = compile_lowered(
    r"^\s*,?\s*(?:theo|là|như) (?:chỉ tiêu|kế hoạch|mục tiêu|kịch bản|nghị quyết|dự toán)(?! và đầu tư)"
)
# "- Tốc độ tăng trưởng GRDP: từ 8% trở lên điều chỉnh thành 10%", "b) Thu từ hoạt động xuất nhập khẩu: từ
# 6.700 tỷ đồng điều chỉnh thành 5.200 tỷ đồng": in a resolution's list, the level a target is adjusted from
# (not a figure revised in a sentence: "tỷ lệ hộ nghèo cuối năm 2021 từ 5,9% điều chỉnh thành 13,9%" under a
# new standard)
_A_LISTS_ITEM = compile_lowered(r"\s*(?:[-+•*–]\s|[a-zđ]\)\s|\(?\d{1,2}[.)]\s)[^:]{1,80}:\s*từ\b")
_ADJUSTED_AFTER = compile_lowered(r"\s*(?:trở lên\s+)?điều chỉnh (?:tăng |giảm )?(?:thành|lên|xuống)\b")
# Words that make a clause report results, so a plan named earlier in its sentence or heading does not
# reach it ("…; kết quả thực hiện đạt 6,5%").
RESULT_WORDS = compile_lowered(
    # (not the results a plan aims at: "Mục tiêu đối với kết quả đánh giá năm 2026")
    # (nor an index's edition a plan aims at: "Mục tiêu cụ thể (kết quả năm 2026, công bố trong năm 2027):")
    r"(?<!mục tiêu )(?<!đối với )(?<!hướng tới )\bkết quả\b(?! năm \d{4}, công bố)"
    # ("quý IV phải thực hiện được khoảng 4.150 tỷ đồng": what a plan requires, no result)
    # (nor the year that opens a plan's or a resolution's implementation: "Năm 2026, năm đầu thực hiện Nghị
    # quyết Đại hội …, tỉnh phấn đấu …")
    r"|(?<!phải )(?<!cần )(?<!lộ trình )(?<!năm đầu )(?<!năm thứ hai )(?<!năm tiếp tục )\bthực hiện\b"
    r"|\b(?:phải|cần) thực hiện\b(?!(?: được)?(?: (?:khoảng|ít nhất|tối thiểu))? ?(?:\d|$))"
    r"|\bthực tế\b|\bđã đạt\b|\bđạt được\b|\bđã thu\b|\bthu được\b"
    r"|\bước\b|\bsơ bộ\b"
    r"|\btình hình\b|"
    r"(?<!kết quả )\bđánh giá\b|\bnhìn lại\b|\bđạt và vượt\b|\bhoàn thành\b|(?<!phấn đấu )\bvượt\b"
    # results measured against a plan ("Tăng trưởng chưa đạt kịch bản", "không đạt kế hoạch")
    r"|\bchưa đạt\b|\bkhông đạt\b"
    # a record is set by results ("Nhiều chỉ tiêu cao nhất từ trước đến nay": indicators, not targets)
    r"|\bcao nhất\b|\bthấp nhất\b|\bkỷ lục\b|\btừ trước (?:đến|tới) nay\b"
)


def status_after(low: str, end: int) -> str | None:
    """A target named right after the value ("đạt 8,75% theo chỉ tiêu giao"); an estimate or forecast of a
    count whose verb follows its noun ("17/21 chỉ tiêu ước đạt", "… dự kiến hoàn thành")."""
    if _TARGET_AFTER.match(low[end : end + 40]) or (
        _A_LISTS_ITEM.match(low) and _ADJUSTED_AFTER.match(low, end)
    ):
        return "target"
    if m := _COUNT_VERB_STATUS.match(low, end):
        return "estimate" if m["w"] == "ước" else "forecast"
    if _ESTIMATE_MARK_AFTER.match(low, end):
        return "estimate"  # "xuống còn 6,02% cuối năm 2020 (ước)": the estimate mark after its date
    if _REPORTED_EARLIER_AFTER.match(low, end):
        # "… tăng 6,12%, cao hơn mức 6,04% đã báo cáo tại kỳ họp thứ 31 HĐND tỉnh": the estimate a session was
        # given, restated beside its revision
        return "estimate"
    return None


def status_of_whose_value(low: str, end: int) -> str | None:
    """The status a relative clause right after a value gives it, naming who set or reckoned it: "thấp hơn mức
    8% mà Nghị quyết HĐND tỉnh đề ra" (a target), "… 2,95 triệu đồng mà Cục Thống kê ước tính hồi tháng 6" (an
    earlier estimate), "… 11.000 tỷ đồng mà Sở Tài chính dự kiến" (a forecast). The clause governs even when
    the words before the value tell a result: it is the value the result is measured against."""
    m = _WHOSE_VALUE.match(low, end)
    if m is None:
        return None
    return _STATUS_OF_WHOSE_VERB.get(m["w"], "target")


# (only a body or a plan that sets or reckons figures, its verb closing the clause: not "… 9.000 tỷ đồng do
# tỉnh triển khai quyết liệt các giải pháp đã đề ra", a cause; nor "mà phần lớn là hàng nông sản giao dịch",
# "mà dự toán Trung ương giao chỉ có 7.500 tỷ đồng", "mà vẫn bảo đảm các nhiệm vụ … đặt ra")
_WHOSE_VALUE = compile_lowered(
    r",?\s*(?:mà(?= (?:nghị quyết|kế hoạch|kịch bản|đại hội|tỉnh|hđnd|ubnd|ủy ban|hội đồng|cục|sở|bộ|tổng cục"
    r"|chính phủ|trung ương|quốc hội|ban|ngành)\b)|do(?= (?:cục|sở|bộ|tổng cục|ubnd|hđnd|ủy ban|chính phủ"
    r"|nghị quyết|quốc hội)\b))"
    r" (?:(?!đạt|thực hiện|thu được|có|vẫn|chỉ)[^,;.\d()]){1,60}?"
    r"\b(?:đã |từng |được |vừa )?(?P<w>đề ra|đặt ra|giao|ước tính|ước|dự báo|dự kiến|kỳ vọng)"
    r"(?=\s*(?:[,;.)]|$)|\s+(?:hồi|từ|tại|trong|cho|vào|năm|đầu|cuối|trước|trình|ban hành|nhưng|song|và)\b)"
)
_STATUS_OF_WHOSE_VERB = {
    "ước tính": "estimate",
    "ước": "estimate",
    "dự báo": "forecast",
    "dự kiến": "forecast",
    "kỳ vọng": "forecast",
}


_REPORTED_EARLIER_AFTER = re.compile(
    r"\s*(?:đã |từng |được )?(?:báo cáo|công bố|đưa ra)(?: trước đó)?\s+(?:tại|trước|ở)\s+"
    r"(?:kỳ họp|hội nghị|phiên)\b"
)
_ESTIMATE_MARK_AFTER = re.compile(
    r"(?: (?:cuối|hết|đến cuối|đến hết) năm(?: \d{4})?| năm \d{4}| \d{4})?"
    # ("xuống còn 4,9% (cuối năm 2025, ước)": the date and the mark in one bracket)
    r" \((?:(?:cuối |hết |đến cuối |đến hết )?năm \d{4},\s*)?(?:ước|ước tính|ước thực hiện|ước đạt)\)"
)


_COUNT_VERB_STATUS = re.compile(
    r"(?: kế hoạch)?(?: chủ yếu| kinh tế - xã hội)?(?: của (?:tỉnh|năm(?: \d{4})?))?"
    r" (?P<w>ước|dự kiến) (?:đạt|hoàn thành|vượt)"
)


# (asked of the same heading, lead and sentence opening for each value under them: read once each)
@lru_cache(maxsize=4096)
def plan_status(segment: str) -> str | None:
    """The plan a sentence's opening or a heading states, if it speaks of no results."""
    status = status_of(segment)
    if status in ("target", "forecast") and not RESULT_WORDS.search(segment):
        return status
    return None


def status_of(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The status the words of text[start:end] (the text that leads to a value) give it, or None.

    The word nearest the value governs it, as a reader takes it ("Trên cơ sở … dự báo tình hình các tháng
    cuối năm, tốc độ tăng trưởng năm 2018 ước đạt 8,2%" is an estimate), but an estimate a plan's word leads
    to is the plan's ("phấn đấu … ước đạt 11.000 tỷ đồng").

    Bounds rather than a slice let the test of each rule's words ask about the whole sentence once, for
    all its values (etl/literals.py); the rule itself reads only the slice, as before."""
    segment = _without_plans_in_passing(text, start, end)
    nearest, at, planned, said = None, -1, False, ""
    # (a plan named before a colon is what the estimates after it are the basis of: "… ước thực hiện năm 2025
    # làm căn cứ giao kế hoạch: tốc độ tăng trưởng GRDP năm 2025 ước đạt 8,06%")
    colon = segment.rfind(": ")
    plan_end = -1  # where the last plan word after the colon ends
    for status, pattern in _STATUS_WORDS:
        if may_match(pattern, text, start, end):
            for m in quick(pattern).finditer(segment):
                if status == "target" and m.start() > colon:
                    planned, plan_end = True, max(plan_end, m.end())
                if m.start() > at:
                    nearest, at, said = status, m.start(), m.group()
    # (a plan named before a colon, a result told after it: "Đây là mục tiêu không nhỏ nếu so với điểm xuất
    # phát: năm 2023, GRDP bình quân đầu người của tỉnh mới đạt 59,8 triệu đồng" -- the baseline, a result)
    if nearest == "target" and 0 <= at < colon and _RESULT_TOLD.search(segment, colon):
        return None
    # (nor one named in a clause before a result told: "… giao dự toán thu 9.500 tỷ đồng; đến hết tháng 6,
    # tổng thu mới đạt 4.200 tỷ đồng", "Theo dự kiến, cả năm … đón 4,5 triệu lượt khách; riêng 9 tháng đã đón
    # 3,4 triệu lượt")
    told = _A_RESULT_TOLD_APART.search(segment, at) if nearest in ("target", "forecast") else None
    if told is not None and not _PLAN_WORD_AFTER.search(segment, told.end()):
        return None
    # "phấn đấu … ước đạt": an estimate a plan aims at is the plan's (but "mục tiêu 8% …; kịch bản điều chỉnh,
    # dự kiến … 3,5%" is the forecast the nearer words give; nor a plan of one year before another year's
    # estimate: "Báo cáo kết quả năm 2022; mục tiêu, nhiệm vụ kế hoạch năm 2023 … cho thấy, năm 2022 …")
    if nearest == "estimate" and planned and not _another_year_after_the_plans(segment, plan_end, at):
        return "target"
    # (and what a plan says will be is the plan: "Theo kế hoạch, đến hết năm 2015, toàn tỉnh sẽ có 13 xã …")
    # (not what another planned thing will bring: "Theo kế hoạch, cao tốc … sẽ thông xe vào năm 2026, khi đó
    # kim ngạch … sẽ đạt khoảng 80 tỷ USD" is a forecast)
    if (
        nearest == "forecast"
        and said.startswith("sẽ")
        and planned
        and not _ANOTHER_THING_WILL.search(segment, plan_end, at)
    ):
        return "target"
    return nearest


_ANOTHER_THING_WILL = re.compile(r";|\bsẽ\b|\b(?:khi|lúc|nhờ|từ) đó\b")


# (not one compared with: "Theo kế hoạch năm 2025, so với (ước thực hiện) năm 2024, … ước đạt")
_A_YEAR = re.compile(r"(?<!cùng kỳ )\bnăm ((?:19|20)\d\d)\b")
# (its words may stand between: "… kế hoạch … năm 2020 và mục tiêu, nhiệm vụ năm 2021 …, GRDP năm 2020 ước đạt
# …")
_THE_PLANS_YEAR = re.compile(
    r"[\s,]*(?:(?:và )?(?:nhiệm vụ|giải pháp|chỉ tiêu)[\s,]*){0,3}năm ((?:19|20)\d\d)\b"
)


def _another_year_after_the_plans(segment: str, plan_end: int, at: int) -> bool:
    """Whether segment[plan_end:at] names a year other than the one the plan word just before it names
    ("kế hoạch năm 2021 …, năm 2020 … ước đạt"): the estimate is of that year, not the plan's."""
    plan_year = _THE_PLANS_YEAR.match(segment, plan_end) if plan_end >= 0 else None
    # (nor past a heading joined to the text it is over: "mục tiêu, nhiệm vụ năm 2020 | năm 2019, …")
    if plan_year is None or not 0 <= plan_end < at or "|" in segment[plan_end:at]:
        return False
    return any(
        m[1] != plan_year[1] and "so với" not in segment[max(0, m.start() - 28) : m.start()]
        for m in _A_YEAR.finditer(segment, plan_year.end(), at)
    )


def result_told(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] tells a result ("…; đến nay đã thu", ", kết quả thu đạt"): a plan's status
    before it does not reach the value after it; nor does it reach what a speaker then tells as done or
    reached by a day (`result_a_speaker_tells`)."""
    return _RESULT_TOLD.search(low, start, end) is not None or result_a_speaker_tells(low, start, end)


def result_a_speaker_tells(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] has a speaker tell, as done or reached by a day, what leads to the value at
    `end` ("Trả lời câu hỏi về khả năng đạt mục tiêu 5 tỷ USD, Giám đốc Sở cho biết tới ngày 10/12/2024, kim
    ngạch … đạt"): the plan asked about before the speaker is no status of it (but "…, ông cho biết tỉnh phấn
    đấu …" tells a plan)."""
    if "cho biết" not in low and "thông tin" not in low and "khẳng định" not in low:
        return False
    return any(
        _a_result_told_after(low, m.end(), end) and not _PLAN_WORD_AFTER.search(low, m.end(), end)
        for m in _TOLD.finditer(low, start, end)
    )


def _a_result_told_after(low: str, start: int, end: int) -> bool:
    """Whether what a speaker tells from `start` is done or reached by a day ("… cho biết tới ngày 10/12/2024,
    kim ngạch … đạt", "… cho biết tăng trưởng 9 tháng ước đạt 5,46%")."""
    return bool(_DONE.search(low, start, end) or _REACHED_BY_A_DAY.search(low, start, end))


def result_verb_told(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] tells a result by its verb ("…: năm 2024, toàn tỉnh mới đạt", "…; riêng 9
    tháng đã đón"), not as the condition a plan sets ("quý II phải tăng 8,9% thì 6 tháng mới đạt 8%")."""
    m = _A_RESULT_VERB.search(low, start, end)
    return m is not None and not _THEN.search(low, start, m.start())


# a result's verb (not "sẽ mới đạt", nor "thì mới đạt", what a condition would bring)
_RESULT_VERB_WORDS = (
    r"\b(?:đã (?:thu|đạt|thực hiện|đón)|thu được|(?<!sẽ )(?<!thì )mới (?:chỉ )?(?:đạt|thu|đón))\b"
)
_A_RESULT_VERB = compile_lowered(_RESULT_VERB_WORDS)
_THEN = compile_lowered(r"\bthì\b")


_RESULT_TOLD = compile_lowered(
    # ("năm 2023, GRDP bình quân đầu người của tỉnh mới đạt 59,8 triệu đồng": only reached so far)
    r"\b(?:đã (?:thu|đạt|thực hiện|đón)|thu được|kết quả(?: thu| thực hiện)?(?: đạt| được)?|thực hiện được"
    r"|(?<!sẽ )mới (?:chỉ )?đạt)\b"
)


# a result told in a clause of its own after a plan's words: a clause break, then a result's verb
_A_RESULT_TOLD_APART = compile_lowered(
    # (not after a colon, which tells what the plan or forecast is: "Dự báo cho năm 2025 chưa mấy lạc quan: cả
    # năm mới đạt khoảng 4 triệu lượt khách")
    r"(?:;|,\s*(?:trong khi|còn|nhưng|song|riêng)\b|\btrong khi\b)[^;:]*?" + _RESULT_VERB_WORDS
)
_PLAN_WORD_AFTER = compile_lowered(r"\b(?:phấn đấu|kế hoạch|mục tiêu|chỉ tiêu|dự toán|dự kiến|dự báo|sẽ)\b")


def _without_plans_in_passing(text: str, start: int, end: int | None) -> str:
    """text[start:end] with each ratio of a result to a plan blanked out ("đạt 2.500 tỷ đồng, vượt 3,5% dự
    toán Trung ương giao, trong đó …": the ratio says the value before it is a result; its plan words give
    nothing their status), and each closed clause of purpose ("Để đạt mục tiêu năm 2024, tháng trước tỉnh đã
    thu …": what the work is for, not what the value is). The segment may open right after the ratio's per
    cent, so the text just before it is read too; a ratio a plan requires ("phải bằng 110% dự toán") is no
    result and stays."""
    lead = max(0, start - 40) if start > 0 and text.startswith("%", start - 1) else start
    window = text[lead:end]
    if not any(word in window for word in _PLAN_WORDS):
        return text[start:end]  # (no plan named: nothing to blank, and no regex pass over the segment)
    # (read a little past the segment's end: a plan's own amount right after it says it is no ratio, "vượt dự
    # toán 8.000 tỷ đồng mà …")
    ahead = text[lead : (len(text) if end is None else end) + 16]
    blanked = _RESULTS_RATIO.sub(
        lambda m: " " * len(m.group()) if m.end() <= len(window) else m.group(), ahead
    )[: len(window)]
    blanked = _PURPOSE.sub(
        lambda m: " " * len(m.group()) if _DONE.search(blanked, m.end()) else m.group(), blanked
    )
    # (and an opening that says what the year is for, the plan named in passing: "Là năm \"tăng tốc, bứt phá\"
    # để về đích các chỉ tiêu nhiệm kỳ 2020 - 2025, năm 2025 cơ cấu kinh tế … chiếm 20,3%")
    if lead == 0:
        blanked = _A_YEAR_DESCRIBED.sub(lambda m: " " * len(m.group()), blanked)
    # (and a year's place in a plan's span, said of it: "Đến năm 2020, năm cuối của kỳ kế hoạch, cơ cấu kinh
    # tế … chiếm 23,25%" -- the year, not a plan for it)
    blanked = _A_YEARS_PLACE_IN_A_PLAN.sub(lambda m: " " * len(m.group()), blanked)
    # (and the indicators a review looks at: "Các chỉ tiêu kinh tế chủ yếu trong tám tháng năm 2019 cho thấy
    # nhiều điểm tích cực: kim ngạch … khoảng 3.180 triệu USD" -- results, not targets)
    blanked = _INDICATORS_REVIEWED.sub(lambda m: " " * len(m.group()), blanked)
    if "cho biết" in blanked or "thông tin" in blanked or "khẳng định" in blanked:
        # "Trả lời về khả năng hoàn thành mục tiêu tăng trưởng, lãnh đạo Sở cho biết tăng trưởng 9 tháng ước
        # đạt 5,46%": what was asked about is no status of what is told, where what is told is a result
        # (a running total to a day reached, "tính đến ngày 15/12/2023 đạt 7.412 tỷ đồng", is told as done
        # too)
        told = [m for m in _TOLD.finditer(blanked) if _a_result_told_after(blanked, m.end(), len(blanked))]
        if told:
            blanked = " " * told[-1].end() + blanked[told[-1].end() :]
    return blanked[start - lead :]


def result_after_purpose(low: str, start: int, end: int) -> bool:
    """Whether a clause of purpose closed before `end` and a result is told within low[start:end] after it
    ("Để đạt mục tiêu tăng trưởng 4%, tháng 12 tỉnh đã tăng 5%": the plan's status does not reach the 5%)."""
    if "để" not in low and "nhằm" not in low and "muốn" not in low:
        return False
    return any(_DONE.search(low, max(m.end(), start), end) for m in _PURPOSE.finditer(low, 0, end))


_PLAN_WORDS = ("kế hoạch", "dự toán", "chỉ tiêu", "mục tiêu", "kịch bản", "kỳ vọng")
# A clause of purpose closed before the value: "Để đạt mục tiêu năm 2024, …", "Nhằm hoàn thành kế hoạch thu
# ngân sách, …" (the value inside it is the plan's own: "Để đạt mục tiêu tăng trưởng 8%, …" reads to 8% with
# no comma between; what the plan requires after it, "… phải tăng 11,5%", is read by the extractor)
# … and only before a result ("…, tháng trước tỉnh đã thu …", "…, quý IV ước đạt …"): what follows a clause of
# purpose otherwise is the plan's ("Để thực hiện thắng lợi kế hoạch năm 2025, tỉnh tập trung thu hút …")
# The verbs after "đã" that decide or direct a plan, not tell a result ("…, tỉnh đã xác định quý IV tăng
# trưởng 10,5%", "tỉnh đã đề ra nhiều giải pháp")
DECIDED = (
    r"(?:xác định|đề ra|đặt ra|giao|quyết định|thống nhất|phê duyệt|ban hành|yêu cầu|chỉ đạo|đề xuất"
    r"|kiến nghị|định hướng|xây dựng (?:kịch bản|kế hoạch|lộ trình|phương án))"
)
# (… unless how it was done says it was done: "tỉnh đã chỉ đạo quyết liệt, 6 tháng đầu năm thu … đạt …"; not
# "Tỉnh ủy đã quyết định, quý III tăng trưởng 7,8%", "đã chỉ đạo ngành thuế, thu … 6 tháng cuối năm đạt …")
_DONE = compile_lowered(
    rf"\bđã\b(?! {DECIDED}\b(?![^,;]*\b(?:quyết liệt|sát sao|kịp thời|mạnh mẽ|đồng bộ|tích cực|chặt chẽ)\b))"
    r"|\bđạt được\b|\bthu được\b|\bước\b"
)
# (not what is sure or expected to be reached by a day: "tính đến ngày 31/12/2024 chắc chắn đạt …")
_REACHED_BY_A_DAY = compile_lowered(
    r"\b(?:tính )?(?:đến|tới) (?:hết )?ngày \d{1,2}/\d{1,2}(?:/\d{4})?,?"
    r"(?:(?!\b(?:chắc chắn|sẽ|có thể|dự kiến|ước|phấn đấu)\b)[^,;]){0,70}\bđạt\b"
)
# the verbs that tell what was found, after the words of what was asked or spoken of
_TOLD = compile_lowered(r"\b(?:cho biết|thông tin|khẳng định)\b(?: rằng| thêm)?\s*[,:]?")
_INDICATORS_REVIEWED = compile_lowered(
    r"\b(?:các|những|một số|nhiều) chỉ tiêu (?:kinh tế(?: - xã hội)? )?(?:chủ yếu|cơ bản|quan trọng)?"
    r"(?=[^:;.]{0,60}\b(?:cho thấy|phản ánh|có nhiều|có bước|tiếp tục tăng|đều tăng|tăng trưởng khá)\b)"
)
_A_YEARS_PLACE_IN_A_PLAN = compile_lowered(
    r"\bnăm (?:đầu(?: tiên)?|cuối(?: cùng)?|thứ (?:hai|ba|tư|năm|\d)|bản lề|giữa)"
    r"(?: (?:của|thực hiện|trong))*(?: các)? (?:kỳ )?(?:kế hoạch|nghị quyết|chương trình|đề án)\b"
    r"[^,;:.]{0,80}(?=,)"
)
_A_YEAR_DESCRIBED = compile_lowered(
    # (or "Được xác định là năm …", "Năm 2025 được coi là năm …")
    r"^\W*(?:năm (?:19|20)\d\d )?(?P<what>(?:được (?:xác định|coi|đánh giá|xem) )?là|đây là) năm\b"
    r"[^:;]{0,80}?"
    r"\b(?:để|nhằm)\s+(?:về đích|hoàn thành|thực hiện|đạt)\b[^:;,]{0,80},"
)


def a_year_described(low: str) -> re.Match | None:
    """The opening of a sentence that says what its year is for, the plan named in passing ("Năm 2025 được xác
    định là năm tăng tốc để về đích các chỉ tiêu của nhiệm kỳ 2020 - 2025, …"), if it opens on one: its
    group "what" starts where the description does."""
    return _A_YEAR_DESCRIBED.match(low)


_PURPOSE = compile_lowered(
    r"(?:^|(?<=[,;:.]\s))(?:để|nhằm|muốn)\s+"
    r"(?:(?:đạt|hoàn thành|thực hiện|bám sát|hướng tới|tiến tới|bảo đảm|đảm bảo)"
    r"(?:\s+(?:được|thắng lợi|vượt mức|thành công))?\s+)?"
    r"(?:các\s+|những\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu|dự toán|mức tăng trưởng)\b"
    # (the plan's own figure within it: "Để đạt mục tiêu tăng trưởng 4,5%, tháng 12 tỉnh đã tăng 5%")
    r"(?:[^,;:.()]|(?<=\d)[.,](?=\d)){0,80},"
)
# The document a plan was assigned by, between the plan and its bracketed amount: "dự toán giao tại Quyết
# định số 2150/QĐ-UBND ngày 8/12/2023 của UBND tỉnh (5.500 tỷ đồng)" (no comma: "…theo Nghị quyết của HĐND
# tỉnh, tăng 12% so với cùng kỳ năm 2023 (4.018 tỷ đồng)" brackets another period's amount)
PLAN_DOCUMENT = r"(?:tại |theo |của )?(?:quyết định|nghị quyết|công văn|thông báo|văn bản)\b[^();.,]{0,80}?"
# "vượt 3,5% dự toán Trung ương giao", "bằng 72,6% kế hoạch năm": a result's ratio to a plan (not one a plan
# requires, "phải bằng 110% dự toán", "tăng tối thiểu 10% so với dự toán"; and not when the plan's own amount
# follows in brackets: "bằng 72,6% dự toán năm 2016 (3.050 tỷ đồng)")
_RESULTS_RATIO = compile_lowered(
    r"(?<!phải )(?<!cần )(?<!phấn đấu )\b(?:đạt|vượt|bằng)\s+(?:khoảng\s+|gần\s+|hơn\s+)?"
    r"(?>\d(?:[\d.,]*\d)?\s*%\s+(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|kịch bản)"
    r"(?:\s+(?:năm(?: \d{4})?|tỉnh|trung ương|thủ tướng chính phủ|hđnd tỉnh|hội đồng nhân dân tỉnh|được|đã))*"
    rf"(?:\s+(?:giao|đề ra|đặt ra))?)(?!\s*(?:{PLAN_DOCUMENT}\s*)?\()"
    # … and a plan met without a ratio: "9/11 huyện đạt và vượt dự toán thu", "hoàn thành kế hoạch năm"
    # ("hoàn thành sớm kế hoạch", "hoàn thành vượt mức kế hoạch")
    # (not a resolve: "quyết tâm hoàn thành xuất sắc kế hoạch", "nhằm/để hoàn thành vượt mức kế hoạch")
    r"|(?<!phải )(?<!cần )(?<!phấn đấu )(?<!quyết tâm )(?<!nhằm )(?<!để )(?<!muốn )(?<!sẽ )"
    # ("Tổng thu ngân sách … năm nào cũng tăng và đạt dự toán được giao; riêng năm 2015 tổng thu đạt …")
    # (not one missed or near: "không đạt dự toán HĐND tỉnh giao là 7.120 tỷ đồng", "cơ bản đạt kế hoạch")
    # ("không năm nào hụt dự toán": no year short of it, a record of plans met)
    r"\b(?>(?:đạt và vượt|(?<!không )(?<!chưa )(?<!cơ bản )đạt|hoàn thành|vượt|(?<=không năm nào )hụt)\s+"
    r"(?:(?:sớm|vượt mức|xuất sắc)\s+)?(?:kế hoạch|dự toán|chỉ tiêu)"
    r"(?:\s+(?:thu|năm(?: \d{4})?|tỉnh|trung ương|nghị quyết|hđnd tỉnh|được|đã|điều chỉnh))*"
    r"(?:\s+(?:giao|đề ra|đặt ra))?)"
    # (not before the plan's own amount: "vượt dự toán 8.000 tỷ đồng mà Thủ tướng Chính phủ giao"; one too
    # small to be the plan, what the result went over it by, is held by the extractor)
    r"(?!\s*(?:\(|là\b|(?:khoảng |gần |hơn |trên )?\d))"
    # … and a result's shortfall or lead against a plan's amount: "chưa đạt mục tiêu 7% đề ra", "thấp hơn kế
    # hoạch 8%" -- the plan's value is a target (read by the extractor); a value after it ("… nhưng xếp thứ
    # 3/14") is the result's, not the plan's
    # ("thấp hơn kịch bản tăng trưởng quý I đã đề ra là 5,2%", "thấp hơn mục tiêu 7,5% mà Nghị quyết HĐND tỉnh
    # đề ra")
    r"|\b(?:(?:chưa|không)\s+đạt|(?:thấp|cao)\s+hơn)\s+(?:so với\s+)?(?:kế hoạch|mục tiêu|chỉ tiêu|kịch bản)"
    r"(?:\s+(?:tăng trưởng|năm(?: \d{4})?|quý [ivx]+|đã|đề ra|đặt ra|là|ở mức|của tỉnh))*"
    r"\s+(?:khoảng\s+)?\d(?:[\d.,]*\d)?\s*%(?:\s*/\s*năm)?"
    r"(?:\s+(?:(?:mà|do)\s+[^,;.\d%]{1,50}?\s+)?(?:đã\s+)?"
    r"(?:đề ra|đặt ra|được giao|giao|của (?:tỉnh|nghị quyết|kế hoạch)))?"
    # … and a plan passed with no value: "tăng 8,06%, vượt mục tiêu đề ra, đứng thứ 3/9" (not "vượt mục tiêu
    # 7% do Nghị quyết đề ra", the plan's own amount after it)
    r"|(?<!phải )(?<!cần )(?<!phấn đấu )(?<!quyết tâm )(?<!nhằm )(?<!để )(?<!muốn )(?<!sẽ )"
    r"\b(?:vượt|đạt|vượt qua)\s+(?:mục tiêu|kịch bản)"
    r"(?:\s+(?:tăng trưởng|năm(?: \d{4})?|đề ra|đặt ra|của tỉnh))*"
    r"(?=\s*[,;.]|\s+(?:và|nhưng)\b)"
    # … or not met, with no value: "GRDP 6 tháng đầu năm chưa đạt kỳ vọng đề ra, ước tăng 4,72%"
    r"|\b(?:chưa|không)\s+đạt\s+(?:được\s+)?(?:kỳ vọng|mục tiêu|kế hoạch|chỉ tiêu|kịch bản)"
    r"(?:\s+(?:tăng trưởng|năm(?: \d{4})?|đã|đề ra|đặt ra|của tỉnh))*"
    r"(?=\s*[,;.]|\s+(?:và|nhưng|song)\b)"
)


def bound_before(low: str, pos: int) -> tuple[str, str] | None:
    """(word as written, bound) of a bound word right before `pos` ("hơn 86,14 tỷ USD")."""
    m = _BOUND_BEFORE.search(low[max(0, pos - 16) : pos])
    return (m["q"], _BOUND_OF_WORD[m["q"]]) if m else None


def at_least_after(low: str, end: int) -> bool:
    """ "70% trở lên": at least."""
    return _AT_LEAST_AFTER.match(low[end : end + 12]) is not None


def price_basis(low: str) -> str | None:
    """The price basis a sentence states ("theo giá so sánh 2010", "giá hiện hành"), if exactly one."""
    if "giá" not in low:
        return None
    found = {basis for basis, pattern in _PRICE_BASIS if pattern.search(low)}
    return found.pop() if len(found) == 1 else None


def negative_before(low: str, pos: int) -> bool:
    """ "âm 1,3%", "giảm 2,1%", "↓ 2,1%", "-2,1%": the value that follows is a fall."""
    return _NEGATIVE_BEFORE.search(low[max(0, pos - 20) : pos]) is not None


# ("IIP 6 tháng: 2,4% ↓ so với cùng kỳ": the arrow after its value)
MARK_AFTER = compile_lowered(rf"\s*({ARROW})")
# (not "tăng 5,1% ▼ 0,8 điểm phần trăm": the change of the rate that follows; nor "tăng 8,2% ↓ so với mức
# tăng 10,5%": lower than another rate)
_FALL_AFTER = compile_lowered(
    rf"\s*{FALL_ARROW}(?!\s*\d)(?!\s*\((?!\s*(?:{AGAINST})))(?!\s*\(?\s*(?:{AGAINST}) (?:mức|tốc độ))"
)
_RISE_WORD_BEFORE = compile_lowered(r"\btăng(?: trưởng)?\s*(?:khoảng |gần |hơn |trên )?$")


def negative_after(low: str, end: int) -> bool:
    """ "2,4% ↓": the value before the mark is a fall."""
    return _FALL_AFTER.match(low, end) is not None


def rise_said_before(low: str, start: int) -> bool:
    """ "tăng 5,1% ↓", "tăng trưởng 2,4% ↓": words of a rise before a value a fall's mark follows -- which the
    writer meant, the text does not settle."""
    return _RISE_WORD_BEFORE.search(low, max(0, start - 24), start) is not None
