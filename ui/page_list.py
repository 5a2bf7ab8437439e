"""The dashboard's pages, in menu order: the router builds its navigation from this, and the tests and the
benchmark take their list of pages from it, so a new page is named once."""

from __future__ import annotations

from typing import NamedTuple


class PageEntry(NamedTuple):
    path: str  # the script, relative to the project root
    title_key: str  # ui.i18n key of its menu title
    icon: str
    url: str  # URL path; equal to the file stem (see app_state.require_frame)


PAGES = (
    PageEntry("pages/overview.py", "page_overview", ":material/dashboard:", "overview"),
    PageEntry("pages/indicators.py", "page_indicators", ":material/monitoring:", "indicators"),
    PageEntry("pages/compare.py", "page_compare", ":material/compare_arrows:", "compare"),
    PageEntry("pages/admin_units.py", "page_admin_units", ":material/account_tree:", "admin_units"),
    PageEntry("pages/rankings.py", "page_rankings", ":material/leaderboard:", "rankings"),
    PageEntry("pages/sources.py", "page_sources", ":material/menu_book:", "sources"),
    PageEntry("pages/fact_check.py", "page_fact_check", ":material/fact_check:", "fact_check"),
    PageEntry("pages/data.py", "page_data", ":material/table:", "data"),
    PageEntry("pages/add_documents.py", "page_add", ":material/upload_file:", "add_documents"),
)
# The pages every visitor sees the dataset through (Add documents is for editors).
READING_PAGES = tuple(p.path for p in PAGES if p.url != "add_documents")
