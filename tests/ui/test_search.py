"""The Sources page's search (ui.search): words typed with or without accents and capitals."""

from __future__ import annotations

import pandas as pd
import pytest

from tests.sample_dataset import sample_tables
from ui.search import figure_hits, fold, query_words, source_hits


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đầu tư  TRỰC tiếp", "dau tu truc tiep"),
        ("Thu nhập bình quân", "thu nhap binh quan"),
        ("PCI 2023", "pci 2023"),
        ("Ngân sách\nnhà nước", "ngan sach nha nuoc"),
        (None, ""),
        (float("nan"), ""),
        (pd.NA, ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_a_blank_query_has_no_words_and_finds_everything():
    tables = sample_tables()
    assert query_words("   ") == []
    assert figure_hits(tables["figures"], tables["sources"], tables["indicators"], " ").all()
    assert source_hits(tables["sources"], "").all()


@pytest.mark.parametrize(
    ("query", "indicators"),
    [
        ("thu nhap", {"income_per_capita"}),  # the sentence, without accents
        ("TĂNG TRƯỞNG 6,95", {"grdp_growth"}),  # two words, both needed, capitals
        ("xanh pgi", {"pgi_rank"}),  # in any order
        ("ttxvn thu nhap", {"income_per_capita"}),  # the publisher and the sentence together
        ("tăng trưởng khong-co", set()),  # one word missing: nothing
    ],
)
def test_figure_hits_need_every_word(query, indicators):
    tables = sample_tables()
    figures = tables["figures"]
    hits = figure_hits(figures, tables["sources"], tables["indicators"], query)
    assert set(figures.loc[hits, "indicator_id"]) == indicators
