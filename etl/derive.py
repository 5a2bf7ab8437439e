"""Figures for the earlier period a comparison names, computed and labelled as derived.

Domain convention (documented in the README): a rate said to be "cao hơn 1,5%" than another rate
differs by percentage points (6,95% vs 5,45%); a level (income, GRDP, a count) "cao hơn 29,3%" differs
by per cent (49,26 = x × 1,293). A rank that "tăng 21 bậc" moved 21 places towards 1.
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.extract import MONEY_UNITS, Mention
from etl.periods import Period, shift_years


@dataclass(frozen=True)
class Derived:
    value: float
    period: Period
    rule: str  # one of etl.schema.DERIVATION_RULES
    formula: str  # the arithmetic, language-neutral: "49.26 / (1 + 29.3/100) = 38.0974"


def _fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".")


def derive_earlier(mention: Mention) -> Derived | None:
    """The earlier period's value implied by the mention's comparison, or None if it implies none."""
    comp = mention.comparison
    if comp is None:
        return None
    period = comp.period or shift_years(mention.period, -1)  # "so với cùng kỳ": a year earlier
    if period.end >= mention.period.end and period.start >= mention.period.start:
        return None  # not an earlier period: nothing sensible to derive
    v, d, s = mention.value, comp.amount, comp.direction
    sign = "-" if s > 0 else "+"
    if mention.unit == "percent" and comp.amount_unit in ("%", "pp"):
        value, rule = v - s * d, "percentage_point_change"
        formula = f"{_fmt(v)} {sign} {_fmt(d)}"
    elif mention.unit == "rank" and comp.amount_unit == "steps":
        # Rising in a ranking means a smaller number: the earlier rank was larger by the steps gained.
        value, rule = v + s * d, "rank_change"
        formula = f"{_fmt(v)} {'+' if s > 0 else '-'} {_fmt(d)}"
    elif mention.unit == "points" and comp.amount_unit in ("points", "pp"):
        value, rule = v - s * d, "absolute_change"
        formula = f"{_fmt(v)} {sign} {_fmt(d)}"
    elif mention.unit in ("billion_vnd", "million_vnd", "billion_usd", "count") and comp.amount_unit == "%":
        value, rule = v / (1 + s * d / 100), "relative_change"
        formula = f"{_fmt(v)} / (1 {'+' if s > 0 else '-'} {_fmt(d)}/100)"
    elif mention.unit in MONEY_UNITS and ":" in comp.amount_unit:
        currency, scale = comp.amount_unit.split(":")
        want_currency, want_scale = MONEY_UNITS[mention.unit]
        if currency != want_currency:
            return None
        d = d * float(scale) / want_scale
        value, rule = v - s * d, "absolute_change"
        formula = f"{_fmt(v)} {sign} {_fmt(d)}"
    elif comp.amount_unit == "times" and s > 0 and d > 0:
        value, rule = v / d, "ratio"
        formula = f"{_fmt(v)} / {_fmt(d)}"
    else:
        return None
    value = round(value, 4)
    if value <= 0 or (
        mention.unit == "rank" and (value < 1 or (mention.rank_of and value > mention.rank_of))
    ):
        return None
    return Derived(value=value, period=period, rule=rule, formula=f"{formula} = {_fmt(value)}")
