import math

import pandas as pd
import pytest

from tests.sample_dataset import sample_tables
from ui.selection import (
    admin_reductions,
    change_between,
    compare_periods,
    figures_for,
    headline_cards,
    one_per_period,
    periods_of,
    rankings,
    then_and_now,
)


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


def _like(figures, indicator_id, *, figure_id, value, year=None, years=None, basis="reported", **kw):
    """A copy of the first figure of the indicator, moved to another period and value."""
    row = figures.loc[figures["indicator_id"] == indicator_id].iloc[0].to_dict()
    a, b = years or (year, year)
    row.update(
        figure_id=figure_id,
        value=float(value),
        period_kind="year" if a == b else "range",
        period_start=pd.Timestamp(f"{a}-01-01"),
        period_end=pd.Timestamp(f"{b}-12-31"),
        period_label=str(a) if a == b else f"{a}–{b}",
        basis=basis,
        conflict=False,
        **kw,
    )
    return row


def _with(figures, *rows):
    out = pd.concat([figures, pd.DataFrame(list(rows))], ignore_index=True)
    out["rank_of"] = out["rank_of"].astype("Int64")
    return out


def test_figures_for_filters(tables):
    figures, indicators = tables["figures"], tables["indicators"]
    assert set(figures_for(figures, indicator_ids=["grdp_growth"])["value"]) == {6.95, 5.45}
    economy = figures_for(figures, categories=["economy"], indicators=indicators)
    assert set(economy["indicator_id"]) == {"grdp_growth", "income_per_capita"}
    reported = figures_for(figures, categories="economy", indicators=indicators, include_derived=False)
    assert list(reported["basis"].unique()) == ["reported"] and len(reported) == 2
    assert set(figures_for(figures, periods=["2022"])["indicator_id"]) == {
        "pci_rank",
        "pgi_rank",
        "digital_transformation_rank",
    }
    assert figures_for(figures, indicator_ids=[]).empty
    assert len(figures_for(figures)) == len(figures)


def test_figures_for_orders_by_catalog_then_period(tables):
    figures, indicators = tables["figures"], tables["indicators"]
    out = figures_for(figures, indicator_ids=["income_per_capita", "grdp_growth"], indicators=indicators)
    assert list(zip(out["indicator_id"], out["period_label"], strict=True)) == [
        ("grdp_growth", "2015–2020"),
        ("grdp_growth", "2021–2022"),
        ("income_per_capita", "2015–2020"),
        ("income_per_capita", "2021–2022"),
    ]


def test_periods_of_is_chronological(tables):
    figures = _with(
        tables["figures"],
        _like(tables["figures"], "grdp_growth", figure_id="g2023xxxx", value=7.1, year=2023),
        _like(tables["figures"], "grdp_growth", figure_id="g2010xxxx", value=9.0, years=(2006, 2010)),
    )
    assert periods_of(figures, "grdp_growth") == ["2006–2010", "2015–2020", "2021–2022", "2023"]
    assert periods_of(figures, "no_such") == []


def test_one_per_period_prefers_reported_and_keeps_disagreement(tables):
    chosen = one_per_period(tables["figures"])
    pci = chosen.loc[chosen["indicator_id"] == "pci_rank"].iloc[0]
    assert pci["value"] == 15.0 and pci["source_ids"] == "doc_a"
    assert pci["other_values"] == [16.0] and pci["other_source_ids"] == "doc_b"
    assert len(chosen) == chosen[["indicator_id", "period_label"]].drop_duplicates().shape[0]
    # dtypes survive the choice
    assert str(chosen["period_end"].dtype).startswith("datetime64")
    assert chosen["value"].dtype == "float64"


def test_headline_growth_compares_with_the_derived_previous_period(tables):
    (card,) = headline_cards(tables["figures"], tables["indicators"], ["grdp_growth"])
    assert card["value"] == 6.95 and card["period_label"] == "2021–2022"
    assert card["prev_value"] == 5.45 and card["prev_basis"] == "derived"
    assert card["change"] == pytest.approx(1.5) and card["rel_change"] is None  # a rate: points only
    assert card["improved"] is True
    assert card["source_id"] == "doc_a" and "6,95%" in card["quote"]


def test_headline_money_has_relative_change(tables):
    (card,) = headline_cards(tables["figures"], tables["indicators"], ["income_per_capita"])
    assert card["change"] == pytest.approx(49.26 - 38.0974)
    assert card["rel_change"] == pytest.approx((49.26 / 38.0974 - 1) * 100)
    assert card["prev_derivation"] == "49.26 / (1 + 29.3/100) = 38.0974"


@pytest.mark.parametrize(
    ("indicator_id", "before", "after", "change", "improved"),
    [
        ("pci_rank", 20, 15, -5, True),  # a rank going down is better
        ("pci_rank", 10, 15, 5, False),
        ("pci_rank", 15, 15, 0, None),
        ("grdp_growth", 8.0, 6.95, -1.05, False),
        ("grdp_growth", 5.0, 6.95, 1.95, True),
    ],
)
def test_headline_improved_honours_direction(tables, indicator_id, before, after, change, improved):
    figures = tables["figures"]
    base = figures.loc[figures["indicator_id"] == indicator_id]
    latest = _like(figures, indicator_id, figure_id="latestxx", value=after, year=2030)
    earlier = _like(figures, indicator_id, figure_id="earlierx", value=before, year=2029)
    (card,) = headline_cards(_with(base, latest, earlier), tables["indicators"], [indicator_id])
    assert card["value"] == after and card["prev_value"] == before
    assert card["change"] == pytest.approx(change)
    assert card["improved"] is improved


@pytest.mark.parametrize(
    ("before", "after", "unit", "change", "rel_change"),
    [
        (5.45, 6.95, "percent", 1.5, None),  # a rate changes by points, never by a percentage of itself
        (20, 15, "rank", -5, None),
        (38.0974, 49.26, "million_vnd", 11.1626, 29.3),  # "cao hơn 29,3%"
        (0.1 + 0.2, 0.3, "count", 0.0, 0.0),  # binary noise is not a change
        (0, 12, "count", 12, None),  # no percentage of nothing
        (54, 27, "count", -27, -50),
    ],
)
def test_change_between(before, after, unit, change, rel_change):
    got_change, got_rel = change_between(before, after, unit)
    assert got_change == pytest.approx(change)
    assert got_rel == (None if rel_change is None else pytest.approx(rel_change, abs=0.01))


def test_then_and_now_pairs_the_latest_reported_figure_with_the_period_before(tables):
    pairs = then_and_now(
        tables["figures"], ["pci_rank", "grdp_growth", "income_per_capita", "commune_units_cut"]
    )
    assert list(
        zip(pairs["indicator_id"], pairs["role"], pairs["period_label"], pairs["basis"], strict=True)
    ) == [
        ("grdp_growth", "earlier", "2015–2020", "derived"),
        ("grdp_growth", "latest", "2021–2022", "reported"),
        ("income_per_capita", "earlier", "2015–2020", "derived"),
        ("income_per_capita", "latest", "2021–2022", "reported"),
    ]
    growth = pairs.loc[pairs["indicator_id"] == "grdp_growth"]
    assert list(growth["change"]) == [pytest.approx(1.5)] * 2 and growth["rel_change"].isna().all()
    assert "source_ids" in pairs and "other_values" in pairs  # one_per_period rows: charts read these


def test_then_and_now_agrees_with_the_headline_cards(tables):
    figures = _with(
        tables["figures"],
        _like(tables["figures"], "pci_rank", figure_id="pci2021xx", value=20, year=2021),
        _like(tables["figures"], "grdp_growth", figure_id="g2023xxxx", value=7.1, year=2023, basis="derived"),
    )
    ids = ["pci_rank", "pgi_rank", "grdp_growth", "income_per_capita", "pci_rank"]
    pairs = then_and_now(figures, ids)
    cards = [c for c in headline_cards(figures, tables["indicators"], ids[:4]) if c["prev_value"] is not None]
    assert list(dict.fromkeys(pairs["indicator_id"])) == [c["indicator_id"] for c in cards]
    for card in cards:
        pair = pairs.loc[pairs["indicator_id"] == card["indicator_id"]]
        assert list(pair["value"]) == [card["prev_value"], card["value"]]
        assert list(pair["period_label"]) == [card["prev_period_label"], card["period_label"]]
        assert pair["change"].iloc[1] == pytest.approx(card["change"])


def test_then_and_now_without_pairs_is_empty_with_its_columns(tables):
    pairs = then_and_now(tables["figures"], ["pci_rank", "no_such_indicator"])
    assert pairs.empty and {"role", "change", "rel_change", "source_ids"} <= set(pairs.columns)


def test_headline_cards_skip_indicators_without_reported_figures(tables):
    cards = headline_cards(tables["figures"], tables["indicators"], ["grdp", "pci_rank", "pgi_rank"])
    assert [c["indicator_id"] for c in cards] == ["pci_rank", "pgi_rank"]
    pci = cards[0]
    assert pci["rank_of"] == 63 and pci["national_total"] == 63
    assert pci["conflict"] is True and pci["other_values"] == [16.0] and pci["other_source_ids"] == ["doc_b"]
    assert pci["prev_value"] is None and pci["change"] is None and pci["improved"] is None


def test_compare_periods_arithmetic(tables):
    out = compare_periods(
        tables["figures"], ["grdp_growth", "income_per_capita", "pci_rank"], "2015–2020", "2021–2022"
    )
    assert list(out["indicator_id"]) == ["grdp_growth", "income_per_capita"]  # pci has neither period
    growth, income = out.iloc[0], out.iloc[1]
    assert (growth["value_a"], growth["value_b"]) == (5.45, 6.95)
    assert growth["abs_change"] == pytest.approx(1.5) and math.isnan(growth["rel_change"])
    assert (growth["basis_a"], growth["basis_b"]) == ("derived", "reported")
    assert growth["derivation_a"] == "6.95 - 1.5 = 5.45" and growth["derivation_b"] is None
    assert income["abs_change"] == pytest.approx(11.1626)
    assert income["rel_change"] == pytest.approx(11.1626 / 38.0974 * 100)


def test_compare_periods_keeps_one_sided_indicators(tables):
    figures = tables["figures"]
    extra = _like(figures, "pci_rank", figure_id="pci2021x", value=20, year=2021)
    out = compare_periods(_with(figures, extra), None, "2021", "2022")
    row = out.set_index("indicator_id").loc["pci_rank"]
    assert (row["value_a"], row["value_b"], row["abs_change"]) == (20.0, 15.0, -5.0)
    assert row["rank_of_b"] == 63 and row["source_ids_b"] == "doc_a" and bool(row["conflict_b"])
    pgi = out.set_index("indicator_id").loc["pgi_rank"]
    assert math.isnan(pgi["value_a"]) and pgi["value_b"] == 2.0 and math.isnan(pgi["abs_change"])


def test_admin_reductions(tables):
    figures = tables["figures"]
    plan = _like(
        figures, "commune_units_cut", figure_id="planxxxx", value=15, years=(2025, 2030), qualifier=None
    )
    plan["indicator_id"] = "commune_units_cut_planned"
    plan["period_kind"] = "plan"
    out = admin_reductions(_with(figures, plan), tables["indicators"])
    table = (
        out[["indicator_id", "level", "planned", "value", "period_label"]].to_records(index=False).tolist()
    )
    assert table == [
        ("commune_units_merged", "commune", False, 51.0, "2019–2021"),
        ("commune_units_cut", "commune", False, 26.0, "2019–2021"),
        ("commune_units_cut_planned", "commune", True, 15.0, "2025–2030"),
    ]
    assert admin_reductions(figures).shape[0] == 2  # the catalog is read when not given


def test_rankings(tables):
    out = rankings(tables["figures"], tables["indicators"])
    table = out[["indicator_id", "value", "out_of", "period_label"]].to_records(index=False).tolist()
    assert table == [
        ("pci_rank", 15.0, 63, "2022"),
        ("pgi_rank", 2.0, 63, "2022"),  # no "/63" in the text: the national total fills in
        ("digital_transformation_rank", 6.0, 63, "2022"),
    ]
    assert out.loc[0, "other_values"] == [16.0]


@pytest.mark.parametrize("order", ["year_first", "average_first"])
def test_headline_prefers_the_latest_year_to_a_multi_year_average_ending_with_it(tables, order):
    figures = tables["figures"]
    year = _like(figures, "grdp_growth", figure_id="g2025xxxx", value=8.06, year=2025)
    average = _like(
        figures,
        "grdp_growth",
        figure_id="g2125xxxx",
        value=7.1,
        years=(2021, 2025),
        period_aggregate="average",
    )
    earlier = _like(figures, "grdp_growth", figure_id="g2024xxxx", value=6.01, year=2024)
    rows = (year, average) if order == "year_first" else (average, year)
    (card,) = headline_cards(_with(figures, *rows, earlier), tables["indicators"], ["grdp_growth"])
    assert (card["value"], card["period_label"]) == (8.06, "2025")
    assert (card["prev_value"], card["prev_period_label"]) == (6.01, "2024")
    pairs = then_and_now(_with(figures, *rows, earlier), ["grdp_growth"])
    assert list(pairs["period_label"]) == ["2024", "2025"]  # the chart below the cards agrees


def test_headline_takes_a_multi_year_average_when_no_year_ends_with_it(tables):
    (card,) = headline_cards(tables["figures"], tables["indicators"], ["grdp_growth"])
    assert card["period_label"] == "2021–2022"  # the sample has only averages


def test_one_per_period_prefers_the_value_most_sources_give(tables):
    figures = tables["figures"]
    lone = _like(figures, "grdp_growth", figure_id="g25lone", value=8.41, year=2025, source_id="doc_c")
    first = _like(figures, "grdp_growth", figure_id="g25one", value=8.06, year=2025, source_id="doc_a")
    second = _like(figures, "grdp_growth", figure_id="g25two", value=8.06, year=2025, source_id="doc_b")
    chosen = one_per_period(_with(figures.iloc[:0], lone, first, second))
    (row,) = chosen.to_dict("records")
    assert row["value"] == 8.06 and row["source_ids"] == "doc_a\ndoc_b"
    assert row["other_values"] == [8.41] and row["other_source_ids"] == "doc_c"


@pytest.mark.parametrize(("stated", "differs"), [(6.96, False), (7.2, False), (7.6, True)])
def test_an_approximate_value_the_figure_rounds_to_is_the_same_statement(tables, stated, differs):
    figures = tables["figures"]
    growth = figures.loc[(figures["indicator_id"] == "grdp_growth") & (figures["basis"] == "reported")]
    about = {**growth.iloc[0].to_dict(), "value": 7.0, "approximate": True, "source_id": "doc_c"}
    about["figure_id"] = "about"
    exact = {**growth.iloc[0].to_dict(), "value": stated, "figure_id": "exact"}
    chosen = one_per_period(
        _with(figures.loc[figures["figure_id"] != growth.iloc[0]["figure_id"]], about, exact)
    )
    row = chosen.loc[chosen["figure_id"] == "exact"].iloc[0]
    # "khoảng 7%" beside 6,96%: one figure told twice (etl.identity.values_agree), not a disagreement.
    assert (row["other_values"] == [7.0]) is differs
    assert ("doc_c" in row["source_ids"]) is not differs
