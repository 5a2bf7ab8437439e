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

About 500 lines, most of them the row checks (each a clear `file:line: reason`) and the period codes;
the reading itself is short.
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyarrow as pa

from etl.catalog import Catalog, Indicator
from etl.periods import Period, range_period, year_period
from etl.schema import FIGURES_ARROW, MAX_PERCENT, PRICE_BASES, SOURCES_ARROW

REFERENCE_DIR_NAME = "reference"
KIND = "reference"  # the sources table's kind for a cited page
STATUSES = ("official", "preliminary", "estimate")  # what a curated figure may be
AGGREGATES = ("average", "total")
COLUMNS = (
    *("indicator_id", "period", "aggregate", "value", "unit", "rank_of", "status", "scope", "price_basis"),
    *("publisher", "title", "url", "published", "accessed", "locator", "note"),
)
REQUIRED = ("indicator_id", "period", "value", "unit", "status", "publisher", "title", "url")
REQUIRED += ("published", "accessed", "locator")
_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_SCOPE = re.compile(r"^[a-z][a-z0-9_]*$")
_CODES = "2022, 2023-S1, 2023-Q3, 2023-M10, 2023-01/2023-09, 2021/2025, @2024-06-30"
_EARLIEST, _LATEST = date(1945, 1, 1), date(2100, 12, 31)  # the contract's bounds on periods


def default_reference_dir(raw_dir: Path) -> Path:
    """data/reference beside data/raw."""
    return Path(raw_dir).parent / REFERENCE_DIR_NAME


def read_reference_files(directory: Path | None) -> list[tuple[str, bytes]]:
    """Every `*.csv` of the directory as (name, bytes), in name order; none when there is no directory."""
    if directory is None or not Path(directory).is_dir():
        return []
    paths = sorted(p for p in Path(directory).glob("*.csv") if p.is_file() and not p.name.startswith("."))
    return [(p.name, p.read_bytes()) for p in paths]


# --- Period codes ---------------------------------------------------------------------------------


class PeriodCodeError(ValueError):
    """A period code that is malformed or names no real period."""


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _day(text: str) -> date:
    m = _DAY.match(text)
    if not m:
        raise PeriodCodeError(f"{text!r} is not a day YYYY-MM-DD")
    try:
        return date(*map(int, m.groups()))
    except ValueError as exc:
        raise PeriodCodeError(f"{text!r} is not a day that exists") from exc


def _month(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if not m:
        raise PeriodCodeError(f"{text!r} is not a month YYYY-MM")
    y, mo = int(m[1]), int(m[2])
    if not 1 <= mo <= 12:
        raise PeriodCodeError(f"month {mo} does not exist")
    return y, mo


def _span(start: date, end: date) -> Period:
    """A span by its first and last day, named the way the extractor names the same period."""
    if end < start:
        raise PeriodCodeError("ends before it starts")
    whole_months = start.day == 1 and end == _month_end(end.year, end.month)
    if whole_months and start.year == end.year:
        y, first, last = start.year, start.month, end.month
        if first == 1 and last == 12:
            return year_period(y)
        if (first, last) in ((1, 6), (7, 12)):
            return Period("half_year", start, end, f"H{1 if first == 1 else 2}/{y}")
        if last - first == 2 and first % 3 == 1:
            return Period("quarter", start, end, f"Q{first // 3 + 1}/{y}")
        if first == last:
            return Period("month", start, end, f"{first:02d}/{y}")
        if first == 1:  # a running total from January ("9 tháng")
            return Period("months", start, end, f"01–{last:02d}/{y}")
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31:
        return range_period(start.year, end.year)
    return Period("dates", start, end, f"{_dmy(start)}–{_dmy(end)}")


def parse_period_code(code: str) -> Period:
    """`2022`, `2023-S1`, `2023-Q3`, `2023-M10`, `2023-01/2023-09`, `2021/2025`, `@2024-06-30` (and a span of
    days `2020-10-01/2025-10-15`) as a Period. Raises PeriodCodeError for anything else or an impossible
    period."""
    code = code.strip()
    try:
        if m := re.fullmatch(r"\d{4}", code):
            period = year_period(int(code))
        elif m := re.fullmatch(r"(\d{4})-S(\d)", code):
            y, half = int(m[1]), int(m[2])
            if half not in (1, 2):
                raise PeriodCodeError(f"half S{half} does not exist")
            period = _span(date(y, 6 * half - 5, 1), _month_end(y, 6 * half))
        elif m := re.fullmatch(r"(\d{4})-Q(\d)", code):
            y, q = int(m[1]), int(m[2])
            if not 1 <= q <= 4:
                raise PeriodCodeError(f"quarter Q{q} does not exist")
            period = _span(date(y, 3 * q - 2, 1), _month_end(y, 3 * q))
        elif m := re.fullmatch(r"(\d{4})-M(\d{2})", code):
            y, mo = _month(f"{m[1]}-{m[2]}")
            period = _span(date(y, mo, 1), _month_end(y, mo))
        elif code.startswith("@"):
            day = _day(code[1:])
            period = Period("as_of", day, day, _dmy(day))
        elif "/" in code:
            a, _, b = code.partition("/")
            if re.fullmatch(r"\d{4}", a) and re.fullmatch(r"\d{4}", b):
                if int(b) <= int(a):
                    raise PeriodCodeError("a range of years must end after it starts")
                period = range_period(int(a), int(b))
            elif re.fullmatch(r"\d{4}-\d{2}", a) and re.fullmatch(r"\d{4}-\d{2}", b):
                (ya, ma), (yb, mb) = _month(a), _month(b)
                period = _span(date(ya, ma, 1), _month_end(yb, mb))
            else:
                period = _span(_day(a), _day(b))
        else:
            raise PeriodCodeError(f"not a period code ({_CODES})")
    except ValueError as exc:  # a date that does not exist
        if isinstance(exc, PeriodCodeError):
            raise
        raise PeriodCodeError(str(exc)) from exc
    if period.start < _EARLIEST or period.end > _LATEST:
        raise PeriodCodeError(f"outside {_EARLIEST.year}–{_LATEST.year}")
    return period


# --- Rows -----------------------------------------------------------------------------------------


class RowError(ValueError):
    """One reference row breaks a rule; the message is the reason."""


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


def _latest_day(published: str) -> date:
    """The last day a partial date (YYYY or YYYY-MM) can mean."""
    y, m, d = _PUBLISHED.match(published).groups()
    if d:
        return date(int(y), int(m), int(d))
    if m:
        return _month_end(int(y), int(m))
    return date(int(y), 12, 31)


def _earliest_day(published: str) -> date:
    y, m, d = _PUBLISHED.match(published).groups()
    return date(int(y), int(m or 1), int(d or 1))


def _check_published(text: str) -> None:
    if not _PUBLISHED.match(text):
        raise RowError(f"published {text!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    try:
        _earliest_day(text), _latest_day(text)
    except ValueError as exc:
        raise RowError(f"published {text!r} is not a date that exists") from exc


def _check_accessed(text: str) -> date:
    m = _DAY.match(text)
    try:
        if not m:
            raise ValueError
        return date(*map(int, m.groups()))
    except ValueError as exc:
        raise RowError(f"accessed {text!r} is not a day YYYY-MM-DD") from exc


def _number(text: str, what: str) -> float:
    try:
        value = float(text)
    except ValueError as exc:
        raise RowError(f"{what} {text!r} is not a number (write 6.95, not 6,95)") from exc
    if not math.isfinite(value):
        raise RowError(f"{what} {text!r} is not a finite number")
    return value


def _check_value(value: float, rank_of: int | None, indicator: Indicator, kind: str) -> None:
    """`kind`: the kind of the indicator's unit in the catalog (rank, rate, count, ...)."""
    if kind == "rank":
        if value != int(value) or value < 1:
            raise RowError(f"rank {value:g} is not a whole number from 1")
        if rank_of is None and indicator.national_total is not None:
            raise RowError("a national rank needs rank_of (63 until mid-2025, 34 after)")
        if rank_of is not None and value > rank_of:
            raise RowError(f"rank {value:g} is out of range 1..{rank_of}")
        return
    if rank_of is not None:
        raise RowError("rank_of is for ranks only")
    if value < 0 and indicator.figure_measure != "growth":
        raise RowError(f"value {value:g} is negative, and {indicator.id} is not a growth rate")
    if kind == "rate":
        top = 100.0 if indicator.figure_measure in ("share", "score") else MAX_PERCENT
        if value > top:
            raise RowError(f"value {value:g} is out of range for a per cent (at most {top:g})")
    if kind == "count" and value != int(value):
        raise RowError(f"count {value:g} is not a whole number")


def figure_id(file: str, cells: dict[str, str]) -> str:
    """Stable: the file's name and the row's content (not its line number, which moves as rows are added)."""
    content = "\x1f".join(cells.get(c, "") for c in COLUMNS)
    return "ref" + hashlib.sha256(f"{file}\x1e{content}".encode()).hexdigest()[:16]


def source_id(url: str) -> str:
    return "ref-" + hashlib.sha256(url.encode()).hexdigest()[:12]


def curated_row(file: str, line: int, cells: dict[str, str], catalog: Catalog) -> CuratedFigure:
    """One row of a reference file, checked, as a figure row. Raises RowError with the reason."""
    cells = {k: (v or "").strip() for k, v in cells.items()}
    missing = [c for c in REQUIRED if not cells.get(c)]
    if missing:
        raise RowError(f"missing {', '.join(missing)}")
    try:
        indicator = catalog.by_id(cells["indicator_id"])
    except KeyError as exc:
        raise RowError(f"unknown indicator {cells['indicator_id']!r} (not in etl/catalog.yaml)") from exc
    if cells["unit"] != indicator.unit:
        raise RowError(f"unit {cells['unit']!r} is not {indicator.id}'s unit {indicator.unit!r}")
    try:
        period = parse_period_code(cells["period"])
    except PeriodCodeError as exc:
        raise RowError(f"impossible period {cells['period']!r}: {exc}") from exc
    aggregate = cells.get("aggregate") or None
    if aggregate is not None:
        if aggregate not in AGGREGATES:
            raise RowError(f"aggregate {aggregate!r} is not one of {', '.join(AGGREGATES)}")
        if period.kind != "range":
            raise RowError("aggregate is for multi-year periods only")
    status = cells["status"]
    if status not in STATUSES:
        raise RowError(f"status {status!r} is not one of {', '.join(STATUSES)}")
    price_basis = cells.get("price_basis") or None
    if price_basis is not None and price_basis not in PRICE_BASES:
        raise RowError(f"price_basis {price_basis!r} is not one of {', '.join(PRICE_BASES)}")
    scope = cells.get("scope") or None
    if scope is not None and not _SCOPE.match(scope):
        raise RowError(f"scope {scope!r} is not a lower-case word like through_province")
    value = _number(cells["value"], "value")
    rank_of = None
    if cells.get("rank_of"):
        rank_total = _number(cells["rank_of"], "rank_of")
        if rank_total != int(rank_total) or rank_total < 1:
            raise RowError(f"rank_of {cells['rank_of']!r} is not a whole number from 1")
        rank_of = int(rank_total)
    _check_value(value, rank_of, indicator, catalog.unit(indicator).kind)
    url = cells["url"]
    if not _URL.match(url):
        raise RowError(f"url {url!r} is not an http(s) address")
    _check_published(cells["published"])
    accessed = _check_accessed(cells["accessed"])
    if accessed < _earliest_day(cells["published"]):
        raise RowError(f"accessed {cells['accessed']} before it was published ({cells['published']})")
    if period.start > _latest_day(cells["published"]):
        raise RowError(f"period {cells['period']} starts after the page was published ({cells['published']})")
    if status == "official" and period.end > _latest_day(cells["published"]):
        raise RowError(
            f"an official figure for {cells['period']}, which had not ended when the page was published "
            f"({cells['published']}): an estimate?"
        )
    citation = Citation(cells["publisher"], cells["title"], url, cells["published"], cells["accessed"])
    figure = {
        "figure_id": figure_id(file, cells),
        "indicator_id": indicator.id,
        "value": value,
        "unit": indicator.unit,
        "rank_of": rank_of,
        "approximate": False,
        "qualifier": None,
        "value_text": cells["value"] if rank_of is None else f"{cells['value']}/{rank_of}",
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
        "status": status,
        "place": "province",
        "price_basis": price_basis,
        "bound": None,
        "period_aggregate": aggregate,
        "period_source": "citation",
        "locator": cells["locator"],
        "scope": scope or indicator.scope,
    }
    what = f"{indicator.name_en} {cells['period']}" + (f" ({scope.replace('_', ' ')})" if scope else "")
    note = f"{what}: {cells['note']}" if cells.get("note") else (f"{what}: scope {scope}" if scope else "")
    return CuratedFigure(file, line, figure, citation, note)


def _rows(name: str, data: bytes) -> tuple[list[tuple[int, dict[str, str]]], list[tuple[str, str]]]:
    """The data rows of one file with their line numbers, or the problem that stops reading it."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [(name, f"{name}:1: not UTF-8 text")]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip() for h in next(reader, [])]
    missing = [c for c in COLUMNS if c not in header]
    unknown = [c for c in header if c not in COLUMNS]
    if missing or unknown:
        parts = [f"missing columns {', '.join(missing)}" if missing else ""]
        parts.append(f"unknown columns {', '.join(unknown)}" if unknown else "")
        return [], [(name, f"{name}:1: {'; '.join(p for p in parts if p)}")]
    rows, problems = [], []
    line = reader.line_num
    for cells in reader:
        first = line + 1  # a quoted cell may span lines: the row starts after the previous one ended
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue  # a blank line
        if len(cells) != len(header):
            problems.append((name, f"{name}:{first}: {len(cells)} cells for {len(header)} columns"))
            continue
        rows.append((first, dict(zip(header, cells, strict=True))))
    return rows, problems


def reference_tables(files: list[tuple[str, bytes]], catalog: Catalog) -> Reference:
    """The curated figures and their cited pages from the reference files (name, bytes); the rows that
    break a rule are left out and listed as problems `file:line: reason`."""
    problems: list[tuple[str, str]] = []
    kept: list[CuratedFigure] = []
    seen_ids: dict[str, str] = {}
    for name, data in files:
        rows, file_problems = _rows(name, data)
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
