"""The years a yearly series skips keep their place on the axis, and its line breaks there."""

from __future__ import annotations

from datetime import date

from ui.charts.gaps import broken_at_skipped_years, skipped_year, with_skipped_years, yearly


def _row(label, start, end):
    return {"period_label": label, "period_start": start, "period_end": end}


def test_a_yearly_series_gets_a_category_for_each_year_it_skips():
    rows = [_row(str(y), date(y, 1, 1), date(y, 12, 31)) for y in (2019, 2020, 2022)]
    years = yearly(rows)
    assert years == {"2019": 2019, "2020": 2020, "2022": 2022}
    order = with_skipped_years(["2019", "2020", "2022"], years)
    assert [skipped_year(c) for c in order] == [None, None, 2021, None]
    assert order[0] == "2019" and order[3] == "2022"


def test_half_years_are_yearly_too_but_two_spans_or_a_span_of_years_are_not():
    halves = [_row(f"H1/{y}", date(y, 1, 1), date(y, 6, 30)) for y in (2016, 2020)]
    assert with_skipped_years(["H1/2016", "H1/2020"], yearly(halves))[1:4] == ["∅2017", "∅2018", "∅2019"]
    mixed = [
        _row("2020", date(2020, 1, 1), date(2020, 12, 31)),
        _row("H1/2021", date(2021, 1, 1), date(2021, 6, 30)),
    ]
    assert yearly(mixed) is None
    assert yearly([_row("2016–2020", date(2016, 1, 1), date(2020, 12, 31))]) is None


def test_a_line_breaks_where_the_next_point_is_more_than_a_year_on():
    trace = {
        "x": ["2019", "2020", "2022"],
        "y": [5.0, 2.1, 7.0],
        "text": ["a", "b", "c"],
        "customdata": [["h1"], ["h2"], ["h3"]],
    }
    broken = broken_at_skipped_years(trace, {"2019": 2019, "2020": 2020, "2022": 2022})
    assert broken["x"] == ["2019", "2020", "∅2021", "2022"]
    assert broken["y"] == [5.0, 2.1, None, 7.0]
    assert broken["text"] == ["a", "b", "", "c"] and broken["customdata"][2] == [""]
    # (consecutive years: unchanged)
    assert broken_at_skipped_years(trace, {"2019": 2019, "2020": 2020, "2022": 2021}) == trace


def test_a_break_stands_on_the_axis_own_category_and_keeps_each_marks_style():
    # Another series has 2021 (the axis's "2021"): the break is drawn there, not on a category of its own,
    # and per-point marker styles get a filler so that 2022 keeps its own.
    trace = {"x": ["2020", "2022"], "y": [3.0, 4.0], "marker": {"symbol": ["circle", "diamond"], "size": 9}}
    broken = broken_at_skipped_years(trace, {"2020": 2020, "2021": 2021, "2022": 2022})
    assert broken["x"] == ["2020", "2021", "2022"] and broken["y"] == [3.0, None, 4.0]
    assert broken["marker"] == {"symbol": ["circle", "circle", "diamond"], "size": 9}
