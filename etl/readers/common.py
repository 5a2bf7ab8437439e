"""What every format's reader shares: the result, the one error, the bound on extracted text, and the
libraries kept quiet."""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

# Text a DOCX, PDF or HTML file may expand to (a plain-text file is bounded by MAX_BYTES already).
MAX_EXTRACTED_CHARS = 20_000_000


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


def _one_line(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= 300 else message[:299] + "…"


def size_text(n: int) -> str:
    """A size as the messages give it: MiB from one MiB up, else bytes."""
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"


def describe(exc: BaseException) -> str:
    """A library's exception in one phrase, for the reason a document is refused."""
    detail = str(exc).strip()
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def check_extracted(chars: int, name: str, where: str = "") -> None:
    """DocumentError once a document's extracted text passes MAX_EXTRACTED_CHARS."""
    if chars > MAX_EXTRACTED_CHARS:
        raise DocumentError(
            name,
            f"expands to more than {MAX_EXTRACTED_CHARS:,} characters of text{where}, the limit; "
            "refusing to read it",
        )


_QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability", "pypdf")


@contextlib.contextmanager
def quiet_libraries() -> Iterator[None]:
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
