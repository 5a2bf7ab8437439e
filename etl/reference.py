"""The reference history: official figures curated by hand in data/reference/*.csv, each with its citation.

A second kind of source beside the documents of data/raw/. Each row of a reference file is one official
figure (see data/reference/README.md for the columns); it becomes a figure with basis "curated" that stands
on its citation (publisher, title, link, dates, and where in the page: `locator`) instead of a quote and
offsets. Each cited page (url) becomes one row of the sources table, of kind "reference".

`reference_tables(files, catalog)` is a pure function of the files' names and bytes and the catalog;
`read_reference_files(directory)` is the I/O at the edge. A bad row is a problem `file:line: reason`: the
ETL fails the run with it, as it does for a bad document, or with --keep-going skips the row and warns.

The directory defaults to `reference/` beside the raw documents (data/reference beside data/raw), so a
test corpus in a temporary directory has no reference history unless it is given one.

The rows are read and checked in `etl/reference_rows.py` (their period codes in `etl/period_codes.py`);
this module makes the checked rows figures and their cited pages sources.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from etl.catalog import Catalog
from etl.reference_rows import COLUMNS, RowError, checked_row, csv_rows
from etl.schema import FIGURES_ARROW, SOURCES_ARROW

REFERENCE_DIR_NAME = "reference"
KIND = "reference"  # the sources table's kind for a cited page


def default_reference_dir(raw_dir: Path) -> Path:
    """data/reference beside data/raw."""
    return Path(raw_dir).parent / REFERENCE_DIR_NAME


def read_reference_files(directory: Path | None) -> list[tuple[str, bytes]]:
    """Every `*.csv` of the directory as (name, bytes), in name order; none when there is no directory."""
    if directory is None or not Path(directory).is_dir():
        return []
    paths = sorted(p for p in Path(directory).glob("*.csv") if p.is_file() and not p.name.startswith("."))
    return [(p.name, p.read_bytes()) for p in paths]


@dataclass(frozen=True)
class Citation:
    publisher: str
    title: str
    url: str
    published: str
    accessed: str


@dataclass(frozen=True)
class CuratedFigure:
    file: str
    line: int
    figure: dict  # a row of the figures table (source_id filled in)
    citation: Citation
    note: str  # what the note says of this row, for the source's notes


@dataclass
class Reference:
    """The reference history as tables, and the rows left out with their reasons."""

    figures: pa.Table
    sources: pa.Table
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file, "file:line: reason")
    digests: list[tuple[str, str]] = field(default_factory=list)  # (file name, sha256 of its bytes)

    @property
    def n_figures(self) -> int:
        return self.figures.num_rows


def figure_id(file: str, cells: dict[str, str]) -> str:
    """Stable: the file's name and the row's content (not its line number, which moves as rows are added)."""
    content = "\x1f".join(cells.get(c, "") for c in COLUMNS)
    return "ref" + hashlib.sha256(f"{file}\x1e{content}".encode()).hexdigest()[:16]


def source_id(url: str) -> str:
    return "ref-" + hashlib.sha256(url.encode()).hexdigest()[:12]


def curated_row(file: str, line: int, cells: dict[str, str], catalog: Catalog) -> CuratedFigure:
    """One row of a reference file, checked, as a figure row. Raises RowError with the reason."""
    row = checked_row(cells, catalog)
    cells, indicator, period, scope = row.cells, row.indicator, row.period, row.scope
    url = cells["url"]
    citation = Citation(cells["publisher"], cells["title"], url, cells["published"], cells["accessed"])
    figure = {
        "figure_id": figure_id(file, cells),
        "indicator_id": indicator.id,
        "value": row.value,
        "unit": indicator.unit,
        "rank_of": row.rank_of,
        "approximate": False,
        "qualifier": None,
        "value_text": cells["value"] if row.rank_of is None else f"{cells['value']}/{row.rank_of}",
        "period_kind": period.kind,
        "period_start": period.start,
        "period_end": period.end,
        "period_label": period.label,
        "period_inferred": False,
        "basis": "curated",
        "derivation": None,
        "derivation_rule": None,
        "derived_from": None,
        "source_id": source_id(url),
        "quote": None,
        "char_start": None,
        "char_end": None,
        "mention_start": None,
        "mention_end": None,
        "conflict": False,
        "measure": indicator.figure_measure,
        "comparison": None,
        "status": row.status,
        "place": "province",
        "price_basis": row.price_basis,
        "bound": None,
        "period_aggregate": row.aggregate,
        "period_source": "citation",
        "locator": cells["locator"],
        "scope": scope or indicator.scope,
    }
    what = f"{indicator.name_en} {cells['period']}" + (f" ({scope.replace('_', ' ')})" if scope else "")
    note = f"{what}: {cells['note']}" if cells.get("note") else (f"{what}: scope {scope}" if scope else "")
    return CuratedFigure(file, line, figure, citation, note)


def reference_tables(files: list[tuple[str, bytes]], catalog: Catalog) -> Reference:
    """The curated figures and their cited pages from the reference files (name, bytes); the rows that
    break a rule are left out and listed as problems `file:line: reason`."""
    problems: list[tuple[str, str]] = []
    kept: list[CuratedFigure] = []
    seen_ids: dict[str, str] = {}
    for name, data in files:
        rows, file_problems = csv_rows(name, data)
        problems += file_problems
        for line, record in rows:
            try:
                curated = curated_row(name, line, record, catalog)
            except RowError as exc:
                problems.append((name, f"{name}:{line}: {exc}"))
                continue
            fid = curated.figure["figure_id"]
            if fid in seen_ids:
                problems.append((name, f"{name}:{line}: the same row as {seen_ids[fid]}"))
                continue
            seen_ids[fid] = f"{name}:{line}"
            kept.append(curated)
    # One source per cited page; every row citing it must name it the same way.
    by_url: dict[str, list[CuratedFigure]] = {}
    for curated in kept:
        by_url.setdefault(curated.citation.url, []).append(curated)
    figures, sources = [], []
    for url, group in by_url.items():
        first = group[0]
        consistent = [first]
        for other in group[1:]:
            a, b = first.citation, other.citation
            if (a.publisher, a.title, a.published) != (b.publisher, b.title, b.published):
                problems.append(
                    (
                        other.file,
                        f"{other.file}:{other.line}: cites {url} with another publisher, title or published "
                        f"date than {first.file}:{first.line}",
                    )
                )
                continue
            consistent.append(other)
        figures += [c.figure for c in consistent]
        sources.append(_source_row(url, consistent))
    figures.sort(key=lambda f: (f["source_id"], f["indicator_id"], f["period_start"], f["figure_id"]))
    sources.sort(key=lambda s: s["source_id"])
    problems.sort(key=lambda p: _problem_order(p[1]))
    return Reference(
        figures=pa.Table.from_pylist(figures, schema=FIGURES_ARROW),
        sources=pa.Table.from_pylist(sources, schema=SOURCES_ARROW),
        problems=problems,
        digests=[(name, hashlib.sha256(data).hexdigest()) for name, data in files],
    )


def _problem_order(message: str) -> tuple:
    m = re.match(r"(.*?):(\d+): ", message)
    return (m[1], int(m[2])) if m else (message, 0)


def _source_row(url: str, group: list[CuratedFigure]) -> dict:
    first = group[0].citation
    files = sorted({c.file for c in group})
    notes = list(dict.fromkeys(c.note for c in group if c.note))
    # The rows' own text identifies what this source stands for (a page has no bytes of ours).
    digest = hashlib.sha256()
    for c in sorted(group, key=lambda c: c.figure["figure_id"]):
        digest.update(f"{c.figure['figure_id']}\n".encode())
    return {
        "source_id": source_id(url),
        "file_name": ", ".join(f"{REFERENCE_DIR_NAME}/{f}" for f in files),
        "kind": KIND,
        "title": first.title,
        "title_inferred": False,
        "publisher": first.publisher,
        "publisher_note": None,
        "published": first.published,
        "date_inferred": False,
        "note": "\n".join(notes) or None,
        "link": url,
        "related_links": None,
        "sha256": digest.hexdigest(),
        "in_manifest": True,  # its provenance is recorded, in the reference file
        "n_chars": 0,
        "n_figures": len(group),
        "accessed": max(c.citation.accessed for c in group),
    }


def load_reference(directory: Path | None, catalog: Catalog) -> Reference:
    """reference_tables of the directory's files (I/O here, the rest pure)."""
    return reference_tables(read_reference_files(directory), catalog)
