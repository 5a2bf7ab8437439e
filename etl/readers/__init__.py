"""Turn a source document (.txt, .md, .html, .docx, .pdf) into clean Unicode text, or say why not.

Every failure ends in `DocumentError` naming the file and the reason in one line: bad input never
escapes as a library traceback. trafilatura, python-docx and pypdf are imported only by the reader
that needs them, so importing this package stays cheap.

This module is the entry point (the bound on bytes, the reader each suffix names, files opened safely);
one module per job beside it: `common` (the result, the error, the bound on extracted text), `encodings`
(binary, legacy Vietnamese and mojibake refused), `text` (normalisation, titles; .txt and .md), `webpage`
(HTML), `word` (DOCX and its zip/XML bounds) and `pdf` (PDF and its bounds on decoded content).
"""

from __future__ import annotations

import dataclasses
import os
import stat
from collections.abc import Callable
from pathlib import Path

from etl.manifest import sha256_bytes
from etl.readers.common import MAX_EXTRACTED_CHARS, DocumentError, ReadResult, size_text
from etl.readers.encodings import LEGACY_VIETNAMESE
from etl.readers.pdf import (
    MAX_PDF_CONTENT,
    MAX_PDF_FORM_INVOCATIONS,
    MAX_PDF_PAGE_CONTENT,
    MAX_PDF_PAGES,
    NO_TEXT_LAYER,
    read_pdf,
)
from etl.readers.text import MAX_TITLE_CHARS, normalise_text, read_text
from etl.readers.webpage import read_html
from etl.readers.word import MAX_DOCX_MEMBERS, MAX_DOCX_UNCOMPRESSED, MAX_DOCX_XML, read_docx

__all__ = [
    "LEGACY_VIETNAMESE",
    "MAX_BYTES",
    "MAX_DOCX_MEMBERS",
    "MAX_DOCX_UNCOMPRESSED",
    "MAX_DOCX_XML",
    "MAX_EXTRACTED_CHARS",
    "MAX_PDF_CONTENT",
    "MAX_PDF_FORM_INVOCATIONS",
    "MAX_PDF_PAGES",
    "MAX_PDF_PAGE_CONTENT",
    "MAX_TITLE_CHARS",
    "NO_TEXT_LAYER",
    "SUPPORTED_SUFFIXES",
    "DocumentError",
    "ReadResult",
    "normalise_text",
    "read_bytes",
    "read_document",
]

MAX_BYTES = 50 * 1024 * 1024  # any file, any format

_READERS: dict[str, Callable[[bytes, str], ReadResult]] = {
    ".txt": lambda data, name: read_text(data, name, markdown=False),
    ".md": lambda data, name: read_text(data, name, markdown=True),
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".pdf": read_pdf,
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_READERS)


def _reader_for(suffix: str, name: str) -> Callable[[bytes, str], ReadResult]:
    key = suffix.lower() if suffix.startswith(".") else f".{suffix.lower()}"
    if key not in _READERS:
        shown = repr(suffix) if suffix else "(no suffix)"
        raise DocumentError(
            name, f"unsupported file type {shown}; supported: {', '.join(SUPPORTED_SUFFIXES)}"
        )
    return _READERS[key]


def _check_size(n: int, name: str) -> None:
    if n > MAX_BYTES:
        raise DocumentError(
            name, f"is too large ({n:,} bytes); the limit is {MAX_BYTES:,} bytes ({size_text(MAX_BYTES)})"
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
