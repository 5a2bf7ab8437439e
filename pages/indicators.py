"""Indicators: pick categories, indicators and periods; one chart per indicator; the figures table."""

import streamlit as st

from ui import app_state
from ui.app_data import load_dataset, version_of
from ui.app_widgets import chart_block, figures_dataframe, page_zip_buttons, table_downloads
from ui.charts import indicator_chart
from ui.downloads import figures_table, filters_note
from ui.i18n import t
from ui.labels import category_name, indicator_name
from ui.selection import figures_for, periods_of

DEFAULT_INDICATORS = ["grdp_growth", "income_per_capita"]

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang)
catalog = data.indicators.sort_values("sort_order")

st.title(t("page_indicators", lang))
st.caption(t("indicators_intro", lang))
zip_slot = st.container()

with_figures = catalog.loc[catalog["indicator_id"].isin(data.figures["indicator_id"]), "indicator_id"]
categories = list(dict.fromkeys(catalog.loc[catalog["indicator_id"].isin(with_figures), "category"]))
top_left, top_right = st.columns([1, 2])
with top_left:
    chosen_categories = app_state.multiselect(
        "cat",
        t("filter_category", lang),
        categories,
        [],
        lambda c: category_name(data.indicators, c, lang),
        placeholder=t("filter_all", lang),
    )
in_categories = catalog.loc[
    catalog["indicator_id"].isin(with_figures)
    & (catalog["category"].isin(chosen_categories) if chosen_categories else True),
    "indicator_id",
].tolist()
with top_right:
    chosen_ids = app_state.multiselect(
        "ind",
        t("filter_indicator", lang),
        in_categories,
        [i for i in DEFAULT_INDICATORS if i in in_categories] or in_categories[:1],
        lambda i: indicator_name(data.indicators, i, lang),
    )
periods = list(dict.fromkeys(p for i in chosen_ids for p in periods_of(data.figures, i)))
bottom_left, bottom_right = st.columns([1, 2], vertical_alignment="bottom")
with bottom_left:
    chosen_periods = app_state.multiselect(
        "per",
        t("filter_period", lang),
        periods,
        [],
        str,
        placeholder=t("filter_all", lang),
    )
with bottom_right:
    include_derived = app_state.toggle("derived", t("filter_include_derived", lang), True)

shown = figures_for(
    data.figures,
    indicator_ids=chosen_ids,
    indicators=data.indicators,
    periods=chosen_periods or None,
    include_derived=include_derived,
)
if not chosen_ids:
    st.info(t("pick_indicator", lang))
elif shown.empty:
    st.info(t("no_figures", lang))
else:
    figs = {}
    for indicator_id in chosen_ids:
        rows = shown.loc[shown["indicator_id"] == indicator_id]
        if rows.empty:
            continue
        fig = indicator_chart(rows, data.indicators, data.sources, indicator_id, lang)
        labels = list(dict.fromkeys(rows["period_label"]))
        span = labels[0] if len(labels) == 1 else f"{labels[0]}-{labels[-1]}"
        chart_block(fig, key=f"ind_{indicator_id}", stem=indicator_id, period=span, lang=lang)
        figs[f"{indicator_id}_{span}"] = fig
    with zip_slot:
        page_zip_buttons(figs, stem="indicators", lang=lang)

    st.subheader(t("table_heading", lang))
    table = figures_table(shown, data.indicators, data.sources, lang)
    note = filters_note(
        {
            t("filter_category", lang): [category_name(data.indicators, c, lang) for c in chosen_categories],
            t("filter_indicator", lang): chosen_ids,
            t("filter_period", lang): chosen_periods,
        },
        lang,
    )
    table_downloads(table, note=note, stem="indicators_figures", lang=lang, dataset_version=version_of(data))
    figures_dataframe(shown, table, lang, key="indicators_table")
