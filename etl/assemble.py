"""Assemble the published tables chunk by chunk into the staged dataset, checking them as they come:
documents' text and figures streamed into Parquet, sources and held numbers gathered, conflicts found
across all figures at the end (and flagged in a copy of the figures), and every table checked against the
contract (etl/checks.py) before anything is published.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from etl.cache import ResultCache
from etl.catalog import Catalog
from etl.checks import check_table, check_tables, check_unique, duplicate_source_ids
from etl.chunks import ChunkTables
from etl.documents import DocumentResult
from etl.publish import RowGroupWriter
from etl.reference import Reference
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


def _text_length(documents: pa.Table) -> np.ndarray:
    """Characters per document: the weight that cuts the documents table into row groups."""
    lengths = pc.utf8_length(documents["text"]).chunks
    return np.concatenate([c.to_numpy() for c in lengths]) if lengths else np.zeros(0, np.int64)


class Assembler:
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

    def __init__(self, staged, catalog: Catalog, cache: ResultCache | None = None):
        self.staged = staged
        self.cache = cache
        self.indicators = indicators_arrow(catalog)  # published as is; the figures are checked against it
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
            for problem in check_table(
                name, pa.concat_tables([getattr(c, name) for c in chunks]), self.indicators
            )
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

    def finish(self) -> tuple[dict, pa.Table]:
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
            "indicators": self.indicators,
            "sources": pa.concat_tables([sources_table([]), *self.source_batches]),
            "conflicts": conflicts,
            "review": pa.concat_tables(
                [review_table({n: [] for n in REVIEW_ARROW.names}), *self.review_batches]
            ),
        }
        return tables, keys


def reference_chunk(reference: Reference) -> ChunkTables:
    """The reference history as a chunk of the tables: figures and sources, no document text."""
    return ChunkTables(
        documents=pa.Table.from_batches([documents_batch([], [])]),
        figures=reference.figures,
        sources=reference.sources,
        review=review_table({n: [] for n in REVIEW_ARROW.names}),
    )


def validated_tables(assembler: Assembler) -> tuple[dict[str, pa.Table], pa.Table, list]:
    """Close the streamed tables and check the whole: (the small tables to write, the figures' key columns,
    the problems). Two documents with one source id (a manifest typo) are named rather than reported as a
    broken uniqueness rule."""
    tables, keys = assembler.finish()
    duplicates = duplicate_source_ids(tables["sources"])
    problems = duplicates + assembler.problems + ([] if duplicates else check_tables(tables))
    return tables, keys, problems
