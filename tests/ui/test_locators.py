"""A curated figure's locator (where in the cited page) in the reader's language; the page's words as written."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from ui.app_widgets import citation_html
from ui.locators import LOCATOR_WORDS_VI, locator_text

REFERENCE = Path(__file__).resolve().parents[2] / "data" / "reference"


@pytest.mark.parametrize(
    ("locator", "vi"),
    [
        ("para 3", "Đoạn 3"),
        ("Part I, section I.1, para 1", "Phần I, mục I.1, đoạn 1"),
        ("lead (summary line)", "Đoạn mở đầu (dòng tóm tắt)"),
        ("question 1 and answer para 1", "Câu hỏi 1 và câu trả lời đoạn 1"),
        ("ranking table, row Lạng Sơn", "Bảng xếp hạng, dòng Lạng Sơn"),
        ("title and photo caption", "Tiêu đề và chú thích ảnh"),
        # a heading quoted from the page stays as written, locator words inside it too
        ("'Socio-economic highlights', para 2", "'Socio-economic highlights', đoạn 2"),
        ("section 'Reason for low revenue', para 4", "Mục 'Reason for low revenue', đoạn 4"),
        # a heading written without quotes is quoted: the page's words, not the dashboard's
        ("Overcoming limitations, para 2", "‘Overcoming limitations’, đoạn 2"),
        # written in none of the curators' words (Vietnamese already): as written
        ("Báo cáo PCI 2023, tr. 12", "Báo cáo PCI 2023, tr. 12"),
        ("bảng 1", "bảng 1"),
        ("  para   1-2 ", "Đoạn 1-2"),
        (None, ""),
        ("", ""),
    ],
)
def test_locator_in_vietnamese(locator, vi):
    assert locator_text(locator, "vi") == vi


def test_locator_in_english_is_as_written():
    assert locator_text("Overcoming limitations, para 2", "en") == "Overcoming limitations, para 2"


def _reference_locators() -> list[str]:
    rows = []
    for path in sorted(REFERENCE.glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            rows += [r["locator"] for r in csv.DictReader(f) if r.get("locator", "").strip()]
    return sorted(set(rows))


def test_every_reference_locator_reads_in_vietnamese():
    """Outside what is quoted from the page, no English word is left (a curator's new word fails here:
    add it to ui.locators.LOCATOR_WORDS_VI)."""
    locators = _reference_locators()
    assert locators
    vietnamese = {w for words in LOCATOR_WORDS_VI.values() for w in words.split()}
    for locator in locators:
        shown = locator_text(locator, "vi")
        unquoted = re.sub(r"(['‘][^'’]*['’]|[\"“][^\"”]*[\"”])", " ", shown)
        english = [
            w
            for w in re.findall(r"\w+", unquoted.lower())
            if w.isascii() and w.isalpha() and w not in vietnamese and not re.fullmatch(r"[ivxlc]+", w)
        ]
        assert english == [], (locator, shown)


def test_the_citation_box_says_where_in_the_language_and_escapes_it():
    source = {"publisher": "VCCI", "title": "PCI", "published": "2024-05-07"}
    vi = citation_html(source, "vi", locator="para 3 <b>")
    assert "Vị trí trong nguồn" in vi and "Đoạn 3 &lt;b&gt;" in vi and "<b>" not in vi
    # The curator's note is in English: on the Vietnamese page its label says so.
    noted = citation_html(source | {"note": "VCCI's own table"}, "vi")
    assert "Ghi chú (tiếng Anh)" in noted and "VCCI&#x27;s own table" in noted
    en = citation_html(source, "en", locator="para 3")
    assert "Where in the source" in en and "para 3" in en
