"""Data: the filtered figures table, downloadable as CSV (UTF-8 with BOM, or for Vietnamese Excel), XLSX,
Parquet, a data package (ZIP: CSV, datapackage.json, README.md) and SDMX-CSV."""

import streamlit as st

from ui import app_state, app_views
from ui.app_data import load_dataset, version_of
from ui.app_filters import figure_filters
from ui.app_widgets import figures_dataframe, table_downloads
from ui.i18n import t

app_state.require_frame()
lang = app_state.current_language()
# With the reference history: a curated figure is marked "số liệu tham chiếu" (labels.figure_notes).
data = load_dataset(lang, reference=True)

st.title(t("page_data", lang))
st.caption(t("data_intro", lang))

chosen = figure_filters(data, lang, default_indicators=None, with_periods=False)
view = app_views.selected_figures(
    data, tuple(chosen.indicator_ids or chosen.offered_ids), None, chosen.include_derived, lang
)
st.caption(t("rows_shown", lang, rows=len(view.table)))
table_downloads(
    view.table,
    note=chosen.note(data, lang),
    stem="langson_figures",
    lang=lang,
    dataset_version=version_of(data),
    catalog=(data.indicators, data.sources),
)
figures_dataframe(view.screen, lang, key="data_table")
