"""Saved web pages (.html, .htm): decoded by their declared charset; trafilatura keeps the article's text."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator

from etl.readers.common import DocumentError, ReadResult, check_extracted, describe, quiet_libraries
from etl.readers.encodings import UTF16_BOMS, binary_reason, decode_text, undecodable_reason
from etl.readers.text import clean_title, finish

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9._:-]+)""", re.IGNORECASE)
# Ads and cookie notices that trafilatura keeps when a page has little else; whole class/id tokens only,
# so "header" or "download" never match. "quang-cao"/"qc" are Vietnamese sites' names for ads.
_CHROME_TOKENS = ("ad", "ads", "adsbygoogle", "advert", "advertisement", "quang-cao", "quangcao", "qc")
_CHROME_TOKENS += ("cookie", "cookies", "cookie-banner", "cookie-consent", "cookie-notice", "gdpr")
_CHROME_PREFIXES = ("ad-", "ads-", "advert", "quang-cao", "qc-", "cookie")
_PRUNE_XPATH = "//*[{}]".format(
    " or ".join(
        [
            f"contains(concat(' ', normalize-space(@{a}), ' '), ' {t} ')"
            for a in ("class", "id")
            for t in _CHROME_TOKENS
        ]
        + [f"starts-with(normalize-space(@{a}), '{p}')" for a in ("class", "id") for p in _CHROME_PREFIXES]
    )
)
# The WHATWG encodings Python has: a page may not name a codec such as "base64" or "undefined".
_WEB_CHARSETS = frozenset(
    codecs.lookup(label).name
    for label in (
        "utf-8", "cp1258", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
        "cp874", "cp866", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7",
        "iso8859-8", "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "koi8-r",
        "koi8-u", "mac-roman", "mac-cyrillic", "gbk", "gb18030", "big5", "euc-jp", "iso2022-jp",
        "shift_jis", "euc-kr",
    )
)  # fmt: skip


def _declared_charset(data: bytes) -> str | None:
    """The codec named by the page's <meta charset> or XML declaration, if Python knows it."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    # As browsers do: Latin-1/ASCII labels mean Windows-1252; a UTF-16 label without a BOM means UTF-8.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return codec if codec in _WEB_CHARSETS else None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _decode_html(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF8, *UTF16_BOMS)):
        return decode_text(data, name)
    charset = _declared_charset(data) or "utf-8"
    if charset == "cp1252" and not data.isascii() and _is_utf8(data):
        # A page labelled Latin-1 whose bytes are valid UTF-8 is mislabelled UTF-8 (Latin-1 text almost
        # never forms valid UTF-8 sequences); decoding it as labelled would garble every Vietnamese letter.
        charset = "utf-8"
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        reason = (
            undecodable_reason(data, exc) if charset == "utf-8" else f"is not valid {charset} as it declares"
        )
        raise DocumentError(name, reason) from exc
    if reason := binary_reason(text):
        raise DocumentError(name, reason)
    return text


def _inline_text(element) -> str:
    """Text of one extracted block; <lb/> becomes a line break."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _html_blocks(body) -> Iterator[str]:
    """trafilatura's XML body as text blocks: one per paragraph/heading, lists and tables line by line."""
    for block in body:
        if block.tag == "list":
            lines = [_inline_text(item).strip() for item in block.iter("item")]
        elif block.tag == "table":
            lines = [
                " | ".join(" ".join(_inline_text(cell).split()) for cell in row.iter("cell"))
                for row in block.iter("row")
            ]
        else:
            lines = [_inline_text(block).strip()]
        text = "\n".join(line for line in lines if line.strip())
        if text:
            yield text


def read_html(data: bytes, name: str) -> ReadResult:
    # NFC first, so trafilatura's length heuristics see a Windows-1258 page as they see its UTF-8 twin.
    html = unicodedata.normalize("NFC", _decode_html(data, name))
    if not html.strip():
        raise DocumentError(name, "is empty")
    import trafilatura

    try:
        with quiet_libraries():
            document = trafilatura.bare_extraction(
                html,
                favor_precision=True,  # a stray menu line would be read as a figure's context
                include_comments=False,
                include_tables=True,  # official figures are often tabulated
                include_images=False,
                include_links=False,
                with_metadata=True,
                prune_xpath=_PRUNE_XPATH,
            )
            body = getattr(document, "body", None)
            text = "\n\n".join(_html_blocks(body)) if body is not None else ""
            check_extracted(len(text), name)
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError(name, "HTML is nested too deeply to read") from exc
    except Exception as exc:  # the format boundary: nothing from lxml/trafilatura gets through raw
        raise DocumentError(name, f"cannot be read as HTML ({describe(exc)})") from exc
    title = clean_title(getattr(document, "title", None))
    return finish(name, text, title, empty_reason="no article text found")
