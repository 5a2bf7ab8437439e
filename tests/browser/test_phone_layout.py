"""What a phone user hit (issue 13), measured in real Chromium: every column of the Compare table on
screen, multiselect tags not cut, the file uploader without Streamlit's English words."""

from __future__ import annotations

import pytest

from tests.browser.test_dashboard import assert_no_exception, open_app
from tests.playwright_browser import wait_idle

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
