"""Adding and removing documents: preview, safe storage, rebuild, rollback, audit, concurrency."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etl.dataset import read_dataset
from etl.manifest import load_manifest
from etl.pipeline import run
from ui.editing import (
    IngestError,
    NewDocument,
    add_document,
    preview_document,
    read_audit_log,
    remove_document,
)

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = (
    "Lạng Sơn công bố chỉ số năm 2023\n\n"
    "Năm 2023, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Lạng Sơn xếp thứ 20/63, giảm 5 bậc so với năm 2022.\n\n"
    "Tổng thu ngân sách nhà nước trên địa bàn năm 2023 đạt 6.500 tỷ đồng.\n"
)


@pytest.fixture
def project(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "data" / "raw", raw)
    out = tmp_path / "processed"
    run(raw, out, progress=False)
    return raw, out, tmp_path / "audit.jsonl"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


def doc(text=ARTICLE, **kw):
    return NewDocument(data=text.encode("utf-8"), suffix=".txt", original_name="../../etc/passwd.txt", **kw)


def test_preview_lists_figures_and_what_they_change_without_writing(project):
    raw, out, _ = project
    before = snapshot(raw)
    preview = preview_document(doc(published="2024-01-15"), raw, read_dataset(out))
    rows = preview.figures.set_index(["indicator_id", "basis"])
    assert rows.loc[("pci_rank", "reported"), "value"] == 20
    assert rows.loc[("pci_rank", "reported"), "change"] == "new"  # the dataset has PCI 2022 only
    # PCI 2022 derived from "giảm 5 bậc": 15, the same as the value already in the dataset.
    assert rows.loc[("pci_rank", "derived"), "value"] == 15
    assert rows.loc[("pci_rank", "derived"), "change"] == "same"
    assert rows.loc[("budget_revenue", "reported"), "value"] == 6500
    assert preview.duplicate_of is None
    assert snapshot(raw) == before


def test_preview_flags_a_conflict_with_an_existing_source(project):
    raw, out, _ = project
    text = "Tin\n\nNăm 2022, chỉ số PCI của Lạng Sơn xếp thứ 16/63.\n"
    preview = preview_document(doc(text), raw, read_dataset(out))
    [row] = preview.figures.to_dict("records")
    assert row["change"] == "conflict" and "15 (002_a36a1cf8587c4fae)" in row["existing"]


def test_add_stores_under_a_generated_name_rebuilds_and_logs(project):
    raw, out, audit = project
    preview = add_document(doc(title="Bài mới", publisher="Báo Lạng Sơn"), raw, out, "editor-a", audit)
    assert preview.file_name.startswith("upload-") and (raw / preview.file_name).exists()
    assert not any("passwd" in p.name for p in raw.iterdir())
    entry = load_manifest(raw)[preview.file_name]
    assert entry["title"] == "Bài mới" and entry["added_by"] == "editor-a"
    ds = read_dataset(out)
    assert 20 in ds.figures[ds.figures["source_id"] == preview.source.source_id]["value"].tolist()
    [log] = read_audit_log(audit).to_dict("records")
    assert (log["editor"], log["action"], log["source_id"]) == ("editor-a", "add", preview.source.source_id)
    assert log["added"] >= 2
    # The manifest's comments survive the edit.
    assert (raw / "manifest.yaml").read_text(encoding="utf-8").startswith("# Source documents")


def test_the_same_document_twice_is_refused(project):
    raw, out, audit = project
    add_document(doc(), raw, out, "a", audit)
    before = snapshot(raw)
    with pytest.raises(IngestError, match="already stored"):
        add_document(doc(), raw, out, "a", audit)
    assert snapshot(raw) == before
    with pytest.raises(IngestError, match="already stored as 002_a36a1cf8587c4fae"):
        add_document(
            NewDocument((ROOT / "data/raw/002_a36a1cf8587c4fae.txt").read_bytes(), ".txt", "x.txt"),
            raw,
            out,
            "a",
            audit,
        )


def test_remove_restores_the_dataset(project):
    raw, out, audit = project
    before_raw, before_ds = snapshot(raw), snapshot(out)
    preview = add_document(doc(), raw, out, "a", audit)
    remove_document(preview.source.source_id, raw, out, "b", audit)
    assert snapshot(raw) == before_raw
    assert snapshot(out) == before_ds
    assert read_audit_log(audit)["action"].tolist() == ["remove", "add"]
    with pytest.raises(IngestError, match="bundled corpus"):
        remove_document("002_a36a1cf8587c4fae", raw, out, "b", audit)


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (NewDocument(b"MZ\x90", ".exe", "virus.exe"), "not supported"),
        (NewDocument(b"x" * (21 * 1024 * 1024), ".txt", "big.txt"), "limit"),
        (NewDocument(b"Tin", ".txt", "a.txt", link="javascript:alert(1)"), "http"),
        (NewDocument(b"Tin", ".txt", "a.txt", published="hôm qua"), "YYYY"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason(project, document, message):
    raw, _out, _audit = project
    with pytest.raises(IngestError, match=message):
        preview_document(document, raw, None)


def test_a_failed_rebuild_leaves_raw_and_dataset_as_they_were(project):
    raw, out, audit = project
    (raw / "hong.txt").write_bytes(b"")  # an unreadable document makes the rebuild fail
    before_raw, before_ds = snapshot(raw), snapshot(out)
    with pytest.raises(IngestError, match="rebuild failed"):
        add_document(doc(), raw, out, "a", audit)
    assert snapshot(raw) == before_raw
    assert snapshot(out) == before_ds
    [log] = read_audit_log(audit).to_dict("records")  # the attempt is on record, as rolled back
    assert log["status"] == "rolled back" and "rebuild failed" in log["note"]


_ADD = """
import sys
from pathlib import Path
from ui.editing import NewDocument, add_document
raw, out, audit, n = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
text = f"Tin {n}\\n\\nNăm 2023, thu ngân sách nhà nước đạt {n}.000 tỷ đồng.\\n"
add_document(NewDocument(text.encode(), ".txt", f"{n}.txt"), raw, out, f"editor{n}", audit)
"""


def test_concurrent_confirms_from_two_processes_keep_a_consistent_manifest(project):
    raw, out, audit = project
    procs = [
        subprocess.Popen([sys.executable, "-c", _ADD, str(raw), str(out), str(audit), str(n)], cwd=ROOT)
        for n in (7, 8)
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    uploads = [e for e in load_manifest(raw).values() if e["id"].startswith("upload-")]
    assert len(uploads) == 2
    ds = read_dataset(out)
    assert sorted(ds.figures[ds.figures["indicator_id"] == "budget_revenue"]["value"]) == [7000, 8000]
    assert len(read_audit_log(audit)) == 2
