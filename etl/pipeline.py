"""The ETL run, as a sequence of stages: load inputs → extract → tidy → validate → publish.

Each stage's work is its own module's (the README's stage table names them): documents are read,
checked against the manifest and read for figures one at a time (etl/documents.py, rows by etl/rows.py),
reused between runs where nothing changed (etl/incremental.py), assembled into the published tables and
checked against the contract (etl/assemble.py, etl/checks.py), then swapped in whole (etl/publish.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.compute as pc

from etl.assemble import Assembler, reference_chunk, validated_tables
from etl.catalog import Catalog, catalog_path, load_catalog
from etl.checks import check_table
from etl.documents import document_names
from etl.incremental import chunks_cache, hash_index, plan_jobs, write_chunks
from etl.manifest import MANIFEST_NAME, is_orphan_upload, load_manifest
from etl.publish import StagedDataset, input_digest, publish
from etl.reference import Reference, default_reference_dir, load_reference


class EtlError(Exception):
    """The run cannot produce a dataset; `problems` lists (file, reason) pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = problems
        super().__init__("; ".join(f"{f}: {why}" for f, why in problems))

    def __reduce__(self):  # pickles with its problems (the Add documents worker sends it back)
        return (type(self), (self.problems,))


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


@dataclass
class Inputs:
    """What a run reads before it extracts anything: the catalog, the manifest, the documents to read,
    the reference history, and the problems already found with them."""

    catalog: Catalog
    raw_dir: Path
    manifest: dict
    names: list[str]
    orphans: list[str]
    reference: Reference
    problems: list[tuple[str, str]] = field(default_factory=list)


def load_inputs(raw_dir: Path, reference_dir: Path | None) -> Inputs:
    """Load inputs: a missing directory or a broken manifest stops the run here."""
    from etl.manifest import ManifestError

    if not raw_dir.is_dir():
        raise EtlError([(str(raw_dir), "raw directory not found")])
    try:
        manifest = load_manifest(raw_dir)
    except ManifestError as exc:
        raise EtlError([(MANIFEST_NAME, str(exc))]) from exc
    catalog = load_catalog()
    names = document_names(raw_dir)
    orphans = sorted(name for name in names if is_orphan_upload(name, manifest))
    missing = [
        (name, f"{name}: listed in {MANIFEST_NAME} but missing") for name in manifest if name not in names
    ]
    # The reference history: a bad row is a problem like a bad document (skipped with keep_going).
    reference = load_reference(reference_dir or default_reference_dir(raw_dir), catalog)
    return Inputs(
        catalog, raw_dir, manifest, [n for n in names if n not in orphans], orphans, reference,
        [*missing, *reference.problems],
    )  # fmt: skip


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
    raw_dir, out = Path(raw_dir), Path(out)
    report = RunReport()

    # Load inputs
    inputs = load_inputs(raw_dir, reference_dir)
    problems = inputs.problems
    for name in inputs.orphans:
        report.warn(f"{name}: an interrupted upload (not in {MANIFEST_NAME}); ignored")
    index = hash_index(cache_dir)
    try:
        jobs = plan_jobs(raw_dir, inputs.names, inputs.manifest, index)
        report.hashed = index.hashed if index is not None else 0
        with StagedDataset(out) as staged:
            # Extract (or reuse) and tidy, chunk by chunk, into the staged dataset
            assembler = Assembler(staged, inputs.catalog, chunks_cache(cache_dir))
            for name, error, warnings in write_chunks(
                jobs, assembler, cache_dir=cache_dir, workers=workers, progress=progress
            ):
                if error:
                    problems.append((name, error))
                for warning in warnings:
                    report.warn(warning)
            report.reused = assembler.reused
            if problems and not keep_going:
                raise EtlError(problems)
            report.skipped = problems
            # The curated figures, after the documents', checked like theirs
            curated = inputs.reference.figures
            assembler.problems += [
                ("figures.parquet", p) for p in check_table("figures", curated, assembler.indicators)
            ]
            assembler.write(reference_chunk(inputs.reference))

            # Validate
            tables, figures, invalid = validated_tables(assembler)
            if invalid:
                raise EtlError(invalid)

            # Publish
            for name, table in tables.items():
                staged.write(name, table)
            _summarise(report, tables, figures, out)
            digest = input_digest(catalog_path().read_bytes(), tables["sources"], inputs.reference.digests)
            publish(staged, {
                "producer": "python -m etl",
                "input_digest": digest,
                "documents": report.documents,
                "figures": figures.num_rows,
                "skipped": [f for f, _ in problems],
            })  # fmt: skip
    finally:
        if index is not None:
            index.save()  # also after a failed run: the hashes are facts about the files
    return report


def _summarise(report: RunReport, tables: dict, figures, out: Path) -> None:
    report.documents = pc.sum(pc.not_equal(tables["sources"]["kind"], "reference")).as_py() or 0
    report.figures_by_indicator = Counter(figures["indicator_id"].to_pylist())
    basis = Counter(figures["basis"].to_pylist())
    report.reported, report.derived, report.curated = basis["reported"], basis["derived"], basis["curated"]
    report.conflicts = tables["conflicts"].num_rows
    report.out = out
