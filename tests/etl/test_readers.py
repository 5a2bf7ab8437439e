"""etl.readers: every fixture is built here, in memory or in tmp_path; nothing binary is committed."""

from __future__ import annotations

import codecs
import functools
import hashlib
import io
import logging
import os
import pickle
import random
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import readers
from etl.readers import (
    LEGACY_VIETNAMESE,
    NO_TEXT_LAYER,
    SUPPORTED_SUFFIXES,
    DocumentError,
    ReadResult,
    normalise_text,
    read_bytes,
    read_document,
)

GRDP = (
    "Tốc độ tăng trưởng kinh tế bình quân (GRDP) giai đoạn 2021-2022 đạt 6,95%, "
    "cao hơn 1,5% so với bình quân giai đoạn 2015-2020."
)
BUDGET = "Thu ngân sách nhà nước trên địa bàn năm 2022 đạt 10.500 tỷ đồng, vượt 15% dự toán được giao."
TRADE = "Tổng kim ngạch xuất nhập khẩu qua các cửa khẩu của tỉnh đạt 4,5 tỷ USD, tăng 20% so với cùng kỳ."
TITLE = "Lạng Sơn: kinh tế tăng trưởng khá"
VIETNAMESE_FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
]

# --- Fixture builders ------------------------------------------------------------------------------

# TCVN3 (ABC) bytes for the lowercase letters the sentences use; uppercase letters here are ASCII.
TCVN3 = {
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9, "ă": 0xA8, "â": 0xA9, "ấ": 0xCA, "ậ": 0xCB,
    "đ": 0xAE, "ê": 0xAA, "ế": 0xD5, "ệ": 0xD6, "ì": 0xD7, "í": 0xDD, "ị": 0xDE, "ô": 0xAB, "ố": 0xE8,
    "ộ": 0xE9, "ồ": 0xE5, "ổ": 0xE6, "ơ": 0xAC, "ớ": 0xED, "ở": 0xEB, "ư": 0xAD,
    "ữ": 0xF7, "ự": 0xF9, "ỷ": 0xFB, "ỳ": 0xFA, "ó": 0xE3, "ọ": 0xE4, "ú": 0xF3, "ụ": 0xF4, "ù": 0xEF,
}  # fmt: skip
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def tcvn3(text: str) -> bytes:
    """Encode lowercase-accented Vietnamese as TCVN3 bytes (the ABC keyboard's .VnTime fonts)."""
    return bytes(TCVN3[ch] if ch in TCVN3 else ord(ch.encode("ascii")) for ch in text)


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258: precomposed base letters, tone marks as separate combining bytes."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        out.append(base + "".join(c for c in parts if c in TONE_MARKS))
    return "".join(out).encode("cp1258")


def mojibake(text: str) -> str:
    """UTF-8 bytes wrongly decoded as Windows-1252 (undefined bytes kept as Latin-1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


# VNI-Windows: an ASCII base letter followed by one byte per diacritic ("Tieáng Vieät").
VNI_SAMPLE = "Toác ñoä taêng tröôûng kinh teá bình quaân giai ñoaïn 2021-2022 ñaït 6,95%".encode("cp1252")


def page_html(article: str, title: str = TITLE, charset: str = "utf-8") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="{charset}">
<title>{title} - Báo Lạng Sơn điện tử</title><meta property="og:title" content="{title}">
<script>var tracking = "mã theo dõi người dùng";</script><style>.ads {{ color: red; }}</style></head><body>
<header><div class="logo">Báo Lạng Sơn điện tử</div>
<div class="hotline">Đường dây nóng: 0205 3812 xxx</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/kinh-te">Kinh tế</a></li><li><a href="/van-hoa">Văn hóa - Xã hội</a></li></ul></nav>
<div class="cookie-banner" id="cookie-consent">Trang web sử dụng cookie để cải thiện trải nghiệm.
<button>Đồng ý</button></div>
<main>{article}
<div class="ads advertisement" id="ad-banner">Quảng cáo: mua đất nền giá rẻ tại Đồng Đăng, gọi ngay!</div>
</main>
<footer><p>© 2023 Báo Lạng Sơn. Giấy phép số 123/GP-BTTTT. Địa chỉ: 25 đường Hoàng Văn Thụ.</p></footer>
<script>document.write("quảng cáo chạy chữ");</script></body></html>"""


ARTICLE = f"""<article><h1>{TITLE}</h1>
<p>{GRDP}</p>
<p>{BUDGET}</p>
<p>{TRADE}</p>
<table><tr><td>Chỉ tiêu</td><td>Giá trị</td></tr><tr><td>GRDP bình quân</td><td>6,95%</td></tr></table>
</article>"""
CHROME = [
    "Trang chủ",
    "Thời sự",
    "Đường dây nóng",
    "cookie",
    "Đồng ý",
    "Quảng cáo",
    "Giấy phép",
    "mã theo dõi",
    "quảng cáo chạy chữ",
]


def make_docx(blocks: list[str | list[list[str]]], title: str = "") -> bytes:
    """A DOCX with paragraphs (str) and tables (rows of cell texts), in order."""
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        else:
            table = document.add_table(rows=len(block), cols=len(block[0]))
            for r, row in enumerate(block):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def vietnamese_font() -> Path:
    for font in VIETNAMESE_FONTS:
        if font.exists():
            return font
    pytest.skip(f"no TTF font with Vietnamese glyphs (looked for {', '.join(map(str, VIETNAMESE_FONTS))})")


def make_pdf(pages: list[list[str]], title: str | None = None, **encryption: str) -> bytes:
    """A PDF with one line of text per entry; an empty page holds only a drawn box, as a scan would."""
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape")
    if title:
        pdf.set_title(title)
    if encryption:
        pdf.set_encryption(**encryption)
    if any(pages):
        pdf.add_font("Vietnamese", "", str(vietnamese_font()))
        pdf.set_font("Vietnamese", size=9)
    for lines in pages:
        pdf.add_page()
        pdf.rect(20, 20, 100, 60)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def zip_bomb() -> bytes:
    """A zip with [Content_Types].xml and one member declaring 150 MiB (zeros deflate to ~150 KB)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            chunk = bytes(1024 * 1024)
            for _ in range(150):
                member.write(chunk)
    return out.getvalue()


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "không phải Word")
    return out.getvalue()


def png_like() -> bytes:
    rng = random.Random(1)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4000))


@functools.cache
def valid_samples() -> dict[str, bytes]:
    """One good document per suffix: the seeds that the fuzz test mutates."""
    text = f"{TITLE}\n\n{GRDP}\n".encode()
    pdf = make_pdf([[GRDP]]) if any(f.exists() for f in VIETNAMESE_FONTS) else b"%PDF-1.4\n%%EOF"
    return {
        ".txt": text,
        ".md": b"# " + text,
        ".html": page_html(ARTICLE).encode(),
        ".htm": page_html(ARTICLE).encode(),
        ".docx": make_docx([GRDP, [["GRDP", "6,95%"]]]),
        ".pdf": pdf,
    }


# --- normalise_text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\ufeffLạng Sơn", "Lạng Sơn"),
        ("Lạng Sơn", "Lạng Sơn"),  # NFD in, NFC out
        ("một\r\nhai\rba\n", "một\nhai\nba\n"),
        ("6\u00a0950 tỷ\u202fđồng,\u2009tăng\u2007%", "6 950 tỷ đồng, tăng %"),
        ("dòng một  \t\ndòng hai\u00a0\n", "dòng một\ndòng hai\n"),
        ("a\n\n\nb", "a\n\n\nb"),  # two blank lines stay
        ("a\n\n\n\n\n\nb", "a\n\n\nb"),  # five become two
        ("a\r\n\r\n\r\n\r\n\r\nb", "a\n\n\nb"),
        ("a \n \n \n \nb", "a\n\n\nb"),  # lines of spaces are blank lines
        ("  thụt lề giữ nguyên", "  thụt lề giữ nguyên"),  # leading spaces are content
        ("e\ufeff\u0301", "é"),  # a stray BOM between a letter and its mark
        # a page's date line as its metadata prints it is never the rest of a long title above it
        (
            "Tỉnh tháo gỡ khó khăn, tạo điều kiện để doanh nghiệp phát triển mạnh\ndate 2025-09-14\nMới đây …",
            "Tỉnh tháo gỡ khó khăn, tạo điều kiện để doanh nghiệp phát triển mạnh\ndate 2025-09-14\nMới đây …",
        ),
        (
            "Đại hội bầu Ban Chấp hành khóa mới nhiệm kỳ 2025-2030 với 52 đồng chí\n date 2025-09-25 (Báo Mới) -\nChiều",
            "Đại hội bầu Ban Chấp hành khóa mới nhiệm kỳ 2025-2030 với 52 đồng chí\n date 2025-09-25 (Báo Mới) -\nChiều",
        ),
    ],
)
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_normalise_text_is_idempotent_and_form_blind(text):
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert normalise_text(unicodedata.normalize("NFD", text)) == once
    assert unicodedata.is_normalized("NFC", once)


# --- Plain text ------------------------------------------------------------------------------------

SENTENCE_LINES = [TITLE, "", GRDP, BUDGET]


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda lines: "\n".join(lines).encode(), id="nfc"),
        pytest.param(lambda lines: unicodedata.normalize("NFD", "\n".join(lines)).encode(), id="nfd"),
        pytest.param(lambda lines: ("\ufeff" + "\n".join(lines)).encode(), id="bom"),
        pytest.param(lambda lines: "\r\n".join(lines).encode(), id="crlf"),
        pytest.param(lambda lines: "\r".join(lines).encode(), id="cr"),
        pytest.param(lambda lines: "\n".join(lines).encode("utf-16"), id="utf16-bom"),
        pytest.param(lambda lines: "\u00a0 \n".join(lines).encode(), id="trailing-spaces"),
    ],
)
def test_text_variants_read_identically(tmp_path, encode):
    path = tmp_path / "bai-viet.txt"
    path.write_bytes(encode(SENTENCE_LINES))
    result = read_document(path)
    assert result == ReadResult(
        text="\n".join(SENTENCE_LINES),
        title=TITLE,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),  # of the bytes read, whatever the encoding
    )


@pytest.mark.parametrize(
    ("suffix", "content", "title"),
    [
        (".md", f"\n\n# {TITLE}\n\n{GRDP}\n", TITLE),
        (".txt", f"\n  \n{'Rất dài ' * 40}\n{GRDP}", ("Rất dài " * 40)[:200].rstrip()),
        (".txt", "Le gouvernement a annoncé mardi une aide pour les agriculteurs.", None),
        (".txt", "The café reported 6,95% growth in Lạng Sơn.", None),
    ],
)
def test_text_title_is_first_nonempty_line(suffix, content, title):
    result = read_bytes(content.encode(), suffix, name=f"x{suffix}")
    expected_title = title or content.strip().split("\n")[0]
    assert result.title == expected_title
    assert len(result.title) <= readers.MAX_TITLE_CHARS


# --- HTML ------------------------------------------------------------------------------------------


def test_html_keeps_article_and_drops_chrome(tmp_path):
    path = tmp_path / "bao-lang-son.html"
    path.write_text(page_html(ARTICLE), encoding="utf-8")
    result = read_document(path)
    assert result.title == TITLE
    assert f"{GRDP}\n\n{BUDGET}\n\n{TRADE}" in result.text
    assert "Chỉ tiêu | Giá trị\nGRDP bình quân | 6,95%" in result.text
    for chrome in CHROME:
        assert chrome not in result.text


@pytest.mark.parametrize("wrapper", ["download-box", "header-main", "thread", "bread-crumb-free", "shadow"])
def test_html_chrome_pruning_spares_lookalike_classes(wrapper):
    article = f'<div class="{wrapper}" id="{wrapper}"><p>{GRDP}</p><p>{BUDGET}</p></div>'
    assert f"{GRDP}\n\n{BUDGET}" in read_bytes(page_html(article).encode(), ".html", name="a.html").text


@pytest.mark.parametrize(
    ("charset", "encode"),
    [
        pytest.param("windows-1258", cp1258, id="windows-1258"),
        pytest.param("cp1258", cp1258, id="cp1258-alias"),
        pytest.param("iso-8859-1", str.encode, id="utf-8-mislabelled-latin-1"),
        pytest.param("utf-8", lambda html: codecs.BOM_UTF8 + html.encode(), id="utf-8-bom"),
        pytest.param("bogus-charset", str.encode, id="unknown-label-means-utf-8"),
        pytest.param("base64", str.encode, id="non-text-codec-means-utf-8"),
        pytest.param("undefined", str.encode, id="undefined-codec-means-utf-8"),
        pytest.param("utf-16", str.encode, id="utf-16-label-without-bom-means-utf-8"),
    ],
)
def test_html_charsets_give_the_same_text(charset, encode):
    declared = read_bytes(encode(page_html(ARTICLE, charset=charset)), ".html", name="cu.html")
    assert declared == read_bytes(page_html(ARTICLE).encode(), ".html", name="moi.html")


def test_html_with_xml_declaration():
    page = '<?xml version="1.0" encoding="utf-8"?>\n' + page_html(ARTICLE)
    assert GRDP in read_bytes(page.encode(), ".html", name="x.html").text


def test_html_deep_nesting_after_article_keeps_article():
    tail = "<div>" * 100_000 + "sâu" + "</div>" * 100_000
    result = read_bytes(page_html(ARTICLE + tail).encode(), ".htm", name="sau.htm")
    assert GRDP in result.text


# --- DOCX ------------------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_in_order(tmp_path):
    path = tmp_path / "bao-cao.docx"
    table = [["Chỉ tiêu", "Năm 2022"], ["Thu ngân sách", "10.500 tỷ đồng"]]
    path.write_bytes(make_docx([GRDP, table, TRADE], title="Báo cáo kinh tế - xã hội"))
    result = read_document(path)
    assert result.text == f"{GRDP}\n\nChỉ tiêu | Năm 2022\nThu ngân sách | 10.500 tỷ đồng\n\n{TRADE}"
    assert result.title == "Báo cáo kinh tế - xã hội"


@pytest.mark.parametrize("core_title", ["", "Microsoft Word - bao cao.doc", "Document1"])
def test_docx_title_falls_back_to_first_line(core_title):
    result = read_bytes(make_docx([TITLE, GRDP], title=core_title), ".docx", name="a.docx")
    assert result.title == TITLE


# --- PDF -------------------------------------------------------------------------------------------


def test_pdf_vietnamese_text_survives(tmp_path):
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(make_pdf([[GRDP, BUDGET], [TRADE]], title="Báo cáo tình hình kinh tế"))
    result = read_document(path)
    assert result.text == normalise_text(f"{GRDP}\n{BUDGET}\n\n{TRADE}")
    assert result.title == "Báo cáo tình hình kinh tế"


def test_pdf_with_owner_password_only_is_read():
    data = make_pdf([[GRDP]], owner_password="chu-so-huu")
    assert GRDP in read_bytes(data, ".pdf", name="han-che.pdf").text


def test_library_warnings_stay_quiet(caplog):
    pypdf_level = logging.getLogger("pypdf").level
    with caplog.at_level(logging.DEBUG), pytest.raises(DocumentError, match="broken PDF"):
        read_bytes(b"%PDF-1.7\n" + png_like(), ".pdf", name="hong.pdf")  # pypdf: "EOF marker not found"
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logging.getLogger("pypdf").level == pypdf_level


def test_pdf_page_limit(monkeypatch):
    monkeypatch.setattr(readers.pdf, "MAX_PDF_PAGES", 2)  # the PDF reader's own bound
    with pytest.raises(DocumentError, match=r"dai\.pdf: has 3 pages, more than the 2 limit"):
        read_bytes(make_pdf([[GRDP], [BUDGET], [TRADE]]), ".pdf", name="dai.pdf")


# --- Bad inputs ------------------------------------------------------------------------------------


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


BAD_BYTES = [
    ("empty.txt", lambda: b"", "is empty"),
    ("blank.md", lambda: b" \r\n\t\n\xc2\xa0\n", "is empty (whitespace only)"),
    ("image.txt", png_like, "looks binary"),
    ("controls.txt", lambda: bytes(range(1, 32)) * 20, "looks binary"),
    ("tcvn3.txt", lambda: tcvn3(GRDP), LEGACY_VIETNAMESE),
    ("cp1258.txt", lambda: cp1258(f"{TITLE}\n{GRDP}"), LEGACY_VIETNAMESE),
    ("vni.txt", lambda: VNI_SAMPLE, LEGACY_VIETNAMESE),
    (
        "latin1.txt",
        lambda: "Le gouvernement a annoncé mardi une aide.".encode("latin-1"),
        "byte 0xE9 at offset 24",
    ),
    ("utf32.txt", lambda: "xin chào".encode("utf-32"), "UTF-32"),
    ("mojibake.txt", lambda: mojibake(GRDP).encode(), "mojibake"),
    ("tcvn3-as-text.md", lambda: tcvn3(GRDP).decode("cp1252").encode(), "legacy Vietnamese encoding"),
    ("image.html", png_like, "looks binary"),
    ("menu-only.html", lambda: page_html("").encode(), "no article text found"),
    ("deep.html", lambda: ("<div>" * 100_000 + "chữ" + "</div>" * 100_000).encode(), "no article text found"),
    ("cp1258-undeclared.html", lambda: cp1258(f"<html><p>{GRDP}</p></html>"), LEGACY_VIETNAMESE),
    ("truncated.docx", lambda: _truncated(make_docx([GRDP])), "corrupt or truncated zip"),
    ("bomb.docx", zip_bomb, "would unpack to 150.0 MiB, more than the 100.0 MiB limit (zip bomb?)"),
    ("notes.docx", plain_zip, "not a Word document"),
    ("old.docx", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "OLE2"),
    ("empty.docx", lambda: make_docx(["", "   "]), "contains no text"),
    ("tcvn3-font.docx", lambda: make_docx([tcvn3(GRDP).decode("cp1252")]), "legacy Vietnamese encoding"),
    ("truncated.pdf", lambda: _truncated(make_pdf([[GRDP]])), "broken PDF"),
    ("garbage.pdf", lambda: b"%PDF-1.7\n" + png_like(), "broken PDF"),
    ("not-a.pdf", lambda: b"<html>not a pdf</html>", "not a PDF (no %PDF- header)"),
    ("scan.pdf", lambda: make_pdf([[], []]), NO_TEXT_LAYER),
    ("locked.pdf", lambda: make_pdf([[GRDP]], owner_password="o", user_password="u"), "password-protected"),
    ("program.exe", lambda: b"MZ\x90\x00", "unsupported file type '.exe'; supported: .txt, .md, .html"),
    ("no-suffix", lambda: b"text", "unsupported file type (no suffix)"),
]


@pytest.mark.parametrize(("name", "build", "reason"), BAD_BYTES, ids=[case[0] for case in BAD_BYTES])
def test_bad_documents_are_refused_with_reason(tmp_path, name, build, reason):
    path = tmp_path / name
    path.write_bytes(build())
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert reason in message
    assert "\n" not in message


def _symlink(tmp_path: Path) -> Path:
    target = tmp_path / "real.txt"
    target.write_text(GRDP, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(target)
    return tmp_path / "link.txt"


def _directory(tmp_path: Path) -> Path:
    (tmp_path / "folder.txt").mkdir()
    return tmp_path / "folder.txt"


def _fifo(tmp_path: Path) -> Path:
    os.mkfifo(tmp_path / "pipe.txt")
    return tmp_path / "pipe.txt"


def _sparse_too_large(tmp_path: Path) -> Path:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(readers.MAX_BYTES + 1)  # sparse: nothing is written
    return path


BAD_PATHS = [
    (_symlink, "is a symbolic link; refusing to follow it"),
    (_directory, "is not a regular file"),
    (_fifo, "is not a regular file"),
    (lambda tmp_path: tmp_path / "missing.txt", "does not exist"),
    (_sparse_too_large, "is too large (52,428,801 bytes); the limit is 52,428,800 bytes (50.0 MiB)"),
]


@pytest.mark.parametrize(
    ("make", "reason"), BAD_PATHS, ids=["symlink", "directory", "fifo", "missing", "large"]
)
def test_bad_paths_are_refused(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: {reason}"


def test_read_bytes_refuses_oversized_data(monkeypatch):
    monkeypatch.setattr(readers, "MAX_BYTES", 1000)
    with pytest.raises(
        DocumentError, match=r"^upload\.txt: is too large \(1,001 bytes\); the limit is 1,000 bytes"
    ):
        read_bytes(b"a" * 1001, ".txt", name="upload.txt")


@pytest.mark.parametrize("suffix", ["txt", ".TXT", ".Md"])
def test_read_bytes_accepts_suffix_spellings(suffix):
    assert read_bytes(GRDP.encode(), suffix).text == GRDP


def test_document_error_survives_pickling():
    error = DocumentError("a.pdf", "is a broken PDF\n(second line)")
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.name, copy.reason) == (
        "a.pdf: is a broken PDF (second line)",
        "a.pdf",
        error.reason,
    )


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


def test_import_does_not_load_heavy_libraries():
    code = (
        "import sys, etl.readers; print(sorted({'trafilatura', 'docx', 'pypdf', 'lxml'} & set(sys.modules)))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --- Fuzzing: nothing but a ReadResult or a DocumentError ----------------------------------------


def _read_or_refuse(data: bytes, suffix: str) -> None:
    try:
        result = read_bytes(data, suffix, name=f"fuzz{suffix}")
    except DocumentError as exc:
        assert str(exc).startswith(f"fuzz{suffix}: ")
        assert "\n" not in str(exc)
    else:
        assert result.text.strip()
        assert normalise_text(result.text) == result.text
        assert result.title is None or 0 < len(result.title) <= readers.MAX_TITLE_CHARS


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(
    suffix=st.sampled_from(SUPPORTED_SUFFIXES),
    data=st.one_of(st.binary(max_size=3000), st.text(max_size=1000).map(str.encode)),
)
def test_arbitrary_bytes_are_read_or_refused(suffix, data):
    _read_or_refuse(data, suffix)


@FUZZ
@given(
    suffix=st.sampled_from(SUPPORTED_SUFFIXES),
    cut=st.floats(0, 1),
    patch=st.binary(min_size=1, max_size=32),
    truncate=st.booleans(),
)
def test_damaged_documents_are_read_or_refused(suffix, cut, patch, truncate):
    seed = valid_samples()[suffix]
    at = int(cut * len(seed))
    damaged = seed[:at] if truncate else seed[:at] + patch + seed[at + len(patch) :]
    _read_or_refuse(damaged, suffix)


def test_a_paragraph_wrapped_at_a_fixed_width_reads_as_one_and_keeps_every_offset():
    from etl.readers.text import normalise_text

    wrapped = (
        "Tình hình kinh tế - xã hội tháng 3 và quý I năm 2018 của tỉnh Lạng Sơn\n"
        "Thứ năm - 29/03/2018 15:20\n\n"
        "1. Thương mại\n\n"
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng quý I ước đạt 4.215,6 tỷ\n"
        "đồng, tăng 11,2% so với cùng kỳ. Lượng khách du lịch đến tỉnh tăng mạnh trong dịp\n"
        "lễ hội đầu xuân; riêng lễ hội chùa Tam Thanh đón khoảng 45.000 lượt khách.\n\n"
        "- Thu nội địa 612,5 tỷ đồng;\n- Thu từ hoạt động xuất nhập khẩu 1.071,7 tỷ đồng.\n\n"
        "Chỉ tiêu | Quý I/2018\nBán lẻ | 4.215,6\n"
    )
    text = normalise_text(wrapped)
    assert len(text) == len(wrapped)
    assert "4.215,6 tỷ đồng, tăng 11,2%" in text and "trong dịp lễ hội" in text
    # (a title and its date line, a heading, list items and table rows keep their lines)
    assert "Lạng Sơn\nThứ năm" in text and "1. Thương mại\n" in text
    assert "tỷ đồng;\n- Thu từ" in text and "Chỉ tiêu | Quý I/2018\nBán lẻ" in text


@pytest.mark.parametrize(
    "kept",
    [
        # list items with or without their space, numbered headings, headings in capitals
        "Các chỉ tiêu chủ yếu của tỉnh trong 9 tháng đầu năm 2024 như sau, cụ thể là\n-Tổng sản phẩm ước tăng 6,8%",
        "Các chỉ tiêu chủ yếu của tỉnh trong 9 tháng đầu năm 2024 như sau, cụ thể là các mục\n1.1. Tổng sản phẩm",
        "BÁO CÁO NHANH KẾT QUẢ THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN 9 THÁNG ĐẦU NĂM\n2024 VÀ KẾ HOẠCH NĂM 2025",
        "KẾ HOẠCH NĂM 2025 CỦA CÁC HUYỆN VÀ THÀNH PHỐ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN\nDự kiến cả năm thu ngân sách",
        # a site's slogan under the title, in a block of web furniture two of whose lines are full
        (
            "Nửa đầu năm 2022: kinh tế - xã hội Lạng Sơn phục hồi, từng bước lấy lại đà tăng trưởng\n"
            "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025\n"
            "In trang Chia sẻ Đọc bài viết\n-A A +A"
        ),
    ],
)
def test_lists_and_headings_keep_their_lines(kept):
    from etl.readers.text import normalise_text

    assert normalise_text(kept) == kept


@pytest.mark.parametrize(
    "wrapped",
    [
        # a number opening a wrapped line is no list item
        (
            "Theo số liệu tổng hợp, 9 tháng năm 2019 tổng kim ngạch xuất nhập khẩu qua các cửa khẩu đạt\n"
            "3.412,8 triệu USD, giảm 12,4% so với cùng kỳ năm trước do nhiều nguyên nhân khác nhau, kể cả\n"
            "thời tiết xấu."
        ),
        # a dash inside a sentence
        (
            "Năm 2024, tổng kim ngạch xuất nhập khẩu qua các cửa khẩu trên địa bàn tỉnh Lạng Sơn đạt khoảng\n"
            "—theo số liệu của Hải quan—5,2 tỷ USD, tăng 12% so với năm 2023 và vượt kế hoạch đề ra đầu năm\n"
            "là 4,5 tỷ USD."
        ),
        # a heading in capitals running on into small letters
        (
            "KIM NGẠCH XUẤT NHẬP KHẨU QUA CÁC CỬA KHẨU CỦA TỈNH 9 THÁNG NĂM 2024\n"
            "ước đạt 4.215,6 triệu USD, tăng 11,2% so với cùng kỳ năm trước."
        ),
    ],
)
def test_a_sentence_wrapped_over_lines_reads_as_one(wrapped):
    from etl.readers.text import normalise_text

    assert normalise_text(wrapped) == wrapped.replace("\n", " ")


# A text a fuzzed PDF gave (control characters and line breaks): normalising it twice changed it once more --
# the lines the first pass joined change the widths the next pass measures a block by.
_FUZZED_PDF_TEXT = (
    "\u0000\u0001\u0000\u0002\u0000\u0003\u0000\u0004\u0000 \u0000\u0005\u0000\u0006"
    "\u0000 \u0000\u0007\u0000\b\u0000\t\u0000 \u0000\u0003\u0000\b"
    "\u0000\n\u0000\u0003\u0000 \u0000\u000b\u0000\f\u0000\u0003\u0000\b"
    "\u0000\r\u0000 \u0000\u000e\u0000\u000f\u0000\u0003\u0000 \u0000\u0010"
    "\u0000\u0011\u0000\u0007\u0000 \u0000\b\u0000\u0012\u0000\u0013\u0000 "
    "\u0000\u000e\u0000\b\u0000\u0014\u0000\u0007\u0000 \u0000\u000e\u0000\b"
    "\u0000\u0015\u0000\r\u0000 \u0000\b\u0000\u0016\u0000\u0017\u0000 "
    "\u0000\b\u0000\u0018\u0000\u0019\u0000 \u0000\b\u0000\u001a\u0000\u0003"
    "\u0000 \u0000\u0003\u0000\u001b\u0000\u0019\u0000 \u0000\u0004\u0000\u0017"
    "\u0000\u001b\u0000\u0019\u0000 \u0000\u0013\u0000\b\u0000\u001c\u0000\u0007"
    "\u0000 \u0000\u0007\u0000\u001d\u0000\u0017\u0000\u001e\u0000\u0003\u0000 "
    "\u0000\u0010\u0000\u0017\u0000\u0003\u0000\b\u0000 \u0000\u0007\u0000\u0011"
    "\u0000 \u0000\u001f\u0000!\u0000\u0017\u0000 \u0000\u0013\u0000\b"
    "\u0000\u001c\u0000\u0007\u0000 \u0000\u0007\u0000\u001d\u0000\u0017\u0000\u001e"
    '\u0000\u0003\u0000 \u0000\u001f\u0000"\u0000\u0003\u0000 \u0000\b'
    "\u0000#\u0000\u0019\u0000\r\u0000 \u0000$\u0000%\u0000 "
    "\u0000\b\u0000&\u0000\u0017\u0000\u2019\n\n\u0000\u0001\u0000("
    "\u0000\u0003\u0000\b\u0000 \u0000\u000e\u0000\u000f\u0000\u0003\u0000 "
    "\u0000\u0007\u0000\u0017\u0000\u0011\u0000\u0013\u0000 \u0000\u0007\u0000)"
    "\u0000\u000e\u0000 \u0000*\u0000+\u0000\u0019\u0000\u0003\u0000 "
    "\u0000\u0007\u0000,\u0000\u000b\u0000 \u0000-\u0000\u0002\u0000\u0017"
    "\u0000 \u0000\u000b\u0000!\u0000\u0017\u0000\r\u0000 \u0000\u0003"
    "\u0000,\u0000\u0003\u0000\u0004\u0000 \u0000\u000e\u0000\u0019\u0000."
    "\u0000 \u0000\u000e\u0000\b\u0000\n\u0000\u0007\u0000 \u0000/"
    "\u0000\t\u0000\u0012\u0000\u0003\u0000\u0004\u0000 \u0000\u0004\u0000\u0017"
    "\u0000\u001c\u0000.\u0000 \u00000\u0000)\u0000\u000e\u0000 "
    "\u0000\u001f\u0000\u0016\u0000 \u0000-\u0000\u0016\u0000.\u0000 "
    "\u0000\u0007\u0000\f\u0000.\u0000\r\u0000 \u0000\u000e\u0000\b"
    "\u0000\n\u0000\u0007\u0000 \u0000/\u0000\t\u0000\u0012\u0000\u0003"
    '\u0000\u0004\u0000 \u0000\u000e\u0000\b\u0000"\u0000\u000b\u0000 '
    "\u00001\u0000#\u0000\u000e\u0000\r\u0000 \u00002\u00003"
    "\u0000.\u0000 \u0000\u001f\u00004\u0000 \u00001\u00005"
    "\u0000\u000e\u0000 \u0000\u0010\u0000\b\u0000.\u00006\u0000 "
    "\u0000\u0003\u0000\b\u0000,\u0000\u0003\u0000 \u00000"
)


def test_normalising_normalised_text_changes_nothing():
    once = normalise_text(_FUZZED_PDF_TEXT)
    assert normalise_text(once) == once


def test_lines_that_each_end_a_sentence_keep_their_breaks():
    from etl.readers.text import normalise_text

    # a note, a paragraph, then a table's caption: written line by line, however long (a wrapped paragraph
    # breaks off mid-sentence somewhere)
    kept = (
        "Ghi chú: Dự toán do Trung ương giao không gồm chi ngân sách địa phương; số thu xuất nhập khẩu đã tính cả các "
        "khoản hoàn thuế.\n"
        "Để bù đắp phần hụt thu, tỉnh đã tăng cường chống thất thu trong lĩnh vực đất đai, thu tiền sử dụng đất cả "
        "năm khoảng 800 tỷ đồng.\n"
        "Biểu 2. Vốn đầu tư phát triển toàn xã hội trên địa bàn (tỷ đồng)"
    )
    assert normalise_text(kept) == kept
