"""Export with the real kaleido and Debian's Chromium (one warm browser shared by these tests)."""

import asyncio
import io
import os
import re
import struct
import zipfile

import plotly.graph_objects as go
import pytest
from pypdf import PdfReader

from tests.sample_dataset import sample_tables
from ui.charts_of import indicator_chart, rankings_chart
from ui.export import (
    DEFAULT_BROWSER,
    EXPORT_WIDTH,
    ExportUnavailable,
    browser_path,
    charts_zip_filename,
    close_browsers,
    export_filename,
    figure_to_html,
    figure_to_image,
    figures_zip,
    file_figure,
    plotlyjs_bytes,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TITLE_VI = "Tốc độ tăng trưởng kinh tế (GRDP)"

needs_chromium = pytest.mark.skipif(
    not os.access(DEFAULT_BROWSER, os.X_OK), reason="Debian's chromium is not installed"
)
kaleido_group = pytest.mark.xdist_group("kaleido")


@pytest.fixture(scope="module")
def tables():
    return sample_tables()


@pytest.fixture(scope="module")
def growth_vi(tables):
    return indicator_chart(tables["figures"], tables["indicators"], tables["sources"], "grdp_growth", "vi")


@pytest.fixture(scope="module", autouse=True)
def _close_browser_after_module():
    yield
    close_browsers()


def _png_size(data: bytes) -> tuple[int, int]:
    return struct.unpack(">II", data[16:24])  # IHDR width, height


def _file_height(fig) -> int:
    """A chart's height in a file: on screen it keeps a band above the title for plotly's toolbar."""
    band = fig.layout.meta["toolbar_band"]
    assert band >= 20  # the builders keep one (ui.charts), so the files below have one to drop
    return fig.layout.height - band


def _blank_rows_on_top(png: bytes) -> int:
    """How many pixel rows at the top of an image are all background (the first row's colour)."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = image.size
    background = image.getpixel((0, 0))
    for y in range(height):
        if any(image.getpixel((x, y)) != background for x in range(width)):
            return y
    return height


@needs_chromium
@kaleido_group
@pytest.mark.parametrize("chart", ["growth", "rankings"])
def test_image_files_have_no_toolbar_band_above_the_title(tables, growth_vi, chart):
    fig = growth_vi
    if chart == "rankings":
        fig = rankings_chart(tables["figures"], tables["indicators"], tables["sources"], "en")
    band = fig.layout.meta["toolbar_band"]
    blank = _blank_rows_on_top(figure_to_image(fig, "png", scale=1))
    # The title starts right under the frame's 12 px pad; on screen it sits `band` px lower.
    assert blank < band <= fig.layout.margin.t
    assert blank <= 16, blank
    svg = figure_to_image(fig, "svg").decode("utf-8")
    assert f'viewBox="0 0 {EXPORT_WIDTH} {fig.layout.height - band}"' in svg.split(">", 1)[0]
    pdf = PdfReader(io.BytesIO(figure_to_image(fig, "pdf"))).pages[0]
    width_pt, height_pt = float(pdf.mediabox.width), float(pdf.mediabox.height)
    assert height_pt / width_pt == pytest.approx((fig.layout.height - band) / EXPORT_WIDTH, rel=0.02)
    assert fig.layout.height == file_figure(fig)["layout"]["height"] + band  # the screen's figure is kept


def test_a_figure_without_a_toolbar_band_is_drawn_as_it_is(growth_vi):
    plain = go.Figure(growth_vi)
    plain.update_layout(meta={"lang": "vi"})
    drawn = file_figure(plain)["layout"]
    assert drawn["height"] == plain.layout.height and drawn["margin"]["t"] == plain.layout.margin.t


@needs_chromium
@kaleido_group
def test_png_is_a_png_at_twice_the_layout_size(growth_vi):
    data = figure_to_image(growth_vi, "png")
    assert data.startswith(PNG_SIGNATURE)
    assert _png_size(data) == (2 * EXPORT_WIDTH, 2 * _file_height(growth_vi))
    assert len(data) > 20_000  # a drawn chart, not an empty canvas


@needs_chromium
@kaleido_group
def test_png_scale_and_width_are_honoured(growth_vi):
    data = figure_to_image(growth_vi, "png", scale=1, width=390)
    assert _png_size(data) == (390, _file_height(growth_vi))


@needs_chromium
@kaleido_group
def test_svg_keeps_vietnamese_text(growth_vi):
    svg = figure_to_image(growth_vi, "svg").decode("utf-8")
    assert svg.lstrip().startswith("<svg")
    assert TITLE_VI in svg
    assert "Nguồn: TTXVN, 25/08/2023 (ngày suy luận)" in svg
    assert "Noto Sans" in svg


@needs_chromium
@kaleido_group
def test_pdf_has_extractable_vietnamese_text(growth_vi):
    data = figure_to_image(growth_vi, "pdf")
    assert data.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert TITLE_VI in text
    assert "Nguồn: TTXVN" in text


@needs_chromium
@kaleido_group
def test_escaped_document_text_is_drawn_literally(tables):
    fig = indicator_chart(tables["figures"], tables["indicators"], tables["sources"], "pci_rank", "en")
    svg = figure_to_image(fig, "svg").decode("utf-8")
    # the source title "Bài B <b>không</b> tin" is drawn as written (as SVG character references),
    # not turned into bold text
    assert "&#60;b&#62;không&#60;/b&#62; tin" in svg
    assert 'font-weight:bold">không' not in svg  # how plotly draws a real <b>


def test_unknown_static_format_is_refused(growth_vi):
    with pytest.raises(ValueError, match="unsupported image format"):
        figure_to_image(growth_vi, "gif")


@kaleido_group
def test_missing_browser_raises_export_unavailable(growth_vi, tmp_path):
    missing = tmp_path / "no" / "chromium"
    with pytest.raises(ExportUnavailable, match="Debian package `chromium`"):
        figure_to_image(growth_vi, "png", browser=str(missing))


@kaleido_group
def test_browser_path_comes_from_the_environment(growth_vi, tmp_path, monkeypatch):
    missing = tmp_path / "chromium-from-env"
    monkeypatch.setenv("BROWSER_PATH", str(missing))
    assert browser_path() == str(missing)
    with pytest.raises(ExportUnavailable, match="chromium-from-env"):
        figure_to_image(growth_vi, "svg")
    monkeypatch.delenv("BROWSER_PATH")
    assert browser_path() == DEFAULT_BROWSER


def test_html_is_self_contained_and_citable(growth_vi):
    page = figure_to_html(growth_vi).decode("utf-8")
    assert page.startswith("<!doctype html>") or page.lower().startswith("<!doctype html>")
    assert '<html lang="vi">' in page
    assert f"<title>{TITLE_VI}</title>" in page
    assert not re.search(r"<script[^>]+src=", page)  # nothing fetched: plotly.js is inline
    assert "Plotly.newPlot" in page and len(page) > plotlyjs_bytes()
    assert "Nguồn: TTXVN, 25/08/2023 (ngày suy luận)" in page
    assert "6,95 − 1,5 = 5,45" in page


def test_html_language_follows_the_figure(tables):
    fig = indicator_chart(tables["figures"], tables["indicators"], tables["sources"], "pci_rank", "en")
    page = figure_to_html(fig).decode("utf-8")
    assert '<html lang="en">' in page
    assert "Bài B &lt;b&gt;không&lt;/b&gt; tin" in page and "Bài B <b>" not in page


@pytest.mark.parametrize(
    ("stem", "period", "lang", "ext", "expected"),
    [
        ("grdp_growth", "2015–2022", "vi", "png", "grdp_growth_2015-2022_vi.png"),
        ("Tăng trưởng GRDP", None, "en", ".svg", "tang_truong_grdp_en.svg"),
        ("Đơn vị hành chính", "quý I/2023", "vi", "pdf", "don_vi_hanh_chinh_quy-i-2023_vi.pdf"),
        ("comparison", "2015–2020_2021–2022", "en", "HTML", "comparison_2015-2020_2021-2022_en.html"),
        ("", None, "vi", "png", "chart_vi.png"),
        ("../../etc/passwd", None, "en", "png", "etc_passwd_en.png"),
        ("rankings", "", "vi", "", "rankings_vi"),
    ],
)
def test_export_filename(stem, period, lang, ext, expected):
    name = export_filename(stem, period, lang, ext)
    assert name == expected
    assert name.isascii() and "/" not in name


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_png_and_html_zips_of_a_page_have_different_names(lang):
    names = {fmt: charts_zip_filename("compare", fmt, lang) for fmt in ("png", "html")}
    assert names["png"] != names["html"]
    assert all(name.endswith(f"_{lang}.zip") and fmt in name for fmt, name in names.items())


def test_figures_zip_html(tables, growth_vi):
    ranks = rankings_chart(tables["figures"], tables["indicators"], tables["sources"], "vi")
    data = figures_zip({"grdp_growth_vi": growth_vi, "Xếp hạng": ranks, "xep hang": ranks}, "html")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = ["grdp_growth_vi.html", "xep_hang.html", "xep_hang_2.html"]
        assert archive.namelist() == [*names, "plotly.min.js"]
        assert TITLE_VI in archive.read("grdp_growth_vi.html").decode("utf-8")
        # plotly.js once, beside the pages (offline once unzipped), not 4.8 MB inside each of them.
        assert archive.getinfo("plotly.min.js").file_size == plotlyjs_bytes() > 3_000_000
        for name in names:
            page = archive.read(name).decode("utf-8")
            assert re.findall(r"<script[^>]+src=\"([^\"]+)\"", page) == ["plotly.min.js"]
            assert len(page) < 200_000


@needs_chromium
@kaleido_group
def test_figures_zip_png(tables, growth_vi):
    ranks = rankings_chart(tables["figures"], tables["indicators"], tables["sources"], "vi")
    data = figures_zip({"grdp_growth_vi.png": growth_vi, "rankings_vi": ranks}, "png")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["grdp_growth_vi.png", "rankings_vi.png"]
        for name in archive.namelist():
            assert archive.read(name).startswith(PNG_SIGNATURE)


def test_a_browser_slow_to_start_fails_this_export_only(monkeypatch):
    # On a loaded machine Chromium may take longer than the start timeout: that export fails (ExportFailed,
    # "try again"), and the server keeps its image buttons -- it is not "no Chromium here".
    import sys

    from ui import app_widgets, export

    class SlowKaleido:
        def __init__(self, **_kwargs):
            pass

        async def open(self):
            await asyncio.sleep(5)

    monkeypatch.setattr(export, "_kaleido_class", lambda: SlowKaleido)
    monkeypatch.setattr(export, "_START_TIMEOUT", 0.2)
    with pytest.raises(export.ExportFailed, match="to start"):
        export._WarmBrowser(sys.executable)._start()

    monkeypatch.setattr(app_widgets, "_probe", {"started": True, "problem": None})

    def slow(*_args, **_kwargs):
        raise export.ExportFailed("Chromium took more than 60 s to start for image export; try again.")

    monkeypatch.setattr(export, "figure_to_image", slow)
    app_widgets._run_probe()
    assert app_widgets.static_export_problem() is None
