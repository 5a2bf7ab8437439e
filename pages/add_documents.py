"""Add documents: editors upload or paste a document, preview its figures, confirm, and the data updates.

Reading and extraction are the ETL's own (etl.ingest); this page only gathers input, shows the preview
and asks for confirmation. Changing data needs a signed-in editor (ui.auth); viewing does not.
"""

import os
from pathlib import Path

import pandas as pd
import streamlit as st

from etl.manifest import UPLOAD_PREFIX, load_manifest
from etl.readers import SUPPORTED_SUFFIXES, DocumentError
from etl.worker import WorkerError
from ui import app_auth, app_state, auth
from ui.app_data import audit_log_path, data_dir, load_dataset, raw_dir
from ui.app_views import review_table
from ui.app_widgets import md_text, quote_html
from ui.auth import load_editors
from ui.editing import (
    MAX_UPLOAD_BYTES,
    IngestError,
    NewDocument,
    add_document,
    preview_document,
    remove_document,
)
from ui.formatting import format_value
from ui.i18n import t
from ui.labels import indicator_name, period_text

EDITOR_KEY = "_langson_editor"  # a signed token, set only after a checked sign-in; no widget key
PENDING_KEY = "_langson_pending"
FLASH_KEY = "_langson_flash"  # messages that must survive the rerun after a change
SIGNIN_REFUSED_KEY = "_langson_signin_refused"  # why the last sign-in was refused, shown after its rerun
SIGNIN_ATTEMPTS_KEY = "_langson_signin_attempts"
PREVIEW_ROWS = 1_000  # rows of the preview table shown
PREVIEW_QUOTES = 50  # sentences shown under it

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang)

st.title(t("page_add", lang))
st.caption(t("add_intro", lang))

try:
    secrets = st.secrets
except Exception:  # no secrets file: the environment may still configure editors
    secrets = None
editors = load_editors(secrets, os.environ)
if not editors:
    st.info(t("add_disabled", lang), icon="🔒")
    st.stop()


def _signed_in_editor() -> str | None:
    """The editor this session's signed token proves (ui.auth), checked again before every change."""
    return app_auth.editor(st.session_state.get(EDITOR_KEY), editors)


editor = _signed_in_editor()
if editor is None:  # no token, a token from another browser or session, expired, or editor removed
    st.session_state.pop(EDITOR_KEY, None)
    st.subheader(t("signin_title", lang))
    if (refused := st.session_state.pop(SIGNIN_REFUSED_KEY, None)) is not None:
        st.error(refused)
    # A refused attempt keeps the name and empties the password: a fresh field (its key counts the attempts)
    # after a rerun, so that neither a typed password stays on the page nor the name must be typed again.
    attempts = st.session_state.get(SIGNIN_ATTEMPTS_KEY, 0)
    with st.form("signin", clear_on_submit=False):
        # A sign-in, not a new account: "username" and "current-password" let a password manager fill them
        # (Streamlit's default for a password field is "new-password", which offers to make one up).
        name = st.text_input(
            t("signin_name", lang), max_chars=100, key="signin_name", autocomplete="username"
        )
        password = st.text_input(
            t("signin_password", lang),
            type="password",
            max_chars=200,
            key=f"signin_password_{attempts}",
            autocomplete="current-password",
        )
        submitted = st.form_submit_button(t("signin_submit", lang))
    if submitted:
        attempt = auth.GUARD.attempt(editors, name, password, app_auth.client())
        st.session_state.pop(f"signin_password_{attempts}", None)
        if attempt.ok:
            st.session_state.pop("signin_name", None)
            st.session_state[EDITOR_KEY] = app_auth.sign_in(name)
            st.rerun()
        st.session_state[SIGNIN_ATTEMPTS_KEY] = attempts + 1
        st.session_state[SIGNIN_REFUSED_KEY] = (
            t("signin_wait", lang, seconds=int(attempt.wait) + 1)
            if not attempt.checked
            else t("signin_failed", lang)
        )
        st.rerun()
    st.stop()

for kind, message in st.session_state.pop(FLASH_KEY, []):
    (st.success if kind == "success" else st.error)(message)

top_left, top_right = st.columns([4, 1])
top_left.markdown(t("signed_in_as", lang, name=md_text(editor)))
if top_right.button(t("sign_out", lang)):
    app_auth.sign_out()
    st.session_state.pop(EDITOR_KEY, None)
    st.session_state.pop(PENDING_KEY, None)
    st.rerun()


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


upload_tab, paste_tab = st.tabs([t("add_tab_upload", lang), t("add_tab_paste", lang)])
with upload_tab:
    files = st.file_uploader(
        t("add_files", lang, mb=MAX_UPLOAD_BYTES // 10**6),
        type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES],
        accept_multiple_files=True,
        key="add_upload",
    )
with paste_tab:
    pasted = st.text_area(t("add_text", lang), height=200, key="add_paste")
st.caption(t("add_meta_hint", lang))
c1, c2 = st.columns(2)
meta_title = c1.text_input(t("add_meta_title", lang), key="add_title", max_chars=200).strip()
meta_publisher = c2.text_input(t("add_meta_publisher", lang), key="add_publisher", max_chars=200).strip()
meta_date = c1.text_input(t("add_meta_date", lang), key="add_date", max_chars=10).strip()
meta_link = c2.text_input(t("add_meta_link", lang), key="add_link", max_chars=500).strip()

if st.button(t("add_preview", lang), type="primary"):
    documents = []
    for f in files or []:
        one = len(files) == 1
        documents.append(
            NewDocument(
                data=f.getvalue(),
                suffix=_suffix(f.name),
                original_name=f.name,
                title=meta_title if one and meta_title else None,
                publisher=meta_publisher if one and meta_publisher else None,
                published=meta_date if one and meta_date else None,
                link=meta_link if one and meta_link else None,
            )
        )
    if pasted.strip():
        if not meta_title:
            st.error(t("add_paste_needs_title", lang))
        else:
            documents.append(
                NewDocument(
                    data=pasted.encode("utf-8"),
                    suffix=".txt",
                    original_name=meta_title,
                    title=meta_title,
                    publisher=meta_publisher or None,
                    published=meta_date or None,
                    link=meta_link or None,
                )
            )
    if not documents and not pasted.strip():
        st.warning(t("add_nothing", lang))
    pending = []
    for doc in documents:
        try:
            # In a worker process with CPU and memory limits: never in this server's request threads.
            pending.append((doc, preview_document(doc, raw_dir(), data, editor, isolated=True)))
        except (IngestError, DocumentError, WorkerError) as exc:
            st.error(t("add_unreadable", lang, name=md_text(doc.original_name), reason=md_text(str(exc))))
    st.session_state[PENDING_KEY] = pending


def _preview_table(figures: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for row in figures.to_dict("records"):
        flags = [t("flag_approximate", lang)] if row["approximate"] else []
        flags += [t("flag_derived", lang)] if row["basis"] == "derived" else []
        flags += [t("flag_period_inferred", lang)] if row["period_inferred"] else []
        rows.append(
            {
                t("tcol_indicator", lang): indicator_name(data.indicators, row["indicator_id"], lang),
                t("tcol_value", lang): format_value(row["value"], row["unit"], lang, rank_of=row["rank_of"]),
                t("tcol_period", lang): period_text(
                    row["period_kind"], row["period_start"], row["period_end"], row["period_label"], lang
                ),
                t("tcol_figure_status", lang): t(f"status_{row['status']}", lang),
                t("tcol_status", lang): t(f"status_{row['change']}", lang),
                t("tcol_existing", lang): row["existing"],
                t("tcol_flags", lang): ", ".join(flags),
            }
        )
    return pd.DataFrame(rows)


def _why_nothing(held: pd.DataFrame) -> str:
    """Why a preview found no figure to publish: the reasons its numbers were held back, counted."""
    if held.empty:
        return t("add_no_numbers", lang)
    counts = held["reason"].value_counts()
    reasons = ", ".join(f"{t(f'review_reason_{r}', lang)} ({n})" for r, n in counts.items())
    return t("add_held_why", lang, n=len(held), reasons=reasons)


pending = st.session_state.get(PENDING_KEY) or []
addable = []
for _doc, preview in pending:
    with st.container(border=True):
        st.subheader(t("add_preview_of", lang, title=md_text(preview.source.title)))
        if preview.duplicate_of:
            st.warning(t("add_duplicate", lang, source=md_text(preview.duplicate_of)))
        if preview.figures.empty:
            st.info(t("add_no_figures", lang) + " " + _why_nothing(preview.held))
            if not preview.held.empty:
                st.dataframe(
                    review_table(preview.held.head(PREVIEW_ROWS), lang), hide_index=True, width="stretch"
                )
            # Storing a document that adds no figure is a choice to make, not the default.
            if not preview.duplicate_of and st.checkbox(
                t("add_store_empty", lang),
                key=f"add_empty_{preview.source.source_id}",
                help=t("add_store_empty_help", lang),
            ):
                addable.append((_doc, preview))
            continue
        if not preview.duplicate_of:
            addable.append((_doc, preview))
        st.caption(t("add_found", lang, n=len(preview.figures)))
        # Bounded output (issue 15): a paste with 100,000 figures must not send 100,000 blocks.
        if len(preview.figures) > PREVIEW_QUOTES:
            st.caption(
                t(
                    "preview_rows_cut",
                    lang,
                    shown=min(len(preview.figures), PREVIEW_ROWS),
                    total=len(preview.figures),
                    quotes=PREVIEW_QUOTES,
                )
            )
        st.dataframe(_preview_table(preview.figures.head(PREVIEW_ROWS)), hide_index=True, width="stretch")
        for row in preview.figures.head(PREVIEW_QUOTES).to_dict("records"):
            st.html(
                quote_html(
                    preview.text,
                    row["char_start"],
                    row["char_end"],
                    row["mention_start"],
                    row["mention_end"],
                    quote=row["quote"],
                )
            )

if pending and not addable and not all(preview.duplicate_of for _doc, preview in pending):
    st.caption(t("add_nothing_to_confirm", lang))
if addable and st.button(t("add_confirm", lang, n=len(addable)), type="primary"):
    if _signed_in_editor() != editor:  # the token is checked again for the change itself
        st.session_state.pop(PENDING_KEY, None)
        st.rerun()
    flash = []
    for doc, preview in addable:
        title = md_text(preview.source.title)
        try:
            add_document(doc, raw_dir(), data_dir(), editor, audit_log_path(), data, isolated=True)
            flash.append(("success", t("add_done", lang, title=title)))
        except (IngestError, DocumentError, WorkerError) as exc:
            flash.append(("error", t("add_failed", lang, title=title, reason=md_text(str(exc)))))
    st.session_state[FLASH_KEY] = flash
    st.session_state.pop(PENDING_KEY, None)
    st.rerun()

st.header(t("uploaded_heading", lang))
uploaded = [e for e in load_manifest(raw_dir()).values() if str(e["id"]).startswith(UPLOAD_PREFIX)]
if not uploaded:
    st.caption(t("uploaded_none", lang))
for entry in uploaded:
    with st.expander(md_text(entry["title"])):
        st.caption(md_text(f"{entry['id']} · {entry.get('added_by') or ''}"))
        sure = st.checkbox(t("remove_confirm", lang), key=f"rm_sure_{entry['id']}")
        if st.button(t("remove", lang), key=f"rm_{entry['id']}", disabled=not sure):
            if _signed_in_editor() != editor:
                st.rerun()
            try:
                remove_document(entry["id"], raw_dir(), data_dir(), editor, audit_log_path(), isolated=True)
                st.session_state[FLASH_KEY] = [("success", t("removed", lang, title=md_text(entry["title"])))]
                st.rerun()
            except (IngestError, WorkerError) as exc:
                st.error(md_text(str(exc)))
