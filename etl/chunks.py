"""Documents in chunks: the unit the published tables are written in, and a re-run reuses.

A chunk is a run of consecutive documents (in file-name order) whose boundaries depend on the
documents' content, not their positions: a chunk ends after a document whose sha256 falls in one
64th of the hash space (so chunks hold about 64 documents), or when it reaches a size cap. Adding
or changing one document therefore changes only the chunk that holds it, as in rsync's or restic's
content-defined chunking, and every other chunk's tables are taken from the cache as they are.

Chunks are the cache's unit only: the published files are cut into row groups by what the rows hold
(publish.RowGroupWriter), so a re-run writes the same bytes as a run from scratch.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

AVERAGE_DOCUMENTS = 64  # a chunk ends after a document whose hash is 0 modulo this
MAX_DOCUMENTS = 1024
MAX_BYTES = 8 * 1024 * 1024  # of raw files: bounds the text a run holds at once


def ends_chunk(sha: str | None) -> bool:
    """Whether a document with this sha256 closes its chunk (an unhashable file never does)."""
    return sha is not None and int(sha[:8], 16) % AVERAGE_DOCUMENTS == 0


def plan_chunks(shas: list[str | None], sizes: list[int]) -> list[range]:
    """Consecutive ranges of document positions, each one chunk."""
    chunks, start, n_bytes = [], 0, 0
    for i, (sha, size) in enumerate(zip(shas, sizes, strict=True)):
        n_bytes += size
        if ends_chunk(sha) or i + 1 - start >= MAX_DOCUMENTS or n_bytes >= MAX_BYTES:
            chunks.append(range(start, i + 1))
            start, n_bytes = i + 1, 0
    if start < len(shas):
        chunks.append(range(start, len(shas)))
    return chunks


@dataclass
class ChunkTables:
    """One chunk's rows of the documents, figures (before conflict flags) and sources tables, and the
    warnings its documents gave (repeated by every run that reuses it)."""

    documents: pa.Table
    figures: pa.Table
    sources: pa.Table
    review: pa.Table
    warnings: list[str] = field(default_factory=list)
