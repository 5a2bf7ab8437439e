"""What the pages draw, computed once per dataset and selection and shared by every session.

A rerun (any click on the page) and every other visitor asking for the same view get the same
objects back instead of rebuilding charts and tables on each run. The key is the dataset's
fingerprint (app_data.dataset_key) plus the selection and the language, so a rebuilt dataset is a
new key and the old entries age out. st.cache_resource hands out the object itself, not a copy:
nothing may modify what these functions return (st.plotly_chart and the exports only read a
figure; pages derive new tables with .loc and .assign).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from etl.dataset import Dataset
from etl.reference import KIND as REFERENCE_KIND
from ui import (  # app_widgets.md_text etc. looked up per call: tests swap escapers
    app_widgets,
    charts,
    charts_of,
    search,
)
from ui.app_data import dataset_key
from ui.app_fact_check import by_figure as fact_check_by_figure
from ui.curator_words import title_text
from ui.downloads import figures_table
from ui.fact_check import source_words, value_words, verdict_text
from ui.formatting import format_change, is_missing
from ui.i18n import t
from ui.labels import (
    derivation_note,
    figure_notes,
    figure_period_text,
    indicator_name,
    mixed_status_note,
    period_ticks,
    source_line,
    source_parts,
    value_text,
)
from ui.locators import locator_text
from ui.selection import (
    admin_reductions,
    comparable_periods,
    compare_periods,
    figures_for,
    has_comparable_pair,
    headline_cards,
    rankings,
    then_and_now,
)

_FIGURES_KEPT = 128  # a chart holds some 80 kB of plotly objects: 10 MB at most
_TABLES_KEPT = 64
# Bounded output (issue 15): a page draws at most this much, whatever one document holds.
DOCUMENT_CHARS_SHOWN = 100_000  # of each document's text on the Sources page
CONFLICT_LINES_SHOWN = 50


def _shared(max_entries: int):
    return st.cache_resource(max_entries=max_entries, show_spinner=False, hash_funcs={Dataset: dataset_key})


@dataclass(frozen=True)
class FiguresView:
    """Chosen figures three ways: as published, as the download table, and as shown on screen."""

    figures: pd.DataFrame
    table: pd.DataFrame  # downloads.figures_table of `figures`
    screen: pd.DataFrame  # `table` with values and periods in words


NOT_A_QUOTE = "—"  # "As written" of a curated figure: it quotes no document


def screen_table(figures: pd.DataFrame, table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The download table with each value and period written out in the language, for st.dataframe; a
    curated figure's "As written" is a dash (its value is in the Value column, its basis says curated)."""
    records = figures.to_dict("records")
    curated = figures["basis"].eq("curated").to_numpy()
    return table.assign(
        value=[value_text(row, lang) for row in records],
        value_text=table["value_text"].mask(curated, NOT_A_QUOTE),
        period=[figure_period_text(row, lang) for row in records],
        derivation=table["derivation"].fillna(""),
        quote=table["quote"].fillna(table["locator"].map(lambda x: locator_text(x, lang) or None)).fillna(""),
    )


def _view(data: Dataset, figures: pd.DataFrame, lang: str) -> FiguresView:
    figures = figures.reset_index(drop=True)
    table = figures_table(figures, data.indicators, data.sources, lang)
    return FiguresView(figures, table, screen_table(figures, table, lang))


# --- Overview --------------------------------------------------------------------------------------


@_shared(_TABLES_KEPT)
def cards(data: Dataset, indicator_ids: tuple[str, ...]) -> dict[str, dict]:
    """headline_cards by indicator id (an indicator without a reported figure has none)."""
    return {c["indicator_id"]: c for c in headline_cards(data.figures, data.indicators, list(indicator_ids))}


@_shared(_FIGURES_KEPT)
def headline_figure(data: Dataset, indicator_ids: tuple[str, ...], lang: str) -> go.Figure | None:
    """charts.headline_chart; None when no headline indicator has a period before its latest."""
    if then_and_now(data.figures, indicator_ids).empty:
        return None
    return charts_of.headline_chart(data.figures, data.indicators, data.sources, indicator_ids, lang)


# --- Indicators and data ---------------------------------------------------------------------------


@_shared(_TABLES_KEPT)
def selected_figures(
    data: Dataset,
    indicator_ids: tuple[str, ...],
    periods: tuple[str, ...] | None,
    include_derived: bool,
    lang: str,
) -> FiguresView:
    """The figures of these indicators (in these periods, with or without derived ones)."""
    figures = figures_for(
        data.figures,
        indicator_ids=indicator_ids,
        indicators=data.indicators,
        periods=periods,
        include_derived=include_derived,
    )
    return _view(data, figures, lang)


@_shared(_FIGURES_KEPT)
def indicator_figure(
    data: Dataset, indicator_id: str, periods: tuple[str, ...] | None, include_derived: bool, lang: str
) -> go.Figure:
    """charts.indicator_chart of one indicator's figures in these periods."""
    rows = figures_for(
        data.figures,
        indicator_ids=[indicator_id],
        indicators=data.indicators,
        periods=periods,
        include_derived=include_derived,
    )
    return charts_of.indicator_chart(rows, data.indicators, data.sources, indicator_id, lang)


# --- Compare ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ComparisonView:
    """Indicators in two periods: the comparison, the change table as shown, footnotes, the download."""

    rows: pd.DataFrame  # selection.compare_periods
    screen: pd.DataFrame  # one row per indicator: both values, the change, in words
    footnotes: list[str]  # markdown, one per derived value
    table: pd.DataFrame  # downloads.figures_table of the figures compared


@_shared(_TABLES_KEPT)
def comparable_indicators(data: Dataset) -> list[str]:
    """Indicators with at least two comparable figures (pairing.pair_problem), in catalog order."""
    counts = data.figures.groupby("indicator_id")["period_label"].nunique()
    candidates = [
        i for i in data.indicators.sort_values("sort_order")["indicator_id"] if counts.get(i, 0) >= 2
    ]
    return [i for i in candidates if has_comparable_pair(data.figures, i)]


@_shared(_TABLES_KEPT)
def periods_of_indicators(data: Dataset, indicator_ids: tuple[str, ...]) -> list[str]:
    """The period labels of these indicators' figures, oldest first."""
    chosen = data.figures.loc[data.figures["indicator_id"].isin(indicator_ids)]
    return list(dict.fromkeys(chosen.sort_values(["period_end", "period_start"])["period_label"]))


def _comparison_screen(
    rows: pd.DataFrame, data: Dataset, period_a: str, period_b: str, lang: str
) -> pd.DataFrame:
    def shown(row) -> str:
        if not isinstance(row, dict):
            return "–"
        notes = figure_notes(row, lang, data.indicators)
        text = value_text(row, lang)
        return f"{text} ({', '.join(notes)})" if notes else text

    def change(r: dict) -> str:
        if not r["comparable"]:
            return t("compare_not_comparable", lang, why=t(f"pair_problem_{r['problem']}", lang))
        figure = next((f for f in (r["row_b"], r["row_a"]) if isinstance(f, dict)), {})
        text = format_change(r["abs_change"], r["unit"], lang, decimals=figure.get("decimals"))
        both = isinstance(r["row_a"], dict) and isinstance(r["row_b"], dict)
        caveat = mixed_status_note(r["row_a"], r["row_b"], period_a, period_b, lang) if both else None
        return f"{text} ({caveat})" if caveat else text

    records = rows.to_dict("records")
    return pd.DataFrame(
        {
            t("col_indicator", lang): [
                indicator_name(data.indicators, r["indicator_id"], lang) for r in records
            ],
            t("col_value_a", lang, period=period_a): [shown(r["row_a"]) for r in records],
            t("col_value_b", lang, period=period_b): [shown(r["row_b"]) for r in records],
            t("col_abs_change", lang): [change(r) for r in records],
            t("col_rel_change", lang): [
                "–"
                if pd.isna(r["rel_change"])
                else format_change(r["rel_change"], r["unit"], lang, relative=True)
                for r in records
            ],
        }
    )


@_shared(_TABLES_KEPT)
def period_names(data: Dataset, lang: str) -> dict[str, str]:
    """Every period label as the reader says it ("quý I/2025", "2015–2020"), for pickers."""
    return period_ticks(data.figures, lang)


@_shared(_TABLES_KEPT)
def comparable_periods_of(data: Dataset, indicator_ids: tuple[str, ...], period_a: str) -> list[str]:
    """selection.comparable_periods: the second periods the Compare page offers for `period_a`."""
    return comparable_periods(data.figures, list(indicator_ids), period_a)


@_shared(_TABLES_KEPT)
def comparison(
    data: Dataset, indicator_ids: tuple[str, ...], period_a: str, period_b: str, lang: str
) -> ComparisonView:
    """selection.compare_periods of these indicators, and what the Compare page shows of it."""
    rows = compare_periods(data.figures, list(indicator_ids), period_a, period_b)
    records = rows.to_dict("records")
    figures = data.figures
    derived_ids = [r[f"figure_id_{s}"] for r in records for s in ("a", "b") if r[f"basis_{s}"] == "derived"]
    derived = figures.loc[figures["figure_id"].isin(derived_ids)].to_dict("records")
    footnotes = [
        f"{n}\\. " + app_widgets.md_text(derivation_note(row, data.indicators, lang))
        for n, row in enumerate(derived, start=1)
    ]
    used_ids = [i for r in records for i in (r["figure_id_a"], r["figure_id_b"]) if i]
    used = figures.loc[figures["figure_id"].isin(used_ids)].reset_index(drop=True)
    names = period_names(data, lang)
    return ComparisonView(
        rows,
        _comparison_screen(rows, data, names.get(period_a, period_a), names.get(period_b, period_b), lang),
        footnotes,
        figures_table(used, data.indicators, data.sources, lang),
    )


@_shared(_FIGURES_KEPT)
def comparison_figure(
    data: Dataset, indicator_ids: tuple[str, ...], period_a: str, period_b: str, lang: str
) -> go.Figure:
    """charts.comparison_chart of comparison()."""
    rows = comparison(data, indicator_ids, period_a, period_b, lang).rows
    names = period_names(data, lang)  # the periods as the reader says them, in the title and on the axis
    return charts.comparison_chart(
        rows,
        data.indicators,
        data.sources,
        lang,
        names.get(period_a, period_a),
        names.get(period_b, period_b),
    )


# --- Administrative units and rankings -------------------------------------------------------------


@_shared(_TABLES_KEPT)
def admin_units_figures(data: Dataset, lang: str) -> FiguresView:
    """The administrative-unit figures the chart draws (one per indicator and period)."""
    rows = admin_reductions(data.figures, data.indicators)
    return _view(data, data.figures.loc[data.figures["figure_id"].isin(rows["figure_id"])], lang)


@_shared(_FIGURES_KEPT)
def admin_units_figure(data: Dataset, lang: str) -> go.Figure:
    """charts.admin_units_chart."""
    return charts_of.admin_units_chart(data.figures, data.indicators, data.sources, lang)


@_shared(_TABLES_KEPT)
def ranking_rows(data: Dataset) -> pd.DataFrame:
    """selection.rankings."""
    return rankings(data.figures, data.indicators)


@_shared(_TABLES_KEPT)
def ranking_figures(data: Dataset, lang: str) -> FiguresView:
    """The rank figures the chart draws (one per indicator and period)."""
    rows = ranking_rows(data)
    return _view(data, data.figures.loc[data.figures["figure_id"].isin(rows["figure_id"])], lang)


@_shared(_FIGURES_KEPT)
def rankings_figure(data: Dataset, lang: str) -> go.Figure:
    """charts.rankings_chart."""
    return charts_of.rankings_chart(data.figures, data.indicators, data.sources, lang)


# --- Sources ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureBlock:
    """One figure on the Sources page, every piece of document text escaped for its element."""

    figure_id: str
    heading: str  # markdown: indicator, value, period, basis
    quote: str  # HTML: the sentence in its document, the number marked
    notes: list[str]  # captions (markdown): source line, derivation, conflict


@dataclass(frozen=True)
class DocumentBlock:
    """One document on the Sources page: its title, its metadata table and its whole text, marked."""

    source_id: str
    title: str  # markdown
    meta: str  # HTML
    text: str  # HTML (the first DOCUMENT_CHARS_SHOWN characters)
    total_chars: int = 0  # of the whole text; more than DOCUMENT_CHARS_SHOWN: the text is cut
    review: pd.DataFrame | None = None  # the first REVIEW_SHOWN numbers held back, as plain text cells
    review_total: int = 0  # how many were held back in all


def figure_block(
    row: dict, data: Dataset, texts: dict[str, str], lang: str, checks: dict[str, dict] | None = None
) -> FigureBlock:
    """A figure's heading, quote and notes for the Sources page. A curated figure has no sentence: its
    citation stands in its place. Where the fact check (`checks`, by figure id) finds a document's figure
    differs from the record, a note says so."""
    basis = {"derived": "basis_derived", "curated": "basis_curated"}.get(row["basis"], "basis_reported")
    what = [
        w
        for w in figure_notes(row, lang, data.indicators)
        if w not in (t("basis_derived", lang), t("basis_curated", lang))
    ]
    heading = (
        f"**{app_widgets.md_text(indicator_name(data.indicators, row['indicator_id'], lang))}**: "
        f"{app_widgets.md_text(value_text(row, lang))} · "
        f"{app_widgets.md_text(figure_period_text(row, lang))} · {t(basis, lang)}"
        + "".join(f" · {app_widgets.md_text(w)}" for w in what)
    )
    if row["basis"] == "curated":  # stands on its citation: no sentence to show
        source = _source_of(data, row["source_id"])
        citation = app_widgets.citation_html(source, lang, locator=row["locator"])
        return FigureBlock(str(row["figure_id"]), heading, citation, [])
    quote = app_widgets.quote_html(
        texts.get(row["source_id"]),
        row["char_start"],
        row["char_end"],
        row["mention_start"],
        row["mention_end"],
        quote=row["quote"],
    )
    line = [source_line(data.sources, [row["source_id"]], lang, title_max=None)]
    notes = [app_widgets.md_text(" · ".join(line))]
    if row["basis"] == "derived":
        notes.append(app_widgets.md_text(derivation_note(row, data.indicators, lang)))
    if row["conflict"]:
        notes.append(app_widgets.md_text(t("conflict_flag", lang)))
    check = (checks or {}).get(str(row["figure_id"]))
    if check is not None and check["verdict"] in ("differs", "revised"):
        ref = _source_of(data, check["ref_source_id"])
        where = source_words(data.sources, check["ref_source_id"], lang)
        if not is_missing(check["ref_locator"]):
            where += f", {locator_text(check['ref_locator'], lang)}"
        if ref.get("link"):
            where += f" ({ref['link']})"
        finding = verdict_text(check, lang)
        notes.append("⚠️ " + app_widgets.md_text(t("fc_note", lang, finding=finding, source=where)))
    return FigureBlock(str(row["figure_id"]), heading, quote, notes)


def _source_of(data: Dataset, source_id) -> dict:
    rows = data.sources.loc[data.sources["source_id"] == source_id].to_dict("records")
    return rows[0] if rows else {}


def _source_rows(data: Dataset, source_id: str | None, only_conflicts: bool, query: str = "") -> pd.DataFrame:
    shown = figures_for(data.figures, indicators=data.indicators)
    if source_id is not None:
        shown = shown.loc[shown["source_id"] == source_id]
    if only_conflicts:
        shown = shown.loc[shown["conflict"]]
    if search.query_words(query):
        shown = shown.loc[search.figure_hits(shown, data.sources, data.indicators, query)]
    return shown


@_shared(_TABLES_KEPT)
def source_figure_count(data: Dataset, source_id: str | None, only_conflicts: bool, query: str = "") -> int:
    """How many figures `source_figures` would list in all (the Sources page shows them a page at a time)."""
    return len(_source_rows(data, source_id, only_conflicts, query))


@_shared(_TABLES_KEPT)
def sources_found(data: Dataset, query: str) -> frozenset[str]:
    """The documents and cited pages a search finds: by their title or publisher, or by a figure of theirs
    (ui.search); every one for an empty query."""
    if not search.query_words(query):
        return frozenset(data.sources["source_id"])
    by_name = data.sources.loc[search.source_hits(data.sources, query), "source_id"]
    by_figure = data.figures.loc[
        search.figure_hits(data.figures, data.sources, data.indicators, query), "source_id"
    ]
    return frozenset(by_name) | frozenset(by_figure)


@_shared(_TABLES_KEPT)
def source_figures(
    data: Dataset,
    source_id: str | None,
    only_conflicts: bool,
    lang: str,
    start: int = 0,
    stop: int | None = None,
    query: str = "",
) -> list[FigureBlock]:
    """The figures of one document (None: of all), or only those in conflict, or those a search finds
    (ui.search), as Sources page blocks; rows start:stop of them (only those are built)."""
    shown = _source_rows(data, source_id, only_conflicts, query).iloc[start:stop]
    texts = dict(zip(data.documents["source_id"], data.documents["text"], strict=True))
    checks = fact_check_by_figure(data)  # once per dataset, whichever document is shown
    return [figure_block(row, data, texts, lang, checks) for row in shown.to_dict("records")]


@_shared(_TABLES_KEPT)
def conflict_lines(data: Dataset, source_id: str | None, lang: str, query: str = "") -> list[str]:
    """One markdown line per conflict (involving this document, if one is given; one of whose figures the
    search finds, if there is one)."""
    conflicts = data.conflicts
    if source_id is not None:
        conflicts = conflicts.loc[conflicts["source_ids"].str.split("\n").map(lambda ids: source_id in ids)]
    if search.query_words(query):
        hits = data.figures["figure_id"].loc[
            search.figure_hits(data.figures, data.sources, data.indicators, query)
        ]
        found = set(hits)
        conflicts = conflicts.loc[
            conflicts["figure_ids"].str.split("\n").map(lambda ids: bool(found & set(ids)))
        ]
    by_id = data.figures.set_index("figure_id")
    lines = []
    for c in conflicts.head(CONFLICT_LINES_SHOWN).to_dict("records"):
        # Each value with the name of the document that gives it (the table's own text names ids).
        ids = [i for i in str(c["figure_ids"]).split("\n") if i in by_id.index]
        rows = [by_id.loc[i].to_dict() for i in ids]
        names = [
            html.unescape("; ".join(source_parts(data.sources, [r["source_id"]], lang, title_max=None)))
            for r in rows
        ]
        values = "; ".join(f"{value_text(r, lang)} ({name})" for r, name in zip(rows, names, strict=True))
        lines.append(
            f"- **{app_widgets.md_text(indicator_name(data.indicators, c['indicator_id'], lang))}**, "
            f"{app_widgets.md_text(c['period_label'])}: {app_widgets.md_text(values or c['values'])}"
        )
    if len(conflicts) > CONFLICT_LINES_SHOWN:
        lines.append(f"- {t('conflicts_more', lang, n=len(conflicts) - CONFLICT_LINES_SHOWN)}")
    return lines


@_shared(_TABLES_KEPT)
def documents(data: Dataset, lang: str) -> list[DocumentBlock]:
    """Every document, in the order of the sources table, with its figure mentions marked (the first
    DOCUMENT_CHARS_SHOWN characters of each: a page never carries a whole archive)."""
    texts = dict(zip(data.documents["source_id"], data.documents["text"], strict=True))
    review = data.review.sort_values(["source_id", "char_start", "mention_start"], kind="stable")
    reviews = {sid: part for sid, part in review.groupby("source_id", sort=False)}
    empty_review = review.iloc[0:0]
    blocks = []
    for source in data.sources.to_dict("records"):
        if source["kind"] == REFERENCE_KIND:  # a cited page: no text of ours (see reference_sources)
            continue
        source_id = source["source_id"]
        full = texts.get(source_id, "")
        mentions = data.figures.loc[
            data.figures["source_id"] == source_id, ["mention_start", "mention_end"]
        ].dropna()
        mentions = mentions.loc[mentions["mention_end"] <= DOCUMENT_CHARS_SHOWN]
        text = app_widgets.document_html(
            full[:DOCUMENT_CHARS_SHOWN], list(mentions.itertuples(index=False, name=None))
        )
        held = reviews.get(source_id, empty_review)
        blocks.append(
            DocumentBlock(
                source_id,
                app_widgets.md_text(title_text(source, lang)),
                app_widgets.document_meta_html(source, lang),
                text,
                len(full),
                review_table(held.head(REVIEW_SHOWN), lang),
                len(held),
            )
        )
    return blocks


@_shared(_TABLES_KEPT)
def reference_sources(data: Dataset, lang: str) -> list[DocumentBlock]:
    """Every cited page of the reference history: its title and its citation with the figures it gives
    (no document text: `text` is empty)."""
    blocks = []
    cited_pages = data.sources.loc[data.sources["kind"] == REFERENCE_KIND]
    cited_pages = cited_pages.sort_values(["published", "title"], ascending=[False, True], kind="stable")
    for source in cited_pages.to_dict("records"):  # newest first
        cited = data.figures.loc[data.figures["source_id"] == source["source_id"]]
        cited_figures = "\n".join(
            f"{indicator_name(data.indicators, r['indicator_id'], lang)} {figure_period_text(r, lang)}: "
            f"{value_words(r['value'], r['unit'], r['rank_of'], lang)} ({locator_text(r['locator'], lang)})"
            for r in cited.to_dict("records")
        )
        blocks.append(
            DocumentBlock(
                source["source_id"],
                app_widgets.md_text(title_text(source, lang)),
                app_widgets.citation_html(source, lang, cited=cited_figures),
                "",
            )
        )
    return blocks


REVIEW_SHOWN = 20  # numbers held back shown per document (the count says how many there are)


def review_table(review: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Numbers held back (etl review), as the Sources page shows them: the number as written, why (in
    words), the detail and the sentence. Plain cells: st.dataframe shows document text as data."""
    reasons = review["reason"].map(lambda r: t(f"review_reason_{r}", lang) if r else "")
    return pd.DataFrame(
        {
            t("rcol_value", lang): review["value_text"].astype(str).tolist(),
            t("rcol_reason", lang): reasons.tolist(),
            t("rcol_detail", lang): review["detail"].fillna("").astype(str).tolist(),
            t("rcol_quote", lang): review["quote"].astype(str).tolist(),
        }
    )
