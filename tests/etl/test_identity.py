"""One definition of "the same figure" (etl/identity.py), and the conflicts it gives."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from etl.identity import same_figure_key, status_class, values_agree
from etl.tables import CONFLICTS_KEYS_SCHEMA, find_conflicts


def _row(source, value, status="actual", **kw):
    row = {
        "indicator_id": "grdp_growth",
        "period_start": dt.date(2023, 1, 1),
        "period_end": dt.date(2023, 12, 31),
        "scope": None,
        "price_basis": None,
        "place": "province",
        "period_aggregate": None,
        "basis": "reported",
        "status": status,
        "value": value,
        "approximate": False,
        "source_id": source,
        "figure_id": f"{source}-{value}-{status}",
        "period_label": "2023",
    }
    row.update(kw)
    return row


def _conflicts(*rows):
    return find_conflicts(pa.Table.from_pylist(list(rows), schema=CONFLICTS_KEYS_SCHEMA))


def test_two_documents_that_disagree_conflict():
    assert _conflicts(_row("a", 7.0), _row("b", 7.2)).num_rows == 1


def test_two_values_within_one_document_conflict():
    assert _conflicts(_row("a", 7.0), _row("a", 7.2)).num_rows == 1


def test_an_estimate_revised_by_an_official_figure_is_no_conflict():
    assert _conflicts(_row("a", 7.0, "estimate"), _row("b", 7.2, "official")).num_rows == 0


def test_a_target_and_a_result_are_not_the_same_figure():
    assert _conflicts(_row("a", 8.0, "target"), _row("b", 7.2)).num_rows == 0
    assert status_class("target") != status_class("estimate") == status_class("official")


def test_scopes_and_price_bases_are_different_figures():
    trade = {"indicator_id": "trade_turnover"}
    assert (
        _conflicts(
            _row("a", 52.0, scope="through_province", **trade),
            _row("b", 5.0, scope="customs_declared", **trade),
        ).num_rows
        == 0
    )
    assert (
        _conflicts(
            _row("a", 46812.0, price_basis="current"), _row("b", 25000.0, price_basis="constant_2010")
        ).num_rows
        == 0
    )


def test_the_key_treats_missing_values_alike():
    a, b = _row("a", 7.0), _row("b", 7.0, scope=float("nan"))
    assert same_figure_key(a) == same_figure_key(b)
    assert same_figure_key(a) != same_figure_key(_row("c", 7.0, status="target"))


@pytest.mark.parametrize(
    ("a", "a_approx", "b", "b_approx", "agree"),
    [
        (6.5, True, 6.52, False, True),  # "khoảng 6,5%" and "6,52%": the precise one rounds to it
        (6.52, False, 6.5, True, True),  # in either order
        (6.5, True, 6.56, False, False),  # 6,56 rounds to 6,6
        (6.5, False, 6.52, False, False),  # two precise values: a conflict
        (7.0, True, 7.4, False, True),  # "khoảng 7%"
        (7.0, True, 7.6, False, False),
        (1_900_000, True, 1_912_000, False, True),  # "khoảng 1,9 triệu lượt" and 1.912.000
        (1_900_000, True, 1_960_000, False, False),
        (6.5, True, 6.52, True, True),  # both approximate: the finer rounds to the coarser
        (6.5, True, 7.0, True, False),
        (15.0, False, 15.0, False, True),
    ],
)
def test_values_agree(a, a_approx, b, b_approx, agree):
    assert values_agree(a, a_approx, b, b_approx) is agree
    assert values_agree(b, b_approx, a, a_approx) is agree


def test_an_approximate_value_the_other_rounds_to_is_no_conflict():
    about = _row("a", 6.5, approximate=True)
    assert _conflicts(about, _row("b", 6.52)).num_rows == 0
    assert _conflicts(about, _row("b", 6.56)).num_rows == 1
    # Agreeing with the approximate one is not enough when two precise values disagree.
    [row] = _conflicts(about, _row("b", 6.52), _row("c", 6.48)).to_pylist()
    assert row["source_ids"] == "a\nb\nc"
