"""Amounts that are not the indicator's level: a change or a gap ("tăng 500 tỷ đồng", "hụt 1.150 tỷ
đồng"), a share's words, a per cent saying how much an amount before it changed (a figure only where the
catalog holds that level's growth), an uncatalogued amount's change, and the plan's own amount a
comparison gives in brackets. Pure functions of the lower-cased sentence and its tokens."""

from __future__ import annotations

import re

from etl.casefold import compile_lowered
from etl.catalog import Catalog, Indicator
from etl.values import Token, value_tokens

_SHARE_WORDS = compile_lowered(r"\bchiếm\b|\btỷ trọng\b|\btỉ trọng\b|\bcơ cấu\b|\btỷ lệ\b|\btỉ lệ\b")


# "tăng 500 tỷ đồng", "hụt khoảng 1.150 tỷ đồng", "vượt 300 tỷ đồng": a change or a gap, not the level.
_CHANGE_BEFORE = compile_lowered(
    r"\b(?:tăng|giảm|hụt|thiếu hụt|vượt|chênh lệch|nhích|nhích lên|cao hơn|thấp hơn|nhiều hơn|ít hơn)"
    r"(?: bình quân| thêm| được| thu)?\s+(?:khoảng |gần |hơn )?$"
)


def is_change(tok: Token, low: str) -> bool:
    return _CHANGE_BEFORE.search(low[max(0, tok.start - 30) : tok.start]) is not None


def is_share(tok: Token, low: str, ind: Indicator) -> bool:
    """A share indicator's value needs share words in its sentence ("chiếm", "cơ cấu", "tỷ lệ") before it,
    and is a level, not a change ("tỷ lệ hộ nghèo giảm 2,5%" is a fall in points, "giảm còn 8,1%" a level)."""
    if _CHANGE_BEFORE.search(low[max(0, tok.start - 30) : tok.start]):
        return False
    return tok.share_context or _SHARE_WORDS.search(low, 0, tok.start) is not None


# "cao hơn 8,7% so với dự toán Thủ tướng Chính phủ giao (7.590.000 triệu đồng)": the plan's amount, bracketed.
_PLAN_REF = compile_lowered(r"\b(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|kịch bản)\b")
_BRACKETED = re.compile(r"\(([^()]{1,40})\)")


def plan_amounts(low: str, comparisons, s_start: int) -> list[Token]:
    """The amounts a comparison with a plan gives the plan in brackets: that plan's figure, a target."""
    found = []
    for comp in comparisons:
        rel = comp.start - s_start
        if comp.derivable or "(" not in comp.text or not _PLAN_REF.search(low, rel, rel + len(comp.text)):
            continue
        for m in _BRACKETED.finditer(low, rel, rel + len(comp.text) + 1):
            for tok in value_tokens(m[1], []):
                if tok.kind == "money":
                    tok.start, tok.end = tok.start + m.start(1), tok.end + m.start(1)
                    tok.plan_value = True
                    found.append(tok)
    return found


def amount_in(low: str, start: int, end: int, period_spans) -> bool:
    """A number in low[start:end] that is no period: an amount the catalog does not hold."""
    for m in _DIGITS.finditer(low, start, end):
        at = m.start()
        if not any(a <= at < b for a, b in period_spans):
            return True
    return False


# Not a footnote marker "[1]". The digit first, then the look-behind: the engine skips from digit to digit
# instead of trying the look-behind at every character.
_DIGITS = re.compile(r"\d(?<![\[(\d]\d)\d*(?![\])\d])")


def growth_of(level: Indicator | None, catalog: Catalog) -> Indicator | None:
    return next((i for i in catalog.indicators if level is not None and i.growth_of == level.id), None)


_CHANGE_WORD = compile_lowered(r"^\s*,?\s*(?:và\s+)?(?:tăng|giảm|cao hơn|thấp hơn)\b")


def level_changed(tok: Token, tokens: list[Token], low: str, clause) -> Token | None:
    """The amount just before the per cent in its clause, when the per cent says by how much it changed."""
    before = [t for t in tokens if t.end <= tok.start and t.start >= clause[0]]
    if not before or before[-1].kind not in ("money", "count"):
        return None
    gap = low[before[-1].end : tok.start]
    return before[-1] if len(gap) <= 40 and _CHANGE_WORD.match(gap) is not None else None
