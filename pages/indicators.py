"""Indicators: pick categories, indicators and periods; one chart per indicator; the figures table."""

import streamlit as st

from ui import app_state, app_views
from ui.app_data import load_dataset, version_of
from ui.app_filters import figure_filters
from ui.app_widgets import chart_block, figures_dataframe, md_text, page_zip_buttons, table_downloads
from ui.i18n import t
from ui.labels import indicator_name

DEFAULT_INDICATORS = ["grdp_growth", "income_per_capita"]

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang, reference=True)

st.title(t("page_indicators", lang))
st.caption(t("indicators_intro", lang))
zip_slot = st.container()

chosen = figure_filters(data, lang, default_indicators=DEFAULT_INDICATORS, with_periods=True)
periods = tuple(chosen.periods) or None
view = app_views.selected_figures(data, tuple(chosen.indicator_ids), periods, chosen.include_derived, lang)
if not chosen.indicator_ids:
    st.info(t("pick_indicator", lang))
elif view.figures.empty:
    st.info(t("no_figures", lang))
else:
    figs, missing = {}, []
    for indicator_id in chosen.indicator_ids:
        labels = list(
            dict.fromkeys(view.figures.loc[view.figures["indicator_id"] == indicator_id, "period_label"])
        )
        if not labels:  # said, not dropped in silence: the reader chose it
            missing.append(md_text(indicator_name(data.indicators, indicator_id, lang)))
            continue
        fig = app_views.indicator_figure(data, indicator_id, periods, chosen.include_derived, lang)
        span = labels[0] if len(labels) == 1 else f"{labels[0]}-{labels[-1]}"
        chart_block(fig, key=f"ind_{indicator_id}", stem=indicator_id, period=span, lang=lang)
        figs[f"{indicator_id}_{span}"] = fig
    if missing:
        st.info(t("indicators_missing", lang, names="; ".join(missing)))
    with zip_slot:
        page_zip_buttons(figs, stem="indicators", lang=lang)

    st.subheader(t("table_heading", lang))
    table_downloads(
        view.table,
        note=chosen.note(data, lang),
        stem="indicators_figures",
        lang=lang,
        dataset_version=version_of(data),
    )
    figures_dataframe(view.screen, lang, key="indicators_table")
