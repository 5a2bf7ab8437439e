"""One document through the first stages: read it, check it against its manifest entry (or infer its
metadata), read its figures, tidy them into rows. No shared state: documents can be spread over worker
processes, and a bad one reported -- or, with keep_going, skipped -- without touching the others.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from etl.catalog import Catalog, load_catalog
from etl.manifest import MANIFEST_NAME, SourceInfo, infer_source, source_from_entry
from etl.rows import document_rows
from etl.schema import FIGURES_ARROW, REVIEW_ARROW


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


def document_names(raw_dir: Path) -> list[str]:
    """Candidate documents: every visible entry of the raw directory but the manifest, in name order.
    (Names, not Path objects: a re-run of a large archive spends more on Paths than on its changes.)"""
    with os.scandir(raw_dir) as entries:
        return sorted(e.name for e in entries if e.name != MANIFEST_NAME and not e.name.startswith("."))


def discover(raw_dir: Path) -> list[Path]:
    """document_names as paths."""
    return [Path(raw_dir) / name for name in document_names(raw_dir)]
