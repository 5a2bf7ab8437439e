"""Tidy per-document results into the published Arrow tables: figures, sources, conflicts, indicators.

Pure functions of their inputs. Figures arrive one document at a time and are kept as compact Arrow
record batches (never as Python dicts), so a run's memory grows with the figures, not with the text.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from etl.catalog import Catalog, indicator_rows
from etl.identity import SAME_FIGURE, values_agree, with_filled_keys
from etl.manifest import SourceInfo
from etl.schema import (
    ARROW,
    CONFLICTS_ARROW,
    FIGURES_ARROW,
    INDICATORS_ARROW,
    REVIEW_ARROW,
    SOURCES_ARROW,
)

# The same figure (etl/identity.py), of the same basis and the same status: an estimate and a later
# official value of one period are a revision, not a conflict; two values of one status are, even within
# one document.
_CONFLICT_KEYS = [*SAME_FIGURE, "basis", "status"]
# What finding conflicts reads of each figure: kept for the whole run, a small part of a figure's bytes.
CONFLICT_COLUMNS = [*_CONFLICT_KEYS, "value", "approximate", "source_id", "figure_id", "period_label"]
CONFLICTS_KEYS_SCHEMA = pa.schema([FIGURES_ARROW.field(c) for c in CONFLICT_COLUMNS])


def figures_table(columns: dict[str, list]) -> pa.Table:
    """Figure rows, given column by column, as an Arrow table of the published schema."""
    return pa.Table.from_pydict(columns, schema=FIGURES_ARROW)


def review_table(columns: dict[str, list]) -> pa.Table:
    """Numbers held back for review, given column by column."""
    return pa.Table.from_pydict(columns, schema=REVIEW_ARROW)


def source_row(source: SourceInfo, n_chars: int, n_figures: int) -> dict:
    return {
        "source_id": source.source_id,
        "file_name": source.file_name,
        "kind": source.kind,
        "title": source.title,
        "title_inferred": source.title_inferred,
        "publisher": source.publisher,
        "publisher_note": source.publisher_note,
        "published": source.published,
        "date_inferred": source.date_inferred,
        "note": source.note,
        "link": source.link,
        "related_links": "\n".join(source.related_links) or None,
        "sha256": source.sha256,
        "in_manifest": source.in_manifest,
        "n_chars": n_chars,
        "n_figures": n_figures,
        "accessed": None,
    }


def sources_table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SOURCES_ARROW)


def indicators_arrow(catalog: Catalog) -> pa.Table:
    return pa.Table.from_pylist(indicator_rows(catalog), schema=INDICATORS_ARROW)


def documents_batch(source_ids: list[str], texts: list[str]) -> pa.RecordBatch:
    return pa.RecordBatch.from_arrays(
        [pa.array(source_ids, pa.string()), pa.array(texts, pa.string())], schema=ARROW["documents"]
    )


def find_conflicts(figures: pa.Table) -> pa.Table:
    """Figures stated with values that do not agree (identity.values_agree: different to 6 decimals, and
    not an approximate value the other rounds to) as the same figure, of the same basis and status, by two
    documents or within one.

    `figures` needs only CONFLICT_COLUMNS; the disputed groups are found in Arrow and only their rows are
    read into Python."""
    figures = with_filled_keys(figures)
    keyed = figures.select(_CONFLICT_KEYS).append_column("value_r", pc.round(figures["value"], 6))
    counts = keyed.group_by(_CONFLICT_KEYS, use_threads=False).aggregate([("value_r", "count_distinct")])
    disputed = counts.filter(pc.greater(counts["value_r_count_distinct"], 1))
    if not disputed.num_rows:
        return CONFLICTS_ARROW.empty_table()
    # The disputed groups' rows, in key order and, within a group, in the figures' own order; walked in
    # Python a slice at a time, so a corpus full of disagreements never sits in memory as Python objects.
    rows_of = figures.select(CONFLICT_COLUMNS).append_column("row", pa.array(range(figures.num_rows)))
    members = rows_of.join(disputed.select(_CONFLICT_KEYS), keys=_CONFLICT_KEYS, join_type="inner")
    members = members.sort_by([*((k, "ascending") for k in _CONFLICT_KEYS), ("row", "ascending")])
    rows: list[dict] = []
    group: _Group | None = None
    for batch in members.to_batches(max_chunksize=8192):
        cols = batch.to_pydict()
        for i, key in enumerate(zip(*(cols[k] for k in _CONFLICT_KEYS), strict=True)):
            if group is None or group.key != key:
                if group is not None and group.disputed():
                    rows.append(group.row())
                group = _Group(key, cols["period_label"][i])
            group.add(cols["value"][i], cols["approximate"][i], cols["source_id"][i], cols["figure_id"][i])
    if group is not None and group.disputed():
        rows.append(group.row())
    if not rows:
        return CONFLICTS_ARROW.empty_table()
    return pa.Table.from_pylist(rows, schema=CONFLICTS_ARROW)


class _Group:
    """One disputed indicator-period, gathered row by row."""

    def __init__(self, key: tuple, period_label: str):
        self.key, self.period_label = key, period_label
        self.values: list[str] = []
        self.stated: list[tuple[float, bool]] = []
        self.sources: list[str] = []
        self.ids: list[str] = []

    def add(self, value: float, approximate: bool, source_id: str, figure_id: str) -> None:
        self.stated.append((value, bool(approximate)))
        self.values.append(f"{value:g} ({source_id})")
        self.sources.append(source_id)
        self.ids.append(figure_id)

    def disputed(self) -> bool:
        """Two of its values do not agree (an approximate one the other rounds to is no dispute)."""
        stated = list(dict.fromkeys((round(value, 6), approximate) for value, approximate in self.stated))
        return any(
            not values_agree(*stated[i], *stated[j])
            for i in range(len(stated))
            for j in range(i + 1, len(stated))
        )

    def row(self) -> dict:
        return {
            "indicator_id": self.key[0],
            "period_label": self.period_label,
            "basis": self.key[len(SAME_FIGURE)],
            "values": "; ".join(self.values),
            "source_ids": "\n".join(sorted(set(self.sources))),
            "figure_ids": "\n".join(self.ids),
        }


def conflicted_ids(conflicts: pa.Table) -> pa.Array:
    """The ids of every figure a conflict names (split in Arrow: no Python string per id)."""
    return pc.split_pattern(conflicts["figure_ids"], "\n").combine_chunks().flatten()


def mark_conflicts(figures: pa.Table, conflicted: pa.Array) -> pa.Table:
    """Set `conflict` on every figure whose id is in `conflicted`."""
    flag = pc.is_in(figures["figure_id"], value_set=conflicted)
    return figures.set_column(figures.schema.get_field_index("conflict"), "conflict", flag)
