"""The Sources page's search: which figures and documents a few typed words find.

Matching ignores case and Vietnamese diacritics ("dau tu" finds "đầu tư", "PCI" finds "pci"); every word
typed must be found, in any order, in the title or publisher of the figure's document, its sentence or
its indicator's name.
"""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

from ui.formatting import is_missing

MAX_QUERY_CHARS = 200  # a search box, not a document


def fold(text: object) -> str:
    """Lower-case text without diacritics, "đ" as "d", runs of spaces as one."""
    if is_missing(text):
        return ""
    plain = unicodedata.normalize("NFKD", str(text).replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return re.sub(r"\s+", " ", plain).strip()


def query_words(query: str) -> list[str]:
    """The words of a query, folded; none for an empty or blank one."""
    return fold(str(query)[:MAX_QUERY_CHARS]).split()


def _found(haystack: pd.Series, words: list[str]) -> pd.Series:
    hits = pd.Series(True, index=haystack.index)
    for word in words:
        hits &= haystack.str.contains(word, regex=False)
    return hits


def source_hits(sources: pd.DataFrame, query: str) -> pd.Series:
    """Per source row: do its title and publisher hold every word of the query (all True when empty)."""
    words = query_words(query)
    haystack = (sources["title"].map(fold) + " " + sources["publisher"].map(fold)).fillna("")
    return _found(haystack, words)


def figure_hits(
    figures: pd.DataFrame, sources: pd.DataFrame, indicators: pd.DataFrame, query: str
) -> pd.Series:
    """Per figure row: do its sentence (or citation locator), its document's title and publisher and its
    indicator's names hold every word of the query (all True when empty)."""
    words = query_words(query)
    if not words:
        return pd.Series(True, index=figures.index)
    by_source = sources.set_index("source_id")
    about_source = (by_source["title"].map(fold) + " " + by_source["publisher"].map(fold)).to_dict()
    names = indicators.set_index("indicator_id")
    about_indicator = (names["name_vi"].map(fold) + " " + names["name_en"].map(fold)).to_dict()
    said = figures["quote"].where(figures["quote"].notna(), figures["locator"]).map(fold)
    haystack = (
        said
        + " "
        + figures["source_id"].map(about_source).fillna("")
        + " "
        + figures["indicator_id"].map(about_indicator).fillna("")
    )
    return _found(haystack, words)
