"""Crash safety: SIGKILL the ETL and the editor's "add document" at random points of many runs.

After every kill the dataset is byte-identical to the old or the new one and reads back; data/raw and
its manifest are as before, or hold the complete new document with its manifest entry. Kills at
random times sample the whole run; kills injected at each step boundary make sure the narrow windows
between two writes are hit too. Faults injected and the states found are recorded.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from etl.dataset import read_dataset
from etl.manifest import MANIFEST_NAME, load_manifest, sha256_bytes
from reliability.results import record
from tests.security.conftest import RAW, ROOT, snapshot
from tests.ui.test_pages import navigation_v2  # noqa: F401 (fixture)
from ui.editing import NewDocument, add_document, read_audit_log, recover, remove_document

SEED = int(os.environ.get("LANGSON_SEED", "20231125"))
OLD_DOCS = ["002_a36a1cf8587c4fae.txt", "003_51924e4ad6d1e06f.txt"]


def kills(long_run: bool) -> int:
    return 200 if long_run else 10


def etl_command(raw: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "etl", "--raw", str(raw), "--out", str(out), "--quiet"]


def killed_after(command: list[str], delay: float) -> int | None:
    """Start `command`, SIGKILL it after `delay` seconds; its exit code if it finished first."""
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return None


def timed(command: list[str]) -> float:
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - started


# --- The ETL ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def etl_states(tmp_path_factory):
    """Raw directories for an old and a new dataset, and the bytes of each dataset."""
    base = tmp_path_factory.mktemp("etl-crash")
    old_raw, new_raw = base / "old_raw", base / "new_raw"
    old_raw.mkdir()
    for name in OLD_DOCS:
        shutil.copy(RAW / name, old_raw / name)
    shutil.copytree(RAW, new_raw)
    subprocess.run(etl_command(old_raw, base / "old"), cwd=ROOT, check=True)
    duration = timed(etl_command(new_raw, base / "new"))
    return old_raw, new_raw, base / "old", snapshot(base / "old"), snapshot(base / "new"), duration


@pytest.mark.parametrize(
    "long_run", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["fast", "long"]
)
def test_a_killed_etl_leaves_the_old_or_the_new_dataset(tmp_path, etl_states, long_run):
    _old_raw, new_raw, old_out, old, new, duration = etl_states
    out = tmp_path / "processed"
    rng = random.Random(SEED)
    states = Counter()
    for _ in range(kills(long_run)):
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(old_out, out)
        code = killed_after(etl_command(new_raw, out), rng.uniform(0, duration * 1.1))
        dataset = read_dataset(out)  # reads back cleanly (and finishes an interrupted fallback swap)
        current = snapshot(out)
        assert current in (old, new), "torn dataset after a kill"
        assert len(dataset.sources) == (len(OLD_DOCS) if current == old else 5)
        states[
            "finished" if code == 0 else "killed: old dataset" if current == old else "killed: new dataset"
        ] += 1
    leftovers = len(list(tmp_path.glob(".staging-*")))
    record(
        "Crash safety",
        {
            "target": "python -m etl",
            "variant": "long" if long_run else "fast",
            "faults injected": sum(v for k, v in states.items() if k.startswith("killed")),
            "how": f"SIGKILL at uniform random times in 0-{duration * 1.1:.1f} s",
            "states after": ", ".join(f"{k} {v}" for k, v in sorted(states.items())) + ", torn 0",
            "left behind": f"{leftovers} staging dir(s) (removed by the next publish)",
        },
    )
    assert states["killed: old dataset"] > 0


# --- Adding a document from the dashboard ----------------------------------------------------------

NEW_TEXT = "Tin thu ngân sách\n\nNăm 2023, thu ngân sách nhà nước trên địa bàn đạt 7.100 tỷ đồng.\n"

_ADD = """
import os, signal, sys
from pathlib import Path
import ui.editing as ingest
raw, out, audit, step = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
def die():
    os.kill(os.getpid(), signal.SIGKILL)
if step != "random":
    write, run, audit_fn = ingest._atomic_write, ingest.run, ingest._audit
    writes, audits = [], []
    def atomic_write(path, data):
        write(path, data)
        writes.append(path.name)
        if step == f"after-write-{len(writes)}":
            die()
    def rebuild(*a, **k):
        if step == "before-rebuild":
            die()
        run(*a, **k)
        if step == "after-rebuild":
            die()
    def audit_then_die(path, record):
        audit_fn(path, record)
        audits.append(record)
        if step == f"after-audit-{len(audits)}":
            die()
    ingest._atomic_write, ingest.run, ingest._audit = atomic_write, rebuild, audit_then_die
ingest.add_document(ingest.NewDocument(sys.argv[5].encode(), ".txt", "tin.txt"), raw, out, "bien-tap", audit)
"""
# Step boundaries inside add_document: pending record | file stored | manifest written | rebuilt | done.
STEPS = ["after-audit-1", "after-write-1", "after-write-2", "before-rebuild", "after-rebuild"]


def manifest_entries(manifest: bytes) -> list[dict]:
    return (yaml.safe_load(manifest) or {}).get("documents") or []


def raw_state(raw: Path, before: dict[str, bytes], data: bytes) -> str:
    """'before', 'added' (file and manifest entry, complete), 'orphan file' or 'torn'."""
    now = snapshot(raw)
    entries = load_manifest(raw)  # the manifest parses, whatever happened
    if now == before:
        return "before"
    new_files = set(now) - set(before)
    others_unchanged = all(now.get(n) == content for n, content in before.items() if n != MANIFEST_NAME)
    if not others_unchanged or len(new_files) != 1 or now[next(iter(new_files))] != data:
        return "torn"
    [name] = new_files
    if now[MANIFEST_NAME] == before[MANIFEST_NAME]:
        return "orphan file"  # stored but not listed: the next ETL run would publish it as unlisted
    appended = now[MANIFEST_NAME].startswith(before[MANIFEST_NAME])
    one_more = len(entries) == len(manifest_entries(before[MANIFEST_NAME])) + 1
    if not (appended and one_more and name in entries and entries[name]["sha256"] == sha256_bytes(data)):
        return "torn"
    return "added"


def add_in_subprocess(raw: Path, out: Path, audit: Path, step: str, text: str, delay: float) -> int | None:
    command = [sys.executable, "-c", _ADD, str(raw), str(out), str(audit), step, text]
    return killed_after(command, delay)


def still_works(raw: Path, out: Path, audit: Path, n: int):
    """After the kill, an editor can add another document and remove it again."""
    text = f"Tin {n}\n\nNăm 2023, chỉ số PCI của tỉnh xếp thứ {20 + n % 40}/63.\n"
    preview = add_document(NewDocument(text.encode(), ".txt", "sau.txt"), raw, out, "b", audit)
    assert preview.source.source_id in set(read_dataset(out).sources["source_id"])
    remove_document(preview.source.source_id, raw, out, "b", audit)
    assert preview.source.source_id not in set(read_dataset(out).sources["source_id"])
    return preview


@pytest.mark.parametrize("step", STEPS)
def test_add_document_killed_at_a_step_boundary_is_rolled_back_and_audited(project, step):
    """Issue 15: a kill after the manifest was written used to leave the document for the next add to
    publish silently (its record saying "added: 0"). Now the add is pending in the audit log from its
    first step; the next start (or change) rolls it back, rebuilds, and audits that."""
    raw, out, audit = project
    before, dataset_before = snapshot(raw), snapshot(out)
    code = add_in_subprocess(raw, out, audit, step, NEW_TEXT, 120)
    assert code == -signal.SIGKILL
    state = raw_state(raw, before, NEW_TEXT.encode())
    assert state in ("before", "orphan file", "added"), state
    [row] = read_audit_log(audit).to_dict("records")
    assert row["status"] == "pending" and row["action"] == "add"
    recovered = recover(raw, out, audit, wait=0)
    assert [r["status"] for r in recovered] == ["rolled back"]
    assert raw_state(raw, before, NEW_TEXT.encode()) == "before"
    assert snapshot(out) == dataset_before  # rebuilt without it if it had been published
    [row] = read_audit_log(audit).to_dict("records")
    assert (row["status"], row["note"]) == ("rolled back", "interrupted; rolled back")
    record(
        "Crash safety",
        {
            "target": "ui.editing.add_document",
            "variant": "step",
            "faults injected": 1,
            "how": f"SIGKILL {step}",
            "states after": f"{state}, audit: pending",
            "left behind": "after recovery: raw and dataset as before; audit: rolled back",
        },
    )
    # The next add publishes only its own document, and its record counts its own figures.
    preview = still_works(raw, out, audit, 1)
    log = read_audit_log(audit)
    assert log["status"].tolist() == ["done", "done", "rolled back"]  # remove, add, the killed add
    assert log.iloc[1]["added"] == len(preview.figures[preview.figures["change"] == "new"]) > 0


def test_a_pending_add_is_rolled_back_before_the_next_add_not_published(project):
    """Without a restart in between: the next editor's add rolls the killed one back first."""
    raw, out, audit = project
    dataset_before = snapshot(out)
    assert add_in_subprocess(raw, out, audit, "after-write-2", NEW_TEXT, 120) == -signal.SIGKILL
    other = "Tin khác\n\nNăm 2023, chỉ số PCI của tỉnh xếp thứ 33/63.\n"
    preview = add_document(NewDocument(other.encode(), ".txt", "khac.txt"), raw, out, "b", audit)
    sources = set(read_dataset(out).sources["source_id"])
    assert preview.source.source_id in sources
    assert len([s for s in sources if s.startswith("upload-")]) == 1  # not the killed one
    assert snapshot(out) != dataset_before
    log = read_audit_log(audit)
    assert log["status"].tolist() == ["done", "rolled back"]
    assert log.iloc[0]["added"] > 0
    record(
        "Crash safety",
        {
            "target": "ui.editing.add_document",
            "variant": "step",
            "faults injected": 1,
            "how": "SIGKILL after-write-2, then another editor's add (no restart)",
            "states after": "the killed add rolled back first; the new add published alone",
            "left behind": "audit: rolled back, then done with its own figure counts (not added: 0)",
        },
    )


def test_a_pending_remove_is_completed_and_audited(project):
    raw, out, audit = project
    preview = add_document(NewDocument(NEW_TEXT.encode(), ".txt", "tin.txt"), raw, out, "a", audit)
    command = [sys.executable, "-c", _REMOVE, str(raw), str(out), str(audit), preview.source.source_id]
    assert killed_after(command, 120) == -signal.SIGKILL
    assert read_audit_log(audit)["status"].tolist() == ["pending", "done"]
    assert [r["status"] for r in recover(raw, out, audit, wait=0)] == ["done"]
    assert preview.source.source_id not in set(read_dataset(out).sources["source_id"])
    assert preview.file_name not in snapshot(raw)
    log = read_audit_log(audit)
    assert log[["action", "status"]].values.tolist() == [["remove", "done"], ["add", "done"]]
    assert log.iloc[0]["note"] == "interrupted; completed"
    record(
        "Crash safety",
        {
            "target": "ui.editing.remove_document",
            "variant": "step",
            "faults injected": 1,
            "how": "SIGKILL after the manifest write (file still there)",
            "states after": "audit: pending",
            "left behind": "after recovery: removed, rebuilt; audit: done (interrupted; completed)",
        },
    )


_REMOVE = """
import os, signal, sys
from pathlib import Path
import ui.editing as ingest
raw, out, audit, source_id = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
write = ingest._atomic_write
def atomic_write(path, data):
    write(path, data)
    os.kill(os.getpid(), signal.SIGKILL)  # the manifest no longer lists it; the file is still there
ingest._atomic_write = atomic_write
ingest.remove_document(source_id, raw, out, "b", audit)
"""


@pytest.mark.parametrize(
    "long_run", [False, pytest.param(True, marks=pytest.mark.slow)], ids=["fast", "long"]
)
def test_add_document_killed_at_random_times_never_tears_raw_or_the_dataset(project, long_run):
    raw, out, audit = project
    pristine_raw, pristine_out = snapshot(raw), snapshot(out)
    work = raw.parent / "pristine"
    shutil.copytree(raw, work / "raw")
    shutil.copytree(out, work / "processed")
    rng = random.Random(SEED + 1)
    assert add_in_subprocess(raw, out, audit, "random", NEW_TEXT, 120) == 0
    new_dataset = snapshot(out)
    for name in ("raw", "processed"):  # once more, timed with the ETL cache warm as it will be below
        shutil.rmtree(raw.parent / name)
        shutil.copytree(work / name, raw.parent / name)
    started = time.monotonic()
    assert add_in_subprocess(raw, out, audit, "random", NEW_TEXT, 120) == 0
    duration = time.monotonic() - started
    states = Counter()
    for i in range(kills(long_run)):
        for name in ("raw", "processed"):
            shutil.rmtree(raw.parent / name)
            shutil.copytree(work / name, raw.parent / name)
        audit.unlink(missing_ok=True)  # the log belongs with the raw directory it describes
        code = add_in_subprocess(raw, out, audit, "random", NEW_TEXT, rng.uniform(0, duration * 1.1))
        state = raw_state(raw, pristine_raw, NEW_TEXT.encode())
        assert state != "torn"
        assert snapshot(out) in (pristine_out, new_dataset) and read_dataset(out)
        states["finished" if code == 0 else f"killed: raw {state}"] += 1
        if i % 20 == 0:  # add + remove cost a rebuild each: every 20th kill is enough
            still_works(raw, out, audit, i)  # rolls back whatever the kill left pending first
    record(
        "Crash safety",
        {
            "target": "ui.editing.add_document",
            "variant": "long" if long_run else "fast",
            "faults injected": sum(v for k, v in states.items() if k.startswith("killed")),
            "how": f"SIGKILL at uniform random times in 0-{duration * 1.1:.1f} s",
            "states after": ", ".join(f"{k} {v}" for k, v in sorted(states.items())) + ", torn 0",
            "left behind": "then add + remove of another document: works",
        },
    )


def test_a_pending_add_is_rolled_back_when_the_dashboard_starts(project, monkeypatch):
    """Killed after its rebuild published it but before its audit record closed it: the first page view
    of the next server rolls it back, rebuilds, and audits that; the page then shows the old dataset."""
    from streamlit.testing.v1 import AppTest

    from tests.ui.test_pages import DASHBOARD, TIMEOUT

    raw, out, audit = project
    before, dataset_before = snapshot(raw), snapshot(out)
    assert add_in_subprocess(raw, out, audit, "after-rebuild", NEW_TEXT, 120) == -signal.SIGKILL
    assert any(s.startswith("upload-") for s in read_dataset(out).sources["source_id"])  # published, pending
    monkeypatch.setenv("LANGSON_DATA_DIR", str(out))
    monkeypatch.setenv("LANGSON_RAW_DIR", str(raw))
    monkeypatch.setenv("LANGSON_AUDIT_LOG", str(audit))
    at = AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert snapshot(raw) == before and snapshot(out) == dataset_before
    assert read_audit_log(audit)["status"].tolist() == ["rolled back"]
    record(
        "Crash safety",
        {
            "target": "dashboard start-up",
            "variant": "step",
            "faults injected": 1,
            "how": "SIGKILL after-rebuild (published, audit pending), then a first page view",
            "states after": "raw and dataset as before the add",
            "left behind": "audit: rolled back",
        },
    )
