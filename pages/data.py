"""Data: the filtered figures table, downloadable as CSV (UTF-8 with BOM), XLSX and Parquet."""

import streamlit as st

from ui import app_state
from ui.app_data import load_dataset, version_of
from ui.app_widgets import figures_dataframe, table_downloads
from ui.downloads import figures_table, filters_note
from ui.i18n import t
from ui.labels import category_name, indicator_name
from ui.selection import figures_for

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang)
catalog = data.indicators.sort_values("sort_order")

st.title(t("page_data", lang))
st.caption(t("data_intro", lang))

with_figures = catalog.loc[catalog["indicator_id"].isin(data.figures["indicator_id"])]
left, right = st.columns(2)
with left:
    chosen_categories = app_state.multiselect(
        "cat",
        t("filter_category", lang),
        list(dict.fromkeys(with_figures["category"])),
        [],
        lambda c: category_name(data.indicators, c, lang),
        placeholder=t("filter_all", lang),
    )
in_categories = with_figures.loc[
    with_figures["category"].isin(chosen_categories) if chosen_categories else with_figures.index,
    "indicator_id",
].tolist()
with right:
    chosen_ids = app_state.multiselect(
        "ind",
        t("filter_indicator", lang),
        in_categories,
        [],
        lambda i: indicator_name(data.indicators, i, lang),
        placeholder=t("filter_all", lang),
    )
include_derived = app_state.toggle("derived", t("filter_include_derived", lang), True)

shown = figures_for(
    data.figures,
    indicator_ids=chosen_ids or in_categories,
    indicators=data.indicators,
    include_derived=include_derived,
)
table = figures_table(shown, data.indicators, data.sources, lang)
st.caption(t("rows_shown", lang, rows=len(table)))
filters = {
    t("filter_category", lang): [category_name(data.indicators, c, lang) for c in chosen_categories],
    t("filter_indicator", lang): chosen_ids,
}
if not include_derived:
    filters[t("filter_include_derived", lang)] = [t("no", lang)]
table_downloads(
    table,
    note=filters_note(filters, lang),
    stem="langson_figures",
    lang=lang,
    dataset_version=version_of(data),
)
figures_dataframe(shown, table, lang, key="data_table")
