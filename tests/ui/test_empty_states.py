"""What a page says when a choice leaves nothing to show: never silence, never a wrong reason."""

from __future__ import annotations

import pytest

from tests.ui.test_pages import app, assert_clean, navigation_v2, open_page, sample_dir, texts  # noqa: F401
from ui.app_widgets import md_text
from ui.i18n import t


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_indicator_with_nothing_in_the_chosen_period_is_named(app, lang):  # noqa: F811
    # The sample has PCI for 2022 and GRDP growth only for 2015–2020 and 2021–2022.
    at = open_page(app, "pages/indicators.py", lang=lang, ind=["pci_rank", "grdp_growth"], per=["2022"])
    assert_clean(at)
    assert len(at.get("plotly_chart")) == 1
    growth = md_text("Tốc độ tăng trưởng kinh tế (GRDP)" if lang == "vi" else "GRDP growth rate")
    assert t("indicators_missing", lang, names=growth) in texts(at.info)
