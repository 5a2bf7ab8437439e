"""A download that carries its context (OWID's download tab, Frictionless Data): a ZIP holding the filtered
figures as CSV, a `datapackage.json` (Frictionless Data Package, table schema with each field described in
the page's language) and a README.md (indicator definitions, sources cited, filters in words, licence,
dataset version and date, how to cite). The same context feeds the XLSX about sheet (`about_rows`).
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from dataclasses import dataclass
from datetime import date

import pandas as pd

from ui.curator_words import publisher_text, title_text
from ui.downloads import TABLE_COLUMNS, neutralise, to_csv
from ui.i18n import STRINGS, t

DATA_FILE = "data.csv"
# Frictionless table-schema types of the figures table's columns (all others are strings).
_FIELD_TYPES = {
    "value": "number",
    "rank_of": "integer",
    "period_start": "date",
    "period_end": "date",
    "conflict": "boolean",
    "approximate": "boolean",
    "period_inferred": "boolean",
}


def _present(value: object) -> bool:
    return (
        value is not None and not (isinstance(value, float) and value != value) and str(value).strip() != ""
    )


def _flag(value: object) -> bool:
    """True for a set boolean flag (Python or numpy), False for missing or false."""
    return _present(value) and str(value).lower() in ("true", "1")


@dataclass(frozen=True)
class DownloadContext:
    """What a download needs to explain itself: the language, the filters in words, the dataset version,
    the download date, and the catalog rows and sources that the table's figures cite."""

    lang: str
    note: str
    dataset_version: str
    today: date
    indicators: pd.DataFrame  # the catalog rows of the table's indicators, in catalog order
    sources: pd.DataFrame  # the sources cited by the table's rows


def context_for(
    table: pd.DataFrame,
    indicators: pd.DataFrame,
    sources: pd.DataFrame,
    *,
    note: str,
    lang: str,
    dataset_version: str | None,
    today: date | None = None,
) -> DownloadContext:
    """The context of a figures table (downloads.figures_table, stable column names)."""
    ids = set(table["indicator_id"])
    catalog = indicators.loc[indicators["indicator_id"].isin(ids)]
    if "sort_order" in catalog.columns:
        catalog = catalog.sort_values("sort_order", kind="stable")
    cited = sources.loc[sources["source_id"].isin(set(table["source_id"]))]
    return DownloadContext(
        lang=lang,
        note=note,
        dataset_version=dataset_version or "",
        today=today or date.today(),
        indicators=catalog.drop_duplicates("indicator_id").reset_index(drop=True),
        sources=cited.drop_duplicates("source_id").reset_index(drop=True),
    )


def _suffix(lang: str) -> str:
    return "en" if lang == "en" else "vi"


def definitions(ctx: DownloadContext) -> list[tuple[str, str, str]]:
    """(name, unit, description) of every indicator in the download, in the language."""
    s = _suffix(ctx.lang)
    out = []
    for row in ctx.indicators.to_dict("records"):
        unit = row.get(f"unit_{s}")
        description = row.get(f"description_{s}")
        out.append(
            (
                str(row.get(f"name_{s}") or row["indicator_id"]),
                str(unit) if _present(unit) else "",
                str(description) if _present(description) else t("pkg_no_description", ctx.lang),
            )
        )
    return out


def source_lines(ctx: DownloadContext) -> list[tuple[str, str, str, str]]:
    """(publisher, title, date, link) of every source cited, in the language; "không rõ" where unknown,
    "(suy luận)" after a title or date the corpus only inferred."""
    lang = ctx.lang
    unknown, inferred = t("pkg_unknown", lang), f" ({t('pkg_inferred', lang)})"
    out = []
    for row in ctx.sources.to_dict("records"):
        publisher = publisher_text(row, lang) or unknown
        title = title_text(row, lang) or unknown
        if _present(row.get("title")) and _flag(row.get("title_inferred")):
            title += inferred
        published = str(row["published"]) if _present(row.get("published")) else unknown
        if _present(row.get("published")) and _flag(row.get("date_inferred")):
            published += inferred
        link = str(row["link"]) if _present(row.get("link")) else ""
        out.append((publisher, title, published, link))
    return out


def citation(ctx: DownloadContext) -> str:
    """How to cite the download: this dataset (version, date) and the original sources."""
    publishers = sorted({p for p, *_ in source_lines(ctx)})
    return t(
        "pkg_citation_text",
        ctx.lang,
        version=ctx.dataset_version or "?",
        date=ctx.today.isoformat(),
        sources=", ".join(publishers) or t("pkg_unknown", ctx.lang),
    )


def field_schema(lang: str, columns: tuple[str, ...] = TABLE_COLUMNS) -> list[dict]:
    """Frictionless table-schema fields: name (the stable column name), title, type, description."""
    fields = []
    for name in columns:
        field = {"name": name, "type": _FIELD_TYPES.get(name, "string")}
        if f"dcol_{name}" in STRINGS:
            field["title"] = t(f"dcol_{name}", lang)
        if f"dfield_{name}" in STRINGS:
            field["description"] = t(f"dfield_{name}", lang)
        if field["type"] == "boolean":
            field["trueValues"], field["falseValues"] = ["True"], ["False"]
        fields.append(field)
    return fields


def datapackage(ctx: DownloadContext, columns: tuple[str, ...] = TABLE_COLUMNS) -> dict:
    """The Frictionless Data Package descriptor of the ZIP."""
    lang = ctx.lang
    version = ctx.dataset_version or "unversioned"
    return {
        "profile": "tabular-data-package",
        "name": "langson-figures",
        "title": t("pkg_title", lang),
        "description": f"{t('pkg_description', lang)} {ctx.note}",
        "version": version,
        "created": ctx.today.isoformat(),
        "languages": [lang],
        "licenses": [{"name": "other-at", "title": t("pkg_licence_text", lang)}],
        "sources": [
            {"title": f"{publisher}: {title} ({published})", **({"path": link} if link else {})}
            for publisher, title, published, link in source_lines(ctx)
        ],
        "citation": citation(ctx),
        "filters": ctx.note,
        "resources": [
            {
                "name": "figures",
                "path": DATA_FILE,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "doubleQuote": True, "header": True},
                "schema": {"fields": field_schema(lang, columns), "missingValues": [""]},
            }
        ],
    }


def _md_plain(text: str) -> str:
    """Text from documents as data in Markdown: HTML escaped, Markdown's own marks backslash-escaped."""
    escaped = html.escape(str(text), quote=False)
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", escaped)


def readme(ctx: DownloadContext, rows: int, columns: tuple[str, ...] = TABLE_COLUMNS) -> str:
    """README.md of the package, in the language."""
    lang = ctx.lang
    lines = [
        f"# {t('pkg_title', lang)}",
        "",
        t("pkg_description", lang),
        "",
        f"- {t('pkg_version', lang)}: {ctx.dataset_version or '?'}",
        f"- {t('pkg_date', lang)}: {ctx.today.isoformat()}",
        f"- {t('pkg_rows', lang)}: {rows}",
        "",
        f"## {t('pkg_filters', lang)}",
        "",
        ctx.note,
        "",
        f"## {t('pkg_files', lang)}",
        "",
        f"- `{DATA_FILE}`: {t('pkg_file_data', lang)}",
        f"- `datapackage.json`: {t('pkg_file_datapackage', lang)}",
        "",
        f"## {t('pkg_definitions', lang)}",
        "",
    ]
    for name, unit, description in definitions(ctx):
        lines.append(
            f"- **{_md_plain(name)}**"
            + (f" ({t('pkg_unit', lang)}: {_md_plain(unit)})" if unit else "")
            + f": {_md_plain(description)}"
        )
    lines += ["", f"## {t('pkg_sources', lang)}", ""]
    for publisher, title, published, link in source_lines(ctx):
        text = f"{publisher}. {title}. {published}."
        lines.append(f"- {_md_plain(text)}" + (f" <{link}>" if link else ""))
    lines += ["", f"## {t('pkg_columns', lang)}", ""]
    for field in field_schema(lang, columns):
        lines.append(f"- `{field['name']}` ({field.get('title', '')}): {field.get('description', '')}")
    lines += [
        "",
        t("pkg_sdmx_status", lang),
        "",
        f"## {t('pkg_licence', lang)}",
        "",
        t("pkg_licence_text", lang),
        "",
        f"## {t('pkg_citation', lang)}",
        "",
        citation(ctx),
        "",
    ]
    return "\n".join(lines)


def package_zip(table: pd.DataFrame, ctx: DownloadContext) -> bytes:
    """The ZIP: data.csv (stable column names, UTF-8 without BOM, text cells neutralised as in every CSV),
    datapackage.json and README.md."""
    columns = tuple(str(c) for c in table.columns)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(DATA_FILE, to_csv(table, bom=False))
        descriptor = datapackage(ctx, columns)
        archive.writestr("datapackage.json", json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n")
        archive.writestr("README.md", readme(ctx, len(table), columns))
    return buffer.getvalue()


def about_rows(ctx: DownloadContext) -> list[list[str]]:
    """The same context as rows for the XLSX about sheet (downloads.to_xlsx): version and date, licence,
    citation, then the definitions and the sources, each under its heading."""
    lang = ctx.lang
    rows: list[list[str]] = [
        [t("pkg_date", lang), ctx.today.isoformat()],
        [t("pkg_licence", lang), t("pkg_licence_text", lang)],
        [t("pkg_citation", lang), citation(ctx)],
        [t("pkg_sdmx_status", lang)],
        [],
        [t("pkg_definitions", lang), t("pkg_unit", lang), ""],
    ]
    rows += [[name, unit, description] for name, unit, description in definitions(ctx)]
    rows += [[], [t("pkg_sources", lang)]]
    rows += [list(line) for line in source_lines(ctx)]
    return [[neutralise(c) for c in row] for row in rows]
