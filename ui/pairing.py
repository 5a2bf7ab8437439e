"""Like with like: which figures form one series, and which two periods may be compared.

One rule, used by the Overview's cards and chart, the Compare page and every chart builder: two figures
are comparable when they are the same indicator, the same measure, the same status class (a result is
never compared with a target or a forecast), the same place, price basis and scope (trade through the
border gates is never compared with the goods declared at the province's customs), and the same kind of period
in the same place of the calendar (a year with another year, Jan–Sep with another Jan–Sep, a first half
with another first half, a yearly average over several years with another yearly average). Pure: rows
are mappings (a figures row as a dict or a pandas row), nothing here draws or reads files.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import pandas as pd

from ui.formatting import is_missing

RESULT, TARGET, FORECAST = "result", "target", "forecast"
STATUS_CLASSES = (RESULT, TARGET, FORECAST)
# Period kinds that recur within a year: comparable only with the same months of another year.
_WITHIN_YEAR = ("half_year", "quarter", "months", "month")


def _get(row: Mapping, key: str):
    value = row.get(key) if hasattr(row, "get") else None
    return None if is_missing(value) else value


def status_class(row: Mapping) -> str:
    """result (actual, estimate, preliminary, official), target (or a plan period), or forecast."""
    status = _get(row, "status")
    if status == "forecast":
        return FORECAST
    if status == "target" or _get(row, "period_kind") == "plan":
        return TARGET
    return RESULT


@functools.cache
def _catalog_scopes() -> dict[str, str | None]:
    """Each indicator's own scope in the catalog (trade_turnover: through_province), or None."""
    from etl.catalog import load_catalog  # the catalog ships with the code

    return {ind.id: ind.scope for ind in load_catalog().indicators}


def scope_of(row: Mapping) -> str | None:
    """The figure's scope when it is not its indicator's own, else None.

    A document's figure states no scope and a curated one states it or takes the catalog's: both mean the
    indicator's own scope, so only another one (the goods declared at the province's customs, for a
    turnover whose own scope is all goods through the border gates) sets a figure apart.
    """
    scope = _get(row, "scope")
    if scope is None or scope == _catalog_scopes().get(_get(row, "indicator_id")):
        return None
    return str(scope)


def _day(x) -> pd.Timestamp | None:
    return None if is_missing(x) else pd.Timestamp(x)


def period_class(row: Mapping) -> str:
    """The kind of period with its place in the calendar, as a short stable key.

    "year"; "months:1-9" (a running total Jan–Sep); "half_year:1-6"; "quarter:4-6"; "month:3";
    "range:average" (a yearly average over several years: comparable whatever the years);
    "range:total:5y" (a total: only over as many years); "range:unspecified" (a level or count over
    several years that the text does not call an average or a total); "as_of"; "to_date:…"; "plan:…".
    """
    kind = str(_get(row, "period_kind") or "")
    start, end = _day(_get(row, "period_start")), _day(_get(row, "period_end"))
    if start is None or end is None:
        return kind
    if kind in _WITHIN_YEAR:
        return f"{kind}:{start.month}" if kind == "month" else f"{kind}:{start.month}-{end.month}"
    if kind in ("range", "plan", "to_date", "dates"):
        aggregate = _get(row, "period_aggregate")
        if kind == "range" and aggregate is None:
            # A rate, score or rank over several years can only be their average; a level or count
            # whose aggregate the text leaves unsaid is compared only with another one left unsaid.
            aggregate = "unspecified" if _get(row, "measure") in ("level", "count") else "average"
        if kind == "range" and aggregate in ("average", "stock", "unspecified"):
            return f"range:{aggregate}"
        years = end.year - start.year + 1
        days = f":{(end - start).days}d" if kind in ("to_date", "dates") else ""
        return f"{kind}:{aggregate or 'total'}:{years}y{days}"
    return kind


def series_key(row: Mapping) -> tuple:
    """What a figure must share with another to stand in one series: everything but its period's dates."""
    return (
        _get(row, "indicator_id"),
        _get(row, "measure"),
        status_class(row),
        _get(row, "place") or "province",
        _get(row, "price_basis"),
        scope_of(row),
        period_class(row),
    )


def panel_key(row: Mapping) -> str:
    """The series key without indicator and status: what one chart panel holds (its results, and the
    targets and forecasts drawn beside them). "year", "months:1-9", "year|constant_2010",
    "year|customs_declared", …"""
    _, _, _, place, price, scope, period = series_key(row)
    extra = [str(x) for x in (price, None if place == "province" else place, scope) if x]
    return "|".join([period, *extra])


_REASONS = ("indicator", "measure", "status", "place", "price_basis", "scope", "period_kind")


def pair_problem(a: Mapping, b: Mapping, *, plan: bool = False) -> str | None:
    """Why figures `a` and `b` may not be compared, or None when they may (THE pairing rule).

    Reasons: "indicator", "measure", "status" (a result against a target or forecast), "place",
    "price_basis", "scope" (see scope_of), "period_kind" (another kind, or other months of the year),
    "same_period", "overlap" (the periods overlap).

    plan=True asks the other question a chart and a card may ask: is `b` the target set for the very
    period of result `a` (target vs actual, "đạt X% kế hoạch")? Then both must share everything but the
    status, `a` must be a result, `b` a target, and the periods must be the same ("other_period").
    """
    key_a, key_b = series_key(a), series_key(b)
    if plan:
        if key_a[2] != RESULT or key_b[2] != TARGET:
            return "status"
        key_b = (*key_b[:2], RESULT, *key_b[3:])
    for reason, x, y in zip(_REASONS, key_a, key_b, strict=True):
        if x != y:
            return reason
    a0, a1 = _day(_get(a, "period_start")), _day(_get(a, "period_end"))
    b0, b1 = _day(_get(b, "period_start")), _day(_get(b, "period_end"))
    if plan:
        return None if (a0, a1) == (b0, b1) else "other_period"
    if (a0, a1) == (b0, b1):
        return "same_period"
    if None not in (a0, a1, b0, b1) and a0 <= b1 and b0 <= a1 and period_class(a) != "as_of":
        return "overlap"
    return None


def comparable(a: Mapping, b: Mapping) -> bool:
    return pair_problem(a, b) is None


FINAL = "final"  # a result that is neither an estimate nor preliminary: actual, official


def finality(row: Mapping) -> str:
    """How final a result is: "estimate", "preliminary" or "final" (actual and official alike)."""
    status = _get(row, "status")
    return status if status in ("estimate", "preliminary") else FINAL


def mixed_finality(a: Mapping, b: Mapping) -> tuple[str, str] | None:
    """(finality of a, of b) when two results compared are not equally final (2023 official against a 2024
    estimate: part of the change may be the estimate's, until the final figure replaces it); else None.

    Only results are compared (pair_problem: never a target with a result), so only they are asked."""
    if status_class(a) != RESULT or status_class(b) != RESULT:
        return None
    pair = finality(a), finality(b)
    return None if pair[0] == pair[1] else pair


def previous_comparable(rows: Sequence[Mapping], latest: int) -> int | None:
    """Position in `rows` of the latest figure before rows[latest] that is comparable with it."""
    end = _day(_get(rows[latest], "period_start"))
    best, best_end = None, None
    for i, row in enumerate(rows):
        if i == latest or not comparable(rows[latest], row):
            continue
        row_end = _day(_get(row, "period_end"))
        if row_end is None or end is None or row_end >= end:
            continue
        if best_end is None or row_end > best_end:
            best, best_end = i, row_end
    return best


def plan_for(rows: Sequence[Mapping], result: int) -> int | None:
    """Position in `rows` of the target set for the period of result rows[result], if there is one."""
    for i, row in enumerate(rows):
        if i != result and pair_problem(rows[result], row, plan=True) is None:
            return i
    return None


def percent_of_plan(result: Mapping, target: Mapping) -> float | None:
    """ "đạt X% kế hoạch": the result as a per cent of its target, for levels and counts only (a growth
    rate, share, rank or score against its target is read as a difference, not a ratio)."""
    if _get(result, "measure") not in ("level", "count"):
        return None
    planned, achieved = _get(target, "value"), _get(result, "value")
    if planned in (None, 0) or achieved is None:
        return None
    return float(achieved) / float(planned) * 100
