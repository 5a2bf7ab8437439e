"""Write the dataset atomically, and read it back checked against its schemas.

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
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from etl.schema import FIGURES_ARROW, SCHEMA_VERSION, TABLES

METADATA_FILE = "metadata.json"
STAGING_PREFIX = ".staging-"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


class DatasetError(Exception):
    """The dataset is missing, unreadable or does not match the schema the code expects."""


@dataclass(frozen=True)
class Dataset:
    figures: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    documents: pd.DataFrame
    conflicts: pd.DataFrame
    metadata: dict


# --- Save outputs ---------------------------------------------------------------------------------


def _arrow_table(name: str, df: pd.DataFrame) -> pa.Table:
    if name == "figures":
        df = df.copy()
        for col in ("period_start", "period_end"):
            df[col] = pd.to_datetime(df[col]).dt.date
        return pa.Table.from_pandas(df, schema=FIGURES_ARROW, preserve_index=False)
    return pa.Table.from_pandas(df, preserve_index=False)


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


def remove_stale_staging(out: Path) -> None:
    """Staging directories left by a killed run are garbage: the live dataset never points at them."""
    for stale in out.parent.glob(f"{STAGING_PREFIX}{out.name}-*"):
        shutil.rmtree(stale, ignore_errors=True)


def table_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_dataset(tables: dict[str, pd.DataFrame], out: Path, metadata: dict) -> Path:
    """Write every table and the metadata sidecar, then swap the directory in as one step."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_staging(out)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{out.name}-", dir=out.parent))
    try:
        digests = {}
        for name in TABLES:
            path = staging / f"{name}.parquet"
            # No statistics timestamps or writer versions vary between runs: same input, same bytes.
            pq.write_table(_arrow_table(name, tables[name]), path, compression="zstd")
            digests[name] = table_digest(path)
        meta = {"schema_version": SCHEMA_VERSION, **metadata, "tables": digests}
        (staging / METADATA_FILE).write_text(
            json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        for child in staging.iterdir():
            with open(child, "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(staging)
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
    return out


# --- Load inputs (for the dashboard and tests) -----------------------------------------------------


def dataset_version(out: Path) -> str | None:
    """A cheap fingerprint that changes whenever a new dataset is swapped in."""
    meta = Path(out) / METADATA_FILE
    try:
        return hashlib.sha256(meta.read_bytes()).hexdigest()
    except OSError:
        return None


def _read_table(path: Path, name: str) -> pd.DataFrame:
    try:
        df = pq.read_table(path).to_pandas()
    except FileNotFoundError as exc:
        raise DatasetError(f"{path.name} is missing from the dataset") from exc
    except (pa.ArrowException, OSError) as exc:
        raise DatasetError(f"{path.name} is not a readable Parquet file ({exc})") from exc
    if name == "figures":
        for col in ("period_start", "period_end"):
            if col in df:
                df[col] = pd.to_datetime(df[col])
    try:
        return TABLES[name].validate(df, lazy=True)
    except Exception as exc:  # pandera raises SchemaError(s); both carry a readable report
        first = str(exc).strip().splitlines()[:6]
        raise DatasetError(f"{path.name} does not match the expected schema: " + " ".join(first)) from exc


def read_dataset(out: Path) -> Dataset:
    out = Path(out)
    previous = out.parent / f".previous-{out.name}"
    if not out.exists() and previous.exists():
        os.rename(previous, out)  # finish the fallback swap a crash interrupted
    meta_path = out / METADATA_FILE
    if not meta_path.exists():
        raise DatasetError(f"no dataset at {out} (metadata.json not found)")
    try:
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DatasetError(f"{meta_path} is not valid JSON ({exc})") from exc
    if metadata.get("schema_version") != SCHEMA_VERSION:
        raise DatasetError(
            f"dataset schema version {metadata.get('schema_version')!r} does not match the code's "
            f"{SCHEMA_VERSION}; rebuild it with `python -m etl`"
        )
    tables = {name: _read_table(out / f"{name}.parquet", name) for name in TABLES}
    return Dataset(**tables, metadata=metadata)
