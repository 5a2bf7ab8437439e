"""Lạng Sơn statistics dashboard (`streamlit run dashboard.py`): the router and the frame of every page."""

from __future__ import annotations

import streamlit as st

from ui import app_state
from ui.app_data import load_dataset
from ui.formatting import format_number
from ui.i18n import t
from ui.page_list import PAGES

st.set_page_config(
    page_title="Lạng Sơn",
    page_icon="📊",  # an emoji: a Material icon would be fetched from Google by every visitor
    layout="wide",
    initial_sidebar_state="auto",
)

app_state.begin_run()
lang = app_state.language_switch()

page = st.navigation(
    [
        st.Page(path, title=t(title, lang), icon=icon, url_path=url, default=(url == "overview"))
        for path, title, icon, url in PAGES
    ]
)

app_state.enter_page(page.url_path)
dataset = load_dataset(lang)
with st.sidebar:
    st.caption(f"**{t('status_title', lang)}**")
    st.caption(
        t(
            "status_counts",
            lang,
            figures=format_number(len(dataset.figures), lang),
            indicators=format_number(dataset.figures["indicator_id"].nunique(), lang),
        )
        + "  \n"
        + t("status_documents", lang, documents=format_number(len(dataset.sources), lang))
    )

app_state.run_page(page)
app_state.finish_run(lang)
