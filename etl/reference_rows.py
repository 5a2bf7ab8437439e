"""A reference file's rows: the CSV read with each row's line number, and each row checked against the rules
of the reference history, with the reason a row breaks one (see data/reference/README.md for the columns)."""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass
from datetime import date

from etl.catalog import Catalog, Indicator
from etl.period_codes import DAY, PeriodCodeError, month_end, parse_period_code
from etl.periods import Period
from etl.schema import MAX_PERCENT, PRICE_BASES

STATUSES = ("official", "preliminary", "estimate")  # what a curated figure may be
AGGREGATES = ("average", "total")
COLUMNS = (
    *("indicator_id", "period", "aggregate", "value", "unit", "rank_of", "status", "scope", "price_basis"),
    *("publisher", "title", "url", "published", "accessed", "locator", "note"),
)
REQUIRED = ("indicator_id", "period", "value", "unit", "status", "publisher", "title", "url")
REQUIRED += ("published", "accessed", "locator")
_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_SCOPE = re.compile(r"^[a-z][a-z0-9_]*$")


class RowError(ValueError):
    """One reference row breaks a rule; the message is the reason."""


@dataclass(frozen=True)
class CheckedRow:
    """A row that keeps every rule: its cells stripped, and what they say read."""

    cells: dict[str, str]
    indicator: Indicator
    period: Period
    aggregate: str | None
    status: str
    price_basis: str | None
    scope: str | None
    value: float
    rank_of: int | None


def csv_rows(name: str, data: bytes) -> tuple[list[tuple[int, dict[str, str]]], list[tuple[str, str]]]:
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


def _latest_day(published: str) -> date:
    """The last day a partial date (YYYY or YYYY-MM) can mean."""
    y, m, d = _PUBLISHED.match(published).groups()
    if d:
        return date(int(y), int(m), int(d))
    if m:
        return month_end(int(y), int(m))
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
    m = DAY.match(text)
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


def checked_row(cells: dict[str, str], catalog: Catalog) -> CheckedRow:
    """One row of a reference file, checked. Raises RowError with the reason."""
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
    return CheckedRow(cells, indicator, period, aggregate, status, price_basis, scope, value, rank_of)
