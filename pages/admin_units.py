"""Administrative units: reductions by level, and the 2019–2021 commune mergers against the 2030 plan."""

import streamlit as st

from ui import app_state
from ui.app_data import load_dataset, version_of
from ui.app_widgets import chart_block, figures_dataframe, page_zip_buttons, table_downloads
from ui.charts import admin_units_chart
from ui.downloads import figures_table, filters_note
from ui.i18n import t
from ui.selection import admin_reductions

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang)

st.title(t("page_admin_units", lang))
st.caption(t("admin_intro", lang))
zip_slot = st.container()

rows = admin_reductions(data.figures, data.indicators)
if rows.empty:
    st.info(t("no_figures", lang))
else:
    fig = admin_units_chart(data.figures, data.indicators, data.sources, lang)
    chart_block(fig, key="admin_units", stem="admin_units", period=None, lang=lang)
    with zip_slot:
        page_zip_buttons({"admin_units": fig}, stem="admin_units", lang=lang)
    shown = data.figures.loc[data.figures["figure_id"].isin(rows["figure_id"])].reset_index(drop=True)
    table = figures_table(shown, data.indicators, data.sources, lang)
    st.subheader(t("table_heading", lang))
    note = filters_note({t("filter_category", lang): [t("page_admin_units", lang)]}, lang)
    table_downloads(table, note=note, stem="admin_units_figures", lang=lang, dataset_version=version_of(data))
    figures_dataframe(shown, table, lang, key="admin_table")
