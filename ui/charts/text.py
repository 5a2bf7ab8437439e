"""The charts' text: word wrapping for a phone-width figure, the words every chart uses, and the source
line ("Nguồn: …") built from the figures' sources."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from ui.formatting import check_lang, is_missing
from ui.i18n import t
from ui.labels import source_parts

# Characters per line that fit a phone-width (390 px) chart: title 17 px, subtitle 13 px, notes 12 px
# (56 characters of notes fitted at 11 px; at 12 px a source line of capitals ran 3 px past the edge).
WRAP_TITLE, WRAP_SUBTITLE, WRAP_NOTE = 40, 48, 52


# An index's short name: in brackets ("… cấp tỉnh (PCI)", "(PAR Index)"), or the name's first word
# ("PAPI rank"), so that a chart label says which index it is in either language.
_ACRONYM = re.compile(r"\(([A-Z]{2,6})(?: [A-Za-z]+)?\)|^([A-Z]{2,6})\b")


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap of (already escaped) text into lines of at most `width` characters."""
    lines: list[str] = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in filter(None, paragraph.split(" ")):  # only plain spaces: a no-break space holds
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return [ln for ln in lines if ln] or [""]


def br(text: str, width: int) -> str:
    return "<br>".join(wrap(text, width))


def acronym(name: str) -> str:
    """ "PCI" of "Xếp hạng … cấp tỉnh (PCI)", "PAR" of "PAR Index rank"; "" if it has none."""
    match = _ACRONYM.search(name)
    return (match.group(1) or match.group(2)) if match else ""


def split_ids(value) -> list[str]:
    return [] if is_missing(value) else [s for s in str(value).split("\n") if s]


def sources_of(rows: pd.DataFrame) -> list[str]:
    ids: list[str] = []
    for col in ("source_ids", "other_source_ids", "source_ids_a", "source_ids_b"):
        if col in rows:
            for value in rows[col]:
                ids.extend(split_ids(value))
    if not ids and "source_id" in rows:
        ids = [str(s) for s in rows["source_id"]]
    return list(dict.fromkeys(ids))


def chart_words(lang: str) -> dict[str, str]:
    vi = check_lang(lang) == "vi"
    return {
        "reported": "Báo cáo" if vi else "Reported",
        "derived": "Suy ra" if vi else "Derived",
        "curated": t("basis_curated", lang),
        "reference": "tham chiếu" if vi else "curated",
        "record": "Số liệu tham chiếu" if vi else "Reference record (curated)",
        "document": "Số liệu trong văn bản" if vi else "Figure in a document",
        "document_estimate": "Ước tính trong văn bản, báo chí"
        if vi
        else "Estimate in a document or the press",
        "provinces_34": "34 tỉnh, thành từ 1/7/2025" if vi else "34 provinces from 1 July 2025",
        "estimate": t("series_estimate", lang),
        "done": "Đã thực hiện" if vi else "Done",
        "planned": t("series_target", lang),
        "forecast": t("series_forecast", lang),
        "source": "Nguồn" if vi else "Source",
        "no_data": "Chưa có số liệu" if vi else "No figures yet",
        "other": "Nguồn khác ghi" if vi else "Another source gives",
        "unit": "Đơn vị" if vi else "Unit",
        "count": "Số lượng" if vi else "Number",
        "best": "1 = cao nhất" if vi else "1 = best",
        "cited": "Vị trí trong nguồn" if vi else "Where in the source",
        "one_period": "Mới có số liệu của một kỳ: chưa đủ để vẽ xu hướng."
        if vi
        else "Figures for one period only so far: no trend to draw yet.",
    }


def source_footer(sources: pd.DataFrame, source_ids: Sequence[str], lang: str) -> list[str]:
    """The source line as wrapped lines, one source per line when they do not fit together."""
    parts = source_parts(sources, source_ids, lang)
    vi = lang == "vi"
    if not parts:
        return [f"{chart_words(lang)['source']}: " + ("không rõ" if vi else "unknown")]
    head = "Nguồn" if vi else ("Sources" if len(parts) > 1 else "Source")
    return wrap(f"{head}: " + "; ".join(parts), WRAP_NOTE)
