"""Sources: each figure with its sentence highlighted in its document; conflicts; document metadata."""

import html

import streamlit as st

from ui import app_state, app_views, paging, search
from ui.app_data import audit_log_path, load_dataset
from ui.app_widgets import md_text
from ui.editing import read_audit_log
from ui.formatting import format_number
from ui.i18n import t
from ui.labels import source_name

ALL = "all"

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang, reference=True)
sources = dict(zip(data.sources["source_id"], data.sources.to_dict("records"), strict=True))

st.title(t("page_sources", lang))
st.caption(t("sources_intro", lang))

left, right = st.columns([3, 2], vertical_alignment="bottom")
with left:
    chosen_source = app_state.selectbox(
        "src",
        t("filter_source", lang),
        [ALL, *sources],
        ALL,
        lambda s: t("filter_all", lang) if s == ALL else html.unescape(source_name(sources[s], lang, None)),
    )
with right:
    only_conflicts = app_state.toggle("conf", t("filter_only_conflicts", lang), False)
source_id = None if chosen_source == ALL else chosen_source
query = st.text_input(
    t("sources_search", lang),
    key="sources_search",
    max_chars=search.MAX_QUERY_CHARS,
    placeholder=t("sources_search_placeholder", lang),
    help=t("sources_search_help", lang),
).strip()
found = app_views.sources_found(data, query)

conflicts = app_views.conflict_lines(data, source_id, lang, query)
if conflicts:
    st.warning(f"**{t('conflicts_heading', lang)}**\n\n" + "\n".join(conflicts), icon="⚠️")

# A page at a time: one document may hold tens of thousands of figures (issue 15).
total = app_views.source_figure_count(data, source_id, only_conflicts, query)
start, stop = paging.pager(
    f"fig_page_{chosen_source}_{only_conflicts}_{query}",
    total,
    paging.FIGURES_PER_PAGE,
    lang,
    "pager_figures",
)
blocks = app_views.source_figures(data, source_id, only_conflicts, lang, start, stop, query)
if query:
    st.caption(t("sources_search_found", lang, figures=format_number(total, lang), query=md_text(query)))
if not blocks:
    st.info(t("no_figures", lang))
for block in blocks:
    with st.container(border=True, key=f"figure_{block.figure_id}"):
        st.markdown(block.heading)
        st.html(block.quote)
        for note in block.notes:
            st.caption(note)

st.header(t("documents_heading", lang))
shown_documents = [
    d for d in app_views.documents(data, lang) if source_id in (None, d.source_id) and d.source_id in found
]
if query and not shown_documents:
    st.caption(t("sources_search_no_documents", lang))
first, last = paging.pager(
    f"doc_page_{chosen_source}", len(shown_documents), paging.DOCUMENTS_PER_PAGE, lang, "pager_documents"
)
for document in shown_documents[first:last]:
    st.subheader(document.title)
    st.html(document.meta)
    with st.expander(t("show_document", lang)):
        if document.total_chars > app_views.DOCUMENT_CHARS_SHOWN:
            st.caption(
                t(
                    "document_cut",
                    lang,
                    shown=format_number(app_views.DOCUMENT_CHARS_SHOWN, lang),
                    total=format_number(document.total_chars, lang),
                )
            )
        st.html(document.text)
    if document.review_total:
        with st.expander(t("review_heading", lang, n=document.review_total)):
            if document.review_total > len(document.review):
                st.caption(t("review_shown", lang, shown=len(document.review), n=document.review_total))
            st.dataframe(
                document.review, hide_index=True, width="stretch", key=f"review_{document.source_id}"
            )

st.header(t("reference_heading", lang))
st.caption(t("reference_intro", lang))
for reference in app_views.reference_sources(data, lang):
    if source_id not in (None, reference.source_id) or reference.source_id not in found:
        continue
    with st.expander(reference.title):
        st.html(reference.meta)

st.header(t("audit_heading", lang))
audit = read_audit_log(audit_log_path())
if audit.empty:
    st.caption(t("audit_none", lang))
else:
    # Plain cells in a dataframe: titles and names from editors are shown as text, never as markup.
    statuses = ("done", "pending", "rolled back", "failed")
    shown = audit.assign(
        action=audit["action"].map(lambda a: t(f"audit_{a}", lang) if a in ("add", "remove") else a),
        status=audit["status"].map(lambda s: t(f"audit_status_{s}", lang) if s in statuses else s),
    )
    labels = {
        "time": t("audit_col_time", lang),
        "editor": t("audit_col_editor", lang),
        "action": t("audit_col_action", lang),
        "status": t("audit_col_status", lang),
        "title": t("audit_col_title", lang),
        "added": t("status_new", lang),
        "same": t("status_same", lang),
        "conflicts": t("status_conflict", lang),
    }
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_order=[c for c in labels if c in shown.columns],  # no internal ids or hashes
        column_config={c: st.column_config.Column(label) for c, label in labels.items()},
    )
