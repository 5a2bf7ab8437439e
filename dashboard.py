"""Lạng Sơn statistics dashboard (`streamlit run dashboard.py`): the router and the frame of every page."""

from __future__ import annotations

import streamlit as st

from ui import app_state
from ui.app_data import load_dataset
from ui.formatting import format_number
from ui.i18n import t

st.set_page_config(
    page_title="Lạng Sơn",
    page_icon="📊",  # an emoji: a Material icon would be fetched from Google by every visitor
    layout="wide",
    initial_sidebar_state="auto",
)

app_state.begin_run()
lang = app_state.language_switch()

PAGES = (
    ("pages/overview.py", "page_overview", ":material/dashboard:", "overview"),
    ("pages/indicators.py", "page_indicators", ":material/monitoring:", "indicators"),
    ("pages/compare.py", "page_compare", ":material/compare_arrows:", "compare"),
    ("pages/admin_units.py", "page_admin_units", ":material/account_tree:", "admin_units"),
    ("pages/rankings.py", "page_rankings", ":material/leaderboard:", "rankings"),
    ("pages/sources.py", "page_sources", ":material/menu_book:", "sources"),
    ("pages/data.py", "page_data", ":material/table:", "data"),
    ("pages/add_documents.py", "page_add", ":material/upload_file:", "add_documents"),
)
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
