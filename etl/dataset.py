"""Read the published dataset, checked against its contract: what the dashboard imports (it never writes).

The check is the ETL's own (etl/checks.py, on the Arrow tables before they become pandas): the contract is
stated once, in etl/schema.py and the rules of etl/checks.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from etl.checks import check_table
from etl.schema import NULLABLE_INTS, SCHEMA_VERSION, TABLE_NAMES

if TYPE_CHECKING:
    import pandas as pd

METADATA_FILE = "metadata.json"


class DatasetError(Exception):
    """The dataset is missing, unreadable or does not match the schema the code expects."""


@dataclass(frozen=True)
class Dataset:
    figures: pd.DataFrame
    indicators: pd.DataFrame
    sources: pd.DataFrame
    documents: pd.DataFrame
    conflicts: pd.DataFrame
    review: pd.DataFrame  # numbers held back, and why (etl/review.py)
    metadata: dict


def dataset_version(out: Path) -> str | None:
    """A cheap fingerprint that changes whenever a new dataset is swapped in."""
    meta = Path(out) / METADATA_FILE
    try:
        return hashlib.sha256(meta.read_bytes()).hexdigest()
    except OSError:
        return None


def _read_arrow(path: Path) -> pa.Table:
    try:
        return pq.read_table(path)
    except FileNotFoundError as exc:
        raise DatasetError(f"{path.name} is missing from the dataset") from exc
    except (pa.ArrowException, OSError) as exc:
        raise DatasetError(f"{path.name} is not a readable Parquet file ({exc})") from exc


def _read_table(path: Path, name: str, indicators: pa.Table) -> pd.DataFrame:
    import pandas as pd

    table = indicators if name == "indicators" else _read_arrow(path)
    # The contract, as the ETL checked it when it wrote the table (figures against their indicators)
    problems = check_table(name, table, indicators)
    if problems:
        raise DatasetError(f"{path.name} does not match the expected schema: " + "; ".join(problems[:3]))
    df = table.to_pandas()
    if name == "figures":
        for col in ("period_start", "period_end"):
            if col in df:
                df[col] = pd.to_datetime(df[col])
    for col in NULLABLE_INTS.get(name, ()):
        if col in df:  # Arrow int64 with nulls comes back as float64 without pandas' own metadata
            with contextlib.suppress(TypeError, ValueError):  # not whole numbers: the check says so
                df[col] = df[col].astype("Int64")
    return df


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
    indicators = _read_arrow(out / "indicators.parquet")
    tables = {name: _read_table(out / f"{name}.parquet", name, indicators) for name in TABLE_NAMES}
    return Dataset(**tables, metadata=metadata)
