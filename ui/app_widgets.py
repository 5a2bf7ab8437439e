"""Streamlit building blocks shared by the pages: a chart with its downloads, table downloads, safe text."""

from __future__ import annotations

import functools
import html
import logging
import re
import threading
from collections.abc import Callable, Collection

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ui import app_style, download_package, downloads, export, sdmx
from ui.curator_words import publisher_text, title_text
from ui.formatting import format_date, format_number
from ui.i18n import t
from ui.locators import locator_text

log = logging.getLogger(__name__)

STATIC_FORMATS = export.STATIC_FORMATS  # one list: the formats kaleido renders
MIME = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "html": "text/html",
    "zip": "application/zip",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "parquet": "application/vnd.apache.parquet",
}
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "toImageButtonOptions": {"scale": 2}}
# Characters that start markdown or HTML anywhere in a line, and block syntax at a line's start.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|~$])")
_AUTOLINK_AT = re.compile(r"(?<=\w)@(?=\w)")
_AUTOLINK_WWW = re.compile(r"(?i)\b(www)\.")
_MARKDOWN_BLOCK = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))", flags=re.MULTILINE)


def md_text(text: object) -> str:
    """Document text made inert for st.markdown/st.caption: entities decoded, markdown escaped."""
    plain = html.unescape(str(text))  # labels escape for plotly; markdown would show "&amp;"
    plain = _MARKDOWN_INLINE.sub(r"\\\1", plain)
    # "# x" -> "\# x"; "1. x" -> "1\. x" (a backslash before a digit would be shown, not read).
    plain = _MARKDOWN_BLOCK.sub(
        lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2)[0].isdigit() else "\\" + m.group(2)), plain
    )
    # GFM turns e-mail addresses, "www." and "scheme://" text into links, whatever is escaped; an
    # invisible word joiner (U+2060) breaks the autolink while the text reads the same.
    plain = _AUTOLINK_AT.sub("@\u2060", plain)
    plain = _AUTOLINK_WWW.sub(lambda m: m.group(1) + "\u2060.", plain)
    return plain.replace("://", ":\u2060//")


# --- Static export availability -------------------------------------------------------------------
# Probed once per server process in the background, which also starts (warms) the export browser,
# so the first click on PNG does not wait for Chromium to boot.

_probe_lock = threading.Lock()
_probe: dict[str, object] = {"started": False, "problem": None}


def _run_probe() -> None:
    try:
        export.figure_to_image(go.Figure(), "svg")
    except export.ExportFailed:
        # (the browser is there but was slow or hung this once: the buttons stay, a click tries again)
        log.warning("static export probe failed once; image buttons kept", exc_info=True)
    except export.ExportUnavailable as exc:
        _probe["problem"] = str(exc)
    except Exception:  # an export bug should not hide the buttons; a click will show the error
        log.exception("static export probe failed")


def _start_probe() -> None:
    if st.get_option("global.appTest"):
        return  # AppTest never clicks downloads; do not start a browser for it
    with _probe_lock:
        if _probe["started"]:
            return
        _probe["started"] = True
    threading.Thread(target=_run_probe, name="export-probe", daemon=True).start()


def static_export_problem() -> str | None:
    """Why PNG/SVG/PDF cannot be made on this server, or None when they can (or it is not known yet)."""
    _start_probe()
    problem = _probe["problem"]
    return str(problem) if problem else None


def _image_maker(fig: go.Figure, fmt: str) -> Callable[[], bytes]:
    def make() -> bytes:
        try:
            return export.figure_to_image(fig, fmt, scale=2)
        except export.ExportUnavailable as exc:
            _note_unavailable(exc)
            raise

    return make


def _zip_maker(figs: dict[str, go.Figure], fmt: str) -> Callable[[], bytes]:
    def make() -> bytes:
        try:
            return export.figures_zip(figs, fmt)
        except export.ExportUnavailable as exc:
            _note_unavailable(exc)
            raise

    return make


def _note_unavailable(exc: export.ExportUnavailable) -> None:
    """The next run shows the notice instead of the PNG/SVG/PDF buttons -- when the server cannot export at
    all (no Chromium), not when one render hung under load (ExportFailed: the next click tries again)."""
    if not isinstance(exc, export.ExportFailed):
        _probe["problem"] = str(exc)


# --- Blocks ---------------------------------------------------------------------------------------


@functools.cache
def _plotlyjs_bytes() -> int:
    return export.plotlyjs_bytes()


def _plotlyjs_mb(lang: str) -> str:
    """plotly.js's size in MB, as the HTML buttons' help says it ("4,8")."""
    return format_number(_plotlyjs_bytes() / 10**6, lang, decimals=1)


def chart_block(fig: go.Figure, *, key: str, stem: str, period: str | None, lang: str) -> None:
    """A chart across the full width, with PNG (2×), SVG, PDF and HTML downloads under it."""
    st.plotly_chart(fig, width="stretch", key=f"chart_{key}", config=PLOTLY_CONFIG)
    problem = static_export_problem()
    with st.container(horizontal=True, gap="small", key=f"downloads_{key}"):
        if problem is None:
            for fmt in STATIC_FORMATS:
                st.download_button(
                    fmt.upper(),
                    data=_image_maker(fig, fmt),
                    file_name=export.export_filename(stem, period, lang, fmt),
                    mime=MIME[fmt],
                    key=f"dl_{key}_{fmt}",
                    on_click="ignore",
                    icon=":material/download:",
                )
        st.download_button(
            "HTML",
            data=lambda: export.figure_to_html(fig, lang),
            file_name=export.export_filename(stem, period, lang, "html"),
            mime=MIME["html"],
            key=f"dl_{key}_html",
            on_click="ignore",
            icon=":material/download:",
            help=t("download_help_html", lang, mb=_plotlyjs_mb(lang)),
        )
    if problem is not None:
        st.info(t("export_unavailable", lang, reason=md_text(problem)), icon="ℹ️")


def page_zip_buttons(figs: dict[str, go.Figure], *, stem: str, lang: str) -> None:
    """Buttons that download every chart of the page at once, as a ZIP of PNGs or of HTML files."""
    if not figs:
        return
    formats = ["html"] if static_export_problem() else ["png", "html"]
    with st.container(horizontal=True, gap="small", key=f"zip_{stem}"):
        for fmt in formats:
            st.download_button(
                t("download_all_zip", lang, fmt=fmt.upper()),
                data=_zip_maker(dict(figs), fmt),
                file_name=export.charts_zip_filename(stem, fmt, lang),
                mime=MIME["zip"],
                key=f"dl_zip_{stem}_{fmt}",
                on_click="ignore",
                icon=":material/folder_zip:",
                help=t("download_help_zip_html", lang, mb=_plotlyjs_mb(lang)) if fmt == "html" else None,
            )


def table_downloads(
    table: pd.DataFrame,
    *,
    note: str,
    stem: str,
    lang: str,
    dataset_version: str | None = None,
    catalog: tuple[pd.DataFrame, pd.DataFrame] | None = None,
) -> None:
    """CSV (UTF-8 with BOM), CSV for Vietnamese Excel (decimal comma, ";"), XLSX and Parquet of a table;
    the note says which filters made it.

    CSV and XLSX name their columns for people, in the page's language; Parquet keeps the stable names.
    With `catalog` (indicators, sources) and a figures table (downloads.figures_table), the XLSX gains
    the definitions, sources, licence and version, and two more formats are offered: the data package
    (ZIP with datapackage.json and README.md) and SDMX-CSV.
    """
    st.caption(md_text(note))
    human = downloads.human_columns(table, lang)
    figures = catalog is not None and set(downloads.TABLE_COLUMNS) <= set(table.columns)

    def context() -> download_package.DownloadContext:
        indicators, sources = catalog  # type: ignore[misc]
        return download_package.context_for(
            table, indicators, sources, note=note, lang=lang, dataset_version=dataset_version
        )

    def xlsx() -> bytes:
        about = download_package.about_rows(context()) if figures else ()
        return downloads.to_xlsx(human, note, lang, dataset_version=dataset_version, about_rows=about)

    buttons: list[tuple[str, Callable[[], bytes], str, str, str]] = [
        ("csv", lambda: downloads.to_csv(human), stem, "csv", ""),
        ("csv_vn", lambda: downloads.to_csv_vn(human), f"{stem}_excel_vn", "csv", "download_help_csv_vn"),
        ("xlsx", xlsx, stem, "xlsx", ""),
        (
            "parquet",
            lambda: downloads.to_parquet(table, note, dataset_version=dataset_version),
            stem,
            "parquet",
            "",
        ),
    ]
    if figures:
        buttons += [
            (
                "package",
                lambda: download_package.package_zip(table, context()),
                f"{stem}_package",
                "zip",
                "download_help_package",
            ),
            (
                "sdmx",
                lambda: sdmx.to_sdmx_csv(table, catalog[0]),  # type: ignore[index]
                f"{stem}_sdmx",
                "csv",
                "download_help_sdmx",
            ),
        ]
    with st.container(horizontal=True, gap="small", key=f"table_downloads_{stem}"):
        for name, make, file_stem, ext, help_key in buttons:
            st.download_button(
                t(f"download_{name}", lang),
                data=make,
                file_name=export.export_filename(file_stem, None, lang, ext),
                mime=MIME[ext],
                key=f"dl_{stem}_{name}",
                on_click="ignore",
                icon=":material/folder_zip:" if ext == "zip" else ":material/download:",
                help=t(help_key, lang) if help_key else None,
            )


def figures_dataframe(screen: pd.DataFrame, lang: str, *, key: str) -> None:
    """The figures table on screen (app_views.FiguresView.screen), its column names in the language."""
    labels = {
        "indicator": t("tcol_indicator", lang),
        "value": t("tcol_value", lang),
        "period": t("tcol_period", lang),
        "what": t("tcol_what", lang),
        "basis": t("tcol_basis", lang),
        "value_text": t("tcol_value_text", lang),
        "derivation": t("tcol_derivation", lang),
        "conflict": t("tcol_conflict", lang),
        "source": t("tcol_source", lang),
        "published": t("tcol_published", lang),
        "quote": t("tcol_quote", lang),
    }
    st.dataframe(
        screen,
        width="stretch",
        hide_index=True,
        column_order=list(labels),
        column_config={col: st.column_config.Column(label) for col, label in labels.items()},
        key=key,
    )


def stacking_table_html(frame: pd.DataFrame, links: Collection[str] = ()) -> str:
    """A small table as escaped HTML whose text wraps, so every column stays on screen; on a phone each
    row becomes a card, every value under its column's name, an empty cell left out (ui.app_style). The
    columns named in `links` show an http(s) address as a link, anything else as nothing."""
    columns = [str(c) for c in frame.columns]
    head = "".join(f'<th scope="col">{html.escape(c)}</th>' for c in columns)

    def cell(column: str, value: object) -> str:
        if column in links:
            return safe_link(value) or ""
        return (
            "" if value is None or (isinstance(value, float) and value != value) else html.escape(str(value))
        )

    body = "".join(
        "<tr>"
        + "".join(
            f'<td data-label="{html.escape(c, quote=True)}">{cell(c, v)}</td>'
            for c, v in zip(columns, row, strict=True)
        )
        + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    return (
        f'<table class="{app_style.STACKING_TABLE_CLASS}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table>"
    )


# --- Document text as HTML (every piece escaped; only our own tags) -------------------------------

MARK_STYLE = "background:#ffe08a;color:inherit;padding:0 2px;border-radius:2px"
SENTENCE_STYLE = "background:#eef4fb"
QUOTE_STYLE = "margin:0.25rem 0;line-height:1.6;overflow-wrap:anywhere"


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _clip(start: int, end: int, length: int) -> tuple[int, int]:
    start = max(0, min(int(start), length))
    return start, max(start, min(int(end), length))


def quote_html(
    text: str | None,
    char_start: int,
    char_end: int,
    mention_start: int,
    mention_end: int,
    *,
    quote: str = "",
    context: int = 160,
) -> str:
    """The sentence inside a little of its document, the sentence shaded and the number marked."""
    if not text or not (0 <= char_start < char_end <= len(text)):
        # No usable document text: show the quote alone, the mention placed relative to it.
        text, offset = quote, char_start
        char_start, char_end = 0, len(quote)
        mention_start, mention_end = mention_start - offset, mention_end - offset
    char_start, char_end = _clip(char_start, char_end, len(text))
    mention_start, mention_end = _clip(mention_start, mention_end, len(text))
    if not (char_start <= mention_start <= mention_end <= char_end):
        mention_start = mention_end = char_start
    before_start = max(0, char_start - context)
    after_end = min(len(text), char_end + context)
    # Cut the context at a word boundary so it does not start or end in the middle of a word.
    if before_start > 0:
        space = text.find(" ", before_start, char_start)
        before_start = space + 1 if space != -1 else before_start
    if after_end < len(text):
        space = text.rfind(" ", char_end, after_end)
        after_end = space if space != -1 else after_end
    pieces = [
        "…" if before_start > 0 else "",
        f'<span style="color:#555">{_escaped(text[before_start:char_start])}</span>',
        f'<span style="{SENTENCE_STYLE}">',
        _escaped(text[char_start:mention_start]),
        f'<mark style="{MARK_STYLE}">{_escaped(text[mention_start:mention_end])}</mark>'
        if mention_end > mention_start
        else "",
        _escaped(text[mention_end:char_end]),
        "</span>",
        f'<span style="color:#555">{_escaped(text[char_end:after_end])}</span>',
        "…" if after_end < len(text) else "",
    ]
    return f'<p style="{QUOTE_STYLE}">{"".join(pieces)}</p>'


def _merged(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(_clip(s, e, length) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def document_html(text: str, mentions: list[tuple[int, int]]) -> str:
    """A whole document, paragraphs kept, every figure mention marked."""
    out, pos = [], 0
    for start, end in _merged(mentions, len(text)):
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark style="{MARK_STYLE}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out)
    paragraphs = [p.replace("\n", "<br>") for p in body.split("\n\n") if p.strip()]
    return "".join(f'<p style="{QUOTE_STYLE}">{p}</p>' for p in paragraphs) or "<p></p>"


def safe_link(url: object) -> str | None:
    """An http(s) URL as an escaped <a> tag; None for anything else (javascript:, data:, garbage)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not re.match(r"^https?://[^\s<>\"']+$", url, flags=re.IGNORECASE):
        return None
    href = html.escape(url, quote=True)
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer nofollow">{href}</a>'


def _present(value: object) -> bool:
    return (
        value is not None and not (isinstance(value, float) and value != value) and str(value).strip() != ""
    )


# The note ui/editing.py writes in the manifest for a document an editor added: our words, not a curator's.
_ADDED_NOTE = re.compile(r"Added through the dashboard(?: by (?P<editor>.+))?\.", re.DOTALL)


def note_row(note: object, lang: str) -> tuple[str, str] | None:
    """A source's note as a (label, escaped HTML) row of a metadata table: the dashboard's own note in the
    reader's language; a curator's note as written (in English), labelled as the curator's."""
    if not _present(note):
        return None
    text = str(note).strip()
    ours = _ADDED_NOTE.fullmatch(text)
    if ours:
        editor = ours.group("editor")
        words = t("note_added_by", lang, editor=editor) if editor else t("note_added", lang)
        return t("meta_note_ours", lang), html.escape(words)
    return t("meta_note", lang), html.escape(text).replace("\n", "<br>")


def document_meta_html(source: dict, lang: str) -> str:
    """A document's metadata as a small escaped table; links only when they are http(s)."""
    rows: list[tuple[str, str]] = []
    title = html.escape(title_text(source, lang))
    if source.get("title_inferred"):
        title += f" <em>({t('meta_inferred', lang)})</em>"
    rows.append((t("meta_title", lang), title))
    publisher = publisher_text(source, lang)
    rows.append(
        (
            t("meta_publisher", lang),
            html.escape(publisher) if _present(publisher) else t("meta_unknown", lang),
        )
    )
    published = format_date(source.get("published") if _present(source.get("published")) else None, lang)
    if published and source.get("date_inferred"):
        published += f" <em>({t('meta_inferred', lang)})</em>"
    rows.append((t("meta_published", lang), published or t("meta_unknown", lang)))
    link = safe_link(source.get("link"))
    if link:
        rows.append((t("meta_link", lang), link))
    related = [safe_link(u) for u in str(source.get("related_links") or "").splitlines()]
    if any(related):
        rows.append((t("meta_related", lang), "<br>".join(r for r in related if r)))
    if (note := note_row(source.get("note"), lang)) is not None:
        rows.append(note)
    rows.append((t("meta_file", lang), html.escape(str(source.get("file_name", "")))))
    rows.append((t("meta_figures", lang), format_number(int(source.get("n_figures", 0) or 0), lang)))
    return _meta_table(rows)


def _meta_table(rows: list[tuple[str, str]]) -> str:
    """(label, HTML value) rows as a small two-column table; labels are escaped here, values already are."""
    cells = "".join(
        f'<tr><th style="text-align:left;vertical-align:top;padding:2px 12px 2px 0;font-weight:600;'
        f'white-space:nowrap">{html.escape(label)}</th>'
        f'<td style="padding:2px 0;overflow-wrap:anywhere">{value}</td></tr>'
        for label, value in rows
    )
    return f'<table style="border-collapse:collapse;font-size:0.9rem;width:100%">{cells}</table>'


def citation_html(source: dict, lang: str, locator: object = None, cited: str | None = None) -> str:
    """A curated figure's citation (publisher, title, date published, link, date accessed, where in the
    page, note) as a small escaped table, like document_meta_html; links only when they are http(s)."""
    rows: list[tuple[str, str]] = [(t("meta_kind", lang), html.escape(t("meta_curated", lang)))]
    for key, value in (
        ("meta_publisher", publisher_text(source, lang)),
        ("meta_title", title_text(source, lang)),
    ):
        rows.append((t(key, lang), html.escape(value) if value else t("meta_unknown", lang)))
    published = format_date(source.get("published") if _present(source.get("published")) else None, lang)
    rows.append((t("meta_published", lang), html.escape(published) or t("meta_unknown", lang)))
    link = safe_link(source.get("link"))
    if link:
        rows.append((t("meta_link", lang), link))
    if _present(source.get("accessed")):
        rows.append((t("meta_accessed", lang), html.escape(format_date(str(source["accessed"]), lang))))
    if _present(locator):
        rows.append((t("cite_locator", lang), html.escape(locator_text(locator, lang))))
    if cited:
        rows.append((t("meta_cited_figures", lang), html.escape(cited).replace("\n", "<br>")))
    if (note := note_row(source.get("note"), lang)) is not None:
        rows.append(note)
    return _meta_table(rows)
