"""Bytes of a filtered figures table as CSV, XLSX and Parquet, each saying which filters produced it."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ui.curator_words import publisher_text, title_text
from ui.i18n import STRINGS, t
from ui.labels import figure_notes

CSV_BOM = b"\xef\xbb\xbf"  # Excel reads a CSV as UTF-8 only when it starts with this mark
PARQUET_NOTE_KEY = b"langson.filters"

# Column names are a stable contract (scripts read them), the same in both languages; the values
# that are words (indicator, unit, period, basis) are in the chosen language.
TABLE_COLUMNS = (
    "figure_id",
    "indicator_id",
    "indicator",
    "category",
    "value",
    "unit",
    "value_text",
    "period",
    "period_start",
    "period_end",
    "basis",
    "derivation",
    "conflict",
    "source_id",
    "source",
    "published",
    "quote",
    # What the number is (the figure model's flags), as codes: see etl/schema.py for their values.
    "what",
    "rank_of",
    "approximate",
    "qualifier",
    "bound",
    "status",
    "measure",
    "comparison",
    "price_basis",
    "period_kind",
    "period_aggregate",
    "period_inferred",
    "place",
    "scope",
    "locator",
)


def figures_table(
    figures: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> pd.DataFrame:
    """The figures as a flat, self-describing table in `lang` (one row per figure)."""
    suffix = "en" if lang == "en" else "vi"
    catalog = indicators.set_index("indicator_id")
    src = sources.set_index("source_id")
    source_name = {
        s["source_id"]: publisher_text(s, lang) or title_text(s, lang) for s in sources.to_dict("records")
    }
    ids = figures["indicator_id"]
    table = pd.DataFrame(
        {
            "figure_id": figures["figure_id"],
            "indicator_id": ids,
            "indicator": ids.map(catalog[f"name_{suffix}"]).fillna(ids),
            "category": ids.map(catalog[f"category_{suffix}"]),
            "value": figures["value"].astype(float),
            "unit": figures["unit"].map(_unit_names(indicators, suffix)).fillna(figures["unit"]),
            # The words a document wrote the figure with; a curated figure quotes no document (the
            # curator's CSV cell is no quote: its value is in `value`).
            "value_text": figures["value_text"].where(figures["basis"].ne("curated")),
            "period": figures["period_label"],
            "period_start": pd.to_datetime(figures["period_start"]).dt.strftime("%Y-%m-%d"),
            "period_end": pd.to_datetime(figures["period_end"]).dt.strftime("%Y-%m-%d"),
            "basis": figures["basis"].map(
                {b: t(f"basis_{b}", lang) for b in ("reported", "derived", "curated")}
            ),
            "derivation": figures["derivation"],
            "conflict": figures["conflict"].astype(bool),
            "source_id": figures["source_id"],
            "source": figures["source_id"].map(source_name),
            "published": figures["source_id"].map(src["published"]),
            "quote": figures["quote"],
            "what": [", ".join(figure_notes(row, lang, indicators)) for row in figures.to_dict("records")],
            "rank_of": figures["rank_of"].astype("Int64"),
            "approximate": figures["approximate"].astype(bool),
            **{col: figures[col] for col in _FLAG_CODES},
            "period_inferred": figures["period_inferred"].astype(bool),
            # a figure of another scope than its indicator's own is another series (ui.pairing.scope_of)
            "scope": figures.get("scope"),
        },
        columns=list(TABLE_COLUMNS),
    )
    return table.reset_index(drop=True)


_FLAG_CODES = (
    "qualifier", "bound", "status", "measure", "comparison", "price_basis", "period_kind",
    "period_aggregate", "place", "locator",
)  # fmt: skip


def human_columns(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The table with its columns named for people, in `lang` (CSV and XLSX); Parquet keeps the stable
    names of TABLE_COLUMNS for scripts."""
    return table.rename(columns={c: t(f"dcol_{c}", lang) for c in table.columns if f"dcol_{c}" in STRINGS})


def _unit_names(indicators: pd.DataFrame, suffix: str) -> dict[str, str]:
    names = indicators.drop_duplicates("unit").set_index("unit")[f"unit_{suffix}"]
    # "count" has no unit word; an empty cell reads better than the code.
    return {unit: (name or "") for unit, name in names.items()}


def filters_note(filters: Mapping[str, Sequence[str] | str], lang: str) -> str:
    """One line naming the filters that produced a download: "Bộ lọc: Chỉ tiêu = a, b; Kỳ = 2022"."""
    parts = []
    for label, chosen in filters.items():
        values = [chosen] if isinstance(chosen, str) else list(chosen)
        if values:
            parts.append(f"{label} = {', '.join(str(v) for v in values)}")
    return t("filters_note", lang, filters="; ".join(parts) if parts else t("filters_none", lang))


# A spreadsheet reads a cell starting with one of these as a formula (OWASP, "CSV Injection"); the
# full-width forms too, in some locales. LF is added to OWASP's tab and CR: some importers trim it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value):
    """A text cell that a spreadsheet would run as a formula, prefixed with a single quote (as OWASP
    advises) so it shows as the text it is; numbers, dates, booleans and other text unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_safe(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell neutralised (for CSV and XLSX; Parquet keeps the exact text)."""
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column].dtype):
            safe[column] = safe[column].map(neutralise, na_action="ignore")
    safe.columns = [neutralise(str(c)) for c in safe.columns]
    return safe


def to_csv(table: pd.DataFrame, *, bom: bool = True) -> bytes:
    """CSV in UTF-8 with a byte-order mark, so Excel shows Vietnamese text correctly; no cell a
    spreadsheet would take for a formula (see `neutralise`). Every text cell is quoted: a lone CR inside
    one (not quoted by the minimal rule when lines end in LF) would otherwise start a row of its own."""
    text = spreadsheet_safe(table).to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    return (CSV_BOM if bom else b"") + text.encode("utf-8")


def to_csv_vn(table: pd.DataFrame) -> bytes:
    """CSV as Excel set to Vietnamese reads it: decimal comma, ";" between cells, UTF-8 with a BOM;
    text cells neutralised and quoted as in `to_csv`."""
    safe = spreadsheet_safe(table)
    text = safe.to_csv(index=False, sep=";", decimal=",", lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    return CSV_BOM + text.encode("utf-8")


def to_xlsx(
    table: pd.DataFrame,
    note: str,
    lang: str,
    *,
    dataset_version: str | None = None,
    about_rows: Sequence[Sequence[object]] = (),
) -> bytes:
    """An Excel workbook: the table on the first sheet, the filters and provenance on a second, followed
    by `about_rows` (download_package.about_rows: definitions, sources, licence, version). Text that
    would start a formula is neutralised (`neutralise`); openpyxl would otherwise write it as one."""
    table = spreadsheet_safe(table)
    rows = [
        [t("filters_label", lang), note],
        [t("about_dataset", lang), dataset_version or ""],
        ["", t("about_source", lang)],
        *[list(row) for row in about_rows],
    ]
    width = max(len(r) for r in rows)
    about = spreadsheet_safe(pd.DataFrame([[*r, *[""] * (width - len(r))] for r in rows]))
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        table.to_excel(writer, sheet_name="data", index=False)
        about.to_excel(writer, sheet_name=t("about_sheet", lang), index=False, header=False)
    return buffer.getvalue()


def to_parquet(table: pd.DataFrame, note: str, *, dataset_version: str | None = None) -> bytes:
    """Parquet with the filters note kept in the file's key-value metadata."""
    arrow = pa.Table.from_pandas(table, preserve_index=False)
    metadata = dict(arrow.schema.metadata or {})
    metadata[PARQUET_NOTE_KEY] = note.encode("utf-8")
    if dataset_version:
        metadata[b"langson.dataset_version"] = dataset_version.encode("ascii", "replace")
    buffer = io.BytesIO()
    pq.write_table(arrow.replace_schema_metadata(metadata), buffer, compression="zstd")
    return buffer.getvalue()


def parquet_note(data: bytes) -> str | None:
    """The filters note stored in Parquet bytes written by `to_parquet`."""
    metadata = pq.read_schema(io.BytesIO(data)).metadata or {}
    note = metadata.get(PARQUET_NOTE_KEY)
    return note.decode("utf-8") if note is not None else None
