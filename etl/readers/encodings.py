"""Bytes to text for the text formats, refusing what is binary, in a legacy Vietnamese encoding or garbled."""

from __future__ import annotations

import codecs
import re

from etl.readers.common import DocumentError

LEGACY_VIETNAMESE = "looks like a legacy Vietnamese encoding (TCVN3/VNI/CP1258); convert it to UTF-8"

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


def binary_reason(text: str) -> str | None:
    """Why decoded text is really binary data, or None."""
    if "\x00" in text:
        return "looks binary (contains NUL bytes)"
    sample = text[:_SAMPLE]
    if len(_CONTROL_CHARS.findall(sample)) > 0.02 * len(sample):
        return "looks binary (too many control characters)"
    return None


def _count(data: bytes, members: bytes) -> int:
    return len(data) - len(data.translate(None, members))


def undecodable_reason(data: bytes, error: UnicodeDecodeError) -> str:
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


def mojibake_reason(text: str) -> str | None:
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


UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with its BOM; anything else refused with the reason."""
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        raise DocumentError(name, "is UTF-32 encoded; save it as UTF-8")
    if data.startswith(UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(name, "has a UTF-16 byte order mark but is not valid UTF-16") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DocumentError(name, undecodable_reason(data, exc)) from exc
    if reason := binary_reason(text):
        raise DocumentError(name, reason)
    return text
