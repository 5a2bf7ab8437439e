"""Word documents (.docx): the zip is checked against its bounds before python-docx inflates any of it."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from etl.readers.common import (
    DocumentError,
    ReadResult,
    check_extracted,
    describe,
    quiet_libraries,
    size_text,
)
from etl.readers.text import finish, metadata_title

MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024  # sum of the zip members' declared sizes (media included)
MAX_DOCX_MEMBERS = 10_000
# The XML python-docx parses and walks: ~1 s of CPU and ~17 MB of memory per MB in the worst shape (a
# paragraph per few bytes), so a DOCX of 99 MB of XML took 251 s and 1.8 GB; 10 MiB is ~500 pages of
# dense text and costs at most ~11 s and ~300 MB.
MAX_DOCX_XML = 10 * 1024 * 1024

_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_docx_zip(data: bytes, name: str) -> None:
    """Refuse what is not a sane Word zip before python-docx inflates any of it."""
    if data.startswith(_OLE2_MAGIC):
        raise DocumentError(name, "is an OLE2 file (an old .doc or a password-protected DOCX), not a DOCX")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    # (a damaged header may claim a zip version zipfile cannot read: "zip file version 6.4")
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        EOFError,
        OSError,
        NotImplementedError,
    ) as exc:
        raise DocumentError(name, f"is not a valid DOCX (corrupt or truncated zip: {describe(exc)})") from exc
    if len(members) > MAX_DOCX_MEMBERS:
        raise DocumentError(
            name, f"has {len(members):,} zip members, more than the {MAX_DOCX_MEMBERS:,} limit"
        )
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_DOCX_UNCOMPRESSED:
        raise DocumentError(
            name,
            f"would unpack to {size_text(unpacked)}, more than the {size_text(MAX_DOCX_UNCOMPRESSED)} limit "
            "(zip bomb?); refusing to open it",
        )
    xml = sum(m.file_size for m in members if m.filename.lower().endswith((".xml", ".rels")))
    if xml > MAX_DOCX_XML:
        raise DocumentError(
            name,
            f"holds {size_text(xml)} of XML, more than the {size_text(MAX_DOCX_XML)} limit for a DOCX; "
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


def read_docx(data: bytes, name: str) -> ReadResult:
    _check_docx_zip(data, name)
    import docx

    try:
        with quiet_libraries():
            document = docx.Document(io.BytesIO(data))
            text = "\n\n".join(_docx_blocks(document))
            check_extracted(len(text), name)
            title = metadata_title(document.core_properties.title)
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError(name, "DOCX tables are nested too deeply to read") from exc
    except Exception as exc:  # the format boundary: zip, XML and python-docx errors alike
        raise DocumentError(name, f"cannot be read as DOCX ({describe(exc)})") from exc
    return finish(name, text, title, empty_reason="contains no text")
