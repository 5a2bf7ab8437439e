"""Tidy one document's reading into rows of the published tables: a reported figure, the figure its
comparison derives, a number held for review. Pure functions of the reading, the text and the catalog.

(The Arrow tables these rows go into, and the conflicts across documents, are etl/tables.py's.)
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from etl.catalog import Catalog, load_catalog
from etl.derive import derive_earlier
from etl.extract import read_figures
from etl.manifest import SourceInfo
from etl.mentions import Held, Mention


def figure_id(source_id: str, indicator_id: str, start: int, basis: str) -> str:
    return hashlib.sha256(f"{source_id}|{indicator_id}|{start}|{basis}".encode()).hexdigest()[:16]


def mention_rows(m: Mention, source_id: str, text: str, catalog: Catalog) -> list[dict]:
    base = {
        "indicator_id": m.indicator_id,
        "unit": m.unit,
        "rank_of": m.rank_of,
        "approximate": m.approximate,
        "qualifier": m.qualifier,
        "source_id": source_id,
        "quote": text[m.sentence_start : m.sentence_end],
        "char_start": m.sentence_start,
        "char_end": m.sentence_end,
        "conflict": False,
        "status": m.status,
        "place": "province",
        "price_basis": m.price_basis,
        "bound": m.bound,
        "locator": None,
        "scope": catalog.by_id(m.indicator_id).scope,
    }
    reported_id = figure_id(source_id, m.indicator_id, m.start, "reported")
    rows = [
        {
            **base,
            "figure_id": reported_id,
            "value": float(m.value),
            "value_text": m.value_text,
            "period_kind": m.period.kind,
            "period_start": m.period.start,
            "period_end": m.period.end,
            "period_label": m.period.label,
            "period_inferred": m.period.inferred,
            "basis": "reported",
            "derivation": None,
            "derivation_rule": None,
            "derived_from": None,
            "mention_start": m.start,
            "mention_end": m.end,
            "measure": m.measure,
            "comparison": m.reference,
            "period_aggregate": m.period_aggregate,
            "period_source": m.period_source,
        }
    ]
    periods_derived = set()
    for comp in (m.comparison, *m.also_compared) if m.comparison is not None else ():
        # each comparison the sentence makes defines its own earlier figure, the first for a period wins
        derived = derive_earlier(
            replace(m, comparison=comp), catalog, text[m.sentence_start : m.sentence_end]
        )
        if derived is None or (derived.period.start, derived.period.end) in periods_derived:
            continue
        periods_derived.add((derived.period.start, derived.period.end))
        # (the quote reaches the comparison where a sentence after said it: "… đạt 186,4 triệu USD. Con số này
        # giảm 14,6% so với cùng kỳ năm 2017")
        quote_start, quote_end = min(m.sentence_start, comp.start), max(m.sentence_end, comp.end)
        rows.append(
            {
                **base,
                "quote": text[quote_start:quote_end],
                "char_start": quote_start,
                "char_end": quote_end,
                "figure_id": figure_id(source_id, m.indicator_id, comp.start, "derived"),
                "value": derived.value,
                "value_text": comp.text,
                "period_kind": derived.period.kind,
                "period_start": derived.period.start,
                "period_end": derived.period.end,
                "period_label": derived.period.label,
                "period_inferred": derived.period.inferred,
                "basis": "derived",
                "derivation": derived.formula,
                "derivation_rule": derived.rule,
                "derived_from": reported_id,
                "mention_start": comp.start,
                "mention_end": comp.end,
                "measure": m.measure,
                "comparison": m.reference,
                "period_aggregate": m.period_aggregate,
                "period_source": "clause",
            }
        )
    return rows


def figure_rows(text: str, source: SourceInfo, catalog: Catalog | None = None) -> list[dict]:
    """The figures table's rows for one document's text: reported figures, then what they imply."""
    return document_rows(text, source, catalog)[0]


def document_rows(
    text: str, source: SourceInfo, catalog: Catalog | None = None
) -> tuple[list[dict], list[dict]]:
    """The figures table's rows for one document's text (reported figures, then what they imply) and the
    review table's rows (numbers held back, and why)."""
    doc_date, date_uncertain = source.doc_date()
    catalog = catalog or load_catalog()
    reading = read_figures(text, catalog, doc_date, date_uncertain)
    rows = [row for m in reading.mentions for row in mention_rows(m, source.source_id, text, catalog)]
    rows, contradicted = _without_derivations_it_states(rows)
    rows = _without_a_title_rounding_the_body(rows, text)
    rows.sort(key=lambda r: (r["mention_start"], r["basis"]))  # reading order; stable for ties
    held = [review_row(h, source.source_id, text) for h in reading.held]
    held += [_contradiction_row(r, stated, source.source_id, text) for r, stated in contradicted]
    return rows, held


_ROUNDED_WITHIN = 0.05  # a headline's round number is within 5% of the body's exact one ("2.600" for "2.666")


def _without_a_title_rounding_the_body(rows: list[dict], text: str) -> list[dict]:
    """The rows less a title's figure the body states exactly: "Tỉnh biên giới thu ngân sách 2.600 tỉ đồng
    trong 3 tháng đầu năm" over "thu ngân sách đạt hơn 2.666 tỉ đồng" is one figure, the headline's rounded --
    the same indicator, period and kind of status, within a few per cent -- not a second value for the
    quarter."""
    title_end = text.find("\n")
    if not 0 < title_end <= 200:
        return rows  # (no title line: a document opening on its body)

    def key(r: dict) -> tuple:
        # (a result of any status is one; a target and a forecast are each their own)
        kind = r["status"] if r["status"] in ("target", "forecast") else "result"
        return r["indicator_id"], r["period_start"], r["period_end"], kind

    body = {}
    for r in rows:
        if r["basis"] == "reported" and r["mention_start"] > title_end:
            body.setdefault(key(r), []).append(r)

    def rounds_the_body(r: dict) -> bool:
        # (the title's number the rounder: not "… đạt 2.666 tỷ đồng" over the body's "gần 2,7 nghìn tỷ đồng")
        return any(
            b["value"] != r["value"]
            and abs(r["value"] - b["value"]) <= _ROUNDED_WITHIN * abs(b["value"])
            and _significant_digits(r["value_text"]) < _significant_digits(b["value_text"])
            for b in body.get(key(r), ())
        )

    dropped = {r["figure_id"] for r in rows if r["mention_start"] < title_end and rounds_the_body(r)}
    # (and what the headline's figure alone derived: the body's exact one derives it)
    return [r for r in rows if r["figure_id"] not in dropped and r["derived_from"] not in dropped]


def _significant_digits(written: str) -> int:
    """How many digits a number as written gives, less the zeros that only fill its place: "2.600" 2, "2.666"
    4, "2,7 nghìn" 2."""
    digits = "".join(ch for ch in written.split("%")[0] if ch.isdigit())
    return len(digits.rstrip("0")) if digits.strip("0") else 1


def _without_derivations_it_states(rows: list[dict]) -> tuple[list[dict], list[tuple[dict, dict]]]:
    """The rows less every value the document derives for a period whose value it also states, and those
    that disagree with the stated one, each beside it. The same ("… tăng 1,85 điểm so với năm 2020" beside
    "năm 2020 … với 60,24 điểm") adds nothing; another ("69,01 điểm, giảm 0,4 điểm so với năm 2023" beside
    "năm 2023 … 69,05 điểm") is a rounded or mistaken change, never a second figure for the period: the text
    says the value itself, and the disagreement goes to the review list."""

    def key(r: dict) -> tuple:
        # (a plan's value equal to a result's derived one is no restatement of it)
        planned = r["status"] in ("target", "forecast")
        # (a rank out of another number of provinces is another ranking: "tăng 4 bậc so với kết quả năm 2024
        # đã được tính lại" on 34 provinces, beside the 2024 rank of 63)
        return r["indicator_id"], r["period_start"], r["period_end"], planned, r["rank_of"]

    stated = {key(r): r for r in rows if r["basis"] == "reported"}
    kept, contradicted = [], []
    for r in rows:
        # (a rank stated with no count of provinces, "lần lượt đứng thứ 59, 54, 51 và 53", is of the ranking a
        # rank of the same index the document derives for that year is of)
        said = stated.get(key(r)) or stated.get((*key(r)[:-1], None)) if r["basis"] == "derived" else None
        if said is None:
            kept.append(r)
        elif not _agrees(r, said["value"]):
            contradicted.append((r, said))
    return kept, contradicted


def _agrees(derived: dict, stated: float) -> bool:
    """Whether a derived value is the stated one, to what a relative change or ratio allows ("tăng 8%" from
    7.420 is 6.870 or 6.871 by the rounding of the 8%), exactly for a difference or a rank."""
    rounded = derived["derivation_rule"] in ("relative_change", "ratio")
    return abs(derived["value"] - stated) <= (0.005 * abs(stated) if rounded else 1e-6)


def _contradiction_row(derived: dict, stated: dict, source_id: str, text: str) -> dict:
    """The review row of a derivation the document's own statement of the period contradicts."""
    held = Held(
        "contradicts_stated",
        f"{derived['derivation']}, but the text states {stated['value_text']} for {stated['period_label']}",
        derived["value_text"],
        derived["mention_start"],
        derived["mention_end"],
        derived["char_start"],
        derived["char_end"],
        derived["indicator_id"],
        derived["value"],
    )
    return review_row(held, source_id, text)


def review_row(h: Held, source_id: str, text: str) -> dict:
    return {
        "review_id": figure_id(source_id, h.indicator_id or "", h.start, f"review:{h.reason}"),
        "source_id": source_id,
        "indicator_id": h.indicator_id,
        "value": h.value,
        "value_text": h.value_text,
        "reason": h.reason,
        "detail": h.detail,
        "quote": text[h.sentence_start : h.sentence_end],
        "char_start": h.sentence_start,
        "char_end": h.sentence_end,
        "mention_start": h.start,
        "mention_end": h.end,
    }
