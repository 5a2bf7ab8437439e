"""The overview's cards, as AppTest renders them: a change's arrow, sign and colour say the same thing
(for a rank, up the table is up, "+" and green), and where in a cited page reads in the page's language."""

from __future__ import annotations

import pytest
from streamlit.proto.Metric_pb2 import Metric as MetricProto
from streamlit.testing.v1 import AppTest

from tests.ui.test_like_with_like import mixed_dir  # noqa: F401  (the dataset with a rank that fell)
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page, texts  # noqa: F401
from ui.formatting import MINUS
from ui.i18n import t

UP, DOWN = MetricProto.MetricDirection.UP, MetricProto.MetricDirection.DOWN
GREEN, RED = MetricProto.MetricColor.GREEN, MetricProto.MetricColor.RED


@pytest.fixture
def overview(mixed_dir, monkeypatch):  # noqa: F811
    monkeypatch.setenv("LANGSON_DATA_DIR", str(mixed_dir))

    def render(lang: str) -> AppTest:
        at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), "pages/overview.py", lang=lang)
        assert_clean(at)
        return at

    return render


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_rank_that_fell_is_down_minus_and_red(overview, lang):
    at = overview(lang)
    # The mixed dataset's PCI: 15th in 2022, 30th in 2023 (curated), 15 places down the table.
    pci = next(m for m in at.metric if m.value == "30/63")
    assert pci.delta == (f"{MINUS}15 bậc" if lang == "vi" else f"{MINUS}15 places")
    assert (pci.proto.direction, pci.proto.color) == (DOWN, RED)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_change_has_its_arrow_where_its_sign_points(overview, lang):
    at = overview(lang)
    changes = [m for m in at.metric if m.delta]
    assert len(changes) >= 3
    for metric in changes:
        sign = metric.delta[0]
        assert sign in ("+", MINUS), metric.delta
        assert metric.proto.direction == (UP if sign == "+" else DOWN), metric.delta


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_curated_card_says_where_in_its_source(overview, lang):
    captions = texts(overview(lang).main.caption)
    assert f"{t('cite_locator', lang)}: Báo cáo PCI 2023, tr. 12" in captions


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_card_with_nothing_to_compare_says_so_on_a_line_of_its_own(overview, lang):
    """In the metric, "No earlier figure of the same kind of period to compare with" was cut to one line
    with an ellipsis on a phone; a caption wraps (tests/browser/test_phone_layout.py measures it)."""
    at = overview(lang)
    assert t("card_no_pair", lang) in texts(at.main.caption)
    assert t("card_no_pair", lang) not in [m.proto.delta_description for m in at.metric]
