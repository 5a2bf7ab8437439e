"""PDF documents: the text layer, within bounds on pages and on the decoded content pypdf parses."""

from __future__ import annotations

import io
import re
from collections import Counter

from etl.readers.common import (
    DocumentError,
    ReadResult,
    check_extracted,
    describe,
    quiet_libraries,
    size_text,
)
from etl.readers.text import finish, metadata_title

MAX_PDF_PAGES = 2000
# Decoded content pypdf parses for text: ~0.6 MB/s for a page of text operators. A page's content counts
# its content streams and the form XObjects it draws; a stream several pages share is decoded once to be
# measured, and a page identical to an earlier one (same streams, resources and rotation) reuses its text
# instead of being parsed again, so it costs nothing more. Everything else is charged each time it is
# parsed, so a 10 KB file whose pages all parse one big stream cannot make the reader work for minutes.
MAX_PDF_PAGE_CONTENT = 4 * 1024 * 1024
MAX_PDF_CONTENT = 16 * 1024 * 1024
MAX_PDF_FORM_INVOCATIONS = 64  # form XObjects drawn per page (pypdf's own default is 5,000)

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
                f"pages 1-{number} already hold more than {size_text(MAX_PDF_CONTENT)} of decoded content "
                f"to parse, the limit per PDF; refusing to read it (split the document)",
            )

    def _check_page(self, number: int, content: int) -> None:
        if content > MAX_PDF_PAGE_CONTENT:
            raise DocumentError(
                self.name,
                f"page {number} holds more than {size_text(MAX_PDF_PAGE_CONTENT)} of decoded content, "
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
            raise DocumentError(name, f"page {number} cannot be read ({describe(exc)})") from exc
        keys.append(key)
    texts, done, chars = [], {}, 0
    for number, (page, key) in enumerate(zip(reader.pages, keys, strict=True), start=1):
        if key not in done:
            try:
                done[key] = page.extract_text() or ""
            except Exception as exc:
                raise DocumentError(name, f"page {number} cannot be read ({describe(exc)})") from exc
        texts.append(done[key])
        chars += len(done[key])
        check_extracted(chars, name, f" (by page {number})")
    return texts


def read_pdf(data: bytes, name: str) -> ReadResult:
    if b"%PDF-" not in data[:1024]:
        raise DocumentError(name, "is not a PDF (no %PDF- header)")
    import pypdf

    try:
        with (
            quiet_libraries(),
            pypdf.apply_configuration(xform_maximum_invocations_per_extraction=MAX_PDF_FORM_INVOCATIONS),
        ):
            reader = _open_pdf(data, name)
            pages = len(reader.pages)
            if pages > MAX_PDF_PAGES:
                raise DocumentError(name, f"has {pages:,} pages, more than the {MAX_PDF_PAGES:,} limit")
            texts = _pdf_texts(reader, name)
            try:
                title = metadata_title(reader.metadata.title if reader.metadata else None)
            except Exception:  # a broken Info dictionary costs the title, not the document
                title = None
    except DocumentError:
        raise
    except RecursionError as exc:
        raise DocumentError(name, "PDF objects are nested too deeply to read") from exc
    except Exception as exc:  # the format boundary: pypdf raises many kinds on broken files
        raise DocumentError(name, f"is a broken PDF ({describe(exc)})") from exc
    text = "\n\n".join(t.strip("\n") for t in texts if t.strip())
    return finish(name, text, title, empty_reason=NO_TEXT_LAYER)
