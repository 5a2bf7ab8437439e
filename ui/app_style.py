"""The dashboard's few CSS rules, sent once per run by the frame (dashboard.py).

Theme colours live in .streamlit/config.toml; these rules only fix what a phone user hit and what the
widgets' API cannot say: a table that stacks into cards on a narrow screen, a block shown only on a phone
or only on a wider screen (the server does not know the screen's width), multiselect tags that wrap onto
more lines instead of being cut or scrolled sideways in a one-line box, and the file uploader's built-in
English words.
"""

from __future__ import annotations

import streamlit as st

from ui.i18n import t

PHONE_MAX_PX = 640  # below this width a stacking table shows one card per row
STACKING_TABLE_CLASS = "ls-stack"
# Keys of containers (Streamlit gives each the class "st-key-<key>") shown only up to PHONE_MAX_PX, or only
# above it: a page names one of each, e.g. f"{PHONE_ONLY}fact_check".
PHONE_ONLY, WIDE_ONLY = "phone_only_", "wide_only_"


def _css_string(text: str) -> str:
    """A CSS string literal: backslashes, quotes and line breaks escaped, and "<" too, so the text can
    never close the <style> element it sits in."""
    escaped = "".join(f"\\{ord(ch):x} " if ch in '\\"<>\n\r' else ch for ch in text)
    return f'"{escaped}"'


def stylesheet(lang: str) -> str:
    """The page's CSS, the uploader's button in the page's language."""
    table = f".{STACKING_TABLE_CLASS}"
    return f"""
{table} {{ width: 100%; border-collapse: collapse; font-size: 0.9rem; margin: 0.25rem 0 1rem; }}
{table} th, {table} td {{ text-align: left; vertical-align: top; padding: 0.4rem 0.6rem;
  border-bottom: 1px solid rgba(49, 51, 63, 0.15); overflow-wrap: anywhere; }}
{table} th {{ font-weight: 600; background: #f2f5f8; }}
@media (max-width: {PHONE_MAX_PX}px) {{
  {table} thead {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }}
  {table}, {table} tbody, {table} tr, {table} td {{ display: block; width: 100%; box-sizing: border-box; }}
  {table} tr {{ border: 1px solid rgba(49, 51, 63, 0.2); border-radius: 0.5rem; margin-bottom: 0.6rem; }}
  {table} td {{ border-bottom: none; padding: 0.3rem 0.6rem; }}
  {table} td::before {{ content: attr(data-label); display: block; font-weight: 600; font-size: 0.8rem;
    color: #4a5563; }}
  {table} td:first-child {{ font-weight: 600; background: #f2f5f8; border-radius: 0.5rem 0.5rem 0 0; }}
  {table} td:first-child::before {{ display: none; }}
  {table} td:empty {{ display: none; }}
  [class*="st-key-{WIDE_ONLY}"] {{ display: none; }}
}}
@media (min-width: {PHONE_MAX_PX + 1}px) {{
  [class*="st-key-{PHONE_ONLY}"] {{ display: none; }}
}}
[data-testid="stMultiSelectTagsContainer"] {{ flex-wrap: wrap; overflow: visible; height: auto; }}
.stMultiSelect div[role="group"]:has(> [data-testid="stMultiSelectTagsContainer"]) {{ height: auto;
  max-height: none; }}
[data-testid="stMultiSelectTagsContainer"] [data-tag] {{ max-width: 100%; height: auto; }}
[data-testid="stMultiSelectTagsContainer"] [data-tag] > span[title] {{ white-space: normal;
  overflow: visible; text-overflow: clip; overflow-wrap: anywhere; }}
[data-testid="stFileUploaderDropzoneInstructions"] {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] {{ display: none; }}
[data-testid="stFileUploaderDropzone"] button > div::after {{
  content: {_css_string(t("upload_button", lang))}; margin-left: 0.5rem; }}
"""


def apply(lang: str) -> None:
    """Send the stylesheet (a style-only st.html takes no room on the page)."""
    st.html(f"<style>{stylesheet(lang)}</style>")
