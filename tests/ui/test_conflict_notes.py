"""A chart's notes on rival figures stay bounded, whatever the data holds: a document with thousands of
rival values once made one chart's notes list ~20,000 numbers (1.15 MB sent to the browser)."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.sample_dataset import sample_tables
from ui.charts.marks import MAX_CONFLICT_NOTES, MAX_RIVAL_VALUES, conflict_notes


def _rows(n_rows: int, n_rivals: int) -> pd.DataFrame:
    tables = sample_tables()
    template = tables["figures"].iloc[0].to_dict()
    sources = tables["sources"]
    source_id = str(sources["source_id"].iloc[0])
    return pd.DataFrame(
        [
            template
            | {
                "figure_id": f"f{i}",
                "value": 100.0 + i,
                "revised_from": [],
                "other_values": [200.0 + j for j in range(n_rivals)],
                "other_source_ids": "\n".join([source_id] * n_rivals),
            }
            for i in range(n_rows)
        ]
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_figure_lists_a_few_rival_values_and_counts_the_rest(lang):
    notes = conflict_notes(_rows(1, 40), sample_tables()["sources"], lang)
    assert len(notes) == 1
    listed = notes[0]
    more = 40 - MAX_RIVAL_VALUES
    assert (f"và {more} giá trị khác" if lang == "vi" else f"and {more} more") in listed
    assert "239" not in listed and "200" in listed  # the first values are written, the last are counted


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_chart_keeps_a_few_notes_and_counts_the_rest(lang):
    notes = conflict_notes(_rows(30, 2), sample_tables()["sources"], lang)
    assert len(notes) == MAX_CONFLICT_NOTES + 1
    assert str(30 - MAX_CONFLICT_NOTES) in notes[-1]
    assert ("trang Dữ liệu" if lang == "vi" else "Data page") in notes[-1]


def test_few_rivals_are_all_listed():
    [note] = conflict_notes(_rows(1, 2), sample_tables()["sources"], "en")
    assert "more" not in note
