"""Reuse between runs, and the order of work: which documents to read (and in which worker), which
chunks of the tables to take from the cache, and which to build again.

Stage code never sees a cache key: `document_outcomes` yields each chunk's documents' results (read, or
taken from the per-document cache) or the chunk's tables as cached; the keys (file hashes remembered by
stat, per-document results, content-defined chunks) are made and checked here, with etl/cache.py and
etl/chunks.py doing the storing and the cutting.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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
from etl.chunks import ChunkTables, plan_chunks
from etl.documents import DocumentResult, process_document
from etl.limits import cpu_deadline

if TYPE_CHECKING:
    from etl.assemble import Assembler


def process_safely(args) -> tuple[str, DocumentResult | None, str | None]:
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


def _outcomes(jobs: list, workers: int) -> Iterator:
    """(file name, result, error) per job, in job order, from worker processes when asked."""
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            # Small chunks: with a few big ones, one worker is left alone with the last for a long time.
            chunksize = max(1, min(32, len(jobs) // (workers * 8)))
            yield from pool.map(process_safely, jobs, chunksize=chunksize)
    else:
        yield from map(process_safely, jobs)


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


def plan_jobs(raw_dir: Path, names: list[str], manifest: dict, index: HashIndex | None) -> list[_Job]:
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


def write_chunks(
    jobs: list[_Job], collector: Assembler, *, cache_dir: Path | None, workers: int, progress: bool
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
                results = outcomes if not hit else map(process_safely, map(job, chunk))
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


def _progress_bar(total: int, shown: bool):
    if not shown:
        return None
    from tqdm import tqdm  # only a terminal run shows a bar

    return tqdm(total=total, desc="documents", unit="doc")


def chunks_cache(cache_dir: Path | None) -> ResultCache | None:
    """The cache of chunks' tables (None: no cache)."""
    if cache_dir is None:
        return None
    (Path(cache_dir) / CHUNKS_DIR).mkdir(parents=True, exist_ok=True)
    return ResultCache(Path(cache_dir) / CHUNKS_DIR)


def hash_index(cache_dir: Path | None) -> HashIndex | None:
    """The file hashes remembered by stat (None: no cache, nothing is hashed ahead of reading)."""
    if cache_dir is None:
        return None
    (Path(cache_dir) / CHUNKS_DIR).mkdir(parents=True, exist_ok=True)
    return HashIndex(cache_dir)
