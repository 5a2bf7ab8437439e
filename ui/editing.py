"""The editors' workflow, the one facade the Add documents and Sources pages use: add or remove a source
document (preview its figures, store it safely, rebuild, log the change) and read the change log.

On the dashboard's side of the line (the ETL never calls it), yet free of Streamlit: it drives the ETL's own
reading and extraction (`etl.readers`, `etl.rows.document_rows`) and rebuild (`etl.pipeline.run`), plus
careful file handling:
- the stored file name is generated from the content hash, never taken from the upload;
- the manifest is edited as text (its comments survive) and replaced atomically;
- a failed rebuild puts `data/raw/` and the manifest back exactly as they were (the dataset itself is
  only ever swapped in whole by `etl.publish`);
- one change at a time, across processes, by a file lock; a second change waits for the first at most
  LOCK_WAIT_SECONDS and is then refused with a message to try again;
- with `isolated=True` (the dashboard), reading, extraction and the rebuild run in a worker process
  with CPU and memory limits (etl.worker), never in the server's request threads.

About 550 lines: the transaction (pending, done, rolled back, recovery after a kill), the manifest edited
as text, and the audit log read back for display are one workflow that must stay together under one lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import textwrap
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import yaml
from filelock import FileLock, Timeout

from etl.dataset import Dataset
from etl.documents import discover
from etl.identity import same_figure_key, values_agree
from etl.manifest import (
    MANIFEST_NAME,
    UPLOAD_PREFIX,
    SourceInfo,
    is_orphan_upload,
    is_valid_date,
    load_manifest,
    sha256_bytes,
    source_from_entry,
    upload_file_name,
)
from etl.pipeline import EtlError, run
from etl.rows import document_rows

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
AUDIT_TEXT = ["time", "editor", "action", "source_id", "file", "sha256", "title"]
AUDIT_COUNTS = ["added", "same", "conflicts"]
AUDIT_COLUMNS = [*AUDIT_TEXT, *AUDIT_COUNTS, "status", "note"]
PENDING, DONE, ROLLED_BACK, FAILED = "pending", "done", "rolled back", "failed"
LOCK_WAIT_SECONDS = 60
ANOTHER_CHANGE = "another change to the documents is running; nothing was changed, try again in a minute"


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
    held: pd.DataFrame = field(default_factory=pd.DataFrame)  # review rows: numbers held back, and why

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
    file_name = upload_file_name(sha, doc.suffix)
    return {
        "id": file_name.removesuffix(doc.suffix.lower()),
        "file": file_name,
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
    """Each figure the document would add, as new, the same as a published one, or in conflict with one:
    "the same figure" as the ETL's conflicts read it (etl/identity.py), statuses compared as they are."""
    figures = pd.DataFrame(rows)
    if figures.empty:
        return figures.assign(change=pd.Series(dtype="str"), existing=pd.Series(dtype="str"))
    published: dict[tuple, list[dict]] = {}
    if dataset is not None:
        # Only published figures that could share a row's key (its indicator and period start) are
        # looked at: this runs in the server's own thread, and a dataset may hold tens of thousands.
        starts = pd.to_datetime(pd.Series([r["period_start"] for r in rows])).dropna().unique()
        candidates = dataset.figures.loc[
            dataset.figures["indicator_id"].isin(figures["indicator_id"].unique())
            & dataset.figures["period_start"].isin(starts)
        ]
        for row in candidates.to_dict("records"):
            key = same_figure_key(
                {**row, "period_start": _day(row["period_start"]), "period_end": _day(row["period_end"])}
            )
            published.setdefault(key, []).append(row)
    changes, existing = [], []
    for row in rows:
        same = published.get(same_figure_key(row), [])
        rivals = [r for r in same if r["basis"] == row["basis"] and r["status"] == row["status"]]
        if any(
            values_agree(r["value"], bool(r["approximate"]), row["value"], bool(row["approximate"]))
            for r in same
        ):
            changes.append("same")
        elif rivals:  # what the ETL will flag as a conflict once the document is added
            changes.append("conflict")
        else:  # new, or the same figure with another status (a revision) or basis
            changes.append("new")
        existing.append("; ".join(f"{r['value']:g} ({r['source_id']})" for r in same))
    # ("change", beside the figure's own "status": whether it is an estimate or a target stays in sight)
    return figures.assign(change=changes, existing=existing)


def _day(value):
    """A published period bound (a pandas Timestamp) as the date the ETL's rows carry."""
    return value.date() if hasattr(value, "date") else value


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
    rows, held = document_rows(result.text, source)
    return source, result.text, rows, held, duplicate


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
    source, text, rows, held, duplicate = found
    return Preview(
        source=source,
        text=text,
        figures=_compare(rows, dataset),
        duplicate_of=duplicate,
        held=pd.DataFrame(
            held, columns=list(held[0]) if held else ["reason", "value_text", "detail", "quote"]
        ),
    )


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
    """Append one record as one line of JSON. ASCII only: U+2028, U+0085 and every other character a
    reader could take for a line break are written as \\u escapes, so a title cannot split a record."""
    path.parent.mkdir(parents=True, exist_ok=True)
    line = json.dumps(record, ensure_ascii=True, sort_keys=True)
    with open(path, "a", encoding="ascii") as fh:
        fh.write(line + "\n")
        fh.flush()
        os.fsync(fh.fileno())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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


def _remove_orphans(raw_dir: Path) -> None:
    """Files left by an add that was killed before its manifest entry was written (under the lock)."""
    manifest = load_manifest(raw_dir)
    for path in discover(raw_dir):
        if is_orphan_upload(path.name, manifest):
            path.unlink(missing_ok=True)


def _records(path: Path) -> list[dict]:
    """The audit log's records, in order. Lines are split on "\n" only (never str.splitlines, which
    also breaks at U+2028, U+0085, \x1c …); a line that is not one JSON object is skipped."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return []
    records = []
    for line in data.split(b"\n"):
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict):
            records.append(record)
    return records


def _pending(path: Path) -> list[dict]:
    """Changes whose last record says "pending": their process died between the audit's first record and
    its last. (A change in progress holds the ingest lock, so under the lock every pending one is dead.)"""
    last: dict[str, dict] = {}
    first: dict[str, dict] = {}
    for record in _records(path):
        txn = record.get("txn")
        if isinstance(txn, str):
            first.setdefault(txn, record)
            last[txn] = record
    return [first[txn] for txn, record in last.items() if record.get("status") == PENDING]


def _in_dataset(out: Path, source_id: str) -> bool:
    """Whether the published dataset lists `source_id` (True when that cannot be read: rebuild to be sure)."""
    import pyarrow.parquet as pq

    try:
        ids = pq.read_table(Path(out) / "sources.parquet", columns=["source_id"]).column("source_id")
    except Exception:
        return Path(out).exists()
    return source_id in set(ids.to_pylist())


def _recover(raw_dir: Path, out: Path, audit_log: Path) -> list[dict]:
    """Finish what a killed change left (call with the ingest lock held). A pending add is rolled back:
    its manifest entry and file are removed and the dataset is rebuilt without it. A pending remove is
    completed: the editor confirmed it and its file may be gone already. Either way the outcome is audited."""
    done = []
    for record in _pending(audit_log):
        source_id, file_name = str(record.get("source_id") or ""), str(record.get("file") or "")
        if not source_id.startswith(UPLOAD_PREFIX) or not re.fullmatch(r"[A-Za-z0-9_.-]+", file_name):
            _audit(audit_log, {"txn": record["txn"], "status": FAILED, "time": _now(), "note": "unreadable"})
            continue
        manifest = raw_dir / MANIFEST_NAME
        before = manifest.read_bytes() if manifest.exists() else b""
        after = _without_entry(before.decode("utf-8"), source_id).encode("utf-8")
        target = raw_dir / file_name
        changed = after != before or target.exists()
        if after != before:
            _atomic_write(manifest, after)
        target.unlink(missing_ok=True)
        if changed or _in_dataset(out, source_id):
            try:
                run(raw_dir, out, progress=False, cache_dir=out.parent / ".etl-cache")
            except EtlError as exc:  # stays pending: tried again before the next change
                raise IngestError(
                    "an interrupted change could not be finished: "
                    + "; ".join(why for _, why in exc.problems)
                ) from exc
        status = ROLLED_BACK if record.get("action") == "add" else DONE
        note = "interrupted; rolled back" if status == ROLLED_BACK else "interrupted; completed"
        _audit(audit_log, {"txn": record["txn"], "status": status, "time": _now(), "note": note})
        done.append({**record, "status": status})
    return done


def recover(raw_dir: Path, out: Path, audit_log: Path, *, wait: float = 120) -> list[dict] | None:
    """Roll back or complete changes a killed process left pending, and audit it (start-up does this
    without waiting; every change does it first). None when another change holds the lock."""
    raw_dir, out, audit_log = Path(raw_dir), Path(out), Path(audit_log)
    if not _pending(audit_log):
        return []
    try:
        with FileLock(str(raw_dir / ".ingest.lock"), timeout=wait):
            return _recover(raw_dir, out, audit_log)
    except Timeout:
        return None


def _lock(raw_dir: Path) -> FileLock:
    return FileLock(str(raw_dir / ".ingest.lock"), timeout=LOCK_WAIT_SECONDS)


def _locked(raw_dir: Path):
    lock = _lock(raw_dir)
    try:
        lock.acquire()
    except Timeout as exc:
        raise IngestError(ANOTHER_CHANGE) from exc
    return lock


@contextlib.contextmanager
def _transaction(audit_log: Path, record: dict):
    """The audit records around one change: `pending` before it, `done` after it, `rolled back` with the
    reason when it fails. A process killed inside leaves the pending record for _recover to finish."""
    txn = uuid.uuid4().hex
    _audit(audit_log, {"txn": txn, "status": PENDING, "time": _now(), **record})
    try:
        yield txn
    except Exception as exc:
        _audit(audit_log, {"txn": txn, "status": ROLLED_BACK, "time": _now(), "note": str(exc)[:500]})
        raise
    _audit(audit_log, {"txn": txn, "status": DONE, "time": _now()})


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
    """Store `doc`, record it in the manifest, rebuild the dataset, and log the change, as one transaction:
    a `pending` audit record comes first, then the file and the manifest entry, then the rebuild, then the
    record that closes it (`done`, or `rolled back` when the rebuild failed). A process killed anywhere in
    between leaves a pending record, and the next change (or the next start) rolls the add back."""
    raw_dir, out, audit_log = Path(raw_dir), Path(out), Path(audit_log)
    lock = _locked(raw_dir)
    try:
        _recover(raw_dir, out, audit_log)
        _remove_orphans(raw_dir)
        preview = preview_document(doc, raw_dir, dataset, editor, isolated=isolated)
        if preview.duplicate_of:
            raise IngestError(f"this document is already stored as {preview.duplicate_of}; nothing was added")
        counts = preview.figures["change"].value_counts() if not preview.figures.empty else {}
        manifest = raw_dir / MANIFEST_NAME
        before = manifest.read_bytes() if manifest.exists() else None
        target = raw_dir / preview.file_name
        record = {
            "editor": editor,
            "action": "add",
            "source_id": preview.source.source_id,
            "file": preview.file_name,
            "sha256": preview.source.sha256,
            "title": preview.source.title,
            "added": int(counts.get("new", 0)),
            "same": int(counts.get("same", 0)),
            "conflicts": int(counts.get("conflict", 0)),
        }
        with _transaction(audit_log, record):
            _atomic_write(target, doc.data)
            entry = _entry_for(doc, preview.source.sha256, preview.source.title, editor)
            try:
                _atomic_write(manifest, _append_entry((before or b"").decode("utf-8"), entry).encode("utf-8"))
            except BaseException:
                target.unlink(missing_ok=True)
                raise
            _rebuild_or_restore(raw_dir, out, before, target, None, isolated)
        return preview
    finally:
        lock.release()


def remove_document(
    source_id: str, raw_dir: Path, out: Path, editor: str, audit_log: Path, *, isolated: bool = False
) -> None:
    """Remove a document added through the dashboard, rebuild, and log the change (pending first, then
    done or rolled back; a remove killed half-way is completed by the next change or start)."""
    raw_dir, out, audit_log = Path(raw_dir), Path(out), Path(audit_log)
    lock = _locked(raw_dir)
    try:
        _recover(raw_dir, out, audit_log)
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
        record = {
            "editor": editor,
            "action": "remove",
            "source_id": source_id,
            "file": entry["file"],
            "sha256": entry["sha256"],
            "title": entry["title"],
            "added": 0,
            "same": 0,
            "conflicts": 0,
        }
        with _transaction(audit_log, record):
            _atomic_write(manifest, _without_entry(before.decode("utf-8"), source_id).encode("utf-8"))
            target.unlink(missing_ok=True)
            _rebuild_or_restore(
                raw_dir, out, before, None, (target, data) if data is not None else None, isolated
            )
    finally:
        lock.release()


def read_audit_log(path: Path) -> pd.DataFrame:
    """The change log, one row per change, newest first, with its `status` (done, pending, rolled back).

    Every field is taken from the change's own records by name and type-checked: a record cannot add a
    row of its own (only a change's first, pending record opens a row; later records only close it), and
    text fields are shown as one escaped line (`display_text`) so no title can split, hide or forge a row.
    Logs written before changes were transactions (no `txn`) show each record as a done change."""
    rows: dict[str, dict] = {}
    for n, record in enumerate(_records(path)):
        txn = record.get("txn")
        if txn is None:  # the old format: one record per completed change
            txn, record = f"legacy-{n}", {**record, "status": DONE}
        if not isinstance(txn, str):
            continue
        if txn not in rows:
            if record.get("action") not in ("add", "remove"):
                continue
            rows[txn] = {
                **{k: display_text(record.get(k)) for k in AUDIT_TEXT},
                **{k: _count(record.get(k)) for k in AUDIT_COUNTS},
                "status": display_text(record.get("status")),
            }
        else:
            rows[txn]["status"] = display_text(record.get("status"))
            if record.get("note"):
                rows[txn]["note"] = display_text(record.get("note"))
    return pd.DataFrame(list(rows.values()), columns=AUDIT_COLUMNS).iloc[::-1].reset_index(drop=True)


def _count(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


_INVISIBLE = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e"
    r"\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]"
)


def display_text(value, limit: int = 300) -> str:
    """A field from the audit log as one line of visible text: line and paragraph separators, control and
    format characters (bidi overrides, zero-width) shown as \\uXXXX, long values cut with "…"."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=True)
    text = _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
