"""The published contract's rules, as data: each a column (or a row rule), what it says, and the rows that
break it, in vectorised pyarrow compute.

The ETL runs them on every table it publishes; the dashboard's loader (etl/dataset.py) runs them again on
the Arrow tables it reads, before they become pandas. A million figures cost a fraction of a second, and
neither side imports pandas or a schema library for it. Each failed rule is reported with the first
values that break it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pyarrow as pa
import pyarrow.compute as pc

from etl.schema import (
    ADMIN_LEVELS,
    ARROW,
    BASES,
    BOUNDS,
    COMPARISONS,
    DERIVATION_RULES,
    FIGURE_MEASURES,
    MAX_PERCENT,
    MEASURES,
    PERIOD_AGGREGATES,
    PERIOD_KINDS,
    PERIOD_SOURCES,
    PRICE_BASES,
    REVIEW_REASONS,
    SCOPE_PATTERN,
    STATUSES,
    UNIT_KINDS,
    UNIT_PATTERN,
)

SHOWN = 5  # failing values quoted per rule
# (column or None for a row rule, what the rule says, the rows that break it: table -> boolean array)
Rule = tuple[str | None, str, Callable[[pa.Table], pa.Array]]


def _not(mask) -> pa.Array:
    return pc.invert(pc.fill_null(mask, False))


def not_null(col: str) -> Rule:
    return col, "not null", lambda t: t[col].is_null()


def isin(col: str, allowed: tuple[str, ...], *, nullable: bool = False) -> Rule:
    def broken(t):
        inside = pc.is_in(t[col], value_set=pa.array(allowed))
        return pc.and_kleene(t[col].is_valid(), _not(inside)) if nullable else _not(inside)

    return col, f"isin({list(allowed)})", broken


def at_least(col: str, bound) -> Rule:
    return col, f"greater_than_or_equal_to({bound})", lambda t: _not(pc.greater_equal(t[col], bound))


def at_most(col: str, bound) -> Rule:
    return col, f"less_than_or_equal_to({bound})", lambda t: _not(pc.less_equal(t[col], bound))


def optional_at_least(col: str, bound) -> Rule:
    return (
        col,
        f"greater_than_or_equal_to({bound})",
        lambda t: pc.and_kleene(t[col].is_valid(), _not(pc.greater_equal(t[col], bound))),
    )


def min_length(col: str, n: int) -> Rule:
    return (
        col,
        f"str_length({n}, None)",
        lambda t: pc.and_kleene(t[col].is_valid(), _not(pc.greater_equal(pc.utf8_length(t[col]), n))),
    )


def matches(col: str, regex: str) -> Rule:
    return (
        col,
        f"str_matches('{regex}')",
        lambda t: pc.and_kleene(t[col].is_valid(), _not(pc.match_substring_regex(t[col], regex))),
    )


def unique(col: str) -> Rule:
    def broken(t):
        counts = pc.value_counts(t[col])
        repeated = counts.filter(pc.greater(counts.field("counts"), 1)).field("values")
        return pc.is_in(t[col], value_set=repeated)

    return col, "field_uniqueness", broken


def _rank_within_total(t):
    ranks = pc.equal(t["unit_kind"], "rank")
    within = pc.or_kleene(
        t["rank_of"].is_null(), pc.less_equal(t["value"], pc.cast(t["rank_of"], pa.float64()))
    )
    ok = pc.and_kleene(pc.greater_equal(t["value"], 1), within)
    return pc.and_kleene(ranks, _not(ok))


def _spans_ordered(t):
    lt, le = pc.less, pc.less_equal
    quote_ok = pc.and_kleene(lt(t["char_start"], t["char_end"]), le(t["char_start"], t["mention_start"]))
    mention_ok = pc.and_kleene(lt(t["mention_start"], t["mention_end"]), le(t["mention_end"], t["char_end"]))
    return pc.and_kleene(t["char_start"].is_valid(), _not(pc.and_kleene(quote_ok, mention_ok)))


def _derivation_iff_derived(t):
    derived = pc.equal(t["basis"], "derived")
    has_how = pc.and_kleene(
        pc.and_kleene(t["derivation"].is_valid(), t["derivation_rule"].is_valid()),
        t["derived_from"].is_valid(),
    )
    ok = pc.or_kleene(
        pc.and_kleene(derived, has_how), pc.and_kleene(pc.invert(derived), t["derivation"].is_null())
    )
    return _not(ok)


def _quoted_unless_curated(t):
    """A reported or derived figure points into its document; only a curated one stands on a citation."""
    curated = pc.equal(t["basis"], "curated")
    quoted = t["quote"].is_valid()
    for col in _OFFSETS:
        quoted = pc.and_kleene(quoted, t[col].is_valid())
    cited = t["locator"].is_valid()
    return _not(pc.if_else(curated, cited, quoted))


_cited = _quoted_unless_curated
_OFFSETS = ("char_start", "char_end", "mention_start", "mention_end")
_FIGURE_OPTIONAL = (
    *("rank_of", "qualifier", "derivation", "derivation_rule", "derived_from", "quote", *_OFFSETS),
    *("comparison", "price_basis", "bound", "period_aggregate", "locator", "scope"),
)
_FIGURE_COLUMNS_NOT_NULL = [f.name for f in ARROW["figures"] if f.name not in _FIGURE_OPTIONAL]

RULES: dict[str, list[Rule]] = {
    "figures": [
        *(not_null(c) for c in _FIGURE_COLUMNS_NOT_NULL),
        unique("figure_id"),
        min_length("figure_id", 8),
        (
            None,
            "a value is not negative unless it is a growth rate",
            lambda t: pc.and_kleene(pc.less(t["value"], 0.0), pc.not_equal(t["measure"], "growth")),
        ),
        matches("unit", UNIT_PATTERN),
        (
            "unit",
            "a figure's unit is its indicator's unit in the indicators table",
            lambda t: pc.or_kleene(t["unit_kind"].is_null(), _not(pc.equal(t["unit"], t["indicator_unit"]))),
        ),
        optional_at_least("rank_of", 1),
        isin("period_kind", PERIOD_KINDS),
        at_least("period_start", dt.date(1945, 1, 1)),
        at_most("period_end", dt.date(2100, 12, 31)),
        isin("basis", BASES),
        isin("derivation_rule", DERIVATION_RULES, nullable=True),
        min_length("quote", 1),
        optional_at_least("char_start", 0),
        optional_at_least("char_end", 1),
        optional_at_least("mention_start", 0),
        optional_at_least("mention_end", 1),
        (None, "rank must lie within 1..rank_of", _rank_within_total),
        (
            None,
            "a rate must lie within 0..MAX_PERCENT",
            lambda t: pc.and_kleene(pc.equal(t["unit_kind"], "rate"), pc.greater(t["value"], MAX_PERCENT)),
        ),
        (
            None,
            "period_start must not be after period_end",
            lambda t: _not(pc.less_equal(t["period_start"], t["period_end"])),
        ),
        (None, "the quote span must be ordered and contain the mention", _spans_ordered),
        (None, "a derived figure says how it was derived; a reported one does not", _derivation_iff_derived),
        isin("measure", FIGURE_MEASURES),
        isin("comparison", COMPARISONS, nullable=True),
        isin("status", STATUSES),
        isin("price_basis", PRICE_BASES, nullable=True),
        isin("bound", BOUNDS, nullable=True),
        isin("period_aggregate", PERIOD_AGGREGATES, nullable=True),
        isin("period_source", PERIOD_SOURCES),
        matches("scope", SCOPE_PATTERN),
        (None, "a reported or derived figure has its quote and offsets; a curated one its locator", _cited),
    ],
    "indicators": [
        *(
            not_null(f.name)
            for f in ARROW["indicators"]
            if f.name
            not in ("national_total", "decimals", "per", "level", "description_vi", "description_en")
        ),
        unique("indicator_id"),
        matches("unit", UNIT_PATTERN),
        isin("measure", MEASURES),
        optional_at_least("national_total", 1),
        isin("unit_kind", UNIT_KINDS),
        optional_at_least("decimals", 0),
        isin("level", ADMIN_LEVELS, nullable=True),
    ],
    "sources": [
        *(not_null(c) for c in ("source_id", "file_name", "kind", "title", "title_inferred")),
        *(not_null(c) for c in ("date_inferred", "sha256", "in_manifest", "n_chars", "n_figures")),
        unique("source_id"),
        matches("published", r"^\d{4}(-\d{2}(-\d{2})?)?$"),
        matches("link", r"^https?://"),
        matches("sha256", r"^[0-9a-f]{64}$"),
        matches("accessed", r"^\d{4}-\d{2}-\d{2}$"),
        at_least("n_chars", 0),
        at_least("n_figures", 0),
    ],
    "documents": [not_null("source_id"), not_null("text"), unique("source_id")],
    "conflicts": [*(not_null(f.name) for f in ARROW["conflicts"]), isin("basis", BASES)],
    "review": [
        *(not_null(c) for c in ("review_id", "source_id", "value_text", "reason", "quote")),
        *(not_null(c) for c in _OFFSETS),
        unique("review_id"),
        isin("reason", REVIEW_REASONS),
        (None, "the quote span must be ordered and contain the mention", _spans_ordered),
    ],
}


def _failures(table: pa.Table, rules: list[Rule]) -> Iterator[str]:
    for column, rule, broken in rules:
        mask = pc.fill_null(broken(table), False)
        n = pc.sum(pc.cast(mask, pa.int64())).as_py() or 0
        if not n:
            continue
        rows = table.filter(mask)
        shown = rows[column].to_pylist()[:SHOWN] if column else rows.slice(0, 1).to_pylist()[0]
        what = f"{column}={shown!r}" if column else f"row {shown}"
        yield f"{rule} failed for {n} row(s): {what}"[:500]


def _with_units(figures: pa.Table, indicators: pa.Table) -> pa.Table:
    """The figures with their indicator's unit and its kind (from the indicators table, i.e. the catalog's
    units) beside them: the rules that depend on what a unit means read these, never a unit's id."""
    at = pc.index_in(figures["indicator_id"], value_set=indicators["indicator_id"])
    return figures.append_column("indicator_unit", pc.take(indicators["unit"], at)).append_column(
        "unit_kind", pc.take(indicators["unit_kind"], at)
    )


def check_table(name: str, table: pa.Table, indicators: pa.Table | None = None) -> list[str]:
    """What is wrong with one table (its types, then its rules); empty when it keeps the contract.

    Figures are checked against the indicators table they are published with (`indicators`): a figure's
    unit must be its indicator's, and what a unit means (a rank, a rate) comes from the unit's kind there.
    """
    if table.schema != ARROW[name]:
        want, got = ARROW[name], table.schema
        diff = [f"{f.name}: {f.type}" for f in got if want.get_field_index(f.name) < 0]
        diff += [f"{f.name} missing" for f in want if got.get_field_index(f.name) < 0]
        diff += [
            f"{f.name}: {got.field(f.name).type} (expected {f.type})"
            for f in want
            if got.get_field_index(f.name) >= 0 and got.field(f.name).type != f.type
        ]
        return [f"columns differ from the schema: {', '.join(diff) or 'order'}"]
    if name == "figures":
        if indicators is None:
            raise ValueError("figures are checked against the indicators table they are published with")
        if indicators.schema != ARROW["indicators"]:
            return ["cannot be checked: the indicators table does not match its schema"]
        table = _with_units(table, indicators)
    return list(_failures(table, RULES[name]))


def check_tables(tables: dict[str, pa.Table]) -> list[tuple[str, str]]:
    """(file, problem) for every broken rule of every table given (figures need their indicators)."""
    indicators = tables.get("indicators")
    return [
        (f"{name}.parquet", problem)
        for name, table in tables.items()
        for problem in check_table(name, table, indicators)
    ]


def check_unique(table: pa.Table, column: str) -> list[str]:
    """Uniqueness over a whole table whose other rules were checked batch by batch."""
    return list(_failures(table, [unique(column)]))


def duplicate_source_ids(sources: pa.Table) -> list[tuple[str, str]]:
    """Two documents claiming one source id (a manifest typo): each later one, named with the first."""
    counts = pc.value_counts(sources["source_id"])
    repeated = set(counts.filter(pc.greater(counts.field("counts"), 1)).field("values").to_pylist())
    if not repeated:
        return []
    first: dict[str, str] = {}
    problems = []
    for source_id, file_name in zip(
        *sources.select(["source_id", "file_name"]).to_pydict().values(), strict=True
    ):
        if source_id not in repeated:
            continue
        if source_id in first:
            problems.append((file_name, f"source id {source_id!r} also used by {first[source_id]}"))
        else:
            first[source_id] = file_name
    return problems
