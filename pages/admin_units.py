"""Administrative units: reductions by level, and the 2019–2021 commune mergers against the 2030 plan."""

import streamlit as st

from ui import app_state, app_views
from ui.app_data import load_dataset, version_of
from ui.app_widgets import chart_block, figures_dataframe, page_zip_buttons, table_downloads
from ui.downloads import filters_note
from ui.i18n import t

app_state.require_frame()
lang = app_state.current_language()
# With the reference history: a curated figure is marked "số liệu tham chiếu" (labels.figure_notes).
data = load_dataset(lang, reference=True)

st.title(t("page_admin_units", lang))
st.caption(t("admin_intro", lang))
zip_slot = st.container()

view = app_views.admin_units_figures(data, lang)
if view.figures.empty:
    st.info(t("no_figures_page", lang))
else:
    fig = app_views.admin_units_figure(data, lang)
    chart_block(fig, key="admin_units", stem="admin_units", period=None, lang=lang)
    with zip_slot:
        page_zip_buttons({"admin_units": fig}, stem="admin_units", lang=lang)
    st.subheader(t("table_heading", lang))
    note = filters_note({t("filter_category", lang): [t("page_admin_units", lang)]}, lang)
    table_downloads(
        view.table, note=note, stem="admin_units_figures", lang=lang, dataset_version=version_of(data)
    )
    figures_dataframe(view.screen, lang, key="admin_table")
