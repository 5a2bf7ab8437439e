"""What every reader's text goes through (normalised, titled, refused when empty or garbled), and the
plain-text formats (.txt, .md), which need nothing more."""

from __future__ import annotations

import re
import unicodedata

from etl.readers.common import DocumentError, ReadResult
from etl.readers.encodings import decode_text, mojibake_reason
from etl.titles import is_site_banner

MAX_TITLE_CHARS = 200

# NBSP, figure space, thin space, hair space, narrow NBSP: all read as an ordinary space.
_SPACE_LIKE = "\u00a0\u2007\u2009\u200a\u202f"
_EXCESS_BLANK_LINES = re.compile(r"\n{4,}")


def normalise_text(text: str) -> str:
    """NFC, no BOM, LF line ends, plain spaces, no trailing spaces, at most two blank lines in a row, and the
    lines of a paragraph wrapped at a fixed width (a PDF's or an e-mail's) joined back into one."""
    # U+FEFF goes before NFC: removed later it could leave a letter and a combining mark uncomposed.
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for space in _SPACE_LIKE:  # str.replace, not str.translate: ten times faster on Vietnamese text
        text = text.replace(space, " ")
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    out = _EXCESS_BLANK_LINES.sub("\n\n\n", _unwrap(lines))
    # Lines joined change the widths a block is measured by: joined again until nothing more joins, so that
    # normalising normalised text changes nothing (each pass only turns line breaks into spaces, so it ends)
    while out.count("\n") < text.count("\n"):
        text, out = out, _EXCESS_BLANK_LINES.sub("\n\n\n", _unwrap(out.split("\n")))
    return out


# A line that opens a list item, a numbered heading (a legal text's "Điều 2.") or a table row: never the rest
# of the line above.
_OPENS_ITEM = re.compile(
    # (not a number the line opens on: "3.412,8 triệu USD")
    r"\s*(?:[-+•*▪✓◦●○]|[–—](?=\s)|o\s|\(?\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)|\(?[a-zđA-ZĐ][.)]\s|[IVX]+[.)]\s"
    r"|\d{1,2}/\d{1,2}/\d{4}"
    # (a legal text's article, chapter or section: "Điều 2. Mục tiêu và các chỉ tiêu chủ yếu năm 2025")
    r"|(?:Điều|Chương|Mục|Phần) (?:\d{1,3}|[IVX]{1,5})[.:]\s"
    # (a page's date line as its metadata prints it, "date 2025-09-14 (Báo Mới) -", or a date alone on a line)
    r"|date\s+\d{4}-\d{1,2}(?:-\d{1,2})?\b|\d{4}-\d{1,2}(?:-\d{1,2})?\s*$)"
)
_ENDS_SENTENCE = ".:;!?"
_A_LINKS_DATE = re.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)\s*$")
_WRAP_WIDTH = range(50, 161)  # the widths text is wrapped at (a paragraph written on one line is longer)


def _heading(line: str) -> bool:
    """A line in capitals (a title, a heading): never the rest of a paragraph, nor run on into one."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _unwrap(lines: list[str]) -> str:
    """The lines joined by newlines, except where a paragraph was wrapped at a fixed width: there the line
    break becomes a space ("… ước đạt 4.215,6 tỷ\nđồng, tăng 11,2%" reads as one sentence). Same length:
    every offset into the text stays where it was.

    A block of lines (no blank line, no table row) is wrapped when at least two of its lines fill its width
    (within 60% of its longest, which is a wrapping width); then each such full line runs on into the next,
    unless the next opens a list item or a numbered heading. A long line that ends mid-sentence runs on into
    a next that opens on a small letter, whatever the block (a title's date line never does)."""
    out = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and " | " not in lines[j]:
            j += 1
        block = lines[i:j] or [lines[i]]
        widest = max(len(line) for line in block)
        full = [len(line) >= 0.6 * widest for line in block]
        # (and one of them breaks off mid-sentence: lines that each end a sentence -- a note, a paragraph,
        # then a table's caption -- were written line by line, whatever their lengths)
        wrapped = (
            widest in _WRAP_WIDTH
            and sum(full[:-1]) >= 2
            and any(
                f and line.rstrip()[-1:] not in _ENDS_SENTENCE
                for f, line in zip(full[:-1], block[:-1], strict=True)
            )
        )
        for k, line in enumerate(block):
            out.append(line)
            if k == len(block) - 1:
                break
            following = block[k + 1]
            runs_on = (not (_heading(line) or _heading(following)) and wrapped and full[k]) or (
                following.lstrip()[:1].islower() and len(line) >= 40 and line[-1] not in _ENDS_SENTENCE
            )
            # (nor a headline linking to another article, its date in brackets: "GRDP 6 tháng đầu năm 2023
            # tăng 5,32% so với cùng kỳ (30/06/2023)" under "Tin cùng chuyên mục")
            # (nor a site's banner, nor into one: "… lấy lại đà tăng trưởng" over "Quyết tâm thực hiện thắng
            # lợi Nghị quyết Đại hội …", two full lines of a block of web furniture)
            if (
                runs_on
                and not _OPENS_ITEM.match(following)
                and not is_site_banner(following)
                and not is_site_banner(line)
                and line.strip()
                and not _A_LINKS_DATE.search(line)
            ):
                out.append(" ")
            else:
                out.append("\n")
        out.append("\n")
        i = max(j, i + 1)
    return "".join(out)[:-1]


def clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(normalise_text(title).split())
    return title[:MAX_TITLE_CHARS].rstrip() or None


def first_line_title(text: str, *, markdown: bool = False) -> str | None:
    for line in text.split("\n"):
        if markdown:
            line = line.lstrip("#")
        if line.strip():
            return clean_title(line)
    return None


# Producers' placeholders, not titles: "Microsoft Word - bao cao.doc", "untitled", "Document1".
_PLACEHOLDER_TITLE = re.compile(
    r"microsoft (word|powerpoint) - .*|untitled.*|document\d*|.*\.(docx?|pdf|odt|rtf)", re.IGNORECASE
)


def metadata_title(title: object) -> str | None:
    if not isinstance(title, str) or _PLACEHOLDER_TITLE.fullmatch(title.strip()):
        return None
    return clean_title(title)


def finish(
    name: str, raw_text: str, title: str | None, *, empty_reason: str, markdown: bool = False
) -> ReadResult:
    """A reader's text normalised and checked (empty, mojibake), titled from its first line if need be."""
    text = normalise_text(raw_text)
    if not text.strip():
        raise DocumentError(name, empty_reason)
    if reason := mojibake_reason(text):
        raise DocumentError(name, reason)
    return ReadResult(text=text, title=title or first_line_title(text, markdown=markdown))


def read_text(data: bytes, name: str, *, markdown: bool) -> ReadResult:
    """A .txt or .md file; a Markdown title loses its leading '#'."""
    text = decode_text(data, name)
    return finish(name, text, None, empty_reason="is empty (whitespace only)", markdown=markdown)
