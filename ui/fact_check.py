"""Fact check: every figure read from a document beside the record (the curated reference history).

Pure functions of the published tables (no Streamlit). A reported figure is paired with the curated
figures of the same indicator, the same period span (first and last day) and the same kind of status — a
result (actual, estimate, preliminary, official) is held to results, a target to targets, a forecast to
forecasts — where the multi-year aggregate (average/total) and the price basis do not contradict. Of these,
the record is the most final (official, then preliminary, then estimate; the newest statement of a period
is its current one), then the latest published. The verdict:

- `agrees`: the record lies within the rounding the text allows (half a unit of the last digit written, so
  "6,95%" allows 6,945–6,955 and "4.500 tỷ" 4.450–4.550; ranks and counts are exact; "hơn"/"trên" (over)
  allows the record up to one unit above the value, "gần"/"dưới" (under) one unit below);
- `revised`: it does not agree, but the document's figure was an estimate or preliminary and the record is
  more final, or it agrees with a less final curated value of the same period (the press reported an
  estimate the office later revised) — shown as revised, not as wrong;
- `differs`: by `difference` (document − record), in the indicator's unit;
- `no_reference`: the record has no figure for that indicator, period and kind of status yet.

Curated figures are the record and are never checked; derived figures are computed from a document's
comparison, not stated by it, and are left out.
"""

from __future__ import annotations

import math
import re

import pandas as pd

from ui.curator_words import title_text
from ui.formatting import format_change, format_date, format_value, is_missing
from ui.i18n import t
from ui.labels import figure_period_text, indicator_name, source_name
from ui.locators import locator_text
from ui.units import EXACT_KINDS, unit_kind

VERDICTS = ("agrees", "differs", "revised", "no_reference")
_STATUS_CLASS = {
    "actual": "result",
    "estimate": "result",
    "preliminary": "result",
    "official": "result",
    "target": "target",
    "forecast": "forecast",
}
# How final a statement is: a later, more final figure of the same period revises an earlier one.
FINALITY = {"estimate": 0, "forecast": 0, "target": 0, "preliminary": 1, "actual": 1, "official": 2}
_PROVISIONAL = ("estimate", "preliminary")  # a document's figure the office may later revise
_NUMERAL = re.compile(r"\d[\d.,]*\d|\d")
_EPS = 1e-9

COLUMNS = (
    *("figure_id", "indicator_id", "period_kind", "period_start", "period_end", "period_label"),
    *("value", "unit", "rank_of", "value_text", "approximate", "bound", "status", "source_id", "quote"),
    *("verdict", "difference", "tolerance", "n_reference"),
    *("ref_figure_id", "ref_value", "ref_rank_of", "ref_status", "ref_source_id", "ref_locator"),
)


def _written_number(value_text: object) -> float | None:
    from etl.numbers import NumberFormatError, parse_vi_number

    if is_missing(value_text):
        return None
    for match in _NUMERAL.finditer(str(value_text)):
        try:
            return parse_vi_number(match.group())
        except NumberFormatError:
            continue
    return None


def rounding_step(value: float, value_text: object, unit: str, approximate: bool = False) -> float:
    """One unit of the last digit the text wrote, in the indicator's unit ("6,95%" → 0.01; "4.500 triệu
    USD" stored as 4.5 billion USD → 0.1; ranks and counts written exactly → 1)."""
    if unit_kind(unit) in EXACT_KINDS and not approximate:
        return 1.0
    written = _written_number(value_text)
    if written is None or written == 0:
        written = float(value)
    scale = abs(float(value) / written) if written else 1.0
    text = f"{abs(written):.6f}".rstrip("0")
    whole, _, fraction = text.partition(".")
    if fraction:
        step = 10.0 ** -len(fraction)
    else:
        digits = whole.lstrip("0") or "0"
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits != "0" else 1.0
    return step * (scale or 1.0)


def agrees(value: float, record: float, step: float, bound: object = None) -> bool:
    """Whether the record is what the text says, within its rounding and its bound."""
    half = step / 2 + _EPS * max(1.0, abs(record))
    if bound in ("over", "at_least"):
        return value - half <= record <= value + step + half
    if bound in ("under", "at_most"):
        return value - step - half <= record <= value + half
    return abs(record - value) <= half


def _compatible(a: object, b: object) -> bool:
    return is_missing(a) or is_missing(b) or a == b


def _published(sources: pd.DataFrame | None) -> dict[str, str]:
    if sources is None or sources.empty:
        return {}
    return {
        str(s): ("" if is_missing(p) else str(p))
        for s, p in zip(sources["source_id"], sources["published"], strict=True)
    }


def fact_check(figures: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per reported figure with its verdict against the record (see the module's docstring)."""
    published = _published(sources)
    curated = figures.loc[figures["basis"] == "curated"]
    record: dict[tuple, list[dict]] = {}
    for row in curated.to_dict("records"):
        key = (row["indicator_id"], row["period_start"], row["period_end"], _STATUS_CLASS[row["status"]])
        record.setdefault(key, []).append(row)
    for rows in record.values():  # stable sorts, the last the first key: most final, latest, by id
        rows.sort(key=lambda r: str(r["figure_id"]))
        rows.sort(key=lambda r: published.get(str(r["source_id"]), ""), reverse=True)
        rows.sort(key=lambda r: FINALITY[r["status"]], reverse=True)
    out = []
    # Only the columns read below: to_dict of every column was half the cost on 20,000 figures.
    read = [c for c in (*COLUMNS, "period_aggregate", "price_basis", "scope") if c in figures.columns]
    for row in figures.loc[figures["basis"] == "reported", read].to_dict("records"):
        key = (row["indicator_id"], row["period_start"], row["period_end"], _STATUS_CLASS[row["status"]])
        candidates = [
            c
            for c in record.get(key, [])
            if _compatible(c["period_aggregate"], row["period_aggregate"])
            and _compatible(c["price_basis"], row["price_basis"])
            and _compatible(c.get("scope"), row.get("scope"))
        ]
        step = rounding_step(row["value"], row["value_text"], row["unit"], bool(row["approximate"]))
        checked = {c: row[c] for c in COLUMNS if c in row}
        checked.update(tolerance=step / 2, n_reference=len(candidates), difference=math.nan)
        if not candidates:
            out.append({**checked, "verdict": "no_reference"})
            continue
        best = candidates[0]
        same_total = _compatible(row["rank_of"], best["rank_of"])
        if same_total and agrees(row["value"], best["value"], step, row["bound"]):
            verdict = "agrees"
        elif any(
            FINALITY[c["status"]] < FINALITY[best["status"]]
            and agrees(row["value"], c["value"], step, row["bound"])
            for c in candidates
        ) or (row["status"] in _PROVISIONAL and FINALITY[row["status"]] < FINALITY[best["status"]]):
            verdict = "revised"
        else:
            verdict = "differs"
        out.append(
            {
                **checked,
                "verdict": verdict,
                "difference": 0.0 if verdict == "agrees" else row["value"] - best["value"],
                "ref_figure_id": best["figure_id"],
                "ref_value": best["value"],
                "ref_rank_of": best["rank_of"],
                "ref_status": best["status"],
                "ref_source_id": best["source_id"],
                "ref_locator": best["locator"],
            }
        )
    table = pd.DataFrame(out, columns=list(COLUMNS))
    table["difference"] = table["difference"].astype("float64")
    return table.reset_index(drop=True)


def verdict_counts(checks: pd.DataFrame) -> dict[str, int]:
    """How many figures have each verdict, every verdict named (0 where none)."""
    counts = checks["verdict"].value_counts()
    return {v: int(counts.get(v, 0)) for v in VERDICTS}


def verdict_by_figure(checks: pd.DataFrame) -> dict[str, dict]:
    """The fact-check rows by the document figure's id."""
    return {str(r["figure_id"]): r for r in checks.to_dict("records")}


# --- In words ---------------------------------------------------------------------------------------


def _int_or_none(x) -> int | None:
    return None if is_missing(x) else int(x)


def value_words(value: float, unit: str, rank_of, lang: str, approximate: bool = False) -> str:
    return format_value(value, unit, lang, rank_of=_int_or_none(rank_of), approximate=approximate)


def verdict_text(check: dict, lang: str) -> str:
    """The finding in words: "Khớp với số liệu gốc 15/63 (chính thức)", "Differs by +1 place from the record's
    15/63", "Since revised to 7,2% (official)", "No reference yet"."""
    verdict = check["verdict"]
    if verdict == "no_reference":
        return t("fc_no_reference", lang)
    record = value_words(check["ref_value"], check["unit"], check["ref_rank_of"], lang)
    status = t(f"status_{check['ref_status']}", lang)
    if verdict == "agrees":
        return t("fc_agrees_with", lang, record=record, status=status)
    if verdict == "revised":
        return t("fc_revised_by", lang, record=record, status=status)
    return t("fc_differs_by", lang, by=format_change(check["difference"], check["unit"], lang), record=record)


def source_words(sources: pd.DataFrame, source_id: object, lang: str) -> str:
    """Publisher and date of a source, plain text (the table cell shows it as data)."""
    return _source_words(_sources_by_id(sources).get(str(source_id)), lang)


def _sources_by_id(sources: pd.DataFrame) -> dict[str, dict]:
    return {str(s["source_id"]): s for s in sources.to_dict("records")}


def _source_words(source: dict | None, lang: str) -> str:
    import html

    return "" if source is None else html.unescape(source_name(source, lang, title_max=None))


def fact_check_screen(
    checks: pd.DataFrame, indicators: pd.DataFrame, sources: pd.DataFrame, lang: str
) -> pd.DataFrame:
    """The fact-check table as shown: plain-text cells (shown as data, never as markup)."""
    # The sources indexed once: looked up per row, a table of 20,000 figures took 14 s (issue 15).
    by_id = _sources_by_id(sources)
    rows = []
    for check in checks.to_dict("records"):
        ref = by_id.get(str(check["ref_source_id"])) if not is_missing(check["ref_source_id"]) else None
        rows.append(
            {
                "verdict": t(f"fc_{check['verdict']}", lang),
                "indicator": indicator_name(indicators, check["indicator_id"], lang),
                "period": figure_period_text(check, lang),
                "document_value": value_words(
                    check["value"], check["unit"], check["rank_of"], lang, bool(check["approximate"])
                ),
                "document_source": _source_words(by_id.get(str(check["source_id"])), lang),
                "quote": "" if is_missing(check["quote"]) else str(check["quote"]),
                "record_value": ""
                if is_missing(check["ref_value"])
                else value_words(check["ref_value"], check["unit"], check["ref_rank_of"], lang),
                "record_status": ""
                if is_missing(check["ref_status"])
                else t(f"status_{check['ref_status']}", lang),
                "record_source": "" if ref is None else _citation_words(ref, check["ref_locator"], lang),
                "record_link": _http_link(None if ref is None else ref.get("link")),
                "finding": verdict_text(check, lang),
            }
        )
    return pd.DataFrame(rows, columns=list(SCREEN_COLUMNS))


SCREEN_COLUMNS = (
    *("verdict", "indicator", "period", "document_value", "document_source", "quote"),
    *("record_value", "record_status", "record_source", "record_link", "finding"),
)


def _http_link(url: object) -> str | None:
    """An http(s) address, or None (a link column must never carry javascript: or data:)."""
    if is_missing(url) or not re.match(r"^https?://[^\s<>\"']+$", str(url).strip(), re.IGNORECASE):
        return None
    return str(url).strip()


def _citation_words(source: dict, locator: object, lang: str) -> str:
    import html

    parts = [html.unescape(source_name(source, lang))]
    title = title_text(source, lang)
    if title:
        parts.append(f"“{title}”")
    if not is_missing(locator):
        parts.append(f"{t('cite_locator', lang)}: {locator_text(locator, lang)}")
    if not is_missing(source.get("accessed")):
        parts.append(f"{t('cite_accessed', lang)}: {format_date(str(source['accessed']), lang)}")
    return " · ".join(parts)
