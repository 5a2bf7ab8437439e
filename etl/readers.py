"""Turn a source document (.txt, .md, .html, .docx, .pdf) into clean Unicode text, or say why not.

Every failure ends in `DocumentError` naming the file and the reason in one line: bad input never
escapes as a library traceback. trafilatura, python-docx and pypdf are imported only by the reader
that needs them, so importing this module stays cheap.

One module for the five formats (about 700 lines): they share the limits on bytes, decoded content and
extracted text, the legacy-encoding and mojibake checks, and the one error type; each reader is a short
function, most of the length is the PDF budget that measures content before pypdf parses it.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import io
import logging
import os
import re
import stat
import unicodedata
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.manifest import sha256_bytes

MAX_BYTES = 50 * 1024 * 1024  # any file, any format
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024  # sum of the zip members' declared sizes (media included)
MAX_DOCX_MEMBERS = 10_000
# The XML python-docx parses and walks: ~1 s of CPU and ~17 MB of memory per MB in the worst shape (a
# paragraph per few bytes), so a DOCX of 99 MB of XML took 251 s and 1.8 GB; 10 MiB is ~500 pages of
# dense text and costs at most ~11 s and ~300 MB.
MAX_DOCX_XML = 10 * 1024 * 1024
MAX_PDF_PAGES = 2000
# Decoded content pypdf parses for text: ~0.6 MB/s for a page of text operators. A page's content counts
# its content streams and the form XObjects it draws; a stream several pages share is decoded once to be
# measured, and a page identical to an earlier one (same streams, resources and rotation) reuses its text
# instead of being parsed again, so it costs nothing more. Everything else is charged each time it is
# parsed, so a 10 KB file whose pages all parse one big stream cannot make the reader work for minutes.
MAX_PDF_PAGE_CONTENT = 4 * 1024 * 1024
MAX_PDF_CONTENT = 16 * 1024 * 1024
MAX_PDF_FORM_INVOCATIONS = 64  # form XObjects drawn per page (pypdf's own default is 5,000)
# Text a DOCX, PDF or HTML file may expand to (a plain-text file is bounded by MAX_BYTES already).
MAX_EXTRACTED_CHARS = 20_000_000
MAX_TITLE_CHARS = 200

LEGACY_VIETNAMESE = "looks like a legacy Vietnamese encoding (TCVN3/VNI/CP1258); convert it to UTF-8"


class DocumentError(Exception):
    """A document cannot be read; str(exc) names the file and says why, in one line."""

    def __init__(self, name: str, reason: str):
        # File names are data: control characters would break the one-line message or drive a terminal.
        name = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in str(name))
        self.name = name
        self.reason = _one_line(reason)
        super().__init__(f"{name}: {self.reason}")

    def __reduce__(self):
        return (type(self), (self.name, self.reason))


@dataclass(frozen=True)
class ReadResult:
    text: str
    title: str | None
    sha256: str | None = None  # of the bytes read, when read from a file (read_document)


# --- Normalisation ---------------------------------------------------------------------------------

# NBSP, figure space, thin space, hair space, narrow NBSP: all read as an ordinary space.
_SPACE_LIKE = "\u00a0\u2007\u2009\u200a\u202f"
_EXCESS_BLANK_LINES = re.compile(r"\n{4,}")


def normalise_text(text: str) -> str:
    """NFC, no BOM, LF line ends, plain spaces, no trailing spaces, at most two blank lines in a row."""
    # U+FEFF goes before NFC: removed later it could leave a letter and a combining mark uncomposed.
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for space in _SPACE_LIKE:  # str.replace, not str.translate: ten times faster on Vietnamese text
        text = text.replace(space, " ")
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    return _EXCESS_BLANK_LINES.sub("\n\n\n", text)


def _one_line(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= 300 else message[:299] + "…"


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(normalise_text(title).split())
    return title[:MAX_TITLE_CHARS].rstrip() or None


def _first_line_title(text: str, *, markdown: bool = False) -> str | None:
    for line in text.split("\n"):
        if markdown:
            line = line.lstrip("#")
        if line.strip():
            return _clean_title(line)
    return None


# Producers' placeholders, not titles: "Microsoft Word - bao cao.doc", "untitled", "Document1".
_PLACEHOLDER_TITLE = re.compile(
    r"microsoft (word|powerpoint) - .*|untitled.*|document\d*|.*\.(docx?|pdf|odt|rtf)", re.IGNORECASE
)


def _metadata_title(title: object) -> str | None:
    if not isinstance(title, str) or _PLACEHOLDER_TITLE.fullmatch(title.strip()):
        return None
    return _clean_title(title)


# --- Encodings: binary, legacy Vietnamese, mojibake ----------------------------------------------

_SAMPLE = 200_000  # bytes or characters: enough to judge an encoding, cheap on a 50 MB file
_SPACE_BYTES = b" \t\n\r\f\v"
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_HIGH_BYTES = bytes(range(0x80, 0x100))
_WORD_BYTES = _ASCII_LETTERS + _HIGH_BYTES
# Characters a Windows-1252 view shows for bytes 0x80-0xFF, less the typography a real UTF-8 text uses.
_CP1252_HIGH = frozenset(bytes(range(0x80, 0x100)).decode("cp1252", errors="ignore")) - set(
    "\u00a0‘’‚“”„–—…•€"
)
_ODD_CHAR = re.compile("[{}]".format(re.escape("".join(sorted(_CP1252_HIGH)))))
_LETTER = re.compile(r"[^\W\d_]")
_VIETNAMESE_ONLY = re.compile("[ăđơưĩũĂĐƠƯĨŨ\u1ea0-\u1ef9]")
# From a word's first Vietnamese-only letter to its end: one match per word that has one.
_VIETNAMESE_WORD = re.compile(_VIETNAMESE_ONLY.pattern + r"\S*")
_LEGACY_TOKEN_SHARE = 0.4  # Vietnamese prose has a diacritic in ~90% of its syllables
_VIETNAMESE_TOKEN_SHARE = 0.05


def _binary_reason(text: str) -> str | None:
    """Why decoded text is really binary data, or None."""
    if "\x00" in text:
        return "looks binary (contains NUL bytes)"
    sample = text[:_SAMPLE]
    if len(_CONTROL_CHARS.findall(sample)) > 0.02 * len(sample):
        return "looks binary (too many control characters)"
    return None


def _count(data: bytes, members: bytes) -> int:
    return len(data) - len(data.translate(None, members))


def _undecodable_reason(data: bytes, error: UnicodeDecodeError) -> str:
    """Why bytes that are not UTF-8 cannot be read: binary, a legacy Vietnamese encoding, or neither."""
    if b"\x00" in data:
        return "looks binary (contains NUL bytes)"
    sample = data[:_SAMPLE]
    nonspace = len(sample) - _count(sample, _SPACE_BYTES)
    words = [t for t in sample.split() if _count(t, _WORD_BYTES)]
    high_words = sum(1 for t in words if _count(t, _HIGH_BYTES))
    if _count(sample, _CONTROL_BYTES) > 0.02 * nonspace:
        return "looks binary (too many control characters)"
    # Legacy Vietnamese keeps ASCII base letters and spends one high byte per diacritic.
    if (
        _count(sample, _ASCII_LETTERS) >= 0.5 * nonspace
        and high_words >= _LEGACY_TOKEN_SHARE * len(words) > 0
    ):
        return LEGACY_VIETNAMESE
    if _count(sample, _HIGH_BYTES) > 0.3 * nonspace:
        return "looks binary (mostly non-text bytes)"
    bad = error.object[error.start]
    return f"is not valid UTF-8 (byte 0x{bad:02X} at offset {error.start}); save it as UTF-8"


def _undo_cp1252(text: str) -> str | None:
    """The text a UTF-8 file held if it was wrongly decoded as Windows-1252, or None."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))  # bytes 0x81, 0x8D, ... that cp1252 leaves undefined
    for cut in range(4):  # a sample may end inside a multi-byte sequence
        try:
            return out[: len(out) - cut].decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None


def _mojibake_reason(text: str) -> str | None:
    """Why decoded text is garbled Vietnamese (legacy font encoding or double-decoded UTF-8), or None."""
    sample = text[:_SAMPLE]
    if not _ODD_CHAR.search(sample):
        return None  # decided in one scan: no word can look garbled
    tokens = sample.split()
    if len(_VIETNAMESE_WORD.findall(sample)) >= _VIETNAMESE_TOKEN_SHARE * len(tokens):
        return None  # real Vietnamese, the usual case, decided without a Python loop over the words
    words = [t for t in tokens if _LETTER.search(t)]
    if not words:
        return None
    odd = sum(1 for t in words if _ODD_CHAR.search(t))
    vietnamese = sum(1 for t in words if _VIETNAMESE_ONLY.search(t))
    if odd < _LEGACY_TOKEN_SHARE * len(words) or vietnamese >= _VIETNAMESE_TOKEN_SHARE * len(words):
        return None
    repaired = _undo_cp1252(sample)
    if repaired is not None and _VIETNAMESE_ONLY.search(repaired):
        return "looks like mojibake (UTF-8 text that was decoded as Windows-1252 and saved again)"
    return LEGACY_VIETNAMESE.replace("convert it to UTF-8", "convert it to Unicode (UTF-8)")


def _finish(
    name: str, raw_text: str, title: str | None, *, empty_reason: str, markdown: bool = False
) -> ReadResult:
    text = normalise_text(raw_text)
    if not text.strip():
        raise DocumentError(name, empty_reason)
    if reason := _mojibake_reason(text):
        raise DocumentError(name, reason)
    return ReadResult(text=text, title=title or _first_line_title(text, markdown=markdown))


# --- Plain text ------------------------------------------------------------------------------------

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _decode_text(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        raise DocumentError(name, "is UTF-32 encoded; save it as UTF-8")
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(name, "has a UTF-16 byte order mark but is not valid UTF-16") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(name, _undecodable_reason(data, exc)) from exc
    if reason := _binary_reason(text):
        raise DocumentError(name, reason)
    return text


def _read_text(data: bytes, name: str, *, markdown: bool) -> ReadResult:
    text = _decode_text(data, name)
    return _finish(name, text, None, empty_reason="is empty (whitespace only)", markdown=markdown)


# --- HTML ------------------------------------------------------------------------------------------

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
_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability", "pypdf")


@contextlib.contextmanager
def _quiet_libraries() -> Iterator[None]:
    """Silence the libraries' own warnings: a problem they cannot recover from becomes a DocumentError."""
    loggers = [logging.getLogger(n) for n in _QUIET_LOGGERS]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


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
    if data.startswith((codecs.BOM_UTF8, *_UTF16_BOMS)):
        return _decode_text(data, name)
    charset = _declared_charset(data) or "utf-8"
    if charset == "cp1252" and not data.isascii() and _is_utf8(data):
        # A page labelled Latin-1 whose bytes are valid UTF-8 is mislabelled UTF-8 (Latin-1 text almost
        # never forms valid UTF-8 sequences); decoding it as labelled would garble every Vietnamese letter.
        charset = "utf-8"
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        reason = (
            _undecodable_reason(data, exc) if charset == "utf-8" else f"is not valid {charset} as it declares"
        )
        raise DocumentError(name, reason) from exc
    if reason := _binary_reason(text):
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


def _read_html(data: bytes, name: str) -> ReadResult:
    # NFC first, so trafilatura's length heuristics see a Windows-1258 page as they see its UTF-8 twin.
    html = unicodedata.normalize("NFC", _decode_html(data, name))
    if not html.strip():
        raise DocumentError(name, "is empty")
    import trafilatura

    try:
        with _quiet_libraries():
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
            _check_extracted(len(text), name)
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError(name, "HTML is nested too deeply to read") from exc
    except Exception as exc:  # the format boundary: nothing from lxml/trafilatura gets through raw
        raise DocumentError(name, f"cannot be read as HTML ({_describe(exc)})") from exc
    title = _clean_title(getattr(document, "title", None))
    return _finish(name, text, title, empty_reason="no article text found")


# --- DOCX ------------------------------------------------------------------------------------------

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_docx_zip(data: bytes, name: str) -> None:
    """Refuse what is not a sane Word zip before python-docx inflates any of it."""
    if data.startswith(_OLE2_MAGIC):
        raise DocumentError(name, "is an OLE2 file (an old .doc or a password-protected DOCX), not a DOCX")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        raise DocumentError(
            name, f"is not a valid DOCX (corrupt or truncated zip: {_describe(exc)})"
        ) from exc
    if len(members) > MAX_DOCX_MEMBERS:
        raise DocumentError(
            name, f"has {len(members):,} zip members, more than the {MAX_DOCX_MEMBERS:,} limit"
        )
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_DOCX_UNCOMPRESSED:
        raise DocumentError(
            name,
            f"would unpack to {_size(unpacked)}, more than the {_size(MAX_DOCX_UNCOMPRESSED)} limit "
            "(zip bomb?); refusing to open it",
        )
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    if xml > MAX_DOCX_XML:
        raise DocumentError(
            name,
            f"holds {_size(xml)} of XML, more than the {_size(MAX_DOCX_XML)} limit for a DOCX; "
            "refusing to parse it (split the document, or save it as PDF)",
        )
    if not any(m.filename == "[Content_Types].xml" for m in members):
        raise DocumentError(name, "is a zip file but not a Word document (no [Content_Types].xml)")


def _docx_blocks(container) -> Iterator[str]:
    """Paragraphs and tables in document order; a table row is one line, its cells joined by ' | '."""
    from docx.table import Table

    for item in container.iter_inner_content():
        if isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if cell._tc in seen:  # a merged cell appears once per grid column it spans
                        continue
                    seen.add(cell._tc)
                    cells.append(" ".join(" ".join(_docx_blocks(cell)).split()))
                if any(cells):
                    rows.append(" | ".join(cells))
            if rows:
                yield "\n".join(rows)
        elif item.text.strip():
            yield item.text


def _read_docx(data: bytes, name: str) -> ReadResult:
    _check_docx_zip(data, name)
    import docx

    try:
        with _quiet_libraries():
            document = docx.Document(io.BytesIO(data))
            text = "\n\n".join(_docx_blocks(document))
            _check_extracted(len(text), name)
            title = _metadata_title(document.core_properties.title)
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError(name, "DOCX tables are nested too deeply to read") from exc
    except Exception as exc:  # the format boundary: zip, XML and python-docx errors alike
        raise DocumentError(name, f"cannot be read as DOCX ({_describe(exc)})") from exc
    return _finish(name, text, title, empty_reason="contains no text")


# --- PDF -------------------------------------------------------------------------------------------

NO_TEXT_LAYER = "no text layer — scanned PDF? OCR is not supported"


def _open_pdf(data: bytes, name: str):
    import pypdf
    from pypdf.errors import DependencyError

    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            # Many PDFs are encrypted only to restrict copying: the empty user password opens them.
            opened = reader.decrypt("")
        except DependencyError as exc:
            raise DocumentError(
                name, "is encrypted with AES; reading it needs the 'cryptography' package"
            ) from exc
        if opened == pypdf.PasswordType.NOT_DECRYPTED:
            raise DocumentError(name, "is encrypted (password-protected)")
    return reader


_PDF_DRAW = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do(?![^\s/\[\]()<>{}%])")


class _PdfBudget:
    """What text extraction may parse: decoded content per page and per document (see MAX_PDF_*).

    Streams are decoded once to be measured (their sizes are remembered by object), the measuring stops
    as soon as a limit is passed, and nothing is parsed before every page has been measured: a document
    over a limit is refused after decoding at most MAX_PDF_CONTENT plus one stream.
    """

    def __init__(self, name: str):
        self.name = name
        self.sizes: dict[object, int] = {}
        self.total = 0

    def _size(self, ref) -> int:
        key = (ref.idnum, ref.generation) if hasattr(ref, "idnum") else id(ref)
        if key not in self.sizes:
            stream = ref.get_object()
            get_data = getattr(stream, "get_data", None)
            self.sizes[key] = len(get_data()) if get_data else 0
        return self.sizes[key]

    def _refs(self, contents) -> list:
        resolved = contents.get_object() if contents is not None else None
        if resolved is None:
            return []
        return list(resolved) if isinstance(resolved, list) else [contents]

    def page_key(self, page) -> tuple:
        """Pages with equal keys give equal text: the same content streams, resources and rotation."""
        refs = self._refs(page.get("/Contents"))
        streams = tuple((r.idnum, r.generation) if hasattr(r, "idnum") else id(r) for r in refs)
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else None
        return streams, id(resources), page.get("/Rotate", 0)

    def charge(self, number: int, page) -> None:
        """Count a page that will be parsed; DocumentError once a limit is passed."""
        content = 0
        draws: Counter = Counter()  # form name -> how often the page draws it ("/Fm1 Do")
        for ref in self._refs(page.get("/Contents")):
            content += self._size(ref)
            self._check_page(number, content)
            stream = ref.get_object()
            if hasattr(stream, "get_data"):
                draws.update(m.group(1).decode("latin-1") for m in _PDF_DRAW.finditer(stream.get_data()))
        resources = page.get("/Resources")
        xobjects = (resources.get_object() or {}).get("/XObject") if resources is not None else None
        if xobjects and draws:
            xobjects = xobjects.get_object()
            for name, count in draws.items():
                ref = xobjects.get(f"/{name}")
                if ref is not None and ref.get_object().get("/Subtype") == "/Form":
                    content += self._size(ref) * min(count, MAX_PDF_FORM_INVOCATIONS)
                    self._check_page(number, content)
        self.total += content
        if self.total > MAX_PDF_CONTENT:
            raise DocumentError(
                self.name,
                f"pages 1-{number} already hold more than {_size(MAX_PDF_CONTENT)} of decoded content "
                f"to parse, the limit per PDF; refusing to read it (split the document)",
            )

    def _check_page(self, number: int, content: int) -> None:
        if content > MAX_PDF_PAGE_CONTENT:
            raise DocumentError(
                self.name,
                f"page {number} holds more than {_size(MAX_PDF_PAGE_CONTENT)} of decoded content, "
                "the limit per page; refusing to read it",
            )


def _pdf_texts(reader, name: str) -> list[str]:
    """Each page's text, within the limits: measured first, then parsed, identical pages reused."""
    budget = _PdfBudget(name)
    keys, parse = [], {}
    for number, page in enumerate(reader.pages, start=1):
        try:
            key = budget.page_key(page)
            if key not in parse:
                budget.charge(number, page)
                parse[key] = number
        except DocumentError:
            raise
        except Exception as exc:
            raise DocumentError(name, f"page {number} cannot be read ({_describe(exc)})") from exc
        keys.append(key)
    texts, done, chars = [], {}, 0
    for number, (page, key) in enumerate(zip(reader.pages, keys, strict=True), start=1):
        if key not in done:
            try:
                done[key] = page.extract_text() or ""
            except Exception as exc:
                raise DocumentError(name, f"page {number} cannot be read ({_describe(exc)})") from exc
        texts.append(done[key])
        chars += len(done[key])
        _check_extracted(chars, name, f" (by page {number})")
    return texts


def _read_pdf(data: bytes, name: str) -> ReadResult:
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(name, "is not a PDF (no %PDF- header)")
    import pypdf

    try:
        with (
            _quiet_libraries(),
            pypdf.apply_configuration(xform_maximum_invocations_per_extraction=MAX_PDF_FORM_INVOCATIONS),
        ):
            reader = _open_pdf(data, name)
            pages = len(reader.pages)
            if pages > MAX_PDF_PAGES:
                raise DocumentError(name, f"has {pages:,} pages, more than the {MAX_PDF_PAGES:,} limit")
            texts = _pdf_texts(reader, name)
            try:
                title = _metadata_title(reader.metadata.title if reader.metadata else None)
            except Exception:  # a broken Info dictionary costs the title, not the document
                title = None
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError(name, "PDF objects are nested too deeply to read") from exc
    except Exception as exc:  # the format boundary: pypdf raises many kinds on broken files
        raise DocumentError(name, f"is a broken PDF ({_describe(exc)})") from exc
    text = "\n\n".join(t.strip("\n") for t in texts if t.strip())
    return _finish(name, text, title, empty_reason=NO_TEXT_LAYER)


# --- Entry points ----------------------------------------------------------------------------------

_READERS: dict[str, Callable[[bytes, str], ReadResult]] = {
    ".txt": lambda data, name: _read_text(data, name, markdown=False),
    ".md": lambda data, name: _read_text(data, name, markdown=True),
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_READERS)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"


def _describe(exc: BaseException) -> str:
    detail = str(exc).strip()
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def _reader_for(suffix: str, name: str) -> Callable[[bytes, str], ReadResult]:
    key = suffix.lower() if suffix.startswith(".") else f".{suffix.lower()}"
    if key not in _READERS:
        shown = repr(suffix) if suffix else "(no suffix)"
        raise DocumentError(
            name, f"unsupported file type {shown}; supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    return _READERS[key]


def _check_extracted(chars: int, name: str, where: str = "") -> None:
    if chars > MAX_EXTRACTED_CHARS:
        raise DocumentError(
            name,
            f"expands to more than {MAX_EXTRACTED_CHARS:,} characters of text{where}, the limit; "
            "refusing to read it",
        )


def _check_size(n: int, name: str) -> None:
    if n > MAX_BYTES:
        raise DocumentError(
            name, f"is too large ({n:,} bytes); the limit is {MAX_BYTES:,} bytes ({_size(MAX_BYTES)})"
        )


def read_bytes(data: bytes, suffix: str, name: str = "<document>") -> ReadResult:
    """Read a document held in memory, its format given by `suffix` (e.g. '.pdf')."""
    reader = _reader_for(suffix, name)
    _check_size(len(data), name)
    if not data:
        raise DocumentError(name, "is empty")
    return reader(bytes(data), name)


def read_document(path: Path) -> ReadResult:
    """Read a regular file (never through a symlink) with the reader its suffix names."""
    path = Path(path)
    name = str(path)
    _reader_for(path.suffix, name)
    try:
        info = os.lstat(path)
    except FileNotFoundError as exc:
        raise DocumentError(name, "does not exist") from exc
    except OSError as exc:
        raise DocumentError(name, f"cannot be read ({exc.strerror or exc})") from exc
    if stat.S_ISLNK(info.st_mode):
        raise DocumentError(name, "is a symbolic link; refusing to follow it")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(name, "is not a regular file")
    _check_size(info.st_size, name)
    # O_NOFOLLOW/O_NONBLOCK: if the path is swapped for a symlink or a FIFO after lstat, fail, don't hang.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise DocumentError(name, "is not a regular file")
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DocumentError(name, f"cannot be read ({exc.strerror or exc})") from exc
    # The hash of the bytes this read, not of an earlier look at the file: it may have changed since.
    return dataclasses.replace(read_bytes(data, path.suffix, name), sha256=sha256_bytes(data))
