"""Issue 15: the change log cannot be split, hidden or forged by what an editor types as a title.

Titles with U+2028, U+0085, newlines and `{}` pieces once broke the log's lines (str.splitlines splits at
all of them): an add and its removal vanished from the Sources page and blank rows appeared. Records are
now ASCII JSON (every such character escaped) read back line by line on "\\n" only, a change is one row
(its records joined by their transaction id), and every shown field is one line of visible text.
"""

from __future__ import annotations

import json

from reliability.results import record
from tests.security.conftest import snapshot
from ui.editing import NewDocument, _audit, add_document, display_text, read_audit_log, remove_document

HOSTILE_TITLES = {
    "U+2028": "Bài\u2028{}\u2028mới",
    "U+2029": "Bài\u2029{}\u2029mới",
    "U+0085": "Bài\u0085{}\u0085mới",
    "newlines": 'Bài\n{"action": "remove", "title": "forged"}\r\nmới',
    "{} pieces": '{}{"txn": "x"}{}',
    "bidi": "Bài \u202egnp.exe\u202c mới",
    "NUL, FS, VT": "Bài\x00\x1c\x0b mới",
}


def test_hostile_titles_neither_split_hide_nor_forge_rows(project):
    raw, out, audit = project
    text = "Tin\n\nNăm 2023, thu ngân sách nhà nước đạt 7.100 tỷ đồng.\n"
    added = []
    for n, title in enumerate(HOSTILE_TITLES.values()):
        doc = NewDocument(f"{text}{n}\n".encode(), ".txt", "a.txt", title=title)
        added.append(add_document(doc, raw, out, "biên tập", audit))
    remove_document(added[0].source.source_id, raw, out, "biên tập", audit)
    data = audit.read_bytes()
    assert data.isascii() and all(json.loads(line) for line in data.split(b"\n") if line)
    assert len(data.splitlines()) == len(data.decode("ascii").splitlines())  # no hidden separators
    log = read_audit_log(audit)
    assert len(log) == len(HOSTILE_TITLES) + 1  # one row per change: none hidden, none forged
    assert log["action"].tolist() == ["remove"] + ["add"] * len(HOSTILE_TITLES)
    assert set(log["status"]) == {"done"}
    for value in log[["title", "editor", "source_id", "time"]].to_numpy().ravel():
        assert display_text(value) == value  # already one visible line
        assert not any(ch in value for ch in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u202e\x00")
    assert "Bài\\u2028{}\\u2028mới" in log["title"].tolist()
    record(
        "Audit integrity",
        {
            "case": "titles with " + ", ".join(HOSTILE_TITLES),
            "changes made": len(HOSTILE_TITLES) + 1,
            "rows shown": len(log),
            "outcome": "every change one row, separators shown as \\uXXXX; log is ASCII JSON lines",
        },
    )


def test_a_legacy_log_with_raw_separators_is_read_without_forged_rows(tmp_path):
    """A log written before the fix (UTF-8, U+2028 unescaped) still reads as its real records."""
    audit = tmp_path / "audit.jsonl"
    base = {"editor": "a", "source_id": "upload-1", "file": "upload-1.txt", "sha256": "0" * 64}
    lines = [
        json.dumps({**base, "action": "add", "title": "A\u2028{}\u2028B", "added": 1}, ensure_ascii=False),
        json.dumps({**base, "action": "remove", "title": "A\u0085{}", "added": 0}, ensure_ascii=False),
        "{}",  # a bare object is not a change
        '{"action": "add"',  # a torn line
    ]
    audit.write_text("\n".join(lines) + "\n", encoding="utf-8")
    log = read_audit_log(audit)
    assert log["action"].tolist() == ["remove", "add"]
    assert log["title"].tolist() == ["A\\u0085{}", "A\\u2028{}\\u2028B"]


def test_records_are_one_ascii_line_each(tmp_path):
    audit = tmp_path / "audit.jsonl"
    _audit(audit, {"txn": "t", "status": "pending", "action": "add", "title": "x\u2028y\n{}"})
    assert audit.read_bytes().count(b"\n") == 1 and audit.read_bytes().isascii()
    assert snapshot(tmp_path)  # written where asked
