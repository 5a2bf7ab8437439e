"""The ETL run: read → extract → tidy → validate → publish.

Each document is processed on its own (`process_document`), so documents can be spread over worker
processes and a bad one can be reported -- or, with keep_going, skipped -- without touching the others.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import stat
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from filelock import FileLock

from etl.catalog import CATALOG_PATH, Catalog, indicators_table, load_catalog
from etl.derive import derive_earlier
from etl.extract import Mention, extract_figures
from etl.manifest import (
    MANIFEST_NAME,
    SourceInfo,
    infer_source,
    load_manifest,
    source_from_entry,
)
from etl.schema import TABLES

UPLOAD_PREFIX = "upload-"  # names the Add documents page gives the files it stores


class EtlError(Exception):
    """The run cannot produce a dataset; `problems` lists (file, reason) pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {why}" for f, why in problems))


@dataclass
class DocumentResult:
    source: SourceInfo
    text: str
    rows: list[dict]
    warnings: list[str] = field(default_factory=list)


@dataclass
class RunReport:
    documents: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    figures_by_indicator: Counter = field(default_factory=Counter)
    reported: int = 0
    derived: int = 0
    conflicts: int = 0
    warnings: list[str] = field(default_factory=list)
    out: Path | None = None


def figure_id(source_id: str, indicator_id: str, start: int, basis: str) -> str:
    return hashlib.sha256(f"{source_id}|{indicator_id}|{start}|{basis}".encode()).hexdigest()[:16]


def _rows_for(m: Mention, source_id: str, text: str) -> list[dict]:
    base = {
        "indicator_id": m.indicator_id,
        "unit": m.unit,
        "rank_of": m.rank_of,
        "approximate": m.approximate,
        "qualifier": m.qualifier,
        "source_id": source_id,
        "quote": text[m.sentence_start : m.sentence_end],
        "char_start": m.sentence_start,
        "char_end": m.sentence_end,
        "conflict": False,
    }
    reported_id = figure_id(source_id, m.indicator_id, m.start, "reported")
    rows = [
        {
            **base,
            "figure_id": reported_id,
            "value": float(m.value),
            "value_text": m.value_text,
            "period_kind": m.period.kind,
            "period_start": m.period.start,
            "period_end": m.period.end,
            "period_label": m.period.label,
            "period_inferred": m.period.inferred,
            "basis": "reported",
            "derivation": None,
            "derivation_rule": None,
            "derived_from": None,
            "mention_start": m.start,
            "mention_end": m.end,
        }
    ]
    derived = derive_earlier(m)
    if derived is not None:
        comp = m.comparison
        rows.append(
            {
                **base,
                "figure_id": figure_id(source_id, m.indicator_id, comp.start, "derived"),
                "value": derived.value,
                "value_text": comp.text,
                "period_kind": derived.period.kind,
                "period_start": derived.period.start,
                "period_end": derived.period.end,
                "period_label": derived.period.label,
                "period_inferred": derived.period.inferred,
                "basis": "derived",
                "derivation": derived.formula,
                "derivation_rule": derived.rule,
                "derived_from": reported_id,
                "mention_start": comp.start,
                "mention_end": comp.end,
            }
        )
    return rows


def figure_rows(text: str, source: SourceInfo, catalog: Catalog | None = None) -> list[dict]:
    """The figures table's rows for one document's text: reported figures, then what they imply."""
    doc_date, date_uncertain = source.doc_date()
    mentions = extract_figures(text, catalog or load_catalog(), doc_date, date_uncertain)
    return [row for m in mentions for row in _rows_for(m, source.source_id, text)]


def process_document(path: Path, entry: dict | None, catalog: Catalog | None = None) -> DocumentResult:
    """Read one document and extract its figures. Raises DocumentError for unreadable input."""
    from etl.readers import DocumentError, read_document  # heavy readers load only when needed

    catalog = catalog or load_catalog()
    result = read_document(path)  # refuses symlinks, oversized and unreadable files first
    sha = file_sha256(path)
    if entry is not None and entry["sha256"] != sha:
        raise DocumentError(
            path.name,
            f"changed since its manifest entry (sha256 {sha[:12]}…, manifest says "
            f"{entry['sha256'][:12]}…); if the change is intended, update {MANIFEST_NAME}",
        )
    source = (
        source_from_entry(entry, sha) if entry else infer_source(path.name, result.text, result.title, sha)
    )
    rows = figure_rows(result.text, source, catalog)
    warnings = [] if entry else [f"{path.name}: not in {MANIFEST_NAME}; metadata inferred from the text"]
    return DocumentResult(source=source, text=result.text, rows=rows, warnings=warnings)


def file_sha256(path: Path) -> str:
    """Hash a file in chunks: never more than a buffer of it in memory."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def code_fingerprint() -> str:
    """Changes whenever the extraction code or the catalog does: cached results are then stale."""
    digest = hashlib.sha256()
    for path in [*sorted(Path(__file__).parent.glob("*.py")), CATALOG_PATH]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(cache_dir: Path, path: Path, entry: dict | None, fingerprint: str) -> Path:
    """Per-document results are reused when the bytes, the manifest entry and the code are unchanged."""
    key = hashlib.sha256()
    key.update(bytes.fromhex(file_sha256(path)))
    key.update(json.dumps(entry, sort_keys=True, default=str).encode())
    key.update(fingerprint.encode() + path.name.encode())
    return cache_dir / f"{key.hexdigest()}.pickle"


def _cacheable(path: Path) -> bool:
    from etl.readers import MAX_BYTES

    try:
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size <= MAX_BYTES


def _process_safely(args) -> tuple[str, DocumentResult | None, str | None]:
    from etl.readers import DocumentError

    path, entry, cache_dir, fingerprint = args
    try:
        cached = None
        # Only regular files within the size limit are hashed for the cache; anything else goes
        # straight to the reader, which refuses it with the reason.
        if cache_dir is not None and _cacheable(path):
            cached = _cache_path(cache_dir, path, entry, fingerprint)
            if cached.exists():
                try:
                    return path.name, pickle.loads(cached.read_bytes()), None
                except (pickle.UnpicklingError, EOFError, AttributeError, ValueError):
                    cached.unlink(missing_ok=True)  # a torn or stale cache file is only a miss
        result = process_document(path, entry)
        if cached is not None:
            tmp = cached.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, cached)
        return path.name, result, None
    except DocumentError as exc:
        return path.name, None, str(exc)
    except OSError as exc:
        return path.name, None, f"{path.name}: cannot be read ({exc.strerror or exc})"


def discover(raw_dir: Path) -> list[Path]:
    """Candidate documents: every visible entry of the raw directory but the manifest."""
    return sorted(
        p for p in Path(raw_dir).iterdir() if p.name != MANIFEST_NAME and not p.name.startswith(".")
    )


def is_orphan_upload(path: Path, manifest: dict) -> bool:
    """A file the Add documents page stored but never listed: an add that was interrupted."""
    return path.name.startswith(UPLOAD_PREFIX) and path.name not in manifest


def find_conflicts(figures: pd.DataFrame) -> pd.DataFrame:
    """Indicator-periods for which two documents give different values."""
    rows = []
    keys = ["indicator_id", "period_start", "period_end", "basis"]
    for (ind, _s, _e, basis), group in figures.groupby(keys, sort=True):
        if group["source_id"].nunique() < 2 or group["value"].round(6).nunique() < 2:
            continue
        rows.append(
            {
                "indicator_id": ind,
                "period_label": group["period_label"].iloc[0],
                "basis": basis,
                "values": "; ".join(
                    f"{v:g} ({s})" for v, s in zip(group["value"], group["source_id"], strict=True)
                ),
                "source_ids": "\n".join(sorted(set(group["source_id"]))),
                "figure_ids": "\n".join(group["figure_id"]),
            }
        )
    columns = list(TABLES["conflicts"].to_schema().columns)
    return pd.DataFrame(rows, columns=columns).astype(dict.fromkeys(columns, "str"))


def build_tables(results: list[DocumentResult], catalog: Catalog) -> dict[str, pd.DataFrame]:
    """Tidy the per-document results into the published tables (not yet validated)."""
    figure_columns = list(TABLES["figures"].to_schema().columns)
    rows = [row for r in results for row in r.rows]
    figures = pd.DataFrame(rows, columns=figure_columns)
    figures = figures.sort_values(["source_id", "mention_start", "basis"], kind="stable").reset_index(
        drop=True
    )
    for col in ("period_start", "period_end"):
        figures[col] = pd.to_datetime(figures[col])
    figures["rank_of"] = figures["rank_of"].astype("Int64")
    for col in ("char_start", "char_end", "mention_start", "mention_end"):
        figures[col] = figures[col].astype("int64")
    for col in ("approximate", "period_inferred", "conflict"):
        figures[col] = figures[col].astype(bool)
    figures["value"] = figures["value"].astype(float)
    for col in figure_columns:
        if figures[col].dtype == object:
            figures[col] = figures[col].astype("str")
    conflicts = find_conflicts(figures)
    conflicted = {fid for ids in conflicts["figure_ids"] for fid in ids.split("\n")}
    figures["conflict"] = figures["figure_id"].isin(conflicted)

    counts = Counter(figures["source_id"])
    sources = pd.DataFrame(
        [
            {
                "source_id": r.source.source_id,
                "file_name": r.source.file_name,
                "kind": r.source.kind,
                "title": r.source.title,
                "title_inferred": r.source.title_inferred,
                "publisher": r.source.publisher,
                "publisher_note": r.source.publisher_note,
                "published": r.source.published,
                "date_inferred": r.source.date_inferred,
                "note": r.source.note,
                "link": r.source.link,
                "related_links": "\n".join(r.source.related_links) or None,
                "sha256": r.source.sha256,
                "in_manifest": r.source.in_manifest,
                "n_chars": len(r.text),
                "n_figures": counts.get(r.source.source_id, 0),
            }
            for r in results
        ]
    )
    sources = sources.astype({"n_chars": "int64", "n_figures": "int64"})
    documents = pd.DataFrame(
        {"source_id": [r.source.source_id for r in results], "text": [r.text for r in results]}
    )
    return {
        "figures": figures,
        "indicators": indicators_table(catalog),
        "sources": sources,
        "documents": documents,
        "conflicts": conflicts,
    }


def validate_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Check every table against its schema; raise EtlError naming each failed check."""
    import pandera.errors

    problems = []
    for name, schema in TABLES.items():
        try:
            tables[name] = schema.validate(tables[name], lazy=True)
        except pandera.errors.SchemaErrors as exc:
            for _, case in exc.failure_cases.head(20).iterrows():
                problems.append(
                    (
                        f"{name}.parquet",
                        f"{case['check']} failed for {case['column']}={case['failure_case']!r}",
                    )
                )
        except pandera.errors.SchemaError as exc:
            problems.append((f"{name}.parquet", str(exc).splitlines()[0]))
    if problems:
        raise EtlError(problems)
    return tables


def run(
    raw_dir: Path,
    out: Path,
    *,
    keep_going: bool = False,
    workers: int = 1,
    progress: bool = True,
    cache_dir: Path | None = None,
) -> RunReport:
    """Build the dataset from `raw_dir` and publish it to `out` atomically."""
    from tqdm import tqdm

    from etl.manifest import ManifestError
    from etl.publish import write_dataset

    raw_dir, out = Path(raw_dir), Path(out)
    if not raw_dir.is_dir():
        raise EtlError([(str(raw_dir), "raw directory not found")])
    try:
        manifest = load_manifest(raw_dir)
    except ManifestError as exc:
        raise EtlError([(MANIFEST_NAME, str(exc))]) from exc
    catalog = load_catalog()
    report = RunReport()
    paths = discover(raw_dir)
    problems = [
        (name, f"{name}: listed in {MANIFEST_NAME} but missing")
        for name in manifest
        if not (raw_dir / name).exists()
    ]
    if cache_dir is not None:
        Path(cache_dir).mkdir(parents=True, exist_ok=True)
    fingerprint = code_fingerprint()
    orphans = [p for p in paths if is_orphan_upload(p, manifest)]
    report.warnings += [f"{p.name}: an interrupted upload (not in {MANIFEST_NAME}); ignored" for p in orphans]
    jobs = [(p, manifest.get(p.name), cache_dir, fingerprint) for p in paths if p not in orphans]
    results: list[DocumentResult] = []
    if workers > 1 and len(jobs) > 1:
        pool = ProcessPoolExecutor(max_workers=workers)
        outcomes = pool.map(_process_safely, jobs, chunksize=max(1, len(jobs) // (workers * 8)))
    else:
        pool, outcomes = None, map(_process_safely, jobs)
    try:
        for name, result, error in tqdm(
            outcomes, total=len(jobs), desc="documents", unit="doc", disable=not progress
        ):
            if error:
                problems.append((name, error))
            else:
                results.append(result)
                report.warnings.extend(result.warnings)
    finally:
        if pool:
            pool.shutdown()
    if problems and not keep_going:
        raise EtlError(problems)
    report.skipped = problems
    seen: dict[str, str] = {}
    for r in results:
        if r.source.source_id in seen:
            raise EtlError(
                [
                    (
                        r.source.file_name,
                        f"source id {r.source.source_id!r} also used by {seen[r.source.source_id]}",
                    )
                ]
            )
        seen[r.source.source_id] = r.source.file_name

    tables = validate_tables(build_tables(results, catalog))
    figures = tables["figures"]
    report.documents = len(results)
    report.figures_by_indicator = Counter(figures["indicator_id"])
    report.reported = int((figures["basis"] == "reported").sum())
    report.derived = int((figures["basis"] == "derived").sum())
    report.conflicts = len(tables["conflicts"])
    report.out = out

    digest = hashlib.sha256()
    digest.update(CATALOG_PATH.read_bytes())
    for r in sorted(results, key=lambda r: r.source.source_id):
        digest.update(f"{r.source.source_id}:{r.source.sha256}\n".encode())
    metadata = {
        "producer": "python -m etl",
        "input_digest": digest.hexdigest(),
        "documents": report.documents,
        "figures": len(figures),
        "skipped": [f for f, _ in problems],
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    # Two runs (two editors, or a rebuild during a manual run) must not interleave their swaps.
    with FileLock(str(out.parent / f".{out.name}.lock"), timeout=300):
        write_dataset(tables, out, json.loads(json.dumps(metadata)))
    return report
