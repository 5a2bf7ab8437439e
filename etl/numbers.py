"""Numbers as Vietnamese text writes them: decimal comma, thousands dot, number words, multipliers."""

from __future__ import annotations

import re

from etl.casefold import dotted_date_at

# A numeral with Vietnamese (or, tolerated, English) grouping. Word boundaries keep "2021-2022" and
# "15/63" from being read as one number. Each branch opens with the digit and only then looks behind it
# ("not after a digit, dot or comma"): a pattern that begins with a digit class lets the regex engine skip
# to the next digit, about five times faster than trying a look-behind at every character.
NUMERAL = r"\d(?<![\d.,]\d)\d{0,2}(?:[.,]\d{3})+(?:[.,]\d+)?(?!\d)|\d(?<![\d.,]\d)\d*(?:[.,]\d+)?(?!\d)"

# Number words, as written in running text ("giảm hai đơn vị", "ba vụ việc"). "năm" (five) doubles as
# "year"; rules accept a number word only directly before a counted noun, where it cannot mean year.
NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
NUMBER_WORD = r"\b(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b"

# Multipliers that turn "22.683 tỷ đồng" into a value in the indicator's unit.
SCALE = {
    "nghìn": 1e3,
    "ngàn": 1e3,
    "triệu": 1e6,
    "tỷ": 1e9,
    "tỉ": 1e9,
    "nghìn tỷ": 1e12,
    "ngàn tỷ": 1e12,
    "nghìn tỉ": 1e12,
    "ngàn tỉ": 1e12,
    # a "tỷ" whose "t" a typo dropped ("23.957,2 ỷ đồng"): no other word is "ỷ" between a number and its
    # currency
    "ỷ": 1e9,
}


class NumberFormatError(ValueError):
    """Text that looks like a number but cannot be read as one unambiguously."""


def english_grouping(text: str) -> bool:
    """Whether a document writes numbers the English way ("2.78%", "9,805.5", "10,350 tỷ đồng"): some
    pages do, throughout. Decided on the document's unambiguous numbers, never on one number alone."""
    if _VIETNAMESE_DECIMAL.search(text) is not None:
        return False
    # (a heading's section number is no decimal: "3.1 Mục tiêu", "3.1.2. Khách du lịch" over "năm 2025 đạt
    # 50.600 lượt khách" had read the page's thousands as decimals)
    # (nor a day printed with dots: "Từ ngày 8.2 đến hết 14.2.2024, … đón 135.000 lượt khách")
    return any(
        not _in_a_section_number(text, m.start())
        and not _A_PART_OF_A_TEXT.search(text, max(0, m.start() - 16), m.start())
        and not dotted_date_at(text, m.start())
        for m in _ENGLISH_DECIMAL.finditer(text)
    )


def _in_a_section_number(text: str, pos: int) -> bool:
    """Whether text[pos] stands in the number a heading opens on: before a capital, as a heading's words
    begin ("3.1 Mục tiêu"), not a value's unit ("1.5 triệu lượt khách")."""
    number = _SECTION_NUMBER.match(text, text.rfind("\n", 0, pos) + 1)
    return number is not None and pos < number.end() and text[number.end() : number.end() + 1].isupper()


# a part of a text cited by its number ("mục 2.3 của báo cáo", "Điều 3.1", "phụ lục 1.2"): no decimal
_A_PART_OF_A_TEXT = re.compile(
    r"\b(?:mục|điều|khoản|phần|điểm|chương|phụ lục|tiểu mục|bảng|biểu)\s+\d+$", re.IGNORECASE
)
# a line opening on a section's number ("3.1 ", "3.1.2. ", "II.1 ") -- the whole number, to its space
_SECTION_NUMBER = re.compile(r"[ \t]*(?:[IVX]+\.)?\d{1,2}(?:\.\d{1,2})+\.?[ \t]")


# A decimal mark that is unambiguous: followed by one, two or four-plus digits ("2.78", "6,95").
# Each opens with the mark itself, so the engine jumps from one "." (",") to the next; what stands before
# the mark is checked by a look-behind only there.
_ENGLISH_DECIMAL = re.compile(
    r"\.(?<=\d\.)(?!0\b)(?:\d{1,2}|\d{4,})(?![\d.,])"
)  # not "4.0" (công nghiệp 4.0)
_VIETNAMESE_DECIMAL = re.compile(r",(?<=\d,)(?:\d{1,2}|\d{4,})(?![\d.,])")


def parse_vi_number(text: str, english: bool = False) -> float:
    """Read "6,95", "22.683", "18.063,8", "65.000" or "hai" as a float.

    Vietnamese writes a decimal comma and groups thousands with dots. Some outlets use English style;
    we accept it where it is unambiguous: when both separators occur, the last one is the decimal mark,
    and a lone dot followed by exactly three digits groups thousands ("65.000"), otherwise it is a
    decimal point ("6.95"). A lone comma is always decimal ("1,500" is 1.5, as Vietnamese reads it).
    """
    s = text.strip().replace(" ", "")
    if s.lower() in NUMBER_WORDS:
        return float(NUMBER_WORDS[s.lower()])
    if not s or not re.fullmatch(r"\d[\d.,]*", s) or s[-1] in ".,":
        raise NumberFormatError(f"not a number: {text!r}")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        group = "." if decimal == "," else ","
        if s.count(decimal) > 1:
            raise NumberFormatError(f"two decimal marks in {text!r}")
        whole, frac = s.split(decimal)
        _check_groups(whole, group, text)
        return float(whole.replace(group, "") + "." + frac)
    if commas:
        if commas > 1 or (english and len(s.split(",")[1]) == 3):  # "1,234,567", "10,350": thousands
            _check_groups(s, ",", text)
            return float(s.replace(",", ""))
        return float(s.replace(",", "."))
    if dots:
        parts = s.split(".")
        if dots > 1 or (len(parts[1]) == 3 and not english):
            _check_groups(s, ".", text)
            return float(s.replace(".", ""))
        return float(s)
    return float(s)


def _check_groups(whole: str, sep: str, original: str) -> None:
    head, *groups = whole.split(sep)
    if not (1 <= len(head) <= 3) or any(len(g) != 3 for g in groups):
        raise NumberFormatError(f"irregular digit grouping in {original!r}")
