"""Sources: each figure with its sentence highlighted in its document; conflicts; document metadata."""

import html

import pandas as pd
import streamlit as st

from etl.ingest import read_audit_log
from ui import app_state
from ui.app_data import audit_log_path, load_dataset
from ui.app_widgets import document_html, document_meta_html, md_text, quote_html
from ui.formatting import format_value
from ui.i18n import t
from ui.labels import derivation_note, figure_period_text, indicator_name, source_line, source_name
from ui.selection import figures_for

ALL = "all"

app_state.require_frame()
lang = app_state.current_language()
data = load_dataset(lang)
texts = dict(zip(data.documents["source_id"], data.documents["text"], strict=True))
sources = {row["source_id"]: row for row in data.sources.to_dict("records")}

st.title(t("page_sources", lang))
st.caption(t("sources_intro", lang))

left, right = st.columns([3, 2], vertical_alignment="bottom")
with left:
    chosen_source = app_state.selectbox(
        "src",
        t("filter_source", lang),
        [ALL, *sources],
        ALL,
        lambda s: t("filter_all", lang) if s == ALL else html.unescape(source_name(sources[s], lang)),
    )
with right:
    only_conflicts = app_state.toggle("conf", t("filter_only_conflicts", lang), False)

shown = figures_for(data.figures, indicators=data.indicators)
if chosen_source != ALL:
    shown = shown.loc[shown["source_id"] == chosen_source]
if only_conflicts:
    shown = shown.loc[shown["conflict"]]

conflicts = data.conflicts
if chosen_source != ALL:
    conflicts = conflicts.loc[conflicts["source_ids"].str.split("\n").map(lambda ids: chosen_source in ids)]
if not conflicts.empty:
    lines = [
        f"- **{md_text(indicator_name(data.indicators, c['indicator_id'], lang))}**, "
        f"{md_text(c['period_label'])}: {md_text(c['values'])}"
        for c in conflicts.to_dict("records")
    ]
    st.warning(f"**{t('conflicts_heading', lang)}**\n\n" + "\n".join(lines), icon="⚠️")

if shown.empty:
    st.info(t("no_figures", lang))
for row in shown.to_dict("records"):
    with st.container(border=True, key=f"figure_{row['figure_id']}"):
        value = format_value(
            row["value"],
            row["unit"],
            lang,
            rank_of=None if pd.isna(row["rank_of"]) else int(row["rank_of"]),
            approximate=bool(row["approximate"]),
        )
        basis = t("basis_derived", lang) if row["basis"] == "derived" else t("basis_reported", lang)
        st.markdown(
            f"**{md_text(indicator_name(data.indicators, row['indicator_id'], lang))}**: "
            f"{md_text(value)} · {md_text(figure_period_text(row, lang))} · {basis}"
        )
        st.html(
            quote_html(
                texts.get(row["source_id"]),
                row["char_start"],
                row["char_end"],
                row["mention_start"],
                row["mention_end"],
                quote=row["quote"],
            )
        )
        notes = [source_line(data.sources, [row["source_id"]], lang)]
        if row["period_inferred"]:
            notes.append(t("figure_period_inferred", lang))
        st.caption(md_text(" · ".join(notes)))
        if row["basis"] == "derived":
            st.caption(md_text(derivation_note(row, data.indicators, lang)))
        if row["conflict"]:
            st.caption(md_text(t("conflict_flag", lang)))

st.header(t("documents_heading", lang))
for source_id, source in sources.items():
    if chosen_source not in (ALL, source_id):
        continue
    st.subheader(md_text(source["title"]))
    st.html(document_meta_html(source, lang))
    mentions = data.figures.loc[data.figures["source_id"] == source_id, ["mention_start", "mention_end"]]
    with st.expander(t("show_document", lang)):
        st.html(document_html(texts.get(source_id, ""), list(mentions.itertuples(index=False, name=None))))

st.header(t("audit_heading", lang))
audit = read_audit_log(audit_log_path())
if audit.empty:
    st.caption(t("audit_none", lang))
else:
    # Plain cells in a dataframe: titles and names from editors are shown as text, never as markup.
    st.dataframe(
        audit.assign(
            action=audit["action"].map(lambda a: t(f"audit_{a}", lang) if a in ("add", "remove") else a)
        ),
        hide_index=True,
        width="stretch",
    )
