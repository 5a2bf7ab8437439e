"""What a value is about: the catalog indicator whose topic stands nearest it ("về chuyển đổi số" after it,
else the nearest before it), the subject carried over from its sentence, the sentence before or the title,
the rate a rank ranks, a regional rank's twin, the per-month twin of a yearly indicator, and the pairs of a
"lần lượt" list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from etl.casefold import compile_lowered
from etl.catalog import Catalog, Indicator
from etl.literals import may_match, quick, required_words
from etl.numbers import SCALE
from etl.periods import (
    UNPLACED,
    Period,
    PeriodMatch,
    listed_one_after_another,
    quarter_period,
    shift_years,
    year_period,
    years_of_span,
)
from etl.respectively import respective_lists
from etl.titles import title_line_index
from etl.values import DIGIT, MONEY, NUM, Token, num, value_tokens
from etl.wording import CHANGE_MARK, MARK_AFTER, status_of_whose_value

REGIONAL = compile_lowered(r"khu vực|\bvùng\b|\bmiền\b|trung du|duyên hải|tây nguyên|đồng bằng")


NATIONAL = compile_lowered(r"cả nước|toàn quốc|\b63 tỉnh")


ABOUT = re.compile(r"\bvề\b")


def topic_spans(sentence: str, catalog: Catalog, measure: str) -> list[tuple[int, int, Indicator]]:
    def spans(kind: str) -> list[tuple[int, int, Indicator]]:
        patterns, words = _topic_patterns(catalog, measure, kind)
        # (which of the measure's words the sentence holds is asked once, not once per pattern: a substring
        # test spares most scans, as may_match's does -- etl/literals.py)
        present = {word for word in words if word in sentence}
        return [
            (m.start(), m.end(), ind)
            for ind, pattern, needs in patterns
            if not needs or not needs.isdisjoint(present)
            for m in quick(pattern).finditer(sentence)
        ]

    named = spans("topics")
    generic = (
        spans("generic_topics") if any(ind.generic_topics for ind in catalog.with_measure(measure)) else []
    )
    if not generic:
        return named
    # A bare word ("kim ngạch đạt …") stands for its indicator only before any narrower subject is named --
    # or after subjects counted in another unit, which it cannot narrow, once a number has followed them
    # ("kim ngạch xuất nhập khẩu … đạt 43 tỷ USD và số thu đạt khoảng 9.000 tỷ đồng": the take, not the trade)
    first = min((start for start, _end, _ind in named), default=len(sentence))
    return named + [
        span
        for span in generic
        if span[1] <= first
        or all(
            # (the same subject named again bare: "tổng kim ngạch qua địa bàn tăng …; tuy nhiên chỉ tiêu kim
            # ngạch đến năm 2020 đạt khoảng 6.000 triệu USD")
            # (not a part singled out: "…; riêng kim ngạch với Trung Quốc khoảng 68,5 tỷ USD")
            (ind is span[2] and _SINGLED_OUT_BEFORE.search(sentence, max(0, span[0] - 8), span[0]) is None)
            or (
                ind.unit != span[2].unit
                # (a number between: the named subject's value, or what it is said of -- "nếu lượng ô tô nhập
                # khẩu duy trì như tháng 10, số thu cả năm có thể đạt khoảng 4.800 tỷ đồng")
                and DIGIT.search(sentence, end, span[0]) is not None
                and _NEW_LINE.search(sentence, end, span[0]) is None
            )
            for start, end, ind in named
            if start < span[0]
        )
    ]


@lru_cache(maxsize=64)
def _topic_patterns(
    catalog: Catalog, measure: str, kind: str
) -> tuple[tuple[tuple[Indicator, re.Pattern, frozenset[str]], ...], frozenset[str]]:
    """The topic patterns of one kind ("topics", "generic_topics") of the indicators read as `measure`, in the
    catalog's order, each with the words one of which every match of it holds (none: no test), and all those
    words together."""
    patterns = tuple(
        (ind, pattern, frozenset(required_words(pattern)))
        for ind in catalog.with_measure(measure)
        for pattern in getattr(ind, kind)
    )
    return patterns, frozenset().union(*(needs for _ind, _pattern, needs in patterns))


_SINGLED_OUT_BEFORE = re.compile(r"\briêng\s+$")
# (only between two subjects of one line: an infographic's next line is a subject of its own)
_NEW_LINE = re.compile(r"\n")


# "Với 43,85 điểm, …": a clause that opens on its value names the value's subject right after the comma (so
# does one that names the value first: "Với tổng điểm 69,12, PCI …", "Với giá trị chỉ số đạt 0,5867, DTI …")
WITH_VALUE = compile_lowered(
    # (after a lead's dash too: "(Thanh tra) - Với tổng điểm 69,01 điểm, Chỉ số … (PCI) năm 2024 …")
    r"(?:^|[,;:–-]\s*)với\s+(?:tổng\s+)?(?:số\s+)?"
    r"(?:(?:(?<=tổng )điểm|(?<=số )điểm|điểm số|giá trị(?: chỉ số)?|chỉ số)(?: số)?"
    r"\s+(?:(?:là|đạt|đạt được)\s+)?)?$"
)
_A_RATE_OF_BEFORE = compile_lowered(
    r"\b(?:mức|tốc độ) tăng(?: trưởng)?\s+(?:(?:chung|ước|ước tính|đạt|là)\s+)*$"
)
OPENING_COMMA = re.compile(r"\s*,\s*(?:thì\s+)?(?:\w+\s+){0,2}?")


def topic_for(
    tok: Token, sentence: str, candidates, tokens: list[Token], catalog: Catalog
) -> Indicator | None:
    if not candidates:
        return None
    # "đứng thứ 6 toàn quốc về chuyển đổi số": the subject follows the value, after "về"; so it does after a
    # value the clause opens on ("Với 43,85 điểm, Chỉ số PAPI năm 2022 của tỉnh xếp thứ 13/63").
    after = [c for c in candidates if c[0] >= tok.end and c[0] - tok.end <= 80]
    # (only the words right before the value are looked at: a run-on sentence is not rescanned per value)
    opens_on_value = WITH_VALUE.search(sentence, max(0, tok.start - 24), tok.start) is not None
    for start, _end, ind in sorted(after, key=lambda c: (c[0], -(c[1] - c[0]))):
        gap = sentence[tok.end : start]
        if tok.kind == "rank" and _CHANGED_AGAINST_THE_INDEX.fullmatch(gap):
            # "Lạng Sơn xếp thứ 26, tăng 23 bậc so với chỉ số Par Index năm 2012": the index the rank moved in
            return ind
        if (
            (
                # (for an amount or a rate, "về" in its own comma segment: not "… đạt khoảng 150 triệu đồng,
                # đưa Lạng Sơn vào nhóm 5 tỉnh dẫn đầu vùng về quy mô kinh tế")
                (
                    ABOUT.search(gap)
                    and (
                        tok.kind in ("rank", "score")
                        or "," not in gap
                        or not _a_subject_before(candidates, tok)
                    )
                )
                or (opens_on_value and OPENING_COMMA.fullmatch(gap))
                # "thu hút khoảng 250 triệu USD vốn FDI": the subject right after the amount, as its noun
                or (tok.kind == "money" and NOUN_GAP.fullmatch(gap) is not None)
                # "toàn tỉnh còn 5,86% hộ nghèo": a rate right before the noun it is the rate of
                or (tok.kind == "percent" and gap == " " and sentence[start].isalpha())
                # ("…, phần còn lại 4,36% là thuế sản phẩm trừ trợ cấp sản phẩm": what the share is said to
                # be)
                or (tok.kind == "percent" and gap == " là ")
                # ("đóng góp 0,76 điểm phần trăm vào mức tăng 4,65% của tổng sản phẩm trên địa bàn": the rate
                # of what is named after it)
                or (
                    tok.kind == "percent"
                    and gap == " của "
                    and _A_RATE_OF_BEFORE.search(sentence, max(0, tok.start - 24), tok.start) is not None
                )
            )
            and ";" not in gap
            and not any(t is not tok and tok.end <= t.start < start for t in tokens)
        ):
            return ind
        break
    # Otherwise the nearest subject before the value; the longest wins where two end together
    # ("GRDP bình quân đầu người" over "GRDP").
    before = [c for c in candidates if c[1] <= tok.start and tok.start - c[1] <= 200]
    before = [c for c in before if ";" not in sentence[c[1] : tok.start]]
    # (not a subject inside a bracket closed before the value: "Dự toán … là 8.560 tỷ đồng (thu nội địa …, thu
    # từ hoạt động xuất nhập khẩu 5.000 tỷ đồng), cao hơn mức Trung ương giao 7.610 tỷ đồng" -- the whole's)
    before = [c for c in before if not _in_figures_closed_before(sentence, c[1], tok.start)]
    if tok.kind == "money" and tok.money_unit is not None:
        # (an amount in đồng is no subject's in dollars: "số thuế thu từ hàng hóa xuất nhập khẩu qua các cửa
        # khẩu của tỉnh đạt 5.396,8 tỷ đồng" is the revenue, though the turnover's words end nearer) (in the
        # value's own clause: not "doanh thu du lịch … 3.650 tỷ đồng, kim ngạch xuất khẩu … 2.300 tỷ đồng")
        in_its_currency = [
            c
            for c in before
            if catalog.unit(c[2]).currency in (None, tok.money_unit[0])
            and not _A_CLAUSE_BREAK.search(sentence, c[1], tok.start)
        ]
        before = in_its_currency or before
    if not before:
        return None
    return max(before, key=lambda c: (c[1], c[1] - c[0]))[2]


_A_CLAUSE_BREAK = re.compile(r"[;]|,(?!\d)")


def _a_subject_before(candidates, tok: Token) -> bool:
    """Whether a subject stands before the value in its sentence (then "…, đưa Lạng Sơn vào nhóm … về quy mô
    kinh tế" after it is no subject of its own)."""
    return any(end <= tok.start for _start, end, _ind in candidates)


_CHANGED_AGAINST_THE_INDEX = compile_lowered(
    r",?\s*(?:tăng|giảm|tụt|thăng)(?: nhẹ| mạnh)? \d{1,2} (?:bậc|hạng) so với (?:(?:kết quả|bảng xếp hạng) )?"
    r"(?:chỉ số )?"
)


def _in_figures_closed_before(sentence: str, at: int, value_start: int) -> bool:
    """Whether the subject ending at `at` stands in a bracket of figures that closes before `value_start`
    (not a name in brackets: "Tổng sản phẩm trên địa bàn (GRDP) …, xếp thứ 9/34")."""
    opened = sentence.rfind("(", 0, at)
    if opened < 0 or sentence.rfind(")", opened, at) >= 0:
        return False
    closed = sentence.find(")", at, value_start)
    return closed >= 0 and _A_FIGURE.search(sentence, opened, closed) is not None


# a number that is no year ("(DTI 2023)" names an edition, "(thu nội địa 3.560 tỷ đồng, …)" gives figures)
_A_FIGURE = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d")


def _up_to_next_rank(sentence: str, tok: Token) -> str:
    """What follows a rank up to the next one: "đứng thứ 3 trong vùng và thứ 17/34 cả nước"."""
    return re.split(r"[,;]| và (?=(?:đứng |xếp )?thứ)", sentence[tok.end : tok.end + 60])[0]


def is_regional(tok: Token, sentence: str, ind: Indicator, clause_start: int = 0) -> bool:
    """A rank among the region's provinces: out of a regional number, the region named right after it
    ("thứ 3/14 tỉnh trong vùng"), or, with no total of its own, a clause that opens on the region ("Trong 14
    tỉnh trung du và miền núi phía Bắc, tỉnh xếp thứ 4")."""
    tail = _up_to_next_rank(sentence, tok)
    if tok.rank_of and ind.national_total and tok.rank_of not in NATIONAL_TOTALS:
        # (not a place in the nation's top group the sentence names: "… trong nhóm 30 tỉnh, thành phố có chất
        # lượng điều hành kinh tế tốt nhất cả nước, ở vị trí 16/30")
        return not (tok.rank_of == 30 and _THE_NATIONS_TOP_THIRTY.search(sentence))
    if REGIONAL.search(tail) and not NATIONAL.search(tail):
        return True
    if REGIONAL.search(tail) and not NATIONAL.search(tail):
        return True
    if tok.rank_of is None and not NATIONAL.search(tail):
        lead = sentence[clause_start : tok.start]
        # (The rule's words first, asked of the sentence once: the rule itself tries every character.)
        opening = (
            REGION_OPENING.search(lead)
            if may_match(REGION_OPENING, sentence, clause_start, tok.start)
            else None
        )
        return opening is not None and not NATIONAL.search(lead, opening.end())
    return False


_THE_NATIONS_TOP_THIRTY = compile_lowered(r"\b(?:nhóm|top) 30 (?:tỉnh|địa phương)\b")
# "Trong 14 tỉnh trung du …, tỉnh xếp thứ 4", "Xét trong khu vực …", "Ở vùng …": a clause opening on the
# region.
REGION_OPENING = compile_lowered(
    # ("Trong số các tỉnh vùng trung du …, Lạng Sơn đứng thứ 3")
    # ("Nếu tính theo khu vực miền núi phía Bắc thì tỉnh xếp thứ 2")
    # ("Xét riêng các tỉnh miền núi phía Bắc, Lạng Sơn đã leo lên vị trí thứ 2")
    # ("Tính riêng khu vực miền núi phía Bắc, Lạng Sơn xếp thứ 2")
    r"(?:^|[,.;]\s*)\s*(?:xét |còn |tính )?"
    # ("Riêng ở khu vực miền núi phía Bắc, tỉnh lên vị trí thứ 2")
    # ("…; so với 9 tỉnh trong vùng trung du và miền núi phía Bắc, mức tăng này đứng thứ ba")
    # ("Nếu chỉ xét khu vực miền núi phía Bắc, tỉnh đã lên xếp thứ 2", "Nếu chỉ so trong khu vực …")
    r"(?:trong|ở|tại|so với(?= (?:các|\d+) tỉnh)|(?:nếu )?(?:chỉ )?(?:(?:tính|xét|so) (?:theo|trong)|xét)"
    r"|riêng(?: (?:ở|trong|tại))?)\s+"
    # ("Trong phạm vi khu vực miền núi phía Bắc, Lạng Sơn đã vươn lên vị trí thứ 2")
    # ("Trong khu vực 14 tỉnh trung du và miền núi phía Bắc, tỉnh đứng thứ 5": the region, then its count)
    r"(?:phạm vi\s+)?(?:nhóm\s+)?(?:(?:khu vực|vùng)\s+(?=(?:số )?(?:\d+|các) tỉnh))?"
    # ("riêng trong 14 tỉnh, thành vùng trung du …": the provinces and cities)
    r"(?:(?:số )?(?:\d+|các) tỉnh(?:,? thành(?: phố)?)?\s+)?"
    # ("Trong khu vực trung du …", "trong 14 tỉnh của vùng, Lạng Sơn đứng thứ 7"; not another group of
    # provinces: "Trong 7 tỉnh thuộc vùng biên giới phía Bắc", "tỉnh vùng Đông Bắc")
    # ("trong 14 tỉnh thuộc khu vực trung du …")
    r"(?:(?:của|thuộc|trong)\s+)?(?:(?:khu vực|vùng)\s+|(?:các )?tỉnh\s+)?"
    r"(?:trung du|miền núi"
    # ("so với 14 tỉnh trong khu vực, mức tăng này đứng thứ 9": the region, named bare)
    r"|khu vực(?=\s*,)"
    r"|vùng(?!\s+(?:biên giới|đông bắc|tây bắc|việt bắc|duyên hải|đồng bằng|tây nguyên|cao|sâu|kinh tế"
    r"|dân tộc)\b))"
)

# "Trong 7 tỉnh thuộc vùng biên giới phía Bắc, PCI của Lạng Sơn xếp thứ 3": a clause opening on another group
# of provinces than the nation or the region -- a rank among them, which no series of the catalog holds.
OTHER_GROUP_OPENING = compile_lowered(
    # ("Nếu chỉ xét các tỉnh biên giới phía Bắc, Lạng Sơn đứng thứ 2")
    # ("…; so với các tỉnh biên giới phía Bắc, mức tăng này đứng thứ 2": after a semicolon too)
    r"(?:^|[,.;]\s*)\s*(?:xét |còn )?(?:trong|ở|tại|so với|(?:nếu )?(?:chỉ )?(?:xét|so)(?: trong)?)\s+"
    r"(?:nhóm\s+)?"
    r"(?:(?:số )?(?:\d+|các|những) tỉnh\s+(?:(?:thuộc|của|trong) )?(?:(?:vùng|khu vực) )?|(?:vùng|khu vực) )"
    r"(?:biên giới|đông bắc|tây bắc|việt bắc|duyên hải|đồng bằng|tây nguyên|miền trung|phía bắc|phía nam|cao"
    r"|kinh tế trọng điểm|dân tộc)\b"
)


def in_another_group(tok: Token, sentence: str, clause_start: int = 0) -> bool:
    """A rank with no total of its own in a clause that opens on a group of provinces neither the nation nor
    the region (see OTHER_GROUP_OPENING)."""
    tail = _up_to_next_rank(sentence, tok)
    if tok.rank_of is not None or NATIONAL.search(tail) or REGIONAL.search(tail):
        return False
    # (from the mark that opens the clause: "…; so với các tỉnh biên giới phía Bắc, mức tăng này đứng thứ 2")
    clause_start = max(0, clause_start - 2)
    if not may_match(OTHER_GROUP_OPENING, sentence, clause_start, tok.start):
        return False
    opening = OTHER_GROUP_OPENING.search(sentence, clause_start, tok.start)
    if opening is None:
        return False
    # (the opening's own clause, past a period at most: not "So với các tỉnh biên giới, Lạng Sơn có lợi thế về
    # cửa khẩu, PCI … xếp thứ 20", a clause of its own between)
    between = sentence[opening.end() : sentence.rfind(",", opening.end(), tok.start) + 1]
    return _A_CLAUSE_OF_ITS_OWN.search(between) is None


_A_CLAUSE_OF_ITS_OWN = compile_lowered(r"\b(?:có|là|được|đã|đang|vẫn)\b")


NATIONAL_TOTALS = (63, 34)


PER_MONTH = compile_lowered(
    # ("2,19 triệu đồng mỗi người một tháng")
    # (a footnote's number may stand glued between: "2,9 triệu đồng1/người/tháng")
    r"^\d{0,2}\s*(?:/\s*người\s*)?/\s*tháng|^\s*(?:/người |(?:mỗi|một|1|trên) người )?(?:một|mỗi|1) tháng"
    r"|^\d{0,2}\s*/người/tháng"
)


CONTEXT_KINDS = ("rank", "score", "percent")


# A sentence about a part of an index (a component, a pillar) or of the economy (a sector) is not about
# the subject carried over from the sentence before.
# "chỉ số của tỉnh": the province's own index, one already named -- not "chỉ số của tỉnh về …", a part of it
_THE_PROVINCES_OWN = r"(?:của )?(?:tỉnh|lạng sơn)\b(?! (?:về|trong)\b)"
# "riêng khoản này", "khoản thu đó": the item of a subject the sentence just named
_THIS_ITEM_WORDS = r"\bkhoản (?:thu |chi )?(?:này|đó)\b"
THIS_ITEM = compile_lowered(_THIS_ITEM_WORDS)
COMPONENT = compile_lowered(
    r"thành phần|trụ cột|chỉ số nội dung|\bnội dung\b|\bchỉ số con\b"
    # (not the index just named, by its period: "chỉ số tháng này ước tăng 6,7%"; nor its value, "với giá trị
    # chỉ số 0,4572")
    r"|(?<!giá trị )chỉ số "
    # (nor the index as a whole: "chỉ số tổng hợp của tỉnh chỉ đạt 44,70 điểm")
    r"(?!năng lực|xanh|chuyển đổi|hiệu quả|cải cách|hài lòng|pci|pgi|dti|papi|này|đó|trên\b|sản xuất|tổng hợp"
    # (nor the index pointed back at by whose it is: "chỉ số của tỉnh lần lượt xếp thứ 29, 42 …")
    rf"|tháng\b|quý\b|chung\b|{_THE_PROVINCES_OWN}"
    # (nor the index itself doing its verb: "Tính chung 11 tháng, chỉ số tăng 8,72%"; nor the production
    # index's longer name, "chỉ số phát triển sản xuất công nghiệp")
    # ("Cộng dồn 8 tháng, chỉ số ước bằng 104,9% cùng kỳ": its ratio to the same period)
    r"|(?:ước |ước tính |đã |chỉ |cũng |tiếp tục )?(?:tăng|giảm|đạt|bằng|cao hơn|thấp hơn)\b"
    r"|phát triển sản xuất)"
    r"|\bcpi\b"
    # "Thu nội địa tăng nhờ thu tiền sử dụng đất, riêng khoản này 9 tháng đạt 1.050 tỷ đồng": the item named
    # (a sector of the economy, not the offices that report on it: "mức 2,96% mà ngành thống kê ước tính")
    rf"|{_THIS_ITEM_WORDS}"
    r"|\bkhu vực (?:i|ii|iii|nông|công nghiệp|dịch vụ|thuế)"
    r"|(?<!toàn )\bngành\b(?! (?:thống kê|chức năng|liên quan|chuyên môn)\b)|\blĩnh vực\b"
    # the industries of the production index without "ngành": "Công nghiệp chế biến, chế tạo tăng 19,3%; sản
    # xuất và phân phối điện tăng 8,6%"
    r"|\b(?:công nghiệp )?chế biến, chế tạo\b|\bkhai khoáng\b|\bsản xuất và phân phối điện\b"
    r"|\bcung cấp nước(?:, hoạt động)?\b"
    # "…; sản lượng than sạch giảm 5,4%": one product's output, not the index the sentence gave before
    r"|\bsản lượng\b"
    # "Một số sản phẩm tăng khá như xi măng tăng 12,8%", "các mặt hàng nông sản giảm 9%": products, not the
    # index or the trade the sentence before gave (but "tổng sản phẩm" is GRDP itself)
    r"|(?<!tổng )\bsản phẩm\b|\bmặt hàng\b"
    # (or one named: "IIP ↑ 7,92%; điện sản xuất ↑ 11,4%", "Xi măng tăng 5,1%")
    r"|\bđiện (?:sản xuất|thương phẩm)\b|\bxi măng\b|\bclanhke\b|\bgạch (?:xây|nung|không nung)\b"
    r"|\bthan (?:sạch|đá|nguyên khai)\b|\bnước (?:máy|sạch) (?:sản xuất|thương phẩm)\b|\bphân bón\b"
    # a herd or a price is no index nor rate of the economy ("đàn gia cầm giảm 2,4%", "Giá vàng … tăng 41,6%")
    r"|\bđàn (?:gia súc|gia cầm|trâu|bò|lợn|dê)\b|\bgiá (?:vàng|đô la|usd|xăng|dầu|bán|lợn|thịt|gạo)\b"
)


# (and a rate a plan requires, after another: "quý III cần đạt mức tăng 7,1% và quý IV cần đạt 8,2%")
GROWTH_WORDS = compile_lowered(
    # ("riêng quý II, UBND tỉnh giao kịch bản 9,8%": a growth scenario)
    r"(?:\btăng|\bgiảm|mức tăng|tăng trưởng|\b(?:cần|phải) đạt|\bkịch bản)(?: \S+){0,3}\s*$"
    # ("GRDP quý I: ↑ 7,1%", "-1,5%": an infographic's mark in place of the verb)
    rf"|{CHANGE_MARK}$"
)


# A sentence that names an index or a ranking of its own (one whose topic the catalog did not find in it):
# its ranks and scores are that index's, not the subject carried over from before.
# (not the index named before, pointed back at: "chỉ số này", "chỉ số của tỉnh lần lượt xếp thứ 29, 42 …")
OTHER_INDEX = compile_lowered(
    rf"\bchỉ số\b(?! (?:này|đó|trên|{_THE_PROVINCES_OWN}))"
    r"|\bindex\b|\bxếp hạng (?:mức độ|về|chỉ số)\b"
)


THIS_RATE = compile_lowered(r"\b(?:mức|tốc độ) (?:tăng|tăng trưởng)(?: này| đó| trên)?\b")


_A_CLAUSE_OF_ITS_RANK = compile_lowered(
    r"\s*(?:và\s+)?(?:(?:xếp|đứng)(?:\s+ở)?\s*(?:vị trí|thứ hạng|thứ|hạng)?\s*)?"
)


def ranking_of(tok, tokens, low, clause, subjects, catalog) -> Indicator | None:
    """ "GRDP … tăng 8,21%, xếp thứ 13/34 tỉnh": a rank right after a growth rate (or after "mức tăng này",
    "tốc độ tăng" naming the sentence's rate or the previous sentence's) ranks that rate -- the catalog's
    indicator whose `ranks` it is."""
    before = [t for t in tokens if t.end <= tok.start and t.start >= clause[0]]
    if not before and _A_CLAUSE_OF_ITS_RANK.fullmatch(low, clause[0], tok.start):
        # "GRDP … ước tính tăng 6,12% so với năm trước; xếp thứ 41/63 tỉnh, thành phố": a clause that opens on
        # the rank, no subject of its own -- the rate the clause before ended on
        before = [t for t in tokens if t.end <= tok.start]
    rate = None
    if before and before[-1].kind == "percent" and before[-1].resolved is not None:
        rate = before[-1].resolved
    elif (
        before
        and before[-1].kind == "score"
        and before[-1].resolved is not None
        and _RIGHT_AFTER.fullmatch(low, before[-1].end, tok.start)
    ):
        # "Lạng Sơn đạt 19,62 điểm, xếp thứ 41/63" in a paragraph on PGI under a title on PCI: the rank of the
        # index the score right before it is of
        return index_twin(before[-1].resolved, "rank", catalog)
    elif (
        before
        and before[-1].kind == "rank"
        and before[-1].resolved is not None
        and _AND_THEN.fullmatch(low, before[-1].end, tok.start + 3)
    ):
        # "tăng 7,61%, đứng thứ 9 trong 14 tỉnh của vùng và thứ 41/63 trên cả nước": the second rank of the
        # rate the first ranks
        first = before[-1].resolved
        return next((i for i in catalog.indicators if i is first or regional_twin(i, catalog) is first), None)
    elif quick(THIS_RATE).search(low, clause[0], tok.start) or (
        _PROVINCE_RANKED.search(low, clause[0], tok.start)
        and not any(clause[0] <= a < tok.start for a, _b, _i in topic_spans(low, catalog, "rank"))
    ):
        # ("…; tuy vậy, tỉnh vẫn đứng thứ 11/14 tỉnh trung du …": the province ranked, by the sentence's rate,
        # where its clause names no index of its own)
        # "…, tăng 8,37% so với cùng kỳ; tốc độ tăng xếp thứ 11/34": the sentence's own rate, else the
        # previous sentence's
        rates = [t for t in tokens if t.end <= tok.start and t.kind == "percent" and t.resolved is not None]
        rate = rates[-1].resolved if rates else subjects["previous"].get("percent")
    return _ranking(rate, catalog)


_RIGHT_AFTER = compile_lowered(r"\s*(?:,|và)?\s*(?:(?:xếp|đứng)(?: hạng| thứ)?\s*)?")
# (the rank's token may open on its "và": "… của vùng và thứ 41/63")
_AND_THEN = compile_lowered(r"[^,;.]{0,40}?\svà\s(?:đứng |xếp |thứ)?")
_PROVINCE_RANKED = compile_lowered(
    r"\b(?:tỉnh|lạng sơn)(?: (?:vẫn|chỉ|đã|cũng|tiếp tục))?(?: (?:đứng|xếp))?\s*$"
)


def carried_ranking(subjects: dict, catalog: Catalog, *, next_item: bool = False) -> Indicator | None:
    """ "GRDP năm 2023 tăng 6,27%. … Trên bảng xếp hạng toàn quốc, tỉnh đứng ở vị trí 27": a rank that
    names no subject, in the paragraph of a growth rate, ranks that rate (`next_item`: or in the list's item
    right after the rate's, "- GRDP quý I ước tăng: 7,12%" over "- Xếp thứ 21/63 tỉnh, thành phố")."""
    if subjects["line"] != subjects["last_line"] and not (
        next_item and subjects["line"] == subjects["last_line"] - 1
    ):
        return None
    return _ranking(subjects["previous"].get("percent"), catalog)


def _ranking(rate: Indicator | None, catalog: Catalog) -> Indicator | None:
    """The national rank of provinces by `rate` (the catalog's indicator whose `ranks` it is); a regional
    rank is its twin (regional_twin)."""
    if rate is None:
        return None
    return next((ind for ind in catalog.indicators if ind.ranks == rate.id and not ind.regional), None)


_MEASURE_NAMED_AFTER_RANK = compile_lowered(r"[^,;.]{0,60}?\bvề\b")


def ranks_another_value(tok, tokens, low: str, clause) -> bool:
    """ "Tỷ trọng kinh tế số … đạt 12,52%, đứng thứ 12/63": a rank right after a per cent that no catalog
    indicator ranks (a share, an uncatalogued rate) ranks that value, not the sentence's topic."""
    before = [t for t in tokens if t.end <= tok.start and t.start >= clause[0]]
    if not before or before[-1].kind not in ("percent", "money") or tok.start - before[-1].end > 16:
        return False
    if before[-1].kind == "money":
        # "GRDP bình quân đầu người ước đạt 33,4 triệu đồng, đứng thứ hai trong bốn tỉnh biên giới": the rank
        # of a level, which the catalog does not rank (only growth and the indices) -- unless the rank names
        # its measure after it ("…, xếp thứ 9/14 tỉnh về tốc độ tăng trưởng kinh tế")
        return _MEASURE_NAMED_AFTER_RANK.match(low, tok.end) is None
    rate = before[-1].resolved
    # an index's score in per cent ("PAR Index … đạt 84,35%, xếp thứ 42/63") is ranked by that index's rank
    return rate is None or (rate.figure_measure != "growth" and rate.index is None)


def title_subjects(low_title: str, catalog: Catalog, kinds=CONTEXT_KINDS) -> dict[str, Indicator]:
    """Per kind of value, the one indicator the title names (none where it names two)."""
    return dict(_title_subjects(low_title, catalog, tuple(kinds)))


# (asked of the same title and lead for every table cell a document reads: once each)
@lru_cache(maxsize=256)
def _title_subjects(low_title: str, catalog: Catalog, kinds: tuple[str, ...]) -> dict[str, Indicator]:
    out = {}
    for kind in kinds:
        # Whether each indicator is named at all, not where: one search per topic, not every match (a
        # lead paragraph may be the whole of a run-on text), and none once two are named.
        named = []
        for ind in catalog.with_measure(kind):
            if not ind.regional and any(
                may_match(pattern, low_title) and quick(pattern).search(low_title) for pattern in ind.topics
            ):
                named.append(ind)
                if len(named) > 1:
                    break
        if len(named) == 1:
            out[kind] = named[0]
    ranked = out.get("rank")
    if "score" in kinds and "score" not in out and ranked is not None and ranked.index is not None:
        # "Chỉ số Par Index năm 2018: Lạng Sơn xếp thứ 26/63" over "Lạng Sơn đạt 77,25 điểm": the title's
        # ranking names its index, whose score the points are
        twin = index_twin(ranked, "score", catalog)
        if twin is not None:
            out["score"] = twin
    return out


@lru_cache(maxsize=64)
def _component_start(low: str) -> int | None:
    """Where the sentence first names a component or a sector: once per sentence, not once per value."""
    found = quick(COMPONENT).search(low)
    return found.start() if found else None


def names_a_component(tok: Token, low: str, spans, ind: Indicator, catalog: Catalog) -> bool:
    """ "Trong 8 nội dung của PAPI, nội dung Quản trị điện tử đạt 4,21 điểm": a component named between an
    index and the value is what the value is about; so is a sector named between a growth rate's subject and
    the value ("IIP 8 tháng ước tăng 6,78%, chủ yếu do ngành khai khoáng giảm 4,2%")."""
    if ind.figure_measure not in ("score", "rank", "growth") or not spans:
        return False
    named = [(start, end) for start, end, i in spans if i is ind and end <= tok.start]
    if not named:
        return False
    start, end = max(named, key=lambda span: span[1])
    if ind.figure_measure != "growth" and _component_of_index(catalog).search(low, max(0, start - 60), end):
        return (
            True  # "Chỉ số Tiếp cận đất đai của PCI giảm 0,41 điểm, còn 6,02 điểm": the component before it
        )
    found = COMPONENT.search(low, end, tok.start)
    if (
        found is not None
        and "(" in low[end : found.start()]
        and ")" in low[found.end() : tok.start]
        # (not "(không kể ngành khai khoáng)", "(trừ …)": the index without a part is no whole)
        and not _LEFT_OUT.search(low, low.rfind("(", end, found.start()), found.start())
    ):
        # "Chỉ số sản xuất công nghiệp (gồm khai khoáng, chế biến, chế tạo, …) 9 tháng tăng 10,2%": what the
        # whole covers, in brackets closed before the value
        found = None
    if found is not None and ind.figure_measure == "growth":
        # (the sector must stand in the value's own clause, commas inside its name allowed: "ngành chế biến,
        # chế tạo tăng 8,3%")
        return ";" not in low[found.end() : tok.start]
    return found is not None


_LEFT_OUT = compile_lowered(r"\b(?:không kể|không tính|trừ|ngoại trừ|loại trừ)\b")


@lru_cache(maxsize=8)
def index_component(catalog: Catalog) -> re.Pattern:
    """A value right after a component index's name (the catalog's `indices`: "Tiếp cận đất đai (6,02
    điểm)", "Quản trị điện tử đạt 4,2 điểm") is the component's, not the index's: matched on the words before
    the value."""
    return compile_lowered(
        catalog.index_components()
        # (the value its own: within its clause, no index named between -- not "Sau khi đẩy mạnh hỗ trợ doanh
        # nghiệp, PCI 2024 Lạng Sơn đạt 66,5 điểm")
        # ("Tính năng động của chính quyền tỉnh, nay đạt 5,74 điểm")
        # ("Tiếp cận đất đai và Đào tạo lao động tiếp tục giảm, lần lượt còn 5,76 điểm và 5,41 điểm")
        + rf"(?:(?!{catalog.index_names()})[^.;,]){{0,25}}"
        + r"(?:,\s*(?:nay |hiện |năm nay )?(?:lần lượt )?(?:đạt|là|ở mức|với|còn|thêm|tăng|giảm)"
        + r"\s*(?:[\d.,]+ điểm(?:,| và) )?)?$"
        # ("Chi phí không chính thức, tăng 0,82 điểm lên 5,46 điểm", "Kiểm soát tham nhũng trong khu vực công
        # giảm 0,12 điểm, còn 6,91 điểm": the component's move, then where it ended -- the component opening
        # its clause, not words in passing: "PCI … nhờ những chuyển biến trong hỗ trợ doanh nghiệp tăng …")
        # ("… tăng 1 bậc, trong khi Quản trị môi trường giảm 0,1 điểm, còn 3,29 điểm"; "Tính minh bạch cải
        # thiện mạnh nhất, từ 5,41 lên 6,12 điểm"; "Quản trị điện tử tăng mạnh nhất, thêm 0,42 điểm lên 4,48
        # điểm")
        + r"|(?:(?<!\w\s)(?<!\w)|(?<=\blà\s)|(?<=\bở\s)|(?<=\bkhi\s)|(?<=\bcòn\s)|(?<=\bnhưng\s))(?:"
        + catalog.index_components()
        + ")"
        + rf"(?:(?!{catalog.index_names()})[^.;,]){{0,25}}"
        + r",?\s*(?:(?:tăng|giảm|cải thiện|sụt giảm|nhích)(?: mạnh nhất| mạnh| nhẹ| nhiều nhất)?,?\s*)?"
        + r"(?:(?:thêm|tăng|giảm|mất)(?: thêm)? [\d.,]+ điểm,?\s*(?:chỉ )?(?:lên|xuống|còn|đạt)"
        + r"|từ(?: [\d.,]+(?: điểm)? (?:lên|xuống))?)(?: mức)?\s*$"
        # (or a factor the survey weighs: "đánh giá cao nhất yếu tố công chức giải quyết công việc (86,1%)")
        + r"|\byếu tố\b[^.;,()]{0,60}\(?\s*$"
        # (or a list's item opening on a component, its value after its name's colon: "- Công khai, minh bạch
        # trong việc ra quyết định ở địa phương: 5,338 điểm")
        + r"|(?:^|[-–•+]\s*)(?:"
        + catalog.index_components()
        + r")(?:(?!\b(?:tổng điểm|điểm tổng hợp|tổng hợp|chỉ số chung)\b)[^.;:]){0,60}:\s*$"
    )


@lru_cache(maxsize=8)
def _component_of_index(catalog: Catalog) -> re.Pattern:
    """A component named before the index it belongs to ("chỉ số Quản trị môi trường trong PAPI")."""
    return compile_lowered(
        r"\b(?:chỉ số|nội dung|trụ cột)(?: thành phần| con)? [^,;()]{1,40}? (?:của|trong) (?:chỉ số )?"
        + catalog.index_names()
    )


_OWN_MONEY_CLAUSE = compile_lowered(
    r"\s*(?:\S+\s+){0,8}?(?:xuất khẩu|nhập khẩu|thu phí|thu tiền|doanh thu|vốn)\b"
    # ("…; bổ sung cân đối từ ngân sách trung ương 5.846,7 tỷ đồng": a transfer to the province, no spending)
    r"|\s*(?:số |nguồn |kinh phí )?(?:thu )?(?:bổ sung|trợ cấp) (?:cân đối|có mục tiêu|từ ngân sách)\b"
)
# an amount the clause names right before its value, which no catalog topic found: its own subject
OTHER_MONEY = compile_lowered(
    r"\b(?:vốn(?: đăng ký| điều lệ| đầu tư)?|kinh phí|chi phí|lợi nhuận|giá trị)(?: \S+){0,3}\s*$"
    # ("…; vốn đầu tư thực hiện thuộc nguồn ngân sách nhà nước tháng 10 ước 598 tỷ đồng": within its clause)
    r"|\bvốn đầu tư(?: [^\s,;]+){0,14}\s*$"
)


NOUN_GAP = re.compile(r"\s*(?:vốn\s+)?")
# the level a value is compared with, written as a value of its own ("cao hơn mức 4,21% của năm 2023")
# -- or the plan's ("thấp hơn kịch bản 9,1% đề ra cho quý I", "chưa đạt kịch bản đề ra (7,2%)", "(kịch bản 6
# tháng là 6,2%)")
COMPARED_LEVEL = compile_lowered(
    r"(?:(?:so với|hơn|kém|bằng|vượt|với|đạt)(?: cùng kỳ)? (?:mức|kịch bản|mục tiêu|kế hoạch|chỉ tiêu)"
    r"(?: đề ra| đặt ra| điều chỉnh)?(?: cho (?:quý|năm|cả năm|tháng))?"
    r"|\((?:kịch bản|mục tiêu|kế hoạch)(?: \S+){0,3} (?:là|đạt))\s*\(?\s*$"
    # "bằng 60,7% chỉ tiêu Bộ Tài chính giao (9.600 tỷ đồng)", "19% mức phấn đấu của tỉnh (15.500 tỷ đồng)":
    # the plan a result's ratio is to, its level in brackets
    r"|\d\s*%\s+(?:của\s+)?(?:mức phấn đấu|chỉ tiêu|mục tiêu|kế hoạch|dự toán)(?: \S+){0,5}\s*\(\s*$"
)
# the source of an amount pointed back at ("thu từ lĩnh vực này", "nguồn thu này")
_THIS_SOURCE = compile_lowered(
    r"\b(?:thu|số thu|nguồn thu)(?: từ)?(?: (?:lĩnh vực|nguồn|khoản|hoạt động))? (?:này|đó)\b[^.;,\d]{0,20}$"
)
# a sentence about the figure the one before gave ("Con số này mới bằng 31% …")
# ("Năm 2023, chỉ tiêu này sơ bộ đạt 3.386 nghìn đồng": the indicator just given)
THIS_FIGURE = compile_lowered(r"\b(?:con số|mức|số liệu|chỉ tiêu) (?:này|đó|trên)\b")
# a rate named by what it is and pointed back at ("Năm 2016, tỷ lệ này ước giảm còn 19,55%", "Mức tăng này
# thấp hơn mục tiêu 8,5%"): the share or the growth rate the text just gave, whatever words follow
RATE_POINTED_BACK = compile_lowered(
    r"\b(?:(?P<share>tỷ lệ|tỉ lệ)|(?:mức|tốc độ) tăng(?: trưởng)?|tốc độ) (?:này|đó)\b"
    # (only the words of the rate's own period, status and plan between: not "… thấp hơn mức 8,9% của tỉnh
    # Quảng Ninh", "… trong đồng bào dân tộc thiểu số là 12%", another's rate)
    r"(?:,?\s+(?:năm \d{4}|cuối năm(?: \d{4})?|đầu năm(?: \d{4})?|của tỉnh|toàn tỉnh"
    r"|theo chuẩn (?:cũ|mới)|ước|ước tính|chỉ|đã|vẫn|cũng|tiếp tục|giảm|tăng|còn|xuống|lên|là|đạt|ở mức"
    r"|thấp hơn|cao hơn|chưa đạt|vượt|bằng|so với|mục tiêu|kế hoạch|kịch bản|chỉ tiêu|số|đề ra|đặt ra"
    r"|cả năm|mà|hđnd tỉnh|nghị quyết|năm nay|đến|vào|\d{1,2} tháng|đầu|dự kiến|dự báo|sẽ|khoảng"
    r"|hiện nay|hiện|dưới|trên|từ|xuống dưới|theo chuẩn(?: nghèo)?(?: đa chiều)?(?: giai đoạn \d{4} - \d{4})?"
    r"|năm|tháng|(?P<level>mức|con số))\b)*\s*$"
)
# (a level set against the rate only where the value is named as a plan's or an earlier period's: "Tốc độ
# này thấp hơn mức 7,2% theo kịch bản tăng trưởng 9 tháng", "… thấp hơn mức 7,35% của năm 2019" -- not "thấp
# hơn mức 8,9% của tỉnh Quảng Ninh")
_A_PLANS_LEVEL = compile_lowered(
    r"\s*(?:theo|của|trong) (?:kịch bản|kế hoạch|mục tiêu|chỉ tiêu|nghị quyết)\b"
    r"|\s*(?:của|trong) (?:năm|quý|cùng kỳ)\b"
)


def reads_as_growth(tok: Token, low: str) -> bool:
    """A per cent with growth words before it, or a yearly rate ("bình quân giai đoạn 2021 - 2023 ước đạt
    5,02%/năm")."""
    return (
        GROWTH_WORDS.search(low[max(0, tok.start - 40) : tok.start]) is not None
        or low.startswith("/năm", tok.end)
        or MARK_AFTER.match(low, tok.end) is not None
        # (an index's ratio to the same period, or its gap to it: "chỉ số ước bằng 104,9% cùng kỳ", "chỉ số
        # cao hơn cùng kỳ năm 2018 là 2,86%")
        or (
            _EQUAL_TO_BEFORE.search(low, max(0, tok.start - 12), tok.start)
            and _TO_THE_SAME_PERIOD.match(low, tok.end)
        )
        or _ABOVE_THE_SAME_PERIOD_BY.search(low, max(0, tok.start - 40), tok.start) is not None
        # (an item of a list of rates a colon announces: "Mức tăng từng năm: năm 2021 đạt 5,48%, năm 2022 đạt
        # 7,24%, …")
        or (":" in low and _RATES_LISTED.match(low, 0, tok.start) is not None)
        # (a rate of growth whose period and revision sit between it and its value: "Tốc độ tăng quý I/2021
        # sau khi cập nhật là 6,22%")
        or _A_RATE_OF_GROWTH_IS.search(low, max(0, tok.start - 70), tok.start) is not None
        # (or the list it is an item of: "Tốc độ tăng theo quý năm 2024 (sơ bộ) lần lượt là 5,21%; 6,14% …")
        or (
            tok.listed_at is not None
            and _A_RATE_OF_GROWTH_LISTED.search(low, max(0, tok.listed_at - 70), tok.listed_at) is not None
        )
    )


_THIS_FIGURE_OPENS = compile_lowered(r"\W*(?:con số|mức|số liệu) (?:này|đó|trên)\b")
_ABOVE_OR_BELOW_THE_LEVEL = compile_lowered(r"\b(?:cao|thấp) hơn (?:so với )?mức\s*$")
# what may follow a level compared with: its end, or who reckoned it and when ("mà tỉnh ước tính hồi tháng 9")
_NOTHING_ELSE_OWNS_IT = compile_lowered(r"\s*(?:[,.;)]|$|mà\b|\((?!\s*\D))")
_EQUAL_TO_BEFORE = compile_lowered(r"\bbằng\s*$")
_TO_THE_SAME_PERIOD = compile_lowered(r"\s*(?:so với\s+)?cùng kỳ\b")
_ABOVE_THE_SAME_PERIOD_BY = compile_lowered(
    r"\b(?:cao|thấp) hơn (?:so với )?cùng kỳ(?: năm (?:trước|ngoái|\d{4}))? là\s*$"
)


# (not a list's: "Tốc độ tăng theo quý năm 2024 lần lượt là 5,21%; 6,14% …" pairs its values or gives none)
# (not another measure's growth named between: "Tốc độ tăng dân số bình quân năm 2023 là 0,95%", "tốc độ tăng
# giá tiêu dùng … ở mức 3,2%" -- a revision's words are no measure: "quý I/2024 sau đánh giá lại là 5,46%")
_ANOTHER_MEASURE = (
    r"(?!dân số|giá\b(?! lại)|tiêu dùng|cpi|lạm phát|tín dụng|dư nợ|huy động|lao động|việc làm|năng suất"
    r"|vốn|doanh thu|sản lượng|diện tích|xuất khẩu|nhập khẩu|bán lẻ|khách|thu)"
)
_A_RATE_OF_GROWTH_LISTED = compile_lowered(
    rf"\b(?:tốc độ|mức) tăng(?: trưởng)?\b(?:(?!lần lượt|tương ứng){_ANOTHER_MEASURE}[^;:%\s]*\s*){{0,12}}$"
)
_A_RATE_OF_GROWTH_IS = compile_lowered(
    rf"\b(?:tốc độ|mức) tăng(?: trưởng)?\s+(?:(?!lần lượt|tương ứng){_ANOTHER_MEASURE}[^;:%\s]*\s+){{0,12}}"
    r"(?:là|ở mức)\s*$"
)


_RATES_LISTED = compile_lowered(
    r"\W*(?:\[\d{1,2}\]\s*)?(?:mức|tốc độ) tăng(?: trưởng)?(?: [^\d:;.]{0,30})?:[^:]*$"
)


# A clause whose subject is one of the province's agencies: a department, the police, an office, a board
_AN_AGENCY_OPENS = compile_lowered(
    r"\W*(?:riêng |còn |trong đó |đứng đầu là )?(?:sở(?! dĩ)|ban(?! đầu| hành)|cục|chi cục|công an"
    r"|bảo hiểm xã hội|kho bạc|văn phòng|thanh tra|bộ chỉ huy)\b"
    # (not one telling or judging the province's: "Sở Kế hoạch và Đầu tư cho biết, năm 2022 tỉnh xếp thứ 20",
    # "Ban Chỉ đạo … đánh giá, tỉnh tăng 5 bậc")
    r"(?![^;]*\b(?:cho biết|thông tin|báo cáo|công bố|nhận định|khẳng định|nêu rõ|đánh giá|đề ra|đặt ra"
    r"|phấn đấu|xác định)\b)"
)


def _scored_in_per_cent(title: dict, catalog: Catalog) -> Indicator | None:
    """The score, in per cent, of the index the title ranks (PAR Index's), where the title names no other
    per cent (not "Công bố PAR Index và SIPAS 2024: …", two indices scored in per cent)."""
    ranked = title.get("rank")
    scored = index_twin(ranked, "score", catalog) if ranked is not None and ranked.index else None
    if scored is None or scored.measure != "percent" or title.get("percent") not in (None, scored):
        return None
    return scored


_A_RATE_OF_ITS_OWN = compile_lowered(
    r"\b(?:tỷ lệ|tỉ lệ|số lượng|hồ sơ|mức độ|chỉ số thành phần|lĩnh vực|nội dung|tiêu chí|chỉ số)\b"
)
_A_RANK_RIGHT_AFTER = compile_lowered(r",?\s+(?:và\s+)?(?:xếp|đứng)\s+(?:thứ|hạng|vị trí)\b")
# a sentence opening on a target, the value next ("Mục tiêu cả năm là 8,5%", "Kế hoạch năm 2016 đề ra là 8%")
_A_TARGET_FOR_IT = compile_lowered(
    r"\W*(?:mục tiêu|kế hoạch|chỉ tiêu)"
    r"(?: (?:cả năm|năm nay|của năm|năm (?:19|20)\d\d|(?:được )?(?:đề ra|đặt ra|giao)))*"
    r"\s+(?:là|đề ra là|đặt ra là)\s+(?:khoảng |trên |từ )?"
)


def subject_from_context(
    tok: Token, low: str, subjects: dict, line: int, in_sentence: dict, catalog: Catalog
) -> Indicator | None:
    """A value whose clause names no subject takes the one its sentence named before it ("GRDP 6 tháng
    tăng 4,75%; riêng quý II tăng 5,48%"); a rank, score or growth rate also the previous sentence's (same
    paragraph) or the title's: a reader carries the subject over. A per cent must read as a growth."""
    if (
        tok.kind == "money"
        and subjects["line"] == line
        and "money" in subjects["previous"]
        # (a whole the sentence before broke down is not what "nguồn này" points at: "…, trong đó thu tiền sử
        # dụng đất đạt 850 tỷ đồng. Năm 2025, dự kiến thu từ nguồn này 900 tỷ đồng")
        and not subjects.get("previous_parts")
        and _THIS_SOURCE.search(low, max(0, tok.start - 60), tok.start)
        and not in_sentence.get("money")
    ):
        # "Thu ngân sách từ hoạt động xuất nhập khẩu … năm 2023 đạt 5.872 tỷ đồng, … . Năm 2024, tỉnh phấn đấu
        # thu từ lĩnh vực này 6.300 tỷ đồng": the revenue the sentence before named (no sector of its own)
        return subjects["previous"]["money"]
    component = _component_start(low)
    if component is not None and component < tok.start:
        return None
    if catalog.unheld_subjects.search(low, low.rfind(";", 0, tok.start) + 1, tok.start):
        # "Tổng dư nợ tín dụng ước tăng 2,1% so với đầu năm": a subject of its own no indicator holds
        return None
    if tok.kind in ("rank", "score") and catalog.names_an_index(held=False).search(low, 0, tok.start):
        # "ở Chỉ số đổi mới sáng tạo cấp địa phương (PII) 2025 …, Lạng Sơn xếp thứ 27/34": an index the
        # catalog does not hold, not the one the title or the sentence before spoke of
        return None
    earlier = in_sentence.get(tok.kind, set())
    if tok.kind == "money" and OTHER_MONEY.search(low, max(0, tok.start - 90), tok.start):
        return None  # "…; có 196 doanh nghiệp … với tổng vốn đăng ký 1.350 tỷ đồng": an amount of its own
    semicolon = low.rfind(";", 0, tok.start)
    if tok.kind in ("rank", "score") and _AN_AGENCY_OPENS.match(low, semicolon + 1, tok.start):
        # "PCI năm 2021 đạt 64,36 điểm. … Công an tỉnh dẫn đầu với 79,05 điểm": a department's own score (the
        # province's ranking of its agencies), not the index the sentence before gave
        return None
    if tok.kind == "money" and semicolon >= 0 and _OWN_MONEY_CLAUSE.match(low, semicolon + 1, tok.start):
        # "…; xuất khẩu hàng hóa địa phương khoảng 9,8 triệu USD", "…; thu phí sử dụng công trình … đạt
        # 570,7 tỉ đồng": a clause after a semicolon naming its own amount no topic of the catalog claimed
        return None
    if len(earlier) == 1 and COMPARED_LEVEL.search(low, max(0, tok.start - 60), tok.start):
        return next(iter(earlier))  # "tăng 6,01%, cao hơn mức 4,21% của năm 2023": the same measure, then
    if (
        tok.kind == "percent"
        and (this := RATE_POINTED_BACK.search(low, max(0, tok.start - 100), tok.start))
        and (this["level"] is None or _A_PLANS_LEVEL.match(low, tok.end))
    ):
        named = (
            next(iter(earlier))
            if len(earlier) == 1
            else subjects["previous"].get("percent")
            if subjects["line"] == line
            else None
        )
        if named is not None and named.figure_measure == ("share" if this["share"] else "growth"):
            return named
    if (
        tok.kind == "percent"
        and not earlier
        and subjects["line"] == line
        and _A_TARGET_FOR_IT.fullmatch(low, 0, tok.start)
        and (named := subjects["previous"].get("percent")) is not None
        and named.figure_measure == "growth"
    ):
        # "GRDP 9 tháng ước đạt 7,42% so với cùng kỳ. Mục tiêu cả năm là 8,5%, …": the target of the growth
        # the sentence before gave
        return named
    if (
        tok.kind == "percent"
        and not earlier
        and (scored := _scored_in_per_cent(subjects["title"], catalog)) is not None
        and _A_RANK_RIGHT_AFTER.match(low, tok.end)
        and not catalog.names_an_index().search(low, 0, tok.start)
        # (nor a rate the sentence names of its own: "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%, xếp thứ 10")
        and not _A_RATE_OF_ITS_OWN.search(low, 0, tok.start)
    ):
        # "Chỉ số cải cách hành chính năm 2018: Lạng Sơn đứng thứ 27/63" over "… Lạng Sơn đạt 77,61%, xếp thứ
        # 27/63": a per cent beside a rank, the score of the index the title ranks (PAR Index's, in per cent)
        return scored
    named_back = (
        next(iter(earlier))
        if len(earlier) == 1
        else subjects["previous"].get("percent")
        if not earlier and subjects["line"] == line
        else None
    )
    if (
        tok.kind == "percent"
        and named_back is not None
        and _THIS_FIGURE_OPENS.match(
            low, max(low.rfind(";", 0, tok.start) + 1, low.rfind(", ", 0, tok.start) + 1)
        )
        and _ABOVE_OR_BELOW_THE_LEVEL.search(low, max(0, tok.start - 30), tok.start)
        # (the province's own level, as someone reckoned it -- not another place's, "… thấp hơn mức 9,2% của
        # tỉnh Bắc Giang", nor a plan's, "… mức 10% mà Nghị quyết Đại hội đề ra", the term's average)
        and _NOTHING_ELSE_OWNS_IT.match(low, tok.end)
        and status_of_whose_value(low, tok.end) != "target"
    ):
        # "GRDP năm nay ước đạt 8,06%. Con số này thấp hơn mức 8,41% mà tỉnh ước tính hồi tháng 9": the same
        # measure as the figure named back, its level as reckoned before
        return named_back
    if tok.kind == "percent" and (tok.share_context or not reads_as_growth(tok, low)):
        return None
    if len(earlier) == 1:
        return next(iter(earlier))
    if (
        not earlier
        and subjects["line"] == line
        and tok.kind in subjects["previous"]
        and THIS_FIGURE.search(low, 0, tok.start)
    ):
        # "… thu 2.959 tỷ đồng. Con số này mới bằng 31% chỉ tiêu (9.600 …)"
        return subjects["previous"][tok.kind]
    if tok.kind == "money" and not earlier and (whole := _whole_of_the_part_after(tok, low, catalog)):
        # "Dự toán năm 2024 HĐND tỉnh giao là 8.560 tỷ đồng (trong đó thu nội địa 3.760 tỷ đồng)": the amount
        # whose part is named right after it is that part's whole
        return whole
    if tok.kind not in CONTEXT_KINDS or earlier:
        return None
    clause_end = low.find(";", tok.end)
    if tok.kind in ("rank", "score") and quick(OTHER_INDEX).search(
        low, 0, clause_end if clause_end >= 0 else len(low)
    ):
        # "trong bảng xếp hạng ICT Index, tỉnh ở vị trí 32/63": another index than the title's (in the value's
        # clause or before it: not "…, xếp thứ 39/63; năm 2023, chỉ số PGI của tỉnh đứng thứ 18/63")
        return None
    if tok.kind == "percent" and (tok.share_context or not reads_as_growth(tok, low)):
        return None
    if (
        tok.kind == "rank"
        and THIS_FIGURE.search(low, max(0, tok.start - 40), tok.start)
        # (the sentence before, in its paragraph; also when the lead paragraph's subjects are tried, line -2)
        and line in (subjects["line"], -2)
        and "money" in subjects["previous"]
        and "percent" not in subjects["previous"]
        and not earlier
    ):
        # "… GRDP bình quân đầu người năm 2024 ước đạt 61,0 triệu đồng … . Mức này xếp thứ 6/14 tỉnh trong
        # vùng": the rank of the level just given, which the catalog does not rank (only indices and growth)
        return None
    if tok.kind == "rank" and _WITH_THIS_RESULT.search(low):
        # "Về SIPAS 2020, mức độ hài lòng … đạt 80,92%. Với kết quả này, tỉnh đứng thứ 55/63", "… . Tỉnh xếp
        # thứ 48/63 về chỉ số này": the rank of the index the sentence before scored, which may have none in
        # the catalog -- not the title's or the lead paragraph's index
        scored = subjects["previous"].get("percent") or subjects["previous"].get("score")
        ranked = subjects["previous"].get("rank") or subjects["title"].get("rank")
        if scored is not None and scored.index and (ranked is None or ranked.index != scored.index):
            return None
    if subjects["line"] == line and tok.kind in subjects["previous"]:
        return subjects["previous"][tok.kind]
    return subjects["title"].get(tok.kind)


_ANOTHER_BUDGET = compile_lowered(
    r"\bngân sách (?:địa phương|trung ương|cấp (?:tỉnh|huyện|xã))\b|\bbổ sung\b|\bchi\b|\bvốn\b"
)
_PART_FOLLOWS = compile_lowered(r"\s*(?:\(|,|;|\.)\s*(?:trong đó|riêng)\s*:?\s*")


def _whole_of_the_part_after(tok: Token, low: str, catalog: Catalog) -> Indicator | None:
    """The whole of the catalog's part named right after a value ("… 8.560 tỷ đồng (trong đó thu nội địa …)"),
    when the amount's unit is the whole's."""
    follows = _PART_FOLLOWS.match(low, tok.end)
    if follows is None or _ANOTHER_BUDGET.search(low, low.rfind(";", 0, tok.start) + 1, tok.start):
        # (an amount the words before it name as another budget's: "Tổng thu ngân sách địa phương … 16.500 tỷ
        # đồng, trong đó thu nội địa …" is the local budget's, which includes the centre's transfers)
        return None
    for start, _end, ind in topic_spans(low[: follows.end() + 80], catalog, "money"):
        if start == follows.end() and ind.part_of is not None:
            whole = catalog.by_id(ind.part_of)
            if whole.unit == ind.unit:
                return whole
    return None


_WITH_THIS_RESULT = compile_lowered(
    r"\bvới (?:kết quả|số điểm|mức điểm|điểm số) (?:này|đó|trên)\b"
    # ("SIPAS 2020 … đạt 82,47%. Tỉnh xếp thứ 48/63 về chỉ số này": the index just scored, pointed back at)
    r"|\bchỉ số (?:này|đó|trên|(?:của )?(?:tỉnh|lạng sơn))\b"
)


# "(năm 2016: 59, năm 2017: 57, năm 2018: 58)": a list of years, each with its value
_YEAR_VALUE = r"năm (?:19|20)\d\d:\s*(?P<v>\d{1,3}(?:[.,]\d+)?)(?P<u>\s*(?:%|điểm))?"
_YEAR_VALUE_ITEM = compile_lowered(_YEAR_VALUE)
_UNNAMED_YEAR_VALUE = _YEAR_VALUE.replace("(?P<v>", "(?:").replace("(?P<u>", "(?:")
_YEAR_VALUE_LIST = compile_lowered(
    rf"\((?P<items>{_UNNAMED_YEAR_VALUE}(?:\s*[,;]\s*{_UNNAMED_YEAR_VALUE})+)\)"
)
_RANKING_WORDS = compile_lowered(r"\b(?:thứ hạng|xếp hạng|xếp thứ|đứng thứ|vị trí)\b")


def year_value_tokens(low: str, catalog: Catalog, own: list[PeriodMatch]) -> list[Token]:
    """Values listed by year in brackets after the subject they are of ("thứ hạng PCI của tỉnh dao động ở nhóm
    cuối (năm 2016: 59, năm 2017: 57, năm 2018: 58)"): each with its year, of the one subject named before."""
    tokens: list[Token] = []
    if "(năm " not in low:
        return tokens
    for m in _YEAR_VALUE_LIST.finditer(low):
        items = list(_YEAR_VALUE_ITEM.finditer(low, m.start("items"), m.end("items")))
        units = {(it["u"] or "").strip() for it in items}
        if len(units) != 1:
            continue
        unit = units.pop()
        lead = low[max(0, m.start() - 120) : m.start()]
        kind = (
            "percent" if unit == "%" else "score" if unit else "rank" if _RANKING_WORDS.search(lead) else None
        )
        subjects = _ordered_subjects(lead, catalog, kind, 1) if kind else []
        if len(subjects) != 1:
            continue
        for it in items:
            period = next((pm.period for pm in own if pm.start == it.start()), None)
            number = num(it["v"])
            if period is None or number is None:
                continue
            tok = Token(kind, number, it.start("v"), it.end("v"), it["v"])
            tok.indicator, tok.period = subjects[0], period
            tokens.append(tok)
    return tokens


def respective_tokens(
    low: str, catalog: Catalog, own: list[PeriodMatch], carried: list[Indicator] | None = None
) -> list[Token]:
    """Values of "lần lượt" lists, each paired with its subject or its period (etl/respectively.py).
    `carried`: the indices the previous sentence's list named, for "Điểm số tương ứng là …"."""
    tokens = year_value_tokens(low, catalog, own)
    previous: tuple[int, list[Indicator]] | None = None  # (end, subjects) of the sentence's list before
    previous_periods: list = []  # (and the periods it paired them with, where it did)
    for listed in respective_lists(low):
        kind = listed.values[0].kind
        n = len(listed.values)
        if listed.implicit:
            pairs = _listed_period_pairs(low, listed, catalog, own)
            if pairs is not None:
                tokens += _listed_tokens(low, listed, pairs, [None] * n)
                continue
            # "Kim ngạch xuất khẩu và nhập khẩu quý IV/2024 đạt 1,5 tỷ USD và 1,4 tỷ USD": as many subjects
            # listed right before the verb as values, each value its own subject's as a reader takes it --
            # never every value the nearest subject's
            lead_start = max(low.rfind(";", 0, listed.start), low.rfind(": ", 0, listed.start)) + 1
            lead = low[lead_start : listed.start]
            subjects = _the_list_before_its_values(lead, catalog, kind, n, _ONLY_PLACE_AND_PERIOD)
            if len(subjects) == n:
                tokens += _listed_tokens(low, listed, [(ind, None) for ind in subjects], [None] * n)
            elif len(_the_list_before_its_values(lead, catalog, kind, n)) == n:
                # (… and where other words follow them, "… của các doanh nghiệp trên địa bàn tỉnh …", whose
                # values they are the reader must weigh: held, never every value the nearest subject's)
                why = (
                    "not_in_catalog",
                    "values listed for as many subjects, words after the subjects narrowing them",
                )
                tokens += _listed_tokens(low, listed, [(None, None)] * n, [None] * n, why)
            elif (
                kind == "money"
                # (values in one currency: "… đạt 612 triệu USD và 1.480 tỷ đồng" tell their subjects by it)
                and len(_currencies(low, listed)) == 1
                and _names_several_subjects(lead, catalog, kind)
            ):
                # "kim ngạch xuất khẩu qua địa bàn tỉnh và giá trị hàng hóa tạm nhập tái xuất đạt 2,05 tỷ USD
                # và 0,74 tỷ USD": several things listed, not each the catalog's -- held, never every value
                # the nearest subject's
                why = (
                    "not_in_catalog",
                    "values listed for several subjects the reading could not pair them with",
                )
                tokens += _listed_tokens(low, listed, [(None, None)] * n, [None] * n, why)
            continue
        if carried and len(carried) == n and not topic_spans(low[: listed.start], catalog, kind):
            twins = [
                index_twin(ind, value.kind, catalog)
                for ind, value in zip(carried, listed.values, strict=True)
            ]
            if all(twins):
                previous = (listed.end, twins)
                tokens += _listed_tokens(low, listed, [(ind, None) for ind in twins], [None] * n)
                continue
        # "Kết quả năm nay …: DTI các năm 2020, 2021, 2022 … lần lượt": the list's lead opens after a colon
        lead_start = max(low.rfind(";", 0, listed.start), low.rfind(": ", 0, listed.start)) + 1
        if previous is not None:
            lead_start = max(lead_start, previous[0])
        ordered = _ordered_subjects(low[lead_start : listed.start], catalog, kind, n)
        # "thứ hạng của tỉnh lần lượt là 60 (năm 2017), 56 (năm 2018) … và 36 (năm 2021)": each value's year
        # in brackets right after it (what the lead says of the years, "những năm trước đó", then only frames
        # them)
        bracketed = _years_in_brackets_after(low, listed, own)
        if len(bracketed) != n and any(
            pm.period.kind == UNPLACED and lead_start <= pm.start < listed.start for pm in own
        ):
            # "…; hai quý đầu năm lần lượt tăng 7,02% và 8,15%": the parts of a span the text counts but does
            # not name, each held
            subject = ordered[0] if len({i.id for i in ordered}) == 1 else None
            why = ("no_period", "the parts of a span the text counts but does not name")
            tokens += _listed_tokens(low, listed, [(subject, None)] * n, [None] * n, why)
            continue
        if len({v.kind for v in listed.values}) > 1:
            # "các chỉ số PCI, PAR Index, SIPAS và PAPI … lần lượt đạt 62,46 điểm; 81,27%; 83,56% và 42,18
            # điểm": scores of several indices, each in its own unit (PAR Index and SIPAS in per cent)
            ordered = _ordered_scores(low[lead_start : listed.start], catalog, listed.values)
        if len(ordered) != n and kind in INDEX_KINDS:
            # "các chỉ số PAPI, PAR Index và SIPAS năm 2023 lần lượt xếp thứ 25/63, 37/63 và 30/63": as many
            # indices named as values, one of them ranked by no indicator of the catalog -- each value its own
            # index's, that one held (never the rank of the index named after it)
            keys = _indices_named_in_order(low[lead_start : listed.start], catalog)
            if len(keys) == n:
                held = ("not_in_catalog", f"the {kind} of an index the catalog does not hold as one")
                for value, key in zip(listed.values, keys, strict=True):
                    ind = next(
                        (
                            i
                            for i in catalog.indicators
                            if i.index == key and i.read_as(kind) and not i.regional
                        ),
                        None,
                    )
                    one = replace(listed, values=[value])
                    tokens += _listed_tokens(low, one, [(ind, None)], [None], None if ind else held)
                continue
        if (
            n == 4
            and kind == "percent"
            and _EACH_QUARTER.search(low, lead_start, listed.start)
            # (the quarters not named one by one, "quý I, quý II, quý III và quý IV năm 2019 … lần lượt":
            # those pair as they are; nor a list over several years, "các năm 2021 - 2024, tính theo từng
            # quý …"; nor one of four subjects)
            and not any(pm.period.kind == "quarter" for pm in own if lead_start <= pm.start < listed.start)
            and len({pm.period.start.year for pm in own if pm.period.kind == "year"}) <= 1
            and not any(pm.period.kind == "range" for pm in own)
            and len({i.id for i in ordered}) <= 1
        ):
            # "Tốc độ tăng trưởng từng quý theo kịch bản mới lần lượt là 8,6%, 9,8%, 11,2% và 12,1%": the
            # four quarters, of the one year the sentence names -- never the year's four times; with none
            # named, held
            years = {pm.period.start.year for pm in own if pm.period.kind == "year"}
            subject = ordered[0] if len({i.id for i in ordered}) == 1 else None
            if len(years) == 1 and (subject is not None or not ordered):
                # (with no subject of its own, its first value's is read as a lone value's and is the others':
                # "Tốc độ tăng theo quý năm 2024 lần lượt là …" after a sentence on GRDP)
                year = years.pop()
                tokens += _listed_tokens(
                    low, listed, [(subject, quarter_period(year, q)) for q in range(1, 5)], [None] * n
                )
            else:
                why = ("no_period", "the four quarters of a year the sentence does not name")
                tokens += _listed_tokens(low, listed, [(subject, None)] * n, [None] * n, why)
            continue
        # "…; các năm 2022 và 2023 lần lượt xếp thứ 15 và 20": the periods its own clause names
        near = [pm for pm in own if lead_start <= pm.start < listed.start]
        near_periods = [pm.period for pm in near]
        if len(near_periods) > n:
            # "Năm 2021, tỉnh từng đứng thứ 4 …, nhưng các năm 2022 và 2023 lần lượt lùi về vị trí thứ 13 và
            # thứ 21": the periods of the list's own comma clause, where they are as many as its values
            comma = low.rfind(",", lead_start, listed.start)
            in_clause = [pm.period for pm in own if comma < pm.start < listed.start]
            # ("Sang giai đoạn 2021 - 2025, số thu các năm 2021, 2022 và 2023 lần lượt đạt …": or the last as
            # many, listed one after another)
            if len(in_clause) != n and listed_one_after_another(low, near[-n:]):
                in_clause = [pm.period for pm in near[-n:]]
            near_periods = in_clause if len(in_clause) == n else near_periods
        if len(near_periods) < n and (after := _YEARS_LISTED_AFTER.match(low, listed.end)) is not None:
            # "PCI của tỉnh lần lượt đứng thứ 59, 54, 51 và 53 trong các năm 2016, 2017, 2018 và 2019": the
            # years listed right after the values, as many as they
            listed_after = [pm.period for pm in own if after.start() <= pm.start < after.end()]
            if len(listed_after) == n and all(p.kind == "year" for p in listed_after):
                near_periods = listed_after
        near_places = _listed_places(low[lead_start : listed.start], catalog)
        if len(ordered) < n and ";" in low[:lead_start]:
            # "Tỷ trọng của khu vực nông, lâm nghiệp và thủy sản; công nghiệp - xây dựng; dịch vụ; … lần lượt
            # là …": the subjects themselves are listed with semicolons.
            # (only where that gives as many subjects as values: not "… chiếm 9,21% (cuối năm 2021 là 12,18%);
            # hai huyện nghèo Bình Gia và Văn Quan có tỷ lệ hộ nghèo lần lượt là 22,6% và 17,9%", one subject
            # over two places -- the years before the semicolon are not the list's)
            wider = previous[0] if previous is not None else 0
            subjects_listed = _ordered_subjects(low[wider : listed.start], catalog, kind, n)
            if len(subjects_listed) == n:
                lead_start, ordered = wider, subjects_listed
        if listed.dashed and not (len(ordered) == n and all(i.figure_measure == "share" for i in ordered)):
            # ("các quý I, II, III lần lượt là 6,5 - 7,0 - 7,5%": read as the text's ranges, never guessed)
            continue
        if (
            not ordered
            and previous is not None
            and len(previous[1]) == n
            # (not "… lần lượt đạt 1.320 triệu USD và 1.690 triệu USD, tăng lần lượt 21,5% và 13,6%": the
            # amounts' changes are not amounts)
            and all(ind.read_as(kind) for ind in previous[1])
        ):
            ordered = previous[1]  # "(năm 2017 tương ứng là …)": the same subjects, another period
        if (
            not ordered
            and kind == "percent"
            and _LISTED_GROWTH.search(low, lead_start, listed.values[0].start)
        ):
            # "Các năm 2021, 2022, 2023 và 2024 GRDP lần lượt tăng 3,01%; 7,22%; …": the growth of the one
            # level the lead names, where the catalog holds it
            levels = _ordered_subjects(low[lead_start : listed.start], catalog, "money", 1)
            growth = [i for i in catalog.indicators if len(levels) == 1 and i.growth_of == levels[0].id]
            ordered = growth[:1]
        lead = low[lead_start : listed.start]
        named_periods = [pm.period for pm in own if lead_start <= pm.start < listed.start]
        named_places = _listed_places(lead, catalog)
        places = [None] * n
        period_of_list = None
        # "(cơ cấu tương ứng của năm 2016 là 23,61%; …)": a year between "tương ứng" and the values is theirs
        inner_periods = [pm.period for pm in own if listed.start <= pm.start < listed.values[0].start]
        # "(năm 2020 tương ứng là 23,25%; 21,89%; …)": a year written right before "tương ứng" is theirs too
        # (or with the list's subject between: "(cùng kỳ năm 2023 các tỷ trọng tương ứng là 21,9%; 22,14%;
        # …)")
        inner_periods = inner_periods or [
            pm.period
            for pm in own
            if 0 <= listed.start - pm.end <= 24 and _ITS_SUBJECT_BETWEEN.fullmatch(low, pm.end, listed.start)
        ]
        if len(ordered) == n:
            pairs = [(ind, None) for ind in ordered]
            own_period = (
                inner_periods[0]
                if len(inner_periods) == 1
                else named_periods[0]
                if previous is not None and len(named_periods) == 1
                else None
            )
            if (
                previous is not None
                and n > 1
                and len({p.label for p in named_periods}) == len(named_periods) == n
            ):
                # "…; năm 2024 và năm 2023 lần lượt là 3,5% và 4,1%": each value its own period
                pairs = list(zip(ordered, named_periods, strict=True))
            elif (
                own_period is not None
                and own_period.kind == "year"
                and previous_periods
                and all(
                    p is not None and p.kind != "year" and p.start.year == p.end.year
                    for p in previous_periods
                )
            ):
                # "GRDP quý I và quý II năm 2025 … lần lượt tăng 4,91% và 5,98% (cùng kỳ năm 2024 lần lượt là
                # 3,5% và 4,1%)": the same parts of the year the second list names
                year = own_period.start.year
                pairs = [
                    (i, shift_years(p, year - p.start.year))
                    for i, p in zip(ordered, previous_periods, strict=True)
                ]
            elif own_period is not None:
                period_of_list = own_period  # "(năm 2020 tương ứng là 23,25%; …)": the list's own period
            elif previous is not None and not named_periods and not inner_periods and all(previous_periods):
                # "GRDP quý I và quý II … lần lượt tăng 4,91% và 5,98% (các số ước tính công bố trước đây lần
                # lượt là 5,12% và 6,35%)": the same subjects over the same periods, told again
                pairs = list(zip(ordered, previous_periods, strict=True))
        elif len({i.id for i in ordered}) == 1 and len(named_periods) == n:
            pairs = [(ordered[0], p) for p in named_periods]
        elif len({i.id for i in ordered}) <= 1 and len(bracketed) == n:
            pairs = [(ordered[0] if ordered else None, p) for p in bracketed]
        elif len({i.id for i in ordered}) == 1 and len(named_places) == n and "" in named_places:
            # "Hà Giang, Lạng Sơn và Cao Bằng có tốc độ tăng GRDP lần lượt là 5,34%, 6,27% và 4,81%": one
            # value per province, the province's own where it stands in the list.
            pairs = [(ordered[0], None)] * n
            places = named_places
        elif len({i.id for i in ordered}) <= 1 and len(near_periods) == n:
            # "Ba năm trước đó, 2020, 2021 và 2022, tỉnh lần lượt đứng thứ 16, 5 và 6": one value per year, of
            # the subject the sentence names before, else the paragraph's or the title's (as for a lone rank).
            # (with no subject of its own, its first value's is read as a lone value's and is the others': "…:
            # các năm 2016, 2017 và 2018 lần lượt tăng 6,87%; 7,02% và 7,17%" -- the periods are the list's)
            if not ordered and kind == "percent" and MONEY.search(low, 0, listed.start) is not None:
                # "Kim ngạch … đạt 5,2 tỷ USD; các năm 2022 và 2023 lần lượt tăng 18% và 11%": an amount's
                # changes, whose subject the list does not name -- not a rate of the title's
                why = (
                    "not_in_catalog",
                    "changes listed after an amount, of a subject the list does not name",
                )
                tokens += _listed_tokens(low, listed, [(None, None)] * n, places, why)
                continue
            if not ordered and DIGIT.search(
                low, max(pm.end for pm in own if lead_start <= pm.start < listed.start), listed.start
            ):
                continue  # ("các năm 2022 và 2023 có 412 và 436 dự án, lần lượt tăng 12% và 6%": changes)
            pairs = [(ordered[0] if ordered else None, p) for p in near_periods]
        elif (
            not ordered
            and (
                kind in ("rank", "score")
                or (
                    kind == "percent"
                    and _LISTED_GROWTH.search(low, lead_start, listed.values[0].start)
                    # (the list opens its clause on the provinces: not "Về dư nợ tín dụng, Lạng Sơn và Cao
                    # Bằng lần lượt tăng 12% và 10%", another measure's)
                    and _opens_on_places(low[lead_start : listed.start], catalog)
                )
            )
            and len(near_places) == n
            and "" in near_places
        ):
            # "Lào Cai, Phú Thọ và Lạng Sơn lần lượt đứng thứ 5, 8 và 23": the paragraph's index, per province
            # (and its rate: "Lào Cai, Lạng Sơn và Cao Bằng lần lượt tăng 10,15%, 7,16% và 6,1%")
            pairs = [(None, None)] * n
            places = near_places
        elif len({i.id for i in ordered}) <= 1 and len(near_periods) == 1 and near_periods[0].kind == "range":
            # "Giai đoạn 2021-2024, GRDP tăng lần lượt 5,1%, 6,8%, 4,2% và 7,5%": one value per year of the
            # span, in order, where they are as many; else no value's year is told (never the span's)
            years = years_of_span(near_periods[0])
            if (
                len(years) != n
                or not (ordered or kind in ("rank", "score"))
                # ("… của ba khu vực kinh tế lần lượt đạt 3,2%, 8,1% và 5,9%", "theo dự toán và thực hiện lần
                # lượt là …": the values of the parts or the statuses the lead lists, whatever their count)
                or _LISTS_OTHER_THAN_YEARS.search(low, lead_start, listed.start)
            ):
                span = near_periods[0].label
                why = (
                    "no_period",
                    f"{n} values listed over {span}: the text does not tell which year each is",
                )
                tokens += _listed_tokens(
                    low, listed, [(ordered[0] if ordered else None, None)] * n, places, why
                )
                continue
            pairs = [(ordered[0] if ordered else None, year_period(y)) for y in years]
        elif (
            0 < len(ordered) < n
            and len(near_periods) < n
            and not named_places
            and _A_STRUCTURE.search(lead)
            and all(i.figure_measure == "share" for i in ordered)
        ):
            # "tỷ trọng nông nghiệp, công nghiệp và dịch vụ … lần lượt là 22,5%, 20,1% và 50,2%": fewer
            # shares the catalog names than values -- which value is whose, untold (never all the last's)
            why = (
                "not_in_catalog",
                f"{n} shares listed, {len(ordered)} of them named as the catalog names them",
            )
            tokens += _listed_tokens(low, listed, [(None, None)] * n, places, why)
            continue
        else:
            continue  # the lists do not line up: nothing is guessed
        if any(ind is None for ind, _p in pairs):
            tokens += _listed_tokens(low, listed, pairs, places)
            continue
        previous = (listed.end, [ind for ind, _p in pairs])
        previous_periods = [period for _ind, period in pairs]
        pairs = [(ind, period or period_of_list) for ind, period in pairs]
        tokens += _listed_tokens(low, listed, pairs, places)
    return tokens


# the structure a list of shares is of ("tỷ trọng nông nghiệp, công nghiệp và dịch vụ", "cơ cấu kinh tế")
_A_STRUCTURE = compile_lowered(r"\b(?:tỷ trọng|tỉ trọng|cơ cấu)\b")
_A_BRACKET_OPENS = compile_lowered(r"\s*\((?:năm\s+)?$")


def _years_in_brackets_after(low: str, listed, own: list[PeriodMatch]) -> list[Period]:
    """The year in brackets right after each of a list's values ("60 (năm 2017), 56 (năm 2018)"), in order:
    as many as the values only where each has its own."""
    years = []
    for value in listed.values:
        year = next(
            (
                pm.period
                for pm in own
                if pm.period.kind == "year"
                and value.end <= pm.start <= value.end + 8
                and _A_BRACKET_OPENS.fullmatch(low, value.end, pm.start)
            ),
            None,
        )
        if year is None:
            return []
        years.append(year)
    return years


_ITS_SUBJECT_BETWEEN = compile_lowered(
    # ("(năm 2020, các tỷ trọng tương ứng là …)", "(năm 2016 các tỷ trọng này lần lượt là …)")
    r"\s*,?\s*(?:(?:các |những )?(?:tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|con số|số liệu|chỉ tiêu|mức)"
    r"(?: này| đó| trên)?\s*)?"
)
# (not periods compared with or counted from: "So với năm 2022 và 2023, …", "từ quý I và quý II …")
_BEFORE_LISTED_PERIODS = compile_lowered(r"\b(?:so với|cùng kỳ|từ|đến|sau|trước|hơn|bằng)\s*$")


def _listed_period_pairs(low: str, listed, catalog: Catalog, own: list[PeriodMatch]):
    """An implicit list's values paired with the periods its clause lists just before it, of the one subject
    it names ("Quý I và quý II, GRDP của tỉnh tăng 5,2% và 6,1%"), or None where they do not line up."""
    n = len(listed.values)
    lead_start = max(low.rfind(";", 0, listed.start), low.rfind(": ", 0, listed.start)) + 1
    named = [pm for pm in own if lead_start <= pm.start < listed.start]
    if (
        len(named) != n
        or len({pm.period.label for pm in named}) != n
        or len({pm.period.kind for pm in named}) != 1
    ):
        return None
    if not listed_one_after_another(low, named):
        return None
    if _BEFORE_LISTED_PERIODS.search(low, lead_start, named[0].start):
        return None
    lead = low[lead_start : listed.start]
    monthly = _PER_MONTH_WORDS.search(low, lead_start, listed.end + 25) is not None
    ordered = _named_last(lead, catalog, listed.values[0].kind, monthly)
    if not ordered and listed.values[0].kind == "percent" and _GROWTH_VERB.match(low, listed.start):
        # "Năm 2022 và năm 2023, GRDP tăng 5,2% và 6,1%": the growth of the one level the lead names
        levels = _ordered_subjects(lead, catalog, "money", 1)
        ordered = [i for i in catalog.indicators if len(levels) == 1 and i.growth_of == levels[0].id][:1]
    if len({ind.id for ind in ordered}) != 1:
        return None
    if ordered[0].figure_measure == "share" and _A_CHANGE_VERB.match(low, listed.start):
        # "tỷ lệ hộ nghèo giảm 2,1% và 2,3%": falls, not the rates (unlike "giảm còn 12,5% và 10,2%")
        return None
    return [(ordered[0], pm.period) for pm in named]


_PER_MONTH_WORDS = compile_lowered(r"/\s*tháng\b|\b(?:một|mỗi|1) tháng\b")
_A_CHANGE_VERB = compile_lowered(r"(?:(?:ước|ước tính|sơ bộ) )?(?:tăng|giảm)\b(?! còn| xuống)")


def _named_last(lead: str, catalog: Catalog, kind: str, monthly: bool) -> list[Indicator]:
    """The one subject a lead names last, the longest of the names nested there ("GRDP bình quân đầu người":
    GRDP per head, not GRDP), a per-month one where the list's unit says so ("… đạt 2,9 triệu đồng và 3,2
    triệu đồng/người/tháng"); [] where two subjects are named apart ("xuất khẩu và nhập khẩu")."""
    spans = [
        (a, b, ind)
        for a, b, ind in topic_spans(lead, catalog, kind)
        if not ind.regional and (ind.per == "month") == monthly
    ]
    if not spans:
        return []
    a, _b, last = max(spans, key=lambda s: (s[1], s[1] - s[0]))
    if any(end <= a for _start, end, ind in spans if ind is not last):
        return []
    return [last]


_GROWTH_VERB = compile_lowered(r"(?:(?:ước|ước tính|sơ bộ) )?(?:tăng|giảm)\b")


# what may stand before the provinces a list opens on: its period and a connective
_BEFORE_PLACES = compile_lowered(
    r"\s*(?:(?:năm \d{4}|\d{1,2} tháng(?: đầu năm)?(?: (?:năm )?\d{4})?|quý [ivx]+(?:/\d{4})?|cùng kỳ"
    r"|riêng|còn|trong đó|trong khi đó|nhóm \S+ gồm|các tỉnh|tỉnh)\s*,?\s*)*"
)


def _opens_on_places(lead: str, catalog: Catalog) -> bool:
    """Whether a list's lead opens on the provinces it lists (after its period and a connective only)."""
    places = _listed_places_at(lead, catalog)
    return bool(places) and _BEFORE_PLACES.fullmatch(lead, 0, places[0][0]) is not None


_LISTED_GROWTH = compile_lowered(
    r"\b(?:lần lượt (?:ước )?(?:tăng|giảm)|mức tăng(?: trưởng)?(?: lần lượt)?)\b"
)


def _listed_tokens(low: str, listed, pairs, places, held_for: tuple[str, str] | None = None) -> list[Token]:
    tokens = []
    for value, (ind, period), place in zip(listed.values, pairs, places, strict=True):
        if value.kind == "money":
            amounts = value_tokens(low[value.start : value.end], [])
            if len(amounts) != 1:
                continue
            tok = amounts[0]
            tok.start, tok.end = value.start + tok.start, value.start + tok.end
        else:
            number = num(re.match(NUM, low[value.start : value.end])[0])
            if number is None:
                continue
            tok = Token(
                value.kind,
                number,
                value.start,
                value.end,
                low[value.start : value.end],
                rank_of=value.rank_of,
            )
        tok.indicator, tok.period, tok.place, tok.listed_at = ind, period, place, listed.start
        tok.held_for = held_for
        tokens.append(tok)
    return tokens


# "xếp thứ 25/63 với 86,12%", "đứng thứ 9 với 68,41 điểm": the ranked index's score, written after its rank
_WITH_SCORE = compile_lowered(r"^(?:\s*tỉnh, thành phố)?\s*với(?: tổng)?(?: số)?(?: điểm(?: số)?)?\s*$")


def score_after_rank(tok, tokens, low: str, catalog: Catalog) -> Indicator | None:
    """The index score a value is, after that index's rank and "với" ("xếp thứ 25/63 với 86,12%"), or named
    as the score in a clause of the rank's sentence ("PCI … xếp thứ 26/63, giảm 11 bậc …; điểm tổng hợp đạt
    65,08 điểm")."""
    before = [t for t in tokens if t.end <= tok.start]
    if not before:
        return None
    last = before[-1]
    if last.kind == "rank" and last.resolved is not None and _WITH_SCORE.match(low[last.end : tok.start]):
        return index_twin(last.resolved, tok.kind, catalog)
    ranks = [t for t in before if t.kind == "rank" and t.resolved is not None and t.resolved.index]
    if tok.kind == "score" and ranks and _SCORE_NAMED.search(low, ranks[-1].end, tok.start):
        return index_twin(ranks[-1].resolved, tok.kind, catalog)
    return None


# "…; điểm tổng hợp đạt 65,08 điểm", "…, tổng điểm 64,9 điểm": the score, named as such
_SCORE_NAMED = compile_lowered(r"\b(?:điểm tổng hợp|điểm số|tổng điểm|số điểm)\b[^;,]{0,20}$")


def index_twin(ind: Indicator, kind: str, catalog: Catalog) -> Indicator | None:
    """The same index's indicator of another kind: PCI's score for its rank."""
    if ind.index is None:
        return None
    return next(
        (
            other
            for other in catalog.indicators
            if other.index == ind.index and other.read_as(kind) and not other.regional
        ),
        None,
    )


_SHARE_LIST = compile_lowered(r"\btỷ trọng\b|\btỉ trọng\b|\bcơ cấu\b")


# years listed right after a list's values ("… lần lượt đứng thứ 59, 54 và 53 trong các năm 2016, 2017 và
# 2018")
_YEARS_LISTED_AFTER = re.compile(
    r"\s*(?:trong|vào|của)? ?(?:các|những) năm (?:19|20)\d\d(?:\s*(?:,|và)\s*(?:năm )?(?:19|20)\d\d)+\b"
)


def _ordered_subjects(lead: str, catalog: Catalog, kind: str, n: int) -> list[Indicator]:
    """The subjects in the order they are last named ("Về … cải cách hành chính, các chỉ số PCI, PAPI và
    PAR Index … lần lượt"), national ranks before regional ones named by the same words; in a list of
    shares ("tỷ trọng … trong GRDP"), only the shares."""
    last: dict[str, tuple[int, Indicator]] = {}
    for start, _end, ind in sorted(topic_spans(lead, catalog, kind), key=lambda c: c[0]):
        if ind.regional:
            continue
        last[ind.id] = (start, ind)
    ordered = [ind for _start, ind in sorted(last.values(), key=lambda v: v[0])]
    if len(ordered) != n and _SHARE_LIST.search(lead):
        ordered = [ind for ind in ordered if ind.figure_measure == "share"]
    if len(ordered) != n and n > 1:
        ordered = _the_list_before_its_values(lead, catalog, kind, n) or ordered
    return ordered


# what joins the items of a list of subjects: "xuất khẩu và nhập khẩu", "thu nội địa, thu từ …"
_LIST_JOINER = re.compile(r"\s*(?:,|;|,?\s*và)\s*")


def _the_list_before_its_values(
    lead: str, catalog: Catalog, kind: str, n: int, tail: re.Pattern | None = None
) -> list[Indicator]:
    """The last `n` subjects of a lead, where they are named as one list ("kim ngạch xuất nhập khẩu đạt 4,6 tỷ
    USD, trong đó xuất khẩu và nhập khẩu lần lượt …": the two parts, not the whole named before them); also
    where a comma joins two words one topic reads as a whole ("kim ngạch xuất khẩu, nhập khẩu … lần lượt":
    exports, then imports, as "xuất khẩu và nhập khẩu" would name them). [] where there is no such list, or
    where `tail` (if given) does not match all the lead says after it."""
    for words in (lead, _LIST_JOINER.sub(" và ", lead)):
        named = [span for span in topic_spans(words, catalog, kind) if not span[2].regional]
        # (a subject's words inside a longer one's, "tổng thu" in "tổng thu ngân sách nhà nước", are that one)
        spans = sorted(
            (a for a in named if not any(b[0] <= a[0] and a[1] <= b[1] and b[:2] != a[:2] for b in named)),
            key=lambda c: c[0],
        )[-n:]
        if (
            len(spans) == n
            and len({ind.id for *_, ind in spans}) == n
            and all(_JOINED.fullmatch(words, a[1], b[0]) for a, b in pairwise(spans))
            and (tail is None or tail.fullmatch(words, spans[-1][1]))
        ):
            return [ind for *_, ind in spans]
    return []


def _currencies(low: str, listed) -> set[str]:
    """The currencies of a list's amounts, as the value reader takes them ("612 triệu USD", "1.480 tỷ
    đồng")."""
    return {
        t.money_unit[0]
        for v in listed.values
        for t in value_tokens(low[v.start : v.end], [])
        if t.money_unit is not None
    }


def _names_several_subjects(lead: str, catalog: Catalog, kind: str) -> bool:
    """Whether a lead names two or more things of the list's kind: two of the catalog's, or one with another
    thing joined after it ("xuất khẩu … và giá trị hàng hóa tạm nhập tái xuất")."""
    spans = sorted(topic_spans(lead, catalog, kind), key=lambda c: c[0])
    if len({ind.id for *_, ind in spans}) >= 2:
        return True
    return bool(spans) and _ANOTHER_THING_JOINED.search(lead, spans[-1][1]) is not None


_ANOTHER_THING_JOINED = compile_lowered(r"\s(?:và|cùng)\s(?!(?:tỉnh|lạng sơn|\d))")


# what may follow a list of subjects before its verb and still leave each subject whole: the province, a
# period, a status ("xuất khẩu và nhập khẩu qua địa bàn tỉnh quý IV/2024 đạt …" -- not "… của các doanh nghiệp
# trên địa bàn tỉnh", "… hàng nông sản …", parts)
_PLACE_AND_PERIOD_WORDS = (
    r"(?:\s*,?\s*(?:(?:qua|trên|của|tại)\s+)?(?:địa bàn\s*)?(?:(?:toàn |cả )?tỉnh(?: lạng sơn)?|lạng sơn)\b"
    r"|\s+(?:trên|qua) địa bàn\b"
    r"|\s+qua (?:các )?cửa khẩu(?: (?:trên địa bàn|của|thuộc)(?: tỉnh)?)?\b"
    r"|\s+(?:trong\s+)?(?:năm|quý|tháng)\s+[\divx/]+\b(?:\s*năm\s*(?:19|20)\d\d)?"
    r"|\s+(?:trong\s+)?\d{1,2} tháng(?: đầu năm| cuối năm)?(?:\s*(?:năm\s*)?(?:19|20)\d\d)?"
    r"|\s+(?:ước(?: tính)?|đã|đều|sơ bộ|cùng))*\s*"
)
_ONLY_PLACE_AND_PERIOD = compile_lowered(_PLACE_AND_PERIOD_WORDS)
# two subjects of one list: joined, or the first placed before the joiner ("tổng thu ngân sách nhà nước trên
# địa bàn, thu nội địa và …", "thu ngân sách trên địa bàn và chi ngân sách địa phương …")
_JOINED = compile_lowered(rf"(?:{_PLACE_AND_PERIOD_WORDS})?{_LIST_JOINER.pattern}")


_LISTS_OTHER_THAN_YEARS = compile_lowered(
    r"\b(?:các|hai|ba|bốn|năm|sáu) (?:khu vực|ngành|lĩnh vực|nhóm|chỉ tiêu|loại|huyện|tỉnh)\b"
    r"|\b(?:dự toán|kế hoạch|mục tiêu) và (?:thực hiện|kết quả|ước)\b"
)


_EACH_QUARTER = compile_lowered(r"\b(?:từng|các|bốn|4|theo) quý\b(?! (?:[ivx]+|\d)\b)")


def _indices_named_in_order(lead: str, catalog: Catalog) -> list[str]:
    """The indices a lead names (held by the catalog or not), in the order they are first named."""
    first = [
        (m.start(), key)
        for key in catalog.indices
        if (m := catalog.names_the_index(key).search(lead)) is not None
    ]
    return [key for _start, key in sorted(first)]


def _ordered_scores(lead: str, catalog: Catalog, values) -> list[Indicator]:
    """The indices a lead names in order, for a list of their scores in mixed units -- named as their scores
    or as their ranks are -- [] unless each value's unit is its index's (a per cent for PAR Index and SIPAS,
    points for PCI and PAPI)."""
    named = [
        (start, ind)
        for kind in ("score", "percent")
        for start, _end, ind in topic_spans(lead, catalog, kind)
        if ind.figure_measure == "score"
    ]
    for start, _end, ind in topic_spans(lead, catalog, "rank"):
        twin = index_twin(ind, "score", catalog) or index_twin(ind, "percent", catalog)
        if twin is not None:
            named.append((start, twin))
    last = {ind.id: (start, ind) for start, ind in sorted(named, key=lambda s: s[0]) if not ind.regional}
    ordered = [ind for _start, ind in sorted(last.values(), key=lambda v: v[0])]
    fits = len(ordered) == len(values) and all(
        ind.read_as(v.kind) for ind, v in zip(ordered, values, strict=True)
    )
    return ordered if fits else []


_PROVINCE = compile_lowered(r"\blạng sơn\b")


def _listed_places(lead: str, catalog: Catalog) -> list[str]:
    """The provinces a lead names in order, "" standing for Lạng Sơn: ["hà giang", "", "cao bằng"]."""
    return [name for _start, name in _listed_places_at(lead, catalog)]


def _listed_places_at(lead: str, catalog: Catalog) -> list[tuple[int, str]]:
    """(where, province) of each province a lead naming Lạng Sơn names, in order ("" for Lạng Sơn)."""
    pattern = catalog.places.get("province")
    if pattern is None or "lạng sơn" not in lead:
        return []
    found = [(m.start(), m.group()) for m in pattern.finditer(lead)]
    found += [(m.start(), "") for m in _PROVINCE.finditer(lead)]
    return sorted(found, key=lambda f: f[0])


# ("… một tháng cao nhất, đạt 2,48 triệu đồng": the value its comma leads straight to)
# the words of a value per head per month ("đầu người một tháng", "Thu nhập bình quân một nhân khẩu/tháng")
_PER_MONTH = (
    r"\b(?:(?:đầu người|người|bình quân|nhân khẩu) (?:một|1|mỗi|hằng|hàng) tháng|bình quân tháng"
    r"|(?:người|nhân khẩu)\s*/\s*tháng)\b"
)
_PER_HEAD_PER_MONTH = compile_lowered(_PER_MONTH)


_A_MONTHS_INCOME_AT_MOST = 30e6  # đồng per head: more is a year's


def _of_a_months_size(tok, at_most: float = _A_MONTHS_INCOME_AT_MOST) -> bool:
    """Whether a money value is of a month's income's size (under `at_most` đồng): not a year's."""
    return (
        tok.money_unit is not None and tok.money_unit[0] == "đồng" and tok.value * tok.money_unit[1] < at_most
    )


# (a month's income in the province these years: well under half the 30 million a year's starts at)
_A_MONTHS_INCOME_HERE_AT_MOST = 12e6
# ("Tính cả năm, chỉ tiêu này đạt 28,8 triệu đồng/người": a year's worth)
_A_YEARS_WORTH = compile_lowered(
    r"\b(?:cả năm|tính (?:cả|theo) năm|mỗi năm|một năm|hằng năm|hàng năm)\b|/\s*năm\b"
)
_PER_YEAR_AFTER = compile_lowered(r"\s*(?:/\s*(?:người\s*/\s*)?năm|(?:mỗi|một|1) năm)\b")


_ANOTHER_INCOME = compile_lowered(r"\b(?:thu nhập|lương|chuẩn nghèo|chi tiêu)\b")
_AMOUNT_IN_DONG = compile_lowered(r"(?P<n>\d[\d.,]*)\s*(?P<scale>nghìn|ngàn|triệu|tỷ)\s*đồng\b")


def _a_list_of_monthly_values_before(low: str, at: int) -> bool:
    """Whether a value at `at` goes on a list of values per head per month its clause opened on ("Thu nhập
    bình quân đầu người một tháng … năm 2022 đạt 3,12 triệu đồng, năm 2024 đạt 3,86 triệu đồng"; "… một tháng
    … đạt 3.905 nghìn đồng, tăng 25,2% so với năm 2022 (3.119 nghìn đồng)"): every amount between of a month's
    size, no other income named."""
    clause = low.rfind(";", 0, at) + 1
    said = next(reversed(list(_PER_HEAD_PER_MONTH.finditer(low, max(clause, at - 240), at))), None)
    if said is None or _ANOTHER_INCOME.search(low, said.end(), at):
        return False
    for amount in _AMOUNT_IN_DONG.finditer(low, said.end(), at):
        value = num(amount["n"])
        if value is None or value * SCALE[amount["scale"]] >= _A_MONTHS_INCOME_AT_MOST:
            return False
    return True


# a per-unit after a value ("/người", "/năm", "mỗi người", "một năm"): the value says its own basis
_PER_ANY_AFTER = compile_lowered(r"\s*(?:\d{0,2}\s*/|(?:mỗi|một|1|trên) (?:người|năm|tháng)\b)")
# a value per head per month just before, in the same clause chain of a list ("…/người/tháng, năm 2024 đạt")
_AFTER_A_MONTHLY_VALUE = compile_lowered(
    # (not another income named between: "tiền lương … 7,2 triệu đồng/người/tháng, còn thu nhập bình quân
    # đạt")
    r"(?:(?:đồng|usd)\s*\d{0,2}\s*/\s*người\s*/\s*tháng[,\s]+"
    r"(?:(?:năm|và|còn|đến|cuối|tới) (?:(?!thu nhập|lương)[^\d,;.]){0,20}?)?"
    # (or a level it is measured against: "đạt 2,9 triệu đồng/tháng, thấp hơn mức 2,95 triệu đồng mà …")
    r"|(?:đồng|usd)\s*\d{0,2}\s*(?:/\s*người\s*)?/\s*tháng,?\s+(?:(?:thấp|cao|nhiều|ít) hơn|so với|bằng|vượt)"
    r" (?:(?:so với )?(?:mức|con số) )?)"
    r"(?:(?:19|20)\d\d\s*)?(?:(?:ước |dự kiến )?(?:đạt|là|lên|tăng lên)\s*)?(?:khoảng |gần |hơn |trên )?$"
)
_PER_MONTH_BEFORE = compile_lowered(
    # (not past another amount or another income: "chuẩn nghèo là 1,5 triệu đồng/người một tháng … và thu nhập
    # bình quân đầu người năm 2023 … đạt 40 triệu đồng")
    _PER_MONTH + r"(?:(?!(?<!\()thu nhập|\d[\d.,]*\s*(?:nghìn |triệu |tỷ )?(?:đồng|usd))[^,;])*"
    # (or a table row before its column: "Thu nhập bình quân đầu người một tháng, năm 2016: 1.912 nghìn đồng")
    r"(?:,\s*(?:đạt|là|ở mức)\s*|,[^,;:]{1,60}:\s*)?$"
)


_RECKONED_PER_MONTH = compile_lowered(
    r"\b(?:quy ra|tính ra|tính|chia ra|chia) (?:theo |ra |bình quân )?(?:mỗi |một |từng )?tháng\b"
    r"(?:(?!\d[\d.,]*\s*(?:nghìn |triệu |tỷ )?(?:đồng|usd))[^;.]){0,40}$"
)
_NEXT_ITEM_PER_MONTH = compile_lowered(
    r"\s*(?:,|;|và|,\s*và)\s*(?:khoảng |gần |hơn |trên |ước )?\d[\d.,]*\s*(?:triệu|nghìn|ngàn)?\s*đồng\s*/\s*"
    r"(?:người\s*/\s*)?tháng\b"
)


def per_basis(ind: Indicator, tok: Token, low: str, catalog: Catalog) -> Indicator:
    """Income per head per month is its own indicator: "4,1 triệu đồng/người/tháng" is never yearly."""
    if ind.per is None:
        return ind
    # "… 4,1 triệu đồng/người/tháng", and "thu nhập bình quân đầu người một tháng năm 2018 đạt 2,41 triệu"
    monthly = (
        PER_MONTH.search(low[tok.end : tok.end + 20]) is not None
        # ("… đầu người một tháng theo giá hiện hành của dân cư tỉnh Lạng Sơn đạt 2.574 nghìn đồng")
        or _PER_MONTH_BEFORE.search(low, max(0, tok.start - 100), tok.start) is not None
        # ("… đạt 27,9 triệu đồng; quy ra theo tháng, mỗi người dân có khoảng 2,33 triệu đồng")
        or _RECKONED_PER_MONTH.search(low, max(0, tok.start - 60), tok.start) is not None
        # ("… đạt 2,9 triệu đồng và 3,2 triệu đồng/người/tháng": the pair's unit, written once at its end)
        or _NEXT_ITEM_PER_MONTH.match(low, tok.end) is not None
    )
    if not monthly and _PER_ANY_AFTER.match(low, tok.end) is None and _of_a_months_size(tok):
        # "… đạt 3,9 triệu đồng/người/tháng, năm 2024 đạt 4,2 triệu đồng": the next year's value of the same
        # list, written without its unit's "/người/tháng" once said (a month's size: not "… năm 2024 đạt 50,4
        # triệu đồng", a year's)
        monthly = _AFTER_A_MONTHLY_VALUE.search(low, max(0, tok.start - 90), tok.start) is not None or (
            _a_list_of_monthly_values_before(low, tok.start)
        )
    if (
        not monthly
        and ind.per == "month"
        and _of_a_months_size(tok, _A_MONTHS_INCOME_HERE_AT_MOST)
        and not _PER_YEAR_AFTER.match(low, tok.end)
        and not _A_YEARS_WORTH.search(low)
        and not _ANOTHER_INCOME.search(low, 0, tok.start)
    ):
        # "… thu nhập bình quân đầu người một tháng năm 2022 đạt 3.118 nghìn đồng. Năm 2023, chỉ tiêu này đạt
        # 3.386 nghìn đồng": the month's income the sentence before gave, gone on with -- never a year's
        return ind
    want = "month" if monthly else "year"
    if ind.per == want:
        return ind
    twin = [
        other
        for other in catalog.indicators
        if other.per == want and other.unit == ind.unit and other.topics == ind.topics
    ]
    return twin[0] if twin else ind


def regional_twin(ind: Indicator, catalog: Catalog) -> Indicator | None:
    """The regional rank that shares a national rank's topics (PCI in the northern mountains)."""
    for other in catalog.indicators:
        if other.regional and other.measure == "rank" and other.topics == ind.topics:
            return other
    return None


def lead_paragraph(text: str) -> str:
    """The first paragraph of the body: after the title, past the date line and any short byline."""
    lines = text.split("\n")
    after_title = (title_line_index(lines) or 0) + 1
    for line in lines[after_title : after_title + 5]:
        if len(line) >= 80:
            return line
    return ""


SUBJECT_KINDS = ("rank", "score", "percent", "money", "count")


def topics_of(kind: str, low: str, catalog: Catalog, topics: dict[str, list]) -> list:
    """The sentence's topic spans of one kind of value, found once per sentence (`topics`: those found so
    far, filled in here for a kind not yet looked for)."""
    if kind not in topics:
        topics[kind] = topic_spans(low, catalog, kind)
    return topics[kind]


def names_any_subject(low: str, catalog: Catalog, topics: dict[str, list]) -> bool:
    """Whether the sentence names any indicator's topic (`topics`: the sentence's spans found so far)."""
    return any(topics_of(kind, low, catalog, topics) for kind in SUBJECT_KINDS)


INDEX_KINDS = ("rank", "score")


def introduced(low: str, catalog: Catalog) -> dict[str, Indicator]:
    """The one index per kind (rank, score) a sentence names, when it names one -- past an index it opens on
    beside it ("Cùng với PCI, VCCI công bố Chỉ số xanh cấp tỉnh (PGI) năm 2023": PGI)."""
    return title_subjects(past_an_index_beside(low), catalog, INDEX_KINDS)


def past_an_index_beside(low: str) -> str:
    """The sentence past what it opens on beside its subject ("Cùng với PCI, VCCI công bố Chỉ số xanh cấp
    tỉnh (PGI) năm 2023" -> "VCCI công bố …"): the index it introduces is the one after."""
    beside = _BESIDE_AN_INDEX.match(low)
    return low[beside.end() :] if beside else low


_BESIDE_AN_INDEX = re.compile(r"\W*(?:cùng với|bên cạnh|ngoài|song song với)\s[^,;.]{1,40},\s*")
