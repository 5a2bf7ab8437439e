"""Rankings: PCI, PGI and digital-transformation ranks as positions among all provinces (1 at the top)."""

import streamlit as st

from ui import app_state
from ui.app_data import load_dataset, version_of
from ui.app_widgets import chart_block, figures_dataframe, page_zip_buttons, table_downloads
from ui.charts import rankings_chart
from ui.downloads import figures_table, filters_note
from ui.i18n import t
from ui.selection import rankings

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang)

rows = rankings(data.figures, data.indicators)
totals = rows["out_of"].dropna()
st.title(t("page_rankings", lang))
st.caption(t("rankings_intro", lang, total=int(totals.max()) if not totals.empty else 63))
zip_slot = st.container()

if rows.empty:
    st.info(t("no_figures", lang))
else:
    fig = rankings_chart(data.figures, data.indicators, data.sources, lang)
    chart_block(fig, key="rankings", stem="rankings", period=None, lang=lang)
    with zip_slot:
        page_zip_buttons({"rankings": fig}, stem="rankings", lang=lang)
    shown = data.figures.loc[data.figures["figure_id"].isin(rows["figure_id"])].reset_index(drop=True)
    table = figures_table(shown, data.indicators, data.sources, lang)
    st.subheader(t("table_heading", lang))
    note = filters_note({t("filter_category", lang): [t("page_rankings", lang)]}, lang)
    table_downloads(table, note=note, stem="rankings_figures", lang=lang, dataset_version=version_of(data))
    figures_dataframe(shown, table, lang, key="rankings_table")
