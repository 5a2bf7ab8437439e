"""Hostile documents through the whole ETL (`python -m etl`): refused or handled within limits.

Each case adds one document to a copy of the bundled corpus and runs the ETL as a user does (cache on)
against a copy of the published dataset. By default the run fails with exit code 1 and a clear
one-line error, and the previous dataset stays byte-identical; with --keep-going the other documents
are published exactly as before. Time and peak memory (VmHWM of the ETL process) are recorded.
"""

from __future__ import annotations

import io
import re
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

from etl.__main__ import main
from etl.dataset import METADATA_FILE, read_dataset
from etl.readers import MAX_BYTES, MAX_PDF_PAGES
from reliability.results import record
from tests.etl.test_readers import make_pdf, zip_bomb
from tests.security.conftest import ROOT, snapshot

SENTENCE = "Năm 2022, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Lạng Sơn xếp thứ 15/63."
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\x80-\x9f]")  # anything but \n that a terminal acts on

# --- Builders: each writes its file(s) into the raw directory and returns the file name ------------


def _docx_with_document_xml(xml: str, *, declared_size: int | None = None) -> bytes:
    """A minimal DOCX; `declared_size` makes the zip lie about word/document.xml's unpacked size."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", xml)
    data = bytearray(out.getvalue())
    if declared_size is not None:  # patch the central directory and the local header alike
        at = data.find(b"PK\x01\x02")
        while at != -1:
            name_len = struct.unpack_from("<H", data, at + 28)[0]
            if bytes(data[at + 46 : at + 46 + name_len]) == b"word/document.xml":
                struct.pack_into("<I", data, at + 24, declared_size)
                struct.pack_into("<I", data, struct.unpack_from("<I", data, at + 42)[0] + 22, declared_size)
            at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def lying_zip_bomb() -> bytes:
    """word/document.xml unpacks to ~100 MB but the zip says 1,000 bytes: the size check cannot see it."""
    paragraphs = "<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 3_000_000
    xml = f'<?xml version="1.0"?><w:document {W}><w:body>{paragraphs}</w:body></w:document>'
    return _docx_with_document_xml(xml, declared_size=1000)


def billion_laughs() -> bytes:
    entities = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [{entities}]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _docx_with_document_xml(xml)


def external_entity() -> bytes:
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"<w:document {W}><w:body><w:p><w:r><w:t>{SENTENCE} &x;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _docx_with_document_xml(xml)


def blank_pdf(pages: int) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=72, height=72)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _raw_pdf(objects: list[bytes]) -> bytes:
    body = b"%PDF-1.4\n" + b"".join(b"%d 0 obj" % i + o + b"endobj\n" for i, o in enumerate(objects, 1))
    return body + b"trailer<</Root 1 0 R/Size %d>>\nstartxref\n0\n%%%%EOF\n" % (len(objects) + 1)


def flate_bomb_pdf() -> bytes:
    """One page whose content stream inflates to 360 MB of drawing operators."""
    stream = zlib.compress(b"BT /F1 12 Tf (Lang Son) Tj ET\n" + b"0 0 m\n" * 60_000_000, 9)
    return _raw_pdf(
        [
            b"<</Type/Catalog/Pages 2 0 R>>",
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
            b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream + b"\nendstream\n",
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        ]
    )


def broken_xref_pdf() -> bytes:
    """A real text PDF whose cross-reference offsets all point at the wrong bytes."""
    good = make_pdf([[SENTENCE]])
    xref = good.rfind(b"\nxref")
    return good[:xref] + re.sub(rb"\d{10} 00000 n", b"0000000009 00000 n", good[xref:])


def no_xref_pdf() -> bytes:
    """No cross-reference table and no startxref: only the header and some objects."""
    good = make_pdf([[SENTENCE]])
    return good[: good.rfind(b"\nxref")]


def deep_html() -> bytes:
    return ("<html><body>" + "<div>" * 200_000 + SENTENCE + "</div>" * 200_000 + "</body></html>").encode()


def write_sparse(path: Path, size: int) -> None:
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: no data is written, so this is instant and takes no disk


@dataclass(frozen=True)
class Case:
    id: str
    file: str  # the name in data/raw/
    build: object  # raw_dir -> None: writes the file
    outcome: str  # "refused": exit 1 naming the file; "read": the run succeeds
    reason: str = ""  # part of the one-line error


def _bytes(name: str, make):
    def build(raw: Path) -> None:
        (raw / name).write_bytes(make())

    return build


def _sparse(raw: Path) -> None:
    write_sparse(raw / "lon.txt", 200 * 1024 * 1024)


def _symlink(raw: Path) -> None:
    outside = raw.parent / "outside.txt"
    outside.write_text(f"Tin ngoài\n\n{SENTENCE}\n", encoding="utf-8")
    (raw / "ngoai.txt").symlink_to(outside)


CASES = [
    Case("zip-bomb.docx", "bom.docx", _bytes("bom.docx", zip_bomb), "refused", "(zip bomb?)"),
    Case(
        "lying-zip-bomb.docx", "bom-gia.docx", _bytes("bom-gia.docx", lying_zip_bomb), "refused", "Bad CRC-32"
    ),
    Case("billion-laughs.docx", "cuoi.docx", _bytes("cuoi.docx", billion_laughs), "refused", "amplification"),
    Case("external-entity.docx", "xxe.docx", _bytes("xxe.docx", external_entity), "read"),
    Case(
        f"pdf-{MAX_PDF_PAGES * 2}-pages",
        "dai.pdf",
        _bytes("dai.pdf", lambda: blank_pdf(MAX_PDF_PAGES * 2)),
        "refused",
        f"has {MAX_PDF_PAGES * 2:,} pages, more than the {MAX_PDF_PAGES:,} limit",
    ),
    Case("pdf-flate-bomb", "nen.pdf", _bytes("nen.pdf", flate_bomb_pdf), "refused", "Limit reached"),
    Case("pdf-broken-xref", "xref.pdf", _bytes("xref.pdf", broken_xref_pdf), "read"),
    Case("pdf-no-xref", "khong-xref.pdf", _bytes("khong-xref.pdf", no_xref_pdf), "refused", "broken PDF"),
    Case("deep-html", "sau.html", _bytes("sau.html", deep_html), "refused", "no article text found"),
    Case("200MB-text", "lon.txt", _sparse, "refused", f"the limit is {MAX_BYTES:,} bytes"),
    Case("symlink-outside", "ngoai.txt", _symlink, "refused", "is a symbolic link; refusing to follow it"),
    Case(
        "shell-metacharacters-name",
        "$(touch PWNED); `id` | rm -rf x & 'a'.txt",
        _bytes("$(touch PWNED); `id` | rm -rf x & 'a'.txt", lambda: f"Tin\n\n{SENTENCE}\n".encode()),
        "read",
    ),
]

# --- Running the ETL as a user does, measured ----------------------------------------------------


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float
    peak_mib: float


# Peak memory is read in the child from /proc/self/status (VmHWM, the high-water mark of its own
# address space). getrusage's ru_maxrss is not used: on Linux it carries the parent's high-water mark
# across vfork+exec, so every child would seem as large as the test process that started it.
_MEASURED_MAIN = """
import sys
def peak():
    with open("/proc/self/status") as fh:
        kib = next(line.split()[1] for line in fh if line.startswith("VmHWM:"))
    with open(sys.argv[1], "w") as fh:
        fh.write(kib)
try:
    from etl.__main__ import main
    code = main(sys.argv[2:])
finally:
    peak()
sys.exit(code)
"""


def measured_etl(raw: Path, out: Path, *extra: str) -> Run:
    """`python -m etl` as a user runs it, in a child process that reports its own peak RSS."""
    peak_file = out.parent / "peak-kib.txt"
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _MEASURED_MAIN,
            str(peak_file),
            *("--raw", raw, "--out", out, "--quiet"),
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=600,
    )
    seconds = time.monotonic() - started
    return Run(done.returncode, done.stdout, done.stderr, seconds, int(peak_file.read_text()) / 1024)


def tables(out: Path) -> dict[str, bytes]:
    return {k: v for k, v in snapshot(out).items() if k != METADATA_FILE}


def assert_clean_error(stderr: str, file: str, reason: str) -> None:
    assert "Traceback" not in stderr, stderr
    assert not CONTROL.search(stderr), f"raw control characters in the error output: {stderr!r}"
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, stderr
    assert file in errors[0] and reason in errors[0], errors[0]
    assert stderr.splitlines()[-1].startswith("ETL failed: 1 problem(s); the previous dataset"), stderr


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_document_is_refused_or_handled_and_nothing_else_changes(workspace, case):
    raw, out, before = workspace
    case.build(raw)
    size = (raw / case.file).lstat().st_size
    run = measured_etl(raw, out)
    if case.outcome == "refused":
        assert run.code == 1, run.stderr
        assert_clean_error(run.stderr, case.file, case.reason)
        assert snapshot(out) == before  # the previous dataset, byte for byte
        # --keep-going skips it and publishes the other documents exactly as before.
        assert main(["--raw", str(raw), "--out", str(out), "--quiet", "--keep-going"]) == 0
        assert tables(out) == {k: v for k, v in before.items() if k != METADATA_FILE}
        assert read_dataset(out).metadata["skipped"] == [case.file]
    else:
        assert run.code == 0, run.stderr
        ds = read_dataset(out)
        assert case.file in set(ds.sources["file_name"])
        assert "root:" not in "".join(ds.documents["text"])  # no external entity was resolved
    assert not (ROOT / "PWNED").exists() and not (raw / "PWNED").exists()
    record(
        "Hostile documents",
        {
            "document": case.id,
            "size": f"{size / 2**20:.1f} MiB" if size >= 2**20 else f"{size:,} B",
            "outcome": f"exit {run.code}: " + ("refused" if run.code else "read"),
            "message": next((ln for ln in run.stderr.splitlines() if ln.startswith("error: ")), "").replace(
                f"{raw}/", ""
            )[:160],
            "time (s)": round(run.seconds, 2),
            "peak RSS (MiB)": round(run.peak_mib),
            "--keep-going": "others published unchanged" if case.outcome == "refused" else "published",
        },
    )


# --- Known gaps: these fail today; each names the code to fix (strict: they must start failing as
# --- xfail the moment the fix lands, so the mark is removed).

BAD_NAMES = ["tin\nmoi.txt", "tin\x1b[2J\x1b[31mdo.txt", "tin\rmoi.txt"]


@pytest.mark.parametrize("name", BAD_NAMES, ids=["newline", "escape-sequence", "carriage-return"])
def test_control_characters_in_a_file_name_are_escaped_in_the_error(workspace, name):
    raw, out, before = workspace
    (raw / name).write_bytes(b"")
    run = measured_etl(raw, out)
    assert run.code == 1 and snapshot(out) == before
    record(
        "Hostile documents",
        {
            "document": f"file name {name!r}",
            "outcome": f"exit {run.code}: refused",
            "message": "printed raw: " + repr(run.stderr.replace(f"{raw}/", "")[:60]),
        },
    )
    assert_clean_error(run.stderr, "tin", "is empty")


def _peak_with(workspace, big: bool, *extra: str) -> Run:
    raw, out, _before = workspace
    write_sparse(raw / "lon.txt", 200 * 1024 * 1024 if big else 10)
    return measured_etl(raw, out, *extra)


@pytest.mark.parametrize(
    "extra",
    [
        pytest.param((), id="cache-on"),
        pytest.param(("--no-cache",), id="cache-off"),
    ],
)
def test_an_oversized_file_is_refused_before_it_is_read_into_memory(workspace, extra):
    small = _peak_with(workspace, False, *extra)
    big = _peak_with(workspace, True, *extra)
    assert small.code == big.code == 1
    record(
        "Hostile documents",
        {
            "document": f"200MB-text vs 10-byte text{' (--no-cache)' if extra else ''}",
            "outcome": "exit 1: refused (both)",
            "peak RSS (MiB)": f"{big.peak_mib:.0f} vs {small.peak_mib:.0f}",
        },
    )
    assert big.peak_mib < small.peak_mib + 50, f"peak RSS {big.peak_mib:.0f} MiB vs {small.peak_mib:.0f} MiB"


def test_an_impossible_date_in_the_manifest_is_a_clear_error(workspace):
    raw, out, before = workspace
    manifest = raw / "manifest.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"2023-08-25"', '"2023-02-30"', 1))
    run = measured_etl(raw, out)
    assert run.code == 1 and snapshot(out) == before
    assert_clean_error(run.stderr, "manifest.yaml", "2023-02-30")


def test_one_document_with_an_uncertain_date_cannot_stop_the_others(workspace):
    raw, out, _before = workspace
    (raw / "nhiem-ky.txt").write_text(
        "Tin\n\nNgày 25/8/2023, tỉnh họp.\n\nTừ đầu nhiệm kỳ đến nay, Lạng Sơn đã giảm hai đơn vị cấp tỉnh.\n",
        encoding="utf-8",
    )
    run = measured_etl(raw, out, "--keep-going")
    assert run.code == 0, run.stderr
    assert "nhiem-ky" in set(read_dataset(out).sources["source_id"])
