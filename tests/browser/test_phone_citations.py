"""The citation tables of the Sources page at phone width: the labels leave the values room to be read."""

from __future__ import annotations

import pytest

from tests.browser.test_dashboard import assert_no_exception, open_app

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Per two-column citation table: its width and its label column's.
_LABEL_COLUMNS = """() => [...document.querySelectorAll('table')]
    .filter(t => t.querySelector('tr > th + td'))
    .map(t => ({table: t.getBoundingClientRect().width,
                label: Math.max(...[...t.querySelectorAll('tr > th')].map(th => th.getBoundingClientRect().width))}))
"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_phone_citation_labels_leave_the_values_room(server, new_page, lang):
    page = new_page(390, 844)
    open_app(page, server, "sources", f"lang={lang}")
    assert_no_exception(page)
    # (under load the citations can still be laying out when the script's run has ended)
    page.wait_for_selector("table tr > th + td")
    page.wait_for_timeout(300)
    tables = page.evaluate(_LABEL_COLUMNS)
    assert tables, "no citation table on the Sources page"
    for table in tables:
        assert table["label"] <= 0.45 * table["table"], table  # a long label squeezed the values to a sliver
