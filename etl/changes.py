"""Amounts that are not the indicator's level: a change or a gap ("tăng 500 tỷ đồng", "hụt 1.150 tỷ
đồng"), a share's words, a per cent saying how much an amount before it changed (a figure only where the
catalog holds that level's growth), an uncatalogued amount's change, and the plan's own amount a
comparison gives in brackets. Pure functions of the lower-cased sentence and its tokens."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.casefold import compile_lowered
from etl.catalog import Catalog, Indicator
from etl.clauses import bracket_around
from etl.values import NUM, Token, num, value_tokens
from etl.wording import (
    AGAINST_PLAN,
    CHANGE_MARK,
    PLAN_BEFORE_A_RATIO,
    PLAN_DOCUMENT,
    PLAN_FOR_A_PART_IN_BRACKETS,
    plan_in_brackets_before,
)

# ("giảm còn 6.912 hộ nghèo, tương ứng 3,36%": the share a count comes to)
_SHARE_WORDS = compile_lowered(
    r"\bchiếm\b|\btỷ trọng\b|\btỉ trọng\b|\bcơ cấu\b|\btỷ lệ\b|\btỉ lệ\b"
    r"|\bhộ(?: nghèo)?,? (?:tương ứng|tương đương)(?: với)?\s*$"
    # (the households counted, their share after them: "số hộ nghèo chỉ còn 13.240 hộ (6,48%)", "… 6.930 hộ,
    # bằng 3,36%")
    r"|\b\d[\d.]* hộ(?: nghèo)?(?:,? bằng\s*| \(\s*)$"
    # (a sector's weight: "Khu vực dịch vụ vẫn giữ vai trò lớn nhất với 47,22%")
    r"|\bvai trò\b[^,;.]{0,24}\bvới\s*$"
)


# "tăng 500 tỷ đồng", "hụt khoảng 1.150 tỷ đồng", "vượt 300 tỷ đồng": a change or a gap, not the level.
# "cao hơn điểm số của Lạng Sơn gần 3 điểm": the gap to another's figure, written after whose it is
_GAP_TO = compile_lowered(
    # (the words between name whose figure it is, never a verb of the subject's own: "cao hơn so với năm trước
    # và đạt 60 triệu đồng" gives the level)
    r"\b(?:cao|thấp|nhỉnh|kém|lớn|nhỏ) hơn (?:(?:điểm số|mức|con số|tốc độ tăng|tỷ lệ) )?(?:của|so với) "
    r"(?:(?!\b(?:là|đạt|và|còn|với|lên|xuống)\b)[^\d,;]){1,40}?\s+(?:khoảng |gần |hơn |trên )?$"
    # "thu từ hoạt động xuất nhập khẩu khoảng 4.850 tỷ đồng, thấp hơn dự toán 1.150 tỷ đồng": a gap to a plan
    # (not the plan's own amount, said with who set it: "thấp hơn kế hoạch 4,5 tỷ USD tỉnh đề ra"); "Riêng
    # quý II đạt 23,18 tỷ USD, cao hơn quý I khoảng 1,7 tỷ USD": the gap to another period's figure
    # (however the comparative is worded: "nhỉnh hơn tháng 9 khoảng 40 tỷ đồng", "kém hơn năm trước 12 tỷ")
    r"|\b(?:cao|thấp|nhiều|ít|nhỉnh|kém|lớn|nhỏ) hơn (?:so với )?"
    r"(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|cùng kỳ|quý|tháng|năm|kỳ|giai đoạn)\b"
    r"(?: (?!(?:là|đạt|và|còn|với|lên|xuống|ở|mức)\b)[^\s,;]+){0,4}?\s+(?:khoảng |gần |hơn |trên )?$"
    # ("còn cách dự toán HĐND tỉnh hơn 200 tỷ đồng": what a result lacks of its plan)
    r"|\b(?:còn )?cách (?:đích |mức )?(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu)\b"
    r"(?: (?!(?:là|đạt|và|còn|với)\b)[^\s,;\d]+){0,4}?\s+(?:khoảng |gần |hơn |trên )?$"
    # ("Lạng Sơn cao hơn mức bình quân khoảng 0,11 điểm": the gap to an average)
    r"|\b(?:cao|thấp) hơn (?:so với )?(?:mức |điểm )?(?:bình quân|trung bình|trung vị)\b"
    r"(?: (?!(?:là|đạt|và|còn|với|lên|xuống|ở)\b)[^\s\d,;]+){0,5}?\s+(?:khoảng |gần |hơn |trên )?$"
)
_CHANGE_BEFORE = compile_lowered(
    # (not the rate named as a noun: "tốc độ tăng xếp thứ 11/34", "mức tăng này đứng thứ 5")
    r"(?<!tốc độ )(?<!mức )\b(?:tăng|giảm|hụt|thiếu hụt|vượt|chênh lệch|nhích|nhích lên|cao hơn|thấp hơn"
    # ("Tính năng động … đã cải thiện 0,45 điểm": a score's change)
    # ("được cộng thêm 1,62 điểm": points added, a change)
    r"|nhiều hơn|ít hơn|cải thiện|cộng thêm|được cộng)"
    # ("tỷ lệ hộ nghèo giảm từ 3% trở lên": a fall of at least 3 points, not a rate from which it fell)
    # ("chính sách miễn, giảm thuế … làm giảm số thu khoảng 180 tỷ đồng": what the revenue lost)
    # ("điều chỉnh giảm tương ứng 1.125 tỷ đồng")
    r"(?: bình quân| thêm| được| thu| số thu| nguồn thu| thu ngân sách| tương ứng)?"
    r"(?: mỗi năm| hằng năm| hàng năm)?(?: nhẹ| mạnh| sâu| nhanh| đáng kể)?"
    r"\s+(?:khoảng |gần |hơn |trên |dưới |xấp xỉ |từ |ít nhất |tối thiểu )?$"
    # ("1.800 tỷ đồng (↑ 150 tỷ đồng)", "+150 tỷ đồng": an infographic's mark of a change)
    rf"|{CHANGE_MARK}$"
)


def is_change(tok: Token, low: str) -> bool:
    """Whether the value is the size of a change ("tăng 500 tỷ đồng", "giảm từ 3% trở lên"), not the level
    one moved from ("giảm từ 22,14% cuối năm 2015 xuống còn 5,27%")."""
    window = max(0, tok.start - 30)
    m = _CHANGE_BEFORE.search(low[window : tok.start])
    if m is None:
        if tok.kind == "percent" and _A_LISTED_CHANGE_BEFORE.search(low, max(0, tok.start - 60), tok.start):
            return True  # "dịch vụ và thuế sản phẩm giảm tương ứng 2,98% và 0,46%": the list's later changes
        if _STEPS_AND.search(low, window, tok.start):
            return True  # "tăng 3 bậc và 1,06 điểm so với năm 2017": the score's change, after the rank's
        if _GAP_BETWEEN.search(low, max(0, tok.start - 160), tok.start):
            return True
        return _GAP_TO.search(low, max(0, tok.start - 70), tok.start) is not None and not _SET_BY.match(
            low, tok.end
        )
    if m.group().lstrip().startswith("vượt") and tok.kind in ("money", "count"):
        # "dự kiến thu ngân sách năm 2025 vượt 12.000 tỷ đồng": a level passed, the bound of the figure -- not
        # "đạt 7.300 tỷ đồng, vượt 300 tỷ đồng (so với dự toán)", a gap to an amount its clause gave
        verb_at = window + m.start()
        # (within a reader's span: a run-on text has no clause end for pages)
        reach = max(0, tok.start - 200)
        clause_start = max(low.rfind(";", reach, tok.start) + 1, low.rfind(". ", reach, tok.start) + 2, reach)
        amounts = list(_AMOUNT.finditer(low, clause_start, verb_at))
        # (an amount before it is the one it exceeds, unless a part opens between: "đạt 9.800 tỷ đồng, trong
        # đó thu nội địa vượt 4.000 tỷ đồng" bounds the part)
        gap_to_amount = bool(amounts) and not _PART_OPENS.search(low, amounts[-1].end(), verb_at)
        return gap_to_amount or _GAP_REFERENCE.match(low, tok.end) is not None
    return not (m.group().rstrip().endswith(" từ") and _FROM_TO.match(low, tok.end))


# ("khoảng cách điểm số giữa nhóm đầu và nhóm cuối … thu hẹp, từ khoảng 20 điểm xuống còn hơn 14 điểm": the
# gap between two, not a score)
_GAP_BETWEEN = compile_lowered(
    # (in its own comma segment, or the next one saying where it went: not "Khoảng cách với nhóm dẫn đầu được
    # rút ngắn, chỉ số PCI năm 2023 của tỉnh đạt 65,2 điểm")
    r"\bkhoảng cách (?:về )?(?:điểm số |điểm |tăng trưởng |thu nhập )?(?:giữa|với|so với)\b[^;.,]{0,100}"
    r"(?:,\s*(?:từ|còn|chỉ còn|xuống|lên)\b[^;.,]{0,60})?$"
)
_A_LISTED_CHANGE_BEFORE = compile_lowered(
    r"\b(?:tăng|giảm)(?: (?:tương ứng|lần lượt))?\s+"
    r"(?:\d[\d.,]*\s*%\s*[,;]\s*)*\d[\d.,]*\s*%\s*(?:,|;|và)\s*$"
)
_STEPS_AND = compile_lowered(r"\b(?:tăng|giảm) \d{1,2} (?:bậc|hạng) và\s+$")
_SET_BY = compile_lowered(r"\s*(?:mà |do |đã )?(?:[^\s,;.]+ ){0,3}?(?:đề ra|đặt ra|giao)\b")
_AMOUNT = compile_lowered(r"\d[\d.,]*\s*(?:nghìn tỷ|tỷ|triệu|nghìn)?\s*(?:đồng|usd)\b")
_GAP_REFERENCE = compile_lowered(r"\s*(?:so với|so cùng kỳ|kế hoạch|dự toán|chỉ tiêu|mục tiêu)")


# "từ 22,14% cuối năm 2015 xuống còn 5,27%": the level a change started from, with where it went
# (a bracket may stand between: "từ 12,36% cuối năm 2021 (theo chuẩn nghèo đa chiều …) xuống 3,36%")
# (or a clause naming when it went there: "từ 22,76% cuối năm 2015, ước đến cuối năm 2020 còn khoảng 7,5%")
# (or an aside on the time between commas: "từ 19,88% cuối năm 2021, thời điểm bắt đầu áp dụng chuẩn nghèo đa
# chiều mới, xuống còn 4,62%")
_FROM_TO = re.compile(
    r"[^,;()]{0,40}?(?:\([^()]{0,120}\)[^,;()]{0,10}?|,\s*[^,;()\d]{3,80},\s*)?"
    r"(?:,\s*(?:ước |dự kiến )?(?:đến|tới) (?:cuối |hết )?(?:năm|tháng|quý)\b[^,;()]{0,25}?)?"
    r"\b(?:xuống|(?<!trở )lên|còn|đến|tới)\b"
)


# "tăng từ 5.200 tỷ đồng lên 8.000 tỷ đồng": the two ends of a move ("từ 5,84% đến 11,89%" may be a range)
# (a move in time, not a plan revised: "điều chỉnh chỉ tiêu … từ 7,5%/năm xuống 6,5%/năm")
_MOVE = (
    r"(?:\b(?:tăng|giảm|nâng|tụt)(?: lên| xuống)?"
    r"(?: (?!từ\b|mục tiêu\b|chỉ tiêu\b|kế hoạch\b|dự toán\b)[^\s,;]+){0,2}? từ"
    # ("tăng gấp 1,5 lần, từ 5.200 tỷ đồng lên 8.000 tỷ đồng": the move's ends after its size)
    r"|, từ)(?: mức| khoảng| vị trí| thứ)? "
)
_MOVE_FROM = compile_lowered(rf"{_MOVE}$")
_MOVE_TO = compile_lowered(
    rf"{_MOVE}\d[^,;()]{{0,40}}?\b(?:xuống|(?<!trở )lên|còn)(?: còn| mức| khoảng| vị trí| thứ)?\s+$"
)


def end_of_a_move(tok: Token, low: str) -> str | None:
    """ "from" or "to" where the value is where a move started or ended ("tăng từ 5.200 tỷ đồng lên 8.000 tỷ
    đồng") -- levels at two dates, not what a span it is read over totals or averages -- else None."""
    before = low[max(0, tok.start - 60) : tok.start]
    if _MOVE_FROM.search(before):
        return "from" if _FROM_TO.match(low, tok.end) is not None else None
    return "to" if _MOVE_TO.search(before) is not None else None


def is_share(tok: Token, low: str, ind: Indicator) -> bool:
    """A share indicator's value needs share words in its sentence ("chiếm", "cơ cấu", "tỷ lệ") before it,
    and is a level, not a change ("tỷ lệ hộ nghèo giảm 2,5%" is a fall in points, "giảm còn 8,1%" a level)."""
    if is_change(tok, low):
        return False
    return (
        tok.share_context
        or _SHARE_WORDS.search(low, 0, tok.start) is not None
        # "còn 5,86% hộ nghèo", "có 30% số hộ …": the per cent of the households (a share) its noun names
        or _SHARE_NOUN_AFTER.match(low, tok.end) is not None
        # "còn 9,21% hộ nghèo (cuối năm 2021 là 12,18%)": the same share at an earlier date, in brackets
        # after it
        or restates_a_share(tok, low)
    )


def restates_a_share(tok: Token, low: str) -> bool:
    """Whether `tok` stands in brackets right after a share, giving its value at an earlier date ("chiếm
    15,26% tổng số hộ (năm 2017 là 19,07%)")."""
    return (
        (opened := bracket_around(low, tok.start)) is not None
        and _A_SHARE_BEFORE_THE_BRACKET.search(low, max(0, opened - 60), opened) is not None
        and _THEN_IT_WAS.fullmatch(low, opened + 1, tok.start) is not None
    )


_SHARE_NOUN_AFTER = compile_lowered(r"\s*(?:số )?(?:hộ|dân số|lao động|xã|doanh nghiệp)\b")
_A_SHARE_BEFORE_THE_BRACKET = compile_lowered(
    r"\d\s*%(?:\s+(?:tổng )?(?:số )?(?:hộ|dân số|lao động|xã|doanh nghiệp)\b[^()%\d]{0,30})?\s*$"
)
_THEN_IT_WAS = compile_lowered(r"[^()%\d]{0,20}(?:(?:19|20)\d\d|\d{1,2}/\d{4})?[^()%\d]{0,6}\b(?:là|còn)\s*")


# "cao hơn 8,7% so với dự toán Thủ tướng Chính phủ giao (7.590.000 triệu đồng)": the plan's amount, bracketed.
_PLAN_REF = compile_lowered(r"\b(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|kịch bản)\b")
_BRACKETED = re.compile(r"\(([^()]{1,40})\)")
# the document a plan was assigned by, between the plan and its bracketed amount
_PLAN_DOCUMENT = compile_lowered(rf"\s*{PLAN_DOCUMENT}(?=\s*\()")


def plan_amounts(low: str, comparisons, s_start: int) -> list[Token]:
    """The amounts a comparison with a plan gives the plan in brackets: that plan's figure, a target."""
    found = []
    for comp in comparisons:
        rel = comp.start - s_start
        if comp.derivable or "(" not in comp.text or not _PLAN_REF.search(low, rel, rel + len(comp.text)):
            continue
        end = rel + len(comp.text)
        if tail := _PLAN_DOCUMENT.match(low, end):
            end = tail.end()  # "… dự toán giao tại Quyết định số 2150/QĐ-UBND ngày 8/12/2023 (5.500 tỷ đồng)"
        for m in _BRACKETED.finditer(low, rel, end + 1):
            for tok in value_tokens(m[1], []):
                item = m[1][max(m[1].rfind(",", 0, tok.start), m[1].rfind(";", 0, tok.start)) + 1 : tok.start]
                if tok.kind == "money" and not _A_RESULT_IN_THE_ITEM.search(item):
                    # (not a result the bracket also gives: "(kế hoạch 8.000 tỷ đồng, năm 2023 đạt 7.100 tỷ
                    # đồng)")
                    tok.start, tok.end = tok.start + m.start(1), tok.end + m.start(1)
                    tok.plan_value = True
                    found.append(tok)
    return found


_A_RESULT_IN_THE_ITEM = compile_lowered(r"\b(?:đạt|thực hiện|ước|cùng kỳ|thu được)\b")


def amount_in(low: str, start: int, end: int, period_spans) -> bool:
    """A number in low[start:end] that is no period: an amount the catalog does not hold."""
    for m in _DIGITS.finditer(low, start, end):
        at = m.start()
        # (not how many the subject is one of: "Lạng Sơn, một trong 11 tỉnh giữ nguyên địa giới, tăng 8,12%")
        if _ONE_OF.search(low, max(0, at - 16), at):
            continue
        # (nor how many places a group or a ranking counts: "Ở vùng trung du … (nay còn 9 tỉnh), Lạng Sơn …
        # tăng 8,11%", "Trong nhóm 14 tỉnh …", "khi còn xếp hạng trên 63 tỉnh, thành phố, tỉnh chỉ tăng
        # 6,26%")
        if _PLACES_COUNTED.match(low, at):
            continue
        # (nor a document's number: "sau khi Chính phủ ban hành Nghị quyết số 25/NQ-CP, chỉ tiêu này …")
        if _A_DOCUMENTS_NUMBER.match(low, at):
            continue
        if not any(a <= at < b for a, b in period_spans):
            return True
    return False


_ONE_OF = compile_lowered(r"\bmột trong (?:số )?$")
# ("Nghị quyết số 25/NQ-CP", "Công văn số 456/SKHĐT-TH", "Nghị quyết số 37-NQ/TU")
_A_DOCUMENTS_NUMBER = compile_lowered(
    r"\d+/(?:\d{4}/)?[a-zđ]{1,6}(?:-[a-zđ]{1,6})+\b|\d+-[a-zđ]{1,6}/[a-zđ]{1,6}\b"
)
_PLACES_COUNTED = compile_lowered(r"\d{1,2}\s+(?:tỉnh|địa phương)\b(?!\s*(?:có|đạt|tăng|giảm|thu))")


# Not a footnote marker "[1]". The digit first, then the look-behind: the engine skips from digit to digit
# instead of trying the look-behind at every character.
_DIGITS = re.compile(r"\d(?<![\[(\d]\d)\d*(?![\])\d])")


def growth_of(level: Indicator | None, catalog: Catalog) -> Indicator | None:
    return next((i for i in catalog.indicators if level is not None and i.growth_of == level.id), None)


_CHANGE_WORD = compile_lowered(
    # ("1.250 triệu USD, ▼ 5,2%", "9.850 tỷ đồng (+12,3%)": an infographic's mark in place of the verb)
    rf"^\s*,?\s*(?:(?:và\s+)?(?:tăng|giảm|cao hơn|thấp hơn)\b|\(?\s*{CHANGE_MARK}$)"
)


def level_changed(tok: Token, tokens: list[Token], low: str, clause) -> Token | None:
    """The amount just before the per cent in its clause, when the per cent says by how much it changed."""
    before = [t for t in tokens if t.end <= tok.start and t.start >= clause[0]]
    if not before or before[-1].kind not in ("money", "count"):
        return None
    gap = low[before[-1].end : tok.start]
    return before[-1] if len(gap) <= 40 and _CHANGE_WORD.match(gap) is not None else None


def _own_period_between(period_starts, low: str, start: int, end: int) -> bool:
    """ "… quý II tăng 8,9%, 6 tháng tăng 8,14% so với cùng kỳ": a period opening a clause of its own between
    a value and a comparison makes the comparison another figure's (not "… 2.255 nghìn lượt khách trong 9
    tháng, tăng 8,4% so với cùng kỳ", where the period is the value's own)."""
    return any(start <= p < end and low[:p].rstrip().endswith((",", ";")) for p in period_starts)


def comparison_values(
    comparisons, tokens: list[Token], low: str, s_start: int, period_starts=()
) -> list[Token]:
    """A comparison with no value before it is itself the figure: "GRDP tăng 7,2% so với cùng kỳ", "giảm
    2,1% so với cùng kỳ", "bằng 98,7% so với cùng kỳ" (an index: a growth of -1,3). `tokens` are the
    sentence's values so far (offsets in the sentence; a comparison's are in the document)."""
    found: list[Token] = []
    for comp in comparisons:
        if comp.respective is not None:
            continue  # (one of a list of changes, each of a value before it: attach_comparisons pairs them)
        rel = comp.start - s_start
        # A comparison's own value is not a value before it: "tăng 4,1% so với tháng trước và tăng 3,05% so
        # với cùng kỳ" gives two rates, each against its own reference.
        seen = tokens + found
        prior = [
            t
            for t in seen
            if t.end <= rel
            and _within_reach(low, t.end, rel)
            # ("▼ 4,35% (so với tháng 01) | ▲ 6,12%": a separator ends a value's reach)
            and "|" not in low[t.end : rel]
            and not t.from_comparison
            and not _PART_OPENS.search(low, t.end, rel)
            and not _own_period_between(period_starts, low, t.end, rel)
        ]
        since = prior[-1].end if prior else 0
        if comp.reference is None and any(t.from_comparison for t in seen if since <= t.start < rel):
            continue  # after a rate, a comparison with a plan or the nation is not the province's rate
        # "GRDP … đạt 22.683 tỷ đồng, tăng 7,22% so với năm 2021": the level's growth, where the catalog
        # holds one (read by the extractor); any other amount's change is no figure.
        change_of = prior[-1] if prior and prior[-1].kind in ("money", "count") and not comp.index else None
        # (a rate whose reference is written first, after another rate, is a second rate of the same thing:
        # "So với tháng trước, chỉ số … tăng 4,38%, so với cùng kỳ tăng 3,07%" -- no change of the 4,38%)
        second_rate = bool(prior) and prior[-1].kind == "percent" and comp.reference_first
        if comp.amount_unit == "%" and (not prior or change_of is not None or second_rate):
            n = _NUMBER.search(comp.text, comp.amount_at)
            tok = Token(
                "percent", comp.amount, rel + n.start(), rel + n.end() + 1, comp.text[n.start() : n.end() + 1]
            )
            tok.index = comp.index
            tok.from_comparison = True
            tok.negative = comp.direction < 0 and not comp.index
            tok.reference = comp.reference
            tok.compared_period = comp.period
            tok.change_of = change_of
            found.append(tok)
    return found


_PART_OPENS = compile_lowered(r"\btrong đó\b|\briêng\b")
# a clause after a semicolon that opens on the change itself, no subject of its own ("… xếp thứ 16/63 tỉnh,
# thành phố; tăng 0,85 điểm và giảm 1 bậc so với năm 2023")
_OPENS_ON_ITS_CHANGE = compile_lowered(
    r";\s*(?:(?:và|đồng thời)\s+)?(?:(?:tăng|giảm) \d[\d,.]* (?:điểm|bậc),?\s+(?:và\s+)?"
    # (or on a first comparison written reference first: "… 1.626,41 tỷ đồng; so với tháng trước tăng 1,23% và
    # so với cùng kỳ tăng 37,78%")
    # (or on ratios to plans first: "…; so với dự toán Trung ương giao đạt 70,1%, so với dự toán tỉnh giao đạt
    # 69,2%, so với cùng kỳ năm trước bằng 105,3%")
    r"|(?:so với (?:[^;,%\d]|(?:19|20)\d\d){1,30}? (?:tăng|giảm|đạt|bằng) \d[\d,.]*\s*%,?\s+(?:và\s+)?)+"
    # (or on the figure named back and its ratio to a plan: "… ước đạt 9.805,5 tỉ đồng; con số này bằng 131%
    # dự toán và tăng 25,8% so với cùng kỳ")
    r"|(?:con số|chỉ tiêu|số thu|mức) (?:này|đó)\s+(?:bằng|đạt|vượt) \d[\d,.]*\s*%"
    r" [^;,\d]{0,40}?\s*(?:,|và)\s+)?$"
)


def _within_reach(low: str, value_end: int, rel: int) -> bool:
    """Whether a comparison at `rel` may be of a value ending at `value_end`: no semicolon between, unless the
    clause after the only one opens on the comparison."""
    semicolon = low.find(";", value_end, rel)
    return semicolon < 0 or (
        low.find(";", semicolon + 1, rel) < 0 and _OPENS_ON_ITS_CHANGE.match(low, semicolon, rel) is not None
    )


_REFERENCE_IN_BRACKETS = compile_lowered(r"\bso với [^,;()]{1,30}\(\s*(?:khoảng |là |đạt )?$")
_RESTATED = compile_lowered(r"\btương (?:đương|ứng)(?: với)?(?: khoảng| gần| hơn)?\s+$")
_ABOUT_THE_COUNT_OF = compile_lowered(r"[^\s%]*\s*%\s*về số (?:lượng )?(?P<noun>[^\s,;.()]+)")
_RESTATED_IN_BRACKETS = compile_lowered(
    r"\d\s*(?:nghìn tỷ |triệu |tỷ |nghìn )?(?P<cur>đồng|usd)(?:/người)?\s*\(\s*"
    r"(?:khoảng|gần|hơn|trên|tương đương|tức|~|≈)?\s*$"
)


def _restated_in_another_currency(low: str, t) -> bool:
    """ "đạt 71,42 triệu đồng (khoảng 2.800 USD)": the value before, restated in brackets in another currency
    (not the same amount written exactly, "trên 7,2 nghìn tỷ đồng (7.265,4 tỷ đồng)", which is the one
    compared)."""
    m = _RESTATED_IN_BRACKETS.search(low, max(0, t.start - 40), t.start)
    return m is not None and t.money_unit is not None and t.money_unit[0].lower() != m["cur"]


_NUMBER = re.compile(NUM)


_AN_INDEX = compile_lowered(r"\bchỉ số\b")


def names_an_index(low: str, start: int, end: int, catalog: Catalog) -> bool:
    """Whether low[start:end] names an index: "chỉ số", or any index the catalog names, held or not."""
    return bool(
        _AN_INDEX.search(low, start, end) or catalog.names_an_index(held=None).search(low, start, end)
    )


def _same_index_between(low: str, score: Token, rank: Token, catalog: Catalog) -> bool:
    """Whether the words between a score and a rank name no other index than the score's: none at all ("đạt
    67,88 điểm, xếp thứ 15/63"), or, with none named before the score, the one both are of ("Với 62,15 điểm,
    PCI 2018 của tỉnh xếp thứ 51/63") -- not "PCI đạt 65,2 điểm, chỉ số PAPI xếp thứ 20"."""
    index_name = catalog.names_an_index(held=None)
    between = {m.group() for m in index_name.finditer(low, score.end, rank.start)}
    if not between:
        return not names_an_index(low, score.end, rank.start, catalog)
    return len(between) == 1 and index_name.search(low, 0, score.start) is None


def attach_comparisons(
    comparisons, tokens: list[Token], low: str, s_start: int, catalog: Catalog, period_starts=()
) -> None:
    """Each comparison belongs to the value just before it: the nearest that is not itself a ratio to a
    plan ("đạt 7.258,3 tỷ đồng, vượt 4,7% dự toán, tăng 12,5% so với cùng kỳ") or another comparison."""
    for comp in comparisons:
        rel = comp.start - s_start
        if comp.respective is not None:
            _pair_listed_change(comp, tokens, low, rel)
            continue
        anchor = [
            t
            for t in tokens
            if t.end <= rel
            and _within_reach(low, t.end, rel)
            # (a rate that is itself a change takes a gap in points: "tăng 7,22% so với năm 2021, cao hơn 3,96
            # điểm phần trăm so với năm 2021")
            and not (
                t.kind == "percent"
                and (
                    AGAINST_PLAN.match(low[t.end :])
                    or PLAN_BEFORE_A_RATIO.search(low, max(0, t.start - 70), t.start)
                    or (t.from_comparison and comp.amount_unit != "pp")
                    # (nor a rate before one whose reference is written first: comparison_values)
                    or (comp.amount_unit == "%" and comp.reference_first)
                )
            )
            # (nor the plan's amount in brackets: "đạt 1.625,4 tỷ đồng, bằng 25,8% dự toán HĐND tỉnh giao
            # (6.300 tỷ đồng), tăng 11,3% so với cùng kỳ")
            and not plan_in_brackets_before(low, t.start)
            and not PLAN_FOR_A_PART_IN_BRACKETS.search(low, max(0, t.start - 60), t.start)
            # "… đạt 7,36%, trong đó riêng quý IV tăng 8,05% so với cùng kỳ": a part's own rate, not a
            # comparison of the whole's value
            and not _PART_OPENS.search(low, t.end, rel)
            # "… 62,4 triệu đồng, tương đương khoảng 5,2 triệu đồng/người/tháng, tăng 9,4%": the same value
            # restated, not what is compared
            and not _RESTATED.search(low, max(0, t.start - 24), t.start)
            # (nor the value restated in another unit in brackets: "đạt 71,42 triệu đồng (khoảng 2.800 USD),
            # tăng 6,9 triệu đồng so với năm 2024")
            and not _restated_in_another_currency(low, t)
            and not _own_period_between(period_starts, low, t.end, rel)
            # (nor the earlier level a comparison before gave in brackets: "tăng 9,5% so với năm 2021 (2,85
            # triệu đồng) và tăng 0,44 triệu đồng so với năm 2020" compares the value before it)
            and not _REFERENCE_IN_BRACKETS.search(low, max(0, t.start - 60), t.start)
        ]
        # (nor a value in brackets closed before the comparison, an aside, where a value stands before them:
        # "đạt 18.412,6 tỷ đồng (số ước báo cáo tại kỳ họp … là 18.063,8 tỷ đồng), tăng 61,2% so với năm
        # 2024")
        outside = [t for t in anchor if not _in_brackets_closed_before(low, t, rel)]
        if outside and len(outside) < len(anchor) and outside[-1].kind == anchor[-1].kind:
            anchor = outside
        about = _ABOUT_THE_COUNT_OF.match(comp.text, comp.amount_at) if comp.amount_unit == "%" else None
        if about is not None:
            # "58 doanh nghiệp … với tổng vốn đăng ký 512,4 tỷ đồng, tăng 16% về số doanh nghiệp so với cùng
            # kỳ": the change the text says is of the count, not of the amount just before it
            counted = [t for t in anchor if t.kind == "count" and about["noun"] in low[t.start : t.end + 30]]
            anchor = counted[-1:]
        if comp.amount_unit.startswith("count:") and anchor:
            # "850 doanh nghiệp thành lập mới, 320 doanh nghiệp quay trở lại hoạt động, tăng 40 doanh nghiệp
            # so với năm trước": a count's change is the nearest count of its noun's, not a value past it
            noun = comp.amount_unit.split(":", 2)[2]
            if re.search(rf"\d[\d.,]*\s*(?:nghìn |triệu )?{noun}\b", low[anchor[-1].end : rel]):
                continue
        if (
            comp.amount_unit == "steps"
            and len(anchor) > 1
            and anchor[-1].kind == "score"
            and anchor[-2].kind == "rank"
            and is_change(anchor[-1], low)
        ):
            # "xếp thứ 8/63, tăng 1,52 điểm và tăng 7 bậc so với năm 2022": a move in steps is the rank's,
            # past the score's own change joined to it (implied_comparisons gives that one to the score)
            anchor = anchor[:-1]
        if comp.amount_unit == "steps" and (not anchor or anchor[-1].kind != "rank"):
            # "đạt 63,66 điểm, tăng 0,94 điểm và tăng 6 bậc so với năm 2018, xếp thứ 52/63": a move in a
            # ranking is the rank's, named right after it
            # (from the end of a score's move said with it: "tăng 5 hạng và 2,3 điểm so với năm trước, đứng
            # thứ 30/63")
            moved_to = (
                max([comp.end, *(c.end for c in comparisons if 0 <= c.start - comp.end <= 5)]) - s_start
            )
            after = [
                t
                for t in tokens
                if t.kind == "rank" and 0 <= t.start - moved_to <= 30 and t.comparison is None
            ]
            between = low[moved_to : after[0].start] if after else ""
            # (not another index's rank: "PCI của tỉnh tăng 5 bậc so với năm 2022, chỉ số PAR INDEX xếp
            # thứ 20")
            if (
                after
                and not re.search(r"[;.]", between)
                and not names_an_index(between, 0, len(between), catalog)
                # (nor a rank in the region after a move the text does not place there: "tăng 0,91 điểm nhưng
                # tụt 1 bậc so với năm 2015 và đứng thứ 12/14 trong vùng" -- the move is in the nation's)
                and not (
                    _IN_THE_REGION.match(low, after[0].end)
                    and not _IN_THE_REGION.search(low, comp.start - s_start, comp.end - s_start)
                )
            ):
                after[0].comparison = comp
                continue
        if (
            comp.amount_unit == "steps"
            and len(anchor) > 1
            and anchor[-1].kind == "score"
            and anchor[-2].kind == "rank"
        ):
            # "xếp thứ 5/63 … với giá trị chỉ số 0,4572, tăng 11 bậc so với năm 2020": a move in steps is the
            # rank's, past the score said with it
            anchor = anchor[:-1]
        ranks_from = len(anchor)
        while ranks_from and anchor[ranks_from - 1].kind == "rank":
            ranks_from -= 1  # ("tăng 5,92%, xếp thứ 18/63 … và thứ 6/14 …, cao hơn 3,5 điểm phần trăm …")
        if (
            comp.amount_unit in ("points", "pp")
            and 0 < ranks_from < len(anchor)
            and anchor[ranks_from - 1].kind in ("score", "percent")
            and _same_index_between(low, anchor[ranks_from - 1], anchor[-1], catalog)
        ):
            # "đạt 67,88 điểm, xếp thứ 15/63, tăng 21 bậc và tăng 3,52 điểm so với năm 2021": a move in points
            # is no rank's, but the score's just before it, of the same index (the rank's own move is read
            # bare: implied_comparisons) -- not another index's ("PCI đạt 65,2 điểm, chỉ số PAPI xếp thứ 20")
            anchor = anchor[:ranks_from]
        if not anchor and (reached := _the_level_reached_after(comp, tokens, low, s_start)) is not None:
            # "kim ngạch … tăng 18% so với cùng kỳ, đạt 1,3 tỷ USD": the change told first, then the level it
            # brought the value to
            reached.comparison = comp
            continue
        if anchor and anchor[-1].comparison is None:
            anchor[-1].comparison = comp
        elif anchor:
            anchor[-1].also_compared.append(comp)


# the level a change brought the value to, right after the change: "…, đạt 1,3 tỷ USD", "… và ước đạt …"
_REACHED_AFTER_A_CHANGE = compile_lowered(
    r"\s*,?\s*(?:và\s+)?(?:ước\s+(?:tính\s+)?)?(?:đạt|lên|ở mức)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?"
)


def _the_level_reached_after(comp, tokens: list[Token], low: str, s_start: int) -> Token | None:
    """The amount or count a change in per cent told before it brought its subject to, in the same clause."""
    if comp.amount_unit != "%":
        return None
    end = comp.end - s_start
    after = next((t for t in tokens if t.start >= end), None)
    if after is None or after.kind not in ("money", "count") or after.comparison is not None:
        return None
    return after if _REACHED_AFTER_A_CHANGE.fullmatch(low, end, after.start) else None


def _in_brackets_closed_before(low: str, t: Token, rel: int) -> bool:
    """Whether `t` stands in brackets that close before `rel`, after words of their own (an aside before a
    comparison -- not the value restated, "trên 7,2 nghìn tỷ đồng (7.265,4 tỷ đồng), tăng 11,7%")."""
    opened = bracket_around(low, t.start)
    return (
        opened is not None
        and 0 <= low.find(")", t.end) < rel
        and any(c.isalpha() for c in low[opened : t.start])
    )


def _pair_listed_change(comp, tokens: list[Token], low: str, rel: int) -> None:
    """ "xuất khẩu đạt 1.400 triệu USD, nhập khẩu 1.662,3 triệu USD, tương ứng giảm 38,9% và 24,1% so với năm
    trước": the i-th of n changes is the i-th of the n amounts before the list, in its clause (none where they
    are not as many amounts, or not all amounts)."""
    i, n = comp.respective
    clause = max(low.rfind(";", 0, rel), low.rfind(". ", 0, rel)) + 1
    before = [t for t in tokens if clause <= t.start and t.end <= rel and not t.from_comparison]
    amounts = before[-n:]
    # (amounts or counts: "đón 1.618.000 lượt khách, doanh thu … 1.562 tỷ đồng, lần lượt tăng 9,8% và 12,5%")
    if len(amounts) != n or any(t.kind not in ("money", "count") for t in amounts):
        return
    if amounts[i].comparison is None:
        amounts[i].comparison = comp


# "xuất khẩu 2.486,2 triệu USD, giảm 6,4%", "đạt 66,06 điểm, tăng 1,14 điểm và tăng 3 bậc so với năm trước": a
# change written right after a level with no reference of its own
_BARE_CHANGE = compile_lowered(
    # (not an approximate change, "giảm gần 30%": no earlier value can be derived from it)
    # ("xếp thứ 51/63 tỉnh, thành phố, tăng 3 bậc": the ranked named after a rank, before its move)
    r"(?:\s+(?:tỉnh,\s*thành(?: phố)?|tỉnh|địa phương|cả nước))?"
    # (or after a semicolon, the clause opening on the move: "xếp thứ 16/63 tỉnh, thành phố; tăng 0,85 điểm và
    # giảm 1 bậc so với năm 2023")
    # (past its ratio to a plan: "xuất khẩu đạt 2,7 tỷ USD, bằng 125,6% kế hoạch, tăng 12,5%", "… bằng kế
    # hoạch, tăng 12,7%")
    rf"(?:\s*,\s*(?:bằng|đạt|vượt)\s+(?:{NUM}\s*%\s+)?(?:so với\s+)?(?:kế hoạch|dự toán)\b[^,;\d]{{0,24}})?"
    # (or in brackets: "xuất khẩu 745 triệu USD (34,8% kế hoạch), giảm 40,4%")
    rf"(?:\s*\((?:bằng |đạt )?{NUM}\s*%\s+(?:so với\s+)?(?:kế hoạch|dự toán)\b[^,;()\d]{{0,24}}\))?"
    rf"\s*[,;]\s*(?:và\s+)?(?P<dir>tăng|giảm|cao hơn|thấp hơn)\s+(?P<n>{NUM})\s*"
    r"(?P<u>điểm phần trăm|%|điểm|bậc)(?!\w)"
    # (and not one whose reference follows after all: "tăng 5% kế hoạch", "giảm 3% cùng kỳ")
    r"(?!\s*(?:so với|so cùng|kế hoạch|dự toán|chỉ tiêu|mục tiêu|cùng kỳ|của|trong|lần|năm|tháng|quý)\b)"
)
_IN_THE_REGION = compile_lowered(
    r"(?:\s*tỉnh(?:,? thành(?: phố)?)?)?\s+(?:trong|của|ở|tại|thuộc) (?:khu vực|vùng|miền)\b|\s*vùng\b"
)
_IN_PARTS = compile_lowered(r"\btrong (?:số )?đó\b")
_BARE_UNITS = {"%": "%", "điểm phần trăm": "pp", "điểm": "points", "bậc": "steps"}


def implied_comparisons(
    tokens: list[Token], comparisons, sentence: str, low: str, s_start: int, carried, catalog: Catalog
) -> None:
    """A change written bare after a level compares it with what the text compared before: the comparison
    joined to it by "và" ("tăng 1,14 điểm và tăng 3 bậc so với năm trước"); for a part of a whole, the
    sentence's last one before it, else `carried`, the last one of the sentence before in the paragraph ("…
    tăng 4,2% so với cùng kỳ. Trong đó, thu nội địa 2.754,6 tỷ đồng, tăng 13,5%") -- as a reader of the
    office's reports reads it.
    Only a reference an earlier value can be derived from is carried: after a plan or the nation, a bare
    change says nothing of its reference."""
    for tok in tokens:
        if tok.kind not in ("money", "count", "score", "rank"):
            continue
        m = _BARE_CHANGE.match(low, tok.end)
        if m is None:
            continue
        if tok.kind == "rank" and m["u"] == "điểm":
            # "đạt 65,12 điểm, xếp thứ 8/63, tăng 1,52 điểm và tăng 7 bậc so với năm 2022": a move in points
            # is the score's before the rank, of the same index, in the same clause
            scores = [t for t in tokens if t.end <= tok.start and t.kind == "score" and not is_change(t, low)]
            if not scores or ";" in low[scores[-1].end : tok.start]:  # (between the score and its rank)
                continue
            if not _same_index_between(low, scores[-1], tok, catalog):
                continue
            tok = scores[-1]
        if tok.comparison is not None:
            continue
        joined = [
            c
            for c in comparisons
            if 0 <= c.start - s_start - m.end() <= 5 and "và" in low[m.end() : c.start - s_start]
        ]
        # Otherwise only the parts of a whole whose comparison was said ("…, tăng 4,2% so với cùng kỳ; trong
        # đó thu nội địa 2.754,6 tỷ đồng, tăng 13,5%", or in a sentence opening on "Trong đó," after it): a
        # new subject's bare change after another's comparison ("…; tổng mức bán lẻ … tăng 9,8%") may be
        # against anything.
        parts = _IN_PARTS.search(low, 0, tok.start)
        before = [c for c in comparisons if c.end - s_start <= tok.start] if parts else []
        if joined:
            reference = joined[0]
        elif before:
            reference = before[-1]
        else:
            reference = carried if parts is not None and parts.start() <= 1 else None
        if reference is None or not reference.derivable:
            continue
        tok.comparison = replace(
            reference,
            direction=-1 if m["dir"] in ("giảm", "thấp hơn") else 1,
            amount=num(m["n"]),
            amount_unit=_BARE_UNITS[m["u"]],
            start=s_start + m.start("dir"),
            end=s_start + m.end(),
            text=sentence[m.start("dir") : m.end()],
            index=False,
            amount_at=m.start("n") - m.start("dir"),
            reference_from=reference.text,
            from_whole=not joined,
        )
