"""The fact check as the pages show it, computed once per dataset and language and shared by every session
(see ui/app_views.py for why st.cache_resource: nothing may modify what these functions return)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from etl.dataset import Dataset
from ui.app_data import dataset_key
from ui.fact_check import fact_check, fact_check_screen, verdict_by_figure, verdict_counts

_shared = st.cache_resource(max_entries=16, show_spinner=False, hash_funcs={Dataset: dataset_key})


@dataclass(frozen=True)
class FactCheckView:
    checks: pd.DataFrame  # ui.fact_check.fact_check: one row per reported figure
    screen: pd.DataFrame  # the same, in words (plain-text cells)
    counts: dict[str, int]  # per verdict


@_shared
def checks(data: Dataset) -> pd.DataFrame:
    """fact_check of the dataset's figures."""
    return fact_check(data.figures, data.sources)


@_shared
def fact_check_view(data: Dataset, lang: str) -> FactCheckView:
    found = checks(data)
    return FactCheckView(
        found, fact_check_screen(found, data.indicators, data.sources, lang), verdict_counts(found)
    )


@_shared
def by_figure(data: Dataset) -> dict[str, dict]:
    """The fact-check rows that found a record, by the document figure's id (for notes beside a figure;
    a figure with no record has none to show, and a document of 20,000 such figures costs nothing)."""
    found = checks(data)
    return verdict_by_figure(found.loc[found["verdict"] != "no_reference"])
