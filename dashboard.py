"""Lạng Sơn statistics dashboard (`streamlit run dashboard.py`): the router and the frame of every page."""

from __future__ import annotations

import streamlit as st

from ui import app_state, app_style
from ui.app_data import load_dataset
from ui.formatting import format_number
from ui.i18n import t
from ui.page_list import PAGES
from ui.web_guard import install

DEFAULT = PAGES[0].url  # "overview"
install()  # no git information for visitors (ui/web_guard.py)

st.set_page_config(
    page_title="Lạng Sơn",
    page_icon="📊",  # an emoji: a Material icon would be fetched from Google by every visitor
    layout="wide",
    initial_sidebar_state="auto",
)

app_state.begin_run()
lang = app_state.language_switch()
app_style.apply(lang)

# The default page is served at "/"; a hidden twin answers "/overview" (a default page's own url_path is
# not matched by URL), then hands over to "/" so the menu shows where the visitor is.
pages = [
    st.Page(path, title=t(key, lang), icon=icon, url_path=url, default=False)
    if url != DEFAULT
    else st.Page(path, title=t(key, lang), icon=icon, url_path="", default=True)
    for path, key, icon, url in PAGES
]
overview_alias = st.Page(
    PAGES[0].path, title=t(PAGES[0].title_key, lang), url_path=DEFAULT, visibility="hidden"
)
page = st.navigation([*pages, overview_alias])
if page is overview_alias:
    st.switch_page(pages[0])

app_state.enter_page(page.url_path, lang)
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
    # The counts above are the documents'; the reference history drawn as the charts' line is counted apart.
    curated = int((load_dataset(lang, reference=True).figures["basis"] == "curated").sum())
    if curated:
        st.caption(t("status_reference", lang, figures=format_number(curated, lang)))

app_state.run_page(page)
app_state.finish_run(lang)
