"""Write the dataset atomically (the dashboard reads it through etl/dataset.py, which never writes).

A dataset is a directory of Parquet tables plus `metadata.json` (a sidecar, as OWID does: embedded
metadata would slow partial reads). It is written in full to a sibling staging directory and then
swapped in with one `renameat2(RENAME_EXCHANGE)` call, so a reader or a crash sees either the whole
old dataset or the whole new one -- never a mixture, never a half-written file.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from etl.manifest import sha256_file
from etl.schema import ARROW, SCHEMA_VERSION, TABLE_NAMES

if TYPE_CHECKING:  # pandas is for readers; writing a dataset never imports it
    pass

METADATA_FILE = "metadata.json"
STAGING_PREFIX = ".staging-"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


# --- Save outputs ---------------------------------------------------------------------------------


def _arrow_table(name: str, table) -> pa.Table:
    """A table of the published schema, from Arrow (the ETL) or from pandas (tests, tools)."""
    if isinstance(table, pa.Table):
        return table
    import pandas as pd

    if name == "figures":
        table = table.copy()
        for col in ("period_start", "period_end"):
            table[col] = pd.to_datetime(table[col]).dt.date
    return pa.Table.from_pandas(table, schema=ARROW[name], preserve_index=False)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2). False where the kernel or libc cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    rc = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_staging(out: Path) -> None:
    """Staging directories of killed runs are garbage (the live dataset never points at them);
    those of runs still going are theirs."""
    for stale in out.parent.glob(f"{STAGING_PREFIX}{out.name}-*"):
        pid = stale.name.removeprefix(f"{STAGING_PREFIX}{out.name}-").split("-")[0]
        if not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(stale, ignore_errors=True)


class StagedDataset:
    """A dataset being written into a private staging directory; `commit` swaps it in as one step.

    Leaving the `with` block without a commit (an error, a signal) removes the staging directory and
    leaves the live dataset as it was.
    """

    def __init__(self, out: Path):
        self.out = Path(out)
        self.staging: Path | None = None

    def __enter__(self) -> StagedDataset:
        self.out.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(self.out)
        prefix = f"{STAGING_PREFIX}{self.out.name}-{os.getpid()}-"
        self.staging = Path(tempfile.mkdtemp(prefix=prefix, dir=self.out.parent))
        return self

    def __exit__(self, *exc) -> None:
        if self.staging is not None:
            shutil.rmtree(self.staging, ignore_errors=True)

    def path(self, name: str) -> Path:
        return self.staging / f"{name}.parquet"

    def scratch(self, name: str) -> Path:
        """A working file beside the tables; the caller removes it before `commit`."""
        return self.staging / f".{name}.scratch.parquet"

    def writer(self, name: str, *, scratch: bool = False) -> pq.ParquetWriter:
        """Write a table in pieces (the documents' text) without holding it whole; into the table's
        file, or into its scratch file (see `scratch`)."""
        path = self.scratch(name) if scratch else self.path(name)
        return pq.ParquetWriter(path, ARROW[name], compression="zstd")

    def write(self, name: str, table) -> None:
        # No statistics timestamps or writer versions vary between runs: same input, same bytes.
        pq.write_table(_arrow_table(name, table), self.path(name), compression="zstd")

    def commit(self, metadata: dict) -> Path:
        """Seal the staged tables with their digests and swap them in for the live dataset."""
        staging, out = self.staging, self.out
        digests = {name: sha256_file(self.path(name)) for name in TABLE_NAMES}
        meta = {"schema_version": SCHEMA_VERSION, **metadata, "tables": digests}
        (staging / METADATA_FILE).write_text(
            json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        for child in staging.iterdir():
            with open(child, "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(staging)
        _swap_in(staging, out)
        self.staging = None
        return out


class RowGroupWriter:
    """Appends tables of any size to a Parquet file in row groups cut by the rows' running total of a
    weight (one per row, or each document's characters), at the first row where the total reaches
    `limit`: the cuts depend only on the rows, never on how they were handed in, so a run that takes
    chunks from the cache writes the same bytes as one that builds them. Holds one row group at most."""

    def __init__(self, writer: pq.ParquetWriter, limit: int, weight=None):
        """`weight(table)`: a number per row (a NumPy array); None counts rows."""
        self.writer, self.limit, self.weight = writer, limit, weight
        self._held: list[pa.Table] = []
        self._held_weight = 0

    def _cut(self, table: pa.Table) -> tuple[int, int]:
        """(index of the first row whose running total reaches the limit, the table's total weight)."""
        if self.weight is None:  # plain arithmetic: called once per chunk, so no arrays for a count
            return self.limit - self._held_weight - 1, table.num_rows
        running = np.cumsum(self.weight(table), dtype=np.int64) + self._held_weight
        return int(np.searchsorted(running, self.limit)), int(running[-1]) - self._held_weight

    def write(self, table: pa.Table) -> None:
        while table.num_rows:
            full, total = self._cut(table)
            if full >= table.num_rows:
                self._held.append(table)
                self._held_weight += total
                return
            self._held.append(table.slice(0, full + 1))
            self._flush()
            table = table.slice(full + 1)

    def _flush(self) -> None:
        if self._held:  # one contiguous table: the bytes cannot depend on how the rows were handed in
            self.writer.write_table(pa.concat_tables(self._held).combine_chunks())
        self._held, self._held_weight = [], 0

    def close(self) -> None:
        self._flush()
        self.writer.close()


def write_dataset(tables: dict, out: Path, metadata: dict) -> Path:
    """Write every table (Arrow or pandas) and the metadata sidecar, then swap the directory in; like the
    ETL, it refuses tables that break the contract (etl/checks.py)."""
    from etl.checks import check_tables

    arrow = {name: _arrow_table(name, tables[name]) for name in TABLE_NAMES}
    problems = check_tables(arrow)
    if problems:
        raise ValueError("; ".join(f"{f}: {p}" for f, p in problems))
    with StagedDataset(out) as staged:
        for name in TABLE_NAMES:
            staged.write(name, arrow[name])
        return staged.commit(metadata)


def _swap_in(staging: Path, out: Path) -> None:
    try:
        if out.exists():
            if not _exchange(staging, out):
                # Portable fallback: two renames. A crash between them leaves `out` missing but the
                # previous dataset intact under `.previous`, which read_dataset() restores.
                previous = out.parent / f".previous-{out.name}"
                shutil.rmtree(previous, ignore_errors=True)
                os.rename(out, previous)
                os.rename(staging, out)
                shutil.rmtree(previous, ignore_errors=True)
            else:
                shutil.rmtree(staging)  # now holds the previous dataset
        else:
            os.rename(staging, out)
        _fsync_dir(out.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def input_digest(catalog_bytes: bytes, sources: pa.Table, reference_digests=()) -> str:
    """What the dataset was built from: the catalog, each source's bytes, each reference file."""
    digest = hashlib.sha256()
    digest.update(catalog_bytes)
    rows = sources.select(["source_id", "sha256"]).to_pydict()
    for source_id, sha in sorted(zip(rows["source_id"], rows["sha256"], strict=True)):
        digest.update(f"{source_id}:{sha}\n".encode())
    for name, sha in reference_digests:
        digest.update(f"reference/{name}:{sha}\n".encode())
    return digest.hexdigest()


def publish(staged: StagedDataset, metadata: dict) -> Path:
    """Swap the staged dataset in. Two runs (two editors, or a rebuild during a manual run) must not
    interleave their swaps: one at a time, by a lock beside the dataset."""
    from filelock import FileLock

    out = staged.out
    with FileLock(str(out.parent / f".{out.name}.lock"), timeout=300):
        return staged.commit(metadata)
