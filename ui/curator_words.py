"""The curators' English words in a source's publisher and title, in the reader's language.

The curators name a publisher as it names itself ("Báo Lạng Sơn", "VTC News", "Customs News") and say in
brackets, in English, which edition or copy they read ("English edition", "reprint of Báo Nhân Dân,
24/09/2025", "text of the plan on thuviennhadat.vn"); a cited page's title is the page's own, with their
note on it in brackets ("title from the page address", "stored copy in English"). A Vietnamese reader gets
those words in Vietnamese ("bản tiếng Anh", "tiêu đề lấy từ địa chỉ trang"). Names, the page's own words
and a part of the brackets written in none of these phrases stay as written; so does all the metadata of
a document the manifest does not list, which the ETL read off the document's own text (its credit line,
its first line). Plain text out: escape it where it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ui.formatting import check_lang, is_missing

LANGUAGES_VI = {"english": "Anh", "french": "Pháp", "italian": "Ý", "chinese": "Trung"}
_LANGUAGE = "(?P<language>" + "|".join(LANGUAGES_VI) + ")"

# (one whole part of the brackets, its Vietnamese); a part is what a comma or a semicolon separates.
# The first that matches the whole part is used, so the longer phrases come first.
PUBLISHER_PHRASES_VI: tuple[tuple[str, str], ...] = (
    (rf"{_LANGUAGE}(?: edition| portal)?", "bản tiếng {language}"),
    (r"reprint of an? (?P<name>.+) article", "đăng lại bài của {name}"),
    (rf"{_LANGUAGE} reprint of (?P<name>.+)", "bản tiếng {language} đăng lại bài của {name}"),
    (r"(?:reprint of|republishing) (?P<name>.+)", "đăng lại bài của {name}"),
    (r"article from the trade press", "bài của báo chuyên ngành"),
    (r"article by (?P<name>.+?)(?:/VNA)?", "bài của {name}"),  # "TTXVN/VNA": the agency's two names
    (r"text of the plan on (?P<name>.+)", "văn bản kế hoạch đăng trên {name}"),
    (r"restating the statistics office", "dẫn lại số liệu của cơ quan thống kê"),
    (r"read through a proxy copy", "đọc qua một bản sao trung gian"),
    (r"aggregator", "trang tổng hợp tin"),
    (r"marked (?P<name>.+)", "ghi nguồn {name}"),
    (r"from (?P<name>.+)", "theo {name}"),
    (r"VNA", "TTXVN"),  # the Vietnam News Agency by its Vietnamese name
)
# A title's brackets can be the page's own ("(PCI)", "(the 2nd session)"): only the curators' notes.
TITLE_PHRASES_VI: tuple[tuple[str, str], ...] = (
    (r"title from the page address", "tiêu đề lấy từ địa chỉ trang"),
    (r"title from the page text", "tiêu đề lấy từ nội dung trang"),
    (r"year (?P<year>\d{4}) from the page address", "năm {year} lấy từ địa chỉ trang"),
    (r"print view", "bản in"),
    (rf"{_LANGUAGE} page", "trang tiếng {language}"),
    (rf"stored copy in {_LANGUAGE}: (?P<title>.+)", "bản lưu bằng tiếng {language}: {title}"),
    (rf"stored copy in {_LANGUAGE}", "bản lưu bằng tiếng {language}"),
    (r"reprint of (?P<name>.+)", "đăng lại bài của {name}"),
    (
        r"(?P<index>[A-Z]{2,6}) score ranking of the (?P<count>\d+) provinces",
        "bảng xếp hạng điểm {index} của {count} tỉnh, thành phố",
    ),
)
_PUBLISHER = [(re.compile(pattern, re.IGNORECASE), words) for pattern, words in PUBLISHER_PHRASES_VI]
_TITLE = [(re.compile(pattern, re.IGNORECASE), words) for pattern, words in TITLE_PHRASES_VI]
_BRACKETS = re.compile(r"\(([^()]*)\)")
_PARTS = re.compile(r"(; |, )")


def publisher_text(source: Mapping, lang: str) -> str:
    """A source's publisher in `lang`: "Nhân Dân (English edition)" → "Nhân Dân (bản tiếng Anh)" (vi), as
    written (en); "" when there is none."""
    return _in_language(source, "publisher", _PUBLISHER, lang)


def title_text(source: Mapping, lang: str) -> str:
    """A source's title in `lang`: "… (title from the page address)" → "… (tiêu đề lấy từ địa chỉ trang)"
    (vi), as written (en); "" when there is none."""
    return _in_language(source, "title", _TITLE, lang)


def _in_language(source: Mapping, column: str, phrases: list, lang: str) -> str:
    check_lang(lang)
    value = source.get(column)
    if is_missing(value) or not str(value).strip():
        return ""
    text = " ".join(str(value).split())
    curated = source.get("in_manifest")
    if lang == "en" or is_missing(curated) or not curated:  # en, or read off the document's text
        return text
    return _BRACKETS.sub(lambda m: "(" + _brackets_vi(m.group(1), phrases) + ")", text)


def _brackets_vi(inside: str, phrases: list) -> str:
    pieces = _PARTS.split(inside)
    return "".join(piece if k % 2 else _part_vi(piece, phrases) for k, piece in enumerate(pieces))


def _part_vi(part: str, phrases: list) -> str:
    for pattern, words in phrases:
        match = pattern.fullmatch(part.strip())
        if match:
            found = match.groupdict()
            if found.get("language"):
                found["language"] = LANGUAGES_VI[found["language"].lower()]
            return words.format(**found)
    return part  # a name, an address or the page's own words
