"""Tidy per-document results into the published Arrow tables: figures, sources, conflicts, indicators.

Pure functions of their inputs. Figures arrive one document at a time and are kept as compact Arrow
record batches (never as Python dicts), so a run's memory grows with the figures, not with the text.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from etl.catalog import Catalog, indicator_rows
from etl.manifest import SourceInfo
from etl.schema import ARROW, CONFLICTS_ARROW, FIGURES_ARROW, INDICATORS_ARROW, SOURCES_ARROW

FIGURE_ORDER = [("source_id", "ascending"), ("mention_start", "ascending"), ("basis", "ascending")]
_CONFLICT_KEYS = ["indicator_id", "period_start", "period_end", "basis"]


def figures_table(columns: dict[str, list]) -> pa.Table:
    """Figure rows, given column by column, as an Arrow table of the published schema."""
    return pa.Table.from_pydict(columns, schema=FIGURES_ARROW)


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
    }


def sources_table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=SOURCES_ARROW)


def indicators_arrow(catalog: Catalog) -> pa.Table:
    return pa.Table.from_pylist(indicator_rows(catalog), schema=INDICATORS_ARROW)


def documents_batch(source_ids: list[str], texts: list[str]) -> pa.RecordBatch:
    return pa.RecordBatch.from_arrays(
        [pa.array(source_ids, pa.string()), pa.array(texts, pa.string())], schema=ARROW["documents"]
    )


def sorted_figures(parts: list[pa.Table]) -> pa.Table:
    """All figures in reading order: by document, then by where the mention starts (a stable sort)."""
    table = pa.concat_tables([FIGURES_ARROW.empty_table(), *parts])
    return table.take(pc.sort_indices(table, sort_keys=FIGURE_ORDER)).combine_chunks()


def find_conflicts(figures: pa.Table) -> pa.Table:
    """Indicator-periods for which two documents give different values (values compared to 6 decimals)."""
    keyed = figures.select([*_CONFLICT_KEYS, "source_id"]).append_column(
        "value_r", pc.round(figures["value"], 6)
    )
    counts = keyed.group_by(_CONFLICT_KEYS, use_threads=False).aggregate(
        [("source_id", "count_distinct"), ("value_r", "count_distinct")]
    )
    disputed = counts.filter(
        pc.and_(
            pc.greater(counts["source_id_count_distinct"], 1), pc.greater(counts["value_r_count_distinct"], 1)
        )
    )
    if not disputed.num_rows:
        return CONFLICTS_ARROW.empty_table()
    # Only the few disputed groups are walked in Python, in key order like the rest of the dataset.
    wanted = set(zip(*(disputed[k].to_pylist() for k in _CONFLICT_KEYS), strict=True))
    key_rows = zip(*(figures[k].to_pylist() for k in _CONFLICT_KEYS), strict=True)
    members: dict[tuple, list[int]] = {}
    for i, key in enumerate(key_rows):
        if key in wanted:
            members.setdefault(key, []).append(i)
    keys = sorted(members)
    order = [i for key in keys for i in members[key]]
    cols = figures.select(["period_label", "value", "source_id", "figure_id"]).take(order).to_pydict()
    rows, at = [], 0
    for key in keys:
        part = slice(at, at + len(members[key]))
        at = part.stop
        values, sources = cols["value"][part], cols["source_id"][part]
        rows.append(
            {
                "indicator_id": key[0],
                "period_label": cols["period_label"][part.start],
                "basis": key[3],
                "values": "; ".join(f"{v:g} ({s})" for v, s in zip(values, sources, strict=True)),
                "source_ids": "\n".join(sorted(set(sources))),
                "figure_ids": "\n".join(cols["figure_id"][part]),
            }
        )
    return pa.Table.from_pylist(rows, schema=CONFLICTS_ARROW)


def mark_conflicts(figures: pa.Table, conflicts: pa.Table) -> pa.Table:
    """Set `conflict` on every figure a conflict names."""
    ids = [fid for ids in conflicts["figure_ids"].to_pylist() for fid in ids.split("\n")]
    flag = pc.is_in(figures["figure_id"], value_set=pa.array(ids, pa.string()))
    return figures.set_column(figures.schema.get_field_index("conflict"), "conflict", flag)
