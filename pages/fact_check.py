"""Fact check: every figure read from a document beside the record (the curated reference history)."""

import streamlit as st

from ui import app_state, app_style, paging
from ui.app_data import load_dataset, version_of
from ui.app_fact_check import fact_check_view
from ui.app_widgets import stacking_table_html, table_downloads
from ui.downloads import filters_note
from ui.fact_check import VERDICTS
from ui.formatting import format_number
from ui.i18n import t

# A phone's card of one figure: the indicator heads it; the finding says the verdict with the record's
# value and status, so those three columns are left to the wide table.
PHONE_COLUMNS = (
    *("indicator", "period", "finding", "document_value", "document_source", "quote"),
    *("record_source", "record_link"),
)

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang, reference=True)

st.title(t("page_fact_check", lang))
st.caption(t("fc_intro", lang))

view = fact_check_view(data, lang)
with st.container(horizontal=True, key="fact_check_counts"):
    for verdict in VERDICTS:
        st.metric(t(f"fc_{verdict}", lang), format_number(view.counts[verdict], lang))

if view.screen.empty:
    st.info(t("fc_none", lang))
else:
    labels = {v: t(f"fc_{v}", lang) for v in VERDICTS}
    # Through app_state, as every filter: kept in the link, and told its labels again on a language switch.
    offered = [v for v in VERDICTS if view.counts[v]]
    chosen = app_state.multiselect(
        "verdict",
        t("fc_filter", lang),
        offered,
        offered,
        labels.__getitem__,
        placeholder=t("filter_all", lang),
    )
    shown = view.screen.loc[view.checks["verdict"].isin(chosen)]
    st.caption(t("rows_shown", lang, rows=len(shown)))
    table_downloads(
        shown,
        note=filters_note({t("fc_filter", lang): [labels[v] for v in chosen]}, lang),
        stem="fact_check",
        lang=lang,
        dataset_version=version_of(data),
    )
    # Plain cells in a dataframe: quotes, titles and publishers are shown as text, never as markup.
    columns = {
        "verdict": t("fcol_verdict", lang),
        "indicator": t("tcol_indicator", lang),
        "period": t("tcol_period", lang),
        "document_value": t("fcol_document_value", lang),
        "record_value": t("fcol_record_value", lang),
        "finding": t("fcol_finding", lang),
        "document_source": t("fcol_document_source", lang),
        "quote": t("tcol_quote", lang),
        "record_status": t("fcol_record_status", lang),
        "record_source": t("fcol_record_source", lang),
        "record_link": t("fcol_record_link", lang),
    }
    config = {c: st.column_config.Column(label) for c, label in columns.items()}
    config["record_link"] = st.column_config.LinkColumn(columns["record_link"], validate=r"^https?://")
    # Eleven columns of fixed width scrolled sideways on a phone: there each row is a card of what a reader
    # checks by (the finding says the verdict, the record's value and status), a page at a time; a wider
    # screen keeps the grid. Both are sent, the page's style shows one (ui.app_style).
    with st.container(key=f"{app_style.WIDE_ONLY}fact_check"):
        st.dataframe(
            shown.fillna({"record_link": ""}),  # no record, no link: an empty cell, not a grey "None"
            width="stretch",
            hide_index=True,
            column_order=list(columns),
            column_config=config,
            key="fact_check_table",
        )
    with st.container(key=f"{app_style.PHONE_ONLY}fact_check"):
        start, stop = paging.pager(
            f"fact_check_page_{'_'.join(chosen)}", len(shown), paging.FIGURES_PER_PAGE, lang, "pager_figures"
        )
        cards = shown.iloc[start:stop][list(PHONE_COLUMNS)].rename(columns=columns)
        st.html(stacking_table_html(cards, links=[columns["record_link"]]))
