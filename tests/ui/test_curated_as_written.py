"""'Nguyên văn / As written' quotes a document: a curated figure of the reference history quotes none, so
its cell never shows the curator's CSV cell ("61.2", an English decimal on a Vietnamese page)."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from etl.publish import write_dataset
from tests.sample_dataset import record_tables
from tests.ui.test_pages import DASHBOARD, TIMEOUT, assert_clean, navigation_v2, open_page  # noqa: F401
from ui.downloads import figures_table, human_columns, to_csv
from ui.i18n import t

NOT_A_QUOTE = "—"


def _tables() -> dict[str, pd.DataFrame]:
    """The record dataset with each curated value_text as the reference CSV holds it (a decimal point)."""
    tables = record_tables()
    figures = tables["figures"].copy()
    curated = figures["basis"].eq("curated")
    figures.loc[curated, "value_text"] = figures.loc[curated, "value"].map(lambda v: f"{v:.2f}")
    return {**tables, "figures": figures}


@pytest.fixture(scope="module")
def record_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("as-written") / "processed"
    return write_dataset(_tables(), out, {"source": "tests/ui/test_curated_as_written.py"})


@pytest.mark.parametrize("page", ["pages/data.py", "pages/indicators.py"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_curated_figure_is_not_shown_as_written(record_dir, monkeypatch, page, lang):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(record_dir))
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), page, lang=lang)
    assert_clean(at)
    shown = at.dataframe[0].value
    curated = shown["basis"].eq(t("basis_curated", lang))
    assert curated.any() and (~curated).any()
    assert shown.loc[curated, "value_text"].eq(NOT_A_QUOTE).all(), shown.loc[curated, "value_text"]
    if lang == "vi":  # the value itself is in the Value column, in the page's language: 61,2
        assert not shown.loc[curated, "value"].str.contains(r"\d\.\d", regex=True).any()
    # A document's figure keeps the words it was written with.
    assert shown.loc[~curated, "value_text"].str.strip().ne(NOT_A_QUOTE).all()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_download_leaves_a_curated_figures_as_written_empty(lang):
    tables = _tables()
    table = figures_table(tables["figures"], tables["indicators"], tables["sources"], lang)
    back = pd.read_csv(io.BytesIO(to_csv(human_columns(table, lang))), dtype=str, keep_default_na=False)
    written = back[t("dcol_value_text", lang)]
    curated = back[t("dcol_basis", lang)].eq(t("basis_curated", lang))
    assert curated.any()
    assert written[curated].eq("").all(), written[curated]
    assert written[~curated].ne("").all()
