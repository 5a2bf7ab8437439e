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
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from filelock import FileLock

from etl.catalog import CATALOG_PATH, Catalog, load_catalog
from etl.checks import check_table, check_tables, check_unique
from etl.derive import derive_earlier
from etl.extract import Mention, extract_figures
from etl.manifest import (
    MANIFEST_NAME,
    SourceInfo,
    infer_source,
    load_manifest,
    source_from_entry,
)
from etl.schema import FIGURES_ARROW
from etl.tables import (
    CONFLICT_COLUMNS,
    CONFLICTS_KEYS_SCHEMA,
    conflicted_ids,
    documents_batch,
    figures_table,
    find_conflicts,
    indicators_arrow,
    mark_conflicts,
    source_row,
    sources_table,
)

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
    # This document's rows of the figures table, column by column: about four times quicker to unpickle
    # from the cache than row dicts or an Arrow batch (which carries its schema each time).
    figures: dict[str, list]

    @property
    def n_figures(self) -> int:
        return len(self.figures["figure_id"])

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
    more_warnings: int = 0  # beyond WARNINGS_KEPT: an archive of unlisted documents would flood the log
    out: Path | None = None

    WARNINGS_KEPT = 50

    def warn(self, message: str) -> None:
        if len(self.warnings) < self.WARNINGS_KEPT:
            self.warnings.append(message)
        else:
            self.more_warnings += 1


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
    rows = [row for m in mentions for row in _rows_for(m, source.source_id, text)]
    rows.sort(key=lambda r: (r["mention_start"], r["basis"]))  # reading order; stable for ties
    return rows


def process_document(
    path: Path, entry: dict | None, catalog: Catalog | None = None, *, sha: str | None = None
) -> DocumentResult:
    """Read one document and extract its figures. Raises DocumentError for unreadable input.

    `sha`: the file's sha256 when the caller has just computed it (for the cache key)."""
    from etl.readers import DocumentError, read_document  # heavy readers load only when needed

    catalog = catalog or load_catalog()
    result = read_document(path)  # refuses symlinks, oversized and unreadable files first
    sha = sha or file_sha256(path)
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
    figures = {name: [row[name] for row in rows] for name in FIGURES_ARROW.names}
    warnings = [] if entry else [f"{path.name}: not in {MANIFEST_NAME}; metadata inferred from the text"]
    return DocumentResult(source=source, text=result.text, figures=figures, warnings=warnings)


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


def _cache_path(cache_dir: Path, sha: str, path: Path, entry: dict | None, fingerprint: str) -> Path:
    """Per-document results are reused when the bytes, the manifest entry and the code are unchanged."""
    key = hashlib.sha256()
    key.update(bytes.fromhex(sha))
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
        cached = sha = None
        # Only regular files within the size limit are hashed for the cache; anything else goes
        # straight to the reader, which refuses it with the reason.
        if cache_dir is not None and _cacheable(path):
            sha = file_sha256(path)
            cached = _cache_path(cache_dir, sha, path, entry, fingerprint)
            if cached.exists():
                try:
                    return path.name, pickle.loads(cached.read_bytes()), None
                except (pickle.UnpicklingError, EOFError, AttributeError, ValueError):
                    cached.unlink(missing_ok=True)  # a torn or stale cache file is only a miss
        result = process_document(path, entry, sha=sha)  # hashed once, not again after reading
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


class _Collector:
    """Takes document results as they arrive and streams them into the staged dataset: text into the
    documents table, figures (checked batch by batch) into a scratch table that `finish` copies with
    their conflict flags. Only a few key columns per figure and one row per source stay in memory.

    Figures are published in document order (file name order, as the documents are read), then by
    where the mention starts: the order needs no sort, so no run ever holds all figures at once.
    """

    TEXT_BATCH_CHARS = 2_000_000  # one Parquet row group of text: a few MB held at a time
    BATCH_ROWS = 4096  # figure and source rows kept as Python lists at most

    def __init__(self, staged):
        self.staged = staged
        self.documents = staged.writer("documents")
        self.unmarked = staged.scratch("figures")
        self.figures = staged.writer("figures", scratch=True)
        self.keys: list[pa.Table] = []  # what finding conflicts needs, per flushed batch
        self.source_rows: list[dict] = []  # flushed into `source_batches` like the figures
        self.source_batches: list[pa.Table] = []
        self.problems: list[tuple[str, str]] = []
        self._ids: list[str] = []
        self._texts: list[str] = []
        self._chars = 0
        self._columns: dict[str, list] = {name: [] for name in FIGURES_ARROW.names}
        self._n_rows = 0

    def add(self, result: DocumentResult) -> None:
        source = result.source
        self.source_rows.append(source_row(source, len(result.text), result.n_figures))
        self._ids.append(source.source_id)
        self._texts.append(result.text)
        self._chars += len(result.text)
        for name, values in result.figures.items():
            self._columns[name].extend(values)
        self._n_rows += result.n_figures
        if self._chars >= self.TEXT_BATCH_CHARS:
            self._flush_texts()
        if self._n_rows >= self.BATCH_ROWS:
            self._flush_rows()
        if len(self.source_rows) >= self.BATCH_ROWS:
            self.source_batches.append(sources_table(self.source_rows))
            self.source_rows = []

    def _flush_texts(self) -> None:
        if self._ids:
            batch = documents_batch(self._ids, self._texts)
            self.problems += [("documents.parquet", p) for p in check_table("documents", batch)]
            self.documents.write_batch(batch)
        self._ids, self._texts, self._chars = [], [], 0

    def _flush_rows(self) -> None:
        if self._n_rows:
            table = figures_table(self._columns)
            self.problems += [("figures.parquet", p) for p in check_table("figures", table)]
            self.figures.write_table(table)
            self.keys.append(table.select(CONFLICT_COLUMNS))
        self._columns = {name: [] for name in FIGURES_ARROW.names}
        self._n_rows = 0

    def finish(self, catalog: Catalog) -> tuple[dict, pa.Table]:
        """Close the streamed tables and write figures with their conflict flags; return the small tables
        (indicators, sources, conflicts) ready to check, and the figures' key columns."""
        self._flush_texts()
        self._flush_rows()
        self.documents.close()
        self.figures.close()
        keys = pa.concat_tables([CONFLICTS_KEYS_SCHEMA.empty_table(), *self.keys])
        self.keys = []
        self.problems += [("figures.parquet", p) for p in check_unique(keys, "figure_id")]
        conflicts = find_conflicts(keys)
        conflicted = conflicted_ids(conflicts)
        scratch = pq.ParquetFile(self.unmarked)
        with self.staged.writer("figures") as out:
            for i in range(scratch.num_row_groups):
                out.write_table(mark_conflicts(scratch.read_row_group(i), conflicted))
        self.unmarked.unlink()
        tables = {
            "indicators": indicators_arrow(catalog),
            "sources": pa.concat_tables([*self.source_batches, sources_table(self.source_rows)]),
            "conflicts": conflicts,
        }
        return tables, keys


def _duplicate_ids(sources: pa.Table) -> list[tuple[str, str]]:
    """Two documents claiming one source id (a manifest typo): each later one, named with the first."""
    counts = pc.value_counts(sources["source_id"])
    repeated = set(counts.filter(pc.greater(counts.field("counts"), 1)).field("values").to_pylist())
    if not repeated:
        return []
    first: dict[str, str] = {}
    problems = []
    for source_id, file_name in zip(
        *sources.select(["source_id", "file_name"]).to_pydict().values(), strict=True
    ):
        if source_id not in repeated:
            continue
        if source_id in first:
            problems.append((file_name, f"source id {source_id!r} also used by {first[source_id]}"))
        else:
            first[source_id] = file_name
    return problems


def _outcomes(jobs: list, workers: int) -> Iterator:
    """(file name, result, error) per job, in job order, from worker processes when asked."""
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # Small chunks: with a few big ones, one worker is left alone with the last for a long time.
            chunk = max(1, min(32, len(jobs) // (workers * 8)))
            yield from pool.map(_process_safely, jobs, chunksize=chunk)
    else:
        yield from map(_process_safely, jobs)


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
    from etl.manifest import ManifestError
    from etl.publish import StagedDataset

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
    for p in orphans:
        report.warn(f"{p.name}: an interrupted upload (not in {MANIFEST_NAME}); ignored")
    jobs = [(p, manifest.get(p.name), cache_dir, fingerprint) for p in paths if p not in orphans]

    with StagedDataset(out) as staged:
        collector = _Collector(staged)
        for name, result, error in _progress(_outcomes(jobs, workers), len(jobs), progress):
            if error:
                problems.append((name, error))
            else:
                collector.add(result)
                for warning in result.warnings:
                    report.warn(warning)
        if problems and not keep_going:
            raise EtlError(problems)
        report.skipped = problems
        if collector.problems:
            raise EtlError(collector.problems)
        tables, figures = collector.finish(catalog)
        invalid = collector.problems + (_duplicate_ids(tables["sources"]) or check_tables(tables))
        if invalid:
            raise EtlError(invalid)
        for name, table in tables.items():
            staged.write(name, table)

        report.documents = tables["sources"].num_rows
        report.figures_by_indicator = Counter(figures["indicator_id"].to_pylist())
        basis = Counter(figures["basis"].to_pylist())
        report.reported, report.derived = basis["reported"], basis["derived"]
        report.conflicts = tables["conflicts"].num_rows
        report.out = out
        digest = hashlib.sha256()
        digest.update(CATALOG_PATH.read_bytes())
        sources = tables["sources"].select(["source_id", "sha256"]).to_pydict()
        for source_id, sha in sorted(zip(sources["source_id"], sources["sha256"], strict=True)):
            digest.update(f"{source_id}:{sha}\n".encode())
        metadata = {
            "producer": "python -m etl",
            "input_digest": digest.hexdigest(),
            "documents": report.documents,
            "figures": figures.num_rows,
            "skipped": [f for f, _ in problems],
        }
        # Two runs (two editors, or a rebuild during a manual run) must not interleave their swaps.
        with FileLock(str(out.parent / f".{out.name}.lock"), timeout=300):
            staged.commit(metadata)
    return report


def _progress(items: Iterator, total: int, shown: bool) -> Iterator:
    if not shown:
        return items
    from tqdm import tqdm  # only a terminal run shows a bar

    return tqdm(items, total=total, desc="documents", unit="doc")
