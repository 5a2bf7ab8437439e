"""A text's title: its first line -- past the banner a page copied from a web site may open on.

A page saved from the statistics office's or the portal's site opens on the site's name and address
("Trang thông tin điện tử Cục Thống kê tỉnh Lạng Sơn", "http://cucthongkelangson.gov.vn", "Skip to main
content"), the article's own title under them ("Tình hình kinh tế - xã hội tỉnh Lạng Sơn tháng 02 và 2 tháng
đầu năm 2023"). What the title tells -- the period a report is on, its subject, the month "trong tháng"
is -- is the article's title's, never the banner's.
"""

from __future__ import annotations

from etl.casefold import compile_lowered, lowered

# A line that is a site's banner, not an article's title: the site's name, its address, a skip link, a
# breadcrumb from the home page, its slogan -- or the page's date line set above the title ("Thứ ba,
# 21/03/2023").
_SITE_BANNER = compile_lowered(
    r"\s*(?:(?:trang|cổng) thông tin điện tử\b[^.;:\d]{0,100}"
    r"|skip to (?:main )?content|bỏ qua (?:nội dung|menu)"
    r"|(?:https?://|www\.)\S+"
    r"|trang chủ(?:\s*[>»›/|].*)?"
    # (a slogan the site sets at its top: "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội …", "Chào mừng
    # Đại hội đại biểu Đảng bộ tỉnh …", "Chào mừng kỷ niệm …")
    r"|(?:quyết tâm thực hiện thắng lợi|nhiệt liệt chào mừng"
    # (not a title that goes on past a colon: "Chào mừng Đại hội …: 9 tháng, Lạng Sơn thu ngân sách …")
    r"|chào mừng (?:thành công )?(?:đại hội|kỷ niệm))\b[^:]*"
    r"|(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|t[2-7]|cn)\s*[,-]?\s*)?(?:ngày\s+)?"
    r"\d{1,2}([/.-])\d{1,2}\1\d{4}"
    r"(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*\(gmt\s*\+\s*0?7(?::00)?\))?)?)\s*$"
)


def is_site_banner(line: str) -> bool:
    """Whether `line` is a site's banner (its name, address, slogan, a date line above the title)."""
    return _SITE_BANNER.fullmatch(lowered(line)) is not None


def title_line_index(lines: list[str]) -> int | None:
    """Which of `lines` is the title: the first that holds text and is no site's banner (the first that holds
    text where every one is a banner); None for a text with none."""
    first = None
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if not is_site_banner(line):
            return i
        first = i if first is None else first
    return first


def title_span(text: str) -> tuple[int, int]:
    """Where the title line starts and ends in `text` ((0, 0) for a text with no line of text)."""
    lines = text.split("\n")
    i = title_line_index(lines)
    if i is None:
        return 0, 0
    start = sum(len(line) + 1 for line in lines[:i])
    return start, start + len(lines[i])


def title_of(text: str) -> str:
    """The title line of `text` (etl/titles.py's reading: past a site's banner)."""
    start, end = title_span(text)
    return text[start:end]
