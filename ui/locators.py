"""Where in a cited page a curated value is (the reference history's `locator`), in the reader's language.

The curators write locators in English words ("para 3", "Part I, section I.1, para 1", "ranking table,
row Lạng Sơn"); a Vietnamese reader gets those words in Vietnamese ("Đoạn 3", "Phần I, mục I.1, đoạn 1").
A heading quoted from the page ('Socio-economic highlights'), anything else that is not a locator word,
and a locator written in none of these words (a Vietnamese "tr. 12") are the page's or the curator's own
text and stay as written; a heading written without quotes ("Overcoming limitations, para 2") is quoted,
so it reads as the page's words, not the dashboard's. Plain text out: escape it where it is shown.
"""

from __future__ import annotations

import re

from ui.formatting import check_lang, is_missing

# Longest first, so "ranking table" is read before "table" and "lead para" before "lead".
LOCATOR_WORDS_VI = {
    "list of the ten lowest provinces": "danh sách mười tỉnh thấp nhất",
    "after the standfirst": "sau đoạn dẫn",
    "paragraph beginning": "đoạn mở đầu bằng",
    "sentence beginning": "câu mở đầu bằng",
    "last sentence": "câu cuối",
    "first paragraph": "đoạn đầu tiên",
    "first answer": "câu trả lời đầu tiên",
    "photo caption": "chú thích ảnh",
    "summary line": "dòng tóm tắt",
    "ranking table": "bảng xếp hạng",
    "ranking list": "danh sách xếp hạng",
    "lead para": "đoạn mở đầu",
    "parenthesis": "trong ngoặc",
    "paragraph": "đoạn",
    "sentence": "câu",
    "standfirst": "đoạn dẫn",
    "footnote": "chú thích",
    "question": "câu hỏi",
    "heading": "đề mục",
    "section": "mục",
    "answer": "câu trả lời",
    "column": "cột",
    "table": "bảng",
    "under": "dưới",
    "body": "thân bài",
    "title": "tiêu đề",
    "chart": "biểu đồ",
    "lead": "đoạn mở đầu",
    "para": "đoạn",
    "part": "phần",
    "item": "ý",
    "list": "danh sách",
    "note": "ghi chú",
    "page": "trang",
    "row": "dòng",
    "and": "và",
    "p.": "trang",
}
_WORD = re.compile(
    r"(?<![\w'‘“\"])(" + "|".join(re.escape(w) for w in LOCATOR_WORDS_VI) + r")(?![\w'’”\"])",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"(['‘][^'’]*['’]|[\"“][^\"”]*[\"”])")


def locator_text(locator: object, lang: str) -> str:
    """A locator in `lang`: "para 3" → "đoạn 3" (vi), as written (en); "" when there is none."""
    check_lang(lang)
    if is_missing(locator) or not str(locator).strip():
        return ""
    text = " ".join(str(locator).split())
    if lang == "en" or not any(_WORD.search(p) for p in _QUOTED.split(text)[::2]):
        return text  # English, or not written in the curators' words (a Vietnamese "tr. 12"): as written
    pieces = [_piece_vi(piece) for piece in text.split(", ")]
    out = ", ".join(pieces)
    return out[:1].upper() + out[1:]


def _piece_vi(piece: str) -> str:
    """One comma-separated part: its locator words in Vietnamese, quoted headings as written."""
    parts = _QUOTED.split(piece)
    plain = [p for k, p in enumerate(parts) if k % 2 == 0]
    rest = "".join(plain)
    if rest.strip() and not _WORD.search(rest) and not any(c.isdigit() for c in rest):
        return f"‘{piece}’"  # words only, none a locator's: a heading written without quotes
    return "".join(
        part if k % 2 else _WORD.sub(lambda m: LOCATOR_WORDS_VI[m.group(1).lower()], part)
        for k, part in enumerate(parts)
    )
