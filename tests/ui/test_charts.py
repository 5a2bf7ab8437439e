import html
import json
import re

import pandas as pd
import pytest

from tests.sample_dataset import sample_tables
from ui.charts import (
    BACKGROUND,
    DERIVED_PATTERN,
    FONT_FAMILY,
    comparison_chart,
    contrast_ratio,
    lighten,
    wrap,
)
from ui.charts.text import chart_words
from ui.charts_of import admin_units_chart, headline_chart, indicator_chart, rankings_chart
from ui.formatting import MINUS
from ui.i18n import t
from ui.labels import indicator_name
from ui.selection import compare_periods, headline_cards

HEADLINES = ["pci_rank", "pgi_rank", "grdp_growth", "income_per_capita", "commune_units_cut"]


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


def _strings(obj):
    """Every string anywhere in a JSON-like structure."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from _strings(value)


def _json_strings(fig):
    return list(_strings(json.loads(fig.to_json())))


def _footer_text(fig):
    return " ".join(a.text for a in fig.layout.annotations if a.name in ("notes", "source")).replace(
        "<br>", " "
    )


def _source_annotation(fig):
    (note,) = [a for a in fig.layout.annotations if a.name == "source"]
    return note


def _trace(fig, basis):
    (trace,) = [t for t in fig.data if (t.meta or {}).get("basis") == basis]
    return trace


def _charts(tables, lang):
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    comparison = compare_periods(f, ["grdp_growth", "income_per_capita"], "2015–2020", "2021–2022")
    return {
        "growth": indicator_chart(f, ind, src, "grdp_growth", lang),
        "pci": indicator_chart(f, ind, src, "pci_rank", lang),
        "comparison": comparison_chart(comparison, ind, src, lang, "2015–2020", "2021–2022"),
        "admin": admin_units_chart(f, ind, src, lang),
        "rankings": rankings_chart(f, ind, src, lang),
        "headline": headline_chart(f, ind, src, HEADLINES, lang),
        "empty": indicator_chart(f, ind, src, "grdp", lang),
        "headline_empty": headline_chart(f, ind, src, ["pci_rank"], lang),
    }


@pytest.mark.parametrize(("lang", "separators"), [("vi", ",."), ("en", ".,")])
def test_every_chart_carries_title_source_separators_and_fonts(tables, lang, separators):
    head = "Nguồn: " if lang == "vi" else "Source"
    for name, fig in _charts(tables, lang).items():
        assert fig.layout.separators == separators, name
        assert fig.layout.title.text, name
        assert fig.layout.title.subtitle.text, name
        assert _source_annotation(fig).text.startswith(head), name
        assert len([a for a in fig.layout.annotations if a.name == "notes"]) <= 1
        assert "Noto Sans" in fig.layout.font.family and "DejaVu Sans" in fig.layout.font.family
        assert fig.layout.meta["lang"] == lang
        # notes, then the source line, sit below the plot area inside a bottom margin sized for them
        footer = [a for a in fig.layout.annotations if a.name in ("notes", "source")]
        assert footer[-1].name == "source"
        for note in footer:
            assert note.yref == "paper" and note.y == 0 and note.yanchor == "top" and note.yshift < 0
        lines = sum(a.text.count("<br>") + 1 for a in footer)
        assert fig.layout.margin.b >= -footer[0].yshift + 16 * lines
        assert all(a.font.size >= 12 for a in footer)  # as large as the ticks: read on a phone at 1:1
        assert fig.layout.margin.autoexpand is False


def test_indicator_chart_reported_and_derived(tables):
    fig = indicator_chart(tables["figures"], tables["indicators"], tables["sources"], "grdp_growth", "vi")
    reported, derived = _trace(fig, "reported"), _trace(fig, "derived")
    assert reported.type == derived.type == "bar"
    assert list(reported.x) == ["2021–2022"] and list(reported.y) == [6.95]
    assert list(derived.x) == ["2015–2020"] and list(derived.y) == [5.45]
    assert list(fig.layout.xaxis.categoryarray) == ["2015–2020", "2021–2022"]  # chronological
    assert list(reported.text) == ["6,95%"] and list(derived.text) == ["5,45%"]
    assert fig.layout.title.text == "Tốc độ tăng trưởng kinh tế (GRDP)"
    assert fig.layout.title.subtitle.text == "Đơn vị: %"
    # derived: hatched AND lighter, and named in the legend
    assert derived.marker.pattern.shape == DERIVED_PATTERN
    assert not reported.marker.pattern.shape
    assert contrast_ratio(derived.marker.color) < contrast_ratio(reported.marker.color)
    assert derived.name == "Suy ra" and reported.name == "Báo cáo"
    # the footnote gives the arithmetic, localized
    footer = _footer_text(fig)
    assert f"6,95 {MINUS} 1,5 = 5,45" in footer and "Nguồn: TTXVN, 25/08/2023" in footer
    # hover shows the strings computed here (localized), not plotly's own number formatting
    assert reported.hovertemplate == "%{customdata[0]}<extra></extra>"
    assert "6,95%" in reported.customdata[0][0] and "giai đoạn 2021–2022" in reported.customdata[0][0]


def test_indicator_chart_in_english(tables):
    fig = indicator_chart(
        tables["figures"], tables["indicators"], tables["sources"], "income_per_capita", "en"
    )
    assert fig.layout.title.text == "Income per head"
    assert fig.layout.title.subtitle.text == "Unit: million VND per year"
    assert _trace(fig, "derived").name == "Derived"
    assert list(_trace(fig, "reported").text) == ["49.26"]
    assert "VND 49.26 million" in _trace(fig, "reported").customdata[0][0]
    footer = _footer_text(fig)
    assert "49.26 / (1 + 29.3/100) = 38.10" in footer and "Source: TTXVN, 25 Aug 2023" in footer
    assert fig.layout.meta["stem"] == "income_per_capita" and fig.layout.meta["period"] == "2015–2022"


def test_rank_chart_has_one_at_the_top_and_spans_all_provinces(tables):
    fig = indicator_chart(tables["figures"], tables["indicators"], tables["sources"], "pci_rank", "en")
    axis = fig.layout.yaxis
    low, high = axis.range
    assert low > high  # reversed: small numbers (better ranks) at the top
    assert low >= 63 and high <= 1
    assert 1 in axis.tickvals and 63 in axis.tickvals
    (trace,) = fig.data
    assert trace.type == "scatter" and list(trace.y) == [15.0]
    assert list(trace.text) == ["15/63*"]  # * = another source disagrees, see the footnote
    assert fig.layout.title.subtitle.text == "Position among 63 provinces (1 = best)"
    footer = _footer_text(fig)
    assert "another source gives 16/63" in footer


def test_document_text_is_escaped_everywhere(tables):
    figures, sources = tables["figures"].copy(), tables["sources"].copy()
    sources.loc[sources["source_id"] == "doc_a", "title"] = "<script>alert('t')</script>"
    sources.loc[sources["source_id"] == "doc_a", "publisher"] = None
    only_b = figures.loc[~((figures["indicator_id"] == "pci_rank") & (figures["source_id"] == "doc_a"))]
    charts = [
        indicator_chart(figures, tables["indicators"], sources, "grdp_growth", "vi"),
        indicator_chart(only_b, tables["indicators"], sources, "pci_rank", "en"),  # quote has <script>
        rankings_chart(figures, tables["indicators"], sources, "vi"),
        admin_units_chart(figures, tables["indicators"], sources, "en"),
        headline_chart(figures, tables["indicators"], sources, HEADLINES, "vi"),
    ]
    for fig in charts:
        strings = _json_strings(fig)
        assert not [s for s in strings if "<script" in s or "<b>không" in s]
        assert any("&lt;script&gt;" in s for s in strings)
    hover = indicator_chart(only_b, tables["indicators"], sources, "pci_rank", "en").data[0].customdata[0][0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hover and "Bài B &lt;b&gt;không&lt;/b&gt; tin" in hover


def test_comparison_chart(tables):
    comparison = compare_periods(
        tables["figures"], ["grdp_growth", "income_per_capita"], "2015–2020", "2021–2022"
    )
    fig = comparison_chart(
        comparison, tables["indicators"], tables["sources"], "vi", "2015–2020", "2021–2022"
    )
    values = {(t.meta["indicator_id"], t.y[0]): (t.x[0], t.meta["basis"]) for t in fig.data}
    assert values == {
        ("grdp_growth", "2015–2020"): (5.45, "derived"),
        ("grdp_growth", "2021–2022"): (6.95, "reported"),
        ("income_per_capita", "2015–2020"): (38.0974, "derived"),
        ("income_per_capita", "2021–2022"): (49.26, "reported"),
    }
    derived = [t for t in fig.data if t.meta["basis"] == "derived"]
    assert all(t.marker.pattern.shape == DERIVED_PATTERN for t in derived)
    assert [t.showlegend for t in fig.data].count(True) == 2  # one legend entry per basis
    panel_titles = [a.text for a in fig.layout.annotations if a.name != "source"]
    panel_titles = [t.replace("\u00a0", " ").replace("<br>", " ") for t in panel_titles]
    assert any("+1,50 điểm %" in t for t in panel_titles)
    assert any("+11,16 triệu đồng (+29,3%)" in t for t in panel_titles)
    assert fig.layout.title.text == "So sánh 2015–2020 và 2021–2022"


def test_comparison_chart_rank_panel_is_reversed(tables):
    figures = tables["figures"]
    row = figures.loc[figures["indicator_id"] == "pci_rank"].iloc[0].to_dict()
    row.update(
        figure_id="pci2021xx",
        value=20.0,
        period_label="2021",
        period_start=pd.Timestamp("2021-01-01"),
        period_end=pd.Timestamp("2021-12-31"),
    )
    more = pd.concat([figures, pd.DataFrame([row])], ignore_index=True)
    comparison = compare_periods(more, ["pci_rank"], "2021", "2022")
    fig = comparison_chart(comparison, tables["indicators"], tables["sources"], "en", "2021", "2022")
    low, high = fig.layout.xaxis.range
    assert low > high and low >= 63
    assert any("+5\u00a0places" in a.text for a in fig.layout.annotations)  # up 5 places, never split


def _panels(fig):
    """Each headline panel as (indicator, title, [(period, value, basis), …] top to bottom, its axes)."""
    titles = [a.text.replace("\u00a0", " ").replace("<br>", " ") for a in fig.layout.annotations]
    titles = [t for t, a in zip(titles, fig.layout.annotations, strict=True) if a.name == "panel_title"]
    panels = []
    for title, axis in zip(titles, ["", *map(str, range(2, len(titles) + 1))], strict=True):
        traces = [t for t in fig.data if t.yaxis == f"y{axis}"]
        yaxis = fig.layout[f"yaxis{axis}"]
        bars = sorted(
            ((t.y[0], t.x[0], t.meta["basis"]) for t in traces),
            key=lambda bar: list(reversed(yaxis.categoryarray)).index(bar[0]),  # first category at the bottom
        )
        panels.append((traces[0].meta["indicator_id"], title, bars, fig.layout[f"xaxis{axis}"], yaxis))
    return panels


@pytest.mark.parametrize(
    ("lang", "title", "changes"),
    [
        (
            "vi",
            "Các chỉ tiêu chính so với kỳ trước",
            [
                "Tốc độ tăng trưởng kinh tế (GRDP): +1,50 điểm %",
                "Thu nhập bình quân đầu người: +11,16 triệu đồng (+29,3%)",
            ],
        ),
        (
            "en",
            "Headline indicators against the period before",
            ["GRDP growth rate: +1.50 pp", "Income per head: +VND 11.16 million (+29.3%)"],
        ),
    ],
)
def test_headline_chart_draws_each_headline_against_the_period_before(tables, lang, title, changes):
    fig = headline_chart(tables["figures"], tables["indicators"], tables["sources"], HEADLINES, lang)
    assert fig.layout.title.text.replace("<br>", " ") == title
    panels = _panels(fig)
    # Only the headlines with an earlier period get a panel, in the Overview's order.
    assert [p[0] for p in panels] == ["grdp_growth", "income_per_capita"]
    assert [p[1] for p in panels] == changes
    assert panels[0][2] == [("2015–2020", 5.45, "derived"), ("2021–2022", 6.95, "reported")]
    assert panels[1][2] == [("2015–2020", 38.0974, "derived"), ("2021–2022", 49.26, "reported")]
    # the same pairs, and so the same change, as the Overview's cards
    for indicator_id, _, bars, _, _ in panels:
        (card,) = headline_cards(tables["figures"], tables["indicators"], [indicator_id])
        assert [bar[1] for bar in bars] == [card["prev_value"], card["value"]]
    # every panel on its own value axis starting at 0, panels stacked without overlapping
    for _, _, bars, xaxis, _ in panels:
        low, high = xaxis.range
        assert low == 0 and high > max(bar[1] for bar in bars)
    (first, second) = [p[4].domain for p in panels]
    assert second[1] < first[0]
    derived = [t for t in fig.data if t.meta["basis"] == "derived"]
    assert derived and all(t.marker.pattern.shape == DERIVED_PATTERN for t in derived)
    assert [t.showlegend for t in fig.data].count(True) == 2  # one legend entry per basis
    assert fig.layout.meta["stem"] == "overview" and fig.layout.meta["period"] == "2015–2022"
    footer = _footer_text(fig)
    assert ("= 38,10" if lang == "vi" else "= 38.10") in footer  # the arithmetic, at the indicator's decimals


def test_headline_chart_rank_panel_is_reversed(tables):
    figures = tables["figures"]
    row = figures.loc[(figures["indicator_id"] == "pci_rank") & (figures["source_id"] == "doc_a")].iloc[0]
    row = row.to_dict() | {
        "figure_id": "pci2021xx",
        "value": 20.0,
        "conflict": False,
        "period_label": "2021",
        "period_start": pd.Timestamp("2021-01-01"),
        "period_end": pd.Timestamp("2021-12-31"),
    }
    more = pd.concat([figures, pd.DataFrame([row])], ignore_index=True)
    fig = headline_chart(more, tables["indicators"], tables["sources"], ["pci_rank"], "en")
    ((indicator_id, title, bars, xaxis, _),) = _panels(fig)
    assert indicator_id == "pci_rank" and title.endswith("+5 places")
    assert bars == [("2021", 20.0, "reported"), ("2022", 15.0, "reported")]
    low, high = xaxis.range
    assert low > high and low >= 63  # 1 (best) at the right end
    assert {t.type for t in fig.data} == {"scatter"}
    assert "another source gives 16/63" in _footer_text(fig)


def test_headline_chart_without_an_earlier_period_says_so(tables):
    fig = headline_chart(
        tables["figures"], tables["indicators"], tables["sources"], ["pci_rank", "grdp"], "vi"
    )
    assert not fig.data
    assert [a.text for a in fig.layout.annotations if a.name == "no_data"] == ["Chưa có số liệu"]


def test_admin_units_chart(tables):
    figures = tables["figures"]
    plan = figures.loc[figures["indicator_id"] == "commune_units_cut"].iloc[0].to_dict()
    plan.update(
        figure_id="planxxxxx",
        indicator_id="commune_units_cut_planned",
        value=15.0,
        period_kind="plan",
        period_label="2030",
        period_start=pd.Timestamp("2025-01-01"),
        period_end=pd.Timestamp("2030-12-31"),
    )
    more = pd.concat([figures, pd.DataFrame([plan])], ignore_index=True)
    fig = admin_units_chart(more, tables["indicators"], tables["sources"], "vi")
    done = next(t for t in fig.data if t.meta["group"] == "done")
    planned = next(t for t in fig.data if t.meta["group"] == "planned")
    assert list(done.x) == [51.0, 26.0] and list(planned.x) == [15.0]
    assert done.name == "Đã thực hiện" and planned.name == "Kế hoạch"
    assert planned.marker.color != done.marker.color and planned.marker.pattern.shape
    labels = [
        a.text.replace("<br>", " ").replace("\xa0", " ")
        for a in fig.layout.annotations
        if a.name == "bar_label"
    ]
    assert labels == [
        "Đơn vị hành chính cấp xã được sắp xếp (2019–2021)",
        "Đơn vị hành chính cấp xã được giảm (2019–2021)",
        "Đơn vị hành chính cấp xã dự kiến giảm thêm (đến năm 2030)",
    ]
    assert fig.layout.yaxis.autorange == "reversed"  # first listed at the top


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "vi",
            [
                "Đơn vị cấp tỉnh được giảm (từ năm 2020 đến 25/08/2023)",
                "Đơn vị hành chính cấp xã được sắp xếp (2019–2021)",
                "Đơn vị hành chính cấp xã được giảm (2019–2021)",
                "Đơn vị hành chính cấp xã dự kiến giảm thêm (đến năm 2030)",
            ],
        ),
        (
            "en",
            [
                "Provincial-level units cut (2020 to 25 Aug 2023)",
                "Commune-level administrative units rearranged (2019–2021)",
                "Commune-level administrative units cut (2019–2021)",
                "Commune-level administrative units to be cut (plan) (by 2030)",
            ],
        ),
    ],
)
def test_admin_units_bars_say_their_periods_in_words(tables, lang, expected):
    """The ETL's period labels ("2020–25/08/2023", "25/08/2023–2030") are keys: a bar says its period as
    the table beside the chart does, in the page's language."""
    figures = tables["figures"]
    commune = figures.loc[figures["indicator_id"] == "commune_units_cut"].iloc[0].to_dict()
    since_2020 = commune | {
        "figure_id": "provxxxxx",
        "indicator_id": "provincial_units_cut",
        "value": 2.0,
        "period_kind": "to_date",
        "period_label": "2020–25/08/2023",
        "period_start": pd.Timestamp("2020-01-01"),
        "period_end": pd.Timestamp("2023-08-25"),
    }
    plan = commune | {
        "figure_id": "planxxxxx",
        "indicator_id": "commune_units_cut_planned",
        "value": 12.0,
        "period_kind": "plan",
        "period_label": "25/08/2023–2030",
        "period_start": pd.Timestamp("2023-08-25"),
        "period_end": pd.Timestamp("2030-12-31"),
    }
    more = pd.concat([figures, pd.DataFrame([since_2020, plan])], ignore_index=True)
    fig = admin_units_chart(more, tables["indicators"], tables["sources"], lang)
    labels = [
        a.text.replace("<br>", " ").replace("\xa0", " ")
        for a in fig.layout.annotations
        if a.name == "bar_label"
    ]
    assert labels == expected
    bars = [a.text for a in fig.layout.annotations if a.name == "bar_label"]
    assert all("<br>" not in text[text.rindex("(") :] for text in bars)  # a period is never split
    if lang == "en":
        assert not any(re.search(r"\d{2}/\d{2}/\d{4}", label) for label in labels)


def test_rankings_chart(tables):
    fig = rankings_chart(tables["figures"], tables["indicators"], tables["sources"], "en")
    points = {t.meta["indicator_id"]: list(t.y) for t in fig.data}
    assert points == {"pci_rank": [15.0], "pgi_rank": [2.0], "digital_transformation_rank": [6.0]}
    low, high = fig.layout.yaxis.range
    assert (low, high) == (64, 0) and 1 in fig.layout.yaxis.tickvals and 63 in fig.layout.yaxis.tickvals
    assert [t.text[0] for t in fig.data] == ["PCI 15/63*", "PGI 2/63", "DTI 6/63"]
    assert len({t.line.color for t in fig.data}) == 3 and len({t.marker.symbol[0] for t in fig.data}) == 3
    assert fig.layout.title.subtitle.text == "Position among 63 provinces (1 = best)"


def test_empty_chart_says_so(tables):
    fig = indicator_chart(tables["figures"], tables["indicators"], tables["sources"], "grdp", "vi")
    assert not fig.data
    assert [a.text for a in fig.layout.annotations if a.name == "no_data"] == ["Chưa có số liệu"]
    assert _source_annotation(fig).text == "Nguồn: không rõ"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_text_colours_have_enough_contrast(tables, lang):
    for name, fig in _charts(tables, lang).items():
        background = fig.layout.paper_bgcolor
        assert background == BACKGROUND
        colours = [fig.layout.font.color, fig.layout.title.font.color, fig.layout.title.subtitle.font.color]
        colours += [a.font.color for a in fig.layout.annotations if a.font.color]
        for colour in colours:
            assert contrast_ratio(colour, background) >= 4.5, (name, colour)
        for trace in fig.data:  # marks need 3:1 (WCAG non-text contrast): a pale fill gets a dark outline
            outline = trace.marker.line.color
            if outline and outline != BACKGROUND:
                assert contrast_ratio(outline, background) >= 3, (name, trace.name, outline)
        # The hover's own colours, stated: left to Streamlit's theme it was grey #808495 on white (3.7:1).
        hover = fig.layout.hoverlabel
        assert hover.bgcolor and hover.font.color, name
        assert contrast_ratio(hover.font.color, hover.bgcolor) >= 4.5, (name, hover.font.color)
        assert all(not (t.hoverlabel and t.hoverlabel.font.color) for t in fig.data), name  # none overrides


@pytest.mark.parametrize(
    ("colour", "amount", "expected"),
    [("#0072B2", 0, "#0072B2"), ("#0072B2", 1, "#FFFFFF"), ("#000000", 0.5, "#808080")],
)
def test_lighten(colour, amount, expected):
    assert lighten(colour, amount) == expected


@pytest.mark.parametrize(
    ("fg", "bg", "expected"),
    [("#000000", "#FFFFFF", 21.0), ("#FFFFFF", "#FFFFFF", 1.0), ("#767676", "#FFFFFF", 4.54)],
)
def test_contrast_ratio(fg, bg, expected):
    assert contrast_ratio(fg, bg) == pytest.approx(expected, abs=0.05)


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("a b c", 3, ["a b", "c"]),
        ("Nguồn: TTXVN, 25/08/2023", 10, ["Nguồn:", "TTXVN,", "25/08/2023"]),
        ("&lt;b&gt; x", 4, ["&lt;b&gt;", "x"]),  # an entity is never split
        ("", 10, [""]),
        ("x −5\u00a0places", 4, ["x", "−5\u00a0places"]),
    ],
)
def test_wrap(text, width, expected):
    assert wrap(text, width) == expected


def test_font_stack_covers_vietnamese():
    assert FONT_FAMILY.split(", ")[:2] == ["Noto Sans", "DejaVu Sans"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_hover_says_what_the_number_is(tables, lang):
    """Read alone (several rankings on one chart, an exported file), a hover names the indicator, the
    place, the period, the status and the source."""
    status_words = {t(f"status_{s}", lang) for s in ("actual", "official", "preliminary", "estimate")}
    status_words |= {t(f"status_{s}", lang) for s in ("target", "forecast")}
    for name, fig in _charts(tables, lang).items():
        for trace in fig.data:
            if trace.customdata is None:
                continue
            indicator_id = (trace.meta or {}).get("indicator_id")
            for (hover,) in trace.customdata:
                lines = hover.split("<br>")
                assert t("place_province", lang) in hover, (name, hover)
                assert any(w in hover for w in status_words), (name, hover)
                assert ("Nguồn" if lang == "vi" else "Source") in hover, (name, hover)
                if indicator_id:
                    wanted = html.escape(indicator_name(tables["indicators"], indicator_id, lang))
                    assert " ".join(lines[: len(wanted) // 50 + 2]).startswith(f"<b>{wanted[:20]}"), hover


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_chart_of_one_period_says_why_it_shows_no_trend(tables, lang):
    f, ind, src = tables["figures"], tables["indicators"], tables["sources"]
    lone = chart_words(lang)["one_period"]
    one = indicator_chart(f, ind, src, "pci_rank", lang)
    assert f.loc[f["indicator_id"] == "pci_rank", "period_label"].nunique() == 1
    assert lone in _footer_text(one)
    two = indicator_chart(f, ind, src, "grdp_growth", lang)
    assert lone not in _footer_text(two)
