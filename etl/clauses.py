"""What the words around a value say of it, beyond its subject and period: one end of a range ("đạt 7 -
7,5%"), a bare continuation of the sentence before ("Lũy kế 7 tháng ước đạt …"), a part opening its own
sentence ("Trong đó, …"), a count said to stand now ("hiện có", "thay mặt cho"). Pure functions of the
lower-cased sentence."""

from __future__ import annotations

import re

from etl.casefold import compile_lowered
from etl.periods import PeriodMatch

# The words a bare continuation is made of: "Lũy kế 7 tháng ước đạt …", "Tháng 1 đạt …", "Riêng tháng 2, …
# chỉ đạt …", "Cả năm ước khoảng …".
_CONTINUATION_WORDS = compile_lowered(
    # (told or foreseen by someone: "Với tốc độ hiện nay, Ban Quản lý dự báo cả năm chỉ đạt …", "Lãnh đạo Sở
    # Công Thương nhận định …" -- a speaker opening its segment, never a noun that could be a subject)
    r"(?:^|(?<=,)|(?<=:))\s*(?:ông|bà|lãnh đạo|ban quản lý|sở|cục|chi cục|ubnd|chúng tôi|đại diện|giám đốc"
    r"|phó giám đốc|cục trưởng|trưởng ban|phó trưởng ban)\b[^.;,]{0,60}?\b(?:dự báo|nhận định|cho rằng)\b"
    r"|\b(?:lũy kế|luỹ kế|cộng dồn|tính chung|tính|chung|riêng|cả|ước tính|ước|đạt|được|chỉ|mới|khoảng|"
    r"xấp xỉ|gần|hơn|trên|là|có thể|có|từ đầu năm|đến hết|dự kiến|dự ước|còn"
    # (a period's own qualifier: "; cuối năm 2023 còn 8,43%")
    r"|cuối|đầu|giữa"
    # "Riêng tháng 3, số thu ước đạt …", "Lũy kế … ước thu …": the amount the sentence before was about
    r"|số thu|thu|con số (?:này|đó)"
    # ("Cộng dồn 11 tháng, tổng mức ước đạt …": the retail total named again by its head)
    r"|tổng mức|chỉ số"
    # "… đạt 13.300 tỷ đồng. Năm nay, dự toán Trung ương giao 11.500 tỷ đồng, nhưng tỉnh phấn đấu thu 14.000
    # tỷ đồng": the plan for the amount the sentence before gave
    r"|dự toán|trung ương|được giao|giao|phấn đấu|nhưng|tỉnh"
    # ("Kế hoạch UBND tỉnh giao năm nay là 4.500 triệu USD", "Dự toán năm 2022, Trung ương giao 6.282 tỷ đồng,
    # HĐND tỉnh giao 6.555 tỷ đồng"; told by someone: "… lãnh đạo Sở Tài chính cho biết: …")
    r"|kế hoạch|ubnd|hđnd|bộ tài chính|ủy ban nhân dân|hội đồng nhân dân"
    # ("… con số cả năm có thể vượt 6 tỷ USD", "Với kết quả 6 tháng, chúng tôi dự kiến cả năm đạt …": what the
    # amount the sentence before gave comes to, foreseen)
    r"|sẽ|vượt|con số|với (?:tốc độ|đà|nhịp|kết quả|tình hình)\b[^,;.]{0,40}?(?=,)|chúng tôi)\b"
    r"|[,:;\"“”]"
    r"|^[^.;]{0,100}?\bcho biết\b"
    # (under a condition that names no measure of its own: "nếu nhu cầu nông sản duy trì như hiện nay, …" --
    # not "Nếu giá trị sản xuất công nghiệp giữ được đà tăng, …", another subject)
    r"|\bnếu\b(?:(?!\b(?:giá trị|kim ngạch|thu|tổng|số|tỷ lệ|sản lượng|doanh thu|vốn|chỉ số|grdp|khách"
    r"|xuất khẩu|nhập khẩu|bán lẻ|thu nhập)\b)[^.;,]){0,120},"
)


def only_period_and_verb(lead: str, own: list[PeriodMatch]) -> bool:
    """Whether `lead` (a sentence up to its value) names nothing but periods and the words of a bare
    continuation -- no subject of its own."""
    if not own:
        return False
    return only_continuation(lead, own)


def only_continuation(lead: str, own: list[PeriodMatch] = ()) -> bool:
    """Whether `lead` names nothing but its periods `own` and the words of a bare continuation ("; đạt ")."""
    kept, at = [], 0
    for pm in own:
        if pm.start >= len(lead):
            break
        kept.append(lead[at : pm.start])
        at = max(at, pm.end)
    kept.append(lead[at:])
    rest = _CONTINUATION_WORDS.sub(" ", " ".join(kept))
    return not rest.strip()


# ("Trong tổng thu, thu từ hoạt động xuất nhập khẩu đạt …": the whole the sentence before gave, named again)
# (not a year singled out: "Riêng năm 2024, GRDP tăng 6,01%; …" is that year's, no part of a whole before)
OPENS_WITH_PART = compile_lowered(
    r"^\s*(?:trong (?:số )?(?:đó|này)|riêng(?! (?:trong )?năm (?:19|20)\d\d\b)"
    r"|trong tổng (?:số )?(?:thu|chi|kim ngạch)(?=,)"
    # ("… mở tờ khai tại Cục Hải quan đạt 4.975 triệu USD. Cụ thể, xuất khẩu 2.750 triệu USD; nhập khẩu …":
    # the whole's parts, set out)
    r"|cụ thể(?=,?\s+(?:xuất khẩu|nhập khẩu|thu nội địa|thu từ|thu ngân sách từ)\b))\b"
)

# A count said to stand now, or at the meeting being reported: "hiện toàn tỉnh có", "thay mặt cho".
SAID_NOW = compile_lowered(
    r"(?:^|[,;:] )hiện\b|\bhiện (?:nay|có|đang|còn|toàn|cả|tỉnh)\b"
    r"|\bthay mặt(?: cho)?\b|\btham dự\b|\bcó mặt\b"
    # (those at a meeting: "Có 398 đại biểu chính thức về dự, …")
    r"|\bvề dự\b"
)


# "đạt 7 - 7,5%", "từ 10 đến 12%", "10.000 - 12.000 tỷ đồng": a number before a dash or "đến" (not a year:
# "giai đoạn 2021 - 2025"), or after it a number of the same kind.
# (a bound may stand at either end: "nhóm đạt từ 80% đến dưới 90%")
_RANGE_BEFORE = compile_lowered(
    r"(?<![\d/.,])(?P<n>\d+(?:[.,]\d+)*)\s*%?\s*(?:-|–|—|đến|tới)\s*(?:mức\s+)?(?:dưới\s+|trên\s+|hết\s+)?$"
)
_NOT_SPACE = re.compile(r"\S")
_RANGE_AFTER = compile_lowered(r"\s*(?:-|–|—|đến|tới)\s*(?:mức\s+)?(?:dưới\s+|trên\s+)?\d+(?:[.,]\d+)*\s*%")


def is_range_end(low: str, tok) -> bool:
    """Whether the value `tok` is one end of a range. A number opening its line before a dash ("7 - 287
    doanh nghiệp") numbers a list's item, and a year before one ("2021 - 2025") names a span: no range."""
    before = _RANGE_BEFORE.search(low, max(0, tok.start - 30), tok.start)
    if (
        before is not None
        and not re.fullmatch(r"(?:19|20)\d{2}", before["n"])
        and _NOT_SPACE.search(low, 0, before.start())
    ):
        return True
    return tok.kind == "percent" and _RANGE_AFTER.match(low, tok.end) is not None


def bracket_around(low: str, pos: int) -> int | None:
    """Where the bracket that holds low[pos] opens, or None when pos stands outside brackets."""
    opened = low.rfind("(", 0, pos)
    return None if opened < 0 or ")" in low[opened:pos] else opened
