"""Issue 15: after a document with 20,000 figures is stored, the Sources page answers like any other page
(a page of figures at a time, documents cut to a bounded length), and the add page's preview is bounded.

Bounded is counted, not timed: the number of elements a run sends and the characters of HTML in them.
"""

from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from bench.big_document import BIG, N_FIGURES, with_big_document
from etl.publish import write_dataset
from reliability.results import record
from tests.sample_dataset import sample_tables
from tests.ui.test_pages import DASHBOARD, TIMEOUT, navigation_v2, open_page  # noqa: F401 (fixture)
from ui import app_views, auth, paging


def big_tables(n: int = N_FIGURES) -> dict[str, pd.DataFrame]:
    """The sample dataset plus one document with `n` figures (one sentence each)."""
    return with_big_document(sample_tables(), n)


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory):
    return write_dataset(big_tables(), tmp_path_factory.mktemp("big") / "processed", {"source": "test"})


@pytest.fixture
def big_env(big_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("LANGSON_DATA_DIR", str(big_dir))
    monkeypatch.setenv("LANGSON_RAW_DIR", str(tmp_path / "raw"))
    monkeypatch.setenv("LANGSON_AUDIT_LOG", str(tmp_path / "audit.jsonl"))
    monkeypatch.delenv(auth.ENV_VAR, raising=False)
    return monkeypatch


def _size(at: AppTest) -> tuple[int, int]:
    """(elements drawn, characters of HTML in st.html elements) in the page's main area."""

    def walk(node):
        children = getattr(node, "children", None) or {}
        yield node
        for child in children.values():
            yield from walk(child)

    elements = list(walk(at.main))
    return len(elements), sum(len(str(h.value)) for h in at.html)


@pytest.mark.parametrize("params", [{}, {"src": BIG}], ids=["all documents", "the big document"])
def test_sources_page_is_bounded_with_a_20000_figure_document(big_env, params):
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), "pages/sources.py", **params)
    assert not at.exception, [e.value for e in at.exception]
    elements, html_chars = _size(at)
    assert len([h for h in at.html if "<mark" in str(h.value)]) <= paging.FIGURES_PER_PAGE + (
        paging.DOCUMENTS_PER_PAGE
    )
    assert elements < 20 * paging.FIGURES_PER_PAGE  # not tens of thousands
    assert html_chars < 4 * app_views.DOCUMENT_CHARS_SHOWN * 2 + 200_000
    # Not vacuous: the first page of figures is there, and the next page is one input away.
    pager = at.number_input[0]
    assert pager.max == -(-(N_FIGURES + (0 if params else 10)) // paging.FIGURES_PER_PAGE)
    pager.set_value(3).run()
    assert not at.exception
    assert any("Đợt 100," in str(h.value) for h in at.html)  # figure 101 opens page 3
    record(
        "Bounded pages",
        {
            "page": "Sources" + (" (the big document)" if params else ""),
            "figures in the dataset": len(sample_tables()["figures"]) + N_FIGURES,
            "elements drawn": elements,
            "HTML characters": html_chars,
            "shown at once": f"{paging.FIGURES_PER_PAGE} figures, {app_views.DOCUMENT_CHARS_SHOWN:,} characters"
            " of a document",
        },
    )


def test_the_add_preview_is_bounded(big_env, tmp_path):
    """A paste with hundreds of figures previews a bounded table and at most PREVIEW_QUOTES sentences."""
    import shutil

    from tests.security.test_web_surface import ADD, EDITOR, PASSWORD, REPO, _sign_in, new_app
    from ui.i18n import t

    raw = tmp_path / "raw-docs"
    shutil.copytree(REPO / "data" / "raw", raw)
    big_env.setenv("LANGSON_RAW_DIR", str(raw))
    big_env.setenv(auth.ENV_VAR, f"{EDITOR}:{PASSWORD}")
    big_env.setattr(auth, "GUARD", auth.SignInGuard())
    at = _sign_in(open_page(new_app(), ADD), EDITOR, PASSWORD)
    n = 300
    text = "\n\n".join(f"Năm {1950 + i % 70}, tỉnh giảm {i + 1} đơn vị hành chính cấp xã." for i in range(n))
    at.text_area[0].set_value(text)
    at.text_input(key="add_title").set_value("Nhiều số liệu")
    next(b for b in at.button if b.label == t("add_preview", "vi")).click().run()
    assert not at.exception, [e.value for e in at.exception]
    found = int(at.session_state["_langson_pending"][0][1].figures.shape[0])
    quotes = [h for h in at.html if "<mark" in str(h.value)]
    limits = _page_constants(REPO / ADD)
    assert found > limits["PREVIEW_QUOTES"]  # not vacuous: more figures than sentences shown
    assert len(quotes) == limits["PREVIEW_QUOTES"]
    [table] = at.dataframe
    assert len(table.value) == min(found, limits["PREVIEW_ROWS"])
    record(
        "Bounded pages",
        {
            "page": "Add documents preview",
            "figures in the dataset": f"{found} in the paste",
            "elements drawn": _size(at)[0],
            "HTML characters": _size(at)[1],
            "shown at once": f"{limits['PREVIEW_ROWS']:,} table rows, {limits['PREVIEW_QUOTES']} sentences",
        },
    )


def _page_constants(path) -> dict[str, int]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and node.targets[0].id.startswith("PREVIEW_")
    }
