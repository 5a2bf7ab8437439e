"""What a phone user hit (issue 13), measured in real Chromium: every column of the Compare table on
screen, multiselect tags not cut, the file uploader without Streamlit's English words; the Fact check as
cards, footnotes of readable size inside their charts, headline cards that cut no words."""

from __future__ import annotations

import contextlib

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.test_dashboard import assert_no_exception, open_app
from tests.playwright_browser import wait_idle
from ui.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

PHONE = (390, 844)
DESKTOP = (1366, 900)

# For every cell of the Compare table: its box, whether its text fits inside it, and the column name
# drawn before its value (a phone shows each row as a card).
_CELLS = """() => {
    const table = document.querySelector('table.ls-stack');
    if (!table) return null;
    table.scrollIntoView();
    const view = document.documentElement.clientWidth;
    const cells = [...table.querySelectorAll('tbody td')].map(c => {
        const r = c.getBoundingClientRect();
        const before = getComputedStyle(c, '::before');
        return {left: r.left, right: r.right, width: r.width, fits: c.scrollWidth <= c.clientWidth + 1,
                label: c.dataset.label, before: before.display === 'none' ? 'none' : before.content,
                text: c.innerText};
    });
    const heads = [...table.querySelectorAll('thead th')].map(h => {
        const r = h.getBoundingClientRect();
        return {left: r.left, right: r.right, visible: r.width > 1};
    });
    return {view, cells, heads, columns: heads.length};
}"""


def _compare_cells(page):
    cells = page.evaluate(_CELLS)
    assert cells is not None, "the Compare table is not an HTML table"
    assert cells["columns"] == 5 and len(cells["cells"]) >= 10  # two indicators by default
    return cells


def test_phone_compare_table_shows_every_column(server, new_page, screenshots_dir):
    page = new_page(*PHONE)
    open_app(page, server, "compare", charts=1)
    assert_no_exception(page)
    cells = _compare_cells(page)
    for cell in cells["cells"]:
        assert cell["width"] > 100, cell  # a card across the screen, not a sliver of a grid
        assert cell["left"] >= 0 and cell["right"] <= cells["view"] + 1, cell
        assert cell["fits"], cell  # wrapped, never cut
        assert cell["text"].strip(), cell
    # Each value is introduced by its column's name, except the indicator that heads the card.
    labelled = [c for c in cells["cells"] if c["before"] not in ("none", "normal", "")]
    assert len(labelled) == len(cells["cells"]) * 4 // 5
    assert all(c["before"].strip('"') == c["label"] for c in labelled)
    page.screenshot(path=str(screenshots_dir / "compare_table_390x844.png"))


def test_desktop_compare_table_shows_every_column(server, new_page):
    page = new_page(*DESKTOP)
    open_app(page, server, "compare", charts=1)
    cells = _compare_cells(page)
    main = page.locator('[data-testid="stMainBlockContainer"]').bounding_box()
    assert all(h["visible"] and h["right"] <= main["x"] + main["width"] + 1 for h in cells["heads"])
    for cell in cells["cells"]:
        assert cell["right"] <= main["x"] + main["width"] + 1 and cell["fits"], cell
    lefts = sorted({round(c["left"]) for c in cells["cells"]})
    assert len(lefts) == 5  # a real table on a wide screen: five columns side by side


# Every tag of every multiselect: its box and whether its words fit (no ellipsis).
_TAGS = """() => [...document.querySelectorAll('[data-testid="stMultiSelectTagsContainer"] [data-tag]')]
    .map(tag => {
        const words = tag.querySelector('span[title]');
        const r = tag.getBoundingClientRect();
        const box = tag.closest('.stMultiSelect div[role="group"]').getBoundingClientRect();
        return {text: words.textContent, right: r.right, left: r.left,
                inside: r.top >= box.top - 1 && r.bottom <= box.bottom + 1,
                fits: words.scrollWidth <= words.clientWidth + 1,
                view: document.documentElement.clientWidth};
    })"""


def test_phone_multiselect_tags_are_not_cut(server, new_page):
    page = new_page(*PHONE)
    # The longest indicator names of the catalog that have figures, as a link would choose them.
    open_app(page, server, "indicators", "ind=pci_rank_region&ind=pci_rank&ind=grdp_growth", charts=1)
    wait_idle(page)
    # The page's style arrives with its run: wait until the tags are laid out under it (their text wraps)
    # before measuring; if it never applies, this wait fails the test.
    page.wait_for_function(
        '() => [...document.querySelectorAll(\'[data-testid="stMultiSelectTagsContainer"] [data-tag]'
        " > span[title]')].some(s => getComputedStyle(s).whiteSpace === 'normal')",
        timeout=60_000,
    )
    tags = page.evaluate(_TAGS)
    assert any(len(tag["text"]) > 45 for tag in tags), tags  # long enough to be cut at 390 px
    for tag in tags:
        assert tag["fits"], tag
        assert tag["left"] >= 0 and tag["right"] <= tag["view"] + 1, tag  # not scrolled sideways
        assert tag["inside"], tag  # the box grows to hold every line of tags


# The Fact check's two views of its rows as the page's style shows them -- the grid (st.dataframe) and the
# cards (an HTML table stacked on a phone) -- and every cell of the cards on screen.
_FACT_CHECK = """() => {
    const shown = e => !!e && e.getBoundingClientRect().width > 0;
    const cards = document.querySelector('table.ls-stack');
    const cells = !cards ? [] : [...cards.querySelectorAll('tbody td')]
        .filter(c => c.getBoundingClientRect().height > 0)
        .map(c => { const r = c.getBoundingClientRect();
                    return {left: r.left, right: r.right, fits: c.scrollWidth <= c.clientWidth + 1,
                            text: c.innerText, label: c.dataset.label}; });
    return {grid: shown(document.querySelector('[data-testid="stDataFrame"]')), cards: shown(cards), cells,
            view: document.documentElement.clientWidth,
            overflow: document.documentElement.scrollWidth - window.innerWidth};
}"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_fact_check_is_cards_not_a_grid_scrolled_sideways(server, new_page, screenshots_dir, lang):
    page = new_page(*PHONE)
    open_app(page, server, "fact_check", f"lang={lang}")
    assert_no_exception(page)
    # (both views are sent; under load the cards can still be arriving when the script's run has ended)
    page.wait_for_selector("table.ls-stack", state="attached")
    # The cards are laid out as they arrive (one CI run measured a card half off screen mid-layout): wait
    # until every card is inside the view; if they never come to rest there, the asserts below say where.
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(
            f"() => {{ const f = ({_FACT_CHECK})(); return f.cards && f.cells.length >= 30"
            " && f.cells.every(c => c.left >= 0 && c.right <= f.view + 1); }",
            timeout=20_000,
        )
    found = page.evaluate(_FACT_CHECK)
    assert found["cards"] and not found["grid"], found  # eleven columns of a grid scrolled sideways
    assert found["overflow"] <= 1
    assert len(found["cells"]) >= 5 * 6  # the bundled documents' figures, six lines or more each
    for cell in found["cells"]:
        assert cell["left"] >= 0 and cell["right"] <= found["view"] + 1, cell
        assert cell["fits"], cell  # wrapped, never cut
        assert cell["text"].strip(), cell  # an empty value is left out of its card
    page.screenshot(path=str(screenshots_dir / f"fact_check_cards_{lang}_390x844.png"), full_page=True)


def test_desktop_fact_check_keeps_its_grid(server, new_page):
    page = new_page(*DESKTOP)
    open_app(page, server, "fact_check")
    page.wait_for_selector('[data-testid="stDataFrame"]')
    page.wait_for_selector("table.ls-stack", state="attached")
    found = page.evaluate(_FACT_CHECK)
    assert found["grid"] and not found["cards"], found


# Every text of the main area on screen smaller than `least` CSS px: the page's, and the charts' (plotly
# sets the size of a footnote on its SVG text), with how far a chart's annotation runs past its chart.
_SMALL_TEXT = """(least) => {
    const small = [];
    const main = document.querySelector('[data-testid="stMain"]');
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!node.textContent.trim() || element.getClientRects().length === 0) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < least) small.push({text: node.textContent.slice(0, 60), size});
    }
    const past = [...document.querySelectorAll('.js-plotly-plot')].flatMap(plot => {
        const chart = plot.querySelector('.main-svg').getBoundingClientRect();
        return [...plot.querySelectorAll('.annotation-text')].map(a => ({text: a.textContent.slice(0, 60),
            past: a.getBoundingClientRect().right - chart.right})).filter(a => a.past > 1);
    });
    return {small, past};
}"""


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(
    ("path", "charts"), [("", 1), ("indicators", 1), ("admin_units", 1), ("rankings", 1)]
)
def test_phone_footnotes_are_readable_and_inside_their_chart(server, new_page, path, charts, lang):
    """Chart footnotes and source lines were 11 px on a phone, the smallest text of any page."""
    page = new_page(*PHONE)
    open_app(page, server, path, f"lang={lang}", charts=charts)
    page.wait_for_timeout(300)  # plotly lays its annotations out after the title
    found = page.evaluate(_SMALL_TEXT, 12)
    assert found["small"] == [], found["small"]
    assert found["past"] == [], found["past"]


# Every piece of a headline card cut with an ellipsis ("No earlier figure of the same kind of period to
# compar…"): st.metric keeps its label, value and description on one line each.
_CUT_IN_CARDS = """() => [...document.querySelectorAll('[class*="st-key-card_"] *')]
    .filter(e => e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
                 && getComputedStyle(e).textOverflow === 'ellipsis')
    .map(e => e.textContent)"""


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize(("width", "height"), [PHONE, DESKTOP])
def test_overview_cards_cut_no_words(server, new_page, lang, width, height):
    page = new_page(width, height)
    open_app(page, server, "", f"lang={lang}")
    card = page.locator(".st-key-card_commune_units_cut")
    card.locator('[data-testid="stMetricValue"]').wait_for()
    assert t("card_no_pair", lang) in card.inner_text()  # the commune units: nothing earlier of its kind
    assert page.evaluate(_CUT_IN_CARDS) == []
