"""Compare periods: two periods side by side, with absolute and relative change and derived values marked."""

import pandas as pd
import streamlit as st

from ui import app_state
from ui.app_data import load_dataset, version_of
from ui.app_widgets import chart_block, md_text, page_zip_buttons, table_downloads
from ui.charts import comparison_chart
from ui.downloads import figures_table, filters_note
from ui.formatting import format_change, format_value
from ui.i18n import t
from ui.labels import derivation_note, indicator_name
from ui.selection import compare_periods

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang)
figures, catalog = data.figures, data.indicators.sort_values("sort_order")

st.title(t("page_compare", lang))
st.caption(t("compare_intro", lang))
zip_slot = st.container()

# Only indicators with at least two periods can be compared.
period_counts = figures.groupby("indicator_id")["period_label"].nunique()
comparable = [i for i in catalog["indicator_id"] if period_counts.get(i, 0) >= 2]
chosen_ids = app_state.multiselect(
    "cind",
    t("filter_indicator", lang),
    comparable,
    comparable[:2],
    lambda i: indicator_name(data.indicators, i, lang),
)
ordered = figures.loc[figures["indicator_id"].isin(chosen_ids)].sort_values(["period_end", "period_start"])
periods = list(dict.fromkeys(ordered["period_label"]))

if len(periods) < 2:
    st.info(t("compare_need_two", lang))
else:
    left, right = st.columns(2)
    with left:
        period_a = app_state.selectbox("a", t("period_a", lang), periods, periods[-2], str)
    with right:
        period_b = app_state.selectbox("b", t("period_b", lang), periods, periods[-1], str)

    comparison = compare_periods(figures, chosen_ids, period_a, period_b)
    if comparison.empty:
        st.info(t("no_figures", lang))
    else:
        fig = comparison_chart(comparison, data.indicators, data.sources, lang, period_a, period_b)
        stem = "compare_" + "_".join(chosen_ids) if len(chosen_ids) <= 3 else "compare"
        chart_block(fig, key="compare", stem=stem, period=f"{period_a}_vs_{period_b}", lang=lang)
        with zip_slot:
            page_zip_buttons({f"{stem}_{period_a}_vs_{period_b}": fig}, stem="compare", lang=lang)

        def value_text(value: float, unit: str, rank_of) -> str:
            if pd.isna(value):
                return "–"
            return format_value(value, unit, lang, rank_of=None if pd.isna(rank_of) else int(rank_of))

        rows = comparison.to_dict("records")
        shown = pd.DataFrame(
            {
                t("col_indicator", lang): [
                    indicator_name(data.indicators, r["indicator_id"], lang) for r in rows
                ],
                t("col_value_a", lang, period=period_a): [
                    value_text(r["value_a"], r["unit"], r["rank_of_a"]) for r in rows
                ],
                t("col_value_b", lang, period=period_b): [
                    value_text(r["value_b"], r["unit"], r["rank_of_b"]) for r in rows
                ],
                t("col_abs_change", lang): [format_change(r["abs_change"], r["unit"], lang) for r in rows],
                t("col_rel_change", lang): [
                    "–"
                    if pd.isna(r["rel_change"])
                    else format_change(r["rel_change"], r["unit"], lang, relative=True)
                    for r in rows
                ],
            }
        )
        st.dataframe(shown, width="stretch", hide_index=True, key="compare_table")

        derived_ids = [
            r[f"figure_id_{side}"] for r in rows for side in ("a", "b") if r[f"basis_{side}"] == "derived"
        ]
        derived = figures.loc[figures["figure_id"].isin(derived_ids)]
        if not derived.empty:
            st.markdown(f"**{t('footnotes', lang)}**")
            for n, row in enumerate(derived.to_dict("records"), start=1):
                st.caption(f"{n}\\. " + md_text(derivation_note(row, data.indicators, lang)))

        used_ids = [i for r in rows for i in (r["figure_id_a"], r["figure_id_b"]) if i]
        used = figures.loc[figures["figure_id"].isin(used_ids)].reset_index(drop=True)
        note = filters_note(
            {t("filter_indicator", lang): chosen_ids, t("filter_period", lang): [period_a, period_b]}, lang
        )
        table_downloads(
            figures_table(used, data.indicators, data.sources, lang),
            note=note,
            stem="compare_figures",
            lang=lang,
            dataset_version=version_of(data),
        )
