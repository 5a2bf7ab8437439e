"""Fuzzing the parsers, the rules and the readers: the only outcomes are results or the documented error.

Inputs are random and mutated Vietnamese text built from the real sentences of data/raw/, random
bytes, and truncated or damaged HTML/DOCX/PDF built here. Each test counts the inputs its body saw and
records them (see tests/security/conftest.py); the long variants run with LANGSON_LONG=1.
"""

from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.catalog import load_catalog
from etl.derive import derive_earlier
from etl.numbers import NUMERAL, NumberFormatError, parse_vi_number
from etl.periods import START_OF_SPAN, UNRESOLVED, find_periods, parse_period
from etl.readers import MAX_TITLE_CHARS, SUPPORTED_SUFFIXES, DocumentError, normalise_text, read_bytes
from etl.schema import PERIOD_KINDS
from etl.sentences import sentence_spans
from reliability.results import record
from tests.etl.test_readers import VIETNAMESE_FONTS, make_docx, make_pdf, page_html
from tests.security.conftest import RAW

# --- Seeds: the corpus's own sentences, and the words the rules look for --------------------------


@cache
def corpus_sentences() -> tuple[str, ...]:
    sentences = []
    for path in sorted(RAW.glob("*.txt")):
        text = normalise_text(path.read_text(encoding="utf-8"))
        sentences += [text[a:b] for a, b in sentence_spans(text)]
    return tuple(sentences)


@cache
def figure_sentences() -> tuple[str, ...]:
    """The corpus sentences the rules take a figure from: mutations of these reach deep into the rules."""
    from etl.extract import extract_figures

    catalog = load_catalog()
    return tuple(s for s in corpus_sentences() if extract_figures(s, catalog, date(2023, 8, 25)))


# Fragments the number, period and figure rules react to, including invalid dates and odd grouping.
TRIGGERS = [
    "năm 2022", "năm nay", "năm trước", "giai đoạn 2021-2025", "2020–25", "quý IV/2023", "quý 5/2023",
    "6 tháng đầu năm", "9 tháng năm 2023", "tháng 13/2022", "tháng 2/2024", "ngày 31/2/2023",
    "25-27/9/2020", "tính đến 30/6/2023", "tính đến hết năm 2022", "đến nay", "từ nay đến năm 2030",
    "từ đầu nhiệm kỳ 2025-2030 đến nay", "từ đầu nhiệm kỳ đến nay", "so với cùng kỳ", "so với năm 2021",
    "cao hơn 1,5%", "thấp hơn 2 điểm phần trăm", "tăng 21 bậc", "giảm 3 hạng", "gấp 2,5 lần",
    "tăng 1.200 tỷ đồng", "tăng 3 triệu USD", "đạt 6,95%", "xếp thứ 15/63", "đứng thứ 6 toàn quốc",
    "10.500 tỷ đồng", "49,26 triệu đồng", "4,5 tỷ USD", "gần 65.000 Đảng viên", "khoảng", "hơn",
    "trong đó", "cơ cấu", "khu vực", "cả nước", "GRDP", "PCI", "thu ngân sách", "xuất nhập khẩu",
    "hai", "năm", "mười", "%", "/", ",", ".", ";", "…", "\n", ". ", "1,234,567", "1.234,5", "0,0",
    "999.999.999.999.999", "00", "1e9", "٣", "²",
]  # fmt: skip
NUMERALS = st.one_of(
    st.from_regex(NUMERAL, fullmatch=True),
    st.integers(0, 10**15).map(lambda n: f"{n:,}".replace(",", ".")),
    st.decimals(0, 10**9, places=2, allow_nan=False).map(
        lambda d: f"{d:,}".translate(str.maketrans(",.", ".,"))
    ),
)


@st.composite
def vietnamese_text(draw, max_mutations: int = 8) -> str:
    """A few real sentences, spliced with trigger words and numerals, cut, doubled and sprinkled."""
    pool = draw(st.sampled_from([corpus_sentences(), figure_sentences()]))
    parts = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4))
    text = draw(st.sampled_from([" ", "\n", "\n\n", ". ", ""])).join(parts)
    for _ in range(draw(st.integers(0, max_mutations))):
        pos = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["trigger", "numeral", "noise", "delete", "double", "digits"]))
        if kind == "trigger":
            text = text[:pos] + draw(st.sampled_from(TRIGGERS)) + text[pos:]
        elif kind == "numeral":
            text = text[:pos] + draw(NUMERALS) + text[pos:]
        elif kind == "noise":
            text = text[:pos] + draw(st.text(max_size=6)) + text[pos:]
        elif kind == "delete":
            text = text[:pos] + text[pos + draw(st.integers(1, 40)) :]
        elif kind == "double":
            text = text[:pos] + text[pos : pos + draw(st.integers(1, 80))] * 2 + text[pos:]
        else:  # replace every number with another numeral, keeping the words around them
            numeral = draw(NUMERALS)
            text = re.sub(r"\d[\d.,]*", lambda _m, n=numeral: n, text, count=draw(st.integers(1, 3)))
    return text


# (document date, is it uncertain): as SourceInfo.doc_date gives them -- no date is never "uncertain".
DOC_DATES = st.tuples(st.none(), st.just(False)) | st.tuples(
    st.dates(date(1990, 1, 1), date(2099, 12, 31)), st.booleans()
)


def fuzz_settings(examples: int):
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


def report(target: str, seen: Counter, inputs: str, long_run: bool) -> None:
    tried = sum(seen.values())
    record(
        "Fuzzing",
        {
            "target": target,
            "variant": "long" if long_run else "fast",
            "inputs tried": tried,
            "outcomes": ", ".join(f"{k} {v:,}" for k, v in sorted(seen.items())),
            "inputs": inputs,
        },
    )
    assert tried > 0


# --- parse_vi_number: a finite non-negative float or NumberFormatError ----------------------------


def check_number(text: str) -> str:
    try:
        value = parse_vi_number(text)
    except NumberFormatError as exc:
        assert str(exc).startswith(("not a number", "two decimal marks", "irregular digit grouping"))
        return "NumberFormatError"
    assert isinstance(value, float) and math.isfinite(value) and value >= 0
    return "number"


NUMBERISH = st.one_of(
    NUMERALS,
    st.text(alphabet="0123456789.,  ", max_size=25),
    st.text(max_size=12),
    st.sampled_from(["hai", "Năm", " mười ", "một trăm", "", " ", "1 000", "1.000.000,5", "1,5,5"]),
)


@pytest.mark.parametrize(
    "long_run", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["fast", "long"]
)
def test_parse_vi_number_returns_a_number_or_number_format_error(long_run):
    seen = Counter()

    @fuzz_settings(50_000 if long_run else 500)
    @given(NUMBERISH)
    def check(text):
        seen[check_number(text)] += 1

    check()
    report("parse_vi_number", seen, "numerals in every grouping, digit/separator soup, any text", long_run)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [("6,95", "number"), ("1.2.3,4,5", "NumberFormatError"), ("1 000", "number"), ("", "NumberFormatError")],
)
def test_check_number_tells_the_outcomes_apart(text, outcome):
    assert check_number(text) == outcome


# --- find_periods / parse_period: ordered, non-overlapping spans and sane dates -------------------


KNOWN_UNRESOLVED_BUG = "regression: 'unresolved' period leaks when the document date is uncertain"
KNOWN_TERM_BUG = "regression: 'từ đầu nhiệm kỳ A-B đến nay' before A"


def check_periods(text: str, doc_date: date | None, inferred: bool) -> str:
    matches = find_periods(text, doc_date, inferred)
    end = 0
    for pm in matches:
        assert end <= pm.start < pm.end <= len(text), (pm, text)
        end = pm.end
        period = pm.period
        assert period.kind != UNRESOLVED.kind, (KNOWN_UNRESOLVED_BUG, text)
        # (the start of a span, "đầu giai đoạn 2016 - 2020", is a period the extractor holds, never publishes)
        assert period is not UNRESOLVED and period.kind in (*PERIOD_KINDS, START_OF_SPAN)
        assert not (period.kind == "to_date" and period.start > period.end), (KNOWN_TERM_BUG, text)
        assert period.start <= period.end, (
            f"period ends before it starts: {period} from {text[pm.start : pm.end]!r}"
        )
        assert period.label
    first = parse_period(text, doc_date, inferred)
    assert first == (matches[0].period if matches else None)
    return f"{len(matches)} period(s)" if len(matches) < 3 else "3+ periods"


@pytest.mark.parametrize(
    "long_run", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["fast", "long"]
)
def test_find_periods_gives_ordered_spans_and_sane_dates(long_run):
    seen = Counter()

    @fuzz_settings(20_000 if long_run else 400)
    @given(st.one_of(vietnamese_text(), st.text(max_size=200)), DOC_DATES)
    def check(text, doc_date):
        seen[check_periods(text, *doc_date)] += 1

    check()
    report(
        "find_periods + parse_period",
        seen,
        "mutated corpus sentences, any text; document date or none",
        long_run,
    )


@pytest.mark.parametrize(
    ("text", "doc_date"),
    [
        ("Từ đầu nhiệm kỳ đến nay, Lạng Sơn đã giảm hai đơn vị cấp tỉnh.", date(2023, 8, 25)),
        ("từ nay đến năm 2030 sẽ giảm 12 đơn vị", None),
    ],
)
def test_unresolved_period_is_left_out_when_the_date_is_uncertain(text, doc_date):
    assert check_periods(text, doc_date, True) != KNOWN_UNRESOLVED_BUG


def test_term_to_date_before_the_term_began_is_not_a_period():
    assert check_periods("từ đầu nhiệm kỳ 2020-2025 đến nay", date(2019, 6, 1), False) != KNOWN_TERM_BUG


# --- extract_figures: never raises; offsets index the text inside their sentence ------------------


def check_figures(text: str, doc_date: date | None, inferred: bool) -> str:
    from etl.extract import extract_figures

    mentions = extract_figures(text, load_catalog(), doc_date, inferred)
    for m in mentions:
        assert 0 <= m.sentence_start <= m.start < m.end <= m.sentence_end <= len(text), m
        assert text[m.start : m.end] == m.value_text, (text[m.start : m.end], m)
        assert math.isfinite(m.value)
        assert not (m.period.kind == "to_date" and m.period.start > m.period.end), (KNOWN_TERM_BUG, text)
        assert m.period.kind != UNRESOLVED.kind, (KNOWN_UNRESOLVED_BUG, text)
        assert m.period.start <= m.period.end, m.period
        derived = derive_earlier(m)  # the pipeline computes it for every mention
        if derived is not None:
            assert math.isfinite(derived.value)
    return f"{len(mentions)} figure(s)" if len(mentions) < 3 else "3+ figures"


@pytest.mark.parametrize(
    "long_run", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["fast", "long"]
)
def test_extract_figures_never_raises_and_offsets_stay_in_the_sentence(long_run):
    seen = Counter()

    @fuzz_settings(20_000 if long_run else 400)
    @given(
        st.one_of(vietnamese_text(), vietnamese_text().map(normalise_text), st.text(max_size=300)),
        DOC_DATES,
    )
    def check(text, doc_date):
        seen[check_figures(text, *doc_date)] += 1

    check()
    report(
        "extract_figures (+ derive_earlier)",
        seen,
        "mutated corpus sentences (raw and normalised), any text",
        long_run,
    )


def test_extract_check_sees_figures_in_the_corpus():
    """The fuzz property is not vacuous: real text gives figures whose offsets it checks."""
    text = "\n".join(corpus_sentences())
    assert check_figures(text, date(2023, 8, 25), False) == "3+ figures"


# --- Readers: a ReadResult or a DocumentError naming the file, in one line -------------------------


def read_or_refuse(data: bytes, suffix: str) -> str:
    name = f"fuzz{suffix}"
    try:
        result = read_bytes(data, suffix, name=name)
    except DocumentError as exc:
        message = str(exc)
        assert message.startswith(f"{name}: ") and "\n" not in message and len(message) < 400
        return "DocumentError"
    assert result.text.strip() and normalise_text(result.text) == result.text
    assert result.title is None or 0 < len(result.title) <= MAX_TITLE_CHARS
    return "text"


def _html(body: str) -> bytes:
    return page_html(body).encode()


def _tag_soup(parts: list[str], tags: list[str], cut: float) -> bytes:
    body = "".join(f"<{t}>{p}" for t, p in zip(tags, parts, strict=False))
    html = _html(f"<article>{body}</article>")
    return html[: max(1, int(len(html) * cut))]


HTML_TAGS = [
    "p",
    "div",
    "li",
    "td",
    "b",
    "span",
    "h1",
    "table",
    "tr",
    "script",
    "!--",
    "br/",
    "p class='ads'",
]


@st.composite
def html_documents(draw) -> bytes:
    parts = draw(st.lists(vietnamese_text(max_mutations=3), min_size=1, max_size=5))
    tags = draw(st.lists(st.sampled_from(HTML_TAGS), min_size=len(parts), max_size=len(parts)))
    return _tag_soup(parts, tags, draw(st.floats(0.05, 1.0)))


def _mutate(data: bytes, draw) -> bytes:
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        kind = draw(st.sampled_from(["flip", "patch", "cut", "delete", "insert"]))
        if kind == "flip" and data:
            data = data[:at] + bytes([data[at] ^ (1 << draw(st.integers(0, 7)))]) + data[at + 1 :]
        elif kind == "patch":
            patch = draw(st.binary(min_size=1, max_size=16))
            data = data[:at] + patch + data[at + len(patch) :]
        elif kind == "cut":
            data = data[: max(1, at)]
        elif kind == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 64)) :]
        else:
            data = (
                data[:at]
                + draw(st.sampled_from([b"<", b"&#0;", b"\x00", b"%%EOF", b"obj", b"PK\x03\x04"]))
                + data[at:]
            )
    return data


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@cache
def docx_seed(text: str) -> bytes:
    return make_docx([text, [["Chỉ tiêu", "Giá trị"], ["GRDP", "6,95%"]]], title="Lạng Sơn")


def _rezip(data: bytes, edit) -> bytes:
    """The same DOCX with word/document.xml edited: damage that survives the zip's CRC check."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info)
            dst.writestr(info.filename, edit(content) if info.filename == "word/document.xml" else content)
    return out.getvalue()


@st.composite
def docx_documents(draw) -> bytes:
    sentences = corpus_sentences()
    seed = docx_seed(draw(st.sampled_from(sentences[:40])))
    mode = draw(st.sampled_from(["zip bytes", "xml bytes", "content"]))
    if mode == "zip bytes":
        return _mutate(seed, draw)
    if mode == "xml bytes":  # damage inside an intact zip, so python-docx parses it
        return _rezip(seed, lambda xml: _mutate(xml, draw))
    # Well-formed, with mutated text in paragraphs and a table (XML cannot hold control characters).
    texts = [
        _XML_ILLEGAL.sub("", t)
        for t in draw(st.lists(vietnamese_text(max_mutations=4), min_size=1, max_size=3))
    ]
    return make_docx([*texts, [[texts[0][:40], "6,95%"], ["", texts[-1][:60]]]])


@cache
def pdf_seed(index: int) -> bytes:
    sentences = corpus_sentences()
    return make_pdf([[sentences[index][:120]], [sentences[index + 1][:120]]])


@st.composite
def pdf_documents(draw) -> bytes:
    return _mutate(pdf_seed(draw(st.integers(0, 7))), draw)


@st.composite
def text_documents(draw) -> bytes:
    text = draw(vietnamese_text())
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258", "cp1252", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    return _mutate(data, draw) if draw(st.booleans()) else data


# (suffix, strategy, fast examples, long examples, what the inputs are)
READER_CASES = [
    (".txt", text_documents(), 300, 5_000, "mutated corpus text in 6 encodings, byte damage"),
    (".md", st.binary(max_size=2000), 200, 2_000, "random bytes"),
    (".html", html_documents(), 200, 2_000, "corpus sentences in truncated tag soup"),
    (
        ".htm",
        st.binary(max_size=2000) | st.text(max_size=500).map(str.encode),
        200,
        3_000,
        "random bytes and text",
    ),
    (
        ".docx",
        docx_documents(),
        200,
        3_000,
        "DOCX: damaged zip bytes, damaged XML in an intact zip, or mutated corpus text",
    ),
    (".pdf", pdf_documents(), 200, 2_000, "fpdf2 PDFs of corpus sentences with flipped, cut, spliced bytes"),
]


@pytest.mark.parametrize(
    ("suffix", "documents", "fast", "long", "inputs", "long_run"),
    [pytest.param(*case, False, id=f"{case[0]}-fast") for case in READER_CASES]
    + [pytest.param(*case, True, id=f"{case[0]}-long", marks=pytest.mark.slow) for case in READER_CASES],
)
def test_readers_give_text_or_document_error(suffix, documents, fast, long, inputs, long_run):
    if suffix == ".pdf" and not any(f.exists() for f in VIETNAMESE_FONTS):
        pytest.skip("no font with Vietnamese glyphs to build PDF seeds")
    seen = Counter()

    @fuzz_settings(long if long_run else fast)
    @given(documents)
    def check(data):
        seen[read_or_refuse(data, suffix)] += 1

    check()
    report(f"read_bytes {suffix}", seen, inputs, long_run)


def test_reader_seeds_are_readable():
    """The mutations start from documents the readers accept, so damage is what the fuzzing tests."""
    sentence = corpus_sentences()[3]
    assert read_or_refuse(docx_seed(sentence), ".docx") == "text"
    assert read_or_refuse(_html(f"<article><p>{sentence}</p><p>{sentence}</p></article>"), ".html") == "text"
    if any(f.exists() for f in VIETNAMESE_FONTS):
        assert read_or_refuse(pdf_seed(0), ".pdf") == "text"


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_read_or_refuse_accepts_only_the_documented_error(suffix, monkeypatch):
    """A reader that lets a library error escape fails the fuzz property."""
    import etl.readers as readers

    def explode(data, name):
        raise ValueError("library error")

    monkeypatch.setitem(readers._READERS, suffix, explode)
    with pytest.raises(ValueError):
        read_or_refuse(b"x", suffix)


# --- atheris (coverage-guided), optional: long run only, when it is installed -----------------------

ATHERIS_SECONDS = 60


@pytest.mark.slow
@pytest.mark.parametrize("target", ["numbers", "figures", "readers"])
def test_atheris_finds_nothing(target, tmp_path):
    pytest.importorskip("atheris", reason="atheris is optional: .venv/bin/pip install atheris==3.0.0")
    script = RAW.parents[1] / "scripts" / "fuzz_atheris.py"
    done = subprocess.run(
        [sys.executable, str(script), target, "--seconds", str(ATHERIS_SECONDS)],
        cwd=tmp_path,  # libFuzzer writes any crash-* file here
        capture_output=True,
        text=True,
        timeout=ATHERIS_SECONDS * 5,
    )
    runs = re.search(r"Done (\d+) runs in (\d+) second", done.stderr)
    stats = json.loads((RAW.parents[1] / "test-artifacts" / f"atheris-{target}.json").read_text())
    crashes = sorted(p.name for p in tmp_path.glob("crash-*"))
    record(
        "Atheris",
        {
            "target": {"numbers": "parse_vi_number", "figures": "extract_figures", "readers": "read_bytes"}[
                target
            ],
            "seconds": ATHERIS_SECONDS,
            "executions": int(runs[1]) if runs else stats["executions"],
            "results": stats["results"],
            "documented errors": stats["documented errors"],
            "findings": ", ".join(crashes) or "none",
        },
    )
    assert done.returncode == 0 and not crashes, done.stderr[-3000:]
