"""Choosing figures for a view: filters, one figure per period, headline cards, comparisons (no plotting)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from etl.identity import values_agree
from ui.formatting import is_missing
from ui.labels import indicator_info
from ui.pairing import (
    FORECAST,
    RESULT,
    STATUS_CLASSES,
    TARGET,
    pair_problem,
    percent_of_plan,
    plan_for,
    previous_comparable,
    scope_of,
    series_key,
    status_class,
)
from ui.units import NO_RELATIVE_CHANGE, unit_kind

ADMIN_CATEGORY = "administration"


def _as_list(x: str | Iterable[str] | None) -> list[str] | None:
    if x is None:
        return None
    return [x] if isinstance(x, str) else list(x)


def _column_by_id(indicators: pd.DataFrame, column: str) -> dict:
    return dict(zip(indicators["indicator_id"], indicators[column], strict=True))


def _catalog_indicators() -> pd.DataFrame:
    from etl.catalog import indicators_table, load_catalog  # the catalog ships with the code

    return indicators_table(load_catalog())


def figures_for(
    figures: pd.DataFrame,
    *,
    indicator_ids: Iterable[str] | None = None,
    categories: Iterable[str] | None = None,
    indicators: pd.DataFrame | None = None,
    periods: Iterable[str] | None = None,
    include_derived: bool = True,
) -> pd.DataFrame:
    """The figures matching every filter given, ordered by indicator then period."""
    keep = pd.Series(True, index=figures.index)
    if (ids := _as_list(indicator_ids)) is not None:
        keep &= figures["indicator_id"].isin(ids)
    if (cats := _as_list(categories)) is not None:
        catalog = _catalog_indicators() if indicators is None else indicators
        in_cats = catalog.loc[catalog["category"].isin(cats), "indicator_id"]
        keep &= figures["indicator_id"].isin(in_cats)
    if (labels := _as_list(periods)) is not None:
        keep &= figures["period_label"].isin(labels)
    if not include_derived:
        keep &= figures["basis"] != "derived"
    out = figures.loc[keep]
    order = ["indicator_id", "period_end", "period_start"]
    if indicators is not None:
        sort_key = out["indicator_id"].map(
            dict(zip(indicators["indicator_id"], indicators["sort_order"], strict=False))
        )
        out = (
            out.assign(_order=sort_key).sort_values(["_order", *order], kind="stable").drop(columns="_order")
        )
    else:
        out = out.sort_values(order, kind="stable")
    return out.reset_index(drop=True)


def periods_of(figures: pd.DataFrame, indicator_id: str) -> list[str]:
    """The indicator's period labels, oldest first (by period end, then start)."""
    rows = figures.loc[figures["indicator_id"] == indicator_id]
    rows = rows.sort_values(["period_end", "period_start"], kind="stable")
    return list(dict.fromkeys(rows["period_label"]))


def one_per_period(figures: pd.DataFrame) -> pd.DataFrame:
    """One figure per indicator and period: reported before derived, official before as stated before
    preliminary before estimated, exact before approximate, then the value the most sources give (two
    estimates of 8.06 against one of 8.41: 8.06), then the first.

    Documents giving the same value for the period are listed in `source_ids` (newline-separated, the
    chosen figure's first); those giving another value in `other_source_ids`, their values in
    `other_values` (a list, in order). Earlier estimates or preliminary figures of a period stated since
    are revisions, not conflicts: `revised_from` lists them as (status, value, source_id).
    """
    # Plain lists rather than groupby: this runs for every chart and card, on a few rows at a time,
    # where pandas' per-group overhead was most of a chart's build time.
    ids, labels = figures["indicator_id"].tolist(), figures["period_label"].tolist()
    basis, approximate = figures["basis"].tolist(), figures["approximate"].astype(bool).tolist()
    values, sources = figures["value"].astype(float).tolist(), figures["source_id"].astype(str).tolist()
    # A target and a result for the same period are two figures, never one (nor a conflict).
    # Nor are two price bases, places, measures or scopes of one period.
    scopes = (
        [scope_of(r) for r in figures[["indicator_id", "scope"]].to_dict("records")]
        if "scope" in figures
        else [None] * len(ids)
    )
    kinds = [
        "|".join(str(x) for x in k)
        for k in zip(
            figures["period_kind"].tolist(),
            figures["price_basis"].tolist() if "price_basis" in figures else [None] * len(ids),
            figures["place"].tolist() if "place" in figures else [None] * len(ids),
            figures["measure"].tolist() if "measure" in figures else [None] * len(ids),
            scopes,
            strict=True,
        )
    ]
    status = figures["status"] if "status" in figures else pd.Series("actual", index=figures.index)
    classes = np.select(  # pairing.status_class, for every row at once
        [
            status.eq("forecast").to_numpy(),
            (status.eq("target") | figures["period_kind"].eq("plan")).to_numpy(),
        ],
        [FORECAST, TARGET],
        RESULT,
    ).tolist()
    # The final word first: official, then as stated, then preliminary, then estimated.
    statuses = figures["status"].tolist() if "status" in figures else ["actual"] * len(ids)
    finality = [FINALITY.get(x, 1) for x in statuses]
    # How many figures of the same standing give each value: of equally final statements, the one most
    # sources agree on stands (the others are listed as disagreeing).
    standing = [
        (ids[i], labels[i], kinds[i], classes[i], basis[i] == "derived", finality[i], approximate[i])
        for i in range(len(ids))
    ]
    support: dict[tuple, int] = {}
    for i in range(len(ids)):
        support[(*standing[i], values[i])] = support.get((*standing[i], values[i]), 0) + 1
    ranked = sorted(range(len(ids)), key=lambda i: (*standing[i], -support[(*standing[i], values[i])], i))
    groups: dict[tuple[str, str, str, str], list[int]] = {}
    for i in ranked:
        groups.setdefault((ids[i], labels[i], kinds[i], classes[i]), []).append(i)
    chosen, source_ids, other_values, other_source_ids, revised = [], [], [], [], []
    for members in groups.values():
        first = members[0]
        same_basis = [i for i in members if (basis[i] == "derived") == (basis[first] == "derived")]
        # Agreeing as the ETL's conflicts read it (an approximate value the other rounds to agrees).
        agree = {
            i
            for i in same_basis
            if values_agree(values[i], approximate[i], values[first], approximate[first])
        }
        agrees = [i for i in same_basis if i in agree]
        disagrees = [i for i in same_basis if i not in agree]
        # An earlier estimate or preliminary figure of a period now stated is a revision, not a conflict.
        revisions = [i for i in disagrees if finality[i] > finality[first] and finality[i] >= 2]
        conflicts = [i for i in disagrees if i not in revisions]
        chosen.append(figures.index[first])
        source_ids.append("\n".join(dict.fromkeys(sources[i] for i in agrees)))
        other_values.append(list(dict.fromkeys(values[i] for i in conflicts)))
        other_source_ids.append("\n".join(dict.fromkeys(sources[i] for i in conflicts)))
        revised.append(list(dict.fromkeys((statuses[i], values[i], sources[i]) for i in revisions)))
    out = figures.loc[chosen].assign(
        source_ids=pd.Series(source_ids, index=chosen, dtype="str"),
        other_values=pd.Series(other_values, index=chosen, dtype="object"),
        other_source_ids=pd.Series(other_source_ids, index=chosen, dtype="str"),
        revised_from=pd.Series(revised, index=chosen, dtype="object"),
    )
    return out.sort_values(["indicator_id", "period_end", "period_start"], kind="stable").reset_index(
        drop=True
    )


# How final a result is, most final first: a period stated several times keeps its most final statement.
FINALITY = {"official": 0, "actual": 1, "preliminary": 2, "estimate": 3}


def record_and_documents(figures: pd.DataFrame) -> pd.DataFrame:
    """The reference history (basis "curated") and the documents' figures, one per period each
    (one_per_period: of a period's revisions the most final status stands, the others in
    `revised_from`), sorted by period; column `_record` tells them apart."""
    curated = figures["basis"].eq("curated")
    parts = [
        one_per_period(figures.loc[mask]).assign(_record=is_record)
        for mask, is_record in ((curated, True), (~curated, False))
        if mask.any()
    ]
    if not parts:
        return one_per_period(figures).assign(_record=False)
    both = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    return both.sort_values(["period_end", "period_start"], kind="stable").reset_index(drop=True)


def indicator_series(figures: pd.DataFrame, indicator_id: str) -> pd.DataFrame:
    """One indicator's figures as its chart draws them: where it has a reference history, the record and
    the documents' figures (record_and_documents); otherwise one figure per period."""
    mine = figures.loc[figures["indicator_id"] == indicator_id]
    return record_and_documents(mine) if mine["basis"].eq("curated").any() else one_per_period(mine)


def _improved(change: float | None, higher_is_better: bool | None) -> bool | None:
    if change is None or change == 0 or higher_is_better is None:
        return None
    return (change > 0) == bool(higher_is_better)


def _clean(x):
    return None if is_missing(x) else x


def change_between(before: float, after: float, unit: str) -> tuple[float, float | None]:
    """The change from `before` to `after`, and in % of `before` (None for rates and ranks, or from 0)."""
    change = round(float(after) - float(before), 10)  # drop binary noise
    if unit_kind(unit) in NO_RELATIVE_CHANGE or float(before) == 0:
        return change, None
    return change, change / float(before) * 100


def _latest_and_previous(rows: pd.DataFrame) -> dict[str, tuple[int, int | None]]:
    """Per indicator, the position in `rows` of its latest stated result and of the comparable one before.

    `rows` is one_per_period output (oldest first within an indicator). "Latest" is the stated (not
    derived) result — never a target or a forecast — that ends last; on a tie a period within one year
    before a multi-year one (2025 before the 2021–2025 average or total: the latest year is the news),
    then the longer period (a year before its last quarter). "Before" is pairing.previous_comparable:
    the same kind of period, the same status class. An indicator without a stated result is left out;
    one without a comparable earlier figure has None.
    """
    records = rows.to_dict("records")
    positions: dict[str, list[int]] = {}
    for i, row in enumerate(records):
        positions.setdefault(row["indicator_id"], []).append(i)
    out = {}
    for indicator_id, mine in positions.items():
        stated = [i for i in mine if records[i]["basis"] != "derived" and status_class(records[i]) == RESULT]
        if not stated:
            continue
        latest = max(
            stated,
            key=lambda i: (
                records[i]["period_end"],
                records[i]["period_kind"] != "range",
                -pd.Timestamp(records[i]["period_start"]).value,
                i,
            ),
        )
        mine_rows = [records[i] for i in mine]
        prev = previous_comparable(mine_rows, mine.index(latest))
        out[indicator_id] = (latest, None if prev is None else mine[prev])
    return out


def then_and_now(figures: pd.DataFrame, indicator_ids: Iterable[str]) -> pd.DataFrame:
    """Per indicator, the figure of the period before its latest reported one, then that latest one.

    The same pair headline_cards compares; indicators without both are left out. Rows are
    one_per_period rows, in the order of `indicator_ids`, with `role` = "earlier" or "latest", and the
    pair's `change` and `rel_change` (NaN where a relative change means nothing) on both.
    """
    ids = list(dict.fromkeys(indicator_ids))
    rows = one_per_period(figures.loc[figures["indicator_id"].isin(ids)])
    pairs = _latest_and_previous(rows)
    values, units = rows["value"].tolist(), rows["unit"].tolist()
    chosen, changes, rel_changes = [], [], []
    for indicator_id in ids:
        latest, prev = pairs.get(indicator_id, (None, None))
        if prev is None:
            continue
        change, rel_change = change_between(values[prev], values[latest], units[latest])
        chosen += [prev, latest]
        changes += [change] * 2
        rel_changes += [float("nan") if rel_change is None else rel_change] * 2
    out = rows.iloc[chosen].reset_index(drop=True)
    return out.assign(
        role=pd.Series(["earlier", "latest"] * (len(chosen) // 2), dtype="str"),
        change=pd.Series(changes, dtype=float),
        rel_change=pd.Series(rel_changes, dtype=float),
    )


def headline_cards(figures: pd.DataFrame, indicators: pd.DataFrame, indicator_ids: list[str]) -> list[dict]:
    """Per indicator, its latest reported figure and the change from the period before it.

    The previous period may be reported or derived (a derived one is flagged `prev_basis`). `improved`
    honours higher_is_better: a rank that goes down has improved. Indicators with no reported figure
    are left out.
    """
    chosen = one_per_period(figures.loc[figures["indicator_id"].isin(indicator_ids)])
    pairs = _latest_and_previous(chosen)
    records = chosen.to_dict("records")
    cards = []
    for indicator_id in indicator_ids:
        if indicator_id not in pairs:
            continue
        latest, prev = (None if i is None else records[i] for i in pairs[indicator_id])
        planned = plan_for(records, pairs[indicator_id][0])
        target = None if planned is None else records[planned]
        info = indicator_info(indicators, indicator_id)
        change = rel_change = None
        if prev is not None:
            change, rel_change = change_between(prev["value"], latest["value"], latest["unit"])
        rank_of = _clean(latest["rank_of"])
        cards.append(
            {
                "indicator_id": indicator_id,
                "value": float(latest["value"]),
                "unit": str(latest["unit"]),
                "rank_of": None if rank_of is None else int(rank_of),
                "national_total": None
                if is_missing(info.get("national_total"))
                else int(info["national_total"]),
                "approximate": bool(latest["approximate"]),
                "latest": latest,  # the whole figures row: what the number is (status, aggregate, …)
                "status": str(latest["status"]),
                "qualifier": _clean(latest["qualifier"]),
                "bound": _clean(latest["bound"]),
                "period_kind": str(latest["period_kind"]),
                "period_start": latest["period_start"],
                "period_end": latest["period_end"],
                "period_label": str(latest["period_label"]),
                "figure_id": str(latest["figure_id"]),
                "source_id": str(latest["source_id"]),
                "source_ids": latest["source_ids"].split("\n"),
                "quote": str(latest["quote"]),
                "conflict": bool(latest["conflict"]),
                "other_values": list(latest["other_values"]),
                "other_source_ids": [s for s in latest["other_source_ids"].split("\n") if s],
                "prev_value": None if prev is None else float(prev["value"]),
                "prev_period_label": None if prev is None else str(prev["period_label"]),
                "prev_basis": None if prev is None else str(prev["basis"]),
                "prev_figure_id": None if prev is None else str(prev["figure_id"]),
                "prev_derivation": None if prev is None else _clean(prev["derivation"]),
                "change": change,
                "rel_change": rel_change,
                "improved": _improved(change, info.get("higher_is_better")),
                "prev": prev,
                "target_value": None if target is None else float(target["value"]),
                "target": target,
                "percent_of_plan": None if target is None else percent_of_plan(latest, target),
            }
        )
    return cards


def _pick(
    rows: pd.DataFrame, indicator_id: str, period: str, partner: pd.Series | None = None
) -> pd.Series | None:
    """The indicator's figure in the period: one comparable with `partner` first (of a period stated in
    two scopes, the one of the partner's scope), then a result before a target before a forecast."""
    match = rows.loc[(rows["indicator_id"] == indicator_id) & (rows["period_label"] == period)]
    if match.empty:
        return None
    records = match.to_dict("records")
    order = [
        (partner is not None and pair_problem(partner, r) is not None, STATUS_CLASSES.index(status_class(r)))
        for r in records
    ]
    return match.iloc[min(range(len(order)), key=order.__getitem__)]


def comparable_periods(figures: pd.DataFrame, indicator_ids: Iterable[str], period_a: str) -> list[str]:
    """The periods (oldest first) in which some of these indicators has a figure comparable with its
    figure in `period_a` (pairing.pair_problem): what the Compare page offers as the second period."""
    ids = _as_list(indicator_ids) or []
    rows = one_per_period(figures.loc[figures["indicator_id"].isin(ids)])
    out: list[str] = []
    for indicator_id in ids:
        a = _pick(rows, indicator_id, period_a)
        if a is None:
            continue
        mine = rows.loc[rows["indicator_id"] == indicator_id]
        out += [str(r["period_label"]) for r in mine.to_dict("records") if pair_problem(a, r) is None]
    order = {label: i for i, label in enumerate(periods_of_all(rows))}
    return sorted(dict.fromkeys(out), key=lambda label: order.get(label, 0))


def has_comparable_pair(figures: pd.DataFrame, indicator_id: str) -> bool:
    """Whether the indicator has two figures that may be compared (pairing.pair_problem)."""
    rows = one_per_period(figures.loc[figures["indicator_id"] == indicator_id]).to_dict("records")
    series: dict[tuple, list[dict]] = {}
    for row in rows:  # only figures of one series can pair: look within each
        series.setdefault(series_key(row), []).append(row)
    return any(
        pair_problem(a, b) is None
        for part in series.values()
        for i, a in enumerate(part)
        for b in part[i + 1 :]
    )


def periods_of_all(figures: pd.DataFrame) -> list[str]:
    """Every period label of these figures, oldest first (by period end, then start)."""
    return list(
        dict.fromkeys(figures.sort_values(["period_end", "period_start"], kind="stable")["period_label"])
    )


def compare_periods(
    figures: pd.DataFrame, indicator_ids: Iterable[str] | None, period_a: str, period_b: str
) -> pd.DataFrame:
    """Each indicator's figure in period A and in period B and the change from A to B.

    An indicator appears when it has a figure in at least one of the two periods. rel_change is
    left empty for rates and ranks, whose meaningful change is the difference itself.
    """
    chosen = one_per_period(figures.loc[figures["period_label"].isin([period_a, period_b])])
    ids = _as_list(indicator_ids)
    if ids is None:
        ids = list(dict.fromkeys(chosen["indicator_id"]))
    rows = []
    for indicator_id in ids:
        a = _pick(chosen, indicator_id, period_a)
        b = _pick(chosen, indicator_id, period_b, partner=a)
        if a is not None and b is not None and pair_problem(a, b) is not None:
            a = _pick(chosen, indicator_id, period_a, partner=b)  # A stated in B's scope, if it is
        if a is None and b is None:
            continue
        unit = (a if a is not None else b)["unit"]
        value_a = float(a["value"]) if a is not None else float("nan")
        value_b = float(b["value"]) if b is not None else float("nan")
        problem = "missing" if a is None or b is None else pair_problem(a, b)
        # Only a comparable pair has a change: never a target against a result, never two kinds.
        abs_change = round(value_b - value_a, 10) if problem is None else float("nan")
        rel = problem is None and unit_kind(unit) not in NO_RELATIVE_CHANGE and value_a != 0
        rows.append(
            {
                "indicator_id": indicator_id,
                "unit": unit,
                "period_a": period_a,
                "period_b": period_b,
                "value_a": value_a,
                "value_b": value_b,
                "rank_of_a": None if a is None else _clean(a["rank_of"]),
                "rank_of_b": None if b is None else _clean(b["rank_of"]),
                "basis_a": None if a is None else a["basis"],
                "basis_b": None if b is None else b["basis"],
                "abs_change": abs_change,
                "rel_change": abs_change / value_a * 100 if rel else float("nan"),
                "derivation_a": None if a is None else _clean(a["derivation"]),
                "derivation_b": None if b is None else _clean(b["derivation"]),
                "figure_id_a": None if a is None else a["figure_id"],
                "figure_id_b": None if b is None else b["figure_id"],
                "source_ids_a": None if a is None else a["source_ids"],
                "source_ids_b": None if b is None else b["source_ids"],
                "conflict_a": None if a is None else bool(a["conflict"]),
                "conflict_b": None if b is None else bool(b["conflict"]),
                "comparable": problem is None,
                "problem": problem,
                "row_a": None if a is None else a.to_dict(),
                "row_b": None if b is None else b.to_dict(),
            }
        )
    columns = [
        "indicator_id", "unit", "period_a", "period_b", "value_a", "value_b", "rank_of_a", "rank_of_b",
        "basis_a", "basis_b", "abs_change", "rel_change", "derivation_a", "derivation_b", "figure_id_a",
        "figure_id_b", "source_ids_a", "source_ids_b", "conflict_a", "conflict_b", "comparable", "problem",
        "row_a", "row_b",
    ]  # fmt: skip
    out = pd.DataFrame(rows, columns=columns)
    for col in ("rank_of_a", "rank_of_b"):
        out[col] = out[col].astype("Int64")
    for col in ("conflict_a", "conflict_b"):
        out[col] = out[col].astype("boolean")
    return out


def _levels(indicators: pd.DataFrame) -> dict[str, str]:
    """indicator id -> the level of government its units are (the catalog's `level`)."""
    if "level" not in indicators:
        return {}
    known = indicators.dropna(subset=["level"])
    return dict(zip(known["indicator_id"], known["level"], strict=True))


def admin_reductions(figures: pd.DataFrame, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """Administrative-unit figures (category "administration"), one per indicator and period.

    Columns add `level` (province|district|commune) and `planned` (a plan, not something done).
    """
    catalog = _catalog_indicators() if indicators is None else indicators
    admin_ids = catalog.loc[catalog["category"] == ADMIN_CATEGORY, "indicator_id"]
    rows = one_per_period(figures.loc[figures["indicator_id"].isin(admin_ids)])
    order = _column_by_id(catalog, "sort_order")
    rows = rows.assign(
        level=rows["indicator_id"].map(_levels(catalog)).fillna("other").astype("str"),
        # A plan is what the figure says it is (its status, its period), never read from an id
        planned=(rows["status"].isin(("target", "forecast")) | (rows["period_kind"] == "plan")).astype(bool),
        _order=rows["indicator_id"].map(order),
    )
    rows = rows.sort_values(["_order", "period_end"], kind="stable").drop(columns="_order")
    return rows.reset_index(drop=True)


def rankings(figures: pd.DataFrame, indicators: pd.DataFrame) -> pd.DataFrame:
    """Rank figures, one per indicator and period, with `out_of` = rank_of or the national total: the
    reference history's (`_record`) and the documents' apart (selection.record_and_documents)."""
    # Like with like: national ranks of the provincial indices, year by year. A regional rank (out of the
    # region's provinces) or the rank of a half-year's growth is not on this axis (the catalog says which:
    # `national_total`, the category).
    national = (
        (indicators["unit_kind"] == "rank")
        & indicators["national_total"].notna()
        & (indicators["category"] == "rankings")
    )
    rank_ids = indicators.loc[national, "indicator_id"]
    yearly = figures["period_kind"] == "year"
    rows = record_and_documents(figures.loc[figures["indicator_id"].isin(rank_ids) & yearly])
    totals = dict(zip(indicators["indicator_id"], indicators["national_total"], strict=False))
    order = dict(zip(indicators["indicator_id"], indicators["sort_order"], strict=False))
    out_of = [
        r if not is_missing(r) else totals.get(i)
        for i, r in zip(rows["indicator_id"], rows["rank_of"], strict=False)
    ]
    rows = rows.assign(
        out_of=pd.array([None if is_missing(x) else int(x) for x in out_of], dtype="Int64"),
        _order=rows["indicator_id"].map(order),
    )
    rows = rows.sort_values(["_order", "period_end"], kind="stable").drop(columns="_order")
    return rows.reset_index(drop=True)
