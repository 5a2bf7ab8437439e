"""Bounded work per document (issue 15): small files that once made the readers or the rules work for
minutes are now read or refused, file by file, with a clear message.

- a 10 KB PDF whose 40 pages share one compressed content stream, and a 2,000-page variant;
- a DOCX that unpacks to ~99 MB of XML, ~100 KB on disk;
- a 600 KB run-on text (a number every few words, no full stop);
- anything else that runs too long: a CPU-time deadline per document (etl.limits);
- previews and rebuilds of the Add documents page in a worker process with CPU and memory limits
  (etl.worker), and a second editor's change refused clearly while the first holds the ingest lock.

The bound each case is held to is a CPU deadline given to the work (BOUND_S), far above what it needs:
the tests assert outcomes and messages, never timings; CPU seconds are recorded for the results file,
and speed is measured by the bench (`python -m bench --only runon`).
"""

from __future__ import annotations

import os
import resource
import threading
import time
import zlib
from pathlib import Path

import pytest
from filelock import FileLock

from bench.runon import runon_text
from etl.__main__ import main
from etl.dataset import METADATA_FILE, read_dataset
from etl.limits import CPU_SECONDS_ENV, cpu_deadline, deadline_available
from etl.manifest import infer_source
from etl.readers import (
    MAX_DOCX_XML,
    MAX_EXTRACTED_CHARS,
    MAX_PDF_CONTENT,
    MAX_PDF_PAGE_CONTENT,
    DocumentError,
    read_bytes,
)
from etl.rows import figure_rows
from etl.sentences import MAX_SENTENCE_CHARS, sentence_spans
from etl.worker import WorkerError, _spin, limits_in_force, run_limited
from reliability.results import record
from tests.security.conftest import snapshot
from tests.security.test_hostile_documents import (
    SENTENCE,
    W,
    _docx_with_document_xml,
    _raw_pdf,
    assert_clean_error,
    measured_etl,
    tables,
)
from ui import editing as ingest
from ui.editing import ANOTHER_CHANGE, IngestError, NewDocument, add_document, preview_document

BOUND_S = 30.0  # CPU seconds any one of these files may take, read or refused (they need ~0.1-2 s)
SECTION = "Bounded work"


# --- Builders ---------------------------------------------------------------------------------------


PDF_LINE = b"BT /F1 12 Tf 10 10 Td (Lang Son xep thu 15/63) Tj ET\n"


def shared_stream_pdf(pages: int, decoded: int, *, shared_resources: bool = False) -> bytes:
    """`pages` pages drawing one FlateDecode content stream of ~`decoded` bytes of text operators.

    With shared_resources the pages are identical (same stream, same resources): the reader parses one
    and reuses its text. Otherwise each page has resources of its own, so each would be parsed anew."""
    stream = zlib.compress(PDF_LINE * max(1, decoded // len(PDF_LINE)), 9)
    resources = b" 5 0 R" if shared_resources else b"<</Font<</F1 4 0 R>>>>"
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(pages))
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[" + kids + b"]/Count %d>>" % pages,
        b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream + b"\nendstream\n",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"<</Font<</F1 4 0 R>>>>",
    ]
    page = b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]/Contents 3 0 R/Resources" + resources + b">>"
    return _raw_pdf(objects + [page] * pages)


def form_pdf(draws: int, form_decoded: int) -> bytes:
    """One page drawing one form XObject `draws` times ("/X Do"), the form ~`form_decoded` bytes of text."""
    form = zlib.compress(PDF_LINE * max(1, form_decoded // len(PDF_LINE)), 9)
    content = zlib.compress(b"q /X Do Q\n" * draws, 9)
    return _raw_pdf(
        [
            b"<</Type/Catalog/Pages 2 0 R>>",
            b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]/Contents 4 0 R"
            b"/Resources<</XObject<</X 5 0 R>>/Font<</F1 6 0 R>>>>>>",
            b"<</Length %d/Filter/FlateDecode>>stream\n" % len(content) + content + b"\nendstream\n",
            b"<</Type/XObject/Subtype/Form/BBox[0 0 72 72]/Resources<</Font<</F1 6 0 R>>>>"
            b"/Length %d/Filter/FlateDecode>>stream\n" % len(form) + form + b"\nendstream\n",
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        ]
    )


def xml_docx(xml_bytes: int) -> bytes:
    """A DOCX whose word/document.xml is `xml_bytes` of one-letter paragraphs (it compresses ~1000:1),
    with honest sizes in the zip: under the 100 MB unpacked limit that was all that guarded it."""
    paragraph = "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    head = f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>'
    tail = "</w:body></w:document>"
    count = max(0, (xml_bytes - len(head.encode()) - len(tail)) // len(paragraph))
    return _docx_with_document_xml(head + paragraph * count + tail)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def read_within_bound(data: bytes, suffix: str, name: str):
    """read_bytes under the BOUND_S deadline: (text or None, error message or None, CPU seconds)."""
    start = _cpu()
    try:
        with cpu_deadline(name, BOUND_S):
            text = read_bytes(data, suffix, name).text
    except DocumentError as exc:
        return None, str(exc), _cpu() - start
    return text, None, _cpu() - start


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 else f"{n / 1024:.0f} KiB" if n >= 1024 else f"{n} B"


# --- The readers: each hostile file read or refused by its limit ------------------------------------

MiB = 1024 * 1024
PDF_CASES = [
    # (id, pages, decoded bytes per page, identical pages, expected: a part of the message or "read")
    ("pdf-40-pages-one-stream", 40, 720_000, False, "the limit per PDF"),
    ("pdf-2000-pages-one-stream", 2000, 150_000, False, "the limit per PDF"),
    ("pdf-40-pages-one-big-stream", 40, 5 * MiB, False, "the limit per page"),
    ("pdf-40-identical-pages", 40, 720_000, True, "read"),
    ("pdf-2000-identical-pages", 2000, 150_000, True, f"more than {MAX_EXTRACTED_CHARS:,} characters"),
]


@pytest.mark.parametrize("case", PDF_CASES, ids=[c[0] for c in PDF_CASES])
def test_pdfs_sharing_one_content_stream_are_read_or_refused_by_their_limits(case):
    case_id, pages, decoded, identical, expected = case
    data = shared_stream_pdf(pages, decoded, shared_resources=identical)
    assert len(data) < 400_000  # small files: the work, not the bytes, is what is bounded
    text, error, cpu = read_within_bound(data, ".pdf", f"{case_id}.pdf")
    if expected == "read":
        assert error is None, error
        assert text.count("15/63") == pages * (decoded // len(PDF_LINE))  # every page's text, parsed once
    else:
        assert error is not None and error.startswith(f"{case_id}.pdf: ") and expected in error, error
        assert "of CPU" not in error  # refused by its limit, not stopped by the deadline
    record(
        SECTION,
        {
            "input": case_id,
            "size": _size(len(data)),
            "work it asks for": f"{pages:,} pages × {_size(decoded)} decoded"
            + (" (identical pages)" if identical else ""),
            "outcome": "read" if error is None else "refused",
            "message": (error or f"{len(text):,} characters read").split(": ", 1)[-1][:140],
            "time": f"{cpu:.2f} s CPU (reading)",
        },
    )


def test_pdf_limits_are_ordered_sensibly():
    assert MAX_PDF_PAGE_CONTENT < MAX_PDF_CONTENT


def test_a_form_xobject_counts_each_time_a_page_draws_it():
    text, error, _cpu_s = read_within_bound(form_pdf(2, 100_000), ".pdf", "hinh.pdf")
    assert error is None and "15/63" in text  # a form drawn twice: read, its text included
    data = form_pdf(5_000, 200_000)  # 200 KB drawn 5,000 times (pypdf alone would parse it 5,000 times)
    text, error, cpu = read_within_bound(data, ".pdf", "hinh-lap.pdf")
    assert error is not None and "page 1 holds more than 4.0 MiB" in error, error
    record(
        SECTION,
        {
            "input": "pdf-form-drawn-5000-times",
            "size": _size(len(data)),
            "work it asks for": "one 195 KiB form XObject drawn 5,000 times",
            "outcome": "refused",
            "message": error.split(": ", 1)[1][:140],
            "time": f"{cpu:.2f} s CPU (reading)",
        },
    )


def test_a_docx_of_99_mb_of_xml_is_refused_before_it_is_parsed():
    data = xml_docx(99 * 1000 * 1000)
    assert len(data) < 400_000
    text, error, cpu = read_within_bound(data, ".docx", "xml-99mb.docx")
    assert text is None
    assert error.startswith("xml-99mb.docx: holds 94.4 MiB of XML, more than the 10.0 MiB limit"), error
    record(
        SECTION,
        {
            "input": "docx-99MB-xml",
            "size": _size(len(data)),
            "work it asks for": "94.4 MiB of XML for python-docx",
            "outcome": "refused",
            "message": error.split(": ", 1)[1][:140],
            "time": f"{cpu:.2f} s CPU (reading)",
        },
    )


def test_a_docx_under_the_xml_limit_is_still_read():
    text, error, _cpu_s = read_within_bound(xml_docx(MAX_DOCX_XML // 10), ".docx", "ok.docx")
    assert error is None and SENTENCE in text


def test_a_600_kb_run_on_text_is_read_and_extracted_within_the_bound():
    text = runon_text()
    data = text.encode("utf-8")
    assert len(data) >= 600 * 1024 and ". " not in text
    start = _cpu()
    with cpu_deadline("runon.txt", BOUND_S):  # a DocumentError here would fail the test
        result = read_bytes(data, ".txt", "runon.txt")
        rows = figure_rows(result.text, infer_source("runon.txt", result.text, result.title, "0" * 64))
    cpu = _cpu() - start
    spans = sentence_spans(result.text)
    # Over-long runs are cut into sentences of at most MAX_SENTENCE_CHARS, and nothing is lost.
    assert max(b - a for a, b in spans) <= MAX_SENTENCE_CHARS
    assert sum(len(result.text[a:b].split()) for a, b in spans) == len(result.text.split())
    for row in rows:
        assert result.text[row["char_start"] : row["char_end"]] == row["quote"]
    record(
        SECTION,
        {
            "input": "runon-600KB.txt",
            "size": _size(len(data)),
            "work it asks for": "one 600 KB sentence, a number every 3-8 words",
            "outcome": "read",
            "message": f"{len(spans)} sentences of ≤ {MAX_SENTENCE_CHARS:,} characters, {len(rows)} figures",
            "time": f"{cpu:.2f} s CPU (reading and extraction)",
        },
    )


def test_sentences_are_cut_at_clause_boundaries_and_ordinary_sentences_are_not():
    clause = "năm 2022 chỉ số PCI xếp thứ 15/63 tăng 3 bậc so với năm 2021"
    run_on = "; ".join([clause] * 200)
    spans = sentence_spans(run_on)
    assert len(spans) > 1 and all(b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    assert all(run_on[a:b].endswith((";", "2021")) for a, b in spans)  # cut after a "; ", not mid-clause
    ordinary = ", ".join([clause] * 25) + "."  # ~1,600 characters: one sentence, as before
    assert sentence_spans(ordinary) == [(0, len(ordinary))]
    no_space = "9" * (MAX_SENTENCE_CHARS * 2 + 5)
    assert [b - a for a, b in sentence_spans(no_space)] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]


# --- The CPU deadline -------------------------------------------------------------------------------


def test_the_cpu_deadline_turns_long_work_into_a_clear_per_file_error():
    assert deadline_available()
    with pytest.raises(DocumentError) as caught, cpu_deadline("cham.txt", 0.2):
        _spin(30)
    assert str(caught.value) == "cham.txt: took more than 0.2 s of CPU; refused (the limit per document)"
    with cpu_deadline("nhanh.txt", 5):  # within its deadline: nothing happens, and nothing is left armed
        _spin(0.05)
    _spin(0.3)


def test_an_inner_deadline_gives_the_outer_one_back():
    with (
        pytest.raises(DocumentError, match=r"^ngoai\.txt: took more than 0\.5 s"),
        cpu_deadline("ngoai.txt", 0.5),
    ):
        with cpu_deadline("trong.txt", 10):
            _spin(0.1)
        _spin(30)


def test_outside_the_main_thread_the_deadline_does_nothing_and_says_so():
    seen = {}

    def work():
        seen["available"] = deadline_available()
        with cpu_deadline("luong.txt", 0.01):
            _spin(0.05)
        seen["done"] = True

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == {"available": False, "done": True}


def test_a_slow_document_fails_the_etl_naming_it_and_is_skipped_with_keep_going(workspace, monkeypatch):
    raw, out, before = workspace
    (raw / "cham.docx").write_bytes(xml_docx(4 * 1000 * 1000))  # ~4 s of python-docx: over a 1 s limit
    monkeypatch.setenv(CPU_SECONDS_ENV, "1")
    run = measured_etl(raw, out)
    assert run.code == 1, run.stderr
    assert_clean_error(run.stderr, "cham.docx", "took more than 1 s of CPU; refused")
    assert snapshot(out) == before
    assert main(["--raw", str(raw), "--out", str(out), "--quiet", "--keep-going"]) == 0
    assert tables(out) == {k: v for k, v in before.items() if k != METADATA_FILE}
    assert read_dataset(out).metadata["skipped"] == ["cham.docx"]
    record(
        SECTION,
        {
            "input": "slow DOCX (4 MB of XML) under a 1 s deadline, python -m etl",
            "size": _size((raw / "cham.docx").stat().st_size),
            "work it asks for": "~4 s of CPU",
            "outcome": "exit 1: refused; --keep-going: skipped, others published unchanged",
            "message": next(ln for ln in run.stderr.splitlines() if ln.startswith("error: "))[7:140],
            "time": f"{run.seconds:.1f} s wall (whole ETL run), peak {run.peak_mib:.0f} MiB",
        },
    )


# --- Through the ETL, file by file ------------------------------------------------------------------

ETL_WORK = [
    ("gop.pdf", "40 pages × 703 KiB decoded"),
    ("gop-2000.pdf", "2,000 pages × 146 KiB decoded"),
    ("xml.docx", "94.4 MiB of XML"),
]
ETL_CASES = [
    ("gop.pdf", lambda: shared_stream_pdf(40, 720_000), "the limit per PDF"),
    ("gop-2000.pdf", lambda: shared_stream_pdf(2000, 150_000), "the limit per PDF"),
    ("xml.docx", lambda: xml_docx(99 * 1000 * 1000), "of XML, more than the 10.0 MiB limit"),
]


@pytest.mark.parametrize("case", ETL_CASES, ids=[c[0] for c in ETL_CASES])
def test_hostile_files_fail_the_etl_file_by_file_and_are_skipped_with_keep_going(workspace, case):
    raw, out, before = workspace
    name, build, reason = case
    (raw / name).write_bytes(build())
    run = measured_etl(raw, out)
    assert run.code == 1, run.stderr
    assert_clean_error(run.stderr, name, reason)
    assert snapshot(out) == before
    assert main(["--raw", str(raw), "--out", str(out), "--quiet", "--keep-going"]) == 0
    assert tables(out) == {k: v for k, v in before.items() if k != METADATA_FILE}
    assert read_dataset(out).metadata["skipped"] == [name]
    record(
        SECTION,
        {
            "input": f"{name}, python -m etl",
            "size": _size((raw / name).stat().st_size),
            "work it asks for": dict(ETL_WORK)[name],
            "outcome": "exit 1: refused; --keep-going: skipped, others published unchanged",
            "message": next(ln for ln in run.stderr.splitlines() if ln.startswith("error: ")).replace(
                f"{raw}/", ""
            )[7:140],
            "time": f"{run.seconds:.1f} s wall (whole ETL run), peak {run.peak_mib:.0f} MiB",
        },
    )


def test_a_run_on_text_is_published_by_the_etl(workspace):
    raw, out, _before = workspace
    (raw / "lien.txt").write_text(runon_text(), encoding="utf-8")
    run = measured_etl(raw, out)
    assert run.code == 0, run.stderr
    assert "lien" in set(read_dataset(out).sources["source_id"])


# --- The Add documents page's worker ----------------------------------------------------------------


def test_the_worker_is_another_process_with_cpu_and_memory_limits():
    limits = run_limited(limits_in_force, name="x", cpu_seconds=7, memory_bytes=2**31)
    pid, cpu_limit, memory_limit, nice = limits
    assert pid != os.getpid()
    assert cpu_limit == (7, 12) and memory_limit == (2**31, 2**31) and nice >= 10


def test_the_worker_refuses_what_passes_its_limits_with_a_one_line_message(monkeypatch):
    monkeypatch.setenv(CPU_SECONDS_ENV, "0.5")  # the per-document deadline, handed to the worker
    with pytest.raises(DocumentError, match=r"^cham\.txt: took more than 0\.5 s of CPU; refused"):
        run_limited(_spin, 60, name="cham.txt")
    monkeypatch.delenv(CPU_SECONDS_ENV)
    with pytest.raises(WorkerError, match=r"^cham\.txt: took more than 1 s of CPU; refused$"):
        run_limited(_spin, 60, name="cham.txt", deadline=False, cpu_seconds=1)  # RLIMIT_CPU: SIGXCPU
    with pytest.raises(WorkerError, match=r"^lon\.txt: needed more than 1,024 MB of memory; refused$"):
        run_limited(bytearray, 2 * 2**30, name="lon.txt", memory_bytes=2**30)
    with pytest.raises(DocumentError, match=r"^rong\.txt: is empty$"):  # the child's own errors, as they are
        run_limited(read_bytes, b"", ".txt", "rong.txt", name="rong.txt")


@pytest.mark.parametrize(
    ("name", "build", "reason"),
    [
        ("gop.pdf", lambda: shared_stream_pdf(40, 720_000), "the limit per PDF"),
        ("xml.docx", lambda: xml_docx(99 * 1000 * 1000), "of XML, more than the 10.0 MiB limit"),
    ],
)
def test_a_hostile_preview_is_refused_by_the_worker_and_this_process_stays_free(
    tmp_path, name, build, reason
):
    (tmp_path / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    doc = NewDocument(build(), Path(name).suffix, name)
    ticks = []
    stop = threading.Event()

    def visitor():  # another visitor's request thread: it must keep running while the preview does
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.001)

    thread = threading.Thread(target=visitor)
    thread.start()
    try:
        with pytest.raises(DocumentError) as caught:
            preview_document(doc, tmp_path, None, isolated=True)
    finally:
        stop.set()
        thread.join()
    assert str(caught.value).startswith(f"{name}: ") and reason in str(caught.value)
    assert ticks  # the other thread ran meanwhile
    record(
        SECTION,
        {
            "input": f"{name}, Add documents preview (worker process)",
            "size": _size(len(doc.data)),
            "work it asks for": "",
            "outcome": "refused in the worker; a visitor thread of the server kept running",
            "message": str(caught.value).split(": ", 1)[1][:140],
            "time": "",
        },
    )


def test_a_slow_preview_costs_the_server_process_almost_nothing(tmp_path):
    """The CPU of reading a slow document is the worker's, not the server's (CPU accounting, not time)."""
    (tmp_path / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    doc = NewDocument(xml_docx(3 * 1000 * 1000), ".docx", "cham.docx")  # ~3 s of python-docx
    me, children = resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN
    before = [resource.getrusage(who) for who in (me, children)]
    preview = preview_document(doc, tmp_path, None, isolated=True)
    after = [resource.getrusage(who) for who in (me, children)]
    own, worker = (
        a.ru_utime + a.ru_stime - b.ru_utime - b.ru_stime for a, b in zip(after, before, strict=True)
    )
    assert SENTENCE in preview.text
    assert worker > 3 * own, f"server {own:.2f} s, worker {worker:.2f} s of CPU"
    record(
        SECTION,
        {
            "input": "cham.docx (3 MB of XML), Add documents preview (worker process)",
            "size": _size(len(doc.data)),
            "work it asks for": "~3 s of python-docx",
            "outcome": "read in the worker",
            "message": "",
            "time": f"{worker:.2f} s CPU in the worker, {own:.2f} s in the server process",
        },
    )


def test_a_run_on_preview_in_the_worker_finds_its_figures(tmp_path):
    (tmp_path / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    text = f"Tin\n\nNăm 2022, chỉ số PCI của tỉnh Lạng Sơn xếp thứ 15/63. {runon_text(60 * 1024)}"
    doc = NewDocument(text.encode("utf-8"), ".txt", "lien.txt", title="Liền")
    preview = preview_document(doc, tmp_path, None, isolated=True)
    assert "pci_rank" in set(preview.figures["indicator_id"])


def test_a_failed_rebuild_in_the_worker_says_why_and_puts_everything_back(workspace, tmp_path):
    raw, out, before = workspace
    (raw / "hong.txt").write_bytes(b"")  # an unreadable document makes the rebuild fail
    raw_before = snapshot(raw)
    doc = NewDocument(f"Tin\n\n{SENTENCE}\n".encode(), ".txt", "tin.txt")
    with pytest.raises(IngestError, match=r"^the rebuild failed, nothing was changed: .*hong\.txt: is empty"):
        add_document(doc, raw, out, "bien-tap", tmp_path / "audit.jsonl", isolated=True)
    assert snapshot(raw) == raw_before and snapshot(out) == before


def test_a_second_change_while_the_ingest_lock_is_held_is_refused_clearly(tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    (raw / "manifest.yaml").write_text("documents: []\n", encoding="utf-8")
    before = snapshot(raw)
    monkeypatch.setattr(ingest, "LOCK_WAIT_SECONDS", 0.2)
    doc = NewDocument(f"Tin\n\n{SENTENCE}\n".encode(), ".txt", "tin.txt")
    with FileLock(str(raw / ".ingest.lock")):  # the first editor's change, still running
        with pytest.raises(IngestError) as caught:
            add_document(doc, raw, out, "bien-tap-2", tmp_path / "audit.jsonl")
        with pytest.raises(IngestError, match="another change"):
            ingest.remove_document("upload-x", raw, out, "bien-tap-2", tmp_path / "audit.jsonl")
    assert str(caught.value) == ANOTHER_CHANGE
    assert snapshot(raw) == before and not out.exists()
    record(
        SECTION,
        {
            "input": "a second editor's add and remove while the ingest lock is held",
            "size": "",
            "work it asks for": "",
            "outcome": "refused, nothing changed (IngestError, not an uncaught lock Timeout)",
            "message": ANOTHER_CHANGE,
            "time": "",
        },
    )
