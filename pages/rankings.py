"""Rankings: PCI, PGI and digital-transformation ranks as positions among all provinces (1 at the top)."""

import streamlit as st

from ui import app_state, app_views
from ui.app_data import load_dataset, version_of
from ui.app_widgets import chart_block, figures_dataframe, page_zip_buttons, table_downloads
from ui.downloads import filters_note
from ui.i18n import t

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang, reference=True)

totals = app_views.ranking_rows(data)["out_of"].dropna()
st.title(t("page_rankings", lang))
st.caption(t("rankings_intro", lang, total=int(totals.max()) if not totals.empty else 63))
zip_slot = st.container()

view = app_views.ranking_figures(data, lang)
if view.figures.empty:
    st.info(t("no_figures_page", lang))
else:
    fig = app_views.rankings_figure(data, lang)
    chart_block(fig, key="rankings", stem="rankings", period=None, lang=lang)
    with zip_slot:
        page_zip_buttons({"rankings": fig}, stem="rankings", lang=lang)
    st.subheader(t("table_heading", lang))
    note = filters_note({t("filter_category", lang): [t("page_rankings", lang)]}, lang)
    table_downloads(
        view.table, note=note, stem="rankings_figures", lang=lang, dataset_version=version_of(data)
    )
    figures_dataframe(view.screen, lang, key="rankings_table")
