"""Chart labels as Chromium draws them at phone and laptop width: on the Rankings chart and the Overview's
rank panels, every rank label is whole inside the chart and none overlaps another."""

from __future__ import annotations

import itertools
import re

import pytest

from tests.browser.test_dashboard import assert_no_exception, open_app

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Every text of a chart that shows a rank ("PCI 16/63", "62/63"): its box, whether plotly clips it to the
# plot area (a trace's text) or not (an annotation), and the chart's and the plot areas' boxes.
_RANK_LABELS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
    const svg = plot.querySelector('.main-svg').getBoundingClientRect();
    const areas = [...plot.querySelectorAll('.draglayer .nsewdrag')].map(r => r.getBoundingClientRect());
    const texts = [...plot.querySelectorAll('.annotation-text, .textpoint text')]
        .filter(t => /\\d+\\/\\d+/.test(t.textContent));
    return {svg: {left: svg.left, right: svg.right},
            plot: {left: Math.min(...areas.map(a => a.left)), right: Math.max(...areas.map(a => a.right))},
            labels: texts.map(t => {
                const r = t.getBoundingClientRect();
                return {text: t.textContent, clipped: !!t.closest('.textpoint'),
                        left: r.left, right: r.right, top: r.top, bottom: r.bottom};
            })};
})"""


def _overlap(a: dict, b: dict) -> bool:
    return (
        a["left"] < b["right"] - 1
        and b["left"] < a["right"] - 1
        and a["top"] < b["bottom"] - 1
        and (b["top"] < a["bottom"] - 1)
    )


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 900)])
@pytest.mark.parametrize("path", ["rankings", ""])
def test_rank_labels_are_whole_and_apart(server, new_page, screenshots_dir, path, lang, width, height):
    page = new_page(width, height)
    open_app(page, server, path, f"lang={lang}", charts=1)
    assert_no_exception(page)
    # (under load the rank chart may not be the first drawn: wait until a rank label is)
    page.wait_for_function(f"() => ({_RANK_LABELS})().some(chart => chart.labels.length > 0)")
    charts = page.evaluate(_RANK_LABELS)
    labels = [label for chart in charts for label in chart["labels"]]
    assert labels, "no rank label drawn"
    for chart in charts:
        for label in chart["labels"]:
            box = (
                chart["plot"] if label["clipped"] else chart["svg"]
            )  # plotly cuts a trace's text at the plot
            assert box["left"] - 1 <= label["left"] and label["right"] <= box["right"] + 1, (label, box)
        for a, b in itertools.combinations(chart["labels"], 2):
            assert not _overlap(a, b), (a, b)
    page.screenshot(path=str(screenshots_dir / f"rank_labels_{path or 'overview'}_{lang}_{width}.png"))


# Every bar of the first chart and every annotation that names one (the labels above the bars).
_BARS_AND_NAMES = """() => {
    const plot = document.querySelector('.js-plotly-plot');
    const box = e => { const r = e.getBoundingClientRect();
                       return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
    const bars = [...plot.querySelectorAll('.bars .point path')].map(box).filter(b => b.bottom > b.top);
    const names = [...plot.querySelectorAll('.annotation-text')]
        .filter(t => /\\(.*\\d{4}.*\\)/.test(t.textContent)).map(t => ({text: t.textContent, ...box(t)}));
    return {bars, names};
}"""


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 900)])
def test_admin_unit_names_sit_clear_of_the_bars(server, new_page, lang, width, height):
    page = new_page(width, height)
    open_app(page, server, "admin_units", f"lang={lang}", charts=1)
    drawn = page.evaluate(_BARS_AND_NAMES)
    assert len(drawn["names"]) >= 3 and len(drawn["bars"]) >= 3
    if lang == "en":  # the period in words, not the ETL's label ("2020–25/08/2023")
        assert not [n["text"] for n in drawn["names"] if re.search(r"\d/\d", n["text"])]
    for name in drawn["names"]:
        for bar in drawn["bars"]:
            assert not _overlap(name, bar), (name, bar)


# Per x axis of every chart: the boxes of its tick labels, left to right.
_X_TICKS = """() => [...document.querySelectorAll('.js-plotly-plot .xaxislayer-above')].map(axis =>
    [...axis.querySelectorAll('g[class$="tick"] > text')].map(t => {
        const r = t.getBoundingClientRect();
        return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom};
    }).filter(b => b.right > b.left).sort((a, b) => a.left - b.left))"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_period_ticks_do_not_run_together(server, new_page, lang):
    page = new_page(390, 844)
    open_app(page, server, "indicators", f"lang={lang}", charts=1)  # GRDP growth: six half-years
    # (under load the other charts are still being drawn when the first one is: wait for their ticks)
    page.wait_for_function(
        """() => document.querySelectorAll('.js-plotly-plot .xaxislayer-above g[class$="tick"] > text').length >= 10"""
    )
    axes = page.evaluate(_X_TICKS)
    assert sum(len(ticks) for ticks in axes) >= 10
    for ticks in axes:
        for a, b in itertools.pairwise(ticks):
            assert not _overlap(a, b), (a, b)


# Every value label of every chart (a bar's text, a point's): its box, and the chart's.
_VALUE_LABELS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(plot => {
    const svg = plot.querySelector('.main-svg').getBoundingClientRect();
    const texts = [...plot.querySelectorAll('text.bartext, .textpoint text')]
        .filter(t => t.textContent.trim() && t.getBoundingClientRect().width > 0)
        .map(t => { const r = t.getBoundingClientRect();
                    return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom}; });
    return {svg: {left: svg.left, right: svg.right}, texts};
})"""


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("path", ["", "compare", "indicators"])
def test_phone_value_labels_are_whole_and_apart(server, new_page, screenshots_dir, path, lang):
    """ "8,06%* (ước tí" cut at the chart's edge on Overview and Compare, "8,06%8,02%8,36%" on Indicators."""
    page = new_page(390, 844)
    open_app(page, server, path, f"lang={lang}", charts=1)
    assert_no_exception(page)
    page.wait_for_function(f"() => ({_VALUE_LABELS})().some(chart => chart.texts.length > 0)")
    page.wait_for_timeout(300)  # (plotly places bar labels after the bars)
    charts = page.evaluate(_VALUE_LABELS)
    for chart in charts:
        for label in chart["texts"]:
            assert (
                chart["svg"]["left"] - 1 <= label["left"] and label["right"] <= chart["svg"]["right"] + 1
            ), (
                label,
                chart["svg"],
            )
        for a, b in itertools.combinations(chart["texts"], 2):
            assert not _overlap(a, b), (a, b)
    page.screenshot(
        path=str(screenshots_dir / f"value_labels_{path or 'overview'}_{lang}_390.png"), full_page=True
    )


# Per x axis of every chart: each tick label's box and whether plotly turned it (a "rotate" transform).
_TURNED_X_TICKS = """() => [...document.querySelectorAll('.js-plotly-plot .xaxislayer-above')].map(axis =>
    [...axis.querySelectorAll('g[class$="tick"] > text')].map(t => {
        const r = t.getBoundingClientRect();
        return {text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                turned: /rotate\\(\\s*-?[1-9]/.test(t.getAttribute('transform') || '')};
    }).filter(b => b.right > b.left && b.text).sort((a, b) => a.left - b.left))"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_rankings_years_are_level_whole_and_apart(server, new_page, screenshots_dir, lang):
    """Thirteen years on a 390 px phone: plotly turned each year on its end and the footer cut it to "20"."""
    page = new_page(390, 844)
    open_app(page, server, "rankings", f"lang={lang}", charts=1)
    assert_no_exception(page)
    (ticks,) = page.evaluate(_TURNED_X_TICKS)
    assert len(ticks) >= 3
    for tick in ticks:
        assert re.fullmatch(r"\d{4}", tick["text"]), tick
        assert not tick["turned"] and tick["right"] - tick["left"] > tick["bottom"] - tick["top"], tick
    for a, b in itertools.pairwise(ticks):
        assert a["right"] + 2 <= b["left"], (a, b)
    page.locator(".js-plotly-plot").first.screenshot(
        path=str(screenshots_dir / f"rankings_years_{lang}_390.png")
    )
