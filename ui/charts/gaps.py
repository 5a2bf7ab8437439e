"""Time on a category axis: the years a series skips are shown as skipped, never bridged.

A panel's periods are category labels ("2020", "6 tháng đầu năm 2022"), evenly spaced. Where they are one
per year, each the same span of its year, the years with no figure get an empty category of their own, and a
line through the points breaks there -- "2020 → 2022" must not read as one year's step."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import pandas as pd

GAP_PREFIX = "\u2205"  # an empty year's category ("∅2021"): never a period label, drawn as its year


def yearly(records: Iterable[Mapping]) -> dict[str, int] | None:
    """{label: year} where the records' periods are one per year, each the same span within its year (whole
    years, the first half, January–September …); None otherwise (a span of years, two spans of one year)."""
    years: dict[str, int] = {}
    spans = set()
    for r in records:
        start, end = pd.Timestamp(r["period_start"]), pd.Timestamp(r["period_end"])
        if start.year != end.year:
            return None
        spans.add((start.month, start.day, end.month, end.day))
        years[str(r["period_label"])] = start.year
    if len(spans) != 1 or len(set(years.values())) != len(years):
        return None
    return years


def with_skipped_years(order: list[str], years: Mapping[str, int] | None) -> list[str]:
    """The category order with an empty category for each year the series skips between its first and last."""
    if not years or len(order) < 2:
        return order
    by_year = {year: label for label, year in years.items()}
    first, last = min(by_year), max(by_year)
    return [by_year.get(y, f"{GAP_PREFIX}{y}") for y in range(first, last + 1)]


def skipped_year(category: str) -> int | None:
    """The year an empty category stands for, or None for a period's own label."""
    return int(category[len(GAP_PREFIX) :]) if category.startswith(GAP_PREFIX) else None


def broken_at_skipped_years(trace: dict, years: Mapping[str, int] | None) -> dict:
    """A line's trace with a break (a point with no value, no text) where its next point is more than a year
    on: plotly does not join across a missing value.

    `years` are the axis's: the break stands on the year after the point, on that year's own category
    where another series has a figure then (Rankings: PAPI skips 2018, the PCI has it), else on its
    empty one. Per-point marker styles get a filler too, so each still belongs to its own point."""
    x = trace["x"]
    if not years or len(x) < 2:
        return trace
    label_of = {year: label for label, year in years.items()}
    parallel = [k for k in ("y", "text", "customdata", "hovertext") if isinstance(trace.get(k), list)]
    filler = {"y": None, "text": "", "customdata": [""], "hovertext": ""}
    marker = dict(trace.get("marker") or {})
    styles = [k for k, v in marker.items() if isinstance(v, list) and len(v) == len(x)]
    out: dict[str, list] = {k: [] for k in ("x", *parallel, *styles)}
    for i, label in enumerate(x):
        if i and years.get(label, 0) - years.get(x[i - 1], 0) > 1:
            year = years[x[i - 1]] + 1
            out["x"].append(label_of.get(year, f"{GAP_PREFIX}{year}"))
            for k in parallel:
                out[k].append(filler[k])
            for k in styles:  # (the break draws no mark: any valid style will do)
                out[k].append(marker[k][i - 1])
        out["x"].append(label)
        for k in parallel:
            out[k].append(trace[k][i])
        for k in styles:
            out[k].append(marker[k][i])
    if len(out["x"]) == len(x):
        return trace
    broken = {**trace, **{k: out[k] for k in ("x", *parallel)}}
    if styles:
        broken["marker"] = {**marker, **{k: out[k] for k in styles}}
    return broken
