"""Compare periods: two periods side by side, with absolute and relative change and derived values marked."""

import streamlit as st

from ui import app_state, app_views
from ui.app_data import load_dataset, version_of
from ui.app_widgets import chart_block, page_zip_buttons, stacking_table_html, table_downloads
from ui.downloads import filters_note
from ui.i18n import t
from ui.labels import indicator_name

app_state.require_frame()
lang = app_state.current_language()
# With the reference history: a curated figure is marked "số liệu tham chiếu" (labels.figure_notes).
data = load_dataset(lang, reference=True)

st.title(t("page_compare", lang))
st.caption(t("compare_intro", lang))
zip_slot = st.container()

# Only indicators with at least two periods can be compared.
comparable = app_views.comparable_indicators(data)
chosen_ids = app_state.multiselect(
    "cind",
    t("filter_indicator", lang),
    comparable,
    comparable[:2],
    lambda i: indicator_name(data.indicators, i, lang),
    placeholder=t("choose_placeholder", lang),
)
periods = app_views.periods_of_indicators(data, tuple(chosen_ids))

if len(periods) < 2:
    st.info(t("compare_need_two", lang))
else:
    st.caption(t("compare_same_kind_only", lang))
    # The first period is any; the second only one comparable with it (pairing.pair_problem): the same
    # kind of period, the same status class. Defaults: the latest period that has a partner, and the
    # latest partner before it.
    ids = tuple(chosen_ids)
    spoken = app_views.period_names(data, lang)

    def period_name(label: str) -> str:
        return spoken.get(label, label)

    with_partner = [p for p in periods if app_views.comparable_periods_of(data, ids, p)]
    default_b = with_partner[-1] if with_partner else periods[-1]
    partners_of_b = app_views.comparable_periods_of(data, ids, default_b)
    earlier = [p for p in partners_of_b if periods.index(p) < periods.index(default_b)]
    default_a = earlier[-1] if earlier else (partners_of_b[0] if partners_of_b else periods[-2])

    left, right = st.columns(2)
    with left:
        period_a = app_state.selectbox("a", t("period_a", lang), periods, default_a, period_name)
    partners = app_views.comparable_periods_of(data, ids, period_a)
    period_b = None
    with right:
        if partners:
            default = default_b if default_b in partners else partners[-1]
            period_b = app_state.selectbox("b", t("period_b", lang), partners, default, period_name)
        else:
            st.info(t("compare_no_partner", lang, period=period_a))

    view = None if period_b is None else app_views.comparison(data, ids, period_a, period_b, lang)
    if view is not None and view.rows.empty:
        st.info(t("no_figures", lang))
    elif view is not None:
        fig = app_views.comparison_figure(data, ids, period_a, period_b, lang)
        stem = "compare_" + "_".join(chosen_ids) if len(chosen_ids) <= 3 else "compare"
        chart_block(fig, key="compare", stem=stem, period=f"{period_a}_vs_{period_b}", lang=lang)
        with zip_slot:
            page_zip_buttons({f"{stem}_{period_a}_vs_{period_b}": fig}, stem="compare", lang=lang)

        # Not st.dataframe: its fixed-width columns ran off a phone's screen (2 of 5 shown).
        st.html(stacking_table_html(view.screen))
        # (an indicator chosen with no figure in either period is said to be missing, not dropped unseen)
        missing = [i for i in chosen_ids if i not in set(view.rows["indicator_id"])]
        if missing:
            st.caption(
                t(
                    "compare_missing",
                    lang,
                    names=", ".join(indicator_name(data.indicators, i, lang) for i in missing),
                    a=period_name(period_a),
                    b=period_name(period_b),
                )
            )
        if view.footnotes:
            st.markdown(f"**{t('footnotes', lang)}**")
            for footnote in view.footnotes:
                st.caption(footnote)

        names = [indicator_name(data.indicators, i, lang) for i in chosen_ids]
        note = filters_note(
            {
                t("filter_indicator", lang): names,
                t("filter_period", lang): [period_name(period_a), period_name(period_b)],
            },
            lang,
        )
        table_downloads(
            view.table, note=note, stem="compare_figures", lang=lang, dataset_version=version_of(data)
        )
