"""Bounded output: long lists are shown a page at a time (issue 15: a document with 20,000 figures must
not turn a page into tens of thousands of elements)."""

from __future__ import annotations

import streamlit as st

from ui.formatting import format_number
from ui.i18n import t

FIGURES_PER_PAGE = 50
DOCUMENTS_PER_PAGE = 10


def pager(key: str, total: int, size: int, lang: str, caption_key: str) -> tuple[int, int]:
    """(start, stop) of the rows to show; a page number input and a caption when there is more than one
    page. The key should name the filters, so a new filter starts again at page 1."""
    pages = max(1, -(-total // size))
    page = 1
    if pages > 1:
        page = int(
            st.number_input(t("pager_label", lang), min_value=1, max_value=pages, value=1, step=1, key=key)
        )
    start, stop = (page - 1) * size, min(total, page * size)
    if pages > 1:
        st.caption(
            t(
                caption_key,
                lang,
                start=format_number(start + 1, lang),
                end=format_number(stop, lang),
                total=format_number(total, lang),
            )
        )
    return start, stop
