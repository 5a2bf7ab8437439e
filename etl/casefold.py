"""Case-insensitive matching done once per sentence: lower-case the text, match case-sensitive patterns.

Python's `re.IGNORECASE` turns off the engine's fast skip to a pattern's first literal, so every rule
tried every position of every sentence. Lower-casing the sentence once and matching patterns whose
literals are lower-cased finds the same spans several times faster (measured in bench/results.md).
"""

from __future__ import annotations

import re
from functools import lru_cache

# An escape (\d, \S, \b, \u1ea0), a named group's opening or back-reference, or any one character.
_PATTERN_PIECE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|.", re.DOTALL)


def lowered(text: str) -> str:
    """`text` in lower case, character for character, so offsets into it are offsets into `text`; a
    footnote's superscript mark after a number, a per cent or a word is a space ("năm 2020², quý IV",
    "6.450 tỷ đồng¹;"), since the engine reads "²" as a letter of the word it is glued to ("km²" stays)."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters lower-case to two ("İ" → "i̇"); keep those as they are.
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    if "gdrp" in low:
        low = _GDRP.sub(
            "grdp", low
        )  # (the press's slip of the keys, "GDRP bình quân đầu người": the same four)
    if "." in low and _A_DAY_AND_MONTH.search(low) is not None:
        low = _DOTTED_DATE.sub(_slashed, low)
    if _SUPERSCRIPT.search(low) is None:
        return low
    return _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group()), low)


_GDRP = re.compile(r"\bgdrp\b")
# the words of an amount's unit after a number ("5.2 tỷ USD", "3.2 triệu lượt"): no day and month
_UNIT_WORDS = (
    r"tỷ|tỉ|triệu|nghìn|ngàn|lần|điểm|phần trăm|usd|đồng|lượt|người|hộ|ha\b|tấn|km|xe|doanh nghiệp|dự án"
)
# A day written with dots, as some papers print it ("Ngày 23.2, …", "từ ngày 14 đến 22.2", "23.2.2026"), read
# as the slashed day the period rules know -- after a word that introduces a day, or with its year; never a
# number ("22.2%", "lên tới 5.2 tỷ USD", "1.250 tỷ": a decimal point or a thousands group is no day and month)
_DOTTED_DATE_SOURCE = (
    r"(?:(?<=\bngày )|(?<=\bđến )|(?<=\bhết )|(?<=\btới )|(?<=\bmùng ))"
    r"\d{1,2}\.\d{1,2}(?:\.(?:19|20)\d\d)?\b(?![.,]?\d|\s*(?:%|" + _UNIT_WORDS + r"))"
    r"|\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b(?![.,]?\d)"
)
_DOTTED_DATE = re.compile(_DOTTED_DATE_SOURCE)
# (a cheap look first: a day and month, no thousands group -- most texts have none, and the full pattern's
# look-behinds are tried at every character)
_A_DAY_AND_MONTH = re.compile(r"\d\.\d\d?(?![\d])")
_DOTTED_DATE_ANY_CASE = re.compile(_DOTTED_DATE_SOURCE, re.IGNORECASE)


def dotted_date_at(text: str, pos: int) -> bool:
    """Whether the "." at text[pos] is a dotted day's ("Ngày 23.2"), no decimal point (etl.numbers)."""
    start = max(0, pos - 16)
    return any(m.start() < pos < m.end() for m in _DOTTED_DATE_ANY_CASE.finditer(text, start, pos + 12))


def _slashed(m: re.Match) -> str:
    day, month = m.group().split(".")[:2]
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return m.group()
    return m.group().replace(".", "/")


_SUPERSCRIPT = re.compile("[¹²³⁰⁴⁵⁶⁷⁸⁹]")
# (not an area's or a volume's unit, spaced or glued to its number: "96 km²", "8.310km²", "300m³")
_FOOTNOTE_MARK = re.compile(r"(?<!km)(?<!cm)(?<!\bm)(?<!\dm)(?<!ha)[¹²³⁰⁴⁵⁶⁷⁸⁹]+")


@lru_cache(maxsize=1024)
def compile_lowered(pattern: str) -> re.Pattern:
    """`pattern` with its literal letters lower-cased, for matching against `lowered(text)`."""
    pieces = (p if len(p) > 1 else p.lower() for p in _PATTERN_PIECE.findall(pattern))
    return re.compile("".join(pieces))
