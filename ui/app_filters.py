"""The figure filters the Indicators and Data pages share: category, indicator, period, derived."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import streamlit as st

from etl.dataset import Dataset
from ui import app_state
from ui.app_data import dataset_key
from ui.downloads import filters_note
from ui.i18n import t
from ui.labels import category_name, indicator_name, period_ticks
from ui.selection import periods_of


@dataclass(frozen=True)
class FigureFilters:
    """What the visitor chose; an empty choice of categories or periods means all of them."""

    categories: list[str]
    indicator_ids: list[str]  # chosen; may be empty
    offered_ids: list[str]  # the indicators offered under the chosen categories
    periods: list[str]
    include_derived: bool

    def note(self, data: Dataset, lang: str) -> str:
        """The filters in words, for the caption and the metadata of a download."""
        filters = {
            t("filter_category", lang): [category_name(data.indicators, c, lang) for c in self.categories],
            t("filter_indicator", lang): [
                indicator_name(data.indicators, i, lang) for i in self.indicator_ids
            ],
            t("filter_period", lang): [_period_names(data, lang).get(p, p) for p in self.periods],
        }
        if not self.include_derived:
            filters[t("filter_include_derived", lang)] = [t("no", lang)]
        return filters_note(filters, lang)


@st.cache_resource(max_entries=4, show_spinner=False, hash_funcs={Dataset: dataset_key})
def _offered(data: Dataset) -> tuple[tuple[str, str], ...]:
    """(category, indicator_id) of every indicator with figures, in catalog order."""
    catalog = data.indicators.sort_values("sort_order")
    catalog = catalog.loc[catalog["indicator_id"].isin(data.figures["indicator_id"])]
    return tuple(zip(catalog["category"], catalog["indicator_id"], strict=True))


@st.cache_resource(max_entries=64, show_spinner=False, hash_funcs={Dataset: dataset_key})
def _periods(data: Dataset, indicator_ids: tuple[str, ...]) -> list[str]:
    return list(dict.fromkeys(p for i in indicator_ids for p in periods_of(data.figures, i)))


@st.cache_resource(max_entries=8, show_spinner=False, hash_funcs={Dataset: dataset_key})
def _period_names(data: Dataset, lang: str) -> dict[str, str]:
    return period_ticks(data.figures, lang)


def figure_filters(
    data: Dataset, lang: str, *, default_indicators: Sequence[str] | None, with_periods: bool
) -> FigureFilters:
    """Category and indicator pickers, then (with_periods) a period picker, and the derived toggle.

    default_indicators=None offers every indicator with nothing chosen ("all"); otherwise those of
    the defaults that are offered (or the first offered one) start chosen. Choices live in the URL.
    """
    offered = _offered(data)
    categories = list(dict.fromkeys(category for category, _ in offered))
    top_left, top_right = st.columns([1, 2])
    with top_left:
        chosen_categories = app_state.multiselect(
            "cat",
            t("filter_category", lang),
            categories,
            [],
            lambda c: category_name(data.indicators, c, lang),
            placeholder=t("filter_all", lang),
        )
    in_categories = [i for c, i in offered if not chosen_categories or c in chosen_categories]
    if default_indicators is None:
        default, extra = [], {"placeholder": t("filter_all", lang)}
    else:
        default, extra = [i for i in default_indicators if i in in_categories] or in_categories[:1], {}
    with top_right:
        chosen_ids = app_state.multiselect(
            "ind",
            t("filter_indicator", lang),
            in_categories,
            default,
            lambda i: indicator_name(data.indicators, i, lang),
            **extra,
        )

    def derived_toggle() -> bool:
        return app_state.toggle("derived", t("filter_include_derived", lang), True)

    chosen_periods: list[str] = []
    if with_periods:
        bottom_left, bottom_right = st.columns([1, 2], vertical_alignment="bottom")
        with bottom_left:
            chosen_periods = app_state.multiselect(
                "per",
                t("filter_period", lang),
                _periods(data, tuple(chosen_ids)),
                [],
                lambda label: _period_names(data, lang).get(label, label),
                placeholder=t("filter_all", lang),
            )
        with bottom_right:
            include_derived = derived_toggle()
    else:
        include_derived = derived_toggle()
    return FigureFilters(chosen_categories, chosen_ids, in_categories, chosen_periods, include_derived)
