"""Lists read "respectively" ("lần lượt"): one value per subject, or one value per period, in order.

"PCI, PGI và PAPI của tỉnh lần lượt xếp thứ 20, 62 và 12" gives three ranks of three indices for the
sentence's period; "các năm 2019, 2020 và 2021, PCI của tỉnh lần lượt xếp thứ 52, 44 và 36" gives three
ranks of one index for three years. A list whose lengths do not agree gives nothing (never a guess).

Writers often leave the word out where the periods are listed just before ("Quý I và quý II, GRDP tăng 5,2% và
6,1%"): such a list is *implicit*, read only as one value per listed period (etl/subjects.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from etl.casefold import compile_lowered
from etl.numbers import NUMERAL

_VALUE = rf"(?:thứ\s+)?(?P<v>{NUMERAL})(?:\s*/\s*(?P<of>\d{{1,3}}))?(?:\s*(?P<u>%|điểm))?"
# "lần lượt xếp thứ 20, 62 và 12", "lần lượt là 6,5%; 7,2% và 8%", "lần lượt đạt 66,4 và 67,1 điểm"
# (each item may carry its own year in brackets: "lần lượt là 60 (năm 2017), 56 (năm 2018) và 36 (năm 2021)")
_ITS_YEAR = r"(?:\s*\((?:năm\s+)?(?:19|20)\d\d\))?"
# (an item may carry its own bound: "lần lượt là 20,28%, 28,33% và hơn 47%")
_ITS_BOUND = r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ|dưới)\s+)?"
_UNNAMED = (
    _ITS_BOUND
    + _VALUE.replace("(?P<v>", "(?:").replace("(?P<of>", "(?:").replace("(?P<u>", "(?:")
    + _ITS_YEAR
)
# "xuất khẩu và nhập khẩu lần lượt đạt 1.531 triệu USD và 1.417 triệu USD": amounts, each with its unit
# (and its own bound: "lần lượt đạt 1.850 tỷ đồng và gần 2.300 tỷ đồng")
_MONEY = rf"(?:{NUMERAL})\s*(?:nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|usd)(?!\w)"
_BOUNDED_MONEY = rf"{_ITS_BOUND}{_MONEY}"
_LIST = compile_lowered(
    r"\b(?:lần lượt|tương ứng)\s+"
    # "(cơ cấu tương ứng của năm 2016 là 23,61%; 17,02%; …)": the list's own year before its verb
    r"(?:(?:của |trong )?năm (?:19|20)\d\d\s+)?"
    # "lần lượt ước chiếm 21,9%, 18,4% …": a status word before the verb
    r"(?:(?:ước|ước tính|sơ bộ|dự kiến)\s+)?"
    # ("lần lượt lùi về vị trí thứ 13 và thứ 21", "lần lượt vươn lên thứ 22 và 19": a move in a ranking)
    r"(?P<verb>(?:là|đạt|ở|tăng|xếp|đứng|giữ|chiếm|lùi về|tụt về|tụt xuống|vươn lên|lên|xuống)?"
    r"(?:\s+(?:vị trí|hạng|thứ hạng))?(?:\s+thứ)?)\s*"
    # ("chiếm tỷ trọng lần lượt khoảng 18%; 22%; 52% và 8%": a bound before the whole list)
    r"(?:(?:khoảng|gần|hơn|trên|xấp xỉ)\s+)?"
    rf"(?P<items>{_MONEY}(?:\s*(?:,|;|\s+và)\s*{_BOUNDED_MONEY})+"
    rf"|{_UNNAMED}(?:\s*(?:,|;|\s+và)\s*{_UNNAMED})+"
    # ("tỷ trọng nông nghiệp - công nghiệp, xây dựng - dịch vụ tương ứng là 28-28-44%": three or more joined
    # by dashes, the unit said once at the end -- two so joined are a range)
    rf"|(?P<dashed>{_UNNAMED}(?:\s*[-–]\s*{_UNNAMED}){{2,}}))"
)
# the same list with no "lần lượt": a verb right before values of one unit ("tăng 5,2% và 6,1%", "đạt 5,1 tỷ
# USD và 5,6 tỷ USD", "xếp thứ 15 và 20")
_IMPLICIT = compile_lowered(
    r"\b(?P<verb>(?:(?:ước|ước tính|sơ bộ)\s+)?(?:tăng|giảm còn|giảm xuống|giảm|đạt|là|ở mức|còn|chiếm"
    r"|(?:xếp|đứng)(?: ở)?(?: vị trí| hạng)?"
    r" thứ))\s+"
    rf"(?P<items>{_MONEY}(?:\s*(?:,|;|\s+và)\s*{_BOUNDED_MONEY})+"
    rf"|{_UNNAMED}(?:\s*(?:,|;|\s+và)\s*{_UNNAMED})+)"
)
_MONEY_ITEM = compile_lowered(_MONEY)
# (the years it ranks may be listed between: "thứ hạng của Lạng Sơn các năm 2018, 2019 và 2020 lần lượt là …")
_RANK_SUBJECT = compile_lowered(
    r"\b(?:thứ hạng|xếp hạng|vị trí)\b(?:[^;.,]|,\s*(?=(?:năm\s+)?(?:19|20)\d\d\b))*$"
)
_ITEM = compile_lowered(rf"{_ITS_BOUND}(?P<item>{_VALUE}){_ITS_YEAR}")


@dataclass(frozen=True)
class ListedValue:
    kind: str  # rank | score | percent | money
    value_text: str
    start: int  # in the lower-cased sentence
    end: int
    rank_of: int | None


@dataclass(frozen=True)
class RespectiveList:
    values: list[ListedValue]
    start: int  # of "lần lượt" (of the verb, in an implicit list)
    end: int
    implicit: bool = False  # no "lần lượt": one value per listed period only
    dashed: bool = False  # "28-28-44%": read only as the shares of as many sectors named


def respective_lists(low: str) -> list[RespectiveList]:
    """Every "lần lượt" list of two or more values in a lower-cased sentence, then every implicit one."""
    out = []
    if "lần lượt" in low or "tương ứng" in low:
        out += _lists(low, _LIST.finditer(low))
    if " và " in low:
        said = [(r.start, r.end) for r in out]
        implicit = (
            m for m in _IMPLICIT.finditer(low) if not any(a < m.end() and m.start() < b for a, b in said)
        )
        out += _lists(low, implicit, implicit=True)
    # "xuất khẩu và nhập khẩu đạt 2,1 tỷ USD và 3,4 tỷ USD tương ứng": the word said after the list reads it
    # as one said before it
    return [
        replace(r, implicit=False) if r.implicit and _RESPECTIVELY_AFTER.match(low, r.end) else r for r in out
    ]


_RESPECTIVELY_AFTER = compile_lowered(r"\s*,?\s*(?:tương ứng|theo thứ tự)\b")


def _lists(low: str, matches, implicit: bool = False) -> list[RespectiveList]:
    out = []
    for m in matches:
        verb = m["verb"] or ""
        amounts = list(_MONEY_ITEM.finditer(low, m.start("items"), m.end("items")))
        if amounts and amounts[0].start() == m.start("items") and len(amounts) >= 2:
            values = [ListedValue("money", a.group().strip(), a.start(), a.end(), None) for a in amounts]
            out.append(RespectiveList(values, m.start(), m.end(), implicit))
            continue
        rank = any(
            w in verb for w in ("xếp", "đứng", "hạng", "thứ", "vị trí", "giữ", "lùi", "tụt", "lên", "xuống")
        ) or (
            # "thứ hạng PCI của tỉnh lần lượt là 55, 59, 61 và 42": the list's subject is a rank
            not implicit and _RANK_SUBJECT.search(low, max(0, m.start() - 90), m.start()) is not None
        )
        items = []
        for it in _ITEM.finditer(low, m.start("items"), m.end("items")):
            unit = it["u"]
            kind = "rank" if rank and not unit else "percent" if unit == "%" else "score" if unit else None
            items.append((kind, it))
        while implicit and items and items[-1][0] is None:
            items.pop()  # ("tăng 5,2% và 6,1%, 6 tháng đầu năm …": the list ends at its last unit)
        if implicit and any(k is None for k, _ in items):
            continue  # (with no "lần lượt", every value its unit: not "tăng 5 và 6,1%")
        while len(items) > 2 and items[-1][0] is None and items[0][0] in ("percent", "score"):
            items.pop()  # "lần lượt đạt 3,01% và 7,22%; 6 tháng đầu năm …": the list ends at its last unit
        kinds = {k for k, _ in items if k is not None}
        # One kind throughout, or scores of several indices where one is a per cent ("64,92 điểm, 42,87 điểm
        # và 86,12%": PAR Index scores are per cents).
        mixed_scores = kinds == {"score", "percent"} and all(k is not None for k, _ in items)
        if len(items) < 2 or (len(kinds) != 1 and not mixed_scores):
            continue
        kind = kinds.pop() if not mixed_scores else None
        values = [
            ListedValue(
                kind or item_kind,
                it["item"].strip(),
                it.start("v"),
                it.end("item"),
                int(it["of"]) if it["of"] else None,
            )
            for item_kind, it in items
        ]
        dashed = m.groupdict().get("dashed") is not None  # (the implicit pattern has no such group)
        out.append(RespectiveList(values, m.start(), m.end(), implicit, dashed))
    return out
