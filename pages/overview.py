"""Overview: the headline figures, each with its period, change and source sentence; their change drawn."""

import streamlit as st

from ui import app_state, app_views
from ui.app_data import load_dataset
from ui.app_widgets import chart_block, citation_html, md_text
from ui.formatting import change_arrow, format_change, format_number, is_missing
from ui.i18n import t
from ui.labels import (
    card_value_text,
    figure_notes,
    indicator_name,
    mixed_status_note,
    period_text,
    source_line,
    value_text,
)
from ui.locators import locator_text

HEADLINES = ["pci_rank", "pgi_rank", "grdp_growth", "income_per_capita", "commune_units_cut"]
# What fits on one line of a card (380 px, or a phone's width) beside the change's arrow; st.metric cuts a
# longer "so với …" off with an ellipsis ("so với giai đoạn 201…"), so it goes on a line of its own. So does
# a long description with no change beside it ("No earlier figure of the same kind of period to compar…").
ONE_LINE = 44

app_state.require_frame()
lang = app_state.current_language()
# The cards read the record and the documents together: of a period the most final statement stands
# (selection.one_per_period), and the latest year is preferred to a multi-year average ending with it
# (selection._latest_and_previous). A curated card cites its page and where in it (source line, locator).
data = load_dataset(lang, reference=True)

st.title(t("app_title", lang))
st.caption(t("app_tagline", lang) + " " + t("overview_intro", lang))

cards = app_views.cards(data, tuple(HEADLINES))
grid = st.container(horizontal=True, gap="medium", key="headline_cards")
for indicator_id in HEADLINES:
    card = cards.get(indicator_id)
    name = md_text(indicator_name(data.indicators, indicator_id, lang))
    with grid, st.container(border=True, width=380, key=f"card_{indicator_id}"):
        # The name above the metric wraps; a metric label would be cut to one line.
        st.markdown(f"**{name}**")
        if card is None:
            st.metric(name, "–", label_visibility="collapsed")
            st.caption(t("card_missing", lang))
            continue
        # md_text: st.metric reads markdown, and the bound is the document's word ("hơn", "gần").
        value = md_text(card_value_text(card, lang))
        delta = description = None
        if card["prev"] is None:
            description = t("card_no_pair", lang)
        elif card["change"] is not None:
            delta = format_change(card["change"], card["unit"], lang, decimals=card["latest"].get("decimals"))
            if card["rel_change"] is not None:
                delta += f" ({format_change(card['rel_change'], card['unit'], lang, relative=True)})"
            prev_period = period_text(
                card["prev"]["period_kind"],
                card["prev"]["period_start"],
                card["prev"]["period_end"],
                card["prev"]["period_label"],
                lang,
            )
            description = t("vs_period", lang, period=prev_period)
            if card["prev_basis"] == "derived":
                description += f" ({t('derived_mark', lang)})"
            # an estimate against a final figure: the change may be partly the estimate's
            latest_period = period_text(
                card["period_kind"], card["period_start"], card["period_end"], card["period_label"], lang
            )
            caveat = mixed_status_note(card["prev"], card["latest"], prev_period, latest_period, lang)
            if caveat:
                description += f" ({caveat})"
        improved = card["improved"]
        below = None
        if description and len(delta or "") + len(description) > ONE_LINE:
            below, description = description, None
        st.metric(
            name,
            value,
            delta=delta,
            delta_color="gray" if improved is None else ("green" if improved else "red"),
            delta_arrow=change_arrow(card["change"], card["unit"]),
            delta_description=description,
            label_visibility="collapsed",
        )
        if below:
            st.caption(md_text(below))
        period = period_text(
            card["period_kind"], card["period_start"], card["period_end"], card["period_label"], lang
        )
        what = figure_notes(card["latest"], lang, data.indicators)
        period = period.capitalize() if lang == "vi" else period
        st.caption(md_text(" · ".join([period, *what])))
        if card["target"] is not None:
            target = value_text(card["target"], lang)
            pct = card["percent_of_plan"]
            plan = (
                t("plan_was", lang, target=target)
                if pct is None
                else t("plan_reached", lang, pct=format_number(pct, lang, decimals=1) + "%", target=target)
            )
            st.caption(md_text(plan[:1].upper() + plan[1:]))
        st.caption(md_text(source_line(data.sources, card["source_ids"], lang, title_max=None)))
        if not is_missing(card["latest"].get("quote")):
            st.caption(f"“{md_text(card['quote'])}”")
        elif not is_missing(card["latest"].get("locator")):
            where = locator_text(card["latest"]["locator"], lang)
            st.caption(md_text(f"{t('cite_locator', lang)}: {where}"))
        if card["latest"]["basis"] == "curated":  # stands on its citation: title, link, date read, where
            cited = data.sources.loc[data.sources["source_id"] == card["source_id"]].to_dict("records")
            with st.expander(t("card_citation", lang)):
                st.html(citation_html(cited[0] if cited else {}, lang, locator=card["latest"]["locator"]))
        if card["conflict"]:
            st.caption(md_text(t("conflict_flag", lang)))

# After the cards: sent before them, the chart was drawn 0.3 s sooner but the cards 1.3 s later, while
# the browser was busy loading plotly.
fig = app_views.headline_figure(data, tuple(HEADLINES), lang)
if fig is not None:
    chart_block(fig, key="overview", stem="overview", period=fig.layout.meta["period"], lang=lang)
