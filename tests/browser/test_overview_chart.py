"""The Overview's headline chart, drawn by plotly in headless Chromium, with its source line and downloads."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.mark.parametrize(
    ("lang", "title", "source"),
    [
        ("vi", "Các chỉ tiêu chính so với kỳ trước", "Nguồn"),
        ("en", "Headline indicators against the period before", "Source"),
    ],
)
@pytest.mark.parametrize(("width", "height"), [(1280, 800), (390, 844)])
def test_overview_draws_the_headlines_against_the_period_before(
    server, new_page, lang, title, source, width, height
):
    page = new_page(width, height)
    page.goto(f"{server}/?lang={lang}")
    page.wait_for_selector(".js-plotly-plot .main-svg")
    chart = page.locator(".js-plotly-plot").first
    # A wrapped title is drawn as one text element per line.
    assert "".join(chart.locator(".gtitle").text_content().split()) == "".join(title.split())
    assert chart.locator(".bars .point").count() >= 4  # two periods for each of at least two headlines
    assert source in chart.text_content()  # the source line is inside the chart, so an export is citable
    for fmt in ("PNG", "SVG", "PDF", "HTML"):
        assert page.get_by_role("button", name=fmt, exact=True).count() == 1
    assert page.locator('[data-testid="stException"]').count() == 0
    # The chart must not push the page sideways on a phone.
    assert page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth") <= 1
