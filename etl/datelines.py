"""The date a document prints about itself: the date lines of Vietnamese news and government sites.

Read only near the top (a date deep in the text is about something else). Formats seen on real pages:
"Thứ Hai, 15/01/2024 - 09:30", "Thứ hai, 15/1/2024, 09:30 (GMT+7)", "Cập nhật: 15/01/2024 09:30",
"Cập nhật lúc 10:15 ngày 16/01/2024", "Cập nhật lúc 10:30, 26/09/2020", "15/01/2024 09:30 GMT+7",
"Đăng ngày 15-01-2024", "Tin đăng lúc : 08-04-2019", "Địa phương - Ngày đăng : 14:08, 02/11/2023",
"15/04/2025 lúc 13:25", "VTV.vn - 04/11/2022, 07:40", "Thứ Tư, 07:10,
03/08/2016", "(14/12/2016 17:05)", "Lạng Sơn, ngày 12 tháng 01 năm 2024", "2024-01-15T09:30",
"ngày 25/8/2023", "Báo Lạng Sơn 08/07/2025".
"""

from __future__ import annotations

import re
from datetime import date

from etl.titles import title_line_index

_HEAD_LINES = 6  # a date line sits under the title, above the body
_DMY = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})"
_WORDS = r"ngày (?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>(?:19|20)\d{2})"
_ISO = r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ]\d{2}:\d{2})?"
_LINES = [
    # A weekday, a publisher's word or a time next to the date: the line is a date line.
    # (a time may stand between: "Thứ Tư, 07:10, 03/08/2016")
    # (not an agenda's item: "Thứ Hai, 10:00 - 15/01/2024: Hội nghị sơ kết")
    re.compile(
        rf"^\s*(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|t[2-7]|cn)\s*[,-]?\s*"
        rf"(?:\d{{1,2}}:\d{{2}}\s*[,-]?\s*)?(?:ngày\s*)?{_DMY}(?!\s*:)",
        re.I,
    ),
    # (a time may stand first: "Cập nhật lúc 10:30, 26/09/2020")
    re.compile(
        # (a section's name may come first: "Địa phương - Ngày đăng : 14:08, 02/11/2023")
        rf"^\s*(?:[^\W\d][^\n\d,:]{{0,30}}?\s[-–|]\s*)?"
        rf"(?:cập nhật|đăng|ngày đăng|ngày cập nhật|xuất bản|tin đăng|bài đăng|thời gian đăng)(?! ký)"
        rf"[^0-9]{{0,30}}?"
        rf"(?:\d{{1,2}}:\d{{2}}[^0-9]{{0,12}}?)?{_DMY}",
        re.I,
    ),
    # (in brackets too, as the older provincial portal prints it: "(14/12/2016 17:05)")
    # ("15/04/2025 lúc 13:25")
    re.compile(rf"^\s*\(?{_DMY}\s*(?:[-,|]\s*|lúc\s+)?\d{{1,2}}:\d{{2}}", re.IGNORECASE),
    # (a site's name first: "VTV.vn - 04/11/2022, 07:40"; a name, not an agenda's numbered item "1.1 -
    # 14/03/2024: Đón tiếp đại biểu")
    re.compile(rf"^\s*[^\W\d]\w*(?:\.\w+)+\s*[-–|]\s*{_DMY}(?!\s*:)", re.IGNORECASE),
    # (a publisher's name, then the date, the whole line: "Báo Lạng Sơn 08/07/2025", "Báo Lạng Sơn -
    # 08/07/2025 10:20"; not a sentence that names one)
    re.compile(
        rf"^\s*(?:báo|tạp chí|đài|cổng thông tin|trang thông tin|ttxvn|vov|vtv|lstv)\b[^\n\d:,.]{{0,40}}?"
        rf"\s*[-–|]?\s*{_DMY}(?:\s*[-,|]?\s*\d{{1,2}}:\d{{2}})?\s*$",
        re.IGNORECASE,
    ),
    # ("11:20 | 05/11/2025")
    # (not an agenda's "08:00 - 12/01/2024: Khai mạc hội nghị")
    re.compile(
        rf"^\s*\d{{1,2}}:\d{{2}}(?:\s*(?:sa|ch|am|pm))?\s*(?:ngày\s*)?[,|-]?\s*{_DMY}(?!\s*:)", re.IGNORECASE
    ),
    re.compile(rf"^[^\n]{{0,40}},\s*{_WORDS}", re.IGNORECASE),
    # (a legal-text site's record of the instrument: "Ngày ban hành: 08/12/2023")
    re.compile(rf"^\s*ngày ban hành\s*:?\s*{_DMY}", re.IGNORECASE),
    # (and as a page's stored copy marks it: "date 2025-11-04")
    re.compile(rf"^\s*(?:date\s+)?{_ISO}\s*$", re.IGNORECASE),
    # (the mark, then the page's own opening run on: "date 2025-09-25 (VTC News) - …")
    re.compile(rf"^\s*date\s+{_ISO}(?![\d:])", re.IGNORECASE),
    re.compile(rf"^\s*(?:ngày\s+)?{_DMY}\s*$", re.IGNORECASE),
]
# Anywhere in the opening: "Hôm nay (ngày 25/8/2023)", "ngày 25/8/2023, …" (the older fallback).
# (not a figure's cut-off or a span's ends: "tính đến ngày 30/11/2023", "từ ngày 1/9", "trước ngày 15/12")
# (or a news lead's opening on the time of day: "Sáng 14/10/2020, tại Trung tâm Hội nghị tỉnh, …")
_IN_TEXT = re.compile(
    r"(?:(?<!đến )(?<!tới )(?<!từ )(?<!trước )(?<!sau )(?<!hết )\bngày"
    r"|(?:^|(?<=\n))\s*(?:sáng|trưa|chiều|tối)(?: nay)?(?:\s+ngày)?)"
    rf"\s+{_DMY}\b",
    re.IGNORECASE,
)


def _date(m: re.Match) -> date | None:
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


# An official letter's header (issuing body, number, subject, the national motto) stands above its "Lạng Sơn,
# ngày 14 tháng 10 năm 2019", right under the motto: a few lines lower than a news site's date line.
_OFFICIAL_HEAD_LINES = 16
# (a place's name before the comma, no number: not "Thực hiện Quyết định số 9, ngày …", a decision cited)
_OFFICIAL_DATE = re.compile(rf"^[^\n\d,]{{0,40}},\s*{_WORDS}", re.IGNORECASE)
_A_NUMBER_LINE = re.compile(r"^\s*số\s*:?\s*\d+[-/]", re.IGNORECASE)
_MOTTO = re.compile(r"độc lập\s*[-–—]\s*tự do\s*[-–—]\s*hạnh phúc", re.IGNORECASE)
# (a rule printed under the motto: "——————", "_______")
_A_RULE_LINE = re.compile(r"^\s*[-–—_=.*]{3,}\s*$")


def date_line(text: str) -> date | None:
    """The date a document's date line prints, or None when its head holds none."""
    lines = [line for line in text[:2000].split("\n") if line.strip()]
    for line in lines[:_HEAD_LINES]:
        for pattern in _LINES:
            m = pattern.search(line)
            if m and (found := _date(m)):
                return _the_news_day(text, found)
    for i, line in enumerate(lines[:_OFFICIAL_HEAD_LINES]):
        # (the line right under the national motto: not "Thực hiện Nghị quyết số 45/NQ-HĐND, ngày 10 tháng 12
        # năm 2023 …", a decision the text cites)
        # (or under the document's number, where the page set the two columns of the header one under the
        # other: "Độc lập - Tự do - Hạnh phúc" / "Số: 41/NQ-HĐND" / "Lạng Sơn, ngày 08 tháng 12 năm 2023")
        if _MOTTO.search(line):
            for below in [line for line in lines[i + 1 : i + 5] if not _A_RULE_LINE.match(line)][:2]:
                if m := _OFFICIAL_DATE.search(below):
                    return _date(m)
                if not _A_NUMBER_LINE.match(below):
                    break
    for m in _IN_TEXT.finditer(text[:800]):
        # (not the date of an instrument the text cites: "Quyết định số 138/2008/QĐ-TTg ngày 14/10/2008")
        line_start = text.rfind("\n", 0, m.start()) + 1
        # (nor on a line that cites the instruments it rests on: "Căn cứ Luật Tổ chức chính quyền địa phương
        # ngày 19/6/2015;" -- not "Thực hiện chương trình công tác, ngày 8/7/2024, đoàn …", the news's day)
        if _CITES.match(text, line_start):
            continue
        if not _AN_INSTRUMENT_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _ITS_OWN_NUMBER.match(
            text, line_start, m.start()
        ):
            # (but a line that is the document's own number and day: "Số 520-BC/TU, ngày 10/12/2023")
            return _date(m)
    return None


# A news lead opening on the day it tells of, with its year ("LSO - Sáng 24/9/2018, UBND tỉnh họp phiên thường
# kỳ …"): the agency's code may stand before it
# (a time of day, not "Ngày 1/10/1991, tỉnh … được tái lập": a feature recalling a day, not the news's)
_LEAD_DAY = re.compile(
    rf"(?:^|\n)\s*(?:[^\W\d][\w.&]{{1,12}}\s*[-–]\s*)?(?:sáng|trưa|chiều|tối)\s+(?:ngày\s+)?{_DMY}\b",
    re.IGNORECASE,
)
# (a page stored again prints a later year than its news's, but not many later)
_REPOSTED_WITHIN_YEARS = 6


def _the_news_day(text: str, printed: date) -> date:
    """The day a page's news is of: its date line's, unless its lead opens on a time of a day of an earlier
    year (a few years before) -- a page stored again, or moved to a new site, prints the day it was posted
    again ("Thứ năm, 24/06/2021" over "LSO - Sáng 24/9/2018, UBND tỉnh họp …": the news of 2018, its "9
    tháng" 2018's)."""
    # (the lead's own opening, not a later paragraph's: "Ngày 1/7/2025, …" in a piece of 1/7/2026 looking
    # back)
    lines = text[:2000].split("\n")
    lead = next((line for line in lines[(title_line_index(lines) or 0) + 1 :] if len(line) >= 80), "")
    m = _LEAD_DAY.match("\n" + lead)
    told = _date(m) if m else None
    if told is None or not printed.year - _REPOSTED_WITHIN_YEARS <= told.year < printed.year:
        # (nor a day earlier in the date line's own year: "Sáng 15/3/2024, UBND tỉnh tổ chức Hội nghị xúc tiến
        # đầu tư …" in a piece of November 2024 tells what has happened since)
        return printed
    return told


# A page's stored copy marked with its month alone ("date 2025-07", or "2025-07" on its own line): the month,
# no day.
_MONTH_MARK = re.compile(r"^\s*(?:date\s+)?(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])\s*$", re.IGNORECASE)


def month_line(text: str) -> str | None:
    """ "YYYY-MM" where the head marks only the month the document was published, or None: a date less than
    certain (etl/manifest.py measures relative periods from its first day, marked inferred)."""
    lines = [line for line in text[:2000].split("\n") if line.strip()]
    for line in lines[:_HEAD_LINES]:
        if m := _MONTH_MARK.match(line):
            return f"{m['y']}-{m['m']}"
    return None


# a line opening on the document's own number, up to its day
_CITES = re.compile(r"\s*căn cứ\b", re.IGNORECASE)
_ITS_OWN_NUMBER = re.compile(r"\s*số\s*:?\s*\d+[-/][^\s,]*\s*,?\s*(?:ngày\s*)?$", re.IGNORECASE)
# a legal instrument's number (or its kind) right before the day it was issued
_AN_INSTRUMENT_BEFORE = re.compile(
    r"(?:\b(?:số\s*)?\d+/(?:\d{4}/)?[A-ZĐa-zđ]+(?:-[A-ZĐa-zđ]+)*"
    # ("Nghị quyết số 37-NQ/TW, ngày 1/7/2004": a Party instrument's number, its kind after a hyphen)
    r"|\b(?:số\s*)?\d+-[A-ZĐa-zđ]+/[A-ZĐa-zđ]+(?:-[A-ZĐa-zđ]+)*"
    r"|\b(?:quyết định|nghị quyết|nghị định|thông tư|chỉ thị|kế hoạch|công văn|luật))\s*,?\s*$",
    re.IGNORECASE,
)
