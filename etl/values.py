"""Values as Vietnamese text writes them, found in a lower-cased sentence: ranks ("xếp thứ 15/63"), scores
("65,5 điểm"), per cents, money ("49,26 triệu đồng"), counts of the catalog's counted things ("54 phòng,
ban cấp tỉnh"), and comparisons ("tăng 9% so với năm 2022", "bằng 98,7% so với cùng kỳ").

Each pattern opens with what it must contain, and a rule is tried only where a word it needs is in the
sentence (etl/casefold.py explains why).
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from etl.casefold import compile_lowered, lowered
from etl.catalog import Catalog, Indicator
from etl.literals import may_match, quick
from etl.mentions import Comparison
from etl.numbered import numbered_matches
from etl.numbers import NUMBER_WORD, NUMERAL, SCALE, NumberFormatError, parse_vi_number
from etl.periods import Period, PeriodMatch, year_period
from etl.wording import AGAINST, ARROW, FALL_ARROW, MARK_AFTER, RISE_ARROW, SO_VOI

NUM = rf"(?:{NUMERAL})"


QUALIFIER = r"(?:khoảng|gần|hơn|trên|xấp xỉ|ước đạt|ước tính|ước|chừng|trên dưới)"


QUALIFIER_BEFORE = compile_lowered(rf"\b(?P<q>{QUALIFIER})\s+$")


# the ranking a bare second rank is in, named right after it ("thứ 4 vùng …", "thứ 12 cả nước")
_RANKING_NAMED = r"\s+\d{1,3}\s+(?:trong |của |toàn )?(?:vùng|khu vực|cả nước|toàn quốc)\b"
RANK = compile_lowered(
    r"(?:\b(?<!sắp )(?:xếp|đứng|giữ|vươn lên|tụt xuống)(?: ở)?(?: vị trí| hạng| thứ hạng)?(?: từ thứ| thứ)?"
    # a target rank as a bound, the verb left out: "PAR Index từ thứ 10 trở lên"
    r"|\btừ thứ(?=\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s+trở lên)"
    r"|\bđạt(?: từ)? thứ"  # ("phấn đấu PCI đạt thứ 30 trở lên")
    # "năm 2021 lên thứ 48, … rồi lùi về thứ 26": a move in a ranking names the rank reached
    r"|\b(?:lên|xuống|lùi về|tụt về|về)(?: vị trí| hạng)? thứ"
    # ("vươn từ thứ hạng 62 lên 31": the rank reached, bare after the one left -- which is not this year's)
    r"|\b(?:lên|xuống)(?:(?<=hạng \d lên)|(?<=hạng \d\d lên)|(?<=thứ \d lên)|(?<=thứ \d\d lên)"
    r"|(?<=trí \d lên)|(?<=trí \d\d lên)|(?<=hạng \d xuống)|(?<=hạng \d\d xuống)|(?<=thứ \d xuống)"
    r"|(?<=thứ \d\d xuống))"
    r"|\bvị trí(?: thứ)?|\bhạng"
    # "xếp thứ 50/63 tỉnh, thành phố và thứ 11/14 tỉnh trong vùng": a second rank, written with its total
    # (or "… và thứ 10 trong 14 tỉnh vùng …": its total after "trong")
    # (or the ranking it is in: "đứng thứ 10 cả nước và thứ 4 vùng trung du và miền núi phía Bắc")
    r"|\bvà thứ(?=\s+\d{1,3}\s*(?:/|trong|trên)\s*\d{1,3}|" + _RANKING_NAMED + ")"
    # ("xếp thứ 4/9 tỉnh vùng trung du …, thứ 18/34 tỉnh, thành phố": after a comma or a semicolon, with its
    # total)
    r"|\bthứ(?<=[,;] thứ)(?=\s+\d{1,3}\s*/\s*\d{1,3}|" + _RANKING_NAMED + ")"
    # (or on another measure, the verb said once: "đứng thứ 52 cả nước về số dân, thứ 51 về GRDP … và thứ 20
    # về tốc độ tăng trưởng GRDP")
    r"|\bthứ(?:(?<=[,;] thứ)|(?<=và thứ))(?=\s+\d{1,3}\s+(?:(?:trong )?(?:cả nước|toàn quốc|vùng) )?về\b)"
    # (a year's rank in a run of years, its verb said once: "năm 2020 xếp thứ 51, năm 2021 thứ 36, …")
    r"|\bthứ(?:(?<=, năm \d{4} thứ)|(?<=; năm \d{4} thứ)|(?<=và năm \d{4} thứ)))"
    # (not the number of provinces ranked: "năm đầu xếp hạng 34 tỉnh")
    r"\s+(?P<n>\d{1,3})(?!\d)(?:\s*/\s*(?P<of>\d{1,3})|(?!\s*(?:tỉnh|địa phương)\b))"
    r"(?!\s*(?:bậc|hạng|điểm|%|[.,]\d))"
    # (nor one end of a range: "xếp từ thứ 10 đến thứ 15")
    r"(?!\s*(?:đến|tới|-|–)\s*(?:thứ\s*)?\d)",
)


# A rank after its label, as infographics and tables print it: "Xếp hạng PCI năm 2023: 30/63"
RANK_LABELLED = compile_lowered(
    r"\b(?:xếp hạng|thứ hạng)\b[^\d:;|\n]{0,50}?(?:\d{4}[^\d:;|\n]{0,12})?:\s*"
    r"(?P<n>\d{1,3})\s*/\s*(?P<of>\d{1,3})\b(?![\d/.,]\d)"
)
# the published top of a national ranking a place is counted in ("thứ 16/30 tỉnh, thành phố có chất lượng điều
# hành tốt nhất", "… dẫn đầu cả nước"), not the region's ("… tốt nhất vùng")
# (no group of provinces on the way: not "thứ 3/7 tỉnh biên giới phía Bắc có điểm số cao nhất", "thứ 5/14 tỉnh
# trung du và miền núi phía Bắc có tốc độ cao nhất")
AMONG_THE_BEST = compile_lowered(
    # ("thứ 16/30 trong nhóm địa phương điều hành kinh tế tốt nhất cả nước", "đứng thứ 16 trong 30 tỉnh, thành
    # điều hành tốt nhất")
    r"\s*(?:trong nhóm (?:các )?|(?:trong(?: số)?(?: nhóm)?|trên|/)\s*\d{1,3}\s+)?(?:tỉnh|địa phương)"
    r"(?:,? thành(?: phố)?)?\s+(?:có\s+)?"
    r"(?:(?!vùng|khu vực|miền|trung du|biên giới|phía bắc|nhóm|trong)[^,.;\d]){0,40}?"
    r"(?:tốt nhất|cao nhất|dẫn đầu)"
    r"(?!\s+(?:của |trong )?(?:vùng|khu vực|miền|nhóm))"
)
RANK_OF_AFTER = compile_lowered(r"^\s*(?:trên|trong(?: tổng)?(?: số)?(?: các)?|/)\s*(?P<of>\d{1,3})\s+tỉnh")


# A rank in words after "xếp/đứng … thứ": "đứng thứ ba trong 9 tỉnh". Never a bare "thứ hai" (a weekday in
# date lines) nor one a number follows ("thứ năm 2024").
RANK_WORDS = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
RANK_IN_WORDS = compile_lowered(
    r"\b(?<!sắp )(?:xếp|đứng|giữ|vươn lên|tụt xuống)(?: ở)?(?: vị trí| hạng| thứ hạng)? thứ "
    rf"(?P<w>{'|'.join(RANK_WORDS)})\b(?!\s*[\d/])"
)


SCORE = compile_lowered(rf"(?P<n>{NUM})\s*điểm\b(?!\s*(?:phần trăm|%))")
# A score named before its number: "với số điểm 70,35", "tổng điểm đạt 69,01".
SCORE_NAMED_FIRST = compile_lowered(
    r"\b(?:số điểm|điểm số|tổng điểm(?: số)?)\s+(?:(?:là|đạt|đạt được)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{1,3})?)\b(?!\s*(?:%|điểm|/|[.,]\d|tỷ|triệu|nghìn|lần))"
    # (the number closing its clause: not "tổng điểm 10 chỉ số thành phần", a count)
    r"(?=\s*(?:[,;.)]|$)|\s+(?:và|xếp|đứng|tăng|giảm)\b)"
)
_THE_NATION_AFTER = compile_lowered(r"\s*(?:toàn quốc|cả nước)\b")
# A place's bare number in brackets right after its name, as lists of places give them: "Lạng Sơn (16)".
BRACKETED_ITEM = compile_lowered(r"(?<=[^\W\d_]) \((?P<n>\d{1,3}(?:,\d{1,3})?)\)")
# An index written as a fraction of one with no unit, after its verb: "DTI của tỉnh đạt 0,7012", "0,51/1" (not
# points out of another most, "0,4123/1.000 điểm", which the score rules read).
BARE_FRACTION_SCORE = compile_lowered(
    # ("xếp thứ 5/63 … với giá trị chỉ số 0,4572")
    r"\b(?:đạt|là|với|ở mức)\s+(?:giá trị\s+)?(?:chỉ số\s+)?(?P<n>0,\d{2,4})\b"
    r"(?!\s*(?:%|điểm|/\s*(?!1(?:,0+)?(?![\d.,]?\d)(?!\s*điểm))\d|[.,]\d|tỷ|triệu|nghìn|lần))"
)


PERCENT = compile_lowered(rf"(?P<n>{NUM})\s*(?:%|phần trăm)")
# the score before the scale's most ("41,73/80 điểm")
_SCORE_OUT_OF = compile_lowered(rf"(?<![\d.,])(?P<n>{NUM})\s*/\s*$")


MONEY = compile_lowered(
    rf"(?P<n>{NUM})\s*(?P<scale>nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|nghìn|ngàn|triệu|tỷ|tỉ|ỷ)?\s*"
    # (a footnote's number may be glued to the unit, as a PDF gives a superscript: "50.412,8 triệu USD1,")
    # (not "52 đồng chí trúng cử": comrades, no money)
    r"(?P<cur>đồng|VNĐ|VND|USD|đô la Mỹ|đô la)(?! chí\b)(?:(?!\w)|(?=\d{1,2}(?![\d.,]\d)))",
)

# Billions of đồng with the currency left unsaid, as reports and the press often write them: "doanh thu du
# lịch đạt 476 tỷ, tăng 10,9%", "thu ngân sách hơn 10 nghìn tỷ." -- the scale closing its clause (not "1,2 tỷ
# USD", "3 tỷ lượt", "tỷ lệ").
BARE_BILLIONS = compile_lowered(
    rf"(?P<n>{NUM})\s*(?P<scale>nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|tỷ|tỉ)(?=\s*(?:[,;)]|\.(?!\d)|$))"
)

# The rules of values that open with a number, by kind (etl/numbered.py scans for them together).
NUMBERED = {"score": SCORE, "percent": PERCENT, "money": MONEY}


# the nouns a count's change is written in, with its scale: "11 xã", "200 nghìn lượt", "35 doanh nghiệp"
_COUNTED_CHANGE = r"(?:(?:nghìn|triệu)\s+)?(?:lượt(?: khách)?|xã|doanh nghiệp|dự án)\b"
_COUNT_NOUNS = ("lượt", "xã", "doanh nghiệp", "dự án")
_A_COUNTED_CHANGE = re.compile(r"(?:(nghìn|triệu)\s+)?(.+?)(?: khách)?")
# What a comparison is against: its words after "so với", to the clause's end, to a bracketed note ("so với
# năm 2022 (mục tiêu đề ra là 8%)"), to "và tăng …" opening a second comparison, or to a dash opening an aside
# ("so với năm 2023 - mức cải thiện lớn nhất cả nước"; not a span's dash, "so với giai đoạn 2011 - 2015").
# (… or "và đứng thứ 5/14 …", a rank of its own; "và vượt 8,2% kế hoạch năm", a ratio to a plan)
# (… or to the close of the bracket it stands in: "(giảm 0,04 điểm so với năm 2023) xếp hạng thứ 16/63")
_REFERENCE = (
    r"(?P<ref>[^,;…()]*?)(?=[,;…()]|\.(?!\d)|$"
    r"|\s+và\s+(?:tăng|giảm|cao hơn|thấp hơn|bằng|vượt|đạt|đứng|xếp|vươn lên)\s|\s[-–—]\s(?!\d)"
    # (or "nhưng" opening another: "tăng 6,8% so với tháng Hai nhưng chỉ bằng 95,7% so với cùng kỳ")
    r"|\s+(?:nhưng|song)\s)"
)
COMPARISON = compile_lowered(
    # ("tăng trưởng âm 30,5% so với năm 2021": a fall, written as a negative growth)
    # ("tụt 9 bậc so với năm 2021", "thăng 2 hạng …": a rank that fell or rose)
    # ("205 doanh nghiệp … nhiều hơn 33% so với cùng kỳ": a quantity's rise, said of the quantity)
    r"(?P<dir>cao hơn|thấp hơn|nhiều hơn|ít hơn|tăng trưởng âm|tăng trưởng|tăng thêm|tăng|nhích lên"
    r"|nhích thêm|nhích|giảm|vượt"
    # ("vươn lên 31 bậc so với thứ hạng 62/63 của PGI năm 2023", "lùi 3 bậc so với năm 2023")
    r"|gấp|(?P<equal>bằng)|(?:tụt|thăng|vươn lên|lùi|tăng hạng|giảm hạng)(?=\s+\d{1,2}\s*(?:bậc|hạng)\b)"
    # (an infographic's arrow in place of the verb: "▲ 12,1% so với cùng kỳ")
    rf"|{ARROW})"
    # (how much it moved said between: "giảm nhẹ 0,04 điểm", "tăng mạnh 35%")
    rf"(?:\s+(?:nhẹ|mạnh|sâu|nhanh|đáng kể))?(?:\s+|(?<={ARROW})\s*)(?P<n>{NUM})\s*"
    r"(?P<u>điểm phần trăm|điểm %|%|phần trăm|điểm|bậc|hạng|lần|(?:nghìn tỷ|nghìn|triệu|tỷ)\s*(?:đồng|USD)"
    # (a count's change in its own noun: "124 xã đạt chuẩn, tăng 11 xã so với năm 2023")
    rf"|{_COUNTED_CHANGE})?"
    # (what the change is of, said after it: "tăng 16% về số doanh nghiệp so với cùng kỳ")
    r"(?:\s*về số (?:lượng )?(?:doanh nghiệp|dự án|lượt khách|khách|hộ|xã))?"
    r"\s*(?:so với|so cùng kỳ|(?<=lần )"
    r"(?=(?:năm|tháng|quý|giai đoạn|cùng kỳ|kế hoạch|dự toán|mức|bình quân)\b)"
    # (the statistics office's ratio with no "so với": "… quý I ước 285 nghìn lượt, bằng 61,3% cùng kỳ" --
    # only after "bằng", the group the conditional asks for, and right after its per cent)
    r"|(?(equal)(?<=%\s)(?=cùng kỳ\b)|(?!)))" + _REFERENCE,
)


# The statistics office's order, the reference first: "so với cùng kỳ năm trước tăng 10,9%", "so với tháng
# trước tăng 2,15%". Only references that are periods or plans: a longer phrase between "so với" and the verb
# is some other construction.
COMPARISON_FIRST = compile_lowered(
    r"so với (?P<ref>cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?|(?:tháng|quý|kỳ|năm) (?:trước|liền trước)"
    r"|tháng \d{1,2}(?:/\d{4})?|năm \d{4}|kế hoạch|dự toán)"
    rf",?\s+(?P<dir>tăng|giảm|cao hơn|thấp hơn|bằng)\s+(?P<n>{NUM})\s*"
    r"(?P<u>điểm phần trăm|điểm %|%|phần trăm|điểm|bậc|hạng|lần)"
    # (not a ratio to a plan after a reference that closed the change before it: "tăng hơn 6% so với cùng kỳ,
    # bằng 72,4% kế hoạch năm")
    r"(?!\s*(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu)\b)"
)


# The reference written first, opening a sentence or a clause after a semicolon, its subject the figure the
# text just gave: "… đạt 46,36 tỷ USD. So với cùng kỳ năm 2023, con số này tăng 29,5%", "… xếp thứ 13/63. So
# với năm 2021, thứ hạng của tỉnh tụt 9 bậc", "… ước đạt 7.768,5 tỷ đồng; so với cùng kỳ, chỉ tiêu này tăng
# 60,2%"
# -- or a subject of its own with the level it reached right after: "So với cùng kỳ, tổng mức bán lẻ … quý
# I/2025 tăng 15,8%, đạt 10.782 tỷ đồng" (a subject of its own and no level after is another value's)
_REACHED_RIGHT_AFTER = r"\s*,\s*(?:và\s+)?(?:ước\s+(?:tính\s+)?)?(?:đạt|lên)\s"
COMPARISON_FRONTED = compile_lowered(
    r"(?:^\W*|(?<=;\s))so với (?P<ref>cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?"
    r"|(?:tháng|quý|kỳ|năm) (?:trước|liền trước|ngoái)|năm \d{4}),\s+"
    r"(?:(?:con số|kết quả|số liệu|mức|chỉ tiêu|chỉ số|số thu)(?: lũy kế| luỹ kế)? (?:này|đó|trên)"
    r"|thứ hạng(?: (?:này|đó))?(?: của (?:tỉnh|lạng sơn))?"
    # (or the province, moving in a ranking: "So với năm 2017, Lạng Sơn tăng 1 bậc")
    r"|(?:tỉnh )?lạng sơn(?=[^,;.\d]{0,24}\d{1,2}\s*(?:bậc|hạng)\b(?! mục))"
    rf"|[^,;.]{{3,120}}?(?=\s+(?:ước\s+)?(?:tăng|giảm)\s+{NUM}\s*%{_REACHED_RIGHT_AFTER}))"
    r"\s+(?:(?:đã|chỉ|vẫn|cũng|ước|lại)\s+)?"
    r"(?P<dir>tăng|giảm|cao hơn|thấp hơn|(?:tụt|thăng|vươn lên|lùi)(?=\s+\d{1,2}\s*(?:bậc|hạng)\b))"
    r"(?:\s+thêm)?"
    rf"\s+(?P<n>{NUM})\s*(?P<u>điểm phần trăm|điểm %|%|phần trăm|điểm|bậc|hạng"
    r"|(?:nghìn tỷ|nghìn|triệu|tỷ)\s*(?:đồng|usd))(?![\w/])(?! mục)"
)


# The reference between the verb and the amount: "thấp hơn năm 2023 là 0,18 điểm", "tăng so với cùng kỳ năm
# trước 12,5%", "cao hơn so với năm 2022 khoảng 1.200 tỷ đồng" -- a period only: "thấp hơn kế hoạch 8,5% mà
# HĐND tỉnh đề ra" names the plan's own level
COMPARISON_REFERENCE_BETWEEN = compile_lowered(
    # (a rise or a fall says "so với": not "so với tốc độ tăng năm 2023 là 3,5%", the rate of that year)
    # ("nhiều hơn cùng kỳ 10,4%": a count or an amount that grew, said of the quantity)
    r"(?P<dir>cao hơn|thấp hơn|nhiều hơn|ít hơn|tăng(?=\s+so\s+với\b)|giảm(?=\s+so\s+với\b))\s+(?:so\s+)?"
    r"(?:với\s+)?"
    r"(?P<ref>cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?|(?:tháng|quý|kỳ|năm) (?:trước|liền trước|ngoái)"
    r"|năm \d{4})"
    rf"\s+(?:là\s+|khoảng\s+)?(?P<n>{NUM})\s*"
    r"(?P<u>điểm phần trăm|điểm %|%|phần trăm|điểm|bậc|hạng|(?:nghìn tỷ|nghìn|triệu|tỷ)\s*(?:đồng|USD))"
    r"(?![\w/])"
)


# Comparisons against something no earlier value of the province can be derived from.
NOT_A_PERIOD_REF = compile_lowered(
    r"kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết|kịch bản|cả nước|toàn quốc|bình quân chung|"
    r"trung bình chung|mức chung|\bvùng\b|khu vực|các tỉnh|tỉnh khác|cùng vùng"
    # (and last year's holiday, on other days: "tăng 21% so với kỳ nghỉ Tết năm trước")
    r"|kỳ nghỉ|\bdịp (?:tết|lễ)"
)


# A month or quarter named without its year, however it could be written after it ("tháng 8", not "tháng
# 8/2023", "tháng 8.2023", "tháng 8 năm trước", "tháng 8 cùng kỳ", "tháng 8 của năm 2022")
MONTH_OF_NO_YEAR = r"(?:tháng \d{1,2}|quý [ivx]+)\b(?!\s*(?:[/.-]\s*\d|\d{4}|,?\s*năm\b|\(?\s*cùng\b|của\b))"
# "so với tháng trước", and a month or quarter named alone ("tăng 4,1% so với tháng 3" in a report on April).
_PREVIOUS_TERM = compile_lowered(r"\b(?:giai đoạn|nhiệm kỳ|thời kỳ) (?:trước|liền trước)\b")
PREVIOUS_PERIOD_REF = compile_lowered(
    r"tháng trước|quý trước|kỳ trước|tháng liền trước|quý liền trước"
    # (a month in words, the whole reference: "so với tháng Hai")
    r"|^\s*(?:tháng (?:\d{1,2}|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: một| hai)?|giêng)|quý [ivx\d]+)\s*$"
    # (or a month of no year, words of why after it: "tăng 3,9% so với tháng 8 nhờ thời tiết")
    rf"|^\s*{MONTH_OF_NO_YEAR}"
)


# What makes a sentence speak of the future (a plan), not of results.
# ("Theo tờ trình của UBND tỉnh, tỉnh sắp xếp 186 đơn vị …": what a proposal puts forward, not done)
PLAN = compile_lowered(
    r"\bsẽ\b|\bdự kiến\b|\bkế hoạch\b|\btừ nay (?:đến|tới)\b|\bphấn đấu\b"
    r"|\btheo (?:tờ trình|dự thảo)\b"
    # (a council approving a scheme: what it will arrange, "HĐND tỉnh tán thành Đề án sắp xếp …: sắp xếp 186
    # xã, phường, thị trấn để thành lập 58 xã, phường mới")
    # (not one done after it: "Sau khi … thông qua đề án, từ ngày 1/7/2025 tỉnh đã sắp xếp …")
    r"|(?<!sau khi )\b(?:tán thành|thông qua|phê duyệt) (?:chủ trương |dự thảo )?đề án\b(?![^.;]*\bđã\b)"
)


SHARE_BEFORE = compile_lowered(r"(?:chiếm|tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|bằng|đạt tỷ lệ)[^,;]{0,25}$")


SHARE_WINDOW = 40  # longer than any SHARE_BEFORE match: searched before each per cent, not the whole prefix


DIGIT = re.compile(r"\d")


# Words one of which each value pattern needs (lower case): a substring test on the lowered sentence is far
# cheaper than a case-insensitive scan, and most sentences hold only one or two kinds of value.
NEEDS = {
    "rank": ("xếp", "đứng", "giữ", "vươn lên", "tụt xuống", "vị trí", "hạng", " thứ "),
    "score": ("điểm",),
    "percent": ("%", "phần trăm"),
    "money": ("đồng", "vnđ", "vnd", "usd", "đô la"),
    "bare_billions": ("tỷ,", "tỷ;", "tỷ.", "tỷ)", "tỉ,", "tỉ;", "tỉ.", "tỉ)"),
    "comparison": ("so với", "so cùng kỳ", "lần", "hơn năm", "hơn cùng kỳ", "% cùng kỳ"),
}


CURRENCY = {"đồng": "đồng", "vnđ": "đồng", "vnd": "đồng", "usd": "usd", "đô la mỹ": "usd", "đô la": "usd"}


@dataclass
class Token:
    kind: str  # rank | score | percent | money | count
    value: float
    start: int  # sentence-relative
    end: int
    text: str
    rank_of: int | None = None
    money_unit: tuple[str, float] | None = None  # (currency, multiplier)
    indicator: Indicator | None = None
    comparison: Comparison | None = None
    # the sentence's further comparisons of this value ("tăng 3,9% so với tháng trước và tăng 11,2% so với
    # cùng kỳ"): each may define an earlier figure of its own
    also_compared: list = field(default_factory=list)
    qualifier: str | None = None
    status: str | None = None
    share_context: bool = False  # "chiếm 25%", "tỷ lệ": a share, never a growth rate
    index: bool = False
    negative: bool = False
    reference: str | None = None
    period: Period | None = None  # given by a "lần lượt" list of periods
    # Whose value a "lần lượt" list of provinces says it is: another province's name, "" for the
    # province's own, None where no such list told.
    place: str | None = None
    listed_at: int | None = None  # where the "lần lượt" of its list begins: one list's items share its words
    from_comparison: bool = False  # "GRDP tăng 7,2% so với cùng kỳ": the comparison is the figure
    compared_period: Period | None = None  # … and the period it names ("so với tháng 12/2015")
    plan_value: bool = False  # "so với dự toán giao (7.590.000 triệu đồng)": the plan's own amount
    bracketed: bool = False  # a bare number in brackets after a place's name in a list ("Lạng Sơn (16)")
    scale: float | None = None  # (score) the most of the scale it is written out of ("41,73/80 điểm": 80)
    change_of: Token | None = (
        None  # "đạt 22.683 tỷ đồng, tăng 7,22% so với …": the amount it is the change of
    )
    resolved: Indicator | None = None  # the indicator it was read as (a rank after it may rank it)
    # (count) read as its indicator with the sentence naming no context: the period decides (over_years)
    undecided: bool = False
    # (count) a part of its indicator the catalog does not hold, named before or after it: held, not lost
    part_held: str | None = None
    # (reason, why) it is held for review, never lost: a "lần lượt" list's value it pairs with no period or
    # subject the text tells; a count of a catalogued noun in a sentence naming none of its context
    held_for: tuple[str, str] | None = None


def may_hold(kind: str, lowered: str) -> bool:
    return any(word in lowered for word in NEEDS[kind])


# The digit style of the document being read (etl.numbers.english_grouping), set by read_figures.
ENGLISH_DIGITS: ContextVar[bool] = ContextVar("english_digits", default=False)


def num(text: str) -> float | None:
    try:
        return parse_vi_number(text, ENGLISH_DIGITS.get())
    except NumberFormatError:
        return None


def qualifier_before(sentence: str, pos: int) -> str | None:
    m = QUALIFIER_BEFORE.search(sentence[max(0, pos - 20) : pos])
    return m["q"].lower() if m else None


# An infographic's legend, saying once what its marks compare with: "Ghi chú: ↑ tăng, ↓ giảm so với cùng kỳ
# năm 2019; ↗ tăng, ↘ giảm so với tháng 12/2019", "mũi tên ▲ chỉ mức tăng, ▼ chỉ mức giảm so với cùng kỳ năm
# 2025". A clause whose marks stand before words, not numbers, and which says what they are compared with.
_LEGEND_CLAUSE = compile_lowered(
    # (a clause from its start -- a line's, or past ";" or "." -- within its sentence: "Mũi tên ▲/▼ so sánh
    # với cùng kỳ năm 2016. Riêng các số … so với tháng trước")
    rf"(?<![^;.\n])[^;.\n]*?{ARROW}(?!\s*\d)(?:[^;.\n]|\.(?=\d))*?\b{SO_VOI} "
    r"[^;\n]*?(?=[;\n]|\.(?!\d)|$)"
)
_MARK_BEFORE_A_NUMBER = compile_lowered(rf"{ARROW}\s*\d")
_MARK_AFTER_A_NUMBER = compile_lowered(rf"\d\s*%?\s*{ARROW}")
_SAID_AGAINST = compile_lowered(rf"\b{SO_VOI} ")
# A mark and its change, no reference written after it ("Thu ngân sách: 5.690 tỷ đồng ▲ 12,1%"; not "▼ 5,6%
# (so với tháng 01)", a line's own reference)
_MARKED_CHANGE = compile_lowered(
    rf"(?P<dir>{ARROW})\s*(?P<n>{NUM})\s*(?P<u>điểm phần trăm|điểm %|%|phần trăm)"
    rf"(?!\s*\(?\s*(?:{AGAINST}))"
)


def marks_legend(text: str) -> dict[str, tuple[str | None, str, Period | None]]:
    """Each mark a legend of the document explains -> what it compares with (same_period_last_year,
    previous_period, or None for a reference no earlier figure of the province can be derived from), the
    legend's words, and the year of "cùng kỳ năm 2019" where one is written. Marks listed before a reference
    share it ("↑ tăng, ↓ giảm so với cùng kỳ"); each reference is its own ("↑ tăng so với cùng kỳ năm trước,
    ↗ tăng so với tháng trước")."""
    if not re.search(ARROW, text):  # (arrows have no case: most documents are spared the lowering)
        return {}
    low = lowered(text)
    legend: dict[str, tuple[str | None, str, Period | None]] = {}
    for m in _LEGEND_CLAUSE.finditer(low):
        clause = m.group()
        if _MARK_BEFORE_A_NUMBER.search(clause) or _MARK_AFTER_A_NUMBER.search(clause):
            continue  # (a line of figures, "IIP quý II: 2,4% ↓ so với quý II/2023", is no legend)
        words = text[m.start() : m.end()].strip()
        pending: list[str] = []
        last: tuple[str | None, str, Period | None] = (None, words, None)
        for part in re.split(r"[,;]", clause):
            pending += re.findall(ARROW, part)
            said = _SAID_AGAINST.search(part)
            if said is None:
                continue
            ref = part[said.end() :]
            year = re.search(r"\bnăm ((?:19|20)\d\d)\b", ref)
            if NOT_A_PERIOD_REF.search(ref):
                reference = None
            elif "cùng kỳ" in ref:
                reference = "same_period_last_year"
            elif PREVIOUS_PERIOD_REF.search(ref) or re.match(r"\s*(?:tháng|quý|kỳ)\b", ref):
                reference = "previous_period"
            else:
                reference = None
            period = (
                replace(year_period(int(year[1])), same_span=True)
                if reference == "same_period_last_year" and year
                else None
            )
            for mark in pending:
                legend.setdefault(mark, (reference, words, period))
            pending, last = [], (reference, words, period)
        for mark in pending:
            # ("▲ tăng so với cùng kỳ năm 2021, ▼ giảm": a mark after the reference takes it)
            legend.setdefault(mark, last)
    return legend


def reference_of_mark_after(low: str, end: int, legend: dict) -> str | None:
    """What the legend says the mark right after a value compares with ("2,6% ↗"), if it says."""
    m = MARK_AFTER.match(low, end)
    return legend[m[1]][0] if m is not None and m[1] in legend else None


def _legend_comparisons(
    sentence: str, low: str, offset: int, legend: dict[str, tuple[str | None, str, Period | None]], found
) -> list[Comparison]:
    """ "5.690 tỷ đồng ▲ 12,1%" under a legend "▲ tăng, ▼ giảm so với cùng kỳ năm trước": a comparison with
    what the legend says the mark compares with."""
    taken = [(c.start - offset, c.end - offset) for c in found]
    out = []
    for m in _MARKED_CHANGE.finditer(low):
        amount = num(m["n"])
        if amount is None or m["dir"] not in legend or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        reference, words, period = legend[m["dir"]]
        out.append(
            Comparison(
                direction=1 if re.fullmatch(RISE_ARROW, m["dir"]) else -1,
                amount=amount,
                amount_unit="%" if m["u"] in ("%", "phần trăm") else "pp",
                start=offset + m.start(),
                end=offset + m.end(),
                text=sentence[m.start() : m.end()].strip(),
                period=period,
                reference=reference,
                derivable=reference == "same_period_last_year",
                reference_from=words,
            )
        )
    return out


def find_comparisons(
    sentence: str, low: str, offset: int, periods: list[PeriodMatch], legend: dict | None = None
) -> list[Comparison]:
    """The sentence's comparisons; `legend`, what the document's legend says each mark compares with (mark ->
    reference, the legend's words, the year it names: marks_legend)."""
    out = []
    if not may_hold("comparison", low):
        return _legend_comparisons(sentence, low, offset, legend, out) if legend else out
    matches = list(COMPARISON.finditer(low))
    if "so với" in low:
        # (the reference first, unless it closes a change before it: "tăng 7,22% so với năm 2021, cao hơn 3,96
        # điểm phần trăm so với năm 2021" -- the second comparison's reference is its own)
        # (but a reference after a comma opens the next clause: "So với tháng trước, chỉ số … tăng 4,38%, so
        # với cùng kỳ tăng 3,07%" -- the first change's reference told before it, the second's its own)
        first = list(COMPARISON_FIRST.finditer(low))
        opening = [
            (c, m)
            for m in first
            for c in matches
            if c.start() < m.start() < c.end() and re.search(r"[,;]", low[c.end("n") : m.start()])
        ]
        matches = [c for c in matches if all(c is not o for o, _ in opening)]
        matches += [m for m in first if not any(c.start() < m.start() < c.end() for c in matches)]
        # (a reference written first of the figure named back, or of a subject with the level it reached:
        # COMPARISON_FRONTED -- it takes the place of any other reading of its words)
        fronted = list(COMPARISON_FRONTED.finditer(low))
        matches = [
            *fronted,
            *(m for m in matches if not any(f.start() < m.end() and m.start() < f.end() for f in fronted)),
        ]
        matches.sort(key=lambda m: m.start())
    if " hơn " in low or "so với" in low:
        matches += [
            m
            for m in COMPARISON_REFERENCE_BETWEEN.finditer(low)
            if not any(c.start() < m.end() and m.start() < c.end() for c in matches)
        ]
        matches.sort(key=lambda m: m.start())
    for m in matches:
        amount = num(m["n"])
        if amount is None:
            continue
        verb, unit = m["dir"].lower(), (m["u"] or "").lower()
        falls = (
            verb in ("thấp hơn", "ít hơn", "giảm", "tăng trưởng âm", "tụt", "lùi", "giảm hạng")
            or re.fullmatch(FALL_ARROW, verb) is not None
        )
        direction = -1 if falls else 1
        index = verb == "bằng"
        if index and unit not in ("%", "phần trăm"):
            continue
        if unit == "lần" and verb != "gấp" and "gấp" not in m.group().lower():
            # "tăng 2,1 lần so với cùng kỳ": writers mean "gấp 2,1 lần" or "2,1 times more" -- no earlier
            # value can be told from it
            continue
        if verb == "gấp" or unit == "lần":
            amount_unit = "times"
        elif unit in ("%", "phần trăm"):
            amount_unit = "%"
        elif unit in ("điểm phần trăm", "điểm %"):
            amount_unit = "pp"
        elif unit == "điểm":
            amount_unit = "points"
        elif unit in ("bậc", "hạng"):
            amount_unit = "steps"
        elif (counted := _A_COUNTED_CHANGE.fullmatch(unit)) and counted[2] in _COUNT_NOUNS:
            scale = SCALE[counted[1]] if counted[1] else 1
            amount_unit = f"count:{scale:g}:{counted[2]}"
        elif unit:
            scale = next(
                v for k, v in sorted(SCALE.items(), key=lambda kv: -len(kv[0])) if unit.startswith(k)
            )
            currency = "usd" if unit.endswith("usd") else "đồng"
            amount_unit = f"{currency}:{scale:g}"
        else:
            continue
        reference, derivable, period = _reference(low, m.start("ref"), m.end("ref"), m.group(), periods)
        out.append(
            Comparison(
                direction=direction,
                amount=amount,
                amount_unit=amount_unit,
                start=offset + m.start(),
                end=offset + m.end(),
                text=sentence[m.start() : m.end()].strip(),
                period=period,
                reference=reference,
                derivable=derivable,
                index=index,
                amount_at=m.start("n") - m.start(),
            )
        )
    if "tương ứng" in low or "lần lượt" in low:
        out = sorted(out + _listed_changes(sentence, low, offset, periods, out), key=lambda c: c.start)
    if "bậc" in low or "hạng" in low:
        out = sorted(out + _paired_moves(sentence, low, offset, periods), key=lambda c: c.start)
    if legend:
        out = sorted(out + _legend_comparisons(sentence, low, offset, legend, out), key=lambda c: c.start)
    return out


# "…, tương ứng giảm 38,9% và 24,1% so với năm trước", "giảm lần lượt 12,6% và 3,9% so với cùng kỳ": one
# change per value before it, in order, against the one reference written after the list
_LISTED_CHANGES = compile_lowered(
    r"(?:\b(?:lần lượt|tương ứng)\s+(?P<dir>tăng|giảm)|\b(?P<dir2>tăng|giảm)\s+(?:lần lượt|tương ứng))\s+"
    rf"(?P<items>{NUM}\s*%(?:\s*(?:,|;|và)\s*{NUM}\s*%)+)"
    r"\s+(?:so với|so cùng kỳ)(?P<ref>[^,;…(]*?)(?=[,;…(]|\.(?!\d)|$)"
)
_LISTED_ITEM = re.compile(rf"(?P<n>{NUM})\s*%")


def _reference(
    low: str, ref_start: int, ref_end: int, said: str, periods
) -> tuple[str | None, bool, Period | None]:
    """(what a comparison is against, whether an earlier value can be derived from it, the period it names)
    for the reference low[ref_start:ref_end]; `said`, the comparison's words that may name the same span."""
    ref_period = next((pm.period for pm in periods if ref_start <= pm.start and pm.end <= ref_end + 1), None)
    # ("so với cùng tháng năm 2020", "cùng quý năm trước": the same span, named by its kind)
    same_period_last_year = _SAME_SPAN.search(said) is not None
    ref_text = low[ref_start:ref_end]
    period = _same_span_in(ref_period, ref_text) if same_period_last_year else ref_period
    if NOT_A_PERIOD_REF.search(ref_text):
        return None, False, period  # a plan, a budget, the nation's or the region's average
    if _PREVIOUS_TERM.search(ref_text):
        # "tổng thu … 5 năm ước đạt 48.187 tỷ đồng, tăng 50,2% so với giai đoạn trước": the span as long
        # before it (etl/derive.py reads it for a span of years only)
        return "previous_term", True, period
    if PREVIOUS_PERIOD_REF.search(ref_text) or _THE_SAME_DAYS_OF_A_MONTH.search(ref_text):
        return "previous_period", False, period
    if same_period_last_year or ref_period is not None:
        return "same_period_last_year", True, period
    return None, False, period


# "tăng 7 bậc và 1,52 điểm so với năm 2022", "giảm 0,8 điểm và 3 bậc so với năm trước": a rank's move and its
# score's, one verb and one reference for both
_PAIRED_MOVES = compile_lowered(
    rf"(?P<dir>tăng|giảm)\s+(?P<n1>{NUM})\s*(?P<u1>bậc|hạng|điểm)\s+và\s+(?P<n2>{NUM})\s*(?P<u2>bậc|hạng|điểm)"
    r"\s*so với" + _REFERENCE
)


def _paired_moves(sentence: str, low: str, offset: int, periods) -> list[Comparison]:
    """Each of a rank's move and its score's said with one verb and one reference: two comparisons, the first
    ending at its unit, the second carrying the reference (etl/changes.py gives each to its own value)."""
    out = []
    for m in _PAIRED_MOVES.finditer(low):
        if {"bậc" if u == "hạng" else u for u in (m["u1"], m["u2"])} != {"bậc", "điểm"}:
            continue  # (one of each: "tăng 3 bậc và 2 hạng" is no pair)
        reference, derivable, period = _reference(low, m.start("ref"), m.end("ref"), m.group(), periods)
        direction = -1 if m["dir"] == "giảm" else 1
        verb, reference_words = sentence[m.start() : m.end("dir")], sentence[m.end("u2") : m.end()]
        for n, u, start, end, text in (
            (m["n1"], m["u1"], m.start(), m.end("u1"), sentence[m.start() : m.end("u1")] + reference_words),
            (m["n2"], m["u2"], m.start("n2"), m.end(), f"{verb} {sentence[m.start('n2') : m.end()]}"),
        ):
            amount = num(n)
            if amount is None:
                break
            out.append(
                Comparison(
                    direction=direction,
                    amount=amount,
                    amount_unit="points" if u == "điểm" else "steps",
                    start=offset + start,
                    end=offset + end,
                    text=text.strip(),
                    period=period,
                    reference=reference,
                    derivable=derivable,
                    amount_at=m.start("n1") - m.start() if start == m.start() else len(verb) + 1,
                )
            )
    return out


def _listed_changes(sentence: str, low: str, offset: int, periods, found) -> list[Comparison]:
    """The comparisons of a list of changes said in order of the values before it (etl/changes.py pairs
    them); none where its reference is no earlier period of the province's (a plan, the nation)."""
    out = []
    for m in _LISTED_CHANGES.finditer(low):
        if any(m.start() <= c.start - offset < m.end() for c in found):
            continue
        _reference_kind, derivable, period = _reference(low, m.start("ref"), m.end("ref"), m["ref"], periods)
        if not derivable:
            continue  # (a plan, the nation, the month before, or no period at all)
        items = list(_LISTED_ITEM.finditer(low, m.start("items"), m.end("items")))
        verb = m["dir"] or m["dir2"]
        reference = sentence[m.end("items") : m.end("ref")]  # (" so với năm trước")
        falls = verb == "giảm"
        for i, item in enumerate(items):
            amount = num(item["n"])
            if amount is None:
                break
            out.append(
                Comparison(
                    direction=-1 if falls else 1,
                    amount=amount,
                    amount_unit="%",
                    start=offset + item.start(),
                    end=offset + item.end(),
                    text=f"{verb} {sentence[item.start() : item.end()]}{reference}",
                    period=period,
                    reference="same_period_last_year",
                    derivable=True,
                    respective=(i, len(items)),
                )
            )
    return out


_SAME_SPAN = re.compile(r"cùng (?:kỳ|tháng|quý|thời kỳ|thời điểm)\b")
# "giảm 11,2% so với cùng kỳ tháng 11" (of 1-15 December): the same days of a month named without a year,
# the month before -- no year-on-year change, nothing derived (but "cùng kỳ tháng 11 (của) năm 2015" is that
# year's)
_THE_SAME_DAYS_OF_A_MONTH = re.compile(r"\bcùng kỳ (?:của )?tháng \d{1,2}\b(?![/.-]\d| (?:của )?năm)")


def _same_span_in(ref_period: Period | None, ref_text: str) -> Period | None:
    """ "so với cùng kỳ năm 2019" (in a report on 2021): the same span in the year written -- None, a year
    earlier, when no year is written in digits."""
    if ref_period is None or ref_period.kind != "year" or not re.search(r"\bnăm (?:19|20)\d\d\b", ref_text):
        return None
    return replace(ref_period, same_span=True)


def inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def value_tokens(sentence: str, taken: list[tuple[int, int]]) -> list[Token]:
    """Ranks, scores, per cents and money in a lower-cased sentence."""
    tokens: list[Token] = []
    # The positions the spans cover, once: testing each match against every span was quadratic in a
    # sentence dense in numbers (issue 15).
    covered = {pos for a, b in taken for pos in range(a, b)}

    def free(m) -> bool:
        return m.start() not in covered and m.end() - 1 not in covered

    # Scores, per cents and money open with a number and name their unit after it: one scan finds where
    # they may match, instead of each trying every digit of the sentence (etl/numbered.py).
    kinds = tuple(kind for kind in NUMBERED if may_hold(kind, sentence))
    found = numbered_matches(NUMERAL, tuple(NUMBERED[kind] for kind in kinds), sentence)
    numbered = dict(zip(kinds, found, strict=True))

    def matches(kind: str, pattern: re.Pattern):
        if pattern is NUMBERED.get(kind):
            return numbered.get(kind, ())
        return pattern.finditer(sentence) if may_hold(kind, sentence) else ()

    for m in matches("rank", quick(RANK)):
        if not free(m):
            continue
        rank_of = int(m["of"]) if m["of"] else None
        after = RANK_OF_AFTER.match(sentence[m.end() :])
        if rank_of is None and after:
            rank_of = int(after["of"])
        if (
            rank_of is not None
            and (best := AMONG_THE_BEST.match(sentence, m.end())) is not None
            # (the top 30 VCCI publishes, or the nation named: "… tốt nhất toàn quốc")
            and (rank_of == 30 or _THE_NATION_AFTER.match(sentence, best.end()))
        ):
            # "xếp thứ 16/30 tỉnh có chất lượng điều hành tốt nhất toàn quốc": a place in the top of the
            # nation's ranking, the only part an index publishes -- out of all provinces, not out of 30
            rank_of = None
        tokens.append(Token("rank", float(m["n"]), m.start(), m.end(), m.group(), rank_of=rank_of))
    for m in matches("rank", quick(RANK_LABELLED)):
        if free(m):
            at, end = m.start("n"), m.end("of")
            tokens.append(Token("rank", float(m["n"]), at, end, sentence[at:end], rank_of=int(m["of"])))
    for m in matches("rank", quick(RANK_IN_WORDS)):
        if not free(m):
            continue
        after = RANK_OF_AFTER.match(sentence[m.end() :])
        rank_of = int(after["of"]) if after else None
        tokens.append(
            Token("rank", float(RANK_WORDS[m["w"]]), m.start(), m.end(), m.group(), rank_of=rank_of)
        )
    for m in matches("score", SCORE):
        if not free(m) or (v := num(m["n"])) is None:
            continue
        start, scale = m.start(), None
        if (out_of := _SCORE_OUT_OF.search(sentence, max(0, start - 16), start)) is not None:
            # "41,73/80 điểm": the score, out of the scale's most -- not the most
            scale = v
            if (v := num(out_of["n"])) is None:
                continue
            start = out_of.start()
        tokens.append(Token("score", v, start, m.end(), sentence[start : m.end()], scale=scale))
    if "0," in sentence:
        for m in BARE_FRACTION_SCORE.finditer(sentence):
            if free(m) and (v := num(m["n"])) is not None:
                tokens.append(Token("score", v, m.start("n"), m.end("n"), m["n"]))
    if "điểm" in sentence:
        for m in SCORE_NAMED_FIRST.finditer(sentence):
            if free(m) and (v := num(m["n"])) is not None:
                tokens.append(Token("score", v, m.start("n"), m.end("n"), m["n"]))
    for m in matches("percent", PERCENT):
        if free(m) and (v := num(m["n"])) is not None:
            tok = Token("percent", v, m.start(), m.end(), m.group())
            window = sentence[max(0, m.start() - SHARE_WINDOW) : m.start()]
            tok.share_context = SHARE_BEFORE.search(window) is not None
            tokens.append(tok)
    for m in matches("money", MONEY):
        if not free(m) or (v := num(m["n"])) is None:
            continue
        scale = SCALE.get((m["scale"] or "").lower(), 1.0)
        currency = CURRENCY[m["cur"].lower()]
        tokens.append(Token("money", v, m.start(), m.end(), m.group(), money_unit=(currency, scale)))
    for m in matches("bare_billions", BARE_BILLIONS):
        if free(m) and (v := num(m["n"])) is not None:
            scale = SCALE[m["scale"].lower()]
            tokens.append(Token("money", v, m.start(), m.end(), m.group(), money_unit=("đồng", scale)))
    if "(" in sentence:
        tokens += _bracketed_items(sentence, tokens, free)
    return tokens


def _bracketed_items(sentence: str, tokens: list[Token], free) -> list[Token]:
    """The bare numbers of a list of places, each with its number in brackets, whose kind the value nearest
    before tells ("gồm Phú Thọ (xếp thứ 8), Lạng Sơn (16), Lào Cai (23)"; "Phú Thọ … với số điểm 70,35, các
    địa phương còn lại lần lượt là Lạng Sơn (69,01), Lào Cai (68,56)"): ranks or scores, never a count,
    per cent or money, which name their unit."""
    items = [m for m in BRACKETED_ITEM.finditer(sentence) if free(m)]
    if len(items) < 2:
        return []
    found = []
    for m in items:
        told = [t for t in tokens if t.end <= m.start() and m.start() - t.end <= 160]
        nearest = max(told, key=lambda t: t.end, default=None)
        if nearest is None or nearest.kind not in ("rank", "score") or (v := num(m["n"])) is None:
            continue
        # (the list's first value is a place's too -- in brackets after its name, or the one the list goes on
        # from: not "xếp thứ 16/63, số dự án mới ở thành phố Lạng Sơn (12), Cao Lộc (8)", counts)
        opened = sentence.rfind("(", 0, nearest.start)
        in_brackets = opened > sentence.rfind(")", 0, nearest.start)
        if not in_brackets and not _THE_LIST_GOES_ON.search(sentence, nearest.end, m.start()):
            continue
        if nearest.kind == "rank" and (not v.is_integer() or not 1 <= v <= 63):
            continue
        found.append(Token(nearest.kind, v, m.start("n"), m.end("n"), m["n"], bracketed=True))
    return found


_THE_LIST_GOES_ON = compile_lowered(r"\b(?:lần lượt|tiếp đến|tiếp theo|còn lại)\b")


COUNT_SHAPE = (
    # (a number word after a per-unit word is the unit, no count: "chi tiêu bình quân của một lượt khách")
    rf"(?P<n>{NUM}|(?<!của )(?<!mỗi )(?<!trên )(?<!cho )(?<!quân )(?<!bình )(?<!đối với ){NUMBER_WORD})"
    r"(?:\s*/\s*(?P<of>\d+)|\s+trên\s+(?:tổng số\s+)?(?P<of2>\d+))?"
    r"(?:\s+(?P<scale>nghìn|ngàn|triệu))?\s+"  # "1,9 triệu lượt khách"
)


@lru_cache(maxsize=256)
def count_pattern(counted: str) -> re.Pattern:
    """A number (or number word, or "N/M") followed by the counted noun phrase -- not a unit of carriage made
    of it ("luân chuyển 248,6 triệu lượt khách.km": passenger-kilometres, no count of visitors)."""
    return compile_lowered(rf"{COUNT_SHAPE}(?:{counted})(?!(?:\s\w+)?\s?[.\-]\s?km\b)")


@lru_cache(maxsize=16)
def any_count(patterns: tuple[str, ...]) -> re.Pattern:
    """A number before any of the counted noun phrases: where no count pattern can match, this does not
    either, so one scan spares a sentence every count rule ("đơn vị", "xã" alone are everywhere)."""
    return count_pattern("|".join(f"(?:{p})" for p in patterns))


@cache
def _out_of(ind: Indicator) -> re.Pattern:
    """The whole a ratio count is of, named before it: "Trong 21 chỉ tiêu chủ yếu …, có 17 chỉ tiêu …",
    "Trong số 18 chỉ tiêu …, có 15 chỉ tiêu …"."""
    # (not a group of them: "Trong số 6 chỉ tiêu về lĩnh vực xã hội, có 5 chỉ tiêu đạt")
    return compile_lowered(
        rf"\b(?:trong|trên) (?:(?:tổng )?số )?(?P<of>\d{{1,3}}) (?:{ind.counted.pattern})\b"
        r"(?!\s+(?:(?:về|thuộc|của|trong) )?(?:lĩnh vực|nhóm|khối|ngành)\b)"
    )


def counted_pattern(catalog: Catalog) -> re.Pattern:
    return any_count(tuple(ind.counted.pattern for ind in catalog.with_measure("count")))


# "…, nâng tổng số xã đạt chuẩn của tỉnh lên 49 xã": the stock an addition brings a count to.
RAISED_TOTAL = compile_lowered(
    # ("có 12 xã được công nhận đạt chuẩn …, nâng tổng số lên 100 xã": the thing named before, in the clause)
    # ("nâng tổng số lên khoảng 90 xã": with its bound)
    rf"\b(?:nâng|đưa) tổng số (?:(?P<what>[^;.]{{0,80}}?) )?lên (?:thành )?"
    r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ) )?"
    rf"(?P<n>{NUMERAL})(?:\s*/\s*\d{{1,4}})?"
    r"\s+(?P<unit>\w+)"
    # "Số xã đạt chuẩn nông thôn mới tăng từ 69 xã cuối năm 2019 lên 84 xã": the count named first, both ends
    # of its move after, the same noun
    rf"|\b(?:tổng )?số (?P<what3>(?P<noun3>\w+)[^;.\d]{{0,60}}?)\s+từ (?:(?:khoảng|gần|hơn|trên) )?"
    rf"(?P<from3_count>(?P<from3>{NUMERAL})\s+(?P=noun3))\b"
    r"(?:[^;.\d]|(?<=năm )\d{4}|(?<=/)\d{4}|\d{1,2}/(?=\d)){0,40}?"
    rf"\blên (?:(?:khoảng|gần|hơn|trên) )?(?P<n3>{NUMERAL})\s+(?P=noun3)\b"
    # "Lũy kế số xã đạt chuẩn nông thôn mới 110 xã": the count named first, its number after, the same noun
    # (the count's date may stand between: "Số xã đạt chuẩn … lũy kế đến hết năm 2024 là 110 xã")
    rf"|\b(?:lũy kế |luỹ kế |tổng )?số (?P<what2>(?P<noun>\w+)(?:[^;.\d]|(?<=năm )\d{{4}}){{0,60}}?)\s+"
    r"(?:đạt |là |có )?"
    rf"(?P<n2>{NUMERAL})(?:\s*/\s*\d{{1,4}})?\s+(?P=noun)\b"
    # "Số doanh nghiệp thành lập mới (9 tháng) là 312, tăng 9,1%": the count named first, its number bare at
    # the end of its clause (no bound, which the number would lose)
    # (not a list's first item: "số xã đạt chuẩn … lần lượt là 93, 101 và 108 xã"; nor a per cent, "đạt
    # 95,2%")
    r"|\b(?:lũy kế |luỹ kế |tổng )?số "
    r"(?P<what4>(?:(?!lần lượt|tương ứng)(?:[^;.,\d]|(?<=năm )\d{4}|\d{1,2}(?= tháng))){0,60}?)"
    rf"\s+(?:là|đạt|ước đạt|ước là|ước tính đạt) (?P<n4>{NUMERAL})(?![.,]\d)(?=\s*(?:[;.)]|,(?!\s*\d)|$))"
)


_ANOTHER_COUNT_AFTER_A_COMMA = compile_lowered(r",\s*(?:(?:có|còn|với|cùng)\s*)?$")
# what may follow a count's own words before its bare number: its span, its place
_THE_COUNT_ALONE = compile_lowered(
    r"(?:\s+(?:(?:trong |của )?(?:\d{1,2} tháng(?: đầu năm| cuối năm)?|cả năm|năm (?:19|20)\d\d|quý [ivx]+)"
    r"|(?:của |trên địa bàn |trong )?(?:toàn )?tỉnh(?: lạng sơn)?|trên địa bàn|lũy kế|luỹ kế))*\s*"
)


def _own_words_end(ind: Indicator, what: str) -> int:
    """Where the count's own words, read as its raised total or its counted noun, end in `what`."""
    ends = [m.end() for p in (ind.raised_total, ind.counted) if p is not None and (m := p.match(what))]
    return max(ends)


def raised_totals(sentence: str, ind: Indicator, taken, found: list[re.Match] | None = None) -> list[Token]:
    """The stock a count reaches, written with its noun first ("nâng tổng số xã … lên 49 xã"). `found`: the
    sentence's RAISED_TOTAL matches, when the caller scanned it once for several indicators."""
    if ind.raised_total is None or "số " not in sentence:
        return []
    tokens = []
    for m in found if found is not None else RAISED_TOTAL.finditer(sentence):
        n, what = (
            ("n", "what")
            if m["n"]
            else ("n2", "what2")
            if m["n2"]
            else ("n3", "what3")
            if m["n3"]
            else ("n4", "what4")
        )
        value = num(m[n])
        if value is None or inside(m.start(n), taken):
            continue
        if n == "n" and m[what] is None:
            clause_start = sentence.rfind(";", 0, m.start()) + 1
            named = ind.raised_total.search(sentence, clause_start, m.start())
            if named is None or named.group().split()[0] != m["unit"]:
                continue
        elif not ind.raised_total.match(m[what]):
            continue
        elif n == "n2" and _ANOTHER_COUNT_AFTER_A_COMMA.search(sentence, m.start(what), m.start(n)):
            # ("bên cạnh số doanh nghiệp thành lập mới, có 205 doanh nghiệp hoạt động trở lại": the clause
            # after the comma counts others)
            continue
        elif n == "n4" and not _THE_COUNT_ALONE.fullmatch(m[what], _own_words_end(ind, m[what])):
            # ("Số doanh nghiệp thành lập mới 9 tháng là 312": the count itself, with its span or place at
            # most -- not "… thành lập mới có vốn đầu tư nước ngoài là 3", "số đảng viên bị kỷ luật là 45",
            # "… tăng thêm là 12": a part, another count, an addition)
            continue
        if n == "n3" and (start := num(m["from3"])) is not None and not inside(m.start("from3"), taken):
            # (the move's start, a level at its own date)
            at, end = m.span("from3_count")
            tokens.append(Token("count", start, at, end, sentence[at:end], indicator=ind))
        tokens.append(
            Token("count", value, m.start(n), m.end(), sentence[m.start(n) : m.end()], indicator=ind)
        )
    return tokens


def _context_in(ind: Indicator, sentence: str) -> bool:
    """Whether the sentence names the count's context (one without a context needs none)."""
    return ind.context is None or (
        may_match(ind.context, sentence) and quick(ind.context).search(sentence) is not None
    )


def _nowhere(_pattern: re.Pattern) -> bool:
    return False


def count_tokens(
    sentence: str, catalog: Catalog, taken, about=_nowhere, under_a_plan: bool = False
) -> list[Token]:
    """Counts of the catalog's counted things in a lower-cased sentence. `about(pattern)`: whether the
    paragraph, headings and title the sentence stands in name a pattern, where a count's context may be
    named once for all its sentences ("Nông thôn mới … . Năm 2025, tỉnh phấn đấu có thêm 10 xã đạt chuẩn,
    nâng tổng số lên 122 xã"); `under_a_plan`: whether a heading above it names a plan ("III. PHƯƠNG ÁN SẮP
    XẾP"), so a count of what is to be done is the plan's."""
    tokens = []
    plan = under_a_plan or bool(quick(PLAN).search(sentence))
    raised_found: list[re.Match] | None = None  # (scanned once, for every indicator with a raised total)
    for ind in catalog.with_measure("count"):
        # (Only an indicator with a raised total is asked for its context here: a scan of the sentence.)
        raised = []
        if (
            ind.raised_total is not None
            and "số " in sentence
            # (a raised total names its noun: "… lên 176 doanh nghiệp")
            and may_match(ind.raised_total, sentence)
            and (_context_in(ind, sentence) or about(quick(ind.context)))
        ):
            if raised_found is None:
                raised_found = list(RAISED_TOTAL.finditer(sentence))
            raised = raised_totals(sentence, ind, taken, raised_found)
            tokens += raised
        # Cheap tests first: most sentences name none of the counted things.
        short = (
            ind.raised_total is not None
            and may_match(ind.raised_total, sentence)
            and ind.raised_total.search(sentence) is not None
        )
        if not short and (not may_match(ind.counted, sentence) or not ind.counted.search(sentence)):
            continue
        undecided = False
        held_for = None
        # "… có ít nhất 80 xã đạt chuẩn" in a paragraph on new-rural communes: its short noun counts it
        # (where it ends its clause and is no part of a whole: not "có 9 xã đạt chuẩn giai đoạn trước hiện bị
        # rớt", "Cao Lộc dẫn đầu với 15/20 xã đạt chuẩn")
        if (
            not _context_in(ind, sentence)
            and not (short and about(quick(ind.context)))
            # ("Đại hội khai mạc sáng cùng ngày … . Có 398 đại biểu chính thức về dự, …": those attending
            # the meeting its paragraph opened)
            and not (
                ind.context_nearby is not None
                and ind.context_nearby.search(sentence)
                and about(quick(ind.context_around or ind.context))
            )
        ):
            twin = catalog.by_id(ind.over_years) if ind.over_years else None
            if twin is not None and twin.context is not None and twin.context.search(sentence):
                continue  # its twin's ("… đại biểu" of a congress to come)
            if twin is None:
                # "Buổi chiều, có 296 đại biểu biểu quyết" a sentence after the congress opened: the count's
                # noun without its context may count it or another thing -- held for review, never lost
                held_for = (
                    "not_in_catalog",
                    f"a count of what {ind.id} counts, its sentence naming no context",
                )
            else:
                # with neither its own context nor its twin's, the period it is read with decides (extract)
                undecided = True
        if ind.not_context and ind.not_context.search(sentence):
            continue
        if (ind.tense == "past" and plan) or (ind.tense == "planned" and not plan):
            continue
        counted_before = False  # a value of this count already found in the sentence
        # "…đạt chuẩn nông thôn mới; đến nay toàn tỉnh có 30 xã đạt chuẩn": in a sentence naming the count's
        # context, its short noun counts it too
        nouns = f"(?:{ind.counted.pattern})|(?:{ind.raised_total.pattern})" if short else ind.counted.pattern
        for m in count_pattern(nouns).finditer(sentence):
            if inside(m.start(), taken) or inside(m.start(), [(t.start, t.end) for t in raised]):
                continue  # (a raised total found it already: "Số doanh nghiệp … là 95 doanh nghiệp")
            value = num(m["n"])
            if value is not None and m["scale"]:
                value = round(value * SCALE[m["scale"]], 6)
            rank_of = m["of"] or m["of2"]
            if (
                ind.ratio
                and not rank_of
                and (whole := _out_of(ind).search(sentence, max(0, m.start() - 120), m.start()))
            ):
                rank_of = whole["of"]  # "Trong 21 chỉ tiêu chủ yếu của năm, có 17 chỉ tiêu ước đạt và vượt"
            if value is None or (ind.ratio and not rank_of):
                continue
            if rank_of and not ind.ratio:
                # "có mặt 398/398 đại biểu", "93/181 xã đạt chuẩn": N of M, the count is N
                rank_of = None
            if (
                short
                and not ind.counted.search(m.group())
                and (m["of"] or m["of2"] or not _CLAUSE_END.match(sentence, m.end()))
            ):
                continue  # the short noun counts only where it ends its clause and is no part of a whole
            prefix = sentence[: m.start()]
            qualifier = qualifier_before(sentence, m.start())
            if qualifier:
                prefix = QUALIFIER_BEFORE.sub("", prefix)
            clause_start = max(sentence.rfind(";", 0, m.start()), sentence.rfind(". ", 0, m.start())) + 1
            # ("… các khu, điểm du lịch trọng điểm của tỉnh đón trên 90.000 lượt khách", "… lượt khách lưu
            # trú"): a part of what the indicator counts -- held for review, with the words that say so
            part = (ind.not_before.search(sentence, clause_start, m.start()) if ind.not_before else None) or (
                ind.not_after.match(sentence, m.end()) if ind.not_after else None
            )
            part_held = part.group().strip() if part is not None else None
            before_ok = ind.before is None or compile_lowered(rf"(?:{ind.before.pattern})$").search(prefix)
            after_ok = ind.after is not None and ind.after.match(sentence, m.end())
            # "Tháng 5 có 71 doanh nghiệp thành lập mới; lũy kế 5 tháng là 318 doanh nghiệp": the running
            # total of the count just given
            running = (
                counted_before
                and RUNNING_TOTAL_BEFORE.search(prefix[-48:]) is not None
                and _RUNNING_TOTAL_END.match(sentence, m.end()) is not None
                # (the nearest count of the same noun before it is this one's: not "…, 52 doanh nghiệp giải
                # thể; riêng quý II có 30 doanh nghiệp", which may be of either)
                and _last_count_is(tokens, ind, sentence, m)
            )
            if not (before_ok or after_ok or running):
                continue
            counted_before = counted_before or part_held is None
            tokens.append(
                Token(
                    "count",
                    value,
                    m.start(),
                    m.end(),
                    m.group(),
                    rank_of=int(rank_of) if rank_of else None,
                    indicator=ind,
                    qualifier=qualifier,
                    undecided=undecided,
                    part_held=part_held,
                    held_for=held_for,
                )
            )
        if ind.said_again is not None and _context_in(ind, sentence):
            tokens += _said_again(sentence, ind, nouns, taken, tokens, undecided)
        if held_for is None:
            tokens += _the_number_is(sentence, ind, taken, tokens, undecided)
    return _claimed_before_held(tokens)


@lru_cache(maxsize=64)
def _number_then_bare(counted: str) -> re.Pattern:
    """ "Số doanh nghiệp thành lập mới trên toàn tỉnh là 402, tăng 8,1%": the number of the counted things
    as the clause's subject, its value bare after "là" or "đạt" (no noun after it, nothing between but the
    subject's place and period) -- or the things themselves opening the sentence or a clause: "Doanh nghiệp
    thành lập mới ước đạt 762, bằng 152% kế hoạch", "Năm 2022, doanh nghiệp thành lập mới ước đạt 611"."""
    return compile_lowered(
        rf"(?:(?<!của )(?<!của tổng )\b(?:tổng )?số (?:lượng )?|^\W*|(?<=[,;:] ))(?P<noun>{counted})"
        r"(?P<between>[^,;:()%]{0,60}?)\s(?:ước )?(?:là|đạt)\s+"
        r"(?:(?:khoảng|gần|hơn|trên|ước|ước tính)\s+)?"
        r"(?P<n>\d{1,3}(?:\.\d{3})+|\d{1,4})(?![.,]\d)(?=\s*(?:[,;.)]|$))"
    )


# (a change or another count between the subject and its value: "Số doanh nghiệp thành lập mới tăng 20% là …")
_NOT_THE_SUBJECTS_OWN = compile_lowered(r"\b(?:tăng|giảm|gồm|trong đó|so với|bằng|chiếm|riêng)\b")


def _the_number_is(sentence: str, ind: Indicator, taken, found: list[Token], undecided: bool) -> list[Token]:
    spans = [(t.start, t.end) for t in found]
    tokens = []
    for m in _number_then_bare(ind.counted.pattern).finditer(sentence):
        at = m.start("n")
        if (
            inside(at, taken)
            or inside(at, spans)
            or _NOT_THE_SUBJECTS_OWN.search(m["between"])
            # (the noun in full, as the catalog's words after it require: "số doanh nghiệp thành lập mới", not
            # "số doanh nghiệp" of any kind)
            or (ind.after is not None and not ind.after.match(sentence, m.end("noun")))
            or (ind.not_before and ind.not_before.search(sentence, m.start(), at))
            or (value := num(m["n"])) is None
        ):
            continue
        tokens.append(_count_of(ind, value, sentence, at, m.end("n"), undecided))
    return tokens


def _count_of(ind: Indicator, value: float, sentence: str, start: int, end: int, undecided: bool) -> Token:
    """A count of `ind` written at sentence[start:end], its bound read from the words before it."""
    return Token(
        "count",
        value,
        start,
        end,
        sentence[start:end],
        indicator=ind,
        qualifier=qualifier_before(sentence, start),
        undecided=undecided,
    )


def _claimed_before_held(tokens: list[Token]) -> list[Token]:
    """The counts found, each number once: one an indicator claims before one only held for review (two
    indicators may count the same noun, one of them naming its context)."""
    claimed = [(t.start, t.end) for t in tokens if t.held_for is None]
    kept, held_at = [], set()
    for t in tokens:
        if t.held_for is not None and (inside(t.start, claimed) or t.start in held_at):
            continue
        if t.held_for is not None:
            held_at.add(t.start)
        kept.append(t)
    return kept


def _said_again(sentence: str, ind: Indicator, nouns: str, taken, found: list[Token], undecided: bool):
    """The count spoken of again by its bare noun after the sentence named it in full, the noun ending its
    clause: "Đến nay toàn tỉnh có 38 xã đạt chuẩn, kế hoạch đến cuối năm là 42 xã" (not a change, "tăng 6
    xã so với cuối năm 2023", nor a part of a whole, "3/19 xã")."""
    named = next(count_pattern(nouns).finditer(sentence), None)
    # (or named as a number of them, its count said after by the bare noun: "Số xã đạt chuẩn nông thôn mới
    # tăng thêm 8 xã, lũy kế đến cuối năm 2025 đạt 114 xã")
    number_of = _number_of(nouns).match(sentence) if named is None else None
    if named is None and number_of is None:
        return []
    # (after what a year added, "có thêm 9 xã", "có 9 xã được công nhận đạt chuẩn", only the stock it brings
    # the count to, "lũy kế 108 xã": not "…, kế hoạch đề ra là 8 xã", "…, năm 2022 là 12 xã")
    if named is None:
        named = number_of
        added = "thêm" in sentence
    else:
        added = (
            "được công nhận" in named.group() or _ADDED_BEFORE.search(sentence, 0, named.start()) is not None
        )
    spans = [(t.start, t.end) for t in found]
    tokens = []
    for m in count_pattern(ind.said_again.pattern).finditer(sentence, named.end()):
        if (
            inside(m.start(), taken)
            or inside(m.start(), spans)
            or m["of"]
            or m["of2"]
            or m["scale"]
            or not _CLAUSE_END.match(sentence, m.end())
            or _OTHER_UNITS_AFTER.match(sentence, m.end())
            # (nor past a semicolon, another statement: "…; toàn tỉnh có 181 xã", all the communes)
            or ";" in sentence[named.end() : m.start()]
            or (added and not _A_STOCK_SAID.search(sentence, named.end(), m.start()))
            # (not in brackets: "có thêm 9 xã được công nhận (kế hoạch 8 xã)", an addition's plan)
            or sentence.count("(", named.end(), m.start()) > sentence.count(")", named.end(), m.start())
            or not _THE_PROVINCE_AGAIN.fullmatch(_segment_before(sentence, named.end(), m.start()))
            or _A_CHANGE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
            or (ind.not_before and ind.not_before.search(sentence, named.end(), m.start()))
            or (value := num(m["n"])) is None
        ):
            continue
        tokens.append(_count_of(ind, value, sentence, m.start(), m.end(), undecided))
    return tokens


def _segment_before(sentence: str, start: int, at: int) -> str:
    """The words between the last comma, semicolon, colon or bracket before `at` (not before `start`) and
    `at`."""
    cut = max(sentence.rfind(mark, start, at) for mark in (",", ";", ":", "(", ")"))
    return sentence[max(cut + 1, start) : at]


# (a change or a difference, not the count: "tăng 6 xã", "hơn 12 xã", "vượt kế hoạch 2 xã")
_A_CHANGE_BEFORE = compile_lowered(
    r"\b(?:tăng|giảm|thêm|hơn|kém|vượt|thiếu|bớt|trong đó|gồm)"
    r"(?: (?:kế hoạch|mục tiêu|chỉ tiêu|dự kiến)(?: năm)?)?(?: (?:khoảng|gần|hơn|trên|thêm))?\s*$"
)
# (the count said again is the province's, its clause naming nothing else: "kế hoạch đến cuối năm là 42 xã",
# "trong khi toàn tỉnh có 114 xã" -- not "riêng Tràng Định có 8 xã", "(Hữu Lũng 3 xã, …)")
_THE_PROVINCE_AGAIN = compile_lowered(
    r"\s*(?:(?:kế hoạch|mục tiêu|chỉ tiêu|phấn đấu|dự kiến|ước|đến|tới|hết|cuối|năm|nay|\d{4}|toàn tỉnh"
    r"|cả tỉnh|tỉnh|có|là|đạt|nâng lên|lên|trong khi|và|khoảng|gần|hơn|trên|ít nhất|từ|sẽ|đã"
    r"|lũy kế|luỹ kế|vượt|đề ra|đại hội)\s+)*"
)
_ADDED_BEFORE = compile_lowered(r"\bthêm\s+(?:\S+\s+)?$")


@lru_cache(maxsize=16)
def _number_of(nouns: str) -> re.Pattern:
    """A sentence that opens on the number of the counted things as its subject ("Số xã đạt chuẩn …")."""
    return compile_lowered(rf"\s*(?:[-+•*–]\s*|\d{{1,2}}[.)]\s*)?(?:tổng )?số (?:lượng )?(?:{nouns})")


_A_STOCK_SAID = compile_lowered(r"\b(?:lũy kế|luỹ kế|tổng số|nâng lên|nâng tổng|đưa tổng)\b")
# (nor one kind of unit of several: "tỉnh còn 65 xã, phường")
_OTHER_UNITS_AFTER = compile_lowered(r",?\s*(?:phường|thị trấn)\b")


# (a span from the year's start, never "lũy kế đến nay có 5.591 doanh nghiệp": a stock of another thing; or
# a part of the span just given, singled out: "Trong 6 tháng, … có 148 doanh nghiệp thành lập mới, riêng quý
# II có 86 doanh nghiệp")
RUNNING_TOTAL_BEFORE = compile_lowered(
    r"(?:(?:lũy kế|luỹ kế|cộng dồn|tính chung)"
    r"(?: \d{1,2} tháng(?: đầu năm)?| từ đầu năm(?: đến nay)?| quý (?:i|ii|iii|iv|1|2|3|4))"
    r"(?: (?:năm )?\d{4})?|\bcả năm(?: \d{4})?"
    r"|\briêng (?:quý (?:i|ii|iii|iv|1|2|3|4)|tháng \d{1,2})(?:/\d{4}| năm \d{4})?),? (?:là|đạt|có)\s+$"
)
# the counted noun ends its clause: nothing after it says it is another kind of thing
_CLAUSE_END = compile_lowered(r"\s*(?:[,;.)]|$)")
# ... or goes on to what the same enterprises registered: "lũy kế 9 tháng có 312 doanh nghiệp với tổng vốn
# đăng ký 2.865 tỷ đồng"
_RUNNING_TOTAL_END = compile_lowered(r"\s*(?:[,;.)]|$|với (?:tổng )?(?:số )?vốn)")


def _last_count_is(tokens: list[Token], ind: Indicator, sentence: str, m: re.Match) -> bool:
    """Whether the last number counted with the same noun as `m` before it is a count of `ind` found."""
    noun = sentence[m.start("n") + len(m["n"]) : m.end()].strip().split(" ")[:2]
    if not noun:
        return False
    same = re.compile(rf"\d[\d.,]*\s+{re.escape(' '.join(noun))}\b")
    before = [x.start() for x in same.finditer(sentence, 0, m.start())]
    ours = [t.start for t in tokens if t.indicator is ind and t.start < m.start()]
    return bool(before and ours and before[-1] == ours[-1])


def to_unit(tok: Token, ind: Indicator, catalog: Catalog) -> float | None:
    """The token's value in the indicator's unit (money, and counted things in a unit with a scale, rescaled
    by the catalog's unit), or None."""
    unit = catalog.units[ind.unit]
    if tok.kind == "count" and unit.scale and not unit.is_money:
        return as_written(tok.value / unit.scale)
    if tok.kind != "money":
        return tok.value
    currency, scale = tok.money_unit
    if not unit.is_money or currency != unit.currency:
        return None
    return as_written(tok.value * scale / unit.scale)


def as_written(value: float) -> float:
    """A rescaled value without the binary fraction's noise ("34,3 nghìn tỷ đồng" is 34.300 tỷ, not
    34.299,99999999999): twelve significant digits, more than any figure is written with."""
    return float(f"{value:.12g}")
