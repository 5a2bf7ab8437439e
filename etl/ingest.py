"""Add or remove a source document: preview its figures, store it safely, rebuild, and log the change.

Used by the dashboard's "Add documents" page, but free of Streamlit: everything here is the ETL's own
reading and extraction (`etl.readers`, `etl.pipeline.figure_rows`), plus careful file handling:
- the stored file name is generated from the content hash, never taken from the upload;
- the manifest is edited as text (its comments survive) and replaced atomically;
- a failed rebuild puts `data/raw/` and the manifest back exactly as they were (the dataset itself is
  only ever swapped in whole by `etl.publish`);
- one change at a time, across processes, by a file lock; a second change waits for the first at most
  LOCK_WAIT_SECONDS and is then refused with a message to try again;
- with `isolated=True` (the dashboard), reading, extraction and the rebuild run in a worker process
  with CPU and memory limits (etl.worker), never in the server's request threads.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import yaml
from filelock import FileLock, Timeout

from etl.manifest import (
    MANIFEST_NAME,
    SourceInfo,
    is_valid_date,
    load_manifest,
    sha256_bytes,
    source_from_entry,
)
from etl.pipeline import UPLOAD_PREFIX, EtlError, discover, figure_rows, is_orphan_upload, run
from etl.publish import Dataset

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
LOCK_WAIT_SECONDS = 60
ANOTHER_CHANGE = "another change to the documents is running; nothing was changed, try again in a minute"
AUDIT_COLUMNS = [
    "time",
    "editor",
    "action",
    "source_id",
    "file",
    "sha256",
    "title",
    "added",
    "same",
    "conflicts",
]


class IngestError(Exception):
    """A document cannot be added or removed; the message says why, for the editor to read."""


@dataclass(frozen=True)
class NewDocument:
    data: bytes
    suffix: str  # ".txt", ".md", ".html", ".docx", ".pdf"
    original_name: str  # shown to people only; never used as a path
    title: str | None = None
    publisher: str | None = None
    published: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    link: str | None = None


@dataclass(frozen=True)
class Preview:
    source: SourceInfo
    text: str
    figures: pd.DataFrame  # figure rows plus `status` (new | same | conflict) and `existing`
    duplicate_of: str | None  # source id of an identical document already stored

    @property
    def file_name(self) -> str:
        return self.source.file_name


def _check(doc: NewDocument) -> None:
    from etl.readers import SUPPORTED_SUFFIXES

    if doc.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise IngestError(
            f"{doc.original_name}: type {doc.suffix or '(none)'} is not supported; "
            f"use {', '.join(SUPPORTED_SUFFIXES)}"
        )
    if len(doc.data) > MAX_UPLOAD_BYTES:
        raise IngestError(
            f"{doc.original_name}: {len(doc.data) / 1e6:.1f} MB is over the "
            f"{MAX_UPLOAD_BYTES // 10**6} MB limit"
        )
    if doc.published and not is_valid_date(doc.published):
        raise IngestError("date must be a real date as YYYY, YYYY-MM or YYYY-MM-DD")
    if doc.link and not re.match(r"^https?://\S+$", doc.link):
        raise IngestError("link must start with http:// or https://")


def _entry_for(doc: NewDocument, sha: str, title: str, editor: str | None) -> dict:
    source_id = f"{UPLOAD_PREFIX}{sha[:16]}"
    return {
        "id": source_id,
        "file": f"{source_id}{doc.suffix.lower()}",
        "kind": "document",
        "title": title,
        "title_inferred": not doc.title,
        "publisher": doc.publisher or None,
        "publisher_note": None,
        "published": doc.published or None,
        "date_inferred": False,
        "note": f"Added through the dashboard by {editor}." if editor else "Added through the dashboard.",
        "link": doc.link or None,
        "sha256": sha,
        "added_by": editor,
    }


def _compare(rows: list[dict], dataset: Dataset | None) -> pd.DataFrame:
    figures = pd.DataFrame(rows)
    if figures.empty:
        return figures.assign(status=pd.Series(dtype="str"), existing=pd.Series(dtype="str"))
    statuses, existing = [], []
    for row in rows:
        if dataset is None:
            statuses.append("new")
            existing.append("")
            continue
        f = dataset.figures
        same_period = f[
            (f["indicator_id"] == row["indicator_id"])
            & (f["period_start"] == pd.Timestamp(row["period_start"]))
            & (f["period_end"] == pd.Timestamp(row["period_end"]))
        ]
        if same_period.empty:
            statuses.append("new")
        elif (same_period["value"].round(6) == round(row["value"], 6)).any():
            statuses.append("same")
        else:
            statuses.append("conflict")
        existing.append(
            "; ".join(
                f"{v:g} ({s})" for v, s in zip(same_period["value"], same_period["source_id"], strict=True)
            )
        )
    return figures.assign(status=statuses, existing=existing)


def _read_and_extract(doc: NewDocument, raw_dir: Path, editor: str | None):
    """The heavy part of a preview: read the document and extract its figures."""
    from etl.readers import read_bytes

    result = read_bytes(doc.data, doc.suffix.lower(), doc.original_name)  # raises DocumentError
    sha = sha256_bytes(doc.data)
    title = (doc.title or result.title or doc.original_name).strip()[:200]
    entry = _entry_for(doc, sha, title, editor)
    source = source_from_entry(entry, sha)
    manifest = load_manifest(raw_dir)
    duplicate = next((e["id"] for e in manifest.values() if e["sha256"] == sha), None)
    return source, result.text, figure_rows(result.text, source), duplicate


def preview_document(
    doc: NewDocument,
    raw_dir: Path,
    dataset: Dataset | None,
    editor: str | None = None,
    *,
    isolated: bool = False,
) -> Preview:
    """What the ETL would extract from `doc`, and what that would change. Writes nothing.
    `isolated`: read and extract in a limited worker process (etl.worker)."""
    _check(doc)
    if isolated:
        from etl.worker import run_limited

        found = run_limited(_read_and_extract, doc, raw_dir, editor, name=doc.original_name)
    else:
        found = _read_and_extract(doc, raw_dir, editor)
    source, text, rows, duplicate = found
    return Preview(source=source, text=text, figures=_compare(rows, dataset), duplicate_of=duplicate)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _manifest_blocks(text: str) -> tuple[str, list[str]]:
    """The manifest's head (comments, `documents:`) and one text block per entry."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith("documents:")), None)
    if start is None:
        return text + ("" if text.endswith("\n") or not text else "\n") + "documents:\n", []
    head, blocks = "".join(lines[: start + 1]), []
    for line in lines[start + 1 :]:
        if line.startswith("  - ") or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += line
    return head, blocks


def _append_entry(text: str, entry: dict) -> str:
    dumped = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, width=120)
    block = "".join(("  " + line) if line.strip() else line for line in dumped.splitlines(keepends=True))
    body = text if text.endswith("\n") or not text else text + "\n"
    if "documents:" not in body:
        body += "documents:\n"
    # The blank line goes after the entry, so removing the entry's block restores the file exactly.
    return body + block + "\n"


def _without_entry(text: str, source_id: str) -> str:
    head, blocks = _manifest_blocks(text)
    kept = [b for b in blocks if (yaml.safe_load(textwrap.dedent(b)) or [{}])[0].get("id") != source_id]
    return head + "".join(kept)


def _audit(path: Path, record: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _rebuild_or_restore(
    raw_dir: Path,
    out: Path,
    manifest_before: bytes | None,
    added: Path | None,
    removed: tuple[Path, bytes] | None,
    isolated: bool = False,
) -> None:
    manifest = raw_dir / MANIFEST_NAME
    try:
        if isolated:
            from etl.worker import run_limited

            run_limited(run, raw_dir, out, name="the rebuild", deadline=False, progress=False,
                        cache_dir=out.parent / ".etl-cache")  # fmt: skip
        else:
            run(raw_dir, out, progress=False, cache_dir=out.parent / ".etl-cache")
    except BaseException as exc:
        if added is not None:
            added.unlink(missing_ok=True)
        if removed is not None:
            _atomic_write(*removed)
        if manifest_before is None:
            manifest.unlink(missing_ok=True)
        else:
            _atomic_write(manifest, manifest_before)
        if isinstance(exc, EtlError):
            raise IngestError(
                "the rebuild failed, nothing was changed: " + "; ".join(why for _, why in exc.problems)
            ) from exc
        from etl.worker import WorkerError

        if isinstance(exc, WorkerError):
            raise IngestError(f"the rebuild failed, nothing was changed: {exc}") from exc
        raise


@contextlib.contextmanager
def _one_change_at_a_time(raw_dir: Path):
    """The ingest lock; a change that cannot have it within LOCK_WAIT_SECONDS is refused, clearly."""
    try:
        with FileLock(str(raw_dir / ".ingest.lock"), timeout=LOCK_WAIT_SECONDS):
            yield
    except Timeout:
        raise IngestError(ANOTHER_CHANGE) from None


def _remove_orphans(raw_dir: Path) -> None:
    """Files left by an add that was killed before its manifest entry was written (under the lock)."""
    manifest = load_manifest(raw_dir)
    for path in discover(raw_dir):
        if is_orphan_upload(path.name, manifest):
            path.unlink(missing_ok=True)


def add_document(
    doc: NewDocument,
    raw_dir: Path,
    out: Path,
    editor: str,
    audit_log: Path,
    dataset: Dataset | None = None,
    *,
    isolated: bool = False,
) -> Preview:
    """Store `doc`, record it in the manifest, rebuild the dataset, and log the change."""
    raw_dir, out = Path(raw_dir), Path(out)
    with _one_change_at_a_time(raw_dir):
        _remove_orphans(raw_dir)
        preview = preview_document(doc, raw_dir, dataset, editor, isolated=isolated)
        if preview.duplicate_of:
            raise IngestError(f"this document is already stored as {preview.duplicate_of}; nothing was added")
        manifest = raw_dir / MANIFEST_NAME
        before = manifest.read_bytes() if manifest.exists() else None
        target = raw_dir / preview.file_name
        _atomic_write(target, doc.data)
        entry = _entry_for(doc, preview.source.sha256, preview.source.title, editor)
        try:
            _atomic_write(manifest, _append_entry((before or b"").decode("utf-8"), entry).encode("utf-8"))
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        _rebuild_or_restore(raw_dir, out, before, target, None, isolated)
        counts = preview.figures["status"].value_counts() if not preview.figures.empty else {}
        _audit(
            Path(audit_log),
            {
                "time": datetime.now(UTC).isoformat(timespec="seconds"),
                "editor": editor,
                "action": "add",
                "source_id": preview.source.source_id,
                "file": preview.file_name,
                "sha256": preview.source.sha256,
                "title": preview.source.title,
                "added": int(counts.get("new", 0)),
                "same": int(counts.get("same", 0)),
                "conflicts": int(counts.get("conflict", 0)),
            },
        )
        return preview


def remove_document(
    source_id: str, raw_dir: Path, out: Path, editor: str, audit_log: Path, *, isolated: bool = False
) -> None:
    """Remove a document added through the dashboard, rebuild, and log the change."""
    raw_dir, out = Path(raw_dir), Path(out)
    with _one_change_at_a_time(raw_dir):
        _remove_orphans(raw_dir)
        entries = {e["id"]: e for e in load_manifest(raw_dir).values()}
        entry = entries.get(source_id)
        if entry is None:
            raise IngestError(f"no document {source_id!r} in the manifest")
        if not str(entry["id"]).startswith(UPLOAD_PREFIX):
            raise IngestError(
                f"{source_id} is part of the bundled corpus; "
                "remove it through a reviewed change, not the browser"
            )
        manifest = raw_dir / MANIFEST_NAME
        before = manifest.read_bytes()
        target = raw_dir / entry["file"]
        data = target.read_bytes() if target.exists() else None
        _atomic_write(manifest, _without_entry(before.decode("utf-8"), source_id).encode("utf-8"))
        target.unlink(missing_ok=True)
        _rebuild_or_restore(
            raw_dir, out, before, None, (target, data) if data is not None else None, isolated
        )
        _audit(
            Path(audit_log),
            {
                "time": datetime.now(UTC).isoformat(timespec="seconds"),
                "editor": editor,
                "action": "remove",
                "source_id": source_id,
                "file": entry["file"],
                "sha256": entry["sha256"],
                "title": entry["title"],
                "added": 0,
                "same": 0,
                "conflicts": 0,
            },
        )


def read_audit_log(path: Path) -> pd.DataFrame:
    """The change log, newest first; unreadable lines are skipped rather than hiding the rest."""
    records = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append({k: record.get(k) for k in AUDIT_COLUMNS})
    return pd.DataFrame(records, columns=AUDIT_COLUMNS).iloc[::-1].reset_index(drop=True)
