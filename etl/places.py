"""Whether a value is said of the province or of another place (the nation, another province, a district,
the city, one border gate). Places come from the catalog (etl/catalog.yaml `places`); a figure said of one
of them is held for review, never published as Lạng Sơn's.
"""

from __future__ import annotations

import re

from etl.casefold import compile_lowered

# Words that bring the subject back to the province after another place was named.
_OURS = compile_lowered(r"lạng sơn|\btỉnh ta\b|\bcủa tỉnh\b|\btoàn tỉnh\b|\btỉnh đạt\b|\btỉnh tăng\b")
# A place named right after the value: "7,09% của cả nước", "tại cửa khẩu Hữu Nghị".
_AFTER = compile_lowered(r"^\s*(?:\(|,)?\s*(?:của|tại|ở|qua)\s+")


# A sentence that opens on another place sets it for the whole sentence: "Tính chung cả nước, …",
# "Trên phạm vi cả nước, …", "Tại Cao Bằng, …", "Cùng kỳ, GDP cả nước …" is handled by the segment rule.
_OPENING = re.compile(
    r"^(?:tính chung|trên phạm vi|trên|trong|tại|ở|còn|riêng|với|cũng trong năm,)?\s*(?:toàn\s+)?$"
)


def other_place(low: str, seg_start: int, start: int, end: int, places: dict[str, re.Pattern]) -> str | None:
    """The other place a value at low[start:end] is said of, as written, or None when it is the province's.

    Read where a reader reads it: from the start of the value's comma-separated segment (a place named
    earlier in the sentence, behind a comma, is background: "Trong bối cảnh cả nước khó khăn, GRDP tỉnh
    tăng 3%") to the value, and right after the value ("… của cả nước")."""
    first_comma = low.find(",")
    if 0 < first_comma < start:
        opening = low[:first_comma]
        for pattern in places.values():
            m = pattern.search(opening)
            opens = m and _OPENING.match(opening[: m.start()]) and len(opening) - m.end() <= 12
            if opens and not _OURS.search(low, first_comma, start):
                return m.group()
    before_from = max(seg_start, low.rfind(",", seg_start, start) + 1)
    before = low[before_from:start]
    after = low[end : end + 60]
    named = None
    for pattern in places.values():
        for m in pattern.finditer(before):
            if named is None or m.start() > named[0]:
                named = (m.start(), m.group())
    if named is not None and not _OURS.search(before, named[0] + len(named[1])):
        return named[1]
    lead = _AFTER.match(after)
    if lead:
        rest = after[lead.end() :]
        for pattern in places.values():
            m = pattern.match(rest)
            if m:
                return m.group()
    return None
