"""The ETL run: read → extract → tidy → validate → publish.

Each document is processed on its own (`process_document`), so documents can be spread over worker
processes and a bad one can be reported -- or, with keep_going, skipped -- without touching the others.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from filelock import FileLock

from etl.cache import (
    CHUNKS_DIR,
    DOCUMENT_PREFIX,
    HashIndex,
    ResultCache,
    chunk_key,
    code_fingerprint,
    document_key,
    regular_file,
)
from etl.catalog import CATALOG_PATH, Catalog, load_catalog
from etl.checks import check_table, check_tables, check_unique
from etl.chunks import ChunkTables, plan_chunks
from etl.derive import derive_earlier
from etl.extract import Mention, read_figures
from etl.limits import cpu_deadline
from etl.manifest import (
    MANIFEST_NAME,
    SourceInfo,
    infer_source,
    load_manifest,
    source_from_entry,
)
from etl.publish import RowGroupWriter
from etl.reference import Reference, default_reference_dir, load_reference
from etl.schema import FIGURES_ARROW, REVIEW_ARROW
from etl.tables import (
    CONFLICT_COLUMNS,
    CONFLICTS_KEYS_SCHEMA,
    conflicted_ids,
    documents_batch,
    figures_table,
    find_conflicts,
    indicators_arrow,
    mark_conflicts,
    review_table,
    source_row,
    sources_table,
)

UPLOAD_PREFIX = "upload-"  # names the Add documents page gives the files it stores


class EtlError(Exception):
    """The run cannot produce a dataset; `problems` lists (file, reason) pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {why}" for f, why in problems))

    def __reduce__(self):  # pickles with its problems (the Add documents worker sends it back)
        return (type(self), (self.problems,))


@dataclass
class DocumentResult:
    source: SourceInfo
    text: str
    # This document's rows of the figures table, column by column: about four times quicker to unpickle
    # from the cache than row dicts or an Arrow batch (which carries its schema each time).
    figures: dict[str, list]
    review: dict[str, list] = field(default_factory=lambda: {n: [] for n in REVIEW_ARROW.names})

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
    curated: int = 0  # figures of the reference history (data/reference)
    conflicts: int = 0
    warnings: list[str] = field(default_factory=list)
    more_warnings: int = 0  # beyond WARNINGS_KEPT: an archive of unlisted documents would flood the log
    reused: int = 0  # documents whose chunk of the tables was taken from the cache unchanged
    hashed: int = 0  # files read to hash them (with a cache, the others' hashes were remembered)
    out: Path | None = None

    WARNINGS_KEPT = 50

    def warn(self, message: str) -> None:
        if len(self.warnings) < self.WARNINGS_KEPT:
            self.warnings.append(message)
        else:
            self.more_warnings += 1


def catalog_scope(indicator_id: str) -> str | None:
    return load_catalog().by_id(indicator_id).scope


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
        "status": m.status,
        "place": "province",
        "price_basis": m.price_basis,
        "bound": m.bound,
        "locator": None,
        "scope": catalog_scope(m.indicator_id),
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
            "measure": m.measure,
            "comparison": m.reference,
            "period_aggregate": m.period_aggregate,
            "period_source": m.period_source,
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
                "measure": m.measure,
                "comparison": m.reference,
                "period_aggregate": m.period_aggregate,
                "period_source": "clause",
            }
        )
    return rows


def figure_rows(text: str, source: SourceInfo, catalog: Catalog | None = None) -> list[dict]:
    """The figures table's rows for one document's text: reported figures, then what they imply."""
    return document_rows(text, source, catalog)[0]


def document_rows(
    text: str, source: SourceInfo, catalog: Catalog | None = None
) -> tuple[list[dict], list[dict]]:
    """The figures table's rows for one document's text (reported figures, then what they imply) and the
    review table's rows (numbers held back, and why)."""
    doc_date, date_uncertain = source.doc_date()
    reading = read_figures(text, catalog or load_catalog(), doc_date, date_uncertain)
    rows = [row for m in reading.mentions for row in _rows_for(m, source.source_id, text)]
    rows.sort(key=lambda r: (r["mention_start"], r["basis"]))  # reading order; stable for ties
    held = [_review_row(h, source.source_id, text) for h in reading.held]
    return rows, held


def _review_row(h, source_id: str, text: str) -> dict:
    return {
        "review_id": figure_id(source_id, h.indicator_id or "", h.start, f"review:{h.reason}"),
        "source_id": source_id,
        "indicator_id": h.indicator_id,
        "value": h.value,
        "value_text": h.value_text,
        "reason": h.reason,
        "detail": h.detail,
        "quote": text[h.sentence_start : h.sentence_end],
        "char_start": h.sentence_start,
        "char_end": h.sentence_end,
        "mention_start": h.start,
        "mention_end": h.end,
    }


def process_document(path: Path, entry: dict | None, catalog: Catalog | None = None) -> DocumentResult:
    """Read one document and extract its figures. Raises DocumentError for unreadable input."""
    from etl.readers import DocumentError, read_document  # heavy readers load only when needed

    catalog = catalog or load_catalog()
    result = read_document(path)  # refuses symlinks, oversized and unreadable files first
    sha = result.sha256  # of the bytes read (what the figures come from), not of an earlier look
    if entry is not None and entry["sha256"] != sha:
        raise DocumentError(
            path.name,
            f"changed since its manifest entry (sha256 {sha[:12]}…, manifest says "
            f"{entry['sha256'][:12]}…); if the change is intended, update {MANIFEST_NAME}",
        )
    source = (
        source_from_entry(entry, sha) if entry else infer_source(path.name, result.text, result.title, sha)
    )
    rows, held = document_rows(result.text, source, catalog)
    figures = {name: [row[name] for row in rows] for name in FIGURES_ARROW.names}
    review = {name: [row[name] for row in held] for name in REVIEW_ARROW.names}
    warnings = [] if entry else [f"{path.name}: not in {MANIFEST_NAME}; metadata inferred from the text"]
    return DocumentResult(source=source, text=result.text, figures=figures, review=review, warnings=warnings)


def _process_safely(args) -> tuple[str, DocumentResult | None, str | None]:
    """One document's result or its error line; from the per-document cache when its key is given.

    A result is cached only under the key of the bytes it came from: a file that changed between the
    run's hashing and its reading is extracted from what was read, and not cached under the old key."""
    from etl.readers import DocumentError

    path, entry, sha, key, cache_dir = args
    try:
        cache = None if key is None else ResultCache(cache_dir, DOCUMENT_PREFIX)
        if cache is not None:
            cached = cache.get(key)
            if isinstance(cached, DocumentResult):
                return path.name, cached, None
        with cpu_deadline(path.name):  # a document that takes minutes anyway is an error for its file
            result = process_document(path, entry)
        if cache is not None and result.source.sha256 == sha:
            cache.put(key, result)
        return path.name, result, None
    except DocumentError as exc:
        return path.name, None, str(exc)
    except OSError as exc:
        return path.name, None, f"{path.name}: cannot be read ({exc.strerror or exc})"


def document_names(raw_dir: Path) -> list[str]:
    """Candidate documents: every visible entry of the raw directory but the manifest, in name order.
    (Names, not Path objects: a re-run of a large archive spends more on Paths than on its changes.)"""
    with os.scandir(raw_dir) as entries:
        return sorted(e.name for e in entries if e.name != MANIFEST_NAME and not e.name.startswith("."))


def discover(raw_dir: Path) -> list[Path]:
    """document_names as paths."""
    return [Path(raw_dir) / name for name in document_names(raw_dir)]


def is_orphan_upload(name: str, manifest: dict) -> bool:
    """A file (by name) the Add documents page stored but never listed: an add that was interrupted."""
    return name.startswith(UPLOAD_PREFIX) and name not in manifest


def _text_length(documents: pa.Table) -> np.ndarray:
    """Characters per document: the weight that cuts the documents table into row groups."""
    lengths = pc.utf8_length(documents["text"]).chunks
    return np.concatenate([c.to_numpy() for c in lengths]) if lengths else np.zeros(0, np.int64)


class _Collector:
    """Takes documents chunk by chunk and streams them into the staged dataset: text into the documents
    table, figures into a scratch table that `finish` copies with their conflict flags. Only a few key
    columns per figure and one row per source stay in memory.

    Figures are published in document order (file name order, as the documents are read), then by
    where the mention starts: the order needs no sort, so no run ever holds all figures at once.
    Row groups are cut by what the rows hold (RowGroupWriter), not by chunk: a run from the cache writes
    the same bytes as a run from scratch.

    Chunks built by this run are checked a few together (a check has a fixed cost per table, which
    per chunk of ~64 documents was most of the parent process's work) and go to the cache only once they
    have passed: a cached chunk is never checked again, and a failure must be reported by every run.
    """

    TEXT_GROUP_CHARS = 2_000_000  # one Parquet row group of text: a few MB held at a time
    FIGURE_GROUP_ROWS = 16_384

    def __init__(self, staged, cache: ResultCache | None = None):
        self.staged = staged
        self.cache = cache
        self.documents = RowGroupWriter(staged.writer("documents"), self.TEXT_GROUP_CHARS, _text_length)
        self.unmarked = staged.scratch("figures")
        self.figures = RowGroupWriter(staged.writer("figures", scratch=True), self.FIGURE_GROUP_ROWS)
        self.keys: list[pa.Table] = []  # what finding conflicts needs, per chunk
        self.source_batches: list[pa.Table] = []
        self.review_batches: list[pa.Table] = []  # held numbers: a few per document
        self.problems: list[tuple[str, str]] = []
        self.reused = 0  # documents whose chunk came from the cache
        self._unchecked: list[tuple[str | None, ChunkTables]] = []  # (cache key or None, chunk)
        self._unchecked_rows = 0
        self._unchecked_chars = 0
        self._start_chunk()

    def _start_chunk(self) -> None:
        self._ids: list[str] = []
        self._texts: list[str] = []
        self._sources: list[dict] = []
        self._columns: dict[str, list] = {name: [] for name in FIGURES_ARROW.names}
        self._review: dict[str, list] = {name: [] for name in REVIEW_ARROW.names}
        self._warnings: list[str] = []

    def add(self, result: DocumentResult) -> None:
        """One document of the chunk being built."""
        source = result.source
        self._sources.append(source_row(source, len(result.text), result.n_figures))
        self._ids.append(source.source_id)
        self._texts.append(result.text)
        for name, values in result.figures.items():
            self._columns[name].extend(values)
        for name, values in result.review.items():
            self._review[name].extend(values)
        self._warnings += result.warnings

    def end_chunk(self, key: str | None) -> ChunkTables:
        """Write the chunk built from the documents added since the last one; it goes to the cache
        under `key` (None: not to be cached) once it has passed its checks."""
        chunk = ChunkTables(
            documents=pa.Table.from_batches([documents_batch(self._ids, self._texts)]),
            figures=figures_table(self._columns),
            sources=sources_table(self._sources),
            review=review_table(self._review),
            warnings=self._warnings,
        )
        self._unchecked_chars += sum(map(len, self._texts))
        self._start_chunk()
        self.write(chunk)
        self._unchecked.append((key, chunk))
        self._unchecked_rows += chunk.figures.num_rows
        if self._unchecked_rows >= self.FIGURE_GROUP_ROWS or self._unchecked_chars >= self.TEXT_GROUP_CHARS:
            self._check_unchecked()
        return chunk

    def _check_unchecked(self) -> None:
        if not self._unchecked:
            return
        chunks = [chunk for _, chunk in self._unchecked]
        problems = [
            (f"{name}.parquet", problem)
            for name in ("documents", "figures")
            for problem in check_table(name, pa.concat_tables([getattr(c, name) for c in chunks]))
        ]
        self.problems += problems
        if self.cache is not None and not problems:
            for key, chunk in self._unchecked:
                if key is not None:
                    self.cache.put(key, chunk)
        self._unchecked, self._unchecked_rows, self._unchecked_chars = [], 0, 0

    def write(self, chunk: ChunkTables) -> None:
        """Append a chunk's tables (checked by `end_chunk` when built by this run)."""
        if chunk.documents.num_rows:
            self.documents.write(chunk.documents)
        if chunk.figures.num_rows:
            self.figures.write(chunk.figures)
            self.keys.append(chunk.figures.select(CONFLICT_COLUMNS))
        self.source_batches.append(chunk.sources)
        self.review_batches.append(chunk.review)

    def finish(self, catalog: Catalog) -> tuple[dict, pa.Table]:
        """Close the streamed tables and write figures with their conflict flags; return the small tables
        (indicators, sources, conflicts) ready to check, and the figures' key columns."""
        self._check_unchecked()
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
            "sources": pa.concat_tables([sources_table([]), *self.source_batches]),
            "conflicts": conflicts,
            "review": pa.concat_tables(
                [review_table({n: [] for n in REVIEW_ARROW.names}), *self.review_batches]
            ),
        }
        return tables, keys


def _reference_chunk(reference: Reference) -> ChunkTables:
    """The reference history as a chunk of the tables: figures and sources, no document text."""
    return ChunkTables(
        documents=pa.Table.from_batches([documents_batch([], [])]),
        figures=reference.figures,
        sources=reference.sources,
        review=review_table({n: [] for n in REVIEW_ARROW.names}),
    )


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
            chunksize = max(1, min(32, len(jobs) // (workers * 8)))
            yield from pool.map(_process_safely, jobs, chunksize=chunksize)
    else:
        yield from map(_process_safely, jobs)


@dataclass(frozen=True, slots=True)  # one per document for the whole run: no __dict__ each
class _Job:
    raw_dir: str
    name: str
    entry: dict | None
    sha: str | None  # None: not a regular file within the size limit; the reader says why
    size: int

    @property
    def path(self) -> Path:
        return Path(self.raw_dir, self.name)


def _jobs(raw_dir: Path, names: list[str], manifest: dict, index: HashIndex | None) -> list[_Job]:
    """Each document with its manifest entry and, for the cache (`index`), the sha256 of its bytes,
    remembered or computed. Without a cache nothing is hashed here: chunks then only bound what a run
    holds at once (their size caps), and the workers hash what they read."""
    from etl.readers import MAX_BYTES

    jobs, raw = [], os.fspath(raw_dir)
    for name in names:
        path = os.path.join(raw, name)
        info = regular_file(path, MAX_BYTES)
        size = 0 if info is None else info.st_size
        sha = None
        if info is not None and index is not None:
            with contextlib.suppress(OSError):  # unreadable: the reader reports it
                sha = index.sha256(name, path, info)
        jobs.append(_Job(raw, name, manifest.get(name), sha, size))
    return jobs


def _chunk_results(
    jobs: list[_Job], collector: _Collector, *, cache_dir: Path | None, workers: int, progress: bool
) -> Iterator[tuple[str, str | None, list[str]]]:
    """Write every chunk of the run into `collector`, taken from the cache when its documents are
    unchanged, else built from the documents' results. Yields (file name, error) per failed document
    and, per chunk, its warnings as ("", None, warnings)."""
    chunks = plan_chunks([j.sha for j in jobs], [j.size for j in jobs])
    doc_keys: list[str | None] = [None] * len(jobs)  # no cache: no keys to compute
    keys: list[str | None] = [None] * len(chunks)
    if cache_dir is not None:
        fingerprint = code_fingerprint()
        doc_keys = [
            None if j.sha is None else document_key(j.sha, j.name, j.entry, fingerprint) for j in jobs
        ]
        keys = [
            None if any(doc_keys[i] is None for i in chunk) else chunk_key([doc_keys[i] for i in chunk])
            for chunk in chunks
        ]
    cache = collector.cache
    # Only whether a chunk is cached is decided up front (which documents the workers get); its tables
    # are loaded when its turn comes, so a run holds one chunk at a time.
    cached = [cache is not None and key is not None and cache.path(key).exists() for key in keys]

    def job(i: int) -> tuple:
        return jobs[i].path, jobs[i].entry, jobs[i].sha, doc_keys[i], cache_dir

    outcomes = _outcomes(
        [job(i) for chunk, hit in zip(chunks, cached, strict=True) if not hit for i in chunk], workers
    )
    bar = _progress_bar(len(jobs), progress)
    try:
        for chunk, key, hit in zip(chunks, keys, cached, strict=True):
            tables = cache.get(key) if hit else None
            if isinstance(tables, ChunkTables):
                collector.write(tables)  # checked when it was built, by the same code (key)
                collector.reused += len(chunk)
            else:
                # Not cached; or its cache file went bad since: its documents are done here instead.
                # The chunk is cached only if every document was read as hashed and it passed its checks:
                # a cached chunk is not checked again, and a failure must be reported by every run.
                cacheable = cache is not None and key is not None
                results = outcomes if not hit else map(_process_safely, map(job, chunk))
                for i, (name, result, error) in zip(
                    chunk, itertools.islice(results, len(chunk)), strict=True
                ):
                    if error:
                        cacheable = False
                        yield name, error, []
                        continue
                    if jobs[i].sha is not None and result.source.sha256 != jobs[i].sha:
                        cacheable = False
                        yield "", None, [f"{name}: changed while this run read it; the new text is used"]
                    collector.add(result)
                tables = collector.end_chunk(key if cacheable else None)
            yield "", None, tables.warnings
            if bar is not None:
                bar.update(len(chunk))
    finally:
        outcomes.close()  # shuts the worker pool down
        if bar is not None:
            bar.close()
    if cache is not None:  # what this run did not use is stale (another code version, a removed file)
        cache.keep_only({k for k in keys if k is not None})
        ResultCache(cache_dir, DOCUMENT_PREFIX).keep_only({k for k in doc_keys if k is not None})


def run(
    raw_dir: Path,
    out: Path,
    *,
    keep_going: bool = False,
    workers: int = 1,
    progress: bool = True,
    cache_dir: Path | None = None,
    reference_dir: Path | None = None,
) -> RunReport:
    """Build the dataset from `raw_dir` (and the reference history in `reference_dir`, by default
    `reference/` beside `raw_dir`) and publish it to `out` atomically."""
    from etl.manifest import ManifestError

    raw_dir, out = Path(raw_dir), Path(out)
    if not raw_dir.is_dir():
        raise EtlError([(str(raw_dir), "raw directory not found")])
    try:
        manifest = load_manifest(raw_dir)
    except ManifestError as exc:
        raise EtlError([(MANIFEST_NAME, str(exc))]) from exc
    catalog = load_catalog()
    report = RunReport()
    names = document_names(raw_dir)
    problems = [
        (name, f"{name}: listed in {MANIFEST_NAME} but missing")
        for name in manifest
        if not (raw_dir / name).exists()
    ]
    index = None
    if cache_dir is not None:
        (Path(cache_dir) / CHUNKS_DIR).mkdir(parents=True, exist_ok=True)
        index = HashIndex(cache_dir)
    orphans = {name for name in names if is_orphan_upload(name, manifest)}
    for name in sorted(orphans):
        report.warn(f"{name}: an interrupted upload (not in {MANIFEST_NAME}); ignored")
    jobs = _jobs(raw_dir, [n for n in names if n not in orphans], manifest, index)
    if index is not None:
        report.hashed = index.hashed
    # The reference history: a bad row is a problem like a bad document (skipped with keep_going).
    reference = load_reference(reference_dir or default_reference_dir(raw_dir), catalog)
    problems += reference.problems
    try:
        _build(jobs, out, catalog, report, problems, keep_going=keep_going, workers=workers,
               progress=progress, cache_dir=cache_dir, reference=reference)  # fmt: skip
    finally:
        if index is not None:
            index.save()  # also after a failed run: the hashes are facts about the files
    return report


def _build(
    jobs: list[_Job],
    out: Path,
    catalog: Catalog,
    report: RunReport,
    problems: list[tuple[str, str]],
    *,
    keep_going: bool,
    workers: int,
    progress: bool,
    cache_dir: Path | None,
    reference: Reference | None = None,
) -> None:
    """Extract (or reuse), check and publish: the part of a run that writes the dataset."""
    from etl.publish import StagedDataset

    with StagedDataset(out) as staged:
        collector = _Collector(
            staged, None if cache_dir is None else ResultCache(Path(cache_dir) / CHUNKS_DIR)
        )
        for name, error, warnings in _chunk_results(
            jobs, collector, cache_dir=cache_dir, workers=workers, progress=progress
        ):
            if error:
                problems.append((name, error))
            for warning in warnings:
                report.warn(warning)
        report.reused = collector.reused
        if problems and not keep_going:
            raise EtlError(problems)
        report.skipped = problems
        if reference is not None:  # the curated figures, after the documents', checked like theirs
            collector.problems += [("figures.parquet", p) for p in check_table("figures", reference.figures)]
            collector.write(_reference_chunk(reference))
        tables, figures = collector.finish(catalog)
        # Two documents with one source id break the sources table's uniqueness: name them instead.
        duplicates = _duplicate_ids(tables["sources"])
        invalid = duplicates + collector.problems + ([] if duplicates else check_tables(tables))
        if invalid:
            raise EtlError(invalid)
        for name, table in tables.items():
            staged.write(name, table)

        report.documents = pc.sum(pc.not_equal(tables["sources"]["kind"], "reference")).as_py() or 0
        report.figures_by_indicator = Counter(figures["indicator_id"].to_pylist())
        basis = Counter(figures["basis"].to_pylist())
        report.reported, report.derived = basis["reported"], basis["derived"]
        report.curated = basis["curated"]
        report.conflicts = tables["conflicts"].num_rows
        report.out = out
        digest = hashlib.sha256()
        digest.update(CATALOG_PATH.read_bytes())
        sources = tables["sources"].select(["source_id", "sha256"]).to_pydict()
        for source_id, sha in sorted(zip(sources["source_id"], sources["sha256"], strict=True)):
            digest.update(f"{source_id}:{sha}\n".encode())
        for name, sha in reference.digests if reference is not None else ():
            digest.update(f"reference/{name}:{sha}\n".encode())
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


def _progress_bar(total: int, shown: bool):
    if not shown:
        return None
    from tqdm import tqdm  # only a terminal run shows a bar

    return tqdm(total=total, desc="documents", unit="doc")
