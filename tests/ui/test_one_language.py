"""One language at a time: Streamlit's own English words replaced where its API allows, no internal ids."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.sample_dataset import write_mixed_dataset
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page  # noqa: F401
from ui.i18n import t
from ui.page_list import READING_PAGES

IDS = ("grdp_growth", "income_per_capita", "budget_revenue", "doc_a", "doc_b", "doc_c", "vcci_pci_2023")


@pytest.fixture(scope="module")
def mixed_dir(tmp_path_factory):
    return write_mixed_dataset(tmp_path_factory.mktemp("mixed") / "processed")


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("page", list(READING_PAGES))
def test_widgets_speak_the_page_language_and_show_no_ids(mixed_dir, monkeypatch, page, lang):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(mixed_dir))
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), page, lang=lang)
    assert_clean(at)
    for box in at.multiselect:
        # our placeholder, never Streamlit's "Choose options"; no untranslatable "Select all"
        assert box.proto.placeholder in (t("choose_placeholder", lang), t("filter_all", lang))
        assert box.proto.select_all == 0
    shown = [e.value for e in (*at.markdown, *at.caption, *at.info, *at.warning)]
    shown += [str(e.proto.body) for e in at.metric] + [e.label for e in at.expander]
    shown += [json.loads(c.proto.spec)["layout"]["title"]["text"] for c in at.get("plotly_chart")]
    for frame in at.dataframe:
        visible = frame.value[list(frame.proto.column_order or frame.value.columns)]  # what is shown
        # st.dataframe writes a missing cell as a grey "None": the English word for "nothing"
        assert not visible.isna().any().any(), (page, visible.columns[visible.isna().any()].tolist())
        shown += [" ".join(map(str, visible.columns))]
        shown += [" ".join(map(str, visible.to_numpy().ravel()))]
    text = " ".join(shown)
    for internal in IDS:
        assert internal not in text.replace("\\_", "_"), (page, internal)
    assert " None " not in f" {text} "
